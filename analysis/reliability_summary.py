"""The coder's validation in one compact table: alpha and one task measure per variable.

`reliability.csv` holds every statistic for every document group and comparison (dozens of
rows). A reader needs, per coded variable, two numbers and where they come from: Krippendorff's
alpha with its 95% bootstrap interval, the task measure a classifier study reports for that
kind of variable (F1 per frame, macro-F1 over the frames, the SemEval F_avg for stance,
accuracy for voice and speaker), the number of units, and whether the units are **in-sample**
(the coder's cues were written or tuned while reading them, so agreement is fit) or
**out-of-sample** (coded without anyone looking at the coder: an estimate of validity).

`summarise` builds that table from one build's reliability table; the paper shows it and
the README's validation block is built from it (`analysis.readme`), so the two cannot
disagree. `write_summary` writes it as a small CSV of numbers only (no unit text), which is
how a study keeps the out-of-sample check of another corpus beside its own paper without
depending on that corpus's build (`python -m analysis validation-summary`; config
`validation.external`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

import pandas as pd

from analysis.errors import UserError
from analysis.reference import natural_key

IN_SAMPLE, OUT_OF_SAMPLE = "in-sample", "out-of-sample"
ALL_CODERS = "all-coders"  # the comparison of three or more people together (analysis.reliability)
SAMPLES = (IN_SAMPLE, OUT_OF_SAMPLE)
COLUMNS = (
    "source",
    "sample",
    "group",
    "variable",
    "n",
    "alpha",
    "alpha_low",
    "alpha_high",
    "alpha_note",
    "measure",
    "score",
    "score_low",
    "score_high",
    "score_note",
)
MEASURE_LABEL = {
    "f1": "F1",
    "macro_f1": "macro-F1",
    "f_avg": "F_avg",
    "accuracy": "accuracy",
    "accuracy_attributed": "accuracy, attributed units",
    "unknown_share": "share of coder's attributed units",
}


def measure_of(variable: str) -> str:
    """The task statistic reported for a variable of `reliability.csv`.

    >>> [measure_of(v) for v in ("frame_economy", "frames", "stance_ru_pk", "voice", "speaker_side")]
    ['f1', 'macro_f1', 'f_avg', 'accuracy', 'accuracy_attributed']
    """
    if variable == "speaker_side":  # a side is only at stake where the reference attributes
        return "accuracy_attributed"
    if variable == "speaker_unknown":
        return "unknown_share"
    if variable == "frames":
        return "macro_f1"
    if variable.startswith("frame_"):
        return "f1"
    if variable.startswith("stance_"):
        return "f_avg"
    return "accuracy"


def group_samples(groups: list[str], development: bool, heldout_sample: str = OUT_OF_SAMPLE) -> dict[str, str]:
    """Which document groups of a reliability table to report, each with its sample label.

    The development group is in-sample by definition; held-out documents are `heldout_sample`
    (a study whose held-out documents were looked at while writing rules says in-sample).
    When every reported group has the same label, their union ("all") is reported instead:
    one row per variable, with the most units behind it.

    >>> group_samples(["development", "held-out", "all"], True, "in-sample")
    {'all': 'in-sample'}
    >>> group_samples(["development", "held-out", "all"], True)
    {'development': 'in-sample', 'held-out': 'out-of-sample'}
    """
    labels = {g: (IN_SAMPLE if g == "development" and development else heldout_sample) for g in groups if g != "all"}
    if "all" in groups and len(set(labels.values())) <= 1:
        return {"all": next(iter(labels.values()), heldout_sample)}
    return labels


MIXED_SAMPLE = "in- and out-of-sample"  # the union of an in-sample and an out-of-sample group


def pairing_sample(group: str, comparison: str, samples: Mapping[str, str], development_coders: Collection[str]) -> str:
    """The sample label of the coder's agreement in one document group with one person (`summarise`'s rows).

    The one rule the tables and the reliability figure both label by: a person whose units were
    read while rules were tuned (`development_coders`) makes the coder's row in-sample in every
    group; otherwise the group's label (`group_samples`), and the union of groups labelled
    differently is both. The figure labelled the COVID grid's rows "Held-out sample" where the
    tables called 26 of its coders in-sample. A comparison of people with each other is not the
    coder's agreement: "".

    >>> s = group_samples(["development", "held-out", "all"], True)
    >>> [pairing_sample(g, "coder-vs-ab", s, ["cd"]) for g in ("development", "held-out", "all")]
    ['in-sample', 'out-of-sample', 'in- and out-of-sample']
    >>> pairing_sample("held-out", "coder-vs-cd", s, ["cd"]), pairing_sample("all", "ab-vs-cd", s, ["cd"])
    ('in-sample', '')
    >>> pairing_sample("development", "coder-vs-ab", {"all": "in-sample"}, [])
    'in-sample'
    """
    if not comparison.startswith("coder-vs-"):
        return ""
    if comparison.removeprefix("coder-vs-") in development_coders:
        return IN_SAMPLE
    if group in samples:
        return samples[group]
    labels = set(samples.values())
    return labels.pop() if len(labels) == 1 else MIXED_SAMPLE


def config_samples(validation: Mapping | None, groups: list[str]) -> tuple[dict[str, str], list[str]]:
    """(group -> sample label, development coders) from a config's `validation` section.

    What the paper's tables read from the config, for a reader of the same reliability table
    that has only the config: the reliability figure (`figures.reliability_figure`).

    >>> config_samples({"development_docs": ["d1"], "heldout_sample": "in-sample", "development_coders": ["r1"]},
    ...                ["development", "held-out", "all"])
    ({'all': 'in-sample'}, ['r1'])
    >>> config_samples(None, ["held-out"])
    ({'held-out': 'out-of-sample'}, [])
    """
    v = validation or {}
    samples = group_samples(groups, bool(v.get("development_docs")), v.get("heldout_sample", OUT_OF_SAMPLE))
    return samples, list(v.get("development_coders", []))


def summarise(
    table: pd.DataFrame, source: str, samples: Mapping[str, str], development_coders: Collection[str] = ()
) -> pd.DataFrame:
    """One row per (group, variable): alpha and the variable's task measure, coder against people.

    `samples` maps each group to report to "in-sample" or "out-of-sample", in the order wanted.
    Each human coder the coder was compared with (`coder-vs-<human>`) is a source of its own:
    coding rounds on different units are different samples, and pooling them would hide
    which round a weak score comes from. With one human the source is `source` as given.
    A round whose units were read while rules were written (its human is in
    `development_coders`) is in-sample in every group: reading it made it fit, whichever
    documents it sampled.
    """
    bad = sorted(set(samples.values()) - set(SAMPLES))
    if bad:
        raise UserError(f"reliability summary: sample label {bad[0]!r} is not one of {', '.join(SAMPLES)}")
    coder = table[table["comparison"].astype(str).str.startswith("coder-vs-")]
    comparisons = sorted(coder["comparison"].unique(), key=natural_key)
    cells = _statistics(coder)
    rows = []
    for comparison in comparisons:
        named = source if len(comparisons) == 1 else f"{source} ({comparison.removeprefix('coder-vs-')})"
        for group in samples:
            sample = pairing_sample(group, comparison, samples, development_coders)
            for variable, stats in cells.get((comparison, group), {}).items():
                rows.append(_row(stats, named, sample, group, str(variable)))
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _statistics(coder: pd.DataFrame) -> dict[tuple, dict[object, dict[str, dict]]]:
    """The coder's rows as {(comparison, group): {variable: {statistic: row}}}, in the table's order.

    Why: `summarise` took each (comparison, group, variable) out of the table by three boolean
    masks and walked it with `iterrows`; the COVID build's 3,700 rows made ~500 such lookups,
    ~0.9 s CPU of the paper's reliability cell on the build's critical path (issue #15). One
    pass over the rows as plain records gives the same rows in the same order: variables in
    order of first appearance within their comparison and group, and, as before, a statistic
    given twice keeps its last row.
    """
    cells: dict[tuple, dict[object, dict[str, dict]]] = {}
    for record in coder.to_dict("records"):
        by_variable = cells.setdefault((record["comparison"], record["group"]), {})
        by_variable.setdefault(record["variable"], {})[str(record["statistic"])] = record
    return cells


def _row(stats: Mapping[str, Mapping], source: str, sample: str, group: str, variable: str) -> dict:
    measure = measure_of(variable)
    alpha, score = stats.get("alpha"), stats.get(measure)
    ns = [int(float(r["n"])) for r in (alpha, score) if r is not None and str(r["n"]).strip() not in ("", "nan")]
    return {
        "source": source,
        "sample": sample,
        "group": group,
        "variable": variable,
        "n": max(ns) if ns else pd.NA,
        **_estimate("alpha", alpha),
        "measure": measure,
        **_estimate("score", score),
    }


def _estimate(prefix: str, row: Mapping | None) -> dict:
    if row is None:
        return {
            prefix: float("nan"),
            f"{prefix}_low": float("nan"),
            f"{prefix}_high": float("nan"),
            f"{prefix}_note": "",
        }
    values = {k: pd.to_numeric(row[k], errors="coerce") for k in ("value", "ci_low", "ci_high")}
    note = "" if pd.isna(row.get("note")) else str(row.get("note"))
    return {
        prefix: values["value"],
        f"{prefix}_low": values["ci_low"],
        f"{prefix}_high": values["ci_high"],
        f"{prefix}_note": note,
    }


def estimate_text(value: float, low: float, high: float, note: str = "") -> str:
    """`0.42 [0.31, 0.55]`, the value alone when its CI is a point, or why it is missing.

    >>> estimate_text(0.4213, 0.31, 0.549)
    '0.42 [0.31, 0.55]'
    >>> estimate_text(1.0, 1.0, 1.0)
    '1.00'
    >>> estimate_text(float("nan"), float("nan"), float("nan"), "alpha undefined: only one category occurs")
    'undefined (only one category occurs)'
    """
    if pd.isna(value):
        reason = note.split(": ", 1)[-1].split(";")[0].strip()  # why; not how many resamples failed
        said = reason and "resamples" not in reason and not reason.startswith("undefined")
        return f"undefined ({reason})" if said else "undefined"

    def fmt(x: float) -> str:
        return f"{x:.2f}".replace("-", "−")

    return fmt(value) if low == high == value else f"{fmt(value)} [{fmt(low)}, {fmt(high)}]"


def read_summary(path: str | Path) -> pd.DataFrame:
    """A summary CSV written by `write_summary`; a file of another shape is a clear error."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: validation summary not found (config validation.external)")
    df = pd.read_csv(path, keep_default_na=False, na_values=[""])
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise UserError(f"{path}: not a validation summary, missing column(s) {', '.join(missing)}")
    bad = sorted(set(df["sample"]) - set(SAMPLES))
    if bad:
        raise UserError(f"{path}: sample {bad[0]!r} is not one of {', '.join(SAMPLES)}")
    df[["alpha_note", "score_note"]] = df[["alpha_note", "score_note"]].fillna("")
    return df


