"""Step 4 of coding: whose voice a unit is in — the outlet's, a quotation, or reported speech.

Quotation marks make a unit quoted, and an unclosed quotation stays open into the next
units of the paragraph (the caller carries that state). Direct speech after a speech
verb and a comma ("उन्होंने कहा, हम तैयार हैं") is quoted too. A speech verb, an
attribution with a source, a welcome of a statement, or a trailing ": <actor>" makes a
unit reported; anything else is the outlet's own narration.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.attribution import (
    Mention,
    addressed_act,
    addressed_agent,
    closing_attribution,
    sourced_attributions,
    speaker_tag,
)
from analysis.codebook import Codebook, Hit, listed_pattern
from analysis.cues import Cue, Region, UnitText, inside, last_word_before, words_after
from analysis.vocab import WORD_CLASS, WORD_RE, is_word_char

QUOTE = '"'  # the matching form folds every quotation mark to this one (analysis.normalize)
# v1.4: a straight single quote is a quotation mark too ("'ऐतिहासिक' बताया"); the matching form
# keeps it, and an apostrophe inside a Latin word ("don't") is left out below. Writers put
# titles and terms in single quotes: alone they are a term's marks (`terms_only`)
QUOTE_RE = re.compile("[\"']")
# v1.4: a speech verb with a negation next to it reports no words ("कोई कारण नहीं बताया",
# "घोषणा नहीं की"): the outlet narrates what was not said
_NEGATION = frozenset({"नहीं", "न", "ना"})
# first-person words (Hindi grammar): what makes speech after a headline's "बोले-" direct
_FIRST_PERSON = frozenset({"मैं", "मैंने", "मुझे", "मेरा", "मेरे", "मेरी", "हम", "हमने", "हमें", "हमारा", "हमारे", "हमारी"})
_FIRST_SUBJECT = frozenset({"मैं", "मैंने", "हम", "हमने"})  # speakers round 18: the subject forms
# speakers round 13: the imperative of a command to the reader (`own_words`): the respectful "-इए/-िए"
# (not the participles and postposition that end so) and the plural "-एं/-ें" next to a prohibitive
_RESPECTFUL = ("िए", "िये", "इए", "इये")
_PARTICIPLES = frozenset("लिए लिये दिए दिये किए किये पिए पिये जिए जिये सिए".split())
_PLURAL_IMPERATIVE = ("ें", "एं")
# ... but not the outlet's own call to its reader ("… – जानिए पूरा मामला", "पढ़िए रिपोर्ट"; round 7's
# "जानिए रूस ने क्या कहा"): a teaser, not the speaker's command; matching forms (no nukta)
_TEASERS = frozenset("जानिए जानिये जानें पढिए पढिये पढें देखिए देखिये देखें समझिए समझिये समझें सुनिए सुनिये सुनें".split())
# ... and the closed-class words that end so: the postposition, the copula, the object pronouns
_NOT_IMPERATIVE = frozenset("में हैं हमें तुम्हें उन्हें इन्हें जिन्हें किन्हें आपें".split())
# round 7: the habitual passive of कहना names a thing ("इसे … कहा जाता है": it is called so);
# without a complementiser after it nobody's words follow
_CALLED = frozenset({"कहा", "कही", "कहे"})
# round 7: a view held in circles ("राजनयिक हलकों में इसे … माना जा रहा है") is reported only with
# a verb of holding a view or saying in the passive after it; "हलकों में नाराजगी दिखी" is narration
_IN_CIRCLES = frozenset({"हलकों में", "हल्कों में"})
_VIEW_PASSIVE = re.compile(r"(?:माना|माने|मानी|कहा|कहे|देखा|देखे|देखी) (?:जा|जाता|जाती|जाते)(?!\w)|चर्चा")
_HABITUAL = frozenset({"जाता", "जाती", "जाते"})
# speakers round 9: the light verb and auxiliaries that can stand between a speech verb and the
# comma of direct speech ("ट्वीट किया, …", "रिपोर्ट में कहा गया है, …")
# ... and the words that open the outlet's next clause after such a comma, not someone's words
# ("… की जानकारी दी है, जिससे संख्या … पहुंच गई": a relative clause, no direct speech)
_CLAUSE_OPENERS = frozenset(
    "जिससे जिसके जिसकी जिसका जिसमें जिसे जिसने जो जिन्होंने जिनके जिनकी जिनमें जिन्हें जब जबकि जहां "
    "लेकिन परंतु किंतु मगर बल्कि और तथा एवं क्योंकि हालांकि ताकि इसलिए वहीं".split()
)
# speakers round 10: an order narrated in the agentless passive ("… रहने को कहा गया", "… के निर्देश दिए गए
# हैं"): the infinitive before the verb and the passive after it; "कहा गया कि …" still reports words
_ORDER_BEFORE = re.compile(r"ने(?:\s+(?:को|के लिए|का|की|के))?\s*$")
_PASSIVE = frozenset("गया गई गयी गए गये जाता जाती जाते जा".split())
_PASSIVE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_PASSIVE)) + r")(?!" + WORD_CLASS + ")")
_AGENT_MARKERS = frozenset({"ने", "द्वारा"})
# the verbs and nouns of telling, ordering, advising and urging (the first word of the speech verb's pattern)
_ORDER_VERBS = frozenset("कहा कहे कही निर्देश आदेश हिदायत सलाह आग्रह अनुरोध अपील ताकीद".split())
# speakers round 10: a programme, publication or place named in marks as where words were said
_VENUE_NOUNS = frozenset("कार्यक्रम शो इंटरव्यू साक्षात्कार अखबार चैनल पत्रिका लेख पुस्तक किताब ब्लॉग पॉडकास्ट".split())
# (speakers round 11) speech nouns, and the postpositions after which one is the topic of the clause,
# not an act of it ("चार मई की घोषणा पर टिकी निगाहें", "मंत्री की घोषणा के बाद बाजार चढ़ा")
_SPEECH_NOUNS = frozenset(
    "घोषणा ऐलान एलान बयान चेतावनी दावा दावे आरोप अपील वादा धमकी आश्वासन नसीहत पलटवार तंज बधाई पेशकश".split()
)
_CALLING = frozenset({"बताते", "कहते", "मानते"})  # "X को Y बताते हुए": calling, the converb of a manner
_TOPIC_AFTER = (["पर"], ["को"], ["से"], ["ने"], ["के", "बाद"], ["के", "तहत"], ["के", "लिए"], ["के", "पहले"])
# (speakers round 15) "according to" closes a source phrase, not a speech verb: a comma after it
# ("बयान के अनुसार, …") ends the adverbial, the words after it are the outlet's paraphrase
_ACCORDING = frozenset({"अनुसार", "मुताबिक"})
# (speakers round 15) a speech act in the future passive: up to three words (a time, "बाद में"), the
# light verb, then "जाएगा/जायेगी …"
_FUTURE_PASSIVE = re.compile(
    r"(?:\s+[^\s,;:।]+){0,3}?(?:\s+(?:दी|दिया|दिए|दिये|की|किया|किए|किये|कर|करा))*\s+(?:जाएगा|जाएगी|जाएंगे|जाएंगी|जायेगा|जायेगी|जायेंगे|जायेंगी)(?!"
    + WORD_CLASS
    + ")"
)
# (speakers round 15) a passive participle before a demonstrative qualifies the noun after it
# (speakers round 18) ... or a quantifier ("बताए गए सभी उपाय"), also with the verb itself in the participle
_PARTICIPLE_BEFORE_NOUN = re.compile(
    r"(?:\s+(?:किया|किए|किये|की))?\s+(?:गया|गई|गयी|गए|गये)\s+(?:यह|ये|वह|वो|इस|उस|इन|उन|सभी|सारे|सारी|तमाम)(?!"
    + WORD_CLASS
    + ")"
)
_INFORMING = frozenset({"जानकारी", "सूचना"})
# (speakers round 18) nouns of appeal and advocacy, and the present progressive after them ("… कर रही है")
# speakers round 20: subjects and agents that speak for no one (`not_a_speaker`)
_IMAGE_NOUNS = frozenset("तस्वीरें तस्वीर तस्वीरों फोटो फोटोज फ़ोटो तस्वीरे वीडियो वीडियोज नजारे नजारा दृश्य".split())
_EVENT_NOUNS = frozenset("घटना घटनाओं हादसे हादसा हादसों वारदात वारदातों".split())
_QUESTION_NOUNS = frozenset({"सवाल", "सवालों", "प्रश्न"})
_WITHOUT = frozenset({"बिना", "बगैर", "बग़ैर"})  # speakers round 20: "without" before or after a participle
# speakers round 20: speech nouns whose light verb may stand apart from them (`split_speech`)
_SPLIT_NOUNS = "आग्रह|अनुरोध|आह्वान|अपील|ऐलान|एलान|संदेश|निर्देश|आदेश|सलाह|चेतावनी|वादा|जिक्र|उल्लेख"
_LIGHT = r"(?:किया|की|किए|किये|दिया|दी|दिए|दिये)"
_GAP_WORD = r"[^\s।,:;!?'\"‘’“”-]+\s+"
_SPLIT_HEAD = re.compile(
    r"(?<!\S)ने\s+"
    + _LIGHT
    + r"\s+(?:"
    + _GAP_WORD
    + r"){1,10}?(?:का|की|के)\s+(?:"
    + _SPLIT_NOUNS
    + r")(?=\s*(?:$|[,।:;!?]))"
)
_SPLIT_BODY = re.compile(
    r"(?<!\S)ने\s+(?:"
    + _GAP_WORD
    + r"){1,12}?(?:का|की|के)\s+(?:"
    + _SPLIT_NOUNS
    + r")\s+(?:"
    + _GAP_WORD
    + r"){1,3}?को\s+"
    + _LIGHT
    + r"(?!\S)"
)
_POSTURE_NOUNS = frozenset("अपील आग्रह वकालत आह्वान गुहार".split())
_PROGRESSIVE = re.compile(r"(?:\s+कर)?\s+(?:रहा|रही|रहे)\s+(?:है|हैं)(?!" + WORD_CLASS + ")")
# speakers round 24: acts of confirming, announcing, warning, ordering and urging told in the agentless
# perfect passive with nothing said after them (`act_in_passive`): the light verb, then the passive.
# A confirmation is one of them by the lead's decision (round 24b; round 12's question 3)
_PASSIVE_ACTS = frozenset("पुष्टि घोषणा ऐलान एलान चेतावनी हिदायत निर्देश आदेश अपील आग्रह अनुरोध सलाह".split())
_GENITIVE = frozenset({"का", "की", "के"})
_PERFECT_PASSIVE = re.compile(
    r"(?:\s+(?:की|किया|किए|किये|दी|दिया|दिए|दिये|हो))?\s+(?:गया|गई|गयी|गए|गये|जा|चुका|चुकी|चुके)(?!" + WORD_CLASS + ")"
)
_SOURCE_WORDS = frozenset({"ने", "द्वारा", "अनुसार", "मुताबिक", "हवाले", "ओर", "तरफ", "जानिब"})
# ... and the document the act is written in ("इसमें … की अपील की गई है", "याचिका में …"): its words
_IN_IT = frozenset("इसमें उसमें जिसमें इनमें उनमें जिनमें".split())
_DOCUMENTS = frozenset(
    "पत्र चिट्ठी याचिका आदेश अधिसूचना एडवाइजरी परामर्श बयान रिपोर्ट विज्ञप्ति सर्कुलर परिपत्र "
    "दिशानिर्देश दिशा-निर्देश गाइडलाइन गाइडलाइंस नोटिस ट्वीट संदेश प्रस्ताव".split()
)
_VERB_TAIL = re.compile(r"(?:\s+(?:किया|किए|किये|की|गया|गई|गयी|गए|है|हैं|था|थे|थी|थीं))+")


@dataclass(frozen=True)
class Quotation:
    """The quoted stretches of a unit and whether a quotation is still open at its end."""

    marks: tuple[int, ...]
    regions: tuple[Region, ...]
    open_after: bool
    notes: tuple[str, ...]


@dataclass(frozen=True)
class VoiceCoding:
    """A unit's voice, the rule that decided it, its evidence and the quoted stretches."""

    voice: str
    rule: str
    cues: tuple[Cue, ...]
    regions: tuple[Region, ...]  # quoted words, direct speech included: never the speaker's marker
    open_after: bool


