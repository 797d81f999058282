"""Reading a store back: whole records, and listings a page at a time.

Pages follow a cursor (the last row id, opaque to callers) instead of an offset, so that paging
through millions of rows costs the same on the last page as on the first and never skips or
repeats a row while the store grows.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from rasid.errors import RasidError
from rasid.model import ActorRef, Entity, Event, Paragraph, Quote, Record, Trigger
from rasid.store.filters import (
    Filters,
    actor_set,
    article_where,
    event_where,
    quote_where,
)
from rasid.text.fold import fold_text


class BadCursor(RasidError):
    """A page cursor that this store did not hand out."""


@dataclass(frozen=True, slots=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(f"r{last_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The row id after which a page starts (0 for the first page)."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not text.startswith("r"):
            raise ValueError(text)
        return int(text[1:])
    except ValueError as exc:
        raise BadCursor(f"not a page cursor: {cursor!r}") from exc


def _page(rows: list[dict[str, Any]], limit: int) -> Page:
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(rows, encode_cursor(rows[-1]["id"]) if more and rows else None)


def _ref(text: str | None, actor: sqlite3.Row | None) -> ActorRef | None:
    if actor is None:
        return ActorRef(text=text, name=text) if text else None
    key = actor["key"]
    return ActorRef(text=text or "", name=actor["name"], name_en=actor["name_en"],
                    id=None if "|" in key else key, code=actor["code"])


def _actors(conn: sqlite3.Connection, ids: set[int]) -> dict[int, sqlite3.Row]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in _rows(conn, f"SELECT * FROM actors WHERE id IN ({marks})", sorted(ids))}


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any] | tuple[Any, ...]) -> list[sqlite3.Row]:
    cursor = conn.execute(sql, params)
    cursor.row_factory = sqlite3.Row
    return cursor.fetchall()


def article_record(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """The stored article as the output contract's record, plus where it sits in the store."""
    rows = _rows(conn, "SELECT * FROM articles WHERE id = ?", (article_id,))
    if not rows:
        return None
    a = rows[0]
    entities = _rows(conn, "SELECT * FROM entities WHERE article_id = ? ORDER BY id", (article_id,))
    quotes = _rows(conn, "SELECT * FROM quotes WHERE article_id = ? ORDER BY id", (article_id,))
    events = _rows(conn, "SELECT * FROM events WHERE article_id = ? ORDER BY id", (article_id,))
    actors = _actors(conn, {r["actor_id"] for r in entities if r["actor_id"]}
                     | {r["speaker_actor_id"] for r in quotes if r["speaker_actor_id"]}
                     | {r[k] for r in events for k in ("source_actor_id", "target_actor_id") if r[k]})
    record = Record(
        id=a["doc_id"], title=a["title"], text=a["text"], published=a["published"], source=a["source"], url=a["url"],
        paragraphs=[Paragraph.from_dict(p) for p in json.loads(a["paragraphs"])],
        entities=[Entity(r["text"], r["start_char"], r["end_char"], r["label"],
                         _ref(r["text"], actors.get(r["actor_id"])) if r["actor_id"] else None) for r in entities],
        quotes=[Quote(_ref(r["speaker_text"], actors.get(r["speaker_actor_id"])), r["verb"], r["text"],
                      r["start_char"], r["end_char"], r["kind"]) for r in quotes],
        events=[_event(r, actors) for r in events],
    )
    copies = conn.execute("SELECT COUNT(*) FROM articles WHERE cluster_id = ?", (a["cluster_id"],)).fetchone()[0]
    return {**record.to_dict(), "store": {"article_id": a["id"], "story": a["cluster_id"], "copies_in_story": copies,
                                          "duplicate_of": a["duplicate_of"], "similarity": a["similarity"]}}


def _event(r: sqlite3.Row, actors: dict[int, sqlite3.Row]) -> Event:
    return Event(
        type=r["type"], mode=r["mode"], cameo=r["cameo"],
        source=_ref(r["source_text"], actors.get(r["source_actor_id"])),
        target=_ref(r["target_text"], actors.get(r["target_actor_id"])),
        trigger=Trigger(r["trigger_text"], r["trigger_start"], r["trigger_end"]), sentence=r["sentence"],
        negated=bool(r["negated"]), modality=r["modality"], confidence=r["confidence"], rule=r["rule"],
    )


