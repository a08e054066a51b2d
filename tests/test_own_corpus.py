"""Any corpus in, its own paper out: `init` → Snakemake → `<results>/paper/paper.html`.

A three-article corpus is written by the test, `python -m analysis init` makes its config,
and the whole workflow runs on it in a temporary copy of the project. Then the seed study
is built in the same copy, and the first corpus built again: neither build may change a
byte of the other corpus's outputs. Bad configs stop before any job with one line naming
the key or file and the fix.
"""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml
from test_workflow_e2e import REPO, copy_project, snakemake

pytestmark = pytest.mark.e2e

OUTLETS = {"Alpha Samachar": 2, "Beta Khabar": 1}
# A long passage the first and third stories share (two outlets), so the paper has text reuse to show.
SHARED = (
    "व्यापार मंडलों ने अगले महीने राजधानी में एक बड़ा मेला लगाने की योजना बनाई है जिसमें कपड़ा, दवा, मशीनरी "
    "और खेती के औजार बनाने वाली सैकड़ों कंपनियां हिस्सा लेंगी।\n\nआयोजकों का अनुमान है कि मेले में तीन दिन के "
    "भीतर पचास हजार से अधिक लोग आएंगे और छोटे कारोबारियों को नए खरीदार मिलेंगे जिससे बाजार में रौनक लौटेगी।"
)
STORIES = [
    'रूस और पाकिस्तान ने रक्षा सहयोग बढ़ाने पर सहमति जताई।\n\nविदेश मंत्री ने कहा, "दोनों देशों के रिश्ते मजबूत हैं।"\n\n' + SHARED + "\n",
    "रूस के राष्ट्रपति ने भारत के साथ व्यापार पर बातचीत की।\n\nअधिकारियों ने बताया कि आतंकवाद पर भी चर्चा हुई।\n",
    "पाकिस्तान और रूस के बीच सैन्य अभ्यास शुरू हुआ।\n\nरिपोर्ट के अनुसार अभ्यास दो हफ्ते चलेगा।\n\n" + SHARED + "\n",
]


def write_corpus(folder: Path) -> None:
    """Three articles in two outlet folders, dated by file name."""
    i = 0
    for outlet, n in OUTLETS.items():
        (folder / outlet).mkdir(parents=True)
        for _ in range(n):
            headline = f"खबर {i + 1}: रूस और पाकिस्तान"
            (folder / outlet / f"2023-05-0{i + 1}_story.txt").write_text(
                f"{headline}\n\n{STORIES[i]}", encoding="utf-8"
            )
            i += 1


