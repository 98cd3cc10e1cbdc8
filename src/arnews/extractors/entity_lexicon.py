"""The lexicons the entity extractor matches against, compiled once into dicts keyed by normalised words.

Every entry is indexed under each clitic-prefixed form of its first word (و، ف، ب، ل، ك، وب، فل …, and ل + ال
written "لل"), so that matching costs one dict lookup per token, whatever the tokenizer decided about clitics.

>>> lex = EntityLexicon.default()
>>> [(p, rest, cat) for p, rest, cat, data in lex.first["لروسيا"] if not rest]
[(1, (), 'gaz')]
>>> [e[:3] for e in lex.first["للامم"] if e[1] == ("المتحده",)]
[(1, ('المتحده',), 'gaz')]
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from functools import lru_cache

from ..errors import LexiconError
from ..lexicons import data_path, read_table, read_words
from ..text.normalize import MARKS, normalize_word
from ..text.tokens import VOCABULARY_FILES

_RAW_STRIP = re.compile("[\u064b-\u0652\u0670\u0640]")
_ALEF = re.compile("[أإآ]")

__all__ = ["DEFAULT_FILES", "EntityLexicon", "clitic_variants", "nw"]

#: lexicon files read by default (a user passes their own names or paths to EntityLexicon.load)
DEFAULT_FILES = {
    # read in this order; a later row for the same form overrides an earlier one
    "gazetteers": ("gazetteer_anercorp.tsv", "gazetteer_cldr.tsv", "gazetteer.tsv"),
    # more places and organisations in gazetteer format, read before the gazetteers (which override them); their places
    # are found as listed only, never through PLACE_SPELLING (a long vowel more or less), which their many foreign
    # names would make guess wrong
    "more_gazetteers": ("gazetteer_places.tsv", "gazetteer_orgs.tsv"),
    "nisba": ("nisba.tsv",),
    "roles": ("roles.tsv",),
    "org_heads": ("org_heads.tsv",),
    "given_names": ("given_names.txt", "given_names_anercorp.txt", "given_names_east_asian.txt"),
    # more given names (Arabic, Persian, Turkish, Western …), weak like the ANERcorp ones; a name only these list may
    # also be a person's last name and so a short name of him ("ديفيد كاميرون" … "كاميرون")
    "more_given_names": ("given_names_more.txt",),
    # family and tribal names of the Gulf ("العتيبي"، "الثقفي"), known like the last words of gazetteer names
    "family_names": ("family_names.txt",),
    "particles": ("name_particles.tsv",),
    "generic": ("generic_refs.tsv",),
    # words of match reports, and where a team's name follows them (sports_context.tsv)
    "sports": ("sports_context.tsv",),
    # clubs whose names are common words (الهلال، النصر): teams only in an article about sport
    "clubs": ("clubs.txt",),
    # common English words: a run of them in Latin script is no name ("Visit Today")
    "latin_common": ("latin_common_words.txt",),
    "vocabulary": VOCABULARY_FILES,
    # speech verbs introduce a speaker's name: "وقال برودي" (read when present; owned by the quotes extractor)
    "speech_verbs": ("speech_verbs.tsv",),
    # character n-gram weights of person-name words (tools/build_name_model.py)
    "name_model": ("name_ngrams.tab",),
    # person-name word model (tools/build_person_model.py)
    "person_model": ("person_model.tab",),
    # words tagged as part of a person's name in most of their occurrences (tools/build_name_lexicons.py)
    "person_words": ("person_words_anercorp.tsv",),
}

_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_TYPES = {"PER", "ORG", "LOC", "MISC"}


@lru_cache(maxsize=200_000)
def nw(word: str) -> str:
    """Normalised form of a word or phrase (no diacritics, one alef, ي for ى, ه for ة)."""
    return normalize_word(word)


# MONTH_NOT_NAME: Hijri months that are also given names (رمضان، رجب، شعبان), named as months after "شهر", before a
# year or with the epithets of a month: "شهر رمضان"، "رجب لعام 1366هـ"، "رمضان المبارك"، "رمضان كريم" (a greeting)
HIJRI_MONTHS = frozenset(nw(w) for w in ("رمضان", "رجب", "شعبان", "شوال", "محرم", "صفر"))
MONTH_WORDS = frozenset(nw(w) for w in ("شهر", "لشهر", "بشهر", "وشهر", "فشهر", "شهري", "أشهر", "الشهر"))
MONTH_EPITHETS = frozenset(nw(w) for w in (
    "المبارك", "الكريم", "الفضيل", "المعظم", "الماضي", "المقبل", "القادم", "الحالي", "الجاري", "كريم", "مبارك",
    "لعام", "عام", "من", "الحرام"))


def month_as_month(words: Sequence[str | None], k: int, end: int | None = None) -> bool:
    """Normalised word k of ``words`` is a Hijri month that is also a given name, used as the month: after "شهر"
    or before an epithet of a month or a year, or in a pair of months ("رجب وشعبان") (``end``: where its sentence
    ends).

    >>> month_as_month(["في", "شهر", "رمضان"], 2), month_as_month(["وقال", "رمضان", "قاديروف"], 1)
    (True, False)
    """
    w = words[k]
    if not hijri_month(w):
        return False
    end = len(words) if end is None else end
    if w not in HIJRI_MONTHS:
        return k > 0 and words[k - 1] in HIJRI_MONTHS  # the second month of a pair: "شهري رجب | وشعبان"
    return k > 0 and words[k - 1] in MONTH_WORDS or k + 1 < end and (
        words[k + 1] in MONTH_EPITHETS or words[k + 1] not in HIJRI_MONTHS and hijri_month(words[k + 1]))


def hijri_month(w: str | None) -> bool:
    """Normalised w is a Hijri month that is also a given name, with "و" or none: "رجب"، "وشعبان"."""
    return bool(w) and (w in HIJRI_MONTHS or w[:1] == "و" and w[1:] in HIJRI_MONTHS)


def clitic_variants(w: str) -> Iterable[tuple[str, int]]:
    """Each proclitic-prefixed spelling of ``w`` and where ``w`` starts in it (ل + ال → لل starts at 1).

    >>> sorted(clitic_variants("الامم"))[:3]
    [('الامم', 0), ('بالامم', 1), ('فالامم', 1)]
    """
    for p in _PREFIXES:
        yield p + w, len(p)
    if w.startswith("ال") and len(w) > 3:
        for p in ("", "و", "ف"):
            yield p + "لل" + w[2:], len(p) + 1


# speech verbs that are rather "went on" before a name: "واصل الائتمان الممنوح توسعه" (a cue only before quote marks)
_NOT_BEFORE_NAMES = frozenset(("واصل",))

# the posts that are also named with the body's pronoun ("its spokesman", "their leader") before the holder's name
POSSESSED_TITLES = frozenset(nw(w) for w in ("رئيس", "نائب", "وزير", "وكيل", "مستشار", "متحدث", "ناطق", "سفير",
                                             "مندوب", "مبعوث", "أمين", "مدير", "محافظ", "قائد", "زعيم", "مؤسس",
                                             "مدرب", "عميد", "سكرتير", "مراسل"))

# generic adjectives that never make a name more specific (الحكومة الجديدة، المجلس الحالي)
STOP_ADJ = frozenset(nw(w) for w in ["الجديد", "الجديدة", "الحالي", "الحالية", "السابق", "السابقة", "الأسبق", "المقبل", "المقبلة", "الماضي", "الماضية", "الأخير", "الأخيرة", "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الكبير", "الكبيرة", "الصغير", "الأكبر", "الأكثر", "نفسه", "نفسها", "ذاته", "ذاتها", "المذكور", "المذكورة", "المعني", "المعنية", "المعنيين", "اليوم", "أمس", "الأمس", "غدا", "الآن", "كله", "كلها", "جميع", "المختص", "المختصة", "المختصين", "الصادر", "الصادرة", "التابع", "التابعة", "المشار", "المسؤول", "المسؤولة", "المسؤولين", "المحلية", "المحلي"])

# adjectives allowed inside a role description (المتحدث الرسمي باسم، المدير العام، الرئيس التنفيذي)
ROLE_ADJ = frozenset(nw(w) for w in ["الرسمي", "الرسمية", "السامي", "السامية", "العام", "العامة", "التنفيذي", "التنفيذية", "السابق", "السابقة", "الأسبق", "الأعلى", "الأول", "الأولى", "الإقليمي", "الاقليمي", "المساعد", "المساعدة", "المكلف", "الفخري", "الدائم", "الخاص", "الخاصة", "المؤسس", "المنتدب", "الجديد", "الجديدة", "الحالي", "الحالية", "الأمريكي", "الجمهوري", "الجمهورية", "الديمقراطي", "الديمقراطية", "المحافظ", "العمالي", "المستقل", "المستقلة", "المعارض", "المعارضة", "المعروف", "المعروفة", "الشهير", "الشهيرة", "البارز",
                                          "البارزة", "القدير", "القديرة", "المخضرم", "الراحل", "الراحلة", "المخلوع",
                                          "المعزول", "المبدع", "المبدعة", "المتميز", "المتميزة", "المستقيل",
                                          "المستقيلة", "المقال", "المقالة", "المناوب", "المناوبة", "المفدى",
                                          "المعظم", "المعظمة"])

# the Persian and Turkish endings of a family name: "محمد حسن زاده"، "أحمد داود أوغلو" (a surname by themselves)
LAST_NAME_WORDS = frozenset(nw(w) for w in ("زاده", "أوغلو", "اوغلو", "أوغلي"))

# heads that also name a department of another body ("إدارة النادي"): a body only when no body follows, and the
# lesser name when the body is also named under another head ("شركة الخطوط …" before "إدارة الخطوط …")
DEPARTMENT_HEADS = frozenset(nw(w) for w in ("إدارة", "الإدارة", "مكتب", "المكتب", "دائرة", "المؤسسة", "المركز"))

# prepositions that open a role's complement: "المحلل في معهد …"، "سفير روسيا لدى …"، "المتحدث باسم …"
COMPLEMENT_PREPS = frozenset(nw(w) for w in ("في", "لدى", "باسم", "عن", "ب"))

# PURPOSE_BEFORE_PREPOSITION: verbal nouns that, after "ل" and before their verb's preposition, say what a body does,
# not what it is named for: "الحكومة الكوبية | للمشاركة في"، "وزارة الدفاع | للمباشرة في"، "الحكومة اليمنية | للتحضير
# لمرحلة"
PURPOSE_BEFORE_PREPOSITION = frozenset(nw(w) for w in (
    "المشاركة", "الدخول", "السفر", "الموافقة", "التعليق", "التفاوض", "التعرف", "المباشرة", "التحضير", "الترويج",
    "الخلاص", "الدفاع", "الكشف", "العمل", "التصدي", "الوقوف", "الانضمام", "المساهمة", "التوصل", "الرد", "التدخل"))

# prepositions that take a verb's (or its verbal noun's) object: "للمشاركة | في"، "للدفاع | عن"
VERB_PREPOSITIONS = frozenset(nw(w) for w in ("في", "على", "عن", "إلى", "مع", "من"))

# the points of the compass as nouns: "شمال العراق"، "جنوب شرق العاصمة"
COMPASS = frozenset(nw(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط"))
# the second words of compound given names: "عز الدين"، "عبد الله"
COMPOUND_ENDS = frozenset({"الدين", "الله"})
# kinship nouns: "ابن المواطنة"، "والد اللاعب" describe a person; with a pronoun ("أخته"، "زوجته") they stand before
# the relative's name
KIN = frozenset(nw(w) for w in ("ابن", "ابنة", "والد", "والدة", "شقيق", "شقيقة", "زوج", "زوجة", "أخ", "أخت", "جد",
                                "جدة", "عم", "عمة", "خال", "خالة", "أم", "أب", "نجل", "نجلة", "حفيد", "حفيدة", "أرملة"))


def kin_with_pronoun(w: str) -> bool:
    """KIN_WITH_PRONOUN: normalised word w is a kinship noun with its pronoun ("أخته"، "زوجته"، "نجلها"، "أخيه"):
    the relative's name follows it, the word itself is no part of a name.

    >>> kin_with_pronoun(nw("زوجته")), kin_with_pronoun(nw("أخيه")), kin_with_pronoun(nw("سمه"))
    (True, True, False)
    """
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            stem = w[:-len(suffix)]
            return stem in KIN or stem[-1] in "تويا" and stem[:-1] + ("ه" if stem[-1] == "ت" else "") in KIN
    return False

# "general", after a body's head: "الهيئة العامة للسياحة"، "الأمن العام"
GENERAL = frozenset(nw(w) for w in ("العامة", "العام"))

# an indefinite participle in the accusative (فاعلاً، مُفاعِلاً written without its tanween): "بقي المنصب شاغرا"،
# "محاولا تدريبي"
ACCUSATIVE_PARTICIPLE = re.compile("م?.ا..ا")
# the verbal noun استفعال (استفال of a hollow root), bare or with a pronoun: "استقدام"، "استيائه"، "استعادتها"
ISTIFAAL = re.compile(r"است\w\w?ا\w(?:ه|ها|هم|هما)?")

# military ranks, and the indefinite words that qualify one before the holder's name (RANK_QUALIFIERS): "الفريق أول
# ركن"، "العميد طيار ركن"، "اللواء بحري"، "العقيد دكتور"
MILITARY_RANKS = frozenset(nw(w) for w in ("المشير", "الفريق", "اللواء", "العميد", "العقيد", "المقدم", "الرائد",
                                           "النقيب", "الملازم", "الرقيب", "العريف", "الجندي"))
RANK_QUALIFIERS = frozenset(nw(w) for w in ("أول", "ركن", "الركن", "طيار", "الطيار", "بحري", "مهندس", "دكتور",
                                            "طبيب", "مظلي"))

# the words of a large count after a number or alone: "5 مليارات | يوان"، "35 ألف | جندي"، "عشرات | الجنود"
MULTIPLIERS = frozenset(nw(w) for w in ("ألف", "آلاف", "ألفا", "مئات", "عشرات", "مليون", "ملايين", "مليار", "مليارات",
                                        "بليون", "ترليون", "تريليون"))

# words that end a name: prepositions, conjunctions, pronouns, particles, frequent verbs and adverbs
FUNCTION = frozenset(nw(w) for w in ["في", "من", "إلى", "الى", "على", "عن", "مع", "عند", "لدى", "حتى", "منذ", "بين", "خلال", "بعد", "قبل", "حول", "ضد", "دون", "نحو", "عبر", "وفق", "وفقا", "بحسب", "حسب", "تحت", "فوق", "أن", "إن", "لأن", "كأن", "لكن", "بل", "أو", "ام", "أم", "ثم", "لا", "لم", "لن", "ما", "ماذا", "هل", "قد", "لقد", "سوف", "كل", "بعض", "غير", "سوى", "أي", "التي", "الذي", "الذين", "اللذين", "اللتين", "هو", "هي", "هم", "هن", "هما", "نحن", "أنا", "انت", "أنت", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هناك", "هنا", "كما", "حيث", "إذ", "إذا", "اذا", "لو", "كي", "لكي", "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "أضاف", "أضافت", "أشار", "أشارت", "أوضح", "أوضحت", "أعلن", "أعلنت", "ذكر", "ذكرت", "كان", "كانت", "يكون", "تكون", "وكان", "وقال", "وقالت", "وأضاف", "ليس", "ليست", "أيضا", "أيضاً", "جدا", "عام", "عاما", "يوم", "اليوم", "أمس", "غدا", "مساء", "صباح", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "إنه", "أنه", "إنها", "أنها", "وهو", "وهي", "ثاني", "ثالث", "رابع", "خامس", "أول", "أكبر", "أضخم", "أصغر", "أحد", "إحدى"])


# imperfect forms of speech verbs, which introduce a speaker as the perfect ones do: "ويقول ديمورا إن"
_SPEECH_IMPERFECT = frozenset(nw(w) for w in ["يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد", "يرى", "ترى",
                                               "يوضح", "توضح", "يشير", "تشير", "يعتبر", "تعتبر", "يعتقد",
                                               "تعتقد", "يوضح", "يتابع", "تتابع", "يختم", "يردف"])


class EntityLexicon:
    """All entity lexicons, compiled. Build with :meth:`default` or :meth:`load` (file names or paths)."""

    def __init__(self) -> None:
        # normalised first word (with its clitics) -> [(name offset, rest words, category, data)], longest first
        self.first: dict[str, list[tuple[int, tuple[str, ...], str, object]]] = {}
        self.given: frozenset[str] = frozenset()
        self.given_raw: frozenset[str] = frozenset()
        self.freq: dict[str, int] = {}
        self.speech: frozenset[str] = frozenset()
        self.speech_imperfect: frozenset[str] = frozenset()
        self.person_model: dict[str, float] = {}
        self.person_threshold = 0.5
        self.model: dict[str, float] = {}
        self._scores: dict[str, float] = {}
        self._namey: dict[tuple[str, bool], bool] = {}
        self._pw: dict[str, float] = {}
        self.per_raw: frozenset[str] = frozenset()
        self.bare_alef_short: frozenset[str] = frozenset()
        self.raw_freq: dict[str, int] = {}
        self.strong_given: frozenset[str] = frozenset()  # from the first (hand-curated) given-name file
        self.given_also_family: frozenset[str] = frozenset()  # given names only the "more" list has (also surnames)
        self.surnames: frozenset[str] = frozenset()  # one-word person names of the gazetteer (بوتين)
        self.family: frozenset[str] = frozenset()
        self.person_words: frozenset[str] = frozenset()
        self.name_words: frozenset[str] = frozenset()
        self.particles: dict[str, str] = {}
        self.generic: frozenset[str] = frozenset()
        self.common: frozenset[str] = frozenset()
        self.nisba_words: frozenset[str] = frozenset()
        self.role_words: frozenset[str] = frozenset()
        # roles that count only as written (with their hamza) because the normalised form is also a function word:
        # normalised word -> the written form, the role's key in the lexicon ("امام" -> "إمام": إمام المسجد, not
        # أمام المسجد)
        self.role_spellings: dict[str, str] = {}
        self.sports: dict[str, str] = {}  # word -> "context" | "slot" | "result"
        self.clubs: dict[str, bool] = {}  # club name -> also an everyday word ("shared")
        self.latin_common: frozenset[str] = frozenset()
        self.east_asian: frozenset[str] = frozenset()
        self.word_tables = None  # the entity matcher's decisions per word form (entities._WordTables), made on use
        self._place_spellings: dict[str, str | None] = {}  # word form -> the listed place it spells, made on use
        self._places_by_deletion: dict[str, set[str]] | None = None
        self._places: set[str] = set()
        self.unspelled_places: frozenset[str] = frozenset()  # listed places PLACE_SPELLING never guesses

    # ------------------------------------------------------------------ building
    @classmethod
    def default(cls) -> EntityLexicon:
        return _default()

    @classmethod
    def load(cls, files: dict[str, Sequence[str]] | None = None,
             extra_entries: Iterable[tuple[str, str, str]] = ()) -> EntityLexicon:
        """Compile lexicons; ``files`` overrides :data:`DEFAULT_FILES` per group (names or paths), and
        ``extra_entries`` adds ``(form, type, canonical)`` gazetteer rows."""
        spec = {**DEFAULT_FILES, **(files or {})}
        self = cls()
        entries: dict[tuple[str, ...], tuple[str, object]] = {}

        # the vocabulary (read first: the gazetteer's spelling variants must not be known words)
        common = set()
        freq: dict[str, int] = {}
        raw_freq: dict[str, int] = {}
        for name in spec["vocabulary"]:
            for row in read_table(name):
                if len(row) >= 2 and row[1].isdigit():
                    n = int(row[1])
                    raw_freq[row[0]] = max(raw_freq.get(row[0], 0), n)
                    k = nw(row[0])
                    freq[k] = freq.get(k, 0) + n
                    if n >= 3:
                        common.add(k)

        gaz: dict[str, tuple[str, str, str]] = {}
        places = set()
        for group in ("more_gazetteers", "gazetteers"):
            for name in spec.get(group, ()):
                for row in read_table(name):
                    if len(row) >= 2 and row[1] == "-":
                        gaz.pop(nw(row[0]), None)  # an everyday word an earlier list names ("مشهد", a scene)
                        places.discard(nw(row[0]))
                        continue
                    if len(row) < 2 or row[1] not in _TYPES:
                        continue
                    form = row[0]
                    canonical = row[2] if len(row) > 2 and row[2] and not row[2].isdigit() else form
                    kind = row[3] if len(row) > 3 else ""
                    gaz[nw(form)] = (row[1], canonical, kind)
                    if group == "more_gazetteers" and row[1] == "LOC":
                        places.add(nw(form))
                    else:
                        places.discard(nw(form))
        self.unspelled_places = frozenset(places)
        _add_g_spellings(gaz, freq)
        _add_vowel_spellings(gaz, freq)
        _add_american_spellings(gaz)
        for form, ty, canonical in extra_entries:
            gaz[nw(form)] = (ty, canonical, "user")
        generic = {nw(r[0]) for name in spec["generic"] for r in read_table(name) if r}
        for form, data in gaz.items():
            words = tuple(form.split())
            if form not in generic:
                entries[words] = ("gaz", data)

        nisba_words = set()
        for name in spec["nisba"]:
            for row in read_table(name):
                country = row[1] if len(row) > 1 else ""
                forms = set(_nisba_forms(row[0]))
                for irregular in (row[2].split() if len(row) > 2 else ()):
                    forms |= {irregular, "ال" + irregular}
                for f in forms:
                    words = tuple(nw(f).split())
                    nisba_words.update(words)
                    entries.setdefault(words, ("nisba", country))
        self.nisba_words = frozenset(nisba_words)
        role_words = set()
        for name in spec["roles"]:
            for row in read_table(name):
                if len(row) < 2:
                    continue
                if len(row) >= 3 and row[2] == "spelled" and " " not in row[0]:
                    self.role_spellings[nw(row[0])] = written = MARKS.sub("", row[0])
                    words = (written,)
                else:
                    words = tuple(nw(row[0]).split())
                entries[words] = ("role", row[1])
                if " " not in row[0]:
                    role_words.add(words[0] if words else "")
                if row[1] == "title" and words and words[0] in POSSESSED_TITLES and len(words) == 1:
                    for own in ("ها", "هم"):  # POSSESSED_TITLE: "متحدثها الرسمي"، "رئيسها التنفيذي"، "زعيمهم"
                        entries.setdefault((words[0] + own,), ("role", "title"))
        self.role_words = frozenset(role_words)
        for name in spec["org_heads"]:
            for row in read_table(name):
                if len(row) >= 3 and row[1] in _TYPES:
                    words = tuple(nw(row[0]).split())
                    plural = len(row) > 3 and row[3] == "plural"
                    entries.setdefault(words, ("head", (row[1], row[2], plural)))
        given = set()
        given_raw = set()
        more: set[str] = set()
        for n, name in enumerate((*spec["given_names"], *spec.get("more_given_names", ()))):
            listed = read_words(name)
            raw = {_RAW_STRIP.sub("", w) for w in listed if " " not in w}
            for w in listed:
                if " " in w:  # a compound given name is a known name of its own: نور الدين، عز الدين
                    entries.setdefault(tuple(nw(w).split()), ("gaz", ("PER", w, "given")))
            given_raw.update(raw)
            given_raw.update(_ALEF.sub("ا", w) for w in raw)
            words = {nw(w) for w in raw}
            (given if n < len(spec["given_names"]) else more).update(words)
            if n == 0:
                self.strong_given = frozenset(words)
            if "east_asian" in str(name):
                self.east_asian = frozenset(words)  # family names that come first: كيم، شي، مون
        self.given_also_family = frozenset(more - given)
        self.given = frozenset(given | more)
        self.given_raw = frozenset(given_raw)
        self.particles = {nw(r[0]): r[1] for name in spec["particles"] for r in read_table(name) if len(r) >= 2}
        self.generic = frozenset(generic)
        self.sports = _sports_words(spec.get("sports", ()))
        self.clubs = {nw(r[0]): len(r) > 1 and r[1] == "shared"
                      for name in spec.get("clubs", ()) for r in read_table(name)}
        self.latin_common = frozenset(w.lower() for name in spec.get("latin_common", ()) for w in read_words(name))

        speech = set()
        every_verb = set()  # the past of every verb of the speech lexicon, praise and blame too: "امتدح"، "ثمنت"
        # the imperfect of every verb of the speech lexicon (praise and blame too): "يشيد"، "تنتقد"، "يطالب", which
        # end a name before them ("كيري | يشيد بجهود مصر")
        imperfect = set()
        for name in spec.get("speech_verbs", ()):
            try:
                rows = read_table(name)
            except LexiconError:  # another extractor's lexicon: optional here
                continue
            for row in rows:
                if len(row) >= 2 and row[0] and " " not in row[0]:
                    every_verb.update({nw(row[0]), nw(row[0]) + "ت"})
                if len(row) >= 2 and row[1] in ("say", "opinion", "deny", "belief", "ask", "directive") \
                        and row[0] not in _NOT_BEFORE_NAMES:
                    extra = [f for f in (row[6].split(",") if len(row) > 6 and row[6] != "-" else [])
                             if not f.strip().endswith("ه")]  # (not "قاله": said it)
                    for f in [row[0]] + extra:
                        f = nw(f.strip())
                        if f and " " not in f:
                            speech.update({f, f + "ت"})
                if len(row) >= 3 and row[2] != "-":
                    stem = nw(row[2])
                    imperfect.update({"ي" + stem, "ت" + stem})
        speech.update(_SPEECH_IMPERFECT)
        self.speech = frozenset(speech)
        self.speech_verbs = frozenset(every_verb)
        self.speech_imperfect = frozenset(imperfect)
        model: dict[str, float] = {}
        for name in spec.get("name_model", ()):
            for row in read_table(name):
                if len(row) >= 2:
                    try:
                        model[row[0]] = float(row[1])
                    except ValueError:
                        continue
        self.model = model
        self._scores: dict[str, float] = {}
        pm: dict[str, float] = {}
        self.person_threshold = 0.5
        for name in spec.get("person_model", ()):
            try:
                rows = read_table(name)
            except LexiconError:  # the model file is optional
                continue
            for row in rows:
                if len(row) >= 2:
                    try:
                        pm[row[0]] = float(row[1])
                    except ValueError:
                        continue
            with open(data_path(name), encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("# threshold\t"):
                        self.person_threshold = float(line.split("\t")[1])
                        break
        self.person_model = pm
        self._namey: dict[tuple[str, bool], bool] = {}
        first: dict[str, list] = {}
        for f in self.speech:
            for v, p in (("", 0), ("و", 1), ("ف", 1)):
                first.setdefault(v + f, []).append((p, (), "speech", None))
        for words, (cat, data) in entries.items():
            for v, p in clitic_variants(words[0]):
                first.setdefault(v, []).append((p, words[1:], cat, data))
        for g in self.given:
            for v, p in clitic_variants(g):
                first.setdefault(v, []).append((p, (), "given", None))
        for lst in first.values():
            lst.sort(key=lambda e: (-len(e[1]), e[0]))
        self.first = first

        name_words = set(self.given)
        surnames = set()
        per_raw = set()
        short_hamza: dict[str, bool] = {}
        for name in (*spec.get("more_gazetteers", ()), *spec["gazetteers"]):
            for row in read_table(name):
                if len(row) >= 2 and row[1] == "PER" and " " not in row[0]:
                    per_raw.add(_RAW_STRIP.sub("", row[0]))
                if len(row) >= 2 and row[1] != "PER" and " " not in row[0] and len(row[0]) <= 3:
                    key = normalize_word(row[0])
                    short_hamza[key] = short_hamza.get(key, False) or bool(_ALEF.search(row[0]))
        self.per_raw = frozenset(per_raw | given_raw)
        # short listed names written with a bare alef ("فاس"، "وام"): the same letters with a hamza are other words
        # ("فأس", an axe; "وأم", and a mother)
        self.bare_alef_short = frozenset(k for k, hamza in short_hamza.items() if not hamza and "ا" in k)
        for words, (cat, data) in entries.items():
            if cat == "gaz" and data[0] == "PER":
                name_words.update(w for w in words if len(w) >= 3 and w not in FUNCTION)
                if len(words) == 1:
                    surnames.add(words[0])
        self.surnames = frozenset(surnames - self.strong_given)
        # family names: last words of multi-word person names ("دونالد رامسفيلد" -> رامسفيلد), found alone too
        family = set()
        for words, (cat, data) in entries.items():
            if cat == "gaz" and data[0] == "PER" and len(words) >= 2 and words[-2] not in self.particles:
                family.add(words[-1])
        for name in spec.get("family_names", ()):
            family.update(nw(w) for w in read_words(name))
        self.family = frozenset(f for f in family if len(f) >= 3 and f not in given and f not in FUNCTION)
        # words ANERcorp tags as person names in most of their occurrences (طالباني، كاسياس): name words, even when
        # the vocabulary counts them as frequent
        person_words = set()
        for name in spec.get("person_words", ()):
            try:
                rows = read_table(name)
            except LexiconError:
                continue
            person_words.update(nw(r[0]) for r in rows if r and r[0])
        self.person_words = frozenset(w for w in person_words if w not in FUNCTION)
        name_words |= self.person_words
        self.name_words = frozenset(name_words)
        self.freq = freq
        self.raw_freq = raw_freq
        # lexicon words that are not names are never part of a person's name either
        for words, (cat, data) in entries.items():
            if cat in ("role", "head", "nisba"):
                common.update(words)
                if cat == "head" and len(words) == 1 and words[0].endswith("ه"):
                    common.add(words[0][:-1] + "تا")  # the dual: وزارتا (not "تي": ولايتي is a family name too)
        self.vocab_common = frozenset(common)
        # a frequent word stays common unless it is a given name or a one-word person name (words seen only
        # inside longer names in ANERcorp, such as "قسم", do not count)
        self.common = frozenset(common - self.given - self.surnames - self.family - self.person_words) | FUNCTION

        return self

    # ------------------------------------------------------------------ queries
    def name_score(self, w: str) -> float:
        """Mean n-gram log-ratio: how much an unknown word looks like a person's name (> 0: more than not)."""
        sc = self._scores.get(w)
        if sc is None:
            m = self.model
            x = f"<{w}>"
            gs = [x[i:i + n] for n in (2, 3, 4) for i in range(len(x) - n + 1)]
            sc = sum(m.get(g, 0.0) for g in gs) / len(gs) if gs and m else 0.0
            if len(self._scores) < 200_000:
                self._scores[w] = sc
        return sc

    def person_word_score(self, w: str) -> float:
        """Sum of the person-model weights of the word's own features (cached)."""
        v = self._pw.get(w)
        if v is None:
            m = self.person_model
            v = sum(m.get(x, 0.0) for x in person_word_features(w, self))
            if len(self._pw) < 200_000:
                self._pw[w] = v
        return v

    def nisba_country(self, w: str) -> str | None:
        """The country a normalised nisba adjective names, with or without its article, or None.

        >>> EntityLexicon.default().nisba_country("الامريكي")
        'الولايات المتحدة'
        """
        for p, rest, cat, data in self.first.get(w) or ():
            if not p and not rest and cat == "nisba":
                return str(data) or None
        return None

    def given_here(self, raw: str) -> bool:
        """May the word, as spelled in the text (hamza and ى kept), be a given name?  "على" and "بأن" are
        frequent words whose normalised forms (علي، بان) are given names: they are not."""
        if raw in self.given_raw:
            return True
        if raw.endswith(("ئ", "ؤ")):
            return False  # a final hamza is no spelling of a name in ي/و: "هادئ" (calm) is not هادي
        return self.raw_freq.get(raw, 0) < 3

    def place_spelling(self, w: str) -> str | None:
        """PLACE_SPELLING: the listed place a word no vocabulary knows spells with one long vowel more or less inside
        it ("اوزباكستان" → "اوزبكستان"، "كازخستان" → "كازاخستان"، "كاركاس" → "كاراكاس"), or None. Only one-word places
        of six letters or more, only one such place, and never a word with the article, a clitic on a known word or ة
        last (those are adjectives and nouns: "الإجمالية" is no "الجمالية").

        >>> EntityLexicon.default().place_spelling("اوزباكستان")
        'اوزبكستان'
        """
        found = self._place_spellings.get(w, False)
        if found is not False:
            return found
        if len(self._place_spellings) > 100_000:
            self._place_spellings.clear()
        found = None
        if len(w) >= 6 and not w.startswith("ال") and w[-1] != "ه" and w not in self.freq and w not in self.first \
                and not (w[0] in "وفبلك" and (w[1:] in self.freq or w[1:] in self.first or w[1:3] == "ال")) \
                and w not in self.name_words and not w.endswith("تي"):
            # (not a person's name, nor a noun in ة with "my": "هوايتي" is no "هايتي")
            if self._places_by_deletion is None:
                self._places = {form for form, entries in self.first.items() if len(form) >= 5 and any(
                    c == "gaz" and not p and not rest and d[0] == "LOC" for p, rest, c, d in entries)
                    and form not in self.unspelled_places}
                self._places_by_deletion = {}
                for form in self._places:
                    for d in _vowel_deletions(form):
                        self._places_by_deletion.setdefault(d, set()).add(form)
            # a vowel too few ("كاركاس") or one too many ("اوزباكستان")
            matches = self._places_by_deletion.get(w, set()) | (_vowel_deletions(w) & self._places)
            curated = {m for m in matches if self.first[m][0][3][2]} or matches  # (the hand-curated rows first)
            if len({self.first[m][0][3][1] for m in curated}) == 1:  # one place, maybe listed in two spellings
                found = min(curated)
        self._place_spellings[w] = found
        return found

    def namey(self, w: str, ta_marbuta: bool = True) -> bool:
        """Could ``w`` (normalised, no clitics) be part of a person's name?  ``ta_marbuta``: the word ends in ة
        in the text (not ه: ديديه، تريشيه are names)."""
        key = (w, ta_marbuta)
        v = self._namey.get(key)
        if v is None:
            v = self._namey_uncached(w, ta_marbuta)
            if len(self._namey) < 200_000:
                self._namey[key] = v
        return v

    def _namey_uncached(self, w: str, ta_marbuta: bool) -> bool:
        if w in self.given or w in self.surnames or w in self.family:
            return True
        if w.startswith("ابو") and len(w) >= 6 and w not in self.freq:
            return True  # a kunya written as one word: ابوالنجا، ابوحمدان
        if len(w) < 2 or w in self.common or w in self.generic or not w.isalpha():
            return False
        if w in self.name_words:
            return True
        if w.startswith("ال") and len(w) > 4:
            stem = w[2:]
            if stem in self.name_words:
                return True
            if stem in self.common:
                return False  # المولود، المدني: an adjective or noun with the article, not a family name
            if w.endswith(("ون", "ات")) or w.endswith("ين") and len(w) >= 8 and not w.startswith("البو"):
                return False  # definite plurals: السجون، المعلمين (not a Gulf family "آل بو": البوعينين)
        if ISTIFAAL.fullmatch(w):
            return False  # the verbal noun استفعال, bare or with its pronoun: "خيري جمال الدين | استيائه"
        # unknown words shaped like adjectives, plurals, feminine nouns or inflected verbs are not names,
        # unless they look strongly like a transliterated name (يودويونو)
        if self.model and self.name_score(w) >= 0.6:
            return True
        if w.endswith(("يون", "يين", "ات", "اتك", "اتكم", "اتها", "اتهم")) and len(w) >= 5:
            return False  # (a plural with its pronoun too: "في ميزان | حسناتك")
        if len(w) == 6 and (w.startswith("ان") and w[4] == "ا" or w[0] == "م" and ACCUSATIVE_PARTICIPLE.fullmatch(w)):
            return False  # the verbal noun انفعال: "انسحاب"، "انطلاق"، "انهيار" (no name no list knows has it); the
            # participle مفاعلاً in the accusative: "ظريف | مخاطبا نواب البرلمان"، "مطالبا"
        if ta_marbuta and w.endswith("ه") and len(w) >= 4:
            return False
        if w[0] == "ي" and len(w) >= 5 and not (w.startswith("يو") and len(w) >= 7):
            return False  # imperfect verbs: يستدرج، يلاحق (not a long foreign word in "يو": يوروتانل، يونيليفر)
        if w[0] in "يت" and len(w) == 4 and not any(ch in "اويى" for ch in w[1:]):
            return False  # and short ones with no long vowel: يدشن، يعلن، تطلق (a name has its vowels: يسري)
        if w.endswith("وا") and len(w) >= 5:
            return False  # plural past verbs: فبذلوا
        if w[0] == "م" and len(w) >= 6 and w.endswith(("ين", "ون")):
            return False  # participle plurals: مطلوبين
        if len(w) >= 5 and w[0] in "يتنس" and w.endswith(("ون", "ان", "وا")):
            return False
        return not (len(w) >= 5 and w.startswith(("سي", "ست", "سن")) and not w.endswith(("ي", "ف", "ر")))


