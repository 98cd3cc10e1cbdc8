"""Resolution: candidate mentions -> one Entity per referent in the article.

- gazetteer names group by their canonical form (اسرائيل / إسرائيل, أوبك / منظمة أوبك);
- person names group when one is part of the other (فلاديمير بوتين / بوتين, كيم جونغ أون / كيم);
- aliases found once are searched over the whole article: the surname of a person, the short name of an
  organisation met with its head noun (نادي النصر → النصر, وكالة تسنيم → تسنيم, محافظة شبوة → شبوة);
- a role attached to a name (الرئيس الروسي فلاديمير بوتين) resolves later bare uses of the same role;
  fixed offices (خادم الحرمين الشريفين، ولي العهد) are entities by themselves;
- the name of an entity is its fullest name in the text, less a royal title that opens it ("الأمير محمد بن نايف"
  is named "محمد بن نايف").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Entity, Mention
from ..text.normalize import DELETED_CHARS
from .entity_lexicon import (COMPLEMENT_PREPS, COMPOUND_ENDS, DEPARTMENT_HEADS, GENERAL, LAST_NAME_WORDS,
                             POSSESSED_TITLES, ROLE_ADJ, PURPOSE_BEFORE_PREPOSITION, VERB_PREPOSITIONS, EntityLexicon,
                             clitic_variants, month_as_month, nw)

__all__ = ["Cand", "resolve"]

_PUNCT_STRIP = str.maketrans("", "", '"«»“”\'‘’()')


class Cand:
    """A candidate mention (mutable while the extractor works)."""

    __slots__ = (
        "_wcache",
        "_wkey",
        "attach",
        "canonical",
        "end",
        "entity",
        "gkind",
        "head_class",
        "kind",
        "lfix",
        "nationality",
        "office",
        "p_clitic",
        "quoted",
        "short",
        "source",
        "start",
        "text",
        "tok_end",
        "tok_start",
        "type",
    )

    def __init__(self, start, end, text, type, kind, tok_start, tok_end, *, canonical=None, source="",
                 kind_=None, nationality=None, office=False, head_class=None, p_clitic="", **kw):
        self.start, self.end, self.text, self.type, self.kind = start, end, text, type, kind
        self.tok_start, self.tok_end = tok_start, tok_end
        self.canonical, self.source = canonical, source
        self.gkind = kw.get("kind", kind_)
        self.nationality, self.office, self.head_class = nationality, office, head_class
        self.attach = None
        self.short = None
        self.quoted = False
        self.p_clitic = p_clitic
        self.entity = None
        self.lfix = False
        self._wcache: tuple[str, ...] = ()
        self._wkey = None

    @property
    def words(self) -> tuple[str, ...]:
        """The normalised words of the mention ("للأمم" gives back "الامم")."""
        key = (self.text, self.lfix)
        if self._wkey != key:
            w = _words(self.text)
            if self.lfix and w and w[0].startswith("ل"):
                w = (with_article(w[0]),) + w[1:]
            self._wcache, self._wkey = w, key
        return self._wcache

    def __repr__(self) -> str:
        return f"Cand({self.text!r}, {self.type}, {self.kind}, {self.source})"


# heads of bodies that begin with ل: after "ل" their article is all elided ("للجنة" is ل + اللجنة, not ل + الجنة)
_OWN_LAM_HEADS = frozenset(("لجنه", "لجان", "لجنتي", "لواء"))


# a verbal noun after such a head is its genitive, the head has no article: "للجنة | التنمية"، "للجنة | المراجعة"
_MASDAR_GENITIVE = re.compile(r"الت\w\wيه|الم\wا\w\wه")


def with_article(text: str) -> str:
    """The word(s) after the preposition of "لل", with the article the spelling elides restored: "لأمم المتحدة" ->
    "الأمم المتحدة"، "لجنة الأولمبية" -> "اللجنة الأولمبية"; a head in construct has none: "لجنة التنمية"."""
    words = _words(text)
    if not words or words[0] not in _OWN_LAM_HEADS:
        return "ا" + text
    if len(words) >= 2 and _MASDAR_GENITIVE.fullmatch(words[1]):
        return text
    return "ال" + text


def _with_contraction(text: str, start: int) -> int:
    """Where a mention written "للX" starts: at the preposition, since "ل" + "ال" leaves no form without it
    ("للأمم المتحدة"; the entity's name restores the article, "الأمم المتحدة")."""
    k = start - 1
    while k >= 0 and text[k] in DELETED_CHARS:
        k -= 1
    return k if k >= 0 and text[k] == "ل" else start


def _words(text: str) -> tuple[str, ...]:
    return tuple(nw(text.translate(_PUNCT_STRIP)).replace("،", " ").split())


def _role_key(text: str) -> tuple[str, ...]:
    return tuple(w for w in _words(text) if w not in ROLE_ADJ)


class _Ent:
    __slots__ = ("cands", "first", "key", "names", "nationality", "roles", "type")

    def __init__(self, type: str, key) -> None:
        self.type, self.key = type, key
        self.cands: list[Cand] = []
        self.names: dict[tuple[str, ...], None] = {}  # in order of appearance: ties resolve the same every run
        self.roles: list[str] = []
        self.nationality = None
        self.first = 10**9

    def add(self, c: Cand) -> None:
        self.cands.append(c)
        c.entity = self
        self.first = min(self.first, c.start)
        if c.kind == "name":
            self.names[c.words] = None
        if c.nationality and not self.nationality:
            self.nationality = c.nationality


def _bodies_named_bare(ents: list[_Ent], per: list[_Ent], lex: EntityLexicon) -> None:
    """BODY_NAMED_BARE: a person the context alone proposed, by one word ("وطالبت | يوروتانل"), that is the last word
    of a body's or a place's name of the article ("شركة نفق يوروتانل") is that body, named bare."""
    weak = [e for e in per if len(e.names) == 1 and all(len(n) == 1 for n in e.names) and all(
        c.source in _WEAK_PERSON_SOURCES and c.kind == "name" for c in e.cands)]
    if not weak:
        return
    last_words: dict[str, _Ent] = {}
    for e in ents:
        if e.type in ("ORG", "LOC"):
            for n in e.names:
                if len(n) >= 2 and len(n[-1]) >= 4 and n[-1] not in lex.given and n[-1] not in lex.family \
                        and n[-1] not in lex.surnames:  # (not a body named after a person: "مركز الملك سلمان")
                    last_words.setdefault(n[-1], e)
            for c in e.cands:
                if c.source == "quoted" and len(c.words) == 1:
                    last_words.setdefault(c.words[0], e)  # its short name in brackets: "مؤسسة النقد (ساما)"
    if not last_words:
        return
    for e in weak:
        _into_body(e, last_words.get(next(iter(e.names))[0]), ents, per)


def _into_body(e: _Ent, body: _Ent | None, ents: list[_Ent], per: list[_Ent]) -> None:
    """Move the person ``e`` into ``body`` (which gives its candidates its type), when there is one."""
    if body is None or body is e:
        return
    for c in e.cands:
        c.type = body.type
        body.add(c)
    ents.remove(e)
    per.remove(e)


def _quoted_bodies_named_bare(ents: list[_Ent], per: list[_Ent]) -> None:
    """QUOTED_BODY_NAMED_BARE: a person proposed only by the look of the words ("foreign" or the word model) whose
    name is, whole, the name in quote marks of a body of the article ("لمجموعة “سبايس إكس”") is that body, named bare
    ("وحمل المركبة “سبايس إكس”")."""
    quoted: dict[tuple[str, ...], _Ent] = {}
    for e in ents:
        if e.type == "ORG":
            for c in e.cands:
                if c.source == "quoted" and c.kind == "name":
                    quoted.setdefault(c.words, e)
    if not quoted:
        return
    for e in [e for e in per if len(e.names) == 1 and all(
            c.kind == "name" and c.source in _LOOK_SOURCES for c in e.cands)]:
        _into_body(e, quoted.get(next(iter(e.names))), ents, per)


def _without_titles(n: tuple, lex: EntityLexicon) -> tuple:
    """A name's words without the royal or religious titles it opens with ("الأمير سعود …" → "سعود …")."""
    i = 0
    while i < len(n) - 1 and n[i] in lex.role_words:
        i += 1
    return n[i:]


def _compact(n: tuple) -> tuple:
    """A name with "عبد" joined to the word after it, as it is mostly written: "عبد الله" and "عبدالله" are one word."""
    if "عبد" not in n[:-1]:
        return n
    out: list[str] = []
    i = 0
    while i < len(n):
        if n[i] == "عبد" and i + 1 < len(n):
            out.append("عبد" + n[i + 1])
            i += 2
        else:
            out.append(n[i])
            i += 1
    return tuple(out)


def _g_folded(n: tuple, lex: EntityLexicon) -> tuple:
    """FOREIGN_G_SPELLINGS: a foreign name's "g" is written ج or غ ("تشونج" and "تشونغ"، "جوردون" and "غوردون"): the
    words no list of Arabic names knows, with غ read as ج, so the two spellings name one person."""
    if not any("غ" in x for x in n):
        return n
    return tuple(x.replace("غ", "ج") if "غ" in x and x not in lex.given and x not in lex.family
                 and x not in lex.name_words and x not in lex.freq else x for x in n)


def _same_ends(a: tuple, b: tuple) -> bool:
    """Two names of a person with the same first and last words, one longer: "سعود بن ثنيان"، "سعود بن عبدالله بن
    ثنيان"."""
    return len(a) >= 2 and len(b) >= 2 and len(a) != len(b) and a[0] == b[0] and a[-1] == b[-1]


def contains_run(a: tuple, b: tuple) -> bool:
    """a is a contiguous part of b."""
    n = len(a)
    if n > len(b):
        return False
    if n == 1:
        return a[0] in b
    return any(b[i:i + n] == a for i in range(len(b) - n + 1))


def _own_part(a: tuple, b: tuple) -> bool:
    """a is a contiguous part of the name b, and not only its father's or ancestor's name after a particle inside
    it: "سلمان" is part of "سلمان بن عبد العزيز" but names no one in "محمد بن سلمان" (the son of Salman); a name
    that opens with the particle is the person's own ("بن زكي" … "زكي")."""
    n = len(a)
    return any(b[i:i + n] == a and not (i >= 2 and b[i - 1] in _CHAIN_PARTICLES) for i in range(len(b) - n + 1))


def _division_short(c: Cand, words: tuple[str, ...]) -> str | None:
    """DIVISION_SHORT_NAME: the bare name of a place named with its division, the same place ("منطقة الرياض" …
    "الرياض"، "ولاية كاليفورنيا" … "كاليفورنيا"); a facility's is another ("ملعب لندن" is not لندن)."""
    if c.type == "LOC" and len(words) >= 2 and words[0] in _DIVISION_HEADS:
        return " ".join(words[1:])
    return None


def _same_type(e: _Ent | None, type_: str) -> _Ent | None:
    return e if e is not None and e.type == type_ else None


def resolve(article, cands: list[Cand], lex: EntityLexicon, token_words: list | None = None,
            tokens: list | None = None) -> tuple[Entity, ...]:
    text = article.text
    cands = [c for c in cands if c.kind in ("name", "role") and c.end > c.start]
    ents: list[_Ent] = []
    by_key: dict = {}
    per: list[_Ent] = []

    def known_short(short_key: str, type_: str) -> _Ent | None:
        """The entity of that type a short form was met as before, by its known name or its words as written."""
        return _same_type(by_key.get(("g", short_key)) or by_key.get(("w", type_, short_key)), type_)

    def ent_for(key, type_):
        e = by_key.get(key)
        if e is None:
            e = by_key[key] = _Ent(type_, key)
            ents.append(e)
        return e

    def spelled(n: tuple) -> tuple:
        return _g_folded(_compact(n), lex)

    def add_person(c: Cand) -> None:
        if not c.words:
            return
        w = spelled(c.words)
        # (the same first and last words name the same person: "سعود بن ثنيان" and "سعود بن عبدالله بن ثنيان")
        cw = _without_titles(w, lex)
        hits = [e for e in reversed(per) if any(
            _own_part(w, n) or _own_part(n, w) or _same_ends(cw, _without_titles(n, lex))
            for n in map(spelled, e.names))]
        best = None
        for e in hits:
            if spelled(max(e.names, key=len))[-1] == w[-1]:
                best = e
                break
        if best is None and len(hits) > 1 and token_words is not None and c.tok_end < len(token_words):
            # SURNAME_AFTER_MENTION: "حمد" in "حمد القاضي" is the person whose full name ends in the next word
            # ("حمد بن عبدالله القاضي"), not another "حمد" named since
            nxt = token_words[c.tok_end]
            best = next((e for e in hits if nxt and max(e.names, key=len)[-1] == nxt), None)
        if best is None and hits:
            best = hits[0]
        if best is None:
            best = _Ent("PER", ("p", w))
            ents.append(best)
            per.append(best)
        best.add(c)

    if tokens is not None:
        _word_before_known_surname(cands, lex, text, tokens)
    # 1. names
    bare: list[Cand] = []  # bodies' bare first words (gazetteer kind "bare"), placed once every body is known
    for c in sorted(cands, key=lambda c: c.start):
        if c.kind != "name":
            continue
        if c.attach is not None:
            if c.attach.entity is not None:
                c.attach.entity.add(c)
            continue
        words = c.words
        if not words or (len(words) == 1 and words[0] in lex.generic and c.source not in _NAMED_BY_CONTEXT):
            continue
        if c.type == "PER":
            add_person(c)
        elif c.source == "gaz" and c.canonical and c.gkind == "bare":
            bare.append(c)  # (BODY_NAMED_BY_FIRST_WORD below, once every body is known)
        elif c.source == "gaz" and c.canonical:
            key = ("g", nw(c.canonical))
            # a known name that an organisation named by its head noun had as its short form: "وزارة الحرس الوطني"
            # … "بالحرس الوطني" (HEAD_SHORT_FORM)
            e = by_key.get(key) or by_key.get(("s", c.type, key[1])) or by_key.get(("s", c.type, " ".join(words)))
            short_key = _division_short(c, words)
            if e is None and short_key:
                e = known_short(short_key, c.type)
            e = e or ent_for(key, c.type)
            if e.type == "LOC" and c.type == "ORG" and key == e.key:
                e.type = "ORG"  # CITY_AS_CLUB: a city that a match report names as a team is the club throughout
            e.add(c)
            if c.type == "ORG" and len(words) >= 2:
                by_key.setdefault(("f", words[0]), e)  # its first word: "المقاومة الشعبية" … "المقاومة"
            by_key.setdefault(("w", c.type, " ".join(words)), e)  # its words as written: "الأناضول"
            if short_key:
                by_key.setdefault(("s", c.type, short_key), e)
        else:
            # (a body named by its head with a listed name in marks goes with that name: QUOTED_KNOWN_BODY)
            key = ("g", nw(c.canonical)) if c.canonical and c.source == "head" else ("g", " ".join(words))
            e = by_key.get(key) or _same_type(by_key.get(("s", c.type, key[1])), c.type)  # ("نادي النصر" … "النصر")
            short_key = _division_short(c, words) if c.source == "head" else None
            if c.source == "head" and c.short is not None and c.type == "ORG":
                short = token_words[c.short[0]:c.short[1]] if token_words else article_words(article, text, c.short)
                short_key = " ".join(x for x in short if x)
            if short_key and e is None:  # the short form met first, as a known name: "الأناضول" … "وكالة أنباء
                # الأناضول"، "جدة" … "محافظة جدة"
                e = known_short(short_key, c.type)
            if e is None:  # the same name met bare earlier, through a head noun, or as a known short form
                e = ent_for(key, c.type)
            if short_key:
                by_key.setdefault(("s", c.type, short_key), e)
            e.add(c)

    for c in bare:  # BODY_NAMED_BY_FIRST_WORD: "المقاومة" alone is the resistance body the article names in full,
        e = by_key.get(("f", c.words[0]))  # and no one where it names none ("مقاومة" is also a common noun)
        if e is not None:
            e.add(c)
    _merge_org_prefixes(ents, lex)
    _bodies_named_bare(ents, per, lex)
    _quoted_bodies_named_bare(ents, per)

    # 2. aliases, searched over the whole article
    alias: dict[tuple[str, ...], _Ent | None] = {}

    def add_alias(words: tuple[str, ...], e: _Ent) -> None:
        if not words or (len(words) == 1 and (len(words[0]) < 3 or words[0] in lex.generic or words[0] in _NO_ALIAS)):
            return  # ("الله" closes names such as "حمد الله"، "نصر الله": never a person on its own)
        old = alias.get(words, e)
        alias[words] = e if old is e else None  # ambiguous -> dropped

    for e in ents:
        for c in e.cands:
            w = c.words
            if e.type == "PER" and c.kind == "name":
                add_alias(w, e)
                if len(w) >= 2:
                    last = w[-1]
                    if w[-2] in _CHAIN_PARTICLES:
                        if len(w) >= 3:
                            add_alias(w[-2:], e)  # "أحسن أبو طالب" → "أبو طالب", never "طالب" alone (a verb too)
                    elif last not in lex.particles and (lex.namey(last) or last in lex.name_words or
                                                        last in LAST_NAME_WORDS) and (
                            last not in lex.given or last in lex.given_also_family):  # ("ديفيد كاميرون" → "كاميرون")
                        add_alias((last,), e)
                    first = w[0]
                    if first not in lex.strong_given and lex.namey(first) and first not in lex.particles \
                            and not first.startswith("ال"):
                        add_alias((first,), e)
            elif c.kind == "name" and c.short is not None:
                short = token_words[c.short[0]:c.short[1]] if token_words else article_words(article, text, c.short)
                sw = tuple(x for x in short if x)
                if sw and not (len(sw) == 1 and sw[0] in lex.common and not sw[0].startswith("ال")) \
                        and not all(x in lex.nisba_words for x in sw) and sw[0] not in lex.role_words:
                    add_alias(sw, e)  # (a nationality alone names no body: "القوات الروسية" is never "الروسية"; a
                    # person's does not either: "مركز الملك فيصل للبحوث" is never "الملك فيصل")
                add_alias(w, e)
            elif c.kind == "name" and c.gkind == "quoted" and not any(x in lex.common for x in w):
                add_alias(w, e)  # QUOTED_ACRONYM: "(ساما)" once in marks, "ساما" bare later is the body too (not
                # an everyday word: "معادن" bare stays "metals")
    if alias:
        _propagate(article, text, cands, alias, lex, token_words, tokens)
    _offices(article, text, cands, ent_for, token_words, tokens)

    # 3. roles
    role_keys: dict[tuple[str, ...], _Ent] = {}
    for c in sorted(cands, key=lambda c: c.start):
        if c.kind == "role" and c.attach is not None and c.attach.entity is not None:
            e = c.attach.entity
            e.add(c)
            e.roles.append(c.text)
            role_keys.setdefault(_role_key(c.text), e)
    shorter = _shorter_roles(cands, lex)
    _bare_roles(article, text, cands, lex, shorter, token_words, tokens)
    for c in sorted(cands, key=lambda c: c.start):
        if c.kind != "role" or c.entity is not None:
            continue
        key = _role_key(c.text)
        e = role_keys.get(key) or shorter.get(_words(c.text))
        no_country = tuple(w for w in key if w not in lex.nisba_words) if c.nationality else key
        if e is None and no_country != key:
            # the role with its holder's country, the holder named with the role bare: "ولي ولي العهد السعودي" …
            # "الأمير محمد بن سلمان ولي ولي العهد" (an office, or a holder of that country: not "الرئيس الفرنسي" …
            # "الرئيس بوتين")
            e = role_keys.get(no_country)
            if e is not None and e.nationality != c.nationality and not (c.office and e.nationality is None):
                e = None
        if e is None and c.office:
            e = ent_for(("r", key), "PER")
            e.roles.append(c.text)
            role_keys[key] = e
            role_keys.setdefault(no_country, e)  # (a fixed office met bare later is the same: "ولي ولي العهد")
        if e is not None:
            e.add(c)
    _nationality_roles(ents, cands)

    # 4. entities out
    out = []
    carriers = [(c.start, c.end) for e in ents if e.type == "ORG" for c in e.cands if c.head_class not in (None, "gov")]
    ents = [e for e in ents if e.cands and not (carriers and _only_inside_org(e, carriers, text))]
    ents.sort(key=lambda e: e.first)
    for n, e in enumerate(ents, 1):
        eid = f"e{n}"
        seen = set()
        mentions = []
        for c in sorted(e.cands, key=lambda c: (c.start, c.end)):
            if (c.start, c.end) in seen:
                continue
            seen.add((c.start, c.end))
            start = _with_contraction(text, c.start) if c.lfix else c.start
            mentions.append(Mention(start, c.end, text[start:c.end], "role" if c.kind == "role" else "name", eid))
        names = [c for c in e.cands if c.kind == "name"]
        if names:
            # (a department's name is the lesser one: "شركة الخطوط …" rather than "إدارة الخطوط …"; an epithet is
            # the least: "مكة المكرمة" rather than "العاصمة المقدسة")
            best = max(names, key=lambda c: (c.gkind != "epithet", len(c.words), not c.lfix,
                                             not (c.words and c.words[0] in DEPARTMENT_HEADS), len(c.text)))
            name = with_article(best.text) if best.lfix else best.text
            if best.source == "title" and len(best.words) >= 3 and not best.words[1].startswith("ال"):
                # TITLE_OUT_OF_NAME: the mention keeps a royal or religious title ("الأمير محمد بن نايف"), the
                # name is the person's own ("محمد بن نايف"); one word left keeps it ("الملا عمر")
                name = name.split(None, 1)[1]
        else:
            name = mentions[0].text
        name = " ".join(name.translate(_PUNCT_STRIP).split())
        roles = tuple(dict.fromkeys(e.roles))
        out.append(Entity(eid, name, e.type if e.type in ("PER", "ORG", "LOC", "MISC") else "MISC",
                          tuple(mentions), roles, e.nationality))
    return tuple(out)


# descriptions of a person by trade, not offices: "المدرب البرتغالي"، "المهاجم السوري" ("الرئيس الروسي" is an office)
_TRADES = frozenset(nw(w) for w in ("اللاعب", "المهاجم", "المدافع", "الحارس", "المدرب", "النجم", "الدولي", "الفنان",
                                    "الفنانة", "الممثل", "الممثلة", "المطرب", "المطربة", "الكاتب", "الكاتبة", "الروائي",
                                    "الشاعر", "الباحث", "الباحثة", "المخرج", "الملاكم", "العداء", "السباح", "الصحفي",
                                    "الصحافي", "اللاعبة", "الداعية", "المحترف"))


def _nationality_roles(ents: list[_Ent], cands: list[Cand]) -> None:
    """NATIONALITY_ROLE: a trade with a nationality and nothing else ("المدرب البرتغالي"، "المهاجم السوري") that no
    one holds by name is the one person of that nationality in the article ("البرتغالي جوزيه مورينيو")."""
    loose = [c for c in cands if c.kind == "role" and c.entity is None and c.nationality and len(c.words) == 2
             and c.words[0] in _TRADES]
    if not loose:
        return
    by_nat: dict[str, list[_Ent]] = {}
    for e in ents:
        if e.type == "PER" and e.nationality and e.cands:
            by_nat.setdefault(e.nationality, []).append(e)
    for c in loose:
        people = by_nat.get(c.nationality, [])
        if len(people) == 1:
            people[0].add(c)
            people[0].roles.append(c.text)


# the administrative divisions a local body is named by: "بلدية محافظة الرس"، "جوازات منطقة الباحة"
_DIVISIONS = frozenset(nw(w) for w in ("محافظة", "منطقة", "مدينة"))

# DIVISION_SHORT_NAME: heads of a place whose bare name is the same place ("منطقة الرياض" … "الرياض"، "ولاية
# كاليفورنيا" … "كاليفورنيا"); not a facility, a street or a countryside ("ريف دمشق" is not دمشق)
_DIVISION_HEADS = _DIVISIONS | frozenset(nw(w) for w in (
    "ولاية", "إقليم", "مقاطعة", "قرية", "ناحية", "حي", "جزيرة", "بلدة", "دولة", "مديرية", "سلطنة", "مملكة"))


def _article_country(ents: list[_Ent]) -> str | None:
    """The country the article is about: the one named most, as a place or as the nationality of a mention (more
    than any other), or None."""
    counts: dict[str, int] = {}
    for e in ents:
        for c in e.cands:
            country = c.nationality or (c.canonical if e.type == "LOC" and c.source == "gaz" else None)
            if country:
                key = nw(country)
                counts[key] = counts.get(key, 0) + 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
    if not top or len(top) == 2 and top[0][1] == top[1][1]:
        return None
    return top[0][0]


def _merge_org_prefixes(ents: list[_Ent], lex: EntityLexicon) -> None:
    """ORG_NAME_PREFIX: an organisation named by the first words of a longer organisation's name, by that name
    without its head noun, or by it under another head, is the same body: "الاتحاد السعودي" after "الاتحاد السعودي
    لكرة القدم", "مجموعة الطيار" and "شركة مجموعة الطيار للسفر القابضة", "إدارة الخطوط الجوية اليونانية" and "شركة
    الخطوط الجوية اليونانية". A known body (a gazetteer name) only with adjectives after it ("حزب الله
    اللبنانية"): "الأمم المتحدة" is not "منظمة الأمم المتحدة للطفولة", nor "الكونغرس" "مكتبة الكونغرس". Not when the
    short name comes first and the long one adds a nationality ("وزارة الخارجية" … "وزارة الخارجية الأمريكية" are two
    ministries), when the rest starts with "و" (a second body: "الجيش الوطني والمقاومة الشعبية"), or when two longer
    names share the short one."""
    orgs = [e for e in ents if e.type == "ORG" and e.cands]
    if len(orgs) < 2:
        return
    home = _article_country(ents)

    def headed(name: tuple) -> bool:
        return any(x[2] == "head" for x in lex.first.get(name[0], ()))

    def extends(long: tuple, short: tuple) -> tuple | None:
        if len(long) >= 3 and len(short) >= 2 and long[0] == short[0] and long[1] in _DIVISIONS and (
                long[2:] == short[1:] or short[1:] == ("ال" + long[1],)):
            return ()  # a local body by its place, with or without the division, or by the division alone: "بلدية
            # محافظة الرس"، "بلدية الرس"، "بلدية المحافظة"
        if len(long) > len(short) and long[:len(short)] == short:
            return long[len(short):]
        if len(long) >= 3 and len(short) >= 2 and long[1] in GENERAL and long[0] == "ال" + short[0] \
                and long[2][:2] == "لل" and "ا" + long[2][1:] == short[1] and long[3:len(short) + 1] == short[2:]:
            return ()  # GENERAL_BODY_SHORT_FORM: "هيئة السياحة" is "الهيئة العامة للسياحة والتراث الوطني" (the
            # field goes on with "و"), "مديرية الشؤون الصحية" "المديرية العامة للشؤون الصحية بمنطقة حائل"
        if long[1:1 + len(short)] == short and headed(long):
            return long[1 + len(short):]
        if len(long) == len(short) >= 3 and long[1:] == short[1:] and long[0] != short[0] and headed(long) \
                and headed(short):
            return ()  # one body under two heads: "شركة الخطوط الجوية اليونانية"، "إدارة الخطوط الجوية اليونانية"
        return None

    for short_e in sorted(orgs, key=lambda e: -max(map(len, e.names), default=0)):  # (the longest settle first)
        known = any(c.source == "gaz" for c in short_e.cands)
        hosts = set()
        for short in list(short_e.names):
            if len(short) < 2:
                continue
            for long_e in orgs:
                if long_e is short_e or not long_e.cands:
                    continue
                for long in long_e.names:
                    rest = extends(long, short)
                    if rest is None:
                        continue
                    if known and (long[:len(short)] != short or any(w[:1] == "ل" for w in rest)):
                        continue  # a known body's name inside another's: "الأمم المتحدة" … "منظمة الأمم المتحدة
                        # للطفولة"، "الأمم المتحدة لحقوق الإنسان" (but "حزب الله" … "حزب الله اللبنانية" is one)
                    first = rest[0] if rest else ""
                    if first[:1] == "و" and (first[1:].startswith("ال") or first[1:] in lex.freq):
                        continue  # a second body after "و": "الجيش الوطني | والمقاومة الشعبية"
                    if first in lex.nisba_words and short_e.first < long_e.first and (
                            home is None or not any(c.nationality and nw(c.nationality) == home
                                                    for c in long_e.cands)):
                        continue  # "وزارة الخارجية" … "وزارة الخارجية الأمريكية": two ministries, unless the
                        # nationality is the article's own country ("وزارة الطاقة" … "وزارة الطاقة الأمريكية" in
                        # news about American oil)
                    hosts.add(long_e)
        if len(hosts) == 1:
            host = hosts.pop()
            for c in short_e.cands:
                host.add(c)
            host.roles.extend(short_e.roles)
            short_e.cands = []


def _word_before_known_surname(cands: list[Cand], lex: EntityLexicon, text: str, tokens) -> None:
    """WORD_BEFORE_KNOWN_SURNAME: a two-word person "W F" whose family name F ends another person's fuller name with
    a different first word, and whose W is a word of the vocabulary (no given name, particle or title), is F alone:
    "دافع | كيري" after "جون كيري"، "حظوظ | تشيزني" after "فويتشيك تشيزني"، "يروي | لودريان" (the verb or noun before
    the surname was read as a given name)."""
    people = [c for c in cands if c.type == "PER" and c.kind == "name" and len(c.words) >= 2]
    firsts: dict[str, set[str]] = {}
    for c in people:
        firsts.setdefault(c.words[-1], set()).add(c.words[0])
    for c in people:
        w = c.words
        if len(w) != 2 or c.tok_end - c.tok_start != 2 or c.p_clitic or w[1] in COMPOUND_ENDS:
            continue
        first = w[0]
        if not firsts[w[1]] - {first} or first not in lex.freq or first in lex.given or first in lex.name_words \
                or first in lex.particles or first in lex.role_words or first.startswith("ال") or len(first) < 3:
            continue
        t = tokens[c.tok_start + 1]
        c.start, c.tok_start = t.start, c.tok_start + 1
        c.text = text[c.start:c.end]



def _only_inside_org(e: _Ent, carriers: list[tuple[int, int]], text: str) -> bool:
    """PLACE_INSIDE_ORG: a place named only inside the names of bodies that merely carry it ("جامعة الجوف"، "نادي
    نجران"، "بنك إنجلترا": ``carriers``, the spans of organisation names under a head that is no government's) is part
    of those names, not a place the article speaks of. The place a government body acts for ("سفارة السويد"، "حكومة
    كابول"، "أمانة جدة") or a branch stands in ("الغرفة التجارية | بالرياض") stays one, and so does a place named once
    on its own."""
    return e.type == "LOC" and all(text[c.start - 1:c.start] != "ب" and any(
        s <= c.start and c.end <= t and t - s > c.end - c.start for s, t in carriers) for c in e.cands)


def _shorter_roles(cands: list[Cand], lex: EntityLexicon) -> dict[tuple[str, ...], _Ent]:
    """SHORTER_ROLE: the first words of a role attached to a person, from the post to a definite word, designate
    that person when no other person's role begins with them: "وزير الخارجية" after "وزير الخارجية الأردني ناصر
    جودة"، "الأمين العام للائتلاف" after "الأمين العام للائتلاف الوطني السوري محمد مكتبي"."""
    shorter: dict[tuple[str, ...], _Ent | None] = {}
    for c in cands:
        if c.kind == "role" and c.attach is not None and c.attach.entity is not None and \
                c.attach.entity.type == "PER":
            w = _words(c.text)
            if len(w) >= 3 and w[0] in lex.role_words:
                e = c.attach.entity
                for n in range(2, len(w)):
                    if w[n - 1].startswith(("ال", "لل")):  # (never cut in a construct: "رئيس مجلس"، "المتحدث باسم")
                        shorter[w[:n]] = e if shorter.get(w[:n], e) is e else None
    return {w: e for w, e in shorter.items() if e is not None}


def _bare_roles(article, text: str, cands: list[Cand], lex: EntityLexicon, shorter: dict, words=None,
                toks=None) -> None:
    """BARE_ROLE: a role once attached to a person, met again without its complement, is that person: "عبد اللطيف
    الزياني الأمين العام لمجلس التعاون …" → "وأكد الأمين العام أن …". Only a definite head that one person alone
    holds in the article, and only where no complement follows it ("الأمين العام للأمم المتحدة" is someone else)."""
    heads: dict[tuple[str, ...], _Ent | None] = {}
    for c in cands:
        if c.kind != "role" or c.attach is None or c.attach.entity is None or c.attach.entity.type != "PER":
            continue
        w = _words(c.text)
        owned = _possessed_title(w[0]) if w else None
        if owned is not None:
            w = (owned,) + w[1:]  # POSSESSED_TITLE: "متحدثها الرسمي" (its spokesman) is "the spokesman" after it
        elif not w or not w[0].startswith("ال") or w[0] not in lex.role_words:
            continue
        n = 1
        while n < len(w) and w[n] in ROLE_ADJ:
            n += 1
        if n < len(w) or owned is not None:  # (a role with its complement, or the body's pronoun: the head alone
            e = c.attach.entity  # is the short form)
            heads[w[:n]] = e if heads.get(w[:n], e) is e else None
    heads = {h: e for h, e in heads.items() if e is not None}
    heads.update((h, e) for h, e in shorter.items() if h not in heads)
    if not heads:
        return
    if toks is None:
        toks = list(article.tokens)
    if words is None:
        words = [nw(text[t.start:t.end]) if t.kind == "word" else None for t in toks]
    covered = set()
    for c in cands:
        covered.update(range(c.tok_start, c.tok_end))
    n_tok = len(toks)
    for head, e in heads.items():
        for i in range(n_tok - len(head) + 1):
            if words[i] != head[0] or i in covered or tuple(words[i:i + len(head)]) != head:
                continue
            j = i + len(head)
            nxt = words[j] if j < n_tok else None
            prev = words[i - 1] if i else None
            if nxt is not None and (nxt.startswith(("ل", "ال")) or nxt in ROLE_ADJ or nxt in COMPLEMENT_PREPS) \
                    or j in covered or prev is not None and prev.startswith("ال"):
                continue  # a complement, an adjective or a name follows: another role, or one already read; after
                # a definite noun the word is an adjective: "الحزب الإسلامي | الرئيس" (the main party)
            c = Cand(toks[i].start, toks[j - 1].end, text[toks[i].start:toks[j - 1].end], "PER", "role", i, j,
                     source="bare-role")
            e.add(c)
            e.roles.append(c.text)
            cands.append(c)
            covered.update(range(i, j))


def _possessed_title(w: str) -> str | None:
    """The definite post of a post with the body's pronoun: "متحدثها" -> "المتحدث", "زعيمهم" -> "الزعيم"."""
    for own in ("ها", "هم"):
        if w.endswith(own) and w[:-len(own)] in POSSESSED_TITLES:
            return "ال" + w[:-len(own)]
    return None


def article_words(article, text: str, span: tuple[int, int]) -> list[str]:
    toks = article.tokens
    return [nw(text[toks[k].start:toks[k].end]) if toks[k].kind == "word" else "" for k in range(*span)]


def _propagate(article, text: str, cands: list[Cand], alias: dict, lex: EntityLexicon, words=None, toks=None) -> None:
    """Find every further occurrence of the aliases, outside existing name mentions."""
    first: dict[str, list[tuple[int, tuple[str, ...], _Ent]]] = {}
    for aw, e in alias.items():
        if e is None:
            continue
        for v, p in _variants(aw[0]):
            first.setdefault(v, []).append((p, aw[1:], e))
    for lst in first.values():
        if len(lst) > 1:
            lst.sort(key=lambda x: -len(x[1]))
    covered = set()
    for c in cands:
        if c.kind == "name" and c.entity is not None or c.kind == "name":
            covered.update(range(c.tok_start, c.tok_end))
    if toks is None:
        toks = list(article.tokens)
    n = len(toks)
    if words is None:
        words = [nw(text[t.start:t.end]) if t.kind == "word" else None for t in toks]
    for i in [i for i, w in enumerate(words) if w in first]:
        if i in covered or month_as_month(words, i):
            continue  # (the month, not the person named after it: "شهر | رمضان")
        w = words[i]
        lst = first[w]
        for p, rest, e in lst:
            if not rest and w.startswith("لل") and "ال" + w[2:] in PURPOSE_BEFORE_PREPOSITION and i + 1 < n \
                    and words[i + 1] in VERB_PREPOSITIONS:
                continue  # a verbal noun of purpose with its preposition, not the body's short name: "للدفاع | عن"
            ok = True
            for k, r in enumerate(rest):
                j = i + 1 + k
                if j >= n or j in covered or words[j] is None:
                    ok = False
                    break
                if words[j] != r:
                    ok = False
                    break
            if not ok:
                continue
            end_tok = i + 1 + len(rest)
            t = toks[i]
            raw = text[t.start:t.end]
            if p == 1 and w.startswith("لل") and "ال" + w[2:] in first:
                p = 0  # ل + a name with the article, which the spelling elides: the mention is written "للتعليم" (R1)
            start = t.start + p if len(raw) == len(w) else _orig_offset(raw, p) + t.start
            stop = toks[end_tok - 1].end
            c = Cand(start, stop, text[start:stop], e.type, "name", i, end_tok, source="alias")
            e.add(c)
            cands.append(c)
            covered.update(range(i, end_tok))
            break


# Arabic name particles: the word after them is no name on its own (أبو طالب، عبد اللطيف، آل مكتوم، ذو الفقار)
_CHAIN_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "ذو"})
_NO_ALIAS = frozenset({"الله", "الرحمن", "الرحيم"})
# candidates whose context makes a generic word a name: "لـ«المدينة»" (the newspaper), a byline's outlet
_NAMED_BY_CONTEXT = frozenset({"outlet", "byline"})
# the sources of a person proposed by the context alone (a speech verb before, the word model), no list
_WEAK_PERSON_SOURCES = frozenset({"speech", "model"})
_LOOK_SOURCES = frozenset({"foreign", "model"})  # a person only by the look of the words
_OFFICE = frozenset({"مكتب", "ومكتب", "فمكتب"})


