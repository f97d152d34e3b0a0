"""QC201 quote-wording and QC202 quote-speaker on hand-built extractions (and their own
examples with the real extractors)."""

from __future__ import annotations

import pytest

from quotecli.check.registry import find_rule
from quotecli.records import Quote
from rule_helpers import doc, extraction, example_findings, findings, person, quote, span

LONG = "We must apologize to the families of the victims of this terrible crash"


def _pair(text_a: str, text_b: str, speaker_a: str = "Mary Smith", speaker_b: str = "Mary Smith",
          kind_b: str = "full"):
    a = doc(f"“{text_a},” {speaker_a} said on Monday.", "a.txt")
    b = doc(f"“{text_b},” {speaker_b} said.", "b.txt")
    return (extraction(a, quotes=[quote(a, text_a, speaker_a)], people=[person(a, speaker_a)]),
            extraction(b, quotes=[quote(b, text_b, speaker_b, kind=kind_b)], people=[person(b, speaker_b)]))


def test_changed_word_is_reported_with_a_diff():
    result = findings("QC201", *_pair(LONG, LONG.replace("must", "should")))
    assert len(result) == 1
    assert "[-must-] {+should+}" in result[0].message or "[-should-] {+must+}" in result[0].message
    assert {loc.doc for loc in result[0].locations} == {"a.txt", "b.txt"}


def test_dropped_word_is_reported():
    result = findings("QC201", *_pair(LONG, LONG.replace(" terrible", "")))
    assert len(result) == 1 and "terrible" in result[0].message


def test_folding_differences_are_not_reported():
    other = "we MUST apologize to the families… of the victims of this ‘terrible’ crash!"
    assert findings("QC201", *_pair(LONG, other)) == []


def test_truncated_partial_quote_is_not_reported():
    part = "apologize to the families of the victims"
    assert findings("QC201", *_pair(LONG, part, kind_b="partial")) == []


def test_cut_shown_by_an_ellipsis_is_not_reported():
    cut = "We must apologize to the families ... of this terrible crash"
    assert findings("QC201", *_pair(LONG, cut)) == []


def test_different_sentences_sharing_a_phrase_are_not_reported():
    other = "Nobody will apologize to the families of the victims until the inquiry ends next spring"
    assert findings("QC201", *_pair(LONG, other)) == []


def test_inside_one_article():
    text = f"“{LONG},” Mary Smith said. Later she repeated: “{LONG.replace('crash', 'accident')}.”"
    a = doc(text)
    quotes = [quote(a, LONG, "Mary Smith"), quote(a, LONG.replace("crash", "accident"), "Mary Smith")]
    result = findings("QC201", extraction(a, quotes=quotes, people=[person(a, "Mary Smith")]))
    assert len(result) == 1 and "accident" in result[0].message


def test_other_speaker_is_a_warning_naming_neither_when_each_has_one_occurrence():
    result = findings("QC202", *_pair(LONG, LONG, "Mary Smith", "John Jones"))
    assert len(result) == 1 and (result[0].severity, result[0].confidence) == ("warning", "medium")
    assert result[0].suggestion == "check who said it"
    texts = {loc.text for loc in result[0].locations}
    assert {"Mary Smith", "John Jones"} <= texts


def test_other_speaker_against_a_majority_is_an_error_naming_it():
    a, b = _pair(LONG, LONG, "Mary Smith", "John Jones")
    c = doc(f"“{LONG},” John Jones said again.", "c.txt")
    third = extraction(c, quotes=[quote(c, LONG, "John Jones")], people=[person(c, "John Jones")])
    result = findings("QC202", a, b, third)
    assert [(f.severity, f.suggestion, f.primary.doc) for f in result] == [("error", "John Jones", "a.txt")]


def test_short_form_of_the_same_name_is_not_another_speaker():
    assert findings("QC202", *_pair(LONG, LONG, "Mary Smith", "Smith")) == []


