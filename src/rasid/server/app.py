"""The FastAPI application: ``create_app(db)`` gives a service over one store.

Read-only unless created with ``ingest_token``: then POST /documents stores new documents for a
caller presenting that bearer token.  Every error is a JSON body with a 4xx status naming the
problem; an unexpected failure is a bare 500 without a trace.  Request bodies and pages are capped.
"""

from __future__ import annotations

import hmac
import io
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from rasid import __version__
from rasid.errors import RasidError
from rasid.model import Record
from rasid.server import models as m
from rasid.server.params import iso_date, plain_text
from rasid.store.filters import Filters

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_PAGE = 500
_ERRORS = {400: {"model": m.ErrorModel}, 404: {"model": m.ErrorModel}, 422: {"model": m.ErrorModel}}


class FilterParams:
    """The filters every listing, search and export takes, as query parameters."""

    def __init__(
        self,
        date_from: Annotated[str | None, Query(alias="from", description="published on or after (YYYY-MM-DD)")] = None,
        date_to: Annotated[str | None, Query(alias="to", description="published on or before (YYYY-MM-DD)")] = None,
        type: Annotated[str | None, Query(max_length=40, description="a PLOVER event type")] = None,
        actor: Annotated[str | None, Query(max_length=200, description="name (part), English name, code or id")] = None,
        country: Annotated[str | None, Query(max_length=10, description="country code, e.g. IRN")] = None,
        source: Annotated[str | None, Query(max_length=200, description="site or collection (part of its name)")] = None,
    ) -> None:
        self.filters = Filters(iso_date(date_from, "from"), iso_date(date_to, "to"), plain_text(type, "type"),
                               plain_text(actor, "actor"), plain_text(country, "country"),
                               plain_text(source, "source"))


def read_conn(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the app's store for one request."""
    conn = sqlite3.connect(f"file:{request.app.state.db.resolve()}?mode=ro", uri=True, check_same_thread=False)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(read_conn)]
Filt = Annotated[FilterParams, Depends()]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"items per page (at most {MAX_PAGE})")]
Cursor = Annotated[str | None, Query(max_length=100, description="next_cursor of the previous page")]


