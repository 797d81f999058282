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
# a body's or a statement's noun opens no person's name (هيئة المنافسة، بيان ميقاتي)
_BODIES = frozenset(fold_text(w) for w in (*quote_data.INSTITUTION_NOUNS, "بيان", "تقرير", "رسالة", "كلمة", "خطاب"))
_NEXT_WORD = re.compile(r"[ \t]+([^\s،,.:؛;«»\"“”()]+)(?=[\s،,.:؛;]|$)")  # the word after a verb, whole


@dataclass(slots=True)
class NameMemory:
    """The people one article has named in full, by their folded family name."""

    agents: frozenset[str]  # the knowledge base's generic titles, which are no family names
    persons: frozenset[str]  # the knowledge base's people
    people: dict[str, ActorRef] = field(default_factory=dict)
    _voiced: set[str] = field(default_factory=set)  # family names learnt from quotations' speakers

    def apply(self, text: str, mentions: list[Mention], verb_ends: Iterable[int] = (),
              said_ends: frozenset[int] = frozenset(), auxiliary_ends: Iterable[int] = ()) -> list[Mention]:
        """The sentence's mentions, a family name alone given the person named in full earlier (also
        one the knowledge base does not list, right after a verb at ``verb_ends``: ووصف الفالح — and
        one written as a country's adjective right after a verb of saying at ``said_ends``: وقال
        السوداني); then learns the people this sentence names in full — and gives a family name right
        after an auxiliary at ``auxiliary_ends`` the person named in full earlier in this sentence too
        (وزير الدفاع آشتون كارتر …، وكان كارتر قد زار: a clause of its own opens with him)."""
        out = self._with_bare(text, [self._resolved(text, m) for m in mentions], verb_ends, said_ends)
        for m in out:
            self._learn(m)
        return self._with_bare(text, out, auxiliary_ends, frozenset())

    def _with_bare(self, text: str, mentions: list[Mention], ends: Iterable[int], said_ends: frozenset[int]) -> list[Mention]:
        """The mentions with the family names written alone right after each of ``ends`` added as the
        people they stand for."""
        bare = [m for end in ends if (m := self._bare_after(text, end, mentions, end in said_ends)) is not None]
        if not bare:
            return mentions
        spans = {(m.start, m.end) for m in bare}  # the person replaces the adjective his name is written as
        return sorted([m for m in mentions if (m.start, m.end) not in spans] + bare, key=lambda m: m.start)

    def learn_speakers(self, speakers: Iterable[ActorRef]) -> None:
        """Learns the people quotations named in full whom the knowledge base does not list (وقال أليكس
        شولتز، رئيس قسم …: شولتز alone is he, not Olaf Scholz) — only names: no body (هيئة المنافسة),
        no word with the article but a family's nisba (الغامدي)."""
        for ref in speakers:
            name = ref.name or ""
            words = fold_text(name).split()
            if ref.id is not None or not ref.text or "#" in name or not 2 <= len(words) <= _NAME_WORDS \
                    or not _plain_name(name) or words[0] in _BODIES or words[-2] in _LINEAGE \
                    or not all(w.isalpha() for w in words) or words[0][1:] in _PARTICLES:  # د. حجار، فإن نيكسون
                continue
            # (the article as written: أليكس folds to اليكس)
            if any(w.startswith("ال") and not w.endswith("ي") for w in name.split()):
                continue
            known = self.people.get(words[-1])
            if known is not None and (fold_text(known.name or "") == fold_text(name) or given_name_in(known.name or "", name)):
                continue  # the one already known, maybe with an identity and a code
            self.people[words[-1]] = ref
            self._voiced.add(words[-1])

    def _bare_after(self, text: str, end: int, mentions: list[Mention], said: bool) -> Mention | None:
        word = _NEXT_WORD.match(text, end)
        if word is None:
            return None
        person = self.people.get(fold_text(word.group(1)))
        start, stop = word.span(1)
        # (a family name that is also a country's adjective, right after the verb: وقال السوداني — the
        # Iraqi prime minister named in full before, not Sudan; الجيش السوداني is no bare word)
        adjective = said and person is not None and person.id in self.persons
        others = [m for m in mentions if not (adjective and _same_adjective(m, start, stop))]
        if person is None or any(m.start < stop and start < m.end for m in others):
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
        if m.label != "PER" and written[0] in self._voiced:
            return m  # حركة فتح stays the movement, whoever named عبدالرقيب فتح spoke
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


def _same_adjective(m: Mention, start: int, stop: int) -> bool:
    """Whether a mention is a country's adjective written exactly over ``[start, stop)``."""
    return m.label == "MISC" and (m.start, m.end) == (start, stop)


def _plain_name(name: str) -> bool:
    """Whether a name read after a title is only names: no joining و, no article on its first word as
    written (أليكس folds to اليكس), no preposition or particle (عبداللطيف القانوع; not منذ اندلاع
    الحرب، حيث انتقد البعض)."""
    written = [w for w in name.split() if fold_text(w) not in HONORIFIC_WORDS]  # اللواء فهد القانوع
    words = [fold_text(w) for w in written]
    return bool(words) and not written[0].startswith("ال") \
        and not any(w.startswith("و") or w in _PARTICLES for w in words)
