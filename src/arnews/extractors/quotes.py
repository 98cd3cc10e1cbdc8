"""Quote extractor: reported speech with its cue and speaker.

Direct quotes in any quote marks (“ ” « » " ' „, nested, unbalanced, over sentences and paragraphs), colon
quotes without marks, headline quotes ("ظريف للشورى الإيراني: قدمنا تنازلات"), indirect quotes (speech verb +
subject + إن/أن/بأن + clause, participles مضيفا/مشيرا إلى أن, masdars قوله/قولهم إن) and mixed quotes. The
constructions are recognised in :mod:`arnews.extractors.speech`; see docs/quotes-and-claims.md.

>>> import arnews
>>> a = arnews.analyze("عنوان\\nوقال الوزير إن الوضع مستقر.")
>>> [(q.kind, q.content.text, q.cue.text) for q in a.quotes]
[('indirect', 'الوضع مستقر', 'قال')]
"""

from __future__ import annotations

import attrs

from ..model import Quote, Span
from ..registry import register
from .base import Extractor
from .speech import analyze_speech

__all__ = ["QuoteExtractor"]


@register("quotes")
class QuoteExtractor(Extractor):
    """Finds reported speech: ``Quote`` objects with kind, content, cue, speaker, sentence and confidence."""

    requires = ("entities",)
    provides = ("quotes",)

    def __call__(self, article):
        found = analyze_speech(article)
        order = sorted(range(len(found.quotes)), key=lambda i: found.quotes[i].content[0])
        text = article.text
        quotes = []
        for n, i in enumerate(order, 1):
            q = found.quotes[i]
            s, e = q.content
            cue = Span(q.cue[0], q.cue[1], text[q.cue[0]:q.cue[1]]) if q.cue else None
            sent = article.sentence_at(q.cue[0] if q.cue else s)
            quotes.append(Quote(f"q{n}", q.kind, Span(s, e, text[s:e]), cue, q.cue_lemma, q.speaker,
                                sent if sent is not None else 0, q.confidence))
        return attrs.evolve(article, quotes=tuple(quotes))
