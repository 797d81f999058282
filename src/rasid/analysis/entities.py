"""Entities from lexicon matches: actors, office holders, places, and agents with their country."""

from __future__ import annotations

import re
from collections import Counter

from rasid.analysis import entity_data as data
from rasid.analysis.title_holders import INSTITUTIONS, LINEAGE, names_a_title
from rasid.lexicon.entries import Actor, Office
from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match, Matcher
from rasid.model import ActorRef, Entity
from rasid.text.fold import fold_text

_PERSON_TITLES = tuple(fold_text(w) for w in data.PERSON_TITLE_WORDS)
_KINGDOM = fold_text("المملكة")
_SAUDI = "SAU"
_LINKS = frozenset(fold_text(w) for w in data.AGENT_COUNTRY_LINKS)
# what may follow a verb's object (its next complement, or the clause's end): a preposition, ب or ل, a comma
_OBJECT_FOLLOWERS = tuple(fold_text(w) for w in ("ب", "ل", "في", "على", "إلى", "من", "عن", "،", ",", "."))
_PREPOSITIONS = frozenset(fold_text(w) for w in ("من", "على", "عن", "إلى", "الى", "مع", "ضد"))
# A demonym alone is an entity only as a plural noun (الإسرائيليون), not as an adjective (الفلسطينية).
_PLURAL_ENDINGS = ("يون", "يين")
# styles before a given name: a demonym's letters after one are the name (الأمير تركي الفيصل)
ROYAL_STYLES = frozenset(fold_text(w) for w in ("الأمير", "الأميرة", "الشيخ", "الشيخة", "أمير"))
# Folded, for matching names that open with a state's form (shared with the clause reader).
FOLDED_STATE_FORMS = tuple(fold_text(w) for w in data.STATE_FORMS)
_FORMER = frozenset(fold_text(w) for w in data.FORMER)
# Adjectives of an international organisation after an agent (المبعوث الأممي: the UN's), folded → actor id
_ORGANISATION_ADJECTIVES = {fold_text(w): actor_id for w, actor_id in data.ORGANISATION_ADJECTIVES.items()}
# adjectives of a state's institution (الجيش الوطني، الشرطة الاتحادية), folded
_INSTITUTIONAL = frozenset(fold_text(w) for w in ("الوطني", "الوطنية", "الاتحادي", "الاتحادية", "النظامي", "النظامية"))
_LABELS = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def actor_ref(lexicon: Lexicon, actor: Actor, text: str, date: str | None, code: str | None = None) -> ActorRef:
    """The ActorRef of a known actor, its code resolved on ``date``."""
    return ActorRef(text=text, name=actor.name, name_en=actor.name_en, id=actor.id, code=code or actor.code_on(date))


