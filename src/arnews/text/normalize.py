"""A normalised view of Arabic text that never loses the way back to the original.

Matching runs on the view (no diacritics, one alef, one ya, ASCII digits, one kind of quote mark …);
results are reported on the original through the view's offset map.

>>> v = normalize("قالَ الرئيسُ: «أنا سعيدٌ»")
>>> v.text
'قال الرييس: «انا سعيد»'
>>> start = v.text.index("انا")
>>> v.original[slice(*v.span_to_original(start, start + 8))]
'أنا سعيدٌ'
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from functools import lru_cache

import regex

__all__ = ["NormalizedText", "normalize", "normalize_word", "fold_hamza", "MARKS", "DELETED", "DELETED_CHARS", "fold_table",
           "hamza_table"]

# Characters removed from the view: Arabic diacritics and Quranic marks, tatweel, and invisible
# format controls (zero-width spaces and joiners, bidi marks/embeddings/isolates, BOM, soft hyphen).
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
#: a pattern for one diacritic, Quranic mark or tatweel (what a word loses before lexicon look-up)
MARKS = regex.compile(f"[{_MARKS}]")
_CONTROLS = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
DELETED = _MARKS + _CONTROLS
#: every character the view removes, as a set
DELETED_CHARS = frozenset(
    chr(c) for lo, hi in [(0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC), (0x06DF, 0x06E8),
                          (0x06EA, 0x06ED), (0x0640, 0x0640), (0x00AD, 0x00AD), (0x061C, 0x061C), (0x180E, 0x180E),
                          (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069), (0xFEFF, 0xFEFF)]
    for c in range(lo, hi + 1)
)
_MARK_RUN_RE = re.compile(f"[{_MARKS}]+")


def _base_map(ta_marbuta: bool) -> dict[int, str]:
    """One-for-one replacements (the view keeps the original length where only these apply)."""
    pairs = {
        # alef with hamza/madda/wasla and rare alef forms -> bare alef; hamza carriers -> their letter
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ؤ": "و", "ئ": "ي",
        "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك", "ہ": "ه", "ە": "ه", "ۀ": "ه",
        # Arabic-Indic and Persian digits, Arabic decimal and thousands separators
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "٫": ".", "٬": ",", "٪": "%",
        # quote-mark variants -> ASCII (« » ‹ › keep their direction and stay)
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "〝": '"', "〞": '"', "＂": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    }
    if ta_marbuta:
        pairs["ة"] = "ه"
    return {ord(k): v for k, v in pairs.items()}


def _presentation_forms(base: dict[int, str]) -> tuple[dict[int, str], dict[str, str], str]:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF): one-for-one ones join the translate
    table, ligatures that spell several letters (ﻻ, ﷲ) become expansions, isolated diacritics are deleted."""
    one, many, gone = {}, {}, []
    drop = regex.compile(f"[{DELETED}\\s]")
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        ch = chr(cp)
        folded = unicodedata.normalize("NFKC", ch)
        if folded == ch:
            continue
        folded = drop.sub("", folded.translate(base))
        if not folded:
            gone.append(ch)
        elif len(folded) == 1:
            one[cp] = folded
        else:
            many[ch] = folded
    return one, many, "".join(gone)


@lru_cache(maxsize=2)
def fold_table(ta_marbuta: bool = True) -> tuple[dict[int, str], dict[str, str], regex.Pattern]:
    """The translate table, the expansions, and the pattern finding what changes length."""
    base = _base_map(ta_marbuta)
    one, many, gone = _presentation_forms(base)
    table = {**base, **one}
    changes = regex.compile(
        f"(?P<d>[{DELETED}{regex.escape(gone)}]+)|(?P<x>[{regex.escape(''.join(many))}])"
    )
    return table, many, changes


