"""Properties that hold for any text: no exception, spans that hold their text, determinism."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents import extract, languages
from tests.strategies import NEWSY

TEXT = st.one_of(st.text(max_size=300), NEWSY)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.sampled_from(languages()))
def test_never_raises_and_spans_hold_their_text(text: str, lang: str) -> None:
    doc = extract(text, lang=lang, published="2022-04-02")
    for event in doc.events:
        assert 0 <= event.start < event.end <= len(text)
        assert text[event.start : event.end] == event.text


@settings(max_examples=50, deadline=None)
@given(TEXT)
def test_deterministic(text: str) -> None:
    first = extract(text, lang="en", published="2022-04-02")
    assert extract(text, lang="en", published="2022-04-02") == first
