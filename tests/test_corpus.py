"""The corpus stage end to end: planning, shards, manifest precedence, bad input, strict."""

import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.corpus import CorpusSpec, build_shard, check_strict, merge_shards, plan_entries
from analysis.errors import UserError
from analysis.tables import ARTICLE_STATUSES, CLEANING_LOG, CORPUS_ARTICLES, CORPUS_UNITS
from tests.conftest import COVID, ROOT, SEED_CFG

DATA = Path(__file__).resolve().parent / "data"


def run(spec):
    return build_shard(spec, plan_entries(spec))


@pytest.fixture(scope="module")
def seeds():
    return run(CorpusSpec.from_config(SEED_CFG, ROOT))


def test_seed_tables_have_contract_columns(seeds):
    assert list(seeds.articles.columns) == list(CORPUS_ARTICLES.columns)
    assert {"outlet_source", "event", "status_detail"} <= set(seeds.articles.columns)
    assert list(seeds.units.columns) == list(CORPUS_UNITS.columns)
    assert list(seeds.cleaning_log.columns) == list(CLEANING_LOG.columns)
    assert (seeds.articles["status"] == "ok").all() and len(seeds.articles) == 5


def test_offsets_hold_for_every_seed_unit(seeds):
    arts = seeds.articles.set_index("doc_id")
    field = {"headline": "title", "standfirst": "standfirst", "subhead": "text", "body": "text"}
    for u in seeds.units.itertuples():
        assert arts.at[u.doc_id, field[u.role]][u.start : u.end] == u.text
    counts = seeds.units.groupby("doc_id").size()
    assert (arts.loc[counts.index, "n_units"] == counts).all()


def test_manifest_values_win_and_say_so(seeds):
    a = seeds.articles.set_index("doc_id")
    assert a.at["000_70fcd1fcf208ac3d", "published"] == "2021-04-08"
    assert a.at["000_70fcd1fcf208ac3d", "published_source"] == "manifest"
    assert a.at["004_c8b743e923a71395", "outlet_source"] == "manifest"
    assert a.at["002_ca77ba33da955ca4", "published"] == ""  # page-view date never used
    assert a.at["001_e8ecfaa8974a42b6", "outlet"] == "" and a.at["001_e8ecfaa8974a42b6", "outlet_source"] == ""
    assert a.at["003_9f78bb9ca59e6774", "event"] == "fomin_pakistan_2024"


def test_source_paths_are_relative_and_hashes_are_of_raw_bytes(seeds):
    import hashlib

    for r in seeds.articles.itertuples():
        assert not Path(r.source_path).is_absolute()
        assert r.sha256 == hashlib.sha256((ROOT / "seeds" / r.source_path).read_bytes()).hexdigest()


def test_shards_merge_to_the_same_tables_as_one_run(seeds):
    spec = CorpusSpec.from_config(SEED_CFG, ROOT)
    entries = plan_entries(spec)
    parts = [build_shard(spec, entries[i : i + 2]) for i in range(0, len(entries), 2)]
    merged = merge_shards(parts[::-1])
    whole = merge_shards([seeds])
    pd.testing.assert_frame_equal(merged.articles, whole.articles)
    pd.testing.assert_frame_equal(merged.units, whole.units)
    pd.testing.assert_frame_equal(merged.cleaning_log, whole.cleaning_log)


