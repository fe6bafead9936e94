"""conflictevents: typed, checkable facts from conflict news.

>>> import conflictevents
>>> doc = conflictevents.extract("At least 12 civilians were killed.", lang="en")
>>> [(e.category, e.count, e.bound, e.victims) for e in doc.events]
[('killed', 12, 'at_least', 'civilian')]
"""

from .api import extract
from .errors import ConflictEventsError, PackError, UnknownLanguageError
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
    "PackError",
    "Quota",
    "UnknownLanguageError",
    "extract",
    "languages",
]

__version__ = "0.1.0"
