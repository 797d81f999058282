"""Actor mentions of a sentence: entities and bare agents, outermost only, in text order."""

from __future__ import annotations

from dataclasses import dataclass

from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match
from rasid.model import ActorRef, Entity


@dataclass(frozen=True, slots=True)
class Mention:
    """Someone named in a sentence who may act or be acted on."""

    start: int
    end: int
    ref: ActorRef
    prefix: str  # clitics before it, folded: و (and), ب / ل (a preposition)
    label: str


def sentence_mentions(lexicon: Lexicon, entities: list[Entity], matches: list[Match],
                      start: int, end: int) -> list[Mention]:
    """Outermost entities and unqualified agents within ``[start, end)``, in text order."""
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
            ref = ActorRef(m.text, agent.name, agent.name_en, agent.id, agent.sector)
            mentions.append(Mention(m.start, m.end, ref, m.prefix, "ORG"))
        else:  # a country adjective (الإيرانية) may stand for its country as a target
            place = lexicon.places[m.id]
            ref = ActorRef(m.text, place.name, place.name_en, place.id, place.code)
            mentions.append(Mention(m.start, m.end, ref, m.prefix, "MISC"))
    mentions.sort(key=lambda x: x.start)
    return mentions
