#!/usr/bin/env python3
"""Derive name lexicons from the ANERcorp TRAIN split (never the test split).

Writes, under src/arnews/lexicons/data/:
- given_names_anercorp.txt   first words of multi-word person names that are names more often than not;
- gazetteer_anercorp.tsv     entity strings (PER/ORG/LOC) that carry their label in most of their occurrences;
- person_words_anercorp.tsv  single words (surnames, foreign first names) tagged as part of a person's name in most
                             of their occurrences (at least twice) in ANERcorp train and AQMAR, so that a frequent
                             name is not taken for an ordinary word.
With ``--out DIR`` other than the package data (a tuning slice), a vocabulary.tsv of the slice (ANERcorp slice +
AQMAR, as tools/build_vocabulary.py counts) is written there too, so that nothing of the held-out tenth leaks in.

ANERcorp (Benajiba, Rosso & Benedi Ruiz 2007) is "freely available for research purposes"; the CAMeL Lab split is
CC BY-SA 4.0. The derived lists are word lists (no running text) and are distributed under CC BY-SA 4.0 with
attribution; see docs/entities.md.

Run:  .venv/bin/python tools/build_name_lexicons.py [path/to/train.conll] [--frac 0.9] [--out DIR]

``--frac F`` derives from the first F of the sentences only (for tuning: measure on the rest with
``benchmarks/anercorp_eval.py --train-slice``); ``--out DIR`` writes there instead of the package data.
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter, defaultdict

from conll import read_conll as read

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "src", "arnews", "lexicons", "data")
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "anercorp", "train.conll")
TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}
MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
# words ANERcorp tags as a place, a body or a person that news text uses far more often as ordinary words: the
# worker, nostalgia, the guide, the pure, the euro, disbelief, media, the Shia, satisfaction, the perplexed, strange,
# the states, the countryside, confusion, the aesthetic, the garrisoned, the chest (a family name: "مقتدى الصدر");
# "سول" and "أور" are the ends of "كسول" (lazy) and "باور"; "خان" (a caravanserai) starts town names ("خان شيخون")
NOT_NAMES = frozenset({"العامل", "الحنين", "الهادي", "الخالص", "الرشاد", "الفقيه", "الشم", "اليورو", "تسونامي",
                       "خان", "أور", "كفر", "ميديا", "شيعة", "الرضا", "سول", "الحائر", "غريب", "الولايات", "الريف",
                       "الحيرة", "الجمالية", "المرابطين", "الصدر", "الحرام", "الديار", "الأمانة العامة"})

# titles that open a person's name ("الملك فيصل"): a string tagged ORG or LOC that starts with one is part of the name
# of a body or a place named after that person
ROYAL_TITLES = frozenset({"الملك", "الملكة", "الأمير", "الأميرة", "الامير", "السلطان", "الشيخ", "الإمام", "الامام"})


def spans(sent):
    i = 0
    while i < len(sent):
        tag = sent[i][1]
        if tag[:2] in ("B-", "I-"):
            ty = tag[2:]
            j = i + 1
            while j < len(sent) and sent[j][1] == "I-" + ty:
                j += 1
            yield i, j, ty
            i = j
        else:
            i += 1


def fold(form: str) -> str:
    """The spelling-blind key of a form: no marks, one alef, ي for ى, ه for ة ("وآيرلندا" and "ايرلندا" meet)."""
    return MARKS.sub("", form).translate(_FOLD)


_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def strip_clitic(form: str, known: set[str], names: frozenset[str] = frozenset(),
                 folded: frozenset[str] = frozenset()) -> str:
    """وبريطانيا -> بريطانيا, للأمم المتحدة -> الأمم المتحدة, when the bare form is itself a known entity (``folded``:
    the known forms by `fold`, so that "وآيرلندا" is و + the known "أيرلندا"); وأحمد رزق -> أحمد رزق when the first
    word without its و is a known first name (``names``), so that the lexicons hold names, not ANERcorp's
    clitic-attached tokens."""
    if form.startswith("لل") and ("ال" + form[2:]) in known:
        return "ال" + form[2:]
    for c in CLITICS:
        if form.startswith(c) and (form[len(c):] in known or len(form) - len(c) >= 4 and fold(form[len(c):]) in folded):
            return form[len(c):]
    first = form.split(" ", 1)[0]
    if first[:1] in "وف" and len(first) > 3 and first[1:] in names and first not in names:
        return form[1:]
    if form.startswith(("وال", "فال")) and len(first) > 5:
        return form[1:]  # a conjunction before the article: والأراضي الفلسطينية
    return form


def coordinated(form: str, known: set[str]) -> bool:
    """Two known names joined by "و" ("ايطاليا وفرنسا"، "الويبو وجامعة الدول العربية"): a list, no one name."""
    w = form.split()
    return any(w[i][:1] == "و" and " ".join(w[:i]) in known and " ".join([w[i][1:]] + w[i + 1:]) in known
               for i in range(1, len(w)))


def first_words(sents) -> Counter:
    """How often each word starts a multi-word person name."""
    return Counter(s[i][0] for s in sents for i, j, ty in spans(s) if ty == "PERS" and j - i >= 2)


def first_names(first: Counter, hand: set[str]) -> frozenset[str]:
    """First words of multi-word person names (without a conjunction of their own: "وجون" when "جون" is one
    too), with the hand-made given names."""
    pool = set(first) | hand
    return frozenset({w for w in first if not (w[:1] in "وف" and w[1:] in pool)} | hand)


def slice_args(argv: list[str], default: str) -> tuple[str, float, str]:
    """(train path, fraction of its sentences to use, output folder) from ``[path] [--frac F] [--out DIR]``."""
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=default)
    ap.add_argument("--frac", type=float, default=1.0, help="use only the first FRAC of the sentences")
    ap.add_argument("--out", default=DATA, help="output folder (default: the package data)")
    a = ap.parse_args(argv[1:])
    if "test" in os.path.basename(a.path):
        raise SystemExit("refusing to derive lexicons from a test split")
    os.makedirs(a.out, exist_ok=True)
    return a.path, a.frac, a.out


def main(argv: list[str]) -> int:
    path, frac, out = slice_args(argv, DEFAULT)
    sents = read(path)
    sents = sents[: int(len(sents) * frac)]
    raw = Counter()
    for s in sents:
        for i, j, ty in spans(s):
            if ty in TYPES:
                raw[(" ".join(t for t, _ in s[i:j]), TYPES[ty])] += 1
    with open(os.path.join(DATA, "given_names.txt"), encoding="utf-8") as fh:
        hand = {w.strip() for w in fh if w.strip() and not w.startswith("#")}
    places = set()  # the hand-made, CLDR, places and bodies gazetteers: "وبلجيكا"، "وعكا" are و + a known place
    for name in ("gazetteer.tsv", "gazetteer_cldr.tsv", "gazetteer_places.tsv", "gazetteer_orgs.tsv"):
        with open(os.path.join(DATA, name), encoding="utf-8") as fh:
            places.update(line.split("\t", 1)[0].strip() for line in fh if not line.startswith("#"))
    known = {f for f, _ in raw} | places
    with open(os.path.join(DATA, "org_heads.tsv"), encoding="utf-8") as fh:
        heads = {line.split("\t", 1)[0].strip() for line in fh if not line.startswith("#")}
    first = first_words(sents)
    names = first_names(first, hand)
    ent = Counter()
    folded = frozenset(fold(f) for f in known)
    for (f, ty), n in raw.items():
        ent[(strip_clitic(f, known, names if ty == "PER" else frozenset(), folded), ty)] += n
    # how often each form occurs untagged (all its tokens "O"), counting clitic-attached variants too
    forms = {f for f, _ in ent}
    maxlen = max(len(f.split()) for f in forms)
    seen = Counter()
    for s in sents:
        toks = [t for t, _ in s]
        tags = [g for _, g in s]
        for i in range(len(toks)):
            for n in range(1, maxlen + 1):
                if i + n > len(toks):
                    break
                if any(g != "O" for g in tags[i:i + n]):
                    break
                f = " ".join(toks[i:i + n])
                g = strip_clitic(f, forms)
                if g in forms:
                    seen[g] += 1
    by_form = defaultdict(Counter)
    for (f, ty), n in ent.items():
        by_form[f][ty] += n
    given_folded = {fold(w) for w in names}
    rows = []
    for f, c in by_form.items():
        ty, n = c.most_common(1)[0]
        total = seen[f] + sum(c.values())
        if n / total < 0.6 or len(f) < 3 or any(ch.isdigit() for ch in f) or f in NOT_NAMES:
            continue
        if ty != "PER" and f.split()[0] in ROYAL_TITLES:
            continue  # a person's name cut out of a body's: "الملك فيصل" of "جامعة الملك فيصل"
        if f[:1] in "بلكو" and f.split()[0][1:] in heads:
            continue  # a preposition on a head noun, tagged with the name after it: "بوادي" of "بوادي حضرموت"، "بحي
            # الجمالية"
        if f[:1] in "وبل" and len(f) > 3 and ty in by_form.get(f[1:], ()) and f[1:] not in NOT_NAMES:
            continue  # the same name with a clitic on it: "وعكا"، "ونهاريا"، "بكريستيانو" (the bare form is a row)
        if coordinated(f, known):
            continue  # two names tagged as one: "ايطاليا وفرنسا"، "نيويورك ولندن"
        if ty != "PER" and n == 1 and " " not in f and fold(f) in given_folded:
            continue  # one place or body tag on a given name's spelling: "عبدة" (a region, once) is "عبده"
        rows.append((f, ty, n))
    rows.sort(key=lambda r: (r[1], -r[2], r[0]))
    with open(os.path.join(out, "gazetteer_anercorp.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# GENERATED by tools/build_name_lexicons.py from ANERcorp train.conll (Benajiba et al. 2007;\n"
                 "# CAMeL Lab split, CC BY-SA 4.0). Entity strings labelled PER/ORG/LOC in >= 60% of their occurrences.\n"
                 "# form\ttype\tcount\n")
        for f, ty, n in rows:
            fh.write(f"{f}\t{ty}\t{n}\n")
    # given names: first word of multi-word person names
    for w in list(first):  # "وجون" -> "جون" when "جون" is itself a first name; "لعلي" -> "علي" ("to Ali"); "بعلي" ->
        # "علي" only when the bare name starts more names (not "بريان", Brian)
        bare = w[1:]
        if (w[:1] == "و" and (bare in first or bare in names or bare in known) or w[:1] == "ل" and (
                bare in first or bare in hand)) and w not in hand and len(w) > 3 or \
                w[:1] == "ب" and len(w) > 3 and bare in hand and first[bare] > first[w] and w not in hand:
            first[bare] += first.pop(w)
        elif w in first and w[:1] in "ول" and w not in hand and len(bare) >= 2 and bare[:1] not in "اأإآيو":
            first.pop(w)  # a clitic on a name ANERcorp has only with it: "وباتريك"، "لفلوران"، "وبن" (names of their
            # own in و/ل are listed in given_names.txt, and a foreign name in وا/وي/وو/لو keeps its letter)
    word_o = Counter(t for s in sents for t, tag in s if tag == "O")
    alone = Counter()  # used alone as a surname (كيم، بوتين): not a given name
    for s in sents:
        for i, j, ty in spans(s):
            if ty == "PERS" and j - i == 1:
                alone[s[i][0]] += 1
    names = sorted(w for w, n in first.items()
                   if len(w) >= 2 and not any(ch.isdigit() for ch in w) and n >= word_o[w] * 0.5
                   and alone[w] < n)
    with open(os.path.join(out, "given_names_anercorp.txt"), "w", encoding="utf-8") as fh:
        fh.write("# GENERATED by tools/build_name_lexicons.py from ANERcorp train.conll (CC BY-SA 4.0):\n"
                 "# first words of multi-word person names that are not more often ordinary words.\n")
        fh.write("\n".join(names) + "\n")
    # person-name words: tagged PERS in most of their occurrences (ANERcorp tokens keep their clitics: a leading
    # و is dropped when the rest is itself such a word)
    per_w, all_w = Counter(), Counter()
    for s in sents:
        for t, g in s:
            t = MARKS.sub("", t)
            all_w[t] += 1
            if g.endswith("PERS"):
                per_w[t] += 1
    # AQMAR (CMU ARK, CC BY-SA 3.0; Arabic Wikipedia, NER-tagged) adds names the news sample lacks (راؤول)
    aqmar = os.path.join(os.path.dirname(path), "..", "aqmar", "aqmar.conll")
    if os.path.exists(aqmar):
        with open(aqmar, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 2:
                    t = MARKS.sub("", parts[0])
                    all_w[t] += 1
                    # AQMAR tags peoples and dynasties as PER (الأتراك، الأمويون): only its words without ال count
                    if parts[-1].endswith(("PER", "PERS")) and not t.startswith("ال"):
                        per_w[t] += 1
    lam = set()  # ل + a name ("لأحمد"، "لرونالدو"): the name's, not a word of its own
    for w in list(per_w):
        if w.startswith("و") and len(w) > 3 and w[1:] in per_w:
            per_w[w[1:]] += per_w[w]
            all_w[w[1:]] += all_w[w]
        elif w.startswith("ل") and not w.startswith("لل") and len(w) > 3 and (per_w[w[1:]] >= 2 or w[1:] in hand) \
                and w not in hand and w[1:] not in ("أبي", "أبو", "ابن", "بن", "أم", "عبد"):  # (a kunya: "لأبي سفيان")
            per_w[w[1:]] += per_w[w]
            all_w[w[1:]] += all_w[w]
            lam.add(w)
    pw = sorted(w for w, n in per_w.items()
                if n >= 2 and n / all_w[w] >= 0.5 and len(w) >= 3 and w.isalpha() and not w.startswith("و")
                and w not in lam)
    with open(os.path.join(out, "person_words_anercorp.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# GENERATED by tools/build_name_lexicons.py from ANERcorp train.conll (CC BY-SA 4.0) and AQMAR\n"
                 "# (CC BY-SA 3.0): words tagged\n"
                 "# as part of a person's name in at least half of their occurrences (and at least twice).\n"
                 "# word\tperson count\tall occurrences\n")
        for w in pw:
            fh.write(f"{w}\t{per_w[w]}\t{all_w[w]}\n")
    if os.path.abspath(out) != os.path.abspath(DATA):
        counts = Counter(MARKS.sub("", t) for s in sents for t, _ in s)
        aqmar = os.path.join(os.path.dirname(path), "..", "aqmar", "aqmar.conll")
        if os.path.exists(aqmar):
            with open(aqmar, encoding="utf-8") as fh:
                for line in fh:
                    parts = line.split()
                    if parts:
                        counts[MARKS.sub("", parts[0])] += 1
        with open(os.path.join(out, "vocabulary.tsv"), "w", encoding="utf-8") as fh:
            fh.write("# word forms of the tuning slice of ANERcorp train + AQMAR (see tools/build_vocabulary.py)\n")
            for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                if n >= 2 and all("\u0621" <= ch <= "\u064a" for ch in w):
                    fh.write(f"{w}\t{n}\n")
    print(f"{len(rows)} gazetteer rows, {len(names)} given names, {len(pw)} person words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
