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

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add, is_not, itemgetter

import regex

from ..lexicons import available, read_table
from ..model import Tokens
from .normalize import DELETED, DELETED_CHARS, MARKS, hamza_table, normalize_word

__all__ = ["tokenize", "analyze_word", "corpus_frequency", "is_arabic_word", "prayer_for", "STEM_LEXICONS"]

_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_PROCLITIC_1 = "وف"           # conjunctions
_PROCLITIC_2 = "بكل"          # prepositions
_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك")
_SUFFIX_SET = frozenset(_SUFFIXES)
_LONGEST_SUFFIX = max(map(len, _SUFFIXES))
_FUNCTION_HOSTS = frozenset({"إن", "أن", "لأن", "لكن", "كأن", "ليت", "لعل", "عن", "من", "إلى", "على", "لدى", "مع", "عند"})
_LEXICON_WEIGHT = 1000


def is_arabic_word(word: str) -> bool:
    """True when the word starts with an Arabic letter."""
    return bool(word) and _ARABIC_LETTER.match(word) is not None


@lru_cache(maxsize=1)
def _known() -> dict[str, int]:
    """Corpus frequencies of word forms (diacritics removed, hamza kept), from the shipped vocabulary."""
    return {row[0]: int(row[1]) for name in VOCABULARY_FILES for row in read_table(name)
            if len(row) >= 2 and row[1].isdigit()}


#: the word-form frequency tables: the one counted over ANERcorp and AQMAR, and a hand-made supplement of common
#: news words it misses or saw fewer than three times (the counted one first; the supplement's count wins)
VOCABULARY_FILES = ("vocabulary.tsv", "vocabulary_news.tsv")