def tree(root: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """sha256 of every file below `root`, except below the relative paths in `skip`."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.relative_to(root).as_posix().startswith(skip)
    }


def seed_outputs(work: Path) -> dict[str, str]:
    """The seed study's outputs (results/ without the other corpus's folder, and figures/); no logs or timings."""
    out = tree(work / "results", skip=("mine/", "logs/", "benchmarks/"))
    return {**out, **{f"figures/{k}": v for k, v in tree(work / "figures").items()}}


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> dict:
    """A copy of the project: `mine` built, then the seeds, then `mine` again from scratch."""
    work = copy_project(tmp_path_factory.mktemp("own") / "repo")
    write_corpus(work / "mydata")
    init = subprocess.run(
        [sys.executable, "-m", "analysis", "init", "mydata", "--name", "mine"],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    assert init.returncode == 0, init.stderr
    run = snakemake(work, "--configfile", "config/corpora/mine.yaml")
    assert run.returncode == 0, run.stderr[-4000:]
    mine_first = tree(work / "results/mine", skip=("logs/", "benchmarks/"))
    seeds = snakemake(work)
    assert seeds.returncode == 0, seeds.stderr[-4000:]
    mine_after_seeds = tree(work / "results/mine", skip=("logs/", "benchmarks/"))
    seeds_first = seed_outputs(work)
    again = snakemake(work, "--configfile", "config/corpora/mine.yaml", "--forceall")
    assert again.returncode == 0, again.stderr[-4000:]
    return {
        "work": work,
        "init": init.stdout,
        "mine_first": mine_first,
        "mine_after_seeds": mine_after_seeds,
        "seeds_first": seeds_first,
        "seeds_after_mine": seed_outputs(work),
    }


def seed_ids_and_outlets() -> set[str]:
    with open(REPO / "seeds/manifest.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {r["doc_id"] for r in rows} | {r["outlet"] for r in rows if r["outlet"]}


def test_init_reports_outlets_and_the_command_to_run(project):
    assert "outlets from sub-folders (2): Alpha Samachar, Beta Khabar" in project["init"]
    assert "--configfile config/corpora/mine.yaml" in project["init"]


def test_own_corpus_gets_its_tables_figures_and_paper_under_its_results(project):
    res = project["work"] / "results/mine"
    assert sorted(pd.read_parquet(res / "corpus/articles.parquet")["status"]) == ["ok"] * 3
    assert (res / "tables/frame_profile.csv").is_file() and (res / "figures/frame_profile.png").is_file()
    assert (res / "paper/paper.html").stat().st_size > 0
    assert not (res / "figures/reliability.png").exists() and not (res / "validation/reliability.csv").exists()
    assert json.loads((res / "config.json").read_text(encoding="utf-8"))["validation"] is None


def test_paper_names_this_corpus_and_nothing_of_the_seeds(project):
    html = (project["work"] / "results/mine/paper/paper.html").read_text(encoding="utf-8")
    assert "3 articles" in html and "2 outlets" in html
    assert "Alpha Samachar" in html and "Beta Khabar" in html
    assert "from 2023-05-01 to 2023-05-03" in html
    assert "not measured" in html
    leaked = sorted(s for s in seed_ids_and_outlets() if s in html)
    assert leaked == []
    assert "Russia–Pakistan ties in Hindi news" not in html  # the seed study's title


def test_paper_prints_a_long_shared_passage_by_its_opening_words_on_one_line(project):
    html = (project["work"] / "results/mine/paper/paper.html").read_text(encoding="utf-8")
    passages = pd.read_csv(project["work"] / "results/mine/reuse/passages.csv", keep_default_na=False)
    assert (passages["text_a"].str.split().str.len() > 30).any()  # the fixture's shared passage is long
    opening = " ".join(SHARED.split()[:30])
    assert f"{opening} …" in html
    assert "रौनक लौटेगी" not in html  # the passage's last words: cut, not printed
    assert "\\n" not in html  # a line break inside a passage is a space, not a printed "\\n"


def test_paper_ran_without_error_output(project):
    nb = json.loads((project["work"] / "results/mine/paper/paper.ipynb").read_text(encoding="utf-8"))
    outputs = [o for c in nb["cells"] for o in c.get("outputs", [])]
    assert outputs
    assert not [o for o in outputs if o["output_type"] == "error" or o.get("name") == "stderr"]


def test_coding_sheet_is_drawn_when_there_is_no_hand_coding(project):
    val = project["work"] / "results/mine/validation"
    sheet = pd.read_csv(val / "coding_sheet.csv", dtype=str, keep_default_na=False)
    assert set(sheet["outlet"]) == set(OUTLETS)
    assert {"coder", "frames", "voice", "speaker"} <= set(sheet.columns) and (sheet["voice"] == "").all()
    assert (val / "coding_sheet.xlsx").stat().st_size > 0
    assert (val / "coding_guide.md").read_text(encoding="utf-8").startswith("# Coding guide")


def test_building_the_seeds_leaves_the_other_corpus_untouched(project):
    assert project["mine_after_seeds"] == project["mine_first"]
    assert "results/mine/MANIFEST.sha256" not in project["mine_first"]  # keys are relative
    assert "MANIFEST.sha256" in project["mine_first"]


def test_rebuilding_the_other_corpus_leaves_the_seed_outputs_untouched(project):
    assert project["seeds_after_mine"] == project["seeds_first"]
    assert "paper/paper.html" in project["seeds_first"] and "figures/frame_profile.pdf" in project["seeds_first"]


def test_seed_paper_gives_each_validation_sample_its_own_narrow_reliability_table(project):
    html = (project["work"] / "results/paper/paper.html").read_text(encoding="utf-8")
    samples = html.count("with a defined alpha")
    assert samples >= 2  # the seeds' own sample and the samples the config names as external
    assert html.count(">α [95% CI]</th>") == samples  # one table per sample, not one column pair each
    assert "(n=" not in html  # the side-by-side table's headers ("seeds, in-sample (n=91)") are gone


def test_seed_paper_prints_other_samples_out_of_sample_rows_and_only_names_their_in_sample_ones(project):
    html = (project["work"] / "results/paper/paper.html").read_text(encoding="utf-8")
    assert "seeds, in-sample</strong>" in html  # the paper's own corpus keeps its table
    assert "COVID-19 sample (ref1), in-sample</strong>" not in html  # read while tuning: fit, named only
    assert "Not printed: " in html and "in-sample comparisons (COVID-19 sample: ref1, ref3," in html
    assert "out-of-sample</strong>" in html


def test_seed_paper_is_the_seed_study(project):
    html = (project["work"] / "results/paper/paper.html").read_text(encoding="utf-8")
    assert "Russia–Pakistan ties in Hindi news" in html and "Research questions" in html
    assert "Alpha Samachar" not in html
    manifest = (project["work"] / "results/MANIFEST.sha256").read_text(encoding="utf-8")
    assert "results/paper/paper.html" in manifest and "results/mine" not in manifest


# -- bad configs: one line naming the key or file and the fix, before any job ------------------


@pytest.fixture(scope="module")
def bare(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("bad") / "repo")


def good_config(name: str = "other") -> dict:
    return {
        "corpus": {"name": name, "input": "seeds", "manifest": "seeds/manifest.csv"},
        "codebook": "config/codebook.yaml",
        "paths": {"results": f"results/{name}"},
    }


def dry_run(work: Path, cfg: dict, tmp_path: Path) -> subprocess.CompletedProcess:
    path = tmp_path / "corpus.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return snakemake(work, "-n", "--configfile", str(path), timeout=300)


def assert_one_clear_line(run: subprocess.CompletedProcess, *words: str) -> None:
    assert run.returncode != 0
    assert "Traceback" not in run.stderr + run.stdout
    line = next(ln for ln in run.stderr.splitlines() if ln.startswith("config error:"))
    assert "Fix:" in line
    for word in words:
        assert word in line, (word, line)


def test_a_config_stands_alone_nothing_of_the_seed_study_leaks_in(bare, tmp_path):
    run = dry_run(bare, good_config(), tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    plan = run.stdout + run.stderr
    assert "rule coding_sheet" in plan and "rule reliability" not in plan
    assert "results/other/paper/paper.html" in plan and "notebooks/paper.html" not in plan
    assert "results/other/figures/frame_profile.pdf" in plan
    assert "figure_reliability" not in plan and " figures/" not in plan


def test_unknown_key_is_named(bare, tmp_path):
    run = dry_run(bare, {**good_config(), "notebook": None}, tmp_path)
    assert_one_clear_line(run, "'notebook'", "now called 'paper'")


def test_missing_required_key_is_named(bare, tmp_path):
    cfg = good_config()
    del cfg["corpus"]["input"]
    assert_one_clear_line(dry_run(bare, cfg, tmp_path), "corpus.input", "missing")


def test_results_folder_of_another_corpus_is_refused(bare, tmp_path):
    (bare / "results/taken").mkdir(parents=True)
    (bare / "results/taken/.corpus").write_text("someone\n", encoding="utf-8")
    cfg = good_config()
    cfg["paths"]["results"] = "results/taken"
    assert_one_clear_line(dry_run(bare, cfg, tmp_path), "results/taken", "'someone'")


def test_results_folder_inside_another_corpus_outputs_is_refused(bare, tmp_path):
    (bare / "results").mkdir(exist_ok=True)
    (bare / "results/.corpus").write_text("seeds\n", encoding="utf-8")
    cfg = good_config()
    cfg["paths"]["results"] = "results/tables"
    assert_one_clear_line(dry_run(bare, cfg, tmp_path), "results/tables", "'seeds'")


def test_input_folder_without_documents_is_refused(bare, tmp_path):
    (bare / "empty").mkdir()
    (bare / "empty/notes.docx").write_bytes(b"PK")
    cfg = good_config()
    cfg["corpus"] = {"name": "other", "input": "empty"}
    assert_one_clear_line(dry_run(bare, cfg, tmp_path), "corpus.input", "empty", "no readable document")


def _fill(sheet: pd.DataFrame, coded: pd.DataFrame, coder: str, flip_voice: int | None = None) -> pd.DataFrame:
    """A coder's sheet: the machine's values (one voice flipped, for a disagreement)."""
    codes = coded.set_index(["doc_id", "unit_id"])
    out = sheet.copy()
    keys = list(zip(out["doc_id"], out["unit_id"].astype(int)))
    out["coder"] = coder
    for col in ["frames", *[c for c in out.columns if c.startswith("stance_")], "voice", "speaker"]:
        out[col] = [str(codes.loc[k, col]) for k in keys]
    # a person names who speaks in every attributed unit (the reference format requires it)
    out.loc[(out["voice"] != "outlet") & (out["speaker"] == ""), "speaker"] = "unknown"
    if flip_voice is not None:
        i = flip_voice
        out.loc[i, "voice"], out.loc[i, "speaker"] = (
            ("outlet", "") if out.loc[i, "voice"] != "outlet" else ("reported", "lavrov")
        )
    return out


def test_filled_coding_sheets_give_coder_coder_and_coder_machine_agreement(project):
    work = project["work"]
    sheet = pd.read_csv(work / "results/mine/validation/coding_sheet.csv", dtype=str, keep_default_na=False)
    coded = pd.read_parquet(work / "results/mine/coding/units.parquet")
    assert len(sheet) > 3
    (work / "annotations").mkdir(exist_ok=True)
    _fill(sheet, coded, "c1").to_csv(work / "annotations/mine_c1.csv", index=False)
    _fill(sheet, coded, "c2", flip_voice=0).to_csv(work / "annotations/mine_c2.csv", index=False)
    cfg_path = work / "config/corpora/mine.yaml"
    cfg = yaml.safe_load(cfg_path.read_text(encoding="utf-8"))
    cfg["validation"] = {"sheets": ["annotations/mine_c1.csv", "annotations/mine_c2.csv"]}
    cfg_path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    run = snakemake(work, "--configfile", "config/corpora/mine.yaml")
    assert run.returncode == 0, run.stderr[-4000:]
    rel = pd.read_csv(work / "results/mine/validation/reliability.csv", keep_default_na=False)
    comparisons = set(rel["comparison"])
    assert {"coder-vs-c1", "coder-vs-c2", "c1-vs-c2"} <= comparisons
    voice = rel[(rel["variable"] == "voice") & (rel["group"] == "all")]
    agreement = dict(zip(voice["comparison"] + "/" + voice["statistic"], voice["value"]))
    assert agreement["coder-vs-c1/accuracy"] == "1"
    assert float(agreement["coder-vs-c2/accuracy"]) == pytest.approx((len(sheet) - 1) / len(sheet))
    html = (work / "results/mine/paper/paper.html").read_text(encoding="utf-8")
    assert "coded by hand" in html and "c1 and c2" in html


def test_paper_tables_print_what_the_latex_tables_print(project):
    """Intervals joined to their estimate and notes as letters under the table, not raw CSV columns."""
    html = (project["work"] / "results/mine/paper/paper.html").read_text(encoding="utf-8")
    assert "Ci low" not in html and "Ci high" not in html
    assert "<em>Notes.</em> a: descriptive only" in html