class NormalizedText:
    """The normalised view of a text with an offset map back to it.

    ``text`` is the view; ``original`` the text it came from. ``span_to_original(start, end)`` maps a view
    range to the original range that spells it (a word keeps its trailing diacritics).

    >>> v = normalize("استناداً")
    >>> v.text, v.span_to_original(0, len(v.text))
    ('استنادا', (0, 8))
    """

    __slots__ = ("original", "text", "_vs", "_os", "_exp", "_mark_end", "_omap", "_hamza")

    def __init__(self, original: str, text: str, vs: list[int], os_: list[int], exp: list[bool],
                 mark_end: dict[int, int]) -> None:
        self.original = original
        self.text = text
        self._vs, self._os, self._exp, self._mark_end = vs, os_, exp, mark_end
        self._omap: array | None = None
        self._hamza: str | None = None

    @property
    def offsets(self) -> array | None:
        """For each view character, the original offset it comes from (None for an identity view)."""
        if self._omap is None and self._vs:
            omap = array("i")
            vs, os_, exp, n = self._vs, self._os, self._exp, len(self.text)
            for i, v in enumerate(vs):
                nxt = vs[i + 1] if i + 1 < len(vs) else n
                if exp[i]:
                    omap.extend([os_[i]] * (nxt - v))
                else:
                    omap.extend(range(os_[i], os_[i] + (nxt - v)))
            self._omap = omap
        return self._omap

    @property
    def hamza_text(self) -> str:
        """The view with hamza, madda, alef maqsura and ta marbuta kept (same offsets as ``text``).

        The clitic analysis reads it: "أ" never starts the article, "إلى" is not "ال" + "ى".
        """
        if self._hamza is None:
            folded = fold_hamza(self.original)
            if not self._vs:
                self._hamza = folded
            else:
                _, many, _ = fold_table(True)
                parts = []
                vs, os_, exp, n = self._vs, self._os, self._exp, len(self.text)
                for i, v in enumerate(vs):
                    nxt = vs[i + 1] if i + 1 < len(vs) else n
                    if exp[i]:
                        parts.append(many[self.original[os_[i]]])
                    else:
                        parts.append(folded[os_[i]:os_[i] + (nxt - v)])
                self._hamza = "".join(parts)
        return self._hamza

    def _origin(self, pos: int) -> int:
        """``offsets[pos]`` for a view character of a changed view, found among the runs without the array."""
        i = bisect_right(self._vs, pos) - 1
        return self._os[i] if self._exp[i] else self._os[i] + (pos - self._vs[i])

    def end_to_original(self, end: int) -> int:
        """Original offset for the exclusive end of a view range (trailing diacritics included)."""
        if not self._vs:
            return end
        if end <= 0:
            return 0
        o = self._origin(end - 1) + 1 if end <= len(self.text) else len(self.original)
        return self._mark_end.get(o, o)

    @property
    def is_identity(self) -> bool:
        """True when view offsets equal original offsets (only one-for-one replacements applied)."""
        return not self._vs

    def to_original(self, pos: int) -> int:
        """Original offset of the view character at ``pos`` (``len(text)`` maps to ``len(original)``)."""
        if not self._vs:
            return pos if pos > 0 else 0
        if pos >= len(self.text):
            return len(self.original)
        return self._origin(pos if pos > 0 else 0) if self.text else 0

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open view range to the original range; trailing diacritics stay with their word."""
        if not self._vs:
            return start, end
        ostart = self.to_original(start)
        if end <= start:
            return ostart, ostart
        return ostart, self.end_to_original(end)

    def to_view(self, pos: int) -> int:
        """View offset for an original offset (a deleted character maps to the next kept one)."""
        if not self._vs:
            return pos
        i = bisect_right(self._os, pos) - 1
        if i < 0:
            return pos
        if self._exp[i]:
            return self._vs[i]
        nxt = self._os[i + 1] if i + 1 < len(self._os) else None
        v = self._vs[i] + (pos - self._os[i])
        if nxt is not None and i + 1 < len(self._vs) and v > self._vs[i + 1]:
            return self._vs[i + 1]
        return v

    def __repr__(self) -> str:
        return f"NormalizedText({self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NormalizedText) and (self.original, self.text) == (other.original, other.text)

    def __reduce__(self):
        return (_rebuild, (self.original, self.text, self._vs, self._os, self._exp, self._mark_end))


def fold_hamza(text: str) -> str:
    """The one-for-one folds that keep hamza, alef maqsura and ta marbuta (the clitic analysis reads these)."""
    return _apply_folds(text, _hamza_pairs(), hamza_table)


@lru_cache(maxsize=1)
def _hamza_pairs() -> tuple[tuple[str, str], ...]:
    keep = set("أإآٱؤئىة")
    return tuple((a, b) for a, b in _fold_pairs(True) if a not in keep)


@lru_cache(maxsize=1)
def hamza_table() -> dict[int, str]:
    """The view's one-for-one folds minus those that erase hamza, alef maqsura and ta marbuta."""
    table, _, _ = fold_table(True)
    keep = {ord(c) for c in "أإآٱؤئىة"}
    return {k: v for k, v in table.items() if k not in keep}


