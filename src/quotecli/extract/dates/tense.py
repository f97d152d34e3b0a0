"""The tense of the clause around a date, which decides the side of the document date a date
without a year (a weekday, a month, "Oct. 23") lies on: ``future``, ``past``, ``either``
(forward from an unknown point) or ``None``."""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicon
from ...document import Document
from .words import _CUES, _STOPWORDS

#: the present progressive ("is holding", "are meeting"), tried before the cues "is" and "are"
#: ("is going to" stays the cue "going to")
_PROGRESSIVE = r"(?:is|are)[ \t\u00a0]+(?!going[ \t\u00a0]+to(?![\w’']))[a-z]{2,}ing"
_CUE_RE = re.compile(r"(?<![\w’'])(" + _PROGRESSIVE + "|" + lexicon.trie_pattern(_CUES) + r"|[a-z]{2,}ed)(?![\w’'])")
# ";", a dash, "but", "while", "when" (a set of first characters, not "\b", leads the pattern:
# the engine then skips the positions that cannot start a match)
_CLAUSE_BREAK = re.compile(r"[;—–]|[bw](?<![\w’'][bw])(?:ut|hile|hen)(?![\w’'])")


def _reporting_forms() -> frozenset[str]:
    """The forms of the reporting verbs ("said", "announced", "tells"), which date the report and
    say nothing of when the reported event happens: "said the vote is in May"."""
    forms = {"said", "says", "told", "tells", "wrote", "writes"}
    for verb in lexicon.words("reporting_verbs"):
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, verb + "s", stem + "ed", verb + "d"}
        if verb.endswith("y"):
            forms.add(verb[:-1] + "ied")
        if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            forms.add(verb + verb[-1] + "ed")  # "admitted"
    return frozenset(forms)


_REPORTING = _reporting_forms()
# before an "-ed" word that is an adjective, not a verb: "a still unspecified", "the reduced"
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w’'])(?:a|an|the|its|his|her|their|our|this|that|these|those|still|newly|recently|so-called|well)\s+$",
    re.IGNORECASE)
#: a determiner right before a cue in "-ed": the cue is an adjective ("a scheduled interview")
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'])(?:a|an|the|its|his|her|their|our|this|that)\s+$", re.IGNORECASE)
#: cues that are as often nouns ("announced plans Tuesday"): a noun after a determiner or a verb in the past
_NOUN_CUES = frozenset({"plans", "plan"})
#: before such a cue: a determiner, or a verb in the past it is the object of ("unveiled plans")
_OBJECT_OF_BEFORE = re.compile(
    r"(?<![\w’'])(?:a|an|the|its|his|her|their|our|these|those|new|[a-z]{2,}ed|said|made|had)\s+$",
    re.IGNORECASE)
#: before "due to" that looks ahead ("is due to arrive", "the plane, due to land"); elsewhere it
#: means "because of" ("fell due to weak sales") and says nothing of the tense
_DUE_BEFORE = re.compile(r"(?:(?<![\w’'])(?:is|are|was|were|be|been|being|am|not)|[’']s|,)\s+$", re.IGNORECASE)
_BE_BEFORE = re.compile(r"(?:(?P<aux>[\w’']+)\s+)?(?:(?:not|also|then|soon)\s+)?be\s+$")
#: how far (characters) before and after a date its tense cues are looked for
TENSE_REACH = 300


