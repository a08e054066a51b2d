"""The paper about a researcher's own small corpus says what each input became, truthfully.

One build of a corpus written here (civic news no frame of the codebook speaks of): six
articles of one outlet, one of another, an empty file, a headline without a body, a copy of
a file saved again in its outlet's folder and a file with no date anywhere.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys

import pandas as pd
import pytest
from test_workflow_e2e import copy_project, snakemake

pytestmark = pytest.mark.e2e

STORIES = [
    ("पार्क में नए झूले", "नगर निगम ने मंगलवार को पार्क में नए झूले लगाए।\n\nबच्चों ने कहा कि अब शाम को खेलने में मज़ा आएगा।"),
    ("लाइब्रेरी में नई किताबें", "शहर की लाइब्रेरी में बुधवार को नई किताबें आईं।\n\nपाठकों ने बताया कि कहानियों की माँग ज़्यादा है।"),
    ("बस अड्डे पर प्रतीक्षालय", "बस अड्डे पर यात्रियों के लिए नया प्रतीक्षालय बना।\n\nयात्रियों ने कहा कि गर्मी में राहत मिलेगी।"),
    ("सब्ज़ी मंडी का समय बदला", "सब्ज़ी मंडी अब सुबह छह बजे खुलेगी।\n\nदुकानदारों ने बताया कि ग्राहक जल्दी आते हैं।"),
    ("स्कूल में खेल दिवस", "ज़िले के स्कूल में शुक्रवार को खेल दिवस मनाया गया।\n\nशिक्षकों ने कहा कि बच्चों ने दौड़ में हिस्सा लिया।"),
    ("तालाब की सफ़ाई", "गाँव के लोगों ने रविवार को तालाब की सफ़ाई की।\n\nमुखिया ने बताया कि पानी अब साफ़ रहेगा।"),
    ("हाट में नई दुकानें", "हाट में बीस नई दुकानें खुलीं।\n\nकिसानों ने कहा कि अब उपज बेचना आसान होगा।"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[str, str, str, str, list[str], pd.DataFrame]:
    """The paper's text, what the run printed, the page's `<title>`, the coding guide, the coder's speakers, intake."""
    work = copy_project(tmp_path_factory.mktemp("own_inputs") / "repo")
    data = work / "mydata"
    (data / "nagar").mkdir(parents=True)
    (data / "gaon").mkdir()
    for i, (head, body) in enumerate(STORIES[:6], 1):
        (data / "nagar" / f"2024-03-0{i}_khabar.txt").write_text(f"{head}\n\n{body}\n", encoding="utf-8")
    head, body = STORIES[6]
    (data / "gaon" / "2024-03-07_haat.txt").write_text(f"{head}\n\n{body}\n", encoding="utf-8")
    (data / "nagar" / "2024-03-08_khali.txt").write_bytes(b"")
    (data / "nagar" / "2024-03-09_sirf.txt").write_text("केवल शीर्षक वाली ख़बर\n", encoding="utf-8")
    # the same file saved twice in one outlet's folder, and a story no name, manifest or line dates
    (data / "nagar" / "2024-03-01_khabar (1).txt").write_bytes((data / "nagar" / "2024-03-01_khabar.txt").read_bytes())
    undated = "पुल की मरम्मत\n\nपुराने पुल की मरम्मत का काम शुरू हुआ।\n\nइंजीनियरों ने कहा कि काम दो हफ़्ते चलेगा।\n"
    (data / "gaon" / "bina_tarikh.txt").write_text(undated, encoding="utf-8")
    (data / "gaon" / "notes.docx").write_bytes(b"PK\x03\x04 not read")  # a format the corpus does not read
    init = [sys.executable, "-m", "analysis", "init", "mydata", "--name", "mine"]
    assert subprocess.run(init, cwd=work, capture_output=True, check=False).returncode == 0
    run = snakemake(work, "--cores", "1", "--configfile", "config/corpora/mine.yaml")
    assert run.returncode == 0, run.stderr[-4000:]
    page = (work / "results/mine/paper/paper.html").read_text(encoding="utf-8")
    title = html.unescape(re.search(r"<title>(.*?)</title>", page, flags=re.S).group(1))
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    guide = (work / "results/mine/validation/coding_guide.md").read_text(encoding="utf-8")
    speakers = pd.read_parquet(work / "results/mine/coding/units.parquet", columns=["speaker"])["speaker"]
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    intake = pd.read_csv(work / "results/mine/corpus/intake.csv", keep_default_na=False)
    return text, run.stderr, title, guide, sorted(set(speakers) - {""}), intake


