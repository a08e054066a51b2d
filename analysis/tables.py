"""Column contracts between stages: one spec per table, one check, one message.

Later stages, the notebook and outside checks read these columns by name, so each table
is written down once here (`TableSpec`) and every stage checks what it reads and writes
with `validate`, which fails with the table's name and what is wrong, never a KeyError
three functions later. Value sets come from `analysis.vocab`; sets that belong to the
research design (frames, targets, sides) are passed in from the codebook.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis.clean_rules import REASONS
from analysis.errors import UserError
from analysis.stats import BANDS
from analysis.vocab import ROLES, STANCE_VALUES, STATUS_OK, VOICE_VALUES  # noqa: F401 (re-exported)

if TYPE_CHECKING:  # the specs below only read a codebook's ids; no import at run time
    from analysis.codebook import Codebook


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

    def with_columns(self, columns: Iterable[str], **allowed: tuple[str, ...]) -> TableSpec:
        """This spec plus more columns (e.g. one per codebook target) and value sets."""
        return TableSpec(self.name, (*self.columns, *columns), {**self.allowed, **allowed}, self.blank_ok)


def validate(df: pd.DataFrame, spec: TableSpec, where: str | None = None, fix: str = "") -> pd.DataFrame:
    """Check `df` against `spec`; return it unchanged, or raise one `UserError`.

    `fix`, when given, is appended to a missing-columns message: what the user should do
    (e.g. start from the file the workflow wrote).

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
        raise UserError(f"{what}: missing columns {missing}" + (f"; {fix}" if fix else ""))
    for col, values in spec.allowed.items():
        if col not in df.columns:
            continue
        seen = df[col].astype(object).where(df[col].notna(), "").astype(str)  # missing counts as blank
        ok = set(values) | ({""} if col in spec.blank_ok else set())
        bad = sorted(set(seen.unique()) - ok)  # the few distinct values, not every row, reach Python
        if bad:
            raise UserError(f"{what}: column {col} has values {bad[:10]}; expected one of {list(values)}")
    return df


# ============================================================ corpus stage (ingest/clean/segment)
# results/corpus/articles.parquet: one row per input document, always
ARTICLE_COLUMNS = [
    "doc_id",
    "source_path",
    "sha256",
    "outlet",
    "title",
    "standfirst",
    "byline",
    "published",
    "published_source",
    "language",
    "text",
    "n_units",
    "status",
]
# ... then where the outlet came from, the manifest's event and notes, why a row is not ok, and the
# fingerprint of its words that finds a copy of it in its outlet (`copies.text_key`; "" when not read)
ARTICLE_EXTRA = ["outlet_source", "event", "notes", "status_detail", "text_sha256"]
# Every `status` an article row can have. The set is open to new kinds of bad input, but
# only here: a status written anywhere else fails validation.
ARTICLE_STATUSES = {
    STATUS_OK: "read, cleaned and segmented",
    "empty": "no text: an empty or white-space-only file, an export row without text, or HTML without main text",
    "headline-only": "a headline but no body text left after cleaning",
    "duplicate": "the same text as another document of the same outlet once both are decoded and normalised "
    "(saved twice, as HTML and as TXT, in another encoding or with other line ends, spaces, punctuation or a "
    "closing agency credit, or under another date): set aside so that the article counts once; the reason "
    "names both files",
    "not-utf8": "bytes that are neither UTF-8, UTF-16 nor cp1252, or damaged UTF-8: re-save the file as UTF-8",
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
    "results/corpus/articles.parquet",
    (*ARTICLE_COLUMNS, *ARTICLE_EXTRA),
    {"status": tuple(ARTICLE_STATUSES), "outlet_source": OUTLET_SOURCES, "published_source": PUBLISHED_SOURCES},
    blank_ok=("outlet_source", "published_source"),
)
CORPUS_UNITS = TableSpec("results/corpus/units.parquet", tuple(UNIT_COLUMNS), {"role": ROLES})
CLEANING_LOG = TableSpec("results/corpus/cleaning_log.csv", tuple(CLEANING_LOG_COLUMNS), {"reason": REASONS})
# results/corpus/intake.csv: one row per file found and per record read, documents or not.
# Articles have a row each (doc_id set); files that are not read have one row with one of:
INTAKE_ONLY_STATUSES = {
    "skipped-name": "a hidden name (starting with '.') or documentation next to the data "
    "(README*, *readme*, LICENSE*/LICENCE*, CHANGELOG*, NOTICE*): list it in the manifest if it is an article",
    "unsupported-format": "a format that is not read (only .txt, .html/.htm, .jsonl, .csv, .xlsx are), "
    "or not a regular file",
    "symlink-refused": "a symbolic link (to a file or a folder): not followed, so nothing outside the corpus is read",
    "duplicate-manifest-row": "a manifest row naming a file an earlier row already describes: ignored",
    "manifest": "the manifest file itself: read as metadata, not as a document",
}
INTAKE_STATUSES = {**ARTICLE_STATUSES, **INTAKE_ONLY_STATUSES}
INTAKE_COLUMNS = [
    "path",
    "record",
    "doc_id",
    "status",
    "reason",
    "bytes",
    "format",
    "encoding",
    "published_raw",
    "date_status",
]
CORPUS_INTAKE = TableSpec(
    "results/corpus/intake.csv",
    tuple(INTAKE_COLUMNS),
    {"status": tuple(INTAKE_STATUSES), "date_status": ("ok", "unparsed")},
    blank_ok=("date_status",),
)


