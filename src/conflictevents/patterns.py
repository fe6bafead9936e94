"""How every pattern is compiled: case-insensitive, with the pack's word lists bound."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import regex

__all__ = ["compile_pattern"]

# A "word" no text contains (two noncharacters), standing in for an empty list.
_NOTHING = "\uffff\uffff"


def compile_pattern(pattern: str, lists: Mapping[str, Iterable[str]]) -> regex.Pattern[str]:
    """Compile ``pattern``; ``\\L<name>`` refers to ``lists[name]`` (unused lists are fine)."""
    # An empty named list would match the empty string; it must match nothing.
    named = {name: list(words) or [_NOTHING] for name, words in lists.items()}
    return regex.compile(pattern, regex.IGNORECASE, ignore_unused=True, cache_pattern=False, **named)
