"""The merge job (`analysis.merge`, `python -m analysis merge`): the shard files, one table at a time."""

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.codebook import load_codebook
from analysis.coding import article_measures, code_units
from analysis.corpus import CorpusSpec, build_shard, corpus_intake, merge_shards, plan_entries
from analysis.errors import UserError
from analysis.merge import UNIT_TEXT, merge_articles, merge_coded, merge_units, read_sorted_columns
from analysis.tables import write_csv, write_parquet
from tests.conftest import ROOT, SEED_CFG

CODEBOOK = ROOT / "config" / "codebook.yaml"


@pytest.fixture(scope="module")
def shards(tmp_path_factory):
    """The seed corpus cut into shards of two entries, written as the shard job writes them."""
    spec = CorpusSpec.from_config(SEED_CFG, ROOT)
    entries = plan_entries(spec)
    codebook = load_codebook(CODEBOOK)
    parts = [build_shard(spec, entries[i : i + 2]) for i in range(0, len(entries), 2)][::-1]  # out of order
    out = tmp_path_factory.mktemp("shards")
    files: dict[str, list[str]] = {k: [] for k in ("articles", "units", "logs", "intake", "coded")}
    for k, part in enumerate(parts):
        files["articles"].append(str(out / f"s{k}.articles.parquet"))
        files["units"].append(str(out / f"s{k}.units.parquet"))
        files["logs"].append(str(out / f"s{k}.cleaning_log.csv"))
        files["intake"].append(str(out / f"s{k}.intake.csv"))
        files["coded"].append(str(out / f"s{k}.coded.parquet"))
        write_parquet(part.articles, files["articles"][-1])
        write_parquet(part.units, files["units"][-1])
        write_csv(part.cleaning_log, files["logs"][-1], for_people=False)
        write_csv(part.intake, files["intake"][-1], for_people=False)
        write_parquet(code_units(part.units, codebook).drop(columns=list(UNIT_TEXT)), files["coded"][-1])
    return spec, parts, files


def _expected(spec, parts, out: Path) -> dict[str, bytes]:
    """What `merge_shards` and `write_parquet` write from the same shards (the pandas path)."""
    merged = merge_shards(parts)
    codebook = load_codebook(CODEBOOK)
    coded = code_units(merged.units, codebook)
    frames = {
        "articles.parquet": merged.articles,
        "units.parquet": merged.units,
        "coded_units.parquet": coded,
        "coded_articles.parquet": article_measures(coded, merged.articles, codebook),
    }
    for name, df in frames.items():
        write_parquet(df, out / name)
    write_csv(merged.cleaning_log, out / "cleaning_log.csv")
    write_csv(corpus_intake(spec, parts), out / "intake.csv")
    return {p.name: p.read_bytes() for p in out.iterdir()}


def _merge_args(files: dict[str, list[str]], got: Path) -> list[str]:
    return (
        ["merge", "--codebook", str(CODEBOOK), "--corpus", json.dumps(SEED_CFG), "--root", str(ROOT)]
        + ["--articles-in", *files["articles"], "--units-in", *files["units"], "--logs-in", *files["logs"]]
        + ["--intake-in", *files["intake"], "--coded-in", *files["coded"]]
        + [f"--{k}={got / n}" for k, n in [("articles", "articles.parquet"), ("units", "units.parquet")]]
        + [f"--log-table={got / 'cleaning_log.csv'}", f"--intake={got / 'intake.csv'}"]
        + [f"--coded-units={got / 'coded_units.parquet'}", f"--coded-articles={got / 'coded_articles.parquet'}"]
    )


def test_merge_command_writes_the_bytes_of_the_pandas_merge(shards, tmp_path):
    spec, parts, files = shards
    want = _expected(spec, parts, tmp_path / "want")
    got = tmp_path / "got"
    rc = main(_merge_args(files, got))
    assert rc in (0, None)
    assert sorted(want) == sorted(p.name for p in got.iterdir())
    for name, data in want.items():
        assert (got / name).read_bytes() == data, name
    units = pd.read_parquet(got / "coded_units.parquet")
    assert list(units["text"]) == list(pd.read_parquet(got / "units.parquet")["text"])  # joined, not blank


