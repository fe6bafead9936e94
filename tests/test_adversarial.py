"""Adversarial input through the full extractor: time grows about linearly with size.

For every installed pack, six inputs built to make patterns backtrack or the engine
repeat work, each at 1 MB and 2 MB (of UTF-8): a run of digits with every group
separator, the pack's own trigger words (the words of its rule sets' cue lists),
long runs of white space of every kind, long runs of punctuation, one token without
white space, and the pack's number words over and over. The 2 MB input (the 1 MB one
twice) must take at most :data:`MAX_RATIO` times as long as the 1 MB one (linear
growth is 2).

Times are the best of a few runs (:func:`best_times`), as a benchmark takes them, never
compared with a fixed number of seconds; ``timeout`` is large enough that the time
budget never interferes; a ratio above the limit is measured again, with twice the
runs, before it fails. The tests take about 4 minutes on 2 cores (most of it the
trigger words, which pass every cue and run every rule), so the default run deselects
them; CI runs them (``.ci/run``), and so can you::

    python -m pytest -m adversarial tests/test_adversarial.py

or, for the table of growth ratios alone, ``python tests/test_adversarial.py [LANG ...]``.
"""

from __future__ import annotations

import gc
import itertools
import math
import sys
import time
from collections.abc import Callable, Iterable

import pytest

from conflictevents import extract, languages
from conflictevents.corpus import load
from conflictevents.model import EVENT_TYPES
from conflictevents.patterns import LIST_REF
from conflictevents.registry import compiled_pack

pytestmark = pytest.mark.adversarial

#: The smaller size compared, in bytes of UTF-8; the larger input is the same text twice,
#: so that both are made of the same parts in the same proportions.
SIZE = 1_000_000
#: The most the larger input may take, as a multiple of the smaller one's time.
MAX_RATIO = 2.5
#: A timed run repeats a fast extraction until it lasts this long (seconds).
MIN_RUN = 0.5
# Far above any time measured here: the budget must not be what stops a run.
TIMEOUT = 3600.0
LANGUAGES = languages()


