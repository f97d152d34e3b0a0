"""Quote rules: the same quotation worded differently (QC201) or given to another person (QC202).

Both rules file every quotation under each content-word 3-shingle of its words
(:func:`quotecli.check.keys.shingles`; a quotation with few content words under
its 2-shingles too, so that one changed word does not break them all); two
quotations meet only when they share
a shingle, and a pair sharing several shingles is compared once, in the group of
its smallest shared shingle. Inside a group the words are aligned with difflib
on folded word keys, so case, accents, punctuation, curly or straight marks and
ellipses never count as differences; words missing at either end are a partial
quote (a truncation), and words missing where the shorter quote shows an
ellipsis or brackets are an acknowledged cut.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Hashable, Iterable, Iterator, Optional, Sequence

import regex

from ... import lexicon, names
from ...document import Document
from ...records import Extraction, PersonMention, Quote
from .. import keys
from ..merge import merge_connected
from ..model import Finding, Location
from ..registry import register

QUOTED_KINDS = ("full", "partial")
MIN_CONTENT_SHARED = 3   # content words among the shared ones
MIN_WORDS = 6            # quotes shorter than this are too common to compare
MIN_SHARED = 6           # aligned words two wordings must share to be one quotation
MAX_CHANGE = 3           # words in one changed stretch (longer: a different sentence)
MAX_CHANGES = 3          # changed stretches in one quotation
MIN_AGREEMENT = 0.8      # shared words against shared + changed words
LONG_SHARED = 15         # shared words that make one quotation at a lower agreement ...
LONG_AGREEMENT = 0.7     # ... this one (a long statement restated with a few words changed)
MAX_DROPPED = 6          # words one wording leaves out in one stretch, with no word changed
PARAPHRASE_SHARED = 8    # shared words of one speaker's two wordings in two articles that make ...
PARAPHRASE_AGREEMENT = 0.6   # ... a paraphrase kept in quotation marks (info) at this agreement
REWORDED_CHANGES = 6     # changed stretches of a paraphrase (LONG_SHARED words shared when no one speaker)
NEAR_IDENTICAL = 2       # changed words that still make one quotation whoever is named
MAX_GROUP = 100          # a shingle quoted more often than this is boilerplate: skipped
FEW_SHINGLES = 6         # a quotation with fewer 3-shingles is filed under its 2-shingles too
MAX_RELATED = 5
_GAP = regex.compile(r"…|\.\s*\.\s*\.|\[|\]")
_EDITORIAL = regex.compile(r"\[[^\]]*\]|\([^)]*\)")
_BRITISH = (("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
            ("ises", "izes"), ("isers", "izers"), ("iser", "izer"), ("ise", "ize"), ("ysed", "yzed"),
            ("ysing", "yzing"), ("yse", "yze"), ("tres", "ters"), ("tred", "tered"), ("tre", "ter"),
            ("bres", "bers"), ("bre", "ber"))
# "travelled", "cancelling", "modeller": British English doubles the l of an unstressed
# last syllable; made single on both sides ("traveled"), so the two spellings agree.
_DOUBLED_L = regex.compile(r"^(\w{2,}[ae])ll(ed|ing|ers?)$")
_AMPERSAND = regex.compile(r"&")
_MASKED = regex.compile(r"(\p{L}+)[*#]{2,}(\p{L}*)")
MASK = "\u2217"   # marks the key of a masked word: first letters, hidden letters, last letters
_CONTRACTION = regex.compile(r"['’]\w*\s*$")
_BRITISH_OUR = regex.compile(r"(?<=\w\w)our")


@dataclass(frozen=True, eq=False)
class QuoteItem:
    """A quotation with its comparison keys (one item per quote, shared by every group).

    ``words`` are the quotation's words in a canonical spelling (see
    :func:`canonical_words`); several may come from one written word ("gonna").
    """

    document: Document
    quote: Quote
    words: tuple[keys.Token, ...]
    gap_before: tuple[bool, ...]   # an ellipsis or bracket before word i (len = words + 1)
    editorial: tuple[bool, ...]    # word i is inside [brackets] or (parentheses): the writer's
    shingles: frozenset
    speaker: tuple[str, ...]
    named: bool                    # the speaker is named at the quote (not "he", not "her rep")
    person: bool = False           # ... and the article shows that name is a person's (see is_person)
    beside: bool = False           # ... written beside the quote, not reached across sentences (_beside)
    headline: bool = False         # the quotation stands in a headline (see _headline)

    @functools.cached_property
    def folded(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.words)

    def location(self) -> Location:
        return Location.of(self.document, self.quote.start, self.quote.end)

    def speaker_location(self) -> Optional[Location]:
        q = self.quote
        if q.speaker_start is None or q.speaker_end is None or q.speaker_end <= q.speaker_start:
            return None
        return Location.of(self.document, q.speaker_start, q.speaker_end)

    def order(self) -> tuple:
        return (self.document.path, self.document.id, self.quote.start)


def _spelling(key: str) -> str:
    """British and American spellings of one word agree: ``realised`` → ``realized``,
    ``neighbourhood`` → ``neighborhood``, ``fibre`` → ``fiber``, ``travelled`` → ``traveled``,
    ``organisations`` → ``organizations``; single words in ``quote_equivalents.tsv``."""
    if len(key) >= 5:
        key = _BRITISH_OUR.sub("or", key)
        key = _DOUBLED_L.sub(r"\1l\2", key)
        for british, american in _BRITISH:
            if key.endswith(british):
                return key[: -len(british)] + american
    return key


def canonical_words(text: str, offset: int) -> list[keys.Token]:
    """The words of a quotation with equivalent spellings made one.

    "gonna" becomes "going to", "eleventh" becomes "11th", "&" becomes "and",
    "realised" becomes "realized" (``lexicon/quote_equivalents.tsv``); the
    written text and span of each word are kept for messages.
    """
    words: list[keys.Token] = []
    masked = [(offset + m.start(), offset + m.end(), m) for m in _MASKED.finditer(text)] if "*" in text or "#" in text \
        else []
    for start, end, match in masked:   # "f***ing": one word whose letters an outlet hid
        key = f"{MASK}{keys.fold(match.group(1))}{MASK}{keys.fold(match.group(2))}"
        words.append(keys.Token(start, end, match.group(), key))
    token = functools.partial(tuple.__new__, keys.Token)   # a Token without NamedTuple's Python-level __new__
    find = text.find
    pos = 0
    for written in _KEY_WORD.findall(text):
        # No letter or digit lies between two words, so a word's first occurrence after
        # the previous one is where it was found: offsets without a match object each.
        at = find(written, pos)
        pos = at + len(written)
        start = at + offset
        if masked and any(a <= start < b for a, b, _ in masked):
            continue
        canonical = _word_keys(written)
        if len(canonical) == 1:
            key = canonical[0]
            if key in _SKIPPED_AFTER and at and text[at - 1] == _SKIPPED_AFTER[key]:
                continue   # "6:00 p.m." is "6 p.m.", "MySpace.com" is "MySpace"
            words.append(token((start, pos + offset, written, key)))
            continue
        for key in canonical:
            words.append(token((start, pos + offset, written, key)))
    if masked:
        words.sort(key=lambda t: t.start)
    if "." in text:
        words = _join_initials(words, text, offset)
    if "cent" in text:      # "10 per cent" is "10 percent" and "10%", which have no word
        words = [t for i, t in enumerate(words) if not _per_cent(words, i)]
    if "&" in text:
        for match in _AMPERSAND.finditer(text):
            start = offset + match.start()
            position = next((i for i, t in enumerate(words) if t.start > start), len(words))
            words.insert(position, keys.Token(start, start + 1, "&", "and"))
    return words


def _join_initials(words: list[keys.Token], text: str, offset: int) -> list[keys.Token]:
    """Letters written with full stops are one word: "F.B.I." is "FBI", "U.N." is "UN" (the
    key the undotted spelling has), so "the F.B.I. Nothing" and "the FBI, and nothing" differ
    by one "and", not by three letters against a word."""
    def dotted(token: keys.Token) -> bool:
        return len(token.text) == 1 and token.text.isalpha() and text[token.end - offset:token.end - offset + 1] == "."

    joined: list[keys.Token] = []
    for token in words:
        last = joined[-1] if joined else None
        if last is not None and dotted(token) and (
                dotted(last) and last.end + 1 == token.start     # "F." then "B."
                or last.end == token.start and len(last.text) == 2 * len(last.key)):   # "F.B." then "I."
            joined[-1] = keys.Token(last.start, token.end + 1, text[last.start - offset:token.end + 1 - offset],
                                    last.key + token.key)
        else:
            joined.append(token)
    return joined


def _per_cent(words: list[keys.Token], i: int) -> bool:
    """Whether word ``i`` is the "per" or the "cent" of a British "per cent"."""
    key = words[i].key
    if key == "per":
        return i + 1 < len(words) and words[i + 1].key == "cent"
    return key == "cent" and i > 0 and words[i - 1].key == "per"


# The words of a text exactly as :func:`quotecli.check.keys.tokens` finds them (read
# here directly, so a word's keys are looked up once per spelling, not made per token).
_KEY_WORD = keys._WORD
# A word key dropped after this character: "6:00 p.m." is "6 p.m.", "MySpace.com" is "MySpace".
_SKIPPED_AFTER = {"00": ":", "com": ".", "org": ".", "net": "."}


@functools.lru_cache(maxsize=65536)
def _word_keys(written: str) -> tuple[str, ...]:
    """The canonical keys of one written word: its folded key in the American spelling,
    or what ``quote_equivalents.tsv`` replaces it with (several words, or none)."""
    key = keys.fold(written)
    replacement = lexicon.table("quote_equivalents").get(key)
    if replacement is None:
        return (_spelling(key),)
    return tuple(replacement[0].split()) if replacement else ()


def _gaps(text: str, words: list[keys.Token], offset: int) -> tuple[bool, ...]:
    if not _GAP.search(text):
        return (False,) * (len(words) + 1)   # no ellipsis or bracket anywhere: no gap before any word
    bounds = [offset] + [t.end for t in words]
    nexts = [t.start for t in words] + [offset + len(text)]
    return tuple(bool(_GAP.search(text, max(0, a - offset), max(0, b - offset)))
                 for a, b in zip(bounds, nexts))


def _editorial(text: str, words: list[keys.Token], offset: int) -> tuple[bool, ...]:
    if "[" not in text and "(" not in text:
        return (False,) * len(words)
    spans = [(offset + m.start(), offset + m.end()) for m in _EDITORIAL.finditer(text)]
    return tuple(any(a <= t.start < b for a, b in spans) for t in words)


def _named(quote: Quote, speaker: tuple[str, ...], document: Document) -> bool:
    """Whether the speaker is written by name at the quote: "Mary Smith said", not "she
    said" (a resolved pronoun), "the newspaper said" nor "Smith's spokesman said".

    The mention must end with a word of the resolved speaker and be written as
    a name: capitalised words, with the particles names carry ("de", "van").
    """
    mention = keys.name_key(quote.speaker_mention)
    bare = keys.folded_words(_CONTRACTION.sub("", quote.speaker_mention or ""))
    if not mention or mention[-1] not in speaker or (bare and bare[-1] in lexicon.table("pronouns")):
        return False   # "she", "I'd"
    if mention[-1] in lexicon.table("weekdays") or mention[-1] in lexicon.table("months"):
        return False   # "Saturday said": an extraction slip, not a person
    written = keys.tokens(_POSSESSIVE_TAIL.sub("", quote.speaker_mention or ""))
    if len(written) == 1 and written[0].key in keys.lowercase_words(document.text):
        return False   # "Showrunner said": a common noun capitalised at a sentence start
    particles = lexicon.words("particles")
    return all(t.text[:1].isupper() or t.key in particles for t in written[-len(speaker):])


_POSSESSIVE_TAIL = regex.compile(r"['’]s?\s*$")
_ARTICLE = regex.compile(r"\b(?:the|The|THE)\s+$")
_PLACE_BEFORE = r"\b(?i:in|at|from|near|outside|across|throughout|around|towards?)\s+(?i:the\s+)?"


def is_person(speaker: tuple[str, ...], extraction: Extraction, mention: Optional[str] = None) -> bool:
    """Whether a named speaker is a person by the article's own evidence.

    Never a person: a name with a word that marks a place or an organisation
    (``lexicon/people_non_person.txt``), a name the article writes after "the"
    at every mention ("the Law Lords", "the Tories": a body). A person: one of the people the
    extraction found; or, for a name it did not find, one that opens with a
    known given name ("Jack Lew", not "Geological Survey"), or a one-word name
    (a surname) the article never uses as a place ("in Takengon", "from
    Vancouver") — a place before a cue verb ("Vancouver said") is an
    attribution slip, not a speaker.
    """
    if not speaker or speaker[0] == "the" or (mention or "").lower().startswith("the "):
        return False   # "The Law Lords said": a name does not start with "the"
    non_person = lexicon.words("people_non_person")
    if any(word in non_person for word in speaker):
        return False
    text = extraction.document.text
    mentions = [person for name, people in _people_by_surname(extraction).get(speaker[-1], {}).items()
                if keys.same_person(name, speaker) for person in people]
    if mentions:
        return not all(_ARTICLE.search(text, max(0, m.start - 5), m.start) for m in mentions)
    words = (mention or " ".join(speaker)).split()
    if len(words) > 1:   # a full name the people extractor missed: a person's when it opens with a given name
        return keys.fold(words[0]) in lexicon.words("people_given_names") or bool(_INITIALS.match(words[0]))
    place = _PLACE_BEFORE + regex.escape(words[0]) + r"\b"
    return not regex.search(place, text)


_INITIALS = regex.compile(r"^(?:\p{Lu}\.){1,3}$|^\p{Lu}{2}$")   # "A.J." or "AJ" before a surname: a person's initials
_SURNAMES: list = [None, {}]   # the last extraction's people by the last word of their name


def _people_by_surname(extraction: Extraction) -> dict[str, dict[tuple[str, ...], list[PersonMention]]]:
    """The people mentions of an extraction by the last word of their full name (with that
    name's keys): made once per extraction, not once per quotation."""
    if _SURNAMES[0] is not extraction:
        index: dict[str, dict[tuple[str, ...], list[PersonMention]]] = {}
        keyed: dict[str, tuple[str, ...]] = {}
        for person in extraction.people:
            name = keyed.get(person.name)
            if name is None:
                name = keyed[person.name] = keys.name_key(person.name)
            if name:
                index.setdefault(name[-1], {}).setdefault(name, []).append(person)
        _SURNAMES[:] = [extraction, index]
    return _SURNAMES[1]


NEAR_QUOTE = 60                 # characters between a quotation and a speaker written beside it
_OPENING = regex.compile(r"[“\"]")
_SENTENCE_END = regex.compile(r"[.!?]\s")


def _beside(document: Document, quote: Quote) -> bool:
    """Whether the speaker is written beside the quotation: in its own sentence, right
    after it with the cue ("“… there.” Cowan said") or right before it with no sentence
    between ("Smith said: “…”"). Otherwise the attribution was reached across sentences
    ("Cowan hailed the reversal. “Today marks …”", a floating quote, a name in the next
    sentence) and is too often another quote's ("said Johansson. “I felt …”"): worth a
    look, not an error."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return False
    sentence = document.segments.sentence_at
    if any(s <= quote.speaker_start < e for s, e in {sentence(quote.start), sentence(max(quote.start, quote.end - 1))}):
        return True
    text = document.text
    if 0 <= quote.speaker_start - quote.end <= NEAR_QUOTE:
        gap = text[quote.end:quote.speaker_start].lstrip(" ,.!?;:\"”’'")   # past the quote's own mark
        cue = keys.folded_words(quote.cue or "")[-1:]
        around = keys.folded_words(gap + text[quote.speaker_end:quote.speaker_end + 25])
        return not _OPENING.search(gap) and "\n\n" not in gap and bool(cue) and cue[0] in around
    if 0 <= quote.start - quote.speaker_end <= NEAR_QUOTE:
        gap = text[quote.speaker_end:quote.start]
        return not _SENTENCE_END.search(gap) and "\n\n" not in gap
    return False


HEADLINE_LINES = 3              # the first lines of an article where a headline stands
HEADLINE_LENGTH = 160           # characters of a headline at most
_CLOSING = " \t\"”’'»)"


def _headline(text: str, quote: Quote) -> bool:
    """Whether the quotation stands in a headline: a short line among the article's first
    ``HEADLINE_LINES`` lines that does not end a sentence with a period ("Obama: “We will
    respect science”"). A headline shortens and rewords what was said to fit, so its
    wording against the body's is a paraphrase worth a look (info), not a misquote."""
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    line = text[start:end if end >= 0 else len(text)].strip()
    if not line or len(line) > HEADLINE_LENGTH or line.rstrip(_CLOSING).endswith("."):
        return False
    return sum(1 for earlier in text[:start].split("\n") if earlier.strip()) < HEADLINE_LINES


SLOGAN_REACH = 40               # characters before a quotation where a slogan noun names it


def _slogan(document: Document, quote: Quote) -> bool:
    """Whether the quotation is a slogan, motto or chant ("Labour's slogan would be “…”",
    "the crowd chanted “…”"): words many people repeat, so two people quoting it is no
    misattribution (``lexicon/slogan_words.txt``)."""
    s_start = document.segments.sentence_at(quote.start)[0]
    before = keys.folded_words(document.text[max(s_start, quote.start - SLOGAN_REACH):quote.start])
    return bool(set(before) & lexicon.words("slogan_words"))


def _speaker_name(quote: Quote) -> Optional[str]:
    """The speaker's name without the role words the extraction may leave before it ("team
    general manager A.J. Smith" is "A.J. Smith"); and the name written at the quote when the
    resolved speaker shares no word with it ("Chargers general manager AJ Butler said"
    resolved to "Diego Chargers" is AJ Butler's): what the article says is who spoke."""
    resolved = _trailing_name(quote.speaker or "") or quote.speaker
    written = _trailing_name(quote.speaker_mention or "")
    if written and resolved and not set(keys.name_key(written)) & set(keys.name_key(resolved)):
        return written
    return resolved


def _trailing_name(text: str) -> Optional[str]:
    """The full name that ends a phrase after role words: "Chargers general manager A.J.
    Butler" → "A.J. Butler", the last run of two or more capitalised words (with the
    particles names carry) after a lower-case word that is no function word. None for a
    phrase all in capitals, one ending in a lower-case word, a name of one word and a name
    after a function word ("a spokesman for Mary Jones" speaks for her, is not her)."""
    words = _POSSESSIVE_TAIL.sub("", text.strip()).split()
    particles = lexicon.words("particles")
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or (run and word.lower() in particles):
            run.insert(0, word)
        else:
            break
    while run and run[0].lower() in particles:
        run.pop(0)
    before = words[len(words) - len(run) - 1] if len(run) < len(words) else None
    if len(run) < 2 or before is None or not before[:1].islower() or keys.is_stopword(keys.fold(before)):
        return None
    return " ".join(run)


def _bare_mention(quote: Quote) -> Optional[str]:
    """The speaker as written, without a possessive or a title before the name."""
    if not quote.speaker_mention:
        return None
    trailing = _trailing_name(quote.speaker_mention)
    if trailing:
        return trailing   # "Chargers general manager A.J. Butler": the name after the role
    written = _POSSESSIVE_TAIL.sub("", quote.speaker_mention.strip())
    capitalised = [w for w in written.split() if w[:1].isupper()]
    return " ".join(capitalised[-3:]) or None


_LAST: list = [None, []]   # the last extraction mapped and its pairs: both quote rules map it in turn


def quote_items(extraction: Extraction) -> Iterator[tuple[Hashable, QuoteItem]]:
    """Map: every quotation long enough to compare, under each of its shingles.

    The engine maps each extraction with every rule in turn, so the two quote
    rules ask for the same extraction one after the other: the pairs are built
    once and handed out twice.
    """
    if _LAST[0] is not extraction:
        _LAST[:] = [extraction, list(_quote_items(extraction))]
    return iter(_LAST[1])


def _quote_items(extraction: Extraction) -> Iterator[tuple[Hashable, QuoteItem]]:
    document = extraction.document
    speakers: dict[tuple[Optional[str], Optional[str]], tuple[tuple[str, ...], bool, bool]] = {}
    for quote in extraction.quotes:
        if quote.kind not in QUOTED_KINDS:
            continue
        words = canonical_words(quote.text, quote.start)
        if len(words) < MIN_WORDS:
            continue
        shingles = keys.shingles([t.key for t in words])
        if len(shingles) < FEW_SHINGLES:
            shingles |= keys.shingles([t.key for t in words], 2) | _skip_pairs([t.key for t in words])
        if not shingles:
            continue
        who = (quote.speaker, quote.speaker_mention)
        if who not in speakers:   # a speaker quoted several times is looked up once
            speaker = keys.name_key(_speaker_name(quote))
            named = _named(quote, speaker, document)
            speakers[who] = (speaker, named, named and is_person(speaker, extraction, _bare_mention(quote)))
        speaker, named, person = speakers[who]
        item = QuoteItem(document, quote, tuple(words), _gaps(quote.text, words, quote.start),
                         _editorial(quote.text, words, quote.start), shingles, speaker, named,
                         person, _beside(document, quote), _headline(document.text, quote))
        for shingle in shingles:
            yield ("quote",) + shingle, item


def _skip_pairs(words: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """Pairs of content words one apart: a short quotation has few shingles, and a content
    word changed or left out ("let's find out … and let's make it" / "find out … and make
    it") breaks every pair around it, but not the pair it stood between."""
    content = keys.content_keys(words)
    return frozenset((content[i], content[i + 2]) for i in range(len(content) - 2))


@dataclass(frozen=True)
class Alignment:
    """How two wordings of a quotation line up once truncation at either end is set aside."""

    shared: int
    changes: tuple[tuple[str, int, int, int, int], ...]   # difflib opcodes that differ

    @property
    def changed_words(self) -> int:
        return sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in self.changes)


def align(a: QuoteItem, b: QuoteItem, loose: int = 0) -> Optional[Alignment]:
    """The alignment of two quotations, or None when they are not one quotation (``loose``:
    the words a paraphrase must share, at a paraphrase's agreement and number of changes,
    see :func:`_agree`)."""
    ops = SequenceMatcher(None, a.folded, b.folded, autojunk=False).get_opcodes()
    ops = _trim_truncation(ops)
    if not ops:
        return None
    changes = tuple(op for op in ops if op[0] != "equal"
                    and not _acknowledged_cut(op, a, b) and not _same_words(op, a, b))
    moved = _moved_words(changes, a, b)   # each moved word is left out once and put in once
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal") + moved
    content = sum(1 for tag, i1, i2, _, _ in ops if tag == "equal"
                  for key in a.folded[i1:i2] if not keys.is_stopword(key))
    alignment = Alignment(shared, changes)
    if shared < MIN_SHARED or len(changes) > (REWORDED_CHANGES if loose else MAX_CHANGES):
        return None
    if content < MIN_CONTENT_SHARED and not (content >= MIN_CONTENT_SHARED - 1 and shared >= 2 * MIN_SHARED):
        return None   # a short quote met on two content words needs a long stretch of words in common
    dropped = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in changes if tag != "replace") - 2 * moved
    if any(max(i2 - i1, j2 - j1) > (MAX_CHANGE if tag == "replace" else MAX_DROPPED)
           for tag, i1, i2, j1, j2 in changes):
        return None
    if dropped > MAX_CHANGE and shared < 2 * dropped:
        return None   # a long stretch left out of a short quotation: two statements
    return alignment if _agree(shared, alignment.changed_words - 2 * moved - max(0, dropped - MAX_CHANGE), loose) \
        else None


def _agree(shared: int, changed: int, loose: int = 0) -> bool:
    """Whether enough of two wordings is shared for them to be one quotation: most of their
    words, or a long stretch with a few words changed ("let's make it as good as it can be,
    and then let's make a decision" / "… before we make the decision"). Words left out
    beyond a changed stretch's length, and words moved, count as shared here: an outlet
    trimming a clause or swapping a pair keeps the rest of the statement word for word.
    ``loose``: a paraphrase, whose words agree less ("our hearts and prayers are with the man
    who lost his wife" / "… go out to the man and his wife"), asked only of wordings in two
    articles that share ``loose`` words or more."""
    total = shared + changed
    if loose:
        return shared >= loose and shared >= PARAPHRASE_AGREEMENT * total
    return shared >= MIN_AGREEMENT * total or shared >= LONG_SHARED and shared >= LONG_AGREEMENT * total


def _moved_words(changes: tuple, a: QuoteItem, b: QuoteItem) -> int:
    """Words one wording writes in another place: a stretch left out here and put in there
    with the same words ("thinnest and lightest" / "lightest and thinnest")."""
    dropped = [Counter(a.folded[i1:i2]) for tag, i1, i2, _, _ in changes if tag == "delete"]
    added = [Counter(b.folded[j1:j2]) for tag, _, _, j1, j2 in changes if tag == "insert"]
    moved = 0
    for words in dropped:
        if words in added:
            added.remove(words)
            moved += sum(words.values())
    return moved


def _trim_truncation(ops: list) -> Optional[list]:
    """Drops words one quotation has beyond the other's start or end (a partial quote).

    Words on one side only are a truncation. Different words on *both* sides at
    an edge are a changed word when short, and otherwise two statements that
    merely share a phrase (None).
    """
    ops = list(ops)
    for edge in (0, -1):
        while ops and ops[edge][0] != "equal":
            tag, i1, i2, j1, j2 = ops[edge]
            if tag == "replace":
                if max(i2 - i1, j2 - j1) > 2:
                    return None
                break
            ops.pop(edge)
    return ops


def _acknowledged_cut(op, a: QuoteItem, b: QuoteItem) -> bool:
    """Words left out where the other quotation shows an ellipsis or [brackets], and the
    writer's own words in [brackets] or (parentheses) put in for others."""
    tag, i1, i2, j1, j2 = op
    if (i2 > i1 and all(a.editorial[i1:i2])) or (j2 > j1 and all(b.editorial[j1:j2])):
        return True
    if tag == "delete":      # a has words b lacks: b should show a gap at j1
        return any(b.gap_before[j] for j in _slid(a.folded, i1, i2, j1, len(b.gap_before)))
    if tag == "insert":
        return any(a.gap_before[i] for i in _slid(b.folded, j1, j2, i1, len(a.gap_before)))
    return (any(a.gap_before[i1:i2 + 1]) and any(b.gap_before[j1:j2 + 1]))


def _slid(words: tuple[str, ...], start: int, end: int, at: int, limit: int) -> range:
    """The places in the other wording where a stretch ``words[start:end]`` left out of it
    could stand: it slides while the word it loses on one side is the word it gains on the
    other ("the families [of the victims] of this crash" is "the families of [the victims
    of] this crash"), so an ellipsis at any of them shows the cut."""
    left = 0
    while start - left > 0 and words[start - left - 1] == words[end - left - 1] and at - left > 0:
        left += 1
    right = 0
    while end + right < len(words) and words[start + right] == words[end + right]:
        right += 1
    return range(at - left, min(at + right + 1, limit))


def _same_words(op, a: QuoteItem, b: QuoteItem) -> bool:
    """A stretch written two ways: "end game" and "endgame", "F B I" and "FBI",
    "IE" and "Internet Explorer"."""
    tag, i1, i2, j1, j2 = op
    if tag != "replace":
        return False
    left, right = a.folded[i1:i2], b.folded[j1:j2]
    if "".join(left) == "".join(right):
        return True
    if len(left) == len(right) == 1 and (_unmasks(left[0], right[0]) or _unmasks(right[0], left[0])):
        return True   # "f***ing" and "fucking"
    if _contracted(a.words[i1:i2], right) or _contracted(b.words[j1:j2], left):
        return True   # "Britain's working" and "Britain is working"
    if _clock(a, i1, i2) is not None and _clock(a, i1, i2) == _clock(b, j1, j2):
        return True   # "6:41pm PST" and "18:41": one time written in two conventions
    short, long = (left, right) if len(left) < len(right) else (right, left)
    return len(short) == 1 and len(long) >= 2 and short[0] == "".join(w[0] for w in long)


_CLOCK = regex.compile(r"^(\d{1,2})[:.](\d{2})\s*(?:([apAP])\.?\s*[mM]\.?)?(?:\s+\p{Lu}{2,4})?$")


def _clock(item: QuoteItem, start: int, end: int) -> Optional[tuple[int, int]]:
    """The time of day words ``start:end`` write, on a 24-hour clock ("6:41pm PST" is
    (18, 41), "18:41" too; a time zone after it aside), or None when they are no time."""
    if end <= start:
        return None
    match = _CLOCK.match(item.document.text[item.words[start].start:item.words[end - 1].end])
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if match.group(3):
        hour = hour % 12 + (12 if match.group(3).lower() == "p" else 0)
    return (hour, minute) if hour < 24 and minute < 60 else None


def _contracted(words: tuple[keys.Token, ...], other: tuple[str, ...]) -> bool:
    """Whether one written word with "'s" is the other side's word and "is" or "has"
    ("Britain's working" / "Britain is working", "the plan's been" / "the plan has been")."""
    return (len(words) == 1 and len(other) == 2 and other[1] in ("is", "has")
            and words[0].text[-2:] in ("'s", "’s") and words[0].key == other[0] + "s")


def _unmasks(masked: str, word: str) -> bool:
    """Whether ``word`` fits a masked word's key: its first and last letters as shown."""
    if not masked.startswith(MASK) or MASK in word:
        return False
    head, tail = masked[1:].split(MASK, 1)
    return len(word) > len(head) + len(tail) and word.startswith(head) and word.endswith(tail)


def render_diff(a: QuoteItem, b: QuoteItem, alignment: Alignment, context: int = 3) -> str:
    """A word-level diff from ``a`` to ``b``: ``… we [-must-] {+should+} apologize …``."""
    starts = {i1: (i2, j1, j2) for _, i1, i2, j1, j2 in alignment.changes}
    shown = {i for _, i1, i2, _, _ in alignment.changes for i in range(i1 - context, i2 + context)}
    parts: list[str] = []
    i = 0
    while i <= len(a.words):
        if i in starts:
            i2, j1, j2 = starts[i]
            if i2 > i:
                parts.append("[-" + _written(a.words[i:i2]) + "-]")
            if j2 > j1:
                parts.append("{+" + _written(b.words[j1:j2]) + "+}")
            if i2 > i:
                i = i2
                continue
        if i < len(a.words):
            if i in shown:
                if not (i and a.words[i - 1].start == a.words[i].start and i - 1 in shown):
                    parts.append(a.words[i].text)   # "gonna" is two words, written once
            elif not parts or parts[-1] != "…":
                parts.append("…")
        i += 1
    return " ".join(parts)


def _written(words: tuple[keys.Token, ...]) -> str:
    """The written text of canonical words (a word expanded in two is written once)."""
    return " ".join(t.text for i, t in enumerate(words) if not (i and words[i - 1].start == t.start))


def minor(a: QuoteItem, b: QuoteItem, alignment: Alignment) -> bool:
    """Whether every changed word is a function word ("the" for "this", a dropped "that"):
    a transcription variant worth a look (info), not a changed statement (warning). A
    negation, a modal or a word of degree ("not", "must", "will", "very":
    ``lexicon/quote_weighty_words.txt``) changes the statement."""
    changed = [w for _, i1, i2, j1, j2 in alignment.changes
               for w in a.folded[i1:i2] + b.folded[j1:j2]]
    weighty = lexicon.words("negations") | lexicon.words("quote_weighty_words")
    return all(keys.is_stopword(w) and w not in weighty for w in changed)


NAME_LIKENESS = 0.6      # letters two spellings of one name share (difflib ratio of the joined keys)


def transliterated(a: QuoteItem, b: QuoteItem, alignment: Alignment) -> bool:
    """Whether every change is a name spelt another way inside the sentence ("Libyan
    strongman Muammar al Qaddafi" / "Moammar Gadhafi"): an outlet's transliteration,
    the name rules' business, not a changed statement (info). Both sides of each
    change are capitalised words (a particle aside) that share most of their letters,
    with a name on each side: no function word, no capital a sentence opens with ("the
    Earth. The Earth is" / "the earth. That is")."""
    particles = lexicon.words("particles")
    for tag, i1, i2, j1, j2 in alignment.changes:
        if tag != "replace" or i1 == 0 or j1 == 0:
            return False   # a quotation's first word is capitalised whatever it is
        left, right = a.words[i1:i2], b.words[j1:j2]
        if not all(t.text[:1].isupper() or t.key in particles for t in left + right):
            return False
        for item, side in ((a, left), (b, right)):
            if _opens_sentence(item.document.text, side[0].start) or \
                    all(keys.is_stopword(t.key) or t.key in particles for t in side):
                return False
        joined = "".join(t.key for t in left), "".join(t.key for t in right)
        if SequenceMatcher(None, *joined, autojunk=False).ratio() < NAME_LIKENESS:
            return False
    return bool(alignment.changes)


def _number_variant(a: str, b: str) -> bool:
    """Whether two words are one noun in the singular and the plural ("duty" / "duties",
    "right" / "rights", "box" / "boxes"): an ear's slip, not another statement."""
    short, long = sorted((a, b), key=len)
    if len(short) < 3:
        return False
    return (long == short + "s" or long == short + "es" and short.endswith(("s", "x", "z", "ch", "sh"))
            or short.endswith("y") and long == short[:-1] + "ies")


def inflected(a: QuoteItem, b: QuoteItem, alignment: Alignment) -> bool:
    """Whether every change is one word for one word in the other number ("incompatible with
    your duty" / "your duties"): a transcription variant worth a look (info)."""
    return bool(alignment.changes) and all(
        tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and _number_variant(a.folded[i1], b.folded[j1])
        for tag, i1, i2, j1, j2 in alignment.changes)


def in_headline(a: QuoteItem, b: QuoteItem, alignment: Alignment) -> bool:
    """Whether either wording stands in a headline (see :func:`_headline`)."""
    return a.headline or b.headline


def names_filled_in(a: QuoteItem, b: QuoteItem, alignment: Alignment) -> bool:
    """Whether every change only puts in (or leaves out) names, for function words at most:
    "between this president and Putin" / "between President Trump and Vladimir Putin". A
    writer filling in whom the speaker meant, which style guides want in [brackets]: worth a
    look (info), not a changed statement. A content word replaced or dropped stays a
    warning, and so does a quotation's first word (capitalised whatever it is). A word is a
    name by its capital only where the capital is not a sentence's ("… the objective. Oh,
    …") and the other wording does not write it in lower case ("The Earth" / "the earth")."""
    negations = lexicon.words("negations")
    lowercase = ({t.key for t in b.words if t.text[:1].islower()},
                 {t.key for t in a.words if t.text[:1].islower()})
    named = False
    for tag, i1, i2, j1, j2 in alignment.changes:
        if i1 == 0 or j1 == 0:
            return False
        sides = []
        for item, side, lower in ((a, a.words[i1:i2], lowercase[0]), (b, b.words[j1:j2], lowercase[1])):
            names = [t for t in side if t.text[:1].isupper() and not keys.is_stopword(t.key)
                     and t.key not in lower and not _opens_sentence(item.document.text, t.start)]
            if any(t.key in negations or not keys.is_stopword(t.key) and t not in names for t in side):
                return False
            sides.append(bool(names))
        if all(sides):
            return False    # a name for another name: who is meant has changed
        if tag != "replace" and any(sides) and not _extends_name(*((a, i1, i2) if i2 > i1 else (b, j1, j2))):
            return False    # "Warren, Sherrod Brown and …": a person left out of a list
        named = named or any(sides)
    return named


def _lone_name(item: QuoteItem, start: int, end: int) -> bool:
    """Whether words left out at ``start:end`` hold a name of their own (not the start or
    end of a name written beside them): a person or place dropped from the statement."""
    text = item.document.text
    return any(t.text[:1].isupper() and not keys.is_stopword(t.key) and not _opens_sentence(text, t.start)
               for t in item.words[start:end]) and not _extends_name(item, start, end)


def _extends_name(item: QuoteItem, start: int, end: int) -> bool:
    """Whether words put in at ``start:end`` complete a name written beside them, with only a
    space between ("President [Trump]", "[Vladimir] Putin"), rather than stand on their own
    as another name of a list ("Elizabeth Warren, [Sherrod Brown] and the vast majority")."""
    text, words = item.document.text, item.words
    if start > 0 and _joined(text, words[start - 1], words[start]):
        return True
    return end < len(words) and _joined(text, words[end - 1], words[end])


def _joined(text: str, left: keys.Token, right: keys.Token) -> bool:
    """Whether two words are capitalised parts of one name: both written with a capital,
    neither a function word, with nothing but a space between them."""
    return (left.text[:1].isupper() and right.text[:1].isupper() and not keys.is_stopword(left.key)
            and not keys.is_stopword(right.key) and not text[left.end:right.start].strip())


_SENTENCE_STOPS = frozenset(".!?…")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (after a full stop, a question or an
    exclamation mark, past spaces and quotation marks): its capital is the sentence's."""
    before = text[max(0, start - 8):start].rstrip(" \t\n\"'“”‘’")
    return bool(before) and before[-1] in _SENTENCE_STOPS


MIN_TRIMMED = 2          # words an outlet leaves out in one stretch to trim a quotation


def trimmed(a: QuoteItem, b: QuoteItem, alignment: Alignment) -> bool:
    """Whether one wording only leaves out phrases of the other, with no word changed:
    an outlet trimming a quotation for space ("one swing bowler [in the match] as
    Brisbane is", "I [just want to] wish my successor") without marking the cut.
    Worth a look (info), not a changed statement (warning); a left-out negation
    ("not") changes the statement, a single dropped content word may be a slip, and
    so may a single dropped modal or word of degree ("something [very] important"), a
    name of its own ("Warren, [Sherrod Brown] and"), so all of these stay warnings."""
    if _moved_words(alignment.changes, a, b):
        return False   # words put in another order, not left out
    for tag, i1, i2, j1, j2 in alignment.changes:
        if tag not in ("delete", "insert"):
            return False
        left_out = a.folded[i1:i2] + b.folded[j1:j2]
        if set(left_out) & lexicon.words("negations"):
            return False   # "not": the statement changes
        if len(left_out) < MIN_TRIMMED and set(left_out) & lexicon.words("quote_weighty_words"):
            return False   # "something [very] important": one word of degree or a modal dropped
        if _lone_name(*((a, i1, i2) if i2 > i1 else (b, j1, j2))):
            return False   # "Warren, [Sherrod Brown] and …": a person left out
        if len(left_out) < MIN_TRIMMED and not all(keys.is_stopword(w) for w in left_out):
            return False
    return bool(alignment.changes)


def _canonical(key: Hashable, a: QuoteItem, b: QuoteItem) -> bool:
    """Whether this group is where the pair is compared (its smallest shared shingle)."""
    return ("quote",) + min(a.shingles & b.shingles) == key


def _variants(items: list[QuoteItem]) -> dict[tuple[str, ...], list[QuoteItem]]:
    variants: dict[tuple[str, ...], list[QuoteItem]] = {}
    for item in sorted(items, key=QuoteItem.order):
        variants.setdefault(item.folded, []).append(item)
    return variants


def _describe(location: Location) -> str:
    return f"{location.file}:{location.line}"


def compare_wording(key: Hashable, items: list[QuoteItem]) -> Iterable[Finding]:
    """Compare: each pair of different wordings in the group that align as one quotation."""
    if len(items) > MAX_GROUP:
        return []
    variants = list(_variants(items).values())
    findings = []
    for x in range(len(variants)):
        for y in range(x + 1, len(variants)):
            a, b = variants[x], variants[y]
            if not _canonical(key, a[0], b[0]):
                continue
            if (len(a), a[0].order()) < (len(b), b[0].order()):
                a, b = b, a          # ``b`` is the rarer (or later) wording: the one to fix
            alignment = align(b[0], a[0])
            reworded = alignment is None and a[0].document is not b[0].document
            if reworded:
                alignment = align(b[0], a[0], loose=PARAPHRASE_SHARED if _one_speaker(a[0], b[0]) else LONG_SHARED)
            if alignment is None or not alignment.changes:
                continue
            if (a[0].named and b[0].named and not keys.same_person(a[0].speaker, b[0].speaker)
                    and alignment.changed_words > NEAR_IDENTICAL):
                continue  # two people saying alike, not one quotation
            diff = render_diff(b[0], a[0], alignment)
            related = [item.location() for item in a[:MAX_RELATED]]
            chant = any(_slogan(item.document, item.quote) for item in a + b)
            severity = "info" if reworded or chant or _variant(b[0], a[0], alignment) else None
            reason = _REWORDED if reworded else _CHANT if chant else ""
            for item in b:
                findings.append(RULE_WORDING.finding(
                    f"quotation worded differently from {_describe(related[0])}: {diff}"
                    f" ([-…-] only here, {{+…+}} only there)" + (f" ({_CHANT})" if chant else ""),
                    [item.location()] + related,
                    suggestion=a[0].quote.text, severity=severity,
                    confidence="low" if reason else "high", confidence_reason=reason,
                ))
    return findings


_REWORDED = "reworded in several places: a paraphrase kept in quotation marks, or two alike statements"
# A crowd's chant or a slogan is repeated, often on several days, and heard in several
# wordings ("how many kids did / will you kill today", chanted on two nights of protest):
# two wordings of it are no misquote of one statement, only worth a look.
_CHANT = "a slogan or chant, which many repeat in several wordings"


def _one_speaker(a: QuoteItem, b: QuoteItem) -> bool:
    """Whether two wordings in two articles are given to one person (named or reached through a
    pronoun): then PARAPHRASE_SHARED words in common make a paraphrase of one statement, where
    wordings of no one speaker need LONG_SHARED. Inside one article, alike sentences are more
    often a refrain ("we will bring back our jobs … we will bring back our borders") than a
    misquote, and are never read as a paraphrase."""
    return (a.document is not b.document and bool(a.speaker) and bool(b.speaker)
            and keys.same_person(a.speaker, b.speaker))


# Changes that make a transcription variant (info) rather than a changed statement (warning).
_VARIANTS = (minor, trimmed, transliterated, inflected, names_filled_in, in_headline)


def _variant(a: QuoteItem, b: QuoteItem, alignment: Alignment) -> bool:
    """Whether the changes make a transcription variant: all of them together (a headline,
    a trimmed quotation), or each of them alone, of one kind or another ("the [-pew-]
    {+pews+} every Sunday to know {+that+} there's": a noun's number and a function word)."""
    if any(variant(a, b, alignment) for variant in _VARIANTS):
        return True
    if _moved_words(alignment.changes, a, b):
        return False   # a stretch moved is one change over two places
    return len(alignment.changes) > 1 and all(
        any(variant(a, b, Alignment(alignment.shared, (change,))) for variant in _VARIANTS)
        for change in alignment.changes)


def compare_speaker(key: Hashable, items: list[QuoteItem]) -> Iterable[Finding]:
    """Compare: occurrences of one quotation whose speakers are two different people."""
    if len(items) > MAX_GROUP:
        return []
    people = sorted((item for item in items if item.person), key=QuoteItem.order)
    findings = []
    for x, a in enumerate(people):
        for b in people[x + 1:]:
            if _same_speaker(a.speaker, b.speaker) or not _canonical(key, a, b):
                continue
            if a.document is b.document and "partial" in (a.quote.kind, b.quote.kind):
                continue   # a phrase of a statement woven into a sentence about someone else
            if _names_nearby(a, b.speaker) or _names_nearby(b, a.speaker):
                continue   # "Neil Meron and Craig Zadan said": the other person is there too
            if align(a, b) is None:
                continue
            votes = Counter(_speaker_votes(a, people))
            if (votes[a.speaker], a.order()) > (votes[b.speaker], b.order()):
                a, b = b, a          # ``a``: the speaker fewer occurrences agree with
            tie = votes[a.speaker] == votes[b.speaker]
            if not (a.beside and b.beside):
                why = " (a speaker named away from the quote: check the attribution)"
            elif _slogan(a.document, a.quote) or _slogan(b.document, b.quote):
                why = " (a slogan, which several people may quote)"
            else:
                why = ""
            if why:
                severity, confidence, reason = "info", "low", why.strip(" ()")
            elif tie:
                severity, confidence, reason = "warning", "medium", (
                    f"as many occurrences for each speaker ({votes[a.speaker]} against {votes[b.speaker]})")
            else:
                severity, confidence, reason = None, "high", (
                    f"{votes[b.speaker]} occurrences for the other speaker against {votes[a.speaker]}")
            findings.append(RULE_SPEAKER.finding(
                f"quotation attributed to {_speaker_name(a.quote)} here but to {_speaker_name(b.quote)}"
                f" at {_describe(b.location())}: “{_opening(a)}”"
                + why,
                _locations(a) + _locations(b),
                suggestion="check who said it" if tie and not why else _speaker_name(b.quote),
                severity=severity, confidence=confidence, confidence_reason=reason,
            ))
    return findings


def _same_speaker(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One person, allowing a short form ("Biden"), a surname written in one word or two
    ("DelGiudice") and a misspelt surname ("Heffner" for "Hefner", the name rules' business)."""
    if keys.same_person(a, b):
        return True
    joined_a, joined_b = "".join(a), "".join(b)
    if joined_a.endswith(joined_b) or joined_b.endswith(joined_a):
        return True   # "Vincent DelGiudice" and "Vincent Del Giudice"
    return len(a[-1]) >= 5 and len(b[-1]) >= 5 and names.edit_distance(a[-1], b[-1]) <= 1 and \
        keys.same_person(a[:-1], b[:-1])


def _names_nearby(item: QuoteItem, other: tuple[str, ...]) -> bool:
    """Whether the other speaker's surname is written in the sentences of this quote or its
    speaker (a joint statement, "X of Y", a spokesman speaking for someone)."""
    document, quote = item.document, item.quote
    sentence = document.segments.sentence_at
    spans = [sentence(quote.start), sentence(max(quote.start, quote.end - 1))]
    if quote.speaker_start is not None:
        spans.append(sentence(quote.speaker_start))
    words = {w for s, e in spans for w in keys.folded_words(document.text[s:e])}
    return other[-1] in words


def _speaker_votes(item: QuoteItem, people: list[QuoteItem]) -> Iterator[tuple[str, ...]]:
    """The speakers of every occurrence of the same quotation in the group."""
    for other in people:
        if other is item or align(item, other) is not None:
            yield other.speaker


def _locations(item: QuoteItem) -> list[Location]:
    speaker = item.speaker_location()
    return ([speaker] if speaker else []) + [item.location()]


def _opening(item: QuoteItem, words: int = 8) -> str:
    """The first words of a quotation as written (a word expanded in two, "cannot" to "can
    not", is shown once)."""
    written = _written(item.words).split(" ")
    return " ".join(written[:words]) + (" …" if len(written) > words else "")


RULE_WORDING = register(
    "QC201", "quote-wording", "warning",
    map=quote_items, compare=compare_wording, merge=merge_connected, min_group=2,
    explanation="""
    The same quotation is worded differently in two places.

    A quotation is a record of what someone said, so two articles (or two
    paragraphs of one article) quoting the same words must quote them alike. This
    rule finds quotations that share most of their words (and, when two different
    people are named for them, differ in two words at most) and differ in a word or a few: a word changed,
    added or dropped. The message shows a word-level diff, ``[-words here-]``
    against ``{+words there+}``. When only function words differ ("this" for
    "the", a dropped "that", but never "not") the finding is info, a transcription variant
    rather than a changed statement (a changed modal or word of degree, "must" for
    "should", a dropped "very", stays a warning), and so is a quotation that only leaves
    out phrases of two words or more, with no word changed, no "not" lost and no
    name of its own dropped (an outlet trimming it for space without marking the cut;
    "Warren, Sherrod Brown and" / "Warren, and" stays a warning), a noun in the
    other number ("your duty" / "your duties") and names filled in for whom
    the speaker meant ("this president and Putin" / "President Trump and
    Vladimir Putin"; a name for another name stays a warning), and a quotation
    in a headline (a short line among the first three that ends no sentence
    with a period), which shortens what was said to fit. Words put in another order
    ("thinnest and lightest" / "lightest and thinnest") are a warning. One speaker's
    statement reworded in several places in two articles ("our hearts and prayers are with
    the man who lost his wife" / "… go out to the man and his wife") is info at low
    confidence: a paraphrase kept in quotation marks, or two statements. So is a
    slogan or chant worded two ways ("protesters chanted “…”", a slogan word a few
    words before the quotation, ``lexicon/slogan_words.txt``): many repeat it, often
    on several days, so two wordings are no misquote of one statement. Not findings: a partial quote that is a piece
    of a longer one, words cut where an ellipsis or brackets show the cut, and
    differences of case, punctuation, accents, curly or straight marks, ellipses
    or spacing, a word an outlet masks ("f***ing"), and spellings of one word ("gonna" and "going to", "11th" and
    "eleventh", "realised" and "realized", "IE" and "Internet Explorer", "F.B.I." and "FBI", "6:41pm" and "18:41", the
    writer's [bracketed] words). Quotes shorter than six words are not compared. Check the
    recording or the original transcript and correct the wrong copy; to silence
    the rule, ``--ignore QC201``.
    """,
    example_bad="""
    a.txt: “We must apologize to the families of the victims,” the mayor said.
    b.txt: “We should apologize to the families of the victims,” the mayor said.
    """,
    example_good="""
    a.txt: “We must apologize to the families of the victims,” the mayor said.
    b.txt: The mayor said the city must “apologize to the families of the victims.”
    """,
)

RULE_SPEAKER = register(
    "QC202", "quote-speaker", "error",
    map=quote_items, compare=compare_speaker, merge=merge_connected, min_group=2,
    explanation="""
    The same quotation is attributed to two different people.

    Putting one person's words in another's mouth is among the worst errors a
    story can carry. This rule finds one quotation (the same words, allowing
    for truncation and the few changed words quote-wording reports) whose speakers are
    different people. Only named speakers count, and only when the
    article shows the name is a person's: one of the people it names, with no
    place or organisation word in it and never written after "the" (so
    "Vancouver said", "Amnesty International said" and "the Law Lords said"
    never make a finding; a name the extraction did not take for a person
    counts unless the article uses it as a place, "in Takengon"). Short forms of one
    name ("Biden" and "Joe Biden") are the same person; nominal speakers ("the
    newspaper", "officials"), speakers reached through a pronoun ("he said"),
    someone speaking for another ("Smith's spokesman") and unattributed quotes
    never count as another person, nor does a person who is also named next to
    the other quote (a joint statement); inside one article, a partial quote
    woven into a sentence about someone ("Trump thinks Moore 'will do the right
    thing'") does not contradict the full statement it comes from. When a
    speaker is not written beside the quote (in its sentence, or right after it
    with the cue, "… there.” Cowan said"), the attribution was reached across
    sentences and is often the extractor's slip, and a slogan ("the party's
    slogan would be “…”") is words several people repeat: the finding is then
    info. A role written for a person ("a spokesman for Smith", "Smith's aide")
    is not that person. Role words before a name are not part of it ("team general
    manager A.J. Smith" is A.J. Smith, and initials open a person's name), and the name
    written at the quote counts when the speaker it was resolved to shares no word with it.
    The finding points at the speaker name that fewer occurrences agree with and
    names the other as the one to write (an error); as many occurrences for each
    speaker make a warning that claims neither. Check who said it and fix the attribution; to silence the rule,
    ``--ignore QC202``.
    """,
    example_bad="""
    a.txt: “We will not raise taxes on working families,” Mary Smith said.
    b.txt: “We will not raise taxes on working families,” John Jones said.
    """,
    example_good="""
    a.txt: “We will not raise taxes on working families,” Mary Smith said.
    b.txt: “We will not raise taxes on working families,” Smith said.
    """,
)
