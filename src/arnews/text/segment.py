"""Segmentation: title, paragraphs (with headings, bylines and embedded-post attributions) and sentences,
all as offsets into the original text.

>>> seg = segment("عنوان الخبر\\nقال الوزير: «لن نتراجع. أبدا». وغادر القاعة.")
>>> [seg.text[s.start:s.end] for s in seg.sentences]
['عنوان الخبر', 'قال الوزير: «لن نتراجع. أبدا».', 'وغادر القاعة.']
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

import regex

from ..model import Embed, Paragraph, Sentence, Span, Token
from .normalize import NormalizedText, normalize
from .tokens import tokenize_view

__all__ = ["segment", "Segmentation", "TERMINALS", "EMBED_LINE"]

TERMINALS = frozenset({".", "!", "?", "؟", "…", "۔"})
_CLOSERS = frozenset({"»", "”", '"', ")", "]", "’", "›", "'"})
_LINE = regex.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")
# "– تاس (@ tass_agency)", "— Donald Trump (@realDonaldTrump) March 3, 2020"
EMBED_LINE = regex.compile(
    r"^\s*[–—―-]\s*(?P<author>[^()\n@]{1,80}?)\s*\(\s*(?P<handle>@\s?[A-Za-z0-9_]{1,30})\s*\)(?P<rest>[^\n]{0,60})$"
)
# "فايز الحسيكي – عين اليوم", "الرياض - واس", "بقلم: …", "كتب: …"
_BYLINE = regex.compile(r"^\s*(?:(?:بقلم|كتب|كتبت|متابعة|إعداد|تقرير|حوار)\s*:?\s*[^\n]{2,60}|[^\n.:؟!«»“”\"]{2,40}\s[–—-]\s[^\n.:؟!«»“”\"]{2,40})$")
_END_PUNCT = frozenset(".!?؟…:؛،,;")


class Segmentation(NamedTuple):
    text: str
    view: NormalizedText
    title: Span | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    embeds: tuple[Embed, ...]


def _quoted_ranges(text: str, toks: tuple[Token, ...], lo: int, hi: int) -> list[tuple[int, int]]:
    """Token-index ranges (opener, closer) of balanced quotations within tokens[lo:hi]."""
    stack: list[tuple[str, int]] = []
    out: list[tuple[int, int]] = []
    for i in range(lo, hi):
        t = toks[i]
        if t.kind != "punct":
            continue
        c = text[t.start]
        if c == "«" or c == "“" or c == "„" or c == "‹":
            stack.append((c, i))
        elif c == "»" or c == "›":
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
        elif c == '"':
            if stack and stack[-1][0] == '"':
                out.append((stack.pop()[1], i))
            else:
                stack.append((c, i))
    return out


def _split_sentences(text: str, toks: tuple[Token, ...], lo: int, hi: int) -> list[tuple[int, int]]:
    """Token-index ranges of the sentences in tokens[lo:hi]."""
    inside = bytearray(hi - lo)
    for a, b in _quoted_ranges(text, toks, lo, hi):
        for k in range(a + 1 - lo, b - lo):
            inside[k] = 1
    out = []
    first = lo
    i = lo
    while i < hi:
        t = toks[i]
        if t.kind == "punct" and not inside[i - lo] and text[t.start] in TERMINALS:
            # "د." "أ." "م." — a one-letter abbreviation, not an end
            if text[t.start:t.end] == "." and i > lo and toks[i - 1].end == t.start and \
                    toks[i - 1].end - toks[i - 1].start == 1 and toks[i - 1].kind == "word":
                i += 1
                continue
            j = i + 1
            while j < hi and toks[j].kind == "punct" and toks[j].start == toks[j - 1].end and (
                    text[toks[j].start] in _CLOSERS or text[toks[j].start] in TERMINALS):
                j += 1
            out.append((first, j))
            first = i = j
            continue
        i += 1
    if first < hi:
        out.append((first, hi))
    return out


def _looks_like_title(line: str, n_lines: int) -> bool:
    words = line.split()
    if n_lines < 2 or not words or len(words) > 30:
        return False
    last = line.rstrip()[-1]
    return not (last == "." and not line.rstrip().endswith("..")) and last not in "،,:؛;"


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 10:
        return False
    last = line.rstrip()[-1]
    return last not in _END_PUNCT and last not in "»”\")" and not any(c in line for c in "«“\"")


def segment(text: str, *, view: NormalizedText | None = None, title: bool = True) -> Segmentation:
    """Split ``text`` into title, paragraphs, sentences and tokens; every offset indexes ``text``.

    With ``title=True`` the first line is the title when it looks like a headline (at most 30 words, no final
    full stop, more lines after it).
    """
    view = view or normalize(text)
    toks = tuple(tokenize_view(view))
    starts = [t.start for t in toks]
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if not m.group().isspace()]
    # trim surrounding blanks of each line
    spans = []
    for a, b in lines:
        line = text[a:b]
        la = len(line) - len(line.lstrip())
        lb = len(line.rstrip())
        spans.append((a + la, a + lb))
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    embeds: list[Embed] = []
    title_span: Span | None = None
    for n, (a, b) in enumerate(spans):
        line = text[a:b]
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        s0 = len(sentences)
        m = EMBED_LINE.match(line)
        if n == 0 and title and _looks_like_title(line, len(spans)):
            kind = "title"
            title_span = Span(a, b, line)
        elif m is not None:
            kind = "embed"
            author = Span(a + m.start("author"), a + m.end("author"), m.group("author"))
            handle = Span(a + m.start("handle"), a + m.end("handle"), m.group("handle"))
            post = None
            if paragraphs and paragraphs[-1].kind == "body":
                prev = paragraphs[-1]
                post = Span(prev.start, prev.end, text[prev.start:prev.end])
            embeds.append(Embed(a, b, author, handle, post))
        elif n <= 2 and _BYLINE.match(line) and len(line.split()) <= 8 and n + 1 < len(spans):
            kind = "byline"
        elif 0 < n < len(spans) - 1 and paragraphs and _looks_like_heading(line):
            kind = "heading"
        else:
            kind = "body"
        ranges = [(lo, hi)] if kind != "body" else _split_sentences(text, toks, lo, hi)
        for i, j in ranges:
            if i < j:
                sentences.append(Sentence(toks[i].start, toks[j - 1].end, i, j, len(paragraphs)))
        paragraphs.append(Paragraph(a, b, kind, s0, len(sentences)))
    return Segmentation(text, view, title_span, tuple(paragraphs), tuple(sentences), toks, tuple(embeds))