# ============================================================ coding stage
# The coder reads CORPUS_UNITS. Its tables have one column per codebook frame, target or
# side, so their specs are built from the codebook the run uses.
def coded_unit_columns(codebook: Codebook) -> list[str]:
    """What the coder adds to every corpus unit, in output order."""
    return [
        "frames",
        *codebook.stance_columns(),
        *[f"about_{t}" for t in codebook.target_ids],
        "voice",
        "voice_rule",
        "speaker",
        "speaker_side",
        "speaker_rule",
        "cues",
        "codebook_version",
    ]


def coded_units_spec(codebook: Codebook) -> TableSpec:
    """results/coding/units.parquet: the corpus units plus their codes and the evidence."""
    allowed = {
        **CORPUS_UNITS.allowed,
        **{c: STANCE_VALUES for c in codebook.stance_columns()},
        "voice": VOICE_VALUES,
        "speaker_side": tuple(codebook.sides),
    }
    return TableSpec(
        "results/coding/units.parquet",
        (*CORPUS_UNITS.columns, *coded_unit_columns(codebook)),
        allowed,
        blank_ok=("speaker_side",),
    )


def coded_article_columns(codebook: Codebook) -> list[str]:
    """results/coding/articles.parquet columns, in output order."""
    targets = codebook.target_ids
    return [
        "doc_id",
        "outlet",
        "n_units",
        "n_body_units",
        *[f"share_{f}" for f in codebook.frame_ids],
        "dominant_frame",
        *[c for t in targets for c in (f"n_about_{t}", f"balance_{t}")],
        *[f"voice_{v}" for v in VOICE_VALUES],
        *[f"side_{s}" for s in codebook.sides],
        "headline_frames",
        *[f"headline_stance_{t}" for t in targets],
        "sensational_cues",
        "codebook_version",
    ]


def coded_articles_spec(codebook: Codebook) -> TableSpec:
    """results/coding/articles.parquet: per-article measures of body units, headline beside them.

    dominant_frame is blank when no body unit has a frame; a headline stance is blank
    when the article has no headline unit.
    """
    allowed = {
        "dominant_frame": tuple(codebook.frame_ids),
        **{f"headline_stance_{t}": STANCE_VALUES for t in codebook.target_ids},
    }
    return TableSpec(
        "results/coding/articles.parquet", tuple(coded_article_columns(codebook)), allowed, blank_ok=tuple(allowed)
    )


