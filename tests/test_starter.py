"""`init`: a researcher's folder in, a complete config and a manifest skeleton out."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import jsonschema
import pytest
import yaml

from analysis.corpus import CorpusSpec, build_shard, plan_entries
from analysis.errors import UserError
from analysis.starter import inspect_folder, report, write_starter

REPO = Path(__file__).resolve().parents[1]
STORY = "रूस और पाकिस्तान ने रक्षा सहयोग पर बातचीत की।\n\nदोनों देशों के मंत्री मिले।\n"


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "mycorpus"
    for outlet in ("Amar Ujala", "Navbharat"):
        (folder / outlet).mkdir(parents=True)
    (folder / "Amar Ujala" / "2021-04-07_a.txt").write_text("लावरोव इस्लामाबाद पहुंचे\n\n" + STORY, encoding="utf-8")
    (folder / "Amar Ujala" / "b.txt").write_text("दूसरी खबर\n\n" + STORY, encoding="utf-8")
    (folder / "Navbharat" / "20210408.html").write_text(
        "<html><head><title>रूस-पाक वार्ता</title></head><body><p>" + STORY + "</p></body></html>", encoding="utf-8"
    )
    (folder / "Navbharat" / "notes.docx").write_bytes(b"PK\x03\x04")
    return folder


def _schema() -> dict:
    candidates = [REPO / "config/schemas/config.schema.json", *REPO.glob("analysis/**/config.schema.json")]
    return json.loads(next(p for p in candidates if p.is_file()).read_text(encoding="utf-8"))


def test_init_infers_outlets_dates_and_titles_from_a_nested_folder(tmp_path):
    inv = inspect_folder(_corpus(tmp_path))
    assert inv.outlets == ["Amar Ujala", "Navbharat"]
    by_rel = {f.rel: f for f in inv.files}
    assert by_rel["Amar Ujala/2021-04-07_a.txt"].published == "2021-04-07"
    assert by_rel["Navbharat/20210408.html"].title == "रूस-पाक वार्ता"
    assert by_rel["Amar Ujala/b.txt"].title == "दूसरी खबर"
    assert any("1 file(s) have no date" in n for n in inv.notes)
    assert [rel for rel, _ in inv.skipped] == ["Navbharat/notes.docx"]


def test_init_writes_a_config_that_validates_and_plans_every_file(tmp_path):
    folder = _corpus(tmp_path)
    root = tmp_path / "project"
    inv, starter = write_starter(folder, "mine", root)
    cfg = yaml.safe_load(starter.config.read_text(encoding="utf-8"))
    jsonschema.validate(cfg, _schema())
    assert cfg["paths"]["results"] == "results/mine" and cfg["validation"] is None
    spec = CorpusSpec.from_config(cfg["corpus"], root)
    assert plan_entries(spec) == sorted(f.rel for f in inv.files)
    with starter.manifest.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["doc_id"] for r in rows] == ["Amar_Ujala_2021-04-07_a", "Amar_Ujala_b", "Navbharat_20210408"]
    assert rows[0]["outlet"] == "Amar Ujala"
    assert "--configfile config/corpora/mine.yaml" in report(inv, starter, root)


def test_init_never_overwrites_an_edited_manifest_without_force(tmp_path):
    folder = _corpus(tmp_path)
    root = tmp_path / "project"
    _, starter = write_starter(folder, "mine", root)
    starter.manifest.write_text("doc_id,file\nedited,x.txt\n", encoding="utf-8")
    with pytest.raises(UserError, match="exists; choose another --name or pass --force"):
        write_starter(folder, "mine", root)
    write_starter(folder, "mine", root, force=True)
    assert "edited" not in starter.manifest.read_text(encoding="utf-8")


def test_init_reports_an_export_without_a_text_column(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "mc.csv").write_text("stories_id,headline,media_name\n1,a,b\n", encoding="utf-8")
    inv = inspect_folder(folder)
    assert any("mc.csv: no text column" in n and "story_text" in n for n in inv.notes)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this system")
def test_init_does_not_follow_a_symlink_out_of_the_folder(tmp_path):
    folder = _corpus(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("not an article", encoding="utf-8")
    (folder / "Amar Ujala" / "link.txt").symlink_to(secret)
    inv = inspect_folder(folder)
    assert "Amar Ujala/link.txt" not in {f.rel for f in inv.files}
    assert any(rel == "Amar Ujala/link.txt" and "symbolic link" in why for rel, why in inv.skipped)


@pytest.mark.parametrize("bad", ["no such folder", "empty"])
def test_init_refuses_a_folder_with_nothing_to_read(tmp_path, bad):
    folder = tmp_path / "x"
    if bad == "empty":
        folder.mkdir()
        (folder / "readme.md").write_text("hi", encoding="utf-8")
    with pytest.raises(UserError, match=r"init: .*(not a directory|holds no)"):
        inspect_folder(folder)


def test_init_reads_a_workbook_header_not_its_bytes(tmp_path):
    from openpyxl import Workbook

    folder = tmp_path / "xl"
    folder.mkdir()
    wb = Workbook()
    wb.active.append(["headline", "media_name", "publish_date"])
    wb.active.append(["a", "b", "2021-01-01"])
    wb.save(folder / "export.xlsx")
    inv = inspect_folder(folder)
    assert inv.files[0].columns == ("headline", "media_name", "publish_date") and inv.files[0].title == ""
    assert any("export.xlsx: no text column" in n for n in inv.notes)


def _own_folder(tmp_path: Path) -> Path:
    """A researcher's folder: Devanagari file names, UTF-16 and cp1252 files, binary, an export."""
    folder = tmp_path / "मेरा संग्रह"
    (folder / "jan awaz" / "2024").mkdir(parents=True)
    (folder / "exports").mkdir()
    story = "नदी किनारे पौधारोपण\n\nस्वयंसेवकों ने रविवार को नदी किनारे पौधे लगाए।\n"
    (folder / "jan awaz" / "2024" / "नदी रिपोर्ट.txt").write_text(story, encoding="utf-8")
    (folder / "jan awaz" / "metro.txt").write_bytes("मेट्रो का नया स्टेशन\n\nयात्री खुश हैं।\n".encode("utf-16"))
    (folder / "jan awaz" / "cafe.txt").write_bytes("Café owners meet\n\nThe traders’ talks go on.\n".encode("cp1252"))
    (folder / "jan awaz" / "blob.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "exports" / "feed.csv").write_text(
        "id,title,outlet,date,text\n"
        "c1,हाट बाज़ार में दुकानें,haat_news,2024-03-12,नगर पंचायत ने हाट में नई दुकानें बनाईं। दुकानदार खुश हैं।\n"
        "c2,तालाब की खुदाई,gaon_khabar,2024-03-13,ग्राम सभा ने तालाब की खुदाई का प्रस्ताव पारित किया।\n",
        encoding="utf-8",
    )
    return folder


