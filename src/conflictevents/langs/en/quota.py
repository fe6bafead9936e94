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
        "partial mobilisation",
        "general mobilization",
        "general mobilisation",
        "mobilization drive",
        "mobilization wave",
        "wave of mobilization",
        "wave of mobilisation",
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
        "enlistment",
        "sign up",
        "signed up",
        "signed contracts",
        "hire",
        "hired",
    ],
}

# Words that send people somewhere rather than call them up.
_DEPLOY = [
    "deploy",
    "deployed",
    "deploying",
    "deploys",
    "deployment",
    "redeploy",
    "redeployed",
    "redeploying",
    "send",
    "sent",
    "sending",
    "sends",
    "dispatch",
    "dispatched",
    "dispatching",
    "transfer",
    "transferred",
    "transferring",
    "station",
    "stationed",
    "stationing",
    "airlifted",
    "amassed",
    "massed",
    "sent to the front",
]

RULES = RuleSet(
    event="quota",
    cue=r"(?<!\w)(?:\L<call_up>|\L<draft>|\L<act>)(?!\w)",
    tables={
        "call_up": Table("subject", {**_SERVICE, "deployment": _DEPLOY}),
        "service": Table("subject", _SERVICE),
    },
    lists={
        # Call-up words that fit conscription and mobilization alike.
        "draft": ["draft", "drafted", "drafting", "drafts", "called to arms", "summoned", "call to arms"],
        # Call-up words that, said of reservists, mean mobilization.
        "summon": [
            "call up",
            "called up",
            "calling up",
            "calls up",
            "call-up",
            "callup",
            "draft",
            "drafted",
            "drafting",
            "drafts",
            "summon",
            "summoned",
            "summoning",
            "called to arms",
        ],
        # People who are mobilized when called up.
        "reserve": ["reservists", "reservist", "reserve soldiers", "reserve troops", "reserve officers", "reserves"],
        "deploy": _DEPLOY,
        # People whom sending or transferring does not deploy.
        "not_troops": [
            "civilians",
            "children",
            "orphans",
            "refugees",
            "evacuees",
            "patients",
            "pupils",
            "schoolchildren",
            "prisoners of war",
            "POWs",
            "detainees",
        ],
        # Where people are sent who are not deployed.
        "not_front": ["hospital", "hospitals", "safety", "prison", "jail", "penal colony", "detention", "court"],
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
        # Nouns that state a quota: "a recruitment target of 400,000".
        "quota_noun": ["quota", "quotas", "target", "targets", "goal", "ceiling"],
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
            "will cover",
            "would cover",
        ],
    },
    macros={
        "CALL": r"(?:(?P<subject>\L<call_up>)|\L<draft>)(?!\w)",
        # The people a count counts, with up to two words before the noun.
        "WHO": r"(?:[\w-]+\s+){0,2}?\L<people>(?!\w)",
        "RESERVE": r"(?:[\w-]+\s+){0,2}?\L<reserve>(?!\w)",
        # A count standing alone, at a clause end, before a preposition or a verb,
        # or before a partitive ("82,000 of them").
        "ALONE": (
            r"(?=\s*[.,;:!?)”\"’]|\s*$|\s+(?:by|in|into|from|to|for|within|over|this|next|before|after|more|as"
            r"|is|was|are|were|has|have|had|will|would|and|but|of\s+(?:them|those|these|whom))(?!\w))"
        ),
        # The people after a count, or a count standing alone.
        "WHOM": r"(?:\s+{WHO}|{ALONE})",
        # Words before a bare count that make it an age, a date or a range end.
        "NOT_BARE": r"(?<!(?:aged?|ages|from|of|between|and|to|in|since|by|on|at|until|before|after)\s{1,20})",
    },
    rules=[
        # "called up 300,000 reservists", "300,000 reservists were drafted": reservists
        # called up are mobilized, whatever the call-up word.
        Rule(
            "reserve_call",
            r"(?<!\w)\L<summon>\s+(?:of\s+)?(?:\L<quota_filler>\s+)?{QTY}\s+{RESERVE}",
            values={"subject": "mobilization"},
        ),
        Rule(
            "reserve_called",
            r"{QTY}\s+{RESERVE}\s+{AUX}\L<summon>(?!\w)",
            values={"subject": "mobilization"},
        ),
        Rule("verb_count", r"(?<!\w){CALL}\s+(?:\L<quota_filler>\s+)?{QTY}{WHOM}"),
        Rule("noun_of_count", r"(?<!\w){CALL}\s+of\s+(?:\L<quota_filler>\s+)?{QTY}{WHOM}"),
        # "a recruitment target of 400,000 contract soldiers", "a quota of 120,000 conscripts"
        Rule(
            "quota_of",
            r"(?<!\w)(?:{CALL}\s+)?\L<quota_noun>\s+of\s+(?:\L<quota_filler>\s+)?{QTY}\s+{WHO}",
        ),
        Rule(
            "count_participle",
            r"{QTY}\s+(?:of\s+(?:them|those|these)|(?:of\s+(?:the|those|these)\s+)?{WHO})\s+{AUX}{CALL}",
        ),
        # "Of those, 82,000 were deployed": a bare count needs an auxiliary before the verb.
        Rule("bare_participle", r"{NOT_BARE}(?<![\w,.%$€£₽₴-]){QTY}\s+(?:\L<aux>\s+){1,4}{CALL}"),
        Rule(
            "act_covers",
            r"(?<!\w)\L<act>,?\s+(?:that|which)\s+(?:[\w-]+\s+)?\L<covers>\s+(?:\L<quota_filler>\s+)?{QTY}\s+{WHO}",
        ),
        # "up to one million people to be drafted, not the 300,000 announced",
        # "will mobilize 500,000 men rather than 200,000"
        Rule(
            "contrast",
            r"(?:{NUM}\s+{WHO}\s+{AUX}{CALL}|(?<!\w){CALL}\s+(?:of\s+)?(?:\L<quota_filler>\s+)?(?:\L<bound>\s+)?{NUM}(?:\s+{WHO})?)"
            r"[^.;!?]{0,40}?(?:[,—–]\s*(?:not|rather\s+than|instead\s+of)|\s(?:rather\s+than|instead\s+of))"
            r"\s+(?:the\s+)?(?P<count>{NUM})(?![\w-])",
        ),
    ],
    vetoes=[
        Veto("unit", r"{UNIT_VETO}"),
        # "the call-up of 2023": a bare year counts no one
        Veto("year", r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]*\d)(?!\s+{WHO})"),
        # "until December 31": a day of a date counts no one
        Veto("date", r"(?<![\p{N},.])(?:{DATE})"),
        # "mobilized one in every ten men": a ratio counts no one
        Veto("ratio", r"{NUM}\s+(?:in|out\s+of)\s+(?:every\s+)?{NUM}(?!\w)"),
        # "men aged 18 to 27 will be called up"
        Veto("age", r"(?<!\w)(?:aged?|ages)\s+(?:of\s+)?(?:between\s+)?{NUM}(?:\s*(?:-|–|—|to|and)\s*{NUM})?"),
        # "men over 27 will be drafted": a number right after the people is their age
        # (but "conscripts 12,000 men", "mobilized 300,000": those people words are verbs)
        Veto(
            "age_after_people",
            r"(?<!\w)(?!(?:\L<call_up>|\L<draft>)(?!\w))(?:\L<people>|those|anyone|everyone)\s+(?:\L<bound>\s+)?{NUM}",
        ),
        # "transferred 2,000 children to Russia", "sent 30 people to hospital",
        # "sent 2,000 conscripts home": sent, but not deployed
        Veto(
            "not_deployed",
            r"(?<!\w)\L<deploy>\s+(?:\L<quota_filler>\s+)?{QTY}\s+(?:[\w-]+\s+){0,2}?\L<not_troops>(?!\w)"
            r"|{QTY}\s+(?:[\w-]+\s+){0,2}?\L<not_troops>\s+{AUX}\L<deploy>(?!\w)"
            r"|{NUM}(?:\s+{WHO})?\s+(?:{AUX}(?:sent|returned)\s+)?(?:back\s+)?(?:home|to\s+(?:an?\s+|the\s+)?\L<not_front>)(?!\w)",
        ),
        # "no plans to call up", "ruled out mobilizing", "denied reports that it would
        # draft", "no new mobilization of"
        Veto(
            "denial",
            r"(?<!\w)(?:no\s+(?:plans?|intention|need|decision)\s+(?:to|of|for)"
            r"|rul(?:e|es|ed|ing)\s+out"
            r"|(?:den(?:y|ies|ied)|dismiss(?:es|ed)?|reject(?:s|ed)?|refut(?:es|ed)?)\s+(?:the\s+)?"
            r"(?:reports?|claims?|rumou?rs?|plans?|allegations?|speculation)(?:\s+[\w-]+){0,4}"
            r"|no(?:\s+(?:new|further|second|more|additional|other|fresh|general))?)",
            before=True,
        ),
    ],
    context=[
        Context(
            "period_between",
            r"(?<!\w)(?:between|from)\s+(?P<period_start>{DATE})\s+(?:and|to|until|till|through|-|–)\s+(?P<period_end>{DATE})",
        ),
        Context(
            "period_from",
            r"(?<!\w)(?:start(?:s|ing)?|begin(?:s|ning)?|from|since|as\s+of|effective)\s+(?:on\s+)?(?P<period_start>{DATE})",
        ),
        Context("period_until", r"(?<!\w)(?:by|until|till|before|through)\s+(?P<period_end>{DATE})"),
        Context("service", r"(?<!\w)(?P<subject>\L<service>)(?!\w)", document=True),
    ],
)
