"""The shapes of the HTTP API's requests and responses (they make its OpenAPI document)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ActorRefModel(BaseModel):
    text: str
    name: str
    name_en: str | None = None
    id: str | None = None
    code: str | None = None


class ParagraphModel(BaseModel):
    start: int
    end: int
    kind: str


class EntityModel(BaseModel):
    text: str
    start: int
    end: int
    label: str
    actor: ActorRefModel | None = None


class QuoteModel(BaseModel):
    speaker: ActorRefModel | None = None
    verb: str
    text: str
    start: int
    end: int
    kind: str


class TriggerModel(BaseModel):
    text: str
    start: int
    end: int


class EventModel(BaseModel):
    type: str
    mode: str | None = None
    cameo: str | None = None
    source: ActorRefModel | None = None
    target: ActorRefModel | None = None
    trigger: TriggerModel
    sentence: str
    negated: bool = False
    modality: str = "asserted"
    confidence: float = 0.0
    rule: str = ""


class StoreInfo(BaseModel):
    article_id: int
    story: int
    copies_in_story: int
    duplicate_of: int | None = None
    similarity: float | None = None


class RecordModel(BaseModel):
    """The output contract's record (DESIGN.md); ``store`` when it comes from a store."""

    id: str
    title: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    paragraphs: list[ParagraphModel] = []
    entities: list[EntityModel] = []
    quotes: list[QuoteModel] = []
    events: list[EventModel] = []
    store: StoreInfo | None = None


class AnalyzeRequest(BaseModel):
    """A document: plain ``text`` (first line the title unless ``title`` is given) or an ``html`` page."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="plain text")
    html: str | None = Field(None, description="an HTML page (used instead of text)")
    title: str | None = None
    published: str | None = Field(None, description="publication date, ISO 8601")
    source: str | None = None
    url: str | None = None
    id: str = Field("document", max_length=200)


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    documents: list[AnalyzeRequest] = Field(..., min_length=1, max_length=100)


class IngestResult(BaseModel):
    id: str
    status: str = Field(..., description="new | copy | near | already stored | failed")
    article_id: int | None = None
    story: int | None = None
    error: str | None = None


class ArticleSummary(BaseModel):
    id: int
    doc_id: str
    title: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    story: int
    duplicate_of: int | None = None


class Located(BaseModel):
    """Where a listed event or quotation was found: its row id and its article."""

    id: int
    article_id: int
    document: str
    published: str | None = None
    source_site: str | None = None
    url: str | None = None


class StoredEvent(EventModel, Located):
    story_event_id: int


class StoredQuote(QuoteModel, Located):
    pass


class ActorModel(BaseModel):
    id: int
    kb_id: str | None = None
    name: str
    name_en: str | None = None
    code: str | None = None


class ActorProfile(ActorModel):
    counts: dict[str, int]


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    next_cursor: str | None = Field(None, description="pass as ?cursor= for the next page; null on the last")


class EventPage(BaseModel):
    items: list[StoredEvent]
    next_cursor: str | None = None


class QuotePage(BaseModel):
    items: list[StoredQuote]
    next_cursor: str | None = None


class ActorPage(BaseModel):
    items: list[ActorModel]
    next_cursor: str | None = None


class HitModel(BaseModel):
    kind: str
    article: str
    article_id: int
    title: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    text: str
    copies: int = 1
    who: str | None = None
    extra: dict[str, Any] = {}


class SearchResponse(BaseModel):
    articles: list[HitModel]
    quotes: list[HitModel]
    events: list[HitModel]
    totals: dict[str, int]


class ActorCount(BaseModel):
    id: int
    name: str
    code: str | None = None
    events: int


class DyadCount(BaseModel):
    source: str
    target: str
    events: int


class StatsResponse(BaseModel):
    counts: dict[str, int]
    top_actors: list[ActorCount]
    top_dyads: list[DyadCount]
    types_by_week: dict[str, dict[str, int]]


class Health(BaseModel):
    status: str
    version: str
    articles: int
    ingest: bool


class ErrorModel(BaseModel):
    error: str
    detail: Any = None
