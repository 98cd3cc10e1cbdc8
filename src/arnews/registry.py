"""The extractor registry: a name for each extractor, filled by decorator or by the entry-point group
``arnews.extractors`` (so a separate package can ship extractors that ``Pipeline.from_names`` finds).

>>> from arnews import Extractor
>>> @register("word_count")
... class WordCount(Extractor):
...     provides = ("word_count",)
...     def __call__(self, article):
...         return article.with_layer("word_count", len(article.tokens))
>>> get("word_count") is WordCount
True
>>> unregister("word_count")
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any, TypeVar

from .errors import UnknownExtractorError


__all__ = ["register", "unregister", "get", "names", "providers_of", "ENTRY_POINT_GROUP"]

ENTRY_POINT_GROUP = "arnews.extractors"
_REGISTRY: dict[str, Callable[..., Any]] = {}
_LOCK = threading.Lock()
_STATE = {"entry_points": False, "builtins": False}
T = TypeVar("T")


def register(name: str, *, replace: bool = False) -> Callable[[T], T]:
    """Class (or factory) decorator: make an extractor available by ``name``.

    The class's ``name`` attribute is set to ``name`` when it has none of its own.
    """
    if not isinstance(name, str) or not name:
        raise TypeError("register() needs a non-empty str name")

    def deco(factory: T) -> T:
        with _LOCK:
            if name in _REGISTRY and _REGISTRY[name] is not factory and not replace:
                existing = _REGISTRY[name]
                raise ValueError(f"an extractor is already registered as {name!r} ({existing!r}); "
                                 "pass replace=True to override it")
            _REGISTRY[name] = factory  # type: ignore[assignment]
        if isinstance(factory, type) and not getattr(factory, "name", None):
            factory.name = name  # type: ignore[attr-defined]
        return factory

    return deco


def unregister(name: str) -> None:
    """Forget ``name`` (tests, notebooks)."""
    with _LOCK:
        _REGISTRY.pop(name, None)


def _load() -> None:
    if not _STATE["builtins"]:
        _STATE["builtins"] = True
        from . import extractors  # noqa: F401  (registers the built-in extractors)
    if not _STATE["entry_points"]:
        _STATE["entry_points"] = True
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name in _REGISTRY:
                continue
            try:
                _REGISTRY[ep.name] = ep.load()
            except Exception as exc:  # a broken plug-in must not break the library
                import warnings

                warnings.warn(f"arnews: could not load extractor {ep.name!r} from {ep.value}: {exc!r}",
                              stacklevel=2)


def get(name: str) -> Callable[..., Any]:
    """The factory (usually a class) registered as ``name``."""
    _load()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownExtractorError(name, sorted(_REGISTRY)) from None


def names() -> list[str]:
    """Every registered extractor name, built-in and from entry points."""
    _load()
    return sorted(_REGISTRY)


def providers_of(layer: str) -> list[str]:
    """Names of the registered extractors that provide ``layer``."""
    _load()
    return sorted(n for n, f in _REGISTRY.items() if layer in tuple(getattr(f, "provides", ()) or ()))
