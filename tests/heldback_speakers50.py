"""Held-back sentences of speakers round 50, written before any rule of the round (not a test module: none of
its sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_speakers50.py -v

Written from the design codebook v1.1/v1.2 (an expert, party, company or institution → its country; none named
→ the home; an official → the state they serve) and Hindi news usage: the home's works and plants by their
names in several registers (tatsam संयंत्र, English loan प्लांट, the ordnance factory's निर्माणी, refineries,
mills, shipyards) with their officers and managements ("संयंत्र के महाप्रबंधक", "प्लांट के एक अधिकारी",
"रिफाइनरी प्रबंधन के मुताबिक"), and the same works named with a foreign state, which keep that state. Names are
invented; none is copied from a corpus, a seed or an invented set. Each case: the article's units (one here),
the expected (voice, speaker side).

Measured (written before the rule; by (voice, side) as this script counts): lead (2675b2a) 9/22, speakers50
18/22. The misses: three refinery cases (refineries were left out after scoring: coders split on a refinery's
officer with no state named, other in U, AC, AW, AZ, BF, the home in BA, BL), and "विदेश मंत्रालय के एक
अधिकारी" in a unit that names only Russia, which the case expected as the home's but the codebook (v1.3: an
unnamed official whose state the unit does not name → other) and the round leave as other.

Second block (a view held with its holder's genitive: मत, आकलन, विश्लेषण, राय, विचार; the thinker विचारक/चिंतक as a
commentator's title), written before its rule: 2/11 before (at 22cf7b1), 9/11 after (27/33 in all). The misses:
"डॉ. सीमा चौहान" (the name सीमा is also the word for border, and the coder does not take the phrase as a
name), and "वरिष्ठ पत्रकार … का विचार है", which the coder gives the media (a journalist is a medium in the
gazetteer) where the case expected the home.

Third block (a place before a field of study: अध्ययन, भाषा, साहित्य, with a centre or department), written before
its rule: 2/7 before (at 7ab6744), 6/7 after (33/40 in all). The miss, a break: "मॉस्को विश्वविद्यालय के भारत
अध्ययन केंद्र के प्रमुख <name>", a foreign university's centre for the home's studies, which the coder gave
Russia by the university before the rule and now gives the home (the role phrase stops at the field's place and
the university before it is no longer read).
"""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))

