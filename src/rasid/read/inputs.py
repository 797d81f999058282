"""Expanding input arguments (files, directories, globs, stdin) into named byte sources."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read, and why.  ``where`` names the file, line or record."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Input:
    """One input file (or standard input, read up front into ``data``)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    def open(self) -> BinaryIO:
        """A binary stream over the input's bytes."""
        if self.data is not None:
            import io

            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")

    @property
    def stem(self) -> str:
        """The document id a single-document file gets: its name without extensions."""
        name = Path(self.name).name
        for suffix in (".gz", ".html", ".htm", ".xhtml", ".txt", ".text"):
            if name.lower().endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
        return name or "stdin"


_GLOB_CHARS = set("*?[")


def expand(specs: Iterable[str], stdin: bytes | None = None) -> Iterator[Input | Failure]:
    """Yield an Input per file named by ``specs``, walking directories and globs lazily.

    Args:
        specs: paths, directories or glob patterns; ``-`` is standard input.
        stdin: the bytes of standard input, when ``-`` is among the specs.
    """
    for spec in specs:
        if spec == "-":
            yield Input(name="stdin", data=stdin or b"")
            continue
        path = Path(spec)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield Input(name=spec, path=path)
        elif _GLOB_CHARS & set(spec):
            matches = sorted(glob.iglob(spec, recursive=True))
            if not matches:
                yield Failure(spec, "no file matches this pattern")
            for match in matches:
                yield from expand([match])
        else:
            yield Failure(spec, "no such file or directory")


# Inside a directory, only files that can hold articles are read (a README.md beside a corpus is
# not one); a file named on the command line is always read.
ARTICLE_SUFFIXES = frozenset(
    {"", ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json", ".warc", ".arc", ".gz"}
)


def _walk(root: Path) -> Iterator[Input]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                path = Path(folder) / name
                yield Input(name=str(path), path=path)
