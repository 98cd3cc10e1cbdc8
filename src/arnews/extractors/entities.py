"""Entities: people, organisations and places, found offline with lexicons and patterns, resolved per article.

Mention detection (one left-to-right pass over the tokens, one dict lookup per token):

- gazetteer names (countries, cities, regions, organisations, agencies, outlets, well-known people) in their
  spelling variants, with any attached proclitic left outside the mention (لروسيا → روسيا);
- role descriptions: title + complements + nisba ("الرئيس الروسي", "المتحدث باسم الكرملين", "وزير الخارجية
  الإيراني", "سفير روسيا لدى الصين", "المحلل في معهد آسان"), and the person named right after them or in
  apposition before them;
- honorifics before names (الشيخ، الدكتور، اللواء …), given names followed by name-like words, name particles
  (بن، أبو، آل، عبد);
- organisation and place head nouns with the name after them (وزارة العدل، جامعة فيرفيلد، صحيفة «المدينة»،
  محافظة شبوة), including names in quote marks.

Resolution (:mod:`arnews.extractors.entity_resolution`) merges the mentions into one :class:`~arnews.Entity` per
referent and propagates aliases (surnames, short names of organisations) over the whole article.

>>> from arnews import Article
>>> a = EntityExtractor()(Article.from_text("قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة. وأضاف بوتين أن ..."))
>>> [(e.name, e.type) for e in a.entities]
[('فلاديمير بوتين', 'PER'), ('روسيا', 'LOC')]
>>> [m.text for m in a.entities[0].mentions]
['الرئيس الروسي', 'فلاديمير بوتين', 'بوتين']
"""

from __future__ import annotations

import collections
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from operator import eq, is_not, or_

import attrs

from ..model import Token
from ..registry import register
from ..text.tokens import corpus_frequency, prayer_for
from ..text.segment import share_bar_end
from .base import Extractor
from .entity_lexicon import (ACCUSATIVE_PARTICIPLE, COMPASS, COMPLEMENT_PREPS, COMPOUND_ENDS, DEPARTMENT_HEADS,
                             FUNCTION, GENERAL, ISTIFAAL, LAST_NAME_WORDS, MILITARY_RANKS, MULTIPLIERS, RANK_QUALIFIERS,
                             ROLE_ADJ, STOP_ADJ, PURPOSE_BEFORE_PREPOSITION, VERB_PREPOSITIONS, EntityLexicon,
                             hijri_month, kin_with_pronoun, month_as_month, nw)
from .entity_resolution import Cand, contains_run, resolve, with_article
from .speech_lexicon import CALLED_WORDS

__all__ = ["EntityExtractor", "find_mentions"]

_HAMZA_ALEF = re.compile("[أإآ]")
# acronyms of things, not of bodies: a message, a test, a file, a device ("ارسل رسالة SMS"، "اختبار IELTS")
_THING_ACRONYMS = frozenset(("SMS", "MMS", "IELTS", "TOEFL", "STEP", "GPS", "PDF", "USB", "VIP", "ATM", "GMT", "DNA",
                             "LED", "LCD", "HD", "SIM", "PIN", "URL", "QR"))
_CAPITAL_WORDS = frozenset(nw(w) for w in ("برأسمال", "برأس", "رأسمالها", "رأسمال", "وبرأسمال"))
_OPEN_QUOTES = {'"': '"', "«": "»", "“": "”", "'": "'", "‘": "’"}
_QUOTE_CHARS = frozenset('"«»“”\'‘’')
_MARKED_OPEN = frozenset('"«“”(')  # before a name in marks or brackets (“ and ” both open in news text)
_MARKED_CLOSE = frozenset('"»”“)')
_NOT_NAMES = frozenset(nw(w) for w in ("باسم", "بإسم", "أونلاين", "اونلاين", "نيوز", "نت",  # (loanwords of outlets)
                                      "كومبيوتر", "كمبيوتر", "زائد", "الموج",  # (computer, plus, the waves)
                                      "ارسل", "كوميدي", "فيديو", "ميسنجر", "أندرويد", "اندرويد", "آيفون", "ويندوز",
                                      "بوندسليجا",  # (send, comic, products and a league)
                                      "ثمان", "ثماني"))  # (eight)
# the names of God a prayer calls on after its subject ("ودعا الأمير سعود بن نايف | المولى أن يحمي"): no family name
_GOD_EPITHETS = frozenset(nw(w) for w in ("المولى", "الباري", "الخالق", "الرحمن", "القدير", "الرحيم"))
_CONSTRUCT_OK_INDEF = frozenset(nw(w) for w in ("عام", "عامة"))
_MAX_NAME = 7
# verbal nouns of the derived patterns تفعيل (تأجيل، تسجيل) and استفعال (استقبال): no person-name words
_VERBAL_NOUN_SHAPE = re.compile(r"ت\w\wي\w|است\w\wا\w")
_TAFAAUL_SHAPE = re.compile(r"ت\wا\w\w")  # تفاعل, a verbal noun: "تطابق"، "تعاون"، "تبادل"
# مُفعِلاً written without its tanween, the accusative of a participle: "مؤيدا"، "معربا" (not "مارتا")
_MUFIL_ACCUSATIVE = re.compile("م[^ا]..ا")
# given names that are also frequent words (happy, hope, light …): alone before an unknown word they need a clear
# family name after them ("سعيد برؤيتك" is "happy to see you")
_COMMON_WORD_NAMES = frozenset(nw(w) for w in (
    "سعيد", "أمل", "نور", "جمال", "كريم", "سلام", "فرح", "عادل", "رشيد", "أمين", "منير", "هادي", "صالح", "شريف",
    "نبيل", "جميل", "سالم", "فاضل", "ماجد", "راضي", "سامي", "عزيز", "كامل", "باسم", "زين", "وفاء", "هدى", "إيمان",
    "منى", "رجاء", "صابر", "مبارك", "حسن", "بدر", "نصر", "حامد", "ناصر", "منصور", "غازي", "رائد", "مالك",
    "أكبر", "يزيد",  # (the biggest, increases)
    "شي",  # شي (Xi) is also شيء written without its hamza
    "جو",  # جو (Joe) is also the air, the mood: "في جو مفعم بالمرح"
    "نجاح", "رضا",  # (success: "بنجاح ويسر"; satisfaction: "رضا الزائر")
    "عطاء", "سلامة", "نظير",  # (giving: "عطاء سخي"; safety: "سلامة المواطنين"; for: "نظير المجهود")
    "موفق", "حازم", "سليم"))  # (a decision well made, firm, sound: "قرار موفق"، "تدخل حازم"، "سليم الصدر")
# the nouns a leader's name follows in construct: "أنصار | هادي"، "قوات | صالح"
_FOLLOWERS = frozenset(nw(w) for w in ("أنصار", "أتباع", "مؤيدي", "مؤيدو", "قوات", "ميليشيات", "نظام", "عهد",
                                       "جماعة", "رجال"))
# ELATIVE_BEFORE_NOUN: given names of the pattern أفعل that are first of all comparatives; before a noun they are the
# superlative of its phrase ("زعيم أكبر حزب معارض"، "أكبر المصارف"), never a name ("المولوي أكبر أغا" keeps his)
_ELATIVE_NAMES = frozenset(nw(w) for w in ("أكبر", "أكرم", "أعظم", "أفضل", "أحسن", "أشرف"))
# given names that are first of all verbal nouns, read as such before a definite complement ("رضا الزائر")
_NOUN_NAMES = frozenset(nw(w) for w in ("رضا", "نجاح", "حسن"))  # ("حسن الجوار": good neighbourliness)
_ARTICLE_PARTICLES = frozenset(nw(w) for w in ("عبد", "آل", "أبو", "أبي", "أبا", "أم", "ذو"))
# complements that never make an organisation specific: "حكومة البلاد", "حركة التمرد"
# participles that open a description of a body with their complement: "وزارة الصحة | الرامية إلى"، "لجنة الاستقدام
# | المكلف بغرفة الرياض"، "وزارة المالية | المتعلقة بـ"، "الصندوق | المزمع طرحه" (never part of its name)
_RELATIVE_PARTICIPLES = frozenset(nw(w) for w in [
    "المكلف", "المكلفة", "المكلفين", "الرامي", "الرامية", "الهادف", "الهادفة", "الساعي", "الساعية", "المتعلق",
    "المتعلقة", "المهتم", "المهتمة", "المشرف", "المشرفة", "المنبثق", "المنبثقة", "الداعي", "الداعية", "المعنيون",
    "المختصون", "المسؤولة", "المنوط", "المنوطة", "المقرر", "المقررة", "المزمع", "المزمعة", "المدرج", "المدرجة",
    "القائم", "القائمة", "المنضوي", "المنضوية", "المنضوين", "المنضوون"])
# time words that follow a name as adverbs: "مجلس صيانة الدستور | الأسبوع الماضي"
_TIME_AFTER_NAME = frozenset(nw(w) for w in ("الأسبوع", "الشهر"))
_CANDIDATE_WORDS = frozenset(nw(w) for w in ("مرشح", "مرشحة", "المرشح", "المرشحة", "مرشحي", "مرشحو", "ومرشح",
                                             "ومرشحة", "لمرشح", "لمرشحة", "بمرشح", "بمرشحة"))


# heads of bodies often named after someone: "ثانوية أبي بكر الصديق"، "مستشفى سليمان الحبيب"، "جامعة الأمير سلطان"
_NAMED_AFTER_HEADS = frozenset(nw(w) for w in ("مستشفى", "مؤسسة", "مركز", "معهد", "جامعة", "كلية", "أكاديمية", "مدرسة",
                                               "ثانوية", "جمعية", "مكتبة", "صندوق"))


# the last word of many English clubs' names: "ستوك سيتي"، "هدرسفيلد تاون"، "وست بروميتش ألبيون"
_CLUB_SUFFIXES = frozenset(nw(w) for w in ("سيتي", "يونايتد", "يونايتيد", "تاون", "ألبيون", "روفرز", "ووندررز",
                                           "هوتسبير", "هوتسبر"))


# places whose name is a common noun too, read as the noun before an adjective: "الرباط الصليبي" (a ligament)
_NOUN_PLACES = frozenset(nw(w) for w in ("الرباط",))
# the particles after which "أن" opens a verb: "بعد أن سرت شائعات" (spread, not Sirte)
_BEFORE_VERB_AN = frozenset(nw(w) for w in ("بعد", "قبل", "منذ", "وبعد", "وقبل", "ومنذ"))


def _place_as_word(s: _Sent, i: int, p: int) -> bool:
    """PLACE_AS_WORD: the one-word place at token i is an everyday word here: a verb right after "بعد أن"، "قبل أن"
    ("بعد أن سرت شائعات": spread, not Sirte), or a place that is a common noun too before an adjective in ـي that is
    no nationality or direction ("الرباط الصليبي"، "الرباط الداخلي": a ligament)."""
    words = s.words
    if p == 0 and i >= 2 and words[i - 1] in ("ان", "أن") and words[i - 2] in _BEFORE_VERB_AN \
            and not _is_def(words[i] or ""):
        return True
    nxt = words[i + 1] if i + 1 < s.bounds[i] else None
    return (words[i] or "")[p:] in _NOUN_PLACES and nxt is not None and _is_def(nxt) and nxt.endswith("ي") \
        and not s.clitic(i + 1) and nxt not in s.lex.nisba_words and nxt not in _DIRECTIONS


# posts that are common given names too: "المهندس مساعد السليم" (ROLE_WORD_AS_GIVEN)
_GIVEN_POSTS = frozenset({"مساعد"})


# the feminine past of the derived verbs افتعل، انفعل، استفعل: "اعترضت"، "انسحبت"، "استقبلت"
_DERIVED_PAST_TA = re.compile(r"ا\wت\w\wت|ان\w\w\wت|است\w\w\wت")
# and any past of them after "و"/"ف", which no name has: "واجتمع"، "وانتقلت"، "فاستقبلوا" (CONJ_DERIVED_VERB)
_CONJ_DERIVED_PAST = re.compile(r"(?:[وف](?:ا\wت\w\w|است\w\w\w)|وان\w\w\w)(?:ت|وا)?")  # (not "فانينج")


def _past_verb_in_ta(s: _Sent, k: int) -> bool:
    """Token k is a feminine past verb of a known stem ("ضمت"، "أفادت"), not followed by a further name word (as
    "سانت" is: "جامعة سانت آندروز"): no part of a body's name."""
    w, lex = s.words[k], s.lex
    if not w or not w.endswith("ت") or len(w) < 3 or w in lex.name_words or w[:-1] not in lex.common and not (
            _DERIVED_PAST_TA.fullmatch(w) and w not in lex.given):
        return False  # (a derived verb no vocabulary knows has its shape: "| اعترضت"، "انسحبت"، "استقبلت")
    nxt = s.words[k + 1] if k + 1 < s.bounds[k] else None
    return nxt is None or nxt not in lex.name_words and not lex.namey(nxt)


def _construct_noun(s: _Sent, k: int, w: str, head=None) -> bool:
    """Word w (token k) right after an indefinite head is a verbal noun in construct with the definite noun after it,
    part of the body's name ("منظمة | حظر الأسلحة"، "صندوق | تنمية الموارد"، "قوات | حفظ السلام"). Not a verb: no
    imperfect ("هيئة تطلق المبادرة", a ت-word only in the shapes تفعيل/تفعلة), no feminine past ("وزارة نظمت"), no
    speech verb, head, role or generic word, no adjective in ة ("شركة صغيرة الحجم"، "قناة متعددة الوسائط") and no
    word with a clitic or a pronoun. Not after a head that is also a common noun of motion, action or grouping
    (`_NO_CONSTRUCT_HEADS`: "حركة مرور السيارات"، "تنظيم دخول النساء"، "حملة شهادة الثانوية"), a team ("فريق عمل"), or
    a plural that is no armed force ("شركات صناعة السيارات")."""
    lex, words = s.lex, s.words
    if head is not None:
        head_w, cls, plural = head
        if head_w in _NO_CONSTRUCT_HEADS or cls == "team" or plural and cls != "military":
            return False
    t = s.tokens[k]
    nxt = words[k + 1] if k + 1 < s.bounds[k] else None
    if nxt is None or not _is_def(nxt) or nxt in FUNCTION or nxt in STOP_ADJ or nxt in lex.role_words:
        return False
    if len(w) < 3 or not w.isalpha() or t.prefix_end > t.start or t.suffix_start < t.end or w[:1] == "ي" \
            or w.endswith("ت") or w in FUNCTION or w in lex.speech or w in lex.generic or w in lex.role_words \
            or w in lex.given or s.entries(k, ("role", "gaz", "nisba"), with_clitic=False):
        return False
    if s.entries(k, ("head",), with_clitic=False) and not (
            w == "تنظيم" and nxt not in _GROUP_NAME_WORDS and not s.entries(k + 1, ("gaz",), with_clitic=False)):
        return False  # (a head starts a body of its own, but "هيئة | تنظيم الكهرباء" regulates: not "تنظيم القاعدة")
    if w[:1] == "ت" and not (w.endswith("ه") and len(w) >= 5 or _VERBAL_NOUN_SHAPE.fullmatch(w)):
        return False
    if w.startswith("مت") or _ADJECTIVE_IN_TA.fullmatch(w) or w[:1] in "بلك" and w[1:] in lex.freq \
            or w in _NOT_CONSTRUCT:
        return False
    return w in lex.freq


# heads that are also common nouns of motion, action or grouping: no construct after them names a body
_NO_CONSTRUCT_HEADS = frozenset(nw(w) for w in ("حركة", "تنظيم", "مجموعة", "حملة"))
# conjunctions, prepositions and a player's position that look like nouns: "جماعة | طالما"، "قناة | بخصوص"، "مركز
# | قلب الهجوم"
_NOT_CONSTRUCT = frozenset(nw(w) for w in ("طالما", "بينما", "كلما", "عندما", "ريثما", "حالما", "بخصوص", "بشأن",
                                           "بسبب", "جراء", "ضمن", "حول", "قلب"))
# فعالة of a root in ي, a verbal noun in "ية" that is no adjective: "حماية"، "رعاية"، "وقاية"، "عناية"
_FIAALA_DEFECTIVE = re.compile(r"\w\wايه")
# فاعلة، فعيلة، مفعولة: adjectives in ة ("واحدة"، "صغيرة"، "محدودة")
_ADJECTIVE_IN_TA = re.compile(r"\wا\w\wه|\w\wي\wه|م\w\wو\wه")


def _after_candidate(words: list, i: int) -> bool:
    """A candidate word stands in the four tokens before token i: what follows a party there is the office run for
    ("المرشحة لانتخابات الحزب الديمقراطي | للرئاسة الأميركية")."""
    return any(words[x] in _CANDIDATE_WORDS for x in range(max(0, i - 4), i))


_ROYAL_TITLES = frozenset(nw(w) for w in ("الأمير", "الملك", "الأميرة", "الملكة", "أمير", "ملك", "سمو"))


def _family_after_lineage(s: _Sent, j: int, k: int, w: str) -> bool:
    """Word w (token k) after "بن" and a given name is the family name: an unseen word of four letters or more, no
    verb, no noun with a clitic or a pronoun — "محمد بن حسن باجبير"، "مازن بن محمد بترجي" (not "سلمان بن عبدالعزيز
    | لتشكره"، "محمد بن ناصر | حظي"). Royal names run on through "آل" only: "الأمير محمد بن سلمان | مسك"."""
    words, lex = s.words, s.lex
    if k < 2 or words[k - 1] not in lex.given or words[k - 2] not in _BIN or w in lex.freq or len(w) < 4:
        return False
    if w[:1] in "يتنسو" or _unsplit_clitic_noun(lex, w) or j and words[j - 1] in _ROYAL_TITLES:
        return False
    return not (w.endswith(("هم", "هما", "ها")) or w.endswith("ه") and w[:-1] in lex.freq)


def _role_word_as_given(s: _Sent, k: int, bound: int) -> bool:
    """ROLE_WORD_AS_GIVEN: token k, a post word with no article or clitic, is a given name when "بن" and a name
    follow ("الأستاذ مساعد بن ضيف الله الجابري": Musa'id, not "assistant"), or, for a post that is a common given
    name too (`_GIVEN_POSTS`), after an honorific and before a family name with the article that is no post, body or
    place: "المهندس مساعد السليم" (but "الدكتور مساعد المدير")."""
    if k + 1 >= bound:
        return False
    w, nxt = s.words[k], s.words[k + 1]
    if w not in s.lex.role_words or _is_def(w) or w.endswith("ه") or s.clitic(k):
        return False
    if nxt == "بن":
        n2 = s.words[k + 2] if k + 2 < bound else None
        return n2 is not None and n2.isalpha() and not _is_def(n2) and (n2 not in FUNCTION or n2 in s.lex.given)
    return w in _GIVEN_POSTS and k > 0 and _honorific_at(s, k - 1) and nxt is not None and _is_def(nxt) \
        and not s.clitic(k + 1) and nxt not in s.lex.role_words and nxt not in s.lex.generic and nxt not in FUNCTION \
        and not s.entries(k + 1, ("role", "head", "gaz", "nisba"), with_clitic=False)


def _father_with_article(s: _Sent, k: int, bound: int) -> bool:
    """FATHER_WITH_ARTICLE: token k is the father's given name with the article, and a family name follows it:
    "الأمير سلطان العبدالله | الفيصل"، "الشيخ محمد الخالد | الصباح"، "محمد العبدالله | المانع" (not "الله العلي |
    القدير")."""
    words, lex = s.words, s.lex
    w = words[k]
    if k + 1 >= bound or w is None or w[2:] not in lex.strong_given or len(w) < 5 or not _is_def(w):
        return False
    f, t = words[k + 1], s.tokens[k + 1]
    if f is None or not s.text.startswith("ال", t.start) or s.clitic(k + 1) or t.suffix_start < t.end \
            or f in lex.nisba_words or f in lex.generic or f in lex.role_words or f in FUNCTION \
            or f in _NOT_SURNAMES or f in _WEEKDAYS:
        return False
    return f in lex.family or f not in lex.freq and f[2:] not in lex.freq and s.namey(k + 1)


def _definite_family_after_lineage(s: _Sent, j: int, k: int, w: str) -> bool:
    """Word w (token k) after "بن" and a given name is a family name with the article that a vocabulary knows as a
    rare common word: "إبراهيم بن علي | الرشيد" (rightly guided). Not a frequent word, a nisba, a weekday, a role or
    a generic noun ("محمد بن سلمان | الأربعاء"، "عبدالله بن علي | الرئيس"), nor after a royal title."""
    words, lex = s.words, s.lex
    if k < 2 or words[k - 1] not in lex.given or words[k - 2] not in _BIN or not _is_def(w) or s.clitic(k) \
            or lex.freq.get(w, 0) >= 5 or w in FUNCTION or w in lex.nisba_words or w in lex.generic \
            or w in lex.role_words or w in _WEEKDAYS or w in _ORDINALS or j and words[j - 1] in _ROYAL_TITLES:
        return False
    return w.isalpha() and len(w) >= 5 and not w.endswith(("ه", "ات", "ين", "ون")) and not s.accusative(k)


_OBJECT_PREPS = frozenset(nw(w) for w in ("على", "إلى", "عن", "من"))
_GENERIC_COMPLEMENTS = frozenset(nw(w) for w in ["البلاد", "الدولة", "المنطقة", "العالم", "البلدين", "الطرفين", "التمرد", "المعارضة", "الاحتلال", "الإنترنت",
                                                  "المجتمع"])  # ("دعا الاتحاد … | المجتمع الدولي إلى")
# honorifics that are also common nouns (team, dean, brigade, pioneer, citizen): a known name must follow
# titles that are also adjectives: after a definite noun they describe it ("الشباب القيادي")
_ADJECTIVE_TITLES = frozenset({"القيادي"})
# adjectives that belong to an institution named after a place: "مصرف البحرين المركزي"، "بنك الكويت الوطني"
# the kind of a facility after its name: "قاعدة حميميم الجوية"، "مطار الملك خالد الدولي"
_FACILITY_KINDS = frozenset(nw(w) for w in ("الجوية", "البحرية", "العسكرية", "الجوي", "البحري", "العسكري", "الدولي",
                                            "الدولية", "المركزي", "المركزية", "التجاري", "التجارية"))
_INSTITUTIONAL_ADJ = frozenset(nw(w) for w in ["المركزي", "الوطني", "الدولي", "الأهلي", "التجاري", "الإسلامي",
                                                "العربي", "الأعلى", "الاتحادي", "الملكي", "المركزية", "الوطنية",
                                                "الدولية", "الأهلية", "التجارية", "الإسلامية", "الاتحادية",
                                                "الملكية"])
# a passive participle (المحظور، المدعومة، المعروف): a description, not part of a name
_PASSIVE_PARTICIPLE = re.compile(r"الم\w\w\w?و\w(?:ه|ين|ون)?")
# "possessor of": after an honorific it opens a description ("الفنان ذو الشهرة"), not a name
_POSSESSOR = frozenset({"ذو", "ذي", "ذات"})
# titles that are also family names; after "X بن Y" they close the name: "حمد بن عبدالله القاضي"
_TITLE_FAMILY_NAMES = frozenset(nw(w) for w in ["القاضي", "الخطيب", "الشيخ", "الأمير", "الحاكم", "الوزير",
                                                 "الإمام", "المفتي", "الملا", "السلطان", "الحاج"])
# nouns in construct after "ل" inside an organisation's name: "لشؤون اللاجئين"، "لحقوق الإنسان"
_CONSTRUCT_COMPLEMENTS = frozenset(nw(w) for w in ["شؤون", "حقوق", "مكافحة", "رعاية", "تنمية", "حماية", "دعم",
                                                  "نصرة", "إغاثة", "خدمة", "خدمات", "أبحاث", "مساندة", "حرس",
                                                  "حوار", "دراسات", "بحوث", "علوم"])
_TEAM_RANK = nw("الفريق")  # lieutenant general, and "the team"
_ACTING = frozenset(nw(w) for w in ("بالإنابة", "بالنيابة", "بالوكالة", "المكلف", "المكلفة"))  # acting, in charge


def _team_adjective(s: _Sent, k: int) -> bool:
    """Token k is a definite adjective in ي, known as a word or unlike a name in the word model, and no family name
    listed: "الفريق | التطوعي"، "الفريق | الطبي" (the team)."""
    w = s.words[k] if k < s.n else None
    return bool(w) and _is_def(w) and w.endswith("ي") and len(w) >= 5 and w not in s.lex.given \
        and w not in s.lex.family and (w in s.lex.freq or s.lex.name_score(w) < -0.4)


_AMBIGUOUS_HONORIFICS = frozenset(nw(w) for w in ["الفريق", "العميد", "اللواء", "الرائد", "النقيب", "المواطن", "المواطنة"])

def _past_rank_qualifiers(s: _Sent, start: int, k: int) -> int:
    """The end of an honorific from token start to k, with the words that qualify a military rank after it
    (RANK_QUALIFIERS): "العميد | طيار ركن | عبدالله"، "العقيد | دكتور | عاطي" (one clause only)."""
    if s.words[start] in MILITARY_RANKS:
        while k < s.n and s.words[k] in RANK_QUALIFIERS and s.bounds[k] == s.bounds[start]:
            k += 1
    return k
# honorifics only before a given name: "الشاب محمد الخليفة"، "الطفلة ندى"
_YOUTH = frozenset(nw(w) for w in ("الشاب", "الشابة", "الطفلة", "الفتاة", "الفتى"))  # (not "الطفل": "قرية الطفل")
# clergy titles: a given name follows ("القس جيري فالويل"، "الكاردينال ولزلي"), never a bare family name; a definite
# word after them is an adjective ("القس | الإنجيلي")
_CLERGY = frozenset(nw(w) for w in ("القس", "المطران", "الكاردينال"))
# the second word of an ordinal from 11 to 19 ("الثامن عشر"); "باسم" (in the name of; a given name too); "آل" (the
# family particle, normalised as the article)
_TEEN, _BASIM, _AL = nw("عشر"), nw("باسم"), nw("آل")
_ORDINALS = frozenset(nw(w) for w in ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي", "الأولى", "الثانية", "الثالثة", "الرابعة"])
# function words that normalisation makes look like names (على → علي, أنا → انا, إلى → الي)
_RAW_FUNCTION = frozenset(["أين", "وأين", "فأين",  # ("وأين", and where, is no "واين", Wayne)
                           "على", "إلى", "أنا", "أني", "لدى", "حتى", "متى", "سوى", "مدى", "منى", "عليه", "عليها",
                           "إليه", "إلينا", "لأم", "الآن", "آن",
                           "الان",  # (now, written without its madda: "حتى الان", no Alan)
                           # "ما هو" / "ما هي" written as one word
                           "ماهو", "ماهي", "وماهو", "وماهي", "فماهو", "فماهي",
                           # function words written without their hamza (أمام، أي، أنا، إلى)
                           "امام", "اي", "انا", "الي", "اذا", "انه", "انها",
                           # the verb "narrated" in ى, not the name روي (Roy)
                           "روى", "وروى", "فروى"])
_HYPHENS = frozenset("-\u2010\u2011")
_PRONOUN_SHADDA = frozenset(("علي", "إلي", "الي", "لدي"))  # "عليّ": a preposition with "me"
_BIN_WORD = nw("بن")
_WEEKDAYS = frozenset(nw(w) for w in ("الخميس", "الجمعة", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء"))
_BIN = frozenset(nw(w) for w in ("بن", "ابن", "بنت"))
# heads that are common words first of all (a device, an alliance of anyone): a body only before the words its names
# take ("جهاز مكافحة الإرهاب"، "تحالف القوى العراقية"; not "جهاز كومبيوتر"، "تحالف المستشارة ميركل")
_GUARDED_HEADS = {nw(h): frozenset(nw(w) for w in ws) for h, ws in (
    ("جهاز", ("مكافحة", "الأمن", "أمن", "المخابرات", "الاستخبارات", "الشرطة", "حماية", "الرقابة", "الإحصاء",
              "الإحصاءات", "الحرس", "الادعاء", "التحقيقات", "المباحث", "مباحث", "شؤون")),
    ("تحالف", ("القوى", "قوى", "دعم", "الفصائل", "الأحزاب", "أحزاب", "المعارضة", "الإصلاح", "الشمال")))}
_TIME_NAMES = frozenset(nw(w) for w in ("صباح",))  # time words that are given names too
# a passport office is named by its place: "جوازات جدة"، "جوازات منطقة الباحة"، "جوازات مطار الملك خالد"
_PASSPORTS = nw("جوازات")
_TANZEEM = nw("تنظيم")  # a group, and the verbal noun "organising"
_GROUP_NAME_WORDS = frozenset(nw(w) for w in ("الدولة", "القاعدة", "الإخوان", "الشباب", "الطليعة", "الجهاد",
                                              "التوحيد", "الجماعة"))
_HASAN = nw("حسن")
_HUSN_OF = frozenset(nw(w) for w in ("الجوار", "النية", "الظن", "الخاتمة", "التعامل", "الأداء", "السير", "السلوك",
                                     "الضيافة", "الاستقبال", "التنظيم", "الإدارة", "التدبير", "الحظ", "الخلق",
                                     "المظهر", "الطالع", "السمعة", "الصيت", "المعاملة", "الأخلاق", "التصرف",
                                     "الاختيار", "التوقيت", "التخطيط", "الإصغاء", "الاستماع", "العشرة", "الأدب"))
_WILAYA = nw("ولاية")
_TERM_ADJECTIVES = frozenset(nw(w) for w in ("ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "جديدة", "أخرى", "أولى",
                                             "كاملة", "واحدة", "ثانيه"))
_SEASONS = frozenset(nw(w) for w in ("صيف", "شتاء", "ربيع", "خريف", "موسم", "عام", "شهر", "يوم", "أسبوع", "فترة"))
_REGION_ELATIVES = frozenset(nw(w) for w in ("الكبرى", "الصغرى", "العليا", "السفلى", "الوسطى"))
_KIN_PLURALS = frozenset(nw(w) for w in ("الإخوة", "الأخوة", "الأشقاء", "الإخوان"))  # brothers (addressed)
_LA = nw("لا")  # "no", and the article of a foreign name in marks: "صحيفة «لا ريبابليكا»"
_KUNYA = frozenset(nw(w) for w in ("أبو", "أبي", "أبا"))  # "father of", opening a name: "أبو بكر"، "أبا السعود"
_DIVISION_HEADS = frozenset(nw(w) for w in ("منطقة", "محافظة", "مدينة"))  # a local body's division: "بمحافظة جدة"
_PLACE_HEADS_OF_OFFICES = frozenset(nw(w) for w in ("منطقة", "محافظة", "مدينة", "مطار", "منفذ", "ميناء", "مركز"))
_AL = nw("آل")
_BORN = frozenset(nw(w) for w in ("المولود", "المولودة", "المتوفى", "المتوفي"))
# titles only with their genitive: "شيخ قبيلة …"، "شيخ الأزهر"، "خطيب المسجد" (not "شيخ تيوتي"، "خطيب مفوه")
def _rare_word_as_town(s: _Sent, k: int, w: str) -> bool:
    """A rare word in ا written without the tanween of an adverb, right after a town's head noun, is the town's
    name: "مدينة دوما" (دوماً, always, cannot follow "مدينة"); so is any word between the head and a country's
    feminine nisba, which agrees with the head (TOWN_BEFORE_NISBA): "مدينة مشهد الإيرانية" (مشهد is a scene too)."""
    lex = s.lex
    nxt = s.words[k + 1] if k + 1 < s.bounds[k] else None
    if nxt and _is_def(nxt) and nxt.endswith("يه") and nxt in lex.nisba_words and w.isalpha() \
            and w not in lex.nisba_words and not s.clitic(k) and s.tokens[k].suffix_start == s.tokens[k].end:
        return True
    return w[-1:] == "ا" and len(w) >= 4 and lex.freq.get(w, 0) < 10 and not s.accusative(k) \
        and w not in lex.nisba_words and w[:-1] not in lex.freq


# verbal nouns that name a committee with what they rule on, after "في": "لجنة الفصل في مخالفات العمالة"
_FI_MASDARS = frozenset(nw(w) for w in ("النظر", "الفصل", "البت", "التحقيق"))
_GENITIVE_TITLES = frozenset(nw(w) for w in ("شيخ", "خطيب"))
# definite heads of bodies that exist once per city and are named by it: "الغرفة التجارية بجدة" (LOCAL_BRANCH)
_LOCAL_HEADS = frozenset(nw(w) for w in ("الغرفة", "المحكمة", "الشرطة", "البلدية", "الأمانة", "المديرية", "الإدارة",
                                         "الجمعية", "النيابة", "الهيئة"))
# titles that are also family names right after a given name: "عبدالعزيز الشيخ"
_TITLE_SURNAMES = frozenset(nw(w) for w in ("الشيخ", "القاضي", "الخطيب"))
# an Arab tribe is named "قبيلة بني X" / "قبيلة آل X"
_TRIBE_HEADS = frozenset(nw(w) for w in ("قبيلة", "عشيرة", "قبائل", "عشائر"))
_TRIBE_PARTICLES = frozenset(nw(w) for w in ("بني", "بنو", "آل"))
# the kind of business that opens a company's name after "شركة" (COMPANY_NAME), and its founder's partners
_COMPANY_KINDS = frozenset(nw(w) for w in ("مجموعة", "مصنع", "مصانع", "توكيلات", "استثمارات", "مؤسسة", "مطاعم",
                                           "أسواق", "خدمات", "تقنيات", "صناعات", "مختبرات", "مكتب", "معارض", "حلول",
                                           "مصافي", "مصفاة"))
_PARTNERS = frozenset(nw(w) for w in ("وإخوانه", "وأولاده", "وشركاه", "وشركاؤه", "وشركائه", "وأبناؤه", "وأبنائه",
                                      "وأبناءه"))
# the legal or trade suffix of a company's name
_CORPORATE_SUFFIXES = frozenset(nw(w) for w in ("كورب", "كوربوريشن", "إنك", "انكوربوريتد", "ليمتد", "موتور",
                                                "موتورز", "هولدينغز", "هولدنجز"))
_COMPANY_OF_STATE = frozenset(nw(w) for w in ("الوطنية", "العامة", "العربية", "المتحدة"))
_HAMZA_YA = re.compile("[أإآؤئى]")
_RAW_STRIP = re.compile("[\u064b-\u0652\u0640]")


class _WordTable(dict):
    """A decision about a normalised word form that does not depend on its context, made on first sight and kept,
    so that deciding it for every token is one dict lookup (``list(map(table.__getitem__, words))``)."""

    __slots__ = ("decide",)

    def __init__(self, decide, none=None) -> None:
        super().__init__({None: none})  # punctuation and other non-word tokens
        self.decide = decide

    def __missing__(self, w: str):
        v = self.decide(w)
        if len(self) < 200_000:
            self[w] = v
        return v


_LATIN, _UNKNOWN = 1, 2  # what a word no lexicon knows may start in _find


class _WordTables:
    """The per-word decisions of one lexicon (kept on it: ``lex.word_tables``)."""

    __slots__ = ("club", "flag_sum", "glued", "margin", "model", "next", "next_flags", "normal", "possessed", "prev",
                 "prev2", "prev_flags", "sports", "start", "threshold")

    def __init__(self, lex: EntityLexicon) -> None:
        self.normal = _WordTable(nw)  # a word as written -> its normalised form (one object: its hash is kept)
        self.start = _WordTable(lambda w: _start_kind(lex, w), 0)
        # with or without و/ف, and a player word with the article: "والمدافع"
        self.sports = _WordTable(lambda w: w in lex.sports or w[1:] in lex.sports or _sport_role(lex, w) is not None,
                                 False)
        # a club of clubs.txt, bare or with its clitics ("للهلال"، "والنصر"): (name offset, club), or None
        self.club = _WordTable(lambda w: _club_spelling(lex, w))
        # a role with a pronoun ("نائبه"، "لمدربه"، "مدربها"), for POSSESSED_ROLE
        self.possessed = _WordTable(lambda w: _possessed_role_word(lex, w), False)
        # a title written onto a given name: where the name starts ("الدكتورعزام": 7), or 0
        self.glued = _WordTable(lambda w: _glued_title(lex, w), 0)
        # the person model: the score of a word's own features, and the weights of the neighbour features
        self.model = _WordTable(lambda w: _model_word(lex, w), -math.inf)
        get = lex.person_model.get
        self.prev = _WordTable(lambda w: get("p=" + w, 0.0), get("p=<s>", 0.0))
        self.next = _WordTable(lambda w: get("n=" + w, 0.0), get("n=</s>", 0.0))
        self.prev2 = _WordTable(lambda w: get("p2=" + w, 0.0), get("p2=<s>", 0.0))
        # the rare context flags of person_context_features (pgiven, ngiven, pnisba, prole) as bits, and the sum
        # of their weights for each combination, added in their order
        sg = lex.strong_given
        self.prev_flags = _WordTable(lambda w: 8 * (w in sg) + 2 * (w in lex.nisba_words) + (w in lex.role_words), 0)
        self.next_flags = _WordTable(lambda w: 4 * (w in sg), 0)
        weights = [get(f, 0.0) for f in ("pgiven", "ngiven", "pnisba", "prole")]
        self.flag_sum = [sum(x for bit, x in zip((8, 4, 2, 1), weights) if code & bit) for code in range(16)]
        self.margin = sum(max(0.0, x) for x in weights)
        self.threshold = math.log(lex.person_threshold / (1 - lex.person_threshold))

    @staticmethod
    def of(lex: EntityLexicon) -> _WordTables:
        if lex.word_tables is None:
            lex.word_tables = _WordTables(lex)
        return lex.word_tables


def _glued_title(lex: EntityLexicon, w: str) -> int:
    """GLUED_TITLE: a title written onto the given name with no space between ("الدكتورعزام الدخيل"،
    "المهندسخالد"): the offset where the name starts in the word, or 0."""
    if len(w) < 8 or not w.startswith("ال"):
        return 0
    for cut in range(5, len(w) - 2):
        rest = w[cut:]
        if (rest in lex.given or len(rest) >= 4 and rest not in lex.common and lex.name_score(rest) > 0.5) and any(
                e[2] == "role" and not e[0] and not e[1] and e[3] in ("honorific", "both")
                for e in lex.first.get(w[:cut]) or ()):
            return cut
    return 0


def _start_kind(lex: EntityLexicon, w: str) -> int:
    """What a word may start when no lexicon knows it: a Latin-script name (_LATIN), a name by the rules for
    unknown words (_UNKNOWN: _foreign_name, _family, _after_clause_verb, whose word-only conditions it meets),
    or nothing (0)."""
    if w[:1].isascii() and w[:1].isupper():
        return _LATIN
    if w in lex.common or len(w) <= 2:
        return 0
    if w.startswith("ابو") and len(w) >= 6 or any(w[p:] in lex.family for p in range(len(w))):
        return _UNKNOWN  # _family: a kunya, or a known family name (the stem is the word or an end of it)
    if _is_def(w):
        return _UNKNOWN if _WordTables.of(lex).glued[w] else 0  # the other rules take no word with the article
    if len(w) == 4 and w[:1] in "يت" and w in lex.freq and w not in lex.name_words:
        return 0  # a known imperfect verb starts no name: "مركز التحكم والسيطرة | يفيد بنشوب حريق"
    score = lex.name_score(w)
    if w in lex.name_words or score >= FOREIGN_PAIR or score >= FOREIGN_SINGLE:
        return _UNKNOWN  # _foreign_name, _family
    if w not in lex.freq and score >= VERB_SUBJECT_MIN:
        return _UNKNOWN  # _after_clause_verb
    return 0


def _model_word(lex: EntityLexicon, w: str) -> float:
    """The person model's score of the word's own features, or -inf when _model_names never takes the word
    (a common word, not letters only, or one letter)."""
    if w in lex.common or not (w.isalpha() and len(w) >= 2):
        return -math.inf
    return lex.person_word_score(w)


class _TokenRows:
    """The Token tuples of columnar tokens, each made when first read: the matchers read few tokens one by one,
    and making them all costs more than the matching."""

    __slots__ = ("columns", "rows")

    def __init__(self, tokens) -> None:
        ann = tokens.annotations or ()
        self.columns = (tokens.starts, tokens.ends, tokens.prefix_ends, tokens.suffix_starts, tokens.name_starts,
                        tokens.keys, tokens.kinds, *ann)
        self.rows: list[Token | None] = [None] * len(tokens.starts)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> Token:
        t = self.rows[i]
        if t is None:
            t = self.rows[i] = Token(*[c[i] for c in self.columns])
        return t


def _keep_spellings(text: str, starts, ends, words: list, lex: EntityLexicon) -> None:
    """Give back its hamza to a role word whose normalised form is also a function word, where the text writes it
    so: "وإمام" is read "وإمام", the lexicon's key for the imam, while "أمام" and "امام" stay "امام" (in front of).
    Not after a given name, where the word is a family name: "عادل إمام"."""
    for i, w in enumerate(words):
        if w is not None and len(w) >= 4 and not (i and words[i - 1] is not None and (
                words[i - 1] in lex.given or words[i - 1][1:] in lex.given)):
            for bare, spelled in lex.role_spellings.items():
                if w.endswith(bare) and len(w) - len(bare) <= 2 and w[:len(w) - len(bare)].strip("وفبلك") == "":
                    raw = _RAW_STRIP.sub("", text[starts[i]:ends[i]])  # (a conjunction or preposition before it,
                    # never the article: "الإمام" is a title of its own)
                    if raw.endswith(spelled) and len(raw) == len(w):
                        words[i] = w[:-len(bare)] + spelled


class _Sent:
    """Per-article token arrays the matchers share."""

    __slots__ = ("bounds", "hits", "lex", "matches", "n", "pairs", "text", "tokens", "vocabulary", "words")

    def repeated(self, k: int) -> bool:
        """Tokens k-1 and k stand together again elsewhere in the article (a name is repeated, a phrase rarely)."""
        if self.pairs is None:
            ws = self.words
            self.pairs = collections.Counter(zip(ws, ws[1:]))
        return self.pairs[(self.words[k - 1], self.words[k])] >= 2

    def uses(self, word: str) -> bool:
        """The article has ``word`` as a token of its own (the normalised form, clitics split)."""
        if self.vocabulary is None:
            self.vocabulary = frozenset(self.words)
        return word in self.vocabulary

    def tm(self, i: int) -> bool:
        """Token i ends in ة in the text."""
        t = self.tokens[i]
        return self.text[t.end - 1] == "ة" if t.end > t.start else False

    def accusative(self, i: int) -> bool:
        """Token i carries the accusative tanween in the text ("معلقًا"): no name word has it."""
        t = self.tokens[i]
        return "\u064b" in self.text[t.start:t.end]

    def namey(self, i: int) -> bool:
        w = self.words[i]
        if w is None or w in _NOT_NAMES:
            return False
        return self.lex.namey(w, self.tm(i) if w[-1:] == "ه" else True)

    def __init__(self, article, lex: EntityLexicon) -> None:
        text = article.text
        self.text = text
        tk = article.tokens
        self.lex = lex
        first = lex.first
        first = {**first, None: None} if None in first else first
        view = article.view
        vt = view.text if view.is_identity else None
        if getattr(tk, "starts", None) is not None:
            self.tokens = _TokenRows(tk)
            starts, ends, kinds = tk.starts, tk.ends, tk.kinds
        else:
            self.tokens = toks = list(tk)
            starts = [t[0] for t in toks]
            ends = [t[1] for t in toks]
            kinds = [t[6] for t in toks]
        spans = map(slice, starts, ends)
        if vt is not None:
            words = list(map(vt.__getitem__, spans))
        else:
            words = list(map(_WordTables.of(lex).normal.__getitem__, map(text.__getitem__, spans)))
        for i in itertools.compress(range(len(words)), map("word".__ne__, kinds)):
            words[i] = None
        for sent in article.sentences:
            if share_bar_end(text, sent.start, sent.end) == sent.end:
                words[sent.token_start:sent.token_end] = [None] * (sent.token_end - sent.token_start)  # page furniture
        if lex.role_spellings and any(f in text for f in lex.role_spellings.values()):
            _keep_spellings(text, starts, ends, words, lex)
        hits = list(map(first.get, words))
        for i in [i for i, h in enumerate(hits) if h is not None and h[-1][1]]:
            # PARTIAL_NAME_NO_HIT: a word that only begins longer listed names, none of which goes on here, is a word
            # no list knows: "كارولينا | هيريرا" (not "كارولينا الشمالية")، "غريغ أبوت" (not "أبوت آباد"); one with a
            # clitic stays a word: "قال بأسى" (not ب + "اسي ميلان")
            nxt = words[i + 1] if i + 1 < len(words) else None
            if all(e[1] and e[2] == "gaz" and not e[0] and e[1][0] != nxt for e in hits[i]):
                hits[i] = None
        spell, known = lex.place_spelling, lex.freq
        for i in [i for i, h, w in zip(itertools.count(), hits, words)
                  if h is None and w is not None and len(w) >= 6 and w not in known]:
            place = spell(words[i])
            if place is not None and not (i and any(e[2] in ("given", "role") for e in hits[i - 1] or ())):
                # PLACE_SPELLING: "اوزباكستان" is the listed "اوزبكستان" (not after a given name: "جون كينيدي")
                hits[i] = [e for e in first[place] if not e[0] and e[2] == "gaz"]
        self.words, self.hits, self.n = words, hits, len(words)
        self.pairs: collections.Counter | None = None  # word bigrams of the article (made by repeated())
        self.vocabulary: frozenset | None = None  # the article's words (made by uses())
        self.matches: dict[int, list] = {}  # token index -> all its lexicon matches (made by entries())
        # sentence boundaries: token index -> end token index of its sentence
        bounds = [0] * len(words)
        for s in article.sentences:
            bounds[s.token_start:s.token_end] = [s.token_end] * (s.token_end - s.token_start)
        self.bounds = bounds

    # -------------------------------------------------------------- helpers
    def offset(self, i: int, p: int) -> int:
        """Original offset of the p-th normalised character of token i (skips diacritics)."""
        t = self.tokens[i]
        if p == 0:
            return t.start
        raw = self.text[t.start:t.end]
        if len(raw) == len(self.words[i] or ""):
            return t.start + p
        seen = 0
        for k, ch in enumerate(raw):
            if nw(ch):
                if seen == p:
                    return t.start + k
                seen += 1
        return t.end

    def clitic(self, i: int) -> bool:
        """Token i carries a conjunction or preposition (the tokenizer's split), unless the whole word is a known
        name (فيصل is not ف + يصل) or "ب" + a nisba no vocabulary knows whole after a name word ("ميشال
        بلاتيني" is no "with a Latin")."""
        t = self.tokens[i]
        if t.name_start <= t.start:
            return False
        w = self.words[i]
        if w in self.lex.name_words or _closing_family(self, i):
            return False
        if w[:3] == "فال" and i > 0 and self.words[i - 1] and (self.words[i - 1] in self.lex.given or self.words[
                i - 1] not in self.lex.freq and not _is_def(self.words[i - 1]) and self.namey(i - 1)) \
                and w not in self.lex.freq and w[1:] not in self.lex.freq and w[3:] not in self.lex.freq:
            return False  # a family name in "فال" after a given or foreign name: "رادامل | فالكاو" (no ف + الكاو)
        return not (w[:1] == "ب" and i > 0 and self.words[i - 1] in self.lex.given and w not in self.lex.freq
                    and w[1:] in self.lex.nisba_words and not w.startswith("بال"))

    def raw_function(self, i: int, p: int | None = None) -> bool:
        """Token i is a frequent word whose normalised form looks like a name (على -> علي, بأن -> بان)."""
        t = self.tokens[i]
        written = self.text[t.start:t.end]
        raw = _RAW_STRIP.sub("", written)
        if p:
            raw = raw[p:]
        if raw in _RAW_FUNCTION:
            return True
        if written.endswith("\u064a\u0651") and raw in _PRONOUN_SHADDA and self.words[i + 1:i + 2] != [_BIN_WORD]:
            return True  # "عليّ" (on me), "إليّ", "لديّ", written with the shadda: not the name علي (but "عليّ بن …")
        w = self.words[i]
        if w is None:
            return False
        lex = self.lex
        if w[p or 0:] in lex.given:
            if raw.endswith("ه") and raw[:-1] + "ة" in lex.given_raw and raw not in lex.given_raw and \
                    self.words[i + 1:i + 2] != [_BIN_WORD]:
                return True  # "أمنه" (his security) is not the name آمنة (but "عطيه بن محمد" is عطية)
            return not lex.given_here(raw)
        if w[p or 0:] in lex.name_words and _HAMZA_YA.search(raw):
            # a frequent word spelled with hamza or ى that normalises to a name word (بأن -> بان)
            return raw not in lex.per_raw and lex.raw_freq.get(raw, 0) >= 3
        return False

    def punct(self, i: int) -> str | None:
        if 0 <= i < self.n and self.words[i] is None:
            t = self.tokens[i]
            return self.text[t.start:t.end]
        return None

    def match_rest(self, j: int, rest: tuple[str, ...]) -> bool:
        return tuple(self.words[j:j + len(rest)]) == rest

    def entries(self, i: int, cats: Iterable[str], with_clitic: bool = True):
        """Lexicon entries matching at token i: (p, end token index, cat, data), longest first."""
        if not (0 <= i < self.n and self.hits[i]):
            return []
        found = self.matches.get(i)
        if found is None:
            found = self.matches[i] = self._match(i)
        return [f for f in found if f[2] in cats and (with_clitic or not f[0])]

    def _match(self, i: int) -> list[tuple[int, int, str, object]]:
        """All lexicon entries matching at token i, of every category (entries() picks from them)."""
        out = []
        w = self.words[i]
        nxt = self.words[i + 1] if i + 1 < self.n else None
        whole_word = None  # decided on the first entry with a clitic
        for p, rest, cat, data in self.hits[i]:
            if rest and (rest[0] != nxt or len(rest) > 1 and not self.match_rest(i + 1, rest)):
                continue
            if p:
                short_head = cat == "head" and not rest and len(w) - p == 2 and nxt is not None and _is_def(nxt) \
                    and not (w[:1] == "و" and (i and self.words[i - 1] == "من" or nxt in _REVEALED))
                if not rest and len(w) - p < 3 and not short_head:
                    continue  # "لؤي" is not ل + "وي" (but "بحي | الحمدة"، "وحي | الشرفية": SHORT_HEAD_WITH_CLITIC)
                if short_head:
                    out.append((p, i + 1, cat, data))
                    continue
                if whole_word is None:
                    # a frequent word the tokenizer kept whole is not a clitic + a name: "بيان" is not ب + "يان"
                    # (nor is a well-known given name: "فريد" is not ف + "ريد")
                    t = self.tokens[i]
                    whole_word = t.prefix_end == t.start and (corpus_frequency(self.text[t.start:t.end]) >= 10
                                                              or w in self.lex.strong_given)
                if whole_word:
                    continue
            out.append((p, i + 1 + len(rest), cat, data))
        return out

    def stem(self, i: int) -> tuple[str, int] | None:
        """The word without a proclitic, when the lexicon or the tokenizer says it has one."""
        w = self.words[i]
        if w is None:
            return None
        t = self.tokens[i]
        p = t.prefix_end - t.start if t.prefix_end > t.start else 0
        if p and t.name_start < t.prefix_end:  # keep the article: والرئيس -> الرئيس
            p = t.name_start - t.start
        if len(self.text[t.start:t.end]) != len(w):
            p = 0 if p == 0 else min(p, len(w) - 1)
        return w[p:], p


_ADJ_WORDS = frozenset(nw(w) for w in ("عليا", "دنيا", "قصوى", "كبرى", "صغرى", "أولى", "وسطى",
                                        # numbers: "مجموعة الدول الصناعية السبع"
                                        "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عشرين",
                                        "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"))


def _adjective_shape(x: str) -> bool:
    """The normalised word x (without "ال") has the shape of an adjective: a nisba (إسلامية، العربي), a
    participle (المشتركة، المتحدة), فاعل (العام، الخاصة، الطائرة), أفعل/فعلى/أفاعل (الأعلى، الكبرى، الأجانب),
    فعيل/فعّال (الكبير، العملاقة), a sound plural or dual (السابقتين), a number (السبع) or a short word (الحر)
    — the words that extend "وزارة الشؤون | الإسلامية"، "هيئة الأركان | المشتركة"."""
    n = len(x)
    return x.endswith(("ي", "يه", "ين", "ون", "يات")) or x in _ADJ_WORDS or n <= 3 \
        or x[:1] == "م" and n >= 4 or n >= 3 and x[1] == "ا" and n <= 5 or n in (4, 5) and x[0] == "ا" \
        or n in (4, 5) and x[2] == "ي" and (n == 4 or x[-1] == "ه") \
        or n in (5, 6) and x[3] == "ا" and (n == 5 or x[-1] == "ه")


def _motion_not_movement(s: _Sent, i: int, j: int) -> bool:
    """MOTION_NOT_MOVEMENT: "حركة" at token i is motion or activity, not a political movement, by the word at j: what
    moves ("حركة المرور"، "حركة الإنشاءات"، "حركة الأمعاء"); an adjective of the activity after "الحركة", not a
    nation's or a creed's ("الحركة السياحية"، "الحركة الجوية"; not "الحركة الكردية"، "الحركة الإسلامية"); an
    indefinite everyday word ("حركة تلاميذ"، "حركة انشقاق"; not "حركة أحرار الشام"، "حركة مجتمع السلم", nor a name
    no vocabulary knows: "حركة حماس")."""
    lex, w = s.lex, s.words[j]
    if w is None or s.clitic(j):
        return False
    if w in _MOTION_NOUNS:
        return True
    if w in _MOVEMENT_WORDS or w in lex.nisba_words or s.entries(j, ("gaz", "head"), with_clitic=False):
        return False
    if _is_def(w):
        return _is_def(s.words[i] or "") and w.endswith("يه") and len(w) >= 7
    return (w in lex.common or w in lex.freq) and w not in lex.given and w not in lex.name_words and w not in lex.family


# what a political movement is named by, though everyday words: "حركة أحرار الشام"، "الحركة الإسلامية"
_MOVEMENT_WORDS = frozenset(nw(w) for w in (
    "أحرار", "أنصار", "تحرير", "مجتمع", "شباب", "نور", "الإسلامية", "الوطنية", "القومية", "الشعبية", "الديمقراطية",
    "الثورية", "الاشتراكية", "التصحيحية", "الدستورية", "الصهيونية", "الانفصالية", "الجهادية", "السلفية",
    "الإصلاحية", "التقدمية", "الليبرالية", "الشيوعية", "الطلابية", "النقابية", "المدنية", "الاحتجاجية",
    "الحوثية", "الشبابية"))
# what moves when "حركة" is motion, not a movement: "حركة المرور"، "حركة التجارة"
_SECURITY_OF = frozenset(nw(w) for w in ("القومي", "الغذائي", "المائي", "الإقليمي", "الاقليمي", "الدولي", "الاقتصادي",
                                          "الفكري", "السيبراني", "الإلكتروني", "الوطني", "العربي", "الخليجي", "الصحي",
                                          "الاجتماعي", "الطاقي", "النووي"))
_MOTION_NOUNS = frozenset(nw(w) for w in ("اليد", "اليدين", "الأصابع", "الذراع", "الساق", "القدم", "القدمين", "الرأس",
                                          "الرقبة", "الأطراف", "العضلات", "الجناحين", "الجناح", "الأجنحة",
                                          "المرور", "السير", "التجارة", "الأموال", "المطار", "الملاحة", "الطيران",
                                          "السفر", "الشاحنات", "السيارات", "المركبات", "الزوار",
                                          "العين", "العينين", "النقل", "البيع", "الشراء", "الأسهم", "التداول",
                                          "الأسعار", "السوق", "الرياح", "الجسم", "السفن", "القطارات", "الركاب",
                                          "المسافرين", "الحجاج", "البضائع", "الاستيراد", "التصدير",
                                          "السياحة", "الصادرات", "الواردات", "البيانات", "الاتصالات", "المواصلات",
                                          "الدخول", "الخروج", "التنقل", "البناء", "التشييد", "الإنشاء", "الإنشاءات",
                                          "التعمير", "التصنيع", "القطاع", "الاقتصاد", "الأسواق", "الأمعاء",
                                          "المفصل", "المفاصل", "اللسان", "الفك", "المضغ", "الساعة", "المشاة",
                                          "الجماهير", "الحشود", "الطفل", "الإنسان", "التاريخ", "العبارات",
                                          "الكواكب", "النجوم", "الأرض", "الشمس", "القمر", "الماء", "المياه"))
# a board's or a chief's department is the body's own: "مجلس إدارة المملكة القابضة"
_BOARD_WORDS = frozenset(nw(w) for w in ("مجلس", "رئيس", "مدير", "عضو", "أعضاء"))
# a diplomatic mission, named with the country or body that hosts it: "سفارة المملكة لدى ماليزيا"
_MISSION_HEADS = frozenset(nw(w) for w in ("سفارة", "السفارة", "قنصلية", "القنصلية", "ملحقية", "الملحقية"))
# heads whose name is often one definite word, a common one or one shaped like an adjective: "شارع الفيصلية"،
# "حي العزيزية"، "مقبرة الشهداء"
_ROAD_KINDS = frozenset(nw(w) for w in ("السريع", "الدائري", "الساحلي", "الدولي", "القديم", "المباشر", "الزراعي",
                                        "الصحراوي"))
_CAMPAIGN_HEADS = frozenset(nw(w) for w in ("حملة", "الحملة"))
# words that make a "مركز" a facility (LOC), not a body: health centres, malls, commercial and historic sites, a
# district's centre
_FACILITY_CENTRE_KINDS = frozenset(nw(w) for w in ("صحي", "طبي", "الطبي", "مول", "التجاري", "التاريخي", "حي"))
_CULTURAL = frozenset(nw(w) for w in ("الثقافي", "الحضاري"))  # after a centre named after a king: its adjective
# the kind of a team or club of no sport after its name: "فريق كاسبر التطوعي"، "نادي إنسان الاجتماعي"
_SOCIETY_KINDS = frozenset(nw(w) for w in ("التطوعي", "التطوعية", "الاجتماعي", "الاجتماعية", "الخيري", "الخيرية",
                                           "الثقافي", "الثقافية", "الأدبي", "الأدبية", "الكشفي", "الشبابي",
                                           "الرياضي", "النسائي", "النسائية"))
_HEALTH_KINDS = frozenset(nw(w) for w in ("صحي", "طبي"))  # "مركز صحي" and "مركز طبي" take the place they serve
_DASHES = frozenset("-–—")  # between the two ends of a road: "طريق العقير – الهفوف"
_STREET_HEADS = frozenset(nw(w) for w in ("شارع", "حي", "دوار", "مقبرة"))
# administrative divisions: the definite word after one that no vocabulary knows is its name ("محافظة الحناكية")
_ADMIN_HEADS = frozenset(nw(w) for w in ("محافظة", "مديرية", "بلدة", "قرية", "ناحية"))
_TEAM_ADJ = frozenset(nw(w) for w in ("الأولمبي", "الأولمبية", "الأول", "الأولى"))
# the sports and ages a team's name may end with: "المنتخب السعودي للمبارزة"، "منتخب الشباب لكرة القدم"
_SPORTS = frozenset(nw(w) for w in (
    "المبارزة", "التايكوندو", "الكاراتيه", "الجودو", "السباحة", "التنس", "الفروسية", "الرماية", "الدراجات",
    "الشطرنج", "الملاكمة", "المصارعة", "الجمباز", "الهوكي", "البولينج", "الاسكواش", "الناشئين", "الشباب",
    "السيدات", "الصالات", "الشواطئ", "الطاولة", "الهجن", "البلياردو", "القوس"))
_SPORT_CONSTRUCTS = frozenset(nw(w) for w in ("لكرة", "لرفع", "لألعاب", "لتنس", "لسباق"))


def _team_tail(s: _Sent, k: int, bound: int) -> int:
    """The end of a team's name after its proper part and nationality: "الأولمبي"، "الأول" and the sport,
    "المنتخب السعودي الأولمبي | لكرة القدم"، "المنتخب السعودي | للمبارزة" (not "المنتخب السعودي | للقاء نظيره")."""
    words = s.words
    if k < bound and words[k] in _SOCIETY_KINDS:
        return k + 1  # SOCIETY_KIND: a team or club of no sport: "فريق كاسبر | التطوعي"، "نادي إنسان | الاجتماعي"
    while k < bound and words[k] in _TEAM_ADJ:
        k += 1
    w = words[k] if k < bound else None
    if w is None:
        return k
    if w.startswith("لل") and "ال" + w[2:] in _SPORTS:
        return k + 1
    if w in _SPORT_CONSTRUCTS and k + 1 < bound and _is_def(words[k + 1] or ""):
        return k + 2
    return k


def _foreign_word(s: _Sent, k: int) -> bool:
    """Token k is a word no vocabulary knows, with no clitic and no lexicon entry: a part of a foreign name."""
    w, lex = s.words[k], s.lex
    t = s.tokens[k]
    return w is not None and w.isalpha() and len(w) >= 3 and not _is_def(w) and w not in lex.freq \
        and w not in lex.common and w not in FUNCTION and s.hits[k] is None and t.prefix_end == t.start \
        and t.suffix_start == t.end and not _unsplit_clitic_noun(lex, w) \
        and not (w[:1] in "يت" and w.endswith(("ون", "ان")) and len(w) >= 5) \
        and not _future_verb(lex, w) and not _CONJ_DERIVED_PAST.fullmatch(w)
    # (not a verb in the plural, "يعانون", in the future, "سيرفع", or a derived verb after "و": "واجتمع")


def _foreign_first(s: _Sent, i: int, k: int) -> bool:
    """Token k, after the singular nisba at token i, is the first word of a foreign name: a word no vocabulary
    knows, not a noun in ة, not a plural verb ("اليونانيون | مرارة"، "اليونانيين | يشعرون") and not a verb in the
    imperfect ("الأميركية | تخفض")."""
    w = s.words[k]
    return (s.words[i] or "").endswith(("ي", "يه")) and s.bounds[k] == s.bounds[i] and _foreign_word(s, k) \
        and not (w.endswith("ه") and s.tm(k)) \
        and not (w[:1] in "يتن" and w.endswith(("ون", "ين", "ان"))) \
        and not (w[:1] in "يت" and len(w) == 4 and w[1] not in "اوي") \
        and not (len(w) >= 6 and w.endswith("ات") and s.lex.name_score(w) < 0) \
        and not (len(w) >= 4 and w.endswith("ا") and s.lex.freq.get(w[:-1], 0) >= 3 and w not in s.lex.given) \
        and not _and_known_word(s.lex, w)
    # (nor a verb تفعل with no long vowel, agreeing with the noun the nisba describes: "«دلتا إيرلاينز» الأميركية
    # | تخفض رحلاتها"; a foreign name has its vowels written; nor a plural in ات: "الأميركية | تحقيقات"; nor a known
    # noun in the accusative: "التايوانية | هاتفا"; nor "و" + a known word or the imperfect of one: "منطقتنا العربية |
    # ويزرع الحزن")


def _is_def(w: str) -> bool:
    return w.startswith("ال") and len(w) > 3


def _definite_form(s: _Sent, k: int) -> str | None:
    """Token k without its conjunction or preposition, with the article that "لل" hides restored ("وللشعب" ->
    "الشعب"); the word itself when it has no clitic."""
    st = s.stem(k)
    if st is None:
        return s.words[k]
    w, p = st
    if p and not _is_def(w) and s.words[k][p - 1:p + 1] == "لل":
        return with_article(w)
    return w


def find_mentions(article, lex: EntityLexicon | None = None) -> list[Cand]:
    """Candidate mentions of an article, before resolution (exposed for debugging and tests)."""
    return _find(_Sent(article, lex or EntityLexicon.default()))


def _find(s: _Sent) -> list[Cand]:
    out: list[Cand] = []
    words, hits = s.words, s.hits
    # only tokens a lexicon knows, and unknown or Latin-script words that may be names, can start a mention
    tables = _WordTables.of(s.lex)
    kinds = list(map(tables.start.__getitem__, words))
    todo = itertools.compress(itertools.count(), map(or_, kinds, map(is_not, hits, itertools.repeat(None))))
    pos = 0
    for i in todo:
        if i < pos:
            continue
        if hits[i] is None:
            w = words[i]
            if kinds[i] == _LATIN:
                j = i + 1
                while j < s.bounds[i] and words[j] is not None and words[j][:1].isascii() and words[j][:1].isupper():
                    j += 1
                # Latin-script names: an acronym (CNN, IBM) or two capitalised words (Michael Schumacher), not a
                # phrase of common English words ("Visit Today", "Your IP Address": page furniture)
                if all(x.isascii() and x.isalpha() for x in words[i:j]) and len(w) >= 2 \
                        and (j > i + 1 or w.isupper() and w not in _THING_ACRONYMS and not _in_domain(s, i)) \
                        and not (j > i + 1 and all(x.lower() in s.lex.latin_common for x in words[i:j])):
                    ty = "PER" if j > i + 1 and w in s.lex.given else "ORG"
                    out.append(_cand(s, i, 0, j, ty, "name", source="latin"))
                pos = j
                continue
            if kinds[i] == _UNKNOWN:
                glued = tables.glued[w]
                if glued:
                    j = max(_name_run(s, i + 1, have=1), i + 1)
                    out.append(_cand(s, i, glued, j, "PER", "name", source="glued"))
                    pos = j
                    continue
                j = _foreign_name(s, i)
                if j == i:
                    j = _foreign_pair_before_title(s, i)
                if j > i:
                    out.append(_cand(s, i, _conjunction_on_name(s, i), j, "PER", "name", source="foreign"))
                    pos = j
                    continue
                p = _family(s, i)
                if p is not None and (i and (s.words[i - 1] in _QUANTIFIERS or s.words[i - 1] in _RELATIVES) and not p
                                      or s.words[i][p:] in _PIOUS_NOUNS and i + 1 < s.n and s.words[i + 1] == "الله"):
                    p = None  # an adjective after a quantifier: "كل | صادق"، "غير | صادق"; a verb after a relative:
                    # "الذي | صادق مجلس الشيوخ"; God's help: "بعون الله"
                if p is not None:
                    g = _given_before_family(s, i, p, out)
                    first, off = (i - 1, g) if g is not None else (i, p)
                    out.append(_cand(s, first, off, i + 1, "PER", "name", source="family"))
                    pos = i + 1
                elif _after_clause_verb(s, i) and not _lone_non_name(s.lex, w) and s.lex.namey(w):
                    j = _name_run(s, i)
                    if j > i:
                        out.append(_cand(s, i, 0, j, "PER", "name", source="speech"))
                        pos = j
            continue
        j = _at(s, i, out)
        pos = j if j > i else i + 1
    if s.lex.sports:
        _teams(s, out)
        if s.lex.clubs:
            _clubs(s, out)
        _club_of_country(s, out)
    _described_companies(s, out)
    _business_names(s, out)
    _forces_of_leader(s, out)
    _secretariat_of(s, out)
    _capital_names(s, out)
    _stadium_of_sports_city(s, out)
    _sms_carriers(s, out)
    _city_services(s, out)
    _publishers(s, out)
    _republics(s, out)
    _listed_names(s, out)
    _ranked_names(s, out)
    _place_list(s, out)
    _called_names(s, out)
    if s.lex.person_model:
        out.extend(_model_names(s, out))
    _company_by_nationality(s, out)
    _extend_names(s, out)
    _foreign_before_role(s, out)
    _city_as_family_name(s, out)
    _role_after_name(s, out)
    _possessed_role(s, out)
    _counterpart(s, out)
    _kunya_nisba(s, out)
    _addressed_outlets(s, out)
    _tails_of_names(s, out)
    _byline(s, out)
    _nisba_before_name(out)
    _bracketed_aliases(s, out)
    animals, inside = _animal_names(s)
    return [c for c in out if not _pious_phrase(s, c) and not _word_no_name(s, c)
            and not (animals and (c.tok_start in inside or tuple(s.words[c.tok_start:c.tok_end]) in animals))]


_TAIL_PARTICLES = frozenset(nw(w) for w in ("ولد", "بن", "ابن", "آل", "أبو"))


def _tails_of_names(s: _Sent, out: list[Cand]) -> None:
    """TAIL_OF_NAME: the part of a person's full name from a particle on ("ولد الشيخ أحمد" of "اسماعيل ولد الشيخ
    أحمد"، "آل الشيخ" of "عبدالعزيز آل الشيخ") names that person wherever the article writes it alone: "وقال | ولد
    الشيخ أحمد | لقناة …" (it read "الشيخ" as a title and "أحمد" as the name). Not when two people share the tail, nor
    when a given name stands before it (another person of the family: "خالد | بن سلمان")."""
    words, lex = s.words, s.lex
    tails: dict[tuple[str, ...], set[tuple[str | None, ...]]] = {}
    for c in out:
        if c.type != "PER" or c.kind != "name" or c.tok_end - c.tok_start < 3:
            continue
        full = tuple(words[c.tok_start:c.tok_end])
        p = next((x for x in range(1, len(full) - 1) if full[x] in _TAIL_PARTICLES), None)
        if p is not None and all(full[p:]):
            tails.setdefault(full[p:], set()).add(full)
    tails = {t: f for t, f in tails.items() if len(f) == 1}
    if not tails:
        return
    firsts = {t[0] for t in tails}
    for k in itertools.compress(range(s.n), map(firsts.__contains__, words)):
        for tail in tails:
            end = k + len(tail)
            if tuple(words[k:end]) != tail or s.bounds[k] != s.bounds[end - 1] or (
                    k and words[k - 1] is not None and (words[k - 1] in lex.given or words[k - 1] in lex.name_words)):
                continue
            over = [c for c in out if c.tok_start < end and k < c.tok_end]
            if any(c.tok_start < k or c.tok_end > end or c.type != "PER" for c in over) or any(
                    c.tok_start == k and c.tok_end == end for c in over):
                continue  # (inside a longer name, or found already)
            out[:] = [c for c in out if not any(c is o for o in over)]
            out.append(_cand(s, k, 0, end, "PER", "name", source="tail"))


# animals a race or a show names in marks: "الجواد "شادي الألحان""، "الفرس (هيل اوف دريمز)"
_ANIMALS = frozenset(c + nw(w) for w in ("الجواد", "الفرس", "المهر", "المهرة", "الحصان", "الخيل", "الفحل", "الناقة",
                                         "الصقر", "الجمل", "المطية") for c in ("", "و", "ب"))
_ANIMALS |= frozenset("لل" + w[2:] for w in _ANIMALS if w.startswith("ال"))


def _animal_names(s: _Sent) -> tuple[set[tuple[str | None, ...]], set[int]]:
    """ANIMAL_NAME: the words of each name in marks or brackets right after an animal noun ("نال الجواد "نطيحك شقي"
    شرف الفوز"، "في صالح الفرس (هيل اوف دريمز)"): a horse's name, no person or body, here or anywhere in the article
    ("الأولية لـ"نطيحك شقي"" in a heading is no outlet spoken to). Returns the names and the tokens inside marks."""
    names, inside = set(), set()
    for k in itertools.compress(range(s.n - 2), map(_ANIMALS.__contains__, s.words)):
        if s.punct(k + 1) not in _MARKED_OPEN:
            continue
        end = _quoted(s, k + 1, 5)
        if end == k + 1 and s.punct(k + 1) == "(":
            end = _bracketed_name(s, k + 1, 5)
        if end > k + 2:
            names.add(tuple(s.words[k + 2:end - 1]))
            inside.update(range(k + 2, end - 1))
    return names, inside


_ALIAS_BRACKETS = {"(": ")", **_OPEN_QUOTES}


def _alias_word(lex: EntityLexicon, w: str) -> bool:
    """A word of a short name: in capitals (IMF), or one no vocabulary knows, without the article (ساما، أرامكو)."""
    if w.isascii():
        return w.isalpha() and w.isupper() and len(w) >= 2
    return w.isalpha() and len(w) >= 3 and not _is_def(w) and w not in lex.freq and w not in lex.common \
        and w not in lex.generic and w[:1] not in "وفب" and lex.name_score(w) >= -0.5 \
        and (lex.namey(w) or len(w) >= 7 and not w.endswith(("ها", "هم")))  # (no verb: "أبلغت"، "يصادق")


def _bracketed_aliases(s: _Sent, out: list[Cand]) -> None:
    """BRACKETED_ALIAS: one to three words in brackets or quote marks right after a body's name, in capitals or no
    vocabulary knows, are its short name, a mention of it (and searched over the article): "مؤسسة النقد العربي
    السعودي (ساما)"، "… «ساما»"، "منظمة العفو الدولية (أمنستي)"; a person found inside them is none."""
    if not any(ch in s.text for ch in "(\"«“'‘"):
        return
    by_start = {c.tok_start: c for c in out if c.kind == "name"}
    for c in list(out):
        k = c.tok_end
        if c.kind != "name" or c.type != "ORG" or c.attach is not None \
                or c.source not in ("head", "gaz") or k >= s.n:
            continue
        close = _ALIAS_BRACKETS.get(s.punct(k) or "")
        if close is None:
            continue
        end = next((x for x in range(k + 1, min(s.n, k + 4)) if s.words[x] is None), None)
        if end is None or end == k + 1 or s.punct(end) not in (close, "”", "»", '"') \
                or not all(_alias_word(s.lex, w) for w in s.words[k + 1:end]):
            continue
        inside = by_start.get(k + 1)
        if inside is not None and (inside.type != "PER" or inside.tok_end != end):
            continue  # (a known body or place of its own: "وزارة الخارجية (الخارجية الأمريكية)" stays)
        short = tuple(s.words[k + 1:end])
        if any(o is not c and o.type == "ORG" and o.kind == "name" and o is not inside and contains_run(short, tuple(
                w for w in s.words[o.tok_start:o.tok_end] if w)) for o in out):
            continue  # (the short name of another body of the article: "ميليشيا «قسد»")
        if inside is not None:
            out.remove(inside)
        alias = Cand(s.tokens[k + 1].start, s.tokens[end - 1].end, "", c.type, "name", k + 1, end, source="quoted")
        alias.text = s.text[alias.start:alias.end]
        alias.attach = c
        alias.short = (k + 1, end)  # (searched over the article as the body's alias)
        out.append(alias)


_COMPANY = nw("شركة")
_PAPERS = frozenset(nw(w) for w in ("صحيفة", "جريدة", "مجلة"))
_AGENCY = nw("وكالة")
_CAPITAL = nw("العاصمة")


def _taken(s: _Sent, out: list[Cand]) -> bytearray:
    """1 at each token a candidate covers."""
    taken = bytearray(s.n)
    for c in out:
        for k in range(c.tok_start, min(c.tok_end, s.n)):
            taken[k] = 1
    return taken


def _capital_names(s: _Sent, out: list[Cand]) -> None:
    """CAPITAL_NAME: "العاصمة" (with a nisba or none), then one word no vocabulary knows that scores as a name, is a
    city: "وفي العاصمة | تايبه"، "العاصمة الأوغندية | كمبالا" (not a verb: "العاصمة | شهدت"، "تايبه | اقتلعت")."""
    if "عاصم" not in s.text:
        return
    taken = _taken(s, out)
    for k in range(s.n - 1):
        w0 = s.words[k]
        if not w0 or not w0.endswith(_CAPITAL[2:]) or _definite_form(s, k) != _CAPITAL:
            continue
        x = k + 1
        ns = s.entries(x, ("nisba",), with_clitic=False)
        if ns:
            x = ns[0][1]
        w = s.words[x] if x < s.n else None
        if w and s.bounds[x] == s.bounds[k] and not taken[x] and _foreign_word(s, x) \
                and s.lex.name_score(w) >= -0.5 and not w.endswith("ا") and w[:2] not in ("يت", "تت", "ين", "تن"):
            # (not a verb: "العاصمة | تتزين"، nor an accusative: "أمطرا")
            out.append(_cand(s, x, 0, x + 1, "LOC", "name", source="capital"))
            taken[x] = 1


def _stadium_of_sports_city(s: _Sent, out: list[Cand]) -> None:
    """STADIUM_OF_SPORTS_CITY: a stadium or a hall right before a sports city the gazetteer knows is one facility,
    the head included: "ملعب | مدينة الملك عبدالله الرياضية"، "صالة | مدينة الملك فيصل الرياضية" (not a stadium of a
    town: "ملعب مدينة ورجل")."""
    if "رياضي" not in s.text:
        return
    for n, c in enumerate(out):
        k = c.tok_start - 1
        if c.type != "LOC" or c.kind != "name" or c.source not in ("gaz", "head") or k < 0 \
                or s.bounds[k] != s.bounds[c.tok_start] \
                or c.start != s.tokens[c.tok_start].start or not (s.words[c.tok_start] or "").endswith("مدينه") \
                or s.words[c.tok_end - 1] != "الرياضيه":
            continue
        st = s.stem(k)
        if st is None or st[0] not in _STADIUM_HEADS:
            continue
        out[n] = _cand(s, k, st[1], c.tok_end, "LOC", "name", source="head", head_class="facility")


_FA_INNA = nw("فإن")
_STADIUM_HEADS = frozenset(nw(w) for w in ("ملعب", "استاد", "إستاد", "ستاد", "صالة"))


def _sms_carriers(s: _Sent, out: list[Cand]) -> None:
    """SHORT_CODE_CARRIER: a mobile carrier named right after the short code of an SMS line, "أرسل رسالة إلى 88548
    الاتصالات أو 636250 موبايلي أو 738303 زين" (a column's footer): the companies, though "زين" and "الاتصالات" are
    everyday words elsewhere."""
    if _SHORT_CODE.search(s.text) is None:
        return
    toks = s.tokens
    taken = None
    for k in range(1, s.n):
        w = s.words[k]
        if w is None or (w.lower() if w.isascii() else w) not in _CARRIERS:
            continue
        b = k - 1
        if s.punct(b) in ("-", "–", "،", ","):
            b -= 1
        if b < 0 or toks[b].kind != "number" or not 4 <= toks[b].end - toks[b].start <= 6:
            continue
        taken = taken or _taken(s, out)
        if not taken[k]:
            out.append(_cand(s, k, 0, k + 1, "ORG", "name", source="carrier"))
            taken[k] = 1


_CARRIERS = frozenset({nw("الاتصالات"), nw("موبايلي"), nw("زين"), "stc", "mobily", "zain"})
_REPUBLIC = nw("الجمهورية")
_ARAB = nw("العربية")


def _city_services(s: _Sent, out: list[Cand]) -> None:
    """CITY_SERVICE: "تعليم" (education) or "صحة" (health) without the article, right before a city or a region, is
    that place's directorate, a body: "من تعليم الرياض"، "أصدرت صحة الأحساء بياناً"، "الناطق الإعلامي لصحة عسير"،
    "تعليم الشرقية". The place stays a mention of its own; "تعليم الأطفال"، "وزارة التربية والتعليم" name none."""
    words, toks = s.words, s.tokens
    taken = None
    for k in itertools.compress(range(s.n - 1), map(_SERVICE_FORMS.__contains__, words)):
        w = words[k]
        t = toks[k]
        p = t.name_start - t.start if t.name_start > t.start and len(w) == t.end - t.start else 0
        if w[p:] not in _CITY_SERVICES or s.bounds[k] <= k + 1:
            continue
        j = k + 1
        if words[j] in _REGIONS_BY_SIDE:
            end, place = j + 1, None
        else:
            if words[j] in _REGION_HEADS and j + 1 < s.bounds[k]:
                j += 1  # "صحة منطقة | مكة المكرمة"
            place = next((g for g in s.entries(j, ("gaz",), with_clitic=False) if g[3][0] == "LOC"), None)
            if place is None:
                continue
            end = place[1]
        taken = taken or _taken(s, out)
        if any(taken[k:end]) and not all(c.type == "LOC" for c in out if c.tok_start < end and c.tok_end > k):
            continue
        out.append(_cand(s, k, p, end, "ORG", "name", source="head"))
        if place is not None and not taken[j]:
            out.append(_cand(s, j, 0, end, "LOC", "name", canonical=place[3][1], source="gaz", kind_=place[3][2]))
        for x in range(k, end):
            taken[x] = 1


_CITY_SERVICES = frozenset(nw(w) for w in ("تعليم", "صحة"))
# the two words with the clitics they take (found at C speed, then checked one by one)
_SERVICE_FORMS = frozenset(c + w for w in _CITY_SERVICES for c in ("", "و", "ف", "ل", "ب", "ك", "ول", "وب", "فل", "فب"))
_REGION_HEADS = frozenset(nw(w) for w in ("منطقة", "محافظة"))
def _republics(s: _Sent, out: list[Cand]) -> None:
    """REPUBLIC_BY_NISBA: "الجمهورية" + a country's feminine nisba (after "العربية" too) is that country, a place:
    "أبناء الجمهورية اليمنية"، "والجمهورية التونسية" (the kingdoms and "الجمهورية العربية السورية" are listed)."""
    words = s.words
    for k in itertools.compress(range(s.n - 1), map(_REPUBLIC_FORMS.__contains__, words)):
        p = len(words[k]) - len(_REPUBLIC)
        j = k + 1
        if j < s.bounds[k] and words[j] == _ARAB:
            j += 1
        ns = s.entries(j, ("nisba",), with_clitic=False) if j < s.bounds[k] else []
        if not ns or ns[0][1] != j + 1 or not (words[j] or "").endswith("يه") or ns[0][3] == "العالم العربي":
            continue
        if all(c.kind == "nisba" for c in out if c.tok_start <= j and c.tok_end > k):  # (the nisba alone gives way)
            _replace(s, out, k, j + 1, _cand(s, k, p, j + 1, "LOC", "name", canonical=ns[0][3], source="gaz",
                                             kind_="country"))


_HOUSE = frozenset({"دار", "ودار", "بدار", "لدار"})
# what a publishing house does: "دار عدنان | للنشر والتوزيع"، "دار الساقي | للطباعة"
_PUBLISHING = frozenset(nw(w) for w in ("للنشر", "للطباعة", "للتوزيع", "للكتاب", "للكتب", "للثقافة", "للإعلام",
                                        "للترجمة"))
# the further fields after "و": "والتوزيع"، "والنشر" (with the article or without)
_MORE_PUBLISHING = frozenset(a + w[2:] for w in _PUBLISHING for a in ("", "ال"))


def _publishers(s: _Sent, out: list[Cand]) -> None:
    """PUBLISHING_HOUSE: "دار" (house), one to three name words and what it publishes with "لل" is a publisher
    (ORG): "الصادر عن دار عدنان للنشر والتوزيع"، "دار الفارابي للطباعة والنشر" (the name was a person, عدنان). The
    complement's further fields after "و" belong to it."""
    words = s.words
    for k in itertools.compress(range(s.n - 2), map(_HOUSE.__contains__, words)):
        bound = s.bounds[k]
        j = k + 1
        while j < bound and j - k <= 3 and words[j] is not None and words[j] not in _PUBLISHING and \
                words[j].isalpha() and words[j] not in FUNCTION:
            j += 1
        if j == k + 1 or j >= bound or words[j] not in _PUBLISHING:
            continue
        end = j + 1
        while end < bound and words[end] is not None and words[end][:1] == "و" and words[end][1:] in _MORE_PUBLISHING:
            end += 1
        p = 1 if words[k] != "دار" else 0
        _replace(s, out, k, end, _cand(s, k, p, end, "ORG", "name", source="publisher"))
_SHORT_CODE = re.compile(r"\d{4,6}\s*[-–،,]?\s*(?:ال[اإأ]تصالات|موبايلي|زين|stc|mobily|zain)", re.IGNORECASE)


def _company_by_nationality(s: _Sent, out: list[Cand]) -> None:
    """COMPANY_BY_NATIONALITY: one word no list knows, taken for a person's name, then a feminine nisba that agrees
    with an unsaid "الشركة": a company ("فيديكس | الأمريكية تريد"). A woman's name ends in ة or ا ("أليسا
    اللبنانية") or is a listed given name."""
    lex, words = s.lex, s.words
    for c in out:
        k = c.tok_start
        if c.type != "PER" or c.kind != "name" or c.tok_end != k + 1 or c.source not in ("model", "speech", "foreign") \
                or c.tok_end >= s.n or s.bounds[k] != s.bounds[c.tok_end]:
            continue
        w = c.text and nw(c.text)
        if w and w not in lex.given and w not in lex.name_words and not w.endswith(("ه", "ا")) \
                and (words[c.tok_end] or "").endswith("يه") and s.entries(c.tok_end, ("nisba",), with_clitic=False):
            c.type = "ORG"


def _described_companies(s: _Sent, out: list[Cand]) -> None:
    """DESCRIBED_COMPANY: a company described by its trade, then named by a foreign name no list knows: "شركة خدمات
    حقول النفط | بيكر هيوز"، "شركة النفط البريطانية | بي بي" (spelled letters). The name is the company; the
    description before it names nothing. The name ends the clause's noun phrase: a nisba, a clause opener, "و",
    punctuation or the sentence's end follow it."""
    words = s.words
    taken = _taken(s, out)
    for idx, c in enumerate(out):
        if c.type != "ORG" or c.kind != "name" or c.source != "head" or c.head_class != "company" \
                or _definite_form(s, c.tok_start) != _COMPANY or not all(
                    words[k] and (words[k] in s.lex.freq or words[k] in s.lex.common
                                  or s.lex.name_score(words[k]) < -0.5)
                    for k in range(c.tok_start + 1, c.tok_end)):
            continue  # (a company described in known words only: not "شركة «لوثرن للخدمات الاجتماعية»")
        bound = s.bounds[c.tok_start] if c.tok_start < s.n else c.tok_end
        x = c.tok_end
        while x < bound and x - c.tok_end < 2 and words[x] and not taken[x] and (
                _is_def(words[x]) and not s.clitic(x) or words[x][:1] == "و" and _is_def(words[x][1:])) \
                and not s.entries(x, ("nisba", "gaz", "role", "head")):
            x += 1  # the trade's last words: "حقول | النفط"، "البريد | والنقل" (then no word with a clitic, "بضخ"، and
            # no letter that is also a word, "إن"، "في")
        y = x
        while y < bound and y - x < 3 and not taken[y] and (
                _foreign_word(s, y) and len(words[y]) >= 4
                and not (words[y][:1] == "و" and y == x or words[y][:1] in "وفبل" and words[y][1:] in s.lex.freq)
                and not s.accusative(y) and not words[y].endswith(("ها", "هم"))
                or words[y] in _SPELLED_LETTERS and not _clause_at(s, y) and words[y] not in FUNCTION):
            y += 1
        if y == x or y == x + 1 and words[x] in _SPELLED_LETTERS or not (
                y >= bound or s.punct(y) or (words[y] or "")[:1] == "و" or _clause_at(s, y)
                or s.entries(y, ("nisba",), with_clitic=False)):
            continue
        out[idx] = _cand(s, x, 0, y, "ORG", "name", source="described-company")


# the English words of a business's name, spelled in Arabic letters: "كابيتال"، "تشارترد"، "ماجازين" (not "غروب", also
# the Arabic for sunset, nor "بنك"، "ميديا"، "نيوز", Arabic words or parts of outlets' names the gazetteer lists)
_BUSINESS_WORDS = frozenset(nw(w) for w in (
    "كابيتال", "إيكونوميكس", "فايننشال", "فاينانشال", "فايننشيال", "سرفيس", "سيرفيس", "سيرفيسز", "سرفيسز", "تشارترد",
    "ماجازين", "ماغازين", "جروب", "هولدينغ", "هولدينج", "إنترناشيونال", "إنترناشونال", "تكنولوجيز", "سيستمز",
    "إيرلاينز", "إيرويز", "إنفستمنت", "إنفستمنتس", "ريسيرش", "ريسيرتش", "بارتنرز", "أسوشيتس", "كونسلتينغ",
    "كونسلتنغ", "ماركتس", "سكيوريتيز", "سيكيوريتيز", "سيكيورتيز", "بتروليوم", "فارما", "لابز", "موتورز"))
# ("كومباني" is also a footballer's family name: "فنسان كومباني")
_BUSINESS_HEADS = frozenset(nw(w) for w in ("بنك", "مصرف", "مجموعة"))


def _business_names(s: _Sent, out: list[Cand]) -> None:
    """BUSINESS_NAME: a name with an English business word spelled in Arabic letters is a company's: "صادرة عن
    «كابيتال إيكونوميكس لندن»"، "لدى ستاندرد تشارترد"، "موقع بي سي ماجازين". The name is the quoted one around
    the word, or else the word with the foreign words and spelled letters before it (up to three) and the business
    words after it. A word a body's head already names is left to it ("شركة جنرال موتورز")."""
    words = s.words
    taken = None
    resume = 0  # the first token a new name may start at
    for k in itertools.compress(range(s.n), map(_BUSINESS_WORDS.__contains__, words)):
        if k < resume:
            continue
        if taken is None:
            taken = bytearray(s.n)
            for c in out:
                if c.type == "ORG":
                    taken[c.tok_start:c.tok_end] = b"\x01" * (min(c.tok_end, s.n) - c.tok_start)
        if taken[k]:
            continue
        b = k + 1
        while b < s.n and (words[b] in _BUSINESS_WORDS or words[b] in _CORPORATE_SUFFIXES):
            b += 1
        before = next((c for c in out if c.type == "ORG" and c.kind == "name" and c.tok_end == k
                       and s.bounds[c.tok_start] == s.bounds[k]), None)
        if before is not None:  # the head's name stopped short of it: "شركة يونايتد | إيرلاينز"
            before.tok_end, before.end = b, s.tokens[b - 1].end
            before.text = s.text[before.start:before.end]
            resume = b
            continue
        a, p = k, 0
        n_words = 0
        while a > 0 and n_words < 3 and not taken[a - 1] and s.bounds[a - 1] == s.bounds[k]:
            w = words[a - 1]
            if w is None and a >= 2 and s.punct(a - 1) == "." and words[a - 2] in _SPELLED_LETTERS \
                    and s.tokens[a - 2].end == s.tokens[a - 1].start and s.tokens[a - 1].end == s.tokens[a].start:
                a -= 2  # letters joined by dots: "بي.سي ماغازين"، "إن.بي.كيه كابيتال"
                continue
            if w and w[:1] == "و" and len(w) >= 5 and w[1:] not in s.lex.freq and w[1:] not in s.lex.common \
                    and s.hits[a - 1] is None:
                a, p = a - 1, 1  # "و" opens the name, the next of a list: "… أيرلاينز | وتشاينا إيسترن أيرلاينز"
                break
            if not w or w in FUNCTION or not (_foreign_word(s, a - 1) or w in _SPELLED_LETTERS or s.hits[a - 1]
                                              and not s.entries(a - 1, ("gaz", "head", "role", "nisba"))
                                              and w not in s.lex.freq and not _is_def(w)):
                break  # (a word that only opens a longer listed name: "ستاندرد" of "ستاندرد آند بورز")
            a -= 1
            n_words += 1
        if p == 0 and a > 0 and words[a - 1] in _BUSINESS_HEADS and not taken[a - 1] and a < k:
            a -= 1  # the bank's head is part of its name: "بنك | ستاندرد تشارترد"
        o = next((x for x in range(k - 1, max(-1, k - 5), -1) if s.punct(x)), -1)
        if o >= 0 and _quoted(s, o, 5) >= b:
            a, b, p = o + 1, _quoted(s, o, 5) - 1, 0  # the whole quoted name: "«كابيتال إيكونوميكس لندن»"
        if b - a >= 2 and not (a > 0 and (_definite_form(s, a - 1) or "") in _INDEX_WORDS):
            _replace(s, out, a, b, _cand(s, a, p, b, "ORG", "name", source="business"))  # (no stock index)
        resume = b


# what is rebuilt, in construct after "إعمار": "إعمار | المناطق المتضررة"
_GENITIVES_OF_REBUILDING = frozenset(nw(w) for w in ("البلاد", "المدينة", "المدن", "المناطق", "المنطقة", "القرى",
                                                     "ما"))
# a stock index, named after the company that computes it: "مؤشر ستاندرد آند بورز 500"
_INDEX_WORDS = frozenset(nw(w) for w in ("مؤشر", "المؤشر", "مؤشري"))
# the words of a large number after its digits: "19 مليار | يوان"
_NUMERAL = re.compile(r"[\d٠-٩][\d٠-٩.,٫٬]*")
# a preposition right after the "ل"-word makes it a purpose when the name before is whole: "وزارة التعليم |
# للتعرف على"، "الاتحاد السعودي | للحد من"
_PURPOSE_PREPOSITIONS = frozenset(nw(w) for w in ("من", "على"))  # (not "عن": "وكالة تسنيم للأنباء | عن مصادر")
# verbal nouns of purpose after "ل", never a name's complement: "| للحصول على"
_GOVERNORATE = nw("محافظة")
_NAMED_BY_WORD = frozenset((_GOVERNORATE, nw("جمرك")))  # heads whose name may be an everyday word: "جمرك الحديثة"
_ALA = nw("على")
_PURPOSE_MASDARS = frozenset(nw(w) for w in ("الحصول", "الاستيلاء", "السيطرة"))
# prepositions with a pronoun: what follows a verbal noun of purpose, never a name's word ("للاستيلاء | عليها")
_PRONOUN_PREPOSITIONS = frozenset(nw(p + s) for p in ("على", "عن", "من", "إلى", "في", "ل", "ب") for s in (
    "ه", "ها", "هم", "هما"))
# the heads of armed forces named after their leader: "قوات الرئيس السابق علي عبدالله صالح"
_FORCES_HEADS = frozenset(nw(w) for w in ("قوات", "ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "كتائب", "حكومة"))
_GOVERNMENT = nw("حكومة")  # (a government loyal to someone is described: "حكومة كييف | الموالية للغرب")
_LOYAL = frozenset(nw(w) for w in ("الموالي", "الموالية", "الموالين", "الموالون"))


def _forces_of_leader(s: _Sent, out: list[Cand]) -> None:
    """FORCES_OF_LEADER: forces or a government named after their leader by his title and name are one body, the name
    included: "قوات الرئيس السابق علي عبد الله صالح"، "قوات الجيش الموالية للرئيس السابق علي عبدالله صالح"، "حكومة
    رئيس الوزراء العراقي حيدر العبادي" (the leader stays a person of his own)."""
    words, lex = s.words, s.lex
    forces = [c for c in out if c.type == "ORG" and c.kind == "name" and c.tok_end - c.tok_start >= 2
              and c.tok_end < s.n and _definite_form(s, c.tok_start) in _FORCES_HEADS]
    if not forces:
        return
    people = {c.tok_start: c for c in out if c.type == "PER" and c.kind == "name"}
    for c in forces:
        k = c.tok_end
        if words[k] in _LOYAL and _definite_form(s, c.tok_start) != _GOVERNMENT and k + 1 < s.n \
                and s.bounds[k + 1] == s.bounds[c.tok_start] \
                and (words[k + 1] or "").startswith("لل") and len(words[k + 1]) >= 5 and k + 1 not in people \
                and not any(o.tok_start == k + 1 for o in out):
            # LOYAL_FORCES: "قوات الجيش الوطني | الموالي للشرعية"، "القوات | الموالية للحكومة" — whom they are loyal
            # to is part of their name (a leader named after it is taken below)
            c.tok_end = k + 2
            c.end = s.tokens[k + 1].end
            c.text = s.text[c.start:c.end]
            c.canonical = None
        last = _definite_form(s, c.tok_end - 1) or ""
        if last not in lex.role_words and last not in ROLE_ADJ:
            continue
        k = c.tok_end
        while k < s.n and k - c.tok_end < 4 and (words[k] in ROLE_ADJ or _is_def(words[k] or "") and not s.clitic(k)
                                                 and k not in people and (words[k] in lex.nisba_words
                                                                          or words[k - 1] in lex.role_words)):
            k += 1  # "الرئيس | السابق"، "رئيس | الوزراء العراقي"
        person = people.get(k)
        if person is None or s.bounds[k] != s.bounds[c.tok_start]:
            continue
        c.tok_end, c.end = person.tok_end, person.end
        c.text = s.text[c.start:c.end]
        c.canonical = None


# PLACE_WORD_IN_IDIOM: a place's name that is also a word, before the word it makes an idiom with: "مسقط رأسه"
# (his birthplace, not Muscat)
_PLACE_IDIOMS = {nw("مسقط"): frozenset(nw(w) for w in ("رأس", "رأسه", "رأسها", "رأسهم", "رأسي", "رأسنا", "الرأس"))}


def _not_place_word(s: _Sent, k: int, w: str) -> bool:
    """Word w (token k) after a place's head names no place: "و" with a known noun or a pronoun ("المسجد | وساحاته"),
    an adjective whose definite form is known ("سجن | سري"، "جسر | بري"), a verb in the imperfect with its pronoun or
    its "فيه" ("حي | يسكنه"، "فندق | يتجمع فيه"), a word with the accusative tanween ("ميناءً | منقوشًا")."""
    lex = s.lex
    if w in lex.name_words or w in lex.given or s.hits[k] is not None:
        return False
    if w[:1] == "و" and (w[1:] in lex.common or lex.freq.get(w[1:], 0) >= 2 or w.endswith(("ه", "ها", "هم", "هما"))
                         and not s.tm(k)):
        return True
    if w.endswith("ي") and ("ال" + w in lex.common or w in lex.nisba_words):
        return True
    if w[:1] in "يت" and 4 <= len(w) <= 6 and not lex.namey(w) and w not in lex.freq and (
            w.endswith(("ه", "ها")) and not s.tm(k) or k + 1 < s.n and s.words[k + 1] in ("فيه", "فيها", "به", "بها")):
        return True  # (a town's own name may look like a verb: "مدينة تكسون"، "مدينة يوجين")
    if _MUFAAL_FEMININE.fullmatch(w) and k + 1 < s.n and (
            s.clitic(k + 1) and (s.words[k + 1] or "")[:1] in "بل" or s.words[k + 1] in _PARTICIPLE_PREPOSITIONS):
        return True  # a participle with its complement describes the place: "حديقة | مجهزة بالألعاب"، "| مخصصة
        # للعائلات"
    return s.accusative(k)


# a feminine participle of the second form, no long vowel: مجهزة، مخصصة، مزودة (normalised ة → ه)
_MUFAAL_FEMININE = re.compile(r"م[^اويى][^اويى][^اويى]ه")
_PARTICIPLE_PREPOSITIONS = frozenset(nw(w) for w in ("من", "على", "في", "إلى", "عن", "لـ", "ب"))


def _secretariat_of(s: _Sent, out: list[Cand]) -> None:
    """SECRETARIAT_OF: "الأمانة العامة" before "ل" and a body is that body's secretariat, a body of its own: "تقرير
    الأمانة العامة لاتحاد غرف مجلس التعاون"، "الأمانة العامة للجنة الوطنية لمكافحة المخدرات" (the body named in it
    stays one too)."""
    if "الأمانة العامة" not in s.text and "الامانة العامة" not in s.text:
        return
    starts = {c.tok_start: c for c in out if c.type == "ORG" and c.kind == "name"}
    for i in range(s.n - 2):
        if s.words[i + 1] != "العامه" or (s.words[i + 2] or "")[:1] != "ل":
            continue
        st = s.stem(i)
        if st is None or st[0] != "الامانه":
            continue
        body = starts.get(i + 2)
        if body is None or s.bounds[i] != s.bounds[i + 2]:
            continue
        out.append(_cand(s, i, st[1], body.tok_end, "ORG", "name", source="secretariat"))


# PLACE_LIST: plural and dual heads of places, before the names they list: "بمناطق التومة وجنوب القواديس
# والزهريات"، "قرى قورديسة وكركو ومحجرة"، "مدينتي الميادين والقورية"
_PLACE_LIST_HEADS = frozenset(nw(w) for w in (
    "مناطق", "قرى", "مدن", "أحياء", "بلدات", "مديريات", "محافظات", "مدينتي", "منطقتي", "قريتي", "محافظتي",
    "مقاطعتي", "مقاطعات", "ولايتي", "جزيرتي",
    "بلدتي", "مديريتي", "حيي"))


# the ordinals as adverbs, a place in a ranking: "حل فيصل الصغير | ثانياً، وعناد القثامي | ثالثاً"
_RANK_ADVERBS = frozenset(nw(w) for w in ("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا",
                                          "تاسعا", "عاشرا"))


def _accusative_noun(lex: EntityLexicon, w: str) -> bool:
    """w is a known noun in the accusative written without its tanween: "قائدا" (a captain)."""
    return w.endswith("ا") and (w[:-1] in lex.common or w[:-1] in lex.role_words)


def _ranked_names(s: _Sent, out: list[Cand]) -> None:
    """RANKED_NAMES: in a ranking of two places or more in one sentence ("… ثانياً، … ثالثاً"), the words between
    an item's start (a given name, with "و" after the first) and its ordinal are one person's name, whatever the
    words are: "وعزام البكر | سادساً" (not "عزام")، "وفائز سفر | تاسعاً"، "ونصيب أكرم بخاري | عاشراً". The person
    found inside the item, if any, gives way; an item with a place or body in it is left alone."""
    words, lex = s.words, s.lex
    ranks = list(itertools.compress(range(s.n), map(_RANK_ADVERBS.__contains__, words)))
    if len(ranks) < 2:
        return
    by_start: dict[int, list[Cand]] = {}
    for c in out:
        by_start.setdefault(c.tok_start, []).append(c)
    for r in ranks:
        if sum(1 for x in ranks if s.bounds[x] == s.bounds[r]) < 2:
            continue
        for b in range(max(0, r - 4), r - 1):
            if s.bounds[b] != s.bounds[r] or any(
                    words[x] is None or x > b and (words[x] or "")[:1] == "و" and s.clitic(x) for x in range(b, r)):
                continue
            w = words[b] or ""
            p = 1 if w[:1] == "و" and w not in lex.given and len(w) >= 4 and w[1:].isalpha() else 0
            first = w[p:]
            if not (first in lex.given or p and (first not in lex.common or words[b + 1] in lex.given)) \
                    or first in FUNCTION or any(x in FUNCTION for x in words[b + 1:r]) \
                    or any(s.accusative(x) or _accusative_noun(lex, words[x] or "") for x in range(b, r)):
                continue  # (an item after the first opens with "و": "وعناد القثامي | ثالثاً"، "ونصيب أكرم بخاري";
                # a noun in the accusative is no name: "سيرجيو بوسكيتس | قائداً ثالثاً", a captain)
            inside = [c for x in range(b, r) for c in by_start.get(x, ()) if c.tok_end <= r]
            if any(c.type != "PER" or c.kind != "name" for c in inside) or any(
                    c.tok_start < b < c.tok_end or c.tok_start < r < c.tok_end for c in out):
                break
            if inside and inside[0].tok_start == b and inside[0].tok_end == r:
                break  # (found whole already)
            for c in inside:
                out.remove(c)
            out.append(_cand(s, b, p, r, "PER", "name", source="ranked"))
            break


def _place_list(s: _Sent, out: list[Cand]) -> None:
    """PLACE_LIST: after a plural or dual head of places with no article, the names joined by "و" are places, each
    a mention of its own (the head is no part of them): "بمناطق التومة وجنوب القواديس والزهريات"، "مدينتي الميادين
    والقورية". A word the vocabulary knows as a common word ends the list ("مناطق الصراع والحروب" lists none)."""
    lex, words = s.lex, s.words
    covered = bytearray(s.n + 1)
    for c in out:
        for k in range(c.tok_start, min(c.tok_end, s.n)):
            covered[k] = 1
    for i, w in enumerate(words):
        if w is None or covered[i] or not (w in _PLACE_LIST_HEADS or w[1:] in _PLACE_LIST_HEADS and w[0] in "وفبل"
                                           or w[2:] in _PLACE_LIST_HEADS and w[:2] in ("وب", "فب", "ول")):
            continue
        items: list[tuple[int, int, int]] = []  # (token, offset of the name in the word, end token)
        k = i + 1
        while k < s.bounds[i] and len(items) < 12:
            x = words[k]
            if x is None:
                break
            p = 0
            if items:
                if x[:1] != "و" or len(x) < 4:
                    break
                p = 1
            x0 = x[p:]
            end = k + 1
            if x0 in COMPASS and end < s.bounds[i] and words[end] and not s.clitic(end):
                end += 1  # "وجنوب القواديس"
                x0 = words[k + 1]
            gaz = [e for e in s.entries(k, ("gaz",)) if e[3][0] == "LOC"]
            if any(e[3][2] == "country" for e in gaz):
                break  # the country the places are of: "مدن المملكة | ومرخصة"، "مناطق المملكة | وخارجها"
            known = covered[k] or bool(gaz)
            if not known and (len(x0) < 3 or not x0.isalpha() or x0 in lex.common or lex.freq.get(x0, 0) >= 3
                              or x0 in FUNCTION or x0 in lex.role_words or x0 in lex.given
                              or _is_def(x0) and (x0[2:] in lex.common or lex.freq.get(x0[2:], 0) >= 3)
                              or s.accusative(end - 1) or s.tokens[end - 1].suffix_start < s.tokens[end - 1].end
                              or len(x0) >= 5 and x0.endswith(("ها", "هم"))
                              or not _is_def(x0) and (
                                  x0.endswith(("ي", "يه", "ات", "وا", "ون")) or x0[:1] in "يت" and len(x0) >= 4
                                  or _VERBAL_NOUN_SHAPE.fullmatch(x0) or _PARTICIPLE_SHAPE.fullmatch(x0))):
                # (an indefinite nisba after the head is its adjective: "مدن سعودية", as a plural, a verb, a verbal
                # noun or a participle are no names: "مدن مرخصة"، "مناطق | يدفعون"; a word with a pronoun is
                # none either: "قراها"; after the head a definite word is its genitive, a name: "قرى الحصينية")
                break
            items.append((k, p, end) if not known else (k, -1, end))
            k = end
        if len(items) < 2:
            continue
        for k, p, end in items:
            if p >= 0 and not any(covered[x] for x in range(k, end)):
                out.append(_cand(s, k, p, end, "LOC", "name", source="list"))
                for x in range(k, end):
                    covered[x] = 1


def _nisba_before_name(out: list[Cand]) -> None:
    """A nisba right before a known person's name gives that person's nationality: "البرتغالي | جوزيه مورينيو"."""
    nisba_end = {c.tok_end: c.canonical for c in out if c.kind == "nisba" and c.canonical}
    if nisba_end:
        for c in out:
            if c.type == "PER" and c.kind == "name" and c.nationality is None and c.tok_start in nisba_end:
                c.nationality = nisba_end[c.tok_start]


# verbs whose object is a person: a role after the subject's name may be that object ("استقبل الأمير X سفير فرنسا")
_PERSON_OBJECT_VERBS = frozenset(p + nw(v) for p in ("", "و", "ف") for v in (
    "استقبل", "استقبلت", "يستقبل", "التقى", "التقت", "يلتقي", "هنأ", "هنأت", "عزى", "زار", "زارت", "يزور", "قابل",
    "ودع", "كرم", "قلد", "منح", "سلم", "شكر", "عين", "أعفى", "كلف", "رشح", "انتخب", "استدعى", "اتصل", "هاتف"))


def _foreign_before_role(s: _Sent, out: list[Cand]) -> None:
    """FOREIGN_NAME_BEFORE_ROLE: one or two words no vocabulary knows after a person's name, right before a role or a
    comma, go on with the name: "كارل هاينز | رومينيجه رئيس نادي بايرن"، "هانز | يواخيم فاتسكه رئيس نادي دورتموند"."""
    taken = {k for c in out for k in range(c.tok_start, c.tok_end)}
    for c in out:
        if c.type != "PER" or c.kind != "name" or c.attach is not None or c.tok_end - c.tok_start > 2:
            continue
        m = c.tok_end
        while m < s.n and m - c.tok_end < 2 and m not in taken and s.bounds[m] == s.bounds[c.tok_start] \
                and _foreign_word(s, m) and not ((s.words[m] or "")[:1] == "و" and s.words[m] not in s.lex.name_words) \
                and not _bi_noun(s.lex, s.words[m]) and not ACCUSATIVE_PARTICIPLE.fullmatch(s.words[m]):
            # (not "و" + a verb: "مصطفى محرم | وتخرجها المخرجة"; not ب + a noun or a participle: "مرتضى منصور | بقسوة
            # متهما رئيس الأهلي")
            m += 1
        if m > c.tok_end and m < s.n and (s.words[m] in s.lex.role_words or s.punct(m) in ("،", ",")):
            c.tok_end, c.end = m, s.tokens[m - 1].end
            c.text = s.text[c.start:c.end]
            c.canonical = None
            taken.update(range(c.tok_start, m))


# verbs whose object is a place: a city after the subject's name is that object ("زار كيري باريس")
_PLACE_OBJECT_VERBS = frozenset(p + nw(v) for p in ("", "و", "ف") for v in (
    "زار", "زارت", "يزور", "تزور", "غادر", "غادرت", "يغادر", "تغادر", "دخل", "دخلت", "يدخل", "تدخل", "ترك", "تركت",
    "يترك", "قصد", "قصدت", "حكم", "يحكم", "هاجم", "هاجمت", "يهاجم", "قصف", "قصفت", "يقصف", "احتل", "احتلت", "حاصر",
    "استهدف", "استهدفت", "اجتاح", "اجتاحت", "مثل", "مثلت", "يمثل", "تمثل", "وصل", "وصلت", "بلغ", "بلغت"))


def _city_as_family_name(s: _Sent, out: list[Cand]) -> None:
    """CITY_AS_FAMILY_NAME: a listed city right after a one-word person's name that no vocabulary knows is the family
    name, not the place: "المبعوث الأممي برناردينو | ليون", unless a verb that takes a place as its object opens
    the clause ("زار كيري باريس"); after an honorific, a given name and a city with the article: "الفنان نصير |
    السمارة"."""
    lex = s.lex
    by_start = {c.tok_start: c for c in out if c.type == "LOC" and c.kind == "name" and c.gkind == "city"}
    if not by_start:
        return
    for c in out:
        city = by_start.get(c.tok_end)
        if c.type != "PER" or c.kind != "name" or c.tok_end - c.tok_start != 1 or city is None \
                or city.tok_end - city.tok_start != 1 or city.p_clitic \
                or s.bounds[c.tok_start] != s.bounds[city.tok_start]:
            continue
        w = s.words[c.tok_start]
        titled = c.source == "honorific" and _is_def(s.words[city.tok_start] or "") and (
            w in lex.given or w in lex.name_words)
        # (after an honorific a given name with a city in "ال" is a full name: "الفنان نصير | السمارة")
        if not titled and (w in lex.name_words or w in lex.given or w in lex.freq or w in lex.common or c.p_clitic
                           or lex.name_score(w) < 0) \
                or c.tok_start and s.words[c.tok_start - 1] in _PLACE_OBJECT_VERBS:
            continue
        c.tok_end, c.end = city.tok_end, city.end
        c.text = s.text[c.start:c.end]
        c.canonical = None
        out.remove(city)
        del by_start[city.tok_start]


def _role_after_name(s: _Sent, out: list[Cand]) -> None:
    """ROLE_AFTER_NAME: a role phrase right after a person's name, with no comma, is that person's (the apposition
    of Saudi and Gulf news, "الأمير فيصل بن بندر أمير منطقة الرياض"، "الأمير سعود بن ثنيان رئيس الهيئة الملكية"),
    unless a verb that takes a person as its object opens the clause ("استقبل الأمير X سفير فرنسا") or a name of
    its own follows the role."""
    names: dict[int, tuple[Cand, int]] = {}  # token after a name -> the longest name ending there, and its end
    for c in out:
        if c.type == "PER" and c.kind == "name" and c.attach is None and (
                c.tok_end not in names or c.tok_start < names[c.tok_end][0].tok_start):
            names[c.tok_end] = (c, c.end)
    ends = {}  # token after a role attached here -> the name: the next role in a chain is the same person's
    apposed = [r for r in out if r.kind == "role" and r.source == "apposed"]
    for r in sorted(out, key=lambda c: c.tok_start):
        if r.kind != "role" or r.attach is not None:
            continue
        a = next((a for a in apposed if _conjoined_post(s, a.tok_end, r)), None) if apposed else None
        if a is not None:
            r.attach = a.attach  # CONJOINED_APPOSED_ROLES (see _conjoined_post)
            r.source = "apposed"
            apposed.append(r)
            continue
        if r.tok_start not in names and r.tok_start not in ends:
            continue
        c, prev_end = names[r.tok_start] if r.tok_start in names else ends[r.tok_start]
        if prev_end == r.start or s.text[prev_end:r.start].strip():
            continue  # (written together, or a mark between: the comma apposition is _role's)
        k = c.tok_start - 1
        while k >= 0 and s.bounds[k] == s.bounds[c.tok_start] and s.words[k] is not None \
                and s.words[k] not in _PERSON_OBJECT_VERBS:
            k -= 1  # back to the clause's start, or to a verb whose object the role may be
        if k < 0 or s.bounds[k] != s.bounds[c.tok_start] or s.words[k] not in _PERSON_OBJECT_VERBS or r.office \
                or r.tok_start in ends:
            r.attach = c  # (a fixed office after a name is never the verb's object: "استقبل الأمير محمد بن سلمان |
            # ولي ولي العهد | المهنئين", its holder is named with it where it is; nor is a post chained to it:
            ends[r.tok_end] = (c, r.end)  # "ولي العهد | نائب رئيس مجلس الوزراء | وزير الداخلية")


def _conjoined_post(s: _Sent, k: int, r: Cand) -> bool:
    """CONJOINED_APPOSED_ROLES: role r continues the list of posts that starts at token k, right after a post in
    apposition to a person's name: the words between are posts joined by "و" with no mark between, and a mark or the
    sentence's end closes r. All are the person's: "محمد بن راشد؛ نائب رئيس الدولة | ورئيس مجلس الوزراء | وحاكم دبي،
    …" (not a post of another person named after it, which is attached already)."""
    if not (k <= r.tok_start and s.bounds[k] == s.bounds[r.tok_start] and r.tok_start - k <= 8) \
            or (r.tok_end < s.bounds[r.tok_start] and s.punct(r.tok_end) not in _APPOSITION_CLOSE):
        return False
    if s.text[s.tokens[r.tok_start].start:r.start] != "و" or (k < r.tok_start and not (
            (s.words[k] or "")[:1] == "و" and s.clitic(k) and (s.words[k] or "")[1:] in s.lex.role_words)):
        return False
    return all(s.words[x] is not None for x in range(k, r.tok_start))


_APPOSITION_CLOSE = frozenset(("،", ",", "؛", ";", ".", ")", ":"))


def _by_token(out: list[Cand]) -> dict[int, Cand]:
    """Token index -> the candidate covering it (the last one found, where several do)."""
    at: dict[int, Cand] = {}
    for c in out:
        for k in range(c.tok_start, c.tok_end):
            at[k] = c
    return at


def _with_bare_name(s: _Sent, i: int, p: int, end: int, bare_end: int, ty: str, out: list[Cand], **kw) -> Cand:
    """A name at tokens i..end whose first words, to ``bare_end``, are a mention of the same entity too: "السد
    القطري" and "السد"، "الكونجرس الأمريكي" and "الكونجرس" (annotators and writers use both)."""
    body = _cand(s, i, p, end, ty, "name", **kw)
    bare = _cand(s, i, p, bare_end, ty, "name", source="inner")
    bare.attach = body
    out.extend((body, bare))
    return body


# "his/her counterpart" (COUNTERPART)
_COUNTERPARTS = frozenset(nw(w) for w in ("نظيره", "نظيرها"))


def _counterpart(s: _Sent, out: list[Cand]) -> None:
    """COUNTERPART: "نظيره" (his counterpart) with its nationality, right before a person's name, is a role mention
    of that person: "بحث أوباما مع | نظيره التركي | رجب طيب أردوغان"."""
    if "نظير" not in s.text:
        return
    names = {c.tok_start: c for c in out if c.type == "PER" and c.kind == "name" and c.attach is None}
    if not names:
        return
    words, toks = s.words, s.tokens
    for k in range(s.n - 1):
        w, t = words[k], toks[k]
        p = t.name_start - t.start
        if w is None or w[p:] not in _COUNTERPARTS or (p and w[:p] not in ("و", "ب", "ل", "وب", "ول")):
            continue
        ns = s.entries(k + 1, ("nisba",), with_clitic=False)
        if not ns or s.bounds[ns[0][1] - 1] != s.bounds[k]:
            continue  # (a bare "نظيره" is a back-reference, no mention)
        m = ns[0][1]
        person = names.get(m)
        if person is None:
            continue
        role = Cand(s.offset(k, p), toks[m - 1].end, "", "PER", "role", k, m, source="role", nationality=ns[0][3])
        role.text = s.text[role.start:role.end]
        role.attach = person
        out.append(role)


def _possessed_role(s: _Sent, out: list[Cand]) -> None:
    """POSSESSED_ROLE: a role with a pronoun ("نائبه"، "لمدربه"، "مدربها"), its adjectives ("السابق"), then a name
    is that person: "أقال الرئيس نائبه السابق | رياك مشار"، "لمدربه السابق | يورغن كلوب". The name is a given name,
    or two or three words no vocabulary knows that may be name words (a transliterated name); a shorter name found
    inside it is taken in."""
    lex, words = s.lex, s.words
    roles = [(k, k + 1) for k in itertools.compress(itertools.count(), map(_WordTables.of(lex).possessed.__getitem__,
                                                                             words))
             if k + 1 < s.n and not s.tm(k)]  # ("مدينة" written with ة is no "مدين" + a pronoun)
    # ROLE_OF_POSSESSED_NOUN: a role whose complement carries the pronoun: "حارس مرماه"، "مدرب حراسه"
    roles += [(k, k + 2) for k in itertools.compress(itertools.count(), map(lex.role_words.__contains__, words))
              if k + 2 < s.n and s.bounds[k + 1] == s.bounds[k] and _noun_with_pronoun(s, k + 1)]
    if not roles:
        return
    at = _by_token(out)
    for k, m in sorted(roles):
        if k in at or m - 1 in at:
            continue
        while m < s.n and s.bounds[m] == s.bounds[k] and words[m] in ROLE_ADJ:  # ("السابق"، "الجديد")
            m += 1
        e = m
        while e < min(s.n, m + 3) and s.bounds[e] == s.bounds[k] and _unknown_name_word(s, e) and (
                e not in at or at[e].type == "PER" and at[e].kind == "name" and at[e].tok_start >= m):
            e += 1
        inside = {id(at[x]): at[x] for x in range(m, e) if x in at}
        if any(c.tok_end > e for c in inside.values()):
            continue
        if e - m >= 2 or e == m + 1 and not inside and words[m] in lex.given and e < s.n and words[e] not in lex.freq:
            out[:] = [c for c in out if id(c) not in inside]
            person = _cand(s, m, 0, e, "PER", "name", source="role-name")
            out.append(person)
            for x in range(m, e):
                at[x] = person


def _noun_with_pronoun(s: _Sent, k: int) -> bool:
    """Token k is a known noun with the pronoun "ه" or "ها" ("مرماه"، "حراسه"), no role itself."""
    w, lex = s.words[k], s.lex
    if w is None or len(w) < 4 or not w.endswith(("ه", "ها")) or s.tm(k):
        return False
    stem = w[:-2] if w.endswith("ها") else w[:-1]
    # (the noun as the vocabulary lists it: "مرماه" -> "مرمى"، "خارجيته" -> "خارجية")
    noun = stem[:-1] + "ي" if stem.endswith("ا") else stem[:-1] + "ه" if stem.endswith("ت") else stem
    return (noun in lex.freq or noun in lex.common) and noun not in lex.role_words and noun not in FUNCTION


def _possessed_role_word(lex: EntityLexicon, w: str) -> bool:
    """w is a role word with a pronoun, perhaps after "ل": "نائبه"، "لمدربه"، "مدربها"."""
    if len(w) < 4 or not w.endswith(("ه", "ها")):
        return False
    stem = w[:-2] if w.endswith("ها") else w[:-1]
    return any(x in lex.role_words or "ال" + x in lex.role_words for x in (stem, stem[1:]) if len(x) >= 3)


def _unknown_name_word(s: _Sent, k: int) -> bool:
    """Token k is a word no vocabulary knows that may be part of a transliterated name ("يورغن"، "رياك"، "مشار")."""
    w, lex = s.words[k], s.lex
    t = s.tokens[k]
    if w is None or s.raw_function(k) or w in FUNCTION or _ali_as_ala(s, k):
        return False
    if _closing_family(s, k):
        return True  # the family name closing the name, read whole: "مدربه لوران | بلان الذي"
    if w[:1] in "وفبل" and w[1:] in lex.common:
        return False  # ("على جاهزية"، "بخماسية"، "ورمز": a preposition, a clitic on a known word)
    return w.isalpha() and len(w) >= 3 and (w in lex.given or w in lex.name_words or (
        w not in lex.freq and w not in lex.common and w not in lex.generic and not _is_def(w)
        and not w.startswith("و") and not w.endswith(("ها", "هم")) and t.name_start == t.start
        and lex.name_score(w) >= (POSSESSED_NAME_MIN if t.suffix_start == t.end else 0.0)))
    # (a seeming pronoun needs a name-like word: "رياك" is no "ريا" + ك)


POSSESSED_NAME_MIN = -0.8  # a word after "نائبه السابق" must look like a name this much ("مشار": -0.78)
_REGIME_ADJ = frozenset(nw(w) for w in ("الحاكم", "الحالي", "السابق", "البائد", "الحاكمة"))
_LAYSA = frozenset({"ليس", "ليست", "ليسوا", "ليسا", "لست", "لسنا"})  # its predicate takes ب: "ليس بغريب"


def _kunya_nisba(s: _Sent, out: list[Cand]) -> None:
    """KUNYA_NISBA: a name of the form "أبو X" takes the nisba right after it, a nom de guerre ("أبو أسامة العراقي"،
    "أبو قتادة التونسي") — the nisba is no adjective of a kunya."""
    lex = s.lex
    for c in [c for c in out if c.type == "PER" and c.kind == "name" and c.tok_end - c.tok_start == 2]:
        w0 = (s.words[c.tok_start] or "")[len(c.p_clitic):]
        k = c.tok_end
        if w0 != "ابو" or k >= s.n or s.bounds[k] != s.bounds[c.tok_start]:
            continue
        w = s.words[k]
        if w is None or not _is_def(w) or w not in lex.nisba_words or s.tokens[k].name_start > s.tokens[k].start:
            continue
        out[:] = [x for x in out if not (x.tok_start == k and x.kind == "nisba")]
        c.tok_end, c.end = k + 1, s.tokens[k].end
        c.text = s.text[c.start:c.end]
        c.canonical = None


_BYLINE_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u0640")
# the words of a byline that name no one: "عين اليوم – متابعات"، "سبق- وكالات"
_BYLINE_WORDS = frozenset(nw(w) for w in ("متابعات", "متابعة", "وكالات", "خاص", "ترجمة", "تقرير", "تصوير",
                                          "الرياض", "واس", "رويترز", "أ ف ب"))


def _replace(s: _Sent, out: list[Cand], a: int, b: int, c: Cand) -> None:
    """Candidate c takes the place of every candidate overlapping tokens a..b."""
    out[:] = [x for x in out if x.tok_end <= a or x.tok_start >= b]
    out.append(c)


def _byline(s: _Sent, out: list[Cand]) -> None:
    """BYLINE: the reporter and the outlet in the byline that opens a news text, a line (or the opening of one,
    up to ":") of a few short parts between dashes, "فايز الحسيكي – عين اليوم"، "محمد الزهراني- سبق- أبها:",
    "الرياضي ـ الكويت". A part the text names otherwise (a known place, outlet, "متابعات") anchors the line; of
    the other parts one word is the outlet (ORG) and two or three name-like words the reporter (PER)."""
    text = s.text
    starts = [s.tokens[i].start for i in range(min(s.n, 60))]
    a = 0
    for _ in range(3):  # the headline, then the byline: the first three lines at most
        nl = text.find("\n", a, a + 400)
        b = nl if nl >= 0 else min(len(text), a + 400)
        colon = text.find(":", a, b)
        stop = colon if colon >= 0 else b
        if stop - a <= 80 and (colon >= 0 or b - a <= 60):
            _byline_line(s, [i for i, x in enumerate(starts) if a <= x < stop], out, colon >= 0)
        if nl < 0:
            break
        a = nl + 1


def _byline_line(s: _Sent, toks: list[int], out: list[Cand], colon: bool) -> None:
    """Read tokens ``toks`` (one line's opening) as a byline when they are one to three words between dashes.
    ``colon``: the opening ends at a colon, where a reporter's name first anchors it ("محمد أبو شعر- سبق:")."""
    parts: list[list[int]] = [[]]
    for i in toks:
        t = s.tokens[i]
        raw = s.text[t.start:t.end]
        if raw and all(ch in _BYLINE_DASHES for ch in raw):
            parts.append([])
        elif s.words[i] is None or not s.words[i].isalpha():
            return  # a number, a mark: a sentence, not a byline
        elif raw.isascii():
            if any(parts):
                return
        else:
            parts[-1].append(i)
    if len(parts) < 2 or not all(1 <= len(p) <= 3 for p in parts):
        return
    lex = s.lex
    anchored = False
    todo = []
    for p in parts:
        a, b = p[0], p[-1] + 1
        ws = s.words[a:b]
        known = [c for c in out if c.tok_start == a and c.tok_end == b and c.type in ("LOC", "ORG")
                 and c.source in ("gaz", "head")]
        if " ".join(ws) in _BYLINE_WORDS or known:
            anchored = True
        elif any(w in FUNCTION and (w not in lex.given or s.raw_function(k)) or w in lex.role_words
                 or w in lex.generic for k, w in enumerate(ws, a)):
            return  # (a function word, but not a name spelt like one: "أحمد علي" is no "على")
        else:
            todo.append((a, b, ws))
    place = None
    if not anchored:
        # a reporter's name first, then the outlet, up to the colon: "محمد أبو شعر- سبق:"; a third part is the
        # dateline's place: "عبدالرحمن الفيفي- سبق- فيفاء:"
        a, b, ws = todo[0]
        anchored = colon and parts[0][0] == a and b - a >= 2 and ws[0] in lex.given
        if len(todo) == 3:
            place = todo[2][0]
    if not anchored:
        return
    for a, b, ws in todo:
        if a == place:
            _replace(s, out, a, b, _cand(s, a, 0, b, "LOC", "name", source="byline"))
        elif b - a == 1:
            _replace(s, out, a, b, _cand(s, a, 0, b, "ORG", "name", source="byline"))
        elif ws[0] in lex.given or ws[0] in lex.name_words or lex.namey(ws[0]):
            _replace(s, out, a, b, _cand(s, a, 0, b, "PER", "name", source="byline"))


_STATEMENT_NOUNS = frozenset(nw(w) for w in (
    "تصريح", "تصريحات", "تصريحه", "تصريحها", "تصريحاته", "حديث", "حديثه", "حديثها", "حوار", "مقابلة",
    "وفقا", "وفقاً", "طبقا", "نقلا"))


def _addressed_outlets(s: _Sent, out: list[Cand]) -> None:
    """OUTLET_ADDRESSED: a quoted name after "لـ" in a statement is the outlet spoken to, an organisation
    even where the name is also a place: "وقال البكالي لـ"الرياض" إن"، "في تصريح لـ«المدينة»"، "وفقاً لـ«سبق»"."""
    words, lex = s.words, s.lex
    for k in itertools.compress(range(s.n - 3), map(eq, itertools.repeat("ل"), words)):
        q = _quoted(s, k + 1, 3)
        if q <= k + 2:
            continue
        inner = words[k + 2:q - 1]
        if any(w is None or not w.isalpha() or len(inner) > 1 and w in FUNCTION for w in inner) or len(inner[0]) < 3 \
                or s.entries(k + 2, ("nisba",), with_clitic=False):
            continue  # (one quoted word may be a common one: لـ"اليوم"، the newspaper; not a people: لـ"اليمنيين")
        # a speech verb or a statement noun in the thirty words before (a sentence may end at a colon or a mark)
        # (or a colon right after it, the headline's way of quoting: "شخصيات سنية وشيعية لـ«الرياض»: …")
        ctx = words[max(0, k - 30):k]
        if not any(w in lex.speech or w[:1] in "وف" and w[1:] in lex.speech or w in _STATEMENT_NOUNS
                   for w in ctx if w) and not (q < s.n and s.punct(q) == ":"):
            continue
        _replace(s, out, k + 2, q - 1, _cand(s, k + 2, 0, q - 1, "ORG", "name", source="outlet"))
    # COMPANY_OF_SHARE: the quoted name after a share is the listed company: "تصدّر سهم «التعاونية» الأسهم"
    for k in itertools.compress(range(s.n - 3), map(_SHARE_WORDS.__contains__, words)):
        q = _quoted(s, k + 1, 4)
        inner = words[k + 2:q - 1]
        if q > k + 2 and all(w is not None and w not in FUNCTION for w in inner) and len(inner[0]) >= 2:
            _replace(s, out, k + 2, q - 1, _cand(s, k + 2, 0, q - 1, "ORG", "name", source="outlet"))
    # OUTLET_LEARNED: a paper's own scoop, a feminine verb then its quoted name: "وعلمت «الوطن» أن"، "حصلت
    # "عكاظ" على"، "علمت (الرياضي) من مصادر"
    for k in sorted(_outlet_triggers(s)):
        q = _quoted(s, k + 1, 3)
        if q <= k + 2 and s.punct(k + 1) == "(" and s.punct(k + 3) == ")":
            q = k + 4
        inner = words[k + 2:q - 1]
        if q > k + 2 and all(w is not None and w.isalpha() and w not in FUNCTION for w in inner) \
                and len(inner[0]) >= 3 and not s.entries(k + 2, ("nisba",), with_clitic=False) \
                and inner[0] not in lex.given and not any(
                    g[3][0] == "PER" for g in s.entries(k + 2, ("gaz",), with_clitic=False)):
            # (not a person interviewed: "في حوار مع «توماس فريدمان»")
            _replace(s, out, k + 2, q - 1, _cand(s, k + 2, 0, q - 1, "ORG", "name", source="outlet"))


_SCOOP_VERBS = frozenset(nw(c + w) for w in ("علمت", "حصلت", "انفردت", "تلقت") for c in ("", "و", "ف"))


def _outlet_triggers(s: _Sent) -> Iterable[int]:
    """Tokens a paper's quoted name follows: a scoop verb ("وعلمت «الوطن»"), the pronoun of what the paper obtained
    ("وثيقة حصلت عليها «الشرق الأوسط»"), "مع" after an interview noun ("في حوار مع «الشرق الأوسط»"), and the dash
    of a dateline before the name and its colon (OUTLET_DATELINE: "برلين - «الشرق الأوسط»:")."""
    words = s.words
    for k in itertools.compress(range(s.n - 3), map(_OUTLET_TRIGGER_WORDS.__contains__, words)):
        w = words[k]
        if w in _SCOOP_VERBS or w in _BACK_TO_DOCUMENT and k and words[k - 1] in _SCOOP_VERBS \
                or w == "مع" and _STATEMENT_NOUNS.intersection(words[max(0, k - 3):k]):
            yield k
    for k in itertools.compress(range(1, s.n - 3), map(eq, words[1:], itertools.repeat(None))):
        if s.punct(k) in _DASHES and words[k - 1] is not None and (
                any(g[3][0] == "LOC" for g in s.entries(k - 1, ("gaz",), with_clitic=False))
                or words[k - 1] in ("ل", "لـ")):  # (a place before the dash: a list's dash opens a line)
            q = _quoted(s, k + 1, 3)
            if k + 3 <= q < s.n and s.punct(q) == ":":
                yield k
_BACK_TO_DOCUMENT = frozenset(nw(w) for w in ("عليها", "عليه"))  # "حصلت عليها «…»": what the paper obtained
_OUTLET_TRIGGER_WORDS = _SCOOP_VERBS | _BACK_TO_DOCUMENT | {"مع"}
# a listed company's share: "سهم «سابك»"، "لسهمي «الإنماء» و«موبايلي»"
_SHARE_WORDS = frozenset(nw(c + w) for w in ("سهم", "سهمي", "أسهم") for c in ("", "و", "ل", "ب", "ول", "وب"))


_PRONOUN_ENDINGS = ("ها", "هم", "هما", "نا", "كم")


_TANWEEN = re.compile("[\u064b-\u064d]")


def _word_no_name(s: _Sent, c: Cand) -> bool:
    """A one-word person name whose word has the shape of no name and no list knows: "و" with a verb or a noun
    ("وسيخوض"، "ويختتم"، "ووعود"، "وكرامتها"), or a noun with a pronoun of a known word ("قضيتنا")."""
    if c.type != "PER" or c.kind != "name" or c.tok_end - c.tok_start != 1 or c.attach is not None:
        return False
    t = s.tokens[c.tok_start]
    if _TANWEEN.search(s.text, t.start, t.end):
        return True  # TANWEEN_NO_NAME: a word written with tanween is an indefinite noun or adjective: "عونٌ"، "صادقٌ"
    lex = s.lex
    w = (s.words[c.tok_start] or "")[len(c.p_clitic):]  # (the word without the clitic the name starts after)
    if len(w) < 4 or w in lex.given or w in lex.name_words or w in lex.family or w in lex.surnames:
        return False
    if w[:1] == "و" and not s.clitic(c.tok_start) and w[1:] not in lex.given and (
            w[1:2] in "تنس" and len(w) >= 5 or w[1:2] == "ي" and len(w) >= 5 and lex.name_score(w) < 0
            or w[1:] in lex.common or lex.freq.get(w[1:], 0) >= 2 or w.endswith(_PRONOUN_ENDINGS) and len(w) >= 6):
        return True  # (a foreign name in "وي" scores as one: "ويلسون"، "ويشاو")
    if w.endswith(_PRONOUN_ENDINGS) and len(w) >= 6:
        base = w[:-2] if w.endswith(("ها", "هم", "نا", "كم")) else w[:-3]
        return base in lex.common or base.endswith("ت") and base[:-1] + "ه" in lex.common
    return False


def _pious_phrase(s: _Sent, c: Cand) -> bool:
    """"بحمد الله"، "بفضل الله"، "بإذن الله": after "ب" a word + "الله" is a pious phrase, not a name (نصر الله);
    so is a verb with a pronoun + "الله", a prayer for someone: "رحمه الله"، "حفظها الله"، "رعاهم الله"."""
    if c.type != "PER" or c.tok_end - c.tok_start < 2 or s.words[c.tok_start + 1] != "الله":
        return False
    t = s.tokens[c.tok_start]
    if c.tok_end - c.tok_start == 2 and prayer_for(s.text[t.start:t.end], "الله"):
        return True
    w0 = s.words[c.tok_start] or ""
    if c.tok_end - c.tok_start == 2 and (w0 in _PIOUS_NOUNS or c.start > t.start and w0[1:] in _PIOUS_NOUNS):
        return True  # "لولا توفيق الله"، "بعد توفيق الله" (God's help, grace, will), with or without "ب"
    return c.start > t.start and s.text[t.start:c.start].endswith("ب")  # (and its epithet: "بفضل الله سبحانه")


# nouns of God's help and will before "الله": never a name ("فضل الله"، "نصر الله"، "حمد الله" are; they need "ب")
_PIOUS_NOUNS = frozenset(nw(w) for w in ("توفيق", "إذن", "عون", "مشيئة", "رحمة"))
_LIST_COMMAS = frozenset("،,")


def _listed_names(s: _Sent, out: list[Cand]) -> None:
    """Names listed after a person's name are people too: "حسن أبو السعود ، جيهان الناصر ، عنتر هلال",
    "ونيكول سابا ، وباسكال مشعلاني". Each further item is two or three name-like words no other pattern took,
    after a comma or a conjunction, and ends at a comma, a conjunction or the end of the sentence."""
    covered = bytearray(s.n + 1)
    for c in out:
        for k in range(c.tok_start, min(c.tok_end, s.n)):
            covered[k] = 1
    words, toks = s.words, s.tokens
    for c in sorted((c for c in out if c.type == "PER" and c.kind == "name" and c.tok_end - c.tok_start >= 2),
                    key=lambda c: c.tok_start):
        k, bound = c.tok_end, s.bounds[c.tok_start]
        while k < bound:
            comma = s.punct(k) in _LIST_COMMAS
            if comma:
                k += 1
            if k >= bound or covered[k] or words[k] is None:
                break
            t = toks[k]
            p = t.name_start - t.start if t.name_start > t.start else _unsplit_and(s, k)
            if p and not (p == 1 and words[k][:1] == "و") or not p and not comma:
                break  # an item opens with a comma or "و"
            j = k
            while j < bound and j - k < 3 and not covered[j] and words[j] is not None and _list_word(s, j, j == k) \
                    and not (j > k and _conjunction_on_name(s, j)):  # (the next item: "دانتي | وخافي مارتينيز")
                j += 1
            next_item = j < bound and words[j] is not None and _conjunction_on_name(s, j)
            one = words[k][p:]
            if j - k < 2 and not (j - k == 1 and p and next_item and (one in s.lex.given or one not in s.lex.freq)) \
                    or not (
                    j >= bound or s.punct(j) in _LIST_COMMAS or words[j] is not None and words[j][:1] == "و"
                    and toks[j].name_start > toks[j].start or s.punct(j) == "." or next_item):
                break  # (one word only between two with "و": "ويان كيرشوف | ودانتي | وخافي مارتينيز")
            out.append(_cand(s, k, p, j, "PER", "name", source="list"))
            for m in range(k, j):
                covered[m] = 1
            k = j


def _unsplit_and(s: _Sent, k: int, known_only: bool = False) -> int:
    """1 when token k is "و" + a name the tokenizer did not split (وباسكال، وغادة), else 0; with ``known_only``
    the rest must be a known name, not merely name-like."""
    w, lex = s.words[k], s.lex
    if w is None or w[:1] != "و" or len(w) < 4 or w in lex.name_words or w in lex.given:
        return 0
    rest = w[1:]
    if rest in lex.given or rest in lex.name_words:
        return 1
    t = s.tokens[k]
    if _HAMZA_ALEF.match(s.text, t.start + 1, t.end) and rest not in lex.common and lex.namey(rest):
        return 1  # a name never begins "وأ": "وآرون" is و + آرون, "وأسمهان" و + أسمهان
    return 1 if not known_only and rest not in lex.common and lex.namey(rest) else 0


def _list_word(s: _Sent, k: int, first: bool) -> bool:
    """Token k can be a word of a listed person's name (the first may carry "و")."""
    w, t, lex = s.words[k], s.tokens[k], s.lex
    if t.suffix_start < t.end or s.raw_function(k) or w in FUNCTION or w in lex.generic or w in lex.role_words:
        return False
    p = t.name_start - t.start if t.name_start > t.start else (_unsplit_and(s, k) if first else 0)
    if p:
        if not first:
            return False
        w = w[p:]
    if first and _sincere_before_wishes(s, k):
        return False  # "، | أحر التهاني والتبريكات" (SINCERE_NOT_NAME)
    if w in lex.name_words or w in lex.given or w in lex.particles:
        return True
    if first and w[:1] in "بلك" and not p and _bi_noun(lex, w):
        return False  # a preposition on a noun opens no name: "، خالد الفياضي، | بعيار ناري"
    return w not in lex.common and lex.namey(w)


_TEAM_OPPONENT = frozenset(nw(w) for w in ("على", "علي", "مع", "أمام", "امام", "ضد"))


def _teams(s: _Sent, out: list[Cand]) -> None:
    """Teams named in a match report: in a sentence with a sports word, the word after a slot noun ("مرمى
    الهلال"), and the subject and the opponent of a result verb ("فاز الهلال على النصر", "تعادل ليل مع ميلان").
    The word must be a name, not a description: unknown, or definite but no generic noun, role, head noun or
    nisba adjective. A city there is the club (برشلونة); a country stays a place (its national team)."""
    sports, words = s.lex.sports, s.words
    at_word = _by_token(out)
    # the tokens with a sports word (the others have no role), and the sentences with a context word
    sporty = itertools.compress(itertools.count(), map(_WordTables.of(s.lex).sports.__getitem__, words))
    roles = {k: r for k in sporty if (r := sports.get(_stem_word(s, k)) or _sport_role(s.lex, words[k])) is not None
             and not _feminine_not_pronoun(s, k)}
    context = [k for k, r in roles.items() if r == "context"]
    # (in a match report a player's club needs no sports word in its own sentence: "مدرب برشلونة"; "مدافع" alone
    # makes no report: "ثلاثة مدافع | عيار")
    # (the words any text uses, "الآخر"، "الأخير"، "الفرق", make no article about sport by themselves)
    sport_article = sum(_stem_word(s, k) not in _WEAK_CONTEXT for k in context) >= 2 and len(roles) >= 4
    start = 0
    while start < s.n:
        end = s.bounds[start] or start + 1
        if end <= start:
            end = start + 1
        in_context = any(start <= k < end for k in context)
        if in_context or sport_article:
            for k, role in [(k, roles.get(k)) for k in range(start, end)]:
                if role == "player" or role == "slot" and in_context:
                    _team_list(s, k + 1, _team_at(s, k + 1, end, at_word, out, names_only=role == "player"), end,
                               at_word, out)
                elif role == "result" and in_context:
                    j = _team_at(s, k + 1, end, at_word, out)
                    for m in range(j, min(j + 4, end)):
                        if _stem_word(s, m) in _TEAM_OPPONENT:
                            _team_list(s, m + 1, _team_at(s, m + 1, end, at_word, out), end, at_word, out)
                            break
        if any(start <= k < end and r in ("player", "the_player") for k, r in roles.items()) or \
                any(start <= k < end for k in context):
            # a player's clubs: "قادما من الاتفاق بعد أن مثل الفيصلي وهجر"، "بدأ مسيرته في الأنصار وأحد والرائد"
            for k in [k for k, r in roles.items() if start <= k < end and r == "transfer"]:
                j = k + 1  # the team, or the preposition before it (after the player: "انتقل اللاعب إلى")
                for m in range(k + 1, min(k + 4, end)):
                    if words[m] in _TRANSFER_PREPS:
                        j = m + 1
                        break
                    if m not in roles:
                        break
                _team_list(s, j, _team_at(s, j, end, at_word, out), end, at_word, out)
        start = end


_TRANSFER_PREPS = frozenset({"من", "الي", "في"})
# context words of the sports table that any text uses: "الآخر" (the other), "الأخير" (the latter), "الفرق"
_WEAK_CONTEXT = frozenset(nw(w) for w in ("الآخر", "الأخير", "الفرق"))
# verbal nouns whose object is a team: "مواجهة النصر"، "فوز الهلال"
_MATCH_NOUNS = frozenset(nw(w) for w in ("مواجهة", "لقاء", "فوز", "خسارة", "تعادل", "هزيمة", "انتصار", "ملاقاة",
                                         "منافسة", "تأهل", "صدارة"))
_CLUB_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ك"})
_REPUBLIC_FORMS = frozenset(c + _REPUBLIC for c in _CLUB_CLITICS)  # with its clitics: "والجمهورية"، "بالجمهورية"


def _clubs(s: _Sent, out: list[Cand]) -> None:
    """CLUB_IN_SPORTS_ARTICLE: in an article about sport, a club whose name is a common word (`clubs.txt`: الهلال،
    النصر، الأهلي …) written bare is the club (ORG): "60 ألف أهلاوي أمام الشباب"، "وقال رئيس الهلال إن". The sentence
    must have a sports word or another club, or the article four sports words or more (two at least); a name that is
    also an everyday word ("الاتحاد"، "الشباب"، "التعاون") always needs the sentence. Not when a definite word follows
    ("الاتحاد الأوروبي"، "الهلال الأحمر"), nor as the genitive of a common noun ("خطاب النصر"), nor inside another
    name."""
    lex, words = s.lex, s.words
    clubs = lex.clubs
    tables = _WordTables.of(lex)
    sports = lex.sports
    sporty = _sports_words(s)
    if len(sporty) < 2:
        return
    spelled = list(itertools.compress(range(s.n), map(tables.club.__getitem__, words)))  # a club with its clitics
    if not spelled:
        return
    taken = bytearray(s.n + 1)
    for c in out:
        if c.kind != "role":  # (a club inside a role is its complement: "رئيس | الهلال")
            for k in range(c.tok_start, min(c.tok_end, s.n)):
                taken[k] = 1
    found: list[tuple[int, int, bool, int]] = []  # (token, name offset, shared, end token)
    for k in spelled:
        if taken[k] or s.tokens[k].suffix_start < s.tokens[k].end:
            continue
        p, club = tables.club[words[k]]
        nxt = words[k + 1] if k + 1 < s.n else None
        end_k = k + 1
        if nxt is not None and _is_def(nxt):
            if clubs[club] or nxt not in lex.nisba_words or k + 1 >= s.bounds[k]:
                continue
            end_k = k + 2  # a club of another country by its nisba: "السد القطري"، "النصر الإماراتي"
        prev = words[k - 1] if k and not p else None
        if prev is not None and prev in lex.common and not _is_def(prev) and prev not in FUNCTION and \
                _stem_word(s, k - 1) not in sports and prev not in lex.role_words and prev not in _MATCH_NOUNS and \
                s.tokens[k - 1].prefix_end == s.tokens[k - 1].start and prev[:1] not in "لب":
            continue  # the genitive of a common noun: "خطاب النصر" (a victory speech), "رعاية الشباب"
        if _club_word_as_word(s, k, p, club):
            continue
        found.append((k, p, clubs[club], end_k))
    start = 0
    while start < s.n and found:
        end = s.bounds[start] or start + 1
        if end <= start:
            end = start + 1
        here = [f for f in found if start <= f[0] < end]
        backed = len(here) > 1 or any(start <= k < end for k in sporty)
        if not backed and len(sporty) < 4:
            here = []  # a passing sports word in an article about something else backs no club
        for k, p, shared, end_k in here:
            if not shared or backed:
                out.append(_cand(s, k, p, end_k, "ORG", "name", source="club"))
        start = end


def _club_word_as_word(s: _Sent, k: int, p: int, club: str) -> bool:
    """CLUB_WORD_AS_WORD: a club whose name is an everyday word used as that word — "بالتعاون | مع" (in cooperation
    with); "الشباب" (the young) after an age group or before "و" + one ("درجتي الشباب"، "الشباب والفتيات"), after a
    definite plural or a noun with its pronoun it describes ("التنفيذيين الشباب"، "أبنائهم الشباب"), or after a
    verbal noun with "ل" ("لرعاية الشباب")."""
    words = s.words
    nxt = words[k + 1] if k + 1 < s.n else None
    if p and "ب" in (words[k] or "")[:p] and nxt == "مع":
        return True
    if club != _YOUTH_CLUB:
        return False
    prev = words[k - 1] if k and not p else None
    if prev is not None and (prev in _AGE_GROUPS or _is_def(prev) and prev.endswith(("ين", "ون", "ات"))
                             or prev.endswith(("هم", "ها", "نا")) and len(prev) >= 5
                             or prev[:1] == "ل" and s.tokens[k - 1].prefix_end > s.tokens[k - 1].start
                             and prev[1:] in s.lex.common):
        return True
    return nxt is not None and nxt[:1] == "و" and nxt[1:] in _AGE_GROUPS


_YOUTH_CLUB = nw("الشباب")
# age groups and sexes that "الشباب" (the young) is listed with: no club there
_AGE_GROUPS = frozenset(nw(w) for w in ("الناشئين", "الناشئة", "الفتيات", "الشابات", "الأطفال", "الكبار", "الصغار",
                                        "البراعم", "الأولمبي", "الرجال", "النساء", "الشيوخ", "الفتيان", "درجتي"))


# the nisba adjectives of regions and alliances, no club's country ("الوطن العربي"، "الدوري الخليجي")
_REGION_NISBA = frozenset({"العالم العربي", "الخليج", "كردستان", "الغرب", "الشرق الأوسط", "الأمم المتحدة",
                           "حلف شمال الأطلسي", "أوروبا", "آسيا", "أفريقيا", "إفريقيا", "أمريكا اللاتينية"})


def _club_of_country(s: _Sent, out: list[Cand]) -> None:
    """CLUB_OF_COUNTRY: in a sentence about sport, a team named with its country's masculine nisba — "سباهان
    الإيراني"، "النجمة البحريني"، "ليفربول الإنجليزي" — is one club (ORG), nisba included. The word before the nisba
    is a name no vocabulary knows, a city (a city is feminine: the masculine adjective agrees with the unspoken
    "النادي"), or a feminine noun that no generic, role or sports word is (the same mismatch); the clubs of clubs.txt
    are `_clubs`' own."""
    lex, words = s.lex, s.words
    sporty = _sports_words(s) + _ball_games(s)  # (a nisba after a team is a strong sign: "كرة القدم" counts here)
    if len(sporty) < 2:
        return
    at_word = _by_token(out)
    for k in range(1, s.n):
        w = words[k]
        if w is None or not w.endswith("ي") or not _is_def(w) or w not in lex.nisba_words \
                or s.text[s.tokens[k].end - 1] != "ي":
            continue  # (as written: "اليمنى", the right one, is no "اليمني")
        adj = at_word.get(k)
        if adj is not None and adj.kind != "nisba":
            continue
        ns = s.entries(k, ("nisba",), with_clitic=False)
        if not ns or ns[0][3] in _REGION_NISBA:
            continue  # a region's: "الوطن العربي" is no club
        end = ns[0][1]
        i = k - 1
        if s.bounds[i] != s.bounds[k] or not any(s.bounds[k] == s.bounds[x] for x in sporty) and len(sporty) < 4:
            continue
        prev, c = words[i], at_word.get(i)
        if prev is None or _person_next(s, end) or end in at_word and at_word[end].type == "PER":
            continue  # the nisba of a person named next: "ومدربه الهولندي لويس فان خال"
        stem, p = s.stem(i) or (prev, 0)  # ("بالتراث": the article after a clitic)
        if c is not None:
            if c.kind == "name" and c.tok_end == k and c.tok_start == i and (
                    c.type == "LOC" and c.gkind in ("city", "country")
                    or c.type == "ORG" and c.source in ("team", "club")
                    and (_club_word(s, i, stem) or _is_def(stem) and stem.endswith("ه"))):
                # "ليفربول الإنجليزي" (the club, not the city), "الجزيرة الإماراتي": the nisba is part of the name;
                # a country with a masculine nisba, another's or its own, is a club too: "موناكو الفرنسي"، "الكويت
                # الكويتي"
                out.remove(c)
                _add_club(s, i, len(c.p_clitic), end, out, adj)
            continue
        t = s.tokens[i]
        before = words[i - 1] if i and s.bounds[i - 1] == s.bounds[i] else None
        if before is not None and before not in lex.freq and before not in lex.common and s.namey(i - 1):
            continue  # the last word of a longer name: "سان | جرمان الفرنسي"
        if not (t.suffix_start < t.end or s.raw_function(i) or stem in FUNCTION or stem in lex.generic
                or stem in lex.role_words or stem in lex.nisba_words or _stem_word(s, i) in lex.sports
                or _sport_role(lex, prev) or s.entries(i, ("head", "role", "nisba"))) and _club_word(s, i, stem):
            _add_club(s, i, p, end, out, adj)


def _person_next(s: _Sent, k: int) -> bool:
    """A person's name starts at token k (so a nisba before it is his: "ومدربه الهولندي | لويس فان خال")."""
    if k >= s.n or s.raw_function(k) or _ali_as_ala(s, k):
        return False
    w = s.words[k]
    return hits_person_start(s, k) or w is not None and (w in s.lex.given or w in s.lex.name_words)


def _club_word(s: _Sent, i: int, w: str) -> bool:
    """Word w (token i) can name a club before a nisba: a club of clubs.txt ("السد"; one that is also an everyday
    word only with a sports word in the clause), a foreign word no vocabulary knows ("سباهان"، "بختاكور"), or a
    definite feminine word in a clause about sport (the masculine nisba agrees with the club: "النجمة البحريني"). Not an
    Arabic verb or noun with a pronoun: "بعد رحيل | الهولندي" (the Dutchman), "حليفه | الإنجليزي"."""
    lex = s.lex
    if not w.isalpha() or len(w) < 3:
        return False
    club = w if w in lex.clubs else (_WordTables.of(lex).club[w] or (0, None))[1]
    if club is not None:
        return not lex.clubs[club] or _sports_clause(s, i)
    if _is_def(w) and w.endswith("ه") and len(w) >= 5 and w not in lex.generic and _sports_clause(s, i) \
            and not (i and s.words[i - 1] is not None and _stem_word(s, i - 1) in lex.sports):
        return True  # (not the genitive of a sports word: "كرة | السلة الأمريكي")
    if len(w) < 5 or _is_def(w) or w in lex.freq or w in lex.common or w in lex.generic or w.endswith("ك") \
            or lex.name_score(w) < CLUB_WORD_MIN or _future_verb(lex, w):
        return False
    for suffix in ("هم", "ها", "ه", "ي"):
        if w.endswith(suffix) and (w[:-len(suffix)] in lex.freq or w[:-len(suffix)] in lex.common):
            return False  # a noun or verb with a pronoun: "مولده"، "عقارك"، "مساعدي"
    return not _IMPERFECT_SHAPE.fullmatch(w)


CLUB_WORD_MIN = -0.5  # an unknown word before a nisba must look like a name this much to be a club ("اخرجه": -1.35)
_IMPERFECT_SHAPE = re.compile(r"[يتن][^اوي]{2,3}(?:ون|ان|وا)?")  # يخطف، تشبث، ينتقل (no long vowel inside)


def _sports_clause(s: _Sent, i: int) -> bool:
    """The clause of token i has a word of the sports table."""
    b = s.bounds[i]
    k = i
    while k > 0 and s.bounds[k - 1] == b:
        k -= 1
    table = _WordTables.of(s.lex).sports
    return any(table[s.words[x]] for x in range(k, min(b, s.n)) if s.words[x] is not None)


def _add_club(s: _Sent, i: int, p: int, end: int, out: list[Cand], adj: Cand | None) -> None:
    """The club at tokens i..end (its nisba last), with its bare name as a mention too: "السد القطري" -> "السد"."""
    club = _with_bare_name(s, i, p, end, i + 1, "ORG", out, source="club")
    club.short = (i, i + 1)
    if adj is not None:
        out.remove(adj)  # (the nisba is the name's now)


def _sports_words(s: _Sent) -> list[int]:
    """The tokens holding a word of the sports table (the word table's words are a superset: found at C speed, then
    checked)."""
    table = _WordTables.of(s.lex).sports
    return [k for k in itertools.compress(itertools.count(), map(table.__getitem__, s.words))
            if _stem_word(s, k) in s.lex.sports and not _feminine_not_pronoun(s, k) or _context_after_preposition(s, k)]


def _ball_games(s: _Sent) -> list[int]:
    """BALL_GAME: the tokens of "كرة القدم"، "لكرة السلة"، "بكرة اليد" that name a sport ("كرة" alone is a ball,
    "القدم" a foot)."""
    return [k for k in itertools.compress(itertools.count(), map(_BALL_FORMS.__contains__, s.words))
            if k + 1 < s.n and s.words[k + 1] in _BALL_GAMES]


_BALL_FORMS = frozenset(c + nw("كرة") for c in ("", "و", "ل", "ب", "ول", "وب"))
_BALL_GAMES = frozenset(nw(w) for w in ("القدم", "السلة", "اليد", "الطائرة"))


def _context_after_preposition(s: _Sent, k: int) -> bool:
    """SPORTS_WORD_AFTER_PREPOSITION: a context word of the sports table behind "ل" or "ب" ("لدوري أبطال آسيا"،
    "بالمباراة"، "للمباراة": the article's alef drops after "ل")."""
    w = s.words[k] or ""
    w = w[1:] if w[:1] in "وف" and s.tokens[k].prefix_end > s.tokens[k].start else w
    if len(w) < 4 or w[0] not in "لب" or s.tokens[k].prefix_end == s.tokens[k].start:
        return False
    return w[1:] in _SPORT_AFTER_PREPOSITION or w[:2] == "لل" and "ا" + w[1:] in _SPORT_AFTER_PREPOSITION


# context words that stay about sport behind a preposition (not "بكأس" a cup, "ببطولة" starring, "بالذهاب" by going)
_SPORT_AFTER_PREPOSITION = frozenset(nw(w) for w in (
    "دوري", "الدوري", "مباراة", "المباراة", "مباريات", "المباريات", "شوط", "الشوط", "ملعب", "الملعب", "المرمى",
    "المنتخب", "الإياب", "اللاعب", "اللاعبين", "لاعبين", "المدرب", "الفريقين"))


def _feminine_not_pronoun(s: _Sent, k: int) -> bool:
    """A sports word listed with its pronoun "ه" ("مضيفه": his host) written here with ة: another word ("مضيفة": adding,
    a hostess)."""
    w = s.words[k] or ""
    return w.endswith("ه") and s.tm(k) and s.lex.sports.get(_stem_word(s, k)) == "slot"


def _club_spelling(lex: EntityLexicon, w: str) -> tuple[int, str] | None:
    """Where a club of clubs.txt starts in the word w and which one: "والنصر" → (1, "النصر"), "للهلال" → (1,
    "الهلال") — ل + the club, whose alef the article's lam absorbs."""
    if len(w) < 5:
        return None
    for p in range(0, min(3, len(w) - 4) + 1):
        if w[:p] in _CLUB_CLITICS and w[p:] in lex.clubs:
            return p, w[p:]
        if p and w[p - 1:p + 1] == "لل" and w[:p - 1] in _CLUB_CLITICS and "ا" + w[p:] in lex.clubs:
            return p, "ا" + w[p:]
    return None


_QUANTIFIERS = frozenset(nw(w) for w in ("كل", "غير", "أي", "لكل", "بكل", "وكل"))
# the condolences and wishes offered: the word before them is their adjective ("خالص التعازي"، "أحر التهاني")
_CONDOLENCES = frozenset(nw(w) for w in ("التعازي", "التهاني", "العزاء", "المواساة", "الشكر", "التقدير", "الامتنان",
                                         "الدعوات", "الأمنيات", "التبريكات"))
_PREPOSITIONS = frozenset(nw(w) for w in ("على", "في", "إلى", "الى", "من", "عن", "مع", "لدى", "عند"))
VERB_NAME_MAX = 0.5  # an imperfect verb before its preposition looks less like a name than this ("يلتسين": 1.4)


def _verb_before_preposition(s: _Sent, k: int) -> bool:
    """Token k is an imperfect verb with its preposition after it, no name: "يطلع | على"، "يشيد | بالثقافة"، "تفتتح
    | في" (not "يلتسين في موسكو", a name the model knows, nor the given names يوسف، يحيى)."""
    lex, w = s.lex, s.words[k]
    if w is None or not 3 <= len(w) <= 6 or w[0] not in "يت" or w in lex.name_words or w in lex.given \
            or w in lex.surnames or s.clitic(k) or k + 1 >= s.bounds[k]:
        return False
    score = lex.name_score(w)
    nxt = s.words[k + 1]
    if score >= VERB_NAME_MAX or nxt is None:
        return False
    if len(w) == 4 and score < 0:
        if _is_def(nxt) and nxt not in lex.name_words and not lex.namey(nxt):
            return True  # with its definite object: "رئيس جامعة نايف العربية | يدين الجريمة"
        if k + 2 < s.bounds[k] and not _is_def(nxt) and not s.clitic(k + 1) and nxt not in FUNCTION and (
                _is_def(s.words[k + 2] or "") or k + 3 < s.bounds[k] and _is_def(s.words[k + 3] or "")):
            return True  # and its object in construct: "نائب خادم الحرمين الشريفين | يرأس جلسة مجلس الوزراء"
    return nxt in _PREPOSITIONS or (nxt[:1] in "بل" and s.clitic(k + 1))


def _lone_non_name(lex: EntityLexicon, w: str | None) -> bool:
    """A word that is no one-word name however name-like: an adverb in the accusative of a known adjective or title
    ("خارجيا"، "رسميا"، "اميرا"), or ل + an imperfect verb ("ليعتذر")."""
    if w is None or w in lex.name_words or w in lex.given:
        return False
    if w.endswith("ا") and len(w) >= 4 and (w[:-1] in lex.role_words or w.endswith("يا") and (
            w[:-1] in lex.nisba_words or w[:-1] in lex.common or
            len(w) >= 6 and "ال" + w[:-1] in lex.common and w not in lex.first)):
        return True  # ("إقليميا": the adjective الإقليمي is a known word; not "ألمانيا", a listed name)
    if w.endswith("ا") and len(w) >= 4 and w[:-1] in _COMMON_WORD_NAMES:
        return True  # the accusative of an adjective that is also a given name: "عاش | عزيزا"، "عاد | سالما"
    return _li_verb(w) or _future_verb(lex, w)


def _wa_word(s: _Sent, k: int, bar: float = 0.3) -> bool:
    """Token k is "و" + a word, no name after a title: "الوكيل | وضيوف المركز" (not a name word with "و"): a common
    word after it, or a word that scores below ``bar`` as a name."""
    w, lex = s.words[k], s.lex
    return bool(w) and w[:1] == "و" and (s.clitic(k) or w not in lex.name_words and w not in lex.given and (
        w[1:] in lex.common or lex.name_score(w) < bar))


WA_ALONE_MAX = -0.4  # a word with "و" alone after an honorific is no name below this score ("وتحفظ")
LONE_NAME_MIN = -0.9  # a word no list knows, alone after a title, must look like a name at least this much


def _unlike_lone_name(lex: EntityLexicon, w: str | None) -> bool:
    """w, alone after a title or an honorific, is no name: no list knows it and it scores below LONE_NAME_MIN as a
    name word — a verb or a noun with its pronoun that goes on with the clause ("وزير الإسكان الجديد | تمتعه
    بخبرة"، "خادم الحرمين الشريفين | أطلع المجلس"، "وسمو | الأخلاق")."""
    return w is not None and w not in lex.given and w not in lex.name_words and w not in lex.family \
        and w not in lex.surnames and w not in lex.first and lex.name_score(w) < LONE_NAME_MIN


def _clause_word_after_role(s: _Sent, k: int) -> bool:
    """The one word at k after a role or a nationality goes on with the clause, no one is named by it: the
    accusative of a known noun, or of any noun before an adjective in the accusative, or a verb in the dual ("أقر
    التيار المحافظ | قانونا يشدد"، "أصدر الأمير | تعميما عاجلا"، "ونظيره المصري | قاما بمراجعة")، a participle in
    the plural ("| مؤكدين أن")، a verbal noun تفاعل ("وأكد الوزير المصري | تطابق رؤية الجانبين"); never before
    punctuation, where a list names people ("الغيني سيلا، إضافة إلى")."""
    lex, w = s.lex, s.words[k]
    if w is None or w in lex.name_words or w in lex.given or w in lex.family or w in lex.surnames \
            or k + 1 >= s.n or s.words[k + 1] is None:
        return False
    return w.endswith("ا") and len(w) >= 4 and (w[:-1] in lex.common and w not in lex.first
                                                 or _indefinite_accusative(s, k + 1)) \
        or w[:1] == "م" and w[1:2] != "ا" and w.endswith(("ين", "ون")) and len(w) >= 6 \
        or bool(_TAFAAUL_SHAPE.fullmatch(w))


# the generic working bodies of any organisation, head and complement: "فريق العمل"، "مجلس الإدارة"، "مجلس الأمناء"،
# "لجنة التحكيم"، "هيئة التدريس"، "فريق الإعلام" (not "وزارة العمل"، "مكتب العمل")
_GENERIC_BODIES = frozenset((nw(h), nw(w)) for h, w in (
    ("فريق", "العمل"), ("فريق", "الإعلام"), ("مجموعة", "العمل"), ("مجلس", "الإدارة"), ("مجلس", "الأمناء"),
    ("لجنة", "التحكيم"), ("هيئة", "التدريس"), ("هيئة", "تدريس"), ("فريق", "الإحصاء"), ("حملة", "الدفاع"),
    ("حملة", "الشهادة"), ("حملة", "الشهادات"), ("حملة", "الماجستير"), ("حملة", "الدكتوراه"), ("حملة", "البكالوريوس"),
    ("فريق", "المدرب"), ("مركز", "الشرطة"), ("قسم", "الشرطة"), ("فريق", "التحقيق"), ("فريق", "التعاقد"),
    ("فريق", "الإنقاذ"), ("فريق", "البحث"), ("فريق", "التفاوض"),
    ("دوار", "الشمس")))
# ("حملة الدفاع عن لقبه": a champion's title defence; "حملة الشهادة": the holders of a degree; "فريق المدرب": the
# coach's team); these stay generic with adjectives after them: "حملة الشهادة الابتدائية"، "فريق المدرب الهولندي"
_GENERIC_WITH_ADJECTIVES = frozenset(nw(w) for w in ("حملة", "فريق"))
# the common words that name armed groups after "تنظيم": "تنظيم القاعدة"، "تنظيم الدولة"، "تنظيم الشباب"
_GROUP_NAME_WORDS = frozenset(nw(w) for w in ("القاعدة", "الدولة", "الشباب", "الإخوان", "أنصار", "جند", "حراس", "كتائب",
                                                "سرايا", "جيش", "جبهة", "ألوية", "لواء"))
# events a committee organises, and the adjectives that say it does: "اللجنة المنظمة | لمهرجان …"
_EVENT_NOUNS = frozenset(nw(w) for w in (
    "مهرجان", "أولمبياد", "بطولة", "مؤتمر", "معرض", "كأس", "دورة", "ملتقى", "منتدى", "مسابقة", "سباق", "ألعاب",
    "قمة", "احتفالات", "جائزة", "دوري", "مونديال"))
_ORGANIZING = frozenset(nw(w) for w in ("المنظمة", "التنظيمية"))


def _event_name_end(s: _Sent, k: int, bound: int) -> int:
    """End of an event's name from token k, after its head noun: definite words, ordinals, numbers and words no
    vocabulary knows, up to the first clitic, function word or punctuation: "مهرجان | العسل الدولي الثامن"،
    "مهرجان | صيف البكيرية 36"، "أولمبياد | بيونجتشانج" (not "| بالباحة")."""
    lex, words = s.lex, s.words
    e = k
    while e < bound and e - k < 5:
        w = words[e]
        if w is None:
            if s.tokens[e].kind != "number":
                break
        elif s.clitic(e) or w in FUNCTION or w in lex.role_words or not (
                _is_def(w) or w not in lex.freq and w not in lex.common and lex.namey(w)
                or s.entries(e, ("gaz",), with_clitic=False)
                or e == k and e + 1 < bound and words[e + 1] and not s.clitic(e + 1) and (
                    _is_def(words[e + 1]) or s.entries(e + 1, ("gaz",), with_clitic=False))):
            break  # (an indefinite noun in construct first: "مهرجان | صيف البكيرية 36")
        e += 1
    return e


def _month_not_name(s: _Sent, k: int) -> bool:
    """Token k is a Hijri month that is also a given name, used as the month (MONTH_NOT_NAME): "شهر | رمضان"،
    "رجب | لعام 1366هـ"، "رمضان | المبارك"، "رمضان | كريم" (not "رمضان قاديروف"، "العميد رمضان شريف")."""
    if not hijri_month(s.words[k]):
        return False
    return month_as_month(s.words, k, s.bounds[k]) or k + 1 < s.bounds[k] and s.tokens[k + 1].kind == "number"


_ONE_OF = frozenset(nw(w) for w in ("أحد", "إحدى", "احدى", "وأحد", "وإحدى", "ثاني", "ثالث", "ثانية", "ثالثة"))


def _elative_before_noun(s: _Sent, k: int) -> bool:
    """Token k is a comparative that is also a given name (أكبر، أفضل) before a common noun, the superlative of a
    phrase: "زعيم أكبر | حزب معارض"، "أكبر | المصارف في البلاد" (ELATIVE_BEFORE_NOUN)."""
    lex = s.lex
    if s.words[k] not in _ELATIVE_NAMES or k + 1 >= s.n or s.bounds[k + 1] != s.bounds[k] or s.clitic(k + 1):
        return False
    nxt = s.words[k + 1]
    if nxt is None or nxt in lex.name_words or nxt in lex.given or nxt in lex.surnames:
        return False
    if k and s.words[k - 1] in _ONE_OF and _is_def(nxt):
        return True  # "أحد | أكبر الجسور": one of the biggest
    return nxt in lex.common or _is_def(nxt) and (nxt[2:] in lex.common or nxt in lex.common
                                                  or s.words[k] == "اكبر" and lex.name_score(nxt) < -0.3)


# what one offers "sincerely" (خالص): "خالص التعازي"، "خالص شكره"، "خالص التهاني"
_SINCERE_OBJECTS = frozenset(nw(w) for w in ("تعازي", "عزاء", "شكر", "تهاني", "تهنئة", "تحية", "تحيات", "احترام",
                                            "تقدير", "دعاء", "دعوات", "مواساة", "تبريكات", "امتنان", "ود", "مودة"))


# the adjectives that offer them: "خالص" (sincere, also the name Khalis) and the elatives "أحر التهاني"، "أصدق
# التعازي"، "أطيب التمنيات"
_SINCERE_WORDS = frozenset(nw(w) for w in ("خالص", "أحر", "أصدق", "أطيب", "أسمى", "أخلص", "أعمق", "أجمل", "أزكى"))


def _sincere_before_wishes(s: _Sent, k: int) -> bool:
    """SINCERE_NOT_NAME: "خالص" (sincere) or an elative ("أحر"، "أصدق") before condolences, thanks or wishes, with
    the article or a pronoun, is the adjective, not a name: "ورفع محافظ الجبيل | خالص التهاني"، "خالص تعازيه"، "،
    أحر التهاني والتبريكات"."""
    w = s.words[k]
    if w is None or k + 1 >= s.bounds[k] or not s.words[k + 1]:
        return False
    if w not in _SINCERE_WORDS:
        return False
    nxt = s.words[k + 1]
    stem = nxt[2:] if _is_def(nxt) else nxt
    return stem in _SINCERE_OBJECTS or any(stem.endswith(p) and stem[:-len(p)] in _SINCERE_OBJECTS
                                           for p in ("ه", "ها", "هم", "هما", "نا", "ي"))


# the verbal nouns افتعال and انفعال ("احتجاج"، "انتقال"): with no genitive after them they describe a body
_IFTIAL_SHAPE = re.compile(r"ا[^ل]ت\w?ا\w|ان\w\wا\w")
# the passive participle of a hollow verb: "مصاب"، "مجاز" (not the given names مراد، منال)
_HOLLOW_PARTICIPLE = re.compile(r"م[^ا]ا\w")
# participles no vocabulary may know: مفاعل ("معارض"، "منافس")، متفاعل/متفعل ("متكامل")، مفعول ("مهجورة")، مستفعل،
# مفتعل ("معترف")
_PARTICIPLE_SHAPE = re.compile(r"(?:م[^ا]ا\w\w|مت\w\w\w\w?|م[^اوي]\wو\w|مست\w\w\w|م[^ا]ت\w\w)ه?")
_FAAILA_SHAPE = re.compile(r"\wا\w\wه")  # an active participle in the feminine, فاعلة: "باردة"، "واسعة"


# a preposition with its pronoun after a participle: "جامعة معترف | بها"
_PREPOSITION_PRONOUNS = frozenset(p + x for p in ("ب", "ل", "علي", "في", "من", "عن") for x in ("ه", "ها", "هم", "هما"))


# adjectives of rank and kind after an indefinite head: "لجنة عليا"، "لجنة خاصة"، "هيئة جديدة"
_INDEFINITE_ADJECTIVES = frozenset(nw(w) for w in ("عليا", "كبرى", "خاصة", "عامة", "دائمة", "جديدة", "جديد", "كبيرة",
                                                   "كبير", "صغيرة", "صغير", "مؤقتة", "فرعية", "مشتركة", "مستقلة"))


def _nisba_adjective(lex: EntityLexicon, w: str) -> bool:
    """w is an indefinite adjective in ي/ية of a known noun: "طبي" (الطبي)، "إغاثي" (إغاثة)، "صحية" (صحة)."""
    stem = w[:-2] if w.endswith("يه") else w[:-1] if w.endswith("ي") else ""
    if len(stem) < 2 or _is_def(w) or w in lex.given or w in lex.name_words:
        return False
    return w in lex.nisba_words or "ال" + stem + "ي" in lex.common or any(
        x in lex.common or lex.freq.get(x, 0) >= 2 for x in (stem, stem + "ه", "ال" + stem, "ال" + stem + "ه"))


def _masculine_known(lex: EntityLexicon, w: str) -> bool:
    """NOUN_IN_IYA_GENITIVE: a definite word in ـية that the vocabulary knows, or whose masculine in ـي is a known
    word or nisba, is an adjective ("الإلكترونية"، "السكنية": "السكني"); a noun in ـية no list knows has none, and is
    the head's genitive ("منظمة الأغذية والزراعة"، "منظمة الشفافية الدولية" are names)."""
    m = w[:-1]
    return lex.freq.get(w, 0) >= 2 or m in lex.nisba_words or lex.freq.get(m, 0) > 0 or lex.freq.get(m[2:], 0) > 0


def _indefinite_description(s: _Sent, j: int, head_w: str, place: bool) -> bool:
    """Token j, right after an indefinite head, describes the body instead of naming it: a participle, an imperfect
    verb or a verbal noun, with nothing after it that could go on with a name (the end of the phrase, a
    preposition, a verb): "حزب معارض | في"، "بنك منافس"، "مجموعة تتسم"، "لحركة احتجاج | ينظمها"، "فريق إغاثي | من"،
    "ومركز طبي" (not "حركة مجتمع السلم", nor "مستشفى مبارك" or "مستشفى مساعد", given names, nor a word in quote
    marks after it: "شركة مصافي «اديميتسو كوزان»"). A place is described by an adjective that agrees with its head:
    "قرية مجاورة"، "منطقة متجمدة"; "محافظة مطروح"، "بلدة مضايا" are names."""
    lex, w = s.lex, s.words[j]
    if w is None or len(w) < (3 if w[-1:] == "ي" else 4) or s.clitic(j) or w not in _INDEFINITE_ADJECTIVES and (
            w in lex.name_words or w in lex.given or w in lex.surnames) \
            or s.entries(j, ("gaz", "head", "role"), with_clitic=False):
        return False
    known = w in lex.common or lex.freq.get(w, 0) >= 2 or w in _INDEFINITE_ADJECTIVES
    if not (known and (w[0] == "م" or w[0] in "تي" and len(w) == 4 or w in _INDEFINITE_ADJECTIVES)
            or place and _FAAILA_SHAPE.fullmatch(w) and (known or lex.freq.get("ال" + w, 0) >= 2)  # "منطقة | باردة"
            or _PARTICIPLE_SHAPE.fullmatch(w) or _IFTIAL_SHAPE.fullmatch(w) or _nisba_adjective(lex, w)):
        return False
    if place and (head_w.endswith("ه") != w.endswith("ه") or not head_w.endswith("ه") and not known):
        return False
    k = j + 1
    if _quoted(s, k, 5) > k:
        return False
    if k >= s.n or k >= s.bounds[j]:
        return True
    nxt = s.words[k]
    return nxt is None or nxt in FUNCTION or nxt in _PREPOSITION_PRONOUNS or s.clitic(k) \
        or w in _INDEFINITE_ADJECTIVES and _unsplit_clitic_noun(lex, nxt) or nxt[:1] in "يت" \
        and len(nxt) >= 4 \
        and nxt not in lex.name_words and nxt not in lex.given and lex.name_score(nxt) < 0.3


def _future_verb(lex: EntityLexicon, w: str | None) -> bool:
    """س + an imperfect verb the lexicon knows, never a name: "سيزور"، "ستقام"، "سأغادر" (not "سيرجيو"، "ستيفن")."""
    if w is None or len(w) < 5 or not w.startswith(("سي", "ست", "سن", "سا")) or w in lex.name_words or w in lex.given:
        return False
    verb = w[1:]
    if len(w) == 5 and w[1] in "يت" and w[2] not in "اويى" and (w[2:] in lex.common and w[2:] not in lex.name_words
                                                               or lex.name_score(w) < 0):
        return True  # a three-letter verb the lexicon knows as a word ("سيخفض": خفض) or that looks like no name
        # ("سيبقى"، "سيظل"; not "سيرين")
    return any((v in lex.freq or v in lex.common) and v not in lex.name_words
               for v in (verb, "ي" + verb[1:], "ت" + verb[1:]))


def _li_verb(w: str) -> bool:
    """ل + an imperfect verb, never a name: "ليعتذر"، "لتعزيز" (not "ليلى", too short)."""
    return w.startswith(("لي", "لت", "لن")) and len(w) >= 5


def _club_nisba(lex: EntityLexicon, w: str | None) -> bool:
    """w is the adjective of a club of clubs.txt: "الهلالي"، "الاتحادي"، "النصراوي"، "الاهلاوي"."""
    if w is None or not w.startswith("ال") or not w.endswith("ي"):
        return False
    return w[:-1] in lex.clubs or w.endswith("اوي") and (w[:-3] in lex.clubs or w[:-3] + "ي" in lex.clubs)


def _sport_role(lex: EntityLexicon, w: str | None) -> str | None:
    """A player word with the article (and و): "المدافع"، "والمهاجم" — the sports table lists it bare. It marks a
    sentence about players ("the_player"), but no slot: an adjective follows it, not a team ("اللاعب الهلالي")."""
    if w is None:
        return None
    for p in (("ال", "وال") if w.startswith("و") else ("ال",)):
        if w.startswith(p) and lex.sports.get(w[len(p):]) == "player":
            return "the_player"
    return None


def _team_list(s: _Sent, k: int, j: int, end: int, at_word: dict, out: list[Cand]) -> None:
    """After a team at tokens k..j, the further teams of a list: "الفيصلي | وهجر"، "الأنصار | وأحد والرائد"."""
    while k < j < end:
        c = at_word.get(k)
        if c is None or c.type != "ORG":
            return  # a list of people is no list of teams: "لاعبين مثل شيخ تيوتي | والوافد الجديد"
        k, j = j, _team_at(s, j, end, at_word, out, conj=True)


def _stem_word(s: _Sent, k: int) -> str | None:
    """The normalised word at token k without a conjunction (وفاز -> فاز)."""
    w = s.words[k]
    if w is not None and w[:1] in "وف" and s.tokens[k].prefix_end > s.tokens[k].start:
        return w[1:]
    return w


def _team_at(s: _Sent, k: int, end: int, at_word: dict, out: list[Cand], names_only: bool = False,
             conj: bool = False) -> int:
    """Make the word at token k a team if it can be one; return the index after what is there.
    ``names_only``: after a weak slot ("لاعبو الخبرة", "جماهير الكيان") only an unknown word or a city counts.
    ``conj``: the word carries "و", the next item of a list of teams ("الرائد | والتعاون")."""
    if k >= end:
        return k
    c = at_word.get(k)
    if c is not None and c.kind == "role":  # (the team inside a role: "مدرب | إشبيلية")
        c = next((x for x in out if x.kind == "name" and x.tok_start == k + conj), c)
    if c is not None:
        if c.type == "LOC" and c.gkind in ("city", "") and c.tok_start == k + conj and c.kind == "name":
            c.type = "ORG"  # برشلونة, the club (a place of no listed kind is a city or a region: إشبيلية)
        return c.tok_end if c.tok_start >= k else k
    w, lex = s.words[k], s.lex
    t = s.tokens[k]
    p = 0
    if conj:
        if w is None or w[:1] != "و":
            return k
        w, p = w[1:], 1
    elif w is not None and t.name_start > t.start:
        return k
    if not conj and k > 0 and s.tokens[k - 1].suffix_start < s.tokens[k - 1].end and s.words[k - 1] is not None:
        return k  # a noun with its pronoun takes no team after it: "في مسيرته | الكروية" (an adjective)
    if w is None or len(w) < 3 or not w.isalpha() or t.suffix_start < t.end \
            or w in FUNCTION or w in lex.generic or w in lex.role_words or w in lex.nisba_words or w in lex.sports \
            or w in _ANIMALS or s.entries(k, ("role", "nisba") if conj else ("head", "role", "nisba"),
                                          with_clitic=conj) \
            or s.raw_function(k, p):
        return k
    if not (_is_def(w) and len(w) >= 5 and not names_only or w not in lex.common and (conj or w not in lex.freq)):
        return k  # (a list's further item may be a known word: "الفيصلي | وهجر")
    if _is_def(w) and w[2:] in _SEASONS or w in _TIME_AFTER_NAME:
        return k  # a time, no team: "خسر | الأسبوع الماضي"، "فاز | الموسم الماضي"
    if names_only and not conj and (w[:1] == "م" and 4 <= len(w) <= 6 and not w.endswith(("ي", "يه"))
                                    or len(w) == 4 and w[1] == "ا"):
        return k  # an adjective of the player, no club: "لاعب | ناضج"، "لاعب | مميز" (a participle, فاعل)
    if any(x.type == "PER" and x.kind == "name" and len(x.words) >= 2 and x.words[-1] == w for x in out):
        return k  # PLAYER_NOT_TEAM: a player the article names, by his family name: "خسرت أمام | وليامس" (tennis)
    c = _cand(s, k, p, k + 1, "ORG", "name", source="team")
    out.append(c)
    at_word[k] = c
    return k + 1


def _suffixed_noun(s: _Sent, i: int, w: str) -> bool:
    """Word w (token i) is a known noun with the pronoun "ه" (written ه, not ة): "مواطنه" (his compatriot),
    "مدربه" (his coach), "تفهمه" (his understanding), "استقالته" (his resignation, the ة written ت before it) — not a
    name."""
    if not w.endswith("ه") or len(w) < 4 or s.tm(i) or w in s.lex.name_words:
        return False
    lex = s.lex
    stem = w[:-1]
    return stem in lex.common or lex.freq.get(stem, 0) >= 2 and w not in lex.given or stem in lex.role_words \
        or "ال" + stem in lex.role_words \
        or len(w) >= 6 and w.endswith("ته") and (stem[:-1] + "ه" in lex.common or lex.freq.get(stem[:-1] + "ه", 0) >= 2)


def _extend_names(s: _Sent, cands: list[Cand]) -> None:
    """A one-word person name takes in an adjacent unknown name-like word: "مانموهان سينغ", "كيمي ريكونن"."""
    covered = bytearray(s.n + 1)
    for c in cands:
        for k in range(c.tok_start, min(c.tok_end, s.n)):
            covered[k] = 1
    words, toks, lex = s.words, s.tokens, s.lex

    def free(k: int) -> bool:
        if k < 0 or k >= s.n or covered[k] or s.bounds[k] != s.bounds[cands_i.tok_start]:
            return False
        w = words[k]
        t = toks[k]
        if w is None or _is_def(w) or s.clitic(k) or t.suffix_start < t.end or s.raw_function(k) \
                or s.accusative(k) or w.isascii():
            return False  # (an accusative with its tanween: "وأضاف رسوبولوس | معلقًا"; no Latin word: "بروكسي | by")
        if w.endswith("ك") and len(w) >= 5 and w not in lex.name_words or _suffixed_noun(s, k, w) \
                or _month_not_name(s, k) or kin_with_pronoun(w):
            return False  # a second-person suffix: برؤيتك; a noun with "ه": مواطنه; a month: "رمضان | كريم"
        if not w or w[:1] in "وف" and w not in lex.name_words or _li_verb(w) or _lone_non_name(lex, w) or \
                w.endswith("ي") and "ال" + w in lex.common and w not in lex.name_words or \
                _unsplit_clitic_noun(lex, w) and (not _IFAAL_SHAPE.fullmatch(w[1:]) or lex.freq.get(w[1:], 0) >= 3
                                                  and w[:1] in "بل") or \
                _VERBAL_NOUN_SHAPE.fullmatch(w) and w not in lex.name_words \
                and w not in lex.given:
            return False  # a conjunction, ل or س + a verb, an adverb, an adjective: "وهيمنت"، "ليراوغ"، "سيبقى"،
            # "إقليميا"، "دور صناعي | رائد", a verbal noun or a noun with its preposition: "تنصيب"، "بقالب"
        return w not in lex.common and s.namey(k) and (s.hits[k] is None or w in lex.given)

    # FIRST_NAME_BEFORE_KNOWN_SURNAME: an unknown word between a title or a nisba and a listed surname is the first
    # name, however it is spelled: "الرئيس الفرنسي | فرنسوا | هولاند"
    for c in cands:
        k = c.tok_start - 1
        if c.type != "PER" or c.kind != "name" or c.source != "gaz" or c.tok_end - c.tok_start != 1 or k < 1 \
                or covered[k] or c.start != toks[c.tok_start].start or s.bounds[k] != s.bounds[c.tok_start]:
            continue
        w = words[k]
        if w is None or _is_def(w) or s.clitic(k) or w in lex.freq or w in lex.common or w in FUNCTION \
                or not w.isalpha() or len(w) < 4 or toks[k].prefix_end > toks[k].start or w in lex.speech \
                or w.endswith(("وا", "ون")) and (w[:-2] in lex.freq or corpus_frequency(w[:-2]) > 0) \
                or _future_verb(lex, w) or _imperfect_in_ya(lex, w) \
                or not s.entries(k - 1, ("role", "nisba"), with_clitic=True):
            # (no verb: "… انتقدوا | رايس" (انتقد is a word)، "الرئيس الأمريكي سيلتقي | بوتين")
            continue
        c.tok_start, c.start = k, toks[k].start
        c.text = s.text[c.start:c.end]
        c.canonical = None
        covered[k] = 1
    # a lone given name right before another person name is its first name: "ميخائيل" + "يوزهني"
    names = sorted((c for c in cands if c.type == "PER" and c.kind == "name" and c.attach is None),
                   key=lambda c: c.tok_start)
    for a, b in itertools.pairwise(names):
        if a.tok_end != b.tok_start or s.bounds[a.tok_start] != s.bounds[b.tok_start] \
                or not toks[b.tok_start].name_start == toks[b.tok_start].start == b.start:
            continue
        first_name = a.tok_end - a.tok_start == 1 and b.source != "gaz" and (words[a.tok_start][
            toks[a.tok_start].name_start - toks[a.tok_start].start:] in lex.given or a.source != "gaz")
        # a third word of a foreign name read apart: "بيير إيميريك" + "أوباميانج"
        third_word = a.tok_end - a.tok_start == 2 and b.tok_end - b.tok_start == 1 \
            and a.source in ("foreign", "given") and b.source in ("foreign", "model") \
            and _foreign_word(s, a.tok_start + 1) and _foreign_word(s, b.tok_start)
        if first_name or third_word:
            b.tok_start, b.start = a.tok_start, a.start
            b.text = s.text[b.start:b.end]
            a.kind = "merged"  # resolution keeps only "name" and "role" candidates
    # FIRST_NAME_AFTER_SPEECH_VERB: the subject of a speech verb opens with a first name no list knows, before a
    # name of two words found: "وقالت | مارثا | كلير موريس"
    for c in names:
        k = c.tok_start - 1
        if c.kind != "name" or c.tok_end - c.tok_start < 2 or k < 1 or covered[k] \
                or c.start != toks[c.tok_start].start \
                or s.bounds[k] != s.bounds[c.tok_start] or not _speech_word(lex, words[k - 1]):
            continue
        w = words[k]
        if w is None or not _unknown_plain(s, k) or w in lex.speech or lex.name_score(w) <= 0 \
                or w.endswith("ي") and (w[:-1] in lex.freq or w.endswith("تي") and w[:-2] + "ه" in lex.freq):
            continue  # (a noun with "my": "قالت | ابنتي")
        c.tok_start, c.start = k, toks[k].start
        c.text = s.text[c.start:c.end]
        c.canonical = None
        covered[k] = 1
    # a name particle right before a person name belongs to it: "فان" + "نيستلروي", "دي" + "ميستورا"
    for c in names:
        k = c.tok_start - 1
        t0 = toks[c.tok_start]
        if c.kind != "name" or k < 0 or covered[k] or t0.name_start != t0.start or c.start != t0.start \
                or s.bounds[k] != s.bounds[c.tok_start] or lex.particles.get(words[k] or "") != "prefix" \
                or toks[k].prefix_end > toks[k].start:
            continue
        c.tok_start, c.start = k, toks[k].start
        c.text = s.text[c.start:c.end]
        c.canonical = None
        covered[k] = 1
    for cands_i in cands:
        c = cands_i
        if c.type != "PER" or c.kind != "name" or c.tok_end - c.tok_start != 1 or c.attach is not None:
            continue
        if c.source not in ("model", "family", "speech"):
            continue
        kunya = c.source == "family" and (words[c.tok_start] or "").startswith("ابو")
        if kunya:
            # a kunya surname ("أبوالنجا") follows the first name, which may end in ة: "فايزة أبوالنجا"
            k = c.tok_start - 1
            w = words[k] if k >= 0 else None
            if w and not covered[k] and s.bounds[k] == s.bounds[c.tok_start] and not _is_def(w) \
                    and not s.clitic(k) and toks[k].suffix_start == toks[k].end and not s.raw_function(k) \
                    and w.isalpha() and len(w) >= 3 and (free(k) or w.endswith("ه") and w not in lex.freq):
                c.tok_start, c.start = k, toks[k].start
            else:
                continue
        elif c.tok_end < s.n and free(c.tok_end) and not _is_def(words[c.tok_start] or ""):
            c.tok_end += 1
            c.end = toks[c.tok_end - 1].end
        elif c.start == toks[c.tok_start].start and free(c.tok_start - 1):
            c.tok_start -= 1
            c.start = toks[c.tok_start].start
            t0 = toks[c.tok_start]
            if t0.name_start > t0.start:
                c.start = t0.name_start
        else:
            continue
        c.text = s.text[c.start:c.end]
        c.canonical = None
        for k in range(c.tok_start, c.tok_end):
            covered[k] = 1


def _model_names(s: _Sent, found: list[Cand]) -> list[Cand]:
    """Person names proposed by the word model (tools/build_person_model.py) where no pattern found anything:
    runs of words the model scores as name words, outside every other mention."""
    lex, words, toks = s.lex, s.words, s.tokens
    covered = bytearray(s.n)
    person_ends = set()
    for c in found:
        for k in range(c.tok_start, min(c.tok_end, s.n)):
            covered[k] = 1
        if c.type == "PER" and any(w in _BIN for w in words[c.tok_start:c.tok_end]):
            person_ends.add(c.tok_end)  # a name with its lineage: "الأمير متعب بن عبدالله"
    tables = _WordTables.of(lex)
    zt = tables.threshold
    common = lex.common
    out = []
    n = s.n
    # the score of a word's own features (-inf: a word the model never takes), then the neighbours' weights, then
    # the tests on the token for the few the model accepts
    own = list(map(tables.model.__getitem__, words))
    before, after, before2 = tables.prev, tables.next, tables.prev2
    prev_flags, next_flags, flag_sum, margin = tables.prev_flags, tables.next_flags, tables.flag_sum, tables.margin
    scored = []  # indices the model accepts
    for i in itertools.compress(itertools.count(), map((-math.inf).__lt__, own)):
        if covered[i]:
            continue
        prev = words[i - 1] if i else None
        nxt = words[i + 1] if i + 1 < n else None
        prev2 = words[i - 2] if i > 1 else None
        z = own[i] + before[prev] + after[nxt] + before2[prev2]
        # the rare context flags only matter near the threshold
        if z + margin < zt or z + flag_sum[prev_flags[prev] | next_flags[nxt]] < zt:
            continue
        w = words[i]
        t = toks[i]
        w0 = w[t.name_start - t.start:] if t.name_start > t.start and len(w) == t.end - t.start \
            and w not in lex.given else w  # (a listed given name keeps its first letter: "دون | لوجان")
        if _suffixed_noun(s, i, w0) or kin_with_pronoun(w0) \
                or nxt == "الله" and (prayer_for(s.text[t.start:t.end], nxt) or w0 in _BLESSINGS):
            continue  # (a prayer: "الملك فهد | رحمه الله", a blessing: "عثمان | رضي الله عنه")
        if _after_amount(s, i):
            continue  # a unit or currency: "ثلاثة تريليون | يوان"
        if prev is None and nxt is not None and w not in lex.strong_given \
                and s.entries(i + 1, ("role", "head"), with_clitic=False):
            continue  # a verb opening the clause before its subject, a title or a body: "دان | رئيس مجلس النواب"
        if (prev in _RELATIVES or prev in _WE) and not t.name_start > t.start or _verb_before_preposition(s, i) \
                or _plural_of_agent(lex, w0) or _dual_of_noun(lex, w0) or _TANWEEN.search(s.text, t.start, t.end) \
                or _verb_with_object(lex, w0) or _second_person(lex, w0) \
                or nxt is not None and s.bounds[i] > i + 1 and _second_person(lex, nxt):
            continue  # a verb ("الفريق الذي | أشرف عليه"، "فنحن | ندرك"، "| يكمن في") or a plural ("ناشطون"); an
            # adjective before a noun with "your": "دعمكم و | نبيل مواقفكم"
        if w0 in common or w0 in _NOT_NAMES or t.suffix_start != t.end or s.raw_function(i) or w0 == "علي" \
                or w0.isascii() \
                or len(w0) >= 6 and w0[0] == "ي" and w0.endswith(("ان", "ون")) and w0 not in lex.name_words \
                and (corpus_frequency(s.text[t.start:t.end - 2]) > 0 or len(w0) <= 7 and w0.endswith("ون")
                     and w0 not in lex.given) \
                or _noun_before_complement(s, i, w0) or _month_not_name(s, i) \
                or _lone_non_name(lex, w0) or _short_imperfect(lex, w0) or _tafaal_imperfect(lex, w0) \
                or w0 in lex.role_words and not (prev and prev in lex.given) \
                or prev in lex.role_words and prev not in lex.given and not _is_def(prev) and w0.endswith("ي") \
                and not _is_def(w0) \
                and w0 not in lex.given and w0 not in lex.name_words \
                or (w0.endswith("ك") and len(w0) >= 5 and w0 not in lex.name_words) \
                or _li_verb(w0) or w0.endswith("ا") and len(w0) >= 4 and w0[:-1] in common or _bi_noun(lex, w0) \
                or (_VERBAL_NOUN_SHAPE.fullmatch(w0) or ACCUSATIVE_PARTICIPLE.fullmatch(w0)) \
                and w0 not in lex.name_words and w0 not in lex.given or _unsplit_clitic_noun(lex, w0):
            continue
        scored.append(i)
    k = 0
    while k < len(scored):
        start = scored[k]
        end = start + 1
        k += 1
        # a run: consecutive accepted words, at most three, no conjunction inside
        while k < len(scored) and scored[k] == end and end - start < 3 \
                and toks[end].name_start == toks[end].start and not (words[end][:1] == "و"
                                                                     and words[end] not in lex.name_words):
            end += 1
            k += 1
        t0 = toks[start]
        # "و" + a known name the tokenizer did not split: "وريهام"
        if t0.name_start > t0.start:  # (a listed given name keeps its first letter, as above)
            p = 0 if words[start] in lex.given else t0.name_start - t0.start
        else:
            p = _unsplit_and(s, start, known_only=True)
        w1 = words[start][p:]
        while end - start >= 2 and words[end - 1] in lex.particles:
            end -= 1  # a particle closes no name: "احمد ابن | الاربع سنوات"
        if end - start == 1 and w1.endswith("ي") and (lex.freq.get(w1 + "ه", 0) + lex.freq.get("ال" + w1 + "ه", 0)) >= 2:
            continue  # an adjective whose feminine is a known word: "هجوم كيماوي" (كيماوية)
        pw = words[start - 1] if start and not p else None
        if end - start == 1 and w1 in _COMMON_WORD_NAMES and pw and pw.endswith("ي") and not _is_def(pw) \
                and pw not in lex.name_words and "ال" + pw in common:
            continue  # a given name that is also a common word, after an indefinite adjective, is an adjective
            # too: "دور صناعي | رائد"
        if end - start == 1 and w1 in _COMMON_WORD_NAMES and pw and len(pw) >= 3 and pw not in _FOLLOWERS \
                and not s.tm(start - 1) and (
                pw in common or pw[:1] in "بك" and pw[1:] in common) and not _is_def(pw) \
                and pw not in lex.role_words and not _speech_word(lex, pw) and pw not in FUNCTION \
                and not (pw[:1] in "وف" and pw[1:] in common) and pw not in lex.particles:
            continue  # and after an indefinite noun: "بشكل | عادل"، "قرار | موفق" (not after a verb with "و",
            # "واستقبل | سالم", a kinship word, a title or a noun in ة, often in construct: "لإعادة | هادي")
        if words[end - 1] in _COMMON_WORD_NAMES and _and_adjective(s, end):
            end -= 1  # an adjective coordinated with the next: "سلام عادل | وشامل"
            if end == start:
                continue
        if end - start == 1 and (w1 not in lex.given and w1 not in lex.name_words or w1 in _COMMON_WORD_NAMES) \
                and s.uses("ال" + w1) \
                and not (start and words[start - 1] in lex.role_words):
            continue  # COMMON_NOUN_IN_ARTICLE: a word the article also writes with "ال" is a noun: "إصدار | روبوت"
            # (the article goes on "هذا الروبوت"); after a title it is the family name without its article:
            # "اللواء موسوي" (the article has "عبد الرحيم الموسوي")
        if end - start == 1 and start in person_ends and not p:
            continue  # one word right after a name with its lineage, which did not take it, is no second name:
            # "الأمير متعب بن عبدالله | واجب العزاء"
        if end - start == 1 and p and words[start][:1] in "وف" and end < n and words[end] \
                and (_is_def(words[end]) and not lex.namey(words[end])
                     or s.entries(end, ("head",), with_clitic=False)) \
                and w1 not in lex.surnames:
            continue  # و + a verb, then its subject, definite or a body: "ودان البرلمان الهجوم"، "وعزت أمانة المنطقة"
        if (not _is_def(w1) or end - start >= 2) and not (end - start == 1 and lex.freq.get(w1, 0) >= 10):
            out.append(_cand(s, start, p, end, "PER", "name", source="model"))
    return out


def _participle_plural(lex: EntityLexicon, w: str, min_len: int, below: float) -> bool:
    """w is shaped as a participle in the sound plural (م…ون/ين, at least ``min_len`` letters) and scores below
    ``below`` as a name: "مدعون"، "معتمرين" (people, not a name; "مارلون" scores as one)."""
    return w[:1] == "م" and len(w) >= min_len and w.endswith(("ون", "ين")) and lex.name_score(w) < below


def _letter_of_word(s: _Sent, i: int, p: int) -> bool:
    """The ب، ل or ك before a given name at offset p of token i is the first letter of a word: "وبيان" is و + بيان (a
    statement), not و + ب + يان; "ولجان مسابقاته" is و + لجان (committees), not و + ل + جان — the whole word is a common
    one and the name no strong given name, or the vocabulary knows the whole word, it is no given name and no name
    word follows ("لأحمد أمين"، "لصالح آل الشيخ" keep their names)."""
    lex, w = s.lex, s.words[i]
    if w[p - 1] not in "بلك":
        return False
    whole = w[p - 1:]
    if whole in lex.common and w[p:] not in lex.strong_given:
        return True
    nxt = s.words[i + 1] if i + 1 < s.n else None
    return lex.freq.get(whole, 0) >= 2 and whole not in lex.given \
        and not (nxt is not None and (lex.namey(nxt) or nxt in lex.particles))


def _tafaal_imperfect(lex: EntityLexicon, w: str) -> bool:
    """A verb in the imperfect of تفعّل/تفاعل, "تت…" or "يت…", five letters or more, no name word: "تتكفل"،
    "يتواصل"، "تتوجه"."""
    return len(w) >= 5 and w[:2] in ("تت", "يت") and w not in lex.name_words and w not in lex.given


def _short_imperfect(lex: EntityLexicon, w: str) -> bool:
    """A verb in the imperfect of four letters with no long vowel, no name word: "تدشن"، "تنظم"، "نطلق" (a name has
    its vowels: "تركي"، "نبيل")."""
    return len(w) == 4 and w[0] in "يتن" and not any(ch in "اويى" for ch in w[1:]) and w not in lex.name_words \
        and w not in lex.given


# the plural of a derived verbal noun, افتعالات، استفعالات، انفعالات: "باشتراطات"، "لاستثمارات"، "وانتهاكات"
_DERIVED_MASDAR_PLURAL = re.compile(r"(?:ا\wت\wا\w|است\w\wا\w|ان\w\wا\w)ات")
_IFAAL_SHAPE = re.compile(r"ا\w\wا\w(?:ا|ه|ها|هم)?")  # إفعال, with its accusative or a pronoun: انقاذا، اعطايه


def _unsplit_clitic_noun(lex: EntityLexicon, w: str) -> bool:
    """A proclitic the tokenizer left on a noun: "وإنقاذا"، "وإعطائه"، "لسؤاله"، "بترسيخ"، "بغريب" — و/ف + a verbal
    noun, or ب/ل + a verbal noun, a noun with a pronoun or a known common word."""
    if len(w) < 5 or w[:1] not in "وفبل" or w in lex.name_words or w in lex.given:
        return False
    rest = w[1:]
    if _IFAAL_SHAPE.fullmatch(rest) or _VERBAL_NOUN_SHAPE.fullmatch(rest) \
            or _DERIVED_MASDAR_PLURAL.fullmatch(rest) and rest not in lex.given:
        return True
    if w[:1] == "و" and (lex.freq.get(rest, 0) >= 2 and rest not in lex.name_words or rest.endswith("يي")
                         or rest.endswith("ي") and rest[:-1] in lex.common and rest not in lex.given):
        return True  # "و" + a known word, a plural in construct or a noun with "my": "وإداريي البعثة"، "وتقديري"
    return w[:1] in "بل" and (rest.endswith(("ه", "ها", "هم")) and len(rest) >= 5 or lex.freq.get(rest, 0) >= 3 or
                              rest in lex.common)


def _preposition_noun(lex: EntityLexicon, w: str) -> bool:
    """Word w is ب/ل + a derived verbal noun (singular or plural) or + a noun with a pronoun, which no family name
    is: "باشتراطات"، "بإتمام"، "باتباع"، "بنظرته"، "بتسويقه" (but "بلاتيني"، "باسهل"، "بوريطة" are names)."""
    if len(w) < 6 or w[:1] not in "بل" or w in lex.name_words or w in lex.given or w in lex.family:
        return False
    rest = w[1:]
    if w.startswith("با") and (w[2:] in lex.given or w[2:] in lex.name_words):
        return False  # a Hadrami family name, "با" + a name: "سالم باهمام"
    return bool(_IFAAL_SHAPE.fullmatch(rest) or _VERBAL_NOUN_SHAPE.fullmatch(rest)
                or _DERIVED_MASDAR_PLURAL.fullmatch(rest) or _IFTIAL_SHAPE.fullmatch(rest.removesuffix("ه"))) \
        or rest.endswith(("ته", "تها", "تهم", "يه", "يها")) and len(rest) >= 5 and rest[:1] not in "اوي"


def _known_with_article(lex: EntityLexicon, rest: str, canonical: str | None) -> bool:
    """A listed name that starts with ل (canonical), read in "لل" + ``rest``, is rather ل + ال + a known word."""
    name = nw(canonical or "")
    return name.startswith("ل") and not name.startswith("ال") and (
        lex.freq.get("ال" + rest, 0) >= 2 or "ال" + rest in lex.common)


def _in_domain(s: _Sent, i: int) -> bool:
    """Latin token i is a part of a web address written without a scheme: "WWW.GDP.GOV.SA"."""
    t, text = s.tokens[i], s.text
    after, before = text[t.end + 1:t.end + 2], text[t.start - 2:t.start - 1] if t.start >= 2 else ""
    return text[t.end:t.end + 1] == "." and after.isascii() and after.isalnum() \
        or text[t.start - 1:t.start] == "." and before.isascii() and before.isalnum()


def _unknown_family(s: _Sent, k: int) -> bool:
    """Token k, after a one-word name, is a family name no vocabulary knows: "اسحق | هرتزوغ"، "كيفين | كيليا"."""
    w = s.words[k] if k < s.n else None
    return bool(w) and w not in s.lex.freq and not _is_def(w) and _unknown_or_weak_given(s, k) and s.namey(k) \
        and (s.lex.name_score(w) > 0 or w in s.lex.given) and not s.clitic(k) \
        and s.tokens[k].suffix_start == s.tokens[k].end


def _unknown_or_weak_given(s: _Sent, k: int) -> bool:
    """Token k is a word no lexicon knows, or one only the weak given-name lists know ("يواخيم" after "هانز": a second
    given name goes on with the first, as an unknown word would)."""
    h = s.hits[k]
    return h is None or s.words[k] not in s.lex.strong_given and all(e[2] == "given" for e in h)


def _at(s: _Sent, i: int, out: list[Cand]) -> int:
    """Try every pattern at token i; append what is found; return the next token index."""
    lex = s.lex
    found = s.entries(i, ("gaz", "role", "head", "given", "nisba", "speech"))
    if not found:
        return i + 1
    gaz = [f for f in found if f[2] == "gaz"]
    roles = [f for f in found if f[2] == "role"]
    heads = [f for f in found if f[2] == "head"]
    given = [f for f in found if f[2] == "given"]
    nisba = [f for f in found if f[2] == "nisba"]
    best_gaz = gaz[0] if gaz else None
    if best_gaz and best_gaz[1] == i + 1 and not best_gaz[0] and i > 0 and s.words[i - 1] == "الله" \
            and _is_def(s.words[i]) and best_gaz[3][0] != "LOC":
        best_gaz = None  # an epithet after "الله" is an adjective: "بيت الله | الحرام" (a place is not: "حزب الله
        # الحجاز")

    if best_gaz and best_gaz[1] == i + 1 and best_gaz[3][0] == "LOC" and _place_as_word(s, i, best_gaz[0]):
        best_gaz = None
    # a nisba adjective right after a definite noun is an adjective, not the country (الوكالة السعودية)
    if best_gaz and best_gaz[1] == i + 1 and best_gaz[0] == 0 and i > 0 and s.words[i] in lex.nisba_words \
            and s.entries(i - 1, ("head",), with_clitic=False) and not _is_def(s.words[i - 1] or "ال") \
            and not ((s.words[i - 1] or "").endswith("ه") and s.words[i].endswith("ي")):
        best_gaz = None  # after an indefinite head noun, "سورية" is an adjective: "مدينة سورية" (a masculine one
        # after a feminine head is not: "جمهورية جيبوتي")
    if best_gaz and nisba and best_gaz[1] == nisba[0][1] and best_gaz[0] == 0 and i > 0:
        prev = s.words[i - 1]
        if prev is not None and prev not in FUNCTION and (_is_def(prev) or lex.namey(prev)):
            best_gaz = None  # (and after a head noun: "مدينة سورية" is a Syrian city)
    elif best_gaz and best_gaz[1] == i + 1 and best_gaz[0] == 0 and i > 0 and s.words[i] in lex.nisba_words:
        # a country named like its feminine nisba ("السعودية") after a definite noun that is no title or name is
        # the adjective: "الجامعات السعودية"، "الأسهم السعودية" (not "زار الوزير السعودية")
        prev = s.words[i - 1]
        if prev is not None and _is_def(prev) and prev not in FUNCTION and prev not in lex.role_words \
                and prev not in lex.name_words and not s.clitic(i) \
                and not s.entries(i - 1, ("gaz", "given", "role"), with_clitic=False):
            best_gaz = None

    if heads and heads[0][3][1] == _MINISTRY and heads[0][0] == 0 and i > 0 and _is_def(s.words[i - 1] or "") \
            and s.words[i - 1] not in FUNCTION:
        return i + 1  # an adjective after its noun, not the ministry: "السياسة الخارجية الأمريكية"، "القوات البحرية"
    if roles and roles[0][0] == 0 and i > 0 and s.words[i] in _ADJECTIVE_TITLES and _is_def(s.words[i - 1] or "") \
            and s.words[i - 1] not in lex.role_words:
        roles = []  # an adjective after its noun, not a title: "الشباب القيادي المتميز"، "المناصب القيادية"
    if roles and roles[0][0] == 0 and roles[0][1] == i + 1 and _role_word_as_given(s, i, s.bounds[i]):
        e = _name_run(s, i)
        out.append(_cand(s, i, 0, e, "PER", "name", source="given"))
        return e  # "وقال | مساعد بن علي الحربي": a given name, no post
    if roles and (not best_gaz or roles[0][1] >= best_gaz[1]):
        r = _role(s, i, roles[0], out)
        if r > i:
            return r
    if heads:
        mark = len(out)
        r = _org(s, i, heads[0], out)
        if r > i and best_gaz and best_gaz[1] - i >= 2 and r > best_gaz[1]:
            nxt = s.words[best_gaz[1]] or ""
            if not (s.entries(best_gaz[1], ("nisba",), with_clitic=False) or nxt.startswith("ل")
                    or nxt in _FACILITY_KINDS):  # (a known base with its kind: "قاعدة حميميم | الجوية")
                del out[mark:]  # "البنك الدولي" + "المؤسسة الشقيقة": keep the known name
                r = i
        if r > (best_gaz[1] if best_gaz else i):
            return r
        if r > i and not best_gaz:
            return r
        del out[mark:]
    if best_gaz and given and best_gaz[3][0] != "PER" and best_gaz[1] == i + 1 \
            and not s.raw_function(i, given[0][0]) \
            and _name_run(s, i + 1, have=1) > i + 1 and s.words[i + 1] not in lex.particles:
        best_gaz = None  # يونس العيناوي is a person, not خان يونس
    if best_gaz and best_gaz[3][2] == "quoted" and not (
            (s.punct(i - 1) or "x") in _MARKED_OPEN and (s.punct(best_gaz[1]) or "x") in _MARKED_CLOSE):
        best_gaz = None  # QUOTED_ACRONYM: an acronym that is also a word counts only in quote marks or brackets:
        # "تقرير «ساما»" (the central bank; "ساما" is also "toxic"), "«موهبة»", "(نزاهة)"
    if best_gaz and best_gaz[3][2] == "ambiguous":
        nxt = s.words[best_gaz[1]] if best_gaz[1] < s.n else None
        if nxt is not None and (_is_def(nxt) or s.entries(best_gaz[1], ("nisba",), with_clitic=False)):
            best_gaz = None  # القاعدة الجوية: a base, not the organisation
    if best_gaz:
        p, end, _, (ty, canonical, kind) = best_gaz
        if ty == "PER" and end == i + 1:
            t = s.tokens[i]
            raw = _RAW_STRIP.sub("", s.text[t.start:t.end])[p:]
            if raw not in lex.per_raw and lex.raw_freq.get(raw, 0) >= 3 or raw in _RAW_FUNCTION \
                    or p and s.words[i] in lex.freq and s.words[i] not in lex.name_words \
                    or p >= 2 and s.words[i][:1] in "وف" and s.words[i][1:] in lex.freq \
                    and s.words[i][1:] not in lex.name_words:
                best_gaz = None  # "بأن" is not "بان", "وأين" (and where) not "واين" (Wayne), "بريد" (mail) not ب + ريد,
                # nor "وبريد"
    if best_gaz and best_gaz[3][0] == "PER" and s.words[i][best_gaz[0]:] in _NOT_NAMES:
        best_gaz = None
    if best_gaz and best_gaz[3][0] == "ORG" and best_gaz[1] == i + 1 and _IFAAL_SHAPE.fullmatch(
            s.words[i][best_gaz[0]:]) and i + 1 < s.bounds[i] and (
            any(g[3][0] in ("LOC", "PER") for g in s.entries(i + 1, ("gaz",), with_clitic=False))
            or s.words[i + 1] in _GENITIVES_OF_REBUILDING):
        best_gaz = None  # a company named by a verbal noun, in construct it is the noun: "وإعمار | اليمن" (not
        # "إعمار العقارية")
    if best_gaz and best_gaz[3][0] == "ORG" and i > 0 and (
            (_definite_form(s, i - 1) or "") in _INDEX_WORDS or (s.punct(i - 1) or s.words[i - 1] in _BUSINESS_WORDS)
            and i > 1 and (_definite_form(s, i - 2) or "") in _INDEX_WORDS):
        best_gaz = None  # a stock index named after a company is no body: "مؤشر «ستاندرد آند بورز»"
    if best_gaz and best_gaz[3][0] == "PER" and best_gaz[1] == i + 1 and (
            _after_amount(s, i)) and s.punct(i + 1) != ":":
        best_gaz = None  # a word right after a number is its unit or currency: "5000 | يوان"، "13.63 تريليون | يوان"،
        # "ثلاثة تريليون | يوان" (not a speaker's name before his words: "17:45 | الحسن: …")
    if best_gaz and best_gaz[3][0] == "PER" and i and (s.words[i - 1] or "").endswith("سوره") \
            and len(s.words[i - 1]) <= 6:
        best_gaz = None  # a chapter of the Quran named after a prophet: "سورة | يوسف"، "في سورة | مريم"
    if best_gaz and best_gaz[3][0] == "PER" and best_gaz[1] == i + 1 and not best_gaz[0] and _adjective_name(s, i):
        best_gaz = None
    if best_gaz and best_gaz[1] == i + 1 and best_gaz[1] < s.n and s.words[best_gaz[1]] in _PLACE_IDIOMS.get(
            s.words[i][best_gaz[0]:], ()):
        best_gaz = None  # PLACE_WORD_IN_IDIOM: "مسقط رأسه" is a birthplace, not Muscat
    if best_gaz and best_gaz[1] == i + 1 and best_gaz[0] and s.words[i][best_gaz[0] - 1:best_gaz[0] + 1] == "لل" \
            and _known_with_article(lex, s.words[i][best_gaz[0] + 1:], best_gaz[3][1]):
        best_gaz = None  # "للحج" is ل + الحج (the pilgrimage), not ل + لحج (Lahij); "للندن" is ل + لندن
    if best_gaz and best_gaz[1] == i + 1 and s.words[i][best_gaz[0]:] in lex.bare_alef_short \
            and _HAMZA_ALEF.search(s.text[s.tokens[i].start:s.tokens[i].end]):
        best_gaz = None  # a short name spelled with a bare alef is another word with a hamza: "فأس" (not فاس)
    if best_gaz and best_gaz[0] and best_gaz[1] == i + 1 and s.words[i][best_gaz[0] - 1] == "ك" \
            and len(s.words[i]) - best_gaz[0] <= 3 and s.words[i].endswith(("ت", "ا")) and best_gaz[3][0] == "LOC":
        best_gaz = None  # "ك" (like) on a short place is rarer than a verb of its letters: "التي | كسرت عزلة" (not
        # ك + سرت)، "كسبا" (not ك + سبأ); "كمصر" stays
    if best_gaz and best_gaz[3][0] == "PER" and best_gaz[0] and s.words[i][:1] == "ك" and i > 0 \
            and s.words[i - 1] and (lex.namey(s.words[i - 1]) or _foreign_word(s, i - 1)):
        best_gaz = None  # after a name word "ك" is the name's first letter, not "like": "يورغن كلوب" (not لوب)
    if best_gaz and best_gaz[3][0] == "PER" and best_gaz[0] and best_gaz[1] == i + 1 \
            and s.words[i][:best_gaz[0]] in ("ب", "ل", "وب", "ول") and (
            s.words[i][best_gaz[0]:] in lex.common or i and s.words[i - 1] in _LAYSA):
        best_gaz = None  # a preposition on a name that is also a word is the word: "ليس بغريب" (not غريب)
    if best_gaz:
        p, end, _, (ty, canonical, kind) = best_gaz
        if ty == "PER":
            # a known name: extend only over a particle chain or an ordinal (عبدالله الثاني، محمد بن ...), or,
            # for a one-word name that is also a given name, over the family name (مبارك غازي العتيبي)
            nxt = s.words[end] if end < s.n else None
            if (end == i + 1 and given) or (end > i + 1 and s.words[end - 1] in lex.given) or (
                    end == i + 2 and s.words[i][p:] in lex.east_asian):  # "كيم كاي" + "جوان"
                e2 = _name_run(s, end, have=end - i, after_weak=s.words[i][p:] not in lex.strong_given)
                if end == i + 1 and _noun_before_complement(s, i, s.words[i][p:]):
                    return i + 1  # a common word before its complement: "قياس رضا | العملاء" (satisfaction)
            else:
                e2 = _name_run(s, end, have=end - i) if nxt in lex.particles or nxt in _ORDINALS else end
                compound = end == i + 2 and (s.words[i + 1] in COMPOUND_ENDS or s.words[i][p:] == "عبد")
                # (one given name written in two words: نور الدين، حبيب الله، عبد الرحمن)
                if compound and e2 == end:
                    e2 = _name_run(s, end, have=1)  # its family name: "عبد الرحمن الراشد"
                if e2 == end and (end == i + 1 or compound) and _unknown_family(s, end):
                    e2 = end + 1  # an unknown family name after a one-word known name: "اسحق هرتزوغ"
            out.append(_cand(s, i, p, max(end, e2), ty, "name", canonical=canonical if e2 <= end else None,
                             source="gaz"))
            return max(end, e2)
        if ty == "LOC" and end - i >= 2 and end < s.n and s.words[end] in _DIRECTIONS and s.words[i][p:] in _PART_HEADS:
            end += 2 if end + 1 < s.n and s.words[end + 1] in _DIRECTIONS else 1  # "ريف حلب | الغربي"
            canonical = None
        ns = s.entries(end, ("nisba",), with_clitic=False) if ty == "ORG" and end < s.n else None
        if ns and ns[0][3] not in _REGION_NISBA and s.bounds[end] == s.bounds[i] and kind != "country" \
                and (s.words[ns[0][1] - 1] or "").endswith(("ي", "يه")) and not _person_next(s, ns[0][1]):
            # (a singular nisba, not the plural of two bodies "الإنجليزيين", nor a person's: "فيراري | الألماني فيتل")
            # ORG_WITH_NATIONALITY: "الكونجرس الأمريكي"، "البرلمان الكويتي": the body with its country, and the
            # body alone ("الكونجرس") a mention too
            _with_bare_name(s, i, p, ns[0][1], end, ty, out, canonical=canonical, source="gaz", kind_=kind)
            return ns[0][1]
        if ty == "ORG" and end < s.n and s.words[end] in _CORPORATE_SUFFIXES and s.bounds[end] == s.bounds[i]:
            end += 1  # the company's legal or trade suffix: "تويوتا | موتور"، "سوني | كوربوريشن"
            canonical = None
        out.append(_cand(s, i, p, end, ty, "name", canonical=canonical, source="gaz", kind_=kind))
        return end
    if given and given[0][0] and _letter_of_word(s, i, given[0][0]):
        given = []  # the preposition is the word's first letter: "وبيان" is و + بيان (a statement), not و + ب + يان
    if given and s.words[i] == _FA_INNA and i + 1 < s.n and _is_def(s.words[i + 1] or ""):
        given = []  # "فإن" written without its hamza, before its subject: "وعليه فان | اليدين والقدمين" (not "فان")
    if given and given[0][0] == 0 and i > 0 and s.words[i - 1] in _RELATIVES:
        given = []  # a verb after a relative pronoun: "الذي | صادق مجلس الشيوخ على تعيينه"
    if given and not s.raw_function(i, given[0][0]) and not (given[0][0] == 0 and _ali_as_ala(s, i)) \
            and not (given[0][0] == 0 and (_elative_before_noun(s, i) or _month_not_name(s, i))):
        p, end, _, _ = given[0]
        g = s.words[i][p:]
        e2 = _name_run(s, end, after_weak=g not in lex.strong_given, have=1)
        if e2 > end and _no_family_after(s, g, end, e2):
            e2 = end
        if e2 > end:
            st = i - 1 if p == 0 and g in ("بن", "بنت") and _given_before_bin(s, i - 1) else i
            if st == i and p == 0 and i >= 2 and s.words[i - 1] == "بنت" and _given_before_bin(s, i - 2) \
                    and not (out and out[-1].tok_end > i - 2):
                st = i - 2  # a woman's name with her father's: "نهلة بنت | أحمد الجبير"
            if st == i and p == 0 and g in ("بن", "بنت") and _listed_given_with_wa(s, i - 1):
                out.append(_cand(s, i - 1, 1, e2, "PER", "name", source="given"))
                return e2  # the next name of a list, with "و": "، | ومطلق بن حمد المريشد"
            if p == 1 and st == i and s.words[i][0] == "ب" and i and _speech_word(lex, s.words[i - 1]):
                p = 0  # SPEAKER_IN_B: after a speech verb "ب" opens the name, no preposition: "وقال | برايان مايرز"
            out.append(_cand(s, st, p, e2, "PER", "name", source="given"))
            return e2
        if p == 0 and end == i + 1 and _after_clause_verb(s, i) and not s.raw_function(i):
            out.append(_cand(s, i, 0, i + 1, "PER", "name", source="speech"))
            return i + 1  # a listed given name alone as a verb's subject, as an unknown one: "وأحرز | تشافي الهدف"
    if speech_next(s, i):
        e2 = _name_run(s, i + 1)
        if e2 == i + 2 and _is_def(s.words[i + 1] or "") and e2 < s.n and _is_def(s.words[e2] or "") \
                and (s.words[e2] in s.lex.nisba_words or s.entries(e2, ("nisba",), with_clitic=False)):
            e2 = i + 1  # a definite word with a nationality is a body, not a family name: "أعلن | الحراك الجنوبي"
        if e2 > i + 1:
            out.append(_cand(s, i + 1, 0, e2, "PER", "name", source="speech"))
            return e2
    k = _after_addressed_outlet(s, i)
    if k:
        e2 = _name_run(s, k)
        if e2 >= k + 2:
            out.append(_cand(s, k, 0, e2, "PER", "name", source="speech"))
            return e2
    if _name_before_clause(s, i) or _given_before_clause(s, i):
        out.append(_cand(s, i + 1, 0, i + 3, "PER", "name", source="speech"))
        return i + 3
    if nisba:
        p, end, _, country = nisba[0]
        # a nisba before an unknown name is a person's nationality: "الكرواتي جوران ايفانزفيتش"
        prev = _definite_form(s, i - 1) if i > 0 and p == 0 else None
        if end < s.n and _is_def(s.words[i][p:] or "") and s.text.startswith("ال", s.offset(i, p)) \
                and (hits_person_start(s, end) or _foreign_first(s, i, end)) \
                and not s.accusative(end) and not _and_noun_with_pronoun(s, end) \
                and not (prev is not None and _is_def(prev) and prev not in FUNCTION and not prev.endswith("ي")
                         and (prev == s.words[i - 1] or not _strong_name_word(s, end))) \
                and not _adjective_of_thing(s, i - 1):
            # (the article is written with a bare alef: "ألماني | هارب" is indefinite, a nisba in أل)
            # (after a definite noun the nisba is its adjective, "الوكالة السعودية"; after another adjective it
            # still introduces a name: "المهاجم الدولي الكاميروني صامويل إيتو"). A word no vocabulary knows
            # starts the name too: "الأرجنتيني سيرخيو أغويرو"، "والعاجي يايا توريه". After a noun with a clitic
            # the word must look like a name: "والفنانة اللبنانية | مادلين" but "والشعب التونسي | متضامن"
            verb = _verb_before_preposition(s, end)  # (after an adjective a verb is the clause's: "المخرج الوحيد
            e2 = _name_run(s, end) if not verb else end  # للأزمة اليمنية | يكمن في")
            if e2 <= end and not verb and _foreign_first(s, i, end):
                e2 = end + 1
                while e2 < s.bounds[end] and e2 - end < 3 and (_foreign_word(s, e2) or s.namey(e2)
                                                               and not _is_def(s.words[e2] or "")
                                                               and s.words[e2] not in s.lex.common
                                                               and s.words[e2][:1] not in "وف") \
                        and not ((s.words[e2] or "").endswith("ه") and s.tm(e2)):
                    e2 += 1  # (a word in ة ends it: "سيمونا هاليب | مصنفة ثانية")
            if e2 == end + 1 and _unknown_family(s, e2):
                e2 += 1  # "الأمريكي كيفين | كيليا"
            if e2 == end + 1 and _clause_word_after_role(s, end):
                e2 = end  # "ونظيره المصري | قاما بمراجعة"
            if e2 > end:
                out.append(_cand(s, i, p, end, "MISC", "nisba", canonical=country, source="nisba"))
                person = _cand(s, end, 0, e2, "PER", "name", source="nisba-name")
                person.nationality = country
                out.append(person)
                return e2
        out.append(_cand(s, i, p, end, "MISC", "nisba", canonical=country, source="nisba"))
        return end
    return i + 1


FOREIGN_PAIR = 0.25  # each word of an unknown two-word name must look at least this much like a name
FOREIGN_MEAN = 0.45


def _foreign_name(s: _Sent, i: int) -> int:
    """Two or three words in a row that look like a transliterated person's name ("جوران ايفانزفيتش",
    "دييجو مارادونا"): unknown name-like words, or known name words, none with a clitic or the article."""
    lex, words, toks = s.lex, s.words, s.tokens
    k = i
    scores = []
    known = 0
    bound = s.bounds[i]
    while k < bound and k - i < 3:
        w = words[k]
        t = toks[k]
        if w is None or _is_def(w) or s.clitic(k) or t.suffix_start < t.end or not s.namey(k) \
                or k > i and s.accusative(k):
            break  # (nor an accusative with its tanween: "رسوبولوس | معلقًا")
        h = s.hits[k]
        if k > i and (w[:1] == "و" or w in lex.speech_imperfect) and w not in lex.name_words:
            break  # "مؤسف ومحرج"، "كيري | يشيد"
        if k == i and w in lex.speech_verbs and w not in lex.name_words and w not in lex.given:
            break  # a verb of the speech lexicon starts no name: "وامتدح | الهاجري"
        raw = s.text[t.start:t.end]
        if k == i and len(raw) == 5 and raw[0] in "إا" and raw[3] == "ا" and raw[1] not in "يو" and raw[2] not in "يو":
            break  # a verbal noun of the pattern إفعال starts no name: "إشراك | دي بروين"، "إعلان" (also with a bare
            # alef: "اشراك")
        if k > i and lex.freq.get(w, 0) >= 10 and w not in lex.given and w not in lex.surnames \
                and k + 1 < bound and _is_def(words[k + 1] or ""):
            break  # a frequent verb with its object after a name: "وعلى هزازي | ترك اللعب"
        if w in lex.name_words and not s.raw_function(k):
            known += 1
            k += 1
            continue
        if h is not None:
            break
        sc = lex.name_score(w)
        if sc < FOREIGN_PAIR:
            break
        scores.append(sc)
        k += 1
    n = k - i
    if n >= 2 and scores and (known or sum(scores) / len(scores) >= FOREIGN_MEAN):
        return k
    return i


CONJUNCTION_GAIN = 0.15  # how much more like a name a word must look without its "و" for the "و" to be "and"


def _conjunction_on_name(s: _Sent, i: int) -> int:
    """CONJUNCTION_ON_NAME: 1 when the name word at token i carries the conjunction "و" the tokenizer left on it
    ("وآرون | هانت"، "ولويز جوستافو"، "وروبنسون كروزو"), else 0: "و" + a known name, "وأ", or a word that looks more
    like a name without its "و". Names of their own in و stay whole: listed ones (وليد، وسام), foreign ones in
    وا/وو/وي (واتسون، وودرو، ويليام), and any that looks no more like a name without its و (وجدان، ولكنسون)."""
    if _unsplit_and(s, i, known_only=True):
        return 1  # (a known name, or one after "وأ")
    w = s.words[i]
    if not w or w[:1] != "و" or len(w) < 4 or w in s.lex.given or w in s.lex.name_words or w[1] in "اوي":
        return 0
    lex = s.lex
    return 1 if lex.name_score(w[1:]) - lex.name_score(w) >= CONJUNCTION_GAIN else 0


def _foreign_pair_before_title(s: _Sent, i: int) -> int:
    """FOREIGN_PAIR_BEFORE_TITLE: two words no vocabulary knows, right before a title in construct (no article), are
    a person's name even when they look little like one: "فالون بهرامي | لاعب واتفورد". Returns the name's end (i when
    none)."""
    lex, words = s.lex, s.words
    k = i + 2
    if k >= s.n or s.bounds[k] != s.bounds[i] or not words[k] or _is_def(words[k]) \
            or not any(e[3] == "title" for e in s.entries(k, ("role",), with_clitic=False)):
        return i
    if words[i + 1] and words[i + 1][:1] != "و" and all(
            _foreign_word(s, x) and s.namey(x) and lex.name_score(words[x]) >= -0.5
            and (words[x][:1] not in "فبل" or words[x][1:] not in lex.freq) for x in (i, i + 1)):
        return k
    return i


FOREIGN_SINGLE = 9.0  # an unknown word alone must look this much like a name (effectively off by default)


_NOT_PREFIX = nw("غير")


def _strong_name_word(s: _Sent, k: int) -> bool:
    """Token k is a listed given name or scores as a name word (a word no vocabulary knows scores by its shape)."""
    w = s.words[k]
    return bool(w) and (w in s.lex.given or s.lex.name_score(w) >= 0)


def _indefinite_accusative(s: _Sent, k: int) -> bool:
    """Token k is a known word in the indefinite accusative, with no clitic or pronoun: "عاجلا"، "جديدا"."""
    w = s.words[k]
    return bool(w) and w.endswith("ا") and not w.endswith("ها") and len(w) >= 5 and w[:-1] in s.lex.common \
        and w[:1] not in "وفبل" and w not in s.lex.name_words


def _honorific_at(s: _Sent, k: int) -> bool:
    """An honorific (or a royal title) opens at token k: "الدكتورة"، "الأمير"."""
    role = s.entries(k, ("role",), with_clitic=False)
    return bool(role) and role[0][3] in ("honorific", "both")


def _field_end(s: _Sent, k: int, bound: int) -> int:
    """Where the field of a post ends, from token k after its first word ("للشؤون | الأمنية"، "للتطوير |
    والتقنية"): definite adjectives and nouns, and definite ones with "و", at most four."""
    words = s.words
    x = k
    while x < bound and x - k < 4 and words[x] is not None and not s.entries(x, ("role",)) and (
            _is_def(words[x]) and not s.clitic(x) or words[x][:1] == "و" and _is_def(words[x][1:])
            and words[x][1:] not in s.lex.role_words):  # (not a second man's title: "… للخدمات الطبية | والمهندس")
        x += 1
    return x


def _adjective_name(s: _Sent, i: int) -> bool:
    """Token i is a listed family name that is also a definite adjective ("حكيم"), right after a definite noun that
    is no title, role or nationality: it qualifies the noun (ADJECTIVE_NOT_FAMILY): "السياسي | الحكيم"، "الذكر |
    الحكيم"، "القرار غير | الحكيم" (not "الرئيس | الأسد"، "السوري | الأسد")."""
    w = s.words[i]
    if not (w and _is_def(w) and w in s.lex.vocab_common) or i == 0 or s.bounds[i - 1] != s.bounds[i]:
        return False
    if s.words[i - 1] == _NOT_PREFIX:
        return True
    prev = _definite_form(s, i - 1)
    return bool(prev) and _is_def(prev) and prev not in FUNCTION and prev not in s.lex.role_words \
        and prev not in s.lex.name_words and not s.entries(i - 1, ("role", "nisba", "given"))


def _family(s: _Sent, i: int) -> int | None:
    """A known family name standing alone (رامسفيلد), with its clitic offset, or None."""
    w = s.words[i]
    if w is None:
        return None  # (punctuation or a number)
    lex = s.lex
    t = s.tokens[i]
    p = t.name_start - t.start if t.name_start > t.start else 0
    if len(w) != t.end - t.start:
        p = 0
    stem = w[p:] if p < len(w) else w
    if stem in lex.family and not s.raw_function(i) and stem not in lex.vocab_common and stem not in _NOT_NAMES \
            and (_is_def(stem) and stem[2:] not in lex.freq or lex.name_score(stem) >= 0.2) \
            and not (t.suffix_start < t.end) and not (_is_def(stem) and _VERBAL_NOUN_SHAPE.fullmatch(stem[2:])) \
            and not _club_nisba(lex, stem):
        # (a verbal noun with the article is the noun: "متمنيا لهم | التوفيق", not "أحمد التوفيق"; alone, a club's
        # adjective is the adjective: "اللاعب | الهلالي")
        return p
    if p == 0 and not _is_def(w) and s.namey(i) and w not in lex.name_words and lex.name_score(w) >= FOREIGN_SINGLE:
        return 0
    if p == 0 and w.startswith("ابو") and len(w) >= 6 and w not in lex.freq and w[3:] not in FUNCTION \
            and not (t.suffix_start < t.end):
        return 0  # a kunya written as one word is a name by itself: "ابوالعلا"، "أبوحمدان"
    return None


def hits_person_start(s: _Sent, j: int) -> bool:
    """Token j can start a person's name that no lexicon knows (an unknown name-like word, or a given name)."""
    w = s.words[j] if j < s.n else None  # (none after the last token)
    if w is None or _is_def(w):
        return False
    t = s.tokens[j]
    if s.clitic(j) or t.suffix_start < t.end and s.lex.name_score(w) < 0.3:
        return False
    h = s.hits[j]
    if h is not None:
        return any(cat == "given" for _, _, cat, _ in h) and not s.raw_function(j)
    # an unknown word: it must not look like an ordinary Arabic word (قطاعي، قاربت، وصونه score low; "واجتمع")
    return not _CONJ_DERIVED_PAST.fullmatch(w) and s.namey(j) and not _and_known_word(s.lex, w) and (
        w not in s.lex.freq and s.lex.name_score(w) >= -0.2 or s.lex.name_score(w) >= 0.3)


def _and_known_word(lex: EntityLexicon, w: str) -> bool:
    """w is "و"/"ف" + a known word or the imperfect of one, no name: "ويزرع" (و + يزرع), "فالتقى"."""
    return w[:1] in "وف" and len(w) >= 5 and w[1:] not in lex.name_words and w not in lex.given and (
        w[1:] in lex.freq or w[1] in "يت" and w[2:] in lex.freq)


SPEECH_DEF_MIN = -0.3  # a definite word after a speech verb must look like a family name at least this much


VERB_SUBJECT_MIN = 0.3  # an unknown word after a clause-initial verb must look like a name this much


def _after_clause_verb(s: _Sent, i: int) -> bool:
    """Token i is an unknown, name-like word right after a clause-initial و/ف + known word, the verb-subject
    order of news Arabic: "ورفض فالفيردي التعليق", "فأجاب تشافي"."""
    if i < 1:
        return False
    prev = s.words[i - 1]
    lex = s.lex
    if prev is None or prev[:1] not in "وف" or len(prev) < 4 or prev[1:] not in lex.freq \
            or prev[1:] in lex.name_words or prev in lex.name_words or prev[1:] in lex.role_words \
            or s.entries(i - 1, ("gaz",)):
        return False  # (a title with "و" is no verb: "ومدير | جمارك المنطقة"; nor a known name: "فإيران | زبون ضخم")
    if i >= 2 and s.words[i - 2] is not None and s.bounds[i - 2] == s.bounds[i]:
        return False  # not at the start of a clause
    if prev in _WE:
        return False  # "فنحن | ندرك": a verb in the first person
    w = s.words[i]
    t = s.tokens[i]
    return not _is_def(w) and not s.clitic(i) and t.suffix_start == t.end and not s.raw_function(i) \
        and w not in lex.freq and s.namey(i) and lex.name_score(w) >= VERB_SUBJECT_MIN


def _given_before_bin(s: _Sent, k: int) -> bool:
    """GIVEN_BEFORE_BIN: the word right before "بن" is the given name when it comes right after a title, even one
    that is also an ordinary word ("الأستاذ مشهور بن ناشي المطرفي": مشهور, famous), or when no vocabulary knows it
    ("على مطرف بن عبدالله")."""
    if k < 1 or s.bounds[k] != s.bounds[k + 1]:
        return False
    w, t, lex = s.words[k], s.tokens[k], s.lex
    return w is not None and (s.words[k - 1] in lex.role_words or w not in lex.freq and w not in lex.common
                              and w[:1] not in "وفبلك") \
        and w.isalpha() and len(w) >= 3 \
        and not _is_def(w) and not s.clitic(k) and t.suffix_start == t.end and not s.raw_function(k) \
        and w not in lex.speech and w not in lex.role_words and w not in _NOT_NAMES


def _listed_given_with_wa(s: _Sent, k: int) -> bool:
    """Token k, before "بن", is "و" + a given name no vocabulary lists, after a comma: the next name of a list ("…
    الفارس، | ومطلق بن حمد المريشد")."""
    w = s.words[k] if k >= 1 else None
    return w is not None and w[:1] == "و" and s.punct(k - 1) in ("،", ",") and len(w) >= 4 and w.isalpha() \
        and w[1:] not in s.lex.common and w not in s.lex.freq and not _is_def(w[1:]) \
        and s.tokens[k].suffix_start == s.tokens[k].end and w[1:] not in s.lex.role_words


# speech verbs that are also prepositions: بيّن (explained) / بين (between), عبّر (expressed) / عبر (through)
_PREPOSITION_VERBS = frozenset(("بين", "عبر"))


def speech_next(s: _Sent, i: int) -> bool:
    """Token i is a speech verb (قال، وأضاف) and the next word looks like a name that no lexicon knows."""
    if i + 1 >= s.n or not _speech_word(s.lex, s.words[i]):
        return False
    nxt = s.words[i + 1]
    if nxt is None or s.hits[i + 1] is not None:
        return False
    verb = s.words[i][1:] if s.words[i][:1] in "وف" and s.words[i][1:] in s.lex.speech else s.words[i]
    if verb in _PREPOSITION_VERBS and not any(
            _clause_at(s, e) or verb == "عبر" and s.words[e] == "عن"
            for e in range(i + 2, min(s.n, s.bounds[i], i + 10))):
        return False  # "بين" and "عبر" are prepositions too: "تفشى المرض | بين الكوادر"، "يمر | عبر الكبد"; the
        # verbs have their clause or "عن" a few words on: "وبين الفرحاني أن"، "عبّر تور أولي سكولارد المدير الفني
        # لنادي مولده عن ثقته"
    if nxt.endswith("و") and len(nxt) >= 5 and i + 2 < s.n and (
            nxt[:-1] in s.lex.role_words and _is_def(s.words[i + 2] or "")
            or _PARTICIPLE_SHAPE.fullmatch(nxt[:-1]) and s.words[i + 2] is not None and nxt not in s.lex.name_words):
        return False  # a plural role in construct: "أكد مديرو التعليم" (directors of education)، "ويقول مبتكرو الوسيلة"
    if _dual_of_noun(s.lex, nxt):
        return False  # a dual describes two speakers: "قال مندوبان"، "وأشار الطرفان"
    if i + 2 < s.n and not _is_def(nxt) and nxt not in s.lex.given and _is_def(s.words[i + 2] or "") \
            and s.entries(i + 2, ("head",), with_clitic=False):
        return False  # a verbal noun in construct with a body, the verb's object: "يؤكد | عزم القوات المسلحة"
    if nxt[:1] == "م" and len(nxt) == 4 and nxt not in s.lex.given and nxt not in s.lex.name_words:
        return False  # "وقال موظف …": an agent noun (موظف، مراقب، مواطن) describes a speaker, it does not name one
    if "ال" + nxt in s.lex.role_words and nxt not in s.lex.given:
        return False  # a title without its article describes one too: "وقال مهندس في محطة …"، "قالت مهندسة"
    if _is_def(nxt):
        # a family name with the article, whose stem no vocabulary knows: "وقال الفرحاني إن" (a feminine dual
        # describes: "أكدت الباحثتان")
        lex = s.lex
        t = s.tokens[i + 1]
        return len(nxt) >= 5 and nxt not in lex.common and nxt[2:] not in lex.freq and nxt not in lex.generic \
            and not nxt.endswith(("تان", "تين")) and not s.clitic(i + 1) and t.suffix_start == t.end \
            and lex.namey(nxt) \
            and lex.name_score(nxt) >= SPEECH_DEF_MIN
    return hits_person_start(s, i + 1) and s.hits[i + 1] is None


def _after_addressed_outlet(s: _Sent, i: int) -> int:
    """Token i is a speech verb followed by the outlet spoken to, "لـ" and a quoted name, and then a word that can
    start a name no lexicon knows: "أوضح لـ"الاقتصادية" | لاحم الناصر". Returns that word's index (0 when none)."""
    if i + 4 >= s.n or s.words[i + 1] != "ل" or not _speech_word(s.lex, s.words[i]):
        return 0
    q = _quoted(s, i + 2, 3)
    return q if i + 3 < q < s.n and s.hits[q] is None and hits_person_start(s, q) else 0


def _called_names(s: _Sent, out: list[Cand]) -> None:
    """CALLED_NAME: the name after "called" ("عارضة أزياء تُدعى | انداه كيرانا"، "المدعو | سالم الحربي"), two words
    or more, where no other mention covers it (the word "called" has no lexicon entry of its own)."""
    for k in itertools.compress(range(s.n), map(CALLED_WORDS.__contains__, s.words)):
        j = _after_called(s, k)
        if j and not any(c.tok_start <= j < c.tok_end for c in out):
            e = _name_run(s, j)
            if e >= j + 2:
                out.append(_cand(s, j, 0, e, "PER", "name", source="speech"))


def _after_called(s: _Sent, i: int) -> int:
    """Token i says "called" ("يُدعى"، "تُدعى" written with ى, "المدعو") and the next word can start a name no
    lexicon knows: "عارضة أزياء تُدعى | انداه كيرانا". Returns that word's index (0 when none)."""
    if i + 1 >= s.n or s.words[i] not in CALLED_WORDS or s.hits[i + 1] is not None or _is_def(s.words[i + 1] or "ال") \
            or s.clitic(i + 1) or not s.namey(i + 1):
        return 0  # (the name's last letter may look like a pronoun: "انداه")
    t = s.tokens[i]
    return i + 1 if _is_def(s.words[i]) or s.text[t.start:t.end].endswith("ى") else 0


def _plural_of_agent(lex: EntityLexicon, w: str) -> bool:
    """w is the plural of a role or a known noun, never a name: "ناشطون"، "محامون"، "مسؤولين" (not "هارون")."""
    if not w.endswith(("ون", "ين")) or len(w) < 5 or w in lex.name_words or w in lex.given or w in lex.surnames:
        return False
    stem = w[:-2]
    return stem in lex.role_words or stem + "ي" in lex.role_words or "ال" + stem in lex.role_words \
        or "ال" + stem + "ي" in lex.role_words \
        or (stem in lex.common or lex.freq.get(stem, 0) >= 2) and stem not in lex.name_words and stem not in lex.given \
        and lex.name_score(w) < 0


def _verb_with_object(lex: EntityLexicon, w: str) -> bool:
    """w is a plural verb with its object pronoun: "اختصوه"، "منحوها" — no name."""
    return len(w) >= 5 and w.endswith(("وه", "وها", "وهم")) and w not in lex.name_words and w not in lex.given


def _unknown_plain(s: _Sent, k: int) -> bool:
    """Token k is a plain word no vocabulary knows: letters only, no clitic, no pronoun, no ة ("سيلكه")."""
    w, t = s.words[k], s.tokens[k]
    return bool(w) and w.isalpha() and len(w) >= 3 and w not in s.lex.freq and w not in s.lex.common \
        and not s.clitic(k) and t.suffix_start == t.end and not s.tm(k) and not _is_def(w)


def _al_family_name(s: _Sent, m: int) -> int:
    """AL_FAMILY: after a title, a given name no list knows, "آل" and the family ("المحامي | بخيت آل غباش"): the
    name's end, or m. The family word may be known ("آل سعود"); the given name must not be a common word."""
    if m + 2 >= s.n or s.words[m + 1] != _AL or not (_unknown_plain(s, m) or s.words[m] in s.lex.given):
        return m
    fam = s.words[m + 2]
    return m + 3 if fam and fam.isalpha() and len(fam) >= 3 and fam not in s.lex.common and not _is_def(fam) \
        and s.bounds[m + 2] == s.bounds[m] else m


def _bi_noun(lex: EntityLexicon, w: str) -> bool:
    """w is ب + a noun the tokenizer left whole ("ببردة"، "بقسوة"): it starts with ب, scores low as a name word, and is
    no family name in "با"، "بو" or "بل" ("باعبود"، "بوتفليقة"، "بلحاج")."""
    return w[:1] == "ب" and w[:2] not in ("با", "بو", "بل") and w not in lex.name_words and w not in lex.given \
        and lex.name_score(w) < -0.3


def _second_person(lex: EntityLexicon, w: str) -> bool:
    """w is a noun or verb with the pronoun "your" (كم، كما): "مواقفكم"، "دعمكم" — no name (not "بلينكن")."""
    return len(w) >= 5 and w.endswith(("كم", "كما")) and w not in lex.name_words and w not in lex.given


_TANWEEN = re.compile("[\u064b\u064c\u064d]")  # an indefinite noun ("جانٍ"، "معلقًا"): no name


def _dual_of_noun(lex: EntityLexicon, w: str) -> bool:
    """w is the dual of a role or a common noun, with or without the article: "مندوبان"، "الطرفان" (not "سلمان")."""
    if not w.endswith("ان") or len(w) < 5 or w in lex.given or w in lex.name_words or w in lex.surnames:
        return False
    stem = w[2:-2] if _is_def(w) else w[:-2]
    return len(stem) >= 3 and (stem in lex.role_words or "ال" + stem in lex.role_words or stem in _DUAL_PARTIES)


# the parties that speak in pairs: "الطرفان"، "الجانبان"، "مصدران" (a dual of any common word may be a family name:
# "السلمان"، "وجدان")
_DUAL_PARTIES = frozenset(nw(w) for w in ("طرف", "جانب", "بلد", "مصدر", "شاهد", "مندوب", "مسؤول", "مسئول", "خبير",
                                          "ناشط", "دبلوماسي", "زعيم", "قيادي", "نائب", "عضو", "محام", "سيناتور"))


def _speech_word(lex: EntityLexicon, w: str | None) -> bool:
    """w is a speech verb, with "و"/"ف" or none: قال، وأضاف."""
    return w is not None and (w in lex.speech or w[:1] in "وف" and w[1:] in lex.speech)


def _clause_at(s: _Sent, k: int) -> bool:
    """A reported clause opens at token k: "أن/إن/بأن" (with a pronoun or none), or a colon."""
    return k < s.n and (s.words[k] in _CLAUSE_OPENERS or s.punct(k) == ":")


def _name_before_clause(s: _Sent, i: int) -> bool:
    """NAME_BEFORE_CLAUSE: between a speech verb and its reported clause, two words — one no vocabulary knows and a
    definite one no vocabulary knows either — are the speaker's name: "وأكد عساف القرني أن"، "وقال منيف الزويهري إن".
    Two plain unknown words may also stand before the speaker's title."""
    lex = s.lex
    if i + 3 >= s.n or not _speech_word(lex, s.words[i]):
        return False
    w1, w2 = s.words[i + 1], s.words[i + 2]
    if w1 is None or w2 is None or not w1.isalpha() or len(w1) < 3 or _is_def(w1) or w1 in lex.freq \
            or len(w2) < 5 or w2 in lex.freq or w2[2:] in lex.freq or w2 in lex.nisba_words:
        return False
    if not _is_def(w2):
        # UNKNOWN_PAIR_BEFORE_CLAUSE: two plain words no vocabulary knows, before the clause or the speaker's title,
        # are a foreign name even when they do not look like one ("قالت مارجريته فيستدجر مفوضة شؤون المنافسة")
        if not (w2.isalpha() and s.namey(i + 2) and (_clause_at(s, i + 3)
                                                     or s.entries(i + 3, ("role",), with_clitic=False))) \
                or s.accusative(i + 1) or s.accusative(i + 2) \
                or w1.endswith("ا") and (w1[:1] == "م" or w2.endswith("ا")):
            return False  # (not a verb, "ذكر آنفا | يتصورون أن"; not a circumstantial, "يقول مخاطبًا سعودًا:")
    elif not _clause_at(s, i + 3):
        return False
    return all(not s.clitic(k) and s.tokens[k].suffix_start == s.tokens[k].end and s.hits[k] is None
               for k in (i + 1, i + 2))


def _given_before_clause(s: _Sent, i: int) -> bool:
    """GIVEN_BEFORE_CLAUSE: between a speech verb and its reported clause (or a comma and the speaker's role), a
    well-known given name and one more plain word: the speaker's name, even when that word is also a common one
    ("وقال أحمد عيد إن"، "وأكد صالح قدح أن"، "أكد أحمد عيد، رئيس الاتحاد، أن"); not a time word or an adverb ("قال
    محمد أمس إن")."""
    lex = s.lex
    if i + 3 >= s.n or not _speech_word(lex, s.words[i]):
        return False
    w1, w2 = s.words[i + 1], s.words[i + 2]
    t1 = s.tokens[i + 1]
    if w1 not in lex.strong_given or not lex.given_here(s.text[t1.start:t1.end]) or not w2 or not w2.isalpha() \
            or len(w2) < 3 or _is_def(w2) or w2 in FUNCTION or w2 in _CLAUSE_OPENERS or w2 in _NOT_SURNAMES \
            or s.accusative(i + 2) or w2.endswith("ا") and w2 not in lex.name_words \
            or w2 in ROLE_ADJ or "ال" + w2 in ROLE_ADJ:
        return False  # (not "على" written for the preposition; not an adverb "قائلا" or an adjective "سابق")
    if not (_clause_at(s, i + 3) or s.punct(i + 3) in ("«", "\"", "“")
            or s.punct(i + 3) in ("،", ",") and i + 4 < s.n and s.words[i + 4] in lex.role_words):
        return False
    return all(not s.clitic(k) and s.tokens[k].suffix_start == s.tokens[k].end for k in (i + 1, i + 2))


# time words and adverbs that stand between a speech verb's subject and its clause: "قال محمد | أمس إن"
_NOT_SURNAMES = frozenset(nw(w) for w in ("أمس", "اليوم", "أيضا", "كذلك", "مؤخرا", "سابقا", "لاحقا", "حينها",
                                          "ايضا", "فقط", "أمام", "عن", "لنا", "لي", "البارحة"))
_RELATIVE_OPENERS = frozenset(("الذي", "التي"))
_CLOSING_PUNCT = frozenset("،,.:؛;!?»”)")  # (not an opening bracket or quote: "مستشفى الملك فهد | بسعة (200)")


def _imperfect_in_ya(lex: EntityLexicon, w: str) -> bool:
    """A word of four letters in ي that no name list knows: an imperfect verb ("يزور"، "يشكك"), ending a name."""
    return len(w) == 4 and w[0] == "ي" and w not in lex.name_words and w not in lex.given


def _imperfect_in_ta(lex: EntityLexicon, w: str) -> bool:
    """A word of four letters in ت that no list knows: an imperfect verb of a feminine subject ("تؤهل"، "تشكك")."""
    return len(w) == 4 and w[0] == "ت" and w not in lex.name_words and w not in lex.given and w not in lex.freq


def _closing_family(s: _Sent, k: int) -> bool:
    """CLOSING_FAMILY_NAME: an unseen word after a first name, right before the reported clause, a relative pronoun,
    punctuation or the outlet spoken to (لـ), is the family name even when it begins like a clitic: "جون فيشر إن"
    (not ف + يشر), "لوران بلان الذي" (not ب + لان). The first name is a listed one or an unseen word that looks
    like a name (ستانلي)."""
    if k < 1 or k + 1 > s.n:
        return False
    w, prev, lex = s.words[k], s.words[k - 1], s.lex
    if w is not None and w in lex.freq and prev in lex.strong_given and _known_family_before_title(s, k):
        return True
    if w is None or prev is None or w in lex.freq or not w.isalpha() or len(w) < 4 or _is_def(w) or \
            s.bounds[k - 1] != s.bounds[k] or w[:1] in "ول":
        return False  # (a word with "و" joins a second name: "حمزة ومعاذ"، "زويد ورفح"; one with "ل" names the one
        # spoken to: "وقال كاميرون | لشبكة")
    if w[:1] in "فبك" and (w[1:3] == "ال" or any(not e[0] for e in lex.first.get(w[1:], ()))):
        return False  # a preposition on a noun or a listed name: "فهد | بجدة"، "محمد | بالطيور"، "نعيم | للسمسرة"
    if not (prev in lex.given and len(prev) >= 3 or prev not in lex.freq and prev.isalpha() and len(prev) >= 4 and
            not _is_def(prev) and lex.name_score(prev) >= 0):  # (not a spelled letter: "جي إم سي | يوكون")
        return False
    if k + 1 >= s.n or s.text[s.tokens[k + 1].start] in _CLOSING_PUNCT or s.words[k + 1] in _CLAUSE_OPENERS or \
            s.words[k + 1] in _RELATIVE_OPENERS:
        return True
    t = s.tokens[k + 1]  # or the outlet spoken to: "ستانلي فيشر | لتلفزيون بلومبرج"، "| لـ«الرياض»"
    return s.words[k + 1] == "ل" or t.prefix_end > t.start and s.text[t.start] == "ل" or _title_at(s, k + 1)


def _title_at(s: _Sent, k: int) -> bool:
    """A title opens at token k, after a comma or a semicolon if one stands there: "| نائب رئيس المجلس"، "؛ المتحدث"."""
    if k < s.n and s.text[s.tokens[k].start] in "،,؛;" and s.tokens[k].end - s.tokens[k].start == 1:
        k += 1
    return k < s.n and any(e[3] == "title" for e in s.entries(k, ("role",), with_clitic=False))


def _known_family_before_title(s: _Sent, k: int) -> bool:
    """APPOSED_FAMILY_NAME: a word the vocabulary knows, between a listed given name and a title in apposition, is
    the family name: "أحمد | عيد رئيس اتحاد الكرة"، "عثمان | مالي؛ المتحدث الإعلامي" (not a time word, an adverb in
    ا, a word with a pronoun, a title itself, a verb in ا: "قال محمد | أمس"، "| أيضا"، "| بدوره"، "فاطمة | مديرة
    المدرسة"، "الملك سلمان | استقبل وزير الخارجية")."""
    w, lex = s.words[k], s.lex
    return len(w) >= 3 and w.isalpha() and not _is_def(w) and not w.endswith(("ا", "ه")) and w[:1] not in "ولبا" \
        and w not in FUNCTION and w not in _WEEKDAYS and w not in lex.role_words \
        and not s.entries(k, ("role", "head", "gaz"), with_clitic=False) and s.bounds[k - 1] == s.bounds[k] \
        and _title_at(s, k + 1)


def _own_lam(lex: EntityLexicon, w: str) -> bool:
    """w, after the preposition of a word in "لل", is a listed name that begins with ل ("لليبيا": ل + ليبيا), not a
    word whose article the spelling elides ("للأمم": ل + الأمم; "للجنة": ل + اللجنة)."""
    return any(e[0] == 0 for e in lex.first.get(w) or ()) and not any(
        a in lex.first or a in lex.freq for a in ("ا" + w, "ال" + w))  # (not "للحج": ل + الحج)


# heads of the office of a post: "مكتب رئيس الوزراء" is a body, not the prime minister
_IDARA = nw("إدارة")
_MANFATH = nw("منفذ")
_MARKAZ = nw("مركز")
# a player's position in a team ("مركز الحارس", the goalkeeper's): after "مركز" no centre's name
_POSITIONS = frozenset(nw(w) for w in ("حارس", "حراسة", "ظهير", "مهاجم", "وسط", "جناح", "صانع", "ارتكاز",
                                       "محور", "مدافع", "لاعب"))
# what "وحي" (revelation) comes from, no neighbourhood after "و" + "حي": "من وحي القرآن"، "وحي السماء"
_REVEALED = frozenset(nw(w) for w in ("القرآن", "الله", "السماء", "الشيطان", "النبوة", "الإلهام"))
_SINAA, _AL_LAIB = nw("صناعة"), nw("اللعب")  # "مركز صناعة اللعب" (playmaker), not "مركز صناعة القرار"
# deeds someone carries out ("منفذ الهجوم", the attacker): after "منفذ" no crossing's name
_DEEDS = frozenset(nw(w) for w in ("هجوم", "هجمات", "هجومين", "عملية", "عمليات", "جريمة", "جرائم", "تفجير",
                                   "تفجيرات", "اعتداء", "اعتداءات", "مجزرة", "اغتيال", "حادث", "حادثة"))
_THE_PRESIDENT = nw("الرئيس")
_OFFICE_HEADS = frozenset(nw(w) for w in ("مكتب", "ديوان"))
# Latin letters spelled out in Arabic script: a run of them is an acronym ("دي آي دبليو"، "بي إم دبليو")
_SPELLED_LETTERS = frozenset(nw(w) for w in (
    "إيه", "بي", "سي", "دي", "إي", "إف", "جي", "جيه", "إتش", "آي", "جاي", "كي", "إل", "إم", "إن", "أو", "كيو", "آر",
    "إس", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد"))


def _cand(s: _Sent, i: int, p: int, end: int, ty: str, kind: str, **kw) -> Cand:
    if ty == "PER" and kind == "name" and end - i >= 2 and s.words[end - 1] in _CORPORATE_SUFFIXES:
        ty = "ORG"  # CORPORATE_SUFFIX: a name that ends in a company's suffix is the company's: "كاجيما كورب"
    if ty == "PER" and kind == "name" and end - i >= 2 and all(w in _SPELLED_LETTERS for w in s.words[i:end]):
        ty = "ORG"  # SPELLED_ACRONYM: "معهد (دي آي دبليو)"
    w = s.words[i]
    if not p and ty == "PER" and kind == "name" and w and _is_def(w):
        p = _WordTables.of(s.lex).glued[w]  # GLUED_TITLE: the name starts after the title ("الدكتورعزام")
    start = s.offset(i, p)
    stop = s.tokens[end - 1].end
    text = s.text[start:stop]
    c = Cand(start, stop, text, ty, kind, i, end, p_clitic=w[:p] if w and p else "", **kw)
    if w and p and w[p - 1:p + 1] == "لل" and not _own_lam(s.lex, w[p:]):
        c.lfix = True  # "للأمم": the mention starts after the preposition; its key restores the article (not in
        # "لليبيا"، "للبنان": ل + a name that begins with ل)
    return c


# the blessings that follow the names of the Prophet and his companions: "عثمان | رضي الله عنه"، "محمد | صلى الله عليه
# وسلم"
_BLESSINGS = frozenset(nw(w) for w in ("رضي", "صلى", "صلّى", "رضوان", "رحمة"))
_WE = frozenset(nw(w) for w in ("نحن", "فنحن", "ونحن", "لأننا", "إننا", "أننا"))  # a verb follows: "فنحن | ندرك"
_RELATIVES = frozenset(nw(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"))
SUFFIX_NAME_MIN = -0.2  # an unseen word after a name word, ending like a pronoun suffix, is still a name
NAME_WORD_MIN = 0.0  # a word with و/ف inside a name must look like a name at least this much
DEF_NAME_MIN = -0.8  # a definite word after a full name must look like a family name at least this much


def _noun_before_complement(s: _Sent, i: int, w: str) -> bool:
    """Token i (its name part w) is one of the given names that are first of all verbal nouns (رضا، نجاح), before a
    definite word the lexicon knows that is no family name: the noun and its complement ("رضا العملاء"), unless a
    speech verb comes before it."""
    if w not in _NOUN_NAMES or i + 1 >= s.n:
        return False
    nxt, lex = s.words[i + 1], s.lex
    if nxt is not None and not _is_def(nxt) and i + 2 < s.n and _is_def(s.words[i + 2] or "") \
            and nxt not in lex.name_words and nxt not in lex.given and lex.name_score(nxt) < 0:
        return True  # a construct chain: "ورضا | زوار المحافظة"
    return nxt is not None and _is_def(nxt) and (nxt in lex.common or nxt in lex.freq) and nxt not in lex.surnames \
        and nxt not in lex.name_words and not _repeated_family(s, i + 1, nxt) \
        and not (i and _speech_word(lex, s.words[i - 1]))


def _clear_family(s: _Sent, k: int) -> bool:
    """Token k, after a given name that is also a common word, is clearly a family name: a name word, a particle,
    a definite word that looks like a name, or a pair repeated in the article."""
    w, lex = s.words[k], s.lex
    return w in lex.name_words or w in lex.particles or (_is_def(w) and lex.namey(w)) or _repeated_family(s, k, w) \
        or _is_def(w) and not s.clitic(k) and _title_at(s, k + 1)  # before a title in apposition: "سالم | الشهري
    # أخصائي اجتماعي"


def _ali_as_ala(s: _Sent, k: int) -> bool:
    """Token k is "علي" written for the preposition "على" (a frequent spelling): an ordinary word follows it
    ("علي وشك"، "علي أرباح"), where the name "علي" is followed by a name."""
    if s.words[k] != "علي" or k + 1 >= s.n:
        return False
    nxt = s.words[k + 1]
    if nxt is None:
        return True
    lex = s.lex
    if nxt in lex.name_words or nxt in lex.particles:
        return False
    if nxt in lex.common and _is_def(nxt) and _spelled_apart(s, k + 1):
        return False  # the common word is spelled with hamza, the text's word without: a family name, "علي الفايز"
        # (not "على الفائز")
    return nxt in lex.common or nxt[:1] in "وف" and nxt[1:] in lex.common


# the second word of a compound given name (نور الدين، حبيب الله), listed whole in given_names.txt
# the first words of the given names "X الدين" that are no given names alone: "عز الدين"، "محيي الدين"
_DIN_FIRSTS = frozenset(nw(w) for w in ("عز", "معز", "محيي", "محي", "بهاء", "شمس", "فخر", "تاج", "ضياء", "شرف",
                                        "قطب", "ركن", "برهان", "شهاب", "نجم", "خير", "صدر", "سيف", "علاء", "زين",
                                        "حسام", "عماد", "كمال", "جمال", "جلال", "نصر", "صلاح", "نور", "بدر", "تقي"))
# given names that are also plural nouns, which take a genitive often: "أسماء المرشحين"، "رياض الأطفال"
_PLURAL_NOUN_NAMES = frozenset(nw(w) for w in ("أسماء", "رياض"))
_DIRECTIONS = frozenset(nw(w) for w in ("الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالية", "الجنوبية", "الشرقية",
                                        "الغربية", "الأوسط", "الوسطى"))
# the regions named by their side ("المنطقة الشرقية"): "تعليم الشرقية"، "صحة الشمالية"
_REGIONS_BY_SIDE = frozenset(w for w in _DIRECTIONS if w.endswith("يه"))
# heads of a place whose direction names a part of it ("ريف حلب الغربي"); after others it describes the whole
# ("محافظة أبين الجنوبية")
_PART_HEADS = frozenset(nw(w) for w in ("ريف", "ضواحي", "ضاحية"))
_CLAUSE_OPENERS = frozenset(nw(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها", "أنهم",
                                            "إنهم", "بأنهم"))
_HAMZA_SEATS = {"ي": "ئ", "و": "ؤ", "ا": "أإ"}


def _spelled_apart(s: _Sent, k: int) -> bool:
    """Token k is written without the hamza of the common word it normalises to, and never so in the vocabulary:
    "الفايز" (a family name) beside "الفائز" (the winner)."""
    t = s.tokens[k]
    raw = _RAW_STRIP.sub("", s.text[t.start:t.end])
    lex = s.lex
    if lex.raw_freq.get(raw, 0) or _HAMZA_YA.search(raw) is not None:
        return False
    for i in range(2, len(raw)):
        for alt in _HAMZA_SEATS.get(raw[i], ""):
            if lex.raw_freq.get(raw[:i] + alt + raw[i + 1:], 0) > 0:
                return True
    return False


def _with_pronoun(s: _Sent, k: int) -> bool:
    """Token k ends in a possessive pronoun and looks like no name: "مواطنيها"، "لسانه"، "حقوقهم" (not "طه"، "فقيه")."""
    w, lex = s.words[k] or "", s.lex
    if len(w) < 4 or lex.name_score(w) >= PRONOUN_NAME_MAX:
        return False
    if w.endswith(("ها", "هم", "هما", "كم")):
        return True
    if w.endswith("ته") and not s.tm(k) and (w[:-2] + "ه" in lex.common or lex.freq.get(w[:-2] + "ه", 0) >= 2):
        return True  # a feminine noun with its pronoun: "قصيدته" (قصيدة)
    return w[-1] == "ه" and not s.tm(k) and (w[:-1] in lex.common or lex.freq.get(w[:-1], 0) >= 2)
    # (a family name in ه is no noun with its pronoun: "فقيه"، "فلاته"، "خوجه")


def _known_noun_with_pronoun(lex: EntityLexicon, w: str | None) -> bool:
    """w is a noun the vocabulary knows with a possessive pronoun on it: "إدارتها" (إدارة)، "عروضها" (عروض); not a
    place that ends alike ("سبها"، "بنها")."""
    if not w or len(w) < 5:
        return False
    for pron in ("هما", "ها", "هم"):
        if w.endswith(pron):
            stem = w[:-len(pron)]
            return stem in lex.common or stem.endswith("ت") and stem[:-1] + "ه" in lex.common
    return False


PRONOUN_NAME_MAX = -0.5  # a word ending like a pronoun must look less like a name than this to be read as a noun


def _adjective_of_thing(s: _Sent, k: int) -> bool:
    """Tokens up to k are definite adjectives in ي after a definite noun that names no person: a nisba after them
    qualifies that noun too ("القطاع المصرفي | العربي تعدت 10%"), it introduces no name ("المهاجم الدولي |
    الكاميروني صامويل إيتو")."""
    words, lex = s.words, s.lex
    x = k
    while x >= 0 and words[x] and _is_def(words[x]) and words[x].endswith("ي"):
        x -= 1
    w = words[x] if 0 <= x < k else None
    return bool(w) and _is_def(w) and not w.endswith("ي") and w not in FUNCTION and w not in lex.role_words \
        and not s.entries(x, ("role",))


def _no_family_after(s: _Sent, g: str, end: int, e2: int) -> bool:
    """The words from token ``end`` to ``e2`` after the given name ``g`` name no family: an adjective coordinated with
    the next ("سلام | عادل وشامل", a just and lasting peace); a blessing ("رضوان | الله عليهم")؛ what "حسن" (good)
    qualifies ("مبادئ حسن | الجوار"، "حسن | النية"); any word but a clear family name after a given name that is also
    a common word (سعيد، أمل، كريم)."""
    w = s.words[end]
    if g in _BLESSINGS and w == "الله":
        return True
    return e2 == end + 1 and (w in _COMMON_WORD_NAMES and _and_adjective(s, e2) or g == _HASAN and w in _HUSN_OF
                              or g in _COMMON_WORD_NAMES and not _clear_family(s, end))


def _and_adjective(s: _Sent, k: int, strict: bool = False) -> bool:
    """Token k is "و" + an indefinite adjective no name list knows: the word before it is an adjective too, coordinated
    with it ("سلام عادل | وشامل"، "بيئة آمنة | ومعززة"). ``strict`` (right after a given name, where a family name
    may begin with و: "ناصر ودادي"): a participle, a known word or فاعل of four letters not in ي only."""
    w, lex = s.words[k] if k < s.n else None, s.lex
    if not w or w[:1] != "و" or len(w) < 5 or w in lex.name_words or w in lex.given:
        return False
    x = w[1:]
    shaped = len(x) == 4 and x[1] == "ا" and x[-1] != "ي" if strict else len(x) in (4, 5) and x[1] == "ا"
    return not _is_def(x) and x not in lex.name_words and x not in lex.given and not x.endswith(("ون", "ين", "ات")) \
        and (x[:1] == "م" or shaped or x in lex.common)


# adjectives that are common family names too: after an honorific and a given name they are the family name
_ADJECTIVE_FAMILIES = frozenset(nw(w) for w in ("المقبل", "الكبير", "الصغير", "الجديد"))


def _after_honorific(s: _Sent, j: int) -> bool:
    """Token j follows an honorific ("الدكتور"، "المهندس") or its abbreviation ("د."، "م.")."""
    if j >= 2 and s.words[j - 2] in _HONORIFIC_LETTERS and s.punct(j - 1) in (".", "-", "/"):
        return True
    return j >= 1 and any(e[1] == j and e[3] in ("honorific", "both")
                          for e in s.entries(j - 1, ("role",), with_clitic=False))


_HONORIFIC_LETTERS = frozenset({"د", "م"})  # "د." (doctor), "م." (engineer)


def _name_run(s: _Sent, j: int, limit: int = _MAX_NAME, after_weak: bool = False, have: int = 0) -> int:
    """End of the run of person-name words starting at token j (no clitic on them), particles inside.

    ``have``: name words already before j (a given name). After two name words a further word must be a known
    name word, look like a name, or follow a particle (بن، آل، أبو، عبد): names rarely run on, verbs often follow.
    ``after_weak``: the run follows a weakly attested first name, so a known surname standing on its own
    (بوتين) is not swallowed into it ("شكر كيم بوتين")."""
    lex, words, toks = s.lex, s.words, s.tokens
    k = j
    last_name = j
    bound = s.bounds[j] if j < s.n else j
    count = have
    after_particle = False
    particles = 0  # particles do not count towards the limit: "عبد اللطيف بن عبد العزيز بن عبد الرحمن آل الشيخ"
    if count and 0 < j < s.n and s.bounds[j - 1] != bound:
        return j  # a name does not go on into the next sentence: "قصة رجل كيني | ⏎ يزور الرئيس"
    glued = _WordTables.of(lex).glued[words[k]] if not count and k < bound and words[k] and _is_def(words[k]) else 0
    if not count and _role_word_as_given(s, k, bound):
        # a post word before his lineage, "مساعد | بن ضيف الله"; or after an honorific with the family name it
        # was read with: "المهندس مساعد السليم" (the name ends there)
        count = 1 if words[k + 1] == "بن" else 2
        k = last_name = k + count
        if count == 2:
            return last_name
    elif glued:
        after_particle = words[k][glued:] in lex.particles  # ("الدكتورعبد | الرحمن")
        k = last_name = k + 1  # GLUED_TITLE: the word is a title and the given name ("الدكتورعزام"); see _cand
        count = 1
    while k < s.n and k < bound and k - j - particles < limit:
        w = words[k]
        if w is None:
            # a hyphen inside a transliterated name, written without spaces: "كيم جونغ-أون"
            if k > j and k + 1 < bound and last_name == k and words[k + 1] is not None \
                    and s.text[toks[k].start:toks[k].end] in _HYPHENS and toks[k - 1].end == toks[k].start \
                    and toks[k].end == toks[k + 1].start and not s.clitic(k + 1) and s.namey(k + 1):
                k += 1
                continue
            break
        t = toks[k]
        if count and w in LAST_NAME_WORDS:
            k += 1  # the Persian and Turkish endings of a family name: "محمد حسن | زاده"، "أحمد داود | أوغلو"
            last_name = k
            break
        if count and w in lex.speech_imperfect and w not in lex.name_words:
            break  # a speech verb in the present after a name: "كيري | يشيد بجهود مصر" (a headline)
        if count and (w[:1] == "ل" and _unsplit_clitic_noun(lex, w) or w[:1] == "ب" and len(w) >= 6
                      and w.endswith(("ها", "هم", "هما")) and w not in lex.name_words):
            break  # ل + a verbal noun the tokenizer left on it: "عطاء | لانجاز المشروع"; ب + a noun with its pronoun:
            # "نيكول | بإنجازها"
        if count and w.endswith("ا") and len(w) >= 3 and lex.freq.get(w[:-1], 0) >= 3 and w not in lex.name_words \
                and w not in lex.given and w not in lex.surnames and w not in lex.family:
            break  # a known noun in the accusative goes on with the clause: "صنع مهندسون ألمان | يدا صناعية"
        if count >= 2 and _bi_noun(lex, w):
            break  # ب + a noun the tokenizer left whole, after a full name: "هزبر محمود | ببردة شاعر عكاظ"
        if count and (_tafaal_imperfect(lex, w) or len(w) >= 5 and w[:1] == "ب" and w[1:] in lex.common and s.tm(k)
                      and w not in lex.name_words and w not in lex.given):
            break  # a verb in تتفعل/يتفعل, or ب + a common noun in ة, goes on with the clause: "مدينة الملك سعود |
            # تتكفل بزراعة قوقعة"، "الملك سعود | بزراعة" (not "بوراس"، "بلاتيني")
        if s.clitic(k) or s.raw_function(k) or _future_verb(lex, w) \
                or t.suffix_start < t.end and lex.name_score(w) < 0.3 \
                and not (count and w not in lex.freq and lex.name_score(w) >= SUFFIX_NAME_MIN):
            # (an unseen word after a name keeps its "suffix": طالباني is not طالبا + ني)
            break  # names carry no conjunction, preposition or pronoun: وبوتين، مرحلته
        if k == j and not count and w[:1] == "و" and len(w) >= 5 and w not in lex.name_words \
                and (w.endswith(("ها", "هم")) or w[-1] == "ه" and not s.tm(k)) and lex.name_score(w) < 0.3:
            break  # "و" + a word with a pronoun no list knows starts no name: "وزار الوزير | وعزاه"، "الرئيس | ونائبه"
        if (k > j or count) and w[:1] == "و" and len(w) >= 6 and w.endswith(("ها", "هم", "هما")) \
                and w not in lex.name_words:
            break  # nor goes on with one: "مصطفى محرم | وتخرجها المخرجة"
        if count and w[:1] == "و" and len(w) >= 5 and w not in lex.name_words and w[1:] not in lex.given and (
                w[1:] in lex.common or w.endswith("ي") and w[1:-1] in lex.common):
            break  # "و" + a known noun, or one with "my", is the next item, no name word: "شكري | وتقديري"
        if count and _second_person(lex, w):
            break  # a noun with "your": "نبيل | مواقفكم"
        if count and w[:1] == "و" and w not in lex.name_words and (
                _plural_of_agent(lex, w[1:]) or _participle_plural(lex, w[1:], 6, 0)):
            break  # "و" + people ends a word that is a name only by chance: "حجاج | ومعتمرين" (pilgrims)
        if count and w not in lex.given and _suffixed_noun(s, k, w):
            break  # a known noun with "his": "وأكد شتاينماير | تفهمه قلق الرياض"
        if w in lex.particles:
            k += 1
            particles += 1
            after_particle = True
            continue
        if after_particle and _is_def(w) and not s.clitic(k) and t.suffix_start == t.end \
                and (words[k - 1] in _BIN and w[2:] in lex.given or words[k - 1] == _WALAD and w == _SHEIKH_WORD):
            k += 1  # a given name with the article after "بن", even one that is also a word: "خالد بن | الوليد"; the
            # Mauritanian "ولد الشيخ": "إسماعيل ولد | الشيخ أحمد"
            last_name = k
            count += 1
            after_particle = False
            continue
        if k + 1 < s.n and words[k + 1] == "الله" and (prayer_for(s.text[t.start:t.end], "الله") or w in _BLESSINGS) \
                or k > j and w in _GOD_EPITHETS and not after_particle:  # (not "عبد | الرحمن")
            break  # a prayer after the name: "الملك فهد | رحمه الله"، "ودعا الأمير سعود | المولى أن يحمي"
        if count and k == j and _and_adjective(s, k, strict=True):
            break  # "و" + an adjective after a given name that is also one: "بيئة آمنة | ومعززة"
        if w in lex.generic or (k > j and w[:1] == "و" and w[1:] in lex.name_words and w not in lex.name_words) \
                or (k > j or count) and _conjunction_on_name(s, k) and (
                    count >= 2 or _unsplit_and(s, k, known_only=True)):
            break  # "علي رضا هاشمي وعلي أكبر باغاني"، "كيفن كوستنر | وروبنسون كروزو": two people, "نيمار | وألفيش"
            # (after one word "و" may be a name's own: "هيفاء وهبي")
        if (k > j or count) and w[:1] in "وف" and len(w) >= 4 and w not in lex.name_words \
                and not _closing_family(s, k) and not (w[:3] == "فال" and not s.clitic(k)) and (
                k > j and (lex.freq.get(w[1:], 0) >= 2 or lex.name_score(w) < NAME_WORD_MIN
                           and words[k - 1] not in lex.given)
                or len(w) >= 6 and w[0] == "و" and w.endswith("ه")
                and corpus_frequency(s.text[t.start + 1:t.end - 1]) > 0):
            # (also "و" + a noun with its pronoun: "أمنه | واستقراره")
            break  # a conjunction on an ordinary word ends the name: "اندرسون وسكنت"، "شوفكوفسكيي فاحتسب"
        if count == 1 and not after_particle and w in _TITLE_SURNAMES and words[k - 1] in lex.strong_given and not (
                k + 1 < bound and words[k + 1] is not None and words[k + 1] in lex.given):
            k += 1  # a family name that is also a title, right after a given name: "عبدالعزيز الشيخ" (not "فهد
            last_name = k  # الشيخ محمد": the sheikh Mohammed)
            break
        if (count == 1 or count == 2 and words[k - 2] in lex.strong_given) and not after_particle and (
                _family_after_given(s, k, w) or _repeated_family(s, k, w)):
            k += 1  # an unseen definite word right after a given name is the family name: "فهد الجميعة"
            last_name = k = k + 1 if _father_with_article(s, k - 1, bound) else _tribe_after(s, k, bound)
            break
        if count >= 2 and not after_particle and "بن" in words[j:k] and (
                w in _TITLE_FAMILY_NAMES or "ال" + w in _TITLE_FAMILY_NAMES and w not in lex.role_words and not (
                    k + 1 < s.n and words[k + 1] is not None and _is_def(words[k + 1])) or \
                _is_def(w) and len(w) >= 5 and w[2:] not in lex.freq
                and w not in lex.freq and w not in lex.nisba_words and w not in lex.generic and not s.tm(k)
                and not _VERBAL_NOUN_SHAPE.fullmatch(w[2:]) and not s.clitic(k)
                and toks[k].suffix_start == toks[k].end  # (a noun in ة is the verb's object: "| التهنئة")
                and not (w.endswith(("ين", "ون")) and len(w) >= 7 and w[:-2] in lex.freq)  # (nor a plural of a known
                # word: "وتوج الأمير محمد بن فيصل | الفائزين")
                or _is_def(w) and w.endswith("ي") and len(w) >= 5 and w not in lex.nisba_words
                and w not in lex.generic and w not in lex.role_words and not s.clitic(k) and _clause_at(s, k + 1)
                or not _is_def(w) and w.isalpha() and len(w) >= 3 and w not in FUNCTION and not s.clitic(k)
                and k + 2 < s.n and s.punct(k + 1) in ("،", ",") and _clause_at(s, k + 2)):
            # a title, or a definite word no vocabulary knows, as the family name closing a chain: "حمد بن عبدالله
            # القاضي"، "نواف بن عطاف الصحاف"; or a known adjective in ي right before the reported clause: "أحمد بن
            # عبيد الطائفي | أنه"; or any word before a comma and the clause: "سمير بن عبدالرحمن توكل، أن"
            k += 1
            last_name = k
            break
        if count == 1 and words[k - 1] in lex.strong_given and _is_def(w) and w not in STOP_ADJ \
                and w not in _NOT_SURNAMES and w not in FUNCTION and not w.endswith(("ين", "ون", "ات")) \
                and w not in _WEEKDAYS and k + 2 < bound and (
                s.punct(k + 1) in ("،", ",") and _clause_at(s, k + 2)
                or s.punct(k + 1) in (":", '"', "«", "“") and _speech_verb_before(s, k - 1)):
            k += 1  # COMMON_WORD_FAMILY_BEFORE_CLAUSE: a definite common word after a given name, then a comma and
            last_name = k  # the reported clause, is the family name: "رئيس الفريق الإعلامي حمد | العمر، أن"; or
            break  # the speaker's words after a speech verb: "وقال المفكر الإسلامي سلمان | العودة "…""
        if count == 1 and w in _ADJECTIVE_FAMILIES and k >= 1 and words[k - 1] in lex.given \
                and _after_honorific(s, k - 1):
            k += 1  # ADJECTIVE_FAMILY_AFTER_HONORIFIC: "وزير النقل م. عبدالله | المقبل" (the family, not "next")
            last_name = k
            break
        if count and not after_particle and _is_def(w) and w not in lex.name_words and w[2:] not in lex.name_words \
                and (count >= 2 and lex.freq.get(w[2:], 0) >= 3 or lex.name_score(w) < DEF_NAME_MIN):
            break  # a definite noun after a full name is not its family name: "أليكس فيشمان | المعلق العسكري"
        if count and not after_particle and len(w) >= 4 and w.endswith("ا") and w not in lex.name_words and \
                (lex.freq.get(w, 0) >= 2 or lex.freq.get(w[:-1], 0) >= 3):
            break  # an accusative adverb or object after a name is not part of it: "ملاحظات عباس غضبا"
        if count and not after_particle and (s.accusative(k) or _MUFIL_ACCUSATIVE.fullmatch(w)
                                             and w not in lex.name_words and w not in lex.given):
            break  # a word with the accusative tanween is no name part: "وأضاف رسوبولوس | معلقًا"، "الملا منصور | مؤيدا"
        if not count and not after_particle and (_PARTICIPLE_SHAPE.fullmatch(w) or _HOLLOW_PARTICIPLE.fullmatch(w)) \
                and w not in lex.name_words and w not in lex.given \
                and (w in lex.freq or corpus_frequency(s.text[t.start:t.end]) > 0):
            break  # a participle the vocabulary knows starts no name: "إن اللاعب | مصاب"
        if not count and not after_particle and w in STOP_ADJ and k > 0 and s.entries(k - 1, ("role",)) and (
                k + 1 >= bound or words[k + 1] is None):
            break  # an adjective closing a role, no name after it: "الكاتب الكبير" (not "الكاتب | الكبير")
        if not count and not after_particle and (ACCUSATIVE_PARTICIPLE.fullmatch(w) or w in STOP_ADJ
                                                 or s.accusative(k)) \
                and w not in lex.name_words and w not in lex.given:
            break  # nor does a name start with one, or with an adjective: "رئيس اللجنة | شاغرا"، "| المختص"
        if after_weak and k == j and w in lex.surnames:
            break
        if not count and (w[:1] in "وفلب" and len(w) >= 5 and w[1:] in lex.common and w not in lex.name_words
                          and w not in lex.given or _unsplit_clitic_noun(lex, w)):
            break  # a clitic the tokenizer left on a common word starts no name: "واستاذ"، "لمهرجان"، "بترسيخ"
        if count and not after_particle and _preposition_noun(lex, w):
            break  # nor after a name: "ليفي | باشتراطات التسجيل"، "طارق | بنظرته" (PREPOSITION_NOUN_AFTER_NAME)
        if not count and (_ali_as_ala(s, k) or _elative_before_noun(s, k) or _month_not_name(s, k)) \
                or _sincere_before_wishes(s, k):
            break  # (also after a name: "وقدم أحمد | خالص شكره")
        if not count and not after_particle and w[:1] == "م" and _participle_plural(lex, w, 5, 0.3) \
                and w not in lex.name_words and w not in lex.given:
            break  # a participle in the plural starts no name: "وقال | مدعون إن" (prosecutors)
        if not count and not after_particle and len(w) == 4 and w[0] in "يتن" and w not in lex.name_words \
                and w not in lex.given and (lex.freq.get(w, 0) or w.endswith(("ي", "و", "ا"))) \
                and lex.name_score(w) < 0.3:
            break  # an imperfect verb, not a name: "وزير الخارجية الذي يزور", "المتحدث باسم الحزب يرى"
        if count and not after_particle and _imperfect_in_ya(lex, w) and lex.name_score(w) < 0 \
                and not _closing_family(s, k):
            break  # nor after a name: "تركي | يبيع الخضار"
        if count and w in lex.role_words and not after_particle and (count >= 2 or w not in lex.given
                                                                     and w not in lex.name_words) and k + 1 < bound \
                and words[k + 1] is not None and (
                _is_def(words[k + 1]) and words[k + 1] not in FUNCTION
                or s.entries(k + 1, ("head", "gaz", "role"), with_clitic=False)):
            break  # a role with its genitive after a full name: "هاني بن محمد أبوراس | أمين محافظة جدة"; after a
            # first name too: "كرم | مستشار خادم الحرمين" (honoured, a verb: no Karam); never right after a particle,
            # where it is the family name: "عبدالعزيز بن عبدالله آل الشيخ | مفتي عام المملكة"
        if count == 1 and w in _WEEKDAYS and (k - 2 >= 0 and s.punct(k - 2) in ("،", ",") and (
                k + 1 >= s.n or s.punct(k + 1) in ("،", ",") or words[k + 1] in ("ان", "بان"))
                                               or words[k - 1] in lex.strong_given and _title_at(s, k + 1)
                                               and s.punct(k + 1) is None):
            k += 1  # a family name that is also a weekday, in apposition: "، محمد الخميس، أن"; before a title in
            last_name = k  # apposition: "وأوضح محمد الخميس | رئيس اللجنة" (a day is not followed by a title)
            break
        if not count and w in _ORDINALS:
            break  # an ordinal starts no name: "ولي ولي العهد النائب | الثاني لرئيس مجلس الوزراء"
        if count and w in _ORDINALS:
            k += 1  # عبدالله الثاني، إليزابيث الثانية، بندكتوس السادس عشر
            if k < bound and words[k] == "عشر":
                k += 1
            last_name = k
            break
        if count >= 2 and not after_particle and k - 2 >= j and words[k - 2] == _AL:
            last_name = k = _tribe_after(s, k, bound)
            break  # the family "آل X" closes the name, but for a tribe's nisba: "الملك سلمان بن عبدالعزيز آل سعود |
            # برقية"، "أحمد فايع آل طالع العسيري"
        if count and w in _BORN:
            break  # "فريدرك شوبان | المولود في"
        if count and _is_def(w) and w in _NOT_SURNAMES:
            break  # a time word with the article: "الأمير أحمد بن عبدالعزيز | البارحة"
        if count and not after_particle and w not in lex.name_words and _with_pronoun(s, k):
            break  # a noun with its pronoun is no family name: "سلامة | مواطنيها"، "بيان | لسانه"
        ok = s.namey(k) or (w in lex.given and not s.raw_function(k)) \
            or k + 1 < bound and words[k + 1] == "الدين" and w in _DIN_FIRSTS  # a compound given name: "عز | الدين"
        if ok and w == "علي" and not after_particle and (count >= 2 or count and words[k - 1] not in lex.given):
            ok = False  # ANERcorp-style "علي" for "على" after a name: "كافلنيكوف علي"
        if after_particle:
            # عبد الرحمن، آل سعود، أبو الغيط take the article; بن does not ("ابن العام")
            ok = ok or (w not in FUNCTION and w.isalpha() and len(w) >= 2
                        and (not _is_def(w) or words[k - 1] in _ARTICLE_PARTICLES))
        elif ok and count >= 2 and w not in lex.name_words and not _is_def(w) and lex.name_score(w) < 0.3 \
                and not ((words[k - 1] in lex.given or words[k - 1] in COMPOUND_ENDS)
                         and (words[k - 2] in lex.given or words[k - 1] == "الدين" and count == 2 and w[-1] != "ا")
                         and words[k - 2] not in lex.particles and w not in lex.freq) \
                and not _family_after_lineage(s, j, k, w) \
                and not _east_asian_third(s, k, count):
            ok = False  # "هوجو شافيز | سعت" (but "علي أكبر ولايتي": first and middle name, then the family name)
        elif not ok and _east_asian_third(s, k, count):
            ok = True  # the third syllable of an East Asian name, even a known word: "كيم كاي جوان"
        elif not ok and count == 1 and _closing_family(s, k):
            ok = True  # "ستانلي فيشر | إن"
        elif not ok and (count == 1 and k > 0 and (words[k - 1] in lex.given or words[k - 1] in COMPOUND_ENDS)
                         or count == 2 and k > j + 1 and words[k - 1] == "الدين" and w not in lex.freq
                         and w[-1] not in "اي" and w[:-1] not in lex.freq) \
                and lex.freq.get(w, 0) < 3 \
                and w.isalpha() and len(w) >= 3 and not _is_def(w) and w[:1] not in "يو" \
                and not w.startswith(("لي", "لت", "لن", "سي", "ست")) and not _short_imperfect(lex, w):
            ok = True  # an unseen word right after a given name is its family name: "خافيير كاساس" (not a short
            # imperfect verb: "مكتبة الملك عبدالعزيز | تدشن"), also after a compound one: "عز الدين | كجك"
        elif not ok and count == 1 and words[k - 1] in lex.given and _is_def(w) and w.endswith("ي") and len(w) >= 6 \
                and w not in lex.nisba_words and w not in lex.generic and w not in lex.role_words \
                and lex.freq.get(w, 0) < 30 and lex.freq.get(w[2:], 0) < 10 and lex.freq.get(w + "ه", 0) < 3:
            ok = True  # a family name in nisba form right after a given name: خالد المنصوري، سعد القحطاني
        elif not ok and count == 1 and words[k - 1] in lex.given and _is_def(w) and w in lex.common and \
                _spelled_apart(s, k):
            ok = True  # a family name spelled like a common word without its hamza: "علي الفايز" (الفائز, winner)
        elif not ok and count >= 1 and words[k - 1] in lex.given and w.endswith("ه") and w not in lex.freq \
                and w.isalpha() \
                and len(w) >= 4 and w[:1] not in "يتن" and (not _is_def(w) or w[2:] not in lex.freq):
            ok = True  # a family name ending in ة right after a given name: علي دوابشة، عبدالله الربيعة
        elif not ok and count == 1 and words[k - 1] in lex.strong_given and k + 1 < bound \
                and words[k + 1] in lex.strong_given and not s.clitic(k + 1) and w.isalpha() and not _is_def(w) \
                and w not in FUNCTION and w not in _NOT_SURNAMES and not w.endswith("ا") and not s.accusative(k) \
                and lex.name_score(w) > -0.3:  # (not a verb: "زين | مثل هند"، "الملك سلمان | استقبل محمد")
            ok = True  # MIDDLE_NAME: a word that is also a common one between two given names: "أحمد | عيد |
            # عبدالملك" (his father's and grandfather's names)
        elif not ok and count == 1 and (words[k - 1] in lex.strong_given or words[k - 1].startswith("عبد")
                                        and len(words[k - 1]) >= 6) and (w in lex.name_words or lex.name_score(
                    w) > 0.5 and not s.accusative(k)) and not _is_def(w) \
                and w.isalpha() and k + 1 < bound and words[k + 1] is not None and _is_def(words[k + 1]) \
                and not s.clitic(k + 1) and words[k + 1] not in lex.nisba_words and (
                    words[k + 1] in lex.family or words[k + 1] not in lex.freq and words[k + 1][2:] not in lex.freq
                    and (lex.name_score(words[k + 1]) > 0.5 or w not in lex.name_words and lex.namey(words[k + 1]))):
            ok = True  # MIDDLE_NAME before a family name: a name word that is also a common one, between a given name
            # and a family name no vocabulary knows: "عبدالهادي | شرف | العبدالمحسن"
        elif not ok and _definite_family_after_lineage(s, j, k, w):
            ok = True  # a family name with the article that is also a rare common word, after the lineage:
            # "إبراهيم بن علي | الرشيد" (DEFINITE_FAMILY_AFTER_LINEAGE)
        if ok:
            k += 1
            last_name = k
            count += 1
            was_particle = after_particle
            after_particle = False
            if _is_def(w) and not was_particle and w not in COMPOUND_ENDS and (k >= s.n or words[k] not in
                                                                                lex.particles) and count >= 2:
                if _father_with_article(s, k - 1, bound):
                    last_name = k = k + 1
                    break
                last_name = k = _tribe_after(s, k, bound)  # "مبارك البخيت | السبيعي"
                break  # a family name with the article ends the name: أيمن الظواهري | تحدى
            continue
        break
    if last_name > j and words[last_name - 1] in lex.particles:
        last_name -= 1
    if last_name == j + 1 and not have:
        gz = s.entries(j, ("gaz",), with_clitic=False)
        if gz and gz[0][3][0] == "PER" and gz[0][1] > last_name and gz[0][1] <= bound:
            last_name = gz[0][1]  # KNOWN_FULL_NAME: the gazetteer knows the name whose last word is a common one:
            # "الرئيس بشار | الأسد"، "مقتدى | الصدر"
    return last_name


def _east_asian_third(s: _Sent, k: int, count: int) -> bool:
    """Token k is the third syllable of a name that starts with an East Asian family name ("كيم كاي جوان"،
    "شي جين بينغ"): a short word with no clitic, pronoun or article."""
    w, t = s.words[k], s.tokens[k]
    return count == 2 and k >= 2 and s.words[k - 2] in s.lex.east_asian and w is not None and 2 <= len(w) <= 4 \
        and w.isalpha() and not _is_def(w) and w not in FUNCTION and w not in s.lex.common and w[-1] != "ه" \
        and not s.clitic(k) and t.suffix_start == t.end  # (not a noun with a pronoun: "شي جينبينغ | ضيفه")


def _tribe_after(s: _Sent, k: int, bound: int) -> int:
    """TRIBE_AFTER_FAMILY_NAME: the token after a definite family name at k-1, when it is a tribe's nisba ("مبارك
    البخيت | السبيعي"، "محمد القحطاني | الشمري"): k + 1, else k. Not a country's nisba ("أيمن الظواهري | السعودي")."""
    lex = s.lex
    nxt = s.words[k] if k < bound else None
    if nxt and _is_def(nxt) and nxt.endswith("ي") and len(nxt) >= 6 and (
            nxt not in lex.freq and nxt[2:] not in lex.freq or nxt in lex.family or nxt in lex.surnames) \
            and nxt not in lex.nisba_words and not s.clitic(k):
        return k + 1
    return k


def _title_before(s: _Sent, k: int) -> bool:
    """A title or an honorific ends right before token k ("الصحفي | أحمد"، "الدكتور | فهد")."""
    return any(e[1] == k and e[3] in ("title", "honorific", "both")
               for x in range(max(0, k - 3), k) for e in s.entries(x, ("role",), with_clitic=False))


def _family_after_given(s: _Sent, k: int, w: str) -> bool:
    """Token k (word ``w``) is a family name with the article right after a well-known given name ("خالد القطام"،
    "فهد الجميعة"): a definite word that no vocabulary knows (nor its stem), no nisba, role or generic noun, and no
    clitic or pronoun on it. Gulf names take this shape; an ordinary definite noun there is a known word."""
    lex, t = s.lex, s.tokens[k]
    prev = s.stem(k - 1) if k > 0 else None  # "وفهد الجميعة": the given name carries the conjunction
    # after an honorific ("الدكتور فهد المطلق") a known word may be the family name too
    known_ok = k >= 2 and any(e[1] == k - 1 and e[3] == "honorific"
                              for e in s.entries(k - 2, ("role",), with_clitic=False))
    # a speech verb, the name, then a title in apposition: "قال محمد | القرون مشرف تربوي"
    apposed = k >= 2 and _speech_word(lex, s.words[k - 2]) and _title_at(s, k + 1)
    if prev is None or prev[0] in _COMMON_WORD_NAMES and not known_ok or s.raw_function(k - 1) or \
            w.endswith(("ين", "ون", "ات", "اء")) and not apposed and not (
                w.endswith("ات") and len(w) >= 7 and w not in lex.freq and w[2:] not in lex.freq and k >= 2
                and (_title_before(s, k - 1) or _speech_word(lex, s.words[k - 2]))):
        return False  # "حسن الطالع"، "أكبر المناصرين"، "عمر الميليشيات": a common word, or a plural after it (but
        # after an honorific the word is the given name: "المهندس منصور العرفج"); after a title or a speech verb a
        # long word in ات no vocabulary knows is a family name ("الصحفي أحمد | الزغيلات"، "وقال زهير | القفشات")
    # and between a speech verb and its clause: "وقال أحمد المولد إن" (المولد, the birthday, is the family name)
    known_ok = known_ok or apposed or k >= 2 and _speech_word(lex, s.words[k - 2]) and _clause_at(s, k + 1)
    # (a compound written apart counts as its one word: "عبد الرحمن الراشد" like "عبدالرحمن الراشد")
    given = prev[0] in lex.strong_given or k >= 2 and (s.words[k - 2] or "") + prev[0] in lex.strong_given or (
        prev[0] in lex.given and k >= 2 and _speech_word(lex, s.words[k - 2]))  # (the subject of "قال": "زهير")
    return given and _is_def(w) and len(w) >= 5 and w.isalpha() \
        and (known_ok or w not in lex.freq and w[2:] not in lex.freq) and w not in lex.nisba_words \
        and w not in lex.generic \
        and w not in lex.role_words and w not in FUNCTION and t.suffix_start == t.end and not s.clitic(k) \
        and s.hits[k] is None


def _given_before_family(s: _Sent, i: int, p: int, out: list[Cand]) -> int | None:
    """GIVEN_BEFORE_FAMILY: the clitic offset of an unknown given name right before a known family name with the
    article ("ومرزوق | الغامدي"، "هزاع | العسيري"), or None: a word no vocabulary knows, no article, no role."""
    if p or i == 0 or not _is_def(s.words[i] or "") or out and out[-1].tok_end > i - 1:
        return None
    st = s.stem(i - 1)
    if st is None:
        return None
    w, q = st
    lex = s.lex
    if not q and w[:1] in "وف" and len(w) >= 5 and w not in lex.given and w not in lex.name_words:
        w, q = w[1:], 1  # the tokenizer keeps "و" on a word it does not know: "ومرزوق"
    if len(w) < 3 or not w.isalpha() or _is_def(w) or w in lex.common or w in lex.freq or w in lex.role_words \
            or w in lex.nisba_words or w in lex.generic or s.tokens[i - 1].suffix_start < s.tokens[i - 1].end \
            or s.tm(i - 1) or _future_verb(lex, w) or w in lex.speech_verbs:
        return None  # (a noun in ة owns the family: "قصيدة | السبيعي"; a verb of speech is its verb: "وامتدح |
        # الهاجري")
    return q


def _repeated_family(s: _Sent, k: int, w: str) -> bool:
    """REPEATED_FAMILY_NAME: a definite word after a given name is the family name when the pair comes
    again in the article, even a common word ("أحمد المولد" twice; "حسن الشهري"): a phrase rarely repeats."""
    lex, t = s.lex, s.tokens[k]
    prev = s.words[k - 1] if k > 0 else None
    return prev is not None and prev in lex.given and prev not in lex.particles and prev not in _PLURAL_NOUN_NAMES \
        and _is_def(w) and len(w) >= 5 and w.isalpha() and not w.endswith(("ين", "ون", "ات")) \
        and w not in FUNCTION and w not in STOP_ADJ and w not in lex.role_words and w not in lex.generic \
        and w not in lex.nisba_words and not s.clitic(k) and t.suffix_start == t.end and s.hits[k] is None \
        and not s.raw_function(k - 1) and s.repeated(k)


def _bracketed_name(s: _Sent, j: int, maxlen: int = 4) -> int:
    """If token j opens brackets around 1..maxlen words and nothing else, the index after the closing bracket, else
    j."""
    for k in range(j + 1, min(s.n, j + 2 + maxlen)):
        c = s.punct(k)
        if c is not None:
            return k + 1 if c == ")" and k > j + 1 else j
    return j


def _quoted(s: _Sent, j: int, maxlen: int = 7) -> int:
    """If token j opens a quotation of 1..maxlen tokens, the index after its closing mark, else j."""
    q = s.punct(j)
    if q is None or q not in _OPEN_QUOTES and q not in _QUOTE_CHARS:
        return j
    close = _OPEN_QUOTES.get(q, q)
    for k in range(j + 1, min(s.n, j + 2 + maxlen)):
        c = s.punct(k)
        if c is not None:
            if c in (close, "”", "»", '"'):
                return k + 1 if k > j + 1 else j
            return j
    return j


def _np(s: _Sent, j: int, allow_clitic: bool = True) -> tuple[int, Cand | None, list[Cand]]:
    """A named complement at token j (gazetteer name, organisation phrase or quoted name):
    (end, the candidate for it or None, the places named inside it that are mentions of their own: "بلدية | محافظة
    رابغ"، "شرطة | المنطقة الشرقية")."""
    found = s.entries(j, ("gaz", "head"), with_clitic=allow_clitic)
    tmp: list[Cand] = []
    for p, end, cat, data in found:
        if cat == "head":
            r = _org(s, j, (p, end, cat, data), tmp)
            if r > j:
                main = next((c for c in tmp if c.attach is None), tmp[-1])
                return r, main, [c for c in tmp if c is not main and c.attach is None and c.type == "LOC"
                                 and main.start <= c.start and c.end <= main.end]
        elif cat == "gaz":
            ty, canonical, kind = data
            return end, _cand(s, j, p, end, ty, "name", canonical=canonical, source="gaz", kind_=kind), []
    return j, None, []


def _holder_follows(s: _Sent, k: int) -> bool:
    """A person's name starts at token k, after any honorifics ("الدكتور"، "العقيد"): the holder of a role."""
    while True:
        more = s.entries(k, ("role",), with_clitic=False)
        if not (more and more[0][3] in ("honorific", "both")):
            break
        k = _past_rank_qualifiers(s, k, more[0][1])
    return k < s.n and hits_person_start(s, k)


def _post_at_body(s: _Sent, k: int, bound: int, nested: list[Cand]) -> int:
    """ROLE_AT_BODY: a role's further description up to the body or place of the post, when the holder's name comes
    right after it: "رئيس | قسم الجراحة بمستشفى الملك فهد | الدكتور خالد العمري"، "المدير الفني | للفريق الأول بنادي
    الهلال | جورجيوس دونيس"، "المدير العام | للشركة | محمد العلي". The words between must name nothing themselves;
    returns the role's new end (k if none)."""
    words, toks = s.words, s.tokens
    for x in range(k, min(bound, k + 6)):
        w = words[x]
        if w in ROLE_ADJ or w in _ORDINALS:
            continue  # "للفريق | الأول"
        if w is None or s.raw_function(x) or w in FUNCTION:
            return k
        t = toks[x]
        if w.startswith("لل") and t.prefix_end > t.name_start and "ا" + w[1:] in s.lex.generic \
                and _holder_follows(s, x + 1):
            return x + 1  # the body named by its generic noun: "الأمين العام | للهيئة | إحسان بن صالح طيب"
        e, c, _ = _np(s, x, allow_clitic=True)
        if w.startswith("ب") and t.prefix_end > t.start:
            if c is not None and c.p_clitic == "ب" and c.type in ("ORG", "LOC") and _holder_follows(s, e):
                nested.append(c)
                return e
            return k
        if c is not None or hits_person_start(s, x) or not (_is_def(w) or w[:1] == "ل" or w in s.lex.common):
            return k
    return k


def _post_of_other(s: _Sent, k: int, nested: list[Cand]) -> int:
    """Token k is ل + a title and the body it heads ("لرئيس | مجلس الوزراء"، "لوزير | الخارجية"): the end of
    that body (the body joins ``nested``), or k."""
    title = [f for f in s.entries(k, ("role",)) if f[0] == 1 and f[3] == "title"]
    if not title or title[0][1] >= s.n:
        return k
    if title[0][1] > k + 1:  # a title of several words: "لوزير الدفاع"، "لرئيس مجلس الوزراء"
        _body_in_title(s, k, title[0][1], nested)
        return title[0][1]
    e, c, _ = _np(s, title[0][1], allow_clitic=False)
    if c is None or c.type == "PER":
        return k
    nested.append(c)
    return e


def _body_in_title(s: _Sent, k: int, end: int, nested: list[Cand]) -> None:
    """A body named inside the title of several words at tokens k..end joins ``nested``: "رئيس | مجلس الوزراء"."""
    e, c, _ = _np(s, k + 1, allow_clitic=False)
    if c is not None and c.type != "PER" and e <= end:
        nested.append(c)


def _unit_before_holder(s: _Sent, k: int, bound: int, construct: bool) -> int:
    """UNIT_BEFORE_HOLDER: the rest of a title's complement that names no body the lexicons know, when the holder's
    name follows: a unit in construct ending on a definite noun ("مدير | إدارة المشروعات | خالد العمري"، "رئيس قسم |
    الجراحة | الدكتور سعد"; ``construct``: the title ends on a noun in construct already), the body after "ب" or
    "باسم" ("الناطق الإعلامي | بأمانة الشرقية | محمد الصفيان"، "المتحدث باسم | رئاسة الجمهورية | السفير علاء
    يوسف"). The words must name nothing, hold no title and say no time; returns the role's new end (k if none)."""
    lex, words = s.lex, s.words
    for x in range(k, min(bound, k + 4)):
        w = words[x]
        if w is None or w in FUNCTION or s.raw_function(x) or w in _WEEKDAYS \
                or s.entries(x, ("role", "nisba"), with_clitic=False) \
                or any(g[3][2] != "bare" for g in s.entries(x, ("gaz",), with_clitic=False)):
            return k  # (a body's bare first word is a unit's word: "باسم قيادة | المقاومة")
        if x == k and w == _BASIM:
            continue
        if s.clitic(x):
            if not (x == k and w[:1] == "ب"):
                return k
            w = w[1:]  # the body of the unit: "بأمانة"
        if _is_def(w):
            if w in lex.name_words and w not in lex.common or not (x > k or construct):
                return k
            y = x + 1
            return y if y < bound and _holder_at(s, y) else k
        if w not in lex.common:
            return k  # (a common word that ANERcorp saw inside names is still common: "قسم")
    return k


def _holder_at(s: _Sent, y: int) -> bool:
    """The holder of a role is named from token y: an honorific, a well-attested given name, or a definite title
    and one ("السفير | علاء يوسف")."""
    if _honorific_at(s, y) or s.words[y] in s.lex.strong_given:
        return True
    title = s.entries(y, ("role",), with_clitic=False)
    return bool(title) and _is_def(s.words[y] or "") and title[0][1] < s.n \
        and s.words[title[0][1]] in s.lex.strong_given


def _word_after_role(s: _Sent, m: int) -> bool:
    """The one word at token m right after a role is no name but part of the clause: a verbal noun, its object ("رفض
    اللاعب | الانتظام")؛ a complement or a noun with its pronoun ("المدير العام | لفرع الهيئة"، "الشاعر | قصيدته")؛ an
    adjective of the role ("قائد | ميداني")؛ the adjective of condolences ("نائب خادم الحرمين الشريفين | خالص
    التعازي")؛ a headline's verb ("أمير منطقة مكة المكرمة | يطلع على"، "رئيس اللجنة | يشيد بالثقافة")."""
    lex, w = s.lex, s.words[m] or ""
    if _is_def(w):
        if (_IFTIAL_SHAPE.fullmatch(w[2:]) or _VERBAL_NOUN_SHAPE.fullmatch(w[2:])) and w not in lex.name_words \
                and w[2:] not in lex.given:
            return True
        if w.endswith("ي") and w not in lex.name_words and w not in lex.family and w not in lex.surnames and \
                lex.freq.get(w + "ه", 0) >= 2:
            return True  # an adjective whose feminine is a known word: "المدرب | الأجنبي" (الأجنبية)
    elif w and w not in lex.given and w not in lex.name_words and (
            _nisba_adjective(lex, w) or w.endswith("ي") and lex.name_score(w) < 0):
        return True
    return bool(_unsplit_clitic_noun(lex, w) or w[:1] in "لب" and w[1:] in lex.common and w not in lex.name_words
                or _with_pronoun(s, m) or m + 1 < s.n and s.words[m + 1] in _CONDOLENCES
                or _verb_before_preposition(s, m) or _imperfect_in_ya(lex, w) or _verb_with_object(lex, w))


def _genitive_of_bare_title(s: _Sent, i: int, p: int, j: int, role_end: int, kind: str) -> bool:
    """An indefinite one-word title with no complement of its own: the words after it that do not open with a given
    name are its genitive, no holder's name ("مدير | جمارك منطقة الشمال"، "وزير | مفوض"، "أخصائي | طب الأسنان"); a
    holder's name follows a definite title ("الوزير صادق"، "للمدرب جروس")."""
    w = s.words[role_end] or ""
    word = s.words[i] or ""
    definite = _is_def(word[p:]) or bool(p) and word[p - 1:p + 1] == "لل"  # ("للمدرب جروس" is ل + المدرب)
    return kind == "title" and role_end == j == i + 1 and not definite \
        and w not in s.lex.given and w not in s.lex.name_words and not s.clitic(role_end)


def _adjectives_before_given(s: _Sent, k: int, bound: int) -> bool:
    """Tokens from k are one or two more definite adjectives in ي, then a well-attested given name: the adjectives
    still describe the role before them ("المشرف التربوي | الكشفي | مبارك الدوسري"، "الكاتب الأكاديمي | المصري |
    هاني نسيرة"), they are no person's name."""
    lex, words = s.lex, s.words
    x = k
    while x < bound and x - k < 2 and words[x] and _is_def(words[x]) and words[x].endswith(("ي", "يه")) \
            and not s.clitic(x) and (words[x] not in lex.name_words or words[x] in lex.nisba_words):
        x += 1
    return k < x < bound and words[x] in lex.strong_given


def _role(s: _Sent, i: int, role, out: list[Cand]) -> int:
    """A role description at token i and the person it names. Returns the next token index."""
    lex, words = s.lex, s.words
    p, j, _, kind = role
    head_words = words[i:j]
    if kind == "context":
        if p == 0 and hits_person_start(s, j):
            e = _name_run(s, j)
            if e > j:
                out.append(_cand(s, j, 0, e, "PER", "name", source="context"))
                return e
        return i + 1
    if kind == "honorific":
        k = _past_rank_qualifiers(s, i, j)
        while True:  # chains: صاحب السمو الملكي الأمير
            more = s.entries(k, ("role",), with_clitic=False)
            if not more or more[0][3] == "title" and s.words[k] in lex.given and _name_run(s, k) > k + 1:
                break  # (a title that is also a given name starts the name: "الحاج | أمين الحسيني")
            if more[0][1] == k + 1 and _role_word_as_given(s, k, s.bounds[k]):
                break  # a post word that is the given name: "الأستاذ | مساعد بن ضيف الله" (ROLE_WORD_AS_GIVEN)
            k = _past_rank_qualifiers(s, k, more[0][1])
        w = s.words[k] if k < s.n else None
        while w and _is_def(w) and (w.endswith("ي") or w in ROLE_ADJ or w.endswith("يه") and k + 1 < s.n
                                    and (s.words[k + 1] in lex.given or k + 2 < s.n and _foreign_word(s, k + 1)
                                         and s.words[k + 2] is not None
                                         and (s.namey(k + 2) or _unknown_plain(s, k + 2)))
                                    and (s.words[k - 1] or "").endswith("ه")) \
                and k + 1 < s.n and s.words[k + 1] and (
                not _is_def(s.words[k + 1]) and not _lone_non_name(lex, s.words[k + 1]) or s.words[k + 1] in ROLE_ADJ
                or w.endswith("ي") and s.entries(k + 1, ("nisba",), with_clitic=False)):
            k += 1  # الفنان التشكيلي بابلو إتشون، الشاعر الغنائي المعروف خالد البذال (not before an adverb: "السيد
            # الحبري | محافظا")
            w = s.words[k]
        last = head_words[-1][p if len(head_words) == 1 else 0:] if head_words and head_words[-1] else ""
        if last[:1] == "ل" and "ا" + last in _AMBIGUOUS_HONORIFICS:
            last = "ا" + last  # "للفريق" is "ل" + "الفريق"
        if last in _AMBIGUOUS_HONORIFICS and (w is None or (w not in lex.given and w not in lex.name_words) or
                                              _is_def(w) and _VERBAL_NOUN_SHAPE.fullmatch(w[2:])):
            return i + 1  # "الفريق سيؤدي"، "للفريق التوفيق": team, not Lt. General
        if last in _YOUTH and (w is None or w not in lex.given or _is_def(w)):
            return i + 1  # "الشاب السعيد المتوازن": adjectives, no name
        if last in _CLERGY and (w is None or _is_def(w)):
            return i + 1  # "القس | الإنجيلي": an adjective
        if w in _POSSESSOR:
            return i + 1  # "الفنان ذو الشهرة العالمية": "of world fame", a description, not a name
        if w and w not in lex.name_words and w not in lex.given and _with_pronoun(s, k):
            return i + 1  # a noun with its pronoun is the verb's object: "سلم الشاعر | قصيدته"
        e = _name_run(s, k)
        if e <= k + 1:
            e = max(e, _al_family_name(s, k))
        if e <= k + 1 and k > j and k + 1 < s.n and _foreign_word(s, k) and not s.tm(k) and _unknown_plain(s, k + 1):
            e = k + 2  # after the title and its adjective, two words no list knows: "الأستاذة الجامعية | شتيفان سيلكه"
        if e <= k + 1 and last.endswith("ه") and w and w.endswith("ه") and w.isalpha() and len(w) >= 3 \
                and not _is_def(w) and w not in lex.common and s.tokens[k].prefix_end == s.tokens[k].start \
                and k + 1 < s.n and s.words[k + 1] in lex.given:
            e = max(e, _name_run(s, k + 1))  # FEMININE_NAME_AFTER_TITLE: "الدكتورة ملحة عبدالله" — a woman's given
            # name in ة that no list knows, then her father's name
        if e == k + 1 and _unknown_family(s, e):
            e += 1  # "الجنرال الأمريكي كيفين | كيليا"
        if e == k + 1 and w and _is_def(w) and w.endswith("ي") and w not in lex.family and w not in lex.name_words \
                and w not in lex.surnames and e + 1 < s.n and _is_def(s.words[e] or "") and s.bounds[e] == s.bounds[k] \
                and s.words[e + 1] in lex.given:
            e = k  # NISBA_NO_LIST_KNOWS after an honorific too: "الفنان | التشكيلي الرائد سليمان باجبع" (an adjective,
            # then another, then the name; but "العقيد الحبشي | التابع للجيش")
        if e == k + 1 and (_clause_word_after_role(s, k) or _unlike_lone_name(lex, w)
                           or _wa_word(s, k, WA_ALONE_MAX)):
            e = k  # ("متطلبات الحاج | وتحفظ تاريخ المهنة"; not a name of two words, "المهندس وحي أمان", nor a foreign
            # one: "الكاردينال ولزلي")
        if e > k:
            out.append(_cand(s, k, 0, e, "PER", "name", source="honorific"))
            return e
        return i + 1
    definite = _is_def(head_words[0][p:] if head_words[0] else "")
    if kind == "title" and len(head_words) == 1 and not definite and j < s.n and (words[j] or "")[:1] == "و" \
            and not _is_def(words[j][1:]):
        more = [f for f in s.entries(j, ("role",)) if f[0] == 1 and f[3] == "title"]
        if more:
            j = more[0][1]  # COORDINATED_TITLES: two titles of one person share their complement: "إمام وخطيب
            # المسجد الحرام"، "رئيس ومؤسس الشركة" (two definite ones are two people: "الوزير والسفير")
    if len(head_words) == 1 and (head_words[0] or "")[p:] in _GENITIVE_TITLES and j < s.n and words[j] \
            and not _is_def(words[j]) and not s.entries(j, ("head", "gaz"), with_clitic=False):
        return i  # "شيخ" and "خطيب" are titles only with their genitive ("شيخ الأزهر"); "شيخ تيوتي" is a name
    nested: list[Cand] = []
    nationality = None
    k = j
    bound = s.bounds[i]
    has_complement = False
    genitive_end = -1  # the token after a definite noun taken as the title's genitive ("وزير | الداخلية")
    while k < bound and k - j < 10 and kind != "office":
        w = words[k]
        if w in _ACTING and k > j:
            break  # (the post is acting: ACTING_POST, below)
        if w is None:
            # a nisba in quote marks: رئيس الحكومة "الإسرائيلية"
            q = _quoted(s, k, 1)
            if q > k:
                ns = s.entries(k + 1, ("nisba",), with_clitic=False)
                if ns:
                    nationality = nationality or ns[0][3]
                    k = q
                    has_complement = True
                    continue
            break
        ns = s.entries(k, ("nisba",), with_clitic=False)
        gz = s.entries(k, ("gaz",), with_clitic=False)
        if ns and not (gz and gz[0][1] > ns[0][1]) and not (ns[0][1] < s.n and words[ns[0][1]] in _BIN) and not (
                definite and k == j and not _is_def(w) and ns[0][1] < s.n and s.namey(ns[0][1])):
            # (a nisba is never followed by "بن", and an indefinite one does not qualify a definite title: "الأمير
            # تركي بن عبدالله"، "الأمير تركي الفيصل" are given names, not "the Turkish prince")
            nationality = nationality or ns[0][3]
            k = ns[0][1]
            has_complement = True
            continue
        if w in ROLE_ADJ or w in _ORDINALS and k == j and definite:
            k += 2 if k + 1 < bound and words[k + 1] == _TEEN else 1  # (an ordinal: "النائب | الثاني"، "الإمام |
            continue  # الثامن عشر")
        more = s.entries(k, ("role",), with_clitic=False)
        if more and more[0][3] == "office" and k == j:  # مستشار خادم الحرمين الشريفين
            office = Cand(s.tokens[k].start, s.tokens[more[0][1] - 1].end, "", "PER", "role", k, more[0][1],
                          source="role", office=True)
            office.text = s.text[office.start:office.end]
            nested.append(office)
            k = more[0][1]
            has_complement = True
            continue
        if more and more[0][3] == "title" and k == j and all(words[x] in ROLE_ADJ for x in range(i + 1, j)):
            # نائب رئيس الوزراء، مساعد مدير
            # ("نائب | رئيس مجلس الوزراء": a post of two words or more holds its complement; one that does already
            # is followed by a second post: "رئيس مجلس الوزراء | وزير الداخلية")
            if any(words[x] not in ROLE_ADJ for x in range(k + 1, more[0][1])):
                has_complement = True
                _body_in_title(s, k, more[0][1], nested)
            k = more[0][1]
            continue
        if more and more[0][3] == "title" and _is_def(w) and w not in ROLE_ADJ and not s.clitic(k) \
                and words[k - 1] not in FUNCTION and (has_complement and k > j or k == j and any(
                    words[x] not in ROLE_ADJ for x in range(i + 1, j))):
            break  # SECOND_POST: a definite post after a post with its complement starts a chained post: "مكتب وزير
            # الدفاع | المتحدث باسم قوات التحالف"
        if more and more[0][3] == "title" and words[k - 1] in ROLE_ADJ and _is_def(w):
            break  # after its adjective the post takes no genitive: a second post follows ("متحدثها الرسمي |
            # الوكيل المساعد …"), the chained roles below
        if more and more[0][3] in ("honorific", "both") or _is_def(w) and _WordTables.of(lex).glued[w]:
            break  # رئيس المجلس الأعلى للقضاء الدكتور وليد ...، وزير التعليم الدكتورعزام الدخيل
        if w == "باسم" and has_complement and k + 1 < bound and words[k + 1] in lex.strong_given:
            break  # (GIVEN_BASIM below)
        if w in COMPLEMENT_PREPS or w == "باسم":
            e, c, inner = _np(s, k + 1, allow_clitic=False)
            if c is not None:
                nested.append(c)
                nested.extend(inner)
                k = e
                has_complement = True
                continue
            if w == "باسم" and k + 1 < s.n and _name_after_back_reference(s, k + 1, words[k + 1], bound):
                k += 2  # a spokesman of a body named before, then his name: "المتحدث باسم الوزارة | غابريل فيرنشتدت"
                has_complement = True
                continue
            break
        t = s.tokens[k]
        has_l = w.startswith("ل") and (t.prefix_end > t.start or w.startswith("لل"))
        if has_l and not has_complement and definite and (k == j or words[k - 1] in ROLE_ADJ
                                                          or words[k - 1] in _ORDINALS):
            e = _post_of_other(s, k, nested)
            if e > k:
                k = e  # POST_OF_ANOTHER: the post is another's deputy or adviser: "النائب الثاني | لرئيس مجلس
                has_complement = True  # الوزراء"، "المستشار الخاص | لوزير الدفاع"
                continue
        if has_l or w.startswith("ل"):  # الأمين العام للأمم المتحدة، المدير التنفيذي لإيمار
            e, c, inner = _np(s, k, allow_clitic=True)
            if c is not None and c.p_clitic == "ل":
                nested.append(c)
                nested.extend(inner)
                k = e
                has_complement = True
                continue
            if c is None and w.startswith("لل") and _name_after_back_reference(s, k, "ال" + w[2:], bound):
                k += 1  # the head of a body named before, then the name: "المدير التنفيذي للموقع | جينج لستاري"
                has_complement = True
                continue
            if c is None and has_complement and w.startswith("لل") and w[2:] not in FUNCTION and len(w) >= 5:
                k += 1  # a unit's field: "مديرة الإدارة العامة | للإشراف النسوي"
                continue
            if c is None and not has_complement and kind == "title" and w.startswith("لل") and w[2:] not in FUNCTION \
                    and len(w) >= 5 and not w.endswith("ين"):  # (not the people spoken to: "للصحفيين")
                x = _field_end(s, k + 1, bound)
                if x < bound and (words[x] in lex.strong_given or _honorific_at(s, x)):
                    k = x  # FIELD_OF_POST: a post's field, when a given name or an honorific follows: "نائب الرئيس
                    continue  # | للشؤون الأمنية | خالد الشمري"، "الوكيل المساعد | للتطوير والتقنية | علي زعلة"
            if c is None and (has_l or w[1:] in lex.common) and not has_complement and not w.startswith("لل") \
                    and len(w) >= 5 and not s.entries(k, ("role",)):  # ("لحقوق": a known noun after ل)
                x = k + 1
                while x < bound and x - k <= 4 and words[x] is not None and _is_def(words[x]) and not s.clitic(x) \
                        and not s.entries(x, ("role",), with_clitic=False):
                    x += 1
                if k + 1 < x < bound and (_honorific_at(s, x) or kind == "title" and words[x] in lex.strong_given
                                          and _name_run(s, x) >= x + 2):
                    k = x  # UNIT_BEFORE_HONORIFIC: any unit the role heads, when an honorific and the name follow:
                    continue  # "المدير التنفيذي | لبرنامج الأمان الأسري الوطني | الدكتورة مها المنيف"; or a given
                    # name and more: "المفوض السامي | لحقوق الإنسان | زيد رعد الحسين"
        if has_complement and w.startswith("بال") and t.prefix_end > t.start:
            # the body a unit belongs to: "مديرة الإدارة العامة للإشراف النسوي | بالمديرية العامة للسجون"
            e, c, inner = _np(s, k, allow_clitic=True)
            if c is not None and c.p_clitic == "ب" and c.type == "ORG":
                nested.append(c)
                nested.extend(inner)
                k = e
                continue
        if not definite or k == j and words[k - 1] in ("عام",):
            # construct state: وزير الخارجية، سفير روسيا، مدير عام السجون، أمير منطقة مكة المكرمة
            e, c, inner = _np(s, k, allow_clitic=False)
            if c is not None and c.type != "PER":
                nested.append(c)
                nested.extend(inner)
                k = e
                has_complement = True
                continue
            if k == j and w in lex.clubs and not s.clitic(k):
                k += 1  # CLUB_AFTER_TITLE: a club's name is the title's genitive, no holder named like it: "مدرب |
                has_complement = True  # النصر"، "نجم النصر | أدريان" (the club itself is found in a sports text)
                continue
            after_noun = k == genitive_end or bool(nested) and nested[-1].tok_end == k
            if _is_def(w) and w not in STOP_ADJ and w not in FUNCTION and w not in lex.name_words \
                    and not (after_noun and len(w) == 5 and w[-1] != "ي" and w[2:] not in _ADJ_WORDS) and (
                    not nested or _adjective_shape(w[2:]) and s.text[s.tokens[k].end - 2:s.tokens[k].end] != "ئة"
                    and not (nested[-1].type == "LOC" and nested[-1].tok_end == k)) \
                    and not (k > j and w[2:] in lex.name_words and k + 1 < bound
                             and (words[k + 1] == "عبد" or words[k + 1] in lex.strong_given)):
                # (after its complement a role takes adjectives only: "أمير منطقة الرياض | التهنئة"; a noun of three
                # letters right after it is the verb's object: "حضر … وزير الداخلية | الحفل")
                if not nested and genitive_end < 0:
                    genitive_end = k + 1
                k += 1
                has_complement = True
                continue
            if w in _CONSTRUCT_OK_INDEF:
                k += 1
                continue
        elif _is_def(w) and w.endswith(("ي", "يه")) and w not in STOP_ADJ and w not in FUNCTION \
                and (not lex.namey(w) or k + 1 < bound and (words[k + 1] in lex.strong_given
                                                            or words[k + 1] in ROLE_ADJ
                                                            or words[k + 1] in lex.given and nationality
                                                            and _name_run(s, k + 1) >= k + 3)
                     or _adjectives_before_given(s, k + 1, bound)
                     or w not in lex.family and w not in lex.name_words and k + 1 < bound
                     and _is_def(words[k + 1] or "") and words[k + 1].endswith("ي") and words[k + 1] in lex.common):
            k += 1  # an adjective on a definite head: المدير الإقليمي؛ a nisba no lexicon lists before a given name
            continue  # or another adjective: "الناشط البورمي | محمد نصر"، "الشاعر الغنائي | المعروف خالد البذال"،
            # "المشرف التربوي | الكشفي مبارك الدوسري"; one before a common adjective: "المستشار المصرفي الإسلامي"
        break
    if kind == "office" and k < bound:
        ns = s.entries(k, ("nisba",), with_clitic=False)
        if ns and _is_def(words[k] or ""):
            nationality, k = ns[0][3], ns[0][1]  # an office's country: "ولي العهد | السعودي"
    if kind != "office":
        k = _post_at_body(s, k, bound, nested)
    if kind == "title" and k < bound and not (p and (words[i] or "")[p - 1:p + 1] == "لل") and (
            k == j and not definite or words[k] == _BASIM or s.clitic(k) and (words[k] or "")[:1] == "ب"):
        k = _unit_before_holder(s, k, bound, j - i >= 2)
    if k > i + 1 and k < s.n and s.bounds[k] == s.bounds[i] and words[k] in _ACTING:
        k += 1  # ACTING_POST: "مدير جامعة حائل | بالإنابة | الدكتور راشد الحمالي" (acting), part of the post
    role_end = k
    # the person named right after the role (honorifics may come between)
    m = role_end
    if has_complement and m + 1 < s.n and (words[m] or "")[:1] == "و" and not _is_def((words[m] or "")[1:]) \
            and words[m] not in lex.name_words and words[m + 1] in lex.given and s.bounds[m] == s.bounds[i]:
        # a second place in the complement: "سفير … في أستراليا | ونيوزلاندا | نبيل آل صالح"، "في الأردن | ولبنان"
        place = [h[3] for h in s.hits[m] or () if h[0] == 1 and not h[1] and h[2] == "gaz" and h[3][0] == "LOC"]
        if not place and s.hits[m] is None and words[m] not in lex.given and words[m] not in lex.freq:
            spelt = lex.place_spelling(words[m][1:])
            place = [e[3] for e in lex.first.get(spelt) or () if not e[0] and e[2] == "gaz"] if spelt else []
        if place:
            nested.append(_cand(s, m, 1, m + 1, "LOC", "name", canonical=place[0][1], source="gaz", kind_=place[0][2]))
            role_end = m = m + 1
    royal = None
    while True:
        more = s.entries(m, ("role",), with_clitic=False)
        if more and more[0][3] in ("honorific", "both") and not (
                words[m] in _YOUTH and (more[0][1] >= s.n or words[more[0][1]] not in lex.given)
                or words[m] == _TEAM_RANK and _team_adjective(s, more[0][1])):
            # (nor "الفريق" before an adjective of a common noun: "مشرفة | الفريق التطوعي", the team)
            # ("المخرج الشاب | ثواني": an adjective after the title, no honorific)
            royal = m if more[0][3] == "both" else None
            m = _past_rank_qualifiers(s, m, more[0][1])
            continue
        if m + 2 < s.n and words[m] in _HONORIFIC_LETTERS and _after_honorific(s, m + 2) \
                and words[m + 2] in lex.given:
            m += 2  # an abbreviated honorific: "وزير الصحة | د. | توفيق الربيعة"، "وزير النقل | م. | عبدالله المقبل"
            continue
        break
    wm = words[m] if m < s.n else None
    if wm and wm[:1] in "لب" and wm not in lex.name_words and lex.namey(wm[1:]) and _al_family_name(s, m) == m \
            and not (len(wm) <= 3 and wm not in lex.freq and wm[1:] not in lex.freq and _name_run(s, m) > m + 1):
        e = m  # "المدير التنفيذي لإيمار": a preposition + a name is a complement, not the person (not a short word
        # no vocabulary knows that starts a longer name: "المدرب | بيب غوارديولا")
    elif wm and _is_def(wm) and wm not in lex.name_words and wm not in lex.family and _adjective_shape(wm[2:]) \
            and m + 1 < s.n and (s.clitic(m + 1) and (words[m + 1] or "")[:1] in "بل" or
                                 words[m + 1] in COMPLEMENT_PREPS):
        e = m  # a participle with its complement describes the role's holder: "الصحافي الجزائري | المقيم بتونس"
        at = m + 1 if s.clitic(m + 1) else m + 2  # the complement: a place or body may be named in it
        if at < s.n:
            _e, c, _ = _np(s, at, allow_clitic=True)
            if c is not None:
                nested.append(c)
        m = e = min(at + 1, s.n)  # (the name may follow in apposition: "…، نصر الدين بن حديد")
    else:
        e = _name_run(s, m)
        if e <= m + 1:
            e = max(e, _al_family_name(s, m))
        if e == m and m > role_end and m + 1 < s.n and words[m] and s.tokens[m].name_start == s.tokens[m].start \
                and words[m] not in lex.common and words[m].isalpha() and not _is_def(words[m]) \
                and _family(s, m + 1) == 0:
            e = m + 2  # after an honorific, a given name no list knows before a known family name: "رئيس بلدية
            # المحافظة المهندس | سميحان الشمري"
        elif e == m and m + 1 < s.n and words[m] in lex.common and words[m].isalpha() and len(words[m]) >= 3 \
                and s.tokens[m].name_start == s.tokens[m].start and not _is_def(words[m]) and not s.tm(m) \
                and words[m] not in FUNCTION and words[m] not in lex.role_words and words[m] not in lex.generic \
                and _is_def(words[m + 1] or "") and words[m + 1] in lex.family and not s.clitic(m + 1) \
                and not s.entries(m + 1, ("role", "head", "gaz", "nisba"), with_clitic=False):
            e = m + 2  # COMMON_GIVEN_BEFORE_FAMILY: after a post, a given name that is also a word, before a known
            # family name: "السفير السعودي | عيد الثقفي" (a feast), "مدير الإدارة | فضل البوعينين"
    if e == m and has_complement and wm == "باسم" and m + 1 < s.n and words[m + 1] in lex.strong_given:
        e = max(_name_run(s, m + 1), m + 2)  # GIVEN_BASIM: after a role with its complement "باسم" is the given name,
        # not "in the name of": "رئيس الديوان الملكي الأسبق | باسم عوض الله"
    gz = s.entries(m, ("gaz",), with_clitic=False)
    if gz and gz[0][3][0] != "PER":
        e = m  # "رئيس الوزراء العراقي" followed by a place is not a name
    elif gz and gz[0][1] > e and gz[0][1] - m >= 2:
        e = gz[0][1]  # بان كي مون
    role_text_end = s.tokens[role_end - 1].end
    role_start = s.offset(i, p)
    role_text = s.text[role_start:role_text_end]
    role_lfix = bool(p and words[i] and words[i][p - 1:p + 1] == "لل")  # "للرئيس": ل + الرئيس (see _cand)
    if e == m + 1 and _clause_word_after_role(s, m) or e > m and _wa_word(s, m):
        e = m  # "أصدر الأمير | تعميما عاجلا"; a word with "و" names no one after a title: "الوكيل | وضيوف المركز"
    if kind in ("both",) and e > m and m == role_end and role_end == j:
        # a royal or religious title is part of the name: الملك سلمان، الأمير خالد الفيصل
        person = _cand(s, i, p, e, "PER", "name", source="title")
        person.nationality = nationality
        out.append(person)
        out.extend(nested)
        return e
    if e == m and role_end == m and role_end < s.n and (role_end > j or kind == "office"):
        nxt_role = s.entries(role_end, ("role",), with_clitic=False)
        if nxt_role and nxt_role[0][3] in ("title", "both"):
            # "مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة الأمير خالد الفيصل": chained roles, an office
            # first too: "ولي ولي العهد | النائب الثاني لرئيس مجلس الوزراء | الأمير محمد بن سلمان"
            tmp: list[Cand] = []
            r = _role(s, role_end, (0,) + nxt_role[0][1:], tmp)
            people = [c for c in tmp if c.kind == "name" and c.type == "PER"]
            if r > role_end and people:
                role_c = Cand(role_start, role_text_end, role_text, "PER", "role", i, role_end,
                              nationality=nationality, source="role", office=(kind == "office"))
                role_c.lfix = role_lfix
                role_c.attach = people[-1]
                out.append(role_c)
                out.extend(nested)
                out.extend(tmp)
                return r
    if e == m and royal is None and has_complement and m + 2 < s.n and words[m] in COMPASS \
            and s.punct(m + 2) in ("،", ",") and any(g[3][0] == "LOC" and g[1] == m + 2
                                                     for g in s.entries(m + 1, ("gaz",), with_clitic=False)):
        g = next(g for g in s.entries(m + 1, ("gaz",), with_clitic=False) if g[3][0] == "LOC")
        nested.append(_cand(s, m + 1, 0, g[1], "LOC", "name", canonical=g[3][1], source="gaz"))
        e = m = m + 2  # where the body is, before the name in apposition: "رئيس مجلس محافظة الأنبار | غرب العراق، X،"
    if e == m and royal is None and (has_complement or nationality) and m + 1 < s.n and \
            s.punct(m) in ("،", ",") and not (p and words[i][:p].endswith(("ل", "ب")) and i > 0 and (
                words[i - 1] in lex.role_words or words[i - 1] in _ORDINALS)):
        # (a role that completes another role is not the head of the apposition: "النائب الأول لوزير الخارجية،
        # X،" names the deputy, not the minister; "تصريحات لوزير الخارجية الروسي، X،" still names the minister)
        # ROLE_APPOSITION: "وزير الدفاع الإسرائيلي، أفيغدور ليبرلمان، رفض …" — the name between commas
        e2 = _name_run(s, m + 2, have=1) if words[m + 1] in _TIME_NAMES and m + 2 < s.n else _name_run(s, m + 1)
        # (a given name that is also a time word, in apposition: "، صباح كرحوت،")
        gz2 = s.entries(m + 1, ("gaz",), with_clitic=False)
        known = e2 > m + 1 and all(words[x] in lex.name_words for x in range(m + 1, e2))
        if e2 > m + 1 and (e2 - m - 1 >= 2 or known) and not (gz2 and gz2[0][3][0] != "PER") and \
                e2 < s.n and s.punct(e2) in ("،", ","):
            m, e = m + 1, e2
    for x in range(m + 1, e - 1):
        if words[x] in _POSSESSOR and words[x + 1] not in lex.name_words:
            # "of" + a common noun describes, no name goes on: "المفكر العروبي | ذو الأصول الماركسية"; a lone
            # definite word before it is an adjective too
            e = m if x == m + 1 and _is_def(words[m] or "") and words[m] not in lex.name_words else x
            break
    if e == m + 1 and royal is None and _is_def(words[m] or "") and words[m].endswith("ي") and m + 1 < s.n \
            and words[m] not in lex.family and words[m] not in lex.name_words and words[m] not in lex.surnames \
            and (_is_def(words[m + 1] or "") and words[m + 1] not in lex.family or words[m + 1] in lex.given):
        e = m  # NISBA_NO_LIST_KNOWS: after a title, an adjective in ي before another adjective or a name is no name:
        # "المفكر | الأرمني القديم موسى الخوريني"
    if e == m + 1 and royal is None and words[m] in lex.freq and words[m] not in lex.given \
            and words[m] not in lex.surnames and words[m] not in lex.family and e < s.n and _is_def(words[e] or ""):
        e = m  # a known word in construct with the next is no name: "يجزي خادم الحرمين الشريفين | خير الجزاء"
    if e > m and royal is None and m == role_end and _genitive_of_bare_title(s, i, p, j, role_end, kind):
        e = m  # (also a construct: "أخصائي | طب الأسنان")
    if e == m + 1 and (_word_after_role(s, m)
                       or words[m] in lex.role_words and m + 1 < s.n and words[m + 1] in _CONSTRUCT_OK_INDEF):
        e = m  # (a title that is also a given name, with "عام": "مستشار الأمير | أمين عام اللجنة")
    if e == m + 1 and (_club_nisba(lex, words[m]) or _VERBAL_NOUN_SHAPE.fullmatch(words[m] or "")
                       and words[m] not in lex.given and words[m] not in lex.name_words
                       or _lone_non_name(lex, words[m]) or _clause_word_after_role(s, m)
                       or _unlike_lone_name(lex, words[m])):
        e = m  # a club's adjective: "المدرب | الهلالي" is the Hilal coach, no one named Hilali; a verbal noun is
        # the role's object: "وأعلن الرئيس | تخصيص مليار"
    if e == m + 1 and not has_complement and role_end == j == i + 1 and m == role_end and words[m].endswith("ي") \
            and not _is_def(words[m]) and not _is_def((words[i] or "")[p:]) and (words[i] or "")[p - 1:p + 1] != "لل" \
            and words[m] not in lex.given and words[m] not in lex.name_words:
        e = m  # an indefinite title's nisba describes it: "مشرف | تربوي"، "أخصائي | اجتماعي"
    if e > m:
        role_c = Cand(role_start, role_text_end, role_text, "PER", "role", i, role_end,
                      nationality=nationality, source="role")
        role_c.lfix = role_lfix
        person = _cand(s, royal if royal is not None else m, 0, e, "PER", "name",
                       source="role-name" if royal is None else "title")  # (the royal title opens the name)
        person.nationality = nationality
        role_c.attach = person
        out.append(role_c)
        out.extend(nested)
        out.append(person)
        return e
    # apposition before: "دو هيون تشا، المحلل في معهد آسان" (or after a semicolon: "محمد بن راشد؛ نائب رئيس الدولة")
    if i >= 2 and p == 0 and s.punct(i - 1) in ("،", ",", "؛", ";"):
        b = i - 2
        start_b = b
        while start_b >= 0 and i - 2 - start_b < 4:
            w = words[start_b]
            t = s.tokens[start_b]
            if w is None or not (lex.namey(w) or w in lex.particles and start_b < b) or s.clitic(start_b):
                break
            start_b -= 1
        start_b += 1
        if start_b <= b:
            prev = [c for c in out if c.tok_end == b + 1 and c.type == "PER" and c.kind == "name"]
            if prev:
                person = prev[-1]
            elif b + 1 - start_b >= 2:
                person = _cand(s, start_b, 0, b + 1, "PER", "name", source="apposition")
                out.append(person)
            else:
                person = None
            if person is not None and has_complement:
                role_c = Cand(role_start, role_text_end, role_text, "PER", "role", i, role_end,
                              nationality=nationality, source="apposed")
                role_c.lfix = role_lfix
                role_c.attach = person
                person.nationality = person.nationality or nationality
                out.append(role_c)
                out.extend(nested)
                return role_end
    if kind == "office" or (role_end > j and (has_complement or nationality)) and (
            not s.raw_function(i) or words[i][p:] in lex.role_words):  # ("رئيس" is a given name too)
        role_c = Cand(role_start, role_text_end, role_text, "PER", "role", i, role_end,
                      nationality=nationality, source="role", office=(kind == "office"))
        role_c.lfix = role_lfix
        out.append(role_c)
        out.extend(nested)
        return role_end
    out.extend(nested)
    return role_end if nested else i + 1


def _name_after_back_reference(s: _Sent, k: int, ref: str | None, bound: int) -> bool:
    """Token k is a back-reference to a body ("الوزارة"، "للموقع": ``ref`` its form with the article) and a name
    of two or more words no lexicon knows follows it."""
    return ref in s.lex.generic and k + 2 < bound and hits_person_start(s, k + 1) and _name_run(s, k + 1) >= k + 3


_FORCE_HEADS = frozenset(nw(w) for w in ("القوات", "الشرطة", "القيادة"))
_FORCE_ADJECTIVES = frozenset(nw(w) for w in (
    "الأمنية", "الحكومية", "المسلحة", "النظامية", "الشرعية", "المساعدة", "الجوية", "البحرية", "البرية", "الخاصة",
    "الاتحادية", "المشتركة", "المركزية", "العسكرية", "الملكية", "الوطنية"))
_WALAD, _SHEIKH_WORD = nw("ولد"), nw("الشيخ")
_GROUP_BACK_REFERENCES = frozenset(nw(w) for w in ("التنظيم", "الجماعة", "الحركة", "الحزب", "الميليشيا", "الفصيل"))
# back-references to a body named before, ending a construct: "قرار مجلس | الهيئة"، "فريق | الوزارة"
_BODY_BACK_REFERENCES = frozenset(nw(w) for w in ("الهيئة", "الوزارة", "الشركة", "المؤسسة", "الجامعة", "الوكالة",
                                                   "اللجنة", "المجلس", "البنك"))
_MINISTRY = "ministry"  # head class of a ministry or force named by its field ("الخارجية"، "البحرية")


def _ministry_of_country(s: _Sent, i: int, j: int) -> bool:
    """Token j, after the field at token i, is a country's feminine nisba: "الخارجية | الروسية"، "الخزانة |
    الأمريكية" (the Russian foreign ministry, the US Treasury)."""
    if j >= s.n or s.bounds[j] != s.bounds[i] or not (s.words[j] or "").endswith("يه"):
        return False
    ns = s.entries(j, ("nisba",), with_clitic=False)
    return bool(ns) and ns[0][1] == j + 1 and ns[0][3] not in _REGION_NISBA


def _speech_verb_before(s: _Sent, k: int) -> bool:
    """A speech verb stands within the five words before token k, in its sentence ("وقال المفكر الإسلامي | سلمان")."""
    for x in range(k - 1, max(k - 6, -1), -1):
        if s.words[x] is None:
            return False
        if _speech_word(s.lex, s.words[x]):
            return True
    return False


def _listed_canonical(s: _Sent, i: int, p: int, end: int, ty: str) -> str | None:
    """The gazetteer's canonical name for the words of tokens[i:end] (from offset p of the first, punctuation
    left out), when the gazetteer lists them whole with that type."""
    ws = tuple(w for w in s.words[i:end] if w)
    if not ws:
        return None
    ws = (ws[0][p:],) + ws[1:]
    for p0, rest, cat, data in s.lex.first.get(ws[0]) or ():
        if not p0 and cat == "gaz" and (ws[0],) + rest == ws and data[0] == ty:
            return data[1]
    return None


def _after_amount(s: _Sent, i: int) -> bool:
    """Token i follows a number in digits or a multiplier: the unit or currency of an amount ("5000 | يوان"،
    "13.63 تريليون | يوان"، "ثلاثة تريليون | يوان")."""
    return i >= 1 and (bool(_NUMERAL.fullmatch(s.punct(i - 1) or "")) or s.words[i - 1] in MULTIPLIERS)


def _and_noun_with_pronoun(s: _Sent, k: int) -> bool:
    """Token k is a conjunction and a noun with its pronoun ("ومرافقه"، "وقضيته"), no name word."""
    w = s.words[k]
    lex = s.lex
    if w is None or w[:1] != "و" or len(w) < 5 or _is_def(w[1:]) or w in lex.name_words:
        return False
    if s.tokens[k].suffix_start < s.tokens[k].end:
        return True
    stem = w[1:-1] if w.endswith("ه") else w[1:-2] if w.endswith(("ها", "هم")) else None
    if stem is None:
        return False
    # (a noun in ة keeps it as ت before the pronoun: "وقضيته" is و + قضية + ه)
    return any(x in lex.freq or bool(corpus_frequency(x)) for x in (
        (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)))


def _road_goes_on(s: _Sent, k: int) -> bool:
    """A road's name goes on at token k: its kind ("السريع"، "القديم") or a dash before its other end, a known place
    ("طريق العقير | – الهفوف")."""
    if s.words[k] in _ROAD_KINDS:
        return True
    return s.punct(k) in _DASHES and any(g[3][0] == "LOC" for g in s.entries(k + 1, ("gaz",), with_clitic=False))


def _org(s: _Sent, i: int, head, out: list[Cand]) -> int:
    """An organisation or place named by a head noun at token i (`_org_name`), or else a force named by its kind
    (`_force_by_kind`). Returns the next token index (i when none)."""
    r = _org_name(s, i, head, out)
    return r if r > i else _force_by_kind(s, i, head, out)


def _definite_head(s: _Sent, i: int, p: int, head_w: str) -> bool:
    """The head noun at token i (after p clitic letters) is definite; with "ل" the article loses its alef: "للهيئة" is
    ل + الهيئة."""
    t = s.tokens[i]
    return _is_def(head_w) or p > 0 and (s.words[i] or "")[p - 1:p + 1] == "لل" and t.prefix_end > t.name_start


def _force_by_kind(s: _Sent, i: int, head, out: list[Cand]) -> int:
    """FORCE_BY_ITS_KIND: a definite force or command with the adjective of its kind names it: "القوات الحكومية"،
    "الشرطة الاتحادية"، "للقيادة المشتركة"، "القوات الجوية الملكية السعودية". Returns the next token index (i when
    none)."""
    words = s.words
    p, j = head[0], head[1]
    head_w = words[i][p:] if words[i] else ""
    # (after "لل" the head is read without its article's alef: "لقياده" is "القياده")
    if not _definite_head(s, i, p, head_w) or (head_w if _is_def(head_w) else "ا" + head_w) not in _FORCE_HEADS \
            or j >= s.n or words[j] not in _FORCE_ADJECTIVES or s.clitic(j) or s.bounds[j] != s.bounds[i]:
        return i
    e = j + 1
    while e < s.bounds[i] and e - j < 3 and (words[e] in _FORCE_ADJECTIVES or words[e] in s.lex.nisba_words) \
            and not s.clitic(e):
        e += 1  # "القوات الجوية | الملكية السعودية"
    out.append(_cand(s, i, p, e, "ORG", "name", source="head", head_class=head[3][1]))
    return e


def _org_name(s: _Sent, i: int, head, out: list[Cand]) -> int:
    """An organisation or place named by a head noun at token i. Returns the next token index (i when none).

    The name is the head plus: a quoted name («المدينة»); gazetteer names; proper-name words (فيرفيلد); definite
    nouns and adjectives of a descriptive name (وزارة العدل، المجلس الأعلى للقضاء); "ل"-complements
    (للدراسات السياسية). A nisba after a proper name ends the name and gives its nationality
    (جامعة فيرفيلد الأميركية); after a nisba or a proper name only "ل"-complements may follow.
    """
    lex, words = s.lex, s.words
    p, j, _, (ty, cls, plural) = head
    head_w = words[i][p:] if words[i] else ""
    definite = _definite_head(s, i, p, head_w)
    if head_w == "مديريه" and j < s.n and words[j] and not _is_def(words[j]) and words[j].isalpha() \
            and not s.entries(j, ("head", "role"), with_clitic=False) and (words[j] not in lex.common or any(
                g[3][0] == "LOC" for g in s.entries(j, ("gaz",), with_clitic=False))):
        ty, cls = "LOC", "place"  # a district by its own name ("مديرية كريتر"، "مديرية خور مكسر"); a directorate is
        # named by its field ("مديرية الشؤون الصحية")
    place = cls in ("place", "facility")
    k = j
    bound = s.bounds[i]
    quoted = None  # (start token, end token) of a quoted name
    office = None  # the fixed office a body is named after: "حكومة خادم الحرمين الشريفين"
    inner_place: list[Cand] = []  # the place a body is of, named by its own head: "إمارة | منطقة القصيم"
    proper = False  # saw a proper-name word (not a common noun)
    closed = False  # a nisba or a proper name was seen: only complements may follow
    parts = 0
    ndef = 0
    in_comp = 0
    construct = False  # the first word is a verbal noun in construct (CONSTRUCT_NAME)
    nationality = None
    gz_span = None  # a known place name right after the head: مدينة نيويورك، سفارة إيران
    short_end = None  # where a team's name ends before its sport: "فريق الاتحاد | الأول لكرة القدم"
    owner = None  # its gazetteer entry
    located = None  # a local body's city: "الغرفة التجارية | بجدة" (its token, its gazetteer entry)
    division: list[Cand] = []  # or its division, named by its head: "الإدارة العامة للتعليم | بمحافظة الطائف"
    organizes = False  # an organising committee named by its event: no short name
    if head_w == _IDARA and j < s.n and words[j] == _THE_PRESIDENT:
        role = s.entries(j, ("role",), with_clitic=False)
        tmp = []
        r = _role(s, j, role[0], tmp) if role else j
        person = next((c for c in tmp if c.type == "PER" and c.kind == "name"), None)
        if person is not None and person.tok_end == r and (
                words[r - 1] in lex.name_words or words[r - 1] in lex.family or s.entries(r - 1, ("gaz",))):
            # ADMINISTRATION_OF_PRESIDENT: "إدارة الرئيس الأمريكي باراك أوباما" is the government, a body; the
            # president and his post stay mentions of him (the name ends on a name word: not "أوباما | تنتهج")
            out.append(_cand(s, i, p, r, "ORG", "name", source="head", head_class=cls))
            out.extend(tmp)
            return r
    if head_w in _OFFICE_HEADS and j < s.n:
        role = s.entries(j, ("role",), with_clitic=False)
        if role and role[0][3] == "title":
            tmp: list[Cand] = []
            r = _role(s, j, role[0], tmp)
            held = next((c for c in tmp if c.kind == "role" and c.tok_start == j), None)
            # OFFICE_OF_ROLE: the office of a post is a body: "مكتب رئيس الوزراء التركي"، "ديوان رئيس الوزراء"
            end = held.tok_end if held is not None else max(r, role[0][1])
            named = role[0][1] - j >= 2 and not all(w_ in ROLE_ADJ for w_ in words[j + 1:role[0][1]]) \
                or held is not None and held.nationality or any(
                c.kind == "name" and c.type in ("ORG", "LOC") and j <= c.tok_start < end for c in tmp)
            # (a post of a state or a named body, not "مكتب مدير الإدارة" nor "بمكتب المدير العام | الدكتور …")
            if named and not any(c.type == "PER" and c.kind == "name" and c.tok_start < end for c in tmp):
                out.append(_cand(s, i, p, end, "ORG", "name", source="head", head_class=cls))
                holder = any(c.type == "PER" and c.kind == "name" and c.tok_start >= end for c in tmp)
                # (a name after the office is the holder of the post the office is a genitive of, read again from
                # there: "مستشار مكتب وزير الدفاع | العميد أحمد عسيري" is the adviser, not the minister)
                out.extend(c for c in tmp if c is not held and (c.tok_start >= end and not holder or c.kind == "name"
                                                                and c.tok_start < end and c.type in ("ORG", "LOC")))
                # (the body or place named inside stays a mention: "مكتب رئيس | مجلس النواب")
                return end if holder else max(r, end)
    if plural and cls == "company" and j < s.n and words[j] and _is_def(words[j]) and words[j] not in lex.name_words \
            and (words[j].endswith("ات") and words[j] in lex.common
                 or (words[j] in lex.common or corpus_frequency(s.text[s.tokens[j].start:s.tokens[j].end]) >= 3
                     or lex.name_score(words[j]) < 0 and words[j] not in lex.family)  # (not "شركات الراجحي")
                 and not s.entries(j, ("gaz",), with_clitic=False)):
        return i  # companies of a kind, no name: "شركات السيارات"، "مصانع الحلويات"، "شركات البناء"، "شركات التأمين"
    if head_w == _WILAYA and j < s.n and (words[j] in _TERM_ADJECTIVES or (words[j] or "").endswith("يه")
                                         and not s.entries(j, ("gaz",), with_clitic=False)):
        return i  # a term of office, no state: "لفترة ولاية خامسة"، "ولاية رئاسية"
    if not definite and j < s.n and not s.clitic(j) and (words[j] in _GROUP_BACK_REFERENCES or (
            words[j] in _BODY_BACK_REFERENCES and (j + 1 >= s.bounds[j] or not _is_def(words[j + 1] or "ال")
                                                   and not (words[j + 1] or "").startswith("لل")))):
        return i  # a head in construct with a back-reference names no body: "حرية حركة | التنظيم المتشدد"، "مجلس
        # | الهيئة"، "فريق | الوزارة" (a name may begin with one: "مجموعة | البنك الإسلامي للتنمية")
    if not definite and j < s.n and not s.clitic(j) and _known_noun_with_pronoun(lex, words[j]) and \
            not s.entries(j, ("gaz",), with_clitic=False):
        return i  # a head in construct with a noun and its pronoun names no body: "مجلس | إدارتها"، "طريق | إمدادها"
    if cls == _MINISTRY and not _ministry_of_country(s, i, j):
        return i  # the field alone is no body: "الخارجية" (the word), "الداخلية الحالية"
    if head_w in _CAMPAIGN_HEADS and j < s.n and not (
            _quoted(s, j, 5) > j or words[j] in lex.given
            or any(s.entries(x, ("nisba", "gaz"), with_clitic=False) for x in range(j, min(j + 3, s.bounds[j])))):
        return i  # CAMPAIGN_AS_ACTIVITY: a campaign is an activity ("حملة التطعيم"، "الحملة العسكرية التركية" is
        # the army's), a body only with a name in marks, an owner named after it ("حملة الفيفا"، "حملة جيب بوش") or
        # a country ("الحملة الوطنية السعودية لنصرة الأشقاء في سورية")
    if head_w == _MARKAZ and j < s.n and ((words[j] or "").removeprefix("ال") in _POSITIONS or (
            words[j] == _SINAA and j + 1 < s.n and words[j + 1] == _AL_LAIB)):
        return i  # PLAYING_POSITION: "شغل مركز الحارس الأساسي"، "في مركز الظهير الأيسر" is a place in the team
    if head_w == _MANFATH and j < s.n and (words[j] or "").removeprefix("ال") in _DEEDS:
        return i  # PERPETRATOR: "منفذ الهجوم"، "منفذ جريمة تفجير المسجد" is who carried it out, no border crossing
    if head_w == "مرور" and not any(g[3][0] == "LOC" for g in s.entries(j, ("gaz",), with_clitic=False)):
        return i  # the traffic police of a city ("مرور الدمام"), not the passing of time ("مرور عام على")
    if head_w == "وادي" and "أ" in s.text[s.tokens[i].start:s.tokens[i].end]:
        return i  # "وأدى المصلون الصلاة" (and performed) is no valley
    if head_w == "طريق" and not (j + 1 < s.n and j + 1 < s.bounds[j] and _road_goes_on(s, j + 1)) and (
            "ب" in words[i][:p] or i and words[i - 1] in ("عن", "علي") or s.punct(j) or j < s.n
            and _is_def(words[j] or "") and not s.entries(j, ("role",), with_clitic=False)
            and not any(g[3][0] == "LOC" for g in s.entries(j, ("gaz",), with_clitic=False))):
        return i  # "عن طريق الهاتف"، "بطريق"، "طريق التضامن": a way; a road is named after someone or a place
        # ("طريق الجبيل السريع"، "طريق الرياض")
    department = head_w in DEPARTMENT_HEADS or words[i].startswith("لل") and "ال" + words[i][2:] in DEPARTMENT_HEADS
    if department and j < s.n and (
            not _is_def(words[j] or "") or words[j] in lex.generic or words[j] in lex.role_words
            or i > 0 and words[i - 1] in _BOARD_WORDS or s.tokens[j].suffix_start < s.tokens[j].end
            or any(e[2] == "head" or e[2] == "gaz" and e[3][0] == "ORG" for e in s.entries(j, ("head", "gaz")))):
        return i  # a department is named by definite nouns ("إدارة المرور"); of another body it is none ("إدارة
        # النادي"، "إدارة ناديه"، "مكتب وزارة الصحة")، nor is a person's office ("إدارة الأمير نواف"، "مكتب رأفت")
    if head_w in ("حركه", "الحركه") and j < s.n and _motion_not_movement(s, i, j) \
            or head_w == "غرفه" and j < s.n and not (words[j] or "").startswith(("التجار", "الصناع", "تجار")) \
            and not any(e[3][0] == "LOC" for e in s.entries(j, ("gaz",), with_clitic=False)):
        return i  # traffic and trade move ("حركة المرور"); a chamber of commerce is of trade or of a city ("غرفة
        # جدة"), a room is none ("غرفة العناية المركزة")
    if cls == "team" and definite and j < s.n and _is_def(words[j] or "") and _adjective_shape(words[j][2:]) \
            and not s.entries(j, ("gaz", "nisba", "head"), with_clitic=False) and words[j] not in lex.clubs \
            and words[j][2:] not in lex.clubs and words[j] not in _TEAM_ADJ \
            and not (j + 1 < s.n and s.entries(j + 1, ("gaz", "nisba"), with_clitic=False)):
        return i  # "النادي المنافس"، "الفريق الأقرب": the club described, not named ("النادي الوطني السعودي" is)
    if head_w == "نظام" and not (any(g[3][0] == "PER" for g in s.entries(j, ("gaz",), with_clitic=False))
                                 or any(r[3] in ("both", "honorific", "office")
                                        for r in s.entries(j, ("role",), with_clitic=False))):
        return i  # REGIME: "نظام بشار الأسد"، "نظام الرئيس صدام حسين" is a body; "نظام التأشيرات" a system
    if head_w == "الامن" and j < s.n and words[j] in _SECURITY_OF:
        return i  # a kind of security, no force: "الأمن القومي العربي"، "الأمن الغذائي" (not "الأمن التونسي")
    if head_w == "النظام" and j < s.n and not (s.entries(j, ("nisba",), with_clitic=False)
                                               or words[j] in _REGIME_ADJ):
        return i  # "النظام السوري"، "النظام الحاكم" rule a country; "النظام القانوني"، "النظام الصحي" are systems
    if head_w == "تنظيم" and j < s.n and words[j] and (
            s.tokens[j].suffix_start < s.tokens[j].end or len(words[j]) >= 6 and words[j].endswith(("ها", "هم"))
            or _is_def(words[j]) and words[j] not in _GROUP_NAME_WORDS and not s.entries(j, ("gaz",), with_clitic=False)
            and (words[j] in lex.common or lex.freq.get(words[j], 0) >= 2)
            or _VERBAL_NOUN_SHAPE.fullmatch(words[j]) or _IFTIAL_SHAPE.fullmatch(words[j])
            or ISTIFAAL.fullmatch(words[j])
            or not _is_def(words[j]) and words[j] not in _GROUP_NAME_WORDS and lex.name_score(words[j]) < 0.3
            and not s.entries(j, ("gaz",), with_clitic=False) and _quoted(s, j, 1) == j):
        return i  # ORGANIZING_NOT_ORGANIZATION: "على تنظيم الجائزة"، "تنظيم القطاع"، "وتنظيم مناشطها" organise things;
        # an armed group has a name: "تنظيم داعش"، "تنظيم القاعدة"، "تنظيم الدولة"
    if head_w in _GUARDED_HEADS and (j >= s.n or words[j] not in _GUARDED_HEADS[head_w]):
        return i  # "جهاز مكافحة الإرهاب"، "جهاز أمن الدولة" are bodies; "جهاز كومبيوتر محمول" is none
    if head_w == _TANZEEM and j < s.n and _is_def(words[j] or "") and words[j] not in _GROUP_NAME_WORDS:
        return i  # ORGANIZING: "تنظيم المهرجان"، "تنظيم الندوات والمؤتمرات" — the verbal noun; a group so named has one
        # of the few words such names open with ("تنظيم الدولة"، "تنظيم القاعدة"، "تنظيم الإخوان") or none ("تنظيم
        # داعش")
    if head_w == _PASSPORTS and not (j < s.n and (words[j] in _PLACE_HEADS_OF_OFFICES or any(
            g[3][0] == "LOC" for g in s.entries(j, ("gaz",), with_clitic=False)))):
        return i  # "جوازات منطقة الباحة"، "جوازات جدة" are passport offices; "جوازات سفر" are passports
    if head_w == "ديوان" and (j >= s.n or not _is_def(words[j] or "") or words[j] in lex.role_words):
        return i  # "ديوان المظالم" is a court; "ديوان الشاعر"، "ديوان «قصة حمدة»" are books of poems
    if cls == "party" and not definite and any(h[3][1] == "party" for h in s.entries(j, ("head",), with_clitic=False)):
        return i  # KIND_BEFORE_NAME: "جماعة حركة أحرار الشام" — the kind of body, then a name with its own head
    w0 = words[j] if j < bound else None
    if w0 and not definite and (head_w in _NAMED_AFTER_HEADS and (w0 in lex.given or lex.particles.get(w0) == "prefix")
                                or w0 in _KUNYA and place and not s.entries(j, ("gaz",), with_clitic=False)):
        e = _name_run(s, j)
        if e >= j + 2:
            k = e  # NAMED_AFTER_PERSON: a body named after someone: "ثانوية أبي بكر الصديق"، "مدرسة عمر بن عبدالعزيز";
            # under a place's head by a kunya, which no place name stops at: "مسجد أبي بكر الصديق"، "قصر أبا السعود"
            # (not a listed place: "محافظة | أبو عريش")
            parts += 1
            proper = closed = True
    if w0 and not definite and not parts and _indefinite_description(s, j, head_w, place):
        return i  # INDEFINITE_DESCRIPTION: "حزب معارض في تركيا"، "بنك منافس"، "مجموعة تتسم بالجبن"
    while k < bound and k - j < 8:
        q = _quoted(s, k, 5)
        if q == k and k == j and cls in ("outlet", "company") and s.punct(k) == "(":
            q = _bracketed_name(s, k)  # BRACKETED_NAME: "مجلة (لانسيت)"، "شركة (سابك)"
        if q > k and (any(s.words[x] in FUNCTION for x in range(k + 1, q - 1) if s.words[x] and not (
                x == k + 1 and s.words[x] == _LA and q - k >= 4 and _foreign_word(s, k + 2)))
                      or plural and definite
                      or definite and k == j and cls not in ("outlet", "team")
                      and not (q - k == 3 and s.entries(k + 1, ("nisba",), with_clitic=False))):
            # (after a definite head the words in marks are a slogan or a title: "شعار الكلية «تسعة شهور رقمية»")
            q = k  # «يدخلان القتال إلى جانب» is a quotation, not a name; "اعتبرت السلطات «عملاً إرهابيًا»" a verdict
        if q > k:
            if parts and closed:
                break
            quoted = (k + 1, q - 1)
            k = q
            proper = True
            parts += 1
            closed = True
            continue
        w = words[k]
        if cls == "company" and not closed and w in _SPELLED_LETTERS and (
                k + 1 < bound and words[k + 1] in _SPELLED_LETTERS or k > j and words[k - 1] in _SPELLED_LETTERS):
            k += 1  # SPELLED_INITIALS: a company's Latin initials spelled out: "بنك جيه بي | مورجان"، "شركة إتش تي سي"
            parts += 1
            proper = True
            if k < bound and words[k - 1] in _SPELLED_LETTERS and words[k] not in _SPELLED_LETTERS:
                x = k  # and the foreign words after them: "بنك جيه بي | مورجان تشيس"
                while x < bound and x - k < 2 and words[x] and not s.clitic(x) and not _is_def(words[x]) \
                        and words[x][:1] not in "وف" and words[x] not in lex.common \
                        and (_foreign_word(s, x) or words[x] in lex.given):
                    x += 1
                k = x
            continue
        if head_w == "مركز" and k == j and w in _HEALTH_KINDS:
            x = k + 1
            while x < bound and x - k <= 2 and words[x] is not None and words[x] not in FUNCTION and (
                    _is_def(words[x]) and words[x] not in lex.generic or words[x] == "حي" and x == k + 1
                    or s.entries(x, ("gaz",), with_clitic=False) or words[x] not in lex.freq and words[x].isalpha()
                    and not s.clitic(x)):
                x += 1  # HEALTH_CENTRE_BY_PLACE: "مركز صحي | المحجر"، "مركز صحي | حي الصفا"، "مركز صحي | خريص"
                if words[x - 1] != "حي":
                    break
            if x == k + 1:
                return i  # a health centre with no name is none: "لدى كل مركز صحي"
            k = x
            parts += 1
            proper = closed = True
            continue
        if head_w == "طريق" and parts == 1 and closed and not definite:
            x = k + 1 if s.punct(k) in _DASHES else k
            ends = [g[1] for g in s.entries(x, ("gaz",), with_clitic=False) if g[3][0] == "LOC"] if x < bound else []
            if not ends and x > k and x < bound and _is_def(words[x] or "") and words[x] not in lex.freq:
                ends = [x + 1]  # (after a dash, a place no list knows: "طريق الطائف – الهدا")
            if ends:
                k = ends[0]  # ROAD_BETWEEN_PLACES: a road by its two ends: "طريق مكة جدة المباشر"، "طريق
                parts += 1  # العقير – الهفوف"، "طريق حدا الجموم"
                continue
        if w is None or w in _CAPITAL_WORDS or k > j and _WordTables.of(lex).glued[w]:
            break  # (a company's registered capital follows its name: "شركة المملكة للاستثمار | برأسمال"; a title
            # glued to a name starts a person: "… الإنسانية | الدكتورعبدالله الربيعة")
        if w == "في" and k == j + 1 and not definite and words[j] in _FI_MASDARS:
            e2 = k + 1  # MASDAR_WITH_FI: a committee by what it rules on: "لجنة النظر في مخالفات المؤسسات الصحية"
            if e2 + 1 < bound and words[e2] and not _is_def(words[e2]) and _is_def(words[e2 + 1] or ""):
                e2 += 1  # (an indefinite noun in construct, then its definite genitive and adjectives)
            while e2 < bound and words[e2] and _is_def(words[e2]) and e2 - k <= 4:
                e2 += 1
            if e2 > k + 1 and _is_def(words[e2 - 1] or ""):
                k = e2
                parts += 1
                proper = closed = True
                break
        if k == j and not definite and (not _is_def(w) or w[2:] not in lex.freq and w.endswith("يه")
                                        and head_w not in _STREET_HEADS and cls != "place"
                                        and _masculine_known(lex, w)) \
                and not (head_w.endswith("ه") and w.endswith("ي") and s.entries(k, ("gaz",), with_clitic=False)) \
                and not ((_is_def(w) or w not in lex.nisba_words)
                         and any(g[3][0] == "LOC" for g in s.entries(k, ("gaz",), with_clitic=False))) \
                and len(w) >= 4 and w not in lex.name_words \
                and (w.endswith("ي") or w.endswith("يه") and s.tm(k)) \
                and not ((_VERBAL_NOUN_SHAPE.fullmatch(w) or _FIAALA_DEFECTIVE.fullmatch(w))
                         and _construct_noun(s, k, w, (head_w, cls, plural))) \
                and (w in lex.nisba_words or lex.freq.get(w, 0) >= 2 or lex.freq.get(w + "ه", 0) >= 2
                     or lex.freq.get("ال" + w, 0) + lex.freq.get("ال" + w + "ه", 0) >= 2  # ("حي | سكني"; not
                     and "ال" + w not in lex.name_words and "ال" + w not in lex.family  # "حزب بارزاني"، "بلدة بصرى")
                     and s.text[s.tokens[k].end - 1] == "ي"
                     or lex.name_score(w) < 0 and not place and s.text[s.tokens[k].end - 1] != "ى"
                     and not s.entries(k, ("gaz",), with_clitic=False)
                     and _quoted(s, k + 1, 5) == k + 1):  # (not "شركة مصافي «اديميتسو كوزان»", "نادي جنوى",
            # "مدينة مكسيكالي": places are often foreign words in ي)
            # an indefinite head with an adjective is a description: "جيش وطني"، "مدينة سورية"، "صحيفة إلكترونية"،
            # "مجلس استشاري" (an adjective scores below zero as a name word; "شركة ميتسوبيشي" does not)
            return i
        rl = s.entries(k, ("role",), with_clitic=False)
        if cls == "event" and not parts:
            # a cup, a prize or a league named after an office or a person: "كأس ولي العهد"، "دوري عبداللطيف جميل"
            e2 = rl[0][1] if rl and rl[0][3] == "office" else _name_run(s, k) if w in lex.given else k
            if e2 > k:
                k = e2
                parts += 1
                proper = closed = True
                continue
        if rl and rl[0][3] == "office" and not closed and not parts and not definite and not place:
            k = rl[0][1]  # OFFICE_OWNS_BODY: "حكومة خادم الحرمين الشريفين"، "سفارة خادم الحرمين الشريفين لدى …"
            parts += 1
            office = rl[0]  # (the office alone is the person, no short name of the body; nothing follows but
            proper = True  # the host of a mission: "دعم حكومة خادم الحرمين الشريفين | للمشروع")
            break
        if rl and rl[0][3] in ("both", "honorific") and not closed and not parts and not definite:
            # (a definite head takes no genitive: "رئيس اللجنة | الدكتور عبدالله البرقان" is in apposition)
            e2 = _name_run(s, rl[0][1])
            if e2 > rl[0][1]:
                k = e2  # named after a king, a prince or a sheikh: جامعة الملك عبدالعزيز، جامع الشيخ زايد
                if k < bound and cls != "event" and (head_w.endswith("ه") and _is_def(words[k] or "") and (
                        words[k].endswith("يه") and not s.entries(k, ("gaz", "nisba"), with_clitic=False)
                        or words[k] == "العامه") or words[k] == "العام" and not head_w.endswith("ه")
                        or head_w == "مركز" and words[k] in _FACILITY_CENTRE_KINDS | _CULTURAL):
                    k += 1  # with its adjective: "مدينة الملك فيصل الرياضية"، "مدينة الملك عبدالله الاقتصادية"،
                    # "مكتبة الملك عبدالعزيز العامة"، "مستشفى الملك فهد العام"
                    closed = closed or head_w == "مركز"  # (nothing more: "مركز الملك فهد الثقافي | «قرية …»")
                parts += 1
                proper = True
                closed = True  # after the person only a complement goes on: "مدينة الملك عبدالعزيز | للعلوم والتقنية"
                # (not "مدينة الملك سعود | تتكفل بزراعة قوقعة")
                continue
        if not parts and not definite and w in lex.given and k + 1 < bound and words[k + 1] in _BIN:
            e2 = _name_run(s, k)
            if e2 >= k + 3:
                k = e2  # NAMED_AFTER_PERSON: a body named after a person with his lineage, no title before him:
                parts += 1  # "مركز محمد بن نايف للمناصحة"، "مستشفى سلطان بن عبدالعزيز"
                proper = True
                continue
        if rl and (parts or definite and rl[0][3] in ("both", "honorific")):
            break  # a title starts: المجلس الأعلى للقضاء الدكتور ...، "رئيس النادي | الدكتور صالح الشادي"
        if cls == "team" and _is_def(head_w) and s.entries(k, ("head",), with_clitic=False):
            break  # "النادي الاتحاد السعودي": a new name, not the club's
        ns = s.entries(k, ("nisba",), with_clitic=False)
        gz = s.entries(k, ("gaz",), with_clitic=False)
        if ns and ns[0][1] < s.n and words[ns[0][1]] in _BIN:
            break  # a given name like a nisba, with its lineage: "هيئة أعضاء الشرف | تركي بن فهد"
        # a part of the place by its direction: "ريف حلب | الغربي" (not "Western", the nisba of الغرب)
        part_direction = place and head_w in _PART_HEADS and gz_span is not None and k == gz_span[1] \
            and w in _DIRECTIONS
        if ns and not (gz and gz[0][1] > ns[0][1]) and not (in_comp and parts) and not part_direction:
            # ("للأدوات المالية": not Mali's)
            nxt = words[ns[0][1]] if ns[0][1] < bound else None
            if (proper or place) and not (nxt and (nxt.startswith("لل") or nxt in _SPORT_CONSTRUCTS) and cls != "team"):
                nationality = nationality or ns[0][3]
                break  # جامعة فيرفيلد الأميركية -> جامعة فيرفيلد
            nationality = ns[0][3]
            k = ns[0][1]
            parts += 1
            closed = True
            continue
        if cls == "team" and parts == 0 and k == j and not definite and k + 1 < bound \
                and words[k + 1] in _SOCIETY_KINDS and w and w.isalpha() and not _is_def(w) and w not in FUNCTION \
                and not s.clitic(k) and s.tokens[k].suffix_start == s.tokens[k].end:
            k += 2  # SOCIETY_KIND: an indefinite word before the club's definite kind is its name, a common word
            parts += 1  # too: "نادي | إنسان | الاجتماعي" (no noun takes a definite adjective)
            break
        if cls == "team" and parts == 1 and k + 1 < bound and _foreign_word(s, k) and _foreign_word(s, k - 1) \
                and s.entries(k + 1, ("nisba",), with_clitic=False):
            k += 1  # a foreign club of two words before its nationality: "نادي إينيرجي كوتبوس | الألماني"
            parts += 1
            continue
        if cls == "team" and parts == 1 and k < bound and words[k] in _CLUB_SUFFIXES and not s.clitic(k):
            k += 1  # CLUB_SUFFIX: an English club's name ends in its kind of place: "نادي ستوك | سيتي"
            parts += 1
            continue
        if cls == "team" and parts:
            short_end = k
            k = _team_tail(s, k, bound)
            break  # نادي النصر، فريق الاتحاد، منتخب إنجلترا: one name (a nisba may follow)
        if gz and not closed:
            if gz[0][3][0] == "PER" and (definite or ndef and words[k - 1] not in lex.role_words):
                # (after a title the person is the body's: "حكومة الرئيس بشار الأسد")
                break  # a person in apposition: "رأس النظام | بشار الأسد"، "رئيس مجلس الإدارة | عبد الله العدوان"
            if k == j and not definite and gz[0][1] == k + 1 and w in lex.nisba_words and not (
                    head_w.endswith("ه") and w.endswith("ي")) and not _is_def(w):
                return i  # "مدينة سورية" is a Syrian city, not a city called Syria (but "جمهورية جيبوتي" is one;
                # a definite word is a genitive: "سفارة السعودية")
            if k == j and (place and gz[0][3][0] != "PER" or gz[0][3][0] == "LOC"):
                gz_span = (k, gz[0][1])
                owner = gz[0]
            k = gz[0][1]
            parts += 1
            proper = True
            closed = True
            continue
        if w in FUNCTION or w in STOP_ADJ or w in _RELATIVE_PARTICIPLES or w in _TIME_AFTER_NAME \
                or w in _GENERIC_COMPLEMENTS and not (
                k == j + 1 and construct):  # ("محكمة أمن | الدولة": the genitive of a construct name)
            break
        if head_w in _TRIBE_HEADS and k == j:
            if w not in _TRIBE_PARTICLES or k + 1 >= bound or not words[k + 1]:
                return i  # an Arab tribe is named "بني X"/"آل X" ("قبيلة بني عامر"); "قبيلة الدينكا" is a people
            k += 1
            continue
        if cls == "company" and not definite:
            # COMPANY_NAME: "شركة مجموعة زيد الحسين وإخوانه للمقاولات"، "شركة مصنع رامة للألمنيوم"، "شركة عبدالرحمن
            # سعد الراشد للحراسات الأمنية الخاصة": the kind of business, a founder's full name, his partners
            if parts == 0 and w in _COMPANY_KINDS:
                k += 1
                continue
            if parts == 0 and w in lex.given:
                e2 = _name_run(s, k, have=1) if k + 1 < bound else k + 1
                if e2 >= k + 2 or k > j and e2 > k:  # (one name after the kind: "مصنع رامة")
                    k = e2
                    parts += 1
                    proper = True
                    continue
            if parts == 0 and k > j and w not in lex.common and w.isalpha() and len(w) >= 3 and not _is_def(w) \
                    and k + 1 < bound and (words[k + 1] or "").startswith("لل"):
                k += 1  # a brand no vocabulary knows, then the trade: "مصنع رامة | للألمنيوم"
                parts += 1
                proper = True
                continue
            if parts and w in _PARTNERS:
                k += 1
                continue
            if closed and owner is None and proper and _is_def(w) and w.endswith("يه") and w not in lex.nisba_words \
                    and words[k - 1] is not None and _is_def(words[k - 1]) and s.entries(k - 1, ("gaz",), False):
                k += 1  # "شركة استثمارات الرياض الصناعية": the business's adjective after a place
                continue
        c0 = w[:1]
        if _and_noun_with_pronoun(s, k):
            break  # a conjunction and a noun with its pronoun: "المسجد | ومرافقه وساحاته" (its facilities)
        if c0 == "و" and parts and w not in lex.name_words and (not _is_def(w[1:]) or w[1:] in lex.role_words):
            break  # "قوات الطوارئ وذويهم"، "مجلس الأمناء | والمدير التنفيذي": a conjunction ends the name (before a
            # role too)
        if parts and not place and w in _SPORT_CONSTRUCTS and k + 1 < bound and _is_def(words[k + 1] or ""):
            k += 2  # "الاتحاد السعودي لكرة القدم"
            break
        if c0 == "ل" and parts and w[1:] in _EVENT_NOUNS and head_w in ("اللجنه", "لجنه") \
                and any(x in _ORGANIZING for x in words[j:k]):
            e2 = _event_name_end(s, k + 1, bound)
            if e2 > k + 1:
                k = e2  # ORGANIZING_COMMITTEE: "اللجنة المنظمة لمهرجان العسل الدولي الثامن"، "… لأولمبياد بيونجتشانج"
                parts += 1
                proper = closed = organizes = True
                break
        if c0 == "ل" and parts and not place and (w[1:] in _CONSTRUCT_COMPLEMENTS or (
                definite and not proper and nationality is None and _VERBAL_NOUN_SHAPE.fullmatch(w[1:])
                and w not in lex.freq and not s.entries(k, ("head",)))) and k + 1 < bound and \
                _is_def(words[k + 1] or ""):
            k += 2  # "المفوضية السامية لشؤون اللاجئين"، "المجلس الأعلى لحقوق الإنسان"; after a definite head with
            # adjectives only, any verbal noun تفعيل/استفعال: "المؤسسة العامة لتحلية المياه المالحة" (but a purpose
            # after a named body is none of its name: "الحكومة الأمريكية | لتجميد العقود")
            closed = False
            in_comp = 2
            ndef = 1
            continue
        if c0 == "ل" and w[1:] in _SEASONS:
            break  # a time, no complement of the name: "جامعة هارفارد | لصيف العام الحالي"
        if c0 in "لبوف" and w not in lex.name_words and (
                s.clitic(k) or w.startswith("لل") or (c0 in "لوب" and _is_def(w[1:]))):
            # للدراسات (ل + ال), والموارد (و + ال), بجدة (ب + place) inside a name
            if c0 == "و" and in_comp and _is_def(w[1:]):
                gz_here = [g for g in s.entries(k, ("gaz",)) if g[0] == 1 and g[3][0] == "LOC"]
                if gz_here and any(g[1] == k and g[3][0] == "LOC" for x in range(j, k)
                                   for g in s.entries(x, ("gaz",), with_clitic=False)):
                    k = gz_here[0][1]  # PLACES_IN_COMPLEMENT: a complement names two places: "الرئاسة العامة لشؤون
                    continue  # المسجد الحرام | والمسجد النبوي"
            if not parts:
                break
            st = s.stem(k)
            stem_w = st[0] if st else w[1:]
            if c0 == "ل" and cls == "place" and proper and not any(s.entries(x, ("role",), with_clitic=False)
                                                                   for x in range(j, k)):
                break  # a place named by its own name takes no complement: "محافظة رجال ألمع | للدخول" (one named
                # after a king does: "مدينة الملك عبدالعزيز للعلوم والتقنية")
            if c0 == "ل" and ("ال" + w[2:] if w.startswith("لل") else stem_w) in words[j:k]:
                break  # a name does not repeat its word: "وكيل وزارة الصحة | للصحة العامة" (the deputy's field)
            if c0 == "ل" and (("ال" + w[2:] if w.startswith("لل") else stem_w) in _PURPOSE_MASDARS
                              or ("ال" + w[2:] if w.startswith("لل") else stem_w) in PURPOSE_BEFORE_PREPOSITION
                              and k + 1 < bound and (words[k + 1] in VERB_PREPOSITIONS
                                                     or (words[k + 1] or "")[:1] in "لب" and s.clitic(k + 1))
                              or k + 1 < s.n and (words[k + 1] in _PRONOUN_PREPOSITIONS
                                                  or words[k + 1] in _PURPOSE_PREPOSITIONS and parts >= 2
                                                  and not w.endswith("ات"))):
                break  # a purpose, no complement of the name: "ميناء الحديدة | للاستيلاء عليها"، "وكالة الشؤون
                # الفنية | للحصول على"
            if c0 == "ل" and (w.startswith("لل") or _is_def(stem_w)) \
                    and (w[2:] if w.startswith("لل") else stem_w[2:]) not in FUNCTION \
                    and not _after_candidate(words, i) \
                    and not any(g[3][0] == "LOC" and g[3][2] == "country" for g in s.entries(k, ("gaz",))):
                # (a candidate runs for what follows: "مرشحة الحزب الديمقراطي | للرئاسة الأميركية"; "للأمن" is no
                # ل + "من": "المجلس الأعلى | للأمن القومي"; a country is none: "دول المجلس الداعمة | لليمن")
                k += 1
                closed = False
                in_comp = 1
                ndef = 1
                continue
            if c0 == "ب" and definite and not proper and not place and head_w in _LOCAL_HEADS and located is None:
                gz_here = s.entries(k, ("gaz",))
                if gz_here and gz_here[0][3][0] == "LOC" and gz_here[0][0] == 1:
                    # LOCAL_BRANCH: "الغرفة التجارية الصناعية بجدة"، "المحكمة الجزائية بالرياض": a body with no name
                    # of its own takes its city (which stays a mention of the city)
                    located = (k, gz_here[0])
                    k = gz_here[0][1]
                    closed = True
                    break
                head_here = s.entries(k, ("head",)) if not gz_here and stem_w in _DIVISION_HEADS else None
                if head_here:
                    e2 = _org(s, k, head_here[0], division)
                    if e2 > k and any(c.attach is None and c.type == "LOC" for c in division):
                        # (or its division: "الإدارة العامة للتعليم | بمحافظة الطائف"، "المحكمة الجزائية | بمدينة جدة")
                        k = e2
                        closed = True
                        break
                    division.clear()
            security_field = w[1:] == "الامن" and k + 1 < s.n and words[k + 1] in _SECURITY_OF
            if c0 == "و" and _is_def(w[1:]) and not closed and w[1:] not in FUNCTION and ndef \
                    and not s.entries(k, ("gaz",)) and (security_field or not any(
                        e[3][1] != "outlet" for e in s.entries(k, ("head",)))
                        and not any(e[2] == "head" and (e[3][1] != "outlet" or w[3:] == _AGENCY)
                                    for e in lex.first.get(w[3:], ()))) \
                    and not (_plural_of_agent(lex, w[3:]) and not _VERBAL_NOUN_SHAPE.fullmatch(w[3:]) and not any(
                        x and _is_def(x) and _plural_of_agent(lex, x[2:]) for x in words[j:k])):
                # (a head noun with the article starts a body of its own: "مكتب الزمازمة الموحد | والنقابة العامة"; an
                # outlet's does not: "هيئة الإذاعة والتلفزيون"; people are no part of a body's field, unless the name
                # has people already: "وزارة الشؤون البلدية والقروية | والمواطنين"، "نقابة الصحفيين والإعلاميين"; a
                # kind of security is a field, no force: "معهد العلوم | والأمن الدولي")
                k += 1  # وكالة الطاقة والموارد الطبيعية (but not "مجلس الأمن وألمانيا", "جماعة الجهاد والجماعة")
                continue
            break
        if in_comp and _is_def(w) and in_comp < 3 and w not in _KIN_PLURALS and not (
                k + 1 < bound and words[k + 1] in _OBJECT_PREPS and not w.endswith(("ي", "يه"))):
            # (a verbal noun with its preposition is the verb's object: "قوات الجيش الموالية للشرعية | السيطرة على";
            # brothers are the verb's object too: "ودعت المديرية العامة للجوازات | الأخوة اليمنيين")
            k += 1  # للدراسات السياسية
            in_comp += 1
            continue
        if in_comp and not _is_def(w) and _name_run(s, k) >= k + 2:
            break  # a complement is definite; a name after it is someone's: "… والأعمال الإنسانية | رأفت الصباغ"
        if owner is not None and w in _INSTITUTIONAL_ADJ and k == gz_span[1]:
            k += 1  # "مصرف البحرين المركزي"، "بنك الكويت الوطني": the adjective is the bank's
            continue
        if head_w == "مركز" and proper and w in _FACILITY_CENTRE_KINDS and _is_def(w):
            k += 1  # the kind of centre after its name: "مركز بانوراما مول | التجاري"
            break
        if cls == "facility" and proper and parts == 1 and w in _FACILITY_KINDS:
            k += 1  # the kind of facility after its name: "قاعدة حميميم الجوية"، "مطار الملك خالد الدولي"
            break
        if part_direction:
            k += 1  # a part of the place by its direction: "ريف حلب الغربي"، "ريف دمشق الجنوبي الغربي"
            if k < bound and words[k] in _DIRECTIONS:
                k += 1
            break
        if parts and w in _CORPORATE_SUFFIXES:
            k += 1  # the company's suffix after its name: "شركة تويوتا | موتور"
            break
        if head_w == "طريق" and parts and w in _ROAD_KINDS:
            k += 1  # the kind of road after its name: "طريق الجبيل السريع"، "طريق الملك فهد الدائري"
            break
        if closed and _PASSIVE_PARTICIPLE.fullmatch(w):
            break  # a description after the name: "حزب العمال الكردستاني | المحظور"
        if closed and place and w in _REGION_ELATIVES and parts == 1:
            k += 1  # a region's elative is part of its name: "منطقة البحيرات | الكبرى"
            continue
        if closed and not (_is_def(w) and ndef and not proper):
            break
        if place:
            if k == j and _is_def(w) and w not in lex.generic and len(w) >= 4 and (
                    head_w in _STREET_HEADS or head_w in _ADMIN_HEADS and w not in lex.freq and w[2:] not in lex.freq
                    and len(w) >= 5 and w not in lex.role_words
                    or head_w == "طريق" and k + 1 < bound and _road_goes_on(s, k + 1)):
                if head_w in _ADMIN_HEADS:
                    gz_span = (k, k + 1)  # the division's name alone is a mention too: "بلدة العيزرية" → "العيزرية"
                k += 1  # a street, a road, a district, a cemetery: "شارع الفيصلية"، "حي الملز"، "مقبرة الشهداء"
                parts += 1
                proper = True
                closed = True
                continue
            if k == j and head_w in _ADMIN_HEADS and k + 1 < bound and words[k + 1] and words[k + 1].isalpha() \
                    and words[k + 1] not in FUNCTION and not _is_def(words[k + 1]) and any(
                        e[2] == "head" and e[3][1] == "place" for e in s.entries(k, ("head",), with_clitic=False)):
                gz_span = (k, k + 2)  # PLACE_NAMED_BY_PLACE_WORD: "بلدة | تل شهاب"، "قرية | جبل عامل": the town's
                k += 2  # name opens with a place word; that name alone is a mention too
                parts += 1
                proper = True
                closed = True
                continue
            if w.endswith("يه") and s.tm(k):
                break  # an adjective: "قاعدة فضائية"
            if _not_place_word(s, k, w):
                break
            if (lex.namey(w) or w not in lex.common and w.isalpha() and len(w) >= 2
                    or k == j and not definite and cls == "place" and _rare_word_as_town(s, k, w)) \
                    and not w.startswith("ال") \
                    and not (w[:1] in "يت" and w.endswith(("ها", "هم", "هما")) and w not in lex.name_words) \
                    and not (s.tokens[k].suffix_start < s.tokens[k].end and w not in lex.name_words):
                # ("محافظة | يخسرها الحوثيون": an imperfect verb with its object pronoun; "قضاء | حاجته": a noun
                # with its pronoun)
                k += 1
                # a foreign place name of two words: "محافظة شانلي أورفة"، "مدينة سان خوسيه" (two or more unknown
                # words after it are a person's name more likely: "ولاية تكساس | تيد كروز")
                if k < bound and _foreign_word(s, k) and (words[k] or "")[:1] not in "وبل" \
                        and not (k + 1 < bound and _foreign_word(s, k + 1)) and not _past_verb_in_ta(s, k):
                    k += 1
                parts += 1
                proper = True
                closed = True
                continue
            kind_next = k + 1 < bound and words[k + 1] in _FACILITY_KINDS  # "قاعدة العند | الجوية"
            if _is_def(w) and parts == 0 and (lex.namey(w) or not definite and (cls == "place" or kind_next)
                                               and w not in lex.common and w not in lex.nisba_words
                                               and (kind_next or w[2:] not in lex.common)) \
                    and (w[2:] not in lex.freq or kind_next and w not in lex.freq):
                # (a place no vocabulary knows after "محافظة"، "مدينة"، "قرية": "محافظة الخرمة"، "قرية العارضة")
                k += 1
                parts += 1
                proper = True
                closed = True
                continue
            if _is_def(w) and parts == 0 and head_w in _NAMED_BY_WORD and not definite and not s.clitic(k) \
                    and w not in lex.nisba_words and w not in lex.role_words and w not in lex.generic \
                    and s.tokens[k].suffix_start == s.tokens[k].end \
                    and not (k + 1 < bound and (_is_def(words[k + 1] or "") or words[k + 1] == _ALA)):
                # GOVERNORATE_NAMED_BY_WORD: a governorate is named, even by an everyday word: "محافظة الخبر"،
                # "محافظة الوجه" (a city may be a description: "مدينة الألعاب"; keeping is no place: "محافظة الأمن
                # | على")
                k += 1
                parts += 1
                proper = True
                closed = True
                continue
            break
        if _is_def(w):
            if proper or ndef >= 3 or w in _KIN_PLURALS and (definite or in_comp):
                break  # (see the brothers above)
            if words[k - 1] in GENERAL and not w.endswith(("ي", "يه")) and w not in lex.nisba_words:
                break  # after "العام" only a nisba goes on: "جهاز الأمن العام | القبض عليه" (the object), but "الأمن
                # العام اللبناني"
            if definite and not w.endswith(("ي", "يه", "ه")) and cls != "team" and w[2:] not in _ADJ_WORDS:
                break  # a definite head takes adjectives, not a genitive: "البنك الدخول" ("الهيئة العليا" is one)
            if definite and w.endswith("يه") and not head_w.endswith(("ه", "ات")) and not plural and (
                    k == j or (words[k - 1] or "").endswith("ي") and _is_def(words[k - 1] or "")):
                break  # a feminine adjective does not agree with a masculine head: "برامج المعهد | التدريبية"، nor
                # after its masculine adjective: "وأقر المجلس البلدي | الميزانية"
            if ndef and not definite and (not _adjective_shape(w[2:]) or s.text[s.tokens[k].end - 2:s.tokens[k].end]
                                          in ("ئة", "ئه")):
                break  # after "وزارة الزراعة" an adjective may follow, not a noun: "رفع … وزارة الزراعة | التهنئة"
            if ndef and head_w.endswith("ه") and (words[k - 1] or "").endswith("ه") and not w.endswith(
                    ("ه", "ين", "ون", "ات")) and w[2:] not in _ADJ_WORDS:
                break  # a masculine adjective agrees with neither: "مبنى وزارة الخارجية | الشاهق"
            k += 1
            parts += 1
            ndef += 1
            continue
        if definite:
            break  # a definite head takes no indefinite word: "الحملة مستمرة"
        if ndef and not proper and ((words[k - 1] or "") in lex.freq or (words[k - 1] or "")[2:] in lex.freq):
            break  # nor does a definite genitive: "لجنة الانضباط | شاغرا" (a name in "ال" may go on: "الكسيس تسيبراس")
        if parts and w in lex.given:
            break  # a person's name follows the organisation: تنظيم القاعدة أيمن الظواهري
        if parts and w not in lex.name_words and (s.tokens[k].suffix_start < s.tokens[k].end or w.endswith(
                ("ها", "هم", "هما")) and (w[:-2] in lex.freq or w[:-3] in lex.freq)):
            break  # a noun with a pronoun ends the name: "شركة اديميتسو كوزان | أرباحها"
        if parts and _imperfect_in_ya(lex, w) or parts and not proper and ndef and _imperfect_in_ta(lex, w):
            break  # an imperfect verb after the name: "مركز الملك سلمان للإغاثة | يزور المرضى"، "لجنة التثمين | تؤهل"
        if in_comp and w in lex.freq and w not in lex.given and lex.name_score(w) < -0.5:
            break  # a known word after the name's complement is the verb: "مركز الأمير محمد بن نايف للمناصحة والرعاية
            # | شرع في" (an acronym may still close it: "… للعلوم والتقنية كاوست")
        if lex.namey(w) and w not in lex.given and not _past_verb_in_ta(s, k) and not s.accusative(k) \
                or (w in lex.name_words):
            k += 1  # (not a verb, nor an adverb with its tanween: "مجموعة | ضمت"، "ثانوية | قياسًا")
            parts += 1
            proper = True
            continue
        if parts == 0 and k == j and not place and cls == "gov" and not definite:
            # PLACE_OWNS_BODY: a body of a place named by its own head, "إمارة منطقة القصيم"، "شرطة محافظة الحناكية"
            # (the place stays a mention of its own)
            ph = [h for h in s.entries(k, ("head",), with_clitic=False) if h[3][0] == "LOC"]
            tmp: list[Cand] = []
            r = _org(s, k, ph[0], tmp) if ph else k
            if r > k:
                inner_place = tmp
                k = r
                parts += 1
                proper = closed = True
                continue
        if construct and k > j + 1 and (not _is_def(w) or s.accusative(k)):
            break  # after a construct name and its genitive no indefinite word goes on: "صندوق تنمية الموارد البشرية
            # | هدف"، "شرطة مكافحة الشغب | تحسبا"
        if parts == 0 and k == j and not definite and not place and _construct_noun(s, k, w, (head_w, cls, plural)):
            k += 1  # CONSTRUCT_NAME: "منظمة حظر الأسلحة الكيميائية"، "صندوق تنمية الموارد البشرية"، "محكمة أمن الدولة"
            parts += 1
            construct = True
            continue
        if parts == 0 and k == j:
            # indefinite construct: وكالة أنباء «فارس» — a second common noun only when a quoted name follows
            nxt = _quoted(s, k + 1)
            if nxt > k + 1:
                quoted = (k + 2, nxt - 1)
                k = nxt
                proper = True
                parts += 2
                break
        break
    end = k
    if parts == 0 or end <= j:
        return i
    host_span = None
    if head_w in _MISSION_HEADS and end + 1 < bound and words[end] in ("لدي", "في"):
        host = s.entries(end + 1, ("gaz",), with_clitic=False)
        if host and (host[0][3][0] == "LOC" or host[0][3][0] == "ORG" and words[end] == "لدي"):
            # MISSION_HOST: "سفارة المملكة لدى ماليزيا"، "القنصلية الأمريكية لدى أربيل"، "السفارة الأميركية في طهران"
            # (the host stays a mention)
            host_span = (end + 1, host[0])
            end = host[0][1]
    if p > 0 and words[i][p - 1] == "ل" and _after_candidate(words, i):
        return i  # what a candidate runs for is an office: "مرشحة الحزب الديمقراطي | للرئاسة الأميركية"
    if head_w in ("الوكاله", "الشركه") and not any(w and w.startswith("لل") for w in words[j:end]):
        return i  # "الوكالة" names an agency with its field ("الوكالة الوطنية للإعلام"); "الوكالة الروسية" is the
        # agency named before; so with "الشركة": "الشركة السعودية للكهرباء", not "الشركة الكورية"
    if head_w == "الشركه" and not (nationality or words[j] in _COMPANY_OF_STATE or
                                   s.entries(j, ("nisba", "gaz"), with_clitic=False)):
        return i  # and its adjective says whose it is: "الشركة الوطنية للإسكان", not "الشركة الراعية للمباراة"
    pair = (head_w.removeprefix("ال"), words[j])
    if pair in _GENERIC_BODIES and (end == j + 1 or pair[0] in _GENERIC_WITH_ADJECTIVES) and not quoted:
        # GENERIC_BODY: "فريق العمل"، "مجلس الإدارة"، "لجنة التحكيم"، "هيئة التدريس" — every body has one: no
        # entity, but still the complement of a role ("رئيس مجلس الإدارة أحمد عيد")
        out.append(_cand(s, i, p, end, ty, "generic", source="head", head_class=cls))
        return end
    if (definite or department) and not (
            proper or nationality or quoted or cls == "team"
            or sum(1 for w in words[j:end] if w and w not in STOP_ADJ) >= 2):
        return i  # "القيادة الحكيمة", "المديرية المختلفة" are descriptions, not names; "إدارة الأزمة" an activity
    if department and definite and not (proper or nationality or quoted) and all(
            w is None or _is_def(w) and _adjective_shape(w[2:]) for w in words[j:end]):
        return i  # adjectives alone describe: "المؤسسة المالية الكبرى"، "الإدارة الهلالية المستفيدة"
    if plural and not (nationality or proper or not definite and (_is_def(words[j] or "") or
                                                                  end > j + 1 and construct)):
        return i
    if definite and nationality and j - i == 1 and s.tm(i) and (words[j] or "").endswith("ي"):
        return i  # a masculine nisba does not agree with a feminine head: "سباق الرئاسة الأميركي" qualifies سباق
    if head_w == "مركز" and (words[j] in _FACILITY_CENTRE_KINDS or any(w in _FACILITY_CENTRE_KINDS for w in
                                                                       words[j + 1:end])):
        ty, cls = "LOC", "facility"  # FACILITY_CENTRE: a health centre, a mall, a historic site is a place, as
        # hospitals are: "مركز صحي خريص"، "مركز بانوراما مول التجاري"، "مركز الملك عبدالعزيز التاريخي"
    c = _cand(s, i, p, end, ty, "name", source="head", head_class=cls)
    c.nationality = nationality
    c.short = None if office else (j, short_end or end)
    if quoted is not None:
        c.canonical = _listed_canonical(s, i, p, end, ty)  # QUOTED_KNOWN_BODY: "تنظيم “الدولة الإسلامية”" is the
        # listed "تنظيم الدولة الإسلامية" (داعش) with its marks
    out.append(c)
    if office:
        _role(s, j, office, out)  # the office stays the person's mention, as a place stays the place's
    out.extend(inner_place)
    if host_span is not None:
        at, (hp, h_end, _hc, (h_ty, h_canonical, h_kind)) = host_span
        out.append(_cand(s, at, hp, h_end, h_ty, "name", canonical=h_canonical, source="gaz", kind_=h_kind))
        bare = Cand(c.start, s.tokens[at - 2].end, "", ty, "name", i, at - 1, source="inner")
        bare.text = s.text[bare.start:bare.end]
        bare.attach = c  # the mission without its host is a mention too: "سفارة السويد" in "سفارة السويد في الرياض"
        out.append(bare)
    if division:
        out.extend(division)  # (the division is still a mention of itself: "محافظة الطائف")
        return end
    if located is not None:
        at, (lp, l_end, _lc, (l_ty, l_canonical, l_kind)) = located
        out.append(_cand(s, at, lp, l_end, l_ty, "name", canonical=l_canonical, source="gaz", kind_=l_kind))
        return end
    if quoted and quoted[1] > quoted[0]:
        inner = Cand(s.tokens[quoted[0]].start, s.tokens[quoted[1] - 1].end, "", ty, "name", quoted[0], quoted[1],
                     source="quoted")
        inner.text = s.text[inner.start:inner.end]
        inner.attach = c
        c.short = quoted
        out.append(inner)
    elif gz_span is not None and gz_span[1] == (host_span[0] - 1 if host_span is not None else end) and not place:
        # a place that owns the organisation stays a mention of the place: "سفارة إيران" -> إيران (LOC)
        _p, g_end, _c, (g_ty, g_canonical, g_kind) = owner
        out.append(_cand(s, gz_span[0], 0, g_end, g_ty, "name", canonical=g_canonical, source="gaz", kind_=g_kind))
    elif gz_span is not None and not definite and (gz_span[1] == end or all(
            words[x] in _DIRECTIONS for x in range(gz_span[1], end))):
        # a known place after a generic place head is also named alone: "مدينة نيويورك" -> نيويورك
        inner = Cand(s.tokens[gz_span[0]].start, s.tokens[gz_span[1] - 1].end, "", ty, "name", gz_span[0],
                     gz_span[1], source="inner")
        inner.text = s.text[inner.start:inner.end]
        inner.attach = c
        out.append(inner)
    elif not organizes:
        # the proper-name part alone: شركة مصافي اديميتسو كوزان -> اديميتسو كوزان
        run = [m for m in range(j, end) if words[m] and not words[m].startswith("لل")
               and not (words[m][:1] in "وف" and _is_def(words[m][1:])) and (
               not _is_def(words[m]) and (lex.namey(words[m]) or (place or cls == "company") and _foreign_word(s, m)
                                          or cls == "place" and _rare_word_as_town(s, m, words[m]))
               or cls == "outlet" and end == j + 1 and head_w.removeprefix("ال") in _PAPERS
               and words[m] not in lex.generic)]
        # (an outlet's own name, definite too: "صحيفة الوئام" -> "الوئام"، "جريدة الاقتصادية" -> "الاقتصادية"; not
        # "و" + a definite word: "بنك التسليف | والادخار")
        # (after a place head the bare name is the place: "مدينة أنطاليا" -> "أنطاليا")
        single_ok = cls == "outlet" or cls == "company" and len(run) == 1 and words[run[0]] not in lex.freq \
            or cls == "place" and run[:1] == [j] and words[j] not in lex.given  # ("طريق عثمان بن عفان": a person)
        need = 1 if single_ok else 2
        if len(run) >= need and run == list(range(run[0], run[-1] + 1)) and run[-1] == end - 1 \
                and (run[0] > j or single_ok) and not any(w in lex.role_words for w in words[j:run[0]] if w):
            # (not a person's name inside: "مطار الأمير محمد بن عبدالعزيز" has no short name "محمد بن عبدالعزيز")
            inner = Cand(s.tokens[run[0]].start, s.tokens[run[-1]].end, "", ty, "name", run[0], run[-1] + 1,
                         source="inner")
            inner.text = s.text[inner.start:inner.end]
            inner.attach = c
            out.append(inner)
    return end


@register("entities")
class EntityExtractor(Extractor):
    """Finds people, organisations and places and resolves them into one Entity per referent.

    ``lexicons`` overrides the default lexicon files per group (see ``arnews.extractors.entity_lexicon.
    DEFAULT_FILES``); ``extra_entries`` adds ``(form, type, canonical)`` gazetteer rows.
    """

    requires = ("tokens", "sentences")
    provides = ("entities", "mentions")

    def __init__(self, lexicons: dict[str, Sequence[str]] | None = None,
                 extra_entries: Iterable[tuple[str, str, str]] = ()) -> None:
        extra = tuple(extra_entries)
        if lexicons or extra:
            self.lexicon = EntityLexicon.load(lexicons, extra)
        else:
            self.lexicon = EntityLexicon.default()

    def __call__(self, article):
        s = _Sent(article, self.lexicon)
        cands = _find(s)
        entities = resolve(article, cands, self.lexicon, s.words, s.tokens)
        return attrs.evolve(article, entities=entities)

