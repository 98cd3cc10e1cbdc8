"""Lexicons shipped as data files in ``arnews/lexicons/data``, read once and cached.

Files are UTF-8 text: one entry per line, columns separated by tabs, ``#`` starts a comment, blank lines are
skipped. A user can pass a path of their own wherever a lexicon name is accepted.

>>> rows = read_table("vocabulary.tsv")
>>> any(row[0] == "قال" for row in rows)
True
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources

from ..errors import LexiconError

__all__ = ["read_table", "read_words", "data_path", "available"]


def data_path(name: str) -> str:
    """The path of a shipped lexicon (or ``name`` itself when it is an existing file)."""
    if os.path.isfile(name):
        return name
    return str(resources.files(__name__).joinpath("data", name))


def available() -> list[str]:
    """Names of the lexicon files shipped with arnews."""
    folder = resources.files(__name__).joinpath("data")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tsv", ".txt")))


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a lexicon file, split on tabs, comments and blank lines dropped.

    >>> read_table("vocabulary.tsv")[0][1].isdigit()
    True
    """
    path = data_path(name)
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError as exc:
        raise LexiconError(
            f"E010 cannot read the lexicon {name!r} at {path}: {exc.strerror or exc}. "
            f"Shipped lexicons: {', '.join(available())}."
        ) from exc
    rows = []
    for line in lines:
        body = line.split("#", 1)[0] if "#" in line else line
        if not body.strip():
            continue
        rows.append(tuple(col.strip() for col in body.rstrip("\n").split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def read_words(name: str) -> frozenset[str]:
    """The first column of a lexicon file as a set.

    >>> "قال" in read_words("vocabulary.tsv")
    True
    """
    return frozenset(row[0] for row in read_table(name) if row and row[0])
