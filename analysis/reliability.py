"""How far the automated coder can be trusted: agreement with hand coding.

The reference sample (annotations/reference.csv) is coded by people reading each unit
against the codebook; `analysis.reference` reads it and lines its rows up with the
coder's units. This module reports, per variable, chance-corrected agreement
(Krippendorff's alpha, nominal) and the task measures readers of classifier studies
expect (precision/recall/F1 per frame, macro-F1, the SemEval-2016 stance F_avg,
accuracy), each with a percentile bootstrap CI over units and the n behind it. Figures
are reported separately for the documents the cues were written on ("development") and
for held-out documents, because agreement on the former is in-sample fit, not validity.

Design choices, and why:

* Every statistic is defined once in `analysis.stats` (nominal alpha, and why it is
  nominal; when it is undefined; P/R/F1; F_avg; the percentile interval).
* Alpha is undefined when only one category occurs among the pairable values (the
  expected disagreement is zero); we report NaN with the reason rather than a number.
* Bootstrap resamples units with `numpy.random.default_rng(seed)`; resamples in which
  a statistic is undefined are left out of its percentile CI and counted in the note.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.errors import UserError
from analysis.reference import (
    MATCHED,
    REFERENCE_ONLY,
    align,
    copy_counts,
    load_reference,
    natural_key,
    split_frames,
    text_cells,
)
from analysis.stats import (
    CI_LEVEL,
    accuracy,
    draw_counts,
    encode,
    f_avg,
    interpretation_band,
    mean_of_finite,
    nominal_alpha,
    nominal_alpha_resampled,
    nominal_alphas_resampled,
    percentile_ci,
    percentile_cis,
    prf,
    prf_resampled,
    resample_indices,
)
from analysis.tables import ALIGNMENT, DISAGREEMENTS, RELIABILITY, validate, write_csv
from analysis.vocab import STANCE_VALUES, VOICE_VALUES

NO_SPEAKER = "(none)"  # how an outlet-voice unit's empty speaker is shown in tables


# ------------------------------------------------------------------------ statistics

Resampled = Callable[[np.ndarray, np.ndarray], np.ndarray]  # (draws, draw counts) -> value per resample


@dataclass(frozen=True)
class Metric:
    """One figure of the table: how to compute it on a set of units (row indices).

    `resampled`, when given, computes the figure on every bootstrap resample at once
    from the resample-weight matrix (`analysis.stats.draw_counts`); it returns exactly
    what `compute` would on each resample, only without a Python call per resample.
    `alpha_of`, for an alpha, is its coders x units codes: a comparison's alphas are then
    resampled together (`_intervals`), the same values as `resampled` gives each.
    """

    variable: str
    statistic: str
    compute: Callable[[np.ndarray], tuple[float, int, str]]  # -> value, n, reason if NaN
    resampled: Resampled | None = None
    alpha_of: np.ndarray | None = None


def bootstrap_ci(metric: Metric, draws: np.ndarray, counts: np.ndarray | None = None) -> tuple[float, float, str]:
    """Percentile 95% CI of `metric` over resampled unit indices (one draw per row)."""
    if draws.size == 0:
        return float("nan"), float("nan"), ""
    values = bootstrap_values(metric, draws, counts)
    return _interval(*percentile_ci(values), values.size)


def bootstrap_values(metric: Metric, draws: np.ndarray, counts: np.ndarray | None = None) -> np.ndarray:
    """`metric` on every resample (a row of `draws`), NaN where it is undefined."""
    if metric.resampled is not None:
        counts = draw_counts(draws, draws.shape[1]) if counts is None else counts
        return np.asarray(metric.resampled(draws, counts), dtype=float)
    return np.array([metric.compute(d)[0] for d in draws], dtype=float)


def _interval(lo: float, hi: float, undefined: int, size: int) -> tuple[float, float, str]:
    """A CI's bounds and its note on the resamples left out."""
    return lo, hi, f"{undefined} of {size} resamples undefined" if undefined else ""


def _draws(n_units: int, seed: int, n_boot: int) -> np.ndarray:
    """Resampled unit indices; a fresh generator per figure set keeps each reproducible."""
    return resample_indices(np.random.default_rng(seed), n_units, n_boot)


