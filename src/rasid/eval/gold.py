"""Reading gold files in the project's gold format (../shared/seed/GOLD_FORMAT.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rasid.errors import EvalDataError
from rasid.model import ActorRef
from rasid.text.fold import fold_text


def read_gold(path: Path) -> dict[str, Any]:
    """One gold file, or EvalDataError naming it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalDataError(f"{path}: cannot read the gold file ({exc})") from exc


def gold_key(text: str | None) -> str:
    """How gold keys and output texts are compared: folded, punctuation and extra spaces removed."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold_text(text or "")).split())


def names_any(keys: list[str], ref: ActorRef | None) -> bool:
    """Whether a gold key occurs in an output actor's text, name, English name or id."""
    if ref is None:
        return False
    texts = " | ".join(gold_key(x) for x in (ref.text, ref.name, ref.name_en, ref.id))
    return any(gold_key(k) in texts for k in keys)
