"""Hand-coding sheets: a stratified, seeded sample of units for people to code.

A corpus with no reference coding cannot say how far its machine coding is to be
trusted. The first step is a sample that covers every outlet and role (so agreement is
not measured on headlines of one paper only), drawn with the study's seed (so anyone can
draw the same units), laid out with exactly the columns the reliability stage reads, and
a guide generated from the codebook, so the sheet and the coder cannot drift apart from
the design. A filled-in sheet *is* a reference file (`annotations/*.csv` format).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.codebook import Codebook
from analysis.errors import UserError
from analysis.reference import problems_message, row_problems
from analysis.tables import TableSpec, restore_formulas, validate
from analysis.vocab import STANCE_HELP, STANCE_VALUES, VOICE_HELP, VOICE_VALUES

INFO_COLUMNS = ("doc_id", "unit_id", "outlet", "role", "text")
SHEET_TAB = "units"  # the workbook tab the coder fills (the other, "values", holds the drop-down lists)
SHEET_TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_CORE_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def code_columns(codebook: Codebook) -> list[str]:
    """The columns a coder fills, in the order the reliability stage reads them."""
    return ["coder", "frames", *codebook.stance_columns(), "voice", "speaker"]


def sample_units(units: pd.DataFrame, outlets: pd.Series, per_stratum: int, seed: int) -> pd.DataFrame:
    """Up to `per_stratum` units from every (outlet, role) stratum, drawn with `seed`.

    `outlets` maps doc_id → outlet label. Each stratum draws from its own generator,
    seeded by `seed` and the stratum's name, so adding an outlet or a document of another
    outlet leaves every other stratum's draw unchanged. The sample comes back in reading order (doc_id, unit_id).

    >>> u = pd.DataFrame({"doc_id": list("aabbb"), "unit_id": [1, 2, 1, 2, 3],
    ...                   "role": ["headline", "body", "headline", "body", "body"], "text": list("vwxyz")})
    >>> s = sample_units(u, pd.Series({"a": "X", "b": "Y"}), 1, seed=7)
    >>> s[["outlet", "role"]].value_counts().tolist()
    [1, 1, 1, 1]
    """
    df = units.sort_values(["doc_id", "unit_id"], kind="stable").reset_index(drop=True)
    df["outlet"] = df["doc_id"].map(outlets).fillna("").astype(str)
    picked = []
    for (outlet, role), index in sorted(df.groupby(["outlet", "role"], sort=True).groups.items()):
        idx = np.sort(np.asarray(index))
        rng = np.random.default_rng([seed, zlib.crc32(f"{outlet}\x1f{role}".encode())])
        picked.append(rng.choice(idx, size=min(per_stratum, len(idx)), replace=False))
    rows = np.sort(np.concatenate(picked)) if picked else np.array([], dtype=int)
    out = df.iloc[rows]
    return out[list(INFO_COLUMNS)].reset_index(drop=True)


def blank_sheet(sample: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The sample with one empty column per coded variable."""
    sheet = sample[list(INFO_COLUMNS)].copy()
    for col in code_columns(codebook):
        sheet[col] = ""
    return sheet


def allowed_values(codebook: Codebook) -> dict[str, list[str]]:
    """Per coded column, the values a coder may enter ("" = leave empty)."""
    allowed = {c: list(STANCE_VALUES) for c in codebook.stance_columns()}
    allowed["voice"] = list(VOICE_VALUES)
    allowed["speaker"] = sorted(codebook.actors)
    allowed["frames"] = codebook.frame_ids
    return allowed


