"""Whatever a researcher's folder holds, every document is accounted for (issue #14).

One temporary corpus holds three good documents and every kind of bad input we know of;
the corpus stage runs on it as the workflow does (plan_entries → build_shard per shard →
merge_shards, plus the intake report). Each bad input must come out as a row of the
intake report with its status and a reason naming the file, the good documents must
come out exactly as from a corpus without the bad ones, and nothing may raise.
"""

import codecs
import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import CorpusSpec, build_shard, corpus_intake, merge_shards, plan_entries
from analysis.errors import UserError
from analysis.intake import intake_summary, require_usable
from analysis.segment import MAX_UNIT_CHARS
from analysis.tables import CORPUS_INTAKE, validate

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
ARTICLE = (
    "रूस और पाकिस्तान के रिश्ते\n\nरूस के विदेश मंत्री ने बुधवार को पाकिस्तान की यात्रा की। "
    "दोनों देशों ने व्यापार और सुरक्षा में सहयोग बढ़ाने पर बात की।\n"
)
SECRET = "SECRET-OUTSIDE-THE-CORPUS"
URDU = "روس اور پاکستان کے تعلقات پر وزیر خارجہ نے بدھ کو اسلام آباد میں بات چیت کی۔"
NAMES = ("खबर {1} 'उद्धरण' \"x\".txt", "with space {a}.txt")


def _own(day: str) -> str:
    """ARTICLE on another day: a text of its own, so that a file's encoding is tested, not a copy of
    ARTICLE in another encoding (which is set aside as a duplicate, `analysis.copies`)."""
    return ARTICLE.replace("बुधवार", day)


def _jsonl(*rows) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows).encode()


