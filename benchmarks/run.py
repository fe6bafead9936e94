"""The benchmark: speed, start-up, memory, and what users would otherwise pick, in one run.

    pip install -e '.[bench]' && python benchmarks/run.py [--mb 3] [--quick] [--skip-peers] [--out DIR]
        [--corpus LANG=PATH ...]

On one generated corpus (``benchmarks/corpus.py``: news-like articles in every language
that has a pack and filler prose here), or on the user's own JSON Lines files given with
``--corpus`` (records with ``text``, optional ``published`` and ``id``; repeated, with new
ids, up to ``--mb``), it measures

- ``extract`` throughput per language: one core, the pack compiled, the publication
  date given; and language identification (``identify_language``) on the same articles,
  as a share of that time, with how many it did not identify as their language;
- ``import conflictevents`` (best of 5 fresh interpreters), and the time to the first
  result in a fresh interpreter: import, the modules imported on first use, pack load
  and compile, and the first ``extract`` of one article, with the compile time on its own;
- the peak memory (max RSS) of ``conflictevents extract`` streaming JSON Lines files (every
  language, 20 MB or more; the first language alone, half that; no record gives its
  language, so each is identified), and its time with ``--jobs 1`` and ``--jobs 2``
  where the CLI has them;
- on the English corpus, the libraries users would otherwise pick, as MB/s and the
  ratio ours/theirs. Each reads it twice, in fresh interpreters: paragraph by paragraph,
  then whole article by whole article, in order, until its time budget is spent (a few
  seconds) or the corpus ends (the slow ones read a sample); the faster of the two counts.

It prints the set-up, then a Markdown table. Anything that needs a fresh interpreter
runs in ``benchmarks/probe.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as _dt
import json
import math
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import corpus
import probe as probes

from conflictevents import languages

PROBE = Path(probes.__file__).resolve()
CLI = [sys.executable, "-m", "conflictevents", "extract"]


@dataclasses.dataclass(frozen=True)
class Sizes:
    """How much of each measurement a run does."""

    mb: float  # corpus per language
    cli_mb: float  # the JSON Lines file the CLI streams
    first_runs: int  # fresh interpreters per language for the time to the first result (best of)
    peer_seconds: float  # time budget of each peer's sample, paragraphs and articles each
    cli_all_languages: bool = True  # else the CLI reads the first language only (each pack compiles in every run)
    import_runs: int = 5


FULL = Sizes(mb=3.0, cli_mb=20.0, first_runs=3, peer_seconds=4.0)
QUICK = Sizes(mb=0.1, cli_mb=0.3, first_runs=1, peer_seconds=0.5, cli_all_languages=False)


@dataclasses.dataclass(frozen=True)
class Peer:
    """A library users would otherwise pick: its name in probe.py, what the table calls it, its distribution."""

    name: str
    label: str
    distribution: str


# A peer's text still unfinished at this many times its budget stops its sample (a slow one on a long article).
PEER_LIMIT = 3
# A probe that has not answered this long after that is stopped: a library stuck in one call.
PROBE_GRACE = 300.0

PEERS = [
    Peer("keywords", f"`regex` keyword alternation ({len(probes.KEYWORDS)} words), `finditer`", "regex"),
    Peer("dateparser", "`dateparser.search.search_dates`", "dateparser"),
    Peer("quantulum3", "quantulum3 `parser.parse`", "quantulum3"),
    Peer("recognizers-number", "Recognizers-Text `recognize_number`", "recognizers-text-number"),
    Peer("recognizers-datetime", "Recognizers-Text `recognize_datetime`", "recognizers-text-date-time"),
    Peer("spacy", f"spaCy `blank('en')` + `Matcher` ({len(probes.spacy_patterns())} patterns), `nlp.pipe`", "spacy"),
]

# The steps of start-up that probe.py times, in order.
STARTUP = {
    "import": "import",
    "modules": "modules on first use",
    "load": "pack load",
    "compile": "compile",
    "first": "first `extract` (one article)",
}

Row = tuple[str, str, str, str]  # measurement, result, ours/theirs, notes


class ProbeError(Exception):
    """A measurement process failed; the message is its last line of error output."""


def probe(*args: str, timeout: float | None = None) -> dict[str, Any]:
    """Run one measurement of probe.py in a fresh interpreter."""
    try:
        done = subprocess.run(
            [sys.executable, str(PROBE), *args], capture_output=True, text=True, check=False, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        raise ProbeError(f"no result after {seconds(timeout or 0)}: stopped") from None
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
        raise ProbeError(lines[-1])
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def sig(x: float) -> str:
    """Three significant digits, no exponent: 0.0412, 3.27, 152."""
    if x <= 0:
        return "0"
    return f"{x:.{max(0, 2 - math.floor(math.log10(x)))}f}"


def seconds(s: float) -> str:
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def megabytes(n: float) -> str:
    return f"{sig(n / 1e6)} MB"


def progress(message: str) -> None:
    print(f"... {message}", file=sys.stderr, flush=True)


def cpu_model() -> str:
    """The processor's name where the system tells it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown processor"


