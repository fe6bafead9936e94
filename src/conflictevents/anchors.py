"""Where in a document a pattern can start or must look: two scans instead of one per pattern.

Matching a pattern with ``finditer`` tries it at every character of a sentence, and a
pattern that begins with a word list costs a lookup per character. But most patterns
can only start where one of a few *items* stands (see :mod:`.prefilter`): a word of a
list, a literal text, a digit, a capital letter. :class:`AnchorIndex` finds, once per
document, where each item of a pack stands: one pass over the words (each distinct
word looked up once per process) and one over the few characters that items start
with. The engine then tries a pattern only at the positions of its first items, and
only in sentences that hold one of its required lists.

Positions are a superset of where the items really match: a word counts for a list
when the first word of one of the list's entries begins it. The pattern itself, tried
there, has the last word.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping, Sequence

import regex

from .numbers import PLACEHOLDER, normalise
from .prefilter import DIGIT, DIGIT_RUN, UPPER, WORD, Item

__all__ = ["AnchorIndex", "DocumentAnchors"]

_WORD = regex.compile(r"\w+")
# Distinct words remembered per pack, and the longest: a bound on memory, far above a
# language's use (a "word" of a megabyte, in a page without spaces, is not kept).
_MAX_KNOWN = 200_000
_LONGEST_KNOWN = 60


def first_word(entry: str) -> str:
    """The first word of a list entry or text, as looked up ("" if it has none)."""
    m = _WORD.search(normalise(entry))
    return m.group() if m else ""


class AnchorIndex:
    """The items of one pack's patterns, and how to find them in a document."""

    def __init__(self, items: Iterable[Item], lists: Mapping[str, Sequence[str]]) -> None:
        by_word: dict[str, set[Item]] = {}
        #: Items found by a pattern of their own (digits, capitals, symbols, texts inside words).
        self.finders: dict[Item, tuple[regex.Pattern[str], bool]] = {}
        for item in set(items):
            kind = item[0]
            if kind == "list":
                for entry in lists[item[1]]:
                    by_word.setdefault(first_word(entry), set()).add(item)
            elif kind == "text" and _WORD.match(item[1]):
                by_word.setdefault(first_word(item[1]), set()).add(item)
            elif kind in ("text", "loose"):
                # A symbol is found by its first character; a text inside words by itself.
                text = item[1][0] if kind == "text" else item[1]
                self.finders[item] = (regex.compile(regex.escape(text), regex.IGNORECASE), kind == "loose")
            elif kind == "run":
                char = regex.escape(item[1])
                self.finders[item] = (regex.compile(f"(?<!{char}){char}", regex.IGNORECASE), False)
            elif item in _FINDERS:
                self.finders[item] = (_FINDERS[item], False)
        by_word.pop("", None)
        self._by_word = {word: frozenset(found) for word, found in by_word.items()}
        self._lengths = sorted({len(word) for word in self._by_word}, reverse=True)
        self._known: dict[str, tuple[Item, ...]] = {}

    def word_items(self, word: str) -> tuple[Item, ...]:
        """The items whose first word begins ``word``."""
        found = self._known.get(word)
        if found is None:
            folded = normalise(word)
            items: set[Item] = set()
            for length in self._lengths:
                if length <= len(folded):
                    items |= self._by_word.get(folded[:length], frozenset())
            found = tuple(items)
            if len(self._known) < _MAX_KNOWN and len(word) <= _LONGEST_KNOWN:
                self._known[word] = found
        return found

    def scan(self, text: str) -> DocumentAnchors:
        """Where the items that start words stand in ``text`` (the others are found when asked for)."""
        # Each distinct word is looked up once: a text repeats most of its words.
        by_word: dict[str, list[int]] = {}
        for m in _WORD.finditer(text):
            by_word.setdefault(m.group(), []).append(m.start())
        positions: dict[Item, list[int]] = {}
        for word, starts in by_word.items():
            for item in self.word_items(word):
                positions.setdefault(item, []).extend(starts)
        return DocumentAnchors(self, text, positions)  # the lists are sorted when first used


# Items of every pack found by one pattern: any word's start, a digit, the first digit of
# a run, a capital letter.
_FINDERS: dict[Item, regex.Pattern[str]] = {
    WORD: _WORD,
    DIGIT: regex.compile(r"\p{Nd}"),
    DIGIT_RUN: regex.compile(r"(?<!\p{Nd})\p{Nd}"),
    UPPER: regex.compile(r"\p{Lu}"),
}


class DocumentAnchors:
    """The positions of a pack's items in one document."""

    def __init__(self, index: AnchorIndex, text: str, positions: dict[Item, list[int]]) -> None:
        self._index = index
        self._text = text
        # Positions of words found in the text, perhaps before masking (see _unmasked).
        self._found = positions
        self._positions: dict[Item, list[int]] = {}
        self._merged: dict[frozenset[Item], list[int]] = {}

    def after_masking(self, masked: str, spans: Sequence[tuple[int, int]]) -> DocumentAnchors:
        """The positions in ``masked``, this text with ``spans`` masked (see :meth:`.NumberGrammar.mask`).

        Masked spans are whole words, so the words outside them stand where they
        stood. (A span that a word continues after, as in "100k_x", starts a word that
        was not there: the masked text is then read again.)
        """
        if any(end < len(masked) and _WORD.match(masked, end) for _, end in spans):
            return self._index.scan(masked)
        return DocumentAnchors(self._index, masked, self._found)

    def _unmasked(self, positions: list[int]) -> list[int]:
        """``positions`` without those inside a masked span.

        A word starts with a word character, never with the placeholder, so a word start
        that now holds the placeholder was masked: one look per position.
        """
        text = self._text
        return [p for p in positions if text[p] != PLACEHOLDER]

    def _of_item(self, item: Item) -> list[int]:
        found = self._positions.get(item)
        if found is None:
            if item in self._found:
                self._found[item].sort()
                found = self._unmasked(self._found[item])
            elif item in self._index.finders:
                pattern, overlapped = self._index.finders[item]
                found = [m.start() for m in pattern.finditer(self._text, overlapped=overlapped)]
            else:
                found = []
            self._positions[item] = found
        return found

    def of(self, items: frozenset[Item]) -> list[int]:
        """Sorted positions where any of ``items`` stands."""
        found = self._merged.get(items)
        if found is None:
            lists = [self._of_item(i) for i in items]
            found = lists[0] if len(lists) == 1 else sorted(itertools.chain.from_iterable(lists))
            self._merged[items] = found
        return found

    def within(self, items: frozenset[Item], start: int, end: int) -> list[int]:
        """Sorted positions of ``items`` from ``start`` to before ``end``."""
        found = self.of(items)
        return found[bisect.bisect_left(found, start) : bisect.bisect_left(found, end)]

    def any_within(self, items: frozenset[Item], start: int, end: int) -> bool:
        found = self.of(items)
        i = bisect.bisect_left(found, start)
        return i < len(found) and found[i] < end

    def last_within(self, items: frozenset[Item], start: int, end: int) -> int:
        """The last position of ``items`` from ``start`` to before ``end``; -1 if there is none."""
        found = self.of(items)
        i = bisect.bisect_left(found, end) - 1
        return found[i] if i >= 0 and found[i] >= start else -1
