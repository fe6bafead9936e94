"""Measurements that need a fresh interpreter; ``benchmarks/run.py`` runs them.

    python benchmarks/probe.py import
    python benchmarks/probe.py ours LANG CORPUS.jsonl [--all]
    python benchmarks/probe.py peer NAME CORPUS.jsonl paragraphs|articles SECONDS LIMIT

Each prints one JSON object. Only ``sys`` and ``time`` are imported before the clock
starts, so that start-up is timed as a user's script sees it.
"""

from __future__ import annotations

import sys
import time

# Not `from typing import TYPE_CHECKING`: importing typing would be a cost that conflictevents then skips.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any, TypeAlias

    # A peer takes the texts lazily and yields, for each text it has processed, what it found in it.
    Runner: TypeAlias = Callable[[Iterator[str]], Iterator[int]]

# The ~50 words a quick conflict filter would look for.
# fmt: off
KEYWORDS = (
    "killed", "kill", "killing", "dead", "died", "death", "deaths", "wounded", "injured", "injuring", "hurt",
    "casualties", "missing", "captured", "prisoners", "arrested", "detained", "displaced", "refugees", "evacuated",
    "fled", "mobilization", "mobilisation", "mobilize", "mobilise", "mobilized", "conscription", "conscripts",
    "conscripted", "draft", "drafted", "reservists", "recruits", "recruited", "recruitment", "call-up", "troops",
    "soldiers", "servicemen", "decree", "signed", "exempt", "exempted", "exemption", "deferment", "deferral", "aged",
    "shelling", "strike", "missile", "drone", "civilians", "bodies",
)
# fmt: on


def import_time() -> dict[str, float]:
    """Seconds to import the package, nothing else loaded."""
    start = time.perf_counter()
    import conflictevents  # noqa: F401, PLC0415  (timed: the import is the measurement)

    return {"import": time.perf_counter() - start}


def ours(lang: str, corpus: str, everything: bool) -> dict[str, Any]:
    """Start-up in steps, each timed: import, the library's first use, pack load, compile, first extract.

    The first extract reads the corpus's first article. With ``everything``, then the
    throughput over the whole corpus, the pack compiled.
    """
    with open(corpus, encoding="utf-8") as lines:
        first_line = lines.readline()
    start = time.perf_counter()
    import conflictevents  # noqa: PLC0415  (timed: start-up is the measurement)

    imported = time.perf_counter()
    # A package that imports its modules on first use pays for them here.
    extract = conflictevents.extract
    from conflictevents.registry import compiled_pack, load_pack  # noqa: PLC0415

    used = time.perf_counter()
    load_pack(lang)
    loaded = time.perf_counter()
    compiled_pack(lang)
    compiled = time.perf_counter()
    import json  # noqa: PLC0415  (outside the clocks)

    record = json.loads(first_line)
    first_start = time.perf_counter()
    extract(record["text"], lang=lang, published=record["published"])
    result: dict[str, Any] = {
        "import": imported - start,
        "modules": used - imported,
        "load": loaded - used,
        "compile": compiled - loaded,
        "first": time.perf_counter() - first_start,
    }
    if everything:
        with open(corpus, encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines]
        events = 0
        start = time.perf_counter()
        for record in records:
            events += len(extract(record["text"], lang=lang, published=record["published"]).events)
        result |= {
            "seconds": time.perf_counter() - start,
            "bytes": sum(len(r["text"].encode()) for r in records),
            "documents": len(records),
            "found": events,
        }
        result |= identification(conflictevents.identify_language, records, lang)
    return result