def header(argv: Sequence[str]) -> list[str]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"command: {shlex.join([Path(sys.executable).name, *argv])}",
        f"date: {_dt.datetime.now(_dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"conflictevents {metadata.version('conflictevents')}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), regex {metadata.version('regex')}, "
        f"dateparser {metadata.version('dateparser')}",
        f"CPU: {os.cpu_count()} logical ({usable} usable), {cpu_model()}, {platform.system()} {platform.machine()}",
    ]


def measure_ours(paths: dict[str, Path], sizes: Sizes) -> tuple[list[Row], list[Row], dict[str, float]]:
    """Throughput, then start-up and compile time, per language: those rows, and each language's MB/s."""
    rows: list[Row] = []
    speed: dict[str, float] = {}
    starts: list[Row] = []
    for lang, path in paths.items():
        progress(f"extract throughput, {lang}")
        full = probe("ours", lang, str(path), "--all")
        speed[lang] = full["bytes"] / 1e6 / full["seconds"]
        rows.append(
            (
                f"`extract` throughput, {lang}",
                f"{sig(speed[lang])} MB/s",
                "",
                f"{megabytes(full['bytes'])}, {full['documents']} articles, {full['found']} events, "
                f"{seconds(full['seconds'])}; one core, pack compiled",
            )
        )
        rows.append(
            (
                f"language identification, {lang}",
                f"{full['identify'] / full['seconds']:.1%} of `extract` time",
                "",
                f"{full['documents']} articles in {seconds(full['identify'])} "
                f"({full['identify'] / full['documents'] * 1e6:.0f} µs each), {full['misidentified']} not identified "
                f"as {lang}; the profiles of its script built in {seconds(full['profiles'])} at first use",
            )
        )
        runs = [full] + [probe("ours", lang, str(path)) for _ in range(sizes.first_runs - 1)]
        best = min(runs, key=lambda r: sum(r[step] for step in STARTUP))
        total = sum(best[step] for step in STARTUP)
        starts.append(
            (
                f"first result, {lang}",
                seconds(total),
                "",
                f"fresh interpreter, best of {len(runs)}: "
                + " + ".join(f"{name} {seconds(best[step])}" for step, name in STARTUP.items()),
            )
        )
        starts.append((f"pack compile, {lang}", seconds(best["compile"]), "", "included in the row above"))
    return rows, starts, speed


def measure_import(sizes: Sizes) -> Row:
    progress("import time")
    best = min(probe("import")["import"] for _ in range(sizes.import_runs))
    note = f"best of {sizes.import_runs} fresh interpreters; modules imported on first use count in the first result"
    return ("`import conflictevents`", seconds(best), "", note)


def big_jsonl(paths: dict[str, Path], target_mb: float, dest: Path) -> tuple[int, int]:
    """The corpora, one language after another, repeated (ids made unique) to ``target_mb``; text bytes, records.

    Records give no ``lang``: the command line identifies each one's language, as it does
    for a user's corpus without language tags.
    """
    records = [json.loads(line) for path in paths.values() for line in path.read_text(encoding="utf-8").splitlines()]
    size = documents = rounds = 0
    with dest.open("w", encoding="utf-8") as out:
        while size < target_mb * 1e6:
            for record in records:
                unlabelled = {key: value for key, value in record.items() if key != "lang"}
                out.write(json.dumps({**unlabelled, "id": f"{rounds}-{record['id']}"}, ensure_ascii=False) + "\n")
                size += len(record["text"].encode())
                documents += 1
            rounds += 1
    return size, documents


