"""Tokens with their clitics: word tokens keep their span; proclitics and enclitic pronouns are marked as
sub-spans for matching, never cut out of the text.

Splitting is conservative: a leading letter is only a clitic where the rest of the word says so ("ال" follows)
or the rest is a known word at least a quarter as frequent as the whole ("وقال" → و + قال), so ليبيا،
بريطانيا، فرنسا، وزير stay whole.

>>> toks = tokenize("وقال للأمم المتحدة")
>>> [(t.kind, t.key) for t in toks]
[('word', 'قال'), ('word', 'امم'), ('word', 'متحده')]
>>> toks[1].name_start
6
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicons import available, read_table
from ..model import Token
from .normalize import NormalizedText, fold_table, normalize

__all__ = ["tokenize", "tokenize_view", "analyze_word", "TOKEN_PATTERN", "is_arabic_word"]

TOKEN_PATTERN = regex.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s"'«»<>()\[\]]+(?<![.,;:!?،؛؟]))
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<handle>@[ ]?[A-Za-z0-9_]{1,30}\b)
  | (?P<hashtag>\#[\w]+)
  | (?P<number>\d+(?:[.,:/]\d+)*(?:ر\d+)?(?![\p{L}\p{N}_]))
  | (?P<word>[\p{L}\p{M}\p{N}_]+)
  | (?P<punct>\.{2,}|[!?؟]{2,}|\p{P})
  | (?P<symbol>[\p{S}])
    """,
    regex.VERBOSE,
)

_ARABIC_LETTER = regex.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_PROCLITIC_1 = "وف"           # conjunctions
_PROCLITIC_2 = "بكل"          # prepositions
_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك")
_FUNCTION_HOSTS = frozenset({"إن", "أن", "لأن", "لكن", "كأن", "ليت", "لعل", "عن", "من", "إلى", "على", "لدى", "مع", "عند"})
_LEXICON_WEIGHT = 1000


def is_arabic_word(word: str) -> bool:
    """True when the word starts with an Arabic letter."""
    return bool(word) and _ARABIC_LETTER.match(word) is not None


@lru_cache(maxsize=1)
def _known() -> dict[str, int]:
    """Word frequencies (diacritics removed, hamza kept): the vocabulary plus every lexicon word."""
    counts: dict[str, int] = {}
    marks = regex.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
    for row in read_table("vocabulary.tsv"):
        if len(row) >= 2 and row[1].isdigit():
            counts[row[0]] = int(row[1])
    for name in available():
        if name == "vocabulary.tsv":
            continue
        for row in read_table(name):
            for word in marks.sub("", row[0]).split():
                if is_arabic_word(word):
                    counts[word] = max(counts.get(word, 0), _LEXICON_WEIGHT)
    return counts


def _supports(rest: str, whole: str, known: dict[str, int]) -> bool:
    """Whether ``rest`` is well enough attested to split it off ``whole``."""
    n = known.get(rest, 0)
    return n >= 3 and 4 * n >= known.get(whole, 0)


def _article_after(word: str, at: int) -> bool:
    """True when the definite article "ال" (bare alef) starts at ``at`` with a stem of 2+ letters after it."""
    return word.startswith("ال", at) and len(word) - at >= 4


