"""Searching a store: articles, quotations and events by words (folded) and filters.

A story told by several copies is shown once, with the number of its copies; an event repeated
by copies likewise (they share ``story_event_id``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field

from rasid.store.filters import (
    ActorSet,
    Filters,
    Where,
    actor_set,
    article_where,
    event_where,
    quote_where,
)
from rasid.text.index_text import fts_query, index_words


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: where it was found, and what a person needs to see of it."""

    kind: str  # article | quote | event
    article: str  # the document id
    article_id: int  # the article's id in the store
    title: str
    published: str | None
    source: str | None
    url: str | None
    text: str  # the matching passage, quotation or event sentence
    copies: int = 1  # articles of the story (articles), or copies of the event/quotation
    who: str | None = None  # the speaker (quote), or "source —TYPE/mode→ target" (event)
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Results:
    articles: list[Hit]
    quotes: list[Hit]
    events: list[Hit]
    totals: dict[str, int]


_ARTICLE_COLUMNS = "a.id, a.doc_id, a.title, a.published, a.source, a.url"


def search(conn: sqlite3.Connection, query: str = "", filters: Filters = Filters(), limit: int = 20) -> Results:
    """Articles, quotations and events matching every word of ``query`` and all filters.

    Each list is ranked (best match first; newest first without a query) and cut at ``limit``;
    ``totals`` counts all matches, a story or a repeated event once.
    """
    match = fts_query(query) if query.strip() else None
    if query.strip() and match is None:  # a query without a single word (punctuation only) finds nothing
        return Results([], [], [], {"articles": 0, "quotes": 0, "events": 0})
    actors = actor_set(conn, filters)
    words = set(index_words(query))
    return Results(
        articles=_articles(conn, match, filters, actors, words, limit),
        quotes=_quotes(conn, match, filters, actors, limit),
        events=_events(conn, match, filters, actors, limit),
        totals={kind: _count(conn, kind, match, filters, actors) for kind in ("articles", "quotes", "events")},
    )


def articles_from(match: str | None, filters: Filters, actors: ActorSet | None) -> tuple[str, Where]:
    """The FROM clause and conditions selecting articles (``a``, with ``a`` its article)."""
    where = article_where(filters, actors)
    if match:
        where.first("articles_fts MATCH ?", match)
        return "FROM articles_fts f JOIN articles a ON a.id = f.rowid", where
    return "FROM articles a", where


def _articles(conn: sqlite3.Connection, match: str | None, filters: Filters, actors: ActorSet | None,
              words: set[str], limit: int) -> list[Hit]:
    source, where = articles_from(match, filters, actors)
    order = "MIN(f.rank)" if match else "MAX(a.published) DESC"
    rows = conn.execute(
        f"SELECT MIN(a.id), a.cluster_id, COUNT(*) {source} WHERE {where} GROUP BY a.cluster_id"
        f" ORDER BY {order} LIMIT ?", [*where.params, limit]).fetchall()
    hits = []
    for article_id, cluster_id, _ in rows:
        copies = conn.execute("SELECT COUNT(*) FROM articles WHERE cluster_id = ?", (cluster_id,)).fetchone()[0]
        _, doc_id, title, published, site, url, text = conn.execute(
            f"SELECT {_ARTICLE_COLUMNS}, a.text FROM articles a WHERE a.id = ?", (article_id,)).fetchone()
        hits.append(Hit("article", doc_id, article_id, title, published, site, url, _passage(text, title, words),
                        copies))
    return hits


def _passage(text: str, title: str, words: set[str]) -> str:
    """The first paragraph (after the title) holding a query word; the first one without a query."""
    paragraphs = [p for p in text.split("\n") if p.strip() and p.strip() != title.strip()] or [title]
    for paragraph in paragraphs if words else ():
        if words & set(index_words(paragraph)):
            return _short(paragraph)
    return _short(paragraphs[0])


def _short(text: str, size: int = 300) -> str:
    return text if len(text) <= size else text[:size].rsplit(" ", 1)[0] + " …"


def quotes_from(match: str | None, filters: Filters, actors: ActorSet | None) -> tuple[str, Where]:
    """The FROM clause and conditions selecting quotes (``q``, with ``a`` its article)."""
    where = quote_where(filters, actors)
    if match:
        where.first("quotes_fts MATCH ?", match)
        return "FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id", where
    return "FROM quotes q JOIN articles a ON a.id = q.article_id", where


