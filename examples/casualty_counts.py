"""Count the casualties of a JSON Lines corpus by category and side.

Usage::

    python examples/casualty_counts.py examples/data/corpus.jsonl

For each category (killed, injured, ...) and side (a country code, or "-" where the
text does not say whose), it prints how many reports there are and the sum of their
counts. A range counts with its low end, "at least 12" as 12; a part of a total
("including 12 children") is no report of its own. The sum is a sum of *reports*: the
same deaths reported by two articles, or a running toll reported twice, count twice.
Use it to see what a corpus talks about, not as a death toll.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import conflictevents
from conflictevents import Casualty

Key = tuple[str, str]  # (category, side)


def tally(records: Iterable[dict[str, Any]], lang: str = "auto") -> tuple[Counter[Key], Counter[Key]]:
    """Per (category, side): the number of reports and the sum of their counts."""
    reports: Counter[Key] = Counter()
    people: Counter[Key] = Counter()
    for record in records:
        doc = conflictevents.extract(
            record["text"], lang=record.get("lang") or lang, published=record.get("published"), types=[Casualty]
        )
        for event in doc.of_type(Casualty):
            if event.part_of is not None:  # counted in its total
                continue
            key = (event.category, event.side or "-")
            reports[key] += 1
            people[key] += event.count
    return reports, people


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Casualty reports by category and side.")
    parser.add_argument("corpus", type=Path, help="JSON Lines, one document per line")
    parser.add_argument("--lang", default="auto", help="language of records that give none (default: detect)")
    args = parser.parse_args(argv)

    with args.corpus.open(encoding="utf-8") as lines:
        reports, people = tally((json.loads(line) for line in lines if line.strip()), args.lang)
    print(f"{'category':<11} {'side':<5} {'reports':>7} {'people':>9}")
    for category, side in sorted(reports):
        key = (category, side)
        print(f"{category:<11} {side:<5} {reports[key]:>7} {people[key]:>9}")
    print(f"{'total':<17} {sum(reports.values()):>7} {sum(people.values()):>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
