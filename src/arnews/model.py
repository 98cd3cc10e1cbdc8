"""The value objects arnews returns: immutable, slotted, compared by value.

Every offset is a half-open character range into the ORIGINAL article text.

>>> s = Span(0, 5, "بوتين")
>>> s
Span(0, 5, 'بوتين')
>>> len(s)
5
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import repeat
from operator import add, itemgetter
from typing import Any, Literal, NamedTuple

import attrs

__all__ = [
    "Span",
    "Token",
    "Tokens",
    "Sentence",
    "Paragraph",
    "Embed",
    "Mention",
    "Entity",
    "EntityRef",
    "Quote",
    "Claim",
    "Flag",
    "FrozenMap",
    "TOKEN_KINDS",
    "MENTION_KINDS",
    "ENTITY_TYPES",
    "QUOTE_KINDS",
    "MODALITIES",
    "PARAGRAPH_KINDS",
]

TOKEN_KINDS = ("word", "number", "punct", "url", "email", "handle", "hashtag", "symbol")
MENTION_KINDS = ("name", "role", "pronoun")
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
QUOTE_KINDS = ("direct", "indirect", "mixed")
MODALITIES = ("asserted", "hedged", "belief", "denied")

MentionKind = Literal["name", "role", "pronoun"]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "hedged", "belief", "denied"]


def _check_offsets(instance: Any, attribute: Any, value: int) -> None:
    if type(value) is not int or value < 0:
        raise TypeError(f"{type(instance).__name__}.{attribute.name} must be a non-negative int, got {value!r}")


def _check_order(instance: Any) -> None:
    if instance.end < instance.start:
        raise ValueError(f"{type(instance).__name__} end {instance.end} is before start {instance.start}")


def _one_of(choices: tuple[str, ...]):
    def check(instance: Any, attribute: Any, value: str) -> None:
        if value not in choices:
            raise ValueError(f"{type(instance).__name__}.{attribute.name} must be one of {choices}, got {value!r}")

    return check


@attrs.frozen(order=True, repr=False)
class Span:
    """A stretch of the original text: ``text == article.text[start:end]``.

    >>> Span(6, 11, "كوريا").end
    11
    """

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str = ""

    def __attrs_post_init__(self) -> None:
        _check_order(self)

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, {self.text!r})"

    def __contains__(self, other: object) -> bool:
        if isinstance(other, int):
            return self.start <= other < self.end
        start, end = getattr(other, "start", None), getattr(other, "end", None)
        return start is not None and end is not None and self.start <= start and end <= self.end

    def overlaps(self, other: Any) -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end


class Token(NamedTuple):
    """One token of the text, with the clitics that can be split off it for matching.

    Tokens are made a million at a time, so Token is an immutable, slotted ``NamedTuple`` (use
    ``token._replace(lemma=...)`` where attrs objects use ``attrs.evolve``).

    ``text[start:prefix_end]`` holds the proclitics (و ف ب ك ل س and the article ال/لل),
    ``text[prefix_end:suffix_start]`` the stem, ``text[suffix_start:end]`` an enclitic pronoun.
    ``name_start`` is where a name in this token starts: at its "ال" when it has one (for "للأمم", one
    character after the preposition ل), else at the stem. ``key`` is the normalised stem, the form
    lexicons are matched against. lemma/pos/head/deprel are filled by a syntax backend when one runs
    (``head`` is an index into ``article.tokens``).

    >>> t = Token(0, 7, 3, 7, 1, "روسي")       # "والروسي": و + ال + روسي
    >>> t.prefix, t.stem, t.definite
    ((0, 3), (3, 7), True)
    """

    start: int
    end: int
    prefix_end: int
    suffix_start: int
    name_start: int
    key: str
    kind: str = "word"
    lemma: str | None = None
    pos: str | None = None
    head: int | None = None
    deprel: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def prefix(self) -> tuple[int, int]:
        return (self.start, self.prefix_end)

    @property
    def stem(self) -> tuple[int, int]:
        return (self.prefix_end, self.suffix_start)

    @property
    def suffix(self) -> tuple[int, int]:
        return (self.suffix_start, self.end)

    @property
    def definite(self) -> bool:
        """True when the token carries the definite article (ال, or the ل of لل)."""
        return self.name_start < self.prefix_end


_MAKE_TOKEN = partial(tuple.__new__, Token)  # Token._make without a Python call per token
#: the columns Tokens._from_analyses leaves pending, and the field of a token's analysis each is made from
_PENDING_COLUMNS = (("_prefix_ends", itemgetter(1)), ("_name_starts", itemgetter(2)), ("_suffix_starts", itemgetter(3)),
                    ("_keys", itemgetter(4)))


class Tokens(Sequence[Token]):
    """The tokens of an article, stored by column and made into :class:`Token` tuples on demand.

    Indexing gives a Token, slicing gives Tokens, iteration gives Tokens one by one. The columns
    (``starts``, ``ends``, ``keys``, ``kinds`` …) are tuples that extractors can scan without making a
    Token at all.

    >>> from arnews.text import tokenize
    >>> toks = tokenize("وقال الرئيس")
    >>> toks.keys, toks[0].prefix
    (('قال', 'رييس'), (0, 1))
    """

    __slots__ = ("starts", "ends", "_prefix_ends", "_suffix_starts", "_name_starts", "_keys", "kinds", "annotations",
                 "_items", "_analyses")

    def __init__(self, starts: Iterable[int] = (), ends: Iterable[int] = (), prefix_ends: Iterable[int] = (),
                 suffix_starts: Iterable[int] = (), name_starts: Iterable[int] = (), keys: Iterable[str] = (),
                 kinds: Iterable[str] = (), annotations: tuple[tuple[Any, ...], ...] | None = None) -> None:
        cols = [tuple(c) for c in (starts, ends, prefix_ends, suffix_starts, name_starts, keys, kinds)]
        if len({len(c) for c in cols}) > 1:
            raise ValueError("Tokens columns must all have the same length")
        if annotations is not None:
            annotations = tuple(tuple(c) for c in annotations)
            if len(annotations) != 4 or any(len(c) != len(cols[0]) for c in annotations):
                raise ValueError("Tokens annotations are four columns (lemma, pos, head, deprel), one per token")
        for name, col in zip(self.__slots__, [*cols, annotations, None, None]):
            object.__setattr__(self, name, col)

    @classmethod
    def _from_analyses(cls, starts: tuple[int, ...], ends: tuple[int, ...], kinds: tuple[str, ...],
                       analyses: list[tuple[Any, ...]]) -> Tokens:
        """Tokens whose clitic columns and keys are read off ``analyses`` only when first asked for (segmentation
        needs none of them): one ``(length, prefix length, name offset, suffix offset, key, …)`` per token,
        offsets from the token's start, as the tokenizer caches them per piece of text."""
        self = cls.__new__(cls)
        for name, col in zip(self.__slots__, (starts, ends, None, None, None, None, kinds, None, None, analyses)):
            object.__setattr__(self, name, col)
        return self

    def _fill(self) -> Tokens:
        """Make the columns that are still pending from the per-token analyses."""
        analyses = self._analyses
        if analyses is not None:
            starts = self.starts
            for name, field in _PENDING_COLUMNS:
                column = map(field, analyses)
                object.__setattr__(self, name, tuple(column if name == "_keys" else map(add, starts, column)))
            object.__setattr__(self, "_analyses", None)
        return self

    prefix_ends = property(lambda self: self._fill()._prefix_ends, doc="Where each token's proclitics end.")
    suffix_starts = property(lambda self: self._fill()._suffix_starts, doc="Where each token's enclitic starts.")
    name_starts = property(lambda self: self._fill()._name_starts, doc="Where a name in each token starts.")
    keys = property(lambda self: self._fill()._keys, doc="The normalised stem of each token.")

    @classmethod
    def from_tokens(cls, tokens: Iterable[Token]) -> Tokens:
        """Tokens from Token tuples (or anything with the same fields in order)."""
        if isinstance(tokens, Tokens):
            return tokens
        rows = [tuple(t) for t in tokens]
        if not rows:
            return cls()
        cols = list(zip(*rows))
        ann = cols[7:11] if len(cols) >= 11 else None
        if ann is not None and all(v is None for col in ann for v in col):
            ann = None
        return cls(*cols[:7], annotations=tuple(ann) if ann is not None else None)

    def _columns(self) -> tuple[tuple[Any, ...], ...]:
        none = (None,) * len(self.starts)
        ann = self.annotations or (none, none, none, none)
        return (self.starts, self.ends, self.prefix_ends, self.suffix_starts, self.name_starts, self.keys,
                self.kinds, *ann)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            ann = None if self.annotations is None else tuple(c[index] for c in self.annotations)
            return Tokens(self.starts[index], self.ends[index], self.prefix_ends[index], self.suffix_starts[index],
                          self.name_starts[index], self.keys[index], self.kinds[index], ann)
        return self._tokens()[index]

    def _tokens(self) -> list[Token]:
        """The Token tuples, made once on first use (extractors that read tokens one by one read many)."""
        items = self._items
        if items is None:
            ann = self.annotations or (repeat(None),) * 4
            items = list(map(_MAKE_TOKEN, zip(self.starts, self.ends, self.prefix_ends, self.suffix_starts,
                                               self.name_starts, self.keys, self.kinds, *ann)))
            object.__setattr__(self, "_items", items)
        return items

    def __iter__(self) -> Iterator[Token]:
        return iter(self._tokens())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            return self._columns() == other._columns()
        if isinstance(other, (tuple, list)):
            return list(self) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._columns())

    def __repr__(self) -> str:
        return f"Tokens({len(self)} tokens)"

    def __reduce__(self):
        return (Tokens, (self.starts, self.ends, self.prefix_ends, self.suffix_starts, self.name_starts,
                         self.keys, self.kinds, self.annotations))

    def __copy__(self) -> Tokens:
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Tokens are immutable; use Tokens.annotate(...) or build new Tokens")

    def annotate(self, lemma: Iterable[str | None] | None = None, pos: Iterable[str | None] | None = None,
                 head: Iterable[int | None] | None = None, deprel: Iterable[str | None] | None = None) -> Tokens:
        """A copy with backend annotations (one value per token; None keeps what was there)."""
        none = (None,) * len(self)
        old = self.annotations or (none, none, none, none)
        new = tuple(old[i] if col is None else tuple(col) for i, col in enumerate((lemma, pos, head, deprel)))
        return Tokens(self.starts, self.ends, self.prefix_ends, self.suffix_starts, self.name_starts, self.keys,
                      self.kinds, new)


