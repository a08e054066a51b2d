"""A shard's scan leaves the kinds few rules read (`LAZY_KINDS`) to each unit that asks for them.

`scan_forms` scans a shard's units without the cues of `LAZY_KINDS`; `LazyHits` scans a unit's
own form for them when a rule first asks. A unit coded that way must hold, kind by kind and in
the same order, the hits of a unit scanned at once (`match_cues` without `found`), dateline dropped
too; and the coded shard must not change (the byte checks of the benchmark and the fast-path
test compare whole corpora).
"""

from __future__ import annotations

import pytest

from analysis.cues import LAZY_KINDS, LazyHits, match_cues, scan_forms
from analysis.normalize import norm

# written for these tests: numbers after "only", troops arriving, a dateline before them
SENTENCES = [
    "रूस ने सिर्फ चार हेलिकॉप्टर दिए और कुछ सैनिक भेजे।",
    "सीमा पर दो हजार सैनिक पहुंचे, मंत्री ने बताया।",
    "मॉस्को। रूस के सैनिक पहुंचे और सिर्फ तीन दिन रुके।",
    "आज कोई खबर नहीं।",
    "",
]


def _both(text: str, cb, opens_story: bool):
    form = norm(text)
    lazy = match_cues(text, cb, opens_story, form, scan_forms([form], cb)[0])
    eager = match_cues(text, cb, opens_story, form)
    return lazy, eager


@pytest.mark.parametrize("opens_story", [False, True])
@pytest.mark.parametrize("text", SENTENCES)
def test_a_unit_asked_for_a_lazy_kind_holds_the_hits_of_a_unit_scanned_at_once(cb, text, opens_story):
    lazy, eager = _both(text, cb, opens_story)
    assert isinstance(lazy.hits, LazyHits)
    for kind in sorted(LAZY_KINDS):
        assert lazy.of(kind) == eager.of(kind)
    assert list(lazy.hits.items()) == list(eager.hits.items())  # every kind, in the same order


@pytest.mark.parametrize("text", SENTENCES)
def test_every_kind_at_once_includes_the_lazy_kinds_before_any_was_asked(cb, text):
    lazy, eager = _both(text, cb, False)
    assert [h for hits in lazy.hits.values() for h in hits] == [h for hits in eager.hits.values() for h in hits]
    lazy, eager = _both(text, cb, False)
    assert lazy.hits == eager.hits and len(lazy.hits) == len(eager.hits)


def test_the_written_sentences_hold_lazy_hits_and_the_dateline_drops_its_own(cb):
    lazy, _ = _both(SENTENCES[0], cb, False)
    assert any(lazy.of(kind) for kind in LAZY_KINDS)  # the comparisons above compare something
    dated, eager = _both(SENTENCES[2], cb, True)
    assert dated.dateline > 0
    assert all(h.start >= dated.dateline for kind in LAZY_KINDS for h in dated.of(kind))
