"""The entry point most users need: :func:`extract`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from .model import EVENT_TYPES, Document, Event
from .registry import compiled_pack

__all__ = ["extract", "parse_published"]


def parse_published(published: _dt.date | str | None) -> _dt.date | None:
    """A publication date from a ``date``, a ``datetime`` or an ISO string (``YYYY-MM-DD``)."""
    if published is None or published == "":
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    if isinstance(published, str):
        try:
            return _dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise ValueError(f"invalid publication date {published!r}: expected YYYY-MM-DD") from None
    raise TypeError(f"publication date must be a date or an ISO string, not {type(published).__name__}")


def _type_names(types: Iterable[str | type[Event]] | None) -> list[str] | None:
    if types is None:
        return None
    names = []
    for t in types:
        name = t if isinstance(t, str) else getattr(t, "type", "")
        if name not in EVENT_TYPES:
            raise ValueError(f"unknown event type {t!r}; known: {', '.join(EVENT_TYPES)}")
        names.append(str(name))
    return names


def extract(
    text: str,
    *,
    lang: str,
    published: _dt.date | str | None = None,
    types: Iterable[str | type[Event]] | None = None,
) -> Document:
    """Extract the events of one document.

    :param text: the document's text; event spans index into it.
    :param lang: the code of an installed pack, e.g. ``"en"``.
    :param published: the publication date that relative dates resolve against
        ("on Thursday (31)", "today"); without it such dates are ``None``.
    :param types: run only these extractors, by name (``"casualty"``) or class
        (:class:`~conflictevents.model.Casualty`); all by default.
    :raises TypeError: if ``text`` is not a ``str``.
    :raises ValueError: if ``published`` is not a valid date.
    :raises UnknownLanguageError: if no pack is installed for ``lang``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    date = parse_published(published)
    names = _type_names(types)
    pack = compiled_pack(lang)
    return Document(lang=lang, published=date, events=tuple(pack.extract(text, date, names)))
