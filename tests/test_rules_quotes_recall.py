"""QC201/QC202 on real kinds of disagreement the first rules missed (issue 9): long
statements restated with a few words changed, clauses left out unmarked, words swapped,
modals and words of degree changed, a person dropped from a list, and speakers written
after role words. Hand-built extractions of sentences written for these tests."""

from __future__ import annotations

from rule_helpers import doc, example_findings, extraction, findings, person, quote


def _pair(text_a: str, text_b: str, speaker_a: str = "Mary Smith", speaker_b: str = "Mary Smith",
          mention_b=None):
    a = doc(f"“{text_a},” {speaker_a} said on Monday.", "a.txt")
    b = doc(f"“{text_b},” {mention_b or speaker_b} said.", "b.txt")
    return (extraction(a, quotes=[quote(a, text_a, speaker_a)], people=[person(a, speaker_a)]),
            extraction(b, quotes=[quote(b, text_b, speaker_b, mention=mention_b)], people=[]))


LONG = "I told the council we would look at every option and then we would decide together what the town can afford"


def test_long_statement_restated_with_three_changed_stretches_is_one_quotation():
    other = ("I told the council we would look at each and every option before we sit down to decide "
             "together what the town can afford")   # 18 words shared, 7 changed: agreement 0.72
    result = findings("QC201", *_pair(LONG, other))
    assert len(result) == 1 and result[0].severity == "warning"


def test_short_statements_sharing_a_phrase_stay_apart():
    # few shared words: the lower agreement is only for long restatements
    other = "we would look at every option for the school buses next spring, she wrote"
    assert findings("QC201", *_pair(LONG, other)) == []


def test_clause_left_out_without_a_mark_is_found():
    full = "We went much too far with the plan. We made a serious mistake and we are truly sorry for it"
    cut = "We went much too far with the plan and we are truly sorry for it"
    result = findings("QC201", *_pair(full, cut))
    assert len(result) == 1 and result[0].severity == "info"   # trimmed: no word changed


def test_two_words_swapped_are_a_warning():
    a = "the lightest and thinnest laptop computer the company has ever sold"
    b = "the thinnest and lightest laptop computer the company has ever sold"
    result = findings("QC201", *_pair(a, b))
    assert len(result) == 1 and result[0].severity == "warning"


def test_changed_last_word_of_a_short_quotation_met_on_two_content_words():
    a = "We don't like him. We don't want him. We reject his visit"
    b = "We don't like him, we don't want him. We reject his speech"
    result = findings("QC201", *_pair(a, b))
    assert len(result) == 1 and "visit" in result[0].message


def test_changed_modal_or_dropped_word_of_degree_is_a_warning():
    a = "How many of our children will you take from us today, mayor"
    result = findings("QC201", *_pair(a, a.replace("will", "did")))
    assert len(result) == 1 and result[0].severity == "warning"
    b = "We have learned something very important about this city since the flood"
    result = findings("QC201", *_pair(b, b.replace(" very", "")))
    assert len(result) == 1 and result[0].severity == "warning"


def test_changed_auxiliary_stays_info():
    a = "the members who had expressed their concerns about the harbour plan"
    result = findings("QC201", *_pair(a, a.replace("had", "have")))
    assert len(result) == 1 and result[0].severity == "info"


def test_person_left_out_of_a_list_is_a_warning():
    a = "I hope the minister joins Anna Berg, Tomas Lind and the other members of the council"
    b = "I hope the minister joins Anna Berg, and other members of the council"
    result = findings("QC201", *_pair(a, b))
    assert len(result) == 1 and result[0].severity == "warning"


def test_name_completed_beside_its_other_half_stays_info():
    a = "there should be no meeting between this governor and Berg before the vote"
    b = "there should be no meeting between Governor Lind and Anna Berg before the vote"
    result = findings("QC201", *_pair(a, b))
    assert len(result) == 1 and result[0].severity == "info"


STATEMENT = "We are aware of the incident involving our player last night"


def test_role_words_before_the_speaker_are_not_part_of_the_name():
    a = doc(f"“{STATEMENT},” team manager A.J. Smith said.", "a.txt")
    b = doc(f"“{STATEMENT},” club manager A.J. Brown said.", "b.txt")
    result = findings("QC202",
                      extraction(a, quotes=[quote(a, STATEMENT, "team manager A.J. Smith")]),
                      extraction(b, quotes=[quote(b, STATEMENT, "club manager A.J. Brown")]))
    assert len(result) == 1 and result[0].severity == "warning"   # one occurrence each: neither named as right
    assert "A.J. Smith" in result[0].message or "A.J. Brown" in result[0].message


def test_name_written_at_the_quote_beats_an_unrelated_resolved_speaker():
    a = doc(f"“{STATEMENT},” team manager A.J. Smith said.", "a.txt")
    b = doc(f"“{STATEMENT},” club manager AJ Brown said.", "b.txt")
    result = findings("QC202",
                      extraction(a, quotes=[quote(a, STATEMENT, "A.J. Smith", mention="team manager A.J. Smith")]),
                      extraction(b, quotes=[quote(b, STATEMENT, "Harbour Club", mention="club manager AJ Brown")]))
    assert len(result) == 1


