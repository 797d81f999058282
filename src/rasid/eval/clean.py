"""Article extraction scored on real Arabic news pages (../shared/eval/html).

Checks: publication dates of the htmldate test pages, the assabah page's title and its must /
must-not snippets (trafilatura's evaluation), and body-text similarity with newspaper4k's and
goose3's expected texts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from rasid.errors import EvalDataError, ReadError
from rasid.model import Article
from rasid.read.html import read_html


@dataclass(frozen=True, slots=True)
class Check:
    """One measured check: what, the value found, the target and whether it passed."""

    name: str
    value: str
    target: str
    passed: bool


@dataclass(slots=True)
class CleanReport:
    """All checks of ``rasid eval clean``."""

    checks: list[Check] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)


def body_text(article: Article) -> str:
    """The article's body: every paragraph but the title, one per line."""
    return "\n".join(article.text[p.start : p.end] for p in article.paragraphs if p.kind != "title")


def similarity(found: str, expected: str) -> float:
    """Word-sequence similarity (difflib ratio) of two texts, white space ignored."""
    return SequenceMatcher(None, found.split(), expected.split(), autojunk=False).ratio()


def _read(path: Path, url: str | None = None) -> Article | None:
    if not path.is_file():
        raise EvalDataError(f"{path}: page not found")
    try:
        return read_html(path.read_bytes(), path.stem, url=url)
    except ReadError:
        return None


def check_dates(folder: Path) -> Check:
    """Publication dates found right on the htmldate test pages."""
    gold = json.loads((folder / "gold_dates.json").read_text(encoding="utf-8"))
    right = 0
    for url, item in gold.items():
        article = _read(folder / item["file"], url)
        right += bool(article and article.published == item["date"])
    need = len(gold) - 1
    return Check("htmldate pages: publication date", f"{right}/{len(gold)}", f">= {need}", right >= need)


def check_assabah(folder: Path) -> list[Check]:
    """Title and with / without snippets of trafilatura's assabah evaluation page."""
    (url, gold), = json.loads((folder / "evaldata_assabah.json").read_text(encoding="utf-8")).items()
    article = _read(folder / gold["file"], url)
    text = article.text if article else ""
    title = article.title if article else ""
    same_title = " ".join(title.split()) == " ".join(gold["title"].split())
    found = sum(s in text for s in gold["with"])
    leaked = sum(s in text for s in gold["without"])
    return [
        Check("assabah: title (white space normalised)", "equal" if same_title else repr(title), "equal", same_title),
        Check("assabah: must-have snippets", f"{found}/{len(gold['with'])}", "all", found == len(gold["with"])),
        Check("assabah: must-not snippets", f"{leaked}/{len(gold['without'])}", "none", leaked == 0),
    ]


def check_newspaper4k(folder: Path) -> Check:
    """Body similarity with newspaper4k's expected text for its Arabic test article."""
    meta = json.loads((folder / "arabic_article.metadata.json").read_text(encoding="utf-8"))
    article = _read(folder / "arabic_article.html", meta.get("url"))
    expected = (folder / "arabic_article.txt").read_text(encoding="utf-8")
    score = similarity(body_text(article), expected) if article else 0.0
    return Check("newspaper4k arabic_article: body similarity", f"{score:.3f}", ">= 0.9", score >= 0.9)


def check_goose3(folder: Path) -> Check:
    """Similarity with goose3's expected CNN Arabic text (a prefix of the body, as goose3 tests it)."""
    gold = json.loads((folder / "test_cnn_arabic.json").read_text(encoding="utf-8"))
    expected = gold["expected"]["cleaned_text"]
    article = _read(folder / "test_cnn_arabic.html", gold.get("url"))
    found = body_text(article)[: len(expected)] if article else ""
    score = similarity(found, expected)
    return Check("goose3 test_cnn_arabic: body similarity", f"{score:.3f}", ">= 0.9", score >= 0.9)


def evaluate_clean(html_dir: Path) -> CleanReport:
    """Run every check over the pages in ``html_dir``."""
    if not html_dir.is_dir():
        raise EvalDataError(f"{html_dir}: evaluation pages not found")
    report = CleanReport()
    report.checks.append(check_dates(html_dir / "htmldate_testset"))
    report.checks.extend(check_assabah(html_dir / "trafilatura_eval"))
    report.checks.append(check_newspaper4k(html_dir / "newspaper4k"))
    report.checks.append(check_goose3(html_dir / "goose3"))
    return report
