"""The store's schema as a list of migrations; ``PRAGMA user_version`` says which have run.

A store made by an older rasid is brought up to date when it is opened: each migration runs in
its own transaction, so an interrupted upgrade leaves the store at the last complete version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from rasid.errors import RasidError
from rasid.text.index_text import article_index_text, index_text

_V1_TABLES = """
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    doc_key      TEXT NOT NULL UNIQUE,        -- sha1 of id, source, url and text: the same input twice
    doc_id       TEXT NOT NULL,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    published    TEXT,
    source       TEXT,
    url          TEXT,
    paragraphs   TEXT NOT NULL DEFAULT '[]',  -- JSON, as in the output contract
    content_hash TEXT NOT NULL,               -- sha1 of the folded text: exact copies
    cluster_id   INTEGER NOT NULL,            -- the story: id of its first article
    duplicate_of INTEGER REFERENCES articles(id),
    similarity   REAL                         -- estimated Jaccard to the article it was clustered with
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_cluster ON articles(cluster_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

CREATE TABLE signatures (                     -- MinHash of the folded word shingles, uint32 each
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash    BLOB NOT NULL
);

CREATE TABLE actors (                         -- canonical identities, one row each
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,         -- knowledge-base id, or name|code when it has none
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    name_en     TEXT,
    code        TEXT
);

CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    label      TEXT NOT NULL,
    actor_id   INTEGER REFERENCES actors(id)
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_actor ON entities(actor_id);

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_char        INTEGER NOT NULL,
    end_char          INTEGER NOT NULL,
    text              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    verb              TEXT NOT NULL,
    speaker_text      TEXT,
    speaker_actor_id  INTEGER REFERENCES actors(id)
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_actor_id);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    cluster_id      INTEGER NOT NULL,         -- the article's story, copied here for linking
    event_key       TEXT NOT NULL,            -- what copies of a story share (see store.events_key)
    story_event_id  INTEGER NOT NULL,         -- the first copy of this event in its story
    type            TEXT NOT NULL,
    mode            TEXT,
    cameo           TEXT,
    source_text     TEXT,
    source_actor_id INTEGER REFERENCES actors(id),
    target_text     TEXT,
    target_actor_id INTEGER REFERENCES actors(id),
    trigger_text    TEXT NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    sentence        TEXT NOT NULL,
    negated         INTEGER NOT NULL,
    modality        TEXT NOT NULL,
    confidence      REAL NOT NULL,
    rule            TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_story ON events(cluster_id, event_key);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_source ON events(source_actor_id);
CREATE INDEX events_target ON events(target_actor_id);
"""

_V2_SEARCH = """
CREATE VIRTUAL TABLE articles_fts USING fts5(text, content='', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE events_fts USING fts5(text, content='', tokenize='unicode61 remove_diacritics 0');
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _V1_TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    """Full-text search over folded, clitic-split text; indexes what earlier versions stored."""
    for statement in _V2_SEARCH.split(";"):
        if statement.strip():
            conn.execute(statement)
    rows = conn.execute("SELECT id, title, text FROM articles")
    conn.executemany("INSERT INTO articles_fts(rowid, text) VALUES (?, ?)",
                     ((i, article_index_text(title, text)) for i, title, text in rows))
    rows = conn.execute("SELECT id, text FROM quotes")
    conn.executemany("INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)", ((i, index_text(t)) for i, t in rows))
    rows = conn.execute("SELECT id, sentence FROM events")
    conn.executemany("INSERT INTO events_fts(rowid, text) VALUES (?, ?)", ((i, index_text(t)) for i, t in rows))


@dataclass(frozen=True)
class Migration:
    version: int
    summary: str
    apply: Callable[[sqlite3.Connection], None]


MIGRATIONS = (
    Migration(1, "articles, actors, entities, quotations, events, MinHash signatures", _v1),
    Migration(2, "full-text search over folded text", _v2),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> list[Migration]:
    """Run the migrations the store lacks, up to ``target``; returns those that ran.

    The connection must be in autocommit mode (``isolation_level=None``).
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise RasidError(f"this store has schema version {current}; this rasid knows up to {SCHEMA_VERSION}"
                         " (upgrade rasid)")
    ran = []
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                migration.apply(conn)
                conn.execute(f"PRAGMA user_version = {migration.version:d}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            ran.append(migration)
    return ran
