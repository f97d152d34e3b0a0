"""QC101 on articles written here, with the real extractors: two people with near names
are told apart by what the texts say about them, real misspellings are still found."""

from __future__ import annotations

from pathlib import Path

import quotecli
from quotecli.check import run_rules
from quotecli.check.options import CheckOptions
from quotecli.check.registry import find_rule


def spelling(tmp_path: Path, articles: dict[str, str], options: CheckOptions | None = None):
    for name, text in articles.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    documents, errors = quotecli.load([str(tmp_path)])
    assert not errors
    return run_rules([quotecli.extract(d) for d in documents], [find_rule("QC101")], options)


STEEL = ("House Speaker John Boehner said the budget vote would wait. \"There will be no vote this week,\" "
         "said Michael Steel, a spokesman for Boehner. President Barack Obama said families in Ohio would pay.")
STEELE = {
    "politics/b.txt": "RNC Chairman Michael Steele told donors in Chicago the party had raised more money. "
                      "Michael Steele said the campaign against Barack Obama would focus on jobs. "
                      "John Boehner said Steele had spent too much.",
    "politics/c.txt": "Michael Steele, the party chairman, said he would not step down. Supporters in Maryland "
                      "praised Michael Steele, while Iowa activists asked for a new leader in Virginia.",
}


def test_steel_the_spokesman_is_not_a_misspelt_steele_the_chairman(tmp_path):
    assert spelling(tmp_path, {"politics/a.txt": STEEL, **STEELE}) == []


def test_steel_with_the_chairmans_role_is_a_misspelling(tmp_path):
    text = "RNC Chairman Michael Steel met John Boehner and Barack Obama in Washington on Tuesday."
    found = spelling(tmp_path, {"politics/a.txt": text, **STEELE})
    assert [(f.primary.text, f.severity, f.confidence) for f in found] == [("Michael Steel", "error", "high")]
    assert "the same role" in found[0].confidence_reason and found[0].suggestion == "write 'Michael Steele'"


def test_mcfaul_the_ambassador_is_not_mccaul_the_congressman(tmp_path):
    articles = {
        "a.txt": "\"It has only just begun,\" said Michael McFaul, a former ambassador to Moscow under President "
                 "Barack Obama. Hillary Clinton agreed.",
        "b.txt": "Rep. Michael McCaul, the chairman of the Homeland Security Committee, asked Hillary Clinton about "
                 "the cable. Michael McCaul said the State Department had ignored it.",
        "c.txt": "Rep. Michael McCaul said Obama officials had not answered. Michael McCaul told reporters in "
                 "Austin the agency had failed, and Michael McCaul asked Clinton to testify.",
    }
    assert spelling(tmp_path, articles) == []


def test_davies_the_welsh_mp_is_not_davis_the_shadow_home_secretary(tmp_path):
    articles = {
        "a.txt": "Shadow home secretary David Davis said the identity card bill was badly drawn up. David Davis "
                 "told MPs in Westminster that the Home Office had lost control of the costs.",
        "b.txt": "David Davis, the shadow home secretary, said police in Manchester needed fewer forms. David Davis "
                 "promised Conservative voters in Yorkshire more officers.",
        "c.txt": "David Davies, the Conservative MP for Monmouth, joined farmers in Cardiff. David Davies said "
                 "Welsh farms in Powys and Gwent had lost money since the Brussels rules began.",
        "d.txt": "The MP for Monmouth, David Davies, said Welsh livestock prices had fallen. David Davies met "
                 "Swansea dealers, and David Davies later spoke to Llanelli growers.",
    }
    assert spelling(tmp_path, articles) == []


def test_a_misspelt_davis_with_the_same_role_is_found(tmp_path):
    articles = {
        "a.txt": "Shadow home secretary David Davis said the bill was badly drawn up. David Davis told MPs in "
                 "Westminster that Charles Clarke had lost control of the costs.",
        "b.txt": "David Davis, the shadow home secretary, said police needed fewer forms. David Davis attacked "
                 "Charles Clarke, and David Davis promised more officers.",
        "c.txt": "Speaking after the debate, shadow home secretary David Davies said Charles Clarke was wrong.",
    }
    found = spelling(tmp_path, articles)
    assert [(f.primary.text, f.severity) for f in found] == [("David Davies", "error")]


