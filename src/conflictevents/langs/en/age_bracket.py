"""English age-bracket rules: "men between the ages of 18 and 27", "up to 35 years old".

Ranges mark both numbers as their ``anchor``, so that an open end read inside a
range ("up to 60" in "from 18 up to 60 years old") shares the anchor and loses to
the longer range. A range joined by "and" needs "between": "two sisters aged 5
and 7" are two ages, not a bracket.
"""

from conflictevents.pack import Context, Rule, RuleSet, Table, Veto

# Everything an age-bracket sentence may hinge on; the rules below need one of these.
_CUE = (
    r"(?<!\w)(?:age|ages|aged|years?|year-olds?|older|younger|and\s+(?:over|above|up))(?!\w)"
    r"|(?<!\w)\L<age_people>\s+(?:from|between|under|below|over|above|up\s+to|\d)"
)

RULES = RuleSet(
    event="age_bracket",
    cue=_CUE,
    lists={
        # Nouns for a population that an age range may follow directly: "men 18 to 60",
        # "citizens over 60", "reservists under 40".
        "age_people": [
            "men",
            "women",
            "males",
            "females",
            "male citizens",
            "female citizens",
            "citizens",
            "people",
            "boys",
            "girls",
            "children",
            "youths",
            "young men",
            "young women",
            "anyone",
            "reservists",
            "conscripts",
            "recruits",
            "volunteers",
            "Ukrainians",
            "Russians",
        ],
        # Things whose age is no population's: "tanks 40 to 50 years old".
        "age_things": [
            "tanks",
            "bombers",
            "jets",
            "aircraft",
            "planes",
            "helicopters",
            "ships",
            "warships",
            "vessels",
            "submarines",
            "missiles",
            "systems",
            "vehicles",
            "guns",
            "howitzers",
            "rifles",
            "weapons",
            "equipment",
            "launchers",
            "trucks",
            "buildings",
            "bridges",
            "shells",
            "munitions",
            "stocks",
            "reactors",
        ],
        # Verbs that move an age limit down or up: "lowered the mobilization age to 25".
        "age_lower": [
            "lower",
            "lowers",
            "lowered",
            "lowering",
            "reduce",
            "reduces",
            "reduced",
            "reducing",
            "cut",
            "cuts",
            "cutting",
        ],
        "age_raise": [
            "raise",
            "raises",
            "raised",
            "raising",
            "increase",
            "increases",
            "increased",
            "increasing",
            "extend",
            "extends",
            "extended",
            "extending",
        ],
        # What a changed age limit is the limit of: "the conscription age", "the age limit for reservists".
        "age_duty": [
            "conscription",
            "draft",
            "call-up",
            "mobilization",
            "mobilisation",
            "military service",
            "compulsory service",
            "contract service",
            "military",
            "service",
            "conscripts",
            "reservists",
            "reserve",
            "recruitment",
            "recruits",
            "enlistment",
            "combat",
        ],
    },
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
                    "young women",
                ],
            },
        ),
        "age_subject": Table(
            "subject",
            {
                "conscription": [
                    "conscription",
                    "conscripts",
                    "conscript",
                    "conscripted",
                    "call-up",
                    "call up",
                    "called up",
                    "draft",
                    "drafted",
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
                    "recruit",
                    "recruited",
                    "recruiting",
                    "recruits",
                    "contract",
                    "contracts",
                    "contract service",
                    "volunteers",
                    "volunteer",
                    "enlist",
                    "enlisted",
                    "sign up",
                ],
                "reserve": ["reservists", "reservist", "reserve", "reserves", "in the reserve"],
                "victims": [
                    "victims",
                    "killed",
                    "dead",
                    "died",
                    "injured",
                    "wounded",
                    "bodies",
                    "casualties",
                    "fatalities",
                ],
            },
        ),
    },
    macros={
        # An age: up to three digits or number words ("twenty-seven"), never part of a
        # longer token ("S-60", "18th", "1,000", "9:30").
        "AGE": (r"(?:(?<![\d.,]|\p{L}[-‐‑]?)\d{1,3}|{NUM})(?!\w)(?![,.:]\d)"),
        # What joins the ends of a range ("18 to 27", "18-27", "18- to 27-year-olds");
        # AND, after "between", also takes "and".
        "TO": r"\s*(?:-?\s*(?:to|through|until|till|up\s+to)\s*-?|[-–—])\s*",
        "AND": r"\s*(?:and|-?\s*to|[-–—])\s*",
        # A range: "18 to 27", "from 18 to 27", "between 18 and 27".
        "RANGE": (
            r"(?P<anchor>(?:between\s+(?P<min_age>{AGE}){AND}|(?:from\s+)?(?P<min_age>{AGE}){TO})(?P<max_age>{AGE}))"
        ),
        # What may stand before a range, so that every reading of one phrase starts where
        # the longest does and a negation before it cancels them all.
        "LEAD": (
            r"(?:(?:between\s+(?:the\s+)?)?(?:aged|ages?)\s+(?:of\s+)?"
            r"|(?:range[sd]?|ranging|var(?:y|ies|ying|ied))\s+in\s+age\s+)?"
        ),
        # A bare "years" after an age, unless "years old" or "years of age" follows.
        "YEARS": r"(?:\s+years?(?!\w)(?!\s+(?:old|of)(?!\w)))?",
        "OLD": r"(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)(?:old|of\s+age|olds)(?!\w)|(?:\s*-\s*|\s+)year-olds?(?!\w)",
        "UNDER": r"(?:under|below|younger\s+than|up\s+to|not\s+older\s+than|no\s+older\s+than|until|till|before\s+reaching)",
        "OVER": r"(?:over|above|older\s+than|from|at\s+least|starting\s+at|beginning\s+at|not\s+younger\s+than|no\s+younger\s+than)",
        # After a bare number: not a unit, an amount or a count of people ("men over 3 days").
        "NOTAGE": (
            r"(?!\s*-?\s*(?:\L<unit>|thousand|million|hundred|billion|percent|per\s+cent|\L<people>|a\.m\.|p\.m\.|o'clock)(?!\w))"
            r"(?!\s*%)"
        ),
        # "the conscription age", "the upper age limit for reservists", "the age of mobilization".
        "LIMIT": r"(?:\s+(?:limit|threshold|ceiling|bar|requirement))?",
        "DUTYAGE": (
            r"(?:\L<age_duty>\s+age{LIMIT}"
            r"|age{LIMIT}\s+(?:for|of)\s+(?:[\w-]+\s+){0,3}?\L<age_duty>"
            r"|(?:limit|threshold|bar)\s+(?:of|for)\s+(?:the\s+)?\L<age_duty>\s+age)(?!\w)"
        ),
        "MINQ": r"(?:minimum|lower|min\.|starting|entry)\s+",
        "MAXQ": r"(?:maximum|upper|max\.|top)\s+",
        "CHANGE": r"(?:\L<age_lower>|\L<age_raise>)",
        "PASSIVE": r"\s+(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|to\s+be|being)\s+)?",
        "FROMTO": r"(?:\s+from\s+{AGE})?\s+to\s+",
        "THE": r"(?:the\s+|its\s+|their\s+)?",
    },
    rules=[
        Rule(
            "between_ages",
            r"(?<!\w)between\s+(?:the\s+)?ages?\s+of\s+(?P<anchor>(?P<min_age>{AGE}){AND}(?P<max_age>{AGE}))",
        ),
        # "aged 18 to 30", "aged between 18 and 60", "ages 18-24", "of mobilization age (25-60)"
        Rule(
            "aged_range",
            r"(?<!\w)(?:between\s+(?:the\s+)?)?(?:aged|ages|age|age\s+range|age\s+group)(?:\s+|\s*\(\s*)(?:of\s+)?{RANGE}",
        ),
        Rule("range_old", r"(?<!\w){LEAD}{RANGE}{OLD}"),
        # "the 18-27 age group", "in the 18-to-60 age bracket"
        Rule("range_age_group", r"(?<!\w){LEAD}{RANGE}\s+age\s+(?:group|bracket|range|cohort|category)(?!\w)"),
        # "brings men aged 25 and 26 into the pool": a population (no count before it) of two
        # ages is a bracket; "three women aged 28, 38 and 40" are people of their own ages
        Rule(
            "people_aged_and",
            r"(?<![\p{N}\p{Co}][^\S\n]{1,3})(?<!\w)\L<age_people>\s+aged\s+"
            r"(?P<anchor>(?P<min_age>{AGE})\s+and\s+(?P<max_age>{AGE}))(?!\s*(?:,|and|or|-|–)\s*\d)",
        ),
        # "men 18 to 60", "men from 18 to 60", "citizens between 18 and 27"
        Rule("people_range", r"(?<!\w)\L<age_people>\s+{RANGE}{YEARS}{NOTAGE}"),
        Rule(
            "range_in_age",
            r"(?<!\w)(?:range|ranges|ranging|ranged|vary|varying|varied)\s+in\s+age\s+{RANGE}",
        ),
        # "from the age of 18 to 60", "from the age of 20 until the age of 35"
        Rule(
            "from_age_of",
            r"(?<!\w)from\s+(?:the\s+)?age\s+(?:of\s+)?(?P<anchor>(?P<min_age>{AGE})\s*(?:to|until|till|up\s+to|[-–—])\s*"
            r"(?:the\s+age\s+of\s+)?(?P<max_age>{AGE}))",
        ),
        # A second upper bound after a first, its words elided: "up to the age of 45 for men and
        # 35 for women", "up to 29 years old, or up to 32 for medical officers", "officers up to
        # the age of 60 and sergeants up to 50". It takes the first one's subject.
        Rule(
            "and_under",
            r"(?<=(?:years?[\s-]{1,3}old|year-olds?|years?\s{1,3}of\s{1,3}age|age\s{1,3}(?:of\s{1,3})?[\d\p{Co}]{1,3})"
            r"(?:\s{1,3}for\s{1,3}(?:[\w-]{1,25}\s{1,3}){0,2}?[\w-]{1,25})?,?\s{1,3})"
            r"(?:and|or|while|but)\s+(?:(?!\L<finite>\s)[\w-]+\s+){0,3}?(?:{UNDER}\s+)?(?P<max_age>{AGE}){NOTAGE}"
            r"(?:(?:\s+for|,)\s+(?:(?P<sex>\L<sex>)(?!\w)|(?:[\w-]+\s+){0,2}?[\w-]+)|(?=\s*[.;]))",
            inherits=("subject",),
        ),
        Rule("under_age_of", r"(?<!\w)(?:aged\s+)?{UNDER}\s+(?:the\s+)?age\s+(?:of\s+)?(?P<max_age>{AGE})"),
        Rule("under_old", r"(?<!\w)(?:aged\s+)?{UNDER}\s+(?P<max_age>{AGE}){OLD}"),
        Rule("aged_under", r"(?<!\w)aged\s+{UNDER}\s+(?P<max_age>{AGE}){YEARS}{NOTAGE}"),
        # "younger than 25", "no older than 40"; "older than 50 years" is more often a tank
        Rule(
            "younger_than",
            r"(?<!\w)(?:(?:no|not)\s+older|younger)\s+than\s+(?P<max_age>{AGE})(?!\s*-?\s*years?(?!\w)){NOTAGE}",
        ),
        Rule(
            "older_than",
            r"(?<!\w)(?:(?:no|not)\s+younger|older)\s+than\s+(?P<min_age>{AGE})(?!\s*-?\s*years?(?!\w)){NOTAGE}",
        ),
        # "men under 27", "reservists up to 40"
        Rule(
            "people_under",
            r"(?<!\w)\L<age_people>\s+(?:aged\s+)?(?:under|below|up\s+to)\s+(?P<max_age>{AGE}){NOTAGE}",
        ),
        Rule(
            "over_age_of",
            r"(?<!\w)(?:aged\s+)?{OVER}\s+(?:the\s+)?age\s+(?:of\s+)?(?P<min_age>{AGE})(?!\s*(?:to|-|–|and)\s*\d)",
        ),
        Rule("over_old", r"(?<!\w)(?:aged\s+)?{OVER}\s+(?P<min_age>{AGE}){OLD}"),
        Rule("aged_over", r"(?<!\w)aged\s+(?:over|above|older\s+than|at\s+least)\s+(?P<min_age>{AGE}){YEARS}{NOTAGE}"),
        # "citizens over 60", "women above 50"
        Rule("people_over", r"(?<!\w)\L<age_people>\s+(?:aged\s+)?(?:over|above)\s+(?P<min_age>{AGE}){NOTAGE}"),
        # "aged 25 and older", "50 and over", "18 years and up"; not "18 and over 30 were hurt"
        Rule(
            "and_older",
            r"(?<!\w)(?:aged\s+)?(?P<min_age>{AGE})(?:{OLD}|\s+years?)?\s+(?:and|or)\s+(?:older|over|above|up)(?!\w)"
            r"(?!\s*(?:to\s|\d))",
        ),
        # A changed age limit: its qualifier says which end moved ("raised the minimum
        # conscription age to 21"); without one, lowering moves the lower end and raising
        # the upper ("lowered the mobilization age from 27 to 25").
        Rule(
            "limit_min",
            r"(?<!\w)(?:{CHANGE}\s+{THE}{MINQ}{DUTYAGE}|(?:the\s+)?{MINQ}{DUTYAGE}{PASSIVE}{CHANGE})"
            r"{FROMTO}(?P<min_age>{AGE})",
        ),
        Rule(
            "limit_max",
            r"(?<!\w)(?:{CHANGE}\s+{THE}{MAXQ}{DUTYAGE}|(?:the\s+)?{MAXQ}{DUTYAGE}{PASSIVE}{CHANGE})"
            r"{FROMTO}(?P<max_age>{AGE})",
        ),
        Rule(
            "limit_lowered",
            r"(?<!\w)(?:\L<age_lower>\s+{THE}{DUTYAGE}|(?:the\s+)?{DUTYAGE}{PASSIVE}\L<age_lower>)"
            r"{FROMTO}(?P<min_age>{AGE})",
        ),
        Rule(
            "limit_raised",
            r"(?<!\w)(?:\L<age_raise>\s+{THE}{DUTYAGE}|(?:the\s+)?{DUTYAGE}{PASSIVE}\L<age_raise>)"
            r"{FROMTO}(?P<max_age>{AGE})",
        ),
    ],
    vetoes=[
        # "the bombers are 30 to 40 years old", "tanks over 50 years old": the age of things.
        Veto(
            "thing_age",
            r"(?<!\w)\L<age_things>,?\s+(?:(?:that|which)\s+)?(?:(?:are|were|is|was|being)\s+)?"
            r"(?:(?:mostly|mainly|all|now|about|around|some|aged|between|from)\s+){0,2}(?:(?:{OVER}|{UNDER})\s+)?{AGE}",
        ),
        # "men with three or more children under 18", "mothers of children under 16": the age of
        # dependants, not of the population the text is about
        Veto(
            "dependants",
            r"(?<!\w)(?:with|of|having|raising|supporting)\s+(?:(?:[\w\p{Co}-]+|{NUM})\s+){0,4}?(?:children|kids|dependants|dependents|sons|daughters)"
            r"\s+(?:aged\s+)?(?:{UNDER}|below|aged)\s+(?:the\s+age\s+of\s+)?{AGE}",
        ),
        # "raised the retirement age from 60 to 65": the old and new value of a limit are no range.
        Veto(
            "age_change",
            r"(?<!\w){CHANGE}\s+{THE}(?:[\w-]+\s+){0,3}?age(?:\s+[\w-]+){0,4}?\s+from\s+{AGE}"
            r"|(?<!\w)age(?:\s+[\w-]+){0,4}?{PASSIVE}{CHANGE}\s+from\s+{AGE}",
        ),
    ],
    context=[
        Context("sex", r"(?<!\w)(?P<sex>\L<sex>)(?!\w)"),
        Context("subject", r"(?<!\w)(?P<subject>\L<age_subject>)(?!\w)", document=True),
    ],
)
