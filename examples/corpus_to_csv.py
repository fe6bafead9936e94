"""Turn a JSON Lines corpus into a CSV table with one row per event.

Usage::

    python examples/corpus_to_csv.py examples/data/corpus.jsonl -o events.csv

The input has one document per line: ``{"id": ..., "text": ..., "published": ...,
"lang": ...}`` (only ``text`` is required). The table has the document's id and
language, the event's type, span, text and rule, then one column per event field
(empty where an event type has no such field or the text does not state it).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

import conflictevents
from conflictevents.model import EVENT_TYPES

LEADING = ["id", "lang", "type", "start", "end", "text", "rule", "status"]


def columns() -> list[str]:
    """The table's header: the leading columns, then every event field once, in model order."""
    names = list(LEADING)
    for event_type in EVENT_TYPES.values():
        names += [f.name for f in attrs.fields(event_type) if f.name not in names]
    return names


def rows(records: Iterator[dict[str, Any]], lang: str) -> Iterator[dict[str, Any]]:
    """One row per event of every record."""
    for number, record in enumerate(records, start=1):
        doc = conflictevents.extract(record["text"], lang=record.get("lang") or lang, published=record.get("published"))
        for event in doc.events:
            yield {"id": record.get("id", number), "lang": doc.lang, **event.as_dict()}


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def write_csv(out: IO[str], records: Iterator[dict[str, Any]], lang: str) -> tuple[int, int]:
    """Write the table; returns the numbers of documents and events."""
    seen = {"documents": 0}

    def counted() -> Iterator[dict[str, Any]]:
        for record in records:
            seen["documents"] += 1
            yield record

    writer = csv.DictWriter(out, fieldnames=columns(), lineterminator="\n")
    writer.writeheader()
    events = 0
    for row in rows(counted(), lang):
        writer.writerow(row)
        events += 1
    return seen["documents"], events


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One CSV row per event of a JSON Lines corpus.")
    parser.add_argument("corpus", type=Path, help="JSON Lines, one document per line")
    parser.add_argument("-o", "--output", type=Path, help="CSV file to write (default: standard output)")
    parser.add_argument("--lang", default="auto", help="language of records that give none (default: detect)")
    args = parser.parse_args(argv)

    if args.output is None:
        write_csv(sys.stdout, read_jsonl(args.corpus), args.lang)
        return 0
    with args.output.open("w", encoding="utf-8", newline="") as out:
        documents, events = write_csv(out, read_jsonl(args.corpus), args.lang)
    print(f"wrote {events} events from {documents} documents to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
