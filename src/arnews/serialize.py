"""The JSON format of an Article (documented in docs/json-format.md), both ways.

>>> from arnews import Article
>>> a = Article.from_text("قال الوزير إن الوضع مستقر.")
>>> Article.from_dict(a.to_dict()) == a
True
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import regex

from .errors import FormatError
from .model import Claim, Embed, Entity, EntityRef, Flag, Mention, Paragraph, Quote, Sentence, Span, Token, Tokens

__all__ = ["article_to_dict", "article_from_dict", "dumps", "FORMAT_VERSION"]

FORMAT_VERSION = 1
_SURROGATE = regex.compile("[\ud800-\udfff]")


def _span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _ref(r: EntityRef | None) -> dict[str, Any] | None:
    return None if r is None else {"entity": r.entity, "start": r.start, "end": r.end, "text": r.text}


def _token(t: Token) -> list[Any]:
    row: list[Any] = [t.start, t.end, t.prefix_end, t.suffix_start, t.name_start, t.kind, t.key]
    if t.lemma is not None or t.pos is not None or t.head is not None or t.deprel is not None:
        row.append({"lemma": t.lemma, "pos": t.pos, "head": t.head, "deprel": t.deprel})
    return row


def article_to_dict(article: Any, *, tokens: bool = True) -> dict[str, Any]:
    """The article as plain JSON-ready data."""
    out: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "text": article.text,
        "meta": dict(article.meta),
        "title": _span(article.title),
        "paragraphs": [{"start": p.start, "end": p.end, "kind": p.kind,
                        "sentences": [p.sentence_start, p.sentence_end]} for p in article.paragraphs],
        "sentences": [{"start": s.start, "end": s.end, "tokens": [s.token_start, s.token_end],
                       "paragraph": s.paragraph} for s in article.sentences],
    }
    if tokens:
        out["tokens"] = [_token(t) for t in article.tokens]
    out["embeds"] = [{"start": e.start, "end": e.end, "author": _span(e.author), "handle": _span(e.handle),
                      "post": _span(e.post)} for e in article.embeds]
    out["entities"] = [{"id": e.id, "name": e.name, "type": e.type, "roles": list(e.roles),
                        "nationality": e.nationality,
                        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                                      "entity": m.entity} for m in e.mentions]} for e in article.entities]
    out["quotes"] = [{"id": q.id, "kind": q.kind, "content": _span(q.content), "cue": _span(q.cue),
                      "cue_lemma": q.cue_lemma, "speaker": _ref(q.speaker), "sentence": q.sentence,
                      "confidence": q.confidence} for q in article.quotes]
    out["claims"] = [{"id": c.id, "content": _span(c.content), "cue": _span(c.cue), "cue_lemma": c.cue_lemma,
                      "source": _ref(c.source), "via": [_ref(v) for v in c.via], "modality": c.modality,
                      "quote": c.quote, "sentence": c.sentence, "confidence": c.confidence}
                     for c in article.claims]
    out["flags"] = [{"kind": f.kind, "span": _span(f.span), "message": f.message} for f in article.flags]
    out["layers"] = dict(article.layers)
    return out


def _get(d: Mapping[str, Any], key: str, where: str) -> Any:
    try:
        return d[key]
    except (KeyError, TypeError):
        raise FormatError(f"E020 {where} has no {key!r}: not an arnews article dict (see docs/json-format.md)") \
            from None


def _load_span(d: Any) -> Span | None:
    return None if d is None else Span(d["start"], d["end"], d.get("text") or "")


def _load_ref(d: Any) -> EntityRef | None:
    return None if d is None else EntityRef(d.get("entity"), d.get("start"), d.get("end"), d.get("text"))


def _load_token(row: list[Any]) -> Token:
    extra = row[7] if len(row) > 7 else {}
    return Token(row[0], row[1], row[2], row[3], row[4], row[6], row[5], extra.get("lemma"), extra.get("pos"),
                 extra.get("head"), extra.get("deprel"))


def article_from_dict(data: Mapping[str, Any]) -> Any:
    """Rebuild an Article from :func:`article_to_dict` output."""
    from .article import Article
    from .text.segment import segment

    if not isinstance(data, Mapping):
        raise TypeError(f"Article.from_dict() needs a mapping, got {type(data).__name__}")
    text = _get(data, "text", "the article")
    if not isinstance(text, str):
        raise FormatError("E021 the article's 'text' must be a string")
    try:
        if "tokens" in data:
            tokens = Tokens.from_tokens(_load_token(r) for r in data["tokens"])
        else:
            tokens = segment(text).tokens
        return Article(
            text,
            _load_span(data.get("title")),
            tuple(Paragraph(p["start"], p["end"], p["kind"], *p["sentences"]) for p in data.get("paragraphs", ())),
            tuple(Sentence(s["start"], s["end"], *s["tokens"], s["paragraph"]) for s in data.get("sentences", ())),
            tokens,
            tuple(Embed(e["start"], e["end"], _load_span(e.get("author")), _load_span(e.get("handle")),
                        _load_span(e.get("post"))) for e in data.get("embeds", ())),
            tuple(Entity(e["id"], e["name"], e["type"],
                         tuple(Mention(m["start"], m["end"], m["text"], m.get("kind", "name"),
                                       m.get("entity", e["id"])) for m in e.get("mentions", ())),
                         tuple(e.get("roles", ())), e.get("nationality")) for e in data.get("entities", ())),
            tuple(Quote(q["id"], q["kind"], _load_span(q["content"]), _load_span(q.get("cue")), q.get("cue_lemma"),
                        _load_ref(q.get("speaker")), q.get("sentence", 0), q.get("confidence", 1.0))
                  for q in data.get("quotes", ())),
            tuple(Claim(c["id"], _load_span(c["content"]), _load_span(c.get("cue")), c.get("cue_lemma"),
                        _load_ref(c.get("source")), tuple(_load_ref(v) for v in c.get("via", ())),
                        c.get("modality", "asserted"), c.get("quote"), c.get("sentence", 0),
                        c.get("confidence", 1.0)) for c in data.get("claims", ())),
            tuple(Flag(f["kind"], _load_span(f["span"]), f["message"]) for f in data.get("flags", ())),
            layers=data.get("layers") or {},
            meta=data.get("meta") or {},
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        if isinstance(exc, FormatError):
            raise
        raise FormatError(f"E022 malformed arnews article dict: {exc!r} (see docs/json-format.md)") from exc


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON text with Arabic kept readable; lone surrogates (broken Unicode) escaped, never dropped."""
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    if _SURROGATE.search(out):
        out = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
    return out
