"""The built-in extractors, one module each; importing this package registers them."""

from .base import Extractor, ExtractorProtocol

try:  # DEVTEMP: tolerate half-written modules while issues 3/4 are in progress (removed before landing)
    from .entities import EntityExtractor
except ImportError as _exc:  # pragma: no cover
    print("DEVTEMP entities:", _exc)
try:  # DEVTEMP
    from .quotes import QuoteExtractor
except ImportError as _exc:  # pragma: no cover
    print("DEVTEMP quotes:", _exc)
from .quality import QualityChecker

try:  # DEVTEMP
    from .claims import ClaimExtractor
except ImportError as _exc:  # pragma: no cover
    print("DEVTEMP claims:", _exc)

__all__ = ["Extractor", "ExtractorProtocol", "EntityExtractor", "QuoteExtractor", "ClaimExtractor", "QualityChecker"]
