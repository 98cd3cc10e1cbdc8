"""Build src/arnews/lexicons/data/vocabulary.tsv: word-form frequencies used by the clitic analysis.

    python tools/build_vocabulary.py [--shared ../shared]

Counts Arabic word forms (diacritics removed, hamza kept) over ANERcorp train and AQMAR and keeps those seen at
least twice. Only counts are written, never text.
"""

from __future__ import annotations

import argparse
import collections
import os

import regex

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "arnews", "lexicons", "data", "vocabulary.tsv")
MARKS = regex.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
HEADER = """# Arabic word forms and their frequency, counted over ANERcorp train (Benajiba et al. 2007;
# CC BY-SA 4.0 split by CAMeL Lab) and AQMAR (CMU ARK, CC BY-SA 3.0); diacritics removed,
# forms seen at least twice. Used only to decide whether a leading letter is a clitic
# (وقال -> و + قال, but وزير stays whole). Regenerate with tools/build_vocabulary.py.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    a = ap.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    for rel in ("data/anercorp/train.conll", "data/aqmar/aqmar.conll"):
        with open(os.path.join(a.shared, rel), encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if parts:
                    word = MARKS.sub("", parts[0])
                    if regex.fullmatch(r"\p{Arabic}+", word):
                        counts[word] += 1
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= 2:
                out.write(f"{word}\t{n}\n")


if __name__ == "__main__":
    main()
