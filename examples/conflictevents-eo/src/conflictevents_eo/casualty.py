"""Esperanto casualty rules: killed, injured, missing, captured and arrested."""

from conflictevents.pack import Context, Rule, RuleSet, Table, Veto

RULES = RuleSet(
    event="casualty",
    # A sentence without one of these words holds no casualty: the rules do not run on it.
    cue=r"(?<!\w)(?:\L<harmed>|\L<died>|\L<harming>|mortnombro)(?!\w)",
    tables={
        # Passive participles after "estis" ("sep civiluloj estis mortigitaj").
        "harmed": Table(
            "category",
            {
                "killed": ["mortigitaj", "mortigita"],
                "injured": ["vunditaj", "vundita"],
                "captured": ["kaptitaj", "kaptita"],
                "arrested": ["arestitaj", "arestita"],
            },
        ),
        # Verbs whose subject is the count ("tri homoj malaperis", "mortis 40 homoj").
        "died": Table("category", {"killed": ["mortis", "pereis"], "missing": ["malaperis"]}),
        # Verbs whose object is the count, in the accusative ("mortigis tri homojn").
        "harming": Table(
            "category",
            {"killed": ["mortigis"], "injured": ["vundis"], "captured": ["kaptis"], "arrested": ["arestis"]},
        ),
        # Who the victims are; the accusative (-n) is a form of its own.
        "victim": Table(
            "victims",
            {
                "civilian": [
                    *("civiluloj", "civilulojn", "loĝantoj", "loĝantojn", "infanoj", "infanojn"),
                    *("pasaĝeroj", "pasaĝerojn", "ĵurnalistoj", "ĵurnalistojn"),
                ],
                "military": [
                    *("soldatoj", "soldatojn", "militistoj", "militistojn", "batalantoj", "batalantojn"),
                ],
                "unspecified": ["homoj", "homojn", "personoj", "personojn", "aliaj", "aliajn", "viktimoj"],
            },
        ),
        "side": Table("side", {"RU": ["rusaj", "rusajn"], "UA": ["ukrainaj", "ukrainajn"]}),
        "bound": Table(
            "bound",
            {
                "at_least": ["almenaŭ", "pli ol", "minimume"],
                "at_most": ["ĝis", "maksimume", "malpli ol"],
                "approximate": ["ĉirkaŭ", "proksimume", "preskaŭ"],
            },
        ),
    },
    lists={
        # Who a figure is attributed to ("laŭ la regiona guberniestro").
        "speaker": ["guberniestro", "urbestro", "armeo", "ministerio", "polico", "prezidanto", "estro"],
        # Things that are counted but are no people.
        "materiel": [
            *("tankoj", "tankojn", "veturiloj", "veturilojn", "aviadiloj", "aviadilojn"),
            *("dronoj", "dronojn", "raketoj", "raketojn", "domoj", "domojn"),
        ],
    },
    macros={
        # A count with its qualifier, or a range ("inter 10 kaj 15").
        "QTY": (
            r"(?:(?P<bound>\L<bound>)\s+)?"
            r"(?:inter\s+(?P<count>{NUM})\s+kaj\s+(?P<count_max>{NUM})|(?P<count>{NUM}))"
        ),
        "VICTIMS": r"(?:(?P<side>\L<side>)\s+)?(?P<victims>\L<victim>)(?!\w)",
        # "la regiona guberniestro": Esperanto adjectives end in -a.
        "SPEAKER": r"(?:la\s+)?(?:\p{L}+a\s+){0,2}?\L<speaker>(?!\w)",
        # What the engine's {GAP} (words between the parts of a rule) must not cross: a
        # conjunction, a finite verb of another clause, a verb of saying.
        "GAP_STOP": r"(?:kaj|sed|ke|kiam|estis|estas|diris)(?!\w)",
    },
    rules=[
        # "12 soldatoj de la orienta fronto estis mortigitaj": {GAP} lets words stand between.
        Rule("count_passive", r"{QTY}\s+(?:{VICTIMS}\s+)?{GAP}(?:estis|estas)\s+(?P<category>\L<harmed>)(?!\w)"),
        Rule("count_verb", r"{QTY}\s+(?:{VICTIMS}\s+)?(?P<category>\L<died>)(?!\w)"),
        Rule("verb_count", r"(?<!\w)(?P<category>\L<died>|\L<harming>)\s+{QTY}\s+{VICTIMS}"),
        Rule(
            "toll",
            r"(?<!\w)mortnombro\s+(?:\w+\s+){0,2}?(?:atingis|altiĝis\s+al)\s+{QTY}(?![\w-])",
            values={"category": "killed"},
        ),
        # "Mortis 40 homoj, inkluzive de 6 infanoj": a part of the total before it, of its category.
        Rule(
            "part",
            r"(?<!\w)(?:inkluzive\s+de|el\s+kiuj)\s+{QTY}\s+{VICTIMS}",
            inherits=("category",),
            part=True,
        ),
    ],
    vetoes=[
        # "12 rusaj tankoj estis kaptitaj": things counted are no people (a gap would read past them).
        Veto("materiel", r"{NUM}\s+(?:\p{L}+ajn?\s+){0,2}\L<materiel>(?!\w)"),
        # "Ekde 2014 mortis ...": a year next to a verb is no count.
        Veto("year", r"(?<!\w)(?:en|ekde|ĝis|post|dum)\s+(?:19|20)\d\d(?!\d)"),
        # "La armeo neis, ke 30 soldatoj estis kaptitaj": the count after a denial is denied.
        Veto("denial", r"(?<!\w)(?:neis|malkonfirmis),?\s+ke", before=True, status="denied"),
    ],
    context=[
        Context("according_to", r"(?<!\w)laŭ\s+(?P<source>{SPEAKER})"),
        Context("speaker_said", r"(?<!\w)(?P<source>{SPEAKER})\s+diris(?!\w)"),
        Context("said_speaker", r"(?<!\w)diris\s+(?P<source>{SPEAKER})"),
    ],
)
