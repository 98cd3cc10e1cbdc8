"""Shared test helpers: where the read-only data lives, and a skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARNEWS_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "seeds" / "000_69c47bb39a0f3932.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip saying why when this checkout has no ../shared (a user's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the project's read-only data, not shipped with the code)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text):
    """The seed article through the default pipeline (analysed once for all the test modules)."""
    import arnews

    return arnews.analyze(seed_text)


def party_names(article, ref) -> set[str]:
    """Every name under which a speaker/source can be recognised: the entity's names and the ref's own words."""
    if ref is None:
        return set()
    out = {ref.text} if ref.text else set()
    ent = article.entity(ref.entity) if ref.entity else None
    if ent is not None:
        out |= set(ent.names)
    return out
