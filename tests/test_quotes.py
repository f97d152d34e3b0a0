"""Quotation marks, segments and kinds, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.people import extract_people
from quotecli.extract.quotes import extract_quotes


def quotes(text: str, kinds=("full", "partial", "scare", "title")):
    document = Document(id="t", text=text)
    found = extract_quotes(document, extract_people(document))
    for q in found:
        assert text[q.start:q.end] == q.text
    return [q for q in found if q.kind in kinds]


def texts(text: str, **kw) -> list[str]:
    return [q.text for q in quotes(text, **kw)]


# --- marks --------------------------------------------------------------------------

def test_curly_marks():
    assert texts("“We will build the bridge,” Mayor Ann Holt said.") == ["We will build the bridge,"]


def test_straight_marks():
    assert texts('"We will build the bridge," Mayor Ann Holt said.') == ["We will build the bridge,"]


def test_doubled_apostrophes():
    assert texts("''We will build the bridge,'' Mayor Ann Holt said.") == ["We will build the bridge,"]


def test_single_apostrophe_is_not_a_mark():
    assert texts("The mayor's plan and the builders' union met on Monday.") == []


def test_guillemets_and_low_high_marks():
    assert texts("«Nous gagnerons», a dit Pierre Lenoir.") == ["Nous gagnerons"]
    assert texts("„Wir schaffen das“, sagte Greta Vogel.") == ["Wir schaffen das"]


def test_nested_single_quotes_stay_inside():
    found = texts("“He told me ‘never again’ and left,” Tom Reyes said.")
    assert found == ["He told me ‘never again’ and left,"]


def test_nested_double_quotes_stay_inside():
    found = texts("“The sign said “closed” all week,” Tom Reyes said.")
    assert found == ["The sign said “closed” all week,"]


def test_quote_across_a_line_break():
    text = "The council met.\n\n“We will build the bridge\nbefore winter,” Mayor Ann Holt said."
    assert texts(text) == ["We will build the bridge\nbefore winter,"]


def test_line_per_paragraph_text_ends_an_open_quote_at_the_line():
    text = "“We will build the bridge\nThe council met on Monday."
    assert texts(text) == ["We will build the bridge"]


def test_inch_marks_are_not_quotes():
    assert texts("The guard, who stands 6’2” tall, waved. A 12\" pipe burst.") == []


def test_inch_mark_negative_quote_ending_in_a_digit_still_closes():
    assert texts("“We won in 2016,” Tom Reyes said.") == ["We won in 2016,"]


def test_multi_paragraph_quotation_gives_one_record_per_paragraph():
    text = ("“The first part of the answer is long,” Ana Ruiz said. “It goes on\n\n"
            "“and it ends here in the second paragraph.”\n\nThe meeting ended.")
    found = quotes(text)
    assert [q.text for q in found] == ["The first part of the answer is long,", "It goes on",
                                       "and it ends here in the second paragraph."]
    assert {q.speaker for q in found} == {"Ana Ruiz"}


def test_unclosed_quote_without_continuation_ends_with_its_paragraph():
    found = texts("“We never close the gates, Tom Reyes said.\n\nThe gates closed anyway.")
    assert found == ["We never close the gates, Tom Reyes said."]


def test_typed_closer_used_as_opener():
    assert texts("He says,” there are many people who never get heard.”") == [
        "there are many people who never get heard."]


@pytest.mark.parametrize("text", ["", "   ", "“", "”", "\"", "''", "“”", "“ ” “", "a”b“c\"d''e", "\n\n“\n\n”\n\n"])
def test_stray_marks_never_crash(text):
    assert isinstance(quotes(text), list)


# --- kinds --------------------------------------------------------------------------

def kind_of(text: str, quoted: str) -> str:
    return next(q.kind for q in quotes(text, kinds=("full", "partial", "scare", "title", "indirect"))
                if q.text == quoted)


def test_kind_full():
    assert kind_of("Tom Reyes said, “The harbour will reopen in May.”",
                   "The harbour will reopen in May.") == "full"


def test_kind_full_negative_fragment_is_partial():
    assert kind_of("Tom Reyes called the delay “a betrayal of the town” on Monday.",
                   "a betrayal of the town") == "partial"


def test_kind_partial():
    assert kind_of("Tom Reyes says the council is “hiding the real cost” from voters.",
                   "hiding the real cost") == "partial"


def test_kind_partial_negative_standalone_sentence():
    assert kind_of("“The council is hiding the real cost from voters,” Tom Reyes says.",
                   "The council is hiding the real cost from voters,") == "full"


def test_kind_scare():
    assert kind_of("The new tower has become a “landmark” for tourists.", "landmark") == "scare"


def test_kind_scare_negative_with_a_speaker():
    assert kind_of("Tom Reyes said the tower was a “landmark” for tourists.", "landmark") == "partial"


def test_kind_scare_has_no_speaker():
    found = quotes("The new tower has become a “landmark” for tourists.")
    assert found[0].speaker is None


def test_kind_title_after_a_work_noun():
    assert kind_of("Ana Ruiz wrote a memoir called “Salt and Stone,” which sold well.",
                   "Salt and Stone,") == "title"


def test_kind_title_of_a_show():
    assert kind_of("Tom Reyes appeared on “Morning Harbour Live” last week.", "Morning Harbour Live") == "title"


def test_kind_title_negative_plain_quote_after_on():
    assert kind_of("Tom Reyes insisted on “doing the work properly” before the vote.",
                   "doing the work properly") == "partial"


def test_kind_so_called_name_is_scare():
    assert kind_of("The bill created a fund called “Bridge Forward” for repairs.", "Bridge Forward") == "scare"


def test_kind_indirect_with_that():
    found = quotes("Ana Ruiz said that the harbour would reopen in the spring.", kinds=("indirect",))
    assert [q.text for q in found] == ["the harbour would reopen in the spring"]
    assert found[0].speaker == "Ana Ruiz" and found[0].cue == "said"


def test_kind_indirect_without_that():
    found = quotes("Ana Ruiz announced she would run for mayor next year.", kinds=("indirect",))
    assert [q.text for q in found] == ["she would run for mayor next year"]


def test_kind_indirect_negative_no_clear_subject():
    assert quotes("The figures said little about the harbour and its future.", kinds=("indirect",)) == []


def test_kind_indirect_negative_no_reported_clause():
    assert quotes("Ana Ruiz said goodbye to the crew on Monday.", kinds=("indirect",)) == []


def test_kind_indirect_negative_inside_a_quoted_sentence():
    assert quotes("“Ana Ruiz said that the harbour would reopen,” Tom Reyes said.", kinds=("indirect",)) == []


def test_markup_attribute_values_are_not_quotes():
    assert texts('<tweet author="@harbourwatch" date="2024-05-01">The harbour reopened.</tweet>') == []


def test_markup_negative_equals_in_prose_still_quotes():
    assert texts("Tom Reyes said, “Two plus two = four, always.”") == ["Two plus two = four, always."]


def test_nickname_inside_a_name_is_scare():
    assert kind_of("State Rep. Thomas “Tommy” Reyes spoke first.", "Tommy") == "scare"


def test_nickname_negative_quoted_word_after_a_name_and_verb():
    assert kind_of("Tom Reyes called the plan “Reckless” on Monday.", "Reckless") == "partial"


def test_kind_indirect_negative_object_not_clause():
    assert quotes("Ana Ruiz announced the winners of the harbour prize on Friday.", kinds=("indirect",)) == []


def test_kind_title_two_words_after_a_work_noun():
    assert kind_of("She starred in the 2019 film hit “Salt and Stone” last year.", "Salt and Stone") == "title"


def test_title_before_a_role_noun_at_the_start_of_a_paragraph():
    assert kind_of("Intro.\n\n“Harbor Lights” star Ana Ruiz said the season was long.", "Harbor Lights") == "title"


def test_title_after_a_work_noun_and_of_or_with():
    assert kind_of("Tom Reyes, the author of “Salt and Stone,” spoke first.", "Salt and Stone,") == "title"
    assert kind_of("Ana Ruiz said in an interview with “Morning Harbor Live” that she would run.",
                   "Morning Harbor Live") == "title"
    assert kind_of("Tom Reyes, the author of the plan, called it “a long road to nowhere.”",
                   "a long road to nowhere.") == "partial"


def test_title_case_allows_with_and_from():
    assert kind_of("Ana Ruiz said on the station’s “This Week with Tom Reyes” that she would run.",
                   "This Week with Tom Reyes") == "title"
    assert kind_of("Tom Reyes, a co-author of “Letters from the Harbor Wall,” spoke first.",
                   "Letters from the Harbor Wall,") == "title"


def test_headline_or_work_followed_by_its_byline_is_a_title():
    assert kind_of("HARBOR BEAT—“The ferry will stop at the end of May,” by the Courier’s Ana Ruiz: “The ferry …”",
                   "The ferry will stop at the end of May,") == "title"
    assert kind_of("One of his reads, “A Kind of Harbor,” by Tom Reyes, drove the point home.",
                   "A Kind of Harbor,") == "title"
    assert kind_of("She said the port was “badly run” by Tom Reyes for years.", "badly run") == "partial"


def test_more_work_nouns_announce_titles():
    assert kind_of("The network is axing its revival of “The Harbor Folk,” the Courier said.",
                   "The Harbor Folk,") == "title"
    assert kind_of("Ana Ruiz replaced him on the station’s “Sunday Night Harbor” broadcasts.",
                   "Sunday Night Harbor") == "title"


def test_speaker_with_two_initials_after_a_team_and_role():
    """"A.J." is two initials, not the article "A": the name after the role is the speaker,
    not the team before it."""
    text = ("The Portland Herons lost again on Sunday. “We will not rush this,” Herons general "
            "manager A.J. Wexley said. Wexley left before the press conference ended.")
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == [("We will not rush this,", "A.J. Wexley")]


def test_compact_initials_of_a_country_are_no_person():
    document = Document(id="t", text="The U.S. Fish and Wildlife Service said the owls were safe.")
    assert [p.text for p in extract_people(document)] == []


def test_speaker_with_undotted_initials_after_a_team_and_role():
    """"AJ" written without full stops is a given name too: the speaker is the person after
    the role, not the team the article named in full earlier."""
    text = ("The Portland Herons lost again on Sunday. “We will not rush this,” Herons general "
            "manager AJ Wexley said. Wexley left before the press conference ended.")
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == [("We will not rush this,", "AJ Wexley")]


@pytest.mark.parametrize("text, speaker", [
    ("“It was a poor game,” said Herons chairman Doug Pellow.", "Doug Pellow"),
    ("“It was a poor game,” said Herons general manager Tamsin Rooke after the match.", "Tamsin Rooke"),
    ("“We stand by the report,” said Marlow Bank chief Ilse Varga.", "Ilse Varga"),
])
def test_speaker_after_the_cue_is_the_name_after_an_organisation_and_role(text, speaker):
    """A team or organisation written before a role is the holder's affiliation: the name
    after the role speaks, not the organisation."""
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_speaker_after_the_cue_stops_at_an_ordinary_lower_case_word():
    """Only role words join an organisation to a name: "said Ana Ruiz yesterday" ends at the name."""
    assert [q.speaker for q in quotes("“No,” said Ana Ruiz yesterday in Lima.")] == ["Ana Ruiz"]
