"""Titles an article has already given a name: the same title used alone later is that person.

News names a person once with a title the knowledge base does not know (رئيس حزب "التوحيد العربي"،
وئام وهاب) and later uses the title alone (رأى رئيس حزب "التوحيد العربي" أنّ …).  The memory learns,
sentence by sentence, each title written with its holder's name, and gives a later title that reads
the same — its words folded, quotation marks and commas aside — the holder it learnt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from rasid.analysis.entities import HEAD_WORDS
from rasid.analysis.mentions import Mention
from rasid.analysis.title_holders import (
    INSTITUTIONS,
    ON_BEHALF,
    ends_name,
    names_a_title,
)
from rasid.text.fold import fold_text

_MARKS = re.compile(r"[«»\"“”،,()]")
# a quoted name right after a title (رئيس حزب "التوحيد العربي"): part of what the title says
_QUOTED_AFTER = re.compile(r"\s*[«\"“]([^«»\"“”،,.]{2,30})[»\"”]")
_WORD = re.compile(r"\S+")


# title nouns too wide to stand alone for the last holder (الرئيس is the state's, النائب a member of
# parliament, whoever was named head or deputy of something else)
_PRESIDENT = fold_text("الرئيس")
_TOO_WIDE = frozenset(fold_text(w) for w in ("رئيس", "رئيسة", "نائب", "نائبة", "عضو", "أمين"))


# a title noun the memory follows, though it is no title word in a name (الوزير المفوض محمود عفيفي)
_COMMISSIONER = frozenset(fold_text(w) for w in ("مفوض", "مفوضة"))
# adjectives that leave a title the same post (المفوض السامي، المبعوث الأممي), unlike السابق or العام
_SAME_POST = frozenset(fold_text(w) for w in ("السامي", "السامية", "الأممي", "الأممية"))


# a possessive pronoun on a word (وصوله، زيارته، كلمتها): no word of a name
_OWNED = ("وله", "ته", "تها", "ها", "هم", "هما")


def _bare_title(words: str) -> str:
    """A definite title noun written alone, without its article (الوزير → وزير); "" otherwise; الرئيس
    alone is the state's president."""
    folded = _key(words).split()
    if len(folded) == 2 and folded[1] in _SAME_POST:
        folded = folded[:1]  # المفوض السامي: the high commissioner named last
    if len(folded) != 1 or not folded[0].removeprefix("و").startswith("ال"):
        return ""
    return _PRESIDENT if folded[0].removeprefix("و") == _PRESIDENT else _noun(folded[0])


def _a_states_president(title: list[str], countries: frozenset[str]) -> bool:
    """Whether a title is a state's president: الرئيس and its country's adjective (الرئيس الأمريكي), or
    رئيس and its country's name (رئيس الكاميرون)."""
    if len(title) != 2:
        return False
    head = title[0].removeprefix("و")
    return (head == _PRESIDENT and title[1].startswith("ال") and title[1].endswith("ي")) \
        or (head in HEAD_WORDS and title[1] in countries)


def _followed_title(word: str) -> bool:
    """Whether a folded word is a title the memory follows: a title word, or مفوض (no title word in a
    name: الوزير المفوض محمود عفيفي)."""
    return names_a_title(word) or _noun(word) in _COMMISSIONER


def _noun(word: str) -> str:
    """A folded title word without its و and article (والوزير، الوزير، وزير → وزير)."""
    if word.startswith("و") and not names_a_title(word):
        word = word[1:]
    return word.removeprefix("ال")


def _key(words: str) -> str:
    """A title's words, folded, without marks or commas."""
    return " ".join(fold_text(_MARKS.sub(" ", words)).split())


def _end_of_words(text: str, start: int, words: list[str]) -> int:
    """Where the text from ``start`` has run through ``words`` (folded, marks aside); 0 if it reads
    otherwise."""
    left = list(words)
    for match in _WORD.finditer(text, start, start + 40 * len(words)):
        for word in _key(match.group()).split():
            if word != left.pop(0):
                return 0
            if not left:
                return match.end() - len(match.group()) + len(match.group().rstrip("،,.:"))
    return 0


def _specific(title: list[str]) -> bool:
    """Whether a title names one post: three words or more (رئيس حزب التوحيد العربي، المتحدث باسم
    الكرملين), or a title and a country adjective (الرئيس الفرنسي) — not رئيس الجمهورية, which each
    country has."""
    return len(title) >= 3 or (len(title) == 2 and title[1].startswith("ال") and title[1].endswith("ي"))


