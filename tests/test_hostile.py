"""Hostile input to the API: errors that name the problem, raised where the argument is checked.

And two guarantees about input: it never reaches the network, and it is only ever
text. No module of ``conflictevents`` calls ``eval``, ``exec``, ``compile`` (the
built-in), ``pickle``, ``marshal``, ``shelve`` or ``yaml``, or imports a module
named by its input: ``grep -rnE 'eval\\(|exec\\(|pickle|marshal|shelve|yaml|__import__'
src/`` finds nothing, and the only ``import_module`` calls import a built-in pack by a
code that :func:`conflictevents.languages` already lists (``registry.load_pack``), a
pack's own corpus modules (``corpus.load``) and the package's own modules named in a
fixed table (``__init__``, on first use of a public name). Worker processes
(``extract_many(jobs=...)``) exchange records and results as JSON. The tests below
check the same at run time with an audit hook.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import textwrap
import traceback
from pathlib import Path

import pytest

import conflictevents
from conflictevents import Casualty, Event, UnknownLanguageError, extract, find_numbers, languages, parse_number
from conflictevents.cli import main
from conflictevents.corpus import load
from conflictevents.model import EVENT_TYPES

SENTENCE = "At least 12 civilians were killed on Thursday (31)."
# Where argument errors may be raised: the modules that check arguments, not the engine.
FRONT = {"api.py", "registry.py"}


def _raised_in(excinfo: pytest.ExceptionInfo[BaseException]) -> str:
    return Path(traceback.extract_tb(excinfo.tb)[-1].filename).name


@pytest.mark.parametrize("text", [b"bytes", bytearray(b"x"), memoryview(b"x"), None, 42, ["a list"], {"text": "x"}])
def test_text_that_is_no_str_names_its_type(text: object) -> None:
    with pytest.raises(TypeError, match=rf"text must be str, not {type(text).__name__}") as excinfo:
        extract(text, lang="en")  # type: ignore[arg-type]
    assert _raised_in(excinfo) in FRONT


@pytest.mark.parametrize("function", [find_numbers, parse_number])
def test_number_functions_check_their_arguments(function: object) -> None:
    with pytest.raises(TypeError, match="not bytes"):
        function(b"12", lang="en")  # type: ignore[operator]
    with pytest.raises(TypeError, match="lang must be a language code"):
        function("12", lang=None)  # type: ignore[operator]
    with pytest.raises(UnknownLanguageError, match="installed: "):
        function("12", lang="xx")  # type: ignore[operator]


@pytest.mark.parametrize("lang", [5, None, ["en"], b"en", ("en",)])
def test_lang_that_is_no_str_names_its_type(lang: object) -> None:
    with pytest.raises(TypeError, match=rf"lang must be a language code \(str\), not {type(lang).__name__}") as excinfo:
        extract("text", lang=lang)  # type: ignore[arg-type]
    assert _raised_in(excinfo) in FRONT


@pytest.mark.parametrize("lang", ["xx", "", "EN", "auto ", "../en", "en.corpus", "os", "__import__('os')"])
def test_unknown_language_lists_every_installed_pack(lang: str) -> None:
    with pytest.raises(UnknownLanguageError) as excinfo:
        extract("At least 12 civilians were killed.", lang=lang)
    assert f"installed: {', '.join(languages())}" in str(excinfo.value)
    assert repr(lang) in str(excinfo.value)
    assert _raised_in(excinfo) in FRONT


@pytest.mark.parametrize(
    "published", ["2022-13-01", "2022-04-31", "yesterday", "01/04/2022", "2022-04-02garbage", "  ", "２０２２-04-02"]
)
def test_invalid_publication_date_is_quoted(published: str) -> None:
    with pytest.raises(ValueError, match="invalid publication date") as excinfo:
        extract(SENTENCE, lang="en", published=published)
    assert repr(published) in str(excinfo.value)
    assert _raised_in(excinfo) in FRONT


@pytest.mark.parametrize(
    ("published", "date"),
    [
        ("2022-04-02", dt.date(2022, 4, 2)),
        (" 2022-04-02\n", dt.date(2022, 4, 2)),
        ("2022-04-02T10:15:00Z", dt.date(2022, 4, 2)),
        ("2022-04-02 10:15:00.123+02:00", dt.date(2022, 4, 2)),
        (dt.datetime(2022, 4, 2, 23, 59, tzinfo=dt.timezone.utc), dt.date(2022, 4, 2)),
        ("", None),
        (None, None),
    ],
)
def test_valid_publication_dates(published: object, date: dt.date | None) -> None:
    assert extract("text", lang="en", published=published).published == date  # type: ignore[arg-type]


@pytest.mark.parametrize("published", [object(), 20220402, b"2022-04-02", dt.time(12), ["2022-04-02"]])
def test_publication_date_of_the_wrong_type_names_it(published: object) -> None:
    with pytest.raises(TypeError, match=rf"publication date must be .*, not {type(published).__name__}") as excinfo:
        extract(SENTENCE, lang="en", published=published)  # type: ignore[arg-type]
    assert _raised_in(excinfo) in FRONT


@pytest.mark.parametrize(
    ("types", "error", "message"),
    [
        ([5], TypeError, "not int"),
        ([None], TypeError, "not NoneType"),
        ([["casualty"]], TypeError, "not list"),
        ([int], TypeError, "not type"),
        (5, TypeError, "not int"),
        ("casualty", TypeError, r"e\.g\. \['casualty'\]"),
        (Casualty, TypeError, r"e\.g\. \[Casualty\], not one type"),
        (["battle"], ValueError, "unknown event type 'battle'; known: decree"),
        ([Event], ValueError, "unknown event type"),
    ],
)
def test_types_that_name_no_extractor(types: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message) as excinfo:
        extract(SENTENCE, lang="en", types=types)  # type: ignore[arg-type]
    assert _raised_in(excinfo) in FRONT


def test_types_may_be_any_iterable() -> None:
    by_generator = extract(SENTENCE, lang="en", types=(t for t in ["casualty"]))
    assert by_generator == extract(SENTENCE, lang="en", types={Casualty})


@pytest.mark.parametrize(
    ("timeout", "error"),
    [("5", TypeError), (True, TypeError), (0, ValueError), (-1, ValueError), (float("nan"), ValueError)],
)
def test_timeout_must_be_a_positive_number(timeout: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="timeout must be") as excinfo:
        extract(SENTENCE, lang="en", timeout=timeout)  # type: ignore[arg-type]
    assert _raised_in(excinfo) in FRONT


@pytest.mark.parametrize("timeout", [1e15, float("inf")])
def test_a_huge_timeout_means_no_practical_limit(timeout: float) -> None:
    (event,) = extract(SENTENCE, lang="en", timeout=timeout).events
    assert event.count == 12


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize("text", ["", " ", "\n\t ", "\u200b", "\ufeff"])
def test_empty_text_gives_an_empty_result(lang: str, text: str) -> None:
    doc = extract(text, lang=lang, published="2022-04-02")
    assert doc.events == () and doc.lang == lang


def test_a_str_subclass_is_text() -> None:
    class Text(str):
        pass

    (event,) = extract(Text(SENTENCE), lang="en").events
    assert event.text == SENTENCE[event.start : event.end]


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize("published", [dt.date.min, dt.date.max, dt.date(1, 1, 3), dt.date(9999, 12, 30)])
def test_dates_at_the_ends_of_the_calendar(lang: str, published: dt.date) -> None:
    """Relative dates that fall off the calendar resolve to None instead of overflowing."""
    for event in EVENT_TYPES:
        for ex in load(lang, event):
            for e in extract(ex.text, lang=lang, published=published).events:
                assert ex.text[e.start : e.end] == e.text


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize(
    "text", ["\uffff\uffff", "5 \uffff\uffff people were killed", "\uffff\uffff 5", "\ufffe\ufdd0"]
)
def test_noncharacters_are_text_like_any_other(lang: str, text: str) -> None:
    """Found by fuzzing: U+FFFF U+FFFF once stood for an empty word list, and a text holding it crashed."""
    for event in extract(text, lang=lang).events:
        assert text[event.start : event.end] == event.text
    for number in find_numbers(text, lang=lang):
        assert text[number.start : number.end] == number.text
    parse_number(text, lang=lang)


# No network.


def _corpus_texts(per_type: int = 3) -> list[tuple[str, str]]:
    return [(lang, ex.text) for lang in languages() for event in EVENT_TYPES for ex in load(lang, event)[:per_type]]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access: {args!r}")

    for name in ("socket", "create_connection", "getaddrinfo", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse)


@pytest.mark.usefixtures("no_network")
def test_extraction_opens_no_socket() -> None:
    for lang, text in _corpus_texts():
        extract(text, lang=lang, published="2022-04-02")
        with contextlib.suppress(UnknownLanguageError):  # a short sentence may be in no language for sure
            extract(text, published="2022-04-02")  # language detection too


@pytest.mark.usefixtures("no_network")
def test_the_command_line_opens_no_socket(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps({"text": t, "lang": lang}) + "\n" for lang, t in _corpus_texts()), "utf-8")
    assert main(["extract", str(src), "-o", str(tmp_path / "out.jsonl"), "--published", "2022-04-02"]) == 0


# Input is only ever text: checked in a fresh process, from its first import, by an audit hook.

_AUDITED = textwrap.dedent(
    """
    import sys

    MARK = "PWNED_7f3a"
    seen = []

    def hook(event, args):
        # Never: the network, other programs, unpickling.
        if event.startswith(("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn")):
            seen.append(event)
        elif event == "pickle.find_class":
            seen.append(event)
        # Imports compile and load code, but never code from the input.
        elif event in ("compile", "exec", "import", "marshal.loads", "marshal.load") and MARK in repr(args):
            seen.append(event)

    sys.addaudithook(hook)
    from conflictevents.cli import main

    status = main(sys.argv[1:])
    print("AUDIT", seen, file=sys.stderr)
    sys.exit(status)
    """
)

_CODE_AS_TEXT = [
    "__import__('os').system('touch PWNED_7f3a')",
    "eval(\"__import__('os').system('touch PWNED_7f3a')\")",
    "import os; os.system('touch PWNED_7f3a')  # At least 12 civilians were killed.",
    "{{ ''.__class__.__mro__[1].__subclasses__() }} PWNED_7f3a ${jndi:ldap://PWNED_7f3a.example/a}",
    "!!python/object/apply:os.system ['touch PWNED_7f3a']",
    "cos\nsystem\n(S'touch PWNED_7f3a'\ntR.",  # a pickle, as text
    "At least 12 civilians were killed, __import__('PWNED_7f3a') said.",
]


def test_records_that_look_like_code_are_only_text(tmp_path: Path) -> None:
    records = [{"id": f"code-{i}", "lang": "en", "text": t} for i, t in enumerate(_CODE_AS_TEXT)]
    # One pack is enough here (the engine is the same for all) and spares the compiling of the others.
    records += [
        {"id": "__import__('PWNED_7f3a')", "lang": lang, "text": t} for lang, t in _corpus_texts(2) if lang == "en"
    ]
    records += [
        {"id": "lang", "lang": "__import__('PWNED_7f3a')", "text": "x"},
        {"id": "date", "lang": "en", "text": "x", "published": "__import__('PWNED_7f3a')"},
    ]
    src = tmp_path / "code.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run(
        [sys.executable, "-c", _AUDITED, "extract", str(src), "-o", "out.jsonl", "--published", "2022-04-02"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "AUDIT []" in run.stderr, run.stderr
    assert run.returncode == 1, run.stderr  # the two records with a bad lang and a bad date
    assert not list(tmp_path.glob("PWNED*"))
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [r["id"] for r in records]
    by_id = {line["id"]: line for line in lines}
    assert "installed: " in by_id["lang"]["error"]["message"]
    assert "invalid publication date" in by_id["date"]["error"]["message"]
    for record, line in zip(records, lines, strict=True):
        for event in line["events"]:
            assert record["text"][event["start"] : event["end"]] == event["text"]
    # The code is read as news like any other text: the casualty in it is found.
    assert [e["count"] for e in by_id["code-6"]["events"]] == [12]


def test_package_has_no_dynamic_code_execution() -> None:
    """The grep of the module docstring, kept true by a test."""
    forbidden = ("eval(", "exec(", "pickle", "marshal", "shelve", "yaml", "__import__")
    src = Path(conflictevents.__file__).parent
    hits = [
        f"{path.relative_to(src)}: {word}"
        for path in src.rglob("*.py")
        for word in forbidden
        if word in path.read_text(encoding="utf-8")
    ]
    assert hits == []