def list_articles(conn: sqlite3.Connection, filters: Filters = Filters(), cursor: str | None = None,
                  limit: int = 50) -> Page:
    """Articles in store order: id, document id, title, date, source, URL, story."""
    where = article_where(filters, actor_set(conn, filters))
    where.add("a.id > ?", decode_cursor(cursor))
    rows = _rows(conn, "SELECT a.id, a.doc_id, a.title, a.published, a.source, a.url, a.cluster_id AS story,"
                       f" a.duplicate_of FROM articles a WHERE {where} ORDER BY a.id LIMIT ?", [*where.params, limit + 1])
    return _page([dict(r) for r in rows], limit)


def list_events(conn: sqlite3.Connection, filters: Filters = Filters(), cursor: str | None = None,
                limit: int = 50) -> Page:
    """Events in store order, each as the contract's event plus its article and story link."""
    where = event_where(filters, actor_set(conn, filters))
    where.add("e.id > ?", decode_cursor(cursor))
    rows = _rows(conn, f"SELECT e.*, a.doc_id, a.published, a.source AS site, a.url FROM events e"
                       f" JOIN articles a ON a.id = e.article_id WHERE {where} ORDER BY e.id LIMIT ?",
                 [*where.params, limit + 1])
    actors = _actors(conn, {r[k] for r in rows for k in ("source_actor_id", "target_actor_id") if r[k]})
    items = [{**_located(r), "story_event_id": r["story_event_id"], **_event(r, actors).to_dict()} for r in rows]
    return _page(items, limit)


def _located(r: sqlite3.Row) -> dict[str, Any]:
    """Where a listed event or quotation was found: its row id and its article."""
    return {"id": r["id"], "article_id": r["article_id"], "document": r["doc_id"], "published": r["published"],
            "source_site": r["site"], "url": r["url"]}


def list_quotes(conn: sqlite3.Connection, filters: Filters = Filters(), cursor: str | None = None,
                limit: int = 50) -> Page:
    """Quotations in store order, each as the contract's quotation plus its article."""
    where = quote_where(filters, actor_set(conn, filters))
    where.add("q.id > ?", decode_cursor(cursor))
    rows = _rows(conn, f"SELECT q.*, a.doc_id, a.published, a.source AS site, a.url FROM quotes q"
                       f" JOIN articles a ON a.id = q.article_id WHERE {where} ORDER BY q.id LIMIT ?",
                 [*where.params, limit + 1])
    actors = _actors(conn, {r["speaker_actor_id"] for r in rows if r["speaker_actor_id"]})
    items = [{**_located(r),
              **Quote(_ref(r["speaker_text"], actors.get(r["speaker_actor_id"])), r["verb"], r["text"],
                      r["start_char"], r["end_char"], r["kind"]).to_dict()} for r in rows]
    return _page(items, limit)


def list_actors(conn: sqlite3.Connection, name: str | None = None, cursor: str | None = None,
                limit: int = 50) -> Page:
    """Canonical actors in store order, optionally those whose name, English name or code holds ``name``."""
    sql, params = "SELECT id, key, name, name_en, code FROM actors WHERE id > ?", [decode_cursor(cursor)]
    if name:
        sql += " AND (name_folded LIKE ? OR lower(name_en) LIKE ? OR code = ?)"
        params += [f"%{fold_text(name).strip()}%", f"%{name.lower()}%", name.upper()]
    rows = _rows(conn, sql + " ORDER BY id LIMIT ?", [*params, limit + 1])
    return _page([_actor_dict(r) for r in rows], limit)


def _actor_dict(r: sqlite3.Row) -> dict[str, Any]:
    return {"id": r["id"], "kb_id": None if "|" in r["key"] else r["key"], "name": r["name"],
            "name_en": r["name_en"], "code": r["code"]}


def actor_profile(conn: sqlite3.Connection, actor_id: int) -> dict[str, Any] | None:
    """One actor with how often it is mentioned, acts, is acted on and speaks, and its latest events."""
    rows = _rows(conn, "SELECT id, key, name, name_en, code FROM actors WHERE id = ?", (actor_id,))
    if not rows:
        return None

    def count(sql: str) -> int:
        return int(conn.execute(sql, (actor_id,)).fetchone()[0])

    counts = {
        "mentions": count("SELECT COUNT(*) FROM entities WHERE actor_id = ?"),
        "articles": count("SELECT COUNT(DISTINCT article_id) FROM entities WHERE actor_id = ?"),
        "events_as_source": count("SELECT COUNT(DISTINCT story_event_id) FROM events WHERE source_actor_id = ?"),
        "events_as_target": count("SELECT COUNT(DISTINCT story_event_id) FROM events WHERE target_actor_id = ?"),
        "quotes": count("SELECT COUNT(*) FROM quotes WHERE speaker_actor_id = ?"),
    }
    return {**_actor_dict(rows[0]), "counts": counts}
