"""The coder's fast paths change no output: every unit codes as the full rule chain codes it.

Units that name no party of any target, in an article that carries no target to them,
take the stance computed once (`analysis.coding.quiet_stance`); units with no quotation
mark, no open quotation, no trailing source and no hit the voice rules read take the voice
computed once (`analysis.coding.quiet_voice`). These tests code whole
corpora and written articles both ways (`code_units(..., fast=False)` runs every rule on
every unit) and compare every row, so a new stance rule that lets such a unit speak of a
target fails here instead of silently being skipped.
"""

from __future__ import annotations

import pandas as pd
import pytest
import yaml

import analysis.coding as coding
from analysis.coding import code_units, quiet_stance, quiet_voice
from analysis.corpus import CorpusSpec, build_shard, plan_entries
from analysis.cues import kinds_read, match_cues
from analysis.normalize import norm
from analysis.stance import code_stance
from tests.conftest import COVID, ROOT, SEED_CFG


def article(doc: str, *units: tuple[str, int, str]) -> pd.DataFrame:
    """A units table of one article from (role, paragraph, text) triples."""
    return pd.DataFrame(
        {
            "doc_id": [doc] * len(units),
            "unit_id": list(range(1, len(units) + 1)),
            "role": [r for r, _, _ in units],
            "para": [p for _, p, _ in units],
            "text": [t for _, _, t in units],
            "norm": [norm(t) for _, _, t in units],
            "start": [0] * len(units),
            "end": [len(t) for _, _, t in units],
        }
    )


# context that crosses units: the pair an article named, a pair phrase and a carry pronoun after
# it, a quotation left open into the next unit, a dateline, a headline, a unit that only attributes
WRITTEN = pd.concat(
    [
        article(
            "a-pair",
            ("headline", 0, "रूस और पाकिस्तान के बीच रक्षा समझौता"),
            ("body", 1, "मॉस्को। रूस और पाकिस्तान ने रक्षा सहयोग बढ़ाने का फैसला किया।"),
            ("body", 1, "दोनों देशों के संबंध मजबूत हुए हैं।"),
            ("body", 2, "इससे क्षेत्र में शांति आएगी।"),
            ("body", 2, "विदेश मंत्रालय ने यह जानकारी दी।"),
            ("body", 3, "उन्होंने कहा कि सहयोग जारी रहेगा।"),
        ),
        article(
            "c-voice",
            ("headline", 0, "पुतिन बोले- हम साथ हैं"),
            ("body", 1, "मंत्रालय के अनुसार बैठक कल होगी।"),
            ("body", 1, "सरकार ने पहल का स्वागत किया।"),
            ("body", 2, "बैठक में कई मुद्दों पर बात हुई : लावरोव"),
            ("body", 2, "उसने कोई कारण नहीं बताया।"),
            ("body", 3, "'ऑपरेशन सिंदूर' के बाद हालात बदले।"),
            ("body", 3, "उन्होंने कहा, हम तैयार हैं।"),
            ("body", 4, "बैठक शांत रही।"),
        ),
        article(
            "b-none",
            ("headline", 0, "कोरोना के नए मामले बढ़े"),
            ("body", 1, "नई दिल्ली। सरकार ने कहा कि टीकाकरण तेज होगा।"),
            ("body", 1, '"हम तैयार हैं," मंत्री ने कहा।'),
            ("body", 2, '"यह लंबी लड़ाई है'),
            ("body", 2, 'और हम इसे जीतेंगे।"'),
            ("body", 3, "संबंध मजबूत हुए और सहयोग बढ़ा।"),
            ("body", 3, "विदेश मंत्रालय ने यह जानकारी दी।"),
            ("body", 4, "इससे लोगों को राहत मिलेगी।"),
        ),
    ],
    ignore_index=True,
)


def assert_same_both_ways(units: pd.DataFrame, cb) -> None:
    fast, full = code_units(units, cb), code_units(units, cb, fast=False)
    pd.testing.assert_frame_equal(fast, full)


def full_stance_calls(units: pd.DataFrame, cb, monkeypatch) -> int:
    """How many units the fast path still sends through the stance rules."""
    calls = []
    real = coding.code_stance

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(coding, "code_stance", counted)
    code_units(units, cb)
    return len(calls) - 1  # `quiet_stance` itself is one call


def test_written_articles_code_the_same_on_the_fast_path(cb):
    assert_same_both_ways(WRITTEN, cb)


