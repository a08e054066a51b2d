"""The README's numbers, generated from the outputs that hold them.

A figure typed into the README goes stale the day the coder changes; here the validation
table is rebuilt from the reliability tables of finished builds and written between two
markers (`<!-- BEGIN name -->` … `<!-- END name -->`), so `python -m analysis readme`
after a build brings the README up to date and a reviewer can see where each number
comes from. Columns whose build is absent are left out and said so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.errors import UserError
from analysis.intake import status_table


@dataclass(frozen=True)
class Column:
    """One column of the validation table: a build's reliability table, one document group."""

    label: str
    path: str  # reliability.csv of a build, relative to the project root
    group: str
    sample: str  # "in-sample" or "out-of-sample": said in the header, never left to the reader


# The study's validation columns: the seed groups (cues were written on the seeds, so both
# are in-sample) and the COVID-19 sample coded blind (out-of-sample).
VALIDATION_COLUMNS = (
    Column("seeds 000–002", "results/validation/reliability.csv", "development", "in-sample"),
    Column("seeds 003–004", "results/validation/reliability.csv", "held-out", "in-sample"),
    Column("COVID-19 sample", "results/covid5/validation/reliability.csv", "held-out", "out-of-sample"),
)


def cell(row: pd.Series | None) -> str:
    """`0.42 [0.31, 0.55]`, the value alone when its CI is a point, or why it is missing.

    >>> cell(pd.Series({"value": 0.4213, "ci_low": 0.31, "ci_high": 0.549, "note": ""}))
    '0.42 [0.31, 0.55]'
    >>> cell(pd.Series({"value": 1.0, "ci_low": 1.0, "ci_high": 1.0, "note": ""}))
    '1.00'
    >>> cell(pd.Series({"value": float("nan"), "ci_low": float("nan"), "ci_high": float("nan"),
    ...                 "note": "alpha undefined: only one category occurs"}))
    'undefined (only one category occurs)'
    """
    if row is None:
        return "–"
    value, low, high = (float(row[k]) for k in ("value", "ci_low", "ci_high"))
    if value != value:  # NaN
        note = str(row.get("note", "") or "")
        return f"undefined ({note.split(': ', 1)[-1]})" if note else "undefined"

    def fmt(x: float) -> str:
        return f"{x:.2f}".replace("-", "−")

    return fmt(value) if low == high == value else f"{fmt(value)} [{fmt(low)}, {fmt(high)}]"


def _rows(df: pd.DataFrame, group: str) -> dict[str, pd.Series]:
    """The statistic each variable is reported by: alpha, and macro-F1 for the frames."""
    sub = df[(df["group"] == group) & df["comparison"].str.startswith("coder-vs-")]
    out = {}
    for _, r in sub.iterrows():
        if r["statistic"] == "alpha" or (r["variable"] == "frames" and r["statistic"] == "macro_f1"):
            out.setdefault(str(r["variable"]), r)
    return out


def validation_table(root: Path, columns: tuple[Column, ...] = VALIDATION_COLUMNS) -> str:
    """The README's validation table (Markdown) from the builds found under `root`."""
    present = [c for c in columns if (root / c.path).is_file()]
    if not present:
        raise UserError("readme: no reliability table found; build first (make), then run this again")
    found = {c: _rows(pd.read_csv(root / c.path, keep_default_na=False, na_values=[""]), c.group) for c in present}
    variables = list(dict.fromkeys(v for rows in found.values() for v in rows))
    head = ["variable", *(f"{c.label}, {c.sample} (n={_n(found[c])})" for c in present)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for v in variables:
        name = "frames, macro-F1" if v == "frames" else v.replace("frame_", "frame ", 1)
        lines.append("| " + " | ".join([name, *(cell(found[c].get(v)) for c in present)]) + " |")
    missing = [c for c in columns if c not in present]
    if missing:
        lines += ["", "Not built here: " + ", ".join(f"{c.label} (`{c.path}`)" for c in missing) + "."]
    return "\n".join(lines)


def _n(rows: dict[str, pd.Series]) -> str:
    ns = sorted({int(r["n"]) for r in rows.values() if str(r["n"]).strip() not in ("", "nan")})
    return "–" if not ns else str(ns[-1])


def replace_block(text: str, name: str, body: str) -> str:
    """Put `body` between the `name` markers of `text`; a missing marker is an error.

    >>> replace_block("a\\n<!-- BEGIN t -->\\nold\\n<!-- END t -->\\nb", "t", "new")
    'a\\n<!-- BEGIN t -->\\nnew\\n<!-- END t -->\\nb'
    """
    pattern = re.compile(rf"(<!-- BEGIN {re.escape(name)} -->\n).*?(\n<!-- END {re.escape(name)} -->)", re.S)
    if not pattern.search(text):
        raise UserError(f"README.md: no '<!-- BEGIN {name} -->' … '<!-- END {name} -->' block to fill")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text, count=1)


def performance_block(root: Path) -> str:
    """The benchmark report `benchmarks/bench_stages.py` writes, without its own header comment."""
    path = root / "benchmarks" / "performance.md"
    if not path.is_file():
        return "(no benchmark report yet: run `python benchmarks/bench_stages.py`)"
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("<!--")).strip()


def update_readme(root: Path) -> str:
    """Regenerate the README's generated blocks; return the new text (written in place)."""
    path = root / "README.md"
    text = replace_block(path.read_text(encoding="utf-8"), "validation", validation_table(root))
    text = replace_block(text, "performance", performance_block(root))
    text = replace_block(text, "statuses", status_table())
    path.write_text(text, encoding="utf-8")
    return text
