"""The analysis pipeline: built once (lexicon, matcher, segmenter), then a pure function per article."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rasid.analyze.entities import EntityResolver
from rasid.lexicon.loader import Lexicon, load_lexicon
from rasid.lexicon.matcher import Matcher
from rasid.model import Article, Record


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
        # one pass over the whole text: no lexicon key spans a sentence end, so nothing crosses one
        matches = self.matcher.find(article.text)
        record = Record.from_article(article)
        record.entities.extend(self.entities.resolve(article.text, matches, article.published))
        return record
