"""Filler prose for the benchmark corpus: one module per language, named by its pack's code.

A language module holds only data (written for this benchmark, not taken from any source):

- ``HEADLINES`` and ``SENTENCES``: templates by topic (``"politics"``, ``"economy"``, ...),
  with ``{slot}`` fields;
- ``WORDS``: word lists for slots (names, places, weekdays, weapon names, ...);
- ``NUMBERS``: slots drawn by code, for numbers in the notations that language's news
  uses (percentages, money, distances, times, scores, ages). Russian and Ukrainian
  write most of them alike and take those from ``_slavic.py``.

None of it is meant to be an event: the numbers are there to make the extractor's
number layer and cues work as on real news. The helpers below are shared notations.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import string
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import Protocol, cast

Slot = Callable[[random.Random], str]

#: The no-break space that Russian and Ukrainian news put between thousands as often as a plain one.
NBSP = "\u00a0"


class Filler(Protocol):
    """What a language module provides."""

    HEADLINES: Mapping[str, Sequence[str]]
    SENTENCES: Mapping[str, Sequence[str]]
    WORDS: Mapping[str, Sequence[str]]
    NUMBERS: Mapping[str, Slot]


def available() -> list[str]:
    """The language codes that have a filler module here."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def load(lang: str) -> Filler:
    """The filler module of one language."""
    module: ModuleType = importlib.import_module(f"{__name__}.{lang}")
    return cast(Filler, module)


_FIELDS = string.Formatter()


def fill(template: str, filler: Filler, rng: random.Random) -> str:
    """The template with every slot drawn on its own (two ``{city}`` may differ)."""
    out = []
    for literal, field, _spec, _conversion in _FIELDS.parse(template):
        out.append(literal)
        if field is None:
            continue
        slot = filler.NUMBERS.get(field)
        out.append(slot(rng) if slot is not None else rng.choice(filler.WORDS[field]))
    return "".join(out)


def grouped(n: int, sep: str) -> str:
    """``n`` with its thousands grouped by ``sep`` (",", " ", a no-break space, ".")."""
    return f"{n:,}".replace(",", sep)


def decimal(x: float, places: int, mark: str) -> str:
    """``x`` with ``places`` decimals and ``mark`` as the decimal mark."""
    return f"{x:.{places}f}".replace(".", mark)


def amount(rng: random.Random, low: float, high: float, mark: str) -> str:
    """A figure to put before a scale word: "4", "12", "3.7" or "0.85" (with ``mark``)."""
    x = rng.uniform(low, high)
    places = rng.choice([0, 0, 1, 1, 2])
    return decimal(x, places, mark) if places else str(round(x))


def many(rng: random.Random, low: int, high: int) -> int:
    """A number in [low, high] ending in 0 or 5–9: Russian and Ukrainian nouns after it are genitive plural."""
    return rng.randint(low // 10, high // 10) * 10 + rng.choice([0, 5, 6, 7, 8, 9])


def clock(rng: random.Random) -> str:
    """A 24-hour time, "07:45"."""
    return f"{rng.randint(0, 23):02d}:{rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}"
