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
from analysis.latex import MISSING, fmt_number, markdown_table
from analysis.reliability_summary import estimate_text, summarise


@dataclass(frozen=True)
class Column:
    """One column of the validation table: a build's reliability table, one document group."""

    label: str
    path: str  # reliability.csv of a build, relative to the project root
    group: str
    sample: str  # "in-sample" or "out-of-sample": said in the header, never left to the reader
    comparison: str = "coder-vs-ref1"  # which human coding round the coder is compared with


# The study's validation columns: the seed groups (cues were written on the seeds, so both are
# in-sample), twenty-eight COVID-19 rounds coded blind, and seventy-six sets of invented articles on the
# study's own topic, written and coded blind (not real news). A round or set is in-sample once a rule
# round has read it (docs/validation.md lists which round read what): COVID rounds 1-16 and sets
# A-E, G-BQ; COVID rounds 17-28 and sets F and BR-BX were never read by a rule writer.
_SEEDS = "results/validation/reliability.csv"
_COVID = "results/covid5/validation/reliability.csv"
_INVENTED = "results/{}/validation/reliability.csv"
VALIDATION_COLUMNS = (
    Column("seeds 000–002", _SEEDS, "development", "in-sample"),
    Column("seeds 003–004", _SEEDS, "held-out", "in-sample"),
    Column("COVID-19 round 1", _COVID, "held-out", "in-sample"),  # read for frames/speakers rounds (config)
    Column("COVID-19 round 2", _COVID, "held-out", "in-sample", "coder-vs-ref3"),  # read by speakers round 9
    Column("COVID-19 round 3", _COVID, "held-out", "in-sample", "coder-vs-ref30"),  # read by speakers round 10
    Column("COVID-19 round 4", _COVID, "held-out", "in-sample", "coder-vs-ref50"),  # read by speakers round 11
    Column("COVID-19 round 5", _COVID, "held-out", "in-sample", "coder-vs-ref52"),  # read by speakers round 13
    Column("COVID-19 round 6", _COVID, "held-out", "in-sample", "coder-vs-ref58"),  # read by speakers round 15
    Column("COVID-19 round 7", _COVID, "held-out", "in-sample", "coder-vs-ref68"),  # read by speakers round 18
    Column("COVID-19 round 8", _COVID, "held-out", "in-sample", "coder-vs-ref74"),  # read by speakers round 18
    Column("COVID-19 round 9", _COVID, "held-out", "in-sample", "coder-vs-ref84"),  # read by speakers round 20
    Column("COVID-19 round 10", _COVID, "held-out", "in-sample", "coder-vs-ref90"),  # read by speakers round 20
    Column("COVID-19 round 11", _COVID, "held-out", "in-sample", "coder-vs-ref100"),  # read by speakers round 21
    Column("COVID-19 round 12", _COVID, "held-out", "in-sample", "coder-vs-ref106"),  # read by speakers round 22
    Column("COVID-19 round 13", _COVID, "held-out", "in-sample", "coder-vs-ref108"),  # read by speakers round 23
    Column("COVID-19 round 14", _COVID, "held-out", "in-sample", "coder-vs-ref112"),  # read by speakers round 25
    Column("COVID-19 round 15", _COVID, "held-out", "in-sample", "coder-vs-ref116"),  # read by speakers round 24
    Column("COVID-19 round 16", _COVID, "held-out", "in-sample", "coder-vs-ref122"),  # read by speakers round 26
    Column("COVID-19 round 17", _COVID, "held-out", "out-of-sample", "coder-vs-ref124"),
    Column("COVID-19 round 18", _COVID, "held-out", "out-of-sample", "coder-vs-ref130"),
    Column("COVID-19 round 19", _COVID, "held-out", "out-of-sample", "coder-vs-ref134"),
    Column("COVID-19 round 20", _COVID, "held-out", "out-of-sample", "coder-vs-ref138"),
    Column("COVID-19 round 21", _COVID, "held-out", "out-of-sample", "coder-vs-ref144"),
    Column("COVID-19 round 22", _COVID, "held-out", "out-of-sample", "coder-vs-ref156"),
    Column("COVID-19 round 23", _COVID, "held-out", "out-of-sample", "coder-vs-ref162"),
    Column("COVID-19 round 24", _COVID, "held-out", "out-of-sample", "coder-vs-ref164"),
    Column("COVID-19 round 25", _COVID, "held-out", "out-of-sample", "coder-vs-ref172"),
    Column("COVID-19 round 26", _COVID, "held-out", "out-of-sample", "coder-vs-ref178"),
    Column("COVID-19 round 27", _COVID, "held-out", "out-of-sample", "coder-vs-ref184"),
    Column("COVID-19 round 28", _COVID, "held-out", "out-of-sample", "coder-vs-ref190"),
    Column("invented set A", _INVENTED.format("invented"), "held-out", "in-sample", "coder-vs-ref4"),
    Column("invented set B", _INVENTED.format("invented2"), "held-out", "in-sample", "coder-vs-ref6"),
    Column("invented set C", _INVENTED.format("invented3"), "held-out", "in-sample", "coder-vs-ref8"),
    Column("invented set D", _INVENTED.format("invented4"), "held-out", "in-sample", "coder-vs-ref10"),
    Column("invented set E", _INVENTED.format("invented5"), "held-out", "in-sample", "coder-vs-ref12"),
    Column("invented set F", _INVENTED.format("invented6"), "held-out", "out-of-sample", "coder-vs-ref14"),
    Column("invented set G", _INVENTED.format("invented7"), "held-out", "in-sample", "coder-vs-ref16"),
    Column("invented set H", _INVENTED.format("invented8"), "held-out", "in-sample", "coder-vs-ref18"),
    Column("invented set I", _INVENTED.format("invented9"), "held-out", "in-sample", "coder-vs-ref20"),
    Column("invented set J", _INVENTED.format("invented10"), "held-out", "in-sample", "coder-vs-ref22"),
    Column("invented set K", _INVENTED.format("invented11"), "held-out", "in-sample", "coder-vs-ref24"),
    Column("invented set L", _INVENTED.format("invented12"), "held-out", "in-sample", "coder-vs-ref26"),
    Column("invented set M", _INVENTED.format("invented13"), "held-out", "in-sample", "coder-vs-ref28"),
    Column("invented set N", _INVENTED.format("invented14"), "held-out", "in-sample", "coder-vs-ref32"),
    Column("invented set O", _INVENTED.format("invented15"), "held-out", "in-sample", "coder-vs-ref34"),
    Column("invented set P", _INVENTED.format("invented16"), "held-out", "in-sample", "coder-vs-ref36"),
    Column("invented set Q", _INVENTED.format("invented17"), "held-out", "in-sample", "coder-vs-ref38"),
    Column("invented set R", _INVENTED.format("invented18"), "held-out", "in-sample", "coder-vs-ref40"),
    Column("invented set S", _INVENTED.format("invented19"), "held-out", "in-sample", "coder-vs-ref42"),
    Column("invented set T", _INVENTED.format("invented20"), "held-out", "in-sample", "coder-vs-ref44"),
    Column("invented set U", _INVENTED.format("invented21"), "held-out", "in-sample", "coder-vs-ref46"),
    Column("invented set V", _INVENTED.format("invented22"), "held-out", "in-sample", "coder-vs-ref48"),
    Column("invented set W", _INVENTED.format("invented23"), "held-out", "in-sample", "coder-vs-ref54"),
    Column("invented set X", _INVENTED.format("invented24"), "held-out", "in-sample", "coder-vs-ref56"),
    Column("invented set Y", _INVENTED.format("invented25"), "held-out", "in-sample", "coder-vs-ref60"),
    Column("invented set Z", _INVENTED.format("invented26"), "held-out", "in-sample", "coder-vs-ref62"),
    Column("invented set AA", _INVENTED.format("invented27"), "held-out", "in-sample", "coder-vs-ref64"),
    Column("invented set AB", _INVENTED.format("invented28"), "held-out", "in-sample", "coder-vs-ref66"),
    Column("invented set AC", _INVENTED.format("invented29"), "held-out", "in-sample", "coder-vs-ref70"),
    Column("invented set AD", _INVENTED.format("invented30"), "held-out", "in-sample", "coder-vs-ref72"),
    Column("invented set AE", _INVENTED.format("invented31"), "held-out", "in-sample", "coder-vs-ref76"),  # stance 28
    Column("invented set AF", _INVENTED.format("invented32"), "held-out", "in-sample", "coder-vs-ref78"),  # stance 28
    Column("invented set AG", _INVENTED.format("invented33"), "held-out", "in-sample", "coder-vs-ref80"),  # stance 26
    Column("invented set AH", _INVENTED.format("invented34"), "held-out", "in-sample", "coder-vs-ref82"),  # stance 26
    Column("invented set AI", _INVENTED.format("invented35"), "held-out", "in-sample", "coder-vs-ref86"),  # stance 29
    Column("invented set AJ", _INVENTED.format("invented36"), "held-out", "in-sample", "coder-vs-ref88"),  # stance 29
    Column("invented set AK", _INVENTED.format("invented37"), "held-out", "in-sample", "coder-vs-ref92"),  # stance 31
    Column("invented set AL", _INVENTED.format("invented38"), "held-out", "in-sample", "coder-vs-ref94"),  # stance 31
    Column("invented set AM", _INVENTED.format("invented39"), "held-out", "in-sample", "coder-vs-ref96"),  # stance 32
    Column("invented set AN", _INVENTED.format("invented40"), "held-out", "in-sample", "coder-vs-ref98"),  # stance 32
    Column("invented set AO", _INVENTED.format("invented41"), "held-out", "in-sample", "coder-vs-ref102"),  # stance 33
    Column("invented set AP", _INVENTED.format("invented42"), "held-out", "in-sample", "coder-vs-ref104"),  # stance 33
    Column("invented set AQ", _INVENTED.format("invented43"), "held-out", "in-sample", "coder-vs-ref110"),  # stance 34
    Column("invented set AR", _INVENTED.format("invented44"), "held-out", "in-sample", "coder-vs-ref114"),  # stance 34
    Column("invented set AS", _INVENTED.format("invented45"), "held-out", "in-sample", "coder-vs-ref118"),  # stance 35
    Column("invented set AT", _INVENTED.format("invented46"), "held-out", "in-sample", "coder-vs-ref120"),  # stance 35
    Column("invented set AU", _INVENTED.format("invented47"), "held-out", "in-sample", "coder-vs-ref126"),  # stance 40
    Column("invented set AV", _INVENTED.format("invented48"), "held-out", "in-sample", "coder-vs-ref128"),  # stance 40
    Column("invented set AW", _INVENTED.format("invented49"), "held-out", "in-sample", "coder-vs-ref132"),  # stance 40
    Column("invented set AX", _INVENTED.format("invented50"), "held-out", "in-sample", "coder-vs-ref136"),  # stance 40
    Column("invented set AY", _INVENTED.format("invented51"), "held-out", "in-sample", "coder-vs-ref140"),  # stance 40
    Column("invented set AZ", _INVENTED.format("invented52"), "held-out", "in-sample", "coder-vs-ref142"),  # stance 49
    Column("invented set BA", _INVENTED.format("invented53"), "held-out", "in-sample", "coder-vs-ref146"),  # stance 49
    Column("invented set BB", _INVENTED.format("invented54"), "held-out", "in-sample", "coder-vs-ref148"),  # stance 49
    Column("invented set BC", _INVENTED.format("invented55"), "held-out", "in-sample", "coder-vs-ref150"),  # stance 49
    Column("invented set BD", _INVENTED.format("invented56"), "held-out", "in-sample", "coder-vs-ref152"),  # 1.25.0
    Column("invented set BE", _INVENTED.format("invented57"), "held-out", "in-sample", "coder-vs-ref154"),  # 1.25.0
    Column("invented set BF", _INVENTED.format("invented58"), "held-out", "in-sample", "coder-vs-ref158"),  # 1.25.0
    Column("invented set BG", _INVENTED.format("invented59"), "held-out", "in-sample", "coder-vs-ref160"),  # 1.25.0
    Column("invented set BH", _INVENTED.format("invented60"), "held-out", "in-sample", "coder-vs-ref166"),  # 1.25.0
    Column("invented set BI", _INVENTED.format("invented61"), "held-out", "in-sample", "coder-vs-ref168"),  # 1.25.0
    Column("invented set BJ", _INVENTED.format("invented62"), "held-out", "in-sample", "coder-vs-ref170"),  # 1.26.0
    Column("invented set BK", _INVENTED.format("invented63"), "held-out", "in-sample", "coder-vs-ref174"),  # 1.26.0
    Column("invented set BL", _INVENTED.format("invented64"), "held-out", "in-sample", "coder-vs-ref176"),  # 1.27.0
    Column("invented set BM", _INVENTED.format("invented65"), "held-out", "in-sample", "coder-vs-ref180"),  # 1.27.0
    Column("invented set BN", _INVENTED.format("invented66"), "held-out", "in-sample", "coder-vs-ref182"),  # 1.27.0
    Column("invented set BO", _INVENTED.format("invented67"), "held-out", "in-sample", "coder-vs-ref186"),  # 1.27.0
    Column("invented set BP", _INVENTED.format("invented68"), "held-out", "in-sample", "coder-vs-ref188"),  # 1.27.0
    Column("invented set BQ", _INVENTED.format("invented69"), "held-out", "in-sample", "coder-vs-ref192"),  # 1.27.0
    Column("invented set BR", _INVENTED.format("invented70"), "held-out", "out-of-sample", "coder-vs-ref194"),
    Column("invented set BS", _INVENTED.format("invented71"), "held-out", "out-of-sample", "coder-vs-ref196"),
    Column("invented set BT", _INVENTED.format("invented72"), "held-out", "out-of-sample", "coder-vs-ref198"),
    Column("invented set BU", _INVENTED.format("invented73"), "held-out", "out-of-sample", "coder-vs-ref200"),
    Column("invented set BV", _INVENTED.format("invented74"), "held-out", "out-of-sample", "coder-vs-ref202"),
    Column("invented set BW", _INVENTED.format("invented75"), "held-out", "out-of-sample", "coder-vs-ref204"),
    Column("invented set BX", _INVENTED.format("invented76"), "held-out", "out-of-sample", "coder-vs-ref206"),
)
# Variables shown by alpha and, on a second row, by their task measure (issue #12's targets).
_ALSO_MEASURE = {"stance_ru_pk": "F_avg", "stance_ru_in": "F_avg", "voice": "accuracy"}
# Variables with no alpha: the README shows their task measure instead (named in the row).
_MEASURE_ONLY = {
    "frames": "frames, macro-F1",
    "speaker_side": "speaker side, accuracy on attributed units",
    "speaker_unknown": "speaker unknown, share of the coder's attributed units",
}


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
    return estimate_text(float(row["value"]), float(row["ci_low"]), float(row["ci_high"]), str(row.get("note") or ""))


