"""How far the automated coder can be trusted: agreement with hand coding.

The reference sample (annotations/reference.csv) is coded by people reading each unit
against the codebook. This module lines those rows up with the coder's units and
reports, per variable, chance-corrected agreement (Krippendorff's alpha, nominal) and
the task measures readers of classifier studies expect (precision/recall/F1 per frame,
macro-F1, the SemEval-2016 stance F_avg, accuracy), each with a percentile bootstrap CI
over units and the n behind it. Figures are reported separately for the documents the
cues were written on ("development") and for held-out documents, because agreement on
the former is in-sample fit, not validity.

Design choices, and why:

* Alignment is by document and normalised text, not by unit id: a change to the
  sentence splitter renumbers units, and a silent shift by one would compare every
  unit with its neighbour. Texts that no longer match are reported, never dropped.
* A reference may give `text_sha1` (SHA-1 of the matching key, see `text_sha1`)
  instead of `text`: references drawn from corpora whose text may not be
  redistributed store only the hash. Such rows are matched by document and hash, by
  the same rules; their `text` in the output is the matched unit's.
* Alpha is computed with `krippendorff.alpha(level_of_measurement="nominal")`. The
  categories have no order (favor/against/none, outlet/quoted/reported), so an
  interval metric would reward "near misses" that are not near.
* Alpha is undefined when only one category occurs among the pairable values (the
  expected disagreement is zero); we report NaN with the reason rather than a number.
* Bootstrap resamples units with `numpy.random.default_rng(seed)`; resamples in which
  a statistic is undefined are left out of its percentile CI and counted in the note.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import krippendorff
import numpy as np
import pandas as pd

from analysis.errors import UserError
from analysis.normalize import norm

STANCE_VALUES = ("favor", "against", "none")
VOICE_VALUES = ("outlet", "quoted", "reported")
BASE_REFERENCE_COLUMNS = ["doc_id", "unit_id", "text", "coder", "frames", "voice", "speaker"]
TEXT_COLUMNS = ("text", "text_sha1")  # a reference needs one of them (see align)
_SHA1 = re.compile(r"[0-9a-f]{40}")
RELIABILITY_COLUMNS = [
    "variable", "statistic", "value", "ci_low", "ci_high", "n", "group", "band",
    "comparison", "note",
]
DISAGREEMENT_COLUMNS = [
    "doc_id", "unit_id", "ref_unit_id", "ref_coder", "text", "variable", "reference",
    "coder", "cues", "other_cues",
]
MATCHED, REFERENCE_ONLY, CODED_ONLY = "matched", "reference_only", "coded_only"
NO_SPEAKER = "(none)"  # how an outlet-voice unit's empty speaker is shown in tables
ALPHA_RELIABLE, ALPHA_TENTATIVE = 0.800, 0.667  # Krippendorff (2004)


# --------------------------------------------------------------------------- helpers

def text_key(text: str) -> str:
    """Matching key of a unit text: normalised form with all white space removed.

    White space is dropped because splitters differ in whether a space survives
    before a danda or after a closing quote ("रही ।’’" vs "रही।’’").
    """
    return re.sub(r"\s+", "", norm(str(text)))


def text_sha1(text: str) -> str:
    """SHA-1 (hex) of `text_key(text)`: lets a reference identify a unit without its text.

    Hashing the same key the text alignment uses means a hashed reference matches
    exactly the units a text reference would, and a re-segmented unit still fails.
    """
    return hashlib.sha1(text_key(text).encode("utf-8")).hexdigest()


def _ref_text_column(df: pd.DataFrame) -> str:
    """Which identifying column a reference uses: `text` if present, else `text_sha1`."""
    return "text" if "text" in df.columns else "text_sha1"


def stance_columns(df: pd.DataFrame) -> list[str]:
    """The stance columns (`stance_<target>`) a table carries, in column order."""
    return [c for c in df.columns if c.startswith("stance_")]


def split_frames(value: object) -> list[str]:
    """'military|diplomacy' -> ['military', 'diplomacy']; '' or missing -> []."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return [f for f in str(value).split("|") if f]


def interpretation_band(alpha: float) -> str:
    """Krippendorff's (2004) reading of alpha: >= .800 reliable, >= .667 tentative."""
    if alpha is None or not np.isfinite(alpha):
        return "undefined"
    if alpha >= ALPHA_RELIABLE:
        return "reliable"
    if alpha >= ALPHA_TENTATIVE:
        return "tentative"
    return "not reliable"


