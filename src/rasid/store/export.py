"""Exports of a store's events in the field's formats, streamed row by row (no size cap).

- ``plover``: one PLOVER JSON record per line (the PLOVER specification's field names; rasid's own
  fields — cameo, negated, modality, confidence, rule — ride along, as the specification allows).
- ``cameo``: tab-separated, Phoenix column layout (the CAMEO data sets' layout), header first;
  only events asserted as happening (not negated, not future, hypothetical or historical) and
  with a CAMEO code, because the layout has no column to say otherwise.
- ``csv`` / ``parquet``: one flat row per event, the same columns in both.
- ``jsonl``: one output-contract record per article, with everything found in it.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from rasid import __version__
from rasid.store.filters import Filters, actor_set
from rasid.store.queries import article_record
from rasid.store.search import articles_from, events_from
from rasid.text.index_text import fts_query

FORMATS = ("plover", "cameo", "csv", "parquet", "jsonl")
CODER = f"rasid {__version__}"

# PLOVER quad categories (PLOVER manual): 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict
PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "REQUEST": 3, "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, "FIGHT": 4,
}


def cameo_quad(cameo: str) -> int:
    """The quad class of a CAMEO code as GDELT and Phoenix define it from the root code."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    code: str | None


@dataclass(slots=True)
class EventRow:
    """One event with its article and its actors, as the exports need it."""

    row: sqlite3.Row
    sentence_start: int | None
    place: Place | None

    def __getitem__(self, key: str) -> Any:
        return self.row[key]


_EVENT_COLUMNS = """e.id, e.story_event_id, e.type, e.mode, e.cameo, e.source_text, e.target_text, e.trigger_text,
    e.trigger_start, e.trigger_end, e.sentence, e.negated, e.modality, e.confidence, e.rule,
    a.id AS article_id, a.doc_id, a.title, a.published, a.source AS site, a.url,
    s.name AS s_name, s.name_en AS s_name_en, s.code AS s_code, s.key AS s_key,
    t.name AS t_name, t.name_en AS t_name_en, t.code AS t_code, t.key AS t_key"""


def _match(query: str) -> str | None:
    """The FTS query of ``query``; one that matches nothing when it holds no word at all."""
    if not query.strip():
        return None
    return fts_query(query) or '""'


def event_rows(conn: sqlite3.Connection, query: str = "", filters: Filters = Filters(),
               once_per_story: bool = False) -> Iterator[EventRow]:
    """Every event matching the query and filters, in store order, read lazily."""
    source, where = events_from(_match(query), filters, actor_set(conn, filters))
    if once_per_story:
        where.add("e.id = e.story_event_id")
    cursor = conn.execute(
        f"SELECT {_EVENT_COLUMNS} {source} LEFT JOIN actors s ON s.id = e.source_actor_id"
        f" LEFT JOIN actors t ON t.id = e.target_actor_id WHERE {where} ORDER BY e.id", where.params)
    cursor.row_factory = sqlite3.Row
    places = _ArticlePlaces(conn)
    for row in cursor:
        start = places.sentence_start(row["article_id"], row["sentence"], row["trigger_start"])
        yield EventRow(row, start, places.first_in(row["article_id"], start, len(row["sentence"])))


