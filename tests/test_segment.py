from arnews import Article


def sentences(text, **kw):
    a = Article.from_text(text, **kw)
    return [a.slice(s) for s in a.sentences]


def test_splits_on_arabic_and_latin_terminals():
    assert sentences("وصل الوفد. هل انتهى الاجتماع؟ نعم! ثم غادروا…") == [
        "وصل الوفد.", "هل انتهى الاجتماع؟", "نعم!", "ثم غادروا…"]


def test_never_splits_inside_a_quotation():
    text = "قال الوزير: «لن نتراجع. أبدا». وغادر القاعة."
    assert sentences(text) == ["قال الوزير: «لن نتراجع. أبدا».", "وغادر القاعة."]
    text = "وأضاف: “نحن سعداء.. هذه قاعدتنا”. ثم صمت."
    assert sentences(text) == ["وأضاف: “نحن سعداء.. هذه قاعدتنا”.", "ثم صمت."]


def test_unbalanced_quote_does_not_swallow_the_paragraph():
    assert sentences("قال «لن نتراجع. ثم غادر. وانتهى الأمر.") == ["قال «لن نتراجع.", "ثم غادر.", "وانتهى الأمر."]


def test_numbers_urls_emails_and_handles_are_not_ends():
    text = "ارتفع المؤشر 3.5 بالمئة إلى 50ر11 نقطة. راجع www.spa.gov.sa أو info@spa.gov.sa الآن. وكتب @spa_news شيئا."
    assert sentences(text) == ["ارتفع المؤشر 3.5 بالمئة إلى 50ر11 نقطة.", "راجع www.spa.gov.sa أو info@spa.gov.sa الآن.",
                               "وكتب @spa_news شيئا."]


def test_one_letter_abbreviation_is_not_an_end():
    assert sentences("قال د. محمد العلي إن النتائج جيدة.") == ["قال د. محمد العلي إن النتائج جيدة."]


def test_an_abbreviation_with_inner_dots_is_not_an_end_but_a_missing_space_is():
    assert sentences("وذكرت هيئة الإذاعة (بي.بي.سي) أن المفاوضات مستمرة.") == [
        "وذكرت هيئة الإذاعة (بي.بي.سي) أن المفاوضات مستمرة."]
    assert sentences("وصلت المساعدات.وقال المسؤول إنها كافية.") == ["وصلت المساعدات.", "وقال المسؤول إنها كافية."]


def test_line_breaks_end_sentences_and_make_paragraphs():
    a = Article.from_text("العنوان هنا\nالفقرة الأولى بلا نقطة في آخرها رغم أنها طويلة بما يكفي لتعد فقرة كاملة\n"
                          "الفقرة الثانية.")
    assert [p.kind for p in a.paragraphs] == ["title", "body", "body"]
    assert len(a.sentences) == 3


def test_headings_between_paragraphs():
    text = ("قمة في الرياض\n\nافتتح الملك القمة صباح اليوم بكلمة قصيرة.\n\nملفات على الطاولة\n\n"
            "وناقش القادة ملفات الطاقة والتجارة.")
    a = Article.from_text(text)
    assert [a.slice(p) for p in a.headings] == ["ملفات على الطاولة"]
    assert a.paragraphs[0].kind == "title"


def test_verse_lines_and_separators_are_not_headings():
    text = ("أمسية شعرية\nألقى الشاعر قصيدته في الأمسية التي حضرها جمهور كبير من محبي الشعر.\n"
            "يا دار عبلة بالجواء تكلمي\nوعمي صباحا دار عبلة واسلمي\n***\nوفي الختام شكر المنظمون الحضور على تفاعلهم.")
    a = Article.from_text(text)
    assert a.headings == ()


def test_title_only_when_it_looks_like_a_headline():
    assert Article.from_text("جملة واحدة تنتهي بنقطة.\nوأخرى بعدها.").title is None
    assert Article.from_text("عنوان بلا نقطة\nنص.").title.text == "عنوان بلا نقطة"
    assert Article.from_text("نص بلا عنوان").title is None  # a single line is no headline


