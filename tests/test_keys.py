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
