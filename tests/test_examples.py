"""The scripts and the example language pack under examples/, run on the sample texts in examples/data/."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

import conflictevents
from conflictevents.corpus import check_corpus
from conflictevents.model import EVENT_TYPES
from conflictevents.registry import ENTRY_POINT_GROUP

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DATA = EXAMPLES / "data"
BRIEFING = DATA / "evening-briefing.txt"
CORPUS = DATA / "corpus.jsonl"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_sample_data_is_well_formed() -> None:
    records = _records()
    assert len({r["id"] for r in records}) == len(records)
    gold = [json.loads(line) for line in (DATA / "corpus-gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in gold] == [r["id"] for r in records]


def test_extract_article_prints_every_event(capsys: pytest.CaptureFixture[str]) -> None:
    script = _script("extract_article")
    assert script.main([str(BRIEFING), "--lang", "en", "--published", "2022-10-10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("evening-briefing.txt: 9 events (language: en)\n")
    assert "casualty [56:89] 'At least 11 civilians were killed'" in out
    assert "category=killed, count=11, bound=at_least, victims=civilian" in out
    assert "signatory=Vladimir Putin, date=2022-10-08" in out
    assert "side=RU" in out and "(en.casualty.verb_count)" in out


def test_extract_article_runs_as_a_script() -> None:
    run = subprocess.run(
        [sys.executable, str(EXAMPLES / "extract_article.py"), str(BRIEFING), "--lang", "en"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.startswith("evening-briefing.txt: 9 events (language: en)\n")


def test_corpus_to_csv_writes_one_row_per_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = _script("corpus_to_csv")
    out = tmp_path / "events.csv"
    assert script.main([str(CORPUS), "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as table:
        rows = list(csv.DictReader(table))
    texts = {r["id"]: r["text"] for r in _records()}
    expected = sum(len(conflictevents.extract(t, lang="en").events) for t in texts.values())
    assert len(rows) == expected > 0
    assert f"wrote {expected} events from {len(texts)} documents" in capsys.readouterr().out
    for row in rows:
        assert texts[row["id"]][int(row["start"]) : int(row["end"])] == row["text"]
        assert row["type"] in EVENT_TYPES and row["rule"].startswith(f"en.{row['type']}.")
    header = list(rows[0])
    assert header[:7] == ["id", "lang", "type", "start", "end", "text", "rule"]
    assert len(header) == len(set(header))
    arrested = [r for r in rows if r["id"] == "wire-004"]
    assert {(r["category"], r["count"], r["bound"]) for r in arrested} == {
        ("arrested", "700", "at_least"),
        ("arrested", "101", "exact"),
    }


def test_casualty_counts_by_category_and_side(capsys: pytest.CaptureFixture[str]) -> None:
    script = _script("casualty_counts")
    reports, people = script.tally(_records())
    assert reports[("arrested", "-")] == 2 and people[("arrested", "-")] == 801
    assert people[("captured", "RU")] == 62
    assert all(
        category in {"killed", "injured", "missing", "captured", "arrested", "displaced", "casualties"}
        for category, _ in reports
    )
    assert script.main([str(CORPUS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["category", "side", "reports", "people"]
    assert "arrested    -           2       801" in lines
    assert lines[-1].split()[:2] == ["total", str(sum(reports.values()))]


# --- the third-party pack in examples/conflictevents-eo, installed with `pip install ./examples/conflictevents-eo`


def _eo_installed() -> bool:
    if "eo" in conflictevents.languages():
        return True
    if os.environ.get("CE_REQUIRE_EXAMPLE_PACK"):
        pytest.fail("the example pack is not installed: pip install ./examples/conflictevents-eo")
    pytest.skip("the example pack is not installed: pip install ./examples/conflictevents-eo")
    return False


def test_example_pack_is_registered_through_the_entry_point() -> None:
    _eo_installed()
    (entry,) = [ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP) if ep.name == "eo"]
    assert entry.value == "conflictevents_eo:PACK"
    assert entry.dist is not None and entry.dist.name == "conflictevents-eo"


def test_example_pack_extracts_its_article() -> None:
    _eo_installed()
    text = (DATA / "eo-raporto.txt").read_text(encoding="utf-8")
    doc = conflictevents.extract(text, lang="eo")
    assert [(e.category, e.count, e.bound, e.victims, e.side) for e in doc.events] == [
        ("killed", 5, "at_least", "civilian", None),
        ("injured", 17, "exact", "unspecified", None),
        ("captured", 32, "exact", "military", "RU"),
        ("missing", 3, "exact", "unspecified", None),
    ]
    assert all(e.rule.startswith("eo.casualty.") and text[e.start : e.end] == e.text for e in doc.events)
    assert doc.events[2].source == "la ukraina armeo"
    assert conflictevents.extract(text).lang == "eo"


def test_example_pack_passes_its_corpus() -> None:
    _eo_installed()
    assert check_corpus("eo") == {}
