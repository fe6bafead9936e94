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
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as _dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

import attrs

from . import __version__
from .api import extract, parse_published
from .errors import ConflictEventsError
from .registry import languages

__all__ = ["Record", "RecordError", "main", "read_jsonl"]

STDIN = "<stdin>"
# Exit statuses: some records failed; the command could not run at all.
EXIT_RECORD_ERRORS, EXIT_USAGE = 1, 2
# 128 + SIGINT, as shells report an interrupted command.
EXIT_INTERRUPTED = 130

_T = TypeVar("_T")


@attrs.frozen
class Record:
    """One input document, checked and ready to extract."""

    id: str
    text: str
    path: str
    line: int | None = None
    lang: str | None = None
    published: _dt.date | None = None

    def error(self, message: str) -> RecordError:
        """What went wrong with this record, and where it stands."""
        return RecordError(message, doc_id=self.id, path=self.path, line=self.line)


class RecordError(Exception):
    """An input record that cannot be extracted: what was wrong, and where."""

    def __init__(self, message: str, *, doc_id: str, path: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.doc_id = doc_id
        self.path = path
        self.line = line

    def where(self) -> str:
        """``path:line``, or the path alone."""
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def as_dict(self) -> dict[str, Any]:
        """The ``error`` object of the record's output line."""
        out: dict[str, Any] = {"message": self.message, "path": self.path}
        if self.line is not None:
            out["line"] = self.line
        return out

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"


def _json_type(value: object) -> str:
    """What a JSON value is, in JSON's words ("a number", "an array")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string"


def _optional_string(record: dict[str, Any], key: str) -> str | None:
    """A record's optional string field; ``None`` when absent, null or empty."""
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} is {_json_type(value)}, not a string")
    return value


def parse_line(raw: bytes, path: str, number: int) -> Record | RecordError | None:
    """One line of a JSON Lines input as a record, or what is wrong with it; ``None`` for a blank line."""
    fallback_id = f"{path}:{number}"

    def error(message: str, doc_id: str = fallback_id) -> RecordError:
        return RecordError(message, doc_id=doc_id, path=path, line=number)

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
        return error(f"a record must be a JSON object, not {_json_type(record)}")
    raw_id = record.get("id")
    if raw_id is None:
        doc_id = fallback_id
    elif isinstance(raw_id, str):
        doc_id = raw_id
    elif isinstance(raw_id, (int, float)) and not isinstance(raw_id, bool):
        doc_id = json.dumps(raw_id)
    else:
        return error(f"'id' is {_json_type(raw_id)}, not a string or a number")
    if "text" not in record:
        return error("record has no 'text'", doc_id)
    text = record["text"]
    if not isinstance(text, str):
        return error(f"'text' is {_json_type(text)}, not a string", doc_id)
    try:
        lang = _optional_string(record, "lang")
        published = parse_published(_optional_string(record, "published"))
    except ValueError as exc:
        return error(str(exc), doc_id)
    return Record(doc_id, text, path, number, lang, published)


def read_jsonl(lines: Iterable[bytes], path: str) -> Iterator[Record | RecordError]:
    """The records of a JSON Lines input, one per non-blank line, each decoded on its own.

    A line that is not UTF-8 or not a valid record yields a :class:`RecordError`;
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
    ex.add_argument("--lang", help="language code for records that give none (default: detect it)")
    ex.add_argument("--published", help="publication date YYYY-MM-DD for records that give none")
    ex.add_argument(
        "--allow-errors",
        action="store_true",
        help="exit with status 0 even when some records failed (their error lines are written all the same)",
    )
    return parser


@attrs.define
class _Counts:
    documents: int = 0
    events: int = 0
    errors: int = 0


def _extract_one(record: Record | RecordError, args: argparse.Namespace, published: _dt.date | None) -> dict[str, Any]:
    """A record's output line: its events, or raises the :class:`RecordError` that says why not."""
    if isinstance(record, RecordError):
        raise record
    try:
        doc = extract(record.text, lang=record.lang or args.lang or "auto", published=record.published or published)
    except ConflictEventsError as exc:
        raise record.error(str(exc)) from None
    except Exception as exc:  # a bug of ours: reported for this record, and the run goes on
        raise record.error(f"internal error, please report it: {type(exc).__name__}: {exc}") from exc
    return {"id": record.id, **doc.as_dict()}


def _write(out: IO[bytes], args: argparse.Namespace, published: _dt.date | None) -> _Counts:
    counts = _Counts()
    for path in args.paths:
        for record in _records(path):
            counts.documents += 1
            try:
                line = _extract_one(record, args, published)
            except RecordError as error:
                counts.errors += 1
                line = {"id": error.doc_id, "events": [], "error": error.as_dict()}
                print(f"conflictevents: {error}", file=sys.stderr)
            else:
                counts.events += len(line["events"])
            out.write(dump_line(line))
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


def _check_defaults(args: argparse.Namespace) -> _dt.date | None:
    """The default publication date; ``ValueError`` if it or the default language is invalid."""
    published = parse_published(args.published)
    if args.lang is not None and args.lang != "auto" and args.lang not in languages():
        raise ValueError(f"no language pack for {args.lang!r}; installed: {', '.join(languages())}")
    return published


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        published = _check_defaults(args)
    except ValueError as exc:
        print(f"conflictevents: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.output == "-":
            stdout = sys.stdout.buffer
            counts = _write(stdout, args, published)
            stdout.flush()
        else:
            counts = _write_atomically(Path(args.output), lambda out: _write(out, args, published))
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
