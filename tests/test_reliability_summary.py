"""One compact validation table: alpha and one task measure per variable, each labelled in- or out-of-sample."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.errors import UserError
from analysis.reliability_summary import (
    COLUMNS,
    group_samples,
    read_summary,
    summarise,
    wide,
    write_summary,
)

REPO = Path(__file__).resolve().parents[1]
COVID_SUMMARY = REPO / "annotations/validation_covid_summary.csv"
COVID_BUILD = REPO / "results/covid5/validation/reliability.csv"
RELIABILITY_COLUMNS = "variable statistic value ci_low ci_high n group band comparison note".split()


def _table(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=RELIABILITY_COLUMNS)


@pytest.fixture
def reliability() -> pd.DataFrame:
    rows = []
    for group, shift in (("development", 0.0), ("held-out", -0.2), ("all", -0.1)):
        rows += [
            ("frame_economy", "alpha", 0.9 + shift, 0.8 + shift, 1.0, 40, group, "", "coder-vs-ref1", ""),
            ("frame_economy", "precision", 0.5, 0.4, 0.6, 7, group, "", "coder-vs-ref1", ""),
            ("frame_economy", "f1", 0.85 + shift, 0.7, 0.95, 40, group, "", "coder-vs-ref1", ""),
            ("frames", "macro_f1", 0.7 + shift, 0.6, 0.8, 40, group, "", "coder-vs-ref1", "1 frame(s) absent, left out"),
            ("stance_ru_pk", "alpha", None, None, None, 40, group, "undefined", "coder-vs-ref1",
             "alpha undefined: only one category occurs; 2000 of 2000 resamples undefined"),
            ("stance_ru_pk", "f_avg", 0.4, 0.2, 0.6, 40, group, "", "coder-vs-ref1", ""),
            ("stance_ru_pk", "accuracy", 0.99, 0.95, 1.0, 40, group, "", "coder-vs-ref1", ""),
            ("voice", "alpha", 0.8, 0.7, 0.9, 40, group, "", "coder-vs-ref1", ""),
            ("voice", "accuracy", 0.95, 0.9, 1.0, 40, group, "", "coder-vs-ref1", ""),
            ("voice", "alpha", 0.1, 0.0, 0.2, 30, group, "", "coder-vs-ref2", ""),  # another human: not the coder's row
            ("voice", "alpha", 0.5, 0.4, 0.6, 30, group, "", "ref1-vs-ref2", ""),
        ]  # fmt: skip
    return _table(rows)


def test_one_row_per_variable_with_alpha_and_the_measure_of_its_kind(reliability: pd.DataFrame) -> None:
    both = summarise(reliability, "seeds", {"held-out": "out-of-sample"})
    assert list(both.columns) == list(COLUMNS)
    # each human the coder was compared with is a source of its own (coding rounds differ)
    assert list(dict.fromkeys(both["source"])) == ["seeds (ref1)", "seeds (ref2)"]
    assert both.set_index("source").loc["seeds (ref2)", "alpha"] == pytest.approx(0.1)
    s = both[both["source"] == "seeds (ref1)"]
    assert list(s["variable"]) == ["frame_economy", "frames", "stance_ru_pk", "voice"]
    assert list(s["measure"]) == ["f1", "macro_f1", "f_avg", "accuracy"]  # never precision, never stance accuracy
    row = s.set_index("variable").loc["frame_economy"]
    assert row["alpha"] == pytest.approx(0.7) and row["score"] == pytest.approx(0.65)
    assert s.set_index("variable").loc["voice", "alpha"] == pytest.approx(0.8)  # coder vs ref1, not ref1 vs ref2
    assert pd.isna(s.set_index("variable").loc["frames", "alpha"])
    assert set(s["sample"]) == {"out-of-sample"} and set(s["n"]) == {40}


def test_groups_with_one_label_are_reported_once_as_their_union() -> None:
    groups = ["development", "held-out", "all"]
    assert group_samples(groups, True, "in-sample") == {"all": "in-sample"}
    assert group_samples(groups, True) == {"development": "in-sample", "held-out": "out-of-sample"}
    assert group_samples(["held-out", "all"], False) == {"all": "out-of-sample"}


def test_wide_table_says_in_or_out_of_sample_above_every_score(reliability: pd.DataFrame) -> None:
    reliability = reliability[reliability["comparison"] != "coder-vs-ref2"]  # one round: the source keeps its name
    own = summarise(reliability, "seeds", group_samples(["development", "held-out", "all"], True, "in-sample"))
    other = summarise(reliability, "COVID-19 sample", {"held-out": "out-of-sample"})
    table = wide(pd.concat([own, other], ignore_index=True))
    assert len(table) == 4  # one row per variable, not per statistic and group
    score_heads = [top for top, _ in table.columns if top]
    assert score_heads and all(("in-sample" in h) != ("out-of-sample" in h) for h in score_heads)
    assert ("seeds, in-sample (n=40)", "α [95% CI]") in table.columns
    by_var = table.set_index(("", "variable"))
    assert by_var.loc["frame economy", ("COVID-19 sample, out-of-sample (n=40)", "α [95% CI]")] == "0.70 [0.60, 1.00]"
    assert by_var.loc["frames (all)", ("seeds, in-sample (n=40)", "α [95% CI]")] == "–"  # no alpha for all frames
    assert (
        by_var.loc["stance ru_pk", ("seeds, in-sample (n=40)", "α [95% CI]")] == "undefined (only one category occurs)"
    )
    assert list(by_var[("", "measure")]) == ["F1", "macro-F1", "F_avg", "accuracy"]


def test_a_round_read_while_writing_rules_is_in_sample_in_every_group(reliability: pd.DataFrame) -> None:
    samples = {"development": "in-sample", "held-out": "out-of-sample"}
    s = summarise(reliability, "COVID", samples, development_coders=["ref1"])
    labels = s.groupby("source")["sample"].agg(lambda x: sorted(set(x))).to_dict()
    assert labels == {"COVID (ref1)": ["in-sample"], "COVID (ref2)": ["in-sample", "out-of-sample"]}


def test_summary_file_round_trips_and_bad_files_are_named(reliability: pd.DataFrame, tmp_path: Path) -> None:
    s = summarise(reliability, "seeds", {"all": "in-sample"})
    path = write_summary(s, tmp_path / "summary.csv")
    back = read_summary(path)
    assert list(back["variable"]) == list(s["variable"]) and back["alpha"].iloc[0] == pytest.approx(0.8)
    pd.DataFrame({"variable": ["voice"]}).to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(UserError, match=r"bad.csv: not a validation summary, missing column"):
        read_summary(tmp_path / "bad.csv")
    with pytest.raises(UserError, match="validation summary not found"):
        read_summary(tmp_path / "absent.csv")
    with pytest.raises(UserError, match="not one of in-sample, out-of-sample"):
        summarise(reliability, "x", {"all": "held out"})


def test_committed_covid_summary_labels_each_round_and_holds_numbers_only() -> None:
    s = read_summary(COVID_SUMMARY)
    # seventeen blind coding rounds, the third to seventeenth coded twice
    rounds = {"COVID-19 sample (ref1)": 84, "COVID-19 sample (ref3)": 166}
    twice = (
        "ref30",
        "ref31",
        "ref50",
        "ref51",
        "ref52",
        "ref53",
        "ref58",
        "ref59",
        "ref68",
        "ref69",
        "ref74",
        "ref75",
        "ref84",
        "ref85",
        "ref90",
        "ref91",
        "ref100",
        "ref101",
        "ref106",
        "ref107",
        "ref108",
        "ref109",
        "ref112",
        "ref113",
        "ref116",
        "ref117",
        "ref122",
        "ref123",
        "ref124",
        "ref125",
    )
    rounds |= {f"COVID-19 sample ({c})": 135 for c in twice}
    # rounds 18 and 19: one outlet had no named headline left to draw (annotations/README.md)
    rounds |= {f"COVID-19 sample ({c})": 132 for c in ("ref130", "ref131", "ref134", "ref135")}
    # round 20: that outlet had 2 region units left besides (annotations/README.md)
    rounds |= {f"COVID-19 sample ({c})": 128 for c in ("ref138", "ref139")}
    # round 21: drawn with copies set aside; that outlet had no region unit or named headline left
    rounds |= {f"COVID-19 sample ({c})": 126 for c in ("ref144", "ref145")}
    # rounds 22 to 26: drawn like round 21
    rounds |= {f"COVID-19 sample ({c})": 126 for c in ("ref156", "ref157")}
    rounds |= {f"COVID-19 sample ({c})": 126 for c in ("ref162", "ref163")}
    rounds |= {f"COVID-19 sample ({c})": 126 for c in ("ref164", "ref165")}
    rounds |= {f"COVID-19 sample ({c})": 126 for c in ("ref172", "ref173")}
    rounds |= {f"COVID-19 sample ({c})": 126 for c in ("ref178", "ref179")}
    # round 27: two outlets' pools ran short (annotations/README.md)
    rounds |= {f"COVID-19 sample ({c})": 122 for c in ("ref184", "ref185")}
    # round 28: three pools ran short (annotations/README.md)
    rounds |= {f"COVID-19 sample ({c})": 117 for c in ("ref190", "ref191")}
    assert set(s["source"]) == set(rounds)
    # round 1 was read while frames and speakers were tuned (round 6/7 of #12), round 2 by speakers
    # round 9, rounds 3, 4, 5 and 6 by speakers rounds 10, 11, 13 and 15, rounds 7 and 8 by speakers
    # round 18, rounds 9 and 10 by speakers round 20, round 11 by speakers round 21, round 12 by speakers
    # round 22, round 13 by speakers round 23, round 15 by speakers round 24, round 14 by speakers round 25,
    # round 16 by speakers round 26: in-sample since; rounds 17-28 were never read
    development = ("ref1", "ref3", "ref30", "ref31", "ref50", "ref51", "ref52", "ref53", "ref58", "ref59")
    development += ("ref68", "ref69", "ref74", "ref75", "ref84", "ref85", "ref90", "ref91", "ref100", "ref101")
    development += ("ref106", "ref107", "ref108", "ref109", "ref112", "ref113", "ref116", "ref117")
    development += ("ref122", "ref123")
    read = {f"COVID-19 sample ({c})": {"in-sample"} for c in development}
    labels = {source: {"out-of-sample"} for source in rounds} | read
    assert s.groupby("source")["sample"].agg(set).to_dict() == labels
    for source, part in s.groupby("source"):
        assert len(part) == part["variable"].nunique() >= 10
        assert part.loc[part["variable"] == "voice", "n"].item() == rounds[source]
    text_columns = {c for c in s.columns if not pd.api.types.is_numeric_dtype(s[c])} - {"alpha_note", "score_note"}
    assert text_columns == {"source", "sample", "group", "variable", "measure"}  # no unit text anywhere


@pytest.mark.skipif(not COVID_BUILD.is_file(), reason="needs the covid5 build (results/covid5/validation/)")
def test_committed_covid_summary_matches_the_covid_build(tmp_path: Path) -> None:
    from analysis.__main__ import main

    out = tmp_path / "covid.csv"
    args = ["--reliability", str(COVID_BUILD), "--source", "COVID-19 sample", "--sample", "out-of-sample"]
    config = yaml.safe_load((REPO / "config/corpora/covid5.yaml").read_text(encoding="utf-8"))
    for coder in config["validation"]["development_coders"]:  # the rounds the config says were read
        args += ["--development-coder", coder]
    assert main(["validation-summary", *args, "--out", str(out)]) == 0
    assert out.read_bytes() == COVID_SUMMARY.read_bytes()
