"""The web dashboard served at / : overview, search, article and actor pages.

Pages are rendered on the server (Jinja2, autoescaping on) from read-only queries; they carry
no script, and every style is bundled in the package, so they work with no network at all.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from rasid.server.annotate import annotated, highlighted
from rasid.server.labels import labels
from rasid.server.params import iso_date, plain_text
from rasid.server.svg import network, stacked_bars
from rasid.store.actors_of import actor_ids
from rasid.store.export import PLOVER_QUAD
from rasid.store.filters import Filters

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)
Lang = Annotated[str, Query(pattern="^(ar|en)$")]


def _conn(request: Request) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{request.app.state.db.resolve()}?mode=ro", uri=True, check_same_thread=False)


def _page(request: Request, name: str, lang: str, status: int = 200, **context: Any) -> HTMLResponse:
    other = "en" if lang == "ar" else "ar"
    return templates.TemplateResponse(
        request, name, {"L": labels(lang), "lang": lang, "other_lang_url": str(request.url.include_query_params(lang=other)),
                        **context}, status_code=status)


def _not_found(request: Request, lang: str, message: str) -> HTMLResponse:
    return _page(request, "error.html", lang, status=404, message=message)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, lang: Lang = "ar") -> HTMLResponse:
    from rasid.store.insights import events_per_day, recent_articles, story_clusters
    from rasid.store.stats import store_stats

    conn = _conn(request)
    try:
        stats = store_stats(conn, top=10, weeks=0)
        days, by_type = events_per_day(conn)
        return _page(request, "overview.html", lang, stats=stats, top_actors=stats.to_dict()["top_actors"],
                     chart=stacked_bars(days, by_type, labels(lang)["events_per_day"]),
                     recent=recent_articles(conn), clusters=story_clusters(conn))
    finally:
        conn.close()


@router.get("/ui/search", response_class=HTMLResponse)
def search_page(request: Request, lang: Lang = "ar", q: Annotated[str, Query(max_length=500)] = "",
                date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
                date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
                type: Annotated[str | None, Query(max_length=40)] = None,
                actor: Annotated[str | None, Query(max_length=200)] = None,
                source: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    from rasid.store.search import search

    filters = Filters(iso_date(date_from or None, "from"), iso_date(date_to or None, "to"),
                      plain_text(type or None, "type"), plain_text(actor or None, "actor"), None,
                      plain_text(source or None, "source"))
    searched = bool(q.strip() or any((filters.date_from, filters.date_to, filters.type, filters.actor, filters.source)))
    conn = _conn(request)
    try:
        results = search(conn, plain_text(q, "q") or "", filters, limit=30) if searched else None
    finally:
        conn.close()
    view = None
    if results is not None:
        view = {
            "totals": results.totals,
            "articles": [{**h.to_dict(), "title_runs": highlighted(h.title, q), "runs": highlighted(h.text, q)}
                         for h in results.articles],
            "quotes": [{**h.to_dict(), "runs": highlighted(h.text, q)} for h in results.quotes],
            "events": [{**h.to_dict(), "runs": highlighted(h.text, q)} for h in results.events],
        }
    export_query = urlencode({k: v for k, v in {"q": q, "from": filters.date_from, "to": filters.date_to,
                                                "type": filters.type, "actor": filters.actor,
                                                "source": filters.source}.items() if v})
    return _page(request, "search.html", lang, q=q, f=filters, results=view, searched=searched,
                 types=sorted(PLOVER_QUAD), export_query=export_query)


@router.get("/ui/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int, lang: Lang = "ar") -> HTMLResponse:
    from rasid.store.queries import article_record

    conn = _conn(request)
    try:
        record = article_record(conn, article_id)
        if record is None:
            return _not_found(request, lang, f"#{article_id}")
        refs = [ref for e in record["events"] for ref in (e["source"], e["target"]) if ref]
        for ref, actor_id in zip(refs, actor_ids(conn, [(r["name"], r["code"], r["id"]) for r in refs])):
            ref["actor_id"] = actor_id
    finally:
        conn.close()
    return _page(request, "article.html", lang, record=record, text_runs=annotated(record))


@router.get("/ui/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: int, lang: Lang = "ar") -> HTMLResponse:
    from rasid.store.insights import (
        actor_events,
        actor_partners,
        actor_quotes,
        actor_timeline,
    )
    from rasid.store.queries import actor_profile

    conn = _conn(request)
    try:
        actor = actor_profile(conn, actor_id)
        if actor is None:
            return _not_found(request, lang, f"#{actor_id}")
        months, series = actor_timeline(conn, actor_id)
        L = labels(lang)
        timeline = stacked_bars(months, {L["as_source"]: series["source"], L["as_target"]: series["target"]},
                                L["timeline"])
        partners = actor_partners(conn, actor_id)
        graph = network(actor["name"], [(p.id, p.name, p.cooperation, p.conflict) for p in partners],
                        f"/ui/actors/{{id}}?lang={lang}")
        return _page(request, "actor.html", lang, actor=actor, kb=_kb_entry(actor["kb_id"]), timeline=timeline,
                     graph=graph, events=actor_events(conn, actor_id), quotes=actor_quotes(conn, actor_id))
    finally:
        conn.close()


@lru_cache(maxsize=1)
def _lexicon() -> Any:
    from rasid.lexicon.loader import load_lexicon

    return load_lexicon()


def _kb_entry(kb_id: str | None) -> Any:
    """The knowledge-base actor behind a stored one: its dated codes and offices."""
    return _lexicon().actors.get(kb_id) if kb_id else None
