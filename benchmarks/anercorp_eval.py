#!/usr/bin/env python3
"""ANERcorp entity-level evaluation of the default arnews pipeline (CoNLL style, exact span and type).

Each sentence of the test split (tokens joined by single spaces) is analysed on its own with ``arnews.analyze``;
the NAME mentions of PER/ORG/LOC(/MISC) entities are mapped back to the whitespace tokens they overlap (a mention
inside "وبريطانيا" tags that whole token, as ANERcorp does) and compared with the gold IOB2 tags.

Usage:
    PYTHONPATH=src python benchmarks/anercorp_eval.py [--conll PATH] [--limit N] [--show N] [--json OUT]

Tuning without the test split (``--train-slice DIR``): build the ANERcorp-derived lexicons from the first 90% of
train.conll into DIR, then measure on the last 10% of train.conll with those lexicons in place of the shipped ones:

    for t in build_name_lexicons build_name_model build_person_model; do
        PYTHONPATH=src python tools/$t.py --frac 0.9 --out /tmp/anerslice; done
    PYTHONPATH=src python benchmarks/anercorp_eval.py --train-slice /tmp/anerslice

Reports precision, recall and F1 per type, micro over PER/ORG/LOC (the types arnews produces), and micro over all
four ANERcorp types (MISC counted as missed). The test file is for measuring only: nothing is derived from it.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "anercorp", "test.conll")
TRAIN = os.path.join(HERE, "..", "..", "shared", "data", "anercorp", "train.conll")
SLICE = 0.9  # --train-slice: lexicons from the first 90% of train, measured on the last 10%
TAG = {"PER": "PERS", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from conll import read_conll  # noqa: E402


def spans_of(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start token, end token, type) of an IOB2 sequence; a stray I- opens a new entity."""
    out, i = set(), 0
    while i < len(tags):
        t = tags[i]
        if t[:2] in ("B-", "I-"):
            ty = t[2:]
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + ty:
                j += 1
            out.add((i, j, ty))
            i = j
        else:
            i += 1
    return out


def _titles() -> set[str]:
    """Titles and honorifics (from arnews' roles lexicon): ANERcorp leaves them out of person names."""
    from arnews.lexicons import read_table
    from arnews.text.normalize import normalize_word

    return {normalize_word(r[0]) for r in read_table("roles.tsv") if len(r) > 1 and " " not in r[0]}


def _heads() -> dict[str, str]:
    """Head nouns (arnews' org_heads lexicon) and the gazetteer types of names, for the convention adapter."""
    from arnews.extractors.entity_lexicon import EntityLexicon

    lex = EntityLexicon.default()
    heads, gaz, epithets = {}, {}, set()
    for key, entries in lex.first.items():
        for p, rest, cat, data in entries:
            if p == 0 and cat == "head" and not rest:
                heads[key] = data[1]  # the head's class: company, outlet, team, place, gov, party …
            if p == 0 and cat == "gaz":
                gaz[" ".join((key,) + rest)] = data[0]
                if data[2] == "epithet":
                    epithets.add(" ".join((key,) + rest))
    return {"heads": heads, "gaz": gaz, "nisba": lex.nisba_words, "epithets": epithets}


def _ner_spans(article, text: str) -> list[tuple[int, int, str]]:
    """Name mentions in ANERcorp's convention (unless --strict): the innermost name of an entity; person names
    without titles (الملك عبدالله الثاني -> عبدالله الثاني); organisations and places without their head noun
    (شركة انرون -> انرون, حكومة السودان -> السودان as LOC, إقليم دارفور -> دارفور), as ANERcorp annotates them;
    a body named only by its head noun and nationality (الجيش اللبناني، الحكومة السودانية) is not a name there, nor an
    epithet of the gazetteer (العاصمة الفرنسية، العاصمة المقدسة)."""
    from arnews.text.normalize import normalize_word

    titles = TITLES
    spans = []
    for e in article.entities:
        if e.type not in TAG:
            continue
        ms = [m for m in e.mentions if m.kind == "name"]
        for m in ms:
            if any(o is not m and m.start <= o.start and o.end <= m.end and (o.start, o.end) != (m.start, m.end)
                   for o in ms):
                continue  # keep the inner name
            s, end, ty = m.start, m.end, TAG[e.type]
            if STRICT:
                spans.append((s, end, ty))
                continue
            if e.type == "PER":
                while True:
                    first = text[s:end].split(" ", 1)
                    if len(first) == 2 and normalize_word(first[0]) in titles:
                        s += len(first[0]) + 1
                    else:
                        break
            elif e.type in ("ORG", "LOC"):
                if " ".join(normalize_word(w) for w in text[s:end].split()) in HEADS["epithets"]:
                    continue  # a description, no name: "العاصمة الفرنسية" (ANERcorp tags only "باريس")
                first = text[s:end].split(" ", 1)
                cls = HEADS["heads"].get(normalize_word(first[0])) if len(first) == 2 else None
                words = [normalize_word(w) for w in text[s:end].split()]
                if cls is not None and all(w in HEADS["nisba"] for w in words[1:]) \
                        and " ".join(words) not in HEADS["gaz"]:
                    continue  # a described body, not a name: ANERcorp leaves "الجيش اللبناني" untagged
                    # (but a gazetteer name stays: الاتحاد الأوروبي)
                if cls is not None:
                    rest = first[1].strip('"«»“” ')
                    known = HEADS["gaz"].get(normalize_word(rest))
                    # ANERcorp leaves out the head noun of companies, media, teams and places, and of any
                    # organisation phrase whose name is itself a known name (حركة حماس، حكومة السودان)
                    if cls in ("company", "outlet", "team", "place", "facility") or known:
                        s = end - len(rest) if text[s:end].endswith(rest) else s + len(first[0]) + 1
                        ty = TAG.get(known or e.type, ty)
            spans.append((s, end, ty))
    return spans


