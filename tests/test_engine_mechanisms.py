"""What the engine gives every pack: gaps between a rule's parts, transparent quotation
marks, counts that add up, one event per listed figure, and fields inherited from the
event before. Each is tried on a made-up pack, so no language's rules are in the way."""

from __future__ import annotations

from typing import Any

import pytest

from conflictevents import PackError
from conflictevents.engine import CompiledPack
from conflictevents.pack import Context, DateWords, NumberWords, Pack, Rule, RuleSet, Table, Veto
from conflictevents.sentences import SentenceSplitter

NUMBERS = NumberWords(values={"one": 1, "two": 2, "three": 3, "ten": 10})
DATES = DateWords(months={"jan": 1}, weekdays={"mon": 0}, patterns=[r"(?P<day>\d{1,2})\s+(?P<month>\L<month>)"])
HARMED = Table("category", {"killed": ["killed", "dead"], "injured": ["injured", "wounded"]})
SINGLE = Table("count", {"1": ["a", "an", "another"]})
VICTIM = Table("victims", {"civilian": ["civilian", "civilians", "child", "children"], "military": ["soldiers"]})


def pack(*rules: Rule, **ruleset: Any) -> CompiledPack:
    tables = {"harmed": HARMED, "single": SINGLE, "victim": VICTIM, **ruleset.pop("tables", {})}
    casualty = RuleSet(
        event="casualty", rules=rules, tables=tables, lists={"aux": ["were", "was", "had", "been"]}, **ruleset
    )
    macros = {"GAP_STOP": r"(?:\L<aux>|and)(?!\w)"}
    return CompiledPack(Pack(code="zz", name="Test", numbers=NUMBERS, dates=DATES, rulesets=[casualty], macros=macros))


def found(cp: CompiledPack, text: str) -> list[tuple[Any, ...]]:
    return [(e.category, e.count, e.victims) for e in cp.extract(text, None)]  # type: ignore[attr-defined]


PASSIVE = Rule(
    "passive",
    r"(?P<count>{NUM})\s+(?:(?P<victims>\L<victim>)\s+)?{GAP}(?:\L<aux>\s+)+(?P<category>\L<harmed>)(?!\w)",
)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("25 soldiers who tried to surrender were killed.", [("killed", 25, "military")]),
        ("300 reservists with combat experience were wounded.", [("injured", 300, "unspecified")]),
        ("Ten staff members of the charity were killed.", [("killed", 10, "unspecified")]),
        # a bracketed aside is one word of the gap
        ("Three civilians (two of them elderly) were injured.", [("injured", 3, "civilian")]),
        ("Three civilians [local officials say] were injured.", [("injured", 3, "civilian")]),
    ],
)
def test_a_gap_lets_words_stand_between_the_parts_of_a_rule(text: str, events: list[tuple[Any, ...]]) -> None:
    assert found(pack(PASSIVE), text) == events


@pytest.mark.parametrize(
    "text",
    [
        # another number, a clause mark, the pack's stop words, or too many words
        "Ten buses from 3 villages were wounded.",
        "Ten people fled; soldiers were killed.",
        "Ten people were evacuated and the soldiers were killed.",
        "Ten people from the village on the far side of the river were killed.",
    ],
)
def test_a_gap_stops_where_the_pack_says_and_is_bounded(text: str) -> None:
    assert [count for _, count, _ in found(pack(PASSIVE), text) if count == 10] == []


@pytest.mark.parametrize(
    "text",
    [
        "the “two” soldiers were killed",
        "the «two» soldiers were killed",
        "the „two“ soldiers were killed",
        "the 'two' soldiers were killed",
        "the ‹two› soldiers were killed",
        'the "two" soldiers were killed',
    ],
)
def test_quotation_marks_of_every_style_are_transparent_to_rules(text: str) -> None:
    cp = pack(Rule("q", r"the\s+(?P<count>{NUM})\s+soldiers\s+were\s+(?P<category>\L<harmed>)"))
    assert found(cp, text) == [("killed", 2, "unspecified")]


