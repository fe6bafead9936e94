"""A Sphinx directive that writes the table of installed languages from the registry.

``languages-table`` lists every pack that :func:`conflictevents.languages` finds where
the documentation is built (the built-in packs and those installed through the
``conflictevents.packs`` entry point), the event types each pack has rules for, and
the size of its example corpus. Nothing in the table is typed by hand.
"""

from __future__ import annotations

from importlib import metadata
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from conflictevents import languages
from conflictevents.corpus import load
from conflictevents.model import EVENT_TYPES
from conflictevents.registry import ENTRY_POINT_GROUP, load_pack


def _origin(code: str) -> str:
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if entry.name == code:
            dist = entry.dist.name if entry.dist is not None else "?"
            return f"entry point ({dist})"
    return "built in"


def _row(cells: list[str], literal: frozenset[int] = frozenset()) -> nodes.row:
    row = nodes.row()
    for i, cell in enumerate(cells):
        entry = nodes.entry()
        para = nodes.paragraph()
        para += nodes.literal(text=cell) if i in literal else nodes.Text(cell)
        entry += para
        row += entry
    return row


class LanguagesTable(SphinxDirective):
    """``.. languages-table::``: one row per installed pack, one column per event type."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        # Packs come and go with installs: rebuild this page on every build.
        self.env.note_reread()
        types = list(EVENT_TYPES)
        header = ["code", "language", "from", *types, "corpus examples"]
        table = nodes.table(classes=["languages-table"])
        group = nodes.tgroup(cols=len(header))
        table += group
        for _ in header:
            group += nodes.colspec(colwidth=1)
        head = nodes.thead()
        head += _row(header)
        group += head
        body = nodes.tbody()
        for code in languages():
            pack = load_pack(code)
            covered = {ruleset.event for ruleset in pack.rulesets}
            examples = sum(len(load(code, event)) for event in covered)
            marks = ["yes" if event in covered else "—" for event in types]
            body += _row([code, pack.name, _origin(code), *marks, str(examples)], literal=frozenset({0}))
        group += body
        return [table]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("languages-table", LanguagesTable)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
