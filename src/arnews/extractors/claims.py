"""Claim extractor (placeholder until issue 4 lands: finds nothing yet)."""

from __future__ import annotations

from ..registry import register
from .base import Extractor


@register("claims")
class ClaimExtractor(Extractor):
    """Finds attributed propositions (placeholder: returns the article unchanged)."""

    requires = ("quotes",)
    provides = ("claims",)

    def __call__(self, article):
        return article