def write_xlsx(sheet: pd.DataFrame, path: str | Path, codebook: Codebook) -> None:
    """The sheet as an Excel workbook: drop-down lists for closed columns, a values tab.

    Every cell is written as a string, so corpus text that starts with "=" stays text and
    never becomes a live formula; the file's bytes carry no clock (fixed zip and
    document dates), so the same sample gives the same file.
    """
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "units"
    ws.append(list(sheet.columns))
    for row in sheet.astype(str).itertuples(index=False):
        ws.append(list(row))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.data_type = "s"
    allowed = allowed_values(codebook)
    values = wb.create_sheet("values")
    for j, (col, vals) in enumerate(allowed.items(), start=1):
        values.cell(1, j, col)
        for i, v in enumerate(vals, start=2):
            values.cell(i, j, v)
        if col == "frames":
            continue  # several frames per unit: free text, checked when read back
        letter = values.cell(1, j).column_letter
        dv = DataValidation(type="list", formula1=f"=values!${letter}$2:${letter}${len(vals) + 1}", allow_blank=True)
        ws.add_data_validation(dv)
        target = ws.cell(1, list(sheet.columns).index(col) + 1).column_letter
        dv.add(f"{target}2:{target}{max(len(sheet) + 1, 2)}")
    ws.freeze_panes = "F2"
    ws.column_dimensions["E"].width = 80
    buf = io.BytesIO()
    wb.save(buf)
    Path(path).write_bytes(_stable_zip(buf.getvalue()))


def _stable_zip(data: bytes) -> bytes:
    """Rewrite a zip (xlsx) with fixed entry times and document dates: same data, same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(rb"\g<1>2000-01-01T00:00:00Z\g<3>", body)
            dst.writestr(
                zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME), body, compress_type=zipfile.ZIP_DEFLATED
            )
    return out.getvalue()


def read_sheet(path: str | Path) -> pd.DataFrame:
    """A filled-in sheet (CSV or XLSX) as a reference table: rows nobody coded are dropped.

    A row counts as coded once its `voice` is filled (every unit has a voice; frames and
    speaker may rightly be empty), so a half-finished sheet can be read at any time.
    """
    return _coded_rows(path)[0]


def _coded_rows(path: str | Path) -> tuple[pd.DataFrame, list[int]]:
    """The coded rows of a sheet and each one's row number in the file (1 is the header)."""
    path = Path(path)
    df = _sheet_table(path) if path.suffix.lower() == ".xlsx" else _sheet_text(path)
    df = restore_formulas(df.apply(lambda s: s.str.strip()))
    coded = df.get("voice", pd.Series("", index=df.index)) != ""
    return df[coded].reset_index(drop=True), [int(i) + 2 for i in df.index[coded]]


def _sheet_table(path: Path) -> pd.DataFrame:
    """The `units` tab of a workbook; a file that is no workbook or lacks the tab is named.

    Both were tracebacks (a renamed tab, an .xls or a damaged file saved as .xlsx).
    """
    try:
        book = pd.ExcelFile(path, engine="openpyxl")
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:
        raise UserError(f"{path}: not an Excel workbook ({exc}); save the coding sheet as .xlsx again") from None
    if SHEET_TAB not in book.sheet_names:
        tabs = ", ".join(map(str, book.sheet_names))
        raise UserError(
            f"{path}: no tab named {SHEET_TAB!r} (tabs: {tabs}); rename the coded tab back to {SHEET_TAB!r}"
        )
    return pd.read_excel(book, sheet_name=SHEET_TAB, dtype=str, keep_default_na=False)


def _sheet_text(path: Path) -> pd.DataFrame:
    """A sheet saved as text, in any encoding and separator a spreadsheet writes.

    Excel writes "CSV" in cp1252, "Unicode text" in UTF-16 with tabs, and `;` in European
    locales: a codec traceback or "missing columns [every column]" before.
    """
    from analysis.decode import detect_text

    if path.suffix.lower() not in SHEET_TEXT_SUFFIXES:
        raise UserError(f"{path}: format {path.suffix or '(none)'} is not read; save the coding sheet as .xlsx or .csv")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        found = detect_text(data, path.name)
        if found.text is None:
            raise UserError(f"{path}: cannot read the sheet ({found.detail}); save it as .xlsx or CSV UTF-8") from None
        text = found.text
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    sep = max(",;\t|", key=lambda c: len({h.strip().strip('"') for h in header.split(c)} & {"doc_id", "voice"}))
    try:
        return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, ValueError) as exc:
        raise UserError(f"{path}: cannot read the sheet ({exc}); save it as .xlsx or CSV UTF-8") from None