def test_reuse_on_the_shards_writes_the_bytes_of_reuse_on_the_merged_articles(shards, tmp_path):
    """The reuse job reads the shards' articles (out of order here) so that it runs beside the merge job."""
    _, _, files = shards
    merged = tmp_path / "articles.parquet"
    merge_articles(files["articles"], merged)
    assert read_sorted_columns(files["articles"], ["doc_id", "text"], ["doc_id"]).equals(
        pd.read_parquet(merged, columns=["doc_id", "text"])
    )
    params = json.dumps({"ngram": 5, "min_containment": 0.2, "lsh_threshold": 0.3, "num_perm": 64, "lsh_min_docs": 200})
    outputs = {}
    for name, inputs in [("merged", [str(merged)]), ("shards", files["articles"])]:
        out = tmp_path / name
        args = ["reuse", "--articles", *inputs, "--params", params, "--seed", "3"]
        args += [f"--{k}={out / k}.csv" for k in ("pairs", "passages", "matrix")]
        assert main(args) in (0, None)
        outputs[name] = {p.name: p.read_bytes() for p in out.iterdir()}
    assert outputs["shards"] == outputs["merged"]
    assert outputs["merged"]["pairs.csv"].count(b"\n") > 1  # a pair found, not two empty tables


def test_coded_shards_of_another_run_are_refused(shards, tmp_path):
    _, _, files = shards
    units = merge_units(files["units"], tmp_path / "units.parquet")
    short = tmp_path / "short.parquet"
    write_parquet(pd.read_parquet(files["coded"][0]).iloc[1:], short)
    with pytest.raises(UserError, match="do not match the corpus shards"):
        merge_coded([short, *files["coded"][1:]], units)


def test_duplicate_doc_ids_across_shards_name_the_files(shards, tmp_path):
    _, _, files = shards
    with pytest.raises(UserError, match="duplicate document ids") as err:
        merge_articles([files["articles"][0], files["articles"][0]], tmp_path / "a.parquet")
    assert ".txt" in str(err.value) or "/" in str(err.value)


def test_a_bad_shard_is_named_by_its_place(shards, tmp_path):
    _, parts, files = shards
    bad = parts[1].units.assign(role="lede")
    path = tmp_path / "bad.units.parquet"
    write_parquet(bad, path)
    with pytest.raises(UserError, match=r"shard 2 of 3\).*column role has values \['lede'\]"):
        merge_units([files["units"][0], str(path), files["units"][2]], tmp_path / "u.parquet")


def test_strict_merge_names_a_document_that_is_not_ok(shards, tmp_path, capsys):
    _, parts, files = shards
    arts = parts[0].articles.copy()
    arts.loc[0, ["status", "status_detail"]] = ["empty", "nothing left"]
    path = tmp_path / "s.articles.parquet"
    write_parquet(arts, path)
    rc = main([*_merge_args({**files, "articles": [str(path), *files["articles"][1:]]}, tmp_path / "out"), "--strict"])
    err = capsys.readouterr().err
    assert rc not in (0, None)
    assert "strict corpus check failed: 1 document(s) not ok" in err and "empty (nothing left)" in err


def test_one_shard_corpus_command_writes_the_bytes_of_the_shard_and_merge_jobs(tmp_path):
    """`corpus` (a corpus of one shard, one job) = `shard` then `merge` (two jobs), file for file."""
    entries = json.dumps(plan_entries(CorpusSpec.from_config(SEED_CFG, ROOT)))
    common = ["--codebook", str(CODEBOOK), "--corpus", json.dumps(SEED_CFG), "--root", str(ROOT)]
    shard_names = {"articles": "s.articles.parquet", "units": "s.units.parquet", "log-table": "s.log.csv"}
    shard_names |= {"intake": "s.intake.csv", "coded": "s.coded.parquet"}
    two, one = tmp_path / "two", tmp_path / "one"
    shard = [f"--{k}={two / n}" for k, n in shard_names.items()]
    assert main(["shard", *common, "--entries", entries, *shard]) in (0, None)
    files = {k: [str(two / shard_names[s])] for k, s in [("articles", "articles"), ("units", "units")]}
    files |= {"logs": [str(two / "s.log.csv")], "intake": [str(two / "s.intake.csv")]}
    files |= {"coded": [str(two / "s.coded.parquet")]}
    assert main(_merge_args(files, two)) in (0, None)
    outputs = ("--articles=", "--units=", "--log-table=", "--intake=", "--coded-units=", "--coded-articles=")
    merged = [a for a in _merge_args(files, one) if a.startswith(outputs)]
    one_shard = [f"--shard-{k}={one / n}" for k, n in shard_names.items()]
    assert main(["corpus", *common, "--entries", entries, *one_shard, *merged]) in (0, None)
    assert sorted(p.name for p in one.iterdir()) == sorted(p.name for p in two.iterdir())
    for path in two.iterdir():
        assert (one / path.name).read_bytes() == path.read_bytes(), path.name


