"""Round 24 of quote attribution: descriptions as speakers, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.people import extract_people
from quotecli.extract.quotes import extract_quotes


def mentions(text: str) -> list[tuple[str, str | None]]:
    """Each marked quotation's words with the speaker mention as written."""
    document = Document(id="t", text=text)
    found = extract_quotes(document, extract_people(document))
    return [(q.text, q.speaker_mention) for q in found if q.kind != "indirect"]


# --- an -ly noun after a determiner is the speaker's head, not an adverb -------------

@pytest.mark.parametrize("text, speaker", [
    ("The family said: “We are heartbroken by the news.”", "The family"),
    ("Her family said they were “shattered and angry.”", "Her family"),
    ("The assembly said the budget was “simply not enough.”", "The assembly"),
    ("Brennix Holdings' ally said the merger was “a good fit.”", "Brennix Holdings' ally"),
])
def test_ly_noun_after_determiner_is_the_speaker(text, speaker):
    assert [m[1] for m in mentions(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Ana Ruiz reportedly said the plan was “a disaster.”", "Ana Ruiz"),
    ("The minister publicly said: “We will not resign.”", "The minister"),
    ("Officials privately said the deal was “all but dead.”", "Officials"),
])
def test_ly_adverb_before_the_verb_is_still_skipped(text, speaker):
    assert [m[1] for m in mentions(text)] == [speaker]


# --- "a source close to the talks": the source speaks, not the talks -----------------

@pytest.mark.parametrize("text, speaker", [
    ("A source close to the negotiations said: “Nothing is signed yet.”", "A source close to the negotiations"),
    ("People familiar with the plan said it was “nearly finished.”", "People familiar with the plan"),
    ("Officials loyal to the governor said the vote was “rigged.”", "Officials loyal to the governor"),
    ("“Nothing is signed yet,” a source close to Tomas Vella said.", "a source close to Tomas Vella"),
])
def test_tied_description_is_the_speaker(text, speaker):
    assert [m[1] for m in mentions(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("A spokesman for the mayor said: “We will reopen the bridge.”", "A spokesman for the mayor"),
    ("Ana Ruiz, who lives close to the plant, said: “The smell is awful.”", "Ana Ruiz"),
    ("The talks came close to collapse, and Tomas Vella said: “We are far apart.”", "Tomas Vella"),
])
def test_other_prepositions_keep_their_speaker(text, speaker):
    assert [m[1] for m in mentions(text)] == [speaker]


# --- a capitalised possessive opening the sentence starts the description ------------

@pytest.mark.parametrize("text, speaker", [
    ("Their lawyer said the fine was “out of all proportion.”", "Their lawyer"),
    ("His campaign manager said: “We expect to win.”", "His campaign manager"),
])
def test_opening_possessive_starts_the_speaker(text, speaker):
    assert [m[1] for m in mentions(text)] == [speaker]


def test_object_pronoun_after_the_cue_is_not_the_speaker():
    assert mentions("“We are leaving for good,” Ana Ruiz told her family.") == [
        ("We are leaving for good,", "Ana Ruiz")]


# --- a passive cue further from the quotation than a frame never names its subject ---

def test_passive_subject_never_beats_the_nearer_frame():
    assert mentions("The remarks were echoed by union leader Tom Reyes, who called the plan “a lifeline.”") == [
        ("a lifeline.", "who")]


def test_passive_agent_still_speaks_when_no_nearer_frame():
    assert mentions("Ana Ruiz was asked by host Tom Reyes whether the port would “stay open.”") == [
        ("stay open.", "host Tom Reyes")]


# --- a titled name in apposition after a role is the resolved speaker ---------------

def resolved(text: str) -> list[str | None]:
    document = Document(id="t", text=text)
    return [q.speaker for q in extract_quotes(document, extract_people(document)) if q.kind != "indirect"]


@pytest.mark.parametrize("text, name", [
    ("“The bridge will reopen,” a navy spokesman, Capt. Tom Reyes, said.", "Tom Reyes"),
    ("“The bridge will reopen,” the agency’s director, Dr. Lena Okafor, said.", "Lena Okafor"),
    ("“The bridge will reopen,” the council's lawyer, Ana Ruiz, said.", "Ana Ruiz"),
])
def test_titled_name_in_apposition_is_the_speaker(text, name):
    assert resolved(text) == [name]


def test_role_serving_a_named_person_stays_the_role():
    assert resolved("“The bridge will reopen,” a spokesman for Mayor Ana Ruiz said.") == [
        "a spokesman for Mayor Ana Ruiz"]


# --- "The two sides said": the article before a count opens the speaker -------------

@pytest.mark.parametrize("text, speaker", [
    ("The two sides said the talks were “frank and useful.”", "The two sides"),
    ("Her three brothers said she was “the bravest of us.”", "Her three brothers"),
])
def test_article_before_count_opens_the_speaker(text, speaker):
    assert [m[1] for m in mentions(text)] == [speaker]


def test_count_without_article_stays_as_written():
    assert [m[1] for m in mentions("Two witnesses said the car was “going far too fast.”")] == ["Two witnesses"]


# --- after a closing mark: a possessive runs on, an object never inverts -------------

@pytest.mark.parametrize("text, speaker", [
    ("“We are not afraid,” said her lawyer.", "her lawyer"),
    ("“We are not afraid,” added their spokesman, who declined to be named.", "their spokesman"),
])
def test_possessive_after_the_cue_opens_the_speaker(text, speaker):
    assert [m[1] for m in mentions(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Ana Ruiz summed up the plan as “reckless,” denounced her rival's record and left.", "Ana Ruiz"),
    ("Tom Reyes called the vote “a farce,” praised his team and thanked the crowd.", "Tom Reyes"),
])
def test_target_after_a_transitive_cue_is_no_speaker(text, speaker):
    assert [m[1] for m in mentions(text)] == [speaker]


def test_object_pronoun_never_inverts():
    assert mentions("“Stay with us,” urged him the crowd.") == [("Stay with us,", None)]


def test_inverted_name_after_a_say_verb_stays():
    assert mentions("“We will rebuild,” said Ana Ruiz, the mayor.") == [("We will rebuild,", "Ana Ruiz")]


# --- a target cue in the passive: the subject is what the words are about ------------

@pytest.mark.parametrize("text", [
    "Her remarks have been described as “reckless” by the opposition.",
    "The mayor, who was branded “a coward” last week, said she would stay.",
])
def test_subject_of_a_passive_target_cue_is_no_speaker(text):
    assert mentions(text)[0][1] is None


def test_passive_target_cue_with_its_agent_names_the_agent():
    assert mentions("The plan was described by Tom Reyes as “reckless.”") == [("reckless.", "Tom Reyes")]


def test_active_target_cue_keeps_its_subject():
    assert mentions("Tom Reyes described the plan as “reckless.”") == [("reckless.", "Tom Reyes")]
