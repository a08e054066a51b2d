"""Stance round 49 (issue #12): relationship predicates that reach the released sets' misses (AZ–BC), by family.

Sets AZ, BA, BB, BC (invented52–55) were released to development; their favor/against units coded `none` were read
by what the language does, and each gap written as a family member in every register and inflection, not as a phrase:

1. Favor: pace quickened in the intransitive (तेज़ हुआ/हो गया), a start called one (यह तो शुरुआत है; Urdu आग़ाज़ of a new
   era or friendship), new ways sought (नए रास्ते तलाश-), no slackening with its own negation (में कोई कमी नहीं आई);
   ties meant to last before a relation noun (लंबे समय का रिश्ता, दीर्घकालिक, स्थायी आधार पर), obligations honoured
   (दायित्व निभा-), cooperation made real (हक़ीक़त बन-, साकार हो-, अमली जामा पहना-); views alike with the adjective
   between (एक जैसी/समान राय), in step (कदमताल); a joint effort (साझा मेहनत, संयुक्त प्रयास), experience shared (अनुभव/
   तजुर्बा साझा), a way worked out (रास्ता निकाल-); an important step (अहम कदम), a door opened in the singular (दरवाज़ा
   खोल-), diplomacy's win in the genitive (कूटनीति की जीत), jobs created; public celebration (जश्न, मिठाई बांट-);
   softened toward the partner (के प्रति नरम, नरम रुख) and the Urdu तारीख़ी beside closeness' bare ऐतिहासिक; the
   singular Urdu मफ़ाद minded.
2. Against: a halt put (पर विराम, पूर्णविराम लग-); the ties at stake (दांव पर: its negation after it flips it), a test of
   the ties (सबसे बड़ी परीक्षा, अग्निपरीक्षा, कड़ा इम्तिहान), a changed tone or attitude (बदले तेवर, रवैये में बदलाव), not
   even met (मिले तक नहीं); hesitation in the verb (हिचक रहा, हिचकिचा-), which with its postposition governs the act
   before it like गुरेज़ (negation cue: "छूट देने में हिचक रहा" is the discount withheld); no result reached (किसी
   नतीजे पर नहीं पहुंची), a shortage of spare parts; limits of their own said to exist (अपनी सीमाएं भी हैं); a double
   game (दोहरा खेल); a slap or an insult dealt (करारा तमाचा, अपमान).
3. Scope: "not hidden" (छिप नहीं, छिपाई नहीं) is a litotes that affirms what it governs (negation exempt); a benefit
   wiped out ("छूट का फ़ायदा … ख़त्म हो जाता है") is a setback compound spanning the benefit noun; a plural friendship
   noun addressing the audience ("दोस्तों, …", `stance_predicates.vocative`) is no tie.

Tried and left out: a solution found (हल/समाधान निकाल-, समस्या/मसले का हल: its negation is a maxim, "युद्ध किसी समस्या का
हल नहीं", and "भुगतान की समस्या का हल निकालने के लिए बातचीत" is talks, none to the read sets' coders); bare long-term
(लंबी अवधि के: a deal's term, "लंबी अवधि के तेल समझौते की बातचीत बेनतीजा रही" stays against); a historic day as a benefit
(ऐतिहासिक दिन: closeness' bare ऐतिहासिक implies the partner, a benefit does not); playing both sides (दोनों तरफ़ खेल-:
none to the read sets' coders); the bare noun हिचक (talk of a hesitation).

Second batch: a report denied flips its complement clause's own (last) predicate (`stance_predicates.denied_report`:
"उन खबरों को खारिज किया कि …", "निराधार बताया, जिनमें कहा गया था कि …", सच्चाई से परे), and so does an assumption called
premature or wrong ("यह मान लेना जल्दबाज़ी होगी कि …"), not where round 8's `denied_complement` reads a denial of the
refusal family; purchases diversified away (खरीद में विविधता), options kept open elsewhere, a party made to wait
(इंतज़ार करना पड़-); talks enlightening (ज्ञानवर्धक), work going on (पर काम जारी). Third batch: learning from each other
(एक-दूसरे से सीख-), cheaper in the verdict (सस्ता पड़-/साबित), a party indispensable (के बिना … मुमकिन नहीं / अधूरा है, a
compound); the internal-matter formula in the Urdu मसला/दाख़िली and a dispute held bilateral (द्विपक्षीय मसला मान-).

Also tried and left out: a yes/no question (क्या … ?, पूछा कि क्या …) as no portrayal: the read sets' coders code the
predicates of questions, rhetorical ones above all (fifteen read sets fell by .01–.02); blind or excess trust
(आंख मूंदकर/ज़रूरत से ज़्यादा भरोसा: its negation reads as a caution); bare विविधता ला-/विविधीकरण (trade broadened,
"व्यापार में विविधता लाने की आवश्यकता", is favor).

Every sentence here was written for the tests (none is taken from a set). HELD_BACK were written before the rules and
scored before (16 of 51 right) and after them.
"""

