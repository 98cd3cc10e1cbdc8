"""Quote extraction: the seed checks of issue 4, and one sentence per construction with one it must not catch.

The Arabic sentences here are written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import attrs
import pytest

import arnews

from .conftest import party_names
from .test_claims import claim_with, no_claim_with
from arnews.extractors.quotes import QuoteExtractor
from arnews.extractors.speech import quote_pairs
from arnews.extractors.speech_lexicon import inflect, speech_lexicon
from arnews.text import tokenize


def analyze(text: str) -> arnews.Article:
    return arnews.analyze(text)


names = party_names


def speaker_text(sentence: str, fragment: str) -> str | None:
    """The words naming the speaker of the quote containing ``fragment`` in a sentence after a headline."""
    speaker = quote_with(analyze("عنوان\n" + sentence), fragment).speaker
    return speaker.text if speaker is not None else None


def entity_named(article: arnews.Article, name: str):
    """The entity of ``article`` whose canonical name is ``name``."""
    return next(e for e in article.entities if e.name == name)


def quote_with(article: arnews.Article, fragment: str):
    hits = [q for q in article.quotes if fragment in q.content.text]
    assert hits, f"no quote containing {fragment!r}; quotes: {[q.content.text for q in article.quotes]}"
    return hits[0]


def no_quote_with(article: arnews.Article, fragment: str) -> None:
    assert not [q for q in article.quotes if fragment in q.content.text], [q.content.text for q in article.quotes]


# ---------------------------------------------------------------------------------------------- the seed

def test_seed_putin_direct_quote(seed):
    q = quote_with(seed, "أنا سعيد برؤيتك")
    assert q.kind == "direct"
    assert q.content.text == "أنا سعيد برؤيتك.. هذه قاعدتنا الفضائية الجديدة"
    assert q.cue.text == "قال"
    assert names(seed, q.speaker) & {"الرئيس الروسي", "بوتين", "فلاديمير بوتين"}
    assert seed.text[q.content.start:q.content.end] == q.content.text


def test_seed_peskov_direct_quote(seed):
    q = quote_with(seed, "ما يهم بالنسبة لنا هو مصالح بلدينا")
    assert q.kind == "direct"
    assert names(seed, q.speaker) & {"ديمتري بيسكوف", "بيسكوف", "المتحدث باسم الكرملين"}
    assert not q.content.text.startswith(("“", '"'))


def test_seed_indirect_quote_after_when_asked_is_putins(seed):
    q = quote_with(seed, "سيناقشان جميع القضايا")
    assert q.kind == "indirect"
    assert q.content.text == "سيناقشان جميع القضايا"  # R2: content starts after "إنهما"
    assert names(seed, q.speaker) & {"الرئيس الروسي", "بوتين", "فلاديمير بوتين"}
    assert q.speaker.text is None or "كيم" not in q.speaker.text


def test_seed_relayed_masdar_quote(seed):
    q = quote_with(seed, "روسيا ستساعد كوريا الشمالية")
    assert q.kind == "indirect" and q.cue.text == "قوله"
    assert names(seed, q.speaker) & {"الرئيس الروسي", "بوتين"}
    q = quote_with(seed, "اللقاء بين كيم وبوتين سيؤكد")
    assert q.speaker.text == "مسؤولين غربيين" and q.speaker.entity is None


def test_seed_no_quote_from_own_voice_or_titles(seed):
    no_quote_with(seed, "Angara")  # a name in marks inside an embedded post
    no_quote_with(seed, "تستطيع كوريا الشمالية")  # "واستناداً إلى الدعم": not speech


# ---------------------------------------------------------------------------------------------- lexicon

def test_speech_verb_inflections_are_generated():
    forms = inflect("أضاف", "ضيف", "مضيف", "إضافة")
    for f in ("أضافت", "أضافوا", "يضيف", "تضيف", "يضيفون", "مضيفا", "مضيفة", "مضيفين", "إضافته"):
        assert f in forms, f
    lex = speech_lexicon()
    assert lex.forms["قولهم"].ftype == "masdar"
    assert lex.forms["مشيرا"].cls == "say"
    assert lex.forms["تخشي"].cls == "belief"  # normalised ى → ي
    assert "مدينه" not in lex.forms  # "مدينة" (a city) is not a participle of أدان


# ---------------------------------------------------------------------------------------------- marks

@pytest.mark.parametrize("text, inner", [
    ("قال: “النمو مستمر هذا العام”.", "النمو مستمر هذا العام"),
    ("قال: «النمو مستمر هذا العام».", "النمو مستمر هذا العام"),
    ('قال: "النمو مستمر هذا العام".', "النمو مستمر هذا العام"),
    ("قال: „النمو مستمر هذا العام“.", "النمو مستمر هذا العام"),
    ("قال: ”النمو مستمر هذا العام”.", "النمو مستمر هذا العام"),  # the same mark on both sides
])
def test_quote_marks_of_every_style(text, inner):
    a = analyze("عنوان\n" + text.replace("قال:", "وقال الوزير:"))
    q = quote_with(a, inner)
    assert q.kind == "direct" and q.content.text == inner


def test_nested_and_unbalanced_marks():
    text = 'عنوان\nوقال المدير: "أطلقنا برنامج "رعاية" في كل المدن وسنواصل العمل".'
    pairs, _ = quote_pairs(text, text.index("\n") + 1, len(text))
    assert len(pairs) == 1  # one top-level pair; the inner "رعاية" is nested
    a = analyze(text)
    assert quote_with(a, "أطلقنا برنامج").content.text.endswith("وسنواصل العمل")
    # an opening mark never closed runs to the end of its paragraph
    a = analyze("عنوان\nوقال المدير: «سنواصل العمل حتى نهاية العام دون توقف\nوغادر القاعة.")
    assert quote_with(a, "سنواصل العمل").content.text == "سنواصل العمل حتى نهاية العام دون توقف"


def test_multi_sentence_and_multi_paragraph_quotes():
    a = analyze("عنوان\nوقال المدرب: «لعبنا جيدا. سنعود أقوى في المباراة القادمة». ثم غادر.\n"
                "«لم نكن محظوظين في الشوط الأول ولكن اللاعبين قاتلوا حتى النهاية»")
    q = quote_with(a, "لعبنا جيدا")
    assert q.content.text == "لعبنا جيدا. سنعود أقوى في المباراة القادمة"
    q2 = quote_with(a, "لم نكن محظوظين")
    assert q2.kind == "direct" and names(a, q2.speaker) & {"المدرب"}


# ---------------------------------------------------------------------------------------------- constructions

def test_speech_verb_with_clause_vso():
    a = analyze("عنوان\nوقال وزير الصحة إن المستشفيات مستعدة لاستقبال المرضى.")
    q = quote_with(a, "المستشفيات مستعدة")
    assert (q.kind, q.content.text, q.cue.text) == ("indirect", "المستشفيات مستعدة لاستقبال المرضى", "قال")
    assert "وزير الصحة" in names(a, q.speaker)
    # not caught: a speech verb with no clause
    a = analyze("عنوان\nوقال الشاعر قصيدة جميلة في الحفل.")
    assert not a.quotes


def test_participle_continues_the_speaker_and_ends_the_previous_clause():
    a = analyze("عنوان\nوأكد المدير أن الشركة حققت أرباحا كبيرة، مضيفا أن العام المقبل سيكون أفضل.")
    first = quote_with(a, "الشركة حققت")
    assert first.content.text == "الشركة حققت أرباحا كبيرة"
    second = quote_with(a, "العام المقبل")
    assert second.cue.text == "مضيفا" and names(a, second.speaker) & {"المدير"}
    # not caught: "مضيفة" as a noun
    a = analyze("عنوان\nرحبت مضيفة الطيران بالركاب عند الباب.")
    assert not a.quotes


def test_masdar_quote_and_relay():
    a = analyze("عنوان\nونقلت صحيفة الأهرام عن مصدر حكومي قوله إن الأسعار ستنخفض الشهر المقبل.")
    q = quote_with(a, "الأسعار ستنخفض")
    assert q.cue.text == "قوله" and q.speaker.text == "مصدر حكومي"
    # not caught: "نقل" meaning transport
    a = analyze("عنوان\nوتم نقل المصابين إلى المستشفى القريب.")
    assert not a.quotes


def test_colon_quotes_without_marks():
    a = analyze("عنوان\nوقال الوزير: نحن مستعدون للحوار مع الجميع.")
    q = quote_with(a, "نحن مستعدون")
    assert q.kind == "direct" and q.content.text == "نحن مستعدون للحوار مع الجميع"  # R10: no final dot
    a = analyze("عنوان\nوقال الوزير: إن الحكومة مستعدة للحوار مع الجميع.")
    q = quote_with(a, "الحكومة مستعدة")
    assert q.kind == "indirect" and q.content.text == "الحكومة مستعدة للحوار مع الجميع"  # R4


def test_first_person_after_subject_without_colon():
    a = analyze("عنوان\nوأضاف المدير نحن لا نبحث عن الأرباح فقط بل عن خدمة المجتمع.")
    q = quote_with(a, "نحن لا نبحث")
    assert q.kind == "direct"


def test_headline_quote():
    a = analyze("وزير المالية للبرلمان: لن نرفع الضرائب هذا العام\nعقد البرلمان جلسته الأسبوعية.")
    q = quote_with(a, "لن نرفع الضرائب")
    assert q.kind == "direct" and q.cue.text == ":"
    assert names(a, q.speaker) & {"وزير المالية"}
    # not caught: a rubric before the colon
    a = analyze("عاجل: انفجار في الميناء الرئيسي للمدينة\nوقع انفجار صباح اليوم.")
    assert not a.quotes


def test_quote_before_its_attribution():
    a = analyze("عنوان\n«الاقتصاد يتعافى بسرعة أكبر من المتوقع»، قال وزير الاقتصاد.")
    q = quote_with(a, "الاقتصاد يتعافى")
    assert q.kind == "direct" and "وزير الاقتصاد" in names(a, q.speaker)


def test_subject_before_the_verb():
    a = analyze("عنوان\nوقال وزير الخارجية إن المفاوضات مستمرة. لكن وزير الدفاع عاد وقال إن الجيش مستعد لكل الاحتمالات.")
    q = quote_with(a, "الجيش مستعد")
    assert names(a, q.speaker) & {"وزير الدفاع"}
    assert "وزير الخارجية" not in names(a, q.speaker)


def test_implicit_subject_continues_previous_speaker():
    a = analyze("عنوان\nوقال رئيس البلدية إن الطرق ستفتح غدا.\nوأضاف أن أعمال الصيانة انتهت.")
    q = quote_with(a, "أعمال الصيانة")
    assert names(a, q.speaker) & {"رئيس البلدية"}
    assert q.speaker.start is None or q.speaker.text == "رئيس البلدية"


def test_when_asked_the_person_asked_answers():
    a = analyze("عنوان\nوقال رئيس الوزراء إن الحكومة مستقرة. وعندما سأله الصحفيون عن موعد الانتخابات، "
                "قال إنها ستجرى في موعدها.")
    q = quote_with(a, "ستجرى في موعدها")
    assert names(a, q.speaker) & {"رئيس الوزراء"}
    assert "الصحفيون" not in names(a, q.speaker)


def test_described_group_speaker():
    a = analyze("عنوان\nوقالت مصادر دبلوماسية غربية إن العقوبات ستستمر حتى نهاية العام.")
    q = quote_with(a, "العقوبات ستستمر")
    assert q.speaker.entity is None and q.speaker.text == "مصادر دبلوماسية غربية"


def test_mixed_quote_is_indirect_with_the_whole_clause():
    a = analyze("عنوان\nوقال المتحدث إن القرار يمثل \"خطوة كبيرة إلى الأمام\" في مسار الإصلاح.")
    q = quote_with(a, "القرار يمثل")
    assert q.kind in ("indirect", "mixed")
    assert q.content.text.endswith("في مسار الإصلاح")


def test_whole_clause_in_marks_is_direct():
    a = analyze("عنوان\nوقال المتحدث إن \"القرار يمثل خطوة كبيرة إلى الأمام\".")
    q = quote_with(a, "القرار يمثل")
    assert q.kind == "direct" and q.content.text == "القرار يمثل خطوة كبيرة إلى الأمام"  # R3


def test_described_as_in_marks():
    a = analyze("عنوان\nوأدان الأمين العام الهجوم، ووصف الهجوم بـ\"العمل الجبان\".")
    q = quote_with(a, "العمل الجبان")
    assert q.kind == "direct"


def test_titles_hashtags_and_scare_quotes_are_not_quotes():
    a = analyze("عنوان\nأطلقت الوزارة حملة «صحتك أولا وقبل كل شيء» لتوعية المواطنين، وانتشر وسم "
                "\"#معا_ضد_المرض\" على الشبكات، وتحدث التقرير عن «الاقتصاد الموازي» في البلاد.")
    assert not a.quotes


def test_embedded_post_speaker_is_the_account_owner():
    text = ("عنوان\nونشرت الوزارة تغريدة جاء فيها:\n"
            "\"نعمل على مدار الساعة لخدمة المرضى في جميع المناطق\"\n"
            "– وزارة الصحة (@ SaudiMOH)\nوانتهى المؤتمر.")
    a = analyze(text)
    assert [e.author.text for e in a.embeds] == ["وزارة الصحة"]
    q = quote_with(a, "نعمل على مدار الساعة")
    assert names(a, q.speaker) & {"وزارة الصحة"}


def test_syntax_when_present_subject_from_dependency():
    # with patterns only, the subject after "في المؤتمر الصحفي" is out of reach; a dependency parse gives it
    text = "عنوان\nقال في المؤتمر الصحفي الوزير إن الخطة جاهزة."
    base = arnews.Article.from_text(text)
    toks = list(tokenize(text))
    verb = next(i for i, t in enumerate(toks) if text[t.start:t.end] == "قال")
    subj = next(i for i, t in enumerate(toks) if text[t.start:t.end] == "الوزير")
    toks[verb] = toks[verb]._replace(lemma="قال", pos="VERB")
    toks[subj] = toks[subj]._replace(head=verb, deprel="nsubj")
    art = attrs.evolve(base, tokens=arnews.model.Tokens.from_tokens(toks))
    a = QuoteExtractor()(art)
    q = quote_with(a, "الخطة جاهزة")
    assert q.speaker is not None and q.speaker.text == "الوزير"
    plain = QuoteExtractor()(base)
    assert quote_with(plain, "الخطة جاهزة").speaker is None or quote_with(plain, "الخطة جاهزة").speaker.text != "الوزير"


def test_offsets_index_the_original_text_with_diacritics():
    text = "عنوان\nوقالَ الوزيرُ إنّ الاقتصادَ يتعافى."
    a = analyze(text)
    q = quote_with(a, "الاقتصادَ")
    assert text[q.content.start:q.content.end] == q.content.text == "الاقتصادَ يتعافى"


def test_relative_clause_speaker():
    a = analyze("عنوان\nوالتقى الوفد ممثل البنك الدولي الذي قال إن القرض سيصرف قريبا.")
    q = quote_with(a, "القرض سيصرف")
    assert "ممثل البنك الدولي" in names(a, q.speaker)


def test_plural_verb_carries_its_subject():
    a = analyze("عنوان\nوقال سكان القرية إن المياه انقطعت. واتهموا الشركة بالإهمال في صيانة الشبكة.")
    c = next(c for c in a.claims if "الإهمال" in c.content.text)
    assert c.source is None or "الشركة" not in (c.source.text or "")


def test_relayed_through_naqlan_inside_the_subject():
    a = analyze("عنوان\nوأضافت الصحيفة نقلا عن مصادر حكومية أن الخطة تشمل تأميم الشركة.")
    q = quote_with(a, "الخطة تشمل")
    assert q.speaker.text == "مصادر حكومية"
    c = next(c for c in a.claims if "الخطة تشمل" in c.content.text)
    assert [v.text for v in c.via] == ["الصحيفة"]


def test_bayyana_before_a_clause_but_not_between():
    a = analyze("عنوان\nوبين المدير أن الأرباح ارتفعت. وجرت مباراة بين الفريقين أمس.")
    assert quote_with(a, "الأرباح ارتفعت").cue.text == "بين"
    no_quote_with(a, "الفريقين")


def test_impersonal_and_passive_reports_have_no_quote():
    a = analyze("عنوان\nويتوقع أن تشهد الأسواق تقلبات كبيرة. وقيل إن الاجتماع تأجل.")
    assert not a.quotes and not a.claims


def test_quoted_name_right_before_the_clause_is_the_speaker():
    a = analyze("عنوان\nوأعلنت أكبر شركة للأسمدة في البلاد شركة \"نماء الخليج\" أنها ستضاعف إنتاجها العام المقبل.")
    q = quote_with(a, "ستضاعف إنتاجها")
    assert names(a, q.speaker) & {"نماء الخليج"}


# ---------------------------------------------------------------------------------------------- generalisation
# Speaker rules named in speech.py, each with a sentence it catches and one it must leave alone.

def test_implicit_subject_agrees_with_the_verb():
    a = analyze("عنوان\nوقال سمير حداد إن القرار لا يغير شيئا. وتقول الحكومة إن الخطة ناجحة.\nوأضاف أن المشكلة في التمويل.")
    q = quote_with(a, "المشكلة في التمويل")
    assert "سمير حداد" in names(a, q.speaker)
    # the same gender continues the latest speaker
    a = analyze("عنوان\nوقال سمير حداد إن القرار لا يغير شيئا. وقال الوزير إن الخطة ناجحة.\nوأضاف أن المشكلة في التمويل.")
    assert "سمير حداد" not in names(a, quote_with(a, "المشكلة في التمويل").speaker)


def test_country_subject_before_a_feminine_verb():
    a = analyze("عنوان\nوقال سمير حداد إن القرار نهائي. وكانت فرنسا حذرت أمس أنها سترد على القرار.")
    q = quote_with(a, "سترد على القرار")
    assert "فرنسا" in names(a, q.speaker)
    # not a subject: a place after a preposition, before a masculine verb
    a = analyze("عنوان\nوقال سمير حداد إن القرار نهائي. وفي فرنسا قال الوزير إن الحوار مستمر.")
    assert "فرنسا" not in names(a, quote_with(a, "الحوار مستمر").speaker)


def test_subject_is_not_the_object_of_a_preposition():
    a = analyze("عنوان\nوردا على سؤال عن الضربات ضد حكومة سمير حداد قال جون سميث: \"لا نستبعد شيئا في الوقت الحالي\".")
    q = quote_with(a, "لا نستبعد شيئا")
    assert "جون سميث" in names(a, q.speaker)
    # a subject placed before its verb is still found
    a = analyze("عنوان\nلكن سمير حداد عاد وقال إن الاتفاق قائم.")
    assert "سمير حداد" in names(a, quote_with(a, "الاتفاق قائم").speaker)


def test_described_speaker_stops_before_a_verbal_noun_object():
    a = analyze("عنوان\nورفضت متحدثة باسم وزارة الخارجية التعليق على التقارير، مشيرة إلى أن الوزير سيتحدث غدا.")
    q = quote_with(a, "الوزير سيتحدث غدا")
    assert q.speaker.text == "متحدثة باسم وزارة الخارجية"
    # a nisba adjective of the form "التفعيلي" is part of the role
    a = analyze("عنوان\nوقال المدير التنفيذي إن الأرباح ارتفعت.")
    assert quote_with(a, "الأرباح ارتفعت").speaker.text == "المدير التنفيذي"


def test_speaker_mention_does_not_end_on_a_relative_pronoun():
    a = analyze("عنوان\nوأكد وزير المالية الذي يزور القاهرة حاليا، أن الاقتصاد يتعافى.")
    q = quote_with(a, "الاقتصاد يتعافى")
    assert q.speaker is not None and not (q.speaker.text or "").endswith("الذي")


def test_added_before_a_clause():
    a = analyze("عنوان\nوقال الوزير إن الخطة جاهزة، وزاد أن التنفيذ يبدأ الشهر المقبل.")
    q = quote_with(a, "التنفيذ يبدأ")
    assert q.kind == "indirect" and q.cue.text == "زاد"
    # "زاد" (increased) with no complementizer right after it
    a = analyze("عنوان\nوزاد عدد الزوار هذا العام بعد أن افتتح المتحف الجديد.")
    assert not a.quotes and not a.claims


def test_headline_capital_speaking_to_another():
    a = arnews.analyze("باريس لبرلين: لن نقبل بأي رسوم جمركية جديدة\nنص الخبر.")
    q = quote_with(a, "لن نقبل بأي رسوم")
    assert q.kind == "direct" and "باريس" in names(a, q.speaker)
    # a place as a rubric before the colon is not a speaker
    a = arnews.analyze("الرياض: افتتاح معرض الكتاب الدولي غدا\nنص الخبر.")
    assert not a.quotes


def test_subject_pp_before_clause_after_comma():
    # SUBJECT_PP_BEFORE_CLAUSE: "مطلع على" belongs to the subject; the quoted clause follows the comma
    a = analyze("عنوان\nكما أكد مسؤول مصري مطلع على الملف لوكالة رويترز، أن «القاهرة تنسق مع الدول المجاورة».")
    q = quote_with(a, "القاهرة تنسق مع الدول المجاورة")
    assert q.kind == "direct" and q.speaker.text.startswith("مسؤول مصري")
    # … but a stance verb with its own prepositional object stays a claim on that object
    b = analyze("عنوان\nوأكد الوزير على أهمية التعاون بين البلدين في المرحلة المقبلة.")
    assert not b.quotes and [c.content.text for c in b.claims] == ["أهمية التعاون بين البلدين في المرحلة المقبلة"]


def test_headline_with_a_speech_verb_before_the_colon():
    # HEADLINE_VERB_COLON: the subject before the verb speaks the words after the colon
    a = analyze("وزير الصحة يحذر: لن نتهاون مع المخالفين\nوقال الوزير في مؤتمر صحفي إن الرقابة مستمرة.")
    q = quote_with(a, "لن نتهاون مع المخالفين")
    assert q.kind == "direct" and q.cue.text == "يحذر" and q.speaker.text == "وزير الصحة"
    # a headline whose verb is not a speech verb has no quote before its colon
    b = analyze("الأمطار تغرق الشوارع: خسائر كبيرة في المدينة\nوقال المسؤولون إن الأضرار محدودة.")
    no_quote_with(b, "خسائر كبيرة")


def test_generic_head_resolves_to_the_entity_named_with_it():
    # GENERIC_HEAD_TO_ENTITY: "الوزارة" is the ministry named before
    a = analyze("عنوان\nأجرت وزارة الدفاع الروسية أمس تجربة جديدة. وذكرت الوزارة في بيان أن الصاروخ أصاب هدفه.")
    q = quote_with(a, "الصاروخ أصاب هدفه")
    assert a.name_of(q.speaker) == "وزارة الدفاع الروسية"
    # with no such entity before it, the generic word stays a described speaker
    b = analyze("عنوان\nوذكرت الوزارة في بيان أن الصاروخ أصاب هدفه.")
    assert quote_with(b, "الصاروخ أصاب هدفه").speaker.entity is None


def test_a_title_before_a_name_speaks_for_that_person():
    # TITLE_BEFORE_NAME: a described speaker "الرئيس X" is linked to the person X
    a = analyze("عنوان\nوتتفق هذه التصريحات مع ما قاله مسؤولون آخرون، بينهم الرئيس حسن روحاني الذي يقول إن بلاده "
                "ستبقى في الاتفاق.")
    q = quote_with(a, "بلاده ستبقى في الاتفاق")
    assert a.name_of(q.speaker) == "حسن روحاني"


def test_the_outlet_spoken_to_comes_before_the_subject():
    # ADDRESSEE_BEFORE_SUBJECT: "أفصح لـ"الصحيفة" الدكتور …" — the speaker is the doctor, not "لـ"
    a = analyze("عنوان\nأفصح لـ\"الاقتصادية\" الدكتور جميل العمري عن تسجيل آلاف المهندسين.\n"
                "وأكد أن عدد المهندسين المقيمين تجاوز مئة ألف.")
    q = quote_with(a, "عدد المهندسين المقيمين")
    assert a.name_of(q.speaker) == "جميل العمري"


def test_a_number_is_never_a_speaker():
    a = analyze("عنوان\nوقال 15 في المئة من المشاركين إنهم يأملون أن يترشح.")
    q = quote_with(a, "يأملون أن يترشح")
    assert q.speaker is None or q.speaker.text != "15"


def test_relay_from_a_source_no_entity_names():
    # RELAYED_SPEECH with a source the entity layer did not find, or one with titles and an apposition before "أن"
    a = arnews.analyze("عنوان\nنقلت صحيفة الرياض عن مصادر مطلعة في الوزارة أن المفاوضات متعثرة.")
    q = [q for q in a.quotes if "المفاوضات متعثرة" in q.content.text]
    assert q and q[0].speaker.text.startswith("مصادر مطلعة")
    a = arnews.analyze("عنوان\nنقلت وكالة رويترز عن الكولونيل مارك هيلتون قائد القوات البرية، اليوم، أن الهجوم فشل.")
    q = [q for q in a.quotes if "الهجوم فشل" in q.content.text]
    assert q and a.name_of(q[0].speaker) == "مارك هيلتون"


def test_a_statement_continuing_someone_s_words_is_theirs():
    # STATEMENT_OF_LAST_SPEAKER: "وأضاف البيان" with no statement named before continues the last speaker
    a = arnews.analyze("عنوان\nوقال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مثمرة. وأضاف البيان أن الجانبين "
                       "اتفقا على مواصلة الحوار.")
    q = [q for q in a.quotes if "الجانبين اتفقا" in q.content.text]
    assert q and a.name_of(q[0].speaker) == "أيمن الصفدي"


def test_a_subject_in_brackets_and_a_participle_complement():
    # QUOTED_SUBJECT with brackets: "شدد ( X ) نائب رئيس الوزراء على …"
    a = arnews.analyze("عنوان\nمن جانبه، شدد ( سليم آقطاي ) نائب رئيس الوزراء التركي ( اليوم الاثنين ) على أن "
                       "الاتفاق سيطبق كاملا.")
    q = [q for q in a.quotes if "الاتفاق سيطبق" in q.content.text]
    assert q and a.name_of(q[0].speaker) == "سليم آقطاي"
    # a passive participle keeps its complement: "مصدر موثوق به في الاتحاد"
    a = arnews.analyze("عنوان\nوكشف مصدر موثوق به في الاتحاد الدولي أن اللجنة ستعلن قريبا.")
    q = [q for q in a.quotes if "اللجنة ستعلن" in q.content.text]
    assert q and q[0].speaker.text.startswith("مصدر موثوق به")


def test_a_relayer_named_in_quote_marks_and_a_source_after_it():
    # RELAYED_SPEECH: the relaying service's name in quote marks holds "إن", which is no complementizer there
    a = arnews.analyze("عنوان\nونقلت خدمة «بي إن» الإخبارية التابعة للمتمردين عن قادة في الجماعة المسلحة أمس "
                       "قولهم إن «عشرة مقاتلين قتلوا في الهجوم».")
    q = quote_with(a, "عشرة مقاتلين قتلوا")
    assert q.speaker.text == "قادة في الجماعة المسلحة"
    c = [c for c in a.claims if "عشرة مقاتلين" in c.content.text]
    assert c and c[0].source.text == "قادة في الجماعة المسلحة"


def test_described_as_with_a_long_object_before_banna():
    # DESCRIBED_AS: "واصفا X … بأنه «…»" with a long object; the clause before it ends at the participle
    a = arnews.analyze("عنوان\nوأوضح وزير الطاقة الكويتي أن بلاده ستلتزم بالاتفاق النفطي , واصفا الاجتماع الطويل "
                       "الذي عقده الوزراء ( رؤساء الوفود ) في فيينا ( الأحد الماضي ) , بأنه \" خطوة مهمة للسوق \" .")
    direct = quote_with(a, "خطوة مهمة للسوق")
    assert direct.kind == "direct" and direct.speaker.text.startswith("وزير الطاقة")
    indirect = quote_with(a, "بلاده ستلتزم")
    assert "واصفا" not in indirect.content.text


def test_a_clause_ends_at_a_participle_of_praise():
    # CLAUSE_ENDS_AT_PARTICIPLE: "…، مشيدا بـ" is no part of what was said
    a = arnews.analyze("عنوان\nوأكد رئيس البلدية أن المهرجان سيقام كل عام، مشيداً بجهود المتطوعين في التنظيم.")
    q = quote_with(a, "المهرجان سيقام")
    assert q.content.text == "المهرجان سيقام كل عام"


def test_a_name_before_its_role_and_a_quoted_name_in_apposition():
    # NAME_BEFORE_ROLE: an unknown name followed by a role in apposition
    a = arnews.analyze("عنوان\nأوضح سلمان الدخيلان المتحدث الرسمي في الاتحاد الكويتي لكرة اليد، أن المدرب الجديد "
                       "سيصل غدا.")
    assert quote_with(a, "المدرب الجديد سيصل").speaker.text == "سلمان الدخيلان"
    # a role, a comma and the name in quote marks before "؛ أن"
    a = arnews.analyze("عنوان\nوأكد مدير مكتب التعليم بالخرج، \"ماجد العتيبي\"؛ أن الدراسة ستبدأ في موعدها.")
    assert a.name_of(quote_with(a, "الدراسة ستبدأ").speaker) == "ماجد العتيبي"


def test_a_source_is_named_by_a_role_then_the_person_in_apposition():
    # ROLE_AS_SOURCE, then the person named in apposition after the role
    a = arnews.analyze("عنوان\nوقالت وكالة الأنباء الرسمية، نقلاً عن النائب الأول لوزير الداخلية، سامي العبدالله، إن "
                       "التحقيق سيكتمل قريبا.")
    q = quote_with(a, "التحقيق سيكتمل")
    assert a.name_of(q.speaker) == "سامي العبدالله"


def test_a_described_source_keeps_the_organisation_it_belongs_to():
    a = arnews.analyze("عنوان\nوكشف مصدر موثوق به في يويفا لوكالة \"رويترز\" أن اللجنة ستجتمع الأسبوع المقبل.")
    c = [c for c in a.claims if "اللجنة ستجتمع" in c.content.text]
    assert c and c[0].source.text == "مصدر موثوق به في يويفا"
    # but a person's description does not run on over "في + organisation"
    a = arnews.analyze("عنوان\nوأكدت لـ \"الرياض\"، نورة الحربي منسقة الرحلات في شركة الأفق للسياحة، أن الحجوزات "
                       "اكتملت.")
    assert quote_with(a, "الحجوزات اكتملت").speaker.text.startswith("نورة الحربي")


def test_part_of_a_group_that_spoke_before():
    # GROUP_PART: "وأكد عدد منهم" — part of the described group quoted last
    a = arnews.analyze("عنوان\nوقال سكان في الحي إن المياه مقطوعة منذ أسبوع. وأكد عدد منهم أن الشكاوى لم تلق ردا.")
    assert quote_with(a, "الشكاوى لم تلق").speaker.text == "سكان في الحي"
    # after a named speaker there is no group to take part of
    a = arnews.analyze("عنوان\nوقال الوزير خالد الفالح إن الإنتاج مستقر. وأكد عدد منهم أن الأسعار سترتفع.")
    q = quote_with(a, "الأسعار سترتفع")
    assert q.speaker is None or q.speaker.text != "خالد الفالح"


def test_a_relative_clause_or_an_aside_after_the_subject_does_not_end_the_search_for_the_words():
    # the relative clause's verbs (رفض، كشف) are no cues of their own; "اسمه" before the marks is no title noun
    a = arnews.analyze("عنوان\nوقال المسؤول الذي رفض الكشف عن اسمه \"إن الحكومة ستعلن خطتها الأسبوع المقبل\".")
    q = quote_with(a, "الحكومة ستعلن خطتها")
    assert q.kind == "direct" and q.speaker.text == "المسؤول"
    # ASIDE_BETWEEN_COMMAS, and a cue negated by "عدم" reports nothing
    a = arnews.analyze("عنوان\nوقال ضابط في الشرطة، طلب عدم ذكر اسمه، إن المهاجمين فروا.")
    q = quote_with(a, "المهاجمين فروا")
    assert q.cue.text == "قال" and q.speaker.text.startswith("ضابط")
    # a relative clause after the object ends at the comma: the participle after it is a cue of its own
    a = arnews.analyze("عنوان\nوأعلن الوزير خطة الإصلاح التي تستهدف القطاع العام، مشيرا إلى أن تنفيذها يبدأ غدا.")
    assert quote_with(a, "تنفيذها يبدأ غدا").cue.text == "مشيرا"


def test_a_role_with_the_name_right_after_it_speaks_for_that_person_whatever_follows():
    # the name right after the role phrase is the speaker even when time words and an object come before "إلى"
    a = arnews.analyze("عنوان\nدعا الرئيس الكيني وليام روتو أمس الأحد البرلمان إلى إقرار الموازنة الجديدة.")
    assert a.name_of(claim_with(a, "إقرار الموازنة").source) == "وليام روتو"
    # new titles: القيادي، الناشط; the name after "القيادي في حماس" even before a relative clause
    a = arnews.analyze("عنوان\nوقال القيادي في الحركة سامر الخطيب الذي زار المخيم أمس \"لن نتراجع عن مطالبنا\".")
    assert a.name_of(quote_with(a, "لن نتراجع").speaker) == "سامر الخطيب"
    # an adverb in -اً after the name is not part of it
    a = arnews.analyze("عنوان\nقال الرئيس الكيني وليام روتو إن الاقتصاد يتعافى. ودعا روتو مجددا إلى الحوار مع "
                       "المعارضة.")
    assert claim_with(a, "الحوار مع المعارضة").source.text == "روتو"


def test_the_office_of_a_person_and_the_author_of_a_statement_said_in_it():
    # OFFICE_OF_PERSON: "مكتب X" before a person's name is an organisation that speaks
    a = arnews.analyze("عنوان\nانتقد وزير التجارة رئيس الوزراء سامي الحداد. ورد مكتب الحداد قائلا إن الانتقادات "
                       "لا أساس لها.")
    q = quote_with(a, "الانتقادات لا أساس")
    assert a.name_of(q.speaker) == "مكتب الحداد"
    assert a.entity(q.speaker.entity).type == "ORG"
    # the person keeps a mention of their own
    assert "سامي الحداد" in {e.name for e in a.entities if e.type == "PER"}
    # "قال فيه" after "أصدر X بيانا": the one who issued the statement
    a = arnews.analyze("عنوان\nيواجه رئيس الوزراء سامي الحداد ضغوطا. وفي العاصمة أصدر مكتب الحداد بيانا قال فيه إن "
                       "رئيس الوزراء تلقى اتصالا من نظيره.")
    assert quote_with(a, "رئيس الوزراء تلقى").speaker.text == "مكتب الحداد"
    # "مكتب رئيس الوزراء" is the office of a post of the state: a body, and it speaks (OFFICE_OF_ROLE)
    a = arnews.analyze("عنوان\nوقال مكتب رئيس الوزراء إن الزيارة تأجلت.")
    assert a.name_of(quote_with(a, "الزيارة تأجلت").speaker) == "مكتب رئيس الوزراء"


def test_back_references_to_a_writer_a_group_and_an_activist():
    # "وأشار الكاتب" after "مقالا للكاتب X": the writer named with that role
    a = arnews.analyze("عنوان\nنشرت صحيفة \"الغد\" مقالا للكاتب حسان العمري قال فيه، إن الحكومة تأخرت في الإصلاح. "
                       "وأشار الكاتب إلى أن العجز سيرتفع.")
    q = quote_with(a, "العجز سيرتفع")
    assert a.name_of(q.speaker) == "حسان العمري" and q.speaker.text == "الكاتب"
    # "بيان للجماعة" after "جماعة X": the body of that kind named before (ORG_AFTER_ITS_KIND for the first)
    a = arnews.analyze("عنوان\nقالت جماعة حركة العدل الوطني إنها أوقفت الحوار. وقال بيان للجماعة إن الوفد غادر.")
    body = a.name_of(quote_with(a, "أوقفت الحوار").speaker)
    assert body.startswith("حركة العدل") and a.name_of(quote_with(a, "الوفد غادر").speaker) == body
    # CONTINUING_ROLE: "وأضاف الناشط" goes on with the person who just spoke
    a = arnews.analyze("عنوان\nوكان الشبان يجهزون اللافتات، وفق ما قال نبيل حمدان. وأضاف الناشط في لجنة الحي، "
                       "\"سنواصل الاعتصام حتى تلبى مطالبنا\".")
    assert a.name_of(quote_with(a, "سنواصل الاعتصام").speaker) == "نبيل حمدان"
    # but a new speaker with a name is never replaced by the last one
    a = arnews.analyze("عنوان\nوقال نبيل حمدان إن الاعتصام مستمر. وأضاف الناشط سامي دراج أن الشرطة انسحبت.")
    assert a.name_of(quote_with(a, "الشرطة انسحبت").speaker) == "سامي دراج"


def test_unknown_names_before_a_relative_clause_and_a_statement_issued_by_a_body():
    a = arnews.analyze("عنوان\nوقالت ايه ثين مو التي تسكن قرب النهر لوكالة فرانس برس «فقدنا كل شيء في ليلة واحدة».")
    assert quote_with(a, "فقدنا كل شيء").speaker.text == "ايه ثين مو"
    # a definite object before its relative clause is not a subject
    a = arnews.analyze("عنوان\nلم يكن أحد يتوقع حجم الدمار الذي خلفته العاصفة. ويلاحظ السكان أن المياه ارتفعت.")
    assert all(q.speaker is None or "حجم" not in q.speaker.text for q in a.quotes)
    # ISSUED_BY: "بيان صادر عن X" is X's
    a = arnews.analyze("عنوان\nوقال بيان صادر عن وزارة الزراعة الأردنية إن الموسم جيد.")
    assert a.name_of(quote_with(a, "الموسم جيد").speaker) == "وزارة الزراعة الأردنية"
    # a described speaker in a unit of a ministry keeps the unit
    a = arnews.analyze("عنوان\nوقال موظف في إدارة الطوارئ في وزارة الداخلية لوكالة رويترز إن «12 شخصا أصيبوا».")
    assert quote_with(a, "12 شخصا").speaker.text == "موظف في إدارة الطوارئ في وزارة الداخلية"


def test_the_issuer_of_a_statement_and_names_the_entity_layer_half_knows():
    # STATEMENT_ISSUER: "أصدرت X بيانا أكدت فيه أن" — the body that issued the statement, resolved as a subject
    a = arnews.analyze("عنوان\nأعلنت وزارة الصحة تسجيل إصابات جديدة. وأصدرت الوزارة بيانا أكدت فيه أن الحالات مستقرة.")
    assert a.name_of(quote_with(a, "الحالات مستقرة").speaker) == "وزارة الصحة"
    # a role with its own preposition is no verb's preposition: "المشرف على …"
    a = arnews.analyze("عنوان\nأكد المشرف على برنامج التدريب في الجامعة الدكتور سالم الحربي أن البرنامج ناجح.")
    q = quote_with(a, "البرنامج ناجح")
    assert "الحربي" in a.name_of(q.speaker) and q.cue.text == "أكد"
    # ...while the verb keeps its own: "أعرب الوزير عن أمله في أن …" is a belief, not a quote
    a = arnews.analyze("عنوان\nوأعرب الوزير عن أمله في أن تنتهي الأزمة قريبا.")
    no_quote_with(a, "تنتهي الأزمة")
    # a role before a foreign name with its particles, after "وكانت"; a ministry noun is not a nisba
    a = arnews.analyze("عنوان\nوكانت المتحدثة باسم الخارجية الفرنسية أنييس فون در مول أكدت في بيان أن الاتفاق قائم.")
    assert a.name_of(quote_with(a, "الاتفاق قائم").speaker) == "أنييس فون در مول"
    # a name before its role whose last letter the tokenizer took for a pronoun ("جريك")
    a = arnews.analyze("عنوان\nوقال جريك كلارك وزير المجتمعات المحلية البريطاني إن القانون سيطبق.")
    assert quote_with(a, "القانون سيطبق").speaker.text == "جريك كلارك"
    # a name in quote marks as the subject
    a = arnews.analyze("عنوان\nوقال \" علوش \" في حديث مع \" شبكة الدرر \" إن المعاملات متوقفة منذ سنة.")
    assert quote_with(a, "المعاملات متوقفة").speaker.text == "علوش"
    # an abbreviation with inner dots ends no sentence; "إن شاء الله" is no reported clause
    a = arnews.analyze("عنوان\nوذكرت هيئة الإذاعة البريطانية (بي.بي.سي) أنه لا يزال آلاف المهاجرين ينتظرون.")
    assert a.name_of(quote_with(a, "آلاف المهاجرين").speaker) == "هيئة الإذاعة البريطانية"
    assert not analyze("عنوان\nوقال المدرب \"نحن جاهزون\" إن شاء الله.").claims


# ---------------------------------------------------------------- fifth session

def test_implicit_subject_after_a_sentence_that_names_its_subject():
    a = analyze("رفع رئيس الاتحاد السعودي للفروسية الأمير عبدالله بن فهد التهنئة للقيادة بمناسبة الإنجاز. "
                "وأكد أن هذا الإنجاز غير مستغرب من فرسان المملكة.")
    assert "الأمير عبدالله بن فهد" in names(a, quote_with(a, "غير مستغرب").speaker)
    # background in the pluperfect interrupts no speaker, and "وأضاف" continues the one who spoke
    a = analyze("وقال الناشط فيصل الأحمد إن الكتائب انسحبت. وكانت هيئة تحرير الشام قد سيطرت على البلدة أمس. "
                "وأكد أن الانشقاق جاء بعد اشتباكات.")
    assert "فيصل الأحمد" in names(a, quote_with(a, "الانشقاق جاء").speaker)
    a = analyze("قال الوزير خالد الفالح إن الخطة جاهزة. وزار الأمير فيصل المستشفى أمس. وأضاف أن العمل مستمر.")
    assert "خالد الفالح" in names(a, quote_with(a, "العمل مستمر").speaker)


def test_a_descriptive_noun_before_a_name_is_that_person():
    for text in ("وقال الفارس عبدالله الشربتلي إن المنافسة كانت قوية.",
                 "وقال الطالب سعود الزيد إن المنافسة كانت قوية."):  # (طالب is also a verb)
        a = analyze(text)
        q = quote_with(a, "المنافسة كانت قوية")
        assert q.speaker is not None and q.speaker.entity is not None, text
        assert a.entity(q.speaker.entity).name in ("عبدالله الشربتلي", "سعود الزيد")


def test_headline_speaking_to_an_outlet():
    # the words before "لـ" + a named outlet speak, not the outlet (named again in the body)
    a = arnews.analyze('طرق الشرقية لـ اليوم : فتح الطريق الرابط مع عمان نهاية العام\n'
                       'وقال المدير لـ "اليوم" إن العمل مستمر.')
    q = quote_with(a, "فتح الطريق الرابط")
    assert q.speaker.text == "طرق الشرقية"


def test_a_prayer_for_the_speaker_is_neither_a_name_nor_the_subject():
    a = analyze("وقال الشيخ علي الطنطاوي إن الصبر مفتاح. وقال رحمه الله إن الأمة بخير.")
    assert "علي الطنطاوي" in names(a, quote_with(a, "الأمة بخير").speaker)
    assert not [e for e in a.entities if "رحمه" in e.name]
    # a name that ends in "الله" is still a name
    a = analyze("وقال حسن نصر الله إن المقاومة مستمرة.")
    assert "حسن نصر الله" in names(a, quote_with(a, "المقاومة مستمرة").speaker)


# ---------------------------------------------------------------------------------------------- interviews

_INTERVIEW = ("وزير التعليم: سنبني مئة مدرسة\n"
              "التقت «الصحيفة» وزير التعليم أحمد العيسى وأجرت معه هذا الحوار.\n"
              "* ما خططكم للعام المقبل؟\n"
              "- سنبني مئة مدرسة جديدة في كل المناطق، ونحن نعمل مع الشركات على ذلك.\n"
              "* ومتى تبدأ الدراسة فيها؟\n"
              "- في العام المقبل إن شاء الله.\n")


def test_interview_answers_are_the_interviewees_direct_quotes():
    a = analyze(_INTERVIEW)
    for fragment in ("سنبني مئة مدرسة جديدة", "في العام المقبل"):
        q = quote_with(a, fragment)
        assert q.kind == "direct" and q.cue.text == "-" and q.cue_lemma == "حوار"
        assert "أحمد العيسى" in names(a, q.speaker)
    # the questions are the interviewer's, not quotes
    no_quote_with(a, "ما خططكم")
    no_quote_with(a, "ومتى تبدأ")
    # an answer ends where the next question begins
    assert "ومتى" not in quote_with(a, "سنبني مئة مدرسة جديدة").content.text


def test_interview_on_one_line_and_with_other_dashes():
    # questions opened by "*" on the same line, answers after "ـ"; the interviewee is the one the introduction
    # reports speaking, not the most named person
    text = ("والد اللاعب يتحدث\nكشف خالد الفالحي والد اللاعب سعد العمري أن ابنه سعد العمري تلقى عروضا. "
            "* متى بدأ سعد اللعب؟ ـ بدأ سعد اللعب في الحارة وهو صغير. * وماذا عن الهلال؟ ـ رفضت انتقاله لأسباب واضحة. "
            "* وما نصيحتك له؟ ـ أن يصبر ويجتهد.")
    a = analyze(text)
    for fragment in ("بدأ سعد اللعب في الحارة", "رفضت انتقاله"):
        assert "خالد الفالحي" in names(a, quote_with(a, fragment).speaker)


def test_lists_of_questions_and_bullets_are_no_interview():
    # a column's questions to an official, each opened by a dash: nobody answers
    a = analyze("أسئلة إلى الوزير\nنتوجه بتساؤلاتنا إلى الوزير: - متى تنجز المشاريع؟ - لماذا تتأخر الوحدات السكنية؟ "
                "- أين المسؤولية الاجتماعية للوزارة؟")
    assert a.quotes == ()
    # two bullets after questions, with no interview announced
    a = analyze("عنوان\nهل تنجح الخطة؟ - الخطة طموحة وتحتاج إلى وقت. هل يكفي التمويل؟ - التمويل متوفر حتى الآن.")
    assert a.quotes == ()


def test_a_foreign_name_like_a_conjunction_and_a_surname_like_a_time_word_speak():
    # "فاتسكه" starts with ف, which is no conjunction here: the rest is no word
    a = analyze("وقال فاتسكه: «نسعى بقوة للتواجد في المراكز الأربعة الأولى».")
    assert quote_with(a, "نسعى بقوة").speaker.text == "فاتسكه"
    # "عيد" (a feast, a time word) is the surname of the man named before
    a = analyze("أكد رئيس الاتحاد أحمد بن عيد أن الفريق جاهز. وقال عيد إن المباراة ستكون قوية.")
    speaker = quote_with(a, "المباراة ستكون قوية").speaker
    assert speaker.text == "عيد" and a.entity(speaker.entity).name == "أحمد بن عيد"


def test_a_roles_own_preposition_and_the_name_that_closes_the_subject():
    # "مسؤول … عن" is the role's preposition, not the verb's ("كشف عن"); the name before "أن" is the speaker
    a = analyze("وكشف مسؤول الرقابة عن المنشطات في الوفد السعودي عبدالعزيز المسعد أن عدد العينات كبير.")
    q = quote_with(a, "عدد العينات كبير")
    assert q.content.text == "عدد العينات كبير"
    assert "عبدالعزيز المسعد" in names(a, q.speaker)
    # a name in a genitive after the description is not the speaker
    a = analyze("وقال مسؤول في حكومة الرئيس بشار الأسد إن الحرب مستمرة.")
    assert "بشار الأسد" not in names(a, quote_with(a, "الحرب مستمرة").speaker)
    # the verb's own preposition still takes its object
    a = analyze("وكشف الوزير عن خطة جديدة للتعليم.")
    assert claim_with(a, "خطة جديدة").source.text == "الوزير"


def test_an_outlet_spoken_to_written_attached_is_not_the_speaker():
    a = analyze("وقال رئيس نادي الأسير قدورة فارس إن القانون عنصري. وقال لرويترز “هذه تشريعات تعبر عن العنصرية.”")
    q = quote_with(a, "هذه تشريعات")
    assert "رويترز" not in names(a, q.speaker)
    assert q.speaker.entity is not None and q.speaker.entity == quote_with(a, "القانون عنصري").speaker.entity


@pytest.mark.parametrize("text, described", [
    ("قالت محللة لدى باركليز في مذكرة بحثية إن الاقتصاد ضعيف.", "محللة لدى باركليز"),
    ("أكد خبراء في مجالي القانون وعلم الاجتماع أن الأسرة مهمة.", "خبراء في مجالي القانون وعلم الاجتماع"),
    ("أكد القائمون على شركة الصدف بأنهم سخروا كل الإمكانات.", "القائمون على شركة الصدف"),
    ("قال أحد السياسيين الذين حضروا حفل الزفاف لصحيفة روسية إن الساعة مستعارة.",
     "أحد السياسيين الذين حضروا حفل الزفاف"),
    # not the words of an anonymity clause, nor an event or a time
    ("وقال مسؤولون الذين رفضوا الكشف عن هويتهم إن الخطة جاهزة.", "مسؤولون"),
    ("وقال مسؤولون في تصريحات صحفية إن الخطة جاهزة.", "مسؤولون"),
    ("وقال مسؤولون في وقت سابق إن الخطة جاهزة.", "مسؤولون"),
])
def test_the_whole_description_of_a_described_speaker(text, described):
    a = analyze(text)
    assert a.quotes and a.quotes[0].speaker.text == described


def test_a_clause_ends_where_the_narrator_opens_a_new_report():
    a = analyze("أكد القائمون على الشركة بأنهم سخروا كل الإمكانات لتصوير المسلسل حيث أرسل المنتج بيانا جاء فيه: "
                "العمل مميز.")
    assert quote_with(a, "سخروا كل الإمكانات").content.text == "سخروا كل الإمكانات لتصوير المسلسل"
    # a "حيث" that goes on with the speaker's reasons stays in the clause
    a = analyze("وأكد الوزير أن المشروع ناجح حيث تم إنجاز نصفه.")
    assert quote_with(a, "المشروع ناجح").content.text == "المشروع ناجح حيث تم إنجاز نصفه"


def test_a_kin_description_then_a_new_name_speaks_and_a_known_name_is_the_genitive():
    a = analyze("تحسنت حالة الطفلة زينب. وأوضح جد الطفلة محمد أبو الرحى أن التقارير الطبية مطمئنة.")
    assert "محمد أبو الرحى" in names(a, quote_with(a, "التقارير الطبية").speaker)
    # the player was named before: "والد اللاعب سعد العمري" is the player's father, not سعد العمري
    a = analyze("سجل اللاعب سعد العمري هدفا. وأوضح والد اللاعب سعد العمري أن ابنه بخير.")
    q = quote_with(a, "ابنه بخير")
    assert "سعد العمري" not in names(a, q.speaker) and q.speaker.text.startswith("والد اللاعب")


def test_a_verbal_noun_with_its_agent_and_a_clause_reports():
    a = analyze("وجاءت الآراء متباينة منذ إعلان اتحاد كرة القدم بأن مباراة السوبر ستقام في لندن.")
    c = claim_with(a, "مباراة السوبر ستقام")
    assert c.source.text == "اتحاد كرة القدم" and c.cue.text == "إعلان"
    a = analyze("ورحب الجمهور بإعلان الوزارة أن الدراسة ستبدأ مبكرا.")
    assert claim_with(a, "الدراسة ستبدأ").cue.text == "إعلان"  # the span after the preposition ب
    # the announced thing is no agent, "إلى أن" is "until", and a plain noun is no report
    for text in ("وكان الرئيس صريحا بعد إعلان الاتفاق بأنه سيستخدم حق النقض.",
                 "ويعرض علي إعلان الخطبة وإرجاء الزفاف إلى أن ينتهي من دراسته.",
                 "ونشرت الشركة إعلان التوظيف في الصحف."):
        assert not [c for c in analyze(text).claims if c.cue.text == "إعلان"], text


def test_his_highness_is_the_person_named_before_and_via_is_no_cue():
    a = analyze("استقبل الأمير فيصل بن بندر الوفد. وأكد سموه استنكار أهالي المنطقة للعمل الإرهابي.")
    c = claim_with(a, "استنكار أهالي المنطقة")
    assert c.source.text == "سموه" and "الأمير فيصل بن بندر" in names(a, c.source)
    # the one addressed through a preposition is not whom the honorific designates
    a = analyze("رفع الأمير سعود بن نايف أمير المنطقة الشرقية الشكر لخادم الحرمين الشريفين ولسمو ولي العهد. "
                "وقال سموه إن المواطن رجل الأمن الأول.")
    q = quote_with(a, "المواطن رجل الأمن")
    assert q.speaker.text == "سموه" and "الأمير سعود بن نايف" in names(a, q.speaker)
    # the title written before the role counts: "معالي رئيس ديوان المظالم"
    a = analyze("وأوضح وزير العدل الشيخ وليد الصمعاني أن الأمر يدعم القضاء. وأوضح معالي رئيس ديوان المظالم "
                "الشيخ خالد اليوسف أن الأمر تضمن ترقية القضاة. وأكد معاليه أن التعيينات ستسرع البت في القضايا.")
    assert "خالد اليوسف" in names(a, quote_with(a, "التعيينات ستسرع").speaker)
    # "عبر" before a noun is "via", not the verb "expressed": the clause after the comma is still reported
    a = analyze('وأعلنت إدارة النادي عبر حسابها في موقع "تويتر"، أنها أنهت إجراءات التعاقد مع اللاعب.')
    assert claim_with(a, "أنهت إجراءات التعاقد").source.text == "إدارة النادي"
    assert claim_with(analyze("وعبر الوزير عن أمله في أن تنجح الخطة."), "تنجح الخطة").modality == "belief"


def test_a_body_speaks_through_its_management_and_an_honorific_opens_the_speakers_name():
    a = analyze("وقالت إدارة نادي النصر إن المدرب باق.")
    q = quote_with(a, "المدرب باق")
    assert q.speaker.text == "إدارة نادي النصر" and "نادي النصر" in names(a, q.speaker)
    a = analyze("كشف عضو شرف الهلال المؤثر والمعارض لبقاء سامي الجابر الأمير نواف بن محمد عبر تصريحاته "
                "الإعلامية مؤخراً أن هناك وجهات نظر مختلفة.")
    assert "الأمير نواف بن محمد" in names(a, quote_with(a, "وجهات نظر مختلفة").speaker)


def test_the_topic_after_amma_speaks_through_the_verb_with_fa():
    a = analyze("أما العم “حمزة الحكيم” عم “عبدالله”، فيقول إنه يزاول المهنة منذ 25 عاماً.")
    assert "حمزة الحكيم" in names(a, quote_with(a, "يزاول المهنة").speaker)
    a = analyze("أما المعارضة فتقول إن الانتخابات مزورة.")
    assert quote_with(a, "الانتخابات مزورة").speaker.text == "المعارضة"
    assert quote_with(analyze("أما بعد، فقال الوزير إن الخطة جاهزة."), "الخطة جاهزة").speaker.text == "الوزير"


def test_a_headline_speaker_after_a_separator_and_no_outlet_spoken_to_as_speaker():
    a = analyze("قبل مواجهة الهلال بالسوبر .. ديسلفا : جاهزين ولن نتاثر بالغيابات\nأبدى المدرب تفاؤله.")
    assert quote_with(a, "جاهزين").speaker.text == "ديسلفا"
    assert analyze("تداولات السوق: ارتفاع المؤشر العام\nارتفع المؤشر.").quotes == ()
    a = analyze("وأوضح المختصون والاقتصاديون خلال حديثهم لـ «اليوم» ان الميزانية كبيرة.")
    assert quote_with(a, "الميزانية كبيرة").speaker.text == "المختصون والاقتصاديون"


def test_a_prepositional_topic_after_amma_is_no_speaker():
    a = analyze('أما عن تجربته في مجال الإعلام ومتى بدأت، فقال "حمد القاضي": دخلت الإعلام كاتبا ناشئا.')
    assert "تجربته" not in quote_with(a, "دخلت الإعلام").speaker.text


def test_a_byline_before_its_colon_is_no_subject_and_a_kin_description_speaks():
    a = analyze("الابن: والدتي بريئة\nبدر العتيبي - سبق - القصيم: نفى ابن المواطنة التهمة عن والدته. "
                "وأكد أن والدته بريئة.")
    c = claim_with(a, "والدته بريئة")
    assert "بدر العتيبي" not in names(a, c.source) and c.source.text.startswith("ابن المواطنة")


def test_a_name_before_the_outlet_spoken_to_and_a_roles_preposition_inside_a_coordinated_role():
    a = analyze("من جهته قال مستشار الوزارة والمتحدث الرسمي حاتم بن حسن قاضي لـ «عكاظ» إن الخطة جاهزة.")
    assert "حاتم بن حسن قاضي" in names(a, quote_with(a, "الخطة جاهزة").speaker)
    a = analyze("وأكد عضو مجلس إدارة النادي الأهلي والمشرف على فريق كرة القدم الأول مروان دفتردار أن المدرب "
                "يمتلك سجلا رائعا.")
    q = quote_with(a, "المدرب يمتلك")
    assert q.content.text == "المدرب يمتلك سجلا رائعا" and "مروان دفتردار" in names(a, q.speaker)


def test_importance_and_necessity_are_what_was_affirmed_and_end_the_subject():
    c = claim_with(analyze("عنوان\nوأكد الوزير أهمية التعاون بين الدول."), "أهمية التعاون")
    assert c.source.text == "الوزير" and c.content.text == "أهمية التعاون بين الدول"
    # a described subject ends where the verbal noun object begins
    assert claim_with(analyze("عنوان\nوأكد المدرب وجود نقص في الفريق."), "وجود نقص").source.text == "المدرب"


def test_a_masculine_participle_skips_a_feminine_body_and_a_comma_after_a_question_mark_goes_on():
    a = analyze("عنوان\nواستعرض الأمير خالد الفيصل البرنامج، موضحا أن السوق سيستمر في تنظيم حلقة بعنوان "
                "(ماذا يريد الشباب؟)، وهي تمثل انطلاقة البرنامج، حيث تستضيفها جامعة الطائف، مشيرا إلى أن اللقاء "
                "يهدف إلى التواصل.")
    assert "الأمير خالد الفيصل" in names(a, quote_with(a, "اللقاء يهدف").speaker)


def test_a_verb_joined_after_a_comma_shares_the_subject_of_the_clause_before():
    a = analyze("عنوان\nبدأت إيران في بناء مفاعلات نووية، وادعت أنها لأغراض سلمية.")
    assert quote_with(a, "لأغراض سلمية").speaker.text == "إيران"
    a = analyze("عنوان\nاستقبل الوزير محمد العلي الوفد، وأكد أن العلاقات قوية.")
    assert "محمد العلي" in names(a, quote_with(a, "العلاقات قوية").speaker)


def test_a_topic_before_fa_with_a_comma_and_a_group_with_its_participle_phrase():
    a = analyze("عنوان\nأما المنتجون فيقولون، إن الأبحاث تثبت أن المحاصيل آمنة.")
    assert quote_with(a, "الأبحاث تثبت").speaker.text == "المنتجون"
    a = analyze("عنوان\nحيث تقول بعض الجماعات المدافعة عن البيئة: إنها قلقة من تأثيرها.")
    assert quote_with(a, "قلقة من تأثيرها").speaker.text == "بعض الجماعات المدافعة عن البيئة"
    a = analyze("عنوان\nويقول تقرير رسمي صدر حديثا إنه يضاف عدد كبير من الضحايا.")
    assert quote_with(a, "يضاف عدد").speaker.text == "تقرير رسمي"


def test_a_share_bar_names_no_speaker_and_an_approximate_share_of_a_group_speaks():
    a = analyze("عنوان\nشارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك سجلت وزارة الصحة أمس أربع إصابات جديدة، "
                "فيما أعلنت عن شفاء مواطنة.\nوأكدت أن الحالات تحت العلاج.")
    assert not [e for e in a.entities if e.name in ("تويتر", "فيسبوك")]
    assert "وزارة الصحة" in names(a, quote_with(a, "الحالات تحت العلاج").speaker)
    for group in ("حوالي نصف الآباء الذين شملتهم الدراسة", "معظم المشاركين", "غالبية الأعضاء"):
        assert speaker_text(f"وقال {group} إن الحرمان مفيد.", "الحرمان مفيد") == group


def test_a_first_person_plural_verb_makes_words_after_the_subject_or_a_colon_verbatim():
    a = analyze("عنوان\nوقال فهد المرواني نطالب بوضع حل سريع لسكان الحي.")
    q = quote_with(a, "نطالب بوضع حل")
    assert q.kind == "direct" and "فهد المرواني" in names(a, q.speaker) and not a.claims
    assert quote_with(analyze("عنوان\nوقال فهد المرواني: نطالب بوضع حل سريع."), "نطالب").kind == "direct"
    # a noun in ن whose ي-form is no common word is no first-person verb: "نطاق" (range), "نظام" (system)
    assert not [q for q in analyze("عنوان\nوقال الوزير نطاق العمل واسع.").quotes if q.kind == "direct"]


def test_words_after_a_verb_and_a_colon_are_verbatim_unless_marks_inside_show_a_report():
    # COLON_QUOTE_VERBATIM (R4): third person too; a claim only from the reported form
    a = analyze("عنوان\nوقال الوزير: نطاق العمل واسع والمشروع يسير وفق الخطة.")
    assert quote_with(a, "نطاق العمل واسع").kind == "direct" and not a.claims
    a = analyze('عنوان\nمضيفا: إيران ستزيد من دعمها لما سماهم: "محور المقاومة في المنطقة، ولن تتوانى عن دعمه".')
    q = quote_with(a, "إيران ستزيد")
    assert q.kind in ("indirect", "mixed") and a.claims


def test_tweeters_speak_and_the_latest_source_with_the_same_head_is_the_back_reference():
    a = analyze('عنوان\nوقالت مغردة أخرى "الآن وبعد كل هذا ما زال مشائخكم يحاضرون في الناس".')
    assert quote_with(a, "ما زال مشائخكم").speaker.text == "مغردة أخرى"
    a = analyze("عنوان\nودخل المغرد بدر العنزي ، ليؤيده قائلا \"بدأ الاستغلال الخبيث المنحط\".")
    assert "بدر العنزي" in names(a, quote_with(a, "بدأ الاستغلال").speaker)
    a = analyze("عنوان\nوذكرت مصادر عسكرية أن القتال مستمر. وقبض الحوثيون على عشرة بحسب مصادر من أقارب القياديين. "
                "وذكرت المصادر أن بين الذين قبض عليهم الوزير.")
    assert quote_with(a, "بين الذين قبض").speaker.text == "مصادر من أقارب القياديين"


def test_a_statement_of_a_body_named_by_its_noun_is_that_bodys_and_compound_names_with_allah():
    assert speaker_text("وأوضح بيان الشرطة أن الكمية كبيرة.", "الكمية كبيرة") == "الشرطة"
    a = analyze("عنوان\nأعلنت وزارة الداخلية السعودية خطة. وأوضح بيان الوزارة أن الخطة جاهزة.")
    assert "وزارة الداخلية السعودية" in names(a, quote_with(a, "الخطة جاهزة").speaker)
    a = analyze("عنوان\nوقال ذبيح الله مجاهد المتحدث باسم طالبان إنه لا يستطيع تأكيد صحة البيان.")
    assert "ذبيح الله مجاهد" in names(a, quote_with(a, "لا يستطيع").speaker)


def test_a_name_closing_a_described_subject_before_the_verbs_preposition_and_not_inside_a_relative_clause():
    a = analyze("عنوان\nطالب المستثمر في قطاع استقدام العمالة المنزلية يوسف باداود بإنشاء جمعية وطنية للعمالة.")
    assert "يوسف باداود" in names(a, claim_with(a, "إنشاء جمعية").source)
    assert speaker_text("أكد القائمون على شركة الصدف التي يمتلكها النجم حسن عسيري بأنهم سخروا كل الإمكانات.",
                        "سخروا كل") == "القائمون على شركة الصدف"
    a = analyze("عنوان\nأكد شيخ قبيلة بني عامر الشيخ عبدالعزيز بن عبدالله بن رقوش في إحدى المناسبات أن الأفراح كبيرة.")
    assert "عبدالعزيز بن عبدالله بن رقوش" in names(a, quote_with(a, "الأفراح كبيرة").speaker)
    assert {e.name for e in a.entities if e.type == "ORG"} == {"قبيلة بني عامر"}


def test_informed_and_close_sources_keep_their_preposition_and_a_person_in_an_aside_is_the_source():
    assert speaker_text("وقال مصدر مطلع على المفاوضات إن القرار قريب.", "القرار") == "مصدر مطلع على المفاوضات"
    assert speaker_text("وذكرت مصادر مقربة من الحكومة أن القرار قريب.", "القرار") == "مصادر مقربة من الحكومة"
    a = analyze("عنوان\nوأشارت الصحيفة -وفقاً لشخص مطلع على تجربة الجهاز- إلى أن حجم الشاشة كبير.")
    c = claim_with(a, "حجم الشاشة")
    assert c.source.text == "شخص مطلع على تجربة الجهاز" and [v.text for v in c.via] == ["الصحيفة"]
    assert quote_with(a, "حجم الشاشة").speaker.text == "الصحيفة"  # the paper's words, the person's claim
    assert claim_with(analyze("حيث طالب كثير من الحضور بإعادته ضمن فعاليات العيد."), "إعادته").source.text == \
        "كثير من الحضور"


def test_a_quote_mark_never_closed_ends_where_the_narrator_speaks_again():
    a = analyze("عنوان\nوقال الوزير « إن الزيارة مهمة للغاية. وأكد أن الوزير وجهنا بزيارة الأسر. وعن مشاعره قال: والله "
                "لم أشعر بالتعب.")
    q = quote_with(a, "الزيارة مهمة")
    assert "وأكد" not in q.content.text
    assert quote_with(a, "الوزير وجهنا").kind == "indirect"
    # a quote never closed with no narration after it still runs to the end of its paragraph
    a = analyze("عنوان\nوقال الوزير: « نحن مستعدون. والجميع يعمل بجد")
    assert quote_with(a, "نحن مستعدون").content.text.endswith("يعمل بجد")


@pytest.mark.parametrize("opener, speaker", [
    ("وبدوره قام", "مبارك الخييلي"), ("ومن جانبه، قام", "مبارك الخييلي"),
    ("وقام", "خالد الفالح"),  # with no turn marker "وتابع" continues the last speaker
])
def test_after_a_turn_marker_the_continuing_verb_is_the_new_partys(opener, speaker):
    a = analyze(f"عنوان\nوأكد الوزير خالد الفالح أن الخطة جاهزة.\n{opener} المقدم مبارك الخييلي بإطلاع الوزير على "
                "البرامج.\nوتابع: «إن الاستعدادات جارية»")
    assert speaker in names(a, quote_with(a, "الاستعدادات جارية").speaker)


def test_the_programme_spoken_to_ends_the_speakers_phrase():
    q = quote_with(analyze("عنوان\nوقال اللاعب لبرنامج في المرمى: سأغادر الكويت فور انتهاء الموسم"), "سأغادر")
    assert q.kind == "direct" and q.speaker.text == "اللاعب"


@pytest.mark.parametrize("sentence, fragment, kind", [
    ("وقال الوزير: سنعمل على تطوير القطاع", "سنعمل", "direct"),
    ("وقال الوزير: سأعمل على تطوير القطاع", "سأعمل", "direct"),
    ("وقال الوزير سنعمل على تطوير القطاع", "سنعمل", "direct"),
    # "سأل" is "asked": the clause stays indirect
    ("وقال الوزير إنه سأل المسؤولين عن الأمر", "سأل المسؤولين", "indirect"),
])
def test_the_first_person_future_after_a_colon_is_verbatim(sentence, fragment, kind):
    assert quote_with(analyze("عنوان\n" + sentence), fragment).kind == kind


def test_a_noun_in_sin_is_no_first_person_future():
    # without a colon only a first-person verb makes the words after the subject verbatim; "سنوات" (years) is none
    assert not [q for q in analyze("عنوان\nوقال الوزير سنوات العمل طويلة.").quotes if q.kind == "direct"]


@pytest.mark.parametrize("sentence, fragment, speaker", [
    # a relative clause whose verb names its own subject
    ("منذ وفاة الملا عمر التي قالت المخابرات الأفغانية إنها حدثت قبل عامين.", "حدثت", "المخابرات الأفغانية"),
    # no subject of its own (an adverb after the verb): the noun before the relative speaks
    ("بينهم الرئيس حسن روحاني الذي يقول بانتظام إن بلاده ستظل ملتزمة بالاتفاق.", "ستظل", "الرئيس حسن روحاني"),
    # the outlet told after a group of sources is not part of it; a role keeps its complement with "لـ"
    ("وقالت مصادر محلية للجزيرة إن الاشتباكات مستمرة.", "الاشتباكات", "مصادر محلية"),
    ("وقال المدير التنفيذي لشركة أرامكو إن الإنتاج مستقر.", "الإنتاج", "المدير التنفيذي لشركة أرامكو"),
])
def test_the_subject_of_a_relative_clause_and_the_outlet_told(sentence, fragment, speaker):
    assert speaker_text(sentence, fragment) == speaker


def test_a_source_close_to_a_person_keeps_the_person_in_its_description():
    for who in ("الفرنسي ميشال بلاتيني", "ميشال بلاتيني", "رئيس الاتحاد"):
        assert speaker_text(f"وقال مصدر مقرب من {who} إن الأخير سيترشح.", "سيترشح") == f"مصدر مقرب من {who}"
    # a name closing a described subject after a complete prepositional phrase still speaks
    a = analyze("عنوان\nوكشف مسؤول الرقابة في الوفد السعودي عبدالعزيز المسعد أن الفحوص سليمة.")
    assert "عبدالعزيز المسعد" in names(a, quote_with(a, "الفحوص سليمة").speaker)


@pytest.mark.parametrize("sentence, fragment, speaker", [
    ("وقالت مصادر \"عكاظ\" إن اللاعب رفض العرض.", "اللاعب رفض العرض", "مصادر \"عكاظ\""),
    ("وتشير مصادر «الجزيرة» إلى أن اللاعبين رفضوا الحلول.", "رفضوا الحلول", "مصادر «الجزيرة»"),
    # words in marks after the sources are their words when they make a clause
    ("وقالت مصادر \"إن اللاعب رفض العرض\"", "اللاعب رفض العرض", "مصادر"),
])
def test_a_papers_own_sources_keep_its_name_in_marks(sentence, fragment, speaker):
    assert speaker_text(sentence, fragment) == speaker


def test_a_country_before_a_headline_colon_speaks_only_in_the_first_person():
    a = analyze("إسرائيل: السجن 20 عاما لأي فلسطيني سيرشقنا بالحجارة\nوأقر البرلمان القانون أمس.")
    assert quote_with(a, "السجن 20 عاما").speaker.text == "إسرائيل"
    # a country before a colon is mostly a dateline
    assert analyze("مصر: الكشف عن لوحتين أثريتين على ساحل البحر الأحمر\nكشفت البعثة عن لوحتين.").quotes == ()
    assert analyze("الأحساء: افتتاح مهرجان التمور بحضور كبير\nافتتح المحافظ المهرجان.").quotes == ()


def test_the_word_after_abu_is_no_surname_of_its_own_for_a_speaker():
    a = analyze("عنوان\nإلى ذلك، طالب الخبير الأمني أحسن أبو طالب بمراقبة المساجد، مشددا على أن المساجد هي الملاذ "
                "الأول للأبناء.")
    assert quote_with(a, "المساجد هي الملاذ").speaker.text != "طالب"  # the verb "demanded" names nobody


def test_a_relative_clause_that_reports_on_its_own_ends_the_clause_before_it():
    a = analyze("عنوان\nوحول المجزرة، قال المحافظ إن المديرية وقفت في وجه الميليشيات الحوثية، التي قال إنها «تنتحر» "
                "بارتكابها لمثل هذه الجريمة.")
    assert quote_with(a, "المديرية وقفت").content.text == "المديرية وقفت في وجه الميليشيات الحوثية"
    assert "تنتحر" in quote_with(a, "بارتكابها").content.text


# ---------------------------------------------------------------- tenth session

def test_a_coordinated_clause_with_its_own_report_ends_the_quote_before_it():
    # FRONTED_REPORT: a run-on sentence of commas; each new report with its own colon or "أن" ends the one before
    a = analyze("عنوان\nوقال المدرب سامي الجابر في المؤتمر: نريد الفوز ونعرف المنافس جيدا، وعن مستوى المهاجم "
                "ياسر القحطاني قال المدرب: اللاعب مهم لنا، واختتم المدرب حديثه بقوله: علينا التركيز، وبدوره أكد "
                "لاعب خط الوسط في الفريق محمد الشلهوب أن المباراة صعبة.")
    first = quote_with(a, "نريد الفوز")
    assert first.content.text == "نريد الفوز ونعرف المنافس جيدا"
    second = quote_with(a, "اللاعب مهم لنا")
    # the fronted topic's player is not the one who speaks
    assert "سامي الجابر" in names(a, second.speaker)
    assert quote_with(a, "علينا التركيز").kind == "direct"
    assert "محمد الشلهوب" in names(a, quote_with(a, "المباراة صعبة").speaker)


def test_whoever_believes_is_no_new_report():
    a = analyze("عنوان\nوأكد الأمير أن البلاد متمسكة بثوابتها، ويخطئ من يعتقد أن هذه الأعمال ستؤثر عليها.")
    assert quote_with(a, "البلاد متمسكة").content.text.endswith("ستؤثر عليها")


def test_and_added_after_an_aside_continues_the_speaker_not_the_last_name():
    a = analyze("عنوان\nقال المحامي ناصر العتيبي: إن اللجنة رفضت الطلب، مشيرا إلى أنها اعترفت بحق مالك المبنى "
                "فهد السبيعي، في هذه القضية، وأضاف: إن الجلسة القادمة حاسمة.")
    assert "ناصر العتيبي" in names(a, quote_with(a, "الجلسة القادمة حاسمة").speaker)


def test_an_unclosed_quote_ends_where_the_narrator_names_the_speaker_again():
    # UNCLOSED_QUOTE_ENDS_AT_NARRATION, inline: no full stop before "وأكد الوزير أن"
    a = analyze('عنوان\nوقال الوزير: " نحن لن ننسى الضحايا أبدا وسنبقى أوفياء لهم وأكد الوزير أن الخطة اكتملت.')
    assert quote_with(a, "نحن لن ننسى").content.text.endswith("أوفياء لهم")
    assert quote_with(a, "الخطة اكتملت").kind == "indirect"
    # the speaker's own story goes on: "وقال لي إنه"
    a = analyze('عنوان\nوقال الرجل: " ذهبت إليه وقال لي إنه سيأتي غدا')
    assert "سيأتي غدا" in quote_with(a, "ذهبت إليه").content.text


def test_words_after_a_colon_go_on_past_a_pause_when_the_speaker_goes_on_in_the_first_person():
    a = analyze("عنوان\nوقال المدرب في المؤتمر: نريد الفوز على المنافس..أنا أعرف الفريق جيدا وسأسعى لكسب اللقاء.")
    assert quote_with(a, "نريد الفوز").content.text.endswith("وسأسعى لكسب اللقاء")
    # a columnist's own ".." after the quoted line ends it
    a = analyze("عنوان\nيقول الشاعر: مسكين من يحسب الصحة شيئا قليلا.. انه تجسيد حي لحكمة قديمة.")
    assert "تجسيد" not in quote_with(a, "مسكين من يحسب").content.text


def test_a_headline_speaker_described_by_a_trade():
    for head in ("قاضٍ يمني سابق", "طبيب عيون", "مواطن", "مندوبون في أوبك"):
        a = analyze(f"{head}: الوضع الصحي في المدينة مقلق جدا\nوقال إن الوضع مقلق.")
        q = quote_with(a, "الوضع الصحي في المدينة")
        assert q.kind == "direct" and q.speaker.text == head


def test_bayyana_reaches_its_clause_over_a_long_subject_or_a_comma_but_not_over_a_semicolon():
    a = analyze("عنوان\nوبين الأمين العام لهيئة الإغاثة الإسلامية العالمية أن هذه الأوضاع تحتاج إلى تضافر الجهود.")
    q = quote_with(a, "هذه الأوضاع تحتاج")
    assert q.cue.text == "بين" and q.speaker.text == "الأمين العام لهيئة الإغاثة الإسلامية العالمية"
    a = analyze("عنوان\nوقال الوزير إن القرار صدر. وبين، أن هذه الأمور ستدرس لاحقا.")
    assert quote_with(a, "هذه الأمور ستدرس").speaker.text == "الوزير"
    # "وبين" (and between) before a semicolon is no verb
    a = analyze("عنوان\nإن الخلط بين الرأي السياسي وبين الدين له خطورته الشديدة؛ ذاك أنه سيجعل المخالف خصما.")
    no_quote_with(a, "سيجعل المخالف")


def test_a_whole_name_in_marks_after_the_speaker_is_no_quote_and_the_clause_after_it_is():
    a = analyze("عنوان\nويضيف د. النعيمي، والذي يشغل منصب مدير “جامعة الإمارات العربية المتحدة”، بأنه ضمن الاستعدادات "
                "يتم بناء فريق تحرير.")
    no_quote_with(a, "جامعة الإمارات")
    q = quote_with(a, "ضمن الاستعدادات")
    assert q.kind == "indirect" and q.speaker.text == "النعيمي"
    # with a correction: "مستدركا أن" reports speech too
    a = analyze("عنوان\nوقال الوزير إن النسبة لا تؤثر في الدخل، مستدركا أنه في حال ارتفاع الأسعار سيعوض المواطن.")
    assert quote_with(a, "في حال ارتفاع الأسعار").cue.text == "مستدركا"


def test_a_verb_after_a_fronted_attribution_has_its_own_subject_and_the_source_is_its_via():
    a = analyze("عنوان\nوبحسب وكالة رويترز قال كيري إن الدول ملتزمة.")
    q = quote_with(a, "الدول ملتزمة")
    assert q.speaker.text == "كيري"
    assert "رويترز" in claim_with(a, "الدول ملتزمة").via[0].text
    # an adjective chain after a title still names the speaker
    a = analyze("عنوان\nقال الشاعر الغنائي المعروف خالد البذال إن مستوى الشعر شهد هبوطا.")
    assert quote_with(a, "مستوى الشعر").speaker.text == "خالد البذال"
    assert [e.name for e in a.entities if e.type == "PER"] == ["خالد البذال"]


def test_a_headline_after_an_agency_rubric_and_a_press_statement_that_names_no_one():
    a = analyze("عام / مدير الجامعة : المملكة ستبقى آمنة بقيادتها\nالرياض واس\nاستنكر مدير الجامعة الدكتور خالد "
                "العمري الحادث.")
    q = quote_with(a, "المملكة ستبقى آمنة")
    assert q.kind == "direct" and q.cue.text == ":"
    # "في تصريح صحفي" is a press statement, not a journalist's: "وأضاف" goes on with the director
    a = analyze("عنوان\nاستنكر مدير الجامعة الدكتور خالد العمري الحادث. وقال في تصريح صحفي اليوم إن الجريمة بشعة. "
                "وأضاف أن هذا الفكر لا يجيد سوى التخريب.")
    assert quote_with(a, "لا يجيد سوى التخريب").speaker.text == "مدير الجامعة"
    assert claim_with(a, "لا يجيد سوى التخريب").source.text == "مدير الجامعة"


def test_a_complaint_reports_and_the_same_offices_are_the_offices_named_before():
    a = analyze("عنوان\nفي حين اشتكت مكاتب استقدام في الرياض بأن الجهات الرسمية لا تلتزم بالاتفاق، وأكد المكاتب "
                "ذاتها بأن السوق متعطش جدا.")
    assert quote_with(a, "لا تلتزم بالاتفاق").speaker.text == "مكاتب استقدام في الرياض"
    assert quote_with(a, "السوق متعطش").speaker.text == "مكاتب استقدام في الرياض"
    # a complaint of an ailment or a nuisance is no claim
    a = analyze("عنوان\nوشكا عدد من المسافرين من سوء الطريق الذي يصل بين المدينتين.")
    assert a.quotes == () and a.claims == ()


def test_an_imam_speaks_where_in_front_of_him_does_not():
    # "إمام" (an imam) and "أمام" (in front of) normalise alike; the speech rules read the word as written
    assert speaker_text("وقال إمام المسجد إن المصلين تبرعوا للمستشفى.", "المصلين تبرعوا") == "إمام المسجد"
    a = analyze("عنوان\nوقال إمام وخطيب المسجد الحرام الشيخ سعود الشريم في خطبة الجمعة إن الرحمة واجبة.")
    speaker = quote_with(a, "الرحمة واجبة").speaker
    assert speaker.text.startswith("إمام وخطيب المسجد الحرام")
    assert [e.name for e in a.entities if e.id == speaker.entity] == ["سعود الشريم"]
    # "قال أمام الحضور": an adverb after the verb, not its subject
    assert speaker_text("وقال أمام الحضور إن الحرب انتهت.", "الحرب انتهت") is None
    assert speaker_text("وقف الرئيس أمام الصحافيين وقال إن الحرب انتهت.", "الحرب انتهت") == "الرئيس"


def test_a_described_speaker_keeps_its_body_or_place_written_with_bi():
    assert speaker_text("وقال مصدر محلي بالمدينة إن الاشتباكات مستمرة.", "الاشتباكات") == "مصدر محلي بالمدينة"
    assert speaker_text("وقال مسؤول بوزارة الداخلية إن الهجوم فشل.", "الهجوم فشل") == "مسؤول بوزارة الداخلية"
    # "بالأمس" and "بالمناسبة" are adverbs, not the speaker's body
    assert speaker_text("وقال مصدر بالأمس إن الهجوم فشل.", "الهجوم فشل") == "مصدر"
    assert speaker_text("وأكد مسؤولون بالمناسبة أن المشروع ناجح.", "المشروع ناجح") == "مسؤولون"
    # sources keep any definite place or party written with "ب", and a body in marks after "في"
    assert speaker_text("وأكدت مصادر بالسوق أن الأسعار ارتفعت.", "الأسعار") == "مصادر بالسوق"
    assert speaker_text("وقالت مصادر بالمعارضة السياسية إن العفو مصيدة.", "العفو") == "مصادر بالمعارضة السياسية"
    assert speaker_text("وقالت مصادر في «الجيش السوري الحر»، لـ«الشرق الأوسط»، إن الجولات فشلت.",
                        "الجولات") == "مصادر في «الجيش السوري الحر»"
    assert speaker_text("وأكدت مصادر بالإجماع أن الأسعار ارتفعت.", "الأسعار") == "مصادر"
    # the place or party takes its adjectives, not the verb's object after them
    assert speaker_text("ووصفت مصادر بالمعارضة السياسية العفو بـ«المصيدة الجديدة لحث الشباب».",
                        "المصيدة") == "مصادر بالمعارضة السياسية"


def test_each_of_two_speakers_and_a_verb_form_inside_a_name():
    # "كل من X وY": the first one named speaks for both
    assert speaker_text("حيث قال كل من فيصل المعيقل وفهد الشثري إن الخطوات جيدة.", "الخطوات جيدة") == "فيصل المعيقل"
    # "طالب" after a kunya or "بن" is a name's word, not "demanded"
    a = analyze("عنوان\nواستهدف الهجوم مسجد علي بن أبي طالب بتاريخ 4/8/1436.")
    assert a.quotes == () and a.claims == ()
    assert speaker_text("وأوضح العميد صالح بن طالب أن التوجيهات واضحة.", "التوجيهات") == "صالح بن طالب"


def test_the_person_met_speaks_next_in_the_sentence():
    a = analyze("عنوان\nوالتقت «عكاظ» الدكتور محمد الحداد في مكتبه، وقال إن الجامعة تستعد للعام الجديد.")
    speaker = quote_with(a, "الجامعة تستعد").speaker
    assert [e.name for e in a.entities if e.id == speaker.entity] == ["محمد الحداد"]
    # without a verb of meeting the joined verb keeps the sentence's subject
    a = analyze("عنوان\nوزارت «عكاظ» مكتب الدكتور محمد الحداد، وقالت إن الجامعة تستعد للعام الجديد.")
    speaker = quote_with(a, "الجامعة تستعد").speaker
    assert [e.name for e in a.entities if e.id == speaker.entity] != ["محمد الحداد"]


def test_ali_after_the_verb_is_the_speaker_when_it_is_a_name():
    assert speaker_text("وقال علي محمد إن الاجتماع انتهى.", "الاجتماع انتهى") == "علي محمد"
    # "على" written "علي" before an ordinary word is a preposition, no speaker
    assert speaker_text("وقال علي الرغم من ذلك إن الاجتماع انتهى.", "الاجتماع انتهى") is None


def test_a_verbal_noun_after_the_cue_is_its_object_and_the_speaker_goes_on():
    a = analyze("عنوان\nوقال المهندس سامي العلي إن المجلس بذل جهدا كبيرا.\n"
                "وأكد تعثر مشروعين في المحافظة بسبب نزع الملكية.\nوأضاف: المشاريع عديدة.")
    assert [e.name for e in a.entities if e.id == quote_with(a, "المشاريع عديدة").speaker.entity] == ["سامي العلي"]
    claim = claim_with(a, "تعثر مشروعين")
    assert [e.name for e in a.entities if e.id == claim.source.entity] == ["سامي العلي"]


def test_an_honorific_alone_designates_the_speaker():
    assert speaker_text("وقال الشاب إنه سعيد بالفوز.", "سعيد بالفوز") == "الشاب"
    assert speaker_text("وقالت الفتاة إنها سعيدة بالنتيجة.", "سعيدة بالنتيجة") == "الفتاة"


def test_the_name_that_closes_a_long_chain_of_roles_speaks():
    a = analyze("عنوان\nوأكد المشرف على كرسي المهندس سامي الحربي لأبحاث النحل بجامعة الملك سعود رئيس جمعية النحالين "
                "الدكتور فهد بن سعد العتيبي أن اللقاء سيستمر خمسة أيام.")
    speaker = quote_with(a, "اللقاء سيستمر").speaker
    assert [e.name for e in a.entities if e.id == speaker.entity] == ["فهد بن سعد العتيبي"]
    # a name inside a relative clause after the role is not the role's
    assert speaker_text("قال عضو المجلس السابق الذي خسر أمام المرشح جورج بوش إن الدبلوماسية فشلت.",
                        "الدبلوماسية فشلت") != "جورج بوش"


def test_a_participle_after_a_report_of_a_body_is_the_body_s():
    a = analyze("عنوان\nورصد تقرير مؤسسة النقد العربي السعودي ارتفاعا في عدد أجهزة نقاط البيع، "
                "مبينا أنه بسبب ذلك ارتفع عدد العمليات.")
    speaker = quote_with(a, "ارتفع عدد العمليات").speaker
    assert [e.name for e in a.entities if e.id == speaker.entity] == ["مؤسسة النقد العربي السعودي"]


def test_a_call_agrees_with_the_study_named_before_it():
    a = analyze("عنوان\nومن أبرز توصيات الدراسة الدعوة لتعزيز دور القطاع الخاص، كما دعت إلى تفعيل "
                "الاستراتيجية الوطنية للأعلاف.")
    claim = claim_with(a, "تفعيل الاستراتيجية")
    assert claim.source is not None and claim.source.text == "الدراسة"


def test_a_described_speaker_ends_before_a_time_adjunct():
    assert speaker_text("ويقول الباحثون في الآونة الأخيرة إن النوم مهم للذاكرة.", "النوم مهم") == "الباحثون"


def test_an_earlier_report_after_a_conjunction_of_time_inside_a_reported_clause():
    def opening(a, fragment):  # the quotes whose content begins with the fragment (not the outer one around it)
        return [q for q in a.quotes if a.text[q.content.start:q.content.end].startswith(fragment)]

    a = analyze("عنوان\nوقال مكتب رئيس الوزراء في بيان إن الطائرات قصفت مواقع للتنظيم أمس بعد أن قالت أنقرة: "
                "إنها ستتخذ كل الإجراءات لحماية حدودها.")
    assert [e.name for q in opening(a, "ستتخذ كل الإجراءات") for e in a.entities if e.id == q.speaker.entity] \
        == ["أنقرة"]
    a = analyze("عنوان\nوأعلن الصندوق أن الحكومة سددت المتأخرات، في حين قال مسؤولون محليون إن الوزارة دفعت "
                "مليار دولار.")
    assert [q.speaker.text for q in opening(a, "الوزارة دفعت")] == ["مسؤولون محليون"]
    # a verb after a conjunction of time with no clause of its own reports nothing
    assert opening(analyze("عنوان\nوقال الوزير إن الوفد وصل بعدما أعلن الاتفاق رسميا."), "الاتفاق") == []


def test_the_verbal_noun_of_say_with_its_genitive_and_the_speaker_who_goes_on():
    assert speaker_text("وجاء القرار بعد ساعات من قول مسؤولين في واشنطن إن أنقرة وافقت على الطلب.",
                        "أنقرة وافقت") == "مسؤولين في واشنطن"
    # the one whose words are reported through the verbal noun does not take over the sentence's speaker
    a = analyze("عنوان\nونفى وزير المالية سامي العلي قول عدد من النواب إن العجز سيتضاعف، وأضاف: «نقدر أن العجز "
                "سينخفض».")
    speaker = quote_with(a, "نقدر أن العجز").speaker
    assert [e.name for e in a.entities if e.id == speaker.entity] == ["سامي العلي"]


def test_a_relative_clause_whose_verb_takes_a_noun_leaves_the_reported_clause_to_the_main_verb():
    a = analyze("عنوان\nوقالت المتحدثة باسم صندوق النقد التي أكدت قرار التعيين إن هذه الخطوة جاءت بطلب من البرلمان.")
    q = quote_with(a, "هذه الخطوة جاءت")
    assert (q.cue.text, q.speaker.text) == ("قالت", "المتحدثة باسم صندوق النقد")
    # the relative clause's verb is no cue of its own: she goes on speaking in the next sentence
    a = analyze("عنوان\nوقالت المتحدثة باسم صندوق النقد التي أكدت قرار التعيين إن هذه الخطوة جاءت بطلب من البرلمان. "
                "وقالت في رسالة \"المجتمع الدولي يعترف بالبرلمان\".")
    assert quote_with(a, "المجتمع الدولي يعترف").speaker.text == "المتحدثة باسم صندوق النقد"
    # a relative clause with its own subject reports on its own: "التي قالت المخابرات إنها …"
    assert speaker_text("وأصبح الرئيس الفعلي للحركة منذ وفاة زعيمها التي قالت المخابرات الأفغانية إنها حدثت قبل عامين.",
                        "حدثت قبل عامين") == "المخابرات الأفغانية"


def test_bayyana_with_a_comma_after_its_subject():
    assert speaker_text("وبيّن رئيس البلدية، أن اللجنة حرصت على برامج الأسرة.", "اللجنة حرصت") == "رئيس البلدية"
    # "بين" the preposition still reports nothing
    assert not analyze("عنوان\nوجلس الوزير بين الحضور، أن الأمر غريب.").quotes


def test_a_relative_after_a_body_and_its_place_refers_to_the_body():
    assert speaker_text("ويعد القرار ضربة للمجلس العسكري الحاكم في تايلاند، الذي قال إن تباطؤ الاقتصاد كان سببا "
                        "لتوليه السلطة.", "تباطؤ الاقتصاد") == "للمجلس العسكري الحاكم في تايلاند"


def test_a_bare_title_prefers_the_person_once_called_exactly_that():
    a = analyze("عنوان\nاستقبل الرئيس عبد الفتاح السيسي، أمس، هيلج لوند الرئيس التنفيذي لمجموعة الغاز البريطانية. "
                "ولفت الرئيس إلى أن مصر لم تتخلف يوما عن سداد التزاماتها.")
    speaker = quote_with(a, "مصر لم تتخلف").speaker
    assert a.entity(speaker.entity).name == "عبد الفتاح السيسي"


def test_by_saying_reports_the_clause_subjects_words():
    a = analyze("عنوان\nوقال المدرب سامي العلي إن المباراة كانت صعبة. وختم بالقول: أتقدم بالشكر للجماهير على دعمها.")
    q = quote_with(a, "أتقدم بالشكر")
    assert a.name_of(q.speaker) == "سامي العلي"
    # "in word and deed" reports nothing
    assert not analyze("عنوان\nوتميز الرجل بالقول والفعل معا.").quotes


def test_a_name_right_after_a_definite_role_that_runs_on_is_the_subject():
    # the role phrase "الدكتور المحامي خليل الدليمي رئيس …" names its person right after "المحامي"; the object of
    # the first verb ("تصريحات المالكي") does not speak
    a = analyze('عنوان\nاستنكر الدكتور المحامي خليل الدليمي رئيس الهيئة القانونية الدولية تصريحات المالكي وقال '
                '"نستنكر هذه التصريحات المستفزة".')
    assert a.name_of(quote_with(a, "نستنكر هذه").speaker) == "خليل الدليمي"
    # an indefinite role is in construct with the name after it: the lawyer of Shafik, not Shafik
    a = analyze("عنوان\nوقالت محامية شفيق في القاهرة إن الخبر مؤكد.")
    assert a.name_of(quote_with(a, "الخبر مؤكد").speaker) != "شفيق"


def test_the_outlet_spoken_to_in_brackets_comes_before_the_subject():
    a = analyze("عنوان\nأكد لـ(عكاظ) الشيخ صالح لنجف رئيس تحالف قبائل مأرب، أن المقاتلين تلقوا ضربات نوعية.")
    assert a.name_of(quote_with(a, "تلقوا ضربات").speaker) == "صالح لنجف"


def test_a_described_subject_with_a_quantifier_before_its_verb():
    a = analyze("عنوان\nتتزايد الضغوط على الميزانية لكن أحدث البيانات تشير إلى أنه أمام المملكة عدة سنوات قبل الأزمة.")
    assert a.name_of(quote_with(a, "أمام المملكة").speaker) == "أحدث البيانات"


@pytest.mark.parametrize("sentence, fragment, speaker", [
    ("وقال الطبيب محمد العتيبي إن الحالات كثيرة. ولفت النظر إلى أن هذه الإصابات خطيرة.", "هذه الإصابات",
     "محمد العتيبي"),
    ("ولفت التقرير النظر إلى أن الدولة تبنت برنامجا شاملا.", "الدولة تبنت", "التقرير"),
    ("وقال الطبيب خالد السالم إن العملية ناجحة. ولاحظ معي أن الأكل بعد العملية لا يعود طبيعيا.", "الأكل بعد العملية",
     "خالد السالم"),
])
def test_the_object_of_an_idiom_a_preposition_or_a_demonstrative_is_no_speaker(sentence, fragment, speaker):
    a = analyze("عنوان\n" + sentence)
    assert a.name_of(quote_with(a, fragment).speaker) == speaker


def test_a_statement_a_body_issued_is_the_body_named_before():
    art = analyze("أعلنت شركة إسمنت الشمال نتائجها.\nوأشار بيان أصدرته الشركة أمس إلى أن المبيعات ارتفعت.")
    q = quote_with(art, "المبيعات ارتفعت")
    assert "شركة إسمنت" in {n[:10] for n in names(art, q.speaker)}
    assert q.speaker.entity is not None


def test_a_woman_named_with_her_father_and_a_speaker_in_apposition_after_a_place():
    art = analyze("عنوان\nأكدت نهلة بنت أحمد الجبير، مديرة مركز التطوير، أنه لا بد من التدريب.")
    assert "نهلة بنت أحمد الجبير" in names(art, quote_with(art, "لا بد من التدريب").speaker)
    art = analyze("عنوان\nأكد رئيس مجلس محافظة الأنبار غرب العراق، صباح كرحوت، أنه تمت السيطرة على المدينة.")
    assert "صباح كرحوت" in names(art, quote_with(art, "تمت السيطرة").speaker)
    assert "العراق" in [e.name for e in art.entities if e.type == "LOC"]


def test_a_reported_clause_then_the_speakers_own_sentence_in_marks_are_two_quotes():
    art = analyze('عنوان\nوأشاد معلم سارة بإنجازها وقال إنها كانت تلميذة مثالية، '
                  '"سارة تلميذة ذكية، فهي تعمل جاهدة كل يوم".')
    indirect = quote_with(art, "كانت تلميذة مثالية")
    assert indirect.kind == "indirect" and indirect.content.text == "كانت تلميذة مثالية"
    direct = quote_with(art, "فهي تعمل جاهدة")
    assert direct.kind == "direct" and direct.content.text.startswith("سارة تلميذة ذكية")
    assert indirect.speaker.text == direct.speaker.text == "معلم سارة"
    # words in marks that go on with the reported clause stay one mixed quote
    art = analyze('عنوان\nوقال الفنان إنهم كانوا يأملون أن يتولى الإدارة فنان، «لأن الفنان أقرب إلى متطلبات العمل».')
    assert quote_with(art, "يتولى الإدارة").kind == "mixed"


def test_the_veil_and_my_attention_are_never_speakers():
    for text in ("وكشف النقاب أمس عن أن الخطة ستطبق قريبا.", "ولفت انتباهي أن هناك طبيبا واحدا فقط في القرية."):
        art = analyze("عنوان\n" + text)
        for q in art.quotes:
            assert q.speaker is None or q.speaker.text not in ("النقاب", "انتباهي"), text


def test_the_prophet_named_as_gods_messenger_speaks():
    art = analyze('عنوان\nوقال رسول الله صلى الله عليه وسلم: "الدين النصيحة".')
    assert quote_with(art, "الدين النصيحة").speaker.text == "رسول الله"


def test_an_honorific_pronoun_skips_the_dignitaries_listed_after_and():
    art = analyze("عنوان\nواسى أمير منطقة نجران الأمير جلوي بن عبدالعزيز والد الشهيد، حيث نقل سموه تعازي خادم الحرمين "
                  "الشريفين الملك سلمان بن عبدالعزيز، وسمو ولي العهد وسمو ولي ولي العهد.\n"
                  'وقال سموه في اتصال هاتفي "نعزي أنفسنا أولا على استشهاد مواطن عاش عزيزا".')
    speaker = quote_with(art, "نعزي أنفسنا").speaker
    assert [e.name for e in art.entities if e.id == speaker.entity] == ["جلوي بن عبدالعزيز"]


def test_a_dignitary_spoken_with_is_not_the_subject_of_the_sentence():
    art = analyze('عنوان\nواستهل والد الشهيد حديثه مع سمو الأمير بحمد الله على قضائه وقدره، وقال "نثمن العزاء".')
    speaker = quote_with(art, "نثمن العزاء").speaker
    assert speaker is None or "حمد" not in speaker.text


def test_a_relative_pronoun_after_a_quoted_outlet_refers_to_it():
    art = analyze('عنوان\nوقرر النادي تعديل عرضه بدفع 6 ملايين أخرى كإضافات ملحقة بالعقد بحسب ما ذكرت "ذي ديلي مايل" '
                  "التي رأت أن المدرب لن يتردد في إشراك اللاعب.")
    assert claim_with(art, "لن يتردد").source.text == "ذي ديلي مايل"
    art = analyze("عنوان\nويختبر الفريق سيارة «بلادهاوند» التي قال مصممها إنها ستكون الأسرع في العالم.")
    assert all(q.speaker is None or q.speaker.text != "بلادهاوند" for q in art.quotes)


def test_a_voter_speaks():
    art = analyze("عنوان\nوأعربت الولايات المتحدة عن قلقها. وأكدت ناخبة في حي غيوشا شمال العاصمة "
                  '"لا أريد أن أعود إلى الحي مع الحبر على إصبعي".')
    assert quote_with(art, "لا أريد أن أعود").speaker.text.startswith("ناخبة في حي غيوشا")


@pytest.mark.parametrize("sentence, fragment, speaker", [
    ("وأدان الوزراء بشدة الهجمات العنيفة على المدنيين، مشيرين إلى أن هذه الجماعات تستغل الفوضى.", "تستغل الفوضى",
     "الوزراء"),
    ("ونقلت الإذاعة عن المصادر القول إن المجموعة تضم عشرات المستوطنين.", "تضم عشرات", "المصادر"),
    ("أوضح ذلك اليوم مدير عام فرع وزارة العمل عبدالله العليان الذي بين أن الوزارة أطلقت موقعا.", "أطلقت موقعا",
     "عبدالله العليان"),
    ("وقال مصدر عسكري يمني رفيع المستوى إن الهجوم فشل.", "الهجوم فشل", "مصدر عسكري يمني رفيع المستوى"),
    ("نفى مصدر دبلوماسي مصري مسؤول وجود أي تغيير في موقف القاهرة، لافتا إلى أن النظرة ثابتة.", "النظرة ثابتة",
     "مصدر دبلوماسي مصري مسؤول"),
    ("وقال التقرير الدوري للشركة إن منطقة الشرق الأوسط ما زالت الأعلى ربحية.", "الأعلى ربحية",
     "التقرير الدوري للشركة"),
    ("وقالت متحدثة باسم فيشر إن موعد الزيارة لم يتحدد.", "موعد الزيارة", "متحدثة باسم فيشر"),
])
def test_adverbs_demonstratives_and_verbal_nouns_are_no_part_of_the_speaker(sentence, fragment, speaker):
    assert speaker_text(sentence, fragment) == speaker
    assert speaker_text("ولم يسمع أحد أن شخصا ادعى صراحة أنه صاحب الفكرة.", "صاحب الفكرة") != "صراحة"


def test_a_reports_object_a_clause_with_fa_and_a_role_attached_to_its_holder_in_claims():
    art = analyze("عنوان\nتوقع تقرير اقتصادي حديث ارتفاع أسعار النفط إلى 75 دولارا للبرميل في العام المقبل.")
    assert claim_with(art, "75 دولارا").source.text == "تقرير اقتصادي حديث"
    art = analyze("عنوان\nولا يعني ذلك نهاية المرحلة كما يزعم البعض فالتجربة كانت ثرية.")
    assert all(c.source is None or c.source.text == "البعض" for c in art.claims)
    art = analyze("عنوان\nووفقا للناطق الإعلامي بشرطة منطقة القصيم الرائد بدر السحيباني فإن الجاني فر من الموقع.")
    source = claim_with(art, "الجاني فر").source
    assert [e.name for e in art.entities if e.id == source.entity] == ["بدر السحيباني"]


def test_a_new_topic_and_another_speakers_report_end_a_reported_clause():
    art = analyze("عنوان\nوقال إن الأهداف الرئيسية تحققت في خطة العمل الشاملة، في سياق آخر أعلن وزير الخارجية الفرنسي "
                  "لوران فابيوس أنه سيسافر إلى طهران الأسبوع المقبل.")
    assert quote_with(art, "الأهداف الرئيسية").content.text == "الأهداف الرئيسية تحققت في خطة العمل الشاملة"
    assert quote_with(art, "سيسافر إلى طهران").speaker.text.endswith("لوران فابيوس")
    art = analyze("عنوان\nويعتبر قادة الحرس أن الصواريخ الذراع القوي للبلاد، وقد أعلن وزير الخارجية الإيراني محمد جواد "
                  "ظريف أن الاتفاق حظي باهتمام واسع.")
    assert quote_with(art, "الصواريخ الذراع").content.text.startswith("الصواريخ الذراع القوي للبلاد")
    assert "ظريف" in quote_with(art, "حظي باهتمام").speaker.text


def test_the_blessing_on_the_prophet_after_the_verb_is_his_whole_epithet():
    art = analyze('عنوان\nوقال إمام المسجد إن الصلاة عماد الدين. وقال صلى الله عليه وسلم: "الدين النصيحة".')
    assert quote_with(art, "الدين النصيحة").speaker.text == "صلى الله عليه وسلم"


def test_a_described_speaker_right_before_a_verbal_noun_cue():
    art = analyze('عنوان\nيتوجه بعض الناخبين إلى سبيل ماء، حيث بين ذلك ناخب بوروندي بقوله "نمحو الحبر عن أصابعنا".')
    assert quote_with(art, "نمحو الحبر").speaker.text == "ناخب بوروندي"


def test_a_described_group_after_the_quoted_paper_it_told():
    art = analyze('عنوان\nأبلغ "الاقتصادية" مصرفيون، أن سندات التنمية قوية.')
    assert quote_with(art, "سندات التنمية").speaker.text == "مصرفيون"
    art = analyze('عنوان\nقال "كريس فيليرز" المتحدث باسم "بوينج"، إن القطعة ليست جزءا من المنظومة.')
    assert quote_with(art, "القطعة ليست").speaker.text == "كريس فيليرز"  # (a quoted name, then his role)


def test_someone_called_by_name_speaks_and_is_called_is_no_claim():
    for text, fragment, name in (
            ("عنوان\nوقال شاب يُدعى محمد العلي إن الحادث مروع.", "الحادث مروع", "محمد العلي"),
            ("عنوان\nوقالت عارضة أزياء تُدعى انداه كيرانا «أتصور أن مستقبل الأزياء مبشر».", "مستقبل الأزياء",
             "انداه كيرانا"),
            ('عنوان\nوذكر الشاهد عبدالرحمن مير "أطلقوا النار على السيارة".', "أطلقوا النار", "عبدالرحمن مير")):
        art = analyze(text)
        assert art.name_of(quote_with(art, fragment).speaker) == name, text
    art = analyze('عنوان\nوأعلنت الوكالة أن الشهيد يُدعى "سيف الفلاسي"، وهو ضابط صف.')
    assert [q.cue.text for q in art.quotes] == ["أعلنت"]
    art = analyze("عنوان\nوهي تدعي أن الحكومة فشلت في إدارة الأزمة.")
    assert quote_with(art, "الحكومة فشلت").cue.text == "تدعي"


def test_god_speaks_by_his_epithet_and_the_charge_d_affaires_is_a_title():
    art = analyze("عنوان\nقال تعالى: (وأحسنوا إن الله يحب المحسنين).")
    sp = quote_with(art, "وأحسنوا").speaker
    assert sp.text == "الله" and sp.start is None  # (no word of the text is His name)
    art = analyze("عنوان\nوأوضح القائم بالأعمال في سفارة المملكة في فيينا عبد الله السلمي أن الطالبة بخير.")
    assert art.name_of(quote_with(art, "الطالبة بخير").speaker) == "عبد الله السلمي"


def test_an_unnamed_source_keeps_its_description_and_is_no_cue():
    art = analyze("عنوان\nونقلت صحيفة «وول ستريت جورنال» عن مصادر لم تسمها أن واشنطن قد تطلق سراحه.")
    assert quote_with(art, "واشنطن قد تطلق").speaker.text == "مصادر لم تسمها"
    art = analyze("عنوان\nوقال مسؤول لم يكشف عن هويته إن الهجوم فشل.")
    assert quote_with(art, "الهجوم فشل").speaker.text == "مسؤول لم يكشف عن هويته"
    assert not [c for c in art.claims if c.content.text.startswith("هويته")]


def test_a_report_turning_to_another_party_ends_the_clause():
    art = analyze("عنوان\nوقال إن الأمر حسم، من ناحيتها نقلت صحيفة «الغارديان» عن مصادر أن الإفراج قريب.")
    assert quote_with(art, "الأمر حسم").content.text == "الأمر حسم"


def test_a_body_speaking_through_its_spokesman_and_a_name_after_a_title_no_list_knows():
    art = analyze("عنوان\nوأكد البيت الأبيض على لسان المتحدث باسمه أن التصريحات لا تعكس الموقف.")
    q = quote_with(art, "التصريحات لا تعكس")
    assert q.speaker.text == "البيت الأبيض"
    c = claim_with(art, "التصريحات لا تعكس")
    assert c.source.text == "البيت الأبيض" and [v.text for v in c.via] == ["المتحدث"]
    art = analyze("عنوان\nوتؤكد الصحيفة، على لسان خبير الآثار، أن التحف مسروقة.")
    assert claim_with(art, "التحف مسروقة").source.text == "خبير الآثار"  # (a paper relays)
    art = analyze("عنوان\nوقال البريجادير جنرال الأمريكي كيفين كيليا في البيان إن الغارات مستمرة.")
    assert art.name_of(quote_with(art, "الغارات مستمرة").speaker) == "كيفين كيليا"


def test_a_participle_agreeing_with_the_relayer_and_the_relayed_speakers_own_gender():
    # the paper (نقلت, feminine) relays the cleric's words (قوله, masculine): "مشيرة" is the paper's
    art = analyze("عنوان\nونقلت صحيفة «ديلي ميل» البريطانية عن القس فونيس، قوله إنه من غير المرجح أن يلتقي البشر "
                  "مع حضارات أخرى، مشيرة إلى أنها ليست المرة الأولى التي يناقش فيها الأمر.")
    assert art.name_of(quote_with(art, "يلتقي البشر").speaker) == "فونيس"
    assert art.name_of(quote_with(art, "ليست المرة الأولى").speaker) == "صحيفة ديلي ميل"
    # a masculine participle stays the speaker's
    art = analyze("عنوان\nونقلت وكالة رويترز عن الوزير سمير حداد قوله إن المحادثات ستستأنف، مضيفا أنها ستكون صعبة.")
    assert art.name_of(quote_with(art, "ستكون صعبة").speaker) == "سمير حداد"
    # the next sentence's "وأضاف" continues the one whose masdar was masculine, not someone before
    art = analyze("عنوان\nوقال فهد العتيبي إن الموقف ثابت. ونقلت وكالة الأنباء عن وزير الخارجية سمير حداد قوله إن "
                  "المعركة انتهت.\nوأضاف: إن المهمة الآن هي إعادة الإعمار.")
    assert art.name_of(quote_with(art, "إعادة الإعمار").speaker) == "سمير حداد"


def test_joined_bodies_speak_through_the_first_and_a_described_speaker_ends_before_her_words():
    art = analyze("عنوان\nأعربت وزارة الدفاع عن شكرها للتحالف. وأكدت الوزارة وهيئة الأركان اليمنية في بيان أن "
                  "المليشيات تتكبد خسائر كبيرة.")
    assert art.name_of(quote_with(art, "تتكبد خسائر").speaker) == "وزارة الدفاع"
    # two titles of one man, then his name: he speaks
    art = analyze("عنوان\nوقد اعتبر البرلماني وزعيم الحزب القومي سمير حداد أن التصعيد خطير.")
    assert art.name_of(quote_with(art, "التصعيد خطير").speaker) == "سمير حداد"
    # "على" after the supervisor is the preposition, not "علي" of the byline's name
    art = analyze("عنوان\nخالد علي- جدة: وقالت المشرفة على المبنى في أقوالها إن الطالب كان يتحدث بطريقة عنصرية.")
    assert quote_with(art, "بطريقة عنصرية").speaker.text == "المشرفة على المبنى"
    art = analyze("عنوان\nوقال ممثلون عن هذه المجموعات إن الخطاب سيبث غدا.")
    assert quote_with(art, "سيبث غدا").speaker.text == "ممثلون عن هذه المجموعات"


def test_a_spokeswoman_is_not_the_one_she_speaks_for():
    art = analyze("عنوان\nوقال الرئيس النمساوي هاينز فيشر إن الزيارة مهمة. وقالت متحدثة باسم فيشر إن الموعد لم يتحدد.")
    sp = quote_with(art, "الموعد لم يتحدد").speaker
    assert sp.text == "متحدثة باسم فيشر" and sp.entity is None
    # the given name باسم is no "on behalf of": "رئيس البعثة باسم أبوداود"
    art = analyze("عنوان\nوقال رئيس بعثة الفريق باسم أبوداود إن المعسكر نجح.")
    assert "أبوداود" in art.name_of(quote_with(art, "المعسكر نجح").speaker)


def test_a_description_closed_by_an_honorific_names_the_one_after_it_and_a_royal_epithet_is_no_name():
    art = analyze("عنوان\nمن جانبه، عبر والد الشهيد الشيخ ناصر بشيري عن شكره للقيادة، مؤكدا أن ابنه بطل.")
    assert art.name_of(quote_with(art, "ابنه بطل").speaker) == "ناصر بشيري"
    art = analyze("عنوان\nوبعث الملك سلمان برقية تهنئة. وأعرب الملك المفدى عن أصدق التهاني، مؤكدا أن العلاقات متينة.")
    assert art.name_of(quote_with(art, "العلاقات متينة").speaker) == "الملك سلمان"  # (one word left)
    art = analyze("عنوان\nأعرب الملك المفدى عن أصدق التهاني، مؤكدا أن العلاقات متينة.")
    assert quote_with(art, "العلاقات متينة").speaker.text == "الملك المفدى"
    # the passive's auxiliary opens the added clause, it is no subject
    art = analyze("عنوان\nوقال رئيس اللجنة سامي العلي إن الأندية تفاعلت. وأضاف تمت مناقشة آلية الحوافز.")
    assert not [q for q in art.quotes if q.speaker is not None and q.speaker.text.startswith("تمت")]


def test_an_ambiguous_participle_reports_after_a_comma_and_before_its_clause():
    # AMBIGUOUS_PARTICIPLE_BEFORE_CLAUSE: "مضيفة" (also a hostess) is a cue between a comma and "أن"
    art = analyze("عنوان\nوقالت الجمعية إن القرار خاطئ، مضيفة أن المفاوضات فشلت.")
    q = quote_with(art, "المفاوضات فشلت")
    assert q.cue.text == "مضيفة" and q.speaker.text == "الجمعية"
    assert quote_with(art, "القرار خاطئ").content.text == "القرار خاطئ"
    art = analyze("عنوان\nوأوضحت الإدارة أن المدرب لم يرفض النقل، مبينة بأنه لم يتواصل مع أي قناة.")
    assert quote_with(art, "لم يتواصل").cue.text == "مبينة"
    assert not analyze("عنوان\nوصعدت مضيفة الطيران إلى الطائرة قبل الإقلاع.").quotes
    # CLAUSE_ENDS_AT_KAMA_REPORT: "، كما صرح بوجود …" is a report of its own
    art = analyze("عنوان\nوقال القائد إن القوات تضم متطوعين من المدينة، كما صرح بوجود مجاميع أخرى ستتوالى.")
    assert quote_with(art, "تضم متطوعين").content.text == "القوات تضم متطوعين من المدينة"
    assert "مجاميع أخرى" in claim_with(art, "مجاميع أخرى").content.text


def test_a_participle_after_a_copula_is_its_predicate_not_a_cue():
    art = analyze("عنوان\nوأكد الوكيل أن مشاركته في البطولة ستكون مؤكدة، بعد أن تمكن مدربه من إقناعه بالبقاء.")
    assert [q.cue.text for q in art.quotes] == ["أكد"]
    assert "بعد أن تمكن" in quote_with(art, "مشاركته").content.text
    art = analyze("عنوان\nوقال الخبير إن الأسعار سترتفع، مؤكدا أن الطلب قوي.")
    assert [q.cue.text for q in art.quotes] == ["قال", "مؤكدا"]


def test_a_post_with_the_bodys_pronoun_speaks_and_a_speakers_name_stops_before_a_preposition():
    art = analyze("عنوان\nوأكد متحدثها الرسمي علي بن موسى الفيفي أن التعليمات واضحة. وأضاف المتحدث الرسمي أن "
                  "العقوبات ستطبق.")
    assert art.name_of(quote_with(art, "التعليمات واضحة").speaker) == "علي بن موسى الفيفي"
    assert art.name_of(quote_with(art, "العقوبات ستطبق").speaker) == "علي بن موسى الفيفي"
    # the name the entity layer found is not stretched over the verb's preposition or its object
    assert speaker_text("وحذر المبعوث زيد رعد الحسين من أن الوضع خطير.", "الوضع خطير") == "زيد رعد الحسين"
    # (but a name word before a comma is one: "بين")
    art = analyze("عنوان\nوأرجع تشيوي هونغ بين، كبير الخبراء، السبب إلى ركود الطلب. وقال تشيوي هونغ بين إن النمو بطيء.")
    assert quote_with(art, "النمو بطيء").speaker is not None


def test_a_company_after_its_trade_speaks_and_a_verbal_noun_after_another_is_no_cue():
    art = analyze("عنوان\nوقالت شركة خدمات حقول النفط بيكر هيوز إن عدد المنصات زاد.")
    assert art.name_of(quote_with(art, "عدد المنصات").speaker) == "بيكر هيوز"
    # (a body named with a preposition in its description is not skipped: "الأمانة العامة لسوق عكاظ")
    # MASDAR_PAIR: "تأكيد أو نفي" are two verbal nouns, "نفي" no verb of denial
    art = analyze("عنوان\nوقال الوزير سالم الحذيفي إن الوضع مستقر. ورفض تأكيد أو نفي القبض على قائد الكتيبة.")
    assert [q.cue.text for q in art.quotes] == ["قال"]
    assert not [c for c in art.claims if c.modality == "denied"]


def test_words_quoted_before_this_is_what_he_said_and_a_quote_after_he_went_on():
    # THIS_IS_WHAT: "«…»، هذا ما قاله X"
    art = analyze("عنوان\n\"الوضع صعب جدا ولا بد من الحل\"، هذا ما قاله الوزير خالد العمري.")
    q = quote_with(art, "الوضع صعب")
    assert q.kind == "direct" and q.cue.text == "قاله" and art.name_of(q.speaker) == "خالد العمري"
    assert not analyze("عنوان\nويمثل الكاتب على ذلك بما قالته الحاجة عوشة التي تشكو من أن ابنها فقد عمله.").quotes
    # CONTINUED_QUOTE: "وواصل «…»" goes on speaking; "واصل" with an object reports nothing
    art = analyze("عنوان\nوقال المرشح سالم العلي إن المنافس ضعيف. وواصل \"هناك أسئلة كثيرة حول برنامجه\".")
    assert art.name_of(quote_with(art, "أسئلة كثيرة").speaker) == "سالم العلي"
    art = analyze("عنوان\nوواصلت القوات تقدمها نحو المدينة، وقال المتحدث إن المعارك مستمرة.")
    assert [q.cue.text for q in art.quotes] == ["قال"]


def test_a_described_speaker_called_by_his_name_and_an_accusative_object_after_a_described_source():
    art = analyze("عنوان\nوقال مهندس في محطة للصرف الصحي يدعى جيانغ: «إنه من أقوى الأعاصير التي رأيتها».")
    assert art.name_of(quote_with(art, "أقوى الأعاصير").speaker) == "جيانغ"
    # ACCUSATIVE_OBJECT: the noun with the accusative tanween is the verb's object, not part of its subject
    art = analyze("عنوان\nوأظهرت البيانات زيادة في المخزونات في حين توقع محللون انخفاضاً بنفس القدر.")
    c = claim_with(art, "بنفس القدر")
    assert c.source.text == "محللون" and c.content.text.startswith("انخفاضاً")


def test_a_described_source_goes_on_over_the_bodies_it_works_in():
    art = analyze("عنوان\nمن جهة أخرى، أكد عاملون في وكالات دعاية وإعلانات أن حجوزات اللافتات تراجعت هذا العام.")
    assert claim_with(art, "حجوزات اللافتات").source.text == "عاملون في وكالات دعاية وإعلانات"


def test_van_before_a_comma_ends_a_name_and_a_claim_object_ends_a_described_source():
    # "فان" (Dutch "van", or a name's last word) before punctuation is no "فإن"
    art = analyze("عنوان\nوقال أوباه فان، محلل أسواق العملات لـ«الشرق الأوسط»: «الجنيه سيواصل الهبوط».")
    q = quote_with(art, "الجنيه سيواصل")
    assert q.kind == "direct" and q.speaker.text == "أوباه فان"
    art = analyze("عنوان\nوبحسب مصادر مطلعة فإن الجنيه سيواصل الهبوط.")
    assert claim_with(art, "الجنيه سيواصل").source.text == "مصادر مطلعة"
    # CLAIM_OBJECT: "مزاعم" without the article is the verb's object, not a word of the described source
    art = analyze("عنوان\nاستنكر دبلوماسيون عرب ومصريون مزاعم نوري المالكي ضد المملكة، مؤكدين أنها تتصدى للإرهاب.")
    assert claim_with(art, "تتصدى للإرهاب").source.text == "دبلوماسيون عرب ومصريون"


def test_a_described_speaker_with_a_named_genitive_a_comma_before_qad_and_the_way_by_which():
    # a construct whose genitive is a mention: "أحد العاملين في جمارك | ميناء الحديدة"
    art = analyze("عنوان\nوقال أحد العاملين في جمارك ميناء الحديدة، طالبا عدم كشف هويته، إن «الميناء توقف عن العمل».")
    assert quote_with(art, "الميناء توقف").speaker.text == "أحد العاملين في جمارك ميناء الحديدة"
    # a person's name, a comma, then "قد" and the verb: he is the subject (not the body he informed)
    art = analyze("عنوان\nوكان الوزير خالد العمري، قد أبلغ الأمم المتحدة بأن المشروع تأخر.")
    assert art.name_of(claim_with(art, "المشروع تأخر").source) == "خالد العمري"
    # (nor the body named in a role between them)
    art = analyze("عنوان\nوكان هيمنت كوتالوار؛ القائم بأعمال السفارة الهندية في المملكة، قد كشف أن هناك ثماني "
                  "اتفاقيات.")
    assert art.name_of(claim_with(art, "ثماني اتفاقيات").source) != "السفارة الهندية في المملكة"
    # "عن طريق" is "by way of", not what is told about
    art = analyze("عنوان\nوأبلغ الوزير خالد العمري الصحفيين عن طريق المتحدث بأن الاجتماع تأجل.")
    assert not [c for c in art.claims if c.content.text.startswith("طريق")]


def test_a_verb_form_after_a_preposition_is_a_noun():
    # NOUN_AFTER_PREPOSITION: "إلى وصف" is the verbal noun (to describing), not "وصف" (he described): the man described
    # speaks no words
    art = analyze("عنوان\nودفع ذلك وزير الخارجية إلى وصف أردوغان بأنه “بلطجي معاد للسامية”.")
    assert "أردوغان" not in [art.name_of(q.speaker) for q in art.quotes if q.speaker]
    # (a verbal noun in ة after the preposition is still a cue: "في إجابة على سؤال")
    art = analyze("عنوان\nوقال مارك تونر، مساعد المتحدث، في إجابة على سؤال، بأن الولايات المتحدة ترحب بانضمام أي دولة.")
    assert art.name_of(quote_with(art, "ترحب بانضمام").speaker) == "مارك تونر"


def test_van_opening_a_name_after_the_verb_and_a_time_clause_before_the_words():
    # "فان" that opens the speaker's name is no "فإن" (but it is after "بحسب X", and written "فإن")
    art = analyze("عنوان\nوقال لويس فان جال مدرب الفريق. وقال فان جال “سيرجيو حارس موهوب للغاية”.")
    q = quote_with(art, "حارس موهوب")
    assert q.kind == "direct" and art.name_of(q.speaker) == "لويس فان جال"
    art = analyze("عنوان\nوقال المرشح دونالد ترامب إنه سيفوز. وبحسب الاستطلاع فان ترامب هو المرشح الأوفر حظا.")
    assert claim_with(art, "هو المرشح الأوفر").source.text == "الاستطلاع"
    # TIME_CLAUSE: "قبل أن" opens a time clause of the subject's, the words come after the colon
    art = analyze("عنوان\nوقال المدرب الذي يتحضر للمباراة قبل أن يختتم الفريق جولته: «لا يمكنني التحدث عن الشائعات».")
    assert [q.content.text for q in art.quotes] == ["لا يمكنني التحدث عن الشائعات"]


def test_the_article_calling_the_words_a_claim_ends_them_and_a_source_noun_after_a_relative_speaks():
    # "… وهي مزاعم فندها الحارس": the article's comment, not the speaker's words
    art = analyze("عنوان\nوقال المدرب إن الحارس رفض اللعب ضمن الفريق الاحتياطي وهي مزاعم فندها الحارس.")
    assert claim_with(art, "رفض اللعب").content.text == "الحارس رفض اللعب ضمن الفريق الاحتياطي"
    # a relative clause with its own subject, a source noun: "… الذي ذكرت تقارير أنه …"
    art = analyze("عنوان\nوأنهى الفريق جولته بلقاء أمام باريس سان جيرمان الذي ذكرت تقارير أنه يسعى لضم اللاعب.")
    assert claim_with(art, "يسعى لضم").source.text == "تقارير"


def test_the_people_spoken_to_and_a_generic_head_with_a_participle():
    # ADDRESSEES: "للصحافيين" is who was spoken to, not part of the described speaker
    art = analyze("عنوان\nوقال مسؤول أميركي للصحافيين إن الاجتماع كان مثمرا.")
    assert quote_with(art, "كان مثمرا").speaker.text == "مسؤول أميركي"
    # GENERIC_WITH_PARTICIPLE: "الشركة المشغلة" is the company named before (a long foreign name in "يو" included)
    art = analyze("عنوان\nوأعلنت شركة يوروتانل أن المهاجرين كثيرون. كما أكدت الشركة المشغلة أن الوضع صعب.")
    assert art.name_of(quote_with(art, "الوضع صعب").speaker) == "شركة يوروتانل"


def test_a_body_short_name_in_marks_before_the_headline_colon_speaks():
    # HEADLINE_QUOTED_SPEAKER: the body of the article whose name ends in the quoted word
    art = analyze("«السياحة»: 10 % معدل نمو فرص العمل سنويا في القطاع\nالرياض - واس\n"
                  "أكدت الهيئة العامة للسياحة أن فرص العمل تنمو.")
    q = quote_with(art, "معدل نمو فرص العمل")
    assert q.kind == "direct" and art.name_of(q.speaker) == "الهيئة العامة للسياحة"
    # (a quoted thing is no speaker: "«فيديو الصراصير»: …")
    assert not analyze("«فيديو الصراصير»: حقيقة ما جرى في المطعم\nنص الخبر.").quotes


def test_a_man_of_letters_is_a_title_before_the_speakers_name():
    # "الأديب" is a title: the speaker is the person named after it, not the description
    a = analyze("بدوره قال الأديب المعروف نايف النوايسة: تأتي الزيارة في وقت مهم. وأضاف: نرحب بالضيوف.")
    for fragment in ("تأتي الزيارة", "نرحب بالضيوف"):
        assert "نايف النوايسة" in names(a, quote_with(a, fragment).speaker), fragment


def test_the_management_of_a_body_named_before_speaks_for_it():
    # MANAGEMENT_OF_BACK_REFERENCE: "إدارة المكتبة" after "مكتبة الملك عبدالعزيز العامة" is the library
    a = analyze("تدشن مكتبة الملك عبدالعزيز العامة صباح الأحد برنامجا جديدا. "
                "وأوضحت إدارة المكتبة أن البرنامج يستهدف الأطفال.")
    assert "مكتبة الملك عبدالعزيز العامة" in names(a, quote_with(a, "يستهدف الأطفال").speaker)
    # (a department named by its own field is no one named before)
    a = analyze("وقالت إدارة المرور إن الطريق مغلق.")
    assert quote_with(a, "الطريق مغلق").speaker.entity is None


def test_the_same_described_source_after_an_attribution_phrase():
    # "وبحسب الضابط نفسه" is the officer described before, though "الضابط" is no generic back-reference word
    a = analyze("وقال ضابط إسرائيلي كبير في الجيش إن عدد الجرحى ارتفع. "
                "وبحسب الضابط نفسه فإن الجيش لم يقدم أموالا للمسلحين.")
    claim = claim_with(a, "لم يقدم أموالا")
    assert claim.source.text == "ضابط إسرائيلي كبير في الجيش"
    assert claim.content.text.startswith("الجيش")  # ("نفسه" is no part of the claim)


def test_the_same_described_speaker_as_the_subject_of_another_verb():
    # SAME_GROUP: "تطرق الضابط نفسه إلى …، وقال إن" — the officer described before speaks again
    a = analyze("وقال ضابط إسرائيلي كبير في الجيش إن عدد الجرحى ارتفع. إلى ذلك، تطرق الضابط نفسه إلى "
                "الاتفاق النووي، وقال إن الحديث عن تهديد أقل غير صحيح.")
    assert quote_with(a, "تهديد أقل").speaker.text == "ضابط إسرائيلي كبير في الجيش"


def test_a_described_subject_before_the_verb_after_fa_inna_and_hunaka():
    # the main clause after a concessive one, and an existential "هناك": the subject stands before the verb
    a = analyze("وأعلنت شركة الاتصالات عن تحديث جديد. وعلى الرغم من أنه لم يصل بعد للمستخدمين فإن أحدث "
                "التقارير أكدت على أنه سيصل قريباً. ولا شيء مؤكد حتى الآن إلا إن هناك تقارير أكدت على أن "
                "التطبيق سيدعم النسخ الاحتياطي.")
    assert quote_with(a, "سيصل قريباً").speaker.text == "أحدث التقارير"
    assert quote_with(a, "سيدعم النسخ").speaker.text == "تقارير"


def test_a_quoted_subject_and_the_official_who_spoke_last():
    # QUOTED_SUBJECT: a subject in quote marks right before the colon; OFFICIAL_BACK_REFERENCE: "المسؤول" with
    # the speaker's own nationality is the one who spoke last
    a = analyze("وقال وزير الداخلية اليمني عبده الحذيفي إن المقاومة تقدمت. وعن حجم خسائر المتمردين قال «المسؤول "
                "اليمني»: «لا أستطيع أن أتحدث عنها».")
    minister = entity_named(a, "عبده الحذيفي")
    q = quote_with(a, "لا أستطيع أن أتحدث")
    assert q.speaker.text == "المسؤول اليمني" and q.speaker.entity == minister.id
    # (another nationality is someone else)
    a = analyze("وقال وزير الداخلية اليمني عبده الحذيفي إن المقاومة تقدمت. وقال المسؤول الأمريكي إن الدعم مستمر.")
    assert quote_with(a, "الدعم مستمر").speaker.entity is None


def test_the_official_by_a_nisba_whose_country_has_another_stem():
    # the nisba is read through the nisba lexicon: "الأمريكي" is the nationality "الولايات المتحدة", whose name
    # shares no stem with it; "الروسي" is someone else
    a = analyze("عنوان\nقال وزير الخارجية الأمريكي جون كيري إن المحادثات مستمرة. وأضاف المسؤول الأمريكي أن "
                "الاتفاق قريب. وقال المسؤول الروسي إن الأمر مختلف.")
    kerry = entity_named(a, "جون كيري")
    assert kerry.nationality == "الولايات المتحدة"
    assert quote_with(a, "الاتفاق قريب").speaker.entity == kerry.id
    assert quote_with(a, "الأمر مختلف").speaker.entity is None


def test_a_definite_description_refers_back_to_the_indefinite_one():
    # DEFINITE_BACK_REFERENCE: "مسؤول من حركة حماس" … "المسؤول بحماس" is one speaker; "المصدر الحكومي" is not
    # "مصدر رسمي" (a word the earlier description lacks)
    a = analyze("قال مسؤول من حركة حماس إن لافروف اجتمع مع مشعل. وفي بيان صدر في غزة قال المسؤول بحماس إن وفدا "
                "أطلع لافروف على الأوضاع.")
    assert quote_with(a, "وفدا أطلع").speaker.text == "مسؤول من حركة حماس"
    a = analyze("وقال مصدر رسمي إن الأوضاع هادئة. وقال المصدر الحكومي إن اللجنة ستجتمع.")
    assert quote_with(a, "اللجنة ستجتمع").speaker.text == "المصدر الحكومي"
    # a given name no list knows with "آل" and the family after a title is the speaker's name
    a = analyze('وقال المحامي بخيت آل غباش: "البعض يتغنى بالكرامة".')
    assert quote_with(a, "يتغنى").speaker.text == "بخيت آل غباش"


def test_a_hospital_is_a_place_that_speaks_as_its_management():
    # hospitals are facilities (LOC, as GOLD.md types them), yet a hospital's statement has the hospital as speaker
    a = analyze("إدارة مستشفى الدوادمي: لا صحة لرسالة «كورونا»\nأكدت إدارة مستشفى الدوادمي العام أنه لا صحة "
                "للرسالة المتداولة.")
    hospital = entity_named(a, "مستشفى الدوادمي")
    assert hospital.type == "LOC"
    assert quote_with(a, "لا صحة لرسالة").speaker.entity == hospital.id


def test_a_document_speaks_for_the_body_that_issued_it():
    # ISSUER_IN_RELATIVE: "التقرير … الذي أصدرته مؤسسة النقد" is the issuer's report; DOCUMENT_ISSUER_NAMED_LATER:
    # the report that spoke first, before its issuer was named, and the later "التقرير" are the issuer's too
    a = analyze("ذكر تقرير أن إجمالي القروض بلغ 454 مليار ريال. وكشف التقرير الحادي والخمسون الذي أصدرته مؤسسة "
                "النقد العربي السعودي أن المنصرف بلغ 58 مليار ريال. وأوضح التقرير أن الرصيد ارتفع.")
    sama = entity_named(a, "مؤسسة النقد العربي السعودي")
    for fragment in ("إجمالي القروض بلغ", "المنصرف بلغ", "الرصيد ارتفع"):
        assert quote_with(a, fragment).speaker.entity == sama.id
    a = analyze("وأكدت الدراسة التي أجرتها جامعة الملك سعود أن التدخين يضر بالقلب.")
    assert quote_with(a, "التدخين يضر").speaker.text == "جامعة الملك سعود"
    # a relative clause with another verb names someone else: the draft speaks, not the agency that saw it
    a = analyze("وقالت المسودة التي اطلعت عليها وكالة رويترز إن الاتفاق قريب.")
    assert quote_with(a, "الاتفاق قريب").speaker.entity is None
    # nor is a document's report credited to a body when the article ties that noun to two bodies
    a = analyze("ذكر تقرير أن الودائع ارتفعت. وكشف التقرير الذي أصدرته وزارة المالية أن العجز تقلص. وقال "
                "التقرير الذي أعدته وزارة الاقتصاد إن النمو تباطأ.")
    assert quote_with(a, "الودائع ارتفعت").speaker.entity is None


def test_a_named_body_in_quote_marks_and_a_relative_clause_before_the_clause():
    # the body in quote marks right before the clause is the entity named so ("تقرير «ساما»"); a name inside an
    # indefinite subject's relative clause ("حصلت عليها «الشرق الأوسط»") is not the speaker, and "الحكومة" later
    # is not that "وثيقة حكومية"
    a = analyze("وكشف تقرير «ساما» أن الودائع ارتفعت.")
    sama = entity_named(a, "ساما")
    assert sama.type == "ORG" and quote_with(a, "الودائع ارتفعت").speaker.entity == sama.id
    a = analyze("وكشفت وثيقة حكومية حصلت عليها «الشرق الأوسط» أن قطاع السياحة تضرر. وقال وزير المالية إن العجز "
                "تقلص. وذكر مسؤول أن الصادرات نمت. وقال خبير إن النمو بطيء. وقال محلل إن الأسعار ترتفع. وقال "
                "مصرفي إن السيولة متوفرة. وقال تاجر إن الطلب قوي. وأعلنت الحكومة أن المغرب ما زال جاذبا للاستثمار.")
    assert quote_with(a, "قطاع السياحة تضرر").speaker.text == "وثيقة حكومية"
    assert quote_with(a, "المغرب ما زال").speaker.text == "الحكومة"


def test_a_bulletin_a_body_issues_speaks_for_it():
    # "نشرة" is a document; "التي تصدرها دوريا مؤسسة النقد" names its issuer (an issuing verb in the present, an
    # adverb before the body), and the later "النشرة" is that body's too
    a = analyze("وكشفت النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد العربي السعودي عن ارتفاع القروض. وأوضحت "
                "النشرة أن عدد البطاقات تجاوز مليونا.")
    sama = entity_named(a, "مؤسسة النقد العربي السعودي")
    assert claim_with(a, "ارتفاع القروض").source.entity == sama.id
    assert quote_with(a, "عدد البطاقات").speaker.entity == sama.id


def test_a_described_speaker_ends_before_a_relative_clause_with_and():
    # "والتي توفيت …" and "والذي يقيم …" describe the speaker further; the speaker's words are the phrase before
    a = analyze("وقال أحد قيادات القبيلة والذي يقيم في القاهرة إن الحوار متعثر.")
    assert quote_with(a, "الحوار متعثر").speaker.text == "أحد قيادات القبيلة"


def test_a_headline_that_opens_with_the_verb_and_its_verbal_noun_object_is_a_claim():
    # STANCE_VERB_WITH_OBJECT at the very first word: "أعلنت جامعة أم القرى بدء التقديم" (R5, a claim only); a
    # "ل" + outlet noun inside the object is part of what is announced, no relay ("لبرنامج الانتساب")
    a = analyze("أعلنت جامعة أم القرى بدء التقديم لبرنامج الانتساب للعام الجامعي الجديد.")
    c = claim_with(a, "بدء التقديم لبرنامج الانتساب")
    assert c.source.entity == entity_named(a, "جامعة أم القرى").id and c.via == ()
    assert a.quotes == ()
    # a relay named before the object stays one
    a = analyze("خبر عاجل. وأكد الوزير لوكالة الأنباء السعودية استمرار العمل في المشروع.")
    assert [v.text for v in claim_with(a, "استمرار العمل").via] == ["وكالة الأنباء السعودية"]


def test_a_person_named_after_the_verb_speaks_not_the_body_before_it():
    # NAMED_SUBJECT_AFTER_VERB: a body that ends the clause before the verb (an object, a genitive) is not its
    # subject when a person is named right after the verb
    art = arnews.analyze("ولدى سؤاله عن وقف تسليح حزب العمال الكردستاني قال ماتيس \"نعم سنمضي على غرار ما أعلنه "
                         "الرئيس\".")
    assert quote_with(art, "نعم سنمضي").speaker.entity == entity_named(art, "ماتيس").id
    # a body that opens its clause is still the subject, a person after the verb its object: "وكانت وزارة
    # الخارجية | أبلغت محمد العلي أن …"
    art = arnews.analyze("وكانت وزارة الخارجية أبلغت محمد العلي أن الوفد وصل.")
    assert quote_with(art, "الوفد وصل").speaker.entity == entity_named(art, "وزارة الخارجية").id


def test_a_counted_object_and_a_complement_with_his_pronoun_are_no_speakers():
    # COUNTED_OBJECT: "بإبقاء 35 ألف جندي": a number of people after a preposition is what was recommended, not who
    # speaks in the joined "وقال"; "بتوصياته" (with his pronoun) is the verb's complement, not part of the subject
    art = arnews.analyze("وأعرب الجنرال رايموند أوديرنو عن اعتقاده أن الانسحاب كان خطأ.\nوذكّر الجنرال بتوصياته "
                         "بإبقاء 35 ألف جندي أميركي في العراق بعد الانسحاب، وقال إن ذلك لجنّب العراقيين الصعاب.")
    assert quote_with(art, "لجنّب العراقيين").speaker.entity == entity_named(art, "رايموند أوديرنو").id
    assert speaker_text("وذكر الوزير بتوصياته بإبقاء 35 ألف جندي في المنطقة، وقال إن ذلك ضروري.", "ضروري") == "الوزير"
    # a count that is no preposition's object stays the subject: "تظاهر آلاف الأشخاص …، مؤكدين"
    assert speaker_text("وتظاهر آلاف الأشخاص في المدينة، مؤكدين أن المطالب عادلة.", "المطالب") == "الأشخاص في المدينة"


def test_a_web_address_after_a_colon_is_no_ones_words():
    a = analyze("وأعلن المدير أسماء المقبولين، داعياً جميع المرشحين للاطلاع على تعليمات التسجيل عبر البوابة على "
                "الرابط: http://riyadhedu.org/moe/")
    assert not [q for q in a.quotes if q.content.text.startswith("http")]
    assert quote_with(analyze('وقال الوزير: "زوروا www.example.com للمزيد".'), "زوروا").kind == "direct"


def test_a_paper_that_reported_the_news_speaks_not_the_news():
    # RELATIVE_WITH_SUBJECT: "التي أوردت الخبر" — what an outlet reports is its verb's object, so the pronoun refers
    # back to the paper, past its nisba ("صحيفة واشنطن تايمز | الأميركية التي …")
    a = analyze("وقالت صحيفة واشنطن تايمز الأميركية التي أوردت الخبر في تقرير لها إن السؤال المطروح صعب.")
    assert quote_with(a, "السؤال المطروح").speaker.entity == entity_named(a, "صحيفة واشنطن تايمز").id


def test_where_the_speakers_place_lies_is_no_part_of_the_speaker():
    # "شمال شرق العاصمة" after a place in a description is the author's aside
    assert speaker_text("وقالت ناخبة في حي غيوشا شمال شرق العاصمة إن الانتخابات هادئة.", "الانتخابات") == \
        "ناخبة في حي غيوشا"


def test_a_person_named_in_an_aside_after_a_preposition_is_not_the_roles_holder():
    # NAME_AFTER_PREPOSITION: "مع الوزير عادل الجبير" inside the aside is the one met, not the speaker
    assert speaker_text("أكد وزير خارجية مصر، في المؤتمر الصحفي المشترك مع الوزير عادل الجبير، أن مصر ملتزمة "
                        "بدعم الشرعية في اليمن.", "مصر ملتزمة") == "وزير خارجية مصر"
    assert speaker_text("قال وزير الخارجية، الأمير سعود الفيصل، إن الوضع صعب.", "الوضع صعب") == \
        "الأمير سعود الفيصل"


def test_a_group_is_described_up_to_a_verb_that_describes_it():
    # PLURAL_VERB_AFTER_GROUP: "قاموا باستطلاع …" describes "باحثون"; after a relative it is the description
    assert speaker_text("وقال باحثون قاموا باستطلاع رد فعل المخ على الصرخة: إن الصوت العالي يستهدف المخ.",
                        "الصوت العالي") == "باحثون"
    assert speaker_text("وأكد بعض من جربوا النظام أنه سهل الاستخدام.", "سهل الاستخدام") == "بعض من جربوا النظام"


def test_specialists_speak_as_a_group_before_their_verb():
    # source_nouns.tsv: "الاختصاصيين"، "مختصين"، "متخصصون" head described speakers, also before the verb
    a = analyze("وقال روبان إن الوضع جيد. غير أن الاختصاصيين يشيرون إلى أن ذلك لا يمت بصلة إلى اليونان.")
    assert quote_with(a, "لا يمت بصلة").speaker.text == "الاختصاصيين"
    assert speaker_text("وكشف مختصون في قطاع الإنشاءات أن الأسعار سترتفع.", "الأسعار") == "مختصون في قطاع الإنشاءات"


def test_but_that_with_bayda_ends_the_reported_clause_before_a_new_report():
    # "بيد أنه شدد على أن" (however he stressed) opens a new report, as "إلا أنه" does
    a = analyze("عنوان\nوقال مراقب إن الأمر يركز على الذكور، بيد أنه شدد على أن الخطوة غير ملزمة للناخبين.")
    assert quote_with(a, "الأمر يركز").content.text == "الأمر يركز على الذكور"
    assert quote_with(a, "الخطوة غير ملزمة").cue.text == "شدد"


def test_it_turned_out_reports_nobodys_words():
    # TURNED_OUT: "تبيّن أنه" right before "أن" is impersonal; with a subject the verb reports ("وتبين الدراسة أن")
    a = analyze("عنوان\nوقال الطبيب إن المريض وصل في حالة سيئة، وبعد إجراء الفحوصات، تبين أنه أصيب بتمزق في الشريان.")
    assert quote_with(a, "أصيب بتمزق").cue.text == "قال"  # (the doctor's clause goes on past it)
    a = analyze("عنوان\nوقال الطبيب إن طفلة أحضرت إلى الطوارئ، وتبين بعد الفحص أنها متوفاة قبل وصولها.")
    assert quote_with(a, "متوفاة").content.text == "طفلة أحضرت إلى الطوارئ، وتبين بعد الفحص أنها متوفاة قبل وصولها"
    assert quote_with(analyze("عنوان\nوتبين الدراسة أن المرض منتشر."), "المرض منتشر").speaker.text == "الدراسة"


def test_bayyana_before_a_persons_name_is_he_explained():
    # BAYYANA_BEFORE_NAME: "وبين" + a person's name is "he explained", also before a quote with no "أن"
    a = analyze("عنوان\nوبين مدير عام الشؤون الصحية بمنطقة جازان الدكتور أحمد السهلي: «المشاريع تتجاوز 161 مليون "
                "ريال».")
    assert "أحمد السهلي" in names(a, quote_with(a, "المشاريع تتجاوز").speaker)
    a = analyze("عنوان\nوبين الوزير محمد العلي: «المشروع سينتهي قريبا».")
    assert "محمد العلي" in names(a, quote_with(a, "المشروع سينتهي").speaker)
    # between two people: "بينه وبين رئيس الهلال"
    no_quote_with(analyze("عنوان\nوكان الخط مفتوحا بينه وبين محمد العلي: «لا جديد» كما قيل."), "لا جديد")


def test_asking_god_is_a_prayer_quote_and_no_claim():
    # PRAYER_ASKING: "سائلا الله أن …"، "سائلين المولى عز وجل أن …" pray (R6): an indirect quote, never a claim
    a = analyze("عنوان\nوقدم الأمير خالد الفيصل العزاء لأسرة الفقيد، سائلا الله أن يتغمده بواسع رحمته.")
    q = quote_with(a, "يتغمده بواسع رحمته")
    assert q.kind == "indirect" and q.cue.text == "سائلا"
    assert "خالد الفيصل" in names(a, q.speaker)
    assert not [c for c in a.claims if "يتغمده" in c.content.text]
    a = analyze("عنوان\nوأكد الوزير محمد العلي دعمه للمشروع، سائلين المولى عز وجل أن يحفظ البلاد.")
    assert quote_with(a, "يحفظ البلاد").cue.text == "سائلين"
    # asking someone stays a question, no prayer: "وسأل الصحفي الوزير أن يوضح موقفه"
    no_quote_with(analyze("عنوان\nوسأل الصحفي الوزير أن يوضح موقفه."), "يوضح موقفه")


def test_a_participle_takes_the_role_of_an_unnamed_subject():
    # the role's words end at the place in its genitive (GENITIVE_PLACE_CLOSES: "محافظ الجبيل | التهاني"), and a
    # name inside a later name is no candidate holder ("لخادم الحرمين | الشريفين")
    assert speaker_text("ورفع محافظ الجبيل التهاني للمواطنين، مؤكدا أن البلاد بخير.", "البلاد بخير") == "محافظ الجبيل"
    assert speaker_text("ورفع محافظ الجبيل التهاني لخادم الحرمين الشريفين، مؤكدا أن البلاد بخير.",
                        "البلاد بخير") == "محافظ الجبيل"


def test_the_full_name_after_a_role_is_the_speakers_mention():
    # the holder after a role is named by his whole name at the quote, not by the surname inside it
    assert speaker_text("وأوضح أمين منطقة جازان رئيس اللجنة المحلية محمد الشايع أن مهمات اللجنة كثيرة.",
                        "مهمات اللجنة") == "محمد الشايع"


def test_a_quoted_surname_that_is_also_a_post_is_the_person():
    # QUOTED_SURNAME: "قال «القاضي»" after "حمد بن عبدالله القاضي" is that man, though "القاضي" is a judge too
    a = analyze("عنوان\nأكد الكاتب حمد بن عبدالله القاضي أن المؤسسة ناجحة. وعن التطرف قال \"القاضي\": إن الوعي هو "
                "الحل.")
    assert "حمد بن عبدالله القاضي" in names(a, quote_with(a, "الوعي هو الحل").speaker)
    a = analyze("\"القاضي\": الملك مثل قمة الوفاء للمؤسسة\nأكد الكاتب حمد بن عبدالله القاضي أن المؤسسة ناجحة.")
    assert "حمد بن عبدالله القاضي" in names(a, quote_with(a, "قمة الوفاء").speaker)


def test_an_honorific_pronoun_is_the_subject_for_a_later_participle():
    # HONORIFIC_PRONOUN as the main verb's subject ("وعبر سموه عن تعازيه، سائلا …"): the prince or sheikh it fits,
    # the words before the name too ("صاحب السمو الشيخ سيف"); not when a new subject came between
    a = analyze("عنوان\nتلقى الأمير محمد بن نايف اتصالا هاتفيا من صاحب السمو الشيخ سيف بن زايد آل نهيان. وعبر "
                "سموه عن تعازيه لأسر الشهداء، سائلا الله أن يتغمدهم بواسع رحمته.")
    assert "سيف بن زايد آل نهيان" in names(a, quote_with(a, "يتغمدهم").speaker)
    a = analyze("عنوان\nوافتتح الأمير فيصل المعرض. ثم تجول سموه في الصالات ثم ألقى مدير المهرجان إبراهيم الجار كلمة "
                "أوضح فيها أن المهرجان ناجح، لافتاً إلى أن الزوار كثر.")
    assert "إبراهيم الجار" in names(a, quote_with(a, "الزوار كثر").speaker)


def test_a_statement_in_which_speaks_for_its_issuer():
    # STATEMENT_IN_WHICH: "في بيان صحافي جاء فيه: …" — the words of the one who issued it (the sentence's subject)
    a = analyze("عنوان\nونعى المتحدث باسم الشرطة العقيد زياد الرقيطي الفقيد في بيان صحافي جاء فيه: تعرضت إحدى دوريات "
                "الأمن لإطلاق نار من سيارة.")
    q = quote_with(a, "تعرضت إحدى دوريات")
    assert q.kind == "direct" and q.cue.text == "جاء فيه" and "زياد الرقيطي" in names(a, q.speaker)
    a = analyze("عنوان\nوأصدرت وزارة الصحة بيانا جاء فيه أن الخطة جاهزة.")
    assert "وزارة الصحة" in names(a, quote_with(a, "الخطة جاهزة").speaker)
    # a tweet written or sent out is its writer's: "وكتب ترامب تغريدة، …، قال فيها إن …" (not the platform)
    a = analyze("عنوان\nوقال ترودو إن الكنديين مهذبون. وكتب دونالد ترامب تغريدة، خلال رحلته إلى سنغافورة، قال فيها "
                "إنه أعطى تعليماته للمسؤولين.")
    assert "دونالد ترامب" in names(a, quote_with(a, "أعطى تعليماته").speaker)
    a = analyze("عنوان\nوأطلق الشيخ خالد بن أحمد آل خليفة تغريدة على موقع «تويتر» قال فيها «نهنئ الشعب بالعيد».")
    assert "خالد بن أحمد آل خليفة" in names(a, quote_with(a, "نهنئ الشعب").speaker)


def test_an_indefinite_source_right_before_its_verb_speaks():
    # SOURCE_WITH_ITS_VERB: "وظهرت أنباء | تؤكد أن …" — the reports say it, not the sources who spoke before
    a = analyze("عنوان\nوكشفت مصادر اتحادية أن التوجه بات واضحا. وفي المقابل ظهرت أنباء تؤكد أن الإدارة ربما تشتري "
                "عقد الحارس.")
    assert quote_with(a, "تشتري عقد الحارس").speaker.text == "أنباء"
    a = analyze("عنوان\nوتلقت غرفة العمليات بلاغا من شخص يفيد بأن ابنه تعرض للغرق.")
    assert quote_with(a, "ابنه تعرض للغرق").speaker.text == "شخص"


def test_an_unclosed_quotation_ends_before_the_narrators_participle():
    # UNCLOSED_QUOTE_ENDS_AT_NARRATION: a mark never closed ends at ", مشدداً بأنه" (the narrator speaks again);
    # the participle's clause is an indirect quote of the same speaker
    a = analyze("عنوان\nمن جهته أبدى العليان سعادته بالتجديد للتعاون وقال: «لم أتخيل نفسي خارج هذا النادي وتم التجديد "
                "بناء على رغبة الطرفين، مشدداً بأنه سيبذل ما بوسعه من أجل خدمة ناديه، مؤكداً بأن ذلك ليس بغريب على "
                "رجالات النادي.")
    q = quote_with(a, "لم أتخيل نفسي")
    assert q.kind == "direct" and q.content.text.endswith("رغبة الطرفين")
    q = quote_with(a, "سيبذل ما بوسعه")
    assert q.kind == "indirect" and q.cue.text == "مشدداً" and "العليان" in names(a, q.speaker)
    assert quote_with(a, "ليس بغريب").cue.text == "مؤكداً"
    # the club after the shown joy is no outlet spoken to
    assert not claim_with(a, "سعادته").via
    # a quotation that closes keeps the participle inside it
    a = analyze("عنوان\nوقال الوزير: «إن الوضع مستقر، مؤكداً أن شيئا لم يتغير» في إشارة إلى خصومه.")
    assert "مؤكداً أن شيئا لم يتغير" in quote_with(a, "الوضع مستقر").content.text


def test_agreed_on_that_reports_speech():
    # AGREED_ON: "أجمع … على أن" (they agreed that) is a quote and a claim; "أجمع" without "على" is "all"
    a = analyze("عنوان\nوأجمع الخبراء على أن الاقتصاد سينمو العام المقبل. وتقدم الأمم المتحدة للعالم أجمع مبادرة "
                "جديدة تقول إن الطاقة حق للجميع.")
    q = quote_with(a, "الاقتصاد سينمو")
    assert q.cue.text == "أجمع" and q.speaker.text == "الخبراء"
    assert claim_with(a, "الاقتصاد سينمو").modality == "asserted"
    assert not [x for x in a.quotes if x.cue is not None and x.cue.text == "أجمع" and "مبادرة" in x.content.text]


def test_a_platform_in_marks_inside_an_adjunct_does_not_speak():
    # PLATFORM_NO_SPEAKER: "وقال عبر حسابه بموقع التواصل الاجتماعي “تويتر” إنها …" — the platform is where he spoke
    a = analyze("عنوان\nوأوضح الدكتور ياسر العصيفير خبير أمن المعلومات أن الشركات وهمية. وقال عبر حسابه بموقع التواصل "
                "الاجتماعي “تويتر” إنها شركة وهمية هدفها جمع البيانات.")
    assert "ياسر العصيفير" in names(a, quote_with(a, "هدفها جمع البيانات").speaker)
    # a quoted name right before the clause is still the subject where no adjunct holds it
    a = analyze("عنوان\nوأعلنت شركة مصافي \"اديميتسو كوزان\" أنها ستخفض الإنتاج.")
    assert "اديميتسو كوزان" in quote_with(a, "ستخفض الإنتاج").speaker.text


def test_a_generic_subject_speaks_for_the_body_named_before_at_a_participle():
    # GENERIC_SUBJECT_OF_PARTICIPLE: "وحصرت الهيئة … بمطار الملك عبدالعزيز …، مشيرة إلى أنها" is the authority named
    # before, not a post inside the adjunct ("الملك")
    a = analyze("عنوان\nوأعلنت الهيئة العامة للغذاء والدواء شروط الاستيراد. وحصرت الهيئة استيراد الأدوية بمطار الملك "
                "عبدالعزيز الدولي بجدة، مشيرة إلى أنها لن توافق على دخولها.")
    q = quote_with(a, "لن توافق على دخولها")
    assert "الهيئة العامة للغذاء والدواء" in names(a, q.speaker) and q.speaker.text == "الهيئة"
    # a masculine participle does not take a feminine body
    a = analyze("عنوان\nوأعلنت الهيئة العامة للغذاء والدواء شروط الاستيراد. وحصرت الهيئة الاستيراد بمطار جدة، وقال "
                "المتحدث محمد العبدالله إن القرار نهائي، مشيرا إلى أنه سيطبق فورا.")
    assert "الهيئة العامة للغذاء والدواء" not in names(a, quote_with(a, "سيطبق فورا").speaker)


def test_a_person_opening_the_sentence_before_a_comma_is_the_verbs_subject():
    # TOPIC_THEN_VERB: "رفيق درب سعود الملحن سمير سعيد، أشار إلى …" — the person named first, then a comma and the
    # verb with no subject after it
    a = analyze("عنوان\nمن جانبه، قال المذيع محمد الشهري إن الساحة فقدت إعلاميا بارزا.\nرفيق درب سعود الملحن سمير "
                "سعيد، أشار إلى تعاونهما، مؤكدا أن سعود إعلامي متمرس.")
    assert "سمير سعيد" in names(a, quote_with(a, "إعلامي متمرس").speaker)
    # not where the verb names its own subject: "وفي إشارة إلى تقدم بولسونارو، قال حداد إنه …"
    a = analyze("عنوان\nوتقدم جائير بولسونارو في الجولة الأولى. وفي إشارة إلى تقدم بولسونارو، قال فرناندو حداد إنه "
                "شعر بالتحدي.")
    assert "فرناندو حداد" in names(a, quote_with(a, "شعر بالتحدي").speaker)


def test_a_share_of_a_group_before_the_verb_is_the_source():
    # "لكن كثيرا من الاقتصاديين يتوقعون أن …": the share of the group, not the group alone
    a = analyze("عنوان\nومن المتوقع أن يبقي البنك الفائدة دون تغيير لكن كثيرا من الاقتصاديين يتوقعون أن يصوت بعض "
                "الأعضاء لصالح رفعها.")
    assert claim_with(a, "يصوت بعض الأعضاء").source.text == "كثيرا من الاقتصاديين"


def test_a_plural_verb_in_a_relative_clause_takes_no_subject_after_it():
    # "الذين انتقدوا | المستوى": the verb in the plural carries its subject, the noun after it is the object; the
    # participle later in the sentence is the main subject's
    a = analyze("عنوان\nوانتقل ماريو بالوتيلي إلى ليفربول. وتوجه المهاجم الايطالي الى الذين انتقدوا المستوى الذي قدمه "
                "منذ وصوله، قائلا: \"هل تعرفوني؟\".")
    assert quote_with(a, "هل تعرفوني").speaker.text != "المستوى"


def test_a_wish_is_an_indirect_quote_and_no_claim():
    # "تمنى … أن" (wished that) is reported like a plea (R6): an indirect quote, no claim; the wisher is no name part
    a = analyze("عنوان\nوقالت مشرفة الفريق روان البراهيم إن الزيارة ناجحة. وتمنى الوزير أن ينجح المشروع. وتمنى الأحمري "
                "أن يستمر الدعم.")
    q = quote_with(a, "ينجح المشروع")
    assert q.kind == "indirect" and q.cue.text == "تمنى" and q.speaker.text == "الوزير"
    no_claim_with(a, "ينجح المشروع")
    assert not [e for e in a.entities if e.name.startswith("تمنى")]


def test_a_named_speaker_without_a_clause_is_who_speaks_on():
    # NAMED_SPEAKER_WITHOUT_CLAUSE: "أوضح الدكتور ياسر العصيفير … قيام بعض الشركات …" reports nothing the rules
    # take, but a following implicit "وقال" is his
    a = analyze("عنوان\nوقال المدير إن الحفل ناجح.\nأوضح الدكتور ياسر العصيفير خبير أمن المعلومات قيام بعض الشركات "
                "الوهمية بالإعلان عن وظائف.\nوقال عبر حسابه إنها شركة وهمية.")
    assert "ياسر العصيفير" in names(a, quote_with(a, "شركة وهمية").speaker)


def test_a_plural_verb_without_subject_has_the_group_of_the_sentence_before():
    # PLURAL_SUBJECT_BEFORE: "واصل المواطنون والمقيمون إشادتهم …. إذ أجمعوا على أن …" — the group, not the minister who
    # spoke before
    a = analyze("عنوان\nوقال الوزير إن الوضع جيد.\nواصل المواطنون والمقيمون إشادتهم بالإنجاز الأمني الكبير. إذ أجمعوا "
                "على أن الإنجازات المتوالية تؤكد يقظة الأجهزة.")
    assert quote_with(a, "يقظة الأجهزة").speaker.text == "المواطنون والمقيمون"


def test_a_rank_with_its_qualifiers_is_no_back_reference():
    # RANK_QUALIFIERS: "وقال العميد طيار ركن X" is X's, not the last person's through a bare "العميد"
    a = analyze("عنوان\nوقال قائد القوات الجوية اللواء عبدالله العتيبي إن التمرين نجح. وقال العميد طيار ركن فهد الشمري "
                "إن الطقس جيد.")
    q = quote_with(a, "الطقس جيد")
    assert names(a, q.speaker) == {"فهد الشمري"} and q.speaker.text == "فهد الشمري"


def test_a_turn_marker_between_verb_and_subject_is_skipped():
    # TURN_MARKER_BEFORE_SUBJECT: "وبين من جهته محمود عبدالشكور أن" is his, not the last speaker's
    a = analyze("عنوان\nوقال أحمد الحربي إن العيد جميل. وبين من جهته محمود عبدالشكور أن الاحتفالات اختلفت. وأكد من "
                "جانبها، الدكتورة سارة العلي أن الطلاب تغيروا.")
    assert quote_with(a, "الاحتفالات اختلفت").speaker.text == "محمود عبدالشكور"
    assert "سارة العلي" in names(a, quote_with(a, "الطلاب تغيروا").speaker)


def test_a_time_clause_with_and_reports_nothing():
    # TIME_CLAUSE: "يشتكي من تقيؤ، وبعد أن عاينه الطبيب …" — "وبعد أن" (and after) opens no reported clause
    a = analyze("عنوان\nوكان يشتكي من تقيؤ مستمر، وبعد أن عاينه الطبيب الجراح طلب إجراء أشعة بالصبغة.")
    no_quote_with(a, "عاينه الطبيب")


def test_words_in_marks_that_end_their_sentence_end_the_quote():
    # QUOTE_ENDS_IN_MARKS: "أن «… أحيانا.» ويستعد …" — the words in marks close with their own full stop: a direct
    # quote, and the next sentence is no part of it
    a = analyze("عنوان\nوأضاف في إفادة صحفية يومية أن «القتال مستمر مع استخدام نيران الدبابات أحيانا.» ويستعد ممثلون "
                "عن الطرفين للاجتماع في مينسك.")
    q = quote_with(a, "القتال مستمر")
    assert q.kind == "direct" and "ويستعد" not in q.content.text
    no_claim_with(a, "القتال مستمر")


def test_a_renewed_emphasis_reports_the_subjects_words():
    # RENEWED_EMPHASIS: "وجدد X (ال)تأكيد (على) أن …" — the bare verbal noun after a verb of renewing is X's cue
    a = analyze("عنوان\nوجدد الوزير خالد العلي التأكيد على أن الحادث لن يمر. وجدد الدكتور آل الشيخ تأكيد أن الأمن "
                "مستتب.")
    q = quote_with(a, "الحادث لن يمر")
    assert q.kind == "indirect" and "خالد العلي" in names(a, q.speaker)
    assert quote_with(a, "الأمن مستتب").cue.text == "تأكيد"


def test_as_he_said_before_an_adverbial_names_no_source():
    # "كما قال | أمام حشد من المواطنين إن …" — the phrase after the verb is where he spoke: the last speaker goes on;
    # "والوضع، كما قالت الوزارة، مستقر" still names its source
    a = analyze("عنوان\nوقال المرشد علي خامنئي إن الاتفاق جيد. كما قال أمام حشد من المواطنين إن الاتفاق لن يغير "
                "سياسة إيران. والوضع، كما قالت الوزارة، مستقر.")
    assert "علي خامنئي" in names(a, quote_with(a, "لن يغير سياسة").speaker)
    assert claim_with(a, "مستقر").source.text == "الوزارة"


def test_a_name_in_marks_before_the_colon_is_no_quote():
    # "قال X، المحلل في «بي في إم أويل» في لندن: «…»" — the firm in marks is part of his description; the words after
    # the colon are the quote
    a = analyze("عنوان\nوقال تاماس فارجا، المحلل في «بي في إم أويل» في لندن: «تأثرت الأسعار بما أعلنه معهد البترول».")
    q = quote_with(a, "تأثرت الأسعار")
    assert q.kind == "direct"
    no_quote_with(a, "بي في إم")


def test_his_own_words_after_the_clause_are_a_quote_of_their_own():
    # CLAUSE_ENDS_AT_OWN_WORDS: "أوضح ظريف أن … | بقوله: «…»" — an indirect quote, then his words in marks
    a = analyze("عنوان\nوقال محمد جواد ظريف إن الاتفاق جيد. وأوضح ظريف أمس أن المفاوضات لم تكن لتحقق كل مطلب "
                "بقوله: «في كل مباحثات هناك تبادل».")
    q = quote_with(a, "لم تكن لتحقق")
    assert q.kind == "indirect" and "بقوله" not in q.content.text
    assert quote_with(a, "في كل مباحثات").kind == "direct"


def test_who_in_the_plural_is_the_group_in_the_body():
    # PEOPLE_IN_BODY: "بعض المتشددين في مجلس الشورى الذين قالوا" — the hardliners, not the council
    a = analyze("عنوان\nوردا على بعض المتشددين في مجلس الشورى الذين قالوا إنه تم تقديم الكثير من التنازلات، أوضح ظريف "
                "أن المفاوضات طويلة.")
    assert quote_with(a, "تقديم الكثير").speaker.text == "بعض المتشددين"


def test_a_hamza_at_the_end_is_no_dual():
    # HAMZA_NOT_DUAL: "أقرأ" (I read) and "اقرأ أيضا" (read also) are no dual "أقرّا" (they both admitted)
    a = analyze("عنوان\nأقرأ بين الفينة والأخرى عن المشاريع التي تنشر عنها الصحف أن المشروع سوف يوفر الوظائف. اقرأ "
                "أيضا: «الوزير يفتتح المعرض». وأقرا بأن القرار صائب.")
    no_quote_with(a, "سوف يوفر")
    no_quote_with(a, "الوزير يفتتح")
    assert quote_with(a, "القرار صائب").cue.text == "أقرا"


def test_a_proviso_after_the_announced_object_reports_nothing():
    # PROVISO_AFTER_OBJECT: "أعلنت الوزارة إطلاق البرنامج … على أن يبدأ …" (provided that): the verbal noun is what
    # was announced (a claim, R5); "أكد … على أن" still reports (أكد takes على)
    a = analyze("عنوان\nوأعلنت الوزارة إطلاق البرنامج الجديد على أن يبدأ التسجيل الأسبوع المقبل. وأكد الوزير حرص "
                "الحكومة على أن البرنامج سيبدأ قريبا.")
    no_quote_with(a, "يبدأ التسجيل")
    assert claim_with(a, "إطلاق البرنامج").cue.text == "أعلنت"
    assert quote_with(a, "البرنامج سيبدأ قريبا").cue.text == "أكد"


def test_history_and_reality_say_nothing():
    # ABSTRACT_SUBJECT: "فالتاريخ يقول إن"، "لأن الواقع يؤكد أن"، "يقول المنطق إن" are the author's reasoning; "ما
    # هي الشروط التي يضعها ليقوم بهذه التجربة فيقول: «…»" is still the singer's
    a = analyze("عنوان\nفالتاريخ يقول إنه في عام 1994 توصلت الولايات المتحدة إلى اتفاق. لأن الواقع يؤكد أنها تشغل "
                "بالوافدين. ويقول المنطق إن الحل قريب. وقال المطرب راغب علامة إنه سعيد. وعن الشروط التي يضعها ليقوم "
                "بهذه التجربة فيقول: «ما يهمني هو العمل».")
    for text in ("توصلت الولايات المتحدة", "تشغل بالوافدين", "الحل قريب"):
        no_quote_with(a, text)
        no_claim_with(a, text)
    assert quote_with(a, "ما يهمني").kind == "direct"


def test_a_named_party_after_but_reports_anew():
    # CLAUSE_ENDS_AT_BUT_REPORT: "كان المختصون يتوقعون أن …، لكن وكالة الإحصاء الأوروبية (يوروستات) ذكرت … أن":
    # the belief ends at the comma; the agency, with its short form in brackets, reports the next clause
    a = analyze("عنوان\nوكان المختصون يتوقعون أن يتراجع التضخم، لكن وكالة الإحصاء الأوروبية (يوروستات) ذكرت في تقدير "
                "أولي أن معدل التضخم لم يتغير.")
    assert claim_with(a, "يتراجع التضخم").content.text == "يتراجع التضخم"
    assert quote_with(a, "لم يتغير").speaker.text == "وكالة الإحصاء الأوروبية"


def test_via_before_a_new_clause_is_no_cue():
    # VIA_NOT_EXPRESSED: "عبر" + "عن" in the next clause ("… حتى إذا جاءت القصة عن …") is still "via"
    a = analyze("عنوان\nونرسل نكتا عبر الواتس آب وتغريدات في تويتر حتى إذا جاءت القصة عن طفل فلسطيني تشظت في جسده "
                "قنبلة تحور الموضوع إلى صراع طائفي.")
    assert not a.claims and not a.quotes


def test_but_ends_the_zone_of_a_cue():
    # BUT_ENDS_ZONE: "أن بلاتيني يعتبر المنافس الأبرز لتشونغ، …، لكن تشونغ رأى بأن …" — the clause after "لكن" is
    # Chung's belief, no complement of "يعتبر"
    a = analyze("عنوان\nومن المؤكد أن بلاتيني يعتبر المنافس الأبرز لتشونغ، وكان الأكثر معارضة لبلاتر، لكن تشونغ رأى "
                "بأن النجم الفرنسي السابق ملوث بسبب علاقاته السابقة ببلاتر.")
    c = claim_with(a, "ملوث")
    assert c.cue.text == "رأى" and c.source.text == "تشونغ"
    no_quote_with(a, "ملوث")


def test_the_person_in_apposition_before_a_relative_speaks():
    # APPOSITION_BEFORE_RELATIVE: "تشونغ، نائب رئيس فيفا السابق الذي كشف بأنه …" — the person the chained post
    # describes, not "رئيس فيفا السابق"
    a = analyze("عنوان\nوسينضم تشونغ إلى لائحة المرشحين. ومن بينهم تشونغ، نائب رئيس فيفا السابق الذي كشف بأنه سيعلن "
                "ترشحه رسميا الأسبوع المقبل.")
    assert quote_with(a, "سيعلن ترشحه").speaker.text == "تشونغ"


def test_an_admission_with_its_genitive_reports():
    # "اعتراف" is the verbal noun of "اعترف" (MASDAR_WITH_GENITIVE): "بعد اعتراف الأسد في خطابه الأخير بأن …"
    a = analyze("عنوان\nوقال الرئيس السوري بشار الأسد إن الحرب طويلة. وجاءت المبادرات بعد اعتراف الأسد في خطابه "
                "الأخير بأن جيشه حل عليه التعب.")
    q = quote_with(a, "جيشه حل عليه التعب")
    assert q.cue.text == "اعتراف" and "بشار الأسد" in names(a, q.speaker)


def test_he_added_with_a_colon():
    # VERB_OF_ADDING_BEFORE_CLAUSE: "وزاد: «…»" (he added) reports like "وأضاف:"; "وزاد عدد …" does not
    a = analyze("عنوان\nوقال فايز الشهري: «الجميع جاهز». وزاد: «ثقتنا كبيرة في لاعبي المنتخب». وزاد عدد الطلاب إلى "
                "خمسة آلاف.")
    q = quote_with(a, "ثقتنا كبيرة")
    assert q.kind == "direct" and "فايز الشهري" in names(a, q.speaker)
    no_quote_with(a, "خمسة آلاف")


def test_a_woman_described_speaks():
    # "امرأة" heads a described speaker as "رجل" does (`source_nouns.tsv`)
    a = analyze("عنوان\nووصفت امرأة ارتادت المدرسة ذاتها مع عبد العزيز الشاب بأنه هادئ. فقالت امرأة تغسل الملابس "
                "بجانب النهر: «كأنه حين يخرج من جوه».")
    assert quote_with(a, "هادئ").speaker.text.startswith("امرأة")
    assert quote_with(a, "كأنه حين يخرج").speaker.text.startswith("امرأة تغسل")


def test_hinted_reports():
    # "ألمح" (hinted) is a speech verb (`speech_verbs.tsv`), with "أن" or "إلى أن"; a word before a comma and the clause
    # closes a name's chain ("سمير بن عبدالرحمن توكل، أن")
    a = analyze("عنوان\nوألمح عضو مجلس الشورى الدكتور محمد بن علي آل هيازع، أن تفجير المسجد عمل إجرامي. وأوضح الدكتور "
                "سمير بن عبدالرحمن توكل , أن فعاليات المهرجان تهدف لغرس القيم.")
    assert "محمد بن علي آل هيازع" in names(a, quote_with(a, "عمل إجرامي").speaker)
    assert "سمير بن عبدالرحمن توكل" in names(a, quote_with(a, "فعاليات المهرجان").speaker)


def test_but_without_a_comma_ends_the_zone_too():
    # BUT_ENDS_ZONE: "وكما يروى فتاة من مدينة ليلى … ولكن المهم في الأمر أن …" — "as is told" finds no clause after
    # "ولكن"
    a = analyze("عنوان\nونشير هنا إلى أن ليلى ليس اسمها ليلى بل هي وكما يروى فتاة من مدينة ليلى بمنطقة الأفلاج ولم "
                "يعرف اسمها الحقيقي ولكن المهم في الأمر أن حب ذلك المجنون وصل أقصاه.")
    no_quote_with(a, "وصل أقصاه")
    no_claim_with(a, "وصل أقصاه")


def test_words_in_brackets_after_a_speech_verb():
    # WORDS_IN_BRACKETS: brackets right after a speech verb and its short subject hold the words said, as quotation
    # marks do; brackets followed by the verb's clause are an aside
    a = analyze("عنوان\nقال الله تعالى (ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه) , هذا عمل إجرامي. وقال الوزير "
                "في مؤتمر صحفي (عقد أمس في الرياض) إن النمو قوي.")
    q = quote_with(a, "ومن أظلم")
    assert q.kind == "direct" and q.content.text.endswith("اسمه") and q.speaker.text == "الله"
    assert quote_with(a, "النمو قوي").kind == "indirect"


def test_the_one_addressed_by_his_style_is_no_speaker():
    # ADDRESSEES: "قال صحفي لمعالي وزير الخارجية: «…»" — the journalist speaks; "لمعالي"، "لسمو" + a post opens the one
    # spoken to ("بيان للمتحدث العسكري" is still the spokesman's statement)
    a = analyze('عنوان\nالأسبوع الماضي قال صحفي لمعالي الوزير: "إيران جننتكم". وأسقطت الطائرة بصاروخ باتريوت، حسب بيان '
                'للمتحدث العسكري.')
    assert quote_with(a, "إيران جننتكم").speaker.text == "صحفي"
    assert claim_with(a, "أسقطت الطائرة").source.text == "بيان للمتحدث العسكري"


def test_a_relative_named_after_the_kinship_noun_speaks():
    # KIN_WITH_PRONOUN: "وقالت زوجته سارة إن …" — Sarah speaks (the quote had no speaker)
    a = analyze("عنوان\nوقالت زوجته سارة إن الأمر صعب على العائلة.")
    assert a.name_of(quote_with(a, "الأمر صعب").speaker) == "سارة"


def test_the_agency_told_after_a_title_is_no_part_of_the_speaker():
    # TOLD_AFTER_TITLE: "وقال قائد للقوات المناهضة للحوثيين | لرويترز “…”" — Reuters was told
    a = analyze("عنوان\nوقال قائد للقوات المناهضة للحوثيين لرويترز “الخطوة المقبلة هي تحرير المدينة”.")
    assert quote_with(a, "الخطوة المقبلة").speaker.text == "قائد للقوات المناهضة للحوثيين"


def test_the_body_named_since_the_last_speaker_is_the_one_meant():
    # NEARER_NAMED_HEAD: "البنك" is the bank named in its own sentence, not the bank that announced before
    a = analyze("عنوان\nوارتفع سهم بنك الإمارات دبي الوطني 4.2 في المائة، وقال البنك الأسبوع الماضي إن صافي ربحه "
                "زاد 26 في المائة. وصعد سهم بنك أبوظبي التجاري 1.1 في المائة بعدما قال البنك إن مجلس إدارته وافق "
                "على زيادة رأس المال.")
    assert a.name_of(quote_with(a, "وافق على زيادة").speaker) == "بنك أبوظبي التجاري"


def test_a_name_inside_the_description_and_a_name_before_one_of():
    # COMPLEMENT_NAMED: the president after "موالية ل" is no speaker; NAME_THEN_ONE_OF: "الكشاف السعودي ثامر النزال
    # أحد المشرفين على …، أن" is the scout named
    a = analyze("عنوان\nقال سكان ومصادر موالية للرئيس اليمني عبد ربه منصور هادي إن المقاتلين تقدموا. وأبان الكشاف "
                "السعودي ثامر النزال أحد المشرفين على تنفيذ اللوحة في القرية العالمية، أن اللوحة تدعو للسلام.")
    assert quote_with(a, "المقاتلين تقدموا").speaker.text.startswith("سكان ومصادر")
    assert a.name_of(quote_with(a, "تدعو للسلام").speaker) == "ثامر النزال"