#: the shipped lexicons whose entries are words in their own right (names, places, roles, nisba adjectives);
#: derived n-gram tables are left out, they hold forms with their clitics attached
STEM_LEXICONS = ("gazetteer.tsv", "gazetteer_cldr.tsv", "given_names.txt", "nisba.tsv", "roles.tsv",
                 "org_heads.tsv", "name_particles.tsv")


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every word of the stem lexicons (those that exist)."""
    shipped = set(available())
    words = set()
    for name in STEM_LEXICONS:
        if name in shipped:
            for row in read_table(name):
                words.update(w for w in MARKS.sub("", row[0]).split() if is_arabic_word(w))
    return frozenset(words)


def corpus_frequency(form: str) -> int:
    """How often a word form (diacritics and tatweel removed, hamza kept) occurs in the shipped vocabulary.

    >>> corpus_frequency("قال") > corpus_frequency("زير")
    True
    """
    return _known().get(MARKS.sub("", form), 0)


def prayer_for(word: str, next_word: str) -> bool:
    """A verb with an object pronoun before "الله" is a prayer for someone, not a name or a subject: "رحمه الله"،
    "حفظها الله"، "رعاهم الله" (``word`` as written: the pronoun is ه, never the ة of the name "رحمة الله";
    ``next_word`` normalised).

    >>> prayer_for("رحمه", "الله"), prayer_for("رحمة", "الله"), prayer_for("نصر", "الله")
    (True, False, False)
    """
    return next_word == "الله" and MARKS.sub("", word).endswith(("ه", "ها", "هم", "هما"))


def _supports(rest: str, whole: str, known: dict[str, int], ratio: int = 4, least: int = 3) -> bool:
    """Whether ``rest`` is well enough attested to split it off ``whole``.

    Never when the whole form is a lexicon word (كريم، واشنطن). Otherwise the rest must be a corpus word seen
    ``least`` times and at least 1/``ratio`` as often as the whole form, or — when the whole form is
    unattested (وبوتين) — a lexicon word.
    """
    lexicon = _lexicon_words()
    if whole in lexicon:
        return False
    n_whole = known.get(whole, 0)
    n = known.get(rest, 0)
    if n_whole == 0 and rest in lexicon:
        n = _LEXICON_WEIGHT
    return n >= least and ratio * n >= n_whole


# "والد" (a father) and its forms begin with و as a root letter: "والداها" is no و + ال + داها (not "والدين",
# which is also و + الدين)
_PARENT = re.compile(r"والد(?:ه|ة|ا|ان|ي|يه|يها|يهم|ته|تها|تهم|تي|تك|تنا|ها|هم|اه|اها|ك|نا)?")


def _article_after(word: str, at: int) -> bool:
    """True when the definite article "ال" (bare alef) starts at ``at`` with a stem of 2+ letters after it.

    After another clitic the stem must have 3+ letters or the form with its article must be a known word:
    "وكالات" is وكالات (agencies), not و + ك + ال + ات.
    """
    if not word.startswith("ال", at) or len(word) - at < 4 or at == 1 and _PARENT.fullmatch(word):
        return False
    return at == 0 or len(word) - at >= 5 or word[at:] in _known()


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
        # prepositions attach less often than و/ف: the rest must be at least as frequent as the whole form
        if len(rest) >= 3 and _supports(rest, word[pre:], known, ratio=1, least=5):
            pre += 1
    # the article
    if _article_after(word, pre) and word[pre:] not in _NOT_ARTICLE:
        return (pre + 2, pre, 0)
    # an enclitic pronoun
    # the longest suffix the word ends with (suffixes of one length exclude each other)
    stem_part = word[pre:]
    for size in range(min(_LONGEST_SUFFIX, len(stem_part) - 2), 0, -1):
        if stem_part[-size:] in _SUFFIX_SET:
            stem = stem_part[:-size]
            if stem in _FUNCTION_HOSTS or len(stem) >= 3 and _supports(stem, stem_part, known) or (
                stem.endswith("ت") and _supports(stem[:-1] + "ة", stem_part, known)
            ) or (stem.endswith("ي") and stem[:-1] + "ى" in _FUNCTION_HOSTS):
                return (pre, pre, size)
            break
    return (pre, pre, 0)


# words that begin with "ال" where it is not the article (function words, and the name of God)
_NOT_ARTICLE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللذان", "اللتان",
                          "الله", "اللهم"})


def tokenize(text: str) -> Tokens:
    """Tokens of ``text`` with clitic sub-spans, offsets into ``text``.

    Tokens are read off the original text itself (diacritics, tatweel and zero-width joiners stay inside
    their word), so offsets need no mapping. The text is cut into pieces (a token with the plain spaces after
    it, or a gap); each distinct piece is analysed once — its kind, its clitics and its normalised ``key`` —
    and the result is reused for every later occurrence. The work runs in bulk (``findall``, ``map``,
    ``accumulate``), so a token costs little more than its share of a few C loops; the clitic columns and
    keys are read off the cached analyses only when first asked for.

    >>> [t.kind for t in tokenize("زار 3.5 مليون، http://x.org")]
    ['word', 'number', 'word', 'punct', 'url']
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenize() needs a str, got {type(text).__name__}")
    special = _SPECIAL_HINT.search(text) is not None
    pieces = _pieces_with_specials(text) if special else _COVER.findall(text)
    starts = list(accumulate(map(len, pieces), initial=0))
    infos = list(map(_PIECES.__getitem__, pieces))
    if None in infos:  # gaps: blank or invisible characters that no token carries
        starts = list(compress(starts, map(is_not, infos, repeat(None))))
        infos = list(filter(None, infos))
    if not infos:
        return Tokens()
    del starts[len(infos):]
    starts = tuple(starts)
    ends = tuple(map(add, starts, map(_LENGTH, infos)))
    kinds = map(_KIND, infos)
    if special:
        kinds = map(_special_kind, map(text.__getitem__, map(slice, starts, ends)), kinds)
    return Tokens._from_analyses(starts, ends, tuple(kinds), infos)


