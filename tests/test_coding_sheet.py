"""Coding sheets: stratified and seeded, Excel-safe, read back as a reference file."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.codebook import load_codebook
from analysis.coding_sheet import (
    allowed_values,
    blank_sheet,
    coder_guide,
    read_sheet,
    sample_units,
    sheets_to_reference,
    write_xlsx,
)
from analysis.errors import UserError

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def codebook():
    return load_codebook(REPO / "config/codebook.yaml")


def _units(n_docs: int = 6) -> tuple[pd.DataFrame, pd.Series]:
    rows = []
    for d in range(n_docs):
        rows.append((f"d{d}", 1, "headline", f"शीर्षक {d}"))
        rows += [(f"d{d}", u, "body", f"वाक्य {d}.{u}") for u in range(2, 9)]
    units = pd.DataFrame(rows, columns=["doc_id", "unit_id", "role", "text"])
    outlets = pd.Series({f"d{d}": ("दैनिक" if d % 2 else "Amar Ujala") for d in range(n_docs)})
    return units, outlets


def test_sample_covers_every_outlet_and_role_and_is_seeded():
    units, outlets = _units()
    a = sample_units(units, outlets, 4, seed=11)
    assert a.groupby(["outlet", "role"]).size().to_dict() == {
        ("Amar Ujala", "body"): 4,
        ("Amar Ujala", "headline"): 3,
        ("दैनिक", "body"): 4,
        ("दैनिक", "headline"): 3,
    }
    assert a.equals(sample_units(units, outlets, 4, seed=11))
    assert not a.equals(sample_units(units, outlets, 4, seed=12))


def test_adding_an_outlet_does_not_change_the_other_outlets_draws():
    units, outlets = _units()
    before = sample_units(units, outlets, 3, seed=5)
    extra = pd.DataFrame([("z1", 1, "body", "नया")], columns=units.columns)
    after = sample_units(pd.concat([units, extra]), pd.concat([outlets, pd.Series({"z1": "Zee"})]), 3, seed=5)
    assert after[after["outlet"] != "Zee"].reset_index(drop=True).equals(before)


def test_xlsx_is_byte_stable_and_keeps_formula_like_text_as_text(tmp_path, codebook):
    units, outlets = _units(2)
    units.loc[1, "text"] = '=HYPERLINK("http://x","y")'
    sheet = blank_sheet(sample_units(units, outlets, 8, seed=1), codebook)
    write_xlsx(sheet, tmp_path / "a.xlsx", codebook)
    write_xlsx(sheet, tmp_path / "b.xlsx", codebook)
    digest = [hashlib.sha256((tmp_path / n).read_bytes()).hexdigest() for n in ("a.xlsx", "b.xlsx")]
    assert digest[0] == digest[1]
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "a.xlsx")["units"]
    cells = [c for row in ws.iter_rows() for c in row if str(c.value).startswith("=HYPERLINK")]
    assert cells and all(c.data_type == "s" for c in cells)


def test_read_sheet_keeps_only_coded_rows(tmp_path, codebook):
    units, outlets = _units(2)
    sheet = blank_sheet(sample_units(units, outlets, 8, seed=1), codebook)
    sheet.loc[0, ["coder", "voice"]] = ["ab", "outlet"]
    sheet.loc[3, ["coder", "voice", "speaker"]] = ["ab", " reported ", "lavrov"]
    write_xlsx(sheet, tmp_path / "s.xlsx", codebook)
    back = read_sheet(tmp_path / "s.xlsx")
    assert back["voice"].tolist() == ["outlet", "reported"]
    assert back.loc[1, "unit_id"] == str(sheet.loc[3, "unit_id"])


def test_guide_and_drop_downs_come_from_the_codebook(codebook):
    guide = coder_guide(codebook)
    for f in codebook.frame_ids:
        assert f"`{f}`" in guide
    for col in codebook.stance_columns():
        assert f"## {col}" in guide
    assert allowed_values(codebook)["speaker"] == sorted(codebook.actors)


def _hashed_round(path, coder, sha):
    cols = "doc_id,unit_id,text_sha1,coder,frames,stance_ru_pk,stance_ru_in,voice,speaker"
    path.write_text(f"{cols}\nd1,1,{sha},{coder},,none,none,outlet,\n", encoding="utf-8")
    return path


def test_two_hashed_coding_rounds_join_into_one_reference(tmp_path, codebook):
    a = _hashed_round(tmp_path / "round1.csv", "ref1", "a" * 40)
    b = _hashed_round(tmp_path / "round2.csv", "ref3", "b" * 40)
    joined = sheets_to_reference([], codebook, [a, b])
    assert list(joined["coder"]) == ["ref1", "ref3"]
    assert "text_sha1" in joined.columns and "text" not in joined.columns


def test_a_round_that_codes_speaker_sides_keeps_them_when_joined_with_one_that_does_not(tmp_path, codebook):
    a = _hashed_round(tmp_path / "round1.csv", "ref1", "a" * 40)
    b = tmp_path / "round2.csv"
    cols = "doc_id,unit_id,text_sha1,coder,frames,stance_ru_pk,stance_ru_in,voice,speaker,speaker_side"
    b.write_text(f"{cols}\nd1,1,{'b' * 40},ref4,,none,none,reported,an_envoy,russia\n", encoding="utf-8")
    joined = sheets_to_reference([], codebook, [a, b])
    assert list(joined["speaker_side"]) == ["", "russia"]


def test_rounds_that_identify_units_differently_are_refused_naming_both_files(tmp_path, codebook):
    a = _hashed_round(tmp_path / "hashed.csv", "ref1", "a" * 40)
    b = tmp_path / "plain.csv"
    b.write_text(
        "doc_id,unit_id,text,coder,frames,stance_ru_pk,stance_ru_in,voice,speaker\nd1,1,वाक्य।,r,,none,none,outlet,\n"
    )
    with pytest.raises(UserError, match=r"hashed\.csv \(text_sha1\).*plain\.csv \(text\)"):
        sheets_to_reference([], codebook, [a, b])


def test_guide_lists_the_speakers_the_coder_found_not_everyone_the_text_names(codebook):
    """A monsoon corpus: the coder heard Modi and unnamed officials; the seed study's ministers stay in the drop-down."""
    coded = ["", "modi", "indian_official", "", "modi", "public", "report", "not_an_id", None]
    speaker = coder_guide(codebook, speakers=coded).split("## speaker", 1)[1]
    heard = speaker.split("found speaking in this corpus:", 1)[1]
    assert "`modi`: Narendra Modi (india)" in heard and heard.count("`modi`") == 1
    assert "`indian_official`" not in heard  # listed once, among the speakers by kind
    assert "`indian_official`" in speaker and "`public`" in speaker and "`report`" in speaker
    assert "`lavrov`" not in speaker and "`kejriwal`" not in speaker and "not_an_id" not in speaker
    assert speaker.count("\n- `") < 40 and "other ids are in the drop-down" in speaker
    assert "lavrov" in allowed_values(codebook)["speaker"]


