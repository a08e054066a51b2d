"""What a researcher takes away from a build of their own corpus (second QA round).

Each test builds a small corpus of articles written here (invented news-like Hindi, never
taken from a corpus, seed or set) and checks one promise the README makes about it.
"""

from __future__ import annotations

from pathlib import Path

from analysis.corpus import CorpusSpec, build_shard, corpus_intake, merge_shards, plan_entries
from analysis.dates import parse_date

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
