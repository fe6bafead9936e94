"""The one engine that runs every pack.

It compiles a :class:`~conflictevents.pack.Pack` once (macros expanded, word lists
bound, every group name checked against the event model), then for each document:

1. splits it into sentences and keeps, per event type, those with a cue word;
2. runs the type's rules there, turning each match into field values through the
   slot kind of each named group (number, date, looked-up word, text);
3. drops candidates that a veto overlaps or a negation cue precedes;
4. fills the fields still empty from context rules: nearest match in the sentence,
   else the value the document states most often;
5. keeps, where candidates of one type share an anchor, the longest evidence.

Nothing here knows a word of any language.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import regex

from .dates import DateGrammar
from .errors import ExtractionTimeout, PackError
from .model import EVENT_TYPES, Event, SlotKind, slots_of
from .numbers import NumberGrammar, normalise
from .pack import Pack, Rule, RuleSet, Table
from .patterns import LIST_REF, compile_pattern
from .prefilter import required_lists
from .sentences import SentenceSplitter

__all__ = ["CompiledPack"]

# "{NUM}", but not the property classes "\p{Lu}", "\P{L}" or a named character "\N{...}".
_MACRO = regex.compile(r"(?<!\\[pPN])\{([A-Z][A-Z0-9_]*)\}")
# A capitalised name of one to four words ("Vladimir Putin", "OVD-Info"); case
# matters here even though rules match case-insensitively.
NAME = r"(?-i:\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*){0,3})"
ANCHOR = "anchor"
_RULE_NAME = regex.compile(r"[\w-]+")
_WORD = regex.compile(r"\w+")
# The two ends of a count range, which may share one scale word ("20-25 thousand").
RANGE_LOW, RANGE_HIGH = "count", "count_max"
# The last guard against a runaway pattern: a document's matching budget.
TIMEOUT_BASE, TIMEOUT_PER_CHAR = 10.0, 20e-6
# The longest budget ``regex`` takes: a larger one overflows it, and it times out at once.
TIMEOUT_MAX = 1e9
# How far back (in characters) a negation cue may stand before an event.
NEGATION_REACH = 80


def expand(pattern: str, macros: Mapping[str, str], owner: str) -> str:
    """Replace ``{MACRO}`` by its definition, recursively."""

    def sub(text: str, seen: tuple[str, ...]) -> str:
        def one(m: regex.Match[str]) -> str:
            name = m.group(1)
            if name in seen:
                raise PackError(f"{owner}: macro {{{name}}} refers to itself")
            if name not in macros:
                raise PackError(f"{owner}: unknown macro {{{name}}}")
            return "(?:" + sub(macros[name], (*seen, name)) + ")"

        return str(_MACRO.sub(one, text))

    return sub(pattern, ())


@attrs.frozen
class _Candidate:
    event_type: type[Event]
    order: int
    start: int
    end: int
    anchor: tuple[int, int]
    text: str
    rule_id: str
    values: dict[str, Any]
    # A negated reading still claims its anchor, so that a shorter rule matching
    # inside the negated phrase does not slip through.
    negated: bool = False


class _Words:
    """A rule set's word lists and lookup tables, merged with the pack's."""

    def __init__(self, pack: Pack, ruleset: RuleSet | None, owner: str) -> None:
        self.lists: dict[str, list[str]] = {}
        self.lookup: dict[str, dict[str, str]] = {}
        levels: list[tuple[Mapping[str, Sequence[str]], Mapping[str, Table]]] = [(pack.lists, pack.tables)]
        if ruleset is not None:
            levels.append((ruleset.lists, ruleset.tables))
        for lists, tables in levels:
            for name, words in lists.items():
                self.lists[name] = list(words)
            for name, table in tables.items():
                self.lists[name] = [w for forms in table.entries.values() for w in forms]
                slot = self.lookup.setdefault(table.slot, {})
                for value, forms in table.entries.items():
                    for form in forms:
                        key = normalise(form)
                        if slot.get(key, value) != value and tables is not pack.tables:
                            raise PackError(f"{owner}: {form!r} means both {slot[key]!r} and {value!r}")
                        slot[key] = value


class _CompiledRuleSet:
    """One event type's rules, compiled against the pack they belong to."""

    def __init__(self, owner: CompiledPack, ruleset: RuleSet) -> None:
        pack = owner.pack
        self.name = f"{pack.code}.{ruleset.event}"
        if ruleset.event not in EVENT_TYPES:
            raise PackError(f"{self.name}: unknown event type {ruleset.event!r}")
        self.event_type = EVENT_TYPES[ruleset.event]
        self.slots = slots_of(self.event_type)
        self.owner = owner
        words = _Words(pack, ruleset, self.name)
        self.lookup = words.lookup
        self._lists = {**owner.base_lists, **words.lists}
        self._macros = {**owner.base_macros, **pack.macros, **ruleset.macros}
        #: Every pattern of the rule set as compiled (macros expanded), by name.
        self.sources: list[tuple[str, str]] = []
        # Per compiled pattern, the first words of which a sentence must hold one
        # for the pattern to have a chance there (None: it may match anywhere).
        self.needs: dict[int, frozenset[str] | None] = {}
        self._first_words: dict[str, frozenset[str] | None] = {}

        vetoes = (*pack.vetoes, *ruleset.vetoes)
        for kind, named in (("rules", ruleset.rules), ("vetoes", vetoes), ("context rules", ruleset.context)):
            self._check_names(kind, [item.name for item in named])
        self.rules = [(rule, self._compile(rule.name, rule.pattern)) for rule in ruleset.rules]
        for rule, pattern in self.rules:
            self._check_groups(rule.name, pattern, allowed={*self.slots, ANCHOR})
            unknown = set(rule.values) - set(self.slots)
            if unknown:
                raise PackError(f"{self.name}.{rule.name}: no field named {sorted(unknown)}")
        self.cue = None if ruleset.cue is None else self._compile("cue", ruleset.cue)
        self.overlap_vetoes = [self._compile(v.name, v.pattern) for v in vetoes if not v.before]
        self.negations = [self._compile(v.name, rf"(?:{v.pattern})\s*$") for v in vetoes if v.before]
        self.contexts = [(c, self._compile(c.name, c.pattern)) for c in ruleset.context]
        for ctx, pattern in self.contexts:
            self._check_groups(ctx.name, pattern, allowed=set(self.slots))

    def _check_names(self, kind: str, names: list[str]) -> None:
        """Rule names are parts of rule ids (``en.casualty.count_verb``): words, one of each."""
        for name in names:
            if not isinstance(name, str) or not _RULE_NAME.fullmatch(name):
                raise PackError(f"{self.name}: {kind} need names of letters, digits, '_' and '-', not {name!r}")
        if len(set(names)) != len(names):
            dup = next(n for n in names if names.count(n) > 1)
            raise PackError(f"{self.name}: two {kind} are named {dup!r}")

    def _compile(self, name: str, pattern: str) -> regex.Pattern[str]:
        owner = f"{self.name}.{name}"
        if not isinstance(pattern, str):
            raise PackError(f"{owner}: the pattern is a {type(pattern).__name__}, not a string")
        source = expand(pattern, self._macros, owner)
        self.sources.append((owner, source))
        for m in LIST_REF.finditer(source):
            if m.group(1) not in self._lists:
                raise PackError(f"{owner}: no word list or table named {m.group(1)!r} (in \\L<{m.group(1)}>)")
        try:
            compiled = compile_pattern(source, self._lists)
        except (regex.error, IndexError, KeyError, TypeError, ValueError, OverflowError, RecursionError) as exc:
            raise PackError(f"{owner}: invalid pattern: {exc}") from None
        self.needs[id(compiled)] = self._need(source)
        return compiled

    def _need(self, source: str) -> frozenset[str] | None:
        """The first words of the lists ``source`` cannot match without (see :mod:`.prefilter`)."""
        lists = required_lists(source, lambda name: len(self._lists.get(name, ())))
        if lists is None:
            return None
        words: set[str] = set()
        for name in lists:
            if name not in self._first_words:
                firsts = [_first_word(w) for w in self._lists.get(name, ())]
                self._first_words[name] = None if not firsts or "" in firsts else frozenset(firsts)
            found = self._first_words[name]
            if found is None:
                return None
            words |= found
        return frozenset(words)

    def _check_groups(self, name: str, pattern: regex.Pattern[str], allowed: set[str]) -> None:
        unknown = set(pattern.groupindex) - allowed
        if unknown:
            raise PackError(
                f"{self.name}.{name}: group(s) {sorted(unknown)} name no field of {self.event_type.__name__}"
            )

    def interpret(self, m: regex.Match[str], text: str, published: _dt.date | None) -> dict[str, Any] | None:
        """Field values from a match's named groups, read in the original ``text``.

        ``None`` if a number group holds no whole number.
        """
        values: dict[str, Any] = {}
        dates: dict[str, str] = {}
        spans: dict[str, str] = {}
        for name in m.re.groupindex:
            start, end = m.span(name)
            if start < 0 or name not in self.slots:
                continue
            spans[name] = surface = text[start:end]
            kind = self.slots[name]
            if kind is SlotKind.NUMBER:
                number = self.owner.numbers.parse_int(surface)
                if number is None:
                    return None
                values[name] = number
            elif kind is SlotKind.LOOKUP:
                found = self.lookup.get(name, {}).get(normalise(surface))
                if found is not None:
                    values[name] = found
            elif kind is SlotKind.TEXT:
                values[name] = surface.strip()
            else:
                dates[name] = surface
        if RANGE_HIGH in spans and values.get(RANGE_LOW) is not None:
            values[RANGE_LOW] = self.owner.numbers.range_low(spans[RANGE_LOW], spans[RANGE_HIGH])
        if dates:
            values.update(self.owner.dates.resolve_all(dates, published))
        return values


