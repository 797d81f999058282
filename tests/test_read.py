"""Readers: plain text (the seed), HTML, JSON Lines (plain and gzipped), WARC, sniffing."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasid.model import Article
from rasid.read import Failure, read_inputs
from rasid.read.dates import normalize_date
from rasid.read.sniff import sniff

from conftest import EXAMPLE_SEED, FIXTURES, SEED

PAGE = FIXTURES / "news_page.html"


def _read(*specs: str) -> list[Article | Failure]:
    return list(read_inputs(list(specs)))


def _only(specs: str) -> Article:
    (item,) = _read(specs)
    assert isinstance(item, Article), item
    return item


@pytest.mark.parametrize("path", [EXAMPLE_SEED, SEED])
def test_read_seed(path: Path) -> None:
    if not path.exists():
        pytest.skip("seed not present")
    article = _only(str(path))
    assert article.id == "000_6e40cabbe8c3b071"
    assert article.title.startswith("شمخاني: انسحاب القوات الأجنبية")
    assert article.text.startswith(article.title + "\n\n")
    kinds = [p.kind for p in article.paragraphs]
    assert kinds.count("title") == 1 and kinds.count("paragraph") == 20 and kinds.count("subheading") == 1
    sub = next(p for p in article.paragraphs if p.kind == "subheading")
    assert article.text[sub.start : sub.end] == "قدرات حماس والجهاد الاسلامي دحضت اسطورة الكيان الصهيوني الذي لا يقهر"
    removed = [(r.kind, r.text) for r in article.removed]
    assert removed[0][0] == "duplicate_title" and removed[0][1].startswith("شمخانی")
    assert ("end_marker", "/انتهى/") in removed
    assert [k for k, _ in removed].count("navigation") == 3
    for bad in ("الأكثر قراءة", "عناوين مختارة", "أهم الأخبار", "/انتهى/", "شمخانی"):
        assert bad not in article.text
    for p in article.paragraphs:
        assert article.text[p.start : p.end].strip() == article.text[p.start : p.end] != ""


def test_read_plaintext_end_marker_inside_last_paragraph(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("عنوان الخبر\n\nنص الخبر الأول هنا.\nوالفقرة الأخيرة. /انتهى/ الأكثر قراءة\nأهم الأخبار\n", encoding="utf-8")
    article = _only(str(f))
    assert article.text.endswith("والفقرة الأخيرة.")
    assert [r.kind for r in article.removed] == ["end_marker", "navigation", "navigation"]


def test_read_html_page_written_for_tests() -> None:
    article = _only(str(PAGE))
    assert article.id == "news_page"
    assert article.title == "وزراء الزراعة العرب يجتمعون في القاهرة لبحث الأمن الغذائي"
    assert article.published == "2023-10-15"
    assert article.source == "جريدة الاختبار"
    assert "صندوق طوارئ" in article.text and "بشكل نهائي" in article.text
    for furniture in ("نتمنى التنفيذ", "الرئيسية", "مباراة القمة", "جميع الحقوق محفوظة"):
        assert furniture not in article.text
    heads = [article.text[p.start : p.end] for p in article.paragraphs if p.kind == "subheading"]
    assert heads == ["خطة لعشر سنوات"]


def _jsonl_lines() -> list[str]:
    return [
        json.dumps({"id": "a-1", "title": "عنوان أول", "text": "عنوان أول\nالفقرة الأولى.\nالفقرة الثانية.",
                    "published": "2023-01-30T22:52:00+02:00", "source": "almayadeen", "url": "https://x.test/1"},
                   ensure_ascii=False),
        json.dumps({"docno": "AL-1", "src": "alarabia", "title": "عنوان ثان", "text": "نص الخبر.",
                    "time": "Sun, 18 Feb 2018 21:35:43 +0400"}, ensure_ascii=False),
        json.dumps({"title": "بلا معرف", "text": "نص.", "extracted": "2015-07-21 02:51:32"}, ensure_ascii=False),
        json.dumps({"id": "headline", "title": "عنوان فقط", "text": ""}, ensure_ascii=False),
    ]


def test_read_jsonl_fields_and_aliases(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(_jsonl_lines()) + "\n", encoding="utf-8")
    first, second, third, headline = _read(str(f))
    assert isinstance(headline, Article) and headline.text == "عنوان فقط" and len(headline.paragraphs) == 1
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert (first.id, first.published, first.source, first.url) == ("a-1", "2023-01-30", "almayadeen", "https://x.test/1")
    assert first.text == "عنوان أول\n\nالفقرة الأولى.\n\nالفقرة الثانية."  # the title line is not repeated
    assert (second.id, second.source, second.published) == ("AL-1", "alarabia", "2018-02-18")
    assert (third.id, third.published) == ("feed-3", "2015-07-21")


def test_read_jsonl_gzipped_without_extension(tmp_path: Path) -> None:
    f = tmp_path / "feed.data"
    f.write_bytes(gzip.compress(("\n".join(_jsonl_lines()) + "\n").encode("utf-8")))
    assert [a.id for a in _read(str(f))] == ["a-1", "AL-1", "feed-3", "headline"]


def _warc(records: list[tuple[str, bytes, str]], compress: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for url, body, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


@pytest.mark.parametrize("compress", [True, False])
def test_read_warc_html_responses(tmp_path: Path, compress: bool) -> None:
    page = PAGE.read_bytes()
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(_warc([
        ("https://news.example.org/a", page, "text/html; charset=utf-8"),
        ("https://news.example.org/logo.png", b"\x89PNG\r\n", "image/png"),
        ("https://news.example.org/empty", b"<html><body><nav>menu</nav></body></html>", "text/html"),
    ], compress))
    items = _read(str(f))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(articles) == 1 and articles[0].url == "https://news.example.org/a"
    assert articles[0].title.startswith("وزراء الزراعة العرب")
    assert len(failures) == 1 and "https://news.example.org/empty" in failures[0].where


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"WARC/1.0\r\n", "x.bin", "warc"),
        (b'{"id": 1}\n', "x.txt", "jsonl"),
        (b"<!DOCTYPE html><html>", "x.txt", "html"),
        (b"  <html lang='ar'>", "page", "html"),
        ("شمخاني: عنوان\n".encode(), "a.txt", "text"),
        ("شمخاني: عنوان\n".encode(), "a", "text"),
        (gzip.compress(b'{"id": 1}\n'), "a.gz", "jsonl"),
    ],
)
def test_sniff_kinds(head: bytes, name: str, kind: str) -> None:
    assert sniff(head, name) == kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-01-30T22:52:00+02:00", "2023-01-30"),
        ("Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18"),
        ("2015-07-21 02:51:32", "2015-07-21"),
        ("21/07/2015", "2015-07-21"),
        ("2015-13-45", None),
        ("yesterday", None),
        (None, None),
        (0, "1970-01-01"),
    ],
)
def test_normalize_date(value: object, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_read_trailing_disclaimer_and_navigation_removed(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text(
        "عنوان الخبر\nنص الخبر الأول هنا.\nالآراء الواردة في التعليقات تعبر عن أصحابها ولا تعبر عن رأي الموقع بأي شكل من الأشكال.\n"
        "اقرأ أيضا\n", encoding="utf-8")
    article = _only(str(f))
    assert article.text == "عنوان الخبر\n\nنص الخبر الأول هنا."
    assert [r.kind for r in article.removed] == ["disclaimer", "navigation"]
