"""Gold-set figures with their floors (need ../shared; skipped without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.cli import main
from rasid.eval.clean import evaluate_clean
from rasid.eval.segment import evaluate_segmentation
from rasid.eval.splits import half_of
from rasid.text import Segmenter


def test_half_of_split_rule() -> None:
    # sha1("a") = 86f7..., sha1("b") = e9d7..., sha1("c") = 84a5..., sha1("x") = 11f6...
    assert half_of("a") == "test" and half_of("x") == "dev"


@pytest.mark.shared
def test_eval_segment_test_half_floor(shared: Path, segmenter: Segmenter) -> None:
    report = evaluate_segmentation(shared / "eval" / "ud" / "ar_pud-ud-test.conllu", segmenter, "test")
    assert report.words > 7000
    assert 0.84 <= report.baseline <= 0.85  # the figure for leaving words unsplit
    assert report.accuracy >= 0.97


@pytest.mark.shared
def test_eval_clean_real_pages(shared: Path) -> None:
    report = evaluate_clean(shared / "eval" / "html")
    failed = [c for c in report.checks if not c.passed]
    assert not failed, failed


@pytest.mark.shared
def test_cli_eval_commands(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "segment", "--shared", str(shared), "--split", "dev", "--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "dev half" in out and "segment agreement" in out
    assert main(["eval", "clean", "--shared", str(shared)]) == 0
    assert "FAIL" not in capsys.readouterr().out


def test_cli_eval_without_shared_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RASID_SHARED", raising=False)
    assert main(["eval", "clean"]) == 2
    assert "gold sets were not found" in capsys.readouterr().err


def test_shares_and_f1_have_no_division_by_zero() -> None:
    from rasid.eval.scores import f1, share
    assert share(3, 4) == 0.75 and share(0, 0) == 0.0
    assert f1(0.5, 1.0) == 2 / 3 and f1(0.0, 0.0) == 0.0