from __future__ import annotations

import pytest

from analysis.cues import match_cues
from analysis.stance_predicates import vocative
from tests.stance_units import code, ru_in, ru_pk

F, A, N = "favor", "against", "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # growth: pace, a start, new ways, no slackening
        ("रूस और पाकिस्तान के बीच व्यापारिक उड़ानों का सिलसिला तेज़ हो रहा है।", F),
        ("रूस और पाकिस्तान के सैन्य संपर्क अब और तेज होंगे।", F),
        ('रूसी राजदूत ने पाकिस्तान के साथ गैस करार पर कहा, "अभी तो शुरुआत है।"', F),
        ("पाकिस्तानी अखबार ने रूस के साथ रिश्तों में नए युग का आगाज बताया।", F),
        ("रूस और पाकिस्तान सहयोग के नए रास्ते तलाशेंगे।", F),
        ("रूस और पाकिस्तान के संपर्कों में कोई कमी नहीं आएगी।", F),
        # commitment: long-term, obligations, made real
        ("पाकिस्तान रूस को दीर्घकालिक साझेदार के रूप में देखता है और दीर्घकालिक संबंधों पर जोर देता है।", F),
        ("रूस ने कहा कि पाकिस्तान के साथ रिश्तों को स्थायी बनाया जाएगा।", F),
        ("पाकिस्तानी अधिकारियों के मुताबिक रूस अपनी जिम्मेदारियां निभा रहा है।", F),
        ("रूस और पाकिस्तान की पाइपलाइन का ख्वाब हकीकत में बदल गया।", F),
        ("रूस और पाकिस्तान के बीच हुए करार को अब अमली जामा पहनाया जाएगा।", F),
        # alignment, cooperation
        ("रूस और पाकिस्तान की अफगानिस्तान पर मिलती-जुलती राय है।", F),
        ("संयुक्त राष्ट्र में रूस और पाकिस्तान कदमताल करते दिखे।", F),
        ("रूसी और पाकिस्तानी वैज्ञानिकों ने तजुर्बात साझा किए।", F),
        ("रूस और पाकिस्तान ने डॉलर के बिना व्यापार का तोड़ निकाल लिया।", F),
        # benefit, welcome, closeness
        ("रूस ने पाकिस्तानी फलों के लिए अपने बाजार का दरवाजा खोला।", F),
        ("पाकिस्तानी मंत्री ने रूस के साथ करार को महत्वपूर्ण कदम कहा।", F),
        ("रूस की स्टील मिल परियोजना से पाकिस्तान में रोजगार पैदा होंगे।", F),
        ("रूसी जहाज के कराची पहुंचने पर पाकिस्तानी मछुआरों ने जश्न मनाया।", F),
        ("रूस ने कश्मीर पर पाकिस्तान के प्रति नरमी दिखाई।", F),
        ("पाकिस्तानी सदर ने रूसी सदर के दौरे को तारीखी करार दिया।", F),
        # against: halt, at stake, test, tone, snub
        ("रूस-पाकिस्तान गैस परियोजना पर विराम लग गया है।", A),
        ("पाकिस्तान की रूस नीति से अमेरिका के साथ उसका रिश्ता नहीं, रूस-पाकिस्तान सहयोग दांव पर है।", A),
        ("विश्लेषकों के मुताबिक यह रूस-पाकिस्तान दोस्ती की अग्निपरीक्षा है।", A),
        ("पाकिस्तान को लेकर रूस के तेवर बदल गए हैं।", A),
        ("पाकिस्तान के वजीर-ए-आजम रूसी सदर से मिलने तक नहीं गए।", A),
        # hesitation, no result, parts, limits, double game, blow
        ("रूसी कंपनियां पाकिस्तान में निवेश करने से हिचकिचा रही हैं।", A),
        ("रूस पाकिस्तान को हथियार बेचने में हिचक रहा है।", A),
        ("रूस और पाकिस्तान की कीमत पर बातचीत किसी नतीजे तक नहीं पहुंची।", A),
        ("रूसी कल-पुर्जों की कमी से पाकिस्तानी हेलिकॉप्टर खड़े हैं।", A),
        ("रूस-पाकिस्तान तिजारत की अपनी हदें हैं।", A),
        ("पाकिस्तानी विश्लेषकों ने रूस पर दोहरी चाल चलने का आरोप लगाया, पाकिस्तान के साथ उसका यह दोहरा खेल पुराना है।", A),
        ("रूस का यह फैसला पाकिस्तान के लिए करारा तमाचा है।", A),
        ("पाकिस्तानी संसद ने रूसी मंत्री के बयान को पाकिस्तान की तौहीन बताया।", A),
    ],
)
def test_families_of_round_49_russia_pakistan(text, expected, cb):
    assert ru_pk(text, cb) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("भारत और रूस ने लंबे समय की साझेदारी का भरोसा दोहराया।", F),
        ("भारत और रूस का कुडनकुलम का सपना साकार हुआ।", F),
        ("भारत और रूस की संयुक्त मेहनत से ब्रह्मोस बना।", F),
        ("भारतीय और रूसी सैनिकों ने अभ्यास में अपने अनुभव साझा किए।", F),
        ("रूस ने भारत के मफाद का पूरा ख्याल रखा है।", F),
        ("भारत और रूस के रिश्तों में कमी नहीं आई।", F),
        ("भारत और रूस की दोस्ती को रूस दांव पर नहीं लगाएगा।", F),
        ("भारत-रूस रिश्तों के लिए यह कड़ा इम्तिहान है।", A),
        ("भारत के प्रति रूस के रवैये में तब्दीली आई है।", A),
        ("भारतीय बैंक रूस के साथ लेनदेन में हिचकिचा रहे हैं।", A),
        ("भारत और रूस की रुपये-रूबल वार्ता से कोई नतीजा नहीं निकला।", A),
        ("रूसी स्पेयर पार्ट्स की किल्लत भारत के लिए बड़ी परेशानी है।", A),
    ],
)
def test_families_of_round_49_russia_india(text, expected, cb):
    assert ru_in(text, cb) == expected


