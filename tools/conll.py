"""Reading CoNLL-style "token<TAB>tag" files (ANERcorp, AQMAR): one helper for the tools and the benchmarks."""

from __future__ import annotations


def read_conll(path: str) -> list[list[tuple[str, str]]]:
    """Sentences as lists of (token, tag); a blank line ends a sentence."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, tag = line.rsplit("\t", 1)
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents
