"""The speed-ups of issue 7 give exactly what the simple scans they replace gave.

Each indexed look-up (a ``bisect`` over offsets found once per text or sentence) is checked
against the plain implementation it replaced, kept here as the reference, on random texts
made of the pieces that matter to it (words of several cases and scripts, marks, apostrophes,
digits, sentence ends, line breaks, weekdays, stop words) and on written examples with
invented names."""

from __future__ import annotations

import calendar
import hashlib
import re
import sys
from types import SimpleNamespace
from typing import Iterable, Optional

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import quotecli
from quotecli.check import english, keys
from quotecli.check.keys import Context, Token, _CAPITALISED, _NUMERAL, _WORD
from quotecli.check.rules import date_conflict, name_evidence, proper_nouns
from quotecli.check.rules.name_evidence import MIN_COPY_WORDS, sentence_key
from quotecli.extract import attribution

# --- reference implementations (what the code did before the indexes) ------------------------

_SENTENCE_END = regex.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def reference_sentence_key(text: str, start: int, end: int) -> Optional[int]:
    reach = name_evidence.SENTENCE_REACH
    left = max(0, start - reach)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    left = ends[-1] if ends else left
    after = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    right = after.end() if after else min(len(text), end + reach)
    before = _TOKEN.findall(text[left:start].casefold())
    sentence = before + _TOKEN.findall(text[start:right].casefold())
    if len(sentence) < MIN_COPY_WORDS:
        return None
    digest = hashlib.blake2b(f"{len(before)}\0{' '.join(sentence)}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def reference_tokens(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.start() + offset, m.end() + offset, m.group(), keys.fold(m.group()))
            for m in _WORD.finditer(text)]


def reference_names_near(document, start: int, end: int, reach: int = 80) -> frozenset[str]:
    s_start, s_end = keys.context_sentence(document, start, end)
    calendar = keys._calendar()
    lowercase = keys._lowercase_stems(document.text)
    found = set()
    for i, token in enumerate(reference_tokens(document.text[s_start:s_end], s_start)):
        if i == 0 or not _CAPITALISED.match(token.text) or start <= token.start < end:
            continue
        if token.end < start - reach or token.start > end + reach:
            continue
        if token.key not in calendar and keys.stem(token.key) not in lowercase and not keys.is_stopword(token.key):
            found.add(keys.stem(token.key))
    return frozenset(found)


def reference_context(document, start: int, end: int, window: int = 10,
                      skip: Iterable[tuple[int, int]] = ()) -> Context:
    stem, is_stopword = keys.stem, keys.is_stopword
    s_start, s_end = keys.context_sentence(document, start, end)
    words = reference_tokens(document.text[s_start:s_end], s_start)
    lowercase = keys.lowercase_words(document.text)
    names = [keys.is_name(t, i == 0, lowercase) for i, t in enumerate(words)]
    skipped = [(a, b) for a, b in skip if a < s_end and b > s_start]
    numerals = frozenset(keys.numeral(m.group()) for m in _NUMERAL.finditer(document.text, s_start, s_end)
                         if not (m.start() < end and start < m.end()))
    content = [(i, t) for i, t in enumerate(words)
               if not (t.key.isdigit() or is_stopword(t.key) or len(t.key) < 2
                       or any(a <= t.start < b for a, b in skipped))]
    before = [(i, t) for i, t in content if t.end <= start]
    inside = [(i, t) for i, t in content if start <= t.start and t.end <= end]
    after = [(i, t) for i, t in content if t.start >= end]
    terms, entities = set(), set()
    nearest = frozenset(stem(t.key) for _, t in before[-1:] + after[:1])
    near = before[-window:] + inside + after[:window]
    for i, token in near:
        terms.add(stem(token.key))
        if names[i]:
            entities.add(stem(token.key))
    following = stem(after[0][1].key) if after else ""
    here = next((i for i, t in enumerate(words) if t.start >= start), len(words))
    candidates = [i for i, _ in near if names[i]]
    anchor: frozenset[str] = frozenset()
    if candidates:
        closest = min(candidates, key=lambda i: (abs(i - here), i))
        lo = hi = closest
        while lo > 0 and names[lo - 1]:
            lo -= 1
        while hi + 1 < len(words) and names[hi + 1]:
            hi += 1
        anchor = frozenset(stem(t.key) for t in words[lo:hi + 1] if not is_stopword(t.key))
    return Context(frozenset(terms), frozenset(entities), (s_start, s_end), nearest, anchor, numerals, following)


def reference_case_forms(text: str, lowercase: frozenset[str], titles: frozenset[str]) -> dict:
    found: dict = {}
    for match in proper_nouns._CASE_WORD.finditer(text):
        form = regex.sub(r"['’]s$", "", match.group()).replace("’", "'")
        letters = sum(c.isalpha() for c in form)
        if letters < proper_nouns.CASE_MIN_LETTERS or 2 * sum(c.isupper() for c in form) >= letters:
            continue
        key = keys.fold(form)
        if key in lowercase:
            continue
        starts, near = found.setdefault((key, form), ([], set()))
        starts.append(match.start())
        if len(starts) <= proper_nouns.MAX_NEIGHBOURED:
            near.update(proper_nouns._neighbours(text, match.start(), match.start() + len(form), titles))
    return {k: v for k, v in found.items() if not (k[0].endswith("s") and (k[0][:-1], k[1][:-1]) in found)}


