"""Transliteration variants (lexicon/name_transliterations.tsv) and the per-article majority
of the name rules: QC101, QC104, QC105 on sentences written for these tests."""

from __future__ import annotations

import pytest

import quotecli
from quotecli.check import run_rules
from quotecli.check.registry import find_rule
from quotecli.names import (consonant_skeletons, transliteration_skeletons, transliteration_variant,
                            word_variant_distance)
from quotecli.records import PersonMention
from rule_helpers import doc, extraction, findings

STORY = "The Harbour Council met in Vellmar on Tuesday."


def article(id: str, text: str, *names: str):
    document = doc(text, id)
    people, cursor = [], {}
    for name in names:
        start = document.text.index(name, cursor.get(name, 0))
        cursor[name] = start + 1
        people.append(PersonMention(start, start + len(name), name, name=name, form="full"))
    return extraction(document, people=people)


def repeated(id: str, name: str, times: int):
    return article(id, STORY + " " + " ".join(f"{name} spoke." for _ in range(times)), *([name] * times))


# --- the skeletons -----------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("binyamin", "benjamin"), ("yassir", "yasser"), ("heydar", "heidar"), ("gaddafi", "gadhafi"),
    ("hormozgan", "hormuzgan"), ("massoud", "masoud"), ("fakhora", "fahora"), ("tarkhan", "tarkan"),
    ("tallujah", "talluja"), ("vardani", "wardani"), ("giorgos", "yiorgos"), ("gianna", "yianna")])
def test_transliterations_share_a_skeleton(a, b):
    assert transliteration_skeletons(a) & transliteration_skeletons(b)


@pytest.mark.parametrize("a, b", [("barack", "barick"), ("davies", "davis"), ("thaliand", "thailand"),
                                  ("cowen", "cowan"), ("malcom", "malcolm"), ("marsch", "marsh"),
                                  ("gilda", "hilda"), ("gina", "nina")])
def test_slips_do_not_share_a_skeleton(a, b):
    assert not transliteration_skeletons(a) & transliteration_skeletons(b)


def test_particles_are_left_out_and_vowels_loosened_only_on_request():
    assert transliteration_variant(("muammar", "al", "qaddafi"), ("moammar", "qadhafi"))
    assert not transliteration_variant(("khaledin",), ("khaldin",))
    assert consonant_skeletons("khaledin") & consonant_skeletons("khaldin")


# --- QC101 -------------------------------------------------------------------------------

def test_a_transliteration_each_article_keeps_is_an_info():
    found = findings("QC101", article("a.txt", STORY + " Binyamin Netanyahu spoke.", "Binyamin Netanyahu"),
                     repeated("b.txt", "Benjamin Netanyahu", 3), repeated("c.txt", "Benjamin Netanyahu", 2))
    assert [(f.primary.text, f.severity, f.confidence, f.suggestion) for f in found] == \
        [("Binyamin Netanyahu", "info", "low", None)]
    assert "transliteration variant" in found[0].confidence_reason
    assert "transliterated two ways" in found[0].message


def test_a_greek_gamma_written_g_or_y_is_one_name():
    assert word_variant_distance("yiorgos", "giorgos") == 1
    assert word_variant_distance("handy", "candy") == 0
    found = findings("QC101", repeated("a.txt", "Yiorgos Makridakis", 2),
                     repeated("b.txt", "Giorgos Makridakis", 2))
    assert [(f.severity, f.confidence) for f in found] == [("info", "low")]
    assert "one letter apart" in found[0].message and found[0].suggestion == "check which spelling is right"


def test_an_article_writing_both_transliterations_has_a_slip():
    text = STORY + " Heydar Moradi spoke. Heydar Moradi left. Later Heidar Moradi waved."
    found = findings("QC101", article("a.txt", text, "Heydar Moradi", "Heydar Moradi", "Heidar Moradi"),
                     repeated("b.txt", "Heydar Moradi", 2))
    assert [(f.primary.text, f.severity) for f in found] == [("Heidar Moradi", "error")]


def test_a_changed_letter_outside_the_table_stays_a_warning_or_worse():
    found = findings("QC101", article("a.txt", STORY + " Rosa Maria Quintaro spoke.", "Rosa Maria Quintaro"),
                     repeated("b.txt", "Rosa Maria Quintero", 3), repeated("c.txt", "Rosa Maria Quintero", 2))
    assert [(f.primary.text, f.severity) for f in found] == [("Rosa Maria Quintaro", "error")]


def test_a_letter_dropped_in_one_mention_is_a_slip_not_a_transliteration():
    # "ey" and "y" share a skeleton, but a single mention one letter short shows no style
    once = findings("QC101", article("a.txt", STORY + " Jonas Wexly spoke.", "Jonas Wexly"),
                    repeated("b.txt", "Jonas Wexley", 3), repeated("c.txt", "Jonas Wexley", 2))
    assert [(f.primary.text, f.severity) for f in once] == [("Jonas Wexly", "error")]
    kept = findings("QC101", repeated("a.txt", "Jonas Wexly", 2),
                    repeated("b.txt", "Jonas Wexley", 3), repeated("c.txt", "Jonas Wexley", 2))
    assert [(f.primary.text, f.severity) for f in kept] == [("Jonas Wexly", "info")]


def test_a_doubled_letter_against_a_dictionary_name_is_a_slip():
    found = findings("QC101", article("a.txt", STORY + " Maria Heffner spoke.", "Maria Heffner"),
                     repeated("b.txt", "Maria Hefner", 3), repeated("c.txt", "Maria Hefner", 2))
    assert [f.severity for f in found] == ["error"]


