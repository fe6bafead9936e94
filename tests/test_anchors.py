"""Anchored matching: what a pattern starts with, and that trying it only there loses nothing."""

from __future__ import annotations

import pytest

from conflictevents import languages
from conflictevents.corpus import load
from conflictevents.engine import _Document
from conflictevents.model import EVENT_TYPES
from conflictevents.numbers import PLACEHOLDER
from conflictevents.prefilter import DIGIT, DIGIT_RUN, UPPER, WORD, read
from conflictevents.registry import compiled_pack


@pytest.mark.parametrize(
    ("pattern", "items"),
    [
        # behind a guard, a list or a word starts a word
        (r"(?<!\w)\L<died>(?!\w)", {("list", "died")}),
        (r"(?<![\w-])(?:took|taken)\s+lives", {("text", "took"), ("text", "taken")}),
        (r"\bkilled", {("text", "killed")}),
        (r"(?<!\w)\w+n't", {WORD}),
        # without one, a list may start inside a word: no anchor
        (r"\L<died>", None),
        (r"(?<![\p{L}])\L<died>", None),
        # a text without a guard is looked for anywhere
        (r"n't\s+be", {("loose", "n't")}),
        # optional parts: what follows may start the match too
        (r"(?<!\w)(?:\L<bound>\s+)?\d+", {("list", "bound"), DIGIT_RUN}),
        (rf"(?:{PLACEHOLDER}++|\p{{Nd}}+)", {("text", PLACEHOLDER), DIGIT}),
        (r"[$€£]\s*\d", {("text", "$"), ("text", "€"), ("text", "£")}),
        (r"(?<![\d.,])[0-3]?\d\s+\L<month>", {DIGIT_RUN}),
        (r"\d+\s+people", {DIGIT}),
        (r"(?<!\p{N})\p{Nd}+", {DIGIT_RUN}),
        (r"(?<!\w)\d+", {DIGIT_RUN}),
        (r"(?<![\d.,]|\p{L}-?)\d{1,3}", {DIGIT_RUN}),  # a lookbehind's branches add their guards up
        (rf"(?<!{PLACEHOLDER}){PLACEHOLDER}++", {("run", PLACEHOLDER)}),
        (r"(?<!-)-+>", {("run", "-")}),
        (r"(?-i:\p{Lu})\w+", {UPPER}),
        (r"(?<!\w)(?:a|\L<b>)|(?<!\w)c", {("text", "a"), ("list", "b"), ("text", "c")}),
        # lookarounds consume nothing; a capital counts only when case does
        (r"(?<!from\s{1,20})(?=\d)\d+", {DIGIT}),
        (r"(?<!a)(?<!\d)b?\d", {("loose", "b"), DIGIT_RUN}),
        (r"\p{Lu}\w+", None),
        # what may match the empty string, or start with any character, has no anchor
        (r"(?<!\w)(?:\L<bound>)?", None),
        (r"\s+killed", None),
        (r"\s*killed", None),  # an optional atom that may start anywhere keeps a literal after it from anchoring
        (r"(?:^|\n)\s*-\s", None),
        (r"[a-z]+", None),
        (r".killed", None),
        (r"(?<!\w)\L<a>|\s", None),
    ],
)
def test_first_items(pattern: str, items: set[tuple[str, ...]] | None) -> None:
    assert read(pattern, len).first == (None if items is None else frozenset(items))


@pytest.mark.parametrize(
    ("pattern", "lists"),
    [
        (r"{QTY}\s+\L<died>", {"died"}),
        (r"(?:\L<a>|\L<b>)\s+\L<c>", {"c"}),  # the smallest requirement (sizes below)
        (r"(?:\L<a>\s+)?x", None),
        (r"(?<=\L<a>)x", None),  # a lookbehind holds no word of the match
    ],
)
def test_required_lists(pattern: str, lists: set[str] | None) -> None:
    sizes = {"a": 5, "b": 5, "c": 3, "died": 9}
    assert read(pattern, lambda name: sizes.get(name, 0)).required == (None if lists is None else frozenset(lists))


def _texts(code: str) -> list[str]:
    """The pack's corpus, positives and negatives, as a few long documents and with odd spacing."""
    sentences = [ex.text for event in EVENT_TYPES for ex in load(code, event)]
    docs = [" ".join(sentences[i : i + 40]) for i in range(0, len(sentences), 40)]
    return [*docs, "\n".join(sentences[:50]).upper(), "\u00a0".join(sentences[50:90])]


@pytest.mark.parametrize("code", languages())
def test_anchored_matching_finds_what_finditer_finds(code: str) -> None:
    """Every pattern of the pack, tried only at its anchors, matches exactly where ``finditer`` does."""
    cp = compiled_pack(code)
    anchored = 0
    for text in _texts(code):
        doc = _Document(cp, text, None, timeout=600)
        for crs in cp.rulesets.values():
            patterns = [p for _, p in crs.rules] + crs.overlap_vetoes + [p for _, p in crs.contexts]
            patterns += [crs.cue] if crs.cue is not None else []
            for pattern in patterns:
                anchored += crs.firsts[id(pattern)] is not None
                expected = [
                    (i, m.span())
                    for i, (s, e) in enumerate(doc.sentences)
                    for m in pattern.finditer(doc.seen_by(pattern), s, e)
                ]
                assert [(i, m.span()) for i, m in doc.hits(crs, pattern)] == expected, pattern.pattern[:200]
    assert anchored > 0


@pytest.mark.parametrize("code", languages())
def test_masking_at_word_starts_masks_what_trying_everywhere_masks(code: str) -> None:
    """The number words found in the pass over the words are all the places worth trying."""
    cp = compiled_pack(code)
    for text in _texts(code):
        anchors = cp.anchors.scan(text)
        assert cp.numbers.mask(text, anchors.of(cp.number_items)) == cp.numbers.mask(text, range(len(text)))
