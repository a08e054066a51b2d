"""Join the shard files into the corpus and coded tables, one table at a time.

`merge_shards` joins DataFrames already in memory (a test, a sample script). The workflow's
merge job reads files instead, and at 100k documents the shards hold about 0.5 GB of text:
reading every shard as a DataFrame, concatenating, sorting and converting back to Arrow held
several copies of it at once (4.3 GB peak). Here each table is read as Arrow, concatenated
without copying, sorted by one `take` per column (each input column is dropped once taken),
written, and let go before the next table is read. The files are byte for byte those that
`merge_shards` and `write_parquet` write.

A coded shard file holds the codes, not the unit text: `text` and `norm` are the units
shard's, taken again here from the sorted units table (a check that both tables list the same
units in the same order guards the join).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis.copies import set_aside
from analysis.corpus import duplicate_ids_error, sorted_cleaning_log
from analysis.errors import UserError
from analysis.tables import CLEANING_LOG, CORPUS_ARTICLES, CORPUS_INTAKE, CORPUS_UNITS, TableSpec, validate

# unit columns stored once, in the units shard, and joined into the coded units here
UNIT_TEXT = ("text", "norm")
UNIT_KEYS = ["doc_id", "unit_id"]


@dataclass(frozen=True)
class ShardFiles:
    """The files of the shard jobs, in shard order (one list per table, all the same length)."""

    articles: list[str]
    units: list[str]
    logs: list[str]
    intake: list[str]
    coded: list[str]


def read_csv_str(path: str | Path) -> pd.DataFrame:
    """A shard's CSV as strings (blank stays blank), as the shard job wrote it."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _where(spec: TableSpec, k: int, n: int) -> str:
    return f"{spec.name} (shard {k} of {n})"


def _read_sorted(
    paths: list[str],
    spec: TableSpec | None,
    keys: list[str],
    skip: tuple[str, ...] = (),
    check=None,
    wanted: Collection[str] | None = None,
) -> pa.Table:
    """The shards' tables, each checked against `spec` as it is read, joined in the stable order of `keys`.

    `wanted`: the only columns to read (those a file has), else all but `skip`.

    `to_pandas` shares the Arrow string buffers (pandas' `str` dtype), so the check copies no
    text. The shards are concatenated without a copy and sorted one column at a time: each
    joined column is released once its sorted copy exists (this function holds the only
    reference), so at most one column is held twice. `check`, when given, sees the joined
    table before it is sorted.
    """
    tables = []
    for k, path in enumerate(paths, 1):
        names = [c for c in pq.read_schema(path).names if c not in skip and (wanted is None or c in wanted)]
        tables.append(pq.read_table(path, columns=names))
        if spec is not None:
            validate(tables[-1].to_pandas(), spec, where=_where(spec, k, len(paths)))
    table = pa.concat_tables(tables, promote_options="permissive")
    del tables
    if check is not None:
        check(table)
    order = pc.sort_indices(table, sort_keys=[(k, "ascending") for k in keys])
    in_order = bool(pc.all(pc.equal(order, pa.array(range(len(order)), type=order.type))).as_py() is not False)
    schema, columns = table.schema, list(table.columns)
    del table
    out = []
    for i in range(len(columns)):
        column, columns[i] = columns[i], None
        flat = column.combine_chunks()  # `take` on chunks would join them first, beside the chunks
        del column
        out.append(flat if in_order else flat.take(order))
        del flat
    return pa.Table.from_arrays(out, schema=schema)


def read_sorted_columns(paths: list[str], columns: list[str], keys: list[str]) -> pd.DataFrame:
    """Some columns of the shards' tables as one frame in the merge's order (stable, by `keys`).

    Why: a job that needs only a few columns of the merged table (the reuse job reads the
    articles' ids, outlets, texts and statuses) can read the shards and start beside the merge
    job instead of after it. The frame equals the one read back from the merged file (no
    pandas metadata there either, so a plain RangeIndex here too). The shards are joined and
    sorted by `_read_sorted`, a column at a time, as the merge job does.
    """
    table = _read_sorted(paths, None, keys, wanted=set(columns))
    # a column a file lacks is left out, for the job's `validate` to name; the order asked for
    table = table.select([c for c in dict.fromkeys(columns) if c in table.column_names])
    df = table.replace_schema_metadata(None).to_pandas()
    del table
    pa.default_memory_pool().release_unused()  # as `tables.read_parquet_columns`
    return df


