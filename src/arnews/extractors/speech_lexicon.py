"""The speech lexicon: speech, stance and belief verbs with their inflections, attribution phrases, hedges and
the words around a speech verb — loaded once from the data files and compiled into a few regular expressions.

Inflections are generated from one row per lemma (``lexicons/data/speech_verbs.tsv``):

>>> forms = inflect("قال", "قول", "قائل", "قول", "قيل,يقال")
>>> sorted(f for f, kind in forms.items() if kind == "masdar")[:3]
['قوله', 'قولها', 'قولهم']
>>> forms["قالوا"], forms["يقول"], forms["قائلا"], forms["قيل"]
('past', 'present', 'participle', 'passive')
>>> lex = speech_lexicon()
>>> lex.forms["مضيفا"].lemma, lex.forms["وأضاف"[1:].replace("أ", "ا")].cls
('أضاف', 'say')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..lexicons import available, read_table
from ..text.normalize import MARKS, normalize_word
from .entity_lexicon import DEFAULT_FILES

# "called": a name follows, no claim ("شاب يُدعى محمد العلي"، "عارضة أزياء تُدعى …"، "المدعو …"); the present of
# "ادعى" (claims) is written with ي and takes a clause ("تدّعي أن")
CALLED_WORDS = frozenset(normalize_word(w) for w in ("يدعى", "تدعى", "ويدعى", "وتدعى", "المدعو", "المدعوة",
                                                     "والمدعو", "والمدعوة"))

__all__ = ["Form", "SpeechLexicon", "inflect", "speech_lexicon", "trie_pattern"]

# past-tense endings: 3fs, 3mp, 3md, 3fd, 3fp
_PAST = ("", "ت", "وا", "ا", "تا", "ن")
# imperfect: prefix + stem + ending
_PRESENT = (("ي", ""), ("ت", ""), ("ي", "ون"), ("ت", "ون"), ("ي", "ان"), ("ت", "ان"), ("ي", "ن"))
# adverbial (accusative) participle forms: مضيفاً، مضيفةً، مضيفين، مضيفتين (the nominative "مغردون" is a noun, the
# subject: "ليصفه مغردون بأنه …")
_PARTICIPLE = ("ا", "ة", "ين", "تين")
# masdar with a pronoun: قوله، قولها، قولهم، قولهما، قولهن
_MASDAR = ("ه", "ها", "هم", "هما", "هن")
# forms too ambiguous to be cues on their own (between, his demands, air hostess …)
_AMBIGUOUS = frozenset({"بين", "مطالبه", "مضيفه", "مضيفين", "ذاكرا", "مدين", "مقر", "رد", "ردا", "عبرا",
                        "معبره", "مقره", "كاتبا", "تابعا", "شاكره", "مشيده", "ثمن", "مثمن", "امل", "ظن",
                        "منكر", "مبين", "مبينه", "مفيده", "مفيدين", "موضحه", "راوي", "ترين", "يرين", "تري",
                        "مظهر", "تصف", "يصف", "ذكرا", "ذكرن", "كتبا", "كتبن", "نقلا", "نقلن", "وصفا", "حثا",
                        "هاجما", "مهاجما", "مهاجمه", "مهاجمين", "مقرا", "لافته", "داعيه", "ناقله", "معتبره",
                        "راويه", "كاشفه", "ملاحظه", "ناقلا", "ناقل", "معلنه", "مصرحه", "متابع", "كاتبه",
                        "طالبه", "حذره"})  # (a student; his caution)


class Form(NamedTuple):
    """What a surface form (normalised, without proclitics) is: its lemma, class, form type and the
    prepositions whose object is a claim."""

    lemma: str
    cls: str
    ftype: str  # past | present | participle | masdar | passive
    preps: frozenset[str]


def inflect(past: str, present: str, participle: str, masdar: str, extra: str = "") -> dict[str, str]:
    """Surface forms of one verb (not yet normalised) mapped to their form type."""
    out: dict[str, str] = {}
    for end in _PAST:
        out.setdefault(past + end, "past")
    if present and present != "-":
        for pre, end in _PRESENT:
            out.setdefault(pre + present + end, "present")
    if participle and participle != "-":
        if participle.endswith(("ا", "ة")):
            out.setdefault(participle, "participle")
        else:
            for end in _PARTICIPLE:
                out.setdefault(participle + end, "participle")
    if masdar and masdar != "-":
        stem = masdar[:-1] + "ت" if masdar.endswith("ة") else masdar  # إضافة → إضافته
        for end in _MASDAR:
            out.setdefault(stem + end, "masdar")
    for form in (extra or "").split(","):
        form = form.strip()
        if form and form != "-":
            kind = "passive" if form in ("قيل", "يقال", "أفيد", "سئل", "سئلت") else (
                "participle" if form.endswith(("ا", "ة")) and form.startswith(("م", "د", "ن", "ر")) else
                "masdar" if form.startswith("بال") else "past")  # ("بالقول": "ختم حديثه بالقول إن")
            out[form] = kind
    return out


# verbs whose object is the person addressed or accused, written attached: "اتهموه بـ"، "حذرهم من" (دعاه in the table)
_PERSON_OBJECT = frozenset({"اتهم", "هدد", "توعد", "طالب", "حث", "ناشد", "حذر"})
_OBJECT = ("ه", "ها", "هم")


def with_object(forms: dict[str, str]) -> dict[str, str]:
    """The past and present forms of ``forms`` with an attached object pronoun: اتهمه، اتهمته، اتهموه، يتهمونه.

    >>> sorted(with_object({"اتهم": "past", "اتهموا": "past"}))[:3]
    ['اتهمه', 'اتهمها', 'اتهمهم']
    """
    out: dict[str, str] = {}
    for surface, kind in forms.items():
        if kind not in ("past", "present") or surface.endswith(("ا", "تا", "ن")) and not surface.endswith(("وا", "ون")):
            continue
        stem = surface[:-1] if surface.endswith("وا") else surface
        for pron in _OBJECT:
            out.setdefault(stem + pron, kind)
    return out


def trie_pattern(words) -> str:
    """A regular expression matching exactly ``words``, built as a trie so that it fails fast.

    >>> re.fullmatch(trie_pattern(["قال", "قالت", "قول"]), "قالت") is not None
    True
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class SpeechLexicon(NamedTuple):
    forms: dict[str, Form]
    lemmas: dict[str, Form]  # normalised lemma -> Form (for tokens whose lemma a backend filled)
    cue_re: re.Pattern
    attribution: dict[str, tuple[str, str]]  # normalised phrase -> (kind, cue)
    attribution_re: re.Pattern
    hedges: frozenset[str]
    hedge_re: re.Pattern
    source_heads: dict[str, str]  # normalised head -> kind
    context: dict[str, frozenset[str]]  # normalised word -> kinds
    titles: frozenset[str]  # role/title nouns (normalised), from roles.tsv when present
    honorifics: frozenset[str]
    generic: frozenset[str]  # generic back-references (المصدر، المتحدث، التقرير …)
    cue_words: frozenset[str]  # every word cue_re matches (a cue is always one whole word)
    attribution_words: frozenset[str]  # the words an attribution_re match can start with
    countries: frozenset[str] = frozenset()  # normalised country names: a headline's "تركيا:" is its government
    # normalised words that two rows spell apart (أمام adjunct, إمام title): written form -> kinds; "" -> the kinds
    # of a form written neither way (امام), those of the first row
    spelled_context: dict[str, dict[str, frozenset[str]]] = {}
    # participles left out as too ambiguous to be cues on their own ("مضيفة" a hostess, "موضحة"): cues only where a
    # comma stands before them and "أن"/"إن" or a colon right after (AMBIGUOUS_PARTICIPLE_BEFORE_CLAUSE)
    ambiguous_participles: dict[str, Form] = {}


