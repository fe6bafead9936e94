"""ACLED-style one-line notes: does the sum of the extracted ``killed`` counts equal the coded fatalities?

    python eval/acled_notes.py [NOTES.jsonl] [--show]

Each record of ``NOTES.jsonl`` (default: ``eval/acled-notes.jsonl``) has ``text``,
``published``, ``fatalities`` (what a coder would code from the note) and ``states_count``
(whether the note states its deaths itself). A note's extracted deaths are the sum of the
counts of its asserted ``killed`` casualties (a part of a total, "including 5 children",
is in its total already). Prints the share of notes that state their
own count whose sum equals the coded fatalities, and the same for notes that do not
(where 0 extracted deaths is right only when 0 is coded).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from conflictevents import Casualty, extract

DEFAULT = Path(__file__).resolve().parent / "acled-notes.jsonl"


def deaths(text: str, published: str | None) -> int:
    """The sum of the asserted ``killed`` counts extracted from one note."""
    events = extract(text, lang="en", published=published, types=[Casualty]).of_type(Casualty)
    return sum(e.count for e in events if e.category == "killed" and e.status == "asserted" and e.part_of is None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notes", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="print every note whose sum differs")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.notes.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = {True: 0, False: 0}
    total = {True: 0, False: 0}
    for row in rows:
        found = deaths(row["text"], row.get("published"))
        kind = bool(row["states_count"])
        total[kind] += 1
        ok = found == row["fatalities"]
        right[kind] += ok
        if not ok and args.show:
            print(f"  {row['id']}: extracted {found}, coded {row['fatalities']}: {row['text']}")
    for kind, label in ((True, "state their own count"), (False, "give no count of their own")):
        if total[kind]:
            print(f"notes that {label}: {right[kind]}/{total[kind]} = {right[kind] / total[kind]:.1%} summed right")


if __name__ == "__main__":
    main()
