"""A reproducible, news-like benchmark corpus: one JSON Lines file per language.

    python benchmarks/corpus.py OUT_DIR [--mb 3] [--seed 7] [--lang en ru ...]

Every document is an article of 2 to 5 KB (UTF-8): a headline, then paragraphs of
filler prose written for this benchmark (``benchmarks/filler/<lang>.py``: politics,
economy, weather, sports, diplomacy, ... full of numbers that are not events), with
event sentences mixed in at a rate drawn per article between 1 in 10 and 1 in 6. The
event sentences are the positive examples of the language's own pack corpus
(:func:`conflictevents.corpus.load`). Records are ``{"id", "text", "published", "lang"}``.

The same seed and size give the same files, byte for byte. A language is covered when
it has both a pack and a filler module; adding one is one file in ``filler/``.

A user's own news can stand in for a language's generated file
(:func:`write_supplied`, ``benchmarks/run.py --corpus LANG=PATH``).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as _dt
import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import filler

from conflictevents import languages
from conflictevents.cli import read_jsonl
from conflictevents.corpus import load
from conflictevents.model import EVENT_TYPES
from conflictevents.records import RecordError

SEED = 7
# An article's target size, drawn per article; its last paragraph may take it a little past.
ARTICLE_BYTES = (2_000, 5_000)
# One event sentence in 10 to one in 6, drawn per article.
EVENT_RATE = (1 / 10, 1 / 6)
# Half of an article's filler sentences are on its topic, the rest on any topic, as news wanders.
ON_TOPIC = 0.5
PUBLISHED = (_dt.date(2022, 2, 24), _dt.date(2024, 12, 31))


def covered() -> tuple[list[str], list[str]]:
    """The installed packs that have filler prose here, and those that have none."""
    have = set(filler.available())
    packs = languages()
    return [code for code in packs if code in have], [code for code in packs if code not in have]


def event_sentences(lang: str) -> list[str]:
    """The positive examples of every event type in the pack's own corpus."""
    return [ex.text for event in EVENT_TYPES for ex in load(lang, event) if ex.expected]


def article(rng: random.Random, prose: filler.Filler, events: Sequence[str]) -> str:
    """One article: a headline, then paragraphs of two to five sentences."""
    topics = sorted(prose.SENTENCES)
    topic = rng.choice(topics)
    rate = rng.uniform(*EVENT_RATE) if events else 0.0
    target = rng.randint(*ARTICLE_BYTES)
    # Templates are dealt like cards, so that an article repeats one only when its topic runs out.
    decks: dict[str, list[str]] = {}

    def deal(on: str) -> str:
        if not decks.get(on):
            decks[on] = list(prose.SENTENCES[on])
            rng.shuffle(decks[on])
        return decks[on].pop()

    parts = [filler.fill(rng.choice(prose.HEADLINES[topic]), prose, rng)]
    size = len(parts[0].encode())
    while size < target:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            if rng.random() < rate:
                sentences.append(rng.choice(events))
            else:
                on = topic if rng.random() < ON_TOPIC else rng.choice(topics)
                sentences.append(filler.fill(deal(on), prose, rng))
        parts.append(" ".join(sentences))
        size += len(parts[-1].encode()) + 2
    return "\n\n".join(parts)


def documents(lang: str, megabytes: float, seed: int = SEED) -> Iterator[dict[str, str]]:
    """Records of one language until ``megabytes`` (10^6 bytes of UTF-8 text) are reached."""
    rng = random.Random(f"{seed}:{lang}")
    prose, events = filler.load(lang), event_sentences(lang)
    first, last = PUBLISHED
    size, number = 0, 0
    while size < megabytes * 1e6:
        text = article(rng, prose, events)
        published = first + _dt.timedelta(days=rng.randint(0, (last - first).days))
        yield {"id": f"{lang}-{number:06d}", "text": text, "published": published.isoformat(), "lang": lang}
        size += len(text.encode())
        number += 1