# ------------------------------------------------------------------- reference input

def load_reference(path: str | Path, frames: list[str], targets: list[str]) -> pd.DataFrame:
    """Read and check annotations/reference.csv; every problem names the file and row.

    Values are checked against the codebook because a typo ("favour", "militray")
    would otherwise become a category of its own and lower alpha without a trace.
    """
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: reference file not found")
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    required = [c for c in BASE_REFERENCE_COLUMNS if c != "text"] + [f"stance_{t}" for t in targets]
    missing = [c for c in required if c not in df.columns]
    if not any(c in df.columns for c in TEXT_COLUMNS):
        missing.insert(0, "text (or text_sha1)")
    if missing:
        raise UserError(f"{path}: missing columns {missing}")
    hashed = _ref_text_column(df) == "text_sha1"
    problems: list[str] = []
    for i, row in enumerate(df.itertuples(index=False), start=2):  # line 1 is the header
        r = row._asdict()
        if not r["unit_id"].strip().isdigit():
            problems.append(f"line {i}: unit_id {r['unit_id']!r} is not a positive integer")
        if not r["coder"].strip():
            problems.append(f"line {i}: empty coder")
        if hashed and not _SHA1.fullmatch(r["text_sha1"]):
            problems.append(f"line {i}: text_sha1 {r['text_sha1']!r} is not 40 lower-case hex digits")
        unknown = [f for f in split_frames(r["frames"]) if f not in frames]
        if unknown:
            problems.append(f"line {i}: unknown frame(s) {unknown} (codebook: {frames})")
        for t in targets:
            if r[f"stance_{t}"] not in STANCE_VALUES:
                problems.append(f"line {i}: stance_{t}={r[f'stance_{t}']!r} not in {STANCE_VALUES}")
        if r["voice"] not in VOICE_VALUES:
            problems.append(f"line {i}: voice={r['voice']!r} not in {VOICE_VALUES}")
        elif (r["voice"] == "outlet") != (r["speaker"] == ""):
            problems.append(f"line {i}: speaker must be empty exactly when voice is 'outlet'")
    dup = df.duplicated(["doc_id", "unit_id", "coder"], keep=False)
    if dup.any():
        first = int(np.flatnonzero(dup.to_numpy())[0]) + 2
        problems.append(f"line {first}: doc_id/unit_id/coder repeated")
    if problems:
        shown = "; ".join(problems[:10]) + (f"; ... ({len(problems)} problems)" if len(problems) > 10 else "")
        raise UserError(f"{path}: {shown}")
    df["unit_id"] = df["unit_id"].astype(int)
    return df


# ------------------------------------------------------------------------- alignment

def _with_keys(df: pd.DataFrame, by: list[str], hashed: bool = False) -> pd.DataFrame:
    """Add the matching `key` (text key, or its SHA-1 when `hashed`) and its occurrence number."""
    out = df.copy()
    if "text" in out.columns:
        out["key"] = [text_sha1(t) if hashed else text_key(t) for t in out["text"]]
    else:  # a hashed reference: its key is given
        out["key"] = out["text_sha1"]
    out = out.sort_values(by + ["unit_id"], kind="stable")
    out["occ"] = out.groupby(by + ["key"], sort=False).cumcount()
    return out


