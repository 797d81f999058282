"""Reporting verbs the lexicon's contiguous keys cannot list.

بيّن (explained) is written, without its shadda, like بين (between), one of the commonest words of
the language. It reports only when it opens a clause with و or ف and what was said follows at once
(وبيّن أن، وبينت أنه، فبيّن بأن), or when its shadda is written (بيّن فريدمان أنّ); there it stands
for the lexicon's «explain» entry, whose participle مبينا is listed already.

نقل عن (relayed from) is split by its subject as often as not: ونقلت وكالة رويترز عن مسؤول أن … The
agency only passes on what the official said; the speaker is who follows عن, as in the contiguous
ونقلت عن مسؤول أن. The verb, the agency and عن become one match of the lexicon's «quote» entry."""

from __future__ import annotations

import itertools
import re

from rasid.analysis import quote_data as data
from rasid.analysis.mentions import SAYING_WORDS
from rasid.analysis.split_phrases import CLAUSE_MARKS, conjunction, words_and_marks
from rasid.lexicon.keys import Hit
from rasid.lexicon.matcher import Match
from rasid.text.fold import fold_text
from rasid.text.letters import MARKS_BETWEEN_LETTERS

_EXPLAIN = (Hit("reporting", "explain"),)
_OPENINGS = ("وبي", "فبي", "وب\u064e", "فب\u064e")  # و or ف, ب, then ي or a fatha
_MARKS = MARKS_BETWEEN_LETTERS
_THAT = f"ب?[أإا]{_MARKS}ن{_MARKS}(?:ه|ها|هم|هما)?{_MARKS}"
_BAYYANA = re.compile(
    f"(?<![^\\s،,.:؛(])([وف])(ب{_MARKS}ي{_MARKS}ن{_MARKS}(?:ت{_MARKS})?)(?=\\s+{_THAT}(?![^\\s،,.:؛]))"
)


# … or written with its shadda, which no "between" carries (بيّن فريدمان أنّ، وبيّنت الدراسة أن)
_BAYYANA_MARKED = re.compile(
    f"(?<![^\\s،,.:؛(])([وف]?)(ب{_MARKS}ي(?:\u0651|\u064e\u0651){_MARKS}ن[\u064e\u0652]?(?:ت[\u064e\u0650\u0652]?)?)(?=[\\s،,:])"
)  # (no tanwin after its ن: فرق بيّنٌ is "a clear difference")


def explained_that(text: str, start: int, end: int) -> list[Match]:
    """وبيّن أن، بيّن فريدمان أنّ … in ``text[start:end]``: the verb word after its conjunction, as a
    reporting match."""
    chunk = text[start:end]
    found = _BAYYANA_MARKED.finditer(text, start, end) if "ي\u0651" in chunk or "ي\u064e\u0651" in chunk else ()
    if any(opening in chunk for opening in _OPENINGS):  # a cheap look first: most sentences hold no وبي
        found = itertools.chain(found, _BAYYANA.finditer(text, start, end))
    spans = {(m.start(2), m.end(2)): m for m in found}
    return [Match(m.start(2), m.end(2), m.group(2), _EXPLAIN, m.group(1)) for _, m in sorted(spans.items())]


_QUOTE = (Hit("reporting", "quote"),)
_RELAY_FORMS = frozenset(("نقل", "نقلت", "نقلوا", "نقلا", "ينقل", "تنقل", "ينقلون"))
# a verb form without و or ف is a verb after these (كما نقلت الوكالة عن); elsewhere نقل is also the
# noun «transport» (نقل الركاب عن طريق …)
_BEFORE_VERB = frozenset(fold_text(w) for w in ("كما", "فيما", "بينما", "قد", "وقد", "ثم", "حين", "وحين"))
# at most this many words name who relays (وكالة "فرانس برس"، وزارة الدفاع الروسية في بيان)
MAX_RELAYER_WORDS = 8
# a word between the verb and عن that makes نقل «move» or puts a clause there (نقلوا إلى المستشفى؛ نقلت أن)
_NOT_RELAYING = frozenset(fold_text(w) for w in ("إلى", "الى", "أن", "إن", "بأن", "عنه", "عنها", "عنهم"))
# ونقلت الصحيفة عن الوزير قوله إن …: the saying after the source opens the quotation (the quotation
# extractor's attributed saying), not the verb
_SAYINGS = SAYING_WORDS - {fold_text("القول")}  # (القول is no saying the extractor opens a quotation with)
_THAT_WORDS = frozenset(fold_text(w) for w in data.COMPLEMENTIZERS if " " not in w)
# how far past عن a saying is looked for
SAYING_WINDOW = 16


def relayed_from(text: str, start: int, end: int, taken: list[Match]) -> list[Match]:
    """نقلت وكالة رويترز عن مسؤول … in ``text[start:end]``: the verb word (after its conjunction) through
    عن, as one reporting match; a verb inside a lexicon match (نقل عن) is left to it."""
    if "نقل" not in text[start:end]:
        return []  # a cheap look first
    words = words_and_marks(text, start, end)
    out = []
    for i, (at, word) in enumerate(words):
        folded = fold_text(word)
        prefix = conjunction(folded, _RELAY_FORMS)
        if folded[len(prefix):] not in _RELAY_FORMS or any(m.start <= at < m.end for m in taken):
            continue
        if not prefix and i and words[i - 1][1] not in CLAUSE_MARKS and fold_text(words[i - 1][1]) not in _BEFORE_VERB:
            continue
        about = _relayed_about(words, i + 1)
        if about is not None and not _saying_follows(words, about):
            v_start = at + len(prefix)
            out.append(Match(v_start, about, text[v_start:about], _QUOTE, prefix))
    return out


def _relayed_about(words: list[tuple[int, str]], first: int) -> int | None:
    """Where the عن after a relaying verb's subject ends, when one to ``MAX_RELAYER_WORDS`` words
    stand between, in one clause, and عن is not «by way of» (عن طريق)."""
    for k in range(first, min(first + MAX_RELAYER_WORDS + 1, len(words))):
        at, word = words[k]
        folded = fold_text(word)
        if word in CLAUSE_MARKS or folded in _NOT_RELAYING:
            return None
        if folded == "عن":
            following = fold_text(words[k + 1][1]) if k + 1 < len(words) else ""
            return at + len(word) if k > first and following not in ("طريق", "") else None
    return None


def _saying_follows(words: list[tuple[int, str]], about: int) -> bool:
    """Whether قوله (قولها …) follows عن, within ``SAYING_WINDOW`` words and before what was said."""
    after = [fold_text(word) for at, word in words if at >= about][:SAYING_WINDOW]
    for word in after:
        if word in _SAYINGS:
            return True
        if word in _THAT_WORDS or word in CLAUSE_MARKS - {"،", ","}:
            return False
    return False
