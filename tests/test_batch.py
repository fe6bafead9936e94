"""Many documents: extract_many() and `conflictevents extract --jobs`, streaming, in order, losing nothing."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conflictevents import (
    Casualty,
    Document,
    ExtractionTimeout,
    Record,
    RecordError,
    RecordResult,
    UnknownLanguageError,
    batch,
    extract,
    extract_many,
)
from conflictevents.batch import ProgressLine
from conflictevents.cli import main

KILLED = "At least 12 civilians were killed on Thursday (31)."
INJURED = "Four people were injured in the attack."
DECREE = (
    "President Vladimir Putin signed a decree on Thursday (31) ordering the call-up of 134,500 men "
    "between April 1 and July 15 this year."
)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 3 records, so that a few dozen records keep two workers busy."""
    monkeypatch.setattr(batch, "CHUNK_RECORDS", 3)


def _mixed(n: int) -> list[object]:
    """``n`` records of every kind, good and bad."""
    kinds = [
        KILLED,
        {"id": "m", "text": INJURED, "published": "2022-04-02"},
        {"id": 7, "text": KILLED, "published": dt.date(2022, 4, 2), "lang": "en"},
        {"id": "no-text"},
        {"id": "bad-date", "text": INJURED, "published": "2022-99-99"},
        {"id": "bad-lang", "text": INJURED, "lang": "xx"},
        "Lorem ipsum dolor sit amet",  # in no installed language
        "   ",
        42,
        Record("rec", INJURED, "mine.jsonl", 3, "en"),
        RecordError("read before", doc_id="failed", path="mine.jsonl", line=4),
        {"id": "decree", "text": DECREE, "published": "2022-04-02"},
    ]
    return [kinds[i % len(kinds)] for i in range(n)]


def test_one_result_per_record_in_input_order() -> None:
    results = list(extract_many(_mixed(12)))
    assert [r.id for r in results] == [
        "<records>:1",
        "m",
        "7",
        "no-text",
        "bad-date",
        "bad-lang",
        "<records>:7",
        "<records>:8",
        "<records>:9",
        "rec",
        "failed",
        "decree",
    ]
    killed, injured, dated = (r.document for r in results[:3])
    assert killed == extract(KILLED)
    assert injured is not None and injured.published == dt.date(2022, 4, 2)
    assert dated is not None and dated.of_type(Casualty)[0].count == 12
    assert results[7].document == Document(lang="und", published=None, events=())
    assert results[9].document is not None and results[9].document.lang == "en"
    assert results[11].document == extract(DECREE, published="2022-04-02")
    for result in results:
        assert (result.document is None) != (result.error is None), result


def test_bad_records_are_errors_that_name_the_problem() -> None:
    errors = {r.id: r.error for r in extract_many(_mixed(12)) if r.error is not None}
    assert {k: e.message for k, e in errors.items() if k not in ("bad-lang", "<records>:7")} == {
        "no-text": "record has no 'text'",
        "bad-date": "invalid publication date '2022-99-99': expected YYYY-MM-DD",
        "<records>:9": "a record must be a str or a mapping with a 'text', not int",
        "failed": "read before",
    }
    assert "no language pack for 'xx'" in errors["bad-lang"].message
    assert "cannot tell the language" in errors["<records>:7"].message
    assert (errors["bad-date"].path, errors["bad-date"].line) == ("<records>", 5)
    assert errors["failed"].as_dict() == {"message": "read before", "path": "mine.jsonl", "line": 4}


def test_defaults_apply_to_records_that_give_none() -> None:
    records = [{"text": KILLED}, {"text": KILLED, "published": "2022-04-09"}]
    first, second = extract_many(records, lang="en", published="2022-04-02", types=["casualty"])
    assert first.document == extract(KILLED, lang="en", published="2022-04-02", types=["casualty"])
    assert second.document is not None and second.document.published == dt.date(2022, 4, 9)