def align(reference: pd.DataFrame, coded: pd.DataFrame) -> pd.DataFrame:
    """Pair each reference row with the coder's unit of the same document and text.

    Returns one row per reference row (status `matched` or `reference_only`) plus one
    row per coded unit that no reference coder matched (`coded_only`), so nothing is
    dropped. Reference values are in `ref_<variable>`, the coder's in `auto_<variable>`.
    When a text occurs more than once in a document, units with the same unit_id are
    paired first and the rest in reading order: the unit_id decides only between
    units whose texts are equal. A reference with `text_sha1` instead of `text` is
    matched on the hash of the coded unit's text key; its output `text` is the coded
    unit's text, or "(text_sha1 <hash>)" when no unit matched.
    """
    hashed = _ref_text_column(reference) == "text_sha1"
    ref_cols = [c for c in BASE_REFERENCE_COLUMNS if c != "text"] + [_ref_text_column(reference)]
    for name, df, cols in (
        ("reference", reference, ref_cols),
        ("coded units", coded, ["doc_id", "unit_id", "text", "frames", "voice", "speaker"]),
    ):
        missing = [c for c in cols if c not in df.columns]
        if missing:
            raise UserError(f"{name}: missing columns {missing}")
    stances = stance_columns(reference)
    missing = [c for c in stances if c not in coded.columns]
    if missing:
        raise UserError(f"coded units: missing stance columns {missing} that the reference codes")
    variables = ["frames", *stances, "voice", "speaker"]

    ref = _with_keys(reference.assign(unit_id=reference["unit_id"].astype(int)), ["coder", "doc_id"])
    cod = _with_keys(coded.assign(unit_id=coded["unit_id"].astype(int)), ["doc_id"], hashed=hashed)
    cod_by_key: dict[tuple[str, str], list[int]] = {}
    for pos, (doc, key) in enumerate(zip(cod["doc_id"], cod["key"])):
        cod_by_key.setdefault((doc, key), []).append(pos)
    cod_records = cod.reset_index(drop=True)

    rows: list[dict] = []
    used: set[int] = set()
    for (coder, doc, key), grp in ref.groupby(["coder", "doc_id", "key"], sort=True):
        candidates = list(cod_by_key.get((doc, key), []))
        pairs: dict[int, int | None] = {}
        ref_ids = list(grp["unit_id"])
        # equal unit_id first, then the remaining ones in reading order
        for rid in ref_ids:
            same = [p for p in candidates if cod_records.at[p, "unit_id"] == rid]
            if same:
                pairs[rid] = same[0]
                candidates.remove(same[0])
        for rid in ref_ids:
            if rid not in pairs:
                pairs[rid] = candidates.pop(0) if candidates else None
        for r in grp.itertuples(index=False):
            r = r._asdict()
            p = pairs[r["unit_id"]]
            row = {
                "doc_id": doc, "coder": coder, "ref_unit_id": r["unit_id"],
                "unit_id": int(cod_records.at[p, "unit_id"]) if p is not None else pd.NA,
                "text": _ref_text(r, cod_records, p), "key": key, "ref_key": f"{key}#{r['occ']}",
                "status": MATCHED if p is not None else REFERENCE_ONLY,
            }
            for v in variables:
                row[f"ref_{v}"] = r[v]
                row[f"auto_{v}"] = _cell(cod_records, p, v)
            row["auto_speaker_side"] = _cell(cod_records, p, "speaker_side")
            row["cues"] = _cell(cod_records, p, "cues")
            rows.append(row)
            if p is not None:
                used.add(p)
    for p in range(len(cod_records)):
        if p in used:
            continue
        c = cod_records.loc[p]
        row = {
            "doc_id": c["doc_id"], "coder": "", "ref_unit_id": pd.NA, "unit_id": int(c["unit_id"]),
            "text": c["text"], "key": c["key"], "ref_key": "", "status": CODED_ONLY,
        }
        for v in variables:
            row[f"ref_{v}"] = ""
            row[f"auto_{v}"] = _cell(cod_records, p, v)
        row["auto_speaker_side"] = _cell(cod_records, p, "speaker_side")
        row["cues"] = _cell(cod_records, p, "cues")
        rows.append(row)
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    out["ref_unit_id"] = out["ref_unit_id"].astype("Int64")
    out["unit_id"] = out["unit_id"].astype("Int64")
    out["_ord"] = out["ref_unit_id"].fillna(out["unit_id"])
    out = out.sort_values(["doc_id", "coder", "_ord", "status"], kind="stable").drop(columns="_ord")
    return out.reset_index(drop=True)


def _ref_text(r: dict, cod_records: pd.DataFrame, pos: int | None) -> str:
    """A reference row's text; for a hashed row the matched unit's text (or its hash)."""
    if "text" in r:
        return r["text"]
    return _cell(cod_records, pos, "text") if pos is not None else f"(text_sha1 {r['text_sha1']})"


def _cell(df: pd.DataFrame, pos: int | None, column: str) -> str:
    if pos is None or column not in df.columns:
        return ""
    value = df.at[pos, column]
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value)


# ------------------------------------------------------------------------ statistics

