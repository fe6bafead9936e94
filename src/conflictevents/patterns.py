"""How every pattern is compiled: case-insensitive, with the pack's word lists bound."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import regex

__all__ = ["LIST_REF", "compile_pattern", "trie"]

#: A reference to a named list, ``\L<name>`` (not an escaped backslash before an "L").
LIST_REF = regex.compile(r"(?<=(?<!\\)(?:\\\\)*)\\L<(\w+)>")
# What an empty list stands for: nothing matches it (an empty named list would match
# the empty string, and no placeholder word is safe: a text may hold any character).
_NOTHING = "(?!)"


def compile_pattern(pattern: str, lists: Mapping[str, Iterable[str]]) -> regex.Pattern[str]:
    """Compile ``pattern``; ``\\L<name>`` refers to ``lists[name]`` (unused lists are fine).

    A list is written into the pattern as a :func:`trie` of its words rather than
    bound as a ``regex`` named list: ``regex`` tries a named list by looking up a piece
    of text of every length its words have, many times slower than following a trie,
    which fails at the first letter that no word continues with.
    """

    def bind(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in lists:
            return m.group()  # left for ``regex`` to report
        words = tuple(lists[name])
        return f"(?:{trie(words)})" if words else _NOTHING

    return regex.compile(LIST_REF.sub(bind, pattern), regex.IGNORECASE, cache_pattern=False)


@functools.lru_cache(maxsize=1024)
def trie(words: tuple[str, ...]) -> str:
    """A pattern matching any of ``words``, the longest first, as a named list does.

    Words are merged by their lower-case letters ("Kyiv" and "kyiv" are one path), as
    patterns match without regard to case.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            lower = char.lower()
            node = node.setdefault(lower if len(lower) == 1 else char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [regex.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    ends = "" in node  # a word ends here: the longer words are tried first, then this one
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")
