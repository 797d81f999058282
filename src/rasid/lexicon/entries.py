"""The knowledge base's entry types, as loaded from the lexicon files."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Dated:
    """A value that holds between two dates (ISO ``YYYY-MM-DD``; None: open)."""

    value: str
    start: str | None = None
    end: str | None = None

    def holds_on(self, date: str | None) -> bool:
        """Whether the value holds on ``date`` (every value holds on an unknown date)."""
        if date is None:
            return True
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class Office:
    """A title held by an actor between two dates."""

    title: str
    title_en: str | None
    code: str | None
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class Actor:
    """A named person, organisation or place-like body with dated codes and offices."""

    id: str
    name: str
    name_en: str | None
    type: str
    aliases: tuple[str, ...]
    codes: tuple[Dated, ...]
    offices: tuple[Office, ...]
    source: str

    def code_on(self, date: str | None) -> str | None:
        """The actor's code on ``date``; with no date or no match, the latest code."""
        for dated in self.codes:
            if date is not None and dated.holds_on(date):
                return dated.value
        latest = max(self.codes, key=lambda d: (d.end is None, d.end or "", d.start or ""), default=None)
        return latest.value if latest else None


@dataclass(frozen=True, slots=True)
class Agent:
    """A generic noun or title standing for a sector (وزير الخارجية → GOV)."""

    id: str
    name: str
    name_en: str | None
    sector: str
    aliases: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Place:
    """A country, territory, region or city; cities point to their country's code."""

    id: str
    name: str
    name_en: str | None
    kind: str  # country | territory | region | city
    code: str  # the CAMEO country code (a city's country)
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Verb:
    """An event verb with its verbal nouns, codes and how its target is marked."""

    id: str
    lemma: str
    present: str | None
    nouns: tuple[str, ...]
    forms: tuple[str, ...]
    cameo: str
    plover: str | None
    mode: str | None
    target: tuple[str, ...]  # "direct" and/or prepositions (ب، مع، إلى، على، ل، من)
    source: str
    # words that fix the verb's sense: one must follow it (وقّع اتفاقية، نشر قوات; not وقع الحادث،
    # نشر صورة) — right after the verb or its subject when ``needs_next`` (حقق في / مع, not حقق فوزا)
    needs: tuple[str, ...] = ()
    needs_next: bool = False
    # words that give the same letters another sense when they follow (نشرت صورة، احتل المركز الأول،
    # ثمن النهائي), for every form, the verbal noun too
    unless: tuple[str, ...] = ()
    unless_next: bool = False  # … only right after the verb or its subject (اعترف بأن, not a later أن)
    # past forms beyond those of the lemma, where its masculine is also a name (دانت، دانوا; دان حالوتس)
    past: tuple[str, ...] = ()
    # an act only when aimed at an actor: with no target it is another sense (اعترف بذلك: admitted it)
    aimed: bool = False


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    """A verb that introduces speech, with its participles and verbal nouns."""

    id: str
    lemma: str
    present: str | None
    participles: tuple[str, ...]
    nouns: tuple[str, ...]
    forms: tuple[str, ...]
    source: str


Entry = Actor | Agent | Place | Verb | ReportingVerb


@dataclass(frozen=True, slots=True)
class Source:
    """Where a lexicon file's entries come from and under which licence."""

    name: str
    licence: str
    url: str | None = None
    notes: str | None = None
    files: tuple[str, ...] = field(default_factory=tuple)
