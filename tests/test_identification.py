"""Language identification: every installed pack recognises its language, and no pack reads another.

``tests/identification/<code>.txt`` holds our own short news sentences, one a line, in
each installed language and in languages no pack reads. A file whose language has a pack
installed must be identified as it; any other must be read by no pack. Installing a pack
(the Esperanto example, a new built-in one) moves its file from the second kind to the
first with nothing changed here.
"""

from __future__ import annotations

import json
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from conflictevents import (
    Document,
    LangDetails,
    UnknownLanguageError,
    extract,
    extract_many,
    identify_language,
    languages,
)
from conflictevents.cli import main
from conflictevents.identify import MIN_CONFIDENCE, Profile, identify

CORPUS = Path(__file__).parent / "identification"
CODES = sorted(p.stem for p in CORPUS.glob("*.txt"))
INSTALLED = [code for code in CODES if code in languages()]
REFUSED = [code for code in CODES if code not in languages()]
# Close languages that the corpus must hold, so that telling them apart is tested.
REQUIRED_REFUSED = {"it", "nl", "cs", "sk", "ro", "bg", "be", "sr", "hr", "sv", "tr", "ca", "mk", "gl"}
LONG = 15  # words: a sentence this long is always identified right


def _sentences(code: str) -> list[str]:
    return (CORPUS / f"{code}.txt").read_text(encoding="utf-8").splitlines()


def _chosen(text: str) -> str | None:
    details = identify_language(text)
    return details.lang if details.identified else None


def test_the_corpus_covers_every_installed_pack_and_the_close_languages() -> None:
    assert set(languages()) <= set(CODES)
    assert set(REFUSED) >= REQUIRED_REFUSED - set(languages())
    for code in CODES:
        sentences = _sentences(code)
        assert len(sentences) >= (30 if code in languages() else 10), code
        assert len(set(sentences)) == len(sentences), code
        assert all(10 <= len(s.split()) <= 40 for s in sentences), code


@pytest.mark.parametrize("code", INSTALLED)
def test_every_long_sentence_of_an_installed_language_is_identified(code: str) -> None:
    wrong = {s: _chosen(s) for s in _sentences(code) if len(s.split()) >= LONG and _chosen(s) != code}
    assert wrong == {}


@pytest.mark.parametrize("code", INSTALLED)
def test_short_sentences_of_an_installed_language_are_identified(code: str) -> None:
    short = [s for s in _sentences(code) if len(s.split()) < LONG]
    right = sum(_chosen(s) == code for s in short)
    assert short and right >= 0.97 * len(short), {s: identify_language(s) for s in short if _chosen(s) != code}


@pytest.mark.parametrize("code", REFUSED)
def test_no_pack_reads_a_language_it_is_not_for(code: str) -> None:
    read = {s: _chosen(s) for s in _sentences(code) if _chosen(s) is not None}
    assert read == {}


@pytest.mark.parametrize("code", REFUSED)
def test_extract_refuses_a_language_no_pack_reads(code: str) -> None:
    with pytest.raises(UnknownLanguageError, match=r"installed packs: .*en") as excinfo:
        extract(_sentences(code)[0])
    details = excinfo.value.details
    assert details is not None and not details.identified
    # Either no language is close enough, or the closest is a neighbour that no pack reads.
    assert details.confidence < MIN_CONFIDENCE or not details.readable


def test_a_short_russian_sentence_with_a_latin_acronym_is_russian() -> None:
    doc = extract("Сотрудники IT-компаний освобождены от частичной мобилизации.")
    assert doc.lang == "ru" and doc.events[0].category == "it"
    assert doc.lang_details is not None and doc.lang_details.runner_up is not None
    assert doc.lang_details.confidence >= MIN_CONFIDENCE > doc.lang_details.runner_up_confidence


def test_addresses_handles_and_acronyms_do_not_count() -> None:
    noise = "https://t.me/some_channel_name www.example.com @newsdesk NATO HIMARS IT "
    plain = "Унаслідок обстрілу загинули троє людей, ще п'ятеро дістали поранення."
    with_noise, without = identify_language(noise + plain), identify_language(plain)
    assert with_noise.lang == without.lang == "uk" and with_noise.words == without.words


def test_a_script_no_pack_reads_is_named() -> None:
    with pytest.raises(UnknownLanguageError, match="no installed pack reads Greek script") as excinfo:
        extract("Τρεις άνθρωποι σκοτώθηκαν στην επίθεση, ανέφερε ο κυβερνήτης.")
    assert excinfo.value.details is not None and excinfo.value.details.script == "GREEK"


