"""The Ukrainian pack: shared words in ``lexicon``, one module of rules per event type, examples in ``corpus``."""

from conflictevents.pack import Pack

from . import age_bracket, casualty, decree, exemption, lexicon, quota

PACK = Pack.from_modules(
    "uk",
    "Ukrainian",
    lexicon,
    [decree, quota, age_bracket, casualty, exemption],
    corpus=f"{__name__}.corpus",
)