@dataclass(slots=True)
class TitleMemory:
    """The titles one article has written with their holders' names, by their folded words."""

    agents: frozenset[str]  # the knowledge base's generic titles (المتحدث، رئيس حزب)
    countries: frozenset[str] = frozenset()  # the knowledge base's countries by name, folded (الكاميرون)
    holders: dict[str, Mention] = field(default_factory=dict)
    heads: dict[str, Mention] = field(default_factory=dict)  # the last holder named with each title's noun

    def apply(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The sentence's mentions, titles used alone given the holder learnt earlier; then learns the
        titles this sentence writes with a name."""
        again = [w for w in (self._written_again(text, m) for m in mentions) if w is not None]
        # a title written again in full covers the mentions of its inner words (الصحافيين الفلسطينيين)
        out = [next((w for w in again if w.start == m.start), None) or self._resolved(text, m) for m in mentions
               if not any(w.start <= m.start and m.end <= w.end and m.start != w.start for w in again)]
        for m in out:
            self._learn(m)
        for name, title in pairwise(out):
            self._learn_apposed(text, name, title)
        return out

    def _resolved(self, text: str, m: Mention) -> Mention:
        alone = m.ref.id in self.agents or (m.ref.id is None and m.ref.name == m.ref.text)
        if m.label not in ("PER", "ORG") or not alone:
            return m  # a person with a name already
        title = text[m.start : m.end]
        quoted = _QUOTED_AFTER.match(text, m.end)
        holder = self.holders.get(_key(title + (" " + quoted.group(1) if quoted else "")))
        if holder is None and not quoted:
            bare = _bare_title(title)
            # الرئيس alone only before what ends a name (أشار الرئيس في، قال الرئيس إن) — not a title that goes
            # on (الرئيس السابق، الرئيس العام) nor a name the knowledge base does not know (الرئيس سيرجيو ماتاريلا)
            following = fold_text(text[m.end : m.end + 16]).split()[:1]
            alone = not following or not following[0][:1].isalpha() or ends_name(following[0].strip("،,.:"))
            if bare != _PRESIDENT or alone:
                holder = self.heads.get(bare)  # وقال الوزير: the minister named last
        if holder is None or not self._titled(title):
            return m
        return replace(m, ref=replace(holder.ref, text=m.ref.text))

    def _written_again(self, text: str, m: Mention) -> Mention | None:
        """A title learnt with a name, written again in full, of which the knowledge base matched only
        the first words (نائب نقيب الصحافيين الفلسطينيين، عمر نزال … وأضاف نائب نقيب الصحافيين
        الفلسطينيين: نائب alone is an MP): the whole title, standing for the holder."""
        if m.label not in ("PER", "ORG") or not (m.ref.id in self.agents or m.ref.name == m.ref.text):
            return None
        head = _key(text[m.start : m.end])
        for key, holder in self.holders.items():
            if head and key.startswith(head + " "):
                end = _end_of_words(text, m.start, key.split())
                if end:
                    return replace(m, end=end, ref=replace(holder.ref, text=text[m.start : end]))
        return None

    def _learn(self, m: Mention) -> None:
        """A person mention written as a title, then the name (… رئيس حزب "التوحيد العربي"، وئام وهاب)."""
        if m.label != "PER" or not m.ref.name or m.ref.name == m.ref.text:
            return  # no title written before the name (folding only what may hold one)
        written, name = _key(m.ref.text).split(), _key(m.ref.name).split()
        if not name or len(written) <= len(name) or written[-len(name) :] != name:
            if m.ref.id is not None:
                self._learn_head(written, m)  # وزير الخارجية الروسي: the office's holder the knowledge base knows
            return
        title = written[: -len(name)]
        if self._titled(" ".join(title)) and _specific(title):
            self.holders[" ".join(title)] = m
        self._learn_head(title, m)

    def _learn_head(self, title: list[str], holder: Mention) -> None:
        """The holder as the one a definite title noun alone stands for from now on (وزير الدفاع بن
        والاس … وأضاف الوزير)."""
        noun = _noun(title[0]) if title else ""
        if _a_states_president(title, self.countries):
            self.heads[_PRESIDENT] = holder  # الرئيس الأمريكي دونالد ترامب … أشار الرئيس: the president named last
            return
        if not noun or not _followed_title(noun) or noun in _TOO_WIDE:
            return
        inner = any(names_a_title(_noun(w)) and _noun(w) not in INSTITUTIONS for w in title[1:])
        if inner and (holder.ref.text.rstrip()[: -len(holder.ref.name)].rstrip().endswith(("،", ","))
                      or not any(w in ON_BEHALF for w in title)):
            return  # المتحدث باسم رئيسة الوزراء البريطانية، تيريزا ماي: the name is the inner title's
        if holder.ref.id is None and any(w.endswith(_OWNED) for w in _key(holder.ref.name).split()):
            return  # السفير … فور وصوله: no name
        self.heads[noun] = holder

    def _learn_apposed(self, text: str, name: Mention, title: Mention) -> None:
        """A known person's name, then a title of the knowledge base's in apposition (عادل الجبير وزير
        الخارجية، … هادي رئيس الجمهورية): in this article that title alone is this person, though
        every country has one."""
        if name.label != "PER" or name.ref.id is None or title.ref.id not in self.agents \
                or text[name.end : title.start].strip(" ،,") or title.prefix:
            return
        words = text[title.start : title.end]
        if self._titled(words) and len(words.split()) >= 2:
            self.holders[_key(words)] = name
            self._learn_head(_key(words).split(), name)

    @staticmethod
    def _titled(words: str) -> bool:
        folded = _key(words).split()
        # وزير is a title as written; ووزير، والرئيس with their و
        return bool(folded) and any(_followed_title(w) for w in (folded[0], folded[0].removeprefix("و")))