def test_nominal_or_missing_speaker_is_not_another_speaker():
    a = doc(f"“{LONG},” Mary Smith said.", "a.txt")
    b = doc(f"“{LONG},” the newspaper said.", "b.txt")
    result = findings("QC202",
                      extraction(a, quotes=[quote(a, LONG, "Mary Smith")], people=[person(a, "Mary Smith")]),
                      extraction(b, quotes=[quote(b, LONG, "the newspaper")]))
    assert result == []


def test_spellings_of_one_word_are_not_reported():
    base = "We are going to realise the plan for the neighbourhood and the Internet Explorer team"
    other = "We are gonna realize the plan for the neighborhood & the IE team"
    assert findings("QC201", *_pair(base, other)) == []


def test_writers_bracketed_words_are_not_reported():
    base = "The police have a hard time because there is a lot of crime here"
    other = "[The officers] have a hard time because there is a lot of crime here"
    assert findings("QC201", *_pair(base, other)) == []


def test_two_people_with_a_few_different_words_are_not_one_quotation():
    other = "We must apologize to the many families of the dead victims of this awful crash"
    assert findings("QC201", *_pair(LONG, other, "Mary Smith", "John Jones")) == []


def test_speaker_reached_through_a_pronoun_is_not_another_speaker():
    a = doc(f"John Jones spoke. “{LONG},” he said.", "a.txt")
    b = doc(f"“{LONG},” Mary Smith said.", "b.txt")
    qa = quote(a, LONG, "John Jones", mention="he")
    result = findings("QC202", extraction(a, quotes=[qa], people=[person(a, "John Jones")]),
                      extraction(b, quotes=[quote(b, LONG, "Mary Smith")], people=[person(b, "Mary Smith")]))
    assert result == []


def test_joint_statement_is_not_another_speaker():
    a = doc(f"“{LONG},” Mary Smith and John Jones said in a statement.", "a.txt")
    b = doc(f"“{LONG},” John Jones said.", "b.txt")
    result = findings("QC202",
                      extraction(a, quotes=[quote(a, LONG, "Mary Smith")], people=[person(a, "Mary Smith")]),
                      extraction(b, quotes=[quote(b, LONG, "John Jones")], people=[person(b, "John Jones")]))
    assert result == []


def test_misspelt_surname_is_the_same_speaker():
    assert findings("QC202", *_pair(LONG, LONG, "Hugh Hefner", "Hugh Heffner")) == []


def test_function_words_only_is_info():
    result = findings("QC201", *_pair(LONG, LONG.replace("this terrible", "that terrible")))
    assert len(result) == 1 and result[0].severity == "info"


def test_times_and_domains_written_two_ways_are_not_reported():
    base = "We will post the new rules on example.com at 6:00 p.m. for every driver in town"
    other = "We will post the new rules on example at 6 p.m. for every driver in town"
    assert findings("QC201", *_pair(base, other)) == []


def test_surname_in_one_word_or_two_is_the_same_speaker():
    assert findings("QC202", *_pair(LONG, LONG, "Vincent DelGiudice", "Vincent Del Giudice")) == []


@pytest.mark.parametrize("rule_id", ["QC201", "QC202"])
def test_example_bad_is_reported_and_example_good_is_not(rule_id):
    rule = find_rule(rule_id)
    assert len(example_findings(rule_id, rule.example_bad)) == 1
    assert example_findings(rule_id, rule.example_good) == []


def _speakers(speaker_b: str, people_b: list[str], prefix_b: str = ""):
    """One quotation said by Mary Smith in a.txt and given to ``speaker_b`` in b.txt,
    whose people records are ``people_b``."""
    a = doc(f"“{LONG},” Mary Smith said.", "a.txt")
    b = doc(f"{prefix_b}“{LONG},” {speaker_b} said. {' '.join(people_b)} spoke.", "b.txt")
    return (extraction(a, quotes=[quote(a, LONG, "Mary Smith")], people=[person(a, "Mary Smith")]),
            extraction(b, quotes=[quote(b, LONG, speaker_b)], people=[person(b, p) for p in people_b]))