def test_init_keeps_devanagari_vowel_signs_in_doc_ids(tmp_path):
    inv, starter = write_starter(_own_folder(tmp_path), "mine", tmp_path / "project")
    with starter.manifest.open(encoding="utf-8") as fh:
        ids = {r["file"]: r["doc_id"] for r in csv.DictReader(fh)}
    assert ids["jan awaz/2024/नदी रिपोर्ट.txt"] == "jan_awaz_2024_नदी_रिपोर्ट"


def test_init_titles_decode_utf16_and_cp1252_files_as_the_build_does_and_give_binary_none(tmp_path):
    by_rel = {f.rel: f for f in inspect_folder(_own_folder(tmp_path)).files}
    assert by_rel["jan awaz/metro.txt"].title == "मेट्रो का नया स्टेशन"
    assert by_rel["jan awaz/cafe.txt"].title == "Café owners meet"
    assert by_rel["jan awaz/blob.txt"].title == ""


def test_init_lets_an_export_outlet_column_name_each_rows_outlet(tmp_path):
    root = tmp_path / "project"
    inv, starter = write_starter(_own_folder(tmp_path), "mine", root)
    cfg = yaml.safe_load(starter.config.read_text(encoding="utf-8"))
    arts = build_shard(
        CorpusSpec.from_config(cfg["corpus"], root), plan_entries(CorpusSpec.from_config(cfg["corpus"], root))
    ).articles
    outlets = dict(zip(arts["doc_id"], arts["outlet"]))
    assert outlets["exports_feed-c1"] == "haat_news" and outlets["exports_feed-c2"] == "gaon_khabar"
    assert outlets["jan_awaz_2024_नदी_रिपोर्ट"] == "jan awaz"
    assert "outlets of exports/feed.csv: from its own outlet column" in report(inv, starter, root)