def test_not_hidden_affirms_what_it_governs(cb):
    """ "छिप नहीं रही" is no negation: the displeasure it governs is shown (against), not denied."""
    assert ru_in("भारत से रूस की नाराज़गी अब छिप नहीं रही।", cb) == A
    assert ru_in("रूस ने भारत के क्वाड में जाने पर अपनी नाराज़गी छिपाई नहीं।", cb) == A
    assert ru_in("रूस ने भारत से कोई नाराज़गी नहीं जताई।", cb) == F  # a plain negation still flips


def test_benefit_wiped_out_is_a_setback(cb):
    """The benefit noun is what is lost: the compound spans it, so its own favor cue counts no more."""
    assert ru_pk("पाकिस्तान के मुताबिक रूसी गेहूं की छूट का फायदा भाड़े में ही खत्म हो गया।", cb) == A
    assert ru_pk("रूसी तेल से पाकिस्तान को बड़ा फायदा हुआ।", cb) == F


def test_vocative_friends_is_no_tie(cb):
    """ "दोस्तों," addresses the viewers: no closeness; the friendship noun of two states still is."""
    assert ru_pk("तो दोस्तों, आज बात रूस और पाकिस्तान की।", cb) == N
    assert ru_pk("मेरे प्यारे दोस्तों आज हम रूस और पाकिस्तान पर बात करेंगे।", cb) == N
    assert ru_pk("रूस और पाकिस्तान अब अच्छे दोस्तों की तरह हैं।", cb) == F
    unit = match_cues("दोस्तों, रूस और पाकिस्तान", cb)
    hit = next(h for h in unit.of("favor") if unit.text[h.start : h.end] == "दोस्तों")
    assert vocative(hit, unit, cb.stance)