def quote_marks(text: str) -> list[int]:
    """Positions of quotation marks, leaving out apostrophes inside Latin words.

    >>> quote_marks('He said "don"t" here')
    [8, 14]
    """
    out = []
    for i in (m.start() for m in QUOTE_RE.finditer(text)):  # the marks only: no walk over every character
        if (
            0 < i < len(text) - 1
            and text[i - 1].isascii()
            and text[i - 1].isalpha()
            and text[i + 1].isascii()
            and text[i + 1].isalpha()
        ):
            continue
        out.append(i)
    return out


def quotation(text: str, open_at_start: bool) -> Quotation:
    """Quoted spans of a unit and whether a quote is still open at its end.

    A mark closes an open quote; otherwise it opens one, except a mark with only
    punctuation after it, which cannot open anything: it closes a quote whose opening
    mark was lost (the unit is still quoted).

    >>> q = quotation('a "b" c "d', open_at_start=False)
    >>> q.regions, q.open_after
    (((3, 4), (9, 10)), True)
    """
    marks = quote_marks(text)
    regions: list[Region] = []
    notes: list[str] = []
    is_open, start = open_at_start, 0
    if open_at_start:
        notes.append("continues a quotation opened in an earlier unit")
    for m in marks:
        if is_open:
            regions.append((start, m))
            is_open = False
        elif not any(is_word_char(c) for c in text[m + 1 :]):
            notes.append("closing quotation mark without an opening one")
        else:
            is_open, start = True, m + 1
    if is_open:
        regions.append((start, len(text)))
    return Quotation(tuple(marks), tuple(regions), is_open, tuple(notes))


def lost_opening(text: str, quote: Quotation) -> list[Region]:
    """The quoted words before a closing mark whose opening mark was lost (round 7).

    "रूस ने इस घड़ी में साथ दिया है।\"" ends a quotation an earlier paragraph opened: an
    agent among those words is what the quoted speaker said, not who speaks.

    >>> t = 'रूस ने साथ दिया है।"'
    >>> lost_opening(t, quotation(t, open_at_start=False))
    [(0, 19)]
    """
    if "closing quotation mark without an opening one" not in quote.notes or quote.open_after:
        return []
    first = quote.marks[0] if quote.marks else len(text)
    return [(0, first)] if not quote.regions and any(is_word_char(c) for c in text[:first]) else []


def quote_continues(quote_open: bool, para_key: tuple, previous_para_key: tuple, resets_at: str) -> bool:
    """Whether a quotation left open by the previous unit still runs in this one.

    >>> quote_continues(True, ("body", 2), ("body", 2), "paragraph")
    True
    >>> quote_continues(True, ("body", 3), ("body", 2), "paragraph"), quote_continues(True, (), (), "unit")
    (False, False)
    """
    return quote_open and (resets_at == "article" or (resets_at == "paragraph" and para_key == previous_para_key))


