"""The same article twice in other clothes is counted once; reuse across outlets is not a copy.

A researcher's folder holds one story saved twice, as HTML beside TXT, re-encoded (a BOM,
UTF-16, Windows line ends), with spaces, quote marks or a closing agency credit changed, or
under a later date: each is the same document of its outlet and must be set aside with a
reason naming both files (QA round on duplicates). The same text under a second outlet, and a
story sharing one paragraph with another, stay two documents: that is reuse, which
`analysis.reuse` measures. The articles are written for these tests.
"""

import codecs
import random

import pandas as pd
import pytest

from analysis.copies import is_credit_line, same_text_copies, text_key
from analysis.corpus import CorpusSpec, build_shard, corpus_intake, merge_shards, plan_entries

BUS = (
    "नगर निगम ने दस नई बसें चलाईं\n\nप्रकाशित: 01 मार्च 2024\n\n"
    'शहर के पूर्वी इलाके में सोमवार से दस नई बसें चलने लगीं। महापौर ने कहा कि इससे "रोज़ाना" यात्रियों को राहत मिलेगी।\n\n'
    "यात्री संघ ने फ़ैसले का स्वागत किया, पर रात की सेवा की मांग भी की।\n"
)
RAIN = (
    "तेज़ बारिश से बस्तियों में पानी भरा\n\nप्रकाशित: 02 मार्च 2024\n\n"
    "रविवार रात की बारिश के बाद नदी किनारे की तीन बस्तियों में पानी घरों तक पहुंच गया।\n\n"
    "प्रशासन ने दो राहत शिविर खोले हैं। मौसम विभाग ने और बारिश की चेतावनी दी है।\n"
)
SHARED = "जानकारों का कहना है कि दोनों देशों के बीच ऊर्जा सहयोग पर बरसों से बात चल रही है और परियोजना अभी कागज़ों पर है।"
TRADE = f"दोनों देशों में व्यापार वार्ता\n\nदोनों देशों के अधिकारियों ने व्यापार बढ़ाने पर दो दिन बात की।\n\n{SHARED}\n"
OIL = f"तेल आयात की नई योजना\n\nऊर्जा मंत्री ने संसद में बताया कि अगले महीने कच्चे तेल की नई खेप आएगी।\n\n{SHARED}\n"


def _html(text: str) -> str:
    """`text` as a saved page: its headline in <title> with the site's name, its date in the page's metadata,
    navigation and a footer around it."""
    title, _dated, *paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p.strip()}</p>" for p in paras)
    return (
        f'<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>{title} | Nagar Samachar</title>'
        f'<meta property="og:title" content="{title}">'
        '<meta property="article:published_time" content="2024-03-01T09:00:00+05:30"></head><body><nav><a href="/">होम</a> | <a href="/s">शहर</a>'
        f"</nav><main><article><h1>{title}</h1>{body}</article></main>"
        "<footer>Copyright © 2024 Nagar Samachar. All Rights Reserved.</footer></body></html>"
    )


# path -> bytes; outlets are the folders
FILES = {
    "nagar/2024-03-01_bus.txt": BUS.encode(),
    "nagar/2024-03-01_bus (1).txt": BUS.encode(),  # saved twice
    "nagar/2024-03-01_bus_bom.txt": codecs.BOM_UTF8 + BUS.encode(),
    "nagar/2024-03-01_bus_utf16.txt": BUS.encode("utf-16"),
    "nagar/2024-03-01_bus_crlf.txt": BUS.replace("\n", "\r\n").encode(),
    "nagar/2024-03-01_bus.html": _html(BUS).encode(),
    "nagar/2024-03-01_bus_spaces.txt": BUS.replace("। ", "।   ").replace("\n\n", "\n \n\n").encode(),
    "nagar/2024-03-01_bus_quotes.txt": BUS.replace('"रोज़ाना"', "“रोज़ाना”").replace("किया,", "किया ,").encode(),
    "nagar/2024-03-01_bus_credit.txt": (BUS + "\n(एजेंसी इनपुट के साथ)\n").encode(),
    "nagar/2024-03-02_rain.txt": RAIN.encode(),
    "nagar/2024-03-05_rain.txt": RAIN.replace("02 मार्च", "05 मार्च").encode("utf-16"),  # again, three days later
    "lok/2024-03-02_rain.txt": RAIN.encode(),  # the same text under a second outlet: reuse
    "lok/2024-03-03_trade.txt": TRADE.encode(),
    "lok/2024-03-04_oil.txt": OIL.encode(),  # shares one paragraph with the trade story: reuse
}
COPIES_OF_BUS = [p for p in FILES if p.startswith("nagar/2024-03-01_bus") and p != "nagar/2024-03-01_bus.txt"]


