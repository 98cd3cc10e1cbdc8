"""arnews: Arabic news articles into checkable facts — entities, quotes and claims, every span an offset into
the original text.

>>> import arnews
>>> a = arnews.analyze("بوتين يستقبل كيم\\nقال الرئيس الروسي إن اللقاء مهم.")
>>> a.title.text
'بوتين يستقبل كيم'
"""

from .article import Article
from .errors import (
    ArnewsError,
    FormatError,
    LexiconError,
    MissingLayerError,
    PipelineError,
    UnknownExtractorError,
)
from .extractors.base import Extractor, ExtractorProtocol
from .model import (
    Claim,
    Embed,
    Entity,
    EntityRef,
    Flag,
    FrozenMap,
    Mention,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Token,
    Tokens,
)
from .pipeline import Pipeline, analyze
from .registry import register, unregister

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Span",
    "Token",
    "Tokens",
    "Sentence",
    "Paragraph",
    "Embed",
    "Mention",
    "Entity",
    "EntityRef",
    "Quote",
    "Claim",
    "Flag",
    "FrozenMap",
    "Extractor",
    "ExtractorProtocol",
    "Pipeline",
    "analyze",
    "register",
    "unregister",
    "ArnewsError",
    "PipelineError",
    "MissingLayerError",
    "UnknownExtractorError",
    "LexiconError",
    "FormatError",
    "__version__",
]
