from arnews import Article, Pipeline
from arnews.extractors.quality import QualityChecker


def flags(text):
    return [(f.kind, f.span.text) for f in QualityChecker()(Article.from_text(text)).flags]


def test_homoglyph_in_a_latin_word_is_flagged():
    assert flags("أطلقت روسيا الصاروخ “Sоюз2” أمس.") == [("mixed-script", "Sоюз2")]


def test_plain_words_of_each_script_are_not_flagged():
    assert flags("قالت رويترز Reuters إن شركة Газпром وافقت.") == []


def test_lost_and_broken_characters_are_flagged():
    got = flags("نص \ufffd\ufffd مكسور \ud83d و\x07 جرس")
    assert got == [("replacement-character", "\ufffd\ufffd"), ("broken-unicode", "\ud83d"),
                   ("control-character", "\x07")]


def test_quality_runs_in_the_default_pipeline():
    a = Pipeline.default()("عنوان\nاستخدم “Sоюз2”: فيديو.")
    assert [f.kind for f in a.flags] == ["mixed-script"]


def test_arabic_and_latin_run_together_is_a_lost_space_but_wa_plus_acronym_is_not():
    assert flags("حمل التطبيق من الإنترنتDownload مجانا") == [("joined-words", "الإنترنتDownload")]
    assert flags("وقعت وEXIM الاتفاق") == []