@functools.lru_cache(maxsize=4)
def _resamples(n_units: int, seed: int, n_boot: int) -> tuple[np.ndarray, np.ndarray]:
    """The draws of a comparison of `n_units` units and their resample-weight matrix, read-only.

    Why kept: each comparison draws from a fresh generator with the same seed, so every
    comparison of the same size draws the very same resamples; a corpus coded in many rounds
    of ~135 units (COVID: 32 coders, 15 pairings) drew and counted them anew for each, a fifth
    of the validate job's bootstrap (issue #15). Same arrays, so the same figures.
    """
    draws = _draws(n_units, seed, n_boot)
    counts = draw_counts(draws, n_units).astype(float)  # the resample-weight matrix every metric shares
    # (as floats once: every product cast it to float anyway; whole counts, so every sum is exact)
    draws.flags.writeable = counts.flags.writeable = False
    return draws, counts


def _coder_metrics(part: pd.DataFrame, frames: list[str], targets: list[str]) -> list[Metric]:
    """Coder-vs-reference figures on the matched units of one human coder."""
    metrics: list[Metric] = []
    ref_sets = [set(split_frames(v)) for v in part["ref_frames"]]
    cod_sets = [set(split_frames(v)) for v in part["auto_frames"]]
    f1_of: dict[str, tuple[np.ndarray, np.ndarray, _PrfResampled]] = {}
    for f in frames:
        r = np.array([f in s for s in ref_sets], bool)
        c = np.array([f in s for s in cod_sets], bool)
        f1_of[f] = (r, c, _PrfResampled(r, c))
        metrics.append(_alpha_metric(f"frame_{f}", r.astype(float), c.astype(float)))
        metrics += [_prf_metric(f"frame_{f}", r, c, k, f1_of[f][2]) for k in range(3)]
    metrics.append(_macro_metric(f1_of))
    for t in targets:
        ref = part[f"ref_stance_{t}"].to_numpy(dtype=object)
        cod = part[f"auto_stance_{t}"].to_numpy(dtype=object)
        er, ec = encode(ref, cod)
        metrics.append(_alpha_metric(f"stance_{t}", er, ec))
        metrics.append(Metric(f"stance_{t}", "f_avg", _simple_fn(ref, cod, f_avg), _f_avg_resampled(ref, cod)))
        metrics.append(_accuracy_metric(f"stance_{t}", ref, cod))
    for v in ("voice", "speaker"):
        ref = part[f"ref_{v}"].to_numpy(dtype=object)
        cod = part[f"auto_{v}"].to_numpy(dtype=object)
        er, ec = encode(ref, cod)
        metrics.append(_alpha_metric(v, er, ec))
        metrics.append(_accuracy_metric(v, ref, cod))
    if "ref_speaker_side" in part:
        metrics.append(_side_of_statements_metric(part))
        metrics.append(_unknown_share_metric(part))
    return metrics


