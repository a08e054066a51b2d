"""Step 1 of coding: one scan finds every cue; spans map back to the text the reader sees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.cues import Cue, TokenIndex, drop_contained, group_positions, match_cues, named_mentions

ROOT = Path(__file__).resolve().parent.parent


def test_one_scan_finds_cues_of_every_kind(cb):
    unit = match_cues("चीन ने कहा कि व्यापार बढ़ेगा", cb)
    assert [h.name for h in unit.of("place")] == ["china"]
    assert [unit.show(h.start, h.end) for h in unit.of("source_before")] == ["ने"]
    assert [unit.show(h.start, h.end) for h in unit.of("speech_verb")] == ["कहा"]
    assert [h.name for h in unit.of("frame")] == ["economy"]
    assert unit.of("welcome_verb") == ()


def test_cue_evidence_points_into_the_original_spelling(cb):
    text = "बीजिंग में फ़ौज तैनात है"  # nukta spelling: the matching form folds it
    unit = match_cues(text, cb)
    (hit,) = [h for h in unit.of("frame") if h.name == "military"]
    cue = unit.cue("frames", "military", hit.pattern, hit.start, hit.end)
    assert cue.text == "फ़ौज" and text[cue.start : cue.end] == "फ़ौज"


def test_carried_state_has_an_empty_span(cb):
    cue = match_cues("सब ठीक है", cb).cue("voice", "quoted", "(open quotation)", 0, 0)
    assert (cue.start, cue.end, cue.text) == (0, 0, "")


def test_token_index_counts_whole_hindi_words_and_sees_clause_breaks():
    text = "भारत और रूस, दोनों देश"
    index = TokenIndex(text, frozenset(","))
    assert index.tokens_between(0, len(text)) == 5  # matras and viramas do not split words
    assert index.token_index(text.index("दोनों")) == 3
    assert index.clause_break_between(0, text.index("दोनों"))
    assert not index.clause_break_between(0, text.index("रूस"))


def test_longest_alias_wins_over_the_place_inside_it(cb):
    unit = match_cues("पाकिस्तानी सेना ने अभ्यास किया", cb)
    assert [(h.kind, h.name) for h in named_mentions(unit)] == [("actor", "pakistan_army")]


def test_partial_overlap_keeps_the_earlier_item():
    assert drop_contained([(5, 9), (0, 6)], span=lambda x: x) == [(0, 6)]


def test_actors_stand_for_their_side_and_places_for_themselves(cb):
    unit = match_cues("जयशंकर काबुल पहुंचे", cb)
    at = group_positions(named_mentions(unit), cb)
    assert set(at) == {"india", "afghanistan"}
    assert at["india"] == [0]


def test_clause_breaks_found_by_scan_agree_with_counting_every_character():
    text = "रूस, पाकिस्तान; और भारत। फिर? हाँ! a.b|c ॥ अंत"
    breaks = frozenset(",;।?!.|॥")
    index = TokenIndex(text, breaks)
    before = [sum(ch in breaks for ch in text[:i]) for i in range(len(text) + 1)]  # the old prefix count
    for a in range(len(text) + 1):
        for b in range(len(text) + 1):
            lo, hi = min(a, b), max(a, b)
            assert index.clause_break_between(a, b) == (before[hi] > before[lo])


def test_stored_matching_form_is_reused_and_its_offsets_rebuilt_only_when_an_edit_changed_its_length():
    """The coder takes the units' `norm` column instead of normalising again, with the same offsets."""
    from analysis.cues import reuse_form
    from analysis.normalize import norm, normalize

    plain = "रूस ने “Russia” कहा"  # folded one to one: the stored form is the matching form
    form = reuse_form(plain, norm(plain))
    assert form.text == normalize(plain).text and list(form.origin) == list(range(len(plain)))
    edited = "हिन्दी  में  बात"  # a nasal cluster and double spaces shorten it: offsets must be rebuilt
    form = reuse_form(edited, norm(edited))
    assert form.text == normalize(edited).text
    assert list(form.origin) == list(normalize(edited).origin) != list(range(len(form.text)))
    assert form.to_original(0, 5) == normalize(edited).to_original(0, 5) == (0, 6)  # "हिंदी" ← "हिन्दी"


