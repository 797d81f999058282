"""Entities the knowledge base does not know, found by the statistical tagger.

The model runs on every sentence with the knowledge base's matches as features (computed once for
the document); its spans that overlap no knowledge-base entity join the record.  A person or an
organisation it finds becomes an actor under its own name; a person right after a title the
knowledge base knows (المتحدث باسم الجيش العراقي سعد معن) takes that title's code.
"""

from __future__ import annotations

import re

from rasid.lexicon.matcher import Match
from rasid.model import ActorRef, Entity
from rasid.ner import NerTagger
from rasid.ner.features import knowledge_tags
from rasid.text.tokens import Segmenter, tokenize

_BETWEEN_TITLE_AND_NAME = re.compile(r"[\s،,]*")


class ModelEntities:
    """The tagger with what it needs to read a document's sentences."""

    def __init__(self, tagger: NerTagger, segmenter: Segmenter) -> None:
        self.tagger = tagger
        self.segmenter = segmenter

    def find(self, text: str, sentences: list[tuple[int, int]], matches: list[Match],
             known: list[Entity]) -> list[Entity]:
        """Model entities of the document that overlap no entity in ``known``."""
        taken = sorted((e.start, e.end) for e in known)
        found: list[Entity] = []
        i = 0
        for start, end in sentences:
            tokens = tokenize(text, start, end, self.segmenter)
            while i < len(matches) and matches[i].start < start:
                i += 1
            j = i
            while j < len(matches) and matches[j].start < end:
                j += 1
            offsets = [(t.start, t.end) for t in tokens]
            kb = knowledge_tags(matches[i:j], offsets)
            for first, last, label in self.tagger.entities([t.text for t in tokens], kb):
                a, b = offsets[first][0], offsets[last - 1][1]
                if not any(s < b and a < e for s, e in taken):
                    found.append(Entity(text[a:b], a, b, label, _actor(text, a, b, label, known)))  # type: ignore[arg-type]
        return found


def _actor(text: str, start: int, end: int, label: str, known: list[Entity]) -> ActorRef | None:
    if label not in ("PER", "ORG"):
        return None
    name = text[start:end]
    code = None
    if label == "PER":
        for e in known:
            if e.end <= start and e.actor is not None and e.actor.code and e.actor.id is None \
                    and _BETWEEN_TITLE_AND_NAME.fullmatch(text, e.end, start):
                code = e.actor.code  # a title without a named holder, right before the name
    return ActorRef(name, name, None, None, code)
