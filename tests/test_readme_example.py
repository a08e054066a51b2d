"""The README's example: one seed figure and its table, generated from the build, never typed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import UserError
from analysis.readme import EXAMPLE_PNG, example_block

REPO = Path(__file__).resolve().parents[1]


def _project(tmp_path: Path) -> Path:
    """A project root with the seed config and codebook, a figure and the table it draws."""
    for rel in ("config/config.yaml", "config/codebook.yaml"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / rel, tmp_path / rel)
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures/stance_balance.png").write_bytes(b"\x89PNG fake")
    (tmp_path / "figures/stance_balance.caption.txt").write_text("Stance balance by outlet.\n", encoding="utf-8")
    (tmp_path / "results/tables").mkdir(parents=True)
    pd.DataFrame(
        {
            "outlet": ["अमर उजाला", "India TV"],
            "target": ["ru_pk", "ru_in"],
            "n_articles": [6, 1],
            "balance": [-0.25, 1.0],
            "ci_low": [-0.5, float("nan")],
            "ci_high": [0.125, float("nan")],
            "note": ["", "descriptive only: 1 article (<5)"],
        }
    ).to_csv(tmp_path / "results/tables/stance_balance.csv", index=False)
    return tmp_path


def test_example_shows_the_committed_png_and_the_table_with_labels_not_ids(tmp_path):
    root = _project(tmp_path)
    block = example_block(root)
    assert (root / EXAMPLE_PNG).read_bytes() == b"\x89PNG fake"  # copied where git keeps it
    assert f"]({EXAMPLE_PNG})" in block and "Stance balance by outlet." in block
    assert "| Outlet | Target | Articles | Balance [95% CI] | Note |" in block
    assert "| अमर उजाला | Russia–Pakistan ties | 6 | −0.25 [−0.50, 0.12] |  |" in block
    assert "| India TV | Russia–India ties | 1 | 1.00 | a |" in block and "ru_pk" not in block
    assert "Notes. a: descriptive only: 1 article (<5)." in block


def test_example_without_a_build_says_to_build_first(tmp_path):
    root = _project(tmp_path)
    (root / "figures/stance_balance.png").unlink()
    with pytest.raises(UserError, match="build the seed study first"):
        example_block(root)