def test_a_unit_codes_the_same_with_or_without_its_stored_form(cb):
    text = "हिन्दी  में रूस ने कहा कि पाकिस्तान के साथ व्यापार बढ़ेगा"
    from analysis.normalize import norm

    plain, stored = match_cues(text, cb), match_cues(text, cb, norm=norm(text))
    assert plain.text == stored.text and plain.hits == stored.hits
    assert [plain.show(h.start, h.end) for h in plain.of("place")] == ["रूस", "पाकिस्तान"]
    assert [stored.show(h.start, h.end) for h in stored.of("place")] == ["रूस", "पाकिस्तान"]


def test_the_matchers_word_character_regex_is_is_word_char_for_every_code_point():
    from analysis.codebook import _WORD_CHAR
    from analysis.vocab import is_word_char

    chars = (chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert [c for c in chars if is_word_char(c) != bool(_WORD_CHAR.match(c))] == []


@pytest.mark.parametrize(
    "text",
    ["रूस", 'say "hi"', "back\\slash", "tab\tand\nline", "\u0000\u001f\u2028", "😀 emoji", ""],
)
def test_cue_json_is_what_json_dumps_writes(text):
    cue = Cue("stance_x", 'va"lue', "pat\\tern*", 3, 17, text)
    assert cue.as_json() == json.dumps(cue.as_dict(), ensure_ascii=False, sort_keys=True)


def test_word_keys_are_found_on_word_boundaries_only_as_the_text_is_punctuated(cb):
    """Keys of word characters are matched on a spaced copy of the text: the same hits, the same spans.

    "न" (a negation) is a cue: inside "नहीं", "मानना" it is no hit; after a bracket, a quotation
    mark or a dash, before a danda, at either end of the text it is one.
    """
    from analysis.codebook import _NON_WORD
    from analysis.vocab import is_word_char

    text = 'नहीं मानना (न) "न" -न। न'
    spans = [(h.start, h.end) for h in cb.matcher.find(text) if h.pattern == "न"]
    assert spans == [(12, 13), (16, 17), (20, 21), (23, 24)]
    assert all(text[s:e] == "न" for s, e in spans)
    # the spaced copy keeps exactly the word characters
    sample = "".join(map(chr, range(0x20, 0x3000)))
    assert all((_NON_WORD.match(c) is None) == (is_word_char(c) or c == " ") for c in sample)


def test_words_after_and_last_word_before_read_as_findall_does():
    # every position of written sentences, a word longer than the look-back window and a long gap
    from analysis.cues import last_word_before, words_after
    from analysis.vocab import WORD_RE

    texts = [
        "उसने कारण नहीं बताया, पर मंत्री ने कहा कि बैठक कल होगी।",
        "रक्षा विशेषज्ञ राहुल बेदी का कहना है",
        "क" * 150 + " " + "," * 120 + " ख",
        "",
        " ; ",
    ]
    for text in texts:
        for pos in range(len(text) + 1):
            assert last_word_before(text, pos) == WORD_RE.findall(text, 0, pos)[-1:]
            assert all(words_after(text, pos, n) == WORD_RE.findall(text, pos)[:n] for n in (1, 2, 4))


def test_a_short_span_counts_the_tokens_the_token_positions_count():
    # counted where it stands (no token positions yet) or from the positions: the same number,
    # a word cut at either end of the span not counted
    text = "रूस के विदेश मंत्री लावरोव ने कहा, दोनों देश साथ हैं।"
    known = TokenIndex(text, frozenset({",", "।"}))
    known.token_index(0)  # finds the positions
    for a in range(len(text) + 1):
        for b in range(a, min(len(text), a + 40) + 1):
            assert TokenIndex(text, frozenset({",", "।"})).tokens_between(a, b) == known.tokens_between(a, b)


def test_unit_view_made_in_one_step_equals_the_dataclass(cb):
    from analysis.cues import UnitText

    unit = match_cues("पाकिस्तान के विदेश मंत्री ने कहा कि रूस से बातचीत होगी", cb)
    again = UnitText(unit.original, unit.form, unit.index, unit.hits, unit.dateline)
    assert unit == again
    assert list(vars(unit).items()) == list(vars(again).items())
    assert unit.of("place") == again.of("place") and unit.text == again.text
