"""Russian casualty rules."""

from conflictevents.pack import RuleSet

RULES = RuleSet(event="casualty", rules=[])