@pytest.fixture
def messy(tmp_path):
    """A corpus with every kind of bad input and a manifest with bad rows."""
    d = tmp_path / "corpus"
    d.mkdir()
    shutil.copy(next((ROOT / "seeds").glob("001_*.txt")), d / "good.txt")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    (d / "utf16.txt").write_bytes("शीर्षक यहां है\n\nरूस ने कहा कि सहयोग बढ़ेगा।".encode("utf-16"))
    (d / "latin1.txt").write_bytes("रूस".encode() + b" caf\xe9")
    shutil.copy(DATA / "corpus_krutidev.txt", d / "kruti.txt")
    (d / "README.txt").write_text("about this corpus", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("बाहर की फाइल।", encoding="utf-8")
    (d / "manifest.csv").write_text(
        "doc_id,file,outlet,published,event,notes\n"
        "good,good.txt,Some Outlet,2021-04-07,e1,\n"
        "gone,gone.txt,,,,\n"
        "escape,../outside.txt,,,,\n",
        encoding="utf-8",
    )
    cfg = {
        "name": "m",
        "input": str(d),
        "manifest": str(d / "manifest.csv"),
        "layout": "article-per-file",
        "outlet_from": "manifest",
        "strict": True,
    }
    return CorpusSpec.from_config(cfg, tmp_path)


def test_no_document_is_silently_dropped(messy):
    entries = plan_entries(messy)
    assert entries == sorted(entries)
    assert "README.txt" not in entries and "manifest.csv" not in entries
    t = run(messy)
    status = dict(zip(t.articles["doc_id"], t.articles["status"]))
    assert status == {
        "good": "ok",
        "empty": "empty",
        "binary": "binary",
        "utf16": "ok",
        "latin1": "not-utf8",
        "kruti": "legacy-font-encoding",
        "gone": "missing-file",
        "escape": "path-outside-corpus",
    }


def test_file_without_manifest_row_is_processed_from_text(messy):
    a = run(messy).articles.set_index("doc_id")
    assert a.at["utf16", "title"] == "शीर्षक यहां है" and a.at["utf16", "notes"] == ""
    assert a.at["good", "outlet"] == "Some Outlet" and a.at["good", "published_source"] == "manifest"


def test_strict_lists_every_bad_document_in_one_message(messy):
    t = run(messy)
    with pytest.raises(UserError) as exc:
        check_strict(t.articles)
    msg = str(exc.value)
    assert "6 document(s)" in msg and "\n" not in msg
    for part in (
        "empty.txt: empty",
        "binary.txt: binary",
        "latin1.txt: not-utf8",
        "gone.txt: missing-file",
        "../outside.txt: path-outside-corpus",
        "kruti.txt: legacy-font-encoding",
    ):
        assert part in msg
    check_strict(t.articles[t.articles["status"] == "ok"])  # no error when all are ok


def test_missing_input_dir_and_manifest_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="not a directory"):
        CorpusSpec.from_config({"name": "x", "input": "nope", "layout": "article-per-file"}, tmp_path)
    with pytest.raises(UserError, match="does not exist"):
        CorpusSpec.from_config({"name": "x", "input": ".", "manifest": "m.csv", "layout": "article-per-file"}, tmp_path)


def test_the_same_file_name_in_two_folders_gives_two_documents(tmp_path):
    # issue #14: every document accounted for; was a "duplicate document ids" error
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text("शीर्षक है\n\nवाक्य।", encoding="utf-8")
    spec = CorpusSpec.from_config({"name": "x", "input": str(tmp_path), "layout": "article-per-file"}, tmp_path)
    arts = merge_shards([run(spec)]).articles
    assert sorted(arts["doc_id"]) == ["a_same_txt", "b_same_txt"] and set(arts["status"]) == {"ok"}


