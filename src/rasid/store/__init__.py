"""The corpus store: SQLite with deduplicated stories, full-text search and statistics."""

from rasid.store.process import ProcessOptions, Summary, process
from rasid.store.store import Store

__all__ = ["ProcessOptions", "Store", "Summary", "process"]
