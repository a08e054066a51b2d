"""Manifests round-trip and catch differences; `check_repro` builds twice and compares.

The check_repro tests build a tiny git repository with the real Snakemake (about 1 s a
build): one workflow is deterministic, one stamps the clock into an output.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.errors import UserError
from analysis.repro import check_repro, compare_manifests, read_manifest, write_manifest


def make_outputs(root: Path) -> list[Path]:
    (root / "results" / "tables").mkdir(parents=True)
    (root / "figures").mkdir()
    (root / "results" / "tables" / "b.csv").write_text("x\n1\n", encoding="utf-8")
    (root / "results" / "a.parquet").write_bytes(b"PAR1\x00\x01")
    (root / "figures" / "fig.svg").write_text("<svg/>", encoding="utf-8")
    return [root / "results", root / "figures" / "fig.svg"]


def test_manifest_format_sorted_relative_and_excludes_itself(tmp_path: Path) -> None:
    paths = make_outputs(tmp_path)
    out = tmp_path / "results" / "MANIFEST.sha256"
    out.write_text("stale\n", encoding="utf-8")  # inside a listed directory: must not list itself
    write_manifest(paths, tmp_path, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [line.split("  ")[1] for line in lines] == [
        "figures/fig.svg",
        "results/a.parquet",
        "results/tables/b.csv",
    ]
    # sha256sum's line format: hex digest, two spaces, path
    assert lines[2] == hashlib.sha256(b"x\n1\n").hexdigest() + "  results/tables/b.csv"


def test_manifest_is_sha256sum_compatible(tmp_path: Path) -> None:
    paths = make_outputs(tmp_path)
    out = tmp_path / "MANIFEST.sha256"
    write_manifest(paths, tmp_path, out)
    done = subprocess.run(
        ["sha256sum", "--check", "--quiet", str(out)], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_round_trip_then_detected_differences(tmp_path: Path) -> None:
    paths = make_outputs(tmp_path)
    a, b = tmp_path / "a.sha256", tmp_path / "b.sha256"
    write_manifest(paths, tmp_path, a)
    write_manifest(paths, tmp_path, b)
    assert a.read_bytes() == b.read_bytes()
    assert compare_manifests(a, b) == []
    assert set(read_manifest(a)) == {"figures/fig.svg", "results/a.parquet", "results/tables/b.csv"}

    (tmp_path / "results" / "tables" / "b.csv").write_text("x\n2\n", encoding="utf-8")
    (tmp_path / "figures" / "fig.svg").unlink()
    (tmp_path / "results" / "new.csv").write_text("y\n", encoding="utf-8")
    write_manifest([tmp_path / "results"], tmp_path, b)
    diffs = compare_manifests(a, b)
    assert diffs[0] == f"only in {a}: figures/fig.svg"
    assert diffs[1] == f"only in {b}: results/new.csv"
    assert diffs[2].startswith("differs: results/tables/b.csv (")
    assert len(diffs) == 3
    assert main(["compare-manifests", str(a), str(b)]) == 1
    assert main(["compare-manifests", str(a), str(a)]) == 0


def test_missing_or_outside_path_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="absent.csv.*does not exist"):
        write_manifest([Path("absent.csv")], tmp_path, tmp_path / "m")
    outside = tmp_path / "other.txt"
    outside.write_text("x", encoding="utf-8")
    root = tmp_path / "root"
    root.mkdir()
    with pytest.raises(UserError, match="outside the manifest root"):
        write_manifest([outside], root, root / "m")


def test_malformed_manifest_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sha256"
    bad.write_text("0" * 64 + "  ok.csv\nnot a manifest line\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"bad\.sha256:2: expected"):
        read_manifest(bad)
    with pytest.raises(UserError, match="manifest not found"):
        compare_manifests(tmp_path / "none", bad)


SNAKEFILE = """\
rule all:
    input: "results/MANIFEST.sha256"

rule count:
    input: "seeds/a.txt"
    output: "results/tables/count.csv"
    shell: "wc -c < {input} > {output}"

rule stamp:
    output: "figures/stamp.txt"
    benchmark: "results/benchmarks/stamp.tsv"
    shell: "%s > {output}"

rule manifest:
    input: "results/tables/count.csv", "figures/stamp.txt"
    output: "results/MANIFEST.sha256"
    shell: "python -m analysis manifest --root . --out {output} {input}"
"""


def make_repo(root: Path, stamp_cmd: str, snakefile: str = SNAKEFILE) -> Path:
    """A committed mini project whose `figures/stamp.txt` comes from `stamp_cmd`."""
    repo = root / "proj"
    (repo / "seeds").mkdir(parents=True)
    (repo / "seeds" / "a.txt").write_text("लावरोव\n", encoding="utf-8")
    (repo / "Snakefile").write_text(snakefile.replace("%s", stamp_cmd), encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(git[:3] + ["init", "--quiet"], check=True)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "--quiet", "-m", "mini"], check=True)
    return repo


def test_check_repro_passes_for_deterministic_build(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path, "echo $SOURCE_DATE_EPOCH")
    (repo / "seeds" / "a.txt").write_text("uncommitted\n", encoding="utf-8")
    assert check_repro(repo, cores=2) == 0
    out = capsys.readouterr().out
    assert "uncommitted changes" in out
    assert "reproducible:" in out and "identical bytes for 3 files" in out


def test_check_repro_fails_and_names_drifting_file(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path, "date +%s%N")
    assert check_repro(repo, cores=2) == 1
    out = capsys.readouterr().out
    assert "NOT reproducible" in out
    assert "manifest differs: figures/stamp.txt" in out
    assert "tree differs: figures/stamp.txt" in out
    assert "count.csv" not in out


def test_an_output_that_depends_on_the_users_matplotlib_cache_is_caught(tmp_path: Path, capsys) -> None:
    # one build runs with an empty matplotlib cache of its own, the other with the user's: a figure
    # whose bytes follow the cache (as the font list once decided the PDFs) differs between them
    repo = make_repo(tmp_path, "basename ${{MPLCONFIGDIR:-user}}")
    assert check_repro(repo, cores=1) == 1
    assert "tree differs: figures/stamp.txt" in capsys.readouterr().out


def test_failed_build_is_a_user_error_with_log_tail(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, "false")
    with pytest.raises(UserError, match=r"build in .*build-a failed"):
        check_repro(repo, build_cmd=[sys.executable, "-m", "snakemake", "--cores", "1"])


def test_clone_cannot_borrow_uncommitted_modules_from_editable_install(tmp_path: Path) -> None:
    # The clone has its own `analysis` package without `repro.py`. The project's editable
    # install would supply the working tree's analysis/repro.py; the build must not see it.
    snakefile = SNAKEFILE.replace(
        'shell: "wc -c < {input} > {output}"',
        "shell: \"python -c 'import analysis.repro' && wc -c < {input} > {output}\"",
    )
    repo = tmp_path / "proj"
    (repo / "analysis").mkdir(parents=True)
    (repo / "analysis" / "__init__.py").write_text('"""committed package, no repro.py"""\n')
    make_repo(tmp_path, "echo 0", snakefile)
    with pytest.raises(UserError, match=r"(?s)build-a failed.*No module named 'analysis.repro'"):
        check_repro(repo, cores=1)
