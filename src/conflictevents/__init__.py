"""conflictevents: typed, checkable facts from conflict news.

>>> import conflictevents
>>> doc = conflictevents.extract("At least 12 civilians were killed.", lang="en")
>>> [(e.category, e.count, e.bound, e.victims) for e in doc.events]
[('killed', 12, 'at_least', 'civilian')]

The names below are imported on first use (PEP 562), so that ``import conflictevents``
stays fast: ``regex``, ``attrs`` and the engine load only when they are needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import Number, extract, find_numbers, parse_number
    from .batch import extract_many
    from .errors import ConflictEventsError, ExtractionTimeout, PackError, UnknownLanguageError
    from .identify import LangDetails
    from .model import AgeBracket, Casualty, Decree, Document, Event, Exemption, Quota
    from .records import Record, RecordError, RecordResult
    from .registry import identify_language, languages

__all__ = [
    "AgeBracket",
    "Casualty",
    "ConflictEventsError",
    "Decree",
    "Document",
    "Event",
    "Exemption",
    "ExtractionTimeout",
    "LangDetails",
    "Number",
    "PackError",
    "Quota",
    "Record",
    "RecordError",
    "RecordResult",
    "UnknownLanguageError",
    "extract",
    "extract_many",
    "find_numbers",
    "identify_language",
    "languages",
    "parse_number",
]

__version__ = "0.1.0"

# The module of each public name.
_HOMES = {
    "Number": "api",
    "extract": "api",
    "find_numbers": "api",
    "parse_number": "api",
    "extract_many": "batch",
    "ConflictEventsError": "errors",
    "ExtractionTimeout": "errors",
    "PackError": "errors",
    "UnknownLanguageError": "errors",
    "LangDetails": "identify",
    "AgeBracket": "model",
    "Casualty": "model",
    "Decree": "model",
    "Document": "model",
    "Event": "model",
    "Exemption": "model",
    "Quota": "model",
    "Record": "records",
    "RecordError": "records",
    "RecordResult": "records",
    "identify_language": "registry",
    "languages": "registry",
}


if not TYPE_CHECKING:  # type checkers read the imports above; to them a module __getattr__ would make any name valid

    def __getattr__(name: str) -> object:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module  # noqa: PLC0415  (only once a name is first used)

        value = getattr(import_module(f"{__name__}.{home}"), name)
        globals()[name] = value  # found directly from now on
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
