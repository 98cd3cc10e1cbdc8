"""Speed and memory of arnews over a corpus, against the floor of one `regex` word pass.

    python benchmarks/bench_speed.py [PATH] [--limit N] [--stage segment|pipeline|both] [--per-extractor]
                                     [--json OUT]

PATH is a JSONL file (optionally .gz) of records with "text" (and "title"), or a folder of .txt files.
Default: ../shared/data/corpus/saudinewsnet.jsonl.gz (30,100 real articles). Texts are loaded first;
each stage is timed as CPU time of this one process (one core), after one warm-up article, in chunks of 500
articles that alternate with the floor on the same chunk ("x floor" is the ratio of those paired sums).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time

import regex

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "corpus", "saudinewsnet.jsonl.gz")
WORD = regex.compile(r"\w+")


def load(path: str, limit: int | None) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    if os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            if name.endswith(".txt"):
                with open(os.path.join(path, name), encoding="utf-8", errors="surrogateescape") as fh:
                    out.append((fh.read(), None))
            if limit and len(out) >= limit:
                break
        return out
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            out.append((rec["text"], rec.get("title")))
            if limit and len(out) >= limit:
                break
    return out


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, texts) -> float:
    """CPU seconds of this process (one core), steadier than wall time on a shared machine."""
    t0 = time.process_time()
    fn(texts)
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--stage", choices=("segment", "pipeline", "both"), default="both")
    ap.add_argument("--json", default=None, help="write the figures here")
    ap.add_argument("--per-extractor", action="store_true", help="also time each extractor of the pipeline alone")
    a = ap.parse_args(argv)
    sys.path.insert(0, os.path.join(HERE, "..", "src"))
    import arnews

    if not os.path.exists(a.path):
        print(f"no corpus at {a.path}; pass a JSONL file or a folder of .txt files", file=sys.stderr)
        return 2
    docs = load(a.path, a.limit)
    # the article text as arnews sees it (title line + body), so every stage reads the same characters
    texts = [(t + "\n" + b) if t else b for b, t in docs]
    chars = sum(len(t) for t in texts)
    rss_loaded = peak_mib()
    arnews.Article.from_text(texts[0])  # warm-up: lexicons, regexes
    fig: dict[str, float] = {"articles": len(texts), "chars": chars}

    def floor(ts):
        n = 0
        for t in ts:
            n += len(WORD.findall(t))
        return n

    def seg(ts):
        for t in ts:
            arnews.Article.from_text(t)

    pipeline = arnews.Pipeline.default() if a.stage != "segment" else arnews.Pipeline([])
    if a.stage != "segment":
        pipeline(texts[0])

    def pipe(ts):
        for t in ts:
            pipeline(t)

    # Each stage is timed chunk by chunk, alternating with the floor on the same chunk, so that both see the
    # same machine (a shared machine's speed drifts); the floor reported is the sum over all its passes.
    chunks = [texts[i:i + 500] for i in range(0, len(texts), 500)]

    def against_floor(fn) -> tuple[float, float]:
        spent = base = 0.0
        for chunk in chunks:
            base += timed(floor, chunk)
            spent += timed(fn, chunk)
        return spent, base

    stages = []
    if a.stage in ("segment", "both"):
        stages.append(("segment: Article.from_text", "segment_s", seg))
    if a.stage in ("pipeline", "both"):
        stages.append((f"pipeline: {', '.join(pipeline.names)}", "pipeline_s", pipe))
    rows = []
    floors = []
    for label, key, fn in stages:
        fig[key], base = against_floor(fn)
        floors.append(base)
        fig[key + "_floor"] = base
        rows.append((label, fig[key], base))
    fig["floor_s"] = sum(floors) / len(floors) if floors else timed(floor, texts)
    rows.insert(0, ("floor: one regex word pass", fig["floor_s"], fig["floor_s"]))
    if a.stage in ("pipeline", "both") and a.per_extractor:
        # each extractor alone, on articles the earlier extractors already filled
        arts = [arnews.Article.from_text(t) for t in texts]
        for ex in pipeline.extractors:
            t0 = time.process_time()
            arts = [ex(x) for x in arts]
            secs = time.process_time() - t0
            fig[f"extractor_{ex.name}_s"] = secs
            rows.append((f"  extractor {ex.name}", secs, fig["floor_s"]))
    fig["peak_rss_mib"] = peak_mib()
    print(f"corpus: {a.path}\narticles: {len(texts):,}  chars: {chars:,}  "
          f"python {sys.version.split()[0]}, arnews {arnews.__version__}")
    print(f"{'stage':<44}{'seconds':>9}{'chars/s':>13}{'articles/s':>12}{'x floor':>9}")
    for name, s, base in rows:
        print(f"{name:<44}{s:9.2f}{chars / s:13,.0f}{len(texts) / s:12,.0f}{s / base:9.1f}")
    print(f"peak RSS: {fig['peak_rss_mib']:.0f} MiB (of which {rss_loaded:.0f} MiB after loading the corpus)")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump(fig, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
