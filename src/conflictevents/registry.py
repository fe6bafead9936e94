"""Where packs come from: the folders under ``conflictevents.langs`` and the entry-point
group ``conflictevents.packs``. A pack is imported and compiled the first time it is
asked for, once per process.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from importlib import metadata

from . import langs
from .engine import CompiledPack
from .errors import PackError, UnknownLanguageError
from .pack import Pack

__all__ = ["ENTRY_POINT_GROUP", "compiled_pack", "languages", "load_pack"]

#: The entry-point group a separately installed pack registers under, e.g.
#: ``[project.entry-points."conflictevents.packs"] xx = "my_pack:PACK"``.
ENTRY_POINT_GROUP = "conflictevents.packs"

_lock = threading.Lock()
_compiled: dict[str, CompiledPack] = {}


def _builtin() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(langs.__path__) if m.ispkg)


def _entry_points() -> dict[str, metadata.EntryPoint]:
    return {ep.name: ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)}


def languages() -> list[str]:
    """The codes of all installed packs, built-in and from entry points."""
    return sorted({*_builtin(), *_entry_points()})


def load_pack(code: str) -> Pack:
    """The :class:`~conflictevents.pack.Pack` for a language code (not yet compiled)."""
    if code in _builtin():
        pack = importlib.import_module(f"{langs.__name__}.{code}").PACK
        source = f"{langs.__name__}.{code}"
    else:
        entry = _entry_points().get(code)
        if entry is None:
            raise UnknownLanguageError(f"no language pack for {code!r}; installed: {', '.join(languages())}")
        pack = entry.load()
        source = f"entry point {entry.value!r}"
    if not isinstance(pack, Pack):
        raise PackError(f"{source} gives a {type(pack).__name__}, not a conflictevents Pack")
    if pack.code != code:
        raise PackError(f"{source} is registered as {code!r} but its pack says code={pack.code!r}")
    return pack


def compiled_pack(code: str) -> CompiledPack:
    """The compiled pack for a language code, built on first use and then shared."""
    found = _compiled.get(code)
    if found is None:
        with _lock:
            found = _compiled.get(code)
            if found is None:
                found = _compiled[code] = CompiledPack(load_pack(code))
    return found
