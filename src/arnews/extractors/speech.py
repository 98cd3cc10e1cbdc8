"""Reported speech and attribution in one pass over an article: the analysis both the quote and the claim
extractor read.

The pass walks the speech cues of the article in text order (speech verbs in every inflection, participles,
masdars, attribution phrases, headline colons, quote marks) and, for each, recognises one construction, named
for what it recognises:

- ``SPEECH_VERB_WITH_CLAUSE``      قال الرئيس إن … / مضيفا أن … / قوله إن …   (indirect, or direct when the whole
                                   clause stands in quote marks, R3)
- ``SPEECH_VERB_WITH_COLON``       وأضاف: "…" / قال: إن … / قال: نحن …        (R4)
- ``SPEECH_VERB_BEFORE_QUOTE``     وقال مكلارين "…"
- ``QUOTE_BEFORE_SPEECH_VERB``     "…"، قال الوزير
- ``FIRST_PERSON_AFTER_SUBJECT``   وأضاف العمير نحن لا ننظر …
- ``DESCRIBED_AS_QUOTE``           ووصف الهجوم بـ"العمل الإرهابي"
- ``STANCE_VERB_WITH_OBJECT``      أكد على أهمية … / حذر من … / توقع ارتفاع …  (claims only, R5, R11-R13)
- ``ATTRIBUTION_BEFORE_CLAUSE``    وبحسب X، فإن …
- ``ATTRIBUTION_AFTER_CLAUSE``     …، بحسب رويترز.
- ``QUOTED_BEFORE_ATTRIBUTION``    لكن «…» بحسب جاك                           (a direct quote and a claim, R3)
- ``RELAYED_SPEECH``               نقلت X عن Y قوله إن …                      (source Y via X)
- ``HEADLINE_COLON``               ظريف للشورى الإيراني: قدمنا تنازلات
- ``HEADLINE_VERB_COLON``          الوزارة تحذر: لن نسمح بالفوضى
- ``CONTINUED_QUOTE``              a quoted paragraph continuing the previous speaker's quote
- ``FEELING_OBJECT_WITH_CLAUSE``   أعرب عن قلقه من أن …                        (belief over the clause)
- ``IMPERSONAL_BELIEF``            ويُعتقد أنها …                               (belief, no source)
- ``NESTED_REPORT``                … الذي قالت منظمات إنه … inside someone's reported clause
- ``INTERVIEW_ANSWER``             * ما خططكم؟ - سنبني مدارس …                  (the interviewee's answer)

Speakers: the subject after the verb (VSO) or before it (SVO), resolved to an entity through the entity
mentions; a described group ("مسؤولين غربيين") when no entity covers it; the previous speaker for an implicit
subject ("وأضاف"); the person asked after "وعندما سئل"; the owner of an embedded post. When a backend filled
``Token.deprel``/``head``, the token whose head is the verb and whose relation is ``nsubj`` names the speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from typing import Any, NamedTuple

from ..lexicons import available, read_table
from ..model import EntityRef, Mention
from ..text.normalize import DELETED_CHARS, MARKS, normalize_word
from ..text.segment import inner_abbreviation_dot
from ..text.tokens import corpus_frequency, prayer_for
from .entity_lexicon import (COMPASS, KIN, MILITARY_RANKS, MULTIPLIERS, RANK_QUALIFIERS, EntityLexicon,
                             kin_with_pronoun)
from .interview import interview_answers
from .speech_lexicon import CALLED_WORDS, Form, speech_lexicon

__all__ = ["ClaimFound", "Found", "QuoteFound", "analyze_speech"]

_DQ = frozenset('"“”„‟″〝〞＂')
_SQ = frozenset("'‘’‚‛")
_OPENERS = {"«": "«", "﴿": "﴿", "{": "{", "‹": "‹"}
_CLOSERS = {"»": "«", "﴾": "﴿", "}": "{", "›": "‹"}
_QUOTE_CHARS = _DQ | _SQ | set(_OPENERS) | set(_CLOSERS)
_END = frozenset(".!?؟…")
_LIST_STOPS = frozenset("،,")
_DOCUMENT_STOPS = _LIST_STOPS | {":"} | _END  # where a document phrase ("بيان لنقابة …") ends
_COMMA = frozenset("،,؛;")
_LEFT_CONTEXT = frozenset(" \t\n([{«:،,؛;ـ-–—/")
_RIGHT_CONTEXT = frozenset(" \t\n.,،؛;:!?؟)]}»…-–—/")
_COMP = frozenset({"ان", "بان", "فان", "انه", "انها", "انهم", "انهما", "انهن", "انني", "اننا", "اني", "انك",
                   "بانه", "بانها", "بانهم", "بانهما", "بانني", "باننا", "فانه", "فانها", "فانهم", "فانهما",
                   "وان", "وانه", "وانها", "وانهم"})
_PREP_FORMS = {"الي": "الي", "علي": "علي", "عن": "عن", "من": "من", "في": "في", "ب": "ب"}
_QUANT = frozenset({"عدد", "مجموعه", "بعض", "احد", "احدي", "كثير", "عشرات", "مئات", "الاف", "جميع", "كل"})
_HEADLINE_STOP = frozenset({"عاجل", "فيديو", "بالفيديو", "صور", "بالصور", "شاهد", "انفوجرافيك", "انفوغرافيك",
                            "خاص", "حوار", "تقرير", "رياضه", "اقتصاد", "تحليل", "مقال", "راي", "متابعه",
                            "تحديث", "محدث", "بيان", "بالارقام", "ملف", "تفاصيل", "عام"})
_FIRST_PERSON_ENDS = ("نا",)
# nouns that introduce a title or a term in quote marks, not a quotation: قانون "…"، حملة «…»، بعنوان "…"
_TITLE_NOUNS = frozenset({"قانون", "مشروع", "برنامج", "حمله", "مبادره", "كتاب", "عنوان", "بعنوان", "شعار", "وسم",
                          "هاشتاق", "هاشتاغ", "هشتاق", "مسلسل", "فيلم", "روايه", "موتمر", "معرض", "جايزه", "عمليه",
                          "اسم", "باسم", "لقب", "مصطلح", "عباره", "كلمه", "مقال", "قصيده", "اغنيه", "مهرجان",
                          "منتدي", "ملتقي", "دوري", "بطوله", "كاس", "ماركه", "علامه", "شركه", "صحيفه", "موقع",
                          "قناه", "وكاله", "مجله", "حزب", "حركه", "جمعيه", "تطبيق", "منصه", "مسابقه", "خطه",
                          "استراتيجيه", "رويه", "وثيقه", "اتفاقيه", "معاهده", "نظام", "لايحه", "مرسوم", "قرار"})
# lemmas that report speech only with a clause ("أقر بأن"), never with quote marks or a bare object
_CLAUSE_ONLY = frozenset({"أقر", "رد", "كتب", "تابع", "بين", "أبان", "لاحظ"})
_COMPANY = normalize_word("شركة")
# "said it": a speech verb with its object pronoun, a cue only in "«…»، هذا ما قاله X" (THIS_IS_WHAT)
_SAID_IT = frozenset(normalize_word(w) for w in ("قاله", "قالته", "قالوه"))
_FUNCTION_WORDS = frozenset({"في", "من", "علي", "عن", "الي", "مع", "لا", "لم", "لن", "قد", "كان", "كانت", "ان",
                            "بعد", "قبل", "منذ", "خلال", "بين", "هو", "هي", "هم", "ما", "لكن", "اذا", "لو", "حتي",
                            "عند", "لدي", "ذلك", "هذا", "هذه", "تم", "يتم", "كما", "اما"})
# verbal nouns that open the object of a belief or denial verb ("نفى وجود …", "استبعد حدوث …")
_MASDAR_OBJECTS = frozenset({"وجود", "صحه", "حدوث", "اي", "علم", "تورط", "قيام", "نيه", "مسووليه", "ارتباط", "تاثر",
                             "تاثير", "ارتفاع", "انخفاض", "تراجع", "حصول", "امكانيه", "احتمال", "عوده", "تعرض",
                             "نجاح", "فشل", "تغيير", "تحقيق", "حدوثه", "وقوع", "تنفيذ", "اجراء", "ادانه", "تاييد",
                             "رفض", "تضامن", "دعم", "اهميه", "ضروره", "خطوره", "صعوبه", "حرص", "رغبه", "عزم",
                             "استعداد", "تمسك", "موافقه", "اعتزام", "قطع", "مضاعفه", "انسحاب", "وقف",
                             "تعليق", "انتهاء", "اطلاق", "استقاله", "سيطره", "استعاده", "زياده", "نمو", "انكماش",
                             "ثبات"})
# frequent nouns that are the object only right after the verb and its subject ("أكد الوزير عدم وجود …"، "يؤكد مقتل
# البغدادي"), never deep in the sentence ("أعلنت … نهاية أزمة …، ما أدى إلى | مقتل …")
_NEAR_MASDAR_OBJECTS = frozenset({"مقتل", "ندره", "جاهزيه", "استمرار", "مشاركه", "بدء", "عدم", "اولويه"})
# documents that state things of their own (the subject of "دعت"، "أوصت" when nothing else is): not news reports
_AUTHORED_DOCUMENTS = frozenset({"الدراسه", "التقرير", "البيان", "الوثيقه", "الورقه", "المذكره"})
# reports a denial takes as its object: "ونفى الوزير | الأنباء عن استقالته" (no adjective of a definite subject)
# what an outlet reports, the object of its verb, never its subject: "التي أوردت | الخبر"
_NEWS_OBJECTS = frozenset({"الخبر", "النبا", "الانباء", "الاخبار", "القصه", "الحادثه", "الواقعه"})
_REPORT_OBJECTS = frozenset({"الانباء", "الاخبار", "الادعاءات", "التقارير", "الشايعات", "الاشاعات", "المزاعم",
                             "الاتهامات", "الروايات", "التكهنات", "التسريبات"})
# the people spoken to, after a described speaker: "وقال مسؤول أميركي | للصحافيين إن …"
_ADDRESSEES = frozenset(normalize_word(w) for w in ("للصحفيين", "للصحافيين", "للصحافة", "للمراسلين", "للإعلاميين",
                                                    "لوسائل", "للحضور", "للصحفي", "للصحافي"))
# the same without the article, the ones no body or source is named after ("وكالة أنباء"، "تقارير إعلامية")
_CLAIM_OBJECTS = frozenset(w[2:] for w in _REPORT_OBJECTS) - {"انباء", "اخبار", "تقارير", "روايات"}
_IMPERFECT_OPENING = re.compile(r"[يت][^\W\d_]{3,6}")  # "يظهر"، "تؤكد": a verb that opens a clause
_NOT_VERBS = frozenset({"يوم", "يوما", "يومي", "يوميا", "يونيو", "يوليو", "يناير", "يوليه", "يونيه", "تموز", "تشرين",
                        "تقرير", "تصريح", "تصريحات", "تعليق", "تعزيز", "تطوير", "تنفيذ", "تحقيق", "توفير", "تقديم"})
_REPORTING = frozenset({"say", "opinion", "deny", "belief"})  # cues that report words or a stance
_RESUMPTIVE = frozenset({"فيه", "فيها", "فيهم", "عنه", "عنها", "منه", "منها"})
# "إن"، "أن" with a conjunction or a preposition: "فإن الواقع"، "لأن الواقع"
_INNA_FORMS = frozenset({"ان", "فان", "لان", "وان", "بان"})
# abstract nouns that "say" only in the author's reasoning: "فالتاريخ يقول إن"، "الواقع يؤكد أن" (keys, no article)
_ABSTRACT_SUBJECTS = frozenset(normalize_word(w) for w in ("تاريخ", "واقع", "منطق", "حقيقة", "تجربة", "تجارب"))
# words that open a new clause: what comes after them is no part of the clause before
_NEXT_CLAUSE = frozenset({"حتي", "اذا", "لكن", "ولكن", "ثم", "عندما", "بينما"})
# words that carry a clause on after an attribution phrase inside it ("ارتفعت الأسعار بحسب التقرير | إلى …")
_CLAUSE_GOES_ON = frozenset({"الي", "حتي", "بنسبه", "بنحو", "بمقدار"})
# a preposition with the pronoun of a relative clause's noun ("وثيقة حصلت عليها «الشرق الأوسط»", "استطلاع قامت به");
# the first two are the object of what someone obtained or saw, never of what a body issued
_OBTAINED_IT = frozenset({"عليه", "عليها"})
_BACK_TO_NOUN = _OBTAINED_IT | {"اليه", "اليها", "به", "بها"}
_JOINED_COMPLEMENTIZERS = frozenset({"وان", "وانه", "وانها", "وانهم", "وبان", "وبانه", "وبانها", "وبانهم"})


def _ta_stem(key: str) -> str | None:
    """The noun before "ته/تها/تهم/تهما" (its ة written ت before a pronoun): "إدانته" → "إدان", else None."""
    for suf in ("تهما", "تهم", "تها", "ته"):
        if key.endswith(suf) and len(key) - len(suf) >= 3:
            return key[:-len(suf)]
    return None


# افتعال of a root whose first letter is ل, which looks like the article + a noun: التزام، التماس، التحاق
_IFTIAL_OF_L = re.compile(r"الت\w[اي]\w(?:ه|ها|هم)?")

# a definite "official" that refers back to the person who spoke last (OFFICIAL_BACK_REFERENCE)
_OFFICIAL = frozenset({"المسوول", "المسووله"})


# facilities that are places among the entities and institutions in speech: "أكدت إدارة مستشفى الدوادمي أن …"
_SPEAKING_FACILITIES = frozenset({"مستشفي"})


def _speaking_facility(name: str) -> bool:
    """The place named ``name`` is a hospital or another facility that speaks as its management does."""
    first = name.split(maxsplit=1)[0] if name else ""
    return normalize_word(first) in _SPEAKING_FACILITIES


def _bare_word(w: str) -> str:
    """A normalised word without a leading و، ب or ل and the article: "والاقتصاديون" -> "اقتصاديون"."""
    if w[:1] in "وبل" and len(w) > 3:
        w = w[1:]
    return w.removeprefix("ال")


def _country_stem(w: str) -> str:
    """A country's name or its nisba without the article and the ending: "اليمني"، "اليمن" -> "يمن"، "روسيا"،
    "الروسي" -> "روس" (normalised forms)."""
    w = w.removeprefix("ال")
    for end in ("يه", "يا", "ي", "ه", "ا"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[:-len(end)]
    return w


def _same_country(nisba: str, country: str) -> bool:
    """The normalised nisba names the normalised country: by the nisba lexicon ("الامريكي" is "الولايات المتحده")
    or, for one it does not list, by their shared stem ("اليمني"، "اليمن")."""
    listed = EntityLexicon.default().nisba_country(nisba)
    if listed is not None:
        return normalize_word(listed) == country
    return _country_stem(nisba) == _country_stem(country)


# verbal nouns of the derived patterns استفعال، افتعال، انفعال، تفعيل (with ة or not): استعادة، انسحاب، تأكيد
_MASDAR_SHAPE = re.compile(r"(?:است\w\wا\w|ا\wت\wا\w|ان\w\wا\w|ت\w\wي\w)ه?")
# the verbal noun تفعّل of four letters, none a long vowel (تعثر، تحسن، تقدم): "وأكد تعثر مشروعين" (not "تامر"، "تركي")
_TAFAUL = re.compile(r"ت[^اويىه]{3}")
_TAFAAUL = re.compile(r"ت[^اويىه]ا[^اويىه]{2}")  # تفاعل: "تعاقد"، "تعاون"، "تبادل"
# an active participle in the accusative that opens a circumstantial clause ("، مبديا …"، "، ومعتبرا …")
_CIRCUMSTANTIAL = re.compile(r"و?م\w{3,}ا")
_ADVERBS_IN_MA = frozenset({"موخرا", "مسبقا", "مجددا", "مجانا", "مبكرا", "مطلقا", "مليارا", "مليونا", "مرارا",
                            "مباشرا", "مستقبلا", "مجتمعا", "منفردا", "موقتا"})  # normalised, as nw() gives them
# verbs whose impersonal present ("ويذكر أن"، "ويتوقع أن"، "يشار إلى أن") is the article's own voice
_IMPERSONAL = frozenset({"يذكر", "يشار", "يتوقع", "يرجح", "يعتقد", "يقال", "يلاحظ"})
# an impersonal (passive) reading that still attributes a belief to unnamed people: "يُعتقد أن" (it is believed);
# "يُتوقع أن"، "يُرجح أن" stay the article's own forecast
_IMPERSONAL_BELIEF = {"يعتقد": "belief"}
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه", "وذلك", "مما", "ما", "وهو", "وهي"})
# the words of praise after God's name in a prayer: "سائلا المولى عز وجل أن"، "داعين الله العلي القدير أن"
_GOD_EPITHETS = frozenset({"عز", "وجل", "تعالي", "سبحانه", "وتعالي", "العلي", "القدير", "جلت", "قدرته"})
# scripture quoted inside someone's words: never the speaker a later "وأضاف" continues
_SCRIPTURE = frozenset({"الله", "سبحانه", "تعالي", "الله عز وجل", "عز من قايل", "الله تعالي", "النبي", "الرسول",
                        "رسول الله", "الله سبحانه وتعالي", "الله سبحانه"})
# definite nouns after "في" that name an occasion or a time, not a speaker's affiliation ("قال في البيان")
_EVENT_NOUNS = frozenset({"وقت", "يوم", "اسبوع", "شهر", "عام", "موتمر", "بيان", "تصريح", "تصريحات", "كلمه", "حوار",
                          "مقابله", "لقاء", "جلسه", "اجتماع", "خطاب", "حديث", "ختام", "افتتاح", "نهايه", "بدايه",
                          "سياق", "اطار", "ذات", "نفس", "حفل", "ندوه", "مناسبه", "تغريده", "رساله", "صباح", "مساء"})
# conjunctions that open a new clause after a noun object: "رغم أنه"، "بينما"، "لكن"، "عندما"
_ELATIVE = re.compile(r"ا\w\w\w?")  # أفعل, a comparative: "أسرع"، "أكثر"، "أقل"
_NEW_CLAUSE = frozenset({"مما", "رغم", "ورغم", "برغم", "بالرغم", "وبالرغم", "بينما", "فيما", "وفيما", "لكن", "ولكن",
                         "لكنه", "لكنها", "عندما", "وعندما", "حيث", "وحيث"})
# words after an honorific that name no one: the honorific stands alone ("ودعا الأمير | الجميع إلى")
_NO_NAME_AFTER_HONORIFIC = frozenset({"الجميع", "الحضور", "المواطنين", "المواطنون", "الاهالي", "الزوار", "كافه",
                                      "جميع", "الحاضرين", "المشاركين", "الطلاب", "الشباب"})
_DESCRIBED_AS = frozenset({"وصفتها", "وصفها", "وصفهم", "تصفها", "يصفها", "وصفتهم"})  # "مصادر وصفتها بالمطلعة"
# verbs of the relative clause that keeps a source anonymous: "مسؤول تركي رفض الكشف عن هويته"، "طلب عدم نشر اسمه"
_ANONYMITY_VERBS = frozenset(v + x for v in ("رفض", "طلب", "فضل", "اشترط", "تحفظ", "امتنع") for x in ("", "ت", "وا"))
# definite verbal nouns that stand as the object after a subject ("رفض المتحدث | الرد"), never an adjective
_DEFINITE_MASDARS = frozenset({"الرد", "التعليق", "الادلاء", "الكشف", "الافصاح", "الحديث", "الاجابه", "التصريح",
                               "القول"})
# verbal nouns of the derived verbs: افتعال (ارتفاع)، انفعال (انخفاض)، استفعال (استمرار)، تفعيل (تحسين)، تفاعل (تراجع)
_IFAAL_RE = re.compile(r"ا\w\wا\w")  # إفعال: "إيقاف"، "إغلاق"، "إطلاق"
_DERIVED_MASDAR_RE = re.compile(r"ا\wت\wا\w|ان\w\wا\w|است\w\wا\w|ت\w\wي\w|ت\wا\w\w")
_REPORT_ADJECTIVES = frozenset(normalize_word(w) for w in ("حديث", "حديثة", "جديد", "جديدة", "سابق", "سابقة",
                                                           "مسؤول", "مطلع", "مطلعة", "رفيع", "بارز", "موثوق"))
# the article turning to another matter: "في سياق آخر"، "من جهة أخرى"، "على صعيد آخر" (the first two words)
_NEW_TOPIC = frozenset((normalize_word(a), normalize_word(b)) for a, b in (
    ("في", "سياق"), ("وفي", "سياق"), ("من", "جهة"), ("ومن", "جهة"), ("على", "صعيد"), ("وعلى", "صعيد"),
    ("في", "شأن"), ("وفي", "شأن"), ("في", "المقابل"), ("وفي", "المقابل")) + tuple(
    (a, b) for a in ("من", "ومن") for b in ("جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها",
                                            "ناحيتهم")))
# verbs that leave a source unnamed, after "لم": "مصادر لم تسمها"، "مسؤول لم يكشف عن هويته" (UNNAMED_SOURCE)
_UNNAMED_STEMS = tuple(normalize_word(w) for w in ("تسم", "يسم", "تذكر", "يذكر", "تحدد", "يحدد", "تكشف", "يكشف",
                                                    "تفصح", "يفصح"))
# the object pronoun standing alone: "معتبرا إياه عملا إرهابيا" (CONSIDERED_AS)
_IYYA = frozenset(normalize_word(w) for w in ("إياه", "إياها", "إياهم", "إياهما", "إياهن"))
# adverbs of manner between a verb's subject and its object: "أدان الوزراء | بشدة الهجمات"
_MANNER_ADVERBS = frozenset(normalize_word(w) for w in (
    "بشدة", "بقوة", "بحزم", "بوضوح", "بصراحة", "مجددا", "مجدداً", "صراحة", "صراحةً", "بالإجماع", "بالفعل",
    "بالتأكيد", "بالتالي", "بالمقابل", "بالتزامن", "بالضبط", "بالمناسبة", "بالنسبة", "بالمثل", "بالقول", "بالطبع",
    "بالأساس", "بالخصوص", "بغضب", "بحماس", "بحرارة", "بمرارة", "بأسف", "بثقة", "بهدوء", "بسخرية", "بلهجة", "رسميا",
    "رسمياً", "أيضا", "أيضاً", "كذلك"))
# التفعيل: التعليق، التوضيح (a nisba adjective ends in ي: التنفيذي, or يه: التركية)
_TAFIIL_RE = re.compile(r"الت\w\wي[^\Wه]")
_DASHES = frozenset({"-", "–", "—"})
# where a place lies, as nouns or their adverbial nisba: "… شمال شرق العاصمة"، "شمالي بغداد"
_COMPASS = COMPASS | {w + "ي" for w in COMPASS if w != "وسط"}
_URL_ONLY = re.compile(r"\s*(?:https?://|www\.)\S+\s*")  # a web address alone
# what may close a sentence after an attribution's source: "…، وفقا لما أعلنته مجلة «X» اليوم (الثلاثاء)."
_TAIL_MARKS = frozenset(_END) | {'"', "»", "”", "(", ")"}
# GROUP_WITH_PARTICIPLE: a definite active participle (المدافعة، المعارضين) after a group noun, with its preposition
_DEF_PARTICIPLE_RE = re.compile(r"الم\w{3,6}")
_PARTICIPLE_PREPS = frozenset({"عن", "علي", "الي", "في", "من"})
# units of a body, not organisation heads of the entity lexicon: "موظف في إدارة المساعدة …"
_UNIT_NOUNS = frozenset({"اداره", "دائره", "قسم", "مكتب", "فرع", "وحده"})
# verbs that issue or publish a document: "أصدر X بيانا قال فيه"
_ISSUING = frozenset({"اصدر", "نشر", "وزع", "بث", "اذاع", "ارسل", "وجه", "بعث", "كتب", "غرد", "اطلق"})
# "the same": "المصدر نفسه"، "المصادر ذاتها"
_SAME = frozenset({"نفسه", "ذاته", "نفسها", "ذاتها"})
# a tweet: issued by its writer like a statement, but naming no owner after it ("تغريدة على موقع تويتر")
_TWEETS = frozenset({"تغريده", "تغريدات"})
# nouns in ـية that name a ministry, not a nisba ending a role: "المتحدثة باسم الخارجية الفرنسية"
_MINISTRY_NOUNS = frozenset({"الخارجيه", "الداخليه", "الماليه"})
# roles that take a preposition of their own: "المشرف على …"، "المسؤول عن …" (not the verb's: "أكد على")
# a body's management, through which it speaks: "إدارة النادي"، "مجلس إدارة الشركة"، "رئاسة الهيئة"
_MANAGEMENT = frozenset({"اداره", "مجلس", "رئاسه", "قياده"})
# "فإن" and its forms: the clause after a fronted attribution ("وبحسب X فإن …")
_FA_INNA = frozenset({"فان", "فانه", "فانها", "فانهم"})
# particles whose next word is no surname of its own: "أبو طالب"، "عبد الله" (but "أحمد بن عيد" is "عيد")
_KUNYA_PARTICLES = frozenset({"ابو", "ابي", "ابا", "عبد", "ام"})
# verbs of meeting someone (MET_PERSON_SPEAKS): "التقت «عكاظ» الحداد، وقال …"
_MEETING = frozenset({"التقي", "التقت", "التقينا", "التقيت", "قابل", "قابلت", "قابلنا", "حاور", "حاورت", "حاورنا",
                      "استضاف", "استضافت", "استضفنا"})
# "his Highness/Excellency": the subject is the one named before whose title the honorific fits
_HONORIFIC_PRONOUNS = {"سموه": ("الامير", "امير", "ولي العهد", "السمو"), "سموها": ("الاميره", "اميره"),
                       "فضيلته": ("الشيخ",), "سماحته": ("الشيخ", "المفتي"), "معاليه": ("الوزير", "وزير", "معالي"),
                       "معاليها": ("الوزيره", "وزيره"), "سعادته": ()}
# "itself", "himself" after a source
_SELF_WORDS = _SAME | {"نفسهم", "انفسهم"}
# the titles an honorific pronoun stands for, written before a name: "لسمو ولي العهد"
_HONORIFIC_TITLES = frozenset({"سمو", "معالي", "فضيله", "سماحه", "سعاده", "جلاله", "فخامه"})
# words that open an adjunct or a relative clause after a source: "حسبما ذكرت الهيئة | على موقعها"
_ADJUNCT_OPENERS = frozenset({"في", "علي", "عبر", "خلال", "ضمن", "التي", "الذي", "الذين"})
# epithets of a king or a prince, no name: "الملك | المفدى"
_ROYAL_EPITHETS = frozenset({"المفدي", "المعظم", "المعظمه"})
_ROLE_PREPOSITIONS = {"مشرف": "علي", "مشرفه": "علي", "قايم": "علي", "مسوول": "عن", "مسووله": "عن",
                      "مشرفون": "علي", "مشرفين": "علي", "قايمون": "علي", "قايمين": "علي", "مسوولون": "عن",
                      "مسوولين": "عن", "مطلع": "علي", "مطلعه": "علي", "مطلعون": "علي", "مطلعين": "علي",
                      "مقرب": "من", "مقربه": "من", "مقربون": "من", "مقربين": "من",
                      "ممثل": "عن", "ممثله": "عن", "ممثلون": "عن", "ممثلين": "عن", "ممثلو": "عن", "ممثلي": "عن"}
# "issued" after a document noun: "بيان صادر عن …"
_ISSUED = frozenset({"صادر", "الصادر", "صادره", "الصادره", "صدر", "صدرت", "يصدر", "تصدر"})
_RECENTLY = frozenset({"حديثا", "مؤخرا"})  # between "الصادر" and "عن": "التقرير الصادر حديثا عن …"
# the object of "لفت" in its idiom ("لفت النظر إلى"، "لفت الانتباه إلى"): never the subject, nor part of it
_ATTENTION = frozenset({"النظر", "الانتباه", "الانظار", "انتباهي", "انتباهه", "انتباهها", "انتباهنا", "انتباههم",
                        "نظري", "النقاب"})  # (and the veil of "كشف النقاب عن")
# words right after a verb that are never its subject: the idiom's object, a preposition with its pronoun
_NOT_SUBJECTS = _ATTENTION | frozenset({"معي", "معه", "معها", "معهم", "معنا", "لي", "له", "لها", "لهم", "لنا",
                                        # the passive's auxiliary opens the clause itself: "وأضاف | تمت مناقشة"
                                        "تم", "تمت", "يتم", "سيتم", "ستتم"})
# a demonstrative right after a verb with no noun after it is the verb's object: "واعتبر ذلك "…""، "وأرجع ذلك إلى"
_BARE_DEMONSTRATIVES = frozenset({"ذلك", "هذا", "هذه", "تلك", "هذان", "هاتان", "هولاء"})
# verbs that go on with the words of the one who just spoke
_CONTINUING = frozenset({"أضاف", "تابع", "استطرد", "استدرك", "أردف"})
# words that hand the floor to a new party: "وبدوره قام …"، "ومن جانبه، أوضح …" (TURN_TAKER)
_TURN_MARKERS = frozenset({"بدوره", "وبدوره", "بدورها", "وبدورها", "جانبه", "جانبها", "جهته", "جهتها", "ناحيته"})
_OBJECT_ONLY = frozenset({"أبدى", "أرجع"})
_BACKGROUND_OPENERS = frozenset(p + w for p in ("", "و", "ف") for w in ("كان", "كانت", "كانوا", "يذكر", "يشار"))
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
# "whoever" and the relatives: a cue after them reports no one's words ("ويخطئ من يعتقد أن …")
_GENERIC_SUBJECTS = frozenset({"من", "ما"}) | _RELATIVES
# words before a subject placed before its verb ("لكن فرنسا ترى")
_SUBJECT_OPENERS = frozenset({"لكن", "ولكن", "بينما", "فيما", "وفيما", "كانت", "وكانت", "فكانت", "كان", "وكان",
                              "ان", "الا", "غير", "بيد", "اما", "واما", "حيث", "اذ", "ثم"})
# "تبيّن"، "اتضح" (it turned out) right before "أن" report nobody's words
_TURNED_OUT = frozenset({"تبين", "يتبين", "اتضح", "يتضح"})
# a title that after a definite noun is its adjective: "الحزب الحاكم" (the ruling party), no governor
_RULING = frozenset({"الحاكم", "الحاكمه"})
# the words before "أن" that make "but": "إلا أن"، "غير أن"، "بيد أن"
_BUT_THAT = frozenset({"الا", "غير", "بيد"})
# free-standing prepositions: the noun after one is its object, never a subject
_PREPOSITIONS = frozenset({"ضد", "علي", "الي", "من", "في", "عن", "مع", "بين", "حول", "لدي", "عند", "تجاه", "نحو",
                           "امام", "خلف", "بعد", "قبل", "منذ", "عبر", "دون", "بدون", "حتي", "لصالح", "بشان"})
# question particles: a cue after one asks ("هل تعتقد أن …")
_QUESTION_PARTICLES = frozenset({"هل", "وهل", "الا", "افلا"})  # ("الا" written "إلا" is "except": not one)
# what is signed: "توقع اتفاقية" is "signs an agreement", not "expected"
_SIGNED = ("اتفاق", "ميثاق", "عقد", "بروتوكول", "معاهد")  # (and "مذكرة تفاهم"; "توقعت مذكرة بحثية أن" expected)
# thanks, congratulations and condolences expressed (R5: neither quotes nor claims)
_THANKS = frozenset(p + w for p in ("", "ب") for w in (
    "شكره", "شكرها", "شكرهم", "شكري", "الشكر", "شكر", "تقديره", "تقديرها", "تقديرهم", "امتنانه", "امتنانها",
    "امتنانهم", "التهاني", "تهانيه", "تهانيها", "التهنئه", "تعازيه", "تعازيها", "التعازي", "مواساته"))

# the prepositions of a topic put before its clause: "وعن …، قال"، "وحول … أوضح"
# the words that put an attribution first, "فإن" opens the clause after it: "وبحسب الاستطلاع فان …"
_ACCORDING_WORDS = frozenset({"بحسب", "وبحسب", "حسب", "وحسب", "وفقا", "ووفقا", "وفق", "ووفق", "طبقا", "وطبقا"})
# the words that make "أن" a conjunction of time or manner, not a complementizer: "قبل أن"، "بعد أن"، "دون أن"
_TIME_CONJUNCTIONS = frozenset({"قبل", "بعد", "منذ", "دون", "بدون"})
# the words that may stand between a subject and its verb: "وكان الوزير | قد أكد"، "لكنه | عاد وقال"
_BEFORE_VERB = frozenset({"عاد", "وعاد", "قد", "وقد", "ثم", "بدوره", "بدورها", "ايضا"})
_TOPIC_FRONTS = frozenset({"عن", "وعن", "حول", "وحول", "بشان", "وبشان", "بخصوص", "وبخصوص"})
# nouns of fear, worry, hope and confidence whose "من أن"/"في أن" clause is a belief
_FEELINGS = ("قلق", "مخاوف", "مخاوفه", "خشي", "خوف", "امل", "ثقه", "ثقت", "تفاول", "شكوك", "يقين", "اعتقاد")
_STRONG_FIRST = frozenset({"نحن", "انا", "اننا", "انني", "اني"})
_PREP_HOSTS = frozenset({"عن", "من", "علي", "الي", "في", "مع", "لدي", "عند", "ل", "ب"})
_ADJUNCT = frozenset({"adjunct"})
# a statement named by its gist or its place: "بتصريح مفاده أن …", "وجاء في بيان القيادة: «…»"
_STATEMENT_RE = re.compile(r"(?=[وفبتجر])(?<!\w)[وف]?(?P<a>(?:ب|في\s+)?(?:تصريح|تصريحات|بيان|رساله|تغريده)(?:\s+\w+)?)\s+مفاد(?:ه|ها)(?!\w)"
                           r"|(?=[وفج])(?<!\w)[وف]?(?P<b>جاء)\s+في\s+(?:بيان|تقرير|رساله|نص|كلمه|تغريده|تصريح)"
                           r"|(?<!\w)(?:بيان|بيانا|تقرير|تقريرا|رساله|تغريده|تصريح|تصريحا|كلمه|خطاب|خطابا)"
                           r"(?:\s+(?:صحافي|صحفي|رسمي|مكتوب|مقتضب))?\s+(?P<c>جاء\s+(?:فيه|فيها))(?!\w)")
# "وبين أن …" (he explained): written like "بين" (between), so taken only before a complementizer, at most eight
# words on ("وبين الأمين العام لهيئة الإغاثة الإسلامية العالمية أن", also after a comma: "وبين السهلي، أن") or right
# after a comma ("وبين، أن")
_BAYYANA_RE = re.compile(r"[وف](?<!\w[وف])(?P<v>بين)(?=\s*[،,]\s*(?:ب?انه?|انها|انهم)(?!\w)|"
                         r"\s+(?:[^\s.،,؛:]+\s+){0,7}?(?:[^\s.،,؛:]+\s*[،,]\s*)?(?:ب?انه?|انها|انهم|الي\s+ان)(?!\w))")
_BAYYANA_FORM = Form("بين", "say", "past", frozenset())
_BAYYANA_WORDS = frozenset({"وبين", "فبين"})  # a word every match holds (see _finditer_if)
_BAYYANA_WORD_RE = re.compile(r"(?<!\w)[وف]بين(?!\w)")  # the word alone, on the normalised view
# "فيما ترى الناقدة فوزية الصاعدي أن …" (she believes): "ترى" is also "you see", "is seen", so taken only with a
# subject before a complementizer, at most eight words on, not a preposition or time word first (SHE_BELIEVES)
_TARA_RE = re.compile(r"(?<!\w)[وف]?(?P<v>تري)(?!\s+(?:خلال|في|من|علي|الي|عن|مع|بعد|قبل|امام|اليوم|الان|انه|ان)(?!\w))"
                      r"(?=\s+(?:[^\s.،,؛:]+\s+){1,7}?(?:ب?ان|انه|انها|انهم)(?!\w))")
_TARA_FORM = Form("رأى", "belief", "present", frozenset())
_TARA_WORDS = frozenset({"تري", "وتري", "فتري"})
# RENEWED_EMPHASIS: "وجدد الوزير التأكيد على أن …"، "وجدد الدكتور آل الشيخ تأكيد أن …" — the bare verbal noun after a
# verb of renewing, before its clause: the subject's words (the verbal noun alone is a cue only with its pronoun)
_RENEWED_RE = re.compile(r"(?<!\w)[وف]?(?:جدد|جددت|اعاد|اعادت)(?:\s+[^\s.،,؛:]+){0,6}?\s+(?P<v>(?:ال)?تاكيد)"
                         r"(?=\s+(?:علي\s+)?(?:ب?ان|انه|انها|انهم)(?!\w))")
_RENEWED_FORM = Form("أكد", "say", "masdar", frozenset())
_RENEWED_WORDS = frozenset({"تاكيد", "التاكيد"})
# VERB_OF_ADDING_BEFORE_CLAUSE: "وزاد أن …"، "وزاد: «…»" (he added): "زاد" is "increased" unless a complementizer or a
# colon follows at once
_ZAADA_RE = re.compile(r"[وف](?<!\w[وف])(?P<v>زاد|زادت)(?=\s*:|\s+(?:ب?ان|انه|انها|انهم|قايلا|قايله)(?!\w))")
_ZAADA_FORM = Form("زاد", "say", "past", frozenset())
_ZAADA_WORDS = frozenset({"وزاد", "فزاد", "وزادت", "فزادت"})
# BLAME_LAID_ON: "وألقى الوزير باللوم على الشركة لأنها …" — an accusation whose reason is the claim (R13)
_BLAME_RE = re.compile(r"(?<!\w)[وف]?(?P<v>القي|القت|القوا|يلقي|تلقي|يلقون)\s+(?:[^\s.،,؛]+\s+){0,5}?"
                       r"(?:باللوم|باللايمه|اللوم|اللايمه)\s+علي(?!\w)")
_BLAME_FORM = Form("ألقى", "blame", "past", frozenset())
_BLAME_WORDS = frozenset({"باللوم", "باللايمه", "اللوم", "اللايمه"})
# cues taken only in a context their pattern checks: (pattern, form, a word every match holds)
_SPECIAL_CUES = ((_BAYYANA_RE, _BAYYANA_FORM, _BAYYANA_WORDS), (_BLAME_RE, _BLAME_FORM, _BLAME_WORDS),
                 (_ZAADA_RE, _ZAADA_FORM, _ZAADA_WORDS), (_TARA_RE, _TARA_FORM, _TARA_WORDS),
                 (_RENEWED_RE, _RENEWED_FORM, _RENEWED_WORDS))
# PARTICIPLE_BEFORE_ITS_PREPOSITION: feminine participles that are also nouns ("معبرة" expressive, "لافتة" a sign,
# "داعية" a preacher) report speech after a comma and before their own preposition: "، معبرة عن قلقها من أن …"، with
# at most a definite object between: "، داعية الراغبين إلى الحضور"
_AMBIGUOUS_PARTICIPLES = {"معبره": ("عبر", "عن"), "كاشفه": ("كشف", "عن"), "لافته": ("لفت", "الي"),
                          "داعيه": ("دعا", "الي"), "معلنه": ("أعلن", "عن")}
_AMBIGUOUS_PARTICIPLE_RE = re.compile(r"[،,]\s*[وف]?(?P<v>" + "|".join(_AMBIGUOUS_PARTICIPLES) + r")\s+(?:ال\w+\s+)?(?P<p>عن|الي)(?!\w)")
_AMBIGUOUS_PARTICIPLE_WORDS = frozenset(c + v for c in ("", "و", "ف") for v in _AMBIGUOUS_PARTICIPLES)


@lru_cache(maxsize=1)
def _participle_before_clause() -> tuple[re.Pattern, frozenset[str]]:
    """A participle too ambiguous to be a cue by itself (speech_lexicon._AMBIGUOUS: "مضيفة" a hostess, "موضحة")
    after a comma and right before "أن"/"إن" or a colon: the pattern, and the words a match starts with."""
    forms = speech_lexicon().ambiguous_participles
    pattern = re.compile(r"[،,]\s*[وف]?(?P<v>" + "|".join(sorted(forms, key=len, reverse=True))
                         + r")\s*(?::|(?:ب?[اأإ]ن(?:ه|ها|هم)?)(?!\w))")
    return pattern, frozenset(c + v for c in ("", "و", "ف") for v in forms)


# copulas: a participle after one is its predicate ("ستكون مؤكدة"، "أصبح مشيرا"), not a report
_COPULAS = frozenset(normalize_word(w) for w in (
    "كان", "كانت", "يكون", "تكون", "سيكون", "ستكون", "ليكون", "لتكون", "أصبح", "أصبحت", "يصبح", "تصبح", "بات", "باتت",
    "يبدو", "تبدو", "ليس", "ليست", "مازال", "مازالت", "لايزال", "لاتزال", "يظل", "تظل", "ظل", "ظلت"))
# verbs of informing, whose object is the one told: "أبلغ | وكالة رويترز أن …" (OUTLET_INFORMED)
_INFORM = frozenset({"أبلغ", "أخبر"})
# conjunctions of time that open another subject's earlier report inside a reported clause ("بعدما قالت أنقرة إن")
_TEMPORAL_CONJUNCTIONS = frozenset({"بعدما", "عندما", "حين", "حينما", "بينما", "فيما", "عقب", "اثر"})
_Form0 = Form("", "", "", frozenset())
_STATEMENT_FORM = Form("صرح", "say", "masdar", frozenset())
_CAME_IN_FORM = Form("جاء في", "say", "past", frozenset())
_CAME_IN_IT_FORM = Form("جاء فيه", "say", "participle", frozenset())
_STATEMENT_WORDS = frozenset({"مفاده", "مفادها", "جاء", "وجاء", "فجاء"})


class QuoteFound(NamedTuple):
    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_lemma: str | None
    speaker: EntityRef | None
    confidence: float
    rule: str


class ClaimFound(NamedTuple):
    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_lemma: str | None
    source: EntityRef | None
    via: tuple[EntityRef, ...]
    modality: str
    quote_index: int | None  # index into the analysis' quotes
    confidence: float
    rule: str


class Found(NamedTuple):
    quotes: list[QuoteFound]
    claims: list[ClaimFound]


# ---------------------------------------------------------------------------------------------- quote marks

def _family(c: str) -> str:
    if c in _DQ:
        return '"'
    if c in _SQ:
        return "'"
    return _OPENERS.get(c) or _CLOSERS.get(c) or c


_NARRATION_VERB = r"[وف](?:قال|[أا]كد|[أا]ضاف|[أا]وضح|[أا]شار|تابع|بين|لفت|ذكر|[أا]فاد)"
_NARRATION_RE = re.compile(r"[.!؟](?=\s+" + _NARRATION_VERB + r"(?:ت|وا)?\s)")
# the narrator's verb, a named subject and "أن" inside an unclosed quotation with no full stop before them: "… وفي
# روسيا أيضا وأكد بوتين أنه …" (not the speaker's own story: "وقال لي إنه")
_NARRATION_INLINE_RE = re.compile(
    r"\s(?=" + _NARRATION_VERB + r"ت?\s+(?!(?:لي|لنا|له|لها|لهم)\s)[^\s.،,؟!:\"«»“”]+(?:\s+[^\s.،,؟!:\"«»“”]+){0,3}"
    r"\s+[بو]?[أإا]ن(?:ه|ها|هم)?\s)")

# a comma and the narrator's participle of speech with its "أن" inside an unclosed quotation: "… رغبة الطرفين،
# مشدداً بأنه سيبذل …" (the speaker's words end at the comma)
_NARRATION_PARTICIPLE_RE = re.compile(
    r"[،,](?=\s*(?:مشدد|مؤكد|مضيف|مشير|موضح|لافت|مبين|منوه|معتبر)[اًَ]*\s+(?:إلى\s+|الى\s+)?[بو]?[أإا]ن(?:ه|ها|هم)?\s)")


def quote_pairs(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """Top-level quotation pairs (open offset, close offset) in ``text[start:end]`` (one paragraph), and a map
    from every opening mark (nested ones too) to its closing mark. An opening mark never closed runs to the end
    of the paragraph (close = end). Straight and curly double marks are paired by their context, since both
    directions of “ ” are used in Arabic text."""
    stack: list[tuple[str, int]] = []
    pairs: dict[int, int] = {}
    for m in _QUOTE_RE.finditer(text, start, end):
        i = m.start()
        c = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if c in _SQ and (prev.isalpha() and prev.isascii() or nxt.isalpha() and nxt.isascii() and prev.isalnum()):
            continue  # an apostrophe in Latin text
        fam = _family(c)
        if c in _OPENERS:
            role = "open"
        elif c in _CLOSERS:
            role = "close"
        else:
            left = prev in _LEFT_CONTEXT or (prev in "بلكوف" and (i - 1 == start or text[i - 2] in " \t\n"))
            right = nxt in _RIGHT_CONTEXT or nxt in _QUOTE_CHARS
            if left and not right:
                role = "open"
            elif right and not left:
                role = "close"
            else:
                role = "close" if any(f == fam for f, _ in stack) else "open"
            if role == "close" and not any(f == fam for f, _ in stack):
                role = "stray" if not left else "open"
        if role == "open":
            stack.append((fam, i))
        elif role == "close":
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == fam:
                    pairs[stack[k][1]] = i
                    del stack[k:]
                    break
    for _fam, pos in stack:
        # UNCLOSED_QUOTE_ENDS_AT_NARRATION: a mark never closed runs to the end of its paragraph, unless a later
        # sentence there opens with the narrator's speech verb ("… مثلهم. وأكد أن …"): the quotation ends before it
        m = _NARRATION_RE.search(text, pos + 1, end)
        close = m.start() + 1 if m is not None else end
        m = _NARRATION_INLINE_RE.search(text, pos + 1, close)
        close = m.start() if m is not None else close
        m = _NARRATION_PARTICIPLE_RE.search(text, pos + 1, close)
        pairs.setdefault(pos, m.start() if m is not None else close)
    top: list[tuple[int, int]] = []
    last_end = -1
    for o in sorted(pairs):
        if o > last_end:
            top.append((o, pairs[o]))
            last_end = pairs[o]
    return top, pairs


# ---------------------------------------------------------------------------------------------- the pass

_PLURAL_VERB_ENDINGS = ("وا", "ون")  # a verb in the plural, which carries its subject: "انتقدوا"، "يقولون"
# what follows a verb whose subject came before it: "…، أشار | إلى"، "…، قالت | فيها"، "…، أكد | أن"
_AFTER_SUBJECTLESS_VERB = frozenset({"الي", "علي", "عن", "في", "فيها", "فيه", "ب", "ل", "من"})
# "many of", "some of": a share of a group before the verb ("لكن كثيرا من الاقتصاديين يتوقعون")
_MANY = frozenset(normalize_word(w) for w in ("كثيرا", "كثير", "الكثير", "عددا", "قليلا", "بعضا", "العديد"))
# words before the head of a described subject placed before its verb: "لكن أحدث البيانات تشير"، "غير أن معظم
# الخبراء يرون"
_LEADING_QUANTIFIERS = frozenset(normalize_word(w) for w in (
    "أحدث", "آخر", "أغلب", "معظم", "أبرز", "أكثر", "بعض", "جميع", "كل", "غالبية", "أغلبية"))


class _Party(NamedTuple):
    entity: str | None
    start: int | None
    end: int | None
    text: str | None

    def ref(self, implicit: bool = False) -> EntityRef:
        if implicit:
            # an implicit subject ("وأضاف"): no words name the speaker here (start/end None); the text is the
            # name it was last given, so that the ref stays readable without the entity layer
            return EntityRef(self.entity, None, None, self.text)
        return EntityRef(self.entity, self.start, self.end, self.text)


class _PerToken(dict):
    """The answers of a question about a token index, each computed once: a question asked again is answered by
    the dict's own look-up (``_PerToken(fn).__getitem__`` is called like ``fn``, with no Python call on a hit)."""

    __slots__ = ("fn",)

    def __init__(self, fn: Any) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, k: int) -> Any:
        v = self[k] = self.fn(k)
        return v


# the token questions the walk asks again and again (all pure functions of the token index)
_PER_TOKEN = ("nw", "ch", "is_comp", "is_end", "ctx")


class _Normalized(dict):
    """``normalize_word`` of a token's surface, computed once per distinct surface (for all articles)."""

    __slots__ = ()

    def __missing__(self, surface: str) -> str:
        if len(self) > 200_000:
            self.clear()
        v = self[surface] = normalize_word(surface)
        return v


_NORMALIZED = _Normalized()


# a sentence-final mark, a run of dots as one (written to start with a character set, which re scans for fast)
_END_RE = re.compile(r"[.!?؟…](?:(?<=\.)\.+)?")
_QUOTE_RE = re.compile("[" + re.escape("".join(sorted(_QUOTE_CHARS))) + "]")
_COMMENT_RE = re.compile(r"[،,]\s*(?:وهو|وهي|وهذا|وهذه)\s+(?:ما|الامر|\w+\s+(?:الذي|التي))(?!\w)"
                         # the article calls what was said a claim: "… ليونايتد | وهي مزاعم فندها الحارس"
                         r"|(?<!\w)(?:وهو|وهي)\s+(?:مزاعم|ادعاءات|اتهامات|شايعات|اشاعات|تكهنات)(?!\w)")
_COMMENT_WORDS = frozenset({"وهو", "وهي", "وهذا", "وهذه"})
_WORD_RE = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    """The distinct words (runs of ``\\w``) of a text, found at C speed: the pieces between spaces that are whole
    words, and the words of the few pieces that hold punctuation."""
    pieces = set(text.split())
    words = set(filter(str.isalnum, pieces))
    if len(words) < len(pieces):
        words.update(_WORD_RE.findall(" ".join(pieces - words)))
    return words


def _word_starts(text: str, words) -> list[int]:
    """The offsets, in order, where one of ``words`` stands in ``text`` as a whole word."""
    out = []
    find = text.find
    for w in words:
        n = len(w)
        i = find(w)
        while i >= 0:
            before, after = text[i - 1:i], text[i + n:i + n + 1]  # (before is "" at offset 0)
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                out.append(i)
            i = find(w, i + 1)
    out.sort()
    return out


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]):
    """What ``pattern.finditer(text)`` finds when a match can start only at the offsets ``starts`` (in order):
    the pattern is tried at those few places instead of at every character."""
    end = 0
    for p in starts:
        if p >= end:
            m = pattern.match(text, p)
            if m is not None:
                end = m.end()
                yield m


def _finditer_if(pattern: re.Pattern, text: str, words: set[str], needed: frozenset[str]):
    """``pattern.finditer(text)``, or nothing at once when the text has none of the words every match holds."""
    return () if words.isdisjoint(needed) else pattern.finditer(text)


class _Analysis:
    def __init__(self, article: Any) -> None:
        self.a = article
        self.text: str = article.text
        self.view = article.view
        self.lex = speech_lexicon()
        toks = article.tokens
        self.toks = list(toks)  # Token tuples, indexed many times
        starts = getattr(toks, "starts", None)
        self.tstarts = starts if starts is not None else [t.start for t in toks]
        ends = getattr(toks, "ends", None)
        self.tends = ends if ends is not None else [t.end for t in toks]
        kinds = getattr(toks, "kinds", None)
        self.tkinds = kinds if kinds is not None else [t.kind for t in toks]
        cols = getattr(toks, "prefix_ends", None)
        if cols is not None:
            self.tpre, self.tsuf = toks.prefix_ends, toks.suffix_starts
            self.tname, self.tkeys = toks.name_starts, toks.keys
        else:
            self.tpre = [t.prefix_end for t in toks]
            self.tsuf = [t.suffix_start for t in toks]
            self.tname = [t.name_start for t in toks]
            self.tkeys = [t.key for t in toks]
        ann = getattr(toks, "annotations", ())
        self.has_syntax = bool(ann) if ann != () else any(t.lemma or t.deprel for t in toks)
        self.sents = article.sentences
        self.sstarts = [s.start for s in self.sents]
        self.paras = article.paragraphs
        self.pstarts = [p.start for p in self.paras]
        for name in _PER_TOKEN:
            setattr(self, name, _PerToken(getattr(self, name)).__getitem__)
        # in one pass over the entities: their mentions by the token where they start; names by their normalised
        # form, and people by their surname, for subjects the entity layer left out; every mention text (alias)
        self.ment_at: dict[int, Any] = {}
        self.ment_type: dict[str, str] = {}
        self.ent_nat: dict[str, str | None] = {}
        self.issuers: dict[str, set[str]] = {}  # document noun -> the bodies named as issuing one (issued_by)
        self.ent_names: dict[str, str] = {}
        self.name_index: dict[str, str | None] = {}
        self.alias_index: dict[str, str] = {}
        ment_at, name_index, alias_index = self.ment_at, self.name_index, self.alias_index
        tstarts, tends = self.tstarts, self.tends
        for e in article.entities:
            eid = e.id
            self.ment_type[eid] = "ORG" if e.type == "LOC" and _speaking_facility(e.name) else e.type
            self.ent_nat[eid] = e.nationality
            self.ent_names[eid] = e.name
            for m in e.mentions:
                if m.kind == "pronoun":
                    continue
                m = _after_contraction(m)
                k = bisect_right(tstarts, m.start) - 1  # = tok_at(m.start)
                if k >= 0 and m.start < tends[k]:
                    old = ment_at.get(k)
                    if old is None or (m.end - m.start) > (old.end - old.start):
                        ment_at[k] = m
                if len(m.text) >= 3:
                    alias_index.setdefault(normalize_word(m.text), eid)
            if e.type not in ("PER", "ORG"):
                continue
            for nm in {e.name, *(m.text for m in e.mentions if m.kind == "name")}:
                nn = normalize_word(nm)
                name_index[nn] = eid if name_index.get(nn, eid) == eid else None
                parts = nn.split()
                if e.type == "PER" and len(parts) >= 2 and len(parts[-1]) >= 3 and parts[-2] not in _KUNYA_PARTICLES:
                    # (not the word after "أبو/عبد": "طالب" of "أبو طالب" is also the verb "demanded")
                    last = parts[-1]
                    name_index[last] = eid if name_index.get(last, eid) == eid else None
        self.ment_end_tok: dict[int, int] = {}
        self.covered: set[int] = set()
        for k, m in ment_at.items():
            p = max(m.end - 1, m.start)
            j = bisect_right(tstarts, p) - 1  # = tok_at(p)
            end = self.ment_end_tok[k] = j if j > 0 and p < tends[j] else k  # (tok_at(p) or k)
            self.covered.update(range(k, end + 1))
        # sentence-final marks (not the dot of an abbreviation: "د. بدر"، "بي.بي.سي")
        self.end_marks: list[int] = []
        for m in _END_RE.finditer(self.text):
            p = m.start()
            if self.text[p] == "." and p >= 1 and self.text[p - 1].isalpha():
                k = self.tok_at(p)
                if k is not None and not self.is_end(k):
                    continue
            self.end_marks.append(p)
        # quote marks, per paragraph
        self.pairs: dict[int, int] = {}
        self.top_pairs: list[tuple[int, int]] = []
        for p in (self.paras if _QUOTE_RE.search(self.text) is not None else ()):
            if _QUOTE_RE.search(self.text, p.start, p.end) is None:
                continue  # no quote marks in this paragraph
            top, allp = quote_pairs(self.text, p.start, p.end)
            self.top_pairs.extend(top)
            self.pairs.update(allp)
        self.close_to_open = {c: o for o, c in self.pairs.items()}
        self.used_pairs: set[int] = set()
        self.quotes: list[QuoteFound] = []
        self.claims: list[ClaimFound] = []
        self.quote_index = _SpanIndex()
        self.claim_index = _SpanIndex()
        self.last: _Party | None = None
        self.recent: list[tuple[_Party, str | None]] = []  # the latest speakers with their verb's gender
        self.sentence_relayer: dict[int, tuple[_Party, str | None]] = {}  # who relayed words in a sentence
        self.last_sentence: int | None = None
        self.sentence_party: dict[int, _Party] = {}
        self.last_source: tuple[_Party, tuple[EntityRef, ...]] | None = None
        self.claimed_spans: list[tuple[int, int, int]] = []  # (start, end, claim index)
        self.described_first: dict[tuple[str, ...], _Party] = {}  # described parties by their words without ال

    # ------------------------------------------------------------------ token helpers
    def tok_at(self, pos: int) -> int | None:
        k = bisect_right(self.tstarts, pos) - 1
        if k >= 0 and pos < self.tends[k]:
            return k
        return None

    def quoted_clause(self, content: tuple[int, int]) -> tuple[int, int] | None:
        """The inside of the one pair of quote marks that holds the clause ``content`` but for at most four words
        around it (a connective, an adverb), when three words or more stand inside; else None."""
        s, e = content
        marks = [o for o in range(s, e) if self.text[o] in _QUOTE_CHARS and self.pairs.get(o, -1) > o]
        if len(marks) != 1:
            return None
        o = marks[0]
        close = self.pairs[o]
        if close >= e or len(self.text[o + 1:close].split()) < 3 or o in self.used_pairs \
                or self.tok_from(o + 1) in self.ment_at:
            return None  # (not a name in marks: "ووفقا لصحيفة “لوس انجلس تايمز” نقلا عن …")
        outside = self.text[s:o].split() + self.text[close + 1:e].split()
        return (o + 1, close) if len(outside) <= 4 else None

    def turned_out(self, k: int) -> bool:
        """TURNED_OUT: "تبيّن أنه" right before "أن", or after an adverbial ("وتبين بعد الفحص أنها"), is "it turned
        out": no one speaks, and the clause before goes on past it ("وتبين الدراسة أن" has its subject)."""
        w = self.nw(k)
        if (w[1:] if w[:1] in "وف" else w) not in _TURNED_OUT or k + 1 >= len(self.tkinds):
            return False
        return self.is_comp(k + 1) or self.nw(k + 1) in _PREPOSITIONS and any(
            self.is_comp(x) for x in range(k + 2, min(len(self.tkinds), k + 6)))

    def tok_from(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.tstarts, pos)

    def in_name(self, k: int) -> bool:
        """Token k, with no clitic, follows a kunya or "بن": a name's word even when it is a verb's form ("علي بن أبي
        | طالب"، "صالح بن | طالب": not "طالب", demanded)."""
        return k > 0 and self.tpre[k] == self.tstarts[k] and (self.nw(k - 1) in _KUNYA_PARTICLES or
                                                             self.nw(k - 1) in ("بن", "ابن"))

    def nw(self, k: int) -> str:
        """The normalised surface of token ``k`` (proclitics included)."""
        if k < 0 or k >= len(self.tstarts):
            return ""
        return _NORMALIZED[self.text[self.tstarts[k]:self.tends[k]]]

    def key(self, k: int) -> str:
        return self.tkeys[k]

    def ch(self, k: int) -> str:
        if k < 0 or k >= len(self.tkinds):
            return ""
        if self.tkinds[k] in ("punct", "symbol"):
            return self.text[self.tstarts[k]:self.tends[k]]
        return ""

    def sent_of(self, pos: int) -> int:
        return max(bisect_right(self.sstarts, pos) - 1, 0)

    def para_of(self, pos: int) -> int:
        return max(bisect_right(self.pstarts, pos) - 1, 0)

    def sent_tok_end(self, k: int) -> int:
        s = self.sents[self.sent_of(self.tstarts[k])] if self.sents else None
        return s.token_end if s else len(self.toks)

    def sent_tok_start(self, k: int) -> int:
        s = self.sents[self.sent_of(self.tstarts[k])] if self.sents else None
        return s.token_start if s else 0

    def para_end(self, pos: int) -> int:
        return self.paras[self.para_of(pos)].end if self.paras else len(self.text)

    def zone_limit(self, k: int, most: int) -> int:
        """Token index of the end of the clause area after token ``k``: the next sentence-final mark (not an
        abbreviation such as "د."), the paragraph end, or ``most`` tokens."""
        n = len(self.tstarts)
        pos = self.tstarts[k] if k < n else len(self.text)
        lim = min(n, k + most)
        i = bisect_right(self.end_marks, pos)
        if i < len(self.end_marks):
            lim = min(lim, self.tok_from(self.end_marks[i]))
        return min(lim, self.tok_from(self.para_end(pos)))

    def plausible(self, k: int, form: Form) -> bool:
        """A cheap look ahead: does a clause, a colon, a quotation or the verb's preposition follow this cue?"""
        cls, preps = form.cls, form.preps
        if cls in ("belief", "deny", "condemn", "pledge") and form.ftype != "masdar":
            return True
        participle = form.ftype == "participle"
        if participle and k > 0 and self.nw(k - 1) in _COPULAS:
            return False  # a predicate after a copula, no cue: "ستكون | مؤكدة، بعد أن …" (confirmed)
        lim = self.zone_limit(k, 30)
        near = min(lim, k + 8) if participle else lim
        nw, is_comp, ch, pairs, covered = self.nw, self.is_comp, self.ch, self.pairs, self.covered
        text, tkinds, tstarts = self.text, self.tkinds, self.tstarts
        relay, attached_b = cls == "relay", "ب" in preps
        if participle and near < lim:
            # DESCRIBED_AS: "واصفا الاتصال الذي أجراه الرئيس … بأنه «…»": a long object before "بأنه"
            for j in range(near, lim):
                if self.is_end(j) or (tkinds[j] == "word" and nw(j) in self.lex.forms):
                    break
                if is_comp(j) and nw(j).startswith("بان"):
                    return True
        for j in range(k + 1, near):
            if tkinds[j] == "punct":
                if ch(j) == ":":
                    return True
                s = tstarts[j]
                close = pairs.get(s, -1)
                if not relay and close > s and len(text[s:close].split()) >= 3:
                    return True
                continue
            if is_comp(j):
                return True
            w = nw(j)
            if relay:
                if w == "عن":
                    return True
                continue
            if _PREP_FORMS.get(w) in preps or (attached_b and w[:1] == "ب" and len(w) >= 4 and
                                               j not in covered and j > k + 1):
                return True
        return False

    def is_end(self, k: int) -> bool:
        """A sentence-final mark (not the dot of an abbreviation such as "د.")."""
        if k < 0 or k >= len(self.tkinds) or self.tkinds[k] != "punct":
            return False
        start = self.tstarts[k]
        c = self.text[start]
        if c in _END or self.text[start:self.tends[k]] in ("..", "..."):
            return not (c == "." and k > 0 and self.tkinds[k - 1] == "word" and (
                len(self.text[self.tstarts[k - 1]:self.tends[k - 1]]) == 1 or
                inner_abbreviation_dot(self.text, self.tstarts, self.tends, self.tkinds, k)))
            # (an abbreviation: "د."، "بي.بي.سي" — as the segmenter reads it)
        return False

    def is_comp(self, k: int) -> bool:
        if k < 0 or k >= len(self.tkinds) or self.tkinds[k] != "word" or self.nw(k) not in _COMP:
            return False
        if self.nw(k) == "فان" and k in self.ment_at and self.text[self.tstarts[k]:self.tends[k]] == "فان" \
                and "فان" in self.ent_names.get(self.ment_at[k].entity or "", "").split() \
                and not self.according_before(k):
            return False  # the first word of a name: "وقال فان جال “…”" (not "فإن"، nor after an attribution put
            # first: "وبحسب الاستطلاع فان ترامب هو المرشح")
        # "آن الأوان": the time has come; "إن شاء الله": God willing; "فان" before punctuation ends a name, it is
        # no "فإن": "وقال أوباه فان، محلل …"
        return not (k + 1 < len(self.tkinds) and (self.nw(k + 1) in ("الاوان", "شاء") or self.nw(k) == "فان"
                                                  and self.ch(k + 1) in ("،", ",", ":", "؛", ";", ".")))

    def body_ending_in(self, words: list[int]) -> _Party | None:
        """The organisation of the article whose name ends in the words at ``words`` (with or without "ل"): "السياحة"
        → "الهيئة العامة للسياحة"."""
        tail = [self.nw(x) for x in words]
        for eid, name in self.ent_names.items():
            if self.ment_type.get(eid) != "ORG":
                continue
            nws = [normalize_word(x) for x in name.split()]
            if len(nws) > len(tail) and nws[len(nws) - len(tail) + 1:] == tail[1:] and nws[-len(tail)] in (
                    tail[0], "ل" + tail[0][1:], "ل" + tail[0]):
                return _Party(eid, None, None, name)
        return None

    def according_before(self, k: int) -> bool:
        """An attribution put first ("بحسب"، "وفقا") stands in the six words before token k, in its sentence."""
        for x in range(k - 1, max(-1, k - 7), -1):
            if self.is_end(x):
                return False
            if self.nw(x) in _ACCORDING_WORDS:
                return True
        return False

    def ctx(self, k: int) -> frozenset[str]:
        if self.tkinds[k] != "word":
            return frozenset()
        context, key = self.lex.context, self.tkeys[k]
        if key in self.lex.spelled_context:  # "أمام" (in front of) and "إمام" (an imam) are read as written
            forms = self.lex.spelled_context[key]
            return forms.get(MARKS.sub("", self.text[self.tpre[k]:self.tsuf[k]]), forms[""])
        got = context.get(self.nw(k)) or context.get(key)
        if got is None and self.tsuf[k] < self.tends[k] and key in _PREP_HOSTS:
            return _ADJUNCT  # a preposition with a pronoun: "عنها"، "عليه"، "إليهم"
        return got or frozenset()

    # ------------------------------------------------------------------ spans
    def trim(self, s: int, e: int) -> tuple[int, int]:
        """Strip spaces, trailing punctuation and unbalanced quote marks from a content range."""
        text = self.text
        while True:
            while s < e and (text[s].isspace() or text[s] in "،,؛;:-–—"):
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] in "،,؛;:.!?؟…-–—"):
                e -= 1
            changed = False
            if s < e and text[s] in _QUOTE_CHARS and self.pairs.get(s, -1) >= e - 1 and (
                    self.pairs.get(s) in (e - 1, e) or self.pairs.get(s, -1) >= e):
                s += 1
                if e - 1 >= s and text[e - 1] in _QUOTE_CHARS:
                    e -= 1
                changed = True
            elif e > s and text[e - 1] in _QUOTE_CHARS and (e - 1) not in self.pairs and self.close_to_open.get(
                    e - 1, e) < s:
                e -= 1  # a closing mark whose opening mark lies before the content
                changed = True
            elif e > s and text[e - 1] in _QUOTE_CHARS and (e - 1) not in self.pairs and (
                    e - 1) not in self.close_to_open:
                e -= 1  # a stray mark
                changed = True
            if not changed:
                return s, e

    def clause_end(self, k: int, stop: int | None = None, through_dots: bool = False) -> int:
        """Character offset where the reported clause starting at token ``k`` ends: the end of its sentence (quoted
        stretches are skipped whole), or the start of the next cue or attribution attached to it."""
        text, tstarts, tends, tkinds, pairs, boundaries = self.text, self.tstarts, self.tends, self.tkinds, \
            self.pairs, self.boundaries
        n = len(tstarts)
        para_end = self.para_end(tstarts[k]) if k < n else len(text)
        walk_end = para_end if stop is None else min(para_end, stop)
        last = tstarts[k] if k < n else len(text)
        i = k
        while i < n:
            start = tstarts[i]
            if start >= walk_end:
                break
            if i in boundaries and i > k:
                break
            if tkinds[i] == "punct":
                c = text[start]
                close = pairs.get(start)
                if close is not None and close > start:
                    last = min(close + 1, para_end)
                    i = self.tok_from(close + 1)
                    continue
                if c in _END or text[start:tends[i]] in ("..", "..."):
                    if through_dots and text[start:tends[i]] == ".." and i + 1 < n and tkinds[i + 1] == "word" \
                            and self.first_person(i + 1, i + 4):
                        last = tends[i]  # a pause inside words said after a colon, the speaker going on in the first
                        # person: "…النهائي..أنا أعرف العين" (not the columnist's own "..": "… ثمنها.. انه تجسيد")
                        i += 1
                        continue
                    if c == "." and i > 0 and tkinds[i - 1] == "word" and tends[i - 1] - tstarts[i - 1] == 1:
                        last = tends[i]  # an abbreviation ("د.")
                        i += 1
                        continue
                    break
                if c in ("،", ",") and i + 1 < n and self.nw(i + 1) in _AUTHOR_ASIDES:
                    break  # CLAUSE_ENDS_AT_AUTHOR_ASIDE: "…، بعدما تحدث مسعفون …" is the article's own framing
                if c in ("،", ",") and i + 2 < n and (self.nw(i + 1), self.nw(i + 2)) in _NEW_TOPIC:
                    break  # CLAUSE_ENDS_AT_NEW_TOPIC: "…الشاملة، | في سياق آخر أعلن …" turns to another report
                if c in ("،", ",") and i + 1 < n and tkinds[i + 1] == "word" and (
                        (self.lex.forms.get(self.nw(i + 1)) or _Form0).ftype == "participle" or
                        _CIRCUMSTANTIAL.fullmatch(self.nw(i + 1)) and
                        self.nw(i + 1).removeprefix("و") not in _ADVERBS_IN_MA):
                    break  # CLAUSE_ENDS_AT_PARTICIPLE: "…ناجحة، مقدراً للأهالي …"، "…، ومبديا تعاطفه" (any verb)
                if c in ("،", ",") and i + 2 < n and self.nw(i + 1) == "كما" and i + 2 in self.cue_toks and any(
                        self.is_comp(x) or self.ch(x) == ":" or self.nw(x)[:1] == "ب" and x == i + 3
                        for x in range(i + 3, min(n, i + 10))):
                    break  # CLAUSE_ENDS_AT_KAMA_REPORT: "…للشرعية، | كما صرح بوجود …" reports anew, with its own
                    # complement (not "…، كما تزعم السلطة الحالية." at the end)
                if c in ("،", ",") and i + 2 < n and self.nw(i + 1) in ("لكن", "ولكن") and (
                        i + 2 in self.ment_at or self.lex.source_heads.get(self.tkeys[i + 2])) and any(
                        x in self.past_cues and any(self.is_comp(y) for y in range(x + 1, min(n, x + 8)))
                        for x in range(i + 3, min(n, i + 12))):
                    break  # CLAUSE_ENDS_AT_BUT_REPORT: "كان المختصون يتوقعون أن يتراجع التضخم، | لكن وكالة الإحصاء
                    # الأوروبية ذكرت في تقدير أولي أن …": another party, named, reports the contrary
            elif i > k and self.nw(i) in ("حيث", "وحيث") and self.opens_new_report(i + 1):
                break  # CLAUSE_ENDS_AT_NEW_REPORT: "…لتصوير المسلسل | حيث أرسل عسيري بيانا جاء فيه: …"
            elif i > k and i in self.cue_toks and self.nw(i).startswith(("بقول", "قايل")) and i + 1 < n \
                    and self.ch(i + 1) == ":":
                break  # CLAUSE_ENDS_AT_OWN_WORDS: "أوضح ظريف أن المفاوضات لم تكن لتحقق كل مطلب | بقوله: «…»" — his
                # own words follow, a quote of their own
            elif i > k + 2 and self.nw(i) in ("وقد", "ولقد") and i + 2 < n and i + 1 in self.cue_toks \
                    and i + 2 in self.ment_at:
                break  # "…للمنظومة الدفاعية للبلاد) | وقد أعلن وزير الخارجية الإيراني … أن": another speaker's report
            last = tends[i]
            i += 1
        return last

    def fronted_report(self, k: int) -> int | None:
        """FRONTED_REPORT: the comma that opens a coordinated clause whose cue at token k comes after a fronted
        topic or a verb and reports on its own, with a colon or "أن": "…النهائي، | وعن مستوى نيفيز قال المدرب:
        …"، "…، | واختتم المدرب حديثه بقوله: …". The clause before ends at that comma."""
        for x in range(k + 1, min(k + 12, len(self.tkinds))):
            if self.ch(x) == ":" or self.is_comp(x):
                break
            if self.tkinds[x] == "punct":
                return None
        else:
            return None
        for b in range(k - 1, max(k - 14, 0), -1):
            if self.tkinds[b] == "punct":
                if self.ch(b) not in ("،", ",") or b + 1 >= k:
                    return None
                return b if self.tkinds[b + 1] == "word" and self.text[self.tstarts[b + 1]] == "و" else None
            if b in self.cue_words_at:
                return None
        return None

    def opens_new_report(self, k: int) -> bool:
        """A cue or a colon comes within a few words after token k, before the sentence ends."""
        for x in range(k, min(k + 8, len(self.tkinds))):
            if self.tkinds[x] == "punct" and (self.ch(x) in _END or self.ch(x) in ("،", ",")):
                return False
            if x in self.cue_toks or self.ch(x) == ":":
                return True
        return False

    # ------------------------------------------------------------------ parties
    def party_from_mention(self, k: int) -> _Party | None:
        m = self.ment_at.get(k)
        if m is None or m.entity is None:
            return self.party_from_name(k)
        e = m.end
        # MENTION_ENDS_BEFORE_RELATIVE: "وزير المالية الذي" → the words before the relative pronoun
        sp = m.text.rstrip().rfind(" ")
        if sp > 0 and normalize_word(m.text[sp + 1:].rstrip()) in _RELATIVES:
            e = m.start + len(m.text[:sp].rstrip())
            return _Party(m.entity, m.start, e, self.text[m.start:e])
        return _Party(m.entity, m.start, m.end, m.text)

    def holder_after_role(self, p: _Party, k: int, limit: int) -> tuple[_Party, int]:
        """ROLE_THEN_HOLDER: a source named by a role mention that ends before token k takes in its holder's name
        right after it, honorifics between: "…، طبقا لمدير المشروعات | الدكتور خالد العمري." Returns the party
        and the token after it (and after closing quote marks)."""
        j = k
        while j < limit and j - k < 3 and self.tkinds[j] == "word" and j not in self.ment_at and (
                self.nw(j) in self.lex.honorifics or self.tkeys[j] in self.lex.honorifics):
            j += 1
        m = self.ment_at.get(j)
        if p.start is not None and m is not None and m.entity == p.entity and j < limit:
            p = _Party(p.entity, p.start, m.end, self.text[p.start:m.end])
            k = self.ment_end_tok.get(j, j) + 1
        return p, self.past_quote_marks(k, limit)

    def party_from_alias(self, k: int, limit: int) -> tuple[_Party | None, int]:
        """The longest known mention text of an entity starting at token ``k`` ("وزير الخارجية الإيراني" where the
        entity layer marked it only elsewhere)."""
        if not self.alias_index or k >= limit:
            return None, k
        s = self.word_start(k)
        best = None
        single_ok = not (self.nw(k) in self.lex.titles or ("ال" + self.tkeys[k]) in self.lex.titles)
        for j in range(k if single_ok else k + 1, min(limit, k + 7)):
            if self.tkinds[j] not in ("word", "number"):
                break
            txt = normalize_word(self.text[s:self.tends[j]])
            eid = self.alias_index.get(txt)
            if eid is not None:
                best = (_Party(eid, s, self.tends[j], self.text[s:self.tends[j]]), j + 1)
        return best if best is not None else (None, k)

    def extend_name(self, p: _Party, end_tok: int, limit: int) -> tuple[_Party, int]:
        """Stretch a person's name over up to four following name words the entity layer left out, when the
        subject ends there ("بدر بن | عبد الرحمن السمحان أن"، "محمد جواد | ظريف،")."""
        if p.entity is None or self.ment_type.get(p.entity) != "PER" or p.start is None:
            return p, end_tok
        j = end_tok
        while j < limit and j - end_tok < 4 and self.tkinds[j] == "word":
            w = self.nw(j)
            prev = self.nw(j - 1)
            definite = self.tname[j] < self.tpre[j] or w.startswith("ال")
            if self.is_comp(j) or self.ctx(j) or w in self.lex.titles or w in self.lex.forms or \
                    w in _NO_NAME_AFTER_HONORIFIC or (  # (the object: "وحثّ الدكتور العمّار | الجميع على")
                    w in _FUNCTION_WORDS and w != "علي" and self.ch(j + 1) not in ("،", ",", ":")) \
                    or definite and w.endswith("ات") \
                    and corpus_frequency(self.text[self.tstarts[j]:self.tends[j]]) >= 3 \
                    or (  # (the verb's object: "أكد … X | الهجمات")
                    definite and prev not in ("عبد", "بن", "ابن", "ابو", "بنت", "ال") and w.endswith(("ي", "يه"))) or (
                    self.tpre[j] > self.tstarts[j] and w[:1] in "لبوف" and j not in self.ment_at) or (
                    not definite and j not in self.ment_at and self.known_verbal_noun(j)
                    and self.nw(j + 1) != "الدين"):
                break  # (nor a verbal noun, the object: "ونفى عادل الجبير | وجود أزمة"; not "محمود علم الدين")
            if j in self.ment_at and self.type_at(j) not in ("PER", None):
                break
            j += 1
        if j == end_tok or j >= len(self.tkinds):
            return p, end_tok
        if not (j == limit or self.is_comp(j) or self.ch(j) in (":", "،", ",")):
            return p, end_tok
        e = self.tends[j - 1]
        return _Party(p.entity, p.start, e, self.text[p.start:e]), j

    def type_at(self, k: int) -> str | None:
        """The type of the entity whose mention starts at token k ("PER"، "ORG"، "LOC" …), or None."""
        m = self.ment_at.get(k)
        return self.ment_type.get(m.entity) if m is not None and m.entity else None

    def spoken_for(self, k: int) -> bool:
        """Token k is the one a spokesman speaks for: "متحدثة باسم | فيشر"، "الناطق الرسمي باسم | الحكومة" (not the
        given name باسم: "رئيس البعثة باسم | أبوداود")."""
        if k < 2 or self.nw(k - 1) != "باسم":
            return False
        w = self.nw(k - 2)
        if w in ("الرسمي", "الرسميه", "رسمي", "رسميه") and k >= 3:
            w = self.nw(k - 3)
        return w.removeprefix("ال").startswith(("متحدث", "ناطق"))

    def party_from_name(self, k: int) -> _Party | None:
        """A surname or name the entity layer did not mark at this place ("العمير" after "علي العمير")."""
        if k >= len(self.toks) or self.tkinds[k] != "word" or not self.name_index:
            return None
        t = self.toks[k]
        w = self.nw(k)
        if w == "علي" and self.text[t.end - 1] == "ى":
            return None  # the preposition "على", not "علي" of a name met before ("خالد علي"): "المشرفة | على المبنى"
        for cand in (w, w[1:] if w[:1] in "وف" and t.prefix_end > t.start else None):
            if cand and cand in self.name_index and self.name_index[cand] is not None:
                s = t.start + (len(w) - len(cand)) if cand != w else t.start
                s = t.name_start if cand != w and t.definite else (t.prefix_end if cand != w else t.start)
                eid = self.name_index[cand]
                self.ment_end_tok.setdefault(k, k)
                return _Party(eid, s, t.end, self.text[s:t.end])
        return None

    def np_end(self, k: int, limit: int) -> int:
        """Token index after a described noun phrase starting at ``k``: its head, adjectives and genitives, up to a
        comma, a complementizer, a preposition that opens an adjunct, a time word or a quote mark."""
        i = k
        first = True
        genitive_end = -1  # the last token of a place named as a genitive ("نائب أمير منطقة حائل")
        while i < limit:
            t = self.toks[i]
            if t.kind != "word" and t.kind != "number":
                if self.ch(i) == "." and not first and not self.is_end(i) and i + 1 < limit and \
                        self.tkinds[i + 1] == "word":
                    i += 2  # inside an abbreviation: "موقع بي.سي ماغازين"
                    continue
                if i == k + 1 and self.lex.source_heads.get(self.tkeys[k]) == "group" and \
                        (self.ch(i) in _QUOTE_CHARS or self.ch(i) == "("):
                    after = self.outlet_in_marks(i, limit)
                    if after > i:
                        i = after  # the paper's own sources: "مصادر «الجزيرة»"، "مصادر (الرياضي)"
                        continue
                break
            w = self.nw(i)
            if not first:
                if w in _REPORT_OBJECTS and self.nw(i - 1).startswith("ال") and i not in self.ment_at:
                    break  # DENIAL_OBJECT: "ونفى الوزير | الأنباء"، "ودحضت الهيئة | المزاعم"
                if w in _CLAIM_OBJECTS and i not in self.ment_at:
                    break  # and without the article: "استنكر دبلوماسيون عرب ومصريون | مزاعم نوري المالكي"
                if w in _ADDRESSEES or w[:1] == "ل" and self.tpre[i] > self.tstarts[i] and (
                        self.tkeys[i] in self.lex.titles or "ال" + self.tkeys[i] in self.lex.titles
                        or self.tkeys[i] in _HONORIFIC_TITLES) and self.lex.source_heads.get(self.tkeys[k]) == "group":
                    break  # ADDRESSEES: the people spoken to are not the speaker's: "وقال مسؤول أميركي | للصحافيين"،
                    # "قال صحفي | لمعالي وزير الخارجية" (a document's owner stays: "بيان للمتحدث العسكري")
                if w[:1] == "و" and w[1:] in _RELATIVES:
                    break  # a relative clause after "و" describes, it names no more: "أكد زوج المعلمة | والتي توفيت"
                if ("\u064b" in self.text[self.tstarts[i]:self.tends[i]] or _accusative_masdar(w)) and \
                        i not in self.ment_at and not self.nw(i - 1).endswith("ا"):
                    break  # ACCUSATIVE_OBJECT: a noun with the accusative tanween is the verb's object, not the
                    # subject's: "توقع محللون | انخفاضاً بنفس القدر" (but "محللين اقتصاديين" agree in the case)
                if self.nw(i - 1).startswith("ال") and not w.startswith(("ال", "لل")) \
                        and self.tpre[i] == self.tstarts[i] and i not in self.covered and w not in self.name_index \
                        and self.known_verbal_noun(i) and self.nw(i + 1) != "الدين" \
                        and w not in _FUNCTION_WORDS and w not in _PREP_FORMS:
                    break  # OBJECT_AFTER_DEFINITE_SUBJECT: a definite noun takes no indefinite verbal noun as its
                    # genitive or adjective, it is the object: "ونفى الوزير | وجود أزمة"، "ونفت الإدارة | تفكير اللاعب"
                if i >= k + 2 and self.indefinite_adjective(i - 1) and not w.startswith(("ال", "لل")) \
                        and self.tpre[i] == self.tstarts[i] \
                        and (_DERIVED_MASDAR_RE.fullmatch(w) or self.listed_object(i)) \
                        and i not in self.ment_at and w not in _FUNCTION_WORDS and w not in _PREP_FORMS:
                    break  # a noun in construct after the head's adjective is the object: "توقع تقرير اقتصادي حديث
                    # | ارتفاع أسعار النفط"
                if w[:3] == "فال" and self.tpre[i] > self.tstarts[i] and i not in self.ment_at:
                    break  # "ف" opens the next clause: "كما يزعم البعض | فالتجربة …"
                if w.endswith("وا") and len(w) >= 4 and i not in self.ment_at and w not in self.name_index \
                        and self.nw(i - 1) not in ("من", "ممن", "الذين", "اللذين"):
                    break  # PLURAL_VERB_AFTER_GROUP: a verb in the plural opens a clause that describes the group; it
                    # is no word of its name: "وقال باحثون | قاموا باستطلاع رد فعل المخ: إن …" (but after a relative
                    # it is the description: "بعض من جربوا النظام")
                if w in _ATTENTION or w in _MANNER_ADVERBS:
                    break  # "ولفت التقرير | النظر إلى أن": the idiom's object; "أدان الوزراء | بشدة الهجمات"
                if w[:1] == "ب" and len(w) >= 6 and i not in self.ment_at and (
                        w.endswith(("ها", "هم", "هما")) or self.text[self.tends[i] - 1] == "ه" and w[-2] != "ا"):
                    break  # ب + a noun with its pronoun is the verb's complement: "وأشاد معلم نيكول | بإنجازها"،
                    # "وذكر الجنرال | بتوصياته" (his: "ه" as written, not "ة"; not "بمياه")
                if i == k + 1 and w.startswith("ال") and len(w) >= 5 and self.nw(k).startswith("ال") \
                        and k not in self.ment_at and i not in self.ment_at \
                        and (self.nw(k) in self.lex.titles or self.tkeys[k] in self.lex.titles) and (
                            not _adjective_like(w) and not self.lex.source_heads.get(self.tkeys[i])
                            and self.nw(i) not in self.lex.titles
                            or w.endswith(("ين", "ون")) and not self.nw(k).endswith(("ين", "ون"))):
                    break  # DEFINITE_OBJECT: a definite noun after a definite title is no adjective of it, it is the
                    # verb's object: "ويرجع الكاتب | السبب إلى"؛ so is a plural after a singular title: "ودعا
                    # المحافظ | المواطنين إلى"
                if i - 1 == genitive_end and not (t.definite or w.startswith("ال")) and i not in self.ment_at \
                        and w not in _PREP_FORMS and w not in _FUNCTION_WORDS:
                    break  # "نائب أمير منطقة حائل | شباب الوطن": a name closes the construct
                if i - 1 == genitive_end and w.startswith("ال") and i not in self.ment_at and (
                        w in _OFFERED or not _adjective_like(w) and w not in self.lex.titles
                        and self.tkeys[i] not in self.lex.titles and w not in self.lex.honorifics):
                    break  # GENITIVE_PLACE_CLOSES: a definite noun after the place is the verb's object: "ورفع
                    # محافظ الجبيل | التهاني"، "وقدم أمير منطقة حائل | الشكر" (not an adjective: "… الأسبق")
                if w in ("به", "بها", "بهم") and self.nw(i - 1)[:1] == "م" and len(self.nw(i - 1)) >= 5:
                    i += 1  # a passive participle's complement: "مصدر موثوق به", "جهة معترف بها"
                    continue
                if i + 2 < limit and self.nw(i + 1) in _PARTICIPLE_PREPS and _DEF_PARTICIPLE_RE.fullmatch(w) and \
                        self.lex.source_heads.get(self.tkeys[k]) in ("group", "quantifier") and \
                        i not in self.ment_at and self.tkinds[i + 2] == "word" and self.nw(i + 2).startswith("ال") \
                        and i + 2 not in self.ment_at and self.tkeys[i + 2] not in _EVENT_NOUNS:
                    i += 3  # GROUP_WITH_PARTICIPLE: "بعض الجماعات المدافعة عن البيئة"
                    continue
                if w in ("في", "لدي") and i + 2 < limit and self.ch(i + 1) in _QUOTE_CHARS and \
                        self.type_at(i + 2) == "ORG" and self.lex.source_heads.get(self.tkeys[k]) == "group":
                    close = self.ment_end_tok.get(i + 2, i + 2) + 1
                    if close < limit and self.ch(close) in _QUOTE_CHARS:
                        i = close + 1  # the body in marks: "مصادر في «الجيش السوري الحر»"
                        continue
                c = self.ctx(i)
                bare = w.removeprefix("ال")
                inner = self.type_at(i + 1) \
                    if w in ("في", "لدي") and i + 1 < limit else None
                if (inner == "LOC" and not _body_noun(self.tkeys[k]) or
                        inner == "LOC" and (self.tname[k] < self.tpre[k] or self.nw(k).startswith("ال")) or
                        inner == "ORG" and (self.lex.source_heads.get(self.tkeys[k]) == "group" or
                                            self.nw(k) in self.lex.titles)) and \
                        self.lex.source_heads.get(self.tkeys[k]) != "document":
                    i = self.ment_end_tok.get(i + 1, i + 1) + 1  # "نقابات المعلمين في إيران"، "مصدر في فيفا"
                    continue
                if w in ("في", "لدي") and i + 1 < limit and (
                        self.lex.source_heads.get(self.tkeys[k]) in ("group", "quantifier") or
                        self.nw(k) in self.lex.titles) and self.tkinds[i + 1] == "word" and (
                        self.tname[i + 1] < self.tpre[i + 1] or i + 1 in self.ment_at or
                        _body_noun(self.tkeys[i + 1]) or _body_noun(self.tkeys[i + 1][:-2] + "ه")
                        and self.tkeys[i + 1].endswith("ات") or  # (bodies: "عاملون في | وكالات دعاية")
                        self.unattested(i + 1) and not self.nw(i + 1).endswith(
                            ("ها", "هم")) or  # (a noun with her/their pronoun: "المشرفة على المبنى | في أقوالها")
                        # a construct with a definite or a named genitive: "خبراء في مجالي القانون وعلم الاجتماع"،
                        # "أحد العاملين في جمارك | ميناء الحديدة"
                        i + 2 < limit and self.tkinds[i + 2] == "word" and (
                            self.nw(i + 2).startswith("ال") or i + 2 in self.ment_at) and
                        self.tpre[i + 1] == self.tstarts[i + 1] and self.tsuf[i + 1] == self.tends[i + 1] and
                        "time" not in self.ctx(i + 1) and self.nw(i + 1) not in self.lex.forms and
                        not self.lex.source_heads.get(self.tkeys[i + 1])) and \
                        self.tkeys[i + 1] not in _EVENT_NOUNS:
                    i += 1  # "مسؤولين في الحركة الانفصالية"، "مصدر في الجيش السوري الحر"، "محللة لدى باركليز"
                    continue
                if w[:1] == "ب" and self.tpre[i] > self.tstarts[i] and self.text[self.tstarts[i]] == "ب" and (
                        self.lex.source_heads.get(self.tkeys[k]) in ("group", "quantifier") or
                        self.nw(k) in self.lex.titles) and (
                        _body_noun(self.tkeys[i]) or self.type_at(i) in ("ORG", "LOC")):
                    i += 1  # the same with "ب" written on: "مصدر محلي بالمدينة"، "مسؤول بمجلس شورى مقاتلي درنة"
                    continue
                if w.startswith("بال") and self.lex.source_heads.get(self.tkeys[k]) == "group" and \
                        self.nw(k) not in self.lex.titles and "time" not in self.ctx(i) and i not in self.ment_at:
                    i += 1  # after sources any definite place or party, with its adjectives only: "مصادر بالسوق"،
                    # "مصادر بالمعارضة السياسية | العفو"
                    while i < limit and self.tkinds[i] == "word" and self.nw(i).startswith("ال") and \
                            _adjective_like(self.nw(i)) and i not in self.ment_at:
                        i += 1
                    break
                if (i == k + 1 and _ROLE_PREPOSITIONS.get(self.tkeys[k]) == w or i == k + 2 and
                        _ROLE_PREPOSITIONS.get(self.tkeys[k + 1]) == w) and i + 1 < limit and \
                        self.tkinds[i + 1] == "word":
                    i += 1  # the role's own preposition: "القائمون على شركة الصدف"، "شخص مطلع على الملف"
                    # its object may be a person, a nisba before the name or a title with its genitive: "مصدر مقرب
                    # من (الفرنسي) ميشال بلاتيني"، "مقرب من رئيس الاتحاد"
                    while i < limit and self.tkinds[i] == "word" and self.nw(i).startswith("ال") and \
                            self.nw(i).endswith("ي") and i + 1 in self.ment_at:
                        i += 1
                    m = self.ment_at.get(i)
                    if m is not None and self.ment_type.get(m.entity or "") == "PER":
                        i = self.ment_end_tok.get(i, i) + 1
                        break
                    if i < limit and (self.nw(i) in self.lex.titles or self.tkeys[i] in self.lex.titles):
                        i += 1
                    continue
                if w == "لم" and i + 1 < limit and self.nw(i + 1).startswith(_UNNAMED_STEMS) and \
                        self.lex.source_heads.get(self.tkeys[k]) in ("group", "quantifier"):
                    i += 2  # UNNAMED_SOURCE: "مصادر | لم تسمها"، "مسؤول لم يكشف عن هويته"
                    if i + 1 < limit and self.nw(i) == "عن" and self.nw(i + 1).startswith(("هويت", "اسم")):
                        i += 2
                    break
                if w in ("عز", "جل", "تعالي", "سبحانه") and first is False and i == k + 1:
                    break
                if w in ("الذي", "التي", "الذين") and \
                        self.lex.source_heads.get(self.tkeys[k]) in ("group", "quantifier"):
                    # a described group's relative clause, up to the clause or the outlet told: "أحد السياسيين
                    # الذين حضروا حفل الزفاف | لصحيفة روسية إن"
                    for r in range(i + 2, min(limit, i + 8) + 1):
                        if self.nw(r - 1) in _ANONYMITY_VERBS:
                            break  # "الذين رفضوا الكشف عن هويتهم": no part of the description
                        if r == limit or self.is_comp(r) or self.tpre[r] > self.tstarts[r] and \
                                self.nw(r)[:1] == "ل" and self.lex.source_heads.get(self.tkeys[r]) == "media":
                            return r
                        if self.tkinds[r] != "word" or self.nw(r) in self.lex.forms:
                            break
                    break
                if w in _DESCRIBED_AS and i == k + 1 and self.lex.source_heads.get(self.tkeys[k]) == "group" \
                        and i + 1 < limit and self.nw(i + 1)[:1] == "ب":
                    # DESCRIBED_AS: the outlet's own description of its sources goes with them, up to the clause:
                    # "نقلت الوكالة عن مصادر وصفتها بالمطلعة على الملف، إنه …"
                    for r in range(i + 2, min(limit, i + 8) + 1):
                        if r == limit or self.tkinds[r] != "word" or self.is_comp(r):
                            return r
                    break
                if w in ("العديد", "الكثير", "كافه", "جميع") and self.tkeys[k] not in _QUANT:
                    break  # a quantity opens the object: "وحذر الباحثون | العديد من المدخنين من …"
                if w in ("الذي", "التي", "الذين", "نحن", "انا", "لا", "لم", "لن", "قد", "هو", "هي", "هم", "وهو",
                         "وهي", "كما", "حيث", "اذ", "بينما", "فيما", "ثم", "منذ") or "first" in c:
                    break
                if len(bare) >= 4 and bare.endswith("ت") and not bare.endswith(("ات", "وت", "يت")) and \
                        not w.startswith("ال"):
                    break  # a verb in the past: "منظمات غير حكومية سارعت"
                if w in _COMPASS and i not in self.covered and (i - 1) in self.covered:
                    break  # where the place lies is the author's aside: "ناخبة في حي غيوشا | شمال شرق العاصمة"
                if self.is_comp(i) or "time" in c or "adjunct" in c or w in self.lex.forms and not self.in_name(i) or (
                        w[:1] in "وف" and w[1:] in self.lex.forms):
                    break
                if self.tpre[i] > self.tstarts[i] and w[:1] == "ل" and (
                        self.lex.source_heads.get(self.tkeys[i]) == "media" or
                        self.lex.source_heads.get(self.tkeys[k]) in ("group", "quantifier") and
                        self.nw(k) not in self.lex.titles and self.tkeys[k] not in self.lex.titles and
                        self.type_at(i) == "ORG" and
                        self.clause_or_stop(self.ment_end_tok.get(i, i) + 1)):
                    # "لوكالة فرانس برس"، "مصادر محلية | للجزيرة إن": the outlet the words were given to, right
                    # before the clause ("مصدر عسكري موال لهادي لوكالة …": a complement of the description)
                    break
                if i > k + 1 and self.tpre[i] > self.tstarts[i] and w[:1] == "ل" and self.type_at(i) == "ORG" \
                        and _news_outlet(w) and (self.nw(k) in self.lex.titles or self.tkeys[k] in self.lex.titles) \
                        and (i + 1 >= limit or self.clause_or_stop(i + 1) or self.ch(i + 1) in _QUOTE_CHARS):
                    break  # TOLD_AFTER_TITLE: a bare name after "ل" right before the words is the outlet told, after
                    # a title too: "وقال قائد للقوات المناهضة للحوثيين | لرويترز “…”"
                if w in ("صدر", "يصدر", "صدرت", "تصدر") and (i + 1 >= limit or self.nw(i + 1) != "عن"):
                    break  # "تقرير رسمي | صدر حديثا": a relative clause, not the issuer
                if w == "عن" and self.nw(i - 1) in _ISSUED and i + 1 < limit:
                    return self.np_end(i + 1, limit)  # "بيان صادر عن مكتب رئاسة الوزراء"
                if w in ("عن", "علي", "الي", "ان", "بان", "بينها", "بينهم", "منها", "منهم", "ومنها", "ومنهم", "ل", "ب",
                         "كل") or \
                        w in self.lex.attribution:
                    break
                if w[:1] == "ب" and self.tpre[i] > self.tstarts[i] and i not in self.ment_at:
                    break  # a prepositional phrase: "بالشروط الجديدة"
                if w in self.lex.titles and i > k + 1:
                    break  # a second role in apposition: "وزير العدل رئيس المجلس الأعلى للقضاء"
                prev_def = self.tname[i - 1] < self.tpre[i - 1] or self.nw(i - 1).startswith("ال")
                if prev_def and self.tkinds[i] == "word" and not (self.tname[i] < self.tpre[i] or w.startswith(
                        ("ال", "لل", "ب", "ل", "و"))) and i not in self.ment_at and w not in self.name_index and \
                        w not in ("غير", "نفسه", "ذاته", "نفسها", "ذاتها", "عام", "العام") and w not in _FUNCTION_WORDS:
                    break  # a definite noun is not followed by an indefinite one in the same phrase
                if i >= k + 3 and (self.nw(k) in self.lex.titles or ("ال" + self.tkeys[k]) in self.lex.titles) \
                        and (self.tname[i - 1] < self.tpre[i - 1]) and self.nw(i - 1).endswith(("ي", "يه")) and \
                        self.nw(i - 1) not in _MINISTRY_NOUNS and \
                        not (w.startswith("ال") and w.endswith(("ي", "يه")) and i not in self.ment_at) and \
                        not (self.tpre[i] > self.tstarts[i] and w[:1] in "لب"):
                    break  # a role ends with its nisba: "وزير الخارجية الإيراني | المفاوضات"
                if w in ("جهته", "جانبه", "ناحيته", "جهتها", "جانبها") or w in _ANONYMITY_VERBS:
                    break  # (an asyndetic relative clause: "مسؤول تركي | رفض الكشف عن هويته")
                if prev_def and self.nw(i - 1).endswith("ه") and w.startswith("ال") and \
                        (w.endswith(("ين", "ون")) or w == "الجميع") and i not in self.ment_at:
                    break  # a feminine singular takes no plural adjective: "ودعت الوزارة | المواطنين إلى"
                if prev_def and (w in _DEFINITE_MASDARS or _TAFIIL_RE.fullmatch(w)):
                    break  # OBJECT_MASDAR_AFTER_SUBJECT: "رفض متحدث باسم الوزارة | التعليق"
                if i in self.ment_at and i >= k + 2 and self.type_at(i) in (
                        "LOC", "PER") and not (self.tpre[i] > self.tstarts[i] and w[:1] in "لب") and (
                        prev_def or self.type_at(i) == "PER") and \
                        not self.spoken_for(i):  # (but "متحدثة باسم | فيشر")
                    break  # "المسؤول الإيراني | الرياض"; after a construct noun a place is its genitive (below)
                if prev_def and i in self.ment_at and self.tkeys[i] in _org_heads() and not w.startswith("ال") and \
                        self.tpre[i] == self.tstarts[i] and self.nw(i - 1).endswith(("ي", "يه")) and \
                        self.type_at(i) == "ORG":
                    break  # the object: "وتتهم السلطات الكردية | قوات الحشد الشعبي بـ…"
                if i in self.ment_at and self.type_at(i) == "LOC":
                    # GENITIVE_PLACE: "نائب أمير منطقة حائل", "مدير صحة جازان"
                    genitive_end = self.ment_end_tok.get(i, i)
                    i = genitive_end + 1
                    continue
                if w == "من" and i + 1 < limit and self.nw(i + 1) in ("جهته", "جانبه", "جهتها", "جانبها", "خلال",
                                                                         "جديد", "قبل"):
                    break
            first = False
            i += 1
            if i - k >= 10:
                break
        return i

    def clause_word_start(self, k: int) -> int:
        """Where a clause starts in its first token: after a conjunction و/ف ("وفي مقابل" → "في مقابل")."""
        s0 = self.tstarts[k]
        if self.tkinds[k] != "word" or self.text[s0] not in "وف":
            return s0
        if self.tpre[k] > s0:
            return s0 + 1
        w = self.nw(k)
        if w[1:] in _FUNCTION_WORDS or (len(w) > 3 and w[1:3] == "ال"):
            return s0 + 1
        return s0

    def word_start(self, k: int) -> int:
        """Where the words of a phrase start in token ``k``: after a conjunction or preposition only where the rest
        is a known word ("والباحثون"، "ومسؤولون"), never inside a name ("وليد")."""
        t = self.toks[k]
        if t.kind != "word":
            return t.start
        w = self.nw(k)
        lex = self.lex
        if w in lex.titles or w in lex.source_heads or w in self.name_index:
            return t.start
        if t.definite:
            return t.name_start
        if len(w) > 3 and w[0] in "وفبل" and (w[1:] in lex.titles or w[1:] in lex.source_heads or
                                               w[1:] in self.name_index):
            return t.start + 1
        return t.start

    def document_entity(self, head: int, a: int, b: int, stops: frozenset[str],
                        relative_stops: bool = False) -> tuple[int, _Party] | None:
        """The first ORG or PER mention in tokens[a:b] of a document or media phrase headed at token ``head`` ("بيان
        لنقابة المعلمين", "بحث أجراه «معمل كاسبر سكاي»"), before a stop mark or a complementizer: (token, party)."""
        for j in range(a, b):
            if self.ch(j) in stops or self.is_comp(j) or relative_stops and (self.nw(j) in _RELATIVES and not (
                    j + 1 < b and self.nw(j + 1) in _ISSUED_IT) or self.nw(j) in _OBTAINED_IT):
                break  # (a subject's relative clause names someone else: "المسودة التي اطلعت عليها وكالة …"، "وثيقة
                # حصلت عليها «الشرق الأوسط»"; but ISSUER_IN_RELATIVE: "التقرير الحادي والخمسون الذي أصدرته مؤسسة
                # النقد" names the issuer)
            p = self.party_from_mention(j)
            if p is None:
                continue
            if j == head + 1 and p.text is not None and " " not in p.text.strip() and \
                    self.tname[j] < self.tpre[j] and self.nw(j).endswith(("ي", "يه")):
                continue  # NISBA_NOT_OUTLET: "الصحافة المحلية" names the press, not an organisation
            if self.ment_type.get(p.entity) in ("ORG", "PER"):
                return j, p
        return None

    def relative_clause_in(self, a: int, b: int) -> bool:
        """A relative clause opens in tokens[a:b]: a relative pronoun (not before the verb that issued a document:
        "التقرير الذي أصدرته «ساما»") or the pronoun that refers back to an indefinite noun ("وثيقة حصلت | عليها")."""
        for x in range(a, b):
            w = self.nw(x)
            if w in _RELATIVES and self.nw(x + 1) not in _ISSUED_IT or w in _BACK_TO_NOUN:
                return True
        return False

    def document_owner_back(self, head: int, limit: int) -> _Party | None:
        """DOCUMENT_OF_BODY_NAMED_BEFORE: "وقال بيان للجماعة: …"، "وأشار بيان أصدرته الشركة" — "لـ" + a definite body
        noun after a document noun, or the verb that issued it and the body, is a back-reference to the body of that
        kind named before (else the body that spoke last)."""
        j = head + 1
        if j + 1 < limit and self.nw(j) in _ISSUED_IT and self.tkinds[j + 1] == "word" and \
                self.nw(j + 1).startswith("ال") and self.tkeys[j + 1] in _org_heads() and j + 1 not in self.ment_at:
            j += 1  # "وأشار بيان أصدرته | الشركة أمس": the body that issued it, named before
        elif j >= limit or self.tkinds[j] != "word" or self.tpre[j] == self.tstarts[j] or \
                self.text[self.tstarts[j]] != "ل":
            return None
        elif not (self.tname[j] < self.tpre[j] or self.nw(j).startswith("لل")) or self.tkeys[j] not in _org_heads() or \
                j in self.ment_at:
            return None
        back = self.resolve_generic(j, j + 1)
        if back is None or back.entity is None:
            last = self.last
            back = last if last is not None and self.ment_type.get(last.entity or "") == "ORG" else None
        if back is None or self.ment_type.get(back.entity or "") != "ORG":
            return None
        s, e = self.word_start(head), self.tends[j]
        return _Party(back.entity, s, e, self.text[s:e])

    def past_quote_marks(self, end: int, limit: int) -> int:
        """The token index after any quote marks at ``end`` (a name's closing mark: وكالة "تسنيم")."""
        while end < limit and self.tkinds[end] == "punct" and self.ch(end) in _QUOTE_CHARS:
            end += 1
        return end

    def recent_parties(self) -> tuple[_Party | None, _Party | None]:
        """The last speaker and the last source of a claim (either may be None)."""
        return self.last, self.last_source[0] if self.last_source else None

    def official_before(self, k: int, e: int) -> _Party | None:
        """OFFICIAL_BACK_REFERENCE: "المسؤول" alone or with a nationality ("قال «المسؤول اليمني»") is the person who
        spoke last, when the nationality, if given, is his: the text as written, his entity."""
        last = self.last
        if last is None or last.entity is None or self.ment_type.get(last.entity) != "PER" or last.start is None \
                or last.start >= self.tstarts[k]:
            return None
        if e == k + 2:
            nat = self.ent_nat.get(last.entity)
            if not nat or not _same_country(self.nw(k + 1), normalize_word(nat)):
                return None
        s, end = self.tstarts[k], self.tends[e - 1]
        return _Party(last.entity, s, end, self.text[s:end])

    def described_before(self, k: int) -> _Party | None:
        """DEFINITE_BACK_REFERENCE: a definite noun, with words the earlier description has ("المسؤول بحماس"،
        "المصدر الأمني"), is the one described before with the same noun indefinite ("مسؤول من حركة حماس"، "مصدر
        أمني متابع"), the most recent such speaker or source; not a title (the entity layer's)."""
        w = self.nw(k)[2:]
        if self.nw(k) in self.lex.titles:
            return None  # (a title is the entity layer's: "الوزير")
        more = {_bare_word(self.nw(x)) for x in range(k + 1, self.np_end(k, k + 4)) if self.tkinds[x] == "word"}
        named = [p for p in self.recent_described()
                 if p.start < self.tstarts[k] and normalize_word(p.text.split()[0]) == w
                 and more <= {_bare_word(normalize_word(x)) for x in p.text.split()}]
        return max(named, key=lambda p: p.start) if named else None

    def recent_described(self) -> list[_Party]:
        """The described speakers and sources (no entity) of the last quotes and claims, and the last ones."""
        parties = list(self.recent_parties())
        refs = [q.speaker for q in self.quotes[-8:]] + [c.source for c in self.claims[-8:]]
        parties += [_Party(r.entity, r.start, r.end, r.text) for r in refs if r is not None]
        return [p for p in parties if p is not None and p.entity is None and p.start is not None and p.text]

    def same_described(self, i: int) -> _Party | None:
        """SAME_GROUP: "المكاتب ذاتها"، "الضابط نفسه" — the described speaker or source named before by the same
        noun ("ضابط إسرائيلي كبير"), the most recent one."""
        w = self.nw(i)[2:]
        named = [p for p in self.recent_described() if p.start < self.tstarts[i]
                 and w in {normalize_word(x).removeprefix("ال") for x in p.text.split()}]
        return max(named, key=lambda p: p.start) if named else None

    def described(self, k: int, limit: int) -> _Party | None:
        e = self.np_end(k, limit)
        if e <= k:
            return None
        if self.nw(k) in _OFFICIAL and e <= k + 2:
            back = self.official_before(k, e)
            if back is not None:
                return back
        if self.nw(k).startswith("ال") and e <= k + 3:
            back = self.described_before(k)
            if back is not None:
                return back
        if k + 1 < limit and self.nw(k).startswith("ال") and self.nw(k + 1) in _SAME:
            named = self.same_described(k)
            if named is not None:
                return named
        # an entity inside a document phrase: "بيان لنقابة المعلمين", "دراسة أجرتها جامعة فيرفيلد"
        head_kind = self.lex.source_heads.get(self.tkeys[k]) or self.lex.source_heads.get(self.nw(k))
        if head_kind in ("document", "media"):
            found = self.document_entity(k, k + 1, min(limit, k + 8), _DOCUMENT_STOPS, relative_stops=True)
            if found is not None:
                return self.issued_by(k, found[1])
            back = self.document_owner_back(k, limit)
            if back is not None:
                return back
            x = k + 1  # (past a number or an adjective: "التقرير الـ51 | الصادر حديثا عن …")
            while x < min(limit, k + 4) and self.nw(x) not in _ISSUED and (
                    self.tkinds[x] == "number" or self.tkinds[x] == "word" and x not in self.ment_at and
                    (self.nw(x).endswith(("ي", "يه")) or self.nw(x) in ("ال", "الـ"))):
                x += 1
            a = x + 1
            while a < limit and ("time" in self.ctx(a) or self.nw(a) in _RECENTLY):
                a += 1
            if a + 1 < limit and self.nw(x) in _ISSUED and self.nw(a) in ("عن", "من"):
                # ISSUED_BY: "بيان صادر عن مكتب رئاسة الوزراء"، "بيانات صدرت من «ساما»" — the body that issued it
                b = self.past_quote_marks(a + 1, limit)
                issuer = self.party_from_mention(b) if b < limit else None
                if issuer is None:  # a unit of a named body: "عن قطاع العقار في «كي بي إم جي»"
                    found = self.document_entity(a, a + 1, min(limit, self.np_end(a + 1, limit) + 1),
                                                 _DOCUMENT_STOPS, True)
                    issuer = found[1] if found is not None else None
                if issuer is not None:
                    return self.issued_by(k, issuer)
                return self.described(b, limit) if b < limit else None
            j = k + 1
            if j < limit and self.tkinds[j] == "word" and j not in self.ment_at and _body_noun(self.tkeys[j]) and (
                    self.tname[j] < self.tpre[j] or self.nw(j).startswith("ال")) and head_kind == "document" \
                    and not self.nw(j).endswith("ي"):  # (an adjective: "التقرير | الدوري للشركة", periodic)
                # DOCUMENT_OF_BODY: "كما أوضح بيان الشرطة": the body whose statement it is (named before, or as
                # written)
                back = self.resolve_generic(j, j + 1)
                e2 = self.np_end(j, limit)
                s2 = self.word_start(j)
                return _Party(back.entity if back is not None else None, s2, self.tends[e2 - 1],
                              self.text[s2:self.tends[e2 - 1]])
        s = self.word_start(k)
        while e - 1 > k and self.nw(e - 1) in ("من", "في", "علي", "عن", "الي", "مع", "و"):
            e -= 1  # "… وتقدير من": never end on a preposition
        w0 = self.nw(k)
        if w0[:1] in "وف" and self.tpre[k] == self.tstarts[k] and self.tkinds[k] == "word" and not (
                self.lex.source_heads.get(w0) or self.lex.source_heads.get(w0[1:]) or w0 in self.lex.titles or
                w0[1:] in self.lex.titles or k in self.ment_at or w0 in self.name_index or
                self.tname[k] < self.tpre[k]) and corpus_frequency(self.text[self.tstarts[k] + 1:self.tends[k]]):
            return None  # a conjunction + a common noun ("وتقدير"): not a speaker's description (but a word
            # whose rest is no word begins with و/ف itself: "قال فاتسكه:"، "والد اللاعب")
        end = self.tends[e - 1]
        entity = None
        m = self.ment_at.get(e) if e < limit and e - 1 > k and self.nw(e - 1) in self.lex.honorifics and \
            self.nw(e - 2).startswith("ال") else None  # (in apposition; not a genitive: "مسؤولو مستشفيات الدكتور X")
        if m is not None and m.entity is not None and self.ment_type.get(m.entity) == "PER":
            # DESCRIPTION_BEFORE_HONORED_NAME: "عبر والد الشهيد الشيخ | ناصر بشيري عن" — the one named after it
            end = m.end
            return _Party(m.entity, s, end, self.text[s:end])
        if w0 in self.lex.titles or self.tkeys[k] in self.lex.titles:
            # TITLE_BEFORE_NAME: "الرئيس حسن روحاني" is the person the name inside designates
            for j in range(k + 1, e):
                m = self.ment_at.get(j)
                if m is not None and m.entity is not None and self.ment_type.get(m.entity) == "PER" and \
                        not self.spoken_for(j):  # (not the one spoken for: "متحدثة باسم | فيشر")
                    entity = m.entity
                    break
        elif k + 1 < e and self.toks[k].definite and (not self.lex.source_heads.get(self.tkeys[k]) or
                                                       self.nw(k) in self.lex.honorifics):  # ("المغرد بدر العنزي")
            # DESCRIPTOR_BEFORE_NAME: "الفارس عبدالله الشربتلي"، "الطالب سعود الزيد" — a definite noun no lexicon
            # lists as a title, right before a person's name, describes that person
            m = self.ment_at.get(k + 1)
            if m is not None and m.entity is not None and self.ment_type.get(m.entity) == "PER":
                entity = m.entity
        return _Party(entity, s, end, self.text[s:end])

    def unattested(self, k: int) -> bool:
        """Token k and its form without a first و/ف are both unknown to the shipped vocabulary (a foreign name,
        not a conjunction on a word: "فاتسكه" but not "وتقدير")."""
        raw = self.text[self.tstarts[k]:self.tends[k]]
        return len(raw) >= 4 and self.tsuf[k] == self.tends[k] and corpus_frequency(raw) == 0 and \
            corpus_frequency(raw[1:]) == 0 and corpus_frequency(raw[:-2]) == 0

    def share_of_group(self, i: int, limit: int) -> tuple[_Party, int] | None:
        """SHARE_OF_GROUP: a number with "%" or "في المئة" and "من" + a group is a described speaker: "ويرى 88.8% من
        عينة الدراسة أن …"، "وتوقع 60 في المئة من المحللين أن …" (a survey's share of its respondents)."""
        j = i + 1
        while j + 1 < limit and self.ch(j) in (".", "٫", ",") and self.tkinds[j + 1] == "number":
            j += 2  # a decimal the tokenizer split: "88.8"
        if j < limit and self.ch(j) in ("%", "٪"):
            j += 1
        elif j + 1 < limit and self.nw(j) in ("في", "ب") and self.nw(j + 1) in ("الميه", "المايه"):
            j += 2
        elif j < limit and self.nw(j) in ("بالميه", "بالمايه"):
            j += 1
        else:
            return None
        if j + 1 >= limit or self.nw(j) != "من" or self.tkinds[j + 1] != "word":
            return None
        e = self.np_end(j + 1, limit)
        if e <= j + 1:
            return None
        s0, e0 = self.tstarts[i], self.tends[e - 1]
        return _Party(None, s0, e0, self.text[s0:e0]), e

    def subject_after(self, k: int, limit: int) -> tuple[_Party | None, int]:
        """The subject in tokens[k:limit] (after the verb), and the token index after it. A described subject
        followed by "called" is the subject after that word: "وقال شاب يُدعى | محمد العلي إن"."""
        quoted = self.quoted_subject(k, limit)
        if quoted is not None:
            return quoted
        party, end = self._subject_after(k, limit)
        if party is not None and party.entity is None and end > k + 1 and self.tstarts[k] == party.start \
                and self.nw(k).startswith("ال") and self.lex.source_heads.get(self.tkeys[k]) == "group" \
                and self.ment_end_tok.get(k + 1, -1) + 1 == end \
                and self.type_at(k + 1) == "PER":
            named = self.party_from_mention(k + 1)  # a described speaker and his name: "وذكر الشاهد | عبدالرحمن مير"
            if named is not None:
                return named, end
        if party is None and end == k and k < limit and self.tkinds[k] == "word" and self.nw(k).startswith("ال"):
            for x in range(k + 1, min(limit, k + 4)):
                if self.tkinds[x] != "word" or self.nw(x) in _FUNCTION_WORDS or self.nw(x) in _PREP_FORMS \
                        or x in self.cue_toks:
                    break
                if self.type_at(x) == "PER":
                    named = self.party_from_mention(x)  # TITLE_NO_LIST_KNOWS: "وقال البريجادير جنرال الأمريكي
                    if named is not None:  # | كيفين كيليا إن"
                        return named, self.ment_end_tok.get(x, x) + 1
                    break
        if party is None or party.entity is None:
            for c in range(k + 1, min(limit - 1, k + 9)):
                if self.tkinds[c - 1] not in ("word", "number") and self.ch(c - 1) not in ("،", ","):
                    break
                if self.nw(c) in CALLED_WORDS:
                    named, after = self._subject_after(c + 1, limit)
                    if named is not None and (named.entity is None or self.ment_type.get(named.entity) == "PER"):
                        return named, after
                    break
        return party, end

    def quoted_subject(self, k: int, limit: int) -> tuple[_Party, int] | None:
        """QUOTED_SUBJECT: the subject written in quote marks, a description or a name of one to four words, right
        before the colon or "إن": "قال «المسؤول اليمني»: …" (the subject and the token after the closing mark)."""
        if k + 2 >= limit or self.tkinds[k] != "punct" or self.ch(k) not in _QUOTE_CHARS:
            return None
        close = self.pairs.get(self.tstarts[k], -1)
        if close < 0:
            return None
        e = self.tok_from(close)
        if not (k + 1 < e <= k + 5 and e < limit and e + 1 < len(self.tkinds)
                and all(self.tkinds[x] == "word" for x in range(k + 1, e))
                and (self.ch(e + 1) == ":" or self.is_comp(e + 1))):
            return None  # (right before the colon or "إن" of the speech: a quoted name elsewhere is no subject)
        named = self.party_from_name(k + 1) if e == k + 2 else None
        if named is not None and named.entity is not None and self.ment_type.get(named.entity) == "PER":
            return named, e + 1  # one word in marks that is a person's surname is that person, though it is a post
            # too: "قال «القاضي» …" after "حمد بن عبدالله القاضي" (QUOTED_SURNAME)
        party, end = self._subject_after(k + 1, e)
        if party is None or end != e:
            return None
        return party, e + 1

    def _subject_after(self, k: int, limit: int) -> tuple[_Party | None, int]:
        i = k
        if self.has_syntax:
            # syntax when present: the token whose head is the verb with relation nsubj
            verb = k - 1
            for j in range(k, min(limit, k + 12)):
                tj = self.toks[j]
                if tj.deprel and tj.deprel.startswith("nsubj") and tj.head == verb:
                    p = self.party_covering(j)
                    if p is not None:
                        return p, self.ment_end_tok.get(self.tok_at(p.start) or j, j) + 1
                    return self.described(j, limit), self.np_end(j, limit)

        # skip time words and honorific-only words, and a prayer for the speaker: "وقال رحمه الله إن …"; and a
        # resumptive pronoun after a relative: "في الوقت الذي نفت | فيه | جامعة تبوك صلتها"
        while i < limit and ("time" in self.ctx(i) and self.nw(i) not in self.name_index or self.ch(i) in ("،", ",")
                             or self.nw(i) in _RESUMPTIVE and i == k and i + 1 < limit and i + 1 in self.ment_at):
            i += 1  # (a time word that is someone's name here is the subject: "وقال عيد إن" after "أحمد بن عيد")
        if i + 2 < limit and self.nw(i) == "من" and self.nw(i + 1) in _TURN_MARKERS:
            i += 2  # TURN_MARKER_BEFORE_SUBJECT: "وبين | من جهته | محمود عبدالشكور أن"، "وأكد | من جانبها | الدكتورة …"
            while i < limit and self.ch(i) in ("،", ","):
                i += 1
        while i + 1 < limit and self.tkinds[i] == "word" and i not in self.ment_at and \
                prayer_for(self.text[self.tstarts[i]:self.tends[i]], self.nw(i + 1)):
            i += 2
        if i < limit and self.nw(i) in ("تعالي", "سبحانه"):
            # GOD_BY_EPITHET: "قال تعالى"، "يقول سبحانه وتعالى": God speaks (no word here is His name)
            e = i + 1
            while e < limit and self.nw(e) in ("وتعالي", "تعالي"):
                e += 1
            return _Party(None, None, None, "الله"), e
        if i + 3 < limit and self.nw(i) in ("صلي", "صلى") and self.nw(i + 1) == "الله":
            # "يقول صلى الله عليه وسلم": the blessing names the Prophet, who speaks (not the last speaker)
            s0, e0 = self.tstarts[i], self.tends[i + 3]
            return _Party(None, s0, e0, self.text[s0:e0]), i + 4
        if i + 2 < limit and self.nw(i) == "كل" and self.nw(i + 1) == "من" and i + 2 in self.ment_at:
            i += 2  # EACH_OF: "قال كل من فيصل المعيقل وفهد الشثري إن" — the first one named speaks for both
        # ADDRESSEE_BEFORE_SUBJECT: "أفصح لـ"الاقتصادية" الدكتور …" — the outlet spoken to comes first
        while i + 1 < limit and self.nw(i) == "ل" and self.tkinds[i] == "word":
            j = i + 1
            o = self.tstarts[j]
            close = self.pairs.get(o, -1) if self.ch(j) in _QUOTE_CHARS else -1
            if self.ch(j) == "(":  # (in brackets: "أكد لـ(عكاظ) الشيخ صالح لنجف")
                close = next((self.tstarts[x] for x in range(j + 1, min(limit, j + 8)) if self.ch(x) == ")"), -1)
            i = self.tok_from(close + 1) if close > o else j + 1
            while i < limit and self.ch(i) in ("،", ","):
                i += 1
        while i < limit and i in self.ment_at and self.tkinds[i] == "word" and self.text[self.tstarts[i]] == "ل" and \
                self.ment_at[i].start > self.tstarts[i] and self.type_at(i) == "ORG":
            i = self.ment_end_tok.get(i, i) + 1  # "وقال لرويترز “…”": the outlet spoken to, written attached
            while i < limit and self.ch(i) in ("،", ","):
                i += 1
        if i + 1 < limit and self.ch(i) in _QUOTE_CHARS:
            close = self.pairs.get(self.tstarts[i], -1)
            after = self.tok_from(close + 1) if close > self.tstarts[i] else limit
            if after < limit and self.tkinds[after] == "word" and (
                    self.type_at(i + 1) == "ORG" and (
                        self.nw(after) in self.lex.titles
                        or self.type_at(after) == "PER")
                    or self.lex.source_heads.get(self.tkeys[after]) == "group" and after - i <= 4
                    and not self.nw(after).startswith("ال") and i + 1 not in self.ment_at):
                i = after  # QUOTED_ADDRESSEE: "أبلغ «عكاظ» مدير عام فرع المصلحة … أنه": the paper told, then who tells
                # (or who: "أبلغ "الاقتصادية" مصرفيون، أن")
        if i + 1 < limit and (self.ch(i) in _QUOTE_CHARS or self.ch(i) == "(") and i + 1 in self.ment_at:
            i += 1  # QUOTED_SUBJECT: a name in quote marks or brackets, "وأعلنت «ولاية سيناء» …"، "شدد ( X ) …"
        elif i + 1 < limit and self.ch(i) in _QUOTE_CHARS:
            o = self.tstarts[i]
            close = self.pairs.get(o, -1)
            inner = self.text[o + 1:close].split() if close > o else []
            after = self.tok_from(close + 1) if inner else limit
            if 1 <= len(inner) <= 3 and after < limit and not any(
                    normalize_word(x) in _FUNCTION_WORDS for x in inner) and (
                    self.is_comp(after) or "adjunct" in self.ctx(after) or "time" in self.ctx(after)):
                # QUOTED_NAME_SUBJECT: "وقال " علوش " في حديث مع … إن": a name the entity layer does not know
                s0, e0 = self.trim(o + 1, close)
                return _Party(None, s0, e0, self.text[s0:e0]), after
        if i >= limit:
            return None, k
        t = self.toks[i]
        if t.kind not in ("word", "number"):
            return None, k
        w, key = self.nw(i), t.key
        if w in _MANNER_ADVERBS:  # "ادعى | صراحة أنه": an adverb before the clause
            return self.subject_after(i + 1, limit) if i + 1 < limit else (None, i + 1)
        if w in ("ذلك", "هذا") and i == k:
            # "أوضح | ذلك اليوم مدير الفرع": the verb's object, then its subject, a person or a role past a time word
            # ("قال هذا المسؤول" is a subject; a bare demonstrative with none after it is no subject, below)
            j = i + 1
            while j < limit and "time" in self.ctx(j):
                j += 1
            if j < limit and (j in self.ment_at or j > i + 1 and (self.nw(j) in self.lex.titles
                                                                  or self.tkeys[j] in self.lex.titles)):
                return self.subject_after(j, limit)
        if w in _HONORIFIC_PRONOUNS:
            # HONORIFIC_PRONOUN: "وأكد سموه" — the person the honorific fits (a prince for سموه, a sheikh for
            # فضيلته, a minister for معاليه) named last before it, else the last speaker, else the last person named;
            # at the word that designates him here
            eid = self.honored(i, _HONORIFIC_PRONOUNS[w])
            if eid is not None:
                return _Party(eid, t.start, t.end, self.text[t.start:t.end]), i + 1
            return None, i + 1
        if t.kind == "number":
            share = self.share_of_group(i, limit)
            if share is not None:
                return share
        if w in ("ذات", "نفس") and i + 1 < limit and self.lex.source_heads.get(self.tkeys[i + 1]) == "group":
            # SAME_SOURCES: "وتؤكد ذات المصادر أن …" — the sources named before, else the sources themselves
            end = self.np_end(i + 1, limit)
            named = [p for p in self.recent_parties()
                     if p is not None and p.entity is None and p.start is not None and p.start < self.tstarts[i]]
            if named:
                return max(named, key=lambda p: p.start), end  # the most recent described speaker or source
            return self.described(i + 1, limit), end
        if w.startswith("ال") and i + 1 < limit and self.nw(i + 1) in _SAME:
            named = self.same_described(i)
            if named is not None:
                return named, i + 2
        if w in _NOT_SUBJECTS or w in _BARE_DEMONSTRATIVES and not (
                i + 1 < limit and self.tkinds[i + 1] == "word" and self.nw(i + 1).startswith("ال")):
            return None, k  # "ولفت النظر إلى"، "لاحظ معي أن"، "واعتبر ذلك "…"" (but "وقال هذا المسؤول")
        if "adjunct" in self.ctx(i) or self.is_comp(i) or (w in ("عن", "علي", "الي", "من", "ان", "ب") and not (
                w == "علي" and i in self.ment_at)):
            return None, k  # (a preposition, but "علي" is the name that the entity layer found: "قال علي محمد")
        if t.kind == "word" and w[:1] in "بل" and (w.startswith(("بال", "لل")) or self.tpre[i] > self.tstarts[i]) \
                and i not in self.ment_at and w not in self.lex.source_heads and w not in self.lex.titles and \
                w not in self.name_index:
            return None, k  # a prepositional phrase ("لجندي", "بمعاقبة"), not a subject
        if ((key in self.lex.forms and not (t.definite and i + 1 in self.ment_at)) or w in self.lex.forms or (
                self.listed_object(i) and i not in self.ment_at)) and self.lex.source_heads.get(w) != "group":
            # ("وقالت مغردة أخرى": a participle that is also a group noun is the subject)
            return None, k  # a cue, or a verbal noun that is the object ("وأكد إدانة …"); not a noun with the article
            # before a name, "الطالب سعود الزيد" (طالب is also a verb)
        # a generic back-reference ("المصدر"، "المتحدث"، "التقرير"، "المنظمات" after "19 منظمة")
        # JOINT_SUBJECT: a back-reference joined to a named body, "وأكدت الوزارة وهيئة الأركان اليمنية أن" — the first
        # speaks for both, as with "كل من" (not two titles of one man: "البرلماني وزعيم الحزب … زهير المغزاوي")
        joint = i + 1 < limit and self.nw(i + 1)[:1] == "و" and i + 1 in self.ment_at and \
            self.type_at(i + 1) == "ORG"
        described_by = i + 1 < limit and w in self.lex.generic and self.nw(i + 1).startswith("الم") \
            and len(self.nw(i + 1)) >= 6 and not self.nw(i + 1).endswith("ي") and i + 1 not in self.ment_at \
            and self.np_end(i, limit) == i + 2  # GENERIC_WITH_PARTICIPLE: "الشركة | المشغلة"، "الوزارة | المعنية"
        if w == "اداره" and i + 1 < limit and i + 1 not in self.ment_at and i not in self.ment_at \
                and self.nw(i + 1).startswith("ال") and len(self.nw(i + 1)) >= 5 and self.np_end(i, limit) == i + 2:
            back = self.resolve_generic(i + 1, i + 2)
            if back is not None and back.entity is not None:
                # MANAGEMENT_OF_BACK_REFERENCE: "وأوضحت إدارة المكتبة" speaks for the library named before
                s0 = self.word_start(i)
                return _Party(back.entity, s0, self.tends[i + 1], self.text[s0:self.tends[i + 1]]), i + 2
        ranked = w in MILITARY_RANKS and i + 1 < limit and self.nw(i + 1) in RANK_QUALIFIERS  # (a name follows)
        if (w in self.lex.generic or t.definite) and i not in self.ment_at and not ranked and (
                self.np_end(i, limit) - i == 1 or (i + 1 < limit and self.nw(i + 1) in _SAME) or joint
                or described_by):
            after = self.np_end(i, limit)
            own_end = i + 1 if joint else after
            back = self.resolve_generic(i, own_end)
            if described_by and (back is None or back.entity is None):
                back = None  # (nothing named before with that head: the phrase describes, as before)
            if back is not None and back.entity is not None:
                # the entity named before, at the words that designate it here ("وأشار الكاتب")
                s0 = self.word_start(i)
                return _Party(back.entity, s0, self.tends[own_end - 1], self.text[s0:self.tends[own_end - 1]]), after
            if back is not None:
                return back, after
        # a named entity (possibly after an honorific)
        j = i
        while j < limit and (self.nw(j) in self.lex.honorifics or self.tkeys[j] in self.lex.honorifics or
                             self.nw(j) in ("معالي", "سمو", "فضيله", "سماحه", "د", "صاحب", "السمو", "الملكي",
                                            "الدكتور", "المهندس", "الشيخ")) \
                and j not in self.ment_at:
            j += 1
            while j < limit and self.ch(j) == ".":
                j += 1
            if self.nw(j - 1) in MILITARY_RANKS:
                while j < limit and self.nw(j) in RANK_QUALIFIERS and j not in self.ment_at:
                    j += 1  # RANK_QUALIFIERS: "وقال العميد | طيار ركن | عبدالله العتيبي"
        if i < j and j + 1 < limit and self.ch(j) in _QUOTE_CHARS and j + 1 in self.ment_at:
            j += 1  # QUOTED_SURNAME after a title: "وحثّ الدكتور "العمّار" الجميع على"
        if j == i + 1 and j < limit and j not in self.ment_at and self.nw(i).startswith("ال") and (
                self.nw(j) in ("ذو", "ذي", "ذات") or self.nw(j) in _ROYAL_EPITHETS and j + 1 not in self.ment_at):
            # HONORIFIC_AS_BACK_REFERENCE: "وأصر الفنان ذو الشهرة العالمية على أن"، "وأعرب الملك المفدى عن": no name
            # follows the honorific; it designates the one named before with it
            back = self.resolve_generic(i, i + 1) or self.last
            e0 = self.np_end(j, limit) if self.nw(j) not in _ROYAL_EPITHETS else j + 1
            if back is not None and back.entity is not None:
                s0, s1 = self.tstarts[i], self.tends[e0 - 1]
                return _Party(back.entity, s0, s1, self.text[s0:s1]), e0
            if back is not None:
                return back, e0  # (the one who spoke last, described: "المعارض الصيني")
            if self.nw(j) in _ROYAL_EPITHETS:
                s0, s1 = self.tstarts[i], self.tends[j]
                return _Party(None, s0, s1, self.text[s0:s1]), e0  # (no king named: "الملك المفدى" describes him)
        if j >= limit or j > i and j not in self.ment_at and self.nw(j) in _NO_NAME_AFTER_HONORIFIC:
            # (also before a word that names no one: "ودعا الأمير | الجميع إلى")
            if j > i and self.tkinds[i] == "word" and self.nw(i).startswith("ال"):
                # an honorific that stands alone designates: "وقال الشاب إنه"، "وقالت الفتاة إنها" (the one named
                # before with it, when there is one)
                back = self.resolve_generic(i, j)
                return (back if back is not None else self.described(i, limit)), j
            return None, k
        t = self.toks[j]
        w, key = self.nw(j), t.key
        i = j
        if w in _SCRIPTURE:
            return _Party(None, t.start, t.end, self.text[t.start:t.end]), i + 1
        if w in ("رسول", "ورسول") and i + 1 < limit and self.nw(i + 1) == "الله":
            e0 = self.tends[i + 1]  # the Prophet: "قال رسول الله صلى الله عليه وسلم: …"
            return _Party(None, t.start, e0, self.text[t.start:e0]), i + 2
        if w.endswith("ا") and len(w) >= 5 and w[:1] == "م" and w not in self.name_index and \
                w not in self.lex.titles and not self.lex.source_heads.get(w) and i not in self.ment_at:
            return None, k  # a circumstantial accusative ("قال مخاطبا ترامب"): the subject is implicit (not a title
            # with "its" that the entity layer found: "متحدثها")
        head_kind = self.lex.source_heads.get(key) or self.lex.source_heads.get(w)
        b = i + 2 if w == "مجلس" and i + 1 < limit and self.nw(i + 1) == "اداره" else i + 1
        if key in _MANAGEMENT and b < limit and b in self.ment_at and \
                self.type_at(b) == "ORG" and self.ment_at[b].start == self.tstarts[b]:
            # MANAGEMENT_OF_BODY: "أعلنت إدارة النادي الأهلي أنها …" — the body speaks through its management
            e0 = self.ment_at[b].end
            return _Party(self.ment_at[b].entity, t.start, e0, self.text[t.start:e0]), \
                self.ment_end_tok.get(b, b) + 1
        if head_kind == "quantifier" and i + 1 < limit and self.nw(i + 1) in ("منهم", "منهن") and \
                self.last is not None and self.last.entity is None and self.last.text:
            return self.last, i + 2  # GROUP_PART: "وأشار عدد منهم" — part of the group that spoke last
        if j + 1 < limit and j not in self.ment_at and key in _org_heads() and j + 1 in self.ment_at and \
                self.type_at(j + 1) == "ORG":
            # ORG_AFTER_ITS_KIND: "قالت جماعة حركة أحرار الشام …" — the kind of body, then its name
            return self.party_from_mention(j + 1), self.ment_end_tok.get(j + 1, j + 1) + 1
        if j not in self.ment_at and key == _COMPANY:
            # COMPANY_AFTER_ITS_TRADE: "وقالت شركة خدمات حقول النفط بيكر هيوز إن" — the company described by its
            # trade in plain words, then its name, which closes the subject
            for jj in range(j + 2, min(limit, j + 7)):
                if self.tkinds[jj] != "word" or self.is_comp(jj) or self.nw(jj) in _FUNCTION_WORDS or (
                        self.tpre[jj] > self.tstarts[jj] and self.text[self.tstarts[jj]] in "لب"):
                    break
                if jj in self.ment_at:
                    end = self.ment_end_tok.get(jj, jj) + 1
                    if self.type_at(jj) == "ORG" and self.ment_at[jj].start == self.tstarts[jj] and (
                            end >= limit or self.is_comp(end) or self.ch(end) in ("،", ",")):
                        return self.party_from_mention(jj), end
                    break
        role = w in self.lex.titles or ("ال" + key) in self.lex.titles or key in self.lex.titles
        m = self.party_from_mention(j)
        if role and m is not None and self.ment_end_tok.get(j, j) - j <= 1:
            m = None  # a one-word role marked as a mention ("مستشار"): read the whole role phrase
        if m is not None and not (head_kind and self.ment_type.get(m.entity) == "LOC"):
            end_tok = self.ment_end_tok.get(j, j) + 1
            return self.extend_name(m, end_tok, limit)
        if role:
            # a role phrase: a known mention text of an entity ("وزير العدل"), else the person named in
            # apposition after it ("مستشار خامنئي الدكتور علي أكبر ولايتي"، "المشرف العام … المهندس رامي إكرام"),
            # preferring one after an honorific; else the role itself
            pa, e_ = self.party_from_alias(j, limit)
            if pa is not None and self.ment_type.get(pa.entity) == "PER":
                return pa, e_
            cands = []
            aside_end = -1
            stop = min(limit, j + 30)  # (a long chain of roles: "المشرف على كرسي … رئيس جمعية … الدكتور X")
            for jj in range(j + 1, stop):
                if self.is_comp(jj) or self.ch(jj) == ":" or self.is_end(jj) or self.nw(jj) in _RELATIVES:
                    stop = jj  # (a name inside a relative clause is not the role's: "عضو مجلس الشيوخ السابق الذي
                    break  # خسر … لمصلحة جورج دبليو بوش")
                tj = self.toks[jj]
                if jj in self.covered and jj not in self.ment_at:
                    continue  # (inside a name begun before: "لخادم الحرمين | الشريفين")
                p = self.party_from_mention(jj)
                if p is not None and self.ment_type.get(p.entity) == "PER" and not (
                        tj.prefix_end > tj.start and self.text[tj.start] in "لب") and not self.spoken_for(jj):
                    # (not the one spoken for: "متحدثة باسم | فيشر")
                    prev = jj - 1
                    while prev > j and (self.ch(prev) == "." or self.ch(prev) in _QUOTE_CHARS):
                        prev -= 1  # "د. X"، "، "خالد المنصور"؛ أن"
                    hon = self.nw(prev) in self.lex.honorifics or self.nw(prev) in ("د", "المهندس", "الدكتور") or \
                        self.ch(prev) in ("،", ",") or self.nw(jj) in self.lex.honorifics  # ("الأمير نواف" whole)
                    while prev > j and (self.nw(prev) in self.lex.honorifics or self.nw(prev) in self.lex.titles):
                        prev -= 1
                    if prev > j and self.nw(prev) in _PREPOSITIONS and self.ch(prev - 1) not in ("،", ",") \
                            and p.start == self.tstarts[jj] and prev not in self.covered \
                            and any(self.ch(x) in ("،", ",") for x in range(j + 1, prev)):
                        aside_end = self.ment_end_tok.get(jj, jj)
                        continue  # NAME_AFTER_PREPOSITION: one an aside after a comma names is not the role's
                        # holder: "أكد وزير خارجية مصر، في المؤتمر الصحفي المشترك | مع الوزير عادل الجبير، أن" (but
                        # "لاعب خط الوسط في الفريق | محمد الشلهوب": no aside)
                    if jj <= aside_end:
                        continue
                    cands.append((hon, jj, p))
            # a name only counts when an honorific or a comma opens it, when it closes the subject, or when it
            # follows the role phrase itself ("الرئيس الفرنسي إيمانويل ماكرون أمس السبت العراق إلى …")
            role_end = self.np_end(j, limit) if cands else -1
            adjacent = [c for c in cands if getattr(self.ment_at.get(c[1]), "kind", "name") == "name" and (
                c[1] == role_end and (
                    role_end - 1 == j or self.tname[role_end - 1] < self.tpre[role_end - 1] or
                    self.nw(role_end - 1).startswith("ال") or role_end - 1 in self.covered)
                or c[1] == j + 1 and c[2].start == self.tstarts[j + 1] and self.nw(j).startswith("ال"))]
            # (also a name right after a one-word definite role the phrase runs on past: "الدكتور المحامي | خليل
            # الدليمي"; an indefinite one is in construct with it: "محامية شفيق")
            cands = [c for c in cands if c[0] or stop - self.past_addressee(self.ment_end_tok.get(c[1], c[1]) + 1,
                                                                             stop) <= 1]
            if adjacent and not any(c[0] for c in cands):
                # (not a genitive of the role: "وزير المالية في حكومة نظام بشار الأسد، مأمون حمدان،")
                cands = [(True, *adjacent[0][1:])]
            if cands:
                hon = [c for c in cands if c[0]]
                if len(hon) > 1 and self.ment_end_tok.get(hon[-1][1], hon[-1][1]) + 1 == stop:
                    hon = hon[-1:]  # the name that closes the subject, not one inside a body's name before it:
                    # "المشرف على كرسي المهندس عبدالله بقشان … الدكتور أحمد بن عبدالله الخازم | أن"
                _h, jj, p = hon[0] if hon else cands[-1]
                if hon or not (j in self.ment_at and self.ment_at[j].entity):
                    return self.extend_name(p, self.ment_end_tok.get(jj, jj) + 1, limit)
            if j in self.ment_at and self.ment_at[j].entity:
                return self.party_from_mention(j), self.ment_end_tok.get(j, j) + 1
            if pa is not None:
                return pa, e_
            d = self.described(j, limit)
            return d, self.np_end(j, limit)
        if head_kind not in ("group", "quantifier") and not role and limit < len(self.tkinds) and (
                self.is_comp(limit) or self.ch(limit) == ":") and self.ch(limit - 1) in _QUOTE_CHARS:
            # a name in quote marks right before the clause: "أعلنت … شركة مصافي "اديميتسو كوزان" أنها"
            close = self.tstarts[limit - 1]
            o = self.close_to_open.get(close)
            ko = self.tok_at(o) if o is not None else None
            if ko is not None and ko > 0 and self.tkinds[ko - 1] == "word" and self.nw(ko - 1) in ("ل", "لـ"):
                o = None  # the outlet spoken to: "خلال حديثهم لـ «اليوم» إن"
            elif ko is not None and i > 0 and "adjunct" in self.ctx(i - 1):
                o = None  # PLATFORM_NO_SPEAKER: the phrase is an adjunct's object, the name its place: "وقال عبر
                # حسابه بموقع التواصل الاجتماعي “تويتر” إنها" (the last speaker speaks, not Twitter)
            elif ko is not None and self.relative_clause_in(i + 1, ko):
                o = None  # the subject's relative clause names someone else: "وكشفت وثيقة حكومية حصلت عليها
                # «الشرق الأوسط» أن" (the outlet obtained it; the document speaks)
            if o is not None and o > self.tstarts[i] and 1 <= len(self.text[o + 1:close].split()) <= 4:
                named = self.party_from_mention(ko + 1)
                if named is not None and named.entity is not None and named.end == close:
                    return named, limit  # (a known body: "وكشف تقرير «ساما» أن")
                return _Party(None, o + 1, close, self.text[o + 1:close]), limit
        if head_kind not in ("group", "quantifier") and not role:
            # the subject's name right before the clause: "أعلنت ثاني أضخم شركة … شركة "اديميتسو كوزان" أنها"
            for jj in range(i + 1, min(limit, i + 16)):
                if self.is_comp(jj) or self.ch(jj) in (":", "،", ",") or self.is_end(jj) or \
                        "adjunct" in self.ctx(jj) or self.relative_clause_in(jj, jj + 1):
                    break  # (nor a name inside the subject's relative clause: "وثيقة حصلت عليها «الشرق الأوسط»")
                tj = self.toks[jj]
                p = self.party_from_mention(jj) if jj in self.ment_at else None
                if p is None or self.ment_type.get(p.entity) not in ("ORG", "PER"):
                    continue
                if self.text[tj.start] in "لب" and (tj.prefix_end > tj.start or self.ment_at[jj].start > tj.start):
                    continue  # "لرويترز": the outlet told, not the speaker
                e_ = self.ment_end_tok.get(jj, jj) + 1
                while e_ < limit and self.tkinds[e_] == "punct" and self.ch(e_) in _QUOTE_CHARS:
                    e_ += 1
                if e_ < limit and (self.is_comp(e_) or self.ch(e_) == ":"):
                    return p, e_
                if self.ment_type.get(p.entity) == "PER" and e_ < limit and self.nw(e_) in _ONE_OF:
                    # NAME_THEN_ONE_OF: "وأبان الكشاف السعودي ثامر النزال | أحد المشرفين على تنفيذ اللوحة …، أن":
                    # the name, then "one of" the people he belongs to, up to the comma before the clause
                    c = next((x for x in range(e_ + 1, min(limit, e_ + 16)) if self.ch(x) in ("،", ",")), None)
                    if c is not None and self.is_comp(c + 1) and all(
                            self.tkinds[x] == "word" and x not in self.cue_words_at for x in range(e_, c)):
                        return p, c + 1
        if head_kind or t.definite or (t.kind == "number"):
            d = self.described(i, limit)
            if d is not None:
                named = self.name_closing(i, limit) if head_kind == "group" or not head_kind and t.definite else None
                if named is not None:
                    return named, limit  # "كشف مسؤول الرقابة … في الوفد السعودي عبدالعزيز المسعد أن"
                return d, self.np_end(i, limit)
        if t.kind == "number" or (i + 1 < limit and self.tkinds[i] == "number"):
            d = self.described(i, limit)
            return d, self.np_end(i, limit)
        # an unknown word: a name the entity extractor missed, or an indefinite group ("سكان")
        if not t.definite and w not in self.lex.context and self.no_pronoun(i) and \
                not w.endswith("ا") and not (_TAFAUL.fullmatch(key) and i + 1 < limit and self.tkinds[i + 1] == "word"):
            # an unknown word: a name the entity layer missed ("إرام"), when it stands alone before the clause
            e_ = self.np_end(i, limit)
            if e_ - i <= 5 and all(map(self.no_pronoun, range(i, e_))) and (
                    e_ >= limit or self.is_comp(e_) or self.ch(e_) in (":", "،", ",") or "time" in self.ctx(e_) or
                    self.nw(e_) in _PREP_FORMS or "adjunct" in self.ctx(e_) or self.tkinds[e_] == "punct" or
                    # a name before its relative clause: "وقالت ايه سو ميات التي تعيش في …"
                    self.nw(e_) in _RELATIVES and not any(self.nw(x).startswith("ال") for x in range(i, e_))):
                return self.person_inside(self.described(i, limit), i, e_), e_
            if 2 <= e_ - i <= 4 and e_ < limit and self.tkinds[e_] == "word" and (
                    self.nw(e_) in self.lex.titles or self.tkeys[e_] in self.lex.titles) and all(
                    self.tkinds[x] == "word" and not (self.tpre[x] > self.tstarts[x] and
                                                      self.text[self.tstarts[x]] in "وف") and
                    self.nw(x) not in _FUNCTION_WORDS and self.nw(x) not in _PREP_FORMS for x in range(i, e_)):
                # NAME_BEFORE_ROLE: "أوضح عندنان المعيبد المتحدث الرسمي في …، أن"
                return self.person_inside(self.described(i, e_), i, e_), e_
        if t.kind == "word" and not t.definite:
            named = self.name_closing(i, limit)
            if named is not None and self.first_named_at(named.entity) >= self.tstarts[i]:
                # a kinship or a description, then a name not met before: "وأوضح جد الطفلة محمد أبو الرحى أن" (a
                # name met before is rather the genitive's: "والد اللاعب سعد العمري" after "سعد العمري")
                return named, limit
            if w in KIN and i + 1 < limit and self.tkinds[i + 1] == "word":
                # KIN_OF_SOMEONE: "نفى ابن المواطنة التي اتهمت بسحر عائلة …" — a described person
                return self.described(i, limit), self.np_end(i, limit)
            if named is not None:
                return self.described(i, limit), limit
        return None, k

    def name_closing(self, i: int, limit: int) -> _Party | None:
        """NAME_CLOSING_DESCRIPTION: a person's name that ends the subject right before the clause, after a
        definite word or a comma (in apposition, not a genitive: "مسؤول في حكومة بشار الأسد إن" is no الأسد); or
        one that an honorific opens anywhere in the subject ("كشف عضو شرف الهلال المؤثر … الأمير نواف بن محمد عبر
        تصريحاته أن")."""
        if limit >= len(self.tkinds):
            return None
        comp = self.is_comp(limit)
        if not comp and not (self.nw(limit) in _PREP_FORMS or (
                self.tpre[limit] > self.tstarts[limit] and self.nw(limit)[:1] == "ب")):
            return None  # (or right before the verb's preposition: "طالب المستثمر في … يوسف باداود | بإنشاء …")
        if any(self.nw(x) in _RELATIVES for x in range(i + 1, limit)):
            return None  # the name is inside a relative clause: "القائمون على شركة الصدف التي يمتلكها النجم حسن عسيري"
        honorifics = self.lex.honorifics
        for jj in range(i + 1, limit if comp else i + 1):
            m = self.ment_at.get(jj)
            if m is not None and self.ment_type.get(m.entity or "") == "PER" and m.kind == "name" and (
                    self.nw(jj) in honorifics or self.nw(jj - 1) in honorifics):
                return self.party_from_mention(jj)
        for jj in range(limit - 1, i, -1):
            m = self.ment_at.get(jj)
            if m is None:
                continue
            if self.ment_end_tok.get(jj, jj) != limit - 1 or self.ment_type.get(m.entity or "") != "PER" or \
                    m.kind != "name":
                return None
            before = self.nw(jj - 1)
            x = jj - 1
            while x > i and self.tkinds[x] == "word" and self.nw(x).startswith("ال") and self.nw(x).endswith("ي"):
                x -= 1
            if x < jj - 1 and self.tkinds[x] == "word" and self.nw(x) in _PREP_FORMS:
                return None  # the object of a preposition, its nisba before it: "مصدر مقرب من الفرنسي ميشال بلاتيني"
            if x > i and self.tkinds[x] == "word" and self.text[self.tstarts[x]] == "ل" and \
                    self.tpre[x] > self.tstarts[x]:
                return None  # COMPLEMENT_NAMED: the person after "ل" and a title is the description's complement:
                # "سكان ومصادر موالية للرئيس اليمني | عبد ربه منصور هادي إن"
            if self.ch(jj - 1) in ("،", ",") or before.startswith("ال") and self.tkinds[jj - 1] == "word" or \
                    jj - 1 == i and kin_with_pronoun(before):  # (a relative: "وقالت زوجته | سارة إن")
                return self.party_from_mention(jj)
            return None
        return None

    def past_addressee(self, x: int, stop: int) -> int:
        """Token index after the outlet or body spoken to at token x ("لـ «عكاظ»"، "لوكالة الأنباء"), else x."""
        if x >= stop or self.tkinds[x] != "word" or self.text[self.tstarts[x]] != "ل":
            return x
        y = x + 1 if self.nw(x) in ("ل", "لـ") else x
        if y < stop and self.ch(y) in _QUOTE_CHARS:
            close = self.pairs.get(self.tstarts[y], -1)
            return self.tok_from(close + 1) if close > self.tstarts[y] else x
        if y in self.ment_at:
            return self.ment_end_tok.get(y, y) + 1
        return x

    def first_named_at(self, eid: str | None) -> int:
        """Where the entity is first mentioned in the text."""
        for e in self.a.entities:
            if e.id == eid:
                return min((m.start for m in e.mentions if m.kind != "pronoun"), default=len(self.text))
        return len(self.text)

    def honored(self, i: int, titles: tuple[str, ...]) -> str | None:
        """The person an honorific pronoun at token i designates (see HONORIFIC_PRONOUN)."""
        nearest = oblique = None
        for x in range(i - 1, max(i - 200, -1), -1):
            m = self.ment_at.get(x)
            if m is None or m.entity is None or self.ment_type.get(m.entity) != "PER":
                continue
            nearest = nearest or m.entity
            # (with the words before the mention: "معالي | رئيس ديوان المظالم"، "صاحب السمو الشيخ | سيف بن زايد")
            named = normalize_word(self.ent_names.get(m.entity, "") + " " + m.text + " " + self.nw(x - 1)
                                   + (" " + self.nw(x - 2) if x >= 2 and (self.nw(x - 1) in self.lex.honorifics
                                                                  or self.nw(x - 1) in _HONORIFIC_TITLES) else ""))
            if titles and any(tt in named for tt in titles):
                before = self.nw(x - 1) if x else ""
                if not self.governed(x) and not (before[:1] == "و" and before[1:] in _HONORIFIC_TITLES):
                    return m.entity  # (not one of a list: "تعازي خادم الحرمين الشريفين … | وسمو ولي العهد")
                oblique = oblique or m.entity  # "رفع الأمير سعود التعازي … لسمو ولي ولي العهد": the one addressed
        if oblique is not None:
            return oblique
        if self.last is not None and self.last.entity is not None and self.ment_type.get(self.last.entity) == "PER":
            return self.last.entity
        return nearest

    def governed(self, x: int) -> bool:
        """The mention starting at token x is a preposition's object: "لخادم الحرمين"، "ولسمو ولي العهد"، "إلى
        الأمير" — someone spoken to or of, not the actor an honorific pronoun later refers to."""
        pre = self.text[self.tstarts[x]:self.tpre[x]]
        if "ل" in pre or "ب" in pre:
            return True
        if x == 0:
            return False
        before = self.nw(x - 1)
        return before in _PREPOSITIONS or before[:1] in ("ل", "ب") and before[1:] in _HONORIFIC_TITLES \
            or before[:2] in ("ول", "وب", "فل") and before[2:] in _HONORIFIC_TITLES

    def person_inside(self, p: _Party | None, a: int, b: int) -> _Party | None:
        """``p`` with the entity of a person mentioned in tokens[a:b] ("جريك كلارك" when "كلارك" is known)."""
        if p is None or p.entity is not None:
            return p
        for x in range(a, b):
            m = self.ment_at.get(x)
            if m is not None and m.entity is not None and self.ment_type.get(m.entity) == "PER":
                return _Party(m.entity, p.start, p.end, p.text)
        return p

    def no_pronoun(self, x: int) -> bool:
        """Token x carries no enclitic pronoun; a final "ك" on an unknown word counts as none ("جريك كلارك": a name,
        not "your …", which news narrative rarely says)."""
        return self.tsuf[x] == self.tends[x] or self.text[self.tsuf[x]:self.tends[x]] == "ك"

    def party_covering(self, j: int) -> _Party | None:
        for k in range(j, max(j - 6, -1), -1):
            m = self.ment_at.get(k)
            if m is not None and m.entity is not None and self.ment_end_tok.get(k, k) >= j:
                return _Party(m.entity, m.start, m.end, m.text)
        return None

    def subject_before(self, k: int) -> _Party | None:
        """A subject placed before its verb: "لكن ظريف عاد وقال", "إلا أن مكلارين تباهى", "وكان علي العمير وزير
        النفط الكويتي توقع", "X، المحلل في …، شكك"."""
        s0 = self.sent_tok_start(k)
        title = self.a.title
        if title is not None and title.start <= self.tstarts[k] < title.end:
            # HEADLINE_SUBJECT: the words before a headline's verb ("أنقرة تعلن أن …"، "البحرية الأمريكية تعلن أن …")
            a0 = self.tok_from(title.start)
            if 0 < k - a0 <= 5 and all(self.tkinds[x] in ("word", "number") or self.ch(x) in _QUOTE_CHARS
                                       for x in range(a0, k)):
                while a0 < k and self.tkinds[a0] == "punct":
                    a0 += 1
                if a0 in self.ment_at and self.ment_end_tok.get(a0, a0) + 1 >= k - 1:
                    return self.party_from_mention(a0)
                return self.described(a0, k)
        lo = max(s0, k - 20)
        t = self.toks[k]
        if t.prefix_end > t.start and self.text[t.start] == "ف":
            topic = self.topic_of(k, lo)
            if topic is not None:
                return topic
        wk = self.nw(k)
        if (t.prefix_end > t.start and self.text[t.start] in "وف" or wk[:1] == "و" and wk[1:] in self.lex.forms) \
                and not (k > 0 and self.nw(k - 1) in ("عاد", "وعاد", "ثم")):
            return None  # "…، وقال": a new coordinated clause, not a subject placed before (the tokenizer keeps
            # "وأضاف" whole)
        covered, ment_at = self.covered, self.ment_at
        by_name = self.name_index and self.party_from_name  # (no names known: no name to find)
        for j in range(k - 1, lo - 1, -1):
            if self.tkinds[j] == "punct" and self.ch(j) == ":":
                break  # a byline or a dateline ends at its colon: "بدر العتيبي - سبق - القصيم: نفى …"
            if j in covered and j not in ment_at:
                continue  # inside a mention: its first token comes next
            p = self.party_from_mention(j) if (j in ment_at or by_name and by_name(j)) else None
            if p is None:
                continue
            end = self.ment_end_tok.get(j, j)
            if self.ment_type.get(p.entity) == "LOC":
                # COUNTRY_SUBJECT_BEFORE_VERB: "لكن فرنسا ترى"، "وكانت ألمانيا أعلنت": a country or a capital as a
                # government, right before a verb in the feminine, after a clause opener or the sentence start
                if end + 1 == k and self.verb_gender(k) == "f" and (
                        j == s0 or self.nw(j - 1) in _SUBJECT_OPENERS or self.ch(j - 1) in ("،", ",")):
                    return p
                continue
            if self.ment_type.get(p.entity) not in ("PER", "ORG"):
                continue
            if self.text[self.tstarts[j]] in "لب" and p.start is not None and p.start > self.tstarts[j]:
                head = self.lex.source_heads.get(self.tkeys[j - 1]) if j > 0 else None
                if self.text[self.tstarts[j]] == "ل" and head == "document" and end + 1 == k:
                    # DOCUMENT_OWNER_BEFORE_VERB: "… تقرير للجنة الأولمبية أشار إلى …": the document's owner speaks;
                    # a later "وقال التقرير" resolves to it
                    self.cue_contexts.append((self.tkeys[j - 1], p))
                    return p
                continue  # "لحزب اليسار": a prepositional phrase, not a subject
            if j > 0 and self.nw(j - 1) in _PREPOSITIONS or j in self.attr_after:
                continue  # SUBJECT_NOT_PREPOSITION_OBJECT: "الضربات ضد حكومة X قال Y"، "وبحسب وكالة رويترز قال كيري"
            if self.in_fronted_topic(j, lo):
                return None  # "وعن مستوى اللاعب تياجو نيفيز قال المدرب:": the topic, the subject comes after the verb
            if j > 0 and self.tkinds[j - 1] == "punct" and self.ch(j - 1) in "-–—" and end + 1 == k:
                return None  # DATELINE_NOT_SUBJECT: "المناطق - رويترز دعا الرئيس …": the agency of the dateline
            if end + 1 == k and j > s0 and self.tkinds[j - 1] == "word" and self.nw(j - 1) not in _SUBJECT_OPENERS \
                    and self.ment_type.get(p.entity) == "ORG" and self.type_at(k + 1) == "PER":
                return None  # NAMED_SUBJECT_AFTER_VERB: "… ستوقف تسليح وحدات حماية الشعب | قال ماتيس": the body
                # ends the clause before (an object, a genitive); the person named after the verb speaks
            if self._apposition_gap(end + 1, k) or self.ment_type.get(p.entity) == "PER" and end + 3 == k and \
                    self.ch(end + 1) in ("،", ",") and self.nw(k - 1) == "قد" or \
                    self.ment_type.get(p.entity) == "PER" and end + 2 == k and self.ch(end + 1) in ("،", ",") and \
                    self.nw(k)[:1] not in "وف" and j - s0 <= 6 and k + 1 < len(self.tkinds) and (
                        self.is_comp(k + 1) or self.nw(k + 1) in _AFTER_SUBJECTLESS_VERB) and all(
                        self.tkinds[x] == "word" and self.nw(x) not in self.lex.forms for x in range(s0, j)):
                # TOPIC_THEN_VERB: a sentence that opens with a person and a comma, then the verb with no "و": "رفيق
                # درب سعود الملحن سمير سعيد، | أشار إلى"
                return p  # (a person's name may have a comma after it: "وكان وزير النقل بدر باسلمة، | قد أبلغ"; not
                # the body named in a role in apposition, "كوتالوار؛ القائم بأعمال السفارة الهندية، قد كشف", nor a
                # name before "، ثم" that opens the next clause: "فأجابني بأنه الخميني، ثم استطرد")
        # a described subject after a clause opener: "لكن وزير الدفاع عاد وقال"، "غير أن منظمات … سارعت"
        b = k - 1
        if b < 0:
            return None
        if b > s0 and self.tkinds[b] == "word" and b not in covered and not self.nw(b).startswith("ال") \
                and self.tpre[b] == self.tstarts[b] and self.tsuf[b] == self.tends[b] \
                and (self.lex.forms.get(wk) or _Form0).ftype == "present" \
                and self.lex.source_heads.get(self.tkeys[b]) in ("group", "document"):
            d = self.described(b, k)  # SOURCE_WITH_ITS_VERB: an indefinite source right before a verb in the
            if d is not None:  # imperfect is described by it: "وظهرت أنباء | تؤكد أن"، "صدرت تقارير | تشير إلى أن"
                return d
        while b > lo and self.nw(b) in ("عاد", "وعاد", "ثم", "قد", "وقد"):
            b -= 1
        a = b
        openers = ("لكن", "ولكن", "بينما", "فيما", "وفيما", "كان", "كانت", "وكان", "وكانت", "فكان", "فكانت")
        while a > lo and b - a < 6 and self.tkinds[a - 1] == "word" and not (
                self.nw(a - 1) in openers or self.is_comp(a - 1)):
            a -= 1
        if a <= b and (a == s0 or self.nw(a - 1) in openers or self.is_comp(a - 1) and (
                a >= 2 and self.nw(a - 2) in _BUT_THAT or self.nw(a - 1) == "فان")):
            # (also the main clause after a concessive one: "وعلى الرغم من أنه …، فإن أحدث التقارير أكدت")
            if a < b and self.nw(a) in ("هناك", "ثمه"):
                a += 1  # EXISTENTIAL_SUBJECT: "إلا إن هناك | تقارير أكدت على أن"
            w = self.nw(a)
            h = a + 1 if w in _LEADING_QUANTIFIERS and a < b else a  # "لكن أحدث البيانات تشير إلى أن"
            if w in _MANY and a + 2 <= b and self.nw(a + 1) == "من":
                h = a + 2  # SHARE_OF_GROUP before the verb: "لكن كثيرا من الاقتصاديين يتوقعون أن"
            if w in self.lex.titles or self.lex.source_heads.get(self.tkeys[h]) in ("group", "document") or \
                    self.lex.source_heads.get(self.nw(h)) in ("group", "document"):
                d = self.described(a, b + 1)
                e = self.np_end(a, b + 1)
                if d is not None and e == b + 1:
                    return d
                if w in self.lex.titles and e in self.ment_at and \
                        self.type_at(e) == "PER":
                    # "وكانت المتحدثة باسم الخارجية الفرنسية أنييس فون در مول أكدت": the person named after the role
                    p, end = self.extend_name(self.party_from_mention(e), self.ment_end_tok.get(e, e) + 1, b + 1)
                    if end == b + 1:
                        return p
        return None

    def in_fronted_topic(self, j: int, lo: int) -> bool:
        """Token j stands in a prepositional topic put before its clause's verb: the clause (from the sentence start
        or a comma) opens with "عن"، "حول"، "بشأن"، "بخصوص" (with "و"): "وعن انخفاض مستوى X قال …"."""
        for x in range(j - 1, lo - 1, -1):
            if self.tkinds[x] == "punct":
                return self.ch(x) in ("،", ",") and self.nw(x + 1) in _TOPIC_FRONTS
        return self.nw(lo) in _TOPIC_FRONTS

    def topic_of(self, k: int, lo: int) -> _Party | None:
        """TOPIC_BEFORE_FA: "أما العم “حمزة الحكيم”، فيقول إنه …" — after "أما" the topic is the subject of the verb
        with "ف" that answers it: the first person or body named after "أما", else the described topic."""
        nxt = k + 1
        if nxt + 1 < len(self.tkinds) and self.ch(nxt) in ("،", ","):
            nxt += 1  # "أما المنتجون فيقولون، إن …"
        if nxt >= len(self.tkinds) or not (self.is_comp(nxt) or self.ch(nxt) == ":" or self.ch(nxt) in _QUOTE_CHARS):
            return None  # the verb has a subject of its own after it: "أما بعد، فقال الوزير إن"
        for a in range(k - 1, lo - 1, -1):
            if self.nw(a) in ("اما", "واما") and self.tkinds[a] == "word" and self.nw(a + 1) != "بعد":
                if self.nw(a + 1) in _PREPOSITIONS or self.nw(a + 1) in _PREP_FORMS or \
                        self.tpre[a + 1] > self.tstarts[a + 1] and self.nw(a + 1)[:1] in "بل":
                    return None  # a topic in a prepositional phrase is no subject: "أما عن تجربته …، فقال "X":"
                for j in range(a + 1, k):
                    m = self.ment_at.get(j)
                    if m is not None and self.ment_type.get(m.entity or "") in ("PER", "ORG"):
                        return self.party_from_mention(j)
                return self.described(a + 1, k) if a + 1 < k else None
        return None

    def _apposition_gap(self, a: int, b: int) -> bool:
        """Whether tokens[a:b] may stand between a subject and its verb: nothing, "عاد و", "قد", a role in
        apposition ("وزير النفط الكويتي"), or a phrase between two commas."""
        if a >= b:
            return True
        if any(self.ch(g) in _END or self.ch(g) == ":" for g in range(a, b)):
            return False
        if b - a <= 6 and self.ch(a) == "(" and self.ch(b - 1) == ")" and all(
                self.tkinds[g] == "word" for g in range(a + 1, b - 1)):
            return True  # the short form in brackets: "وكالة الإحصاء الأوروبية (يوروستات) | ذكرت"
        words = [g for g in range(a, b) if self.tkinds[g] == "word"]
        if words and len(words) <= 2 and len(words) == b - a and all(self.nw(g) in _BEFORE_VERB for g in words):
            return True
        if self.ch(a) in ("،", ",") and self.ch(b - 1) in ("،", ",") and b - 1 > a + 1:
            return True
        if self.ch(a) in ("،", ",") and 1 <= len(words) <= 8 and self.tkinds[a + 1] == "word" and \
                (self.tname[a + 1] < self.tpre[a + 1] or self.nw(a + 1).startswith("ال")) and not any(
                    self.is_comp(g) or g in self.boundaries for g in range(a, b)):
            return True  # "ألكسندر نوي، المنتمي لحزب اليسار الألماني المعارض أشار"
        # a role in apposition: "وكان علي العمير وزير النفط الكويتي توقع"
        return not any(self.tkinds[g] == "punct" for g in range(a, b)) and len(words) <= 6 and bool(words) and (
            self.nw(words[0]) in self.lex.titles or ("ال" + self.tkeys[words[0]]) in self.lex.titles or
            self.tkeys[words[0]] in self.lex.titles)

    def resolve_generic(self, k: int, end: int) -> _Party | None:
        """A generic back-reference ("المصدر"، "المتحدث"، "التقرير"، "الأخير") → the latest party named with the same
        head word, or the latest speaker."""
        head = self.tkeys[k]
        w = self.nw(k)
        if w in ("الاخير", "الاخيره"):
            return self.last
        # the latest speakers and sources, the most recent first (a source of an attribution counts as much as a
        # speaker: "… بحسب مصادر من أقارب القياديين. وذكرت المصادر" after "مصادر عسكرية" spoke)
        cands = [(q.content[0], q.speaker) for q in self.quotes[-8:] if q.speaker is not None and q.speaker.text]
        cands += [(c.content[0], c.source) for c in self.claims[-8:] if c.source is not None and c.source.text]
        cands.sort(key=lambda x: x[0], reverse=True)
        stem = head.removesuffix("ه")
        # GENERIC_HEAD_TO_ENTITY: "وذكرت الوزارة" → the latest entity named with that head word earlier
        # ("وزارة الدفاع الروسية"); "وأوضح الوزير" → the latest person introduced as "وزير …"
        named = self.entity_by_head(stem[:4], self.tstarts[k], tuple(self.nw(x) for x in range(k, end)))
        for _pos, ref in cands:
            words = normalize_word(ref.text).split()
            if any(x.replace("ال", "", 1).startswith(stem[:4]) and not (
                    n and x.endswith(("ي", "يه")) and x.startswith("ال") == words[0].startswith("ال"))
                   for n, x in enumerate(words[:2])):  # (not a nisba that agrees with the head: "وثيقة حكومية"
                # is no "الحكومة"; a family name is: "محمود الصرخي")
                if named is not None and named.entity != ref.entity and named.start is not None and \
                        ref.start is not None and named.start > ref.start and not any(
                            c.content[0] <= named.start and self.sent_of(c.content[0]) == self.sent_of(named.start)
                            for c in self.claims[-8:]):
                    return named  # NEARER_NAMED_HEAD: a body of that head named since the speaker spoke, not in
                    # a sentence after what was reported there: "وقال البنك [الإمارات دبي] … وصعد سهم بنك أبوظبي
                    # التجاري … بعدما قال البنك إن" (Abu Dhabi's)
                return _Party(ref.entity, ref.start, ref.end, ref.text)
        if named is not None:
            return named
        # the report/statement named at the previous cue: "… في تقرير أولي أن" → "وأشار التقرير"
        for mk, party in reversed(self.cue_contexts[-6:]):
            if stem[:4] and stem[:4] in mk:
                return party
        if w in ("البيان", "الرساله") and self.last is not None:
            # STATEMENT_OF_LAST_SPEAKER: "وأضاف البيان" right after someone's words, with no statement named
            # before: the statement is theirs
            return self.last
        if w in ("التقرير", "البيانات") and not (
                k + 1 < len(self.toks) and self.tkinds[k + 1] == "word" and self.nw(k + 1)[:1] in "ال"
                and self.nw(k + 1) not in _FUNCTION_WORDS and self.nw(k + 1) not in _PREP_FORMS):
            # REPORT_OF_LAST_BODY: "واستعرض التقرير" after a body's words or figures, no report named before (not a
            # report with its own adjective or owner: "التقرير السنوي للصندوق")
            for p in self.recent_parties():
                if p is not None and p.entity is not None and self.ment_type.get(p.entity) == "ORG":
                    return p
        return None

    def entity_by_head(self, stem: str, before: int, exact: tuple[str, ...] = ()) -> _Party | None:
        """The latest PER/ORG mention before ``before`` whose first word (without ال and final ه) starts with
        ``stem`` (its first four letters); the latest one that is ``exact``ly those words first, when there is one
        ("ولفت الرئيس" → the person once called "الرئيس", not a later "الرئيس التنفيذي …")."""
        index = getattr(self, "_head_index", None)
        if index is None:
            index = {}
            for e in self.a.entities:
                if e.type not in ("PER", "ORG"):
                    continue
                for m in e.mentions:
                    words = normalize_word(m.text).split()
                    if words:
                        if words[0].startswith("لل") and len(words[0]) >= 5:
                            words[0] = words[0][2:]  # "للكاتب X": ل + "الكاتب" (R1: the mention keeps "لل")
                        first = words[0][2:] if words[0].startswith("ال") else words[0]
                        index.setdefault(first.removesuffix("ه")[:4], []).append((m.start, m))
            for v in index.values():
                v.sort(key=lambda x: x[0])
            self._head_index = index
        if len(stem) < 3:
            return None
        hits = index.get(stem)
        if not hits:
            return None
        i = bisect_left(hits, before, key=lambda x: x[0]) - 1
        if i < 0:
            return None
        m = hits[i][1]
        if exact and tuple(normalize_word(m.text).split()) != exact:
            m = next((h[1] for h in reversed(hits[:i]) if tuple(normalize_word(h[1].text).split()) == exact), m)
        return _Party(m.entity, m.start, m.end, m.text)

    def clause_after_comma(self, j: int, limit: int, most: int = 14) -> bool:
        """True when ", أن/إن/بأن" follows within ``most`` tokens, before any cue, quote mark or sentence end."""
        for x in range(j, min(limit, j + most)):
            if self.tkinds[x] == "punct":
                c = self.ch(x)
                if c in ("،", ",") and x + 1 < limit and self.is_comp(x + 1):
                    return not self.joined_clause(x + 1)  # (", وأن …" joins a second clause to the first)
                if c in _QUOTE_CHARS or self.is_end(x) or c == ":":
                    return False
                continue
            w = self.nw(x)
            if self.is_comp(x) or self.lex.forms.get(w) or (w[:1] in "وف" and self.lex.forms.get(w[1:])):
                return False
        return False

    def sorted_boundaries(self) -> list[int]:
        """The clause boundaries in order (made again only when the set has grown)."""
        cached = getattr(self, "_sorted_bounds", None)
        if cached is None or len(cached) != len(self.boundaries):
            cached = self._sorted_bounds = sorted(self.boundaries)
        return cached

    # ------------------------------------------------------------------ emit
    def add_quote(self, kind: str, content: tuple[int, int], cue: tuple[int, int] | None, lemma: str | None,
                  party: _Party | None, implicit: bool, conf: float, rule: str) -> int | None:
        s, e = self.trim(*content)
        if e - s < 2 or _URL_ONLY.fullmatch(self.text, s, e):
            return None  # (an address after a colon is no one's words: "على موقع الجائزة: http://…")
        nesting = getattr(self, "nesting", False)
        if nesting and getattr(self, "outer_source", None) is not None:
            return None  # a document's finding inside a report: a claim only
        for qi in self.quote_index.near(s, e):
            q = self.quotes[qi]
            if q.content[0] < e and s < q.content[1]:
                if kind == "direct" and q.kind == "direct" and q.content[0] <= s and e <= q.content[1] and \
                        (s, e) != q.content:
                    continue  # a quotation inside a quotation ("قال الله عز وجل {…}" inside a speaker's words)
                if nesting and q.content[0] <= s and e <= q.content[1] and (s, e) != q.content:
                    continue  # NESTED_REPORT inside a reported clause
                return None
        party = self.first_description(party)
        ref = party.ref(implicit) if _named(party) else None
        self.quotes.append(QuoteFound(kind, (s, e), cue, lemma, ref, conf, rule))
        self.quote_index.add(s, e, len(self.quotes) - 1)
        return len(self.quotes) - 1

    def first_description(self, party: _Party | None) -> _Party | None:
        """DEFINITE_DESCRIPTION_BACK: a described party that repeats an earlier indefinite one with the article
        ("مصادر كردية" … "المصادر الكردية") is that party, named as first described."""
        if party is None or party.entity is not None or not party.text or party.start is None:
            return party
        words = normalize_word(party.text).split()
        key = tuple(w.removeprefix("ال") for w in words)
        first = self.described_first.get(key)
        if first is None:
            self.described_first[key] = party
            return party
        if first.start is not None and first.start < party.start and words[0].startswith("ال") and \
                not normalize_word(first.text).startswith("ال"):
            return first
        return party

    def add_claim(self, content: tuple[int, int], cue: tuple[int, int] | None, lemma: str | None,
                  party: _Party | None, via: tuple[EntityRef, ...], modality: str, qi: int | None, conf: float,
                  rule: str, implicit: bool = False) -> int | None:
        s, e = self.trim(*content)
        words = self.text[s:e].split()
        if e - s < 2 or not words or (len(words) < 2 and (len(words[0]) < 4 or normalize_word(words[0]) in
                                                           _FUNCTION_WORDS | _DEMONSTRATIVES)):
            return None
        nesting = getattr(self, "nesting", False)
        for ci in self.claim_index.near(s, e):
            c = self.claims[ci]
            if c.content[0] < e and s < c.content[1]:
                if nesting and c.content[0] <= s and e <= c.content[1] and (s, e) != c.content:
                    continue  # NESTED_REPORT inside a reported clause
                if via and not c.via:
                    self.claims[ci] = c._replace(via=via)
                return None
        if modality == "asserted":
            modality = self.hedged(s, e)
        party = self.first_description(party)
        ref = party.ref(implicit) if _named(party) else None
        if nesting and getattr(self, "outer_source", None) is not None:
            ref = self.outer_source  # "… أن تقرير اللجنة يشير إلى أن …": the outer source's finding
        if ref is not None and via:  # the source is no relay of itself
            via = tuple(v for v in via if not (v.entity is not None and v.entity == ref.entity or
                                               v.entity is None and ref.entity is None and v.text == ref.text))
        self.claims.append(ClaimFound((s, e), cue, lemma, ref, via, modality, qi, conf, rule))
        self.claim_index.add(s, e, len(self.claims) - 1)
        if party is not None:
            self.last_source = (party, via)
        return len(self.claims) - 1

    def hedged(self, s: int, e: int) -> str:
        v = self.view
        vs, ve = v.to_view(s), v.to_view(e)
        head_end = min(ve, vs + 60)
        m = self.lex.hedge_re.search(v.text, vs, head_end)
        return "hedged" if m is not None else "asserted"

    def set_last(self, party: _Party | None, k: int) -> None:
        if party is not None and not (party.text and normalize_word(party.text) in _SCRIPTURE):
            self.last = party
            self.sentence_party[self.sent_of(self.tstarts[k])] = party
            self.recent.append((party, self.verb_gender(k)))
            if len(self.recent) > 8:
                del self.recent[0]

    def verb_gender(self, k: int) -> str | None:
        """The gender a cue's inflection shows for its subject: "f" (قالت، تقول، مضيفة، قولها), "m" (قال، يقول،
        مضيفا، قوله), or None (plural, dual, or not a known form)."""
        w = self.nw(k)
        if w not in self.lex.forms and w[:1] in "وف":
            w = w[1:]
        if w not in self.lex.forms and w[:1] in "بل":
            w = w[1:]
        f = self.lex.forms.get(w)
        if f is None:
            return None
        stem = normalize_word(f.lemma)
        w = self.without_object(w, f) or w
        if w.endswith(("وا", "ون", "ين", "ان", "هم", "هما", "تا", "ن")) and w != stem:
            return None
        if f.ftype == "past":
            return "f" if w == stem + "ت" or (w.endswith("ت") and not stem.endswith("ت") and len(w) <= len(stem)) \
                else ("m" if w == stem else None)  # (a defective verb: "دعت")
        if f.ftype == "present":
            return "f" if w[:1] == "ت" else ("m" if w[:1] == "ي" else None)
        if f.ftype == "participle":
            return "f" if w.endswith("ه") else "m"
        if f.ftype == "masdar":
            return "f" if w.endswith("ها") else ("m" if w.endswith("ه") else None)
        return None

    def has_object_pronoun(self, k: int, f: Form) -> bool:
        """The cue at token k carries an object pronoun ("وصفه"، "ليصفها"، "دعاهم")."""
        w = self.nw(k)
        while w not in self.lex.forms and w[:1] in "وفل" and len(w) > 3:
            w = w[1:]
        return self.without_object(w, f) is not None

    def without_object(self, w: str, f: Form) -> str | None:
        """The verb form ``w`` without an attached object pronoun ("دعته" → "دعت"، "اتهموه" → "اتهموا"), or None
        when it has none."""
        if f.ftype not in ("past", "present"):
            return None
        for pron in ("هم", "ها", "ه"):
            if w.endswith(pron):
                base = w[:-len(pron)]
                base = base + "ا" if base.endswith("و") else base
                if getattr(self.lex.forms.get(base), "lemma", None) == f.lemma:
                    return base
        return None

    def words_in_brackets(self, j: int, limit: int) -> bool:
        """WORDS_IN_BRACKETS: the bracket at token j, right after a speech verb and its short subject, opens the words
        said, as quotation marks do (some papers quote so, and verses are so quoted): four to sixty words up to its
        closing bracket in the paragraph, and no clause or colon of the verb's after it (then the brackets were an
        aside: "وقال في مؤتمر صحفي (عقد أمس في الرياض) إن …"). Its pair is added to the quotation pairs."""
        o = self.tstarts[j]
        close = self.text.find(")", o, self.para_end(o))
        if close < 0 or "(" in self.text[o + 1:close] or not 4 <= len(self.text[o + 1:close].split()) <= 60:
            return False
        after = self.tok_from(close + 1)
        if after < len(self.tkinds) and after < limit + 2 and (self.is_comp(after) or self.ch(after) == ":"):
            return False
        self.pairs[o] = close
        return True

    def abstract_subject(self, k: int, form: Form) -> bool:
        """ABSTRACT_SUBJECT: the cue's subject is history, reality or logic ("فالتاريخ يقول إنه"، "فإن الواقع يؤكد
        أن"، "يقول المنطق إن"): the author's own reasoning, no one's words. The noun opens its clause (after و/ف,
        "إن"/"لأن" or the sentence start); not the object of the clause before ("بهذه التجربة | فيقول")."""
        if form.ftype not in ("past", "present"):
            return False
        if k + 2 < len(self.tkinds) and self.tkeys[k + 1] in _ABSTRACT_SUBJECTS and self.nw(k + 1).startswith("ال") \
                and self.is_comp(k + 2):
            return True
        a = k - 1
        s0 = self.sent_tok_start(k)
        if a < s0 or self.tkinds[a] != "word" or self.tkeys[a] not in _ABSTRACT_SUBJECTS \
                or self.tkeys[a] == self.nw(a) or self.tpre[k] > self.tstarts[k] \
                or "\n" in self.text[self.tends[a]:self.tstarts[k]]:
            return False  # (the key differs from the word: the noun has its article or a conjunction)
        return a == s0 or self.nw(a)[:1] in "وف" or a > 0 and self.nw(a - 1) in _INNA_FORMS

    def via_not_cue(self, k: int, form: Form) -> bool:
        """VIA_NOT_EXPRESSED: "عبر" is "expressed" only with "عن" after it and its subject ("وعبر الوزير عن سعادته");
        without it, it is the preposition "via": "العمليات التي نفذت | عبر الشبكة"."""
        if form.lemma != "عبر" or self.nw(k).removeprefix("و").removeprefix("ف") != "عبر":
            return False
        for x in range(k + 1, min(len(self.tkinds), k + 30)):  # (the subject may be long: "وعبر اللواء X مساعد …")
            if self.tkinds[x] == "punct" and (self.is_end(x) or self.ch(x) == ":") or self.nw(x) in _NEXT_CLAUSE:
                return True  # (a clause opener ends the search: "نرسل نكتا | عبر الواتس آب … حتى إذا جاءت القصة عن")
            if self.nw(x) in ("عن", "عنه", "عنها", "عنهم"):
                return False
        return True

    def agreeing_last(self, k: int) -> _Party | None:
        """IMPLICIT_SUBJECT_AGREEMENT: the previous speaker for an implicit subject ("وأضاف"), skipping speakers
        whose verb showed the other gender ("وتقول الحكومة إن …" between two of a man's "قال")."""
        g = self.verb_gender(k)
        if g is None or not self.recent or self.recent[-1][1] in (None, g):
            return self.last
        for party, pg in reversed(self.recent[:-1]):
            if pg == g:
                return party
        return self.last

    def agreeing_in_sentence(self, p: _Party, k: int, sent: int) -> _Party:
        """The sentence's speaker ``p`` for a participle at ``k``, unless the participle's gender is not the one
        ``p`` spoke with and is that of the sentence's relayer: "نقلت صحيفة X عن القس Y قوله إن …، مشيرة إلى"
        (RELAYER_AGREEMENT: the paper)."""
        relayer = self.sentence_relayer.get(sent)
        if relayer is None or not self.recent or self.recent[-1][0] is not p or self.recent[-1][1] is None:
            return p
        g = self.verb_gender(k)
        return relayer[0] if g is not None and g != self.recent[-1][1] and g == relayer[1] else p

    # ------------------------------------------------------------------ the walk
    def run(self) -> Found:
        lex = self.lex
        view = self.view
        vt = view.text
        cues: list[tuple[int, int, Form, tuple[int, int]]] = []  # (token, kind order, form, cue span)
        # a cue is one whole word, an attribution phrase starts with one of a few: look only where they stand
        words = _words(vt)
        for m in _matches_at(lex.cue_re, vt, _word_starts(vt, words & lex.cue_words)):
            if m.group("m") is not None:
                word, gs = m.group("m"), m.start("m")
            else:
                word, gs = m.group("w"), m.start("w")
            form = lex.forms.get(word)
            if form is None:
                continue
            os_, oe = view.span_to_original(gs, gs + len(word))
            k = self.tok_at(os_)
            if k is None or form.lemma == "ادعى" and self._called(k, form) or self._unnamed(k):
                continue
            if form.lemma == "رأى" and word.endswith(_PLURAL_VERB_ENDINGS) and k + 1 in self.ment_at \
                    and self.type_at(k + 1) == "PER":
                continue  # SAW_SOMEONE: "وقال فلسطينيون رأوا | أبو لطيفة إنه …" — a plural verb carries its subject:
                # the person after it is seen, no one who believes ("ورأى خالد العلي أن" is his belief)
            if form.lemma == "أرجع" and form.ftype == "present" and k + 1 < len(self.toks) and (
                    self.tsuf[k + 1] < self.tends[k + 1] or self.nw(k + 1) in _DEMONSTRATIVES):
                continue  # DATES_BACK: "ويرجع | تاريخها إلى"، "ويرجع | ذلك إلى" — "يَرجِع" (goes back), no one's words
            if form.lemma == "واصل" and not (self.ch(k + 1) in _QUOTE_CHARS or self.ch(k + 1) == ":") \
                    or word in _SAID_IT and not self.this_is_what(k):
                continue  # CONTINUED_QUOTE: "وواصل "…"" goes on speaking ("واصل الجيش تقدمه", "المهندس صديق واصل":
                # no cue); "قاله" reports only in "«…»، هذا ما قاله X" (THIS_IS_WHAT)
            cues.append((k, 0, form, (os_, oe)))
        for pattern, special, needed in _SPECIAL_CUES:
            for m in _finditer_if(pattern, vt, words, needed):
                os_, oe = view.span_to_original(m.start("v"), m.end("v"))
                k = self.tok_at(os_)
                if k is not None:
                    cues.append((k, 0, special, (os_, oe)))
        if not words.isdisjoint(_BAYYANA_WORDS):
            have = {c[0] for c in cues}
            for mb in _BAYYANA_WORD_RE.finditer(vt):
                k = self.tok_at(view.span_to_original(mb.start(), mb.end())[0])
                m = self.ment_at.get(k + 1) if k is not None else None
                if m is not None and k not in have and self.type_at(k + 1) == "PER" \
                        and m.start == self.tstarts[k + 1] and not any(
                            self.nw(x).startswith("بين") for x in range(max(self.sent_tok_start(k), k - 8), k)):
                    # BAYYANA_BEFORE_NAME: "وبيّن لوك أرنال خبير العلوم العصبية "…"": a person named right after
                    # "وبين" is its subject (he explained), not one of two things "between" (as after "بينه":
                    # "بينه وبين رئيس الهلال")
                    cues.append((k, 0, _BAYYANA_FORM, (self.tstarts[k] + 1, self.tends[k])))
        for m in _finditer_if(_AMBIGUOUS_PARTICIPLE_RE, vt, words, _AMBIGUOUS_PARTICIPLE_WORDS):
            lemma, prep = _AMBIGUOUS_PARTICIPLES[m.group("v")]
            base = lex.lemmas.get(normalize_word(lemma))
            if base is None or m.group("p") != prep:
                continue
            os_, oe = view.span_to_original(m.start("v"), m.end("v"))
            k = self.tok_at(os_)
            if k is not None:
                cues.append((k, 0, base._replace(ftype="participle"), (os_, oe)))
        ambiguous = lex.ambiguous_participles
        pattern, needed = _participle_before_clause()
        for m in _finditer_if(pattern, vt, words, needed):
            # AMBIGUOUS_PARTICIPLE_BEFORE_CLAUSE: "، مضيفة أن …"، "، موضحة: «…»" (not "مضيفة طيران")
            form = ambiguous.get(m.group("v"))
            os_, oe = view.span_to_original(m.start("v"), m.end("v"))
            k = self.tok_at(os_) if form is not None else None
            if k is not None:
                cues.append((k, 0, form, (os_, oe)))
        for m in _finditer_if(_STATEMENT_RE, vt, words, _STATEMENT_WORDS):
            g = "a" if m.group("a") is not None else "b" if m.group("b") is not None else "c"
            if g == "c":
                # STATEMENT_IN_WHICH: "نعى الفقيد في بيان صحافي جاء فيه: …" — the words of the one who issued it,
                # the subject of the sentence's verb (as for a participle)
                os_, oe = view.span_to_original(m.start(g), m.end(g))
                k = self.tok_at(os_)
                if k is not None and not any(oe <= e.post.start <= oe + 4 for e in self.a.embeds if e.post is not None):
                    cues.append((k, 0, _CAME_IN_IT_FORM, (os_, oe)))  # (an embedded post after it is its author's)
                continue
            os_, oe = view.span_to_original(m.start(g), m.end(g))
            k = self.tok_at(os_)
            if k is None:
                continue
            if g == "a":
                w0 = self.nw(k)
                if w0 in ("في",):
                    k += 1
                t = self.toks[k]
                cues.append((k, 0, _STATEMENT_FORM, (t.prefix_end if self.text[t.start] == "ب" and
                                                      t.prefix_end > t.start else t.start, t.end)))
            else:
                kin = self.tok_at(view.span_to_original(m.end(g) + 1, m.end(g) + 3)[0])
                end = self.tends[kin] if kin is not None else oe
                cues.append((k, 0, _CAME_IN_FORM, (self.tpre[k] if self.text[self.tstarts[k]] in "وف"
                                                   and self.tpre[k] > self.tstarts[k]
                                                   else self.tstarts[k], end)))
        # tokens whose lemma a backend filled
        if self.has_syntax:
            seen = {c[0] for c in cues}
            for k, t in enumerate(self.a.tokens):
                if t.lemma and k not in seen:
                    f = lex.lemmas.get(normalize_word(t.lemma))
                    if f is not None:
                        ftype = "participle" if t.pos == "ADJ" else ("masdar" if t.pos == "NOUN" else "past")
                        cues.append((k, 0, f._replace(ftype=ftype), (t.prefix_end, t.suffix_start)))
        attrs_found: list[tuple[int, str, str, tuple[int, int], int]] = []  # (token, kind, cue, span, after tok)
        for m in _matches_at(lex.attribution_re, vt, _word_starts(vt, words & lex.attribution_words)):
            phrase = " ".join(m.group("a").split())
            kind, cue = lex.attribution.get(phrase) or lex.attribution.get(phrase + " ل") or (None, None)
            if kind is None:
                continue
            a_end = m.start("a") + len(m.group("a").rstrip())
            os_, oe = view.span_to_original(m.start("a"), a_end)
            k = self.tok_at(os_)
            if k is None:
                continue
            after = self.tok_from(oe)
            attrs_found.append((k, kind, cue, (os_, oe), after))
        cues = [c for c in cues if not self.in_name(c[0]) and not self.via_not_cue(c[0], c[2])
                and not self.turned_out(c[0])]
        self.cue_words_at = frozenset(c[0] for c in cues)
        self.bare_masdars = self.masdars_with_genitive()
        cues.extend((k, 0, f, (self.tpre[k], self.tends[k])) for k, f in self.bare_masdars.items())
        cues.sort(key=lambda c: c[0])
        self.cues = cues
        self.cue_toks = frozenset(c[0] for c in cues)
        self.past_cues = frozenset(c[0] for c in cues if c[2].ftype == "past" and c[2].cls in _REPORTING)
        self.cue_contexts: list[tuple[str, _Party]] = []
        self.attr_at = {a[0]: a for a in attrs_found if a[1] == "according"}
        self.attr_after = frozenset(a[4] for a in attrs_found if a[1] == "according")
        own_voice = {a[0] for a in attrs_found if a[1] == "own_voice"}
        own_after = {a[4] for a in attrs_found if a[1] == "own_voice"}
        # clause boundaries: participles, a cue after a connective, an attribution after a comma
        self.boundaries: set[int] = set()
        for k, _o, form, _span in cues:
            if not self.plausible(k, form):
                continue
            prev = self.ch(k - 1) if k > 0 else ""
            t = self.toks[k]
            starts_clause = form.ftype == "participle" or prev in ("،", ",") or (
                t.prefix_end > t.start and self.text[t.start] in "وف") or self.nw(k - 1) in (
                "فيما", "بينما", "كما", "حيث", "ثم")
            if starts_clause and form.ftype in ("participle", "past", "present") and \
                    form.cls not in ("show", "praise"):
                self.boundaries.add(k)
                if prev in ("،", ","):
                    self.boundaries.add(k - 1)
                elif k > 1 and self.nw(k - 1) in ("ثم", "فيما", "بينما") and self.ch(k - 2) in ("،", ","):
                    self.boundaries.add(k - 2)
            elif form.ftype in ("past", "present") and k > 1 and self.nw(k - 1) in _RELATIVES \
                    and self.ch(k - 2) in ("،", ",") and self.is_comp(k + 1):
                # RELATIVE_REPORT: "… الميليشيات الحوثية، | التي قال إنها «تنتحر»": the relative clause reports
                # on its own, so the clause before it ends at the comma
                self.boundaries.add(k - 2)
            elif form.cls == "say" and self.nw(k - 1) not in _GENERIC_SUBJECTS and (b := self.fronted_report(k)) \
                    is not None:
                self.boundaries.add(b)
        tkinds, nw, ch = self.tkinds, self.nw, self.ch
        for k, _o, form, _span in cues:
            if form.cls == "praise":
                continue
            for b in range(k - 1, max(k - 7, 0), -1):
                if tkinds[b] == "punct" and ch(b) in _END:
                    break
                wb = nw(b)
                if wb in ("لكن", "ولكن", "بينما", "فيما", "وفيما", "لكنه", "لكنها") or (
                        wb in ("ان", "انه", "انها") and b > 0 and nw(b - 1) in _BUT_THAT):
                    self.boundaries.add(b - 1 if wb.startswith("ان") else b)
                    break
        for m in _finditer_if(_COMMENT_RE, vt, words, _COMMENT_WORDS):
            k = self.tok_at(view.span_to_original(m.start(), m.start() + 1)[0])
            if k is not None:
                self.boundaries.add(k)
        for k, kind, _cue, _span, _after in attrs_found:
            if kind == "according" and k > 0 and self.ch(k - 1) in ("،", ","):
                self.boundaries.add(k - 1)
            elif kind == "own_voice" and k > 0 and self.ch(k - 1) in ("،", ","):
                # OWN_VOICE_ENDS_CLAUSE: "…، ومن المعروف أن …" is the article again, no longer the speaker
                self.boundaries.add(k - 1)
        events = sorted([(c[0], "cue", c) for c in cues] + [(a[0], "attr", a) for a in attrs_found],
                        key=lambda x: (x[0], x[1] != "attr"))
        try:
            self.headline()
        except IndexError:
            pass
        consumed: set[int] = set()
        for k, what, item in events:
            if k in consumed:
                continue
            try:
                if what == "attr":
                    self.attribution(item, consumed)
                else:
                    if k in own_voice or k in own_after or (k > 0 and (k - 1) in own_voice):
                        continue
                    self.cue(item, consumed)
            except IndexError:
                # a construction cut off by the end of the text ("نقلت X عن"): nothing to report here
                self.inside_direct = False
                continue
        self.leftover_pairs()
        self.interview()
        self.issuers_named_later()
        return Found(self.quotes, self.claims)

    def issued_by(self, k: int, party: _Party) -> _Party:
        """The body a document headed at token k is named with ("التقرير … الذي أصدرته مؤسسة النقد"), noted for
        the article's other mentions of that document noun (DOCUMENT_ISSUER_NAMED_LATER)."""
        if party.entity is not None and self.lex.source_heads.get(self.tkeys[k]) == "document":
            self.issuers.setdefault(self.tkeys[k], set()).add(party.entity)
        return party

    def document_party(self, party: _Party | None) -> bool:
        """DATA_SHOWS_OBJECT: the party is a document or data ("البيانات"، "تقرير مؤشرات الأداء"، "نتائج الدراسة"),
        which shows a finding with a bare verbal noun ("أظهرت البيانات ارتفاع …", a claim); a person or a country
        that "shows" something displays it ("أظهرت إيران تنازلات")."""
        if party is None or party.entity is not None or not party.text:
            return False
        head = normalize_word(party.text.split()[0]).removeprefix("ال")
        return self.lex.source_heads.get(head) == "document"

    def document_noun(self, ref: EntityRef | None) -> str | None:
        """The document noun, without its article, that a one-word speaker or source is ("تقرير"، "التقرير" ->
        "تقرير"), else None."""
        if ref is None or not ref.text or " " in ref.text.strip():
            return None
        w = normalize_word(ref.text.strip())
        for form in (w, w.removeprefix("ال")):
            if self.lex.source_heads.get(form) == "document":
                return form.removeprefix("ال")
        return None

    def issuers_named_later(self) -> None:
        """DOCUMENT_ISSUER_NAMED_LATER: a document that speaks before its issuer is named ("ذكر تقرير أن …" and
        only then "وكشف التقرير … الذي أصدرته مؤسسة النقد") is the issuer's, when every document of that noun
        the article ties to a body is that one body."""
        issuers = self.issuers
        for ref in [q.speaker for q in self.quotes] + [c.source for c in self.claims]:
            noun = self.document_noun(ref)
            if noun is not None and ref.entity is not None:
                issuers.setdefault(noun, set()).add(ref.entity)
        if not issuers:
            return

        def issued(ref: EntityRef | None) -> EntityRef | None:
            noun = self.document_noun(ref)
            owners = issuers.get(noun, ()) if noun is not None else ()
            if ref is None or ref.entity is not None or len(owners) != 1:
                return ref
            return EntityRef(next(iter(owners)), ref.start, ref.end, ref.text)

        self.quotes[:] = [q._replace(speaker=issued(q.speaker)) for q in self.quotes]
        self.claims[:] = [c._replace(source=issued(c.source)) for c in self.claims]

    def masdars_with_genitive(self) -> dict[int, Form]:
        """MASDAR_WITH_GENITIVE: a speech verb's noun without a pronoun ("إعلان"، "تأكيد") is a cue when a named or
        definite genitive follows it and a clause comes right after: "منذ إعلان اتحاد كرة القدم بأن المباراة …"
        (not "إعلان" the advertisement, nor "تأكيد الحضور")."""
        bare = _bare_masdars(self.lex)
        found: dict[int, Form] = {}
        n = len(self.tkinds)
        # only the tokens whose stem is such a noun (found at C speed), then the checks
        for k in compress(range(n - 2), map(bare.__contains__, self.tkeys)):
            if self.tkinds[k] != "word" or self.tsuf[k] < self.tends[k]:
                continue
            f = bare[self.tkeys[k]]
            if self.tkinds[k + 1] != "word" or not (  # an agent: a person, a body, an official
                    self.type_at(k + 1) in ("PER", "ORG") or
                    self.tkeys[k + 1] in _org_heads() or self.lex.source_heads.get(self.tkeys[k + 1]) or
                    self.nw(k + 1) in self.lex.titles or self.tkeys[k + 1] in self.lex.titles):
                continue
            if k + 1 not in self.ment_at and self.nw(k + 1).endswith("ي") and not self.nw(k + 1).startswith("ال"):
                continue  # an indefinite adjective in ي describes the statement: "في تصريح صحفي | اليوم إن"
            for j in range(k + 2, min(n, k + 8)):
                if self.tkinds[j] != "word" or j in self.cue_words_at:
                    break
                w = self.nw(j)
                if self.is_comp(j):
                    if w[:1] not in "وف" and self.nw(j - 1) not in _PREPOSITIONS:  # not "إلى أن" (until)
                        found[k] = f
                    break
                if not (j in self.covered or w.startswith("ال") or self.tname[j] < self.tpre[j] or
                        self.tkeys[j] in _org_heads() or w in ("علي", "عن", "في") or
                        self.nw(j - 1) == "في" and self.tsuf[j] < self.tends[j] or
                        j + 1 < n and self.tkinds[j + 1] == "word" and self.nw(j + 1).startswith("ال")):
                    break  # the genitive is a noun phrase: "إعلان الاتفاق | بدا أن" is no announcement that (a place
                    # with its pronoun may come between: "اعتراف الأسد في | خطابه الأخير بأن")
        return found

    # ------------------------------------------------------------------ interviews
    def interview(self) -> None:
        """INTERVIEW_ANSWER: each answer of a question-and-answer text is a direct quote by the interviewee. The
        quotes found inside an answer give way to it, unless someone else named speaks in them (their claims
        stay)."""
        answers = interview_answers(self.text)
        if not answers:
            return
        who = self.interviewee(answers[0].intro_end)
        ref = who.ref(True) if who is not None else None
        spans = [(a.start, a.end) for a in answers]

        def gives_way(q: QuoteFound) -> bool:
            inside = any(q.content[0] < e and s < q.content[1] for s, e in spans)
            other = q.speaker is not None and q.speaker.entity is not None and (
                who is None or q.speaker.entity != who.entity)
            return inside and not other

        kept = [i for i, q in enumerate(self.quotes) if not gives_way(q)]
        renumber = {old: new for new, old in enumerate(kept)}
        self.quotes = [self.quotes[i] for i in kept]
        self.claims = [c._replace(quote_index=renumber.get(c.quote_index)) if c.quote_index is not None else c
                       for c in self.claims]
        for a in answers:
            s, e = self.trim(a.start, a.end)
            if e - s >= 2 and not any(q.content[0] < e and s < q.content[1] for q in self.quotes):
                self.quotes.append(QuoteFound("direct", (s, e), a.dash, "حوار", ref, 0.8, "INTERVIEW_ANSWER"))

    def interviewee(self, intro_end: int) -> _Party | None:
        """The person an interview's introduction presents: the one it reports speaking most (first on a tie),
        else the person it names most."""
        said: dict[str, list[int]] = {}
        for pos, ref in [(q.cue[0] if q.cue else q.content[0], q.speaker) for q in self.quotes] + \
                [(c.cue[0] if c.cue else c.content[0], c.source) for c in self.claims]:
            if pos < intro_end and ref is not None and ref.entity is not None and \
                    self.ment_type.get(ref.entity) == "PER":
                said.setdefault(ref.entity, []).append(pos)
        if not said:
            for e in self.a.entities:
                if e.type == "PER":
                    at = [m.start for m in e.mentions if m.start < intro_end and m.kind != "pronoun"]
                    if at:
                        said[e.id] = at
        if not said:
            return None
        eid = max(said, key=lambda x: (len(said[x]), -min(said[x])))
        return _Party(eid, None, None, self.ent_names.get(eid))

    # ------------------------------------------------------------------ headline
    def headline(self) -> None:
        title = self.a.title
        if title is None:
            return
        t = self.text
        s, e = title.start, title.end
        colon = t.find(":", s, e)
        if colon < 0 or colon - s > 60 or e - colon < 8:
            return
        k0, k1 = self.tok_from(s), self.tok_at(colon)
        if k1 is None:
            return
        for k in range(k1 - 1, k0, -1):
            if self.tkinds[k] == "punct" and \
                    self.text[self.tstarts[k]:self.tends[k]] in ("..", "...", "…", "|", "-", "–", "/"):
                k0 = k + 1  # HEADLINE_AFTER_SEPARATOR: "قبل مواجهة الهلال .. ديسلفا: …" — the part before the colon
                # (or a news agency's rubric: "رياضي / مدرب إشبيلية: …")
                break
        words = [k for k in range(k0, k1) if self.tkinds[k] == "word"]
        cue, cue_lemma = (colon, colon + 1), ":"
        verbs = [k for k in words if self.nw(k) in self.lex.forms or self.tkeys[k] in self.lex.forms]
        if verbs:
            # HEADLINE_VERB_COLON: "الوزارة تحذر: …", "الوزير يشكك في الأرقام: …" — the subject before the verb
            # is the speaker, the words after the colon are the quote
            v = verbs[0]
            form = self.lex.forms.get(self.nw(v)) or self.lex.forms.get(self.tkeys[v])
            words = [k for k in words if k < v]
            if form is None or form.ftype not in ("present", "past") or len(verbs) > 1 or \
                    len(words) > 4 or self.tends[v] - s > 90:
                return
            cue, cue_lemma, k1 = (self.tstarts[v], self.tends[v]), form.lemma, v
        if not words or len(words) > 6 or self.nw(words[0]) in _HEADLINE_STOP or self.toks[words[0]].key in \
                _HEADLINE_STOP:
            return
        w0 = self.nw(words[0])
        if len(words) == 1 and w0.endswith(("يه", "ات")) and words[0] not in self.ment_at:
            return  # a rubric ("دبلوماسية:"، "منوعات:"), not a speaker
        party, _e = self.subject_after(k0, k1)
        if party is not None and party.entity is None and party.start is not None:
            # "وزير المالية للبرلمان": the words before the addressee
            for k in range(k0 + 1, k1):
                if self.text[self.tstarts[k]] == "ل" and (self.tpre[k] > self.tstarts[k] or self.nw(k) == "ل"):
                    e_ = self.tends[k - 1]
                    party = _Party(None, party.start, e_, t[party.start:e_])
                    break
        # the words before a "لـ" addressee speak: "ظريف للشورى الإيراني"، "طرق الشرقية لـ اليوم"
        end = k0
        while end < k1 and not (end > k0 and self.nw(end)[:1] == "ل" and (
                self.tpre[end] > self.tstarts[end] or self.nw(end) == "ل")):
            end += 1
        if party is None:
            for k in range(k0, end):
                p = self.party_from_mention(k)
                if p is not None:
                    party = p
                    break
        if party is None:
            a_, b_ = self.tstarts[k0], self.tends[end - 1]
            party = _Party(None, a_, b_, t[a_:b_])
        if party is None:
            return
        if party.entity is not None and self.ment_type.get(party.entity) not in ("PER", "ORG") and cue_lemma == ":" \
                and not (normalize_word(self.ent_names.get(party.entity, "")) in self.lex.countries
                         and self.we_in(self.tok_from(colon + 1), self.tok_from(e))):
            # (a country speaks through its government in the first person: "تركيا: سنتابع تنفيذ الوعود"; "مصر:
            # الكشف عن لوحتين أثريتين" is a dateline)
            # a place or a rubric before the colon ("الأحساء: …"), unless it addresses someone: HEADLINE_CAPITAL_TO
            # ("عاصمة لعاصمة: …", a government speaking to another)
            pk = self.tok_from(party.end) if party.end is not None else k1
            if not (pk < k1 and self.tkinds[pk] == "word" and self.text[self.tstarts[pk]] == "ل" and (
                    self.tpre[pk] > self.tstarts[pk] or (pk in self.ment_at and self.ment_at[pk].start >
                                                         self.tstarts[pk]))):
                return
        addressed = end < k1 and self.party_from_mention(end + (self.nw(end) == "ل")) is not None
        if party.entity is None and not addressed:  # (speaking to a named outlet or body: "طرق الشرقية لـ اليوم:")
            w0 = self.nw(words[0])
            k0w = words[0]
            if not (w0 in self.lex.titles or ("ال" + self.tkeys[k0w]) in self.lex.titles or
                    w0 in self.lex.honorifics or self.lex.source_heads.get(self.tkeys[k0w]) or
                    self.lex.source_heads.get(w0) or w0 in self.name_index or
                    len(words) <= 2 and all(corpus_frequency(self.text[self.tstarts[x]:self.tends[x]]) == 0
                                            for x in words)):  # (a name no vocabulary knows: "ديسلفا:")
                quoted = self.ch(k0) in _QUOTE_CHARS and self.ch(k1 - 1) in _QUOTE_CHARS and len(words) <= 2 \
                    and all(self.nw(x).startswith("ال") for x in words)
                if not quoted:
                    return  # "تداولات السوق: …"، "بعد "فيديو الصراصير": …": not a speaker
                # HEADLINE_QUOTED_SPEAKER: "«السياحة»: 10 % معدل نمو …" — a body's short name in marks speaks; it is
                # the body of the article whose name ends in it ("الهيئة العامة للسياحة")
                party = self.body_ending_in(words) or party
        if party.start is not None and party.entity is None:
            ps, pe = party.start, party.end
            while ps < pe and (t[ps] in _QUOTE_CHARS or t[ps].isspace()):
                ps += 1
            while pe > ps and (t[pe - 1] in _QUOTE_CHARS or t[pe - 1].isspace()):
                pe -= 1
            party = _Party(None, ps, pe, t[ps:pe])
        self.add_quote("direct", (colon + 1, e), cue, cue_lemma, party, False, 0.7,
                       "HEADLINE_COLON" if cue_lemma == ":" else "HEADLINE_VERB_COLON")

    # ------------------------------------------------------------------ attribution phrases
    def attribution(self, item, consumed: set[int]) -> None:
        k, kind, cue, span, after = item
        if kind != "according":
            return
        n = len(self.toks)
        if after >= n:
            return
        s_end = self.sent_tok_end(k)
        # the source: "على حد تعبيره" names no one (the previous speaker); else the phrase after the cue
        party: _Party | None = None
        via: tuple[EntityRef, ...] = ()
        implicit = False
        src_end = after
        cue_norm = normalize_word(cue)
        if self.text[span[0]:span[1]].startswith("كما") and self.tkinds[after] == "word" \
                and after not in self.ment_at and ("adjunct" in self.ctx(after) or self.nw(after) in _PREPOSITIONS):
            return  # "كما قال | أمام حشد من المواطنين إن …": an adverbial after the verb, no source (the verb goes on
            # to its own clause, the last speaker's)
        if cue_norm.startswith("علي حد"):
            party, implicit = self.last, True
        else:
            # "وفقا للمصدر نفسه" / "ذات المصدر"
            same = self.same_source(after)
            if same is not None:
                party, via, src_end = same
                if party is None:
                    return
            else:
                party, src_end = self.source_after(after, s_end)
                if party is None:
                    return
                an = next((x for x in range(src_end, min(src_end + 3, s_end - 1)) if self.nw(x) == "عن"), None)
                if an is not None and ("نقل" in cue_norm + self.nw(after)[:4] or self.nw(an - 1) == "نقلا") and all(
                        self.tkinds[x] == "word" or self.ch(x) in _QUOTE_CHARS for x in range(src_end, an)):
                    # RELAYED_ATTRIBUTION: "حسبما نقلت صحيفة "الوطن" السورية عن مصادر مطلعة، أن …" (source Y,
                    # via X)
                    inner, inner_end = self.source_after(an + 1, s_end)
                    if inner is not None:
                        via = (party.ref(),) if _named(party) else ()
                        party, src_end = inner, inner_end
        # fronted: "وبحسب X، فإن …" / "وحسب وكالة "فرانس برس" يأتي …"
        prev_word = k - 1
        while prev_word >= 0 and self.tkinds[prev_word] != "word" and self.ch(prev_word) not in _END:
            prev_word -= 1
        sentence_start = k == self.sent_tok_start(k) or prev_word < self.sent_tok_start(k) or (
            self.ch(k - 1) not in ("،", ",") and self.tstarts[k] - self.tstarts[self.sent_tok_start(k)] < 3)
        clause_start = sentence_start or self.ch(k - 1) in ("،", ",") and not self._tail(k, src_end, s_end) and \
            not self._adjunct_after_source(k, src_end, s_end)
        if clause_start and not self._tail(k, src_end, s_end):
            j = src_end
            while j < s_end and self.ch(j) in ("،", ",", ":"):
                j += 1
            # (a verb right there has its own "إن": "وبحسب وكالة رويترز قال كيري إن …"; not one in a relative clause
            # of the source: "بحسب صحيفة X التي كشفت أن …" is the paper's)
            if j < s_end and self.reporting_cue(j, j) is None \
                    and self.nw(j) not in ("فان", "فانه", "فانها", "ان", "فانهم", "فقد"):
                # "وبحسب حكومة الثورة في إيران إن …"، "وبحسب المسؤول، بعد الهجمات …، فإن إسرائيل …"
                for jj2 in range(j, min(s_end, j + 14)):
                    if self.is_end(jj2):
                        break
                    w2 = self.nw(jj2)
                    if w2 in ("فان", "فانه", "فانها", "فانهم", "فقد") or (w2 == "ان" and jj2 - j <= 3 and not any(
                            self.ch(x) in ("،", ",") for x in range(j, jj2))):
                        j = jj2
                        break
            if j < s_end and self.nw(j) in ("فان", "فانه", "فانها", "ان", "فانهم"):
                j += 1  # "وبحسب X، فإن …": the clause after "فإن"
            # a speech verb right after: "وبحسب وكالة الأنباء الإيرانية، فقد أكد ظريف … أن" → a via for it
            jj = j + 1 if j < s_end and self.nw(j) == "فقد" else j
            ck = self.reporting_cue(jj, jj + 1)
            if ck is not None:
                self.pending_via[ck] = (party, cue, span)
                return
            if j >= s_end:
                return
            end = self.clause_end(j)
            # a later clause with its own attribution at its end is that source's: "ووفقا لمركز الإحصاءات فإن …،
            # كما أن البطالة منتشرة بحسب البنك الدولي" (the clause ends at the comma before it)
            later = [x for x in self.attr_at if j < x < s_end and self.tstarts[x] < end]
            if later:
                commas = [x for x in range(j + 1, later[0]) if self.ch(x) in ("،", ",")]
                if commas and self.tstarts[commas[-1]] > self.tstarts[j]:
                    end = self.tstarts[commas[-1]]
            content = (self.tstarts[j], end)
            if self.nw(j) == "فقد":
                # "وبحسب ظريف، فقد كان المطلب …": the content starts after "فقد"
                content = (self.tstarts[j + 1] if j + 1 < n else end, end)
            qi = None
            cs = content[0]
            close = self.pairs.get(cs, -1)
            if self.text[cs] in _QUOTE_CHARS and close > cs and not self.text[close + 1:end].strip(
                    " .،,؛:!؟?…\"'»”"):
                qi = self.add_quote("direct", (cs + 1, close), span, cue, party, implicit, 0.8,
                                    "ATTRIBUTION_BEFORE_CLAUSE")
                self.used_pairs.add(cs)
                content = (cs + 1, close)
            s, e = self.trim(*content)
            if qi is None and party is not None and party.entity is not None and self.ment_type.get(party.entity) == "PER" \
                    and self._has_marks(s, e):
                qi = self.add_quote("indirect", (s, e), span, cue, party, implicit, 0.6,
                                    "ATTRIBUTION_BEFORE_CLAUSE")
            self.add_claim(content, span, cue, party, via, "asserted", qi, 0.8, "ATTRIBUTION_BEFORE_CLAUSE",
                           implicit)
            self.set_last(party, k)
            return
        # ATTRIBUTION_ASIDE: "واقترح غنى - بحسب ما أوردته وكالة رويترز - وقف إطلاق النار …": between dashes the phrase
        # attributes what follows it
        if k > 0 and self.ch(k - 1) in _DASHES and src_end < s_end and self.ch(src_end) in _DASHES and \
                src_end + 1 < s_end and self.tkinds[src_end + 1] == "word":
            ck = self.reporting_cue(src_end + 1, src_end + 1)
            if ck is not None:
                self.pending_via[ck] = (party, cue, span)  # "–وفق "واس"- واصفاً …": the cue's via
                return
            end = self.clause_end(src_end + 1)
            if end - self.tstarts[src_end + 1] >= 8:
                self.add_claim((self.tstarts[src_end + 1], end), span, cue, party, via, "asserted", None, 0.6,
                               "ATTRIBUTION_ASIDE", implicit)
                self.set_last(party, k)
            return
        # at the end: "…، بحسب رويترز." covers the clause before it
        s0 = self.sent_tok_start(k)
        # the clause: from the sentence start (or the last clause boundary) to the comma before the phrase
        start_tok = s0
        bounds = self.sorted_boundaries()
        # the last clause boundary strictly between the sentence start and the cue
        j = bisect_left(bounds, k - 1) - 1
        if j >= 0 and bounds[j] > s0:
            b = bounds[j]
            start_tok = b + (1 if self.ch(b) in ("،", ",") else 0)
        # a claim already made in this sentence (an indirect quote): the attribution is its via
        for ci in self.claim_index.near(self.tstarts[s0], self.tstarts[k]):
            c = self.claims[ci]
            if self.tstarts[s0] <= c.content[0] < self.tstarts[k] and c.content[1] >= self.tstarts[k - 1] - 2:
                if not cue_norm.startswith("علي حد") and party is not None:
                    self.claims[ci] = c._replace(via=c.via + (party.ref(),))
                return
        # a direct quote just before: "«…»، على حد تعبيره"
        for qi in self.quote_index.near(self.tstarts[s0], self.tstarts[k] + 1):
            q = self.quotes[qi]
            if q.kind == "direct" and self.tstarts[s0] <= q.content[1] <= self.tstarts[k] and \
                    self.tstarts[k] - q.content[1] < 6:
                speaker = _Party(q.speaker.entity, q.speaker.start, q.speaker.end, q.speaker.text) \
                    if q.speaker is not None and (q.speaker.entity or q.speaker.text) else None
                if implicit or speaker is None:
                    src, relay = speaker or party, via
                else:
                    # RELAYED_QUOTE: "«…»، وفقا لما ذكرته وكالة تاس": the speaker's words, relayed by the agency
                    src, relay = speaker, via + ((party.ref(),) if _named(party) else ())
                self.add_claim(q.content, span, cue, src, relay, "asserted", qi, 0.8, "ATTRIBUTION_AFTER_CLAUSE",
                               implicit and speaker is None)
                return
        # after a claim made earlier in the sentence: "ووفقا لمركز الإحصاءات فإن …، كما أن البطالة منتشرة بحسب البنك
        # الدولي" covers only what follows that claim (and its "كما أن")
        before = [self.claims[ci].content[1] for ci in self.claim_index.near(self.tstarts[s0], self.tstarts[k])
                  if self.tstarts[s0] <= self.claims[ci].content[0] and self.claims[ci].content[1] < self.tstarts[k]]
        if before:
            x = self.tok_from(max(before))
            while x < k and (self.tkinds[x] != "word" or self.nw(x) in ("كما", "ان", "وان")):
                x += 1
            start_tok = max(start_tok, x)
        # AS_WELL_CLAUSE: "…، كما تملك الإمارات 130 سدا … بحسب أرقام رسمية" covers the clause after "، كما"
        also = [x for x in range(start_tok + 1, k - 2) if self.nw(x) == "كما" and self.ch(x - 1) in ("،", ",")]
        if also:
            x = also[-1] + 1
            if self.nw(x) in ("ان", "انه", "انها"):
                x += 1
            start_tok = max(start_tok, x)
        if start_tok >= k:
            return
        first = start_tok
        content = (self.clause_word_start(first),
                   self.tstarts[k - 1] if self.ch(k - 1) in ("،", ",") or self.nw(k - 1) == "وذلك" else
                   self.tstarts[k])  # ("… وذلك حسبما نقلت …": "وذلك" points at the clause)
        if content[1] - content[0] < 8:
            return
        quoted = self.quoted_clause(content)
        if quoted is not None:
            # QUOTED_BEFORE_ATTRIBUTION: "لكن «الفصل الثاني كان فوضويا» رغم كل شيء بحسب جاك": the words in marks are
            # the source's own, a quote and a claim (R3), the connective and the adverb around them the author's
            qi = self.add_quote("direct", quoted, span, cue, party, implicit, 0.7, "QUOTED_BEFORE_ATTRIBUTION")
            self.used_pairs.add(quoted[0] - 1)
            self.add_claim(quoted, span, cue, party, via, "asserted", qi, 0.7, "QUOTED_BEFORE_ATTRIBUTION", implicit)
            return
        if self.ch(k - 1) not in ("،", ",") and src_end < s_end and not self.nw(k).endswith("ما") and (
                self.tkinds[src_end] == "number" or self.tkinds[src_end] == "word"
                and self.nw(src_end) in _CLAUSE_GOES_ON):
            # MID_CLAUSE_ATTRIBUTION: the phrase stands inside its clause, which goes on after the source: "وترتفع
            # النسبة حسب الدراسات | إلى 80 في المائة": the whole clause, the phrase inside it
            content = (content[0], self.clause_end(src_end))
        self.add_claim(content, span, cue, party, via, "asserted", None, 0.7, "ATTRIBUTION_AFTER_CLAUSE", implicit)
        if party is not None and party.entity is not None and not implicit \
                and self.ment_type.get(party.entity) == "PER" and self.ch(src_end) in ("،", ","):
            self.set_last(party, k)  # "…، بحسب غابيزون، الذي أشرف على العملية. وقال إنه …": he speaks on

    def _adjunct_after_source(self, k: int, src_end: int, s_end: int) -> bool:
        """ATTRIBUTION_WITH_ADJUNCT: after a comma, an attribution phrase whose source a time word, a prepositional
        phrase or a relative clause follows covers the clause before it, however long the sentence goes on:
        "قضت محكمة …، حسبما ذكرت التقارير | أمس في فضيحة …"، "…، حسبما ذكرت الهيئة | على موقعها"، "…، بحسب ما ذكر
        مدربه لوران بلان | الذي قال إنه …" (not a phrase that opens with "و" or leads to "فإن": "…، وبحسب إحصائية
        المستشفى في غزة، فإن …")."""
        if self.nw(k)[:1] == "و" or any(self.nw(x) in ("فان", "فقد") for x in range(src_end, s_end)):
            return False
        j = src_end
        while j < s_end and self.tkinds[j] == "word" and "time" in self.ctx(j) and not self.is_comp(j):
            j += 1
        return j < s_end and self.tkinds[j] == "word" and self.nw(j) in _ADJUNCT_OPENERS

    def _tail(self, k: int, src_end: int, s_end: int) -> bool:
        """True when the attribution phrase closes its sentence ("…، بحسب رويترز.")."""
        j = src_end
        while j < s_end:
            if self.tkinds[j] == "punct" and self.ch(j) in _TAIL_MARKS or self.tkinds[j] == "word" and (
                    "time" in self.ctx(j) and (self.ch(j - 1) == "(" or self.nw(j) in ("اليوم", "امس"))):
                j += 1  # "…، وفقا لما أعلنته مجلة «Caixin» اليوم (الثلاثاء)."
                continue
            if self.nw(j) in ("دون", "بدون") or self.ch(j) in ("،", ",") and j + 1 < s_end and \
                    self.nw(j + 1) in ("وذلك", "الذي", "التي", "الذين"):
                j = s_end  # "… دون تحديد مصدر معلوماتها": how the source said it; "، وذلك عقب …": the author's aside;
                # "، الذي يضيف أن …": a relative clause on the source, its own report
            break
        return j >= s_end and k > self.sent_tok_start(k) + 2

    def aside_end(self, j: int) -> int | None:
        """Token index of the complementizer after an aside that opened with a comma before token j and closes
        with a comma within six words ("، طلب عدم ذكر اسمه، إن"), else None."""
        for x in range(j + 1, min(j + 8, len(self.tkinds) - 1)):
            if self.is_comp(x):
                return None  # an aside with its own clause ("، مؤكدا أن …،") is a report of its own
            if self.tkinds[x] == "punct":
                return x + 1 if self.ch(x) in ("،", ",") and self.is_comp(x + 1) else None
        return None

    def headline_clause(self, k: int, title_end: int) -> bool:
        """HEADLINE_VERB_CLAUSE: a headline whose subject stands before its speech verb and whose reported clause
        follows "أن/إن" ("مسؤول عسكري إسرائيلي يصرح أن بلاده قد تنفذ …"), or a belief, denial, call or pledge with
        its object ("هيئة الأرصاد تتوقع استمرار …")."""
        form = self.lex.forms.get(self.nw(k))  # the bare written form: "ويؤكد" with its conjunction opens no headline
        if form is None or form.ftype not in ("present", "past") or k == self.sent_tok_start(k):
            return False
        for j in range(k + 1, min(k + 5, len(self.tkinds))):
            if self.tstarts[j] >= title_end:
                return False
            if self.is_comp(j) or form.cls in ("belief", "deny", "directive", "pledge") and (
                    _PREP_FORMS.get(self.nw(j)) in form.preps or "obj" in form.preps and j == k + 1):
                return True  # "… تتوقع استمرار …"، "أوباما يحث مؤيدي الاتفاق على …"
            if form.cls == "say" and j == k + 1 and (_PREP_FORMS.get(self.nw(j)) in form.preps or
                                                     "masdar" in form.preps and self.verbal_noun_object(j)):
                return True  # HEADLINE_VERB_OBJECT: "وزير الإسكان يؤكد على دور …"، "المرصد السوري يؤكد مقتل …"
        return False

    def _has_marks(self, s: int, e: int) -> bool:
        return any(s <= o < e for o in self.pairs)

    def _quoted_after_comma(self, cs: int, end: int) -> tuple[int, int, int] | None:
        """A clause from token ``cs`` to ``end`` that turns, after a comma, into a sentence in quote marks running to
        its end: (the comma's offset, the opening mark's, the closing mark's); None when there is none or marks come
        before it."""
        for x in range(cs + 1, len(self.toks) - 1):
            o = self.tstarts[x]
            if o >= end:
                return None
            if self.ch(x) in _QUOTE_CHARS:
                return None  # (marks inside the reported clause: a mixed quote)
            if self.ch(x) not in ("،", ",") or self.ch(x + 1) not in _QUOTE_CHARS:
                continue
            o = self.tstarts[x + 1]
            close = self.pairs.get(o, -1)
            if close <= o or self.text[close + 1:end].strip(" .،,؛:!؟?…\"'»”") or \
                    len(self.text[o + 1:close].split()) < MIN_QUOTED_SENTENCE:
                return None
            # a sentence of its own: in the first person, or about someone it names first ("نيكول تلميذة ذكية");
            # else the words in marks go on with the reported clause ("…، «لأن الفنان …»": a mixed quote)
            first = x + 2
            if not (self.first_person(first, min(first + 8, len(self.toks))) or first in self.ment_at and
                    self.type_at(first) == "PER" and
                    self.ment_at[first].start == self.tstarts[first]):
                return None
            return self.tstarts[x], o, close
        return None

    def same_source(self, k: int):
        """"المصدر نفسه" / "ذات المصدر" after an attribution phrase → the source named before."""
        if k + 1 >= len(self.toks):
            return None
        two = self.nw(k) + " " + self.nw(k + 1)
        two = two.replace("للمصدر", "المصدر").replace("لذات", "ذات").replace("لنفس", "نفس").replace(
            "للمصادر", "المصادر")
        if self.lex.attribution.get(two, ("",))[0] == "same":
            if self.last_source is None:
                return None, (), k + 2
            party, via = self.last_source
            return party, via, k + 2
        return None

    def reporting_cue(self, lo: int, hi: int) -> int | None:
        """The token of the first cue at tokens lo..hi that reports words or a stance (say, opinion, deny, belief)."""
        for ck, _o, form, _span in self.cues:
            if ck > hi:
                return None
            if ck >= lo and form.cls in _REPORTING:
                return ck
        return None

    def source_after(self, k: int, limit: int) -> tuple[_Party | None, int]:
        """The source named right after an attribution phrase: an entity, or a source-like described phrase."""
        p, end = self._source_after(k, limit)
        if p is None:
            return p, end
        # trailing quote marks and adjectives of the source: "صحيفة «لاريبوبليكا» الإيطالية"
        while end < limit and (self.ch(end) in _QUOTE_CHARS or "time" in self.ctx(end) or (
                self.tkinds[end] == "word" and self.tname[end] < self.tpre[end] and
                self.nw(end).endswith(("ي", "يه")) and end not in self.ment_at) or self.nw(end) in _SELF_WORDS):
            end += 1  # (and "itself": "بحسب ما أعلنت “ناسا” | نفسها")
        return p, end

    def _source_after(self, k: int, limit: int) -> tuple[_Party | None, int]:
        i = k
        if i + 1 < limit and self.tkinds[i] == "word" and self.nw(i) == "ل":
            i += 1  # the preposition written apart: "ووفقاً لـ "رويترز""
        while i < limit and self.tkinds[i] == "punct" and self.ch(i) in _QUOTE_CHARS:
            i += 1
        if i + 1 < limit and self.nw(i) in ("ما", "لما"):
            i += 1  # "وطبقا لما أفادت به …"
        if i < limit and self.tkinds[i] == "word":
            wv = self.nw(i)  # (with an object pronoun: "أكده"، "أعلنته")
            fv = self.lex.forms.get(wv) or self.lex.forms.get(wv.removesuffix("ها") if wv.endswith("ها") else
                                                              wv.removesuffix("ه"))
            if (fv or _Form0).ftype in ("past", "present"):
                i += 1  # "وفق ما أفادت مصادر عسكرية"، "حسبما تذكر صحيفة"، "بحسب ما أكده الاتحاد"
                if i + 1 < limit and self.nw(i) in ("به", "بها"):
                    i += 1  # "لما أفادت به وسائل الإعلام"
                while i < limit and self.tkinds[i] == "punct" and self.ch(i) in _QUOTE_CHARS:
                    i += 1  # "بحسب ما أعلنت “ناسا”"
        if i >= limit:
            return None, k
        t = self.toks[i]
        wi = self.nw(i)
        gen = "ال" + wi[2:] if wi.startswith("لل") else wi
        same = gen.startswith("ال") and i + 1 < limit and self.nw(i + 1) in _SAME
        if (gen in self.lex.generic or same) and i not in self.ment_at:
            back = self.resolve_generic(i, i + 1)  # "ووفقا للوكالة": the agency named before; "وبحسب الضابط نفسه"
            if back is not None:
                return back, i + 2 if same else i + 1
            if t.key in _org_heads():
                s0 = self.word_start(i) if not wi.startswith("لل") else t.start + 1
                return _Party(None, s0, t.end, self.text[s0:t.end]), i + 1  # "نقلا عن الوزارة": none named before
        p = self.party_from_mention(i)
        head_kind = self.lex.source_heads.get(t.key) or self.lex.source_heads.get(self.nw(i))
        if not head_kind and wi[:1] == "ل" and self.lex.source_heads.get(wi[1:]) in ("document", "media"):
            head_kind = self.lex.source_heads[wi[1:]]  # the preposition the tokenizer kept: "وفقا لإحصاءات X"
        if not head_kind and p is None and (t.key in self.lex.titles or wi in self.lex.titles):
            head_kind = "group"  # ROLE_AS_SOURCE: "وحسب وزير الصحة المصري، فإن …" names a person by role
            p2, end = self.subject_after(i, limit)
            if p2 is not None and p2.entity is not None:
                return p2, end  # the person named in apposition: "نقلا عن النائب الأول لوزير …، كيم كاي جوان، إن"
        if p is not None and (self.ment_type.get(p.entity) in ("PER", "ORG") and not head_kind
                              or self.ment_type.get(p.entity) == "PER"):
            # (a role the entity layer gave its holder names him: "ووفقا للناطق الإعلامي بشرطة القصيم الرائد X")
            return self.holder_after_role(p, self.ment_end_tok.get(i, i) + 1, limit)
        if p is not None and self.ment_type.get(p.entity) == "LOC" and not head_kind:
            after = self.ment_end_tok.get(i, i) + 1
            if after >= limit or self.tkinds[after] == "punct" and self.ch(after) in ("،", ",", ".", "؛") or \
                    self.nw(after) in _FA_INNA:
                return p, after  # PLACE_AS_SOURCE: "…، بحسب واشنطن."، "وفقا لموسكو، فإن …": a government by its
                # capital or its country (R9: the place stays a place); not "حسب المدينة | التي …"
        if head_kind == "document" and p is None and i + 1 < limit and self.tkinds[i + 1] == "word" and \
                self.lex.source_heads.get(self.tkeys[i + 1]) == "group" and i + 1 not in self.ment_at and \
                self.text[self.tstarts[i + 1]] not in "وفبلك" and not self.nw(i + 1).endswith(("ي", "يه")):
            # (not an adjective: "بيان صحفي"، "البيان الصحافي")
            d = self.described(i + 1, limit)  # the people a document is of: "وفقا لتوقعات | المحللين"
            if d is not None:
                return d, self.np_end(i + 1, limit)
        if head_kind or (p is not None and self.ment_type.get(p.entity) in ("PER", "ORG")):
            if head_kind in ("document", "media"):
                # "بحث أجراه «معمل كاسبر سكاي»", "وكالة أنباء "فرانس برس""
                found = self.document_entity(i, i, min(limit, i + 7), _LIST_STOPS)
                if found is not None:
                    j, q = found
                    return q, self.past_quote_marks(self.ment_end_tok.get(j, j) + 1, limit)
            d = self.described(i, limit)
            if d is not None and d.entity is not None:
                return d, self.past_quote_marks(self.tok_from(d.end), limit)
            if d is not None:
                end = self.np_end(i, limit)
                # a quoted name after a media head: وكالة "تسنيم"
                while end < limit and self.tkinds[end] == "punct" and self.ch(end) in _QUOTE_CHARS:
                    end += 1
                    while end < limit and self.tkinds[end] == "word":
                        end += 1
                    if end < limit and self.ch(end) in _QUOTE_CHARS:
                        end += 1
                    break
                a_, b_ = d.start or 0, self.tends[end - 1]
                return _Party(d.entity, a_, b_, self.text[a_:b_]), end
        # a person/organisation named by a role
        if t.definite and (self.nw(i) in self.lex.titles or ("ال" + t.key) in self.lex.titles):
            p2, end = self.subject_after(i, limit)
            if p2 is not None:
                return p2, end
        # NAME_BEFORE_FA_INNA: one to three words no lexicon knows, then "فإن": "ووفقا للقبلي فإن …"، "وبحسب كمال
        # القبلي، فإن …" — a name the entity layer left out
        e = i
        while e < limit and e - i < 3 and self.tkinds[e] == "word" and self.nw(e) not in _FA_INNA:
            e += 1
        f = e + 1 if e < limit and self.ch(e) in ("،", ",") else e
        if e > i and f < limit and self.nw(f) in _FA_INNA and not self.nw(i - 1).endswith("ما") \
                and not wi.startswith("لل") and not any(
                self.nw(x) in _PREPOSITIONS or x in self.ment_at or self.tsuf[x] < self.tends[x] for x in range(i, e)):
            # (not "بحسب ما يبدو فإن": "as it seems"; not "حسب علمه فإن": a noun with its pronoun)
            # (not "للقبلي": the name would be cut inside its article)
            s0 = self.word_start(i)
            if s0 == t.start and wi[:1] == "ل" and self.nw(i - 1).endswith(("وفقا", "طبقا", "وفق")):
                s0 += 1  # "وفقا لكمال القبلي": the preposition the tokenizer kept on a name it does not know
            return _Party(None, s0, self.tends[e - 1], self.text[s0:self.tends[e - 1]]), e
        return None, k

    # ------------------------------------------------------------------ speech cues
    pending_via: dict

    def cue(self, item, consumed: set[int]) -> None:
        k = item[0]
        pos = self.tstarts[k]
        title = self.a.title
        if title is not None and title.start <= pos < title.end and not self.headline_clause(k, title.end):
            return  # a headline reports through its colon ("ظريف للشورى: …") or a verb and "أن" (below)
        inside_direct = False
        outer: ClaimFound | None = None
        nested: str | None = None
        for qi in self.quote_index.near(pos, pos + 1):
            q = self.quotes[qi]
            if q.content[0] <= pos < q.content[1]:
                if q.kind != "direct":
                    nested = nested or self.nested_report(k, item[2])
                    if nested is None:
                        return  # a verb inside a reported clause ("أن توجيهات الأمير … تؤكد")
                else:
                    inside_direct = True
        for ci in self.claim_index.near(pos, pos + 1):
            c = self.claims[ci]
            if c.content[0] <= pos < c.content[1]:
                nested = nested or self.nested_report(k, item[2])
                if nested is None:
                    return
                outer = c
        # a verbal noun with its genitive ("نفى الوزير قول النواب إن …") reports someone else inside the clause of the
        # sentence's speaker, who goes on speaking after it (MASDAR_KEEPS_SPEAKER)
        saved = (self.last, dict(self.sentence_party), list(self.recent)) \
            if inside_direct or nested or k in self.bare_masdars else None
        self.inside_direct = inside_direct and not nested
        self.nesting = nested is not None
        self.outer_source = outer.source if nested == "document" and outer is not None else None
        try:
            self._cue(item, consumed)
        finally:
            self.nesting = False
            self.outer_source = None
        if saved is not None:
            self.last, self.sentence_party, self.recent = saved

    def nested_report(self, k: int, form: Form) -> str | None:
        """NESTED_REPORT: a speech verb inside someone's reported clause that reports a third party's words with
        its own subject and clause: "… المستشفى الذي قالت منظمات إنه …" ("relative"), "… معارضين يقولون إنها …"
        ("plural"), "… أن تقرير اللجنة يشير إلى أن …" ("document": the outer source's), "… إن قائد القوات الجنرال
        X أعلن أن …" ("person": a named subject right before the verb)."""
        n = len(self.tkinds)
        if form.cls not in ("say", "opinion", "belief", "deny") or form.ftype not in ("past", "present") or \
                k < 2 or k + 2 >= n:
            return None
        w = self.nw(k)
        comp_next = self.is_comp(k + 1) or (self.nw(k + 1) in ("الي", "علي") and self.is_comp(k + 2))
        if self.nw(k - 1) in _RELATIVES and not comp_next and self.tkinds[k + 1] == "word":
            for j in range(k + 2, min(n, k + 8)):
                if self.is_comp(j):
                    return "relative"
                if self.tkinds[j] != "word":
                    return None
            return None
        prev = self.nw(k - 1)
        if (prev in _TEMPORAL_CONJUNCTIONS or prev == "ان" and self.nw(k - 2) in ("بعد", "قبل")) and not comp_next:
            # TEMPORAL_NESTED_REPORT: "… قصفت مواقع بعد أن قالت أنقرة إنها …": the earlier report of another
            # subject, with its own clause a few words on
            for j in range(k + 2, min(n, k + 8)):
                if self.is_comp(j) or self.ch(j) == ":" and j + 1 < n and self.is_comp(j + 1):
                    return "temporal"
                if self.tkinds[j] != "word":
                    return None
            return None
        if not comp_next or self.tkinds[k - 1] != "word" or self.is_comp(k - 1):
            return None
        if w.endswith(("ون", "وا")) and self.nw(k - 1) not in _FUNCTION_WORDS and self.nw(k - 1) not in _RELATIVES:
            return "plural"
        for j in range(k - 1, max(k - 12, 0), -1):
            if self.is_comp(j):
                h = j + 1
                kind = self.lex.source_heads.get(self.tkeys[h]) or self.lex.source_heads.get(self.nw(h))
                if kind == "document" and h < k and k - h <= 5:
                    return "document"
                # a named person as the clause's subject, right before the verb: "قالت الوزارة إن قائد القوات
                # الجنرال جوزيف دنفورد أعلن أن …" — the person's own report
                m = self.party_covering(k - 1)
                if m is not None and m.entity is not None and self.ment_type.get(m.entity) == "PER" and \
                        self.tok_at(m.start) is not None and self.tok_at(m.start) >= h:
                    return "person"
                return None
            if self.tkinds[j] != "word":
                return None
        return None

    def media_party(self, party: _Party) -> bool:
        """The party is named by a media noun ("الصحيفة"، "وكالة الأنباء"): an outlet, which relays others' words."""
        x = self.tok_at(party.start) if party.start is not None else None
        return x is not None and self.lex.source_heads.get(self.tkeys[x]) == "media"

    def _unnamed(self, k: int) -> bool:
        """UNNAMED_SOURCE: the verb at k says a source is not named: "لم | يكشف عن هويته"، "لم | تسمها"."""
        return k > 0 and self.nw(k - 1) == "لم" and self.nw(k).startswith(_UNNAMED_STEMS) and (
            k + 2 < len(self.toks) and self.nw(k + 1) == "عن" and self.nw(k + 2).startswith(("هويت", "اسم"))
            or self.tsuf[k] < self.tends[k])

    def _called(self, k: int, form: Form) -> bool:
        """CALLED_NOT_CLAIMING: "تُدعى"/"يُدعى" written with ى and not before a clause is "is called" ("عارضة أزياء
        تُدعى انداه كيرانا"), not "تدّعي أن" (claims): no cue, and no verb that ends another speaker's subject."""
        return form.ftype == "present" and self.text[self.tstarts[k]:self.tends[k]].endswith("ى") \
            and not (k + 1 < len(self.toks) and self.is_comp(k + 1))

    def _asks_god(self, j: int) -> bool:
        """Tokens from j are "الله" or "المولى" (with an epithet: "عز وجل"، "تعالى"، "العلي القدير") and then أن: the
        object of a prayer ("سائلين المولى عز وجل أن …")."""
        n = len(self.toks)
        if j >= n or self.nw(j) not in ("الله", "المولي"):
            return False
        j += 1
        while j < n and self.nw(j) in _GOD_EPITHETS:
            j += 1
        return j < n and self.is_comp(j)

    def _cue(self, item, consumed: set[int]) -> None:
        k, _o, form, span = item
        cls, ftype = form.cls, form.ftype
        n = len(self.toks)
        if cls == "ask" and self._asks_god(k + 1):
            cls = "directive"  # PRAYER_ASKING: "سائلا الله أن يتغمده برحمته" — a prayer, a quote but no claim (R6)
        limit = self.zone_limit(k, 34)
        w = self.nw(k)
        if k > 0 and self.nw(k - 1) in ("ان", "لن", "كي", "لكي") and ftype == "present":
            return  # "أو أن يذكر فيها": a subjunctive, not a report
        if k > 0 and self.nw(k - 1) in ("عدم", "بعدم"):
            return  # "طلب عدم ذكر اسمه": a reporting verb that is negated away
        if ftype == "past" and k > 1 and self.nw(k - 1) in ("او", "و") and self.nw(k - 2) in _bare_masdars(self.lex) \
                and self.text[self.tends[k] - 1] == "ي":
            return  # MASDAR_PAIR: "رفض تأكيد أو | نفي القبض عليه" — the verbal noun نفي (a denial), not نفى
        # "سئل"/"سأله" in "وعندما سئل … قال": a marker, not a cue
        if ("asked" in self.ctx(k) or self.nw(k - 1) in ("عندما", "وعندما", "حين", "وحين", "لما", "ولما",
                                                         "كلما")) and (cls == "ask" or ftype == "passive"):
            return
        if ftype == "passive" and cls != "ask":
            return  # "قيل"، "يقال"، "أفيد بأن": no one in particular
        if ftype == "past" and form.lemma[:1] == "ا" and span[0] < len(self.text) and self.text[span[0]] == "أ":
            return  # "أعتقد أن" is "I think" (a hamza), not "اعتقد" ("he thought"): the author's own voice
        if ftype == "past" and self.text[span[1] - 1] == "أ" and not form.lemma.endswith(("أ", "ا")):
            return  # HAMZA_NOT_DUAL: "أقرأ بين الفينة والأخرى" (I read) is no dual "أقرا" (they both admitted)
        # the article's own voice: "يذكر أنه"، "يشار إلى أن"، impersonal "ويتوقع أن"
        if k + 1 < n and ftype == "present" and (w[1:] if w[:1] in "وف" else w) in _IMPERSONAL and (
                self.is_comp(k + 1) or (k + 2 < n and self.nw(k + 1) in ("الي", "علي") and self.is_comp(k + 2))):
            base = w[1:] if w[:1] in "وف" else w
            impersonal = w != base or k == 0 or self.tkinds[k - 1] == "punct" or self.nw(k - 1) in (
                "حيث", "كما") or self.nw(k - 1) in _RELATIVES  # not "ولا يزال العمري يعتقد أنها"
            if base in _IMPERSONAL_BELIEF and impersonal and self.is_comp(k + 1) and k + 2 < n and not getattr(
                    self, "inside_direct", False):
                c0 = k + 3 if self.nw(k + 2) in ("ه", "ها", "هم", "هما") and k + 3 < n else k + 2
                # IMPERSONAL_BELIEF: "ويُعتقد أنها …" (it is believed): a belief with no one named as its source
                self.add_claim((self.tstarts[c0], self.clause_end(c0)), span, form.lemma, None, (),
                               _IMPERSONAL_BELIEF[base], None, 0.5, "IMPERSONAL_BELIEF")
            return
        if w == "ذكر" and ftype == "past" and k == self.sent_tok_start(k) and k + 1 < n and self.is_comp(k + 1) \
                and self.text[self.tstarts[k]] == "ذ":
            return  # PASSIVE_MENTIONED: "ذُكر أن …" opening its sentence, with no subject and no "و": the article's own
            # aside (as "يذكر أن"); "وذكر أن" goes on with the last speaker
        if self.abstract_subject(k, form):
            return  # ABSTRACT_SUBJECT: "فالتاريخ يقول إنه"، "فإن الواقع يؤكد أن": the author's own reasoning
        # a demonstrative subject ("هذا التزامن يؤكد أن"): the author's reasoning, not speech
        if k > 0 and self.nw(k - 1) in ("مما", "ما") and not self.this_is_what(k) or (
                k > 1 and self.nw(k - 2) in _DEMONSTRATIVES and self.tkinds[k - 1] == "word" and
                self.tname[k - 1] < self.tpre[k - 1] and k - 1 not in self.ment_at and not (
                    k > 2 and (self.nw(k - 3) in _PREPOSITIONS or self.nw(k - 3)[1:] in _PREPOSITIONS or
                               "adjunct" in self.ctx(k - 3) or self.nw(k - 3)[1:] in ("خلال", "في", "بعد")))):
            return  # (not "وفي هذا الاجتماع دعا …": the demonstrative is inside an adverbial phrase)
        if k > 0 and self.nw(k - 1) in _QUESTION_PARTICLES and self.text[self.tstarts[k - 1]] != "إ":
            return  # QUESTION_NOT_REPORT: "هل تعتقد أن …"، "ألا تعتقد أنه …" ask, they report nothing
        if k > 0 and form.ftype == "past" and self.tkinds[k - 1] == "word" and self.tpre[k] == self.tstarts[k] \
                and self.text[self.tstarts[k - 1]:self.tends[k - 1]] in ("عن", "في", "على", "إلى") \
                and self.text[self.tends[k] - 1] != "ة":  # (a verbal noun in ة is still a cue: "في إجابة على سؤال")
            return  # NOUN_AFTER_PREPOSITION: after a preposition the word is a noun: "إلى | وصف أردوغان" (describing),
            # "عن | أبلغ التهاني" (the most eloquent), not "وصف"، "أبلغ" (he described, informed)
        if form.lemma == "أجمع" and not any(self.nw(x) == "علي" for x in range(k + 1, min(n, limit, k + 12))):
            return  # AGREED_ON: "أجمع الخبراء على أن" (they agreed); without "على" the word is "all": "للعالم أجمع"
        if form.lemma == "توقع" and k + 1 < n and (self.nw(k + 1).startswith(_SIGNED) or self.nw(k + 1).startswith(
                "مذكر") and k + 2 < n and self.nw(k + 2) == "تفاهم"):
            return  # SIGNING_NOT_EXPECTING: "جامعة حائل توقع اتفاقية" (signs), not "توقع" (expected)
        if form.lemma in ("أعرب", "عبر") and any(self.nw(x) in _THANKS for x in range(k + 1, min(n, limit, k + 8))):
            # THANKS_NOT_CLAIM (R5): "وأعرب المصابون عن خالص شكرهم …" is thanks, no claim; the one who thanks is still
            # the one a later "وأضاف" goes on with
            an = next((x for x in range(k + 1, min(n, limit, k + 8)) if self.nw(x) == "عن"), k + 1)
            party, _implicit, _via = self.speaker(k, form, k + 1, an)
            self._done(party, k, k + 1, an)
            return
        # the verb right after another: "وأردف يقول"، "عاد وقال"
        j = k + 1
        if j < n and j < limit:
            wj = self.nw(j)
            fj = self.lex.forms.get(wj) or (self.lex.forms.get(wj[1:]) if wj[:1] in "بل" else None)
            if fj is not None and fj.cls == "say" and (fj.ftype != "masdar" or wj[:1] in "بل") and not (
                    fj.ftype == "participle" and not wj.endswith(("ا", "ين"))):  # ("وقالت مغردة أخرى": the subject)
                consumed.add(j)
                j += 1
        if form.lemma == "جاء في":
            j = min(j + 2, limit)  # "جاء في بيان | القيادة …"
        # scan the zone after the verb
        zone_start = j
        comp = colon = qmark = prep = masdar_at = None
        text, tkinds, tstarts, tkeys, pairs, covered = self.text, self.tkinds, self.tstarts, self.tkeys, self.pairs, \
            self.covered
        nw, ch, is_comp, forms, preps = self.nw, self.ch, self.is_comp, self.lex.forms, form.preps
        wants_masdar, wants_b = "masdar" in preps, "ب" in preps
        relative = False  # inside the subject's relative clause ("وقال المصدر الذي رفض الكشف عن اسمه "…"")
        while j < limit:
            sj = tstarts[j]
            if tkinds[j] == "punct":
                c = text[sj]
                if c == ":":
                    colon = j
                    break
                if c in ("،", ","):
                    relative = False
                    if j + 1 < limit and nw(j + 1) in ("لكن", "ولكن"):
                        break  # BUT_ENDS_ZONE: "أن بلاتيني يعتبر المنافس الأبرز لتشونغ، … | لكن تشونغ رأى بأن …":
                        # the clause after "لكن" is another's, not the verb's complement
                if c == "(" and zone_start < j <= k + 3 and cls == "say" and form.ftype in ("past", "present") \
                        and self.words_in_brackets(j, limit):
                    qmark = j  # WORDS_IN_BRACKETS: "قال الله تعالى (ومن أظلم ممن منع مساجد الله …)"
                    break
                if c in _QUOTE_CHARS and pairs.get(sj, -1) > sj:
                    close = pairs[sj]
                    inner = text[sj + 1:close].split()
                    after = self.tok_from(close + 1)
                    if form.lemma == "وصف":
                        if j > zone_start and nw(j - 1)[:1] == "ب":
                            qmark = j
                            break
                        j = after
                        continue
                    # a name or a term in marks inside the subject ("وتابع "الضميري": …", "شركة "اديميتسو"")
                    if len(inner) <= 3 and (after < limit and ch(after) not in _END or
                                            j > zone_start and nw(j - 1) in _PREPOSITIONS):
                        j = after  # (also a short name after a preposition at the end: "تعاقده مع "ميسي اليونان"")
                        continue
                    named = self.ment_at.get(j + 1)
                    if named is not None and named.start <= sj + 2 and named.end >= close - 1 and after < limit:
                        j = after  # NAME_IN_MARKS: a whole name, "منصب مدير “جامعة الإمارات العربية المتحدة”، بأنه"
                        continue
                    if len(inner) <= 6 and j > zone_start and after < limit and (
                            is_comp(after) or any(self.ch(x) == ":" for x in range(after, min(limit, after + 4)))) \
                            and (nw(j - 1) in _PREPOSITIONS or tkeys[j - 1] in _org_heads()):
                        j = after  # a name in marks right before the clause: "الصادر عن قطاع العقار في «…» أن", or
                        continue  # before the colon: "قال X، المحلل في «بي في إم أويل» في لندن: «…»"
                    if j > zone_start and (nw(j - 1) in _TITLE_NOUNS or tkeys[j - 1] in _TITLE_NOUNS and
                                           self.tsuf[j - 1] == self.tends[j - 1]):
                        j = after  # a title: قانون "…"، حملة «…» (not "عن اسمه "…"": his name, then the words)
                        continue
                    qmark = j
                    break
                if self.is_end(j):
                    break
                j += 1
                continue
            wj = nw(j)
            if wj in ("لكن", "ولكن") and j > zone_start:
                break  # BUT_ENDS_ZONE without a comma too: "وكما يروى فتاة من مدينة ليلى … | ولكن المهم في الأمر أن …"
            if is_comp(j):
                if wj[:1] in "فو" or nw(j - 1) == "الا" and j - 1 > zone_start:
                    break  # "كما قال الوزير فإنه …": the main clause after a condition, not a reported one; "إلا
                    # أن" (however) opens the next clause
                if wj == "ان" and j - 1 > zone_start and (nw(j - 1) in _TIME_CONJUNCTIONS or nw(j - 1)[:1] in "وف"
                                                          and nw(j - 1)[1:] in _TIME_CONJUNCTIONS):
                    j += 1  # TIME_CLAUSE: "وقال فان غال … قبل أن | يختتم يونايتد جولته: «…»" — a time clause of the
                    continue  # subject's, nothing reported in it (with "و" too: "يشتكي من تقيؤ، وبعد أن عاينه …")
                comp = j
                break
            if wj in ("مفاده", "مفادها") and j + 1 < limit and is_comp(j + 1):
                comp = j + 1
                break
            if masdar_at is None and wants_masdar and self.nw(zone_start) != "ما" and \
                    nw(j - 1) not in _RELATIVES and self.subject_ends_before(j, zone_start) and \
                    self.verbal_noun_object(j) and (j > zone_start or form.ftype == "participle" or
                                                    self.tsuf[j] < self.tends[j] or self.listed_object(j) or
                                                    _TAFAUL.fullmatch(self.tkeys[j])):
                # (right after a finite verb a bare construct is rather its subject: "أعلنت إدارة النادي …")
                masdar_at = j  # MASDAR_OBJECT: a later preposition is inside it ("مؤكدا إدانته للهجوم على المدرسة")
            pj = _PREP_FORMS.get(wj) if j not in covered else None
            if pj is not None and wj == "علي" and j + 1 < limit and nw(j + 1) == "لسان":
                pj = None  # "أكد البيت الأبيض | على لسان المتحدث باسمه أن": who relays, not what is stressed
            if pj is None and wants_b and text[sj] == "ب" and j not in covered and (
                    j > zone_start or form.ftype == "participle" or (
                        cls == "pledge" and j not in covered and len(wj) >= 5 and wj not in self.name_index)
                    or wj not in _MANNER_ADVERBS and self.subject_before(k) is not None) and (
                    self.tpre[j] - sj == 1 or wj.startswith("بال") or (
                        len(wj) >= 4 and j not in covered and wj not in self.name_index and
                        wj not in self.lex.source_heads)):
                pj = "ب"  # "طالب بـ…" written attached: "بإطلاق"; a participle has no subject before it: "مطالبا
                # | بتشكيل لجنة", nor a verb whose subject stands before it: "وكان جروس قد طالب | بضرورة خوض …"
            if pj is not None and pj in preps and masdar_at is None:
                if j + 1 < limit and is_comp(j + 1):
                    comp = j + 1
                    break
                if wj == "عن" and j > zone_start and (nw(j - 1) in _ISSUED or j - 1 > zone_start and
                                                      nw(j - 2) in _ISSUED and nw(j - 1) in _RECENTLY):
                    j += 1  # the issuer of the subject: "كشف التقرير الصادر حديثا | عن مؤسسة النقد، ارتفاع …"
                    continue
                if wj == "عن" and j + 1 < limit and nw(j + 1) == "طريق":
                    j += 2  # "عن طريق" is "by way of", not what is told about: "… بضرورة توزيعها | عن طريق
                    # الميناء"
                    continue
                if pj == "من" and j > zone_start and (nw(j - 1) in _QUANT or tkeys[j - 1] in _QUANT) and \
                        "time" not in self.ctx(j - 1):  # ("حذرت الأمم المتحدة الأحد من": a day, not "أحد من")
                    j += 1
                    continue
                if (zone_start < j <= zone_start + 3 and _ROLE_PREPOSITIONS.get(tkeys[zone_start]) == wj and all(
                        tkinds[x] == "word" for x in range(zone_start, j)) or
                        j > zone_start and _ROLE_PREPOSITIONS.get(tkeys[j - 1]) == wj) and any(
                        is_comp(x) for x in range(j + 1, min(limit, j + 30))):
                    # ROLE_WITH_PREPOSITION: "أكد المشرف على برنامج … أن"، "كشف مسؤول الرقابة عن المنشطات … أن":
                    # the role's preposition, not the verb's
                    j += 1
                    continue
                if j > zone_start and self.clause_after_comma(j + 1, limit):
                    # SUBJECT_PP_BEFORE_CLAUSE: "أكد مسؤول مطلع على الملف لوكالة رويترز، أن …" — the
                    # preposition belongs to the subject; the reported clause follows the comma
                    j += 1
                    continue
                prep = j
                break
            if wj == "علي" and masdar_at is not None and "علي" not in preps and j + 1 < limit and is_comp(j + 1):
                break  # PROVISO_AFTER_OBJECT: "أعلن فتح باب الترشيح … على أن تعقد الجمعية …" (provided that): the
                # verbal noun is what was announced (R5); the proviso reports nothing
            if pj is not None and wj in ("الي", "علي", "عن") and j + 1 < limit and is_comp(j + 1):
                comp = j + 1  # "أشار إلى أن" with any speech verb
                break
            if wj in _RELATIVES and j == zone_start:
                relative = True  # right after the subject; a comma ends it (below)
            fr = forms.get(nw(j + 1)) if wj in _RELATIVES and zone_start < j < limit - 2 else None
            if fr is not None and tkinds[j - 1] == "word" and fr.ftype == "past" and \
                    ({"obj", "masdar"} & fr.preps) and tkinds[j + 2] == "word" and \
                    not is_comp(j + 2) and nw(j + 2) not in ("الي", "علي", "عن") and j + 2 not in self.ment_at \
                    and not self.lex.source_heads.get(tkeys[j + 2]):
                consumed.add(j + 1)  # (the relative clause's verb is no cue of its own here)
                j += 2  # RELATIVE_CUE_WITH_OBJECT: "وقالت المتحدثة التي أكدت | القرار إن …" — the relative clause's
                continue  # verb takes a noun, the reported clause is the main verb's
            fj = forms.get(wj) or (forms.get(wj[1:]) if wj[:1] in "وف" else None)
            if wj == "عبر" and j + 1 < limit and nw(j + 1) != "عن":
                fj = None  # the preposition "via": "أعلنت إدارة النادي عبر حسابها في تويتر، أنها …"
            elif fj is not None and fj.lemma == "ادعى" and self._called(j, fj):
                fj = None  # "is called": "وقال شاب يُدعى محمد العلي إن"
            elif fj is not None and self._unnamed(j):
                fj = None  # "وقال مسؤول لم يكشف عن هويته إن": the speaker's anonymity, no cue
            if j > zone_start and fj is not None and not (relative and text[sj] not in "وف") and \
                    nw(j - 1) not in ("عدم", "بعدم") and (
                    text[sj] in "وف" or ch(j - 1) in ("،", ",") or fj.ftype == "participle" or (
                        fj.ftype in ("past", "present") and fj.cls in ("say", "opinion", "deny", "ask"))):
                aside = self.aside_end(j) if ch(j - 1) in ("،", ",") else None
                if aside is not None:
                    j = aside  # ASIDE_BETWEEN_COMMAS: "وقال مصدر أمني، طلب عدم ذكر اسمه، إن …"
                    continue
                break  # the next cue
            j += 1
        # a reported clause wins over a verbal noun before it ("أعلنت إدارة النادي أنها …": the subject), and a
        # negated declaration states nothing ("لم تعلن أي جهة مسؤوليتها")
        negated = k > 0 and self.nw(k - 1).removeprefix("و").removeprefix("ف") in ("لم", "لا", "لن", "ما")
        self.masdar_at = masdar_at if comp is None and not negated else None
        if self.masdar_at is not None and qmark is not None and masdar_at < qmark and colon is None:
            qmark = None  # QUOTED_INSIDE_OBJECT: "مؤكدا إدانته "لمحرقة" اليهود"، "وأكد إدانة "معاداة …"" (R12)
        if form.lemma == "خلص" and (comp is None or self.nw(comp - 1) != "الي"):
            return  # "خلص التحقيق إلى أن" (concluded that), not "خلص إلى اتهامها قبل أن …"
        if form.lemma in _CLAUSE_ONLY and comp is None and colon is None and not (
                form.lemma == "تابع" and qmark is not None):
            return
        if form.lemma == "وعد" and self.nw(k) == "وعد" and (k == 0 or self.tkinds[k - 1] == "punct" or
                                                          k == self.sent_tok_start(k)):
            return  # PLEDGE_NOT_CONJUNCTION: "وعدّ الكاتب …" (and he considered) at a clause start, not "وعد" (promised)
        if form.lemma == "وعد" and k > 0 and (self.nw(k - 1) in _PREPOSITIONS or self.nw(k - 1) in ("اثر", "عقب")):
            return  # "بعد وعد …": the noun "a promise" after a preposition
        if form.lemma == "عبر" and prep is None:
            return  # "عبر" is also the preposition "via": only "عبر X عن …" reports
        if getattr(self, "inside_direct", False) and qmark is None:
            return  # inside someone's words only a quotation in marks is taken ("قال الله عز وجل {…}")
        if cls == "blame":
            self.blame(k, form, span, zone_start, limit)
            return
        # relay: "نقلت X عن Y قوله إن …"
        if cls == "relay":
            self.relay(k, span, zone_start, limit, consumed)
            return
        if cls in ("praise",):
            p, _ = self.subject_after(zone_start, limit) if ftype in ("past", "present") else (None, 0)
            if p is None and ftype in ("past", "present"):
                p = self.subject_before(k)
            if self.sent_of(self.tstarts[k]) not in self.sentence_party:
                self.set_last(p, k)  # the main verb's subject, for a participle later in the sentence
            return
        # the subject zone ends at whatever was found
        zone_end = comp or colon or qmark or prep or j
        if comp is not None and comp > 0 and self.nw(comp - 1) in ("الي", "علي", "عن", "مفاده", "مفادها"):
            zone_end = comp - 1
        # an attribution phrase inside the subject area: "وأضافت الصحيفة نقلا عن مصادر حكومية أن" (source: the
        # sources, via the paper), "أكد صالحي، ووفقا لوكالة تسنيم، أن" (via the agency)
        inner_attr = None
        for p_ in range(zone_start, zone_end if comp is not None or colon is not None or qmark is not None else 0):
            # (only before the clause, colon or quotation it reports: "كما يعتبر X مؤيدا لـ…، بحسب مسؤولين" has
            # none, and the attribution at its end covers the clause)
            if p_ in self.attr_at:
                consumed.add(p_)
                if inner_attr is None:
                    inner_attr = self.attr_at[p_]
        subj_end = zone_end
        if self.masdar_at is not None and zone_start <= self.masdar_at < subj_end:
            subj_end = self.masdar_at  # the subject ends where the verbal noun object begins: "وأكد المدرب | وجود …"
        if inner_attr is not None:
            subj_end = inner_attr[0]
            while subj_end > zone_start and (self.ch(subj_end - 1) in ("،", ",") or self.ch(subj_end - 1) in _DASHES):
                subj_end -= 1
        party, implicit, via = self.speaker(k, form, zone_start, subj_end)
        relayed_by: _Party | None = None
        aside_source = False  # a person or group named in an attribution inside the subject is the claim's source
        if inner_attr is not None:
            src, _e = self.source_after(inner_attr[4], zone_end)
            if src is not None:
                at = self.tok_at(src.start) if src.start is not None else None
                person = self.ment_type.get(src.entity or "") == "PER" or src.entity is None and at is not None and \
                    self.lex.source_heads.get(self.tkeys[at]) in ("group", "quantifier")
                relaying = normalize_word(inner_attr[2]) in ("نقلا", "علي لسان")
                # SPOKEN_FOR: "أكد البيت الأبيض على لسان المتحدث باسمه أن …" — the body speaks, its spokesman relays
                spoken_for = normalize_word(inner_attr[2]) == "علي لسان" and party is not None and not implicit \
                    and not self.media_party(party)  # (a paper relays: "وتؤكد الصحيفة، على لسان خبير الآثار، أن")
                aside_source = person and not relaying and not spoken_for
                if spoken_for:
                    via = via + (src.ref(),)
                elif relaying or person:
                    # (also "وأشارت الصحيفة -وفقاً لشخص مطلع على …- إلى أن": the person's word, relayed by the paper,
                    # who remains the quote's speaker)
                    # RELAY_INSIDE_SUBJECT: "وذكرت الجريدة نقلا عن مسؤول أن …": the claim is the source's, relayed
                    # by the paper; the quote stays the paper's words (its speaker is the verb's subject)
                    via = ((party.ref(),) if party is not None and not implicit else ()) + via
                    if party is not None and not implicit:
                        relayed_by = party
                    party, implicit = src, False
                else:
                    via = via + (src.ref(),)
        pv = self.pending_via.pop(k, None) if hasattr(self, "pending_via") else None
        if pv is not None:
            via = via + (pv[0].ref(),)
        if pv is None and inner_attr is not None:
            pv = (party, inner_attr[2], inner_attr[3])  # an attribution phrase introduced it: a claim too (R3)
        # words in quote marks stay the words of the verb's subject, also when it relays a source
        qparty, qimplicit = (relayed_by, False) if relayed_by is not None else (party, implicit)
        # relayed words: "لوكالة فرانس برس" after the subject, "في تصريح لوكالة الأنباء السعودية"
        after_speaker = zone_start
        if party is not None and not implicit and party.end is not None:
            after_speaker = max(zone_start, self.tok_from(party.end))
        obj_at = self.masdar_at if self.masdar_at is not None and self.masdar_at >= after_speaker else zone_end
        via = via + self.media_via(after_speaker, obj_at, form.lemma in _OBJECT_ONLY)
        # (not inside the object: "بدء التقديم | لبرنامج الانتساب")
        lemma = form.lemma
        claim_modality = {"opinion": "belief", "belief": "belief", "deny": "denied"}.get(cls, "asserted")
        # (verbs that only show or give something, "أبدى سعادته"، "أرجع السبب إلى", report no words of their own)
        makes_quote = cls in ("say", "opinion", "deny", "directive", "ask") and form.lemma not in _OBJECT_ONLY
        # an accusation, threat or pledge with a clause ("اتهم X بأنها …") is a claim too (R13)
        makes_claim = cls in ("say", "opinion", "belief", "deny", "show", "pledge")
        if comp is not None and form.lemma == "وصف" and not (
                self.nw(comp).startswith(("بان", "انه", "انها", "انهم")) and comp - zone_end <= 1):
            comp = None  # "وصف X بأنه …" / "… أنه": a clause about the thing described, not any later "أن"
        if comp is not None and cls == "pledge" and not self.nw(comp).startswith("بان"):
            comp = None  # "تعهد بحوار … من المتوقع أن": an accusation or pledge takes its clause with "بأن"
        if comp is not None and cls != "ask":
            cs = comp + 1
            if cs >= n:
                return
            end = self.clause_end(cs)
            cstart = self.tstarts[cs]
            if self.text[cstart] in _QUOTE_CHARS and self.pairs.get(cstart, -1) > cstart:
                close = self.pairs[cstart]
                rest = self.text[close + 1:end].strip(" .،,؛:!؟?…\"'»”")
                if not rest or self.text[close - 1:close] in (".", "!", "؟", "?", "…"):
                    # R3: the whole clause in marks → direct; a claim only when an attribution introduced it (the
                    # words in marks end their sentence inside them: "أن «القتال مستمر … أحيانا.» ويستعد …",
                    # QUOTE_ENDS_IN_MARKS)
                    qi = self.add_quote("direct", (cstart + 1, close), span, lemma, qparty, qimplicit, 0.9,
                                        "SPEECH_VERB_WITH_CLAUSE") if makes_quote else None
                    self.used_pairs.add(cstart)
                    if pv is not None or not makes_quote:
                        self.add_claim((cstart + 1, close), span, lemma, party, via, claim_modality, qi, 0.8,
                                       "SPEECH_VERB_WITH_CLAUSE", implicit)
                    self._done(party, k, zone_start, zone_end)
                    return
            qi = None
            split = self._quoted_after_comma(cs, end) if makes_quote and self._has_marks(cstart, end) else None
            if split is not None:
                # INDIRECT_THEN_DIRECT: "وقال إنها كانت تلميذة مثالية، "نيكول تلميذة ذكية …"" — the reported clause,
                # then the speaker's own words in marks after a comma: two quotes
                comma, o, close = split
                qi = self.add_quote("indirect", (cstart, comma), span, lemma, party, implicit, 0.9,
                                    "INDIRECT_THEN_DIRECT")
                if makes_claim:
                    self.add_claim((cstart, comma), span, lemma, party, via, claim_modality, qi, 0.9,
                                   "INDIRECT_THEN_DIRECT", implicit)
                self.add_quote("direct", (o + 1, close), span, lemma, qparty, qimplicit, 0.9, "INDIRECT_THEN_DIRECT")
                self.used_pairs.add(o)
                self._done(party, k, zone_start, zone_end)
                return
            if makes_quote:
                kind = "mixed" if self._has_marks(cstart, end) else "indirect"
                qi = self.add_quote(kind, (cstart, end), span, lemma, *((qparty, qimplicit) if aside_source else
                                                                        (party, implicit)), 0.9,
                                    "SPEECH_VERB_WITH_CLAUSE")
            for o in self.pairs:
                if cstart <= o < end:
                    self.used_pairs.add(o)
            if makes_claim:
                self.add_claim((cstart, end), span, lemma, party, via, claim_modality, qi, 0.9,
                               "SPEECH_VERB_WITH_CLAUSE", implicit)
            self._done(party, k, zone_start, zone_end)
            return
        if colon is not None and makes_quote:
            cs = colon + 1
            if cs >= n:
                return
            cstart = self.tstarts[cs]
            if self.tkinds[cs] == "punct" and self.text[cstart] in _QUOTE_CHARS and \
                    self.pairs.get(cstart, -1) > cstart:
                close = self.pairs[cstart]
                self.add_quote("direct", (cstart + 1, close), span, lemma, qparty, qimplicit, 0.95,
                               "SPEECH_VERB_WITH_COLON")
                self.used_pairs.add(cstart)
                if pv is not None:
                    self.add_claim((cstart + 1, close), span, lemma, party, via, claim_modality,
                                   len(self.quotes) - 1, 0.8, "SPEECH_VERB_WITH_COLON", implicit)
                self._done(party, k, zone_start, zone_end)
                return
            if self.is_comp(cs) and cls != "ask":
                end = self.clause_end(cs + 1) if cs + 1 < n else len(self.text)
                s2 = self.tstarts[cs + 1] if cs + 1 < n else end
                qi = self.add_quote("mixed" if self._has_marks(s2, end) else "indirect", (s2, end), span, lemma,
                                    party, implicit, 0.9, "SPEECH_VERB_WITH_COLON")
                if makes_claim:
                    self.add_claim((s2, end), span, lemma, party, via, claim_modality, qi, 0.9,
                                   "SPEECH_VERB_WITH_COLON", implicit)
                self._done(party, k, zone_start, zone_end)
                return
            end = self.clause_end(cs)
            if cls == "ask":
                # a question runs to its question mark
                q = self.text.find("؟", cstart, self.para_end(cstart))
                q2 = self.text.find("?", cstart, self.para_end(cstart))
                qs = [x for x in (q, q2) if x >= 0]
                if qs:
                    end = min(qs)
            # COLON_QUOTE_VERBATIM: words after a verb and a colon are its words (R4), unless a quoted stretch inside
            # shows the rest is reported: "مضيفا: إيران ستزيد من دعمها لما سماهم: "محور المقاومة …"" (mixed)
            comma = min((x for x in (self.text.find("،", cstart, end), self.text.find(",", cstart, end)) if x >= 0),
                        default=end)
            direct = cls == "ask" or not self._has_marks(cstart, comma) or self.first_person(cs, min(cs + 6, n))
            if direct and cls != "ask":
                end = self.clause_end(cs, through_dots=True)  # (the words go on past a pause "..")
            kind = "direct" if direct else ("mixed" if self._has_marks(cstart, end) else "indirect")
            qi = self.add_quote(kind, (cstart, end), span, lemma, *((qparty, qimplicit) if kind == "direct" else
                                                                     (party, implicit)), 0.8, "SPEECH_VERB_WITH_COLON")
            if kind != "direct" and makes_claim:
                self.add_claim((cstart, end), span, lemma, party, via, claim_modality, qi, 0.8,
                               "SPEECH_VERB_WITH_COLON", implicit)
            self._done(party, k, zone_start, zone_end)
            return
        if qmark is not None and makes_quote or (qmark is not None and form.lemma == "وصف"):
            o = self.tstarts[qmark]
            close = self.pairs[o]
            words = len(self.text[o + 1:close].split())
            prevw = self.nw(qmark - 1) if qmark > 0 else ""
            if form.lemma == "وصف":
                if prevw.startswith("ب") and any(len(x) >= 3 for x in self.text[o + 1:close].split()):
                    self.add_quote("direct", (o + 1, close), span, lemma, qparty, qimplicit, 0.7,
                                   "DESCRIBED_AS_QUOTE")
                    self.used_pairs.add(o)
                    self._done(party, k, zone_start, zone_end)
                return
            inner = self.text[o + 1:close]
            if cls == "directive" and form.preps and not self.first_person_text(inner) and any(
                    _PREP_FORMS.get(w) in form.preps for w in normalize_word(inner).split()[:4]):
                # QUOTED_DIRECTIVE_OBJECT (R5, R12): "ودعت المسودة "كل الأطراف إلى الامتناع عن …"" — the call's
                # object and its preposition in marks: what is called for, a claim, not someone's words
                self.add_claim((o + 1, close), span, lemma, party, via, "asserted", None, 0.7,
                               "QUOTED_DIRECTIVE_OBJECT", implicit)
                self.used_pairs.add(o)
                self._done(party, k, zone_start, zone_end)
                return
            if cls in ("opinion", "belief") and qmark > zone_start and words <= 6 and \
                    not self.first_person_text(inner) and not any(c in inner for c in "،,.؟?!:"):
                # QUOTED_PREDICATE_OF_OPINION (R12): "واعتبر الوزير التصريحات "غير مقبولة"" — a noun phrase in
                # marks after the verb's object is an opinion about it: a claim, not a quote
                self.add_claim((o + 1, close), span, lemma, party, via, claim_modality, None, 0.7,
                               "QUOTED_PREDICATE_OF_OPINION", implicit)
                self.used_pairs.add(o)
                self._done(party, k, zone_start, zone_end)
                return
            if words >= 3 or (qmark - zone_end <= 0 and words >= 2 and cls != "ask"):
                self.add_quote("direct", (o + 1, close), span, lemma, qparty, qimplicit, 0.9,
                               "SPEECH_VERB_BEFORE_QUOTE")
                self.used_pairs.add(o)
                if pv is not None:
                    self.add_claim((o + 1, close), span, lemma, party, via, claim_modality, len(self.quotes) - 1,
                                   0.8, "SPEECH_VERB_BEFORE_QUOTE", implicit)
                self._done(party, k, zone_start, zone_end)
                return
        if prep is not None and cls in ("say", "opinion", "belief", "deny", "directive", "pledge") and \
                form.preps:
            ps = prep + 1
            if ps >= n:
                return
            pstart = self.tstarts[ps] if self.tkinds[prep] == "word" and self.nw(prep) in _PREP_FORMS \
                else self.tstarts[prep] + 1
            if self.nw(prep) not in _PREP_FORMS:
                ps = prep
            end = self.clause_end(ps if ps != prep else prep)
            if pstart < len(self.text) and self.text[pstart] in _QUOTE_CHARS and \
                    self.pairs.get(pstart, -1) > pstart:
                close = self.pairs[pstart]
                inner = self.text[pstart + 1:close]
                rest = self.text[close + 1:end].strip(" .،,؛:!؟?…\"'»”")
                if not rest and cls in ("say", "opinion") and (len(inner.split()) >= 6 or
                                                               self.first_person_text(inner)):
                    self.add_quote("direct", (pstart + 1, close), span, lemma, qparty, qimplicit, 0.7,
                                   "STANCE_VERB_WITH_OBJECT")  # R12, a full statement
                    self.used_pairs.add(pstart)
                    self._done(party, k, zone_start, zone_end)
                    return
                if not rest:
                    end = close
                    pstart += 1
            if self._praise_object(ps):
                self._done(party, k, zone_start, zone_end)
                return
            fc = self.feeling_clause(ps)
            if fc is not None:
                # FEELING_OBJECT_WITH_CLAUSE: "أعرب عن قلقه من أن …"، "معبرة عن خشيتها من أن …": the feared or hoped
                # clause is the source's belief
                self.add_claim((self.tstarts[fc], self.clause_end(fc)), span, lemma, party, via, "belief", None, 0.7,
                               "FEELING_OBJECT_WITH_CLAUSE", implicit)
                self._done(party, k, zone_start, zone_end)
                return
            end = self.object_end(ps, end)
            modality = {"belief": "belief", "opinion": "belief", "deny": "denied"}.get(cls, "asserted")
            self.add_claim((pstart, end), span, lemma, party, via, modality, None, 0.7, "STANCE_VERB_WITH_OBJECT",
                           implicit)
            self.joined_after_object(ps, end, span, lemma, party, via, modality, implicit)
            self._done(party, k, zone_start, zone_end)
            return
        # nothing after the verb: a quote before it ("«…»، قال الوزير"), or first person after the subject
        if makes_quote and cls != "ask":
            b = k - 3 if self.this_is_what(k) else k - 1
            while b >= 0 and self.tkinds[b] == "punct" and self.ch(b) in ("،", ",", "-", "–"):
                b -= 1
            if b >= 0 and self.tkinds[b] == "punct" and self.tstarts[b] in self.close_to_open:
                o = self.close_to_open[self.tstarts[b]]
                if o not in self.used_pairs and len(self.text[o + 1:self.tstarts[b]].split()) >= 3:
                    self.add_quote("direct", (o + 1, self.tstarts[b]), span, lemma, party, implicit, 0.85,
                                   "QUOTE_BEFORE_SPEECH_VERB")
                    self.used_pairs.add(o)
                    self._done(party, k, zone_start, zone_end)
                    return
            # "وأضاف العمير نحن لا ننظر …" / "وقال العمير، نحن مطمئنون …"
            if ftype in ("past", "present"):
                sub_end = self._subject_tokens_end(zone_start, zone_end)
                f = sub_end
                while f < zone_end + 1 and f < n and self.ch(f) in ("،", ","):
                    f += 1
                if f < n and f <= zone_end and (self.nw(f) in _STRONG_FIRST or self.we_verb(f)) and party is not None \
                        and not implicit \
                        and (party.entity is not None or self.nw(zone_start) in self.lex.titles or
                             self.lex.source_heads.get(self.tkeys[zone_start])):
                    end = self.clause_end(f)
                    self.add_quote("direct", (self.tstarts[f], end), span, lemma, party, implicit, 0.7,
                                   "FIRST_PERSON_AFTER_SUBJECT")
                    self._done(party, k, zone_start, zone_end)
                    return
        if cls == "opinion" and "obj" in form.preps and party is not None and (
                ftype == "participle" or ftype == "past" and not implicit
                or ftype == "present" and not implicit and party.entity is not None and party.end is not None
                and party.end <= self.tstarts[k]):  # (after the verb "يُعتبر البغلي … أحد" is a passive)
            # CONSIDERED_AS: "واعتبر الوزير الهجوم عملا إرهابيا"، "معتبرا إياه …" (not the passive "يُعتبر مصدرا")
            obj = self._object_start(k, form, zone_start, zone_end, party, implicit)
            if obj is not None and self.considered_as(obj[0]):
                end = self.object_end(obj[0], self.clause_end(obj[0]))
                if end - obj[1] > 6:
                    self.add_claim((obj[1], end), span, lemma, party, via, "belief", None, 0.6, "CONSIDERED_AS",
                                   implicit)
                    self._done(party, k, zone_start, zone_end)
                    return
        # belief/denial/condemnation/pledge with a bare object: "استبعد العمير تأثر …"، "انتقد X لاستخدامها …"
        said_object = (cls == "say" or cls == "show" and self.document_party(party)) and (
            "obj" in form.preps or "masdar" in form.preps) and (
            k == 0 or self.nw(k - 1) not in self.lex.attribution and self.nw(k - 1) not in _PREPOSITIONS)
        # (the verb may open the text: a headline "أعلنت جامعة أم القرى بدء التقديم")
        if (cls in ("belief", "deny", "condemn", "pledge") or said_object) and \
                (ftype in ("past", "present", "participle") or (ftype == "masdar" and cls == "pledge")):
            obj = self._object_start(k, form, zone_start, zone_end, party, implicit)
            if obj is not None:
                end = self.object_end(obj[0], self.clause_end(obj[0]))
                modality = {"belief": "belief", "deny": "denied"}.get(cls, "asserted")
                if end - obj[1] > 6:
                    self.add_claim((obj[1], end), span, lemma, party, via, modality, None, 0.6,
                                   "STANCE_VERB_WITH_OBJECT", implicit)
                    self.joined_after_object(obj[0], end, span, lemma, party, via, modality, implicit)
            if cls not in ("condemn",) or self.sent_of(self.tstarts[k]) not in self.sentence_party:
                self._done(party, k, zone_start, zone_end)
            return
        if cls == "condemn" and party is not None and self.sent_of(self.tstarts[k]) not in self.sentence_party:
            self._done(party, k, zone_start, zone_end)
        elif cls in ("say", "opinion") and ftype in ("past", "present") and party is not None and not implicit \
                and party.entity is not None and self.ment_type.get(party.entity) == "PER":
            # NAMED_SPEAKER_WITHOUT_CLAUSE: "أوضح الدكتور ياسر العصيفير … قيام بعض الشركات …" reports nothing the
            # rules take, but the one named is who a later "وقال" goes on with
            self._done(party, k, zone_start, zone_end)

    def _done(self, party: _Party | None, k: int, zone_start: int, zone_end: int) -> None:
        self.set_last(party, k)
        if party is not None and zone_start < zone_end:
            a, b = self.tstarts[zone_start], self.tends[zone_end - 1]
            self.cue_contexts.append((normalize_word(self.text[a:b]), party))

    def blame(self, k: int, form: Form, span: tuple[int, int], zone_start: int, limit: int) -> None:
        """BLAME_LAID_ON: "ألقى X باللوم على Y لأنه …" / "… في …": the reason given is the claim."""
        j = zone_start
        while j < limit and self.nw(j) not in ("باللوم", "باللايمه", "اللوم", "اللايمه"):
            j += 1
        if j >= limit:
            return
        party, implicit, via = self.speaker(k, form, zone_start, j)
        j += 1
        if j < limit and self.nw(j) == "علي":
            j += 1
        # the blamed party, then its reason: "لأنها …"، "في …"، "عن …"، "بسبب …"، or a verbal noun with "لـ"
        for r in range(j, min(limit, j + 10)):
            w = self.nw(r)
            if self.is_end(r):
                return
            if w in ("لان", "لانه", "لانها", "لانهم", "لانهما"):
                c = r + 1
                if w == "لان" and c < limit and self.is_comp(c):
                    c += 1
                break
            if w in ("في", "عن", "بسبب", "جراء") and r > j:
                c = r + 1
                break
        else:
            return
        if c >= len(self.tkinds):
            return
        end = self.object_end(c, self.clause_end(c))
        self.add_claim((self.tstarts[c], end), span, form.lemma, party, via, "asserted", None, 0.6, "BLAME_LAID_ON",
                       implicit)
        self._done(party, k, zone_start, j)

    def object_end(self, a: int, end: int) -> int:
        """OBJECT_ENDS_AT_NEW_CLAUSE: a noun or masdar object (R5, R13) ends before a description added to it
        ("والذي …"), before a conjunction that opens a new clause ("هدد بفرض رسوم | رغم أنه …") and before a comma
        that a further cue follows ("مؤكدا إدانته … | ، ومبديا تعاطفه")."""
        for x in range(a + 1, self.tok_from(end)):
            if self.ch(x) in ("،", ",") and (x + 1 in self.cue_toks or self.joined_clause(x + 1) and not any(
                    self.is_comp(y) for y in range(a, x)) or self.new_clause_verb(x + 1)):
                return self.tstarts[x]  # (not a second "أن" inside the object: "صعوبة تحقيق شرط أن …، وأن …"); a
                # verb after the comma opens the main clause: "نفت فيه الجامعة صلتها بوفاتها، | يظهر الفيديو …"
            if x in self.past_cues and x + 1 < len(self.tkinds) and self.nw(x - 1) not in _RELATIVES and (
                    self.type_at(x + 1) in ("PER", "ORG") or
                    self.lex.source_heads.get(self.tkeys[x + 1])):
                return self.tstarts[x]  # a speech verb in the past with its own subject opens a new report: "يؤكد
                # مقتل البغدادي … | قال المرصد السوري إنه …" (a page's list of links runs on without a stop)
            w = self.nw(x)
            if w in ("حيث", "وحيث") and self.nw(x - 1) in ("من", "في"):
                continue  # "من حيث": "in terms of", not a new clause
            if w == "مما" and _ELATIVE.fullmatch(self.nw(x - 1)):
                continue  # "بوتيرة أسرع مما تم": "than", after a comparative
            if w in ("والذي", "والتي", "والذين") or w in _NEW_CLAUSE or (
                    (w in _BUT_THAT or w in ("بعد", "قبل", "وبعد", "وقبل")) and x + 1 < len(self.tkinds) and
                    self.is_comp(x + 1)):
                return self.tstarts[x]
        return end

    def new_clause_verb(self, j: int) -> bool:
        """Token j is an imperfect verb with its own subject after it ("، | يظهر الفيديو …"): a new clause, not a
        description of the object before the comma ("جمعية وطنية، | تكون كمؤسسة …")."""
        n = len(self.tkinds)
        return j + 1 < n and self.tkinds[j] == "word" and self.tkinds[j + 1] == "word" and \
            _IMPERFECT_OPENING.fullmatch(self.nw(j)) is not None and self.nw(j) not in _NOT_VERBS and \
            (self.nw(j + 1).startswith("ال") or j + 1 in self.ment_at)

    def joined_after_object(self, start: int, end: int, span, lemma, party, via, modality: str,
                            implicit: bool) -> None:
        """JOINED_CLAUSE: "أكد فيها التزام بلاده بـ…، وأنها لم تتخلف …" — a clause joined by "، وأن" to a noun
        object (token ``start`` to offset ``end``) is reported by the same verb: an indirect quote and its claim."""
        j = self.tok_from(end)
        if not (j + 2 < len(self.tkinds) and self.ch(j) in ("،", ",") and self.joined_clause(j + 1)) or any(
                self.is_comp(y) for y in range(start, j)):
            return
        a = self.tstarts[j + 2]
        c_end = self.clause_end(j + 2)
        qi = self.add_quote("indirect", (a, c_end), span, lemma, party, implicit, 0.6, "JOINED_CLAUSE")
        self.add_claim((a, c_end), span, lemma, party, via, modality, qi, 0.6, "JOINED_CLAUSE", implicit)

    def outlet_in_marks(self, i: int, limit: int) -> int:
        """Token index after an organisation's name in quote marks or brackets at token i ("«الجزيرة»"، "(الرياضي)"),
        or i: one or two words, an organisation or no known word."""
        close = self.pairs.get(self.tstarts[i], -1) if self.ch(i) != "(" else self.text.find(")", self.tstarts[i],
                                                                                              self.tstarts[i] + 30)
        if close <= self.tstarts[i]:
            return i
        end = self.tok_from(close)
        inner = range(i + 1, end)
        if not 1 <= len(inner) <= 2 or end >= limit or any(self.tkinds[x] != "word" for x in inner):
            return i
        m = self.ment_at.get(i + 1)
        if m is not None and self.ment_type.get(m.entity or "") != "ORG":
            return i
        return end + 1

    def clause_or_stop(self, x: int) -> bool:
        """A reported clause (أن/إن/بأن), a comma or a colon opens at token x."""
        return x < len(self.tkinds) and (self.is_comp(x) or self.ch(x) in ("،", ",", ":"))

    def joined_clause(self, x: int) -> bool:
        """Token x is "وأن"/"وبأن" with a pronoun or none: a reported clause joined to the one before."""
        return x < len(self.tkinds) and self.tkinds[x] == "word" and self.nw(x) in _JOINED_COMPLEMENTIZERS

    def feeling_clause(self, k: int) -> int | None:
        """The first token of the clause after a feeling noun at token ``k`` ("خشيته من أن | …"، "أمله في أن | …")."""
        w = self.nw(k)
        if not (w.startswith(_FEELINGS) or w.removeprefix("ال").startswith(_FEELINGS)):
            return None
        for j in range(k + 1, min(k + 4, len(self.tkinds))):
            if self.is_comp(j):
                return j + 1 if j + 1 < len(self.tkinds) else None
            if self.tkinds[j] != "word" or self.nw(j) not in ("من", "في", "الشديد", "الشديده", "البالغ", "العميق",
                                                                "العميقه", "الكبير", "الكبيره"):
                return None
        return None

    def _praise_object(self, k: int) -> bool:
        """The object at token k is praise, thanks, congratulations or condolences (R5: neither a quote nor a
        claim): "شكره"، "أصدق التهاني"، "أحر التعازي"، "عزائه ومواساته"، "بالغ امتناني" (COURTESY_OBJECT: an
        intensifier before the noun is skipped)."""
        w = self.nw(k)
        if w in _INTENSIFIERS and k + 1 < len(self.tkinds):
            k += 1
            w = self.nw(k)
        w = w.removeprefix("ال")
        return w.startswith(_PRAISE_NOUNS) or w[1:].startswith(_PRAISE_NOUNS) or \
            self.tkeys[k].removeprefix("ال").startswith(_PRAISE_NOUNS)

    def _subject_tokens_end(self, a: int, b: int) -> int:
        i = a
        if i < b and i in self.ment_at:
            return self.ment_end_tok.get(i, i) + 1
        while i < b and self.tkinds[i] == "word" and not self.first_person(i, i + 1):
            i += 1
        return i

    def considered_as(self, i: int) -> bool:
        """CONSIDERED_AS: an object then what it is held to be, in the accusative: "معتبرا | إياه عملا إرهابيا"،
        "واعتبر الوزير | الهجوم عملا جبانا"، "يعتبر | روسيا خطرا وجوديا" — "إياه" or an indefinite word in ا within
        the next five words."""
        if self.tkinds[i] != "word" or i in self.cue_toks or self.nw(i) in _FUNCTION_WORDS or self.nw(i) in _PREP_FORMS:
            return False
        if self.nw(i) in _IYYA:
            return True
        if self.text[self.tstarts[i]:self.tends[i]].rstrip("\u064b").endswith("ا") and not self.nw(i).startswith("ال"):
            return False  # the passive's predicate right after it: "يُعتبر | مصدرا جيدا"
        for x in range(i + 1, min(len(self.toks), i + 6)):
            if self.tkinds[x] != "word" or self.is_comp(x):
                return False
            raw = self.text[self.tstarts[x]:self.tends[x]].rstrip("\u064b")
            w = self.nw(x)
            if raw.endswith("ا") and len(w) >= 4 and not w.startswith("ال") and self.tpre[x] == self.tstarts[x] \
                    and w not in _FUNCTION_WORDS and x not in self.ment_at and not w.endswith(("وا", "ها", "نا")):
                return True
        return False

    def _object_start(self, k, form, zone_start, zone_end, party, implicit):
        """Where a bare noun object starts after the verb and its subject."""
        if zone_start >= zone_end:
            return None
        i = zone_start
        if not implicit and party is not None and party.start is not None and \
                self.tstarts[i] <= party.start < self.tends[zone_end - 1]:
            i = self.tok_from(party.end)
            while i < zone_end and self.ch(i) in ("،", ","):
                i += 1
        if form.cls == "condemn":
            # "انتقدت منظمات حقوقية الحكومة | لاستخدامها القوة المفرطة" / "بسبب …": the stated reason
            for j in range(zone_start + 1, zone_end):
                w = self.nw(j)
                if w in ("بسبب", "لانه", "لانها", "لانهم", "جراء") and j + 1 < zone_end:
                    return j + 1, self.tstarts[j + 1]
                if self.tkinds[j] == "word" and w[:1] == "ل" and len(w) >= 6 and w[1:2] in "اتم" and \
                        not w.startswith("لل") and j not in self.covered and w[1:] not in self.lex.source_heads:
                    return j, self.tstarts[j] + 1  # a verbal noun: لاستخدامها، لتجاهله، لإطلاقه
            return None
        if form.cls == "pledge":
            w = self.nw(i) if i < zone_end else ""
            if w[:1] == "ب" and len(w) >= 4 and self.tkinds[i] == "word" and i not in self.covered:
                return i, self.tstarts[i] + 1  # "وعد بإعادة …" right after the verb and its subject
            for j in range(zone_start, zone_end):
                w = self.nw(j)
                if self.tkinds[j] == "word" and w[:1] == "ب" and (w.startswith("بال") or
                                                                  self.tpre[j] > self.tstarts[j]) and \
                        w not in ("به", "بها", "بهم", "بهما", "بهن", "بنا", "بي", "بك"):
                    return j, self.tstarts[j] + 1
            return None
        if "obj" not in form.preps and "masdar" not in form.preps:
            return None
        if "obj" not in form.preps:  # a verbal noun, found while scanning the zone (MASDAR_OBJECT)
            return (self.masdar_at, self.tstarts[self.masdar_at]) if self.masdar_at is not None else None
        while i < zone_end and ("time" in self.ctx(i) or (self.nw(i) == "من" and "من" in form.preps)):
            i += 1  # "يخشون اليوم السفر": a time word before the object; "تخشى من …"
        if i + 2 < zone_end and self.nw(i) == "من" and self.nw(i + 1).startswith("خلال"):
            i += 2  # "توقعت من خلالها | الانتهاء من …"
        if i >= zone_end or self.tkinds[i] != "word" or self.nw(i) == "من":
            return None  # (EXCLUDED_FROM: "استبعد من القائمة" was left out of it, no view)
        return i, self.tstarts[i]

    def subject_ends_before(self, j: int, zone_start: int) -> bool:
        """Token j follows the verb directly, or a named subject: a mention, its closing quote mark, a time word, an
        adverb of manner or a nisba after it ("أعلنت «حركة الشباب» الصومالية | مسؤوليتها"، "أمس رسميا | تعاقدها")."""
        x = j - 1
        while x >= zone_start and x not in self.covered and (
                "time" in self.ctx(x) or self.ch(x) in _QUOTE_CHARS or x == j - 1 and self.ch(x) in ("،", ",") or
                self.nw(x) in _MANNER_ADVERBS or
                self.toks[x].definite and self.nw(x).endswith(("ي", "يه"))):
            x -= 1
        return x < zone_start or x in self.covered or self.nw(x) in _HONORIFIC_PRONOUNS or (  # "وأكد سموه | استنكار"
            x == zone_start and self.nw(x) in ("فيه", "فيها")) or (  # "تصريحات … التي أكد فيها | التزام بلاده"
            (self.listed_object(j) and not self.toks[j].definite or self.tsuf[j] < self.tends[j] and
             self.tpre[j] == self.tstarts[j] or self.pronoun_noun(j) or _IFTIAL_OF_L.fullmatch(self.nw(j)) or
             _MASDAR_SHAPE.fullmatch(self.nw(j)) or not self.toks[j].definite and self.known_verbal_noun(j) or
             self.tafaul_with_pronoun(j)) and
            self.tkinds[x] == "word" and self.nw(x).startswith("ال"))
        # after a definite subject: "وأكد الوزير | أهمية التعاون"، a verbal noun with its pronoun, one of a root in
        # ل or of a derived pattern: "وأكد الرئيس | استعداده لـ…"، "| التزام بلاده بـ…"، "وأعلن الجيش | استعادة …"

    def tafaul_with_pronoun(self, i: int) -> bool:
        """Token i is a verbal noun تفعّل or تفاعل with its pronoun, which the tokenizer kept whole: "أعلنت الإدارة |
        تعاقدها مع …"، "تعهده"."""
        t = self.toks[i]
        key = t.key
        bare = key[:-2] if key.endswith(("ها", "هم")) else key[:-1] if key.endswith("ه") else None
        return bare is not None and bool(_TAFAUL.fullmatch(bare) or _TAFAAUL.fullmatch(bare)) and not t.definite \
            and t.prefix_end == t.start

    def pronoun_noun(self, i: int) -> bool:
        """Token i is a known noun in ة with a pronoun the tokenizer left on it: "سيطرتها"، "مشاركته" (سيطرة)."""
        stem = _ta_stem(self.tkeys[i])
        return stem is not None and self.tpre[i] == self.tstarts[i] and \
            corpus_frequency(stem + "ة") + corpus_frequency(stem + "ه") > 0

    def known_verbal_noun(self, i: int) -> bool:
        """Token i is a listed object noun (`listed_object`) or a word of a derived verbal-noun pattern that the
        vocabulary knows ("تفكير"، "استعداد"، "إيقاف"; not a foreign name of that shape: "تابيا")."""
        w = self.nw(i)
        return self.listed_object(i) or _derived_masdar_shape(w) \
            and corpus_frequency(self.text[self.tstarts[i]:self.tends[i]]) > 0

    def listed_object(self, i: int) -> bool:
        """Token i is a listed verbal noun that states what was affirmed (`_MASDAR_OBJECTS`), or one of the
        frequent ones (`_NEAR_MASDAR_OBJECTS`) right after a cue and its named subject (or within three words)."""
        key = self.tkeys[i]
        if key in _MASDAR_OBJECTS:
            return True
        if key not in _NEAR_MASDAR_OBJECTS:
            return False
        cue = next((x for x in range(i - 1, max(-1, i - 16), -1) if x in self.cue_words_at), None)
        return cue is not None and (i - cue <= 3 or all(x in self.covered for x in range(cue + 1, i)))

    def verbal_noun_object(self, i: int) -> bool:
        """MASDAR_OBJECT: token i is a verbal noun that states what was declared or affirmed — one with a pronoun
        ("أعلنت المجر انسحابها من …"، "مؤكدا إدانته …"، "مبديا تعاطفه") or one that heads a construct ("وأكد إدانة
        معاداة السامية"، "صرح استعداد المجر لـ…"); not a person, a group or a thing named by a mention."""
        if i in self.covered or self.ment_at.get(i) is not None:
            return False
        t = self.toks[i]
        key = t.key
        if self.listed_object(i):
            return True
        if self.tafaul_with_pronoun(i):
            return True
        stem = _ta_stem(key)  # the same with a pronoun the tokenizer kept: "إدانته"، "رفضها"
        if stem is not None and (stem + "ه" in _MASDAR_OBJECTS or self.pronoun_noun(i)):
            return True  # (or any known noun in ة: "أعلنت الفصائل سيطرتها على …")
        if _IFTIAL_OF_L.fullmatch(self.nw(i)) and corpus_frequency(key[:4]) == 0 and i + 1 < len(self.tkinds) and (
                t.suffix_start < t.end or self.tkinds[i + 1] == "word" and not self.is_comp(i + 1)):
            return True  # the verbal noun of a root in ل, not the article: "التزام بلاده"، "التزامه" (تزام is no word)
        if t.definite or t.prefix_end > t.start or len(key) < 4 or key in self.lex.context or \
                self.lex.source_heads.get(key) or key in self.lex.titles or key in _org_heads():
            return False
        stem_ok = key[:1] in "اتم" and len(key) >= 5 or key.endswith("ه") and len(key) >= 5 or \
            _TAFAUL.fullmatch(key) is not None
        if t.suffix_start < t.end:  # (a noun in ة before its pronoun: "سيطرتها" = سيطرة + ها)
            return stem_ok or len(key) >= 4 and key[:1] in "اتم" or key.endswith("ت") and len(key) >= 4 and \
                corpus_frequency(key[:-1] + "ة") > 0
        # a construct without a pronoun needs a noun after it
        nxt = i + 1
        return stem_ok and key[:1] in "ات" and nxt < len(self.tkinds) and self.tkinds[nxt] == "word" and \
            not self.is_comp(nxt)

    def first_person(self, a: int, b: int) -> bool:
        for i in range(a, min(b, len(self.toks))):
            if self.tkinds[i] != "word":
                continue
            if "first" in self.ctx(i) or self.we_verb(i):
                return True
        return False

    def we_verb(self, i: int) -> bool:
        """FIRST_PERSON_VERB: token i is a verb in the first person plural ("نطالب"، "ننتظر"): it starts with ن and its
        third-person forms with ي/ت are the far more common words (not "نطاق"، "نظام"); or any first person in the
        future ("سأغادر"، "سنعمل")."""
        raw = self.text[self.tstarts[i]:self.tends[i]]
        if len(raw) < 4 or self.tkinds[i] != "word":
            return False
        if raw[:2] == "سأ" and len(raw) >= 5 and raw[2] != "ل":
            return True  # the future, singular: "سأغادر الكويت" (not "سألته", asked)
        if raw[:2] == "سن" and len(raw) >= 5:
            # "سنعمل" (its forms with سي/ست are the more common words; not "سنوات")
            third = corpus_frequency("سي" + raw[2:]) + corpus_frequency("ست" + raw[2:])
            return third >= 1 and third > corpus_frequency(raw)
        if raw[0] != "ن":
            return False
        third = corpus_frequency("ي" + raw[1:]) + corpus_frequency("ت" + raw[1:])
        return third >= 2 and third > 2 * corpus_frequency(raw)

    def we_in(self, a: int, b: int) -> bool:
        """Tokens a..b speak in the first person plural: a verb ("سنتابع"، "نطالب") or a pronoun ending ("سيرشقنا")."""
        return self.first_person(a, b) or any(
            self.tkinds[i] == "word" and self.tends[i] - self.tstarts[i] >= 5
            and self.text[self.tstarts[i]:self.tends[i]].endswith(_FIRST_PERSON_ENDS)
            for i in range(a, min(b, len(self.toks))))

    def first_person_text(self, s: str) -> bool:
        words = normalize_word(s).split()[:4]
        return any("first" in self.lex.context.get(w, ()) for w in words)

    def media_via(self, a: int, b: int, shows: bool = False) -> tuple[EntityRef, ...]:
        """The outlet spoken to between the speaker (token a) and the object (b): "قال … لرويترز"، "في تصريح لوكالة
        الأنباء السعودية". After a verb that only shows something (``shows``: "أبدى"، "أرجع") a noun with its pronoun
        opens the object: "أبدى العليان | سعادته بالتجديد للتعاون" (the club is no outlet)."""
        out = []
        for i in range(a, b):
            t = self.toks[i]
            if shows and t.kind == "word" and t.suffix_start < t.end and i not in self.ment_at:
                break
            m = self.ment_at.get(i)
            if m is not None and m.entity is not None and self.ment_type.get(m.entity) == "ORG" and \
                    self.text[t.start] == "ل" and m.start > t.start:
                out.append(EntityRef(m.entity, m.start, m.end, m.text))  # "قال … لرويترز"
                break
            if t.kind == "word" and self.text[t.start] == "ل" and t.prefix_end > t.start and \
                    self.lex.source_heads.get(t.key) == "media":
                for j in range(i, min(b, i + 6)):
                    m = self.ment_at.get(j)
                    if m is not None and m.entity is not None:
                        out.append(EntityRef(m.entity, m.start, m.end, m.text))
                        break
                else:
                    e = self.np_end(i, b)
                    s = t.name_start if t.definite else t.prefix_end
                    out.append(EntityRef(None, s, self.tends[e - 1], self.text[s:self.tends[e - 1]]))
                break
        return tuple(out)

    def speaker(self, k: int, form: Form, a: int, b: int) -> tuple[_Party | None, bool, tuple[EntityRef, ...]]:
        """Who speaks at cue ``k``: (party, implicit, via)."""
        ftype = form.ftype
        sent = self.sent_of(self.tstarts[k])
        wk = self.nw(k)
        if k > 1 and self.nw(k - 1) in ("الذي", "التي", "الذين", "اللذين", "اللتين") and ftype in ("past", "present") \
                and self.without_object(wk[1:] if wk[:1] in "وف" and wk not in self.lex.forms else wk, form) is None:
            # (with an object pronoun the noun before is the object: "الدول الغربية التي اتهمها بـ…")
            # a relative clause: "ممثل صندوق النقد الدولي الذي قال إنه …" — the noun before speaks, unless the verb
            # names its own subject: "وفاة الملا عمر التي قالت المخابرات الأفغانية إنها …" (RELATIVE_WITH_SUBJECT)
            own = self.subject_after(a, b)[0] if a < b and not wk.endswith(_PLURAL_VERB_ENDINGS) else None
            # (a verb in the plural carries its subject: "الذين انتقدوا | المستوى" is its object)
            if own is not None and own.entity is None and (
                    not self.nw(a).startswith("ال") or self.nw(a) in _NEWS_OBJECTS) \
                    and not self.lex.source_heads.get(self.tkeys[a]):
                own = None  # (a named or definite subject or a source noun only, no adverb: "روحاني الذي يقول
                # بانتظام إن …"; "سان جيرمان الذي ذكرت | تقارير أنه …")
            rel = self.before_relative(k - 1) if own is None else own
            if rel is not None:
                return rel, False, ()
        if ftype == "participle":
            p = self.sentence_party.get(sent)
            if p is not None:
                p = self.agreeing_in_sentence(p, k, sent)
            if p is None:
                p = self.sentence_subject(k)
            if p is None:
                p = self.agreeing_last(k)
            return p, True, ()
        if ftype == "masdar" and k in self.bare_masdars and a < b:
            p, _end = self.subject_after(a, b)  # MASDAR_WITH_GENITIVE: "إعلان اتحاد الكرة بأن …"
            return p, False, ()
        if ftype == "masdar":
            # "خرج علينا علي أكبر ولايتي بتصريح مفاده": the name right before; "تشديده على": the clause's subject
            for j in range(k - 1, max(k - 4, self.sent_tok_start(k) - 1), -1):
                if self.is_end(j) or self.ch(j) in ("،", ","):
                    break
                if j in self.covered:
                    back = j
                    while back > 0 and back - 1 in self.covered and back not in self.ment_at:
                        back -= 1
                    p = self.party_from_mention(back)
                    if p is not None and self.ment_type.get(p.entity) in ("PER", "ORG"):
                        return p, True, ()
                if self.tkinds[j] == "word" and self.lex.source_heads.get(self.tkeys[j]) == "group" \
                        and j not in self.covered and not self.nw(j).startswith("ال") and j > 0 \
                        and self.nw(j - 1) not in _PREPOSITIONS and self.nw(j - 1) not in _LEADING_QUANTIFIERS:
                    d = self.described(j, k)  # a described speaker right before: "بين ذلك ناخب بوروندي | بقوله"
                    if d is not None:
                        return d, True, ()
            p = self.sentence_party.get(sent) or self.sentence_subject(k) or self.agreeing_last(k)
            return p, True, ()
        p = self.subject_before(k)
        if p is not None:
            return p, False, ()
        if a < len(self.tkinds) and self.nw(a) in ("فيه", "فيها"):
            p = self.issuer_of_statement(k)
            if p is not None:
                return p, True, ()
        wk = self.nw(k)
        if (ftype == "past" and wk.endswith(("وا", "تا"))) or (ftype == "present" and wk.endswith(("ون", "ان"))) or (
                ftype == "past" and wk.endswith("ون") and wk[:1] in "يت"):
            a = b  # "اتهموا القوات …": the verb carries its subject (a verb before its subject stays singular)
        s0 = self.sent_tok_start(k)
        if a >= b and any("asked" in self.ctx(j) for j in range(max(s0, k - 25), k)):
            return self.last, True, ()  # "وعندما سئل … قال إنهما": the one asked answers
        if a < b:
            p, _end = self.subject_after(a, b)
            if p is not None and form.lemma in _INFORM and p.start is not None and \
                    self.lex.source_heads.get(self.tkeys[a]) == "media":
                # OUTLET_INFORMED: "قال إنه شاهد ما جرى وأبلغ | وكالة رويترز للأنباء أن …" — the outlet is the one
                # told (a via); the one who speaks is the sentence's subject, or the last speaker
                told = (EntityRef(p.entity, p.start, p.end, p.text),)
                return (self.sentence_party.get(sent) or self.sentence_subject(k) or self.agreeing_last(k)), True, told
            if p is not None and p.entity is None and (form.lemma == "وصف" or form.cls == "directive" or (
                    "obj" in form.preps and self.listed_object(a))) and not self.has_object_pronoun(k, form):
                # (with an object pronoun the noun after is the subject: "ليصفه مغردون بأنه …")
                t = self.toks[a]
                if not (self.lex.source_heads.get(t.key) or self.nw(a) in self.lex.titles or
                        (t.key in _org_heads() and form.cls == "directive")):
                    # "ووصف الهجوم بـ…"، "نفى وجود …": the object, the subject is implicit — but an organisation
                    # before a call is its subject: "ودعت الجمعية إلى …" (DIRECTIVE_BY_ORGANISATION)
                    p = None
                elif form.cls == "directive" and self.nw(a).endswith("ين") and self.nw(a) not in self.lex.titles:
                    p = None  # "ودعا المواطنين إلى …": an accusative plural after a call is the one called on
            if p is not None and p.entity is None and p.text and form.lemma == "اتهم" and p.start is not None:
                p = self.accuser(p, a, k)
            if p is not None and p.entity is None and p.text and form.lemma in _CONTINUING and \
                    normalize_word(p.text).split()[0] in self.lex.titles:
                last = self.agreeing_last(k)
                if (last is None or last.entity is None) and self.last_source:
                    last = self.last_source[0]  # "وفق ما قال عبدالله عيسى" named a source, not a speaker
                if last is not None and last.entity is not None and self.ment_type.get(last.entity) == "PER":
                    # CONTINUING_ROLE: "وفق ما قال عبدالله عيسى. وأضاف الناشط …": the one who just spoke
                    p = _Party(last.entity, p.start, p.end, p.text)
            if p is not None:
                return p, False, ()
        p = self.sentence_party.get(sent)
        s0 = self.sent_tok_start(k)
        if p is None and k > s0 + 1 and (self.ch(k - 1) not in ("،", ",") or (
                self.nw(k)[:1] == "و" and self.nw(k)[1:] in self.lex.forms and self.verb_gender(k) is not None)) \
                and not any("asked" in self.ctx(j) for j in range(s0, k)):
            # "واستهل الحمزي الاجتماع بكلمة أكد فيها"؛ after a comma, a verb joined by "و" shares the subject of the
            # clause before (SUBJECT_OF_JOINED_VERB): "بدأت إيران في بناء مفاعلات، وادعت أنها …"
            p = self.met_person(s0, k) or self.sentence_subject(k)
        if p is None and k == s0 and form.lemma in _CONTINUING:
            p = self.turn_taker(s0, sent)
        if p is None and k == s0 and form.lemma not in _CONTINUING and k + 1 < len(self.tkinds) and (
                self.is_comp(k + 1) or self.ch(k + 1) in (":",) or self.ch(k + 1) in _QUOTE_CHARS):
            p = self.previous_sentence_subject(s0, sent)
        if p is None and wk.endswith(_PLURAL_VERB_ENDINGS) and ftype in ("past", "present"):
            p = self.previous_plural_subject(s0, sent)
        return (p or self.agreeing_last(k)), True, ()

    def accuser(self, p: _Party, a: int, k: int) -> _Party | None:
        """ACCUSED_OBJECT: "اتهم X بـ…" — a described subject of two definite nouns is the accuser and the accused
        ("واتهمت المعارضة | الحكومة بعرقلة …": the first); one definite noun right before "بـ" after a clause of
        the same sentence is the accused, the accuser implicit ("…، ثم اتهم | المعارضة بعرقلتها")."""
        words = normalize_word(p.text).split()
        end = self.tok_from(p.end)
        if not words or not all(w.startswith("ال") for w in words) or end >= len(self.tkinds) or \
                self.nw(end)[:1] != "ب":
            return p
        second = a + 1
        if len(words) == 2 and second < end and (
                second in self.ment_at or _body_noun(self.tkeys[second]) or self.tkeys[second] in _GOVERNMENT_WORDS or
                self.lex.source_heads.get(self.tkeys[second]) or self.nw(second) in self.lex.titles):
            e0 = self.tends[a]  # (not a noun and its adjective: "الفصائل المشاركة بمؤتمر …" are the accused)
            return _Party(None, p.start, e0, self.text[p.start:e0])
        if len(words) == 1 and k > self.sent_tok_start(k) + 1 and \
                self.sentence_party.get(self.sent_of(self.tstarts[k])):
            return None
        return p

    def turn_taker(self, s0: int, sent: int) -> _Party | None:
        """TURN_TAKER: "وبدوره قام المقدم الخييلي بإطلاع الزياني على الخطط … . وتابع: «…»" — the sentence before opened
        with a turn marker (بدوره، من جانبه، من جهته) and reported no speech: "وأضاف / وتابع" continues the one it
        introduced, not the speaker before him."""
        if s0 == 0 or sent == 0 or self.sentence_party.get(sent - 1) is not None:
            return None
        prev = self.sent_tok_start(s0 - 1)
        if prev + 2 >= s0 or self.tkinds[prev] != "word":
            return None
        w = self.nw(prev)
        if not (w in _TURN_MARKERS or w in ("من", "ومن") and self.nw(prev + 1) in _TURN_MARKERS):
            return None
        p = self.sentence_subject(s0 - 1)
        if p is None or p.entity is None or self.ment_type.get(p.entity) not in ("PER", "ORG"):
            return None
        return p

    def previous_sentence_subject(self, s0: int, sent: int) -> _Party | None:
        """PREVIOUS_SENTENCE_SUBJECT: "رفع رئيس الاتحاد الأمير X التهنئة … . وأكد أن …" — a verb with no subject
        that opens a sentence (not "وأضاف", which continues a speaker) has the subject of the sentence before, when
        that sentence opened with its verb and its subject and reported no speech."""
        if s0 == 0 or sent == 0 or self.sentence_party.get(sent - 1) is not None:
            return None
        prev = self.sent_tok_start(s0 - 1)
        if prev + 1 >= s0 or self.tkinds[prev] != "word" or prev in self.ment_at or \
                self.ch(s0 - 1) not in _END or self.nw(prev) in _BACKGROUND_OPENERS:
            return None  # (background in the pluperfect interrupts no speaker: "وكانت الهيئة قد سيطرت …")
        p = self.sentence_subject(min(s0 - 1, prev + 4))
        if p is None or p.entity is None or self.ment_type.get(p.entity) not in ("PER", "ORG"):
            return None
        return p

    def previous_plural_subject(self, s0: int, sent: int) -> _Party | None:
        """PLURAL_SUBJECT_BEFORE: a verb in the plural with no subject ("إذ أجمعوا على أن") has the group that is the
        subject of the sentence before, right after its opening verb: "واصل المواطنون والمقيمون إشادتهم …"."""
        if s0 == 0 or sent == 0:
            return None
        prev = self.sent_tok_start(s0 - 1)
        j = prev + 1
        if j >= s0 - 1 or self.tkinds[prev] != "word" or prev in self.ment_at or j in self.ment_at or \
                self.tkinds[j] != "word" or not self.nw(j).startswith("ال") or not self.nw(j).endswith(("ون", "ين")) \
                or "time" in self.ctx(j):
            return None  # (not a day: "وامس | الاثنين نقلت …")
        return self.described(j, s0 - 1)

    def before_relative(self, r: int) -> _Party | None:
        """The noun phrase a relative pronoun at token ``r`` refers to (after a comma too: "ضربة للمجلس العسكري الحاكم
        في تايلاند، الذي قال إن …", where a place after "في" is the body's, not the one referred to)."""
        e = r - 1
        comma = False
        if e >= 1 and self.ch(e) in ("،", ",") and e - 1 in self.covered:
            j = e - 1
            while j > 0 and j not in self.ment_at and j - 1 in self.covered:
                j -= 1
            p = self.party_from_mention(j)
            if p is not None and self.ment_type.get(p.entity) == "LOC" and j >= 2 and self.nw(j - 1) == "في":
                r, e, comma = e, j - 2, True  # the body before "في" and its place, then a comma
        if e >= 1 and self.tkinds[e] == "punct":
            return self.quoted_before(e)
        if e < 0 or self.tkinds[e] != "word":
            return None
        if e >= 1 and e not in self.covered and e - 1 in self.covered and self.nw(e).startswith("ال") and \
                self.nw(e).endswith(("ي", "يه")):
            e -= 1  # the body's nisba before the pronoun: "صحيفة واشنطن تايمز | الأميركية التي …"
        if e in self.covered:
            j = e
            while j > 0 and j not in self.ment_at and j - 1 in self.covered:
                j -= 1
            p = self.party_from_mention(j)
            if p is not None and self.ment_type.get(p.entity) == "ORG" and self.nw(r) in ("الذين", "اللذين") \
                    and j >= 2 and self.nw(j - 1) == "في":
                # PEOPLE_IN_BODY: "بعض المتشددين في | مجلس الشورى الذين قالوا" — "who" (plural, people) is the
                # group before the body they sit in
                for h in range(j - 2, max(j - 8, -1), -1):
                    if self.tkinds[h] != "word":
                        break
                    if self.lex.source_heads.get(self.tkeys[h]) in ("group", "quantifier") or \
                            self.nw(h).startswith("ال") and self.nw(h).endswith(("ين", "ون")):
                        if h > 0 and self.lex.source_heads.get(self.tkeys[h - 1]) == "quantifier":
                            h -= 1  # ("بعض | المتشددين")
                        d = self.described(h, j - 1)
                        if d is not None:
                            return d
            if p is not None and self.ment_type.get(p.entity) in ("PER", "ORG"):
                # a role before the name: "ممثل صندوق النقد الدولي" names the representative, not the fund
                h = j - 1
                if h >= 0 and self.tkinds[h] == "word" and (self.nw(h) in self.lex.titles or
                                                            self.tkeys[h] in self.lex.titles):
                    d = self.described(h, r)
                    if d is not None:
                        return d
                return p
        for h in range(e, max(e - 6, -1), -1):
            if self.tkinds[h] != "word":
                return None
            w = self.nw(h)
            if w in _RULING and h > 0 and self.nw(h - 1).startswith("ال"):
                continue  # "ruling", the adjective of the body before: "للمجلس العسكري | الحاكم في تايلاند، الذي"
            if w in self.lex.titles or self.tkeys[h] in self.lex.titles or self.lex.source_heads.get(
                    self.tkeys[h]) == "group" or self.lex.source_heads.get(w) == "group" or \
                    comma and self.tkeys[h] in _org_heads() and self.tname[h] < self.tpre[h]:
                while h > 0 and self.tkinds[h - 1] == "word" and (self.nw(h - 1) in self.lex.titles
                                                                  or self.tkeys[h - 1] in self.lex.titles):
                    h -= 1  # a chained post: "نائب | رئيس فيفا السابق الذي"
                if h >= 2 and self.ch(h - 1) in ("،", ",") and h - 2 in self.covered:
                    j = h - 2
                    while j > 0 and j not in self.ment_at and j - 1 in self.covered:
                        j -= 1
                    p = self.party_from_mention(j)
                    if p is not None and self.ment_type.get(p.entity) == "PER":
                        return p  # APPOSITION_BEFORE_RELATIVE: "تشونغ، نائب رئيس فيفا السابق الذي كشف" — the person
                        # the post describes
                d = self.described(h, r)
                t0 = self.tstarts[h]
                if comma and d is not None and d.start == t0 + 1 and self.text.startswith("لل", t0):
                    d = _Party(d.entity, t0, d.end, self.text[t0:d.end])  # "للمجلس …" (ل + المجلس), as written
                return d
        return None

    def indefinite_adjective(self, x: int) -> bool:
        """Token x is an indefinite adjective: a nisba ("اقتصادي") or one of the adjectives of reports ("حديث")."""
        w = self.nw(x)
        return self.tkinds[x] == "word" and not w.startswith("ال") and self.tpre[x] == self.tstarts[x] and (
            len(w) >= 4 and w.endswith("ي") or w in _REPORT_ADJECTIVES
            or len(w) >= 5 and w.endswith("يه") and x >= 1 and self.nw(x - 1).endswith("ه"))
        # (a feminine one agrees with the word before: "تقارير إخبارية | تركية"، not "قائد | عملية تحرير")

    def this_is_what(self, k: int) -> bool:
        """THIS_IS_WHAT: "«…»، هذا ما | قاله الوزير" — the cue at k after "هذا ما" right after a closing quote mark
        reports the words quoted before it."""
        if k < 3 or self.nw(k - 1) != "ما" or self.nw(k - 2) not in ("هذا", "وهذا", "ذلك", "وذلك"):
            return False
        b = k - 3
        while b >= 0 and self.ch(b) in ("،", ",", "-", "–"):
            b -= 1
        return b >= 0 and self.tkinds[b] == "punct" and self.tstarts[b] in self.close_to_open

    def quoted_before(self, e: int) -> _Party | None:
        """QUOTED_ANTECEDENT: the name in quote marks closing at token e, that a relative pronoun after it refers to:
        "بحسب ما ذكرت "ذي دايلي مايل" | التي رأت أن …" (its entity when one is named there)."""
        close = self.tstarts[e]
        for o in range(e - 1, max(e - 7, -1), -1):
            if self.tkinds[o] == "punct" and self.pairs.get(self.tstarts[o]) == close:
                if o + 1 >= e:
                    return None
                if o + 1 in self.ment_at:
                    p = self.party_from_mention(o + 1)
                    if p is not None and self.ment_type.get(p.entity) in ("PER", "ORG"):
                        return p
                if o == 0 or not (self.nw(o - 1) in self.lex.forms
                                  or self.lex.source_heads.get(self.tkeys[o - 1]) == "media"):
                    return None  # (a name no entity holds only after a speech verb or an outlet's noun)
                s0, e0 = self.trim(self.tstarts[o] + 1, close)
                return _Party(None, s0, e0, self.text[s0:e0])
        return None

    def issuer_of_statement(self, k: int) -> _Party | None:
        """STATEMENT_ISSUER: "أصدر مكتب العبادي بيانا فيما بعد قال فيه إن …" — the one who issued or published the
        document just before "قال فيه" (its owner after it: "مقالا للكاتب X"), else nobody."""
        s0 = self.sent_tok_start(k)
        for d in range(k - 1, max(s0, k - 14) - 1, -1):
            if self.tkinds[d] != "word" or "document" not in (self.lex.source_heads.get(self.tkeys[d]),
                                                              self.lex.source_heads.get(self.nw(d).removesuffix("ا"))) \
                    and self.nw(d) not in _TWEETS:
                continue  # (the object in the accusative: "بيانا"، "تقريرا"; a tweet too: "وكتب ترامب تغريدة، …، قال
                # فيها إن" — only here, a tweet names no source of its own: "تغريدة على موقع تويتر")
            tweet = self.nw(d) in _TWEETS
            found = None if tweet else self.document_entity(d, d + 1, k, _DOCUMENT_STOPS)
            if found is not None:
                return found[1]
            for v in range(d - 1, max(s0, d - 8) - 1, -1):
                wv = self.nw(v)
                if self.tkinds[v] == "word" and (wv[1:] if wv[:1] in "وف" else wv).removesuffix("ت") in _ISSUING:
                    return self.subject_after(v + 1, d)[0] if v + 1 < d else None
            return None
        return None

    def met_person(self, s0: int, k: int) -> _Party | None:
        """MET_PERSON_SPEAKS: "والتقت «عكاظ» الدكتور محمد الحداد في مكتبه، وقال إن …" — after a verb of meeting, the
        person met is the one who speaks next in the sentence, not the outlet or the official who met him."""
        for j in range(s0, k):
            w = self.nw(j)
            if self.tkinds[j] == "word" and (w in _MEETING or w[:1] in "وف" and w[1:] in _MEETING):
                for x in range(j + 1, min(k, j + 12)):
                    m = self.ment_at.get(x)
                    if m is not None and m.entity is not None and self.ment_type.get(m.entity) == "PER":
                        return self.party_from_mention(x)
                return None
        return None

    def _actor_between(self, a: int, b: int) -> bool:
        """A person named, or a post, in tokens[a:b] that no preposition governs: a new subject may have taken over
        ("ثم تجول سموه … ثم ألقى مدير إدارة المهرجان … كلمة …، لافتاً")."""
        for x in range(a, b):
            if self.tkinds[x] != "word":
                continue
            person = x in self.ment_at and self.ment_type.get(self.ment_at[x].entity or "") == "PER"
            if (person or self.nw(x) in self.lex.titles) and not self.governed(x):
                return True
        return False

    def group_after(self, j: int, k: int) -> bool:
        """A group head ("مواطنون"، "عدد من …") stands between token j and the cue at k, in no prepositional phrase."""
        return any(self.tkinds[x] == "word" and self.lex.source_heads.get(self.tkeys[x]) in ("group", "quantifier")
                   and self.nw(x - 1) not in _PREPOSITIONS and (self.tkeys[x] != "عدد" or self.nw(x + 1) == "من")
                   for x in range(j + 1, k))

    def sentence_subject(self, k: int) -> _Party | None:
        """The subject of the sentence's main verb, for a participle or masdar cue without its own subject.
        A masculine cue ("مشيرا") skips a body named by a feminine head ("حيث تستضيفها جامعة الطائف")."""
        s0 = self.sent_tok_start(k)
        gender = self.verb_gender(k)
        masculine = gender == "m"
        document = None  # a study or report the verb agrees with
        form = self.lex.forms.get(self.nw(k)[1:] if self.nw(k)[:1] in "وف" else self.nw(k))
        plural = form is not None and form.ftype == "participle" and self.nw(k).endswith(("ين", "ون"))
        for j in range(s0, min(k, s0 + 14)):
            t = self.toks[j]
            if j == s0 + 1 and t.kind == "word" and t.definite and j not in self.ment_at and \
                    self.nw(j) in self.lex.generic and self.tkinds[s0] == "word" and s0 not in self.ment_at and \
                    (gender is None or (gender == "f") == self.nw(j).endswith("ه")) and \
                    (not self.nw(j).endswith("ه") or self.nw(s0).endswith("ت")) and \
                    self.nw(s0)[:1] in "وف" and self.nw(s0)[1:] not in _DEMONSTRATIVES and \
                    (j + 1 >= k or self.tkinds[j + 1] != "word" or not self.nw(j + 1).startswith("ال")):
                back = self.resolve_generic(j, j + 1)
                if back is not None and back.entity is not None and self.ment_type.get(back.entity) == "ORG":
                    # GENERIC_SUBJECT_OF_PARTICIPLE: "وحصرت | الهيئة | الاستيراد بمطار الملك …، مشيرة إلى أنها":
                    # the body named before, at the word that designates it (not a post in an adjunct after it)
                    return _Party(back.entity, t.start, t.end, self.text[t.start:t.end])
            if t.kind == "word" and j > s0 and (self.nw(j) in self.lex.titles or self.nw(j) in (
                    "معالي", "سمو") or ("ال" + t.key) in self.lex.titles) and j not in self.ment_at \
                    and self.nw(j - 1) not in _PREPOSITIONS and not (  # (not one spoken with: "حديثه مع | سمو
                        j >= 2 and self.nw(j - 1) in _HONORIFIC_TITLES and self.nw(j - 2) in _PREPOSITIONS) \
                    and not (plural and self.group_after(j, k)):  # الأمير"; PLURAL_PARTICIPLE, below)
                p, _e = self.subject_after(j, min(k, j + 8))
                if p is not None:
                    return p
            if s0 < j <= s0 + 2 and _HONORIFIC_PRONOUNS.get(self.nw(j)) and self.tkinds[j - 1] == "word" \
                    and self.nw(j - 1) not in _PREPOSITIONS and not self._actor_between(j + 1, k):
                p, _e = self.subject_after(j, j + 1)  # "وعبر سموه عن تعازيه، سائلا الله أن …": the one he is
                if p is not None:  # (HONORIFIC_PRONOUN, as the main verb's subject; not "لسموه", not "سعادته")
                    return p
            m = self.ment_at.get(j)
            if m is not None and m.entity is not None and self.ment_type.get(m.entity) in ("PER", "ORG"):
                if masculine and self.ment_type.get(m.entity) == "ORG" and self.nw(j).endswith("ه") \
                        and self.nw(j) not in self.lex.forms:
                    continue  # (GENDER_OF_PARTICIPLE)
                if plural and self.ment_type.get(m.entity) == "PER" and self.group_after(j, k):
                    continue  # PLURAL_PARTICIPLE: "وحضر الحفل الوزير خالد العلي، كما حضر عدد من المواطنين مبدين
                    # سعادتهم": a plural participle is the group's named after the one person, not his
                return self.party_from_mention(j)
            if m is not None and m.entity is not None and self.ment_type.get(m.entity) == "LOC" and j > s0 and \
                    self.verb_gender(k) == "f" and self.tkinds[j - 1] == "word" and len(self.nw(j - 1)) >= 4 and \
                    self.nw(j - 1).endswith("ت") and j - 1 not in self.ment_at and m.start == self.tstarts[j]:
                # COUNTRY_SUBJECT_OF_FEMININE_VERB: "وواصلت فرنسا …، مطالبة"، "… بدأت إيران في بناء …، وادعت أن"
                return self.party_from_mention(j)
            t = self.toks[j]
            kind = self.lex.source_heads.get(t.key) if t.kind == "word" else None
            if kind == "document" and j == s0 + 1 and j + 1 < k:
                # REPORT_OF_BODY: "ورصد تقرير مؤسسة النقد …، مبينا أن": the body whose report it is
                nxt = self.ment_at.get(j + 1)
                if nxt is not None and nxt.entity is not None and self.ment_type.get(nxt.entity) in ("ORG", "PER"):
                    return self.party_from_mention(j + 1)
            if document is None and gender is not None and self.nw(j) in _AUTHORED_DOCUMENTS and \
                    (gender == "f") == self.nw(j).endswith("ه"):
                document = j  # DOCUMENT_SUBJECT, when nothing else is: "ومن أبرز توصيات الدراسة …، كما دعت إلى …"
            if t.key == "عدد" and self.nw(j + 1) not in ("من", "منهم", "منهن"):
                continue  # "عدد أجهزة نقاط البيع" counts things; "عدد من النواب" opens a group
            if t.kind == "word" and (kind in ("group", "quantifier") or
                                     self.lex.source_heads.get(self.nw(j)) == "group"):
                c0 = j
                while c0 > s0 and (self.tkinds[c0 - 1] == "number" or self.nw(c0 - 1) in MULTIPLIERS):
                    c0 -= 1
                if s0 < c0 < j and self.tkinds[c0 - 1] == "word" and (
                        self.nw(c0 - 1) in _PREPOSITIONS or self.nw(c0 - 1)[:1] in "بل" and
                        self.tpre[c0 - 1] > self.tstarts[c0 - 1] or self.nw(c0 - 1).startswith("با")):
                    continue  # COUNTED_OBJECT: "بإبقاء 35 ألف | جندي أميركي": a number of them after a preposition
                    # is no subject ("تظاهر آلاف الأشخاص" is)
                return self.described(j, k)
            if t.kind == "number" and j + 1 < k and self.lex.source_heads.get(self.tkeys[j + 1]):
                return self.described(j, k)
        return self.described(document, document + 1) if document is not None else None

    def relay(self, k: int, span, a: int, limit: int, consumed: set[int]) -> None:
        """"نقلت وكالة أسوشيتد برس عن مسؤولين غربيين قولهم إن …": quote by Y, claim by Y via X."""
        an = None
        j = a
        while j < limit:
            if self.nw(j) == "عن":
                an = j
                break
            o = self.tstarts[j]
            close = self.pairs.get(o, -1) if self.tkinds[j] == "punct" else -1
            if close > o and len(self.text[o + 1:close].split()) <= 4:
                j = self.tok_from(close + 1)  # a name in quote marks: "نقلت خدمة «دي إيه إن» الإخبارية عن …"
                continue
            if self.is_comp(j) or self.ch(j) in (":",) + tuple(_END):
                break
            j += 1
        if an is None:
            return
        relayer, _ = self.subject_after(a, an)
        if relayer is None and a < an:
            relayer = self.described(a, an)
        if relayer is None:
            relayer = self.subject_before(k)
        speaker, send = self.subject_after(an + 1, limit)
        if speaker is None:
            # titles before the name: "عن اللفتنانت جنرال جادي أيزنكوت"
            x = an + 1
            hon = self.lex.honorifics
            while x < min(limit, an + 4) and x not in self.ment_at and (
                    self.nw(x) in hon or self.nw(x) in self.lex.titles or f"{self.nw(x - 1)} {self.nw(x)}" in hon):
                x += 1
            if x > an + 1 and x in self.ment_at:
                speaker, send = self.subject_after(x, limit)
        if speaker is None and an + 1 < limit and self.tkinds[an + 1] == "word":
            # a source no entity names: "نقلت رويترز عن جادي أيزنكوت قائد الجيش أن …"
            speaker, send = self.described(an + 1, limit), self.np_end(an + 1, limit)
        if speaker is None:
            return
        # the masdar and the clause: "قوله (يوم الأربعاء) إن …" / "أن …" / ": «…»"
        j = send
        mcue = None
        while j < limit:
            w = self.nw(j)
            f = self.lex.forms.get(w)
            if f is not None and f.ftype == "masdar":
                mcue = j
                consumed.add(j)
            if self.is_comp(j) or self.ch(j) == ":" or (self.tkinds[j] == "punct" and
                                                        self.pairs.get(self.tstarts[j], -1) >
                                                        self.tstarts[j]):
                break
            if self.ch(j) in _END:
                return
            j += 1
        if j >= limit:
            return
        via = (relayer.ref(),) if relayer is not None else ()
        cue_span = (self.tstarts[mcue], self.tends[mcue]) if mcue is not None else span
        qlemma = "قال" if mcue is not None else "نقل"
        if self.ch(j) == ":":
            j += 1
        cstart = self.tstarts[j] if j < len(self.toks) else len(self.text)
        if self.tkinds[j] == "punct" and self.pairs.get(cstart, -1) > cstart:
            close = self.pairs[cstart]
            self.add_quote("direct", (cstart + 1, close), cue_span, qlemma, speaker, False, 0.9, "RELAYED_SPEECH")
            self.used_pairs.add(cstart)
            self.add_claim((cstart + 1, close), span, "نقل", speaker, via, "asserted", len(self.quotes) - 1, 0.8,
                           "RELAYED_SPEECH")
            self.set_relayed_last(relayer, speaker, k, mcue)
            return
        cs = j + 1 if self.is_comp(j) else j
        if cs >= len(self.tstarts):
            return
        end = self.clause_end(cs)
        s = self.tstarts[cs]
        qi = self.add_quote("mixed" if self._has_marks(s, end) else "indirect", (s, end), cue_span, qlemma,
                            speaker, False, 0.9, "RELAYED_SPEECH")
        self.add_claim((s, end), span, "نقل", speaker, via, "asserted", qi, 0.9, "RELAYED_SPEECH")
        self.set_relayed_last(relayer, speaker, k, mcue)

    def set_relayed_last(self, relayer: _Party | None, speaker: _Party, k: int, mcue: int | None) -> None:
        """RELAYER_AGREEMENT: after "نقلت صحيفة X عن القس Y قوله إن …" each keeps its own verb's gender, Y that of
        "قوله" (m) and, for the rest of the sentence, X that of "نقلت" (f): "…، مشيرة إلى أن" is the paper's."""
        if relayer is not None:
            self.sentence_relayer[self.sent_of(self.tstarts[k])] = (relayer, self.verb_gender(k))
        self.set_last(speaker, k)
        if mcue is not None and self.recent and self.recent[-1][0] is speaker:
            self.recent[-1] = (speaker, self.verb_gender(mcue))  # (the masdar's gender, not the relaying verb's;
            # with none, the two are not told apart: "نقلت الوكالة عن المديرة أن …، وأضافت")

    # ------------------------------------------------------------------ quoted stretches with no cue
    def leftover_pairs(self) -> None:
        embeds = [(e.post.start, e.post.end, e) for e in self.a.embeds if e.post is not None]
        last_q_para = {}
        for i, q in enumerate(self.quotes):
            last_q_para[self.para_of(q.content[0])] = i
        for o, c in self.top_pairs:
            if o in self.used_pairs:
                continue
            inner = self.text[o + 1:c]
            nwords = len(inner.split())
            for s, e, emb in embeds:
                if s <= o < e and nwords >= 3 and emb.author is not None:
                    k = self.tok_at(emb.author.start)
                    p = self.party_from_mention(k) if k is not None else None
                    if p is None:
                        p = _Party(None, emb.author.start, emb.author.end, emb.author.text)
                    self.add_quote("direct", (o + 1, c), None, None, p, False, 0.6, "EMBEDDED_POST")
                    break
            else:
                if nwords < 5:
                    continue
                pi = self.para_of(o)
                para = self.paras[pi] if self.paras else None
                # a quoted paragraph (or the rest of one) continuing the previous paragraph's quote
                starts_para = para is not None and not self.text[para.start:o].strip(" \t-–—")
                prev_qi = last_q_para.get(pi - 1)
                if starts_para and prev_qi is not None and self.quotes[prev_qi].kind == "direct":
                    q = self.quotes[prev_qi]
                    sp = q.speaker
                    party = _Party(sp.entity, sp.start, sp.end, sp.text) if sp is not None else None
                    self.add_quote("direct", (o + 1, c), None, None, party, True, 0.6, "CONTINUED_QUOTE")
                    last_q_para[pi] = len(self.quotes) - 1


_LETTER = re.compile(r"[^\W\d_ـ]")


_BARE_MASDARS: dict[int, tuple[Any, dict[str, Form]]] = {}


_ADJECTIVE_WORDS = frozenset(normalize_word(w) for w in (
    "العام", "العامة", "الأعلى", "الأول", "الأولى", "الأسبق", "السابق", "السابقة", "الجديد", "الجديدة", "الحالي",
    "المساعد", "الكبير", "الكبيرة", "الشهير", "الشهيرة", "البارز", "البارزة", "المعروف", "المعروفة", "الراحل",
    "الخاص", "الخاصة", "الدائم", "المنتدب", "المكلف", "المؤسس", "الفخري", "القدير", "المخضرم", "الأكبر", "الأصغر"))


# what one offers or conveys, the object after a subject: "رفع … التهاني"، "قدم … التعازي"، "نقل … التحية"
_OFFERED = frozenset({"التهاني", "التعازي", "التحيه", "التحيات", "التبريكات", "الشكر", "العزاء", "المواساه",
                      "التهنيه"})


def _adjective_like(w: str) -> bool:
    """A definite word that may be an adjective: a nisba (الرسمي، الإعلامية), a participle or agent noun
    (المختص، المتحدث), a plural in ين/ون, or a common adjective of titles (العام، السابق، الشهير)."""
    return w.endswith(("ي", "يه", "ين", "ون", "ات")) or w.startswith(("الم", "الا", "الت")) or w in _ADJECTIVE_WORDS


def _bare_masdars(lex: Any) -> dict[str, Form]:
    """The say-class verbal nouns of the lexicon without a pronoun (إعلان from إعلانه), where the bare form is no
    cue of its own (kept per lexicon)."""
    kept = _BARE_MASDARS.get(id(lex))
    if kept is not None and kept[0] is lex:
        return kept[1]
    out: dict[str, Form] = {}
    _BARE_MASDARS[id(lex)] = (lex, out)
    for w, f in lex.forms.items():
        if f.ftype == "masdar" and f.cls == "say" and w.endswith("ه") and len(w) >= 4:
            base = w[:-1]
            if base not in lex.forms:
                out.setdefault(base, f)
    return out


def _named(party: Any) -> bool:
    """A party that names someone: an entity, or words with at least two letters (not "لـ", not "15")."""
    if party is None:
        return False
    return party.entity is not None or party.text is None or len(_LETTER.findall(party.text)) >= 2


MIN_QUOTED_SENTENCE = 4  # words in marks after a reported clause that make a quote of their own

# a document's issuing verb with its object pronoun: "بيان أصدرته الشركة"، "تقرير نشرته الوزارة"، "دراسة أجرتها
# جامعة …"، "القصة التي ترويها صحيفة «مكة»"
_ISSUED_IT = frozenset(normalize_word(w) for w in ("أصدرته", "أصدره", "أصدرها", "نشرته", "نشره", "نشرها", "وزعته",
                                                  "وزعه", "أعدته", "أعده", "أعدها", "أجرته", "أجراه", "أجرتها",
                                                  "أجراها", "أوردته", "أورده", "أوردتها", "أوردها", "ترويها",
                                                  "يرويها", "روتها", "رواها", "تصدرها", "يصدرها", "تصدره",
                                                  "يصدره", "تنشرها", "ينشرها", "تنشره", "ينشره", "تعدها", "يعدها",
                                                  "تعده", "يعده"))


# "one of" after a name, before the people he belongs to: "ثامر النزال | أحد المشرفين على …" (NAME_THEN_ONE_OF)
_ONE_OF = frozenset({"احد", "احدي"})
# the nouns of praise, thanks, congratulations and condolences, and the intensifiers before them ("أحر التعازي")
_PRAISE_NOUNS = ("شكر", "تقدير", "امتنان", "تهنيه", "تهاني", "تعازي", "تعزيه", "ثناء", "اشاده", "اعجاب", "عزاء",
                 "عزاي", "مواسا", "تبريك")
_INTENSIFIERS = frozenset({"احر", "اصدق", "بالغ", "خالص", "اخلص", "جزيل", "وافر", "عظيم", "عميق"})


def _accusative_masdar(w: str) -> bool:
    """Normalised word w is a verbal noun of a derived pattern in the accusative, its tanween unwritten: "انخفاضا"،
    "ارتفاعا"، "تراجعا" (the object after the subject: "توقع محللون | انخفاضا")."""
    return len(w) >= 6 and w.endswith("ا") and not w.startswith("ال") and _derived_masdar_shape(w[:-1]) \
        and corpus_frequency(w[:-1]) > 0


def _derived_masdar_shape(w: str) -> bool:
    """Normalised word w has the shape of a verbal noun of a derived verb: "استعداد"، "تراجع"، "إيقاف"."""
    return bool(_DERIVED_MASDAR_RE.fullmatch(w) or _IFAAL_RE.fullmatch(w))


def _news_outlet(w: str) -> bool:
    """Normalised word w (with its clitics) is a news agency or outlet the gazetteer names in one word: "لرويترز"،
    "لسبوتنيك"."""
    return any(not rest and cat == "gaz" and data[2] in ("agency", "outlet")
               for _o, rest, cat, data in EntityLexicon.default().first.get(w, ()))


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    """Organisation head nouns of the entity lexicon (وزارة، جمعية، هيئة …), normalised, without ال."""
    if "org_heads.tsv" not in available():
        return frozenset()
    return frozenset(normalize_word(r[0]).removeprefix("ال") for r in read_table("org_heads.tsv") if r and r[0])



def _after_contraction(m: Mention) -> Mention:
    """A mention written "للX" (ل + the article, whose alef the preposition swallowed) as the speech rules read it:
    from the article's lam on ("لأمم المتحدة"), so that the preposition stays outside like any other."""
    t = m.text
    if t[:1] != "ل":
        return m
    j = 1
    while j < len(t) and t[j] in DELETED_CHARS:
        j += 1
    if t[j:j + 1] != "ل" or len(t) - j < 3:
        return m
    return Mention(m.start + j, m.end, t[j:], m.kind, m.entity)


# bodies named by a common noun that no head list holds: "واتهمت المعارضة | الحكومة بـ…"
_GOVERNMENT_WORDS = frozenset({"حكومه", "سلطات", "سلطه", "معارضه", "اداره", "نظام"})


def _body_noun(key: str) -> bool:
    """A noun that names a body or a unit of one (وزارة، هيئة، إدارة، قسم …), by its key."""
    return key in _org_heads() or key in _UNIT_NOUNS

# words that open the article's own aside after a reported clause: "…، بعدما تحدث مسعفون عن …" ("…، وذلك بعد …"
# goes on with what was said: annotators keep it in the clause nine times in ten)
_AUTHOR_ASIDES = frozenset({"بعدما", "وبعدما"})


class _SpanIndex:
    """Character ranges kept by start, so that overlap queries look only near a position (not at every quote
    found so far: a long article has thousands)."""

    __slots__ = ("starts", "items", "longest")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[tuple[int, int, int]] = []
        self.longest = 0

    def add(self, start: int, end: int, index: int) -> None:
        at = bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.items.insert(at, (start, end, index))
        self.longest = max(self.longest, end - start)

    def near(self, lo: int, hi: int) -> list[int]:
        """Indices (in order of addition) of the ranges that may overlap [lo, hi)."""
        a = bisect_left(self.starts, lo - self.longest)
        b = bisect_left(self.starts, hi)
        return sorted(i for s, e, i in self.items[a:b] if s < hi and e > lo) if b > a else []


def analyze_speech(article: Any) -> Found:
    """Quotes and claims of an article (the shared analysis; cached for the last article analysed)."""
    cached = _CACHE.get("last")
    if cached is not None and cached[0] is article.text and cached[1] is article.entities and \
            cached[2] is article.tokens:
        return cached[3]
    an = _Analysis(article)
    an.pending_via = {}
    found = an.run()
    _CACHE["last"] = (article.text, article.entities, article.tokens, found)
    return found


_CACHE: dict[str, Any] = {}