def direct_speech(
    unit: UnitText, speech: Sequence[Hit], punctuation: frozenset[str], headline: bool = False
) -> tuple[Hit, str, Region] | None:
    """A speech verb followed by direct-speech punctuation: the verb, the mark, the speech.

    v1.4: in a headline only first-person speech ("पुतिन बोले- हम साथ हैं"). The codebook's
    direct speech is quotation marks or first-person speech after a speech verb; "पुतिन
    बोले- रिश्ते खास", "रूस का बड़ा बयान, …" are the headline's shorthand for reported
    speech (speech acts are `reported`, in headlines too). Round 9: the verb's light verb and
    auxiliaries may stand before the mark ("मंत्री ने ट्वीट किया, …", "रिपोर्ट में कहा गया है, …"),
    and a relative pronoun or conjunction after the mark opens the outlet's next clause, not speech.
    """
    text = unit.text
    for h in speech:
        tail = _VERB_TAIL.match(text, h.end)  # round 9: "ट्वीट किया, …", "कहा गया है, …"
        if tail and "कि" in WORD_RE.findall(text, 0, h.start):
            tail = None  # a speech act inside reported content ("कहा कि जो वादा किया था, वह …") opens no speech
        end = tail.end() if tail else h.end
        nxt = text[end:].lstrip(" ")
        if according(text, h, end):
            continue
        if first_person_next(nxt) and not headline and "कि" not in WORD_RE.findall(text, h.start, end):
            region = (end + (len(text[end:]) - len(nxt)), len(text))  # speakers round 18: "ने कहा हम …"
            return h, " <first person>", region
        if nxt and nxt[0] in punctuation and not _CLAUSE_OPENERS.intersection(WORD_RE.findall(nxt[1:30])[:1]):
            region = (end + (len(text[end:]) - len(nxt)) + 1, len(text))
            if region[0] - 1 == closing_attribution(unit):
                continue  # speakers round 16: "…, <source> ने बताया" names the source, it is no speech
            if headline and not own_words(WORD_RE.findall(text, *region)):
                continue
            if reports_again(text, speech, region):
                continue
            return h, nxt[0], region
    return None


def reports_again(text: str, speech: Sequence[Hit], region: Region) -> bool:
    """The words after "<source> ने बताया," are themselves indirect speech (speakers round 18).

    "<channel> ने बताया, <office> ने कहा कि …": what follows the comma has its own speech verb
    and कि, so it is the first source's indirect report of the second's words (v1.1: nested
    attribution is reported, its speaker the outer source), not direct speech; first-person
    words there keep it direct.
    """
    inner = [h for h in speech if region[0] <= h.start < region[1]]
    if not inner or _FIRST_PERSON.intersection(WORD_RE.findall(text, *region)):
        return False
    return any("कि" in WORD_RE.findall(text, h.end, h.end + 16) for h in inner)


def first_person_next(after: str) -> bool:
    """The speaker's own first person right after a speech verb, with no comma (speakers round 18).

    "मंत्री ने कहा हम … नजर रख रहे हैं": news copy often drops the comma of direct speech; a
    first-person subject right after the verb can only be the speaker's words (v1.1 direct
    speech is first-person speech introduced by a speech verb), where indirect speech opens
    with कि and the third person. Only the subject forms (मैं, हम, मैंने, हमने), not an
    object ("… बताया हमें" is rare, "कहा मुझे" too ambiguous).
    """
    first = WORD_RE.match(after)
    return first is not None and first.group() in _FIRST_SUBJECT


def according(text: str, h: Hit, end: int) -> bool:
    """ "<source> के अनुसार, …" is an adverbial of source, not a speech verb before its words (speakers round 15).

    v1.1: direct speech is quotation marks or the speaker's own first person after a speech
    verb; "according to" takes no words after a comma, it qualifies the clause that follows
    (the outlet's paraphrase: `reported`). First-person words after it stay the speaker's.

    >>> from analysis.codebook import Hit
    >>> t = "विज्ञप्ति के अनुसार, सभी दफ्तर बंद रहेंगे"
    >>> according(t, Hit("speech_verb", "विज्ञप्ति के अनुसार", "", 0, t.index(",")), t.index(","))
    True
    """
    last = WORD_RE.findall(text, h.start, h.end)[-1:]
    return bool(last) and last[0] in _ACCORDING and not _FIRST_PERSON.intersection(WORD_RE.findall(text, end))


def future_passive(text: str, h: Hit) -> bool:
    """A speech act in the agentless future passive has not happened: nobody speaks (speakers round 15).

    "… के समय इसकी घोषणा की जाएगी", "जानकारी बाद में दी जाएगी" tell that something will be
    announced, not what anyone said (v1.1: a unit is reported when it attributes words or a
    speech act to a source). With an agent (ने, द्वारा) or with the words after कि ("बताया
    जाएगा कि …" in a notice) the act is attributed.

    >>> from analysis.codebook import Hit
    >>> t = "नई तारीख की घोषणा की जाएगी"
    >>> future_passive(t, Hit("speech_verb", "घोषणा की", "घोषणा की", t.index("घोषणा"), t.index(" जाएगी")))
    True
    """
    if not _FUTURE_PASSIVE.match(text, h.end):
        return False
    if _AGENT_MARKERS.intersection(WORD_RE.findall(text, 0, h.start)):
        return False
    return "कि" not in WORD_RE.findall(text, h.end)


def qualifies_a_noun(text: str, h: Hit) -> bool:
    """A speech verb in a passive participle before a demonstrative describes a thing (speakers round 15).

    "<body> द्वारा ट्वीट किया गया यह वीडियो …", "… द्वारा जारी की गई वह सूची …": a Hindi
    finite verb closes its clause, so a participle followed by "यह/वह …" and a noun qualifies
    that noun, and the unit's own verb decides its voice (v1.1: the main clause decides), as
    round 7's "-ने वाला" participle does.

    >>> from analysis.codebook import Hit
    >>> t = "संस्था द्वारा ट्वीट किया गया यह वीडियो खूब देखा गया"
    >>> qualifies_a_noun(t, Hit("speech_verb", "ट्वीट", "ट्वीट*", t.index("ट्वीट"), t.index(" किया")))
    True
    """
    return _PARTICIPLE_BEFORE_NOUN.match(text, h.end) is not None


def accepted(text: str, h: Hit) -> bool:
    """स्वीकार with a को object is accepting (an appeal, an offer), not admitting (speakers round 15).

    "… की अपील को स्वीकार करते हुए लोग घरों में रहे": the object in को is what was accepted;
    admitting takes its words in a कि clause ("उन्होंने स्वीकार किया कि …", "इस बात को
    स्वीकार किया कि …"), which keeps the speech act.
    """
    words = WORD_RE.findall(text, h.start, h.end)
    if words[:1] not in (["स्वीकार"], ["कबूल"]):
        return False
    return last_word_before(text, h.start) == ["को"] and "कि" not in WORD_RE.findall(text, h.end)


def informs_only(text: str, h: Hit) -> bool:
    """Informing a recipient with nothing told is an act narrated (speakers round 15).

    "पार्षद ने पुलिस को जानकारी दी" says that someone was told, not what (v1.1: a unit is
    reported when words or their content are attributed); with a कि clause, a demonstrative
    ("यह जानकारी") or a topic in the genitive ("मामले की जानकारी दी") the content is named.
    """
    words = WORD_RE.findall(text, h.start, h.end)
    if not words or words[0] not in _INFORMING:
        return False
    return last_word_before(text, h.start) == ["को"] and "कि" not in WORD_RE.findall(text, h.end)


