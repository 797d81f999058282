"""The analysis pipeline: built once (lexicon, matcher, segmenter), then a pure function per article."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rasid.analyze.entities import EntityResolver
from rasid.analyze.events import EventCoder
from rasid.lexicon.loader import Lexicon, load_lexicon
from rasid.lexicon.matcher import Matcher
from rasid.model import Article, Record
from rasid.text.sentences import split_sentences


@dataclass(frozen=True)
class Pipeline:
    """Everything analysis needs, loaded once and shared read-only (across processes too)."""

    lexicon: Lexicon
    matcher: Matcher
    entities: EntityResolver
    events: EventCoder

    @classmethod
    def load(cls, lexicon_files: tuple[Path, ...] = ()) -> Pipeline:
        """Load the bundled knowledge base (plus extra lexicon files) and build the matcher."""
        lexicon = load_lexicon(lexicon_files)
        matcher = Matcher(lexicon)
        return cls(lexicon, matcher, EntityResolver(lexicon, matcher), EventCoder(lexicon))

    def analyze(self, article: Article) -> Record:
        """The record of one article: its text, entities and events."""
        # one pass over the whole text: no lexicon key spans a sentence end, so nothing crosses one
        matches = self.matcher.find(article.text)
        spans = split_sentences(article.text, [(p.start, p.end) for p in article.paragraphs] or None)
        record = Record.from_article(article)
        record.entities.extend(self.entities.resolve(article.text, matches, article.published))
        record.events.extend(self.events.code(article.text, spans, matches, record.entities, article.published))
        return record