def nominal_alpha(data: np.ndarray) -> tuple[float, str]:
    """Krippendorff's alpha (nominal) of a coders x units array, NaN = not coded.

    Returns (alpha, reason); alpha is NaN with a reason when it is undefined: no unit
    has two values, or only one category occurs among pairable values.
    """
    data = np.asarray(data, dtype=float)
    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    if not pairable.any():
        return float("nan"), "no unit coded by two or more coders"
    values = data[:, pairable]
    if np.unique(values[~np.isnan(values)]).size < 2:
        return float("nan"), "alpha undefined: only one category occurs"
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")), ""


def encode(*columns: np.ndarray) -> list[np.ndarray]:
    """Map string categories to shared integer codes (missing '' stays a category)."""
    cats = sorted(set().union(*[set(map(str, c)) for c in columns]))
    index = {c: i for i, c in enumerate(cats)}
    return [np.array([index[str(v)] for v in c], dtype=float) for c in columns]


def prf(reference: np.ndarray, coded: np.ndarray) -> tuple[float, float, float, int, int]:
    """Precision, recall, F1 of boolean arrays, NaN where the denominator is zero.

    Also returns the denominators of precision (coded positives) and recall (reference
    positives), which are the n behind those two figures.
    """
    ref, cod = np.asarray(reference, bool), np.asarray(coded, bool)
    tp = int((ref & cod).sum())
    fp = int((~ref & cod).sum())
    fn = int((ref & ~cod).sum())
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    return p, r, f, tp + fp, tp + fn


def f_avg(reference: np.ndarray, coded: np.ndarray) -> float:
    """SemEval-2016 Task 6 score: mean of F1(favor) and F1(against).

    `none` is not scored directly; it counts only as a wrong answer for the other two.
    A class absent from both reference and coder has no F1 and is left out of the
    mean; if both are absent the score is NaN.
    """
    ref, cod = np.asarray(reference, dtype=object), np.asarray(coded, dtype=object)
    scores = [prf(ref == c, cod == c)[2] for c in ("favor", "against")]
    finite = [s for s in scores if np.isfinite(s)]
    return float(np.mean(finite)) if finite else float("nan")


def accuracy(reference: np.ndarray, coded: np.ndarray) -> float:
    """Share of units where the coder gives the reference value (NaN for no units)."""
    ref, cod = np.asarray(reference, dtype=object), np.asarray(coded, dtype=object)
    return float((ref == cod).mean()) if len(ref) else float("nan")


@dataclass(frozen=True)
class Metric:
    """One figure of the table: how to compute it on a set of units (row indices)."""

    variable: str
    statistic: str
    compute: Callable[[np.ndarray], tuple[float, int, str]]  # -> value, n, reason if NaN


def bootstrap_ci(metric: Metric, draws: np.ndarray) -> tuple[float, float, str]:
    """Percentile 95% CI of `metric` over resampled unit indices (one draw per row)."""
    if draws.size == 0:
        return float("nan"), float("nan"), ""
    values = np.array([metric.compute(d)[0] for d in draws], dtype=float)
    finite = values[np.isfinite(values)]
    note = ""
    if finite.size < values.size:
        note = f"{values.size - finite.size} of {values.size} resamples undefined"
    if finite.size == 0:
        return float("nan"), float("nan"), note
    lo, hi = np.percentile(finite, [2.5, 97.5])
    return float(lo), float(hi), note


def _draws(n_units: int, seed: int, n_boot: int) -> np.ndarray:
    """Resampled unit indices; a fresh generator per figure set keeps each reproducible."""
    if n_units == 0 or n_boot <= 0:
        return np.empty((0, 0), dtype=int)
    return np.random.default_rng(seed).integers(0, n_units, size=(n_boot, n_units))


