"""Pipelines: extractors composed in order, their requirements checked when the pipeline is built.

>>> from arnews import Pipeline
>>> p = Pipeline.default()
>>> a = p("بوتين يستقبل كيم\\nقال الرئيس الروسي إن اللقاء مهم.")
>>> a.title.text
'بوتين يستقبل كيم'
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from . import registry
from .article import SEGMENTATION_LAYERS, Article
from .defaults import DEFAULT_EXTRACTORS
from .errors import ArnewsError, MissingLayerError, PipelineError

__all__ = ["Pipeline", "analyze", "Input"]

#: what a pipeline accepts: a text, an Article, or a record with "text" (and optionally "title" and meta fields)
Input = str | Article | Mapping[str, Any]


def _check_extractor(ex: Any, position: int) -> None:
    missing = [a for a in ("name", "requires", "provides") if not hasattr(ex, a)]
    if missing or not callable(ex):
        what = ", ".join(missing) if missing else "__call__"
        raise PipelineError(
            f"E003 the object at position {position} ({ex!r}) is not an extractor: it lacks {what}. "
            "An extractor has name, requires, provides and __call__(article) -> article."
        )


@contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Python's cyclic garbage collector off for the duration (when it was on), and on again afterwards.

    Analysing an article allocates hundreds of thousands of short-lived containers; none outlives the call except
    the immutable Article, so collecting cycles while it runs only costs time (about a quarter of it). Any cycle
    left behind is freed by the next collection after the call.
    """
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Pipeline:
    """Extractors run in order over an :class:`Article`; each returns a changed copy.

    Items may be extractor objects or registered names. Construction fails with a clear error when an
    extractor requires a layer that no earlier one provides. ``pause_gc`` (default True): Python's cyclic garbage
    collector is paused while one article is analysed and restored afterwards (see docs/benchmarks.md); pass
    False where another thread must not see it paused.
    """

    def __init__(self, extractors: Iterable[Any] = (), *, pause_gc: bool = True) -> None:
        if isinstance(extractors, (str, bytes)):
            raise TypeError("Pipeline() needs a list of extractors or names, not a single string")
        built = []
        for item in extractors:
            built.append(registry.get(item)() if isinstance(item, str) else item)
        provided = set(SEGMENTATION_LAYERS)
        for i, ex in enumerate(built):
            _check_extractor(ex, i)
            for layer in tuple(ex.requires):
                if layer not in provided:
                    raise MissingLayerError(ex.name, layer, registry.providers_of(layer), i)
            provided.update(tuple(ex.provides))
        self.extractors: tuple[Any, ...] = tuple(built)
        self.provides: frozenset[str] = frozenset(provided)
        self.pause_gc = bool(pause_gc)

    @classmethod
    def from_names(cls, names: Iterable[str], config: Mapping[str, Mapping[str, Any]] | None = None) -> Pipeline:
        """Build from registered names; ``config[name]`` gives keyword arguments for that extractor.

        >>> Pipeline.from_names(["entities"]).names
        ('entities',)
        """
        config = config or {}
        return cls([registry.get(n)(**dict(config.get(n, {}))) for n in names])

    @classmethod
    def default(cls) -> Pipeline:
        """The default pipeline: entities, quotes, claims."""
        return cls.from_names(DEFAULT_EXTRACTORS)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(ex.name for ex in self.extractors)

    def __len__(self) -> int:
        return len(self.extractors)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.extractors)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    def __call__(self, item: Input, title: str | None = None) -> Article:
        """Analyse one text (or Article, or record with "text") and return the Article."""
        with _collector_paused(self.pause_gc):
            return self._run(item, title)

    def _run(self, item: Input, title: str | None) -> Article:
        article = _to_article(item, title)
        for ex in self.extractors:
            try:
                result = ex(article)
            except ArnewsError:
                raise
            except Exception as exc:
                if hasattr(exc, "add_note"):
                    exc.add_note(f"arnews: raised inside extractor {getattr(ex, 'name', ex)!r}")
                raise
            if not isinstance(result, Article):
                raise PipelineError(f"E004 extractor {ex.name!r} returned {type(result).__name__}, not an Article; "
                                    "an extractor returns attrs.evolve(article, ...) or article.with_layer(...)")
            article = result
        return article

    def pipe(self, items: Iterable[Input], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Article]:
        """Analyse many texts lazily, in input order; ``n_process > 1`` spreads them over processes.

        >>> [a.title.text for a in Pipeline([]).pipe(["أ\\nب.", "ج\\nد."])]
        ['أ', 'ج']
        """
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError("batch_size must be a positive int")
        if not isinstance(n_process, int) or n_process == 0 or n_process < -1:
            raise ValueError("n_process must be a positive int, or -1 for one process per core")
        if n_process == -1:
            n_process = multiprocessing.cpu_count()
        if n_process == 1:
            for item in items:
                yield self(item)
            return
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        with ctx.Pool(n_process, initializer=_init_worker, initargs=(self,)) as pool:
            yield from pool.imap(_work, items, chunksize=batch_size)


_WORKER: dict[str, Pipeline] = {}


def _init_worker(pipeline: Pipeline) -> None:
    _WORKER["pipeline"] = pipeline


def _work(item: Input) -> Article:
    return _WORKER["pipeline"](item)


def _to_article(item: Input, title: str | None) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article.from_text(item, title)
    if isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            raise TypeError("a record passed to a pipeline needs a str 'text' field")
        meta = {k: v for k, v in item.items() if k not in ("text", "title")}
        return Article.from_text(text, item.get("title") if title is None else title, meta=meta)
    raise TypeError(f"a pipeline analyses a str, an Article or a mapping with 'text'; got {type(item).__name__}")


_DEFAULT: dict[str, Pipeline] = {}


def analyze(text: Input, pipeline: Pipeline | None = None, *, title: str | None = None) -> Article:
    """Analyse one text with the default pipeline (or the one given): the one-line entry point.

    >>> a = analyze("قال الوزير إن الوضع مستقر.")
    >>> len(a.sentences)
    1
    """
    if pipeline is None:
        pipeline = _DEFAULT.get("p")
        if pipeline is None:
            pipeline = _DEFAULT["p"] = Pipeline.default()
    return pipeline(text, title)
