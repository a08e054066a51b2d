"""Stance round 41 (issue #12): the partner the story carries.

1. Urdu and Hindi cause postpositions (के बाइस, के पेशे नज़र / के पेश-ए-नज़र, के मद्देनज़र, के फलस्वरूप,
   के परिणामस्वरूप) are background like के कारण: a state named only there is why the act happens, not its
   partner, so the story's pair takes the one-party predicate.
2. "भारत का (सबसे) भरोसेमंद दोस्त" names the story's Russia in a story of Russia and Pakistan too: India's or
   Pakistan's friend is the story's Russia; Russia's friend only in a story of that pair, as before. A state
   after the friend noun with a postposition of its own ("… दोस्त पाकिस्तान की मदद") is what the friend acts on,
   not a name in apposition.
3. Such a bare epithet is what the state is called (a naming, like an apposed name), and the friend asked to be
   turning to a third state ("क्या भारत का पुराना दोस्त पाकिस्तान के करीब जा रहा है?") is the drift in question.
4. A friend or backer after a genitive whose possessor has another state set bare before it ("… अमेरिका
   पाकिस्तान का साथी", "चीन पाकिस्तान के पक्ष में") is that state's: no tie of the possessor's with Russia.

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import check, code_article, ru_pk

F, A, N = "favor", "against", "none"
RU_PK = frozenset({"ru_pk"})


@pytest.mark.parametrize(
    "text",
    [
        "अमरीकी पाबंदियों के पेशे नज़र रूस ने पुर्ज़ों की फ़राहमी मुल्तवी कर दी है।",
        "अमेरिकी प्रतिबंधों के मद्देनज़र रूस ने हथियारों की आपूर्ति टाल दी है।",
        "मगरिबी दबाव के बाइस रूस ने हेलीकॉप्टरों की फ़राहमी मुल्तवी कर दी।",
    ],
)
def test_a_state_in_a_cause_postposition_is_no_partner(text, cb):
    check(text, A, N, cb, pair=RU_PK)


def test_a_state_named_as_the_partner_still_blocks(cb):
    # China is who the supply is with: no cause phrase, not the story's pair
    check("रूस ने चीन को हथियारों की आपूर्ति टाल दी है।", N, N, cb, pair=RU_PK)


STORY = ["क्या रूस पाकिस्तान को देगा लड़ाकू विमानों के इंजन?", "रूस और पाकिस्तान के बीच इंजन सौदे पर बात चल रही है।"]


@pytest.mark.parametrize(
    ("unit", "ru_pk", "ru_in"),
    [
        # India's friend is the story's Russia; asking why it helps Pakistan is the drift
        ("विपक्ष ने पूछा कि भारत का सबसे भरोसेमंद मित्र पाकिस्तान की मदद क्यों कर रहा है।", F, A),
        ("उन्होंने पूछा कि भारत का पुराना दोस्त बार बार पाकिस्तान की सेना को मजबूत क्यों कर रहा है।", F, A),
        # the turn in question
        ("सवाल यह है कि क्या भारत का सबसे पुराना साथी पाकिस्तान के करीब जा रहा है?", F, A),
    ],
)
def test_indias_friend_is_the_storys_russia(unit, ru_pk, ru_in, cb):
    r = code_article([*STORY, unit], cb)[-1]
    assert (r.stance["ru_pk"], r.stance["ru_in"]) == (ru_pk, ru_in)


def test_a_friend_named_in_apposition_is_that_state(cb):
    # "भारत का साझेदार अमेरिका": the epithet is America's, no Russia
    r = code_article([*STORY, "भारत का सबसे बड़ा साझेदार अमेरिका है।"], cb)[-1]
    assert r.stance["ru_in"] == N


def test_russias_friend_needs_its_own_pair(cb):
    # Russia's friend could be India or Pakistan: a Russia–Pakistan story does not fix it
    r = code_article([*STORY, "रूस का पुराना दोस्त भी इस सौदे पर नज़र रखे हुए है।"], cb)[-1]
    assert r.stance["ru_in"] == N


@pytest.mark.parametrize(
    "text",
    [
        # the state set bare before the possessor is whose friend or backer it is
        "उस दौर में रूस भारत का और अमेरिका पाकिस्तान का साथी समझा जाता था।",
        "रूस ने भारत की दावेदारी का समर्थन किया, जबकि चीन पाकिस्तान के पक्ष में खड़ा रहा।",
    ],
)
def test_a_friend_of_the_possessor_is_the_state_before_it(text, cb):
    assert ru_pk(text, cb) == N


def test_the_friend_of_the_target_party_keeps_the_cue(cb):
    assert ru_pk("अब रूस पाकिस्तान का साथी बन गया है।", cb) == F
