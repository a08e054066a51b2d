"""Sources and speakers: who a unit's words are attributed to (steps 4 and 5 of coding).

A source is a named actor or place, a role phrase ("रूसी राजदूत", "पाकिस्तान के विदेश
मंत्रालय के प्रवक्ता", "सूत्रों", "मीडिया रिपोर्ट्स"), a speaker pronoun or an unnamed source
noun. It attributes words only when it stands next to a marker ("X ने", "X के मुताबिक",
"… : X") in the same clause, outside the quoted words. The speaker is the earliest agent
found that way; a pronoun resolves to the most recent named speaker of the article, which
the caller passes in; a role phrase resolves through the codebook's `speaker_roles` to the
official or state of the country named with it (v1.1), or to the role's default.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from analysis.codebook import Codebook, Hit, RoleGroup, listed_pattern
from analysis.cues import Cue, Region, UnitText, drop_contained, inside, last_word_before, words_after
from analysis.segment import dateline_end
from analysis.vocab import WORD_CLASS, WORD_RE, is_word_char

_NEXT_WORD = re.compile(r"[ \t]*(" + WORD_CLASS + "+)")
_AFTER_WORD = re.compile(WORD_CLASS + r"*[ \t]+(" + WORD_CLASS + "+)")  # round 12: the next word, past a hit's own
# the complementiser that opens reported content ("X ने कहा कि …"): a name after it is what
# was said about, not who said it
_KI = re.compile(r"(?<!" + WORD_CLASS + r")कि(?!" + WORD_CLASS + ")")
_COPULA_KI = (" है कि", " हैं कि")  # speakers round 26: a copular predicate's own कि (`content_start`)
# (round 7) a contrast after a comma ends what was said and opens the outlet's next clause
_CONTRAST = re.compile(r",\s*(?:लेकिन|परंतु|परन्तु|किंतु|किन्तु|मगर|बल्कि|हालांकि|ताहम)(?!" + WORD_CLASS + ")")
# (round 7) asking ("पूछा गया", "पूछे जाने पर", "पूछने पर"): its "से" marks who was asked
_ASKED = re.compile(r"(?<!" + WORD_CLASS + r")पूछ(?:ा|े|ी|ने)(?!" + WORD_CLASS + ")")
# (round 7) the correlative that opens the main clause after a "जब/अगर …" clause
_TO = re.compile(r"(?<!" + WORD_CLASS + r")तो(?!" + WORD_CLASS + ")")
# coordination of two agents of one verb ("लावरोव और डार ने"): words and commas only
# (v1.4: a coordinator or comma is required; a title and a name side by side are one person)
# (round 5) a comma alone does not coordinate: "मॉस्को पहुंचे राजनाथ, रूस ने कहा-" is two clauses;
# a list joins its last member with a coordinator ("पुतिन, शी और मोदी ने")
_COORD = re.compile(r"^\s*(?:और|तथा|एवं|व|एंड)\s*$")
# (v1.4) a personal name after a role noun: one to four words or initials ("डॉ. रमेश तिवारी",
# "सी. राजा मोहन"), between spaces, up to the source marker
# (round 5) a bracketed word after a rank is part of the name: "ब्रिगेडियर (सेवानिवृत्त) <name>"
_PERSON_NAME = re.compile(
    r"(?: +(?:\(" + WORD_CLASS + r"+\)|(?:" + WORD_CLASS + r"+\.)*" + WORD_CLASS + r"+\.?)){1,5} *"
)  # "टी.एस. राव"
# (round 5) an Urdu izafet compound continues a role noun: "वज़ीर-ए-ख़ारजा", "वज़ीर-ए-ममलिकत"
_IZAFET = re.compile(r"-ए-" + WORD_CLASS + "+")
# (round 5) words that begin a time or quantity phrase, not a name, after a role noun in narration
_NOT_NAME_START = frozenset("पिछले अगले पिछली अगली इसी उसी बीते आगामी सभी दो तीन चार".split())
_GENITIVE = frozenset({"के", "का", "की"})


def lone_genitive(words: list[str]) -> bool:
    """Exactly one word, and it is a genitive postposition: what lies between an owner and its noun.

    >>> lone_genitive(["के"]), lone_genitive(["के", "नए"]), lone_genitive([])
    (True, False, False)
    """
    return len(words) == 1 and words[0] in _GENITIVE


# (round 4) Hindi closed-class words that can stand right before "ने"/"का कहना है" without
# being an agent's name: determiners, relative and indefinite pronouns, conjunctions,
# particles and time adverbs. Anything else there that the gazetteer and the role nouns
# do not know is a name or a noun for people (`unlisted_agent`).
_NOT_A_NAME = frozenset(
    "यह वह ये वे इस उस इन उन जिस जिन जिसने जिन्होंने किस किन किसने किसी कोई कई कुछ सभी सब हर एक दोनों "
    "हम मैं मैंने हमने आप आपने तुम तुमने खुद स्वयं और तथा एवं व या लेकिन मगर किंतु परंतु बल्कि हालांकि जबकि "
    "वहीं तो भी ही बाद पहले दौरान बीच अब फिर आज कल साथ ताहम नीज़ नीज इसी उसी अपने अपनी अपना "
    "जो जब तब क्योंकि इसलिए यहां वहां "
    # (round 7) demonstratives of kind and object pronouns: "विशेषज्ञ ऐसी उम्मीद जता रहे हैं" names no one
    "ऐसा ऐसी ऐसे इसे उसे इन्हें उन्हें वैसा वैसी वैसे".split()
)
# (round 7) nouns of a subject matter: a place right before one qualifies the topic, not the
# person ("रूसी मामलों के जानकार" is an expert on Russian affairs, "भारत-रूस संबंधों के जानकार"
# one on the ties), so it neither names the role's country nor is a subject
# speakers50: the same for a field of study, with or without the centre or department that teaches it
# ("रूसी अध्ययन केंद्र के प्रोफेसर", "रूसी भाषा विभाग के अध्यक्ष", "रूसी भाषा के शिक्षक", "रूसी साहित्य के
# विद्वान"): tatsam अध्ययन, भाषा, साहित्य, and the Urdu उमूर (affairs, = मामले)
_TOPIC = re.compile(
    r"(?:-" + WORD_CLASS + r"+)*\s+(?:(?:मामल[ेोा]ं?|मामलात|संबंध|संबंधों|सम्बन्ध|सम्बन्धों|रिश्त[ेोा]ं?|ताल्लुकात|तअल्लुकात|"
    r"मसल[ेोा]ं?|विषय|विषयों|नीति|नीतियों|राजनीति|अर्थव्यवस्था|इतिहास|उमूर)|(?:अध्ययन|भाषा|साहित्य)"
    r"(?:\s+(?:केंद्र|केन्द्र|विभाग|संस्थान|स्कूल|पीठ))?)\s+(?:के|का|की)(?!" + WORD_CLASS + ")"
)
# (round 7) people of the whole world ("दुनिया भर के वैज्ञानिक", "विश्व के विशेषज्ञ", "विदेशी जानकार")
# serve no one state: the v1.2 home country does not apply, they take their group's default (other)
_WORLD = "*world*"
# speakers round 24: researchers named by their field alone, in the oblique plural (`field_only`)
_FIELD = "*field*"
_FIELD_PLURALS = frozenset(
    "शोधकर्ताओं रिसर्चर्स रिसर्चरों शोधार्थियों अनुसंधानकर्ताओं वैज्ञानिकों विज्ञानियों साइंटिस्टों साइंटिस्ट्स".split()
)
_FIELD_LEFT = frozenset("के की का इन उन इन्हीं उन्हीं ये वे यह वह इस उस इसी उसी".split())  # an owner, or ones named before
# (speakers round 40) the one word after the genitive may be a hyphenated compound ("दुनिया के जाने-माने
# चिकित्साविद"): Hindi writes a reduplicated or compound adjective as one word joined by a hyphen
_WORLD_BEFORE = re.compile(
    r"(?:(?:(?:दुनिया|दुनियाभर|दुनिया भर|विश्व|विश्वभर|विश्व भर|जहान)\s+(?:के|की|का)|विदेशों\s+के)\s+(?:"
    + WORD_CLASS
    + r"+(?:-"
    + WORD_CLASS
    + r"+)?\s+)?|(?:विदेशी|वैश्विक)\s+)$"
)
# every match of `_WORLD_BEFORE` holds one of these (विदेश: of विदेशों and विदेशी), found by one C search
_WORLD_ANY = re.compile("दुनिया|विश्व|जहान|विदेश|वैश्विक")
_MAX_NAME_WORDS = 4  # a title and a three-word name: "डॉ. राजेश कुमार शर्मा"
# speakers round 9: a body's name closed by its abbreviation in brackets ("<place> के <name> (<abbr>) की
# निदेशक") counts as one word in the window of a role's country; a name of at most this many words
_BODY_NAME_WORDS = 8
_ABBREVIATION = re.compile(r"\s*\([^()]{1,20}\)")
_BRACKETED = re.compile(r"\([^()]*\)")
# speakers round 10: the words between a source and the document received from it ("<X> से मिली जानकारी")
_RECEIVED_FROM = frozenset(
    {("से", "मिली"), ("से", "प्राप्त"), ("द्वारा", "दी", "गई"), ("द्वारा", "दी", "गयी"), ("द्वारा", "जारी")}
)
# speakers round 10: a personal name of one to three words closing a unit after a title ("… : सीएम <name>")
_TITLED_TAIL = re.compile(r"(?: +" + WORD_CLASS + r"+){1,3}[ ।.!]*")
# the role groups (config `speaker_roles`) whose nouns are titles put before a person's name
_TITLE_GROUPS = frozenset({"official", "local_official"})
# (speakers round 15) bodies that a closing tag names with their place ("…: <region> सरकार")
_BODY_GROUPS = frozenset({"institution", "local_official"})
_TAIL_STOPS = frozenset("में से पर को तक है हैं था थी थे क्या कैसे क्यों कौन जानिए पढ़ें पढ़िए देखें".split())
_NEWS_OF = (["की", "खबर"], ["की", "खबरें"])
_EARLIER = " (introduced earlier)"  # the pattern of a name or office learned from an earlier unit
_STORY = " (the story's state)"  # round 8: the pattern of an official sided by `story_role_mentions`
_SCENE = " (the state of the latest units)"  # speakers round 22: a titled name sided by `scene_country`
# speakers round 22: the groups whose titled names stay the home's in a foreign scene (`scene_country`):
# private voices (v1.2) and the home's local officers (जिलाधिकारी, उपायुक्त: titles of the home's districts)
_HOME_VOICES = frozenset({"public", "local_official"})
# (round 4) an indefinite determiner introduces someone new ("एक अधिकारी", "कुछ राजनयिक"): the
# role noun after it does not refer back to the office an earlier unit named
_INDEFINITE = frozenset("एक कई कुछ किसी कोई अन्य दूसरे दूसरी".split())
# (round 4) a coordinator or an auxiliary between a place and a role noun ends the place's
# clause: "<name> मॉस्को में थे और सूत्रों के अनुसार …" — the sources are not Moscow's
# (speakers round 11) honorific titles of a person: "डॉ. <name> के मुताबिक" cites that person
_HONORIFICS = frozenset("डो डोक्टर डा प्रो प्रोफेसर श्री श्रीमती सुश्री मिस्टर मिसेज".split())  # matching form (ॉ → ो)
_CLAUSE_WORDS = frozenset("और तथा एवं व था थे थी थीं है हैं".split())


class Mention(NamedTuple):
    """A named entity, a speaker pronoun or an unnamed source noun in the unit.

    A named tuple, not a frozen dataclass: every unit makes some, and a frozen dataclass sets
    each field through `object.__setattr__`. Equality and hash are the same (the fields in
    order); a `Hit` (five fields) never equals one.
    """

    kind: str  # actor | place | role | pronoun | source_noun
    name: str  # actor or place id; for a role, its group id
    pattern: str
    start: int
    end: int
    country: str = ""  # a role's country (place id), "" when none is named with it
    person: tuple[str, ...] = ()  # v1.4: the words of a personal name the role phrase ends in
    head: str = ""  # round 4: the role noun's last word when the phrase names its country ("रूसी दूतावास")


@dataclass(frozen=True)
class Speaker:
    """The speaker of a unit (actor id or ""), the rule that found it and its evidence."""

    actor: str
    rule: str
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A possible agent: where it stands, who it is and which rule proposes it."""

    pos: int
    mention: Mention
    rule: str


def _country_of(prev: Hit | Mention, codebook: Codebook) -> str:
    """The country a mention right before a role noun gives it ("रूसी" → russia).

    v1.4: a role of a local office or body with no country named ("नगर निगम के अधिकारियों")
    is the home country's, like the office itself (`no_country: home`): the head noun of
    the chain does not undo what its possessor already settled.
    """
    if prev.kind == "place":
        return prev.name
    if prev.kind == "pronoun":
        return ""  # speakers round 19: "उनके प्रवक्ता" (`pronoun_office`) names no country for what follows
    if prev.kind == "role":
        group = codebook.roles[prev.name].no_country
        if not prev.country and group == "home":
            return codebook.voice.home_country
        if isinstance(prev, Mention) and group == "home_named" and not prev.head and not prev.person:
            # round 4: the v1.3 guess (a unit naming India) is the office's own, not a fact its
            # chain passes on: "सरकारी सूत्रों के अनुसार … भारत" are anonymous sources (other)
            return ""
        return prev.country
    actor = codebook.actors[prev.name]
    return actor.country or (actor.side if actor.side in codebook.places else "")


def apposition(unit: UnitText, prev: Hit | Mention, role: Hit) -> bool:
    """A named person directly followed by a role noun: "बागची, प्रवक्ता" is Bagchi.

    Only commas, brackets or dashes may stand between; any word ("पुतिन के प्रवक्ता",
    "बागची ने … मंत्रियों") makes the role someone else's.
    """
    # (one C search each over the text between, no Python step per character)
    return (
        prev.kind == "actor"
        and _WORD_AT.search(unit.text, prev.end, role.start) is None
        and _SENTENCE_MARK.search(unit.text, prev.end, role.start) is None
    )


def marked_between(unit: UnitText, a: int, b: int) -> bool:
    """A source marker, attribution or speech verb between two positions ends a role phrase.

    "बागची ने कहा कि दोनों मंत्रियों" — the ministers are not Bagchi's country's officials.
    """
    kinds = ("source_before", "source_after", "attribution", "speech_verb")
    return any(a <= h.start < b for k in kinds for h in unit.of(k))


_SENTENCE_MARK = re.compile(r"[।.?!|]")  # what ends a sentence between a name and its apposed role
_END = operator.attrgetter("end")  # a hit's or a mention's end, as one C call


def role_mentions(unit: UnitText, named: Sequence[Hit], codebook: Codebook) -> list[Mention]:
    """Role phrases: a role noun with the country named just before it, if any.

    The country is the place (or role, or actor) that ends at most `role_window_tokens`
    words before the role noun in the same clause, so chains resolve left to right:
    "पाकिस्तान के विदेश मंत्रालय के प्रवक्ता" → the spokesman of Pakistan. A role noun inside
    a named actor's alias ("प्रधानमंत्री इमरान खान") is the name's, not a role.
    """
    if not unit.of("role"):
        return []  # most units name no role noun: nothing to resolve
    actors = [(a.start, a.end) for a in named if a.kind == "actor"]  # a role inside an actor's alias is its name's
    roles = [h for h in drop_contained(list(unit.of("role"))) if not any(s < h.end and h.start < e for s, e in actors)]
    inner = inner_places(unit, named)
    out: list[Mention] = []
    for r in map(functools.partial(with_izafet, unit), roles):
        r = party_role(unit, r, codebook)  # speakers round 47: "<party> के स्थानीय नेता" is the party's
        before = [m for m in [*named, *inner, *out] if m.end <= r.start]
        prev = max(before, key=_END, default=None)
        if prev is not None and apposition(unit, prev, r):
            out.append(Mention("actor", prev.name, prev.pattern, prev.start, r.end))
            continue
        held = pronoun_office(unit, r, prev, codebook)
        if held is not None:
            out.append(held)  # speakers round 19: "उनके प्रवक्ता ने" is the referent's office
            continue
        office = body_office(unit, r, prev, named, codebook)
        if office is not None:
            out.append(office)
            continue
        country, start = country_before(unit, r, prev, (named, [*named, *inner, *out]), codebook)
        titled = title_of(unit, r.end, named, codebook)
        if titled is not None:
            # round 5: the title is learned for the person ("प्रधानमंत्री <name> …", later "प्रधानमंत्री ने")
            head = unit.text[r.start : r.end] if codebook.roles[r.name].resolves == "official" else ""
            out.append(Mention("actor", titled.name, titled.pattern, start, titled.end, head=head))
            continue
        owner = document_owner(unit, r, prev, codebook)
        out.append(owner if owner is not None else role_phrase(unit, r, (country, start), named, codebook))
    return out


# speakers round 47: words that qualify a party's officer between the party's genitive and the role noun
# ("<party> के स्थानीय/वरिष्ठ/प्रदेश/राष्ट्रीय/ज़िला/युवा/पूर्व नेता", "के एक वरिष्ठ प्रवक्ता"), with and without nukta
_PARTY_QUALIFIERS = frozenset("एक स्थानीय वरिष्ठ प्रदेश राष्ट्रीय जिला ज़िला युवा पूर्व प्रमुख कई कुछ दो तीन शीर्ष बड़े कद्दावर".split())
_GENITIVE_POSTPOSITIONS = frozenset({"के", "की", "का"})


def party_role(unit: UnitText, r: Hit, codebook: Codebook) -> Hit:
    """An official's role noun after a party's genitive and qualifiers speaks as the party (speakers round 47).

    The codebook lists the home's parties with their officers ("<party> के नेता*", "<party> के प्रवक्ता*":
    v1.1 a party → its country, v1.2 none named → the home). Hindi puts qualifiers between the genitive and
    the noun ("<party> के स्थानीय नेता", "के एक वरिष्ठ नेता", "के प्रदेश प्रवक्ता") and gives a woman officer
    the feminine genitive ("<party> की प्रवक्ता"): the same officer of the same party, not an unnamed
    official of no state. The phrase without its qualifiers, genitive as "के", is looked up in the codebook;
    if a listed party's officer covers it, the role noun is read as that hit, widened to the party's first
    word, so a state named before the party still wins as it does for the listed phrase ("अमेरिकी कांग्रेस").
    """
    if codebook.roles[r.name].resolves != "official":
        return r
    words = list(WORD_RE.finditer(unit.text, max(0, r.start - 120), r.start))
    i = len(words) - 1
    while i >= 0 and words[i].group() in _PARTY_QUALIFIERS:
        i -= 1
    if i < 1 or words[i].group() not in _GENITIVE_POSTPOSITIONS:
        return r
    if i == len(words) - 1 and words[i].group() == "के":
        return r  # no qualifier: the listed phrase itself already matches
    first = words[max(0, i - 3)].start()
    if _SENTENCE_MARK.search(unit.text, first, r.start) or "," in unit.text[first : r.start]:
        return r
    owner = unit.text[first : words[i].start()]
    phrase = f"{owner}के {unit.text[r.start : r.end]}"
    for h in codebook.matcher.find(phrase):
        if (
            h.kind == "role"
            and h.end == len(phrase)
            and h.start < len(owner)
            and (h.start == 0 or phrase[h.start - 1] == " ")
        ):
            if codebook.roles[h.name].resolves == "official":
                continue
            return Hit(h.kind, h.name, h.pattern, first + h.start, r.end)
    return r


# speakers round 19: a foreign firm or research body owns its offices too ("<university> के वैज्ञानिकों")
_BODY_OWNERS = frozenset({"international", "media", "foreign_body"})
# speakers round 19: the genitive forms of the third-person pronouns, singular and plural, near and far
_GENITIVE_PRONOUNS = frozenset("उनके उनकी उनका इनके इनकी इनका उसके उसकी उसका इसके इसकी इसका".split())


def pronoun_office(unit: UnitText, r: Hit, prev: Hit | Mention | None, codebook: Codebook) -> Mention | None:
    """An office held by the person a genitive pronoun refers to (speakers round 19).

    "उनके प्रवक्ता ने …", "उनकी सरकार ने …": the possessor decides whose office the title is
    (v1.1 reads a role phrase with its possessor, "पाकिस्तान के विदेश मंत्रालय के प्रवक्ता"), and a
    pronoun's possessor is the person it refers to (v1.1's pronoun rule), so the phrase is read as
    that pronoun: the most recent named speaker, not an unnamed official of no state. Only the
    pronoun right before the title, and only offices that serve a state (an expert or a private
    voice is no one's office).
    """
    if not serves_a_state(codebook.roles[r.name]):
        return None
    before = last_word_before(unit.text, r.start)
    if not before or before[0] not in _GENITIVE_PRONOUNS:
        return None
    start = unit.text.rfind(before[0], 0, r.start)
    if unit.text[start + len(before[0]) : r.start].strip() or (prev is not None and prev.end > start):
        return None  # a mark or another word between, or the pronoun inside a name
    return Mention("pronoun", r.name, f"{before[0]} {r.pattern}", start, r.end)  # name: the role, if nobody is named