def _rows(df: pd.DataFrame, column: Column) -> dict[str, pd.Series]:
    """Per variable, the number the README reports: alpha, and macro-F1 for the frames together.

    Read from the same summary the paper shows (`analysis.reliability_summary.summarise`).
    """
    summary = summarise(df[df["comparison"] == column.comparison], column.label, {column.group: column.sample})
    out = {}
    for _, r in summary.iterrows():
        variable = str(r["variable"])
        prefix = "score" if variable in _MEASURE_ONLY else "alpha"
        out[variable] = _estimate(r, prefix)
        if variable in _ALSO_MEASURE:  # the task measure issue #12 sets its targets in, beside alpha
            out[f"{variable}, {_ALSO_MEASURE[variable]}"] = _estimate(r, "score")
    return out


def _estimate(r: pd.Series, prefix: str) -> pd.Series:
    """One estimate of a summary row (alpha or the task measure) as a README cell reads it."""
    return pd.Series(
        {
            "value": r[prefix],
            "ci_low": r[f"{prefix}_low"],
            "ci_high": r[f"{prefix}_high"],
            "note": r[f"{prefix}_note"],
            "n": r["n"],
        }
    )


def validation_table(root: Path, columns: tuple[Column, ...] = VALIDATION_COLUMNS) -> str:
    """The README's validation table (Markdown) from the builds found under `root`."""
    present = [c for c in columns if (root / c.path).is_file()]
    if not present:
        raise UserError("readme: no reliability table found; build first (make), then run this again")
    found = {c: _rows(pd.read_csv(root / c.path, keep_default_na=False, na_values=[""]), c) for c in present}
    variables = list(dict.fromkeys(v for rows in found.values() for v in rows))
    head = ["variable", *(f"{c.label}, {c.sample} (n={_n(found[c])})" for c in present)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for v in variables:
        name = _MEASURE_ONLY.get(v, v.replace("frame_", "frame ", 1))
        name = name if ", " in name or v in _MEASURE_ONLY else f"{name}, alpha"
        lines.append("| " + " | ".join([name, *(cell(found[c].get(v)) for c in present)]) + " |")
    missing = [c for c in columns if c not in present]
    if missing:
        lines += ["", "Not built here: " + ", ".join(f"{c.label} (`{c.path}`)" for c in missing) + "."]
    return "\n".join(lines)


def readme_columns(columns: tuple[Column, ...] = VALIDATION_COLUMNS) -> tuple[Column, ...]:
    """The columns the README shows: the study's own seeds and every out-of-sample column.

    In-sample columns (sets and rounds a rule writer has read) measure fit; they go to
    `docs/validation.md` with the rest, so the README's table stays readable as sets are added.
    """
    return tuple(c for c in columns if c.sample == "out-of-sample" or c.path == _SEEDS)


def agreement_table(root: Path, columns: tuple[Column, ...] = VALIDATION_COLUMNS) -> str:
    """Coder-vs-coder alpha of every column coded twice: how far two people agree sets the ceiling
    against which the coder's agreement with one of them is read.

    The pair is found in the build's reliability table as the comparison naming the column's coder
    (`ref42-vs-ref43` for `coder-vs-ref42`).
    """
    lines = [
        "| column | coders | frames (min–max) | ru_pk | ru_in | voice | speaker |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in columns:
        if not (root / c.path).is_file():
            continue
        df = pd.read_csv(root / c.path, keep_default_na=False, na_values=[""])
        ref = c.comparison.removeprefix("coder-vs-")
        alphas = df[(df["statistic"] == "alpha") & df["value"].notna()]  # units coded by both, not just named
        pairs = sorted({x for x in alphas["comparison"] if not x.startswith("coder-") and ref in x.split("-vs-")})
        if not pairs:
            continue
        a = alphas[alphas["comparison"] == pairs[0]].drop_duplicates("variable")
        value = dict(zip(a["variable"], a["value"]))
        frames = [v for k, v in value.items() if k.startswith("frame_") and pd.notna(v)]
        span = f"{fmt_number(min(frames), 'value')}–{fmt_number(max(frames), 'value')}" if frames else MISSING
        row = [
            c.label,
            pairs[0],
            span,
            *(fmt_number(value.get(v), "value") for v in ("stance_ru_pk", "stance_ru_in", "voice", "speaker")),
        ]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def _n(rows: dict[str, pd.Series]) -> str:
    ns = sorted({int(r["n"]) for r in rows.values() if pd.notna(r["n"]) and str(r["n"]).strip() not in ("", "nan")})
    return "–" if not ns else str(ns[-1])


def replace_block(text: str, name: str, body: str, where: str = "README.md") -> str:
    """Put `body` between the `name` markers of `text`; a missing marker is an error.

    >>> replace_block("a\\n<!-- BEGIN t -->\\nold\\n<!-- END t -->\\nb", "t", "new")
    'a\\n<!-- BEGIN t -->\\nnew\\n<!-- END t -->\\nb'
    """
    pattern = re.compile(rf"(<!-- BEGIN {re.escape(name)} -->\n).*?(\n<!-- END {re.escape(name)} -->)", re.S)
    if not pattern.search(text):
        raise UserError(f"{where}: no '<!-- BEGIN {name} -->' … '<!-- END {name} -->' block to fill")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text, count=1)


def performance_block(root: Path) -> str:
    """The benchmark report's current view (the latest run of each kind), without its header comment,
    and where the full history is: a reader wants today's numbers, the history belongs beside the runs."""
    path = root / "benchmarks" / "performance_current.md"
    if not path.is_file():
        return "(no benchmark report yet: run `python benchmarks/bench_stages.py report benchmarks/runs/*.json`)"
    lines = path.read_text(encoding="utf-8").splitlines()
    current = "\n".join(line for line in lines if not line.startswith("<!--")).strip()
    saved = len(list((root / "benchmarks" / "runs").glob("*.json")))
    return f"{current}\n\nEvery saved run ({saved}), each with its stages: `benchmarks/performance.md`."


# The README's example: one seed figure and the table it draws, as a researcher pastes them.
EXAMPLE = "stance_balance"  # a figure and a table of the same name (catalog)
EXAMPLE_PNG = "docs/example/stance_balance.png"  # committed copy: figures/ is not in git


def example_block(root: Path, name: str = EXAMPLE, png: str = EXAMPLE_PNG) -> str:
    """One figure (PNG, copied to `png` so GitHub shows it) and its table in Markdown, with the
    same human labels and number format as the LaTeX table (`analysis.latex.markdown_table`)."""
    from analysis import catalog
    from analysis.codebook import load_codebook
    from analysis.labels import Labels, codebook_labels
    from analysis.settings import load_config

    cfg = load_config(root / catalog.CONFIG_FILE)
    fig_root = root / (cfg["paths"].get("figures") or f"{cfg['paths']['results']}/figures")
    table = root / catalog.table_path(cfg["paths"]["results"], name)
    source = fig_root / f"{name}.png"
    if not (source.is_file() and table.is_file()):
        raise UserError(f"readme: {source} or {table} missing; build the seed study first (make)")
    target = root / png
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.is_file() or target.read_bytes() != source.read_bytes():
        target.write_bytes(source.read_bytes())
    labels = Labels("en", codebook_labels(load_codebook(root / cfg["codebook"]), "en"))
    df = pd.read_csv(table, keep_default_na=False, na_values=[""])
    caption = (fig_root / f"{name}.{catalog.CAPTION_SUFFIX}").read_text(encoding="utf-8").strip()
    return "\n".join(
        [
            f"![{catalog.figure(name).title}]({png})",
            "",
            f"*Figure (`{fig_root.relative_to(root)}/{name}.png`).* {caption}",
            "",
            f"*Table (`{Path(catalog.table_path(cfg['paths']['results'], name, 'tex')).as_posix()}`"
            f" for LaTeX; the CSV keeps the ids).* {catalog.result(name).caption}",
            "",
            markdown_table(df, labels),
        ]
    )


VALIDATION_DOC = "docs/validation.md"  # every validation column, the coders' agreement, the rounds' history


def update_readme(root: Path) -> str:
    """Regenerate the README's generated blocks and those of `VALIDATION_DOC`; return the README's text."""
    doc = root / VALIDATION_DOC
    text = replace_block(doc.read_text(encoding="utf-8"), "validation-all", validation_table(root), VALIDATION_DOC)
    doc.write_text(replace_block(text, "agreement", agreement_table(root), VALIDATION_DOC), encoding="utf-8")
    path = root / "README.md"
    text = replace_block(path.read_text(encoding="utf-8"), "validation", validation_table(root, readme_columns()))
    text = replace_block(text, "performance", performance_block(root))
    text = replace_block(text, "example", example_block(root))
    text = replace_block(text, "statuses", status_table())
    path.write_text(text, encoding="utf-8")
    return text