def test_parry_of_liverpool_is_not_perry_of_texas(tmp_path):
    articles = {
        "sport/a.txt": "Liverpool chief executive Rick Parry said the club would build a new stadium in Stanley "
                       "Park. Rick Parry told supporters at Anfield that Rafael Benitez had the backing of the board.",
        "us/a.txt": "Texas Gov. Rick Perry signed the state budget in Austin. Rick Perry said the cuts would "
                    "protect schools. Democrats in Houston said Rick Perry had ignored hospitals.",
        "us/b.txt": "Gov. Rick Perry campaigned in Des Moines. Rick Perry told voters in Iowa that Washington "
                    "spent too much. Rick Perry later flew to New Hampshire.",
    }
    assert spelling(tmp_path, articles) == []


HARBOUR = {
    "c/b.txt": "Council leader Ann Hutchings opened the works in Vellmar. Planning chair Rosie O'Donnell and "
               "treasurer Carla Mendes joined her. Piotr Kowalczyk, an engineer, said the wall would take a year; "
               "Piotr Kowalczyk has built three.",
}


def test_one_word_mentions_are_compared_with_the_people_of_the_article(tmp_path):
    text = ("Ann Hutchings, the council leader, said the plan would create jobs in Vellmar. Opponents wrote to "
            "Mr. Hutchins's office. Rosie O'Donnell, who chairs the planning board, spoke first, and Donnell said "
            "she would not resign. Carla Mendes, the treasurer, said the budget was balanced, and Carl told "
            "reporters the costs were known.")
    found = {f.primary.text: f for f in spelling(tmp_path, {"c/a.txt": text, **HARBOUR})}
    assert set(found) == {"Hutchins", "Donnell", "Carl"}
    assert "'Hutchings', the surname of 'Ann Hutchings'" in found["Hutchins"].message
    assert found["Hutchins"].severity == "error" and found["Donnell"].suggestion == "write 'O'Donnell'"
    assert found["Carl"].confidence == "medium"


def test_a_transposition_is_one_edit(tmp_path):
    text = "Piotr Kowalcyzk, an engineer, said the wall in Vellmar would be late. Ann Hutchings agreed."
    found = spelling(tmp_path, {"c/c.txt": text, **HARBOUR})
    assert [f.primary.text for f in found] == ["Piotr Kowalcyzk"]
    assert "one letter" in found[0].message


def test_a_weak_majority_is_not_named_as_the_right_form(tmp_path):
    articles = {
        "a.txt": "Tana Umaga led the All Blacks against Wales in Cardiff. Graham Henry praised the captain.",
        "b.txt": "Captain Tama Umaga said New Zealand would attack. Graham Henry named the side in Auckland.",
        "c.txt": "Tama Umaga scored twice as New Zealand beat Wales. Graham Henry was pleased in Cardiff.",
    }
    found = spelling(tmp_path, articles)
    assert len(found) == 1 and found[0].confidence == "medium" and found[0].severity == "warning"
    assert "one name spelt two ways, or two people" in found[0].message
    assert "once in 1 article" in found[0].message and "2 times in 2 articles" in found[0].message
    assert found[0].suggestion == "check which spelling is right"
    strict = spelling(tmp_path, {}, CheckOptions(min_confidence="high"))
    assert strict == []


def test_possessives_and_plurals_of_a_surname_are_not_misspellings(tmp_path):
    text = ("Walter Smith, the manager, said the Smiths had sold their shares. Smith's side lost in Glasgow, "
            "and the Warners said Walter Smith would stay.")
    assert spelling(tmp_path, {"a.txt": text}) == []


