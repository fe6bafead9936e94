"""The number layer: notations, words, qualifiers and what is not a number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictevents import find_numbers, parse_number
from conflictevents.numbers import parse_digits
from tests.strategies import GROUP_SEPARATORS, english_words, grouped


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("134,500", 134500),
        ("134 500", 134500),
        ("134.500", 134500),
        ("134\u00a0500", 134500),
        ("134\u202f500", 134500),
        ("1'300'000", 1300000),
        ("1,300,000", 1300000),
        ("1.300.000", 1300000),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("1.3", 1.3),
        ("1,9", 1.9),
        ("0.125", 0.125),
        ("2022", 2022),
    ],
)
def test_digits_in_every_grouping(token: str, value: float) -> None:
    assert parse_digits(token) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("300 thousand", 300_000),
        ("1.3 million", 1_300_000),
        ("1,9 million", 1_900_000),
        ("one million", 1_000_000),
        ("a million", 1_000_000),
        ("twenty-five thousand", 25_000),
        ("two hundred and five", 205),
        ("seven hundred twenty-one thousand and twelve", 721_012),
        ("a dozen", 12),
        ("two dozen", 24),
        ("100k", 100_000),
        ("3 thousands", 3_000),
        ("three thousand millions", 3_000_000_000),
        ("four", 4),
        ("Forty-Five", 45),
    ],
)
def test_words_and_scales(text: str, value: int) -> None:
    assert parse_number(text, lang="en") == value


@pytest.mark.parametrize(
    "text",
    ["thousands", "hundreds of thousands", "five twenty", "sixty fifteen", "fifty three zero", "a", "some", "no one"],
)
def test_what_is_no_number(text: str) -> None:
    assert parse_number(text, lang="en") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the S-400 and Shahed-136 drones", []),
        ("at 2:09 PM", []),
        ("the 180ml flask and a 29km road", []),
        ("the 24th brigade in the 1990s", []),
        ("No one was hurt; which one is it?", []),
        ("between 10 and 15", [10, 15]),
        ("Some 134,500 men and 1.3 million women", [134_500, 1_300_000]),
    ],
)
def test_numbers_found_in_text(text: str, found: list[int]) -> None:
    assert [n.value for n in find_numbers(text, lang="en")] == found


def test_spans_hold_the_number() -> None:
    text = "Of 1,300 people, twenty-five thousand fled."
    assert [text[n.start : n.end] for n in find_numbers(text, lang="en")] == ["1,300", "twenty-five thousand"]


@given(st.integers(min_value=1, max_value=10**12 - 1), st.sampled_from(GROUP_SEPARATORS))
def test_grouped_digits_parse_back(n: int, sep: str) -> None:
    assert parse_number(grouped(n, sep), lang="en") == n


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_number_words_parse_back(n: int) -> None:
    assert parse_number(english_words(n), lang="en") == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from([(1_000, "thousand"), (1_000_000, "million")]))
def test_digits_with_a_scale_parse_back(n: int, scale: tuple[int, str]) -> None:
    value, word = scale
    assert parse_number(f"{n} {word}", lang="en") == n * value


@given(st.integers(min_value=11, max_value=999))
def test_decimal_millions_parse_back(tenths: int) -> None:
    # "1.3 million" and its decimal-comma twin "1,3 million"
    for mark in ".,":
        text = f"{tenths // 10}{mark}{tenths % 10} million"
        assert round(parse_number(text, lang="en")) == tenths * 100_000


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ru", "двух тысяч", 2_000),
        ("ru", "тремя", 3),
        ("ru", "одной", 1),
        ("ru", "1,9 млн", 1_900_000),
        ("ru", "300 тыс.", 300_000),
        ("ru", "134 500", 134_500),
        ("ru", "полтора миллиона", 1_500_000),
        ("ru", "двадцать пять тысяч", 25_000),
        ("ru", "один триллион", 10**12),
        ("ru", "тысячу", 1_000),
        ("uk", "трьох", 3),
        ("uk", "двадцяти", 20),
        ("uk", "тисячі", None),
        ("uk", "п’ятсот тисяч", 500_000),
        ("uk", "пʼятдесят", 50),
        ("uk", "півтора мільйона", 1_500_000),
        ("uk", "мільйон", 1_000_000),
        ("uk", "1,2 тис.", 1_200),
    ],
)
def test_inflected_numbers(lang: str, text: str, value: int | None) -> None:
    assert parse_number(text, lang=lang) == value


def test_a_number_word_inside_a_longer_word_is_not_read() -> None:
    # "три" (three) begins "триллион"; "one" begins "onerous"
    assert parse_number("триллион", lang="ru") is None
    assert find_numbers("an onerous duty", lang="en") == []
