"""The public API: extract(), the Document result, errors that name the problem."""

from __future__ import annotations

import datetime as dt

import pytest

import conflictevents
from conflictevents import Casualty, Decree, Document, UnknownLanguageError, extract

ARTICLE = (
    "President Vladimir Putin signed a decree on Thursday (31) ordering the call-up of 134,500 men "
    "between April 1 and July 15 this year. At least one person died and four were injured."
)


def test_document_carries_language_date_and_events_in_text_order() -> None:
    doc = extract(ARTICLE, lang="en", published="2022-04-02")
    assert isinstance(doc, Document)
    assert doc.lang == "en"
    assert doc.published == dt.date(2022, 4, 2)
    starts = [e.start for e in doc.events]
    assert starts == sorted(starts)
    assert {e.type for e in doc.events} == {"decree", "quota", "casualty"}


def test_events_are_typed_and_carry_their_evidence() -> None:
    doc = extract(ARTICLE, lang="en", published=dt.date(2022, 4, 2))
    for event in doc.events:
        assert ARTICLE[event.start : event.end] == event.text
        assert event.rule.startswith(f"en.{event.type}.")
    (decree,) = doc.of_type(Decree)
    assert (decree.signatory, decree.date, decree.subject) == ("Vladimir Putin", dt.date(2022, 3, 31), "conscription")


def test_relative_dates_need_a_publication_date() -> None:
    (decree,) = extract(ARTICLE, lang="en").of_type(Decree)
    assert decree.date is None


def test_as_dict_is_the_interchange_shape() -> None:
    out = extract(ARTICLE, lang="en", published="2022-04-02").as_dict()
    assert out["lang"] == "en"
    quota = next(e for e in out["events"] if e["type"] == "quota")
    assert quota == {
        "type": "quota",
        "start": quota["start"],
        "end": quota["end"],
        "text": quota["text"],
        "rule": quota["rule"],
        "status": "asserted",
        "count": 134500,
        "count_max": None,
        "bound": "exact",
        "subject": "conscription",
        "period_start": "2022-04-01",
        "period_end": "2022-07-15",
        "part_of": None,
    }


def test_one_extractor_alone() -> None:
    by_name = extract(ARTICLE, lang="en", types=["casualty"]).events
    by_class = extract(ARTICLE, lang="en", types=[Casualty]).events
    assert by_name == by_class
    assert [e.type for e in by_name] == ["casualty", "casualty"]


def test_events_are_frozen() -> None:
    event = extract(ARTICLE, lang="en").events[0]
    with pytest.raises(AttributeError):
        event.start = 0  # type: ignore[misc]


@pytest.mark.parametrize("text", [b"bytes", None, 42, ["a list"]])
def test_text_must_be_a_string(text: object) -> None:
    with pytest.raises(TypeError, match=type(text).__name__):
        extract(text, lang="en")  # type: ignore[arg-type]


def test_unknown_language_lists_the_installed_packs() -> None:
    with pytest.raises(UnknownLanguageError, match=r"installed: .*en"):
        extract("text", lang="xx")


@pytest.mark.parametrize("published", ["2022-13-01", "yesterday", "01/04/2022"])
def test_invalid_publication_date_is_quoted(published: str) -> None:
    with pytest.raises(ValueError, match=published):
        extract("text", lang="en", published=published)


def test_unknown_event_type() -> None:
    with pytest.raises(ValueError, match="unknown event type"):
        extract("text", lang="en", types=["battle"])


def test_empty_text_gives_an_empty_result() -> None:
    assert extract("", lang="en").events == ()


def test_languages_lists_english() -> None:
    assert "en" in conflictevents.languages()


def test_language_is_detected_by_default() -> None:
    doc = extract("At least five of the people were killed in the attack on the town.")
    assert doc.lang == "en" and doc.events[0].count == 5


def test_text_in_no_installed_language_names_the_packs() -> None:
    with pytest.raises(UnknownLanguageError, match=r"installed packs: .*en"):
        extract("Lorem ipsum dolor sit amet")


def test_empty_text_with_detection_is_undetermined() -> None:
    assert extract("   ").lang == "und"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("По данным губернатора, в результате обстрела погибли не менее трёх человек.", "ru"),
        ("Унаслідок удару загинули щонайменше п'ятеро людей, повідомила обласна адміністрація.", "uk"),
        ("At least three people were killed in the shelling, the governor said.", "en"),
    ],
)
def test_russian_ukrainian_and_english_are_told_apart(text: str, lang: str) -> None:
    doc = extract(text)
    assert doc.lang == lang
    assert [(e.category, e.count) for e in doc.events] in ([("killed", 3)], [("killed", 5)])


def test_a_runaway_match_is_stopped_with_a_clear_error() -> None:
    with pytest.raises(conflictevents.ExtractionTimeout, match="took longer than"):
        extract("At least 5 people were killed. " * 20000, lang="en", timeout=0.01)
