"""Each cleaning rule alone, on short made-up pages: what it removes, with which reason, and what it leaves."""

from analysis.clean_rules import (
    LINE_RULES,
    MORE_STORIES,
    REASONS,
    Mark,
    above_headline,
    author_bio,
    boilerplate_lines,
    caption_pairs,
    duplicates,
    headline_index,
    name_above_role,
    paragraph_roles,
    standfirst_index,
    teasers_after_heading,
)

BYLINE = Mark("byline", "by_line")
DATE = Mark("date line", "published_line")


def test_every_rule_reason_is_a_cleaning_log_reason():
    assert {r.reason for r in LINE_RULES} <= set(REASONS)
    assert len({r.name for r in LINE_RULES}) == len(LINE_RULES)


# ---------------------------------------------------------------- line rules over a page
def test_boilerplate_lines_marks_rule_name_and_reason_and_spares_prose():
    texts = ("Share", "सरकार ने आज नई योजना शुरू की।", "By Meena Rao")
    assert boilerplate_lines(texts) == {0: Mark("widget", "widget"), 2: BYLINE}


# ---------------------------------------------------------------- teasers after a more-stories heading
def test_lines_after_more_stories_heading_are_teasers():
    texts = ("कल बाजार खुला रहा।", "Top Stories", "दूसरी खबर का शीर्षक", "इसकी पहली पंक्ति।")
    marks = boilerplate_lines(texts)
    assert marks[1].rule == MORE_STORIES
    assert teasers_after_heading(texts, marks) == {
        2: Mark("other-story teaser", "after_more_stories"),
        3: Mark("other-story teaser", "after_more_stories"),
    }


def test_after_more_stories_footer_keeps_its_reason_but_promo_becomes_teaser():
    texts = ("Top Stories", "इसे भी पढ़ें: कुछ और", "Copyright 2020 Example Media")
    found = teasers_after_heading(texts, boilerplate_lines(texts))
    assert [found[i].reason for i in (1, 2)] == ["other-story teaser", "logo/copyright footer"]
    assert {m.rule for m in found.values()} == {"after_more_stories"}  # a byline down there is not ours


def test_no_more_stories_heading_no_teasers():
    texts = ("शीर्षक", "कुछ पाठ।")
    assert teasers_after_heading(texts, boilerplate_lines(texts)) == {}


# ---------------------------------------------------------------- author name above a role line
def test_latin_name_above_reporter_line_is_byline():
    texts = ("Meena Rao", "Reporter Example Times", "Meena Rao")
    assert name_above_role(texts, boilerplate_lines(texts)) == {0: Mark("byline", "name_line")}


def test_name_without_role_line_below_stays():
    texts = ("Meena Rao", "पहला पैराग्राफ।")
    assert name_above_role(texts, boilerplate_lines(texts)) == {}


# ---------------------------------------------------------------- caption + alt text
def test_doubled_short_line_before_a_meta_line_is_a_caption():
    texts = ("बाढ़ का दृश्य", "बाढ़ का दृश्य", "By Meena Rao", "पानी बढ़ा।")
    marks = {2: BYLINE}
    assert caption_pairs(texts, marks) == {
        0: Mark("caption/image credit", "caption_pair"),
        1: Mark("caption/image credit", "caption_pair"),
    }


def test_doubled_line_far_from_a_meta_line_is_not_a_caption():
    texts = ("बाढ़ का दृश्य", "बाढ़ का दृश्य", "पानी बढ़ा।", "लोग सुरक्षित।", "By Meena Rao")
    assert caption_pairs(texts, {4: BYLINE}) == {}


def test_doubled_sentence_is_not_a_caption():
    texts = ("पानी बढ़ा।", "पानी बढ़ा।", "By Meena Rao")
    assert caption_pairs(texts, {2: BYLINE}) == {}


