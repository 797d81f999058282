"""Bad input is normal: one clear failure per document, the batch goes on, no traceback."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rasid.cli import main
from rasid.model import Article
from rasid.read import Failure, ReadOptions, read_inputs

GOOD = "عنوان الخبر\n\nنص الخبر هنا.\n"


def _split(items: list) -> tuple[list[Article], list[Failure]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("junk.bin", bytes(range(256)) * 40, "binary"),
        ("junk.txt", b"\x00\x01\x02\xff\xfe\x00" * 100, "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  \t\n", "empty"),
        ("latin.txt", "Ce texte est en fran\u00e7ais, cod\u00e9 en latin-1 \u00e9\u00e8\u00e0.".encode("latin-1"), "encoding"),
        ("nothing.html", b"<html><head><title>x</title></head><body><nav>menu</nav></body></html>", "no article"),
        ("cut.txt.gz", gzip.compress(GOOD.encode())[:-12], "compressed"),
    ],
)
def test_bad_document_is_reported_and_batch_goes_on(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "zz_good.txt"
    good.write_text(GOOD, encoding="utf-8")
    articles, failures = _split(list(read_inputs([str(bad), str(good)])))
    assert [a.id for a in articles] == ["zz_good"]
    assert len(failures) == 1 and failures[0].where == str(bad) and reason in failures[0].reason


def test_legacy_arabic_encodings_are_read(tmp_path: Path) -> None:
    for enc in ("cp1256", "utf-16", "utf-16-le", "utf-8-sig"):
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(GOOD.encode(enc))
        (article,) = read_inputs([str(f)])
        assert isinstance(article, Article) and article.title == "عنوان الخبر"


def test_malformed_json_lines_are_reported_by_line(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "title": "عنوان", "text": "نص."}, ensure_ascii=False),
        '{"id": "broken", "title": "عنوان"',
        "[1, 2, 3]",
        json.dumps({"id": "nothing", "url": "https://x.test/"}),
        json.dumps({"id": "ok-2", "title": "عنوان", "text": "نص."}, ensure_ascii=False),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, failures = _split(list(read_inputs([str(f)])))
    assert [a.id for a in articles] == ["ok-1", "ok-2"]
    assert [x.where for x in failures] == [f"{f}:2", f"{f}:3", f"{f}:4"]
    assert "malformed JSON" in failures[0].reason and "JSON object" in failures[1].reason
    assert "neither title nor text" in failures[2].reason


def test_truncated_gzip_jsonl_keeps_what_was_read(tmp_path: Path) -> None:
    body = "".join(json.dumps({"id": f"r{i}", "title": "عنوان", "text": f"نص رقم {i} " * 50}, ensure_ascii=False) + "\n"
                   for i in range(200))
    data = gzip.compress(body.encode())
    f = tmp_path / "feed.jsonl.gz"
    f.write_bytes(data[: len(data) // 2])
    articles, failures = _split(list(read_inputs([str(f)])))
    assert 0 < len(articles) < 200
    assert len(failures) == 1 and "truncated" in failures[0].reason and failures[0].where.startswith(f"{f}:")


def test_huge_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_text("عنوان\n" + "كلمة " * 5000, encoding="utf-8")
    (failure,) = read_inputs([str(f)], ReadOptions(max_document_bytes=1000))
    assert isinstance(failure, Failure) and "too large" in failure.reason


def test_missing_paths_and_globs(tmp_path: Path) -> None:
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")]))
    assert [type(i) for i in items] == [Failure, Failure]
    assert "no such file" in items[0].reason and "no file matches" in items[1].reason


def test_directory_with_thousands_of_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        (folder / f"{i:05d}.txt").write_text(f"عنوان {i}\n\nنص الخبر رقم {i}.\n", encoding="utf-8")
    (folder / "00999_bad.txt").write_bytes(b"\x00\xff" * 50)
    (folder / "README.md").write_text("# notes\n<div>not an article</div>\n", encoding="utf-8")
    articles, failures = _split(list(read_inputs([str(folder)])))
    assert len(articles) == 2000 and len(failures) == 1


def test_cli_exit_codes_and_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["clean", str(good)]) == 0
    capsys.readouterr()
    assert main(["clean", str(bad), str(good)]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["id"] == "good"
    assert f"{bad}: binary data" in err and "Traceback" not in err
    assert main(["clean"]) == 2
    assert main(["clean", "--format", "xml", str(good)]) == 2
    assert main(["nosuchcommand"]) == 2


def test_truncated_warc_keeps_earlier_records(tmp_path: Path) -> None:
    from test_read import PAGE, _warc

    data = _warc([(f"https://news.example.org/{i}", PAGE.read_bytes(), "text/html") for i in range(3)])
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(data[: int(len(data) * 0.8)])
    articles, failures = _split(list(read_inputs([str(f)])))
    assert len(articles) == 2
    assert len(failures) == 1 and failures[0].where.startswith(f"{f}#3") and "WARC" in failures[0].reason