def body_office(
    unit: UnitText, r: Hit, prev: Hit | Mention | None, named: Sequence[Hit], codebook: Codebook
) -> Mention | None:
    """An office held in an international body or a medium speaks as that body (speakers round 15).

    "<UN body> के महानिदेशक <name> ने", "<paper> के संपादक ने": the genitive names whose office
    the title is (v1.1: a role phrase is read with its possessor, "पाकिस्तान के विदेश मंत्रालय के
    प्रवक्ता"); a body that serves no state gives its holder none either, so the title and a
    name the gazetteer does not know are not the outlets' own official (v1.4's title-with-a-name
    rule is for state offices). Only the genitive right before the title, no other word between.
    """
    if not isinstance(prev, Mention) or prev.kind != "role" or prev.name not in _BODY_OWNERS:
        return None
    if codebook.roles[r.name].resolves == "fixed" or codebook.roles[prev.name].resolves != "fixed":
        return None
    between = WORD_RE.findall(unit.text, prev.end, r.start)
    if between == [] and lone_genitive(r.pattern.split()[:1]):
        between = r.pattern.split()[:1]  # speakers round 18: a role cue that opens with its genitive ("के प्रमुख")
    if not lone_genitive(between) and not held_in(between):
        return None
    end = named_after(unit, r.end, named, codebook) or r.end
    return Mention("role", prev.name, prev.pattern, prev.start, end, prev.country)


# speakers round 20: "our country" in what experts say names theirs (v1.1: an expert → its country); the
# outlets write for the home, so the first person's country there is the home's
_OUR_COUNTRY = re.compile(r"(?<!\S)(?:हमारे|हमारा|हमारी) (?:देश|मुल्क|वतन)(?!\S)")
# speakers49: the first person plural's possessive before a role ("हमारे एक पूर्व राजदूत", "हमारी सेना के",
# "हमारे रक्षा जानकार") and the home's "here" ("अपने/हमारे यहां के विश्लेषक"): in the outlet's own narration
# the writer's state, the outlets' home (v1.1: an official → the state they serve, an expert → its country). Up
# to three words between (quantity, rank, field), none a postposition or a clause's word, none a mark
_OURS = re.compile(r"(?<!\S)(?:(?:अपने|हमारे) (?:यहां|यहाँ)(?: के)?|हमारे|हमारी|हमारा)((?: \S+){0,3}) $")
_OURS_STOPS = frozenset(
    "ने से को पर में के की का तक लिए खिलाफ ख़िलाफ़ बारे साथ बीच पास बाद पहले और तथा एवं या व है हैं था थे थी कि जो "
    "भी ही तो नहीं न".split()
)


# a former or retired holder speaks for no state it serves: the codebook sides veterans and former diplomats by
# their own cues (public, analyst), and coders split on "हमारे एक पूर्व राजदूत" (set BG)
_FORMER = frozenset("पूर्व भूतपूर्व सेवानिवृत्त रिटायर्ड अवकाशप्राप्त".split())
_OURS_MARKS = frozenset(",।:;\"“”‘’'()[]!?|")


def ours_before(text: str, start: int) -> int:
    """Where the first person plural's possessive opens the words right before a role noun, else -1 (speakers49)."""
    m = _OURS.search(text, max(0, start - 80), start)
    if m is None or _OURS_STOPS & set(m.group(1).split()) or _OURS_MARKS & set(m.group(1)):
        return -1
    if _FORMER & set(text[m.start() : start].split()):
        return -1  # a former holder ("हमारे एक पूर्व राजदूत"): no longer serves the state (see _FORMER)
    return m.start()


# speakers round 20: words that end the phrase of a post held in a body ("<body> में … के <title>")
_HELD_STOPS = frozenset("ने से को पर में और तथा एवं है हैं था थे थी कि जो".split())


def held_in(between: Sequence[str]) -> bool:
    """A post held in a body: "<body> में <its field> के (विशेष) <title>" (speakers round 20).

    Hindi names an office inside an international body with the locative as well as the
    genitive ("<WHO> में <disease> के विशेष दूत", "<UN> में <state> के राजदूत"): the post is the
    body's, as `body_office` reads "<body> के प्रमुख". At most four words after "में", none that
    ends the phrase (a postposition or a verb), and a genitive among them or none at all. A
    state's envoy to the body names that state ("<UN> में भारत के राजदूत"), which `country_before`
    finds nearer the title first.
    """
    rest = list(between[1:])
    return between[:1] == ["में"] and len(rest) <= 4 and not _HELD_STOPS.intersection(rest)


# (speakers45) a hyphen between two letters: one compound word that the tokens count twice
_HYPHEN_JOINT = re.compile(WORD_CLASS + r"-(?=" + WORD_CLASS + ")")


def hyphen_joints(text: str, a: int, b: int) -> int:
    """Hyphenated compounds in [a, b): each is one word of an office's name (speakers45).

    Hindi writes a compound of two nouns or adjectives with a hyphen ("सैन्य-तकनीकी सहयोग सेवा",
    "तेल-गैस आयोग", "विज्ञान-प्रौद्योगिकी मंत्रालय"); the token index counts its halves as two words,
    so "रूसी सैन्य-तकनीकी सहयोग सेवा के एक अधिकारी" fell outside the role window that the same
    name without the hyphen stays inside (v1.1: an official → the state they serve). One C search
    over the few characters between a state and a role noun; 0 for most spans, which have no hyphen.
    """
    if "-" not in text[a:b]:
        return 0
    return len(_HYPHEN_JOINT.findall(text, a, b))


def clause_between(words: Sequence[str], codebook: Codebook) -> bool:
    """Whether the words between a place and a role noun hold a clause's word (a conjunction, a copula).

    speakers49: not the conjunction of a two-field portfolio right after the genitive ("<state> के खान एवं
    पेट्रोलियम मंत्री", "के विज्ञान और उच्च शिक्षा मंत्री", "के योजना व विकास मंत्री"): one office, whose
    state the genitive names (v1.1: an official → the state they serve), as with a one-field portfolio.
    """
    if not _CLAUSE_WORDS & set(words):
        return False
    joints = [i for i, w in enumerate(words) if [w] in _AND]
    if not words or words[0] not in _GENITIVE or len(joints) != 1:
        return True
    fields, stops = [*words[1 : joints[0]], *words[joints[0] + 1 :]], codebook.voice.oblique_postpositions
    # a field of one or two words on each side ("विज्ञान और उच्च शिक्षा"), none a clause's word or a postposition
    return not (
        1 <= joints[0] - 1 <= 2
        and 1 <= len(words) - joints[0] - 1 <= 2
        and not set(fields) & (_CLAUSE_WORDS | _GENITIVE | set(stops))
    )


def country_before(
    unit: UnitText,
    r: Hit,
    prev: Hit | Mention | None,
    seen: tuple[Sequence[Hit], Sequence[Hit | Mention]],
    codebook: Codebook,
) -> tuple[str, int]:
    """The country a role noun's left context names, and where its phrase starts.

    A place, role or actor within `role_window_tokens` words before it in the same clause,
    linked to it (genitive, compound, v1.4 locative), gives its country; the whole world
    (round 7) gives none; a national office with no country in a unit that names the home
    country is the home's (v1.3).
    """
    named, known = seen  # the gazetteer's names; all mentions so far (places inside a country too)
    country, start = "", r.start
    shared = coordinated_office(unit, r, prev)
    if shared:
        return shared, prev.start
    if (
        prev is not None
        and unit.index.tokens_between(prev.end, r.start)
        - (named_body_words(unit, prev.end, r.start) or office_chain_words(unit, prev.end, r, named, codebook))
        - hyphen_joints(unit.text, prev.end, r.start)
        <= codebook.voice.role_window_tokens
        and not unit.index.clause_break_between(prev.end, r.start)
        and not marked_between(unit, prev.end, r.start)
        and (linked(unit, prev.end, codebook) or carries_link(unit, prev.end, r))
        and not clause_between(WORD_RE.findall(unit.text, prev.end, r.start), codebook)
    ):
        owner = possessor(unit, prev, known)
        country = _country_of(owner or prev, codebook)
        start = (owner or prev).start if country else r.start
    if not country and worldwide(unit, r.start):
        country = _WORLD  # round 7: "दुनिया भर के वैज्ञानिक" serve no one state
    if not country and field_only(unit, r, prev):
        country = _FIELD  # speakers round 24: "वैज्ञानिकों का कहना है" serve no one state either
    if (
        not country
        and codebook.roles[r.name].no_country == "home_named"
        and (names_home(named, codebook) or (r.name == "official" and home_place_named(unit, named, codebook)))
    ):
        country = codebook.voice.home_country  # v1.3: "विदेश मंत्रालय … भारत …" in Indian news
    if not country and r.name == "analyst" and _OUR_COUNTRY.search(unit.text, r.end):
        country = codebook.voice.home_country  # speakers round 20: experts who say "our country" are its own
    ours = ours_before(unit.text, r.start) if not country else -1
    if ours >= 0:
        # speakers49: "हमारे एक पूर्व राजदूत", "अपने यहां के विश्लेषक"; the phrase starts at the possessive, so
        # that a chain passes it on ("हमारी नौसेना के एक अधिकारी") like a country named
        country, start = codebook.voice.home_country, ours
    # speakers round 23: the Union's adjective names the office even where v1.3 already gave the home
    # (a dateline's "नई दिल्ली" before "केंद्रीय गृह मंत्रालय"), so that the phrase is learned for later units
    home_only = country == codebook.voice.home_country and start == r.start
    union = union_mark(unit, r.start) if not country or home_only else -1
    if union >= 0:
        country, start = codebook.voice.home_country, union  # speakers round 18: "केंद्रीय … मंत्रालय"
    return country, start


# (speakers round 18) the adjective of the Union government ("central"), both spellings of the matching form
_UNION = frozenset({"केंद्रीय", "केन्द्रीय"})
_UNION_ANY = re.compile("|".join(sorted(_UNION)))  # either spelling anywhere, as one C search
_UNION_TAG = " (the Union's adjective)"
_UNION_STOPS = frozenset("के का की में से को पर ने है हैं था थे थी थीं".split())  # a clause or a phrase of its own
_UNION_WORDS = 4  # words of a portfolio between it and the role noun ("स्वास्थ्य एवं परिवार कल्याण")


def union_mark(unit: UnitText, pos: int) -> int:
    """Where "केंद्रीय" opens the compound that ends in the role noun at `pos`, or -1 (speakers round 18).

    Hindi news calls the home's national government "the Centre": "केंद्रीय स्वास्थ्य मंत्रालय",
    "केंद्रीय गृह मंत्रालय के विशेष सचिव" are the outlets' own Union ministry and its officials,
    as "केंद्रीय मंत्री" and "केंद्र सरकार" already are (`local_official`), so the adjective names
    the state as a demonym would (v1.1: an official → the state they serve). Only inside one
    compound: up to `_UNION_WORDS` portfolio words, no postposition between; a genitive before
    it ("<state> के केंद्रीय बैंक") makes the centre that state's.
    """
    if _UNION_ANY.search(unit.text) is None:
        return -1  # most units: neither spelling anywhere in the text, so no word of the window is one
    words = list(WORD_RE.finditer(unit.text, max(0, pos - 120), pos))[-(_UNION_WORDS + 1) :]
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group()
        if w in _UNION:
            gen = (
                words[i - 1].group() in _GENITIVE if i else lone_genitive(last_word_before(unit.text, words[0].start()))
            )
            between = unit.text[words[i].end() : pos]
            return -1 if gen or any(c in ",;:।()" for c in between) else words[i].start()
        if w in _UNION_STOPS:
            return -1
    return -1


_AND = (["और"], ["एवं"], ["तथा"], ["व"])


def coordinated_office(unit: UnitText, r: Hit, prev: Hit | Mention | None) -> str:
    """The second of two offices joined by "और" shares the first's country (speakers round 15).

    "<demonym> दूतावास और वाणिज्य दूतावास", "<state> के मंत्रालय और विभाग": the country
    before the pair qualifies both nouns (Hindi coordinates heads under one modifier), so
    the second is not a bare office that the home country named elsewhere in the unit (v1.3)
    could claim. Only two role nouns of the same kind, with the conjunction and at most one
    qualifier of the second ("वाणिज्य") between; a named place there would be the nearer mention.
    """
    if not isinstance(prev, Mention) or prev.kind != "role" or prev.name != r.name or not prev.country:
        return ""
    between = WORD_RE.findall(unit.text, prev.end, r.start)  # the conjunction, and a qualifier of the second
    return prev.country if between[:1] in _AND and len(between) <= 2 else ""


def role_phrase(unit: UnitText, r: Hit, where: tuple[str, int], named: Sequence[Hit], codebook: Codebook) -> Mention:
    """The mention of a role phrase whose country (`where`: country, start) is settled so far."""
    country, start = where
    group = codebook.roles[r.name]
    end = named_after(unit, r.end, named, codebook)
    if not (end or country) and group.no_country == "home_named" and story_named(unit, named, codebook):
        country = codebook.voice.story_country  # round 12: a bare ministry in a story about one foreign state
    if end and not country and group.resolves != "fixed":
        # v1.4: "विदेश सचिव <name> ने" — the outlets' own official; round 22: the scene's, in a foreign scene
        country = (codebook.voice.scene_country if group.id not in _HOME_VOICES else "") or codebook.voice.home_country
    # round 5: a state's official introduced in narration: the name is learned, the phrase keeps its span
    told = 0 if end or not country else narrated_name(unit, r.end, named, codebook, group)
    person = tuple(WORD_RE.findall(unit.text, r.end, end or told)) if end or told else ()
    # round 4: a national office named with its country ("रूसी दूतावास", "पाकिस्तानी दफ़्तर-ए-ख़ारिजा")
    # is what a later bare one refers back to; its head is the role noun's last word, hyphens kept
    # round 9: also a local office or official of a foreign place ("मॉस्को के मेयर …", later "मेयर का
    # कहना है"): the bare role noun refers back to it, not to the outlets' own (v1.2 home)
    learns = (
        start < r.start and country and (group.no_country == "home_named" or foreign_official(group, country, codebook))
    ) or titled_person(group, end, country)
    head = unit.text[r.start : r.end] if learns else ""  # round 5: the whole role noun ("विदेश मंत्री")
    # (a phrase that starts at its role noun has no word before it: most, so they skip the search)
    union = start < r.start and WORD_RE.findall(unit.text, start, r.start)[:1] in ([w] for w in _UNION)
    pattern = r.pattern + _UNION_TAG if union else r.pattern  # speakers round 18: named in the rule text
    return Mention("role", r.name, pattern, start, end or r.end, country, person, head)


def home_office(m: Mention, codebook: Codebook) -> bool:
    """A national office the unit ties to the home is what a later bare one refers back to (speakers round 23).

    Round 4 learned a foreign office named with its country ("रूसी दूतावास", later "दूतावास ने");
    the home's own office is introduced the same way, by its country, the Union's adjective
    ("केंद्रीय गृह मंत्रालय") or v1.3's home named in the unit, and Hindi then drops the
    qualifier ("मंत्रालय ने बताया कि …"): the same office, so the same state (v1.1: an official →
    the state they serve), not v1.1's unnamed official of no state. A wire digest's new item
    (`wire_item`) forgets what the last item introduced. Not a title one person holds
    (`_SINGLE_HOLDERS`: the home's prime minister is already that person), nor a phrase that learns
    its own head or names a person (round 4, v1.4).
    """
    home = codebook.voice.home_country
    return (
        bool(home)
        and m.country == home
        and codebook.roles[m.name].no_country == "home_named"
        and m.pattern.removesuffix(_UNION_TAG).rstrip("*") not in _SINGLE_HOLDERS
    )


def field_introduced(unit: UnitText, m: Mention, codebook: Codebook) -> list[tuple[str, str]]:
    """Researchers introduced with their owner are whom a later bare field noun refers back to (speakers round 24).

    "<university> के शोधकर्ताओं ने दावा किया …", then "शोधकर्ताओं के अनुसार …": the same
    researchers, the owner's country (round 4's learned office, for the field nouns that
    `field_only` otherwise reads as no one state's). Only a phrase with words before its
    field noun (an owner, a country or a field), never the whole world's.
    """
    if m.kind != "role" or m.name != "expert" or m.country in (_WORLD, _FIELD) or m.person:
        return []
    words = WORD_RE.findall(unit.text, m.start, m.end)
    if len(words) < 2 or words[-1] not in _FIELD_PLURALS:
        return []
    return [(words[-1], role_actor(m, codebook)[0])]


def titled_person(group: RoleGroup, end: int, country: str) -> bool:
    """A title held by a person named right after it is learned for that person (speakers round 18).

    "<ministry> के संयुक्त सचिव <name> ने …", "<district> के जिला अधिकारी <name> ने …": v1.4 makes the
    titled name an official of its country; a later bare "सचिव ने" or "जिला अधिकारी ने" in the
    same article is that person again (Hindi drops the name once the title has introduced it),
    not an unnamed official of no state. Only titles of the official groups, and only with a
    name and a country (round 5 learns the same for the gazetteer's named actors).
    """
    return bool(end and country and group.resolves == "official")


def inner_places(unit: UnitText, named: Sequence[Hit]) -> list[Hit]:
    """Cities, states and provinces of a country (`stance.places`), as places a role noun may follow.

    Speakers round 13: the codebook's Actors section maps places to their countries, and an
    office or official named with a place inside a country serves that country: "<state>
    सरकार", "<city> पुलिस के अधिकारी", "<province> के पुलिस प्रमुख" (a state government of
    India is India's, a city's police of China is China's). Only the place right before the
    role noun, linked to it as a country would be (`country_before`); a place anywhere else in
    the unit names no one's office. Not inside a gazetteer name, not the dateline (v1.2).
    """
    return _places_outside(unit, unit.of("stance_place"), named)


def speaker_named(unit: UnitText, named: Sequence[Hit]) -> list[Hit]:
    """The gazetteer's names plus the world's other states (`speaker_roles.places`), for speakers only.

    Speakers round 14: a speaker tied to a state the `places` list lacks ("<that state> के
    प्रधानमंत्री ने", "<its demonym> वैज्ञानिकों का कहना है", "<it> ने कहा") is that state's, a third
    party (v1.1 Actors: places and demonyms map to countries). The list is kind `speaker_place`,
    which frames and stance never read, so naming such a state moves no frame and no stance
    (a third state in `places` would count for the international context and keep a predicate
    off a pair). Not inside a gazetteer name, a `place_exempt` phrase or the dateline (v1.2).
    """
    extra = unit.of("speaker_place")
    if not extra:
        return list(named)  # most units name no such state
    world = _places_outside(unit, drop_contained(list(extra)), [*named, *unit.of("place_exempt")])
    return sorted([*named, *world], key=operator.attrgetter("start")) if world else list(named)


def _places_outside(unit: UnitText, hits: Sequence[Hit], taken: Sequence[Hit]) -> list[Hit]:
    """`hits` as places, less those inside a `taken` span or in the dateline (v1.2: a dateline names no speaker)."""
    if not hits:
        return []  # most units (its callers' hits are rare kinds): nothing to keep, no dateline to find
    spans = [(h.start, h.end) for h in taken]
    opening = max(unit.dateline, dateline_end(unit.text))
    return [
        Hit("place", h.name, h.pattern, h.start, h.end)
        for h in hits
        if h.start >= opening and not any(s < h.end and h.start < e for s, e in spans)
    ]


def foreign_official(group: RoleGroup, country: str, codebook: Codebook) -> bool:
    """A local office or official (`no_country: home`) named with a country other than the home one (round 9)."""
    return (
        group.no_country == "home"
        and group.resolves == "official"
        and country not in ("", _WORLD, _FIELD, codebook.voice.home_country)
    )


def named_body_words(unit: UnitText, a: int, b: int) -> int:
    """Words of a body's name closed by its bracketed abbreviation in [a, b), less one (round 9).

    Hindi news names a foreign body in full, then its abbreviation: "अमेरिका के सेंटर फॉर
    डिजीज कंट्रोल (सीडीसी) की निदेशक". The name and the abbreviation are one noun of the
    genitive chain, so the role noun after it keeps the country before it (codebook v1.1: an
    official → the state they serve). Without such brackets, or for a longer stretch, 0.
    """
    text = unit.text
    close = text.rfind(")", a, b)
    if close < 0:
        return 0
    bracket = _ABBREVIATION.search(text, a, close + 1)
    if bracket is None or bracket.end() != close + 1:
        return 0
    name = WORD_RE.findall(text, a, bracket.start())
    if not name or name[0] not in _GENITIVE or len(name) - 1 > _BODY_NAME_WORDS:
        return 0
    return unit.index.tokens_between(a, bracket.end()) - 2  # the genitive and the name stay: two words


