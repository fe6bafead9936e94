"""The command line: inputs, output shape, order, errors that lose nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflictevents.cli import main

SENTENCE = "At least 12 civilians were killed on Thursday (31)."


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_in_jsonl_out_in_order(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    records = [
        {"id": "b", "lang": "en", "text": SENTENCE, "published": "2022-04-02", "extra": 1},
        {"id": "a", "text": "Nothing happened."},
    ]
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--lang", "en"]) == 0
    lines = _lines(out)
    assert [line["id"] for line in lines] == ["b", "a"]
    assert lines[0]["lang"] == "en"
    (event,) = lines[0]["events"]
    assert event["type"] == "casualty" and event["count"] == 12 and event["bound"] == "at_least"
    assert SENTENCE[event["start"] : event["end"]] == event["text"]
    assert lines[1]["events"] == []


def test_txt_input_is_one_document_named_by_file(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--lang", "en"]) == 0
    (line,) = _lines(out)
    assert line["id"] == "report.txt" and len(line["events"]) == 1


def test_bad_records_get_an_error_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(
        '{"id": "ok", "text": "Four were injured."}\n'
        "{not json\n"
        '{"id": "no-text"}\n'
        '{"id": "num", "text": 5}\n'
        '{"id": "date", "text": "x", "published": "2022-99-99"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--lang", "en"]) == 1
    lines = _lines(out)
    assert [line["id"] for line in lines] == ["ok", f"{src}:2", "no-text", "num", "date"]
    assert "error" not in lines[0]
    assert "invalid JSON" in lines[1]["error"] and ":2:" in lines[1]["error"]
    assert "no 'text'" in lines[2]["error"]
    assert "not a string" in lines[3]["error"]
    assert "2022-99-99" in lines[4]["error"]
    assert "5 documents, 1 events, 4 errors" in capsys.readouterr().err


def test_without_a_language_it_is_detected(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(
        '{"id": "x", "text": "Four of the people were injured in the attack."}\n{"id": "y", "text": "zzz qqq"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 1
    detected, unknown = _lines(out)
    assert detected["lang"] == "en" and detected["events"][0]["count"] == 4
    assert "installed packs: " in unknown["error"] and "lang" not in unknown


def test_stdin_and_module_entry_point(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "conflictevents", "extract", "-", "--lang", "en", "--published", "2022-04-02"],
        input=json.dumps({"id": "s", "text": SENTENCE}) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    (line,) = [json.loads(x) for x in run.stdout.splitlines()]
    assert line["id"] == "s" and line["events"][0]["count"] == 12


def test_unreadable_path_is_reported(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "missing.txt"), "-o", str(out), "--lang", "en"]) == 1
    assert "cannot read" in _lines(out)[0]["error"]


def test_invalid_default_date_stops_before_work(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-", "--published", "tomorrow"]) == 2
    assert "tomorrow" in capsys.readouterr().err
