"""Character knowledge for folding: which code points fold to what.

Kept apart from the folding algorithm so that a linguist can read and extend it.
"""

# Letters that fold to a single base letter, so that spellings meet.
LETTER_MAP: dict[str, str] = {
    # alef variants and hamza carriers
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي",
    # ya and alef maksura, Persian/Urdu ya
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي", "ے": "ي", "ۓ": "ي",
    # kaf and Persian keheh, gaf
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    # heh forms and ta marbuta
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه", "ۂ": "ه", "ۃ": "ه",
    # other Persian letters written for foreign sounds
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق",
    # Persian waw with hamza-like marks
    "ۆ": "و", "ۇ": "و", "ۈ": "و",
}

# Digits: Arabic-Indic and Extended (Persian/Urdu) to ASCII.
DIGITS: dict[str, str] = {
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}

# Characters folded to a plain space.
# The underscore joins the words of a hashtag (#وزارة_الخزانة_الأميركية): a space for matching.
SPACES: str = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t_"

# Characters removed: diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks),
# tatweel, zero-width characters and bidirectional controls.
DIACRITICS: str = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if chr(c) not in "\u06de\u06e9"
) + "".join(chr(c) for c in range(0x0610, 0x061B))
TATWEEL: str = "\u0640"
# A regular-expression piece for the harakat (fatha to sukun) and tatweel that may stand between the
# letters of a word matched on unfolded text (بيّن، أطلَق).
MARKS_BETWEEN_LETTERS: str = "[\u064b-\u0652\u0640]*"
ZERO_WIDTH: str = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
BIDI_CONTROLS: str = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
REMOVED: str = DIACRITICS + TATWEEL + ZERO_WIDTH + BIDI_CONTROLS

# Blocks of presentation forms, normalised with NFKC and then folded again.
PRESENTATION_FORMS: tuple[range, ...] = (range(0xFB50, 0xFDFE), range(0xFE70, 0xFEFD))
