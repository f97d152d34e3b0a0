"""What a figure is about: the thing it measures, read from the clause it belongs to.

A figure's unit says what it counts ("workers", "USD"); the checker also needs whose
workers and which cost, so that two articles' figures are compared only when they
state the same fact. This is read without a parser, from the words between the start
of the figure's clause and the figure:

- the subject is the noun phrase before the clause's verb: "Ford, the carmaker, has
  13,000 workers" -> "Ford workers" (a verb of having joins the subject and the counted
  noun);
- a verb of cost or worth names the measure: "a disorderly exit would cost it $800
  million" -> "cost of a disorderly exit", "the deal is valued at $2bn" -> "value of deal";
- a possessive right before the figure is its owner: "Ford's 13,000 workers" -> "Ford
  workers"; an age in commas after a name is that person's: "Smith, 46," -> "age of Smith";
- after any other verb the subject is kept, with the verb for counts ("police arrested
  12 people" -> "police arrested", "Sales rose 5%" -> "Sales").

A pronoun subject ("It has 300 staff") says nothing by itself: ``about`` is then the
``of`` phrase of a share, or ``None``. The result is a short plain string, not a parse.
"""

from __future__ import annotations

import re
from typing import Optional

import regex

from .. import lexicon

VERBS = {word: role for word, (role,) in lexicon.table("number_about_verbs").items()}
STOPS = lexicon.words("number_noun_stops")
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those",
                      "which", "who", "there", "one"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                         "these", "those"})
CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "as", "so", "yet", "or", "because",
                          "although", "though", "when", "if", "after", "before", "since"})
INTRO_WORDS = frozenset({"in", "on", "at", "by", "for", "since", "after", "before", "during",
                         "last", "this", "next", "from", "of", "with", "under", "over", "according"})

#: the clause starts after a sentence end, a semicolon or colon, a line break or a dash
CLAUSE_START = regex.compile(r"(?:[.!?;:][\"”’)]*\s|\n|\s[—–]\s|\s--\s)", regex.REVERSE)
WORD = re.compile(r"[^\W\d_][\w'’&.-]*")
# Words that start a new clause inside a sentence: "... and the union demanded a 5% raise",
# "... that the city would open 12 shelters".
CONJUNCTION_SPLIT = re.compile(r"\s(?:and|but|while|whereas|that|which|who|because|after|when|if|"
                               r"before|until|where|although|though)\s")
#: "a crowd of 2,000 supporters", "the deaths of 53 migrants": the figure belongs to the noun
NOUN_OF = regex.compile(r"\b([^\W\d_][\w-]*)\s+of\s+\Z", regex.REVERSE)
REPORTING = frozenset({"said", "says", "say", "told", "added", "announced", "reported", "estimated"})
POSSESSIVE = regex.compile(r"([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})['’]s?\s+\Z", regex.REVERSE)
NAME_BEFORE_AGE = regex.compile(r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}),\s+\Z", regex.REVERSE)
POSSESSIVE_END = re.compile(r"['’]s?$")
MAX_WORDS = 5
AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "may", "might",
                         "should", "must", "be", "been"})


def _clause_before(text: str, left: int) -> tuple[str, int]:
    """The clause text before the figure (at most 200 characters) and where it starts."""
    lo = max(0, left - 200)
    m = CLAUSE_START.search(text, lo, left)
    start = m.end() if m else lo
    return text[start:left], start


def _is_verb(word: str) -> bool:
    low = word.lower()
    return low in VERBS or (low.endswith("ed") and len(low) > 4 and word[:1].islower())


def _has_verb(text: str) -> bool:
    return any(_is_verb(m.group()) for m in WORD.finditer(text))


def _subject(words: list[str]) -> Optional[str]:
    """The noun phrase of ``words`` (the clause before its verb), without its frame."""
    while words and words[0].lower() in CONJUNCTIONS:
        words = words[1:]
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    words = [POSSESSIVE_END.sub("", w) for w in words if w.lower() not in STOPS or w.lower() in ("of", "and")]
    while words and words[-1].lower() in ("of", "and"):
        words = words[:-1]
    if not words or len(words) == 1 and words[0].lower() in PRONOUNS:
        return None
    return " ".join(words[-MAX_WORDS:])


def _subject_words(clause: str) -> tuple[list[str], Optional[str]]:
    """The words before the clause's first verb, and the verb that says most (lower-cased).

    An introductory phrase ("In 2019, ...") is dropped; with an apposition ("Ford, the
    carmaker, has") the subject is the first part and the verb is in a later one.
    """
    pieces = CONJUNCTION_SPLIT.split(clause)
    last = [m.group() for m in WORD.finditer(pieces[-1])]
    if len(pieces) > 1 and last and not _is_verb(last[0]) and _has_verb(pieces[-1]) \
            and _has_verb(" ".join(pieces[:-1])):
        clause = pieces[-1]  # "workers went on strike and the union demanded a 5% raise"
    parts = clause.split(",")
    if len(parts) > 1 and (parts[0].split()[:1] or [""])[0].lower() in INTRO_WORDS:
        parts = parts[1:]
    head = [m.group().rstrip(".") for m in WORD.finditer(parts[0])]
    rest = [m.group().rstrip(".") for part in parts[1:] for m in WORD.finditer(part)]
    verb_at = next((i for i, w in enumerate(head) if _is_verb(w)), None)
    if verb_at is None:
        verbs = [w.lower() for w in rest if _is_verb(w)]
        subject = head
    else:
        verbs = [w.lower() for w in head[verb_at:] + rest if _is_verb(w)]
        subject = head[:verb_at]
    if not verbs:
        return [], None
    role_verb = next((v for v in reversed(verbs) if VERBS.get(v) in ("cost", "value", "have")), None)
    return subject, role_verb or _main_verb(head + rest, verbs[-1])


def _main_verb(words: list[str], verb: str) -> str:
    """An auxiliary gives way to the word after it: "would open" -> "open"."""
    if verb not in AUXILIARIES:
        return verb
    lows = [w.lower() for w in words]
    at = len(lows) - 1 - lows[::-1].index(verb)
    nxt = lows[at + 1] if at + 1 < len(lows) else ""
    return nxt if nxt and nxt not in STOPS else verb


def about(text: str, left: int, kind: str, unit: Optional[str], of: Optional[str]) -> Optional[str]:
    """What the figure starting at ``left`` measures, as a short plain string (or ``None``)."""
    if kind == "age":
        name = NAME_BEFORE_AGE.search(text, max(0, left - 60), left)
        if name:
            return f"age of {name.group(1)}"
    counted = unit if kind == "count" and unit else None
    owner = POSSESSIVE.search(text, max(0, left - 60), left)
    if owner:
        return f"{owner.group(1)} {counted}" if counted else owner.group(1)
    noun = NOUN_OF.search(text, max(0, left - 40), left)
    if noun and noun.group(1).lower() not in STOPS and not noun.group(1)[:1].isupper():
        return f"{noun.group(1)} of {counted}" if counted else noun.group(1)
    clause, _ = _clause_before(text, left)
    last = clause.split()[-1:] if clause.strip() else []
    if last and last[0].lower().strip(",") in REPORTING:
        return of  # "officials said dozens of volunteers signed up": the figure starts the clause
    words, verb = _subject_words(clause)
    subject = _subject(words)
    if subject is None:
        return of
    role = VERBS.get(verb or "", "verb")
    if role == "cost":
        return f"cost of {subject}"
    if role == "value":
        return f"value of {subject}"
    if counted and role == "have":
        return f"{subject} {counted}"
    if counted and verb:
        return f"{subject} {verb}"
    return subject


__all__ = ["about"]
