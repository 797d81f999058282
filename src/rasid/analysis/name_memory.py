"""People an article names in full and then by their family name alone: the family name is that person.

The knowledge base knows some people by their family name alone (المالكي → نوري المالكي), and news
writes the family name alone once it has given the full one (المتحدث باسم التحالف تركي المالكي …
وأضاف المالكي). A family name written alone is the person the article last named in full with it,
whoever the knowledge base would take it for; names with a father's name (محمد بن سلمان) have no
family name to go by.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rasid.analysis import quote_data
from rasid.analysis.mentions import HONORIFIC_WORDS, Mention
from rasid.analysis.title_holders import LINEAGE, given_name_in
from rasid.model import ActorRef
from rasid.text.fold import fold_text

_NAME_WORDS = 5  # a longer "name" is a title and a name, or words run together
_LINEAGE = LINEAGE | frozenset(fold_text(w) for w in ("أبي", "أم"))
_PREPOSITIONS = frozenset(fold_text(w) for w in ("منذ", "في", "على", "عن", "من", "إلى", "خلال", "بعد", "قبل", "مع",
                                                  "حول", "عند", "لدى", "ضد", "بين", "عبر", "نحو"))
# words that end a name as written but open what follows it far more often
_PARTICLES = _PREPOSITIONS | frozenset(fold_text(w) for w in (*quote_data.COMPLEMENTIZERS, "لا", "لم", "لن", "ما", "قد",
                                                              "كل", "كان", "هو", "هي", "حيث", "البعض", "الجميع",
                                                              "الذي", "التي", "الذين"))
_NEXT_WORD = re.compile(r"[ \t]+([^\s،,.:؛;«»\"“”()]+)(?=[\s،,.:؛;]|$)")  # the word after a verb, whole


@dataclass(slots=True)
class NameMemory:
    """The people one article has named in full, by their folded family name."""

    agents: frozenset[str]  # the knowledge base's generic titles, which are no family names
    persons: frozenset[str]  # the knowledge base's people
    people: dict[str, ActorRef] = field(default_factory=dict)

    def apply(self, text: str, mentions: list[Mention], verb_ends: Iterable[int] = ()) -> list[Mention]:
        """The sentence's mentions, a family name alone given the person named in full earlier (also
        one the knowledge base does not list, right after a verb at ``verb_ends``: ووصف الفالح); then
        learns the people this sentence names in full."""
        out = [self._resolved(text, m) for m in mentions]
        bare = [m for end in verb_ends if (m := self._bare_after(text, end, out)) is not None]
        if bare:
            out = sorted(out + bare, key=lambda m: m.start)
        for m in out:
            self._learn(m)
        return out

    def _bare_after(self, text: str, end: int, mentions: list[Mention]) -> Mention | None:
        word = _NEXT_WORD.match(text, end)
        if word is None:
            return None
        person = self.people.get(fold_text(word.group(1)))
        start, stop = word.span(1)
        if person is None or any(m.start < stop and start < m.end for m in mentions):
            return None
        if person.id is None and not _plain_name(person.name or ""):
            return None  # a title's holder read from words that are no name (مسؤول …، منذ اندلاع الحرب)
        return Mention(start, stop, replace(person, text=word.group(1)), "", "PER")

    def _resolved(self, text: str, m: Mention) -> Mention:
        # (the importer typed some people by a family name alone as organisations: الحريري، اوباما)
        if m.label not in ("PER", "ORG") or m.ref.id in self.agents:
            return m
        written = fold_text(text[m.start : m.end]).split()
        person = self.people.get(written[0]) if len(written) == 1 else None
        if person is None or (person.id is not None and person.id == m.ref.id) or person.name == m.ref.name:
            return m
        if given_name_in(m.ref.name, person.name):
            return m  # حسن نصرالله … نصر الله: the same person, written another way
        return replace(m, ref=replace(person, text=m.ref.text))

    def _learn(self, m: Mention) -> None:
        # a person the knowledge base knows, or a name read after a title (… لإدارة الطرق مسفر المالكي);
        # not a group (مسؤول كوري شمالي)
        named = m.ref.id in self.persons or (m.ref.id is None and m.ref.text != m.ref.name)
        if m.label != "PER" or not named or not m.ref.name:
            return
        words = fold_text(m.ref.name.replace("#", " ").replace("_", " ")).split()  # سعد #الحريري، #سعد_الحريري
        # not a name joined to another (أنتوني بلينكين ولافروف), nor a father's (محمد بن سلمان)
        if 2 <= len(words) <= _NAME_WORDS and words[-2] not in _LINEAGE and words[-1].isalpha() \
                and not words[-1].startswith("و") and words[-1] not in _PARTICLES:  # مون جاي أن: not أن
            self.people[words[-1]] = m.ref


def _plain_name(name: str) -> bool:
    """Whether a name read after a title is only names: no joining و, no article on its first word,
    no preposition or particle (عبداللطيف القانوع; not منذ اندلاع الحرب، حيث انتقد البعض)."""
    words = [w for w in fold_text(name).split() if w not in HONORIFIC_WORDS]  # اللواء فهد القانوع
    return bool(words) and not words[0].startswith("ال") \
        and not any(w.startswith("و") or w in _PARTICLES for w in words)