def test_context_rules_see_quotation_marks_as_written() -> None:
    cp = pack(
        Rule("n", r"(?P<count>{NUM})\s+(?P<category>\L<harmed>)"),
        context=[Context("quoted", r"according\s+to\s+«(?P<source>[^«»]+)»")],
    )
    (event,) = cp.extract("Two killed, according to «Meduza».", None)
    assert event.source == "Meduza"  # type: ignore[attr-defined]


def test_an_apostrophe_inside_a_word_stays() -> None:
    cp = pack(Rule("n", r"russia's\s+(?P<count>{NUM})\s+(?P<category>\L<harmed>)"))
    assert found(cp, "Russia's two dead") == [("killed", 2, "unspecified")]
    assert found(cp, "Russia s two dead") == []


SINGULARS = Rule(
    "singulars",
    r"(?<!\w)(?P<count>{NUM}|\L<single>)\s+(?P<victims>\L<victim>)"
    r"(?:\s+and\s+(?P<count>{NUM}|\L<single>)\s+(?P<victims>\L<victim>))*\s+(?:\L<aux>\s+)(?P<category>\L<harmed>)",
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A civilian was killed.", 1),
        ("A civilian and a child were killed.", 2),
        ("Two soldiers and a civilian were killed.", 3),
        ("10 soldiers and 3 civilians and a child were killed.", 14),
    ],
)
def test_a_repeated_number_group_adds_up_and_a_table_gives_singular_counts(text: str, count: int) -> None:
    ((_, got, _),) = found(pack(SINGULARS), text)
    assert got == count


def test_a_word_no_table_holds_is_no_count() -> None:
    assert found(pack(SINGULARS), "The civilian was killed.") == []


RESPECTIVELY = Rule(
    "respectively",
    r"(?P<count>{NUM})(?:\s*,\s*(?P<count>{NUM}))*\s+and\s+(?P<count>{NUM})\s+(?:people\s+)?were\s+"
    r"(?P<category>\L<harmed>)\s+respectively",
    each=True,
)


def test_a_rule_with_each_gives_one_event_per_listed_figure() -> None:
    cp = pack(RESPECTIVELY)
    events = cp.extract("In the two cities 536 and 478 people were injured respectively.", None)
    assert [(e.count, e.category, e.text[e.start - e.start :][:3]) for e in events] == [  # type: ignore[attr-defined]
        (536, "injured", "536"),
        (478, "injured", "536"),
    ]
    assert [e.count for e in cp.extract("10, 3 and 2 were killed respectively.", None)] == [10, 3, 2]  # type: ignore[attr-defined]


def test_each_figure_keeps_its_own_groups_where_they_repeat_as_often() -> None:
    cp = pack(
        Rule(
            "per_place",
            r"(?P<category>\L<harmed>)\s+(?P<count>{NUM})\s+(?P<victims>\L<victim>)"
            r"(?:\s+and\s+(?P<count>{NUM})\s+(?P<victims>\L<victim>))+",
            each=True,
        )
    )
    assert found(cp, "killed 10 soldiers and 3 civilians") == [("killed", 10, "military"), ("killed", 3, "civilian")]


TOTAL = Rule("total", r"(?P<count>{NUM})\s+(?P<category>\L<harmed>)")
PART = Rule(
    "part",
    r"(?<!\w)including\s+(?P<count>{NUM}|\L<single>)\s+(?P<victims>\L<victim>)",
    inherits=("category",),
)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("10 killed, including 3 children.", [("killed", 10, "unspecified"), ("killed", 3, "civilian")]),
        ("10 wounded. Including a child.", [("injured", 10, "unspecified"), ("injured", 1, "civilian")]),
    ],
)
def test_a_part_inherits_the_category_of_the_total_before_it(text: str, events: list[tuple[Any, ...]]) -> None:
    assert found(pack(TOTAL, PART), text) == events


