"""Codebook v1.1 rules, checked on sentences written for these tests (not taken from any corpus).

Each test states one rule of docs/codebook.md and tries it in the registers the rule must
cover: tatsam Hindi, Urdu-register words in Devanagari (with and without nukta), English
loans, short forms and inflected forms.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.coding import code_units, explain
from analysis.normalize import norm

ROOT = Path(__file__).resolve().parent.parent


def article(*texts: str, roles=None) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {
            "doc_id": ["t"] * n,
            "unit_id": list(range(1, n + 1)),
            "role": roles or ["body"] * n,
            "para": [0] * n,
            "text": list(texts),
            "norm": [norm(t) for t in texts],
            "start": [0] * n,
            "end": [len(t) for t in texts],
        }
    )


def code(cb, *texts, roles=None) -> pd.DataFrame:
    return code_units(article(*texts, roles=roles), cb)


def one(cb, text: str, role: str = "body") -> pd.Series:
    return code(cb, text, roles=[role]).iloc[0]


# ------------------------------------------------------------------ version
def test_codebook_is_v1_2_and_outputs_carry_the_version(cb):
    # 1.2.0: the v1.1 rules plus frame context cues and datelines (issue #12, item 4);
    # 1.3.0: stance predicate families, implied partners and set-asides; speakers sided by home country
    # 1.4.0: rule round 5 (error analysis on sets A and B): Urdu-register families, events carried back,
    # role + unlisted name, local offices, frame guards and yielding agreements
    # 1.5.0: rule round 6 (sets C and D): reassurance, Russia acting against India, headlines read with
    # their story, offices remembered by their head noun, unnamed sources, unlisted agents
    # 1.6.0: rule rounds 7 (sets A-D) and 8 (sets E and G): India's objection at a Russian act is ru_in
    # against (the project's reading), against families by register, clause scope; a statement's source
    # is not its subject, tension between neighbours; titles and surnames referring back
    # 1.7.0: rule rounds 9-11 (sets H, I+J, K+L) and frames/speakers on COVID round 1: the story's pair,
    # interest harmed, a party left out; China or the US as a scene is not geopolitics, bodies named;
    # what is not speech, views held by circles, the agent of a main clause
    # 1.8.0: stance rounds 13 (sets M-P) and 14 (Q, R), speakers round 9 (COVID round 2): negation scope,
    # what India objects to, a state named only as a cause, leading units read with the story's pair, a
    # report called false, a quoted speaker's "we", a third state as the other side; speech-act families
    # 1.9.0: stance rounds 15 (sets S, T) and 16 (A-T: places of a country, drift), speakers round 10
    # (COVID round 3): a war as a cause, ties untouched, delays, strain overcome; orders in the passive,
    # venues in quotation marks, headline sources, documents' owners
    # 1.10.0: stance rounds 17 (sets U, V), 18 (W, X) and 19 (A-X: the story's main pair), speakers
    # rounds 11 (COVID round 4) and 12 (the country a story is about): a party condemning an attack,
    # requests left unanswered, limits by amount, concessions, strain not removed, the story's deal
    # concluded; speech nouns as topics, information that is, documents' owners, bare offices abroad
    # 1.11.0: stance rounds 20 (sets Y, Z), 21 (AA, AB) and 22 (A-AB: parties named otherwise), speakers
    # rounds 13 (COVID round 5) and 14 (the world's states): mediation and any seller set aside, regard,
    # betrayal, shares, pressure refused, a presser that is no party, a diplomatic failure; offices named
    # by a place in the country, sub-headings, commands to the reader
    # 1.12.0: stance rounds 23 (families from the language), 24 (sets AC, AD) and 25 (constructions
    # from the language), speakers rounds 15 (COVID round 6), 16 (AC, AD) and 17 (families and the
    # gazetteer from the language), frames round 7 (K-AD): a relation reduced, pressure ignored, an
    # epithet's home, a yes/no question; speech named without a verb, closing sources, 439 actors
    # 1.13.0: stance rounds 26 (sets AG, AH), 27 (Russia-India from the language) and 28 (AE, AF),
    # speakers rounds 18 (COVID rounds 7, 8) and 19 (home offices and foreign titles from the language),
    # frames round 8 (AG, AH, COVID rounds 7, 8): the reported clause's demonstrative, a lens, the
    # home's pair, "each of the two"; hearsay passives, the Union's offices, titles learned; label
    # prefixes are not datelines
    # 1.14.0: stance rounds 29 (sets AI, AJ) and 30 (A-AJ: Russia-India against), speakers round 20
    # (COVID rounds 9, 10): ", पर" as "but", no longer as before, a summit not held, a decision not
    # reached, a harm that can follow, a matter raised before Russia; a pronoun with nobody named, a
    # body's class noun, a home state's unnamed officials, a speech noun apart from its light verb
    # 1.15.0: stance round 31 (sets AK, AL; rules kept only when they also fix three other read sets),
    # speakers rounds 21 (COVID round 11) and 22 (side misses across COVID rounds 1-12): a reason
    # clause, an act despite an attack, a vote stayed out of; interview answer tags, official
    # statements without an issuer, quoted words with nobody named, feelings voiced
    # 1.16.0: stance round 32 (sets AM, AN; rules kept only when they also fix three other read sets),
    # speakers round 23 (COVID round 13 and side misses across rounds 1-13): India's tilt toward the
    # West as Russia-India drifting, "the two" after an aside as the lead's pair, dealings with a state
    # that harbours terror called wrong; a home office introduced earlier, a wire digest's new item
    # 1.17.0: stance round 33 (sets AO, AP; the same test), speakers round 24 (COVID round 15; the
    # lead's two decisions: researchers named by their field alone speak for no state, a confirmation
    # in the agentless passive is the outlet's), frames round 9 (frames both COVID coders agree on):
    # Iran and Israel alone are no great power, Europe as a scene, Delhi at home, a state's goods
    # 1.18.0: stance round 34 (sets AQ, AR; the same test), speakers round 25 (COVID round 14 and
    # side misses across rounds 1-15), frames round 10 (frames both coders of a read invented set
    # agree on): no comment given, a host's meal, a यह that points forward, ties gone slack, a party
    # kept out of an exercise; a pronoun carrying an unnamed official home, a headline's addressed
    # speech act; ties named by their domain in the Urdu register, the delegation's spellings
    # 1.19.0: stance rounds 35 (sets AS, AT; the same test) and 36 (a census over every read set),
    # speakers round 26 (COVID round 16 and misses across rounds 1-16), frames round 11 (sets AS, AT
    # and frames both coders of a read set agree on): pressure conceded, strain at a border, orders
    # received, condemnation object first; hearsay with है, a name in quotation marks, मांगना, an
    # accusation with no accuser; condemnation yielding to a domain, a bilateral dispute, mills, India's loans
    # 1.20.0: stance rounds 37 (the predicate families audited against the language: registers,
    # idioms, loans, inflections; 307 forms) and 38 (target detection: a setback met in a story of two
    # pairs, Russia the friend of both, "इस" + the story's act), two words of one stalled state, and
    # stance 39 (a tie merely shown, tabloid word order and idioms, a blow to a third state)
    # 1.21.0: stance rounds 40 (sets AU-AY released: tatsam closeness, interest shown, at the cost of
    # the ties with India, an honour conferred, an act unmentioned, backing what is each of the two, a
    # party's own refusal) and 41 (cause phrases, India's friend, whose friend), speakers round 40 (COVID
    # sides: सूचना, professions, spellings of the WHO chief, security bodies), interviews 40 (answers,
    # signed pieces, explainers)
    # 1.22.0: stance rounds 42 (`against` families, sanctions as a cause, a party's gain from the
    # event), 43 (favor families audited, exchange as content, arrivals of equipment), 44 (negated
    # setbacks, negation before the light verb, India by its institutions) and 45 (acts that did not
    # happen), speakers round 42 (interviews in more formats, Indian places and bodies, international
    # bodies, leaders speaking together, the clause after लेकिन), frames round 12 (arrivals need a
    # person, India-Pakistan normalisation, Urdu-register diplomacy, neighbours)
    # 1.23.0: stance rounds 46 (the story's pair after a one-unit aside), 47 (`against` families audited on
    # the rule writer's own sentences: sanctions by a party, hopes thwarted, regret, isolation) and 48
    # (talks judged positive, the deal's money in trouble, the speaker goes on), speakers rounds 43 (a
    # name beside a quotation, a delegation's state) and 44 (an official introduced by state and office
    # keeps it), frames round 13 (a traveller for an arrival, intergovernmental commissions, offers,
    # leaning and distance, India's towns and हिंद)
    # 1.24.0: sets AZ-BC released; stance rounds 49 (relationship predicate families: pace, a new
    # start, obligations honoured, learning from each other, a halt, being made to wait, hesitation,
    # a double game; a denied report flips its complement; "not hidden"; a party indispensable) and 50
    # ("these ties", a pair party's evaluation of the event, an assurance with no addressee, states named
    # in passing) and 51 (rupee trade names India, "instead of Russia", dependence on the partner, a
    # share falling, arms of Russian make), speakers round 45 (answers naming their source, party MPs and spokespersons, Pakistan's
    # economy ministers, citing, state-owned media, hyphenated offices), frames round 14 (a landing, concern
    # conveyed, the relationship as a state, restraint asked of both sides, India's two fronts)
    # 1.25.0: sets BD-BI released; speakers rounds 46 (one-paragraph interviews, habitual speech verbs,
    # tatsam opinion markers, papers and agencies, veterans) and 47 (party officers with a qualifier,
    # think tanks and brokerages by country, retired ranks, a private person by home town); stance
    # rounds 52 (a speaker's and the outlet's first person, इंडिया, a home paper's unnamed pair), 53
    # (predicate families; word lists moved into the codebook), 54 (questions that only ask, a relative
    # clause that carries the story on, "A or B?") and 55 (English loans, emphasis on cooperation,
    # fronted negation, limits on one side's terms; more word lists into the codebook), frames round 15
    # (the loan इंडिया names India, district towns, the outlet's own conversation is not diplomacy, the
    # stock market as economy)
    # 1.26.0: sets BJ, BK released; stance rounds 56 (the yardstick of a comparison; "X और Y दोनों हमारे
    # मित्र") and 57 (a worry declared needless, each of the two befriended, a relation lost, `sour*` no
    # longer matching "sources"), speakers round 48 (an Urdu welcome, a view put forward, an issue raised
    # in headline order, cornering the government, "जोड़ा कि")
    # 1.27.0: sets BL-BQ released in two waves; stance rounds 58 (India's rival named by an epithet, the
    # so-called friend, a places list, a favor only supposed before a warning), 59 (size words as limits,
    # India's enemy aided, fronted negation with a determiner, Urdu condolences), 60 (a share of another
    # pair's figure as a comparison, "both are Russia's friends", an objection voiced in an Indian town)
    # and 61 (a ceiling, a loan refused, unbreakable ties, "मतभेद हैं, दरार नहीं", doubt, coordination);
    # speakers rounds 49-51 (a state's minister, associations, "our" before a role, plants, "का मत है",
    # fields of study, India's border regions, customs and immigration); frames rounds 16-17 (public talk,
    # private conversations and the telephone are not diplomacy, regiments, orders, shipping, wages)
    assert cb.version == "1.27.0"
    assert set(code(cb, "रूस ने कहा.")["codebook_version"]) == {"1.27.0"}


# ------------------------------------------------------------------ attribution (speech acts)
@pytest.mark.parametrize(
    "text",
    [
        "विदेश मंत्री ने भरोसा दिलाया कि आपूर्ति समय पर होगी",  # assurance
        "प्रवक्ता ने जोर देकर कहा कि नीति नहीं बदलेगी",  # stressing
        "मंत्रालय ने ज़ोर दिया कि बातचीत जारी रहेगी",  # stressing, nukta spelling
        "राष्ट्रपति ने मेज़बानों का धन्यवाद किया",  # thanks
        "सरकार ने हमले की कड़ी निंदा की",  # condemnation
        "दूतावास ने इस फैसले पर विरोध दर्ज कराया",  # protest
        "मंत्री ने अपनी बात को दोहराया",  # reiteration
        "सरकार ने साफ कर दिया है कि सौदा रद्द नहीं होगा",  # clarifying (Urdu-register साफ)
        "प्रधानमंत्री ने वादा किया कि निवेश बढ़ेगा",  # promise
        "मंत्रालय ने ऐसी किसी योजना से इनकार किया",  # denial
        "सेना ने इसकी जानकारी दी",  # information
        "राजदूत का कहना है कि संबंध अच्छे हैं",  # कहना है
        "अधिकारी बताते हैं कि काम शुरू हो गया है",  # inflected बता-
    ],
)
def test_speech_acts_are_reported(cb, text):
    row = one(cb, text)
    assert row["voice"] == "reported", explain(text, cb)


def test_speech_act_in_a_headline_is_reported(cb):
    row = one(cb, "रूस ने पाकिस्तान को हथियार देने का ऐलान किया", role="headline")
    assert row["voice"] == "reported" and row["speaker"] == "russia"


def test_attribution_by_havale_names_the_outer_source(cb):
    row = one(cb, "रॉयटर्स के हवाले से रूसी विदेश मंत्री ने कहा कि वार्ता होगी")
    assert (row["voice"], row["speaker"], row["speaker_side"]) == ("reported", "reuters", "media")


def test_a_posture_described_by_the_outlet_stays_outlet(cb):
    assert one(cb, "चीन बातचीत की वकालत कर रहा है")["voice"] == "outlet"


def test_every_unit_of_a_quotation_spanning_units_is_quoted(cb):
    out = code(cb, 'लावरोव ने कहा, "हम तैयार हैं.', "हम मिलकर काम करेंगे.", 'यह हमारा वादा है."')
    assert list(out["voice"]) == ["quoted"] * 3
    assert list(out["speaker"]) == ["lavrov"] * 3


# ------------------------------------------------------------------ speakers by role
@pytest.mark.parametrize(
    "text, speaker, side",
    [
        ("रूसी राजदूत ने कहा कि बैठक सफल रही", "russian_official", "russia"),
        ("पाकिस्तान के विदेश मंत्री ने कहा कि दौरा अहम है", "pakistani_official", "pakistan"),
        ("भारतीय विदेश मंत्रालय के प्रवक्ता ने बताया कि वार्ता होगी", "indian_official", "india"),
        ("चीनी राष्ट्रपति ने कहा कि सहयोग बढ़ेगा", "chinese_official", "china"),
        ("पाक सेना के प्रवक्ता ने बताया कि अभ्यास पूरा हुआ", "pakistani_official", "pakistan"),
        ("अमेरिकी विदेश विभाग के अधिकारी ने कहा कि वे नजर रखे हुए हैं", "us_official", "other"),
        ("रूसी सरकार ने कहा कि यह फैसला अंतिम है", "russia", "russia"),
        ("एक अधिकारी ने बताया कि बैठक टल गई", "unnamed_official", "other"),
        ("मीडिया रिपोर्ट्स के मुताबिक सौदा हो चुका है", "report", "other"),
        ("समाचार एजेंसी ने बताया कि विमान उतर गया", "media", "media"),
        ("संयुक्त बयान में कहा गया कि दोनों देश सहयोग करेंगे", "joint_statement", "other"),
    ],
)
def test_role_phrases_resolve_to_a_side(cb, text, speaker, side):
    row = one(cb, text)
    assert (row["speaker"], row["speaker_side"]) == (speaker, side), explain(text, cb)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("व्लादिमीर पुतिन ने कहा कि रूस तैयार है", "putin"),
        ("शहबाज़ शरीफ़ ने कहा कि पाकिस्तान तैयार है", "shehbaz_sharif"),  # nukta spelling
        ("शी जिनपिंग ने कहा कि चीन तैयार है", "xi_jinping"),
        ("ट्रम्प ने कहा कि अमेरिका तैयार है", "trump"),
        ("पाकिस्तान के प्रधानमंत्री इमरान खान ने कहा कि बातचीत होगी", "imran_khan"),
    ],
)
def test_named_officials_in_the_gazetteer_win_over_their_role(cb, text, speaker):
    assert one(cb, text)["speaker"] == speaker


def test_a_third_state_leader_names_that_state_for_frames(cb):
    assert "geopolitics" in one(cb, "ट्रंप ने व्यापार पर बयान दिया")["frames"].split("|")


def test_a_pronoun_resolves_to_the_last_named_speaker_across_units(cb):
    out = code(cb, "पुतिन ने कहा कि रूस तैयार है.", "उन्होंने यह भी कहा कि व्यापार बढ़ेगा.")
    assert list(out["speaker"]) == ["putin", "putin"]


def test_an_attributed_unit_with_no_resolvable_speaker_is_unknown(cb):
    # speakers round 20: a pronoun with nobody before it is now an unnamed speaker; a speech act
    # with no agent at all, before anyone speaks and not in the passive, still resolves to nobody
    row = one(cb, "दावा किया कि व्यापार बढ़ेगा")
    assert (row["voice"], row["speaker"], row["speaker_side"]) == ("reported", "unknown", "unknown")
    assert row["speaker_rule"].endswith("→ unknown")


def test_an_outlet_unit_has_no_speaker_not_even_unknown(cb):
    row = one(cb, "रूस और पाकिस्तान के बीच व्यापार बढ़ा है")
    assert (row["voice"], row["speaker"], row["speaker_side"]) == ("outlet", "", "")


# ------------------------------------------------------------------ stance: predicates by family
@pytest.mark.parametrize(
    "text, value",
    [
        ("रूस और पाकिस्तान के बीच व्यापार में इज़ाफ़ा हुआ है", "favor"),  # growth, Urdu register
        ("रूस और पाकिस्तान ने एमओयू पर दस्तखत किए", "favor"),  # signing, Urdu register
        ("रूस पाकिस्तान को हेलीकॉप्टर मुहैया कराएगा", "favor"),  # supply
        ("रूस और पाकिस्तान की सेनाओं ने संयुक्त युद्धाभ्यास किया", "favor"),  # exercises
        ("रूस ने पाकिस्तान के प्रधानमंत्री को न्योता भेजा", "favor"),  # invitation
        ("रूस ने पाकिस्तान के साथ सौदा रद्द कर दिया", "against"),  # cancellation
        ("रूस और पाकिस्तान की वार्ता स्थगित हो गई", "against"),  # postponement
        ("रूस ने पाकिस्तान की मांग ठुकरा दी", "against"),  # refusal
        ("रूस और पाकिस्तान के रिश्तों में खटास आ गई है", "against"),  # strain
        ("रूस ने पाकिस्तान को चेतावनी दी", "against"),  # warning
        ("रूस से पाकिस्तान को बड़ा झटका लगा", "against"),  # setback
        ("रूस और पाकिस्तान के बीच सहयोग पर चर्चा हुई", "none"),  # merely discussed (v1.1)
    ],
)
def test_relationship_predicates_by_family(cb, text, value):
    assert one(cb, text)["stance_ru_pk"] == value, explain(text, cb)


def test_explain_names_the_family_that_decided(cb):
    text = "रूस और पाकिस्तान के बीच व्यापार में इज़ाफ़ा हुआ है"
    assert "(pattern इजाफ* (growth))" in explain(text, cb)


# ------------------------------------------------------------------ stance: negation scope
@pytest.mark.parametrize(
    "text, value",
    [
        ("रूस पाकिस्तान को हथियार नहीं बेचेगा", "against"),  # negation before the verb
        ("रूस और पाकिस्तान के बीच अब तक कोई समझौता नहीं हुआ", "against"),  # कोई … नहीं
        ("रूस ने पाकिस्तान के साथ अभ्यास से इनकार किया", "against"),  # इनकार
        ("रूस और पाकिस्तान के बीच कोई तनाव नहीं है", "favor"),  # negated strain
        ("रूस ने न केवल पाकिस्तान को हथियार बेचे बल्कि प्रशिक्षण भी दिया", "favor"),  # न केवल is no negation
    ],
)
def test_negation_scope(cb, text, value):
    assert one(cb, text)["stance_ru_pk"] == value, explain(text, cb)


def test_negation_across_a_clause_break_does_not_flip(cb):
    assert one(cb, "रूस और पाकिस्तान ने समझौता किया, भारत ने नहीं")["stance_ru_pk"] == "favor"


# ------------------------------------------------------------------ stance: contrast
@pytest.mark.parametrize(
    "text, value",
    [
        ("रूस और पाकिस्तान के बीच तनाव रहा है, लेकिन अब व्यापार बढ़ रहा है", "favor"),
        ("रूस और पाकिस्तान ने समझौता किया, मगर बाद में उसे रद्द कर दिया", "against"),
        ("हालांकि रूस और पाकिस्तान के बीच तनाव था, फिर भी दोनों ने अभ्यास किया", "favor"),
        ("तनाव के बावजूद रूस और पाकिस्तान ने समझौते पर हस्ताक्षर किए", "favor"),
    ],
)
def test_with_both_polarities_the_main_clause_decides(cb, text, value):
    assert one(cb, text)["stance_ru_pk"] == value, explain(text, cb)


def test_explain_shows_the_contrast_that_decided(cb):
    out = explain("रूस और पाकिस्तान के बीच तनाव रहा है, लेकिन अब व्यापार बढ़ रहा है", cb)
    assert "contrast 'लेकिन': main clause decides (1 cue(s) set aside)" in out
    assert 'contrast ← "लेकिन"' in out


def test_the_tie_rule_is_the_package_one(cb):
    row = one(cb, "रूस और पाकिस्तान ने समझौता किया और तनाव भी बढ़ा")
    assert row["stance_ru_pk"] == cb.stance.on_tie == "none"


# ------------------------------------------------------------------ stance: targets
def test_short_forms_and_capitals_name_the_parties(cb):
    assert one(cb, "मॉस्को और पाक के बीच सौदा हुआ")["stance_ru_pk"] == "favor"
    assert one(cb, "क्रेमलिन ने इस्लामाबाद के साथ करार किया")["stance_ru_pk"] == "favor"


def test_leaders_name_their_country(cb):
    row = one(cb, "पुतिन और शहबाज शरीफ ने समझौते पर हस्ताक्षर किए")
    assert row["about_ru_pk"] and row["stance_ru_pk"] == "favor"


def test_both_countries_is_the_pair_the_article_last_named(cb):
    out = code(cb, "रूस के विदेश मंत्री पाकिस्तान पहुंचे.", "मौसम साफ था.", "दोनों देशों ने व्यापार बढ़ाने पर सहमति जताई.")
    assert bool(out.iloc[2]["about_ru_pk"]) and out.iloc[2]["stance_ru_pk"] == "favor"
    assert not out.iloc[2]["about_ru_in"]


def test_one_party_with_a_relation_noun_speaks_of_the_article_pair(cb):
    out = code(cb, "भारत और रूस के नेता मिले.", "रूस के साथ रिश्ते और गहरे होंगे.")
    assert out.iloc[1]["stance_ru_in"] == "favor"


def test_without_an_article_pair_both_countries_speaks_of_nothing(cb):
    row = one(cb, "दोनों देशों ने व्यापार बढ़ाने पर सहमति जताई")
    assert not row["about_ru_pk"] and row["stance_ru_pk"] == "none"


def test_a_unit_that_only_attributes_takes_its_referents_stance(cb):
    out = code(cb, "रूस पाकिस्तान को हेलीकॉप्टर देने पर सहमत हुआ.", "रक्षा मंत्रालय ने यह जानकारी दी.")
    assert out.iloc[1]["stance_ru_pk"] == "favor"
    assert '"pattern": "यह जानकारी (referent)"' in out.iloc[1]["cues"]


def test_timing_alone_does_not_inherit(cb):
    out = code(cb, "रूस पाकिस्तान को हेलीकॉप्टर देने पर सहमत हुआ.", "यह बयान बैठक से पहले आया.")
    assert out.iloc[1]["stance_ru_pk"] == "none"


def test_growth_of_strain_is_one_against_not_a_favor(cb):
    text = "रूस और पाकिस्तान के बीच तनाव बढ़ गया है"
    assert one(cb, text)["stance_ru_pk"] == "against", explain(text, cb)


def test_a_cancelled_deal_flips_the_deal(cb):
    out = explain("रूस ने पाकिस्तान के साथ सौदा रद्द कर दिया", cb)
    assert "(pattern सौदा (supply_purchase) + रद्द* (negated favor))" in out


# ------------------------------------------------------------------ the human codebook
def test_docs_codebook_is_generated_from_the_yaml_and_up_to_date(cb):
    from analysis.codebook_doc import render

    text = render(cb)
    assert (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8") == text, (
        "docs/codebook.md is stale: run python -m analysis.codebook_doc"
    )
    assert "# Codebook v1.27.0" in text and "## Decision rules added in v1.1" in text
    assert "### International context" in text and "Cues in an international context only" in text
    assert all(f"`{a}`" in text for a in cb.actors) and "**favor / growth**" in text


def test_outlet_formulas_with_a_speech_verb_attribute_nothing(cb):
    row = one(cb, "बता दें कि रूस और पाकिस्तान के बीच व्यापार बढ़ा है")
    assert (row["voice"], row["speaker"]) == ("outlet", "")


def test_a_named_person_in_apposition_to_a_role_is_the_speaker(cb):
    assert one(cb, "अरिंदम बागची, प्रवक्ता ने कहा कि बैठक होगी")["speaker"] == "bagchi"
    assert one(cb, "पुतिन के प्रवक्ता ने कहा कि बैठक होगी")["speaker"] == "russian_official"


def test_the_asked_is_not_the_speaker(cb):
    assert one(cb, "जब रूस से इस बारे में पूछा गया तो बैठक चल रही थी")["voice"] == "outlet"


def test_an_apposition_does_not_reach_across_the_marker(cb):
    text = "विदेश मंत्रालय के प्रवक्ता अरिंदम बागची ने कहा कि दोनों मंत्रियों की बैठक होगी"
    assert one(cb, text)["speaker"] == "bagchi", explain(text, cb)


# ------------------------------------------------------------------ v1.2: more speech acts (invented)
@pytest.mark.parametrize(
    "text",
    [
        "मंत्री ने बैठक में पुराने समझौते का जिक्र किया",  # mentioning (Urdu register)
        "संगठन ने जांच की मांग की",  # demanding
        "राजदूत ने नए रास्ते का सुझाव दिया",  # suggesting
        "प्रवक्ता ने इस पर टिप्पणी करने से परहेज किया",  # commenting (declined, still a speech act)
        "सेना ने घटना पर सफाई दी",  # clarifying
        "अधिकारी ने माना कि चूक हुई",  # admitting
        "विपक्ष ने इसे ऐतिहासिक भूल करार दिया",  # terming
        "सरकार ने अफसरों को सतर्क रहने के निर्देश दिए",  # instructing
    ],
)
def test_more_speech_acts_are_reported(cb, text):
    assert one(cb, text)["voice"] == "reported"
