"""English age-bracket rules: "men between the ages of 18 and 27", "up to 35 years old"."""

from conflictevents.pack import Context, Rule, RuleSet, Table

RULES = RuleSet(
    event="age_bracket",
    cue=r"(?<!\w)(?:age|ages|aged|years|year-olds|older|younger)(?!\w)",
    tables={
        "sex": Table(
            "sex",
            {
                "male": [
                    "men",
                    "man",
                    "male",
                    "males",
                    "boys",
                    "male citizens",
                    "fathers",
                    "sons",
                    "husbands",
                    "young men",
                ],
                "female": [
                    "women",
                    "woman",
                    "female",
                    "females",
                    "girls",
                    "female citizens",
                    "mothers",
                    "daughters",
                    "wives",
                ],
            },
        ),
        "age_subject": Table(
            "subject",
            {
                "conscription": [
                    "conscription",
                    "conscripts",
                    "conscripted",
                    "call-up",
                    "call up",
                    "called up",
                    "draft",
                    "draftees",
                    "military service",
                    "compulsory service",
                    "conscription age",
                    "spring draft",
                    "autumn draft",
                ],
                "mobilization": [
                    "mobilization",
                    "mobilisation",
                    "mobilized",
                    "mobilised",
                    "mobilize",
                    "mobilise",
                    "mobilization age",
                ],
                "recruitment": [
                    "recruitment",
                    "recruited",
                    "recruits",
                    "contract",
                    "contracts",
                    "volunteers",
                    "volunteer",
                    "enlist",
                    "sign up",
                ],
                "reserve": ["reservists", "reserve", "reserves", "in the reserve"],
                "victims": ["victims", "killed", "dead", "died", "injured", "wounded"],
            },
        ),
    },
    macros={
        "AGE": r"(?:\d{1,3}|\L<num_value>(?:[\s-]+\L<num_value>)?)(?![\d,.]\d)",
        "TO": r"\s*(?:to|-|–|—|and|through|until)\s*",
        "OLD": r"(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)(?:old|of\s+age|olds)(?!\w)|(?:\s*-\s*|\s+)year-olds?(?!\w)",
        "UNDER": r"(?:under|below|younger\s+than|up\s+to|not\s+older\s+than|no\s+older\s+than|until|till|before\s+reaching)",
        "OVER": r"(?:over|above|older\s+than|from|at\s+least|starting\s+at|beginning\s+at|not\s+younger\s+than|no\s+younger\s+than)",
    },
    rules=[
        Rule("between_ages", r"(?<!\w)between\s+(?:the\s+)?ages?\s+of\s+(?P<min_age>{AGE}){TO}(?P<max_age>{AGE})"),
        Rule(
            "aged_range",
            r"(?<!\w)(?:aged|ages|age|age\s+range|age\s+group)\s+(?:from\s+|between\s+|of\s+)?(?P<min_age>{AGE}){TO}(?P<max_age>{AGE})",
        ),
        Rule("range_old", r"(?<!\w)(?:between\s+|from\s+)?(?P<min_age>{AGE}){TO}(?P<max_age>{AGE}){OLD}"),
        Rule(
            "range_in_age",
            r"(?<!\w)(?:range|ranging|ranged|vary|varying)\s+in\s+age\s+from\s+(?P<min_age>{AGE}){TO}(?P<max_age>{AGE})",
        ),
        Rule("under_age_of", r"(?<!\w)(?:aged\s+)?{UNDER}\s+(?:the\s+)?age\s+of\s+(?P<max_age>{AGE})"),
        Rule("under_old", r"(?<!\w)(?:aged\s+)?{UNDER}\s+(?P<max_age>{AGE}){OLD}"),
        Rule("aged_under", r"(?<!\w)aged\s+{UNDER}\s+(?P<max_age>{AGE})(?![\w-])"),
        Rule(
            "over_age_of",
            r"(?<!\w)(?:aged\s+)?{OVER}\s+(?:the\s+)?age\s+of\s+(?P<min_age>{AGE})(?!\s*(?:to|-|–|and)\s*\d)",
        ),
        Rule("and_older", r"(?<!\w)(?:aged\s+)?(?P<min_age>{AGE})(?:{OLD})?\s+(?:and|or)\s+(?:older|over|above)(?!\w)"),
    ],
    context=[
        Context("sex", r"(?<!\w)(?P<sex>\L<sex>)(?!\w)"),
        Context("subject", r"(?<!\w)(?P<subject>\L<age_subject>)(?!\w)", document=True),
    ],
)