class EntityResolver:
    """Turns the matches of one document into contract entities."""

    def __init__(self, lexicon: Lexicon, matcher: Matcher) -> None:
        self._lex = lexicon
        self._matcher = matcher

    def resolve(self, text: str, matches: list[Match], date: str | None) -> list[Entity]:
        """Entities of a document, in text order, from its matches (all sentences together)."""
        named = {h.id for m in matches for h in m.hits[:1] if h.kind == "actor"}
        kingdom = self._kingdom(matches) if any(_bare_kingdom(m) for m in matches) else None
        entities: list[Entity] = []
        skip: set[int] = set()
        for i, m in enumerate(matches):
            if i in skip:
                continue
            kind = m.kind
            if kind == "actor":
                if _verb_meant(text, m):
                    continue  # فتح جنودها النار: the verb, not Fatah
                actor = self._lex.actors[m.id]
                entities.append(Entity(m.text, m.start, m.end, _LABELS[actor.type], actor_ref(self._lex, actor, m.text, date)))
            elif kind == "office":
                entity = self._office(m, date, named, former=self._former(text, m.end))
                if entity:
                    entities.append(entity)
                # names inside a title are entities too (فلسطين in أمين عام حركة الجهاد الاسلامي في فلسطين)
                inner_start = text.find(" ", m.start, m.end) + 1 or m.end  # after the title's first word
                inner = [x for x in self._matcher.find(text, inner_start, m.end) if x.kind in ("actor", "place")]
                entities.extend(self.resolve(text, inner, date))
            elif kind == "place" or (kind == "demonym" and fold_text(m.text).endswith(_PLURAL_ENDINGS)):
                place = self._lex.places[kingdom if kingdom and _bare_kingdom(m) else m.id]
                head = _head_of_state(text, m) if kind == "place" and place.kind == "country" and not m.prefix else None
                if head is not None:  # رئيس الكاميرون: its president, as الرئيس الكاميروني
                    span = text[head : m.end]
                    entities.append(Entity(span, head, m.end, "PER", ActorRef(span, span, None, None, f"{place.code}GOV")))
                    continue
                label = "LOC" if kind == "place" else "MISC"
                ref = ActorRef(m.text, place.name, place.name_en, place.id, place.code)
                marked = data.MARKED_PLACES.get(m.text.replace("\u0640", ""))  # عمّان is Amman, not Oman
                if marked is not None:
                    ref = ActorRef(m.text, marked[0], marked[1], None, marked[2])
                entities.append(Entity(m.text, m.start, m.end, label, ref))
            elif kind == "agent":
                j = self._country_after(text, matches, i)
                if j is not None:
                    skip.add(j)
                    entities.append(self._agent_with_country(text, m, matches[j]))
                    continue
                serves = self._organisation_after(text, matches, i)
                if serves is not None:
                    j, end, organisation = serves
                    skip.update([j] if j is not None else [])
                    entities.append(self._agent_of(text, m, end, organisation))
        entities.sort(key=lambda e: (e.start, -e.end))
        return entities

    def _kingdom(self, matches: list[Match]) -> str:
        """The state a bare المملكة stands for in a document: Saudi Arabia (the Saudi press's own word), unless
        the document names another Arab kingdom twice or more and Saudi Arabia never (a story on Jordan:
        صندوق النقد الدولي، الذي طالب المملكة بإصلاحات اقتصادية)."""
        counts = Counter(self._lex.places[m.id].code for m in matches
                         if m.kind in ("place", "demonym") and not _bare_kingdom(m))
        other = max(data.OTHER_KINGDOMS, key=lambda code: counts[code])
        return other if counts[other] >= data.KINGDOM_NAMED and not counts[_SAUDI] else _SAUDI

    @staticmethod
    def _former(text: str, end: int) -> bool:
        """Whether a title is followed by السابق / الأسبق (a former holder)."""
        after = fold_text(text[end : end + 12]).split()
        return bool(after) and after[0].strip("،,") in _FORMER

    def _office(self, m: Match, date: str | None, named: set[str], former: bool = False) -> Entity | None:
        """The holder of the office named by ``m`` on ``date`` (one named in the text first).

        A former holder (وزير الخارجية الأسبق) is one whose term ended before the date; with no date,
        who it was cannot be told and no holder is given.
        """
        if former and date is None:
            return None
        holders: list[tuple[Actor, Office]] = []
        for hit in m.hits:
            if hit.kind != "office":
                continue
            actor_id, _, n = hit.id.partition("#")
            actor = self._lex.actors[actor_id]
            office = actor.offices[int(n)]
            if former:
                if office.end is not None and office.end < date:  # type: ignore[operator]
                    holders.append((actor, office))
            elif date is None or ((office.start or "") <= date <= (office.end or "9999")):
                holders.append((actor, office))
        if not holders:
            return self._office_unheld(m, former)
        holders.sort(key=lambda ao: (ao[0].id in named, ao[1].end is None, ao[1].end or "", ao[1].start or ""))
        actor, office = holders[-1]
        return Entity(m.text, m.start, m.end, "PER", actor_ref(self._lex, actor, m.text, date, office.code))

    def _office_unheld(self, m: Match, former: bool) -> Entity | None:
        """An office whose holder on the date the knowledge base does not list (وزير الخارجية الأمريكي in
        2018): still the office, coded as every listed holder's is (USAGOV), with no person."""
        codes = {self._lex.actors[h.id.partition("#")[0]].offices[int(h.id.partition("#")[2])].code
                 for h in m.hits if h.kind == "office"}
        if former or len(codes) != 1 or None in codes:
            return None
        return Entity(m.text, m.start, m.end, "PER", ActorRef(m.text, m.text, None, None, codes.pop()))

    def _country_after(self, text: str, matches: list[Match], i: int) -> int | None:
        """Index of the country or demonym that qualifies agent match ``i`` (الجيش العراقي، وزارة خارجية
        مملكة البحرين)."""
        if i + 1 >= len(matches) or self._country_code(matches[i + 1]) is None:
            return None
        between = fold_text(text[matches[i].end : matches[i + 1].start]).split()
        linked = len(between) <= data.AGENT_COUNTRY_GAP_WORDS and all(w in _LINKS for w in between)
        titled = names_a_title((fold_text(text[max(0, matches[i].start - 15) : matches[i].start]).split() or [""])[-1])
        if not linked and (titled or not (_genitive_between(matches[i], matches[i + 1], between)
                                          or _institutional_adjective(matches[i], matches[i + 1], between))):
            return None  # (رئيس حزب الشعوب الديمقراطي التركي: the title's, not the party's alone)
        if matches[i + 1].prefix:  # وبغداد after an agent starts a new phrase
            return None
        country = fold_text(matches[i + 1].text)
        following = fold_text(text[matches[i + 1].end : matches[i + 1].end + 8]).split()
        if not country.startswith("ال") and following and following[0] in LINEAGE:
            return None  # الشيخ تركي بن عبدالوهاب: a given name before بن، آل, no Turkish cleric (not التركي بن علي يلدرم)
        if not country.startswith("ال") and fold_text(matches[i].text) in ROYAL_STYLES:
            return None  # الأمير تركي: a prince's given name (a Turkish prince is الأمير التركي)
        definite = fold_text(matches[i].text).startswith("ال")
        if definite and not between and country.startswith(FOLDED_STATE_FORMS):
            return None  # زار الوزير سلطنة عمان: a definite noun heads no genitive, the state is its object
        if definite and not between and matches[i + 1].kind == "place" and not country.startswith("ال") \
                and (not following or following[0].startswith(_OBJECT_FOLLOWERS)):
            # اتهم الرئيس إيران بـ: nor a state's bare name followed by the verb's next complement (the agreeing
            # adjective is الإيراني; not وزير المخابرات إسرائيل كاتس, a name going on)
            return None
        return i + 1

    def _organisation_after(self, text: str, matches: list[Match], i: int) -> tuple[int | None, int, Actor] | None:
        """The international organisation a person's title (agent match ``i``) serves, with where it ends
        and its match's index (None for an adjective): in construct or after باسم (مبعوث الأمم المتحدة،
        المتحدث باسم الأمم المتحدة) or as an adjective (المبعوث الأممي، مسؤولون أمميون)."""
        if not fold_text(matches[i].text).startswith(_PERSON_TITLES):
            return None  # قوات الناتو stays the alliance acting
        agent_end = matches[i].end
        word = next(iter(text[agent_end : agent_end + 30].split()), "")
        actor_id = _ORGANISATION_ADJECTIVES.get(fold_text(word).rstrip("،,."))
        if actor_id is not None and text[agent_end : agent_end + 1] == " ":
            return None, text.index(word, agent_end) + len(word.rstrip("،,.")), self._lex.actors[actor_id]
        if i + 1 >= len(matches) or matches[i + 1].kind != "actor" or matches[i + 1].prefix not in ("", "ل"):
            return None
        actor = self._lex.actors[matches[i + 1].id]
        between = fold_text(text[agent_end : matches[i + 1].start]).split()
        if actor.type != "ORG" or not (actor.code_on(None) or "").startswith("IGO") or between not in ([], ["باسم"]):
            return None  # السفير لدى الأمم المتحدة: to the organisation, not of it
        if i + 2 < len(matches) and self._country_code(matches[i + 2]) is not None \
                and not text[matches[i + 1].end : matches[i + 2].start].strip():
            return None  # نائب رئيس مجلس الأمن الروسي: a country's council of the same name
        return i + 1, matches[i + 1].end, actor

    @staticmethod
    def _agent_of(text: str, agent_m: Match, end: int, organisation: Actor) -> Entity:
        """A person's title of an international organisation, as written and coded as the organisation
        (المبعوث الأممي → IGOUNO)."""
        span = text[agent_m.start : end]
        return Entity(span, agent_m.start, end, "PER", ActorRef(span, span, None, None, organisation.code_on(None)))

    def _country_code(self, m: Match) -> str | None:
        """The country a place, a demonym or a state's actor name (مملكة البحرين) stands for."""
        if m.kind in ("place", "demonym"):
            return self._lex.places[m.id].code
        if m.kind == "actor":
            actor = self._lex.actors[m.id]
            code = actor.code_on(None)
            if actor.type == "GPE" and code and len(code) == 3:
                return code
        return None

    def _agent_with_country(self, text: str, agent_m: Match, place_m: Match) -> Entity:
        agent = self._lex.agents[agent_m.id]
        span = text[agent_m.start : place_m.end]
        label = "PER" if _names_a_person(agent_m.text) else "ORG"
        # people by their title as written (مسؤولون أمريكيون, not the lemma's المسؤول أمريكيون); groups
        # by the lemma, which the event coder reads (المتظاهرون الصوماليون, even from المتظاهرين)
        # … but a group with its genitive as written (شرطة مكافحة الإرهاب البريطانية), a place's name too
        # (أهالي غزة، حكومة السويد, not المدنيون غزة)
        between = text[agent_m.end : place_m.start]
        genitive = any(w not in _LINKS for w in fold_text(between).split()) \
            or (place_m.kind == "place" and not between.strip() and not fold_text(agent_m.text).startswith("ال"))
        head = agent_m.text if label == "PER" or genitive else agent.name
        name = head + text[agent_m.end : place_m.end]
        ref = ActorRef(span, name, None, None, (self._country_code(place_m) or "") + agent.sector)
        return Entity(span, agent_m.start, place_m.end, label, ref)


