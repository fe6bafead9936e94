"""The one engine that runs every pack.

It compiles a :class:`~conflictevents.pack.Pack` once (macros expanded, word lists
bound, every group name checked against the event model), then for each document:

1. splits it into sentences and keeps, per event type, those with a cue word;
2. runs the type's rules there (on the text with quotation marks read as spaces),
   turning each match into field values through the slot kind of each named group
   (number, date, looked-up word, text); a repeated number group adds up, or, for
   a rule with ``each``, gives one event per repetition;
3. drops candidates that a veto overlaps or a negation cue precedes, or, for a veto
   with a ``status``, gives them that status ("could", "plans to", "denied that");
4. fills the fields still empty from context rules: nearest match in the sentence,
   else the nearest in the two sentences before it in its paragraph, else (for
   ``document`` context rules) the value the document states most often;
5. keeps, where candidates of one type share an anchor, the longest evidence;
6. gives a rule's ``inherits`` fields that its match left empty the values of the
   event of its type just before it (same sentence, or the previous one in the
   paragraph), points a part at its total (``part_of``), and leaves a follow-up with
   no such event to the other rules.

Nothing here knows a word of any language.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import regex

from .anchors import AnchorIndex, DocumentAnchors, first_word
from .dates import DateGrammar
from .errors import ExtractionTimeout, PackError
from .model import EVENT_TYPES, STATUSES, Event, SlotKind, slots_of
from .numbers import NumberGrammar, normalise
from .pack import Pack, Rule, RuleSet, Table
from .patterns import LIST_REF, compile_pattern
from .prefilter import Item, Reading, read
from .sentences import SentenceSplitter

__all__ = ["CompiledPack"]

# "{NUM}", but not the property classes "\p{Lu}", "\P{L}" or a named character "\N{...}".
_MACRO = regex.compile(r"(?<!\\[pPN])\{([A-Z][A-Z0-9_]*)\}")
# A capitalised name of one to four words ("Vladimir Putin", "OVD-Info"); case
# matters here even though rules match case-insensitively.
NAME = r"(?-i:\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*){0,3})"
ANCHOR = "anchor"
_RULE_NAME = regex.compile(r"[\w-]+")
_STARTS_WORD = regex.compile(r"\w")
# The field of a count that is a part of the total before it.
PART_OF = "part_of"
# The two ends of a count range, which may share one scale word ("20-25 thousand").
RANGE_LOW, RANGE_HIGH = "count", "count_max"
# The last guard against a runaway pattern: a document's matching budget.
TIMEOUT_BASE, TIMEOUT_PER_CHAR = 10.0, 20e-6
# The longest budget ``regex`` takes: a larger one overflows it, and it times out at once.
TIMEOUT_MAX = 1e9
# Up to this many characters from a match's start to the sentence's end, a match is
# tried without the ``regex`` timeout (see ``_Document._match_at``).
_SHORT_WINDOW = 500
# How far back (in characters) a negation cue may stand before an event.
NEGATION_REACH = 80
# The document model: a value a context rule finds carries to the events of the next
# this many sentences of its paragraph ("According to OVD-Info, ... In Moscow, 394 ...").
CARRY_SENTENCES = 2
# {GAP}: at most this many words between two parts of a rule. A word holds a letter
# and no digit or clause mark; a bracketed aside of up to 60 characters counts as one.
GAP_WORDS = 6
GAP = (
    r"(?:(?!{GAP_STOP})(?:[\p{L}\p{M}][\p{L}\p{M}\p{Pd}'’ʼ]*+,?+|\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])\s+)"
    rf"{{0,{GAP_WORDS}}}?"
)
# A blank line: the end of a paragraph.
_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n")
# Rules and vetoes read quotation marks of every style as spaces; an apostrophe
# inside a word ("Russia's", "п’ять") stays.
_QUOTE = regex.compile(r"[\"“”„‟«»‹›]|(?<!\p{L})['‘’‚ʼ]|['‘’‚ʼ](?!\p{L})")


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
    # What the candidate takes from the event before it: the fields, and whether it is a part of it.
    follows: tuple[tuple[str, ...], bool] = ((), False)
    sentence: int = 0


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
        for slot, table in self.lookup.items():
            if self.slots.get(slot) is SlotKind.NUMBER and not all(v.isdigit() for v in table.values()):
                raise PackError(f"{self.name}: a table for {slot!r} maps words to whole numbers written in digits")
        self.lists = {**owner.base_lists, **words.lists}
        self._macros = {**owner.base_macros, **pack.macros, **ruleset.macros}
        #: Every pattern of the rule set as compiled (macros expanded), by name.
        self.sources: list[tuple[str, str]] = []
        # Per compiled pattern (see :mod:`.anchors`): the lists of which a sentence must
        # hold a word for the pattern to have a chance there, and the items a match
        # starts with (None: no such test, try it everywhere).
        self.needs: dict[int, frozenset[Item] | None] = {}
        self.firsts: dict[int, frozenset[Item] | None] = {}
        self._shapes: dict[str, list[str]] = {}  # each list's words, as looked up (see _items_of)

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
        self.overlap_vetoes: list[regex.Pattern[str]] = []
        self.negations: list[regex.Pattern[str]] = []
        # What each veto does, by compiled pattern: its place among the vetoes, and the
        # status it gives (None: it cancels).
        self.veto_effect: dict[int, tuple[int, str | None]] = {}
        for place, veto in enumerate(vetoes):
            if veto.status is not None and veto.status not in STATUSES[1:]:
                raise PackError(f"{self.name}.{veto.name}: status {veto.status!r} is none of {', '.join(STATUSES[1:])}")
            if veto.before:
                pattern = self._compile(veto.name, rf"(?:{veto.pattern})\s*$")
                self.negations.append(pattern)
            else:
                pattern = self._compile(veto.name, veto.pattern)
                self.overlap_vetoes.append(pattern)
            self.veto_effect[id(pattern)] = (place, veto.status)
        self.contexts = [(c, self._compile(c.name, c.pattern)) for c in ruleset.context]
        for ctx, pattern in self.contexts:
            self._check_groups(ctx.name, pattern, allowed=set(self.slots))
        for rule, _ in self.rules:
            unknown = set(rule.inherits) - set(self.slots)
            if unknown:
                raise PackError(f"{self.name}.{rule.name}: inherits no field named {sorted(unknown)}")
            if rule.part and not any(f.name == PART_OF for f in attrs.fields(self.event_type)):
                raise PackError(f"{self.name}.{rule.name}: a {ruleset.event} is no count: it has no parts")
        #: The fields context rules fill, and those that document-wide context rules fill.
        self.context_fields = {name for _, pattern in self.contexts for name in pattern.groupindex}
        self.document_fields = {name for ctx, pattern in self.contexts if ctx.document for name in pattern.groupindex}
        # Context rules read quotation marks as written ("according to «Meduza»").
        self.sees_quotes = {id(pattern) for _, pattern in self.contexts}

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
            if m.group(1) not in self.lists:
                raise PackError(f"{owner}: no word list or table named {m.group(1)!r} (in \\L<{m.group(1)}>)")
        try:
            compiled = compile_pattern(source, self.lists)
        except (regex.error, IndexError, KeyError, TypeError, ValueError, OverflowError, RecursionError) as exc:
            raise PackError(f"{owner}: invalid pattern: {exc}") from None
        reading = read(source, lambda name: len(self.lists.get(name, ())))
        self.needs[id(compiled)] = self._need(reading)
        self.firsts[id(compiled)] = self._first(reading)
        return compiled

    def _need(self, reading: Reading) -> frozenset[Item] | None:
        """The items a pattern cannot match without: the words of the lists it needs."""
        if reading.required is None:
            return None
        return self._items_of(reading.required, first_word)

    def _first(self, reading: Reading) -> frozenset[Item] | None:
        """What a match starts with: texts, digits, capitals, and the first words of lists."""
        items = reading.first
        if items is None:
            return None
        lists = {i[1] for i in items if i[0] == "list"}
        found = self._items_of(lists, _STARTS_WORD.match) if lists else frozenset()
        return None if found is None else found | {i for i in items if i[0] != "list"}

    def _items_of(self, lists: Iterable[str], by_word: Callable[[str], object]) -> frozenset[Item] | None:
        """Items that find the words of ``lists``: the list itself for the words ``by_word``
        accepts (the anchor index looks them up at word starts), and each other word as a
        text, found by its first character ("≈", "~"). ``None`` if a list has an empty word."""
        found: set[Item] = set()
        for name in lists:
            found.add(self._qualified(name))
            if name not in self._shapes:
                self._shapes[name] = [normalise(w) for w in self.lists.get(name, ())]
            for word in self._shapes[name]:
                if not word:
                    return None
                if not by_word(word):
                    found.add(("text", word))
        return frozenset(found)

    def _qualified(self, name: str) -> Item:
        """A list as an item: rule sets may give one name to different lists."""
        return ("list", f"{self.name}:{name}")

    def items(self) -> tuple[set[Item], dict[str, list[str]]]:
        """Every item the rule set's patterns start with or need, and the lists among them by qualified name."""
        items = {i for found in (*self.needs.values(), *self.firsts.values()) if found for i in found}
        lists = {i[1]: self.lists[i[1].partition(":")[2]] for i in items if i[0] == "list"}
        return items, lists

    def _check_groups(self, name: str, pattern: regex.Pattern[str], allowed: set[str]) -> None:
        unknown = set(pattern.groupindex) - allowed
        if unknown:
            raise PackError(
                f"{self.name}.{name}: group(s) {sorted(unknown)} name no field of {self.event_type.__name__}"
            )

    def interpret(
        self, m: regex.Match[str], text: str, published: _dt.date | None, pick: int | None = None
    ) -> dict[str, Any] | None:
        """Field values from a match's named groups, read in the original ``text``.

        A number group the pattern repeated adds up; with ``pick``, each group takes
        its ``pick``-th repetition where it repeats as often as ``count`` (else its last).
        ``None`` if a number group holds no whole number.
        """
        values: dict[str, Any] = {}
        dates: dict[str, str] = {}
        spans: dict[str, str] = {}
        repeats = len(m.spans(RANGE_LOW)) if pick is not None else 0
        for name in m.re.groupindex:
            if name not in self.slots:
                continue
            places = m.spans(name)
            if not places:
                continue
            if pick is not None:
                places = [places[pick] if len(places) == repeats else places[-1]]
            kind = self.slots[name]
            surfaces = [text[start:end] for start, end in places]
            spans[name] = surface = surfaces[-1]
            if kind is SlotKind.NUMBER:
                numbers = [self.number(piece, name) for piece in surfaces]
                # A range's low end may be no whole number alone ("1,5 to 4,5 million"): see below.
                shares_scale = name == RANGE_LOW and len(surfaces) == 1 and _once(m, RANGE_HIGH)
                if None in numbers and not shares_scale:
                    return None
                values[name] = sum(n for n in numbers if n is not None)
            elif kind is SlotKind.LOOKUP:
                found = self.lookup.get(name, {}).get(normalise(surface))
                if found is not None:
                    values[name] = found
            elif kind is SlotKind.TEXT:
                # A table for a text field gives a form's dictionary form ("Путиным": "Путин").
                values[name] = self.lookup.get(name, {}).get(normalise(surface), surface.strip())
            else:
                dates[name] = surface
        if RANGE_LOW in spans and _once(m, RANGE_HIGH):
            values[RANGE_LOW] = self.owner.numbers.range_low(spans[RANGE_LOW], spans[RANGE_HIGH])
        if dates:
            values.update(self.owner.dates.resolve_all(dates, published))
        return values

    def number(self, surface: str, name: str) -> int | None:
        """A number group's value: a number, or a word of a table for the field ("a" is 1)."""
        found = self.owner.numbers.parse_int(surface)
        if found is None:
            word = self.lookup.get(name, {}).get(normalise(surface))
            found = None if word is None else int(word)
        return found