# --- random texts ------------------------------------------------------------------------

_PIECES = ["the", "der", "été", "Ünal", "über", "ß", "İstanbul", "ﬁne", "e\u0301", "o'", "’s", "'s", "-",
           "ab-cd", "x", "Q", "7", "42", "3,5", "1.5", " ", " ", " ", " ", "\n", ".", "!", "?", ".”", "?)",
           "'", "\t", "Marvelle", "MARVELLE", "MarVelle", "quorn", "Quorn", "zibbet", "said", "Monday",
           "of", "ΣΊΣΥΦΟΣ", "σοφός", "Orlanda", "Pellworth", "Tiberon's", "in"]
texts = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


def spans(text: str, data) -> tuple[int, int]:
    start = data.draw(st.integers(0, len(text)))
    return start, data.draw(st.integers(start, len(text)))


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_sentence_key_equals_the_window_scans(text: str, data) -> None:
    start, end = spans(text, data)
    assert sentence_key(text, start, end) == reference_sentence_key(text, start, end)


@settings(max_examples=300, deadline=None)
@given(texts, st.data(), st.integers(0, 40))
def test_tokens_and_span_tokens_equal_the_slice_scan(text: str, data, offset: int) -> None:
    assert keys.tokens(text, offset) == reference_tokens(text, offset)
    start, end = spans(text, data)
    within = spans(text, data)
    assert keys.span_tokens(text, start, end, within) == reference_tokens(text[start:end], start)


@settings(max_examples=300, deadline=None)
@given(texts, st.data(), st.integers(1, 12), st.integers(0, 90))
def test_context_and_names_near_equal_the_whole_sentence_scans(text: str, data, window: int, reach: int) -> None:
    document = quotecli.from_text(text)
    start, end = spans(document.text, data)
    skip = [spans(document.text, data) for _ in range(data.draw(st.integers(0, 3)))]
    assert keys.context(document, start, end, window, skip) == reference_context(document, start, end, window, skip)
    assert keys.names_near(document, start, end, reach) == reference_names_near(document, start, end, reach)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_case_forms_equal_the_reference(text: str) -> None:
    lowercase = keys.lowercase_words(text)
    titles = quotecli.lexicon.words("titles")
    assert proper_nouns._case_forms(text, lowercase, titles) == reference_case_forms(text, lowercase, titles)


# --- written examples ----------------------------------------------------------------------


def test_sentence_key_with_a_short_reach(monkeypatch) -> None:
    """The window edges (``SENTENCE_REACH``) cut words and sentence ends alike."""
    monkeypatch.setattr(name_evidence, "SENTENCE_REACH", 7)
    name_evidence._sentence_index.cache_clear()
    text = "Orlen Vasquiz met the board. Then Vasquiz left!” Nobody knew\nwhy Vasquiz had gone."
    for start in range(len(text)):
        for end in range(start, min(len(text), start + 12)):
            assert sentence_key(text, start, end) == reference_sentence_key(text, start, end)
    name_evidence._sentence_index.cache_clear()


def test_sentence_key_tells_copies_places_and_short_sentences_apart() -> None:
    text = ("Bramwell Osterby said the harbour would reopen on Monday after the long storm. "
            "Bramwell Osterby said the harbour would reopen on Monday after the long storm.\n"
            "Osterby spoke.")
    first, second = text.index("Osterby"), text.index("Osterby", 20)
    assert sentence_key(text, first, first + 7) == sentence_key(text, second, second + 7)   # a copy
    said = text.index("said")
    assert sentence_key(text, said, said + 4) != sentence_key(text, first, first + 7)       # another place
    last = text.rindex("Osterby")
    assert sentence_key(text, last, last + 7) is None                                     # too short


def test_context_reads_the_words_near_the_figure() -> None:
    document = quotecli.from_text("On Monday the Quellmoor council said 412 houses in Varnby Heath were "
                                  "flooded, and Mayor Ilse Drammen asked for help.")
    start = document.text.index("412")
    ctx = keys.context(document, start, start + 3, window=3)
    assert ctx == reference_context(document, start, start + 3, window=3)
    assert ctx.anchor == {"quellmoor"} and ctx.following == keys.stem("houses")
    assert "drammen" not in ctx.terms      # beyond three content words after the figure
    assert keys.names_near(document, start, start + 3, reach=30) == {"quellmoor", "varnby", "heath"}


