"""Built-in language packs: one sub-package per language code.

Each holds ``lexicon.py`` (number, date and shared words), one file of rules per
event type, ``corpus/`` with the examples that test them, and ``sample.txt``, running
text that language identification learns the language from. A pack installed from
another distribution registers under the ``conflictevents.packs`` entry point
instead.

``neighbours/`` holds running text in languages close to those of the packs, which no
built-in pack reads: a pack names the ones a text in its language could be mistaken
for (:func:`neighbours`), so that identification refuses a text in one of them rather
than read it with the wrong pack.
"""

from __future__ import annotations

import functools
from importlib.resources import files


def neighbours(*codes: str) -> dict[str, str]:
    """The samples of these neighbour languages, by code, for a pack's ``neighbours``."""
    return {code: _sample(code) for code in codes}


@functools.cache
def _sample(code: str) -> str:
    # Read once however many packs name the language.
    return files(__name__).joinpath("neighbours").joinpath(f"{code}.txt").read_text(encoding="utf-8")