def _coder_metrics(part: pd.DataFrame, frames: list[str], targets: list[str]) -> list[Metric]:
    """Coder-vs-reference figures on the matched units of one human coder."""
    metrics: list[Metric] = []
    ref_sets = [set(split_frames(v)) for v in part["ref_frames"]]
    cod_sets = [set(split_frames(v)) for v in part["auto_frames"]]
    f1_of: dict[str, np.ndarray] = {}
    for f in frames:
        r = np.array([f in s for s in ref_sets], bool)
        c = np.array([f in s for s in cod_sets], bool)
        f1_of[f] = (r, c)
        metrics.append(Metric(f"frame_{f}", "alpha", _alpha_fn(r.astype(float), c.astype(float))))
        metrics.append(Metric(f"frame_{f}", "precision", _prf_fn(r, c, 0)))
        metrics.append(Metric(f"frame_{f}", "recall", _prf_fn(r, c, 1)))
        metrics.append(Metric(f"frame_{f}", "f1", _prf_fn(r, c, 2)))
    metrics.append(Metric("frames", "macro_f1", _macro_fn(f1_of)))
    for t in targets:
        ref = part[f"ref_stance_{t}"].to_numpy(dtype=object)
        cod = part[f"auto_stance_{t}"].to_numpy(dtype=object)
        er, ec = encode(ref, cod)
        metrics.append(Metric(f"stance_{t}", "alpha", _alpha_fn(er, ec)))
        metrics.append(Metric(f"stance_{t}", "f_avg", _simple_fn(ref, cod, f_avg)))
        metrics.append(Metric(f"stance_{t}", "accuracy", _simple_fn(ref, cod, accuracy)))
    for v in ("voice", "speaker"):
        ref = part[f"ref_{v}"].to_numpy(dtype=object)
        cod = part[f"auto_{v}"].to_numpy(dtype=object)
        er, ec = encode(ref, cod)
        metrics.append(Metric(v, "alpha", _alpha_fn(er, ec)))
        metrics.append(Metric(v, "accuracy", _simple_fn(ref, cod, accuracy)))
    return metrics


def _alpha_fn(ref: np.ndarray, cod: np.ndarray) -> Callable[[np.ndarray], tuple[float, int, str]]:
    def compute(idx: np.ndarray) -> tuple[float, int, str]:
        value, reason = nominal_alpha(np.vstack([ref[idx], cod[idx]]))
        return value, len(idx), reason
    return compute


def _prf_fn(ref: np.ndarray, cod: np.ndarray, which: int) -> Callable[[np.ndarray], tuple[float, int, str]]:
    reasons = ("no unit coded with the frame by the coder", "no unit with the frame in the reference",
               "frame absent from reference and coder")

    def compute(idx: np.ndarray) -> tuple[float, int, str]:
        p, r, f, n_pred, n_ref = prf(ref[idx], cod[idx])
        value = (p, r, f)[which]
        n = (n_pred, n_ref, len(idx))[which]
        return value, n, "" if np.isfinite(value) else reasons[which]
    return compute


def _macro_fn(pairs: dict[str, tuple[np.ndarray, np.ndarray]]) -> Callable[[np.ndarray], tuple[float, int, str]]:
    def compute(idx: np.ndarray) -> tuple[float, int, str]:
        scores = [prf(r[idx], c[idx])[2] for r, c in pairs.values()]
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


def _rows(metrics: list[Metric], n_units: int, seed: int, n_boot: int, group: str,
          comparison: str) -> list[dict]:
    all_idx = np.arange(n_units)
    draws = _draws(n_units, seed, n_boot)
    rows = []
    for m in metrics:
        value, n, reason = m.compute(all_idx) if n_units else (float("nan"), 0, "no units")
        lo, hi, boot_note = bootstrap_ci(m, draws) if n_units else (float("nan"), float("nan"), "")
        note = "; ".join(x for x in (reason, boot_note) if x)
        rows.append({
            "variable": m.variable, "statistic": m.statistic, "value": value,
            "ci_low": lo, "ci_high": hi, "n": int(n), "group": group,
            "band": interpretation_band(value) if m.statistic == "alpha" else "",
            "comparison": comparison, "note": note,
        })
    return rows


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
            s = sub[:, both]
            same = [np.unique(col[~np.isnan(col)]).size == 1 for col in s.T]
            return float(np.mean(same)), int(both.sum()), ""
        metrics.append(Metric(v, "alpha", alpha_fn))
        metrics.append(Metric(v, "agreement", agree_fn))
    return metrics


