"""Checking the knowledge base: schema, duplicates, date ranges, conflicts and coverage."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rasid.lexicon.keys import entry_keys
from rasid.lexicon.loader import LexiconError, Lexicon, lexicon_files, load_lexicon, read_file

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
CAMEO_ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


@dataclass(slots=True)
class CheckReport:
    """Errors (the lexicon is wrong) and warnings (it may be ambiguous)."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    lexicon: Lexicon | None = None


def check_lexicon(extra: tuple[Path, ...] = ()) -> CheckReport:
    """Validate every lexicon file and the knowledge base they make together."""
    report = CheckReport()
    for path in lexicon_files(extra):
        try:
            read_file(path, validate=True)
        except LexiconError as exc:
            report.errors.append(str(exc))
    if report.errors:
        return report
    lexicon = load_lexicon(extra)
    report.lexicon = lexicon
    report.errors.extend(lexicon.problems)
    _check_dates(lexicon, report)
    _check_keys(lexicon, report)
    _check_coverage(lexicon, report)
    return report


def _check_dates(lexicon: Lexicon, report: CheckReport) -> None:
    for actor in lexicon.actors.values():
        spans = [(c.start, c.end, c.value) for c in actor.codes] + [(o.start, o.end, o.title) for o in actor.offices]
        for start, end, what in spans:
            if start and end and end < start:
                report.errors.append(f"{actor.source}: actor {actor.id}: {what} ends ({end}) before it starts ({start})")
        if not actor.codes:
            report.errors.append(f"{actor.source}: actor {actor.id} has no code")
        if not actor.source.endswith(".json"):
            _overlapping_codes(actor, report)


def _overlapping_codes(actor: object, report: CheckReport) -> None:
    codes = actor.codes  # type: ignore[attr-defined]
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            if a.value != b.value and (a.start or "") <= (b.end or "9999") and (b.start or "") <= (a.end or "9999"):
                report.warnings.append(
                    f"{actor.source}: actor {actor.id}: codes {a.value} and {b.value} overlap in time")  # type: ignore[attr-defined]


def _check_keys(lexicon: Lexicon, report: CheckReport) -> None:
    """A form that two hand-made entries of one kind share is ambiguous: say which."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, hit in entry_keys(lexicon):
        if not hit.imported and hit.kind in ("actor", "agent", "place"):
            owners[(hit.kind, key)].add(hit.id)
    for (kind, key), ids in sorted(owners.items()):
        if len(ids) > 1:
            report.warnings.append(f"'{key}' names {len(ids)} {kind}s: {', '.join(sorted(ids))}")


def _check_coverage(lexicon: Lexicon, report: CheckReport) -> None:
    plover = {v.plover for v in lexicon.verbs.values()}
    roots = {v.cameo[:2] for v in lexicon.verbs.values()}
    for t in PLOVER_TYPES:
        if t not in plover:
            report.errors.append(f"no event verb has PLOVER type {t}")
    for r in CAMEO_ROOTS:
        if r not in roots:
            report.errors.append(f"no event verb has CAMEO root {r}")
    for verb in lexicon.verbs.values():
        if verb.cameo[:2] not in ("01", "02") and verb.plover is None:
            report.errors.append(f"{verb.source}: verb {verb.id}: CAMEO {verb.cameo} is not in the PLOVER table")


def lexicon_stats(lexicon: Lexicon) -> dict[str, object]:
    """Counts by kind and source, match keys, and PLOVER / CAMEO coverage."""
    by_source: Counter[str] = Counter()
    for store in (lexicon.actors, lexicon.agents, lexicon.places, lexicon.verbs, lexicon.reporting):
        for entry in store.values():
            for src in entry.source.split("+"):
                by_source[src] += 1
    keys = {key for key, _ in entry_keys(lexicon)}
    return {
        "actors": len(lexicon.actors), "agents": len(lexicon.agents), "places": len(lexicon.places),
        "verbs": len(lexicon.verbs), "reporting verbs": len(lexicon.reporting), "match keys": len(keys),
        "PLOVER types covered": len({v.plover for v in lexicon.verbs.values()} - {None}),
        "CAMEO roots covered": len({v.cameo[:2] for v in lexicon.verbs.values()}),
        "by source": dict(sorted(by_source.items())),
    }
