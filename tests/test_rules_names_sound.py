"""QC101 meets full names by their sound too (consonant skeletons, articles left out), so
names the letter blocks miss are weighed: a letter added in each of two words, or a
foreign name transliterated further than two edits apart."""

from __future__ import annotations

from quotecli.check.rules.names import _sound_blocks
from test_rules_names_transliteration import STORY, article, repeated
from rule_helpers import findings

OTHER = ("The Lakeside Rovers beat Dunmore United at Kessel Park on Saturday. Coach Brandt "
         "praised Ferreira and Okafor; Lindqvist scored twice before Halloran came on.")


def test_names_of_one_sound_share_a_block():
    assert set(_sound_blocks(("tarik", "aboud"))) & set(_sound_blocks(("tariq", "abboud")))
    assert set(_sound_blocks(("mouammar", "al", "khadafi"))) & set(_sound_blocks(("muammar", "qadhafi")))
    assert not set(_sound_blocks(("tarik", "aboud"))) & set(_sound_blocks(("tamir", "abbas")))
    assert _sound_blocks(("aboud",)) == []


def test_a_letter_added_in_each_of_two_words_is_weighed():
    found = findings("QC101", article("a.txt", STORY + " Tarik Aboud spoke.", "Tarik Aboud"),
                     article("b.txt", STORY + " Tariq Abboud spoke.", "Tariq Abboud"))
    assert found and all(f.severity == "info" for f in found)
    assert {f.primary.text for f in found} <= {"Tarik Aboud", "Tariq Abboud"}
    assert "two letters apart" in found[0].message


def test_a_name_transliterated_far_apart_is_an_info_once():
    found = findings("QC101", article("a.txt", STORY + " Mouammar al-Khadafi spoke.", "Mouammar al-Khadafi"),
                     repeated("b.txt", "Muammar Qadhafi", 3))
    assert [(f.primary.text, f.severity, f.suggestion) for f in found] == [("Mouammar al-Khadafi", "info", None)]
    assert "transliterated two ways" in found[0].message


def test_one_sound_in_unrelated_stories_is_two_people():
    found = findings("QC101", article("a.txt", OTHER + " Mouammar al-Khadafi spoke.", "Mouammar al-Khadafi"),
                     repeated("b.txt", "Muammar Qadhafi", 3))
    assert found == []
