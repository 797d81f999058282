"""A reporting verb the lexicon cannot list: بيّن (explained) is written, without its shadda, like
بين (between), one of the commonest words of the language. It reports only when it opens a clause
with و or ف and what was said follows at once (وبيّن أن، وبينت أنه، فبيّن بأن); there it stands for
the lexicon's «explain» entry, whose participle مبينا is listed already."""

from __future__ import annotations

import re

from rasid.lexicon.keys import Hit
from rasid.lexicon.matcher import Match
from rasid.text.letters import MARKS_BETWEEN_LETTERS

_EXPLAIN = (Hit("reporting", "explain"),)
_OPENINGS = ("وبي", "فبي", "وب\u064e", "فب\u064e")  # و or ف, ب, then ي or a fatha
_MARKS = MARKS_BETWEEN_LETTERS
_THAT = f"ب?[أإا]{_MARKS}ن{_MARKS}(?:ه|ها|هم|هما)?{_MARKS}"
_BAYYANA = re.compile(
    f"(?<![^\\s،,.:؛(])([وف])(ب{_MARKS}ي{_MARKS}ن{_MARKS}(?:ت{_MARKS})?)(?=\\s+{_THAT}(?![^\\s،,.:؛]))"
)


def explained_that(text: str, start: int, end: int) -> list[Match]:
    """وبيّن أن … in ``text[start:end]``: the verb word after its conjunction, as a reporting match."""
    chunk = text[start:end]
    if not any(opening in chunk for opening in _OPENINGS):
        return []  # a cheap look first: most sentences hold no وبي
    return [Match(m.start(2), m.end(2), m.group(2), _EXPLAIN, m.group(1)) for m in _BAYYANA.finditer(text, start, end)]
