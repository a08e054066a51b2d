"""The hand-coded reference sample: reading it and lining it up with the coder's units.

The reference (annotations/reference.csv) is coded by people reading each unit against
the codebook. Before any agreement can be computed, each of its rows has to be paired
with the unit the coder saw; this module does that and nothing else (the agreement
figures are in `analysis.reliability`).

* Alignment is by document and normalised text, not by unit id: a change to the
  sentence splitter renumbers units, and a silent shift by one would compare every
  unit with its neighbour. Texts that no longer match are reported, never dropped.
* A reference may give `text_sha1` (SHA-1 of the matching key, see `text_sha1`)
  instead of `text`: references drawn from corpora whose text may not be
  redistributed store only the hash. Such rows are matched by document and hash, by
  the same rules; their `text` in the output is the matched unit's.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.errors import UserError
from analysis.normalize import norm
from analysis.tables import ALIGN_CODED_UNITS, ALIGNMENT_STATUS, REFERENCE, validate
from analysis.vocab import STANCE_VALUES, VOICE_VALUES

TEXT_COLUMNS = ("text", "text_sha1")  # a reference needs one of them (see align)
MATCHED, REFERENCE_ONLY, CODED_ONLY = ALIGNMENT_STATUS
_SHA1 = re.compile(r"[0-9a-f]{40}")


# --------------------------------------------------------------------------- keys
def text_key(text: str) -> str:
    """Matching key of a unit text: normalised form with all white space removed.

    White space is dropped because splitters differ in whether a space survives
    before a danda or after a closing quote ("रही ।’’" vs "रही।’’").

    >>> text_key("रही ।’’") == text_key("रही।’’")
    True
    """
    return re.sub(r"\s+", "", norm(str(text)))


def natural_key(name: str) -> list:
    """Sort key that reads the digits in a name as a number: ref3 < ref30 < ref100, coder-vs-ref91 < coder-vs-ref100.

    >>> sorted(["ref100", "ref3", "ref30"], key=natural_key)
    ['ref3', 'ref30', 'ref100']
    """
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


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
    """'military|diplomacy' -> ['military', 'diplomacy']; '' or missing -> [].

    >>> split_frames("military|diplomacy"), split_frames(""), split_frames(float("nan"))
    (['military', 'diplomacy'], [], [])
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return [f for f in str(value).split("|") if f]


# -------------------------------------------------------------------------- input
def load_reference(path: str | Path, frames: list[str], targets: list[str]) -> pd.DataFrame:
    """Read and check annotations/reference.csv; every problem names the file and row.

    Values are checked against the codebook because a typo ("favour", "militray")
    would otherwise become a category of its own and lower alpha without a trace.
    Values are checked row by row (not with the spec's value sets) so that each
    message gives the line a person has to correct.
    """
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: reference file not found")
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    text_col = next((c for c in TEXT_COLUMNS if c in df.columns), "text (or text_sha1)")
    validate(df, REFERENCE.with_columns([text_col, *(f"stance_{t}" for t in targets)]), where=str(path))
    problems = row_problems(df, frames, targets, hashed=text_col == "text_sha1")
    dup = df.duplicated(["doc_id", "unit_id", "coder"], keep=False)
    if dup.any():
        first = int(np.flatnonzero(dup.to_numpy())[0]) + 2
        problems.append(f"line {first}: doc_id/unit_id/coder repeated")
    if problems:
        raise UserError(f"{path}: {problems_message(problems)}")
    df["unit_id"] = df["unit_id"].astype(int)
    return df


