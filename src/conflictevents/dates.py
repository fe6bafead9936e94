"""Dates, resolved against the article's publication date.

Only spans that a rule already matched are read here, never whole texts. Common
shapes (a weekday, a day and a month, "today") are resolved by the pack's date
patterns alone; ``dateparser`` is imported and called only for the shapes a pack
hands to it (a group named ``free``), and its answers are cached.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Mapping

import attrs
import regex

from .numbers import NumberGrammar, normalise
from .pack import DateWords
from .patterns import compile_pattern

__all__ = ["DateGrammar", "DateParts"]

# How far from the publication date a bare weekday ("on Thursday") may lie: news
# reports what happened in the past week, "Thursday (31)" pins the day of month.
_WEEKDAY_SEARCH_DAYS = 14


@attrs.frozen
class DateParts:
    """What a date expression says, before it is placed on the calendar."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    days: int | None = None  #: days from publication ("yesterday" is -1)
    years: int | None = None  #: years from publication ("this year" is 0)
    free: str | None = None  #: text for dateparser


def _strip_groups(pattern: str) -> str:
    return str(regex.sub(r"\(\?P<\w+>", "(?:", pattern))


class DateGrammar:
    """A pack's dates: the ``{DATE}`` pattern and the resolver for what it matches."""

    MONTH, WEEKDAY, REL_DAY, REL_YEAR = "month", "weekday", "rel_day", "rel_year"

    def __init__(self, words: DateWords, lang: str, numbers: NumberGrammar) -> None:
        self.words = words
        self.lang = lang
        self._months = {normalise(k): v for k, v in words.months.items()}
        self._weekdays = {normalise(k): v for k, v in words.weekdays.items()}
        self._rel_days = {normalise(k): v for k, v in words.relative_days.items()}
        self._rel_years = {normalise(k): v for k, v in words.relative_years.items()}
        #: The ``{DATE}`` macro: any of the pack's date shapes, without their groups
        #: (a ``{NUM}`` in a shape is expanded with the other macros).
        self.pattern = "(?:" + "|".join(_strip_groups(p) for p in words.patterns) + ")"
        # A shape may say {NUM} ("three days ago"); read on the original text, that is
        # a number in any notation.
        self._shapes = [
            compile_pattern(p.replace("{NUM}", numbers.pattern), {**self.named_lists(), **numbers.named_lists()})
            for p in words.patterns
        ]

    def named_lists(self) -> dict[str, list[str]]:
        """The named lists date patterns may use: ``month``, ``weekday``, ``rel_day``, ``rel_year``."""
        w = self.words
        return {
            self.MONTH: list(w.months),
            self.WEEKDAY: list(w.weekdays),
            self.REL_DAY: list(w.relative_days),
            self.REL_YEAR: list(w.relative_years),
        }

    def read(self, text: str) -> DateParts | None:
        """Split a matched date expression into its parts; ``None`` if no shape fits."""
        for shape in self._shapes:
            m = shape.fullmatch(text.strip())
            if m is None:
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if "free" in groups:
                return DateParts(free=groups["free"])
            year = groups.get("year")
            return DateParts(
                day=int(groups["day"]) if "day" in groups else None,
                month=self._month(groups.get("month")),
                year=_full_year(int(year)) if year else None,
                weekday=self._lookup(self._weekdays, groups.get("weekday")),
                days=self._lookup(self._rel_days, groups.get("days")),
                years=self._lookup(self._rel_years, groups.get("years")),
            )
        return None

    def _month(self, surface: str | None) -> int | None:
        """A month by name, or by number as in "21.09.2022"."""
        if surface is not None and surface.isdigit():
            return int(surface) if 1 <= int(surface) <= 12 else None
        return self._lookup(self._months, surface)

    @staticmethod
    def _lookup(table: Mapping[str, int], surface: str | None) -> int | None:
        return None if surface is None else table.get(normalise(surface))

    def resolve(self, parts: DateParts, published: _dt.date | None) -> _dt.date | None:
        """Place date parts on the calendar; ``None`` when that needs a missing publication date.

        Also ``None`` for a date off the calendar (before year 1 or after 9999).
        """
        try:
            return self._place(parts, published)
        except OverflowError:
            return None

    def _place(self, parts: DateParts, published: _dt.date | None) -> _dt.date | None:
        if parts.free is not None:
            return None if published is None else _dateparser(parts.free, self.lang, published)
        if parts.days is not None:
            return None if published is None else published + _dt.timedelta(days=parts.days)
        if parts.weekday is not None and parts.month is None:
            return None if published is None else _weekday(parts.weekday, parts.day, published)
        if parts.month is None or parts.day is None:
            return None
        year = parts.year
        if year is None:
            if published is None:
                return None
            year = published.year + (parts.years or 0)
        try:
            return _dt.date(year, parts.month, parts.day)
        except ValueError:
            return None

    def resolve_all(self, texts: Mapping[str, str], published: _dt.date | None) -> dict[str, _dt.date | None]:
        """Resolve the date groups of one match together.

        A date without a year takes the year of another date of the same match
        ("between April 1 and July 15, 2022"), before falling back on the
        publication date.
        """
        parts = {name: self.read(text) for name, text in texts.items()}
        known = [p for p in parts.values() if p is not None and (p.year is not None or p.years is not None)]
        shared = known[0] if known else None
        out: dict[str, _dt.date | None] = {}
        for name, read in parts.items():
            if read is None:
                out[name] = None
                continue
            if shared is not None and read.year is None and read.years is None and read.month is not None:
                read = attrs.evolve(read, year=shared.year, years=shared.years)  # noqa: PLW2901
            out[name] = self.resolve(read, published)
        return out


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


def _weekday(weekday: int, day: int | None, published: _dt.date) -> _dt.date | None:
    """The weekday nearest before (or on) publication; with a day of month, the one that has it."""
    for back in range(_WEEKDAY_SEARCH_DAYS):
        candidate = published - _dt.timedelta(days=back)
        if candidate.weekday() == weekday and (day is None or candidate.day == day):
            return candidate
    if day is None:
        return None
    for ahead in range(1, _WEEKDAY_SEARCH_DAYS):
        candidate = published + _dt.timedelta(days=ahead)
        if candidate.weekday() == weekday and candidate.day == day:
            return candidate
    return None


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, lang: str, published: _dt.date) -> _dt.date | None:
    import dateparser  # noqa: PLC0415  (heavy: imported only when a pack hands it a date)

    base = _dt.datetime(published.year, published.month, published.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found = dateparser.parse(text, languages=[lang], settings=settings)
    return None if found is None else found.date()