@attrs.frozen
class Sentence:
    """A sentence: its character range, the range of token indices, and its paragraph index."""

    start: int
    end: int
    token_start: int
    token_end: int
    paragraph: int


PARAGRAPH_KINDS = ("title", "byline", "heading", "body", "embed")


@attrs.frozen
class Paragraph:
    """A paragraph (one line of text): its range, its kind and the range of its sentence indices.

    kind is one of "title", "byline", "heading", "body", "embed" (a social-media attribution line).
    """

    start: int
    end: int
    kind: str
    sentence_start: int
    sentence_end: int

    @property
    def is_heading(self) -> bool:
        """True for a sub-heading between paragraphs ("جميع الملفات على الطاولة")."""
        return self.kind == "heading"


@attrs.frozen
class Embed:
    """An embedded social-media attribution line such as "– تاس (@ tass_agency)".

    ``post`` is the text of the embedded post (the block before the attribution) when there is one.
    """

    start: int
    end: int
    author: Span | None = None
    handle: Span | None = None
    post: Span | None = None


@attrs.frozen
class Mention:
    """A place where the text names an entity: by name, by a role ("الرئيس الروسي"), or by a pronoun.

    >>> Mention(10, 15, "بوتين", "name", "e1").kind
    'name'
    """

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str
    kind: str = attrs.field(default="name", validator=_one_of(MENTION_KINDS))
    entity: str | None = None

    def __attrs_post_init__(self) -> None:
        _check_order(self)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@attrs.frozen
