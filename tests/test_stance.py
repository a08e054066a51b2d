"""Step 3 of coding: which targets a unit speaks of, and its stance toward each."""

from __future__ import annotations

from pathlib import Path

from analysis.cues import group_positions, match_cues, named_mentions
from analysis.stance import code_stance, negation_of, polarity_cues, spoken_of

ROOT = Path(__file__).resolve().parent.parent


def prepared(text, cb):
    unit = match_cues(text, cb)
    return unit, group_positions(named_mentions(unit), cb)


def stance_of(text, cb, previous=frozenset()):
    unit, groups_at = prepared(text, cb)
    return code_stance(unit, groups_at, previous, cb)


def test_a_target_is_spoken_of_only_when_all_its_parties_are_named(cb):
    unit, groups_at = prepared("रूस और पाकिस्तान के मंत्री मिले", cb)
    spoken = spoken_of(unit, cb.targets, groups_at, frozenset(), cb.stance)
    assert spoken.named == {"ru_pk": True, "ru_in": False}
    assert spoken.about("ru_pk") and not spoken.about("ru_in")


def test_an_opening_pronoun_carries_only_what_the_previous_unit_spoke_of(cb):
    unit, groups_at = prepared("इससे रिश्तों में खटास आई", cb)
    carried = spoken_of(unit, cb.targets, groups_at, {"ru_in"}, cb.stance)
    assert carried.carried == {"ru_pk": False, "ru_in": True}
    assert unit.show(carried.carry.start, carried.carry.end) == "इससे"
    fresh = spoken_of(unit, cb.targets, groups_at, frozenset(), cb.stance)
    assert not fresh.about("ru_in")


def test_carried_target_gets_stance_and_a_note_naming_the_pronoun(cb):
    result = stance_of("इससे रिश्तों में खटास आई", cb, previous={"ru_in"})
    assert result.stance == {"ru_pk": "none", "ru_in": "against"}
    assert result.notes["ru_in"].startswith("carried from the previous unit by 'इससे'")
    assert {(c.variable, c.value) for c in result.cues} >= {("stance_ru_in", "carried"), ("stance_ru_in", "against")}


def test_negation_after_a_cue_in_the_same_clause_flips_it(cb):
    unit, _ = prepared("रूस और पाकिस्तान के रिश्ते मजबूत नहीं हैं", cb)
    (cue,) = [h for h in unit.of("favor") if h.name == "ru_pk"]
    neg = negation_of(cue, unit.of("negation"), unit.index, cb.stance)
    assert neg is not None and unit.show(neg.start, neg.end) == "नहीं"
    polarity, evidence = polarity_cues(unit, cue, "favor", neg)
    assert polarity == "against"
    assert [c.value for c in evidence] == ["negation", "against"] and "negated favor" in evidence[1].pattern


def test_negation_behind_a_comma_does_not_flip(cb):
    unit, _ = prepared("रूस और पाकिस्तान के रिश्ते मजबूत हैं, नहीं तो क्या", cb)
    (cue,) = [h for h in unit.of("favor") if h.name == "ru_pk"]
    assert negation_of(cue, unit.of("negation"), unit.index, cb.stance) is None


def test_a_shared_cue_goes_to_the_target_named_nearest(cb):
    result = stance_of("रूस और भारत के बीच भरोसा है पर रूस और पाकिस्तान में तनाव है", cb)
    assert result.stance == {"ru_pk": "against", "ru_in": "favor"}
    assert result.notes["ru_in"].endswith("favor cues 1, against cues 0")


def test_a_tie_takes_the_codebook_on_tie_value(cb):
    result = stance_of("रूस और पाकिस्तान ने समझौता किया पर तनाव बना रहा", cb)
    assert "favor cues 1, against cues 1; tie → none (vocab.decide_stance)" in result.notes["ru_pk"]
    assert result.stance["ru_pk"] == cb.stance.on_tie == "none"


def test_cues_without_the_parties_named_count_for_nothing(cb):
    result = stance_of("दोनों देशों के रिश्ते मजबूत हैं", cb)
    assert result.stance == {"ru_pk": "none", "ru_in": "none"}
    assert result.about == {"ru_pk": False, "ru_in": False}
    assert "not named: russia, pakistan" in result.notes["ru_pk"]


# ---------------------------------------------------------------- v1.2: the article's pair (invented sentences)
def test_one_party_with_a_partner_marker_speaks_of_the_article_pair(cb):
    unit, groups_at = prepared("रूस के साथ करार जल्द होगा", cb)
    spoken = spoken_of(unit, cb.targets, groups_at, frozenset(), cb.stance, {"ru_pk"}, cb.states)
    assert spoken.about("ru_pk") and unit.show(spoken.paired["ru_pk"].start, spoken.paired["ru_pk"].end) == "के साथ"
    result = code_stance(unit, groups_at, frozenset(), cb, {"ru_pk"})
    assert result.stance["ru_pk"] == "favor"


def test_another_state_named_keeps_a_relation_noun_off_the_article_pair(cb):
    unit, groups_at = prepared("रूस और चीन के रिश्ते मजबूत हुए", cb)
    spoken = spoken_of(unit, cb.targets, groups_at, frozenset(), cb.stance, {"ru_pk"}, cb.states)
    assert not spoken.about("ru_pk")


def test_a_predicate_with_a_third_state_is_about_that_pair(cb):
    result = stance_of("भारत दौरे पर रूस ने कहा कि चीन के साथ कोई सैन्य समझौता नहीं हुआ", cb)
    assert result.about["ru_in"] and result.stance["ru_in"] == "none"
    assert "a third state" in result.notes["ru_in"]
    assert [c.value for c in result.cues if c.variable == "stance_ru_in"] == ["third_state"]


def test_a_predicate_with_the_targets_own_party_still_counts(cb):
    result = stance_of("रूस ने भारत के साथ रक्षा समझौता किया", cb)
    assert result.stance["ru_in"] == "favor"
