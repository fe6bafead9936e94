"""Extract the events of one article and print them, one block per event.

Usage::

    python examples/extract_article.py examples/data/evening-briefing.txt --lang en --published 2022-10-10

Each event prints as its type, its evidence span and text, then its fields and the
rule that found it. Fields the article does not state (``None``) are left out.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import conflictevents

# The fields every event has; the rest are the event type's own.
COMMON = ("type", "start", "end", "text", "rule", "status")


def describe(event: conflictevents.Event) -> str:
    """Two lines: where the event is (and how the text holds it, unless as a fact) and what it says."""
    fields = {k: v for k, v in event.as_dict().items() if k not in COMMON and v is not None}
    values = ", ".join(f"{name}={value}" for name, value in fields.items())
    held = "" if event.status == "asserted" else f" ({event.status})"
    return f"{event.type} [{event.start}:{event.end}] {event.text!r}{held}\n    {values}  ({event.rule})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the events of one article.")
    parser.add_argument("path", type=Path, help="a UTF-8 text file")
    parser.add_argument("--lang", default="auto", help="language code (default: detect it)")
    parser.add_argument("--published", help="publication date YYYY-MM-DD")
    args = parser.parse_args(argv)

    text = args.path.read_text(encoding="utf-8")
    doc = conflictevents.extract(text, lang=args.lang, published=args.published)
    print(f"{args.path.name}: {len(doc.events)} events (language: {doc.lang})")
    for event in doc.events:
        print(describe(event))
    return 0


if __name__ == "__main__":
    sys.exit(main())