def _wide_by_coder(rows: pd.DataFrame, coders: list[str], frames: list[str],
                   targets: list[str]) -> tuple[dict[str, np.ndarray], int]:
    """Coders x units arrays (one per variable) of human codes, NaN where not coded."""
    units = sorted(set(zip(rows["doc_id"], rows["ref_key"])))
    col = {u: i for i, u in enumerate(units)}
    out: dict[str, np.ndarray] = {}
    variables = [f"frame_{f}" for f in frames] + [f"stance_{t}" for t in targets] + ["voice", "speaker"]
    for v in variables:
        arr = np.full((len(coders), len(units)), np.nan)
        if v.startswith("frame_"):
            f = v[len("frame_"):]
            values = [float(f in split_frames(x)) for x in rows["ref_frames"]]
        else:
            (codes,) = encode(rows[f"ref_{v}"].to_numpy(dtype=object))
            values = list(codes)
        for coder, doc, key, val in zip(rows["coder"], rows["doc_id"], rows["ref_key"], values):
            arr[coders.index(coder), col[(doc, key)]] = val
        out[v] = arr
    return out, len(units)


def reliability_table(aligned: pd.DataFrame, frames: list[str], targets: list[str],
                      groups: dict[str, list[str]], seed: int, n_boot: int) -> pd.DataFrame:
    """All agreement figures, per document group, with bootstrap CIs and interpretation.

    Coder-vs-reference rows (comparison "coder-vs-<human>") use matched units; when two
    or more people coded, "<a>-vs-<b>" rows give inter-coder alpha and raw agreement on
    the units both coded (and "all-coders" when there are three or more). Groups are
    the caller's (e.g. development / held-out) plus "all".
    """
    rows: list[dict] = []
    if aligned.empty:
        return pd.DataFrame(columns=RELIABILITY_COLUMNS)
    group_docs: dict[str, list[str] | None] = {**{g: list(d) for g, d in groups.items()}, "all": None}
    humans = sorted(c for c in aligned["coder"].unique() if c)
    matched = aligned[aligned["status"] == MATCHED]
    for coder in humans:
        sub = matched[matched["coder"] == coder]
        for group, docs in group_docs.items():
            part = sub if docs is None else sub[sub["doc_id"].isin(docs)]
            part = part.reset_index(drop=True)
            rows += _rows(_coder_metrics(part, frames, targets), len(part), seed, n_boot,
                          group, f"coder-vs-{coder}")
    if len(humans) >= 2:
        human_rows = aligned[aligned["coder"] != ""]
        comparisons = [list(p) for p in itertools.combinations(humans, 2)]
        if len(humans) >= 3:
            comparisons.append(humans)
        for coders in comparisons:
            name = "all-coders" if len(coders) > 2 else f"{coders[0]}-vs-{coders[1]}"
            for group, docs in group_docs.items():
                part = human_rows[human_rows["coder"].isin(coders)]
                if docs is not None:
                    part = part[part["doc_id"].isin(docs)]
                wide, n_units = _wide_by_coder(part, coders, frames, targets)
                metrics = _intercoder_metrics(wide, list(wide))
                rows += _rows(metrics, n_units, seed, n_boot, group, name)
    return pd.DataFrame(rows, columns=RELIABILITY_COLUMNS)


# ------------------------------------------------------------- tables for researchers

def _first_human(aligned: pd.DataFrame, coder: str | None) -> str:
    humans = sorted(c for c in aligned["coder"].unique() if c)
    if coder is not None:
        return coder
    if not humans:
        raise UserError("reference: no human coder rows to compare with")
    return humans[0]


def confusion_tables(aligned: pd.DataFrame, targets: list[str],
                     coder: str | None = None) -> dict[str, pd.DataFrame]:
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
    frame_names = sorted({f for v in m["ref_frames"] for f in split_frames(v)}
                         | {f for v in m["auto_frames"] for f in split_frames(v)})
    out["frames"] = frame_counts(m, frame_names)
    return out


def frame_counts(matched: pd.DataFrame, frames: list[str]) -> pd.DataFrame:
    """tp / fp / fn / tn per frame on matched units."""
    rows = []
    for f in frames:
        r = np.array([f in split_frames(v) for v in matched["ref_frames"]], bool)
        c = np.array([f in split_frames(v) for v in matched["auto_frames"]], bool)
        rows.append({"frame": f, "tp": int((r & c).sum()), "fp": int((~r & c).sum()),
                     "fn": int((r & ~c).sum()), "tn": int((~r & ~c).sum())})
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
    """Whether a fired cue bears on `variable` (frame_<id>, stance_<t>, voice, speaker)."""
    var, val = str(cue.get("variable", "")), str(cue.get("value", ""))
    if variable.startswith("frame_"):
        frame = variable[len("frame_"):]
        return (var in ("frames", "frame") and val == frame) or var == variable
    if variable.startswith("stance_"):
        target = variable[len("stance_"):]
        return var == variable or var.startswith(variable) or (
            var == "stance" and str(cue.get("target", target)) == target)
    if variable == "speaker":
        return var in ("speaker", "speaker_side")
    return var == variable


