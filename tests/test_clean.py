"""Cleaning rules: every rule's documented example, seed cases and unseen text."""

from pathlib import Path

import pytest

from analysis.clean import (
    clean_article,
    normalize_unicode,
    parse_date,
    split_stories,
    strip_section_prefix,
    strip_title_tail,
    to_lines,
)
from analysis.clean_rules import LINE_RULES, REASONS, match_rule

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return clean_article(to_lines(normalize_unicode(path.read_text(encoding="utf-8"))))


def clean(text: str):
    return clean_article(to_lines(normalize_unicode(text)))


def removed(art, reason):
    return [line for _, line, r in art.removed if r == reason]


# ---------------------------------------------------------------- unicode
def test_unicode_nfc_bom_zero_width_and_nbsp_are_normalised():
    raw = "\ufeffक\u093c\u200bिताब\u00a0\u00a0है\r\nदूसरी\tपंक्ति "
    assert normalize_unicode(raw) == "क़िताब है\nदूसरी पंक्ति"


def test_space_before_danda_is_dropped_but_sentence_kept():
    assert normalize_unicode("मौत हो गई है  । इनमें से") == "मौत हो गई है। इनमें से"


# ---------------------------------------------------------------- each rule
@pytest.mark.parametrize("rule", LINE_RULES, ids=lambda r: r.name)
def test_every_rule_removes_its_documented_example(rule):
    assert rule.reason in REASONS and rule.doc
    hit = match_rule(normalize_unicode(rule.example))
    assert hit is not None and hit.reason == rule.reason


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Home » World » Asia", "navigation/breadcrumb"),
        ("होम / देश", "navigation/breadcrumb"),
        ("फोटो साभार: सोशल मीडिया", "caption/image credit"),
        ("By Ramesh Kumar", "byline"),
        ("Updated: 12 March 2020, 10:05 PM", "date line"),
        ("प्रकाशित: 08 अप्रैल 2021", "date line"),
        ("Tuesday, 9 March 2021", "date line"),
        ("ये भी पढ़ें: दिल्ली में बारिश", "related-link promo"),
        ("इसे भी देखें : वीडियो", "related-link promo"),
        ("यहां पढ़ें कोरोना से जुड़ी हर खबर", "related-link promo"),
        ("संबंधित खबरें", "related-link promo"),
        ("© 2020 Amar Ujala Limited", "logo/copyright footer"),
        ("Leave a Comment", "comment form"),
        ("Share", "widget"),
        ("A A A", "widget"),
    ],
)
def test_unseen_boilerplate_lines_are_classified(line, reason):
    hit = match_rule(line)
    assert hit is not None and hit.reason == reason


@pytest.mark.parametrize(
    "line",
    [
        "रूस के विदेश मंत्री सर्गेई लावरोव ने बुधवार को कहा कि उनका देश पाकिस्तान को उपकरण देगा.",
        "उन्होंने कहा कि यह भी पढ़ें जैसी अपील का कोई असर नहीं हुआ और लोग घरों में रहे।",
        "बाजार 12 मार्च 2020 को बंद हुआ।",
        "16 मार्च 2713",
        "Russia-Pakistan Relations: पाकिस्तान इस समय भारत के दोस्त रूस के साथ संबंध मजबूत कर रहा है.",
    ],
)
def test_ordinary_sentences_are_not_boilerplate(line):
    assert match_rule(line) is None


# ---------------------------------------------------------------- metadata
def test_seo_tail_is_dropped_from_title():
    assert (
        strip_title_tail("पाकिस्तान को उपकरण देगा रूस : लावरोव - russia pakistan relations")
        == "पाकिस्तान को उपकरण देगा रूस : लावरोव"
    )
    assert strip_title_tail("चीन से बातचीत | India TV") == "चीन से बातचीत"
    assert strip_title_tail("कोविड-19: नए मामले - 500 पार") == "कोविड-19: नए मामले - 500 पार"


def test_published_line_gives_iso_date():
    assert parse_date("Published : Apr 8, 2021, 4:28 AM IST") == "2021-04-08"
    assert parse_date("प्रकाशित: 08 अप्रैल 2021") == "2021-04-08"
    assert parse_date("Updated: 2020-03-12T10:00") == "2020-03-12"


def test_page_view_date_is_not_published():
    art = seed("002")
    assert art.published == ""
    assert "Mon. Dec 23rd, 2024" in removed(art, "date line")


def test_published_date_from_text_seed_000():
    art = seed("000")
    assert art.published == "2021-04-08"
    assert "Published : Apr 8, 2021, 4:28 AM IST" in removed(art, "date line")


def test_section_prefix_is_split_from_headline():
    assert strip_section_prefix("बिजनेस / शेयर बाजार में गिरावट") == ("बिजनेस /", "शेयर बाजार में गिरावट")
    assert strip_section_prefix("दिल्ली-मुंबई उड़ानें रद्द") == ("", "दिल्ली-मुंबई उड़ानें रद्द")


