"""The summaries the dashboard draws: events by day, recent articles, story clusters, an actor's
timeline and partners.  Each story's event is counted once (``story_event_id``)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from rasid.store.export import PLOVER_QUAD


def events_per_day(conn: sqlite3.Connection, days: int = 60) -> tuple[list[str], dict[str, dict[str, int]]]:
    """The last ``days`` days that have events, and for each PLOVER type its events per day."""
    rows = conn.execute(
        "SELECT substr(a.published, 1, 10) AS day, e.type, COUNT(DISTINCT e.story_event_id) FROM events e"
        " JOIN articles a ON a.id = e.article_id WHERE a.published IS NOT NULL GROUP BY day, e.type").fetchall()
    recent = sorted({d for d, _, _ in rows})[-days:]
    keep = set(recent)
    by_type: dict[str, dict[str, int]] = {}
    for day, kind, n in rows:
        if day in keep:
            by_type.setdefault(kind, {})[day] = n
    return recent, dict(sorted(by_type.items()))


def recent_articles(conn: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    cursor = conn.execute(
        "SELECT id, title, published, source FROM articles ORDER BY published DESC, id DESC LIMIT ?", (limit,))
    return [dict(zip(("id", "title", "published", "source"), r)) for r in cursor]


def story_clusters(conn: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    """The stories with the most copies: their first article, copies and sites."""
    rows = conn.execute(
        "SELECT cluster_id, COUNT(*) AS n, COUNT(DISTINCT source) FROM articles GROUP BY cluster_id HAVING n > 1"
        " ORDER BY n DESC, cluster_id LIMIT ?", (limit,)).fetchall()
    stories = []
    for cluster_id, copies, sites in rows:
        title, published = conn.execute("SELECT title, published FROM articles WHERE id = ?",
                                        (cluster_id,)).fetchone()
        stories.append({"id": cluster_id, "title": title, "published": published, "copies": copies, "sites": sites})
    return stories


def actor_timeline(conn: sqlite3.Connection, actor_id: int) -> tuple[list[str], dict[str, dict[str, int]]]:
    """Months with events of the actor, and its events per month as source and as target."""
    rows = conn.execute(
        """SELECT substr(a.published, 1, 7) AS month,
                  CASE WHEN e.source_actor_id = ? THEN 'source' ELSE 'target' END AS side,
                  COUNT(DISTINCT e.story_event_id)
           FROM events e JOIN articles a ON a.id = e.article_id
           WHERE (e.source_actor_id = ? OR e.target_actor_id = ?) AND a.published IS NOT NULL
           GROUP BY month, side""", (actor_id, actor_id, actor_id)).fetchall()
    months = sorted({m for m, _, _ in rows})
    series: dict[str, dict[str, int]] = {"source": {}, "target": {}}
    for month, side, n in rows:
        series[side][month] = n
    return months, series


@dataclass(frozen=True, slots=True)
class Partner:
    id: int
    name: str
    code: str | None
    cooperation: int
    conflict: int


def actor_partners(conn: sqlite3.Connection, actor_id: int, limit: int = 12) -> list[Partner]:
    """The actors this one meets (cooperation events) and clashes with (conflict events), most first."""
    rows = conn.execute(
        """SELECT CASE WHEN e.source_actor_id = ? THEN e.target_actor_id ELSE e.source_actor_id END AS other,
                  e.type, COUNT(DISTINCT e.story_event_id)
           FROM events e
           WHERE (e.source_actor_id = ? OR e.target_actor_id = ?) AND e.negated = 0
             AND e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL
             AND e.source_actor_id != e.target_actor_id
           GROUP BY other, e.type""", (actor_id, actor_id, actor_id)).fetchall()
    counts: dict[int, list[int]] = {}
    for other, kind, n in rows:
        quad = PLOVER_QUAD.get(kind, 0)
        counts.setdefault(other, [0, 0])[0 if quad in (1, 2) else 1] += n
    top = sorted(counts.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))[:limit]
    partners = []
    for other, (coop, conflict) in top:
        name, code = conn.execute("SELECT name, code FROM actors WHERE id = ?", (other,)).fetchone()
        partners.append(Partner(other, name, code, coop, conflict))
    return partners


def actor_quotes(conn: sqlite3.Connection, actor_id: int, limit: int = 20) -> list[dict[str, Any]]:
    cursor = conn.execute(
        "SELECT q.text, q.verb, a.id, a.title, a.published FROM quotes q JOIN articles a ON a.id = q.article_id"
        " WHERE q.speaker_actor_id = ? ORDER BY a.published DESC, q.id LIMIT ?", (actor_id, limit))
    return [dict(zip(("text", "verb", "article_id", "title", "published"), r)) for r in cursor]


def actor_events(conn: sqlite3.Connection, actor_id: int, limit: int = 20) -> list[dict[str, Any]]:
    cursor = conn.execute(
        """SELECT e.type, e.mode, e.negated, e.modality, s.name, t.name, a.id, a.published, e.sentence
           FROM events e JOIN articles a ON a.id = e.article_id
           LEFT JOIN actors s ON s.id = e.source_actor_id LEFT JOIN actors t ON t.id = e.target_actor_id
           WHERE (e.source_actor_id = ? OR e.target_actor_id = ?) AND e.id = e.story_event_id
           ORDER BY a.published DESC, e.id LIMIT ?""", (actor_id, actor_id, limit))
    keys = ("type", "mode", "negated", "modality", "source", "target", "article_id", "published", "sentence")
    return [dict(zip(keys, r)) for r in cursor]