_CHAIN_WORDS = 5  # (side round 44) words of an office's unbracketed name between two genitives


def office_chain_words(unit: UnitText, a: int, r: Hit, named: Sequence[Hit], codebook: Codebook) -> int:
    """Words of an office's name between the state's genitive and its title's, past the window (side round 44).

    "<state> की <संघीय सैन्य-तकनीकी सहयोग सेवा> के निदेशक <name> ने": Hindi news introduces a
    foreign person once with the state, the office in full and the title, and the office's
    name is one noun of the genitive chain, as `named_body_words` reads a bracketed one (v1.1:
    an official → the state they serve, an expert → its country). Only a chain of exactly two
    genitives with at most `_CHAIN_WORDS` words between and no other postposition or closed-class
    word, and only a title followed by a personal name (`named_after`, `narrated_name`): a
    person introduced, not a bare "<state> की … के अधिकारी" whose words may be a topic.
    """
    # (the title's own pattern may open with the genitive: "के प्रमुख")
    words = WORD_RE.findall(unit.text, a, r.start)
    words += [w for w in WORD_RE.findall(unit.text, r.start, r.end)[:1] if w in _GENITIVE]
    inner = words[1:-1]
    if len(words) < 4 or words[0] not in _GENITIVE or words[-1] not in _GENITIVE or len(inner) > _CHAIN_WORDS:
        return 0  # most role phrases: the state right before the title, or no chain at all
    stops = codebook.voice.oblique_postpositions
    if any(w in _GENITIVE or w in stops or w in _NOT_A_NAME or w in _CLAUSE_WORDS for w in inner):
        return 0
    group = codebook.roles[r.name]
    if not (named_after(unit, r.end, named, codebook) or narrated_name(unit, r.end, named, codebook, group)):
        return 0
    return max(0, unit.index.tokens_between(a, r.start) - codebook.voice.role_window_tokens)


def worldwide(unit: UnitText, start: int) -> bool:
    """The role noun at `start` is qualified by the whole world or abroad ("दुनिया भर के", "विदेशी").

    Round 7: experts, scientists and people "of the world" are no one country's; at most one
    word (a field: "दुनिया के संक्रमण विशेषज्ञ") may stand after the genitive, none after the
    adjective ("विदेशी विशेषज्ञ"; "अंतरराष्ट्रीय संबंध विशेषज्ञ" is a field, not a place). A group's
    default decides (v1.1/v1.3: commentators and unnamed officials of no state named → other).
    """
    if _WORLD_ANY.search(unit.text, max(0, start - 60), start) is None:
        return False  # most role nouns: no word of the world in the window, so no match can end at `start`
    return bool(_WORLD_BEFORE.search(unit.text, max(0, start - 60), start))


def field_only(unit: UnitText, r: Hit, prev: Hit | Mention | None) -> bool:
    """Researchers named only by their field, in the plural, speak for no one state (speakers round 24).

    "वैज्ञानिकों का कहना है कि …", "रिसर्चर्स ने जताई आशंका", "शोधकर्ताओं ने रिपोर्ट में कहा": Hindi
    news cites the scientific community by its field noun in the oblique plural with no body,
    no name and no country; v1.1 sides an expert with its country, and there is none: not the
    home's private voice of v1.2 (which is "always introduced with its country when foreign"
    for people and firms, not for research, whose findings are the world's). Only the
    research nouns' oblique plurals, the first words of their phrase: an owner ("<institute>
    के वैज्ञानिकों", also across a word of field: "<university> के कृषि वैज्ञानिकों"), a
    demonstrative ("इन वैज्ञानिकों": ones named before) or a mention next to it keeps the
    reading it had; doctors and a singular scientist stay the home's.
    """
    if r.name != "expert" or WORD_RE.findall(unit.text, r.start, r.end) not in ([w] for w in _FIELD_PLURALS):
        return False
    before = WORD_RE.findall(unit.text, max(0, r.start - 40), r.start)[-2:]  # a field may stand between
    if _FIELD_LEFT.intersection(before):
        return False
    return prev is None or unit.index.tokens_between(prev.end, r.start) > 0  # not a compound ("<body> वैज्ञानिकों")


def document_owner(unit: UnitText, r: Hit, prev: Hit | Mention | None, codebook: Codebook) -> Mention | None:
    """A report whose genitive owner is a medium or a named actor speaks as that owner (v1.4).

    "पाक मीडिया की रिपोर्ट्स के मुताबिक", "डॉन की रिपोर्ट में": the report is the paper's
    words (side `media`), not an unnamed report (`other`); so are reports running in a medium
    ("पाकिस्तानी मीडिया में खबरें"). Only a fixed role (a report, a declaration) is owned so,
    only by a fixed role, an actor or (round 5) a state body named with its country, and only
    through the genitive ("डॉन की एक रिपोर्ट"), "में" or the reflexive after the owner's ने.
    """
    if prev is None or codebook.roles[r.name].resolves != "fixed" or prev.kind not in ("actor", "role"):
        return None
    country = prev.country if isinstance(prev, Mention) else ""
    if tuple(WORD_RE.findall(unit.text, prev.end, r.start)) in _RECEIVED_FROM:
        # speakers round 10: information or a report received from someone ("पुलिस से मिली जानकारी के
        # अनुसार") is that someone's words, whatever their kind: the nested source rule (outer source speaks)
        return Mention(prev.kind, prev.name, prev.pattern, prev.start, r.end, country)
    group = codebook.roles[prev.name] if prev.kind == "role" else None
    owns = country or (group is not None and (group.resolves == "fixed" or group.no_country == "home"))
    if group is not None and (not owns or prev.name == r.name):
        # round 5: a state body named with its country owns its report too; speakers round 11: so does
        # a local office with none ("स्वास्थ्य विभाग के आंकड़ों के अनुसार": v1.2, the outlets' own office)
        return None
    # round 5: a later bare "रिपोर्ट" is this owner's (`introduced_names`); a joint statement is
    # never one party's, so it is not learned for the party its genitive names
    head = unit.text[r.start : r.end] if r.name != "joint" else ""
    between = [w for w in WORD_RE.findall(unit.text, prev.end, r.start) if w not in _INDEFINITE]
    if between in (["ने", "अपनी"], ["ने", "अपने"]):
        # round 5: the subject's own report ("समिति ने अपनी रिपोर्ट में …"): the subject stays the agent
        return Mention(prev.kind, prev.name, prev.pattern, r.start, r.end, country, head=head)
    if between[-1:] in (["के"], ["का"], ["की"]) and 1 < len(between) <= 4 and group is not None:
        # (speakers46) a paper or a magazine with its name after its noun ("अमरीकी पत्रिका <name> के एक
        # लेख में", "अख़बार <name> की रिपोर्ट के मुताबिक"): the name's words, none a closed-class word
        if group.id == "media" and not set(between[:-1]) & (_NOT_A_NAME | _GENITIVE | _TAIL_STOPS):
            between = between[-1:]
    if between not in (["के"], ["का"], ["की"], ["में"]):
        return None  # the genitive (a determiner may follow it), or the medium a report runs in
    return Mention(prev.kind, prev.name, prev.pattern, prev.start, r.end, country, head=head)


def named_after(unit: UnitText, end: int, named: Sequence[Hit], codebook: Codebook) -> int:
    """The end of a personal name the gazetteer does not know, right after a role noun (0: none).

    "रक्षा विशेषज्ञ राहुल बेदी का कहना है", "विदेश सचिव <name> ने": one to four words (or
    initials) between the role noun and the next source marker are the official's name,
    unless one is a postposition or another mention stands there. Why it matters: the
    name makes the role phrase one person, so the marker finds it across the initials'
    full stops, and (v1.4 convention) an official or expert introduced by a bare title
    and a name, with no country, is the outlets' own: Hindi news introduces a foreign
    official with the country ("रूसी विदेश मंत्री सर्गेई लावरोव"), its own by title.
    """
    if not unit.of("source_before") and not unit.of("speech_verb"):
        return 0  # no marker at all (most units with a role noun): no name runs up to one
    # round 4: or the speech verb the name is the subject of ("जानकार <name> कहते हैं")
    marker = min([h.start for k in ("source_before", "speech_verb") for h in unit.of(k) if h.start >= end], default=-1)
    if marker <= end or any(end <= h.start < marker for h in (*named, *unit.of("role"))):
        return 0
    if not _BRACKETED.sub("", unit.text[end:marker]).strip():
        return 0  # speakers round 11: a body's bracketed abbreviation ("आयोग (एनएचसी) ने") is no personal name
    name = _PERSON_NAME.fullmatch(unit.text, end, marker)
    words = [w.group() for w in WORD_RE.finditer(unit.text, end, marker) if unit.text[w.end() : w.end() + 1] != "."]
    if name is None or any(w in codebook.voice.oblique_postpositions or w in _NOT_A_NAME for w in words):
        return 0  # a postposition is no name, nor (round 7) a determiner ("विशेषज्ञ ऐसी उम्मीद"); an initial is
    return end + len(unit.text[end:marker].rstrip())


def narrated_name(unit: UnitText, end: int, named: Sequence[Hit], codebook: Codebook, group: RoleGroup) -> int:
    """The end of a two- or three-word name right after a role noun in narration (0: none).

    Round 5: "रूस के उप प्रधानमंत्री <first> <last> की यात्रा …", "… के सलाहकार <first> <last>
    के बीच …": a person the gazetteer does not know is introduced once with role and
    country, often in a sentence that attributes nothing, and speaks later by surname.
    Without a source marker to end the name (`named_after`), a postposition, coordinator or
    comma must: two or three words no cue, closed-class word or number belongs to. Only an
    official of a state named in the phrase (`group` resolves to an official): after other role
    nouns common nouns follow as often as names ("लोग <noun> <noun> से"), and the name is only
    learned: the role phrase keeps its span, so it stays a subject where it was one.
    """
    if group.resolves != "official":
        return 0
    end = _portfolio_end(unit.text, end)
    places = {h.start for h in (*unit.of("place"), *unit.of("stance_place"))}
    words: list[re.Match] = []
    for w in WORD_RE.finditer(unit.text, end):
        gap = unit.text[(words[-1].end() if words else end) : w.start()]
        stop = w.group() in codebook.voice.oblique_postpositions or gap.strip() == ","
        # side round 44: or a place the person travels to or stands in ("<name> <city> पहुंचे"), or the light
        # verb of leading ("<delegation> की क़यादत/का नेतृत्व <title> <name> कर रहे थे")
        if stop or (words and (w.start() in places or w.group() == "कर")):
            break
        if gap.strip() or len(words) == 3:
            return 0
        words.append(w)
    else:
        return 0
    # (side round 44) not the parts of a compound verb: a word only after another cue (`_PARTS_ONLY`)
    known = [(h.start, h.end) for kind, hits in unit.hits.items() if kind not in _PARTS_ONLY for h in hits]
    if not 2 <= len(words) <= 3 or words[0].group() in _NOT_NAME_START:
        return 0
    if any(w.group() in _NOT_A_NAME or inside(w.start(), known) or any(c.isdigit() for c in w.group()) for w in words):
        return 0
    return 0 if any(end <= h.start < words[-1].end() for h in named) else words[-1].end()


# (side round 44) the Urdu title's portfolio: "वज़ीर-ए-ममलिकत बराए <portfolio> <name>"
_PORTFOLIO = re.compile(r"\s+बरा(?:ए|ये|य)\s+" + WORD_CLASS + "+")


def _portfolio_end(text: str, end: int) -> int:
    """Past an Urdu title's "बराए <portfolio>" right after the role noun, else `end` (side round 44).

    The portfolio belongs to the title, and the name follows it; without the skip the
    portfolio word (often a cue: "पेट्रोलियम") stops `narrated_name` from reading the name.
    """
    m = _PORTFOLIO.match(text, end)
    return m.end() if m else end


def with_izafet(unit: UnitText, r: Hit) -> Hit:
    """A role noun with the Urdu izafet compound it heads: "वज़ीर-ए-ख़ारजा" is one title (round 5).

    Without it the title would end at "वज़ीर", and the name after the compound ("… सर्गेई
    लावरोव के साथ") would not be the title's, so the title alone could pass as a subject.
    """
    m = _IZAFET.match(unit.text, r.end)
    return r._replace(end=m.end()) if m else r


def possessor(unit: UnitText, prev: Hit | Mention, before: Sequence[Hit | Mention]) -> Hit | Mention | None:
    """The owner of a compound "place + role" in a genitive chain: "रूसी राष्ट्रपति के अफगानिस्तान दूत".

    A country name standing bare before the role noun ("अफगानिस्तान दूत", envoy for
    Afghanistan) is the compound's first part; when a genitive possessor comes right before
    it ("X के …"), X is whom the envoy serves (v1.4). None when there is no such possessor
    or the place itself is one ("रूस के राजदूत").
    """
    if prev.kind != "place" or _genitive_after(unit, prev.end):
        return None
    if not lone_genitive(last_word_before(unit.text, prev.start)):
        return None
    owners = [m for m in before if m.end <= prev.start and m.kind in ("place", "role")]
    owner = max(owners, key=lambda m: m.end, default=None)
    if owner is None or len(WORD_RE.findall(unit.text, owner.end, prev.start)) != 1:
        return None
    return None if unit.index.clause_break_between(owner.end, prev.start) else owner


def speech_possessor(unit: UnitText, m: Mention, pos: int, codebook: Codebook) -> bool:
    """`m` in the genitive owns the speech noun at `pos`: "मोदी का व्लादिवोस्तोक में ऐलान" (v1.4).

    Only a place phrase may stand between ("में"); a compound postposition ("भारत के साथ
    रिश्तों पर बोले") makes the name an object.
    """
    words = WORD_RE.findall(unit.text, m.end, pos)
    rest = set(words[1:]) & set(codebook.voice.oblique_postpositions)
    return bool(words) and words[0] in _GENITIVE and rest <= {"में"}


def _genitive_after(unit: UnitText, end: int) -> bool:
    """A genitive postposition right after `end` ("रूस के …")."""
    nxt = _NEXT_WORD.match(unit.text, end)
    return nxt is not None and nxt.group(1) in _GENITIVE


def linked(unit: UnitText, end: int, codebook: Codebook) -> bool:
    """A place ending at `end` can name a later role noun's country: "रूस के राजदूत", "रूसी राजदूत".

    A postposition other than the genitive ("रूस पर नजर रखने वाले विश्लेषक", "रूस से आए
    अधिकारी") makes the place the topic or origin of the phrase, not the state it serves;
    v1.4: the locative is where they are ("भारत में कई विश्लेषकों", "इस्लामाबाद में
    सरकारी सूत्रों"), and people and offices in a country speak as its people and offices.
    """
    if _TOPIC.match(unit.text, end):
        return False  # round 7: "रूसी मामलों के जानकार" — the place qualifies the topic
    nxt = _NEXT_WORD.match(unit.text, end)
    word = nxt.group(1) if nxt is not None else ""
    return word in _GENITIVE or word == "में" or word not in codebook.voice.oblique_postpositions


_SOURCES_LINKED = re.compile(r"से\s+जु(?:ड़|ड़|ड)(?:े|ी)\s")  # the text may fold the nukta


def carries_link(unit: UnitText, end: int, r: Hit) -> bool:
    """Sources "linked to" the body right before them speak from it (speakers round 16).

    "<state's> मंत्रालय से जुड़े सूत्रों ने" — the role cue itself opens with the link ("से जुड़े"),
    so the ablative that `linked` reads as the topic or origin joins the body and its sources
    as "के" does ("<state's> मंत्रालय के सूत्रों"). Only for the sources group and only with
    nothing between: "रूस से जुड़े मामलों के जानकार" (experts on matters linked to Russia) keep
    the topic reading.
    """
    return (
        r.name == "sources" and not unit.text[end : r.start].strip() and bool(_SOURCES_LINKED.match(unit.text, r.start))
    )


def with_home(codebook: Codebook, home: str) -> Codebook:
    """The codebook as the coder reads it for an article of an outlet whose home country is `home`.

    Every rule that sides a speaker by the outlets' own country reads `voice.home_country`
    (v1.2 local officials and private people, v1.3 `home_named`, v1.4 a title and a name):
    one copy per home country, so a Pakistani outlet's unnamed officials are Pakistan's
    while an Indian outlet's stay India's (issue #12, `corpus.outlet_home`).
    """
    if not home or home == codebook.voice.home_country:
        return codebook
    copies = codebook.home_copies  # one copy per home, kept with the codebook: asked per unit (`story_codebook`)
    if home not in copies:
        copies[home] = replace(codebook, voice=replace(codebook.voice, home_country=home))
    return copies[home]


def filed_from(unit: UnitText, codebook: Codebook) -> str:
    """The state of the place a story's dateline names ("इस्लामाबाद :" → pakistan), "" when none.

    Round 8: the dateline is read only as where the story is filed (`story_home`); its
    words code nothing (`analysis.cues.dateline_mask` drops them from the unit's hits).
    """
    if not unit.dateline:
        return ""
    places = {h.name for h in codebook.matcher.find_by_kind(unit.form.text[: unit.dateline]).get("place", ())}
    return places.pop() if len(places) == 1 else ""


def story_home(filed: str, lead: str, codebook: Codebook) -> str:
    """The state whose story it is, for the speakers the text gives no state: "" for the codebook's home.

    Round 8 (codebook v1.1: an official serves a state): a story about a pair of states
    that leaves out the outlets' own country ("पाक-रूस …", filed "इस्लामाबाद :") is told
    from one of the pair, the one it is filed from. Its officials and experts introduced
    by title and name, its ministries and its local voices are that state's, not the
    outlets' (the v1.2–v1.4 home-country rules read it through `with_home`). A story of a
    pair with the home country in it (a Moscow-filed India–Russia story, whose Indian
    experts are introduced the same way), a dateline outside the pair or no dateline keeps
    the codebook's home: where a story is filed decides only between the pair's two states.
    """
    if not filed or not lead:
        return ""  # no dateline or no pair yet (most units): no target to look up
    target = next((t for t in codebook.targets if t.id == lead), None)
    if target is None or codebook.voice.home_country in target.parties:
        return ""
    return filed if filed in target.parties else ""


def story_codebook(
    unit: UnitText, opens_story: bool, filed: str, lead: str, codebook: Codebook, told: tuple[str, ...] = ()
) -> tuple[str, Codebook]:
    """The state the story is filed from (kept from its first body unit) and the codebook its speakers take.

    `filed`: what earlier units of the article found ("" before its first body unit);
    `lead`: the story's main pair so far. See `story_home`. `told`: the states the headline
    and the lead name (`story_places`); round 12: a story with no pair yet that is about
    one foreign state is read with that state (`story_country`, `with_story`). A dateline in
    a foreign state names that state too ("इस्लामाबाद :" over a story of Russia is a story of two).
    """
    filed = filed or (filed_from(unit, codebook) if opens_story else "")
    home = story_home(filed, lead, codebook)
    if home or lead:
        return filed, with_home(codebook, home)
    abroad = (filed,) if filed and filed != codebook.voice.home_country else ()  # filed from a foreign state
    return filed, with_story(codebook, story_country(told + abroad, codebook))


def story_places(told: tuple[str, ...], named: Sequence[Hit], opening: bool, codebook: Codebook) -> tuple[str, ...]:
    """The states the story's headline and lead name, in order, one entry per naming (round 12).

    `opening`: the unit is a headline or the story's first body unit; other units add nothing.
    A person of a state names the state ("<a Pakistani general> मॉस्को में" is a story of two
    states, as `names_home` reads a home person as the home country).
    """
    if not opening:
        return told
    return told + tuple(s for s in map(functools.partial(_state_named, codebook), named) if s)


def _state_named(codebook: Codebook, hit: Hit) -> str:
    """The state a place or a person hit names, "" for anything else (round 12)."""
    if hit.kind == "place":
        return hit.name if hit.name in codebook.states else ""
    side = codebook.actors[hit.name].side if hit.kind == "actor" and hit.name in codebook.actors else ""
    return side if side in codebook.states else ""