def _n(s: str) -> str:
    return normalize_word(s)


@lru_cache(maxsize=1)
def speech_lexicon() -> SpeechLexicon:
    """Load and compile the speech lexicon (cached)."""
    forms: dict[str, Form] = {}
    lemmas: dict[str, Form] = {}
    ambiguous: dict[str, Form] = {}
    for row in read_table("speech_verbs.tsv"):
        row = tuple(row) + ("-",) * (7 - len(row))
        past, cls, present, particip, masdar, preps, extra = row[:7]
        prepset = frozenset(_n(p) for p in preps.split("|") if p and p != "-")
        lemma = past
        lemmas[_n(past)] = Form(lemma, cls, "past", prepset)
        surfaces = inflect(past, present, particip, masdar, extra)
        if _n(past) in _PERSON_OBJECT:
            surfaces = {**surfaces, **with_object(surfaces)}
        for surface, kind in surfaces.items():
            key = _n(surface)
            if key in _AMBIGUOUS:
                if kind == "participle":
                    ambiguous.setdefault(key, Form(lemma, cls, kind, prepset))
                continue
            forms.setdefault(key, Form(lemma, cls, kind, prepset))
    masdars = [f for f, v in forms.items() if v.ftype == "masdar"]
    others = [f for f, v in forms.items() if v.ftype != "masdar"]
    cue_words = frozenset(c + p + f for c in ("", "و", "ف") for p in ("", "ب", "ل") for f in masdars) | frozenset(
        c + f for c in ("", "و", "ف") for f in others)
    # stdlib re with a first-letter lookahead: about ten times faster than a bare lookbehind on every position
    firsts = "".join(sorted({f[0] for f in forms} | set("وفبل")))
    cue_re = re.compile(
        f"(?=[{firsts}])" r"(?<!\w)(?:(?P<c>[وف])?(?P<p>[بل])?(?P<m>" + trie_pattern(masdars) + r")"
        r"|(?P<c2>[وف])?(?P<w>" + trie_pattern(others) + r"))(?!\w)"
    )
    attribution: dict[str, tuple[str, str]] = {}
    for row in read_table("attribution.tsv"):
        phrase, kind = row[0], row[1]
        cue = row[2] if len(row) > 2 and row[2] != "-" else phrase
        attribution[_n(phrase)] = (kind, cue)
    # "وفقا ل" / "طبقا ل" end in a bare preposition that attaches to the next word: "وفقا للمصدر"
    parts = []
    for phrase in sorted(attribution, key=len, reverse=True):
        esc = re.escape(phrase).replace(r"\ ", r"\s+")
        if phrase.endswith(" ل"):
            parts.append(esc[:-1] + r"(?=ل)")
        else:
            parts.append(esc + r"(?!\w)")
    afirst = "".join(sorted({p[0] for p in attribution} | set("وف")))
    attribution_words = frozenset(c + p.split(" ")[0] for c in ("", "و", "ف") for p in attribution)
    if not all(map(str.isalnum, cue_words | attribution_words)):
        raise ValueError("speech cues and the first words of attribution phrases must be single words")
    attribution_re = re.compile(f"(?=[{afirst}])" r"(?<!\w)[وف]?(?P<a>" + "|".join(parts) + ")")
    hedges = frozenset(_n(w[0]) for w in read_table("hedges.txt"))
    hedge_re = re.compile(
        r"(?<!\w)[وف]?(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+")
                                      for h in sorted(hedges - {"قد"}, key=len, reverse=True))
        + r"|قد\s+[يت](?!م(?!\w))\w{2,})(?!\w)"
    )
    source_heads = {_n(r[0]): r[1] for r in read_table("source_nouns.tsv")}
    context: dict[str, set[str]] = {}
    written: dict[str, dict[str, set[str]]] = {}
    for r in read_table("speech_context.tsv"):
        context.setdefault(_n(r[0]), set()).add(r[1])
        written.setdefault(_n(r[0]), {}).setdefault(MARKS.sub("", r[0]), set()).add(r[1])
    spelled_context = {}
    for w, spellings in written.items():
        if len(spellings) > 1 and len({frozenset(k) for k in spellings.values()}) > 1:
            spelled_context[w] = {"": frozenset(next(iter(spellings.values()))),
                                  **{f: frozenset(k) for f, k in spellings.items()}}
    titles: set[str] = set()
    honorifics: set[str] = set()
    if "roles.tsv" in available():
        for r in read_table("roles.tsv"):
            if len(r) >= 2 and r[1] in ("title", "office", "both"):
                titles.add(_n(r[0]))
            if len(r) >= 2 and r[1] in ("honorific", "both"):
                honorifics.add(_n(r[0]))
    titles |= {w for w, kinds in context.items() if "title" in kinds}
    titles |= {t + "ه" for t in titles if not t.endswith("ه") and " " not in t}  # نائب → نائبة، مدير → مديرة
    generic: set[str] = {"المصدر", "المصادر", "المتحدث", "المتحدثه", "الناطق", "المسوول", "التقرير", "البيان",
                         "الدراسه", "الورقه", "الوزير", "الوكاله", "الصحيفه", "الاخير", "الاخيره", "البحث"}
    if "generic_refs.tsv" in available():
        generic |= {_n(r[0]) for r in read_table("generic_refs.tsv")}
    countries = frozenset(_n(r[2] or r[0]) for name in DEFAULT_FILES["gazetteers"] if name in available()
                          for r in read_table(name) if len(r) > 3 and r[3] == "country")
    return SpeechLexicon(forms, lemmas, cue_re, attribution, attribution_re, hedges, hedge_re, source_heads,
                         {k: frozenset(v) for k, v in context.items()}, frozenset(titles),
                         frozenset(honorifics), frozenset(generic), cue_words, attribution_words, countries,
                         spelled_context, ambiguous)