@pytest.mark.parametrize(
    "text",
    [
        "Including 3 children.",  # nothing before it
        "10 killed.\n\nIncluding 3 children.",  # a new paragraph
        "10 killed. Calm returned. Then more. Including 3 children.",  # too far back
    ],
)
def test_with_no_event_just_before_it_a_part_yields_nothing(text: str) -> None:
    assert found(pack(TOTAL, PART), text) == [("killed", 10, "unspecified")][: int(text[0].isdigit())]


def test_a_part_points_at_its_total_and_a_sum_can_leave_it_out() -> None:
    part = Rule(
        "part",
        r"(?<!\w)including\s+(?P<count>{NUM}|\L<single>)\s+(?P<victims>\L<victim>)",
        inherits=("category",),
        part=True,
    )
    sibling = Rule("sibling", r"(?<!\w)and\s+(?P<count>{NUM})\s+more(?!\w)", inherits=("category",))
    cp = pack(TOTAL, part, sibling)
    events = cp.extract("10 killed, including 3 children, including a civilian, and 2 more.", None)
    assert [(e.count, e.part_of) for e in events] == [(10, None), (3, 0), (1, 0), (2, None)]  # type: ignore[attr-defined]
    assert sum(e.count for e in events if e.part_of is None) == 12  # type: ignore[attr-defined]
    assert events[1].as_dict()["part_of"] == 0
    assert cp.extract("Including 3 children.", None) == []


def test_only_a_count_has_parts() -> None:
    decree = RuleSet(event="decree", rules=[Rule("d", r"signed", part=True)])
    with pytest.raises(PackError, match=r"zz\.decree\.d: a decree is no count: it has no parts"):
        CompiledPack(Pack(code="zz", name="Test", numbers=NUMBERS, dates=DATES, rulesets=[decree]))


def test_a_part_keeps_what_its_own_match_says() -> None:
    cp = pack(TOTAL, Rule("part", r"including\s+(?P<count>{NUM})\s+(?P<category>\L<harmed>)", inherits=("category",)))
    assert found(cp, "10 killed, including 3 wounded.") == [
        ("killed", 10, "unspecified"),
        ("injured", 3, "unspecified"),
    ]


@pytest.mark.parametrize(
    ("rule", "ruleset", "message"),
    [
        (Rule("part", r"(?P<count>{NUM})", inherits=("colour",)), {}, "zz.casualty.part: inherits no field named"),
        (TOTAL, {"tables": {"single": Table("count", {"one": ["a"]})}}, "maps words to whole numbers"),
    ],
)
def test_mistakes_in_the_new_declarations_are_named(rule: Rule, ruleset: dict[str, Any], message: str) -> None:
    casualty = RuleSet(event="casualty", rules=[rule], tables={"harmed": HARMED, **ruleset.get("tables", {})})
    with pytest.raises(PackError, match=message):
        CompiledPack(Pack(code="zz", name="Test", numbers=NUMBERS, dates=DATES, rulesets=[casualty]))


SAID = Context("said", r"according\s+to\s+(?P<source>\w+)")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # the same sentence first, else the nearest of the two sentences before it
        ("Ten killed, according to police.", ["police"]),
        ("According to police, it was calm. Ten killed.", ["police"]),
        ("According to police, it was calm. Later more. Ten killed.", ["police"]),
        ("According to police, a. According to medics, b. Ten killed.", ["medics"]),
        ("According to police, a. Ten killed, according to medics.", ["medics"]),
    ],
)
def test_a_context_value_carries_to_the_next_sentences_of_its_paragraph(text: str, sources: list[str]) -> None:
    cp = pack(Rule("n", r"(?P<count>{NUM})\s+(?P<category>\L<harmed>)"), context=[SAID])
    assert [e.source for e in cp.extract(text, None)] == sources  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "According to police, a. One. Two. Ten killed.",  # three sentences back
        "According to police, it was calm.\n\nTen killed.",  # another paragraph
        "Ten killed. According to police, it was calm.",  # after the event
    ],
)
def test_a_context_value_does_not_carry_past_its_reach(text: str) -> None:
    cp = pack(Rule("n", r"(?P<count>{NUM})\s+(?P<category>\L<harmed>)"), context=[SAID])
    assert [e.source for e in cp.extract(text, None)] == [None]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a head ending with a colon and its items, bulleted or numbered, are one sentence
        ("Exempt are those who work:\n- in banks;\n- in media.", 1),
        ("Exempt are those who work:\n• in banks\n• in media\nThat is all.", 2),
        ("Exempt are those who work:\n1. in banks\n2) in media", 1),
        # no head, a blank line, or a line that is no item: lines stay apart
        ("Figures follow\n- banks\n- media", 3),
        ("Exempt are those who work:\n\n- in banks", 2),
        ("Exempt are those who work:\nin banks", 2),
        ("Ten killed\nTwenty wounded", 2),
    ],
)
def test_a_list_is_one_sentence_with_its_head(text: str, sentences: int) -> None:
    assert len(SentenceSplitter(()).split(text)) == sentences