class _Document:
    """The state of one extraction: the text, its sentences, and lazily computed context."""

    def __init__(self, owner: CompiledPack, text: str, published: _dt.date | None, timeout: float) -> None:
        self.deadline = time.monotonic() + timeout
        self.text = text
        #: What rules match: the text with its worded numbers masked (same offsets).
        self.masked = owner.numbers.mask(text)
        self.published = published
        self.sentences = owner.splitter.split(text)
        self.starts = [s for s, _ in self.sentences]
        self._sentence_context: dict[tuple[int, int], list[tuple[int, int, dict[str, Any]]]] = {}
        self._vetoes: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._document_context: dict[int, dict[str, Any]] = {}
        self._prefixes: dict[int, frozenset[str]] = {}
        self._longest_need = owner.longest_need

    def remaining(self) -> float:
        """Seconds left of the document's matching budget (``regex`` raises ``TimeoutError`` past it)."""
        return min(max(self.deadline - time.monotonic(), 1e-6), TIMEOUT_MAX)

    def finditer(
        self, pattern: regex.Pattern[str], pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """Matches of ``pattern`` in the masked text, within the document's time budget."""
        end = len(self.masked) if endpos is None else endpos
        return pattern.finditer(self.masked, pos, end, timeout=self.remaining())

    def prefixes(self, index: int) -> frozenset[str]:
        """Every prefix of every word of a sentence, case-folded: what a pattern's needs are checked against.

        Only prefixes as long as the longest needed word: all the prefixes of a
        2,000-letter "word" would be two million characters.
        """
        found = self._prefixes.get(index)
        if found is None:
            s, e = self.sentences[index]
            words = _WORD.findall(self.masked, s, e)
            limit = self._longest_need
            found = frozenset(w[:k] for w in map(str.casefold, words) for k in range(1, min(len(w), limit) + 1))
            self._prefixes[index] = found
        return found

    def may_match(self, crs: _CompiledRuleSet, pattern: regex.Pattern[str], index: int) -> bool:
        """False when the sentence lacks every word the pattern cannot match without."""
        need = crs.needs.get(id(pattern))
        return need is None or not need.isdisjoint(self.prefixes(index))

    def windows(self, crs: _CompiledRuleSet) -> Iterator[tuple[int, int, int]]:
        """Indices and bounds of the sentences where a rule set's cue occurs."""
        for index, (s, e) in enumerate(self.sentences):
            cue = crs.cue
            if cue is None or (
                self.may_match(crs, cue, index) and cue.search(self.masked, s, e, timeout=self.remaining())
            ):
                yield index, s, e

    def vetoed_spans(self, crs: _CompiledRuleSet, index: int) -> list[tuple[int, int]]:
        key = (id(crs), index)
        if key not in self._vetoes:
            s, e = self.sentences[index]
            self._vetoes[key] = [
                m.span() for p in crs.overlap_vetoes if self.may_match(crs, p, index) for m in self.finditer(p, s, e)
            ]
        return self._vetoes[key]

    def negated(self, crs: _CompiledRuleSet, index: int, start: int) -> bool:
        lo = max(self.sentences[index][0], start - NEGATION_REACH)
        return any(p.search(self.masked, lo, start, timeout=self.remaining()) for p in crs.negations)

    def sentence_context(self, crs: _CompiledRuleSet, index: int) -> list[tuple[int, int, dict[str, Any]]]:
        key = (id(crs), index)
        if key not in self._sentence_context:
            s, e = self.sentences[index]
            found = []
            for _, pattern in crs.contexts:
                if not self.may_match(crs, pattern, index):
                    continue
                for m in self.finditer(pattern, s, e):
                    values = crs.interpret(m, self.text, self.published)
                    if values:
                        found.append((m.start(), m.end(), values))
            self._sentence_context[key] = found
        return self._sentence_context[key]

    def document_context(self, crs: _CompiledRuleSet) -> dict[str, Any]:
        """Per field, the value the document's context matches give most often."""
        key = id(crs)
        if key not in self._document_context:
            counts: dict[str, Counter[Any]] = {}
            for ctx, pattern in crs.contexts:
                if not ctx.document:
                    continue
                for index, (s, e) in enumerate(self.sentences):
                    if not self.may_match(crs, pattern, index):
                        continue
                    for m in self.finditer(pattern, s, e):
                        for name, value in (crs.interpret(m, self.text, self.published) or {}).items():
                            if value is not None:
                                counts.setdefault(name, Counter())[value] += 1
            self._document_context[key] = {n: c.most_common(1)[0][0] for n, c in counts.items()}
        return self._document_context[key]


class CompiledPack:
    """A pack made ready to run: built once per process and shared by all threads."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.numbers = NumberGrammar(pack.numbers)
        self.dates = DateGrammar(pack.dates, pack.code, self.numbers)
        self.splitter = SentenceSplitter(pack.abbreviations)
        # Rules see numbers only through {NUM}: number words are masked in what they match.
        self.base_lists: dict[str, list[str]] = self.dates.named_lists()
        self.base_macros = {"NUM": self.numbers.masked_pattern, "DATE": self.dates.pattern, "NAME": NAME}
        #: Every number the pack can read, anywhere in a text.
        self.number_pattern = self.numbers.finder
        self.rulesets: dict[str, _CompiledRuleSet] = {}
        for ruleset in pack.rulesets:
            if ruleset.event in self.rulesets:
                raise PackError(f"{pack.code}: two rule sets for {ruleset.event!r}")
            self.rulesets[ruleset.event] = _CompiledRuleSet(self, ruleset)
        #: The longest word a pattern needs (see :mod:`.prefilter`): longer prefixes are never looked up.
        self.longest_need = max(
            (len(w) for crs in self.rulesets.values() for need in crs.needs.values() if need for w in need), default=0
        )

    def pattern_sources(self) -> list[tuple[str, str]]:
        """Every compiled pattern of the pack, macros expanded, with its qualified name (for audits)."""
        found = [(f"{self.pack.code}.number", self.numbers.pattern)]
        for crs in self.rulesets.values():
            found += crs.sources
        return found

    @property
    def event_types(self) -> list[str]:
        """The event types this pack has rules for."""
        return list(self.rulesets)

    def extract(
        self,
        text: str,
        published: _dt.date | None,
        types: Iterable[str] | None = None,
        timeout: float | None = None,
    ) -> list[Event]:
        """All events of the selected types in ``text``, in text order.

        :raises ExtractionTimeout: when matching takes longer than ``timeout``
            seconds (by default :func:`default_timeout` of the text).
        """
        budget = default_timeout(text) if timeout is None else timeout
        try:
            return self._extract(_Document(self, text, published, budget), types)
        except TimeoutError:
            raise ExtractionTimeout(
                f"matching the {len(text):,}-character text took longer than {budget:g} s ({self.pack.code} pack)"
            ) from None

    def _extract(self, doc: _Document, types: Iterable[str] | None) -> list[Event]:
        selected = self.rulesets if types is None else {t: self.rulesets[t] for t in types if t in self.rulesets}
        events: list[Event] = []
        for crs in selected.values():
            events.extend(_resolve(self._candidates(crs, doc)))
        events.sort(key=lambda e: (e.start, e.end, e.type))
        return events

    def _candidates(self, crs: _CompiledRuleSet, doc: _Document) -> Iterator[_Candidate]:
        for index, s, e in doc.windows(crs):
            for order, (rule, pattern) in enumerate(crs.rules):
                if not doc.may_match(crs, pattern, index):
                    continue
                for m in doc.finditer(pattern, s, e):
                    candidate = self._candidate(crs, doc, index, (order, rule), m)
                    if candidate is not None:
                        yield candidate

    def _candidate(
        self,
        crs: _CompiledRuleSet,
        doc: _Document,
        index: int,
        ranked_rule: tuple[int, Rule],
        m: regex.Match[str],
    ) -> _Candidate | None:
        order, rule = ranked_rule
        values = crs.interpret(m, doc.text, doc.published)
        if values is None:
            return None
        values = {**rule.values, **values}
        start, end = _trim(doc.text, *m.span())
        if start >= end:
            return None
        anchor = _anchor(m)
        if any(a < anchor[1] and anchor[0] < b for a, b in doc.vetoed_spans(crs, index)):
            return None
        negated = doc.negated(crs, index, start)
        if not negated:
            _fill_from_context(values, crs, doc, index, (start, end))
            if not crs.event_type.admits(values):
                return None
        rule_id = f"{crs.name}.{rule.name}"
        return _Candidate(crs.event_type, order, start, end, anchor, doc.text[start:end], rule_id, values, negated)


def _first_word(entry: str) -> str:
    """The first word of a list entry, case-folded ("" if it has none)."""
    m = _WORD.search(normalise(entry))
    return m.group() if m else ""


def default_timeout(text: str) -> float:
    """The matching budget of a text: 10 s, plus 20 s per million characters."""
    return TIMEOUT_BASE + TIMEOUT_PER_CHAR * len(text)


def _anchor(m: regex.Match[str]) -> tuple[int, int]:
    for name in (ANCHOR, "count", "min_age", "max_age"):
        if name in m.re.groupindex and m.start(name) >= 0:
            return m.span(name)
    return m.span()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _fill_from_context(
    values: dict[str, Any], crs: _CompiledRuleSet, doc: _Document, index: int, span: tuple[int, int]
) -> None:
    start, end = span
    nearest: dict[str, tuple[int, Any]] = {}
    for s, e, found in doc.sentence_context(crs, index):
        distance = max(s - end, start - e, 0)
        for name, value in found.items():
            if values.get(name) is None and value is not None and (name not in nearest or distance < nearest[name][0]):
                nearest[name] = (distance, value)
    for name, (_, value) in nearest.items():
        values[name] = value
    if any(ctx.document for ctx, _ in crs.contexts):
        for name, value in doc.document_context(crs).items():
            if values.get(name) is None:
                values[name] = value


def _resolve(candidates: Iterable[_Candidate]) -> list[Event]:
    """Among candidates whose anchors overlap, keep the longest evidence (then the earlier rule).

    A negated candidate that wins its anchor yields no event.
    """
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken: list[tuple[int, int]] = []
    events = []
    for c in ranked:
        i = bisect.bisect_left(taken, c.anchor)
        if (i > 0 and taken[i - 1][1] > c.anchor[0]) or (i < len(taken) and taken[i][0] < c.anchor[1]):
            continue
        taken.insert(i, c.anchor)
        if not c.negated:
            events.append(_build(c))
    return events


def _build(c: _Candidate) -> Event:
    fields = {k: v for k, v in c.values.items() if v is not None}
    return c.event_type(start=c.start, end=c.end, text=c.text, rule=c.rule_id, **fields)
