"""The exceptions this library raises on purpose."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .identify import LangDetails

__all__ = ["ConflictEventsError", "ExtractionTimeout", "PackError", "UnknownLanguageError"]


class ConflictEventsError(Exception):
    """Base class of every error raised by conflictevents."""


class PackError(ConflictEventsError):
    """A language pack is malformed: the message names the pack and the rule."""


class UnknownLanguageError(ConflictEventsError, LookupError):
    """No pack is installed for the requested language, or the text is in none of the installed ones.

    ``details`` says, for a text whose language could not be identified, which pack was
    closest and how sure identification was (``None`` when a code was asked for).
    """

    def __init__(self, message: str, *, details: LangDetails | None = None) -> None:
        super().__init__(message)
        self.details = details


class ExtractionTimeout(ConflictEventsError, TimeoutError):
    """Matching one document took longer than its time budget (a guard against runaway patterns)."""
