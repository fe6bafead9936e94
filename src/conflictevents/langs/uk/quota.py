"""Ukrainian quota rules."""

from conflictevents.pack import RuleSet

RULES = RuleSet(event="quota", rules=[])
