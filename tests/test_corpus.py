"""Every pack's example corpus, one test per example (Duckling-style)."""

import pytest

from conflictevents import languages
from conflictevents.corpus import check, load
from conflictevents.model import EVENT_TYPES

CASES = [
    pytest.param(lang, event, ex, id=f"{lang}-{event}-{i}")
    for lang in languages()
    for event in EVENT_TYPES
    for i, ex in enumerate(load(lang, event))
]


@pytest.mark.parametrize(("lang", "event", "ex"), CASES)
def test_example(lang, event, ex):
    problems = check(lang, event, ex)
    assert not problems, f"{ex.text!r}: " + "; ".join(problems)
