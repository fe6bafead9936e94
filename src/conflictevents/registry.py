"""Where packs come from: the folders under ``conflictevents.langs`` and the entry-point
group ``conflictevents.packs``. A pack is imported and compiled the first time it is
asked for, once per process.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import pkgutil
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import langs
from .engine import CompiledPack
from .errors import PackError, UnknownLanguageError
from .identify import MIN_CONFIDENCE, LangDetails, Profile, identify, profile_text
from .pack import Pack

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = [
    "ENTRY_POINT_GROUP",
    "chosen_language",
    "compiled_pack",
    "detect_language",
    "identify_language",
    "languages",
    "load_pack",
]

#: The entry-point group a separately installed pack registers under, e.g.
#: ``[project.entry-points."conflictevents.packs"] xx = "my_pack:PACK"``.
ENTRY_POINT_GROUP = "conflictevents.packs"

_lock = threading.Lock()
_compiled: dict[str, CompiledPack] = {}
_profiles: dict[str, Profile] = {}


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


def identify_language(text: str) -> LangDetails:
    """Which installed pack ``text`` is written in, how sure that is, and what came second.

    Every installed pack, and every neighbour they declare, gets a profile the first time
    (:mod:`conflictevents.identify`); a profile's models are built the first time a text
    of its script is met, and nothing is compiled. The result says which language is
    closest even when no pack is to read the text (``details.identified`` is then false).
    """
    if not _profiles:
        with _lock:
            if not _profiles:
                _profiles.update(_build_profiles())
    return identify(text, _profiles, languages())


def _build_profiles() -> dict[str, Profile]:
    profiles: dict[str, Profile] = {}
    neighbours: dict[str, dict[str, str]] = {}  # code -> pack -> sample
    for code in languages():
        pack = load_pack(code)
        with _learning(repr(code)):
            profiles[code] = Profile(profile_text(pack))
        for neighbour, sample in pack.neighbours.items():
            neighbours.setdefault(neighbour, {})[code] = sample
    for neighbour, samples in neighbours.items():
        if neighbour not in profiles:  # an installed pack's own profile knows its language better
            # Packs that name the same neighbour may give it the same sample: once is enough.
            with _learning(f"{', '.join(map(repr, samples))}, neighbour {neighbour!r}"):
                profiles[neighbour] = Profile("\n".join(dict.fromkeys(samples.values())))
    return profiles


@contextlib.contextmanager
def _learning(owner: str) -> Iterator[None]:
    """A profile learned from what a pack declares: any error is the pack's, and named."""
    try:
        yield
    except Exception as exc:  # a pack with no words to learn from, or data the engine did not expect
        raise PackError(f"pack {owner}: no language profile can be built: {type(exc).__name__}: {exc}") from exc


def detect_language(text: str) -> str:
    """The code of the installed pack ``text`` is written in.

    :raises UnknownLanguageError: when the text is in none of them, or too short to tell
        (the message names the closest pack and its confidence, and the installed packs).
    """
    return chosen_language(identify_language(text))


def chosen_language(details: LangDetails) -> str:
    """The pack that identification chose, or the error that says why it chose none.

    :raises UnknownLanguageError: when ``details`` is not sure enough of any pack.
    """
    if details.lang is None or not details.identified:
        raise UnknownLanguageError(_refusal(details), details=details)
    return details.lang


def _refusal(details: LangDetails) -> str:
    installed = ", ".join(languages())
    if details.script is None:
        return f"cannot tell the language: the text has no words; installed packs: {installed}"
    if details.lang is None:
        script = details.script.title()
        return f"cannot tell the language: no installed pack reads {script} script; installed packs: {installed}"
    if not details.readable and details.confidence >= MIN_CONFIDENCE:
        return (
            f"the text reads as {details.lang!r} (confidence {details.confidence:.2f}), a language that no "
            f"installed pack reads; installed packs: {installed}"
        )
    verdict = "the text is in none of the installed languages" if details.confidence < 0.5 else "not sure enough"
    words = f"{details.words} word{'' if details.words == 1 else 's'}"
    return (
        f"cannot tell the language: {verdict}: the closest, {details.lang!r}, has confidence "
        f"{details.confidence:.2f} on {words} ({MIN_CONFIDENCE} needed); give the language to read it anyway; "
        f"installed packs: {installed}"
    )
