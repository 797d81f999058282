"""Actor mentions of a sentence: entities and bare agents, outermost only, in text order."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rasid.analysis import entity_data, event_data, quote_data
from rasid.analysis.entities import DEPUTIES, ROYAL_STYLES, deputy_of_a_title
from rasid.analysis.title_holders import (
    INSTITUTIONS,
    LINEAGE,
    given_name_in,
    holder_after,
    names_a_title,
    past_complement,
    reads_as_name,
    says_next,
    unquoted,
    word_start,
)
from rasid.lexicon.entries import Place
from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match
from rasid.model import ActorRef, Entity
from rasid.text.fold import fold_text


@dataclass(frozen=True, slots=True)
class Mention:
    """Someone named in a sentence who may act or be acted on."""

    start: int
    end: int
    ref: ActorRef
    prefix: str  # clitics before it, folded: و (and), ب / ل (a preposition)
    label: str
    seat: bool = False  # a capital or seat of government, which acts for its state (طالبت أوتاوا)


# A generic actor named just after by a quoted name: شركة "ميرسك"، الشركة الفرنسية العملاقة "توتال".
_CLAUSE_WORDS = re.compile(r"(?<!\S)[وف]?(?:[إأا]ن|[إأا]نه|[إأا]نها|[إأا]نهم|بأن|بانه|بأنه|بانها|بأنها|قال|قالت)(?!\S)")
_QUOTED_NAME = re.compile(r"(?:\s+[^\s،,.:«»\"“”]+){0,3}?\s*[«\"“]([^«»\"“”،,.]{2,30})[»\"”]")


# who work for someone (نائب، مستشار، مدير مكتب): the person named after one is whose they are
ASSOCIATES = frozenset(fold_text(w) for w in event_data.ASSOCIATE_NOUNS)


_NO_ADJECTIVES = frozenset(fold_text(w) for w in ("إلى", "الى", "الذي", "التي", "الذين", "اللذين", "اللتين"))


def named_by_quote(lexicon: Lexicon, text: str, m: Mention, known: list[Mention]) -> Mention:
    """A generic actor (an agent, alone or with its country) takes the quoted name that follows it:
    the actor the knowledge base knows by that name (``known``), else the name with its own code."""
    if m.ref.id is not None and m.ref.id not in lexicon.agents:
        return m
    if fold_text(m.ref.text).split()[0] in _PERSON_TITLES:
        return m  # رئيس حزب "إسرائيل بيتنا"، أفيغدور ليبرمان: the party's name, not its leader's
    quoted = _QUOTED_NAME.match(text, m.end)
    if quoted is None or _CLAUSE_WORDS.search(text, m.end, quoted.start(1)):
        return m  # واعلنت الحكومة انها "حررت" عدن: a quoted word in what was said, not a name
    if text[quoted.end() : quoted.end() + 2].strip() in ("", "."):
        return m  # وقال الوزير "نحن نرفض ذلك".: what closes the sentence is said, not a name
    between = text[m.end : quoted.start(1)].strip(" «\"“").split()
    if not all(fold_text(w).startswith("ال") and fold_text(w) not in _NO_ADJECTIVES for w in between):
        # الوزير سباستيان كورتس لإذاعة «أو آر إف»: only adjectives stand between a noun and its name (not إلى,
        # folded like one: دعا الرئيس المواطنين إلى «اليقظة»)
        return m
    same = next((k for k in known if k.start == quoted.start(1) and k.end >= quoted.end(1) and k is not m), None)
    if same is not None:
        return replace(m, ref=replace(same.ref, text=m.ref.text))
    name = quoted.group(1).strip()
    if len(name.split()) > 3:
        return m  # رئيس الوزراء جوزيبي كونتي "لا يمكن أن ننتظر القضاء": a quotation, not a name
    return replace(m, ref=replace(m.ref, name=name, name_en=None, id=None))


def named_party(text: str, m: Mention, known: list[Mention]) -> Mention:
    """An indefinite حزب followed by its name (وأعلن حزب النهضة الإسلامي، حزب العدالة والتنمية): the party
    so named, coded as a party."""
    if m.ref.id != "party" or fold_text(m.ref.text).startswith("ال"):
        return m
    name: list[str] = []
    starts = {k.start for k in known}
    for token in re.finditer(r"\S+", text[m.end : m.end + 60]):
        word = token.group()
        folded = fold_text(word.strip("،,.:"))
        if not (folded.startswith("ال") or (name and folded.startswith("وال"))) or folded in _COMPLEMENTIZERS \
                or m.end + token.start() in starts or len(name) == 4:
            break  # … not a country adjective the coder reads (حزب الغد المصري: EGY)
        name.append(word.strip("،,.:"))
        if word[-1:] in "،,.:":
            break
    if not name:
        return m
    end = text.find(name[-1], m.end) + len(name[-1])
    span = text[m.start : end]
    return Mention(m.start, end, replace(m.ref, text=span, name=span, name_en=None, id=None), m.prefix, "ORG")


def owned_bodies(lexicon: Lexicon, text: str, mentions: list[Mention]) -> list[Mention]:
    """A definite body the knowledge base lists as an agent, right before the group it belongs to with
    ل (المكتب السياسي لحركة أنصار الله، الجناح العسكري لحماس): that group's body, coded as the group —
    not a person's title (الأمين العام لحزب الله: its holder is a person)."""
    out: list[Mention] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        owner = mentions[i + 1] if i + 1 < len(mentions) else None
        first = fold_text(m.ref.text).split()[:1]
        body = m.ref.id in lexicon.agents and bool(first) and first[0].startswith("ال") and not _titles(first[0])
        if body and owner is not None and owner.label == "ORG" and owner.prefix == "ل" \
                and owner.ref.id not in lexicon.agents and not text[m.end : owner.start - 1].strip():
            span = text[m.start : owner.end]
            out.append(Mention(m.start, owner.end, replace(owner.ref, text=span), m.prefix, "ORG"))
            skip = i + 1
        else:
            out.append(m)
    return out


def sentence_mentions(lexicon: Lexicon, entities: list[Entity], matches: list[Match],
                      start: int, end: int, text: str = "") -> list[Mention]:
    """Outermost entities and unqualified agents within ``[start, end)``, in text order; with the
    document ``text``, a generic actor followed by a quoted name is given that name."""
    prefixes = {m.start: m.prefix for m in matches}
    inside = [e for e in entities if start <= e.start and e.end <= end and e.actor is not None]
    outer = [e for e in inside if not any(o is not e and o.start <= e.start and e.end <= o.end
                                          and (o.end - o.start) > (e.end - e.start) for o in inside)]
    mentions = [Mention(e.start, e.end, e.actor, prefixes.get(e.start, ""), e.label) for e in outer  # type: ignore[arg-type]
                if e.label != "MISC" or e.text.endswith(("ون", "ين"))]
    taken = [(m.start, m.end) for m in mentions]
    for m in matches:
        if m.kind not in ("agent", "demonym") or not (start <= m.start and m.end <= end):
            continue
        if any(a <= m.start < b or a < m.end <= b for a, b in taken):
            continue
        if m.kind == "agent":
            agent = lexicon.agents[m.id]
            # نائب المدير العام: a deputy, whose sector is the title's, not a member of parliament
            sector = None if deputy_of_a_title(text, m) else agent.sector
            ref = ActorRef(m.text, agent.name, agent.name_en, agent.id, sector)
            mentions.append(Mention(m.start, m.end, ref, m.prefix, "ORG"))
        elif not _in_lineage(text, m.start) and not _negated(text, m.start):
            # a country adjective (الإيرانية) may stand for its country as a target
            place = lexicon.places[m.id]
            ref = ActorRef(m.text, place.name, place.name_en, place.id, place.code)
            mentions.append(Mention(m.start, m.end, ref, m.prefix, "MISC"))
    mentions.sort(key=lambda x: x.start)
    seats = _seats(lexicon)
    mentions = [replace(m, seat=True) if m.label == "LOC" and m.ref.name in seats else m for m in mentions]
    if text:
        mentions = spokespeople(text, mentions, end)
        mentions = [m for m in mentions if not _named_after(text, m) and not _in_common_noun(text, m, mentions)
                    and not _families_of(text, m, mentions)
                    and not _main_adjective(text, m, mentions) and not _foreign_adjective(text, m)
                    and not _ancestor_of(text, m, mentions) and not _adjective_name(text, m, mentions, matches)
                    and not _given_name_after_style(text, m) and not _no_commander(text, m)
                    and not (m.ref.id in lexicon.agents and _house_name(text, m))]  # آل الشيخ: a family, no cleric
        mentions = _groups_with_their_names(lexicon, text, mentions)
        mentions = [_son_of(text, m, mentions) for m in mentions]
        mentions = [named_by_quote(lexicon, text, m, mentions) for m in mentions]
        mentions = _without_overlaps([named_party(text, m, mentions) for m in mentions])
        mentions = owned_bodies(lexicon, text, mentions)
        mentions = heads_of_bodies(lexicon, text, [_deputy_of_unlisted(text, m, mentions) for m in mentions])
        mentions = titled_names(lexicon, text, mentions)
        verbs = [(m.start, m.end) for m in matches if any(h.kind == "reporting" for h in m.hits)]
        mentions = apposed_names(lexicon, text, mentions, end, verbs)
        # … not the noun a verb in ى is written as with ي (قاضي خليل الله: a name, not قاضى sued)
        events = [(m.start, m.end) for m in matches if m.kind == "verb"
                  and not (lexicon.verbs[m.id].lemma.endswith("ى") and m.text.endswith("ي"))]
        mentions = holders_after_titles(lexicon, text, mentions, end, verbs, events)
        mentions = own_titles_after(lexicon, text, mentions)
        mentions = own_countries(lexicon, text, mentions, start, end)
        mentions = [_residents_of(text, m) for m in mentions]
        mentions = _namesakes(lexicon, text, mentions)
    return mentions


