"""Which word lists a pattern cannot match without: a cheap test before a costly regex.

A rule such as ``{QTY}\\s+(?:{VICTIMS}\\s+)?\\L<died>`` cannot match in a sentence
that holds no word of the list ``died``. :func:`required_lists` reads a pattern and
returns lists of which at least one word must occur in any match (or ``None`` when
it cannot tell); the engine then skips the pattern in sentences whose words start
none of those lists' words. The test is a superset test: it may run a pattern in
vain, never skip one that could match.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["required_lists"]

# One parsed item: the lists it requires (None: no requirement) and whether it may be absent.
_Need = frozenset[str] | None


class _Parser:
    def __init__(self, pattern: str, size: Callable[[str], int]) -> None:
        self.p = pattern
        self.i = 0
        self.size = size

    def alternation(self) -> _Need:
        """Branches separated by ``|`` up to the end or a closing parenthesis."""
        branches = [self.sequence()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.sequence())
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]

    def sequence(self) -> _Need:
        """The most selective requirement among the items that must occur."""
        best: _Need = None
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            need, consumes = self.atom()
            optional = self.quantifier()
            if need is not None and consumes and not optional and (best is None or self._cost(need) < self._cost(best)):
                best = need
        return best

    def _cost(self, need: frozenset[str]) -> int:
        return sum(self.size(name) for name in need)

    def quantifier(self) -> bool:
        """Skip a quantifier after an atom; True if it allows zero repetitions."""
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
            return False
        if self.i < len(p) and p[self.i] in "?+":  # lazy or possessive
            self.i += 1
        return optional

    def _counted(self) -> bool:
        close = self.p.find("}", self.i)
        body = self.p[self.i + 1 : close] if close > 0 else ""
        return bool(body) and all(c.isdigit() or c in ", " for c in body)

    def atom(self) -> tuple[_Need, bool]:
        """One atom: its requirement and whether it consumes text (lookarounds do not)."""
        p = self.p
        c = p[self.i]
        if c == "\\":
            return self._escape()
        if c == "[":
            self._class()
            return None, True
        if c == "(":
            return self._group()
        self.i += 1
        return None, True

    def _escape(self) -> tuple[_Need, bool]:
        p = self.p
        nxt = p[self.i + 1] if self.i + 1 < len(p) else ""
        if nxt == "L" and p.startswith("<", self.i + 2):
            close = p.index(">", self.i)
            name = p[self.i + 3 : close]
            self.i = close + 1
            return frozenset([name]), True
        if nxt in "pPNx" and p.startswith("{", self.i + 2):
            self.i = p.index("}", self.i) + 1
        elif nxt in "xuU":
            self.i += {"x": 4, "u": 6, "U": 10}[nxt]
        else:
            self.i += 2
        return None, True

    def _class(self) -> None:
        p = self.p
        self.i += 1
        if self.i < len(p) and p[self.i] == "^":
            self.i += 1
        if self.i < len(p) and p[self.i] == "]":
            self.i += 1
        depth = 1
        while self.i < len(p) and depth:
            if p[self.i] == "\\":
                self.i += 2
                continue
            if p[self.i] == "[":
                depth += 1
            elif p[self.i] == "]":
                depth -= 1
            self.i += 1

    def _group(self) -> tuple[_Need, bool]:
        p = self.p
        self.i += 1
        consumes = True
        if p.startswith("?", self.i):
            head = p[self.i : self.i + 4]
            if head.startswith(("?=", "?!", "?<=", "?<!")):
                consumes = False
                self.i += 3 if head.startswith(("?<=", "?<!")) else 2
            elif head.startswith("?P<"):
                self.i = p.index(">", self.i) + 1
            elif head.startswith("?#"):
                self.i = p.index(")", self.i) + 1
                return None, False
            elif head.startswith(("?(", "?P=", "?&", "?R")):
                # conditionals and calls: no requirement is read inside
                depth = 1
                while self.i < len(p) and depth:
                    if p[self.i] == "\\":
                        self.i += 2
                        continue
                    depth += {"(": 1, ")": -1}.get(p[self.i], 0)
                    self.i += 1
                return None, True
            else:
                # (?:  (?>  (?i:  (?-i:  and other scoped flags
                while self.i < len(p) and p[self.i] not in ":)>":
                    self.i += 1
                self.i += 1
        need = self.alternation()
        self.i += 1  # the closing parenthesis
        return (need if consumes else None), consumes


def required_lists(pattern: str, size: Callable[[str], int]) -> frozenset[str] | None:
    """Named lists of which any match of ``pattern`` holds at least one word, or ``None``.

    ``size`` gives a list's number of words: among several required lists the
    smallest (the most selective) is returned.
    """
    try:
        return _Parser(pattern, size).alternation()
    except (ValueError, IndexError):
        return None
