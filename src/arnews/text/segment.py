"""Segmentation: title, paragraphs (with headings, bylines and embedded-post attributions) and sentences,
all as offsets into the original text.

>>> seg = segment("عنوان الخبر\\nقال الوزير: «لن نتراجع. أبدا». وغادر القاعة.")
>>> [seg.text[s.start:s.end] for s in seg.sentences]
['عنوان الخبر', 'قال الوزير: «لن نتراجع. أبدا».', 'وغادر القاعة.']
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

import regex

from ..lexicons import available, read_table
from ..model import Embed, Paragraph, Sentence, Span, Tokens
from .normalize import normalize_word
from .tokens import tokenize

__all__ = ["segment", "Segmentation", "TERMINALS", "EMBED_LINE", "inner_abbreviation_dot"]

TERMINALS = frozenset({".", "!", "?", "؟", "…", "۔"})
_LINE = regex.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")
# "– تاس (@ tass_agency)", "— Donald Trump (@realDonaldTrump) March 3, 2020"
EMBED_LINE = regex.compile(
    r"^\s*[–—―-]\s*(?P<author>[^()\n@]{1,80}?)\s*\(\s*(?P<handle>@\s?[A-Za-z0-9_]{1,30})\s*\)(?P<rest>[^\n]{0,60})$"
)
# "فايز الحسيكي – عين اليوم", "الرياض - واس", "بقلم: …", "كتب: …"
_BYLINE = regex.compile(r"^\s*(?:(?:بقلم|كتب|كتبت|متابعة|إعداد|تقرير|حوار)\s*:?\s*[^\n]{2,60}|[^\n.:؟!«»“”\"]{2,40}\s[–—-]\s[^\n.:؟!«»“”\"]{2,40})$")
_END_PUNCT = frozenset(".!?؟…:؛،,;")
# a share bar scraped with the article: "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك" (page furniture, not text)
_SHARE_BAR = regex.compile(
    r"(?:شارك(?:نا)?|مشاركة)(?:\s+(?:من\s+خلال|عبر|على))?(?:\s+(?:تويتر|تويت|فيسبوك|فيس\s+بوك|جوجل\s+بلس|جوجل|غوغل|"
    r"واتساب|واتس\s+اب|لينكد\s*إن|انستقرام|انستغرام|إنستغرام|تلغرام|تيليجرام|البريد\s+الإلكتروني|طباعة|إيميل)){2,}"
    r"(?:\s+(?:اكتب|أضف)\s+(?:رأيك|تعليقك|تعليقا))?")


def share_bar_end(text: str, a: int, b: int) -> int | None:
    """Where a share bar that opens text[a:b] ends ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"), or None.

    >>> share_bar_end("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك سجلت الوزارة", 0, 57)
    44
    """
    if a >= b or text[a] not in "شم":
        return None
    m = _SHARE_BAR.match(text, a, b)
    return m.end() if m is not None else None


# a wire dateline at the start of a paragraph: "واشنطن، الولايات المتحدة (CNN) --", "القاهرة (رويترز) -"
_DATELINE = regex.compile(r"(?P<dateline>[^\n().!?؟:«»“”\"]{2,60}?\([^()\n]{2,40}\)\s*(?:--|[-–—]))\s")


class Segmentation(NamedTuple):
    text: str
    title: Span | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: Tokens
    embeds: tuple[Embed, ...]


_QUOTE_MARK = regex.compile('[«»“”„‹›"]')
# a run of terminal punctuation and the closing marks glued to it: "." "؟!" ".." "…" ".”" "؟»"
_TERMINAL = regex.compile(r"(?:\.{2,}|[.!?؟…۔]+)[»”\"\)\]’›']*")


def _quoted_ranges(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Character ranges (opener, closer) of balanced quotations in text[lo:hi]; unmatched marks are ignored."""
    stack: list[tuple[str, int]] = []
    out: list[tuple[int, int]] = []
    for m in _QUOTE_MARK.finditer(text, lo, hi):
        c, i = m.group(), m.start()
        if c in "«“„‹":
            stack.append((c, i))
        elif c in "»›":
            want = "«" if c == "»" else "‹"
            for j in range(len(stack) - 1, -1, -1):
                if stack[j][0] == want:
                    out.append((stack[j][1], i))
                    del stack[j:]
                    break
        elif c == "”":
            if stack and stack[-1][0] in "“”„":
                out.append((stack.pop()[1], i))
            else:
                stack.append((c, i))
        elif stack and stack[-1][0] == '"':
            out.append((stack.pop()[1], i))
        else:
            stack.append((c, i))
    return out


