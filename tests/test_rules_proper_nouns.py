"""QC105 proper-noun-spelling: capitalised words no extractor names, one letter from their story's form."""

from __future__ import annotations

import pytest

import quotecli
from quotecli.check import run_rules
from quotecli.check.registry import find_rule

# Two articles of one story: they share topic names (Marlow, Harbour, Council…) besides the forms compared.
STORY = ("The Marlow Harbour Council met on Monday. Marlow Harbour officials and the Council said the "
         "Marlow quay would reopen. ")


def check(*texts: str, rules=("QC105",)):
    documents = [quotecli.from_text(text, id=f"{i}.txt") for i, text in enumerate(texts)]
    return run_rules([quotecli.extract(d) for d in documents], [find_rule(r) for r in rules])


def found(*texts: str) -> list[tuple[str, str]]:
    return [(f.primary.text, f.severity) for f in check(*texts)]


@pytest.mark.parametrize("which", ["bad", "good"])
def test_the_rule_examples(which):
    rule = find_rule("QC105")
    example = rule.example_bad if which == "bad" else rule.example_good
    documents = [quotecli.from_text(text, id=name) for name, text in (l.split(": ", 1) for l in example.splitlines())]
    findings = run_rules([quotecli.extract(d) for d in documents], [rule])
    assert len(findings) == (1 if which == "bad" else 0)


def test_a_misspelt_company_in_another_article_of_the_story():
    findings = check(STORY + "Shares in Quarrington rose after Quarrington won the contract.",
                     STORY + "The contract went to Quarrinton, the council said.")
    assert [(f.primary.text, f.severity, f.suggestion) for f in findings] == \
        [("Quarrinton", "warning", "write 'Quarrington'")]
    assert findings[0].confidence == "medium"   # two uses of the other form, in another article


def test_a_swapped_pair_of_letters_in_a_team_name_inside_one_article():
    assert found("The Wellbrook Bulldogs won again. The Bulldgos never trailed, and the Bulldogs "
                 "play at home on Friday.") == [("Bulldgos", "warning")]


def test_a_surname_alone_that_no_extractor_reads_as_a_person():
    text = ("Vaskovich retained his belts on Saturday. Fans chanted for Vaskovich, and the champion "
            "showed no mercy against Vaksovich's challenger.")
    assert found(text) == [("Vaksovich", "warning")]


def test_english_words_one_letter_apart_are_no_slip():
    # "Raising" and "Rising" are both words; a capital at a sentence start makes neither a name
    assert found("Rising prices hurt the Rising Sun Hotel. The Rising Sun Hotel closed. "
                 "Raising rents did not help.") == []


def test_a_rare_form_that_is_a_name_of_its_own_is_not_a_slip():
    # "Bennet" is a common name in its own right, not a misspelt "Bennett"
    assert found(STORY + "Senator Bennett spoke. Bennett said Bennett would vote no.",
                 STORY + "Bennet voted yes.") == []


@pytest.mark.parametrize("rare, common", [("Americans", "Americas"), ("Congressmen", "Congressman"),
                                          ("Advisers", "Advisors")])
def test_endings_are_not_slips(rare, common):
    assert found(f"The {common} Trust met. The {common} Trust and the {common} Trust board agreed. "
                 f"Some {rare} disagreed.") == []


def test_a_rare_form_beside_another_name_is_another_person():
    assert found(STORY + "Jenna Coleman starred, and Coleman said Jenna Coleman would return.",
                 STORY + "Olivia Colman was also named.") == []


def test_articles_of_two_stories_are_not_compared():
    assert found("Quarrington won the contract. Quarrington shares rose on the Quarrington news.",
                 "A storm hit Westfield Bay. Quarrinton Road flooded, residents of Westfield Bay said.") == []


def test_a_form_used_widely_is_a_spelling_of_its_own():
    common = STORY + "Quarrington won. Quarrington shares rose. Quarrington thanked staff. "
    assert found(common + "Quarrington hired.", STORY + "Quarrinton hired.", STORY + "Quarrinton grew.",
                 STORY + "Quarrinton lost.") == []


