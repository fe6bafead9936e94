"""Input records, checked before they are extracted, and what became of each.

One check for every source: a line of JSON Lines on the command line and a mapping
handed to :func:`~conflictevents.extract_many` in Python go through
:func:`record_from_mapping`, so both accept the same fields and fail with the same words.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping
from typing import Any

import attrs

from .api import parse_published
from .model import Document

__all__ = ["Record", "RecordError", "RecordResult", "record_from_mapping"]


@attrs.frozen
class Record:
    """One input document, checked and ready to extract."""

    id: str
    text: str
    path: str
    line: int | None = None
    lang: str | None = None
    published: _dt.date | None = None

    def error(self, message: str) -> RecordError:
        """What went wrong with this record, and where it stands."""
        return RecordError(message, doc_id=self.id, path=self.path, line=self.line)


class RecordError(Exception):
    """An input record that cannot be extracted: what was wrong, and where."""

    def __init__(self, message: str, *, doc_id: str, path: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.doc_id = doc_id
        self.path = path
        self.line = line

    def where(self) -> str:
        """``path:line``, or the path alone."""
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def as_dict(self) -> dict[str, Any]:
        """The ``error`` object of the record's output line."""
        out: dict[str, Any] = {"message": self.message, "path": self.path}
        if self.line is not None:
            out["line"] = self.line
        return out

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"


@attrs.frozen
class RecordResult:
    """What became of one record: its :class:`~conflictevents.Document`, or the error that says why there is none.

    Exactly one of ``document`` and ``error`` is set.
    """

    id: str
    document: Document | None = None
    error: RecordError | None = None

    def as_dict(self, *, lang_details: bool = False) -> dict[str, Any]:
        """The record's line in the command line's output: ``{"id", "lang", "events"}``, or
        ``{"id", "events": [], "error"}``.

        With ``lang_details``, a document whose language was identified also has its
        ``"lang_details"`` (:meth:`LangDetails.as_dict <conflictevents.LangDetails.as_dict>`).
        """
        if self.document is None:
            assert self.error is not None  # one of the two is always set
            return {"id": self.id, "events": [], "error": self.error.as_dict()}
        line = {"id": self.id, **self.document.as_dict()}
        if lang_details and self.document.lang_details is not None:
            line["lang_details"] = self.document.lang_details.as_dict()
        return line


def json_type(value: object) -> str:
    """What a value is, in JSON's words ("a number", "an array")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__} object"  # only from Python: JSON has no other values


def _optional_string(record: Mapping[str, Any], key: str) -> str | None:
    """A record's optional string field; ``None`` when absent, null or empty."""
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} is {json_type(value)}, not a string")
    return value


def record_from_mapping(
    record: Mapping[str, Any], fallback_id: str, path: str, line: int | None
) -> Record | RecordError:
    """A record from its fields (``text``, and optionally ``id``, ``lang``, ``published``), or what is wrong with them.

    :param fallback_id: the id of a record that gives none.
    :param path: where the record comes from, for its error.
    :param line: its line (or position) there, for its error.
    """

    def error(message: str, doc_id: str = fallback_id) -> RecordError:
        return RecordError(message, doc_id=doc_id, path=path, line=line)

    raw_id = record.get("id")
    if raw_id is None:
        doc_id = fallback_id
    elif isinstance(raw_id, str):
        doc_id = raw_id
    elif isinstance(raw_id, (int, float)) and not isinstance(raw_id, bool):
        doc_id = json.dumps(raw_id)
    else:
        return error(f"'id' is {json_type(raw_id)}, not a string or a number")
    if "text" not in record:
        return error("record has no 'text'", doc_id)
    text = record["text"]
    if not isinstance(text, str):
        return error(f"'text' is {json_type(text)}, not a string", doc_id)
    published = record.get("published")
    try:
        lang = _optional_string(record, "lang")
        # A date object comes only from Python; JSON gives the ISO string.
        date = parse_published(published if isinstance(published, _dt.date) else _optional_string(record, "published"))
    except ValueError as exc:
        return error(str(exc), doc_id)
    return Record(doc_id, text, path, line, lang, date)