def _xlsx() -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "title", "text", "published"])
    sheet.append([1, "पहली खबर", "रूस ने पाकिस्तान के साथ सहयोग की बात कही। दूसरा वाक्य।", dt.datetime(2021, 4, 7)])
    sheet.append([2, "दूसरी खबर", "भारत और रूस के बीच बातचीत हुई।", "Jan 10, 2021"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# path -> (bytes, the status its rows must include, further text the reason must hold)
CASES = {
    "empty.txt": (b"", "empty", ""),
    "whitespace.txt": (b" \n\t \n", "empty", ""),
    "bom_only.txt": (codecs.BOM_UTF8, "empty", ""),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", ""),
    "nul.txt": (ARTICLE.encode().replace(b" ", b"\x00", 1), "ok", "NUL"),
    "latin1.txt": (
        "Le ministre a visité Islamabad mercredi; coopération renforcée entre les deux pays.".encode("latin-1"),
        "other-script",
        "Latin",
    ),
    "cp1252_quotes.txt": (
        "“The minister said” relations are improving — officials in Islamabad confirmed it.".encode("cp1252"),
        "other-script",
        "Latin",
    ),
    "utf16le_bom.txt": (codecs.BOM_UTF16_LE + _own("सोमवार").encode("utf-16-le"), "ok", ""),
    "utf16be_bom.txt": (codecs.BOM_UTF16_BE + _own("मंगलवार").encode("utf-16-be"), "ok", ""),
    "utf16le_nobom.txt": (_own("शुक्रवार").encode("utf-16-le"), "ok", ""),
    "utf16be_nobom.txt": (_own("शनिवार").encode("utf-16-be"), "ok", ""),
    "utf32.txt": (_own("रविवार").encode("utf-32"), "ok", ""),
    "krutidev.txt": ((DATA / "corpus_krutidev.txt").read_bytes(), "legacy-font-encoding", "KrutiDev"),
    "broken_utf8.txt": (ARTICLE.encode()[:30] + b"\xff" + ARTICLE.encode()[30:], "not-utf8", "offset 29"),
    "undecodable.txt": (b"abc \x81\x8d\x8f\x90\x9d def", "not-utf8", "cp1252"),
    "nobody.html": (b"<html><head><title>x</title></head></html>", "empty", "HTML"),
    "script_only.html": (b"<html><body><script>var a = 1;</script></body></html>", "empty", "HTML"),
    "lines.jsonl": (
        _jsonl(
            {"id": 1, "text": "रूस ने कहा कि सहयोग बढ़ेगा।"},
            "not json",
            "[1, 2]",
            {"id": 4, "text": "दूसरा वाक्य यहां है।", "publish_date": "Jan 10, 2021"},
            {"id": 5, "text": "पंक्ति\u2028के भीतर विभाजक।"},
        ),
        "bad-export",
        "line 2",
    ),
    "deep.jsonl": (b"[" * 100_000, "bad-export", "line 1"),
    "bad_date.jsonl": (_jsonl({"text": "रूस ने कहा कि सहयोग जल्द बढ़ेगा।", "date": "sometime soon"}), "ok", "sometime"),
    "semicolon.csv": (
        'id;title;text;date\n1;शीर्षक;"वाक्य, एक। दूसरा।";10/01/2021\n2;दूसरा;रूस ने कहा।;2021-01-11\n'.encode(),
        "ok",
        "",
    ),
    "huge_field.csv": (('title,text\nबड़ी,"' + "रूस ने कहा " * 20_000 + '"\n').encode(), "ok", "split"),
    "no_text_column.csv": (b"headline,author\nx,y\n", "bad-export", "'headline', 'author'"),
    "bom.csv": (codecs.BOM_UTF8 + "text,title\nरूस ने कहा।,शीर्षक\n".encode(), "ok", ""),
    "stray_sep.csv": ("title,text\nएक,रूस ने कहा।\nदो,वाक्य,अतिरिक्त,और\n".encode(), "bad-export", "line 3"),
    "only_blank_rows.csv": (b"text,title\n,\n\n", "empty", "no rows"),
    "book.xlsx": (_xlsx(), "ok", ""),
    "broken.xlsx": (b"this is not a zip file", "bad-export", "xlsx"),
    "old.xls": (b"\xd0\xcf\x11\xe0 old excel", "unsupported-format", ".xlsx"),
    "notes.md": ("# नोट्स\n\nयह एक टिप्पणी है।".encode(), "unsupported-format", "Markdown"),
    "noext": (ARTICLE.encode(), "unsupported-format", "without extension"),
    ".hidden.txt": (ARTICLE.encode(), "skipped-name", "hidden"),
    "README.txt": (b"about this corpus", "skipped-name", "documentation"),
    "my_readme_v2.txt": (b"about", "skipped-name", "documentation"),
    "LICENSE": (b"CC-BY", "skipped-name", "documentation"),
    "CHANGELOG.md": (b"v1", "skipped-name", "documentation"),
    "notice.txt": (b"notice", "skipped-name", "documentation"),
    "urdu.txt": (URDU.encode(), "other-script", "Arabic"),
    "long_line.txt": (("रूस ने पाकिस्तान से कहा " * 230_000).encode(), "ok", "split"),  # 5 MB, one line
    "dots.txt": (("ए." * 200_000).encode(), "ok", "split"),
    "dated.txt": (("Published: 10/01/2021\n\n" + _own("परसों")).encode(), "ok", ""),
    NAMES[0]: (ARTICLE.encode(), "ok", ""),
    NAMES[1]: (ARTICLE.replace("बुधवार", "गुरुवार").encode(), "ok", ""),
    # the same file saved again under a longer name: counted once, the reason names the file kept
    "खबर {1} 'उद्धरण' \"x\" (1).txt": (ARTICLE.encode(), "duplicate", f"the same bytes as {NAMES[0]}"),
    "undated.txt": (ARTICLE.replace("रूस", "भारत").encode(), "ok", "no publication date"),
}
# Files that are not plain bytes, and manifest rows: path -> (status, text the reason must hold)
SPECIAL = {
    "link_out.txt": ("symlink-refused", "symbolic link"),
    "linked_dir": ("symlink-refused", "folder"),
    "fifo.txt": ("unsupported-format", "regular file"),
    ".git": ("skipped-name", "hidden folder"),
    "manifest.csv": ("manifest", "manifest"),
    "gone.txt": ("missing-file", "not found"),
    "../outside/secret.txt": ("path-outside-corpus", "outside"),
    "good_a.txt": ("duplicate-manifest-row", "row 3 (doc_id dup_a) names the same file as row 2"),
}
GOOD_MANIFEST = "doc_id,file,outlet,published,event,notes\ngood_a,good_a.txt,Some Outlet,08 अप्रैल 2021,e1,\n"
BAD_MANIFEST_ROWS = (
    "dup_a,good_a.txt,Other,2020-01-01,,\ngone,gone.txt,,,,\n"
    "escape,../outside/secret.txt,,,,\nlinked,link_out.txt,,,,\n"
)


def _good_corpus(d: Path) -> None:
    d.mkdir(parents=True)
    (d / "good_a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub").mkdir()
    shutil.copy(next((ROOT / "seeds").glob("001_*.txt")), d / "sub" / "good_b.txt")
    (d / "good.jsonl").write_bytes(
        _jsonl(
            {
                "stories_id": 7,
                "title": "शीर्षक",
                "text": "रूस ने कहा। दूसरा वाक्य।",
                "publish_date": "2020-03-01T23:30:00-05:00",
            }
        )
    )
    (d / "manifest.csv").write_text(GOOD_MANIFEST, encoding="utf-8")


def _bad_inputs(d: Path, outside: Path) -> None:
    for name, (data, _, _) in CASES.items():
        (d / name).write_bytes(data)
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET + " रूस ने कहा।", encoding="utf-8")
    os.symlink(outside / "secret.txt", d / "link_out.txt")
    os.symlink(outside, d / "linked_dir")
    os.mkfifo(d / "fifo.txt")
    (d / ".git").mkdir()
    (d / ".git" / "config").write_text("x", encoding="utf-8")
    with (d / "manifest.csv").open("a", encoding="utf-8") as fh:
        fh.write(BAD_MANIFEST_ROWS)


def _run(d: Path):
    spec = CorpusSpec.from_config(
        {"name": "t", "input": str(d), "manifest": str(d / "manifest.csv"), "language": "hi"}, d.parent
    )
    entries = plan_entries(spec)
    parts = [build_shard(spec, entries[i : i + 7]) for i in range(0, len(entries), 7)]  # shards of 7
    return merge_shards(parts), corpus_intake(spec, parts)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    _good_corpus(base / "good")
    _good_corpus(base / "mixed" / "corpus")
    _bad_inputs(base / "mixed" / "corpus", base / "mixed" / "outside")
    return _run(base / "good"), _run(base / "mixed" / "corpus"), base / "mixed" / "corpus"


def test_there_are_at_least_thirty_kinds_of_bad_input():
    assert len(CASES) + len(SPECIAL) >= 30


@pytest.mark.parametrize("path", [*CASES, *SPECIAL])
def test_every_bad_input_has_a_status_row_naming_the_file(runs, path):
    _, (_, intake), _ = runs
    status, text = (CASES[path][1], CASES[path][2]) if path in CASES else SPECIAL[path]
    rows = intake[intake["path"] == path]
    assert status in set(rows["status"]), rows.to_dict("records")
    flagged = rows[rows["status"] == status]
    assert all(path in reason for reason in flagged["reason"]) or status == "ok"
    assert any(text in reason for reason in flagged["reason"]), flagged["reason"].tolist()


def test_every_file_found_has_exactly_one_row_unless_it_holds_records(runs):
    _, (_, intake), corpus = runs
    found = []
    for dirpath, dirnames, filenames in os.walk(corpus, followlinks=False):
        rel_dir = Path(dirpath).relative_to(corpus)
        if rel_dir.parts and rel_dir.parts[0] == ".git":
            continue
        found += [(rel_dir / n).as_posix() for n in dirnames + filenames]
    counts = intake["path"].value_counts()
    missing = [p for p in found if p not in counts and p not in ("sub",)]
    assert missing == []
    tables = {p for p in counts.index if p.endswith((".jsonl", ".csv", ".xlsx"))} | {"good_a.txt"}
    assert {p: n for p, n in counts.items() if n != 1 and p not in tables} == {}


def test_good_documents_come_out_as_without_the_bad_ones(runs):
    (good, good_intake), (mixed, _), _ = runs
    ids = set(good.articles["doc_id"])
    assert ids == {"good_a", "good_b", "good-7"} and set(good.articles["status"]) == {"ok"}
    for name in ("articles", "units", "cleaning_log"):
        a, b = getattr(good, name), getattr(mixed, name)
        b = b[b["doc_id"].isin(ids)].reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b)
    assert good_intake["status"].tolist().count("ok") == 3