def test_left_out_solution_and_bare_long_term(cb):
    """Tried and left out: a maxim about solutions, a deal's long term."""
    assert ru_in("मोदी ने पुतिन से कहा कि युद्ध किसी समस्या का हल नहीं है, और भारत शांति चाहता है।", cb) == N
    assert ru_pk("रूस और पाकिस्तान के बीच लंबी अवधि के तेल समझौते की बातचीत बेनतीजा रही।", cb) == A


HELD_BACK = [
    ("ru_pk", "favor", "रूस पाकिस्तान के साथ लंबे समय की साझेदारी चाहता है।"),
    ("ru_in", "favor", "भारत और रूस ने दीर्घकालिक ऊर्जा रिश्ते की नींव रखी।"),
    ("ru_pk", "favor", "मॉस्को इस्लामाबाद के साथ व्यापार को स्थायी आधार पर ले जाना चाहता है।"),
    ("ru_in", "favor", "भारतीय राजदूत ने कहा कि रूस के साथ यह सौदा ऐतिहासिक क्षण है।"),
    ("ru_pk", "favor", "पाकिस्तानी वज़ीर ने रूस के साथ मुआहिदे को तारीखी लम्हा कहा।"),
    ("ru_in", "favor", "रूसी मंत्री ने भारत के साथ समझौते को अहम कदम बताया।"),
    ("ru_pk", "favor", "रूस और पाकिस्तान के रिश्तों में नए दौर का आगाज़ हुआ है।"),
    ("ru_in", "favor", "भारतीय अधिकारी ने कहा कि रूस के साथ ऊर्जा सहयोग की यह तो बस शुरुआत है।"),
    ("ru_pk", "favor", "रूस और पाकिस्तान क्षेत्रीय सुरक्षा पर एक जैसी राय रखते हैं।"),
    ("ru_in", "favor", "भारत और रूस आतंकवाद के मुद्दे पर समान राय रखते हैं।"),
    ("ru_pk", "favor", "रूस ने पाकिस्तानी छात्रों के लिए अपने विश्वविद्यालयों का दरवाज़ा खोल दिया।"),
    ("ru_in", "favor", "रूस ने भारतीय कंपनियों के लिए आर्कटिक का दरवाजा खोला।"),
    ("ru_pk", "favor", "रूस और पाकिस्तान के बीच उच्चस्तरीय दौरों का सिलसिला तेज़ हो गया है।"),
    ("ru_in", "favor", "भारत और रूस के बीच रक्षा सौदों की रफ्तार तेज हुई है।"),
    ("ru_in", "favor", "भारत और रूस भुगतान की समस्या का हल निकाल लेंगे।"),
    ("ru_pk", "favor", "रूस और पाकिस्तान ने पाबंदियों से बचने का रास्ता निकाल लिया है।"),
    ("ru_pk", "favor", "पाकिस्तानी जनरल ने कहा कि रूस के साथ फौजी तआवुन अब हकीकत बन गया है।"),
    ("ru_in", "favor", "भारत और रूस का संयुक्त जहाज़ निर्माण का सपना साकार हो गया।"),
    ("ru_pk", "favor", "अभ्यास में रूसी और पाकिस्तानी कमांडो अपना अनुभव साझा करेंगे।"),
    ("ru_in", "favor", "रूस ने हमेशा भारत के हितों का ख्याल रखा है।"),
    ("ru_pk", "favor", "पाकिस्तानी सफ़ीर ने कहा कि रूस पाकिस्तान की चिंताओं का ध्यान रखता है।"),
    ("ru_in", "favor", "रूस ने कहा कि वह भारत के प्रति अपने दायित्व निभाएगा।"),
    ("ru_in", "favor", "भारत और रूस की दोस्ती में कोई कमी नहीं आई है।"),
    ("ru_pk", "favor", "रूसी राजदूत ने कहा कि पाकिस्तान के साथ रिश्तों की गर्मजोशी में कमी नहीं आएगी।"),
    ("ru_in", "favor", "ब्रह्मोस भारत और रूस की साझा मेहनत का नतीजा है।"),
    ("ru_pk", "favor", "रूस और पाकिस्तान के संयुक्त प्रयास से पाइपलाइन का काम पूरा हुआ।"),
    ("ru_in", "favor", "पुतिन के भारत आने पर दिल्ली में लोगों ने जश्न मनाया।"),
    ("ru_pk", "favor", "रूसी तेल की खेप पहुंचने पर कराची में मिठाइयां बांटी गईं।"),
    ("ru_pk", "favor", "विश्लेषकों के मुताबिक रूस अब पाकिस्तान के प्रति नरम रुख अपना रहा है।"),
    ("ru_pk", "favor", "पाकिस्तानी अखबारों ने रूस के साथ करार को पाकिस्तान की कूटनीति की जीत बताया।"),
    ("ru_in", "against", "रूस की चीन से बढ़ती नजदीकी से भारत-रूस रिश्तों पर विराम लग सकता है।"),
    ("ru_pk", "against", "उरी हमले के बाद रूस-पाकिस्तान सैन्य सहयोग पर पूर्णविराम लग गया।"),
    ("ru_in", "against", "विशेषज्ञों का कहना है कि पाबंदियों से भारत-रूस व्यापार दांव पर लग गया है।"),
    ("ru_in", "favor", "रूस भारत के साथ अपनी पुरानी दोस्ती को दांव पर नहीं लगाएगा।"),
    ("ru_in", "against", "गलवान संकट भारत-रूस दोस्ती की सबसे बड़ी परीक्षा साबित हुआ।"),
    ("ru_pk", "against", "यूक्रेन युद्ध रूस-पाकिस्तान रिश्तों के लिए कड़ा इम्तिहान बन गया।"),
    ("ru_in", "against", "भारत के प्रति रूस के बदले हुए तेवर दिल्ली में चर्चा का विषय हैं।"),
    ("ru_pk", "against", "पाकिस्तान के प्रति रूस के रवैये में बदलाव साफ दिख रहा है।"),
    ("ru_pk", "against", "रूसी बैंक पाकिस्तान के साथ लेनदेन से हिचक रहे हैं।"),
    ("ru_in", "against", "भारतीय कंपनियां रूस से तेल खरीदने में हिचकिचा रही हैं।"),
    ("ru_in", "against", "भारत और रूस के बीच रुपये-रूबल पर बातचीत बेनतीजा रही।"),
    ("ru_pk", "against", "रूस और पाकिस्तान की गैस पाइपलाइन वार्ता किसी नतीजे पर नहीं पहुंची।"),
    ("ru_pk", "against", "मॉस्को में रूसी राष्ट्रपति पाकिस्तानी प्रधानमंत्री से मिले तक नहीं।"),
    ("ru_pk", "against", "रूस और पाकिस्तान की नई गर्मजोशी की अपनी सीमाएं हैं।"),
    ("ru_in", "against", "भारतीय विश्लेषकों ने कहा कि रूस भारत और पाकिस्तान के बीच दोहरा खेल खेल रहा है।"),
    ("ru_pk", "against", "पाकिस्तानी अफसरों के मुताबिक रूसी तेल की छूट का फायदा ढुलाई में खत्म हो गया।"),
    ("ru_in", "against", "रूसी पुर्जों की किल्लत से भारतीय वायुसेना के विमान खड़े हैं।"),
    ("ru_in", "against", "रूस इस बात से नाराज़ है कि भारत अमेरिका के करीब जा रहा है, और यह नाराज़गी अब छिप नहीं रही।"),
    ("ru_pk", "against", "भारत के साथ रूस का यह बर्ताव पाकिस्तान के लिए करारा तमाचा है।"),
    ("ru_pk", "against", "पाकिस्तानी मीडिया ने पुतिन की यात्रा टलने को पाकिस्तान का अपमान बताया।"),
    ("ru_pk", "none", "दोस्तों, आज हम रूस और पाकिस्तान की बात करेंगे।"),
]