# ---------------------------------------------------------------- seeds, article level
def test_breadcrumb_before_headline_seed_000():
    art = seed("000")
    assert art.title == "पाकिस्तान को विशेष सैन्य उपकरण उपलब्ध कराएगा रूस : लावरोव"
    assert "ETV Bharat / international" in removed(art, "navigation/breadcrumb")
    assert art.outlet == "ETV Bharat"


def test_standfirst_kept_although_body_paraphrases_it_seed_000():
    art = seed("000")
    assert art.standfirst.startswith("रूस के विदेश मंत्री सर्गेई लावरोव की पाकिस्तान यात्रा")
    assert art.standfirst not in art.text


def test_repeated_body_appears_once_seed_000():
    art = seed("000")
    paras = [p for _, p in art.paragraphs]
    assert len(paras) == len(set(paras)) == 7
    assert len(removed(art, "duplicate")) == 7
    assert paras[0].startswith("इस्लामाबाद :")  # dateline stays in the body


def test_caption_pair_byline_and_footer_seed_000():
    art = seed("000")
    assert removed(art, "caption/image credit") == [
        "रूस के विदेश मंत्री सर्गेई लावरोव",
        "रूस के विदेश मंत्री सर्गेई लावरोव",
        "author img",
    ]
    assert removed(art, "byline") == ["By"] and art.byline == ""
    assert removed(art, "related-link promo") == ["यह भी पढ़ें- नए एजेंडे पर अमेरिका, भारत भी अहम सहयोगी"] * 2
    assert len(removed(art, "logo/copyright footer")) == 2


def test_first_line_headline_without_boilerplate_seed_001():
    art = seed("001")
    assert art.title == "रूस के साथ मिलकर पाकिस्तान करने जा रहा ये काम, भारी संख्या में सेना"
    assert art.removed == [] and art.standfirst == "" and art.outlet == ""


def test_no_headline_when_first_line_is_a_paragraph_seed_002():
    art = seed("002")
    assert art.title == "" and art.paragraphs[0][1].startswith("अपने भारत दौरे")


def test_author_bio_and_comment_form_seed_002():
    art = seed("002")
    assert art.byline == "आदित्य सिंह"
    assert removed(art, "author bio") == [
        "दिल्ली विश्वविद्यालय से इतिहास का छात्र। खासतौर पर इतिहास, साहित्य और राजनीति में रुचि।"
    ]
    assert len(removed(art, "comment form")) == 2
    assert not any("Leave a Reply" in p for _, p in art.paragraphs)


def test_name_and_reporter_lines_are_byline_seed_003():
    art = seed("003")
    assert art.byline == "Aarti Kushwaha" and art.outlet == "The Printlines"
    assert removed(art, "byline") == ["Aarti Kushwaha", "Reporter The Printlines (Part of Bharat Express News Network)"]


def test_teasers_after_more_stories_heading_seed_003():
    art = seed("003")
    assert removed(art, "related-link promo")[0].startswith("इसे भी पढें:-")
    assert len(removed(art, "other-story teaser")) == 2
    assert removed(art, "widget") == ["Exit mobile version"]
    assert not any("Guyana" in p or "गुयाना" in p for _, p in art.paragraphs)


def test_subheads_between_paragraphs_seed_003():
    art = seed("003")
    subs = [p for r, p in art.paragraphs if r == "subhead"]
    assert subs == [
        "क्षेत्रीय सुरक्षा और आपसी हितों के मुद्दे पर की चर्चा",
        "द्विपक्षीय बिजनेस में 50 फीसदी की बढ़ोत्तरी",
        "नए सहयोगियों की तलाश में रूस",
    ]


def test_breadcrumb_repeating_title_and_title_caption_seed_004():
    art = seed("004")
    assert art.title == "क्या चीन-रूस मिलकर कोई सैन्य समझौता कर रहे हैं? जानिए- रूसी विदेश मंत्री का जवाब"
    assert removed(art, "navigation/breadcrumb")[0].startswith("Hindi News विदेश एशिया")
    assert removed(art, "widget") == ["A"]
    assert "Image Source" in removed(art, "caption/image credit")[0]
    assert art.outlet == "India TV"
    assert art.standfirst.startswith("रूस के विदेश मंत्री सर्गेई लावरोव ने भारत की")
    assert art.paragraphs[0][1].startswith("नई दिल्ली:")