def story_country(told: tuple[str, ...], codebook: Codebook) -> str:
    """The foreign state a story is about: the only state its headline and lead name, or "".

    Speakers round 12 (codebook v1.1: an official serves a state): news names the country
    a story is about in its headline and lead, and then speaks of that country's ministry,
    commission or spokesman bare. A headline and lead that name the outlets' own country
    (a home story, or the home's dealings with the other) or a second state (a story of
    relations: "दोनों नेताओं", a Pakistani spokesman on Moscow) say no one state: "" (the
    v1.1–v1.3 rules hold). Measured first as "the one named most": that sided Indian and
    Pakistani officials in stories of their dealings with Russia with Russia (sets A, G, J, X).
    """
    states = set(told)
    return states.pop() if len(states) == 1 and codebook.voice.home_country not in states else ""


def with_story(codebook: Codebook, country: str) -> Codebook:
    """The codebook read for a story about the foreign state `country` (round 12); itself when "".

    One copy per state, kept with the codebook's other copies (`home_copies`).
    """
    if not country:
        return codebook
    copies, key = codebook.home_copies, "story:" + country
    if key not in copies:
        copies[key] = replace(codebook, voice=replace(codebook.voice, story_country=country))
    return copies[key]


def scene_states(unit: UnitText, speaking: Sequence[Hit], codebook: Codebook) -> frozenset[str]:
    """The states a unit names: its places, demonyms and persons of a state, and the states of its inner places.

    Speakers round 22: what `scene_country` reads over the latest units. A city or a state of
    the home (`stance.places`) names the home ("<Indian city> में …" is a home scene).
    """
    states = {_state_named(codebook, h) for h in speaking}
    states |= {h.name for h in _places_outside(unit, unit.of("stance_place"), speaking)}
    return frozenset(states - {""})


def scene_left(states: frozenset[str], roles: Sequence[Mention]) -> frozenset[str]:
    """The states a unit leaves the scene: not those its role phrases name as an office's or a person's.

    Speakers round 22: "<state> के प्रधानमंत्री ने कहा …" or "<demonym> विभाग के प्रवक्ता ने …" names
    the state as whose speaker it is; the next "प्रवक्ता <name> ने" may be the other side's reply
    (round 19: the home's spokesman after a foreign one) or the same title again (round 19's
    learned title). Places where things happen, and a state as agent, set the scene.
    """
    return states - {m.country for m in roles if m.kind == "role" and m.country}


def scene_country(seen: Sequence[frozenset[str]], codebook: Codebook) -> str:
    """The one foreign state the latest units name, "" when they name none, two, or the home.

    Speakers round 22 (codebook v1.1: an official serves a state, an expert speaks for its
    country): real news runs items about one foreign state inside a digest, a live page or a
    home story ("<state> में …" for a paragraph, then "<title> <name> ने कहा"); the headline
    (`story_country`) may be about another item. An official's or an expert's title and a
    name with no country of their own are that state's, not the outlets' own (v1.4 read the
    home for them); private voices (`public`), the home's local officers (`local_official`) and
    names the gazetteer lacks stay the home's (v1.2: a trader in a home story of trade with that
    state, a district's officer after an item from abroad; measured). A state of the study's
    pairs is no scene: in a story of Russia or Pakistan a title and a name keep round 12's v1.4
    home reading (the home's officials deal with that state there: sets A, G, J, X). Any naming of the home, or a second state, in the window keeps
    the home's reading; so does a state the unit itself names (the caller): v1.1 reads the
    states a unit names as what its speaker speaks of ("<trader> ने बताया कि <state> से …").
    """
    states = set().union(*seen) if seen else set()
    if len(states) != 1 or codebook.voice.home_country in states:
        return ""
    state = states.pop()
    return "" if any(state in t.parties for t in codebook.targets) else state


def with_scene(codebook: Codebook, country: str) -> Codebook:
    """The codebook read with a scene state (speakers round 22); itself when "" (one copy per reading)."""
    if not country:
        return codebook
    v = codebook.voice
    copies, key = codebook.home_copies, f"scene:{v.home_country}:{v.story_country}:{country}"
    if key not in copies:
        copies[key] = replace(codebook, voice=replace(v, scene_country=country))
    return copies[key]


def story_named(unit: UnitText, named: Sequence[Hit], codebook: Codebook) -> bool:
    """Round 12: the story is about a foreign state and the unit names no state but it, and that one as a place.

    A state the unit names with "में" is where its offices and people are (v1.4); named as an
    agent or an object ("पाकिस्तान ने गोलीबारी की", said by a spokesman) it is what the speaker
    speaks of, and a bare office in such a unit may be any state's: the v1.1 rule holds.
    """
    story = codebook.voice.story_country
    states = [h for h in named if h.kind == "place" and h.name in codebook.states]
    return bool(story) and all(h.name == story and _in_place(unit, h.end) for h in states)


def _in_place(unit: UnitText, end: int) -> bool:
    """The word after the one a hit ending at `end` ends in is the locative "में" (round 12)."""
    nxt = _AFTER_WORD.match(unit.text, end)
    return nxt is not None and nxt.group(1) == "में"


def serves_a_state(group: RoleGroup) -> bool:
    """Round 8: an official or a state office (not an expert, analyst or private voice): v1.1 "serves a state"."""
    return group.resolves == "official" or group.no_country == "home_named"


def story_role_mentions(unit: UnitText, named: Sequence[Hit], codebook: Codebook, story: Codebook) -> list[Mention]:
    """`role_mentions`, the officials and offices read with the story's codebook (`story_codebook`).

    Round 8: where the story is filed says whose its officials are (they serve the state
    the story is told from), not whose its experts are: a Moscow-filed story of Russia and
    Pakistan in an Indian paper still quotes Indian analysts introduced by title and name.
    A unit that names the outlets' own country ("… से जुड़े एक अधिकारी ने बताया कि भारतीय सेना …")
    is read as before: the v1.3 rule gives its unnamed official that country.
    """
    base = role_mentions(unit, named, codebook)
    if story is codebook or not base or names_home(named, codebook):
        return base  # a unit naming the outlets' own country keeps the v1.3 reading: its office is that country's
    told = role_mentions(unit, named, story)
    if [m.start for m in told] != [m.start for m in base]:
        return base  # the two readings split the unit differently: keep the codebook's
    pick = [m.kind == "role" and serves_a_state(codebook.roles[m.name]) for m in base]
    scene = story.voice.scene_country
    return [
        t._replace(pattern=t.pattern + (_SCENE if in_scene(t, scene) else _STORY))
        if (p or in_scene(t, scene)) and t.kind == "role" and t != b
        else b
        for b, t, p in zip(base, told, pick)
    ]


def in_scene(m: Mention, scene: str) -> bool:
    """A title with a name that `role_phrase` gave the scene's state (speakers round 22): any group, not only officials.

    v1.1: an official serves a state, an expert speaks for its country; a person introduced by
    a title and a name in a run of units about one foreign state is that state's person.
    """
    return bool(scene) and m.kind == "role" and bool(m.person) and m.country == scene


def article_homes(outlets: dict[str, str], outlet_home: dict[str, str]) -> dict[str, str]:
    """Each article's home country (doc_id -> place id) for the outlets `corpus.outlet_home` lists.

    `outlets`: doc_id -> outlet name; articles of outlets not listed are left out (the
    codebook's home applies).
    """
    return {d: outlet_home[o.strip()] for d, o in outlets.items() if isinstance(o, str) and o.strip() in outlet_home}


def names_home(named: Sequence[Hit], codebook: Codebook) -> bool:
    """True when the unit names the study's home country (its place, demonym or one of its persons)."""
    home = codebook.voice.home_country
    # round 5: or one of its people ("विदेश मंत्रालय के अनुसार जयशंकर …" names India's ministry)
    return bool(home) and any(
        (h.kind == "place" and h.name == home) or (h.kind == "actor" and codebook.actors[h.name].side == home)
        for h in named
    )


def home_place_named(unit: UnitText, named: Sequence[Hit], codebook: Codebook) -> bool:
    """True when the unit names one of the home's own states or cities and no other state (speakers round 20).

    v1.1 sides an unnamed official with the state the unit names; v1.3 reads the home named
    anywhere in the unit ("विदेश मंत्रालय ने कहा कि भारत …"). A state or city of the home
    (`stance.places`) names the home the same way ("अधिकारियों के मुताबिक <Indian state> के 30
    जिलों में …"): the officials who count its districts are its own. A unit that also names
    another state (a place or a person of it) says no one state, and v1.1's `other` holds. Read
    for unnamed officials only (the caller): a bare ministry is the open codebook question of
    the home's bodies, and round 13 keeps it `other` when a home state is only where cases were.
    """
    home = codebook.voice.home_country
    if not home or not unit.of("stance_place"):
        return False
    if any(_state_named(codebook, h) not in ("", home) for h in named):
        return False
    return any(h.name == home for h in _places_outside(unit, unit.of("stance_place"), named))


def title_of(unit: UnitText, end: int, named: Sequence[Hit], codebook: Codebook) -> Hit | None:
    """The named actor a role phrase ending at `end` is the title of: "राष्ट्रपति पुतिन" is Putin.

    Only spaces may stand between. Round 5: an object keeps its title ("रूसी वज़ीर-ए-ख़ारजा
    <name> के साथ बातचीत के बाद उन्होंने कहा"): the phrase is the named person in the oblique,
    not a bare title that could pass as the sentence's subject.
    """
    i = bisect.bisect_left([h.start for h in named], end)
    if i >= len(named) or named[i].kind != "actor":
        return None
    a = named[i]
    if any(is_word_char(c) or c in "।.?!|,:;" for c in unit.text[end : a.start]):
        return None
    return a


def source_mentions(
    unit: UnitText, named: Sequence[Hit], roles: Sequence[Mention] = (), learned: Sequence[Mention] = ()
) -> list[Mention]:
    """Possible sources: named entities, role phrases, speaker pronouns, unnamed source nouns.

    A role phrase swallows the place named in it ("रूसी राजदूत" is one source). `learned`:
    names an earlier unit of the article introduced with a role (`introduced_names`).
    """
    # learned names before role phrases: a bare "दूतावास" an earlier unit introduced with its
    # country is that office (round 4), not an office of no country
    ms = [Mention(h.kind, h.name, h.pattern, h.start, h.end) for h in named] + list(learned) + list(roles)
    ms += agent_places(unit, named)
    ms += [Mention("pronoun", "", h.pattern, h.start, h.end) for h in unit.of("pronoun")]
    ms += [Mention("source_noun", "", h.pattern, h.start, h.end) for h in unit.of("source_noun")]
    return drop_contained(ms)


_AGENT_AFTER = re.compile(r"\s+(?:ने|का कहना|की ओर से|की तरफ से)(?!" + WORD_CLASS + ")")


def agent_places(unit: UnitText, named: Sequence[Hit]) -> list[Mention]:
    """A state, province or city of a country as the agent of speech: its government, the country's (speakers42).

    "<Indian state> ने भी घोषणा की है कि …", "यूपी ने कहा": v1.1 Actors map places to their countries and
    an official to the state they serve, so a federal state or a city that speaks (its government) is
    its country's, as "रूस ने कहा" is Russia's. Only a place (`stance.places`) right before "ने" or
    "का कहना": elsewhere in the unit it names no one (speakers round 13, `inner_places`).
    """
    if not unit.of("stance_place"):
        return []
    out = []
    for h in inner_places(unit, named):
        if _AGENT_AFTER.match(unit.text, h.end):
            out.append(Mention("place", h.name, h.pattern, h.start, h.end))
    return out


def same_quote(a: int, b: int, regions: Sequence[Region]) -> bool:
    """True when positions `a` and `b` lie inside one quoted stretch."""
    return any(s <= a < e and s <= b < e for s, e in regions)


def near_before(
    unit: UnitText, pos: int, mentions: Sequence[Mention], regions: Sequence[Region], window: int
) -> Mention | None:
    """The mention nearest before `pos` in the same clause, not in the same quote.

    A name in quotation marks right before an unquoted marker ("‘आईएसपीआर’ ने")
    is still the agent; a name inside the quoted words that contain `pos` is not.
    """
    i = bisect.bisect_right([m.end for m in mentions], pos) - 1  # mentions: disjoint, in text order
    if i < 0:
        return None
    m = mentions[i]
    if (
        same_quote(m.start, pos, regions)
        or unit.index.tokens_between(m.end, pos) > window
        or unit.index.clause_break_between(m.end, pos)
        or "ने" in WORD_RE.findall(unit.text, m.end, pos)  # v1.4: the agent of an earlier ने, not of this marker
    ):
        return None
    return m


def near_after(
    unit: UnitText, pos: int, mentions: Sequence[Mention], regions: Sequence[Region], window: int
) -> Mention | None:
    """The mention nearest after `pos` in the same clause, not in the same quote."""
    i = bisect.bisect_left([m.start for m in mentions], pos)
    if i >= len(mentions):
        return None
    m = mentions[i]
    if (
        same_quote(m.start, pos, regions)
        or unit.index.tokens_between(pos, m.start) > window
        or unit.index.clause_break_between(pos, m.start)
    ):
        return None
    return m


def sourced_attributions(
    unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region], window: int
) -> list[Hit]:
    """Attribution phrases ("X के अनुसार") with a source next to them, outside quotes.

    "नियम के अनुसार" (according to a rule) names no source and attributes nothing.
    """
    return [
        h
        for h in unit.of("attribution")
        if not inside(h.start, regions)
        and (
            near_before(unit, h.start, mentions, regions, window)
            or near_after(unit, h.end, mentions, regions, window)
            or honorific_before(unit.text, h.start)
        )
    ]


def honorific_before(text: str, pos: int) -> bool:
    """A person introduced by an honorific ends right before `pos` (speakers round 11).

    "डॉ. <name> के मुताबिक", "प्रो. <name> के अनुसार": a title of a person and one to three
    name words make the phrase a person's, so "according to" cites a source even when the
    gazetteer does not know the name ("नियम के अनुसार" names no one and attributes nothing).

    >>> honorific_before("डो. रमेश वर्मा के मुताबिक", 15)  # the matching form of "डॉ."
    True
    >>> honorific_before("नए नियम के मुताबिक", 9)
    False
    """
    words = WORD_RE.findall(text, max(0, pos - 80), pos)[-(_MAX_NAME_WORDS + 1) :]
    if words[-1:] and words[-1] in _GENITIVE:
        words = words[:-1]  # "के" of "के मुताबिक" when the shorter marker ("मुताबिक") is the hit
    for i in range(len(words) - 2, -1, -1):
        if words[i] in _HONORIFICS:
            return True
        if words[i] in _NOT_A_NAME or words[i] in _GENITIVE:
            return False
    return False


def trailing_source(unit: UnitText, named: Sequence[Hit | Mention], separators: frozenset[str]) -> Hit | Mention | None:
    """ "… : लावरोव", "… : रूसी विदेश मंत्री" — a unit that ends in a separator and one source.

    The source is an actor's name or (v1.2, when the caller passes role phrases) a role
    phrase; a place alone after a colon may be a location tag and is not a source.
    """
    text = unit.text
    cut = max(map(text.rfind, separators), default=-1)
    if cut < 0:
        return news_of(unit, named)
    tail = [h for h in named if h.start > cut and h.kind in ("actor", "role")]
    if len(tail) != 1:
        return None
    h = tail[0]
    after = text[h.end :]
    if (
        h.kind == "role"
        and h.name in _TITLE_GROUPS
        and _TITLED_TAIL.fullmatch(after)
        and not set(WORD_RE.findall(after)) & _NOT_A_NAME
    ):
        after = ""  # speakers round 10: a title and a name the gazetteer does not know ("… : सीएम <name>")
    before = text[cut + 1 : h.start]
    body = any(r.start == h.start and r.end == h.end and r.name in _BODY_GROUPS for r in unit.of("role"))
    if body and body_name(before):
        before = ""  # speakers round 15: a body named with a place the gazetteer does not know ("…: <region> सरकार")
    rest = before + after
    return h if not any(is_word_char(c) for c in rest) else None


_TAIL_NAME = re.compile(r"\s*(" + WORD_CLASS + r"+(?:\s+" + WORD_CLASS + r"+)?)\s*[।.!|]?\s*")


def unlisted_tail(unit: UnitText, separators: frozenset[str], codebook: Codebook) -> Mention | None:
    """A headline closing on ": <a name the gazetteer does not know>" cites that person (speakers round 18).

    v1.1: "a headline of the form '… : लावरोव' is reported"; the form is the headline's, not
    the gazetteer's, so one or two name words after the last colon at its very end are the
    source, sided as round 4's unlisted agents (v1.2: the home country unless the headline
    names another with them). Not a word the codebook knows (a place tag, a report, a body),
    a closed-class word, a teaser ("…: जानिए"), a number; the claim before the colon has
    at least three words (a label "कोरोना अपडेट: दिल्ली" does not).
    """
    cut = max(map(unit.text.rfind, separators), default=-1)
    m = _TAIL_NAME.fullmatch(unit.text, cut + 1) if cut > 0 else None
    if m is None or "public" not in codebook.roles or len(WORD_RE.findall(unit.text, 0, cut)) < 3:
        return None
    words = WORD_RE.findall(m.group(1))
    if set(words) & (_NOT_A_NAME | _TAIL_STOPS | _GENITIVE) or any(ch.isdigit() for ch in m.group(1)):
        return None
    if any(h.end > m.start(1) for hits in unit.hits.values() for h in hits):
        return None  # a word the codebook knows stands there (a place tag, a teaser, a term)
    country = located_in(unit, m.start(1), codebook)
    return Mention("role", "public", "(unlisted agent)", m.start(1), m.end(1), country, tuple(words))


def body_name(words_before: str) -> bool:
    """One or two name words before a body's noun in a closing tag: "…: <region> प्रशासन" (speakers round 15).

    A headline or a figure closing on ": <place> सरकार" cites the body as its source, whether
    or not the gazetteer knows the place (round 13 reads the places it knows); a closed-class
    word or a postposition ("…: जानिए क्या है सरकार") makes it the outlet's own clause.
    """
    words = WORD_RE.findall(words_before)
    return (
        0 < len(words) <= 2
        and not any(c in ",;।.!?()'\"" for c in words_before)
        and not set(words) & (_NOT_A_NAME | _GENITIVE | _TAIL_STOPS)
    )


def news_of(unit: UnitText, named: Sequence[Hit | Mention]) -> Hit | Mention | None:
    """ "…, <someone> के <something> जाने की खबर" — a unit that ends in "news of …" (speakers round 10).

    A headline's closing "की खबर" attributes what it tells to reports, like "खबरें आई हैं कि": the
    news is the source (v1.1: reports → other). Only at the very end of the unit, after "की": "खबर"
    as a topic ("इस खबर के बाद") or under negation ("घायल होने की खबर नहीं") attributes nothing.
    """
    last = [h for h in named if h.kind == "role" and h.name == "report"][-1:]
    if not last or unit.text[last[0].end :].strip(" ।.!|"):
        return None
    return last[0] if WORD_RE.findall(unit.text, 0, last[0].end)[-2:] in _NEWS_OF else None


_PARTS_ONLY = frozenset({"compound_then"})  # hit kinds that are a word only after another cue (`unlisted_agent`)


def unlisted_agent(unit: UnitText, pos: int, mentions: Sequence[Mention], codebook: Codebook) -> Mention | None:
    """An agent the gazetteer and the role nouns do not know, right before the marker at `pos`.

    "<name> ने कहा", "जी.डी. <name> ने कहा", "<noun for people> का कहना है": one to four
    words (initials included) that begin the clause or follow a postposition or a
    closed-class word are a person or group whose words these are. Round 4 (codebook
    v1.1: unknown only when nothing resolves; v1.2: private voices with no country named
    are the home country's): they are sided as private people, the home country unless the
    unit names another with them — never the previous unit's speaker.
    """
    if "public" not in codebook.roles:
        return None
    # a word the codebook knows (a frame's or a stance cue, "नाटो") is vocabulary, not a name; the second
    # part of a stance compound is no word of its own (speakers round 40: "कि*" of "जारी कि*" read alone
    # made every name that opens with कि, "किर्लोस्कर", a known term): it means something only after its first
    known = [
        (h.start, h.end) for kind, hits in unit.hits.items() if kind not in _PARTS_ONLY for h in hits if h.end <= pos
    ]
    start, end, words = pos, 0, []
    for w in reversed(list(WORD_RE.finditer(unit.text, 0, pos))):
        gap = unit.text[w.end() : start]
        if gap.strip(" .") or w.group() in _NOT_A_NAME or w.group() in codebook.voice.oblique_postpositions:
            break
        if any(m.start < w.end() and w.start() < m.end for m in mentions) or inside(w.start(), known):
            return None  # a known mention or term stands in the phrase: not an unlisted agent
        words.insert(0, w.group())
        start, end = w.start(), end or w.end()
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    return Mention("role", "public", "(unlisted agent)", start, end, located_in(unit, start, codebook), tuple(words))


