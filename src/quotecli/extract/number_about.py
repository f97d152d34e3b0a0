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
VERB_WORDS = frozenset(VERBS)
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
TOKEN = re.compile(r"[^\W\d_][\w'’&-]*(?:\.[\w'’&-]+)*|,")
#: everything up to the last sentence end, semicolon, colon, line break or dash
LAST_BOUNDARY = re.compile(r"(?s).*(?:[.!?;:][\"”’)]?\s|\n|\s[—–]\s|\s--\s)")
# Words that start a new clause inside a sentence: "... and the union demanded a 5% raise",
# "... that the city would open 12 shelters".
SPLITTERS = frozenset({"and", "but", "while", "whereas", "that", "which", "who", "because", "after",
                       "when", "if", "before", "until", "where", "although", "though"})
#: "a crowd of 2,000 supporters", "the deaths of 53 migrants": the figure belongs to the noun
NOUN_OF = regex.compile(r"\b([^\W\d_][\w-]*)\s+of\s+\Z", regex.REVERSE)
REPORTING = frozenset({"said", "says", "say", "told", "added", "announced", "reported", "estimated"})
POSSESSIVE = regex.compile(r"([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})['’]s?\s+\Z", regex.REVERSE)
NAME_BEFORE_AGE = regex.compile(r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}),\s+\Z", regex.REVERSE)
POSSESSIVE_END = re.compile(r"['’]s?$")
MAX_WORDS = 5
ADVERBS = frozenset({"also", "still", "now", "already", "not", "never", "just", "even", "again", "currently"})
AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "may", "might",
                         "should", "must", "be", "been"})


def _clause_before(text: str, left: int) -> str:
    """The clause text before the figure (at most 100 characters)."""
    lo = max(0, left - 100)
    m = LAST_BOUNDARY.match(text, lo, left)
    if m:
        return text[m.end():left]
    if lo and not text[lo - 1].isspace():
        lo = text.find(" ", lo, left) + 1 or lo  # not the tail of a word cut by the window
    return text[lo:left]


def _subject(words: list[str], lows: list[str]) -> Optional[str]:
    """The noun phrase of ``words`` (the clause before its verb), without its frame:
    leading conjunctions and determiners, function words, adverbs ("initially")."""
    i = 0
    while i < len(lows) and (lows[i] in CONJUNCTIONS or lows[i] in DETERMINERS):
        i += 1
    kept = [POSSESSIVE_END.sub("", w) if "'" in w or "’" in w else w for w, low in zip(words[i:], lows[i:])
            if (low not in STOPS or low in ("of", "and")) and not (low.endswith("ly") and len(low) > 4)]
    while kept and kept[-1].lower() in ("of", "and"):
        kept.pop()
    if not kept or len(kept) == 1 and kept[0].lower() in PRONOUNS:
        return None
    return " ".join(kept[-MAX_WORDS:])


def _verb_positions(tokens: list[str], lows: list[str], joined: str) -> list[int]:
    """Where the clause's verbs are: a listed verb or a lower-case word in -ed.

    ``joined`` is ``lows`` joined by spaces: when no word ends in "ed" and none is a listed
    verb (a third of the clauses) two tests in C say so without a loop over the words.
    """
    if "ed " not in joined and not joined.endswith("ed"):
        return [] if VERB_WORDS.isdisjoint(lows) else [i for i, low in enumerate(lows) if low in VERBS]
    return [i for i, low in enumerate(lows) if low in VERBS or low[-2:] == "ed" and len(low) > 4
            and tokens[i][0].islower()]


def _is_adverb(low: str) -> bool:
    """An adverb between an auxiliary and its verb ("is still holding", "was quickly sold")."""
    return low in ADVERBS or low.endswith("ly") and len(low) > 4


def _last_of(lows: list[str], words: frozenset[str]) -> int:
    """The position of the last of ``lows`` in ``words`` (one must be there), read from the end."""
    i = len(lows) - 1
    while lows[i] not in words:
        i -= 1
    return i


