"""Shared fixtures: the segmenter (loaded once) and the ../shared folder when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.text import Segmenter

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_6e40cabbe8c3b071.txt"
EXAMPLE_SEED = ROOT / "examples" / "000_6e40cabbe8c3b071.txt"


@pytest.fixture(scope="session")
def segmenter() -> Segmenter:
    return Segmenter()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not present")
    return SHARED