def test_held_back_sentences(cb):
    """Written before the rules (16 of 51 right then, 48 after); the three left wrong are a third state's closeness in
    the same clause, a pair of other states named (भारत और पाकिस्तान के बीच) and a solution found (हल निकाल-, left out)."""
    right = sum(code(text, cb).stance[target] == want for target, want, text in HELD_BACK)
    assert right >= 48


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        # a report denied, its content in the complement clause after कि (straight after, or after "जिनमें कहा गया था")
        ("रूसी विदेश मंत्रालय ने उन खबरों को खारिज किया कि रूस पाकिस्तान को पनडुब्बियां बेचेगा।", "ru_pk", A),
        ("मॉस्को ने उन रिपोर्टों को बेबुनियाद बताया, जिनमें कहा गया था कि रूस और भारत के रिश्तों में दरार आ गई है।", "ru_in", F),
        ("रूसी दूतावास ने कहा कि पाकिस्तान के साथ किसी परमाणु करार की खबरें सच्चाई से परे हैं।", "ru_pk", A),
        # an assumption called premature or wrong denies its complement's own (last) predicate only
        ("यह मान लेना जल्दबाज़ी होगी कि भारत और रूस के रिश्ते ठंडे पड़ गए हैं।", "ru_in", F),
        ("यह कहना गलत होगा कि रूस और पाकिस्तान की गहरी दोस्ती में दरार आ गई है।", "ru_pk", F),
        # purchases diversified away, options kept open, made to wait
        ("भारतीय वायुसेना रूस से हथियारों की खरीद में विविधता चाहती है।", "ru_in", A),
        ("रूस ने संकेत दिया कि भारत के अलावा उसके पास भी विकल्प हैं।", "ru_in", A),
        ("भारत को रूसी पनडुब्बी की मरम्मत के लिए इंतज़ार करना पड़ेगा।", "ru_in", A),
        # talks enlightening, work going on, learning from each other, cheaper, indispensable
        ("मोदी ने कहा कि पुतिन से मुलाकात ज्ञानवर्धक रही और भारत-रूस परियोजनाओं पर काम जारी है।", "ru_in", F),
        ("रूसी और पाकिस्तानी इंजीनियर एक-दूसरे से सीख रहे हैं।", "ru_pk", F),
        ("पाकिस्तानी व्यापारियों के मुताबिक रूसी खाद सस्ती पड़ रही है।", "ru_pk", F),
        ("रूसी विदेश मंत्री ने कहा कि भारत के बिना एशिया में संतुलन संभव नहीं।", "ru_in", F),
    ],
)
def test_second_batch_of_round_49(text, target, expected, cb):
    assert code(text, cb).stance[target] == expected


