"""The record types and their JSON form: the contract every stage speaks.

Every span is ``[start, end)`` into the document's ``text``.  ``to_dict`` produces exactly the
JSON objects of the output contract (DESIGN.md); ``from_dict`` reads them back.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar

T = TypeVar("T", bound="Serializable")

ParagraphKind = Literal["title", "paragraph", "subheading"]
Label = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "indirect"]
Modality = Literal["asserted", "hypothetical", "future", "historical"]


class Serializable:
    """Mixin: dict conversion driven by the dataclass fields and their type hints."""

    _hints: ClassVar[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this record, keys in field order."""
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Build the record from its dict; unknown keys are ignored, missing ones take defaults."""
        hints = typing.get_type_hints(cls)
        kwargs = {
            f.name: _load(hints[f.name], data[f.name])
            for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            if f.name in data
        }
        return cls(**kwargs)


def _dump(value: Any) -> Any:
    if isinstance(value, Serializable):
        return value.to_dict()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    return value


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _load(inner[0], value) if len(inner) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_load(item, v) for v in value]
    if isinstance(hint, type) and issubclass(hint, Serializable):
        return hint.from_dict(value)
    return value


@dataclass(frozen=True, slots=True)
class Paragraph(Serializable):
    """A block of the text: the title, a body paragraph or a sub-heading."""

    start: int
    end: int
    kind: ParagraphKind = "paragraph"


@dataclass(frozen=True, slots=True)
class Removed(Serializable):
    """Boilerplate a reader dropped, reported so that nothing disappears silently."""

    kind: str  # duplicate_title | end_marker | navigation | ...
    text: str


@dataclass(slots=True)  # not frozen: millions are made, and frozen construction costs 4x
class Token(Serializable):
    """A word, number or punctuation mark, with its clitic segments (joining back to ``text``)."""

    text: str
    start: int
    end: int
    segments: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Sentence(Serializable):
    """A sentence span with its tokens."""

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ActorRef(Serializable):
    """An actor as mentioned: the text as written ("" when implicit) and who it is."""

    text: str
    name: str
    name_en: str | None = None
    id: str | None = None
    code: str | None = None

    def as_implicit(self) -> ActorRef:
        """The same actor, not named where it is used (an implicit subject or speaker: text "")."""
        return dataclasses.replace(self, text="")


@dataclass(frozen=True, slots=True)
class Entity(Serializable):
    """A named entity mention."""

    text: str
    start: int
    end: int
    label: Label
    actor: ActorRef | None = None


@dataclass(frozen=True, slots=True)
class Quote(Serializable):
    """A quotation with its speaker and reporting verb."""

    speaker: ActorRef | None
    verb: str
    text: str
    start: int
    end: int
    kind: QuoteKind


@dataclass(frozen=True, slots=True)
class Trigger(Serializable):
    """The word(s) that express an event."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event(Serializable):
    """Who did what to whom, coded in PLOVER (type, mode) and CAMEO, with its evidence."""

    type: str
    mode: str | None
    cameo: str | None
    source: ActorRef | None
    target: ActorRef | None
    trigger: Trigger
    sentence: str
    negated: bool = False
    modality: Modality = "asserted"
    confidence: float = 0.0
    rule: str = ""

    def is_current(self) -> bool:
        """Asserted as happening: not negated, not future, hypothetical or historical."""
        return not self.negated and self.modality == "asserted"


@dataclass(frozen=True, slots=True)
class Document(Serializable):
    """The fields every document has: the contract's first block."""

    id: str
    title: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Article(Document):
    """A clean article: the contract's first block, plus what the reader removed."""

    removed: list[Removed] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Record(Document):
    """The full analysis of one document: the output contract."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @classmethod
    def from_article(cls, article: Article) -> Record:
        """A record holding the article's text and nothing found in it yet."""
        return cls(
            id=article.id, title=article.title, text=article.text, published=article.published,
            source=article.source, url=article.url, paragraphs=list(article.paragraphs),
        )
