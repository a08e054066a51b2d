"""A workflow run parses its codebook once: jobs read the kept data, the same as the YAML, or parse the file."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from analysis import settings
from analysis.errors import UserError
from analysis.settings import PARSED_ENV, keep_parsed, read_yaml

ROOT = Path(__file__).resolve().parent.parent
CODEBOOK = ROOT / "config" / "codebook.yaml"


def test_the_kept_data_is_the_yamls_in_the_same_order(tmp_path, monkeypatch):
    monkeypatch.delenv(PARSED_ENV, raising=False)
    parsed = read_yaml(CODEBOOK, "codebook")
    monkeypatch.setenv(PARSED_ENV, str(keep_parsed(CODEBOOK, tmp_path / "kept")))
    monkeypatch.setattr(settings, "_parse_yaml", lambda *a: pytest.fail("the YAML was parsed again"))
    kept = read_yaml(CODEBOOK, "codebook")
    assert kept == parsed and list(kept) == list(parsed)
    assert [f["id"] for f in kept["frames"]] == [f["id"] for f in parsed["frames"]]


def test_changed_bytes_are_parsed_not_read_from_the_kept_data(tmp_path, monkeypatch):
    book = tmp_path / "book.yaml"
    book.write_text("name: खबर\nitems: [1, 2.5, true, null]\n", encoding="utf-8")
    monkeypatch.setenv(PARSED_ENV, str(keep_parsed(book, tmp_path / "kept")))
    book.write_text("name: समाचार\nitems: [3]\n", encoding="utf-8")
    assert read_yaml(book, "codebook") == {"name": "समाचार", "items": [3]}


def test_crlf_and_lf_files_read_alike_whether_kept_or_parsed(tmp_path, monkeypatch):
    book = tmp_path / "book.yaml"
    book.write_bytes("note: |\r\n  पहली पंक्ति\r\n  second line\r\n".encode())
    monkeypatch.delenv(PARSED_ENV, raising=False)
    parsed = read_yaml(book, "codebook")
    monkeypatch.setenv(PARSED_ENV, str(keep_parsed(book, tmp_path / "kept")))
    assert read_yaml(book, "codebook") == parsed == {"note": "पहली पंक्ति\nsecond line\n"}


def test_data_marshal_cannot_hold_is_not_kept_and_still_read(tmp_path, monkeypatch):
    book = tmp_path / "book.yaml"
    book.write_text("released: 2021-04-07\n", encoding="utf-8")
    folder = keep_parsed(book, tmp_path / "kept")
    assert not list(folder.glob("*.marshal")) if folder.exists() else True
    monkeypatch.setenv(PARSED_ENV, str(folder))
    assert str(read_yaml(book, "codebook")["released"]) == "2021-04-07"


def test_a_broken_or_missing_file_keeps_nothing_and_read_yaml_says_why(tmp_path, monkeypatch):
    broken = tmp_path / "broken.yaml"
    broken.write_text("frames: [a, b\n", encoding="utf-8")
    monkeypatch.setenv(PARSED_ENV, str(keep_parsed(broken, tmp_path / "kept")))
    keep_parsed(tmp_path / "missing.yaml", tmp_path / "kept")
    assert not (tmp_path / "kept").exists()
    with pytest.raises(UserError, match="not valid YAML"):
        read_yaml(broken, "codebook")
    with pytest.raises(UserError, match="file not found"):
        read_yaml(tmp_path / "missing.yaml", "codebook")


def test_a_kept_file_another_python_cannot_read_falls_back_to_the_yaml(tmp_path, monkeypatch):
    book = tmp_path / "book.yaml"
    book.write_text("a: 1\n", encoding="utf-8")
    folder = keep_parsed(book, tmp_path / "kept")
    for kept in folder.glob("*.marshal"):
        kept.write_bytes(marshal.dumps({"a": 1})[:-3])  # truncated: marshal cannot read it
    monkeypatch.setenv(PARSED_ENV, str(folder))
    assert read_yaml(book, "codebook") == {"a": 1}
