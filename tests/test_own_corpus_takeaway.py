"""What a researcher takes away from a build of their own corpus (second QA round).

Each test builds a small corpus of articles written here (invented news-like Hindi, never
taken from a corpus, seed or set) and checks one promise the README makes about it.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.codebook import load_codebook
from analysis.coding_sheet import blank_sheet, sample_units, sheets_to_reference, write_xlsx
from analysis.corpus import CorpusSpec, build_shard, corpus_intake, merge_shards, plan_entries
from analysis.dates import parse_date
from analysis.errors import UserError

REPO = Path(__file__).resolve().parents[1]

BODY = "नगर निगम ने शहर के सभी पार्कों में नए झूले लगाने का काम शुरू किया। महापौर ने कहा कि काम अगले महीने पूरा होगा।\n"


def _build(d: Path):
    spec = CorpusSpec.from_config({"name": "t", "input": str(d), "language": "hi"}, d.parent)
    parts = [build_shard(spec, plan_entries(spec))]
    return merge_shards(parts), corpus_intake(spec, parts)


def test_a_date_line_no_calendar_has_is_reported_unparsed_not_published(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.txt").write_text("प्रकाशित: 31 फरवरी 2023\nपार्कों में नए झूले\n\n" + BODY, encoding="utf-8")
    (d / "b.txt").write_text("Published: Feb 30, 2022\nपार्कों में नए झूले लगे\n\n" + BODY, encoding="utf-8")
    (d / "c.txt").write_text("प्रकाशित: 28 फरवरी 2023\nपार्क में सफाई\n\n" + BODY, encoding="utf-8")
    built, intake = _build(d)
    published = dict(zip(built.articles["doc_id"], built.articles["published"]))
    assert published == {"a": "", "b": "", "c": "2023-02-28"}
    rows = intake.set_index("doc_id")
    assert rows.loc["a", "status"] == "ok" and rows.loc["a", "date_status"] == "unparsed"
    assert rows.loc["a", "published_raw"] == "प्रकाशित: 31 फरवरी 2023"
    assert "31 फरवरी 2023" in rows.loc["a", "reason"] and "a.txt" in rows.loc["a", "reason"]
    assert rows.loc["b", "date_status"] == "unparsed" and rows.loc["c", "date_status"] == "ok"


def test_month_name_dates_are_checked_against_the_calendar():
    assert parse_date("Updated: 29 Feb 2024") == "2024-02-29"
    assert parse_date("Updated: 29 Feb 2023") == ""
    assert parse_date("प्रकाशित: 31 अप्रैल 2021") == ""
    assert parse_date("प्रकाशित: 30 अप्रैल 2021") == "2021-04-30"


def _filled_sheet(tmp_path: Path, edit) -> Path:
    """A coding sheet of four invented units, filled by coder AB, then changed by `edit`."""
    codebook = load_codebook(REPO / "config/codebook.yaml")
    units = pd.DataFrame(
        [
            ("d1", 1, "headline", "पार्कों में नए झूले"),
            ("d1", 2, "body", "नगर निगम ने सभी पार्कों में झूले लगाए।"),
            ("d1", 3, "body", "महापौर ने कहा कि काम अगले महीने पूरा होगा।"),
            ("d1", 4, "body", "दुकानदारों ने बताया कि बिक्री बढ़ी है।"),
        ],
        columns=["doc_id", "unit_id", "role", "text"],
    )
    sheet = blank_sheet(sample_units(units, pd.Series({"d1": "नगर दर्पण"}), 10, seed=3), codebook)
    sheet["coder"], sheet["voice"] = "AB", ["outlet", "outlet", "reported", "reported"]
    sheet[["stance_ru_pk", "stance_ru_in"]] = "none"
    sheet["speaker"] = ["", "", "indian_official", "public"]
    sheet.loc[2, "voice"] = ""  # one row not coded yet: the rows after it keep their numbers
    edit(sheet)
    path = tmp_path / "ab.xlsx"
    write_xlsx(sheet, path, codebook)
    return path


def _fails(path: Path) -> str:
    with pytest.raises(UserError) as err:
        sheets_to_reference([path], load_codebook(REPO / "config/codebook.yaml"))
    return str(err.value)


def test_a_wrong_code_in_a_filled_sheet_names_the_sheet_and_its_row(tmp_path):
    def edit(s):
        s.loc[3, "voice"] = "indirect"
        s.loc[1, "frames"] = "economics"

    message = _fails(_filled_sheet(tmp_path, edit))
    assert message.startswith(f"{tmp_path / 'ab.xlsx'}: ")
    assert "row 5: voice='indirect'" in message and "row 3: unknown frame(s) ['economics']" in message
    assert "reference_from_sheets" not in message


def test_a_typed_speaker_name_or_a_speaker_beside_outlet_voice_is_refused(tmp_path):
    def edit(s):
        s.loc[3, "speaker"] = "Dukandar"
        s.loc[0, "speaker"] = "public"

    message = _fails(_filled_sheet(tmp_path, edit))
    assert "row 5: speaker 'Dukandar' is not an id of the codebook" in message
    assert "row 2: speaker must be empty exactly when voice is 'outlet'" in message


def test_a_renamed_column_in_a_filled_sheet_is_named(tmp_path):
    from openpyxl import load_workbook

    path = _filled_sheet(tmp_path, lambda s: None)
    wb = load_workbook(path)
    wb["units"]["J1"] = "Voice "  # what a coder's spreadsheet edit leaves
    wb.save(path)
    message = _fails(path)
    assert message.startswith(f"{path}: ") and "missing columns ['voice']" in message


def test_a_correct_sheet_reads_back_its_coded_rows(tmp_path):
    ref = sheets_to_reference([_filled_sheet(tmp_path, lambda s: None)], load_codebook(REPO / "config/codebook.yaml"))
    assert ref["speaker"].tolist() == ["", "", "public"] and set(ref["coder"]) == {"AB"}


def test_two_hand_coders_agreement_is_a_table_for_the_paper():
    from analysis.reliability_summary import between_coders

    rows = [
        ("voice", "alpha", 0.91, 0.8, 1.0, "AB-vs-CD"),
        ("voice", "agreement", 0.95, 0.9, 1.0, "AB-vs-CD"),
        ("frame_economy", "alpha", None, None, None, "AB-vs-CD"),
        ("voice", "alpha", 0.7, 0.6, 0.8, "coder-vs-AB"),
    ]
    table = pd.DataFrame(rows, columns=["variable", "statistic", "value", "ci_low", "ci_high", "comparison"])
    table = table.assign(n=30, group="all", note="")
    table.loc[2, "note"] = "alpha undefined: only one category occurs"
    people = between_coders(table, "all")
    assert people.columns.tolist() == [
        "variable",
        "AB vs CD (n=30): α [95% CI]",
        "AB vs CD (n=30): agreement [95% CI]",
    ]
    assert people.values.tolist() == [
        ["voice", "0.91 [0.80, 1.00]", "0.95 [0.90, 1.00]"],
        ["frame economy", "undefined (only one category occurs)", "–"],
    ]
    assert between_coders(table[table["comparison"] == "coder-vs-AB"], "all").empty  # one coder: no table
    three = pd.concat([table, table.iloc[:2].assign(comparison="all-coders", value=[0.88, 0.93])])
    assert between_coders(three, "all").columns.tolist()[1:] == [
        "all coders (n=30): α [95% CI]",
        "all coders (n=30): agreement [95% CI]",
    ]


def test_a_coded_unit_whose_article_was_corrected_afterwards_is_listed_as_unmatched():
    from analysis.reference import text_sha1, unmatched

    reference = pd.DataFrame(
        {
            "doc_id": ["metro", "metro", "metro", "gone"],
            "unit_id": ["3", "4", "4", "1"],
            "coder": ["AB", "AB", "CD", "AB"],
            "text": [
                "इस पर चार हजार करोड़ रुपये खर्च होंगे ।",  # the splitter's space before the danda: same unit
                "मुख्यमंत्री ने इसे बड़ा कदम बताया।",
                "मुख्यमंत्री ने इसे बड़ा कदम बताया।",
                "यह लेख अब कॉर्पस में नहीं है।",
            ],
        }
    )
    coded = pd.DataFrame(
        {
            "doc_id": ["metro", "metro"],
            "text": ["इस पर चार हजार करोड़ रुपये खर्च होंगे।", "मुख्यमंत्री ने इसे बड़ा और जरूरी कदम बताया।"],
        }
    )
    lost = unmatched(reference, coded)
    assert lost[["doc_id", "unit_id", "coder"]].values.tolist() == [
        ["metro", "4", "AB"],
        ["metro", "4", "CD"],
        ["gone", "1", "AB"],
    ]
    hashed = reference.assign(text_sha1=reference["text"].map(text_sha1)).drop(columns="text")
    assert unmatched(hashed, coded)["unit_id"].tolist() == ["4", "4", "1"]


def test_no_table_a_researcher_pastes_has_two_columns_with_one_header():
    from analysis.labels import header
    from analysis.tables import COMPARISON_TABLES

    for name, spec in COMPARISON_TABLES.items():
        columns = spec.columns if hasattr(spec, "columns") else spec
        heads = [header(c) for c in columns if c not in ("ci_low", "ci_high")]  # joined to their estimate
        assert len(heads) == len(set(heads)), (name, heads)


def test_a_table_input_without_the_preamble_says_to_input_the_preamble(tmp_path):
    import shutil
    import subprocess

    from analysis.latex import to_latex

    if not shutil.which("xelatex"):
        pytest.skip("xelatex is not installed")
    table = to_latex(pd.DataFrame({"outlet": ["नगर दर्पण", "पहाड़ ख़बर"], "n_articles": [3, 2]}), "Cap", "tab:t")
    (tmp_path / "t.tex").write_text(table, encoding="utf-8")
    (tmp_path / "mine.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\nMy text.\n\\input{t.tex}\n\\end{document}\n", encoding="utf-8"
    )
    run = subprocess.run(
        ["xelatex", "-interaction=nonstopmode", "mine.tex"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    errors = [line for line in run.stdout.splitlines() if line.startswith("! ")]
    assert len(errors) == 1 and errors[0].startswith("! analysis tables: \\input the preamble.tex of the tables")


def test_init_names_a_skipped_file_once(tmp_path):
    from analysis.starter import report, write_starter

    d = tmp_path / "corpus" / "नगर दर्पण"
    d.mkdir(parents=True)
    (d / "2023-05-02 पार्क.txt").write_text("पार्कों में नए झूले\n\n" + BODY, encoding="utf-8")
    (d / "notes.docx").write_bytes(b"PK\x03\x04 not read")
    (tmp_path / "config" / "corpora").mkdir(parents=True)
    inv, starter = write_starter(tmp_path / "corpus", "mine", tmp_path)
    said = report(inv, starter, tmp_path)
    assert "skipped नगर दर्पण/notes.docx: format .docx is not read" in said
    assert said.count("notes.docx") == 1


def test_init_takes_the_headline_not_a_date_line_above_it_as_the_title(tmp_path):
    from analysis.starter import inspect_folder

    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text("प्रकाशित: 12 मार्च 2023\nपार्कों में नए झूले\n\n" + BODY, encoding="utf-8")
    (d / "b.txt").write_text("पार्क में सफाई अभियान\n\n" + BODY, encoding="utf-8")
    titles = {f.rel: f.title for f in inspect_folder(d).files}
    assert titles == {"a.txt": "पार्कों में नए झूले", "b.txt": "पार्क में सफाई अभियान"}


def test_a_sheet_saved_as_excel_text_in_utf16_or_with_semicolons_reads_back(tmp_path):
    book = pd.read_excel(_filled_sheet(tmp_path, lambda s: None), sheet_name="units", dtype=str, keep_default_na=False)
    codebook = load_codebook(REPO / "config/codebook.yaml")
    for name, sep, encoding in (("u.csv", "\t", "utf-16"), ("s.csv", ";", "utf-8"), ("w.csv", ",", "cp1252")):
        saved = book if encoding != "cp1252" else book.assign(text="Café park", outlet="Nagar")  # no Devanagari
        saved.to_csv(tmp_path / name, sep=sep, encoding=encoding, index=False)
        ref = sheets_to_reference([tmp_path / name], codebook)
        assert ref["voice"].tolist() == ["outlet", "outlet", "reported"], name


def test_a_sheet_with_a_renamed_tab_or_in_another_format_is_named_not_a_traceback(tmp_path):
    from openpyxl import load_workbook

    path = _filled_sheet(tmp_path, lambda s: None)
    wb = load_workbook(path)
    wb["units"].title = "Sheet1"
    wb.save(path)
    assert "no tab named 'units' (tabs: Sheet1, values)" in _fails(path)
    (tmp_path / "ab.ods").write_bytes(path.read_bytes())
    assert "format .ods is not read; save the coding sheet as .xlsx or .csv" in _fails(tmp_path / "ab.ods")
    (tmp_path / "old.xlsx").write_bytes(b"\xd0\xcf\x11\xe0 an .xls renamed")
    assert "not an Excel workbook" in _fails(tmp_path / "old.xlsx")


def test_a_sheet_of_another_corpus_stops_validation_naming_its_documents(tmp_path):
    import subprocess
    import sys

    coded = pd.DataFrame(
        {"doc_id": ["mine"], "unit_id": [1], "text": ["पार्कों में नए झूले"], "frames": [""], "voice": ["outlet"]}
    ).assign(speaker="", stance_ru_pk="none", stance_ru_in="none", role="headline")
    coded.to_parquet(tmp_path / "units.parquet")
    row = "theirs,1,बाजार में भीड़,AB,,none,none,outlet,\n"
    header = "doc_id,unit_id,text,coder,frames,stance_ru_pk,stance_ru_in,voice,speaker\n"
    (tmp_path / "ref.csv").write_text(header + row, encoding="utf-8")
    args = ["--codebook", str(REPO / "config/codebook.yaml"), "--coded", str(tmp_path / "units.parquet")]
    args += ["--reference", str(tmp_path / "ref.csv"), "--groups", '{"held-out": ["*"]}', "--seed", "1"]
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "validate", *args, "--n-boot", "10", "--out-dir", str(tmp_path / "v")],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "none of its 1 hand-coded documents (theirs) is in this corpus" in run.stderr
