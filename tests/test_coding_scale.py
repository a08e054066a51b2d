"""Coding cost grows linearly with the input, however long and unpunctuated (issue #14).

A 5 MB line with no full stop used to become one unit, and deciding which target a stance
cue belongs to took a minimum over every mention for every cue: quadratic. Now units are
capped (`segment.MAX_UNIT_CHARS`) and a cue's nearest mention is found by bisection. The
tests count operations (calls of the clause-break check), never wall time.
"""

from __future__ import annotations

import random

import pytest

from analysis.codebook import Hit
from analysis.coding import ArticleState, code_unit
from analysis.cues import TokenIndex
from analysis.segment import MAX_UNIT_CHARS, sentence_spans
from analysis.stance import nearest_mention, nearest_target

# places of two targets, favor cues ("सहयोग बढ़ा", "समझौता") and no full stop anywhere
PHRASE = "रूस और पाकिस्तान ने सहयोग बढ़ाया भारत और रूस के बीच समझौता हुआ "


class CountingIndex(TokenIndex):
    """A token index that counts its clause-break checks (the work per mention compared)."""

    calls = 0

    def clause_break_between(self, a: int, b: int) -> bool:
        CountingIndex.calls += 1
        return super().clause_break_between(a, b)


def _brute_force(at: int, starts: list[int], index: TokenIndex) -> tuple[bool, bool, int]:
    """The definition: the minimum over every mention (another clause?, after `at`?, distance)."""
    pos = index.token_index(at)
    return min((index.clause_break_between(s, at), s > at, abs(index.token_index(s) - pos)) for s in starts)


def test_nearest_mention_is_the_minimum_over_every_mention():
    rng = random.Random(14)
    for _ in range(300):
        words = [rng.choice(["क", "खग", "a,", "b", "घ।", "ङच"]) for _ in range(rng.randint(1, 40))]
        text = " ".join(words)
        index = TokenIndex(text, frozenset(",।"))
        starts = sorted(rng.sample(index.tok_starts, rng.randint(1, len(index.tok_starts))))
        at = rng.choice(index.tok_starts)
        assert nearest_mention(at, starts, index) == _brute_force(at, starts, index), (text, starts, at)


def test_which_target_a_cue_belongs_to_does_not_depend_on_the_number_of_mentions(cb):
    text = PHRASE * 2000  # about 4,000 mentions of Russia
    index = CountingIndex(text, frozenset("।,"))
    starts = [i for i in range(len(text)) if text.startswith("रूस", i)]
    groups = {"russia": starts, "pakistan": starts[::2], "india": starts[1::2]}
    named = [t for t in cb.targets if t.id in ("ru_pk", "ru_in")]
    cue = Hit(
        "favor", "ru_pk", "समझौत*", text.index("समझौता", len(text) // 2), text.index("समझौता", len(text) // 2) + 6
    )
    CountingIndex.calls = 0
    nearest_target(cue, named, groups, index)
    assert len(starts) > 3000
    assert CountingIndex.calls <= 2 * sum(len(t.parties) for t in named)  # two neighbours per party


def _clause_checks_to_code(text: str, codebook) -> tuple[int, int]:
    """Segment and code `text` as the corpus and coding stages do; count the clause-break checks."""
    original = TokenIndex.clause_break_between
    calls = 0

    def counting(self, a, b):
        nonlocal calls
        calls += 1
        return original(self, a, b)

    spans = sentence_spans(text)
    assert max(b - a for a, b in spans) <= MAX_UNIT_CHARS
    state = ArticleState()
    try:
        TokenIndex.clause_break_between = counting
        for a, b in spans:
            _, state = code_unit(text[a:b], ("body", 0), state, codebook)
    finally:
        TokenIndex.clause_break_between = original
    return calls, len(spans)


@pytest.mark.parametrize("words", [6_000])
def test_coding_a_long_unpunctuated_line_is_linear(cb, words):
    reps = words // len(PHRASE.split())
    small, n_small = _clause_checks_to_code(PHRASE * reps, cb)
    large, n_large = _clause_checks_to_code(PHRASE * (2 * reps), cb)
    assert n_small > 10 and n_large >= 2 * n_small - 1  # capped into many units
    assert small > 0
    assert large <= 2.3 * small  # twice the text, about twice the work (quadratic would be 4x)
