"""The intake: every file in the corpus folder and every manifest row, accounted for.

A researcher's folder holds articles and much else: a README, a licence, hidden files,
spreadsheets, links to files elsewhere. `survey` walks the folder once (names only,
nothing read) and sorts each path into a document to read or a `Notice` saying why it
is not read; `build_shard` adds a row per record it reads, and `intake_report` joins
both into results/corpus/intake.csv, one row per file found and per record, so "what
happened to my file X?" always has an answer.

Confinement: the walk never follows a symbolic link (to a file or a folder) and the
readers open files with O_NOFOLLOW, so nothing outside the corpus folder is read.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.errors import UserError
from analysis.survey import DOC_FILE, Notice, Survey, classify, has_link, survey  # noqa: F401 (re-exported)
from analysis.tables import ARTICLE_STATUSES, CORPUS_INTAKE, INTAKE_COLUMNS, INTAKE_ONLY_STATUSES, validate
from analysis.vocab import STATUS_OK


# ------------------------------------------------------------------ the README's list
def status_table() -> str:
    """Every status with its meaning, as the README shows it (`python -m analysis readme`
    writes it between the `statuses` markers; a test checks the README holds it).

    >>> status_table().splitlines()[:3]
    ['| status | meaning |', '|---|---|', '| `ok` | read, cleaned and segmented |']
    """
    rows = [f"| `{s}` | {m} |" for s, m in {**ARTICLE_STATUSES, **INTAKE_ONLY_STATUSES}.items()]
    n = len(INTAKE_ONLY_STATUSES)
    tail = f"\nThe last {n} appear only in `intake.csv`; the others are also the `status` of `articles.parquet`."
    return "\n".join(["| status | meaning |", "|---|---|", *rows]) + "\n" + tail


# ------------------------------------------------------------------ the report
def intake_frame(rows: list[dict]) -> pd.DataFrame:
    """Intake rows as a table with the spec's columns and types (bytes: nullable integer)."""
    df = pd.DataFrame(rows, columns=INTAKE_COLUMNS)
    for c in INTAKE_COLUMNS:
        if c == "bytes":
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
        else:
            df[c] = df[c].astype(object).fillna("").astype(str)
    return df


def notice_rows(notices: tuple[Notice, ...] | list[Notice]) -> list[dict]:
    """Intake rows for the paths that are not read."""
    return [
        {
            "path": n.path,
            "record": "",
            "doc_id": "",
            "status": n.status,
            "reason": n.reason,
            "bytes": n.nbytes,
            "format": Path(n.path).suffix.lower().lstrip("."),
            "encoding": "",
            "published_raw": "",
            "date_status": "",
        }
        for n in notices
    ]


def intake_report(shard_intakes: list[pd.DataFrame], notices: tuple[Notice, ...] | list[Notice]) -> pd.DataFrame:
    """results/corpus/intake.csv: the shards' rows (documents, records) and the notices, by path.

    Within a path rows keep reading order (a stable sort), so line 9 comes before line 10.
    """
    frames = [intake_frame(df.to_dict("records")) for df in shard_intakes]
    frames.append(intake_frame(notice_rows(notices)))
    df = pd.concat(frames, ignore_index=True)
    df = df.sort_values("path", kind="mergesort").reset_index(drop=True)
    return validate(df, CORPUS_INTAKE)


def intake_summary(intake: pd.DataFrame) -> str:
    """One line for the end of a run: rows, documents that can be coded, counts per status.

    >>> intake_summary(intake_frame([{"path": "a.txt", "status": "ok"}, {"path": "b", "status": "manifest"}]))
    'intake: 2 file(s)/record(s); 1 usable document(s); by status: manifest=1, ok=1'
    """
    counts = intake["status"].value_counts().sort_index()
    usable = int((intake["status"] == STATUS_OK).sum())
    by_status = ", ".join(f"{k}={v}" for k, v in counts.items()) or "nothing found"
    return f"intake: {len(intake)} file(s)/record(s); {usable} usable document(s); by status: {by_status}"


def require_usable(intake: pd.DataFrame, report_path: str = "results/corpus/intake.csv") -> None:
    """Raise a UserError with the summary when no document can be coded.

    >>> require_usable(intake_frame([{"path": "README.txt", "status": "skipped-name"}]))
    Traceback (most recent call last):
    analysis.errors.UserError: no usable document in the corpus (intake: 1 file(s)/record(s); 0 usable document(s); by status: skipped-name=1); every file and its reason: results/corpus/intake.csv
    """
    if not (intake["status"] == STATUS_OK).any():
        raise UserError(
            f"no usable document in the corpus ({intake_summary(intake)}); every file and its reason: {report_path}"
        )
