"""A corpus of one outlet and three articles builds, and its paper speaks of one outlet, not of outlets.

The paper said "how 1 outlet … frame their stories … how much text the outlets share", "Each outlet
here has 3 articles", "every outlet comparison is descriptive" and drew the source mix's one bar so
thin that its legends lay over it; the reuse caption read "1 outlets".
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys

import pytest
from test_workflow_e2e import copy_project, snakemake

pytestmark = pytest.mark.e2e

STORIES = [
    (
        "रूस और भारत के बीच ऊर्जा समझौता",
        "दोनों देशों ने तेल की आपूर्ति बढ़ाने पर सहमति जताई।\n\nअधिकारियों ने कहा कि समझौता अगले महीने लागू होगा।",
    ),
    (
        "मास्को में रक्षा मंत्रियों की मुलाक़ात",
        "रक्षा मंत्री ने रूस के साथ सैन्य सहयोग पर बात की।\n\nप्रवक्ता ने बताया कि बातचीत सकारात्मक रही।",
    ),
    ("शहर में नया पुस्तकालय", "नगर निगम ने नया पुस्तकालय खोला।\n\nपाठकों ने कहा कि यहाँ बैठने की अच्छी जगह है।"),
]


@pytest.fixture(scope="module")
def paper(tmp_path_factory) -> tuple[str, object]:
    """The paper's text and the results folder of a corpus of one outlet (three articles)."""
    work = copy_project(tmp_path_factory.mktemp("one_outlet") / "repo")
    folder = work / "ekdata" / "ekal"
    folder.mkdir(parents=True)
    for i, (head, body) in enumerate(STORIES, 1):
        (folder / f"2024-05-0{i}_khabar.txt").write_text(f"{head}\n\n{body}\n", encoding="utf-8")
    init = [sys.executable, "-m", "analysis", "init", "ekdata", "--name", "ek"]
    assert subprocess.run(init, cwd=work, capture_output=True, check=False).returncode == 0
    run = snakemake(work, "--cores", "1", "--configfile", "config/corpora/ek.yaml")
    assert run.returncode == 0, run.stderr[-4000:]
    page = (work / "results/ek/paper/paper.html").read_text(encoding="utf-8")
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split()), work / "results/ek"


def test_the_introduction_speaks_of_the_one_outlet(paper):
    text = paper[0]
    assert "describes how the one outlet of the corpus ek , ekal, frames its stories, what stance it takes" in text
    assert "how much text its articles share with each other" in text
    assert "frame their stories" not in text and "the outlets share" not in text
    assert "the rest is the outlet's own narration." in text and "the outlets' own narration" not in text


def test_no_test_and_no_interval_is_claimed_of_one_outlet_of_three_articles(paper):
    text = paper[0]
    assert (
        "The corpus has one outlet, ekal (3 articles), and a test compares at least two, so no test is reported: "
        "the shares are descriptive, with no interval."
    ) in text
    assert "so nothing is compared between outlets; no p-value is reported" in text
    assert "Each outlet here" not in text and "every outlet comparison" not in text


def test_every_figure_is_drawn_and_counts_its_one_outlet_in_the_singular(paper):
    text, results = paper
    assert "(5-word shingles on the matching form), 1 outlet." in text and "1 outlets" not in text
    for name in ("frame_profile", "stance_balance", "source_mix", "headline_body", "reuse_matrix"):
        assert (results / "figures" / f"{name}.png").stat().st_size > 10_000, name


def test_a_new_corpus_gets_its_paper_as_a_pdf_too(paper):
    """`init` wrote no `paper.pdf`: a new user's corpus came out without the PDF the seed study has."""
    results = paper[1]
    if shutil.which("xelatex"):
        assert (results / "paper" / "paper.pdf").stat().st_size > 10_000