# ============================================================ validation stage
# annotations/reference*.csv: one row per unit and human coder, identified by `text` or, where
# the text may not be redistributed, by `text_sha1`; stance: one column per codebook target
REFERENCE = TableSpec("reference", ("doc_id", "unit_id", "coder", "frames", "voice", "speaker"))
# what the alignment reads of results/coding/units.parquet (plus the reference's stance columns)
ALIGN_CODED_UNITS = TableSpec(
    "results/coding/units.parquet", ("doc_id", "unit_id", "text", "frames", "voice", "speaker")
)
ALIGNMENT_STATUS = ("matched", "reference_only", "coded_only")
# results/validation/reliability.csv: one figure per variable, statistic, group and comparison
RELIABILITY = TableSpec(
    "results/validation/reliability.csv",
    ("variable", "statistic", "value", "ci_low", "ci_high", "n", "group", "band", "comparison", "note"),
    {"band": BANDS},
    blank_ok=("band",),
)
# results/validation/disagreements.csv: every unit and variable where coder and a person differ
DISAGREEMENTS = TableSpec(
    "results/validation/disagreements.csv",
    ("doc_id", "unit_id", "ref_unit_id", "ref_coder", "text", "variable", "reference", "coder", "cues", "other_cues"),
)
# results/validation/alignment.csv: the pairing of every reference row and coded unit
ALIGNMENT = TableSpec(
    "results/validation/alignment.csv",
    ("doc_id", "coder", "ref_unit_id", "unit_id", "status", "text", "note"),
    {"status": ALIGNMENT_STATUS},
)


# ============================================================ comparison and reuse
# what the comparison reads (stance columns, voices and speaker sides come from the codebook)
COMPARE_UNITS = TableSpec(
    "results/coding/units.parquet",
    ("doc_id", "unit_id", "role", "frames", "voice", "speaker_side"),
    {"role": ROLES, "voice": VOICE_VALUES},
    blank_ok=("speaker_side",),
)
COMPARE_ARTICLES = TableSpec("results/corpus/articles.parquet", ("doc_id", "outlet"))
# results/tables/<name>.csv: the columns every codebook gives (headline_body_gap adds
# headline_stance_<t>, body_stance_<t> and stance_gap_<t> per target)
_SHARE = ("n_articles", "n_units", "count", "share", "ci_low", "ci_high", "note")
COMPARISON_TABLES = {
    name: TableSpec(f"results/tables/{name}.csv", columns)
    for name, columns in {
        "sample": (
            "outlet",
            "n_articles_total",
            "n_articles_ok",
            "n_articles_coded",
            "n_units",
            "n_body_units",
            "n_headline_units",
            "note",
        ),
        "frame_profile": (
            "outlet",
            "frame",
            "n_articles",
            "n_units",
            "units_with_frame",
            "share",
            "ci_low",
            "ci_high",
            "note",
        ),
        "dominant_frame": (
            "outlet",
            "frame",
            "n_articles",
            "n_units",
            "n_dominant",
            "share",
            "ci_low",
            "ci_high",
            "note",
        ),
        "stance_balance": (
            "outlet",
            "target",
            "n_articles",
            "n_units",
            "favor",
            "against",
            "none",
            "n_stance",
            "balance",
            "ci_low",
            "ci_high",
            "note",
        ),
        "voice_mix": ("outlet", "voice", *_SHARE),
        "source_mix": ("outlet", "speaker_side", *_SHARE),
        "headline_body_gap": (
            "doc_id",
            "outlet",
            "n_headline_units",
            "n_body_units",
            "headline_frames",
            "body_frames",
            "body_dominant_frame",
            "headline_frames_not_in_body",
            "dominant_in_headline",
            "sensational_cues",
            "note",
        ),
        "headline_body_by_outlet": ("outlet", "measure", *_SHARE),
        "by_event": (
            "grouping",
            "group",
            "measure",
            "category",
            "n_articles",
            "n_units",
            "count",
            "value",
            "ci_low",
            "ci_high",
            "note",
        ),
        "tests": (
            "variable",
            "level",
            "outlets",
            "n_outlets",
            "n_articles",
            "n_units",
            "test",
            "statistic",
            "df",
            "p_value",
            "cramers_v",
            "note",
        ),
    }.items()
}
# what the reuse stage reads: one row per document (or per unit, with `unit_id`)
REUSE_INPUT = TableSpec("reuse input", ("doc_id", "outlet", "text"))
REUSE_SCOPES = ("within-outlet", "cross-outlet", "outlet-unknown")
# results/reuse/pairs.csv: one row per document pair sharing text
REUSE_PAIRS = TableSpec(
    "results/reuse/pairs.csv",
    (
        "doc_a",
        "doc_b",
        "outlet_a",
        "outlet_b",
        "scope",
        "shared_shingles",
        "containment_a",
        "containment_b",
        "jaccard",
        "longest_passage_tokens",
        "method",
    ),
    {"scope": REUSE_SCOPES, "method": ("all-pairs", "minhash-lsh")},
)
# results/reuse/passages.csv: each shared passage, with character spans into both texts
REUSE_PASSAGES = TableSpec(
    "results/reuse/passages.csv",
    ("doc_a", "doc_b", "scope", "start_a", "end_a", "start_b", "end_b", "n_tokens", "text_a", "text_b"),
    {"scope": REUSE_SCOPES},
)


