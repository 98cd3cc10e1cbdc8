import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews import Token, Tokens
from arnews.text import analyze_word, tokenize


def words(text):
    return [text[t.start:t.end] for t in tokenize(text)]


def stems(text):
    return [text[t.prefix_end:t.suffix_start] for t in tokenize(text)]


def test_conjunction_and_preposition_split_where_the_rest_is_a_word():
    text = "وقال الوزير لروسيا بموسكو وبوتين"
    assert words(text) == ["وقال", "الوزير", "لروسيا", "بموسكو", "وبوتين"]
    assert stems(text) == ["قال", "وزير", "روسيا", "موسكو", "بوتين"]


def test_names_that_start_with_a_clitic_letter_stay_whole():
    for name in ["ليبيا", "بريطانيا", "فرنسا", "وزير", "كانت", "ألمانيا", "بلجيكا"]:
        assert analyze_word(name)[0] == 0, name


def test_article_with_elided_alef_after_lam():
    text = "توجه الوفد للأمم المتحدة"
    tok = tokenize(text)[2]
    assert text[tok.name_start:tok.end] == "لأمم"  # a name starts after the preposition ل
    assert tok.key == "امم" and tok.definite


def test_hamza_alef_is_never_the_article():
    tok = tokenize("ألمانيا")[0]
    assert tok.prefix_end == tok.start and not tok.definite


def test_enclitic_pronouns():
    text = "قال إنهما وصلا ونقل قوله"
    toks = tokenize(text)
    assert text[toks[1].prefix_end:toks[1].suffix_start] == "إن"
    assert text[toks[1].suffix_start:toks[1].end] == "هما"
    assert text[toks[4].suffix_start:toks[4].end] == "ه"


def test_token_kinds():
    text = "زار 3.5 مليون في 50ر11 ثانية، راجع http://x.org/a. أو a.b@x.com و@ tass_agency #وسم"
    kinds = {text[t.start:t.end]: t.kind for t in tokenize(text)}
    assert kinds["3.5"] == "number"
    assert kinds["50ر11"] == "number"
    assert kinds["http://x.org/a"] == "url"
    assert kinds["a.b@x.com"] == "email"
    assert kinds["@ tass_agency"] == "handle"
    assert kinds["#وسم"] == "hashtag"
    assert kinds["،"] == "punct"


def test_diacritics_stay_in_the_token_and_key_is_normalised():
    text = "الرئيسُ"
    tok = tokenize(text)[0]
    assert (tok.start, tok.end) == (0, len(text))
    assert tok.key == "رييس"


def test_tokens_are_columns_and_tuples():
    toks = tokenize("وقال الرئيس")
    assert isinstance(toks, Tokens) and isinstance(toks[0], Token)
    assert toks.keys == ("قال", "رييس")
    assert toks[1:][0] == toks[1]
    assert Tokens.from_tokens(list(toks)) == toks
    with pytest.raises(AttributeError):
        toks.keys = ()  # type: ignore[misc]


def test_annotations_are_kept_per_token():
    toks = tokenize("قال الوزير").annotate(lemma=["قال", "وزير"], pos=["VERB", "NOUN"], head=[None, 0])
    assert toks[1].lemma == "وزير" and toks[1].head == 0 and toks[0].pos == "VERB"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_token_spans_are_in_bounds_ordered_and_nested(text):
    prev_end = 0
    for t in tokenize(text):
        assert 0 <= t.start < t.end <= len(text)
        assert t.start <= t.name_start <= t.prefix_end <= t.suffix_start <= t.end
        assert t.start >= prev_end
        assert not text[t.start:t.end].isspace()
        prev_end = t.end


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("وفبكلالسيتنمهاأإآىةءً ـ\u200f.،")), max_size=60))
def test_clitic_offsets_stay_inside_arabic_words(text):
    for t in tokenize(text):
        assert t.start <= t.name_start <= t.prefix_end <= t.suffix_start <= t.end <= len(text)


def test_a_father_and_a_mother_keep_their_first_letter():
    # "والد" begins with و as a root letter: no conjunction and no article in "والداها"، "والدتها"
    for word in ("والداها", "والدتها", "والده"):
        assert analyze_word(word) == (0, 0, 0) or analyze_word(word)[0] == 0, word
    assert analyze_word("والدولة")[:2] == (3, 1)


def test_digits_run_into_a_word_are_a_number_of_their_own():
    # "636250موبايلي" (a text number glued to the carrier's name), "3.5مليار": the number, then the word; a year
    # with its one-letter "م" stays whole
    text = "636250موبايلي 3.5مليار 2015م"
    assert [(text[t.start:t.end], t.kind) for t in tokenize(text)] == [
        ("636250", "number"), ("موبايلي", "word"), ("3.5", "number"), ("مليار", "word"), ("2015م", "number")]


def test_a_direction_mark_after_a_numbers_point_stays_in_the_number():
    # "5.\u200f2 مليون": a right-to-left mark after the decimal point (as some sites write numbers) is no gap, and
    # the point ends no sentence
    from arnews import Article
    text = "وقالت الإدارة إن المخزونات زادت 5.\u200f2 مليون برميل في الأسبوع الماضي. وانتهى."
    assert "5.\u200f2" in [text[t.start:t.end] for t in tokenize(text)]
    assert len(Article.from_text(text).sentences) == 2
