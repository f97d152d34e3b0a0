"""extract_people and aggregate_people on short sentences written for these tests."""

from __future__ import annotations

import pytest

import quotecli
from quotecli.extract.people import aggregate_people, extract_people
from quotecli.records import Extraction


def people(text: str):
    document = quotecli.from_text(text)
    mentions = extract_people(document)
    for m in mentions:
        assert m.text == document.text[m.start:m.end]
    return mentions


def texts(text: str) -> list[str]:
    return [m.text for m in people(text)]


def named(text: str) -> dict[str, str]:
    return {m.text: m.name for m in people(text)}


@pytest.mark.parametrize("text, name", [
    ("The singer Charles de Gaulle arrived on Tuesday.", "Charles de Gaulle"),
    ("Officials said Jean-Paul Marat had left.", "Jean-Paul Marat"),
    ("Critics said José Ramírez Peña had left.", "José Ramírez Peña"),
    ("The report was written by Walter P. Kowalski for the board.", "Walter P. Kowalski"),
])
def test_full_names_with_particles_hyphens_accents_initials(text, name):
    assert name in texts(text)


def test_titles_are_attributes_not_part_of_the_name():
    (mention,) = people("Yesterday Mexican President Ana Ruiz Vela spoke to reporters.")
    assert mention.text == "Ana Ruiz Vela"
    assert mention.titles == ("Mexican President",)


def test_lower_case_and_hyphenated_titles_before_the_name():
    found = {m.text: m.titles for m in people(
        "The talks were led by foreign secretary Marta Olmos. She met then-President Omar Vidal.")}
    assert found == {"Marta Olmos": ("foreign secretary",), "Omar Vidal": ("then-President",)}


@pytest.mark.parametrize("possessive", ["’s", "'s"])
def test_possessives_stay_outside_the_span(possessive):
    mentions = people(f"Senator Linda Farrow spoke. Farrow{possessive} plan failed.")
    assert [m.text for m in mentions] == ["Linda Farrow", "Farrow"]
    assert mentions[1].name == "Linda Farrow" and mentions[1].form == "surname"


def test_possessive_after_s():
    assert texts("Officials said Hector Reyes was held. Reyes’ release came later.") == ["Hector Reyes", "Reyes"]


@pytest.mark.parametrize("intro", [
    "Ana María Torres Vela, or AMTV as she is commonly known, spoke.",
    "Ana María Torres Vela (AMTV) spoke.",
    "Ana María Torres Vela, or AMTV, spoke.",
])
def test_introduced_acronyms_are_aliases(intro):
    mentions = people(intro + " Later AMTV left.")
    aliases = [m for m in mentions if m.form == "alias"]
    assert [m.text for m in aliases] == ["AMTV", "AMTV"]
    assert {m.name for m in aliases} == {"Ana María Torres Vela"}


def test_an_acronym_never_introduced_is_no_alias():
    assert "NATO" not in texts("Officials said Ana Torres spoke. NATO met on Monday.")


def test_surnames_and_given_names_resolve_to_the_full_name():
    mentions = people("President Diego Luna Ortiz met aides. Luna Ortiz said no. Later Diego left.")
    assert [(m.text, m.form) for m in mentions] == [
        ("Diego Luna Ortiz", "full"), ("Luna Ortiz", "surname"), ("Diego", "given")]
    assert {m.name for m in mentions} == {"Diego Luna Ortiz"}


def test_a_titled_single_word_is_a_person_and_counts_everywhere():
    mentions = people("President Grant spoke. The Grant administration agreed.")
    assert [(m.text, m.name) for m in mentions] == [("Grant", "Grant"), ("Grant", "Grant")]


def test_a_lone_capitalised_word_is_not_a_person():
    assert texts("Ortega won. Sunday was quiet in Tabasco.") == []


@pytest.mark.parametrize("text", [
    "Officials met at the White House on Monday.",
    "The Supreme Court ruled in Mexico City on Friday.",
    "He spoke at the Woodrow Wilson International Center for Scholars.",
    "She flew to Los Angeles and San Antonio.",
    "The Migrant Protection Protocols are known as Remain in Mexico.",
])
def test_places_and_organisations_are_not_people(text):
    assert texts(text) == []


def test_headline_capitals_are_not_names():
    assert texts("How a Summit Signals a Step Forward for Border Talks\n\nTalks went on.") == []


def test_headline_name_counts_when_the_body_names_the_person():
    text = "Nadia Ferro Wins Again\n\nThe mayor, Nadia Ferro, said she was pleased."
    assert texts(text) == ["Nadia Ferro", "Nadia Ferro"]


def test_sentence_openers_are_dropped():
    assert texts("Despite Zeller’s plea, Anton Zeller was held. Though Senator Zeller objected.") == [
        "Zeller", "Anton Zeller", "Zeller"]


def test_ambiguous_surname_goes_to_the_nearest_person():
    mentions = people("Laura Pinto met Marco Pinto. Pinto said it went well.")
    assert mentions[-1].name == "Marco Pinto"


@pytest.mark.parametrize("text", ["", "“", "Mr. ", "’s", "A\u00a0B\u00a0C", "ÉÉÉ ÉÉÉ ÉÉÉ", "Dr. Dr. Dr."])
def test_odd_input_does_not_crash(text):
    people(text)


def test_accented_writing_is_the_display_name():
    text = "Andrés Ortiz spoke.\n\nPresident Andres Ortiz left. Andrés Ortiz waved."
    assert {m.name for m in people(text)} == {"Andrés Ortiz"}


