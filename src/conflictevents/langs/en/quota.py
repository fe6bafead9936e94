"""English quota rules: how many people are called up, mobilized, recruited or deployed."""

from conflictevents.pack import Context, Rule, RuleSet, Table, Veto

# Words that say what kind of service a call-up is; shared by the rules and by the
# context rule that settles the subject of an ambiguous "drafted".
_SERVICE = {
    "mobilization": [
        "mobilization",
        "mobilisation",
        "mobilize",
        "mobilise",
        "mobilized",
        "mobilised",
        "mobilizing",
        "mobilising",
        "mobilizes",
        "mobilises",
        "partial mobilization",
        "general mobilization",
        "mobilization drive",
        "mobilization wave",
        "wave of mobilization",
    ],
    "conscription": [
        "conscription",
        "conscript",
        "conscripted",
        "conscripting",
        "conscripts",
        "call-up",
        "call up",
        "called up",
        "calling up",
        "calls up",
        "callup",
        "spring draft",
        "autumn draft",
        "fall draft",
        "conscription campaign",
        "military service",
    ],
    "recruitment": [
        "recruitment",
        "recruit",
        "recruited",
        "recruiting",
        "recruits",
        "enlist",
        "enlisted",
        "enlisting",
        "sign up",
        "signed up",
        "signed contracts",
        "hire",
        "hired",
    ],
}

RULES = RuleSet(
    event="quota",
    cue=r"(?<!\w)(?:\L<call_up>|\L<draft>|\L<act>)(?!\w)",
    tables={
        "call_up": Table(
            "subject",
            {
                **_SERVICE,
                "deployment": [
                    "deploy",
                    "deployed",
                    "deploying",
                    "deploys",
                    "deployment",
                    "send",
                    "sent",
                    "sending",
                    "sends",
                    "dispatch",
                    "dispatched",
                    "dispatching",
                    "transferred",
                    "redeployed",
                    "stationed",
                    "amassed",
                    "massed",
                    "sent to the front",
                ],
            },
        ),
        "service": Table("subject", _SERVICE),
    },
    lists={
        # Call-up words that fit conscription and mobilization alike.
        "draft": ["draft", "drafted", "drafting", "drafts", "called to arms", "summoned", "call to arms"],
        # Words between a call-up verb and its count.
        "quota_filler": [
            "an additional",
            "additional",
            "another",
            "a further",
            "further",
            "extra",
            "even",
            "only",
            "just",
            "a total of",
            "the",
            "some more",
            "a new batch of",
        ],
        # Verbs by which a legal act states its quota.
        "covers": [
            "affects",
            "covers",
            "concerns",
            "applies to",
            "calls for",
            "provides for",
            "envisages",
            "involves",
            "targets",
            "foresees",
            "calls up",
            "will affect",
            "would affect",
        ],
    },
    macros={
        "CALL": r"(?:(?P<subject>\L<call_up>)|\L<draft>)(?!\w)",
        # The people a count counts, with up to two words before the noun.
        "WHO": r"(?:[\w-]+\s+){0,2}?\L<people>(?!\w)",
        # A count standing alone, at a clause end or before a preposition.
        "ALONE": r"(?=\s*[.,;:!?)”\"’]|\s*$|\s+(?:by|in|into|from|to|for|within|over|this|next|before|after|more|as)(?!\w))",
    },
    rules=[
        Rule("verb_count", r"(?<!\w){CALL}\s+(?:\L<quota_filler>\s+)?{QTY}(?:\s+{WHO}|{ALONE})"),
        Rule("noun_of_count", r"(?<!\w){CALL}\s+of\s+(?:\L<quota_filler>\s+)?{QTY}(?:\s+{WHO}|{ALONE})"),
        Rule("count_participle", r"{QTY}\s+(?:of\s+(?:the|them|those)\s+)?{WHO}\s+{AUX}{CALL}"),
        Rule(
            "act_covers",
            r"(?<!\w)\L<act>\s+(?:that|which)\s+(?:[\w-]+\s+)?\L<covers>\s+(?:\L<quota_filler>\s+)?{QTY}\s+{WHO}",
        ),
        # "up to one million people to be drafted, not the 300,000 announced"
        Rule(
            "contrast",
            r"{NUM}\s+{WHO}\s+{AUX}{CALL}[^.;!?]{0,40}?[,—–]\s*(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?P<count>{NUM})(?![\w-])",
        ),
    ],
    vetoes=[
        Veto("unit", r"{UNIT_VETO}"),
        # "the call-up of 2023": a bare year counts no one
        Veto("year", r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]*\d)(?!\s+{WHO})"),
    ],
    context=[
        Context(
            "period_between",
            r"(?<!\w)(?:between|from)\s+(?P<period_start>{DATE})\s+(?:and|to|until|till|through|-|–)\s+(?P<period_end>{DATE})",
        ),
        Context(
            "period_from",
            r"(?<!\w)(?:starting|beginning|from|since|as\s+of|effective)\s+(?:on\s+)?(?P<period_start>{DATE})",
        ),
        Context("period_until", r"(?<!\w)(?:by|until|till|before|through)\s+(?P<period_end>{DATE})"),
        Context("service", r"(?<!\w)(?P<subject>\L<service>)(?!\w)", document=True),
    ],
)