def _check_codes(df: pd.DataFrame, rows: list[int], path: str | Path, codebook: Codebook) -> None:
    """Refuse a sheet with a value the codebook does not have, naming the sheet and its rows.

    The check used to run only on the merged reference file the workflow writes, so the
    message named `results/<name>/validation/reference_from_sheets.csv` and its line, not
    the sheet and row the coder has to correct (with two sheets, not even the same row).
    """
    hashed = "text_sha1" in df.columns and "text" not in df.columns
    problems = row_problems(df, codebook.frame_ids, [t.id for t in codebook.targets], hashed, rows, "row")
    problems += [  # the drop-down offers the codebook's ids only; a typed name would be a speaker of its own
        f"row {i}: speaker {who!r} is not an id of the codebook"
        for i, who in zip(rows, df["speaker"])
        if who and who not in codebook.actors
    ]
    if problems:
        raise UserError(
            f"{path}: {problems_message(problems)}; allowed values are in the sheet's 'values' tab and coding_guide.md"
        )


def coder_guide(codebook: Codebook, lang: str = "en", speakers: Iterable[str] | None = None) -> str:
    """A short Markdown guide for human coders, generated from the codebook.

    `speakers`: the speaker ids the automated coder gave this corpus's units; the speaker
    section then lists those people and bodies, not the whole gazetteer (`speaker_section`).
    """
    out = [
        f"# Coding guide: {codebook.name} (codebook {codebook.version})",
        "",
        "Code each row of the sheet from the unit's own words (read its article for context).",
        "Write your initials in `coder`. Leave a column empty only where this guide says so.",
        "",
        "## frames (several allowed, joined with `|`, empty when none)",
        "",
    ]
    for f in codebook.frames:
        out.append(f"- `{f.id}` ({f.label.get(lang, f.label.get('en', f.id))}): {' '.join(f.definition.split())}")
        out += [f"  - {' '.join(r.split())}" for r in f.rules]
    for t in codebook.targets:
        out += [
            "",
            f"## stance_{t.id}: {t.label.get(lang, t.label.get('en', t.id))}",
            "",
            " ".join(t.definition.split()),
            "",
        ]
        out += [f"- `{v}`: {STANCE_HELP[v]}" for v in STANCE_VALUES]
        out += [f"- rule: {' '.join(r.split())}" for r in t.rules]
    out += ["", "## voice (exactly one)", ""] + [f"- `{v}`: {VOICE_HELP[v]}" for v in VOICE_VALUES]
    out += ["", "## speaker (empty exactly when voice is `outlet`)", "", *speaker_section(codebook, speakers)]
    return "\n".join(out) + "\n"


def role_speakers(codebook: Codebook) -> list[str]:
    """Ids that stand for a speaker by kind, not by person: states, their unnamed officials, reports.

    They are the ids without names of their own (no alias), the state and official ids the
    places point to and the ids a role noun resolves to (`speaker_roles.groups`): what a coder
    picks for a district magistrate, a resident or a report the gazetteer cannot list by name.
    """
    unnamed = {a["id"] for a in codebook.raw.get("actors", []) if not any(a.get("aliases", {}).values())}
    of_places = {x for p in codebook.places.values() for x in (p.actor, p.official)}
    of_roles = {g.default for g in codebook.roles.values()}
    return sorted((unnamed | of_places | of_roles) & set(codebook.actors))


