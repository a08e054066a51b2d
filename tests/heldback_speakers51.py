"""Held-back sentences of speakers round 51, written before the round's rule (not a test module: none of its
sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_speakers51.py -v

Written from the design codebook v1.1/v1.4 (an official → the state they serve; places map to countries) and the
public record: the home's border regions another state claims (Arunachal, Ladakh, Leh, Tawang), which
`stance.places` leaves out, with their members, ministers and officials; foreign speakers who talk about those
regions, who keep their own state; home and Pakistani provinces as controls. Names are invented or public
office titles; none is copied from a corpus, a seed or an invented set. Each case: the article's units (one
here), the expected (voice, speaker side).

Measured by speaker side (the script's count by voice and side may differ where a reported verb is quoted):
18/22 before (lead f1cc5ad), 21/22 after. The miss, unchanged: "विशेषज्ञों के मुताबिक लद्दाख में …", which the
case expected as the home's but the codebook leaves unnamed experts with no state as other (coders split on
them; speakers 50 dropped them).

Second block (the state's border and revenue services named bare: customs, immigration, DRI), written before its
rule: 5/12 before (at 248e8b6), 11/12 after (32/34 in all). The miss, unchanged: "एक ग्राहक ने कहा …", a control the
case expected as other, which the codebook (v1.4: a private voice with no state named → the home) gives the home.
"""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))

CASES = [
    (["अरुणाचल प्रदेश के एक सांसद ने कहा कि रूस को चीन की हरकतों पर बोलना चाहिए।"], ("reported", "india")),
    (["अरुणाचल के मुख्यमंत्री ने कहा कि सीमा पर सड़कें तेज़ी से बन रही हैं।"], ("reported", "india")),
    (["अरुणाचल के एक विधायक ने बताया कि रूसी हेलिकॉप्टर अब भी दूरदराज़ इलाकों में उड़ान भरते हैं।"], ("reported", "india")),
    (["लद्दाख के सांसद ने कहा कि मास्को को भारत की चिंताएं समझनी चाहिए।"], ("reported", "india")),
    (["लद्दाख के उपराज्यपाल ने कहा कि पर्यटन फिर से पटरी पर लौट रहा है।"], ("reported", "india")),
    (["लद्दाख के एक अधिकारी ने बताया कि सर्दियों में रसद पहुंचाना बड़ी चुनौती है।"], ("reported", "india")),
    (["अरुणाचल प्रदेश के राज्यपाल ने कहा कि सीमावर्ती गांवों का विकास प्राथमिकता है।"], ("reported", "india")),
    (["लद्दाख प्रशासन के एक प्रवक्ता ने कहा कि सभी दर्रे खुल गए हैं।"], ("reported", "india")),
    (["अरुणाचल के एक मंत्री का कहना है कि रूस के साथ व्यापार से राज्य को भी फायदा होगा।"], ("reported", "india")),
    (["लद्दाख़ के एक नेता ने कहा कि रूस हमेशा भारत के साथ खड़ा रहा है।"], ("reported", "india")),
    (["अरुणाचल प्रदेश सरकार के एक अधिकारी ने बताया कि बिजली परियोजना पर काम जारी है।"], ("reported", "india")),
    (["लेह के एक अधिकारी ने बताया कि हवाई पट्टी का विस्तार किया जा रहा है।"], ("reported", "india")),
    (["चीन के विदेश मंत्रालय के प्रवक्ता ने कहा कि अरुणाचल पर उनका दावा पुराना है।"], ("reported", "china")),
    (["पाकिस्तान के विदेश दफ्तर के प्रवक्ता ने कहा कि लद्दाख पर भारत का फैसला अवैध है।"], ("reported", "pakistan")),
    (["रूसी राजदूत ने कहा कि अरुणाचल भारत और चीन का आपसी मामला है।"], ("reported", "russia")),
    (["अमेरिकी विदेश विभाग के प्रवक्ता ने कहा कि वाशिंगटन अरुणाचल को भारत का हिस्सा मानता है।"], ("reported", "other")),
    (["विशेषज्ञों के मुताबिक लद्दाख में चीन की गतिविधियां बढ़ी हैं।"], ("reported", "india")),
    (["एक पाकिस्तानी मंत्री ने कहा कि लद्दाख का मसला कश्मीर से जुड़ा है।"], ("reported", "pakistan")),
    (["रक्षा मंत्री राजनाथ सिंह ने लद्दाख में कहा कि सेना हर चुनौती के लिए तैयार है।"], ("reported", "india")),
    (["केरल के एक सांसद ने कहा कि रूस से सस्ता तेल आम आदमी के लिए राहत है।"], ("reported", "india")),
    (["सिंध के एक मंत्री ने कहा कि रूसी गैस से कराची को फायदा होगा।"], ("reported", "pakistan")),
    (["चीनी सेना के एक अधिकारी ने कहा कि लद्दाख में तैनाती जारी रहेगी।"], ("reported", "china")),
]
# second block: the state's border and revenue services named bare (written before its rule)
BLOCK2 = [
    (["कस्टम अधिकारियों ने बताया कि रूस से आया माल बंदरगाह पर रोका गया है।"], ("reported", "india")),
    (["सीमा शुल्क विभाग के एक अधिकारी ने कहा कि रूसी तेल की खेप की जांच हो रही है।"], ("reported", "india")),
    (["कस्टम्स के एक अफसर के मुताबिक रूसी कोयले पर शुल्क तय हो गया है।"], ("reported", "india")),
    (["सीमा शुल्क अधिकारियों का कहना है कि पाकिस्तान जाने वाला माल जब्त किया गया।"], ("reported", "india")),
    (["इमिग्रेशन अधिकारियों ने बताया कि रूसी पर्यटकों की संख्या बढ़ी है।"], ("reported", "india")),
    (["आव्रजन अधिकारियों के अनुसार रूसी नागरिकों को वीजा जल्दी मिल रहा है।"], ("reported", "india")),
    (["डीआरआई के अधिकारियों ने कहा कि तस्करी का सामान रूस से आया था।"], ("reported", "india")),
    (["कस्टम विभाग ने बताया कि रूसी मशीनों की खेप छोड़ दी गई है।"], ("reported", "india")),
    (["रूसी कस्टम अधिकारियों ने कहा कि भारतीय दवाएं सीमा पर अटकी हैं।"], ("reported", "russia")),
    (["पाकिस्तानी कस्टम अधिकारियों ने बताया कि रूसी गेहूं कराची पहुंच गया है।"], ("reported", "pakistan")),
    (["एक ग्राहक ने कहा कि रूसी सामान सस्ता है।"], ("reported", "other")),
    (["कस्टमर केयर के एक अधिकारी ने बताया कि रूस की उड़ानें रद्द हैं।"], ("reported", "other")),
]
CASES = CASES + BLOCK2
ONE_PARA: set[int] = set()


if __name__ == "__main__":
    from tests.heldback import codebook, speakers_right

    print(f"{speakers_right(CASES, ONE_PARA, codebook(), '-v' in sys.argv)}/{len(CASES)} right")