def _subject_and_verb(tokens: list[str], lows: list[str], joined: str) -> tuple[Optional[str], Optional[str]]:
    """The subject of the clause ``tokens`` (words and commas) and the verb that says most.

    A reported clause ("The company said sales fell 5%") or a later clause joined by a
    conjunction ("... and the union demanded a 5% raise") is read alone; an introductory phrase ("In 2019, ...") is dropped; with an apposition
    ("Ford, the carmaker, has") the subject is the first part and the verb in a later one.

    The verbs are kept as a sorted list of their positions: a clause has few, so each
    test below looks at them instead of at every word again.
    """
    verbs = _verb_positions(tokens, lows, joined)
    if not verbs:
        return None, None
    n = len(lows)
    if not SPLITTERS.isdisjoint(lows):
        cut = _last_of(lows, SPLITTERS)
        if 0 < cut < n - 1 and verbs[-1] > cut + 1 and verbs[0] < cut and cut + 1 not in verbs:
            tokens, lows, n = tokens[cut + 1:], lows[cut + 1:], n - cut - 1
            verbs = [i - cut - 1 for i in verbs if i > cut]
    if not REPORTING.isdisjoint(lows):
        said = _last_of(lows, REPORTING)
        if said < n - 1 and verbs[-1] > said + 1 and said + 1 not in verbs:
            # "The company said sales fell 5%": the figure belongs to the reported clause
            tokens, lows, n = tokens[said + 1:], lows[said + 1:], n - said - 1
            verbs = [i - said - 1 for i in verbs if i > said]
    if "," in lows and lows[0] in INTRO_WORDS:
        at = lows.index(",") + 1
        tokens, lows, n = tokens[at:], lows[at:], n - at
        verbs = [i - at for i in verbs if i >= at]
    comma = lows.index(",") if "," in lows else n
    subject_end = verbs[0] if verbs and verbs[0] < comma else comma
    found = [i for i in verbs if i >= subject_end]
    if not found:
        return None, None
    role_verb = next((lows[i] for i in reversed(found) if VERBS.get(lows[i]) in ("cost", "value", "have")), None)
    last = found[-1]
    verb = lows[last]
    nxt = last + 1
    while verb in AUXILIARIES and nxt < n - 1 and _is_adverb(lows[nxt]):
        nxt += 1  # "is still holding", "was also recalling"
    if verb in AUXILIARIES and nxt < n and lows[nxt] not in STOPS and lows[nxt] != ",":
        verb = lows[nxt]  # "would open" -> "open"
    return _subject(tokens[:subject_end], lows[:subject_end]), role_verb or verb


def about(text: str, left: int, kind: str, unit: Optional[str], of: Optional[str]) -> Optional[str]:
    """What the figure starting at ``left`` measures, as a short plain string (or ``None``)."""
    before = text[max(0, left - 4):left]
    if kind == "age" and before.endswith(", "):
        name = NAME_BEFORE_AGE.search(text, max(0, left - 60), left)
        if name:
            return f"age of {name.group(1)}"
    counted = unit if kind == "count" and unit else None
    if before.endswith(("s ", "'", "’", "' ", "’ ")):
        owner = POSSESSIVE.search(text, max(0, left - 60), left)
        if owner:
            return f"{owner.group(1)} {counted}" if counted else owner.group(1)
    if before.endswith("of "):
        noun = NOUN_OF.search(text, max(0, left - 40), left)
        if noun and noun.group(1).lower() not in STOPS and not noun.group(1)[:1].isupper():
            return f"{noun.group(1)} of {counted}" if counted else noun.group(1)
    clause = _clause_before(text, left)
    tokens = TOKEN.findall(clause)
    if not tokens or tokens[-1].lower() in REPORTING:
        return of  # "officials said dozens of volunteers signed up": the figure starts the clause
    # Tokens hold no space: lower-casing them joined is three calls in C instead of a
    # second scan of the clause or a call per word (and keeps each token's boundaries).
    joined = " ".join(tokens).lower()
    lows = joined.split(" ")
    subject, verb = _subject_and_verb(tokens, lows, joined)
    if subject is None:
        return of
    role = VERBS.get(verb or "", "verb")
    if role == "cost":
        return f"cost of {subject}"
    if role == "value":
        return f"value of {subject}"
    if counted and role == "have":
        return f"{subject} {counted}"
    if counted and verb and verb not in AUXILIARIES:
        return f"{subject} {verb}"  # "police arrested"; not "GM is", which says no more than "GM"
    return subject


__all__ = ["about"]
