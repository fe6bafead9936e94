"""The English pack: shared words in ``lexicon``, one module of rules per event type, examples in ``corpus``,
and ``sample.txt``, running text that language identification learns the language from."""

from importlib.resources import files

from conflictevents.pack import Pack

from . import age_bracket, casualty, decree, exemption, lexicon, quota

PACK = Pack.from_modules(
    "en",
    "English",
    lexicon,
    [decree, quota, age_bracket, casualty, exemption],
    corpus=f"{__name__}.corpus",
    sample=files(__name__).joinpath("sample.txt").read_text(encoding="utf-8"),
)