def _tense(document: Document, start: int, end: int) -> Optional[str]:
    """``future``, ``past``, ``either`` or ``None`` for the clause around ``[start, end)``: the nearest
    tense cue before the date in its clause, else the nearest one after it.

    A reporting verb before the date ends the look back. When a reported clause follows it ("said
    that …", "told the companies of a cutback in September"), that clause's own words date the
    date and the words before the verb date only the report; otherwise ("said Tuesday",
    "announced her resignation in February") the date is the report's own, past. With no cue, an infinitive just before the date ("to play
    Saturday") looks forward from an unknown point: ``either``. A headline in title case ("Obama
    Will Meet With Sanders On Thursday") is read lower-cased."""
    text = document.text
    s_start, s_end = document.segments.sentence_at(start)
    if s_end <= s_start:
        s_start, s_end = start - TENSE_REACH, end + TENSE_REACH
    # a clause longer than this is no clause (a list, a table, text without full stops): bounding
    # the look keeps a run of dates without sentence ends linear
    s_start, s_end = max(0, s_start, start - TENSE_REACH), min(len(text), s_end, end + TENSE_REACH)
    before = text[s_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    after = text[end:s_end]
    brk = _CLAUSE_BREAK.search(after)
    if brk:
        after = after[:brk.start()]
    tense = _clause_tense(before, after)
    if tense is None and s_end - s_start <= HEADLINE_LENGTH and _TITLE_WORD.search(text, s_start, s_end) \
            and _title_case(text[s_start:s_end]):
        tense = _clause_tense(before.lower(), after.lower())
    return tense


#: the longest sentence read as a possible headline in title case (characters)
HEADLINE_LENGTH = 160
#: a capitalised word that is a tense cue in lower case (worth reading a headline lower-cased for)
_TITLE_WORD = re.compile(r"(?<![\w’'])(?:Will|Would|Won['’]t|Plans?|Set|Scheduled|Expected|Next|Upcoming|Says|Said)(?![\w’'])")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*")
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z][\w’'-]{3,}")
#: a reported clause between a reporting verb and the date ("said that …", "said the vote is in May");
#: without one the verb has an object or a place ("announced her resignation in May", "said at a forum
#: Friday") and the date is the report's own
_REPORTED_CLAUSE = re.compile(
    r"(?<![\w’'])(?:that|if|whether|of|is|are|has|have|remains?|needs?|wants?|can|must|should)(?![\w’'])")
#: "to" + a verb just before the date, and the words after which "to" is a preposition, not an infinitive
_INFINITIVE = re.compile(r"(?<![\w’'])(?P<lead>[\w’'-]+)[ \t\u00a0]+to[ \t\u00a0]+(?P<verb>[a-z]{2,})"
                         r"(?:[ \t\u00a0]+[\w’'.,$£€%\"“”‘-]+){0,8}[ \t\u00a0,]*$")
_TO_PREPOSITIONS = lexicon.words("date_to_prepositions")
#: past cues that stay finite after "being" or "got" ("got ... since")
_FINITE_PAST = frozenset({"was", "were", "had", "did", "since", "ago"})
#: before a past form that is a participle of the passive, which has no tense of its own ("is being
#: launched", "getting beat up"; after "been" it keeps the past of the perfect: "has been hit")
_PASSIVE_BEFORE = re.compile(r"(?<![\w’'])(?:being|get|gets|getting|got|gotten)\s+$", re.IGNORECASE)
_FROM = re.compile(r"(?<![\w’'])[Ff]rom(?![\w’'])")
#: the phrase of an occasion of speech right before a date ("in an interview ", "at a news
#: conference on "): see ``lexicon/date_speech_events.txt``
_SPEECH_EVENT_BEFORE = re.compile(
    r"(?<![\w’'])(?:in|at|during)[ \t\u00a0]+(?:an?|the|his|her|their|its|our)[ \t\u00a0]+(?:[\w’'-]+[ \t\u00a0]+){0,2}?(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+")
               for w in sorted(lexicon.words("date_speech_events"), key=len, reverse=True))
    + r")(?:[ \t\u00a0]+on)?[ \t\u00a0,]*$", re.IGNORECASE)
#: the last words of those nouns, which the text before the date must end with (a cheap test first)
_SPEECH_EVENT_ENDS = tuple(sorted({w.split()[-1] for w in lexicon.words("date_speech_events")}))
#: the longest phrase of :data:`_SPEECH_EVENT_BEFORE` (characters)
SPEECH_EVENT_REACH = 70
#: before a reporting verb: a word that gives it a tense of its own ("will tell", "to say")
_REPORT_AUX_BEFORE = re.compile(r"(?<![\w’'])(?:to|will|would|shall|could|may|might|must|can|should|[\w]+n[’']t)\s+$",
                                re.IGNORECASE)


