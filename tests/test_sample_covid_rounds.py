"""The COVID validation sampler draws every round's units again, and the rounds stay disjoint.

Why: each reference file (reference_covid2.csv ... reference_covid28.csv) holds only hashes; the
units behind them are whatever `annotations/sample_covid2.py --round N` draws. A change to the
sampler, its word lists or the corpus stage that moved any earlier round would silently turn a
blind reference into a different sample, so each round is pinned to its own file. Needs the
COVID corpus (publishers' text, outside the repository): skipped where it is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "hindi-covid-5papers"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"COVID corpus not at {CORPUS}")

# round -> (reference file, units it must draw); rounds 6 to 28 are coders ref58's, ref68's, ref74's, ref84's,
# ref90's, ref100's, ref106's, ref108's, ref112's, ref116's, ref122's, ref124's, ref130's, ref134's, ref138's,
# ref144's, ref156's, ref162's, ref164's, ref172's, ref178's, ref184's and ref190's blind samples; rounds 18 and 19 draw 132: Dainik Hindustan has no named headline left
# after round 17 (3 short of 135); round 20 draws 128: its region pool also has only 2 of its 6 left after round
# 19; round 21 draws 126: both pools are empty, and it is the first round drawn with the corpus stage's copies
# set aside; rounds 22, 23, 24, 25 and 26 draw 126 the same way (both pools still empty, copies still set aside);
# round 27 draws 122: Prabhat Khabar's region pool has only 4 of its 6 left and Dainik Jagran 1 named headline of 3;
# round 28 draws 117: both of those pools are empty after round 27 (6 + 3 short of 126)
PINS = {
    2: ("reference_covid2.csv", 166),
    3: ("reference_covid3.csv", 135),
    4: ("reference_covid4.csv", 135),
    5: ("reference_covid5.csv", 135),
    6: ("reference_covid6.csv", 135),
    7: ("reference_covid7.csv", 135),
    8: ("reference_covid8.csv", 135),
    9: ("reference_covid9.csv", 135),
    10: ("reference_covid10.csv", 135),
    11: ("reference_covid11.csv", 135),
    12: ("reference_covid12.csv", 135),
    13: ("reference_covid13.csv", 135),
    14: ("reference_covid14.csv", 135),
    15: ("reference_covid15.csv", 135),
    16: ("reference_covid16.csv", 135),
    17: ("reference_covid17.csv", 135),
    18: ("reference_covid18.csv", 132),
    19: ("reference_covid19.csv", 132),
    20: ("reference_covid20.csv", 128),
    21: ("reference_covid21.csv", 126),
    22: ("reference_covid22.csv", 126),
    23: ("reference_covid23.csv", 126),
    24: ("reference_covid24.csv", 126),
    25: ("reference_covid25.csv", 126),
    26: ("reference_covid26.csv", 126),
    27: ("reference_covid27.csv", 122),
    28: ("reference_covid28.csv", 117),
}


@pytest.fixture(scope="module")
def sampler():
    """The sampler module and the corpus stage's units, built once for all rounds."""
    spec = importlib.util.spec_from_file_location("sample_covid2", ROOT / "annotations" / "sample_covid2.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    articles, units = module.corpus_units(ROOT)
    return module, articles, units


def _keys(frame: pd.DataFrame) -> set[tuple[str, int, str]]:
    return set(zip(frame["doc_id"], frame["unit_id"].astype(int), frame["text_sha1"]))


@pytest.mark.parametrize("rnd", sorted(PINS))
def test_each_round_draws_exactly_its_reference_units(sampler, rnd):
    module, articles, units = sampler
    name, size = PINS[rnd]
    sample, _ = module.draw_round(articles, units, module.ROUNDS[rnd])
    ref = pd.read_csv(
        ROOT / "annotations" / name, dtype=str, keep_default_na=False, usecols=["doc_id", "unit_id", "text_sha1"]
    )
    assert len(sample) == size
    assert _keys(sample) == _keys(ref)


def test_no_unit_is_in_two_rounds():
    """Every round's reference units (doc_id + text hash) are disjoint from every other round's."""
    seen: dict[tuple[str, str], str] = {}
    for name in ["reference_covid.csv"] + [PINS[r][0] for r in sorted(PINS)]:
        ref = pd.read_csv(
            ROOT / "annotations" / name, dtype=str, keep_default_na=False, usecols=["doc_id", "text_sha1"]
        )
        for key in zip(ref["doc_id"], ref["text_sha1"]):
            assert key not in seen, f"{key} in both {seen[key]} and {name}"
            seen[key] = name
