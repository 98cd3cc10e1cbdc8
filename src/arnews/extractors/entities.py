"""Entity extractor (placeholder until issue 3 lands: finds nothing yet)."""

from __future__ import annotations

from ..registry import register
from .base import Extractor


@register("entities")
class EntityExtractor(Extractor):
    """Finds people, organisations and places (placeholder: returns the article unchanged)."""

    provides = ("entities", "mentions")

    def __call__(self, article):
        return article