def _title_case(sentence: str) -> bool:
    """A headline's title case: no lower-case word of four letters or more, and some capitals."""
    return not _LOWER_WORD.search(sentence) and len(_CAPITALISED.findall(sentence)) >= 3


def _clause_tense(before: str, after: str) -> Optional[str]:
    """The tense of a date's clause from its text ``before`` and ``after`` the date (see :func:`_tense`)."""
    if _speech_of_report(before):
        return "past"  # "admitted the party will lose, in an interview Tuesday": the interview's day
    infinitive = _infinitive(before)
    for m in reversed(list(_CUE_RE.finditer(before))):
        tense = _cue_tense(before, m)
        if tense == "skip":
            continue
        if infinitive >= m.end():
            # "advances to play Saturday", "agreed to buy it in February": forward from an unknown point
            return "future" if tense == "future" else "either"
        if tense != "report":
            return tense
        if m.group(1).lower() in _REPORTING:
            if not _REPORTED_CLAUSE.search(before, m.end()):
                return "past"  # "said Tuesday", "announced her resignation in May": the report's day
            break
    else:
        if infinitive >= 0:
            return "either"
    for m in _CUE_RE.finditer(after):
        tense = _cue_tense(after, m)
        if tense == "skip":
            continue
        return "past" if tense == "report" else tense  # "In May, the mayor told reporters"
    return None


def _speech_of_report(before: str) -> bool:
    """Whether the date after ``before`` is the day of a report in the past: it follows a phrase of
    an occasion of speech ("in an interview", "at a news conference on") and, before that phrase, a
    reporting verb with no auxiliary of its own ("admitted", "says"; not "will tell"): the speech
    the report tells of has been given."""
    last = before.rstrip(" \t\u00a0,")
    if last[-3:].lower() in (" on", "\ton", "\u00a0on"):
        last = last[:-3].rstrip(" \t\u00a0")
    if not last.lower().endswith(_SPEECH_EVENT_ENDS):
        return False  # cheap: most dates follow no such noun
    tail = len(before) - SPEECH_EVENT_REACH  # the phrase ends at the date: only its end is searched
    phrase = _SPEECH_EVENT_BEFORE.search(before, max(0, tail))
    if phrase is None:
        return False
    for m in reversed(list(_CUE_RE.finditer(before, 0, phrase.start()))):
        word = m.group(1).lower()
        if word in _REPORTING:
            return not _REPORT_AUX_BEFORE.search(before, max(0, m.start() - 12), m.start())
    return False


def _infinitive(before: str) -> int:
    """Where a "to" + verb that governs the date starts in ``before`` (the clause up to the date),
    or -1: "to play Saturday", "to acquire the company in January"; not "according to police"."""
    m = _INFINITIVE.search(before) if "to" in before else None  # the regex tries every word: skip it cheaply
    if m and m.group("lead").lower() not in _TO_PREPOSITIONS and m.group("verb") not in _STOPWORDS \
            and not _FROM.search(before, max(0, m.start() - 60), m.start()):  # "from tides to hail"
        return m.start("verb") - 3
    return -1


#: what may stand between a verb of schedule that is as often a noun and its date ("starts on",
#: an object: "faces a hearing", "go to the polls")
_NEXT_TO_DATE = re.compile(
    r"(?:[ \t\u00a0]+(?:to[ \t\u00a0]+)?(?:a|an|the|his|her|its|their)(?:[ \t\u00a0]+[a-z][\w’'-]*){1,2})?"
    r"(?:[ \t\u00a0]+(?:on|in|at|until|through|this|next))?[ \t\u00a0]*")
#: a form of "be" before a word: it is an adjective or a participle ("was open Tuesday"), its tense the verb's
_BE_FORM_BEFORE = re.compile(r"(?<![\w’'])(?:was|were|is|are|be|been|being|am)\s+$", re.IGNORECASE)
#: before a verb of schedule that is as often a noun: words that make it the noun ("two false starts",
#: "its returns", "the ends")
_NOUN_BEFORE = re.compile(
    r"(?<![\w’'])(?:(?:the|a|an|its|his|her|their|our|my|your|these|those|false|tax|home)"
    r"|(?:some|many|several|few|no|\d+|two|three|four|five|six|seven|eight|nine|ten)(?:[ \t\u00a0]+[a-z-]+)?)"
    r"[ \t\u00a0]+$",
    re.IGNORECASE)
