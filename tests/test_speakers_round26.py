"""Speakers, round 26 (issue #12): hearsay in the copula, and marks around a name in the agent's phrase.

Every sentence was written for these tests from the design codebook v1.1 (Voice and speakers:
"reports" are `report` → other; a unit with no attribution of its own is `outlet`; marks around a
name or a single term in the outlet's own narration do not make a unit `quoted`, inside reported
speech they do) and from Hindi grammar (the copula "है" with an information noun and its clause,
with or without the complementiser कि; "भी" between a genitive and its noun; a genitive chain that
names who speaks). Names of people and bodies are made up. None is copied from a corpus, a seed or
an invented set. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.attribution import content_start
from analysis.codebook import Hit
from analysis.cues import match_cues
from analysis.voice import agent_phrase, opening_news
from tests.test_attribution_language import last, one, said
from tests.test_attribution_language import speaker_side as who


# ---------------------------------------------------------------- rule 1: hearsay in the copula
@pytest.mark.parametrize(
    "text",
    [
        "ऐसी जानकारी है कि कई जिलों में दुकानें जल्द खुलेंगी।",
        "जानकारी है कि नहर का पानी अगले हफ्ते छोड़ा जाएगा।",
        "सूचना है कि रेलवे दो नई गाड़ियां चलाएगा।",
        "सूचनाएं हैं कि सीमा के गांवों में राशन कम पड़ रहा है।",
        "खबर है शहर के व्यापारी नए नियमों से नाराज हैं।",
        "इस बीच खबर है मंडी में सब्जियों के दाम गिर गए हैं।",
        "कई कस्बों में दूध सड़क पर बहा देने की भी खबरें हैं।",
        "पुरानी इमारत के ढहने की भी खबर है।",
    ],
)
def test_news_and_information_that_are_report_hearsay(cb, text):
    row = last(cb, "बाजार आज भी बंद रहे।", text)
    assert said(row)[0] == "reported"
    assert who(row) == ("report", "other")


def test_an_agent_inside_the_hearsay_s_clause_is_the_content_s_subject(cb):
    row = last(cb, "बाजार आज भी बंद रहे।", "ऐसी जानकारी है कि नेपाल ने सीमा की चौकियां बढ़ा दी हैं।")
    assert who(row) == ("report", "other")


@pytest.mark.parametrize(
    "text",
    [
        "किसानों के लिए यह बड़ी खबर है।",  # the outlet's own news, no clause
        "देश में संकट के बीच कुछ राहत भरी खबर भी है।",  # a particle let in, still no clause
        "दो और मरीजों की मौत की भी खबर है।",  # a plain noun before the genitive (round 11)
        "यह खबर है।",
    ],
)
def test_the_outlet_s_own_news_stays_outlet(cb, text):
    assert one(cb, text)["voice"] == "outlet"


def test_the_bare_news_noun_counts_only_opening_the_unit():
    text = "मंडी में आज खबर है दाम गिरे हैं।"
    start = text.index("खबर")
    assert opening_news(text, Hit("speech_verb", "", "खबर है", start, start + len("खबर है")))
    text = "उधर खबर है दाम गिरे हैं।"
    start = text.index("खबर")
    assert not opening_news(text, Hit("speech_verb", "", "खबर है", start, start + len("खबर है")))


def test_the_copula_s_own_ki_opens_the_content(cb):
    unit = match_cues("ऐसी जानकारी है कि नेपाल ने चौकियां बढ़ाईं।", cb, False)
    assert content_start(unit, []) == unit.text.index("कि नेपाल")


def test_a_verb_s_own_ki_is_left_as_it_was(cb):
    # "पूछा कि" is a verb, not a copula: the content still opens at the next कि (round 26 leaves it)
    text = "वकील ने पूछा कि सुनवाई कब होगी तो जज ने कहा कि जल्द होगी।"
    unit = match_cues(text, cb, False)
    assert content_start(unit, []) != text.index("कि सुनवाई")


# ---------------------------------------------------------------- rule 2: marks in the agent's phrase
@pytest.mark.parametrize(
    "text",
    [
        "‘नवजीवन क्लिनिक' के हृदय विभाग के प्रमुख डॉ. सुरेश लाल ने कहा कि जांच बढ़ानी होगी।",
        "‘ग्लोबल पब्लिक हेल्थ रिसर्च फोरम’ ने भी एक लेख छापा है, जिसमें कहा गया है कि मास्क जरूरी हैं।",
        "'सेंटर फॉर रूरल हेल्थ स्टडीज' के आंकड़ों के अनुसार गांवों में जांच कम हुई है।",
    ],
)
def test_marks_around_a_name_in_the_agent_s_phrase_leave_the_unit_reported(cb, text):
    row = one(cb, text)
    assert row["voice"] == "reported"
    assert "the source's name only" in row["voice_rule"]


@pytest.mark.parametrize(
    "text",
    [
        "डॉ. सुरेश लाल ने कहा कि ‘सामाजिक दूरी' ही उपाय है।",  # a term inside what is reported
        "उन्होंने ‘ग्रीन जोन' के लिये राज्य द्वारा तय सभी छूट देने की घोषणा की।",  # an adverbial, not a chain
        '"हम जांच तेज करेंगे और सबको टीका देंगे" मंत्री ने कहा।',  # words, not a name
    ],
)
def test_marks_outside_the_agent_s_phrase_keep_their_reading(cb, text):
    assert one(cb, text)["voice"] == "quoted"


def test_agent_phrase_accepts_a_genitive_chain_and_stops_at_a_clause():
    text = "'क' के नए विभाग के प्रमुख ने कहा"
    assert agent_phrase(text, text.index("'", 1) + 1, text.index("ने"))
    text = "'क' के बाद प्रमुख ने कहा"
    assert not agent_phrase(text, text.index("'", 1) + 1, text.index("ने"))
    text = "'क', जिसके प्रमुख ने कहा"
    assert not agent_phrase(text, text.index("'", 1) + 1, text.index("ने"))


# ---------------------------------------------------------------- rule 3: asking for something (मांगना)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("मौलवी रहीम ने जिला पुलिस से मांगी मुकदमे की प्रति", ("india", "india")),  # headline order
        ("नेपाल ने भारत से मांगी दवाएं", ("other_state", "other")),
        ("राहत कोष ने बच्चों की मदद के लिए दो करोड़ रुपये की सहायता मांगी है।", ("india", "india")),
        ("नगर निगम ने दुकानदारों से सुझाव माँगे हैं।", None),
    ],
)
def test_a_request_made_with_its_ne_agent_is_reported(cb, text, expected):
    row = last(cb, "बाजार आज भी बंद रहे।", text)
    assert said(row)[0] == "reported"
    if expected is not None:
        assert who(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "कई देश भी उससे मदद मांग रहे हैं।",  # the progressive: a posture (round 18)
        "व्यापारियों से दो बिंदुओं पर राय मांगी गई है।",  # the agentless passive: nobody's words
        "जरूरत पड़ने पर निजी अस्पतालों से भी मदद मांगी जा सकती है।",
    ],
)
def test_asking_without_its_agent_stays_outlet(cb, text):
    assert last(cb, "बाजार आज भी बंद रहे।", text)["voice"] == "outlet"


def test_the_demand_noun_keeps_its_own_reading(cb):
    row = last(cb, "बाजार आज भी बंद रहे।", "मजदूर संघ ने वेतन बढ़ाने की मांग की है।")
    assert said(row)[0] == "reported"


# ---------------------------------------------------------------- rule 4: an accusation with no accuser
@pytest.mark.parametrize(
    "text",
    [
        "मेयर राम लाल पर ठेके में घपले का आरोप लगा जो बाद में झूठा निकला।",  # intransitive लगना
        "इसके बाद नर्स को थाने बुलाया गया और उन पर अफवाह फैलाने का आरोप लगाया गया।",  # agentless passive
        "कंपनी के मालिक इस बात का आरोप झेल रहे हैं कि उन्होंने कर्मचारियों का वेतन रोका।",  # facing it
    ],
)
def test_an_accusation_with_no_accuser_is_the_outlet_s(cb, text):
    assert last(cb, "बाजार आज भी बंद रहे।", text)["voice"] == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "विपक्ष ने सरकार पर आंकड़े छिपाने का आरोप लगाया।",  # the accuser with ने
        "याचिका में आरोप लगाया गया है कि अस्पताल में दवाएं नहीं हैं।",  # a document's words after कि
        "विपक्षी नेता सरकार पर आंकड़े छिपाने का आरोप लगा रहे हैं।",  # the transitive progressive
    ],
)
def test_an_accusation_someone_makes_stays_reported(cb, text):
    assert last(cb, "बाजार आज भी बंद रहे।", text)["voice"] == "reported"
