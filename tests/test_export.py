"""Exports (PLOVER, CAMEO/Phoenix, CSV, Parquet, JSON Lines) and the Python API."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest
from conftest import FIXTURES
from store_fixtures import make_store

import rasid
from rasid.cli import main
from rasid.model import Record
from rasid.store.export import PHOENIX_COLUMNS, cameo_quad, export
from rasid.store.filters import Filters

PLOVER_SCHEMA = json.loads((FIXTURES / "plover-event.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("export"))


def _export(db: Path, fmt: str, **kwargs) -> str:
    with rasid.open(db) as store:
        out = io.StringIO()
        store.export(fmt, out, **kwargs)
        return out.getvalue()


def test_plover_records_follow_the_schema(db: Path) -> None:
    lines = _export(db, "plover").splitlines()
    assert lines
    for line in lines:
        record = json.loads(line)
        jsonschema.validate(record, PLOVER_SCHEMA)
    consult = [json.loads(line) for line in lines if json.loads(line)["event"] == ["CONSULT"]]
    assert consult and consult[0]["actor"][0]["code"] == "JOR" and consult[0]["date"] == "2024-05-02"


def test_plover_copies_share_a_link_and_once_per_story_drops_them(db: Path) -> None:
    every = [json.loads(line) for line in _export(db, "plover").splitlines()]
    once = [json.loads(line) for line in _export(db, "plover", once_per_story=True).splitlines()]
    assert len(once) < len(every)
    assert {r["link"] for r in every} == {r["link"] for r in once}
    assert len({r["id"] for r in once}) == len(once)


def test_cameo_rows_have_the_phoenix_columns(db: Path) -> None:
    rows = list(csv.reader(io.StringIO(_export(db, "cameo")), delimiter="\t"))
    assert rows[0] == PHOENIX_COLUMNS
    assert len(rows) > 1
    for row in rows[1:]:
        cells = dict(zip(PHOENIX_COLUMNS, row, strict=True))
        assert len(cells["Date"]) == 8 and cells["Date"].isdigit()
        assert cells["EventRootCode"] == cells["EventCode"][:2]
        assert cells["QuadClass"] == str(cameo_quad(cells["EventCode"]))
        assert cells["SourceActorEntity"] == cells["SourceActorFull"][:3]
    assert cameo_quad("043") == 1 and cameo_quad("112") == 3 and cameo_quad("190") == 4 and cameo_quad("061") == 2


def test_csv_and_parquet_hold_the_same_rows(db: Path, tmp_path: Path) -> None:
    table = list(csv.DictReader(io.StringIO(_export(db, "csv"))))
    path = tmp_path / "events.parquet"
    with rasid.open(db) as store, path.open("wb") as out:
        n = store.export("parquet", out)
    parquet = pq.read_table(path).to_pylist()
    assert n == len(parquet) == len(table) > 0
    assert [r["event_id"] for r in parquet] == [int(r["event_id"]) for r in table]
    assert parquet[0]["type"] == table[0]["type"] and isinstance(parquet[0]["negated"], bool)


def test_an_empty_export_is_still_a_valid_file(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "none.parquet"
    with rasid.open(db) as store, path.open("wb") as out:
        assert store.export("parquet", out, type="NO-SUCH-TYPE") == 0
    assert pq.read_table(path).num_rows == 0
    assert _export(db, "csv", type="NO-SUCH-TYPE").splitlines()[0].startswith("event_id,")


def test_jsonl_records_round_trip_into_the_contract(db: Path) -> None:
    lines = _export(db, "jsonl", source="site-a").splitlines()
    assert len(lines) == 2
    record = Record.from_dict(json.loads(lines[0]))
    assert record.title and record.entities and record.events
    assert record.text[record.events[0].trigger.start:record.events[0].trigger.end] == record.events[0].trigger.text


def test_filters_and_query_narrow_the_export(db: Path) -> None:
    with rasid.open(db) as store:
        out = io.StringIO()
        everything = export(store.conn, "plover", out)
        out = io.StringIO()
        flood = export(store.conn, "plover", out, "السيول")
        later = export(store.conn, "plover", io.StringIO(), filters=Filters(date_from="2024-06-01"))
    assert 0 <= flood < everything and later < everything


def test_cli_export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.tsv"
    assert main(["export", "--db", str(db), "--format", "cameo", "--country", "JOR", "-o", str(target)]) == 0
    rows = target.read_text(encoding="utf-8").splitlines()
    assert len(rows) > 1 and all("JOR" in row for row in rows[1:])
    assert "exported" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--format", "xml"]) == 2
    assert main(["export", "--db", str(tmp_path / "missing.db"), "--format", "csv"]) == 2


def test_python_api_analyze_and_open(db: Path) -> None:
    record = rasid.analyze("التقى وزير الخارجية الأردني نظيره المصري في عمان.", published="2024-05-02")
    assert isinstance(record, Record)
    assert [(e.type, e.source.code if e.source else None) for e in record.events][0] == ("CONSULT", "JORGOV")
    html = rasid.analyze(html="<html><body><article><h1>عنوان</h1><p>" + "أدان الرئيس الهجوم. " * 20
                         + "</p></article></body></html>")
    assert html.text
    with pytest.raises(rasid.errors.RasidError):
        rasid.analyze("   ")
    with rasid.open(db) as store:
        records = list(store.records("المساعدات"))
        assert {r.id for r in records} == {"a1", "b1", "c1"}
        page = store.events(limit=2)
        rest = store.events(limit=100, cursor=page.next_cursor)
        assert len(page.items) == 2 and page.items[-1]["id"] < rest.items[0]["id"]
        jordan = store.actors("Safadi").items
        assert jordan and store.actor(jordan[0]["id"])["counts"]["events_as_source"] >= 1
        assert store.search("الأردني").totals["articles"] == 1
        assert store.stats().counts["stories"] == 2
