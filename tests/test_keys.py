"""Comparison keys: folding, shingles, contexts and name keys."""

from __future__ import annotations

import quotecli
from quotecli.check import keys


def test_fold_drops_case_accents_and_apostrophes():
    assert keys.fold("López’s") == keys.fold("lopez's") == "lopezs"
    assert keys.fold("Manuel") != keys.fold("Manual")


def test_words_ignore_punctuation_marks_and_ellipses():
    assert keys.folded_words("“We must… go!” – ‘now’") == keys.folded_words('we MUST ... go, "now"')


def test_shingles_skip_function_words():
    with_the = keys.shingles(keys.folded_words("we must apologize to the families of the victims"))
    without = keys.shingles(keys.folded_words("we must apologize to families of victims"))
    assert with_the == without and tuple(map(keys.stem, ("apologize", "families", "victims"))) in with_the


def test_shingles_of_different_words_differ():
    a = keys.shingles(keys.folded_words("apologize to the families of the victims"))
    b = keys.shingles(keys.folded_words("celebrate with the players of the team"))
    assert not a & b


def test_context_finds_names_and_nearest_words():
    document = quotecli.from_text("Officials said 51 migrants were found dead in a trailer in San Antonio. "
                                  "Two officials spoke.")
    start = document.text.index("51")
    ctx = keys.context(document, start, start + 2)
    assert {"san", "antonio", "trailer", "migrant"} <= ctx.terms
    assert {"san", "antonio"} <= ctx.entities and "official" not in ctx.entities
    assert ctx.nearest == {"official", "migrant"}
    assert ctx.anchor == {"san", "antonio"}


def test_sentence_initial_name_is_a_name_when_never_lower_case():
    document = quotecli.from_text("Klitschko landed 28 punches in Bern. Officials said so; officials agreed.")
    ctx = keys.context(document, document.text.index("28"), document.text.index("28") + 2)
    assert "klitschko" in ctx.entities and ctx.anchor == {"klitschko"}


def test_context_lists_the_other_figures_of_the_sentence():
    document = quotecli.from_text("The quake struck at 9:30 a.m. at a depth of 2.7 miles.")
    start = document.text.index("2.7")
    assert keys.context(document, start, start + 3).numerals == {"9:30"}


def test_name_keys_and_short_forms():
    assert keys.name_key("Joe Biden’s") == ("joe", "biden")
    assert keys.same_person(keys.name_key("Biden"), keys.name_key("Joe Biden"))
    assert not keys.same_person(keys.name_key("Hillary Clinton"), keys.name_key("Bill Clinton"))


def test_adjacent_name_of_an_age():
    document = quotecli.from_text("The man, Mount Lee Lacy, age 21, was held. A 61-year-old man ran. Ann Roe, 40, left.")
    def whose(figure):
        start = document.text.index(figure)
        return keys.adjacent_name(document, start, start + len(figure))
    assert whose("21") == {"mount", "lee", "lacy"}
    assert whose("40") == {"ann", "roe"}
    assert whose("61-year-old") == frozenset()


def test_span_tokens_equal_the_slice_tokens_at_every_cut():
    """Reading a span's words from its sentence's tokens gives exactly the words of the slice,
    also when the span cuts a word ("RM79", "rock'n5") at either end."""
    from quotecli.check.keys import span_tokens, tokens
    text = "Ms. Ortiz paid RM79 for rock'n5 records, O’Neill’s 12-inch  café-bar said."
    within = (0, len(text))
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert span_tokens(text, start, end, within) == tokens(text[start:end], start), (start, end)


def test_document_words_read_the_text_once_for_names_and_lower_case():
    from quotecli.check.keys import capitalised_words, lowercase_words, topic_names
    text = "Acme Motors hired Okafor. Okafor said the motors were new. The Acme plant grew."
    assert "motors" in lowercase_words(text) and "okafor" not in lowercase_words(text)
    assert {"okafor", "acme"} <= topic_names(text) and "motor" not in topic_names(text)
    assert {"okafor", "acme", "motor", "the"} <= capitalised_words(text)