def test_nothing_outside_the_corpus_is_read(runs):
    _, (mixed, intake), _ = runs
    assert not mixed.articles["text"].str.contains(SECRET).any()
    assert not mixed.units["text"].str.contains(SECRET).any()
    assert not intake["path"].str.startswith("linked_dir/").any()
    assert "linked" not in set(mixed.articles["doc_id"])  # its manifest row points at a link


def test_no_unit_is_longer_than_the_documented_maximum(runs):
    _, (mixed, _), _ = runs
    assert mixed.units["text"].str.len().max() <= MAX_UNIT_CHARS
    assert (mixed.units["doc_id"] == "long_line").sum() > 1000


def test_dates_are_parsed_and_the_raw_value_kept(runs):
    _, (mixed, intake), _ = runs
    published = dict(zip(mixed.articles["doc_id"], mixed.articles["published"]))
    assert published["good_a"] == "2021-04-08"  # Hindi month name in the manifest
    assert published["good-7"] == "2020-03-01"  # ISO with a zone: the day as written
    assert published["lines-4"] == "2021-01-10" and published["semicolon-1"] == "2021-01-10"
    assert published["dated"] == "2021-01-10" and published["book-2"] == "2021-01-10"
    assert published["book-1"] == "2021-04-07" and published["bad_date-001"] == ""
    row = intake[intake["doc_id"] == "bad_date-001"].iloc[0]
    assert row["status"] == "ok" and row["date_status"] == "unparsed" and row["published_raw"] == "sometime soon"
    assert intake.set_index("doc_id").at["good_a", "published_raw"] == "08 अप्रैल 2021"