def test_spokesman_for_a_full_name_is_not_that_person():
    text = ("a.txt: “We will not raise taxes on working families,” Mary Smith said.\n"
            "b.txt: “We will not raise taxes on working families,” a spokesman for Anna Berg said.")
    assert example_findings("QC202", text) == []


PRAYERS = "Our thoughts and prayers are with the driver who lost his wife in the crash on Sunday"


def _two_articles(text_a: str, text_b: str, speaker_b: str = "Mary Smith", mention_b: str = "she"):
    a = doc(f"“{text_a},” Mary Smith said.", "a.txt")
    b = doc(f"Mary Smith spoke. “{text_b},” {mention_b} said.", "b.txt")
    return (extraction(a, quotes=[quote(a, text_a, "Mary Smith")], people=[person(a, "Mary Smith")]),
            extraction(b, quotes=[quote(b, text_b, speaker_b, mention=mention_b)], people=[person(b, "Mary Smith")]))


def test_one_speakers_paraphrase_in_two_articles_is_info_at_low_confidence():
    other = "Our thoughts and prayers go out to the driver and his wife in the crash on Sunday"
    result = findings("QC201", *_two_articles(PRAYERS, other))
    assert len(result) == 1 and result[0].severity == "info" and result[0].confidence == "low"
    assert "paraphrase" in result[0].confidence_reason


def test_alike_sentences_of_two_speakers_or_of_one_article_are_no_paraphrase():
    other = "Our thoughts and prayers go out to the driver and his wife in the crash on Sunday"
    assert findings("QC201", *_two_articles(PRAYERS, other, speaker_b="Anna Berg", mention_b="Anna Berg")) == []
    text = f"“{PRAYERS},” Mary Smith said. Later she added: “{other}.”"
    a = doc(text)
    quotes = [quote(a, PRAYERS, "Mary Smith"), quote(a, other, "Mary Smith", mention="she")]
    assert findings("QC201", extraction(a, quotes=quotes, people=[person(a, "Mary Smith")])) == []


def test_cut_shown_by_an_ellipsis_beside_a_repeated_word_is_not_reported():
    full = "We will apologize to the families of the victims of this terrible crash in the town"
    cut = "We will apologize to the families ... of this terrible crash in the town"
    assert findings("QC201", *_two_articles(full, cut)) == []


def test_letters_with_full_stops_are_one_word():
    a = "The mayor lied many times to the F.B.I. Nothing happened to him, and nothing will"
    b = "The mayor lied many times to the FBI, and nothing happened to him, and nothing will"
    result = findings("QC201", *_pair(a, b))
    assert len(result) == 1 and result[0].severity == "info"   # only "and" differs
    assert "F B I" not in result[0].message


def test_each_change_a_variant_of_its_own_kind_is_info():
    a = "you do not need to sit in the pew every Sunday to know there is something wrong in this town"
    b = "you do not need to sit in the pews every Sunday to know that there is something wrong in this town"
    result = findings("QC201", *_pair(a, b))
    assert len(result) == 1 and result[0].severity == "info"


def test_a_variant_beside_a_changed_word_stays_a_warning():
    a = "you do not need to sit in the pew every Sunday to know there is something wrong in this town"
    b = "you do not need to sit in the pews every Sunday to feel there is something wrong in this town"
    result = findings("QC201", *_pair(a, b))
    assert len(result) == 1 and result[0].severity == "warning"


def test_a_sentence_opening_with_other_words_is_no_transliteration():
    a = "we are not here to serve the earth. The Earth is not the objective, people are the objective"
    b = "we are not here to serve the earth. That is not the objective, people are the objective"
    result = findings("QC201", *_pair(a, b))
    assert len(result) == 1 and result[0].severity == "warning"


def test_long_statement_reworded_in_many_places_is_info_whoever_is_named():
    a = ("We are all deeply saddened by the sudden death of two of our workers, men who were the "
         "victims of a cruel and senseless act on the night shift at the plant")
    b = ("We are deeply saddened by the sudden death of these two men, our fellow workers, who were "
         "the victims of a senseless act on the night shift at the plant")
    result = findings("QC201", *_pair(a, b, speaker_b="The Company", mention_b="the company"))
    assert len(result) == 1 and result[0].severity == "info" and result[0].confidence == "low"


def test_short_statements_reworded_in_many_places_stay_apart():
    a = "We are all deeply saddened by the death of two of our workers at the plant"
    b = "We are deeply saddened by the death of these two men, our fellow workers"
    assert findings("QC201", *_pair(a, b, speaker_b="The Company", mention_b="the company")) == []


def test_a_clause_with_a_modal_left_out_is_still_trimming():
    full = "We looked at every option for the harbour and we will decide soon what the whole town can afford"
    cut = "We looked at every option for the harbour and what the whole town can afford"
    result = findings("QC201", *_pair(full, cut))
    assert len(result) == 1 and result[0].severity == "info"


def test_one_time_written_on_two_clocks_is_not_reported():
    a = "With deep sadness I must announce that my friend passed away at 6:41pm PST this evening in a hospital"
    b = "With deep sadness I must announce that my friend passed away at 18:41 this evening in a hospital"
    assert findings("QC201", *_pair(a, b)) == []
    other = "With deep sadness I must announce that my friend passed away at 17:41 this evening in a hospital"
    assert len(findings("QC201", *_pair(a, other))) == 1
