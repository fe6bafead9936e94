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


# Characters that break naive text handling: combining marks, right-to-left letters and
# controls, zero-width characters, no-break and thin spaces, line separators, emoji
# (with skin tones, flags and joiners), a lone surrogate, a NUL.
ODD_CHARACTERS = [
    "\u0301",  # combining acute accent
    "\u0308\u0323",  # two combining marks
    "\u20dd",  # combining enclosing circle
    "\u05e9\u05dc\u05d5\u05dd",  # Hebrew
    "\u0627\u0644\u0633\u0644\u0627\u0645",  # Arabic
    "\u0661\u0662\u0663",  # Arabic-Indic digits
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2067",  # right-to-left isolate
    "\u2069",  # pop directional isolate
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\u00ad",  # soft hyphen
    "\u00a0",  # no-break space
    "\u2009",  # thin space
    "\u202f",  # narrow no-break space
    "\u2007",  # figure space
    "\u3000",  # ideographic space
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\r\n",
    "\x85",  # next line
    "\x00",
    "\ud800",  # a lone surrogate
    "\U0001f600",  # grinning face
    "\U0001f44d\U0001f3fd",  # thumbs up, medium skin tone
    "\U0001f1fa\U0001f1e6",  # flag of Ukraine
    "\U0001f469\u200d\U0001f469\u200d\U0001f467",  # family (joined)
    "\ufdfa",  # one character that NFKC makes 18
    "\u2116",  # numero sign
    "\uff11\uff12",  # full-width digits
    "\u2167",  # roman numeral eight
    "\uffff\uffff",  # noncharacters
    "\ufffe",
    "\ufdd0",
    "\U0010ffff",
]

# Any text, with the odd characters much more likely than in ``st.text()``.
ODD_TEXT = st.lists(
    st.one_of(
        st.sampled_from(ODD_CHARACTERS),
        st.text(
            st.characters(
                categories=["Mn", "Mc", "Me", "Cf", "Zs", "Zl", "Zp", "So", "Sk", "Lo", "Nd", "Nl", "No", "Pd"]
            ),
            max_size=8,
        ),
        st.text(max_size=8),
        st.sampled_from([" ", ".", ", ", "\n", "-", "(", ")", "\u00ab", "\u00bb", "'"]),
    ),
    max_size=50,
).map("".join)

# Neutral sentences per language: they name no number, date, person or event, so
# putting them before a text must change none of its events.
NEUTRAL_SENTENCES = {
    "en": ["The weather was mild. ", "Markets opened as usual. ", "The museum reopened after renovation. "],
    "ru": ["Погода была тёплой. ", "Рынки открылись как обычно. ", "Музей открылся после ремонта. "],
    "uk": ["Погода була теплою. ", "Ринки відкрилися як завжди. ", "Музей відкрився після ремонту. "],
}
WHITESPACE = [" ", "\n", "\n\n", "\t", "  \n ", "\r\n"]


def filler(lang: str) -> st.SearchStrategy[str]:
    """Text to put before a sentence: neutral sentences of ``lang`` (if we have some) and white space."""
    pieces = NEUTRAL_SENTENCES.get(lang, []) + WHITESPACE
    return st.lists(st.sampled_from(pieces), min_size=1, max_size=4).map("".join)
