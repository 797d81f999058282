"""The command line, run in-process: outputs, formats, stdin, atomic --output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.cli import main
from rasid.model import Article

from conftest import EXAMPLE_SEED, ROOT


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_clean_jsonl_is_the_contract_first_block(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "clean", str(EXAMPLE_SEED))
    assert code == 0
    doc = json.loads(out)
    assert list(doc) == ["id", "title", "text", "published", "source", "url", "paragraphs", "removed"]
    article = Article.from_dict(doc)
    assert article.id == "000_6e40cabbe8c3b071" and article.text.startswith(article.title)


def test_cli_clean_examples_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "clean", str(ROOT / "examples"))
    assert code == 0, err
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["000_6e40cabbe8c3b071", "baghdad_parliament", "gulf_summit", "wire-0001", "wire-0002"]


def test_cli_clean_text_view(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "clean", "--format", "text", str(EXAMPLE_SEED))
    assert code == 0
    assert "20 paragraphs, 1 sub-headings" in out
    assert "§ قدرات حماس" in out and "end_marker: /انتهى/" in out


def test_cli_tokenize_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "tokenize", str(EXAMPLE_SEED))
    assert code == 0
    doc = json.loads(out)
    assert list(doc) == ["id", "sentences"]
    first = doc["sentences"][1]["tokens"][0]
    assert list(first) == ["text", "start", "end", "segments"]
    clean = json.loads(_run(capsys, "clean", str(EXAMPLE_SEED))[1])
    for sentence in doc["sentences"]:
        for token in sentence["tokens"]:
            assert clean["text"][token["start"] : token["end"]] == token["text"] == "".join(token["segments"])


def test_cli_tokenize_text_view(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "tokenize", "--format", "text", str(EXAMPLE_SEED))
    assert code == 0 and "و+أشاد شمخاني" in out and "ل+لأمن" in out


def test_cli_reads_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    data = "عنوان من المدخل\n\nنص الخبر.\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = _run(capsys, "clean", "-")
    assert code == 0 and json.loads(out)["title"] == "عنوان من المدخل"


def test_cli_output_file_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = _run(capsys, "clean", "--output", str(target), str(ROOT / "examples"))
    assert code == 0 and out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 5
    assert not list(tmp_path.glob("*.part"))


def test_cli_output_not_left_half_written_on_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n", encoding="utf-8")

    def boom(*_: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("rasid.cli.article_text", boom)
    code, _, err = _run(capsys, "clean", "--format", "text", "--output", str(target), str(EXAMPLE_SEED))
    assert code == 130 and "interrupted" in err
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert not list(tmp_path.glob("*.part"))


def test_cli_output_to_missing_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "clean", "--output", str(tmp_path / "no" / "such" / "out.jsonl"), str(EXAMPLE_SEED))
    assert code == 2 and "rasid: error:" in err and "Traceback" not in err


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--version")
    assert code == 0 and out.startswith("rasid ")


def test_batch_progress_counts_and_reports(capsys: pytest.CaptureFixture[str]) -> None:
    from rasid.progress import BatchProgress

    with BatchProgress("clean", enabled=True) as progress:
        progress.document()
        progress.failure("rasid: error: x.txt: empty file")
    assert (progress.read, progress.failed) == (1, 1)
    assert "x.txt: empty file" in capsys.readouterr().err
