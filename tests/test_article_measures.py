"""Article measures by group-by equal the per-article loop they replaced, byte for byte.

`article_measures` counts every measure in one pass over the units (issue #15: the
per-article filtering was the heaviest job of the COVID build). The loop below is the
old implementation, kept as the oracle: on random corpora with ties, articles without
units, without headline or body, speakers without a side and unlisted articles, both
give the same table and the same Parquet bytes.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from analysis.coding import article_measures, dominant_frame
from analysis.tables import coded_article_columns, write_parquet
from analysis.vocab import VOICE_VALUES, decide_stance


# ------------------------------------------------------------------ the oracle: one article at a time
def _loop_row(doc: str, outlet: str, units: pd.DataFrame, cb) -> dict:
    body, head = units[units["role"] == "body"], units[units["role"] == "headline"]
    nb = len(body)
    row: dict = {"doc_id": doc, "outlet": outlet, "n_units": len(units), "n_body_units": nb}
    body_frames = [set(f.split("|")) if f else set() for f in body["frames"]]
    shares = {f: (sum(f in fs for fs in body_frames) / nb) if nb else float("nan") for f in cb.frame_ids}
    row.update({f"share_{f}": s for f, s in shares.items()})
    row["dominant_frame"] = dominant_frame(shares, cb.frame_ids)
    for t in cb.target_ids:
        spoken = body[body[f"about_{t}"]]
        fav, ag = int((spoken[f"stance_{t}"] == "favor").sum()), int((spoken[f"stance_{t}"] == "against").sum())
        row[f"n_about_{t}"] = len(spoken)
        row[f"balance_{t}"] = (fav - ag) / len(spoken) if len(spoken) else float("nan")
    row.update({f"voice_{v}": float((body["voice"] == v).sum() / nb) if nb else float("nan") for v in VOICE_VALUES})
    with_side = body[body["speaker_side"] != ""]
    for s in cb.sides:
        n = len(with_side)
        row[f"side_{s}"] = float((with_side["speaker_side"] == s).sum() / n) if n else float("nan")
    hf = set().union(*[set(f.split("|")) if f else set() for f in head["frames"]])
    row["headline_frames"] = "|".join(f for f in cb.frame_ids if f in hf)
    for t in cb.target_ids:
        col = head[f"stance_{t}"]
        fav, ag = int((col == "favor").sum()), int((col == "against").sum())
        row[f"headline_stance_{t}"] = decide_stance(fav, ag, cb.stance.on_tie) if len(head) else ""
    row["sensational_cues"] = int(
        sum(sum(1 for c in json.loads(x) if c["variable"] == "sensational") for x in head["cues"])
    )
    row["codebook_version"] = cb.version
    return row


def article_measures_loop(coded: pd.DataFrame, articles: pd.DataFrame, cb) -> pd.DataFrame:
    meta = articles[["doc_id", "outlet"]].drop_duplicates("doc_id")
    outlet = dict(zip(meta["doc_id"], meta["outlet"]))
    groups = dict(iter(coded.groupby("doc_id", sort=True)))
    docs = sorted(set(meta["doc_id"]) | set(coded["doc_id"]))
    rows = [_loop_row(d, outlet.get(d, ""), groups.get(d, coded.iloc[0:0]), cb) for d in docs]
    return pd.DataFrame(rows, columns=coded_article_columns(cb))


# ------------------------------------------------------------------ random coded corpora
def _cues(rng: np.random.Generator) -> str:
    """A cues cell: some sensational cues, and decoys that only mention the word."""
    cues = [
        {"variable": "sensational", "value": "sensational", "pattern": "जानिए", "start": 0, "end": 5, "text": "जानिए"}
    ] * int(rng.integers(0, 3))
    if rng.random() < 0.3:  # the word in a pattern and a text, not in the variable
        cues.append({"variable": "frames", "value": "x", "pattern": "sensational", "start": 1, "end": 2, "text": '"'})
    return json.dumps(cues, ensure_ascii=False, sort_keys=True)


def random_coded(cb, seed: int, n_articles: int = 80) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    frames, sides = list(cb.frame_ids), ["", *cb.sides]
    rows = []
    for k in range(n_articles):
        roles = ["headline"] * int(rng.integers(0, 3)) + ["body"] * int(rng.integers(0, 6))
        roles += ["standfirst"] * int(rng.random() < 0.2)
        for uid, role in enumerate(roles if k % 11 else [], start=1):  # every 11th article: no units
            row = {"doc_id": f"d{k:03d}", "unit_id": uid, "role": role, "para": 0, "text": "", "norm": ""}
            row.update(start=0, end=0, frames="|".join(f for f in frames if rng.random() < 0.25))
            for t in cb.target_ids:
                row[f"stance_{t}"] = ("favor", "against", "none")[int(rng.integers(3))]
                row[f"about_{t}"] = bool(rng.random() < 0.6)
            row.update(voice=VOICE_VALUES[int(rng.integers(len(VOICE_VALUES)))], voice_rule="", speaker="")
            row.update(speaker_side=sides[int(rng.integers(len(sides)))], speaker_rule="", cues=_cues(rng))
            rows.append({**row, "codebook_version": cb.version})
    coded = pd.DataFrame(rows).sort_values(["doc_id", "unit_id"]).reset_index(drop=True)
    listed = [f"d{k:03d}" for k in range(n_articles) if k % 7]  # some coded articles are not listed
    articles = pd.DataFrame({"doc_id": listed, "outlet": [f"o{k % 3}" for k in range(len(listed))]})
    return coded, articles


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_group_by_measures_equal_the_per_article_loop(cb, seed, tmp_path):
    coded, articles = random_coded(cb, seed)
    fast, slow = article_measures(coded, articles, cb), article_measures_loop(coded, articles, cb)
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    write_parquet(fast, tmp_path / "fast.parquet")
    write_parquet(slow, tmp_path / "slow.parquet")
    assert (tmp_path / "fast.parquet").read_bytes() == (tmp_path / "slow.parquet").read_bytes()
    # the corpus exercised what could differ: empty articles, ties, unlisted articles, decoys
    assert (fast["n_units"] == 0).any() and (fast["n_body_units"] == 0).any()
    assert (fast["outlet"] == "").any() and (fast["sensational_cues"] > 0).any()
    assert (fast["headline_frames"] == "").any() and fast["dominant_frame"].isin(cb.frame_ids).any()


def test_no_articles_gives_the_empty_table(cb):
    coded, articles = random_coded(cb, 0)
    out = article_measures(coded.iloc[0:0], articles.iloc[0:0], cb)
    assert out.empty and list(out.columns) == coded_article_columns(cb)
