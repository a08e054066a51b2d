"""Reliability statistics checked against small examples computed by hand."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.errors import UserError
from analysis.reference import CODED_ONLY, MATCHED, REFERENCE_ONLY, align, load_reference, text_sha1
from analysis.reliability import confusion_tables, disagreements, reliability_table, write_validation
from analysis.stats import nominal_alpha

ROOT = Path(__file__).resolve().parents[1]
FRAMES = ["military", "terrorism", "economy", "diplomacy", "regional", "india", "geopolitics"]
TARGETS = ["ru_pk", "ru_in"]
DEV = ["000_70fcd1fcf208ac3d", "001_e8ecfaa8974a42b6", "002_ca77ba33da955ca4"]
HELD = ["003_9f78bb9ca59e6774", "004_c8b743e923a71395"]


def unit(doc, uid, text, coder="ref1", frames="", pk="none", ri="none", voice="outlet", speaker=""):
    return {
        "doc_id": doc,
        "unit_id": uid,
        "text": text,
        "coder": coder,
        "frames": frames,
        "stance_ru_pk": pk,
        "stance_ru_in": ri,
        "voice": voice,
        "speaker": speaker,
    }


def coded_from(reference: pd.DataFrame, cues: str = "[]") -> pd.DataFrame:
    out = reference.drop(columns="coder").drop_duplicates(["doc_id", "unit_id"]).copy()
    out["speaker_side"] = ""
    out["cues"] = cues
    return out.reset_index(drop=True)


# -------------------------------------------------------------------- alignment


def test_alignment_survives_resegmentation_and_reports_unmatched_rows():
    ref = pd.DataFrame(
        [
            unit("d1", 1, "शीर्षक यहां"),
            unit("d1", 2, "पहला वाक्य. दूसरा वाक्य."),  # the new splitter cuts this in two
            unit("d1", 3, "“ज़रूरी”  बात   है ।"),  # spacing, nukta and quotes differ below
        ]
    )
    coded = coded_from(
        pd.DataFrame(
            [
                unit("d1", 1, "शीर्षक यहां"),
                unit("d1", 2, "पहला वाक्य."),
                unit("d1", 3, "दूसरा वाक्य."),
                unit("d1", 4, '"जरूरी" बात है।'),
            ]
        )
    )
    al = align(ref, coded)
    status = dict(zip(al["text"], al["status"]))
    assert status["शीर्षक यहां"] == MATCHED
    assert status["पहला वाक्य. दूसरा वाक्य."] == REFERENCE_ONLY
    assert status["पहला वाक्य."] == CODED_ONLY and status["दूसरा वाक्य."] == CODED_ONLY
    third = al[al["ref_unit_id"] == 3].iloc[0]
    assert third["status"] == MATCHED and third["unit_id"] == 4  # renumbered, still paired
    assert len(al) == 5  # 3 reference rows + 2 coded-only units: nothing dropped


def test_repeated_text_is_paired_by_unit_id():
    ref = pd.DataFrame([unit("d", 2, "वही बात।", pk="favor"), unit("d", 5, "वही बात।", pk="against")])
    coded = coded_from(pd.DataFrame([unit("d", 5, "वही बात।", pk="against"), unit("d", 2, "वही बात।", pk="favor")]))
    al = align(ref, coded)
    assert list(al["ref_unit_id"]) == list(al["unit_id"]) == [2, 5]
    assert list(al["ref_stance_ru_pk"]) == list(al["auto_stance_ru_pk"])


def test_align_names_missing_columns():
    with pytest.raises(UserError, match="coded units: missing columns"):
        align(pd.DataFrame([unit("d", 1, "x")]), pd.DataFrame({"doc_id": ["d"]}))


# ------------------------------------------------------- table, bootstrap, groups


def _synthetic(n: int = 40, seed: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        doc = "dev" if i < n // 2 else "held"
        frames = "|".join(f for f in FRAMES[:3] if rng.random() < 0.4)
        pk = ["favor", "against", "none"][rng.integers(3)]
        voice = ["outlet", "quoted", "reported"][rng.integers(3)]
        rows.append(
            unit(
                doc,
                i + 1,
                f"वाक्य {i}।",
                frames=frames,
                pk=pk,
                voice=voice,
                speaker="" if voice == "outlet" else "lavrov",
            )
        )
    ref = pd.DataFrame(rows)
    coded = coded_from(ref)
    wrong = rng.random(n) < 0.25
    coded.loc[wrong, "stance_ru_pk"] = "none"
    coded.loc[rng.random(n) < 0.2, "frames"] = "military"
    return ref, coded


def test_bootstrap_is_deterministic_under_a_seed_and_moves_with_it():
    ref, coded = _synthetic()
    al = align(ref, coded)
    groups = {"development": ["dev"], "held-out": ["held"]}
    a = reliability_table(al, FRAMES, TARGETS, groups, seed=11, n_boot=200)
    b = reliability_table(al, FRAMES, TARGETS, groups, seed=11, n_boot=200)
    c = reliability_table(al, FRAMES, TARGETS, groups, seed=12, n_boot=200)
    pd.testing.assert_frame_equal(a, b)
    assert not np.allclose(a["ci_low"].fillna(-9), c["ci_low"].fillna(-9))
    assert list(a.columns[:8]) == ["variable", "statistic", "value", "ci_low", "ci_high", "n", "group", "band"]


def test_ci_contains_point_estimate_and_groups_have_their_own_n():
    ref, coded = _synthetic(n=60)
    al = align(ref, coded)
    t = reliability_table(al, FRAMES, TARGETS, {"development": ["dev"], "held-out": ["held"]}, seed=5, n_boot=400)
    acc = t[t["statistic"].isin(["accuracy", "f_avg", "macro_f1"])].dropna(subset=["ci_low"])
    assert len(acc) > 0
    assert ((acc["ci_low"] <= acc["value"] + 1e-12) & (acc["value"] <= acc["ci_high"] + 1e-12)).all()
    n_by_group = t[(t["variable"] == "voice") & (t["statistic"] == "accuracy")].set_index("group")["n"]
    assert n_by_group.to_dict() == {"development": 30, "held-out": 30, "all": 60}
    # stance accuracy equals the hand count of agreeing units
    all_rows = t[(t["group"] == "all") & (t["variable"] == "stance_ru_pk") & (t["statistic"] == "accuracy")]
    expected = (ref["stance_ru_pk"].to_numpy() == coded["stance_ru_pk"].to_numpy()).mean()
    assert all_rows["value"].iloc[0] == pytest.approx(expected)
    assert set(t.loc[t["statistic"] == "alpha", "band"]) <= {"reliable", "tentative", "not reliable", "undefined"}
    assert (t.loc[t["statistic"] != "alpha", "band"] == "").all()


def test_degenerate_variable_gives_nan_with_reason_not_a_crash():
    ref = pd.DataFrame([unit("d", i, f"वाक्य {i}।") for i in range(1, 6)])  # all none/outlet
    t = reliability_table(align(ref, coded_from(ref)), FRAMES, TARGETS, {}, seed=1, n_boot=50)
    row = t[(t["variable"] == "stance_ru_pk") & (t["statistic"] == "alpha")].iloc[0]
    assert np.isnan(row["value"]) and row["band"] == "undefined" and "one category" in row["note"]
    acc = t[(t["variable"] == "voice") & (t["statistic"] == "accuracy")].iloc[0]
    assert acc["value"] == 1.0 and acc["n"] == 5


def test_two_human_coders_give_coder_vs_coder_rows():
    texts = [f"वाक्य {i}।" for i in range(6)]
    a = [
        unit("d", i + 1, t, coder="ref1", pk=p)
        for i, (t, p) in enumerate(zip(texts, ["favor", "favor", "against", "against", "favor", "none"]))
    ]
    b = [
        unit("d", i + 1, t, coder="ref2", pk=p)
        for i, (t, p) in enumerate(zip(texts, ["favor", "against", "against", "against", "favor", "none"]))
    ]
    ref = pd.DataFrame(a + b)
    t = reliability_table(align(ref, coded_from(pd.DataFrame(a))), FRAMES, TARGETS, {}, seed=1, n_boot=50)
    assert {"coder-vs-ref1", "coder-vs-ref2", "ref1-vs-ref2"} <= set(t["comparison"])
    row = t[
        (t["comparison"] == "ref1-vs-ref2")
        & (t["variable"] == "stance_ru_pk")
        & (t["statistic"] == "alpha")
        & (t["group"] == "all")
    ].iloc[0]
    code = {"favor": 0, "against": 1, "none": 2}
    data = np.array([[code[r["stance_ru_pk"]] for r in a], [code[r["stance_ru_pk"]] for r in b]], float)
    assert row["value"] == pytest.approx(nominal_alpha(data)[0])
    assert row["n"] == 6
    agree = t[
        (t["comparison"] == "ref1-vs-ref2")
        & (t["variable"] == "stance_ru_pk")
        & (t["statistic"] == "agreement")
        & (t["group"] == "all")
    ].iloc[0]
    assert agree["value"] == pytest.approx(5 / 6)


def test_coders_of_different_rounds_who_share_no_unit_get_no_comparison():
    # rounds coded by different people: ref1 and ref2 code the same units, ref3 others
    first = [unit("d", i, f"वाक्य {i}।", coder=c) for c in ("ref1", "ref2") for i in range(1, 4)]
    later = [unit("e", i, f"खबर {i}।", coder="ref3") for i in range(1, 4)]
    ref = pd.DataFrame(first + later)
    coded = coded_from(pd.DataFrame([r for r in first if r["coder"] == "ref1"] + later))
    t = reliability_table(align(ref, coded), FRAMES, TARGETS, {}, seed=1, n_boot=20)
    assert "ref1-vs-ref2" in set(t["comparison"]) and "all-coders" in set(t["comparison"])
    assert not {"ref1-vs-ref3", "ref2-vs-ref3"} & set(t["comparison"])


# ------------------------------------------------------ disagreements, confusion


def test_disagreements_list_wrong_units_with_the_cues_that_fired():
    ref = pd.DataFrame(
        [unit("d", 1, "रक्षा सहयोग।", frames="military", pk="favor"), unit("d", 2, "वार्ता हुई।", frames="diplomacy")]
    )
    cues = json.dumps(
        [{"variable": "frames", "value": "economy", "pattern": "सहयोग", "start": 6, "end": 11, "text": "सहयोग"}],
        ensure_ascii=False,
    )
    coded = coded_from(ref, cues="[]")
    coded.loc[0, ["frames", "cues"]] = ["economy", cues]
    d = disagreements(align(ref, coded), FRAMES, TARGETS)
    assert set(d["variable"]) == {"frame_military", "frame_economy"}
    eco = d[d["variable"] == "frame_economy"].iloc[0]
    assert (eco["reference"], eco["coder"]) == ("absent", "present")
    assert "सहयोग" in eco["cues"]
    mil = d[d["variable"] == "frame_military"].iloc[0]
    assert mil["cues"] == "" and "economy" in mil["other_cues"]


def test_confusion_table_counts_reference_by_coder():
    ref = pd.DataFrame(
        [
            unit("d", i, f"वाक्य {i}।", voice=v, speaker="" if v == "outlet" else "x")
            for i, v in enumerate(["outlet", "quoted", "reported", "reported"], 1)
        ]
    )
    coded = coded_from(ref)
    coded.loc[3, ["voice", "speaker"]] = ["quoted", "x"]
    tabs = confusion_tables(align(ref, coded), TARGETS)
    voice = tabs["voice"].set_index("reference")
    assert voice.loc["reported", "coder:quoted"] == 1 and voice.loc["reported", "coder:reported"] == 1
    assert int(voice.to_numpy().sum()) == 4
    assert set(tabs) >= {"voice", "stance_ru_pk", "stance_ru_in", "speaker", "frames"}


# ------------------------------------------------------------ the reference file


def test_load_reference_names_file_and_line_of_a_bad_value(tmp_path):
    bad = pd.DataFrame([unit("d", 1, "x"), unit("d", 2, "y", pk="favour")])
    path = tmp_path / "reference.csv"
    bad.to_csv(path, index=False)
    with pytest.raises(UserError, match=r"reference\.csv: line 3: stance_ru_pk='favour'"):
        load_reference(path, FRAMES, TARGETS)


def test_reference_sample_covers_every_unit_of_the_five_seeds():
    ref = load_reference(ROOT / "annotations" / "reference.csv", FRAMES, TARGETS)
    assert sorted(ref["doc_id"].unique()) == sorted(DEV + HELD)
    assert set(ref["coder"]) == {"ref1"}
    for doc, part in ref.groupby("doc_id"):
        assert list(part["unit_id"]) == list(range(1, len(part) + 1)), doc
        seed_text = " ".join((ROOT / "seeds" / f"{doc}.txt").read_text(encoding="utf-8").split())
        for text in part["text"]:
            assert text == unicodedata.normalize("NFC", " ".join(text.split()))
            assert text in seed_text, (doc, text)
            assert "russia pakistan relations" not in text
        assert part["text"].is_unique, doc  # seed 000's repeated body is coded once


def test_write_validation_writes_all_tables(tmp_path):
    ref, coded = _synthetic(n=12)
    path = tmp_path / "reference.csv"
    ref.to_csv(path, index=False)
    paths = write_validation(
        path,
        coded,
        tmp_path / "out",
        FRAMES,
        TARGETS,
        {"development": ["dev"], "held-out": ["held"]},
        seed=1,
        n_boot=30,
    )
    table = pd.read_csv(paths["reliability"])
    assert set(table["group"]) == {"development", "held-out", "all"}
    assert paths["disagreements"].exists()
    assert paths["confusion_voice"] == tmp_path / "out" / "confusion" / "voice.csv"
    assert paths["confusion_voice"].exists()
    first = paths["reliability"].read_bytes()
    write_validation(
        path,
        coded,
        tmp_path / "out",
        FRAMES,
        TARGETS,
        {"development": ["dev"], "held-out": ["held"]},
        seed=1,
        n_boot=30,
    )
    assert paths["reliability"].read_bytes() == first


# ------------------------------------------- hashed references (text not redistributable)

COVID = ROOT.parent / "shared" / "corpora" / "hindi-covid-5papers"


def hashed(df: pd.DataFrame) -> pd.DataFrame:
    """A reference as stored for a corpus whose text may not be copied: text -> text_sha1."""
    out = df.assign(text_sha1=[text_sha1(t) for t in df["text"]]).drop(columns="text")
    return out[
        ["doc_id", "unit_id", "text_sha1"] + [c for c in out.columns if c not in ("doc_id", "unit_id", "text_sha1")]
    ]


def test_text_sha1_is_the_hash_of_the_matching_key():
    # spacing, nukta and quote style do not change the key, so they do not change the hash
    assert text_sha1("“ज़रूरी”  बात   है ।") == text_sha1('"जरूरी" बात है।')
    assert text_sha1("“ज़रूरी” बात है ।") == hashlib.sha1('"जरूरी"बातहै।'.encode()).hexdigest()
    assert text_sha1("बात है।") != text_sha1("बात थी।")


def test_hashed_reference_matches_unit_by_document_and_text_hash():
    ref = hashed(
        pd.DataFrame(
            [
                unit("d1", 1, "शीर्षक यहां", frames="india"),
                unit("d1", 3, "“ज़रूरी”  बात   है ।", voice="quoted", speaker="india"),
            ]
        )
    )
    coded = coded_from(
        pd.DataFrame(
            [
                unit("d1", 1, "शीर्षक यहां", frames="india"),
                unit("d1", 4, '"जरूरी" बात है।', voice="quoted", speaker="india"),  # renumbered, respelled
                unit("d2", 3, '"जरूरी" बात है।'),  # same text in another document: not a match
            ]
        )
    )
    al = align(ref, coded)
    matched = al[al["status"] == MATCHED]
    assert list(matched["ref_unit_id"]) == [1, 3] and list(matched["unit_id"]) == [1, 4]
    assert list(matched["text"]) == ["शीर्षक यहां", '"जरूरी" बात है।']  # the coded unit's text
    assert (matched["ref_voice"] == matched["auto_voice"]).all()
    assert "d2" not in set(al["doc_id"])  # a document nobody coded by hand is not compared at all
    assert al[al["status"] == CODED_ONLY].empty
    table = reliability_table(al, FRAMES, TARGETS, {}, seed=1, n_boot=20)
    acc = table[(table["variable"] == "voice") & (table["statistic"] == "accuracy")]
    assert acc["value"].tolist() == [1.0] and acc["n"].tolist() == [2]


def test_hashed_reference_reports_a_resegmented_unit_unmatched():
    ref = hashed(pd.DataFrame([unit("d1", 2, "पहला वाक्य. दूसरा वाक्य.", frames="economy")]))
    coded = coded_from(
        pd.DataFrame(
            [
                unit("d1", 2, "पहला वाक्य."),
                unit("d1", 3, "दूसरा वाक्य."),
            ]
        )
    )
    al = align(ref, coded)
    assert sorted(al["status"]) == [CODED_ONLY, CODED_ONLY, REFERENCE_ONLY]
    lost = al[al["status"] == REFERENCE_ONLY].iloc[0]
    assert lost["text"] == f"(text_sha1 {text_sha1('पहला वाक्य. दूसरा वाक्य.')})"
    assert pd.isna(lost["unit_id"])
    dis = disagreements(al, FRAMES, TARGETS)
    assert (dis["variable"] == "alignment").sum() == 3  # shown to the researcher, not dropped


def test_load_reference_accepts_text_sha1_and_checks_it(tmp_path):
    path = tmp_path / "reference_covid.csv"
    good = hashed(pd.DataFrame([unit("d", 1, "x"), unit("d", 2, "y")]))
    good.to_csv(path, index=False)
    assert list(load_reference(path, FRAMES, TARGETS)["text_sha1"]) == [text_sha1("x"), text_sha1("y")]
    good.assign(text_sha1=["abc", text_sha1("y")]).to_csv(path, index=False)
    with pytest.raises(UserError, match=r"reference_covid\.csv: line 2: text_sha1 'abc'"):
        load_reference(path, FRAMES, TARGETS)
    good.drop(columns="text_sha1").to_csv(path, index=False)
    with pytest.raises(UserError, match=r"missing columns \['text \(or text_sha1\)'\]"):
        load_reference(path, FRAMES, TARGETS)


def test_write_validation_with_a_hashed_reference(tmp_path):
    ref, coded = _synthetic(n=12)
    path = tmp_path / "reference.csv"
    hashed(ref).to_csv(path, index=False)
    paths = write_validation(
        path,
        coded,
        tmp_path / "out",
        FRAMES,
        TARGETS,
        {"development": ["dev"], "held-out": ["held"]},
        seed=1,
        n_boot=30,
    )
    alignment = pd.read_csv(paths["alignment"], dtype=str, keep_default_na=False)
    assert set(alignment["status"]) == {MATCHED}
    assert sorted(alignment["text"]) == sorted(ref["text"])


def test_covid_reference_file_is_valid_and_carries_no_text():
    path = ROOT / "annotations" / "reference_covid.csv"
    ref = load_reference(path, FRAMES, TARGETS)
    assert "text" not in ref.columns  # the publishers' text is not redistributed
    assert set(ref["coder"]) == {"ref1"}
    assert not ref.duplicated(["doc_id", "unit_id"]).any()
    assert not ref.duplicated(["doc_id", "text_sha1"]).any()
    assert ref["doc_id"].str.fullmatch(r"[A-Z]{2}-2020-[A-Z]{3}-\d{2}-\d{3}").all()


@pytest.mark.covid
@pytest.mark.skipif(not COVID.is_dir(), reason="needs ../shared/corpora/hindi-covid-5papers")
def test_covid_reference_matches_units_of_the_corpus_stage():
    import yaml

    from analysis.corpus import CorpusSpec, build_shard, plan_entries

    ref = load_reference(ROOT / "annotations" / "reference_covid.csv", FRAMES, TARGETS)
    cfg = yaml.safe_load((ROOT / "config" / "corpora" / "covid5.yaml").read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], ROOT)
    files = {d.rsplit("-", 1)[0] for d in ref["doc_id"]}  # doc AU-2020-ARP-02-002 is in AU-2020-ARP-02.txt
    units = build_shard(spec, [e for e in plan_entries(spec) if Path(e).stem in files]).units
    coded = units.assign(frames="", stance_ru_pk="none", stance_ru_in="none", voice="outlet", speaker="")
    al = align(ref, coded)
    theirs = al[al["coder"] == "ref1"]
    assert len(theirs) == len(ref) and (theirs["status"] == MATCHED).all()
    assert (theirs["unit_id"] == theirs["ref_unit_id"]).all()


def _covid_reference(name: str) -> pd.DataFrame:
    return load_reference(ROOT / "annotations" / f"{name}.csv", FRAMES, TARGETS)


@pytest.mark.parametrize(
    "later, coders, earlier",
    [
        ("reference_covid2", {"ref3"}, ["reference_covid"]),
        ("reference_covid3", {"ref30"}, ["reference_covid", "reference_covid2"]),
        ("reference_covid4", {"ref50"}, ["reference_covid", "reference_covid2", "reference_covid3"]),
        (
            "reference_covid5",
            {"ref52"},
            ["reference_covid", "reference_covid2", "reference_covid3", "reference_covid4"],
        ),
        (
            "reference_covid6",
            {"ref58"},
            ["reference_covid", "reference_covid2", "reference_covid3", "reference_covid4", "reference_covid5"],
        ),
    ],
)
def test_later_covid_rounds_are_hashed_and_disjoint_from_every_earlier_round(later, coders, earlier):
    ref = _covid_reference(later)
    assert "text" not in ref.columns  # the publishers' text is not redistributed
    assert set(ref["coder"]) == coders
    assert not ref.duplicated(["doc_id", "text_sha1"]).any()
    for name in earlier:
        before = _covid_reference(name)
        assert not set(zip(ref["doc_id"], ref["text_sha1"])) & set(zip(before["doc_id"], before["text_sha1"]))


@pytest.mark.parametrize(
    "first_name, second_name, coder",
    [
        ("covid3", "covid3_ref31", "ref31"),
        ("covid4", "covid4_ref51", "ref51"),
        ("covid5", "covid5_ref53", "ref53"),
        ("covid6", "covid6_ref59", "ref59"),
    ],
)
def test_second_coder_of_a_covid_round_coded_exactly_the_first_coders_units(first_name, second_name, coder):
    first, second = _covid_reference(f"reference_{first_name}"), _covid_reference(f"reference_{second_name}")
    assert set(second["coder"]) == {coder} and "text" not in second.columns
    key = ["doc_id", "unit_id", "text_sha1"]
    assert sorted(map(tuple, first[key].values)) == sorted(map(tuple, second[key].values))


@pytest.mark.covid
@pytest.mark.skipif(not COVID.is_dir(), reason="needs ../shared/corpora/hindi-covid-5papers")
@pytest.mark.parametrize(
    "name, coder",
    [
        ("reference_covid2", "ref3"),
        ("reference_covid3", "ref30"),
        ("reference_covid3_ref31", "ref31"),
        ("reference_covid4", "ref50"),
        ("reference_covid4_ref51", "ref51"),
        ("reference_covid5", "ref52"),
        ("reference_covid5_ref53", "ref53"),
        ("reference_covid6", "ref58"),
        ("reference_covid6_ref59", "ref59"),
    ],
)
def test_later_covid_references_match_units_of_the_corpus_stage(name, coder):
    import yaml

    from analysis.corpus import CorpusSpec, build_shard, plan_entries

    ref = _covid_reference(name)
    cfg = yaml.safe_load((ROOT / "config" / "corpora" / "covid5.yaml").read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], ROOT)
    files = {d.rsplit("-", 1)[0] for d in ref["doc_id"]}
    units = build_shard(spec, [e for e in plan_entries(spec) if Path(e).stem in files]).units
    coded = units.assign(frames="", stance_ru_pk="none", stance_ru_in="none", voice="outlet", speaker="")
    al = align(ref, coded)
    theirs = al[al["coder"] == coder]
    assert len(theirs) == len(ref) and (theirs["status"] == MATCHED).all()
    assert (theirs["unit_id"] == theirs["ref_unit_id"]).all()


def _three_coders(n: int = 30, seed: int = 8) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Three human coders who each skip some units, and a coder that errs now and then."""
    rng = np.random.default_rng(seed)
    ref1, _ = _synthetic(n=n, seed=seed)
    rows = []
    for coder in ("ref1", "ref2", "ref3"):
        for r in ref1.to_dict("records"):
            if coder != "ref1" and rng.random() < 0.2:
                continue  # this coder did not code the unit
            pk = r["stance_ru_pk"] if rng.random() < 0.8 else ["favor", "against", "none"][rng.integers(3)]
            frames = r["frames"] if rng.random() < 0.8 else "economy"
            rows.append({**r, "coder": coder, "stance_ru_pk": pk, "frames": frames})
    ref = pd.DataFrame(rows)
    coded = coded_from(ref1)
    coded.loc[rng.random(n) < 0.3, "voice"] = "outlet"
    coded.loc[coded["voice"] == "outlet", "speaker"] = ""
    return ref, coded