def _add_g_spellings(gaz: dict[str, tuple[str, str, str]], vocabulary: Container[str]) -> None:
    """G_SPELLING: the hard "g" of a foreign place is written غ or, in Egyptian and much Gulf writing, ج
    ("لوكسمبورغ"/"لوكسمبورج"، "بنغلاديش"/"بنجلاديش"، "شيكاغو"/"شيكاجو"). Each listed country, city or region with غ
    in a word of five letters or more gets the ج spelling too, unless that spelling is a known word or a listed name
    (short words keep theirs: "غزة" is no "جزة")."""
    for form, (ty, canonical, kind) in list(gaz.items()):
        if ty != "LOC" or kind not in ("country", "city", "region") or "غ" not in form or form.startswith("ال"):
            continue
        words = [w.replace("غ", "ج") if len(w) >= 5 else w for w in form.split()]
        variant = " ".join(words)
        if variant != form and variant not in gaz and not any(w in vocabulary for w in words if "ج" in w):
            gaz[variant] = (ty, canonical, kind)


_AMERICAN = re.compile("(?<=ام)(ري|يري|ير)(?=كي)")  # "أمريكي"، "أميركي"، "أميريكي" (normalised)


def _add_american_spellings(gaz: dict[str, tuple[str, str, str]]) -> None:
    """AMERICAN_SPELLING: a listed name with "أمريكي(ة)" is found spelled "أميركي(ة)" too, and the other way round
    ("إدارة معلومات الطاقة الأمريكية" / "… الأميركية"); the press writes both."""
    for form, data in list(gaz.items()):
        if "كي" not in form or "ام" not in form:
            continue
        for spelling in ("ري", "ير"):
            variant = _AMERICAN.sub(spelling, form)
            if variant != form:
                gaz.setdefault(variant, data)