def row_problems(
    df: pd.DataFrame,
    frames: list[str],
    targets: list[str],
    hashed: bool,
    lines: list[int] | None = None,
    word: str = "line",
) -> list[str]:
    """One message per bad value, with the CSV line it is on (line 1 is the header).

    A coding sheet passes its own row numbers (`lines`, `word` "row"): its uncoded rows
    were dropped, so the position in `df` is not the row the coder sees.
    """
    problems: list[str] = []
    numbers = lines if lines is not None else range(2, len(df) + 2)
    for i, row in zip(numbers, df.itertuples(index=False)):
        r = row._asdict()
        if not r["unit_id"].strip().isdigit():
            problems.append(f"{word} {i}: unit_id {r['unit_id']!r} is not a positive integer")
        if not r["coder"].strip():
            problems.append(f"{word} {i}: empty coder")
        if hashed and not _SHA1.fullmatch(r["text_sha1"]):
            problems.append(f"{word} {i}: text_sha1 {r['text_sha1']!r} is not 40 lower-case hex digits")
        unknown = [f for f in split_frames(r["frames"]) if f not in frames]
        if unknown:
            problems.append(f"{word} {i}: unknown frame(s) {unknown} (codebook: {frames})")
        for t in targets:
            if r[f"stance_{t}"] not in STANCE_VALUES:
                problems.append(f"{word} {i}: stance_{t}={r[f'stance_{t}']!r} not in {STANCE_VALUES}")
        if r["voice"] not in VOICE_VALUES:
            problems.append(f"{word} {i}: voice={r['voice']!r} not in {VOICE_VALUES}")
        elif (r["voice"] == "outlet") != (r["speaker"] == ""):
            problems.append(f"{word} {i}: speaker must be empty exactly when voice is 'outlet'")
        elif r["voice"] == "outlet" and r.get("speaker_side", ""):
            problems.append(f"{word} {i}: speaker_side must be empty when voice is 'outlet'")
    return problems


def problems_message(problems: list[str], shown: int = 10) -> str:
    """The first `shown` problems of a file, and how many there are when there are more.

    >>> problems_message(["line 2: a", "line 3: b"], shown=1)
    'line 2: a; ... (2 problems)'
    """
    more = f"; ... ({len(problems)} problems)" if len(problems) > shown else ""
    return "; ".join(problems[:shown]) + more


def unmatched(reference: pd.DataFrame, coded: pd.DataFrame) -> pd.DataFrame:
    """Reference rows whose document has no unit with their text in `coded` (doc_id, text).

    These are `reference_only` in the alignment and drop out of every agreement figure. A
    researcher who corrects an article after the sheet was drawn (a typo in a coded unit)
    or drops a document loses those rows silently: the paper said "35 units were coded by
    hand" above figures over 34. Listing them lets the paper say which and why.

    Where `coded` has `unit_id` too, each row is first compared with the unit of its own id
    (`_own_units`); only a row that unit does not match is compared with every unit of its
    document. Same rows, but the COVID paper normalised and hashed 19k units (~0.3 s of its
    kernel, issue #15) where ~2k are asked.

    >>> ref = pd.DataFrame({"doc_id": ["a", "a", "b"], "unit_id": ["1", "2", "1"], "text": ["x ।", "y", "z"]})
    >>> unmatched(ref, pd.DataFrame({"doc_id": ["a", "a"], "text": ["x।", "y y"]}))[["doc_id", "unit_id"]].values.tolist()
    [['a', '2'], ['b', '1']]
    >>> coded = pd.DataFrame({"doc_id": ["a", "a"], "unit_id": [2, 1], "text": ["x।", "y y"]})
    >>> unmatched(ref, coded)[["doc_id", "unit_id"]].values.tolist()
    [['a', '2'], ['b', '1']]
    """
    hashed = _ref_text_column(reference) == "text_sha1"
    key = text_sha1 if hashed else text_key
    given = list(reference["text_sha1"] if hashed else reference["text"].map(text_key))
    docs = list(reference["doc_id"])
    found = _own_units(reference, coded, key, given) if "unit_id" in coded.columns else [False] * len(given)
    rest = {d for d, f in zip(docs, found, strict=True) if not f}
    keys = {(d, key(t)) for d, t in zip(coded["doc_id"], coded["text"]) if d in rest}
    lost = [not f and (d, k) not in keys for d, k, f in zip(docs, given, found, strict=True)]
    return reference[lost]


def _own_units(reference: pd.DataFrame, coded: pd.DataFrame, key: Callable[[str], str], given: list) -> list[bool]:
    """Per reference row: whether the coded unit of its own doc_id and unit_id has its key (`given`)."""
    texts = dict(zip(zip(coded["doc_id"], coded["unit_id"]), coded["text"]))
    keys: dict[tuple, str | None] = {}
    found = []
    for d, u, k in zip(reference["doc_id"], reference["unit_id"], given, strict=True):
        unit = (d, int(u)) if str(u).strip().isdigit() else None
        if unit not in keys:
            keys[unit] = key(texts[unit]) if unit in texts else None
        found.append(keys[unit] is not None and keys[unit] == k)
    return found


