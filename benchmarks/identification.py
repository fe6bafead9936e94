"""How well language identification does on a folder of sentences, one file per language.

    python benchmarks/identification.py [DIR ...] [--long 15] [--show]

Each ``DIR/<code>.txt`` holds one sentence (or text) a line in the language ``<code>``
(default: ``tests/identification``). A file whose language has an installed pack must be
identified as it; any other must be read by no pack. Prints, per language and in all,
how many lines were right, split at ``--long`` words, and the wrong ones with
``--show``; also the time identification took per line, once the profiles it needs are
built (by the first line of each file, timed on its own).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from conflictevents import identify_language, languages

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "identification"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT], metavar="DIR")
    parser.add_argument("--long", type=int, default=15, help="words from which a line counts as long (default: 15)")
    parser.add_argument("--show", action="store_true", help="print every line identified wrong")
    args = parser.parse_args()
    installed = set(languages())
    files = sorted(path for folder in args.dirs for path in folder.glob("*.txt"))
    start = time.perf_counter()
    for path in files:  # a profile is built the first time a text of its script is met
        identify_language(path.read_text(encoding="utf-8").partition("\n")[0])
    built = time.perf_counter() - start
    totals: Counter[tuple[str, str]] = Counter()
    spent = 0.0
    print(f"installed packs: {', '.join(sorted(installed))}; profiles built in {built:.2f} s, by the first lines")
    for folder in args.dirs:
        print(f"\n{folder}")
        for path in sorted(folder.glob("*.txt")):
            code = path.stem
            kind = "installed" if code in installed else "refused"
            lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            right = Counter[str]()
            for line in lines:
                size = "long" if len(line.split()) >= args.long else "short"
                begin = time.perf_counter()
                details = identify_language(line)
                spent += time.perf_counter() - begin
                chosen = details.lang if details.identified else None
                ok = chosen == (code if kind == "installed" else None)
                right[size] += ok
                totals[(kind, size)] += 1
                totals[(kind, size + " right")] += ok
                if not ok and args.show:
                    print(f"    wrong: {chosen or 'none'} ({details.lang} {details.confidence:.3f}): {line}")
            print(f"  {code} ({kind}): {sum(right.values())}/{len(lines)}")
    print("\nin all:")
    for kind in ("installed", "refused"):
        for size in ("long", "short"):
            n, ok = totals[(kind, size)], totals[(kind, size + " right")]
            if n:
                verdict = "identified right" if kind == "installed" else "read by no pack"
                print(f"  {kind} languages, {size} lines: {ok}/{n} {verdict} ({ok / n:.1%})")
    lines = sum(n for (kind, size), n in totals.items() if "right" not in size)
    print(f"  {spent / max(lines, 1) * 1e6:.0f} µs a line")


if __name__ == "__main__":
    main()
