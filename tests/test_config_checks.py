"""A broken config or codebook is named, with its file and line, before any work starts (issue #14)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_workflow_e2e import copy_project, snakemake

from analysis.__main__ import main

GOOD = {
    "corpus": {"name": "x", "input": "seeds"},
    "codebook": "config/codebook.yaml",
    "paths": {"results": "results/x"},
}


def check(capsys, path: Path) -> tuple[int, str]:
    code = main(["check-config", str(path)])
    out = capsys.readouterr()
    return code, out.err + out.out


def test_the_seed_config_and_codebook_pass(capsys):
    code, text = check(capsys, Path("config/config.yaml"))
    assert code == 0 and "valid" in text


def test_malformed_config_yaml_names_the_file_and_line(tmp_path, capsys):
    path = tmp_path / "mine.yaml"
    path.write_text("corpus:\n  name: x\n  input: seeds\n codebook: [\n", encoding="utf-8")
    code, text = check(capsys, path)
    assert code == 1 and text.count("\n") == 1
    assert str(path) in text and "line 4" in text and "Traceback" not in text


def test_an_unknown_key_is_one_short_line_not_a_schema_dump(tmp_path, capsys):
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump({**GOOD, "notebok": 1}), encoding="utf-8")
    code, text = check(capsys, path)
    assert code == 1 and text.count("\n") == 1 and len(text) < 400
    assert str(path) in text and "'notebok'" in text and "Fix:" in text


def test_a_malformed_codebook_is_named_with_its_line(tmp_path, capsys):
    (tmp_path / "cb.yaml").write_text("frames:\n  - id: a\n   label: [\n", encoding="utf-8")
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump({**GOOD, "codebook": str(tmp_path / "cb.yaml")}), encoding="utf-8")
    code, text = check(capsys, path)
    assert code == 1 and str(tmp_path / "cb.yaml") in text and "line 3" in text


@pytest.mark.parametrize("problem", ["no input folder", "manifest without a file column"])
def test_check_config_refuses_what_the_workflow_would_refuse(tmp_path, capsys, problem):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "a.txt").write_text("पार्क में नए झूले\n\nनगर निगम ने झूले लगाए।\n", encoding="utf-8")
    (tmp_path / "m.csv").write_text("doc_id;outlet\na;nagar\n", encoding="utf-8")
    corpus = (
        {"name": "x", "input": str(tmp_path / "gone")}
        if problem == "no input folder"
        else {"name": "x", "input": str(tmp_path / "mine"), "manifest": str(tmp_path / "m.csv")}
    )
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump({**GOOD, "corpus": corpus}), encoding="utf-8")
    code, text = check(capsys, path)
    assert code == 1 and "valid" not in text and "Traceback" not in text
    assert ("gone is not a directory" if problem == "no input folder" else "m.csv: the manifest needs a 'file'") in text


@pytest.mark.e2e
def test_the_workflow_refuses_a_broken_codebook_before_any_job(tmp_path):
    work = copy_project(tmp_path / "repo")
    (work / "cb.yaml").write_text("frames: [\n", encoding="utf-8")
    (work / "mine.yaml").write_text(yaml.safe_dump({**GOOD, "codebook": "cb.yaml"}), encoding="utf-8")
    run = snakemake(work, "--configfile", "mine.yaml", timeout=600)
    assert run.returncode == 1
    line = next(ln for ln in run.stderr.splitlines() if ln.startswith("codebook error:"))
    assert "cb.yaml" in line and "line 2" in line
    assert not (work / "results/x/corpus").exists()  # no job ran
