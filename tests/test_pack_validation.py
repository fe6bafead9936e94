"""A malformed pack is refused when it is loaded, with a PackError that names the pack and the rule."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

from conflictevents import PackError, extract, languages, registry
from conflictevents.engine import CompiledPack
from conflictevents.pack import Context, DateWords, NumberWords, Pack, Rule, RuleSet, Veto

NUMBERS = NumberWords(values={"one": 1, "two": 2, "ten": 10})
DATES = DateWords(
    months={"jan": 1, "feb": 2},
    weekdays={"mon": 0},
    patterns=[r"(?P<day>\d{1,2})\s+(?P<month>\L<month>)"],
)
KILLED = Rule("killed", r"(?P<count>{NUM})\s+(?:people\s+)?killed", values={"category": "killed"})
CASUALTY = RuleSet(event="casualty", rules=[KILLED], cue=r"killed")


def fake(*rulesets: RuleSet, code: str = "zz", **fields: Any) -> Pack:
    return Pack(code=code, name="Test", numbers=NUMBERS, dates=DATES, rulesets=rulesets or (CASUALTY,), **fields)


def casualty(**changes: Any) -> Pack:
    return fake(attrs.evolve(CASUALTY, **changes))


def test_a_small_valid_pack_compiles_and_runs() -> None:
    (event,) = CompiledPack(fake()).extract("Ten people killed.", None)
    assert (event.count, event.rule) == (10, "zz.casualty.killed")


@pytest.mark.parametrize(
    ("pack", "message"),
    [
        (casualty(rules=[KILLED, attrs.evolve(KILLED, pattern="killed")]), "zz.casualty: two rules are named 'killed'"),
        (casualty(vetoes=[Veto("km", "km"), Veto("km", "miles")]), "zz.casualty: two vetoes are named 'km'"),
        (
            fake(attrs.evolve(CASUALTY, vetoes=[Veto("not", "no")]), vetoes=[Veto("not", "not")]),
            "two vetoes",
        ),
        (casualty(context=[Context("c", "x"), Context("c", "y")]), "zz.casualty: two context rules are named 'c'"),
        (casualty(rules=[attrs.evolve(KILLED, name="")]), "zz.casualty: rules need names of .*, not ''"),
        (casualty(rules=[attrs.evolve(KILLED, name="a.b")]), "zz.casualty: rules need names .*, not 'a.b'"),
        (casualty(rules=[attrs.evolve(KILLED, name=5)]), "zz.casualty: rules need names .*, not 5"),
    ],
)
def test_rule_names(pack: Pack, message: str) -> None:
    with pytest.raises(PackError, match=message):
        CompiledPack(pack)


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        (
            r"(?P<count>{NUM})\s+\L<missing>",
            r"zz\.casualty\.bad: no word list or table named 'missing' \(in \\L<missing>\)",
        ),
        (r"{NUM}\s+{NOPE}", r"zz\.casualty\.bad: unknown macro \{NOPE\}"),
        (r"{LOOP}", r"zz\.casualty\.bad: macro \{LOOP\} refers to itself"),
        (r"(?P<count>{NUM}\s+killed", r"zz\.casualty\.bad: invalid pattern: missing \)"),
        (r"killed{2,1}", r"zz\.casualty\.bad: invalid pattern: min repeat greater than max repeat"),
        (r"killed{4294967296}", r"zz\.casualty\.bad: invalid pattern: repeat count too big"),
        ("killed\\", r"zz\.casualty\.bad: invalid pattern: bad escape"),
        (r"\N{NO SUCH CHARACTER}", r"zz\.casualty\.bad: invalid pattern: undefined character name"),
        (None, r"zz\.casualty\.bad: the pattern is a NoneType, not a string"),
        (r"(?P<cout>{NUM})\s+killed", r"zz\.casualty\.bad: group\(s\) \['cout'\] name no field of Casualty"),
    ],
)
def test_rule_patterns(pattern: str, message: str) -> None:
    rule = Rule("bad", pattern, values={"category": "killed"})
    with pytest.raises(PackError, match=message):
        CompiledPack(fake(attrs.evolve(CASUALTY, rules=[KILLED, rule], macros={"LOOP": "a{LOOP}"})))


def test_a_word_list_defined_anywhere_in_reach_is_found() -> None:
    rule = Rule("listed", r"(?P<count>{NUM})\s+\L<died>", values={"category": "killed"})
    for pack in (
        casualty(rules=[rule], cue=None, lists={"died": ["died"]}),
        fake(attrs.evolve(CASUALTY, rules=[rule], cue=None), lists={"died": ["died"]}),
    ):
        (event,) = CompiledPack(pack).extract("Two died.", None)
        assert event.count == 2
    # A "\L" that is an escaped backslash before an "L" refers to no list.
    CompiledPack(casualty(rules=[attrs.evolve(KILLED, pattern=r"(?P<count>{NUM})\\\\L<died>")]))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"cue": "killed("}, r"zz\.casualty\.cue: invalid pattern"),
        ({"cue": r"\L<gone>"}, r"zz\.casualty\.cue: no word list or table named 'gone'"),
        ({"vetoes": [Veto("km", r"(?P<x>km")]}, r"zz\.casualty\.km: invalid pattern"),
        ({"vetoes": [Veto("neg", r"{NEG}", before=True)]}, r"zz\.casualty\.neg: unknown macro \{NEG\}"),
        (
            {"context": [Context("src", r"said (?P<who>{NAME})")]},
            r"zz\.casualty\.src: group\(s\) \['who'\] name no field",
        ),
        ({"context": [Context("src", r"(?P<anchor>said)")]}, r"zz\.casualty\.src: group\(s\) \['anchor'\]"),
        ({"rules": [attrs.evolve(KILLED, values={"kind": "x"})]}, r"zz\.casualty\.killed: no field named \['kind'\]"),
        ({"event": "battle"}, r"zz\.battle: unknown event type 'battle'"),
    ],
)
def test_other_patterns_and_fields(change: dict[str, Any], message: str) -> None:
    with pytest.raises(PackError, match=message):
        CompiledPack(casualty(**change))


def test_two_rule_sets_for_one_event_type() -> None:
    with pytest.raises(PackError, match="zz: two rule sets for 'casualty'"):
        CompiledPack(fake(CASUALTY, CASUALTY))


# Through the registry: packs from entry points.


@attrs.frozen
class FakeEntryPoint:
    name: str
    value: str
    load: Callable[[], object]


@pytest.fixture
def entry_points(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, FakeEntryPoint]]:
    """Entry points the test fills; the registry's caches are cleared around it."""
    points: dict[str, FakeEntryPoint] = {}

    def clear() -> None:
        registry._builtin.cache_clear()
        registry._entry_points.cache_clear()
        registry._profiles.clear()  # built for the packs installed, which the test changes
        for name in ("zz", "yy"):
            registry._compiled.pop(name, None)

    clear()
    monkeypatch.setattr(registry, "_entry_points", lambda: points)
    yield points
    monkeypatch.undo()
    clear()


