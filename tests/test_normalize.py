from hypothesis import given, settings
from hypothesis import strategies as st

from arnews.text import normalize, normalize_word

ARABICISH = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأؤإئىةًٌٍَُِّْـ٠١٢٣ \n.،؟!«»“”\"'ﻻﷲ\u200f\u200b\ufeffabc123")),
    max_size=80,
)


def test_folds_letters_digits_and_quotes():
    v = normalize("قالَ الرئيسُ إنّ «الاتفاق» وُقّع في ٢٠١٩ “أخيراً”")
    assert v.text == 'قال الرييس ان «الاتفاق» وقع في 2019 "اخيرا"'


def test_ta_marbuta_is_optional():
    assert normalize("المدينة").text == "المدينه"
    assert normalize("المدينة", ta_marbuta=False).text == "المدينة"


def test_span_maps_back_with_trailing_diacritics():
    original = "وصلَ الوفدُ استناداً إلى الاتفاق"
    v = normalize(original)
    i = v.text.index("استنادا")
    s, e = v.span_to_original(i, i + len("استنادا"))
    assert original[s:e] == "استناداً"


def test_tatweel_and_invisible_marks_are_skipped():
    original = "الـمـديـنـة\u200f المنورة"
    v = normalize(original)
    assert v.text == "المدينه المنوره"
    s, e = v.span_to_original(0, len("المدينه"))
    assert original[s:e] == "الـمـديـنـة"


def test_ligatures_expand_and_map_to_their_character():
    original = "ﻻ إله إلا ﷲ"
    v = normalize(original)
    assert v.text == "لا اله الا الله"
    i = v.text.index("الله")
    assert v.span_to_original(i, i + 4) == (original.index("ﷲ"), len(original))
    assert v.span_to_original(i + 1, i + 2) == (original.index("ﷲ"), len(original))


def test_normalize_word():
    assert normalize_word("أسوشيتد برس") == "اسوشيتد برس"
    assert normalize_word("مُسْتَشْفَى") == "مستشفي"


def test_rejects_non_str():
    import pytest

    with pytest.raises(TypeError):
        normalize(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(ARABICISH)
def test_every_view_span_maps_inside_the_original_in_order(text):
    v = normalize(text)
    n = len(v.text)
    prev = 0
    for i in range(n + 1):
        o = v.to_original(i)
        assert 0 <= o <= len(text)
        assert o >= prev  # monotone
        prev = o
    for i in range(n):
        for j in range(i, min(n, i + 6) + 1):
            s, e = v.span_to_original(i, j)
            assert 0 <= s <= e <= len(text)
            if j > i:
                # the original stretch normalises back to the view stretch
                assert v.text[i:j] in normalize_word(text[s:e])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_normalises_without_error(text):
    v = normalize(text)
    assert v.span_to_original(0, len(v.text))[1] <= len(text)
    assert len(v.hamza_text) == len(v.text)