def write_table(table: pa.Table, path: str | Path) -> None:
    """Write as `analysis.tables.write_parquet` does, from Arrow (same options, same bytes)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(
        table.replace_schema_metadata(None).combine_chunks(),
        str(path),
        compression="zstd",
        use_dictionary=True,
        write_statistics=True,
        store_schema=True,
    )


def _check_unique_docs(articles: pa.Table) -> None:
    counts = pc.value_counts(articles["doc_id"])
    dup_ids = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))
    if len(dup_ids):
        dup = articles.filter(pc.is_in(articles["doc_id"], value_set=dup_ids))
        raise duplicate_ids_error(dup["doc_id"].to_pylist(), dup["source_path"].to_pylist())


def merge_articles(paths: list[str], out: str | Path) -> pd.DataFrame:
    """Write the sorted article table, a copy in its outlet marked (`copies.set_aside`); return it without its text."""
    articles = _read_sorted(paths, CORPUS_ARTICLES, ["doc_id"], check=_check_unique_docs)
    articles = _set_aside(articles)
    write_table(articles, out)
    return articles.drop_columns(["text"]).to_pandas()


def _set_aside(articles: pa.Table) -> pa.Table:
    """`copies.set_aside` on the columns it reads and writes; the text columns are not copied."""
    changed = ["status", "status_detail", "n_units"]
    keys = articles.select(["doc_id", "source_path", "sha256", "text_sha256", "outlet", "published", *changed])
    keys = keys.to_pandas()
    marked = set_aside(keys)
    if marked is keys:  # no file twice: the table as it was
        return articles
    for c in changed:
        i = articles.schema.get_field_index(c)
        articles = articles.set_column(
            i, articles.schema.field(i), pa.array(marked[c], type=articles.schema.field(i).type)
        )
    return articles


def merge_units(paths: list[str], out: str | Path, aside: Collection[str] = ()) -> pa.Table:
    """Write the sorted unit table; return its keys and text, which the coded units join.

    `aside`: documents set aside (`copies.set_aside_ids`), whose units are left out.
    """
    units = _without(_read_sorted(paths, CORPUS_UNITS, UNIT_KEYS), aside)
    write_table(units, out)
    return units.select([*UNIT_KEYS, *UNIT_TEXT])


def merge_log(paths: list[str]) -> pd.DataFrame:
    """The cleaning logs in (doc_id, line_no) order (line numbers sort as numbers)."""
    n = len(paths)
    logs = [validate(read_csv_str(p), CLEANING_LOG, where=_where(CLEANING_LOG, k, n)) for k, p in enumerate(paths, 1)]
    return sorted_cleaning_log(logs)


def read_intakes(paths: list[str]) -> list[pd.DataFrame]:
    """The shards' intake rows, each checked against its spec."""
    n = len(paths)
    return [validate(read_csv_str(p), CORPUS_INTAKE, where=_where(CORPUS_INTAKE, k, n)) for k, p in enumerate(paths, 1)]


def _without(table: pa.Table, aside: Collection[str]) -> pa.Table:
    """The rows of documents not set aside (no copy when none is)."""
    if not aside:
        return table
    return table.filter(pc.invert(pc.is_in(table["doc_id"], value_set=pa.array(sorted(aside), type=pa.string()))))


def merge_coded(paths: list[str], units: pa.Table, aside: Collection[str] = ()) -> pa.Table:
    """The coded units in (doc_id, unit_id) order, with `text` and `norm` from the units table.

    `units` is the sorted units table (`merge_units`); the coded shards must list the same
    units (a coded shard from another corpus run is a user error, not a silent mismatch).
    """
    coded = _without(_read_sorted(paths, None, UNIT_KEYS, skip=UNIT_TEXT), aside)
    if coded.num_rows != units.num_rows or not all(coded[k].equals(units[k]) for k in UNIT_KEYS):
        raise UserError(
            f"the coded shards ({coded.num_rows} units) do not match the corpus shards ({units.num_rows} units): "
            "rebuild the shards (they come from different runs)"
        )
    order = [*CORPUS_UNITS.columns, *(c for c in coded.column_names if c not in CORPUS_UNITS.columns)]
    columns = {c: (units[c] if c in UNIT_TEXT else coded[c]) for c in order}
    return pa.Table.from_arrays(list(columns.values()), names=order)