# ---------------------------------------------------------------------- alignment
def text_cells(column: pd.Series) -> list | None:
    """An Arrow-backed text column's cells in one conversion, as iterating it gives them (missing
    ones as its NA); None for any other column, which the caller iterates as before.

    Why: iterating an Arrow-backed column boxes each cell as an Arrow scalar first, a Python call
    per cell; the alignment reads a dozen text columns of every unit of the hand-coded documents
    (COVID: ~18k units), and the validate job waited on it (issue #15).

    >>> text_cells(pd.Series(["a", None], dtype="string[pyarrow]")), text_cells(pd.Series([1, 2]))
    (['a', <NA>], None)
    """
    dtype = column.dtype
    if not (isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"):
        return None
    import pyarrow as pa

    na = dtype.na_value
    return [na if v is None else v for v in pa.array(column.array).to_pylist()]


def _with_keys(df: pd.DataFrame, by: list[str], hashed: bool = False) -> pd.DataFrame:
    """Add the matching `key` (text key, or its SHA-1 when `hashed`) and its occurrence number."""
    out = df.assign(unit_id=df["unit_id"].astype(int))
    if "text" in out.columns:
        texts = text_cells(out["text"])
        out["key"] = [text_sha1(t) if hashed else text_key(t) for t in (out["text"] if texts is None else texts)]
    else:  # a hashed reference: its key is given
        out["key"] = out["text_sha1"]
    out = out.sort_values(by + ["unit_id"], kind="stable")
    out["occ"] = out.groupby(by + ["key"], sort=False).cumcount()
    return out.reset_index(drop=True)


def align(reference: pd.DataFrame, coded: pd.DataFrame, copies: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Pair each reference row with the coder's unit of the same document and text.

    Returns one row per reference row (status `matched` or `reference_only`) plus one
    row per coded unit of a referenced document that no reference coder matched
    (`coded_only`), so nothing of a hand-coded document is dropped. Documents nobody
    coded by hand are left out: in a large corpus they would be every unit of it, and
    they say nothing about agreement. Reference values are in `ref_<variable>`, the coder's in `auto_<variable>`.
    When a text occurs more than once in a document, units with the same unit_id are
    paired first and the rest in reading order: the unit_id decides only between
    units whose texts are equal. A reference with `text_sha1` instead of `text` is
    matched on the hash of the coded unit's text key; its output `text` is the coded
    unit's text, or "(text_sha1 <hash>)" when no unit matched.

    `copies` (doc_id of a document set aside as a copy -> the copy kept, `copies.kept_copies`):
    a row on a set-aside copy is paired with the kept copy's unit of the same text (its
    `doc_id` stays the reference's, its `unit_id` is the kept copy's), or stays
    `reference_only` when the kept copy has no such unit; `note` says which (see `_follow_copies`).
    """
    text_col = _ref_text_column(reference)
    validate(reference, REFERENCE.with_columns([text_col]), where="reference")
    stances = stance_columns(reference)
    validate(coded, ALIGN_CODED_UNITS.with_columns(stances), where="coded units")
    variables = ["frames", *stances, "voice", "speaker"]
    referenced = set(reference["doc_id"])
    copies = {d: k for d, k in (copies or {}).items() if d in referenced}
    coded = coded[coded["doc_id"].isin(referenced | set(copies.values()))]
    ref = _with_keys(reference, ["coder", "doc_id"])
    cod = _with_keys(coded, ["doc_id"], hashed=text_col == "text_sha1")
    ref = _follow_copies(ref, cod, copies)
    # paired in the document whose unit they take; a kept copy's own rows first, the rows that follow a copy after
    pairing = ref.assign(doc_id=ref["unit_doc"], _copy=ref["unit_doc"].ne(ref["doc_id"]))
    pos = _pair(pairing.sort_values("_copy", kind="stable"), cod).reindex(ref.index)
    ref = ref.assign(_pos=pos, note=_paired_notes(ref, pos)).sort_values(["coder", "doc_id", "key"], kind="stable")
    wanted = ["doc_id", "unit_id", "text", "key", *variables, "speaker_side", "cues"]
    # one pass per column, not a lookup per cell; text in one conversion (`text_cells`)
    cells = {c: _or_list(text_cells(cod[c]), cod[c].array) for c in wanted if c in cod.columns}
    rows = pd.DataFrame([_reference_row(r, cells, variables) for r in ref.to_dict("records")])
    used = set(pos.dropna().astype(int))
    unpaired = _coded_only_rows(cells, [p for p in range(len(cod)) if p not in used], variables)
    out = (
        pd.concat([rows, unpaired], ignore_index=True)
        if len(rows) and len(unpaired)
        else (unpaired if len(unpaired) else rows)
    )
    if out.empty:
        return out
    out["ref_unit_id"] = out["ref_unit_id"].astype("Int64")
    out["unit_id"] = out["unit_id"].astype("Int64")
    out["_ord"] = out["ref_unit_id"].fillna(out["unit_id"])
    out = out.sort_values(["doc_id", "coder", "_ord", "status"], kind="stable").drop(columns="_ord")
    return out.reset_index(drop=True)


FOLLOWED = "on a copy set aside as duplicate of {kept}: paired with {kept}'s unit of the same text"
NOT_IN_KEPT = "on a copy set aside as duplicate of {kept}, which has no unit with this text (the copies differ there)"
TAKEN_IN_KEPT = (
    "on a copy set aside as duplicate of {kept}, whose units of this text are paired with this coder's rows on {kept}"
)


def _follow_copies(ref: pd.DataFrame, cod: pd.DataFrame, copies: Mapping[str, str]) -> pd.DataFrame:
    """The keyed reference rows with `unit_doc` (the document to pair in) and `note` (why, on a copy).

    Why: a document set aside as a copy has no units, but the hand coder coded its text and the
    kept copy carries it; its rows are paired with the kept copy's unit of the same key (text
    key or hash), and a row whose text the kept copy lacks (copies that differ by a character)
    stays unmatched with the reason, never silently.
    """
    ref = ref.assign(unit_doc=ref["doc_id"], note="")
    on_copy = ref["doc_id"].isin(copies).to_numpy(bool)
    if not on_copy.any():
        return ref
    there = set(zip(cod["doc_id"].tolist(), cod["key"].tolist()))  # one conversion, not a call per cell
    kept = ref.loc[on_copy, "doc_id"].map(copies)
    found = np.array([(k, key) in there for k, key in zip(kept.tolist(), ref.loc[on_copy, "key"].tolist())], bool)
    rows = ref.index[on_copy]
    ref.loc[rows[found], "unit_doc"] = kept[found]
    ref.loc[rows, "note"] = [(FOLLOWED if f else NOT_IN_KEPT).format(kept=k) for f, k in zip(found, kept)]
    return ref


def _paired_notes(ref: pd.DataFrame, pos: pd.Series) -> pd.Series:
    """`note` once paired: a followed row left without a unit lost it to the coder's own rows on the kept copy."""
    lost = ref["unit_doc"].ne(ref["doc_id"]) & pos.isna()
    if not lost.any():
        return ref["note"]
    return ref["note"].where(~lost, ref["unit_doc"].map(lambda k: TAKEN_IN_KEPT.format(kept=k)))