def test_a_vowel_changed_between_articles_keeping_their_own_form_is_a_transliteration():
    findings = check(STORY + "The quake struck Hormozgan province. Hormozgan officials and the Hormozgan "
                             "governor asked for tents.",
                     STORY + "Rescuers reached the Hormuzgan province on Tuesday.")
    assert [(f.primary.text, f.severity, f.confidence, f.suggestion) for f in findings] == \
        [("Hormuzgan", "info", "low", None)]


def test_a_word_capitalised_only_where_every_word_is_is_no_name():
    # "Previous" is capitalised only at sentence starts and in a title-case headline
    assert found("Previous Results Show Gains In The North\nPrevious years were worse. Previous "
                 "owners agreed. Precious few said so.") == []


def test_a_place_the_name_rules_report_is_reported_once():
    texts = ("Floods hit homes in Albuquerque on Monday. Crews in Albequerque worked late, Mayor Keller "
             "said of the Rio Grande.",
             "The Rio Grande rose in Albuquerque again, Mayor Keller said, and schools in Albuquerque closed.")
    assert [f.rule for f in check(*texts, rules=("QC104",))] == ["QC104"]
    assert [f.rule for f in check(*texts, rules=("QC105",))] == ["QC105"]
    assert [f.rule for f in check(*texts, rules=("QC104", "QC105"))] == ["QC104"]


def test_locations_slice_back_to_the_written_forms():
    text = STORY + "The Wellbrook Bulldogs won. The Bulldgos never trailed, and the Bulldogs play Friday."
    (finding,) = check(text)
    for place in finding.locations:
        assert text[place.start:place.end] == place.text
    assert [p.text for p in finding.locations] == ["Bulldgos", "Bulldogs"]


def test_two_letters_swapped_once_against_once_in_one_article_is_an_info():
    findings = check("Shares in Germany's Kellerhoff fell, and France's Dumarcel slid. Later, Dumracel "
                     "shed 2% in Paris.")
    assert [(f.primary.text, f.severity, f.confidence) for f in findings] == [("Dumracel", "info", "low")]


def test_a_changed_letter_once_against_once_in_a_short_word_is_not_reported():
    assert found("The forward Halvorn scored, and Halborn, his cousin, made it two.") == []


def test_once_against_once_in_two_articles_is_not_reported():
    assert found(STORY + "Shares in Dumarcel rose.", STORY + "Shares in Dumracel rose.") == []


def test_a_letter_moved_two_places_in_a_long_name_is_a_slip():
    text = ("Vaskovich retained his belts on Saturday. Fans chanted for Vaskovich, and the champion "
            "showed no mercy. It was Vasovkich's sixth defence, and Vaskovich said he would go on.")
    findings = check(text)
    assert [(f.primary.text, f.severity) for f in findings] == [("Vasovkich", "warning")]
    assert "a moved letter away" in findings[0].message


def test_a_changed_inner_letter_once_against_many_uses_in_the_article_is_an_info():
    text = ("The Dumbrex drug was approved. Dumbrex eases pain, and Dumbrex trials went well. "
            "Sales of Dumbrex rose. Dumprex consists of a plant extract.")
    findings = check(text)
    assert [(f.primary.text, f.severity, f.confidence) for f in findings] == [("Dumprex", "info", "low")]


def test_a_changed_inner_letter_against_a_form_of_another_article_is_not_reported():
    assert found(STORY + "The Dumbrex drug was approved. Dumbrex eases pain. Dumbrex trials went well. "
                 "Sales of Dumbrex rose.", STORY + "Dumprex consists of a plant extract.") == []


def test_once_against_once_is_reported_at_the_earlier_slip_when_the_later_form_is_a_known_name():
    findings = check("Fans of Portsmuoth sang all night, and the fans of Portsmouth wept on Tuesday.")
    assert [(f.primary.text, f.severity) for f in findings] == [("Portsmuoth", "info")]


def test_once_against_once_a_neighbour_beside_one_form_only_does_not_make_two_names():
    text = "An op-ed by Vago Dumarcelin ran on Monday. Editor [Dumarcellin] is also standing by, he wrote."
    assert [(f.primary.text, f.severity) for f in check(text)] == [("Dumarcellin", "info")]


