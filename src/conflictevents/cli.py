"""The command line: ``conflictevents extract [PATH ...] [-o OUT] [--lang L] [--published DATE]``.

Inputs are ``.txt`` files (one document each, id = file name), ``.jsonl`` files
(records with ``text`` and optional ``id``, ``lang``, ``published``) or ``-`` for
standard input (JSON Lines). The output is JSON Lines, one line per input document,
in input order, in the shape of the interchange format.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from . import __version__
from .api import extract, parse_published
from .errors import ConflictEventsError

__all__ = ["main"]


class RecordError(Exception):
    """An input record that cannot be extracted; the message says where and why."""


def _records_from_lines(lines: IO[str], where: str) -> Iterator[tuple[str, dict[str, Any] | RecordError]]:
    number = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fallback_id = f"{where}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield fallback_id, RecordError(f"{where}:{number}: invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield fallback_id, RecordError(f"{where}:{number}: a record must be a JSON object")
            continue
        doc_id = str(record.get("id", fallback_id))
        if "text" not in record:
            yield doc_id, RecordError(f"{where}:{number}: record has no 'text'")
        elif not isinstance(record["text"], str):
            yield doc_id, RecordError(f"{where}:{number}: 'text' is {type(record['text']).__name__}, not a string")
        else:
            yield doc_id, record


def _records(path: str) -> Iterator[tuple[str, dict[str, Any] | RecordError]]:
    if path == "-":
        yield from _records_from_lines(sys.stdin, "<stdin>")
        return
    file = Path(path)
    try:
        if file.suffix == ".jsonl":
            with file.open(encoding="utf-8") as lines:
                yield from _records_from_lines(lines, path)
        else:
            yield file.name, {"text": file.read_text(encoding="utf-8")}
    except (OSError, UnicodeDecodeError) as exc:
        yield file.name, RecordError(f"{path}: cannot read: {exc}")


def _extract_one(record: dict[str, Any], lang: str | None, published: str | None) -> dict[str, Any]:
    language = record.get("lang") or lang or "auto"
    doc = extract(record["text"], lang=language, published=record.get("published") or published)
    return doc.as_dict()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="conflictevents", description="Typed events from conflict news.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    ex = commands.add_parser("extract", help="extract events from .txt or .jsonl documents")
    ex.add_argument("paths", nargs="*", default=["-"], metavar="PATH", help=".txt, .jsonl, or - for stdin")
    ex.add_argument("-o", "--output", default="-", help="output .jsonl (default: stdout)")
    ex.add_argument("--lang", help="language code for records that give none (default: detect it)")
    ex.add_argument("--published", help="publication date YYYY-MM-DD for records that give none")
    return parser


def _write(out: IO[str], args: argparse.Namespace) -> tuple[int, int, int]:
    documents = events = errors = 0
    for path in args.paths:
        for doc_id, record in _records(path):
            documents += 1
            line: dict[str, Any] = {"id": doc_id}
            try:
                if isinstance(record, RecordError):
                    raise record
                result = _extract_one(record, args.lang, args.published)
                line.update(result)
                events += len(result["events"])
            except (RecordError, ConflictEventsError, ValueError, TypeError) as exc:
                errors += 1
                line.update({"events": [], "error": str(exc)})
                print(f"conflictevents: {doc_id}: {exc}", file=sys.stderr)
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return documents, events, errors


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.published is not None:
        try:
            parse_published(args.published)
        except ValueError as exc:
            print(f"conflictevents: {exc}", file=sys.stderr)
            return 2
    if args.output == "-":
        counts = _write(sys.stdout, args)
    else:
        target = Path(args.output)
        partial = target.with_name(target.name + ".partial")
        with partial.open("w", encoding="utf-8") as out:
            counts = _write(out, args)
        os.replace(partial, target)
    documents, events, errors = counts
    print(f"conflictevents: {documents} documents, {events} events, {errors} errors", file=sys.stderr)
    return 1 if errors else 0
