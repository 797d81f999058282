"""In-document coreference shared by the event coder and the quotation extractor.

rasid follows the actor a text is about: the named source of the last sentence's first event, or
the person a sentence opens with.  A sentence that opens with وأضاف، وتابع، بدوره or a verb with no
named subject continues with that actor; titles used alone already resolve to their holder
(entities), and pronoun suffixes (لقائه، استقباله) point to the same actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rasid.analysis import event_data as data
from rasid.analysis import quote_data
from rasid.analysis.context import SentenceContext
from rasid.analysis.title_holders import participle_in_a
from rasid.model import ActorRef
from rasid.text.fold import fold_text

_OPENERS = tuple(fold_text(w) for w in data.IMPLICIT_SUBJECT_OPENERS)


@dataclass(slots=True)
class Coreference:
    """The actor the text is about, sentence after sentence."""

    subject: ActorRef | None = None
    # the bodies the text has named, by their noun (صحيفة → صحيفة واشنطن بوست): what الصحيفة alone stands for
    bodies: dict[str, ActorRef] = field(default_factory=dict)

    # the gender each speaker's verbs gave it (قال → "m", قالت → "f"), by actor, and the last speaker of each
    voices: dict[str, str] = field(default_factory=dict)
    last_voice: dict[str, ActorRef] = field(default_factory=dict)

    def implicit(self) -> ActorRef | None:
        """The current subject as an implicit mention (text "")."""
        s = self.subject
        return s.as_implicit() if s else None

    def implicit_speaker(self, gender: str | None) -> ActorRef | None:
        """The speaker of a verb that names none: the current subject — unless its own verbs gave it the
        other gender (وقال أليكس شولتز … وقالت:), then the last speaker of the verb's gender, if any."""
        s = self.subject
        if s is not None and gender is not None and self.voices.get(_key(s), gender) != gender:
            s = self.last_voice.get(gender, s)
        return s.as_implicit() if s else None

    def heard(self, speaker: ActorRef, gender: str | None) -> None:
        """Records the gender a speaker's verb gave it."""
        if gender is not None:
            self.voices[_key(speaker)] = gender
            self.last_voice[gender] = speaker

    @staticmethod
    def continues(ctx: SentenceContext) -> bool:
        """Whether the sentence opens by continuing the previous subject (وأضاف، بدوره)."""
        return fold_text(ctx.text[ctx.start : ctx.start + 12]).startswith(_OPENERS)

    def update(self, ctx: SentenceContext, named_sources: list[ActorRef], speakers: Sequence[ActorRef] = (),
               quoted: Sequence[tuple[int, int]] = ()) -> None:
        """After a sentence: its first named speaker or source, else the person it opens with, becomes the
        subject; an unnamed speaker the knowledge base knows comes before the person it opens with. A
        person inside what was said (``quoted``) is spoken of, never the subject.

        A speaker the knowledge base does not know counts too (وقال كاندي إن … ثم وأضاف:).
        """
        # a sentence that reports speech is its speaker's — one named, not words misread as a name
        named = [s for s in [*speakers, *named_sources] if s.text and not _misread(s)]
        said = [m for m in ctx.mentions if not any(a <= m.start < b for a, b in quoted)]
        first = said[0] if said and said[0].label == "PER" else None
        known = next((s for s in speakers if s.id or s.code), None)  # a speaker left unnamed, the knowledge base's
        if first is not None and not speakers and self._opens_with(ctx, first.start):
            self.subject = first.ref  # ينتمي الضابط عبد السلام إلى …، لكن … جنود يقاتلون: the person it opens with
        elif named:
            self.subject = named[0]
        elif known is not None:  # وقال معاليه إن زيارة الأمير …: whom the speaker names is no subject
            self.subject = known
        elif first is not None and not self.continues(ctx):
            self.subject = first.ref

    @staticmethod
    def _opens_with(ctx: SentenceContext, start: int) -> bool:
        """Whether a mention starting at ``start`` is the sentence's subject by place: at most one word
        (its verb) stands before it."""
        return len(ctx.text[ctx.start : start].split()) <= 1


def _misread(ref: ActorRef) -> bool:
    """Whether an unlisted speaker's name reads as no name: tanwin, an adverb's mark (علناً، بأدبٍ جم), or
    opening with a preposition joined to a noun (بالفم الملآن) or a participle in -ا (محاولا إسدال الستار)."""
    if ref.id or ref.code or not ref.name:
        return False
    first = fold_text(ref.name.split()[0])
    return first.startswith(("بال", "لل")) or participle_in_a(first) \
        or any(mark in ref.name for mark in quote_data.ADVERB_TANWIN)


def _key(ref: ActorRef) -> str:
    return ref.id or ref.name or ref.text
