"""Russian exemption rules."""

from conflictevents.pack import RuleSet

RULES = RuleSet(event="exemption", rules=[])
