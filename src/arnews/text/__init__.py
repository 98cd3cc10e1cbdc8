"""Arabic text primitives: normalisation with an offset map, tokens with clitics, segmentation.

Nothing here knows about news; extractors build on it.
"""

from .normalize import NormalizedText, normalize, normalize_word
from .tokens import analyze_word, tokenize

__all__ = ["NormalizedText", "normalize", "normalize_word", "tokenize", "analyze_word"]
