"""Outlet comparisons: frame profiles, stance balance, voice and source mix, headline gap.

Every number a comparison reports comes with the counts behind it (articles and units)
and, where the group is large enough, a bootstrap interval. Articles, not units, are
resampled: the sentences of one article share an author, a source and a story, so
treating them as independent draws would make intervals too narrow.

Small groups are reported descriptively. A group with fewer than `MIN_ARTICLES`
articles gets no interval, and an outlet comparison is tested only among outlets that
reach that size; otherwise the `tests` table says "descriptive only" and prints no
p-value. Unit-level tests (voice, sources, stance, frame presence) take their p-value
from a permutation of outlet labels across whole articles, which respects the
clustering of units in articles; article-level tests (dominant frame) use the
chi-square test when expected counts allow, Fisher's exact test for 2×2 tables, and
the same permutation test otherwise. Cramér's V is reported as the effect size.

Frame ids, stance targets and speaker sides are parameters (from the codebook), so a
second codebook with other ids produces the same families of tables.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.errors import UserError
from analysis.labels import Labels
from analysis.stats import (
    MIN_ARTICLES,
    SILENT_TARGET_NOTE,
    chi2_statistic,
    cramers_v,
    percentile_ci,
    permutation_p,
    resample_blocks,
)
from analysis.tables import COMPARE_ARTICLES, COMPARE_UNITS, COMPARISON_TABLES, validate
from analysis.vocab import STANCE_VALUES, VOICE_VALUES, decide_stance

# Draws summed at a time in `ratio_bootstrap` (2 MB of indices): a block and its gathered
# values stay in the cache between the draw, the gather and the sum; at 32 MB blocks each went
# out to memory and back (an outlet of 20k articles: 0.31 -> 0.21 s a bootstrap). The draws
# are one stream however they are cut (`resample_blocks`) and whole counts sum exactly in any
# order, so the intervals are the same.
BOOT_BLOCK_CELLS = 1 << 18
ALL = "all"
UNKNOWN_OUTLET = "unknown outlet"


def outlet_labels(articles: pd.DataFrame) -> pd.Series:
    """The outlet of each article; every article whose outlet is not known shares one label.

    Articles without an outlet form one visible group, `UNKNOWN_OUTLET`, so that a corpus
    of 2,000 unattributed files gives one row (and one bar), not 2,000. The group is a
    residual, not an outlet: `outlet_test` leaves it out of outlet tests, and text reuse
    never calls a pair involving it within- or cross-outlet (`analysis.reuse`). A source
    that literally names its outlet "unknown outlet" is read the same way.
    """
    outlet = articles["outlet"].fillna("").astype(str).str.strip()
    return outlet.where(outlet != "", UNKNOWN_OUTLET)


def known_outlet(label: str) -> bool:
    """Whether an outlet label names an outlet (not empty, not the unknown-outlet group).

    >>> known_outlet("ETV Bharat"), known_outlet(UNKNOWN_OUTLET), known_outlet("")
    (True, False, False)
    """
    return bool(label) and label != UNKNOWN_OUTLET


@dataclass(frozen=True)
class Interval:
    """A bootstrap percentile interval (NaN when the group is too small)."""

    low: float
    high: float


def _rng(seed: int, *key: str) -> np.random.Generator:
    """A generator seeded from the run seed and a stable key (not Python's hash)."""
    return np.random.default_rng([seed, zlib.crc32("\x1f".join(key).encode("utf-8"))])


def _small_note(n_articles: int) -> str:
    if n_articles < MIN_ARTICLES:
        return (
            f"descriptive only: {n_articles} article{'s' if n_articles != 1 else ''} (<{MIN_ARTICLES}), no CI or test"
        )
    return ""


def ratio_bootstrap(
    num: np.ndarray, den: np.ndarray, rng: np.random.Generator, n_boot: int, level: float = 0.95
) -> list[Interval]:
    """Percentile intervals for sum(num[:, k]) / sum(den) with articles resampled.

    `num` is articles × categories, `den` the per-article denominator (or articles ×
    categories). One set of resamples serves all categories of a group, so the
    intervals of one outlet's profile come from the same bootstrap draws.
    """
    n = num.shape[0]
    k = num.shape[1]
    if n < MIN_ARTICLES or n_boot < 1:
        return [Interval(math.nan, math.nan)] * k
    fnum, fden = np.asarray(num, float), np.asarray(den, float)
    if np.array_equal(fnum, np.round(fnum)) and np.array_equal(fden, np.round(fden)):
        nums, dens = _whole_totals(fnum, fden, rng, n_boot)
    else:  # fractions: summed as drawn, a few resamples at a time (n_boot × articles × k floats otherwise)
        step = max(1, BOOT_BLOCK_CELLS // (n * k))
        sums = [(num[idx].sum(axis=1), den[idx].sum(axis=1)) for idx in resample_blocks(rng, n, n_boot, step)]
        nums, dens = np.concatenate([s[0] for s in sums]), np.concatenate([s[1] for s in sums])
    if dens.ndim == 1:
        dens = dens[:, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        vals = nums / dens
    return [Interval(*percentile_ci(vals[:, j], level)[:2]) for j in range(k)]


def _whole_totals(
    fnum: np.ndarray, fden: np.ndarray, rng: np.random.Generator, n_boot: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each resample's numerator and denominator totals, for whole-number counts.

    The resamples are drawn a block at a time (the same draws as all at once,
    `resample_blocks`). A denominator that is one number for every article (articles
    counted) is n times it, and one that is the numerators' row sum (categories that
    partition the units: voice, side, dominant frame) is their total: whole numbers, so
    these are the very floats a sum of the draws gives, without drawing them again.
    """
    n, k = fnum.shape
    flat = fden.ndim == 1
    rule = "sum"
    if flat and (fden == fden[0]).all():
        rule = "constant"
    elif flat and np.array_equal(fden, fnum.sum(axis=1)):
        rule = "total"
    values = fnum if rule != "sum" else np.column_stack([fnum, fden.reshape(n, -1)])
    step = max(1, BOOT_BLOCK_CELLS // n)
    sums = _whole_sums(values)
    totals = np.concatenate([sums(idx) for idx in resample_blocks(rng, n, n_boot, step)])
    nums = totals[:, :k]
    if rule == "constant":
        return nums, np.full(len(totals), fden[0] * n)
    if rule == "total":
        return nums, nums.sum(axis=1)
    return nums, totals[:, k] if flat else totals[:, k:]


def _whole_sums(values: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """A function giving each resample's (row of `idx`) sums of the columns of `values`, which
    hold whole numbers.

    Sums of whole numbers are exact in any order, so the columns are packed side by side
    into int64 words (`_packing`: each column shifted to start at 0, in enough bits that its
    largest possible sum cannot carry into the next) and one gather and one sum per word
    give every column's sum at once; a gather per column, or a product with the resample-
    weight matrix, read the draws once per column or built a float matrix of them.
    """
    low, packed, fields = _packing(values)
    n = values.shape[0]

    def sums(idx: np.ndarray) -> np.ndarray:
        out = np.empty((idx.shape[0], values.shape[1]))
        for word, columns in zip(packed, fields):
            total = np.take(word, idx).sum(axis=1)
            for j, shift, bits in columns:
                out[:, j] = ((total >> shift) & ((1 << bits) - 1)) + n * low[j]
        return out

    return sums


def _packing(values: np.ndarray) -> tuple[np.ndarray, list[np.ndarray], list[list[tuple[int, int, int]]]]:
    """Whole-number columns packed into int64 words for `_whole_sums`: each column's minimum,
    the words (one per article), and per word its columns as (column, shift, bits).

    >>> low, words, fields = _packing(np.array([[1.0, 0.0], [3.0, 2.0]]))
    >>> low.tolist(), [w.tolist() for w in words], fields
    ([1.0, 0.0], [[0, 18]], [[(0, 0, 3), (1, 3, 3)]])
    """
    n = values.shape[0]
    low = values.min(axis=0) if n else np.zeros(values.shape[1])
    shifted = (values - low).astype(np.int64)
    words, fields, shift = [], [], 64  # the first column opens a word
    for j, top in enumerate(shifted.max(axis=0).tolist() if n else [0] * values.shape[1]):
        bits = max(1, (top * n).bit_length())  # n draws of the largest value: the largest sum (counts
        # of units per article over at most millions of articles: far below 63 bits)
        if shift + bits > 63:
            words.append(np.zeros(n, np.int64))
            fields.append([])
            shift = 0
        words[-1] += shifted[:, j] << shift
        fields[-1].append((j, shift, bits))
        shift += bits
    return low, words, fields


# --------------------------------------------------------------------------- inputs
def _split_frames(value: str, frames: list[str], where: str) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return []
    got = str(value).split("|")
    unknown = [f for f in got if f not in frames]
    if unknown:
        raise UserError(f"{where}: frame ids {unknown} are not in the codebook frames {frames}")
    return got


def prepare_units(
    coded_units: pd.DataFrame,
    articles: pd.DataFrame,
    frames: list[str],
    targets: list[str],
    sides: list[str],
    voices: tuple[str, ...] = VOICE_VALUES,
) -> pd.DataFrame:
    """Coded units joined to their article's outlet and group, with one 0/1 column per frame.

    Checks every coded value against the codebook lists so that a typo upstream stops
    the run with a message instead of vanishing from a share.
    """
    where = COMPARE_UNITS.name
    stance_cols = [f"stance_{t}" for t in targets]
    spec = COMPARE_UNITS.with_columns(
        stance_cols, **{c: STANCE_VALUES for c in stance_cols}, voice=tuple(voices), speaker_side=tuple(sides)
    )
    validate(coded_units, spec)
    validate(articles, COMPARE_ARTICLES)
    meta = articles[["doc_id", "outlet"]].copy()
    # an article whose outlet the corpus stage could not tell still counts, under a
    # visible name rather than an empty label that merges silently into a blank row
    meta["outlet"] = outlet_labels(meta)
    meta["group"] = _event_or_period(articles)
    units = coded_units.merge(meta, on="doc_id", how="left", suffixes=("_unit", ""))
    if "outlet_unit" in units.columns:
        units = units.drop(columns="outlet_unit")
    orphan = units.loc[units["outlet"].isna(), "doc_id"].unique()
    if len(orphan):
        raise UserError(f"{where}: doc_ids {sorted(map(str, orphan))[:5]} are not in the articles table")
    mat = _frame_matrix(units["frames"], frames, where)
    for k, f in enumerate(frames):
        units[f"f_{f}"] = mat[:, k]
    units["speaker_side"] = units["speaker_side"].fillna("").astype(str)
    return units.sort_values(["outlet", "doc_id", "unit_id"], kind="stable").reset_index(drop=True)


def _frame_matrix(values: pd.Series, frames: list[str], where: str) -> np.ndarray:
    """Units × frames, 1 where a unit's "a|b" frame list names the frame.

    Each distinct list is read once (a corpus has a few hundred, against a million units at
    100k articles), in order of first appearance, so an unknown id stops the run at the
    first unit that has one, as a unit-by-unit reading would.

    >>> _frame_matrix(pd.Series(["b|a", None, "b|a", ""]), ["a", "b"], "demo").tolist()
    [[1, 1], [0, 0], [1, 1], [0, 0]]
    """
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    pos = {f: i for i, f in enumerate(frames)}
    rows = np.zeros((len(distinct) + 1, len(frames)), dtype=np.int64)  # the last row: missing lists
    for r, v in enumerate(distinct):
        for f in _split_frames(v, frames, where):
            rows[r, pos[f]] = 1
    return rows[codes]


def _event_or_period(articles: pd.DataFrame) -> pd.Series:
    """The comparison group of each article: its event, else its publication month."""
    event = (
        articles["event"].fillna("").astype(str) if "event" in articles.columns else pd.Series("", index=articles.index)
    )
    pub = (
        articles["published"].fillna("").astype(str)
        if "published" in articles.columns
        else pd.Series("", index=articles.index)
    )
    period = pub.str.slice(0, 7)
    group = event.where(event != "", period)
    return group.where(group != "", "unknown")


def _grouping_name(articles: pd.DataFrame) -> str:
    if "event" in articles.columns and (articles["event"].fillna("") != "").any():
        return "event"
    if "published" in articles.columns and (articles["published"].fillna("") != "").any():
        return "period"
    return "none"


# --------------------------------------------------------------------------- per-article matrices
def _per_article(units: pd.DataFrame, cols: list[str], mask: pd.Series) -> pd.DataFrame:
    """Sum of 0/1 unit columns per article (all articles kept, zeros where no unit)."""
    docs = units[["outlet", "doc_id"]].drop_duplicates().sort_values(["outlet", "doc_id"])
    sub = units.loc[mask, ["doc_id", *cols]]
    summed = sub.groupby("doc_id", sort=True)[cols].sum() if len(sub) else pd.DataFrame(columns=cols)
    out = docs.set_index("doc_id").join(summed, how="left").fillna({c: 0 for c in cols})
    return out.reset_index()


def _ratio_table(
    per_art: pd.DataFrame,
    num_cols: list[str],
    den_col: str | None,
    categories: list[str],
    group_col: str,
    seed: int,
    n_boot: int,
    table: str,
    value_name: str = "share",
    extra_key: str = "",
) -> list[dict]:
    """Rows of pooled ratios with counts and article-bootstrap CIs, one per group × category."""
    rows = []
    for g, sub in per_art.groupby(group_col, sort=True):
        num = sub[num_cols].to_numpy(dtype=float)
        den = sub[den_col].to_numpy(dtype=float) if den_col else num.sum(axis=1)
        cis = ratio_bootstrap(num, den, _rng(seed, table, extra_key, str(g)), n_boot)
        n_art = len(sub)
        total = float(den.sum())
        for j, cat in enumerate(categories):
            count = float(num[:, j].sum())
            rows.append(
                {
                    group_col: g,
                    "category": cat,
                    "n_articles": n_art,
                    "n_units": int(total),
                    "count": int(count),
                    value_name: count / total if total else math.nan,
                    "ci_low": cis[j].low,
                    "ci_high": cis[j].high,
                    "note": _small_note(n_art),
                }
            )
    return rows


# --------------------------------------------------------------------------- tables
def sample_table(units: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Articles in the corpus, articles coded, and units by role, per outlet."""
    arts = articles.copy()
    arts["outlet"] = outlet_labels(arts)
    arts["ok"] = arts["status"].eq("ok") if "status" in arts.columns else True
    rows = []
    for o, sub in arts.groupby("outlet", sort=True):
        u = units[units["outlet"] == o]
        rows.append(
            {
                "outlet": o,
                "n_articles_total": len(sub),
                "n_articles_ok": int(sub["ok"].sum()),
                "n_articles_coded": int(u["doc_id"].nunique()),
                "n_units": len(u),
                "n_body_units": int((u["role"] == "body").sum()),
                "n_headline_units": int((u["role"] == "headline").sum()),
                "note": _small_note(int(u["doc_id"].nunique())),
            }
        )
    return pd.DataFrame(rows)


def frame_profile(units: pd.DataFrame, frames: list[str], seed: int, n_boot: int, by: str = "outlet") -> pd.DataFrame:
    """Share of body units carrying each frame, per group (pooled over the group's units)."""
    units = units.assign(_body=1)
    body = units["role"] == "body"
    cols = [f"f_{f}" for f in frames]
    per = _per_article(units, [*cols, "_body"], body)
    if by != "outlet":
        per = per.merge(units[["doc_id", by]].drop_duplicates(), on="doc_id")
    rows = _ratio_table(per, cols, "_body", frames, by, seed, n_boot, "frame_profile")
    return pd.DataFrame(rows).rename(columns={"category": "frame", "count": "units_with_frame"})


def dominant_frames(units: pd.DataFrame, coded_articles: pd.DataFrame | None, frames: list[str]) -> pd.Series:
    """Each article's dominant frame: the codebook's largest body share ("" when none).

    The coder's `dominant_frame` column wins where present; otherwise the same function
    (`analysis.coding.dominant_frame`: codebook order breaks ties) is applied to the body
    counts, so there is one rule and the result never depends on row order. Only the
    articles the coder left without a value are counted (usually none: a Python call per
    article, three tables a job).
    """
    docs = units[["outlet", "doc_id"]].drop_duplicates().sort_values(["outlet", "doc_id"])["doc_id"]
    dom = pd.Series(pd.NA, index=pd.Index(docs), dtype=object)
    if coded_articles is not None and "dominant_frame" in coded_articles.columns:
        given = coded_articles.set_index("doc_id")["dominant_frame"].fillna("").astype(str)
        unknown = sorted(set(given) - set(frames) - {""})
        if unknown:
            raise UserError(f"results/coding/articles.parquet: dominant_frame values {unknown} not in codebook frames")
        dom = given.reindex(dom.index).astype(object)
    missing = dom.isna().to_numpy()
    if missing.any():
        from analysis.coding import dominant_frame  # here: the paper's kernel imports this module, not the coder

        cols = [f"f_{f}" for f in frames]
        per = _per_article(units, cols, units["role"] == "body").set_index("doc_id")
        counts = per.loc[dom.index[missing], cols].to_numpy()
        dom[missing] = [dominant_frame(dict(zip(frames, row)), frames) for row in counts]
    return dom.astype(str)


def dominant_frame_table(
    units: pd.DataFrame, coded_articles: pd.DataFrame | None, frames: list[str], seed: int, n_boot: int
) -> pd.DataFrame:
    """Share of articles where each frame is dominant ("none": no framed body unit)."""
    dom = dominant_frames(units, coded_articles, frames)
    cats = [*frames, "none"]
    per = units[["outlet", "doc_id"]].drop_duplicates().sort_values(["outlet", "doc_id"]).reset_index(drop=True)
    d = dom.reindex(per["doc_id"]).replace("", "none").to_numpy()
    for c in cats:
        per[f"d_{c}"] = (d == c).astype(int)
    per["_one"] = 1
    rows = _ratio_table(per, [f"d_{c}" for c in cats], "_one", cats, "outlet", seed, n_boot, "dominant_frame")
    df = pd.DataFrame(rows).rename(columns={"category": "frame", "count": "n_dominant"})
    df["n_units"] = df["outlet"].map(units[units["role"] == "body"].groupby("outlet").size()).fillna(0).astype(int)
    return df


def stance_balance(units: pd.DataFrame, targets: list[str], seed: int, n_boot: int, by: str = "outlet") -> pd.DataFrame:
    """Per group and target: favor, against, none counts and balance (f − a) / (f + a).

    Balance is computed on body units, pooled over the group's articles; its interval
    resamples articles. A target no unit takes a stance on has no balance (NaN), not 0.
    """
    rows = []
    for t in targets:
        col = f"stance_{t}"
        u = units.assign(
            _fav=(units[col] == "favor").astype(int),
            _ag=(units[col] == "against").astype(int),
            _none=(units[col] == "none").astype(int),
        )
        u["_net"] = u["_fav"] - u["_ag"]
        u["_speak"] = u["_fav"] + u["_ag"]
        u["_unit"] = 1  # body units per article: a group's count is their sum, not a filter per group
        per = _per_article(u, ["_fav", "_ag", "_none", "_net", "_speak", "_unit"], u["role"] == "body")
        if by != "outlet":
            per = per.merge(units[["doc_id", by]].drop_duplicates(), on="doc_id")
        for g, sub in per.groupby(by, sort=True):
            num = sub[["_net"]].to_numpy(float)
            den = sub["_speak"].to_numpy(float)
            ci = ratio_bootstrap(num, den, _rng(seed, "stance", t, str(g)), n_boot)[0]
            fav, ag, none, speak = (int(sub[c].sum()) for c in ("_fav", "_ag", "_none", "_speak"))
            n_units = int(sub["_unit"].sum())
            rows.append(
                {
                    by: g,
                    "target": t,
                    "n_articles": len(sub),
                    "n_units": n_units,
                    "favor": fav,
                    "against": ag,
                    "none": none,
                    "n_stance": speak,
                    "balance": (fav - ag) / speak if speak else math.nan,
                    "ci_low": ci.low,
                    "ci_high": ci.high,
                    "note": _small_note(len(sub)) or ("no unit takes a stance" if speak == 0 else ""),
                }
            )
    df = pd.DataFrame(rows)
    order = {t: i for i, t in enumerate(targets)}
    return df.sort_values(
        [by, "target"], key=lambda c: c.map(order) if c.name == "target" else c, kind="stable"
    ).reset_index(drop=True)


def category_mix(
    units: pd.DataFrame,
    column: str,
    categories: list[str],
    seed: int,
    n_boot: int,
    name: str,
    exclude_empty: bool = False,
) -> pd.DataFrame:
    """Shares of a categorical unit variable (voice, speaker side) among body units."""
    u = units[units["role"] == "body"]
    if exclude_empty:
        u = u[u[column] != ""]
    u = u.copy()
    for c in categories:
        u[f"c_{c}"] = (u[column] == c).astype(int)
    u["_n"] = 1
    docs = units[["outlet", "doc_id"]].drop_duplicates()
    summed = u.groupby("doc_id")[[*(f"c_{c}" for c in categories), "_n"]].sum()
    per = docs.set_index("doc_id").join(summed, how="left").fillna(0).reset_index().sort_values(["outlet", "doc_id"])
    rows = _ratio_table(per, [f"c_{c}" for c in categories], "_n", categories, "outlet", seed, n_boot, name)
    return pd.DataFrame(rows).rename(columns={"category": column})


def _role_counts(units: pd.DataFrame, cols: list[str], docs: pd.Index) -> dict[str, pd.DataFrame]:
    """Per article and role (headline, body): the unit count and the sums of 0/1 `cols`.

    One group-by over (doc_id, role) replaces a filter per article; every article in
    `docs` gets a row (zeros where it has no unit of that role).
    """
    summed = units.assign(_n=1).groupby(["doc_id", "role"], sort=False)[["_n", *cols]].sum()
    out = {}
    for role in ("headline", "body"):
        part = summed.xs(role, level="role") if role in summed.index.get_level_values("role") else None
        frame = pd.DataFrame(0, index=docs, columns=["_n", *cols]) if part is None else part.reindex(docs)
        out[role] = frame.fillna(0).astype("int64")
    return out


def _joined(mask: np.ndarray, names: list[str]) -> list[str]:
    """Per row of a boolean matrix, the names of its true columns joined by "|".

    Each distinct row is joined once (an article's frames are one of a few hundred sets).

    >>> _joined(np.array([[True, False, True], [False, False, False], [True, False, True]]), ["a", "b", "c"])
    ['a|c', '', 'a|c']
    """
    if mask.shape[0] == 0:
        return []
    distinct, which = np.unique(mask, axis=0, return_inverse=True)
    texts = ["|".join(n for n, on in zip(names, row) if on) for row in distinct.tolist()]
    return [texts[i] for i in which.ravel().tolist()]


def headline_body_gap(
    units: pd.DataFrame,
    coded_articles: pd.DataFrame | None,
    frames: list[str],
    targets: list[str],
    on_tie: str = "none",
) -> pd.DataFrame:
    """Per article: headline frames and stance beside the body's.

    A headline frame "absent from the body" is one no body unit carries: the headline
    promises what the article does not discuss. The body's direction on a target is
    the sign of its favor − against count, a tie taking the codebook's `on_tie`
    (`analysis.vocab.decide_stance`, the rule the coder uses for units and headlines);
    the headline's is the same rule on the headline units, so both sides are measured alike.
    Counts come from one group-by over (article, role), so the cost is linear in the units.
    """
    docs = units[["outlet", "doc_id"]].drop_duplicates().sort_values(["outlet", "doc_id"], kind="stable")
    if docs.empty:
        return pd.DataFrame([])
    idx = pd.Index(docs["doc_id"])
    dom = dominant_frames(units, coded_articles, frames).reindex(idx).fillna("").tolist()
    fcols = [f"f_{f}" for f in frames]
    stance = {
        f"_{side}_{t}": (units[f"stance_{t}"] == side).astype("int64") for t in targets for side in ("favor", "against")
    }
    counts = _role_counts(units.assign(**stance), [*fcols, *stance], idx)
    head, body = counts["headline"], counts["body"]
    n_head = head["_n"].tolist()
    h_on, b_on = head[fcols].to_numpy() > 0, body[fcols].to_numpy() > 0
    h, b = _joined(h_on, frames), _joined(b_on, frames)
    in_head = {f: h_on[:, k].tolist() for k, f in enumerate(frames)}
    col: dict[str, list] = {
        "doc_id": idx.tolist(),
        "outlet": docs["outlet"].tolist(),
        "n_headline_units": n_head,
        "n_body_units": body["_n"].tolist(),
        "headline_frames": h,
        "body_frames": b,
        "body_dominant_frame": dom,
        "headline_frames_not_in_body": _joined(h_on & ~b_on, frames),
        "dominant_in_headline": [in_head[d][i] if nh and d else pd.NA for i, (nh, d) in enumerate(zip(n_head, dom))],
    }
    for t in targets:
        hs = [decide_stance(f, a, on_tie) for f, a in zip(head[f"_favor_{t}"].tolist(), head[f"_against_{t}"].tolist())]
        bs = [decide_stance(f, a, on_tie) for f, a in zip(body[f"_favor_{t}"].tolist(), body[f"_against_{t}"].tolist())]
        col[f"headline_stance_{t}"] = [s if nh else "" for s, nh in zip(hs, n_head)]
        col[f"body_stance_{t}"] = bs
        col[f"stance_gap_{t}"] = [(x != y) if nh else pd.NA for x, y, nh in zip(hs, bs, n_head)]
    if coded_articles is not None and "sensational_cues" in coded_articles.columns:
        sens = coded_articles.set_index("doc_id")["sensational_cues"]
        known = idx.isin(sens.index)  # an article the coder has no row for has no cues
        col["sensational_cues"] = [int(v) if k else 0 for v, k in zip(sens.reindex(idx).tolist(), known)]
    else:
        col["sensational_cues"] = [pd.NA] * len(idx)
    col["note"] = ["" if nh else "no headline unit" for nh in n_head]
    return pd.DataFrame(col)


def _headline_note(n_vals: int, n_art: int, silent: bool) -> str:
    """A row's note: small group, no headline unit, and (after them) a target nobody takes a stance toward."""
    note = _small_note(n_vals) if n_art else "no article with a headline unit"
    return "; ".join(x for x in (note, SILENT_TARGET_NOTE if silent else "") if x)


def stanced_targets(units: pd.DataFrame, targets: list[str]) -> list[str]:
    """The targets some unit (headline or body) takes a stance toward, as the paper counts them."""
    return [t for t in targets if units[f"stance_{t}"].isin(["favor", "against"]).any()]


def headline_body_by_outlet(
    gap: pd.DataFrame, targets: list[str], seed: int, n_boot: int, stanced: list[str] | None = None
) -> pd.DataFrame:
    """Per outlet: share of articles whose headline carries the body's dominant frame,
    has a frame the body lacks, differs in stance per target, and uses sensational cues.

    Each row's `n_units` counts the headline units of the articles its `n_articles` counts (the
    dominant-frame row: only articles whose body has a dominant frame), so the row has one base;
    it once paired 4 eligible articles with all 6 articles' headline units. `stanced`: the targets
    some unit takes a stance toward (None: all); the others' rows carry `SILENT_TARGET_NOTE`.
    """
    g = gap[gap["n_headline_units"] > 0].copy()
    silent = {f"stance_gap_{t}" for t in targets if stanced is not None and t not in stanced}
    measures = {
        "dominant_in_headline": g["dominant_in_headline"],
        "headline_frame_not_in_body": g["headline_frames_not_in_body"] != "",
        **{f"stance_gap_{t}": g[f"stance_gap_{t}"] for t in targets},
    }
    if g["sensational_cues"].notna().any():
        measures["sensational_headline"] = g["sensational_cues"].fillna(0).astype(int) > 0
    rows = []
    for o in sorted(gap["outlet"].unique()):
        mask = (g["outlet"] == o).to_numpy()
        n_art = int(mask.sum())
        for m, series in measures.items():
            valid = series[mask].notna().to_numpy()
            vals = series[mask][valid].astype(bool).astype(int).to_numpy()
            n_units = int(g["n_headline_units"][mask][valid].sum())
            num = vals.reshape(-1, 1).astype(float)
            ci = ratio_bootstrap(num, np.ones(len(vals)), _rng(seed, "headline", m, o), n_boot)[0]
            rows.append(
                {
                    "outlet": o,
                    "measure": m,
                    "n_articles": len(vals),
                    "n_units": n_units,
                    "count": int(vals.sum()),
                    "share": vals.mean() if len(vals) else math.nan,
                    "ci_low": ci.low,
                    "ci_high": ci.high,
                    "note": _headline_note(len(vals), n_art, m in silent),
                }
            )
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- tests
def _trim(table: np.ndarray, rows: list[str], cols: list[str]) -> tuple[np.ndarray, list[str], list[str]]:
    """Drop empty rows/columns: a category nobody used carries no information."""
    rk = table.sum(axis=1) > 0
    ck = table.sum(axis=0) > 0
    return table[rk][:, ck], [r for r, k in zip(rows, rk) if k], [c for c, k in zip(cols, ck) if k]


def outlet_test(
    variable: str,
    level: str,
    doc_outlet: np.ndarray,
    doc_counts: np.ndarray,
    categories: list[str],
    seed: int,
    n_perm: int,
) -> dict:
    """Test whether a categorical variable's distribution differs between outlets.

    Only named outlets with at least MIN_ARTICLES articles enter (the unknown-outlet group
    is a mix of outlets, so it is left out and counted in the note); with fewer than two such
    outlets, or a table that collapses below 2×2, the row is descriptive (no p-value).
    """
    outlets_all = sorted(o for o in set(doc_outlet.tolist()) if known_outlet(o))
    n_by = {o: int((doc_outlet == o).sum()) for o in outlets_all}
    keep = [o for o in outlets_all if n_by[o] >= MIN_ARTICLES]
    dropped = [o for o in outlets_all if n_by[o] < MIN_ARTICLES]
    n_unknown = int((doc_outlet == UNKNOWN_OUTLET).sum())
    rec = {
        "variable": variable,
        "level": level,
        "outlets": "|".join(keep),
        "n_outlets": len(keep),
        "n_articles": int(sum(n_by[o] for o in keep)),
        "n_units": 0,
        "test": "",
        "statistic": math.nan,
        "df": pd.NA,
        "p_value": math.nan,
        "cramers_v": math.nan,
        "note": "",
    }
    rec["note"], descriptive = _left_out_notes(dropped, n_unknown)
    if len(keep) < 2:
        rec["note"] = descriptive
        return rec
    mask = np.isin(doc_outlet, keep)
    d_out, d_cnt = doc_outlet[mask], doc_counts[mask]
    table = np.array([d_cnt[d_out == o].sum(axis=0) for o in keep], dtype=float)
    table, rows, cols = _trim(table, keep, categories)
    rec["n_units"] = int(table.sum())
    if table.shape[0] < 2 or table.shape[1] < 2:
        rec["note"] = (
            rec["note"] + "; " if rec["note"] else ""
        ) + "descriptive only: only one category observed; no test"
        return rec
    sub_mask = np.isin(d_out, rows)
    col_idx = [categories.index(c) for c in cols]
    rec.update(
        _test_table(table, level, d_out[sub_mask], d_cnt[sub_mask][:, col_idx], _rng(seed, "test", variable), n_perm)
    )
    return rec


def _left_out_notes(dropped: list[str], n_unknown: int) -> tuple[str, str]:
    """The outlet test's note, and the note of a row left descriptive, naming what was left out.

    A residual of unattributed articles is not an outlet to compare: counted, not tested.

    >>> _left_out_notes(["x"], 0)[0]
    'outlets with <5 articles left out: x'
    >>> _left_out_notes([], 1)[1]
    'descriptive only: fewer than two outlets with ≥5 articles; no p-value (left out: 1 article of unknown outlet)'
    """
    unknown = f"{n_unknown} article{'s' if n_unknown != 1 else ''} of {UNKNOWN_OUTLET}" if n_unknown else ""
    small = "|".join(dropped)
    notes = [f"outlets with <{MIN_ARTICLES} articles left out: {small}"] if dropped else []
    note = "; ".join([*notes, f"{unknown} left out"] if unknown else notes)
    left = "; ".join(x for x in (small, unknown) if x)
    descriptive = f"descriptive only: fewer than two outlets with ≥{MIN_ARTICLES} articles; no p-value" + (
        f" (left out: {left})" if left else ""
    )
    return note, descriptive


def _test_table(table: np.ndarray, level: str, d_out: np.ndarray, d_cnt: np.ndarray, rng, n_perm: int) -> dict:
    """Pick and run the test for an outlet × category table (see `outlet_test`).

    Unit-level counts are clustered in articles, so their p-value comes from permuting
    outlet labels over whole articles; article-level tables use chi-square, or Fisher's
    exact test / a permutation p when expected counts are low.
    """
    chi2 = chi2_statistic(table)
    out = {"statistic": chi2, "df": (table.shape[0] - 1) * (table.shape[1] - 1), "cramers_v": cramers_v(table)}
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
    low_expected = (expected < 5).mean() > 0.2 or (expected < 1).any()
    if level == "unit":
        out["test"], out["p_value"] = "chi-square, article-permutation p", permutation_p(d_out, d_cnt, rng, n_perm)
    elif not low_expected:
        # scipy.special, not scipy.stats (chi2.sf is this function): stats costs ~1 s of imports a job
        from scipy.special import chdtrc

        out["test"], out["p_value"] = "chi-square", float(chdtrc(out["df"], chi2))
    elif table.shape == (2, 2):
        from scipy import stats  # only here: most tables never need Fisher's test

        out["test"], out["p_value"] = "Fisher exact", float(stats.fisher_exact(table)[1])
    else:
        out["test"] = "chi-square, permutation p (low expected counts)"
        out["p_value"] = permutation_p(d_out, d_cnt, rng, n_perm)
    return out


def doc_counts(doc_ids: pd.Series, values: pd.Series, index: pd.Index, columns: list[str]) -> np.ndarray:
    """Units per (document, value) as a float array: rows in `index` order, columns in `columns`.

    What `pd.crosstab(...).reindex(index, columns, fill_value=0)` gives, by one bincount:
    a crosstab over 100k string document ids aggregates in Python. Documents outside
    `index` and values outside `columns` are not counted.

    Examples
    --------
    >>> doc_counts(pd.Series(["a", "b", "a"]), pd.Series(["x", "y", "x"]), pd.Index(["b", "a"]), ["x", "y"]).tolist()
    [[0.0, 1.0], [2.0, 0.0]]
    """
    r = index.get_indexer(doc_ids)
    c = pd.Index(columns).get_indexer(values)
    keep = (r >= 0) & (c >= 0)
    cells = np.bincount(r[keep] * len(columns) + c[keep], minlength=len(index) * len(columns))
    return cells.reshape(len(index), len(columns)).astype(float)


def tests_table(
    units: pd.DataFrame,
    coded_articles: pd.DataFrame | None,
    frames: list[str],
    targets: list[str],
    sides: list[str],
    seed: int,
    n_perm: int,
    voices: tuple[str, ...] = VOICE_VALUES,
) -> pd.DataFrame:
    """One test per comparison: dominant frame (articles), frame presence, stance,
    voice and speaker side (units, clustered by article)."""
    docs = units[["outlet", "doc_id"]].drop_duplicates().sort_values(["outlet", "doc_id"]).reset_index(drop=True)
    doc_outlet = docs["outlet"].astype(str).to_numpy()
    body = units[units["role"] == "body"]
    rows = []

    dom = dominant_frames(units, coded_articles, frames).reindex(docs["doc_id"]).replace("", "none").to_numpy()
    cats = [*frames, "none"]
    counts = np.stack([(dom == c).astype(int) for c in cats], axis=1)
    rows.append(outlet_test("dominant_frame", "article", doc_outlet, counts, cats, seed, n_perm))

    doc_index = pd.Index(docs["doc_id"])

    def unit_counts(col: str, values: list[str], rows_of: pd.DataFrame = body) -> np.ndarray:
        return doc_counts(rows_of["doc_id"], rows_of[col], doc_index, values)

    for f in frames:
        present = pd.Series(np.where(body[f"f_{f}"] == 1, "yes", "no"), index=body.index)
        tab = doc_counts(body["doc_id"], present, doc_index, ["yes", "no"])
        rows.append(outlet_test(f"frame_{f}", "unit", doc_outlet, tab, ["yes", "no"], seed, n_perm))
    for t in targets:
        rows.append(
            outlet_test(
                f"stance_{t}",
                "unit",
                doc_outlet,
                unit_counts(f"stance_{t}", list(STANCE_VALUES)),
                list(STANCE_VALUES),
                seed,
                n_perm,
            )
        )
    rows.append(
        outlet_test("voice", "unit", doc_outlet, unit_counts("voice", list(voices)), list(voices), seed, n_perm)
    )
    attributed = body[body["speaker_side"] != ""]
    tab = unit_counts("speaker_side", list(sides), attributed)
    rows.append(outlet_test("speaker_side", "unit", doc_outlet, tab, list(sides), seed, n_perm))
    df = pd.DataFrame(rows)
    df["df"] = df["df"].astype("Int64")
    return df


# --------------------------------------------------------------------------- entry point
def input_columns(targets: list[str]) -> dict[str, list[str]]:
    """The columns the comparison reads of each input (coded units, coded articles, articles):
    a job reads these alone, not the texts and cue lists (at 100k articles, GB of them)."""
    units = [*COMPARE_UNITS.columns, *(f"stance_{t}" for t in targets), "outlet"]
    return {
        "coded_units": units,
        "coded_articles": ["doc_id", "dominant_frame", "sensational_cues"],
        "articles": [*COMPARE_ARTICLES.columns, "event", "published", "status"],
    }


def _once(build: Callable[[], pd.DataFrame]) -> Callable[[], pd.DataFrame]:
    """`build`, called at most once: a table several others read is made only if one is asked for."""
    made: list[pd.DataFrame] = []
    return lambda: made[0] if made else made.append(build()) or made[0]


def by_event_table(
    units: pd.DataFrame, articles: pd.DataFrame, frames: list[str], targets: list[str], seed: int, n_boot: int
) -> pd.DataFrame:
    """Frame shares and stance balance per event (or publication month), in one long table."""
    fp_ev = frame_profile(units, frames, seed, n_boot, by="group").rename(
        columns={"frame": "category", "units_with_frame": "count", "share": "value"}
    )
    fp_ev.insert(1, "measure", "frame_share")
    sb_ev = stance_balance(units, targets, seed, n_boot, by="group").rename(
        columns={"target": "category", "n_stance": "count", "balance": "value"}
    )
    sb_ev.insert(1, "measure", "stance_balance")
    sb_ev = sb_ev.drop(columns=["favor", "against", "none"])
    out = pd.concat([fp_ev, sb_ev[fp_ev.columns]], ignore_index=True)
    out.insert(0, "grouping", _grouping_name(articles))
    return out


def comparison_tables(
    coded_units: pd.DataFrame,
    coded_articles: pd.DataFrame | None,
    articles: pd.DataFrame,
    frames: list[str],
    targets: list[str],
    sides: list[str],
    seed: int,
    n_boot: int,
    voices: tuple[str, ...] = VOICE_VALUES,
    only: list[str] | None = None,
    on_tie: str = "none",
) -> dict[str, pd.DataFrame]:
    """All outlet comparison tables (or those named in `only`), keyed by table name (see TABLE_CAPTIONS).

    Only articles that have coded units are compared; `sample` shows how many articles
    each outlet had before and after cleaning, so nothing leaves the analysis unseen.
    `on_tie` is the codebook's `stance.on_tie`: the direction of a headline or body
    with as many favor as against units (see `headline_body_gap`).
    """
    if not frames:
        raise UserError("comparison: the codebook lists no frames")
    units = prepare_units(coded_units, articles, list(frames), list(targets), list(sides), voices)
    frames, targets, sides = list(frames), list(targets), list(sides)
    gap = _once(lambda: headline_body_gap(units, coded_articles, frames, targets, on_tie))  # two tables read it

    builders = {
        "sample": lambda: sample_table(units, articles),
        "frame_profile": lambda: frame_profile(units, frames, seed, n_boot),
        "dominant_frame": lambda: dominant_frame_table(units, coded_articles, frames, seed, n_boot),
        "stance_balance": lambda: stance_balance(units, targets, seed, n_boot),
        "voice_mix": lambda: category_mix(units, "voice", list(voices), seed, n_boot, "voice_mix"),
        "source_mix": lambda: category_mix(
            units, "speaker_side", sides, seed, n_boot, "source_mix", exclude_empty=True
        ),
        "headline_body_gap": gap,
        "headline_body_by_outlet": lambda: headline_body_by_outlet(
            gap(), targets, seed, n_boot, stanced_targets(units, targets)
        ),
        "by_event": lambda: by_event_table(units, articles, frames, targets, seed, n_boot),
        "tests": lambda: tests_table(units, coded_articles, frames, targets, sides, seed, n_boot, voices),
    }
    wanted = sorted(builders) if only is None else list(only)
    unknown = sorted(set(wanted) - set(builders))
    if unknown:
        raise UserError(f"comparison: unknown tables {unknown}; known: {sorted(builders)}")
    # each table is built only when asked for, so one workflow rule per table family
    # does not pay for the bootstraps of the others
    return {name: validate(builders[name](), COMPARISON_TABLES[name]) for name in wanted}


# --------------------------------------------------------------------------- output
def write_tables(tables: dict[str, pd.DataFrame], out_dir: str, labels: Labels | None = None) -> list[str]:
    """Write each table as CSV (ids, byte-stable) and LaTeX (analysis.latex, cells labelled by
    `labels`), plus the LaTeX preamble, demo document and Devanagari font the .tex files need;
    return the paths of the tables."""
    from pathlib import Path

    from analysis.latex import write_support, write_tex
    from analysis.tables import write_csv

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in sorted(tables):
        write_csv(tables[name], out / f"{name}.csv")
        written += [str(out / f"{name}.csv"), str(write_tex(tables[name], name, out, labels))]
    write_support(out)
    return written
