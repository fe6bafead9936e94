"""The entry point most users need: :func:`extract`."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

import attrs

from .model import EVENT_TYPES, Document, Event
from .registry import chosen_language, compiled_pack, identify_language

__all__ = ["UNDETERMINED", "Number", "extract", "find_numbers", "parse_number", "parse_published"]

#: The language of an empty text read with ``lang="auto"`` (the BCP 47 code).
UNDETERMINED = "und"


# An ISO date, optionally with a time of day (which is ignored): "2022-04-02", "2022-04-02T10:15:00Z".
_ISO_DATE = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})"
    r"(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?"
)


def parse_published(published: _dt.date | str | None) -> _dt.date | None:
    """A publication date from a ``date``, a ``datetime`` or an ISO string (``YYYY-MM-DD``, maybe with a time).

    :raises ValueError: if the string is no such date (the message quotes it).
    :raises TypeError: if ``published`` is neither a date nor a string.
    """
    if published is None or published == "":
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    if isinstance(published, str):
        m = _ISO_DATE.fullmatch(published.strip())
        try:
            if m is None:
                raise ValueError
            return _dt.date.fromisoformat(m.group(1))
        except ValueError:
            raise ValueError(f"invalid publication date {published!r}: expected YYYY-MM-DD") from None
    raise TypeError(f"publication date must be a date or an ISO string, not {type(published).__name__}")


def _type_names(types: Iterable[str | type[Event]] | None) -> list[str] | None:
    if types is None:
        return None
    if isinstance(types, (str, type)):
        one = repr(types) if isinstance(types, str) else types.__name__
        raise TypeError(f"types must be a collection of event types, e.g. [{one}], not one {type(types).__name__}")
    try:
        entries = list(types)
    except TypeError:
        raise TypeError(f"types must be a collection of event types, not {type(types).__name__}") from None
    names = []
    for t in entries:
        if isinstance(t, str):
            name = t
        elif isinstance(t, type) and issubclass(t, Event):
            name = t.type
        else:
            raise TypeError(f"an event type is a name or an Event class, not {type(t).__name__}: {t!r}")
        if name not in EVENT_TYPES:
            raise ValueError(f"unknown event type {t!r}; known: {', '.join(EVENT_TYPES)}")
        names.append(name)
    return names


def _check_timeout(timeout: float | None) -> None:
    if timeout is None:
        return
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"timeout must be a number of seconds, not {type(timeout).__name__}")
    if not timeout > 0:  # also NaN
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")


def _check_text_and_lang(text: object, lang: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a language code (str), not {type(lang).__name__}")


def extract(
    text: str,
    *,
    lang: str = "auto",
    published: _dt.date | str | None = None,
    types: Iterable[str | type[Event]] | None = None,
    timeout: float | None = None,
) -> Document:
    """Extract the events of one document.

    :param text: the document's text; event spans index into it.
    :param lang: the code of an installed pack, e.g. ``"en"``, or ``"auto"`` to
        identify it among the installed packs (the result's ``lang`` says which, and
        its ``lang_details`` how sure that is).
    :param published: the publication date that relative dates resolve against
        ("on Thursday (31)", "today"); without it such dates are ``None``.
    :param types: run only these extractors, by name (``"casualty"``) or class
        (:class:`~conflictevents.model.Casualty`); all by default.
    :param timeout: seconds that matching this text may take (by default 10 s
        plus 20 s per million characters); past it :class:`ExtractionTimeout`
        is raised instead of the call hanging.
    :raises TypeError: if ``text`` or ``lang`` is not a ``str``, or another
        argument is of the wrong type (the message names the type).
    :raises ValueError: if ``published`` is not a valid date (the message quotes
        it), an event type is unknown, or ``timeout`` is not positive.
    :raises UnknownLanguageError: if no pack is installed for ``lang``, or with
        ``"auto"`` when the text is in none of the installed languages or too short
        to tell (the message names the closest pack and lists the installed ones).
    """
    _check_text_and_lang(text, lang)
    date = parse_published(published)
    names = _type_names(types)
    _check_timeout(timeout)
    details = None
    if lang == "auto":
        if not text.strip():
            return Document(lang=UNDETERMINED, published=date, events=())
        details = identify_language(text)
        lang = chosen_language(details)
    pack = compiled_pack(lang)
    events = tuple(pack.extract(text, date, names, timeout))
    return Document(lang=lang, published=date, events=events, lang_details=details)


@attrs.frozen
class Number:
    """A number found in a text, with its span: ``text[start:end]`` reads ``value``."""

    start: int
    end: int
    text: str
    value: float


def find_numbers(text: str, *, lang: str) -> list[Number]:
    """Every number in ``text`` as the pack for ``lang`` reads numbers.

    >>> [(n.text, n.value) for n in find_numbers("Some 134,500 men and 1.3 million women", lang="en")]
    [('134,500', 134500), ('1.3 million', 1300000.0)]
    """
    _check_text_and_lang(text, lang)
    pack = compiled_pack(lang)
    found = []
    for m in pack.number_pattern.finditer(text):
        value = pack.numbers.parse(m.group())
        if value is not None:
            found.append(Number(m.start(), m.end(), m.group(), value))
    return found


def parse_number(text: str, *, lang: str) -> float | None:
    """The value of ``text`` if the whole of it (spaces aside) is one number, else ``None``.

    >>> parse_number("twenty-five thousand", lang="en"), parse_number("134.500", lang="en")
    (25000, 134500)
    """
    _check_text_and_lang(text, lang)
    pack = compiled_pack(lang)
    m = pack.number_pattern.fullmatch(text.strip())
    return None if m is None else pack.numbers.parse(m.group())