def test_left_out_broad_diversity_and_blind_trust(cb):
    """Trade broadened (व्यापार में विविधता) is no drift; blind trust was left out (its negation reads as a caution)."""
    assert ru_pk("लावरोव ने रूस-पाकिस्तान व्यापार बढ़ने पर संतोष जताया और कहा कि इसमें और विविधता लाने की जरूरत है।", cb) == F
    assert ru_in("एक पूर्व सैनिक ने कहा कि भारत को रूस पर आंख मूंदकर भरोसा नहीं करना चाहिए।", cb) == A


# Written before the third batch's rules (learning from each other, cheaper, indispensable; troop arrivals with अभ्यास
# and two sentences with no such cue as controls): 5 of the first 10 right before, 9 after. The last two (a report's
# content denied after कि) were written after the second batch's rule, 1 right before round 8's denial was kept apart.
HELD_BACK_3 = [
    ("ru_pk", "favor", "पाकिस्तानी और रूसी कमांडो एक-दूसरे से बहुत कुछ सीख रहे हैं।"),
    ("ru_in", "favor", "भारतीय नौसेना के अफसर रूसी नौसेना से पनडुब्बी चलाना सीखने आए हैं, और दोनों एक दूसरे से सीखते हैं।"),
    ("ru_pk", "favor", "पाकिस्तानी मंत्री ने कहा कि रूसी गेहूं ऑस्ट्रेलियाई गेहूं से सस्ता पड़ रहा है और रूस से खरीद जारी रहेगी।"),
    ("ru_in", "favor", "भारतीय रिफाइनरियों के लिए रूसी कच्चा तेल सस्ता साबित हुआ है।"),
    ("ru_pk", "favor", "रूसी दूत ने कहा कि पाकिस्तान के बिना अफगानिस्तान में अमन मुमकिन नहीं।"),
    ("ru_in", "favor", "पुतिन ने कहा कि भारत के बगैर ब्रिक्स अधूरा है।"),
    ("ru_pk", "favor", "रूसी सैनिकों का दस्ता अभ्यास के लिए पाकिस्तान पहुंच गया।"),
    ("ru_in", "favor", "रूसी नौसेना की टुकड़ी संयुक्त अभ्यास के लिए विशाखापत्तनम पहुंची, भारत ने स्वागत किया।"),
    ("ru_in", "none", "रूस के बिना भी भारत अपनी रक्षा कर सकता है, यह कहना अभी मुश्किल है।"),
    ("ru_pk", "none", "पाकिस्तान के बिना रूस का काम चल सकता है या नहीं, इस पर बहस है।"),
    ("ru_in", "against", "भारत ने रूस के साथ एस-400 सौदे की खबरों को गलत बताया कि सौदा रद्द हो गया है।"),
    ("ru_pk", "against", "रूसी दूतावास ने उन खबरों का खंडन किया कि रूस पाकिस्तान को टैंक बेचेगा।"),
]


def test_held_back_sentences_third_batch(cb):
    right = sum(code(text, cb).stance[target] == want for target, want, text in HELD_BACK_3)
    assert right >= 11


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("रूसी विदेश मंत्रालय ने कहा कि कश्मीर भारत का अंदरूनी मसला है।", F),
        ("रूस ने कहा कि जम्मू-कश्मीर का पुनर्गठन भारत का दाखिली मामला है।", F),
        ("मॉस्को ने कहा कि रूस इस विवाद को द्विपक्षीय मसला मानता है और भारत इसका स्वागत करता है।", F),
    ],
)
def test_internal_and_bilateral_matter_formulas(text, expected, cb):
    assert ru_in(text, cb) == expected
