"""Step 4 of coding: quotation state, direct speech and the reporting rules decide voice."""

from __future__ import annotations

from pathlib import Path

from analysis.attribution import source_mentions, trailing_source
from analysis.cues import match_cues, named_mentions
from analysis.voice import code_voice, direct_speech, quotation, quote_continues

ROOT = Path(__file__).resolve().parent.parent


def voice_of(text, cb, open_before=False):
    unit = match_cues(text, cb)
    named = named_mentions(unit)
    trailing = trailing_source(unit, named, cb.voice.trailing_source_separators)
    return code_voice(unit, source_mentions(unit, named), trailing, open_before, cb)


def test_an_unclosed_quotation_stays_open_after_the_unit():
    text = 'मंत्री बोले "हम पीछे नहीं हटेंगे'
    q = quotation(text, open_at_start=False)
    assert q.open_after and q.regions == ((text.index('"') + 1, len(text)),)


def test_a_quotation_open_before_the_unit_covers_it_up_to_the_closing_mark():
    text = 'बातचीत जारी रहेगी" उन्होंने जोड़ा'
    q = quotation(text, open_at_start=True)
    assert q.regions == ((0, text.index('"')),) and not q.open_after
    assert q.notes == ("continues a quotation opened in an earlier unit",)


def test_a_closing_mark_at_the_end_opens_nothing():
    q = quotation('समय आने पर सब साफ होगा"।', open_at_start=False)
    assert q.regions == () and not q.open_after
    assert q.notes == ("closing quotation mark without an opening one",)


def test_open_quotation_runs_on_within_a_paragraph_only():
    assert quote_continues(True, ("body", 4), ("body", 4), "paragraph")
    assert not quote_continues(True, ("body", 5), ("body", 4), "paragraph")
    assert quote_continues(True, ("body", 5), ("body", 4), "article")
    assert not quote_continues(False, ("body", 4), ("body", 4), "article")


def test_comma_after_a_speech_verb_starts_direct_speech(cb):
    unit = match_cues("मंत्री ने कहा, हम तैयार हैं", cb)
    verb, mark, region = direct_speech(unit, unit.of("speech_verb"), cb.voice.direct_speech_punctuation)
    assert unit.show(verb.start, verb.end) == "कहा" and mark == ","
    assert unit.text[region[0] : region[1]] == " हम तैयार हैं"


def test_a_speech_verb_without_punctuation_is_not_direct_speech(cb):
    unit = match_cues("मंत्री ने कहा कि हम तैयार हैं", cb)
    assert direct_speech(unit, unit.of("speech_verb"), cb.voice.direct_speech_punctuation) is None


def test_continued_quotation_makes_the_unit_quoted(cb):
    v = voice_of("सब कुछ ठीक चल रहा है", cb, open_before=True)
    assert (v.voice, v.rule) == ("quoted", "continues a quotation opened in an earlier unit")
    assert v.regions == ((0, len("सब कुछ ठीक चल रहा है")),) and v.open_after


def test_welcoming_a_decision_is_reported_welcoming_guests_is_not(cb):
    decision = voice_of("सरकार ने इस फैसले का स्वागत किया", cb)
    assert decision.voice == "reported" and decision.rule.startswith("welcome of a statement")
    assert {c.text for c in decision.cues} == {"फैसले", "स्वागत"}
    assert voice_of("मेजबानों ने मेहमानों का स्वागत किया", cb).voice == "outlet"


def test_attribution_needs_a_source_next_to_it(cb):
    assert voice_of("नियम के अनुसार परीक्षा अगले महीने होगी", cb).voice == "outlet"
    v = voice_of("एएनआई के अनुसार परीक्षा अगले महीने होगी", cb)
    assert (v.voice, v.rule) == ("reported", "attribution 'के अनुसार' with a source")


def test_a_trailing_actor_after_a_colon_is_a_source(cb):
    v = voice_of("सीमा पर शांति जरूरी: जयशंकर", cb)
    assert (v.voice, v.rule) == ("reported", "trailing source ': <actor>'")
    assert voice_of("सीमा पर शांति जरूरी: जयशंकर और मोदी", cb).voice == "outlet"