def test_the_form_most_articles_write_is_suggested():
    # one article repeats a wrong form six times; two articles write the name once each
    found = findings("QC101", repeated("a.txt", "Tomas Varnholt", 6), repeated("b.txt", "Tomas Varnhold", 1),
                     repeated("c.txt", "Tomas Varnhold", 1))
    assert [(f.primary.text, f.suggestion) for f in found] == [("Tomas Varnholt", "write 'Tomas Varnhold'")]
    assert "most articles" in found[0].confidence_reason


def test_as_many_articles_on_each_side_say_the_forms_disagree():
    found = findings("QC101", repeated("a.txt", "Tomas Varnholt", 4), repeated("b.txt", "Tomas Varnholt", 4),
                     repeated("c.txt", "Tomas Varnhold", 1), repeated("d.txt", "Tomas Varnhold", 1))
    assert [(f.primary.text, f.severity, f.suggestion) for f in found] == \
        [("Tomas Varnhold", "warning", "check which spelling is right")] * 2
    assert "forms disagree" in found[0].message


def test_a_first_letter_two_transliterations_share_is_compared():
    # Greek "Κάρολος" / "Ηλίας" are written Karolos or Carolos, Ilias or Elias by different outlets
    assert word_variant_distance("carolos", "karolos") == 1
    assert word_variant_distance("elias", "ilias") == 1
    found = findings("QC101", repeated("a.txt", "Karolos Vannidis", 2), repeated("b.txt", "Carolos Vannidis", 1),
                     repeated("c.txt", "Karolos Vannidis", 2))
    assert [(f.primary.text, f.severity) for f in found] == [("Carolos Vannidis", "info")]
    assert "transliterated two ways" in found[0].message


@pytest.mark.parametrize("a, b", [("hollywood", "bollywood"), ("ellen", "allen"), ("mason", "jason"),
                                  ("candy", "handy")])
def test_a_first_letter_changed_outside_the_table_makes_another_word(a, b):
    assert word_variant_distance(a, b) == 0


# --- QC104 and QC105 -----------------------------------------------------------------------

def check(*texts: str, rules: tuple[str, ...]):
    documents = [quotecli.from_text(text, id=f"{i}.txt") for i, text in enumerate(texts)]
    return run_rules([quotecli.extract(d) for d in documents], [find_rule(r) for r in rules])


TOWN = ("The Marlow Harbour Council met on Monday. Marlow Harbour officials and the Council said the "
        "Marlow quay would reopen. ")


def test_a_place_transliterated_two_ways_is_an_info():
    # kh written k: a correspondence of the table
    found = check(TOWN + "Floods hit homes in Khorramshahr. Crews in Khorramshahr worked late, and "
                         "schools in Khorramshahr closed.",
                  TOWN + "Rescuers reached homes in Korramshahr on Tuesday.", rules=("QC104", "QC105"))
    assert [(f.primary.text, f.severity, f.confidence) for f in found] == [("Korramshahr", "info", "low")]


def test_a_doubled_letter_written_once_is_a_slip_until_an_outlet_keeps_it():
    kept = findings("QC101", repeated("a.txt", "Tomas Varnolli", 2), repeated("b.txt", "Tomas Varnoli", 3),
                    repeated("c.txt", "Tomas Varnoli", 3))
    once = findings("QC101", repeated("a.txt", "Tomas Varnolli", 1), repeated("b.txt", "Tomas Varnoli", 3),
                    repeated("c.txt", "Tomas Varnoli", 3))
    assert [f.severity for f in kept] == ["info"] and [f.severity for f in once] == ["error"]


def test_a_proper_noun_repeated_in_one_article_does_not_outvote_two():
    found = check(TOWN + "Shares in Quarrinton rose after Quarrinton won. Staff at Quarrinton, Quarrinton said, "
                         "would stay, and Quarrinton hired.",
                  TOWN + "The contract went to Quarrington.", TOWN + "The council paid Quarrington.",
                  rules=("QC105",))
    assert [(f.primary.text, f.suggestion) for f in found] == [("Quarrington", "check which spelling is right")] * 2
    assert "forms disagree" in found[0].message


def test_two_spellings_of_an_english_name_are_a_slip_not_a_transliteration():
    found = findings("QC101", article("a.txt", STORY + " Lindsay Varnhold spoke.", "Lindsay Varnhold"),
                     repeated("b.txt", "Lindsey Varnhold", 3), repeated("c.txt", "Lindsey Varnhold", 2))
    assert [(f.primary.text, f.severity) for f in found] == [("Lindsay Varnhold", "error")]


def test_an_added_y_is_a_typing_slip_even_in_a_foreign_name():
    assert not transliteration_variant(("jerymayne",), ("jermayne",), loose=True)
    assert transliteration_variant(("mahnefeh",), ("mahnefah",), loose=True)


def test_a_vowel_typed_for_a_consonant_is_a_slip():
    found = findings("QC101", article("a.txt", STORY + " Tomas Brackstoin spoke.", "Tomas Brackstoin"),
                     repeated("b.txt", "Tomas Braakstoin", 3), repeated("c.txt", "Tomas Braakstoin", 2))
    assert [f.severity for f in found] == ["error"]


def test_a_form_repeated_by_a_scan_is_no_majority():
    # one scanned article reads "i" as "l" at four uses of the name and gets it right once
    text = STORY + " Ana Delarios spoke. Ana Delarios left. Ana Delarios waved. Ana Delarios sat. Ana Deiarios ran."
    names = ["Ana Delarios"] * 4 + ["Ana Deiarios"]
    found = findings("QC101", article("a.txt", text, *names))
    assert [(f.primary.text, f.severity, f.suggestion) for f in found] == \
        [("Ana Deiarios", "warning", "check which spelling is right")]
    assert "forms disagree" in found[0].message
