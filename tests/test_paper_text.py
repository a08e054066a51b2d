"""The paper's sentences built from numbers: each true of the corpus it is given."""

from __future__ import annotations

from analysis.paper_text import (
    codebook_fit,
    figure_samples,
    frames_named,
    limit_of_tests,
    reuse_scopes,
    silent_targets,
    spoken_gaps,
    stance_spoken,
)


def test_the_reliability_figure_sentence_names_the_in_sample_coders_its_rows_include():
    """All documents held out, but coders whose units were read: those rows are in-sample, as the tables say."""
    sentence = figure_samples("`covid`", ["out-of-sample"], ["ref1", "ref3"])
    assert sentence.startswith("The figure shows `covid` only, by document group (out-of-sample), but")
    assert "rows with ref1 and ref3 are in-sample" in sentence
    one = figure_samples("`covid`", ["out-of-sample"], ["ref1"])
    assert "row with ref1 is in-sample" in one
    assert figure_samples("`seeds`", ["in-sample", "out-of-sample"], []) == (
        "The figure shows `seeds` only, by document group (in-sample and out-of-sample)."
    )


def test_a_codebook_of_another_topic_is_named_when_a_dozen_of_thousands_of_units_speak_of_its_targets():
    """81% of body units without a frame and 12 units of 26,490 on a target: the codebook is another study's."""
    limit = codebook_fit(21423, 26490, 12, "russia-pakistan-hindi")
    assert "21423 of 26490 body units (81%) carry none of the frames" in limit
    assert "and only 12 units speak of its stance targets: it was written for another topic" in limit
    assert "1 unit speaks of" in codebook_fit(21423, 26490, 1, "c")
    assert "no unit speaks of its stance targets" in codebook_fit(55, 61, 0, "c")


def test_a_codebook_whose_targets_many_units_speak_of_is_not_called_another_studys():
    assert codebook_fit(600, 1000, 11, "c") == ""  # more than one in a hundred body units
    assert codebook_fit(400, 1000, 0, "c") == ""  # most units carry a frame


def test_the_frames_paragraph_names_frames_by_their_labels_not_their_ids():
    labels = {"india": "India angle", "geopolitics": "Great-power & multilateral context"}
    named = frames_named([("india", "12%"), ("geopolitics", "4%")], labels.get)
    assert named == [
        "**India angle** (12% of body units)",
        "**Great-power &amp; multilateral context** (4% of body units)",
    ]


def test_the_introduction_names_the_one_target_a_border_talks_corpus_never_speaks_of():
    """India–China talks with a few Russia mentions: Russia–India ties spoken of, Russia–Pakistan ties never."""
    note = silent_targets({"Russia–Pakistan ties": False, "Russia–India ties": True})
    assert note == " (no unit of this corpus speaks of Russia–Pakistan ties)"
    assert silent_targets({"Russia–Pakistan ties": False, "Russia–India ties": False}) == (
        " (no unit of this corpus speaks of them)"
    )
    assert silent_targets({"Russia–Pakistan ties": True, "Russia–India ties": True}) == ""


def test_a_monsoon_corpus_prints_no_headline_stance_row_for_targets_it_never_names():
    measures = ["dominant_in_headline", "headline_frame_not_in_body", "stance_gap_ru_pk", "stance_gap_ru_in"]
    assert spoken_gaps(measures, ["ru_pk", "ru_in"]) == [True, True, False, False]
    assert spoken_gaps(measures, []) == [True, True, True, True]


def test_the_test_limitation_speaks_of_smaller_outlets_only_when_there_are_some():
    four_big = {"krishak": 7, "gaon": 6, "mandi": 6, "desh": 6}
    assert "every outlet here has that many" in limit_of_tests(four_big, 5)
    assert "smaller outlets" not in limit_of_tests(four_big, 5)
    assert "smaller outlets are described, not tested" in limit_of_tests({**four_big, "chhota": 2}, 5)


def test_reuse_pairs_with_an_article_of_unknown_outlet_are_said_to_be_outside_the_matrix():
    """Seeds: one pair, an ETV Bharat article and one of unknown outlet; the matrix's cells say 0 and 0."""
    assert reuse_scopes(0, 0, 1) == (
        "0 across outlets or within one; 1 with an article of unknown outlet, which the matrix leaves out"
    )
    assert reuse_scopes(49, 56, 0) == "56 across outlets"


def test_the_stance_paragraph_says_the_figure_is_empty_when_units_speak_of_a_target_without_stance():
    """India–China talks: 10 units on Russia–India ties, none favorable or not, above a figure with no dot."""
    text = stance_spoken({"Russia–Pakistan ties": (0, 0, 0), "Russia–India ties": (10, 0, 0)}, 80)
    assert "10 speak of Russia–India ties (none with a stance)" in text
    assert text.endswith("no unit takes a stance, so the table's balances and the figure below are empty.")
    with_stance = stance_spoken({"Russia–Pakistan ties": (62, 38, 3), "Russia–India ties": (22, 0, 0)}, 80)
    assert "22 speak of Russia–India ties (none with a stance)." in with_stance
    assert "figure below are empty" not in with_stance
