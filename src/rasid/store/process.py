"""`rasid process`: read every input, analyse in a process pool, store with duplicates grouped.

The main process reads and stores; the pool analyses.  Documents already stored are recognised
by their key before any analysis, so a second run over the same inputs, or a run resumed after an
interruption, only does the work that is missing.  Results come back in input order, so the
store (and its story clusters) is the same whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import BinaryIO, TypeVar

from rasid.analysis import Pipeline
from rasid.model import Article
from rasid.progress import ProcessProgress
from rasid.read.dispatch import ReadOptions, read_input
from rasid.read.inputs import Failure, Input, expand
from rasid.store.analysed import Analysed, analyse, document_key
from rasid.store.store import Store

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ProcessOptions:
    """How a run uses the machine.

    Attributes:
        workers: analysis processes (1: analyse in the main process).
        commit_every: documents per transaction; an interrupted run redoes at most this many.
        chunk_size: documents sent to a worker at once.
        lexicon_files: extra lexicon files, read after the bundled ones.
        ner: add the statistical tagger's entities (about three times the analysis time).
    """

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    commit_every: int = 200
    chunk_size: int = 16
    lexicon_files: tuple[Path, ...] = ()
    ner: bool = False
    read: ReadOptions = field(default_factory=ReadOptions)

    def __post_init__(self) -> None:
        if self.workers < 1 or self.commit_every < 1 or self.chunk_size < 1:
            raise ValueError("workers, commit_every and chunk_size must be at least 1")


@dataclass(slots=True)
class Summary:
    """What a run did."""

    read: int = 0
    new: int = 0
    copies: int = 0
    near: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        return self.new + self.copies + self.near

    def __str__(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        return (f"{self.read:,} documents read in {self.seconds:.1f} s ({rate:,.0f}/s): {self.stored:,} stored"
                f" ({self.new:,} new stories, {self.copies:,} exact copies, {self.near:,} near-duplicates),"
                f" {self.skipped:,} already stored, {self.failed:,} failed")


class _TrackedInput:
    """An Input that remembers its open stream, so that progress can read the position in it."""

    def __init__(self, item: Input) -> None:
        self.item, self.name, self.stem = item, item.name, item.stem
        self.stream: BinaryIO | None = None

    def open(self) -> BinaryIO:
        self.stream = self.item.open()
        return self.stream

    def position(self) -> int:
        try:
            return self.stream.tell() if self.stream is not None else 0
        except (ValueError, OSError):  # closed: the reader is done with it
            return 0


class _Inputs:
    """The inputs of a run, their total size, and how many of their bytes have been read."""

    def __init__(self, specs: Iterable[str], stdin: bytes | None) -> None:
        self.items: list[Input | Failure] = list(expand(specs, stdin))
        self.total_bytes = sum(_size(i) for i in self.items if isinstance(i, Input))
        self._done = 0
        self._current: _TrackedInput | None = None

    @property
    def bytes_done(self) -> int:
        return self._done + (self._current.position() if self._current else 0)

    def documents(self, options: ReadOptions) -> Iterator[Article | Failure]:
        for item in self.items:
            if isinstance(item, Failure):
                yield item
                continue
            self._current = _TrackedInput(item)
            yield from read_input(self._current, options)  # type: ignore[arg-type]
            self._current = None
            self._done += _size(item)


def _size(item: Input) -> int:
    if item.data is not None:
        return len(item.data)
    try:
        return item.path.stat().st_size if item.path else 0
    except OSError:
        return 0


# -- the pool's side ---------------------------------------------------------------------------

_pipeline: Pipeline | None = None


def _start_worker(lexicon_files: tuple[Path, ...], ner: bool) -> None:
    global _pipeline
    if _pipeline is None or (_pipeline.ner is not None) != ner:  # forked workers inherit the parent's
        _pipeline = Pipeline.load(lexicon_files, ner=ner)


def _analyse_chunk(chunk: list[tuple[str, Article]]) -> list[Analysed | Failure]:
    assert _pipeline is not None
    results: list[Analysed | Failure] = []
    for key, article in chunk:
        try:
            results.append(analyse(_pipeline, article, key))
        except Exception as exc:  # one document's bug must not stop the run
            results.append(Failure(article.id, f"analysis failed ({type(exc).__name__}: {exc})"))
    return results


def _groups(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter)."""
    group: list[T] = []
    for item in items:
        group.append(item)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def _pool(workers: int, lexicon_files: tuple[Path, ...], ner: bool) -> Pool:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return context.Pool(workers, initializer=_start_worker, initargs=(lexicon_files, ner))