def copy_counts(aligned: pd.DataFrame) -> str:
    """One line for the log: how many reference rows sat on set-aside copies, followed or not ("" when none)."""
    notes = aligned["note"] if "note" in aligned.columns else pd.Series([], dtype=str)
    rows = notes.str.startswith("on a copy")
    on_copy = int(rows.sum())
    if not on_copy:
        return ""
    followed = int((aligned["status"].eq(MATCHED) & rows).sum())
    return (
        f"{on_copy} reference row(s) on documents set aside as copies: {followed} paired with the kept copy's unit "
        f"of the same text, {on_copy - followed} unmatched (reason in alignment.csv's note)"
    )


def _or_list(cells: list | None, values: object) -> list:
    """`cells` when given, else the values as a list (`text_cells` is None for other columns)."""
    return list(values) if cells is None else cells


def _pair(ref: pd.DataFrame, cod: pd.DataFrame) -> pd.Series:
    """Row position in `cod` of each reference row's unit (NA when none), by two joins.

    Within one coder's rows of one document and key, a unit with the same unit_id is
    taken first; the remaining rows and units are then paired in reading order (their
    rank among the unpaired). Each coder is paired independently of the others.
    """
    group = ["coder", "doc_id", "key"]
    units = cod[["doc_id", "key", "unit_id"]].assign(_pos=np.arange(len(cod)))
    rows = ref[[*group, "unit_id"]].assign(_row=np.arange(len(ref)))
    same_id = rows.merge(units, on=["doc_id", "key", "unit_id"]).sort_values(["_row", "_pos"])
    same_id = same_id.drop_duplicates("_row").drop_duplicates(["coder", "_pos"])
    rest = rows[~rows["_row"].isin(same_id["_row"])]
    free = rows[group].drop_duplicates().merge(units, on=["doc_id", "key"])
    free = free.merge(same_id[["coder", "_pos"]], how="left", indicator=True)
    free = free[free["_merge"] == "left_only"].sort_values([*group, "_pos"])
    rest = rest.assign(_rank=rest.groupby(group, sort=False).cumcount())
    free = free.assign(_rank=free.groupby(group, sort=False).cumcount())
    by_rank = rest.merge(free[[*group, "_rank", "_pos"]], on=[*group, "_rank"], how="left")
    pos = pd.concat([same_id[["_row", "_pos"]], by_rank[["_row", "_pos"]]]).set_index("_row")["_pos"]
    return pos.reindex(np.arange(len(ref))).astype("Int64").set_axis(ref.index)