@pytest.mark.parametrize("seed", [8, 9])
def test_bootstrap_from_resample_weights_gives_the_table_of_the_per_resample_loop(monkeypatch, seed):
    import dataclasses

    from analysis import reliability

    ref, coded = _three_coders(seed=seed)
    al = align(ref, coded)
    groups = {"development": ["dev"], "held-out": ["held"]}
    fast = reliability_table(al, FRAMES, TARGETS, groups, seed=seed, n_boot=300)
    one_by_one = reliability.bootstrap_values
    monkeypatch.setattr(
        reliability,
        "bootstrap_values",
        lambda m, draws, counts=None: one_by_one(dataclasses.replace(m, resampled=None), draws),
    )
    slow = reliability_table(al, FRAMES, TARGETS, groups, seed=seed, n_boot=300)
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    assert {"all-coders", "ref1-vs-ref2", "coder-vs-ref3"} <= set(fast["comparison"])
    assert fast["ci_low"].notna().sum() > 100 and fast["note"].str.contains("resamples undefined").any()


# ------------------------------------------------------------- speakers scored by side


def test_speaker_side_is_scored_on_attributed_units_with_the_unknown_share(tmp_path):
    ref = pd.DataFrame(
        [
            unit("d", 1, "पहला वाक्य।", voice="outlet", speaker=""),
            unit("d", 2, "दूसरा वाक्य।", voice="reported", speaker="indian_official"),
            unit("d", 3, "तीसरा वाक्य।", voice="reported", speaker="lavrov"),
            unit("d", 4, "चौथा वाक्य।", voice="quoted", speaker="lavrov"),
        ]
    )
    coded = coded_from(ref)
    # the coder names another id of the same side, leaves one unknown and misses one speaker
    coded["speaker"] = ["", "india", "unknown", ""]
    coded["speaker_side"] = ["", "india", "unknown", ""]
    coded["voice"] = ["outlet", "reported", "reported", "outlet"]
    path = tmp_path / "reference.csv"
    ref.to_csv(path, index=False)
    sides = {"indian_official": "india", "india": "india", "lavrov": "russia", "unknown": "unknown"}
    paths = write_validation(path, coded, tmp_path / "out", FRAMES, TARGETS, {}, seed=1, n_boot=20, sides=sides)
    table = pd.read_csv(paths["reliability"]).set_index(["variable", "statistic"])
    side = table.loc[("speaker_side", "accuracy_attributed")]
    assert side["value"] == pytest.approx(1 / 3) and side["n"] == 3  # ids differ, sides agree on unit 2 only
    share = table.loc[("speaker_unknown", "unknown_share")]
    assert share["value"] == pytest.approx(1 / 2) and share["n"] == 2  # of the coder's 2 attributed units


