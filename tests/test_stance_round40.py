"""Stance round 40 (issue #12): families generalised from the codebook and the language.

1. Closeness in the tatsam register: `निकटता` beside the everyday नजदीकी and the Urdu कुर्बत (closeness family).
2. At the cost of the ties themselves: "भारत के साथ (उसके) रिश्तों/संबंधों/दोस्ती/साझेदारी की कीमत पर" is "at
   India's cost" (ru_in against); denied, it is Russia reassuring India (ru_in favor).
3. "कोई/किसी … नहीं" denies a fronted adverbial of opposition beyond the five-word window.

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import ru_in, ru_pk

F, A, N = "favor", "against", "none"


@pytest.mark.parametrize(
    "text",
    [
        # tatsam headline, verbless
        "रूस-पाकिस्तान निकटता: दक्षिण एशिया के लिए नए संकेत",
        # growth of it, tatsam news prose
        "विगत वर्षों में मॉस्को और इस्लामाबाद की निकटता निरंतर बढ़ी है।",
        # everyday register, an analyst's view
        "जानकारों के मुताबिक रूस और पाकिस्तान के बीच निकटता अब साफ दिख रही है।",
        # qualified by a domain
        "रूस-पाकिस्तान रक्षा निकटता पर एक नजर",
    ],
)
def test_tatsam_closeness_is_the_closeness_family(text, cb):
    assert ru_pk(text, cb) == F


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # denied: Russia reassuring India, in several registers and word orders
        ("रूसी राजदूत ने कहा कि पाकिस्तान से सहयोग भारत के साथ रिश्तों की कीमत पर नहीं होगा।", F),
        ("मॉस्को ने स्पष्ट किया कि इस्लामाबाद से संबंध भारत के साथ उसके संबंधों की कीमत पर नहीं बढ़ेंगे।", F),
        ("रूसी अहलकारों ने कहा कि पाकिस्तान से तिजारत हिंदुस्तान के साथ ताल्लुकात की कीमत पर नहीं होगी।", F),
        ("क्रेमलिन ने कहा कि चीन से मैत्री भारत के साथ मित्रता की कीमत पर कभी नहीं होगी।", F),
        ("रूस ने कहा कि भारत के साथ अपनी दोस्ती की कीमत पर वह पाकिस्तान से कोई बड़ा सौदा नहीं करेगा।", F),
        # affirmed: at India's cost
        ("विशेषज्ञों का मानना है कि रूस भारत के साथ अपनी साझेदारी की कीमत पर पाकिस्तान को हथियार बेच रहा है।", A),
        ("आलोचकों के अनुसार मॉस्को ने भारत के साथ संबंधों की कीमत पर इस्लामाबाद का समर्थन किया।", A),
    ],
)
def test_at_the_cost_of_the_ties_with_india(text, want, cb):
    assert ru_in(text, cb) == want


@pytest.mark.parametrize(
    "text",
    [
        "रूस भारत के खिलाफ पाकिस्तान को कोई भी बड़ा हथियार नहीं देगा।",
        "मॉस्को भारत के विरुद्ध इस्लामाबाद के साथ किसी तरह का समझौता नहीं करेगा।",
    ],
)
def test_a_negative_determiner_denies_a_fronted_adverbial_of_opposition(text, cb):
    assert ru_in(text, cb) == F


def test_without_a_negative_determiner_the_window_stays_five_words(cb):
    # the negation is the later clause's, six words on and without कोई/किसी: the adverbial keeps its reading
    text = "रूस भारत के खिलाफ पाकिस्तान के साथ मिलकर बड़े पैमाने पर अभ्यास करेगा, यह तय नहीं है।"
    assert ru_in(text, cb) != F


@pytest.mark.parametrize(
    "text",
    [
        # the tatsam spelling महत्त्व beside महत्व: a noun, its verb, the adjective
        "इस्लामाबाद ने कहा कि वह मॉस्को के साथ रिश्तों को बहुत महत्त्व देता है।",
        "रूस ने पाकिस्तान की भूमिका को विशेष महत्त्व दिया।",
        "पाकिस्तान के लिए रूस के साथ ऊर्जा समझौता महत्त्वपूर्ण है।",
    ],
)
def test_the_tatsam_spelling_of_importance(text, cb):
    assert ru_pk(text, cb) == F


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # interest shown or held in a venture with the other party: Urdu and tatsam, several verbs
        ("पाकिस्तानी अधिकारियों ने बताया कि रूस ने बंदरगाह परियोजना में रुचि दिखाई है।", F),
        ("रूसी कंपनियां पाकिस्तान के बिजली क्षेत्र में गहरी दिलचस्पी रखती हैं।", F),
        ("मास्को ने इस्लामाबाद के रेल मंसूबे में दिलचस्पी ज़ाहिर की है।", F),
        ("रूस ने पाकिस्तान से चावल आयात करने में रुचि जताई।", F),
        # its denial keeps the refusal family's reading
        ("रूस ने पाकिस्तान के गैस मंसूबे में कोई दिलचस्पी नहीं दिखाई।", A),
        # the bare noun of an agenda ("matters of mutual interest") is no predicate
        ("रूस और पाकिस्तान के अफसरों ने बाहमी दिलचस्पी के उमूर पर बात की।", N),
    ],
)
def test_interest_shown_in_a_venture_with_the_other_party(text, want, cb):
    assert ru_pk(text, cb) == want


# a story of India and Pakistan named together, then Russia backing what is each one's
_TWO = [
    "भारत और पाकिस्तान को एससीओ में जगह",
    "भारत और पाकिस्तान को शंघाई सहयोग संगठन की पूर्ण सदस्यता मिल गई है।",
]


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने दोनों देशों की सदस्यता का पुरजोर समर्थन किया।",
        "मॉस्को ने दोनों मुल्कों की दावेदारी की हिमायत की थी।",
        "रूस दोनों देशों की पूर्ण सदस्यता का समर्थक रहा है।",
    ],
)
def test_the_shared_party_backing_what_is_each_of_the_twos(text, cb):
    from tests.stance_units import code_article

    c = code_article([*_TWO, text], cb)[-1]
    assert c.stance == {"ru_pk": F, "ru_in": F}, c.stance_notes


@pytest.mark.parametrize(
    "text",
    [
        # what lies between the two (their dialogue, their tension) is India–Pakistan ties
        "रूस दोनों पड़ोसियों के बीच संवाद का समर्थक है।",
        "रूस ने दोनों देशों की बातचीत का समर्थन किया।",
    ],
)
def test_backing_what_lies_between_the_two_is_not_each_ones(text, cb):
    from tests.stance_units import code_article

    c = code_article([*_TWO, text], cb)[-1]
    assert c.stance == {"ru_pk": N, "ru_in": N}, c.stance_notes


@pytest.mark.parametrize(
    "text",
    [
        # an order conferred with the light verb of giving, beside सम्मानित किया and से नवाज़ा
        "पुतिन ने मोदी को रूस का सर्वोच्च नागरिक सम्मान दिया।",
        "रूसी राष्ट्रपति ने भारतीय प्रधानमंत्री को सर्वोच्च सम्मान प्रदान किया।",
        "क्रेमलिन ने कहा कि पुतिन मोदी को देश का सबसे बड़ा सम्मान देंगे।",
    ],
)
def test_an_honour_given_is_praise(text, cb):
    assert ru_in(text, cb) == F


@pytest.mark.parametrize(
    ("story", "text", "target"),
    [
        # the party's own absence or refusal after a unit about the other pair is no blow dealt to it
        (
            ["रूस-पाकिस्तान व्यापार पर सहमति", "पुतिन और शहबाज़ शरीफ़ ने व्यापार बढ़ाने पर सहमति जताई।"],
            "प्रधानमंत्री मोदी इस बार सम्मेलन में शामिल नहीं हुए।",
            "ru_in",
        ),
        (
            ["रूस-भारत रक्षा समझौता", "रूस और भारत ने नए रक्षा समझौते पर हस्ताक्षर किए।"],
            "पाकिस्तान ने इस बैठक में भाग लेने से इनकार किया।",
            "ru_pk",
        ),
    ],
)
def test_a_partys_own_refusal_is_not_a_blow_dealt_to_it(story, text, target, cb):
    from tests.stance_units import code_article

    c = code_article([*story, text], cb)[-1]
    assert c.stance[target] == N, c.stance_notes


def test_a_refusal_dealt_to_the_party_still_hurts_it(cb):
    from tests.stance_units import code_article

    story = ["रूस-पाकिस्तान व्यापार पर सहमति", "पुतिन और शहबाज़ शरीफ़ ने व्यापार बढ़ाने पर सहमति जताई।"]
    c = code_article([*story, "इस बैठक में भारत को नहीं बुलाया गया।"], cb)[-1]
    assert c.stance["ru_in"] == A, c.stance_notes


@pytest.mark.parametrize(
    "text",
    [
        # a question left unresolved in a story of one pair: tatsam प्रश्न, everyday सवाल, Urdu मसला
        "किंतु भुगतान प्रणाली का प्रश्न अनसुलझा रहा।",
        "जानकारों का कहना है कि फंडिंग का सवाल अब भी अनसुलझा है।",
        "अदायगी के मसले अभी तक अनसुलझे हैं।",
    ],
)
def test_an_unresolved_question_in_a_story_of_one_pair_is_stalled(text, cb):
    from tests.stance_units import code_article

    story = ["रूस-पाकिस्तान गैस पाइपलाइन समझौता", "रूस और पाकिस्तान ने गैस पाइपलाइन समझौते पर हस्ताक्षर किए।"]
    c = code_article([*story, text], cb)[-1]
    assert c.stance["ru_pk"] == A, c.stance_notes


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an act of which no mention, announcement or talk is made is absent: every noun of mention, registers
        ("रूस-पाकिस्तान समझौते में हथियारों की बिक्री का कोई उल्लेख नहीं है।", "ru_pk"),
        ("रूस और पाकिस्तान के बीच लड़ाकू विमानों की आपूर्ति का कोई ज़िक्र नहीं हुआ।", "ru_pk"),
        ("भारत और रूस के बीच संयुक्त उत्पादन पर कोई नई घोषणा नहीं हुई।", "ru_in"),
        ("मास्को और इस्लामाबाद के बीच हथियारों की बिक्री के बारे में कोई एलान नहीं हुआ।", "ru_pk"),
        ("रूसी अधिकारियों ने कहा कि पाकिस्तान को हथियारों की बिक्री पर कोई बात नहीं हुई।", "ru_pk"),
    ],
)
def test_an_act_with_no_mention_is_absent(text, target, cb):
    assert code_article_one(text, cb)[target] == A


def test_no_effect_on_the_ties_stays_reassurance(cb):
    # "कोई असर नहीं" is no noun of mention: the reassurance family decides
    assert ru_in("भारत और रूस की दोस्ती पर कोई असर नहीं पड़ेगा।", cb) == F


def code_article_one(text, cb):
    from tests.stance_units import code_article

    return code_article([text], cb)[-1].stance
