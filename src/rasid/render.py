"""Readable plain-text views of articles and tokens for a person at a terminal.

Arabic runs right to left: each paragraph or sentence stands on a line of its own, with short
neutral markers, so that a bidi-aware terminal shows it in reading order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match
from rasid.model import ActorRef, Article, Record, Sentence
from rasid.text.fold import fold_text

if TYPE_CHECKING:  # the store (and its MinHash dependencies) loads only for the store's commands
    from rasid.store.search import Results
    from rasid.store.stats import Stats

RULE = "─" * 60


def article_text(article: Article) -> str:
    """An article as a person reads it: header, paragraphs by kind, then what was removed."""
    meta = " · ".join(x for x in (article.published, article.source) if x)
    lines = [RULE, f"[{article.id}] {meta}".rstrip()]
    if article.url:
        lines.append(article.url)
    body = sum(p.kind == "paragraph" for p in article.paragraphs)
    heads = sum(p.kind == "subheading" for p in article.paragraphs)
    lines.append(f"{body} paragraphs, {heads} sub-headings, {len(article.text.split())} words")
    lines.append("")
    marks = {"title": "■", "subheading": "§", "paragraph": "¶"}
    for p in article.paragraphs:
        lines.append(f"{marks[p.kind]} {article.text[p.start:p.end]}")
    if article.removed:
        lines.append("")
        lines.append(f"removed ({len(article.removed)}):")
        lines.extend(f"  − {r.kind}: {r.text}" for r in article.removed)
    return "\n".join(lines) + "\n"


def tokens_text(article: Article, sentences: list[Sentence]) -> str:
    """One sentence a line, tokens separated by spaces and clitics joined by '+'."""
    lines = [RULE, f"[{article.id}] {len(sentences)} sentences, {sum(len(s.tokens) for s in sentences)} tokens"]
    for i, sentence in enumerate(sentences, 1):
        words = " ".join("+".join(t.segments) for t in sentence.tokens)
        lines.append(f"{i:>3}. {words}")
    return "\n".join(lines) + "\n"


def record_text(record: Record) -> str:
    """An analysed article: header, then its entities in reading order with their codes."""
    lines = [RULE, f"[{record.id}] {record.title}"]
    lines.append(f"{len(record.entities)} entities, {len(record.quotes)} quotations, {len(record.events)} events")
    lines.append("entities:")
    for e in record.entities:
        lines.append(f"  {e.label:<4} {e.text}  →  {_who(e.actor)}")
    if record.quotes:
        lines.append("quotations:")
    for q in record.quotes:
        lines.append(f"  {_who(q.speaker) or '?'} [{q.verb}, {q.kind}]: «{q.text}»")
    if record.events:
        lines.append("events:")
    for ev in record.events:
        mode = f"/{ev.mode}" if ev.mode else ""
        flags = "".join([" [negated]" if ev.negated else "", f" [{ev.modality}]" if ev.modality != "asserted" else ""])
        lines.append(f"  {_who(ev.source) or '?'} —{ev.type}{mode}→ {_who(ev.target) or '∅'}"
                     f"   «{ev.trigger.text}» CAMEO {ev.cameo}{flags}")
        lines.append(f"      {ev.sentence}")
    return "\n".join(lines) + "\n"


def _who(ref: ActorRef | None) -> str:
    if ref is None:
        return ""
    implicit = "" if ref.text else " (implicit)"
    return f"{ref.name} ({ref.code}){implicit}" if ref.code else f"{ref.name}{implicit}"


def quotes_text(record: Record, speaker: str | None = None) -> str:
    """A document's quotations in reading order as "speaker (code): «text»", optionally one speaker's."""
    lines = []
    for q in record.quotes:
        if speaker and not speaks(q.speaker, speaker):
            continue
        lines.append(f"[{record.id}] {_who(q.speaker) or '?'}: «{q.text}»")
    return "\n".join(lines) + ("\n" if lines else "")


def speaks(ref: ActorRef | None, name: str) -> bool:
    """Whether a speaker is the one named (folded containment in its text, name, English name or id)."""
    if ref is None:
        return False
    wanted = fold_text(name)
    return any(wanted in fold_text(x or "") for x in (ref.text, ref.name, ref.name_en, ref.id))


def lookup_text(lexicon: Lexicon, matches: list[Match], date: str | None) -> str:
    """What a lookup found: each match, what it stands for, its codes and provenance."""
    if not matches:
        return "no lexicon entry matches\n"
    lines = []
    for m in matches:
        lines.append(f"«{m.text}» [{m.start}:{m.end}]" + (f" after clitics {m.prefix}" if m.prefix else ""))
        for hit in m.hits:
            lines.append("  " + describe_hit(lexicon, hit.kind, hit.id, date))
    return "\n".join(lines) + "\n"


def describe_hit(lexicon: Lexicon, kind: str, entry_id: str, date: str | None) -> str:
    """One line about an entry: kind, name, code(s) and the file it comes from."""
    if kind == "office":
        actor_id, _, n = entry_id.partition("#")
        actor = lexicon.actors[actor_id]
        office = actor.offices[int(n)]
        span = f"{office.start or '…'}..{office.end or '…'}"
        return f"office: {office.title} held by {actor.name} ({actor.name_en}) {span}, {office.code or ''}  [{actor.source}]"
    if kind == "actor":
        actor = lexicon.actors[entry_id]
        codes = ", ".join(f"{c.value} {c.start or '…'}..{c.end or '…'}" for c in actor.codes)
        return (f"actor {actor.id}: {actor.name} ({actor.name_en or '-'}), {actor.type}, code on {date or 'latest'}: "
                f"{actor.code_on(date)}; codes: {codes}  [{actor.source}]")
    if kind == "agent":
        agent = lexicon.agents[entry_id]
        return f"agent {agent.id}: {agent.name} ({agent.name_en or '-'}) → sector {agent.sector}  [{agent.source}]"
    if kind in ("place", "demonym"):
        place = lexicon.places[entry_id]
        return f"{kind} {place.id}: {place.name} ({place.name_en or '-'}), {place.kind}, code {place.code}  [{place.source}]"
    if kind == "verb":
        verb = lexicon.verbs[entry_id]
        return (f"event verb {verb.id}: {verb.lemma}, CAMEO {verb.cameo}, PLOVER {verb.plover or '-'}"
                f"/{verb.mode or '-'}, target {', '.join(verb.target)}  [{verb.source}]")
    rverb = lexicon.reporting[entry_id]
    return f"reporting verb {rverb.id}: {rverb.lemma}  [{rverb.source}]"


def search_text(results: Results) -> str:
    """Search results by kind: articles (one per story), quotations, events, each with its source."""
    lines = []
    for kind, hits in (("articles", results.articles), ("quotes", results.quotes), ("events", results.events)):
        total = results.totals[kind]
        unit = "stories" if kind == "articles" else kind
        lines.append(f"{kind}: {total:,} {unit}" + (f" (first {len(hits)})" if len(hits) < total else ""))
        for hit in hits:
            copies = f"  [{hit.copies} copies]" if hit.copies > 1 else ""
            where = " · ".join(x for x in (hit.published and hit.published[:10], hit.source, hit.article) if x)
            if kind == "articles":
                lines.append(f"  ■ {hit.title}{copies}")
            elif kind == "quotes":
                lines.append(f"  {hit.who or '?'} [{hit.extra['verb']}]: «{hit.text}»{copies}")
            else:
                flags = "".join([" [negated]" if hit.extra["negated"] else "",
                                 f" [{hit.extra['modality']}]" if hit.extra["modality"] != "asserted" else ""])
                lines.append(f"  {hit.who}   «{hit.extra['trigger']}» CAMEO {hit.extra['cameo']}{flags}{copies}")
            lines.append(f"      {where}")
            if kind != "quotes":
                lines.append(f"      {hit.text}")
        lines.append("")
    return "\n".join(lines)


def stats_text(stats: Stats) -> str:
    """A store's counts, top actors and dyads, and event types per week as a table."""
    c = stats.counts
    lines = [
        (f"articles {c['articles']:,} in {c['stories']:,} stories ({c['exact_copies']:,} exact copies,"
         f" {c['near_duplicates']:,} near-duplicates) from {c['sources']:,} sources"),
        (f"events {c['events']:,} ({c['events_once_per_story']:,} counting each story once),"
         f" quotations {c['quotes']:,}, actors {c['actors']:,}"),
        "",
        "top actors (events as source or target, once per story):",
    ]
    lines += [f"  {n:>7,}  {name}" + (f" ({code})" if code else "") for _, name, code, n in stats.top_actors]
    lines += ["", "top dyads (source → target):"]
    lines += [f"  {n:>7,}  {s} → {t}" for s, t, n in stats.top_dyads]
    if stats.weeks:
        lines += ["", "event types per week:"]
        width = max(len(t) for t in stats.types_by_week) if stats.types_by_week else 4
        lines.append(" " * (width + 2) + " ".join(f"{w[2:]:>8}" for w in stats.weeks))
        for kind, by_week in stats.types_by_week.items():
            lines.append(f"  {kind:<{width}}" + " ".join(f"{by_week.get(w, 0):>8,}" for w in stats.weeks))
    return "\n".join(lines) + "\n"