CASES = [
    (["संयंत्र के एक वरिष्ठ अधिकारी ने बताया कि रूसी विशेषज्ञ अगले महीने आएंगे।"], ("reported", "india")),
    (["इस्पात संयंत्र के अधिकारियों ने कहा कि रूस से कोयला समय पर पहुंच रहा है।"], ("reported", "india")),
    (["संयंत्र के मुख्य महाप्रबंधक ने कहा कि रूसी तकनीक अब भी भरोसेमंद है।"], ("reported", "india")),
    (["प्लांट के एक अधिकारी ने बताया कि रूसी मशीनों के पुर्जे मिलने में देरी हो रही है।"], ("reported", "india")),
    (["स्टील प्लांट के अधिकारियों का कहना है कि रूस से आयात बढ़ेगा।"], ("reported", "india")),
    (['प्लांट के एक इंजीनियर ने कहा, "मॉस्को की टीम ने काम की तारीफ की।"'], ("quoted", "india")),
    (["आयुध निर्माणी के एक अधिकारी ने बताया कि रूसी सहयोग से नया टैंक इंजन बनेगा।"], ("reported", "india")),
    (["निर्माणी के एक अधिकारी ने कहा कि रूस से पुर्जों की आपूर्ति धीमी है।"], ("reported", "india")),
    (["रिफाइनरी के एक अधिकारी ने बताया कि रूसी कच्चा तेल सस्ता पड़ रहा है।"], ("reported", "india")),
    (["रिफाइनरी के अधिकारियों के मुताबिक रूस से आने वाले तेल की खेप बढ़ी है।"], ("reported", "india")),
    (["रिफाइनरी प्रबंधन के अनुसार रूसी तेल से उत्पादन लागत घटी है।"], ("reported", "india")),
    (["संयंत्र प्रबंधन के मुताबिक रूसी कोयले की दूसरी खेप अगले सप्ताह आएगी।"], ("reported", "india")),
    (["प्लांट प्रबंधन ने बताया कि रूसी दल ने भट्टियों का निरीक्षण किया।"], ("reported", "india")),
    (["कंपनी प्रबंधन का कहना है कि रूस को निर्यात फिर शुरू होगा।"], ("reported", "india")),
    (["शिपयार्ड के एक अधिकारी ने बताया कि रूसी युद्धपोत की मरम्मत यहीं होगी।"], ("reported", "india")),
    (["मिल प्रबंधन ने कहा कि रूस से आए ऑर्डर से मजदूरों को काम मिलेगा।"], ("reported", "india")),
    (["कारखाने के एक अधिकारी ने बताया कि रूसी खरीदार फिर लौट आए हैं।"], ("reported", "india")),
    # the same works named with a foreign state keep that state
    (["कराची के एक संयंत्र के अधिकारी ने बताया कि रूसी मदद से मिल फिर चलेगी।"], ("reported", "pakistan")),
    (["रूसी संयंत्र के एक अधिकारी ने कहा कि भारत को आपूर्ति जारी रहेगी।"], ("reported", "russia")),
    (["पाकिस्तान की एक रिफाइनरी के अधिकारी ने बताया कि रूसी तेल भारी है।"], ("reported", "pakistan")),
    (["रूस के एक प्लांट के निदेशक ने कहा कि पाकिस्तान को पाइप भेजे जाएंगे।"], ("reported", "russia")),
    # unchanged: a ministry's officer with no state named stays as the codebook says
    (["विदेश मंत्रालय के एक अधिकारी ने कहा कि रूस से बातचीत जारी है।"], ("reported", "india")),
]
# second block: a view held, named with its holder's genitive (मत, आकलन, विश्लेषण, राय, विचार), and the
# thinker as a commentator's title (written before its rule)
BLOCK2 = [
    (["डॉ. कविता मेहरोत्रा का आकलन है कि रूस पाकिस्तान को बड़े हथियार नहीं देगा।"], ("reported", "india")),
    (["प्रो. अजय तिवारी का विश्लेषण है कि मॉस्को दोनों देशों से रिश्ते संतुलित रखेगा।"], ("reported", "india")),
    (["डॉ. सीमा चौहान का मत है कि रूस-पाक व्यापार अभी बहुत छोटा है।"], ("reported", "india")),
    (["राकेश वर्मा की राय है कि रूस भारत का भरोसेमंद साथी बना रहेगा।"], ("reported", "india")),
    (["वरिष्ठ पत्रकार दिनेश जोशी का विचार है कि मॉस्को इस्लामाबाद से दूरी बनाए रखेगा।"], ("reported", "india")),
    (["सामरिक विचारक मनोज पाठक के अनुसार रूस अब चीन पर ज्यादा निर्भर है।"], ("reported", "india")),
    (["रक्षा चिंतक अरविंद सहाय का कहना है कि रूस-पाक अभ्यास प्रतीकात्मक है।"], ("reported", "india")),
    (["विचारकों का आकलन है कि रूस दक्षिण एशिया में विकल्प खुले रखना चाहता है।"], ("reported", "other")),
    (["रूसी विशेषज्ञ इगोर पेत्रोव का आकलन है कि भारत से रिश्ते मजबूत रहेंगे।"], ("reported", "russia")),
    (["पाकिस्तानी विश्लेषक फ़ैसल अहमद का मत है कि रूस से तेल सस्ता नहीं पड़ेगा।"], ("reported", "pakistan")),
    (["उनका आकलन है कि रूस भारत को नाराज़ नहीं करेगा।"], ("reported", "unknown")),
]
# third block: a place before a field of study (अध्ययन, भाषा, साहित्य, with its centre or department) qualifies
# the field, not the speaker's state (written before its rule)
BLOCK3 = [
    (["रूसी अध्ययन केंद्र के प्रोफेसर विकास मिश्र ने कहा कि मॉस्को संतुलन साध रहा है।"], ("reported", "india")),
    (["पाकिस्तान अध्ययन केंद्र की निदेशक डॉ. नीलम गुप्ता का मानना है कि रूस से तेल सौदा टिकेगा नहीं।"], ("reported", "india")),
    (["रूसी भाषा विभाग के अध्यक्ष प्रो. आलोक सिंह ने बताया कि इस साल छात्र बढ़े हैं।"], ("reported", "india")),
    (["रूसी भाषा के शिक्षक महेश यादव ने कहा कि रूस में पढ़ाई सस्ती है।"], ("reported", "india")),
    (["रूसी साहित्य के विद्वान प्रो. हरीश चंद्र ने कहा कि दोनों देशों के रिश्ते पुराने हैं।"], ("reported", "india")),
    (
        ["मॉस्को विश्वविद्यालय के भारत अध्ययन केंद्र के प्रमुख इवान सोकोलोव ने कहा कि पाकिस्तान से रिश्ते सीमित हैं।"],
        ("reported", "russia"),
    ),
    (["रूसी विज्ञान अकादमी के प्रोफेसर ने कहा कि भारत से सहयोग बढ़ेगा।"], ("reported", "russia")),
]
CASES = CASES + BLOCK2 + BLOCK3
ONE_PARA: set[int] = set()


if __name__ == "__main__":
    from tests.heldback import codebook, speakers_right

    print(f"{speakers_right(CASES, ONE_PARA, codebook(), '-v' in sys.argv)}/{len(CASES)} right")
