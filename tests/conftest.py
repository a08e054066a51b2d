"""Fixtures shared by the coder's test files."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.codebook import load_codebook

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def cb():
    """The study's codebook (config/codebook.yaml), loaded once for the whole run."""
    return load_codebook(ROOT / "config" / "codebook.yaml")