def write(directory: Path, megabytes: float, seed: int = SEED, langs: Sequence[str] | None = None) -> dict[str, Path]:
    """Write ``<lang>.jsonl`` for each language (default: every covered one); their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = {}
    for lang in langs if langs is not None else covered()[0]:
        path = paths[lang] = directory / f"{lang}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in documents(lang, megabytes, seed):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return paths


class CorpusError(Exception):
    """A corpus file that cannot be used; the message names the file and, where there is one, the line."""


def read_supplied(path: Path, lang: str) -> Iterator[dict[str, Any]]:
    """The records of a user's JSON Lines file as corpus records of ``lang``, checked as ``conflictevents extract``
    checks them (``text``, and optionally ``id``, ``published``, ``lang``); blank lines are skipped.

    :raises CorpusError: at the first line that is no such record, or names another language; or if unreadable.
    """
    try:
        with path.open("rb") as lines:
            for found in read_jsonl(lines, str(path)):
                if isinstance(found, RecordError):
                    raise CorpusError(str(found))
                if found.lang not in (None, lang):
                    raise CorpusError(f"{path}:{found.line}: the record's 'lang' is {found.lang!r}, not {lang!r}")
                published = None if found.published is None else found.published.isoformat()
                yield {"id": found.id, "text": found.text, "published": published, "lang": lang}
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror or exc}") from None


@dataclasses.dataclass(frozen=True)
class Supplied:
    """What a user's file held, and what corpus was made of it."""

    path: Path
    records: int  # in the file
    used: int  # of them, from the first: all, unless the file holds more than the size asked for
    used_size: int  # bytes of UTF-8 text in those
    documents: int  # in the corpus: those, repeated with new ids until the size is reached
    size: int  # bytes of UTF-8 text in the corpus


def write_supplied(source: Path, lang: str, megabytes: float, dest: Path) -> Supplied:
    """A corpus of ``lang`` from a user's JSON Lines file, written to ``dest`` in the shape of a generated one.

    Its records are taken in order until ``megabytes`` of text are reached; a smaller file
    is read again and again (the repeats' ids get ``#2``, ``#3``, ...) until they are. The
    whole file is checked, even past what is used.

    :raises CorpusError: if the file cannot be read, a line is no valid record, or it holds no text.
    """
    target = megabytes * 1e6
    kept: list[dict[str, Any]] = []
    records = size = 0
    for record in read_supplied(source, lang):
        records += 1
        if size < target:
            kept.append(record)
            size += len(record["text"].encode())
    if size == 0:
        raise CorpusError(f"{source}: {'no text in its records' if records else 'no records'}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    size = documents = 0
    with dest.open("w", encoding="utf-8") as out:
        while size < target:
            for record in kept:
                if size >= target:
                    break
                rounds = documents // len(kept)
                if rounds:
                    record = {**record, "id": f"{record['id']}#{rounds + 1}"}  # noqa: PLW2901
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                size += len(record["text"].encode())
                documents += 1
    return Supplied(source, records, len(kept), sum(len(r["text"].encode()) for r in kept), documents, size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="directory to write <lang>.jsonl into")
    parser.add_argument("--mb", type=float, default=3.0, help="MB of text per language (default: 3)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--lang", nargs="+", help="languages (default: every pack that has filler prose)")
    args = parser.parse_args()
    have, missing = covered()
    if args.mb <= 0:
        parser.error("--mb must be positive")
    if args.lang and set(args.lang) - set(have):
        parser.error(f"no pack with filler prose for {', '.join(sorted(set(args.lang) - set(have)))}")
    if missing and not args.lang:
        print(f"no filler prose for {', '.join(missing)}: skipped (add benchmarks/filler/<code>.py)")
    for lang, path in write(args.out, args.mb, args.seed, args.lang or have).items():
        print(f"{lang}: {path} ({path.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
