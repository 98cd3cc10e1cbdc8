"""Checking an Article's invariants: every span in bounds, ordered, and spelling what it claims to spell.

Useful in tests of custom extractors: ``assert not span_problems(article)``.

>>> from arnews import Article
>>> span_problems(Article.from_text("قال الوزير إن الوضع مستقر."))
[]
"""

from __future__ import annotations

from typing import Any

__all__ = ["span_problems"]


def _span(text: str, where: str, start: Any, end: Any, spelled: str | None, out: list[str]) -> None:
    if type(start) is not int or type(end) is not int:
        out.append(f"{where}: offsets {start!r}, {end!r} are not ints")
    elif not 0 <= start <= end <= len(text):
        out.append(f"{where}: ({start}, {end}) is out of bounds for a text of {len(text)} chars")
    elif spelled is not None and text[start:end] != spelled:
        out.append(f"{where}: ({start}, {end}) spells {text[start:end]!r}, not {spelled!r}")


def _in_order(text: str, what: str, items: Any, out: list[str]) -> None:
    """Each item in bounds, and none overlapping the one before."""
    prev_end = -1
    for i, item in enumerate(items):
        _span(text, f"{what} {i}", item.start, item.end, None, out)
        if item.start < prev_end:
            out.append(f"{what} {i}: overlaps the previous {what}")
        prev_end = item.end


def span_problems(article: Any) -> list[str]:
    """Every broken invariant of ``article`` as a readable line; an empty list when all is well."""
    text, out = article.text, []
    if article.title is not None:
        _span(text, "title", article.title.start, article.title.end, article.title.text, out)
    last = -1
    for i, t in enumerate(article.tokens):
        _span(text, f"token {i}", t.start, t.end, None, out)
        if not t.start <= t.name_start <= t.prefix_end <= t.suffix_start <= t.end:
            out.append(f"token {i}: clitic offsets out of order {t!r}")
        if t.start < last:
            out.append(f"token {i}: starts before the previous token ends")
        if t.start == t.end:
            out.append(f"token {i}: is empty")
        last = t.end
    _in_order(text, "sentence", article.sentences, out)
    for i, s in enumerate(article.sentences):
        if not 0 <= s.token_start <= s.token_end <= len(article.tokens):
            out.append(f"sentence {i}: token range {s.token_start}..{s.token_end} out of bounds")
        elif s.token_start < s.token_end and (article.tokens[s.token_start].start != s.start
                                              or article.tokens[s.token_end - 1].end != s.end):
            out.append(f"sentence {i}: does not start and end with its tokens")
    _in_order(text, "paragraph", article.paragraphs, out)
    for i, p in enumerate(article.paragraphs):
        for j in range(p.sentence_start, p.sentence_end):
            s = article.sentences[j] if 0 <= j < len(article.sentences) else None
            if s is None or not (p.start <= s.start and s.end <= p.end):
                out.append(f"paragraph {i}: sentence {j} is not inside it")
    for i, e in enumerate(article.embeds):
        _span(text, f"embed {i}", e.start, e.end, None, out)
        for name in ("author", "handle", "post"):
            s = getattr(e, name)
            if s is not None:
                _span(text, f"embed {i} {name}", s.start, s.end, s.text, out)
    ids = {e.id for e in article.entities}
    for e in article.entities:
        for m in e.mentions:
            _span(text, f"entity {e.id} mention", m.start, m.end, m.text, out)
            if m.entity not in (None, e.id):
                out.append(f"entity {e.id}: mention {m.text!r} points at entity {m.entity!r}")
    for q in article.quotes:
        _span(text, f"quote {q.id} content", q.content.start, q.content.end, q.content.text, out)
        if q.cue is not None:
            _span(text, f"quote {q.id} cue", q.cue.start, q.cue.end, q.cue.text, out)
        _ref(text, f"quote {q.id} speaker", q.speaker, ids, out)
    qids = {q.id for q in article.quotes}
    for c in article.claims:
        _span(text, f"claim {c.id} content", c.content.start, c.content.end, c.content.text, out)
        if c.cue is not None:
            _span(text, f"claim {c.id} cue", c.cue.start, c.cue.end, c.cue.text, out)
        _ref(text, f"claim {c.id} source", c.source, ids, out)
        for v in c.via:
            _ref(text, f"claim {c.id} via", v, ids, out)
        if c.quote is not None and c.quote not in qids:
            out.append(f"claim {c.id}: refers to a missing quote {c.quote!r}")
    for i, f in enumerate(article.flags):
        _span(text, f"flag {i}", f.span.start, f.span.end, f.span.text, out)
    return out


def _ref(text: str, where: str, ref: Any, ids: set[str], out: list[str]) -> None:
    if ref is None:
        return
    if ref.entity is not None and ref.entity not in ids:
        out.append(f"{where}: refers to a missing entity {ref.entity!r}")
    if ref.start is not None or ref.end is not None:
        _span(text, where, ref.start, ref.end, ref.text, out)