def _add_vowel_spellings(gaz: dict[str, tuple[str, str, str]], vocabulary: Container[str]) -> None:
    """NAME_VOWEL_SPELLING: a listed name of two words or more is also found with one long vowel fewer inside one of
    its foreign words ("باريس سان جيرمان" / "باريس سان جرمان"، "مانشستر يونايتد" / "مانشستر يونيتد"). Only words of
    five letters or more that no vocabulary knows, and only where the shorter word is no known word either ("محمود"
    never becomes "محمد", "سعود" never "سعد"); the other words must match as listed."""
    for form, data in list(gaz.items()):
        words = form.split()
        if len(words) < 2 or data[0] not in ("ORG", "LOC"):
            continue
        for k, w in enumerate(words):
            if len(w) < 5 or w in vocabulary or w.startswith("ال"):
                continue
            for short in _vowel_deletions(w):
                variant = " ".join(words[:k] + [short] + words[k + 1:])
                if short not in vocabulary and variant not in gaz:
                    gaz[variant] = data


def _sports_words(names: Sequence[str]) -> dict[str, str]:
    """Sports words by role, with the feminine forms of the result verbs (فازت، تفوز)."""
    out: dict[str, str] = {}
    for name in names:
        for row in read_table(name):
            if len(row) < 2:
                continue
            w, role = nw(row[0]), row[1]
            out[w] = role
            if role == "result":
                out[("ت" + w[1:]) if w.startswith("ي") else (w + "ت")] = role
    return out