def own_words(words: Sequence[str]) -> bool:
    """Words that can only be the speaker's own: the first person, or a command to the reader.

    v1.4: a headline's "X बोले- …" is direct speech when its words are in the first person.
    Speakers round 13: a command addressed to the reader ("… कहा- घबराएं नहीं", "… कहा- घर से न
    निकलें", "… बोले- सावधानी रखिए") has a speaker too, the one who addresses; an outlet's
    paraphrase names no addressee. The imperative is read from its forms: the respectful "-इए/-िए"
    (not the participles लिए, दिए, किए), and "-एं/-ें" with the prohibitive न/मत before it or नहीं
    after it (a plural noun "सेवाएं" alone stays a paraphrase).

    >>> own_words("घबराएं नहीं बस सावधानी बरतें".split())
    True
    >>> own_words("उड़ानें रद्द होंगी".split())
    False
    >>> own_words("सीमा में नहीं होगा अभ्यास".split())
    False
    >>> own_words("जानिए पूरा मामला".split())
    False
    """
    if _FIRST_PERSON.intersection(words):
        return True
    for i, w in enumerate(words):
        if w in _TEASERS:
            continue
        if w.endswith(_RESPECTFUL) and w not in _PARTICIPLES:
            return True
        if (
            w.endswith(_PLURAL_IMPERATIVE)
            and w not in _NOT_IMPERATIVE
            and (words[i - 1 : i] in (["न"], ["मत"], ["नहीं"]) or words[i + 1 : i + 2] in (["नहीं"], ["ना"]))
        ):
            return True
    return False


def welcome_pair(unit: UnitText, regions: Sequence[Region], window: int) -> tuple[Hit, Hit] | None:
    """A welcome verb next to a statement or development: "पहल का स्वागत", not a visitor's welcome."""
    idx = unit.index
    for v in unit.of("welcome_verb"):
        if inside(v.start, regions):
            continue
        for o in unit.of("welcome_object"):
            if (
                o.end <= v.start
                and idx.tokens_between(o.end, v.start) <= window
                and not idx.clause_break_between(o.end, v.start)
            ):
                return v, o
            if (
                o.start >= v.end
                and idx.tokens_between(v.end, o.start) <= window
                and not idx.clause_break_between(v.end, o.start)
            ):
                return v, o
    return None


def terms_only(unit: UnitText, quote: Quotation, open_before: bool, max_tokens: int) -> bool:
    """Every quoted stretch is a closed name or term of at most `max_tokens` words (v1.1).

    "‘ऑपरेशन सिंदूर’ के बाद …" quotes a name, not anyone's words: in the outlet's own
    narration such marks do not make the unit quoted. A quotation that runs on from an
    earlier unit or past the end of this one is speech, whatever its length.

    >>> from analysis.codebook import load_codebook
    """
    if open_before or quote.open_after or not quote.regions or max_tokens <= 0:
        return False
    if all(unit.text[m] == "'" for m in quote.marks):
        # v1.4: single straight quotes mark titles and terms ('ऑर्डर ऑफ …'), whatever their length,
        # unless the stretch is a closing clause of its own (speakers round 21)
        return not any(closing_clause(unit, s, e, max_tokens) for s, e in quote.regions)
    return all(unit.index.tokens_between(s, e) <= max_tokens for s, e in quote.regions)


def closing_clause(unit: UnitText, start: int, end: int, max_tokens: int) -> bool:
    """A stretch in marks that is the unit's last clause by itself: words, not a title (speakers round 21).

    A headline's "…, 'विदेश से लौटे लोगों की जांच जरूरी'" sets a whole clause off after a comma,
    colon or dash and ends the unit with it: a title or term stands inside a clause, with a
    postposition or a noun after it ("'ऑर्डर ऑफ …' से सम्मानित"). Longer than a term only.
    """
    if unit.text[end + 1 :].strip(" ।.!?|") or unit.index.tokens_between(start, end) <= max_tokens:
        return False
    return unit.text[: start - 1].rstrip(" ")[-1:] in ("", ",", ":", "-", "–")  # before the opening mark


_THEN = re.compile(r",\s*तो(?!" + WORD_CLASS + ")")


def terms_in_main_clause(unit: UnitText, quote: Quotation, speech: Sequence[Hit]) -> bool:
    """Every quoted term stands in the main clause after "जब …, तो", past every speech verb (speakers round 21).

    "जब <someone> ने … बताना शुरू किया, तो ऐसा लगा जैसे … ‘<term>’ …": the speech act is the
    subordinate clause's, the correlative तो opens the outlet's own clause, and a term in marks
    there is the outlet's narration (v1.1: marks around a term make a unit quoted only inside
    reported speech), so the unit reports the act without quoting anyone.
    """
    if not speech:
        return False
    end = max(h.end for h in speech)
    then = _THEN.search(unit.text, end)
    if then is None or "जब" not in WORD_RE.findall(unit.text, 0, min(h.start for h in speech)):
        return False
    if "कि" in WORD_RE.findall(unit.text, end, then.start()):
        return False  # "ने कहा कि अगर …, तो …": the तो is inside what was said
    return all(s > then.end() for s, _ in quote.regions)


def names_the_source(unit: UnitText, quote: Quotation) -> bool:
    """Every quoted term is the name of who speaks, right before its source marker (round 7).

    "'द डेली मेल' ने … कहा कि …": the marks set off a paper's title, the agent of the
    speech verb; they are not inside what was reported (v1.1: marks around names make a
    unit quoted only inside reported speech).
    """
    markers = {h.start for h in unit.of("source_before")}
    return all(
        any(m >= e and agent_phrase(unit.text, e + 1, m) for m in markers) and unit.text[e] in "\"'’”"
        for _, e in quote.regions
    )


# (speakers round 26) the words that may stand between a name in marks and the agent's source marker
_PHRASE_MAX = 12
# (speakers round 26) words that end a possessive chain: a clause's कि, the case postpositions and the
# nouns of compound postpositions ("के लिए", "के बाद", "के दौरान": an adverbial, not whose the agent is)
_NOT_IN_CHAIN = frozenset(
    "कि को से में पर तक द्वारा लिए लिये बाद पहले दौरान बारे साथ तहत खिलाफ अलावा जरिए जरिये बीच तरफ ओर चलते मद्देनजर".split()
)


def agent_phrase(text: str, start: int, marker: int) -> bool:
    """The words from a closing mark to the source marker belong to the agent's phrase (speakers round 26).

    Round 7 read marks right before the marker ("'<paper>' ने …"). Hindi names a speaker by a
    genitive chain whose head may be a name in marks: "'<hospital>' के <department> के <title>
    <name> ने कहा कि …", "'<body>' की <title> ने …": the marks set off the employer's name inside
    the outlet's words that say who speaks (v1.1: marks around a name in the outlet's narration do
    not make a unit quoted), not inside what is reported. Only a chain that opens with a genitive
    after the mark, has no clause boundary (comma, कि, a full stop) and at most `_PHRASE_MAX` words;
    a curly closing mark as well as a straight one ("‘<body>’ ने भी …").
    """
    gap = text[start:marker]
    if not gap.strip():
        return True
    words = WORD_RE.findall(gap)
    return (
        words[:1] in (["के"], ["की"], ["का"])
        and len(words) <= _PHRASE_MAX
        and not _NOT_IN_CHAIN.intersection(words)
        and not re.search(r"[,।:;!?]", gap)
    )


