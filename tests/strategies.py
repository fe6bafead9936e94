"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = [(10**9, "billion"), (10**6, "million"), (10**3, "thousand")]

# Separators newspapers put between groups of three digits.
GROUP_SEPARATORS = [",", ".", " ", "\u00a0", "\u202f", "\u2009", "'"]


def english_words(n: int) -> str:
    """``n`` (0 < n < 10**12) in English words, the way a reporter would spell it."""

    def below_thousand(k: int) -> list[str]:
        words = []
        if k >= 100:
            words += [_UNITS[k // 100], "hundred"]
            k %= 100
        if k >= 20:
            words.append(_TENS[k // 10] + ("-" + _UNITS[k % 10] if k % 10 else ""))
        elif k:
            words.append(_UNITS[k])
        return words

    words: list[str] = []
    for value, name in _SCALES:
        if n >= value:
            words += [*below_thousand(n // value), name]
            n %= value
    words += below_thousand(n)
    return " ".join(words)


def grouped(n: int, sep: str) -> str:
    """``n`` with ``sep`` between groups of three digits ("134,500")."""
    digits = str(n)
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


# Text that exercises the engine: news words, numbers, odd spaces and scripts.
NEWSY = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "killed",
                "were",
                "injured",
                "at least",
                "people",
                "decree",
                "signed",
                "mobilize",
                "aged",
                "18",
                "to",
                "27",
                "years old",
                "exempt",
                "IT",
                "banks",
                "134,500",
                "1.3 million",
                "Thursday (31)",
                "April 1",
                "S-400",
                "Shahed-136",
                "%",
                "km",
                "-",
                ".",
                ",",
                "\n",
                "\u00a0",
                "\u200b",
                "(",
                ")",
                "between",
                "and",
                "no one",
                "not",
                "up to",
                "around",
                "soldiers",
                "Putin",
                "said",
                "ﷺ",
                "😀",
            ]
        ),
        st.text(max_size=12),
    ),
    max_size=60,
).map(" ".join)
