"""Russian decree rules."""

from conflictevents.pack import RuleSet

RULES = RuleSet(event="decree", rules=[])
