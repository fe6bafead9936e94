"""Word lists compiled as tries match as ``regex`` named lists do: the longest word first, then shorter ones."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from conflictevents.patterns import compile_pattern, trie

_WORDS = st.lists(st.text(alphabet="abAB-é ", min_size=1, max_size=5), min_size=1, max_size=8)
_TEXT = st.text(alphabet="abAB-é xyz", max_size=12)


@pytest.mark.parametrize("suffix", ["", "b", r"(?!\w)", r"\s+a"])
@given(words=_WORDS, text=_TEXT)
def test_a_trie_matches_as_a_named_list_does(suffix: str, words: list[str], text: str) -> None:
    named = regex.compile(rf"\L<words>{suffix}", regex.IGNORECASE, words=words)
    tried = compile_pattern(rf"\L<words>{suffix}", {"words": words})
    for pos in range(len(text) + 1):
        expected, got = named.match(text, pos), tried.match(text, pos)
        assert (got and got.span()) == (expected and expected.span()), (words, text, pos)


def test_a_trie_shares_prefixes_and_ignores_case() -> None:
    assert trie(("kill", "killed", "Killing")) == "kill(?:ed|ing)?"
    assert trie(("a.b", "a")) == r"a(?:\.b)?"


def test_an_empty_list_matches_nothing_and_an_unknown_one_is_an_error() -> None:
    assert compile_pattern(r"x\L<none>|y", {"none": []}).fullmatch("x") is None
    with pytest.raises(regex.error):
        compile_pattern(r"\L<missing>", {})