def test_what_a_list_head_says_reaches_every_item() -> None:
    cp = pack(
        Rule("item", r"(?:^|\n)\s*-\s+(?P<count>{NUM})\s+(?P<victims>\L<victim>)", values={"category": "killed"}),
        cue=r"killed",
    )
    text = "They were killed:\n- 10 soldiers\n- 3 civilians"
    assert found(cp, text) == [("killed", 10, "military"), ("killed", 3, "civilian")]
    assert found(cp, "They were killed.\n- 10 soldiers") == []


def test_every_event_is_asserted_unless_a_veto_says_otherwise() -> None:
    cp = pack(Rule("n", r"(?P<count>{NUM})\s+(?P<category>\L<harmed>)"))
    (event,) = cp.extract("Ten killed.", None)
    assert event.status == "asserted"
    assert event.as_dict()["status"] == "asserted"


STATUS_VETOES = [
    Veto("could", r"(?<!\w)could\s+have", before=True, status="possible"),
    Veto("plans", r"(?<!\w)plans\s+to\s+have", before=True, status="planned"),
    Veto("denied", r"(?<!\w)denied\s+that", before=True, status="denied"),
    Veto("never", r"(?<!\w)never", before=True),
    Veto("forecast", r"{NUM}\s+\w+\s+expected", status="possible"),
    Veto("km", r"{NUM}\s+km"),
]


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("They could have ten killed.", ["possible"]),
        ("They plans to have ten killed.", ["planned"]),
        ("Police denied that ten killed.", ["denied"]),
        ("Ten killed expected.", ["possible"]),
        # a veto that cancels wins over one that gives a status
        ("Police denied that never ten killed.", []),
        ("Ten km killed.", []),
        # the first one declared wins among statuses
        ("Police denied that ten killed expected.", ["denied"]),
    ],
)
def test_a_veto_with_a_status_keeps_the_event_and_gives_it_that_status(text: str, statuses: list[str]) -> None:
    cp = pack(Rule("n", r"(?P<count>{NUM})\s+(?P<category>\L<harmed>)"), vetoes=STATUS_VETOES)
    assert [e.status for e in cp.extract(text, None)] == statuses


def test_a_status_must_be_one_of_the_spec() -> None:
    with pytest.raises(PackError, match=r"zz.casualty.v: status 'rumoured' is none of possible, planned, denied"):
        pack(TOTAL, vetoes=[Veto("v", "x", status="rumoured")])