class _Document:
    """The state of one extraction: the text, its sentences, and lazily computed context."""

    def __init__(self, owner: CompiledPack, text: str, published: _dt.date | None, timeout: float) -> None:
        self.deadline = time.monotonic() + timeout
        self.text = text
        # One pass over the words finds where number words start and where patterns may.
        found = owner.anchors.scan(text)
        masked, spans = owner.numbers.mask(text, found.of(owner.number_items))
        #: What context rules match: the text with its worded numbers masked (same offsets).
        self.masked = masked
        #: What rules, cues and vetoes match: the masked text with quotation marks as spaces.
        self.ruled = _QUOTE.sub(" ", masked)
        self.quoted = owner.sees_quotes
        self.anchors: DocumentAnchors = found.after_masking(masked, spans)
        self.published = published
        self.sentences = owner.splitter.split(text)
        self.starts = [s for s, _ in self.sentences]
        breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
        #: Per sentence, the number of its paragraph (paragraphs end at a blank line).
        self.paragraphs = [bisect.bisect_right(breaks, s) for s in self.starts]
        self._sentence_context: dict[tuple[int, int], list[tuple[int, int, dict[str, Any]]]] = {}
        self._vetoes: dict[tuple[int, int], list[tuple[int, int, tuple[int, str | None]]]] = {}
        self._document_context: dict[int, dict[str, Any]] = {}

    def remaining(self) -> float:
        """Seconds left of the document's matching budget (``regex`` raises ``TimeoutError`` past it)."""
        return min(max(self.deadline - time.monotonic(), 1e-6), TIMEOUT_MAX)

    def hits(
        self,
        crs: _CompiledRuleSet,
        pattern: regex.Pattern[str],
        only: Sequence[int] | None = None,
        first_only: bool = False,
    ) -> Iterator[tuple[int, regex.Match[str]]]:
        """What ``finditer`` finds in each sentence of the masked text (or in the sentences ``only`` names, in order).

        With ``first_only``, the first match of each sentence alone (enough for a cue).

        A pattern is skipped in a sentence that lacks a word it needs, and tried only
        where it may start (see :mod:`.anchors`), up to the last word it needs (a needed
        word stands inside the match, never before it): the cost follows the places where
        it may match, not the length of the text.
        """
        need, first = crs.needs[id(pattern)], crs.firsts[id(pattern)]
        if first is None:
            indices: Iterable[int] = range(len(self.sentences)) if need is None else self._sentences_with(need)
            allowed = None if only is None else set(only)
            for index in indices:
                if allowed is None or index in allowed:
                    for hit in self._scan(pattern, index):
                        yield hit
                        if first_only:
                            break
            return
        positions = self.anchors.of(first)
        if not positions:
            return
        for index, i, j in self._groups(positions, only):
            s, e = self.sentences[index]
            for m in self._match_at(pattern, self._worth_trying(need, positions, (i, j), (s, e)), s, e):
                yield index, m
                if first_only:
                    break

    def _groups(self, positions: Sequence[int], only: Sequence[int] | None) -> Iterator[tuple[int, int, int]]:
        """Per sentence that holds some of ``positions`` (among ``only``, when given): its index, and
        where its positions start and end. Whichever is fewer is walked: positions, or the sentences."""
        if only is not None and len(only) < len(positions):
            for index in only:
                s, e = self.sentences[index]
                i = bisect.bisect_left(positions, s)
                j = bisect.bisect_left(positions, e, i)
                if i < j:
                    yield index, i, j
            return
        allowed = None if only is None else set(only)
        i, n = 0, len(positions)
        while i < n:
            index = bisect.bisect_right(self.starts, positions[i]) - 1
            j = bisect.bisect_left(positions, self.sentences[index][1], i)
            if allowed is None or index in allowed:
                yield index, i, j
            i = j

    def matches(self, crs: _CompiledRuleSet, pattern: regex.Pattern[str], index: int) -> Iterator[regex.Match[str]]:
        """:meth:`hits` in one sentence."""
        s, e = self.sentences[index]
        need, first = crs.needs[id(pattern)], crs.firsts[id(pattern)]
        if need is not None and not self.anchors.any_within(need, s, e):
            return iter(())
        if first is None:
            return (m for _, m in self._scan(pattern, index))
        positions = self.anchors.within(first, s, e)
        return self._match_at(pattern, self._worth_trying(need, positions, (0, len(positions)), (s, e)), s, e)

    def _worth_trying(
        self, need: frozenset[Item] | None, positions: Sequence[int], at: tuple[int, int], sentence: tuple[int, int]
    ) -> Sequence[int]:
        """The positions from ``at`` (an index range, inside ``sentence``) that a needed word stands at or after."""
        i, j = at
        if need is None or i >= j:
            return positions[i:j]
        last = self.anchors.last_within(need, positions[i], sentence[1])
        return positions[i : bisect.bisect_right(positions, last, i, j)]

    def _scan(self, pattern: regex.Pattern[str], index: int) -> Iterator[tuple[int, regex.Match[str]]]:
        s, e = self.sentences[index]
        for m in pattern.finditer(self.seen_by(pattern), s, e, timeout=self.remaining()):
            yield index, m

    def seen_by(self, pattern: regex.Pattern[str]) -> str:
        return self.masked if id(pattern) in self.quoted else self.ruled

    def _match_at(
        self, pattern: regex.Pattern[str], positions: Sequence[int], start: int, end: int
    ) -> Iterator[regex.Match[str]]:
        """Matches of ``pattern`` at ``positions`` (sorted) from ``start`` to ``end``, as ``finditer`` finds them."""
        last = start
        seen = self.seen_by(pattern)
        for p in positions:
            if p < last:
                continue
            # The document's budget is checked here; ``regex`` is given it only for long
            # windows, where one attempt could take long (it costs microseconds a call).
            if time.monotonic() > self.deadline:
                raise TimeoutError
            if end - p > _SHORT_WINDOW:
                m = pattern.match(seen, p, end, timeout=self.remaining())
            else:
                m = pattern.match(seen, p, end)
            if m is not None:
                yield m
                last = max(m.end(), p + 1)

    def _sentences_with(self, items: frozenset[Item]) -> list[int]:
        """The indices of the sentences where any of ``items`` stands, in order."""
        return sorted({bisect.bisect_right(self.starts, p) - 1 for p in self.anchors.of(items)})

    def cued(self, crs: _CompiledRuleSet) -> list[int] | None:
        """The indices of the sentences where a rule set's cue occurs, in order (None: no cue, every sentence)."""
        if crs.cue is None:
            return None
        return sorted({index for index, _ in self.hits(crs, crs.cue, first_only=True)})

    def vetoed_spans(self, crs: _CompiledRuleSet, index: int) -> list[tuple[int, int, tuple[int, str | None]]]:
        """The spans of the overlap vetoes' matches in a sentence, each with its veto's effect."""
        key = (id(crs), index)
        if key not in self._vetoes:
            self._vetoes[key] = [
                (*m.span(), crs.veto_effect[id(p)]) for p in crs.overlap_vetoes for m in self.matches(crs, p, index)
            ]
        return self._vetoes[key]

    def vetoes_before(self, crs: _CompiledRuleSet, index: int, start: int) -> list[tuple[int, str | None]]:
        """The effects of the negation cues that end right before ``start``."""
        lo = max(self.sentences[index][0], start - NEGATION_REACH)
        return [
            crs.veto_effect[id(p)] for p in crs.negations if p.search(self.ruled, lo, start, timeout=self.remaining())
        ]

    def near(self, earlier: int, later: int) -> bool:
        """Whether sentence ``earlier`` is ``later`` or the one before it, in the same paragraph."""
        return 0 <= later - earlier <= 1 and self.paragraphs[earlier] == self.paragraphs[later]

    def carried_from(self, index: int) -> Iterator[int]:
        """The sentences whose context carries to sentence ``index``: up to
        :data:`CARRY_SENTENCES` before it in its paragraph, nearest first."""
        for earlier in range(index - 1, max(index - 1 - CARRY_SENTENCES, -1), -1):
            if self.paragraphs[earlier] != self.paragraphs[index]:
                return
            yield earlier

    def sentence_context(self, crs: _CompiledRuleSet, index: int) -> list[tuple[int, int, dict[str, Any]]]:
        key = (id(crs), index)
        if key not in self._sentence_context:
            found = []
            for _, pattern in crs.contexts:
                for m in self.matches(crs, pattern, index):
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
                for _, m in self.hits(crs, pattern):
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
        self.base_macros = {
            "NUM": self.numbers.masked_pattern,
            "DATE": self.dates.pattern,
            "NAME": NAME,
            "GAP": GAP,
            "GAP_STOP": "(?!)",
        }
        #: Every number the pack can read, anywhere in a text.
        self.number_pattern = self.numbers.finder
        self.rulesets: dict[str, _CompiledRuleSet] = {}
        for ruleset in pack.rulesets:
            if ruleset.event in self.rulesets:
                raise PackError(f"{pack.code}: two rule sets for {ruleset.event!r}")
            self.rulesets[ruleset.event] = _CompiledRuleSet(self, ruleset)
        #: The patterns that read quotation marks as written (context rules).
        self.sees_quotes = {i for crs in self.rulesets.values() for i in crs.sees_quotes}
        items: set[Item] = set()
        lists: dict[str, list[str]] = {}
        for crs in self.rulesets.values():
            found, named = crs.items()
            items |= found
            lists |= named
        #: Where a number word may start: a word of a number list (or, for an entry that
        #: starts with no letter or digit, its first character).
        number_items: set[Item] = set()
        for name, words in self.numbers.word_lists.items():
            qualified = f"{pack.code}.number:{name}"
            lists[qualified] = [w for w in words if _STARTS_WORD.match(normalise(w))]
            number_items |= {("list", qualified)} | {("text", w) for w in words if not _STARTS_WORD.match(normalise(w))}
        self.number_items = frozenset(number_items)
        self.anchors = AnchorIndex(items | number_items, lists)

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
            candidates = list(self._candidates(crs, doc))
            found, orphans = _inherit(doc, _resolve(candidates))
            if orphans:  # a follow-up with nothing to follow frees its anchor for the other readings
                found, _ = _inherit(doc, _resolve([c for c in candidates if id(c) not in orphans]))
            events.extend(found)
        events.sort(key=lambda e: (e.start, e.end, e.type))
        return events

    def _candidates(self, crs: _CompiledRuleSet, doc: _Document) -> Iterator[_Candidate]:
        cued = doc.cued(crs)
        if cued is not None and not cued:  # no sentence holds the cue: no rule can fire
            return
        for order, (rule, pattern) in enumerate(crs.rules):
            for index, m in doc.hits(crs, pattern, cued):
                picks: Iterable[int | None] = range(len(m.spans(RANGE_LOW))) if rule.each else (None,)
                for pick in picks:
                    candidate = self._candidate(crs, doc, index, (order, rule), (m, pick))
                    if candidate is not None:
                        yield candidate

    def _candidate(
        self,
        crs: _CompiledRuleSet,
        doc: _Document,
        index: int,
        ranked_rule: tuple[int, Rule],
        hit: tuple[regex.Match[str], int | None],
    ) -> _Candidate | None:
        order, rule = ranked_rule
        m, pick = hit  # the match, and which repetition of its count (rules with ``each``)
        values = crs.interpret(m, doc.text, doc.published, pick)
        if values is None:
            return None
        values = {**rule.values, **values}
        start, end = _trim(doc.text, *m.span())
        if start >= end:
            return None
        anchor = _anchor(m, pick)
        overlapping = [effect for a, b, effect in doc.vetoed_spans(crs, index) if a < anchor[1] and anchor[0] < b]
        if any(status is None for _, status in overlapping):
            return None
        effects = sorted(overlapping + doc.vetoes_before(crs, index, start))
        negated = any(status is None for _, status in effects)
        if effects and not negated and "status" not in rule.values:
            values["status"] = effects[0][1]
        # What a rule inherits is filled after resolution, from the event before it.
        waiting = {name: values.pop(name, None) for name in rule.inherits if values.get(name) is None}
        if not negated:
            _fill_from_context(values, crs, doc, index, (start, end))
            values.update(waiting)
            if not rule.inherits and not crs.event_type.admits(values):
                return None
        rule_id = f"{crs.name}.{rule.name}"
        span = (start, end, anchor, doc.text[start:end])
        follows = (rule.inherits, rule.part)
        return _Candidate(crs.event_type, order, *span, rule_id, values, negated, follows, index)