def test_roles_come_from_titles_and_the_head_of_an_appositive():
    from quotecli.check.rules.name_evidence import mention_roles, role_head, role_of

    text = ("Texas Gov. Rick Perry met Michael Steel, a spokesman for Speaker John Boehner, and "
            "Mr. Tom Hale, the former party chairman.")
    document = quotecli.from_text(text)
    roles = {m.text: mention_roles(document, m) for m in quotecli.extract(document).people}
    assert roles["Rick Perry"] == {"governor"}
    assert roles["Michael Steel"] == {"spokesman"}          # not Boehner's "speaker"
    assert roles["Tom Hale"] == {"chairman"}                # "Mr." says nothing of a role
    assert role_of("presidential candidate") == ""          # a candidacy tells no one apart
    assert role_head("house speaker") == role_head("speaker") and role_head("secretary of state") == "secretary"


def test_two_forms_used_once_each_in_one_story_are_an_info_without_a_claim(tmp_path):
    articles = {
        "a.txt": "Piotr Hollik, the harbour engineer, met Ann Hutchings and Rosie O'Donnell in Vellmar.",
        "b.txt": "Ann Hutchings and Rosie O'Donnell toured the wall with Piotr Hollick, the harbour engineer.",
    }
    found = spelling(tmp_path, articles)
    assert [(f.severity, f.confidence) for f in found] == [("info", "low")]
    assert "one name spelt two ways, or two people" in found[0].message
    assert found[0].suggestion == "check which spelling is right"


def test_a_dropped_name_particle_is_a_form_info():
    from quotecli.check.registry import find_rule as rule

    documents = [quotecli.from_text("Charles de Gaulle spoke in Paris. Charles de Gaulle left.", id="a.txt"),
                 quotecli.from_text("Charles Gaulle returned to Paris on Monday.", id="b.txt")]
    found = run_rules([quotecli.extract(d) for d in documents], [rule("QC103")])
    assert [(f.primary.text, f.severity) for f in found] == [("Charles Gaulle", "info")]
    assert "drops the particle of 'Charles de Gaulle'" in found[0].message


def test_a_dropped_initial_is_no_dropped_particle():
    from quotecli.check.registry import find_rule as rule

    documents = [quotecli.from_text("James E. Clyburn spoke. James E. Clyburn left.", id="a.txt"),
                 quotecli.from_text("James Clyburn returned on Monday.", id="b.txt")]
    found = run_rules([quotecli.extract(d) for d in documents], [rule("QC103")])
    assert found == []


def test_a_one_name_person_with_a_role_is_not_a_misspelt_given_name(tmp_path):
    text = ("Jennifer Lopez won best female artist in Paris. Singer Jenifer also took home two awards, "
            "and Jennifer Lopez thanked her fans.")
    assert spelling(tmp_path, {"a.txt": text}) == []


def test_a_sentence_key_ignores_case_spacing_and_quote_styles_but_not_words():
    from quotecli.check.rules.name_evidence import sentence_key
    a = 'The fund backed Orlen. Harwick said "we will grow the fleet," on Monday.\nNext.'
    b = "Intro.  THE FUND backed Orlen!  Harwick said “we will grow the fleet,” on Monday. More."
    c = "The fund backed Orlen. Harwick said we will shrink the fleet on Monday."
    at = lambda t, w: (t.index(w), t.index(w) + len(w))
    assert sentence_key(a, *at(a, "Harwick")) == sentence_key(b, *at(b, "Harwick")) is not None
    assert sentence_key(a, *at(a, "Harwick")) != sentence_key(c, *at(c, "Harwick"))
    twice = "Harwick met the brother of Harwick at the quay on Monday."
    assert sentence_key(twice, 0, 7) != sentence_key(twice, 27, 34)   # two uses of one sentence count twice


def test_a_short_sentence_is_no_evidence_of_a_copy():
    from quotecli.check.rules.name_evidence import distinct_sentences, sentence_key
    short = "Harwick declined to comment."
    assert sentence_key(short, 0, 7) is None
    assert distinct_sentences([None, None, 5, 5]) == 3