DEPUTIES = frozenset(fold_text(w) for w in data.DEPUTY_WORDS)  # نائب، نائبة: whose deputy follows


HEAD_WORDS = frozenset(fold_text(w) for w in ("رئيس", "رئيسة"))  # (alone they head anything: رئيس الجامعة)


def _head_of_state(text: str, country: Match) -> int | None:
    """Where رئيس starts when it stands right before a country's name (رئيس الكاميرون بول بيا): the
    country's president. Alone, رئيس heads anything (رئيس الجامعة), so no agent of its own."""
    word = re.search(r"(\S+)\s+$", text[max(0, country.start - 12) : country.start])
    if word is None or fold_text(word.group(1)) not in HEAD_WORDS:
        return None
    return country.start - len(word.group(0))


def _names_a_person(title: str) -> bool:
    """Whether an agent's words name a person (وزير الخارجية، نائب رئيس الوزراء، مستشار الأمن القومي), not a
    body (الجيش، منظمة حقوقية). A definite title not listed (الوزير التركي) is left to the title's memory."""
    folded = fold_text(title)
    head = folded.split()[:1]
    return folded.startswith(_PERSON_TITLES) \
        or bool(head) and not head[0].startswith("ال") and names_a_title(head[0]) and head[0] not in INSTITUTIONS