def create_app(db: str | Path, ingest_token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               ner: bool = False) -> FastAPI:
    """The service over the store at ``db`` (which must exist unless ingestion is allowed).

    ``ner``: analyse (POST /analyze, /documents) with the statistical tagger's entities too.
    """
    from rasid.store import Store

    db = Path(db)
    with Store(db, create=ingest_token is not None):  # creates or upgrades it once, before serving
        pass
    app = FastAPI(title="rasid", version=__version__,
                  description="Structured event data from Arabic news: analysis and a store of articles, "
                              "events, quotations and actors.")
    app.state.db = db
    writer_lock = threading.Lock()
    _install_guards(app, max_body_bytes)
    _install_dashboard(app)

    @app.get("/health", response_model=m.Health, tags=["service"])
    def health(conn: Conn) -> dict[str, Any]:
        """Whether the service is up, and how many articles its store holds."""
        n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return {"status": "ok", "version": __version__, "articles": n, "ingest": ingest_token is not None}

    @app.post("/analyze", response_model=m.RecordModel, responses=_ERRORS, tags=["analysis"])
    async def analyze(body: m.AnalyzeRequest) -> dict[str, Any]:
        """Analyse one document (text or HTML): its entities, quotations and events. Nothing is stored."""
        record = await run_in_threadpool(_analyze, body, ner)
        return record.to_dict()

    @app.get("/articles", response_model=m.ArticlePage, responses=_ERRORS, tags=["store"])
    def articles(conn: Conn, f: Filt, limit: Page = 50, cursor: Cursor = None) -> dict[str, Any]:
        """Articles in store order, a page at a time."""
        from rasid.store.queries import list_articles

        return _page(list_articles(conn, f.filters, cursor, limit))

    @app.get("/articles/{article_id}", response_model=m.RecordModel, responses=_ERRORS, tags=["store"])
    def article(conn: Conn, article_id: int) -> dict[str, Any]:
        """One stored article as the output contract's record, with its story."""
        from rasid.store.queries import article_record

        record = article_record(conn, article_id)
        if record is None:
            raise HTTPException(404, f"no article {article_id}")
        return record

    @app.get("/events", response_model=m.EventPage, responses=_ERRORS, tags=["store"])
    def events(conn: Conn, f: Filt, limit: Page = 50, cursor: Cursor = None) -> dict[str, Any]:
        """Events in store order, each with its article and the story event it repeats."""
        from rasid.store.queries import list_events

        return _page(list_events(conn, f.filters, cursor, limit))

    @app.get("/quotes", response_model=m.QuotePage, responses=_ERRORS, tags=["store"])
    def quotes(conn: Conn, f: Filt, limit: Page = 50, cursor: Cursor = None) -> dict[str, Any]:
        """Quotations in store order, each with its speaker and article."""
        from rasid.store.queries import list_quotes

        return _page(list_quotes(conn, f.filters, cursor, limit))

    @app.get("/actors", response_model=m.ActorPage, responses=_ERRORS, tags=["store"])
    def actors(conn: Conn, name: Annotated[str | None, Query(max_length=200)] = None, limit: Page = 50,
               cursor: Cursor = None) -> dict[str, Any]:
        """Canonical actors, optionally those whose name, English name or code matches ``name``."""
        from rasid.store.queries import list_actors

        return _page(list_actors(conn, plain_text(name, "name"), cursor, limit))

    @app.get("/actors/{actor_id}", response_model=m.ActorProfile, responses=_ERRORS, tags=["store"])
    def actor(conn: Conn, actor_id: int) -> dict[str, Any]:
        """One actor and how often it is mentioned, acts, is acted on and speaks."""
        from rasid.store.queries import actor_profile

        profile = actor_profile(conn, actor_id)
        if profile is None:
            raise HTTPException(404, f"no actor {actor_id}")
        return profile

    @app.get("/search", response_model=m.SearchResponse, responses=_ERRORS, tags=["store"])
    def search(conn: Conn, f: Filt, q: Annotated[str, Query(max_length=500)] = "",
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
        """Articles (one per story), quotations and events holding every word of ``q`` (folded)."""
        from rasid.store.search import search as run

        results = run(conn, plain_text(q, "q") or "", f.filters, limit)
        return {"articles": [h.to_dict() for h in results.articles], "quotes": [h.to_dict() for h in results.quotes],
                "events": [h.to_dict() for h in results.events], "totals": results.totals}

    @app.get("/stats", response_model=m.StatsResponse, responses=_ERRORS, tags=["store"])
    def stats(conn: Conn, date_from: Annotated[str | None, Query(alias="from")] = None,
              date_to: Annotated[str | None, Query(alias="to")] = None,
              top: Annotated[int, Query(ge=1, le=100)] = 10,
              weeks: Annotated[int, Query(ge=0, le=520)] = 12) -> dict[str, Any]:
        """Counts, top actors and dyads, event types per week (each story counted once)."""
        from rasid.store.stats import store_stats

        return store_stats(conn, top, weeks, iso_date(date_from, "from"), iso_date(date_to, "to")).to_dict()

    @app.get("/export", responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {}}}, **_ERRORS},
             tags=["store"])
    def export(f: Filt, format: Annotated[str, Query(pattern="^(plover|cameo|csv|jsonl|parquet)$")] = "plover",
               q: Annotated[str, Query(max_length=500)] = "", once_per_story: bool = False) -> Any:
        """The matching events in PLOVER, CAMEO (Phoenix layout), CSV or Parquet; records as JSON Lines."""
        media = {"plover": "application/x-ndjson", "jsonl": "application/x-ndjson", "cameo": "text/tab-separated-values",
                 "csv": "text/csv", "parquet": "application/vnd.apache.parquet"}[format]
        suffix = {"plover": "jsonl", "cameo": "tsv"}.get(format, format)
        headers = {"Content-Disposition": f'attachment; filename="rasid-events.{suffix}"'}
        stream = _export_stream(db, format, plain_text(q, "q") or "", f.filters, once_per_story)
        return StreamingResponse(stream, media_type=media,
                                 headers=headers)

    @app.post("/documents", response_model=list[m.IngestResult], status_code=201,
              responses={401: {"model": m.ErrorModel}, 403: {"model": m.ErrorModel}, **_ERRORS}, tags=["ingest"])
    async def documents(body: m.IngestRequest,
                        authorization: Annotated[str | None, Header()] = None) -> list[dict[str, Any]]:
        """Analyse and store documents (only when the service was started with --allow-ingest)."""
        if ingest_token is None:
            raise HTTPException(403, "ingestion is disabled: start the service with --allow-ingest")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), ingest_token.encode()):
            raise HTTPException(401, "a valid bearer token is required (printed when the service started)")
        return await run_in_threadpool(_ingest, db, body, writer_lock, ner)

    return app