def located_in(unit: UnitText, start: int, codebook: Codebook) -> str:
    """The country of a place right before "में" or a genitive before an unlisted agent, or "".

    Round 9, v1.4 (the locative is where they are: people and offices in a country speak as
    its people and offices), for agents the role nouns do not know: a person named with a
    third state is not the outlets' own. Round 14: also the genitive of a body named with its
    country ("<state> <sport> के मुख्य कार्यकारी <name> ने", "<demonym> फुटबॉल संघ के सचिव …"): v1.1,
    an expert, a body or a party speaks for its country. The world's other states count
    (`speaker_named`).
    """
    before = last_word_before(unit.text, start)
    if before == ["में"]:
        at = unit.text.rfind("में", 0, start)
        places = [h for h in _places(unit) if h.end <= at and not unit.text[h.end : at].strip()]
        return places[-1].name if places else ""
    if before and before[0] in _GENITIVE:
        at = unit.text.rfind(before[0], 0, start)
        return _genitive_place(unit, at, codebook) or _home_town(unit, at)
    return ""


def _home_town(unit: UnitText, at: int) -> str:
    """The country of a city, district or province right before the genitive at `at`, or "" (speakers round 47).

    "<city> के <name> ने कहा", "<district> के <name> का कहना है": Hindi news introduces a private person by
    the place they come from, and that place's country is theirs (v1.1 Actors: places map to countries; v1.2
    private voices are their country's), also when the scene is abroad ("<Gulf city> में टैक्सी चलाने वाले
    <Pakistani city> के <name>"). Only a place of `stance.places` (a country's cities and provinces) that ends
    right before the genitive, with nothing between.
    """
    towns = [h for h in unit.of("stance_place") if h.end <= at and not unit.text[h.end : at].strip()]
    return towns[-1].name if towns else ""


_BODY_WORDS = 2  # words of a body's name between its country and the genitive ("क्रिकेट", "फुटबॉल संघ")


def _places(unit: UnitText) -> list[Hit]:
    """The gazetteer's places and the world's other states (round 14), in text order."""
    return [h for h in speaker_named(unit, list(unit.of("place"))) if h.kind == "place"]


def _genitive_place(unit: UnitText, at: int, codebook: Codebook) -> str:
    """The place that opens a short body name ending at the genitive at `at`, or "" (round 14).

    At most `_BODY_WORDS` words may stand between, none a postposition or a closed-class word
    and no punctuation: "<place> से लौटे लोगों के" is no body of that place.
    """
    for h in reversed([h for h in _places(unit) if h.end <= at]):
        gap = unit.text[h.end : at]
        words = WORD_RE.findall(gap)
        if any(not is_word_char(ch) and not ch.isspace() for ch in gap) or len(words) > _BODY_WORDS:
            return ""
        if set(words) & (_NOT_A_NAME | set(codebook.voice.oblique_postpositions)):
            return ""
        if _TOPIC.match(unit.text, h.end):
            return ""  # speakers50: "<demonym> अध्ययन केंद्र की प्राध्यापिका" — the place qualifies the field
        return h.name
    return ""


