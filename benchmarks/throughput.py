"""Baseline speed of extraction on one core: import time, pack compile time, MB/s.

    python benchmarks/throughput.py [--mb 3] [--lang en ru uk]

The corpus is built from the packs' own example corpora (text we wrote): their
sentences are shuffled into news-length documents (about 3 KB each) until the
wanted size is reached, so the density of events is that of the corpora.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time

import conflictevents
from conflictevents.corpus import load
from conflictevents.model import EVENT_TYPES
from conflictevents.registry import compiled_pack


def import_time_ms(runs: int = 5) -> float:
    """Best of a few fresh-interpreter imports of the package."""
    best = float("inf")
    for _ in range(runs):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                "import time; t = time.perf_counter(); import conflictevents; print(time.perf_counter() - t)",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        best = min(best, float(out) * 1000)
    return best


def documents(lang: str, megabytes: float, seed: int = 7) -> list[str]:
    sentences = [ex.text for event in EVENT_TYPES for ex in load(lang, event)]
    rng = random.Random(seed)
    docs, size = [], 0
    while size < megabytes * 1e6:
        rng.shuffle(sentences)
        doc = " ".join(sentences[:25])
        docs.append(doc)
        size += len(doc.encode())
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=3.0, help="corpus size per language in MB")
    parser.add_argument("--lang", nargs="+", default=["en", "ru", "uk"])
    args = parser.parse_args()

    print(f"import conflictevents: {import_time_ms():.0f} ms (best of 5)")
    for lang in args.lang:
        start = time.perf_counter()
        compiled_pack(lang)
        compile_s = time.perf_counter() - start
        docs = documents(lang, args.mb)
        size = sum(len(d.encode()) for d in docs)
        start = time.perf_counter()
        events = sum(len(conflictevents.extract(d, lang=lang, published="2022-04-02").events) for d in docs)
        took = time.perf_counter() - start
        print(
            f"{lang}: compile {compile_s:.1f} s; {len(docs)} documents, {size / 1e6:.2f} MB in {took:.1f} s "
            f"= {size / 1e6 / took:.3f} MB/s, {events} events"
        )


if __name__ == "__main__":
    main()
