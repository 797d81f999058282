"""Counting a store: how much it holds, who acts most, who acts on whom, event types by week.

Events are counted once per story (copies of a story share ``story_event_id``), so a wire story
reprinted by ten sites does not weigh ten times.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from rasid.store.filters import Filters, dates_and_source


@dataclass
class Stats:
    counts: dict[str, int]
    top_actors: list[tuple[int, str, str | None, int]]  # store id, name, code, events (as source or target)
    top_dyads: list[tuple[str, str, int]]  # source, target, events
    weeks: list[str]  # ISO weeks, oldest first
    types_by_week: dict[str, dict[str, int]]  # type -> week -> events

    def to_dict(self) -> dict:
        return {
            "counts": self.counts,
            "top_actors": [{"id": i, "name": n, "code": c, "events": k} for i, n, c, k in self.top_actors],
            "top_dyads": [{"source": s, "target": t, "events": k} for s, t, k in self.top_dyads],
            "types_by_week": {t: {w: by_week.get(w, 0) for w in self.weeks} for t, by_week in self.types_by_week.items()},
        }


def store_stats(conn: sqlite3.Connection, top: int = 10, weeks: int = 12,
                date_from: str | None = None, date_to: str | None = None) -> Stats:
    """Counts, the ``top`` actors and dyads, and event types over the last ``weeks`` weeks with data."""
    dates = dates_and_source(Filters(date_from=date_from, date_to=date_to))
    where, params = str(dates), dates.params

    def one(sql: str) -> int:
        return int(conn.execute(sql.format(where=where), params).fetchone()[0])

    counts = {
        "articles": one("SELECT COUNT(*) FROM articles a WHERE {where}"),
        "stories": one("SELECT COUNT(DISTINCT cluster_id) FROM articles a WHERE {where}"),
        "exact_copies": one("SELECT COUNT(*) FROM articles a WHERE {where} AND similarity = 1.0"),
        "near_duplicates": one("SELECT COUNT(*) FROM articles a WHERE {where} AND similarity < 1.0"),
        "sources": one("SELECT COUNT(DISTINCT source) FROM articles a WHERE {where}"),
        "events": one("SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}"),
        "events_once_per_story": one(
            "SELECT COUNT(DISTINCT story_event_id) FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}"),
        "quotes": one("SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {where}"),
        "actors": one("SELECT COUNT(DISTINCT n.actor_id) FROM entities n JOIN articles a ON a.id = n.article_id"
                      " WHERE {where}"),
    }
    top_actors = conn.execute(
        f"""SELECT r.id, r.name, r.code, COUNT(DISTINCT x.story) FROM (
              SELECT e.source_actor_id AS actor, e.story_event_id AS story, e.article_id AS article FROM events e
              UNION ALL
              SELECT e.target_actor_id, e.story_event_id, e.article_id FROM events e
            ) x JOIN actors r ON r.id = x.actor JOIN articles a ON a.id = x.article
            WHERE {where} GROUP BY r.id ORDER BY 4 DESC, r.name LIMIT ?""", [*params, top]).fetchall()
    top_dyads = conn.execute(
        f"""SELECT s.name, t.name, COUNT(DISTINCT e.story_event_id) FROM events e
            JOIN actors s ON s.id = e.source_actor_id JOIN actors t ON t.id = e.target_actor_id
            JOIN articles a ON a.id = e.article_id
            WHERE {where} AND s.id != t.id GROUP BY s.id, t.id ORDER BY 3 DESC, s.name, t.name LIMIT ?""",
        [*params, top]).fetchall()
    rows = conn.execute(
        f"""SELECT strftime('%Y-W%W', substr(a.published, 1, 10)) AS week, e.type, COUNT(DISTINCT e.story_event_id)
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE {where} AND week IS NOT NULL GROUP BY week, e.type""", params).fetchall()
    recent = sorted({w for w, _, _ in rows})[-weeks:] if weeks > 0 else []
    types_by_week: dict[str, dict[str, int]] = {}
    for week, kind, n in rows:
        if week in recent:
            types_by_week.setdefault(kind, {})[week] = n
    return Stats(counts, top_actors, top_dyads, recent, dict(sorted(types_by_week.items())))
