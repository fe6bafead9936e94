from conflictevents.corpus import example, nothing

EXAMPLES = [
    example(
        "At least one person died and four were injured.",
        {"category": "killed", "count": 1, "bound": "at_least"},
        {"category": "injured", "count": 4, "bound": "exact"},
    ),
    nothing("The convoy drove 300 km to the border."),
]