def test_place_before_the_cue_is_not_another_speaker():
    # "Portsmouth said": the extractor took a place for a speaker; the article's people
    # do not include it and the article uses it as a place
    result = findings("QC202", *_speakers("Portsmouth", ["Tom Hale"], "Ferries in Portsmouth stopped. "))
    assert result == []


def test_surname_the_extraction_missed_is_still_a_person():
    assert len(findings("QC202", *_speakers("Hale", ["Ann Dube"]))) == 1


def test_organisation_is_not_another_speaker():
    assert findings("QC202", *_speakers("Harbour Council", ["Harbour Council"])) == []


def test_name_written_after_the_is_a_body_not_a_person():
    result = findings("QC202", *_speakers("Appeal Judges", ["Appeal Judges"], "Then the Appeal Judges ruled. "))
    assert result == []


def test_person_of_the_article_is_another_speaker():
    result = findings("QC202", *_speakers("Tom Hale", ["Tom Hale"]))
    assert len(result) == 1 and {"Mary Smith", "Tom Hale"} <= {loc.text for loc in result[0].locations}


def test_phrase_left_out_without_a_mark_is_info():
    base = "We want to have at least one swing bowler in the match because the pitch is green"
    result = findings("QC201", *_pair(base, base.replace(" in the match", "")))
    assert len(result) == 1 and result[0].severity == "info"


def test_left_out_negation_or_changed_word_stays_a_warning():
    base = "We will not raise the taxes on working families in this city next year"
    result = findings("QC201", *_pair(base, base.replace(" not", "")))
    assert len(result) == 1 and result[0].severity == "warning"
    result = findings("QC201", *_pair(base, base.replace("not raise the", "raise")))
    assert len(result) == 1 and result[0].severity == "warning"
    result = findings("QC201", *_pair(base, base.replace("taxes", "fees")))
    assert len(result) == 1 and result[0].severity == "warning"


def test_changed_word_in_a_quotation_with_few_content_words():
    base = "We will not raise the taxes on working families in this city next year"
    result = findings("QC201", *_pair(base, base.replace("working families", "poor families")))
    assert len(result) == 1 and "poor" in result[0].message


def test_speaker_starting_with_the_is_a_body():
    result = findings("QC202", *_speakers("The Appeal Judges", ["Appeal Judges"]))
    assert result == []


def test_phrase_and_a_function_word_left_out_are_info():
    tail = " because I know he is both a huge fan of the show and a really nice guy"
    base = "I just want to wish my successor all the best and just say good luck to him" + tail
    other = "I wish my successor all the best and say good luck to him" + tail
    result = findings("QC201", *_pair(base, other))
    assert len(result) == 1 and result[0].severity == "info"


def test_masked_word_is_the_word():
    base = "I am not going to pay for that damned wall on our border with the money of our people"
    masked = base.replace("damned", "d***ed")
    assert findings("QC201", *_pair(base, masked)) == []
    other = base.replace("damned", "w***ed")
    assert len(findings("QC201", *_pair(base, other))) == 1


def test_partial_quote_inside_the_article_of_its_full_statement():
    text = (f"Mary Smith thinks the council “{LONG}”, her office said. Later: “{LONG},” "
            "spokesman Tom Hale said.")
    a = doc(text)
    q1 = Quote(*span(a, LONG, 0), LONG, kind="partial", speaker="Mary Smith", speaker_mention="Mary Smith",
               speaker_start=0, speaker_end=10)
    start = text.index("Tom Hale")
    q2 = Quote(*span(a, LONG, 1), LONG, kind="full", speaker="Tom Hale", speaker_mention="Tom Hale",
               speaker_start=start, speaker_end=start + 8)
    result = findings("QC202", extraction(a, quotes=[q1, q2], people=[person(a, "Mary Smith"), person(a, "Tom Hale")]))
    assert result == []
    q1 = Quote(q1.start, q1.end, LONG, kind="full", speaker="Mary Smith", speaker_mention="Mary Smith",
               speaker_start=0, speaker_end=10)
    result = findings("QC202", extraction(a, quotes=[q1, q2], people=[person(a, "Mary Smith"), person(a, "Tom Hale")]))
    assert len(result) == 1


