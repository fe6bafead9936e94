"""What a language pack declares: words, tables, rules, vetoes and context rules.

A pack is data plus patterns; it holds no code that the engine must call. Patterns
are ``regex`` patterns, matched case-insensitively, with three additions:

* ``\\L<name>`` matches any word of the pack's list or table ``name`` (a ``regex``
  named list), so adding a word never touches a pattern;
* ``{MACRO}`` (upper-case name in braces) expands to a macro: the engine's own
  ``{NUM}`` (a number in any notation the pack's number words allow), ``{DATE}``
  (any of the pack's date patterns), ``{NAME}`` (a capitalised name) and ``{GAP}``
  (up to six words between the parts of a rule: modifiers, a prepositional phrase,
  a short relative clause; never a number, a clause mark ``;:!?()``, or a word where
  the pack's ``{GAP_STOP}`` macro matches), or one the pack defines;
* quotation marks of every style and brackets are transparent to rules and vetoes:
  they see them as spaces ("the “partial mobilization” decree" matches
  ``the\\s+partial\\s+mobilization\\s+decree``); context rules see them as written;
* numbers are matched only by ``{NUM}``: in the text that patterns see, every
  number written with words is masked, so a list entry that contains a number
  word ("fathers of three") can never match; write ``fathers of {NUM}``;
* a named group fills the event field of the same name, as that field's
  :class:`~conflictevents.model.SlotKind` says. The group ``anchor`` marks the
  part of the evidence that two rules of one event type may not share (by default
  the ``count`` group, else the whole match).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import ModuleType

import attrs

__all__ = [
    "Context",
    "DateWords",
    "NumberWords",
    "Pack",
    "Rule",
    "RuleSet",
    "Table",
    "Veto",
]


def _tuple(value: Sequence[str] | Sequence[object]) -> tuple:  # type: ignore[type-arg]
    return tuple(value)


@attrs.frozen
class Rule:
    """A named pattern that yields one event per match.

    ``values`` sets fields that the pattern implies, e.g. ``{"category": "killed"}``.

    A number group that a pattern repeats adds up ("killing a mother and a child" is
    2), unless ``each`` is set: then the match yields one event per repetition of the
    ``count`` group, each with the repetition's own groups where they repeat as often
    ("536 and 478 people respectively", "15 in Novosibirsk and 11 in Yekaterinburg").

    ``inherits`` names fields that the event takes (values or emptiness) from the event
    of its type just before it (same sentence, or the one before in the same paragraph)
    when the match leaves them empty: a part of a total ("including 362 children"), or a figure that
    elides its verb ("and 9,000 in Perm"). With no such event before it, the match
    yields nothing.

    ``part`` says that the figure is a part of the one before it ("including 362
    children"), not one more: the event's ``part_of`` is the ``start`` of that total's
    event, so that a sum can leave it out. It too yields nothing with no event before it.
    """

    name: str
    pattern: str
    values: Mapping[str, object] = attrs.field(factory=dict, kw_only=True)
    each: bool = attrs.field(default=False, kw_only=True)
    inherits: tuple[str, ...] = attrs.field(default=(), converter=_tuple, kw_only=True)
    part: bool = attrs.field(default=False, kw_only=True)


@attrs.frozen
class Veto:
    """A pattern that cancels events, or says how the text holds them.

    By default an event is cancelled when a veto match overlaps its anchor
    ("a 1,300-km border" cancels the count 1,300). With ``before=True`` the veto is a
    negation cue: it cancels an event when a match of it ends where the event's
    evidence begins (only white space between), e.g. "refrained from" before
    "signing a decree".

    With a ``status`` (``"possible"``, ``"planned"``, ``"denied"``) the veto cancels
    nothing: the event it would cancel keeps that status ("could displace 80,000" is a
    possible displacement, "denied that 300 were killed" a denied count). Where several
    apply, a cancelling veto wins, then the first one declared.
    """

    name: str
    pattern: str
    before: bool = attrs.field(default=False, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class Context:
    """A pattern that fills fields an event rule left empty, from the event's sentence.

    The match nearest to the event wins. With ``document=True`` a field still empty
    takes the value this pattern finds most often in the whole document.
    """

    name: str
    pattern: str
    document: bool = attrs.field(default=False, kw_only=True)


@attrs.frozen
class Table:
    """Surface forms that map to canonical values of one event field (``slot``).

    ``Table("category", {"killed": ["died", "perished"]})`` lets a pattern say
    ``(?P<category>\\L<died>)`` when the table is registered as ``died``: the matched
    word is looked up here and becomes ``"killed"``.
    A table for a number field gives numbers: ``Table("count", {"1": ["a", "another"]})``
    lets ``(?P<count>\\L<single>)`` read "a civilian" as one.
    A table for a text field gives dictionary forms: with ``Table("signatory",
    {"Владимир Путин": ["Владимиром Путиным", "Владимира Путина"]})`` a signatory
    written in another case is given as the name a user searches for; a form the table
    does not hold is kept as written.
    """

    slot: str
    entries: Mapping[str, Sequence[str]]


@attrs.frozen(kw_only=True)
class RuleSet:
    """One event type's rules in one language (one file of a pack).

    ``cue`` is a cheap pattern that a sentence must contain for the rules to run on
    it at all (for example any casualty verb); ``None`` runs them on every sentence.
    """

    event: str
    rules: tuple[Rule, ...] = attrs.field(converter=_tuple)
    cue: str | None = None
    vetoes: tuple[Veto, ...] = attrs.field(default=(), converter=_tuple)
    context: tuple[Context, ...] = attrs.field(default=(), converter=_tuple)
    lists: Mapping[str, Sequence[str]] = attrs.field(factory=dict)
    tables: Mapping[str, Table] = attrs.field(factory=dict)
    macros: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class NumberWords:
    """The words of a language's numbers.

    ``values`` add up ("twenty" "five"), ``multipliers`` multiply what came before
    inside a group ("hundred"), ``scales`` close a group and multiply it ("thousand",
    "million", "тыс."); ``joiners`` may stand between the words ("and");
    ``articles`` count as one only right before a multiplier or scale ("a million").
    ``bare_scales`` are the scale forms that alone mean one of them (Russian
    "тысячу", "миллион"); other scales need a count before them, so that plurals
    ("тысячи людей", "thousands of people") stay vague.
    After one of the ``pronoun_cues`` the word for one is a pronoun, not a number
    ("no one", "which one"), unless a scale follows ("the one million"). Inflected
    forms are listed as forms of their own.
    """

    values: Mapping[str, float]
    multipliers: Mapping[str, int] = attrs.field(factory=dict)
    scales: Mapping[str, int] = attrs.field(factory=dict)
    joiners: Sequence[str] = attrs.field(default=(), converter=_tuple)
    articles: Sequence[str] = attrs.field(default=(), converter=_tuple)
    pronoun_cues: Sequence[str] = attrs.field(default=(), converter=_tuple)
    bare_scales: Sequence[str] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class DateWords:
    """The words and shapes of a language's dates.

    ``patterns`` are the date shapes, with the named groups ``day``, ``month`` (a
    name, or digits as in "21.09.2022"),
    ``year``, ``weekday``, ``days`` (a relative day: ``relative_days``) and
    ``years`` (a relative year: ``relative_years``); a pattern with a group named
    ``free`` hands its text to ``dateparser``; a shape may use ``{NUM}``. ``months`` and ``weekdays`` map every
    form (inflected, abbreviated) to 1-12 and 0-6 (Monday is 0).
    """

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    patterns: Sequence[str] = attrs.field(converter=_tuple)
    relative_days: Mapping[str, int] = attrs.field(factory=dict)
    relative_years: Mapping[str, int] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class Pack:
    """A language: its number and date words, shared words, and one rule set per event type.

    ``lists``, ``tables`` and ``macros`` are shared by all rule sets; ``vetoes``
    apply to every rule set (negation cues, for one). ``abbreviations`` are words
    whose final dot does not end a sentence ("No." in "Decree No. 647"). ``corpus``
    names the package of the pack's example corpus (one module per event type),
    which :mod:`conflictevents.corpus` runs as tests. ``stopwords`` (the
    language's most frequent short words) and ``sample`` (running text in the
    language, on many subjects) are what ``lang="auto"`` recognises the language by,
    with the corpus and the word lists (:mod:`conflictevents.identify`).
    ``neighbours`` are close languages that a text must not be mistaken for, each by a
    sample of running text (code to text): a text closer to one of them than to any
    installed pack is read by none.
    """

    code: str
    name: str
    numbers: NumberWords
    dates: DateWords
    rulesets: tuple[RuleSet, ...] = attrs.field(converter=_tuple)
    lists: Mapping[str, Sequence[str]] = attrs.field(factory=dict)
    tables: Mapping[str, Table] = attrs.field(factory=dict)
    macros: Mapping[str, str] = attrs.field(factory=dict)
    vetoes: tuple[Veto, ...] = attrs.field(default=(), converter=_tuple)
    abbreviations: Sequence[str] = attrs.field(default=(), converter=_tuple)
    corpus: str | None = None
    stopwords: Sequence[str] = attrs.field(default=(), converter=_tuple)
    sample: str = ""
    neighbours: Mapping[str, str] = attrs.field(factory=dict)

    @classmethod
    def from_modules(
        cls,
        code: str,
        name: str,
        lexicon: ModuleType,
        rules: Sequence[ModuleType],
        *,
        corpus: str | None = None,
        sample: str = "",
        neighbours: Mapping[str, str] | None = None,
    ) -> Pack:
        """A pack laid out as the built-in ones are: a lexicon module and one module per event type.

        ``lexicon`` provides ``NUMBERS`` and ``DATES`` and may provide ``LISTS``,
        ``TABLES``, ``MACROS``, ``VETOES``, ``ABBREVIATIONS`` and ``STOPWORDS``;
        each module of ``rules`` provides its ``RULES``.
        """
        return cls(
            code=code,
            name=name,
            numbers=lexicon.NUMBERS,
            dates=lexicon.DATES,
            rulesets=[module.RULES for module in rules],
            lists=getattr(lexicon, "LISTS", {}),
            tables=getattr(lexicon, "TABLES", {}),
            macros=getattr(lexicon, "MACROS", {}),
            vetoes=getattr(lexicon, "VETOES", ()),
            abbreviations=getattr(lexicon, "ABBREVIATIONS", ()),
            corpus=corpus,
            stopwords=getattr(lexicon, "STOPWORDS", ()),
            sample=sample,
            neighbours=neighbours or {},
        )
