"""Other projects' number test cases, run against our number layer (when ../shared/peers exists).

The number layer's documented scope: non-negative cardinals written as digits
(any thousands grouping, decimals), digits with a scale or multiplier word, glued
or spaced ("100k", "300 thousand", "2 dozen"), number words in spoken order with
hyphens and "and" ("seven hundred twenty-one thousand and twelve"), and an article
before a scale ("a million", "a dozen"). Out of scope, and filtered out by the
markers below: negative numbers, fractions and spoken decimals ("point five",
"two thirds", "точка", "с половиной"), ordinals, vague quantities ("a few", "a couple"), regional scales
(lakh, crore) and one-letter suffixes ("3M", ".0012G", "100к"), bracketed restatements,
digit-by-digit readings ("one twenty two"), a bare leading scale word ("thousand
nine hundred"), dotted sequences (IP addresses, "1, 234, 567"), and decimals
written with one separator before exactly three digits ("4.800"), which we read as
thousands grouping because news writes "134.500" for 134500. Sentence rewriting
(text2num's ``alpha2digit``) is a different task and is not run.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import regex

from conflictevents import find_numbers, parse_number

PEERS = Path(__file__).resolve().parents[1].parent / "shared" / "peers"
FLOOR = 0.95

OUT_OF_SCOPE = regex.compile(
    r"(?i)(?:^\s*-|[-−]\s*\d|\bminus\b|\bnegative\b|\bминус\b|\bмінус\b|/|\bpoint\b|\bточка\b|\bкрапка\b"
    r"|\bцел(?:ых|ая)\b|\bціл(?:их|а)\b|половин|\bнисколько\b|\d[кК]\b|\bhalf\b|thirds?\b|quarters?\b|fifths?\b"
    r"|\d(?:st|nd|rd|th)\b|\b(?:first|second|third|\w+th|\w+ieth)\b|\bfew\b|\bcouple\b|\bpair\b|\bsingle\b"
    r"|\bseveral\b|\blakh?s?\b|\blkhs?\b|\blac\b|\bcrores?\b|\bcr\b|\bkoti\b|\bkrores?\b|\bkr\b|\d\s*l\b"
    r"|\d\s?(?-i:[MGМ])\b|\(|\d,\d{1,2},\d|\b(?:nought|oh|zero)-\w|(?:^|\s)\.\d|\d[.,]\s+\d|\d\.\d+\.\d|\d[.,]\d{3}(?!\d)(?![.,]\d)"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
    r"|^\s*(?:hundreds?|thousands?|millions?)\b|%|percent|\bper\b|\$|€|£)"
)


def _read(name: str) -> list[dict]:
    path = PEERS / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _same(got: float | None, expected: float | None) -> bool:
    if got is None or expected is None:
        return got is expected
    return math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-9)


def _whole_string_cases(lang: str) -> list[tuple[str, float | None]]:
    cases = []
    for case in _read(f"duckling-numeral/{lang}.jsonl"):
        cases.append((case["input"], case["expected"]))
    for case in _read(f"text2num/{lang}.jsonl") if (PEERS / f"text2num/{lang}.jsonl").exists() else []:
        if case["function"] == "text2num" and "kwargs" not in case and "expected_not_equal" not in case:
            cases.append((case["input"], None if case.get("expected_error") else case["expected"]))
    return [(text, value) for text, value in cases if not OUT_OF_SCOPE.search(text)]


def _share(results: list[bool]) -> float:
    return sum(results) / len(results)


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_whole_string_numbers(lang: str) -> None:
    cases = _whole_string_cases(lang)
    wrong = [(t, v, parse_number(t, lang=lang)) for t, v in cases if not _same(parse_number(t, lang=lang), v)]
    share = 1 - len(wrong) / len(cases)
    print(
        f"\n{lang} duckling+text2num whole-string numbers in scope: {len(cases) - len(wrong)}/{len(cases)} = {share:.1%}"
    )
    for text, expected, got in wrong:
        print(f"  {text!r}: expected {expected}, got {got}")
    assert share >= FLOOR


def _recognizer_cases(lang: str) -> list[tuple[str, list[float]]]:
    cases = []
    for case in _read(f"recognizers-number/{lang}.jsonl"):
        entities = case["expected"]
        if OUT_OF_SCOPE.search(case["input"]):
            continue
        if any(e.get("subtype") not in ("integer", "decimal") or e["value"].startswith("-") for e in entities):
            continue
        cases.append((case["input"], sorted(float(e["value"]) for e in entities)))
    return cases


@pytest.mark.parametrize("lang", ["en"])
def test_numbers_in_text(lang: str) -> None:
    cases = _recognizer_cases(lang)
    wrong = []
    for text, expected in cases:
        got = sorted(float(n.value) for n in find_numbers(text, lang=lang))
        if len(got) != len(expected) or not all(_same(a, b) for a, b in zip(got, expected, strict=True)):
            wrong.append((text, expected, got))
    share = 1 - len(wrong) / len(cases)
    print(f"\n{lang} recognizers-number extraction in scope: {len(cases) - len(wrong)}/{len(cases)} = {share:.1%}")
    for text, expected, got in wrong:
        print(f"  {text!r}: expected {expected}, got {got}")
    assert share >= FLOOR