def test_speaker_in_another_sentence_is_not_another_speaker():
    a = doc(f"“{LONG},” Mary Smith said.", "a.txt")
    b = doc(f"“I felt better,” said Tom Hale. “{LONG}.”", "b.txt")
    qb = quote(b, LONG, "Tom Hale")
    result = findings("QC202", extraction(a, quotes=[quote(a, LONG, "Mary Smith")], people=[person(a, "Mary Smith")]),
                      extraction(b, quotes=[qb], people=[person(b, "Tom Hale")]))
    assert len(result) == 1 and result[0].severity == "info"   # reached across sentences: check it


def test_two_word_name_the_extraction_missed_is_not_a_person():
    assert findings("QC202", *_speakers("Geological Survey", ["Ann Dube"])) == []


def test_speaker_after_the_closing_mark_with_the_cue_counts():
    a = doc(f"“{LONG},” Mary Smith said.", "a.txt")
    b = doc(f"“{LONG}.” Hale said on Monday.", "b.txt")
    qb = Quote(*span(b, LONG), LONG, kind="full", speaker="Hale", speaker_mention="Hale",
               speaker_start=b.text.index("Hale"), speaker_end=b.text.index("Hale") + 4, cue="said")
    result = findings("QC202", extraction(a, quotes=[quote(a, LONG, "Mary Smith")], people=[person(a, "Mary Smith")]),
                      extraction(b, quotes=[qb]))
    assert len(result) == 1


def test_full_name_the_extraction_missed_is_a_person_with_a_given_name():
    assert len(findings("QC202", *_speakers("Jack Lew", ["Ann Dube"]))) == 1


def test_speaker_introducing_the_quote_in_the_sentence_before_is_info():
    a = doc(f"“{LONG},” Mary Smith said.", "a.txt")
    b = doc(f"Tom Hale hailed the reversal on Monday. “{LONG}.”", "b.txt")
    qb = quote(b, LONG, "Tom Hale")
    result = findings("QC202", extraction(a, quotes=[quote(a, LONG, "Mary Smith")], people=[person(a, "Mary Smith")]),
                      extraction(b, quotes=[qb], people=[person(b, "Tom Hale")]))
    assert len(result) == 1 and result[0].severity == "info"   # not in the quote's own sentence


def test_slogan_quoted_by_two_people_is_info():
    slogan = "Our town is working so do not let the others wreck it now"
    a = doc(f"Mary Smith said the party's slogan would be “{slogan}.”", "a.txt")
    b = doc(f"But the campaign spokesman Tom Hale responded: “{slogan}.”", "b.txt")
    result = findings("QC202", extraction(a, quotes=[quote(a, slogan, "Mary Smith")], people=[person(a, "Mary Smith")]),
                      extraction(b, quotes=[quote(b, slogan, "Tom Hale")], people=[person(b, "Tom Hale")]))
    assert len(result) == 1 and result[0].severity == "info" and "slogan" in result[0].message


CHANT = "Close the yard and give us back our jobs before the summer ends"


def _chanted(verb_a: str, verb_b: str):
    """One crowd's words in two articles, the second with "jobs" changed, each introduced by a verb."""
    other = CHANT.replace("our jobs", "our homes")
    a = doc(f"Hundreds of dockers {verb_a} “{CHANT}” as they marched to the harbour on Monday.", "a.txt")
    b = doc(f"The marchers {verb_b} “{other}” outside the town hall.", "b.txt")
    return extraction(a, quotes=[quote(a, CHANT)]), extraction(b, quotes=[quote(b, other)])


