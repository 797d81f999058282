"""The analysis pipeline: built once (lexicon, matcher, analysers), then a pure function per article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rasid.analysis.clause_reporting import explained_that, relayed_from
from rasid.analysis.clause_words import AUXILIARY
from rasid.analysis.context import SentenceContext
from rasid.analysis.coref import Coreference
from rasid.analysis.entities import EntityResolver
from rasid.analysis.eventhood import Eventhood
from rasid.analysis.events import (
    EventCoder,
    aimed_at_no_one,
    one_meeting_once,
    with_bodies,
    with_doers,
    with_speakers,
    without_anonymous_doers,
)
from rasid.analysis.mentions import country_names, sentence_mentions
from rasid.analysis.name_memory import NameMemory
from rasid.analysis.ner_entities import ModelEntities
from rasid.analysis.quotes import QuoteExtractor, is_scripture
from rasid.analysis.split_phrases import split_triggers
from rasid.analysis.title_memory import TitleMemory
from rasid.lexicon.loader import Lexicon, load_lexicon
from rasid.lexicon.matcher import Match, Matcher
from rasid.model import Article, Entity, Record
from rasid.ner import NerTagger
from rasid.text.fold import fold_through_marks
from rasid.text.sentences import split_sentences
from rasid.text.tokens import Segmenter

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# أنّ and its kin as written, before the subject of what was said (أنّ السوداني استقبل)
_THAT = re.compile(r"(?<!\S)[وب]?[أإ]نّ?(?=[ \t])")
# A dateline before the story's first sentence (دبي، الإمارات العربية المتحدة (CNN) -- ): where it was
# filed, no part of the sentence — the country in it is no subject of the verb after it.
_DATELINE = re.compile(r"\s*(?:[^\s()]+[\s،]+){0,5}[^\s()]*\([^()\n]{2,25}\)[\s\xa0]*[-–—]{1,2}[\s\xa0]*")
# … and the Saudi form, reporter or agency then place, set off by dashes and closed by a colon (سبق-
# القاهرة:، واس - الرياض:، أيمن حسن- سبق- جدة:): a body sentence opening so is filed there, by them
# (not a year: 1956- أزمة السويس: opens an entry of a chronology)
_DASHED_DATELINE = re.compile(r"\s*(?:[^\s:.،\-–\d]+(?: [^\s:.،\-–\d]+)?\s*[-–]\s*){1,3}[^\s:.،\-–\d]+(?: [^\s:.،\-–\d]+)?\s*:\s*")


@dataclass(frozen=True)
class Pipeline:
    """Everything analysis needs, loaded once and shared read-only (across processes too)."""

    lexicon: Lexicon
    matcher: Matcher
    entities: EntityResolver
    events: EventCoder
    quotes: QuoteExtractor
    eventhood: Eventhood | None = None
    ner: ModelEntities | None = None

    @classmethod
    def load(cls, lexicon_files: tuple[Path, ...] = (), eventhood: bool = True, ner: bool = False) -> Pipeline:
        """Load the bundled knowledge base (plus extra lexicon files) and build the analysers.

        ``eventhood=False`` leaves PROTEST and ASSAULT events as the rules code them (rules alone);
        ``ner=True`` adds the statistical tagger's entities to the knowledge base's (about three
        times the analysis time, hence off by default).
        """
        lexicon = load_lexicon(lexicon_files)
        matcher = Matcher(lexicon)
        model_entities = None
        if ner:
            segmenter = Segmenter()
            model_entities = ModelEntities(NerTagger(segmenter, matcher), segmenter)
        return cls(lexicon, matcher, EntityResolver(lexicon, matcher), EventCoder(lexicon), QuoteExtractor(lexicon),
                   Eventhood.load() if eventhood else None, model_entities)

    def analyze(self, article: Article) -> Record:
        """The record of one article: its text, entities, quotations and events."""
        # one pass over the whole text: no lexicon key spans a sentence end, so nothing crosses one
        folded = fold_through_marks(article.text)
        matches = self.matcher.find(article.text, folded=folded)
        record = Record.from_article(article)
        date = analysis_date(article.published)
        record.entities.extend(self.entities.resolve(article.text, matches, date))
        spans = split_sentences(article.text, [(p.start, p.end) for p in article.paragraphs] or None)
        if self.ner is not None:
            record.entities.extend(self.ner.find(article.text, spans, matches, record.entities))
            record.entities.sort(key=lambda e: (e.start, -e.end))
        coref = Coreference()
        names = NameMemory(self._agent_ids, self._person_ids)
        title_end = next((p.end for p in article.paragraphs if p.kind == "title"), -1)
        match_report = self.events.reports_matches(folded.text)
        for ctx in self._sentences(article, spans, matches, record.entities, title_end, names, match_report):
            events = self.events.sentence(ctx, coref, date)
            if self.eventhood is not None:  # judged as trained: on the events reported
                judged = iter(self.eventhood.judge(ctx.text[ctx.start:ctx.end],
                                                   [e for e in events if not aimed_at_no_one(e)], ctx.start))
                events = [e if aimed_at_no_one(e) else next(judged) for e in events]
            quotes, speaker = self.quotes.sentence(ctx, coref, events)
            events = with_speakers(with_bodies(ctx, coref, events), quotes, ctx.mentions, ctx.text)
            events = with_doers(without_anonymous_doers(events))
            record.quotes.extend(quotes)
            record.events.extend(e for e in events if not aimed_at_no_one(e))
            # who acts inside a quotation is the speaker's topic, not the text's: it does not become the subject
            outside = [e.source for e in events
                       if e.source and not any(q.start <= e.trigger.start < q.end for q in quotes)]
            # scripture quoted (قال تعالى) is no speaker the text goes on with
            speakers = [q.speaker for q in quotes if q.speaker and not is_scripture(q.speaker)] or ([speaker] if speaker else [])
            coref.update(ctx, outside, speakers, [(q.start, q.end) for q in quotes])
            names.learn_speakers(q.speaker for q in quotes if q.speaker)
        record.events[:] = one_meeting_once(record.events)
        return record

    @cached_property
    def _agent_ids(self) -> frozenset[str]:
        return frozenset(self.lexicon.agents)

    @cached_property
    def _person_ids(self) -> frozenset[str]:
        return frozenset(i for i, actor in self.lexicon.actors.items() if actor.type == "PER")

    def _sentences(self, article: Article, spans: list[tuple[int, int]], matches: list[Match],
                   entities: list[Entity], title_end: int, names: NameMemory, match_report: bool):
        i = 0
        titles = TitleMemory(self._agent_ids, country_names(self.lexicon))
        for start, end in spans:
            dateline = _DATELINE.match(article.text, start, end) \
                or (_DASHED_DATELINE.match(article.text, start, end) if start >= title_end else None)
            start = dateline.end() if dateline else start
            while i < len(matches) and matches[i].start < start:
                i += 1
            j = i
            while j < len(matches) and matches[j].end <= end:
                j += 1
            inside = matches[i:j]
            verbs = [m for m in inside if m.kind == "verb"]
            split = split_triggers(article.text, start, end, self.lexicon.verbs.keys(), inside)
            reporting = [m for m in inside if any(h.kind == "reporting" for h in m.hits)]
            # reporting verbs the lexicon's contiguous keys miss (وبيّن أن، ونقلت وكالة رويترز عن)
            unlisted = explained_that(article.text, start, end) + relayed_from(article.text, start, end, reporting)
            mentions = sentence_mentions(self.lexicon, entities, inside, start, end, article.text)
            # (a family name alone after an auxiliary is a person's too: وكان كارتر قد زار)
            auxiliaries = [found.end() for found in AUXILIARY.finditer(article.text, start, end)]
            # (… and one that is a country's adjective right after a verb of saying or أنّ: وقال السوداني، أنّ السوداني)
            thats = [found.end() for found in _THAT.finditer(article.text, start, end)]
            mentions = names.apply(article.text, titles.apply(article.text, mentions),
                                   [m.end for m in (*verbs, *reporting)] + thats,
                                   frozenset((*(m.end for m in reporting), *thats)), auxiliaries)
            yield SentenceContext(
                article.text, start, end, mentions,
                sorted(verbs + split, key=lambda m: m.start) if split else verbs,
                sorted(reporting + unlisted, key=lambda m: m.start) if unlisted else reporting,
                is_title=end <= title_end, in_match_report=match_report,
            )


def analysis_date(published: str | None) -> str | None:
    """The day an article was published (YYYY-MM-DD), by which codes and modality are judged; a
    date in any other form (readers normalise theirs; a caller may not) is no date at all."""
    if published and _ISO_DAY.match(published):
        return published[:10]
    return None