def identification(identify: Any, records: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    """Language identification over the same articles: the profiles of their script built first
    (by the first article), then every article identified, and how many were not ``lang``."""
    start = time.perf_counter()
    identify(records[0]["text"])
    built = time.perf_counter()
    wrong = 0
    for record in records:
        details = identify(record["text"])
        wrong += not details.identified or details.lang != lang
    return {"profiles": built - start, "identify": time.perf_counter() - built, "misidentified": wrong}


def keyword_scan() -> Runner:
    import regex  # noqa: PLC0415  (each peer imports its own library, timed as its set-up)

    pattern = regex.compile(r"\b(?:" + "|".join(map(regex.escape, KEYWORDS)) + r")\b", regex.IGNORECASE)
    return lambda texts: (sum(1 for _ in pattern.finditer(text)) for text in texts)


def dateparser_search() -> Runner:
    from dateparser.search import search_dates  # noqa: PLC0415

    return lambda texts: (len(search_dates(text, languages=["en"]) or ()) for text in texts)


def quantulum() -> Runner:
    import warnings  # noqa: PLC0415

    with warnings.catch_warnings():
        # It warns that its optional unit classifier (scikit-learn) is absent: it runs without, as installed.
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415

    return lambda texts: (len(parser.parse(text)) for text in texts)


def recognizers_number() -> Runner:
    from recognizers_number import recognize_number  # noqa: PLC0415
    from recognizers_text import Culture  # noqa: PLC0415

    return lambda texts: (len(recognize_number(text, Culture.English)) for text in texts)


def recognizers_datetime() -> Runner:
    from recognizers_date_time import recognize_datetime  # noqa: PLC0415
    from recognizers_text import Culture  # noqa: PLC0415

    return lambda texts: (len(recognize_datetime(text, Culture.English)) for text in texts)


def spacy_matcher() -> Runner:
    import spacy  # noqa: PLC0415
    from spacy.matcher import Matcher  # noqa: PLC0415

    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for name, pattern in spacy_patterns().items():
        matcher.add(name, [pattern])
    return lambda texts: (len(matcher(doc)) for doc in nlp.pipe(texts, batch_size=16))


def spacy_patterns() -> dict[str, list[dict[str, Any]]]:
    """26 token patterns, as one would write them for these events without a rule engine."""
    number: dict[str, Any] = {"LIKE_NUM": True}
    qualifier = {"LOWER": {"IN": ["at", "least", "more", "than", "over", "about", "around", "some", "up", "to"]}}
    people = {"LOWER": {"IN": ["people", "civilians", "soldiers", "troops", "residents", "children", "men"]}}
    aux = {"LOWER": {"IN": ["were", "was", "have", "has", "had", "been", "are"]}}
    verbs = {
        "killed": ["killed", "dead", "died"],
        "injured": ["injured", "wounded", "hurt"],
        "missing": ["missing"],
        "captured": ["captured", "taken"],
        "arrested": ["arrested", "detained"],
        "displaced": ["displaced", "evacuated", "fled"],
        "mobilized": ["mobilized", "mobilised", "called"],
        "drafted": ["drafted", "conscripted"],
        "deployed": ["deployed", "sent"],
        "recruited": ["recruited", "enlisted"],
    }
    patterns: dict[str, list[dict[str, Any]]] = {}
    for name, words in verbs.items():
        verb = {"LOWER": {"IN": words}}
        # "12 people were killed" and "killed at least 12 people".
        patterns[f"{name}_after"] = [number, {**people, "OP": "?"}, {**aux, "OP": "*"}, verb]
        patterns[f"{name}_before"] = [verb, {**qualifier, "OP": "*"}, number, {**people, "OP": "?"}]
    patterns["aged_range"] = [{"LOWER": "aged"}, number, {"LOWER": {"IN": ["to", "and", "-"]}}, number]
    patterns["ages_between"] = [{"LOWER": "ages"}, {"LOWER": "of"}, number, {"LOWER": "and"}, number]
    patterns["years_old"] = [number, {"LOWER": {"IN": ["to", "-"]}}, number, {"LOWER": "years"}, {"LOWER": "old"}]
    patterns["quota_noun"] = [number, {"LOWER": {"IN": ["reservists", "conscripts", "recruits", "troops"]}}]
    patterns["quota_verb"] = [{"LOWER": {"IN": ["mobilize", "mobilise", "recruit", "draft"]}}, number]
    patterns["casualty_noun"] = [number, {"LOWER": {"IN": ["casualties", "deaths", "bodies", "victims"]}}]
    return patterns


PEERS: dict[str, Callable[[], Runner]] = {
    "keywords": keyword_scan,
    "dateparser": dateparser_search,
    "quantulum3": quantulum,
    "recognizers-number": recognizers_number,
    "recognizers-datetime": recognizers_datetime,
    "spacy": spacy_matcher,
}


# How a peer reads the corpus: paragraph by paragraph, or whole articles.
UNITS = ("paragraphs", "articles")


def split_paragraphs(text: str) -> list[str]:
    """An article's paragraphs: the parts between blank lines, or its lines when it has no blank line."""
    import re  # noqa: PLC0415  (outside the clocks; json has imported it already)

    parts = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    return [part for part in parts if part.strip()]


def peer(name: str, corpus: str, unit: str, budget: float, limit: float) -> dict[str, Any]:
    """A peer's set-up (import, build, one short call), then its speed on the corpus, read by ``unit``.

    It reads the texts in order, paragraphs or whole articles, and stops after the one
    that takes it past ``budget`` seconds, or at the end of the corpus. A text still
    unfinished at ``limit`` seconds (a slow library on a long article) stops it there:
    the result then says ``stopped`` and how long the unfinished text was.
    """
    import json  # noqa: PLC0415  (before the clock: reading the corpus is no part of the set-up)
    import os  # noqa: PLC0415
    import threading  # noqa: PLC0415

    with open(corpus, encoding="utf-8") as lines:
        articles = [json.loads(line)["text"] for line in lines]
    texts = articles if unit == "articles" else [part for text in articles for part in split_paragraphs(text)]
    start = time.perf_counter()
    try:
        run = PEERS[name]()
    except ModuleNotFoundError as exc:  # a library that is there but fails to import is a failure, not this
        return {"error": f"not installed (no module {exc.name!r})"}
    next(run(iter(["Rockets killed 12 people in Kharkiv on Monday, 5 May."])))
    setup = time.perf_counter() - start
    done = (0, 0, 0)  # texts, their bytes, what was found in them; replaced whole, so the watchdog reads it whole

    def result(seconds: float) -> dict[str, Any]:
        count, size, found = done
        return {"setup": setup, "seconds": seconds, "bytes": size, "texts": count, "found": found}

    def stop() -> None:
        # The peer is still in a text at the limit: report what it finished and leave at once.
        seconds = time.perf_counter() - start
        unfinished = len(texts[done[0]].encode()) if done[0] < len(texts) else 0
        print(json.dumps({**result(seconds), "all": False, "stopped": True, "unfinished": unfinished}), flush=True)
        os._exit(0)

    watchdog = threading.Timer(limit, stop)
    watchdog.daemon = True
    start = time.perf_counter()
    watchdog.start()
    for count, found in enumerate(run(iter(texts)), start=1):
        done = (count, done[1] + len(texts[count - 1].encode()), done[2] + found)
        if time.perf_counter() - start >= budget:
            break
    seconds = time.perf_counter() - start
    watchdog.cancel()
    return {**result(seconds), "all": done[0] == len(texts), "stopped": False}


def measure(argv: list[str]) -> dict[str, Any]:
    match argv:
        case ["import"]:
            return import_time()
        case ["ours", lang, corpus, *rest] if rest in ([], ["--all"]):
            return ours(lang, corpus, everything=bool(rest))
        case ["peer", name, corpus, unit, budget, limit] if name in PEERS and unit in UNITS:
            return peer(name, corpus, unit, float(budget), float(limit))
    raise SystemExit(__doc__)


def main() -> None:
    result = measure(sys.argv[1:])
    import json  # noqa: PLC0415  (after the clocks: not part of any start-up)

    print(json.dumps(result))


if __name__ == "__main__":
    main()
