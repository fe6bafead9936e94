"""An Esperanto pack for conflictevents, installed as a distribution of its own.

``PACK`` is what the entry point ``eo = "conflictevents_eo:PACK"`` hands to
conflictevents. Everything in it is data: words, tables and patterns. The engine
that runs it is the library's, the same for every language.
"""

from importlib.resources import files

from conflictevents.pack import DateWords, NumberWords, Pack

from . import casualty

_UNITS = ["nul", "unu", "du", "tri", "kvar", "kvin", "ses", "sep", "ok", "naŭ"]
_MONTHS = [
    "januaro",
    "februaro",
    "marto",
    "aprilo",
    "majo",
    "junio",
    "julio",
    "aŭgusto",
    "septembro",
    "oktobro",
    "novembro",
    "decembro",
]
_WEEKDAYS = ["lundo", "mardo", "merkredo", "ĵaŭdo", "vendredo", "sabato", "dimanĉo"]

NUMBERS = NumberWords(
    # Esperanto writes tens and hundreds as one word: "dudek" (20), "tricent" (300).
    values={
        **{word: value for value, word in enumerate(_UNITS)},
        "dek": 10,
        **{word + "dek": 10 * value for value, word in enumerate(_UNITS) if value > 1},
        "cent": 100,
        **{word + "cent": 100 * value for value, word in enumerate(_UNITS) if value > 1},
    },
    scales={"mil": 1000, "miliono": 10**6, "milionoj": 10**6, "miliardo": 10**9, "miliardoj": 10**9},
)

DATES = DateWords(
    months={month: number for number, month in enumerate(_MONTHS, start=1)},
    # "vendredo" (Friday) and "vendredon" (on Friday) are forms of their own.
    weekdays={form: day for day, name in enumerate(_WEEKDAYS) for form in (name, name + "n")},
    relative_days={"hodiaŭ": 0, "hieraŭ": -1, "antaŭhieraŭ": -2, "morgaŭ": 1},
    relative_years={"ĉi-jare": 0, "pasintjare": -1},
    patterns=[
        # "la 2-an de aprilo 2022", "2 de aprilo"
        r"(?:la\s+)?(?P<day>[0-3]?\d)(?:-an?)?\s+de\s+(?P<month>\L<month>)(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?",
        r"(?P<weekday>\L<weekday>)",
        r"(?P<days>\L<rel_day>)",
    ],
)

PACK = Pack(
    code="eo",
    name="Esperanto",
    numbers=NUMBERS,
    dates=DATES,
    rulesets=[casualty.RULES],
    # Words whose final dot ends no sentence: "ekz." (for example), "proks." (about).
    abbreviations=["ekz", "proks"],
    corpus=f"{__name__}.corpus",
    stopwords=["la", "kaj", "estis", "estas", "ke", "ne", "por", "kun", "pri", "laŭ", "ĉe", "ankaŭ", "sed", "kiu"],
    # Running text on many subjects, from which language identification learns Esperanto,
    # and samples of the languages whose words Esperanto's resemble most, which a text in
    # Esperanto could be taken for, and the other way round.
    sample=files(__name__).joinpath("sample.txt").read_text(encoding="utf-8"),
    neighbours={
        code: files(__name__).joinpath("neighbours").joinpath(f"{code}.txt").read_text(encoding="utf-8")
        for code in ("ca", "es", "it", "pt")
    },
)