def quoted_voice(unit: UnitText, quote: Quotation, open_before: bool) -> tuple[str, list[Cue]] | None:
    """The rule and evidence when quotation marks (or an open quotation) make the unit quoted."""
    if open_before:
        return quote.notes[0], [unit.cue("voice", "quoted", "(open quotation)", 0, 0)]
    if not quote.marks:
        return None
    rule = "quotation marks" + (f" ({quote.notes[0]})" if quote.notes else "")
    return rule, [unit.cue("voice", "quoted", "quotation mark", m, m + 1) for m in quote.marks]


def reported_voice(
    unit: UnitText,
    speech: Sequence[Hit],
    mentions: Sequence[Mention],
    regions: Sequence[Region],
    trailing: Hit | None,
    codebook: Codebook,
) -> tuple[str, list[Cue]] | None:
    """The rule and evidence when the unit reports someone's words without quoting them."""
    if speech:
        h = speech[0]
        return f"speech verb '{unit.show(h.start, h.end)}'", [unit.cue("voice", "reported", h.pattern, h.start, h.end)]
    split = split_speech(unit, regions)
    if split is not None:
        said = unit.show(split.start, split.end)
        return f"speech noun and its light verb apart '{said}' (speakers round 20)", [
            unit.cue("voice", "reported", "ने … का <speech noun> … <light verb>", split.start, split.end)
        ]
    attributions = sourced_attributions(unit, mentions, regions, codebook.voice.source_window_tokens)
    if attributions:
        h = attributions[0]
        return (
            f"attribution '{unit.show(h.start, h.end)}' with a source",
            [unit.cue("voice", "reported", h.pattern, h.start, h.end)],
        )
    welcome = welcome_pair(unit, regions, codebook.voice.welcome_window_tokens)
    if welcome:
        v, o = welcome
        rule = f"welcome of a statement or development ('{unit.show(o.start, o.end)}' … '{unit.show(v.start, v.end)}')"
        return rule, [
            unit.cue("voice", "reported", v.pattern, v.start, v.end),
            unit.cue("voice", "reported", o.pattern, o.start, o.end),
        ]
    if trailing is not None:
        t = trailing
        return "trailing source ': <actor>'", [unit.cue("voice", "reported", t.pattern, t.start, t.end)]
    return None


def speech_verbs(unit: UnitText, regions: Sequence[Region]) -> list[Hit]:
    """Speech verbs outside quoted words, the outlet's formulas ("बता दें कि") and negation.

    A speech verb negated next to it ("नहीं बताया", "की घोषणा नहीं की") says that nothing
    was said: no words are attributed (v1.4).
    """
    exempt = [(h.start, h.end) for h in unit.of("speech_exempt")]
    verbs = [
        h
        for h in unit.of("speech_verb")
        if not inside(h.start, regions)
        and not inside(h.start, exempt)
        and not negated(unit.text, h)
        and not naming(unit.text, h)
        and not attributive(unit.text, h)
        and not order_in_passive(unit.text, h)
        and not act_in_passive(unit.text, h)
        and not future_passive(unit.text, h)
        and not qualifies_a_noun(unit.text, h)
        and not accepted(unit.text, h)
        and not informs_only(unit.text, h)
        and not as_topic(unit.text, h)
        and not news_of_a_thing(unit.text, h)
        and not opening_news(unit.text, h)
        and not request_made(unit.text, h)
        and not accused_only(unit.text, h)
        and not posture(unit.text, h)
        and not without(unit.text, h)
        and not not_a_speaker(unit.text, h)
        and not purpose(unit.text, h)
        and (h.pattern not in _IN_CIRCLES or _VIEW_PASSIVE.search(unit.text, h.end) is not None)
    ]
    if verbs and all(converb(unit.text, h) for h in verbs):
        return []  # speakers round 11: only a manner of another act ("… संगीन बताते हुए जेल भेज दिया")
    return verbs


def without(text: str, h: Hit) -> bool:
    """ "बिना/बगैर … बताए": not telling is how something else was done, no speech (speakers round 20).

    Hindi negates a conjunctive participle with बिना or बगैर before it ("बिना बताए लौट आया",
    "किसी को बताए बगैर", "बिना अनुमति लिए"): the clause says what was left unsaid, a manner of
    the main verb, so nobody is reported (as a negated speech verb, v1.4). Only the participle
    in -ए/-े with बिना at most four words before it, or बगैर/बिना right after it.
    """
    words = WORD_RE.findall(text, h.start, h.end)
    if not words or not words[-1].endswith(("ए", "े", "ये")):
        return False
    return bool(_WITHOUT.intersection(WORD_RE.findall(text, max(0, h.start - 60), h.start)[-4:])) or bool(
        _WITHOUT.intersection(words_after(text, h.end, 1))
    )


def not_a_speaker(text: str, h: Hit) -> bool:
    """Pictures that "tell" and events that "raise questions" speak for no one (speakers round 20).

    v1.1's speakers are people, bodies and documents of speech. "ये तस्वीरें बताती हैं, …" (the
    pictures show) has an image as the subject right before the verb, and "<the incident> ने …
    पर सवाल उठाए" (an event raised questions) an event as the agent: the outlet draws the
    conclusion. Only an image noun right before the verb, or an event noun right before the
    ने of the clause a question verb is in.
    """
    before = last_word_before(text, h.start)
    if before and before[0] in _IMAGE_NOUNS:
        return True
    words = WORD_RE.findall(text, h.start, h.end)
    if not _QUESTION_NOUNS.intersection(words):
        return False
    clause = WORD_RE.findall(text, max(0, text.rfind(",", 0, h.start) + 1), h.start)
    agent = len(clause) - 1 - clause[::-1].index("ने") if "ने" in clause else -1
    return agent > 0 and clause[agent - 1] in _EVENT_NOUNS


def purpose(text: str, h: Hit) -> bool:
    """A speech act in the oblique infinitive before "के लिए" is a purpose, not an act (speakers round 20).

    "<questions> के जवाब देने के लिए हम …", "जानकारी देने के लिए शिविर लगाया": what someone
    means to do, nobody has said anything (as the future passive, speakers round 15).
    """
    words = WORD_RE.findall(text, h.start, h.end)
    return bool(words) and words[-1].endswith("ने") and words_after(text, h.end, 2) == ["के", "लिए"]


def split_speech(unit: UnitText, regions: Sequence[Region]) -> Hit | None:
    """A speech noun and its light verb with the content between them (speakers round 20).

    v1.1: speech acts are `reported`, in headlines too. Headlines put the light verb first and
    the request's content between it and its noun ("<agent> ने किया <what> का आग्रह"), and
    prose puts the addressee between the noun and its verb ("<agent> ने <what> का संदेश <X> को
    दिया है"): the listed compounds ("का आग्रह किया", "किया आग्रह") need the two words next to
    each other. Only with the agent's ने before, in one clause (no punctuation between), the
    noun in the genitive, and for the headline order at the end of a clause.
    """
    if not any(h.pattern == "ने" for h in unit.of("source_before")):
        return None  # no agent marked: also what lets a unit with no hit skip the voice rules (`quiet_voice`)
    for pattern in (_SPLIT_HEAD, _SPLIT_BODY):
        m = pattern.search(unit.text)
        if m is not None and not inside(m.start(), regions):
            return Hit("speech_verb", "split", m.group(0), m.start(), m.end())
    return None


