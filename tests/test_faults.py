"""Faults: a killed run resumes with the same command; a second run on the same folder is refused.

A small synthetic corpus is built in a temporary copy of the project three ways: once
uninterrupted (the reference), once killed with SIGKILL to its whole process group half-way
and then resumed by running the same command again (the one documented command: the
workflow profile passes `--rerun-incomplete` and the workflow's own lock dies with the
run), and once with a second run started while the first holds the folder. Every output
must come out byte for byte as in the reference.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from test_workflow_e2e import copy_project, snakemake

from analysis.__main__ import main
from analysis.errors import report_user_errors
from analysis.runlock import LOCK_NAME, hold

RESULTS = "results/faults"
CONFIG = "config/corpora/faults.yaml"
STORIES = [
    "रूस और पाकिस्तान ने रक्षा सहयोग बढ़ाने पर सहमति जताई।\n\nविदेश मंत्री ने कहा कि दोनों देशों के रिश्ते मजबूत हैं।\n",
    "रूस के राष्ट्रपति ने भारत के साथ व्यापार पर बातचीत की।\n\nअधिकारियों ने बताया कि आतंकवाद पर भी चर्चा हुई।\n",
    "पाकिस्तान और रूस के बीच सैन्य अभ्यास शुरू हुआ।\n\nरिपोर्ट के अनुसार अभ्यास दो हफ्ते चलेगा।\n",
    "भारत और रूस ने ऊर्जा समझौते पर हस्ताक्षर किए।\n\nदोनों पक्षों ने कहा कि सहयोग और बढ़ेगा।\n",
]


def make_project(base: Path) -> Path:
    """A copy of the project with a six-article corpus in two outlet folders and its config (no paper)."""
    work = copy_project(base / "repo")
    for k in range(6):
        folder = work / "mydata" / ("Alpha Samachar" if k % 2 else "Beta Khabar")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"story_{k}.txt").write_text(f"खबर {k}\n\n{STORIES[k % len(STORIES)]}", encoding="utf-8")
    cfg = {
        "corpus": {"name": "faults", "input": "mydata", "outlet_from": "folder"},
        "codebook": "config/codebook.yaml",
        "validation": None,
        "paper": None,
        "paths": {"results": RESULTS},
    }
    (work / CONFIG).write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return work


def start(work: Path) -> subprocess.Popen:
    """The documented command, in its own process group (so that all of it can be killed)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SNAKEMAKE")}
    return subprocess.Popen(
        [sys.executable, "-m", "snakemake", "--cores", "2", "--configfile", CONFIG],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def outputs(work: Path) -> dict[str, str]:
    """sha256 of every output of the corpus (not its logs and timings)."""
    root = work / RESULTS
    skip = ("logs/", "benchmarks/")
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.relative_to(root).as_posix().startswith(skip)
    }


def wait_for(path: Path, proc: subprocess.Popen, timeout: float = 600) -> None:
    end = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, f"the run ended before {path} appeared: {proc.communicate()[1][-3000:]}"
        assert time.monotonic() < end, f"{path} did not appear"
        time.sleep(0.2)


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, str]:
    work = make_project(tmp_path_factory.mktemp("reference"))
    run = snakemake(work, "--configfile", CONFIG)
    assert run.returncode == 0, run.stderr[-4000:]
    return outputs(work)


@pytest.mark.e2e
def test_a_run_killed_half_way_resumes_with_the_same_command_and_the_same_bytes(reference, tmp_path):
    work = make_project(tmp_path)
    proc = start(work)
    wait_for(work / RESULTS / "coding/units.parquet", proc)  # corpus and coding done, tables and figures not
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (work / RESULTS / "MANIFEST.sha256").exists(), "killed too late: the run had finished"
    again = snakemake(work, "--configfile", CONFIG)
    assert again.returncode == 0, again.stderr[-4000:]
    assert "--unlock" not in again.stderr and "incomplete" not in again.stderr.lower().replace("rerun-incomplete", "")
    assert outputs(work) == reference


@pytest.mark.e2e
def test_a_second_run_on_the_same_folder_is_refused_and_the_first_finishes(reference, tmp_path):
    work = make_project(tmp_path)
    first = start(work)
    wait_for(work / RESULTS / "logs", first)  # the first run holds the lock and runs jobs
    second = snakemake(work, "--configfile", CONFIG, timeout=600)
    out, err = first.communicate(timeout=1500)
    assert second.returncode != 0
    assert "another run holds this folder" in second.stderr and RESULTS in second.stderr
    assert "Traceback" not in second.stderr and "--unlock" not in second.stderr.replace("Do not use --unlock", "")
    assert first.returncode == 0, err[-4000:]
    assert outputs(work) == reference


def test_the_lock_is_released_when_its_holder_dies(tmp_path):
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from analysis.runlock import hold; "
            "h = hold(['res'], Path(sys.argv[1])); print('held', flush=True); time.sleep(600)",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(Exception, match="another run holds this folder"):
            hold(["res"], tmp_path)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    handles = hold(["res"], tmp_path)  # no stale lock after a SIGKILL
    assert (tmp_path / "res" / LOCK_NAME).read_bytes() == b""
    for h in handles:
        h.close()


def test_a_full_disk_is_one_clear_line_and_a_plain_rerun_recovers(tmp_path, monkeypatch, capsys):
    """No space left while a step writes (simulated: a tmpfs needs root): one line naming the
    file and the fix, and the same command run again writes the same bytes as a clean run."""
    cfg = {"corpus": {"name": "disk", "input": "seeds"}, "codebook": "config/codebook.yaml"}
    cfg["paths"] = {"results": "results/disk"}

    def args(out: Path) -> list[str]:
        return ["write-config", "--config", json.dumps(cfg), "--out", str(out)]

    out, clean = tmp_path / "config.json", tmp_path / "clean.json"
    real = Path.write_text

    def no_space(self, *a, **k):
        real(self, "{", encoding="utf-8")  # a partial write, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_text", no_space)
    assert main(args(out)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: the disk is full")
    assert str(out) in err and "run the same command again" in err
    monkeypatch.undo()
    assert main(args(out)) == 0 and main(args(clean)) == 0
    assert out.read_bytes() == clean.read_bytes()


def test_other_os_errors_are_not_called_a_full_disk():
    def fails():
        raise OSError(errno.EACCES, "Permission denied", "x")

    with pytest.raises(PermissionError):
        report_user_errors(fails)
