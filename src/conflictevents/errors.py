"""The exceptions this library raises on purpose."""

from __future__ import annotations

__all__ = ["ConflictEventsError", "ExtractionTimeout", "PackError", "UnknownLanguageError"]


class ConflictEventsError(Exception):
    """Base class of every error raised by conflictevents."""


class PackError(ConflictEventsError):
    """A language pack is malformed: the message names the pack and the rule."""


class UnknownLanguageError(ConflictEventsError, LookupError):
    """No pack is installed for the requested language."""


class ExtractionTimeout(ConflictEventsError, TimeoutError):
    """Matching one document took longer than its time budget (a guard against runaway patterns)."""