@pytest.mark.usefixtures("small_chunks")
def test_two_jobs_give_what_one_gives() -> None:
    records = _mixed(60)
    one = list(extract_many(records, jobs=1, published="2022-04-02"))
    two = list(extract_many(records, jobs=2, published="2022-04-02"))
    assert [r.as_dict() for r in two] == [r.as_dict() for r in one]
    assert [r.document for r in two] == [r.document for r in one]  # the same typed events, dates and all
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.usefixtures("small_chunks")
def test_input_is_read_lazily_and_boundedly(jobs: int) -> None:
    taken = 0

    def endless() -> Iterator[str]:
        nonlocal taken
        for n in itertools.count():
            taken = n + 1
            yield INJURED if n % 2 else KILLED

    results = extract_many(endless(), lang="en", jobs=jobs)
    assert taken == 0  # nothing is read before the first result is asked for
    first = list(itertools.islice(results, 20))
    assert [r.id for r in first] == [f"<records>:{n}" for n in range(1, 21)]
    # Read ahead: at most the chunks handed out or waiting, per worker, beyond those taken.
    assert taken <= 20 + batch.CHUNKS_PER_WORKER * jobs * batch.CHUNK_RECORDS
    results.close()
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.usefixtures("small_chunks")
def test_a_failure_in_a_worker_is_that_records_error(monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    real = batch.extract

    def flaky(text: str, **kwargs: object) -> object:
        if text == "boom":
            raise IndexError("deep inside")
        if text == "slow":
            raise ExtractionTimeout("matching took longer than 0.01 s")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "extract", flaky)
    records = [KILLED, "boom", INJURED, "slow", KILLED] * 3
    results = list(extract_many(records, lang="en", jobs=jobs))
    messages = [None if r.error is None else r.error.message for r in results]
    assert (
        messages
        == [
            None,
            "internal error, please report it: IndexError: deep inside",
            None,
            "matching took longer than 0.01 s",
            None,
        ]
        * 3
    )


@pytest.mark.usefixtures("small_chunks")
def test_a_record_that_stops_its_worker_is_that_records_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.extract

    def fatal(text: str, **kwargs: object) -> object:
        if text == "die":
            os._exit(3)
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "extract", fatal)
    records = [KILLED, INJURED, "die", KILLED] * 4
    results = list(extract_many(records, lang="en", jobs=2))
    for record, result in zip(records, results, strict=True):
        if record == "die":
            assert result.error is not None
            assert result.error.message == "the worker process stopped while extracting this record (exit status 3)"
        else:
            assert result.document == extract(record, lang="en")
    assert multiprocessing.active_children() == []


def test_progress_reports_records_and_bytes() -> None:
    seen: list[tuple[int, int]] = []
    records = [KILLED, {"id": "bad"}, "Погибли пять человек."]
    list(extract_many(records, lang="en", progress=lambda done, size: seen.append((done, size))))
    first, cyrillic = len(KILLED), len("Погибли пять человек.".encode())
    assert seen == [(1, first), (2, first), (3, first + cyrillic)]


