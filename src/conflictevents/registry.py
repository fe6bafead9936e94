"""Where packs come from: the folders under ``conflictevents.langs`` and the entry-point
group ``conflictevents.packs``. A pack is imported and compiled the first time it is
asked for, once per process.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import threading
from typing import TYPE_CHECKING

import regex

from . import langs
from .engine import CompiledPack
from .errors import PackError, UnknownLanguageError
from .pack import Pack

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = ["ENTRY_POINT_GROUP", "compiled_pack", "detect_language", "languages", "load_pack"]

#: The entry-point group a separately installed pack registers under, e.g.
#: ``[project.entry-points."conflictevents.packs"] xx = "my_pack:PACK"``.
ENTRY_POINT_GROUP = "conflictevents.packs"

_lock = threading.Lock()
_compiled: dict[str, CompiledPack] = {}
_stopwords: dict[str, frozenset[str]] = {}

# How much of a text language detection reads.
DETECT_CHARS = 3000
_WORD = regex.compile(r"\w+")


@functools.cache
def _builtin() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(langs.__path__) if m.ispkg)


@functools.cache
def _entry_points() -> dict[str, EntryPoint]:
    from importlib import metadata  # noqa: PLC0415  (slow to import; only needed for non-built-in packs)

    return {ep.name: ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)}


def languages() -> list[str]:
    """The codes of all installed packs, built-in and from entry points.

    Read once per process: a pack installed while it runs is seen after a restart.
    """
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
        source = f"entry point {entry.value!r}"
        try:
            pack = entry.load()
        except Exception as exc:  # whatever the pack's own import raises
            raise PackError(f"pack {code!r}: {source} cannot be loaded: {type(exc).__name__}: {exc}") from exc
    if not isinstance(pack, Pack):
        raise PackError(f"pack {code!r}: {source} gives a {type(pack).__name__}, not a conflictevents Pack")
    if pack.code != code:
        raise PackError(f"pack {code!r}: {source} is registered as {code!r} but its pack says code={pack.code!r}")
    return pack


def compiled_pack(code: str) -> CompiledPack:
    """The compiled pack for a language code, built on first use and then shared."""
    found = _compiled.get(code)
    if found is None:
        with _lock:
            found = _compiled.get(code)
            if found is None:
                found = _compiled[code] = _compile(load_pack(code))
    return found


def _compile(pack: Pack) -> CompiledPack:
    try:
        return CompiledPack(pack)
    except PackError:
        raise
    except Exception as exc:  # data the engine did not expect: still the pack's fault, and named
        raise PackError(f"pack {pack.code!r} cannot be compiled: {type(exc).__name__}: {exc}") from exc


def detect_language(text: str) -> str:
    """The installed pack whose stopwords the start of ``text`` uses most.

    :raises UnknownLanguageError: when no pack's stopwords occur, or two packs tie.
    """
    codes = languages()
    if len(_stopwords) < len(codes):
        with _lock:
            for code in codes:
                if code not in _stopwords:
                    _stopwords[code] = frozenset(w.casefold() for w in load_pack(code).stopwords)
    words = [w.casefold() for w in _WORD.findall(text, 0, DETECT_CHARS)]
    scores = {code: sum(w in _stopwords[code] for w in words) for code in codes}
    ranked = sorted(scores.values(), reverse=True)
    best = max(scores, key=lambda code: scores[code], default=None)
    if best is None or ranked[0] == 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        raise UnknownLanguageError(f"cannot tell the language of the text; installed packs: {', '.join(codes)}")
    return best
