"""The analysis pipeline: built once (lexicon, matcher, segmenter), then a pure function per article."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rasid.analyze.entities import EntityResolver, sentence_matches
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

    @classmethod
    def load(cls, lexicon_files: tuple[Path, ...] = ()) -> Pipeline:
        """Load the bundled knowledge base (plus extra lexicon files) and build the matcher."""
        lexicon = load_lexicon(lexicon_files)
        matcher = Matcher(lexicon)
        return cls(lexicon, matcher, EntityResolver(lexicon, matcher))

    def analyze(self, article: Article) -> Record:
        """The record of one article: its text and the entities found in it."""
        spans = split_sentences(article.text, [(p.start, p.end) for p in article.paragraphs] or None)
        matches = sentence_matches(self.matcher, article.text, spans)
        record = Record.from_article(article)
        record.entities.extend(self.entities.resolve(article.text, matches, article.published))
        return record