def test_foreign_form_counted_only_where_it_can_be_a_slip() -> None:
    """A form written at most ``MAX_RARE_USES`` times has its uses in a foreign passage
    counted; a form written more often is never a slip, so its count is not read (0)."""
    text = ("o Conselho Zarvendil irá garantir que as preocupações sejam ouvidas.\n"
            + "Tollamy said so. " * (proper_nouns.MAX_RARE_USES + 1))
    document = quotecli.from_text(text)
    items = {item.key: item for _, item in proper_nouns.words_map(quotecli.extract(document))
             if isinstance(item, proper_nouns.WordItem)}
    assert items["zarvendil"].foreign == 1 and items["zarvendil"].uses == 1
    assert items["tollamy"].foreign == 0 and items["tollamy"].uses == proper_nouns.MAX_RARE_USES + 1
    assert len(items["tollamy"].sentences) == items["tollamy"].uses



_WORDY = ["U", "S", ".", "..", "&", "/", "'", "’", "-", "Kessra", "9", "é", " ", "\n", ",", "“", "_", "é\u0301"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDY), max_size=60).map("".join), st.data())
def test_attribution_token_pattern_gives_the_old_tokens(text: str, data) -> None:
    old = re.compile(r"(\s*)(\w(?:[\w&/'’\-]|\.(?=\w))*|[^\s\w]|$)")
    start, end = spans(text, data)
    assert attribution._TOKEN.findall(text, start, end) == old.findall(text, start, end)


def test_attribution_tokens_of_a_sentence() -> None:
    text = "“We won,” said U.S. Sen. Ortha Vell-Marrin of AS/COA’s board. Then..."
    words = [t.text for t in attribution._tokenise(text, 0, len(text))]
    assert {"U.S.", "Sen.", "Vell-Marrin", "AS/COA’s"} <= set(words)
    assert words[-4:] == ["Then", ".", ".", "."]


def reference_overnight(a, b) -> bool:
    days = tuple(calendar.day_name)
    if a.weekday not in days or b.weekday not in days:
        return False
    return any((days.index(later.weekday) - days.index(earlier.weekday)) % 7 == 1
               and earlier.night_end == "late" and later.night_end == "early"
               for earlier, later in ((a, b), (b, a)))


_DATED = st.builds(SimpleNamespace, weekday=st.sampled_from(list(calendar.day_name) + ["", "Someday"]),
                   night_end=st.sampled_from(["", "late", "early"]))


@settings(max_examples=400, deadline=None)
@given(_DATED, _DATED)
def test_overnight_equals_the_reference(a, b) -> None:
    assert date_conflict._overnight(a, b) == reference_overnight(a, b)


def test_overnight_one_night_told_from_either_end() -> None:
    friday_night = SimpleNamespace(weekday="Friday", night_end="late")
    early_saturday = SimpleNamespace(weekday="Saturday", night_end="early")
    early_sunday = SimpleNamespace(weekday="Sunday", night_end="early")
    assert date_conflict._overnight(friday_night, early_saturday)
    assert date_conflict._overnight(early_saturday, friday_night)
    assert not date_conflict._overnight(friday_night, early_sunday)     # two nights apart
    saturday_night = SimpleNamespace(weekday="Saturday", night_end="late")
    assert not date_conflict._overnight(friday_night, saturday_night)   # both late


def test_weekday_reads_the_date_words() -> None:
    def written(text: str) -> SimpleNamespace:
        return SimpleNamespace(text=text)

    assert date_conflict._weekday(written("last Thursday")) and date_conflict._weekday(written("on Friday"))
    assert not date_conflict._weekday(written("yesterday")) and not date_conflict._weekday(written("March 3"))


def test_case_folding_keeps_word_characters_apart() -> None:
    """What ``sentence_key`` relies on to fold the joined sentence once: folding a character
    never turns a word character into another kind, nor a space into anything else."""
    word = regex.compile(r"[\p{L}\p{M}\p{N}]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        inside = bool(word.match(char))
        folded = char.casefold()
        assert folded and all(bool(word.match(c)) == inside for c in folded), hex(code)
    assert " ".casefold() == " " and "\0".casefold() == "\0" and "0123456789".casefold() == "0123456789"


def test_unknown_counts_the_words_known_does_not_know() -> None:
    words = ["the", "zxqvbrn", "Quellmoorish", "said", "zxqvbrn", "Said"]
    assert english.unknown(words) == sum(not english.known(w) for w in words) == 3
    assert english.unknown([]) == 0


def test_context_sentence_kept_per_document_only() -> None:
    first = quotecli.from_text("Tarvo Lind said 40 boats sank. The port closed.\nNobody swam.")
    second = quotecli.from_text("The port closed. Tarvo Lind said 40 boats sank and 3 ships burned.")
    at = first.text.index("40")
    assert keys.context_sentence(first, at, at + 2) == keys._context_sentence(first, at, at + 2) == (0, 30)
    assert keys.context_sentence(first, at, at + 2) == (0, 30)        # read back
    at = second.text.index("40")
    assert keys.context_sentence(second, at, at + 2) == keys._context_sentence(second, at, at + 2) == (17, 66)
