"""The extractor protocol and an optional base class.

An extractor is any object with ``name``, ``requires``, ``provides`` and ``__call__(article) -> article``.
Subclassing :class:`Extractor` is optional; it only supplies defaults and a readable repr.

>>> from arnews import Article
>>> class Shout(Extractor):
...     name = "shout"
...     provides = ("shout",)
...     def __call__(self, article):
...         return article.with_layer("shout", article.title.text + "!")
>>> Shout()(Article.from_text("عاجل\\nخبر.")).layers["shout"]
'عاجل!'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ..article import Article

__all__ = ["Extractor", "ExtractorProtocol"]


@runtime_checkable
class ExtractorProtocol(Protocol):
    """What a pipeline needs of an extractor."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


class Extractor:
    """Convenience base class: empty ``requires``/``provides`` and a repr; override ``__call__``."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()

    def __call__(self, article: Article) -> Article:
        raise NotImplementedError(f"{type(self).__name__} must implement __call__(article) -> article")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"
