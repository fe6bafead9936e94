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
        "call-ups",
        "callups",
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
        "volunteered",
        "came forward",
        "came forward as volunteers",
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
    "activate",
    "activated",
    "activating",
    "activates",
]

RULES = RuleSet(
    event="quota",
    cue=(
        r"(?<!\w)(?:\L<call_up>|\L<draft>|\L<act>|\L<join>|\L<serving>|\L<add>|delivered|training|volunteers"
        r"|forward|serve|reported|turned|showed|presented|affects|covers)(?!\w)"
    ),
    tables={
        "call_up": Table("subject", {**_SERVICE, "deployment": _DEPLOY}),
        "service": Table("subject", _SERVICE),
        # People whose kind names the service that brings them in ("add 400,000 contract soldiers").
        "kind": Table(
            "subject",
            {
                "recruitment": [
                    "contract soldiers",
                    "contract servicemen",
                    "professional soldiers",
                    "volunteers",
                    "recruits",
                    "mercenaries",
                ],
                "conscription": ["conscripts", "draftees"],
                "mobilization": ["reservists", "mobilized", "mobilised"],
            },
        ),
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
        # Verbs of joining the forces ("10,000 people are to join professional service").
        "join": ["join", "joins", "joined", "joining", "enter", "entered", "entering"],
        # What people join: "the army", "professional service", "the ranks".
        "forces": ["army", "armed forces", "service", "ranks", "military", "forces", "troops", "units"],
        # "plans to add 400,000 contract soldiers to the armed forces"
        "add": ["add", "adds", "added", "adding"],
        # Verbs of troops already at the front ("41,000 are already serving with combat units").
        "serving": ["serving", "fighting", "deployed", "stationed", "engaged"],
        # Verbs of troops brought to the front ("82,000 mobilised men have been delivered to the zone").
        "brought": ["delivered", "brought", "taken", "sent", "transferred", "moved", "redeployed", "dispatched"],
        # Where troops are sent or serve.
        "front": [
            "zone",
            "front",
            "front line",
            "frontline",
            "front lines",
            "units",
            "unit",
            "battle",
            "theatre",
            "theater",
            "positions",
            "trenches",
            "war",
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
        "RESERVE": r"(?:(?:[\w-]+\s+){0,2}?\L<reserve>|reserve\s+(?:[\w-]+\s+)?\L<people>)(?!\w)",
        # A count standing alone, at a clause end, before a preposition or a verb,
        # or before a partitive ("82,000 of them").
        "ALONE": (
            r"(?=\s*[.,;:!?)”\"’]|\s*$|\s+(?:by|in|into|from|to|for|within|over|this|next|before|after|more|as"
            r"|is|was|are|were|has|have|had|will|would|and|but|of\s+(?:them|those|these|whom))(?!\w))"
        ),
        # The people after a count, or a count standing alone.
        "WHOM": r"(?:\s+{WHO}|{ALONE})",
        # A gap does not cross a call-up word.
        "GAP_STOP_MORE": r"\L<call_up>|\L<draft>|(?:and|or)(?=\s+(?:\L<call_up>|\L<draft>)(?![\w-]))",
        # After words in a gap, a call-up participle needs an auxiliary ("300,000 reservists
        # who have combat experience will be called up", not "8,500 troops on alert for deployment").
        # The ages of the people counted: "133,000 citizens from 18 to 30 years old who ... are to be drafted"
        "AGES": (
            r"(?:\s+(?:aged?\s+|from\s+|between\s+(?:the\s+ages\s+of\s+)?)?{NUM}\s*(?:-|–|to|and)\s*{NUM}"
            r"(?:\s+years?\s+(?:of\s+age|old))?)?"
        ),
        "GAP_AUX": r"(?:{AUX}|{REL_GAP}(?:\L<aux>\s+){1,4})",
        # The words after a count in a list, up to the next "and" ("1,300 officials from executive bodies").
        "NOUNS": r"(?:\s+(?!(?:and|or|but|while|whereas)(?!\w))[\p{L}][\p{L}\p{M}'’-]*+){0,6}",
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
        # "300,000 reservists who already have combat experience would be called up"
        Rule(
            "reserve_called",
            r"{QTY}\s+{RESERVE}\s+{GAP_AUX}\L<summon>(?!\w)",
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
            r"{QTY}\s+(?:of\s+(?:them|those|these)|(?:of\s+(?:the|those|these)\s+)?{WHO}{AGES})\s+{GAP_AUX}{CALL}",
        ),
        # "Among those called up were more than 1,300 officials and over 27,000 entrepreneurs"
        Rule(
            "among_called",
            r"(?<!\w)among\s+(?:those|them|the\s+[\w-]+)\s+(?:\L<aux>\s+){0,2}(?:\L<call_up>|\L<draft>)\s+"
            r"(?:\L<aux>\s+){0,2}(?:were|are|was|is)\s+{QTY}{NOUNS}(?:,?\s+and\s+{QTY}{NOUNS})*",
            each=True,
        ),
        # "some 13,000 men came forward as volunteers"
        Rule(
            "volunteered",
            r"{QTY}\s+{WHO}\s+{REL_GAP}(?:\L<aux>\s+){0,2}(?:came\s+forward|stepped\s+forward|volunteered)(?!\w)",
            values={"subject": "recruitment"},
        ),
        # "10,000 people each are to join professional service"
        Rule(
            "join",
            r"{QTY}\s+{WHO}\s+{REL_GAP}{AUX}\L<join>\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?\L<forces>(?!\w)",
            values={"subject": "recruitment"},
        ),
        # "plans to add 400,000 contract soldiers to the armed forces" (recruitment), "a decree on the
        # autumn draft that will add 135,000 soldiers to the army" (the draft: the sentence says)
        Rule(
            "add_to",
            r"(?<!\w)\L<add>\s+(?:\L<quota_filler>\s+)?{QTY}\s+(?:[\w-]+\s+){0,2}?(?:(?P<subject>\L<kind>)|\L<people>)"
            r"\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?\L<forces>(?!\w)",
        ),
        # "Last year's partial mobilisation gathered at least 300,000 men", "the spring draft
        # brought in 147,000 conscripts": the campaign is the subject of the verb
        Rule(
            "campaign_gathered",
            r"(?:(?<!\w)(?P<subject>\L<service>)(?:\s+(?:campaign|drive|wave))?|(?<=[;,]\s{0,3})(?:it|which))\s+(?:\L<aux>\s+){0,2}"
            r"(?:gathered|brought\s+in|netted|drew\s+in|mustered|yielded|enlisted|covers?|covered|affects?|affected)\s+"
            r"(?:\L<quota_filler>\s+)?{QTY}\s+{WHO}",
        ),
        # "200,000 people had already reported for service", "turned up at enlistment offices"
        Rule(
            "reported_for",
            r"{QTY}\s+{WHO}\s+{REL_GAP}(?:\L<aux>\s+){0,3}(?:reported|turned\s+up|showed\s+up|presented\s+themselves)\s+"
            r"(?:for\s+(?:military\s+)?(?:service|duty)|(?:at|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:enlistment|recruitment|recruiting|draft|military|mobili[sz]ation)\s+(?:offices?|centres?|centers?|points?))(?!\w)",
        ),
        # "The number called up in the next wave could reach 500,000"
        Rule(
            "number_called",
            r"(?<!\w)number\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:(?:who|that)\s+(?:\L<aux>\s+){0,3})?(?:\L<call_up>|\L<draft>)(?:\s+[\w,'’-]+){0,8}?\s+"
            r"(?:\L<aux>\s+){0,2}(?:reach|reached|rose\s+to|risen\s+to|grow\s+to|stands?\s+at|stood\s+at|totals?|totalled|totaled)\s+{QTY}(?![\w-])",
        ),
        # "82,000 mobilised men have been delivered to the special operation zone"
        Rule(
            "brought_to_front",
            r"{QTY}\s+{WHO}\s+{REL_GAP}{AUX}\L<brought>\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?\L<front>(?!\w)",
            values={"subject": "deployment"},
        ),
        # "Of them, 41,000 are already serving with combat units"
        Rule(
            "serving",
            r"{NOT_BARE}(?<![\w,.%$€£₽₴-]){QTY}(?:\s+{WHO})?\s+{AUX}\L<serving>\s+(?:with|in|at|on|near|along)\s+"
            r"(?:the\s+)?(?:[\w-]+\s+){0,2}?\L<front>(?!\w)",
            values={"subject": "deployment"},
        ),
        # "another 218,000 are still training at ranges"
        Rule(
            "training",
            r"{NOT_BARE}(?<![\w,.%$€£₽₴-]){QTY}(?:\s+{WHO})?\s+{AUX}(?:undergoing\s+|in\s+|receiving\s+)?training(?!\w)",
        ),
        # "The spring call-ups of 2024, 2023 and 2022 brought in 150,000, 147,000 and 134,500 conscripts respectively"
        Rule(
            "respectively",
            r"(?<!\w)(?P<subject>\L<call_up>)(?:\s+[\w,'’-]+){0,12}?\s+{QTY}(?:\s*,\s*(?P<count>{NUM}))*,?\s+and\s+"
            r"(?P<count>{NUM})(?:\s+{WHO})?,?\s+respectively(?!\w)",
            each=True,
        ),
        Rule(
            "respectively_called",
            r"{QTY}(?:\s*,\s*(?P<count>{NUM}))*,?\s+and\s+(?P<count>{NUM})\s+(?:{WHO}\s+)?"
            r"(?:respectively,?\s+{AUX}{CALL}|{AUX}{CALL}(?:\s+(?:[\w-]+|{NUM})){0,5}?,?\s+respectively(?!\w))",
            each=True,
        ),
        # A figure with its verb elided after a quota: "..., and 9,000 in Perm Territory"
        Rule(
            "elided",
            r"(?<=[,;]\s{0,3}|\s)and\s+{QTY}\s+(?:more\s+)?(?:in|from)\s+(?:the\s+)?{NAME}",
            inherits=("subject",),
        ),
        # A quota broken down by service, after the total: "752 are to be drafted: 600 to the armed
        # forces, 80 to the Border Service and 30 to the Emergencies Ministry", "Of the total, 150
        # will serve in the army and 40 in the border service". Each share is a part of the total
        # (so it yields nothing without one), and takes its subject.
        Rule(
            "share",
            r"(?:(?<=[:;,]\s{0,3}|(?<!between\s{1,3}[\w,.\p{Co}]{1,12}\s{1,3})\sand\s{1,3})(?<![\w,.%$€£₽₴-]){QTY}(?:\s+{WHO})?"
            r"|(?<=(?:[:]|(?<!\w)total,)\s{0,3}){QTY}(?:\s+{WHO})?\s+{AUX}(?:go|serve|be\s+sent|be\s+assigned))"
            r"\s+(?:to|in|with)\s+(?:the\s+|its\s+)?"
            r"(?:(?:[\w-]+\s+){0,2}?\L<forces>(?!\w)|(?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+){0,3})",
            inherits=("subject",),
            part=True,
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
        # "is asking the government to approve the call-up of 75,000 reservists": a request
        Veto(
            "request",
            r"(?<!\w)(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|want(?:s|ed)?)"
            r"\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:approve|authori[sz]e|back|order|sanction)\s+(?:(?:the|a|an)\s+)?",
            before=True,
            status="planned",
        ),
        # "the number called up could reach 500,000": a forecast keeps its figure as possible
        Veto(
            "forecast",
            r"(?<!\w)(?:could|may|might|would|is\s+expected\s+to|is\s+likely\s+to)\s+(?:reach|rise\s+to|grow\s+to|total|exceed)"
            r"\s+(?:\L<bound>\s+)?{NUM}",
            status="possible",
        ),
        # "no plans to call up", "ruled out mobilizing", "no new mobilization of" (a denied
        # report keeps its figure, as denied: the pack's "denied_claim")
        Veto(
            "denial",
            r"(?<!\w)(?:no\s+(?:plans?|intention|need|decision)\s+(?:to|of|for)"
            r"|rul(?:e|es|ed|ing)\s+out"
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