def _page(page: Any) -> dict[str, Any]:
    return {"items": page.items, "next_cursor": page.next_cursor}


def _analyze(body: m.AnalyzeRequest, ner: bool) -> Record:
    from rasid.api import analyze

    if body.html is None and not (body.text or "").strip() and not (body.title or "").strip():
        raise HTTPException(422, "give `text` or `html`")
    return analyze(body.text or "", html=body.html, title=body.title, published=body.published,
                   source=body.source, url=body.url, id=body.id, ner=ner)


def _ingest(db: Path, body: m.IngestRequest, lock: threading.Lock, ner: bool) -> list[dict[str, Any]]:
    from rasid.api import article_from, pipeline
    from rasid.store import Store
    from rasid.store.analysed import analyse, document_key

    results = []
    with lock, Store(db) as store:
        for doc in body.documents:
            try:
                article = article_from(doc.text or "", html=doc.html, title=doc.title, published=doc.published,
                                       source=doc.source, url=doc.url, id=doc.id)
            except RasidError as exc:
                results.append({"id": doc.id, "status": "failed", "error": str(exc)})
                continue
            key = document_key(article)
            if store.has(key):
                results.append({"id": doc.id, "status": "already stored"})
                continue
            with store.transaction():
                added = store.add(analyse(pipeline(ner), article, key))
            results.append({"id": doc.id, "status": added.status, "article_id": added.article_id,
                            "story": added.cluster_id})
    return results


def _export_stream(db: Path, fmt: str, query: str, filters: Filters, once_per_story: bool) -> Iterator[bytes]:
    """The export, sent while it is written (Parquet: written whole, then sent)."""
    from rasid.store.export import export

    def write(out: Any) -> None:
        conn = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True)
        try:
            export(conn, fmt, out, query, filters, once_per_story)
        finally:
            conn.close()

    if fmt == "parquet":
        buffer = io.BytesIO()
        write(buffer)
        yield buffer.getvalue()
    else:
        yield from _streamed(write)


class _Stopped(Exception):
    """The client went away: the export stops."""


def _streamed(write: Any, piece_size: int = 64 * 1024) -> Iterator[bytes]:
    """Run ``write(stream)`` in a thread and hand its output on in pieces of about ``piece_size``.

    The exporters write to a stream; a bounded queue between them and the response keeps a large
    export from ever sitting whole in memory, and a client that leaves stops the export.
    """
    import queue

    pieces: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=8)
    stop = threading.Event()

    class Pipe(io.TextIOBase):
        def __init__(self) -> None:
            self._parts: list[str] = []
            self._size = 0

        def write(self, text: str) -> int:
            if stop.is_set():
                raise _Stopped
            self._parts.append(text)
            self._size += len(text)
            if self._size >= piece_size:
                self.flush()
            return len(text)

        def flush(self) -> None:
            if self._parts:
                pieces.put("".join(self._parts).encode("utf-8"))
                self._parts, self._size = [], 0

    def run() -> None:
        pipe = Pipe()
        try:
            write(pipe)
            pipe.flush()
            pieces.put(None)
        except _Stopped:
            pass
        except BaseException as exc:  # handed to the reader, who raises it
            pieces.put(exc)

    threading.Thread(target=run, daemon=True).start()
    try:
        while (piece := pieces.get()) is not None:
            if isinstance(piece, BaseException):
                raise piece
            yield piece
    finally:
        stop.set()
        while not pieces.empty():  # unblock a writer waiting on a full queue
            pieces.get_nowait()


def _install_dashboard(app: FastAPI) -> None:
    """The web pages at / and /ui/..., and their bundled style sheet at /static."""
    from fastapi.staticfiles import StaticFiles

    from rasid.server.dashboard import router

    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")


def _install_guards(app: FastAPI, max_body_bytes: int) -> None:
    """Body size limits and JSON errors without traces."""

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Any:
        if request.method in ("POST", "PUT", "PATCH"):
            length = request.headers.get("content-length")
            if length is None:
                return JSONResponse({"error": "a Content-Length header is required"}, status_code=411)
            if not length.isdigit() or int(length) > max_body_bytes:
                return JSONResponse({"error": f"request body over {max_body_bytes} bytes"}, status_code=413)
        return await call_next(request)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                  for e in exc.errors()]
        return JSONResponse({"error": "invalid request", "detail": detail}, status_code=422)

    @app.exception_handler(RasidError)
    async def rasid_error(request: Request, exc: RasidError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"error": "internal error"}, status_code=500)