def speaker_section(codebook: Codebook, speakers: Iterable[str] | None = None) -> list[str]:
    """The guide's speaker section: the sides, the ids by kind, and the people heard in this corpus.

    Listing every actor of the gazetteer gave a research assistant coding a monsoon corpus
    some 500 ids, most of them the seed study's ministers and envoys; listing the people the
    corpus's text names still gave everyone mentioned (a minister the story is about, never
    quoted). The people listed are those the automated coder found speaking (`speakers`, the
    coded units' ids), the ids by kind cover the rest; the whole list stays in the sheet's
    `values` tab (a drop-down).
    """
    actors = codebook.actors

    def line(i: str) -> str:
        return f"- `{i}`: {actors[i].label} ({actors[i].side})"

    out = [
        "The id of who speaks; a pronoun takes the person it refers to. Each id belongs to one side: "
        + ", ".join(f"`{s}`" for s in codebook.sides)
        + ".",
    ]
    if speakers is None:
        return [*out, "", *map(line, sorted(actors))]
    by_kind = role_speakers(codebook)
    heard = sorted({s for s in speakers if isinstance(s, str) and s in actors} - set(by_kind))
    out += [
        "",
        "Speakers by kind (a state, its unnamed official, an unnamed report or person):",
        "",
        *map(line, by_kind),
    ]
    out += ["", "People and bodies of the codebook that the automated coder found speaking in this corpus:", ""]
    out += list(map(line, heard)) or ["- none"]
    rest = len(actors) - len(by_kind) - len(heard)
    return [*out, "", f"The codebook's {rest} other ids are in the drop-down of the sheet's `values` tab."]


SIDE_COLUMN = "speaker_side"  # optional in a reference: the side a coder gave (analysis.reliability.with_speaker_sides)


def sheets_to_reference(
    sheets: list[str | Path], codebook: Codebook, references: list[str | Path] = ()
) -> pd.DataFrame:
    """Reference files (coding rounds) and filled coding sheets as one reference table.

    The reliability stage reads one reference file; a researcher's coders each fill a
    sheet, and a study may add coding rounds as separate files. Only coded rows of a sheet
    are kept (see `read_sheet`); the sheet-only columns (outlet, role) are dropped. All
    parts must identify units the same way (`text`, or `text_sha1` for text that may not
    be redistributed): a mix could not be aligned, so it is refused naming the files.
    """
    parts = [pd.read_csv(r, dtype=str, keep_default_na=False, encoding="utf-8") for r in references]
    key = _identifying_column(parts, references)
    columns = ["doc_id", "unit_id", key, *code_columns(codebook)]
    for path in sheets:
        if not Path(path).is_file():
            raise UserError(f"validation.sheets: {path} does not exist (fill in the coding sheet and save it there)")
        df, rows = _coded_rows(path)
        validate(df, TableSpec(str(path), tuple(columns)), fix="start from the coding sheet the workflow wrote")
        _check_codes(df, rows, path, codebook)
        parts.append(df[columns])
    if not parts:
        return pd.DataFrame(columns=columns)
    for path, part in zip(references, parts):
        validate(part, TableSpec(str(path), tuple(columns)), fix="give every reference file the same columns")
    if any(SIDE_COLUMN in part.columns for part in parts):  # a round that codes sides itself keeps them
        columns.append(SIDE_COLUMN)
        parts = [part if SIDE_COLUMN in part.columns else part.assign(**{SIDE_COLUMN: ""}) for part in parts]
    return pd.concat(parts, ignore_index=True)[columns]


def _identifying_column(parts: list[pd.DataFrame], paths: list) -> str:
    """`text` (the default, and what sheets carry) or `text_sha1`, the same for every reference."""
    keys = {str(p): ("text" if "text" in df.columns else "text_sha1") for p, df in zip(paths, parts)}
    if len(set(keys.values())) > 1:
        listing = ", ".join(f"{p} ({k})" for p, k in keys.items())
        raise UserError(f"validation.reference: the files identify units differently: {listing}; use one way")
    return next(iter(keys.values()), "text")
