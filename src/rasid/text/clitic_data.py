"""Arabic clitics, as data: what may attach to a word and how likely it is to.

Each weight scales how often a stem seen as a word of its own is expected to occur with that
clitic attached; they were set on the dev half of UD Arabic-PUD (``rasid eval segment --split
dev``), never on its test half.
"""

# A long, well-attested word after a lone conjunction is a word of its own (وأضاف = و + أضاف) even
# when the conjunction nearly always precedes it; short or rare stems keep the plain weight, so
# that ولايات, وعد and وصل stay whole.
ATTESTED_STEM_LENGTH = 4  # letters after the conjunction, pronoun included
ATTESTED_STEM_COUNT = 500
ATTESTED_STEM_WEIGHT = 16.0

# Conjunctions come first, then one preposition or the future particle.
CONJUNCTIONS: dict[str, float] = {"و": 1.0, "ف": 0.12}
PARTICLES: dict[str, float] = {"ب": 8.0, "ل": 0.5, "ك": 0.03, "س": 1.0}
# The future particle س only comes before an imperfect verb.
FUTURE_PARTICLE = "س"
IMPERFECT_PREFIXES = "يتنا"

# Pronoun enclitics, longest first.  First-person ي is rare in news and often a nisba ending.
ENCLITICS: dict[str, float] = {
    "هما": 0.3, "كما": 0.02, "هم": 0.6, "هن": 0.05, "ها": 1.0, "كم": 0.05,
    "نا": 0.6, "ه": 0.3, "ك": 0.02, "ي": 0.001,
}

# A particle followed directly by a pronoun (به، لها، لكم) is always two segments; with the
# one-letter pronouns only ه counts (بي and كي are words of their own).
PARTICLE_PRONOUN_PARTICLES = "بلك"

# After a proclitic, a stem starting with the definite article is very likely a real split.
DEFINITE_ARTICLE = "ال"
DEFINITE_BONUS = 8.0
# Smoothing added to every count; a stem must have at least this many letters.
SMOOTHING = 0.5
MIN_STEM = 2
# After ب ل ك س, a two-letter stem must be a function word (كل، ما، لا، أن), i.e. very frequent.
SHORT_STEM = 3
SHORT_STEM_MIN_COUNT = 10_000