def test_chant_worded_two_ways_is_info():
    # a crowd's chant, heard on two nights of one protest, reported in two wordings: no misquote
    result = findings("QC201", *_chanted("chanted", "were chanting"))
    assert len(result) == 1 and result[0].severity == "info" and result[0].confidence == "low"
    assert "chant" in result[0].message and "chant" in result[0].confidence_reason


def test_one_side_named_a_chant_is_enough():
    result = findings("QC201", *_chanted("chanted", "shouted"))
    assert len(result) == 1 and result[0].severity == "info"


def test_statement_worded_two_ways_without_a_chant_stays_a_warning():
    result = findings("QC201", *_chanted("shouted", "shouted"))
    assert len(result) == 1 and result[0].severity == "warning" and "chant" not in result[0].message


def test_spokesman_for_a_person_is_not_that_person():
    # real extractors: "a spokesman for Jones" speaks for Jones (was: "attributed to Jones", an error)
    a = "a.txt: Senator Mary Smith spoke in Ohio. “We will not raise taxes on working families,” Mary Smith said."
    b = ("b.txt: Mayor Jones spoke on Monday. "
         "“We will not raise taxes on working families,” a spokesman for Jones said.")
    assert example_findings("QC202", a + "\n" + b) == []


def test_contraction_with_s_is_the_word_and_is():
    base = "Our town is working so do not let the others wreck the plan again"
    other = "Our town's working so do not let the others wreck the plan again"
    assert findings("QC201", *_pair(base.replace("town is", "Britain is"), other.replace("town's", "Britain's"))) == []


def test_british_and_american_spelling_of_a_noun_is_not_reported():
    assert findings("QC201", *_pair("We are kicking the tyres of pretty much every school in our town",
                                    "We are kicking the tires of pretty much every school in our town")) == []
    assert findings("QC201", *_pair("We are looking at pretty much every programme in our town today",
                                    "We are looking at pretty much every program in our town today")) == []


def test_name_transliterated_differently_is_info():
    result = findings("QC201", *_pair("He thinks that the Libyan strongman Muammar al Qaddafi is going to fall from power "
                                      "within weeks, and so do we",
                                      "He thinks that the Libyan strongman Moammar Gadhafi is going to fall from power "
                                      "within weeks, and so do we"))
    assert len(result) == 1 and result[0].severity == "info"


def test_other_name_in_a_quotation_stays_a_warning():
    result = findings("QC201", *_pair("He thinks that the Libyan strongman Muammar Qaddafi is going to fall from power "
                                      "within weeks, and so do we",
                                      "He thinks that the Libyan strongman Bashar Assad is going to fall from power "
                                      "within weeks, and so do we"))
    assert len(result) == 1 and result[0].severity == "warning"


def test_a_noun_in_the_other_number_is_info():
    base = "Your actions in the past are incompatible with your duty as chairman of this panel"
    result = findings("QC201", *_pair(base, base.replace("duty", "duties")))
    assert len(result) == 1 and result[0].severity == "info"


def test_a_verb_in_another_tense_stays_a_warning():
    base = "Your actions in the past show you are unfit for your duty as chairman of this panel"
    result = findings("QC201", *_pair(base, base.replace("show", "showed")))
    assert len(result) == 1 and result[0].severity == "warning"
    result = findings("QC201", *_pair(base, base.replace("duty", "dusty")))
    assert len(result) == 1 and result[0].severity == "warning"


def test_names_filled_in_for_whom_the_speaker_meant_are_info():
    base = "There should be no private meeting between this president and Putin before the summit"
    filled = "There should be no private meeting between President Trump and Vladimir Putin before the summit"
    result = findings("QC201", *_pair(base, filled))
    assert len(result) == 1 and result[0].severity == "info"