def _extraction(text: str, id: str) -> Extraction:
    document = quotecli.from_text(text, id=id)
    return Extraction(document=document, people=extract_people(document))


def test_aggregate_people_groups_by_folded_name_and_merges_short_forms():
    rows = aggregate_people([
        _extraction("President Lina Sosa spoke. Sosa left.", "a"),
        _extraction("Officials said Lína Sosa had arrived.", "b"),
        _extraction("President Sosa agreed.", "c"),
    ])
    assert len(rows) == 1
    row = rows[0]
    assert (row.name, row.mentions, row.docs) == ("Lína Sosa", 4, ["a", "b", "c"])
    assert set(row.aliases) >= {"Sosa", "Lina Sosa"} and row.titles == ["President"]
    assert row.first[0].id == "a" and row.first[1].text == "Lina Sosa"


def test_aggregate_people_keeps_an_ambiguous_short_form_apart():
    rows = aggregate_people([
        _extraction("Officials said Laura Pinto spoke.", "a"),
        _extraction("Officials said Marco Pinto spoke.", "b"),
        _extraction("Senator Pinto agreed.", "c"),
    ])
    assert sorted(r.name for r in rows) == ["Laura Pinto", "Marco Pinto", "Pinto"]


def test_affiliation_before_a_title_is_part_of_the_title():
    (mention,) = people("The bill passed after House Speaker Nadia Ferro relented.")
    assert (mention.text, mention.titles) == ("Nadia Ferro", ("House Speaker",))


def test_a_name_inside_an_organisation_run_counts_only_when_known():
    assert texts("He works at the Woodrow Wilson International Center.") == []
    text = "Officials said Woodrow Wilson spoke. He founded the Woodrow Wilson International Center."
    assert texts(text) == ["Woodrow Wilson", "Woodrow Wilson"]


def test_headline_name_with_a_known_surname():
    text = "Donald Trump Signs Order\n\nThe order was signed on Monday. Trump said it would help."
    assert texts(text)[0] == "Donald Trump"


def test_a_misspelt_name_is_still_a_mention():
    text = "President Nadia Ferro spoke. Later Nedia Ferro left."
    assert texts(text) == ["Nadia Ferro", "Nedia Ferro"]


def test_one_letter_from_a_given_name_is_evidence_unless_an_ordinary_word():
    assert texts("Yesterday Marlha Raddatz was there.") == ["Marlha Raddatz"]
    assert texts("The brain scan was fine. Yesterday Brain Scan results came.") == []


def test_aggregate_people_keeps_mr_and_miss_apart():
    rows = aggregate_people([
        _extraction("Mr. Jenkin said he was shocked.", "a"),
        _extraction("Miss Jenkin said she was shocked.", "b"),
    ])
    assert [(r.name, r.docs) for r in rows] == [("Jenkin", ["a"]), ("Jenkin", ["b"])]


def test_a_title_after_a_title_is_no_name():
    assert texts("She was named Surgeon General on Monday.") == []
    assert texts("Mr King said no.") == ["King"]


def test_aggregate_people_joins_fuller_writings_of_one_name():
    rows = aggregate_people([
        _extraction("Officials said Lina J. Sosa spoke.", "a"),
        _extraction("Officials said Lina Jane Sosa spoke.", "b"),
        _extraction("Officials said Lina Sosa spoke.", "c"),
    ])
    assert len(rows) == 1 and rows[0].mentions == 3


def test_a_run_of_titles_is_no_person():
    assert texts("The Secretary General spoke to the Prime Minister.") == []


def test_a_very_long_capitalised_run_stays_fast():
    import time
    text = " ".join(["Alpha", "Beta", "Gamma", "Delta"] * 500) + ". Officials said Ana Ruiz left."
    began = time.perf_counter()
    assert texts(text) == ["Ana Ruiz"]
    assert time.perf_counter() - began < 2


def test_arabic_articles_joined_by_a_hyphen():
    mentions = people("Syrian President Bashar al-Assad spoke. Later Assad left.")
    assert [(m.text, m.form) for m in mentions] == [("Bashar al-Assad", "full"), ("Assad", "surname")]
    assert texts("The al-Qaeda group and El Paso officials met.") == []


@pytest.mark.parametrize("text, name", [
    ("Linebacker TJ Marlowe made the tackle before Marlowe left the field.", "TJ Marlowe"),
    ("The novel was written by JK Dunmore in a cafe.", "JK Dunmore"),
    ("AJ Wexley arrived on Monday.", "AJ Wexley"),
])
def test_undotted_initials_start_a_name(text, name):
    """Two capitals before one capitalised surname are initials written without full stops."""
    assert name in texts(text)


@pytest.mark.parametrize("text, absent", [
    ("The US Open starts on Monday in New York.", "US Open"),
    ("Delegates at the UN Security Council voted on Friday.", "UN Security"),
    ("The EU Commission said it would appeal.", "EU Commission"),
    ("He was a guest of DJ Norman Pike on the show.", "DJ Norman Pike"),
    ("The MV Corran sank near the coast.", "MV Corran"),
])
def test_acronyms_and_titles_are_no_initials(text, absent):
    """Known acronyms ("US", "UN"), a run that goes on past one surname (a title before a full
    name, "DJ Norman Pike") and ship prefixes do not make initials of a name."""
    assert absent not in texts(text)


def test_undotted_initials_are_kept_apart_from_a_known_acronym_before_a_name():
    """"UK" stays an acronym even before a name-like word: its run is split as before."""
    assert "UK Marlowe" not in texts("The UK Marlowe fund said it had closed.")
