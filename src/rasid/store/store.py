"""The SQLite store: articles with their analysis, grouped into stories, safe to write into.

Writes happen in the main process only, inside transactions the caller opens with
``transaction()``; WAL journaling keeps readers working while a run writes, and a run killed
mid-transaction leaves the store exactly as its last commit left it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rasid.errors import RasidError
from rasid.model import ActorRef, Event
from rasid.store.analysed import Analysed
from rasid.store.dedup import NearDuplicates
from rasid.store.schema import migrate
from rasid.text.fold import fold_text

Status = Literal["new", "copy", "near"]


@dataclass(frozen=True, slots=True)
class Added:
    """Where an article went: its row, its story, and whether it copies one already stored."""

    article_id: int
    cluster_id: int
    status: Status
    similarity: float | None = None


def actor_key(ref: ActorRef) -> str | None:
    """One canonical identity per knowledge-base id; a name and code otherwise."""
    if ref.id:
        return ref.id
    return f"{ref.name}|{ref.code or ''}" if ref.name else None


def event_keys(events: list[Event]) -> list[str]:
    """What copies of a story share for each event: who did what to whom, and which occurrence.

    The occurrence number keeps two events of one article (a meeting in the title and again in
    the body) apart, while the same two in a copy link to them one by one.
    """
    seen: dict[str, int] = {}
    keys = []
    for e in events:
        source = actor_key(e.source) if e.source else ""
        target = actor_key(e.target) if e.target else ""
        base = f"{e.type}|{e.mode or ''}|{e.cameo or ''}|{source}|{target}|{int(e.negated)}|{e.modality}"
        seen[base] = seen.get(base, 0) + 1
        keys.append(f"{base}|{seen[base]}")
    return keys


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with the store's settings."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        raise RasidError(f"{path}: not a rasid store ({exc})") from exc
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: durable at checkpoints, never corrupt
    return conn


class Store:
    """A rasid store: open (creating or upgrading it), add analysed articles, query."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise RasidError(f"{path}: no such store (make one with `rasid process INPUT --db {path}`)")
        self.conn = connect(self.path)
        try:
            self.migrations = migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise RasidError(f"{path}: not a rasid store ({exc})") from exc
        self._actors: dict[str, int] = {}
        self._near: NearDuplicates | None = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is committed together, or not at all."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            # both may hold rows of the rolled-back articles: rebuild them on demand
            self._near = None
            self._actors.clear()
            raise
        self.conn.execute("COMMIT")

    # -- reading -------------------------------------------------------------------------------

    def has(self, key: str) -> bool:
        """Whether the document with this key is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE doc_key = ?", (key,)).fetchone() is not None

    def count(self, table: str) -> int:
        assert table in {"articles", "actors", "entities", "quotes", "events"}
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    @property
    def near(self) -> NearDuplicates:
        """The near-duplicate index, built from the stored signatures on first use."""
        if self._near is None:
            self._near = NearDuplicates(self.conn.execute("SELECT article_id, minhash FROM signatures"))
        return self._near

    # -- writing -------------------------------------------------------------------------------

    def add(self, item: Analysed) -> Added:
        """Store one analysed article (inside a transaction) and place it in its story."""
        r = item.record
        copy_of = self.conn.execute(
            "SELECT id, cluster_id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", (item.content_hash,)
        ).fetchone()
        matches = [] if copy_of or item.signature is None else self.near.matches(item.signature)
        article_id = self.conn.execute(
            "INSERT INTO articles (doc_key, doc_id, title, text, published, source, url, paragraphs, content_hash,"
            " cluster_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id",
            (item.key, r.id, r.title, r.text, r.published, r.source, r.url,
             json.dumps([p.to_dict() for p in r.paragraphs]), item.content_hash),
        ).fetchone()[0]
        if copy_of:
            added = Added(article_id, copy_of[1], "copy", 1.0)
            duplicate_of = copy_of[0]
        elif matches:
            added = Added(article_id, self._merge_clusters([m for m, _ in matches]), "near", matches[0][1])
            duplicate_of = matches[0][0]
        else:
            added = Added(article_id, article_id, "new")
            duplicate_of = None
        self.conn.execute("UPDATE articles SET cluster_id = ?, duplicate_of = ?, similarity = ? WHERE id = ?",
                          (added.cluster_id, duplicate_of, added.similarity, article_id))
        if item.signature is not None and not copy_of:
            self.conn.execute("INSERT INTO signatures VALUES (?, ?)", (article_id, item.signature))
            self.near.add(article_id, item.signature)
        self.conn.execute("INSERT INTO articles_fts(rowid, text) VALUES (?, ?)", (article_id, item.article_index))
        self._add_entities(article_id, item)
        self._add_quotes(article_id, item)
        self._add_events(added, item)
        return added

    def _actor(self, ref: ActorRef | None) -> int | None:
        key = actor_key(ref) if ref else None
        if key is None:
            return None
        actor_id = self._actors.get(key)
        if actor_id is None:
            assert ref is not None
            self.conn.execute("INSERT OR IGNORE INTO actors (key, name, name_folded, name_en, code)"
                              " VALUES (?, ?, ?, ?, ?)", (key, ref.name, fold_text(ref.name), ref.name_en, ref.code))
            actor_id = self.conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()[0]
            self._actors[key] = actor_id
        return actor_id

    def _add_entities(self, article_id: int, item: Analysed) -> None:
        self.conn.executemany(
            "INSERT INTO entities (article_id, start_char, end_char, text, label, actor_id) VALUES (?, ?, ?, ?, ?, ?)",
            [(article_id, e.start, e.end, e.text, e.label, self._actor(e.actor)) for e in item.record.entities],
        )

    def _add_quotes(self, article_id: int, item: Analysed) -> None:
        for quote, indexed in zip(item.record.quotes, item.quote_index):
            quote_id = self.conn.execute(
                "INSERT INTO quotes (article_id, start_char, end_char, text, kind, verb, speaker_text, speaker_actor_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (article_id, quote.start, quote.end, quote.text, quote.kind, quote.verb,
                 quote.speaker.text if quote.speaker else None, self._actor(quote.speaker)),
            ).fetchone()[0]
            self.conn.execute("INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)", (quote_id, indexed))

    def _add_events(self, added: Added, item: Analysed) -> None:
        for e, key, indexed in zip(item.record.events, event_keys(item.record.events), item.event_index):
            story_event = None
            if added.status != "new":  # a copy: the same event may be stored already for its story
                story_event = self.conn.execute(
                    "SELECT MIN(id) FROM events WHERE cluster_id = ? AND event_key = ?", (added.cluster_id, key)
                ).fetchone()[0]
            event_id = self.conn.execute(
                "INSERT INTO events (article_id, cluster_id, event_key, story_event_id, type, mode, cameo, source_text,"
                " source_actor_id, target_text, target_actor_id, trigger_text, trigger_start, trigger_end, sentence,"
                " negated, modality, confidence, rule) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " RETURNING id",
                (added.article_id, added.cluster_id, key, e.type, e.mode, e.cameo,
                 e.source.text if e.source else None, self._actor(e.source),
                 e.target.text if e.target else None, self._actor(e.target),
                 e.trigger.text, e.trigger.start, e.trigger.end, e.sentence, int(e.negated), e.modality,
                 e.confidence, e.rule),
            ).fetchone()[0]
            self.conn.execute("UPDATE events SET story_event_id = ? WHERE id = ?", (story_event or event_id, event_id))
            self.conn.execute("INSERT INTO events_fts(rowid, text) VALUES (?, ?)", (event_id, indexed))

    def _merge_clusters(self, article_ids: list[int]) -> int:
        """The story of the matched articles; when they belong to several, those become one."""
        marks = ",".join("?" * len(article_ids))
        clusters = sorted({c for (c,) in self.conn.execute(
            f"SELECT cluster_id FROM articles WHERE id IN ({marks})", article_ids)})
        target, others = clusters[0], clusters[1:]
        if others:
            marks = ",".join("?" * len(others))
            self.conn.execute(f"UPDATE articles SET cluster_id = ? WHERE cluster_id IN ({marks})", [target, *others])
            self.conn.execute(f"UPDATE events SET cluster_id = ? WHERE cluster_id IN ({marks})", [target, *others])
            self.conn.execute(
                "UPDATE events SET story_event_id = (SELECT MIN(e.id) FROM events e WHERE e.cluster_id = events.cluster_id"
                " AND e.event_key = events.event_key) WHERE cluster_id = ?", (target,))
        return target