def test_a_reference_speaker_outside_the_codebook_is_refused_by_name(tmp_path):
    ref = pd.DataFrame([unit("d", 1, "वाक्य।", voice="reported", speaker="nobody_known")])
    path = tmp_path / "reference.csv"
    ref.to_csv(path, index=False)
    with pytest.raises(UserError, match=r"reference\.csv.*nobody_known"):
        write_validation(path, coded_from(ref), tmp_path / "o", FRAMES, TARGETS, {}, seed=1, n_boot=5, sides={})


def test_a_reference_that_codes_sides_itself_is_scored_by_its_sides_whatever_its_speaker_ids(tmp_path):
    ref = pd.DataFrame(
        [
            unit("d", 1, "पहला वाक्य।", voice="reported", speaker="a_russian_diplomat"),
            unit("d", 2, "दूसरा वाक्य।", voice="reported", speaker="lavrov"),
            unit("d", 3, "तीसरा वाक्य।", voice="outlet", speaker=""),
        ]
    ).assign(speaker_side=["russia", "", ""])  # no side given for lavrov: the codebook's actors decide
    coded = coded_from(ref)
    coded["speaker"] = ["russian_official", "lavrov", ""]
    coded["speaker_side"] = ["russia", "russia", ""]
    path = tmp_path / "reference.csv"
    ref.to_csv(path, index=False)
    sides = {"russian_official": "russia", "lavrov": "russia"}
    paths = write_validation(path, coded, tmp_path / "out", FRAMES, TARGETS, {}, seed=1, n_boot=20, sides=sides)
    table = pd.read_csv(paths["reliability"]).set_index(["variable", "statistic"])
    side = table.loc[("speaker_side", "accuracy_attributed")]
    assert side["value"] == pytest.approx(1.0) and side["n"] == 2


