"""One scan of a shard's units finds, unit by unit, exactly the hits of one scan per unit.

`Matcher.find_by_kind_many` joins the units' matching forms and scans them once
(`analysis.cues.scan_forms`, what `code_units` does); a key that ran across two units, or a
boundary test that read the next unit's first character, would change a unit's hits. These
tests compare both ways on written units whose cues sit at the very start and end of a unit,
on empty units and on the seed corpus.
"""

from __future__ import annotations

from analysis.corpus import CorpusSpec, build_shard, plan_entries
from analysis.cues import LAZY_KINDS, match_cues, scan_forms
from analysis.normalize import norm
from tests.conftest import ROOT, SEED_CFG

# cues at both ends of a unit (a word cue, a word-family cue, a phrase with a hyphen or a
# space), units that would form a cue if they ran on into each other, and empty units
WRITTEN = [
    "रूस",
    "",
    "भारत ने कहा",
    "कहा कि रूस-भारत संबंध मजबूत हुए",
    "विदेश",
    "मंत्रालय ने बताया",
    "",
    "पाकिस्तान और चीन के बीच बातचीत हुई।",
    "प्रधानमंत्री",
    "मोदी",
    "  ",
    "सूत्रों के मुताबिक",
    "",
]


def per_unit(forms: list[str], cb) -> list[dict]:
    return [cb.matcher.find_by_kind(f) for f in forms]


def test_one_scan_of_written_units_finds_each_units_own_hits(cb):
    forms = [norm(t) for t in WRITTEN]
    assert any(per_unit(forms, cb)), "the units should carry cues, or this tests nothing"
    assert cb.matcher.find_by_kind_many(forms) == per_unit(forms, cb)


def test_units_are_not_scanned_across_their_ends(cb):
    # "विदेश मंत्रालय" is one role phrase only when the two words stand in one unit
    joined = cb.matcher.find_by_kind(norm("विदेश मंत्रालय"))
    apart = cb.matcher.find_by_kind_many([norm("विदेश"), norm("मंत्रालय")])
    assert joined.get("role") and apart == per_unit([norm("विदेश"), norm("मंत्रालय")], cb)


def test_a_form_holding_the_separator_is_scanned_alone(cb):
    forms = ["रूस\x00भारत", "भारत"]
    assert cb.matcher.find_by_kind_many(forms) == per_unit(forms, cb)


def test_scan_forms_leaves_units_without_a_form_to_match_cues(cb):
    found = scan_forms([norm("रूस"), None, norm("भारत")], cb)
    # the shard's scan leaves the common words' kinds to each unit (`LAZY_KINDS`): the unit's hits are the same
    assert found[1] is None and found[0] == cb.matcher.split(LAZY_KINDS)[0].find_by_kind(norm("रूस"))
    unit = match_cues("भारत", cb, norm=norm("भारत"), found=found[2])
    assert unit.hits == match_cues("भारत", cb, norm=norm("भारत")).hits


def test_one_scan_of_the_seed_corpus_finds_each_units_own_hits(cb):
    spec = CorpusSpec.from_config(SEED_CFG, ROOT)
    forms = build_shard(spec, plan_entries(spec)).units["norm"].tolist()
    assert cb.matcher.find_by_kind_many(forms) == per_unit(forms, cb)


def test_a_unit_finds_the_common_words_kinds_when_a_rule_asks(cb):
    # the shard's scan leaves them out (`LAZY_KINDS`); asked for one, or for all, a unit has them as a scan of its own
    texts = ["मॉस्को। रूस ने कहा कि भारत से 2 करार हुए हैं।", "भारत ने पाकिस्तान से 3 बार बात की है।"]
    forms = [norm(t) for t in texts]
    for opens in (False, True):  # a story's first body unit drops its dateline's hits
        for text, form, found in zip(texts, forms, scan_forms(forms, cb)):
            full = match_cues(text, cb, opens, norm=form)
            assert all(full.of(k) for k in LAZY_KINDS)
            one = match_cues(text, cb, opens, norm=form, found=found)
            assert one.of("compound_then") == full.of("compound_then")
            assert one.hits == full.hits and list(one.hits.items()) == list(full.hits.items())
            every = match_cues(text, cb, opens, norm=form, found=found)
            assert {k: every.hits[k] for k in every.hits} == dict(full.hits)
