"""conflictevents: typed, checkable facts from conflict news.

>>> import conflictevents
>>> doc = conflictevents.extract("At least 12 civilians were killed.", lang="en")
>>> [(e.category, e.count, e.bound, e.victims) for e in doc.events]
[('killed', 12, 'at_least', 'civilian')]
"""

from .api import Number, extract, find_numbers, parse_number
from .errors import ConflictEventsError, ExtractionTimeout, PackError, UnknownLanguageError
from .model import AgeBracket, Casualty, Decree, Document, Event, Exemption, Quota
from .registry import languages

__all__ = [
    "AgeBracket",
    "Casualty",
    "ConflictEventsError",
    "Decree",
    "Document",
    "Event",
    "Exemption",
    "ExtractionTimeout",
    "Number",
    "PackError",
    "Quota",
    "UnknownLanguageError",
    "extract",
    "find_numbers",
    "languages",
    "parse_number",
]

__version__ = "0.1.0"
