"""English casualty rules: killed, injured, missing, captured, arrested, displaced."""

from conflictevents.pack import Context, Rule, RuleSet, Table, Veto

RULES = RuleSet(
    event="casualty",
    cue=(
        r"(?<!\w)(?:\L<harmed>|\L<died>|\L<harming>|\L<toll>|\L<casualty_noun>|\L<left_as>|\L<label>|\L<house_verb>"
        r"|\L<wounds>|took|taken|forced|lives|captivity|fate|whereabouts|held|moved|including|among|them|whom)(?!\w)"
    ),
    tables={
        "victim": Table(
            "victims",
            {
                "military": [
                    "soldiers",
                    "soldier",
                    "troops",
                    "servicemen",
                    "serviceman",
                    "service members",
                    "servicemembers",
                    "military personnel",
                    "fighters",
                    "militants",
                    "terrorists",
                    "combatants",
                    "marines",
                    "sailors",
                    "officers",
                    "conscripts",
                    "reservists",
                    "mercenaries",
                    "paratroopers",
                    "troopers",
                    "pilots",
                    "guardsmen",
                    "border guards",
                    "commanders",
                    "generals",
                    "recruits",
                    "draftees",
                    "defenders",
                    "POWs",
                    "military",
                    "contract soldiers",
                    "members of the armed forces",
                    "soldier",
                    "fighter",
                    "marine",
                    "sailor",
                    "pilot",
                    "conscript",
                    "reservist",
                    "mercenary",
                    "paratrooper",
                    "officer",
                    "commander",
                    "border guard",
                    "prisoner of war",
                    "prisoners of war",
                ],
                "civilian": [
                    "civilians",
                    "civilian",
                    "residents",
                    "resident",
                    "children",
                    "child",
                    "passengers",
                    "inhabitants",
                    "villagers",
                    "protesters",
                    "demonstrators",
                    "refugees",
                    "journalists",
                    "medics",
                    "aid workers",
                    "workers",
                    "miners",
                    "doctors",
                    "nurses",
                    "teachers",
                    "farmers",
                    "rescuers",
                    "firefighters",
                    "employees",
                    "patients",
                    "worshippers",
                    "shoppers",
                    "pupils",
                    "babies",
                    "infants",
                    "boys",
                    "girls",
                    "locals",
                    "citizens",
                    "women",
                    "pensioners",
                    "minors",
                    "teenagers",
                    "students",
                    "volunteers",
                    "staff",
                    "staff members",
                    "staffers",
                    "employee",
                    "worker",
                    "aid worker",
                    "woman",
                    "girl",
                    "boy",
                    "baby",
                    "infant",
                    "toddler",
                    "teenager",
                    "pensioner",
                    "mother",
                    "mothers",
                    "grandmother",
                    "daughter",
                    "son",
                    "driver",
                    "drivers",
                    "journalist",
                    "reporter",
                    "volunteer",
                    "medic",
                    "paramedic",
                    "doctor",
                    "nurse",
                    "rescuer",
                    "firefighter",
                    "farmer",
                    "student",
                    "teacher",
                    "passenger",
                    "villager",
                    "protester",
                    "demonstrator",
                    "activist",
                    "activists",
                    "refugee",
                    "evacuees",
                    "schoolteachers",
                    "fishermen",
                    "fisherman",
                    "passer-by",
                    "passers-by",
                    "shepherds",
                    "shepherd",
                ],
                "unspecified": [
                    "people",
                    "person",
                    "persons",
                    "individuals",
                    "bodies",
                    "others",
                    "victims",
                    "men",
                    "man",
                    "Russians",
                    "Ukrainians",
                    "Israelis",
                    "Palestinians",
                    "police officers",
                    "policemen",
                    "crew members",
                    "family members",
                    "relatives",
                    "foreigners",
                    "foreign nationals",
                    "prisoners",
                    "hostages",
                    "detainees",
                    "members",
                    "attackers",
                    "assailants",
                    "gunmen",
                    "insurgents",
                    "rebels",
                    "militiamen",
                    "jihadists",
                    "herders",
                    "vendors",
                    "traders",
                    "monks",
                    "monk",
                    "guards",
                    "grandchildren",
                    "sons",
                    "daughters",
                    "brothers",
                    "sisters",
                    "wives",
                    "parents",
                    "bodyguards",
                    "adults",
                    "adult",
                ],
            },
        ),
        # "killing two fighters and the driver": "the" before one named role counts one.
        "the_one": Table("count", {"1": ["the"]}),
        # Participles after "were", or alone ("1,300 people arrested").
        "harmed": Table(
            "category",
            {
                "killed": [
                    "killed",
                    "slain",
                    "executed",
                    "shot dead",
                    "killed in action",
                    "exhumed",
                    "found dead",
                    "feared dead",
                    "presumed dead",
                    "confirmed dead",
                    "shot and killed",
                    "murdered",
                    "buried",
                    "massacred",
                    "gunned down",
                    "beheaded",
                    "burned to death",
                    "burnt to death",
                    "stabbed to death",
                    "beaten to death",
                ],
                "injured": [
                    "injured",
                    "wounded",
                    "hurt",
                    "maimed",
                    "hospitalized",
                    "hospitalised",
                    "shot and wounded",
                ],
                "casualties": ["killed or wounded", "killed and wounded", "killed or injured", "killed and injured"],
                "missing": [
                    "missing",
                    "reported missing",
                    "listed as missing",
                    "unaccounted for",
                    "considered missing",
                    "declared missing",
                    "believed missing",
                    "presumed missing",
                    "missing in action",
                ],
                "captured": [
                    "captured",
                    "taken prisoner",
                    "taken captive",
                    "held captive",
                    "taken hostage",
                    "held hostage",
                    "abducted",
                    "kidnapped",
                ],
                "arrested": ["arrested", "detained", "jailed", "taken into custody", "imprisoned"],
                "displaced": [
                    "displaced",
                    "forced to flee",
                    "uprooted",
                    "made homeless",
                    "forced from their homes",
                    "internally displaced",
                    "evacuated",
                    "relocated",
                    "resettled",
                    "forced to leave",
                    "forced to leave their homes",
                ],
            },
        ),
        # Verbs whose subject is the count ("55,000 soldiers died").
        "died": Table(
            "category",
            {
                "killed": [
                    "died",
                    "have died",
                    "has died",
                    "had died",
                    "perished",
                    "lost their lives",
                    "lost their life",
                    "were dead",
                    "are dead",
                    "have perished",
                    "were lost",
                ],
                "missing": [
                    "went missing",
                    "are missing",
                    "remain missing",
                    "disappeared",
                    "have disappeared",
                    "vanished",
                    "are still missing",
                    "remain unaccounted for",
                ],
                "displaced": [
                    "fled",
                    "have fled",
                    "had fled",
                    "fled their homes",
                    "left their homes",
                    "were forced to flee",
                    "have been forced to flee",
                    "sought refuge",
                    "found shelter",
                    "have found shelter",
                    "found refuge",
                    "have found refuge",
                    "sought shelter",
                    "have sought shelter",
                    "have sought refuge",
                    "left the country",
                    "have left the country",
                    "crossed the border as refugees",
                    "have crossed the border as refugees",
                    "had crossed the border as refugees",
                    "crossed into neighbouring countries",
                    "have crossed into neighbouring countries",
                    "crossed into neighboring countries",
                    "have crossed into neighboring countries",
                ],
                "captured": ["surrendered", "have surrendered", "laid down their arms"],
            },
        ),
        # Verbs whose object is the count ("killing one civilian").
        "harming": Table(
            "category",
            {
                "killed": [
                    "killed",
                    "killing",
                    "kills",
                    "kill",
                    "claimed the lives of",
                    "claiming the lives of",
                    "took the lives of",
                    "taking the lives of",
                    "taken the lives of",
                    "took the life of",
                    "taking the life of",
                    "claimed the life of",
                    "claiming the life of",
                    "cost the lives of",
                    "costing the lives of",
                    "cost the life of",
                    "left dead",
                    "execute",
                    "executed",
                    "executing",
                    "shot dead",
                    "execution of",
                    "executions of",
                    "deaths of",
                    "death of",
                    "killing of",
                    "killings of",
                    "murder of",
                    "bodies of",
                    "body of",
                    "massacred",
                    "massacring",
                    "slaughtered",
                    "slaughtering",
                    "gunned down",
                    "gunning down",
                    "beheaded",
                    "beheading",
                ],
                "injured": ["injured", "injuring", "injures", "wounded", "wounding", "wounds", "hurt", "hurting"],
                "casualties": [
                    "killing or wounding",
                    "killing and wounding",
                    "killed or wounded",
                    "killed and wounded",
                ],
                "captured": [
                    "captured",
                    "capturing",
                    "captures",
                    "took prisoner",
                    "taking prisoner",
                    "abducted",
                    "abducting",
                    "kidnapped",
                    "kidnapping",
                    "capture of",
                    "abduction of",
                ],
                "arrested": [
                    "arrested",
                    "arresting",
                    "arrests",
                    "detained",
                    "detaining",
                    "detains",
                    "jailed",
                    "rounded up",
                    "arrest of",
                    "detention of",
                ],
                "displaced": [
                    "displaced",
                    "displacing",
                    "displaces",
                    "uprooted",
                    "forcing out",
                    "displacement of",
                    "evacuated",
                    "evacuating",
                    "evacuation of",
                ],
            },
        ),
        # Nouns after the count ("5 dead and 12 wounded", "13,560 casualties").
        "casualty_noun": Table(
            "category",
            {
                "killed": ["dead", "deaths", "fatalities", "killed", "dead bodies", "bodies"],
                "injured": ["injured", "wounded", "injuries"],
                "casualties": [
                    "casualties",
                    "killed and wounded",
                    "killed or wounded",
                    "dead and wounded",
                    "dead and injured",
                    "killed and injured",
                    "losses",
                ],
                "missing": ["missing", "missing persons"],
                "captured": ["prisoners of war", "POWs", "prisoners", "captives", "hostages"],
                "arrested": ["arrests", "detentions", "detainees"],
                "displaced": [
                    "refugees",
                    "internally displaced people",
                    "internally displaced persons",
                    "IDPs",
                    "displaced people",
                    "displaced persons",
                    "evacuees",
                    "displaced",
                ],
            },
        ),
        # Running totals ("the death toll rose to 40").
        "toll": Table(
            "category",
            {
                "killed": [
                    "death toll",
                    "toll",
                    "number of dead",
                    "number of deaths",
                    "number of those killed",
                    "number of people killed",
                    "fatality count",
                ],
                "injured": ["number of injured", "number of wounded", "number of people injured"],
                "casualties": ["casualty toll", "number of casualties", "casualty count"],
                "displaced": [
                    "number of refugees",
                    "number of displaced people",
                    "number of people displaced",
                    "number of internally displaced people",
                ],
            },
        ),
        # Labels of a figure in a list or an infobox ("Killed: 10,582", "• Injured: 19,875").
        "label": Table(
            "category",
            {
                "killed": ["killed", "dead", "deaths", "fatalities", "died", "killed in action"],
                "injured": ["injured", "wounded", "injuries", "hurt"],
                "casualties": [
                    "casualties",
                    "killed and wounded",
                    "killed and injured",
                    "dead and wounded",
                    "personnel",
                    "personnel losses",
                ],
                "missing": ["missing", "missing persons", "missing in action"],
                "captured": ["captured", "prisoners of war", "POWs", "hostages", "taken prisoner"],
                "arrested": ["arrested", "detained", "arrests", "detentions", "detainees"],
                "displaced": [
                    "refugees",
                    "displaced",
                    "internally displaced people",
                    "internally displaced persons",
                    "IDPs",
                    "evacuated",
                    "evacuees",
                ],
            },
        ),
        # "Among the dead is ...", "among the wounded were two children"
        "among_cat": Table(
            "category",
            {"killed": ["dead", "killed"], "injured": ["injured", "wounded"], "missing": ["missing"]},
        ),
        # "Among the dead is the deputy commander": one person.
        "be_one": Table("count", {"1": ["is", "was"]}),
        # "a mother and her baby": a possessive before the second noun counts one more.
        "poss_one": Table("count", {"1": ["his", "her"]}),
        # "left 5 dead", "left 12 people injured"
        "left_as": Table(
            "category",
            {
                "killed": ["dead"],
                "injured": ["injured", "wounded", "hurt"],
                "missing": ["missing"],
                "displaced": ["homeless"],
            },
        ),
    },
    lists={
        # Roles of one person that "the" may count ("the driver and his apprentice were killed").
        "one_role": [
            "driver",
            "pilot",
            "governor",
            "mayor",
            "commander",
            "chief",
            "sheikh",
            "imam",
            "priest",
            "administrator",
            "headman",
            "apprentice",
            "owner",
            "conductor",
            "shepherd",
            "vendor",
            "co-pilot",
        ],
        "toll_raise": [
            "raising",
            "raised",
            "bringing",
            "brought",
            "pushing",
            "pushed",
            "taking",
            "took",
            "lifting",
            "putting",
            "put",
        ],
        # Things that are counted but are no people ("captured 12 Russian tanks").
        "materiel": [
            "tanks",
            "vehicles",
            "armoured vehicles",
            "armored vehicles",
            "APCs",
            "drones",
            "helicopters",
            "jets",
            "warplanes",
            "aircraft",
            "planes",
            "howitzers",
            "guns",
            "artillery",
            "systems",
            "launchers",
            "missiles",
            "rockets",
            "shells",
            "rounds",
            "boats",
            "ships",
            "warships",
            "trucks",
            "weapons",
            "rifles",
            "grenades",
            "mines",
            "positions",
            "villages",
            "towns",
            "settlements",
            "tank",
            "vehicle",
            "drone",
            "helicopter",
            "jet",
            "warplane",
            "aircraft",
            "plane",
            "howitzer",
            "gun",
            "system",
            "launcher",
            "missile",
            "rocket",
            "shell",
            "boat",
            "ship",
            "warship",
            "truck",
            "car",
            "train",
            "bus",
            "weapon",
            "rifle",
            "grenade",
            "mine",
            "position",
            "village",
            "town",
            "settlement",
            "city",
            "cities",
            "building",
            "buildings",
            "house",
            "houses",
            "home",
            "homes",
            "apartment",
            "apartments",
            "apartment blocks",
            "school",
            "schools",
            "hospital",
            "hospitals",
            "bridge",
            "bridges",
            "facility",
            "facilities",
            "object",
            "objects",
            "district",
            "districts",
            "region",
            "regions",
            "cases",
            "attacks",
            "strikes",
        ],
        # Nouns that make "a"/"one" no count of one person ("killing a number of people").
        "not_one": [
            "number",
            "lot",
            "lots",
            "group",
            "total",
            "handful",
            "few",
            "couple",
            "series",
            "family",
            "crowd",
            "score",
            "majority",
            "minority",
            "third",
            "quarter",
            "half",
            "fraction",
            "plan",
            "strategy",
            "operation",
            "attack",
            "strike",
            "raid",
            "height",
            "hill",
            "bridgehead",
            "airfield",
            "airport",
            "port",
            "base",
            "outpost",
            "trench",
            "stronghold",
            "foothold",
            "line",
            "share",
            "wave",
            "spate",
            "string",
            "record",
            "percentage",
            "unit",
            "battalion",
            "brigade",
            "company",
            "platoon",
            "regiment",
            "convoy",
            "column",
        ],
        # Places that house people displaced ("temporary accommodation centres house 30,415 people").
        "shelter_place": [
            "centres",
            "centers",
            "shelters",
            "camps",
            "facilities",
            "dormitories",
            "hotels",
            "sanatoriums",
            "hostels",
            "points",
        ],
        "house_verb": [
            "house",
            "houses",
            "housed",
            "housing",
            "accommodate",
            "accommodates",
            "accommodated",
            "accommodating",
            "shelter",
            "shelters",
            "sheltered",
            "sheltering",
            "host",
            "hosts",
            "hosted",
            "hosting",
        ],
        # "remained in captivity", "are still held in Russian captivity"
        "in_captivity": ["remained", "remain", "remains", "still", "held", "kept", "being", "now", "currently"],
        # Verbs of suffering a wound ("two of his colleagues suffered severe injuries").
        "suffered": ["suffered", "sustained", "received", "have suffered", "had suffered", "have sustained"],
        "wounds": ["injuries", "wounds", "burns", "injury", "wound", "shrapnel wounds", "concussions", "trauma"],
        # What a partitive says of a part of a group counted before ("1,000 of them were held in Moscow").
        "held": ["held", "kept", "detained", "being held", "in custody", "behind bars"],
        "materiel_mod": ["armoured", "armored", "military", "enemy", "combat", "unmanned", "attack", "heavy"],
        # Who a figure is put in the mouth of ("the regional governor said").
        "speaker": [
            "governor",
            "mayor",
            "official",
            "officials",
            "authorities",
            "ministry",
            "police",
            "army",
            "military",
            "command",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "prosecutor",
            "prosecutors",
            "prosecutor general",
            "general staff",
            "administration",
            "agency",
            "office",
            "service",
            "monitors",
            "group",
            "groups",
            "minister",
            "ombudsman",
            "commissioner",
            "council",
            "president",
            "commander",
            "forces",
            "armed forces",
            "sources",
            "centre",
            "center",
            "organisation",
            "organization",
            "NGO",
            "watchdog",
            "monitor",
            "mission",
            "media",
            "medics",
            "doctors",
            "rescuers",
            "medic",
            "doctor",
            "witness",
            "witnesses",
            "survivors",
            "investigation",
            "investigators",
            "report",
            "lawmaker",
            "observers",
            "representative",
        ],
        "say": [
            "said",
            "says",
            "say",
            "reported",
            "reports",
            "announced",
            "wrote",
            "told",
            "added",
            "stated",
            "claimed",
            "claims",
            "confirmed",
            "declared",
            "estimated",
            "estimates",
            "admitted",
            "counted",
        ],
        "minors": ["children", "minors", "kids", "teenagers", "babies", "infants", "schoolchildren"],
        "took_lives": ["claimed", "claiming", "claims", "cost", "costing", "costs", "took", "taken", "taking"],
        "toll_passed": [
            "passed",
            "has passed",
            "surpassed",
            "has surpassed",
            "exceeded",
            "has exceeded",
            "exceeds",
            "topped",
            "has topped",
            "crossed",
            "has crossed",
        ],
        "hedge": ["believed", "thought", "feared", "presumed", "estimated", "reported", "said", "known"],
        "place": [
            "region",
            "oblast",
            "province",
            "district",
            "city",
            "town",
            "village",
            "area",
            "plant",
            "steelworks",
            "camp",
            "prison",
        ],
        # What makes a figure a forecast or an aim rather than a count.
        "modal": ["could", "would", "might", "may", "will", "can", "expected to", "likely to", "set to"],
        "intent": [
            "threaten to",
            "threatens to",
            "threatened to",
            "threatening to",
            "vow to",
            "vows to",
            "vowed to",
            "pledged to",
            "plan to",
            "plans to",
            "planned to",
            "planning to",
            "intend to",
            "intends to",
            "intended to",
            "try to",
            "tries to",
            "tried to",
            "trying to",
            "attempt to",
            "attempted to",
            "aim to",
            "aims to",
            "aimed to",
            "want to",
            "wants to",
            "wanted to",
            "seek to",
            "seeks to",
            "sought to",
            "ordered to",
        ],
        "toll_verb": [
            "rose",
            "has risen",
            "had risen",
            "risen",
            "climbed",
            "has climbed",
            "reached",
            "has reached",
            "stands",
            "stood",
            "now stands",
            "increased",
            "has increased",
            "jumped",
            "is",
            "was",
            "hit",
            "has hit",
            "grew",
            "has grown",
            "rises",
        ],
    },
    macros={
        # "Russian soldiers", "innocent civilians", "people", or a side alone ("Ukrainian prisoners")
        "VICTIMS": (
            r"(?:(?P<side>\L<side>)(?:\s+(?:[\w-]+\s+){0,2}?(?P<victims>\L<victim>))?"
            r"|(?:[\w-]+\s+){0,2}?(?P<victims>\L<victim>))(?!\w)"
            # "residents of Mariupol", "defenders of the Azovstal plant"
            r"(?:\s+(?:of|in|from|at)\s+(?:the\s+)?{NAME}(?:\s+\L<place>(?!\w))?)?"
        ),
        # "are believed to have been", "were reported to have"
        "HEDGE": r"(?:\L<aux>\s+){0,2}\L<hedge>\s+to\s+have\s+(?:been\s+)?",
        # A gap does not cross a verb of harm either ("two people died and several soldiers were wounded").
        "GAP_STOP_MORE": (
            r"\L<harmed>|\L<died>|\L<harming>"
            # "killed four children and injured six": "and" before a verb of harm opens a clause
            r"|(?:and|or)(?=\s+(?:\L<harmed>|\L<died>|\L<harming>)(?![\w-]))"
        ),
        # An institution after the victims ("staff members of the International Committee of the Red Cross").
        "ORG": r"(?:(?:of|from|at|with)\s+(?:the\s+)?{NAME}(?:\s+(?:of|for)\s+(?:the\s+)?{NAME})?\s+)?",
        # The people a count counts, named or not: "Russian soldiers", "staff members of the ICRC".
        "WHO": r"(?:{VICTIMS}\s+)?{REL_GAP}{ORG}",
        # The people, then the auxiliaries of a passive: after words in a gap a participle
        # needs one ("300 children from displaced families" is no count of the displaced).
        "WHO_AUX": (
            r"(?:{VICTIMS}\s+)?(?:(?:of\s+(?:them|whom|those)\s+)?(?:{HEDGE}|{AUX})"
            r"|{REL_GAP}{ORG}(?:{HEDGE}|(?:\L<aux>\s+){1,4}))"
        ),
        # One word of a singular noun phrase ("a police lieutenant from Kirovohrad region", "a three-year-old").
        "ONEWORD": (
            r"(?:(?!(?:\L<single>|the|this|that|these|those|his|her|their|its|and|or|\L<finite>|\L<clause_word>"
            r"|\L<aux>|\L<harmed>|\L<died>|\L<harming>)(?![\w-]))\p{L}[\p{L}\p{M}'’-]*+"
            r"|(?:\d{1,3}|{NUM})-(?:years?|months?|weeks?|days?)-old)"
        ),
        # A singular noun phrase counts one: "a civilian", "another employee".
        # The victims word may be followed by a place ("an elderly woman from Kozacha Lopan").
        "ONE": (
            r"(?<![\w-])(?!\L<bound>\s)(?P<count>\L<single>)\s+"
            r"(?:(?:{ONEWORD}\s+){0,3}?(?P<victims>\L<victim>)(?![\w-])"
            r"(?:\s+(?:from|of|in|at|near)\s+(?:the\s+)?{NAME}(?:\s+\L<place>)?(?![\w-])){0,2}"
            r"|(?:{ONEWORD}\s+){0,4}{ONEWORD}(?![\w-]))"
        ),
        # Several add up: "a mother and her baby", "a civilian and a child".
        "ONES": (
            r"(?:{FAMILY}|{ONE}|{THE_ROLE})(?:\s+and\s+(?!(?:\L<single>\s+)?(?:[\w-]+\s+)?\L<not_one>(?![\w-]))"
            r"(?P<count>\L<single>|\L<poss_one>)\s+(?:{ONEWORD}\s+){0,3}"
            r"(?:(?P<victims>\L<victim>)|{ONEWORD})(?![\w-])|{MORE_ONES})*"
            # "a passer-by and an unknown number of residents": the vague part counts no one
            r"(?:\s+and\s+(?:(?:an?\s+)?(?:unknown|unspecified|undisclosed|unconfirmed|undetermined)\s+number|several|many|dozens|scores|hundreds)"
            r"(?:\s+(?:of\s+)?[\w-]+){0,2}?\s+(?:others|people|residents|civilians|\L<victim>)(?![\w-]))?"
        ),
        # "the number of people who have fled Ukraine for Poland ... passed"
        "NUMBER_OF": (
            r"(?<!\w)number\s+of\s+(?:[\w-]+\s+){0,5}?(?:(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:been\s+)?)?"
            r"(?P<category>\L<harmed>|\L<died>)(?![\w-])(?:\s+[\w,'’-]+){0,20}?\s+"
        ),
        # A comma aside between a count and its verb: "25 people, including 5 children, were
        # killed", "Three women and seven men, one of them a monk, died"
        "ASIDE": (
            r",\s*(?:(?:{NUM}|some|most|many|all|several|none)\s+of\s+(?:them|whom)"
            r"|including|among\s+them|mostly|mainly|most\s+of\s+them|many\s+of\s+them"
            # an apposition that names the people: "three passengers, a man and two women aged 49 and 51, were hurt"
            r"|an?)"
            r"(?:\s+(?!\L<finite>(?![\w-]))[\w'’\p{Co}-]+){1,9},\s*"
        ),
        # Counts of several groups with one verb: "49 civilians and 15 soldiers", "Two soldiers in
        # Mali and three civilians in Burkina Faso"; each group is an event of its own.
        # Not a part after "including": "25 people, including 5 children, were killed" (the rule "part" reads it)
        "NOT_PART": (
            r"(?<!(?<!\w)(?:including|incl\.|among\s{1,3}them|among\s{1,3}whom|of\s{1,3}whom|of\s{1,3}them)\s{1,5})"
            r"(?<!\L<bound>\s{1,5})"
        ),
        "COORD": r"{NOT_PART}(?<![\w,.])"
        r"{QTY}\s+{VICTIMS}(?:\s*,\s*{QTY}\s+{VICTIMS}){0,4},?\s+and\s+{QTY}\s+{VICTIMS}",
        # What else "and" may join to a singular noun phrase: "his two sons", "four students",
        # "seven members of his family", "two of his guards", "the driver".
        "MORE_ONES": (
            r"\s+and\s+(?:(?:his|her|their|its)\s+)?(?P<count>{NUM})\s+(?:of\s+(?:his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?P<victims>\L<victim>)(?:\s+of\s+(?:his|her|their|its)\s+family)?(?![\w-])"
            r"|\s+and\s+(?P<count>\L<the_one>)\s+(?:{ONEWORD}\s+){0,2}?\L<one_role>(?![\w-])"
        ),
        # "a family of five"
        "FAMILY": r"(?<![\w-])(?:an?|the|whole|entire)\s+(?:[\w-]+\s+)?family\s+of\s+(?P<count>{NUM})(?![\w-])",
        # "the driver", "the village administrator": one person, by a role only one holds
        "THE_ROLE": r"(?<![\w-])(?P<count>\L<the_one>)\s+(?:(?!\L<finite>\s){ONEWORD}\s+){0,2}?\L<one_role>(?![\w-])",
        # "one of the four soldiers": the partitive counts its part, not the group
        "OF_N": r"(?:of\s+(?:the|these|those)\s+{NUM}\s+)?",
        # "394 and 376 protesters", "at least 530 and nearly 500 protesters"
        "RESP_COUNTS": (
            r"{QTY}(?:\s*,\s*(?:\L<bound>\s+)?(?P<count>{NUM}))*,?\s+and\s+(?:\L<bound>\s+)?(?P<count>{NUM})\s+(?:{VICTIMS}\s+)?"
        ),
        "PROSPECT": r"(?:could|may|might|will|would|is\s+expected\s+to|is\s+likely\s+to)\s+",
    },
    rules=[
        # "25 soldiers who had tried to surrender were killed": words may stand between count and verb.
        Rule(
            "count_passive",
            # "the war has killed" is active: a perfect auxiliary right before the participle is no passive
            r"{NOT_PART}{QTY}\s+{OF_N}{WHO_AUX}(?<!(?<!\w)(?:has|have|had)\s)"
            # a comma right before the verb closes an aside the count stands in ("a man and two women, were hurt")
            r"(?<!,\s{1,3}(?:(?:were|was|are|is|been|be|being|also|all|later|seriously|badly|slightly|lightly|less)\s{1,3}){1,4})"
            r"(?P<category>\L<harmed>)(?!\w)",
        ),
        # "25 people, including 5 children, were killed", "Nine people, seven of them children, died"
        Rule(
            "count_aside",
            r"{QTY}(?:\s+{VICTIMS})?{ASIDE}(?:(?:{HEDGE}|(?:\L<aux>\s+){1,4})(?P<category>\L<harmed>)"
            r"|(?:{HEDGE}|(?:\L<aux>\s+){0,2})(?P<category>\L<died>))(?!\w)",
        ),
        # Several groups, one verb: "Three SDF members and 2 tribal fighters were killed",
        # "killing five soldiers and four civilians", "left six soldiers and nine insurgents dead"
        Rule(
            "coord",
            r"{COORD}(?:{ASIDE}|\s+)(?:(?:{HEDGE}|(?:\L<aux>\s+){0,4})(?<!(?<!\w)(?:has|have|had)\s)(?P<category>\L<harmed>)"
            r"|(?:{HEDGE}|(?:\L<aux>\s+){0,2})(?P<category>\L<died>))(?!\w)",
            each=True,
        ),
        Rule(
            "verb_coord",
            r"(?<!\w)(?:(?P<category>\L<harming>)\s+{COORD}|(?:left|leaving|leaves)\s+{COORD}\s+(?P<category>\L<left_as>))(?![\w-])",
            each=True,
        ),
        # "Twenty children were among the dead", "Ten aid workers were among those killed"
        Rule(
            "among_dead",
            r"(?:{QTY}\s+(?:{VICTIMS}\s+)?{ORG}(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?"
            r"(?:(?P<category>\L<among_cat>)|(?:[\w,'’-]+\s+){0,5}?(?P<category>\L<harmed>))"
            # "A police lieutenant was among those killed" (but not "among 6 people killed": a part of them)
            r"|{ONES}\s+(?:was|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(?P<category>\L<among_cat>|\L<harmed>))(?!\w)",
        ),
        # "One of the wounded later died in hospital"
        Rule(
            "of_the_harmed",
            r"{QTY}\s+of\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:\L<casualty_noun>|\L<harmed>)\s+(?:\L<aux>\s+){0,3}"
            r"(?P<category>\L<died>)(?!\w)",
        ),
        Rule(
            "count_verb",
            r"{NOT_PART}{QTY}\s+{OF_N}{WHO}(?:{HEDGE}|(?:\L<aux>\s+){0,2})(?P<category>\L<died>)(?!\w)"
            # "six servicemen who had surrendered", "as they surrendered": who they were, not a capture
            r"(?<!(?:who|they)\s{1,3}(?:(?:had|have|also|all|later)\s{1,3}){0,3}surrendered)",
        ),
        # "killing 3 vendors and a monk", "killing two fighters and the driver": the singular adds one
        Rule(
            "verb_count",
            r"(?<!\w)(?P<category>\L<harming>)\s+{QTY}(?:\s+{VICTIMS})?(?![\w-])"
            r"(?:\s+and\s+(?:(?P<count>\L<single>)\s+(?:{ONEWORD}\s+){0,2}?(?P<victims>\L<victim>)"
            r"|(?P<count>\L<the_one>)\s+(?:{ONEWORD}\s+){0,2}?(?:\L<one_role>|(?P<victims>\L<victim>)))(?![\w-]))?",
        ),
        # Singular counts: "A civilian was killed", "killing a mother and her baby", "injuring another".
        # a participle needs its auxiliary here: "a charity supporting displaced families" counts no one
        Rule(
            "one_passive",
            r"(?:{ONES}|(?<![\w-])(?P<count>another)(?=\s+\L<aux>\s))\s+(?:{HEDGE}|(?:\L<aux>\s+){1,4})(?P<category>\L<harmed>)(?!\w)",
        ),
        Rule("one_verb", r"{ONES}\s+(?:{HEDGE}|(?:\L<aux>\s+){0,2})(?P<category>\L<died>)(?!\w)"),
        Rule(
            "verb_one",
            r"(?<!\w)(?P<category>\L<harming>)\s+(?:{ONES}|(?P<count>another)(?![\w-])(?!\s+{NUM}))",
        ),
        # A second figure whose people are elided takes them from the figure before it: "100 North
        # Korean soldiers have been killed and another 1,000 wounded", "nine soldiers were killed
        # and five others wounded" (the wounded are soldiers too). Not the side: a figure before it
        # with no side would leave the field empty, and the event would be dropped.
        Rule(
            "and_others",
            r"(?<!\w)and\s+(?:(?:another|a\s+further)\s+{QTY}|{QTY}\s+(?:others|more))\s+(?:\L<aux>\s+){0,3}"
            r"(?P<category>\L<harmed>)(?!\w)",
            inherits=("victims",),
        ),
        # A part of the total just before: "5,614 deaths, including 362 children", "among them a three-year-old".
        Rule(
            "part",
            r"(?<!\w)(?:including|incl\.|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+"
            r"(?>{QTY}(?:\s+{VICTIMS})?|{ONES})(?![\w-])"
            # not an aside in a clause of its own: "five, including a child, were pulled out alive"
            r"(?!\s*,\s*\L<finite>\s+(?:\L<aux>\s+){0,2}(?!(?:\L<harmed>|\L<died>)(?![\w-])))",
            inherits=("category",),
            part=True,
        ),
        # A total restated before its parts: "Of the 4,989 people held on Sunday, 13 were journalists",
        # "Of the 7,531 people moved out so far, 568 are children" (the category of the figure before)
        Rule(
            "of_the_total",
            r"(?<![\w-])of\s+the\s+{QTY}\s+(?:{VICTIMS}\s+)?(?:(?P<category>\L<harmed>)|\L<held>|moved\s+out|taken\s+out)(?![\w-])"
            r"(?=[^,;:.]{0,60},)",
            inherits=("category",),
        ),
        # "30,415 people, 7,670 of them children"
        Rule(
            "part_of_them",
            r"{QTY}\s+of\s+(?:them|whom)\s+(?:(?:were|are)\s+)?{VICTIMS}(?![\w-])",
            inherits=("category",),
            part=True,
        ),
        # "More than 1,000 of them were held in Moscow"
        Rule(
            "part_held",
            r"{QTY}\s+of\s+(?:them|whom|those|these)\s+{AUX}\L<held>(?![\w-])",
            inherits=("category",),
            part=True,
        ),
        # "Among the dead is the deputy commander", "among the wounded were two children"
        Rule(
            "among_the",
            r"(?<!\w)among\s+(?:the\s+)?(?P<category>\L<among_cat>)\s+"
            r"(?:(?P<count>\L<be_one>)(?=\s+(?:a|an|the|his|her|their|its)\s)"
            r"|(?:are|were)\s+(?:{QTY}(?:\s+{VICTIMS})?|{ONES}))(?![\w-])",
        ),
        # "In Moscow and St Petersburg, 394 and 376 protesters were detained respectively"
        Rule(
            "respectively",
            # "riot police detained at least 530 and nearly 500 protesters respectively"
            r"(?:(?<!\w)(?P<category>\L<harming>)\s+{RESP_COUNTS}respectively"
            r"|{RESP_COUNTS}(?:respectively,?\s+{AUX}(?P<category>\L<harmed>)"
            r"|{AUX}(?P<category>\L<harmed>)(?:\s+(?:[\w-]+|{NUM})){0,5}?,?\s+respectively))(?!\w)",
            each=True,
        ),
        # Infobox and bullet lines: "• Killed: 10,582", "Refugees recorded in Poland: 1.2 million"
        Rule(
            "label",
            r"(?<![^\n])[^\S\n]{0,8}(?:[-–—•●▪*·][^\S\n]{0,4})?(?:(?P<victims>\L<victim>)\s+|(?P<side>\L<side>)\s+)?"
            r"(?:[\p{L}'’-]+\s+){0,3}?(?P<category>\L<label>)(?:\s+[\p{L}'’-]+){0,6}?[^\S\n]*(?::|[–—]|(?<=\s)-(?=\s))[^\S\n]*{QTY}(?![\w-])",
        ),
        # "The number of Russian servicemen killed ... has risen to 89", "... could reach 5 million"
        Rule(
            "number_of",
            r"{NUMBER_OF}(?:\L<toll_verb>|{PROSPECT}(?:reach|rise\s+to|climb\s+to|grow\s+to|hit))"
            r"\s+(?:to\s+|at\s+)?{QTY}(?![\w-])",
        ),
        # "a report that put the number of Russian servicemen killed in the battle at 21"
        Rule(
            "number_of_at",
            r"(?<!\w)(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:the\s+)?{NUMBER_OF}at\s+{QTY}(?![\w-])",
        ),
        Rule(
            "number_of_passed",
            r"{NUMBER_OF}(?:\L<toll_passed>|{PROSPECT}(?:pass|exceed|top|surpass))\s+{QTY}(?![\w-])",
            values={"bound": "at_least"},
        ),
        # "The fate of another 35 residents remains unknown"
        Rule(
            "fate_unknown",
            r"(?<!\w)(?:fate|whereabouts)\s+of\s+(?:(?:another|a\s+further|the\s+other|the\s+remaining)\s+)?"
            r"{QTY}\s+{WHO}(?:(?:remains?|remained|\L<aux>)\s+){1,3}(?:unknown|unclear|not\s+known|uncertain)(?!\w)",
            values={"category": "missing"},
        ),
        # "3,392 Ukrainian servicemen remained in its captivity"
        Rule(
            "in_captivity",
            r"{QTY}\s+{WHO}(?:(?:\L<aux>|\L<in_captivity>)\s+){1,4}in\s+(?:[\w-]+\s+){0,2}?captivity(?!\w)",
            values={"category": "captured"},
        ),
        # "Two of his colleagues suffered severe injuries"
        Rule(
            "suffered",
            r"{QTY}\s+{WHO}(?:\L<aux>\s+){0,2}\L<suffered>\s+(?:[\w-]+\s+){0,2}?\L<wounds>(?!\w)",
            values={"category": "injured"},
        ),
        Rule(
            "one_suffered",
            r"{ONES}\s+(?:\L<aux>\s+){0,2}\L<suffered>\s+(?:[\w-]+\s+){0,2}?\L<wounds>(?!\w)",
            values={"category": "injured"},
        ),
        # "temporary accommodation centres house 30,415 people"
        Rule(
            "sheltered",
            r"(?<!\w)\L<shelter_place>(?:\s+(?:in|across)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:\L<aux>\s+){0,2}"
            r"\L<house_verb>\s+{QTY}(?:\s+{VICTIMS})?(?![\w-])",
            values={"category": "displaced"},
        ),
        # A noun may name the victims too ("562 Russian POWs", "5.6 million refugees").
        Rule(
            "count_noun",
            r"{QTY}\s+(?:(?:more|other)\s+)?(?:{VICTIMS}\s+)?(?:(?=(?P<victims>\L<victim>)(?!\w)))?(?P<category>\L<casualty_noun>)(?!\w)",
        ),
        Rule(
            "toll",
            r"(?<!\w)(?P<category>\L<toll>)(?:\s+[\w,'’-]+){0,10}?\s+\L<toll_verb>\s+(?:to\s+|at\s+)?{QTY}(?![\w-])",
        ),
        # "the number of refugees has passed 4 million"
        Rule(
            "toll_passed",
            r"(?<!\w)(?P<category>\L<toll>)(?:\s+[\w,'’-]+){0,10}?\s+\L<toll_passed>\s+{QTY}(?![\w-])",
            values={"bound": "at_least"},
        ),
        # "a death toll of 21", "put the death toll at 35"
        Rule("toll_of", r"(?<!\w)(?P<category>\L<toll>)\s+(?:of|at)\s+{QTY}(?![\w-])"),
        # "raising the death toll to 21", "brought the number of injured to 40"
        Rule(
            "toll_to",
            r"(?<!\w)\L<toll_raise>\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<category>\L<toll>)(?:\s+[\w'’-]+){0,5}?\s+to\s+{QTY}(?![\w-])",
        ),
        # "claimed 1,400 lives", "1,400 civilian lives were lost"
        Rule(
            "lives",
            r"(?:(?<!\w)\L<took_lives>\s+{QTY}\s+(?:{VICTIMS}\s+)?lives|{QTY}\s+(?:{VICTIMS}\s+)?lives\s+{AUX}lost)(?!\w)",
            values={"category": "killed"},
        ),
        Rule("left_as", r"(?<!\w)(?:left|leaving|leaves)\s+{QTY}\s+(?:{VICTIMS}\s+)?(?P<category>\L<left_as>)(?!\w)"),
        Rule(
            "took_prisoner",
            r"(?<!\w)(?:took|taken|take|taking)\s+{QTY}\s+(?:{VICTIMS}\s+)?(?:prisoner|prisoners|captive)(?!\w)",
            values={"category": "captured"},
        ),
        Rule(
            "forced_to_flee",
            r"(?<!\w)(?:forced|forcing|forces|driven|drove)\s+{QTY}\s+(?:{VICTIMS}\s+)?(?:to\s+flee|from\s+their\s+homes|out\s+of\s+their\s+homes)",
            values={"category": "displaced"},
        ),
    ],
    vetoes=[
        Veto("unit", r"{UNIT_VETO}"),
        # "a 1,300-kilometer-long border", "a 59-year-old man"; "twenty-five" is one number
        Veto("compound", r"{NUM}-(?=\p{L})[\w-]+"),
        # "captured 12 Russian tanks", "destroyed 600 armoured vehicles"
        Veto("materiel", r"{NUM}\s+(?:(?:\L<side>|\L<materiel_mod>|\w+-made|\p{L}+-\d+\w*)\s+){0,2}\L<materiel>(?!\w)"),
        # "captured a Russian tank", "killing a number of people": "a" counts no one here
        Veto(
            "thing_one",
            r"(?<![\w-])\L<single>\s+(?:(?:\L<side>|\L<materiel_mod>|[\w-]+)\s+){0,2}?"
            r"(?:\L<materiel>(?![\w-])(?!\s+(?:of\s+)?(?:[\w-]+\s+)?\L<victim>(?!\w))|\L<not_one>(?![\w-]))",
        ),
        # "fighting in 2014 displaced thousands"
        Veto(
            "year",
            r"(?<!\w)(?:in|since|until|till|during|by|from|of)\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?"
            r"(?:(?-i:\p{Lu})\p{L}+\s+)?(?:19|20)\d\d(?![\d,.]?\d)",
        ),
        # "Three women and seven men, one of them a monk, died": an aside inside the subject
        # counts no one of its own
        # "One of the four soldiers there was wounded": the group a partitive picks from is no count
        Veto(
            "partitive_group",
            r"(?<=(?:\d|\p{Co}|some|none|each|all|most|many|several|both|any)\s{1,3}of\s{1,3}(?:the|these|those)\s{1,3}){NUM}",
        ),
        Veto(
            "aside_part",
            # but children are the part a report singles out ("killed 21 people, three of them children, ...")
            r"(?<=,\s{0,3}){NUM}\s+of\s+(?:them|whom)\s+(?!(?:\L<minors>)(?![\w-]))[^,;:.()]{1,40},",
        ),
        # "16 of them members of one family ... died", "members of two families were killed": a count
        # of families is no count of people
        Veto("families", r"{NUM}\s+(?:single\s+|whole\s+|entire\s+)?(?:family|families|household|households)(?![\w-])"),
        # "men aged 18 to 60"
        Veto("age", r"(?<!\w)(?:aged|ages(?:\s+of)?)\s+(?:between\s+)?{NUM}(?:\s*(?:-|–|to|and)\s*{NUM})?"),
        # "up to 80,000 people could be displaced", "as many as 30 may have died": a forecast
        # or a guess, kept as possible
        Veto(
            "forecast",
            r"{NUM}(?:\s+[\w-]+){0,3}?\s+\L<modal>\s+(?:\w+\s+)?(?:be|have)\s",
            status="possible",
        ),
        # "could kill thousands", "is expected to displace 5,000"
        Veto("prospect", r"(?<!\w)\L<modal>", before=True, status="possible"),
        # "threatened to kill 500 defenders"
        Veto("intent", r"(?<!\w)\L<intent>", before=True, status="planned"),
    ],
    context=[
        Context(
            "according_to", r"(?<!\w)according\s+to\s+(?P<source>[^,.;:()“”\"«»]{2,80}?)(?=\s*[,.;:()“”\"«»]|\s*$)"
        ),
        Context(
            "name_said",
            r"(?P<source>{NAME})\s+(?:has\s+|have\s+|had\s+)?\L<say>(?!\w)",
        ),
        Context(
            "speaker_said",
            r"(?<![\w-])(?P<source>(?:(?:the|its|their|a)\s+)?(?:[\p{L}'’-]+\s+){0,3}?\L<speaker>)"
            r"\s+(?:has\s+|have\s+|had\s+)?\L<say>(?!\w)",
        ),
        Context(
            "said_name",
            r"(?<!\w)(?:said|says|reported|announced|wrote|added|stated|claimed|confirmed)\s+(?P<source>{NAME})"
            # "..., said Zelensky." but not "says Ukrainian forces have ..."
            r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|during|late|early)\s)",
        ),
    ],
)
