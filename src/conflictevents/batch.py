"""Many documents at once: :func:`extract_many`, in one process or several.

Records are read lazily and their results come out in input order, with a bounded
number of records in flight, so memory stays flat however long the input is.

With ``jobs > 1`` worker processes extract chunks of records. Where the platform can
``fork``, the workers are forked after this process has compiled the packs that the
first records need, so they share those packs instead of compiling their own. Records
and results travel between the processes as JSON text, never as Python objects: input
is only ever read as text.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as _dt
import itertools
import json
import math
import multiprocessing
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, TextIO, TypeAlias

import attrs

from .api import _check_timeout, _type_names, extract, parse_published
from .errors import ConflictEventsError, UnknownLanguageError
from .identify import LangDetails
from .model import EVENT_TYPES, Document, Event, SlotKind, slots_of
from .records import Record, RecordError, RecordResult, record_from_mapping
from .registry import compiled_pack, detect_language, languages

__all__ = ["RECORDS", "ProgressLine", "extract_many"]

#: The ``path`` of the records given to :func:`extract_many`; one without an ``id`` is
#: named ``<records>:N``, its position in the input counting from 1.
RECORDS = "<records>"

# A worker is handed this many records at a time, or fewer that hold this many characters.
# At this engine's speed a chunk is well under a second of work, so the last chunks keep
# the other workers waiting only briefly, and the messages around it cost next to nothing.
CHUNK_RECORDS = 64
CHUNK_CHARS = 32_000
# Chunks read ahead per worker: held by it, or done and waiting for an earlier one.
CHUNKS_PER_WORKER = 3

_Item: TypeAlias = Record | RecordError
# What a worker sends back for a record: its document as in Document.as_dict(), or an error message.
_Outcome: TypeAlias = dict[str, Any] | str
# Each record with its result, in input order.
_Pairs: TypeAlias = Generator[tuple[_Item, RecordResult], None, None]


@attrs.frozen
class _Options:
    """What every record is extracted with; a record's own ``lang`` and ``published`` win."""

    lang: str
    published: _dt.date | None
    types: tuple[str, ...] | None
    timeout: float | None

    def settings(self, record: Record) -> tuple[str, _dt.date | None]:
        """The language and publication date to extract a record with."""
        return record.lang or self.lang, record.published or self.published


