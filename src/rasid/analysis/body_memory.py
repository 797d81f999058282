"""The bodies a text names once and then by their noun alone (صحيفة "واشنطن بوست" … الصحيفة).

Both the quotation extractor (وأضافت الوزارة: the speaker) and the event coder (واستنكرت الوزارة: the
source) read a definite body noun as the body of that noun the text named last; the memory itself lives
in ``Coreference.bodies``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from rasid.analysis.context import SentenceContext
from rasid.analysis.coref import Coreference
from rasid.analysis.title_holders import INSTITUTIONS, unquoted
from rasid.model import ActorRef
from rasid.text.fold import fold_text

# the nouns of bodies a text names once and then by the noun alone (صحيفة … الصحيفة، وزارة … الوزارة)
_BODY_NOUNS = INSTITUTIONS | frozenset(fold_text(w) for w in ("موقع", "مجلة", "صحيفة", "وكالة"))


def body_noun(word: str) -> str:
    """The noun of a body (صحيفة، الوزارة، وموقع), folded and bare; "" for any other word."""
    bare = word.removeprefix("و") if word.removeprefix("و").removeprefix("ال") in _BODY_NOUNS else word
    bare = bare.removeprefix("ال")
    return bare if bare in _BODY_NOUNS else ""


def learn_bodies(ctx: SentenceContext, coref: Coreference, agents: Mapping[str, object]) -> None:
    """The bodies this sentence names with their noun (وزارة الخارجية الروسية، صحيفة "واشنطن بوست"):
    what that noun alone will stand for (وأضافت الوزارة)."""
    for m in ctx.mentions:
        if m.label not in ("ORG", "PER"):
            continue
        words = fold_text(ctx.text[m.start : m.end]).split()
        noun = body_noun(words[0]) if len(words) > 1 and not words[0].startswith("ال") else ""
        if noun:  # وزارة الخارجية الروسية; وكالة الأنباء المركزية الكورية by its name, not the media it is one of
            generic = m.ref.id is None or m.ref.id in agents
            coref.bodies[noun] = replace(m.ref, name=body_name(ctx.text[m.start : m.end])) if generic else m.ref
            continue
        window = max(ctx.start, m.start - 20)
        before = re.search(r"(\S+)[\s«\"“]*$", ctx.text[window : m.start])
        noun = body_noun(fold_text(before.group(1))) if before else ""
        if noun and not fold_text(before.group(1)).removeprefix("و").startswith("ال"):
            # صحيفة "واشنطن بوست": the noun and the name, from the noun on (its و left out)
            start = window + before.start(1) + (fold_text(before.group(1)) != noun and before.group(1).startswith("و"))
            written = ctx.text[start : m.end]
            coref.bodies[noun] = replace(m.ref, text=written, name=body_name(written))


def body_named_after(ctx: SentenceContext, coref: Coreference, pos: int) -> ActorRef | None:
    """The body a definite body noun right after ``pos`` stands for (واستنكرت الوزارة في بيانها → the
    ministry the text named last), when no actor was listed there."""
    word = re.match(r"\s*(\S+)", ctx.text[pos : ctx.end])
    if word is None or any(m.start <= pos + word.end(1) and m.end > pos for m in ctx.mentions):
        return None
    folded = fold_text(word.group(1).rstrip("،,.:"))
    noun = body_noun(folded) if folded.removeprefix("و").startswith("ال") else ""
    known = coref.bodies.get(noun) if noun else None
    if known is None:
        return None
    start = pos + word.start(1)
    return replace(known, text=ctx.text[start : start + len(word.group(1).rstrip("،,.:"))])


def body_name(written: str) -> str:
    """A body's name as written, without quotation marks (صحيفة "واشنطن بوست" → صحيفة واشنطن بوست)."""
    return unquoted(written)
