"""The Article: a text with everything arnews found in it, every span an offset pair into that text.

>>> a = Article.from_text("بوتين يستقبل كيم\\nقال الرئيس الروسي إن اللقاء مهم.")
>>> a.title.text
'بوتين يستقبل كيم'
>>> [a.slice(s) for s in a.sentences][1]
'قال الرئيس الروسي إن اللقاء مهم.'
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from typing import Any

import attrs

from .model import Claim, Embed, Entity, Flag, FrozenMap, Paragraph, Quote, Sentence, Span, Tokens
from .text.normalize import NormalizedText, normalize
from .text.segment import segment

__all__ = ["Article", "SEGMENTATION_LAYERS"]

#: the layers every Article has from the moment it is made
SEGMENTATION_LAYERS = ("text", "title", "paragraphs", "sentences", "tokens", "embeds")


def _to_map(value: Mapping[str, Any] | None) -> FrozenMap:
    return value if isinstance(value, FrozenMap) else FrozenMap(value or {})


@attrs.frozen(repr=False)
class Article:
    """An analysed news article. Make one with :meth:`from_text`; extractors return changed copies.

    ``layers`` holds what custom extractors add, by their own name; ``meta`` holds what the caller passed
    (an id, an outlet, a date).
    """

    text: str
    title: Span | None = None
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=tuple)
    sentences: tuple[Sentence, ...] = attrs.field(default=(), converter=tuple)
    tokens: Tokens = attrs.field(factory=Tokens, converter=Tokens.from_tokens)
    embeds: tuple[Embed, ...] = attrs.field(default=(), converter=tuple)
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=tuple)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=tuple)
    flags: tuple[Flag, ...] = attrs.field(default=(), converter=tuple)
    layers: FrozenMap = attrs.field(factory=FrozenMap, converter=_to_map)
    meta: FrozenMap = attrs.field(factory=FrozenMap, converter=_to_map)
    _view: NormalizedText | None = attrs.field(default=None, eq=False, repr=False, alias="view")
    _sentence_starts: list[int] | None = attrs.field(default=None, eq=False, repr=False, init=False)

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_text(cls, text: str, title: str | None = None, *, meta: Mapping[str, Any] | None = None) -> Article:
        """Segment ``text`` into title, paragraphs, headings, sentences, tokens and embedded posts.

        When ``title`` is given and the text does not already start with it, the article text becomes
        ``title + "\\n" + text``, so that every span indexes one string.

        >>> Article.from_text("قال الوزير إن الوضع مستقر.", title="الوزير: الوضع مستقر").title.text
        'الوزير: الوضع مستقر'
        """
        if not isinstance(text, str):
            raise TypeError(f"Article.from_text() needs the article as a str, got {type(text).__name__}")
        if title is not None and not isinstance(title, str):
            raise TypeError(f"title must be a str or None, got {type(title).__name__}")
        given = title.strip() if title else ""
        if given and not text.lstrip().startswith(given):
            text = given + "\n" + text
        seg = segment(text, title=True)
        title_span = seg.title
        if given and (title_span is None or title_span.text != given):
            start = text.index(given)
            title_span = Span(start, start + len(given), given)
            seg = seg._replace(paragraphs=_retitle(seg.paragraphs, title_span))
        return cls(text, title_span, seg.paragraphs, seg.sentences, seg.tokens, seg.embeds,
                   meta=meta)

    # ------------------------------------------------------------------ access
    @property
    def view(self) -> NormalizedText:
        """The normalised view of the whole text, with its offset map (made once, on first use)."""
        if self._view is None:
            object.__setattr__(self, "_view", normalize(self.text))
        return self._view  # type: ignore[return-value]

    def slice(self, span: Any) -> str:
        """The text of anything with ``start``/``end`` (a Span, Sentence, Mention, Token …) or a pair."""
        if isinstance(span, tuple):
            return self.text[span[0]:span[1]]
        return self.text[span.start:span.end]

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` over ``text[start:end]``, its text filled in."""
        return Span(start, end, self.text[start:end])

    def sentence_tokens(self, index: int) -> Tokens:
        """The tokens of sentence ``index``."""
        s = self.sentences[index]
        return self.tokens[s.token_start:s.token_end]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing character ``offset``, or None."""
        starts = self._sentence_starts
        if starts is None:
            starts = [s.start for s in self.sentences]
            object.__setattr__(self, "_sentence_starts", starts)
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def name_of(self, ref: Any) -> str | None:
        """The name of a speaker, source or relay: its entity's canonical name, else the words naming it.

        >>> from arnews import EntityRef
        >>> Article.from_text("نص.").name_of(EntityRef(None, 0, 2, "نص"))
        'نص'
        """
        if ref is None:
            return None
        entity = self.entity(ref.entity) if ref.entity is not None else None
        return entity.name if entity is not None else ref.text

    def with_layer(self, name: str, value: Any) -> Article:
        """A copy with ``layers[name] = value`` (how custom extractors store results)."""
        return attrs.evolve(self, layers=self.layers.set(name, value))

    @property
    def headings(self) -> tuple[Paragraph, ...]:
        """The sub-headings between paragraphs."""
        return tuple(p for p in self.paragraphs if p.kind == "heading")

    # ------------------------------------------------------------------ output
    def to_dict(self, *, tokens: bool = True) -> dict[str, Any]:
        """A JSON-ready dict in the documented format (docs/json-format.md)."""
        from .serialize import article_to_dict

        return article_to_dict(self, tokens=tokens)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The Article back from :meth:`to_dict` output (exact round trip)."""
        from .serialize import article_from_dict

        return article_from_dict(data)

    def to_json(self, *, indent: int | None = None, tokens: bool = True) -> str:
        """The article as JSON text (UTF-8 safe: lone surrogates are escaped, never lost)."""
        from .serialize import dumps

        return dumps(self.to_dict(tokens=tokens), indent=indent)

    def __repr__(self) -> str:
        title = self.title.text if self.title else self.text[:40].replace("\n", " ")
        if len(title) > 60:
            title = title[:59] + "…"
        return (f"Article({title!r}, {len(self.text)} chars, {len(self.sentences)} sentences, "
                f"{len(self.entities)} entities, {len(self.quotes)} quotes, {len(self.claims)} claims)")

    def _repr_html_(self) -> str:
        from .display import article_html

        return article_html(self)


def _retitle(paragraphs: tuple[Paragraph, ...], title: Span) -> tuple[Paragraph, ...]:
    out = []
    for p in paragraphs:
        if p.start == title.start and p.end == title.end:
            p = attrs.evolve(p, kind="title")
        elif p.kind == "title":
            p = attrs.evolve(p, kind="body")
        out.append(p)
    return tuple(out)