def default_timeout(text: str) -> float:
    """The matching budget of a text: 10 s, plus 20 s per million characters."""
    return TIMEOUT_BASE + TIMEOUT_PER_CHAR * len(text)


def _once(m: regex.Match[str], name: str) -> bool:
    """Whether the pattern has the group ``name`` and the match filled it once."""
    return name in m.re.groupindex and len(m.spans(name)) == 1


def _anchor(m: regex.Match[str], pick: int | None = None) -> tuple[int, int]:
    if pick is not None:
        return m.spans(RANGE_LOW)[pick]
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
    for earlier in doc.carried_from(index):
        if all(values.get(name) is not None for name in crs.context_fields):
            return
        for _, _, found in reversed(doc.sentence_context(crs, earlier)):  # the last match is the nearest
            for name, value in found.items():
                if values.get(name) is None and value is not None:
                    values[name] = value
    if crs.document_fields and any(values.get(name) is None for name in crs.document_fields):
        for name, value in doc.document_context(crs).items():
            if values.get(name) is None:
                values[name] = value


def _resolve(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Among candidates whose anchors overlap, keep the longest evidence (then the earlier rule).

    A negated candidate that wins its anchor is dropped after it has claimed it.
    """
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken: list[tuple[int, int]] = []
    kept = []
    for c in ranked:
        i = bisect.bisect_left(taken, c.anchor)
        if (i > 0 and taken[i - 1][1] > c.anchor[0]) or (i < len(taken) and taken[i][0] < c.anchor[1]):
            continue
        taken.insert(i, c.anchor)
        if not c.negated:
            kept.append(c)
    return kept


def _inherit(doc: _Document, kept: list[_Candidate]) -> tuple[list[Event], set[int]]:
    """Events from resolved candidates, in text order, each inheriting from the one before it.

    A candidate inherits the fields its rule names from the event of its type just
    before it, if that one stands in the same sentence or the one before in its
    paragraph (a new paragraph starts a new topic), even where that one has none (a
    ``side`` the total does not state); with no event there, it is no event.
    A part of a total points at the total (past the parts before it) with ``part_of``.
    Also returns the ids of the candidates that had no event to follow.
    """
    events: list[Event] = []
    orphans: set[int] = set()
    before: _Candidate | None = None
    before_values: dict[str, Any] = {}
    for c in sorted(kept, key=lambda c: (c.anchor, c.start)):
        values = dict(c.values)
        inherits, part = c.follows
        if inherits or part:
            if before is None or not doc.near(before.sentence, c.sentence):
                orphans.add(id(c))
                continue
            for name in inherits:
                if values.get(name) is None:
                    values[name] = before_values.get(name)
            if part:
                values[PART_OF] = before_values.get(PART_OF, before.start)
            if not c.event_type.admits(values):
                continue
        events.append(_build(c, values))
        before, before_values = c, values
    return events, orphans


def _build(c: _Candidate, values: dict[str, Any]) -> Event:
    fields = {k: v for k, v in values.items() if v is not None}
    return c.event_type(start=c.start, end=c.end, text=c.text, rule=c.rule_id, **fields)