def test_exports_keep_their_good_rows_around_bad_ones(runs):
    _, (mixed, intake), _ = runs
    status = dict(zip(mixed.articles["doc_id"], mixed.articles["status"]))
    assert [status[f"lines-{k}"] for k in (1, 4, 5)] == ["ok"] * 3
    assert status["lines-002"] == status["lines-003"] == "bad-export"
    assert status["stray_sep-001"] == "ok" and status["stray_sep-002"] == "bad-export"
    assert intake.set_index("doc_id").at["semicolon-1", "format"] == "csv (separator ';')"
    assert "विभाजक" in mixed.articles.set_index("doc_id").at["lines-5", "text"]  # U+2028 did not cut the line


def test_encodings_are_named_in_the_intake_report(runs):
    _, (_, intake), _ = runs
    enc = dict(zip(intake["path"], intake["encoding"]))
    assert enc["utf16le_nobom.txt"] == "utf-16-le" and enc["utf16be_nobom.txt"] == "utf-16-be"
    assert enc["utf16le_bom.txt"] == "utf-16" and enc["utf32.txt"] == "utf-32"
    assert enc["bom.csv"] == "utf-8 (BOM)" and enc["latin1.txt"] == "cp1252"


def test_file_names_with_braces_quotes_spaces_and_devanagari_survive(runs):
    _, (mixed, _), _ = runs
    a = mixed.articles.set_index("source_path")
    for name in NAMES:
        assert a.at[name, "status"] == "ok" and a.at[name, "doc_id"] == Path(name).stem


def test_the_intake_table_meets_its_spec_and_sums_up(runs):
    _, (_, intake), _ = runs
    validate(intake, CORPUS_INTAKE)
    summary = intake_summary(intake)
    assert "symlink-refused=2" in summary and "usable document(s)" in summary


def test_a_corpus_with_no_usable_document_is_a_user_error_with_the_summary(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "README.txt").write_text("x", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    spec = CorpusSpec.from_config({"input": str(d)}, tmp_path)
    parts = [build_shard(spec, plan_entries(spec))]
    with pytest.raises(UserError, match=r"no usable document.*empty=1, skipped-name=1"):
        require_usable(corpus_intake(spec, parts))


def test_output_piped_into_a_reader_that_stops_early_is_not_a_traceback():
    """`python -m analysis explain "…" | head -1`: the reader closes the pipe; no traceback."""
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line is written
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "explain", "नगर निगम ने मंगलवार को पार्क में नए झूले लगाए।"],
        cwd=ROOT,
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    os.close(write_end)
    assert "Traceback" not in run.stderr and "BrokenPipeError" not in run.stderr, run.stderr