def _quotes(conn: sqlite3.Connection, match: str | None, filters: Filters, actors: ActorSet | None,
            limit: int) -> list[Hit]:
    source, where = quotes_from(match, filters, actors)
    order = "MIN(f.rank)" if match else "MAX(a.published) DESC"
    rows = conn.execute(
        f"SELECT MIN(q.id), COUNT(*) {source} WHERE {where} GROUP BY a.cluster_id, q.text ORDER BY {order} LIMIT ?",
        [*where.params, limit]).fetchall()
    hits = []
    for quote_id, copies in rows:
        row = conn.execute(
            f"SELECT {_ARTICLE_COLUMNS}, q.text, q.verb, q.kind, q.speaker_text, s.name, s.code FROM quotes q"
            " JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor_id"
            " WHERE q.id = ?", (quote_id,)).fetchone()
        article_id, doc_id, title, published, site, url, text, verb, kind, _said, name, code = row
        who = f"{name} ({code})" if name and code else name
        hits.append(Hit("quote", doc_id, article_id, title, published, site, url, text, copies, who,
                        {"verb": verb, "kind": kind}))
    return hits


def events_from(match: str | None, filters: Filters, actors: ActorSet | None) -> tuple[str, Where]:
    """The FROM clause and conditions selecting events (``e``, with ``a`` its article)."""
    where = event_where(filters, actors)
    if match:
        where.first("events_fts MATCH ?", match)
        return "FROM events_fts f JOIN events e ON e.id = f.rowid JOIN articles a ON a.id = e.article_id", where
    return "FROM events e JOIN articles a ON a.id = e.article_id", where


def _events(conn: sqlite3.Connection, match: str | None, filters: Filters, actors: ActorSet | None,
            limit: int) -> list[Hit]:
    source, where = events_from(match, filters, actors)
    order = "MIN(f.rank)" if match else "MAX(a.published) DESC"
    rows = conn.execute(
        f"SELECT e.story_event_id, COUNT(*) {source} WHERE {where} GROUP BY e.story_event_id ORDER BY {order} LIMIT ?",
        [*where.params, limit]).fetchall()
    hits = []
    for event_id, copies in rows:
        row = conn.execute(
            f"SELECT {_ARTICLE_COLUMNS}, e.sentence, e.type, e.mode, e.cameo, e.negated, e.modality, e.trigger_text,"
            " s.name, s.code, t.name, t.code FROM events e JOIN articles a ON a.id = e.article_id"
            " LEFT JOIN actors s ON s.id = e.source_actor_id LEFT JOIN actors t ON t.id = e.target_actor_id"
            " WHERE e.id = ?", (event_id,)).fetchone()
        (article_id, doc_id, title, published, site, url, sentence, kind, mode, cameo, negated, modality, trigger,
         s_name, s_code, t_name, t_code) = row
        arrow = f"—{kind}/{mode}→" if mode else f"—{kind}→"
        who = f"{_actor(s_name, s_code) or '?'} {arrow} {_actor(t_name, t_code) or '∅'}"
        hits.append(Hit("event", doc_id, article_id, title, published, site, url, sentence, copies, who,
                        {"type": kind, "mode": mode, "cameo": cameo, "negated": bool(negated),
                         "modality": modality, "trigger": trigger, "source": _actor(s_name, s_code),
                         "target": _actor(t_name, t_code)}))
    return hits


def _actor(name: str | None, code: str | None) -> str | None:
    return f"{name} ({code})" if name and code else name


def _count(conn: sqlite3.Connection, kind: str, match: str | None, filters: Filters,
           actors: ActorSet | None) -> int:
    if kind == "articles":
        source, where = articles_from(match, filters, actors)
        distinct = "a.cluster_id"
    elif kind == "quotes":
        source, where = quotes_from(match, filters, actors)
        distinct = "a.cluster_id || '|' || q.text"
    else:
        source, where = events_from(match, filters, actors)
        distinct = "e.story_event_id"
    return int(conn.execute(f"SELECT COUNT(DISTINCT {distinct}) {source} WHERE {where}", where.params).fetchone()[0])
