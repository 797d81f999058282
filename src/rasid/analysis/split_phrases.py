"""Verb phrases split by their subject: Arabic puts the subject between a verb and its object
(أطلق مسلح النار، فتحت دبابات روسية النار، أطلقت طائرة بدون طيار صاروخا), so the lexicon's
contiguous phrases (أطلق النار) miss them. The verb alone becomes the trigger of the phrase's entry."""

from __future__ import annotations

import re
from collections.abc import Collection

from rasid.lexicon.keys import Hit
from rasid.lexicon.matcher import Match
from rasid.text.fold import fold_text as _F
from rasid.text.letters import MARKS_BETWEEN_LETTERS

# verb → object words → the verb entry the phrase stands for (folded forms)
_FIRE = ("النار", "نار", "النيران", "نيران", "نيرانه", "نيرانها", "نيرانهم")
_BULLETS = ("الرصاص", "رصاص", "رصاصة", "الرصاصة", "رصاصات")
_MISSILES = ("صاروخ", "صاروخا", "صاروخين", "صواريخ", "الصواريخ", "الصاروخ", "قذيفة", "قذيفتين", "قذائف",
             "القذائف", "القذيفة")
PHRASES: dict[str, dict[str, str]] = {
    "اطلق": {**{_F(w): "shoot" for w in _FIRE + _BULLETS}, **{_F(w): "fire-missiles" for w in _MISSILES}},
    "فتح": {_F(w): "open-fire" for w in _FIRE},  # فتح النار، not فتح طريقا
}
# past and present forms of each verb, as folded words
_FORMS = {form: verb for verb, forms in {
    "اطلق": ("اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق", "يطلقون"),
    "فتح": ("فتح", "فتحت", "فتحوا", "يفتح", "تفتح", "يفتحون"),
}.items() for form in forms}
# at most this many words (the subject) between verb and object; a longer gap is another clause
MAX_GAP = 5
_MARKS = MARKS_BETWEEN_LETTERS
_STEMS = re.compile(f"ط{_MARKS}ل{_MARKS}ق|ف{_MARKS}ت{_MARKS}ح")
_WORD = re.compile(r"[^\s،,.:؛]+|[،,.:؛]")
CLAUSE_MARKS = frozenset(("،", ",", ".", ":", "؛"))  # the marks words_and_marks returns as words


def words_and_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The words of ``text[start:end]`` and the clause marks between them, each with its offset."""
    return [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]


def conjunction(folded: str, forms: Collection[str]) -> str:
    """The و or ف a folded word opens with when the rest is one of ``forms`` (وأطلق، فنقلت); "" if none."""
    return folded[0] if folded[:1] in ("و", "ف") and folded[1:] in forms else ""


def split_triggers(text: str, start: int, end: int, verb_ids: Collection[str], taken: list[Match]) -> list[Match]:
    """Triggers for split phrases in ``text[start:end]``: the verb word, standing for the phrase's
    entry; verbs already inside a lexicon match (أطلق النار، أطلق سراح) are left to it."""
    if not _STEMS.search(text, start, end):
        return []  # most sentences hold neither verb
    words = words_and_marks(text, start, end)
    out = []
    for i, (at, word) in enumerate(words):
        folded = _F(word)
        prefix = conjunction(folded, _FORMS)
        verb = _FORMS.get(folded[len(prefix):])
        if verb is None or any(m.start <= at < m.end for m in taken):
            continue
        entry = _object_entry(words[i + 1 : i + 2 + MAX_GAP], PHRASES[verb])
        if entry in verb_ids:
            v_start = at + len(prefix)
            out.append(Match(v_start, at + len(word), text[v_start : at + len(word)], (Hit("verb", entry),), prefix))
    return out


def _object_entry(words: list[tuple[int, str]], objects: dict[str, str]) -> str | None:
    """The entry of the first object word among ``words``, up to a clause break."""
    for _, word in words:
        if word in CLAUSE_MARKS:
            return None
        entry = objects.get(_F(word))
        if entry is not None:
            return entry
    return None
