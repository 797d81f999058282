"""Article text cut into runs for display: which runs are entities, quotations, event triggers or
matching search words.  The runs stay plain text; the templates escape every one of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rasid.text.index_text import index_words

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    classes: str = ""
    title: str = ""


def _who(ref: dict[str, Any] | None) -> str:
    if not ref:
        return "?"
    return f"{ref['name']} ({ref['code']})" if ref.get("code") else ref["name"]


def annotated(record: dict[str, Any]) -> list[Run]:
    """The record's text as runs marked with the entities, quotations and triggers over them."""
    text = record["text"]
    spans: list[tuple[int, int, str, str]] = []
    for e in record["entities"]:
        spans.append((e["start"], e["end"], f"ent ent-{e['label']}", f"{e['label']}: {_who(e.get('actor'))}"))
    for q in record["quotes"]:
        spans.append((q["start"], q["end"], "quote", f"{_who(q.get('speaker'))} [{q['verb']}]"))
    for ev in record["events"]:
        arrow = f"—{ev['type']}/{ev['mode']}→" if ev.get("mode") else f"—{ev['type']}→"
        t = ev["trigger"]
        spans.append((t["start"], t["end"], "trigger", f"{_who(ev.get('source'))} {arrow} {_who(ev.get('target'))}"))
    return _runs(text, spans)


def _runs(text: str, spans: list[tuple[int, int, str, str]]) -> list[Run]:
    cuts = sorted({0, len(text), *(max(0, min(len(text), p)) for s in spans for p in s[:2])})
    runs = []
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in spans if s[0] <= a and b <= s[1]]
        classes = " ".join(dict.fromkeys(c for s in active for c in s[2].split()))
        titles = " · ".join(dict.fromkeys(s[3] for s in active))
        runs.append(Run(text[a:b], classes, titles))
    return runs


def _stems(words: list[str]) -> set[str]:
    # clitics (و، ب، ال، ه، ها …) are split off as words of their own: they alone make no match
    return {w for w in words if len(w) > 2} or set(words)


def highlighted(text: str, query: str) -> list[Run]:
    """``text`` with the words matching the query (folded, clitics split, as search matches) marked."""
    wanted = _stems(index_words(query))
    if not wanted:
        return [Run(text)]
    spans = [(m.start(), m.end(), "hit", "") for m in _WORD.finditer(text) if wanted & set(index_words(m.group()))]
    return _runs(text, spans)