Cells = dict[str, list]  # the coded units column by column (values as a cell lookup returns them)


def _reference_row(r: dict, cod: Cells, variables: list[str]) -> dict:
    """One reference row of the alignment: its codes beside those of its unit (if any)."""
    p = None if pd.isna(r["_pos"]) else int(r["_pos"])
    return {
        "doc_id": r["doc_id"],
        "coder": r["coder"],
        "ref_unit_id": r["unit_id"],
        "unit_id": int(cod["unit_id"][p]) if p is not None else pd.NA,
        "text": _ref_text(r, cod, p),
        "key": r["key"],
        "ref_key": f"{r['key']}#{r['occ']}",
        "status": MATCHED if p is not None else REFERENCE_ONLY,
        **_codes(variables, {v: r[v] for v in variables}, cod, p),
        "ref_side_given": r.get("speaker_side", ""),  # a reference may code sides itself
        "note": r["note"],
    }


def _coded_only_rows(cod: Cells, positions: list[int], variables: list[str]) -> pd.DataFrame:
    """The units no reference coder matched, with the coder's codes only: the rows `_reference_row`
    would give them with empty reference cells, in its column order (no `ref_side_given`).

    Why by column: on a corpus whose hand-coded documents have thousands of units nobody coded
    (covid5), a dict per unit then a frame of dicts was half the validate job's alignment (issue #15).
    """
    n = len(positions)
    if not n:
        return pd.DataFrame()
    empty = [""] * n
    columns = {
        "doc_id": _taken(cod["doc_id"], positions),
        "coder": empty,
        "ref_unit_id": [pd.NA] * n,
        "unit_id": [int(u) for u in _taken(cod["unit_id"], positions)],
        "text": _taken(cod["text"], positions),
        "key": _taken(cod["key"], positions),
        "ref_key": empty,
        "status": [CODED_ONLY] * n,
    }
    for v in variables:
        columns[f"ref_{v}"] = empty
        columns[f"auto_{v}"] = _cells(cod, positions, v)
    columns["auto_speaker_side"] = _cells(cod, positions, "speaker_side")
    columns["cues"] = _cells(cod, positions, "cues")
    columns["note"] = empty
    return pd.DataFrame(columns)


def _taken(values: list, positions: list[int]) -> list:
    """The values at `positions`, in their order."""
    return [values[p] for p in positions]


def _cells(cod: Cells, positions: list[int], column: str) -> list[str]:
    """`_cell` of each position: text, "" for no such column or a missing value."""
    if column not in cod:
        return [""] * len(positions)
    return [
        "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in _taken(cod[column], positions)
    ]


def _codes(variables: list[str], ref_values: dict, cod: Cells, p: int | None) -> dict:
    """`ref_<v>` and `auto_<v>` per variable, then the coder's speaker side and cues."""
    out = {}
    for v in variables:
        out[f"ref_{v}"] = ref_values[v]
        out[f"auto_{v}"] = _cell(cod, p, v)
    out["auto_speaker_side"] = _cell(cod, p, "speaker_side")
    out["cues"] = _cell(cod, p, "cues")
    return out


def _ref_text(r: dict, cod: Cells, pos: int | None) -> str:
    """A reference row's text; for a hashed row the matched unit's text (or its hash)."""
    if "text" in r:
        return r["text"]
    return _cell(cod, pos, "text") if pos is not None else f"(text_sha1 {r['text_sha1']})"


def _cell(cod: Cells, pos: int | None, column: str) -> str:
    """A coded unit's value as text ("" for no unit, no such column, or a missing value)."""
    if pos is None or column not in cod:
        return ""
    value = cod[column][pos]
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value)