def _register(points: dict[str, FakeEntryPoint], name: str, load: Callable[[], object]) -> None:
    points[name] = FakeEntryPoint(name, f"fake_{name}:PACK", load)


def test_an_entry_point_pack_is_found(entry_points: dict[str, FakeEntryPoint]) -> None:
    _register(entry_points, "zz", fake)
    assert "zz" in languages()
    (event,) = extract("Ten people killed.", lang="zz").events
    assert event.rule == "zz.casualty.killed"


def test_a_pack_code_that_disagrees_with_its_entry_point(entry_points: dict[str, FakeEntryPoint]) -> None:
    _register(entry_points, "yy", fake)  # the pack says code="zz"
    message = r"pack 'yy': entry point 'fake_yy:PACK' is registered as 'yy' but its pack says code='zz'"
    with pytest.raises(PackError, match=message):
        registry.load_pack("yy")
    with pytest.raises(PackError, match=message):
        extract("text", lang="yy")


def test_an_entry_point_that_is_no_pack(entry_points: dict[str, FakeEntryPoint]) -> None:
    _register(entry_points, "zz", lambda: {"code": "zz"})
    with pytest.raises(
        PackError, match=r"pack 'zz': entry point 'fake_zz:PACK' gives a dict, not a conflictevents Pack"
    ):
        extract("text", lang="zz")