_SPECIAL_HINT = regex.compile(r"https?://|www\.|[@#]")
# every character of the view belongs to exactly one piece: a token, or a gap (spaces, controls,
# unassigned code points, lone surrogates); URLs, e-mails, handles and hashtags come from _SPECIAL. Digits run
# into an Arabic word of three letters or more are a number of their own ("636250موبايلي"، "10ملايين"; "2015م"
# keeps its letter); a direction mark after a number's point stays inside the number ("5.\u200f2")
_SPACES = " \t\n\r\f\v"
_COVER = regex.compile(
    r"""(?:\d+(?:[.,:/٫٬][\u200e\u200f\u061c]?\d+)*(?=[\u0621-\u064a]{3})
      | \d+(?:[.,:/٫٬][\u200e\u200f\u061c]?\d+)*(?:ر\d+)?(?![\p{L}\p{M}\p{N}_])
      | [\p{L}\p{M}\p{N}_\u200c\u200d\u00ad]+
      | \.{2,} | [!?؟]{2,} | \p{P} | \p{S}
      )[ \t\n\r\f\v]*
      | [\s\p{C}\p{Z}]+
      | .""",
    regex.VERBOSE | regex.DOTALL,
)
_GAP = regex.compile(r"[\s\p{C}\p{Z}]")


class _KindTable(dict):
    """Token kind by its first character (a digit starts a number), filled on first sight."""

    def __missing__(self, ch: str) -> str:
        cat = unicodedata.category(ch)
        kind = "number" if cat == "Nd" else "punct" if cat[0] == "P" else "symbol" if cat[0] == "S" else "word"
        self[ch] = kind
        return kind


class _TokenStartTable(dict):
    """Whether a piece starting with this character is a token (not a gap), filled on first sight."""

    def __missing__(self, ch: str) -> bool:
        self[ch] = token = _GAP.match(ch) is None
        return token


class _PieceTable(dict):
    """What a piece of text holds, filled on first sight: None for a gap, else its token as
    ``(length, prefix end, name start, suffix start, key, kind)``, offsets from the token's start."""

    def __missing__(self, piece: str) -> tuple[int, int, int, int, str, str] | None:
        if len(self) > 500_000:
            self.clear()
        info = None
        if _STARTS_TOKEN[piece[0]]:
            word = piece.rstrip(_SPACES)
            p, n, x, key = _ANALYSES.get(word) or _shape(word)
            info = (len(word), p, n, len(word) - x, key, _KINDS[word[0]])
        self[piece] = info
        return info


_LENGTH, _KIND = itemgetter(0), itemgetter(5)
_KINDS = _KindTable()
_STARTS_TOKEN = _TokenStartTable()
_PIECES = _PieceTable()


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


_ANALYSES: dict[str, tuple[int, int, int, str]] = {}
_DELETE_INVISIBLE = dict.fromkeys(map(ord, DELETED_CHARS))
_INVISIBLE = re.compile(f"[{DELETED}]")  # the stdlib engine: cheaper per call on short strings


def _shape(form: str) -> tuple[int, int, int, str]:
    """(prefix length, name offset, suffix length, key) of a word form as written; cached per form.

    The clitic analysis reads the form with diacritics and tatweel removed and hamza kept; its offsets are
    mapped back onto the form, so "وَالرئيسُ" gets the prefix "وَال" and the key "رييس".
    """
    if len(_ANALYSES) > 500_000:
        _ANALYSES.clear()
    folded = form.translate(hamza_table())  # = fold_hamza(form): no fold's output is another fold's input
    bare = folded if _INVISIBLE.search(folded) is None else folded.translate(_DELETE_INVISIBLE)
    p, n, x = analyze_word(bare)
    if p or x:
        if len(bare) != len(folded):
            pos = [i for i, c in enumerate(folded) if c not in DELETED_CHARS]
            pos.append(len(form))
            p, n, x = pos[p], pos[n], len(form) - pos[len(bare) - x]
        if not (0 <= n <= p <= len(form) - x):
            p = n = x = 0
    shape = _ANALYSES[form] = (p, n, x, normalize_word(form[p: len(form) - x]))
    return shape
