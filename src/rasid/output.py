"""Writing results: to standard output, or to a file that appears whole or not at all."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any


class AtomicOutput:
    """A sink: stdout, or a temporary file renamed onto ``path`` only on success.

    Text by default; ``binary=True`` gives a byte stream (stdout's buffer when no path is given).
    """

    def __init__(self, path: str | None, binary: bool = False) -> None:
        self._path = Path(path) if path and path != "-" else None
        self._tmp: str | None = None
        self._binary = binary
        self.stream: IO[Any] = sys.stdout.buffer if binary else sys.stdout

    def __enter__(self) -> IO[Any]:
        if self._path is not None:
            folder = self._path.parent if str(self._path.parent) else Path(".")
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self._path.name}.", suffix=".part", dir=folder)
            self.stream = os.fdopen(fd, "wb") if self._binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self.stream

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._path is None:
            self.stream.flush()
            return
        self.stream.close()
        assert self._tmp is not None
        if kind is None:
            os.replace(self._tmp, self._path)
        else:
            os.unlink(self._tmp)