def _namesakes(lexicon: Lexicon, text: str, mentions: list[Mention]) -> list[Mention]:
    """A known person's family name alone, right after two given names that are not his and a country's
    adjective before them (الصحافي الإسرائيلي يوسي كلاين هاليفي: not the army chief Herzi Halevi): a
    namesake nobody listed, one mention from the adjective, coded by its country."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        known = lexicon.actors.get(m.ref.id or "")
        given = text[prev.end : m.start - len(m.prefix)] if prev is not None else ""
        words = given.split()
        # (a person's adjective: one word, singular, with the article — الإسرائيلي, not للفلسطينيين)
        adjective = prev is not None and prev.label == "MISC" and not prev.prefix \
            and fold_text(text[prev.start : prev.end]).startswith("ال") and text[prev.start : prev.end].endswith("ي")
        if known is None or known.type != "PER" or not adjective or m.prefix \
                or " " in text[m.start : m.end].strip() or len(words) != 2 \
                or any(c in given for c in "،,.:؛«»\"“”()") or not reads_as_name(given.strip()) \
                or not all(w.isalpha() and not fold_text(w).startswith(("ال", "و", "ب", "ل")) for w in words) \
                or given_name_in(known.name, given):
            out.append(m)
            continue
        name = text[m.start - len(m.prefix) - len(given.lstrip()) : m.end]
        out[-1] = Mention(prev.start, m.end, ActorRef(text[prev.start : m.end], name, None, None, prev.ref.code),
                          prev.prefix, "PER")
    return out


# the people of a place (سكان مكة المكرمة، أهالي غزة): its civilians, who act and are acted on
_RESIDENTS = re.compile(r"(?<!\S)([وفبل]?)(سكان|أهالي|اهالي|قاطني)\s+$")


def _residents_of(text: str, m: Mention) -> Mention:
    """A place right after the noun for the people who live there: one mention of its civilians (طالب
    عدد من سكان مكة المكرمة الشؤون الصحية → SAUCVL; تحذر سكان غزة من الاقتراب → PSECVL)."""
    if m.label != "LOC" or m.prefix or not m.ref.code or len(m.ref.code) != 3:
        return m
    found = _RESIDENTS.search(text, max(0, m.start - 12), m.start)
    if found is None:
        return m
    start = found.start(2)
    span = text[start : m.end]
    return Mention(start, m.end, ActorRef(span, span, None, None, m.ref.code + "CVL"), found.group(1), "ORG")


_SPOKEN_FOR = re.compile(r"\s+(?:الرسمي[ةه]?\s+)?باسم\s+[«\"“]?$")
_OPENING_MARKS, _CLOSING_MARKS = "".join(quote_data.QUOTE_MARKS), "".join(quote_data.QUOTE_MARKS.values())
_NO_MARKS = str.maketrans("", "", _OPENING_MARKS + _CLOSING_MARKS)


def heads_of_bodies(lexicon: Lexicon, text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's title in construct with a body right after it (قائد الشرطة، زعيم حزب الله، مدير عام
    وزارة الصحة في غزة): one person, coded as the body — whose head speaks and acts for it."""
    out: list[Mention] = []
    open_chain = False  # the last body taken is indefinite: a genitive may follow it (قائد قوات حلف شمال الأطلسي)
    for m in mentions:
        head = out[-1] if out else None
        # (… the body's name in quotation marks too after a one-word title: زعيم «حزب الله» — not رئيس حزب
        # "القوات اللبنانية", whose body is named in the marks, nor مسؤول قضائي "فرانس برس", told it)
        gap = text[head.end : m.start].strip() if head is not None else ""
        adjacent = head is not None and m.label == "ORG" and m.ref.code and not m.prefix \
            and (not gap or (gap in _OPENING_MARKS and len(text[head.start : head.end].split()) == 1))
        # … a body, or the title a deputy stands in for (نائب المدير العام لشركة …)
        genitive = adjacent and (not _titles(_first_word(m)) or _first_word(head) in DEPUTIES)
        if genitive and (open_chain or _heads(lexicon, head)):
            span = text[head.start : m.end]
            out[-1] = Mention(head.start, m.end, ActorRef(span, _unmarked(span), None, None, m.ref.code), head.prefix, "PER")
            open_chain = not _first_word(m).startswith("ال") and m.ref.id in lexicon.agents
            continue
        open_chain = False
        out.append(m)
    return out


def _deputy_of_unlisted(text: str, m: Mention, mentions: list[Mention]) -> Mention:
    """A deputy's mention (نائب) spanning the title the knowledge base does not list after it, with its
    adjectives (نائب المدير العام، نائب الرئيس التنفيذي): whose deputy it is, as written."""
    if _first_word(m) not in DEPUTIES or m.ref.code is not None or " " in m.ref.text:
        return m
    end = m.end
    for n, token in enumerate(re.finditer(r"[^\s،,.:؛«»\"“”()]+", text[m.end : m.end + 40])):
        at = m.end + token.start()
        word = fold_text(token.group())
        if text[end:at].strip() or any(o.start == at for o in mentions) \
                or not (names_a_title(word) if n == 0 else word.startswith("ال") and n <= 2):
            break
        end = at + len(token.group())
    if end == m.end:
        return m
    span = text[m.start : end]
    return Mention(m.start, end, ActorRef(span, span, None, None, None), m.prefix, "PER")


def _heads(lexicon: Lexicon, title: Mention) -> bool:
    """Whether a mention is a bare person's title that can govern a genitive: indefinite (قائد، مدير
    عام), not a body's noun (منظمة), nor a minister, whose portfolio is no body he heads (وزير الإعلام)."""
    first = _first_word(title)
    return title.ref.id in lexicon.agents and not first.startswith("ال") and _titles(first) \
        and first not in INSTITUTIONS and first not in _MINISTERS


_MINISTERS = frozenset(fold_text(w) for w in ("وزير", "وزيرة"))


def _first_word(m: Mention) -> str:
    words = fold_text(m.ref.text).split()
    return words[0] if words else ""


