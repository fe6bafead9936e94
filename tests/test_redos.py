"""Static ReDoS analysis of every pattern of every installed pack, with regexploit.

regexploit reads patterns with Python's ``sre_parse``, so the ``regex``-module syntax
of the packs is first translated into ``re`` syntax that keeps the backtracking
structure (:class:`Translator`):

* every character class, escape (``\\w``, ``\\s``, ``\\d``, ``\\p{L}``, ``\\P{Nd}``,
  ``\\uE000``), ``.`` and literal character becomes the explicit set of the characters
  of a *universe* that it matches, as the ``regex`` module itself decides, under the
  case-(in)sensitivity in force there (``a`` is ``[aA]``; ``(?-i:\\p{Lu})`` is the
  upper-case letters). The universe holds every character of the pack's patterns and
  word lists, their case partners, ASCII, Latin-1, Latin Extended-A, Cyrillic, the
  General Punctuation block, every white-space character and two characters of each
  Unicode general category, so every class is tested against a character of each kind
  it could meet. (regexploit's own categories only know the first 256 code points.)
* a named list ``\\L<name>`` becomes an alternation of some of its real words. In
  regexploit's model a run of one repeated character is what backtracks; a word whose
  characters share no character cannot be crossed by such a run, so every such word
  behaves alike and one of them stands for all; words that such a run *can* cross
  ("a", "в", "I") are all kept. An empty list becomes ``(?!)``.
* atomic groups ``(?>...)`` and possessive quantifiers (``++``, ``*+``, ``?+``,
  ``{m,n}+``) become their plain, backtracking forms: the analysis sees more
  backtracking than there is, never less;
* scoped flags ``(?i:...)``, ``(?-i:...)`` become ``(?:...)`` once their case rule
  has been applied to the classes inside; named groups become non-capturing groups
  (``regex`` allows one name in two branches, ``re`` does not);
* lookbehinds are dropped (``re`` wants them of fixed width, and regexploit ignores
  them anyway); lookaheads are kept, translated, as regexploit narrows a character
  by a negative lookahead of one character.

Limits: regexploit looks for runs of one repeated character through consecutive
repeats (``\\s*\\s*\\s*``, ``(\\w+\\s?)+``); it does not model backtracking over runs of
words or alternations with a common prefix, backreferences, or lookarounds beyond one
character; dropping a lookbehind or treating an atomic group as plain can only make
it report more. The cost of a lookbehind itself, which regexploit cannot see, is
checked apart: no lookbehind may hold an unbounded repeat
(:func:`test_lookbehinds_reach_a_bounded_way_back`). What the analysis misses is
covered by the adversarial timing tests (``tests/test_adversarial.py``) and, at run
time, by the per-document time budget.

Threshold: regexploit reports a finding only when its *starriness* (the degree of the
polynomial of the worst case on a run of n characters) is 3 or more, cubic; quadratic
cases are not reported. A cubic pattern on one sentence window (up to 2,000
characters) can take ~10^10 steps, so any finding fails (``MAX_STARRINESS = 2``). A
quadratic one costs at most ~4 * 10^6 steps per window, and as windows are bounded
the document's time stays linear, which the adversarial tests check.
"""

from __future__ import annotations

import functools
import sys
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

import pytest
import regex

import conflictevents.sentences
from conflictevents import languages
from conflictevents.registry import compiled_pack

with warnings.catch_warnings():  # regexploit reads patterns with the deprecated sre_parse
    warnings.simplefilter("ignore", DeprecationWarning)
    from regexploit import redos
    from regexploit.ast.sre import SreOpParser
    from regexploit.redos import Redos, find

#: A finding above this starriness fails (3 is cubic; regexploit reports nothing lower).
MAX_STARRINESS = 2
#: At most this fraction of a pack's patterns may defeat the translation or the analysis.
MAX_UNANALYSED = 0.02
# regexploit expands every combination of branches; a pattern with more is "unanalysed".
MAX_SEQUENCES = 200_000

LANGUAGES = languages()


class Unsupported(ValueError):
    """A construct the translation does not handle."""


