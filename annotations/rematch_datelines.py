"""Re-match the hand references after datelines joined their sentences (issue #12, item 4).

The splitter now joins a dateline-only sentence ("मॉस्को।", "नई दिल्ली, 5 मई (भाषा)।") to
the sentence it opens (`analysis.segment.join_dateline`). Units change their text and
their number, so the references, aligned by normalised text (or its SHA-1), must follow.
This script does it mechanically, without reading or changing any code a person gave:

* the units of the corpus stage *before* the change (a units.parquet) are re-segmented
  the way the splitter now does it (`join_dateline`'s rule: the first unit of the first
  body paragraph, when it is only a dateline, joins the next unit of that paragraph);
* a reference row of the joined sentence gets the joined unit's text (or text_sha1) and
  unit_id, and keeps its codes (a dateline carries no frame, stance or speaker);
* a reference row of the dateline alone is dropped when its sentence has a row of the
  same coder (that row now stands for the joined unit); when it has none, the row is
  dropped and reported: the joined unit's codes are the sentence's, which nobody coded;
* every other row of a document with a join gets its new unit_id (one less after it).

Run: python annotations/rematch_datelines.py UNITS.parquet annotations/reference.csv
(add --write to rewrite the file; without it the changes are only printed, by doc and
unit number, never with text).
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from analysis.reference import text_key, text_sha1
from analysis.segment import dateline_end


def joins(units: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """doc_id → (unit_id of the dateline-only unit, unit_id of the sentence it joins)."""
    out: dict[str, tuple[int, int]] = {}
    body = units[units["role"] == "body"].sort_values(["doc_id", "unit_id"], kind="mergesort")
    for doc, g in body.groupby("doc_id", sort=True):
        first = g[g["para"] == g["para"].min()]
        if len(first) < 2 or int(first["para"].iloc[0]) != 1:
            continue
        text = str(first["text"].iloc[0])
        if dateline_end(text) == len(text):
            out[str(doc)] = (int(first["unit_id"].iloc[0]), int(first["unit_id"].iloc[1]))
    return out


def rematch(ref: pd.DataFrame, units: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The reference with rows moved onto the joined units, and a log line per change."""
    joined = joins(units)
    text_of = {(str(d), int(u)): str(t) for d, u, t in zip(units["doc_id"], units["unit_id"], units["text"])}
    hashed = "text_sha1" in ref.columns
    rows, log = [], []
    for r in ref.to_dict("records"):
        doc, uid = str(r["doc_id"]), int(r["unit_id"])
        if doc not in joined:
            rows.append(r)
            continue
        date_id, sent_id = joined[doc]
        if uid == date_id:
            has_sentence = (
                (ref["doc_id"] == doc) & (ref["unit_id"].astype(int) == sent_id) & (ref["coder"] == r["coder"])
            ).any()
            why = "its sentence's row stands for the joined unit" if has_sentence else "sentence not coded: no codes"
            log.append(f"{doc} unit {uid} ({r['coder']}): dateline-only row dropped ({why})")
            continue
        r = dict(r)
        if uid == sent_id:
            new_text = text_of[(doc, date_id)] + " " + text_of[(doc, sent_id)]
            if hashed:
                r["text_sha1"] = text_sha1(new_text)
            else:
                r["text"] = new_text
            log.append(f"{doc} unit {uid} ({r['coder']}): now the joined unit {uid - 1} (dateline + sentence)")
        if uid > date_id:
            r["unit_id"] = uid - 1
            if uid != sent_id:
                log.append(f"{doc} unit {uid} ({r['coder']}): renumbered {uid - 1} (text unchanged)")
        rows.append(r)
    return pd.DataFrame(rows, columns=ref.columns), log


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("units", help="units.parquet of the corpus stage before the dateline change")
    ap.add_argument("reference", help="reference CSV to re-match")
    ap.add_argument("--write", action="store_true", help="rewrite the reference file")
    a = ap.parse_args(argv)
    units = pd.read_parquet(a.units)
    ref = pd.read_csv(a.reference, dtype=str, keep_default_na=False, encoding="utf-8")
    keys = {text_key(t) for t in units["text"]}
    if "text" in ref.columns and not all(text_key(t) in keys for t in ref["text"]):
        print("warning: some reference texts are not units of this table", file=sys.stderr)
    out, log = rematch(ref, units)
    print("\n".join(log) or "no reference row touches a joined dateline")
    print(f"{len(joins(units))} dateline(s) joined in the corpus; {len(log)} reference change(s)")
    if a.write:
        out.to_csv(a.reference, index=False, encoding="utf-8", lineterminator="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