def test_guide_of_a_corpus_where_the_coder_found_no_named_speaker_says_none(codebook):
    speaker = coder_guide(codebook, speakers=["", "indian_official"]).split("## speaker", 1)[1]
    assert speaker.split("found speaking in this corpus:", 1)[1].lstrip().startswith("- none")


def test_guide_without_the_corpus_text_still_lists_every_speaker(codebook):
    speaker = coder_guide(codebook).split("## speaker", 1)[1]
    assert speaker.count("\n- `") == len(codebook.actors)


def test_the_coding_sheet_command_lists_the_speakers_of_the_coded_units_it_is_given(tmp_path):
    """Kejriwal is named in the text but never speaks; Modi speaks: the guide lists Modi alone (the rule's new input)."""
    from analysis.__main__ import main

    units, outlets = _units(2)
    units["norm"] = units["text"]
    units.loc[2, ["text", "norm"]] = "हाट के दरवाज़े पर मुख्यमंत्री अरविंद केजरीवाल की तस्वीर लगी है।"
    articles = pd.DataFrame({"doc_id": outlets.index, "outlet": outlets.to_numpy(), "status": "ok"})
    coded = units.assign(speaker="")
    coded.loc[3, "speaker"] = "modi"
    paths = {name: tmp_path / f"{name}.parquet" for name in ("units", "articles", "coded")}
    units.to_parquet(paths["units"])
    articles.to_parquet(paths["articles"])
    coded.to_parquet(paths["coded"])
    out = tmp_path / "out"
    argv = ["coding-sheet", "--units", str(paths["units"]), "--articles", str(paths["articles"])]
    argv += ["--coded-units", str(paths["coded"]), "--codebook", str(REPO / "config/codebook.yaml")]
    argv += ["--per-stratum", "2", "--seed", "1", "--csv", str(out / "s.csv"), "--xlsx", str(out / "s.xlsx")]
    assert main([*argv, "--guide", str(out / "guide.md")]) == 0
    heard = (out / "guide.md").read_text(encoding="utf-8").split("found speaking in this corpus:", 1)[1]
    assert re.findall(r"^- `([^`]+)`", heard, flags=re.M) == ["modi"]
