"""Readers and bad input: every problem becomes a status with a clear message."""

import json
from pathlib import Path

from analysis.ingest import decode_bytes, looks_like_legacy_font, read_file

DATA = Path(__file__).resolve().parent / "data"


def test_utf16_with_bom_is_decoded():
    text, status, _ = decode_bytes("रूस और पाकिस्तान".encode("utf-16"), "a.txt")
    assert status == "ok" and text == "रूस और पाकिस्तान"


def test_utf8_bom_is_dropped():
    assert decode_bytes("\ufeffनमस्ते".encode("utf-8"), "a.txt")[0] == "नमस्ते"


def test_empty_and_whitespace_files_are_empty():
    assert decode_bytes(b"", "a.txt")[1] == "empty"
    assert decode_bytes(b" \n\n", "a.txt")[1] == "empty"


def test_binary_file_is_flagged():
    text, status, detail = decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.txt")
    assert text is None and status == "binary" and "img.txt" in detail


def test_non_utf8_bytes_get_a_clear_message():
    text, status, detail = decode_bytes("रूस".encode() + b"\xe9t\xe9", "latin.txt")
    assert text is None and status == "not-utf8"
    assert "latin.txt" in detail and "offset 9" in detail and "UTF-8" in detail


def test_krutidev_fixture_is_flagged_as_legacy_font(tmp_path):
    docs = read_file(DATA / "corpus_krutidev.txt", "corpus_krutidev.txt", "k", "hi")
    assert docs[0].status == "legacy-font-encoding" and "KrutiDev" in docs[0].status_detail


def test_english_and_mixed_hindi_are_not_legacy_font():
    assert not looks_like_legacy_font("The minister said on Saturday that all states must prepare beds. " * 3)
    assert not looks_like_legacy_font("PM Modi Guyana Visit: प्रधानमंत्री नरेंद्र मोदी ने संसद को संबोधित किया. " * 3)


def test_jsonl_export_with_media_cloud_columns(tmp_path):
    p = tmp_path / "mc.jsonl"
    rows = [
        {
            "stories_id": 11,
            "title": "शीर्षक",
            "media_name": "Dainik Jagran",
            "publish_date": "2020-03-01 10:00:00",
            "url": "https://x",
            "text": "पहला वाक्य। दूसरा।",
        },
        {"stories_id": 12, "title": "खाली", "media_name": "X", "publish_date": "", "url": "u", "text": ""},
    ]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    docs = read_file(p, "mc.jsonl", "mc", "hi")
    assert [d.doc_id for d in docs] == ["mc-11", "mc-12"]
    assert docs[0].meta == {"title": "शीर्षक", "outlet": "Dainik Jagran", "published": "2020-03-01", "url": "https://x"}
    assert docs[0].status == "ok" and docs[1].status == "empty" and "row 2" in docs[1].status_detail


def test_csv_export_plain_columns(tmp_path):
    p = tmp_path / "e.csv"
    p.write_text('title,text,outlet,published,url\nशीर्षक,"वाक्य। दूसरा।",India TV,2021-04-06,u\n', encoding="utf-8")
    docs = read_file(p, "e.csv", "e", "hi")
    assert len(docs) == 1 and docs[0].doc_id == "e-001" and docs[0].meta["outlet"] == "India TV"


def test_malformed_jsonl_line_is_a_status_row_and_the_good_lines_survive(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "रूस ने कहा।"}\nnot json\n{"text": "दूसरा वाक्य।"}\n', encoding="utf-8")
    docs = read_file(p, "bad.jsonl", "bad", "hi")
    assert [(d.doc_id, d.status) for d in docs] == [("bad-001", "ok"), ("bad-002", "bad-export"), ("bad-003", "ok")]
    assert "line 2" in docs[1].status_detail and "bad.jsonl" in docs[1].status_detail


def test_a_jsonl_text_that_is_a_number_or_a_list_is_a_bad_export_row_naming_its_line(tmp_path):
    p = tmp_path / "odd.jsonl"
    p.write_text('{"text": "गाँव में मेला लगा।"}\n{"text": 42}\n{"content": ["एक", "दो"]}\n', encoding="utf-8")
    docs = read_file(p, "odd.jsonl", "odd", "hi")
    assert [d.status for d in docs] == ["ok", "bad-export", "bad-export"]
    assert "odd.jsonl: line 2" in docs[1].status_detail and "a number" in docs[1].status_detail
    assert "line 3" in docs[2].status_detail and "'content' holds a JSON array" in docs[2].status_detail


def test_html_main_text_and_metadata(tmp_path):
    body = "".join(f"<p>रूस के विदेश मंत्री ने पाकिस्तान की यात्रा की और कई मुद्दों पर बात की, वाक्य {i}।</p>" for i in range(6))
    html = (
        f"<html><head><title>लावरोव की यात्रा</title><meta property='og:site_name' content='India TV'>"
        f"<meta name='date' content='2021-04-07'></head><body><nav>Home / World</nav><article><h1>लावरोव की यात्रा</h1>"
        f"{body}</article><footer>Copyright 2021</footer></body></html>"
    )
    p = tmp_path / "a.html"
    p.write_text(html, encoding="utf-8")
    doc = read_file(p, "a.html", "a", "hi")[0]
    assert doc.status == "ok" and "वाक्य 3" in doc.text and "Copyright" not in doc.text
    assert doc.meta.get("title") == "लावरोव की यात्रा" and doc.meta.get("published") == "2021-04-07"
