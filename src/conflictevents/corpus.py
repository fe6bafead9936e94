"""Example corpora: each pack's specification, run as its tests.

A pack's corpus is a package (named by :attr:`Pack.corpus <conflictevents.pack.Pack.corpus>`)
with one module per event type, each holding ``EXAMPLES``: sentences with the
events they must yield, and sentences that must yield none of that type. Every
example is extracted against :data:`REFERENCE_DATE` unless it says otherwise, so
relative dates in it have one right answer. A pack from another distribution
checks its corpus with :func:`check_corpus`, as the built-in packs' tests do.

>>> from conflictevents.corpus import example, nothing
>>> example("Four people were injured.", {"category": "injured", "count": 4}).expected
({'category': 'injured', 'count': 4},)
>>> nothing("The convoy drove 300 km.").expected
()
"""

from __future__ import annotations

import datetime as _dt
import importlib
from collections.abc import Mapping
from typing import Any

import attrs

from .api import extract
from .pack import Pack
from .registry import load_pack

__all__ = ["REFERENCE_DATE", "Example", "check", "check_corpus", "example", "examples_of", "load", "nothing"]

#: The publication date every example is read against: Saturday, 2 April 2022.
REFERENCE_DATE = _dt.date(2022, 4, 2)


@attrs.frozen
class Example:
    """A sentence and the events of one type it must yield (none for a negative example)."""

    text: str
    expected: tuple[Mapping[str, Any], ...]
    published: _dt.date | None = REFERENCE_DATE


def example(text: str, *events: Mapping[str, Any], published: _dt.date | None = REFERENCE_DATE) -> Example:
    """A positive example: ``text`` yields exactly these events (each given by the fields it must have)."""
    if not events:
        raise ValueError(f"a positive example names one event or more: {text!r}")
    return Example(text, tuple(events), published)


def nothing(text: str, published: _dt.date | None = REFERENCE_DATE) -> Example:
    """A negative example: ``text`` yields no event of the corpus module's type."""
    return Example(text, (), published)


def load(lang: str, event: str) -> list[Example]:
    """The examples of one pack for one event type (empty if the pack has none)."""
    return examples_of(load_pack(lang), event)


def examples_of(pack: Pack, event: str) -> list[Example]:
    """The examples of a :class:`~conflictevents.pack.Pack` object for one event type (empty if it has none)."""
    corpus = pack.corpus
    if corpus is None:
        return []
    try:
        module = importlib.import_module(f"{corpus}.{event}")
    except ModuleNotFoundError:
        return []
    return list(module.EXAMPLES)


def _matches(event: Mapping[str, Any], wanted: Mapping[str, Any]) -> bool:
    return all(event.get(k) == v for k, v in wanted.items())


def check(lang: str, event: str, ex: Example) -> list[str]:
    """What is wrong with one example's extraction; an empty list when it is right.

    Each expected event must match a different extracted event of the type on
    every field it names; an extracted event that no expectation matches is a
    false positive.
    """
    found = [e.as_dict() for e in extract(ex.text, lang=lang, published=ex.published, types=[event]).events]
    problems = []
    unmatched = list(found)
    for wanted in ex.expected:
        hit = next((e for e in unmatched if _matches(e, wanted)), None)
        if hit is None:
            problems.append(f"missing {dict(wanted)}")
        else:
            unmatched.remove(hit)
    problems.extend(f"unexpected {e}" for e in unmatched)
    for e in found:
        if ex.text[e["start"] : e["end"]] != e["text"]:
            problems.append(f"span {e['start']}:{e['end']} does not hold {e['text']!r}")
    return problems


def check_corpus(lang: str) -> dict[str, list[tuple[Example, list[str]]]]:
    """Run a pack's whole corpus; per event type, the failing examples and their problems."""
    failures: dict[str, list[tuple[Example, list[str]]]] = {}
    for ruleset in load_pack(lang).rulesets:
        for ex in load(lang, ruleset.event):
            problems = check(lang, ruleset.event, ex)
            if problems:
                failures.setdefault(ruleset.event, []).append((ex, problems))
    return failures
