"""Sentence bounds: the window in which rules, vetoes and context rules look.

The splitter knows punctuation and letter case, not words: a pack lists the
abbreviations whose dot does not end a sentence. A list is one sentence with its
head: a line that ends with a colon and the bulleted or numbered lines after it
("exempted are citizens who work:\n- in IT companies;\n- in banks"), so that what
the head says (the cue, the subject) reaches every item.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .numbers import normalise

__all__ = ["SentenceSplitter"]

# A run of end punctuation (with closing quotes or brackets) before white space
# and an upper-case letter, or a line break. The run is taken whole from its start
# (lookbehind, possessive): a shorter part of it could never match either, and trying
# every part from every position is quadratic in the run's length ("......").
_BOUNDARY = regex.compile(
    r"(?<![.!?…])[.!?…]++[\"”’»)\]]*+(?=\s+[\"“«‘(\[]?\p{Lu})|\n+",
)
_LAST_WORD = regex.compile(r"(\w+)\.?$")
# A list item: a line that starts with a bullet, a dash, or a number with "." or ")".
_ITEM = regex.compile(r"[^\S\n]*+(?:[-–—•·▪‣◦*]|\d{1,2}[.)])\s")
# No window is longer than this: a "sentence" of a megabyte (a table, a page with
# no punctuation) is cut at white space, so that matching time stays linear.
MAX_SENTENCE = 2000


class SentenceSplitter:
    """Splits a text into sentence spans ``(start, end)`` that cover it."""

    def __init__(self, abbreviations: Iterable[str]) -> None:
        self._abbreviations = {normalise(a).rstrip(".") for a in abbreviations}

    def split(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        in_list = False
        for m in _BOUNDARY.finditer(text):
            if m.group().startswith(".") and self._abbreviated(text, start, m.start()):
                continue
            if m.group() == "\n":
                # A list goes on while items follow its head or its last item.
                head = in_list or text[start : m.start()].rstrip().endswith(":")
                in_list = head and _ITEM.match(text, m.end()) is not None
                if in_list:
                    continue
            spans += _bounded(text, start, m.end())
            start = m.end()
        if start < len(text):
            spans += _bounded(text, start, len(text))
        return spans

    def _abbreviated(self, text: str, start: int, dot: int) -> bool:
        word = _LAST_WORD.search(text, max(start, dot - 20), dot)
        if word is None:
            return False
        token = word.group(1)
        # A single capital is an initial ("J. Smith").
        return (len(token) == 1 and token.isupper()) or normalise(token) in self._abbreviations


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)``, cut at white space into pieces of at most :data:`MAX_SENTENCE` characters."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(" ", start + MAX_SENTENCE // 2, limit), text.rfind("\n", start, limit))
        cut = cut + 1 if cut > start else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