def posture(text: str, h: Hit) -> bool:
    """Appealing or advocating in the present progressive is a posture the outlet describes (speakers round 18).

    v1.1: "A posture described by the outlet ('China is advocating talks') is `outlet`." Hindi
    gives the posture the progressive ("सरकार लोगों से घरों में रहने की अपील कर रही है", "… की
    वकालत कर रहा है"): a stance held over time, no words said on an occasion; the perfective
    ("अपील की") or a कि clause with the words keeps the act reported. Only the nouns of appeal
    and advocacy, and only the present (a past progressive narrates an occasion).
    """
    if not _POSTURE_NOUNS.intersection(WORD_RE.findall(text, h.start, h.end)):
        return False
    return _PROGRESSIVE.match(text, h.end) is not None and "कि" not in WORD_RE.findall(text, h.end)


def converb(text: str, h: Hit) -> bool:
    """Calling something something in the "-ते हुए" converb qualifies the main verb (speakers round 11).

    "अदालत ने मामले को गंभीर बताते हुए जमानत रद्द कर दी": the court's act is the main verb,
    the calling ("X को Y बताते/कहते/मानते हुए") is how it was done (v1.1: the main clause
    decides). A unit whose only speech verbs are such converbs attributes no words; "… का
    जिक्र करते हुए कहा कि" keeps its कहा, "यह कहते हुए … कि …" its reported words, and a speech
    act in the converb ("… की निंदा करते हुए शोक संदेश भेजा") stays one (v1.1: condemning is
    reported).

    >>> from analysis.codebook import Hit
    >>> t = "अदालत ने मामले को गंभीर बताते हुए जमानत रद्द कर दी"
    >>> converb(t, Hit("speech_verb", "बताते", "बता*", t.index("बताते"), t.index(" हुए")))
    True
    """
    last = WORD_RE.findall(text, h.start, h.end)[-1:]
    if not last or last[0] not in _CALLING or words_after(text, h.end, 1) != ["हुए"]:
        return False
    called = "को" in WORD_RE.findall(text, max(0, h.start - 60), h.start)[-4:]
    return called and "कि" not in WORD_RE.findall(text, h.end)


def news_of_a_thing(text: str, h: Hit) -> bool:
    """A plain noun before "… की खबर है" makes it good or bad news, not a report (speakers round 11).

    "पुल के टूटने की खबर है" (there is news that the bridge broke) reports; "रूस से राहत की
    खबर है" (relief is news) names the news the outlet tells: only a verbal noun ("-ने")
    before "की" makes the news a report of an event.

    >>> from analysis.codebook import Hit
    >>> t = "किसानों के लिए राहत की खबर है"
    >>> news_of_a_thing(t, Hit("speech_verb", "की खबर है", "की खबर है", t.index("की खबर"), len(t)))
    True
    """
    if not h.pattern.startswith(("की खबर", "की भी खबर")):
        return False  # speakers round 26: "भी" between the genitive and the noun changes nothing
    before = last_word_before(text, h.start)
    return not (before and before[0].endswith("ने"))


# (speakers round 26) the news noun without its कि: only opening the unit, after these connectives
_BARE_NEWS = frozenset({"खबर है", "खबरें हैं"})
_NEWS_OPENERS = frozenset("इस बीच उधर इधर वहीं वहां तो और अब फिलहाल".split())


# (speakers round 26) the forms of मांगना the speech verbs list, and what after them makes a passive
_ASKED = frozenset(
    "मांगी मांगा मांगे मांगीं माँगी माँगा माँगे माँगीं".split() + ["मांग ली", "मांग लिया", "मांग लिए", "मांग चुके", "मांग चुका", "मांग चुकी"]
)
_PASSIVE_AUX = frozenset("जा जाए जाएं जाएगा जाएगी जाएंगे जाती जाता जाते गया गई गए गयी गये".split())


def request_made(text: str, h: Hit) -> bool:
    """Asking for something is a request made in words only with its ने agent (speakers round 26).

    "<X> ने <Y> से मदद मांगी", "<X> ने … सुझाव मांगे हैं", headline order "<X> ने <Y> से मांगी <Z>": the
    perfective of मांगना marks who asked with ने, and a request addressed to someone is a speech act
    (v1.1, as अनुरोध and आग्रह are). Without ने the verb is a passive ("सुझाव मांगे जा सकते हैं",
    "राय मांगी गई है": nobody's words, round 24's outlet), a progressive ("मदद मांग रहे हैं", round 18's
    posture) or a noun's attribute. True when the hit is a form of मांगना that is no such request.
    """
    if listed_pattern(h) not in _ASKED:
        return False  # the noun's forms ("की मांग", "मांग उठाई") are other speech verbs
    after = words_after(text, h.end, 1)
    return "ने" not in WORD_RE.findall(text, 0, h.start) or bool(_PASSIVE_AUX.intersection(after))


# (speakers round 26) an accusation with no accuser: what follows "आरोप" when the accused is the clause's
# subject — intransitive लगना ("आरोप लगा"), the agentless passive ("आरोप लगाया गया"), facing it ("आरोप झेल …")
_ACCUSED = re.compile(
    r"आरोप\s+(?:(?P<fell>लगा|लगे|लगी|लगता|लगते|लगती)(?!\S)(?!\s+(?:रहा|रहे|रही|दिया|दी|दिए|सकते|सकता|सकती|चुके|चुका|चुकी))"
    r"|(?P<passive>लगाया|लगाए|लगाये|लगाई|लगायी)\s+(?:गया|गए|गये|गई|गयी|जा)"
    r"|(?P<faced>झेल))"
)


def accused_only(text: str, h: Hit) -> bool:
    """An accusation with no accuser names whom it is against, not whose words it is (speakers round 26).

    Hindi makes the accused the subject in three forms: the intransitive "<X> पर … का आरोप लगा" (an
    accusation befell X), the agentless passive "उन पर … का आरोप लगाया गया" (round 24's acts in the
    passive) and "<X> … का आरोप झेल रहे हैं" (X faces the accusation). Nobody is said to accuse, so no
    words are attributed (v1.1: a unit with no attribution of its own is `outlet`); the accused is not
    the speaker. Not with an agent (ने, द्वारा), a source or a document before the noun, nor with कि
    after the passive (the accusation's words are then reported, as "आरोप लगाया गया है कि").
    """
    if "आरोप" not in WORD_RE.findall(text, h.start, h.end):
        return False
    m = _ACCUSED.search(text, max(0, h.start))
    if m is None:
        return False
    before = WORD_RE.findall(text, 0, m.start())
    if _SOURCE_WORDS.intersection(before) or _IN_IT.intersection(before):
        return False
    if any(a in _DOCUMENTS and b == "में" for a, b in zip(before, before[1:])):
        return False
    return bool(m.group("faced")) or "कि" not in WORD_RE.findall(text, m.end())


def opening_news(text: str, h: Hit) -> bool:
    """The news noun with no कि reports only where it opens the unit with a clause (speakers round 26).

    "खबर है <clause>" drops the complementiser that "खबर है कि" has (spoken register of Hindi
    news: there is news [that] …): hearsay, sided as reports (v1.1 → other). Elsewhere the same
    words are the outlet's own news ("यह बड़ी खबर है।", "राहत की खबर है", a noun phrase), so the bare
    form counts only at the unit's opening (a connective such as "इस बीच" before it allowed) and
    with at least two words of clause after it. True when the hit is such a bare form and is not
    opening; forms with कि and "… की खबर है" are left to their own rules.
    """
    if listed_pattern(h) not in _BARE_NEWS:
        return False  # the matcher notes a particle it let in ("खबर है (+भी)")
    before = WORD_RE.findall(text, 0, h.start)
    after = WORD_RE.findall(text, h.end)
    return bool(set(before) - _NEWS_OPENERS) or len(after) < 2 or after[0] == "कि"


