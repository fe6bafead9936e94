"""Russian age_bracket rules."""

from conflictevents.pack import RuleSet

RULES = RuleSet(event="age_bracket", rules=[])
