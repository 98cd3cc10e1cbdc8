"""End to end on the seed article: structure, headings and the embedded TASS attribution."""

from arnews import Article, analyze
from arnews.validate import span_problems


def test_seed_structure(seed_text):
    a = Article.from_text(seed_text)
    assert a.title.text == "بوتين وكيم في قاعدة فضائية.. والسلاح مقابل الطاقة والغذاء"
    assert [a.slice(p) for p in a.headings] == ["جميع الملفات على الطاولة", "الأسلحة مقابل الغذاء والطاقة"]
    kinds = [p.kind for p in a.paragraphs]
    assert kinds.count("body") == 16 and kinds.count("embed") == 1 and kinds[0] == "title"
    sents = [a.slice(s) for s in a.sentences]
    # the quotation with ".." inside stays one sentence, and so does the title
    assert "وقال الرئيس الروسي وهو يصافح كيم لنحو 40 ثانية: “أنا سعيد برؤيتك.. هذه قاعدتنا الفضائية الجديدة”." in sents
    assert sents[0] == a.title.text
    assert "وفي رحلته الأخيرة، التقى بوتين في فلاديفوستوك عام 2019." in sents
    assert len(sents) == 26


def test_seed_embedded_tass_post(seed_text):
    a = Article.from_text(seed_text)
    (e,) = a.embeds
    assert e.author.text == "تاس"
    assert e.handle.text == "@ tass_agency"
    assert e.post.text.startswith("حان الوقت لمعرفة ما يحدث في المدينة.")
    assert a.slice(e) == "– تاس (@ tass_agency)"


def test_seed_spans_and_round_trip(seed_text):
    a = analyze(seed_text)
    assert span_problems(a) == []
    assert Article.from_dict(a.to_dict()) == a