def order_in_passive(text: str, h: Hit) -> bool:
    """An order narrated in the agentless passive: the outlet tells what was ordered (speakers round 10).

    "लोगों को घरों में रहने को कहा गया", "जवानों को सतर्क रहने के निर्देश दिए गए हैं": an
    infinitive (the thing ordered) before the verb, a passive after it, no "कि", no agent
    (ने, द्वारा) and no first person in the unit: nobody's words are given, only an
    administrative act. With कि
    ("कहा गया है कि …") words are reported; with an agent ("प्रशासन द्वारा … कहा गया") the
    agent speaks.

    >>> from analysis.codebook import Hit
    >>> t = "लोगों को घर में रहने को कहा गया।"
    >>> order_in_passive(t, Hit("speech_verb", "कहा", "कहा", t.index("कहा"), t.index("कहा") + 3))
    True
    """
    if WORD_RE.findall(text, h.start, h.end)[0] not in _ORDER_VERBS:
        return False  # a confirmation or a fear expressed in the passive still reports
    # (the words before the verb are read only for an order verb: most speech verbs stop above)
    if _AGENT_MARKERS.intersection(WORD_RE.findall(text, 0, h.start)) or "कि" in WORD_RE.findall(text, h.end):
        return False
    if _FIRST_PERSON.intersection(WORD_RE.findall(text)):
        return False  # "हमने … घर से काम करने की सलाह दी है": the speaker's own words about their order
    if not (_PASSIVE.intersection(WORD_RE.findall(text, h.start, h.end)[1:]) or _PASSIVE_AFTER.match(text, h.end)):
        return False
    return _ORDER_BEFORE.search(text, 0, h.start) is not None


def act_in_passive(text: str, h: Hit) -> bool:
    """An act told in the agentless perfect passive with nothing said: the outlet narrates (speakers round 24).

    "… मामलों की पुष्टि की जा चुकी है", "… करने की घोषणा हो चुकी है", "… पालन करने की
    चेतावनी दी गई है", "… के निर्देश दिए गए हैं": Hindi's passive drops the agent, and with no
    कि clause, no marks and no first person nobody's words follow, only the fact that a
    confirmation, an announcement, a warning or an order was made (v1.1: a unit with no
    attribution of its own is `outlet`; the lead's round-24b decision for the confirmation,
    which every COVID coder who met one coded `outlet`). Round 10's `order_in_passive` does
    this for orders after an infinitive; this is the same act with the noun's genitive in the
    hit ("की अपील"), with confirmations, warnings and announcements, and with a noun for what
    was ordered ("जांच के निर्देश दिए गए हैं"). An agent or a source anywhere before the act
    ("… द्वारा", "के अनुसार", "की ओर से") or the document it is written in ("इसमें …",
    "याचिका में …", as "बयान में कहा गया") keeps it attributed. (An agent between the noun and
    its verb, "पुष्टि विभाग द्वारा की गई", leaves no speech hit to read: the lexicon's act is
    the noun with its light verb.) The noun may open with its genitive postposition ("की घोषणा").

    >>> from analysis.codebook import Hit
    >>> t = "जिले में दो और मामलों की पुष्टि की जा चुकी है।"
    >>> act_in_passive(t, Hit("speech_verb", "पुष्टि की", "पुष्टि की", t.index("पुष्टि"), t.index(" जा")))
    True
    """
    words = WORD_RE.findall(text, h.start, h.end)
    head = words[1:2] if words[:1] and words[0] in _GENITIVE else words[:1]
    if not head or head[0] not in _PASSIVE_ACTS or not _PERFECT_PASSIVE.match(text, h.end):
        return False
    before = WORD_RE.findall(text, 0, h.start)
    if (
        _SOURCE_WORDS.intersection(before)
        or _IN_IT.intersection(before)
        or _FIRST_PERSON.intersection(WORD_RE.findall(text))
    ):
        return False
    if any(a in _DOCUMENTS and b == "में" for a, b in zip(before, before[1:])):
        return False  # the act is the document's words ("अधिसूचना में … का आदेश दिया गया है")
    return "कि" not in WORD_RE.findall(text, h.end) and not re.search(r"[:\-–—]\s", text[h.end :])


def as_topic(text: str, h: Hit) -> bool:
    """A speech noun followed by a postposition is what the clause is about (speakers round 11).

    "चार मई की घोषणा पर लगी निगाहें" (eyes on the announcement), "मंत्री की घोषणा के बाद बाजार
    चढ़ा" (after the announcement): the noun is the topic or the time of another act, and the
    unit's own verb decides its voice. The light verb ("घोषणा की"), "में" ("बयान में कहा") and
    the source postpositions ("बयान के अनुसार") keep the act.

    >>> from analysis.codebook import Hit
    >>> t = "नई घोषणा पर सबकी नजर है"
    >>> as_topic(t, Hit("speech_verb", "घोषणा", "की घोषणा", t.index("घोषणा"), t.index(" पर")))
    True
    """
    last = WORD_RE.findall(text, h.start, h.end)[-1:]
    if not last or last[0] not in _SPEECH_NOUNS:
        return False
    after = words_after(text, h.end, 2)
    return any(after[: len(p)] == p for p in _TOPIC_AFTER)


def fresh_attribution(unit: UnitText) -> bool:
    """A unit with no mark that opens "उन्होंने कहा कि": a carried quotation ended (round 10).

    A quotation whose closing mark was lost runs on in the coder's state; a unit that begins
    with the speaker's pronoun (at most three words before the verb), a speech verb and "कि"
    goes on in indirect speech, so the quotation is over (v1.1: an indirect report is
    `reported`). Another agent ("प्रधानमंत्री ने कहा है कि …") may be someone the quoted
    speaker quotes: the quotation runs on.
    """
    text = unit.text
    if quote_marks(text):
        return False
    for h in unit.of("speech_verb"):
        tail = _VERB_TAIL.match(text, h.end)
        after = WORD_RE.findall(text, tail.end() if tail else h.end)[:1]
        pronoun = any(p.end <= h.start for p in unit.of("self_marked"))
        if after == ["कि"] and pronoun and len(WORD_RE.findall(text, 0, h.start)) <= 3:
            return True
    return False


def names_outside_speech(unit: UnitText, quote: Quotation) -> str:
    """What the closed marks of a unit set off outside any reported words, "" when they may be speech.

    A venue or programme (round 10) or, whatever its length, the name of who speaks or of the body
    in the agent's phrase (round 7, speakers round 26: "'<a body of five words>' ने …" is a name, not
    a quotation, however many words it has; round 7 read it only within the term length).
    """
    if names_a_venue(unit, quote):
        return "the name of a place or programme"
    return "the source's name" if quote.regions and names_the_source(unit, quote) else ""


def names_a_venue(unit: UnitText, quote: Quotation) -> bool:
    """Every quoted stretch names where words were said, not the words (speakers round 10).

    "‘<hospital>' में <surgeon> ने कहा कि …" (the speaker's place, before the source marker) and
    "… ने कार्यक्रम '<programme>' में … की जानकारी दी" (a programme or publication named after
    its noun): marks closed before "में" set off a name (v1.1: marks around names make a unit
    quoted only inside reported speech).
    """
    markers = [h.start for h in unit.of("source_before")]
    text = unit.text
    for s, e in quote.regions:
        if e >= len(text) or WORD_RE.findall(text, e + 1)[:1] != ["में"]:
            return False
        venue = set(WORD_RE.findall(text, max(0, s - 12), s)[-1:]) & _VENUE_NOUNS
        if not venue and not any(m > e for m in markers):
            return False
    return bool(quote.regions)


