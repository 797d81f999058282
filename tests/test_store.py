"""The corpus store: processing, duplicates, safety (idempotence, resume, bad input), search, stats."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_fixtures import FLOOD, MEETING, write_stories
from store_fixtures import doc as _doc
from store_fixtures import write_jsonl as _write

from rasid.cli import main
from rasid.store import ProcessOptions, Store, process
from rasid.store.filters import Filters
from rasid.store.schema import SCHEMA_VERSION, migrate
from rasid.store.search import search
from rasid.store.stats import store_stats


@pytest.fixture()
def stories(tmp_path: Path) -> Path:
    return write_stories(tmp_path / "stories.jsonl")


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_copies_share_a_story_and_their_events_are_linked(stories: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    summary = process([str(stories)], db, ProcessOptions(workers=1))
    assert (summary.new, summary.copies, summary.near, summary.failed) == (2, 1, 1, 0)
    clusters = dict(_rows(db, "SELECT doc_id, cluster_id FROM articles"))
    assert clusters["a1"] == clusters["b1"] == clusters["c1"] != clusters["f1"]
    # every copy keeps its own source and URL
    assert _rows(db, "SELECT source, url FROM articles WHERE doc_id = 'b1'") == [("site-b", "https://site-b.example/b1")]
    # the copy's events are stored, and linked to the first article's instead of counted again
    per_article = dict(_rows(db, "SELECT a.doc_id, COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id"
                                 " GROUP BY a.doc_id"))
    assert per_article["a1"] == per_article["b1"] > 0
    a1_events = _rows(db, "SELECT COUNT(DISTINCT story_event_id) FROM events e JOIN articles a ON a.id = e.article_id"
                          " WHERE a.doc_id IN ('a1', 'b1')")[0][0]
    assert a1_events == per_article["a1"]
    with Store(db) as store:
        stats = store_stats(store.conn)
    assert stats.counts["articles"] == 4 and stats.counts["stories"] == 2
    assert stats.counts["events_once_per_story"] < stats.counts["events"]


def test_processing_twice_adds_nothing(stories: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    process([str(stories)], db, ProcessOptions(workers=1))
    before = {t: _rows(db, f"SELECT COUNT(*) FROM {t}")[0][0] for t in ("articles", "events", "quotes", "entities")}
    again = process([str(stories), str(stories)], db, ProcessOptions(workers=1))
    assert again.stored == 0 and again.skipped == 8
    assert {t: _rows(db, f"SELECT COUNT(*) FROM {t}")[0][0] for t in before} == before


def test_two_workers_build_the_same_store(stories: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    process([str(stories)], one, ProcessOptions(workers=1))
    process([str(stories)], two, ProcessOptions(workers=2, chunk_size=1))
    query = ("SELECT a.doc_id, a.cluster_id, a.duplicate_of, e.type, e.story_event_id FROM articles a"
             " LEFT JOIN events e ON e.article_id = a.id ORDER BY a.id, e.id")
    assert _rows(one, query) == _rows(two, query)


def test_interrupted_run_keeps_whole_batches_and_resumes(stories: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    real_add, calls = Store.add, []

    def add_then_interrupt(self: Store, item):
        calls.append(item)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_add(self, item)

    monkeypatch.setattr(Store, "add", add_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        process([str(stories)], db, ProcessOptions(workers=1, commit_every=2))
    assert [r[0] for r in _rows(db, "SELECT doc_id FROM articles ORDER BY id")] == ["a1", "b1"]
    monkeypatch.setattr(Store, "add", real_add)
    resumed = process([str(stories)], db, ProcessOptions(workers=1))
    assert (resumed.skipped, resumed.stored) == (2, 2)
    assert _rows(db, "SELECT COUNT(*) FROM articles")[0][0] == 4


def _many_docs(path: Path, n: int) -> Path:
    rng = random.Random(7)
    words = (FLOOD + " " + MEETING).split()
    return _write(path, [_doc(f"r{i}", " ".join(rng.choices(words, k=120)), "site-r") for i in range(n)])


def test_resume_after_kill_9(tmp_path: Path) -> None:
    total = 1500
    corpus = _many_docs(tmp_path / "many.jsonl", total)
    db = tmp_path / "k.db"
    command = [sys.executable, "-c", "from rasid.cli import entry; entry()", "process", str(corpus),
               "--db", str(db), "--workers", "1", "--commit-every", "5"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored, deadline = 0, time.monotonic() + 180  # a loaded machine starts the child slowly
    while stored < 20 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
        if db.exists():
            try:
                stored = _rows(db, "SELECT COUNT(*) FROM articles")[0][0]
            except sqlite3.OperationalError:  # not created yet
                pass
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    stored = _rows(db, "SELECT COUNT(*) FROM articles")[0][0]
    assert 0 < stored < total, "the run must be killed halfway for this test to mean anything"
    assert main(["process", str(corpus), "--db", str(db), "--workers", "1"]) == 0
    assert _rows(db, "SELECT COUNT(*), COUNT(DISTINCT doc_id) FROM articles") == [(total, total)]
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(db, "PRAGMA foreign_key_check") == []
    # the index holds each article once
    assert _rows(db, "SELECT COUNT(*) FROM articles_fts") == [(total,)]


def test_a_batch_with_corrupt_files_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.html").write_bytes(b"")
    (folder / "broken.jsonl").write_text('{"id": "x1", "text": "نص"\nnot json\n', encoding="utf-8")
    (folder / "good.txt").write_text(FLOOD, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["process", str(folder), "--db", str(db), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "junk.txt" in err and "empty.html" in err and "broken.jsonl" in err
    assert [r[0] for r in _rows(db, "SELECT doc_id FROM articles")] == ["good"]


def test_search_folds_spellings_and_clitics(stories: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    process([str(stories)], db, ProcessOptions(workers=1))
    with Store(db) as store:
        # hamza or not; the article, a pronoun suffix or a conjunction split off (المعابر، بلاده، وفتح)
        for query in ("أشار", "اشار", "المعابر", "معابر", "بلاد", "فتح", "السيول"):
            assert search(store.conn, query).totals["articles"] >= 1, query
        # the three copies of the meeting are one story
        meeting = search(store.conn, "الخارجية الأردني")
        assert meeting.totals["articles"] == 1 and meeting.articles[0].copies == 3
        assert search(store.conn, "غمرت السيول").articles[0].article == "f1"
        assert search(store.conn, "كلمة لا توجد").totals == {"articles": 0, "quotes": 0, "events": 0}
        assert search(store.conn, 'AND ( * "').totals["articles"] == 0  # FTS syntax is searched literally


def test_search_persian_letters_meet_arabic(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "p.jsonl", [_doc("p1", "استقبل علی شمخانی وفدا عراقيا في طهران. " + FLOOD, "site-p")])
    db = tmp_path / "p.db"
    process([str(corpus)], db, ProcessOptions(workers=1))
    with Store(db) as store:
        assert search(store.conn, "شمخاني").totals["articles"] == 1
        assert search(store.conn, "علي شمخاني").totals["articles"] == 1


def test_search_filters(stories: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    process([str(stories)], db, ProcessOptions(workers=1))
    with Store(db) as store:
        conn = store.conn
        assert search(conn, "", Filters(date_from="2024-06-01")).totals["articles"] == 1
        assert search(conn, "", Filters(date_to="2024-05-02")).totals["articles"] == 1
        assert search(conn, "", Filters(source="site-c")).articles[0].article == "c1"
        events = search(conn, "", Filters(type="CONSULT"))
        assert events.totals["events"] >= 1 and all(h.extra["type"] == "CONSULT" for h in events.events)
        jordan = search(conn, "", Filters(actor="Ayman Safadi"))
        assert jordan.totals["articles"] == 1 and jordan.totals["events"] >= 1
        assert search(conn, "", Filters(actor="لا أحد بهذا الاسم")).totals["articles"] == 0


def test_cli_search_and_stats(stories: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    assert main(["process", str(stories), "--db", str(db), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["search", "المساعدات", "--db", str(db), "--format", "jsonl"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {h["kind"] for h in hits} >= {"article"} and hits[0]["copies"] == 3
    assert main(["stats", "--db", str(db), "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["counts"]["stories"] == 2
    assert main(["stats", "--db", str(db)]) == 0
    assert "top actors" in capsys.readouterr().out


def test_cli_store_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "x", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no such store" in capsys.readouterr().err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    assert main(["stats", "--db", str(junk)]) == 2
    assert "not a rasid store" in capsys.readouterr().err
    assert main(["search", "x", "--from", "May 2024"]) == 2


def test_migration_from_the_first_schema(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, target=1)  # a store as the first version of the schema left it
    conn.execute("INSERT INTO articles (id, doc_key, doc_id, title, text, content_hash, cluster_id)"
                 " VALUES (1, 'k', 'old1', 'عنوان', ?, 'h', 1)", (FLOOD,))
    conn.execute("INSERT INTO quotes (article_id, start_char, end_char, text, kind, verb)"
                 " VALUES (1, 0, 5, 'أشار إلى السيول', 'direct', 'قال')")
    conn.close()
    with Store(db) as store:
        assert [m.version for m in store.migrations] == [2]
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        found = search(store.conn, "الدفاع المدني")
        assert [h.article for h in found.articles] == ["old1"]
        assert search(store.conn, "اشار").totals["quotes"] == 1
    with Store(db) as store:  # opening again runs nothing
        assert store.migrations == []


def test_a_store_from_a_newer_rasid_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(Exception, match="upgrade rasid"):
        Store(db)
