"""Over the 618 real articles of ../shared: every span valid, and the JSON round trip exact."""

import json

from arnews import Article, Pipeline
from arnews.validate import span_problems

from .conftest import shared_path


def test_every_span_valid_and_round_trip_exact_on_618_articles():
    path = shared_path("data", "corpus", "articles.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) == 618
    pipeline = Pipeline.default()
    for rec in records:
        a = pipeline(rec)
        assert span_problems(a) == [], rec.get("id")
        assert Article.from_dict(a.to_dict()) == a, rec.get("id")
