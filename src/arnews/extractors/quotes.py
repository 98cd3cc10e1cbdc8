"""Quote extractor (placeholder until issue 4 lands: finds nothing yet)."""

from __future__ import annotations

from ..registry import register
from .base import Extractor


@register("quotes")
class QuoteExtractor(Extractor):
    """Finds reported speech (placeholder: returns the article unchanged)."""

    requires = ("entities",)
    provides = ("quotes",)

    def __call__(self, article):
        return article