def test_given_title_is_prepended_when_missing():
    a = Article.from_text("قال الوزير إن الوضع مستقر.", title="الوزير: الوضع مستقر")
    assert a.title.text == "الوزير: الوضع مستقر"
    assert a.text.startswith("الوزير: الوضع مستقر\n")
    assert a.paragraphs[0].kind == "title"


def test_byline():
    a = Article.from_text("عنوان الخبر\nسعد الغامدي – الرياض\nقال المتحدث إن الاجتماع انتهى.\nوأضاف أن النتائج جيدة.")
    assert a.paragraphs[1].kind == "byline"


def test_embedded_post_attribution():
    text = "عنوان\nقالت الوكالة إن الإطلاق تم.\nنص التغريدة هنا فيديو\n— وكالة الأنباء (@news_agency) 3 مارس 2020\nوتابع التقرير."
    a = Article.from_text(text)
    (e,) = a.embeds
    assert e.author.text == "وكالة الأنباء"
    assert e.handle.text == "@news_agency"
    assert e.post.text == "نص التغريدة هنا فيديو"
    assert a.paragraphs[3].kind == "embed"


# ---- properties: any text in, every structure in bounds, ordered and consistent -------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from arnews.validate import span_problems  # noqa: E402

NEWSY = st.text(alphabet=st.sampled_from(list("قال الوزير إن«»“”\"':؟!.…،\n\n  -–()@_abc123٣ًـ\u200f")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=200)))
def test_segmentation_invariants(text):
    a = Article.from_text(text)
    assert span_problems(a) == []
    # sentences cover every token exactly once, in order, inside their paragraph
    covered = [i for s in a.sentences for i in range(s.token_start, s.token_end)]
    assert covered == list(range(len(a.tokens)))
    in_paragraphs = {i for p in a.paragraphs for s in a.sentences[p.sentence_start:p.sentence_end]
                     for i in range(s.token_start, s.token_end)}
    assert set(covered) == in_paragraphs
    for p in a.paragraphs:
        assert "\n" not in a.slice(p) and a.slice(p) == a.slice(p).strip()


def test_a_wire_dateline_is_a_sentence_of_its_own():
    a = Article.from_text("عنوان\nالقاهرة (رويترز) - قال وزير الخارجية إن المحادثات مستمرة. وأضاف أنها مثمرة.")
    assert [a.slice(s) for s in a.sentences] == ["عنوان", "القاهرة (رويترز) -", "قال وزير الخارجية إن المحادثات مستمرة.",
                                                 "وأضاف أنها مثمرة."]
    # a parenthesis later in a sentence is not a dateline
    b = Article.from_text("عنوان\nقال الوزير (في مؤتمر صحفي) - كما نقلت الوكالة - إن المحادثات مستمرة.")
    assert len(b.sentences) == 2


def test_a_comma_after_a_question_or_exclamation_mark_continues_the_sentence():
    first = "نظم حلقة بعنوان (ماذا يريد الشباب؟)، وهي تمثل انطلاقة البرنامج."
    a = Article.from_text(f"عنوان\n{first} وقال محمد إن الوضع جيد.")
    assert [a.slice(s) for s in a.sentences] == ["عنوان", first, "وقال محمد إن الوضع جيد."]
    b = Article.from_text("عنوان\nسأل الطالب: لماذا؟ وأجاب المعلم بهدوء.")
    assert len(b.sentences) == 3


def test_a_share_bar_scraped_with_the_article_is_a_sentence_of_its_own():
    a = Article.from_text("عنوان\nشارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك سجلت وزارة الصحة أمس أربع إصابات.")
    assert [a.slice(s) for s in a.sentences][1:] == ["شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك",
                                                     "سجلت وزارة الصحة أمس أربع إصابات."]
    # a sentence that only speaks of the networks is no share bar
    b = Article.from_text("عنوان\nشارك الوزير في منتدى تويتر أمس.")
    assert len(b.sentences) == 2