def _side_of_statements_metric(part: pd.DataFrame) -> Metric:
    """Speaker-side accuracy on the units the reference attributes (voice quoted or reported).

    Why not all units: outlet-voice units have no speaker on either side, so counting them
    would let a corpus of mostly narration hide a coder that never finds a speaker.

    >>> part = pd.DataFrame({"ref_voice": ["outlet", "reported", "quoted"],
    ...                      "ref_speaker_side": ["", "india", "russia"],
    ...                      "auto_speaker_side": ["", "india", "unknown"]})
    >>> _side_of_statements_metric(part).compute(np.arange(3))
    (0.5, 2, '')
    """
    attributed = (part["ref_voice"].to_numpy(dtype=object) != "outlet").astype(float)
    same = part["ref_speaker_side"].to_numpy(dtype=object) == part["auto_speaker_side"].to_numpy(dtype=object)
    hit = attributed * same.astype(float)

    def compute(idx: np.ndarray) -> tuple[float, int, str]:
        n = int(attributed[idx].sum())
        return (float(hit[idx].sum() / n), n, "") if n else (float("nan"), 0, "no attributed unit in the reference")

    def resampled(draws: np.ndarray, counts: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore", divide="ignore"):
            return (counts @ hit) / (counts @ attributed)

    return Metric("speaker_side", "accuracy_attributed", compute, resampled)


def _unknown_share_metric(part: pd.DataFrame) -> Metric:
    """Share of the units the coder attributes whose speaker it leaves `unknown` (or blank).

    Why the coder's attributed units, not the reference's: the share says how often a reader
    of the coded data meets a statement with no side, which is what the codebook's explicit
    `unknown` is there to make visible (issue #12 asks for it at <= 10 %).

    >>> part = pd.DataFrame({"auto_voice": ["outlet", "reported", "quoted", "reported"],
    ...                      "auto_speaker_side": ["", "unknown", "russia", ""]})
    >>> _unknown_share_metric(part).compute(np.arange(4))
    (0.6666666666666666, 3, '')
    """
    attributed = (part["auto_voice"].to_numpy(dtype=object) != "outlet").astype(float)
    side = part["auto_speaker_side"].to_numpy(dtype=object)
    unknown = attributed * np.isin(side, ["unknown", ""]).astype(float)

    def compute(idx: np.ndarray) -> tuple[float, int, str]:
        n = int(attributed[idx].sum())
        return (float(unknown[idx].sum() / n), n, "") if n else (float("nan"), 0, "no attributed unit")

    def resampled(draws: np.ndarray, counts: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore", divide="ignore"):
            return (counts @ unknown) / (counts @ attributed)

    return Metric("speaker_unknown", "unknown_share", compute, resampled)


def with_speaker_sides(aligned: pd.DataFrame, sides: Mapping[str, str], where: str) -> pd.DataFrame:
    """Add `ref_speaker_side` (the reference speaker's side through the codebook's actors).

    Issue #12 scores speakers by side (russia / pakistan / india / ...), since two coders
    may pick different ids for the same side ("indian_official" vs "india"). A reference
    may code the side itself (a `speaker_side` column): a coder who never saw the
    gazetteer names speakers in its own words, and only the side can be compared. Where
    no side is given, a reference speaker the codebook does not know can never match the
    coder, so it is refused by name.

    >>> a = pd.DataFrame({"ref_speaker": ["lavrov", "", "a_diplomat"], "ref_side_given": ["", "", "russia"]})
    >>> list(with_speaker_sides(a, {"lavrov": "russia"}, "ref.csv")["ref_speaker_side"])
    ['russia', '', 'russia']
    """
    given = aligned["ref_side_given"] if "ref_side_given" in aligned else pd.Series("", index=aligned.index)
    given = given.fillna("").astype(str)
    codable = set(sides.values()) - {"unknown"}  # a person codes a side, never "could not tell"
    bad = sorted(set(given) - codable - {""})
    if bad:
        raise UserError(f"{where}: speaker_side value(s) not among the codebook's sides: {', '.join(bad)}")
    mapped = aligned["ref_speaker"][given == ""]
    unknown = sorted(set(mapped) - set(sides) - {""})
    if unknown:
        raise UserError(f"{where}: speaker id(s) not among the codebook's actors: {', '.join(unknown)}")
    out = aligned.copy()
    out["ref_speaker_side"] = [g or (sides[s] if s else "") for s, g in zip(out["ref_speaker"], given)]
    return out


def _alpha_metric(variable: str, ref: np.ndarray, cod: np.ndarray) -> Metric:
    data = np.vstack([ref, cod])
    return Metric(
        variable,
        "alpha",
        _alpha_fn(ref, cod),
        lambda draws, counts: nominal_alpha_resampled(data, draws, counts),
        alpha_of=data,
    )


class _PrfResampled:
    """`prf_resampled` of one frame's reference and coder columns, kept for the last weight matrix.

    Why: a frame's precision, recall and F1 rows and the macro-F1 row each asked for the same
    resampled tp/fp/fn, four matrix products where one does (issue #15). The result is kept
    only while the same `counts` object comes back (it is held, so it cannot be another's).
    """

    def __init__(self, ref: np.ndarray, cod: np.ndarray) -> None:
        self.ref, self.cod = ref, cod
        self._last: tuple[np.ndarray, np.ndarray] | None = None

    def __call__(self, counts: np.ndarray) -> np.ndarray:
        if self._last is None or self._last[0] is not counts:
            self._last = (counts, prf_resampled(self.ref, self.cod, counts))
        return self._last[1]


def _prf_metric(variable: str, ref: np.ndarray, cod: np.ndarray, which: int, shared: _PrfResampled) -> Metric:
    name = ("precision", "recall", "f1")[which]
    return Metric(variable, name, _prf_fn(ref, cod, which), lambda draws, counts: shared(counts)[:, which])


def _macro_metric(pairs: dict[str, tuple[np.ndarray, np.ndarray, _PrfResampled]]) -> Metric:
    def resampled(draws: np.ndarray, counts: np.ndarray) -> np.ndarray:
        f1 = np.stack([shared(counts)[:, 2] for _, _, shared in pairs.values()], axis=1)
        return mean_of_finite(f1)

    return Metric("frames", "macro_f1", _macro_fn(pairs), resampled)


def _f_avg_resampled(ref: np.ndarray, cod: np.ndarray) -> Resampled:
    """F_avg per resample: the mean of the defined F1 of favor and against (see `stats.f_avg`)."""

    def resampled(draws: np.ndarray, counts: np.ndarray) -> np.ndarray:
        f1 = np.stack([prf_resampled(ref == c, cod == c, counts)[:, 2] for c in ("favor", "against")], axis=1)
        return mean_of_finite(f1)

    return resampled


def _accuracy_metric(variable: str, ref: np.ndarray, cod: np.ndarray) -> Metric:
    same = (ref == cod).astype(float)
    return Metric(
        variable, "accuracy", _simple_fn(ref, cod, accuracy), lambda draws, counts: counts @ same / draws.shape[1]
    )


def _alpha_fn(ref: np.ndarray, cod: np.ndarray) -> Callable[[np.ndarray], tuple[float, int, str]]:
    def compute(idx: np.ndarray) -> tuple[float, int, str]:
        value, reason = nominal_alpha(np.vstack([ref[idx], cod[idx]]))
        return value, len(idx), reason

    return compute


def _prf_fn(ref: np.ndarray, cod: np.ndarray, which: int) -> Callable[[np.ndarray], tuple[float, int, str]]:
    reasons = (
        "no unit coded with the frame by the coder",
        "no unit with the frame in the reference",
        "frame absent from reference and coder",
    )

    def compute(idx: np.ndarray) -> tuple[float, int, str]:
        p, r, f, n_pred, n_ref = prf(ref[idx], cod[idx])
        value = (p, r, f)[which]
        n = (n_pred, n_ref, len(idx))[which]
        return value, n, "" if np.isfinite(value) else reasons[which]

    return compute


def _macro_fn(
    pairs: dict[str, tuple[np.ndarray, np.ndarray, object]],
) -> Callable[[np.ndarray], tuple[float, int, str]]:
    def compute(idx: np.ndarray) -> tuple[float, int, str]:
        scores = [prf(r[idx], c[idx])[2] for r, c, _ in pairs.values()]
        finite = [s for s in scores if np.isfinite(s)]
        if not finite:
            return float("nan"), len(idx), "no frame occurs"
        skipped = len(scores) - len(finite)
        return float(np.mean(finite)), len(idx), (f"{skipped} frame(s) absent, left out" if skipped else "")

    return compute


def _simple_fn(ref: np.ndarray, cod: np.ndarray, fn: Callable) -> Callable[[np.ndarray], tuple[float, int, str]]:
    def compute(idx: np.ndarray) -> tuple[float, int, str]:
        value = fn(ref[idx], cod[idx])
        return value, len(idx), "" if np.isfinite(value) else "undefined on these units"

    return compute


def _rows(metrics: list[Metric], n_units: int, seed: int, n_boot: int, group: str, comparison: str) -> list[dict]:
    all_idx = np.arange(n_units)
    draws, counts = _resamples(n_units, seed, n_boot)
    rows = []
    for m, (lo, hi, boot_note) in zip(metrics, _intervals(metrics, draws, counts)):
        value, n, reason = m.compute(all_idx) if n_units else (float("nan"), 0, "no units")
        note = "; ".join(x for x in (reason, boot_note) if x)
        rows.append(
            {
                "variable": m.variable,
                "statistic": m.statistic,
                "value": value,
                "ci_low": lo,
                "ci_high": hi,
                "n": int(n),
                "group": group,
                "band": interpretation_band(value) if m.statistic == "alpha" else "",
                "comparison": comparison,
                "note": note,
            }
        )
    return rows


def _intervals(metrics: list[Metric], draws: np.ndarray, counts: np.ndarray) -> list[tuple[float, float, str]]:
    """Each metric's `bootstrap_ci`, the percentiles of all of them taken at once (`percentile_cis`).

    Why: one quantile call per metric was a tenth of the validate job's bootstrap (issue #15).
    """
    if draws.size == 0:
        return [(float("nan"), float("nan"), "")] * len(metrics)
    alphas = _alpha_values(metrics, draws, counts)
    values = [alphas[i] if i in alphas else bootstrap_values(m, draws, counts) for i, m in enumerate(metrics)]
    if not values:
        return []
    return [_interval(*ci, v.size) for ci, v in zip(percentile_cis(np.vstack(values), CI_LEVEL), values)]


def _alpha_values(metrics: list[Metric], draws: np.ndarray, counts: np.ndarray) -> dict[int, np.ndarray]:
    """The resampled values of the alphas among `metrics`, by position, all in one call
    (`nominal_alphas_resampled`): a comparison's dozen alphas were a dozen passes (issue #15).
    They are for the intervals only: exact where a bound at `CI_LEVEL` reads them."""
    at = [i for i, m in enumerate(metrics) if m.alpha_of is not None]
    alphas = nominal_alphas_resampled([metrics[i].alpha_of for i in at], draws, counts, level=CI_LEVEL)
    return dict(zip(at, alphas))


def _intercoder_metrics(wide: dict[str, np.ndarray], variables: list[str]) -> list[Metric]:
    """Alpha and raw agreement among human coders (coders x units arrays, NaN = not coded)."""
    metrics = []
    for v in variables:
        data = wide[v]

        def alpha_fn(idx: np.ndarray, data: np.ndarray = data) -> tuple[float, int, str]:
            sub = data[:, idx]
            value, reason = nominal_alpha(sub)
            return value, int(((~np.isnan(sub)).sum(axis=0) >= 2).sum()), reason

        def agree_fn(idx: np.ndarray, data: np.ndarray = data) -> tuple[float, int, str]:
            sub = data[:, idx]
            both = (~np.isnan(sub)).sum(axis=0) >= 2
            if not both.any():
                return float("nan"), 0, "no unit coded by two or more coders"
            return float(np.mean(_all_same(sub)[both])), int(both.sum()), ""

        metrics.append(
            Metric(
                v,
                "alpha",
                alpha_fn,
                lambda draws, counts, data=data: nominal_alpha_resampled(data, draws, counts),
                alpha_of=data,
            )
        )
        metrics.append(Metric(v, "agreement", agree_fn, _agreement_resampled(data)))
    return metrics


def _all_same(data: np.ndarray) -> np.ndarray:
    """Per unit (column), whether every coder who coded it gave the same value (True for none or one).

    >>> _all_same(np.array([[1, 1, np.nan, 2], [1, 2, np.nan, np.nan]])).tolist()
    [True, False, True, True]
    """
    coded = ~np.isnan(data)
    return np.min(np.where(coded, data, np.inf), axis=0, initial=np.inf) >= np.max(
        np.where(coded, data, -np.inf), axis=0, initial=-np.inf
    )


def _agreement_resampled(data: np.ndarray) -> Resampled:
    """Raw agreement per resample: units whose coders all agree over units two or more coded."""
    both = (~np.isnan(data)).sum(axis=0) >= 2
    same = both & _all_same(data)

    def resampled(draws: np.ndarray, counts: np.ndarray) -> np.ndarray:
        n_both = counts @ both.astype(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(n_both > 0, (counts @ same.astype(float)) / n_both, np.nan)

    return resampled


def _wide_by_coder(
    rows: pd.DataFrame, coders: list[str], frames: list[str], targets: list[str]
) -> tuple[dict[str, np.ndarray], int]:
    """Coders x units arrays (one per variable) of human codes, NaN where not coded.

    Units are the sorted (doc_id, ref_key) pairs; where a coder coded a unit twice, the
    later row holds.
    """
    keys = list(zip(rows["doc_id"].to_numpy(dtype=object), rows["ref_key"].to_numpy(dtype=object)))
    units = sorted(set(keys))
    col = {u: i for i, u in enumerate(units)}
    where = {c: i for i, c in enumerate(coders)}
    cell = np.array([where[c] * len(units) + col[u] for c, u in zip(rows["coder"], keys)], dtype=np.intp)
    last = len(cell) - 1 - np.unique(cell[::-1], return_index=True)[1]  # the later row of a repeated cell
    frame_sets = [set(split_frames(x)) for x in rows["ref_frames"]]
    out: dict[str, np.ndarray] = {}
    variables = [f"frame_{f}" for f in frames] + [f"stance_{t}" for t in targets] + ["voice", "speaker"]
    for v in variables:
        if v.startswith("frame_"):
            f = v[len("frame_") :]
            values = np.array([f in s for s in frame_sets], dtype=float)
        else:
            (values,) = encode(rows[f"ref_{v}"].to_numpy(dtype=object))
        arr = np.full(len(coders) * len(units), np.nan)
        arr[cell[last]] = values[last]
        out[v] = arr.reshape(len(coders), len(units))
    return out, len(units)


def reliability_table(
    aligned: pd.DataFrame, frames: list[str], targets: list[str], groups: dict[str, list[str]], seed: int, n_boot: int
) -> pd.DataFrame:
    """All agreement figures, per document group, with bootstrap CIs and interpretation.

    Coder-vs-reference rows (comparison "coder-vs-<human>") use matched units; when two
    or more people coded, "<a>-vs-<b>" rows give inter-coder alpha and raw agreement on
    the units both coded (and "all-coders" when there are three or more). Groups are
    the caller's (e.g. development / held-out) plus "all".
    """
    rows: list[dict] = []
    if aligned.empty:
        return pd.DataFrame(columns=list(RELIABILITY.columns))
    aligned = aligned.reset_index(drop=True)  # row labels are positions: a selection is named by its labels
    group_docs: dict[str, list[str] | None] = {**{g: list(d) for g, d in groups.items()}, "all": None}
    humans = human_coders(aligned["coder"])
    done: dict[tuple, list[dict]] = {}  # (comparison, rows selected) -> its table rows, of the first group
    # each group's rows of `aligned` (positions), found once: `isin` over a corpus's thousands of
    # held-out documents converted the list anew for every coder and pairing (issue #15)
    in_group = {g: aligned["doc_id"].isin(d).to_numpy(bool) for g, d in group_docs.items() if d is not None}
    matched = aligned[aligned["status"] == MATCHED]
    for coder in humans:
        sub = matched[matched["coder"] == coder]
        for group, docs in group_docs.items():
            part = sub if docs is None else sub[in_group[group][sub.index]]
            key = (f"coder-vs-{coder}", tuple(part.index))
            if key not in done:
                part = part.reset_index(drop=True)
                done[key] = _rows(_coder_metrics(part, frames, targets), len(part), seed, n_boot, group, key[0])
            rows += _in_group(done[key], group)
    if len(humans) >= 2:
        human_rows = aligned[aligned["coder"] != ""]
        coded = _units_by_coder(human_rows)
        comparisons = [[a, b] for a, b in itertools.combinations(humans, 2) if coded[a] & coded[b]]
        if len(humans) >= 3:
            comparisons.append(humans)
        for coders in comparisons:
            name = "all-coders" if len(coders) > 2 else f"{coders[0]}-vs-{coders[1]}"
            for group, docs in group_docs.items():
                part = human_rows[human_rows["coder"].isin(coders)]
                if docs is not None:
                    part = part[in_group[group][part.index]]
                key = (name, tuple(part.index))
                if key not in done:
                    wide, n_units = _wide_by_coder(part, coders, frames, targets)
                    done[key] = _rows(_intercoder_metrics(wide, list(wide)), n_units, seed, n_boot, group, name)
                rows += _in_group(done[key], group)
    return pd.DataFrame(rows, columns=list(RELIABILITY.columns))


def _units_by_coder(rows: pd.DataFrame) -> dict[str, set[tuple]]:
    """The (doc_id, ref_key) units each person coded: a pair of coders is compared only where they share one.

    Why: samples coded by different people in different rounds (six COVID rounds, ten coders) make
    dozens of pairs with nothing to compare; their rows held no figure and filled the reliability
    figure with empty lines.

    >>> rows = pd.DataFrame({"coder": ["a", "b", "c"], "doc_id": ["d", "d", "e"], "ref_key": [1, 1, 1]})
    >>> coded = _units_by_coder(rows)
    >>> bool(coded["a"] & coded["b"]), bool(coded["a"] & coded["c"])
    (True, False)
    """
    return {str(c): set(zip(part["doc_id"], part["ref_key"])) for c, part in rows.groupby("coder", sort=False)}


def _in_group(rows: list[dict], group: str) -> list[dict]:
    """`rows` relabelled for `group`: two groups that select the same rows (held-out documents
    "*" and "all", say) get the same figures, so they are computed once.

    >>> _in_group([{"value": 0.5, "group": "held-out"}], "all")
    [{'value': 0.5, 'group': 'all'}]
    """
    return [{**r, "group": group} for r in rows]


def human_coders(coders: pd.Series) -> list[str]:
    """The human coders' ids in natural order, so round 11's ref100 follows round 10's ref91.

    Tables and the reliability figure list comparisons in this order; a plain string sort put
    "ref100" between "ref1" and "ref3".

    >>> human_coders(pd.Series(["ref3", "", "ref100", "ref1", "ref3"]))
    ['ref1', 'ref3', 'ref100']
    """
    return sorted({c for c in coders.unique() if c}, key=natural_key)


# ------------------------------------------------------------- tables for researchers


def _first_human(aligned: pd.DataFrame, coder: str | None) -> str:
    humans = human_coders(aligned["coder"])
    if coder is not None:
        return coder
    if not humans:
        raise UserError("reference: no human coder rows to compare with")
    return humans[0]


def confusion_tables(aligned: pd.DataFrame, targets: list[str], coder: str | None = None) -> dict[str, pd.DataFrame]:
    """Reference (rows) x coder (columns) counts for voice, each stance target and speaker.

    Uses one human coder (the first by name unless given) so units are not counted
    twice. Also a `frames` table of tp/fp/fn/tn per frame. Categories come in a fixed
    order so the files are stable.
    """
    human = _first_human(aligned, coder)
    m = aligned[(aligned["status"] == MATCHED) & (aligned["coder"] == human)]
    out: dict[str, pd.DataFrame] = {}
    specs = [("voice", list(VOICE_VALUES))] + [(f"stance_{t}", list(STANCE_VALUES)) for t in targets]
    specs.append(("speaker", None))
    for var, cats in specs:
        ref = m[f"ref_{var}"].replace("", NO_SPEAKER) if var == "speaker" else m[f"ref_{var}"]
        cod = m[f"auto_{var}"].replace("", NO_SPEAKER) if var == "speaker" else m[f"auto_{var}"]
        if cats is None:
            cats = sorted(set(ref) | set(cod))
        else:
            cats = cats + sorted((set(ref) | set(cod)) - set(cats))  # unexpected values stay visible
        table = pd.crosstab(pd.Categorical(ref, cats), pd.Categorical(cod, cats), dropna=False)
        table = table.reindex(index=cats, columns=cats, fill_value=0)
        table.index.name, table.columns.name = None, None
        table = table.reset_index(names="reference")
        table.columns = ["reference"] + [f"coder:{c}" for c in cats]
        out[var] = table
    frame_names = sorted(
        {f for v in m["ref_frames"] for f in split_frames(v)} | {f for v in m["auto_frames"] for f in split_frames(v)}
    )
    out["frames"] = frame_counts(m, frame_names)
    return out


def frame_counts(matched: pd.DataFrame, frames: list[str]) -> pd.DataFrame:
    """tp / fp / fn / tn per frame on matched units."""
    rows = []
    for f in frames:
        r = np.array([f in split_frames(v) for v in matched["ref_frames"]], bool)
        c = np.array([f in split_frames(v) for v in matched["auto_frames"]], bool)
        rows.append(
            {
                "frame": f,
                "tp": int((r & c).sum()),
                "fp": int((~r & c).sum()),
                "fn": int((r & ~c).sum()),
                "tn": int((~r & ~c).sum()),
            }
        )
    return pd.DataFrame(rows, columns=["frame", "tp", "fp", "fn", "tn"])


def parse_cues(cues: object) -> list[dict]:
    """The coder's cue list from its JSON string ('' or invalid JSON -> no cues)."""
    if not isinstance(cues, str) or not cues.strip():
        return []
    try:
        value = json.loads(cues)
    except json.JSONDecodeError:
        return [{"variable": "?", "value": "?", "text": cues}]
    return [c for c in value if isinstance(c, dict)] if isinstance(value, list) else []


def _cue_is_for(cue: dict, variable: str) -> bool:
    """Whether a fired cue bears on `variable` (frame_<id>, stance_<t>, voice, speaker).

    The coder names a frame cue's variable "frames" (its value is the frame id) and
    every other cue by the variable it codes, as in the alignment's columns.

    >>> _cue_is_for({"variable": "frames", "value": "economy"}, "frame_economy")
    True
    >>> _cue_is_for({"variable": "stance_ru_pk", "value": "favor"}, "stance_ru_in")
    False
    """
    var, val = str(cue.get("variable", "")), str(cue.get("value", ""))
    if variable.startswith("frame_"):
        return var == "frames" and val == variable[len("frame_") :]
    return var == variable


def _fmt_cues(cues: list[dict]) -> str:
    return "; ".join(f'{c.get("variable", "")}={c.get("value", "")} "{c.get("text", "")}"' for c in cues)


def _cells(column: pd.Series) -> list:
    """A column's cells as iterating over it gives them (`itertuples`), missing text as its NA.

    Why: iterating an Arrow-backed text column boxes each cell as an Arrow scalar first, and the
    alignment of a corpus's hand-coded sample has some 30k units times a dozen text columns
    (issue #15); the column converted in one call gives the same strings.
    """
    cells = text_cells(column)
    return list(column) if cells is None else cells


def disagreements(aligned: pd.DataFrame, frames: list[str], targets: list[str]) -> pd.DataFrame:
    """Every unit and variable where the coder differs from a human coder, with cues.

    Frames are listed per frame (present/absent) so a missed or spurious frame shows
    which cue fired or did not. Units that could not be aligned are listed too
    (variable "alignment"), because a re-segmented unit is a disagreement the
    researcher has to see.
    """
    rows: list[dict] = []
    variables = [f"stance_{t}" for t in targets] + ["voice", "speaker"]
    names = list(aligned.columns)
    for values in zip(*(_cells(aligned[c]) for c in names)):
        r = dict(zip(names, values))
        base = {
            "doc_id": r["doc_id"],
            "unit_id": r["unit_id"],
            "ref_unit_id": r["ref_unit_id"],
            "ref_coder": r["coder"],
            "text": r["text"],
        }
        cues = parse_cues(r["cues"])
        if r["status"] != MATCHED:
            in_ref = r["status"] == REFERENCE_ONLY
            rows.append(
                {
                    **base,
                    "variable": "alignment",
                    "reference": "unit" if in_ref else "no unit",
                    "coder": "no unit" if in_ref else "unit",
                    "cues": "",
                    "other_cues": _fmt_cues(cues),
                }
            )
            continue
        diffs: list[tuple[str, str, str]] = []
        ref_f, cod_f = set(split_frames(r["ref_frames"])), set(split_frames(r["auto_frames"]))
        for f in frames:
            if (f in ref_f) != (f in cod_f):
                diffs.append(
                    (f"frame_{f}", "present" if f in ref_f else "absent", "present" if f in cod_f else "absent")
                )
        for v in variables:
            if r[f"ref_{v}"] != r[f"auto_{v}"]:
                diffs.append((v, r[f"ref_{v}"], r[f"auto_{v}"]))
        for var, ref_v, cod_v in diffs:
            mine = [c for c in cues if _cue_is_for(c, var)]
            rest = [c for c in cues if not _cue_is_for(c, var)]
            rows.append(
                {
                    **base,
                    "variable": var,
                    "reference": ref_v,
                    "coder": cod_v,
                    "cues": _fmt_cues(mine),
                    "other_cues": _fmt_cues(rest),
                }
            )
    return pd.DataFrame(rows, columns=list(DISAGREEMENTS.columns))


def write_validation(
    reference_path: str | Path,
    coded: pd.DataFrame,
    out_dir: str | Path,
    frames: list[str],
    targets: list[str],
    groups: dict[str, list[str]],
    seed: int,
    n_boot: int,
    sides: Mapping[str, str] | None = None,
    copies: Mapping[str, str] | None = None,
) -> dict[str, Path]:
    """Run the whole validation and write its tables (byte-stable CSV) under out_dir.

    Writes reliability.csv, disagreements.csv, alignment.csv (status of every unit)
    and confusion/<variable>.csv (the Snakefile's `reliability` rule outputs); returns
    the paths by name. With `sides` (actor id -> side, from the codebook) speakers are
    also scored by side, with the coder's `unknown` share. With `copies` (a set-aside copy's
    doc_id -> the copy kept) a reference row on a copy is paired in the kept copy (`align`),
    and the count is printed (alignment.csv's `note` gives each row's reason).
    """
    out_dir = Path(out_dir)
    reference = load_reference(reference_path, frames, targets)
    aligned = align(reference, coded, copies)
    if counts := copy_counts(aligned):
        print(f"{reference_path}: {counts}")
    if sides is not None:
        aligned = with_speaker_sides(aligned, sides, str(reference_path))
    tables = {
        "reliability": validate(reliability_table(aligned, frames, targets, groups, seed, n_boot), RELIABILITY),
        "disagreements": validate(disagreements(aligned, frames, targets), DISAGREEMENTS),
        "alignment": validate(aligned[list(ALIGNMENT.columns)], ALIGNMENT),
    }
    paths: dict[str, Path] = {}
    for name, table in tables.items():
        paths[name] = out_dir / f"{name}.csv"
        write_csv(table, paths[name])
    for name, t in confusion_tables(aligned, targets).items():
        paths[f"confusion_{name}"] = out_dir / "confusion" / f"{name}.csv"
        write_csv(t, paths[f"confusion_{name}"])
    return paths