def _category_samples(per_category: int = 2) -> set[str]:
    found: dict[str, list[str]] = {}
    for code in range(0x30000):
        cat = unicodedata.category(chr(code))
        if cat != "Cs" and len(found.setdefault(cat, [])) < per_category:
            found[cat].append(chr(code))
    return {c for chars in found.values() for c in chars}


@functools.cache
def _base_universe() -> frozenset[str]:
    chars = {chr(c) for c in range(0x09, 0x0E)} | {chr(c) for c in range(0x20, 0x7F)}
    for lo, hi in ((0xA0, 0x180), (0x400, 0x530), (0x2000, 0x2070)):
        chars |= {chr(c) for c in range(lo, hi)}
    chars |= {c for c in map(chr, range(0x3001)) if c.isspace()} | {"\ufeff", "\ue000"}
    return frozenset(chars | _category_samples())


def universe(texts: Iterable[str]) -> str:
    """The characters classes are evaluated on: see the module's docstring."""
    chars = set(_base_universe())
    for text in texts:
        chars.update(text)
    for c in list(chars):
        chars.update(x for x in (c.lower(), c.upper(), c.casefold()) if len(x) == 1)
    return "".join(sorted(c for c in chars if not 0xD800 <= ord(c) <= 0xDFFF))


_QUANTIFIER = regex.compile(r"\*|\+|\?|\{\d*(?:,\d*)?\}")
_ESCAPED_CLASS = regex.compile(r"\\(?:[pP]\{[^}]*\}|[pP]\w|[wWsSdD])")
_ESCAPED_CHAR = regex.compile(r"\\(?:x[0-9a-fA-F]{2}|x\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|.)")
_ASSERTIONS = {"\\b": r"\b", "\\B": r"\B", "\\A": r"\A", "\\Z": r"\Z", "\\z": r"\Z", "\\G": ""}


def _as_set(chars: Sequence[str]) -> str:
    """An ``re`` set of exactly ``chars`` (runs of consecutive code points as ranges), or ``(?!)`` if none."""
    if not chars:
        return "(?!)"
    codes = sorted(map(ord, chars))
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    parts = [f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in runs]
    return "[" + "".join(parts) + "]"


