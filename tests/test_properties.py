"""Properties that hold for any text: no exception, spans that hold their text, determinism.

And, for every installed pack: odd Unicode anywhere never breaks extraction, and text
put before a sentence moves its events by exactly its length and changes nothing else.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents import Document, extract, languages
from conflictevents.corpus import Example, load
from conflictevents.model import EVENT_TYPES
from tests.strategies import NEWSY, ODD_CHARACTERS, ODD_TEXT, filler

TEXT = st.one_of(st.text(max_size=300), NEWSY)
LANGUAGES = languages()


def _examples(lang: str) -> list[Example]:
    return [ex for event in EVENT_TYPES for ex in load(lang, event)]


EXAMPLES = {lang: _examples(lang) for lang in LANGUAGES}


def _check_spans(text: str, doc: Document) -> None:
    for event in doc.events:
        assert 0 <= event.start < event.end <= len(text)
        assert text[event.start : event.end] == event.text
        assert event.text == event.text.strip()


@settings(max_examples=150, deadline=None)
@given(TEXT, st.sampled_from(LANGUAGES))
def test_never_raises_and_spans_hold_their_text(text: str, lang: str) -> None:
    _check_spans(text, extract(text, lang=lang, published="2022-04-02"))


@settings(max_examples=50, deadline=None)
@given(TEXT)
def test_deterministic(text: str) -> None:
    first = extract(text, lang="en", published="2022-04-02")
    assert extract(text, lang="en", published="2022-04-02") == first


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=40, deadline=None)
@given(text=ODD_TEXT)
def test_odd_unicode_never_raises(lang: str, text: str) -> None:
    _check_spans(text, extract(text, lang=lang, published="2022-04-02"))


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_odd_unicode_inside_news_never_raises(lang: str, data: st.DataObject) -> None:
    """Odd characters put anywhere into the pack's own example sentences, where the rules fire."""
    ex = data.draw(st.sampled_from(EXAMPLES[lang]))
    text = ex.text
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        text = text[:at] + data.draw(st.sampled_from(ODD_CHARACTERS)) + text[at:]
    _check_spans(text, extract(text, lang=lang, published=ex.published))


def _shifted(event: dict[str, Any], by: int) -> dict[str, Any]:
    """The event with its offsets moved: its span, and the total it is a part of."""
    offsets = {k: event[k] + by for k in ("start", "end", "part_of") if event.get(k) is not None}
    return {**event, **offsets}


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_filler_before_a_sentence_only_shifts_its_events(lang: str, data: st.DataObject) -> None:
    ex = data.draw(st.sampled_from(EXAMPLES[lang]))
    before = data.draw(filler(lang))
    alone = extract(ex.text, lang=lang, published=ex.published).as_dict()["events"]
    after = extract(before + ex.text, lang=lang, published=ex.published).as_dict()["events"]
    assert after == [_shifted(e, len(before)) for e in alone]
