"""Interviews: who speaks the answers of a question-and-answer article (issue #12, interview40).

Hindi papers print interviews as question and answer: the interviewee is introduced at the
top ("<title> <name> से खास बातचीत", "<name> ने हमसे बातचीत में …", "इंटरव्यू: …"), then
"सवाल:/प्रश्न: …" and first-person answers over one or several paragraphs ("जवाब:/उत्तर: मैं
मानता हूं …", "देखिए …", "हमने …"), sometimes with no tag at all, the question a paragraph that
ends in "?". Other formats (speakers42): the short forms "प्र. …/उ. …", Latin "Q:/A:", the interviewer's and the
interviewee's names or initials before each turn ("<name>: …?" / "<name>: …", `_asker_by_name`), and
dash-led turns under an opening that announces an interview (`_dash_turns`). The design codebook decides what they are: the answer is the interviewee's direct
speech, one quotation over every unit it spans (v1.1: every unit inside a quotation that spans
several units is `quoted`; quoted words are the speaker's, nested attribution is the outer
source's), and its speaker is the interviewee, sided as any speaker (an official → the state
they serve; a former official, an expert or an analyst → their country). The question is the
outlet's own words (`outlet`) unless it attributes a claim to a named source.

Two steps, both pure:

1. `article_turns`: before an article is coded, which of its units are questions and which
   answers, from the text alone (tags, question marks, first-person words, the opening's
   interview words); `None` for an article that is no interview (nearly all).
2. `interviewee` finds the person the opening introduces (from the mentions the speaker step
   already found) and `turn_coding` gives an answer its voice and speaker, a question its own.

`analysis.coding` carries the turns and the interviewee in `ArticleState` and codes an interview
article again once its interviewee is known, so a quoted headline before the introduction is read
with it too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.attribution import _SCENE, _STORY, Candidate, Mention, Speaker, opens_with_tag, resolve
from analysis.codebook import Codebook
from analysis.cues import UnitText
from analysis.vocab import WORD_RE
from analysis.voice import VoiceCoding

QUESTION, ANSWER, NAMED, OPENING, HEADLINE = "question", "answer", "named", "opening", "headline"
SIGNED, BYLINE = "signed", "byline"  # a signed piece's body, and the units that name its author
EXPLAINED = "explained"  # an explainer's answer: the paper's own words, tag or no tag

# a question's and an answer's tag, at the start of a unit: "सवाल:", "प्रश्न- …", "जवाब :", "उत्तर – …"; a
# dash only with a space after it ("उत्तर-पूर्वी" is the north-east, "प्रश्न-पत्र" a question paper)
_MARK = r"\s*(?::|ः|[\-–—](?=\s))"
# (speakers42) the short forms papers print with a full stop: "प्र. …", "प्रश्न. …", "उ. …", "Q. …", "Ans. …";
# the full stop may take a mark after it ("प्र.: …"). "उ." is also the north's short form ("उ.प्र.", "उ. प्रदेश"):
# not before प्र. A bare Latin "A" only with a colon or a dash ("A: …", "A – …"): "A." opens initials
# numbered turns: "प्रश्न 1:", "सवाल नंबर 2 -", "उत्तर 1:" (Devanagari or Latin digits); not a Latin "Q4:" (a quarter)
_NUMBER = r"\s*(?:(?:नं\.?|नंबर|संख्या|No\.?)\s*)?[0-9०-९]{1,2}\s*(?:[:ः.)]|[\-–—](?=\s))"
_QUESTION_TAG = re.compile(
    r"\s*(?:(?:सवाल|प्रश्न|Question)"
    + _NUMBER
    + r"|(?:सवाल|प्रश्न|Q|Ques|Question)"
    + _MARK
    + r"|(?:प्र|प्रश्न|Q|Ques)\.(?:"
    + _MARK
    + r"|\s))"
)
_ANSWER_TAG = re.compile(
    r"\s*(?:(?:जवाब|जबाब|उत्तर|Ans|Answer|A)"
    + _MARK
    + r"|(?:जवाब|उत्तर|Ans|Answer)"
    + _NUMBER
    + r"|(?:उ(?!\.\s*प्र)|उत्तर|Ans)\.(?:"
    + _MARK
    + r"|\s))"
)
# who asks, in a transcript's "<tag>: …" ("संवाददाता: …", "रिपोर्टर: …"): the outlet
_ASKERS = frozenset("संवाददाता रिपोर्टर पत्रकार एंकर इंटरव्यूअर प्रतिनिधि नुमाइंदा".split())
_ASKER_TAG = re.compile(r"\s*(?:" + "|".join(sorted(_ASKERS)) + r")\s*:")
_ANY_TAG = re.compile("|".join(f"(?:{r.pattern})" for r in (_QUESTION_TAG, _ANSWER_TAG, _ASKER_TAG)))
_OPENING = 8  # the units an untagged interview's opening names it in (headline, standfirst, first paragraphs)
# the opening announces an interview: the nouns papers use, in every register
_INTERVIEW = re.compile(
    r"इंटरव्यू|इन्टरव्यू|साक्षात्कार|बातचीत|बात-चीत|भेंटवार्ता|भेंट-वार्ता|गुफ्तगू|गुफ़्तगू|मुलाकात|मुलाक़ात|"
    r"(?:प्रमुख|मुख्य|खास|ख़ास|संपादित) अंश|interview",
    re.IGNORECASE,
)
# the speaker's own person, and the address that opens an answer ("देखिए, …")
_FIRST_PERSON = frozenset("मैं मैंने मेरा मेरी मेरे मुझे मुझसे मुझको हम हमने हमें हमको हमारा हमारी हमारे हमसे देखिए देखिये".split())
# an interview announced in so many words, for an article whose questions and answers carry no tag
_ANNOUNCED = re.compile(
    r"इंटरव्यू|इन्टरव्यू|साक्षात्कार|भेंटवार्ता|भेंट-वार्ता|गुफ्तगू|गुफ़्तगू|(?:खास|ख़ास|विशेष|एक्सक्लूसिव|लंबी) बातचीत|"
    r"हमसे (?:खास |विशेष )?(?:बातचीत|बात)|हमारे (?:साथ|संवाददाता|प्रतिनिधि|नुमाइंदे)[^।?]*(?:बातचीत|बात की)|"
    r"बातचीत के (?:प्रमुख |मुख्य |खास )?अंश|interview",
    re.IGNORECASE,
)
# an explainer says so in its headline or opening: "समझिए", "जानिए", "आसान भाषा में", "क्या है …", "सवाल-जवाब में"
_EXPLAINER = re.compile(
    r"समझिए|समझिये|समझें|जानिए|जानिये|जानें|क्या है|क्या हैं|आसान (?:भाषा|शब्दों)|सरल (?:भाषा|शब्दों)|"
    r"एक्सप्लेनर|सवाल-जवाब|सवाल[ -]जवाब|प्रश्नोत्तर|explained|explainer",
    re.IGNORECASE,
)
_YOU = frozenset(
    "आप आपने आपको आपसे आपका आपकी आपके".split()
)  # the body paragraphs before the first question that may introduce the interviewee
_CLOSE = "\"'”’)」 "


def _tag(text: str) -> str:
    """'q' for a unit opened by a question's tag, 'a' by an answer's, 'n' by another short tag, else ''."""
    if _QUESTION_TAG.match(text):
        return "q"
    if _ANSWER_TAG.match(text):
        return "a"
    colon = opens_with_tag(text)
    if colon < 0:
        return ""
    words = WORD_RE.findall(text, 0, colon)
    return "q" if words and words[0] in _ASKERS else "n"


def _asks(text: str) -> bool:
    """The unit ends in a question mark (quotation marks and brackets after it aside)."""
    return text.rstrip(_CLOSE).endswith("?")


def _first_person(texts: Sequence[str]) -> bool:
    return any(not _FIRST_PERSON.isdisjoint(WORD_RE.findall(t)) for t in texts)


def article_turns(units: Sequence[tuple[str, int, str]]) -> tuple[str, ...] | None:
    """Each unit's turn in an interview (QUESTION, ANSWER, NAMED, OPENING or ""), or None for no interview.

    `units`: the article's (role, paragraph, text) in reading order. An article is an interview
    when an answer opened by its tag ("जवाब:", "उत्तर:", a name's "<name>:" again and again) follows
    a question, when two questions carry their tag ("सवाल:", "प्रश्न-") or one does under an opening
    that names an interview ("बातचीत", "इंटरव्यू", "साक्षात्कार" …), or when such an opening puts an
    untagged question to someone ("आप …?") that is answered in the first person. Questions: units from a question's tag ("सवाल:", "प्रश्न-",
    "संवाददाता:") to the next tag; in an article without question tags, a body paragraph whose last
    unit asks. Answers: from the first paragraph after a question to the next question (NAMED: a
    paragraph a name's tag opens, whose speaker the tag gives); after the last question the answer
    runs to the last paragraph that is tagged or speaks in the first person (a story the paper
    appends after the interview is its own). OPENING: the units before the first question (where
    the interviewee is introduced).
    """
    if not any(map(_ANY_TAG.match, [t for _, _, t in units])):
        # no tag at all (most articles): an interview only if a question is asked and the opening names one
        if not any("?" in t for _, _, t in units) or not any(_INTERVIEW.search(t) for _, _, t in units[:_OPENING]):
            return None
    tags = [_tag(t) for _, _, t in units]
    paras: list[list[int]] = []
    for i, (role, para, text) in enumerate(units):
        # (speakers46) a question's or an answer's own tag opens a turn even inside a paragraph: a paper
        # that runs "प्रश्न: …? उत्तर: … मैं मानता हूं …" on in one paragraph still prints turns
        turn = tags[i] in ("q", "a") and bool(_QUESTION_TAG.match(text) or _ANSWER_TAG.match(text))
        if paras and role == "body" and (role, para) == units[paras[-1][0]][:2] and not turn:
            paras[-1].append(i)
        else:
            paras.append([i])
    _asker_by_name(units, paras, tags)
    _dash_turns(units, paras, tags)
    tagged_questions = "q" in tags
    turns = [""] * len(units)
    runs: list[list[int]] = []  # the paragraphs of each answer, by position in `paras`
    state = OPENING
    for k, p in enumerate(paras):
        role, first = units[p[0]][0], tags[p[0]]
        if role == "subhead":
            continue
        asks = first == "q" or (not tagged_questions and role == "body" and first == "" and _asks(units[p[-1]][2]))
        if asks:
            state = QUESTION
            for i in p:
                if i != p[0] and tags[i] in ("a", "n"):
                    state = ANSWER  # "सवाल: …? जवाब: …" in one paragraph
                    runs.append([k])
                turns[i] = state
        elif role == "body" and (state != OPENING or first == "a"):
            if state != ANSWER:
                runs.append([])
            state = ANSWER
            runs[-1].append(k)
            for i in p:
                turns[i] = NAMED if first == "n" else ANSWER
        elif state == OPENING:
            for i in p:
                turns[i] = HEADLINE if role == "headline" else OPENING
    if not runs or QUESTION not in turns:
        return None
    opening = [units[i][2] for i, t in enumerate(turns) if t in (OPENING, HEADLINE)]
    by_tag = any(tags[paras[k][0]] == "a" for run in runs for k in run) or _names_answer(runs, paras, units, tags)
    announced = any(_INTERVIEW.search(t) for t in opening)
    asked = sum(tags[p[0]] == "q" for p in paras)  # questions by their tag ("सवाल: …", "संवाददाता: …")
    explainer = False
    if by_tag or asked >= 2 or asked and announced:
        # a tagged Q&A (answers, or questions alone, by their tags): an untagged paragraph in an answer is
        # the interviewee's where the opening announces an interview or the paragraph speaks in the first
        # person (an explainer's "सवाल/जवाब" is the paper's own)
        explainer = not (
            announced or _names_answer(runs, paras, units, tags) or _any_first_person(runs, paras, units)
        ) and any(_EXPLAINER.search(t) for t in opening)
        for run in runs:
            for k in run:
                p = paras[k]
                if tags[p[0]] == "" and not announced and not _first_person([units[i][2] for i in p]):
                    for i in p:
                        turns[i] = ""
    else:
        # no tags: the opening says it is an interview, a question is put to someone ("आप …?") and
        # answered in the first person
        announced = any(_ANNOUNCED.search(t) for t in opening)
        addressed = any(not _YOU.isdisjoint(WORD_RE.findall(units[i][2])) for i, t in enumerate(turns) if t == QUESTION)
        spoken = _any_first_person(runs, paras, units)
        if not (announced and (addressed and spoken or _alternates(turns, paras))):
            return None
    _end_of_last_answer(runs[-1], paras, units, tags, turns)
    if explainer:
        return _explained(turns)
    return tuple(turns)


# (speakers42) a turn led by a dash, as papers print a conversation ("- आप इसे कैसे देखते हैं?", "- देखिए, …")
_DASH_LED = re.compile(r"\s*[\-–—]+\s+(?=\S)")


def _asker_by_name(units: Sequence[tuple[str, int, str]], paras: list[list[int]], tags: list[str]) -> None:
    """A transcript that names the interviewer too: the name whose every turn asks is the outlet's (speakers42).

    "<interviewer's name or initials>: …?" then "<interviewee's name or initials>: …", turn by turn
    ("रमेश वर्मा: …?", "नीरज भाटिया: …"; "आरवी: …?", "केएस: …"): two short tags, each back at least
    twice, one opening only paragraphs that end in a question. That tag is the asker's ("q", like
    "संवाददाता:"); the other stays a name's answer. A label that comes back over questions alone, with
    no second voice answering by its own tag, is no transcript and is left as it is.
    """
    asks: dict[str, list[bool]] = {}
    labelled: dict[int, str] = {}  # a paragraph's first unit -> its name tag
    for p in paras:
        i = p[0]
        if tags[i] == "n":
            labelled[i] = units[i][2][: opens_with_tag(units[i][2])].strip()
            if units[i][0] == "body":
                asks.setdefault(labelled[i], []).append(_asks(units[p[-1]][2]))
    askers = {t for t, a in asks.items() if len(a) >= 2 and all(a)}
    answerers = {t for t, a in asks.items() if len(a) >= 2 and not any(a)}
    if not askers or not answerers:
        return
    for i, tag in labelled.items():
        if tag in askers:
            tags[i] = "q"


def _dash_turns(units: Sequence[tuple[str, int, str]], paras: list[list[int]], tags: list[str]) -> None:
    """A conversation printed as dash-led turns under an interview's opening (speakers42).

    "<X> से बातचीत के प्रमुख अंश:", then "- …?" (the question) and "- …" (the answer): a dash-led
    body paragraph that ends in a question is a question ("q"), any other dash-led paragraph an
    answer ("a"). Only where the units before the first such question announce an interview
    (`_INTERVIEW`) and at least one dash-led paragraph asks and one answers: a list of points, each
    led by a dash, is no conversation.
    """
    led = [p for p in paras if units[p[0]][0] == "body" and tags[p[0]] == "" and _DASH_LED.match(units[p[0]][2])]
    asking = [p for p in led if _asks(units[p[-1]][2])]
    if not asking or len(asking) == len(led):
        return
    opening = [units[i][2] for i in range(asking[0][0])]
    if not any(_INTERVIEW.search(t) for t in opening):
        return
    for p in led:
        tags[p[0]] = "q" if p in asking else "a"


def _alternates(turns: list[str], paras: list[list[int]]) -> bool:
    """Untagged turns that alternate as an interview's do (speakers42): two questions or more, each one sentence.

    "<X> ने हमसे खास बातचीत में …", then "रूस-पाक रिश्तों का भविष्य क्या है?" and its answer, question after
    question: under an opening that announces an interview in so many words (`_ANNOUNCED`), a paper
    prints its questions as one-sentence paragraphs, each answered by the paragraphs after it, even where
    the question puts no "आप" and the answer no "मैं". A story's rhetorical question, once, is no interview.
    """
    asked = [p for p in paras if turns[p[0]] == QUESTION]
    if len(asked) < 2 or any(len(p) > 1 for p in asked):
        return False
    starts = {p[0]: k for k, p in enumerate(paras)}
    return all(k + 1 < len(paras) and turns[paras[k + 1][0]] == ANSWER for k in (starts[p[0]] for p in asked))


def _explained(turns: list[str]) -> tuple[str, ...]:
    """An explainer's turns: tagged questions and answers under an explainer's opening, no interview, nobody speaking.

    "समझिए: …" then "सवाल: … ? जवाब: …" in the paper's own voice: an answer's tag is no quotation mark
    (v1.1: the outlet's own words are `outlet`), so the answer is EXPLAINED, and its opening introduces
    no interviewee (the official the story is about does not answer). A bare Q&A with no such opening
    stays a source's answers (speakers round 21). Left: an answer that cites a
    source of its own ("जवाब: मंत्रालय के प्रवक्ता ने कहा है …") is read as the paper's too, since the
    tag's rule (speakers round 21) has already taken the unit's voice.
    """
    return tuple(EXPLAINED if t in (ANSWER, NAMED) else "" if t in (OPENING, HEADLINE) else t for t in turns)


def _any_first_person(runs: list[list[int]], paras: list[list[int]], units: Sequence[tuple[str, int, str]]) -> bool:
    """Some answer speaks in the first person: someone answers, not the paper explaining in its own voice."""
    return any(_first_person([units[i][2] for k in run for i in paras[k]]) for run in runs)


def _names_answer(
    runs: list[list[int]], paras: list[list[int]], units: Sequence[tuple[str, int, str]], tags: list[str]
) -> bool:
    """A transcript: one name's tag ("मेहता: …") opens answers after two questions or more.

    One short tag after a question may be a heading or a label ("कोरोना वायरस: …"); a
    transcript's tag comes back with every answer.
    """
    seen: set[str] = set()
    for run in runs:
        for k in run:
            i = paras[k][0]
            if tags[i] == "n":
                tag = units[i][2][: opens_with_tag(units[i][2])].strip()
                if tag in seen:
                    return True
                seen.add(tag)
    return False


def _end_of_last_answer(
    run: list[int], paras: list[list[int]], units: Sequence[tuple[str, int, str]], tags: list[str], turns: list[str]
) -> None:
    """After the last question, the answer ends with its last tagged or first-person paragraph."""
    keep = 0
    for n, k in enumerate(run):
        p = paras[k]
        if tags[p[0]] in ("a", "n") or _first_person([units[i][2] for i in p]):
            keep = n + 1
    for k in run[max(keep, 1) :]:
        for i in paras[k]:
            turns[i] = ""


def turns_by_article(columns: Sequence[list]) -> dict[str, tuple[str, ...]]:
    """The turns of every interview (`article_turns`) and signed piece (`signed_turns`), by doc_id.

    From the units' (doc_id, role, para, text) columns; articles that are neither are left out.
    """
    doc_ids, roles, paras, texts = columns
    out: dict[str, tuple[str, ...]] = {}
    start = 0
    for end in range(1, len(doc_ids) + 1):
        if end == len(doc_ids) or doc_ids[end] != doc_ids[start]:
            units = [
                (str(roles[i]), int(paras[i]), texts[i] if isinstance(texts[i], str) else "") for i in range(start, end)
            ]
            turns = article_turns(units)
            turns = signed_turns(units) if turns is None else turns
            if turns is not None:
                out[doc_ids[start]] = turns
            start = end
    return out


# ------------------------------------------------------------------------ signed pieces
# the note on the author that closes a signed piece: "(लेखक सेना के पूर्व अधिकारी हैं)", "लेखिका पूर्व राजदूत रही हैं।"
_AUTHOR_NOTE = re.compile(r"\s*[(\[]?\s*(?:लेखक|लेखिका)\s+(?!के\s)[^()]*(?:हैं|है|थे|थीं|रहे|रही)\s*[।.]?\s*[)\]]?\s*$")
# a byline's titles: a short standfirst or first paragraph that is only a title and a name
_BYLINE_TITLES = re.compile(
    r"(?:^|\s|\()(?:पूर्व|मेजर|जनरल|लेफ्टिनेंट|कर्नल|ब्रिगेडियर|एडमिरल|कमोडोर|एयर|मार्शल|राजदूत|डॉ\.?|प्रो\.?|"
    r"से\.\s?नि\.?|सेवानिवृत्त|रिटायर्ड|लेखक|लेखिका)(?=\s|\)|$|\.)"
)
_BYLINE_WORDS = 8
_BYLINE_CHARS = 100  # eight words of Devanagari with a bracket fit well inside it


def signed_turns(units: Sequence[tuple[str, int, str]]) -> tuple[str, ...] | None:
    """Each unit's turn in a signed piece (BYLINE, SIGNED or ""), or None for no signed piece.

    A signed piece names its author at the top, in a byline of a title and a name only (the
    standfirst or the first paragraph: "मेजर जनरल (से.नि.) <name>"), or in a closing note on the
    author ("(लेखक … हैं)"). Those units are BYLINE (where the author is found); every other body
    unit is SIGNED: the author is its speaker where it speaks in the first person with no one named.
    """
    last = [i for i, (role, _, _) in enumerate(units) if role == "body"][-2:]
    notes = [i for i in last if _AUTHOR_NOTE.match(units[i][2])]
    top = _byline(units)
    if not notes and not top:
        return None
    byline = set(notes) | set(top)
    return tuple(BYLINE if i in byline else SIGNED if u[0] == "body" else "" for i, u in enumerate(units))


def _byline(units: Sequence[tuple[str, int, str]]) -> list[int]:
    """The units of a byline: the standfirst, or else the first body paragraph, when it is a short title and name."""
    for role in ("standfirst", "body"):
        first = [i for i, u in enumerate(units) if u[0] == role]
        if role == "body":
            first = [i for i in first if units[i][1] == units[first[0]][1]] if first else []
        if not first or sum(len(units[i][2]) for i in first) > _BYLINE_CHARS:
            continue  # a sentence or a paragraph, not a title and a name (most)
        text = " ".join(units[i][2] for i in first)
        short = len(WORD_RE.findall(text)) <= _BYLINE_WORDS and not re.search(r"[।?!]|\s(?:है|हैं|था|थे)\b", text)
        if short and _BYLINE_TITLES.search(text):
            return first
    return []


# ------------------------------------------------------------------------ the interviewee
_PERSON_ROLES = frozenset({"official", "local_official", "expert", "analyst", "public"})
# one more word of a name: no postposition or conjunction, which would end it
_NAME_WORD = r"(?:\s+(?!(?:ने|को|में|पर|और|तथा|के|की|का|से)\s)[^\s।,:?()]+)"
# the interviewee right before the interview's noun: "<X> से (हुई) (खास) बातचीत", "<X> का इंटरव्यू"
_WITH = re.compile(
    # the rest of the name after the title ("<title> सुनील राणा"), a bracket ("(सेवानिवृत्त)"), then the postposition
    # (speakers42) and the name after the bracket ("जनरल (से.नि.) <name> से")
    _NAME_WORD + r"{0,4}?\s*(?:\([^)]*\)" + _NAME_WORD + r"{0,3}?\s*)?"
    # "से हमारे संवाददाता की बातचीत"; (speakers42) "से हमारे प्रतिनिधि ने (खास) बात की"
    r"(?:से|का|की|के साथ)\s+(?:(?:हमारे|हमारी|अपने)\s+\S+\s+(?:की|ने)\s+|(?:हमने|मैंने)\s+)?"
    # (speakers46) the means of the talk between: "<X> से फ़ोन पर / ईमेल के ज़रिए / वीडियो कॉल के माध्यम से बात की"
    r"(?:(?:फ़ोन|फोन|टेलीफ़ोन|टेलीफोन|ईमेल|ई-मेल|वीडियो|वीडियो कॉल|ऑनलाइन|ज़ूम|जूम)\s+"
    r"(?:पर|से|के\s+(?:ज़रिए|जरिए|ज़रिये|जरिये|माध्यम\s+से|द्वारा))\s+)?"
    r"(?:(?:हुई|की गई|खास|ख़ास|विशेष|एक्सक्लूसिव|लंबी|विस्तृत|विस्तार से|एक)\s+)*"
    r"(?:इंटरव्यू|साक्षात्कार|बातचीत|बात|भेंटवार्ता|गुफ्तगू|गुफ़्तगू|मुलाकात|मुलाक़ात)"
)
# (speakers42) the interview's noun as a label before the interviewee: "इंटरव्यू: पूर्व विदेश सचिव <name>",
# "खास बातचीत - <title> <name>", "Exclusive Interview : …" (up to two words of its own before the noun)
_LABEL = re.compile(
    r"^\s*(?:[^\s:।?]+\s+){0,2}?(?:इंटरव्यू|इन्टरव्यू|साक्षात्कार|बातचीत|भेंटवार्ता|गुफ्तगू|गुफ़्तगू|interview)"
    r"\s*(?::|ः|[\-–—]\s)\s*(?:(?:पूर्व|रिटायर्ड|सेवानिवृत्त)\s+)?$",
    re.IGNORECASE,
)
# the interviewee as the agent: "<X> ने हमसे/हमारे साथ/<paper> से (खास) बातचीत में …"
_IN_TALK = re.compile(r"(?:बातचीत|इंटरव्यू|साक्षात्कार|गुफ्तगू|गुफ़्तगू)\s+(?:में|के दौरान)")


def _can_be_interviewed(m: Mention, codebook: Codebook) -> bool:
    if m.kind == "role":
        return m.name in _PERSON_ROLES
    if m.kind == "pronoun":
        return True
    if m.kind != "actor":
        return False
    states = {p.actor for p in codebook.places.values()}
    return m.name not in states and codebook.actors[m.name].side not in ("media", "unknown")


def interviewee(
    unit: UnitText, sources: Sequence[Mention], last: tuple[str, str], codebook: Codebook, byline: bool = False
) -> tuple[str, str, int] | None:
    """The person an interview's opening unit introduces: (actor, rule, strength) or None.

    Strength: 2 where the mention stands right before the interview's noun ("<X> से खास बातचीत") or
    is the agent of a talk ("<X> ने … बातचीत में"), plus 1 for a person whose state or name resolves
    (not an unnamed or unresolved speaker); the strongest, first among equals, is the interviewee. `last`: (last speaker, last person), what a pronoun ("उनसे बातचीत") refers to.
    """
    people = [m for m in sources if _can_be_interviewed(m, codebook)]
    vague = _vague(codebook)
    best: tuple[str, str, int] | None = None
    for m in people:
        tied = (
            bool(_WITH.match(unit.text, m.end))
            or (m.kind != "pronoun" and (byline or _agent_of_talk(unit.text, m)))
            or (m.kind != "pronoun" and _LABEL.search(unit.text, 0, m.start) is not None)
        )
        if m.kind == "pronoun" and not tied:
            continue  # a pronoun only where it is the one talked with ("उनसे बातचीत")
        said = unit.show(m.start, m.end)
        how = (
            "a signed piece's author"
            if byline
            else "named with the interview's noun"
            if tied
            else "a person the opening names"
        )
        rule = f"interviewee '{said}', {how} (interview40)"
        speaker = resolve(unit, Candidate(m.start, m, rule), last[0], codebook, last[1])
        guessed = speaker.actor in vague or m.pattern.endswith((_STORY, _SCENE))  # no state named with them
        # (speakers46) and a title with no state that the opening only names ("सेना के पूर्व उप-प्रमुख
        # लेफ़्टिनेंट जनरल (से.)" before a split "<name> से बात की"): the paper's own, as when tied
        if guessed and m.kind == "role" and m.name in _HOME_INTERVIEWED:
            speaker = _home_official(speaker, codebook, m.name)
        # (speakers42) a person introduced by name ("<title> <name> से बातचीत") over a title alone (a headline's
        # "पूर्व राजदूत से बातचीत", whose state the headline's other words may seem to give)
        # (speakers46) a state the paper only guessed for them counts as none: a headline's bare "पूर्व राजदूत"
        # does not outrank "पाकिस्तान के पूर्व राजदूत <name>" in the opening
        strength = 2 * tied + (not guessed) + (tied and m.kind == "role" and bool(m.person))
        if speaker.actor and (best is None or strength > best[2]):
            best = (speaker.actor, speaker.rule, strength)
    return best


def _vague(codebook: Codebook) -> tuple[str, str, str]:
    """The speakers that name no one: none, the unresolved speaker, the unnamed source ("" without one)."""
    unnamed = codebook.roles["sources"].default if "sources" in codebook.roles else ""
    return ("", codebook.voice.unresolved_speaker, unnamed)


# the interviewees whom a paper introduces with no state named are its own country's: an official (its
# official) and (speakers42) a former diplomat or an analyst by title ("पूर्व राजनयिक <name> का इंटरव्यू"), the
# home country itself, as an analyst with a country named is sided ("भारतीय विशेषज्ञ" → india)
_HOME_INTERVIEWED = frozenset({"official", "analyst"})


def _home_official(speaker: Speaker, codebook: Codebook, group: str = "official") -> Speaker:
    """An official the paper interviews with no state named is the outlets' home's (v1.2, v1.4's titled person).

    "पूर्व नौसेना प्रमुख एडमिरल <name> से बातचीत": a paper introduces its own country's former
    officers by title and name; a foreign one it introduces with the state ("पाकिस्तान के पूर्व राजदूत").
    Neither the story's state (round 8) nor the latest units' (speakers round 22) sides them: an
    interview is about what its interviewee thinks of that state, not said by it.
    """
    home = codebook.places.get(codebook.voice.home_country)
    actor = (home.official if group == "official" else home.actor) if home is not None else ""
    if not actor:
        return speaker
    return Speaker(actor, f"{speaker.rule}; interviewed by the paper, no state named → {actor}", speaker.cues)


# (speakers42) a question that asks the interviewee what they will say or think ("… पर आप क्या कहेंगे?", "आप क्या
# बताना चाहेंगे?", "आप इसे कैसे देखते हैं?"): the speech verb is the addressee's, in the future or the present
# of "आप", and no one named in the question has said anything
_WHAT_YOU_SAY = re.compile(
    r"(?<!\S)आप(?!\S)[^।?]*(?:कहेंगे|कहेंगी|बताएंगे|बताएंगी|बताएँगे|बताना चाहेंगे|कहना चाहेंगे|कहिए|कहिये|बताइए|बताइये)"
)


def _asks_what_you_say(text: str) -> bool:
    return _asks(text) and _WHAT_YOU_SAY.search(text) is not None


def _agent_of_talk(text: str, m: Mention) -> bool:
    """`m` is followed by ने and the clause names a talk ("<X> ने हमसे खास बातचीत में कहा")."""
    after = text[m.end :]
    return re.match(r"\s*(?:\)\s*)?ने\s", after) is not None and _IN_TALK.search(after, 0, 80) is not None


# ------------------------------------------------------------------------ one turn
Found = tuple[str, str, int]  # the interviewee: (actor, how it was found, strength); () before it is found


def interview_step(
    unit: UnitText,
    turn: str,
    coded: tuple[VoiceCoding, Speaker],
    sources: Sequence[Mention],
    found: Found | tuple[()],
    last: tuple[str, str],
    codebook: Codebook,
) -> tuple[VoiceCoding, Speaker, Found | tuple[()]]:
    """One unit of an interview: its voice and speaker (`turn_coding`), and the interviewee after it.

    An opening unit may introduce the interviewee (`interviewee`): a stronger finding replaces a
    weaker one (the person named with the interview's noun over the first person named).
    """
    voice, speaker = coded
    if turn in (OPENING, HEADLINE, BYLINE):
        new = interviewee(unit, sources, last, codebook, byline=turn == BYLINE)
        if new is not None and (not found or new[2] > found[2]):
            found = new
    if turn == HEADLINE and voice.voice == "outlet":
        tail = _closing_name(unit, sources, codebook)
        # (speakers42) "इंटरव्यू: <title> <name>" labels the page with its interviewee and cites nothing
        if tail is not None and _LABEL.search(unit.text, 0, tail.start) is None:
            voice, speaker = _cited_in_headline(unit, tail, found, last, codebook)
            return voice, speaker, found
    voice, speaker = turn_coding(unit, turn, voice, speaker, found[:2] if found else ("", ""), codebook)
    return voice, speaker, found


def _closing_name(unit: UnitText, sources: Sequence[Mention], codebook: Codebook) -> Mention | None:
    """A person after an interview headline's last colon, with at most a name after it ("… : पूर्व राजदूत <name>").

    Up to two words may stand between the colon and the title ("पूर्व", "रिटायर्ड"); a postposition
    after it makes the tail a phrase of the headline ("… : पूर्व राजदूत से बातचीत"), not its source.
    """
    colon = unit.text.rfind(":")
    if colon < 0:
        return None
    after = [m for m in sources if m.start > colon]
    if len(after) != 1 or not _can_be_interviewed(after[0], codebook) or after[0].kind == "pronoun":
        return None
    m = after[0]
    if len(WORD_RE.findall(unit.text, colon, m.start)) > 2 or len(WORD_RE.findall(unit.text, m.end)) > 3:
        return None
    if set(WORD_RE.findall(unit.text, m.end)) & {"ने", "का", "की", "के", "को", "से", "में", "पर"}:
        return None
    return m


def _cited_in_headline(
    unit: UnitText, m: Mention, found: Found | tuple[()], last: tuple[str, str], codebook: Codebook
) -> tuple[VoiceCoding, Speaker]:
    """v1.1's headline "… : लावरोव" cites whoever stands after the colon: in an interview, the interviewee.

    The name may be one the gazetteer does not know ("… : पूर्व राजदूत <name>"): the title resolves
    as any speaker's, and where it names no state the interviewee the opening introduces is who it is.
    """
    said = unit.show(m.start, m.end)
    rule = f"'… : {said}' closing an interview's headline (v1.1, interview40)"
    speaker = resolve(unit, Candidate(m.start, m, rule), last[0], codebook, last[1])
    vague = _vague(codebook)
    if (speaker.actor in vague or m.pattern.endswith((_STORY, _SCENE))) and found:
        speaker = Speaker(found[0], f"{rule}: the interviewee, {found[1]}", speaker.cues)
    cue = unit.cue("voice", "reported", "… : <interviewee>", m.start, m.end)
    voice = VoiceCoding("reported", rule, (cue,), (), False)
    return voice, speaker


def turn_coding(
    unit: UnitText,
    turn: str,
    voice: VoiceCoding,
    speaker: Speaker,
    found: tuple[str, str],
    codebook: Codebook,
) -> tuple[VoiceCoding, Speaker]:
    """An interview unit's voice and speaker: answers are the interviewee's quoted words, questions the outlet's.

    `found`: (the interviewee's actor, how it was found), ("", "") when the opening names no one.
    An answer a name's tag opens ("मेहता: …", NAMED) keeps the speaker the coder found for it; any
    other answer unit is the interviewee's, whoever it names, or an unnamed source's when the
    opening names no one (v1.1: an unnamed official whose state the unit does not name → other).
    A question unit attributes a claim only when it names its source (a state, body or person):
    otherwise it is the outlet's own. An opening unit quoted or reported with nobody named in it
    (a quoted headline) is the interviewee's. In a signed piece (SIGNED), a unit the coder attributes
    with nobody resolved that speaks in the first person ("मेरा मानना है कि …") is the author's; its
    voice stays as coded.
    """
    vague = _vague(codebook)
    unknown, unnamed = vague[1], vague[2] or vague[1]
    actor, how = found
    if turn in (QUESTION, EXPLAINED):
        report = codebook.roles["report"].default if "report" in codebook.roles else ""
        cites = speaker.cues and speaker.actor not in (*vague, report) and not _asks_what_you_say(unit.text)
        if voice.voice == "outlet" or cites:
            return voice, speaker
        what = "an interview's question" if turn == QUESTION else "an explainer's answer"
        rule = f"{what}: the outlet's own words, no named source (interview40; was: {voice.rule})"
        return VoiceCoding("outlet", rule, (), voice.regions, False), Speaker("", "")
    if turn == BYLINE:
        return voice, speaker
    if turn == SIGNED:
        if voice.voice == "outlet" or not actor or speaker.actor not in vague or not _first_person([unit.text]):
            return voice, speaker
        return voice, Speaker(actor, f"first-person words, nobody else named, in a signed piece → its author: {how}")
    if turn in (OPENING, HEADLINE):
        if voice.voice == "outlet" or not actor or (speaker.actor not in vague and speaker.cues):
            return voice, speaker
        return voice, Speaker(actor, f"nobody named in an interview's opening → the interviewee: {how}")
    if turn == NAMED and speaker.actor not in ("", unknown):
        own = speaker  # "<name> :" opens the answer (speakers round 21)
    elif actor:
        own = Speaker(actor, f"an interview's answer → the interviewee: {how}")
    else:
        own = Speaker(unnamed, f"an interview's answer, nobody introduced → an unnamed source: {unnamed} (interview40)")
    if voice.voice == "quoted":
        return voice, own
    rule = f"an interview's answer: the interviewee's direct speech over every unit it spans (interview40; was: {voice.rule})"
    return VoiceCoding("quoted", rule, voice.cues, (*voice.regions, (0, len(unit.text))), True), own