class Translator:
    """``regex`` syntax (VERSION0, case-insensitive by default) into equivalent ``re`` syntax."""

    def __init__(self, lists: Mapping[str, Sequence[str]], chars: str) -> None:
        self.lists = lists
        self.chars = chars
        self._sets: dict[tuple[str, bool], str] = {}
        self._members: dict[str, frozenset[str]] = {"(?!)": frozenset()}
        self._words: dict[tuple[str, bool], str] = {}
        #: The lookbehinds seen so far that hold an unbounded repeat (see :func:`test_lookbehinds_reach_a_bounded_way_back`).
        self.unbounded_lookbehinds: list[str] = []
        self._around = ""  # the lookaround the parser is in: "behind", "ahead" or none
        self._unbounded = False

    def translate(self, source: str) -> str:
        self.p, self.i = source, 0
        out = self._alternation(ignore_case=True)
        if self.i != len(source):
            raise Unsupported(f"unbalanced ')' at {self.i}")
        return out

    # -- structure
    def _alternation(self, ignore_case: bool) -> str:
        branches = [self._sequence(ignore_case)]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self._sequence(ignore_case))
        return "|".join(branches)

    def _sequence(self, ignore_case: bool) -> str:
        out = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            atom, quantifiable = self._atom(ignore_case)
            m = _QUANTIFIER.match(self.p, self.i)
            if m:
                self.i = m.end()
                lazy = ""
                if self.p.startswith("?", self.i):
                    lazy, self.i = "?", self.i + 1
                elif self.p.startswith("+", self.i):  # possessive: its plain form
                    self.i += 1
                if quantifiable:  # (an assertion is kept once, without its quantifier)
                    atom = f"(?:{atom}){m.group()}{lazy}"
                if self._around == "behind" and (m.group() in "*+" or m.group().endswith(",}")):
                    self._unbounded = True
            out.append(atom)
        return "".join(out)

    def _atom(self, ignore_case: bool) -> tuple[str, bool]:
        p, c = self.p, self.p[self.i]
        if c == "(":
            return self._group(ignore_case)
        if c == "[":
            end = self._class_end(self.i)
            text, self.i = p[self.i : end], end
            return self._set(text, ignore_case), True
        if c == "\\":
            if p.startswith("\\L<", self.i):
                close = p.index(">", self.i)
                name, self.i = p[self.i + 3 : close], close + 1
                return self._list(name, ignore_case), True
            two = p[self.i : self.i + 2]
            if two in _ASSERTIONS:
                self.i += 2
                return _ASSERTIONS[two], False
            if two[1:2].isdigit() or two in ("\\g", "\\K"):
                raise Unsupported(f"{two} at {self.i}")
            m = _ESCAPED_CLASS.match(p, self.i) or _ESCAPED_CHAR.match(p, self.i)
            assert m is not None
            self.i = m.end()
            return self._set(m.group(), ignore_case), True
        if c in "^$":
            self.i += 1
            return c, False
        self.i += 1
        if c == ".":
            return self._set(".", ignore_case), True
        return self._set(regex.escape(c), ignore_case), True

    def _group(self, ignore_case: bool) -> tuple[str, bool]:
        p = self.p
        head = p[self.i : self.i + 4]
        if head.startswith(("(?<=", "(?<!")):
            start, outer = self.i, self._around
            if outer != "behind":
                self._unbounded = False
            self.i += 4
            self._around = "behind"
            self._alternation(ignore_case)  # dropped: see the module's docstring
            self._close()
            self._around = outer
            if outer != "behind" and self._unbounded:
                self.unbounded_lookbehinds.append(self.p[start : self.i])
            return "", False
        if head.startswith(("(?=", "(?!")):
            outer, self._around = self._around, "ahead"
            self.i += 3
            inner = self._alternation(ignore_case)
            self._close()
            self._around = outer
            return f"{head[:3]}{inner})", False
        if head.startswith("(?#"):
            self.i = p.index(")", self.i) + 1
            return "", False
        if head.startswith("(?P<"):
            self.i = p.index(">", self.i) + 1
        elif head.startswith(("(?:", "(?>")):
            self.i += 3
        elif head.startswith("(?"):
            m = regex.compile(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]+))?(:|\))").match(p, self.i)
            if m is None or set(m.group(1) + (m.group(2) or "")) - {"i"}:
                raise Unsupported(f"group {p[self.i : self.i + 8]!r}")
            ignore_case = "i" in m.group(1) or (ignore_case and not m.group(2))
            self.i = m.end()
            if m.group(3) == ")":
                raise Unsupported("a global flag in the middle of a pattern")
        else:
            self.i += 1
        inner = self._alternation(ignore_case)
        self._close()
        return f"(?:{inner})", True

    def _close(self) -> None:
        if not self.p.startswith(")", self.i):
            raise Unsupported(f"missing ')' at {self.i}")
        self.i += 1

    def _class_end(self, start: int) -> int:
        p, i = self.p, start + 1
        if p.startswith("^", i):
            i += 1
        if p.startswith("]", i):
            i += 1
        while i < len(p) and p[i] != "]":
            if p[i] == "[":
                raise Unsupported("nested set")
            i += 2 if p[i] == "\\" else 1
        if i >= len(p):
            raise Unsupported("unterminated set")
        return i + 1

    # -- characters
    def _set(self, atom: str, ignore_case: bool) -> str:
        """The universe's characters that ``atom`` (one character) matches, as an ``re`` set."""
        key = (atom, ignore_case)
        found = self._sets.get(key)
        if found is None:
            compiled = regex.compile(atom, regex.IGNORECASE if ignore_case else 0)
            matched = [c for c in self.chars if compiled.fullmatch(c)]
            found = _as_set(matched)
            self._sets[key] = found
            self._members[found] = frozenset(matched)
        return found

    def _word(self, word: str, ignore_case: bool) -> tuple[str, bool]:
        """A list word as a sequence of sets, and whether one repeated character can match all of it."""
        sets = [self._set(regex.escape(c), ignore_case) for c in word]
        members = [self._members[s] for s in sets]
        uniform = bool(members) and bool(frozenset.intersection(*members))
        return "".join(sets), uniform

    def _list(self, name: str, ignore_case: bool) -> str:
        key = (name, ignore_case)
        if key not in self._words:
            words = sorted(set(self.lists.get(name, ())), key=lambda w: (len(w), w))
            if not words:
                self._words[key] = "(?!)"
            else:
                translated = [(w, *self._word(w, ignore_case)) for w in words]
                # every word a run of one character can cross (and the empty word) ...
                crossable = [t for w, t, uniform in translated if uniform or not w]
                # ... and the shortest of the others, which all stop such a run alike
                stopping = [t for w, t, uniform in translated if w and not uniform]
                self._words[key] = "(?:" + "|".join(crossable + stopping[:1]) + ")"
        return self._words[key]