@dataclasses.dataclass(frozen=True)
class CliRun:
    seconds: float
    max_rss: int  # bytes
    status: int
    error: str


def run_cli(args: Sequence[str], errors: Path) -> CliRun:
    """Run the CLI; its wall time and its own peak RSS (``wait4`` reports that child alone, not earlier ones)."""
    start = time.perf_counter()
    with errors.open("wb") as stderr:
        proc = subprocess.Popen([*CLI, *args], stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    # Linux reports KiB, macOS bytes.
    rss = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    lines = errors.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return CliRun(took, rss, proc.returncode, lines[-1] if lines else "")


def measure_cli(paths: dict[str, Path], sizes: Sizes, work: Path) -> list[Row]:
    """Peak memory and ``--jobs 2`` against ``--jobs 1`` of the CLI streaming big JSON Lines files.

    Two files: every language one after another (each process compiles every pack), and
    the first language alone, as a corpus of one language's news is (half the size).
    """
    first = dict(list(paths.items())[:1])
    if not sizes.cli_all_languages:
        return measure_cli_file(first, sizes.cli_mb, work / "first")
    return [
        *measure_cli_file(paths, sizes.cli_mb, work / "all"),
        *measure_cli_file(first, sizes.cli_mb / 2, work / "first"),
    ]


def measure_cli_file(paths: dict[str, Path], target_mb: float, work: Path) -> list[Row]:
    """The rows of :func:`measure_cli` for one file, made of the corpora of ``paths``."""
    work.mkdir()
    big = work / "big.jsonl"
    text_bytes, documents = big_jsonl(paths, target_mb, big)
    langs = "+".join(paths)
    what = f"{megabytes(big.stat().st_size)} JSONL ({langs}: {megabytes(text_bytes)} of text, {documents} articles)"
    # One process streaming is what peak memory means; with --jobs, that is --jobs 1 (the default is every core).
    has_jobs = "--jobs" in subprocess.run([*CLI, "--help"], capture_output=True, text=True, check=False).stdout
    one_process = ["--jobs", "1"] if has_jobs else []
    progress(f"CLI {shlex.join(one_process)} on {what}")
    one = run_cli([str(big), "-o", str(work / "out-1.jsonl"), *one_process], work / "cli-1.err")
    label = f"`{shlex.join(['conflictevents', 'extract', *one_process])}` on {langs}"
    if one.status != 0:
        return [(f"{label}, peak memory", f"failed (exit {one.status})", "", one.error)]
    rows: list[Row] = [
        (
            f"{label}, peak memory",
            f"{sig(one.max_rss / 2**20)} MiB max RSS",
            "",
            f"{what}; {seconds(one.seconds)} ({sig(text_bytes / 1e6 / one.seconds)} MB/s, packs compiled in the run)",
        )
    ]
    jobs_label = f"`conflictevents extract --jobs 2` vs `--jobs 1` on {langs}"
    if not has_jobs:
        return [*rows, (jobs_label, "n/a (no --jobs)", "", "")]
    progress(f"CLI --jobs 2 on {langs}")
    two = run_cli([str(big), "-o", str(work / "out-2.jsonl"), "--jobs", "2"], work / "cli-2.err")
    if two.status != 0:
        return [*rows, (jobs_label, f"failed (exit {two.status})", "", two.error)]
    return [
        *rows,
        (
            jobs_label,
            f"{sig(one.seconds / two.seconds)}× as fast",
            "",
            f"same file: {seconds(one.seconds)} with `--jobs 1`, {seconds(two.seconds)} with `--jobs 2` "
            f"(its largest process: {sig(two.max_rss / 2**20)} MiB max RSS)",
        ),
    ]


def peer_rate(got: dict[str, Any]) -> float:
    """A peer's MB/s on its sample; for one stopped in a text, counting that text whole (so an upper bound)."""
    size = got["bytes"] + (got["unfinished"] if got["stopped"] else 0)
    return float(size / 1e6 / max(got["seconds"], 1e-9))


def peer_speed(got: dict[str, Any]) -> str:
    return f"{'< ' if got['stopped'] else ''}{sig(peer_rate(got))} MB/s"


def peer_stop(got: dict[str, Any], unit: str) -> str:
    """Where a stopped sample stopped: "stopped at 12.0 s in article 3 (0.00427 MB)"."""
    where = f"{unit[:-1]} {got['texts'] + 1} ({megabytes(got['unfinished'])})"
    return f"stopped at {seconds(got['seconds'])} in {where}"


def peer_sample(got: dict[str, Any], unit: str) -> str:
    if got["stopped"]:
        if not got["texts"]:
            return f"{peer_stop(got, unit)}: none done"
        return f"{peer_stop(got, unit)}: {megabytes(got['bytes'])} in {got['texts']} {unit} done, {got['found']} found"
    sample = "all" if got["all"] else "sample"
    return (
        f"{sample}: {megabytes(got['bytes'])}, {got['texts']} {unit} in {seconds(got['seconds'])}, {got['found']} found"
    )


def measure_peers(path: Path, speed: float, sizes: Sizes) -> list[Row]:
    """Each peer on the English corpus, paragraph by paragraph and article by article, each for
    ``sizes.peer_seconds`` or to the end: the faster of the two, the other in the notes."""
    rows: list[Row] = []
    limit = sizes.peer_seconds * PEER_LIMIT
    for peer in PEERS:
        runs: dict[str, dict[str, Any]] = {}
        failures: dict[str, str] = {}
        missing = ""
        for unit in probes.UNITS:
            progress(f"peer {peer.name}, {unit}")
            try:
                got = probe(
                    "peer", peer.name, str(path), unit, str(sizes.peer_seconds), str(limit), timeout=limit + PROBE_GRACE
                )
            except ProbeError as exc:
                failures[unit] = str(exc)
                continue
            if "error" in got:  # not installed: so for the other unit too
                missing = got["error"]
                break
            runs[unit] = got
        if not runs:
            if missing:
                rows.append((peer.label, missing, "", ""))
            else:
                rows.append((peer.label, "failed", "", "; ".join(f"{unit}: {why}" for unit, why in failures.items())))
            continue
        # The faster; a stopped sample gives only an upper bound, which counts only against another one.
        unit = max(runs, key=lambda u: (not runs[u]["stopped"], peer_rate(runs[u])))
        best = runs[unit]
        [other] = [u for u in probes.UNITS if u != unit]
        if other in runs:
            versus = f"{other}: {peer_speed(runs[other])}"
            if runs[other]["stopped"]:
                versus += f", {peer_stop(runs[other], other)}"
        else:
            versus = f"{other}: failed, {failures.get(other, 'no result')}"
        theirs = peer_rate(best)
        rows.append(
            (
                peer.label,
                peer_speed(best),
                f"{'> ' if best['stopped'] else ''}{sig(speed / theirs)}×",
                f"{peer.distribution} {metadata.version(peer.distribution)}; {unit} ({versus}); "
                f"{peer_sample(best, unit)}; set-up {seconds(best['setup'])}",
            )
        )
    return rows


def table(rows: Sequence[Row]) -> list[str]:
    lines = ["| measurement | result | ours/theirs | notes |", "| --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return lines


def supplied_corpora(specs: Sequence[str], parser: argparse.ArgumentParser) -> dict[str, Path]:
    """``--corpus LANG=PATH`` options as the path per language; a usage error for a malformed one."""
    packs = languages()
    paths: dict[str, Path] = {}
    for spec in specs:
        lang, sep, path = spec.partition("=")
        if not (sep and lang and path):
            parser.error(f"--corpus {spec}: expected LANG=PATH, e.g. en=articles.jsonl")
        if lang not in packs:
            parser.error(f"--corpus {spec}: no pack for {lang!r} (installed: {', '.join(packs)})")
        if lang in paths:
            parser.error(f"--corpus: two files for {lang}")
        paths[lang] = Path(path)
    return paths


def corpus_line(lang: str, path: Path, supplied: corpus.Supplied | None, mb: float) -> str:
    """Which corpus a language was measured on, for the header."""
    if supplied is None:
        records = path.read_text(encoding="utf-8").splitlines()
        size = sum(len(json.loads(line)["text"].encode()) for line in records)
        made = f"{megabytes(size)}, {len(records)} articles"
        return f"corpus {lang}: generated (benchmarks/corpus.py, seed {corpus.SEED}): {made}"
    if supplied.used < supplied.records:
        made = f"the first {supplied.used} used, {megabytes(supplied.size)} of text (--mb {mb:g})"
    elif supplied.documents > supplied.used:
        made = (
            f"{megabytes(supplied.used_size)} of text, repeated with new ids to {megabytes(supplied.size)}, "
            f"{supplied.documents} articles (--mb {mb:g})"
        )
    else:
        made = f"{megabytes(supplied.size)} of text"
    return f"corpus {lang}: {supplied.path}: {supplied.records} records, {made}"


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, help=f"corpus MB per language (default: {FULL.mb:g}; quick: {QUICK.mb:g})")
    parser.add_argument("--quick", action="store_true", help="small sizes for a smoke run (under a minute)")
    parser.add_argument("--skip-peers", action="store_true", help="measure only conflictevents")
    parser.add_argument("--out", type=Path, help="keep the corpus and outputs in DIR (default: a temporary one)")
    parser.add_argument(
        "--corpus",
        action="append",
        default=[],
        metavar="LANG=PATH",
        help="measure LANG on this JSON Lines file (records with 'text', optional 'published', 'id') instead of "
        "the generated corpus; repeated, with new ids, up to --mb; the option can be given once per language",
    )
    args = parser.parse_args(argv[1:])
    sizes = QUICK if args.quick else FULL
    if args.mb is not None:
        if args.mb <= 0:
            parser.error("--mb must be positive")
        sizes = dataclasses.replace(sizes, mb=args.mb)
    own = supplied_corpora(args.corpus, parser)
    generated, missing = corpus.covered()
    generated = [lang for lang in generated if lang not in own]
    langs = [lang for lang in languages() if lang in generated or lang in own]

    keep = contextlib.nullcontext(str(args.out)) if args.out else tempfile.TemporaryDirectory(prefix="ce-bench-")
    with keep as directory:
        work = Path(directory)
        supplied: dict[str, corpus.Supplied] = {}
        for lang, source in own.items():
            progress(f"corpus {lang}: {source}, to {sizes.mb:g} MB in {work / 'corpus'}")
            try:
                supplied[lang] = corpus.write_supplied(source, lang, sizes.mb, work / "corpus" / f"{lang}.jsonl")
            except corpus.CorpusError as exc:
                parser.exit(2, f"{parser.prog}: error: --corpus {lang}: {exc}\n")
        progress(f"corpus: {sizes.mb:g} MB per language generated in {work / 'corpus'}")
        paths = corpus.write(work / "corpus", sizes.mb, langs=generated)
        paths = {lang: paths.get(lang, work / "corpus" / f"{lang}.jsonl") for lang in langs}

        print("\n".join(header(argv)))
        for lang, path in paths.items():
            print(corpus_line(lang, path, supplied.get(lang), sizes.mb))
        unmeasured = [lang for lang in missing if lang not in own]
        if unmeasured:
            print(f"no filler prose for {', '.join(unmeasured)} (benchmarks/filler/) and no --corpus: not measured")
        if args.quick:
            print("QUICK RUN: small sizes, for a smoke test; the numbers are not to be quoted")
        throughput, starts, speed = measure_ours(paths, sizes)
        rows = [*throughput, measure_import(sizes), *starts, *measure_cli(paths, sizes, work)]
        if not args.skip_peers:
            if "en" in paths:
                rows += measure_peers(paths["en"], speed["en"], sizes)
            else:
                rows.append(("peers", "not measured", "", "they read English: no English corpus"))
    print(
        "\nMB = 10^6 bytes of UTF-8 text; ours/theirs = our English MB/s (whole articles) over theirs "
        "(paragraphs or whole articles, whichever is faster for them).\n"
    )
    print("\n".join(table(rows)))


if __name__ == "__main__":
    main(sys.argv)