def output_specs(codebook: Codebook) -> list[TableSpec]:
    """The spec of every table a build writes (names are paths under the results root).

    One list for the checks that walk a finished build, so a new output table without a
    contract shows up as a gap here rather than passing unchecked.
    """
    return [
        CORPUS_ARTICLES,
        CORPUS_UNITS,
        CLEANING_LOG,
        CORPUS_INTAKE,
        coded_units_spec(codebook),
        coded_articles_spec(codebook),
        RELIABILITY,
        DISAGREEMENTS,
        ALIGNMENT,
        *COMPARISON_TABLES.values(),
        REUSE_PAIRS,
        REUSE_PASSAGES,
    ]


# ============================================================ writers
def write_parquet(df: pd.DataFrame, path: str | Path) -> None:
    """Write Parquet with no writer metadata that varies between runs.

    pandas stores its own version and the index in the schema metadata; dropping the
    index and pinning the writer options keeps the file's bytes a function of its data.
    Columns are written as one chunk each: a table concatenated from shards keeps one chunk
    per shard, and where the writer gives up dictionary encoding depends on the chunks, so
    the bytes would otherwise depend on how the corpus was cut into jobs.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    table = table.replace_schema_metadata(None).combine_chunks()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(
        table,
        str(path),
        compression="zstd",
        use_dictionary=True,
        write_statistics=True,
        store_schema=True,
    )


# A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix `'` to text cells a spreadsheet would run as a formula; numbers stay as they are.

    Corpus text and outlet names come from outside: an outlet called `=HYPERLINK(…)` must
    reach a researcher's spreadsheet as text, not as a live link (OWASP's advice).

    >>> neutralise_formulas(pd.DataFrame({"a": ["=1+1", "-3.5", "- Advertisement", "ok"]}))["a"].tolist()
    ["'=1+1", '-3.5', "'- Advertisement", 'ok']

    Column names are cells of the header row: an outlet that names a column (the reuse
    matrix) is neutralised there too.

    >>> list(neutralise_formulas(pd.DataFrame({"outlet": ["=x"], "=x": [1]})).columns)
    ['outlet', "'=x"]
    """
    return _map_text(df, _neutral, _neutral_column)


def _map_text(
    df: pd.DataFrame, fn: Callable[[object], object], column_fn: Callable[[pd.Series], object] | None = None
) -> pd.DataFrame:
    """`fn` applied to every column name and every cell of a text column (a copy).

    `column_fn`, when given, does the same to a whole column: it returns the cells, or the
    column itself when no cell changes (the column is then left as it is).
    """
    out = df.copy()
    out.columns = [fn(c) for c in out.columns]
    for col in out.columns:
        column = out[col]
        if column.dtype == object or pd.api.types.is_string_dtype(column):
            if column_fn is not None:
                cells = column_fn(column)
                if cells is not column:
                    out[col] = cells
                continue
            # the same cells as iterating the column (missing ones as the dtype's NA), read in one
            # conversion: iterating an Arrow-backed column is a Python call per cell
            out[col] = [fn(v) for v in column.to_numpy(dtype=object)]
    return out