def _fmt_cues(cues: list[dict]) -> str:
    return "; ".join(f'{c.get("variable", "")}={c.get("value", "")} "{c.get("text", "")}"' for c in cues)


def disagreements(aligned: pd.DataFrame, frames: list[str], targets: list[str]) -> pd.DataFrame:
    """Every unit and variable where the coder differs from a human coder, with cues.

    Frames are listed per frame (present/absent) so a missed or spurious frame shows
    which cue fired or did not. Units that could not be aligned are listed too
    (variable "alignment"), because a re-segmented unit is a disagreement the
    researcher has to see.
    """
    rows: list[dict] = []
    variables = [f"stance_{t}" for t in targets] + ["voice", "speaker"]
    for r in aligned.itertuples(index=False):
        r = r._asdict()
        base = {"doc_id": r["doc_id"], "unit_id": r["unit_id"], "ref_unit_id": r["ref_unit_id"],
                "ref_coder": r["coder"], "text": r["text"]}
        cues = parse_cues(r["cues"])
        if r["status"] != MATCHED:
            in_ref = r["status"] == REFERENCE_ONLY
            rows.append({**base, "variable": "alignment",
                         "reference": "unit" if in_ref else "no unit",
                         "coder": "no unit" if in_ref else "unit",
                         "cues": "", "other_cues": _fmt_cues(cues)})
            continue
        diffs: list[tuple[str, str, str]] = []
        ref_f, cod_f = set(split_frames(r["ref_frames"])), set(split_frames(r["auto_frames"]))
        for f in frames:
            if (f in ref_f) != (f in cod_f):
                diffs.append((f"frame_{f}", "present" if f in ref_f else "absent",
                              "present" if f in cod_f else "absent"))
        for v in variables:
            if r[f"ref_{v}"] != r[f"auto_{v}"]:
                diffs.append((v, r[f"ref_{v}"], r[f"auto_{v}"]))
        for var, ref_v, cod_v in diffs:
            mine = [c for c in cues if _cue_is_for(c, var)]
            rest = [c for c in cues if not _cue_is_for(c, var)]
            rows.append({**base, "variable": var, "reference": ref_v, "coder": cod_v,
                         "cues": _fmt_cues(mine), "other_cues": _fmt_cues(rest)})
    return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)


def write_validation(reference_path: str | Path, coded: pd.DataFrame, out_dir: str | Path,
                     frames: list[str], targets: list[str], groups: dict[str, list[str]],
                     seed: int, n_boot: int) -> dict[str, Path]:
    """Run the whole validation and write its tables (byte-stable CSV) under out_dir.

    Writes reliability.csv, disagreements.csv, alignment.csv (status of every unit)
    and confusion/<variable>.csv (the Snakefile's `reliability` rule outputs); returns
    the paths by name.
    """
    from analysis.tables import write_csv

    out_dir = Path(out_dir)
    reference = load_reference(reference_path, frames, targets)
    aligned = align(reference, coded)
    paths: dict[str, Path] = {}
    table = reliability_table(aligned, frames, targets, groups, seed, n_boot)
    paths["reliability"] = out_dir / "reliability.csv"
    write_csv(table, paths["reliability"])
    paths["disagreements"] = out_dir / "disagreements.csv"
    write_csv(disagreements(aligned, frames, targets), paths["disagreements"])
    paths["alignment"] = out_dir / "alignment.csv"
    write_csv(aligned[["doc_id", "coder", "ref_unit_id", "unit_id", "status", "text"]], paths["alignment"])
    for name, t in confusion_tables(aligned, targets).items():
        paths[f"confusion_{name}"] = out_dir / "confusion" / f"{name}.csv"
        write_csv(t, paths[f"confusion_{name}"])
    return paths