def _corpus(root, order=None):
    for rel in order or FILES:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(FILES[rel])
    spec = CorpusSpec.from_config(
        {"name": "copies", "input": str(root), "language": "hi", "outlet_from": "folder"}, root
    )
    entries = plan_entries(spec)
    parts = [build_shard(spec, entries[i : i + 3]) for i in range(0, len(entries), 3)]
    return merge_shards(parts), corpus_intake(spec, parts)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return _corpus(tmp_path_factory.mktemp("copies"))


def test_a_story_saved_as_html_reencoded_or_retyped_in_its_outlet_is_set_aside_naming_both_files(built):
    tables, intake = built
    arts = tables.articles.set_index("source_path")
    assert arts.at["nagar/2024-03-01_bus.txt", "status"] == "ok"
    for path in COPIES_OF_BUS:
        assert arts.at[path, "status"] == "duplicate", path
        assert arts.at[path, "status_detail"].startswith(f"{path}: the same "), path
        assert "nagar/2024-03-01_bus.txt" in arts.at[path, "status_detail"] and arts.at[path, "n_units"] == 0
        row = intake.loc[intake["path"] == path].iloc[0]
        assert row["status"] == "duplicate" and "nagar/2024-03-01_bus.txt" in row["reason"]
    assert "the same bytes as" in arts.at["nagar/2024-03-01_bus (1).txt", "status_detail"]
    assert "decoded and normalised" in arts.at["nagar/2024-03-01_bus_utf16.txt", "status_detail"]


def test_a_copy_leaves_no_units_so_its_outlet_counts_the_article_once(built):
    tables, _ = built
    kept = tables.articles.set_index("source_path").at["nagar/2024-03-01_bus.txt", "doc_id"]
    bus_docs = set(tables.articles.loc[tables.articles["source_path"].str.contains("_bus"), "doc_id"])
    assert set(tables.units["doc_id"]) & bus_docs == {kept}
    assert set(tables.cleaning_log["doc_id"]) & (bus_docs - {kept}) == set()


def test_the_same_story_under_a_later_date_keeps_the_earliest_and_says_both_dates(built):
    tables, _ = built
    arts = tables.articles.set_index("source_path")
    assert arts.at["nagar/2024-03-02_rain.txt", "status"] == "ok"
    why = arts.at["nagar/2024-03-05_rain.txt", "status_detail"]
    assert arts.at["nagar/2024-03-05_rain.txt", "status"] == "duplicate"
    assert "nagar/2024-03-02_rain.txt" in why and "dated 2024-03-05, the copy kept 2024-03-02" in why


def test_the_same_text_under_a_second_outlet_and_a_shared_paragraph_stay_two_documents(built):
    tables, _ = built
    arts = tables.articles.set_index("source_path")
    for path in ("lok/2024-03-02_rain.txt", "lok/2024-03-03_trade.txt", "lok/2024-03-04_oil.txt"):
        assert arts.at[path, "status"] == "ok", path
    assert (tables.articles["status"] == "ok").sum() == 5  # bus, rain twice (two outlets), trade, oil


def test_which_copy_is_kept_does_not_depend_on_the_order_files_are_written_or_listed(tmp_path):
    (first, _), (again, _) = built_in_two_orders(tmp_path)
    cols = ["doc_id", "status", "status_detail", "text_sha256"]
    pd.testing.assert_frame_equal(first.articles[cols], again.articles[cols])


