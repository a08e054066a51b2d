"""Stance on the language of the news genre, not on particular texts.

Every sentence here was written for this file (development text, news style): none is
taken from a corpus. Each example gives the article's pair (the targets an earlier unit
named with all their parties, or none) and the expected value for both targets, grouped
by the rule family it exercises: target detection, the article's pair, predicate
families by register, negation, contrast, discussion, greeting, other pairs of states.
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from analysis.cues import group_positions, match_cues, named_mentions
from analysis.stance import code_stance

F, A, N = "favor", "against", "none"
PK, IN = frozenset({"ru_pk"}), frozenset({"ru_in"})


def code(text, cb, pair=frozenset(), previous=frozenset()):
    unit = match_cues(text, cb)
    return code_stance(unit, group_positions(named_mentions(unit), cb), previous, cb, pair)


def check(text, pair, ru_pk, ru_in, cb, previous=frozenset()):
    result = code(text, cb, pair, previous)
    assert result.stance == {"ru_pk": ru_pk, "ru_in": ru_in}, result.notes


# ------------------------------------------------------------------ target detection
# a party named by leaders, role phrases, demonyms, capitals and short forms
TARGETS = [
    ("पुतिन और शहबाज शरीफ ने रक्षा सहयोग समझौते पर हस्ताक्षर किए", F, N),
    ("मॉस्को और इस्लामाबाद के बीच व्यापार तेजी से बढ़ रहा है", F, N),
    ("रूसी राष्ट्रपति ने पाक प्रधानमंत्री को मॉस्को आने का न्योता दिया", F, N),
    ("पाकिस्तान के विदेश मंत्री ने रूसी नेतृत्व पर भरोसा जताया", F, N),
    ("भारतीय सेना और रूसी सेना ने राजस्थान में संयुक्त युद्धाभ्यास किया", N, F),
    ("मोदी और पुतिन के बीच रणनीतिक साझेदारी और गहरी हुई", N, F),
    ("क्रेमलिन ने नई दिल्ली को एस-400 की आपूर्ति समय पर करने का आश्वासन दिया", N, F),
    ("जयशंकर ने कहा कि रूस भारत का कसौटी पर खरा उतरा दोस्त है", N, F),
    ("रूसी कंपनी कराची में गैस पाइपलाइन बिछाने के करार पर राजी हो गई", F, N),
    ("पाकिस्तानी फौज और रूसी नौसेना ने अरब सागर में साझा अभ्यास किया", F, N),
    # neutral facts: named, but no portrayal of the ties
    ("लावरोव नौ साल में पाकिस्तान जाने वाले पहले रूसी विदेश मंत्री हैं", N, N),
    ("पुतिन सोमवार शाम को नई दिल्ली पहुंचे", N, N),
    ("करीब दो दशक बाद कोई रूसी रक्षा मंत्री इस्लामाबाद पहुंचा", N, N),
    ("रूस और पाकिस्तान के विदेश मंत्रियों की इस्लामाबाद में मुलाकात हुई", N, N),
    ("रूसी राजदूत ने लाहौर में एक प्रेस कॉन्फ्रेंस को संबोधित किया", N, N),
    # spelling variants and the Soviet Union's short form, leaders for their states
    ("रसिया और पाकिस्तान का व्यापार बढ़ा", F, N),
    ("यूएसएसआर और भारत की दोस्ती दशकों पुरानी है", N, F),
    ("शोइगु ने राजनाथ सिंह के साथ रक्षा समझौते पर हस्ताक्षर किए", N, F),
    ("पाक-रूस व्यापार बढ़ा", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), TARGETS)
def test_a_party_is_named_by_its_people_places_and_short_forms(text, ru_pk, ru_in, cb):
    check(text, frozenset(), ru_pk, ru_in, cb)


# ------------------------------------------------------------------ the article's pair
PAIR = [
    ("दोनों देशों ने आतंकवाद से मिलकर लड़ने का संकल्प लिया", PK, F, N),
    ("दोनों नेताओं ने व्यापार को दोगुना करने पर सहमति जताई", PK, F, N),
    ("दोनों मुल्कों के रिश्तों में खटास आ गई है", IN, N, A),
    ("दोनों पक्षों ने संयुक्त बयान जारी किया", PK, N, N),
    ("इस मौके पर दोनों ने रक्षा समझौते पर हस्ताक्षर किए", IN, N, F),
    ("पिछले एक दशक में दोनों के बीच व्यापार दोगुना बढ़ा है", PK, F, N),
    # one party named with a predicate that needs a partner: the article's other party
    ("रूस ने एमआई-35 हेलीकॉप्टर देने का वादा किया", PK, F, N),
    ("पाकिस्तान ने जहाजों के लिए इंजन खरीदने का सौदा किया", PK, F, N),
    ("रूस ने रक्षा सौदा रद्द कर दिया", PK, A, N),
    ("रूस ने भारत को परमाणु रिएक्टर देने का करार किया", IN, N, F),
    ("मॉस्को ने पाक सेना के अफसरों को प्रशिक्षण के लिए आमंत्रित किया", PK, F, N),
    # a predicate that needs no partner does not imply one
    ("पाकिस्तान की अर्थव्यवस्था इस साल तीन प्रतिशत बढ़ी", PK, N, N),
    ("पाकिस्तान को बाढ़ से भारी नुकसान हुआ", PK, N, N),  # a loss needs no partner
    ("पाकिस्तान को लगा बड़ा झटका", PK, A, N),  # a blow is dealt by the article's other party
    ("रूस में महंगाई से लोग परेशान हैं", PK, N, N),
    # no article pair, another state named, or a party shared by two article pairs
    ("रूस ने हेलीकॉप्टर देने का वादा किया", frozenset(), N, N),
    ("रूस ने चीन को हथियार देने का वादा किया", PK, N, N),
    ("रूस ने सैन्य सहायता का भरोसा दिलाया", PK | IN, N, N),
    ("पाकिस्तान ने सऊदी अरब से तेल खरीदने का समझौता किया", PK, N, N),
    ("पाकिस्तान ने आईएमएफ से कर्ज के लिए समझौता किया", PK, N, N),
]


@pytest.mark.parametrize(("text", "pair", "ru_pk", "ru_in"), PAIR)
def test_pair_phrases_and_an_implied_partner_speak_of_the_articles_pair(text, pair, ru_pk, ru_in, cb):
    check(text, pair, ru_pk, ru_in, cb)


# ------------------------------------------------------------------ favor families, registers
FAVOR = [
    ("रूस और पाकिस्तान के संबंधों में उल्लेखनीय प्रगाढ़ता आई है", F, N),  # growth, tatsam
    ("रूस और पाकिस्तान के ताल्लुकात में इजाफा हुआ है", F, N),  # growth, Urdu register
    ("भारत और रूस के रिश्तों में सुधार आया है", N, F),  # growth: improvement
    ("रूस-पाकिस्तान डिफेंस डील पर साइन हुए", F, N),  # agreement and signing, English loans
    ("रूस और पाकिस्तान के बीच ऊर्जा मुआहिदा हुआ", F, N),  # agreement, Urdu
    ("रूस ने भारत के साथ नए अनुबंध को मंजूरी दी", N, F),  # agreement: approval
    ("रूस और पाकिस्तान ने दस्तखत किए", F, N),  # signing, Urdu
    ("रूस पाकिस्तान को चार एमआई-35 हेलीकॉप्टर देगा", F, N),  # supply: goods, then giving
    ("पाकिस्तान को रूस से सस्ता तेल मिलेगा", F, N),  # supply: goods, then receiving
    ("रूसी कच्चे तेल की पहली खेप कराची पहुंची", F, N),  # supply: a consignment
    ("रूस ने भारत को दो युद्धपोत सौंपे", N, F),  # supply: handing over
    ("रूस और पाकिस्तान की सेनाएं अगले महीने संयुक्त सैन्य अभ्यास करेंगी", F, N),  # exercises
    ("पाकिस्तानी और रूसी फौजों की जंगी मश्कें शुरू हुईं", F, N),  # exercises, Urdu
    ("भारत ने रूस के बयान का स्वागत किया", N, F),  # welcome of a statement
    ("पाकिस्तान ने अफगान शांति प्रक्रिया में रूस की भूमिका की सराहना की", F, N),  # praise
    ("भारत ने संकट के समय साथ देने के लिए रूस का आभार जताया", N, F),  # praise: thanks
    ("पाकिस्तान को रूस पर पूरा यकीन है", F, N),  # trust, Urdu
    ("रूस ने सुरक्षा परिषद में भारत की स्थायी सदस्यता का समर्थन किया", N, F),  # support
    ("रूस ने भारत के साथ रिश्तों को लेकर अपनी प्रतिबद्धता दोहराई", N, F),  # commitment
    ("पुतिन ने इमरान खान को मॉस्को आने की दावत दी", F, N),  # invitation, Urdu
    ("रूस और भारत मिलकर नई मिसाइलें बनाएंगे", N, F),  # cooperation as an act
    ("रूस के साथ व्यापार पाकिस्तान के लिए फायदेमंद साबित हुआ", F, N),  # benefit
    ("भारत और रूस के बीच सदाबहार दोस्ती है", N, F),  # closeness
    ("पाकिस्तान और रूस एक-दूसरे के करीब आ रहे हैं", F, N),  # closeness, relational करीब
    ("रूस और पाकिस्तान अफगानिस्तान पर एक जैसा रुख रखते हैं", F, N),  # alignment
    ("रूस और पाकिस्तान के रिश्तों में गर्मजोशी दिख रही है", F, N),  # closeness: warmth
    ("रूस ने पाकिस्तान को दिया बड़ा तोहफा", F, N),  # benefit: a gift (headline word order)
    ("रूस और भारत के बीच नए दौर की शुरुआत हुई", N, F),  # growth: a new era
    ("रूस और पाकिस्तान का रक्षा सहयोग आगे भी जारी रहेगा", F, N),  # the ties continue: relation noun, then जारी
    ("सोवियत संघ और भारत की दोस्ती दशकों पुरानी है", N, F),  # Russia named as the Soviet Union
    ("रूस पाकिस्तान को हथियार बेचने के लिए तैयार है", F, N),  # commitment: readiness
    ("पाकिस्तान को मिलेगा रूसी तेल", F, N),  # supply in headline order (verb first)
    ("रूस देगा भारत को नई पनडुब्बी", N, F),  # supply in headline order
    ("रूस पाकिस्तान में गैस पाइपलाइन बिछाएगा", F, N),  # a project and a verb of building
    ("रूस ने भारत को कच्चे तेल पर भारी छूट दी", N, F),  # benefit: a discount
    ("पुतिन ने मोदी को गले लगाया", N, F),  # closeness: an embrace
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), FAVOR)
def test_favor_families_in_every_register(text, ru_pk, ru_in, cb):
    check(text, frozenset(), ru_pk, ru_in, cb)


# ------------------------------------------------------------------ against families, registers
AGAINST = [
    ("रूस ने पाकिस्तान के साथ प्रस्तावित सैन्य अभ्यास रद्द कर दिया", A, N),  # cancellation
    ("रूस और पाकिस्तान की बातचीत मुल्तवी कर दी गई", A, N),  # postponement, Urdu
    ("रूस की ओर से भारत को एस-400 की डिलीवरी में देरी हो रही है", N, A),  # delay
    ("रूस ने पाकिस्तान को हथियार बेचने से इनकार कर दिया", A, N),  # refusal
    ("पाकिस्तान ने रूस का प्रस्ताव ठुकरा दिया", A, N),  # refusal
    ("भारत और रूस के रिश्तों में तल्खी बढ़ी", N, A),  # strain, Urdu; growth intensifies it
    ("रूस और भारत के बीच मतभेद उभर आए हैं", N, A),  # strain: differences
    ("भारत और रूस के रिश्ते कमजोर हुए हैं", N, A),  # strain: weakening
    ("रूस के साथ पाकिस्तान का रक्षा सहयोग अभी केवल कुछ हेलीकॉप्टरों तक है", A, N),  # limit: only … up to
    ("रूस और पाकिस्तान का सहयोग नाममात्र का है", A, N),  # limit
    ("रूस ने पाकिस्तान को गंभीर परिणाम भुगतने की चेतावनी दी", A, N),  # threat, warning
    ("भारत इस कदम को लेकर रूस से खफा है", N, A),  # anger, Urdu
    ("पाकिस्तान ने रूसी राजदूत को तलब कर कड़ा विरोध जताया", A, N),  # protest
    ("रूस से गैस पाइपलाइन सौदा टलने से पाकिस्तान को बड़ा झटका लगा", A, N),  # setback
    ("रूस के रुख से पाकिस्तान की उम्मीदों को ठेस पहुंची", A, N),  # setback: hurt
    ("शीत युद्ध के दौरान रूस और पाकिस्तान एक-दूसरे के प्रतिद्वंद्वी थे", A, N),  # hostility
    ("रूस की मंशा को लेकर पाकिस्तान में संदेह बना हुआ है", A, N),  # doubt
    ("भारत ने रूस के साथ रक्षा सौदों में देरी पर चिंता जताई", N, A),  # concern about the ties themselves
    ("भारत ने कहा कि रूस ने उसे धोखा दिया", N, A),  # hostility: betrayal
    ("पाकिस्तान और रूस के बीच वीजा प्रक्रिया में अड़चन आ गई", A, N),  # setback: an obstacle
    ("रूस ने भारत से मुंह मोड़ लिया है", N, A),  # strain: turning away
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), AGAINST)
def test_against_families_in_every_register(text, ru_pk, ru_in, cb):
    check(text, frozenset(), ru_pk, ru_in, cb)


# ------------------------------------------------------------------ concern, negation, contrast
RULES = [
    # v1.1: Russia–Pakistan ties growing are ru_pk favor even as India's worry; the worry, at a
    # Russian act, is ru_in against (round 7: the project's reading of v1.1; was none before)
    ("रूस और पाकिस्तान की बढ़ती नजदीकियों से भारत चिंतित है", F, A),
    ("पाकिस्तान को रूसी हथियारों की आपूर्ति पर भारत ने चिंता जताई", F, A),
    ("भारत को रूस-पाकिस्तान संबंधों को लेकर आशंका है", N, A),
    # Russia portrayed acting against India is ru_in against by its own cue
    ("रूस का यह कदम भारत के हितों के खिलाफ है", N, A),
    # a worry denied is reassurance ("Russia reassuring India"): favor
    ("रूस ने कहा कि भारत को चिंता करने की जरूरत नहीं है", N, F),
    # negation: plain, absent agreement, refusal, postponement of what is governed
    ("रूस और पाकिस्तान के बीच अभी तक कोई रक्षा समझौता नहीं हुआ है", A, N),
    ("रूस पाकिस्तान को हथियार नहीं देगा", A, N),
    ("भारत और रूस के रिश्ते कभी कमजोर नहीं होंगे", N, F),
    ("बिना किसी समझौते के रूस और पाकिस्तान की वार्ता खत्म हुई", A, N),
    ("रूस न केवल भारत का पुराना दोस्त है बल्कि सबसे बड़ा रक्षा साझेदार भी है", N, F),
    ("रूस न सिर्फ पाकिस्तान को हथियार देगा बल्कि तकनीक भी देगा", F, N),
    # contrast: the main clause decides
    ("हालांकि रूस और पाकिस्तान कभी एक-दूसरे के विरोधी थे, लेकिन अब उनका रक्षा सहयोग तेजी से बढ़ रहा है", F, N),
    ("रूस और भारत ने कई समझौते किए लेकिन रिश्तों में पहले जैसी गर्मजोशी नहीं रही", N, A),
    ("पाकिस्तान से रूस की बढ़ती नजदीकियों के बावजूद भारत और रूस के रिश्ते मजबूत बने हुए हैं", F, F),
    # nearest target: Russia is shared, the party not shared decides
    ("रूस ने पाकिस्तान को हथियार देकर भारत को झटका दिया", F, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), RULES)
def test_concern_negation_and_contrast(text, ru_pk, ru_in, cb):
    check(text, frozenset(), ru_pk, ru_in, cb)


# ------------------------------------------------------------------ set aside: discussed, greeted, other pairs
SET_ASIDE = [
    # v1.1: cooperation merely discussed or reviewed is none
    ("रूस और पाकिस्तान ने रक्षा सहयोग बढ़ाने पर चर्चा की", frozenset(), N, N),
    ("भारत और रूस ने व्यापार बढ़ाने के उपायों पर बातचीत की", frozenset(), N, N),
    ("रूस और पाकिस्तान ने ऊर्जा समझौते की समीक्षा की", frozenset(), N, N),
    ("दोनों देशों ने सहयोग बढ़ाने पर चर्चा की और तीन समझौतों पर हस्ताक्षर किए", PK, F, N),
    ("रूस और पाकिस्तान ने पुरानी दोस्ती पर बात की", frozenset(), F, N),
    ("रूस और भारत ने क्षेत्रीय मामलों पर विचारों का आदान-प्रदान किया", frozenset(), N, N),
    # a welcome of a person is a greeting
    ("शहबाज शरीफ ने हवाई अड्डे पर रूसी प्रतिनिधिमंडल का स्वागत किया", frozenset(), N, N),
    ("जयशंकर ने हैदराबाद हाउस में लावरोव का स्वागत किया", frozenset(), N, N),
    ("पाकिस्तान ने रूस के साथ हुए समझौते का स्वागत किया", frozenset(), F, N),
    # condemning violence is no protest at the other party; round 17: a party condemning a particular
    # attack on its partner is solidarity (favor), as every writer of A–V codes it
    ("रूस ने पाकिस्तान में हुए आतंकी हमले की निंदा की", frozenset(), F, N),
    ("रूस ने आतंकवाद की निंदा की", frozenset({"ru_pk"}), N, N),
    ("पाकिस्तान ने रूस के फैसले की कड़ी निंदा की", frozenset(), A, N),
    # ties of other pairs: India–Pakistan, China–Pakistan, Russia–China
    ("भारत और पाकिस्तान के बीच तनाव बढ़ गया है", frozenset(), N, N),
    ("रूस ने भारत और पाकिस्तान से तनाव कम करने की अपील की", frozenset(), N, N),
    ("चीन और पाकिस्तान ने सदाबहार दोस्ती दोहराई", PK, N, N),
    ("रूस और चीन के बीच व्यापार बढ़ा", PK, N, N),
    ("भारत-पाक सीमा पर तनाव के बीच रूस ने पाकिस्तान को हेलीकॉप्टर सौंपे", frozenset(), F, N),
]


@pytest.mark.parametrize(("text", "pair", "ru_pk", "ru_in"), SET_ASIDE)
def test_discussed_greeted_and_other_pairs_are_set_aside(text, pair, ru_pk, ru_in, cb):
    check(text, pair, ru_pk, ru_in, cb)


# ------------------------------------------------------------------ weak carry: a determiner or agent pronoun
WEAK = [
    ("इस समझौते से रक्षा संबंध और मजबूत होंगे", PK, F, N),
    ("इन हथियारों की आपूर्ति अगले साल पूरी हो जाएगी", IN, N, F),
    ("उन्होंने कहा कि दोनों के बीच सहयोग को नई ऊंचाई पर ले जाएंगे", PK, F, N),
    ("उन्होंने कहा कि सैन्य सहयोग आगे भी जारी रहेगा", IN, N, F),
    # not about ties, another state named, or nothing spoken of before
    ("इस साल पाकिस्तान की अर्थव्यवस्था तेजी से बढ़ी", PK, N, N),
    ("इस दौरान चीन के साथ व्यापार समझौते पर भी हस्ताक्षर हुए", PK, N, N),
    ("उन्होंने कहा कि सहयोग आगे भी जारी रहेगा", frozenset(), N, N),
    ("उन्होंने कहा कि हम इसका स्वागत करते हैं", PK | IN, N, N),  # the previous unit spoke of both: unclear
    ("मेड इन इंडिया के तहत रक्षा सहयोग बढ़ेगा", IN, N, N),  # इन inside a longer cue is no pronoun
    ("हमने रक्षा सहयोग को मजबूत करने पर सहमति जताई", PK, F, N),  # first person of a party's speaker
]


@pytest.mark.parametrize(("text", "previous", "ru_pk", "ru_in"), WEAK)
def test_a_determiner_or_agent_pronoun_carries_the_previous_target_when_the_unit_is_about_ties(
    text, previous, ru_pk, ru_in, cb
):
    check(text, frozenset(), ru_pk, ru_in, cb, previous)


# ------------------------------------------------------------------ round 2: against as news writes it
# ru_in against (codebook: "strained, drifting, or Russia acting against India's interests"):
# Russia's act framed as a loss for India, India buying less or turning elsewhere, delays,
# Russia not standing with India. India's worry at a Russian act is against too (round 7, RULES above).
IN_AGAINST = [
    ("रूस के इस फैसले से भारत को बड़ा झटका लगा है", N, A),  # blow: the implied partner is India
    ("भारत की आपत्ति के बावजूद रूस ने पाकिस्तान को हेलीकॉप्टर दिए", F, A),  # India's objection overridden
    ("भारत की आपत्तियों के बावजूद रूस ने पाकिस्तान के साथ सैन्य अभ्यास किया", F, A),
    ("रूस ने भारत के खिलाफ पाकिस्तान का पक्ष लिया", F, A),  # siding: favor for Pakistan, against India
    ("सुरक्षा परिषद में रूस ने भारत का साथ नहीं दिया", N, A),  # support withheld (negation inside the verb)
    ("भारत ने रूस से हथियारों की खरीद घटा दी है", N, A),  # reduction flips a purchase
    ("भारत ने रूसी तेल की खरीद घटाई", N, A),
    ("भारत ने रूस से तेल का आयात कम कर दिया", N, A),
    ("भारत अब रूस के बजाय अमेरिका और फ्रांस से हथियार खरीद रहा है", N, A),  # turning elsewhere
    ("भारत रक्षा सौदों में रूस पर निर्भरता कम कर रहा है", N, A),
    ("रूस भारत को हथियार देने में आनाकानी कर रहा है", N, A),  # reluctance governs the supply
    ("रूस और भारत के बीच भुगतान को लेकर विवाद है", N, A),
    ("रूस ने भारत को एस-400 की डिलीवरी टाल दी", N, A),
    ("रूस ने भारत को दिया झटका", N, A),  # headline order
    ("भारत और रूस के रिश्तों की चमक फीकी पड़ी है", N, A),  # strain: faded
    ("रूस का चीन की ओर बढ़ता झुकाव भारत के लिए चिंता का विषय है", N, A),  # drifting toward China
    ("रूस और भारत के बीच बढ़ता तनाव", N, A),
    ("प्रतिबंधों के बावजूद भारत ने रूस से तेल खरीदा", N, F),  # sanctions conceded, the purchase decides
    ("रूस का पाकिस्तान की ओर झुकाव बढ़ा", F, N),  # a tilt toward Pakistan: closeness
    ("पाकिस्तान से हाथ मिलाकर रूस ने भारत को ठेंगा दिखाया", F, A),  # blow, idiom
    ("भारत में कश्मीर मुद्दे पर रूस की तटस्थता पर सवाल उठने लगे हैं", N, A),  # doubt
    # not against: reduction of strain, a rise in purchases, "instead of" another state
    ("भारत और रूस के बीच तनाव कम हुआ है", N, F),
    ("भारत ने रूस से तेल का आयात बढ़ाया", N, F),
    ("अमेरिका के बजाय पाकिस्तान ने रूस से गेहूं खरीदा", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), IN_AGAINST)
def test_ru_in_against_as_news_writes_it(text, ru_pk, ru_in, cb):
    check(text, frozenset(), ru_pk, ru_in, cb)


# ru_pk against: ties limited, refused, postponed, blocked; a verb-final negation of an
# intention or plan governs the verbal noun before it ("देने का कोई इरादा नहीं है")
PK_AGAINST = [
    ("रूस का पाकिस्तान को हथियार देने का कोई इरादा नहीं है", A, N),
    ("रूस का कहना है कि पाकिस्तान को हथियार बेचने की उसकी कोई योजना नहीं है", A, N),
    # limited, stalled, fruitless, blocked by sanctions, backed out of
    ("रूस और पाकिस्तान का रक्षा सहयोग अब तक कागजों तक सिमटा है", A, N),
    ("रूस और पाकिस्तान के बीच समझौते सिर्फ औपचारिकता हैं", A, N),  # a limit word after a predicate
    ("रूस और पाकिस्तान की वार्ता बेनतीजा रही", A, N),
    ("रूस और पाकिस्तान की पाइपलाइन परियोजना ठप पड़ी है", A, N),
    ("रूस पाकिस्तान से किए वादे से मुकर गया", A, N),  # backing out governs the promise
    ("रूस और पाकिस्तान के बीच बढ़ते मतभेद", A, N),  # a growth participle before strain intensifies it
    ("रूस ने पाकिस्तान को हथियार देने की कोई योजना नहीं होने की बात कही", A, N),
    ("रूस ने पाकिस्तान को सैन्य साजोसामान बेचने की अपनी योजना टाल दी", A, N),
    ("रूस ने पाकिस्तान को लड़ाकू विमान बेचने से मना कर दिया", A, N),  # refusal governs the sale
    ("रूस ने पाकिस्तान को हथियार देने से आनाकानी की", A, N),
    ("पाकिस्तान ने रूस से गेहूं की खरीद में कटौती की", A, N),
    ("प्रतिबंधों के चलते पाकिस्तान रूसी तेल का भुगतान नहीं कर पा रहा है", A, N),
    ("रूस ने भारत को भरोसा दिलाया कि वह पाकिस्तान को हथियार नहीं बेचेगा", A, F),  # both at once
    ("रूस ने भारत को आश्वासन दिया कि वह पाकिस्तान को हथियार नहीं देगा", A, F),
    ("मॉस्को ने इस्लामाबाद की मांग ठुकरा दी", A, N),
    ("रूस पाकिस्तान को हथियार बेचने के पक्ष में नहीं है", A, N),  # support negated at the clause end
    ("रूस ने पाकिस्तान को हथियार देने की बात से साफ इनकार किया", A, N),  # denial of the report of it
    ("रूस ने पाकिस्तान को लड़ाकू विमान बेचने की खबरों का खंडन किया", A, N),
    ("रूस का पाकिस्तान के साथ रक्षा समझौता करने का कोई विचार नहीं है", A, N),
    ("रूस और पाकिस्तान की गैस पाइपलाइन परियोजना वर्षों से अधर में है", A, N),  # stalled
    # not against: an intention held, a lower bound, an event (घटना is no reduction), siding
    ("रूस पाकिस्तान को हथियार देने का इरादा रखता है", F, N),
    ("रूस और पाकिस्तान ने कम से कम तीन समझौतों पर हस्ताक्षर किए", F, N),
    ("इस घटना के बाद रूस और पाकिस्तान ने व्यापार समझौता किया", F, N),
    ("रूस ने सुरक्षा परिषद में पाकिस्तान का पक्ष लिया", F, N),
    ("रूस और पाकिस्तान ने संबंध सुधारने के लिए कई कदम उठाए", F, N),  # growth: a transitive form
    ("रूस ने भारत को कम कीमत पर तेल दिया", N, F),  # कम कीमत (a low price) is no reduction
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), PK_AGAINST)
def test_ru_pk_against_refusal_limit_and_verb_final_negation(text, ru_pk, ru_in, cb):
    check(text, frozenset(), ru_pk, ru_in, cb)


# favor, round 2: offers, targets set, training, joint ventures, goods sent or ordered,
# multiples, a valued role; with negatives (a rejected offer, a refused training)
FAVOR_2 = [
    ("रूस ने पाकिस्तान के बाढ़ पीड़ितों के लिए राहत सामग्री भेजी", F, N),  # goods, then sending
    ("पाकिस्तान ने रूस से सस्ता कच्चा तेल मंगाया", F, N),  # ordering
    ("रूस और पाकिस्तान के बीच व्यापार पिछले साल दोगुना हो गया", F, N),  # growth: a multiple
    ("रूस ने पाकिस्तान के सैन्य अधिकारियों को प्रशिक्षण देने की पेशकश की", F, N),  # training, an offer
    ("रूस ने भारत के गगनयान मिशन के अंतरिक्ष यात्रियों को प्रशिक्षित किया", N, F),
    ("रूस ने पाकिस्तान को एससीओ की सदस्यता दिलाने में अहम भूमिका निभाई", F, N),  # a valued role
    ("भारत और रूस ने 2030 तक व्यापार 100 अरब डॉलर तक ले जाने का लक्ष्य रखा", N, F),  # a target set
    ("रूस ने भारत में एके-203 राइफलों के उत्पादन के लिए संयुक्त उपक्रम बनाया", N, F),  # a joint venture
    ("पाकिस्तान ने रूस की पेशकश ठुकरा दी", A, N),
    ("रूस ने पाकिस्तान को प्रशिक्षण देने से इनकार कर दिया", A, N),
    ("रूस ने भारत-पाक तनाव कम करने में अहम भूमिका निभाई", N, N),  # the role is in another pair's ties
    ("मंगलवार को रूस और पाकिस्तान के विदेश मंत्री मिले", N, N),  # मंगलवार is no ordering
    ("रूसी विदेश मंत्री ने भारत के साथ संबंधों को विशेष बताया", N, F),  # closeness: special ties
    ("रूस भारत के साथ रिश्तों के पक्ष में है", N, F),  # support, not negated
    ("पाकिस्तान ने रूस के साथ सहयोग पर विचार किया", N, N),  # पर विचार is discussion, no negation
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), FAVOR_2)
def test_favor_offers_training_ventures_and_multiples(text, ru_pk, ru_in, cb):
    check(text, frozenset(), ru_pk, ru_in, cb)


# a negation negated: the pair cancels for what it governs, the second flips the first
DOUBLE_NEGATION = [
    ("रूस और भारत का एस-400 सौदा रद्द नहीं होगा", N, F),
    ("रूस ने पाकिस्तान को हथियार बेचने से इनकार नहीं किया", F, N),
    ("भारत रूस से तेल की खरीद कम नहीं करेगा", N, F),  # कम नहीं: not less
    ("रूस और भारत के बीच तनाव कम नहीं हुआ", N, A),
    # single negations keep flipping
    ("रूस ने पाकिस्तान के साथ समझौता रद्द कर दिया", A, N),
    ("भारत और रूस के रिश्ते कभी कमजोर नहीं होंगे", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), DOUBLE_NEGATION)
def test_a_negated_negation_cancels(text, ru_pk, ru_in, cb):
    check(text, frozenset(), ru_pk, ru_in, cb)


def test_explain_names_a_verb_final_negation_of_an_intention(cb):
    out = explain("रूस का पाकिस्तान को हथियार देने का कोई इरादा नहीं है", cb)
    assert "ru_pk (Russia–Pakistan ties): against" in out
    assert "+ कोई इरादा नहीं (negated favor)" in out


def test_the_examples_cover_the_genre_broadly():
    groups = (TARGETS, PAIR, FAVOR, AGAINST, RULES, SET_ASIDE, WEAK, IN_AGAINST, PK_AGAINST, FAVOR_2, DOUBLE_NEGATION)
    assert sum(len(g) for g in groups) >= 120


# ------------------------------------------------------------------ every decision keeps its explanation
def test_explain_names_the_family_of_a_two_part_predicate_and_its_negation(cb):
    out = explain("रूस पाकिस्तान को हथियार नहीं देगा", cb)
    assert "ru_pk (Russia–Pakistan ties): against" in out
    assert "हथियार* … देगा (supply_purchase) + नहीं (negated favor)" in out


def test_explain_says_why_a_predicate_was_set_aside(cb):
    assert "greets a person ('लावरोव')" in explain("जयशंकर ने लावरोव का स्वागत किया", cb)
    assert "merely discussed ('पर चर्चा')" in explain("रूस और पाकिस्तान ने सहयोग बढ़ाने पर चर्चा की", cb)
    out = explain("रूस ने भारत और पाकिस्तान से तनाव कम करने की अपील की", cb)
    assert "about the ties of india–pakistan" in out


def test_a_worry_beside_an_outside_state_is_read_by_whose_it_is_with_a_note(cb):
    # round 7: India's worry counts for ru_in (was set aside for it), and stays set aside for ru_pk
    result = code("रूस और पाकिस्तान की बढ़ती नजदीकियों से भारत चिंतित है", cb)
    assert result.stance == {"ru_pk": "favor", "ru_in": "against"}
    assert "'चिंतित' india's worry or objection at Russia's act" in result.notes["ru_in"]
    result = code("भारत को रूस-पाकिस्तान संबंधों को लेकर आशंका है", cb)
    assert "'आशंका' india's worry or objection: counted for ru_in, not this pair" in result.notes["ru_pk"]
    result = code("पाकिस्तान को रूस-चीन संबंधों को लेकर आशंका है", cb)  # no India: the older rule
    assert "'आशंका' a worry of a state outside the pair (china)" in result.notes["ru_pk"]


def test_an_implied_partner_is_explained(cb):
    result = code("रूस ने एमआई-35 हेलीकॉप्टर देने का वादा किया", cb, PK)
    assert result.notes["ru_pk"].startswith("the article's pair: one party named, 'देने' implies the partner")
    assert any(c.value == "pair" and "(implied partner)" in c.pattern for c in result.cues)