def test_a_reference_side_outside_the_codebook_is_refused_by_name(tmp_path):
    ref = pd.DataFrame([unit("d", 1, "वाक्य।", voice="reported", speaker="someone")]).assign(speaker_side=["rusia"])
    path = tmp_path / "reference.csv"
    ref.to_csv(path, index=False)
    with pytest.raises(UserError, match=r"reference\.csv.*speaker_side.*rusia"):
        write_validation(
            path, coded_from(ref), tmp_path / "o", FRAMES, TARGETS, {}, seed=1, n_boot=5, sides={"x": "russia"}
        )


def test_load_reference_refuses_a_side_for_the_outlets_own_words(tmp_path):
    ref = pd.DataFrame([unit("d", 1, "वाक्य।", voice="outlet", speaker="")]).assign(speaker_side=["russia"])
    path = tmp_path / "reference.csv"
    ref.to_csv(path, index=False)
    with pytest.raises(UserError, match=r"line 2: speaker_side must be empty"):
        load_reference(path, FRAMES, TARGETS)


# Units of a frozen set that its coders never saw: a later cleaning fix restored them (both coders
# coded the units as they were at the freeze; annotations/INVENTED72.md). They count as coded_only.
UNITS_RESTORED_AFTER_FREEZE = {"invented72": 7}  # live-blog updates once removed as date lines


