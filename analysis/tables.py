"""Column contracts between stages: one spec per table, one check, one message.

Later stages, the notebook and outside checks read these columns by name, so each table
is written down once here (`TableSpec`) and every stage checks what it reads and writes
with `validate`, which fails with the table's name and what is wrong, never a KeyError
three functions later. Value sets come from `analysis.vocab`; sets that belong to the
research design (frames, targets, sides) are passed in from the codebook.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from analysis.errors import UserError
from analysis.stats import BANDS
from analysis.vocab import ROLES, STATUS_OK, STANCE_VALUES, VOICE_VALUES  # noqa: F401 (re-exported)


@dataclass(frozen=True)
class TableSpec:
    """A table's contract: its name (as a user sees it), required columns and value sets.

    `allowed` maps a column to the values it may hold; `blank_ok` columns may also be
    empty ("" or missing). Extra columns are allowed: a spec says what readers rely on.
    """

    name: str
    columns: tuple[str, ...]
    allowed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    blank_ok: tuple[str, ...] = ()

    def with_columns(self, columns: Iterable[str], **allowed: tuple[str, ...]) -> "TableSpec":
        """This spec plus more columns (e.g. one per codebook target) and value sets."""
        return TableSpec(self.name, (*self.columns, *columns), {**self.allowed, **allowed}, self.blank_ok)


def validate(df: pd.DataFrame, spec: TableSpec, where: str | None = None) -> pd.DataFrame:
    """Check `df` against `spec`; return it unchanged, or raise one `UserError`.

    >>> spec = TableSpec("demo", ("doc_id", "role"), {"role": ROLES})
    >>> validate(pd.DataFrame({"doc_id": ["a"], "role": ["body"]}), spec).shape
    (1, 2)
    >>> validate(pd.DataFrame({"doc_id": ["a"]}), spec)
    Traceback (most recent call last):
    analysis.errors.UserError: demo: missing columns ['role']
    >>> validate(pd.DataFrame({"doc_id": ["a"], "role": ["lede"]}), spec)
    Traceback (most recent call last):
    analysis.errors.UserError: demo: column role has values ['lede']; expected one of ['headline', 'standfirst', 'subhead', 'body']
    """
    what = where or spec.name
    missing = [c for c in spec.columns if c not in df.columns]
    if missing:
        raise UserError(f"{what}: missing columns {missing}")
    for col, values in spec.allowed.items():
        if col not in df.columns:
            continue
        seen = df[col].dropna().astype(str)
        ok = set(values) | ({""} if col in spec.blank_ok else set())
        bad = sorted(set(seen) - ok)
        if bad:
            raise UserError(f"{what}: column {col} has values {bad[:10]}; expected one of {list(values)}")
    return df


# ============================================================ corpus stage (ingest/clean/segment)
# results/corpus/articles.parquet: one row per input document, always
ARTICLE_COLUMNS = [
    "doc_id", "source_path", "sha256", "outlet", "title", "standfirst", "byline",
    "published", "published_source", "language", "text", "n_units", "status",
]
# results/corpus/units.parquet: one row per unit (sentence).
# Offsets index the article's field the unit came from: `title` for headline units,
# `standfirst` for standfirst units, `text` for subhead and body units.
UNIT_COLUMNS = ["doc_id", "unit_id", "role", "para", "text", "norm", "start", "end"]
# results/corpus/cleaning_log.csv: every line removed
CLEANING_LOG_COLUMNS = ["doc_id", "line_no", "line", "reason"]

CORPUS_ARTICLES = TableSpec("results/corpus/articles.parquet", tuple(ARTICLE_COLUMNS))
CORPUS_UNITS = TableSpec("results/corpus/units.parquet", tuple(UNIT_COLUMNS), {"role": ROLES})
CLEANING_LOG = TableSpec("results/corpus/cleaning_log.csv", tuple(CLEANING_LOG_COLUMNS))
# (more corpus-stage specs go here)


# ============================================================ coding stage
# results/coding/units.parquet adds, per unit (stance columns: one per codebook target)
CODED_UNIT_EXTRA = ["frames", "voice", "speaker", "speaker_side", "cues", "codebook_version"]
# (coding-stage specs go here)


# ============================================================ validation stage
# annotations/reference*.csv: one row per unit and human coder, identified by `text` or, where
# the text may not be redistributed, by `text_sha1`; stance: one column per codebook target
REFERENCE = TableSpec("reference", ("doc_id", "unit_id", "coder", "frames", "voice", "speaker"))
# what the alignment reads of results/coding/units.parquet (plus the reference's stance columns)
ALIGN_CODED_UNITS = TableSpec(
    "results/coding/units.parquet", ("doc_id", "unit_id", "text", "frames", "voice", "speaker"))
ALIGNMENT_STATUS = ("matched", "reference_only", "coded_only")
# results/validation/reliability.csv: one figure per variable, statistic, group and comparison
RELIABILITY = TableSpec(
    "results/validation/reliability.csv",
    ("variable", "statistic", "value", "ci_low", "ci_high", "n", "group", "band", "comparison", "note"),
    {"band": BANDS}, blank_ok=("band",),
)
# results/validation/disagreements.csv: every unit and variable where coder and a person differ
DISAGREEMENTS = TableSpec(
    "results/validation/disagreements.csv",
    ("doc_id", "unit_id", "ref_unit_id", "ref_coder", "text", "variable", "reference", "coder", "cues",
     "other_cues"),
)
# results/validation/alignment.csv: the pairing of every reference row and coded unit
ALIGNMENT = TableSpec(
    "results/validation/alignment.csv", ("doc_id", "coder", "ref_unit_id", "unit_id", "status", "text"),
    {"status": ALIGNMENT_STATUS},
)


# ============================================================ comparison and reuse
# what the comparison reads (stance columns, voices and speaker sides come from the codebook)
COMPARE_UNITS = TableSpec(
    "results/coding/units.parquet", ("doc_id", "unit_id", "role", "frames", "voice", "speaker_side"),
    {"role": ROLES, "voice": VOICE_VALUES}, blank_ok=("speaker_side",),
)
COMPARE_ARTICLES = TableSpec("results/corpus/articles.parquet", ("doc_id", "outlet"))
# results/tables/<name>.csv: the columns every codebook gives (headline_body_gap adds
# headline_stance_<t>, body_stance_<t> and stance_gap_<t> per target)
_SHARE = ("n_articles", "n_units", "count", "share", "ci_low", "ci_high", "note")
COMPARISON_TABLES = {
    name: TableSpec(f"results/tables/{name}.csv", columns)
    for name, columns in {
        "sample": ("outlet", "n_articles_total", "n_articles_ok", "n_articles_coded", "n_units", "n_body_units",
                   "n_headline_units", "note"),
        "frame_profile": ("outlet", "frame", "n_articles", "n_units", "units_with_frame", "share", "ci_low",
                          "ci_high", "note"),
        "dominant_frame": ("outlet", "frame", "n_articles", "n_units", "n_dominant", "share", "ci_low", "ci_high",
                           "note"),
        "stance_balance": ("outlet", "target", "n_articles", "n_units", "favor", "against", "none", "n_stance",
                           "balance", "ci_low", "ci_high", "note"),
        "voice_mix": ("outlet", "voice", *_SHARE),
        "source_mix": ("outlet", "speaker_side", *_SHARE),
        "headline_body_gap": ("doc_id", "outlet", "n_headline_units", "n_body_units", "headline_frames",
                              "body_frames", "body_dominant_frame", "headline_frames_not_in_body",
                              "dominant_in_headline", "sensational_cues", "note"),
        "headline_body_by_outlet": ("outlet", "measure", *_SHARE),
        "by_event": ("grouping", "group", "measure", "category", "n_articles", "n_units", "count", "value",
                     "ci_low", "ci_high", "note"),
        "tests": ("variable", "level", "outlets", "n_outlets", "n_articles", "n_units", "test", "statistic", "df",
                  "p_value", "cramers_v", "note"),
    }.items()
}
# what the reuse stage reads: one row per document (or per unit, with `unit_id`)
REUSE_INPUT = TableSpec("reuse input", ("doc_id", "outlet", "text"))
REUSE_SCOPES = ("within-outlet", "cross-outlet", "outlet-unknown")
# results/reuse/pairs.csv: one row per document pair sharing text
REUSE_PAIRS = TableSpec(
    "results/reuse/pairs.csv",
    ("doc_a", "doc_b", "outlet_a", "outlet_b", "scope", "shared_shingles", "containment_a", "containment_b",
     "jaccard", "longest_passage_tokens", "method"),
    {"scope": REUSE_SCOPES, "method": ("all-pairs", "minhash-lsh")},
)
# results/reuse/passages.csv: each shared passage, with character spans into both texts
REUSE_PASSAGES = TableSpec(
    "results/reuse/passages.csv",
    ("doc_a", "doc_b", "scope", "start_a", "end_a", "start_b", "end_b", "n_tokens", "text_a", "text_b"),
    {"scope": REUSE_SCOPES},
)


# ============================================================ writers
def write_parquet(df: pd.DataFrame, path: str | Path) -> None:
    """Write Parquet with no writer metadata that varies between runs.

    pandas stores its own version and the index in the schema metadata; dropping the
    index and pinning the writer options keeps the file's bytes a function of its data.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    table = table.replace_schema_metadata(None)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(
        table, str(path), compression="zstd", use_dictionary=True,
        write_statistics=True, store_schema=True,
    )


def write_csv(df: pd.DataFrame, path: str | Path) -> None:
    """CSV with fixed line endings and float format, for byte-stable tables."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(path, index=False, lineterminator="\n", float_format="%.6g")
