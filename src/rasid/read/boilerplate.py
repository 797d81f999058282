"""Removing what is not the article: repeated titles, end markers, site navigation."""

from __future__ import annotations

import re

from rasid.model import Removed
from rasid.read import boilerplate_data as data
from rasid.text.fold import fold, fold_text

_END_MARKER = re.compile("|".join(f"(?:{fold_text(p)})" for p in data.END_MARKERS), re.MULTILINE)
_NAVIGATION = tuple(fold_text(p) for p in data.NAVIGATION)
_DISCLAIMERS = tuple(fold_text(p) for p in data.DISCLAIMERS)
_NON_WORD = re.compile(r"[\W_]+")


def match_key(text: str) -> str:
    """A key under which two spellings of the same line compare equal."""
    return _NON_WORD.sub(" ", fold_text(text)).strip()


def clean_blocks(title: str, blocks: list[str]) -> tuple[list[str], list[Removed]]:
    """Drop a repeated title, the end marker and what follows it, and trailing navigation.

    Args:
        title: the article's title.
        blocks: the body's blocks (paragraphs, sub-headings) in reading order, title excluded.

    Returns:
        The kept blocks and what was removed, in order.
    """
    kept = list(blocks)
    title_key = match_key(title)
    duplicates = []
    while kept and match_key(kept[0]) == title_key:
        duplicates.append(Removed("duplicate_title", kept.pop(0)))
    kept, after_marker = _cut_at_end_marker(kept)
    trailing = []
    while kept and (kind := _trailing_kind(kept[-1])):
        trailing.insert(0, Removed(kind, kept.pop()))
    return kept, [*duplicates, *trailing, *after_marker]


def _cut_at_end_marker(blocks: list[str]) -> tuple[list[str], list[Removed]]:
    for i, block in enumerate(blocks):
        folded = fold(block)
        m = _END_MARKER.search(folded.text)
        if not m:
            continue
        start, end = folded.span(m.start(), m.end())
        removed = [Removed("end_marker", block[start:end].strip())]
        before = block[:start].rstrip()
        if block[end:].strip():
            removed.append(Removed("navigation", block[end:].strip()))
        removed.extend(Removed("navigation", b) for b in blocks[i + 1 :])
        return [*blocks[:i], *([before] if before else [])], removed
    return blocks, []


def _trailing_kind(block: str) -> str | None:
    """``navigation`` or ``disclaimer`` for a block that is page furniture, else None."""
    folded = fold_text(block).strip()
    if len(folded.split()) <= data.MAX_NAVIGATION_WORDS and folded.startswith(_NAVIGATION):
        return "navigation"
    if any(marker in folded for marker in _DISCLAIMERS):
        return "disclaimer"
    return None
