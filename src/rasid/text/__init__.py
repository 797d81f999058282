"""The Arabic text layer: offset-preserving folding, sentences, tokens and clitics."""

from rasid.text.document import sentences_of
from rasid.text.fold import Folded, fold, fold_text
from rasid.text.sentences import split_sentences
from rasid.text.tokens import Segmenter, tokenize

__all__ = ["Folded", "Segmenter", "fold", "fold_text", "sentences_of", "split_sentences", "tokenize"]
