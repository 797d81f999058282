"""Progress on long batches: a live line on an interactive terminal, nothing otherwise."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


class BatchProgress:
    """Counts documents read and failed; shows documents/s while a terminal watches.

    Failure messages go through the same console so that they never garble the live line.
    """

    def __init__(self, label: str, enabled: bool | None = None) -> None:
        self._enabled = sys.stderr.isatty() if enabled is None else enabled
        self._console = Console(stderr=True, highlight=False, soft_wrap=True)
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}: {task.completed:,.0f} documents ({task.fields[rate]}/s),"
                       " {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=self._console,
            transient=True,
            disable=not self._enabled,
        )
        self._task = self._progress.add_task(label, total=None, failed=0, rate=0)
        self._started = time.perf_counter()
        self.read = 0
        self.failed = 0

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._progress.stop()

    def document(self) -> None:
        """One more document read."""
        self.read += 1
        if self._enabled:
            rate = round(self.read / max(time.perf_counter() - self._started, 1e-6))
            self._progress.update(self._task, advance=1, rate=rate)

    def failure(self, message: str) -> None:
        """One more document failed: say so on stderr."""
        self.failed += 1
        self._progress.update(self._task, failed=self.failed)
        if self._enabled:
            self._console.print(message, markup=False)
        else:
            print(message, file=sys.stderr)


class ProcessProgress:
    """A progress bar over the input bytes (so that it has an ETA), with documents/s and failures."""

    def __init__(self, total_bytes: int, enabled: bool | None = None) -> None:
        self._enabled = sys.stderr.isatty() if enabled is None else enabled
        self.console = Console(stderr=True, highlight=False, soft_wrap=True)
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("process"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[documents]:,} documents ({task.fields[rate]}/s), {task.fields[failed]} failed"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
            disable=not self._enabled,
        )
        self._task = self._progress.add_task("process", total=max(total_bytes, 1), documents=0, rate=0, failed=0)
        self._started = time.perf_counter()
        self._last = 0.0
        self.documents = 0
        self.failed = 0

    def __enter__(self) -> ProcessProgress:
        self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._progress.stop()

    def update(self, documents: int, bytes_done: int) -> None:
        """Documents stored (or skipped) so far, and input bytes consumed; redrawn at most 10 times a second."""
        self.documents = documents
        now = time.perf_counter()
        if self._enabled and now - self._last >= 0.1:
            self._last = now
            rate = round(documents / max(now - self._started, 1e-6))
            self._progress.update(self._task, completed=bytes_done, documents=documents, rate=rate)

    def failure(self, message: str) -> None:
        """One more document failed: say so on stderr without garbling the bar."""
        self.failed += 1
        self._progress.update(self._task, failed=self.failed)
        if self._enabled:
            self.console.print(message, markup=False)
        else:
            print(message, file=sys.stderr)