def naming(text: str, h: Hit) -> bool:
    """The habitual passive "कहा जाता है" without कि after it names a thing: nobody speaks (round 7).

    "इसे ही सामाजिक दूरी कहा जाता है" (this is called social distance) gives a name;
    "कहा जाता है कि …" (it is said that …) still reports words.

    >>> from analysis.codebook import Hit
    >>> t = "इस नियम को दूरी कहा जाता है।"
    >>> naming(t, Hit("speech_verb", "कहा", "कहा", t.index("कहा"), t.index("कहा") + 3))
    True
    """
    last = WORD_RE.findall(text, h.start, h.end)[-1:]
    if not last or last[0] not in _CALLED:
        return False  # most speech verbs: the words after them are not read
    after = words_after(text, h.end, 4)
    return after[:1] != [] and after[0] in _HABITUAL and "कि" not in after


def attributive(text: str, h: Hit) -> bool:
    """A speech act named in a participle that qualifies a noun is no speech act of the unit (round 7).

    "… की निंदा करने वाली कार्रवाई" (an action condemning …), "बयान देने वाले नेता" (the leader
    who made the statement): the -ने वाला participle turns the act into a description of
    something else; the unit's own verb decides its voice.

    >>> from analysis.codebook import Hit
    >>> t = "वह निंदा करने वाले प्रस्ताव के खिलाफ है"
    >>> attributive(t, Hit("speech_verb", "निंदा करने", "निंदा कर*", t.index("निंदा"), t.index(" वाले")))
    True
    """
    seq = WORD_RE.findall(text, h.start, h.end)[-1:] + words_after(text, h.end, 2)
    return any(a.endswith("ने") and b.startswith("वाल") for a, b in zip(seq, seq[1:]))


def negated(text: str, h: Hit) -> bool:
    """A negation is the word right before the speech verb or right after it (not across a mark).

    >>> from analysis.codebook import Hit
    >>> t = "उसने कारण नहीं बताया"
    >>> negated(t, Hit("speech_verb", "बताया", "बता*", t.index("बताया"), len(t)))
    True
    """
    before = last_word_before(text, h.start)
    # speakers round 20: a mark after the verb ends its phrase: "की अपील: नहीं करें …" negates the words
    after = [] if _MARK_NEXT.match(text, h.end) else words_after(text, h.end, 1)
    return bool(_NEGATION.intersection(before + after))


_MARK_NEXT = re.compile(r"\s*[:\-–—,।]")  # speakers round 20: direct-speech punctuation right after a verb


def code_voice(
    unit: UnitText,
    mentions: Sequence[Mention],
    trailing: Hit | None,
    open_before: bool,
    codebook: Codebook,
    headline: bool = False,
) -> VoiceCoding:
    """The voice of one unit; the first rule that applies decides (quoted before reported).

    `headline`: the unit is a headline, whose "X बोले- …" is reported speech (v1.4).
    """
    if open_before and fresh_attribution(unit):
        open_before = False  # round 10: the carried quotation ended where a new indirect report begins
    quote = quotation(unit.text, open_before)
    regions = list(quote.regions) + lost_opening(unit.text, quote)
    speech = speech_verbs(unit, regions)
    decided = quoted_voice(unit, quote, open_before)
    named = names_outside_speech(unit, quote) if decided and not open_before and not quote.open_after else ""
    if named:
        reports = reported_voice(unit, speech, mentions, regions, trailing, codebook)
        if reports is not None:
            rule = f"{reports[0]}; quotation marks around {named} only"
            return VoiceCoding("reported", rule, tuple(reports[1]), tuple(regions), False)
    if decided and terms_only(unit, quote, open_before, codebook.voice.term_max_tokens):
        reports = reported_voice(unit, speech, mentions, regions, trailing, codebook)
        if reports is None:
            rule = "quotation marks around a name or term only, no attribution: the outlet's narration"
            return VoiceCoding("outlet", rule, (), tuple(regions), quote.open_after)
        if names_the_source(unit, quote):
            rule = f"{reports[0]}; quotation marks around the source's name only"
            return VoiceCoding("reported", rule, tuple(reports[1]), tuple(regions), quote.open_after)
        if terms_in_main_clause(unit, quote, speech):
            rule = f"{reports[0]}; quotation marks around a term in the outlet's main clause after 'तो' (speakers round 21)"
            return VoiceCoding("reported", rule, tuple(reports[1]), tuple(regions), quote.open_after)
        decided = (f"{decided[0]} inside reported speech ({reports[0]})", decided[1] + reports[1])
    if decided:
        return VoiceCoding("quoted", decided[0], tuple(decided[1]), tuple(regions), quote.open_after)
    tag = None if headline or open_before else speaker_tag(unit, mentions, codebook)
    if tag is not None:
        colon = tag[0]
        rule = f"an answer opened by its tag '{unit.show(0, colon + 1)}': direct speech to the paragraph's end (speakers round 21)"
        cue = unit.cue("voice", "quoted", "<speaker> :", colon, colon + 1)
        return VoiceCoding("quoted", rule, (cue,), (*regions, (colon + 1, len(unit.text))), True)
    direct = direct_speech(unit, speech, codebook.voice.direct_speech_punctuation, headline)
    if direct:
        h, mark, region = direct
        cue = unit.cue("voice", "quoted", h.pattern, h.start, h.end)
        rule = f"direct speech after '{unit.show(h.start, h.end)}{mark}'"
        words = WORD_RE.findall(unit.text, *region)
        if headline and not _FIRST_PERSON.intersection(words):
            rule += " (a command to the reader: the speaker's own words)"  # speakers round 13
        return VoiceCoding("quoted", rule, (cue,), (*regions, region), quote.open_after)
    decided = reported_voice(unit, speech, mentions, regions, trailing, codebook)
    if not decided:
        decided = addressed_voice(unit, mentions, regions, codebook)
    if decided:
        return VoiceCoding("reported", decided[0], tuple(decided[1]), tuple(regions), quote.open_after)
    return VoiceCoding("outlet", narrated_act(unit), (), tuple(regions), quote.open_after)


def addressed_voice(
    unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> tuple[str, list[Cue]] | None:
    """A verbless speech act addressed with को/से whose genitive agent opens its clause (speakers round 25).

    "<agent> की <addressee> को सलाह, …" (`addressed_act`): v1.1's speech acts are `reported`, in
    headlines too. Only where `addressed_agent` finds the agent: a teaser's "क्या है <X> की …" is
    the outlet's question, not a report.
    """
    act = addressed_act(unit.text, regions)
    if act is None or addressed_agent(unit, mentions, regions, codebook) is None:
        return None
    said = unit.show(act.start, act.end)
    rule = f"speech act addressed with को/से, its agent in the genitive '{said}' (speakers round 25)"
    return rule, [unit.cue("voice", "reported", "<agent> की <addressee> को/से <speech noun>", act.start, act.end)]


_NARRATED = (
    (future_passive, "a speech act in the agentless future passive"),
    (qualifies_a_noun, "a participle that qualifies a noun"),
    (accepted, "accepting something (को), not admitting"),
    (informs_only, "a recipient informed, nothing told"),
    (posture, "an appeal or advocacy in the present progressive, a posture (speakers round 18)"),
    (act_in_passive, "an act in the agentless passive, nothing said after it (speakers round 24)"),
)


def narrated_act(unit: UnitText) -> str:
    """The outlet's rule text, naming the speakers round 15 form that kept a speech verb from attributing."""
    for h in unit.of("speech_verb"):
        for test, label in _NARRATED:
            if test(unit.text, h):
                which = "" if "round" in label else ", speakers round 15"  # a later round names itself
                return f"no attribution: {label} ('{unit.show(h.start, h.end)}'{which})"
    return "no quotation or attribution of its own"