def test_init_says_which_studys_codebook_the_new_config_codes_with(tmp_path):
    root = tmp_path / "project"
    (root / "config").mkdir(parents=True)
    (root / "config" / "codebook.yaml").write_text("version: 1.0.0\nname: nagar-khabar\nframes: []\n", encoding="utf-8")
    inv, starter = write_starter(_own_folder(tmp_path), "mine", root)
    text = report(inv, starter, root)
    assert "the study 'nagar-khabar'" in text and "set `codebook:` in the config" in text


def _page(title: str, site: str = "") -> str:
    meta = f'<meta content="{site}" property="og:site_name">' if site else ""
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>'
        "<p>जिले में नदी पर बना नया पुल शनिवार को यातायात के लिए खोल दिया गया।</p>"
        "<p>पुल बनने से बीस गांवों की दूरी घट गई है।</p></article></body></html>"
    )


def test_init_gives_a_saved_page_in_an_exports_folder_its_site_name_not_the_folder(tmp_path):
    folder = tmp_path / "barsaat"
    (folder / "jan_awaz").mkdir(parents=True)
    (folder / "exports").mkdir()
    (folder / "jan_awaz" / "2025-06-01_naale.txt").write_text("नालों की सफाई शुरू\n\n" + STORY, encoding="utf-8")
    (folder / "exports" / "feed.csv").write_text(
        "id,title,outlet,date,text\nk1,तालाब भरे,gaon_khabar,2025-07-02,गांव के सभी तालाब बारिश से भर गए।\n",
        encoding="utf-8",
    )
    (folder / "exports" / "saved_page.html").write_text(_page("नदी पर नया पुल खुला", "Nadi Kinara"), encoding="utf-8")
    (folder / "exports" / "no_site.html").write_text(_page("पुल का उद्घाटन"), encoding="utf-8")
    (folder / "exports" / "plain.csv").write_text("id,text\nq1,नहर की सफाई पूरी हुई।\n", encoding="utf-8")
    root = tmp_path / "project"
    inv, starter = write_starter(folder, "barsaat", root)
    outlets = {f.rel: f.outlet for f in inv.files}
    assert outlets["exports/saved_page.html"] == "Nadi Kinara" and outlets["exports/no_site.html"] == ""
    assert inv.outlets == ["jan_awaz"] and inv.sites == ["Nadi Kinara"]
    text = report(inv, starter, root)
    assert "outlets from the pages' site names (1): Nadi Kinara" in text
    assert "exports/no_site.html" in text and "exports," not in text.split("outlets from sub-folders")[1][:30]
    assert "exports/plain.csv" in text.split("outlets: 2 file(s) lie in a folder that is not one outlet")[1]
    cfg = yaml.safe_load(starter.config.read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], root)
    arts = build_shard(spec, plan_entries(spec)).articles
    assert "exports" not in set(arts["outlet"])
    assert set(arts["outlet"]) >= {"jan_awaz", "gaon_khabar", "Nadi Kinara"}


def test_init_takes_the_site_names_of_pages_saved_in_one_folder_and_keeps_outlet_folders(tmp_path):
    lone = tmp_path / "pages"
    (lone / "exports").mkdir(parents=True)
    (lone / "exports" / "a.html").write_text(_page("पुल खुला", "Nadi Kinara"), encoding="utf-8")
    (lone / "exports" / "b.html").write_text(_page("बांध भरा", "Nadi Kinara"), encoding="utf-8")
    assert {f.outlet for f in inspect_folder(lone).files} == {"Nadi Kinara"}
    two = tmp_path / "two"
    for outlet in ("ganga_times", "pahadi"):
        (two / outlet).mkdir(parents=True)
        (two / outlet / "a.html").write_text(_page("पुल खुला", "Pahadi Samachar"), encoding="utf-8")
    inv = inspect_folder(two)  # a folder per outlet: the user's folder names stay the outlets
    assert inv.outlets == ["ganga_times", "pahadi"] and inv.sites == []