class _ArticlePlaces:
    """The text and named places of the article being exported (events come grouped by article)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._article = -1
        self._text = ""
        self._places: list[tuple[int, str, str | None]] = []

    def _load(self, article_id: int) -> None:
        if article_id != self._article:
            self._article = article_id
            self._text = self._conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            self._places = self._conn.execute(
                "SELECT n.start_char, n.text, r.code FROM entities n LEFT JOIN actors r ON r.id = n.actor_id"
                " WHERE n.article_id = ? AND n.label = 'LOC' ORDER BY n.start_char", (article_id,)).fetchall()

    def sentence_start(self, article_id: int, sentence: str, trigger_start: int) -> int | None:
        self._load(article_id)
        start = self._text.find(sentence, max(0, trigger_start - len(sentence)))
        if start < 0 or start > trigger_start:
            start = self._text.find(sentence)
        return start if start >= 0 else None

    def first_in(self, article_id: int, start: int | None, length: int) -> Place | None:
        """The first place named in the sentence: where the event happened, as well as rasid can tell."""
        self._load(article_id)
        if start is None:
            return None
        for offset, text, code in self._places:
            if start <= offset < start + length:
                return Place(text, code)
        return None


def _split_code(code: str | None) -> tuple[str | None, str | None, str | None]:
    """A CAMEO actor code as Phoenix splits it: entity (3 letters), role (3), attribute (the rest)."""
    if not code:
        return None, None, None
    return code[:3], code[3:6] or None, code[6:] or None


def _kb_id(key: str | None) -> str | None:
    return None if key is None or "|" in key else key


def _plover_actor(e: EventRow, side: str) -> list[dict[str, Any]]:
    p = "s" if side == "source" else "t"
    name, text = e[f"{p}_name"], e[f"{side}_text"]
    if name is None and not text:
        return []
    entity, role, attribute = _split_code(e[f"{p}_code"])
    return [{"code": entity, "sector": (role or "") + (attribute or "") or None, "actor_text": text or None,
             "identifier_id": _kb_id(e[f"{p}_key"]), "identifier_text": name, "name_en": e[f"{p}_name_en"]}]


def plover_record(e: EventRow) -> dict[str, Any]:
    """One event as a PLOVER JSON record."""
    end = e.sentence_start + len(e["sentence"]) if e.sentence_start is not None else None
    return {
        "id": f"rasid-{e['id']}",
        "has_event": True,
        "date": (e["published"] or "")[:10] or None,
        "actor": _plover_actor(e, "source"),
        "recipient": _plover_actor(e, "target"),
        "event": [e["type"]],
        "mode": e["mode"],
        "quad_code": PLOVER_QUAD.get(e["type"]),
        "event_loc": {"name": e.place.name, "cc3": (e.place.code or "")[:3] or None} if e.place else None,
        "event_text": [e["trigger_text"]],
        "link": f"rasid-{e['story_event_id']}",  # copies of one story share the event they repeat
        "text": e["sentence"],
        "text_info": {"start": e.sentence_start, "end": end},
        "cite_info": {"corpus": e["site"], "citation": e["doc_id"], "url": e["url"], "title": e["title"],
                      "language": "ar", "publication": e["site"], "coder": CODER, "codebook": "PLOVER"},
        "coder": CODER,
        "cameo": e["cameo"], "negated": bool(e["negated"]), "modality": e["modality"],
        "confidence": e["confidence"], "rule": e["rule"],
    }


PHOENIX_COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon",
    "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources", "Sentence",
]


def cameo_row(e: EventRow) -> list[str] | None:
    """One event in the Phoenix layout; None when it has no CAMEO code or is not asserted as happening."""
    if not e["cameo"] or e["negated"] or e["modality"] != "asserted":
        return None
    date = (e["published"] or "")[:10]
    year, month, day = (date.split("-") + ["", "", ""])[:3] if date else ("", "", "")
    source, target = e["s_code"] or "", e["t_code"] or ""
    cells = [
        f"rasid-{e['id']}", date.replace("-", ""), year, month, day,
        source, *_split_code(source), target, *_split_code(target),
        e["cameo"], e["cameo"][:2], str(cameo_quad(e["cameo"])),
        "", "", "", "",  # Goldstein score, issues, latitude, longitude: not coded by rasid
        e.place.name if e.place else "", "", (e.place.code or "")[:3] if e.place else "",
        f"{e['doc_id']}_{e.sentence_start if e.sentence_start is not None else ''}", e["url"] or "", e["site"] or "",
        e["sentence"],
    ]
    # tabs and newlines would break the layout's rows
    return [" ".join(str(c or "").split()) if c not in (None, "") else "" for c in cells]


CSV_COLUMNS = [
    "event_id", "story_event_id", "article_id", "document", "published", "site", "url", "title",
    "type", "mode", "cameo", "quad_code",
    "source_text", "source_name", "source_name_en", "source_code", "source_id",
    "target_text", "target_name", "target_name_en", "target_code", "target_id",
    "trigger", "trigger_start", "trigger_end", "negated", "modality", "confidence", "rule",
    "location", "location_code", "sentence",
]


def flat_row(e: EventRow) -> dict[str, Any]:
    """One event as the flat row of the CSV and Parquet exports."""
    return {
        "event_id": e["id"], "story_event_id": e["story_event_id"], "article_id": e["article_id"],
        "document": e["doc_id"], "published": e["published"], "site": e["site"], "url": e["url"], "title": e["title"],
        "type": e["type"], "mode": e["mode"], "cameo": e["cameo"], "quad_code": PLOVER_QUAD.get(e["type"]),
        "source_text": e["source_text"], "source_name": e["s_name"], "source_name_en": e["s_name_en"],
        "source_code": e["s_code"], "source_id": _kb_id(e["s_key"]),
        "target_text": e["target_text"], "target_name": e["t_name"], "target_name_en": e["t_name_en"],
        "target_code": e["t_code"], "target_id": _kb_id(e["t_key"]),
        "trigger": e["trigger_text"], "trigger_start": e["trigger_start"], "trigger_end": e["trigger_end"],
        "negated": bool(e["negated"]), "modality": e["modality"], "confidence": e["confidence"], "rule": e["rule"],
        "location": e.place.name if e.place else None, "location_code": e.place.code if e.place else None,
        "sentence": e["sentence"],
    }


def write_plover(rows: Iterator[EventRow], out: IO[str]) -> int:
    n = 0
    for n, e in enumerate(rows, 1):
        out.write(json.dumps(plover_record(e), ensure_ascii=False) + "\n")
    return n


def write_cameo(rows: Iterator[EventRow], out: IO[str]) -> int:
    out.write("\t".join(PHOENIX_COLUMNS) + "\n")
    n = 0
    for e in rows:
        cells = cameo_row(e)
        if cells is not None:
            out.write("\t".join(cells) + "\n")
            n += 1
    return n


def write_csv(rows: Iterator[EventRow], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    n = 0
    for n, e in enumerate(rows, 1):
        writer.writerow(flat_row(e))
    return n


def write_parquet(rows: Iterator[EventRow], out: IO[bytes], batch_size: int = 10_000) -> int:
    """Row groups of ``batch_size`` events: memory stays flat however large the export."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    ints = {"event_id", "story_event_id", "article_id", "quad_code", "trigger_start", "trigger_end"}
    schema = pa.schema([(c, pa.int64() if c in ints else pa.bool_() if c == "negated"
                         else pa.float64() if c == "confidence" else pa.string()) for c in CSV_COLUMNS])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for e in rows:
            batch.append(flat_row(e))
            if len(batch) == batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def matching_articles(conn: sqlite3.Connection, query: str = "", filters: Filters = Filters()) -> Iterator[int]:
    """The ids of the articles matching the query and filters, in store order, read lazily."""
    source, where = articles_from(_match(query), filters, actor_set(conn, filters))
    for (article_id,) in conn.execute(f"SELECT a.id {source} WHERE {where} ORDER BY a.id", where.params):
        yield article_id


def write_records(conn: sqlite3.Connection, out: IO[str], query: str = "", filters: Filters = Filters()) -> int:
    """One output-contract record per matching article (JSON Lines)."""
    n = 0
    for article_id in matching_articles(conn, query, filters):
        record = article_record(conn, article_id)
        if record is not None:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def export(conn: sqlite3.Connection, fmt: str, out: IO[Any], query: str = "", filters: Filters = Filters(),
           once_per_story: bool = False) -> int:
    """Write the matching events (articles for jsonl) in ``fmt`` to ``out``; returns the items written.

    ``out`` is a text stream, except for parquet (a binary one).
    """
    if fmt == "jsonl":
        return write_records(conn, out, query, filters)
    writers = {"plover": write_plover, "cameo": write_cameo, "csv": write_csv, "parquet": write_parquet}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return writers[fmt](event_rows(conn, query, filters, once_per_story), out)
