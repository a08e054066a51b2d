"""A limited or hollow tie said with two words of it stays `against` (issue #12, stance round 39).

Columnists and TV desks call a relationship "merely a show" ("महज दिखावा", "सिर्फ दिखावे तक"): a limiter
and a word of show or formality, both of the limit family (codebook: ties portrayed as limited). The show
word is also a negation cue, for what it governs ("दिखावे की दोस्ती"); before this round it "negated" the
limiter and the unit came out `favor` or `none`. Two limit words joined by a conjunction ("सीमित और
प्रतीकात्मक") are two predicates side by side and keep their old reading. Every sentence was written for
this test.
"""

from __future__ import annotations

import pytest

from tests.stance_units import code_article


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("रूस और पाकिस्तान की दोस्ती महज दिखावा है।", "ru_pk"),
        ("विश्लेषकों का मानना है कि मॉस्को इस्लामाबाद से रिश्ते सिर्फ दिखावे तक रखेगा।", "ru_pk"),
        ("भारत और रूस का यह समझौता केवल औपचारिकता भर है।", "ru_in"),
    ],
)
def test_two_words_of_a_hollow_tie_do_not_cancel_out(text, target, cb):
    assert code_article([text], cb)[-1].stance[target] == "against"


def test_a_lifted_restriction_still_flips(cb):
    assert code_article(["रूस ने पाकिस्तान पर लगी पाबंदियां हटा दीं।"], cb)[-1].stance["ru_pk"] == "favor"