def _engine_patterns(code: str) -> list[tuple[str, str]]:
    """What the engine runs besides the pack's rules: number masking, tokens, sentence bounds, date shapes."""
    cp = compiled_pack(code)
    found = [
        (f"{code}.engine.number_word_hits", cp.numbers._word_hits.pattern),
        (f"{code}.engine.number_glued_scale", cp.numbers._glued.pattern),
        (f"{code}.engine.number_tokens", cp.numbers._tokens.pattern),
        (f"{code}.engine.number_masked", cp.numbers.masked_pattern),
        (f"{code}.engine.sentence_boundary", conflictevents.sentences._BOUNDARY.pattern),
        (f"{code}.engine.sentence_last_word", conflictevents.sentences._LAST_WORD.pattern),
    ]
    found += [(f"{code}.engine.date_shape{i}", p.pattern) for i, p in enumerate(cp.dates._shapes)]
    return found


def _lists(code: str) -> dict[str, list[str]]:
    """Every word list a pattern of the pack may name (rule-set lists win over the pack's)."""
    cp = compiled_pack(code)
    merged: dict[str, set[str]] = {}
    sources: list[Mapping[str, Iterable[str]]] = [cp.numbers.named_lists(), cp.base_lists]
    sources += [crs.lists for crs in cp.rulesets.values()]
    for lists in sources:
        for name, words in lists.items():
            merged.setdefault(name, set()).update(words)
    return {name: sorted(words) for name, words in merged.items()}


def _bounded(parsed: object) -> Iterator[Redos]:
    """regexploit's findings, or :class:`Unsupported` when its branch expansion runs away."""
    count = 0
    original = redos.find_redos_in_branchless_sequence

    def counting(seq: object) -> Iterator[Redos]:
        nonlocal count
        count += 1
        if count > MAX_SEQUENCES:
            raise Unsupported(f"more than {MAX_SEQUENCES:,} branch combinations")
        return original(seq)

    redos.find_redos_in_branchless_sequence = counting
    try:
        yield from find(parsed)
    finally:
        redos.find_redos_in_branchless_sequence = original


class Analysis(NamedTuple):
    findings: list[tuple[str, Redos]]
    #: Patterns that could not be analysed, with the reason.
    failed: list[tuple[str, str]]
    analysed: int
    #: Patterns with a lookbehind that holds an unbounded repeat, and that lookbehind.
    far_lookbehinds: list[tuple[str, str]]


def analyse(code: str) -> Analysis:
    """regexploit's findings on every pattern of a pack, and what the translation saw on the way."""
    cp = compiled_pack(code)
    patterns = cp.pattern_sources() + _engine_patterns(code)
    lists = _lists(code)
    texts = [s for _, s in patterns] + [w for words in lists.values() for w in words]
    translator = Translator(lists, universe(texts))
    findings, failed, done, far = [], [], 0, []
    for name, source in patterns:
        try:
            translator.unbounded_lookbehinds = []
            translated = translator.translate(source)
            far += [(name, lookbehind) for lookbehind in translator.unbounded_lookbehinds]
            parsed = SreOpParser().parse_sre(translated)
            found = list(_bounded(parsed))
        except (Unsupported, RecursionError, ValueError, AssertionError, NotImplementedError) as exc:
            failed.append((name, f"{type(exc).__name__}: {exc}"))
            continue
        done += 1
        findings += [(name, r) for r in found if r.starriness > MAX_STARRINESS]
    return Analysis(findings, failed, done, far)


