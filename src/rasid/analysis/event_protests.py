"""Protests named by who protests rather than by a protest verb.

Protesters who act (تجمع آلاف المتظاهرين، أحرق المحتجون الإطارات) or a crowd that gathers (وتجمع مئات
من الأقباط، احتشد نحو 500) are a protest of their own when no verb of the sentence named one, and the
doers of a protest the sentence names without them.  The event coder asks here after coding the
sentence's verbs; the crowd words and the verbs of occurrence it reads too are defined here once.
"""

from __future__ import annotations

import re

from rasid.analysis import event_data as data
from rasid.analysis import event_doers, event_modality
from rasid.analysis.clause_words import count_words, word_spans, words_before
from rasid.analysis.context import SentenceContext
from rasid.analysis.mentions import Mention
from rasid.lexicon.entries import Verb
from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match
from rasid.model import ActorRef, Event, Trigger
from rasid.text.fold import fold_text as _F

CROWD = frozenset(_F(w) for w in data.CROWD_WORDS)
OCCURRENCE = frozenset(_F(w) for w in data.OCCURRENCE_VERBS)
_GATHER = frozenset(_F(w) for w in data.GATHER_VERBS)
_GATHER_STEMS = re.compile("|".join(data.GATHER_STEMS))  # a cheap look before folding every word
_NOT_VERBS = frozenset(_F(w) for w in data.NOT_VERBS)


class ProtestFinder:
    """Finds protests by their protesters or crowd; built once from the lexicon, then read-only."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lex = lexicon
        protesters = lexicon.agents.get(data.PROTESTERS_AGENT)
        # protesters with their country are named "المتظاهرون الصوماليين": the agent's name, then a space
        self._protesters_named = protesters.name + " " if protesters is not None else None

    def with_protesters(self, ctx: SentenceContext, events: list[Event], date: str | None) -> list[Event]:
        """Protesters who act or gather are a protest of their own when no verb named one, and the
        doers of a protest named without its doer (تجمع آلاف المتظاهرين … احتجاجا على)."""
        protests = [e for e in events if e.type == "PROTEST"]
        if protests and any(e.source for e in protests):
            return events
        named = self._protesters(ctx, date) or self._gathering(ctx, date)
        if not protests:
            return events + named
        if not named or named[0].source is None:
            return events
        return [event_doers.with_doer(e, named[0].source, named[0].rule.split(":")[0]) if e.type == "PROTEST" else e
                for e in events]

    def _protesters(self, ctx: SentenceContext, date: str | None) -> list[Event]:
        """Protesters who act (تجمع آلاف المتظاهرين، أحرق المحتجون الإطارات): a protest named by its doers.

        The participle (متظاهر: one who demonstrates) is the trigger; whether the sentence reports
        the protest or only mentions protesters is left to the eventhood model.
        """
        verb = self._lex.verbs.get(data.PROTESTERS_VERB)
        m = next((m for m in ctx.mentions if self._protesters_mention(m) and self._acting(ctx, m)), None)
        if verb is None or verb.plover is None or m is None:
            return []
        trigger = Match(m.start, m.end, ctx.text[m.start:m.end], (), m.prefix)
        return [_protest(ctx, verb, trigger, event_doers.localized(ctx, m.ref), date, "participant:protesters")]

    def _gathering(self, ctx: SentenceContext, date: str | None) -> list[Event]:
        """A crowd gathering (وتجمع مئات من الأقباط، احتشد نحو 500): a protest named by its verb and its crowd."""
        verb = self._lex.verbs.get(data.PROTESTERS_VERB)
        if verb is None or verb.plover is None or not _GATHER_STEMS.search(ctx.text, ctx.start, ctx.end):
            return []
        for at, word in word_spans(ctx):
            folded = _F(word)
            if folded not in _GATHER and folded[1:] not in _GATHER:
                continue
            nxt = _F(ctx.text[at + len(word) : ctx.end]).split()[:1]
            if not nxt or not (nxt[0] in CROWD or nxt[0].isdigit()):
                continue
            trigger = Match(at, at + len(word), word, (), folded[:1] if folded not in _GATHER else "")
            crowd = next((m for m in ctx.mentions if m.start > trigger.end
                          and count_words(ctx, trigger.end, m.start) <= 3), None)
            source = event_doers.localized(ctx, crowd.ref) if crowd else None
            return [_protest(ctx, verb, trigger, source, date, "crowd:gather")]
        return []

    @staticmethod
    def _acting(ctx: SentenceContext, m: Mention) -> bool:
        """Protesters counted (آلاف المتظاهرين، نحو 500 متظاهر), right after a clause-opening verb
        (وتجمع المتظاهرون) or a verb of going out (خرجوا متظاهرين), or named as a subject: the
        nominative plural (أحرق المتظاهرون، أقدم متظاهرون غاضبون) is the doer of some verb."""
        before = words_before(ctx, m.start, 2)
        if any(w in CROWD or w.isdigit() for w in before):
            return True
        last = before[-1] if before else ""
        if last in OCCURRENCE or (not m.prefix and _F(ctx.text[m.start:m.end]).endswith("ون")):
            return True
        return len(last) >= 4 and last[0] in "وف" and last[1:] not in _NOT_VERBS and not m.prefix

    def _protesters_mention(self, m: Mention) -> bool:
        """Protesters, alone or with their country (المتظاهرين الصوماليين → المتظاهرون الصوماليين, SOMCVL)."""
        return m.ref.id == data.PROTESTERS_AGENT or (
            m.ref.id is None and self._protesters_named is not None and m.ref.name.startswith(self._protesters_named))


def _protest(ctx: SentenceContext, verb: Verb, trigger: Match, source: ActorRef | None, date: str | None,
             rule: str) -> Event:
    """A protest found by who protests rather than by a protest verb: the verb entry gives its codes."""
    return Event(
        type=verb.plover or "", mode=verb.mode, cameo=verb.cameo, source=source, target=None,
        trigger=Trigger(trigger.text, trigger.start, trigger.end), sentence=ctx.text[ctx.start : ctx.end],
        negated=event_modality.negated(ctx, trigger), modality=event_modality.modality(ctx, trigger, date, verb.lemma),
        confidence=0.5, rule=f"{rule}:{verb.id}",
    )
