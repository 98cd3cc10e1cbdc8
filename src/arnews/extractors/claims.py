"""Claim extractor: propositions the article attributes to a source, with the outlets relaying them and the
source's modality (asserted, hedged, belief, denied).

Every indirect quote is a claim; so are clauses introduced by attribution phrases (بحسب، وفقا لـ، نقلا عن، على
حد تعبيره …, before or after the clause), relayed speech ("نقلت X عن Y قوله إن": source Y via X), beliefs and
doubts (تخشى، يعتقد، شكك في), denials, and stance verbs with a prepositional or noun object (أكد على أهمية،
حذر من). "المصدر نفسه" resolves to the source named before. The article's own voice (يذكر أن، يشار إلى أن),
prayers and directives are not claims.

>>> import arnews
>>> a = arnews.analyze("عنوان\\nوتراجعت الأسعار بنسبة كبيرة، بحسب رويترز.")
>>> [(c.content.text, c.source.text, c.modality) for c in a.claims]
[('تراجعت الأسعار بنسبة كبيرة', 'رويترز', 'asserted')]
"""

from __future__ import annotations

import attrs

from ..model import Claim, Span
from ..registry import register
from .base import Extractor
from .speech import analyze_speech

__all__ = ["ClaimExtractor"]


@register("claims")
class ClaimExtractor(Extractor):
    """Finds attributed propositions: ``Claim`` objects with content, cue, source, via, modality and quote."""

    requires = ("quotes",)
    provides = ("claims",)

    def __call__(self, article):
        found = analyze_speech(article)
        text = article.text
        by_span = {(q.content.start, q.content.end): q.id for q in article.quotes}
        claims = []
        order = sorted(range(len(found.claims)), key=lambda i: found.claims[i].content[0])
        for n, i in enumerate(order, 1):
            c = found.claims[i]
            s, e = c.content
            qid = None
            if c.quote_index is not None and c.quote_index < len(found.quotes):
                qid = by_span.get(found.quotes[c.quote_index].content)
            cue = Span(c.cue[0], c.cue[1], text[c.cue[0]:c.cue[1]]) if c.cue else None
            sent = article.sentence_at(c.cue[0] if c.cue else s)
            claims.append(Claim(f"c{n}", Span(s, e, text[s:e]), cue, c.cue_lemma, c.source, c.via, c.modality,
                                qid, sent if sent is not None else 0, c.confidence))
        return attrs.evolve(article, claims=tuple(claims))