# ---------------------------------------------------------------- headline and what sits above it
def test_first_kept_headline_shaped_line_is_the_headline():
    texts = ("Share", "नदी में उफान, गांव खाली", "पानी बढ़ा।")
    assert headline_index(texts, {0: Mark("widget", "widget")}) == 1


def test_paragraph_first_means_no_headline():
    assert headline_index(("पानी बढ़ा।", "लोग सुरक्षित हैं।"), {}) is None


def test_breadcrumb_ending_with_the_title_gives_way_to_the_title():
    texts = ("देश राज्य नदी में उफान, गांव खाली", "नदी में उफान, गांव खाली", "पानी बढ़ा।")
    assert headline_index(texts, {}) == 1
    assert above_headline(texts, {}, 1) == {0: Mark("navigation/breadcrumb", "above_headline")}


def test_nothing_above_no_headline():
    assert above_headline(("a", "b"), {}, None) == {}


def test_above_headline_keeps_earlier_reasons():
    assert above_headline(("Share", "x", "शीर्षक"), {0: Mark("widget", "widget")}, 2) == {
        1: Mark("navigation/breadcrumb", "above_headline")
    }


# ---------------------------------------------------------------- standfirst
def test_standfirst_is_the_paragraph_before_a_byline_block():
    # 0 headline, 1 standfirst, 2 byline, 3 body
    assert standfirst_index({2: BYLINE}, [1, 3]) == 1


def test_no_byline_block_no_standfirst():
    assert standfirst_index({}, [1, 2]) is None
    assert standfirst_index({2: BYLINE}, [1]) is None


# ---------------------------------------------------------------- duplicates
def test_repeat_of_a_paragraph_or_of_the_title_is_a_duplicate():
    texts = ("नदी में उफान", "पानी बढ़ा।", "नदी में उफ़ान", "पानी बढ़ा।", "लोग सुरक्षित।")
    found = duplicates(texts, [1, 2, 3, 4], titles=("नदी में उफान",))
    assert found == {2: Mark("duplicate", "repeat"), 3: Mark("duplicate", "repeat")}


def test_quote_style_does_not_hide_a_duplicate():
    texts = ("उसने “हाँ” कहा।", 'उसने "हां" कहा।')
    assert list(duplicates(texts, [0, 1], titles=("",))) == [1]


# ---------------------------------------------------------------- author bio
def test_short_paragraph_after_closing_byline_is_an_author_bio():
    texts = ("पानी बढ़ा।", "By Meena Rao", "पत्रकारिता की छात्रा। खेल में रुचि।")
    assert author_bio(texts, {1: BYLINE}, body=[0, 2]) == {2: Mark("author bio", "after_byline")}


def test_byline_before_the_body_has_no_bio():
    texts = ("By Meena Rao", "पानी बढ़ा।", "लोग सुरक्षित।")
    assert author_bio(texts, {0: BYLINE}, body=[1, 2]) == {}


def test_long_paragraph_after_byline_is_not_a_bio():
    texts = ("पानी बढ़ा।", "By Meena Rao", " ".join(["शब्द"] * 41) + "।")
    assert author_bio(texts, {1: BYLINE}, body=[0, 2]) == {}


# ---------------------------------------------------------------- roles
def test_short_unpunctuated_line_between_paragraphs_is_a_subhead():
    texts = ("पानी बढ़ा।", "राहत शिविर", "लोग सुरक्षित।", "आगे क्या")
    assert paragraph_roles(texts, [0, 1, 2, 3]) == [
        ("body", "पानी बढ़ा।"),
        ("subhead", "राहत शिविर"),
        ("body", "लोग सुरक्षित।"),
        ("body", "आगे क्या"),
    ]


def test_word_count_is_split_count_up_to_its_limit():
    from analysis.clean_rules import word_count

    for line in ["", "   ", "रूस ने कहा", "रूस  ने\tकहा ", " भारत और पाकिस्तान के बीच बातचीत फिर शुरू हुई "]:
        n = len(line.split())
        for limit in range(1, 10):
            assert word_count(line, limit) == (n if n <= limit else limit + 1)
