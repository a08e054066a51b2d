"""Code one written sentence's stance the way `coding.code_unit` calls the stance step.

The stance rule tests of rounds 5 and 6 share it: a sentence, the article's pair, the
targets the previous unit spoke of, and whether a quotation is open before it. Rounds 6, 13
and 19 also code whole written articles in reading order (`code_article`).
"""

from __future__ import annotations

from analysis.cues import group_positions, match_cues, named_mentions
from analysis.stance import code_stance


def code(text, cb, pair=frozenset(), previous=frozenset(), in_quote=False):
    unit = match_cues(text, cb)
    groups = group_positions(named_mentions(unit), cb)
    return code_stance(unit, groups, previous, cb, pair, tuple(pair), in_quote)


def ru_in(text, cb):
    """The Russia–India stance of one written sentence coded alone (rounds 27 on)."""
    return code(text, cb).stance["ru_in"]


def ru_pk(text, cb):
    """The Russia–Pakistan stance of one written sentence coded alone (rounds 27 on)."""
    return code(text, cb).stance["ru_pk"]


def named_pair(text, cb):
    """The stance of the pair a written sentence names: Russia–India if India is named, else Russia–Pakistan
    (rounds 23, 25 and 37 list sentences of both pairs under one expected value)."""
    return (ru_in if "भारत" in text else ru_pk)(text, cb)


def check(text, ru_pk, ru_in, cb, pair=frozenset(), previous=frozenset(), in_quote=False):
    result = code(text, cb, pair, previous, in_quote)
    assert result.stance == {"ru_pk": ru_pk, "ru_in": ru_in}, result.notes
    return result


def code_article(texts, cb):
    """Code written sentences as one article (the first its headline, one paragraph each), in reading order."""
    import pandas as pd

    from analysis.coding import _code_in_order

    rows = [
        {"doc_id": "d", "unit_id": i + 1, "role": "headline" if i == 0 else "body", "para": i, "text": t, "norm": None}
        for i, t in enumerate(texts)
    ]
    return _code_in_order(pd.DataFrame(rows), cb)


# Two short stories the stance rounds' tests set a unit in (written for the tests): a Russia–Pakistan
# pipeline and a Russia–India arms deal, so a unit that names no state speaks of the story's pair.
PK_PIPELINE_STORY = ["रूस और पाकिस्तान के बीच गैस पाइपलाइन पर करार", "रूस और पाकिस्तान ने पाइपलाइन बनाने का समझौता किया था।"]
IN_DEAL_STORY = ["भारत और रूस के बीच रक्षा सौदा", "भारत और रूस ने पांच स्क्वाड्रन खरीदने का समझौता किया था।"]


def stance_after(story, unit, cb):
    """(ru_pk, ru_in) of ``unit`` read as the next unit of ``story``: the pair it inherits decides."""
    r = code_article([*story, unit], cb)[-1]
    return r.stance["ru_pk"], r.stance["ru_in"]