def test_a_name_for_another_name_or_a_dropped_word_beside_a_name_stays_a_warning():
    base = "There should be no private meeting between President Trump and Putin before the summit"
    result = findings("QC201", *_pair(base, base.replace("Trump", "Obama")))
    assert len(result) == 1 and result[0].severity == "warning"
    result = findings("QC201", *_pair(base, base.replace("private meeting between President Trump",
                                                          "meeting between President Donald Trump")))
    assert len(result) == 1 and result[0].severity == "warning"


def test_british_and_american_spellings_of_verbs_and_plurals_are_not_reported():
    base = "We travelled to every town in the county because the judgement of the voters matters to us"
    assert findings("QC201", *_pair(base, base.replace("travelled", "traveled").replace("judgement", "judgment"))) == []
    base = "The aid organisations analysed every report from the relief centres in the north last winter"
    other = base.replace("organisations", "organizations").replace("analysed", "analyzed").replace("centres", "centers")
    assert findings("QC201", *_pair(base, other)) == []


def test_a_doubled_letter_that_makes_another_word_stays_a_finding():
    base = "The clerk filled every form in the office before the inspectors came back on Monday"
    result = findings("QC201", *_pair(base, base.replace("filled", "filed")))
    assert len(result) == 1 and result[0].severity == "warning"


def test_per_cent_percent_and_the_sign_quote_alike():
    base = "Unemployment in the region fell by 10 percent last year and will fall again this year"
    assert findings("QC201", *_pair(base, base.replace("10 percent", "10 per cent"))) == []
    assert findings("QC201", *_pair(base.replace("10 percent", "10%"), base.replace("10 percent", "10 per cent"))) == []
    result = findings("QC201", *_pair(base, base.replace("10 percent", "10 per person")))
    assert len(result) == 1


def _headline_pair(first_line: str, text_a: str):
    a = doc(f"{first_line}\n\nThe mayor spoke at the town hall on Monday.", "a.txt")
    b = doc(f"“{LONG},” Mary Smith said.", "b.txt")
    return (extraction(a, quotes=[quote(a, text_a, "Mary Smith")], people=[]),
            extraction(b, quotes=[quote(b, LONG, "Mary Smith")], people=[person(b, "Mary Smith")]))


def test_a_quotation_reworded_in_a_headline_is_info():
    short = LONG.replace("victims", "casualties")
    result = findings("QC201", *_headline_pair(f"Mayor Smith: “{short}”", short))
    assert len(result) == 1 and result[0].severity == "info"


def test_a_quotation_reworded_in_a_first_sentence_stays_a_warning():
    short = LONG.replace("victims", "casualties")
    result = findings("QC201", *_headline_pair(f"“{short},” Mary Smith said at the town hall.", short))
    assert len(result) == 1 and result[0].severity == "warning"


def test_a_capital_opening_a_sentence_or_written_lower_case_elsewhere_is_no_name():
    """"… the moon. The Moon is not the goal" against "… the moon. That is not the goal": a
    rewording, not a name filled in; nor is a word whose capital is its sentence's."""
    moon = "We are not here to serve the moon. The Moon is not the goal, people are the goal"
    result = findings("QC201", *_pair(moon, moon.replace("The Moon", "That")))
    assert len(result) == 1 and result[0].severity == "warning"
    bridge = "We will build the new bridge for the whole town. Harbour workers will start on it in May"
    result = findings("QC201", *_pair(bridge, bridge.replace("Harbour workers", "Workers")))
    assert len(result) == 1 and result[0].severity == "warning"
    # a name put in mid-sentence, capitalised in both wordings, is still filled in (info)
    filled = "We will build the new bridge for the whole town with Harbour Works from May"
    result = findings("QC201", *_pair(filled.replace("Harbour Works", "them"), filled))
    assert len(result) == 1 and result[0].severity == "info"
