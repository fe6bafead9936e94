"""A short run of each fuzz target in fuzz/ (skipped when atheris is not installed: pip install -e '.[fuzz]')."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"


@pytest.mark.parametrize(("target", "runs"), [("fuzz_extract.py", 1500), ("fuzz_records.py", 5000)])
def test_fuzz_smoke(target: str, runs: int, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    run = subprocess.run(
        [
            sys.executable,
            str(FUZZ / target),
            str(corpus),
            f"-atheris_runs={runs}",
            "-max_total_time=12",
            "-timeout=20",
            f"-artifact_prefix={tmp_path}/",
        ],
        cwd=tmp_path,
        env={**os.environ, "CE_FUZZ_LANGS": "en"},  # one pack: compiling all would take the smoke's time
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-5000:]
    assert "Done " in run.stderr
    assert any(corpus.iterdir())  # seeded from the packs' examples
    assert not [p.name for p in tmp_path.iterdir() if p.name != "corpus"]  # no crash, timeout or leak file
