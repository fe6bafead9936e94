"""The documentation's shell examples run as shown, and its reference pages match the code.

Python examples in docs/ are run by Sphinx's doctest builder (``.ci/docs``). Here, each
```` ```console ```` block is run: every ``$ `` line is a command, and the lines up to
the next command are its expected output (standard output and standard error, as a
terminal shows them). A line ``...`` matches any number of lines. Commands run in a
fresh directory holding a link to the repository's ``examples/``, with this Python's
scripts first on ``PATH``. ```` ```sh ```` blocks (installing, building) are not run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import conflictevents
from conflictevents.model import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)
_FENCE = re.compile(r"^```console\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_MARK = "@@@ conflictevents docs command @@@"


def _commands(page: Path) -> list[tuple[str, list[str]]]:
    """The (command, expected output lines) of a page's console blocks, in order."""
    found: list[tuple[str, list[str]]] = []
    for block in _FENCE.findall(page.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append((line[2:], []))
            else:
                assert found, f"{page.name}: output before any command: {line!r}"
                found[-1][1].append(line.rstrip())
    return found


def _matches(expected: list[str], got: list[str]) -> bool:
    pattern = "\n".join(".*" if line == "..." else re.escape(line) for line in expected)
    return re.fullmatch(pattern, "\n".join(got), re.DOTALL) is not None


CONSOLE_PAGES = [p for p in PAGES if _commands(p)]


@pytest.mark.parametrize("page", CONSOLE_PAGES, ids=[str(p.relative_to(DOCS)) for p in CONSOLE_PAGES])
def test_console_examples_run_as_shown(page: Path, tmp_path: Path) -> None:
    commands = _commands(page)
    if (
        any("conflictevents-eo" in c or "eo-raporto" in c for c, _ in commands)
        and "eo" not in conflictevents.languages()
    ):
        if os.environ.get("CE_REQUIRE_EXAMPLE_PACK"):
            pytest.fail("the example pack is not installed: pip install ./examples/conflictevents-eo")
        pytest.skip("the example pack is not installed: pip install ./examples/conflictevents-eo")
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    script = "exec 2>&1\n" + "".join(f"echo '{_MARK}'\n{command}\n" for command, _ in commands)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONUNBUFFERED": "1",
        "COLUMNS": "80",
    }
    run = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    outputs = run.stdout.split(_MARK + "\n")[1:]
    assert len(outputs) == len(commands), run.stdout
    for (command, expected), got in zip(commands, outputs, strict=True):
        lines = [line.rstrip() for line in got.splitlines()]
        assert _matches(expected, lines), f"$ {command}\nexpected:\n" + "\n".join(expected) + "\ngot:\n" + got


def _field_tables(page: Path) -> dict[str, list[str]]:
    """Per section ``## `type` ``, the names in the first column of its table."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in page.read_text(encoding="utf-8").splitlines():
        heading = re.fullmatch(r"## `(\w+)`", line)
        if heading:
            current = sections.setdefault(heading.group(1), [])
        elif current is not None and (cell := re.match(r"\| `(\w+)` \|", line)):
            current.append(cell.group(1))
    return sections


def test_event_reference_lists_every_field_of_every_type() -> None:
    documented = _field_tables(DOCS / "reference" / "events.md")
    assert list(documented) == list(EVENT_TYPES)
    common = {f.name for f in attrs.fields(conflictevents.Event)}
    for name, event_type in EVENT_TYPES.items():
        own = [f.name for f in attrs.fields(event_type) if f.name not in common]
        assert documented[name] == own, name


def test_reference_documents_the_whole_public_api() -> None:
    reference = "\n".join(p.read_text(encoding="utf-8") for p in (DOCS / "reference").glob("*.md"))
    for name in conflictevents.__all__:
        assert re.search(rf"conflictevents\.{name}\b", reference), name
