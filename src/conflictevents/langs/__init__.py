"""Built-in language packs: one sub-package per language code.

Each holds ``lexicon.py`` (number, date and shared words), one file of rules per
event type, and ``corpus/`` with the examples that test them. A pack installed from
another distribution registers under the ``conflictevents.packs`` entry point
instead.
"""
