"""The built-in extractors, one module each; importing this package registers them."""

from .base import Extractor, ExtractorProtocol
from .claims import ClaimExtractor
from .entities import EntityExtractor
from .quality import QualityChecker
from .quotes import QuoteExtractor

__all__ = ["Extractor", "ExtractorProtocol", "EntityExtractor", "QuoteExtractor", "ClaimExtractor", "QualityChecker"]
