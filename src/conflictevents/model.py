"""The typed event model: five event classes and the per-document result.

Every field of an event says, through its ``slot`` metadata, how the engine fills it
from a rule's named group of the same name: a number, a date, a word looked up in a
pack's table, or text kept as written. That is what lets one engine serve every
extractor and every language.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

import attrs

from .identify import LangDetails

__all__ = [
    "STATUSES",
    "AgeBracket",
    "Bound",
    "Casualty",
    "Decree",
    "Document",
    "Event",
    "Exemption",
    "Quota",
    "SlotKind",
    "Status",
]


class SlotKind(enum.Enum):
    """How the engine turns a matched group into a field value."""

    NUMBER = "number"  #: an integer parsed by the pack's number layer
    DATE = "date"  #: a date resolved against the publication date
    LOOKUP = "lookup"  #: a surface form looked up in one of the pack's tables
    TEXT = "text"  #: the matched text, kept as written


#: How a count relates to the true figure: the qualifier before it ("at least", "up to", "about").
Bound = Literal["exact", "at_least", "at_most", "approximate"]


#: How the text holds an event: as having happened or being in force, as a possibility
#: or forecast, as an intention or proposal not yet in force, or as false.
Status = Literal["asserted", "possible", "planned", "denied"]
#: The values of :data:`Status`, in that order.
STATUSES: tuple[Status, ...] = ("asserted", "possible", "planned", "denied")


def _slot(kind: SlotKind, default: Any = None) -> Any:
    return attrs.field(default=default, kw_only=True, metadata={"slot": kind})


@attrs.frozen(kw_only=True)
class Event:
    """What every event carries: its evidence span and the rule that produced it.

    ``text`` is always ``input_text[start:end]``; ``rule`` is a stable id such as
    ``"en.casualty.count_verb"``. ``status`` says how the text holds the event
    (:data:`~conflictevents.model.Status`): ``"could call up 300,000"`` is ``"possible"``, ``"plans to
    recruit"`` ``"planned"``, ``"denied that 300 were mobilized"`` ``"denied"``.
    """

    type: ClassVar[str] = "event"

    start: int
    end: int
    text: str
    rule: str
    status: Status = _slot(SlotKind.LOOKUP, "asserted")

    @classmethod
    def admits(cls, values: Mapping[str, Any]) -> bool:
        """Whether field values make an event of this type; the engine drops those that do not."""
        return True

    def as_dict(self) -> dict[str, Any]:
        """The event in the JSON interchange shape (dates as ISO strings)."""
        out: dict[str, Any] = {"type": self.type}
        for field in attrs.fields(type(self)):
            value = getattr(self, field.name)
            out[field.name] = value.isoformat() if isinstance(value, _dt.date) else value
        return out


@attrs.frozen(kw_only=True)
class Decree(Event):
    """A legal act signed or issued: a decree, an order, a resolution, a law signed into force."""

    type: ClassVar[str] = "decree"

    subject: str = _slot(SlotKind.LOOKUP, "other")
    signatory: str | None = _slot(SlotKind.TEXT)
    date: _dt.date | None = _slot(SlotKind.DATE)
    number: str | None = _slot(SlotKind.TEXT)


@attrs.frozen(kw_only=True)
class Quota(Event):
    """A number of people to be, or having been, called up, mobilized, recruited or deployed."""

    type: ClassVar[str] = "quota"

    count: int = _slot(SlotKind.NUMBER, 0)
    count_max: int | None = _slot(SlotKind.NUMBER)
    bound: Bound = _slot(SlotKind.LOOKUP, "exact")
    subject: str = _slot(SlotKind.LOOKUP, "other")
    period_start: _dt.date | None = _slot(SlotKind.DATE)
    period_end: _dt.date | None = _slot(SlotKind.DATE)
    #: For a part of a total stated just before it ("of them, 41,000 are serving"), the
    #: ``start`` of the total's event; ``None`` for a figure of its own. Sums skip parts.
    part_of: int | None = attrs.field(default=None, kw_only=True)

    @classmethod
    def admits(cls, values: Mapping[str, Any]) -> bool:
        return _is_count(values)


@attrs.frozen(kw_only=True)
class AgeBracket(Event):
    """An age range of a population; ``None`` marks an open end."""

    type: ClassVar[str] = "age_bracket"

    min_age: int | None = _slot(SlotKind.NUMBER)
    max_age: int | None = _slot(SlotKind.NUMBER)
    sex: str | None = _slot(SlotKind.LOOKUP)
    subject: str = _slot(SlotKind.LOOKUP, "other")

    #: Ages above this are not ages ("between 18 and 2022").
    OLDEST: ClassVar[int] = 120

    @classmethod
    def admits(cls, values: Mapping[str, Any]) -> bool:
        low, high = values.get("min_age"), values.get("max_age")
        ages = [a for a in (low, high) if a is not None]
        if not ages or not all(0 < a <= cls.OLDEST for a in ages):
            return False
        return low is None or high is None or low < high


@attrs.frozen(kw_only=True)
class Casualty(Event):
    """A count of people killed, injured, missing, captured, arrested or displaced."""

    type: ClassVar[str] = "casualty"

    category: str = _slot(SlotKind.LOOKUP, "casualties")
    count: int = _slot(SlotKind.NUMBER, 0)
    count_max: int | None = _slot(SlotKind.NUMBER)
    bound: Bound = _slot(SlotKind.LOOKUP, "exact")
    victims: str = _slot(SlotKind.LOOKUP, "unspecified")
    side: str | None = _slot(SlotKind.LOOKUP)
    source: str | None = _slot(SlotKind.TEXT)
    #: For a part of a total stated just before it ("5,614 deaths, including 362
    #: children"), the ``start`` of the total's event; ``None`` for a figure of its own.
    #: Sums skip parts: ``sum(e.count for e in events if e.part_of is None)``.
    part_of: int | None = attrs.field(default=None, kw_only=True)

    @classmethod
    def admits(cls, values: Mapping[str, Any]) -> bool:
        return _is_count(values)


@attrs.frozen(kw_only=True)
class Exemption(Event):
    """A category of people exempted from mobilization or conscription."""

    type: ClassVar[str] = "exemption"

    category: str = _slot(SlotKind.LOOKUP, "other")
    subject: str | None = _slot(SlotKind.LOOKUP)


def _is_count(values: Mapping[str, Any]) -> bool:
    """A positive count ("no one was killed" is no event), and a range that rises."""
    count, high = values.get("count"), values.get("count_max")
    return isinstance(count, int) and count > 0 and (high is None or high > count)


#: The event classes by type name, in the order of the interchange format.
EVENT_TYPES: Mapping[str, type[Event]] = {cls.type: cls for cls in (Decree, Quota, AgeBracket, Casualty, Exemption)}


def slots_of(event_type: type[Event]) -> dict[str, SlotKind]:
    """The fillable fields of an event class and how each is filled."""
    return {f.name: f.metadata["slot"] for f in attrs.fields(event_type) if "slot" in f.metadata}


E = TypeVar("E", bound=Event)


@attrs.frozen(kw_only=True)
class Document:
    """The result of extracting one text: its events in text order.

    ``lang_details`` says, when the language was identified (``lang="auto"``), how sure
    that is and which pack came second; it is ``None`` when the language was given.
    """

    lang: str
    published: _dt.date | None
    events: tuple[Event, ...]
    lang_details: LangDetails | None = None

    def of_type(self, event_type: type[E]) -> list[E]:
        """The events of one class, e.g. ``doc.of_type(Casualty)``."""
        return [e for e in self.events if isinstance(e, event_type)]

    def as_dict(self) -> dict[str, Any]:
        """The document in the JSON interchange shape, without the ``id``."""
        return {"lang": self.lang, "events": [e.as_dict() for e in self.events]}