def inner_abbreviation_dot(text: str, starts, ends, kinds, i: int) -> bool:
    """Token i is a dot inside an abbreviation written without spaces, between two short words: "بي.بي.سي"،
    "أ.ف.ب" (not "مساعدات.وقال", a missing space after a sentence).

    >>> from arnews.text import tokenize
    >>> t = tokenize("بي.بي.سي")
    >>> inner_abbreviation_dot("بي.بي.سي", t.starts, t.ends, t.kinds, 1)
    True
    """
    if not 0 < i < len(starts) - 1 or text[starts[i]] != "." or kinds[i - 1] != "word" or kinds[i + 1] != "word":
        return False
    p = starts[i]
    return ends[i - 1] == p and starts[i + 1] == p + 1 and ends[i - 1] - starts[i - 1] <= 3 and \
        ends[i + 1] - starts[i + 1] <= 3


def _sentence_ends(text: str, lo: int, hi: int, starts: tuple[int, ...], kinds: tuple[str, ...],
                   ends: tuple[int, ...]) -> list[int]:
    """Character offsets where the sentences of text[lo:hi] end.

    A sentence ends after terminal punctuation (and the closing marks glued to it), never inside a balanced
    quotation, a number, a URL or an e-mail (those are single tokens), nor after a one-letter abbreviation
    ("د." "م.") or inside one written without spaces ("بي.بي.سي"), nor before a comma ("(ماذا يريد الشباب؟)، وهي …").
    """
    out = []
    quoted = None
    for m in _TERMINAL.finditer(text, lo, hi):
        p = m.start()
        i = bisect_left(starts, p)
        if i >= len(starts) or starts[i] != p or kinds[i] != "punct":
            continue  # the dot of 3.5, x.org …
        if text[p] == "." and m.end() - p == 1 and i > 0 and ends[i - 1] == p and \
                ends[i - 1] - starts[i - 1] == 1 and kinds[i - 1] == "word":
            continue
        if m.end() - p == 1 and inner_abbreviation_dot(text, starts, ends, kinds, i):
            continue
        after = m.end()
        while after < hi and text[after] == " ":
            after += 1
        if after < hi and text[after] in "،,؛;":
            continue  # a comma never opens a sentence: "(ماذا يريد الشباب منا؟)، وهي …" goes on
        if quoted is None:
            quoted = _quoted_ranges(text, lo, hi)
        if quoted and any(a < p < b for a, b in quoted):
            continue
        out.append(m.end())
    return out


def _looks_like_title(line: str, n_lines: int) -> bool:
    words = line.split(maxsplit=30)  # 31 pieces: more than 30 words
    if n_lines < 2 or not words or len(words) > 30:
        return False
    last = line.rstrip()[-1]
    return not (last == "." and not line.rstrip().endswith("..")) and last not in "،,:؛;"


def _looks_like_heading(line: str) -> bool:
    words = line.split(maxsplit=10)  # 11 pieces: more than 10 words
    if not 1 <= len(words) <= 10 or not any(c.isalpha() for c in line):
        return False
    last = line.rstrip()[-1]
    return last not in _END_PUNCT and last not in "»”\")" and not any(c in line for c in "«“\"")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, surrounding blanks trimmed."""
    out = []
    for m in _LINE.finditer(text):
        a, b = m.span()
        line = m.group()
        if line.isspace():
            continue
        la = len(line) - len(line.lstrip())
        out.append((a + la, a + len(line.rstrip())))
    return out


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Place names of the shipped gazetteers (normalised), to recognise a dateline's city."""
    shipped = set(available())
    out = set()
    for name in ("gazetteer.tsv", "gazetteer_cldr.tsv", "gazetteer_places.tsv"):
        if name in shipped:
            out.update(normalize_word(r[0]) for r in read_table(name) if len(r) >= 2 and r[1] == "LOC")
    return frozenset(out)


