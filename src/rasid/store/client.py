"""A store opened for queries from Python: every helper takes the same keyword filters.

    with rasid.open("rasid.db") as store:
        for record in store.records("شمخاني", date_from="2023-01-01"):
            print(record.title, len(record.events))
        page = store.events(type="PROTEST", country="IRQ", limit=100)
        more = store.events(type="PROTEST", country="IRQ", limit=100, cursor=page.next_cursor)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rasid.model import Record
from rasid.store.export import export, matching_articles
from rasid.store.filters import Filters
from rasid.store.queries import (
    Page,
    actor_profile,
    article_record,
    list_actors,
    list_articles,
    list_events,
    list_quotes,
)
from rasid.store.search import Results, search
from rasid.store.stats import Stats, store_stats
from rasid.store.store import Store


class StoreClient:
    """Read access to a store; ``filters`` are the fields of ``Filters`` given by keyword."""

    def __init__(self, path: str | Path, create: bool = False) -> None:
        self.store = Store(path, create=create)
        self.conn = self.store.conn

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> StoreClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search(self, query: str = "", limit: int = 20, **filters: Any) -> Results:
        """Articles (one per story), quotations and events holding every word of ``query``."""
        return search(self.conn, query, Filters(**filters), limit)

    def articles(self, cursor: str | None = None, limit: int = 50, **filters: Any) -> Page:
        return list_articles(self.conn, Filters(**filters), cursor, limit)

    def article(self, article_id: int) -> dict[str, Any] | None:
        """The stored article as a contract record (a dict) with its place in the store; None if absent."""
        return article_record(self.conn, article_id)

    def records(self, query: str = "", **filters: Any) -> Iterator[Record]:
        """Every matching article as a ``Record``, in store order, read lazily."""
        for article_id in matching_articles(self.conn, query, Filters(**filters)):
            data = article_record(self.conn, article_id)
            if data is not None:
                yield Record.from_dict(data)

    def events(self, cursor: str | None = None, limit: int = 50, **filters: Any) -> Page:
        return list_events(self.conn, Filters(**filters), cursor, limit)

    def quotes(self, cursor: str | None = None, limit: int = 50, **filters: Any) -> Page:
        return list_quotes(self.conn, Filters(**filters), cursor, limit)

    def actors(self, name: str | None = None, cursor: str | None = None, limit: int = 50) -> Page:
        return list_actors(self.conn, name, cursor, limit)

    def actor(self, actor_id: int) -> dict[str, Any] | None:
        return actor_profile(self.conn, actor_id)

    def stats(self, top: int = 10, weeks: int = 12, date_from: str | None = None,
              date_to: str | None = None) -> Stats:
        return store_stats(self.conn, top, weeks, date_from, date_to)

    def export(self, fmt: str, out: IO[Any], query: str = "", once_per_story: bool = False, **filters: Any) -> int:
        """Write the matching events (records for ``jsonl``) in ``fmt``; returns how many."""
        return export(self.conn, fmt, out, query, Filters(**filters), once_per_story)
