"""The names of the extractors the default pipeline runs, in order."""

DEFAULT_EXTRACTORS: tuple[str, ...] = ("entities", "quotes", "claims", "quality")
