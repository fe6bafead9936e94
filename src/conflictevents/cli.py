"""The command line: ``conflictevents extract [PATH ...] [-o OUT] [--lang L] [--published DATE]``.

Inputs are ``.txt`` files (one document each, id = file name), ``.jsonl`` files
(records with ``text`` and optional ``id``, ``lang``, ``published``) or ``-`` for
standard input (JSON Lines). The output is JSON Lines, one line per input document,
in input order, in the shape of the interchange format.

Nothing is lost: a record that cannot be extracted (invalid JSON or UTF-8, no
``text``, a field of the wrong type, an invalid date, an unknown language, an
unreadable file) still gets its line, with no events and an ``error`` object:

    {"id": "docs.jsonl:2", "events": [], "error": {"message": "invalid JSON: ...", "path": "docs.jsonl", "line": 2}}

``line`` is the record's line number in a JSON Lines input (absent for a ``.txt``
file). The output file is written under a temporary name and renamed into place
when complete, so an interrupted run never leaves a truncated file behind.

Documents are extracted by :func:`~conflictevents.extract_many`, on ``--jobs``
processes (all cores by default); the output is the same whatever their number.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

import attrs

from . import __version__
from .batch import ProgressLine, extract_many
from .errors import UnknownLanguageError
from .records import Record, RecordError, RecordResult, json_type, record_from_mapping

__all__ = ["Record", "RecordError", "main", "read_jsonl"]

STDIN = "<stdin>"
# Exit statuses: some records failed; the command could not run at all.
EXIT_RECORD_ERRORS, EXIT_USAGE = 1, 2
# 128 + SIGINT, as shells report an interrupted command.
EXIT_INTERRUPTED = 130

_T = TypeVar("_T")


def parse_line(raw: bytes, path: str, number: int) -> Record | RecordError | None:
    """One line of a JSON Lines input as a record, or what is wrong with it; ``None`` for a blank line."""
    fallback_id = f"{path}:{number}"

    def error(message: str) -> RecordError:
        return RecordError(message, doc_id=fallback_id, path=path, line=number)

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return error(f"not valid UTF-8 at byte {exc.start + 1}: {exc.reason}")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return error(f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return error("invalid JSON: nested too deeply")
    except ValueError:  # an integer with more digits than Python converts
        return error("invalid JSON: a number too long to read")
    if not isinstance(record, dict):
        return error(f"a record must be a JSON object, not {json_type(record)}")
    return record_from_mapping(record, fallback_id, path, number)


def read_jsonl(lines: Iterable[bytes], path: str) -> Iterator[Record | RecordError]:
    """The records of a JSON Lines input, one per non-blank line, each decoded on its own.

    A line that is not UTF-8 or not a valid record yields a :class:`~conflictevents.RecordError`;
    the lines after it are read as usual.
    """
    for number, raw in enumerate(lines, start=1):
        found = parse_line(raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw, path, number)
        if found is not None:
            yield found


def _cannot_read(path: str, exc: OSError, line: int | None = None) -> RecordError:
    reason = exc.strerror or str(exc) or type(exc).__name__
    return RecordError(f"cannot read: {reason}", doc_id=Path(path).name or path, path=path, line=line)


def _records(path: str) -> Iterator[Record | RecordError]:
    if path != "-" and Path(path).suffix != ".jsonl":
        yield _read_text_file(path)
        return
    where = STDIN if path == "-" else path
    number = 0
    try:
        with contextlib.ExitStack() as stack:
            lines = sys.stdin.buffer if path == "-" else stack.enter_context(open(path, "rb"))
            for found in read_jsonl(lines, where):
                number = found.line or number
                yield found
    except OSError as exc:
        # Unreadable from the start, or a read failing midway: one error for the rest.
        yield _cannot_read(where, exc, line=number + 1 if number else None)


def _read_text_file(path: str) -> Record | RecordError:
    name = Path(path).name
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return _cannot_read(path, exc)
    try:
        return Record(name, data.decode("utf-8"), path)
    except UnicodeDecodeError as exc:
        return RecordError(f"not valid UTF-8 at byte {exc.start + 1}: {exc.reason}", doc_id=name, path=path)


def dump_line(line: dict[str, Any]) -> bytes:
    """One output line as UTF-8; text that UTF-8 cannot hold (a lone surrogate) is escaped."""
    try:
        return (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(line) + "\n").encode("ascii")


def _all_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes, 1 or more: {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="conflictevents", description="Typed events from conflict news.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    ex = commands.add_parser(
        "extract",
        help="extract events from .txt or .jsonl documents",
        description="Write one JSON line per input document, in input order: its events, or an error.",
        epilog=(
            "A record that cannot be extracted still gets its line, with no events and an error object "
            '{"message": ..., "path": ..., "line": ...} ("line" for JSON Lines input); the errors are also '
            "reported on standard error, with a summary. Exit status: 0 if every record was extracted, "
            "1 if some failed (0 with --allow-errors), 2 if the command could not run, 130 if interrupted."
        ),
    )
    ex.add_argument("paths", nargs="*", default=["-"], metavar="PATH", help=".txt, .jsonl, or - for stdin")
    ex.add_argument("-o", "--output", default="-", help="output .jsonl (default: stdout); written whole or not at all")
    ex.add_argument("--lang", help="language code for records that give none (default: identify it)")
    ex.add_argument("--published", help="publication date YYYY-MM-DD for records that give none")
    ex.add_argument(
        "--lang-details",
        action="store_true",
        help="add to each line whose language was identified how sure that is and which language came second",
    )
    ex.add_argument(
        "--allow-errors",
        action="store_true",
        help="exit with status 0 even when some records failed (their error lines are written all the same)",
    )
    ex.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="processes that extract (default: all cores); 1 extracts in this process; the output is the same",
    )
    ex.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="show documents, MB and MB/s done on standard error (default: when it is a terminal)",
    )
    return parser


@attrs.define
class _Counts:
    documents: int = 0
    events: int = 0
    errors: int = 0


def _write(
    out: IO[bytes],
    results: Generator[RecordResult, None, None],
    progress: ProgressLine | None,
    lang_details: bool,
) -> _Counts:
    counts = _Counts()
    try:
        for result in results:
            counts.documents += 1
            if result.error is not None:
                counts.errors += 1
                if progress is not None:
                    progress.clear()
                print(f"conflictevents: {result.error}", file=sys.stderr)
            elif result.document is not None:
                counts.events += len(result.document.events)
            out.write(dump_line(result.as_dict(lang_details=lang_details)))
    finally:
        results.close()  # stops the workers, also when writing fails or is interrupted
        if progress is not None:
            progress.clear()
    return counts


def _write_atomically(target: Path, write: Callable[[IO[bytes]], _T]) -> _T:
    """Run ``write`` on ``OUT.partial`` beside ``target``, renamed to it only when ``write`` returns."""
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as out:
            result = write(out)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    show_progress = sys.stderr.isatty() if args.progress is None else args.progress
    progress = ProgressLine(sys.stderr) if show_progress else None
    try:
        # Checks the defaults before any input is read: a wrong one is the command's error, not each record's.
        results = extract_many(
            (record for path in args.paths for record in _records(path)),
            lang="auto" if args.lang is None else args.lang,
            published=args.published,
            jobs=args.jobs or _all_cores(),
            progress=False if progress is None else progress.update,
        )
    except (ValueError, UnknownLanguageError) as exc:
        print(f"conflictevents: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.output == "-":
            stdout = sys.stdout.buffer
            counts = _write(stdout, results, progress, args.lang_details)
            stdout.flush()
        else:
            counts = _write_atomically(Path(args.output), lambda out: _write(out, results, progress, args.lang_details))
    except KeyboardInterrupt:
        kept = "" if args.output == "-" else f"; {args.output} not written"
        print(f"conflictevents: interrupted{kept}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from failing at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_RECORD_ERRORS
    except OSError as exc:
        print(f"conflictevents: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"conflictevents: {counts.documents} documents, {counts.events} events, {counts.errors} errors",
        file=sys.stderr,
    )
    return EXIT_RECORD_ERRORS if counts.errors and not args.allow_errors else 0