TITLES: set[str] = set()
HEADS: dict = {}
STRICT = False


def predict(tokens: list[str], analyze) -> list[str]:
    """IOB2 tags for whitespace tokens from the entity NAME mentions arnews finds in the joined sentence."""
    text = " ".join(tokens)
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    article = analyze(text)
    spans = _ner_spans(article, text)
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    tags = ["O"] * len(tokens)
    for s, e, ty in spans:
        toks = [k for k, st in enumerate(starts) if st < e and s < st + len(tokens[k])]
        if not toks or any(tags[k] != "O" for k in toks):
            continue
        tags[toks[0]] = "B-" + ty
        for k in toks[1:]:
            tags[k] = "I-" + ty
    return tags


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conll", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--show", type=int, default=0, help="print up to N errors of each kind")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--strict", action="store_true",
                    help="score arnews' mention spans as they are (no ANERcorp convention adapter)")
    ap.add_argument("--train-slice", metavar="DIR",
                    help="measure on the last 10%% of train.conll, with the ANERcorp-derived lexicons built into DIR "
                         "from the first 90%% (tools/build_*.py --frac 0.9 --out DIR)")
    a = ap.parse_args(argv)
    if a.train_slice:
        a.conll = TRAIN if a.conll == DEFAULT else a.conll
    if not os.path.exists(a.conll):
        print(f"ANERcorp test file not found at {a.conll}", file=sys.stderr)
        return 2
    import arnews

    global STRICT
    STRICT = a.strict
    TITLES.update(_titles())
    HEADS.update(_heads())
    sents = read_conll(a.conll)
    analyze = arnews.analyze
    if a.train_slice:
        from arnews.extractors.entities import EntityExtractor
        from arnews.pipeline import Pipeline

        d = a.train_slice
        ex = EntityExtractor(lexicons={
            "gazetteers": (os.path.join(d, "gazetteer_anercorp.tsv"), "gazetteer_cldr.tsv", "gazetteer.tsv"),
            "given_names": ("given_names.txt", os.path.join(d, "given_names_anercorp.txt"), "given_names_east_asian.txt"),
            "name_model": (os.path.join(d, "name_ngrams.tab"),),
            "person_model": (os.path.join(d, "person_model.tab"),),
            "person_words": (os.path.join(d, "person_words_anercorp.tsv"),),
            "vocabulary": (os.path.join(d, "vocabulary.tsv"), "vocabulary_news.tsv")})
        pipe = Pipeline([ex])
        analyze = lambda text: arnews.analyze(text, pipe)
        sents = sents[int(len(sents) * SLICE):]
    if a.limit:
        sents = sents[: a.limit]
    types = ("PERS", "ORG", "LOC", "MISC")
    tp = dict.fromkeys(types, 0)
    npred = dict.fromkeys(types, 0)
    ngold = dict.fromkeys(types, 0)
    fps, fns = [], []
    chars, t0 = 0, time.perf_counter()
    for sent in sents:
        toks = [t for t, _ in sent]
        gold = spans_of([g for _, g in sent])
        pred = spans_of(predict(toks, analyze))
        chars += sum(len(t) + 1 for t in toks)
        for s in gold:
            ngold[s[2]] += 1
        for s in pred:
            npred[s[2]] += 1
            if s in gold:
                tp[s[2]] += 1
            else:
                fps.append((s[2], " ".join(toks[s[0]:s[1]])))
        fns += [(s[2], " ".join(toks[s[0]:s[1]])) for s in gold - pred]
    secs = time.perf_counter() - t0
    fig = {"sentences": len(sents), "chars_per_s": chars / secs}
    print(f"{'type':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for ty in types:
        p, r, f = prf(tp[ty], npred[ty], ngold[ty])
        fig[ty] = {"p": p, "r": r, "f1": f, "gold": ngold[ty], "pred": npred[ty]}
        print(f"{ty:<16}{p:7.3f}{r:7.3f}{f:7.3f}{ngold[ty]:7d}{npred[ty]:7d}")
    for name, group in (("micro PER+ORG+LOC", types[:3]), ("micro all 4", types)):
        p, r, f = prf(sum(tp[t] for t in group), sum(npred[t] for t in group), sum(ngold[t] for t in group))
        fig[name] = {"p": p, "r": r, "f1": f}
        print(f"{name:<16}{p:7.3f}{r:7.3f}{f:7.3f}")
    print(f"{len(sents)} sentences, {chars / secs:,.0f} chars/s (whole default pipeline, one core)")
    if a.show:
        from collections import Counter

        for label, errs in (("false positives", fps), ("missed", fns)):
            print(f"\n{label}: {len(errs)}")
            for (ty, txt), n in Counter(errs).most_common(a.show):
                print(f"   {n:3d} {ty:5} {txt}")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump(fig, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