@pytest.fixture(scope="module")
def paper_text(built) -> str:
    return built[0]


def test_the_run_itself_says_which_inputs_did_not_come_out_ok(built):
    # not only the corpus job's log: the end of the run names the statuses and the report
    assert (
        "intake: 4 of 12 inputs are not ok (duplicate=1, empty=1, headline-only=1, unsupported-format=1); "
        "every file and its reason: " in built[1]
    )
    assert "results/mine/corpus/intake.csv" in built[1]


def test_browser_tab_shows_the_papers_title_not_the_file_name(built):
    assert built[2] == "News coverage in the mine corpus: frames, stance and voices"


def test_paper_names_the_status_of_every_document_that_is_not_ok(paper_text):
    assert "11 documents were read, 8 with status ok ; the other 3 have another status" in paper_text
    assert "1 duplicate (a text its outlet has twice: counted once), 1 empty , 1 headline-only (their" in paper_text
    assert "corpus/intake.csv gives each file's reason" in paper_text
    # a headline-only document's headline is a coded unit: it is not called "not coded"
    assert "not coded" not in paper_text


def test_paper_counts_a_file_that_made_no_document(paper_text):
    # the .docx is only in the intake table: the paper still accounts for it
    assert "1 other file was found but not read as an article (1 unsupported-format ); " in paper_text
    assert "corpus/intake.csv names it." in paper_text


def test_paper_names_no_largest_frame_share_when_no_unit_has_a_frame(paper_text):
    assert "No body unit carries a frame." in paper_text
    assert "largest single share" not in paper_text


def test_paper_says_one_outlet_with_enough_articles_is_no_comparison(paper_text):
    assert "Only nagar has 5 articles or more, and a test compares at least two such outlets" in paper_text
    # nagar's intervals are drawn and tabled: "no interval or test is reported" was false of them
    assert "so no test is reported; the 95% intervals describe nagar alone." in paper_text
    assert "Outlets have 1 article or more, fewer than" not in paper_text


def test_paper_says_no_unit_speaks_of_the_stance_targets_so_the_stance_table_is_empty(paper_text):
    # civic news never names Russia: the stance table of zeros and the empty figure are explained
    assert "what stance they take toward Russia–Pakistan ties and Russia–India ties (no unit of this corpus" in (
        paper_text
    )
    assert "No body unit speaks of Russia–Pakistan ties or Russia–India ties" in paper_text
    assert "empty by construction" in paper_text
    assert "Russia–Pakistan ties: headline → body" not in paper_text  # "none → none" in every row


def test_paper_limitations_say_the_codebook_was_written_for_another_topic(paper_text):
    assert "The codebook and this corpus." in paper_text
    assert re.search(r"\d+ of \d+ body units \(100%\) carry none of the frames of the codebook", paper_text)


def test_paper_data_table_leaves_out_event_and_byline_columns_no_article_fills(paper_text):
    data = paper_text.split("Data", 1)[1].split("Method", 1)[0]
    assert "Title" in data and "Byline" not in data and "Event" not in data


def test_the_coding_guide_lists_the_people_the_coder_found_speaking_in_this_corpus(built):
    """The guide's named speakers are the coded units' speakers (the rule reads the coded units), none other."""
    guide, speakers = built[3], built[4]
    heard = guide.split("found speaking in this corpus:", 1)[1].split("other ids are in the drop-down", 1)[0]
    listed = re.findall(r"^- `([^`]+)`", heard, flags=re.M)
    assert set(listed) <= set(speakers)
    assert "`lavrov`" not in guide and "`modi`" not in guide  # the seed study's people stay in the drop-down


def test_a_file_saved_twice_and_a_file_without_a_date_are_named_in_the_intake_report(built):
    """The copy was coded twice without a word; the undated file was 'ok' with no reason."""
    intake = built[5].set_index("path")
    copy = intake.loc["nagar/2024-03-01_khabar (1).txt"]
    assert copy["status"] == "duplicate" and "the same bytes as nagar/2024-03-01_khabar.txt" in copy["reason"]
    undated = intake.loc["gaon/bina_tarikh.txt"]
    assert undated["status"] == "ok" and "no publication date" in undated["reason"]
    assert "(1 article without a known date)" in built[0]


def test_paper_says_no_article_pair_shares_a_passage_rather_than_counting_zeros(paper_text):
    # seven civic stories that share no wording: "0 article pairs share … 0 shared passages" said nothing
    reuse = paper_text.split("Text reuse", 1)[1].split("Reliability", 1)[0]
    assert "No article pair shares a passage." in reuse
    assert "0 article pairs" not in reuse