def _saved_twice(root: Path) -> dict:
    """Two outlets' folders; outlet a holds one article twice (a/1 (1).txt), outlet b the same bytes once."""
    story = "नगर निगम ने नई बस सेवा शुरू की\n\nमहापौर ने कहा कि दस नई बसें चलेंगी। यात्रियों ने फैसले का स्वागत किया।\n"
    other = "बारिश से सड़कें डूबीं\n\nनिवासियों ने बताया कि पानी घरों में घुस गया। प्रशासन ने राहत शिविर खोले।\n"
    for rel, text in [("a/1.txt", story), ("a/1 (1).txt", story), ("a/2.txt", other), ("b/1.txt", story)]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return {"name": "twice", "input": str(root), "language": "hi", "outlet_from": "folder"}


def test_a_file_its_outlet_has_twice_is_set_aside_by_the_merge_job_as_by_the_pandas_merge(tmp_path):
    """A copy of a file in its own outlet's folder was coded again: its frames and voices counted twice."""
    cfg = _saved_twice(tmp_path / "corpus")
    spec = CorpusSpec.from_config(cfg, tmp_path)
    entries = plan_entries(spec)
    codebook = load_codebook(CODEBOOK)
    parts = [build_shard(spec, entries[i : i + 2]) for i in range(0, len(entries), 2)]
    files: dict[str, list[str]] = {k: [] for k in ("articles", "units", "logs", "intake", "coded")}
    for k, part in enumerate(parts):
        for key, df, ext in [("articles", part.articles, "parquet"), ("units", part.units, "parquet")]:
            files[key].append(str(tmp_path / f"s{k}.{key}.{ext}"))
            write_parquet(df, files[key][-1])
        files["logs"].append(str(tmp_path / f"s{k}.log.csv"))
        write_csv(part.cleaning_log, files["logs"][-1], for_people=False)
        files["intake"].append(str(tmp_path / f"s{k}.intake.csv"))
        write_csv(part.intake, files["intake"][-1], for_people=False)
        files["coded"].append(str(tmp_path / f"s{k}.coded.parquet"))
        write_parquet(code_units(part.units, codebook).drop(columns=list(UNIT_TEXT)), files["coded"][-1])
    want = _expected(spec, parts, tmp_path / "want")
    got = tmp_path / "got"
    args = _merge_args(files, got)
    args[args.index("--corpus") + 1 : args.index("--corpus") + 4] = [json.dumps(cfg), "--root", str(tmp_path)]
    assert main(args) in (0, None)
    for name, data in want.items():
        assert (got / name).read_bytes() == data, name
    articles = pd.read_parquet(got / "articles.parquet").set_index("source_path")
    assert articles.at["a/1 (1).txt", "status"] == "duplicate" and articles.at["a/1 (1).txt", "n_units"] == 0
    assert "the same bytes as a/1.txt" in articles.at["a/1 (1).txt", "status_detail"]
    assert set(articles.drop("a/1 (1).txt")["status"]) == {"ok"}  # b/1.txt: the same text in another outlet
    copy = articles.at["a/1 (1).txt", "doc_id"]
    assert copy not in set(pd.read_parquet(got / "coded_units.parquet")["doc_id"])
    intake = pd.read_csv(got / "intake.csv", keep_default_na=False).set_index("path")
    assert intake.at["a/1 (1).txt", "status"] == "duplicate" and "a/1.txt" in intake.at["a/1 (1).txt", "reason"]
    params = json.dumps({"ngram": 5, "min_containment": 0.2, "lsh_threshold": 0.3, "num_perm": 64, "lsh_min_docs": 200})
    out = tmp_path / "reuse"
    reuse = ["reuse", "--articles", *files["articles"], "--params", params, "--seed", "3"]
    assert main([*reuse, *(f"--{k}={out / k}.csv" for k in ("pairs", "passages", "matrix"))]) in (0, None)
    pairs = pd.read_csv(out / "pairs.csv", keep_default_na=False)
    assert copy not in set(pairs["doc_a"]) | set(pairs["doc_b"]) and len(pairs) == 1  # a/1 with b/1 only
