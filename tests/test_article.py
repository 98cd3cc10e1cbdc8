import pickle

import attrs
import pytest

from arnews import Article, ArnewsError, Entity, FormatError, Mention, Span, analyze
from arnews.validate import span_problems

TEXT = "قمة في الرياض\nقال الوزير إن «الاتفاق» وُقّع في ٢٠١٩. وأضاف أن النتائج جيدة."


def test_from_text_rejects_non_str_clearly():
    for bad in (None, b"\xd9\x82", 42, ["نص"]):
        with pytest.raises(TypeError, match="str"):
            Article.from_text(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        analyze(3.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   \n\t ", "\x00\x01\x02", "\ud800\udfff", "abc\u202e\u202dمرحبا\ufeff",
                                  "ﷲ" * 50, "Привет Sоюз2 مرحبا 你好 🙂.", "\n\n\n.\n؟\n", "«««" * 20,
                                  "وقال المتحدث باسم"])  # (a text that ends on "باسم" after a role)
def test_odd_text_gives_a_valid_article(text):
    a = analyze(text)
    assert a.text == text
    assert span_problems(a) == []
    assert Article.from_dict(a.to_dict()) == a


def test_huge_text_gives_a_valid_article():
    paragraph = "قال المتحدث باسم الوزارة إن الاجتماع انتهى، وأكد أن النتائج «جيدة جدا». " * 20 + "\n"
    text = paragraph * (10_000_000 // len(paragraph))  # 10 MB
    a = Article.from_text(text)
    assert len(a.sentences) == 20 * (10_000_000 // len(paragraph))
    assert a.tokens.ends[-1] == len(text.rstrip())
    assert span_problems(Article.from_text(paragraph * 3)) == []


def test_a_megabyte_through_the_default_pipeline():
    paragraph = "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الاجتماع انتهى. " * 10 + "\n"
    a = analyze("عنوان\n" + paragraph * (1_000_000 // len(paragraph)))
    assert span_problems(a) == []


def test_objects_compare_by_value_and_are_frozen():
    a, b = Article.from_text(TEXT), Article.from_text(TEXT)
    assert a == b
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.text = "x"  # type: ignore[misc]
    assert Span(0, 3, "قمة") == Span(0, 3, "قمة")
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(TypeError):
        Span(-1, 2)
    with pytest.raises(ValueError):
        Mention(0, 3, "قمة", kind="nickname")


def test_repr_shows_arabic_not_escapes():
    a = Article.from_text(TEXT)
    assert "قمة في الرياض" in repr(a)
    e = Entity("e1", "الرياض", "LOC", [Mention(7, 13, "الرياض", "name", "e1")])
    assert "الرياض" in repr(e) and "\\u" not in repr(e)


def test_round_trip_and_json_and_pickle():
    a = Article.from_text(TEXT, meta={"id": "x1"}).with_layer("sentiment", {"score": 0.5})
    d = a.to_dict()
    assert d["title"] == {"start": 0, "end": 13, "text": "قمة في الرياض"}
    assert Article.from_dict(d) == a
    assert pickle.loads(pickle.dumps(a)) == a
    assert "قمة في الرياض" in a.to_json()
    without = a.to_dict(tokens=False)
    assert "tokens" not in without and Article.from_dict(without) == a


def test_json_escapes_lone_surrogates_instead_of_failing():
    a = Article.from_text("نص \ud83d مكسور")
    out = a.to_json()
    out.encode("utf-8")  # no lone surrogate left to break the encoder
    assert "\\ud83d" in out


def test_from_dict_rejects_garbage_with_a_clear_error():
    with pytest.raises(FormatError):
        Article.from_dict({"title": None})
    with pytest.raises(FormatError):
        Article.from_dict({"text": "نص", "sentences": [{"start": 0}]})
    with pytest.raises(TypeError):
        Article.from_dict("نص")  # type: ignore[arg-type]
    assert issubclass(FormatError, ArnewsError)


def test_layers_are_read_only():
    a = Article.from_text(TEXT).with_layer("k", 1)
    with pytest.raises(TypeError):
        a.layers["k"] = 2  # type: ignore[index]
    assert a.layers == {"k": 1}


def test_sentence_lookup_helpers():
    a = Article.from_text(TEXT)
    i = a.sentence_at(a.text.index("وأضاف"))
    assert a.slice(a.sentences[i]) == "وأضاف أن النتائج جيدة."
    assert [a.text[t.start:t.end] for t in a.sentence_tokens(i)][:2] == ["وأضاف", "أن"]
    assert a.span(0, 3) == Span(0, 3, "قمة")


def test_span_problems_reports_broken_invariants():
    a = Article.from_text("قمة في الرياض\nقال الوزير إن الوضع مستقر.")
    bad = attrs.evolve(a, sentences=(a.sentences[1], a.sentences[0]),
                       entities=(Entity("e1", "الرياض", "LOC", [Mention(0, 3, "الرياض", "name", "e1")]),))
    problems = span_problems(bad)
    assert any("overlaps the previous sentence" in p for p in problems)
    assert any("spells 'قمة', not 'الرياض'" in p for p in problems)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

NEWS_ALPHABET = list("قال الرئيس إن«»“”\"':؛؟!.…،\n  -–()@_وبحسبنقلتعنمسؤولينغربيينقولهمأكدنفىيعتقدTASS19٣ًـ\u200f")


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(alphabet=st.sampled_from(NEWS_ALPHABET), max_size=300), st.text(max_size=120)))
def test_the_default_pipeline_never_breaks_an_invariant(text):
    a = analyze(text)
    assert span_problems(a) == []
    assert Article.from_dict(a.to_dict()) == a