def test_a_text_without_words_cannot_be_identified() -> None:
    with pytest.raises(UnknownLanguageError, match="the text has no words"):
        extract("12 345 — 67%, 2022-04-02")


def test_a_given_language_has_no_details() -> None:
    assert extract("Four people were injured.", lang="en").lang_details is None


def test_details_of_an_identified_document() -> None:
    doc = extract("Four people were injured when the shell hit the market in the town centre.")
    details = doc.lang_details
    assert details is not None and details.identified and details.lang == doc.lang == "en"
    assert details.script == "LATIN" and details.runner_up_confidence < 1 - MIN_CONFIDENCE
    assert details.as_dict() == {
        "lang": "en",
        "confidence": round(details.confidence, 4),
        "runner_up": details.runner_up,
        "runner_up_confidence": round(details.runner_up_confidence, 4),
        "words": details.words,
        "script": "LATIN",
    }


def test_a_text_in_a_neighbour_language_names_it() -> None:
    with pytest.raises(UnknownLanguageError, match=r"reads as 'bg'.* no installed pack reads") as excinfo:
        extract("Министърът на отбраната заяви, че войските ще бъдат изтеглени от района до края на месеца.")
    assert excinfo.value.details is not None and excinfo.value.details.lang == "bg"


def test_a_profile_is_learned_from_text_alone() -> None:
    """Nothing but text makes a profile: a third-party language is identified as the built-in ones are."""
    one = Profile("\n".join(["the cat sat on the mat and the dog sat on the log"] * 3 + ["a cat and a dog"]))
    two = Profile("\n".join(["kot sidit na kovre i sobaka sidit na brevne"] * 3 + ["kot i sobaka"]))
    assert one.script == two.script == "LATIN"
    profiles = {"a": one, "b": two}
    assert identify("the dog sat on the cat", profiles, "ab").lang == "a"
    assert identify("sobaka sidit na kote", profiles, "ab").lang == "b"
    assert not identify("sobaka sidit na kote", profiles, "a").identified  # "b" is known, but no pack reads it
    assert not identify("xqzvw jjjkq pfffz", profiles, "ab").identified


def test_a_profile_is_the_same_whenever_it_is_built() -> None:
    text = "\n".join(_sentences("en"))
    assert Profile(text).threshold == Profile(text).threshold


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_identification_never_raises_and_gives_probabilities(text: str) -> None:
    details = identify_language(text)
    assert 0.0 <= details.runner_up_confidence <= details.confidence <= 1.0
    assert details.confidence + details.runner_up_confidence <= 1.0 + 1e-9
    assert details.identified == (details.lang is not None and details.confidence >= MIN_CONFIDENCE)


def test_the_command_line_gives_details_only_when_asked(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    records = [
        {"id": "en", "text": "Four of the people were injured in the attack on the town on Monday."},
        {"id": "given", "text": "Four people were injured.", "lang": "en"},
        {"id": "it", "text": _sentences("it")[0] if "it" in REFUSED else "Lorem ipsum dolor sit amet"},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    plain, detailed = tmp_path / "plain.jsonl", tmp_path / "detailed.jsonl"
    assert main(["extract", str(src), "-o", str(plain), "--jobs", "1"]) == 1  # one record in no installed language
    assert main(["extract", str(src), "-o", str(detailed), "--jobs", "2", "--lang-details"]) == 1
    plain_lines = [json.loads(line) for line in plain.read_text(encoding="utf-8").splitlines()]
    detailed_lines = [json.loads(line) for line in detailed.read_text(encoding="utf-8").splitlines()]
    assert all("lang_details" not in line for line in plain_lines)
    en, given, refused = detailed_lines
    assert en["lang_details"]["lang"] == "en" and en["lang_details"]["confidence"] >= MIN_CONFIDENCE
    assert "lang_details" not in given and given["lang"] == "en"
    assert "lang_details" not in refused and "installed packs: " in refused["error"]["message"]
    assert [{k: v for k, v in line.items() if k != "lang_details"} for line in detailed_lines] == plain_lines


def test_details_cross_process_boundaries_intact() -> None:
    texts = [s for code in INSTALLED for s in _sentences(code)[:3]]
    serial = [r.document for r in extract_many(texts, jobs=1)]
    parallel = [r.document for r in extract_many(texts, jobs=2)]
    assert parallel == serial
    assert all(isinstance(d, Document) and isinstance(d.lang_details, LangDetails) for d in serial)
