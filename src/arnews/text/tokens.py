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

import unicodedata
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add, getitem, itemgetter, sub

import regex

from ..lexicons import available, read_table
from ..model import Tokens
from .normalize import NormalizedText, normalize

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


def tokenize(text: str) -> Tokens:
    """Tokens of ``text`` with clitic sub-spans, offsets into ``text``.

    >>> [t.kind for t in tokenize("زار 3.5 مليون، http://x.org")]
    ['word', 'number', 'word', 'punct', 'url']
    """
    return tokenize_view(normalize(text))


def tokenize_view(view: NormalizedText) -> Tokens:
    """Tokens found on a normalised view, with spans mapped back to its original text.

    The work runs in bulk (``findall``, ``map``, ``accumulate``), so a token costs little more than the tuple
    that holds it; only word forms never seen before reach the clitic analysis.
    """
    text = view.text
    if not text:
        return Tokens()
    special = _SPECIAL_HINT.search(text) is not None
    # each piece is a token with the plain spaces after it, or a gap of other blank or invisible characters
    pieces = _pieces_with_specials(text) if special else _COVER.findall(text)
    ends = list(accumulate(map(len, pieces)))
    starts = [0, *ends[:-1]]
    words = list(map(str.rstrip, pieces, repeat(_SPACES)))
    if special or text[0] in _SPACES or _ODD_GAP.search(text) is not None:
        keep = list(map(_is_token, map(itemgetter(0), pieces)))
        words = list(compress(words, keep))
        vs = list(compress(starts, keep))
    else:
        vs = starts
    ve = list(map(add, vs, map(len, words)))
    kinds = list(map(_KINDS.__getitem__, map(itemgetter(0), words)))
    if special:
        kinds = [_special_kind(w, k) for w, k in zip(words, kinds)]
    # clitics, by word form: the hamza view tells "أ" from the article's "ا"
    htext = view.hamza_text
    hwords = list(map(htext.__getitem__, map(slice, vs, ve))) if htext is not text else words
    cache = _ANALYSES
    splits = list(map(cache.get, hwords))
    for i in [i for i, sp in enumerate(splits) if sp is None]:
        splits[i] = _analyze_cached(hwords[i], kinds[i])
    ps = list(map(itemgetter(0), splits))
    ns = list(map(itemgetter(1), splits))
    xs = list(map(itemgetter(2), splits))
    keys = list(map(getitem, words, map(slice, ps, map(sub, map(len, words), xs))))
    omap = view.offsets
    if omap is None:
        s, e = vs, ve
        pe = list(map(add, vs, ps))
        ne = list(map(add, vs, ns))
        se = list(map(sub, ve, xs))
    else:
        get = omap.__getitem__
        s = list(map(get, vs))
        e = list(map(add, map(get, map(sub, ve, _ones(len(ve)))), _ones(len(ve))))
        e = list(map(view._mark_end.get, e, e))
        pe = list(map(get, map(add, vs, ps)))
        ne = list(map(get, map(add, vs, ns)))
        se = [get(b - x) if x else end for b, x, end in zip(ve, xs, e)]
    if view._exp and any(view._exp):
        _unsplit_expansions(vs, ve, s, e, pe, se, ne, keys, words)
    return Tokens(s, e, pe, se, ne, keys, kinds)


def _unsplit_expansions(vs, ve, s, e, pe, se, ne, keys, words) -> None:
    """Keep whole any token that spells a ligature (ﷲ, ﻻ): its clitic offsets cannot point inside one char."""
    for i in range(len(vs)):
        if (pe[i] != s[i] or se[i] != e[i]) and (e[i] - s[i]) < (ve[i] - vs[i]):
            pe[i] = ne[i] = s[i]
            se[i] = e[i]
            keys[i] = words[i]
_SPECIAL_HINT = regex.compile(r"https?://|www\.|[@#]")
# every character of the view belongs to exactly one piece: a token, or a gap (spaces, controls,
# unassigned code points, lone surrogates); the alternatives mirror TOKEN_PATTERN without the rare kinds
_SPACES = " \t\n\r\f\v"
_COVER = regex.compile(
    r"""(?:\d+(?:[.,:/]\d+)*(?:ر\d+)?(?![\p{L}\p{N}_])
      | [\p{L}\p{M}\p{N}_]+
      | \.{2,} | [!?؟]{2,} | \p{P} | \p{S}
      )[ \t\n\r\f\v]*
      | [\s\p{C}\p{Z}]+
      | .""",
    regex.VERBOSE | regex.DOTALL,
)
_ODD_GAP = regex.compile(r"(?![ \t\n\r\f\v])[\s\p{C}\p{Z}]")
_GAP = regex.compile(r"[\s\p{C}\p{Z}]")


class _KindTable(dict):
    """Token kind by its first character (a digit starts a number), filled on first sight."""

    def __missing__(self, ch: str) -> str:
        cat = unicodedata.category(ch)
        kind = "number" if cat == "Nd" else "punct" if cat[0] == "P" else "symbol" if cat[0] == "S" else "word"
        self[ch] = kind
        return kind


class _GapCache(dict):
    def __missing__(self, ch: str) -> bool:
        self[ch] = gap = _GAP.match(ch) is not None
        return gap


_KINDS = _KindTable()
_GAP_CACHE = _GapCache()


def _is_token(first: str) -> bool:
    return not _GAP_CACHE[first]


def _ones(n: int) -> repeat:
    return repeat(1, n)


def _pieces_with_specials(text: str) -> list[str]:
    """Pieces of a text that may hold URLs, e-mails, handles or hashtags (each one piece)."""
    out: list[str] = []
    last = 0
    for m in _SPECIAL.finditer(text):
        if m.start() > last:
            out.extend(_COVER.findall(text, last, m.start()))
        out.append(m.group())
        last = m.end()
    if last < len(text):
        out.extend(_COVER.findall(text, last))
    return out


_SPECIAL = regex.compile(
    r"(?:https?://|www\.)[^\s\"'«»<>()\[\]]+(?<![.,;:!?،؛؟])"
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
    r"|@[ ]?[A-Za-z0-9_]{1,30}\b"
    r"|\#\w+"
)


def _special_kind(word: str, kind: str) -> str:
    if len(word) < 2:
        return kind
    if word.startswith(("http://", "https://", "www.")):
        return "url"
    if word[0] == "#":
        return "hashtag"
    if word[0] == "@":
        return "handle"
    if "@" in word:
        return "email"
    return kind


_WHOLE = (0, 0, 0)
_ANALYSES: dict[str, tuple[int, int, int]] = {}


def _analyze_cached(raw: str, kind: str) -> tuple[int, int, int]:
    if len(_ANALYSES) > 500_000:
        _ANALYSES.clear()
    split = analyze_word(raw) if kind == "word" else _WHOLE
    _ANALYSES[raw] = split
    return split
