"""What the sentence-level analysers share: one sentence's matches and actor mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasid.analysis.mentions import Mention
from rasid.lexicon.matcher import Match


@dataclass(slots=True)
class SentenceContext:
    """One sentence of a document, with what the lexicon found in it."""

    text: str  # the whole document text; offsets are into it
    start: int
    end: int
    mentions: list[Mention]
    triggers: list[Match] = field(default_factory=list)  # event verbs and verbal nouns
    reporting: list[Match] = field(default_factory=list)  # reporting verbs
    is_title: bool = False
    in_match_report: bool = False  # the article reports matches (its sports words: events.reports_matches)
