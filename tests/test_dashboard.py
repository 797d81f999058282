"""The web dashboard in a real browser: Debian's chromium driven by playwright, over a real server.

Screenshots of every page go to test-artifacts/screenshots/.  The server is a real
`rasid serve` process; the browser is installed by `make test` (Makefile); without
/usr/bin/chromium these tests are skipped with that reason.
"""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import ROOT
from store_fixtures import FLOOD, doc, write_jsonl, write_stories

from rasid.store import ProcessOptions, process

CHROMIUM = "/usr/bin/chromium"
# what this machine's closed network needs (the environment notes): no background connections
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "test-artifacts" / "screenshots"
EVIL = ('أدان وزير الخارجية الأردني الهجوم <script>alert("x")</script> وقال إن <img src=x onerror="alert(1)"> '
        '<b onmouseover="alert(2)">النص</b> يبقى نصا. ') + FLOOD

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"{CHROMIUM} is not installed (make test installs it)")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dashboard")
    stories = write_stories(folder / "stories.jsonl")
    evil = write_jsonl(folder / "evil.jsonl", [doc("evil", EVIL, "site-evil", "2024-05-04",
                                                   title='عنوان <script>alert("t")</script>')])
    db = folder / "dash.db"
    assert process([str(stories), str(evil)], db, ProcessOptions(workers=1)).stored == 5
    return db


@pytest.fixture(scope="module")
def base_url(db: Path) -> Iterator[str]:
    """A real `rasid serve` on a free loopback port, as a user starts it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-c", "from rasid.cli import entry; entry()", "serve", "--db", str(db),
               "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise RuntimeError(f"rasid serve did not start: {server.stderr.read().decode(errors='replace')}")
        time.sleep(0.1)
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    assert dialogs == [], f"a page ran a script: {dialogs}"
    context.close()


def _shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_overview(page: object, base_url: str) -> None:
    page.goto(base_url + "/")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.locator("#counts").inner_text().count("5") >= 1
    assert page.locator("#per-day svg.chart rect.bar").count() > 0
    assert page.locator("#top-actors li").count() > 0
    assert page.locator("#clusters li a").count() >= 1  # the meeting story, told three times
    _shot(page, "overview-ar")
    page.click("#lang-toggle")
    assert page.get_attribute("html", "dir") == "ltr"
    assert "Events per day by type" in page.inner_text("#per-day h2")
    _shot(page, "overview-en")


def test_search_highlights_and_exports(page: object, base_url: str) -> None:
    page.goto(base_url + "/ui/search")
    page.fill("#q", "المساعدات")
    page.click("#search-form button[type=submit]")
    page.wait_for_selector("#article-results")
    marks = page.locator("#article-results .hit")
    assert marks.count() >= 1 and "المساعدات" in marks.first.inner_text()
    assert "3" in page.inner_text("#article-results li .meta")  # one story, three copies
    exports = page.locator(".exports a")
    assert exports.count() == 5 and "q=" in exports.first.get_attribute("href")
    response = page.request.get(base_url + exports.nth(1).get_attribute("href"))
    assert response.ok and response.text().startswith("EventID")
    _shot(page, "search")


def test_article_shows_entities_quotes_and_triggers(page: object, base_url: str) -> None:
    page.goto(base_url + "/ui/search?q=الأردني")
    page.click("#article-results li a")
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text .trigger").count() >= 1
    assert page.locator("#article-text .ent").count() >= 3
    quote = page.locator("#article-text .quote").first
    assert "وزير" in quote.get_attribute("title") or "صفدي" in quote.get_attribute("title")
    assert page.locator("#event-list li").count() >= 1 and "←CONSULT" in page.inner_text("#event-list")
    _shot(page, "article")
    page.click("#event-list li a")  # the actor of the first event
    page.wait_for_selector("#actor-name")
    assert page.locator("#timeline svg.chart rect.bar").count() >= 1
    assert page.locator("#partners svg.network circle.node").count() >= 2
    assert page.locator("#offices li").count() >= 1  # the knowledge base's offices over time
    _shot(page, "actor")


def test_article_text_is_never_markup(page: object, base_url: str, db: Path) -> None:
    with sqlite3.connect(db) as conn:
        evil_id = conn.execute("SELECT id FROM articles WHERE doc_id = 'evil'").fetchone()[0]
    page.goto(f"{base_url}/ui/articles/{evil_id}")
    text = page.inner_text("#article-text")
    assert '<script>alert("x")</script>' in text and 'onerror="alert(1)"' in text
    assert '<script>alert("t")</script>' in page.inner_text("#article-title")
    assert page.locator("#article-text img, #article-text script, #article-text b").count() == 0
    page.goto(f"{base_url}/ui/search?q=النص")
    assert page.locator("#article-results img, #article-results script").count() == 0
    page.hover("#article-results li a")
    _shot(page, "evil-article")


def test_pages_write_nothing(page: object, base_url: str, db: Path) -> None:
    def counts() -> list[int]:
        with sqlite3.connect(db) as conn:
            return [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "actors")]

    before = counts()
    for url in ("/", "/ui/search?q=السيول", "/ui/articles/1", "/ui/actors/1", "/ui/articles/999"):
        page.goto(base_url + url)
    assert page.locator("h1").inner_text()  # the 404 page is a page too
    assert counts() == before
