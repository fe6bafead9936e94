"""Fuzz the command line's record reader: bytes of a JSON Lines input to records and error lines.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_records.py -atheris_runs=100000
    python fuzz/fuzz_records.py -max_total_time=600

The input is a whole JSON Lines file. Each line that is not blank must give exactly
one record or one error, in order, whatever its bytes (invalid UTF-8, invalid JSON,
fields of the wrong type); each must make an output line that is valid UTF-8 JSON.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator

import atheris
from _common import run  # the script's folder is on sys.path

with atheris.instrument_imports(include=["conflictevents"]):
    from conflictevents.cli import Record, RecordError, dump_line, read_jsonl


PATH = "fuzz.jsonl"


def _blank(number: int, raw: bytes) -> bool:
    if number == 1:
        raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return not raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return False


def test_one_input(data: bytes) -> None:
    lines = io.BytesIO(data).readlines()
    expected = [n for n, raw in enumerate(lines, start=1) if not _blank(n, raw)]
    found = list(read_jsonl(io.BytesIO(data), PATH))
    assert [item.line for item in found] == expected, (expected, found)
    for item in found:
        if isinstance(item, Record):
            assert isinstance(item.text, str) and isinstance(item.id, str)
            assert item.lang is None or isinstance(item.lang, str)
            line = {"id": item.id, "events": []}
        else:
            assert isinstance(item, RecordError) and item.path == PATH and item.message
            line = {"id": item.doc_id, "events": [], "error": item.as_dict()}
        assert json.loads(dump_line(line).decode("utf-8")) == line


def seeds() -> Iterator[bytes]:
    yield b'{"id": "a", "text": "At least 12 civilians were killed.", "lang": "en", "published": "2022-04-02"}\n'
    yield b'{"text": "\\u0413\\u0438\\u0431\\u043b\\u0438 5", "id": 7}\n{"text": 5}\n\n{"id": null}\n'
    yield b'\xef\xbb\xbf{"text": "x", "published": "2022-04-02T10:00:00Z"}\r\n{not json\n\xff\xfe\n[1, 2]\n'
    yield b'{"id": ["x"], "text": "\\ud800", "lang": 3, "published": "2022-99-99"}\n'
    yield b'{"text": "caf\xc3\xa9", "lang": "", "published": ""}\n' + b"[" * 50 + b"]" * 50 + b"\n"


if __name__ == "__main__":
    run("records", test_one_input, seeds)
