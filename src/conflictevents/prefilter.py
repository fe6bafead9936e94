"""What a pattern cannot match without: cheap tests before a costly regex.

Two facts are read from a pattern's source, both as *items*: a named word list
(``("list", name)``), a literal text at the start of a word (``("text", "took")``) or
anywhere (``("loose", "n't")``), a digit (:data:`DIGIT`) or the first of a run of
digits (:data:`DIGIT_RUN`), the first of a run of one character (``("run", "x")``), a
capital letter matched case-sensitively (:data:`UPPER`) or any word's start (:data:`WORD`).

- :attr:`Reading.required`: lists of which at least one word occurs in every match. A
  rule such as ``{QTY}\\s+(?:{VICTIMS}\\s+)?\\L<died>`` cannot match in a sentence
  that holds no word of the list ``died``, so the engine skips it there.
- :attr:`Reading.first`: what every match starts with. ``(?<!\\w)\\L<died>(?!\\w)`` can
  only match where a word of ``died`` starts, so the engine tries it only at those
  positions instead of at every character. A list or a text that starts with a letter
  counts only behind a guard such as ``(?<!\\w)``: the engine looks for them at the
  starts of words, and without the guard a match could start inside one.

Both answers are supersets: they may send a pattern where it fails, never keep it
from where it matches. ``None`` means the pattern could not be read that way (it may
start with any character, or the syntax is beyond this reader).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import attrs
import regex

__all__ = ["DIGIT", "DIGIT_RUN", "UPPER", "WORD", "Item", "Reading", "read"]

#: ``("list", name)``, ``("text", string)``, ``("loose", string)``, ``("run", char)``,
#: :data:`DIGIT`, :data:`DIGIT_RUN`, :data:`UPPER` or :data:`WORD`.
Item = tuple[str, ...]
DIGIT: Item = ("digit",)
DIGIT_RUN: Item = ("digit-run",)
UPPER: Item = ("upper",)
WORD: Item = ("word",)
# Escapes that, behind a guard, can only match at the start of a word.
_WORD_ESCAPES = {r"\w", r"\p{L}", r"\p{Lu}", r"\p{Ll}"}
_Items = frozenset[Item] | None
# Escapes that stand for one digit, and escapes of a literal character.
_DIGIT_ESCAPES = {r"\d", r"\p{Nd}", r"\p{N}"}
_LITERAL_ESCAPES = set(".-()[]{}|?*+^$/\\'\"&#,:;!<>=@%~ ")
# The body of a class of ASCII digits: [0-9], [0-3], [01].
_DIGIT_CLASS = regex.compile(r"(?:[0-9]-[0-9]|[0-9])+")
# Negative lookbehinds that make what follows start a word ((?<!\w), (?<![\w-])), a run
# of digits ((?<!\d), (?<![\d.,])) or a run of one character ((?<!x)).
_NOT_AFTER = regex.compile(
    r"\(\?<!(?P<body>\[(?!\^)(?P<class>(?:[^\]\\]|\\.)*)\]|\\[wd]|\\p\{Nd?\}|\\.|[^\\()\[\]|?*+{}.^$])\)"
)
_DIGITS_IN_CLASS = regex.compile(r"\\[wd]|\\p\{Nd?\}")


@attrs.frozen
class _Atom:
    """What one atom (or sequence, or alternation) requires and starts with."""

    need: frozenset[str] | None = None
    first: _Items = None
    nullable: bool = False  # may match the empty string
    consumes: bool = True  # False for lookarounds and comments
    literal: str = ""  # the character, for a plain literal character
    guard: frozenset[str] = frozenset()  # what a lookbehind such as (?<!\w) makes start: "word", "digit", "char:x"


_ZERO_WIDTH = _Atom(first=frozenset(), nullable=True, consumes=False)


class _Parser:
    def __init__(self, pattern: str, size: Callable[[str], int]) -> None:
        self.p = pattern
        self.i = 0
        self.size = size
        # What a match starting here must start, by the guards before it ("word" after
        # (?<!\w), "digit" after (?<!\d), "char:x" after (?<!x)), and whether letter
        # case counts here ((?-i:...)).
        self.guards: frozenset[str] = frozenset()
        self.case_sensitive = False

    def alternation(self) -> _Atom:
        """Branches separated by ``|`` up to the end or a closing parenthesis."""
        branches = [self.sequence()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.sequence())
        needs = [b.need for b in branches]
        firsts = [b.first for b in branches]
        return _Atom(
            need=None if any(n is None for n in needs) else frozenset().union(*needs),  # type: ignore[arg-type]
            first=None if any(f is None for f in firsts) else frozenset().union(*firsts),  # type: ignore[arg-type]
            nullable=any(b.nullable for b in branches),
        )

    def sequence(self) -> _Atom:
        """The most selective requirement among the items that must occur, and the first ones."""
        best: frozenset[str] | None = None
        first: _Items = frozenset()
        at_start = True  # every atom so far may be empty: the next one may start a match
        run: list[str] | None = None  # the literal text a match starts with, while it grows
        loose = False  # whether that text may start inside a word
        outer_guards = self.guards
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            if not at_start:
                self.guards = frozenset()
            guarded = "word" in self.guards
            atom = self.atom()
            optional, repeated = self.quantifier()
            if (
                atom.need is not None
                and atom.consumes
                and not optional
                and (best is None or self._cost(atom.need) < self._cost(best))
            ):
                best = atom.need
            if run is not None:
                if atom.literal and not optional:
                    run.append(atom.literal)
                    if not repeated:
                        continue
                first = _with_run(first, run, loose)
                run, at_start = None, False
            elif at_start and atom.consumes:
                if atom.literal and not atom.literal.isspace() and not optional and not repeated:
                    run = [atom.literal]
                    loose = not guarded and atom.literal.isalnum()
                    continue
                first = None if atom.first is None or first is None else first | atom.first
                at_start = optional or atom.nullable
            elif at_start and atom.guard:
                self.guards |= atom.guard
        if run is not None:
            first = _with_run(first, run, loose)
            at_start = False
        self.guards = outer_guards
        return _Atom(need=best, first=first, nullable=at_start)

    def _cost(self, need: frozenset[str]) -> int:
        return sum(self.size(name) for name in need)

    def quantifier(self) -> tuple[bool, bool]:
        """Skip a quantifier after an atom: whether it allows zero repetitions, and whether there was one."""
        p, optional = self.p, False
        if self.i < len(p) and p[self.i] in "?*+":
            optional = p[self.i] != "+"
            self.i += 1
        elif self.i < len(p) and p[self.i] == "{" and self._counted():
            close = p.index("}", self.i)
            low = p[self.i + 1 : close].split(",")[0].strip()
            optional = low in ("", "0")
            self.i = close + 1
        else:
            return False, False
        if self.i < len(p) and p[self.i] in "?+":  # lazy or possessive
            self.i += 1
        return optional, True

    def _counted(self) -> bool:
        close = self.p.find("}", self.i)
        body = self.p[self.i + 1 : close] if close > 0 else ""
        return bool(body) and all(c.isdigit() or c in ", " for c in body)

    def atom(self) -> _Atom:
        p = self.p
        c = p[self.i]
        if c == "\\":
            return self._escape()
        if c == "[":
            return self._class()
        if c == "(":
            return self._group()
        self.i += 1
        if c in ".^$":
            return _ZERO_WIDTH if c != "." else _Atom()
        return self._literal(c)

    def _literal(self, char: str) -> _Atom:
        """A literal character (white space, being everywhere, makes no useful item)."""
        if f"char:{char}" in self.guards:
            kind = "run"
        else:
            kind = "text" if "word" in self.guards or not char.isalnum() else "loose"
        return _Atom(first=None if char.isspace() else frozenset([(kind, char)]), literal=char)

    def _escape(self) -> _Atom:
        p = self.p
        nxt = p[self.i + 1] if self.i + 1 < len(p) else ""
        start = self.i
        if nxt == "L" and p.startswith("<", self.i + 2):
            close = p.index(">", self.i)
            name = p[self.i + 3 : close]
            self.i = close + 1
            return _Atom(need=frozenset([name]), first=frozenset([("list", name)]) if "word" in self.guards else None)
        if nxt in "pPNx" and p.startswith("{", self.i + 2):
            self.i = p.index("}", self.i) + 1
        elif nxt in "xuU":
            self.i += {"x": 4, "u": 6, "U": 10}[nxt]
        else:
            self.i += 2
        escape = p[start : self.i]
        if escape in _DIGIT_ESCAPES:
            return self._digit()
        if escape == r"\p{Lu}" and self.case_sensitive:
            return _Atom(first=frozenset([UPPER]))
        if escape in _WORD_ESCAPES and "word" in self.guards:
            return _Atom(first=frozenset([WORD]))
        if nxt in "bBAZzG":
            return attrs.evolve(_ZERO_WIDTH, guard=frozenset({"word"}) if nxt == "b" else frozenset())
        if len(escape) == 2 and nxt in _LITERAL_ESCAPES:
            return self._literal(nxt)
        if nxt in "xuU" and escape[2:].isalnum():  # \x2d, \u00a0, \U0001f600
            return self._literal(chr(int(escape[2:], 16)))
        return _Atom()

    def _class(self) -> _Atom:
        p = self.p
        start = self.i
        self.i = _class_end(p, self.i)
        body = p[start + 1 : self.i - 1]
        if body in _DIGIT_ESCAPES or _DIGIT_CLASS.fullmatch(body):
            return self._digit()
        if body and not any(c.isalnum() or c.isspace() or c in "^-\\[" for c in body):  # [$€£]: a few symbols
            return _Atom(first=frozenset(("text", c) for c in body))
        return _Atom()

    def _group(self) -> _Atom:
        p = self.p
        start = self.i
        self.i += 1
        consumes = True
        case_sensitive = self.case_sensitive
        if p.startswith("?", self.i):
            head = p[self.i : self.i + 4]
            if head.startswith(("?=", "?!", "?<=", "?<!")):
                consumes = False
                self.i += 3 if head.startswith(("?<=", "?<!")) else 2
            elif head.startswith("?P<"):
                self.i = p.index(">", self.i) + 1
            elif head.startswith("?#"):
                self.i = p.index(")", self.i) + 1
                return _ZERO_WIDTH
            elif head.startswith(("?(", "?P=", "?&", "?R")):
                # conditionals and calls: nothing is read inside
                depth = 1
                while self.i < len(p) and depth:
                    if p[self.i] == "\\":
                        self.i += 2
                        continue
                    depth += {"(": 1, ")": -1}.get(p[self.i], 0)
                    self.i += 1
                return _Atom()
            else:
                # (?:  (?>  (?i:  (?-i:  and other scoped flags
                flags = self.i
                while self.i < len(p) and p[self.i] not in ":)>":
                    self.i += 1
                if "-i" in p[flags : self.i]:
                    self.case_sensitive = True
                elif "i" in p[flags : self.i]:
                    self.case_sensitive = False
                self.i += 1
        guards = self.guards
        if not consumes:
            self.guards = frozenset()
        inner = self.alternation()
        self.i += 1  # the closing parenthesis
        self.case_sensitive, self.guards = case_sensitive, guards
        if not consumes:
            return attrs.evolve(_ZERO_WIDTH, guard=_guards_of(p[start : self.i]))
        return inner

    def _digit(self) -> _Atom:
        return _Atom(first=frozenset([DIGIT_RUN if "digit" in self.guards else DIGIT]))


def _with_run(first: _Items, run: list[str], loose: bool) -> _Items:
    """The items a match may start with, and the literal text ``run``; unknown (None) stays unknown:
    in ``(?:^|\n)-`` an atom before the run may start the match anywhere."""
    return None if first is None else first | {("loose" if loose else "text", "".join(run))}


def _guards_of(lookaround: str) -> frozenset[str]:
    """What a negative lookbehind makes the next character start (see ``_Parser.guards``).

    ``(?<!a|b)`` forbids both: the guards of its one-character branches add up.
    """
    if not lookaround.startswith("(?<!"):
        return frozenset()
    found: set[str] = set()
    for branch in _branches(lookaround[4:-1]):
        m = _NOT_AFTER.fullmatch(f"(?<!{branch})")
        if m is None:
            continue
        body, members = m.group("body"), m.group("class")
        if members is not None:
            found |= {"digit"} if _DIGITS_IN_CLASS.search(members) else set()
            found |= {"word"} if r"\w" in members else set()
        elif body == r"\w":
            found |= {"word", "digit"}
        elif body in (r"\d", r"\p{N}", r"\p{Nd}"):
            found.add("digit")
        elif len(body) == 1 or not body[-1].isalnum():
            found.add(f"char:{body[-1]}")
    return frozenset(found)


def _branches(body: str) -> list[str]:
    """The top-level alternatives of a pattern (outside groups and classes)."""
    branches, depth, start, i = [], 0, 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(body, i)
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        if c == "|" and depth == 0:
            branches.append(body[start:i])
            start = i + 1
        i += 1
    return [*branches, body[start:]]


def _class_end(p: str, i: int) -> int:
    """The index after the character class that starts at ``p[i]``."""
    i += 1
    if i < len(p) and p[i] == "^":
        i += 1
    if i < len(p) and p[i] == "]":
        i += 1
    depth = 1
    while i < len(p) and depth:
        if p[i] == "\\":
            i += 2
            continue
        depth += {"[": 1, "]": -1}.get(p[i], 0)
        i += 1
    return i


class Reading(NamedTuple):
    """What :func:`read` finds in a pattern (``None``: no such test, try it everywhere)."""

    #: Named lists of which any match holds at least one word (the most selective such set).
    required: frozenset[str] | None
    #: The items of which every match starts with one.
    first: frozenset[Item] | None


def read(pattern: str, size: Callable[[str], int]) -> Reading:
    """Read ``pattern`` once for both tests; ``size`` gives a list's number of words."""
    try:
        parser = _Parser(pattern, size)
        found = parser.alternation()
    except (ValueError, IndexError):
        return Reading(None, None)
    if parser.i != len(pattern):  # an unbalanced parenthesis: beyond this reader
        return Reading(None, None)
    first = None if found.nullable or not found.first else found.first
    return Reading(found.need, first)
