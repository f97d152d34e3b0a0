"""quotecli.names: folding, tokens, edit distance, spelling variants, blocking keys, titles."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from quotecli import names
from quotecli.names import deletion_keys, dropped_prefix, word_variant_distance


def test_fold_drops_accents_case_and_apostrophes():
    assert names.fold("Ka’Loni López") == "kaloni lopez"


def test_strip_accents_keeps_case():
    assert names.strip_accents("Andrés López") == "Andres Lopez"
    assert names.has_accents("Peña") and not names.has_accents("Pena")


@pytest.mark.parametrize("written, tokens", [
    ("Tom Brady’s", ("tom", "brady")),
    ("Anna Ruiz's", ("anna", "ruiz")),
    ("Carlos Fuentes’", ("carlos", "fuentes")),
    ("Jean-Paul Marat", ("jean", "paul", "marat")),
    ("John Q. Public Jr.", ("john", "q", "public")),
])
def test_name_tokens(written, tokens):
    assert names.name_tokens(written) == tokens


def test_name_key_equal_for_accent_variants_only():
    assert names.name_key("José Martí") == names.name_key("Jose Marti")
    assert names.name_key("José Martí") != names.name_key("Josefa Martí")


def test_edit_distance_counts_transpositions_once_and_stops_at_limit():
    assert names.edit_distance("manual", "manuel") == 1
    assert names.edit_distance("gabirel", "gabriel") == 1
    assert names.edit_distance("abcdefgh", "zyxwvuts", limit=2) == 3


@pytest.mark.parametrize("a, b, distance", [
    ("andres manual lopez", "andres manuel lopez", 1),
    ("heidar alishvandi", "heydar alishbandi", 2),
])
def test_spelling_distance_accepts_misspellings(a, b, distance):
    assert names.spelling_distance(a.split(), b.split()) == distance


@pytest.mark.parametrize("a, b", [
    ("george w bush", "george h bush"),        # a different initial: another person
    ("kim jong un", "kim jong il"),            # short words change meaning
    ("mark smith", "park smith"),              # a different first letter
    ("tom smith", "thomas smith"),             # beyond the budget of a short word
    ("joe biden", "biden"),                    # a short form, not a variant
    ("ann de silva", "ann da silva"),          # a different particle
])
def test_spelling_distance_rejects_other_names(a, b):
    assert names.spelling_distance(a.split(), b.split()) is None


def test_spelling_blocks_share_a_key_for_variants():
    for a, b in [("andres manual lopez", "andres manuel lopez"), ("heidar alishvandi", "heydar alishbandi")]:
        assert set(names.spelling_blocks(a.split())) & set(names.spelling_blocks(b.split()))
    assert not set(names.spelling_blocks("anna smith".split())) & set(names.spelling_blocks("peter jones".split()))


def test_short_forms():
    full = ("andres", "manuel", "lopez", "obrador")
    assert names.is_short_form(("lopez", "obrador"), full)
    assert names.is_short_form(("andres", "obrador"), full)
    assert not names.is_short_form(("manuel", "andres"), full)
    assert not names.is_short_form(("hillary", "clinton"), ("bill", "clinton"))


def test_initials_skip_particles():
    assert names.initials(("charles", "de", "gaulle")) == "cg"


@pytest.mark.parametrize("written, titles, rest", [
    ("President Joe Biden", ("President",), "Joe Biden"),
    ("former Mexican Defense Minister Ana Ruiz", ("former Mexican Defense Minister",), "Ana Ruiz"),
    ("then-President Ana Ruiz", ("then-President",), "Ana Ruiz"),
    ("Sen. Ana Ruiz", ("Sen.",), "Ana Ruiz"),
])
def test_split_title(written, titles, rest):
    assert names.split_title(written) == (titles, rest)


def test_split_title_leaves_names_alone():
    assert names.split_title("Ana Ruiz") == ((), "Ana Ruiz")
    assert names.split_title("President") == ((), "President")


def test_title_genders_and_same_person():
    assert names.title_genders(("Mrs.",)) == {"f"} and names.title_genders(("former Congressman",)) == {"m"}
    assert names.title_genders(("President",)) == set()
    assert names.same_person(("jenkin",), ("john", "jenkin"))
    assert not names.same_person(("jenkin",), ("jenkin",), {"m"}, {"f"})
    assert not names.same_person(("scott", "peterson"), ("laci", "peterson"))


def test_initials_agree_with_the_word_they_stand_for():
    assert names.same_person(("lina", "j", "sosa"), ("lina", "jane", "sosa"))
    assert not names.same_person(("lina", "k", "sosa"), ("lina", "jane", "sosa"))


# --- single words: prefixes, variants, deletion keys ------------------------------

def test_a_dropped_glued_prefix_is_one_edit():
    assert dropped_prefix("donnell", "odonnell") and dropped_prefix("mcdonald", "donald")
    assert word_variant_distance("donnell", "odonnell") == 1
    assert not dropped_prefix("ore", "more")        # "m" is no prefix
    assert not dropped_prefix("od", "d")            # too short to say


def test_a_dropped_syllable_prefix_needs_a_longer_rest():
    assert dropped_prefix("marchetta", "lamarchetta") and dropped_prefix("fiorello", "difiorello")
    assert not dropped_prefix("ana", "diana") and not dropped_prefix("lisa", "delisa")   # two given names


def test_word_variants_need_the_same_first_letter_and_the_budget():
    assert word_variant_distance("kowalcyzk", "kowalczyk") == 1    # a transposition
    assert word_variant_distance("hutchins", "hutchings") == 1
    assert word_variant_distance("iran", "bran") == 0              # another first letter
    assert word_variant_distance("al", "ali") == 0                 # too short
    assert word_variant_distance("smith", "smith") == 0


_WORDS = st.text(alphabet="abcdefghijklmnop", min_size=3, max_size=10)


@given(_WORDS, st.integers(min_value=0, max_value=9), st.sampled_from(["sub", "del", "ins", "swap"]))
def test_words_one_edit_apart_share_a_deletion_key(word, at, edit):
    at %= len(word)
    if edit == "sub":
        other = word[:at] + ("z" if word[at] != "z" else "y") + word[at + 1:]
    elif edit == "del":
        other = word[:at] + word[at + 1:]
    elif edit == "ins":
        other = word[:at] + "q" + word[at:]
    else:
        other = word[:at] + word[at + 1:at + 2] + word[at:at + 1] + word[at + 2:]
    assert set(deletion_keys(word)) & set(deletion_keys(other))