def test_once_against_once_neighbours_beside_both_forms_are_two_names():
    assert found("An op-ed by Vago Dumarcelin ran on Monday, and Pietro Dumarcellin replied.") == []


def test_two_given_names_before_different_surnames_are_two_people():
    # "Tomasz Wendell" and "Thomasz Kolber": the capitalised word after each says whose given name it is
    assert found(STORY + "Thomasz Kolber scored twice before Thomasz Kolber was replaced.",
                 STORY + "Later Tomasz Wendell crossed for the third goal.") == []


def test_a_given_name_misspelt_before_the_same_surname_is_still_a_slip():
    assert found(STORY + "Marcellus Kolber scored twice before Marcellus Kolber was replaced.",
                 STORY + "Later Marcelkus Kolber crossed for the third goal.") == [("Marcelkus", "warning")]


def test_an_article_that_keeps_its_own_spelling_through_every_form_is_an_info():
    findings = check(STORY + "The Quarrington Trust met in Quarrington. Quarringtonian voters and "
                             "Quarringtonian shops agreed with Quarrington.",
                     STORY + "Quarrinton's port reopened. The Quarrinton Trust and the Quarrintonians "
                             "cheered, and Quarrintonian shops opened.")
    assert [(f.primary.text, f.severity, f.confidence_reason) for f in findings] == \
        [("Quarrintonian", "info", "the article's own spelling")]


def test_a_word_in_a_passage_of_another_language_is_no_english_slip():
    assert found("The Constitutional Council ruled. The Constitutional Council and the Constitutional "
                 "judges agreed. The decree read: as decisões do Constitucional irão garantir que as "
                 "preocupações sejam ouvidas.") == []


def test_a_foreign_name_translated_in_brackets_is_no_english_slip():
    assert found("The Constitutional Tribunal met. The Constitutional Tribunal and the Constitutional bench "
                 "agreed, and the Constitucional Tribunal (Constitutional Tribunal) ruled.") == []


def test_a_name_described_in_brackets_is_still_compared():
    assert found("The Bulldogs won again. The Bulldgos (the home side) never trailed, and the Bulldogs "
                 "play at home on Friday.") == [("Bulldgos", "warning")]


def test_a_foreign_name_with_particles_translated_in_brackets_is_no_english_slip():
    # once against once: "Fondation" is the name, "Foundation" its translation, not a slip
    assert found("Funds will go to the Fondation pour l'Océan (Foundation for the Ocean), "
                 "the organisers said.") == []


# A syndicated copy repeats a sentence of its source verbatim, slip included (issue 9, item 1).
SLIPPED = "Analysts expect Quarrinton to bid again next year, the council said. "


def test_a_slip_repeated_by_a_verbatim_copy_is_no_majority():
    source = STORY + "The contract went to Quarrington on Tuesday. " + SLIPPED
    copy = "From the wire: " + STORY + SLIPPED.replace("  ", " ") + "More to follow."
    other = STORY + "Ferries will run again from Thursday."
    findings = check(source, copy, other)
    assert [(f.primary.text, f.severity, f.suggestion) for f in findings] == \
        [("Quarrington", "warning", "check which spelling is right")]   # the forms still disagree
    assert "verbatim copies counted once" in findings[0].confidence_reason


def test_the_same_slip_in_two_sentences_of_its_own_is_still_a_majority():
    source = STORY + "The contract went to Quarrington on Tuesday. " + SLIPPED
    rewritten = STORY + "Quarrinton may bid again, officials told reporters."
    findings = check(source, rewritten, STORY + "Ferries will run again from Thursday.")
    assert [(f.primary.text, f.suggestion) for f in findings] == [("Quarrington", "write 'Quarrinton'")]


def test_a_copy_repeating_the_right_form_keeps_the_suggestion():
    right = "Shares in Quarrington rose after Quarrington won the contract. "
    source = STORY + right + "The deal went to Quarrinton, the council said."
    findings = check(source, STORY + right, STORY + "Ferries will run again from Thursday.")
    assert [(f.primary.text, f.suggestion) for f in findings] == [("Quarrinton", "write 'Quarrington'")]
