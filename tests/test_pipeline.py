import sys
import textwrap

import pytest

import arnews
from arnews import Article, Extractor, MissingLayerError, Pipeline, PipelineError, UnknownExtractorError, register
from arnews import registry

TEXTS = ["عنوان أول\nقال الوزير إن الوضع مستقر.", "عنوان ثان\nوأضاف أن النتائج جيدة.", "عنوان ثالث\nنص قصير."]


# ---- the custom extractor shown in docs/extending.md (at most 15 lines), run as written ------------------
@arnews.register("question_count")
class QuestionCount(arnews.Extractor):
    """Counts the questions in an article (sentences ending in ؟ or ?)."""

    requires = ("sentences",)
    provides = ("question_count",)

    def __call__(self, article: arnews.Article) -> arnews.Article:
        n = sum(article.slice(s).rstrip().endswith(("؟", "?")) for s in article.sentences)
        return article.with_layer("question_count", n)
# --------------------------------------------------------------------------------------------------------


def test_docs_example_extractor_runs():
    p = Pipeline.from_names(["question_count"])
    a = p("هل انتهت الأزمة؟ لا أحد يعرف. ماذا بعد؟")
    assert a.layers["question_count"] == 2
    assert "question_count" in registry.names()


def test_docs_example_matches_the_documentation():
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "extending.md").read_text(encoding="utf-8")
    block = doc.split("```python")[1].split("```")[0].strip()
    assert len(block.splitlines()) <= 15
    me = Path(__file__).read_text(encoding="utf-8")
    assert textwrap.dedent(block) in me


def test_missing_layer_is_named_with_its_provider():
    class NeedsQuotes(Extractor):
        name = "needs_quotes"
        requires = ("quotes",)

        def __call__(self, article):
            return article

    with pytest.raises(MissingLayerError) as err:
        Pipeline([NeedsQuotes()])
    msg = str(err.value)
    assert "'quotes'" in msg and "'needs_quotes'" in msg and "add 'quotes'" in msg


def test_plain_object_extractor_without_base_class():
    class Upper:
        name, requires, provides = "latin_words", ("tokens",), ("latin_words",)

        def __call__(self, article):
            return article.with_layer("latin_words", sum(k.isascii() for k in article.tokens.keys))

    assert Pipeline([Upper()])("قال Reuters إن").layers["latin_words"] == 1


def test_not_an_extractor_and_bad_return_are_clear():
    with pytest.raises(PipelineError, match="not an extractor"):
        Pipeline([object()])

    class Bad(Extractor):
        name = "bad"

        def __call__(self, article):
            return {"text": article.text}

    with pytest.raises(PipelineError, match="returned dict"):
        Pipeline([Bad()])("نص")


def test_unknown_name_lists_known_ones():
    with pytest.raises(UnknownExtractorError, match="no extractor is registered as 'nope'") as err:
        Pipeline(["nope"])
    assert "entities" in str(err.value)


def test_register_twice_needs_replace():
    @register("twice_demo")
    class A(Extractor):
        def __call__(self, article):
            return article

    with pytest.raises(ValueError):
        register("twice_demo")(type("B", (Extractor,), {}))
    register("twice_demo", replace=True)(A)
    registry.unregister("twice_demo")


def test_entry_point_extractors_are_found(tmp_path, monkeypatch):
    pkg = tmp_path / "arnews_plugin_demo.py"
    pkg.write_text(textwrap.dedent('''
        class Echo:
            name, requires, provides = "echo_plugin", (), ("echo",)
            def __call__(self, article):
                return article.with_layer("echo", article.title.text if article.title else None)
    '''), encoding="utf-8")
    dist = tmp_path / "arnews_plugin_demo-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: arnews-plugin-demo\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[arnews.extractors]\necho_plugin = arnews_plugin_demo:Echo\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(registry._STATE, "entry_points", False)
    try:
        a = Pipeline.from_names(["echo_plugin"])("عنوان الخبر\nنص.")
        assert a.layers["echo"] == "عنوان الخبر"
    finally:
        registry.unregister("echo_plugin")
        sys.modules.pop("arnews_plugin_demo", None)


def test_pipe_keeps_order_in_one_and_many_processes():
    p = Pipeline.default()
    one = [a.title.text for a in p.pipe(TEXTS * 3)]
    many = [a.title.text for a in p.pipe(TEXTS * 3, n_process=2, batch_size=2)]
    assert one == many == [t.split("\n")[0] for t in TEXTS * 3]


def test_pipe_accepts_records_with_meta():
    (a,) = Pipeline([]).pipe([{"text": "نص الخبر.", "title": "عنوان", "id": "n1"}])
    assert a.title.text == "عنوان" and a.meta["id"] == "n1"


def test_pipe_rejects_bad_arguments():
    with pytest.raises(ValueError):
        list(Pipeline([]).pipe(TEXTS, batch_size=0))
    with pytest.raises(TypeError):
        list(Pipeline([]).pipe([42]))


def test_default_pipeline_and_analyze():
    p = Pipeline.default()
    assert p.names[:3] == ("entities", "quotes", "claims")
    a = arnews.analyze(TEXTS[0])
    assert isinstance(a, Article) and a.title.text == "عنوان أول"
    assert arnews.analyze(TEXTS[0], Pipeline([])).entities == ()


def test_the_garbage_collector_is_paused_only_while_an_article_is_analysed():
    import gc

    class Probe:
        name, requires, provides = "gc_probe", (), ("gc_was_on",)

        def __call__(self, article):
            return article.with_layer("gc_was_on", gc.isenabled())

    assert gc.isenabled()
    assert Pipeline([Probe()])("قال الوزير إن الوضع مستقر.").layers["gc_was_on"] is False
    assert gc.isenabled()  # restored
    assert Pipeline([Probe()], pause_gc=False)("نص.").layers["gc_was_on"] is True

    class Boom(Probe):
        def __call__(self, article):
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        Pipeline([Boom()])("نص.")
    assert gc.isenabled()  # restored after an error too
    gc.disable()
    try:
        Pipeline([Probe()])("نص.")
        assert not gc.isenabled()  # a collector the caller turned off stays off
    finally:
        gc.enable()
