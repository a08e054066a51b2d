"""Code one written sentence's stance the way `coding.code_unit` calls the stance step.

The stance rule tests of rounds 5 and 6 share it: a sentence, the article's pair, the
targets the previous unit spoke of, and whether a quotation is open before it.
"""

from __future__ import annotations

from analysis.cues import group_positions, match_cues, named_mentions
from analysis.stance import code_stance


def code(text, cb, pair=frozenset(), previous=frozenset(), in_quote=False):
    unit = match_cues(text, cb)
    groups = group_positions(named_mentions(unit), cb)
    return code_stance(unit, groups, previous, cb, pair, tuple(pair), in_quote)


def check(text, ru_pk, ru_in, cb, pair=frozenset(), previous=frozenset(), in_quote=False):
    result = code(text, cb, pair, previous, in_quote)
    assert result.stance == {"ru_pk": ru_pk, "ru_in": ru_in}, result.notes
    return result