def deputy_of_a_title(text: str, m: Match) -> bool:
    """Whether an agent match is نائب in construct with another title (نائب المدير العام، نائب القائد): the
    deputy of whoever holds it, not a member of parliament."""
    if fold_text(m.text) not in DEPUTIES:
        return False
    following = fold_text(text[m.end : m.end + 20]).split()[:1]
    return bool(following) and names_a_title(following[0])


_PREPOSITIONS = frozenset(fold_text(w) for w in ("في", "من", "إلى", "على", "عن", "مع", "خلال", "بعد", "قبل"))
_ACTOR_HOMOGRAPHS = {fold_text(k): frozenset(fold_text(w) for w in v) for k, v in data.ACTOR_HOMOGRAPHS.items()}
_HOMOGRAPHS_AFTER = {fold_text(k): frozenset(fold_text(w) for w in v) for k, v in data.ACTOR_HOMOGRAPHS_AFTER.items()}
_THAT = frozenset(fold_text(w) for w in ("أن", "إن", "ان", "بأن"))
_FIRE_NOUNS = frozenset(fold_text(w) for w in ("إطلاق", "وقف", "تبادل"))  # أدانت فتح إطلاق النار: the movement
_FIRE = frozenset(fold_text(w) for w in ("النار", "نيران", "النيران", "نارا", "نيرانها", "نيرانه", "نيرانهم"))
_NOUN_HOMOGRAPHS = {fold_text(k): frozenset(fold_text(w) for w in v) for k, v in data.ACTOR_NOUN_HOMOGRAPHS.items()}