@pytest.mark.parametrize(
    "corpus, reference",
    [
        ("invented", "reference_invented"),
        ("invented2", "reference_invented2"),
        ("invented3", "reference_invented3"),
        ("invented4", "reference_invented4"),
        ("invented5", "reference_invented5"),
        ("invented5", "reference_invented5_ref13"),
        ("invented6", "reference_invented6"),
        ("invented6", "reference_invented6_ref15"),
        ("invented7", "reference_invented7"),
        ("invented7", "reference_invented7_ref17"),
        ("invented8", "reference_invented8"),
        ("invented8", "reference_invented8_ref19"),
        ("invented9", "reference_invented9"),
        ("invented9", "reference_invented9_ref21"),
        ("invented10", "reference_invented10"),
        ("invented10", "reference_invented10_ref23"),
        ("invented11", "reference_invented11"),
        ("invented11", "reference_invented11_ref25"),
        ("invented12", "reference_invented12"),
        ("invented12", "reference_invented12_ref27"),
        ("invented13", "reference_invented13"),
        ("invented13", "reference_invented13_ref29"),
        ("invented14", "reference_invented14"),
        ("invented14", "reference_invented14_ref33"),
        ("invented15", "reference_invented15"),
        ("invented15", "reference_invented15_ref35"),
        ("invented16", "reference_invented16"),
        ("invented16", "reference_invented16_ref37"),
        ("invented17", "reference_invented17"),
        ("invented17", "reference_invented17_ref39"),
        ("invented18", "reference_invented18"),
        ("invented18", "reference_invented18_ref41"),
        ("invented19", "reference_invented19"),
        ("invented19", "reference_invented19_ref43"),
        ("invented20", "reference_invented20"),
        ("invented20", "reference_invented20_ref45"),
        ("invented21", "reference_invented21"),
        ("invented21", "reference_invented21_ref47"),
        ("invented22", "reference_invented22"),
        ("invented22", "reference_invented22_ref49"),
        ("invented23", "reference_invented23"),
        ("invented23", "reference_invented23_ref55"),
        ("invented24", "reference_invented24"),
        ("invented24", "reference_invented24_ref57"),
        ("invented25", "reference_invented25"),
        ("invented25", "reference_invented25_ref61"),
        ("invented26", "reference_invented26"),
        ("invented26", "reference_invented26_ref63"),
        ("invented27", "reference_invented27"),
        ("invented27", "reference_invented27_ref65"),
        ("invented28", "reference_invented28"),
        ("invented28", "reference_invented28_ref67"),
        ("invented29", "reference_invented29"),
        ("invented29", "reference_invented29_ref71"),
        ("invented30", "reference_invented30"),
        ("invented30", "reference_invented30_ref73"),
        ("invented31", "reference_invented31"),
        ("invented31", "reference_invented31_ref77"),
        ("invented32", "reference_invented32"),
        ("invented32", "reference_invented32_ref79"),
        ("invented33", "reference_invented33"),
        ("invented33", "reference_invented33_ref81"),
        ("invented34", "reference_invented34"),
        ("invented34", "reference_invented34_ref83"),
        ("invented35", "reference_invented35"),
        ("invented35", "reference_invented35_ref87"),
        ("invented36", "reference_invented36"),
        ("invented36", "reference_invented36_ref89"),
        ("invented37", "reference_invented37"),
        ("invented37", "reference_invented37_ref93"),
        ("invented38", "reference_invented38"),
        ("invented38", "reference_invented38_ref95"),
        ("invented39", "reference_invented39"),
        ("invented39", "reference_invented39_ref97"),
        ("invented40", "reference_invented40"),
        ("invented40", "reference_invented40_ref99"),
        ("invented41", "reference_invented41"),
        ("invented41", "reference_invented41_ref103"),
        ("invented42", "reference_invented42"),
        ("invented42", "reference_invented42_ref105"),
        ("invented43", "reference_invented43"),
        ("invented43", "reference_invented43_ref111"),
        ("invented44", "reference_invented44"),
        ("invented44", "reference_invented44_ref115"),
        ("invented45", "reference_invented45"),
        ("invented45", "reference_invented45_ref119"),
        ("invented46", "reference_invented46"),
        ("invented46", "reference_invented46_ref121"),
        ("invented47", "reference_invented47"),
        ("invented47", "reference_invented47_ref127"),
        ("invented48", "reference_invented48"),
        ("invented48", "reference_invented48_ref129"),
        ("invented49", "reference_invented49"),
        ("invented49", "reference_invented49_ref133"),
        ("invented50", "reference_invented50"),
        ("invented50", "reference_invented50_ref137"),
        ("invented51", "reference_invented51"),
        ("invented51", "reference_invented51_ref141"),
        ("invented52", "reference_invented52"),
        ("invented52", "reference_invented52_ref143"),
        ("invented53", "reference_invented53"),
        ("invented53", "reference_invented53_ref147"),
        ("invented54", "reference_invented54"),
        ("invented54", "reference_invented54_ref149"),
        ("invented55", "reference_invented55"),
        ("invented55", "reference_invented55_ref151"),
        ("invented56", "reference_invented56"),
        ("invented56", "reference_invented56_ref153"),
        ("invented57", "reference_invented57"),
        ("invented57", "reference_invented57_ref155"),
        ("invented58", "reference_invented58"),
        ("invented58", "reference_invented58_ref159"),
        ("invented59", "reference_invented59"),
        ("invented59", "reference_invented59_ref161"),
        ("invented60", "reference_invented60"),
        ("invented60", "reference_invented60_ref167"),
        ("invented61", "reference_invented61"),
        ("invented61", "reference_invented61_ref169"),
        ("invented62", "reference_invented62"),
        ("invented62", "reference_invented62_ref171"),
        ("invented63", "reference_invented63"),
        ("invented63", "reference_invented63_ref175"),
        ("invented64", "reference_invented64"),
        ("invented64", "reference_invented64_ref177"),
        ("invented65", "reference_invented65"),
        ("invented65", "reference_invented65_ref181"),
        ("invented66", "reference_invented66"),
        ("invented66", "reference_invented66_ref183"),
        ("invented68", "reference_invented68"),
        ("invented68", "reference_invented68_ref189"),
        ("invented67", "reference_invented67"),
        ("invented67", "reference_invented67_ref187"),
        ("invented70", "reference_invented70"),
        ("invented70", "reference_invented70_ref195"),
        ("invented69", "reference_invented69"),
        ("invented69", "reference_invented69_ref193"),
        ("invented72", "reference_invented72"),
        ("invented72", "reference_invented72_ref199"),
        ("invented71", "reference_invented71"),
        ("invented71", "reference_invented71_ref197"),
        ("invented73", "reference_invented73"),
        ("invented73", "reference_invented73_ref201"),
        ("invented74", "reference_invented74"),
        ("invented74", "reference_invented74_ref203"),
        ("invented75", "reference_invented75"),
        ("invented75", "reference_invented75_ref205"),
        ("invented76", "reference_invented76"),
        ("invented76", "reference_invented76_ref207"),
    ],
)
def test_invented_blind_reference_matches_every_unit_of_its_corpus_and_codes_sides(corpus, reference):
    """The invented test sets (annotations/INVENTED*.md) are coded on exactly the splitter's units."""
    import yaml

    from analysis.corpus import CorpusSpec, build_shard, plan_entries

    ref = load_reference(ROOT / "annotations" / f"{reference}.csv", FRAMES, TARGETS)
    cfg = yaml.safe_load((ROOT / "config" / "corpora" / f"{corpus}.yaml").read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], ROOT)
    units = build_shard(spec, plan_entries(spec)).units
    coded = units.assign(frames="", stance_ru_pk="none", stance_ru_in="none", voice="outlet", speaker="")
    al = align(ref, coded)
    assert (al["status"] != "reference_only").all()  # every hand-coded unit is still a unit
    # every unit coded, none left out, but for units a cleaning fix restored after the set was frozen
    assert (al["status"] == MATCHED).sum() == len(units) - UNITS_RESTORED_AFTER_FREEZE.get(corpus, 0)
    attributed = ref["voice"] != "outlet"
    assert (ref.loc[attributed, "speaker_side"] != "").all() and (ref.loc[~attributed, "speaker_side"] == "").all()
