"""Speed, round 2 (issue 7): each answer read once and kept gives exactly what reading it
again gave.

The kept answers (a word's capitalised neighbours shared by QC105's two scans, a figure's
hedge kept for its text, a line's title-case test kept per line) are checked against the
plain implementations they replaced, kept here as the reference, on random texts made of
invented names, hedges, figures and line breaks, and on written examples."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import quotecli
from quotecli.check import keys
from quotecli.check.rules import figures, proper_nouns
from quotecli.check.rules.figures import _WORD as FIGURE_WORD

# --- reference implementations (what the code did before) -------------------------------------


def reference_title_line(text: str, offset: int) -> bool:
    line = text[keys.line_start(text, offset):keys.line_end(text, offset)].strip()
    if not line or line.endswith("."):
        return False
    long = [w for w in FIGURE_WORD.findall(line) if len(w) >= 4]
    capitals = [w for w in long if w[0].isupper()]
    return len(capitals) >= figures.MIN_TITLE_WORDS and len(capitals) >= figures.MIN_TITLE_SHARE * len(long)


# --- random texts ------------------------------------------------------------------------------

_PIECES = ["about", "nearly", "some", "more than", "up to", "roughly", "at least", "12", "26", "400",
           "5,000", "1.5", "two", "miles", "people", "km", "(", ")", " ", " ", " ", "\n", ".", ",",
           "Marvelle", "Orlanda", "Pellworth", "MarVelle", "Mr", "Judge", "in", "said", "Quorn",
           "Tiberon's", "Riot", "Breaks", "Out", "Over", "the", "were", "injured"]
texts = st.lists(st.sampled_from(_PIECES), max_size=80).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_neighbours_read_once_equal_each_read(text: str) -> None:
    titles = quotecli.lexicon.words("titles")
    neighbours = proper_nouns._neighbours_of(text, titles)
    for match in proper_nouns._WORD.finditer(text):
        expected = tuple(proper_nouns._neighbours(text, match.start(), match.end(), titles))
        assert neighbours(*match.span()) == expected
        assert neighbours(*match.span()) == expected   # the kept answer, asked again


@settings(max_examples=200, deadline=None)
@given(texts)
def test_case_forms_with_the_shared_neighbours_equal_a_fresh_scan(text: str) -> None:
    lowercase = keys.lowercase_words(text)
    titles = quotecli.lexicon.words("titles")
    shared = proper_nouns._neighbours_of(text, titles)
    for match in proper_nouns._WORD.finditer(text):   # words_map reads these first
        shared(*match.span())
    assert proper_nouns._case_forms(text, lowercase, titles, shared) == \
        proper_nouns._case_forms(text, lowercase, titles)


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, min_size=1, max_size=3))
def test_kept_hedges_equal_the_hedges_read_again(bodies: list[str]) -> None:
    documents = [quotecli.from_text(body) for body in bodies]
    numbers = [(d, n) for d in documents for n in quotecli.extract_numbers(d)]
    for document, number in numbers + numbers[::-1]:   # other texts asked in between
        assert figures._hedge(document, number) == figures._read_hedge(document, number)


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_title_line_per_line_equals_the_line_read_at_the_offset(text: str, data) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assert figures._title_line(text, offset) == reference_title_line(text, offset)


# --- written examples --------------------------------------------------------------------------


def test_one_span_in_two_texts_keeps_each_texts_hedge() -> None:
    hedged = quotecli.from_text("It lay about 58km (36 miles) from Tiberon.")
    plain = quotecli.from_text("It lay fully 58km (36 miles) from Tiberon.")
    a, b = quotecli.extract_numbers(hedged)[-1], quotecli.extract_numbers(plain)[-1]
    assert (a.start, a.text, a.qualifier) == (b.start, b.text, b.qualifier)   # "36 miles" in both
    assert figures._hedge(hedged, a) != (1.0, 1.0)     # the conversion carries "about"
    assert figures._hedge(plain, b) == (1.0, 1.0)      # not the other text's hedge
    assert figures._hedge(hedged, a) == figures._read_hedge(hedged, a)


def test_title_lines_are_told_apart_line_by_line() -> None:
    text = "Large Riot Breaks Out Over Quorn Pellworth Vigil\nMarvelle said 12 people were injured there."
    assert figures._title_line(text, 10)
    assert not figures._title_line(text, text.index("12"))


def test_neighbours_of_one_word_are_its_own() -> None:
    text = "Judge Orlanda Pellworth met Marvelle Quorn in Tiberon."
    neighbours = proper_nouns._neighbours_of(text, quotecli.lexicon.words("titles"))
    start = text.index("Pellworth")
    assert "orlanda" in neighbours(start, start + len("Pellworth"))
    start = text.index("Orlanda")
    assert "judge" not in neighbours(start, start + len("Orlanda"))   # a title says nothing
    assert "marvelle" not in neighbours(start, start + len("Orlanda"))
