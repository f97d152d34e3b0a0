"""QC101 recall shapes on articles written here: a surname written alone with a typing slip
(transposed, doubled, dropped letter, dropped prefix) where the extractor does not take it
for a person, and the words that look like one but are not (another surname, a common word,
a demonym, the start of a longer name)."""

from __future__ import annotations

from pathlib import Path

import quotecli
from quotecli.check import run_rules
from quotecli.check.registry import find_rule


def spelling(tmp_path: Path, articles: dict[str, str]):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    documents, errors = quotecli.load([str(tmp_path)])
    assert not errors
    return run_rules([quotecli.extract(d) for d in documents], [find_rule("QC101")])


def flagged(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    return [(f.primary.text, f.severity, f.suggestion or "") for f in spelling(tmp_path, {"a.txt": text})]


OPENING = "Senator Helena Marchetti met the mayor of Dunmore on Monday. Marchetti said the bridge would open. "


def test_a_transposed_surname_alone_is_found(tmp_path):
    text = OPENING + "Marhcetti was asked about the cost, and the council agreed."
    assert flagged(tmp_path, text) == [("Marhcetti", "error", "write 'Marchetti'")]


def test_a_doubled_and_a_dropped_letter_are_found(tmp_path):
    assert flagged(tmp_path, OPENING + "Critics said Marchettti had waited.")[0][:2] == ("Marchettti", "error")
    assert flagged(tmp_path, OPENING + "But Marchtti is not a newcomer.")[0][:2] == ("Marchtti", "error")


def test_a_dropped_glued_prefix_is_found(tmp_path):
    text = ("Representative Colin McTavish spoke to farmers in Dunmore. McTavish said prices had fallen. "
            "On Friday Tavish demanded a vote on the subsidy.")
    assert flagged(tmp_path, text) == [("Tavish", "error", "write 'McTavish'")]


def test_a_possessive_of_the_slip_points_at_the_name(tmp_path):
    text = OPENING + "The plan was Marhcetti's idea."
    assert flagged(tmp_path, text) == [("Marhcetti", "error", "write 'Marchetti'")]


def test_a_changed_letter_in_a_short_surname_is_another_word(tmp_path):
    # Price/Pride: one changed letter in a short word is a word of its own, not a slip
    text = "Councillor Joanna Price opened the fair. Price said the town was proud. Pride was everywhere."
    assert flagged(tmp_path, text) == []


def test_a_letter_added_at_the_end_is_another_name(tmp_path):
    text = ("Angela Greene counted the ballots in Dayton. Greene said the count was fair. The Green and "
            "Libertarian candidates asked for a recount, and a Scot watched Allan Scott play.")
    assert flagged(tmp_path, text) == []


def test_a_word_the_article_writes_in_lower_case_is_not_a_name(tmp_path):
    text = ("Inspector Mark Stonne checked the quarry. Stonne said the wall was safe. Stone fell from it later; "
            "the stone was removed.")
    assert flagged(tmp_path, text) == []


def test_a_word_inside_a_capitalised_run_is_not_a_name(tmp_path):
    text = OPENING + "She spoke at the Marchettis Foundation and at Hall Marhcetti Road."
    assert flagged(tmp_path, text) == []


def test_the_word_alone_more_often_than_the_full_name_is_a_warning_without_a_claim(tmp_path):
    text = ("Coach Mark Mayerholfer praised the team. Mayerhofler said the snow was good. Mayerhofler "
            "added that the race was hard, and Mayerhofler left.")
    found = spelling(tmp_path, {"a.txt": text})
    assert [(f.primary.text, f.severity, f.confidence) for f in found] == [("Mayerhofler", "warning", "medium")]
    assert "one name spelt two ways, or two people" in found[0].message
    assert found[0].suggestion == "check which spelling is right"


def test_a_one_word_full_mention_in_another_article_is_judged_there(tmp_path):
    # "Lord Hoffmann" of a law report is no misspelt Dustin Hoffman of a film review in the same folder
    found = spelling(tmp_path, {
        "film.txt": "Actor Dustin Hoffman returned to Hollywood. Hoffman said films were worse. Hoffmann "
                    "was asked why.",
        "law.txt": "Lord Hoffmann said the detention was unlawful. The Law Lords agreed with Lord Hoffmann.",
    })
    assert [(f.primary.file.rsplit("/", 1)[-1], f.primary.text, f.severity) for f in found] == [
        ("film.txt", "Hoffmann", "error")]


def test_another_given_name_with_the_same_role_is_a_warning_without_a_claim(tmp_path):
    found = spelling(tmp_path, {
        "a.txt": "Finance Minister Carla Mendes said the budget would balance. Carla Mendes spoke in Lisbon "
                 "with Paulo Serrano.",
        "b.txt": "Finance Minister Carla Mendes met Paulo Serrano in Porto.",
        "c.txt": "Finance Minister Carl Mendes told Paulo Serrano the deficit had fallen in Lisbon.",
    })
    assert [(f.primary.text, f.severity, f.confidence) for f in found] == [("Carl Mendes", "warning", "medium")]
    assert "two given names" in found[0].confidence_reason and found[0].suggestion == "check which spelling is right"


def test_a_short_form_of_the_given_name_with_the_same_role_is_an_info(tmp_path):
    # "Steve" for "Steven": one person written informally, not a misspelling (Carl/Carla above stays a warning)
    found = spelling(tmp_path, {
        "a.txt": "Finance Minister Steven Mendes said the budget would balance. Steven Mendes spoke in Lisbon "
                 "with Paulo Serrano.",
        "b.txt": "Finance Minister Steven Mendes met Paulo Serrano in Porto.",
        "c.txt": "Finance Minister Steve Mendes told Paulo Serrano the deficit had fallen in Lisbon.",
    })
    assert [(f.primary.text, f.severity, f.confidence) for f in found] == [("Steve Mendes", "info", "low")]
    assert "short form" in found[0].confidence_reason


def test_a_short_given_name_alone_is_an_info(tmp_path):
    text = ("Finance Minister Steven Mendes said the budget would balance. Steve told reporters in Lisbon "
            "the deficit had fallen.")
    found = spelling(tmp_path, {"a.txt": text})
    assert [(f.primary.text, f.severity) for f in found] == [("Steve", "info")]


def test_another_given_name_in_the_same_article_is_an_info(tmp_path):
    text = ("Carla Mendes opened the clinic in Braga. Carla Mendes said patients waited for months. Nurses "
            "thanked Carl Mendes for the new wing.")
    found = spelling(tmp_path, {"a.txt": text})
    assert [(f.primary.text, f.severity) for f in found] == [("Carl Mendes", "info")]


def test_a_couple_with_their_own_roles_is_two_people(tmp_path):
    found = spelling(tmp_path, {
        "a.txt": "Mark Heller, a surgeon, and Mary Heller, a teacher, founded the charity in Leeds. Mark Heller "
                 "said it would grow. Mark Heller thanked donors.",
    })
    assert found == []


def test_another_given_name_with_a_title_of_the_other_gender_is_two_people(tmp_path):
    found = spelling(tmp_path, {
        "a.txt": "Mr. Carl Mendes ran the bakery in Braga with Paulo Serrano.",
        "b.txt": "Mrs. Carla Mendes said Paulo Serrano sold the bakery. Carla Mendes left Braga.",
        "c.txt": "Carla Mendes and Paulo Serrano opened a cafe in Braga.",
    })
    assert found == []


def test_two_given_names_named_together_are_two_people(tmp_path):
    found = spelling(tmp_path, {
        "a.txt": "Mark Heller and Mary Heller founded the charity in Leeds. Mark Heller said it would grow. "
                 "Mark Heller thanked donors.",
    })
    assert found == []


# a surname of fewer than LONG_SURNAME letters: one changed letter is a slip or another name
FENWICK_THRICE = ("Senator Helena Fenwick met the mayor. Fenwick said the bridge would open, and Fenwick "
                  "thanked the council. ")


def test_a_changed_inner_letter_among_many_uses_of_the_surname_is_an_info(tmp_path):
    found = spelling(tmp_path, {"a.txt": FENWICK_THRICE + "Critics said Fenwack had waited."})
    assert [(f.primary.text, f.severity, f.suggestion) for f in found] == [
        ("Fenwack", "info", "check which spelling is right")]


def test_a_changed_inner_letter_needs_the_surname_repeated(tmp_path):
    assert flagged(tmp_path, "Senator Helena Fenwick met the mayor. Critics said Fenwack had waited.") == []


def test_a_changed_inner_letter_in_a_list_or_after_a_place_preposition_is_not_reported(tmp_path):
    assert flagged(tmp_path, FENWICK_THRICE + "The squad: Rossi, Fenwack, Bianchi.") == []
    assert flagged(tmp_path, FENWICK_THRICE + "She was born in Fenwack.") == []


def test_a_misspelt_surname_opening_a_sentence_after_a_capitalised_word_is_found(tmp_path):
    # the capitalised word before it ends its sentence: no longer run ("the Capitol. Marhcetti")
    found = flagged(tmp_path, OPENING + "Protesters marched to the Capitol. Marhcetti, a Democrat, spoke to them.")
    assert [f[0] for f in found] == ["Marhcetti"]
    assert flagged(tmp_path, OPENING + "Protesters met Gov. Marhcettin, a Democrat.") == []


def test_a_letter_moved_two_places_in_a_long_surname_alone_is_found(tmp_path):
    # "Marchetit": the t typed two places late; same letters, two edits, one letter moved
    assert [f[:2] for f in flagged(tmp_path, OPENING + "It was Marcheitt's third term.")] == [("Marcheitt", "error")]


def test_letters_of_a_long_surname_merely_shuffled_are_not_a_moved_letter(tmp_path):
    assert flagged(tmp_path, OPENING + "Critics said Mtarchiet had waited.") == []


def test_a_changed_inner_letter_of_a_five_letter_surname_among_many_uses_is_an_info(tmp_path):
    text = ("Senator Karen Pelko met the mayor on Monday. Pelko denied it, and Pelko's lawyer "
            "spoke. It seems that Pilko has every reason to settle.")
    assert [(f[0], f[1]) for f in flagged(tmp_path, text)] == [("Pilko", "info")]


def test_a_changed_letter_of_a_five_letter_surname_used_once_is_not_reported(tmp_path):
    assert flagged(tmp_path, "Senator Karen Pelko met the mayor. It seems that Pilko will settle.") == []


def test_a_full_name_without_its_la_prefix_is_found(tmp_path):
    story = "The gunman fired at the plant in Troy, police said. "
    found = spelling(tmp_path, {
        "a.txt": story + "Police named Victor LaMarchetta. Victor LaMarchetta was fired. Victor LaMarchetta had a gun.",
        "b.txt": story + "The suspect, Victor Marchetta, was held in Troy.",
    })
    assert [(f.primary.text, f.severity) for f in found] == [("Victor Marchetta", "warning")]


# one name written once in each of two articles of one story (they share eight names or more)
BUDGET = ("The Senate Finance Committee met in Washington on Monday with Treasury officials, the White House "
          "budget office, Governor Larkin of Ohio and the Congressional Budget Office. ")


def test_a_dropped_prefix_once_against_once_is_reported_at_the_form_without_it(tmp_path):
    # "mitch mcnally" sorts first: the order alone would report the right form
    found = spelling(tmp_path, {
        "a.txt": BUDGET + "Senate leader Mitch McNally said the Senate would vote on the bill.",
        "b.txt": BUDGET + "The Senate will vote on the bill, Senate leader Mitch Nally said.",
    })
    assert [(f.primary.text, f.severity) for f in found] == [("Mitch Nally", "info")]


def test_a_surname_alone_that_a_person_of_another_story_bears_is_compared_as_an_info(tmp_path):
    found = spelling(tmp_path, {
        "a.txt": "Comedian Clive Hutchings hosted the awards in Leeds on Friday.",
        "b.txt": "Senator Ann Hutchins met the mayor of Dunmore on Monday. Hutchins said the bridge "
                 "would open. Staff at Hutchings's office were not told.",
    })
    assert [(f.primary.text, f.severity) for f in found] == [("Hutchings", "info")]
    assert "another story" in found[0].confidence_reason


def test_a_surname_alone_of_a_person_of_its_own_story_is_that_person(tmp_path):
    found = spelling(tmp_path, {
        "a.txt": "Senator Ann Hutchins met Clive Hutchings and the mayor of Dunmore on Monday.",
        "b.txt": "Senator Ann Hutchins met the mayor of Dunmore on Monday. Hutchins said the bridge "
                 "would open. Hutchings said he agreed.",
    })
    assert [f.primary.text for f in found if f.primary.text == "Hutchings"] == []