def extract_many(
    records: Iterable[str | Mapping[str, Any] | Record | RecordError],
    *,
    lang: str = "auto",
    published: _dt.date | str | None = None,
    types: Iterable[str | type[Event]] | None = None,
    timeout: float | None = None,
    jobs: int = 1,
    progress: bool | Callable[[int, int], object] | None = None,
) -> Generator[RecordResult, None, None]:
    """The events of many documents, streamed: one :class:`~conflictevents.RecordResult` per record, in input order.

    :param records: the documents, read one at a time as results are wanted: texts
        (``str``), or mappings with a ``text`` and optionally an ``id``, a ``lang`` and
        a ``published`` date, as the lines of a JSON Lines input; also a
        :class:`~conflictevents.Record`, or a :class:`~conflictevents.RecordError` that
        stands for a record a reader already failed. A record without an ``id`` is
        named ``<records>:N``, N its position counting from 1.
    :param lang: the language of records that give none, as in :func:`~conflictevents.extract`.
    :param published: the publication date of records that give none.
    :param types: run only these extractors, as in :func:`~conflictevents.extract`.
    :param timeout: seconds that matching one document may take, as in :func:`~conflictevents.extract`.
    :param jobs: how many processes extract: ``1`` (the default) extracts in this
        process; more start that many worker processes, e.g. ``os.cpu_count()``.
    :param progress: by default (``None``), a line on standard error shows the
        documents done, the MB of text and the rate while standard error is a terminal
        (:class:`~conflictevents.batch.ProgressLine`); ``True`` shows it always, ``False`` never. A function
        is called instead after each record with the number of records done and the
        size of their texts in bytes (UTF-8).
    :returns: a generator of results. A record that cannot be extracted (a missing
        ``text``, an invalid date, an unknown language, a time-out, a worker process
        that stopped) gets a result with an ``error`` instead of a ``document``: no
        record is dropped. Records are read ahead only a few chunks of 64 beyond the
        results taken, so memory stays flat on any input. Close the generator (or let
        it be collected) to stop the workers before the end.
    :raises TypeError: if ``records`` is not iterable or is one record (a ``str`` or a
        mapping), or another argument is of the wrong type.
    :raises ValueError: if ``published`` is not a valid date, an event type is
        unknown, ``timeout`` is not positive or ``jobs`` is less than 1.
    :raises UnknownLanguageError: if no pack is installed for ``lang``.
    """
    if isinstance(records, (str, bytes, Mapping)):  # iterable, but one record (or its characters), not many
        raise TypeError(f"records must be a collection of records, e.g. [text], not one {type(records).__name__}")
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a language code (str), not {type(lang).__name__}")
    if lang != "auto" and lang not in languages():
        raise UnknownLanguageError(f"no language pack for {lang!r}; installed: {', '.join(languages())}")
    names = _type_names(types)
    _check_timeout(timeout)
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be a number of processes (int), not {type(jobs).__name__}")
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    options = _Options(lang, parse_published(published), None if names is None else tuple(names), timeout)
    items = (_as_record(item, n) for n, item in enumerate(records, start=1))
    show = sys.stderr.isatty() if progress is None else progress is True
    line = ProgressLine(sys.stderr) if show else None
    report = line.update if line is not None else progress if callable(progress) else None
    pairs = _in_process(items, options) if jobs == 1 else _pooled(items, options, jobs)
    return _report(pairs, report, line)