def _is_place(dateline: str) -> bool:
    """True when a dateline starts with a known place: "واشنطن، …", "القاهرة"."""
    head = regex.split(r"[،,(]", dateline, maxsplit=1)[0].strip()
    return normalize_word(head) in _places()


def _demote_runs_of_headings(text: str, paragraphs: list[Paragraph]) -> None:
    """Two or more short unpunctuated lines in a row (separators such as "***" included) are verse or a list,
    not sub-headings."""
    if not any(p.kind == "heading" for p in paragraphs):
        return
    n = len(paragraphs)
    short = [p.kind == "heading" or not any(c.isalpha() for c in text[p.start:p.end]) for p in paragraphs]
    for i, p in enumerate(paragraphs):
        if p.kind != "heading":
            continue
        before = i > 0 and short[i - 1]
        after = i + 1 < n and short[i + 1]
        if before or after:
            paragraphs[i] = Paragraph(p.start, p.end, "body", p.sentence_start, p.sentence_end)


def segment(text: str, *, title: bool = True) -> Segmentation:
    """Split ``text`` into title, paragraphs, sentences and tokens; every offset indexes ``text``.

    With ``title=True`` the first line is the title when it looks like a headline (at most 30 words, no final
    full stop, more lines after it).
    """
    toks = tokenize(text)
    starts, tends, kinds = toks.starts, toks.ends, toks.kinds
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    embeds: list[Embed] = []
    title_span: Span | None = None
    spans = _lines(text)
    for n, (a, b) in enumerate(spans):
        line = text[a:b]
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        s0 = len(sentences)
        m = EMBED_LINE.match(line) if "@" in line else None
        if n == 0 and title and _looks_like_title(line, len(spans)):
            kind = "title"
            title_span = Span(a, b, line)
        elif m is not None:
            kind = "embed"
            author = Span(a + m.start("author"), a + m.end("author"), m.group("author"))
            handle = Span(a + m.start("handle"), a + m.end("handle"), m.group("handle"))
            post = None
            if paragraphs and paragraphs[-1].kind in ("body", "heading"):
                prev = paragraphs[-1]
                post = Span(prev.start, prev.end, text[prev.start:prev.end])
                if prev.kind == "heading":  # a short post is text, not a sub-heading
                    paragraphs[-1] = Paragraph(prev.start, prev.end, "body", prev.sentence_start, prev.sentence_end)
            embeds.append(Embed(a, b, author, handle, post))
        elif n <= 2 and n + 1 < len(spans) and len(line) < 80 and _BYLINE.match(line) and len(line.split()) <= 8:
            kind = "byline"
        elif 0 < n < len(spans) - 1 and paragraphs and _looks_like_heading(line):
            kind = "heading"
        else:
            kind = "body"
        i = lo
        if kind == "body":
            ends = _sentence_ends(text, a, b, starts, kinds, tends)
            d = _DATELINE.match(text, a, b)
            if d is not None and _is_place(text[a:d.end("dateline")]):
                # "واشنطن (CNN) --": the dateline is a sentence of its own
                ends = [d.end("dateline"), *ends]
            bar = share_bar_end(text, a, b)
            if bar is not None and bar < b:
                ends = [bar, *ends]  # a share bar too: its networks are no subject of what follows
            for end in ends:
                j = bisect_left(starts, end, i, hi)
                if i < j:
                    sentences.append(Sentence(starts[i], tends[j - 1], i, j, len(paragraphs)))
                i = j
        if i < hi:
            sentences.append(Sentence(starts[i], tends[hi - 1], i, hi, len(paragraphs)))
        paragraphs.append(Paragraph(a, b, kind, s0, len(sentences)))
    _demote_runs_of_headings(text, paragraphs)
    return Segmentation(text, title_span, tuple(paragraphs), tuple(sentences), toks, tuple(embeds))