#: before a plural present verb of schedule: the auxiliary or "to" decides its tense
_AUX_BEFORE = re.compile(r"(?<![\w’'])(?:to|not|never|did|didn[’']t|do|does|would|could|should|might|may|must|can|cannot|"
                         r"will|shall|had|have|has|let|help|helped|[a-z]+n[’']t)\s+$", re.IGNORECASE)


def _past_verb_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` (the clause before "until") has a past "be" and its nearest tense cue is
    past: a state that lasted until the date ("was at large until", "were held until"), not a
    deadline given in the past ("gave them until mid-November")."""
    if not _PAST_BE.search(text, 0, end):
        return False
    for m in reversed(list(_CUE_RE.finditer(text, 0, end))):
        tense = _cue_tense(text, m)
        if tense != "skip":
            return tense == "past"
    return False


_PAST_BE = re.compile(r"(?<![\w’'])(?:was|were|had[ \t\u00a0]+been)(?![\w’'])", re.IGNORECASE)


def _cue_tense(text: str, m: "re.Match[str]") -> Optional[str]:
    """The tense a cue gives, ``report`` for a reporting verb (no tense of its own), or ``skip`` for
    a word that is no verb of the date's clause where it stands ("the starts", "is" away from the
    date, "a scheduled interview"). A future seen from the past ("was expected to", "was
    scheduled to") says nothing about which side of the document date the date lies, so it gives
    ``either``; so does "would"."""
    word = m.group(1).lower()
    if word in _REPORTING or _CUES.get(word) == "none":
        return "report"
    if word not in _CUES and _ADJECTIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return "report"  # "a still unspecified date", "the reduced dividend": an adjective
    if word.endswith("ed") and _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return "skip"  # "canceled a scheduled interview Monday": an adjective, the verb before decides
    if word in _NOUN_CUES and _OBJECT_OF_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return "skip"  # "announced plans Tuesday", "its plans": a noun, the verb before decides
    if word.endswith("ing") and " " in word.replace("\t", " ").replace("\u00a0", " "):
        # "is holding a vote on Saturday", "are meeting Thursday": a plan, ahead, when the date follows
        # the verb and its object; elsewhere ("is recovering after surgery on Monday") no cue
        return "future" if _NEXT_TO_DATE.fullmatch(text, m.end()) else "skip"
    if word == "until" and _past_verb_before(text, m.start()):
        return "skip"  # "was at large until Dec. 7", "stayed until May": the verb before decides
    if word == "due to" and not _DUE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return "skip"  # "fell due to weak sales": because of; "is due to arrive", "a plane, due to land": ahead
    tense = _CUES.get(word, "past")
    if tense == "next-to":
        # "the summit starts Friday": a verb only right before the date (not "the starts of May")
        noun = _NOUN_BEFORE.search(text, max(0, m.start() - 24), m.start()) or (
            _AUX_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _BE_FORM_BEFORE.search(text, max(0, m.start() - 12), m.start()))  # "was open Tuesday"
        return "future" if _NEXT_TO_DATE.fullmatch(text, m.end()) and not noun else "skip"
    if tense == "plural":
        if _AUX_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return "report"  # "did not meet", "could meet", "to meet": the word before decides
        return "future"
    if tense == "future" and re.search(r"\b(?:was|were|had been)\s+$", text[max(0, m.start() - 12):m.start()]):
        return "either"
    if tense == "past" and word not in _CUES or word in ("held", "paid", "sold", "built", "sent", "found"):
        be = _BE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if be:
            aux = (be.group("aux") or "").lower()
            if aux == "to":
                return "future"
            return _CUES.get(aux) if aux in _CUES else None
    if tense == "past" and word not in _FINITE_PAST and _PASSIVE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return "report"  # "getting beat up", "is being launched": a participle, the words before decide
    return tense
