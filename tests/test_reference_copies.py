"""A hand-coded row on a document set aside as a copy follows it to the copy kept.

Why: references drawn before copies were found hold rows on documents the corpus stage now sets
aside (`analysis.copies`); those documents have no units, so the rows fell out of validation as
unmatched without a word. The kept copy carries the same text: a row is paired with its unit of
the same text, and stays unmatched, with the reason, only where the kept copy lacks that text.
Sentences are invented for these tests.
"""

from __future__ import annotations

import pandas as pd

from analysis.copies import kept_copies
from analysis.corpus import CorpusSpec, build_shard, merge_shards, plan_entries
from analysis.reference import MATCHED, REFERENCE_ONLY, align, copy_counts, text_sha1
from analysis.reliability import write_validation

FRAMES = ["military", "economy"]
TARGETS = ["ru_pk"]
KEPT_TEXTS = ["मंडी में गेहूं की आवक बढ़ी।", "व्यापारियों ने भाव स्थिर रहने की उम्मीद जताई।"]


def row(doc, uid, text, coder="ref1", frames="economy", voice="outlet", speaker=""):
    return {
        "doc_id": doc,
        "unit_id": uid,
        "text": text,
        "coder": coder,
        "frames": frames,
        "stance_ru_pk": "none",
        "voice": voice,
        "speaker": speaker,
    }


def coded_units() -> pd.DataFrame:
    """The kept copy `k` has units; the set-aside copy `c` has none (the corpus stage drops them)."""
    out = pd.DataFrame([row("k", i, t) for i, t in enumerate(KEPT_TEXTS, 1)]).drop(columns="coder")
    return out.assign(speaker_side="", cues="[]")


def test_row_on_a_set_aside_copy_is_paired_with_the_kept_copys_unit_of_the_same_text():
    ref = pd.DataFrame([row("c", 3, "मंडी में  गेहूं की आवक बढ़ी ।")])  # spacing differs: the same text key
    before = align(ref, coded_units())
    assert list(before.loc[before["coder"] == "ref1", "status"]) == [REFERENCE_ONLY]  # qadup: lost
    al = align(ref, coded_units(), {"c": "k"})
    got = al[al["coder"] == "ref1"].iloc[0]
    assert got["status"] == MATCHED and got["doc_id"] == "c" and got["unit_id"] == 1
    assert got["note"].startswith("on a copy set aside as duplicate of k: paired")
    assert got["auto_frames"] == "economy"


def test_hashed_reference_row_follows_the_copy_by_its_hash():
    ref = pd.DataFrame([row("c", 2, KEPT_TEXTS[1])])
    ref = ref.assign(text_sha1=ref["text"].map(text_sha1)).drop(columns="text")
    al = align(ref, coded_units(), {"c": "k"})
    got = al[al["coder"] == "ref1"].iloc[0]
    assert got["status"] == MATCHED and got["unit_id"] == 2 and got["text"] == KEPT_TEXTS[1]


def test_row_whose_text_the_kept_copy_lacks_stays_unmatched_with_its_reason():
    ref = pd.DataFrame([row("c", 1, "मंडी में चने की आवक बढ़ी।")])  # the copies differ in one word here
    al = align(ref, coded_units(), {"c": "k"})
    got = al[al["coder"] == "ref1"].iloc[0]
    assert got["status"] == REFERENCE_ONLY and got["doc_id"] == "c"
    assert "which has no unit with this text" in got["note"]
    assert copy_counts(al).startswith("1 reference row(s) on documents set aside as copies: 0 paired")


def test_kept_unit_already_paired_with_the_same_coders_row_on_the_kept_copy_is_not_paired_twice():
    ref = pd.DataFrame([row("k", 1, KEPT_TEXTS[0]), row("c", 1, KEPT_TEXTS[0])])
    al = align(ref, coded_units(), {"c": "k"})
    on_copy = al[(al["coder"] == "ref1") & (al["doc_id"] == "c")].iloc[0]
    assert on_copy["status"] == REFERENCE_ONLY and "are paired with this coder's rows on k" in on_copy["note"]
    assert (al[al["doc_id"] == "k"]["status"] == MATCHED).sum() == 1


def test_second_coder_on_the_same_copy_is_paired_with_the_same_unit_and_compared():
    ref = pd.DataFrame([row("c", 1, KEPT_TEXTS[0]), row("c", 1, KEPT_TEXTS[0], coder="ref2")])
    al = align(ref, coded_units(), {"c": "k"})
    refs = al[al["coder"] != ""]
    assert list(refs["status"]) == [MATCHED, MATCHED] and set(refs["unit_id"]) == {1}
    assert refs["ref_key"].nunique() == 1  # the two coders' rows are the same unit for their agreement