def test_duplicate_doc_ids_given_in_the_manifest_are_a_user_error(tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("शीर्षक है\n\nवाक्य।", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("doc_id,file\nsame,one.txt\nsame,two.txt\n", encoding="utf-8")
    cfg = {"name": "x", "input": str(tmp_path), "manifest": str(tmp_path / "manifest.csv")}
    spec = CorpusSpec.from_config(cfg, tmp_path)
    with pytest.raises(UserError, match="duplicate document ids"):
        merge_shards([run(spec)])


def test_folder_outlet_and_daily_split(tmp_path):
    d = tmp_path / "Amar Ujala"
    d.mkdir()
    (d / "AU-2020-MAR-01.txt").write_text(
        "कोरोना के नए मामले सामने आए आज\n\nपहला वाक्य है  । दूसरा वाक्य  ।\n\n"
        "दिल्ली में स्कूल बंद करने का फैसला\n\nसरकार ने स्कूल बंद किए  ।\nयह भी पढ़ें: दूसरी खबर\n",
        encoding="utf-8",
    )
    spec = CorpusSpec.from_config(
        {"name": "x", "input": str(tmp_path), "layout": "daily-files", "outlet_from": "folder"}, tmp_path
    )
    t = run(spec)
    assert list(t.articles["doc_id"]) == ["AU-2020-MAR-01-001", "AU-2020-MAR-01-002"]
    assert set(t.articles["outlet"]) == {"Amar Ujala"} and set(t.articles["outlet_source"]) == {"folder"}
    assert t.articles["text"].tolist() == ["पहला वाक्य है। दूसरा वाक्य।", "सरकार ने स्कूल बंद किए।"]
    assert t.cleaning_log.to_dict("records") == [
        {"doc_id": "AU-2020-MAR-01-002", "line_no": 8, "line": "यह भी पढ़ें: दूसरी खबर", "reason": "related-link promo"}
    ]


@pytest.mark.covid
@pytest.mark.skipif(not COVID.is_dir(), reason="needs ../shared/corpora/hindi-covid-5papers")
def test_covid_config_runs_on_a_sample():
    cfg = yaml.safe_load((ROOT / "config" / "corpora" / "covid5.yaml").read_text(encoding="utf-8"))["corpus"]
    spec = CorpusSpec.from_config(cfg, ROOT)
    entries = plan_entries(spec)
    assert len(entries) == 380 and all(e.endswith(".txt") for e in entries)
    sample = [e for e in entries if "ARP" in e][:3] + entries[:2]
    t = build_shard(spec, sample)
    a = t.articles
    assert len(a) > 10 and set(a["published_source"]) == {"manifest"}
    assert set(a[a["source_path"].str.contains("ARP")]["published"].str[:7]) == {"2020-04"}
    assert set(a["outlet_source"]) == {"folder"}
    assert a["doc_id"].str.fullmatch(r"[A-Z]{2}-2020-[A-Z]{3}-\d{2}-\d{3}").all()
    assert not t.units["text"].str.contains(r" ।").any()


def test_merge_sorts_line_numbers_read_back_from_csv_as_numbers(seeds):
    log = seeds.cleaning_log.astype(str)  # what pd.read_csv(dtype=str) gives back
    merged = merge_shards([type(seeds)(seeds.articles, seeds.units, log)])
    nos = merged.cleaning_log[merged.cleaning_log["doc_id"] == "000_70fcd1fcf208ac3d"]["line_no"].tolist()
    assert nos == sorted(nos) and nos[:2] == [1, 7] and merged.cleaning_log["line_no"].dtype == "int64"


def test_merge_names_the_shard_with_a_missing_column(seeds):
    bad = type(seeds)(seeds.articles.drop(columns=["status_detail"]), seeds.units, seeds.cleaning_log)
    with pytest.raises(UserError, match=r"articles\.parquet \(shard 2 of 2\): missing columns \['status_detail'\]"):
        merge_shards([seeds, bad])


def test_merge_refuses_a_status_that_is_not_documented(seeds):
    arts = seeds.articles.assign(status=["ok", "ok", "broken", "ok", "ok"])
    assert "broken" not in ARTICLE_STATUSES
    with pytest.raises(UserError, match=r"column status has values \['broken'\]"):
        merge_shards([type(seeds)(arts, seeds.units, seeds.cleaning_log)])


def test_merge_refuses_an_unknown_cleaning_reason_and_role(seeds):
    log = seeds.cleaning_log.assign(reason="spam")
    with pytest.raises(UserError, match=r"cleaning_log\.csv \(shard 1 of 1\): column reason"):
        merge_shards([type(seeds)(seeds.articles, seeds.units, log)])
    units = seeds.units.assign(role="lede")
    with pytest.raises(UserError, match="column role has values"):
        merge_shards([type(seeds)(seeds.articles, units, seeds.cleaning_log)])


def test_every_status_the_messy_corpus_gets_is_documented(messy):
    assert set(run(messy).articles["status"]) <= set(ARTICLE_STATUSES)


def test_a_document_that_is_not_coded_keeps_its_outlet_and_date(tmp_path):
    (tmp_path / "jan awaz").mkdir()
    (tmp_path / "jan awaz" / "empty.txt").write_bytes(b"")
    (tmp_path / "jan awaz" / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    (tmp_path / "jan awaz" / "english.txt").write_text("Power cuts begin\n\nTraders said shops shut early.\n")
    (tmp_path / "feed.csv").write_text(
        "id,outlet,date,text\nr1,haat_news,2024-03-13,\nr2,haat_news,2024-03-14,बाज़ार में नई दुकानें खुलीं।\n",
        encoding="utf-8",
    )
    (tmp_path / "m.csv").write_text(
        "doc_id,file,outlet,published\n"
        "e,jan awaz/empty.txt,jan awaz,2024-03-05\ngone,jan awaz/gone.txt,jan awaz,2024-03-06\n",
        encoding="utf-8",
    )
    cfg = {"name": "x", "input": str(tmp_path), "manifest": str(tmp_path / "m.csv"), "outlet_from": "manifest"}
    arts = run(CorpusSpec.from_config(cfg, tmp_path)).articles.set_index("doc_id")
    assert arts.loc["e", ["status", "outlet", "published"]].tolist() == ["empty", "jan awaz", "2024-03-05"]
    assert arts.loc["gone", ["status", "outlet", "published"]].tolist() == ["missing-file", "jan awaz", "2024-03-06"]
    assert arts.loc["feed-r1", ["status", "outlet", "published"]].tolist() == ["empty", "haat_news", "2024-03-13"]
    not_coded = arts[arts["status"] != "ok"]
    assert set(not_coded["status"]) == {"empty", "missing-file", "binary", "other-script"}
    folder_cfg = {"name": "x", "input": str(tmp_path), "outlet_from": "folder"}
    by_folder = run(CorpusSpec.from_config(folder_cfg, tmp_path)).articles.set_index("doc_id")
    assert by_folder.loc[["blob", "english"], "outlet"].tolist() == ["jan awaz", "jan awaz"]


@pytest.mark.parametrize(
    "saved",
    ["semicolons", "cp1252", "utf-16 tabs", "blank rows below"],
)
def test_a_manifest_saved_by_a_spreadsheet_is_read(tmp_path, saved):
    (tmp_path / "lokvani").mkdir()
    (tmp_path / "lokvani" / "mela.txt").write_text("पुस्तक मेला शुरू\n\nमेले में भीड़ उमड़ी।\n", encoding="utf-8")
    rows = [
        ("doc_id", "file", "outlet", "published", "notes"),
        ("m1", "lokvani/mela.txt", "lokvani", "15/03/2024", "café"),
    ]
    sep = {"semicolons": ";", "utf-16 tabs": "\t"}.get(saved, ",")
    text = (
        "\r\n".join(sep.join(r) for r in rows)
        + "\r\n"
        + (",,,,\r\n\r\n,,,,\r\n" if saved == "blank rows below" else "")
    )
    data = text.encode({"cp1252": "cp1252", "utf-16 tabs": "utf-16"}.get(saved, "utf-8-sig"))
    (tmp_path / "m.csv").write_bytes(data)
    spec = CorpusSpec.from_config(
        {"name": "x", "input": str(tmp_path / "lokvani"), "manifest": str(tmp_path / "m.csv")}, tmp_path
    )
    assert [(r.doc_id, r.outlet, r.published, r.notes) for r in spec.manifest] == [
        ("m1", "lokvani", "15/03/2024", "café")
    ]


def test_a_manifest_without_a_file_column_is_refused_even_without_rows(tmp_path):
    (tmp_path / "a.txt").write_text("शीर्षक है\n\nवाक्य।", encoding="utf-8")
    (tmp_path / "m.csv").write_bytes(b"\x01\x02\x03 not a header\n")
    with pytest.raises(UserError, match=r"m.csv: the manifest needs a 'file'"):
        CorpusSpec.from_config({"name": "x", "input": str(tmp_path), "manifest": str(tmp_path / "m.csv")}, tmp_path)
