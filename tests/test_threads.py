"""Thread safety and determinism: extraction from 8 threads at once gives what a serial run gives.

The registry compiles a pack lazily, under a lock, on first use; the test clears the
compiled packs first, so that the threads also race for that first use.
"""

from __future__ import annotations

import itertools
import random
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from conflictevents import ConflictEventsError, extract, languages, registry
from conflictevents.corpus import REFERENCE_DATE, load
from conflictevents.model import EVENT_TYPES

THREADS = 8


def _documents(per_language: int = 8) -> list[tuple[str, str]]:
    """About 30 documents of the packs' corpora: each two examples of one language, of all event types."""
    docs = []
    for lang in languages():
        interleaved = itertools.chain(*itertools.zip_longest(*(load(lang, event) for event in EVENT_TYPES)))
        texts = [ex.text for ex in interleaved if ex is not None][: 2 * per_language]
        docs += [(lang, " ".join(texts[i : i + 2])) for i in range(0, len(texts), 2)]
    return docs


def _run(lang: str, text: str) -> tuple[str, Any]:
    try:
        return "ok", extract(text, lang=lang, published=REFERENCE_DATE).as_dict()
    except ConflictEventsError as exc:
        return "error", f"{type(exc).__name__}: {exc}"


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Let threads take turns often, so that races have a chance to show."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    yield
    sys.setswitchinterval(interval)


@pytest.mark.usefixtures("fast_switching")
def test_concurrent_extraction_equals_serial_from_first_use() -> None:
    docs = _documents()
    # Every pack in its own language, and language detection (lang="auto") on the same texts.
    jobs = [*docs, *(("auto", text) for _, text in docs)]
    assert len(docs) >= 24 and {lang for lang, _ in docs} == set(languages())

    with registry._lock:
        registry._compiled.clear()
        registry._profiles.clear()
    start = threading.Barrier(THREADS)

    def worker(seed: int) -> dict[int, tuple[str, Any]]:
        order = list(range(len(jobs)))
        random.Random(seed).shuffle(order)
        start.wait()
        return {i: _run(*jobs[i]) for i in order}

    with ThreadPoolExecutor(THREADS) as pool:
        concurrent = list(pool.map(worker, range(THREADS)))

    serial = [_run(*job) for job in jobs]
    assert sum(kind == "ok" for kind, _ in serial) >= len(docs)
    assert sum(len(found["events"]) for kind, found in serial if kind == "ok") >= len(docs)
    for results in concurrent:
        assert [results[i] for i in range(len(jobs))] == serial
    # Each pack was compiled once, and is shared.
    assert set(registry._compiled) == set(languages())
