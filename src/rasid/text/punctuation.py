"""Punctuation knowledge for sentence splitting: terminators, quotation marks, abbreviations."""

# Characters that end a sentence (Arabic question mark and semicolon included).
TERMINATORS = ".!?؟؛…"
# Closing marks that belong to the sentence they follow.
CLOSERS = "\"'»”’)]}›"
# Paired quotation marks: opening -> closing.  A sentence never ends inside a pair.
QUOTE_PAIRS: dict[str, str] = {"«": "»", "“": "”", "‹": "›"}
# Marks that open and close alike.
SYMMETRIC_QUOTES = "\""
# Quotations longer than this (characters) are treated as unbalanced marks, not one sentence.
MAX_QUOTE_CHARS = 3000

# Abbreviations that end with a full stop but not a sentence (folded, without the stop).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # Arabic: doctor, engineer, professor, AD/AH calendar marks, page, PO box, before Christ
        "د", "م", "ا", "ص", "ه", "ق", "ج", "ت", "س", "ب", "ف", "ك", "ل", "ن", "ع", "ش", "ط", "ي",
        "ق.م", "ص.ب", "ا.ف.ب", "ا.د", "م.م", "ه.ش",
        # Latin
        "dr", "mr", "mrs", "ms", "prof", "st", "no", "vs", "etc", "inc", "ltd", "co", "jr", "sr",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec",
    }
)
