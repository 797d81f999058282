"""rasid (راصد): structured, explainable event data from Arabic news.

The Python API (loaded on first use, so that ``import rasid`` stays instant):

- ``rasid.analyze(text, *, html=None, title=None, published=None, source=None, url=None)`` → Record
- ``rasid.open(path)`` → a store client: ``search``, ``articles``, ``article``, ``records``,
  ``events``, ``quotes``, ``actors``, ``actor``, ``stats``, ``export``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from pathlib import Path

    from rasid.model import Record
    from rasid.store.client import StoreClient


def analyze(text: str = "", **kwargs: Any) -> Record:
    """The full record (entities, quotations, events) of one text; see ``rasid.api.analyze``."""
    from rasid.api import analyze as _analyze

    return _analyze(text, **kwargs)


def open(path: str | Path, create: bool = False) -> StoreClient:  # shadows open() here: rasid.open reads well
    """Open a store for queries; see ``rasid.store.client.StoreClient``."""
    from rasid.api import open_store

    return open_store(path, create=create)