def _fill(pieces: Iterable[str], size: int) -> str:
    """``pieces`` repeated in turn until the text has ``size`` bytes of UTF-8 (cut at a character)."""
    out, n = [], 0
    for piece in itertools.cycle(pieces):
        out.append(piece)
        n += len(piece.encode())
        if n >= size:
            break
    text = "".join(out)
    while len(text.encode()) > size:
        text = text[: -max(1, (len(text.encode()) - size) // 4)]
    return text


def cue_words(code: str) -> list[str]:
    """The words of the lists that the cues of the pack's rule sets name."""
    words: set[str] = set()
    for crs in compiled_pack(code).rulesets.values():
        for owner, source in crs.sources:
            if owner == f"{crs.name}.cue":
                for m in LIST_REF.finditer(source):
                    words.update(crs.lists.get(m.group(1), ()))
    return sorted(words)


def number_words(code: str) -> list[str]:
    words = compiled_pack(code).pack.numbers
    return [*words.values, *words.scales]


WHITE_SPACE = [" ", "\u00a0", "\u2009", "\u202f", "\t", "\n", "\r\n", " \t\u00a0"]
PUNCTUATION = list(".,;:!?…-‐–—()[]{}\"'«»“”‘’/\\%#№*&+=<>|_~^`@$")


def digits(code: str, size: int) -> str:
    """One long run of digit groups with every separator: "1,234 567.890 12'345 ..."."""
    return _fill(["1,234", " 567", ".890", " 12", "'345", "\u00a0678", "\u2009901", "\u202f234", "’567", ",5 "], size)


def triggers(code: str, size: int) -> str:
    return _fill([w + " " for w in cue_words(code)], size)


def white_space(code: str, size: int) -> str:
    r"""Runs of 50,000 of each kind of white space, each before a sentence of the pack's corpus.

    A lookbehind such as ``(?<!from\s+)`` in a rule run in that sentence once read the
    whole run back from every position (see ``tests/test_redos.py``).
    """
    sentences = [ex.text for event in EVENT_TYPES for ex in load(code, event)]
    return _fill(
        [run * (50_000 // len(run)) + text for run, text in zip(itertools.cycle(WHITE_SPACE), sentences)], size
    )


def punctuation(code: str, size: int) -> str:
    """Runs of 3,000 of each punctuation mark, then all of them mixed."""
    return _fill([c * 3000 for c in PUNCTUATION] + ["".join(PUNCTUATION) * 100], size)


def token(code: str, size: int) -> str:
    """One token: the trigger words and digits glued together, no white space anywhere."""
    return _fill(["".join(w.split()) for w in cue_words(code)] + ["12345"], size)


def number_run(code: str, size: int) -> str:
    """The pack's number words (values and scales), one after the other, separated by spaces."""
    return _fill([w + " " for w in number_words(code)], size)


# Each input and how many runs give its time: the best of 2 for the slow ones, 3 else.
INPUTS: dict[str, tuple[Callable[[str, int], str], int]] = {
    "digits": (digits, 5),  # fast, and dense with positions: the most sensitive to noise
    "triggers": (triggers, 2),
    "white space": (white_space, 3),
    "punctuation": (punctuation, 3),
    "token": (token, 2),
    "number words": (number_run, 2),
}


def _timed(text: str, lang: str, loops: int) -> float:
    """Seconds per extraction of ``text``, over ``loops`` extractions in a row (garbage collection off)."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(loops):
            extract(text, lang=lang, published="2022-04-02", timeout=TIMEOUT)
        return (time.perf_counter() - start) / loops
    finally:
        gc.enable()


def best_times(small: str, large: str, lang: str, runs: int) -> tuple[float, float]:
    """The best of ``runs`` timings of each text, taken in turn so that both meet the same conditions.

    As ``timeit`` does, a run repeats a fast extraction until it lasts :data:`MIN_RUN`;
    the first extraction of ``small`` sets how often (and counts as a run if it is slow).
    """
    first = _timed(small, lang, 1)
    loops = max(1, math.ceil(MIN_RUN / first))
    smalls, larges = ([first] if loops == 1 else []), []
    while len(larges) < runs:
        if len(smalls) < runs:
            smalls.append(_timed(small, lang, loops))
        larges.append(_timed(large, lang, loops))
    return min(smalls), min(larges)


def growth(lang: str, kind: str) -> tuple[float, float]:
    """Best times of one input at :data:`SIZE` bytes and at twice that (the same text twice)."""
    build, runs = INPUTS[kind]
    compiled_pack(lang)  # compiled before any timing
    text = build(lang, SIZE)
    small, large = best_times(text, text + text, lang, runs)
    if large > MAX_RATIO * small:  # confirmed before it fails: one noisy timing is no finding
        again = best_times(text, text + text, lang, 2 * runs)
        small, large = min(small, again[0]), min(large, again[1])
    return small, large


def _row(lang: str, kind: str, small: float, large: float) -> str:
    return f"{lang:<5} {kind:<13} {small:8.2f} {large:8.2f} {large / small:6.2f}"


HEADER = f"{'pack':<5} {'input':<13} {'1 MB, s':>8} {'2 MB, s':>8} {'ratio':>6}"
_printed: list[str] = []


@pytest.mark.parametrize("kind", list(INPUTS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_time_grows_about_linearly(lang: str, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    small, large = growth(lang, kind)
    with capsys.disabled():  # the table of growth ratios, a row per test
        sys.stdout.write(("" if _printed else f"\n{HEADER}") + f"\n{_row(lang, kind, small, large)}\n")
    _printed.append(kind)
    assert large <= MAX_RATIO * small, f"{lang}, {kind}: {small:.2f} s for 1 MB but {large:.2f} s for 2 MB"


def test_inputs_have_their_size() -> None:
    for lang in LANGUAGES:
        for kind, (build, _) in INPUTS.items():
            text = build(lang, 1000)
            assert 990 <= len(text.encode()) <= 1000, (lang, kind)


if __name__ == "__main__":
    print(HEADER)
    for lang in sys.argv[1:] or LANGUAGES:
        for kind in INPUTS:
            print(_row(lang, kind, *growth(lang, kind)), flush=True)