def marker_candidates(
    unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> list[Candidate]:
    """Agents next to a source marker: a name before "ने"/"के मुताबिक", or after "according to"."""
    out = []
    window = codebook.voice.source_window_tokens
    for h in unit.of("source_before"):
        m = None if inside(h.start, regions) else near_before(unit, h.start, mentions, regions, window)
        how = "name"
        if m is None and not inside(h.start, regions):
            m, how = unlisted_agent(unit, h.start, mentions, codebook), "unlisted agent"
        if m is not None:
            out.append(Candidate(m.start, m, f"{how} before source marker '{unit.show(h.start, h.end)}'"))
    # (speakers round 17) a marker that is part of a longer `before` marker ("उनके बक़ौल") is read once,
    # as that: its source stands before it, not after
    befores = [(h.start, h.end) for h in unit.of("source_before")]
    for h in unit.of("source_after"):
        if any(s <= h.start and h.end <= e for s, e in befores):
            continue
        m = None if inside(h.start, regions) else near_after(unit, h.end, mentions, regions, window)
        if m is not None:
            out.append(Candidate(m.start, m, f"name after source marker '{unit.show(h.start, h.end)}'"))
    return out


def speaker_candidates(
    unit: UnitText,
    mentions: Sequence[Mention],
    regions: Sequence[Region],
    trailing: Hit | Mention | None,
    codebook: Codebook,
) -> list[Candidate]:
    """Every agent the unit marks; the subject of a speech verb only when nothing else is marked."""
    content = content_start(unit, regions)
    said = (content, content_end(unit, content))  # round 7: what was said ends at a contrast
    cands = [c for c in marker_candidates(unit, mentions, regions, codebook) if not inside(c.pos, [said])]
    cands += [
        Candidate(h.start, Mention("pronoun", "", h.pattern, h.start, h.end), "self-marked pronoun")
        for h in unit.of("self_marked")
        if not inside(h.start, regions) and not inside(h.start, [said])
    ]
    cands = embedded_agents(unit, main_clause(unit, on_behalf(unit, cands, codebook.voice.home_country)))
    if trailing is not None:
        t = (
            trailing
            if isinstance(trailing, Mention)
            else Mention(trailing.kind, trailing.name, trailing.pattern, trailing.start, trailing.end)
        )
        cands.append(Candidate(t.start, t, "trailing source ': <actor>'"))
    exempt = [(h.start, h.end) for h in unit.of("speech_exempt")]
    verbs = [h for h in unit.of("speech_verb") if not inside(h.start, regions) and not inside(h.start, exempt)]
    addressed = None if cands else addressed_agent(unit, mentions, regions, codebook)  # speakers round 25
    if addressed is not None:
        return [addressed]
    if not verbs:
        return closing_source(unit, cands)
    if not cands:
        heard = next(filter(None, (hearsay(unit, v, codebook) for v in verbs)), None)
        if heard is not None:
            return [heard]
        verb = verb_candidate(unit, verbs[0], mentions, regions, codebook)
        return [verb] if verb is not None else []
    first = min(c.pos for c in cands)
    subject = clause_subject(unit, verbs[0].start, mentions, regions, codebook) if verbs[0].end <= first else None
    if subject is not None and subject.start < first:
        # v1.4: "भारत बोला- …, रूस ने कहा- …": a speech verb whose clause ends before every
        # marked agent has its own subject, the unit's first speaker
        said = unit.show(verbs[0].start, verbs[0].end)
        cands.append(Candidate(subject.start, subject, f"subject of the clause of speech verb '{said}'"))
    return closing_source(unit, cited_by(unit, contrasted(unit, cands), codebook))


# (speakers45) citing: "<inner> के हवाले से <outer> ने …", "<inner> का हवाला देते हुए <outer> ने …"
_CITING = re.compile(r"(?<!\S)(?:के|की|का)\s+(?:हवाले\s+से|हवाला\s+देते\s+हुए|हवाला\s+दे\s*कर)(?!" + WORD_CLASS + ")")
_CITING_BREAK = re.compile(r"[।.?!|:;\"“”]|(?<!" + WORD_CLASS + r")कि(?!" + WORD_CLASS + ")")


def _a_channel(m: Mention, codebook: Codebook) -> bool:
    """A mention of the news media or a report: a channel that carries what others said."""
    if m.kind == "actor":
        return m.name in codebook.actors and codebook.actors[m.name].side == "media"
    return m.kind == "role" and m.name in _CHANNEL_GROUPS


_CHANNEL_GROUPS = frozenset({"media", "report"})


def cited_by(unit: UnitText, cands: list[Candidate], codebook: Codebook) -> list[Candidate]:
    """The agent who cites another source speaks, not the source cited (speakers45).

    v1.1: in nested attribution the outer source is the speaker ("डॉन के मुताबिक रूसी विदेश मंत्री ने …"
    is Dawn's). Citing puts the outer source after the inner one: "रूसी अधिकारियों के हवाले से समाचार
    एजेंसी तास ने बताया …" (TASS reports, citing officials), "<X> का हवाला देते हुए <Y> ने कहा …": the
    first agent after the citing phrase, in the same clause (no कि or sentence mark between), when
    marked by ने (the agent of the citing verb), is the unit's speaker. A citing phrase whose clause has no agent of
    its own ("सूत्रों के हवाले से खबर है कि <state> ने …": the agent is inside the reported words) or
    that qualifies a noun ("<media> के हवाले से आई खबरों के मुताबिक") changes nothing, and a news channel
    or a report cited ("रॉयटर्स के हवाले से रूसी विदेश मंत्री ने कहा …") stays the outer source: the
    words reach the paper through it.
    """
    if len(cands) < 2 or "हवाल" not in unit.text:
        return cands  # most units cite no one
    for m in _CITING.finditer(unit.text):
        cited = [c for c in cands if c.pos < m.start()]
        if not cited or any(_a_channel(c.mention, codebook) for c in cited):
            continue  # v1.1: a channel cited ("रॉयटर्स के हवाले से <minister> ने कहा") carries the words: it speaks
        after = sorted(
            (c for c in cands if c.pos >= m.end() and not _CITING_BREAK.search(unit.text, m.end(), c.pos)),
            key=lambda c: c.pos,
        )
        agent = _NEXT_WORD.match(unit.text, after[0].mention.end) if after else None
        if agent is not None and agent.group(1) == "ने":
            return after[:1]
    return cands


# speakers round 25: a headline's verbless speech act addressed to someone, its agent in the genitive
# ("<agent> की <addressee> को <noun>", "<agent> की <addressee> से <content> की <noun>"): the nouns of
# urging, advising, warning and ordering, which name whom they are addressed to with को or से
_ADDRESSED_NOUNS = "अपील|आग्रह|अनुरोध|आह्वान|गुहार|सलाह|नसीहत|हिदायत|ताकीद|चेतावनी|धमकी|निर्देश|सुझाव|संदेश"
_ADDRESS_WORD = r"[^\s।,:;!?'\"‘’“”-]+\s+"
_ADDRESSED = re.compile(
    r"(?<!\S)(?:का|की|के)\s+((?:"
    + _ADDRESS_WORD
    + r"){1,3}?)(?P<to>को|से)\s+(?P<what>(?:"
    + _ADDRESS_WORD
    + r"){0,10}?(?:का|की|के)\s+)?(?:(?:दो टूक|कड़ी|कडी|सख्त|सख़्त|बड़ी|बडी|नई|अहम)\s+)?(?:"
    + _ADDRESSED_NOUNS
    + r")(?=\s*(?:$|[,।:;!?–-]))"
)
# the nouns alone: a unit without one cannot match `_ADDRESSED` (most units: the voice step's quiet path asks)
_ADDRESSED_NOUN = re.compile(_ADDRESSED_NOUNS)
_CLAUSE_OPENING = frozenset({"", ",", ":", "-", "–", "।"})  # what stands before a headline clause's first word
# words after a genitive that make "<X> के/की <word> से/को" a cause, a time, a manner or a side, not an addressee
_NOT_ADDRESSEE = frozenset("वजह कारण बजाय जगह तरह बाद पहले दौरान बीच लिए साथ बारे तरफ ओर अलावा चलते जरिए जरिये".split())


def addressed_act(text: str, regions: Sequence[Region]) -> Hit | None:
    """A verbless speech act addressed to someone, its agent's genitive first (speakers round 25).

    v1.1: speech acts are `reported`, in headlines too; v1.2 reads the speaker's genitive on the
    noun ("पाकिस्तान को रूस की चेतावनी", "पुतिन का बयान"). Hindi headlines also put the addressee
    between the two ("<agent> की <addressee> को सलाह, …", "<agent> की <addressee> से <what> की
    अपील"): the first genitive is the agent's, and the noun's own genitive, when there is one,
    closes the content. Only the nouns of acts addressed to someone (urging, advice, warning,
    order), one to three words of addressee before को or से, and the noun at the end of its
    clause (headline shorthand); a genitive of cause, time or side ("की वजह से") is no addressee.
    The hit opens at the agent's genitive.
    """
    if _ADDRESSED_NOUN.search(text) is None:
        return None
    for m in _ADDRESSED.finditer(text):
        what = WORD_RE.findall(m.group("what") or "")
        # "<place> की यात्रा से बचने की सलाह": से governed by the infinitive right after it, no addressee
        own = m.group("to") == "से" and len(what) == 2 and what[0].endswith(("ने", "नें"))
        if not own and not _NOT_ADDRESSEE.intersection(WORD_RE.findall(m.group(1))) and not inside(m.start(), regions):
            return Hit("speech_verb", "addressed", m.group(0), m.start(), m.end())
    return None


def addressed_agent(
    unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> Candidate | None:
    """The agent of `addressed_act`: the name right before its genitive, or an unlisted one opening the clause."""
    act = addressed_act(unit.text, regions)
    if act is None:
        return None
    before = [x for x in mentions if x.end <= act.start and x.kind in ("actor", "role", "place")]
    m = max(before, key=_END, default=None)
    if m is None or unit.text[m.end : act.start].strip():
        # an addressee's role phrase may have taken the agent in as its owner ("<title> की <officials> को")
        hits = [h for k in ("actor", "place", "role") for h in unit.of(k) if h.end <= act.start]
        hit = next((h for h in hits if not unit.text[h.end : act.start].strip()), None)
        m = Mention(hit.kind, hit.name, hit.pattern, hit.start, hit.end) if hit is not None else None
    if m is None:
        m = unlisted_agent(unit, act.start, mentions, codebook)
    if m is None or unit.text[: m.start].rstrip(" ")[-1:] not in _CLAUSE_OPENING:
        return None  # the headline's agent opens its clause (a question's "क्या है <X> की …" is the outlet's)
    said = unit.show(act.start, act.end)
    return Candidate(m.start, m, f"genitive agent of a speech act addressed with को/से '{said}' (speakers round 25)")


# (speakers round 18) the impersonal passive of telling in the progressive, or its habitual with कि:
# "बताया जा रहा है (कि)", "कहा जा रहा है कि", "बताया जाता है कि" — "it is being said"
_HEARSAY = re.compile(
    r"\s+जा\s+(?:रहा|रही|रहे)(?!" + WORD_CLASS + r")|\s+(?:जाता|जाती|जाते)\s+(?:है|हैं|था|थी|थे)\s+कि(?!" + WORD_CLASS + ")"
)
_HEARD = frozenset({"बताया", "बताई", "बताए", "बताये", "कहा", "कही", "कहे"})


def hearsay(unit: UnitText, v: Hit, codebook: Codebook) -> Candidate | None:
    """Telling in the impersonal progressive passive is hearsay: the words are "reports" (speakers round 18).

    "बताया जा रहा है कि …", "कहा जा रहा है कि …" say that something is going round, with no
    one who says it; Hindi marks a statement by someone named or already speaking with the
    perfective ("बताया गया कि", round 9's most recent speaker) or with an agent. v1.1 sides
    unnamed reports `other` (`report`), so the noun that happens to follow the verb ("बताया जा
    रहा है <a person> के …") is not its speaker, nor is the article's last one. Only when the
    unit marks no agent (the caller asks only then) and only for the verbs of telling; the
    habitual "कहा जाता है" without कि is round 7's naming.
    """
    verb = WORD_RE.findall(unit.text, v.start, v.end)[-1:]
    m = _HEARSAY.match(unit.text, v.end) if verb and verb[0] in _HEARD else None
    if m is None or "report" not in codebook.roles:
        return None
    if verb[0].startswith("कह") and "कि" not in WORD_RE.findall(unit.text, m.end()):
        return None  # "इसे … कहा जा रहा है": calling a thing so (round 7's naming), no words heard
    if "को" in WORD_RE.findall(unit.text, 0, v.start)[-4:]:
        return None  # "<X> को <Y> बताया जा रहा है": X described as Y
    said = unit.show(v.start, m.end())
    return Candidate(
        v.start, Mention("role", "report", "(hearsay)", v.start, m.end()), f"impersonal passive of hearsay '{said}'"
    )


def embedded_agents(unit: UnitText, cands: list[Candidate]) -> list[Candidate]:
    """A "द्वारा" agent before a "ने" agent belongs to an embedded clause (speakers round 10).

    "नगर निगम द्वारा दरें तय करने के दो दिन बाद कंपनी ने घोषणा की": द्वारा marks the agent of
    a passive or a verbal noun; the speech verb with ने is active and its agent is the one
    with ने (v1.1: the main clause decides). Only when a ने agent follows it.
    """

    def marker(c: Candidate) -> list[str]:
        return words_after(unit.text, c.mention.end, 1)  # the first word only, not every word to the end

    agents = [c.pos for c in cands if marker(c) == ["ने"] or c.mention.kind == "pronoun"]
    kept = [c for c in cands if not (marker(c) == ["द्वारा"] and any(p > c.pos for p in agents))]
    return kept or cands


_CLOSING_END = re.compile(r"(?:\s+(?:है|हैं|था|थे|थी|थीं))*\s*[।.!|]?\s*")
_CLOSING_NOT = frozenset("लेकिन मगर पर परंतु किंतु जबकि वहीं और तथा एवं व तो".split())  # a clause of its own
_TELLING = frozenset("बताया कहा बताई बताए".split())  # verbs of plain telling: what they tell is before the comma
_CLOSING_WORDS = (2, 7)  # words of a closing attribution: "सूत्रों ने बताया" … "<title> <name> ने बताया है"


def closing_attribution(unit: UnitText) -> int:
    """Where a closing attribution opens (its comma), or -1 (speakers round 16).

    "<a whole statement>, <source> ने बताया।", "…, <source> के मुताबिक।": Hindi news may name the
    source after what it says, at the sentence's end; the clause after the last comma is then
    no statement of its own but the attribution of all before it (v1.1: the source of a
    statement is who says it; "X ने बताया" is reported). The tail must be short, end the unit
    with a speech verb or a source marker (auxiliaries aside), name its agent (a source marker
    or attribution in it) and hold no "कि" and no quotation mark: "…, लेकिन मंत्री ने कहा कि …"
    is a second statement, not an attribution of the first.
    """
    text = unit.text
    comma = text.rfind(",")
    if comma < 0 or any(q in text[comma:] for q in '"“”‘’'):
        return -1
    words = WORD_RE.findall(text, comma)
    if (
        not _CLOSING_WORDS[0] <= len(words) <= _CLOSING_WORDS[1]
        or "कि" in words
        or len(WORD_RE.findall(text, 0, comma)) < 4
    ):
        return -1
    agents = [h for k in ("source_before", "attribution") for h in unit.of(k) if h.start > comma]
    if not agents or not WORD_RE.findall(text, comma, min(h.start for h in agents)):
        return -1  # the agent stands between the comma and its marker
    marker = max(agents, key=_END)
    if _CLOSING_END.fullmatch(text, marker.end):
        return comma  # "…, खबरों के मुताबिक।"
    # "…, <source> ने बताया।": nothing but the speech verb after the marker (not "…, लेकिन रूस ने तारीख नहीं बताई")
    verb = [h for h in unit.of("speech_verb") if h.start >= marker.end and not text[marker.end : h.start].strip()]
    opener = WORD_RE.findall(text, comma)[:1]
    telling = verb and text[verb[0].start : verb[0].end] in _TELLING  # "मॉस्को ने दी सफाई" is a statement of its own
    if not telling or not _CLOSING_END.fullmatch(text, verb[0].end) or set(opener) & _CLOSING_NOT:
        return -1
    return comma


def closing_source(unit: UnitText, cands: list[Candidate]) -> list[Candidate]:
    """The agent of a closing attribution speaks for the whole unit (`closing_attribution`)."""
    comma = closing_attribution(unit) if len(cands) > 1 else -1
    after = [c for c in cands if c.pos > comma]
    if comma < 0 or not after or len(after) == len(cands):
        return cands
    return [replace(c, rule=f"{c.rule} (a closing attribution after the comma)") for c in after]


# speakers round 22: "<body> की ओर से / की तरफ से / की जानिब से" — on behalf of (v1.2 marker), in both registers
_BEHALF = re.compile(r"\s*(?:की|के)\s+(?:ओर|तरफ|तरफ़|जानिब|जानिब)\s+से(?!" + WORD_CLASS + ")")
_BEHALF_BREAK = re.compile(r"[।,;:!?\"'‘’“”]|(?<!" + WORD_CLASS + r")कि(?!" + WORD_CLASS + ")")


def on_behalf(unit: UnitText, cands: list[Candidate], home: str) -> list[Candidate]:
    """A person who speaks for a body ("<body> की ओर से <title> <name> ने कहा") is the speaker, not the body.

    Speakers round 22 (codebook v1.1: the speaker is who speaks; an official serves a state): v1.2
    made "की ओर से" a source marker for a statement a body issues ("मंत्रालय की ओर से जारी बयान"),
    and the earliest marked agent wins; when the same clause then names an agent of its own
    with "ने" (no comma, quotation or कि between), that agent speaks, on the body's behalf. The
    body's country, if it has one, is the agent's when the agent has none or only the home's by
    default (v1.4 gives a title and a name the `home`; a foreign body's spokesman is its state's).
    """
    out = list(cands)
    for c in cands:
        m = _BEHALF.match(unit.text, c.mention.end)
        later = [
            d
            for d in cands
            if m is not None
            and d.pos >= m.end()
            and "'ने'" in d.rule
            and not _BEHALF_BREAK.search(unit.text, m.end(), d.pos)
        ]
        if not later or c not in out:
            continue
        # the agent as `out` holds it now: with two bodies before one agent ("A की ओर से और B की ओर
        # से <agent> ने"), the first body already gave it its country and its note
        i = next((k for k, x in enumerate(out) if x.pos == later[0].pos and "'ने'" in x.rule and x != c), None)
        if i is None:  # the agent itself went as a body before: nobody left to speak for `c`
            continue
        agent = out[i]
        out.remove(c)
        i = out.index(agent)
        if agent.mention.kind == c.mention.kind == "role" and c.mention.country and agent.mention.country in ("", home):
            agent = replace(agent, mention=agent.mention._replace(country=c.mention.country))
        out[i] = replace(
            agent, rule=f"{agent.rule} (speaking on behalf of '{unit.show(c.mention.start, c.mention.end)}')"
        )
    return out


def main_clause(unit: UnitText, cands: list[Candidate]) -> list[Candidate]:
    """Agents of a "(जब) … तो …" clause give way to an agent of the main clause after तो (round 7).

    "पत्रकारों ने पूछा तो <name> ने कहा कि …": the askers set the scene, the main clause
    speaks (v1.1: the main clause decides mixed units). The तो of a source marker
    ("विशेषज्ञों की मानें तो") belongs to the marker and splits nothing.
    """
    # most units hold none: their marked regions are not listed; a C substring test first, since `_TO`
    # opens with a look-behind that the regex engine tries at every position (COVID: ~1% of coding)
    tos = list(_TO.finditer(unit.text)) if "तो" in unit.text else []
    marked = (
        [(h.start, h.end) for k in ("source_before", "attribution", "speech_verb") for h in unit.of(k)] if tos else []
    )
    for m in tos:
        if inside(m.start(), marked):
            continue
        after = [c for c in cands if c.pos > m.start()]
        if after and len(after) < len(cands):
            return after
    return after_label(unit, relative_speech(unit, cands))


# (speakers46) a relative clause after a comma whose own agent speaks: "…, जिसे <X> ने '…' बताया", "…, जिस पर
# <X> ने कहा कि …"
_RELATIVE = re.compile(r",\s*(?:जिसे|जिसको|जिन्हें|जिन्हे|जिस पर|जिसपर|जिन पर|जिसके बारे में|जिसकी)(?!" + WORD_CLASS + ")")


def relative_speech(unit: UnitText, cands: list[Candidate]) -> list[Candidate]:
    """The agent of a relative clause that holds the unit's only speech act, over the main clause's (speakers46).

    "पुतिन ने <X> के साथ लंबी बातचीत की, जिसे <Y> के अधिकारियों ने 'बेहद सौहार्दपूर्ण' बताया": the main
    clause narrates an act (no speech), the relative clause says who called it what; the words are the
    relative clause's agent's (v1.1: the source of the speech act speaks). Only when no speech verb or
    attribution stands before the relative pronoun.
    """
    if "जिस" not in unit.text and "जिन" not in unit.text:
        return cands
    rel = _RELATIVE.search(unit.text)
    if rel is None:
        return cands
    acts = [h.start for k in ("speech_verb", "attribution") for h in unit.of(k)]
    if not acts or min(acts) < rel.start():
        return cands
    after = [c for c in cands if c.pos > rel.start()]
    return after if after and len(after) < len(cands) else cands


# (speakers42) the coordinating contrast that opens a clause of its own after a comma; not हालांकि ("although"),
# whose clause is the subordinate one, nor पर (also "on")
_BUT = re.compile(r",\s*(?:लेकिन|परंतु|परन्तु|किंतु|किन्तु|मगर|बल्कि)(?!" + WORD_CLASS + ")")


def contrasted(unit: UnitText, cands: list[Candidate]) -> list[Candidate]:
    """Two speakers in clauses joined by "…, लेकिन …": the one after the contrast speaks the unit (speakers42).

    "<state> ने चेतावनी दी है, लेकिन <other state> ने साफ किया है कि …": v1.1, the main clause decides mixed
    units, and a clause opened by लेकिन/परंतु/किंतु/मगर/बल्कि is where the unit's point stands (as for
    stance). Only when the first clause is not itself reported speech running past the comma (no कि
    between the first agent and the contrast: "<X> ने कहा कि …, लेकिन …" is all X's) and an agent of its
    own stands after the contrast, followed by a speech verb of its clause ("…, लेकिन नई दिल्ली ने साफ किया",
    not "…, लेकिन रूस ने इसे नहीं माना": the second clause is then narration).
    """
    if len(cands) < 2 or "," not in unit.text:
        return cands
    for m in _BUT.finditer(unit.text):
        before = [c for c in cands if c.pos < m.start()]
        after = [c for c in cands if c.pos > m.end()]
        if not before or not after:
            continue
        if _KI.search(unit.text, min(c.pos for c in before), m.start()):
            continue
        if not any(h.start > after[0].pos for h in unit.of("speech_verb")):
            continue  # "…, लेकिन मॉस्को ने ऐसा नहीं किया": an act, not a statement; the first clause speaks
        return after
    return cands


def after_label(unit: UnitText, cands: list[Candidate]) -> list[Candidate]:
    """Agents of a sub-heading before a colon give way to an agent after it (speakers round 13).

    "<body> ने जांच की और सही पाया: <state> की ओर से कहा गया कि …": news stories run in short
    sections, each opened by a label that sums up its point, and the label's clause has no
    speech verb; the speech verb after the colon has its own agent (v1.1: the main clause
    decides). A colon after a speech verb ("मंत्री ने कहा: …") introduces words, and splits nothing.
    """
    verbs = [h.start for h in unit.of("speech_verb")]
    for colon in _colons(unit.text):
        after = [c for c in cands if c.pos > colon]
        if not after or len(after) == len(cands) or any(v < colon for v in verbs):
            continue
        if any(v > colon for v in verbs):
            return [replace(c, rule=f"{c.rule} (after a sub-heading's colon)") for c in after]
    return cands


# speakers round 21: an interview's answer opened by its tag (`speaker_tag`)
_ANSWER_TAGS = frozenset({"जवाब", "जबाब", "उत्तर"})
_TAG_WORDS = 4  # a title and a name ("डीसी अमित कुमार"), or an honorific, title and two names
_TAG = re.compile(r"\s*((?:" + WORD_CLASS + r"+\.?\s+){0,3}" + WORD_CLASS + r"+\.?)\s*:\s*(?=\S)")
_TAG_STOPS = _GENITIVE | _TAIL_STOPS | _NOT_A_NAME | {"ने", "के", "द्वारा"}  # a topic ("<X> का दौरा :")


def opens_with_tag(text: str) -> int:
    """Where the colon of a tag "<one to four words> :" that opens the unit stands, or -1.

    A unit with no colon has no tag: one C scan says so before the tag pattern backtracks
    over its words (asked of most units, by the voice fast path; COVID: 1.6% of coding).
    """
    if ":" not in text:
        return -1
    m = _TAG.match(text)
    return m.end(1) + text[m.end(1) :].index(":") if m and len(WORD_RE.findall(m.group(1))) <= _TAG_WORDS else -1


def own_attribution(unit: UnitText, colon: int) -> bool:
    """An answer that attributes its words itself: "जवाब: <source> ने कहा कि …" (speakers45).

    An explainer answers a question with what a source said ("जवाब: लावरोव ने कहा कि …", "उत्तर:
    रूस ने … की अपील की"): the answer's own source marker and speech verb after the tag make it
    indirect speech with that source (v1.1: "X ने कहा कि …" is `reported`), not the answering
    voice's direct speech. A source marker with no speech verb after it ("जवाब: व्यापार ने रिश्तों
    को मज़बूती दी") attributes nothing and keeps the tag's reading. (An interview's answers are
    the interviewee's whatever they say: `analysis.interview` decides those.)
    """
    marks = [h.start for h in unit.of("source_before") if h.start > colon]
    return bool(marks) and any(h.start > marks[0] for h in unit.of("speech_verb"))


def speaker_tag(unit: UnitText, mentions: Sequence[Mention], codebook: Codebook) -> tuple[int, Mention | None] | None:
    """An answer in an interview: "जवाब : …" or "<title> <name> : …" opening a body unit (speakers round 21).

    Interviews run as question and answer; the answer's tag names who speaks (a person, or
    "जवाब", the person interviewed), and its words are direct speech up to the end of the
    paragraph (v1.1: every unit inside a quotation that spans several units is quoted). A
    place before the colon is a dateline ("पटना : …") and a phrase with a postposition a
    topic ("<name> का दौरा : …"), not a tag: only a person named (a title alone is not a name)
    from the tag's first word, or the word "answer" itself. Returns the colon and the person.
    """
    colon = opens_with_tag(unit.text)
    if colon < 0:
        return None
    words = WORD_RE.findall(unit.text, 0, colon)
    if len(words) == 1 and words[0] in _ANSWER_TAGS:
        return None if own_attribution(unit, colon) else (colon, None)
    if set(words) & _TAG_STOPS or not "\u0900" <= words[0][0] <= "\u097f":
        return None  # a topic, or a label in Latin script ("Official Line:")
    if any(h.start > colon for h in unit.of("source_before")):
        return None  # a sub-heading's label: what follows has its own source (round 13's `after_label`)
    first = WORD_RE.search(unit.text).start()
    for m in mentions:
        if m.start <= first < m.end and m.end <= colon and is_person(m, codebook):
            named = m.kind == "actor" or (m.kind == "role" and WORD_RE.search(unit.text, m.end, colon) is not None)
            return (colon, m) if named else None
    return None


def tagged_speaker(
    unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region], last_speaker: str, codebook: Codebook
) -> Speaker | None:
    """The person an interview's tag names (`speaker_tag`), when the voice read the tag (speakers round 21).

    "जवाब :" names no one: the unit goes on to the agentless rules (the last named speaker).
    """
    tag = speaker_tag(unit, mentions, codebook)
    if tag is None or tag[1] is None or (tag[0] + 1, len(unit.text)) not in regions:
        return None
    said = unit.show(tag[1].start, tag[0]).rstrip()
    return resolve(
        unit, Candidate(tag[1].start, tag[1], f"speaker tag '{said} :' (speakers round 21)"), last_speaker, codebook
    )


def _colons(text: str) -> Iterator[int]:
    """Where the colons of `text` are, in order: `str.find` steps in C, not a Python step per character."""
    i = text.find(":")
    while i >= 0:
        yield i
        i = text.find(":", i + 1)


def verb_candidate(
    unit: UnitText, v: Hit, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> Candidate | None:
    """The agent of a speech verb when no source marker names one: its subject or a name next to it."""
    window = codebook.voice.source_window_tokens
    overlapping = [m for m in mentions if m.start < v.end and v.start < m.end and m.kind in ("actor", "role")]
    said = unit.show(v.start, v.end)
    subject = clause_subject(unit, v.start, mentions, regions, codebook)
    before = near_before(unit, v.start, mentions, regions, window)
    target = WORD_RE.findall(unit.text, v.start, v.end)[:1] == ["पर"]  # speakers round 15: "<X> पर आरोप"
    if (
        before is not None
        and oblique(unit, before, codebook)
        and (unit.index.tokens_between(before.end, v.start) or target)
    ):
        # an object ("भारत से … बोले"), unless the phrase is its own ("रूस की चेतावनी") or (v1.4)
        # the speech noun's possessor stands a place phrase before it ("मोदी का मॉस्को में ऐलान")
        before = next(
            (
                m
                for m in mentions
                if m.end <= v.start
                and speech_possessor(unit, m, v.start, codebook)
                and not unit.index.clause_break_between(m.end, v.start)
            ),
            None,
        )
    document = document_source(unit, v.start, mentions, codebook)
    after = before_content(unit, v.start, near_after(unit, v.end, mentions, regions, window))
    shared = comma_subject(unit, v.start, mentions, regions, codebook)
    m = (overlapping[0] if overlapping else None) or subject or before or document or after or shared
    if m is None:
        bare = bare_agent(unit, v, mentions, codebook)
        return Candidate(bare.start, bare, f"unlisted agent of speech verb '{said}'") if bare is not None else None
    how = "subject of the clause of" if m is subject and not overlapping else "name next to"
    how = "document the words are in, for" if m is document and m is not before else how
    how = "subject before the comma, shared by" if m is shared and m is not after else how
    return Candidate(m.start, m, f"{how} speech verb '{said}'")


_SAYS_BARE = frozenset({"बोला", "बोले", "बोली", "बोलीं"})
_AUX_PRESENT = (["हैं"], ["है"], ["थे"], ["थी"], ["थीं"])  # (speakers46) after a habitual participle
_ACT_NOUNS = frozenset("आरोप आह्वान ऐलान एलान सुझाव बयान दावा चेतावनी अपील धमकी नसीहत".split())


def bare_agent(unit: UnitText, v: Hit, mentions: Sequence[Mention], codebook: Codebook) -> Mention | None:
    """A name the gazetteer does not know as the agent of a headline's speech (speakers round 15).

    Headlines drop ने: "<name> बोलीं- …" (the subject of बोलना, which takes no ergative) and
    "<name> का <target> पर आरोप, …" (the genitive owns the speech noun). One to four name words
    that open their clause (the unit's start or after a comma or colon) are the speaker, sided as
    `unlisted_agent` sides them (v1.2: private voices with no country are the home country's).
    Only when the verb is followed by a speech mark (बोले-), or the noun by a clause end.
    """
    words = WORD_RE.findall(unit.text, v.start, v.end)
    nxt = unit.text[v.end :].lstrip(" ")[:1]
    if words[-1:] and words[-1] in _SAYS_BARE and nxt and nxt in "-–:,":
        pos = v.start
    elif words[-1:] and words[-1].endswith(("ते", "ती")) and WORD_RE.findall(unit.text, v.end)[:1] in _AUX_PRESENT:
        # (speakers46) the habitual present takes no ergative either: "<name> कहते हैं, …", "<surname> याद
        # दिलाते हैं कि …", "<name> मानती हैं कि …" — the name that opens the unit speaks
        pos = v.start
    elif _ACT_NOUNS.intersection(words) and (not nxt or nxt in "-–:,।"):
        before = list(WORD_RE.finditer(unit.text, 0, v.start))[-4:]
        gen = [w for w in before if w.group() in _GENITIVE and "," not in unit.text[w.end() : v.start]]
        if words[0] in _GENITIVE:
            pos = v.start  # speakers round 21: the genitive is the hit's own ("<name> का बड़ा एलान, …")
        elif not gen:
            return None
        else:
            pos = gen[-1].start()
    else:
        return None
    m = unlisted_agent(unit, pos, mentions, codebook)
    if m is None or unit.text[: m.start].rstrip(" ")[-1:] not in ("", ",", ":"):
        return None
    return m


def comma_subject(
    unit: UnitText, pos: int, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> Mention | None:
    """The subject a speech verb right after a comma shares with the clause before it (round 5).

    "… पर भड़के <name>, बोले- …", "मॉस्को में इमरान खान, कहा- …": a headline's second clause
    drops its subject; the name that ends the first clause, right before the comma and in
    no postposition, speaks. None when a word stands between the comma and the verb.
    """
    comma = unit.text.rfind(",", 0, pos)
    if comma < 0 or any(is_word_char(c) for c in unit.text[comma + 1 : pos]):
        return None
    m = next((m for m in reversed(mentions) if m.end <= comma), None)
    if m is None or m.kind not in ("actor", "role", "place", "pronoun") or inside(m.start, regions):
        return None
    if oblique(unit, m, codebook):
        return None
    if not unit.text[m.end : comma].strip():
        return m
    return m if predicate_after(unit, m, comma, mentions, codebook) else None


def predicate_after(unit: UnitText, m: Mention, comma: int, mentions: Sequence[Mention], codebook: Codebook) -> bool:
    """ "<subject> सतर्क, कहा- …": one or two predicate words after the subject close the first clause.

    Speakers round 13: a headline's first clause may end in its predicate ("सरकार अलर्ट",
    "मंत्री सख्त", "पुलिस नाराज"), and the speech verb after the comma shares its subject.
    The subject must open its clause (no other bare name before it, nothing after it but the
    predicate): in "<name> <place> पहुंचे, कहा- …" the place is where he went, not who speaks,
    and a postposition after the subject makes it no subject at all.
    """
    words = WORD_RE.findall(unit.text, m.end, comma)
    if not 1 <= len(words) <= 2 or set(words) & ({"ने", "को", *codebook.voice.oblique_postpositions} | _GENITIVE):
        return False
    start = max(unit.text.rfind(sep, 0, m.start) for sep in (",", ":", "।", "|", "-"))
    return not any(start < o.start < m.start and not oblique(unit, o, codebook) for o in mentions)


def bare_channel(
    unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region], first: int, codebook: Codebook
) -> Hit | None:
    """A statement cited with no issuer before every agent the unit marks (round 5).

    "बयान के मुताबिक दोनों पक्षों ने …": the statement of the article's last speaker is the
    outer source of what the sides agreed (v1.1: nested attribution → the outer source;
    the codebook's note: a statement is a channel that refers back to its issuer). A speech
    phrase that contains an attribution marker ("बयान के अनुसार", "विज्ञप्ति के मुताबिक")
    with no name before it is such a channel.
    """
    window = codebook.voice.source_window_tokens
    for h in unit.of("speech_verb"):
        if h.start >= first or inside(h.start, regions):
            continue
        if any(h.start <= a.start and a.end <= h.end for a in unit.of("attribution")):
            return h if near_before(unit, h.start, mentions, regions, window) is None else None
    return None


def content_start(unit: UnitText, regions: Sequence[Region]) -> int:
    """Where the reported content opens: the complementiser कि after the first speech verb.

    v1.4: "बताया जा रहा है कि पाकिस्तान ने …", "परिवारों का आरोप है कि अधिकारियों ने …" —
    an agent marked inside what was said is a subject of the content, not the speaker.
    Speakers round 26: a copular predicate whose pattern ends in its कि ("जानकारी है कि", "खबर है कि",
    "आग्रह है कि") opens the content at that कि, inside the hit, as "कहा कि" opens it after "कहा": the
    copula has no agent of its own, so a ने after it is the content's. (A verb's own कि, "पूछा कि", is
    left as it was: the next main clause, "… तो <X> ने कहा कि", has no boundary here.)
    """
    verb = next((h for h in unit.of("speech_verb") if not inside(h.start, regions)), None)
    copula = verb is not None and listed_pattern(verb).endswith(_COPULA_KI)
    ki = _KI.search(unit.text, verb.start if copula else verb.end) if verb is not None else None
    return ki.start() if ki is not None else len(unit.text) + 1


def content_end(unit: UnitText, start: int) -> int:
    """Where reported content that opens at `start` ends: a contrast after a comma (round 7).

    "पहले खबर आई थी कि रूस ने … रद्द किया है, लेकिन मॉस्को ने इससे इनकार किया": the clause after
    ", लेकिन" is the outlet's again, and its agent speaks (v1.1: the main clause decides).
    """
    m = _CONTRAST.search(unit.text, start) if start < len(unit.text) else None
    return m.start() if m is not None else len(unit.text) + 1


def document_source(unit: UnitText, pos: int, mentions: Sequence[Mention], codebook: Codebook) -> Mention | None:
    """A document named with "में" before a passive speech act is its source (v1.4).

    "सम्मेलन के घोषणा-पत्र में … की निंदा की गई", "संयुक्त बयान में … पर जोर दिया गया":
    the declaration or report speaks (its issuer's side, `fixed` roles), as in the v1.2
    rule "रिपोर्ट में कहा गया". Only fixed roles (joint statements, declarations, reports,
    media) are documents; the same clause, before the speech act.
    """
    owned = {h.end for h in unit.of("role") if codebook.roles[h.name].resolves == "fixed"}
    for m in mentions:
        fixed = m.kind == "role" and codebook.roles[m.name].resolves == "fixed"
        if m.end > pos or not (fixed or (m.kind in ("actor", "role") and m.end in owned)):
            continue  # speakers round 11: a document its owner names ("<paper> की रिपोर्ट में") is one too
        nxt = _NEXT_WORD.match(unit.text, m.end)
        if nxt is not None and nxt.group(1) == "में" and not unit.index.clause_break_between(m.end, pos):
            return genitive_owner(unit, m, mentions) or m
    return None


def genitive_owner(unit: UnitText, doc: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The named owner of a document the gazetteer reads as "an unnamed report" (speakers round 11).

    "<paper> की एक रिपोर्ट में …": "एक रिपोर्ट" is the gazetteer's unnamed report, but the
    genitive before it names whose it is (v1.4: a report is its owner's words). None when the
    mention before it is not its genitive owner.
    """
    before = [m for m in mentions if m.end <= doc.start and m.kind in ("actor", "role")]
    if not before or doc.kind != "actor":
        return None
    owner = max(before, key=_END)
    between = [w for w in WORD_RE.findall(unit.text, owner.end, doc.start) if w not in _INDEFINITE]
    if not lone_genitive(between):
        return None
    return Mention(owner.kind, owner.name, owner.pattern, owner.start, doc.end, owner.country)


def before_content(unit: UnitText, pos: int, m: Mention | None) -> Mention | None:
    """`m` unless what was said opens between `pos` and it.

    The complementiser कि ("नाटो ने कहा कि रूस …", searched from the verb's start: "मानते
    हैं कि" holds its own) or, v1.4, a dash or colon that opens direct speech ("बोले-
    भारत को …") stand before the content, whose names are what was said, not who said it.
    """
    if m is None or _KI.search(unit.text, pos, m.start) or any(c in "-:" for c in unit.text[pos : m.start]):
        return None
    return m


def oblique_at(unit: UnitText, end: int, codebook: Codebook) -> bool:
    """A postposition right after a name ending at `end` ("भारत से", "रूस के") makes it no subject.

    Round 7: so does a topic noun in the genitive ("भारत-रूस संबंधों के जानकार मानते हैं"):
    the place qualifies what the subject knows about.
    """
    nxt = _NEXT_WORD.match(unit.text, end)
    return (nxt is not None and nxt.group(1) in codebook.voice.oblique_postpositions) or bool(
        _TOPIC.match(unit.text, end)
    )


def oblique(unit: UnitText, m: Mention, codebook: Codebook) -> bool:
    """`oblique_at` for a mention."""
    return oblique_at(unit, m.end, codebook)


def clause_subject(
    unit: UnitText, pos: int, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> Mention | None:
    """The grammatical subject of the clause that ends at `pos`: "पुतिन … पर बोले" is Putin.

    A speech verb that takes no ergative ने ("बोले", "कहते हैं", "जोर देते हुए") has its
    speaker in the nominative: the first name, role phrase or pronoun of the clause, outside
    quoted words, that no postposition follows (a title before a name, "राष्ट्रपति
    पुतिन", is already the name: `title_of`).
    """
    for m in mentions:
        if m.end > pos:
            return None
        if inside(m.start, regions) or unit.index.clause_break_between(m.end, pos) or oblique(unit, m, codebook):
            continue
        if m.kind in ("actor", "role", "place", "pronoun"):
            return m
    return None


def is_person(m: Mention, codebook: Codebook) -> bool:
    """A person a pronoun (उन्होंने, वे) can refer to: a named person, an official's role, people.

    States, places, media, institutions and documents named as such are not persons.
    """
    if m.kind == "role":
        group = codebook.roles[m.name]
        return group.resolves == "official" or group.no_country == "home"
    if m.kind != "actor":
        return False
    # the places' actors and the fixed roles' defaults (reports, joint statements), both cached on the codebook
    return (
        m.name not in codebook.place_actors
        and m.name not in codebook.fixed_defaults
        and codebook.actors[m.name].side not in ("media", "unknown")
    )


def person_subject(
    unit: UnitText, pos: int, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> Mention | None:
    """The first person named before `pos` as a subject (no postposition after it, "ने" aside).

    v1.1: a pronoun refers to the grammatical subject when the sentence names one
    ("पुतिन दिल्ली पहुंचे और उन्होंने कहा …" is Putin), else to the last named speaker.
    """
    return next(
        (
            m
            for m in mentions
            if m.end <= pos
            and not inside(m.start, regions)
            and is_person(m, codebook)
            and not oblique(unit, m, codebook)
        ),
        None,
    )


def addressee(unit: UnitText, pos: int, mentions: Sequence[Mention], codebook: Codebook) -> Mention | None:
    """The person a question was put to, who answers in the main clause (round 7).

    "<title> <name> से जब इस बारे में पूछा गया तो उन्होंने कहा …": the pronoun after तो is the
    one asked (the "से" of asking marks the addressee), not the article's last speaker.
    """
    to = [m.start() for m in _TO.finditer(unit.text, 0, pos)]
    if not to or not _ASKED.search(unit.text, 0, to[-1]):
        return None
    return next(
        (
            m
            for m in mentions
            if m.end <= to[-1]
            and is_person(m, codebook)
            and (nxt := _NEXT_WORD.match(unit.text, m.end)) is not None
            and nxt.group(1) == "से"
        ),
        None,
    )


def narration_subject(
    unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> str:
    """The actor a later pronoun can refer to, from a unit that attributes nothing ("" if none)."""
    m = person_subject(unit, len(unit.text), mentions, regions, codebook)
    if m is None:
        return ""
    return role_actor(m, codebook)[0] if m.kind == "role" else m.name


def referent_after(
    unit: UnitText, speaker: Speaker, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> str:
    """The person a later pronoun refers to after an attributed unit ("" when the unit names none).

    Usually the unit's speaker. Round 8 (v1.1: a pronoun resolves to the person it refers
    to): when the speaker is a medium or a document ("समाचार एजेंसी के मुताबिक <name> ने …",
    the outer source by the nested-attribution rule), a later "उन्होंने" is the person the
    report has speaking, the unit's grammatical subject, never the agency.
    """
    if not speaker.cues:
        return ""  # a speaker carried over from an earlier unit names nobody here
    actor = codebook.actors.get(speaker.actor)
    fixed = codebook.fixed_defaults  # reports, joint statements (cached on the codebook)
    if actor is not None and (actor.side == "media" or speaker.actor in fixed):
        return narration_subject(unit, mentions, regions, codebook) or speaker.actor
    return speaker.actor


def resolve(unit: UnitText, chosen: Candidate, last_speaker: str, codebook: Codebook, last_person: str = "") -> Speaker:
    """The actor a chosen agent stands for: pronouns → the last person named, places → their actor.

    `last_person`: the person the latest earlier sentence named as speaker or subject
    (v1.1), when a narrated sentence named one after the last speaker.
    """
    m, rule = chosen.mention, chosen.rule
    said = unit.show(m.start, m.end)
    if m.kind == "pronoun":
        who = last_person or last_speaker
        if not who and m.name in codebook.roles:
            # speakers round 19: "उनके प्रवक्ता" with nobody named before is the title as it stands
            actor, how = role_actor(Mention("role", m.name, m.pattern, m.start, m.end), codebook)
            cue = unit.cue("speaker", actor, m.pattern, m.start, m.end)
            return Speaker(actor, f"{rule}: pronoun '{said}' → nobody named yet; {how}", (cue,))
        if not who and "sources" in codebook.roles:
            return unnamed_pronoun(unit, m, rule, codebook)
        cue = unit.cue("speaker", who or "(unresolved)", m.pattern, m.start, m.end)
        what = "subject of an earlier sentence" if who != last_speaker else "named speaker"
        return Speaker(who, f"{rule}: pronoun '{said}' → most recent {what} ({who or 'nobody named yet'})", (cue,))
    if m.kind == "source_noun":
        cue = unit.cue("speaker", "(unnamed source)", m.pattern, m.start, m.end)
        return Speaker("", f"{rule}: unnamed source '{said}'", (cue,))
    if m.kind == "role":
        actor, how = role_actor(m, codebook)
        if m.pattern.endswith(_STORY):
            how += " (round 8: no state named in the unit; the state the story is filed from, one of its pair)"
        if m.pattern.endswith(_SCENE):
            how += " (speakers round 22: no country named; the one foreign state the latest units name)"
        if m.pattern.endswith(_IN_MEDIA):
            how += " (speakers round 16: news the unit places in the media)"
        if m.pattern.endswith(_UNION_TAG):
            how += " (speakers round 18: 'केंद्रीय' names the Union government, the outlets' own)"
        if m.pattern.endswith(_OF_LEARNED):
            how += " (speakers round 16: a role of the body an earlier unit named with its country)"
        cue = unit.cue("speaker", actor, m.pattern, m.start, m.end)
        return Speaker(actor, f"{rule}: role phrase '{said}' → {how}", (cue,))
    # v1.4: a place that is no state ("the West") speaks through its `official` (a third party)
    actor = m.name if m.kind == "actor" else codebook.places[m.name].actor or codebook.places[m.name].official
    cue = unit.cue("speaker", actor or f"(place:{m.name})", m.pattern, m.start, m.end)
    earlier = f" → {actor}, as an earlier unit introduced it" if m.pattern.endswith(_EARLIER) else ""
    return Speaker(actor, f"{rule}: '{said}'{earlier}", (cue,))


def unnamed_pronoun(unit: UnitText, m: Mention, rule: str, codebook: Codebook) -> Speaker:
    """A pronoun whose article names nobody before it is an unnamed speaker (speakers round 20).

    "उन्होंने बताया कि …" as an article's first attribution: the text gives someone who speaks
    but not who, which is v1.1's unnamed source whose state the unit does not name (`other`),
    as round 18 read an agentless statement before anyone speaks, not "could not tell"
    (`unknown`). Only when nobody at all was named earlier; a pronoun's referent is otherwise
    the most recent named speaker or subject, as before.
    """
    actor = codebook.roles["sources"].default
    said = unit.show(m.start, m.end)
    cue = unit.cue("speaker", actor, m.pattern, m.start, m.end)
    return Speaker(
        actor,
        f"{rule}: pronoun '{said}' → nobody named earlier in the article → an unnamed speaker, "
        f"state not named: {actor} (speakers round 20)",
        (cue,),
    )


# speakers round 20: a body named by its class noun alone refers back to the body the article named
# ("संस्था ने", "संगठन के अनुसार", "कंपनी ने कहा"): which named bodies each noun can stand for
_BODY_ROLES = ("international", "foreign_body")  # the role groups of the bodies a class noun can refer back to
_BODY_ANAPHORS = {"संस्था": _BODY_ROLES, "संगठन": _BODY_ROLES, "कंपनी": ("foreign_body",)}
_ANAPHOR_LEFT = frozenset("यह इस उस इसी उसी अंतरराष्ट्रीय अंतर्राष्ट्रीय वैश्विक".split())  # no owner of its own


def body_named(mentions: Sequence[Mention], before: str) -> str:
    """The international body or foreign firm an article named last (its role group), for `body_anaphor`."""
    bodies = [m.name for m in mentions if m.kind == "role" and m.name in _BODY_ROLES]
    return bodies[-1] if bodies else before


def body_anaphor(unit: UnitText, speaker: Speaker, body: str, codebook: Codebook) -> Speaker | None:
    """A bare class noun as the speaker is the body the article named last (speakers round 20).

    Hindi news names a body once ("<WHO> ने …", "<a US firm> के कर्मचारियों") and then refers
    back to it by its class noun ("संस्था ने बयान में कहा", "संगठन के अनुसार", "कंपनी ने बताया"),
    as it refers back to a person by a pronoun (v1.1: a pronoun speaker is the one it refers
    to). Read as an unlisted agent such a noun was a private voice of the home (v1.2). Only the
    noun with no owner of its own (a demonstrative or "international" before it, no genitive),
    and only for the bodies it can name: an organisation or institution for an international
    body or a foreign firm, a company for a firm.
    """
    if not body or not speaker.cues:
        return None
    c = speaker.cues[0]
    words = WORD_RE.findall(unit.text, c.start, c.end)
    if not words or body not in _BODY_ANAPHORS.get(words[-1], ()) or not _ANAPHOR_LEFT.issuperset(words[:-1]):
        return None
    if lone_genitive(last_word_before(unit.text, c.start)):
        return None  # "<X> की संस्था": an owner of its own
    actor = codebook.roles[body].default
    said = unit.show(c.start, c.end)
    cue = unit.cue("speaker", actor, c.pattern, c.start, c.end)
    rule = f"bare '{said}' → the {body.replace('_', ' ')} body the article named last: {actor} (speakers round 20)"
    return Speaker(actor, rule, (cue,))


def role_actor(m: Mention, codebook: Codebook) -> tuple[str, str]:
    """The actor a role phrase stands for, and how it was found (for the rule text)."""
    group = codebook.roles[m.name]
    place = codebook.places.get(m.country)
    home = codebook.places.get(codebook.voice.home_country)
    if m.country == _WORLD and group.resolves != "fixed":
        return group.default, f"{group.id} role of the whole world or abroad, no one country: {group.default}"
    if m.country == _FIELD:
        return (
            group.default,
            f"{group.id} role named by its field alone, no country (speakers round 24): {group.default}",
        )
    if place is None and group.resolves != "fixed" and group.no_country == "home" and home is not None:
        # v1.2: a local office or a private voice with no country named is the outlets' own
        actor = (home.official if group.resolves == "official" else "") or home.actor or group.default
        return actor, f"{group.id} role, no country named → home country {home.id}: {actor}"
    if group.resolves == "fixed" or place is None:
        why = "no country named" if group.resolves != "fixed" else "fixed"
        return group.default, f"{group.id} role, {why}: {group.default}"
    if group.resolves == "official" and place.official:
        return place.official, f"official of {place.id}: {place.official}"
    actor = place.actor or group.default
    return actor, f"{group.id} of {place.id}: {actor}"


def code_speaker(
    unit: UnitText,
    mentions: Sequence[Mention],
    regions: Sequence[Region],
    trailing: Hit | Mention | None,
    quote_speaker: str,
    last_speaker: str,
    codebook: Codebook,
    last_person: str = "",
) -> Speaker:
    """The speaker of a quoted or reported unit.

    The earliest marked agent wins; without one, a quotation continued from the previous
    unit keeps its speaker (`quote_speaker`, "" when no quotation continues), and, if the
    codebook says so, an agentless statement goes to the most recent named speaker.
    """
    tagged = tagged_speaker(unit, mentions, regions, last_speaker, codebook)
    if tagged is not None:
        return tagged
    cands = speaker_candidates(unit, mentions, regions, trailing, codebook)
    channel = bare_channel(unit, mentions, regions, min((c.pos for c in cands), default=-1), codebook)
    if channel is not None and last_speaker:
        said = unit.show(channel.start, channel.end)
        return Speaker(
            last_speaker, f"statement '{said}' named with no issuer → its issuer, the most recent named speaker"
        )
    if cands:
        chosen = min(cands, key=lambda c: (c.pos, c.rule))
        pronoun = chosen.mention.kind == "pronoun"
        subject = person_subject(unit, chosen.pos, mentions, regions, codebook) if pronoun else None
        asked = addressee(unit, chosen.pos, mentions, codebook) if pronoun and subject is None else None
        if subject is not None or asked is not None:
            said = unit.show(chosen.mention.start, chosen.mention.end)
            who = "grammatical subject of the sentence" if subject is not None else "the person the question was put to"
            rule = f"{chosen.rule}: pronoun '{said}' → {who}"
            m = subject or asked
            return resolve(unit, Candidate(m.start, m, rule), last_speaker, codebook)
        speaker = resolve(unit, chosen, last_speaker, codebook, last_person)
        # round 25: the last named speaker carried (not round 20's nobody-named, not a narrated sentence's subject)
        carried = bool(last_speaker) and speaker.actor == (last_person or last_speaker) == last_speaker
        speaker = (carried and carried_home(unit, chosen.mention, speaker, mentions, codebook)) or speaker
        return joint_speaker(unit, chosen, speaker, mentions, codebook) or speaker
    if quote_speaker:
        return Speaker(quote_speaker, "continues the quotation of the previous unit's speaker")
    document = relative_document(unit, codebook) or official_statement(unit, codebook)
    if document is not None:
        return document
    if codebook.voice.agentless_resolves_to_last_speaker and last_speaker:
        return Speaker(last_speaker, "no agent named → most recent named speaker")
    quoted = unattributed_quote(unit, mentions, regions, codebook)
    return agentless_statement(unit, codebook) or quoted or Speaker("", "no speaker named")


def carried_home(
    unit: UnitText, m: Mention, speaker: Speaker, mentions: Sequence[Mention], codebook: Codebook
) -> Speaker | None:
    """A pronoun carrying an unnamed official into a unit that names the home is the home's official (speakers round 25).

    v1.1 sides an unnamed official with the state the unit names, `other` only where it names
    none; v1.3 reads the home named anywhere in the unit ("मंत्रालय ने कहा कि भारत …"), and
    round 20 a home state or city named with no other state. A unit whose agent is a pronoun
    ("उन्होंने बताया कि भारत को …", "उन्होंने कहा कि <home states> में …") carries the same unnamed
    official on (v1.1: a pronoun is the speaker it refers to); the state that unit names is
    read for it as for one the unit names itself, but only where the home is the one state the
    unit names (round 20's guard for home places): the carried official spoke in an earlier unit,
    and a unit naming the home beside another state ("… रूस अब भी भारत का …") names what he speaks
    of, no one state he serves (measured: invented sets 5, 16 and 24, both or one coder `other`).
    A state inside another body's phrase ("<state> की कंपनियों") is that body's, not named by
    itself. Only the unnamed official a pronoun carries as the last named speaker (the caller):
    not round 20's pronoun with nobody named before it, not the subject of a narrated sentence
    (researchers an outlet sentence names by their field, `other` by round 24b, would become the
    home's officials), not a named person.
    """
    unnamed = codebook.roles["sources"].default if "sources" in codebook.roles else ""
    home = codebook.voice.home_country
    if m.kind != "pronoun" or not unnamed or speaker.actor != unnamed or home not in codebook.places:
        return None
    named = [Hit(x.kind, x.name, x.pattern, x.start, x.end) for x in mentions if x.kind in ("place", "actor")]
    if any(_state_named(codebook, h) not in ("", home) for h in named):
        return None  # two states named: what the carried official speaks of, not whose official he is
    if not (names_home(named, codebook) or home_place_named(unit, named, codebook)):
        return None
    actor = codebook.places[home].official or codebook.places[home].actor
    rule = f"{speaker.rule} → the unit names the home: {actor} (v1.3 for the carried official; speakers round 25)"
    return Speaker(actor, rule, speaker.cues)


# speakers round 20: the relative pronoun "in which" before an agentless statement (`relative_document`)
_IN_WHICH = frozenset({"जिसमें", "जिनमें", "जिसमे", "जिनमे"})


def relative_document(unit: UnitText, codebook: Codebook) -> Speaker | None:
    """An agentless statement "in which" something is said is that thing's (speakers round 20).

    "… एक संदेश/पोस्ट/वीडियो/पत्र …, जिसमें दावा किया गया था कि …": the relative pronoun's
    antecedent holds the words, as "रिपोर्ट में कहा गया" does (v1.1: a report or document →
    other), not the article's last named speaker. Only a speech verb with no agent of its own
    (the caller found none) at most four words after जिसमें/जिनमें, in its clause.
    """
    group = codebook.roles.get("report")
    if group is None:
        return None
    for h in unit.of("speech_verb"):
        before = WORD_RE.findall(unit.text, max(0, h.start - 60), h.start)[-5:]
        if _IN_WHICH.intersection(before) and not unit.index.clause_break_between(
            unit.text.rfind(next(w for w in before if w in _IN_WHICH), 0, h.start), h.start
        ):
            said = unit.show(h.start, h.end)
            return Speaker(group.default, f"agentless '{said}' after 'जिसमें': the document it is in → {group.default}")
    return None


# speakers round 21: an official statement with no issuer named (`official_statement`)
_OFFICIAL = frozenset("आधिकारिक सरकारी ऑफिशियल आफिशियल अधिकृत".split())
_STATEMENTS = frozenset("बयान विज्ञप्ति वक्तव्य स्टेटमेंट".split())


def official_statement(unit: UnitText, codebook: Codebook) -> Speaker | None:
    """ "(एक) आधिकारिक/सरकारी बयान में कहा गया …" with no agent: an unnamed official (speakers round 21).

    The adjective names the kind of issuer, an office the unit does not name, so the words are
    not the article's last named speaker's (v1.1: an unnamed official whose state the unit does
    not name → other; `country_before` is not read: the caller found no agent or place phrase).
    Only the adjective right before the statement noun, with no genitive owner before it
    ("मंत्रालय के आधिकारिक बयान में" has its issuer: the caller resolved it).
    """
    group = codebook.roles.get("sources")
    if group is None:
        return None
    for h in unit.of("speech_verb"):
        before = WORD_RE.findall(unit.text, max(0, h.start - 60), h.end)[-5:]
        for i in range(1, len(before)):
            if before[i] in _STATEMENTS and before[i - 1] in _OFFICIAL and (i < 2 or before[i - 2] not in _GENITIVE):
                said = unit.show(h.start, h.end)
                return Speaker(
                    group.default,
                    f"'{said}' of an official statement with no issuer named → {group.default} (speakers round 21)",
                )
    return None


def agentless_statement(unit: UnitText, codebook: Codebook) -> Speaker | None:
    """A statement in the agentless passive before anyone speaks in the article: an unnamed source (speakers round 18).

    "… यह कहा गया कि …", "जारी एक बयान में बताया गया कि …" with no speaker named so far say
    that someone unnamed stated it; v1.1 sides an unnamed official whose state the unit does not
    name `other`, which is what the attribution is, not "could not tell" (`unknown`). Only a
    speech verb followed by the passive auxiliary, or a statement named with "में"; a pronoun
    with nobody to refer to stays unknown.
    """
    group = codebook.roles.get("sources")
    if group is None:
        return None
    for h in unit.of("speech_verb"):
        last = WORD_RE.findall(unit.text, h.start, h.end)[-1:]
        if _PASSIVE_NEXT.match(unit.text, h.end) or last == ["में"]:
            said = unit.show(h.start, h.end)
            return Speaker(
                group.default,
                f"statement in the agentless passive '{said}', nobody named earlier → unnamed source: {group.default}",
            )
    return None


_MARKS = frozenset("\"'“”‘’`")  # quotation marks (voice.quote_marks), in any of their forms


def unattributed_quote(
    unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook
) -> Speaker | None:
    """Words in quotation marks with no agent, and nobody named before the unit (speakers round 21).

    A person named right before a colon that opens the quotation ("<name>: \"…\"") speaks, as
    v1.1's headline "… : <name>" cites the name after it. Otherwise the quoted clause ("…, 'सीमाएं
    सील करना जरूरी'") is an unnamed source's: v1.1 sides an unnamed source whose state the unit
    does not name `other`, as round 18 read an agentless statement and round 20 a pronoun with
    nobody before it. The caller found no agent and no earlier speaker.
    """
    group = codebook.roles.get("sources")
    if group is None or not regions or not _MARKS.intersection(unit.text):
        return None  # words after a speech verb with no subject ("… बोले- …") keep their `unknown`
    opening = min(s for s, _ in regions)
    colon = unit.text.rfind(":", 0, opening)
    for m in mentions:
        if colon > 0 and not unit.text[m.end : colon].strip() and not WORD_RE.search(unit.text, colon, opening):
            if is_person(m, codebook):
                rule = f"'{unit.show(m.start, m.end)}:' before the quoted words (speakers round 21)"
                return resolve(unit, Candidate(m.start, m, rule), "", codebook)
    named = named_beside_quote(mentions, regions, codebook)
    if named is not None:
        rule = f"'{unit.show(named.start, named.end)}', the one person named beside the quoted words (side round 43)"
        return resolve(unit, Candidate(named.start, named, rule), "", codebook)
    return Speaker(group.default, f"quoted words, nobody named → unnamed source: {group.default} (speakers round 21)")


def named_beside_quote(mentions: Sequence[Mention], regions: Sequence[Region], codebook: Codebook) -> Mention | None:
    """The one named person outside the quotation marks of a unit with no agent, or None (side round 43).

    A headline puts the speaker beside the quoted words without a speech verb: "<name> का दौरा:
    '…'", "<name> मॉस्को में : '…'", "'…', <name> का जवाब" (v1.1: the headline "… : <name>" is
    reported, and its words are the named person's). Only a person of the gazetteer, and only
    one: two leaders named ("<A>-<B> वार्ता: '…'") may speak jointly or either, and a role noun,
    a state or a paper is read by the rules before this one.
    """
    outside = [
        m
        for m in mentions
        if m.kind == "actor" and is_person(m, codebook) and not any(s <= m.start < e for s, e in regions)
    ]
    return outside[0] if len({m.name for m in outside}) == 1 else None


_PASSIVE_NEXT = re.compile(r"(?:\s+(?:दी|दिया|दिए|दिये|की|किया|किए|किये))?\s+(?:गया|गई|गयी|गए|गये)(?!" + WORD_CLASS + ")")


def joint_speaker(
    unit: UnitText, chosen: Candidate, speaker: Speaker, mentions: Sequence[Mention], codebook: Codebook
) -> Speaker | None:
    """Two agents of one verb from different states ("लावरोव और डार ने कहा") speak jointly.

    The codebook sides a joint statement of two states `other`; a speaker coordinated with
    the chosen one by "और"/"तथा"/"," and serving another state makes the unit joint.
    """
    i = next((k for k, m in enumerate(mentions) if m.start == chosen.mention.start), -1)
    if i <= 0 or chosen.mention.kind not in ("actor", "role", "place") or not speaker.actor:
        return None
    prev = mentions[i - 1]
    if prev.kind not in ("actor", "role", "place") or not _COORD.match(unit.text[prev.end : chosen.mention.start]):
        return None
    other = resolve(unit, Candidate(prev.start, prev, chosen.rule), "", codebook)
    sides = {codebook.actors[a].side for a in (other.actor, speaker.actor) if a in codebook.actors}
    joint = codebook.roles["joint"].default if "joint" in codebook.roles else ""
    if len(sides) < 2 or not sides <= {*codebook.places, "other"} or not joint:
        return None
    said = unit.show(prev.start, chosen.mention.end)
    return Speaker(joint, f"{chosen.rule}: agents of two states '{said}' → joint: {joint}", other.cues + speaker.cues)


def introduced_names(unit: UnitText, mentions: Sequence[Mention], codebook: Codebook) -> tuple[tuple[str, str], ...]:
    """Names a role phrase introduces, as (name, actor) pairs in the matching form.

    "रूस के उप विदेश मंत्री आंद्रेई रुडेंको ने कहा …" names a person the gazetteer does not
    know: the words between the role noun and the source marker are that official's name
    (`named_after`, kept on the mention), so a later "रुडेंको ने कहा" in the article is the
    same speaker (full name and surname are both learned).
    """
    out: list[tuple[str, str]] = []
    for m in mentions:
        if m.kind == "actor" and m.head:
            out += _heads(m.head, m.name)  # round 5: a title or a document learned for a named actor
        if m.kind == "actor" and not m.pattern.endswith(_EARLIER) and is_person(m, codebook):
            out += surname(unit, m)
        if m.kind == "actor" and codebook.actors[m.name].side == "media":
            out += medium_noun(unit, m)  # speakers46: "समाचार एजेंसी रॉयटर्स …", later "एजेंसी ने …"
        if m.kind == "role" and not (m.head or m.person) and home_office(m, codebook):
            out += _heads(unit.text[m.start : m.end], role_actor(m, codebook)[0])  # speakers round 23
        out += field_introduced(unit, m, codebook)  # speakers round 24
        if m.kind != "role" or codebook.roles[m.name].resolves == "fixed" or not (m.head or m.person):
            continue  # (most role phrases name no person and no office to learn: no actor to resolve)
        words, actor = m.person, role_actor(m, codebook)[0]
        if m.head:
            # round 4: "रूसी दूतावास …" — a later bare "दूतावास ने" is the same office; round 5: also an
            # office or title introduced with a name ("रूसी कौंसल जनरल <name>", later "कौंसल जनरल ने")
            out += _heads(m.head, actor)
        if words:
            out += [(" ".join(words), actor)] + ([(words[-1], actor)] if len(words) > 1 and len(words[-1]) > 2 else [])
    return tuple(out + delegation_introduced(unit, mentions, codebook))


def surname(unit: UnitText, m: Mention) -> list[tuple[str, str]]:
    """The last word of a person's full name, learned for a later bare surname (round 5).

    The gazetteer lists a bare surname only where it names one person of its list
    ("अजीज" could be two Pakistani ministers); once the article names one in full
    ("सरताज अजीज"), a later "अजीज ने" is that person. Side round 44: of a name of three
    words or more, the family names before the last too ("<given> भुट्टो जरदारी", later "भुट्टो
    ने"): Hindi news shortens such a name to either.
    """
    words = WORD_RE.findall(m.pattern)  # the alias matched, not the phrase around it ("<name> का बयान")
    return [(w, m.name) for w in words[1:] if len(w) > 2 and w in unit.text]


# (speakers46) the nouns a paper names a medium by, before its name ("समाचार एजेंसी <name>", "अख़बार <name>")
_MEDIUM_NOUNS = frozenset({"एजेंसी", "अखबार", "पत्रिका", "चैनल", "दैनिक", "वेबसाइट"})


def medium_noun(unit: UnitText, m: Mention) -> list[tuple[str, str]]:
    """The noun a medium is introduced with, learned for a later bare one (speakers46).

    "समाचार एजेंसी रॉयटर्स के मुताबिक …", then "एजेंसी ने … के हवाले से लिखा": the same agency, as a
    bare title refers back to the person an earlier unit introduced with it (v1.4, round 5) and a bare
    office to the office (round 4). Only a noun within the mention's own phrase, before the name.
    """
    return [(w, m.name) for w in WORD_RE.findall(unit.text, m.start, m.end) if w in _MEDIUM_NOUNS]


def _heads(head: str, actor: str) -> list[tuple[str, str]]:
    """A learned role noun as written and by its last word ("विदेश मंत्री", "मंत्री"), both for `actor`."""
    last = head.split()[-1]
    return [(head, actor)] + ([(last, actor)] if last != head else [])


_OF_BODY = re.compile(r"\s*(?:(?:के|की|का)\s+)?")  # a role right after a body, or after its genitive
_OF_LEARNED = " (of the body named earlier)"
# bodies that visit and have no standing home office: a bare "विदेश मंत्रालय" after a foreign one may be
# the home's again (in-sample: "विदेश मंत्रालय के प्रवक्ता <name>", "… के सूत्रों" are India's), a delegation not
_VISITING = ("प्रतिनिधिमंडल", "प्रतिनिधि मंडल", "शिष्टमंडल", "वफ्द", "डेलीगेशन", "डेलिगेशन", "दल")
# (side round 43) a दल that is a party or a home team, not a visiting group ("राजनीतिक दल", "बचाव दल" stays
# whatever the unit names): the word before it
_NOT_VISITING = frozenset({"राजनीतिक", "विपक्षी", "सत्तारूढ", "सत्ताधारी", "सहयोगी", "क्षेत्रीय", "राष्ट्रीय", "विरोधी"})
_VISITING_ANY = re.compile("|".join(map(re.escape, _VISITING)))  # any of them anywhere, as one C scan
_ARRIVED = frozenset({"आए", "आया", "आई", "आये", "आयी", "पहुंचे", "पहुंचा", "पहुंची"})


def delegation_introduced(unit: UnitText, mentions: Sequence[Mention], codebook: Codebook) -> list[tuple[str, str]]:
    """A visiting group introduced with the one foreign state it comes from, learned as that state (side round 43).

    "<state> के <ministry> का आठ सदस्यीय दल …", "<state> से आए 30 सदस्यीय दल …", "<demonym> प्रतिनिधिमंडल …":
    Hindi news names a delegation's state once and then speaks of "दल"/"प्रतिनिधिमंडल" and of "दल के
    प्रमुख" bare (round 5: a delegation speaks as its state; v1.1: its head serves that state). Only
    a state named as the group's owner or origin (a demonym, a genitive, "से आए"), not as a
    destination ("<state> जाने वाला दल"), only one state before the noun and not the home (the
    home's own delegation abroad names two), and not a party ("राजनीतिक दल").
    """
    if _VISITING_ANY.search(unit.text) is None:
        return []  # most units hold none of the nouns, not even inside a word: nothing to find
    home = codebook.voice.home_country
    for noun in _VISITING:
        at = next(iter(whole_words(unit.text, noun)), None)
        if at is None or _NOT_VISITING.intersection(last_word_before(unit.text, at[0])):
            continue
        states = {_owner_state(unit, m, codebook) for m in mentions if m.end <= at[0]} - {""}
        named = {m.name for m in mentions if m.kind == "place" and m.end <= at[0] and m.name in codebook.states}
        if len(named | states) == 1 and states and home not in states:
            place = codebook.places[states.pop()]
            return [(noun, place.actor)] if place.actor else []
    return []


def _owner_state(unit: UnitText, m: Mention, codebook: Codebook) -> str:
    """The state a place mention names as an owner or origin: a demonym, a genitive, "से आए"; "" otherwise."""
    if m.kind != "place" or m.name not in codebook.states:
        return ""
    after = words_after(unit.text, m.end, 2)
    if unit.text[m.start : m.end].endswith("ी") or (after and after[0] in _GENITIVE):
        return m.name
    return m.name if after[:1] == ["से"] and after[1:2] and after[1] in _ARRIVED else ""


def of_learned_body(
    unit: UnitText, roles: list[Mention], learned: Sequence[Mention], codebook: Codebook
) -> list[Mention]:
    """A role of a body an earlier unit named with its country is that country's (speakers round 16).

    Round 4 learned a national office named with its country ("<demonym> व्यापार प्रतिनिधिमंडल")
    so that a later bare "प्रतिनिधिमंडल ने" refers back to it. Its officials referred to the same
    way ("प्रतिनिधिमंडल के प्रमुख ने") serve that body's state (v1.1: an official → the state they
    serve), not the home the unit happens to name (v1.3 reads a bare office only). Only for a
    visiting body (`_VISITING`: a delegation has no standing office at home, a ministry or an
    embassy may be the home's again) and a role in the genitive right after it: a phrase that
    names its own country starts before the body and keeps its own.
    """
    if not learned or not roles:
        return roles  # most units refer back to no earlier body
    return [_learned_owner(unit, m, learned, codebook) or m for m in roles]


def _learned_owner(unit: UnitText, m: Mention, learned: Sequence[Mention], codebook: Codebook) -> Mention | None:
    """`m` owned by the learned body right before it in the genitive, or None."""
    group = codebook.roles.get(m.name) if m.kind == "role" else None
    if group is None or group.resolves == "fixed":
        return None
    body = next((b for b in learned if b.end <= m.start and _OF_BODY.fullmatch(unit.text, b.end, m.start)), None)
    if (
        body is None
        or not body.pattern.startswith(_VISITING)
        or not (WORD_RE.findall(unit.text, body.end, m.start) or m.pattern.split()[:1] in (["के"], ["की"], ["का"]))
    ):
        return None
    actor = codebook.actors.get(body.name)
    country = (actor.country or (actor.side if actor.side in codebook.places else "")) if actor else ""
    return m._replace(start=body.start, country=country, pattern=m.pattern + _OF_LEARNED) if country else None


_IN_MEDIA = " (news in the media)"
_MEDIA_WINDOW = 7  # words from "<…> मीडिया" to the news it carries ("में पिछले कुछ दिनों से ऐसी खबरें")


def reports_in_the_media(unit: UnitText, roles: list[Mention]) -> list[Mention]:
    """News the unit places in the media is the media's (speakers round 16).

    "<demonym> मीडिया में … खबरें चल रही हैं कि …": the locative names where the news runs, and
    what runs in papers and channels is what they report (v1.1: agencies, papers, channels →
    `media`), not an unplaced "report" (→ other). Only the locative "में" right after the media
    role, in the same clause and within `_MEDIA_WINDOW` words; "मीडिया रिपोर्ट्स के मुताबिक" and
    "खबरों के मुताबिक" stay reports.
    """
    media = [h for h in unit.of("role") if h.name == "media"]
    if not media:
        return roles  # most units name no media
    out = list(roles)
    for i, m in enumerate(out):
        # the media role before the news, as its own mention or inside the news's phrase (v1.4's locative chain)
        p = next((h for h in reversed(media) if h.end < m.end), None)
        if m.kind != "role" or m.name != "report" or p is None or (i and out[i - 1].end > p.end):
            continue
        if (
            WORD_RE.findall(unit.text, p.end, m.end)[:1] == ["में"]
            and unit.index.tokens_between(p.end, m.end) <= _MEDIA_WINDOW
            and not unit.index.clause_break_between(p.end, m.end)
        ):
            out[i] = m._replace(name="media", pattern=m.pattern + _IN_MEDIA, country="")
    return out


# speakers round 19: titles of heads of state, government and sub-national government (one holder at a time)
_SINGLE_HOLDERS = frozenset(
    {"प्रधानमंत्री", "प्रधान मंत्री", "पीएम", "राष्ट्रपति", "उपराष्ट्रपति", "चांसलर", "प्रेसिडेंट", "राष्ट्राध्यक्ष"}
    | {"शासनाध्यक्ष", "वजीरे आजम", "वजीर-ए-आजम", "गवर्नर", "राज्यपाल", "मेयर", "महापौर", "मुख्यमंत्री", "सीएम"}
)


def titled_abroad(roles: list[Mention], learned: Sequence[Mention], codebook: Codebook) -> list[Mention]:
    """A title an earlier unit gave a foreign state keeps it before a name the gazetteer does not know (speakers round 19).

    "<foreign state> के प्रधानमंत्री ने …", later "प्रधानमंत्री <name> ने …": v1.4 makes a title with a
    name and no country the outlets' own official, but the article has already said whose office
    the title is, as it does for the bare title ("प्रधानमंत्री ने", round 4/9); a title naming a foreign
    body or state decides the side whatever the name. Only a role phrase that took the home from
    v1.4 (a name after it, no country or Union mark before it) and a learned title of another side,
    and only titles one person holds in a state at a time (`_SINGLE_HOLDERS`): a story has one foreign
    president, but spokesmen, ministers and officials of several states (the home's own by a name the
    gazetteer does not know would be taken abroad).
    """
    if not learned:
        return roles
    home = codebook.voice.home_country
    home_side = codebook.actors[codebook.places[home].actor].side if home in codebook.places else home
    out = []
    for m in roles:
        took = m.kind == "role" and m.person and m.country == home and not m.pattern.endswith(_UNION_TAG)
        title = next((t for t in learned if took and t.start == m.start and t.end < m.end), None)
        if title is not None and title.pattern.removesuffix(_EARLIER) not in _SINGLE_HOLDERS:
            title = None
        if title is not None and codebook.actors[title.name].side != home_side:
            m = Mention("actor", title.name, title.pattern, m.start, m.end)
        out.append(m)
    return out


# (speakers round 23) the desks of a Hindi wire's digest, each item opening "<desk><number> <slug words>"
# (foreign, regional, Delhi, business, sports): a new item is a new story inside one file
_WIRE_ITEM = re.compile(r"\s*(?:वि|प्रादे|दि|अर्थ|खेल)\d{1,3}\s")


def wire_item(text: str) -> bool:
    """True when the unit opens a new item of a wire digest ("वि9 …", "प्रादे15 …"; speakers round 23).

    A digest runs items of different states and offices one after the other in one article;
    a bare office after the slug belongs to the new item's story, not to an office an earlier
    item introduced (round 4's learned names), so the names learned so far are dropped.
    """
    return _WIRE_ITEM.match(text) is not None


def learned_mentions(unit: UnitText, names: Sequence[tuple[str, str]]) -> list[Mention]:
    """Where the names learned earlier in the article (`introduced_names`) occur in this unit."""
    out: list[Mention] = []
    seen: set[str] = set()
    for name, actor in reversed(names):  # round 4: a head noun learned twice is the most recent office's
        if name in seen or name not in unit.text:  # one substring test: most units name no earlier speaker again
            continue
        seen.add(name)
        out += [
            Mention("actor", actor, f"{name}{_EARLIER}", a, b)
            for a, b in whole_words(unit.text, name)
            if not _INDEFINITE.intersection(last_word_before(unit.text, a))
        ]
    return out


_WORD_AT = re.compile(WORD_CLASS)  # `is_word_char(text[i])` as one C call: `_WORD_AT.match(text, i)`


def whole_words(text: str, name: str) -> list[Region]:
    """Where `name` stands in `text` as whole words, left to right, not overlapping.

    What `re.finditer` finds with `(?<!W)name(?!W)` (W a word character), without compiling
    a pattern per name learned in a corpus (each ~0.3 ms: the word class is large).

    >>> whole_words("रुडेंको ने कहा, रुडेंकोजी नहीं; (रुडेंको)", "रुडेंको")
    [(0, 7), (33, 40)]
    """
    out: list[Region] = []
    word_at, n = _WORD_AT.match, len(name)
    i = text.find(name)
    while i >= 0:
        j = i + n
        if (i == 0 or word_at(text, i - 1) is None) and word_at(text, j) is None:
            out.append((i, j))
            i = text.find(name, j if n else i + 1)  # (an empty name: every boundary once, as the regex)
        else:
            i = text.find(name, i + 1)
    return out
