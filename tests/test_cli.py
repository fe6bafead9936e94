"""The command line: inputs, output shape, order, errors that lose nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conflictevents import batch, cli
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
    errors = [line["error"] for line in lines[1:]]
    assert all(line["events"] == [] for line in lines[1:])
    assert [(e["path"], e["line"]) for e in errors] == [(str(src), n) for n in (2, 3, 4, 5)]
    assert "invalid JSON" in errors[0]["message"]
    assert "no 'text'" in errors[1]["message"]
    assert "not a string" in errors[2]["message"]
    assert "2022-99-99" in errors[3]["message"]
    err = capsys.readouterr().err
    assert f"{src}:2: invalid JSON" in err
    assert "5 documents, 1 events, 4 errors" in err


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
    assert "installed packs: " in unknown["error"]["message"] and "lang" not in unknown


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
    (line,) = _lines(out)
    assert line["id"] == "missing.txt" and line["events"] == []
    assert line["error"]["path"] == str(tmp_path / "missing.txt")
    assert line["error"]["message"].startswith("cannot read: ") and "line" not in line["error"]


def test_invalid_default_date_stops_before_work(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-", "--published", "tomorrow"]) == 2
    assert "tomorrow" in capsys.readouterr().err


# Hostile input: every record gets exactly one line, in order, and the run goes on.

HOSTILE = [
    (b'{"id": "a", "text": "Four were injured."}', None),
    (b"{not json", "invalid JSON"),
    (b'{"id": "b", "text": "caf\xe9 \xff\xfe five were killed"}', "not valid UTF-8"),
    (b'{"id": "c"}', "no 'text'"),
    (b'{"id": "d", "text": ["list"]}', "'text' is an array, not a string"),
    (b'{"id": "e", "text": "x", "published": "2022-99-99"}', "'2022-99-99'"),
    (b'{"id": "f", "text": "x", "published": 20220402}', "'published' is a number"),
    (b'{"id": "g", "text": "x", "lang": 7}', "'lang' is a number"),
    (b'{"id": "h", "text": "x", "lang": "xx"}', "installed: en"),
    (b'["not", "an", "object"]', "a record must be a JSON object, not an array"),
    (b'{"id": {"nested": 1}, "text": "x"}', "'id' is an object"),
    (b"[" * 100_000 + b"]" * 100_000, "invalid JSON: nested too deeply"),
    (b'{"id": "i", "text": "x", "n": ' + b"9" * 5000 + b"}", "invalid JSON: a number too long"),
    (b"", None),  # a blank line is no record
    (b'{"id": "j", "text": "At least 12 civilians were killed."}', None),
]


def test_hostile_jsonl_loses_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "hostile.jsonl"
    src.write_bytes(b"\n".join(raw for raw, _ in HOSTILE) + b"\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--lang", "en"]) == 1
    lines = _lines(out)
    expected = [(n, want) for n, (raw, want) in enumerate(HOSTILE, start=1) if raw]
    assert len(lines) == len(expected)
    for line, (number, want) in zip(lines, expected, strict=True):
        if want is None:
            assert "error" not in line and line["events"], line
        else:
            assert line["events"] == []
            assert line["error"]["path"] == str(src) and line["error"]["line"] == number, line
            assert want in line["error"]["message"], line
    # The line with undecodable bytes does not abort the file: the last record is extracted.
    assert lines[-1]["id"] == "j" and lines[-1]["events"][0]["count"] == 12
    err = capsys.readouterr().err
    assert f"{src}:3: not valid UTF-8" in err
    assert "14 documents, 2 events, 12 errors" in err


def test_allow_errors_exits_zero(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_bytes(b'{"id": "ok", "text": "Four were injured."}\n\xff\n')
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--lang", "en", "--allow-errors"]) == 0
    assert len(_lines(out)) == 2


def test_help_documents_allow_errors_and_the_error_object(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--allow-errors" in help_text and '"message"' in help_text and "Exit status" in help_text


def test_utf8_bom_and_crlf_are_read(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Four were injured."}\r\n{"id": "b", "text": "x"}\r\n')
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--lang", "en"]) == 0
    assert [line["id"] for line in _lines(out)] == ["a", "b"]


def test_undecodable_text_file_is_an_error_line(tmp_path: Path) -> None:
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes(b"Four were injured \xff.")
    good.write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(bad), str(good), "-o", str(out), "--lang", "en"]) == 1
    first, second = _lines(out)
    assert first["id"] == "bad.txt" and "not valid UTF-8" in first["error"]["message"]
    assert first["error"]["path"] == str(bad) and "line" not in first["error"]
    assert second["id"] == "good.txt" and second["events"]


def test_unreadable_paths_each_get_a_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "folder.jsonl"
    folder.mkdir()
    locked = tmp_path / "locked.jsonl"
    locked.write_text('{"text": "x"}\n', encoding="utf-8")
    real_open = open

    def deny(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", deny)
    out = tmp_path / "out.jsonl"
    paths = [tmp_path / "missing.jsonl", folder, locked, tmp_path / "folder2"]
    assert main(["extract", *map(str, paths), "-o", str(out), "--lang", "en"]) == 1
    lines = _lines(out)
    assert [line["error"]["path"] for line in lines] == [str(p) for p in paths]
    assert [line["error"]["message"] for line in lines] == [
        "cannot read: No such file or directory",
        "cannot read: Is a directory",
        "cannot read: Permission denied",
        "cannot read: No such file or directory",
    ]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(SENTENCE, encoding="utf-8")
    locked.chmod(0)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(locked), "-o", str(out), "--lang", "en"]) == 1
    assert _lines(out)[0]["error"]["message"] == "cannot read: Permission denied"


def test_lone_surrogates_are_written_as_valid_utf8(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text('{"id": "\\ud800", "text": "At least 12 civilians were killed \\udc00."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--lang", "en"]) == 0
    (line,) = _lines(out)
    assert line["id"] == "\ud800" and line["events"][0]["count"] == 12


def test_an_internal_error_is_one_records_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.extract

    def flaky(text: str, **kwargs: object) -> object:
        if text == "boom":
            raise IndexError("deep inside")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "extract", flaky)
    src = tmp_path / "docs.jsonl"
    src.write_text('{"text": "boom"}\n{"text": "Four were injured."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--lang", "en"]) == 1
    broken, fine = _lines(out)
    assert broken["error"]["message"] == "internal error, please report it: IndexError: deep inside"
    assert fine["events"][0]["count"] == 4


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_run_leaves_no_truncated_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, interruption: type[BaseException]
) -> None:
    real = cli.dump_line
    written: list[bytes] = []

    def dump_then_fail(line: dict) -> bytes:
        if len(written) == 2:
            raise interruption()
        written.append(real(line))
        return written[-1]

    monkeypatch.setattr(cli, "dump_line", dump_then_fail)
    src = tmp_path / "docs.jsonl"
    src.write_text('{"text": "Four were injured."}\n' * 5, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("the previous run's output\n", encoding="utf-8")
    if interruption is KeyboardInterrupt:
        assert main(["extract", str(src), "-o", str(out), "--lang", "en"]) == 130
    else:
        with pytest.raises(RuntimeError):
            main(["extract", str(src), "-o", str(out), "--lang", "en"])
    assert out.read_text(encoding="utf-8") == "the previous run's output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "out.jsonl"]


def test_unwritable_output_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text('{"text": "Four were injured."}\n', encoding="utf-8")
    target = tmp_path / "no-such-dir" / "out.jsonl"
    assert main(["extract", str(src), "-o", str(target), "--lang", "en"]) == 2
    assert f"cannot write {target}: No such file or directory" in capsys.readouterr().err
    (tmp_path / "taken").mkdir()
    assert main(["extract", str(src), "-o", str(tmp_path / "taken"), "--lang", "en"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "taken"]


def test_unknown_default_language_stops_before_work(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-", "--lang", "xx"]) == 2
    assert "installed: en" in capsys.readouterr().err


def test_stdin_with_undecodable_bytes(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "conflictevents", "extract", "-", "--lang", "en"],
        input=b'{"id": "a", "text": "\xff"}\n{"id": "b", "text": "Four were injured."}\n',
        capture_output=True,
        check=False,
    )
    assert run.returncode == 1
    first, second = (json.loads(x) for x in run.stdout.decode("utf-8").splitlines())
    assert first["error"]["path"] == "<stdin>" and first["error"]["line"] == 1
    assert second["events"][0]["count"] == 4
    assert b"<stdin>:1: not valid UTF-8" in run.stderr
