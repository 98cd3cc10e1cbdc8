"""Quality flags: what a careful reader should know about the text itself.

- ``mixed-script``: a word that mixes Latin with Cyrillic or Greek look-alikes ("Sоюз2" with a Cyrillic о):
  a homoglyph, a copy-paste accident or spoofing;
- ``joined-words``: Arabic and Latin words run together ("الإنترنتDownload"), a lost space;
- ``replacement-character``: U+FFFD, where a converter already lost characters;
- ``broken-unicode``: a lone surrogate (undecodable bytes kept by the reader);
- ``control-character``: an invisible control character inside the text.

>>> from arnews import Article
>>> a = QualityChecker()(Article.from_text("استخدم “Sоюз2” للإطلاق."))
>>> [(f.kind, f.span.text) for f in a.flags]
[('mixed-script', 'Sоюз2')]
"""

from __future__ import annotations

import attrs
import regex

from ..article import Article
from ..model import Flag
from ..registry import register
from .base import Extractor

__all__ = ["QualityChecker"]

_SCRIPTS = {"Latin": regex.compile(r"\p{Latin}"), "Cyrillic": regex.compile(r"\p{Cyrillic}"),
            "Greek": regex.compile(r"\p{Greek}"), "Arabic": regex.compile(r"\p{Arabic}")}
# words are found around each run of Latin letters (rare in Arabic text, so the scan stays cheap)
_LATIN_RUN = regex.compile(r"\p{Latin}+")
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}\d]*$")
_WORD_AFTER = regex.compile(r"[\p{L}\p{M}\d]*")
# an Arabic word of 3+ letters against a Latin one of 2+ (و/ال + an acronym is ordinary Arabic)
_JOINED = regex.compile(r"\p{Arabic}{3,}\p{Latin}{2,}|\p{Latin}{2,}\p{Arabic}{3,}")
_ODD = regex.compile(r"(?P<replacement>\ufffd+)|(?P<surrogate>[\ud800-\udfff]+)|(?P<control>[\x00-\x08\x0e-\x1f\x7f])")
_MESSAGES = {
    "replacement": ("replacement-character", "U+FFFD: characters were lost before this text reached arnews"),
    "surrogate": ("broken-unicode", "undecodable bytes, kept as lone surrogates"),
    "control": ("control-character", "an invisible control character"),
}


@register("quality")
class QualityChecker(Extractor):
    """Flags mixed-script words, lost or undecodable characters and control characters."""

    name = "quality"
    requires = ("text",)
    provides = ("flags",)

    def __call__(self, article: Article) -> Article:
        text = article.text
        flags = list(article.flags)
        last_end = -1
        for m in _LATIN_RUN.finditer(text):
            if m.start() < last_end:
                continue
            start = _WORD_BEFORE.search(text, max(0, m.start() - 64), m.start()).start()
            end = _WORD_AFTER.match(text, m.end()).end()
            last_end = end
            word = text[start:end]
            scripts = [name for name, rx in _SCRIPTS.items() if rx.search(word)]
            if "Cyrillic" in scripts or "Greek" in scripts:
                if len(scripts) > 1:
                    flags.append(Flag("mixed-script", article.span(start, end),
                                      f"one word mixes {' and '.join(scripts)} letters (a look-alike character?)"))
            elif "Arabic" in scripts and _JOINED.search(word):
                flags.append(Flag("joined-words", article.span(start, end),
                                  "Arabic and Latin words run together (a missing space?)"))
        for m in _ODD.finditer(text):
            kind, message = _MESSAGES[m.lastgroup or "control"]
            flags.append(Flag(kind, article.span(*m.span()), message))
        if len(flags) == len(article.flags):
            return article
        flags.sort(key=lambda f: (f.span.start, f.span.end, f.kind))
        return attrs.evolve(article, flags=tuple(flags))
