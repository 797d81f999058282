"""The match keys of every lexicon entry: folded surface forms with what they stand for."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rasid.lexicon.entries import ReportingVerb, Verb
from rasid.lexicon.forms import (
    demonym_accusatives,
    demonym_forms,
    first_person_forms,
    noun_forms,
    past_forms,
    present_forms,
    unique_folded,
)
from rasid.lexicon.loader import Lexicon
from rasid.text.fold import fold_text

# Kinds of hit, in the order a span claimed by several is reported.
KIND_ORDER = ("actor", "office", "place", "demonym", "agent", "verb", "reporting")
# Kinds whose words take pronoun suffixes (استقباله، لقائهم، قاله).
SUFFIXED_KINDS = frozenset({"verb", "reporting"})
# Kinds whose keys are listed without the article, which the matcher accepts before them
# (العراقيون، الاستقبال); names are listed as written, article included.
ARTICLE_KINDS = frozenset({"demonym", "verb", "reporting"})


@dataclass(frozen=True, slots=True)
class Hit:
    """What a matched key stands for: a kind and an entry id (an office: its title's index)."""

    kind: str
    id: str
    imported: bool = False


def is_imported(source: str) -> bool:
    """Whether an entry comes from a generated import (hand-made entries win over these)."""
    return "_imported." in source


def _inflect(phrase: str, inflect: callable) -> list[str]:  # type: ignore[valid-type]
    """Inflect the first word of a phrase (فرض عقوبات → فرضت عقوبات، فرضوا عقوبات)."""
    first, _, rest = phrase.partition(" ")
    return [f"{form} {rest}".strip() for form in inflect(first)]


def verb_surface_forms(entry: Verb | ReportingVerb) -> list[str]:
    """Every written form an event or reporting verb is matched by."""
    forms = _inflect(entry.lemma, past_forms)
    if entry.present:
        forms += _inflect(entry.present, present_forms)
    for noun in entry.nouns:
        forms += noun_forms(noun)
    forms += list(entry.forms)
    if isinstance(entry, Verb):
        forms += list(entry.past)
        if entry.present:  # ندين، نطالب: said inside a quotation, done by its speaker
            forms += _inflect(entry.present, first_person_forms)
    if isinstance(entry, ReportingVerb):
        forms += list(entry.participles)
    return forms


def demonym_spellings(lexicon: Lexicon) -> dict[str, list[str]]:
    """Each folded form of a demonym with more than one spelling → the same form of every spelling
    (الأمريكي → الأمريكي، الأميركي), with and without the article."""
    out: dict[str, list[str]] = {}
    for place in lexicon.places.values():
        if len(place.demonyms) < 2:
            continue
        columns = list(zip(*(demonym_forms(base) for base in place.demonyms)))  # one form, every spelling
        for column in columns:
            for article in ("", "ال"):
                spelled = [fold_text(article + form) for form in column]
                for form in spelled:
                    out[form] = spelled
    return out


def spellings(title: str, spelled: dict[str, list[str]]) -> list[str]:
    """A title as written and with each other spelling of its demonym (الرئيس الأمريكي → الرئيس
    الأميركي): an office is named both ways."""
    words = fold_text(title).split()
    at = next((i for i, w in enumerate(words) if w in spelled), None)
    if at is None:
        return [title]
    return [title] + [" ".join(words[:at] + [other] + words[at + 1 :]) for other in spelled[words[at]]]


def entry_keys(lexicon: Lexicon) -> Iterator[tuple[str, Hit]]:
    """(folded key, hit) for every form of every entry."""
    spelled = demonym_spellings(lexicon)
    names: set[str] = set()  # the actors' and places' keys (a demonym's accusative that is one is left out)
    for actor in lexicon.actors.values():
        imported = is_imported(actor.source)
        keys = unique_folded([actor.name, *actor.aliases])
        names.update(keys)
        for key in keys:
            yield key, Hit("actor", actor.id, imported)
        for n, office in enumerate(actor.offices):
            for key in unique_folded(spellings(office.title, spelled)):
                yield key, Hit("office", f"{actor.id}#{n}")
    for agent in lexicon.agents.values():
        imported = is_imported(agent.source)
        for key in unique_folded([agent.name, *agent.aliases]):
            yield key, Hit("agent", agent.id, imported)
    place_keys = {place.id: unique_folded([place.name, *place.aliases]) for place in lexicon.places.values()}
    names.update(key for keys in place_keys.values() for key in keys)
    for place in lexicon.places.values():
        for key in place_keys[place.id]:
            yield key, Hit("place", place.id)
        for key in unique_folded([f for base in place.demonyms for f in demonym_forms(base)]):
            yield key, Hit("demonym", place.id)
        for key in unique_folded([f for base in place.demonyms for f in demonym_accusatives(base)]):
            if key not in names:  # (سوريا، بيلاروسيا stay the names alone)
                yield key, Hit("demonym", place.id)
    for verb in lexicon.verbs.values():
        for key in unique_folded(verb_surface_forms(verb)):
            yield key, Hit("verb", verb.id)
    for rverb in lexicon.reporting.values():
        for key in unique_folded(verb_surface_forms(rverb)):
            yield key, Hit("reporting", rverb.id)