class ProgressLine:
    """One line on a terminal, rewritten in place: documents done, MB of text, MB/s.

    What :func:`~conflictevents.extract_many` shows on standard error when it is a
    terminal; call :meth:`update` as its ``progress``, and :meth:`clear` before writing
    other text.
    """

    # Redraws per second, at most: enough to look alive, too few to cost anything.
    RATE = 10

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.start = time.monotonic()
        self.drawn = -math.inf  # the first update is drawn at once
        self.width = 0

    def update(self, documents: int, size: int) -> None:
        """Show ``documents`` done and ``size`` bytes of their text (redrawn at most ``RATE`` times a second)."""
        now = time.monotonic()
        if now - self.drawn < 1 / self.RATE:
            return
        self.drawn = now
        megabytes = size / 1e6
        line = f"conflictevents: {documents} documents, {megabytes:.1f} MB, {megabytes / (now - self.start):.2f} MB/s"
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def clear(self) -> None:
        """Blank the line, before other text is written to the stream."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def _as_record(item: object, position: int) -> _Item:
    if isinstance(item, (Record, RecordError)):
        return item
    fallback_id = f"{RECORDS}:{position}"
    if isinstance(item, str):
        return Record(fallback_id, item, RECORDS, position)
    if isinstance(item, Mapping):
        return record_from_mapping(item, fallback_id, RECORDS, position)
    message = f"a record must be a str or a mapping with a 'text', not {type(item).__name__}"
    return RecordError(message, doc_id=fallback_id, path=RECORDS, line=position)


def _report(
    pairs: _Pairs, progress: Callable[[int, int], object] | None, line: ProgressLine | None
) -> Generator[RecordResult, None, None]:
    """The results, with ``progress`` called after each; ``line``, the progress line to blank at the end."""
    done = size = 0
    try:
        with contextlib.closing(pairs):  # stops the workers when the caller stops early
            for record, result in pairs:
                if progress is not None:
                    done += 1
                    size += len(record.text.encode("utf-8", "surrogatepass")) if isinstance(record, Record) else 0
                    progress(done, size)
                yield result
    finally:
        if line is not None:
            line.clear()


def _extract(text: str, lang: str, published: _dt.date | None, options: _Options) -> Document | str:
    """The document of one text, or the message that says why there is none."""
    try:
        return extract(text, lang=lang, published=published, types=options.types, timeout=options.timeout)
    except ConflictEventsError as exc:
        return str(exc)
    except Exception as exc:  # a bug of ours: reported for this record, and the run goes on
        return f"internal error, please report it: {type(exc).__name__}: {exc}"


def _result(record: Record, found: Document | _Outcome, options: _Options) -> RecordResult:
    if isinstance(found, str):
        return RecordResult(record.id, error=record.error(found))
    if isinstance(found, dict):
        found = _document(found, options.settings(record)[1])
    return RecordResult(record.id, document=found)


def _in_process(items: Iterable[_Item], options: _Options) -> _Pairs:
    for item in items:
        if isinstance(item, RecordError):
            yield item, RecordResult(item.doc_id, error=item)
        else:
            yield item, _result(item, _extract(item.text, *options.settings(item), options), options)


# Between processes a document is its Document.as_dict() and its lang_details: the fields
# of each event type that hold dates are ISO strings there.
_DATE_FIELDS = {
    name: {field for field, kind in slots_of(cls).items() if kind is SlotKind.DATE} for name, cls in EVENT_TYPES.items()
}


def _transported(document: Document) -> dict[str, Any]:
    details = document.lang_details
    return {**document.as_dict(), "lang_details": None if details is None else attrs.asdict(details)}


def _document(data: dict[str, Any], published: _dt.date | None) -> Document:
    """The document that :func:`_transported` made ``data`` of."""
    events = []
    for fields in data["events"]:
        name = fields.pop("type")
        dates = _DATE_FIELDS[name]
        values: dict[str, Any] = {
            k: _dt.date.fromisoformat(v) if k in dates and v is not None else v for k, v in fields.items()
        }
        events.append(EVENT_TYPES[name](**values))
    details = data["lang_details"]
    return Document(
        lang=data["lang"],
        published=published,
        events=tuple(events),
        lang_details=None if details is None else LangDetails(**details),
    )


def _encode(value: object) -> bytes:
    # Lone surrogates (escaped in a JSON input) cross as they are.
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> Any:
    return json.loads(data.decode("utf-8", "surrogatepass"))


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """SIGINT held back in this thread (and in a process started meanwhile), then let through.

    A Ctrl-C between a worker's start and its ignoring Ctrl-C would otherwise end it with
    a traceback; held back, it reaches this process once the worker is started.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _work(inbox: Connection, outbox: Connection, options: _Options) -> None:
    """A worker process: extract each chunk it is sent, and send back the outcome of each record."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    # A thread takes the chunks in as they come, so that the parent never waits on a full
    # pipe to send one while this worker waits to send it results.
    chunks: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

    def receive() -> None:
        with contextlib.suppress(EOFError, OSError):  # the parent is gone
            while True:
                chunks.put(inbox.recv_bytes())
        chunks.put(None)

    threading.Thread(target=receive, daemon=True).start()
    while (data := chunks.get()) is not None:
        outcomes: list[_Outcome] = []
        for text, lang, published in _decode(data):
            found = _extract(text, lang, None if published is None else _dt.date.fromisoformat(published), options)
            outcomes.append(found if isinstance(found, str) else _transported(found))
        try:
            outbox.send_bytes(_encode(outcomes))
        except OSError:  # the parent is gone
            return


@attrs.define
class _Chunk:
    """Consecutive records, and their results as they come in."""

    records: list[_Item]
    results: list[RecordResult | None]

    @classmethod
    def of(cls, records: list[_Item]) -> _Chunk:
        return cls(records, [RecordResult(r.doc_id, error=r) if isinstance(r, RecordError) else None for r in records])

    def complete(self) -> bool:
        return None not in self.results

    def pairs(self) -> Iterator[tuple[_Item, RecordResult]]:
        for record, result in zip(self.records, self.results, strict=True):
            assert result is not None  # only complete chunks are taken
            yield record, result


@attrs.define
class _Task:
    """Records of a chunk (by index) for one worker."""

    chunk: _Chunk
    indices: list[int]

    def records(self) -> list[Record]:
        found = [self.chunk.records[i] for i in self.indices]
        assert all(isinstance(r, Record) for r in found)  # failed records are never sent
        return found  # type: ignore[return-value]

    def fill(self, outcomes: Iterable[_Outcome], options: _Options) -> None:
        for i, record, outcome in zip(self.indices, self.records(), outcomes, strict=True):
            self.chunk.results[i] = _result(record, outcome, options)


class _Worker:
    """A worker process, the pipes to and from it, and the tasks it holds, in the order sent."""

    # Tasks a worker holds: the one it works on and the next, which it starts without
    # waiting for this process to take the results of the first.
    DEPTH = 2

    def __init__(self, context: BaseContext, options: _Options) -> None:
        inbox, self.inbox = context.Pipe(duplex=False)
        self.outbox, outbox = context.Pipe(duplex=False)
        # Every context has a Process; the type stubs declare it on each kind of context alone.
        self.process: BaseProcess = context.Process(target=_work, args=(inbox, outbox, options), daemon=True)  # type: ignore[attr-defined]
        _flush_std_streams()
        with _sigint_blocked():  # the worker starts with Ctrl-C held back, until it ignores it
            self.process.start()
        # Without this process's copies of the worker's ends, a worker that dies reads as the
        # end of its outbox, and workers forked later do not hold them.
        inbox.close()
        outbox.close()
        self.held: collections.deque[_Task] = collections.deque()

    def give(self, task: _Task, options: _Options) -> None:
        """Send a task; ``OSError`` if the worker is gone."""
        jobs = []
        for record in task.records():
            lang, published = options.settings(record)
            jobs.append([record.text, lang, None if published is None else published.isoformat()])
        self.inbox.send_bytes(_encode(jobs))
        self.held.append(task)

    def stop(self) -> None:
        self.process.terminate()
        self.process.join()
        self.inbox.close()
        self.outbox.close()


def _flush_std_streams() -> None:
    # A forked worker flushes the standard streams it inherited when it ends: whatever they
    # hold at the fork would be written twice.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):  # closed, or nobody reading: nothing to repeat
                stream.flush()


def _context() -> BaseContext:
    # fork lets the workers share the packs compiled here; elsewhere each worker compiles its
    # own. macOS has fork, but system libraries that the caller may have used break under it.
    forks = sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if forks else None)


def _compile_packs(records: Iterable[_Item], options: _Options) -> None:
    """Compile here the packs that ``records`` need, for forked workers to inherit."""
    codes = set()
    for record in records:
        if isinstance(record, Record) and record.text.strip():
            code = record.lang or options.lang
            if code == "auto":
                with contextlib.suppress(ConflictEventsError):  # the worker reports it for the record
                    codes.add(detect_language(record.text))
            else:
                codes.add(code)
    for code in sorted(codes):
        with contextlib.suppress(ConflictEventsError):
            compiled_pack(code)


def _chunks(items: Iterable[_Item]) -> Iterator[list[_Item]]:
    chunk: list[_Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item.text) if isinstance(item, Record) else 0
        if len(chunk) >= CHUNK_RECORDS or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _stopped(code: int | None) -> str:
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
    return f"exit status {code}"


def _pooled(items: Iterable[_Item], options: _Options, jobs: int) -> _Pairs:
    chunks = _chunks(items)
    head = list(itertools.islice(chunks, 2))
    if len(head) < 2:  # the whole input is one chunk: one process does it as fast
        yield from _in_process(itertools.chain.from_iterable(head), options)
        return
    context = _context()
    if context.get_start_method() == "fork":
        _compile_packs(itertools.chain.from_iterable(head), options)
    yield from _Pool(context, options, jobs, itertools.chain(head, chunks)).run()


class _Pool:
    """Worker processes, and the chunks read for them, taken back in input order."""

    def __init__(self, context: BaseContext, options: _Options, jobs: int, chunks: Iterator[list[_Item]]) -> None:
        self.context = context
        self.options = options
        self.jobs = jobs
        self.chunks = chunks
        self.pending: collections.deque[_Chunk] = collections.deque()  # in input order, until their results are taken
        self.todo: collections.deque[_Task] = collections.deque()  # waiting for a worker
        self.workers: list[_Worker] = []
        self.exhausted = False

    def run(self) -> _Pairs:
        try:
            for _ in range(self.jobs):
                self.workers.append(_Worker(self.context, self.options))
            while True:
                self._read()
                if not self.pending:  # nothing read, nothing left: the input is done
                    return
                self._hand_out()
                if not self.pending[0].complete():
                    self._collect()
                while self.pending and self.pending[0].complete():
                    yield from self.pending.popleft().pairs()
        finally:
            for worker in self.workers:
                worker.stop()

    def _read(self) -> None:
        """Read chunks while a worker has room for one, up to the chunks read ahead."""
        room = sum(_Worker.DEPTH - len(w.held) for w in self.workers)
        while len(self.todo) < room and len(self.pending) < CHUNKS_PER_WORKER * self.jobs and not self.exhausted:
            records = next(self.chunks, None)
            if records is None:
                self.exhausted = True
                return
            chunk = _Chunk.of(records)
            self.pending.append(chunk)
            indices = [i for i, result in enumerate(chunk.results) if result is None]
            if indices:
                self.todo.append(_Task(chunk, indices))

    def _hand_out(self) -> None:
        while self.todo and self.workers:
            worker = min(self.workers, key=lambda w: len(w.held))
            if len(worker.held) == _Worker.DEPTH:
                return
            task = self.todo.popleft()
            try:
                worker.give(task, self.options)
            except OSError:  # it stopped
                self.todo.appendleft(task)
                self._lost(worker)

    def _collect(self) -> None:
        """Wait for results, and take them in once the workers have their next tasks."""
        busy = [w for w in self.workers if w.held]
        if not busy:
            raise ChildProcessError("the worker processes stopped")
        received = []
        for ready in wait([w.outbox for w in busy]):
            worker = next(w for w in busy if w.outbox is ready)
            try:
                data = worker.outbox.recv_bytes()
            except (EOFError, OSError):
                self._lost(worker)
            else:
                received.append((worker.held.popleft(), data))
        self._read()
        self._hand_out()
        for task, data in received:
            task.fill(_decode(data), self.options)

    def _lost(self, worker: _Worker) -> None:
        """A worker stopped: another takes its tasks, the one it was working on record by record."""
        worker.process.join()
        how = _stopped(worker.process.exitcode)
        with contextlib.suppress(EOFError, OSError):  # what it finished before, still in its outbox
            while worker.held:
                data = worker.outbox.recv_bytes()
                worker.held.popleft().fill(_decode(data), self.options)
        worker.stop()
        self.workers.remove(worker)
        if not worker.held:
            # Stopped between tasks (killed from outside): nothing to retry, and no other is
            # started, so that where workers cannot last the run ends with an error, not forks forever.
            return
        self.workers.append(_Worker(self.context, self.options))
        current, *waiting = worker.held
        self.todo.extendleft(reversed(waiting))
        if len(current.indices) > 1:  # which of them stopped it is unknown: each is tried on its own
            self.todo.extendleft(_Task(current.chunk, [i]) for i in reversed(current.indices))
        else:
            current.fill([f"the worker process stopped while extracting this record ({how})"], self.options)
