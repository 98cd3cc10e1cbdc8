"""The library's errors: one base class, and one catalogue of messages that say what to do."""

from __future__ import annotations

__all__ = [
    "ArnewsError",
    "PipelineError",
    "MissingLayerError",
    "UnknownExtractorError",
    "LexiconError",
    "FormatError",
]


class ArnewsError(Exception):
    """Base of every error arnews raises on purpose.

    >>> issubclass(MissingLayerError, ArnewsError)
    True
    """


class PipelineError(ArnewsError):
    """A pipeline cannot be built from the extractors it was given."""


class MissingLayerError(PipelineError):
    """An extractor requires a layer that no earlier extractor provides."""

    def __init__(self, extractor: str, layer: str, providers: list[str], position: int) -> None:
        self.extractor, self.layer, self.providers, self.position = extractor, layer, providers, position
        if providers:
            hint = "add " + " or ".join(repr(p) for p in providers) + " before it"
        else:
            hint = "no registered extractor provides it; register one with @arnews.register"
        super().__init__(
            f"E001 extractor {extractor!r} (position {position}) requires the layer {layer!r}, "
            f"which nothing earlier in the pipeline provides: {hint}."
        )


class UnknownExtractorError(PipelineError, KeyError):
    """A name was asked of the registry that nobody registered."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name, self.known = name, known
        super().__init__(
            f"E002 no extractor is registered as {name!r}; known: {', '.join(known) or 'none'}. "
            "Register one with @arnews.register(name) or the entry-point group 'arnews.extractors'."
        )

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class LexiconError(ArnewsError):
    """A lexicon file is missing or malformed."""


class FormatError(ArnewsError, ValueError):
    """A serialised article does not have the documented shape."""