# -- the main process --------------------------------------------------------------------------

def process(specs: Iterable[str], db: str | Path, options: ProcessOptions = ProcessOptions(),
            stdin: bytes | None = None, progress: ProcessProgress | None = None) -> Summary:
    """Read, analyse and store every document of ``specs`` into the store at ``db``.

    Failures (unreadable inputs, documents whose analysis fails) are reported through
    ``progress`` and counted; the rest of the batch goes on.  On an interruption the open
    transaction is rolled back: the store keeps every committed document, and a new run over the
    same inputs continues from there.
    """
    started = time.perf_counter()
    summary = Summary()
    inputs = _Inputs(specs, stdin)
    progress = progress or ProcessProgress(inputs.total_bytes)
    _start_worker(options.lexicon_files, options.ner)  # before forking, so that workers share it
    pool = _pool(options.workers, options.lexicon_files, options.ner) if options.workers > 1 else None
    try:
        with Store(db) as store, progress:
            todo = _new_documents(inputs, store, options, summary, progress)
            results = _analysed(todo, pool, options)
            for batch in _groups(results, options.commit_every):
                with store.transaction():
                    statuses = [_store_one(store, result, progress) for result in batch]
                _count(summary, statuses)  # after the commit: a rolled-back batch stored nothing
                progress.update(summary.read, inputs.bytes_done)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        summary.seconds = time.perf_counter() - started
    return summary


def _new_documents(inputs: _Inputs, store: Store, options: ProcessOptions, summary: Summary,
                   progress: ProcessProgress) -> Iterator[tuple[str, Article]]:
    """Documents to analyse: read failures are reported, documents already stored are skipped."""
    keys_this_run: set[str] = set()
    for item in inputs.documents(options.read):
        if isinstance(item, Failure):
            summary.failed += 1
            progress.failure(f"rasid: error: {item}")
            continue
        summary.read += 1
        key = document_key(item)
        if key in keys_this_run or store.has(key):
            summary.skipped += 1
            progress.update(summary.read, inputs.bytes_done)
            continue
        keys_this_run.add(key)
        yield key, item


def _analysed(todo: Iterator[tuple[str, Article]], pool: Pool | None, options: ProcessOptions
              ) -> Iterator[Analysed | Failure]:
    """Analysis results in input order; at most a few chunks per worker are in flight."""
    if pool is None:
        for chunk in _groups(todo, options.chunk_size):
            yield from _analyse_chunk(chunk)
        return
    window: deque[AsyncResult[list[Analysed | Failure]]] = deque()
    for chunk in _groups(todo, options.chunk_size):
        window.append(pool.apply_async(_analyse_chunk, (chunk,)))
        if len(window) >= 3 * options.workers:
            yield from window.popleft().get()
    while window:
        yield from window.popleft().get()


def _store_one(store: Store, result: Analysed | Failure, progress: ProcessProgress) -> str:
    if isinstance(result, Failure):
        progress.failure(f"rasid: error: {result}")
        return "failed"
    return store.add(result).status


def _count(summary: Summary, statuses: list[str]) -> None:
    for status in statuses:
        if status == "failed":
            summary.failed += 1
        elif status == "copy":
            summary.copies += 1
        elif status == "near":
            summary.near += 1
        else:
            summary.new += 1
