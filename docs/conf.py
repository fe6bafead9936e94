"""Sphinx configuration of the conflictevents documentation.

Build:      sphinx-build -W --keep-going -b html docs docs/_build/html
Run code:   sphinx-build -W --keep-going -b doctest docs docs/_build/doctest
(.ci/docs does both, after installing the ``docs`` extra and the example pack.)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import attrs

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS / "_ext"))

import conflictevents  # noqa: E402  (after the path set-up above)

project = "conflictevents"
author = "conflictevents developers"
copyright = "conflictevents developers"
release = conflictevents.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinxarg.ext",
    "languages_table",
]

source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Every cross-reference must resolve; the standard library and third-party types that
# appear in signatures have no pages here (no intersphinx: the build stays offline).
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|collections\.abc|typing|types|argparse|importlib\.metadata|enum)\..*"),
    (r"py:.*", r"(_dt\.date|regex\..*|attrs\..*|EntryPoint|conflictevents\.model\.E)"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
add_module_names = False

# Doctests run from the repository root, so that paths read as they do in a clone.
doctest_global_setup = f"""
import os
os.chdir({str(ROOT)!r})
"""
doctest_default_flags = 0
trim_doctest_flags = True

html_theme = "furo"
html_title = f"conflictevents {release}"
html_static_path: list[str] = []


# attrs builds the constructors of the pack classes: a field with a converter shows
# the converter's parameter type ("rulesets: Sequence[str] | Sequence[object]") and a
# factory default shows as NOTHING. Show what a caller passes instead.
_TUPLE_OF = re.compile(r"tuple\[(.+), \.\.\.\]")


def _split_params(params: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, char in enumerate(params):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(params[start:i].strip())
            start = i + 1
    parts.append(params[start:].strip())
    return [p for p in parts if p]


def _attrs_signature(  # noqa: PLR0917  (the arguments of Sphinx's event)
    app: Any, what: str, name: str, obj: Any, options: Any, signature: str | None, return_annotation: str | None
) -> tuple[str, str | None] | None:
    if what != "class" or signature is None or not attrs.has(obj):
        return None
    fields = {f.name: f for f in attrs.fields(obj)}
    params = []
    for written in _split_params(signature[1:-1]):
        param = written
        field = fields.get(param.split(":")[0].strip())
        if field is not None and field.converter is not None and isinstance(field.type, str):
            found = _TUPLE_OF.fullmatch(field.type)
            item = found.group(1) if found else field.type.removeprefix("Sequence[")[:-1]
            if hasattr(sys.modules[obj.__module__], item):
                item = f"~{obj.__module__}.{item}"
            default = "" if field.default is attrs.NOTHING else f" = {field.default!r}"
            param = f"{field.name}: ~collections.abc.Sequence[{item}]{default}"
        if field is not None and isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            param = param.replace("= NOTHING", f"= {field.default.factory()!r}")
        params.append(param)
    return "(" + ", ".join(params) + ")", return_annotation


def setup(app: Any) -> None:
    app.connect("autodoc-process-signature", _attrs_signature)