def _rebuild(*args) -> NormalizedText:
    return NormalizedText(*args)


def _fold(text: str, ta_marbuta: bool) -> str:
    """The view's one-for-one folds."""
    return _apply_folds(text, _fold_pairs(ta_marbuta), lambda: fold_table(ta_marbuta)[0])


def _apply_folds(text: str, pairs: tuple[tuple[str, str], ...], table) -> str:
    """One-for-one folds: ``str.replace`` per letter present (memchr-fast), the full translate table
    (``table()``) only when the text has presentation forms."""
    if _PRESENTATION.search(text) is not None:
        return text.translate(table())
    for a, b in pairs:
        if a in text:
            text = text.replace(a, b)
    return text


_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


@lru_cache(maxsize=2)
def _fold_pairs(ta_marbuta: bool) -> tuple[tuple[str, str], ...]:
    return tuple((chr(k), v) for k, v in _base_map(ta_marbuta).items())


@lru_cache(maxsize=2)
def _changes(ta_marbuta: bool) -> re.Pattern:
    # the stdlib engine scans these plain character classes several times faster than `regex`
    return re.compile(fold_table(ta_marbuta)[2].pattern)


def normalize(text: str, *, ta_marbuta: bool = True) -> NormalizedText:
    """Normalise ``text`` for matching and keep the map back to it.

    Removes diacritics, tatweel and invisible controls; folds alef/hamza/ya variants (and ة to ه unless
    ``ta_marbuta=False``), Arabic-Indic and Persian digits, quote marks and presentation forms.

    >>> normalize("إلى الـمـديـنـة ٣").text
    'الي المدينه 3'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs a str, got {type(text).__name__}")
    _, many, _ = fold_table(ta_marbuta)
    changes = _changes(ta_marbuta)
    folded = _fold(text, ta_marbuta)
    if changes.search(folded) is None:
        return NormalizedText(text, folded, [], [], [], {})
    parts: list[str] = []
    vs, os_, exp = [0], [0], [False]
    mark_end: dict[int, int] = {}
    vlen = last = 0
    mark_run = _MARK_RUN_RE.match
    for m in changes.finditer(folded):
        a, b = m.span()
        parts.append(folded[last:a])
        vlen += a - last
        if m.lastgroup == "d":
            run = mark_run(folded, a, b)
            if run is not None and run.end() > a:
                mark_end[a] = run.end()
            vs.append(vlen)
            os_.append(b)
            exp.append(False)
        else:
            repl = many[m.group()]
            vs.append(vlen)
            os_.append(a)
            exp.append(True)
            parts.append(repl)
            vlen += len(repl)
            vs.append(vlen)
            os_.append(b)
            exp.append(False)
        last = b
    parts.append(folded[last:])
    return NormalizedText(text, "".join(parts), vs, os_, exp, mark_end)


@lru_cache(maxsize=65536)
def normalize_word(word: str, *, ta_marbuta: bool = True) -> str:
    """The normalised form of a short string (a lexicon entry, a name), without an offset map.

    >>> normalize_word("الرئيسُ الروسيّ")
    'الرييس الروسي'
    """
    table, many, _ = fold_table(ta_marbuta)
    changes = _changes(ta_marbuta)
    folded = word.translate(table)
    if changes.search(folded) is None:
        return folded
    return changes.sub(lambda m: "" if m.lastgroup == "d" else many[m.group()], folded)