@pytest.fixture(scope="module")
def results() -> dict[str, Analysis]:
    return {code: analyse(code) for code in LANGUAGES}


def _report(finding: tuple[str, Redos]) -> str:
    name, r = finding
    return f"{name}: starriness {r.starriness}, repeated {r.repeated_character}, e.g. {r.example()[:120]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_pattern_backtracks_catastrophically(
    code: str, results: dict[str, Analysis], capsys: pytest.CaptureFixture[str]
) -> None:
    found = results[code]
    with capsys.disabled():
        sys.stdout.write(
            f"\n{code}: {found.analysed} patterns analysed, {len(found.failed)} not, {len(found.findings)} findings\n"
        )
    assert not found.findings, "\n".join(map(_report, found.findings))


@pytest.mark.parametrize("code", LANGUAGES)
def test_nearly_every_pattern_is_analysed(code: str, results: dict[str, Analysis]) -> None:
    found = results[code]
    assert found.analysed > 0
    total = found.analysed + len(found.failed)
    assert len(found.failed) <= MAX_UNANALYSED * total, "\n".join(f"{n}: {why}" for n, why in found.failed)


@pytest.mark.parametrize("code", LANGUAGES)
def test_lookbehinds_reach_a_bounded_way_back(code: str, results: dict[str, Analysis]) -> None:
    r"""What regexploit cannot see: a lookbehind such as ``(?<!from\s+)`` is tried at every
    position, and from each position in a run of white space it reads the whole run back,
    also before the sentence window (the engine lets lookbehinds see the text before it).
    A megabyte of blank lines before one sentence then takes minutes. Every repeat in a
    lookbehind must therefore be bounded (``\s{1,20}``); a lookahead inside one is free.
    """
    far = results[code].far_lookbehinds
    assert not far, "\n".join(f"{name}: {lookbehind[:160]}" for name, lookbehind in far)


# The translation itself: what it keeps and what it changes.
@pytest.mark.parametrize(
    ("source", "expected_starriness"),
    [
        (r"\s*\s*\s*x", 3),  # cubic
        (r"(?:\p{L}+\s?)+$", 11),  # exponential
        (r"(?>\s*)\s*+\s*x", 3),  # atomic and possessive read as plain: conservative
        (r"\s*\L<gap>\s*\s*x", 3),  # a one-letter list word can be crossed by a run of spaces
        (r"\s*\L<words>\s*\s*x", 0),  # a real word cannot
        (r"(?<=\p{L}\s*)\s*\s*x", 0),  # lookbehinds are dropped
        (r"(?-i:\p{Lu})+\p{L}*\w*1", 3),  # an upper-case letter runs through all three repeats
        (r"(?-i:\p{Lu}+\p{Ll}+\p{Lu}+)!", 0),  # case-sensitive: no letter is both cases
        (r"[\u0400-\u04ff]*\w*\p{L}*1", 3),  # a Cyrillic letter is in \w, which regexploit alone misses
    ],
)
def test_translation(source: str, expected_starriness: int) -> None:
    lists = {"gap": ["\u00a0", "killed"], "words": ["were killed", "died"]}
    translator = Translator(lists, universe([source, *lists["gap"], *lists["words"]]))
    found = find(SreOpParser().parse_sre(translator.translate(source)))
    assert max((r.starriness for r in found), default=0) == expected_starriness


@pytest.mark.parametrize(
    ("source", "far"),
    [
        (r"(?<!from\s+)x", True),
        (r"(?<!from\s{1,20})x", False),
        (r"(?<!(?<!\w)no\s*)x", True),  # in a lookbehind nested in one
        (r"(?<![^.]{0,60}\s{2,})x", True),
        (r"(?<!krome(?!\s+togo))x", False),  # a lookahead in a lookbehind reads forwards
        (r"(?=(?<=a\s+))x", True),  # a lookbehind in a lookahead still reads backwards
        (r"(?<!a)\s+x", False),
    ],
)
def test_unbounded_lookbehinds_are_found(source: str, far: bool) -> None:
    translator = Translator({}, universe([source]))
    translator.translate(source)
    assert bool(translator.unbounded_lookbehinds) is far