def test_progress_line_on_request_is_shown_then_blanked(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(list(extract_many([KILLED] * 3, lang="en", progress=True))) == 3
    err = capsys.readouterr().err
    assert "conflictevents: " in err and "documents" in err and "MB/s" in err
    assert err.endswith("\r")  # blanked: nothing is left on the line


@pytest.mark.parametrize("progress", [None, False])
def test_no_progress_line_off_a_terminal_or_when_refused(
    progress: bool | None, capsys: pytest.CaptureFixture[str]
) -> None:
    list(extract_many([KILLED] * 3, lang="en", progress=progress))  # pytest's stderr is no terminal
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"jobs": 0}, ValueError, "jobs must be 1 or more"),
        ({"jobs": "2"}, TypeError, "jobs must be a number"),
        ({"lang": "xx"}, UnknownLanguageError, "installed: "),
        ({"published": "2022-13-01"}, ValueError, "2022-13-01"),
        ({"types": ["battle"]}, ValueError, "unknown event type"),
        ({"timeout": -1}, ValueError, "positive"),
    ],
)
def test_bad_arguments_fail_at_the_call(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        extract_many([KILLED], **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("records", [5, KILLED, {"text": KILLED}])
def test_records_must_be_a_collection(records: object) -> None:
    with pytest.raises(TypeError):
        extract_many(records)  # type: ignore[arg-type]


def test_result_as_dict_is_the_command_lines_line() -> None:
    ok, bad = extract_many([{"id": "a", "text": INJURED}, {"id": "b"}], lang="en")
    assert ok.as_dict() == {"id": "a", **extract(INJURED, lang="en").as_dict()}
    assert bad.as_dict() == {
        "id": "b",
        "events": [],
        "error": {"message": "record has no 'text'", "path": "<records>", "line": 2},
    }
    assert isinstance(ok, RecordResult)


# The command line.


def _jsonl(tmp_path: Path, n: int) -> Path:
    lines = [
        json.dumps({"id": f"r{i}", "text": KILLED if i % 3 else INJURED, "published": "2022-04-02"}) for i in range(n)
    ]
    lines[4] = "{not json"
    lines[9] = json.dumps({"id": "x", "text": "zzz qqq"})  # in no language
    src = tmp_path / "docs.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


@pytest.mark.usefixtures("small_chunks")
def test_cli_output_is_the_same_whatever_the_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _jsonl(tmp_path, 40)
    outputs, errs = [], []
    for jobs in ("1", "2", "3"):
        out = tmp_path / f"out-{jobs}.jsonl"
        assert main(["extract", str(src), "-o", str(out), "--jobs", jobs, "--no-progress"]) == 1
        outputs.append(out.read_bytes())
        errs.append(capsys.readouterr().err)
    assert outputs[0].count(b"\n") == 40
    assert outputs[1] == outputs[0] and outputs[2] == outputs[0]
    assert errs[1] == errs[0] and errs[2] == errs[0]
    assert errs[0].endswith("conflictevents: 40 documents, 38 events, 2 errors\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "out-1.jsonl", "out-2.jsonl", "out-3.jsonl"]


def test_cli_progress_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _jsonl(tmp_path, 12)
    monkeypatch.setattr(ProgressLine, "RATE", 1e9)  # every update is drawn
    main(["extract", str(src), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1", "--progress"])
    err = capsys.readouterr().err
    assert re.search(r"\rconflictevents: 3 documents, 0\.0 MB, [0-9.]+ MB/s", err), err
    # Cleared before an error and before the summary.
    assert "\r\nconflictevents: " not in err and "MB/sconflictevents" not in err
    assert err.endswith("\rconflictevents: 12 documents, 10 events, 2 errors\n")
    main(["extract", str(src), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1"])  # stderr is no terminal here
    assert "\r" not in capsys.readouterr().err


def test_cli_rejects_a_bad_jobs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "-", "--jobs", "0"])
    assert "expected a number of processes, 1 or more: '0'" in capsys.readouterr().err


def _cli(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "conflictevents", "extract", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[call-overload]
    )


def _children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in found.read_text().split()] if found.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds worker processes in /proc")
def test_ctrl_c_stops_the_workers_and_leaves_no_output(tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl"
    src.write_text((json.dumps({"text": KILLED * 20}) + "\n") * 3000, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = _cli(str(src), "-o", str(out), "--lang", "en", "--jobs", "2", start_new_session=True)
    deadline = time.monotonic() + 60
    while len(_children(run.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(run.pid)
    assert len(workers) == 2
    os.killpg(run.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert err.decode().splitlines() == [f"conflictevents: interrupted; {out} not written"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists()


_AUDITED = textwrap.dedent(
    """
    import sys

    seen = []
    sys.addaudithook(lambda event, args: seen.append(event) if event.startswith(("pickle.", "socket.")) else None)
    from conflictevents.cli import main

    status = main(sys.argv[1:])
    print("AUDIT", sorted(set(seen)), file=sys.stderr)
    sys.exit(status)
    """
)


def test_workers_exchange_only_text(tmp_path: Path) -> None:
    """Records and results cross between processes as JSON: nothing is unpickled, no socket is opened."""
    src = tmp_path / "docs.jsonl"
    src.write_text((json.dumps({"text": KILLED}) + "\n") * 200, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", _AUDITED, "extract", str(src), "-o", "out.jsonl", "--lang", "en", "--jobs", "2"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "AUDIT []" in run.stderr
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count('"count": 12') == 200
