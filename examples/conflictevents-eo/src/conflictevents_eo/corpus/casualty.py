"""Esperanto casualty examples: what each rule must yield, and near misses that must not."""

from conflictevents.corpus import example, nothing

EXAMPLES = [
    # count, victims, "estis" and a participle
    example(
        "Almenaŭ sep civiluloj estis mortigitaj kaj 23 aliaj estis vunditaj, diris la regiona guberniestro.",
        {"category": "killed", "count": 7, "bound": "at_least", "victims": "civilian"},
        {"category": "injured", "count": 23, "bound": "exact", "source": "la regiona guberniestro"},
    ),
    example(
        "Laŭ la ukraina armeo, 32 rusaj soldatoj estis kaptitaj apud Kupjansk.",
        {"category": "captured", "count": 32, "victims": "military", "side": "RU", "source": "la ukraina armeo"},
    ),
    # count, then a verb whose subject it is
    example(
        "Dudek kvin homoj mortis kaj inter 10 kaj 15 homoj malaperis post la inundo.",
        {"category": "killed", "count": 25},
        {"category": "missing", "count": 10, "count_max": 15, "bound": "exact"},
    ),
    # verb first, the count in the accusative
    example(
        "La raketo mortigis tri infanojn kaj vundis dek du aliajn.",
        {"category": "killed", "count": 3, "victims": "civilian"},
        {"category": "injured", "count": 12, "victims": "unspecified"},
    ),
    example(
        "La polico arestis pli ol 200 homojn, laŭ la urba polico.",
        {"category": "arrested", "count": 200, "bound": "at_least", "source": "la urba polico"},
    ),
    # a running total
    example("La mortnombro altiĝis al 41, diris la urbestro.", {"category": "killed", "count": 41}),
    # the veto "year": 2014 is no count, 14 000 is
    example(
        "Ekde 2014 mortis pli ol 14 000 homoj en la regiono.",
        {"category": "killed", "count": 14000, "bound": "at_least"},
    ),
    # words between the count and its verb ({GAP})
    example(
        "12 soldatoj de la orienta fronto estis mortigitaj.",
        {"category": "killed", "count": 12, "victims": "military"},
    ),
    # a part of the total before it
    example(
        "Mortis 40 homoj, inkluzive de 6 infanoj.",
        {"category": "killed", "count": 40},
        {"category": "killed", "count": 6, "victims": "civilian", "part_of": 0},
    ),
    # a denied count is an event, with its status
    example(
        "La armeo neis, ke 30 soldatoj estis kaptitaj.",
        {"category": "captured", "count": 30, "status": "denied"},
    ),
    # near misses
    nothing("12 homoj estis evakuitaj kaj soldatoj estis mortigitaj."),
    nothing("Inkluzive de 6 infanoj."),
    nothing("12 rusaj tankoj estis kaptitaj apud la rivero."),
    nothing("Neniu estis vundita."),
    nothing("La konvojo veturis 300 kilometrojn."),
]
