"""Fuzz ``conflictevents.extract`` with every installed pack and random publication dates.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_extract.py -atheris_runs=100000
    python fuzz/fuzz_extract.py -max_total_time=600 -jobs=2 -workers=2    # longer, on two cores
    python fuzz/fuzz_extract.py crash-0123abcd                             # replay one input

An input's first byte picks the language (a pack, or ``"auto"``) and how the rest is
decoded (UTF-8, or UTF-16 that lets lone surrogates through); the next three bytes
pick the publication date (none, any day from 1 January of year 1 to 31 December 9999,
or a day near today); the rest is the text. The corpus starts from the packs' own
example sentences. ``CE_FUZZ_LANGS=en,ru`` fuzzes only those packs (faster to start).

A crash is any exception other than :class:`UnknownLanguageError` for ``"auto"``, or
an event whose span does not hold its text, or a result that is not valid JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator

import atheris
from _common import run  # the script's folder is on sys.path

with atheris.instrument_imports(include=["conflictevents"]):
    from conflictevents import UnknownLanguageError, extract, find_numbers, languages
    from conflictevents.corpus import REFERENCE_DATE, load
    from conflictevents.model import EVENT_TYPES
    from conflictevents.registry import compiled_pack


LANGS = [code for code in os.environ.get("CE_FUZZ_LANGS", ",".join(languages())).split(",") if code]
CHOICES = [*LANGS, "auto"]
NEAR = dt.date(2022, 1, 1)
HEADER = 4


def published(n: int) -> dt.date | None:
    """A publication date from 3 bytes: none, a day anywhere on the calendar, or one near 2022."""
    if n == 0:
        return None
    if n & 0x800000:
        return NEAR + dt.timedelta(days=n % 3000 - 1000)
    return dt.date.fromordinal(1 + n % dt.date.max.toordinal())


def decode(data: bytes, utf16: bool) -> str:
    if utf16 and len(data) % 2 == 0:
        return data.decode("utf-16-le", "surrogatepass")
    return data.decode("utf-8", "replace")


def test_one_input(data: bytes) -> None:
    if len(data) < HEADER:
        return
    lang = CHOICES[data[0] % len(CHOICES)]
    date = published(int.from_bytes(data[1:4], "big"))
    text = decode(data[HEADER:], utf16=bool(data[0] & 0x80))
    try:
        doc = extract(text, lang=lang, published=date)
    except UnknownLanguageError:
        if lang == "auto":
            return
        raise
    assert lang in ("auto", doc.lang)
    assert doc.published == date
    for event in doc.events:
        assert 0 <= event.start < event.end <= len(text), event
        assert text[event.start : event.end] == event.text, event
    json.dumps(doc.as_dict())
    if doc.lang in LANGS:
        for number in find_numbers(text, lang=doc.lang):
            assert text[number.start : number.end] == number.text, number


def seeds() -> Iterator[bytes]:
    """The packs' example sentences, read against the corpus date."""
    near = 0x800000 + ((REFERENCE_DATE - NEAR).days + 1000 - 0x800000 % 3000) % 3000
    assert published(near) == REFERENCE_DATE
    for i, lang in enumerate(LANGS):
        for event in EVENT_TYPES:
            for ex in load(lang, event):
                yield bytes([i]) + near.to_bytes(3, "big") + ex.text.encode("utf-8")


if __name__ == "__main__":
    for code in LANGS:  # compile before fuzzing, not in the first input's time
        compiled_pack(code)
    run("extract", test_one_input, seeds)
