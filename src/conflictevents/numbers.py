"""The one number layer that every extractor and every pack builds on.

It reads digits in any grouping ("134,500", "134 500", "134.500", "134'500"),
decimals ("1.3", "1,9"), digits with a scale word ("300 thousand", "1,9 млн") and
number words ("one million", "twenty-five thousand"). The words come from the
pack's :class:`~conflictevents.pack.NumberWords`; the notation rules here are the
same for every language.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

import regex

from .pack import NumberWords
from .patterns import compile_pattern

__all__ = ["PLACEHOLDER", "NumberGrammar", "parse_digits"]

#: In the text that rules match, every character of a number that has a word in it
#: ("twenty-five", "300 thousand", "100k") is replaced by this private-use
#: character, so that ``{NUM}`` is a cheap pattern and offsets stay the same.
PLACEHOLDER = "\ue000"

# Separators between groups of three digits: comma, dot, apostrophes, and the
# spaces newspapers use (plain, no-break, narrow no-break, thin).
_GROUP_SEP = r"[,.'’\u0020\u00a0\u202f\u2009]"
_SPACES = "\u0020\u00a0\u202f\u2009'’"

# Not part of a longer token: no letter glued on the left, even over a hyphen
# ("S-400", "Shahed-136"), no digit glued on either side ("2:09"), no decimal
# continuing on the right. A digit and a hyphen before it make a range ("20-25").
DIGITS = (
    r"(?<!\p{L}[-‐‑]?)(?<![\p{N}][.,:])(?<!\p{N})"
    r"(?>\p{Nd}{1,3}(?:" + _GROUP_SEP + r"\p{Nd}{3}(?!\p{Nd}))+(?:[.,]\p{Nd}+)?"
    r"|\p{Nd}+(?:[.,]\p{Nd}+)?)"
    r"(?![.,:]?\p{Nd})"
)


# How far before a number word its number may start ("1,300,000 thousand").
_LOOKBACK = 24
# Longer than any number written in words ("nine hundred and ninety-nine billion ...
# nine hundred and ninety-nine" is 130 characters): a run of number words longer than
# this that makes no number is not tried again from each of its words.
_LONGEST = 300
# The most white space a lookbehind reads back ("hundred  and"): a lookbehind is tried
# at each position, so one that reads a whole run of white space back is quadratic.
_GAP = 20


def parse_digits(token: str) -> float | None:
    """Read a digit token in any common grouping; ``None`` if it is not a number.

    One separator followed by exactly three digits groups thousands ("134.500" is
    134500) unless the integer part is 0; otherwise it is a decimal mark ("1,9").
    """
    token = token.translate({ord(c): None for c in _SPACES})
    if not token or not token[0].isdigit():
        return None
    commas, dots = token.count(","), token.count(".")
    if commas and dots:
        decimal = "," if token.rfind(",") > token.rfind(".") else "."
    elif commas + dots == 0 or commas > 1 or dots > 1:
        decimal = ""
    else:
        sep = "," if commas else "."
        head, tail = token.split(sep)
        decimal = "" if len(tail) == 3 and head != "0" else sep
    grouping = {",", "."} - {decimal}
    digits = "".join(c for c in token if c not in grouping)
    if decimal:
        digits = digits.replace(decimal, ".")
    try:
        return float(digits) if "." in digits else int(digits)
    except ValueError:
        return None


# Typographic apostrophes ("п’ять", "пʼять") read as the plain one.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def normalise(surface: str) -> str:
    """The form under which words are looked up: case-folded, single-spaced."""
    return " ".join(surface.translate(_APOSTROPHES).casefold().split())


# An apostrophe between letters is inside a word ("сім'ї" is no "сім").
_WORD_START = r"(?<!\w)(?<!\p{L}['’ʼ])"
_WORD_END = r"(?!\w)(?!['’ʼ]\p{L})"


def _named(kind: str) -> str:
    return rf"{_WORD_START}\L<{kind}>{_WORD_END}"


class NumberGrammar:
    """A pack's numbers: the ``{NUM}`` pattern and the parser for what it matches."""

    #: Named lists the pattern refers to; :meth:`named_lists` supplies them.
    VALUE, MULT, SCALE, JOIN, ART = "num_value", "num_mult", "num_scale", "num_join", "num_art"
    ONE, PRONOUN = "num_one", "num_pronoun_cue"

    def __init__(self, words: NumberWords) -> None:
        self.words = words
        self._values = {normalise(k): v for k, v in words.values.items()}
        self._mults = {normalise(k): v for k, v in words.multipliers.items()}
        self._scales = {normalise(k): v for k, v in words.scales.items()}
        self._bare = {normalise(k) for k in words.bare_scales}
        # A list the pack leaves empty is left out of the patterns, not written as a
        # branch that never matches: one such branch keeps ``regex`` from skipping to
        # where a match can start, which made them a thousand times slower on blank text.
        have = {name for name, words in self.named_lists().items() if words}

        def any_of(*kinds: str) -> str:
            return "(?:" + ("|".join(rf"\L<{k}>" for k in kinds if k in have) or "(?!)") + ")"

        word = "(?:" + ("|".join(_named(k) for k in (self.VALUE, self.MULT, self.SCALE) if k in have) or "(?!)") + ")"
        grows = rf"{any_of(self.MULT, self.SCALE)}{_WORD_END}"
        article = rf"(?:{_named(self.ART)}\s+(?={grows}))?" if self.ART in have else ""
        # A joiner only follows a multiplier or scale ("hundred and five"), so that
        # "eighteen and twenty-seven" stays two numbers. White space is taken whole
        # (possessive): a word must follow it, and giving it back a character at a time
        # would try the rest again at every character of a long run of it.
        after_growth = rf"(?<={any_of(self.MULT, self.SCALE)}\s{{1,{_GAP}}})"
        joiner = rf"(?:{after_growth}{_named(self.JOIN)}\s++)?" if self.JOIN in have else ""
        join = rf"(?:\s*+[-‐‑]\s*+|\s++{joiner})"
        # "no one", "which one": a pronoun, unless a scale follows ("the one million")
        pronoun = (
            rf"(?!(?<=(?<!\w)\L<{self.PRONOUN}>\s{{1,3}})\L<{self.ONE}>(?!\w)(?!{join}{grows}))"
            if {self.PRONOUN, self.ONE} <= have
            else ""
        )
        words_pattern = rf"{pronoun}{article}{word}(?:{join}{word})*"
        #: A number in the original text: digits, glued or followed by scale words
        #: ("100k", "300 thousand"), or number words; never a part of a longer token ("180ml").
        self.pattern = rf"(?:{DIGITS}(?:\s*+{grows})*(?![\p{{L}}\p{{N}}])|{words_pattern})"
        self.finder = compile_pattern(self.pattern, self.named_lists())
        self._word_hits = compile_pattern(rf"{word}|(?<=\p{{Nd}}){grows}", self.named_lists())
        # A scale glued to digits ("100k"): few places, found by their own scan.
        self._glued = compile_pattern(rf"(?<=\p{{Nd}}){grows}", self.named_lists())
        #: The lists of words a number may start with (at the start of a word): where
        #: :meth:`mask` is to look, found by the engine's pass over the words (see :mod:`.anchors`).
        self.word_lists = {k: list(self.named_lists()[k]) for k in (self.VALUE, self.MULT, self.SCALE) if k in have}
        #: The ``{NUM}`` macro of rules, which match the text as :meth:`mask` leaves it.
        self.masked_pattern = rf"(?:(?<!{PLACEHOLDER}){PLACEHOLDER}++|{DIGITS}(?![\p{{L}}\p{{N}}]))"
        # Inside a matched number a word may follow digits directly ("100k").
        self._tokens = compile_pattern(
            rf"(?P<d>{DIGITS})|(?P<w>(?:\L<{self.VALUE}>{_WORD_END}|{grows}))|(?P<a>{_named(self.ART)})",
            self.named_lists(),
        )

    def mask(self, text: str, word_starts: Iterable[int]) -> tuple[str, list[tuple[int, int]]]:
        """``text`` with each number that has a word in it replaced, character for character,
        by :data:`PLACEHOLDER`; and the spans replaced.

        ``word_starts`` holds (at least) every position where a word of :attr:`word_lists`
        starts. Word sequences that make no number ("thousands", "five twenty") stay words.
        """
        pieces: list[str] = []
        spans: list[tuple[int, int]] = []
        last = 0
        # The end of the last long run of number words that makes no number: its words
        # stay words. (Trying the run again from each of its words would read the rest
        # of it every time, which is quadratic in its length.)
        skip = 0
        # Only where a number word stands is the full number pattern tried: from a
        # little before the word (for "300 thousand", "a million") to past it.
        for hit in self._hits(text, word_starts):
            if hit.start() < max(last, skip):
                continue
            pos = max(last, hit.start() - _LOOKBACK)
            m = self.finder.search(text, pos, len(text))
            while m is not None and m.end() <= hit.start():
                m = self.finder.search(text, max(m.end(), pos + 1), len(text))
                pos = m.start() if m is not None else pos
            if m is None or m.start() > hit.start():
                continue
            if any(c.isalpha() for c in m.group()) and self._read(m.group()) is not None:
                pieces += [text[last : m.start()], PLACEHOLDER * (m.end() - m.start())]
                spans.append(m.span())
                last = m.end()
            elif m.end() - m.start() > _LONGEST:
                skip = m.end()
        if not pieces:
            return text, spans
        pieces.append(text[last:])
        return "".join(pieces), spans

    def _hits(self, text: str, word_starts: Iterable[int]) -> Iterator[regex.Match[str]]:
        """What ``finditer`` of the number words would find, tried only where one may start."""
        starts = sorted({*word_starts, *(m.start() for m in self._glued.finditer(text))})
        last = 0
        for p in starts:
            if p < last:
                continue
            m = self._word_hits.match(text, p)
            if m is not None:
                yield m
                last = max(m.end(), p + 1)

    def named_lists(self) -> dict[str, Iterable[str]]:
        """The named lists that :attr:`pattern` needs, for ``regex.compile``."""
        w = self.words
        return {
            self.VALUE: list(w.values),
            self.MULT: list(w.multipliers),
            self.SCALE: list(w.scales),
            self.JOIN: list(w.joiners),
            self.ART: list(w.articles),
            self.ONE: [word for word, value in w.values.items() if value == 1],
            self.PRONOUN: list(w.pronoun_cues),
        }

    def parse(self, text: str) -> float | None:
        """The value of a number as :attr:`pattern` matched it, or ``None`` if it has none.

        A scale or multiplier with nothing before it ("thousands of") has no value.
        """
        read = self._read(text)
        return None if read is None else read[0]

    def parse_int(self, text: str) -> int | None:
        """A whole count: "1.3 million" is one, "2.0" or "1.5" (a decimal with no scale) is not."""
        read = self._read(text)
        if read is None:
            return None
        value, exact, _ = read
        whole = round(value)
        return whole if exact or (abs(value - whole) < 1e-6 and not isinstance(value, float)) else None

    def range_low(self, low_text: str, high_text: str) -> int | None:
        """The low end of a range whose scale word is written once, at the high end.

        "20-25 thousand" is 20,000 to 25,000: a low end with no scale of its own
        takes the high end's, as long as it stays below it.
        """
        low, high = self._read(low_text), self._read(high_text)
        if low is None or high is None:
            return None
        value = low[0] * high[2] if low[2] == 1 and low[0] * high[2] < high[0] else low[0]
        whole = round(value)
        return whole if abs(value - whole) < 1e-6 else None

    def _read(self, text: str) -> tuple[float, bool, int] | None:
        """The value, whether a decimal in it was scaled to a whole number, and its last scale.

        Words must come in the order numbers are spoken: a word may only fill a
        place still free ("twenty" then "five", "two hundred" then "five"), so
        "five twenty" or "sixty fifteen" is no number. Digits take no words after
        them but a multiplier or scale ("300 thousand").
        """
        total: float = 0
        group: float | None = None  # the part read since the last scale word
        room = 0.0  # what may still be added to the group
        tail: float = 0  # the part of the group added since its last multiplier
        last_scale = 0
        scaled_decimal = False
        tokens = list(self._tokens.finditer(text))
        if not tokens:
            return None
        for token in tokens:
            if token.group("d"):
                if group is not None:
                    return None
                group, room = parse_digits(token.group("d")), 0
                if group is None:
                    return None
                tail = group
                continue
            if token.group("a"):
                if group is not None:
                    return None
                group, room, tail = 1, 0, 1
                continue
            word = normalise(token.group("w"))
            if word in self._values:
                value = self._values[word]
                if group is not None and not 0 < value < room:
                    return None
                group = (group or 0) + value
                tail += value
                room = _room(group)
                continue
            if word in self._mults:
                if group is None:
                    return None
                scaled_decimal |= isinstance(group, float)
                # "three hundred and two dozen" is 300 + 24; "two hundred dozen" is 2400
                factor = self._mults[word]
                group = group - tail + tail * factor if tail else group * factor
                tail = 0
                room = _room(group)
                continue
            scale = self._scales[word]
            if group is None and not total and word in self._bare:
                group = 1
            if group is None:
                # "three thousand millions": a larger scale multiplies what came before
                if not total or scale <= last_scale:
                    return None
                total *= scale
            else:
                scaled_decimal |= isinstance(group, float)
                total += group * scale
                group, tail = None, 0
            last_scale = scale
        value = total + (group or 0)
        whole = abs(value - round(value)) < 1e-6
        return value, scaled_decimal and whole, last_scale or 1


def _room(group: float) -> float:
    """The largest value a number word may add to ``group``: 10 after "twenty", 100 after "two hundred"."""
    if group == 0:
        return math.inf
    if group != int(group):
        return 0
    whole, room = int(group), 1
    while whole % 10 == 0:
        whole //= 10
        room *= 10
    return room
