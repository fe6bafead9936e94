"""How every pattern is compiled: case-insensitive, with the pack's word lists bound."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import regex

__all__ = ["LIST_REF", "compile_pattern"]

#: A reference to a named list, ``\L<name>`` (not an escaped backslash before an "L").
LIST_REF = regex.compile(r"(?<=(?<!\\)(?:\\\\)*)\\L<(\w+)>")
# What an empty list stands for: nothing matches it (an empty named list would match
# the empty string, and no placeholder word is safe: a text may hold any character).
_NOTHING = "(?!)"


def compile_pattern(pattern: str, lists: Mapping[str, Iterable[str]]) -> regex.Pattern[str]:
    """Compile ``pattern``; ``\\L<name>`` refers to ``lists[name]`` (unused lists are fine)."""
    named = {name: list(words) for name, words in lists.items()}
    empty = {name for name, words in named.items() if not words}
    if empty:
        pattern = LIST_REF.sub(lambda m: _NOTHING if m.group(1) in empty else m.group(), pattern)
    named = {name: words for name, words in named.items() if words}
    return regex.compile(pattern, regex.IGNORECASE, ignore_unused=True, cache_pattern=False, **named)
