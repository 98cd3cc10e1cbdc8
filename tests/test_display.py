from html.parser import HTMLParser

import attrs

from arnews import Article, Claim, Entity, EntityRef, Mention, Quote
from arnews.display import article_html, isolate, summary

TEXT = "قمة\nقال الوزير خالد العمر إن «الاتفاق» وقع. وأضاف أن النتائج جيدة."


def annotated() -> Article:
    a = Article.from_text(TEXT)
    t = a.text
    m = Mention(t.index("الوزير"), t.index("الوزير") + len("الوزير خالد العمر"), "الوزير خالد العمر", "name", "e1")
    ent = Entity("e1", "خالد العمر", "PER", [m], roles=["الوزير"])
    c0 = t.index("«الاتفاق»")
    content = a.span(c0, t.index(" وقع.") + 4)
    cue = a.span(t.index("قال"), t.index("قال") + 3)
    q = Quote("q1", "indirect", content, cue, "قال", EntityRef("e1", m.start, m.end, m.text), 1, 0.9)
    c = Claim("c1", content, cue, "قال", EntityRef("e1", m.start, m.end, m.text), (), "asserted", "q1", 1, 0.9)
    return attrs.evolve(a, entities=(ent,), quotes=(q,), claims=(c,))


def test_summary_lists_entities_quotes_and_claims_rtl_safely():
    out = summary(annotated())
    assert f"PER  {isolate('خالد العمر')}" in out
    assert "q1 [indirect]" in out and "→ \u2068خالد العمر\u2069" in out
    assert "c1 [asserted]" in out
    assert all(line.count("\u2068") == line.count("\u2069") for line in out.splitlines())


def test_isolate_hides_control_characters():
    assert isolate("نص\x00\u202e") == "\u2068نص��\u2069"


def test_html_is_well_formed_and_right_to_left():
    html = article_html(annotated())
    assert html.startswith('<div dir="rtl" lang="ar"')

    class Depth(HTMLParser):
        depth = 0
        ok = True

        def handle_starttag(self, tag, attrs_):
            if tag != "br":
                self.depth += 1

        def handle_endtag(self, tag):
            self.depth -= 1
            self.ok = self.ok and self.depth >= 0

    p = Depth()
    p.feed(html)
    assert p.ok and p.depth == 0
    assert "title=\"PER خالد العمر\"" in html
    assert annotated()._repr_html_() == html
