"""Showing an Article to a person: a right-to-left-safe text summary for terminals, and HTML for notebooks.

Arabic stretches are wrapped in Unicode first-strong isolates (U+2068 … U+2069) so that labels, numbers and
Latin text around them keep their order in any terminal that implements the bidi algorithm.

>>> from arnews import Article
>>> print(summary(Article.from_text("عنوان\\nنص الخبر.")).splitlines()[0])
title: ⁨عنوان⁩
"""

from __future__ import annotations

import html
from typing import Any

__all__ = ["summary", "article_html", "isolate"]

FSI, PDI = "\u2068", "\u2069"


def isolate(s: str | None) -> str:
    """Wrap ``s`` in bidi isolates (and make control characters visible) for safe display."""
    if s is None:
        return "—"
    clean = "".join(c if c.isprintable() or c == " " else "�" for c in s.replace("\n", " ⏎ "))
    return f"{FSI}{clean}{PDI}"


def _clip(s: str, n: int = 160) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _party(article: Any, ref: Any) -> str:
    if ref is None:
        return "—"
    ent = article.entity(ref.entity) if ref.entity else None
    if ref.start is None:  # an implicit speaker ("وأضاف"): the text names the one it continues
        said = f"(implicit{': ' + isolate(ref.text) if ref.text else ''})"
    else:
        said = isolate(ref.text)
    if ent is not None and ent.name != ref.text:
        return f"{said} → {isolate(ent.name)}"
    return said


def summary(article: Any, *, width: int = 160) -> str:
    """A readable multi-line summary: title, structure, entities, quotes and claims."""
    lines = [f"title: {isolate(article.title.text) if article.title else '—'}"]
    heads = article.headings
    lines.append(f"paragraphs: {len(article.paragraphs)} ({len(heads)} headings) · sentences: "
                 f"{len(article.sentences)} · tokens: {len(article.tokens)}")
    for p in heads:
        lines.append(f"  heading: {isolate(article.slice(p))}")
    for e in article.embeds:
        who = isolate(e.author.text) if e.author else "—"
        lines.append(f"  embedded post by {who} {e.handle.text if e.handle else ''}".rstrip())
    if article.entities:
        lines.append(f"entities ({len(article.entities)}):")
        for ent in article.entities:
            forms = [m.text for m in ent.mentions]
            other = sorted(set(forms) - {ent.name}, key=forms.index)
            extra = f"  also: {', '.join(isolate(x) for x in other)}" if other else ""
            nat = f"  [{isolate(ent.nationality)}]" if ent.nationality else ""
            lines.append(f"  {ent.type:<4} {isolate(ent.name)} ×{len(ent.mentions)}{nat}{extra}")
    if article.quotes:
        lines.append(f"quotes ({len(article.quotes)}):")
        for q in article.quotes:
            cue = isolate(q.cue.text) if q.cue else "—"
            lines.append(f"  {q.id} [{q.kind}] {_party(article, q.speaker)} · cue {cue}")
            lines.append(f"      « {isolate(_clip(q.content.text, width))} »")
    if article.claims:
        lines.append(f"claims ({len(article.claims)}):")
        for c in article.claims:
            via = ", ".join(_party(article, v) for v in c.via)
            cue = isolate(c.cue.text) if c.cue else "—"
            lines.append(f"  {c.id} [{c.modality}] source {_party(article, c.source)}"
                         f"{' via ' + via if via else ''} · cue {cue}")
            lines.append(f"      {isolate(_clip(c.content.text, width))}")
    if article.flags:
        lines.append(f"flags ({len(article.flags)}):")
        for f in article.flags:
            lines.append(f"  {f.kind}: {f.message} {isolate(f.span.text)}")
    return "\n".join(lines)


_COLOURS = {"PER": "#ffd6a5", "ORG": "#bde0fe", "LOC": "#caffbf", "MISC": "#e0e0e0"}


def article_html(article: Any) -> str:
    """The article as right-to-left HTML: mentions coloured by type, quotes underlined, cues in bold."""
    text = article.text
    marks: list[tuple[int, int, str, str]] = []  # (pos, order, kind, html)
    for ent in article.entities:
        for m in ent.mentions:
            style = f"background:{_COLOURS.get(ent.type, '#eee')};border-radius:3px"
            title = html.escape(f"{ent.type} {ent.name}", quote=True)
            marks.append((m.start, 1, "open", f'<span style="{style}" title="{title}">'))
            marks.append((m.end, 0, "close", "</span>"))
    for q in article.quotes:
        marks.append((q.content.start, 0, "open", '<span style="text-decoration:underline">'))
        marks.append((q.content.end, 1, "close", "</span>"))
        if q.cue is not None:
            marks.append((q.cue.start, 2, "open", '<span style="font-weight:bold">'))
            marks.append((q.cue.end, 0, "close", "</span>"))
    # every mark is a <span>, so closing by depth keeps the HTML well formed even where ranges cross
    events = sorted(marks, key=lambda m: (m[0], 0 if m[2] == "close" else 1))
    out, pos = [], 0
    depth = 0
    for at, _, kind, tag in events:
        if at > len(text):
            continue
        out.append(html.escape(text[pos:at]))
        pos = at
        if kind == "open":
            depth += 1
            out.append(tag)
        elif depth > 0:
            depth -= 1
            out.append(tag)
    out.append(html.escape(text[pos:]))
    out.append("</span>" * depth)
    body = "".join(out).replace("\n", "<br>")
    return f'<div dir="rtl" lang="ar" style="line-height:1.9;font-size:1.05em">{body}</div>'