# ---------------------------------------------------------------- unseen articles
def test_unseen_article_with_header_and_footer():
    art = clean(
        "Home / देश\n\nदिल्ली में बारिश से राहत, तापमान गिरा\n\nBy Ramesh Kumar\n"
        "Updated: 12 March 2020, 10:05 PM\n\nनई दिल्ली: राजधानी में बुधवार को बारिश हुई। तापमान गिरा।\n\n"
        "ये भी पढ़ें: मौसम विभाग की चेतावनी\n\nलोगों ने राहत की सांस ली।\n\nलोगों ने राहत की सांस ली।\n\n"
        "Related News\n\nकिसी और खबर का शीर्षक\n\n© 2020 Some Media Ltd"
    )
    assert art.title == "दिल्ली में बारिश से राहत, तापमान गिरा"
    assert art.byline == "Ramesh Kumar" and art.published == "2020-03-12"
    assert [p for _, p in art.paragraphs] == [
        "नई दिल्ली: राजधानी में बुधवार को बारिश हुई। तापमान गिरा।",
        "लोगों ने राहत की सांस ली।",
    ]
    reasons = {r for _, _, r in art.removed}
    assert {
        "navigation/breadcrumb",
        "byline",
        "date line",
        "related-link promo",
        "duplicate",
        "other-story teaser",
        "logo/copyright footer",
    } <= reasons


def test_standfirst_absent_when_body_follows_headline_directly():
    art = clean("शीर्षक यहां है\n\nपहला पैराग्राफ है।\n\nदूसरा पैराग्राफ है।")
    assert art.standfirst == "" and len(art.paragraphs) == 2


def test_removed_lines_carry_file_line_numbers():
    art = clean("शीर्षक यहां है\n\n\nपहला पैराग्राफ है।\nShare")
    assert art.removed == [(5, "Share", "widget")]


# ---------------------------------------------------------------- daily files
DAILY = (
    "यूपी में कोरोना से दो मौतें, नौ नए मरीज मिले\n\n"
    "उत्तर प्रदेश में दो लोगों की मौत हो गई है  । इनमें एक युवक है  ।\n"
    "  प्रदेश में 13 नए मरीज मिले  ।\n\n"
    "पुराने लखनऊ के इलाके सील\n\n"  # a 5-word subhead-like line starts a new story (documented limit)
    "पुलिस ने इलाके सील किए  ।\n\n"
    "लाइव अपडेट :\n\n"
    "- घड़ी ने नौ बजाए  ।\n\n"
    "बिजनेस / शेयर बाजार में भारी गिरावट दर्ज\n"
    "बाजार गिरा  ।\n"
)


def test_daily_file_is_split_at_headline_lines():
    stories = split_stories(normalize_unicode(DAILY))
    heads = [s[0].text for s in stories]
    assert heads == [
        "यूपी में कोरोना से दो मौतें, नौ नए मरीज मिले",
        "पुराने लखनऊ के इलाके सील",
        "बिजनेस / शेयर बाजार में भारी गिरावट दर्ज",
    ]
    assert stories[0][0].no == 1 and stories[2][0].no == 14


def test_daily_story_headline_loses_section_prefix():
    stories = split_stories(normalize_unicode(DAILY))
    art = clean_article(stories[2])
    assert art.title == "शेयर बाजार में भारी गिरावट दर्ज"
    assert art.removed == [(14, "बिजनेस /", "navigation/breadcrumb")]
    assert art.paragraphs == [("body", "बाजार गिरा।")]


def test_repeated_paragraph_with_spelling_variants_is_a_duplicate():
    art = clean('शीर्षक यहां है\n\nज़रूरी बात “हाँ” कही गई।\n\nजरूरी बात "हां" कही गई।\n\nनई बात।')
    assert [p for _, p in art.paragraphs] == ["ज़रूरी बात “हाँ” कही गई।", "नई बात।"]
    assert removed(art, "duplicate") == ['जरूरी बात "हां" कही गई।']


def test_a_date_no_calendar_has_is_not_understood_and_a_compact_date_is():
    from analysis.dates import parse_published

    assert parse_published("2024-02-30").status == "unparsed" and parse_published("2024-02-30").iso == ""
    assert parse_published("2024-13-05").status == "unparsed"
    assert parse_published("2024-02-29").iso == "2024-02-29"
    assert parse_published("20240305").iso == "2024-03-05" and parse_published("20241305").iso == ""
    assert parse_date("प्रकाशित: 2023-02-29 10:00") == ""


def test_live_blog_updates_stay_news_while_their_publication_line_goes():
    art = clean(
        "लाइव: मॉस्को में व्यापार वार्ता का दूसरा दिन\n"
        "Updated: 14 June 2022, 6:40 PM IST\n"
        "अपडेट 14:05 — वाणिज्य सचिव बैठक स्थल पर पहुँचे।\n"
        "अपडेट 15:30: दोनों देशों के अधिकारियों ने भुगतान व्यवस्था पर चर्चा शुरू की\n"
        "अपडेट 16:10 — बैठक का पहला सत्र खत्म\n"
        "अपडेट 17:00\n"
        "शाम को संयुक्त बयान जारी होने की उम्मीद है।\n"
    )
    body = " ".join(text for _, text in art.paragraphs)
    assert removed(art, "date line") == ["Updated: 14 June 2022, 6:40 PM IST", "अपडेट 17:00"]
    assert art.published == "2022-06-14"
    for update in ("वाणिज्य सचिव बैठक स्थल", "भुगतान व्यवस्था पर चर्चा", "पहला सत्र खत्म"):
        assert update in body