def test_an_entry_point_that_cannot_be_imported(entry_points: dict[str, FakeEntryPoint]) -> None:
    def broken() -> Pack:
        raise ModuleNotFoundError("No module named 'fake_zz'")

    _register(entry_points, "zz", broken)
    with pytest.raises(PackError, match=r"pack 'zz': entry point 'fake_zz:PACK' cannot be loaded: ModuleNotFoundError"):
        extract("text", lang="zz")


def test_a_pack_the_engine_cannot_compile_is_named(entry_points: dict[str, FakeEntryPoint]) -> None:
    broken_dates = attrs.evolve(DATES, patterns=["(?P<day>"])
    _register(entry_points, "zz", lambda: attrs.evolve(fake(), dates=broken_dates))
    with pytest.raises(PackError, match=r"pack 'zz' cannot be compiled: error: missing \)"):
        extract("text", lang="zz")
    assert "zz" not in registry._compiled


def test_a_rule_error_through_the_registry_names_pack_and_rule(entry_points: dict[str, FakeEntryPoint]) -> None:
    _register(entry_points, "zz", lambda: casualty(rules=[attrs.evolve(KILLED, pattern=r"\L<nowhere>")]))
    with pytest.raises(PackError, match=r"zz\.casualty\.killed: no word list or table named 'nowhere'"):
        extract("Ten people killed.", lang="zz")


def test_a_third_party_pack_is_identified_by_its_sample(entry_points: dict[str, FakeEntryPoint]) -> None:
    # A made-up language: nothing in the engine or the other packs knows it.
    sample = "\n".join(
        f"kalo {a} tu velisa {b} morani, ke {a} sutava pelumo {b} ansiri dorova kem {a} talu."
        for a, b in zip(
            ["ombo", "tanisu", "leko", "mirava", "ponu"] * 8, ["sanuva", "kiro", "tepali", "uvo"] * 10, strict=True
        )
    )
    _register(entry_points, "zz", lambda: fake(sample=sample))
    details = registry.identify_language("Kalo ombo tu velisa tepali morani, ke mirava sutava pelumo ansiri.")
    assert details.identified and details.lang == "zz"
    assert registry.identify_language("At least ten people were killed in the attack on the town.").lang == "en"


def test_a_neighbour_with_a_pack_is_read_by_the_pack(entry_points: dict[str, FakeEntryPoint]) -> None:
    # The pack's own profile wins over a neighbour sample given for the same language.
    _register(entry_points, "zz", lambda: fake(sample="kalo tu velisa morani", neighbours={"en": "kalo tu velisa"}))
    details = registry.identify_language("At least ten people were killed in the attack on the town.")
    assert details.identified and details.lang == "en"


def test_a_neighbour_without_words_is_named(entry_points: dict[str, FakeEntryPoint]) -> None:
    _register(entry_points, "zz", lambda: fake(sample="kalo tu velisa morani", neighbours={"xx": "12 345"}))
    with pytest.raises(PackError, match=r"pack 'zz', neighbour 'xx': no language profile can be built"):
        registry.identify_language("At least ten people were killed.")


@pytest.mark.parametrize("code", ["en", "ru", "uk"])
def test_the_built_in_packs_pass_every_check(code: str) -> None:
    assert registry.load_pack(code).code == code
    assert registry.compiled_pack(code).event_types
