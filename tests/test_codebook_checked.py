"""A workflow run checks its codebook once: jobs given the token of the same bytes skip only the schema check."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import codebook
from analysis.codebook import CHECKED_ENV, checked_token, load_codebook
from analysis.errors import UserError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "config" / "codebook.yaml"


@pytest.fixture
def schema_checks(monkeypatch) -> list[str]:
    """Every schema check `load_codebook` makes, by file, while still checking."""
    seen: list[str] = []
    check = codebook._validate_schema

    def recording(data, where):
        seen.append(where)
        check(data, where)

    monkeypatch.setattr(codebook, "_validate_schema", recording)
    return seen


def test_without_the_runs_token_the_schema_is_checked(monkeypatch, schema_checks):
    monkeypatch.delenv(CHECKED_ENV, raising=False)
    load_codebook(DEFAULT)
    assert schema_checks == [str(DEFAULT)]


def test_the_token_of_the_same_bytes_skips_the_schema_check_and_builds_the_same_codebook(monkeypatch, schema_checks):
    monkeypatch.delenv(CHECKED_ENV, raising=False)
    checked = load_codebook(DEFAULT)
    monkeypatch.setenv(CHECKED_ENV, checked_token(DEFAULT))
    again = load_codebook(DEFAULT)
    assert schema_checks == [str(DEFAULT)]  # the first load only
    assert again.frame_ids == checked.frame_ids and again.target_ids == checked.target_ids
    assert again.actors == checked.actors


def test_an_edited_file_is_checked_again_and_its_error_still_names_the_key(monkeypatch, tmp_path, schema_checks):
    monkeypatch.setenv(CHECKED_ENV, checked_token(DEFAULT))
    edited = tmp_path / "codebook.yaml"
    text = DEFAULT.read_text(encoding="utf-8")
    edited.write_text(text.replace("version:", "version: [not, a, version]\nold_version:", 1), encoding="utf-8")
    with pytest.raises(UserError, match="version"):
        load_codebook(edited)
    assert schema_checks == [str(edited)]


def test_the_token_covers_the_schema_too(monkeypatch, tmp_path):
    copy = tmp_path / "codebook.yaml"
    copy.write_bytes(DEFAULT.read_bytes())
    before = checked_token(copy)
    assert before == checked_token(DEFAULT)  # the bytes, not the path
    other = tmp_path / "other.schema.json"
    other.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(codebook, "SCHEMA_PATH", other)
    assert checked_token(copy) != before


def test_inside_a_run_a_job_reads_and_hashes_its_codebook_once(monkeypatch, tmp_path, schema_checks):
    """The parsed copy and the run's token are both found by one digest of one read of the file."""
    from analysis import settings

    monkeypatch.setenv(settings.PARSED_ENV, str(settings.keep_parsed(DEFAULT, tmp_path / "parsed")))
    monkeypatch.setenv(CHECKED_ENV, checked_token(DEFAULT))
    reads, hashes = [], []
    read_bytes, digest = Path.read_bytes, settings.bytes_digest

    def counted_read(self):
        if self.name == DEFAULT.name:
            reads.append(self)
        return read_bytes(self)

    def counted_digest(raw):
        hashes.append(len(raw))
        return digest(raw)

    monkeypatch.setattr(Path, "read_bytes", counted_read)
    monkeypatch.setattr(settings, "bytes_digest", counted_digest)
    monkeypatch.setattr(codebook, "bytes_digest", counted_digest)
    book = load_codebook(DEFAULT)
    assert len(reads) == 1 and hashes.count(DEFAULT.stat().st_size) == 1
    assert schema_checks == []  # the token matched: the run has checked these bytes
    assert book.frame_ids
