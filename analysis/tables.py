"""Column contracts between stages.

Later stages, the notebook and outside checks read these columns by name, so they are
written down once here and checked when a stage writes its table.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

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
# results/coding/units.parquet adds, per unit (stance columns: one per codebook target)
CODED_UNIT_EXTRA = ["frames", "voice", "speaker", "speaker_side", "cues", "codebook_version"]
ROLES = ("headline", "standfirst", "subhead", "body")
STATUS_OK = "ok"


def require_columns(df: pd.DataFrame, columns: list[str], what: str) -> None:
    """Fail with the table's name and the missing columns, not a KeyError later on."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{what}: missing columns {missing}")


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