def _nisba_forms(base: str) -> list[str]:
    """Regular forms of a nisba adjective (masc. sg. without the article), one or two words.

    >>> sorted(_nisba_forms("روسي"))[:4]
    ['الروسي', 'الروسيات', 'الروسيان', 'الروسية']
    """
    words = base.split()
    endings = ("", "ة", "ون", "ين", "ان", "تان", "تين", "ات")
    out = []
    for e in endings:
        inflected = [w + e for w in words]
        out.append(" ".join(inflected))
        out.append(" ".join("ال" + w for w in inflected))
    return out


def _vowel_deletions(w: str) -> set[str]:
    """The word with one of its inner long vowels dropped (not the first letter, the last or the one before it:
    "اميركيا" is no spelling of "اميركا")."""
    return {w[:i] + w[i + 1:] for i in range(1, len(w) - 2) if w[i] in "اوي"}


@lru_cache(maxsize=1)
def _default() -> EntityLexicon:
    return EntityLexicon.load()


def person_word_features(w: str, lex: EntityLexicon) -> list[str]:
    """The features of the person-name model that depend on the word alone."""
    w0 = w[1:] if w[:1] in "وف" and len(w) > 3 and w[1:] in lex.first else w
    f = ["b", "w=" + w, "w0=" + w0, "s3=" + w0[-3:], "s2=" + w0[-2:], "f2=" + w0[:2], "f3=" + w0[:3],
         "s4=" + w0[-4:], f"l={min(len(w0), 9)}"]
    if w0.startswith("ال"):
        f.append("def")
    if w0 in lex.strong_given:
        f.append("given")
    return f


def person_context_features(prev2: str | None, prev: str | None, nxt: str | None, lex: EntityLexicon) -> list[str]:
    """The features of the person-name model that depend on the neighbours."""
    f = ["p=" + (prev or "<s>"), "n=" + (nxt or "</s>"), "p2=" + (prev2 or "<s>")]
    sg = lex.strong_given
    if prev is not None and prev in sg:
        f.append("pgiven")
    if nxt is not None and nxt in sg:
        f.append("ngiven")
    if prev is not None and prev in lex.nisba_words:
        f.append("pnisba")
    if prev is not None and prev in lex.role_words:
        f.append("prole")
    return f


def person_features(prev2: str | None, prev: str | None, w: str, nxt: str | None, lex: EntityLexicon) -> list[str]:
    """Features of one word for the person-name model (tools/build_person_model.py trains on the same).

    Only hand-curated lexicons are used (never lists derived from the training data itself), so that what the
    model learns on ANERcorp train carries over to unseen text."""
    return person_word_features(w, lex) + person_context_features(prev2, prev, nxt, lex)