@lru_cache(maxsize=200_000)
def analyze_word(word: str) -> tuple[int, int, int]:
    """Split a word (diacritics removed, hamza forms kept) into proclitics, stem and enclitic.

    Returns ``(prefix_len, name_offset, suffix_len)``: the stem is ``word[prefix_len:len(word)-suffix_len]``
    and a name in the word starts at ``name_offset`` (at its "ال" when it has one).

    >>> analyze_word("والرئيس"), analyze_word("ليبيا"), analyze_word("للأمم"), analyze_word("قوله")
    ((3, 1, 0), (0, 0, 0), (2, 1, 0), (0, 0, 1))
    """
    if len(word) < 3 or not is_arabic_word(word):
        return (0, 0, 0)
    known = _known()
    pre = 0
    # a conjunction و/ف
    if word[0] in _PROCLITIC_1 and len(word) >= 4:
        rest = word[1:]
        if _article_after(word, 1) or rest.startswith("لل") or (
            rest[0] in _PROCLITIC_2 and _article_after(word, 2)
        ) or _supports(rest, word, known):
            pre = 1
    # a preposition ب/ك/ل, or ل + elided article (لل)
    if word.startswith("لل", pre) and len(word) - pre >= 4:
        return (pre + 2, pre + 1, 0)
    if len(word) - pre >= 4 and word[pre] in _PROCLITIC_2:
        if _article_after(word, pre + 1):
            return (pre + 3, pre + 1, 0)
        rest = word[pre + 1:]
        if len(rest) >= 3 and _supports(rest, word[pre:], known):
            pre += 1
    # the article
    if _article_after(word, pre) and word[pre:] not in _NOT_ARTICLE:
        return (pre + 2, pre, 0)
    # an enclitic pronoun
    stem_part = word[pre:]
    for suf in _SUFFIXES:
        if len(stem_part) - len(suf) >= 2 and stem_part.endswith(suf):
            stem = stem_part[: -len(suf)]
            if stem in _FUNCTION_HOSTS or _supports(stem, stem_part, known) or (
                stem.endswith("ت") and _supports(stem[:-1] + "ة", stem_part, known)
            ) or (stem.endswith("ي") and stem[:-1] + "ى" in _FUNCTION_HOSTS):
                return (pre, pre, len(suf))
            break
    return (pre, pre, 0)


# words that begin with "ال" where it is not the article (function words, and the name of God)
_NOT_ARTICLE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللذان", "اللتان",
                          "الله", "اللهم"})


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with clitic sub-spans, offsets into ``text``.

    >>> [t.kind for t in tokenize("زار 3.5 مليون، http://x.org")]
    ['word', 'number', 'word', 'punct', 'url']
    """
    return tokenize_view(normalize(text))


def tokenize_view(view: NormalizedText) -> list[Token]:
    """Tokens found on a normalised view, with spans mapped back to its original text."""
    original, text = view.original, view.text
    identity = view.is_identity
    # the clitic analysis needs hamza forms (أ is never the article), so it reads a view that keeps them
    table = _hamza_table()
    out: list[Token] = []
    append = out.append
    for m in TOKEN_PATTERN.finditer(text):
        kind = m.lastgroup or "symbol"
        vs, ve = m.span()
        if identity:
            s, e = vs, ve
        else:
            s, e = view.span_to_original(vs, ve)
        word = m.group()
        if kind == "word" and len(word) >= 3 and _ARABIC_LETTER.match(word):
            raw = original[s:e].translate(table) if identity else _strip(original[s:e])
            if len(raw) != ve - vs:
                raw = word  # only when stripping disagrees with the view (malformed input): no hamza info
            p, n, x = analyze_word(raw)
            if p or x:
                if identity:
                    ps, ns, xs = s + p, s + n, e - x
                else:
                    ps = view.to_original(vs + p)
                    ns = view.to_original(vs + n)
                    xs = view.span_to_original(vs, ve - x)[1] if x else e
                append(Token(s, e, ps, xs, ns, word[p: len(word) - x], kind))
                continue
        append(Token(s, e, s, e, s, word, kind))
    return out


@lru_cache(maxsize=1)
def _hamza_table() -> dict[int, str]:
    """The view's one-for-one folds minus those that erase hamza and alef-maqsura information."""
    table, _, _ = fold_table(True)
    keep = {ord(c) for c in "أإآٱؤئىة"}
    return {k: v for k, v in table.items() if k not in keep}


_STRIP = regex.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u061c\u180e\u200b-\u200f"
                       "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _strip(raw: str) -> str:
    return _STRIP.sub("", raw.translate(_hamza_table()))