def test_a_table_for_a_text_field_gives_the_dictionary_form() -> None:
    names = Table("source", {"The Ministry": ["the ministry's", "ministry's"]})
    cp = pack(
        Rule("n", r"(?P<count>{NUM})\s+(?P<category>\L<harmed>)"),
        tables={"names": names},
        context=[Context("by", r"by\s+(?P<source>[\w']+(?:\s+[\w']+)?)\s+count")],
    )
    assert [e.source for e in cp.extract("Ten killed by the ministry's count.", None)] == ["The Ministry"]  # type: ignore[attr-defined]
    assert [e.source for e in cp.extract("Ten killed by UN count.", None)] == ["UN"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("from 1.5 to 4.5 million displaced", 1_500_000, 4_500_000),
        ("from 20 to 25 thousand displaced", 20_000, 25_000),
        ("from 2 to 3 displaced", 2, 3),
    ],
)
def test_the_low_end_of_a_range_takes_the_scale_of_the_high_end(text: str, low: int, high: int) -> None:
    numbers = NumberWords(values={"one": 1}, scales={"thousand": 1000, "million": 1_000_000})
    rule = Rule(
        "range", r"from\s+(?P<count>{NUM})\s+to\s+(?P<count_max>{NUM})\s+displaced", values={"category": "displaced"}
    )
    casualty = RuleSet(event="casualty", rules=[rule])
    cp = CompiledPack(Pack(code="zz", name="Test", numbers=numbers, dates=DATES, rulesets=[casualty]))
    assert [(e.count, e.count_max) for e in cp.extract(text, None)] == [(low, high)]  # type: ignore[attr-defined]


def test_a_decimal_with_no_scale_is_no_low_end() -> None:
    rule = Rule(
        "range", r"from\s+(?P<count>{NUM})\s+to\s+(?P<count_max>{NUM})\s+displaced", values={"category": "displaced"}
    )
    cp = CompiledPack(
        Pack(code="zz", name="Test", numbers=NUMBERS, dates=DATES, rulesets=[RuleSet(event="casualty", rules=[rule])])
    )
    assert cp.extract("from 1.5 to 4 displaced", None) == []


def test_a_list_with_symbols_among_its_words_still_anchors_its_patterns() -> None:
    """A bound list with "≈" in it: the pattern is tried where a word of it or the symbol stands."""
    approx = Table("bound", {"approximate": ["about", "≈"]})
    rule = Rule("n", r"(?:(?<!\w)(?P<bound>\L<approx>)\s*)?(?P<count>{NUM})\s+(?P<category>\L<harmed>)")
    cp = pack(rule, tables={"approx": approx})
    crs = cp.rulesets["casualty"]
    ((_, compiled),) = crs.rules
    assert ("text", "≈") in (crs.firsts[id(compiled)] or ())
    events = cp.extract("About 10 killed; ≈ 20 wounded; ≈30 dead.", None)
    assert [(e.count, e.bound) for e in events] == [(10, "approximate"), (20, "approximate"), (30, "approximate")]  # type: ignore[attr-defined]


def test_a_follow_up_takes_the_fields_of_the_event_before_even_when_empty() -> None:
    sides = Table("side", {"RU": ["russian"]})
    total = Rule("total", r"(?P<count>{NUM})\s+(?:(?P<side>\L<sides>)\s+)?(?P<category>\L<harmed>)")
    more = Rule("more", r"(?<!\w)and\s+(?P<count>{NUM})\s+more\s+(?P<category>\L<harmed>)", inherits=("side",))
    cp = pack(total, more, tables={"sides": sides})
    assert [(e.count, e.side) for e in cp.extract("10 russian killed and 3 more wounded.", None)] == [
        (10, "RU"),
        (3, "RU"),
    ]  # type: ignore[attr-defined]
    assert [(e.count, e.side) for e in cp.extract("10 killed and 3 more wounded.", None)] == [(10, None), (3, None)]  # type: ignore[attr-defined]


def test_a_follow_up_with_nothing_to_follow_leaves_its_figure_to_the_other_rules() -> None:
    plain = Rule("plain", r"(?P<count>{NUM})\s+more\s+(?P<category>\L<harmed>)")
    more = Rule("more", r"(?<!\w)and\s+(?P<count>{NUM})\s+more\s+(?P<category>\L<harmed>)", inherits=("side",))
    cp = pack(plain, more)
    assert [(e.count, e.rule) for e in cp.extract("Calm, and 3 more wounded.", None)] == [(3, "zz.casualty.plain")]  # type: ignore[attr-defined]
    assert [(e.count, e.rule) for e in cp.extract("10 more killed, and 3 more wounded.", None)] == [  # type: ignore[attr-defined]
        (10, "zz.casualty.plain"),
        (3, "zz.casualty.more"),
    ]