def _offices(article, text: str, cands: list[Cand], ent_for, words=None, toks=None) -> None:
    """OFFICE_OF_PERSON: "مكتب" right before a person's name names an organisation, "مكتب ترودو" (the office
    speaks for him: "ورد مكتب ترودو قائلا إن …"); the person keeps the mention of the name inside it. Only before
    a name: "مكتب رئيس الوزراء" is a role's office, no name."""
    people = [c for c in cands if c.kind == "name" and c.type == "PER" and c.entity is not None and c.tok_start]
    if not people:
        return
    if toks is None:
        toks = list(article.tokens)
    for c in people:
        k = c.tok_start - 1
        t = toks[k]
        if t.kind != "word" or t.end + 1 != c.start:
            continue
        w = words[k] if words is not None else nw(text[t.start:t.end])
        if w not in _OFFICE:
            continue
        start = text.index("م", t.start)  # after a conjunction: "ومكتب"
        o = Cand(start, c.end, text[start:c.end], "ORG", "name", k, c.tok_end, source="office")
        ent_for(("g", ("مكتب", *c.words)), "ORG").add(o)
        cands.append(o)


@lru_cache(maxsize=50_000)
def _variants(w: str) -> tuple[tuple[str, int], ...]:
    """clitic_variants(w), made once per word."""
    return tuple(clitic_variants(w))


def _orig_offset(raw: str, p: int) -> int:
    seen = 0
    for k, ch in enumerate(raw):
        if nw(ch):
            if seen == p:
                return k
            seen += 1
    return len(raw)
