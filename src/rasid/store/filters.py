"""The filters every store query shares (search, listings, exports, the HTTP API) as SQL.

Values always travel as parameters; the only text put into SQL is made here from constants and
from integers read out of the store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from rasid.text.fold import fold_text


@dataclass(frozen=True, slots=True)
class Filters:
    """What narrows a query; every field is optional.

    Attributes:
        date_from, date_to: publication dates, inclusive (YYYY-MM-DD).
        type: a PLOVER event type (events; articles and quotations of articles holding one).
        actor: a name (folded, part of it is enough), an English name, a code or a knowledge-base id.
        country: a country code (IRN): actors whose code starts with it.
        source: the site or collection (part of its name).
    """

    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None
    actor: str | None = None
    country: str | None = None
    source: str | None = None


class Where:
    """SQL conditions and their parameters, built up one filter at a time."""

    def __init__(self) -> None:
        self.sql: list[str] = []
        self.params: list[object] = []

    def add(self, sql: str, *params: object) -> None:
        self.sql.append(sql)
        self.params.extend(params)

    def first(self, sql: str, *params: object) -> None:
        """A condition that must come first (an FTS MATCH, whose parameter leads)."""
        self.sql.insert(0, sql)
        self.params[:0] = params

    def __str__(self) -> str:
        return " AND ".join(self.sql) or "1"


@dataclass(frozen=True, slots=True)
class ActorSet:
    """The actors a filter selects, as ids read from the store (safe to put into SQL)."""

    ids: tuple[int, ...]

    def sql(self) -> str:
        return ",".join(str(int(i)) for i in self.ids) or "NULL"


def actor_set(conn: sqlite3.Connection, filters: Filters) -> ActorSet | None:
    """The actors matching the actor and country filters; None when neither is given."""
    if not filters.actor and not filters.country:
        return None
    where = Where()
    if filters.actor:
        folded = fold_text(filters.actor).strip()
        where.add("(name_folded LIKE ? OR lower(name_en) LIKE ? OR code = ? OR key = ?)",
                  f"%{folded}%", f"%{filters.actor.lower()}%", filters.actor.upper(), filters.actor)
    if filters.country:
        where.add("code LIKE ?", filters.country.upper().replace("%", "").replace("_", "") + "%")
    return ActorSet(tuple(r[0] for r in conn.execute(f"SELECT id FROM actors WHERE {where}", where.params)))


def dates_and_source(filters: Filters) -> Where:
    """Conditions on ``articles a``: publication dates and site."""
    where = Where()
    if filters.date_from:
        where.add("substr(a.published, 1, 10) >= ?", filters.date_from)
    if filters.date_to:
        where.add("substr(a.published, 1, 10) <= ?", filters.date_to)
    if filters.source:
        where.add("a.source LIKE ?", f"%{filters.source}%")
    return where


def _holds_type(where: Where, filters: Filters) -> None:
    if filters.type:
        where.add("EXISTS (SELECT 1 FROM events t WHERE t.article_id = a.id AND t.type = ?)", filters.type.upper())


def article_where(filters: Filters, actors: ActorSet | None) -> Where:
    """Conditions on ``articles a``."""
    where = dates_and_source(filters)
    _holds_type(where, filters)
    if actors is not None:
        where.add(f"EXISTS (SELECT 1 FROM entities n WHERE n.article_id = a.id AND n.actor_id IN ({actors.sql()}))")
    return where


def quote_where(filters: Filters, actors: ActorSet | None) -> Where:
    """Conditions on ``quotes q JOIN articles a``."""
    where = dates_and_source(filters)
    _holds_type(where, filters)
    if actors is not None:
        where.add(f"q.speaker_actor_id IN ({actors.sql()})")
    return where


def event_where(filters: Filters, actors: ActorSet | None) -> Where:
    """Conditions on ``events e JOIN articles a``."""
    where = dates_and_source(filters)
    if filters.type:
        where.add("e.type = ?", filters.type.upper())
    if actors is not None:
        ids = actors.sql()
        where.add(f"(e.source_actor_id IN ({ids}) OR e.target_actor_id IN ({ids}))")
    return where
