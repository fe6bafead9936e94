"""The Russian pack."""

from conflictevents.pack import Pack

from . import age_bracket, casualty, decree, exemption, lexicon, quota

PACK = Pack(
    code="ru",
    name="Russian",
    numbers=lexicon.NUMBERS,
    dates=lexicon.DATES,
    rulesets=[r.RULES for r in (decree, quota, age_bracket, casualty, exemption)],
    lists=lexicon.LISTS,
    tables=lexicon.TABLES,
    macros=lexicon.MACROS,
    vetoes=lexicon.VETOES,
    abbreviations=lexicon.ABBREVIATIONS,
    corpus=f"{__name__}.corpus",
    stopwords=lexicon.STOPWORDS,
)
