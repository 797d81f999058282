"""Surface forms generated from lexicon entries: verb inflections, verbal nouns, demonyms.

Everything here works on written forms; matching folds them afterwards, so hamza-less and
Persian-letter spellings need no forms of their own.
"""

from __future__ import annotations

from rasid.text.fold import fold_text

_WEAK_ENDINGS = "اىي"


def past_forms(lemma: str) -> list[str]:
    """Third-person past forms of a verb given as its 3rd masculine singular (استقبل، دعا، التقى)."""
    if lemma[-1] in _WEAK_ENDINGS:  # دعا، التقى: the final weak letter changes
        stem = lemma[:-1]
        dual = stem + ("يا" if lemma[-1] in "ىي" else "وا")
        return [lemma, stem + "ت", stem + "وا", dual, stem + "تا"]
    return [lemma, lemma + "ت", lemma + "وا", lemma + "ا", lemma + "تا", lemma + "ن"]


def present_forms(present: str) -> list[str]:
    """Third-person present forms (indicative and subjunctive) from the 3rd masculine singular."""
    fem = "ت" + present[1:] if present.startswith("ي") else present
    if present[-1] in "وي":  # يدعو، يلتقي
        stem = present[:-1]
        return [present, fem, stem + "ون", stem + "وا", present + "ان", fem + "ان"]
    return [present, fem, present + "ون", present + "وا", present + "ان", fem + "ان", present + "ن", present + "ا"]


# first-person presents that are other words too: نصيب (a share), نشيد (an anthem)
_FIRST_PERSON_HOMOGRAPHS = frozenset(("نصيب", "نشيد"))


def first_person_forms(present: str) -> list[str]:
    """The first-person plural present from the 3rd masculine singular (يدين → ندين): what a body or
    government says "we" do, in a statement quoted.  Not the singular: folded, أحذر is the imperative
    احذر (beware) and أدين the passive أُدين (was convicted)."""
    if not present.startswith("ي"):
        return []
    return [f for f in ("ن" + present[1:],) if f not in _FIRST_PERSON_HOMOGRAPHS]


def noun_forms(noun: str) -> list[str]:
    """A verbal noun without its article: the matcher takes the article like a clitic (الاستقبال).

    A phrase is listed indefinite (غارة جوية، إطلاق صواريخ); its definite form puts the article
    on every later word too (الغارة الجوية، إطلاق الصواريخ), the first word's as a clitic.
    """
    bare = noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun
    head, *rest = bare.split()
    if not rest or any(w.startswith("ال") or w in _PREPOSITIONS for w in rest):
        return [bare]
    return [bare, " ".join([head, *("ال" + w for w in rest)])]


_PREPOSITIONS = frozenset(("على", "في", "من", "إلى", "الى", "عن", "مع", "ضد"))


def demonym_forms(base: str) -> list[str]:
    """All forms of a demonym from its masculine singular (عراقي → عراقية، عراقيون …).

    The article is not listed: the matcher takes it like a clitic (العراقية، والعراقيين).
    """
    bare = base.removeprefix("ال")
    endings = ("", "ة", "ون", "ين", "ات", "ان")
    if " " not in bare:
        return [bare + e for e in endings]
    # كوري شمالي: both words agree (الكورية الشمالية); the second takes its own article
    first, second = bare.split(" ", 1)
    return [f"{first}{e} {article}{second}{e}" for e in endings for article in ("", "ال")]


def demonym_accusatives(base: str) -> list[str]:
    """A one-word demonym's indefinite accusative, as after a number or a counted noun (145 جنديا
    إسرائيليا، 45 فلسطينيا); many are also a country's name (سوريا، ألمانيا), which the caller keeps."""
    bare = base.removeprefix("ال")
    return [] if " " in bare else [bare + "ا"]


def unique_folded(forms: list[str]) -> list[str]:
    """Distinct folded forms, in order."""
    seen: dict[str, None] = {}
    for form in forms:
        key = " ".join(fold_text(form).split())
        if key:
            seen.setdefault(key, None)
    return list(seen)