def _verb_meant(text: str, m: Match) -> bool:
    """Whether a name that is also a verb (فتح) stands before a word the verb takes (النار، باب), or
    after ب / ل as its verbal noun (رحب بفتح دمشق باب التفاوض: the opening), or what it opens stands
    just before it (تحقيق جنائي فتح في باريس); or a name that is also a noun stands before a word
    the noun governs (حماس الشباب: their zeal)."""
    name = fold_text(m.text)
    following = fold_text(text[m.end : m.end + 20]).split()[:1]
    if following and following[0] in _NOUN_HOMOGRAPHS.get(name, ()):
        return True
    preceding = fold_text(text[max(0, m.start - len(m.prefix) - 30) : m.start - len(m.prefix)]).split()[-2:]
    if not m.prefix and any(w in _HOMOGRAPHS_AFTER.get(name, ()) for w in preceding):
        return True
    after = _ACTOR_HOMOGRAPHS.get(name)
    if after is None or not following:
        return False
    # فتح مسلح النار، فتح جنود الاحتلال النار: the subject stands between the verb and the fire
    words = fold_text(re.split(r"[،,.:؛]", text[m.end : m.end + 40])[0]).split()[:3]
    fire = next((n for n, w in enumerate(words) if w in _FIRE), 0)
    if fire and all(w[:1].isalpha() and not w.startswith("و") and w not in _PREPOSITIONS and w not in _THAT
                    and w not in _FIRE_NOUNS for w in words[:fire]):
        return True
    # … its genitive right after it, not a و-joined name or a preposition (أشاد بفتح وحماس، التقى بفتح في غزة)
    genitive = following[0][:1].isalpha() and not following[0].startswith("و") and following[0] not in _PREPOSITIONS
    return following[0] in after or (m.prefix.endswith(("ب", "ل")) and genitive)


def _institutional_adjective(agent: Match, country: Match, between: list[str]) -> bool:
    """Whether a definite agent and its country adjective hold one adjective of an institution between
    them that agrees with both (الجيش الوطني اليمني، الشرطة الاتحادية العراقية): the agent's country."""
    head, adjective = fold_text(agent.text), fold_text(country.text)
    if country.kind != "demonym" or " " in head or not head.startswith("ال") or len(between) != 1 \
            or between[0] not in _INSTITUTIONAL:
        return False
    return head.endswith(("ه", "ات")) == between[0].endswith("ه") == adjective.endswith("ه")  # الاستخبارات: feminine


def _genitive_between(agent: Match, country: Match, between: list[str]) -> bool:
    """Whether an indefinite agent and the country adjective that agrees with it hold a genitive between
    them (شرطة مكافحة الإرهاب التركية، قوات حرس الحدود الإيرانية): the agent's country."""
    head, adjective = fold_text(agent.text), fold_text(country.text)
    if country.kind != "demonym" or head.startswith("ال") or " " in head or not adjective.startswith("ال"):
        return False
    if not 1 <= len(between) <= 3 or not between[-1].startswith("ال") or between[0].startswith("ال"):
        return False
    if any(c in w for w in between for c in "«»\"“”"):
        return False  # شركة "طيران الاتحاد" الإماراتية: a quoted name, which the speaker reads
    if any(w in _LINKS or w in _PREPOSITIONS for w in between) or between[0].endswith(("ون", "ين")):
        return False  # متظاهرون غاضبون في البقاع اللبناني: an adjective and where, not a genitive
    return head.endswith("ه") == adjective.endswith("ه")  # شرطة … التركية, both feminine


def _bare_kingdom(m: Match) -> bool:
    """Whether a match is المملكة alone, which the knowledge base gives to Saudi Arabia."""
    return m.kind == "place" and m.id == _SAUDI and fold_text(m.text) == _KINGDOM