def test_the_fast_path_is_taken_only_where_no_party_and_no_carried_target(cb, monkeypatch):
    # a-pair: every unit after the first lives in the pair's article, so all take the full path;
    # b-none names no party anywhere: none does
    assert full_stance_calls(WRITTEN[WRITTEN["doc_id"] == "a-pair"], cb, monkeypatch) == 6
    assert full_stance_calls(WRITTEN[WRITTEN["doc_id"] == "b-none"], cb, monkeypatch) == 0


def voice_rule_calls(units: pd.DataFrame, cb, monkeypatch) -> int:
    """How many units the fast path still sends through the voice rules."""
    calls = []
    real = coding.code_voice

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(coding, "code_voice", counted)
    code_units(units, cb)
    return len(calls) - 2  # `quiet_voice` itself codes an empty unit twice (body, headline)


def test_the_voice_fast_path_skips_only_units_with_nothing_the_voice_rules_read(cb, monkeypatch):
    # c-voice: every unit but the last quotes, names a speech act, an attribution, a welcome or a
    # trailing source (a negated speech verb is still a speech verb hit): only "बैठक शांत रही।" skips
    voice = WRITTEN[WRITTEN["doc_id"] == "c-voice"]
    assert voice_rule_calls(voice, cb, monkeypatch) == len(voice) - 1
    # b-none: five units speak or quote, the quotation running on into one with no mark of its
    # own ("और हम इसे जीतेंगे।"); the headline and the two narrated units skip
    assert voice_rule_calls(WRITTEN[WRITTEN["doc_id"] == "b-none"], cb, monkeypatch) == 5


def test_the_voice_fast_path_tests_the_kinds_the_voice_rules_read(cb):
    # derived from the rules: an empty unit asks for speech verbs (and their exemptions),
    # attributions, welcome verbs and (speakers round 20: a speech noun apart from its light verb
    # needs the agent's ने) the source markers, nothing it does not read
    kinds = {"speech_verb", "speech_exempt", "attribution", "welcome_verb", "source_before"}
    assert set(quiet_voice(cb).kinds) == kinds
    assert kinds_read(lambda u: u.of("frame") or u.of("role"), cb) == {"frame", "role"}
    assert kinds_read(lambda u: list(u.hits.values()), cb) == set(cb.matcher.kinds)


def test_quiet_voice_is_the_outlets_narration(cb):
    body, headline = quiet_voice(cb).voice
    assert body == headline
    assert (body.voice, body.cues, body.regions, body.open_after) == ("outlet", (), (), False)


def test_quiet_stance_is_what_the_rules_give_a_partyless_unit_with_stance_cues(cb):
    unit = match_cues("संबंध मजबूत हुए और सहयोग बढ़ा, तनाव नहीं घटा।", cb)
    assert unit.of("favor"), "the sentence should carry favor cues, or it tests nothing"
    coded = code_stance(unit, {}, frozenset(), cb, frozenset(), ())
    quiet = quiet_stance(cb)
    assert (coded.stance, coded.about, coded.cues, coded.named) == (quiet.stance, quiet.about, quiet.cues, quiet.named)
    assert set(quiet.stance.values()) == {"none"} and not any(quiet.about.values())


def test_seed_corpus_codes_the_same_on_the_fast_path(cb):
    spec = CorpusSpec.from_config(SEED_CFG, ROOT)
    assert_same_both_ways(build_shard(spec, plan_entries(spec)).units, cb)


@pytest.mark.parametrize("name", ["invented", "invented2", "invented3", "invented4"])
def test_invented_corpora_code_the_same_on_the_fast_path(name, cb):
    cfg = yaml.safe_load((ROOT / "config" / "corpora" / f"{name}.yaml").read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], ROOT)
    assert_same_both_ways(build_shard(spec, plan_entries(spec)).units, cb)


@pytest.mark.skipif(not COVID.is_dir(), reason="the COVID corpus (/work/shared) is not on this machine")
def test_covid_sample_codes_the_same_on_the_fast_path(cb):
    cfg = yaml.safe_load((ROOT / "config" / "corpora" / "covid5.yaml").read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], ROOT)
    assert_same_both_ways(build_shard(spec, plan_entries(spec)[:40]).units, cb)


def test_coding_pauses_the_cycle_collector_and_leaves_nothing_for_it(cb):
    """Coding runs with the cycle collector paused: it must restore it and create no cycles to collect."""
    import gc

    gc.collect()
    assert gc.isenabled()
    coded = code_units(WRITTEN, cb)
    assert gc.isenabled() and len(coded) == len(WRITTEN)
    gc.disable()
    try:
        code_units(WRITTEN, cb)
        assert gc.collect() == 0, "coding made reference cycles: the paused collector would leak them"
        assert not gc.isenabled()  # restored as it was found
    finally:
        gc.enable()