def built_in_two_orders(tmp_path):
    shuffled = list(FILES)
    random.Random(7).shuffle(shuffled)
    return _corpus(tmp_path / "a"), _corpus(tmp_path / "b", order=shuffled[::-1])


def test_the_key_ignores_spaces_punctuation_quote_style_nukta_and_a_closing_credit_but_not_a_word():
    base = text_key("पुल बंद", "", "पुराने पुल में दरार दिखी।\n\nबसें दूसरे रास्ते से चलेंगी।")
    assert base == text_key("पुल  बंद", "", "पुराने पुल में दरार दिखी ।\n\nबसें, दूसरे रास्ते से चलेंगी!\n\n- भाषा")
    assert base == text_key("पुल बंद", "", "पुराने पुल मे़ं दरार दिखी।\n\nबसें दूसरे रास्ते से चलेंगी।")  # a stray nukta
    assert base != text_key("पुल बंद", "", "पुराने पुल में दरार दिखी।\n\nबसें दूसरे रास्ते से चलीं।")
    assert base != text_key("पुल खुला", "", "पुराने पुल में दरार दिखी।\n\nबसें दूसरे रास्ते से चलेंगी।")  # new headline


def test_a_vowel_sign_is_part_of_its_word_for_the_key():
    """Python's \\w is not true of a matra: "कि" and "के" must not both read as "क"."""
    assert text_key("", "", "उसने कहा कि वह आएगा।") != text_key("", "", "उसने कहा के वह आएगा।")


def test_a_closing_credit_is_a_short_bracketed_or_dashed_line_naming_an_agency():
    for line in ("(एजेंसी इनपुट के साथ)", "— पीटीआई", "(इनपुट: एजेंसियां)", "(With inputs from agencies)", "- IANS"):
        assert is_credit_line(line), line
    for line in ("पीटीआई के संवाददाता ने बताया कि बैठक टल गई।", "(भाषा पर बहस कल होगी।)", "(फोटो: नगर निगम)"):
        assert not is_credit_line(line), line


def test_rows_of_one_export_with_the_same_text_name_their_doc_ids():
    rows = pd.DataFrame(
        {
            "doc_id": ["ex-001", "ex-002", "ex-003"],
            "source_path": "nagar/export.csv",
            "sha256": "h",
            "text_sha256": ["t1", "t2", "t1"],
            "outlet": "nagar",
            "published": "2024-03-01",
            "status": "ok",
        }
    )
    assert same_text_copies(rows) == {
        "ex-003": "nagar/export.csv (ex-003): the same text as nagar/export.csv (ex-001) once both are decoded and "
        "normalised (they may differ only in encoding, line ends, white space, punctuation, page markup or a closing "
        "agency credit), a file of the same outlet (nagar); set aside so that the article counts once"
    }


def _rows(**cols) -> pd.DataFrame:
    base = {"status": "ok", "outlet": "nagar", "published": "2024-03-01", "text_sha256": "t1"}
    return pd.DataFrame({**base, **cols})


def test_the_same_headline_without_a_body_on_two_days_is_two_documents():
    """A standing headline recurs over items whose bodies were not kept: not one article."""
    rows = _rows(
        doc_id=["d1-001", "d2-001"],
        source_path=["nagar/day1.txt", "nagar/day2.txt"],
        sha256=["h1", "h2"],
        status="headline-only",
        published=["2024-03-01", "2024-03-02"],
    )
    assert same_text_copies(rows) == {}


def test_a_headline_without_a_body_in_a_file_saved_twice_is_set_aside_but_not_its_twin_in_its_own_file():
    rows = _rows(
        doc_id=["a-001", "a-002", "b-001", "b-002"],
        source_path=["nagar/a.txt", "nagar/a.txt", "nagar/a (1).txt", "nagar/a (1).txt"],
        sha256=["h1", "h1", "h1", "h1"],
        status="headline-only",
    )
    assert sorted(same_text_copies(rows)) == ["b-001", "b-002"]
