"""The split rule shared by every gold set, and where the gold sets live."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Literal

from rasid.errors import EvalDataError

Split = Literal["dev", "test", "all"]


def half_of(item_id: str) -> Literal["dev", "test"]:
    """``dev`` when the first hex digit of sha1(id) is 0-7, else ``test``."""
    return "dev" if hashlib.sha1(item_id.encode("utf-8")).hexdigest()[0] in "01234567" else "test"


def in_split(item_id: str, split: Split) -> bool:
    """Whether an item belongs to the requested split."""
    return split == "all" or half_of(item_id) == split


def shared_dir(explicit: str | None = None) -> Path:
    """The ../shared folder: ``explicit``, $RASID_SHARED, or ../shared from the working directory."""
    candidates = [explicit, os.environ.get("RASID_SHARED"), "../shared", "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "eval").is_dir():
            return Path(candidate)
    raise EvalDataError("the gold sets were not found: pass --shared DIR or set RASID_SHARED")