class Entity:
    """One real-world referent of the article, with every mention of it.

    >>> Entity("e1", "فلاديمير بوتين", "PER").type
    'PER'
    """

    id: str
    name: str
    type: str = attrs.field(validator=_one_of(ENTITY_TYPES))
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=tuple)
    roles: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    nationality: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every distinct surface form, in order of first appearance."""
        seen = dict.fromkeys([self.name, *(m.text for m in self.mentions)])
        return tuple(seen)


@attrs.frozen
class EntityRef:
    """Who speaks or is the source at one place: an entity id (or None) and the words naming it there.

    start/end/text are None when the party is implicit ("وأضاف" continuing the previous speaker).

    >>> EntityRef(None, 40, 54, "مسؤولين غربيين").entity is None
    True
    """

    entity: str | None
    start: int | None = None
    end: int | None = None
    text: str | None = None

    @property
    def span(self) -> Span | None:
        if self.start is None or self.end is None:
            return None
        return Span(self.start, self.end, self.text or "")


@attrs.frozen
class Quote:
    """Reported speech: what was said (``content``), the cue that reports it, and who said it."""

    id: str
    kind: str = attrs.field(validator=_one_of(QUOTE_KINDS))
    content: Span
    cue: Span | None = None
    cue_lemma: str | None = None
    speaker: EntityRef | None = None
    sentence: int = 0
    confidence: float = 1.0


@attrs.frozen
class Claim:
    """A proposition the article attributes to a source, with the outlets relaying it and its modality."""

    id: str
    content: Span
    cue: Span | None = None
    cue_lemma: str | None = None
    source: EntityRef | None = None
    via: tuple[EntityRef, ...] = attrs.field(default=(), converter=tuple)
    modality: str = attrs.field(default="asserted", validator=_one_of(MODALITIES))
    quote: str | None = None
    sentence: int = 0
    confidence: float = 1.0


@attrs.frozen
class Flag:
    """Something a careful reader should know about the text itself (mixed-script words, garble …)."""

    kind: str
    span: Span
    message: str


class FrozenMap(Mapping[str, Any]):
    """A read-only mapping (for ``Article.layers``) that pickles and compares like a dict.

    >>> m = FrozenMap({"sentiment": 0.5})
    >>> m["sentiment"]
    0.5
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "_data", dict(data or {}))

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._data.items(), key=lambda kv: kv[0])))

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("FrozenMap is read-only; use Article.with_layer(name, value)")

    def __reduce__(self):
        return (FrozenMap, (self._data,))

    def set(self, key: str, value: Any) -> FrozenMap:
        """A copy with one key set."""
        data = dict(self._data)
        data[key] = value
        return FrozenMap(data)
