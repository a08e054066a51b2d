"""A config stands alone: schema defaults filled in one place, clear messages, owned output folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from analysis.__main__ import main
from analysis.errors import UserError
from analysis.settings import check_named_inputs, check_roots, claim_roots, load_config, resolve

REPO = Path(__file__).resolve().parents[1]
MINIMAL = {"corpus": {"name": "mini", "input": "in"}, "codebook": "cb.yaml", "paths": {"results": "out/mini"}}


def test_minimal_config_gets_every_default_and_its_own_figure_folder():
    cfg = resolve(MINIMAL)
    assert cfg["paths"]["figures"] == "out/mini/figures"
    assert cfg["validation"] is None and cfg["coding_sheet"] == {"per_stratum": 10}
    assert cfg["reuse"]["ngram"] == 5 and cfg["statistics"] == {"seed": 20210407, "bootstrap": 2000}
    assert cfg["paper"] == {
        "source": "notebooks/paper.py",
        "study_prose": None,
        "timeout": 900,
        "show_code": False,
        "pdf": False,
    }
    assert cfg["corpus"]["layout"] == "article-per-file" and cfg["shard_size"] == 5000
    assert cfg["shard_bytes"] == 4_000_000  # a few MB of input per corpus job


def test_defaults_never_override_what_the_config_says():
    cfg = resolve({**MINIMAL, "paper": None, "reuse": {"ngram": 7}})
    assert cfg["paper"] is None and cfg["reuse"]["ngram"] == 7 and cfg["reuse"]["num_perm"] == 128


def test_validation_fills_its_groups_and_needs_a_reference_or_sheets():
    cfg = resolve({**MINIMAL, "validation": {"sheets": ["a.xlsx"]}})
    assert cfg["validation"]["heldout_docs"] == ["*"] and cfg["validation"]["development_docs"] == []
    with pytest.raises(UserError, match="neither 'reference'.*nor 'sheets'"):
        resolve({**MINIMAL, "validation": {}})


@pytest.mark.parametrize(
    ("cfg", "words"),
    [
        ({**MINIMAL, "shard_sise": 3}, ["unknown key 'shard_sise' at the top level", "Fix:"]),
        ({**MINIMAL, "notebook": None}, ["'notebook' is now called 'paper'"]),
        ({**MINIMAL, "corpus": {"name": "mini"}}, ["required key 'corpus.input' is missing"]),
        ({**MINIMAL, "shard_size": "many"}, ["shard_size: 'many' is not of type 'integer'"]),
    ],
)
def test_config_problems_name_the_key(cfg, words):
    with pytest.raises(UserError) as err:
        resolve(cfg, "my.yaml")
    assert str(err.value).startswith("my.yaml: ")
    for word in words:
        assert word in str(err.value)


def test_the_seed_and_covid_configs_resolve():
    seeds = load_config(REPO / "config/config.yaml")
    assert seeds["paths"] == {"results": "results", "figures": "figures"}
    assert seeds["paper"]["study_prose"] == "notebooks/study/seeds.md"
    covid = load_config(REPO / "config/corpora/covid5.yaml")
    assert covid["paths"]["figures"] == "results/covid5/figures" and covid["paper"]["study_prose"] is None


def test_an_output_folder_is_owned_by_one_corpus(tmp_path):
    cfg = resolve(MINIMAL)
    check_roots(cfg, tmp_path)
    claim_roots(cfg, tmp_path)
    assert (tmp_path / "out/mini/.corpus").read_text(encoding="utf-8") == "mini\n"
    check_roots(cfg, tmp_path)  # its own folder: fine
    other = resolve({**MINIMAL, "corpus": {"name": "other", "input": "in"}})
    with pytest.raises(UserError, match="holds the outputs of corpus 'mini'"):
        check_roots(other, tmp_path)
    nested = resolve({**MINIMAL, "corpus": {"name": "other", "input": "in"}, "paths": {"results": "out/mini/tables"}})
    with pytest.raises(UserError, match="inside the 'tables' outputs of corpus 'mini'"):
        check_roots(nested, tmp_path)


def test_every_corpus_config_in_the_repo_names_files_that_exist():
    for path in [REPO / "config/config.yaml", *sorted((REPO / "config/corpora").glob("*.yaml"))]:
        check_named_inputs(load_config(path), REPO, str(path))


def test_a_named_file_that_is_missing_is_refused_with_its_key_before_any_job(tmp_path):
    (tmp_path / "codebook.yaml").write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "ref.csv").write_text("doc_id\n", encoding="utf-8")
    validation = {"reference": "ref.csv", "external": ["gone.csv"]}
    cfg = {**MINIMAL, "codebook": "codebook.yaml", "validation": validation, "paper": None}
    cfg = resolve(cfg)
    with pytest.raises(UserError, match=r"mine.yaml: validation.external: gone.csv not found\. Fix:") as err:
        check_named_inputs(cfg, tmp_path, "mine.yaml")
    assert "ref.csv" not in str(err.value) and "codebook" not in str(err.value)  # only what is missing
    (tmp_path / "gone.csv").write_text("x\n", encoding="utf-8")
    check_named_inputs(cfg, tmp_path, "mine.yaml")


def test_write_config_writes_the_resolved_config_as_stable_json(tmp_path):
    out = tmp_path / "config.json"
    assert main(["write-config", "--config", json.dumps(MINIMAL), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert json.loads(text) == resolve(MINIMAL) and text.endswith("}\n")
    assert main(["write-config", "--config", json.dumps(MINIMAL), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == text


def test_init_command_writes_a_config_that_resolves(tmp_path, capsys):
    folder = tmp_path / "My Articles" / "Some Outlet"
    folder.mkdir(parents=True)
    (folder / "2024-01-02.txt").write_text("शीर्षक\n\nरूस और पाकिस्तान।\n", encoding="utf-8")
    assert main(["init", str(tmp_path / "My Articles"), "--root", str(tmp_path)]) == 0
    assert (
        "run: .venv/bin/snakemake --cores all --configfile config/corpora/My_Articles.yaml" in capsys.readouterr().out
    )
    cfg = load_config(tmp_path / "config/corpora/My_Articles.yaml")
    assert cfg["paths"]["results"] == "results/My_Articles" and cfg["paper"]["source"] == "notebooks/paper.py"
    assert (
        yaml.safe_load((tmp_path / "config/corpora/My_Articles.yaml").read_text(encoding="utf-8"))["validation"] is None
    )
    assert main(["init", str(tmp_path / "My Articles"), "--root", str(tmp_path)]) == 1  # no overwrite without --force


@pytest.mark.parametrize("name", ["config/config.yaml", "config/codebook.yaml", "config/corpora/covid5.yaml"])
def test_the_fast_yaml_reader_gives_the_data_the_pure_python_one_gives(name):
    from analysis.settings import read_yaml

    path = REPO / name
    assert read_yaml(path, "config") == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_a_yaml_slip_is_worded_by_the_pure_python_reader(tmp_path):
    from analysis.settings import read_yaml

    path = tmp_path / "tab.yaml"
    path.write_text("corpus:\n\tname: x\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"tab\.yaml: not valid YAML \(line 2, column 1\): found character '\\t'"):
        read_yaml(path, "config")