def spokespeople(text: str, mentions: list[Mention], limit: int) -> list[Mention]:
    """A spokesperson named with whom they speak for (المتحدثة باسم وزارة الخارجية الروسية، الناطق باسم
    حركة حماس), and their name when it follows before ``limit`` (… حازم قاسم): one mention, the body's code."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.ref.id == "spokesman" and m.ref.code and m.label in ("ORG", "PER") \
                and _SPOKEN_FOR.fullmatch(" " + text[prev.end : m.start]):
            # (the body's name in quotation marks: المتحدث باسم "الأونروا")
            quoted = text[m.start - 1 : m.start] in _OPENING_MARKS and text[m.end : m.end + 1] in _CLOSING_MARKS
            end = m.end + quoted
            span = text[prev.start : end]
            name = unquoted(span)
            # the name after a body in marks is the spokesperson's (not after a title with its complement:
            # المتحدث باسم حاكم إقليم ننكرهار عطاء الله خوجياني, read with the title)
            holder = holder_after(text, end, limit) if text[end - 1] in _CLOSING_MARKS else None
            if holder is not None and holder.name is not None and not text[end : holder.name[0]].strip(" ،,") \
                    and not any(holder.name[0] <= o.start < holder.name[1] for o in mentions):
                end, name = holder.name[1], text[holder.name[0] : holder.name[1]]  # الناطق باسم "حماس" حازم قاسم
            out[-1] = Mention(prev.start, end, ActorRef(text[prev.start : end], name, None, None, m.ref.code), prev.prefix, "PER")
            continue
        out.append(m)
    return out


# "his / its country": the country of the actor named before it (قال رئيس جنوب أفريقيا إن بلاده وافقت)
_OWN_COUNTRY = re.compile(r"(?<!\w)([وف]?[بل]?)(بلاده|بلادها)(?!\w)")


def own_countries(lexicon: Lexicon, text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Each بلاده / بلادها of the sentence as the country of the person or body named before it there,
    when it has one."""
    found = []
    for word in _OWN_COUNTRY.finditer(text, start, end):
        owner = next((m for m in reversed(mentions) if m.end <= word.start() and m.label in ("PER", "ORG")
                      and _country(lexicon, m.ref.code)), None)
        place = _country(lexicon, owner.ref.code) if owner is not None else None
        if place is not None:
            ref = ActorRef(word.group(2), place.name, place.name_en, place.id, place.code)
            found.append(Mention(word.start(2), word.end(2), ref, fold_text(word.group(1)), "LOC"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _country(lexicon: Lexicon, code: str | None) -> Place | None:
    """The country a full actor code begins with (RUSGOV → Russia), None for a sector alone."""
    place = lexicon.places.get((code or "")[:3])
    return place if place is not None and place.kind == "country" else None


# the lexicon kept beside its seats, so that another lexicon at the same address is never given them
_SEATS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _seats(lexicon: Lexicon) -> frozenset[str]:
    """The capitals the lexicon names, and seats the press uses the same way (تل أبيب), once per lexicon."""
    cached = _SEATS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        capitals = {p.capital for p in lexicon.places.values() if p.capital}
        cached = _SEATS[id(lexicon)] = (lexicon, frozenset(capitals | set(quote_data.GOVERNMENT_SEATS)))
    return cached[1]


def _lineage_word_at(text: str, start: int) -> int | None:
    """Where the lineage word right before ``start`` begins (فيصل بن تركي), if one stands there."""
    found = re.search(r"(\S+)\s+$", text[max(0, start - 8) : start])
    if found is None or fold_text(found.group(1)) not in LINEAGE:
        return None
    return max(0, start - 8) + found.start(1)


def _in_lineage(text: str, start: int) -> bool:
    """Whether a lineage word stands right before ``start`` (فيصل بن تركي): a name, no country."""
    return _lineage_word_at(text, start) is not None


_NON = fold_text("غير")


def _negated(text: str, start: int) -> bool:
    """Whether غير stands right before ``start`` (أي وجود غير فلسطيني): no country's, its negation."""
    return fold_text(text[max(0, start - 8) : start]).split()[-1:] == [_NON]


def _adjective_name(text: str, m: Mention, mentions: list[Mention], matches: list[Match]) -> bool:
    """Whether a one-word name that is also an adjective describes the noun before it (طريق ملاحة رئيسي،
    سبب رئيسي): no verb, title, name, particle or mark stands right before it."""
    if m.label != "PER" or m.prefix or fold_text(text[m.start : m.end]) not in _ADJECTIVE_NAMES:
        return False
    before = text[max(0, m.start - 30) : m.start].rstrip()
    if not before or not before[-1].isalpha():
        return False  # a mark or the start: the name
    after_name = any(o.end <= m.start and not text[o.end : m.start].strip() for o in mentions)
    after_verb = any(x.end <= m.start and not text[x.end : m.start].strip()
                     and any(h.kind in ("verb", "reporting") for h in x.hits) for x in matches)
    return not (after_name or after_verb) and fold_text(before.split()[-1]) not in _NAME_BEFORE


def _given_name_after_style(text: str, m: Mention) -> bool:
    """Whether a country adjective without the article stands right after a royal style or before بن or
    آل: a given name (الأمير تركي الفيصل، الشيخ تركي، الأمير الدكتور تركي بن سعود، تركي آل الشيخ), no
    nationality."""
    if m.label != "MISC" or fold_text(text[m.start : m.end]).startswith("ال"):
        return False
    before = text[max(0, m.start - 12) : m.start].split()
    after = fold_text(text[m.end : m.end + 8]).split()[:1]
    return (bool(before) and fold_text(before[-1]) in ROYAL_STYLES) or (bool(after) and after[0] in _FAMILY_WORDS)


def _groups_with_their_names(lexicon: Lexicon, text: str, mentions: list[Mention]) -> list[Mention]:
    """A generic group right before the group the knowledge base knows by name, of its own sector (حركة
    المقاومة حماس): one mention, the named group (not a title before a body: رئيس وزراء الاحتلال)."""
    out: list[Mention] = []
    for m in mentions:
        generic = out[-1] if out else None
        if generic is not None and generic.ref.id in lexicon.agents and generic.ref.code in _GROUP_SECTORS \
                and not text[generic.end : m.start].strip() and m.ref.id in lexicon.actors and m.label == "ORG" \
                and (m.ref.code or "").endswith(generic.ref.code):
            out[-1] = Mention(generic.start, m.end, replace(m.ref, text=text[generic.start : m.end]), generic.prefix, "ORG")
            continue
        out.append(m)
    return out


def _no_commander(text: str, m: Mention) -> bool:
    """Whether a bare قائد leads a vehicle or a side, not troops (قائد الشاحنة، قائد المنتخب): no commander."""
    if m.ref.id != "commander":
        return False
    after = fold_text(text[m.end : m.end + 30]).split()[:2]
    return bool(after) and after[0] in _LED_THINGS and after[1:] not in (["اول"], ["ركن"])


def _ancestor_of(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the mention is an ancestor in the name of the one right before it (محمد بن سلمان بن عبد
    العزيز: the prince's grandfather is part of his name, no actor of its own)."""
    lineage_at = _lineage_word_at(text, m.start)
    return lineage_at is not None and any(o.end <= lineage_at and not text[o.end : lineage_at].strip() for o in mentions)


def _son_of(text: str, m: Mention, mentions: list[Mention]) -> Mention:
    """A known person after بن and a given name is the father in the son's name (متعب بن عبدالله بن
    عبدالعزيز: not King Abdullah): the son, by his whole name, with his father's country (its
    government, for a ruling house or a prince)."""
    if m.label != "PER" or not _fathers_name(text, m):
        return m
    son = _SON.search(text, max(0, m.start - 80), m.start)
    if son is None or son.end() != m.start or any(o.end <= m.start and o.end > son.start() for o in mentions):
        return m
    given = fold_text(son.group(1))
    if given.startswith("ال") or given in _SON_STOPS:
        return m  # a definite noun or a particle before بن: the father's name is the person's own
    name = text[son.start() : m.end]
    code = _country_of_code(m.ref.code)
    ruler = _ruling_state(text, (son.start(), m.end), [])
    royal = bool(_ROYAL_TITLES.intersection(fold_text(text[max(0, son.start() - 10) : son.start()]).split()[-1:]))
    if ruler or (royal and code):  # … آل مكتوم؛ الأمير خالد بن سلمان بن عبدالعزيز: of the house that rules
        code = (ruler or code) + "GOV"
    return Mention(son.start(), m.end, ActorRef(name, name, None, None, code), m.prefix, "PER")


_FAMILIES = fold_text("أهالي")


def _families_of(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether أهالي (families, people of) stands right before the group or place it is of (أهالي الأسرى
    الأردنيين، أهالي غزة): those name them, with their country."""
    return fold_text(text[m.start : m.end]) == _FAMILIES \
        and any(o.start > m.end and not text[m.end : o.start].strip() for o in mentions)


def _in_common_noun(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a place's name is part of a common noun (زيت جوز الهند) or a group's name (تنظيم أجناد
    مصر): no place."""
    before = text[max(0, m.start - 12) : m.start].split()
    if m.label != "LOC" or not before:
        return False
    place = fold_text(text[m.start : m.end])
    if place in _ADJECTIVE_PLACES and not m.prefix:  # مصادر دعم مالي: financial, not Mali (دعمت فرنسا مالي)
        after_actor = any(o.end <= m.start and not text[o.end : m.start].strip() for o in mentions)
        return fold_text(before[-1]).strip("،,") not in _ADJECTIVE_PLACES[place] and not after_actor
    heads = _NOUNS_WITH_PLACES.get(place, ())
    word = fold_text(before[-1]).lstrip("وبلف")
    return word in heads or word in _GROUP_NAME_HEADS


_FOREIGN = fold_text("الخارجية")
_AFFAIRS = frozenset(fold_text(w) for w in ("الشؤون", "الشئون"))


def _foreign_adjective(text: str, m: Mention) -> bool:
    """Whether الخارجية is the adjective "foreign" after a definite noun (السياسة الخارجية، العلاقات الخارجية،
    الديون الخارجية): no ministry — but the ministry of foreign affairs is (وزير الشؤون الخارجية)."""
    if m.prefix or fold_text(text[m.start : m.end]) != _FOREIGN:
        return False
    before = fold_text(text[max(0, m.start - 20) : m.start]).split()[-1:]
    return bool(before) and before[0].startswith("ال") and before[0] not in _AFFAIRS


_LETTERS = re.compile(r"[\u0621-\u064a]+")
# what follows الرئيس the adjective: a preposition (السبب الرئيس وراء، الدور الرئيس في)
_MAIN_AFTER = frozenset(fold_text(w) for w in ("في", "من", "عن", "على", "إلى", "الى", "وراء", "خلف", "بين", "مع", "ضد",
                                               "حول", "لـ", "و"))


def _main_adjective(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether الرئيس is the adjective "main" between a definite noun and a preposition or the clause's
    end (المحرك الرئيس في التلاعب، الداعم الرئيس للمؤشر): not after a title (ولي العهد الرئيس) nor before
    a name (الرئيس كينيدي)."""
    if m.ref.id != "president" or m.prefix or fold_text(text[m.start : m.end]) != fold_text("الرئيس"):
        return False
    before = text[max(0, m.start - 20) : m.start].split()[-1:]
    noun = fold_text(before[0]) if before else ""
    if not _LETTERS.fullmatch(noun) or not noun.startswith("ال") or names_a_title(noun) or noun in HONORIFIC_WORDS:
        return False  # … nor across a mark (الأراضي الكوبية. الرئيس كينيدي، الماضي،قال الرئيس)
    after = text[m.end : m.end + 20]
    following = fold_text(after).split()[:1]
    closes = not following or after.lstrip()[:1] in "،,.:؛)" or following[0] in _MAIN_AFTER \
        or following[0].startswith(("لل", "ل" + "ال"))
    return closes and not any(o.end <= m.start and not text[o.end : m.start].strip() for o in mentions)


def _named_after(text: str, m: Mention) -> bool:
    """Whether a person's name or title names an institution (مركز الملك سلمان، بجامعة الملك سعود،
    جامعة الملك خالد)."""
    head = fold_text(text[m.start : m.end]).split()[:1]
    if m.label != "PER" and not (m.label == "ORG" and head and head[0] in _PERSON_TITLES):
        return False
    before = text[max(0, m.start - 30) : m.start].split()
    word = fold_text(before[-1]) if before else ""
    return word in _NAMED_AFTER or (word[:1] in "وبلف" and word[1:] in _NAMED_AFTER)


def titled_names(lexicon: Lexicon, text: str, mentions: list[Mention]) -> list[Mention]:
    """A title right before a person's name (الرئيس ترامب، الرئيس الأمريكي دونالد ترامب، وزير الخارجية
    الأستاذ عادل الجبير) is that person: one mention."""
    out: list[Mention] = []
    principal: str | None = None  # whose deputy the mention before is
    for m in mentions:
        if principal and m.ref.id == principal and not text[out[-1].end : m.start].strip():
            # نائب المستشارة الألمانية أنجيلا ميركل: the principal's name goes on the deputy's mention
            prev = out.pop()
            span = text[prev.start : m.end]
            out.append(Mention(prev.start, m.end, replace(prev.ref, text=span, name=span), prev.prefix, "PER"))
            continue
        principal = None
        if out and m.label == "PER" and _is_title(lexicon, out[-1]) and _deputy_of(lexicon, text, out[-1], m):
            # نائب خادم الحرمين الشريفين، نائب وزير الخارجية الروسي: his deputy, coded by his office, and
            # named later if at all (… الأمير محمد بن نايف)
            prev = out.pop()
            span = text[prev.start : m.end]
            out.append(Mention(prev.start, m.end, ActorRef(span, span, None, None, m.ref.code), prev.prefix, "PER"))
            principal = m.ref.id
            continue
        # … and a title before a titled name (وزير الخارجية الشيخ عبدالله بن زايد: الشيخ took the name first)
        # … not before another office (استقبل الرئيس وزير الخارجية السعودي: two people)
        # … not one after a preposition (رحب أمير دولة الكويت بالأمير نواف: his guest)
        while out and m.label == "PER" and not m.prefix and _is_title(lexicon, out[-1]) \
                and not _names_a_body(text, out[-1]) and not _group(out[-1]) \
                and not _held_office(lexicon, m) and not _person_title(lexicon, m) \
                and not other_country(out[-1], m) \
                and all(fold_text(w) in HONORIFIC_WORDS for w in text[out[-1].end : m.start].split()):
            prev = out.pop()
            m = Mention(prev.start, m.end, replace(m.ref, text=text[prev.start : m.end]), prev.prefix, "PER")
        if _holder_of_body(lexicon, text, out, m):
            out.pop()  # the body (حرس الثورة) goes into the person's mention, with its title
            title = out.pop()  # قائد حرس الثورة اللواء حسين سلامي: the commander, named
            m = Mention(title.start, m.end, replace(m.ref, text=text[title.start : m.end]), title.prefix, "PER")
        out.append(m)
    return out


def _holder_of_body(lexicon: Lexicon, text: str, before: list[Mention], m: Mention) -> bool:
    """Whether a person follows a title in construct and the body it heads (قائد حرس الثورة اللواء حسين
    سلامي): the holder of that title, past honorifics and the body's adjectives — not another office's
    holder nor another country's."""
    if m.label != "PER" or len(before) < 2 or before[-1].label != "ORG" or _held_office(lexicon, m):
        return False
    first = fold_text(text[m.start : m.end].split()[0])
    if _titles(first) and first not in HONORIFIC_WORDS:
        return False  # التقى وفد حركة الجهاد السفير الفلسطيني: another title, another person
    title, body = before[-2], before[-1]
    if not (_is_title(lexicon, title) and _in_construct(title)) or text[title.end : body.start].strip():
        return False
    between = [fold_text(w) for w in text[body.end : m.start].split()]
    adjectives = all(w in HONORIFIC_WORDS or (w.startswith("ال") and w.endswith(("ي", "يه"))) for w in between)
    return adjectives and not other_country(body, m)


def other_country(title: Mention, m: Mention) -> bool:
    """Whether two titles belong to different countries (استقبل أمير منطقة الرياض السفير الباكستاني): two
    people, not a title and its holder's other title."""
    a, b = title.ref.code or "", m.ref.code or ""
    return len(a) > 3 and len(b) > 3 and a[:3] not in _SECTOR_CODES and b[:3] not in _SECTOR_CODES and a[:3] != b[:3]


def _in_construct(title: Mention) -> bool:
    """A title of one word without the article (نائب، مستشار): what follows is whose title it is."""
    words = title.ref.text.split()
    return len(words) == 1 and not fold_text(words[0]).startswith("ال") and not _group(title)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """The mentions in order, one that starts inside the one before it left out (a name now part of it)."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# A title, then its holder's name between commas or before what was said: المتحدثة باسم الخارجية
# الأمريكية، هيذر نويرت، الثلاثاء، أن …؛ المتحدث الرسمي للهيئة، المهندس عبدالناصر العبداللطيف أن …
# … never a conjunction before أن (قتل ثلاثة جنود، بيد أن الجيش نفى)
APPOSED = re.compile(r"[،,]\s*(?!(?:بيد|غير|إلا|الا|لكن|ولكن|علما|كما)\s)((?:[^\s،,.:؛«»\"“”()]+\s+){0,3}[^\s،,.:؛«»\"“”()]+)"
                      r"(?=\s*[،,:]|\s+[وب]?[أإا]ن(?:ه|ها|هم)?\s)")  # … or a colon (، مايك هويس: "…")
_WORD = r"[^\s،,.:؛«»\"“”()]+"
_HONORIFICS = "|".join(quote_data.HONORIFICS).replace(".", "\\.")
# … or, with no comma, an honorific opens the name: مدير عام تعليم الخرج الدكتور عبدالرحمن العبدالجبار أن،
# الناطق باسم الشرطة الرائد بدر السحيباني:، رئيس النادي الأدبي، المنسق العام للمسابقة الدكتور عبدالرحمن السلمي، أن
_LINEAGE_PATTERN = "|".join(quote_data.LINEAGE_WORDS)
# محمد، بن عبدالله، آل عمرو: one part each — never what opens what was said (الدكتور خالد مرغلاني أنه تم)
_NAME_PART = rf"(?:(?:{_LINEAGE_PATTERN})\s+)?(?![وب]?[أإا]ن(?:ه|ها|هم)?(?![^\s،,]))(?:{_WORD})"
_NO_RELATIVE = r"(?!(?:التي|الذي|الذين|اللتين|اللذين|اللواتي|اللاتي)(?![^\s،,]))"  # المحكمة التي دافع فيها المحامي …
TITLE_TO_NAME_WORDS = 6
# … before a name set off by commas, with no honorific, one word more when no other reading offers (المتحدث باسم
# مركز الملك سلمان للإغاثة والأعمال الإنسانية، رأفت الصباغ); a parenthesised aside is not counted (رئيس الجمعية
# الوطنية (الغرفة السفلى من البرلمان)، محمد ولد إبيليل)
FAR_COMMA_TO_NAME_WORDS = 7
_ASIDE = re.compile(r"\([^()]*\)")
_NOT_BEFORE_NAME = re.compile(r"[:«»\"“”]|(?<!\S)(?:التي|الذي|الذين)(?!\S)")  # a quotation, or a relative clause
_SECOND_TITLE_WORDS = 10  # … and the same person's second title, joined by و, before the name
HONORED = re.compile(rf"(?:[\s،,]+{_NO_RELATIVE}{_WORD}){{0,{TITLE_TO_NAME_WORDS}}}?[\s،,]+((?:{_HONORIFICS})\s+(?:{_NAME_PART}\s+){{0,3}}{_NAME_PART})"
                      r"(?=\s*[،,:]|\s+[وب]?[أإا]ن(?:ه|ها|هم)?\s|\s+(?:من|عن|على|في|إلى|الى)\s)")
_NAMED_AFTER = frozenset(fold_text(w) for w in entity_data.NAMED_AFTER_WORDS)
_ADJECTIVE_NAMES = frozenset(fold_text(w) for w in entity_data.ADJECTIVE_NAMES)
_NAME_BEFORE = frozenset(fold_text(w) for w in entity_data.NAME_BEFORE_WORDS)
_ADJECTIVE_PLACES = {fold_text(k): frozenset(fold_text(w) for w in v) for k, v in entity_data.ADJECTIVE_PLACES.items()}
# what someone said, not a name (ونقل عنه الموقع …، قوله)
SAYING_WORDS = frozenset(fold_text(w) for w in ("قوله", "قولها", "قولهم", "قولهما", "القول"))
_GROUP_NAME_HEADS = frozenset(fold_text(w) for w in entity_data.GROUP_NAME_HEADS)
_GROUP_SECTORS = frozenset(("REB", "OPP", "PTY", "UAF"))  # the sectors of armed groups, oppositions and parties
_LED_THINGS = frozenset(fold_text(w) for w in entity_data.LED_THINGS)
_NOUNS_WITH_PLACES = {fold_text(k): tuple(fold_text(w) for w in v) for k, v in entity_data.NOUNS_WITH_PLACES.items()}
HONORIFIC_WORDS = frozenset(fold_text(w) for w in quote_data.HONORIFICS)
STYLE_WORDS = frozenset(fold_text(w) for w in quote_data.STYLES)  # سمو، صاحب السمو الملكي، معالي
_SECTOR_CODES = frozenset(event_data.SECTOR_CODES)
_RULING_HOUSES = {fold_text(k): v for k, v in entity_data.RULING_HOUSES.items()}
_ROYAL_TITLES = frozenset(fold_text(w) for w in ("الأمير", "الأميرة", "الشيخ", "الشيخة", "سمو"))
_SON_OF_WORDS = frozenset(fold_text(w) for w in ("بن", "بنت", "ابن"))
_FAMILY_WORDS = _SON_OF_WORDS | {fold_text("آل")}  # … and the family a given name opens (تركي آل الشيخ)
# a given name and its father's بن (… بن … بن), right before the father's name
_SON = re.compile(r"(?<![^\s،,.:«»\"“”(])([^\W\d_]{2,})\s+(?:(?:بن|بنت|ابن)\s+[^\W\d_]+\s+)*(?:بن|بنت|ابن)\s+")
_SON_STOPS = frozenset(fold_text(w) for w in (*quote_data.COMPLEMENTIZERS, *quote_data.SPEAKER_STOPS, "قال", "وقال",
                                               "أكد", "وأكد", "ان", "على", "و", "أو", "ثم"))
_PERSON_TITLES = frozenset(fold_text(w) for w in entity_data.PERSON_TITLE_WORDS)
_REGION_NOUNS = frozenset(fold_text(w) for w in ("إقليم", "ولاية", "محافظة", "مقاطعة", "منطقة", "مدينة", "بلدة"))
_PLACE_NOUNS = _REGION_NOUNS | frozenset(fold_text(w) for w in ("عاصمة", "قرية", "مخيم", "حي", "ضاحية", "جزيرة"))
_TO_MEDIA = frozenset(fold_text(w) for w in quote_data.TO_MEDIA)
_COMPLEMENTIZERS = frozenset(fold_text(w) for w in quote_data.COMPLEMENTIZERS if " " not in w)
_HEAD = fold_text("رئيس")
_STATE_WORDS = frozenset(fold_text(w) for w in ("جمهورية", "الجمهورية", "دولة", "الدولة"))
_RULER_TITLES = frozenset(fold_text(w) for w in ("أمير", "ملك", "حاكم", "ولي", "نائب"))
_NEW_CLAUSE = re.compile(r"[،,]\s*و")
APPOSITION_CHARS = 160  # the title's complement (باسم وزارة الخارجية الأمريكية) and the name fit in this


def apposed_names(lexicon: Lexicon, text: str, mentions: list[Mention], end: int,
                  verbs: list[tuple[int, int]]) -> list[Mention]:
    """A title the knowledge base knows, followed by a name it does not (the holder, in apposition):
    one person mention, coded by the title and the country its complement names. ``verbs``: where
    the sentence's reporting verbs stand (لكنها أكدت أن is no name; يحيى, also a verb, may be one)."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if out and m.start < out[-1].end:
            continue  # inside the title's complement, now part of the person's mention
        found = _apposition(text, m, mentions[i + 1 :], end, verbs) \
            if _is_title(lexicon, m) and not _object_after_definite(lexicon, text, m, mentions[i + 1 :]) else None
        if found is None:
            out.append(m)
            continue
        inside = [o for o in mentions[i + 1 :] if o.end <= found.start(1)]
        known = next((o for o in mentions[i + 1 :] if o.label == "PER" and (o.start, o.end) == found.span(1)), None)
        if known is not None:  # رئيس حزب "إسرائيل بيتنا"، أفيغدور ليبرمان،: the person the knowledge base knows
            ref = replace(known.ref, text=text[m.start : found.end(1)])
        else:
            ref = ActorRef(text[m.start : found.end(1)], found.group(1), None, None, title_code(m, inside))
        out.append(Mention(m.start, found.end(1), ref, m.prefix, "PER"))
    return out



def holders_after_titles(lexicon: Lexicon, text: str, mentions: list[Mention], end: int,
                         verbs: list[tuple[int, int]], events: list[tuple[int, int]]) -> list[Mention]:
    """A title followed, past its complement, by its holder's name with no comma (وقال الأمين العام
    لمنظمة التحرير صائب عريقات في بيان، رئيس الوزراء البريطاني بوريس جونسون:): one person mention —
    the person the knowledge base knows, or the name coded by the title. No name opens with a
    reporting verb (وزير النفط الليبي يؤكد تخطيط …: ``verbs``) or holds an event word (وقال الجيش …
    مقتل الجندي: ``events``)."""
    out: list[Mention] = []
    said_at = frozenset(word_start(text, at) for at, _ in verbs)
    for i, m in enumerate(mentions):
        if out and m.start < out[-1].end:
            continue  # the known person now inside the title's mention
        held = _held_office(lexicon, m)
        holder = holder_after(text, _past_place_name(text, m), end, said_at) \
            if (_person_title(lexicon, m) or held) and not _told_media(text, m) else None
        place = next((p for p in mentions[i + 1 :] if holder and holder.name and p.start == holder.name[0]
                      and p.label in ("LOC", "MISC")), None)
        if place is not None:  # وزير خارجية مصر سامح شكري: the place closes the complement, the name follows
            holder = holder_after(text, place.end, end, said_at)
        # (… or a mention that holds the name: حكومة الاحتلال الإسرائيلي ياريف ليفين, a title read with it)
        known = next((k for k in mentions[i + 1 :] if k.start == holder.first
                      or (k.label == "PER" and k.ref.id in lexicon.actors and holder.name is not None
                          and k.start < holder.first and k.end == holder.name[1])), None) if holder else None
        # … لمنظمة التحرير صائب عريقات; not another office (استقبل الرئيس وزير الخارجية السعودي)
        # … nor an office of no one named (استقبل وزير الخارجية اليمني سفير المملكة المتحدة: two people)
        if known is not None and known.label == "PER" and not _held_office(lexicon, known) \
                and not _person_title(lexicon, known) and not other_country(m, known):
            out.append(Mention(m.start, known.end, replace(known.ref, text=text[m.start : known.end]), m.prefix, "PER"))
        elif known is None and holder is not None and holder.name is not None \
                and not (held and _names_holder(m, text[holder.name[0] : holder.name[1]])) \
                and not any(holder.name[0] <= o.start < holder.name[1] and not _house_name(text, o)
                            and not _fathers_name(text, o)
                            and not _namesakes_surname(lexicon, text, o, holder.name)
                            and not _office_as_surname(lexicon, text, o, holder.name) for o in mentions) \
                and not any(holder.name[0] <= at < holder.name[1] for at, _ in events) \
                and not any(at <= holder.name[0] < stop for at, stop in verbs):
            first, last = holder.name
            complement = [o for o in mentions[i + 1 :] if o.end <= first]
            if any(o.prefix.endswith("ب") and _person_title(lexicon, o) for o in complement):
                out.append(m)  # رحب أمير دولة الكويت بالأمير نواف بن فيصل: the name is his guest's
                continue
            code = title_code(m, complement)
            ruler = _ruling_state(text, holder.name, mentions[i + 1 :])
            if ruler and (code is None or len(code) == 3):  # الشيخ حمدان بن محمد بن راشد آل مكتوم: AREGOV, not REL
                code = ruler + "GOV"
            ref = ActorRef(text[m.start : last], text[first:last], None, None, code)
            out.append(Mention(m.start, last, ref, m.prefix, "PER"))
        else:
            out.append(m)
    return out


def own_titles_after(lexicon: Lexicon, text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's own title right after his name, in apposition (أدان الملك عبدالله الثاني ملك المملكة الأردنية
    الهاشمية، استقبل الأمير فيصل بن سلمان أمير منطقة المدينة المنورة): one mention, not his object. His own
    title: the one his name was written with (الملك … ملك) or a ruler's after a royal style, of his country —
    another title after a name is as often the verb's object (استقبل الرئيس الأسد وزير الخارجية). (A title the
    knowledge base resolved to him is his already, a mention of its own that the roles read as his.)"""
    out: list[Mention] = []
    for m in mentions:
        person = out[-1] if out else None
        if person is not None and person.label == "PER" and not m.prefix and not text[person.end : m.start].strip() \
                and _own_title(lexicon, person, m) and not other_country(person, m):
            out[-1] = Mention(person.start, m.end, replace(person.ref, text=text[person.start : m.end]),
                              person.prefix, "PER")
            continue
        out.append(m)
    return out


def _own_title(lexicon: Lexicon, person: Mention, title: Mention) -> bool:
    """Whether a title opens with the title word a person's name was written with (الملك سلمان … ملك), or
    is a ruler's after a royal style (الشيخ تميم بن حمد … أمير دولة قطر، الأمير فيصل … نائب أمير)."""
    words = fold_text(title.ref.text).split()
    own = fold_text(person.ref.text).split()[:1]
    if not (words and own):
        return False
    word = words[0].removeprefix("ال")
    if word == _HEAD:  # رئيس جمهورية مصر العربية، رئيس الكاميرون: the state's (not الرئيس الأسد رئيس الوزراء
        # السوري, the president's guest: another office of his country)
        return own[0].removeprefix("ال") == _HEAD and (len(words) > 1 and words[1] in _STATE_WORDS
                                                     or " ".join(words[1:]) in country_names(lexicon))
    return word == own[0].removeprefix("ال") and _titles("ال" + word) \
        or (own[0] in ROYAL_STYLES and word in _RULER_TITLES)


_COUNTRY_NAMES: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def country_names(lexicon: Lexicon) -> frozenset[str]:
    """The countries' names and aliases, folded, once per lexicon (رئيس الكاميرون: a country's president)."""
    cached = _COUNTRY_NAMES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        names = {fold_text(n) for p in lexicon.places.values() if p.kind == "country" for n in (p.name, *p.aliases)}
        cached = _COUNTRY_NAMES[id(lexicon)] = (lexicon, frozenset(names))
    return cached[1]


def _deputy_of(lexicon: Lexicon, text: str, title: Mention, known: Mention) -> bool:
    """Whether a bare title in construct stands right before a person known only by an office (نائب خادم
    الحرمين الشريفين، نائب وزير الخارجية الروسي) or by an office he holds and his name (نائب المستشارة
    الألمانية أنجيلا ميركل، نائب بوتين): the title is his deputy's, not his — unless the name that ends the mention
    holds no office named before it (نائب رئيس مجلس الأمن القومي الروسي ديمتري ميدفيديف: the deputy's)."""
    if not _in_construct(title) or text[title.end : known.start].strip():
        return False
    last = fold_text(known.ref.name).split()[-1:] if known.ref.name and known.ref.id else []
    named = fold_text(known.ref.text)
    if not (last and named.endswith(last[0])):
        return True  # an office held by no one named: a deputy
    if _first_word(title) in ASSOCIATES and set(named.split()) <= set(fold_text(known.ref.name).split()):
        return True  # نائب بوتين، مستشار ترامب: the name alone after a deputy's or an aide's title is whose
    actor = lexicon.actors.get(known.ref.id or "")
    return actor is not None and any(named.startswith(fold_text(o.title)) for o in actor.offices)


def _past_place_name(text: str, title: Mention) -> int:
    """Where a title ends, past the name of the region it closes on (المتحدث باسم حاكم إقليم ننكرهار)."""
    words = fold_text(title.ref.text).split()
    if not words or words[-1] not in _REGION_NOUNS:
        return title.end
    name = re.match(r"\s*[^\s،,.:«»\"“”]+", text[title.end :])
    return title.end + name.end() if name else title.end


def unresolved_title(lexicon: Lexicon, m: Mention) -> bool:
    """A title no person has been found for: an agent, or one coded with its country (وزير الداخلية
    اليمني), not a title already joined to its holder's name."""
    return m.ref.id in lexicon.agents or (m.ref.id is None and m.label == "PER" and _unmarked(m.ref.text) == m.ref.name)


def _unmarked(span: str) -> str:
    """A span as a name: without quotation marks, one space between words (زعيم "حزب الله → زعيم حزب الله)."""
    return " ".join(span.translate(_NO_MARKS).split())


def _held_office(lexicon: Lexicon, m: Mention) -> bool:
    """A title the knowledge base resolved to the person holding it on the date (الرئيس الأوكراني →
    Zelensky): a different name right after it is someone else's, whose title the office's words
    end (مستشار مكتب الرئيس الأوكراني ميخايلو بودولاك)."""
    actor = lexicon.actors.get(m.ref.id or "")
    if actor is None or actor.type != "PER" or m.label != "PER":
        return False
    written = fold_text(m.ref.text)
    return not any(written.endswith(fold_text(n).split()[-1]) for n in (actor.name, *actor.aliases))


def _names_holder(office: Mention, name: str) -> bool:
    """Whether a name after a held office is its holder's, spelt another way (the same last word)."""
    return fold_text(name).split()[-1:] == fold_text(office.ref.name).split()[-1:]


def _person_title(lexicon: Lexicon, m: Mention) -> bool:
    """An unresolved title whose first word is a person's title (الوزير، رئيس الوزراء، ولي العهد، not
    الشركة or المتظاهرون)."""
    words = fold_text(m.ref.text).split()
    first = words[0] if words else ""
    if not (_titles(first) or (first[:1] in ("و", "ف", "ب", "ل") and _titles(first[1:]))):
        return False  # وزير، ولي العهد، والرئيس
    return unresolved_title(lexicon, m)


def _told_media(text: str, title: Mention) -> bool:
    """Whether a generic official is followed by whom he spoke to (مسؤول حكومي لوكالة فرانس برس):
    the agency is no office he holds, unlike a head's (المدير العام لوكالة الطاقة الذرية يوكيا أمانو)."""
    head = fold_text(title.ref.text).split()[:1]
    following = fold_text(text[title.end : title.end + 20]).split()[:1]
    return bool(head and following) and not names_a_title(head[0]) and following[0] in _TO_MEDIA


def _group(m: Mention) -> bool:
    """Whether a one-word agent is a plural with its ن (مسلحون، المتظاهرين), which no construct keeps:
    a person after it is their object (هاجم مسلحون الرئيس الأفغاني), never their title's holder."""
    words = fold_text(m.ref.text).split()
    return len(words) == 1 and words[0].endswith(("ون", "ين")) and not names_a_title(words[0])


def _titles(word: str) -> bool:
    return names_a_title(word) or word in _PERSON_TITLES


def _apposition(text: str, title: Mention, later: list[Mention], end: int,
                verbs: list[tuple[int, int]]) -> re.Match[str] | None:
    """Where a name the knowledge base does not know stands in apposition after ``title`` (group 1)."""
    reach = min(end, title.end + APPOSITION_CHARS)
    found = APPOSED.search(text, title.end, reach)
    if found is not None and _describes(found.group(1)):  # منظمة أطباء العالم، غير الحكومية، جان فرانسوا كورتي،
        found = APPOSED.search(text, found.end(1), reach)
    second = found is not None and _second_title(text, title.end, found.start(1))
    far = found is not None and not second and _words_between(text, title.end, found.start(1)) > TITLE_TO_NAME_WORDS
    if found is None or far:  # no comma, or one far on: the name may stand nearer, after an honorific
        honored = HONORED.match(text, title.end, reach)
        far = far and honored is None and _far_name(text, title, found)  # … else one word further
        found = honored or (found if far else None)
    between = text[title.end : found.start(1)].split() if found is not None else []
    new_clause = found is not None and not second and _NEW_CLAUSE.search(text, title.end, found.start(1))
    limit = FAR_COMMA_TO_NAME_WORDS if far else TITLE_TO_NAME_WORDS
    if found is None or (_words_between(text, title.end, found.start(1)) > limit and not second) or new_clause \
            or any(fold_text(w).removeprefix("ف") in _COMPLEMENTIZERS for w in between):
        return None  # الجيش القيصري الأبيض، وإنشاء حكومة …؛ مسؤولون إن القاهرة …، منذ، فإن: a new clause, no holder
    if fold_text(found.group(1)) in SAYING_WORDS:
        return None  # ونقل عنه الموقع الإلكتروني لحملته الانتخابية، قوله: what he said, no name
    first_word = fold_text(found.group(1)).split()[0]
    if first_word.startswith("وال") and len(first_word) >= 6:
        return None  # مانويل فالس، والمغني شارل أزنافور: the next one listed (not the name والي أدييمو)
    if first_word in _PLACE_NOUNS:
        return None  # مسؤول في الميليشيا بمايدوغوري، عاصمة بورنو،: the place described, no name
    if first_word in _COMPLEMENTIZERS:
        return None  # رئيس الكاميرون بول بيا، أن الهجوم أوقع قتلى،: what was said, no name
    first, last = found.span(1)
    if any(o.label == "PER" and o.end <= first and _apart(text, title, o) for o in later):
        return None  # وهاجم نائب الوزير … بعنف مستشار الأمن القومي الأميركي، جون بولتون: the nearer title's name
    if not _titles(_first_word(title)) and any(o.end <= first and _titles(_first_word(o)) for o in later):
        return None  # واعتقلت السلطات مسؤول العلاقات العامة في الحزب، كريم توراكليك: the official's, not the body's
    # a known actor is no part of an unknown name — unless it is only an adjective or a part of the name
    # (المتحدث باسم التحالف، تركي المالكي: تركي the demonym, المالكي another man's surname)
    # … an honorific the knowledge base lists as a title (الشيخ أحمد بن عيسى الحازمي) opens the name
    inside = [o for o in later if first <= o.start < last and fold_text(o.ref.text) not in HONORIFIC_WORDS]
    if len(inside) == 1 and inside[0].label == "PER" and (inside[0].start, inside[0].end) == (first, last) \
            and not any(first <= at < last for at, _ in verbs):
        # … a person the knowledge base knows, in apposition: him — not one of another country (اتهم وزير
        # الخارجية الألماني، ترامب: the object)
        return None if other_country(title, inside[0]) else found
    if any(o.label not in ("MISC", "PER") or (o.start == first and o.end >= last) for o in inside) \
            or any(first <= at < last for at, _ in verbs):
        return None  # a known actor or a reporting verb is no part of an unknown name
    if any(o.label == "PER" and _titles(_first_word(o)) for o in inside):
        return None  # سالفيني، نائب رئيسة الوزراء، يتهم الرئيس الفرنسي،: another's title, after the verb
    return found if reads_as_name(found.group(1)) else None


def _words_between(text: str, start: int, end: int) -> int:
    """How many words stand between a title and its holder's name, a parenthesised aside not counted."""
    return len(_ASIDE.sub(" ", text[start:end]).split())


def _far_name(text: str, title: Mention, found: re.Match[str]) -> bool:
    """Whether a name set off by commas one word past the usual reach is still the holder of a person's
    title (not of a body: قوات الجيش اليمني، بدعم من …، لاستكمال تحرير …): no quotation and no relative
    clause between (سمو الأمير …: «اطلعت …، ورأيت؛ المستشفى الذي يعالج فيه …)."""
    start, end = title.end, found.start(1)
    first = fold_text(found.group(1)).split()[0]
    if first.startswith(("لل", "بال", "وال")):
        return False  # المتحدث باسم …، للتلفزيون الوطني،: whom he told, not his name
    return names_a_title(_first_word(title)) and _words_between(text, start, end) <= FAR_COMMA_TO_NAME_WORDS \
        and not _NOT_BEFORE_NAME.search(text, start, end)


def _second_title(text: str, start: int, end: int) -> bool:
    """Whether the words between a title and a name set off by commas are its complement, then the
    same person's second title joined by و (القائد السابق للقوات الجوية الهولندية، وخبير "الناتو" في
    الأنظمة المضادة للطائرات، وليام كويدام): the name is still the title's holder."""
    chunks = [c.split() for c in re.split(r"[،,]", text[start:end])]
    if len(chunks) != 3 or chunks[2] or len(chunks[0]) > TITLE_TO_NAME_WORDS:
        return False  # the complement, the second title, and nothing after the comma before the name
    second = chunks[1]
    return 1 < len(second) <= _SECOND_TITLE_WORDS and second[0].startswith("و") \
        and names_a_title(fold_text(second[0])[1:]) and not any(fold_text(w) in _COMPLEMENTIZERS for w in second)


def _apart(text: str, title: Mention, other: Mention) -> bool:
    """Whether words that are no part of the title's complement stand between it and another person
    (… بعنف مستشار الأمن القومي; not وزير الدولة لشؤون الإعلام الناطق الرسمي: one man's two titles)."""
    between = text[title.end : other.start].split()
    if other.prefix == "و" and between[-1:] == ["و"]:
        between = between[:-1]  # وزير الاقتصاد السابق وزعيم حزب الديمقراطية، علي باباجان: his two titles
    return past_complement(between)[0] < len(between)


def _object_after_definite(lexicon: Lexicon, text: str, title: Mention, later: list[Mention]) -> bool:
    """Whether a title with the article is followed right away by a named actor that no preposition
    marks (واتهم المسلحون الحكومة السورية، بتدبير الهجوم): a definite noun governs no genitive, so the
    actor is the verb's object and what follows a comma no name of the title's (not الرئيس السوري،
    المتحدث باسم الخارجية، nor a title's adjective: الوزير المسؤول عن الحسابات، غابرييل آتال)."""
    head = fold_text(title.ref.text).split()[:1]
    nxt = next((o for o in later if o.start >= title.end), None)
    return nxt is not None and bool(head) and head[0].startswith("ال") and nxt.label != "MISC" and not nxt.prefix \
        and nxt.ref.id not in lexicon.agents and not text[title.end : nxt.start].strip() \
        and fold_text(text[nxt.start : nxt.end]).startswith("ال")


def _describes(words: str) -> bool:
    """Whether words in apposition describe what they follow (غير الحكومية، الفرنسية) rather than name it."""
    first = fold_text(words.split()[0])
    return first == "غير" or (first.startswith("ال") and len(words.split()) == 1)


def _names_a_body(text: str, m: Mention) -> bool:
    """Whether an agent names a body or a group by itself, not a person's title: definite and no title's
    genitive (هددت المعارضة نتنياهو: the opposition threatened him; not الرئيس ترامب، حكومة نتنياهو، زعيم
    المعارضة يائير لابيد)."""
    first = fold_text(m.ref.text).split()[:1]
    if not first or not first[0].startswith("ال") or not first[0].endswith(("ه", "ون", "ين")) or _titles(first[0]):
        return False
    before = fold_text(text[max(0, m.start - 20) : m.start]).split()[-1:]
    return not (before and (_titles(before[0]) or _titles(before[0].removesuffix("ي"))))  # زعيمي المعارضة: dual


def _is_title(lexicon: Lexicon, m: Mention) -> bool:
    return m.ref.id in lexicon.agents or (m.ref.id is None and m.label == "PER")


def title_code(title: Mention, complement: list[Mention]) -> str | None:
    """The title's sector, with the country of its complement (المتحدثة باسم الخارجية الأمريكية → USAGOV)."""
    code = title.ref.code or ""
    if len(code) != 3 or not complement:
        return title.ref.code
    country = next((_country_of_code(c.ref.code) for c in complement if _country_of_code(c.ref.code)), None)
    return country + code if country and code in _SECTOR_CODES else title.ref.code


def _namesakes_surname(lexicon: Lexicon, text: str, m: Mention, name: tuple[int, int]) -> bool:
    """Whether a known person's surname ends a holder's name whose given name is not that person's in
    any spelling (المتحدث الرسمي لإدارة الطرق مسفر المالكي: not نوري المالكي) — a namesake, a word of
    the name; not a second person joined with و (أنتوني بلينكن ولافروف)."""
    known = lexicon.actors.get(m.ref.id or "")
    given = text[name[0] : m.start]
    # (a family name the importer typed as an organisation too: سعد #الحريري)
    person = known is not None and (known.type == "PER" or (known.type == "ORG" and " " not in known.name))
    return person and m.end == name[1] and not m.prefix \
        and bool(given.split()) and not given_name_in(m.ref.name, given)


def _office_as_surname(lexicon: Lexicon, text: str, m: Mention, name: tuple[int, int]) -> bool:
    """Whether a generic office ends a holder's name as its family name, one given name before it, right
    before what was said or between commas (أمين منطقة عسير صالح القاضي أن، وزير حقوق الإنسان، محمد عسكر،):
    the name the title is followed by — no judge, no army there (not رفض الرئيس اتهامات المعارضة،)."""
    given = text[name[0] : m.start].split()
    following = fold_text(text[m.end : m.end + 30]).split()[:1]
    apposed = text[: name[0]].rstrip().endswith(("،", ",")) and text[m.end : m.end + 1] in ("،", ",")
    said = bool(following) and says_next(following[0])
    return m.ref.id in lexicon.agents and m.end == name[1] and not m.prefix and len(given) == 1 \
        and len(text[m.start : m.end].split()) == 1 and (said or apposed)


def _ruling_state(text: str, name: tuple[int, int], mentions: list[Mention]) -> str | None:
    """The state whose rulers a name is of: by its house (… آل مكتوم) or by a father the knowledge base
    codes as a state's (خالد بن سلمان بن عبدالعزيز → SAU)."""
    words = fold_text(text[name[0] : name[1]]).split()
    house = next((words[n + 1] for n in range(len(words) - 1) if words[n] == "ال"), None)
    if house in _RULING_HOUSES:
        return _RULING_HOUSES[house]
    fathers = (_country_of_code(o.ref.code) for o in mentions if name[0] <= o.start < name[1]
               and _fathers_name(text, o) and len(o.ref.code or "") > 3 and _country_of_code(o.ref.code))
    return next(fathers, None)


def _fathers_name(text: str, m: Mention) -> bool:
    """Whether a mention follows بن or بنت: the father's name in a person's (حمدان بن محمد بن راشد آل
    مكتوم: the son, not محمد بن راشد)."""
    at = _lineage_word_at(text, m.start)
    return at is not None and fold_text(text[at : m.start]).strip() in _SON_OF_WORDS


def _country_of_code(code: str | None) -> str | None:
    """The country a code opens with (SAUGOV → SAU), None for a bare sector (GOV) or none."""
    return code[:3] if code and len(code) >= 3 and code[:3] not in _SECTOR_CODES else None


def _house_name(text: str, m: Mention) -> bool:
    """Whether a mention is the name of a house after آل (صالح آل الشيخ): a word of a person's name."""
    return fold_text(text[max(0, m.start - 4) : m.start]).split()[-1:] == ["ال"]