def _neutral_column(column: pd.Series) -> pd.Series | list:
    """`neutral_cells` of a text column; a string column none of whose cells starts like a formula
    is returned as it is (one scan in Arrow, no conversion of its cells to Python and back)."""
    if isinstance(column.dtype, pd.StringDtype) and not column.str.startswith(FORMULA_PREFIXES).any():
        return column
    return neutral_cells(column.to_numpy(dtype=object).tolist())


def _neutral(v: object) -> object:
    """One cell (or column name), prefixed with `'` if a spreadsheet would run it as a formula."""
    return "'" + v if isinstance(v, str) and v.startswith(FORMULA_PREFIXES) and not _is_number(v) else v


def neutral_cells(values: list) -> list:
    """`_neutral` of each cell: the list itself when no text cell starts like a formula (almost
    always: one scan in C), else each cell guarded.

    Why: a Python call per cell was a tenth of writing the reuse passages at 100k articles (25
    million text cells) and ~0.15 s of the COVID validate job's tables (issue #15). Missing cells
    (None, NaN) and numbers are not text: `_neutral` leaves them, so the scan skips them.

    >>> neutral_cells(["ok", None, 3, "-3.5"])
    ['ok', None, 3, '-3.5']
    >>> neutral_cells(["ok", None, "=1+1"])
    ['ok', None, "'=1+1"]
    """
    try:
        texts = values
        hit = any(map(str.startswith, texts, itertools.repeat(FORMULA_PREFIXES)))
    except TypeError:  # a cell that is not text: scan the text cells only
        texts = [v for v in values if isinstance(v, str)]
        hit = any(map(str.startswith, texts, itertools.repeat(FORMULA_PREFIXES)))
    return list(map(_neutral, values)) if hit else values


def _restored(v: object) -> object:
    return v[1:] if isinstance(v, str) and v.startswith("'") and v[1:].startswith(FORMULA_PREFIXES) else v


def restore_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Undo `neutralise_formulas` on text read back from one of our CSVs (e.g. a coding sheet).

    >>> restore_formulas(pd.DataFrame({"a": ["'=1+1", "'- x", "it's", "-3.5"]}))["a"].tolist()
    ['=1+1', '- x', "it's", '-3.5']
    """
    return _map_text(df, _restored)


def write_csv(df: pd.DataFrame, path: str | Path, *, for_people: bool = True) -> None:
    """CSV with fixed line endings and float format, for byte-stable tables.

    `for_people` (every final output) neutralises formula-like text cells; intermediate
    files that the workflow reads back itself (shards, the joined reference) keep the text
    exactly, since their text is matched against other tables.
    """
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    (neutralise_formulas(df) if for_people else df).to_csv(path, index=False, lineterminator="\n", float_format="%.6g")


def write_csv_blocks(blocks: Iterable[pd.DataFrame], path: str | Path, columns: list[str]) -> int:
    """`write_csv` of a table that comes block by block (rows in order), without holding it.

    Same bytes as `write_csv` of the blocks joined; with no rows, the header alone. Returns
    the number of rows written.
    """
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    rows = 0
    opts = {"index": False, "lineterminator": "\n", "float_format": "%.6g"}
    with open(path, "w", encoding="utf-8", newline="") as f:
        neutralise_formulas(pd.DataFrame([], columns=columns)).to_csv(f, **opts)
        for block in blocks:
            if len(block):
                neutralise_formulas(block[columns]).to_csv(f, header=False, **opts)
                rows += len(block)
    return rows


def read_parquet_columns(path: str | Path, wanted: Iterable[str]) -> pd.DataFrame:
    """The `wanted` columns of a Parquet file that it has (a stage reads only what it uses).

    At 100k articles the unit and article tables carry texts and cue lists of several GB that
    most stages never look at. A wanted column the file lacks is left out here, so that the
    stage's `validate` names it with its usual message.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    present = set(pq.read_schema(path).names)
    df = pd.read_parquet(path, columns=[c for c in dict.fromkeys(wanted) if c in present])
    pa.default_memory_pool().release_unused()  # Arrow's allocator keeps the file's pages otherwise
    return df