def write_summary(summary: pd.DataFrame, path: str | Path) -> Path:
    """Byte-stable CSV of the summary: numbers, labels and notes, never a unit's text."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    summary[list(COLUMNS)].to_csv(path, index=False, float_format="%.6g", lineterminator="\n")
    return path


def wide(summary: pd.DataFrame) -> pd.DataFrame:
    """The summary as the paper shows it: one row per variable, two columns per source.

    The upper header names the source, its sample label and its n, so no score appears
    without saying whether it is in-sample or out-of-sample.
    """
    variables = list(dict.fromkeys(summary["variable"]))
    columns = {
        ("", "variable"): [_variable_label(v) for v in variables],
        ("", "measure"): [MEASURE_LABEL[measure_of(v)] for v in variables],
    }
    for (source, sample), part in summary.groupby(["source", "sample"], sort=False):
        by_var = _by_variable(part)
        n = pd.to_numeric(part["n"], errors="coerce").max()
        head = f"{source}, {sample} (n={int(n) if pd.notna(n) else '–'})"
        for label, prefix in _ESTIMATES:
            columns[(head, label)] = [_cell(by_var[v], prefix) if v in by_var else "–" for v in variables]
    return pd.DataFrame(columns)


def wide_each(summary: pd.DataFrame) -> dict[tuple, pd.DataFrame]:
    """`wide` of each source and sample alone, headers of one level (the paper prints one table each).

    Why not `wide` per source: the COVID paper has ~35 of them, and each call grouped its part
    again, indexed it, made records and a two-level header to drop (~0.2 s of the paper's
    critical path, issue #15). Here the records are made once for the whole summary and the
    labels once per variable; a source that gives a variable twice goes through `wide`.

    >>> s = pd.DataFrame({"source": ["a", "a", "b"], "sample": ["in-sample"] * 3, "variable": ["voice", "frames", "voice"],
    ...     "n": [3, 3, 4], "alpha": [0.5, float("nan"), 1.0], "alpha_low": [0.4, float("nan"), 1.0],
    ...     "alpha_high": [0.6, float("nan"), 1.0], "alpha_note": ["", "", ""], "score": [0.7, 0.2, 1.0],
    ...     "score_low": [0.6, 0.1, 1.0], "score_high": [0.8, 0.3, 1.0], "score_note": ["", "", ""]})
    >>> all(t.equals(wide(s[s["source"] == k[0]]).droplevel(0, axis="columns")) for k, t in wide_each(s).items())
    True
    """
    records: dict[tuple, list[dict]] = {}
    for r in summary.to_dict("records"):
        records.setdefault((r["source"], r["sample"]), []).append(r)
    labels = {v: (_variable_label(v), MEASURE_LABEL[measure_of(v)]) for v in dict.fromkeys(summary["variable"])}
    out = {}
    for key, rows in records.items():
        by_var = {r["variable"]: r for r in rows}
        if len(by_var) < len(rows):  # a variable given twice: as `wide` shows it
            part = summary[(summary["source"] == key[0]) & (summary["sample"] == key[1])]
            out[key] = wide(part).droplevel(0, axis="columns")
            continue
        out[key] = pd.DataFrame(
            {
                "variable": [labels[v][0] for v in by_var],
                "measure": [labels[v][1] for v in by_var],
                **{label: [_cell(r, prefix) for r in by_var.values()] for label, prefix in _ESTIMATES},
            }
        )
    return out


_ESTIMATES = (("α [95% CI]", "alpha"), ("measure [95% CI]", "score"))  # the two columns per source


def _by_variable(part: pd.DataFrame) -> Mapping:
    """One source's summary rows by variable, as `wide` reads its cells.

    Why records: a row taken by `.loc` is a new Series each time, twice per variable and source;
    the COVID paper's 36 sources made it ~0.2 s of its critical path (issue #15). A record holds
    the same values. A variable given twice (which `.loc` would return as a frame) keeps the frame.
    """
    by_var = part.set_index("variable")
    if not by_var.index.is_unique:
        return {v: by_var.loc[v] for v in by_var.index.unique()}
    return dict(zip(by_var.index, by_var.to_dict("records")))


def between_coders(table: pd.DataFrame, group: str) -> pd.DataFrame:
    """Hand coders against each other (`<a>-vs-<b>` rows): alpha and raw agreement per variable.

    The README promised that a study with two coders' sheets gets the coders' own agreement
    in the paper; `summarise` keeps only coder-versus-machine rows, so the paper showed it in
    the figure alone, with no numbers. One row per variable, two columns per pair of people;
    empty when the table has no such pair (one coder, or a reference of one round).

    >>> t = pd.DataFrame({"variable": ["voice", "voice", "voice"], "statistic": ["alpha", "agreement", "alpha"],
    ...     "value": [0.8, 0.9, 0.5], "ci_low": [0.7, 0.8, 0.4], "ci_high": [0.9, 1.0, 0.6], "n": [20, 20, 20],
    ...     "group": ["all"] * 3, "comparison": ["AB-vs-CD", "AB-vs-CD", "coder-vs-AB"], "note": [""] * 3})
    >>> between_coders(t, "all").to_dict("list")  # doctest: +NORMALIZE_WHITESPACE
    {'variable': ['voice'], 'AB vs CD (n=20): α [95% CI]': ['0.80 [0.70, 0.90]'],
     'AB vs CD (n=20): agreement [95% CI]': ['0.90 [0.80, 1.00]']}
    """
    pairs = table[~table["comparison"].astype(str).str.startswith("coder-vs-") & (table["group"] == group)]
    if (pairs["comparison"] == ALL_CODERS).any():  # three or more people: their alpha together, not every pair
        pairs = pairs[pairs["comparison"] == ALL_CODERS]
    if pairs.empty:
        return pd.DataFrame()
    variables = list(dict.fromkeys(pairs["variable"]))
    columns = {"variable": [_variable_label(v) for v in variables]}
    for comparison, part in pairs.groupby("comparison", sort=False):
        n = pd.to_numeric(part["n"], errors="coerce").max()
        who = "all coders" if comparison == ALL_CODERS else str(comparison).replace("-vs-", " vs ")
        head = f"{who} (n={int(n) if pd.notna(n) else '–'})"
        for label, statistic in (("α [95% CI]", "alpha"), ("agreement [95% CI]", "agreement")):
            rows = part[part["statistic"] == statistic].set_index("variable")
            columns[f"{head}: {label}"] = [
                _cell(pd.Series(_estimate("x", rows.loc[v])), "x") if v in rows.index else "–" for v in variables
            ]
    return pd.DataFrame(columns)


def _cell(row: pd.Series, prefix: str) -> str:
    """One estimate; "–" where the statistic does not exist (no alpha over the frames together)."""
    value, note = row[prefix], str(row[f"{prefix}_note"])
    if pd.isna(value) and not note:
        return "–"
    return estimate_text(value, row[f"{prefix}_low"], row[f"{prefix}_high"], note)


def _variable_label(variable: str) -> str:
    return "frames (all)" if variable == "frames" else variable.replace("_", " ", 1)