def test_without_copies_nothing_changes_and_notes_are_empty():
    ref = pd.DataFrame([row("k", 1, KEPT_TEXTS[0])])
    al = align(ref, coded_units())
    assert set(al["note"]) == {""} and copy_counts(al) == ""
    assert al.drop(columns="note").equals(align(ref, coded_units(), {"x": "k"}).drop(columns="note"))


def test_validation_writes_the_reason_per_row_and_prints_the_count(tmp_path, capsys):
    path = tmp_path / "reference.csv"
    pd.DataFrame([row("c", 1, KEPT_TEXTS[0]), row("c", 2, "भाव में भारी गिरावट दर्ज हुई।")]).to_csv(path, index=False)
    paths = write_validation(
        path, coded_units(), tmp_path / "out", FRAMES, TARGETS, {"held-out": ["c"]}, 1, 20, copies={"c": "k"}
    )
    alignment = pd.read_csv(paths["alignment"], dtype=str, keep_default_na=False)
    assert list(alignment.columns)[-1] == "note"
    assert alignment.loc[alignment["coder"] == "ref1", "status"].tolist() == [MATCHED, REFERENCE_ONLY]
    assert "2 reference row(s) on documents set aside as copies: 1 paired" in capsys.readouterr().out
    rel = pd.read_csv(paths["reliability"])
    assert rel.loc[(rel["group"] == "held-out") & (rel["variable"] == "voice"), "n"].iloc[0] == 1


def test_kept_copies_reads_the_kept_document_back_from_the_marked_articles():
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d", "e"],
            "status": ["ok", "duplicate", "ok", "headline-only", "duplicate"],
            "source_path": ["p/1.txt", "p/1 (1).txt", "q/1.txt", "p/2.txt", "p/2 copy.txt"],
            "sha256": ["s1", "s2", "s3", "s4", "s4"],
            "text_sha256": ["t1", "t1", "t1", "t2", "t2"],
            "outlet": ["p", "p", "q", "p", "p"],
            "published": ["2020-04-01", "2020-04-02", "2020-04-01", "", ""],
        }
    )
    assert kept_copies(articles) == {"b": "a", "e": "d"}  # never the other outlet's same text (c)
    assert kept_copies(articles.assign(status="ok")) == {}


MARKET = (
    "मंडी में गेहूं की आवक बढ़ी\n\nप्रकाशित: 03 अप्रैल 2020\n\n"
    "सुबह से ही मंडी में ट्रैक्टरों की कतार लगी रही। व्यापारियों ने भाव स्थिर रहने की उम्मीद जताई।\n\n"
    "किसान संगठन ने खरीद केंद्र बढ़ाने की मांग की।\n"
)


def _market_corpus(root, set_aside_copies=True):
    """One story of one outlet saved as UTF-8 and again as UTF-16 with Windows line ends (a copy)."""
    (root / "mandi").mkdir(parents=True)
    (root / "mandi" / "2020-04-03_gehun.txt").write_bytes(MARKET.encode())
    (root / "mandi" / "2020-04-03_gehun_copy.txt").write_bytes(MARKET.replace("\n", "\r\n").encode("utf-16"))
    spec = CorpusSpec.from_config(
        {"name": "mandi", "input": str(root), "language": "hi", "outlet_from": "folder"}, root
    )
    return merge_shards([build_shard(spec, plan_entries(spec))], set_aside_copies=set_aside_copies)


def test_a_row_drawn_on_a_copy_before_copies_were_set_aside_follows_it_in_the_built_corpus(tmp_path):
    before = _market_corpus(tmp_path / "a", set_aside_copies=False)  # the units a sample was drawn from
    after = _market_corpus(tmp_path / "b")
    copies = kept_copies(after.articles)
    assert len(copies) == 1 and set(before.units["doc_id"]) == set(after.articles["doc_id"])
    (copy,) = copies
    assert copy not in set(after.units["doc_id"])  # set aside: its units are gone
    drawn = before.units[before.units["doc_id"].eq(copy) & before.units["role"].eq("body")].iloc[[1]]
    ref = pd.DataFrame([row(copy, int(drawn["unit_id"].iloc[0]), "")]).assign(
        text_sha1=drawn["text"].map(text_sha1).to_list()
    )
    ref = ref.drop(columns="text")
    coded = after.units.assign(frames="", stance_ru_pk="none", voice="outlet", speaker="", speaker_side="", cues="[]")
    assert set(align(ref, coded)["status"]) == {REFERENCE_ONLY}  # qadup: unmatched without a word
    got = align(ref, coded, copies)
    got = got[got["coder"] == "ref1"].iloc[0]
    assert got["status"] == MATCHED and got["text"] == drawn["text"].iloc[0]
