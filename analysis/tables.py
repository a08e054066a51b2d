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

from analysis.clean_rules import REASONS
from analysis.errors import UserError
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
# ... then where the outlet came from, the manifest's event and notes, and why a row is not ok
ARTICLE_EXTRA = ["outlet_source", "event", "notes", "status_detail"]
# Every `status` an article row can have. The set is open to new kinds of bad input, but
# only here: a status written anywhere else fails validation.
ARTICLE_STATUSES = {
    STATUS_OK: "read, cleaned and segmented",
    "empty": "no text: an empty file, an export row without text, or HTML without main text",
    "headline-only": "a headline but no body text left after cleaning",
    "not-utf8": "bytes that are not UTF-8 (or broken UTF-16): re-save the file as UTF-8",
    "binary": "binary data (NUL bytes), not a text document",
    "legacy-font-encoding": "Hindi typed in a legacy font (KrutiDev and kin): convert it to Unicode first",
    "unreadable": "the file could not be read (permissions, a broken link)",
    "bad-export": "an export (.jsonl/.csv/.xlsx) row that cannot be read (its line is named), or a whole export "
                  "without a text column (the columns found are named)",
    "other-script": "text in another script than the corpus language's (e.g. Urdu/Arabic script in a hi corpus)",
    "missing-file": "a manifest row whose file does not exist",
    "path-outside-corpus": "a manifest row whose file lies outside the corpus directory (refused)",
}
# Which source won for `outlet` and `published` ("" when none had a value)
OUTLET_SOURCES = ("manifest", "folder", "text")
PUBLISHED_SOURCES = ("manifest", "text")
# results/corpus/units.parquet: one row per unit (sentence).
# Offsets index the article's field the unit came from: `title` for headline units,
# `standfirst` for standfirst units, `text` for subhead and body units.
UNIT_COLUMNS = ["doc_id", "unit_id", "role", "para", "text", "norm", "start", "end"]
# results/corpus/cleaning_log.csv: every line removed, with its reason class (analysis.clean_rules)
CLEANING_LOG_COLUMNS = ["doc_id", "line_no", "line", "reason"]

CORPUS_ARTICLES = TableSpec(
    "results/corpus/articles.parquet", (*ARTICLE_COLUMNS, *ARTICLE_EXTRA),
    {"status": tuple(ARTICLE_STATUSES), "outlet_source": OUTLET_SOURCES, "published_source": PUBLISHED_SOURCES},
    blank_ok=("outlet_source", "published_source"),
)
CORPUS_UNITS = TableSpec("results/corpus/units.parquet", tuple(UNIT_COLUMNS), {"role": ROLES})
CLEANING_LOG = TableSpec("results/corpus/cleaning_log.csv", tuple(CLEANING_LOG_COLUMNS), {"reason": REASONS})
# results/corpus/intake.csv: one row per file found and per record read, documents or not.
# Articles have a row each (doc_id set); files that are not read have one row with one of:
INTAKE_ONLY_STATUSES = {
    "skipped-name": "a hidden name (starting with '.') or documentation next to the data "
                    "(README*, *readme*, LICENSE*/LICENCE*, CHANGELOG*, NOTICE*): not an article",
    "unsupported-format": "a format that is not read (only .txt, .html/.htm, .jsonl, .csv, .xlsx are), "
                          "or not a regular file",
    "symlink-refused": "a symbolic link (to a file or a folder): not followed, so nothing outside the corpus is read",
    "duplicate-manifest-row": "a manifest row naming a file an earlier row already describes: ignored",
    "manifest": "the manifest file itself: read as metadata, not as a document",
}
INTAKE_STATUSES = {**ARTICLE_STATUSES, **INTAKE_ONLY_STATUSES}
INTAKE_COLUMNS = ["path", "record", "doc_id", "status", "reason", "bytes", "format", "encoding",
                  "published_raw", "date_status"]
CORPUS_INTAKE = TableSpec(
    "results/corpus/intake.csv", tuple(INTAKE_COLUMNS),
    {"status": tuple(INTAKE_STATUSES), "date_status": ("ok", "unparsed")}, blank_ok=("date_status",),
)


# ============================================================ coding stage
# results/coding/units.parquet adds, per unit (stance columns: one per codebook target)
CODED_UNIT_EXTRA = ["frames", "voice", "speaker", "speaker_side", "cues", "codebook_version"]
# (coding-stage specs go here)


# ============================================================ validation stage
# (validation-stage specs go here)


# ============================================================ comparison and reuse
# (comparison and reuse specs go here)


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
