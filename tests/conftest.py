"""Fixtures shared by the coder's test files."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.codebook import load_codebook

ROOT = Path(__file__).resolve().parent.parent
COVID = ROOT.parent / "shared" / "corpora" / "hindi-covid-5papers"  # publishers' text: tests skip without it
# The seed corpus as a `corpus:` config section (config/config.yaml's), for tests that build it.
SEED_CFG = {
    "name": "seeds",
    "input": "seeds",
    "manifest": "seeds/manifest.csv",
    "layout": "article-per-file",
    "outlet_from": "manifest",
    "strict": False,
    "language": "hi",
}


@pytest.fixture(scope="session")
def cb():
    """The study's codebook (config/codebook.yaml), loaded once for the whole run."""
    return load_codebook(ROOT / "config" / "codebook.yaml")
