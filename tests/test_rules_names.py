"""QC101 name-spelling, QC102 name-accents, QC103 name-form on hand-built person mentions."""

from __future__ import annotations

from typing import Optional

from rule_helpers import doc, extraction, findings
from quotecli.records import PersonMention


def mention(document, text: str, name: Optional[str] = None, form: str = "full", nth: int = 0,
            titles: tuple[str, ...] = ()) -> PersonMention:
    start = -1
    for _ in range(nth + 1):
        start = document.text.index(text, start + 1)
    return PersonMention(start, start + len(text), text, name=name or text, form=form, titles=titles)


def article(id: str, text: str, *names: str, form: str = "full", titles=()) -> object:
    document = doc(text, id)
    counts: dict[str, int] = {}
    people = []
    for name in names:
        nth = counts.get(name, 0)
        counts[name] = nth + 1
        people.append(mention(document, name, form=form, nth=nth, titles=titles))
    return extraction(document, people=people)


STORY = "The Harbour Council met in Vellmar on Tuesday."


def repeated(id: str, name: str, times: int, story: str = STORY, **kw):
    text = story + " " + " ".join(f"{name} spoke." for _ in range(times))
    return article(id, text, *([name] * times), **kw)


# --- QC101 -------------------------------------------------------------------------

def test_rare_misspelling_against_frequent_form_is_an_error():
    result = findings("QC101",
                      article("a.txt", STORY + " Rosa Maria Quinterro spoke.", "Rosa Maria Quinterro"),
                      repeated("b.txt", "Rosa Maria Quintero", 3),
                      repeated("c.txt", "Rosa Maria Quintero", 2))
    assert len(result) == 1
    finding = result[0]
    assert finding.severity == "error"
    assert finding.locations[0].text == "Rosa Maria Quinterro"
    assert len(finding.locations) == 1 + 5
    assert "'Rosa Maria Quintero'" in finding.message and "5 times in 2 articles" in finding.message


def test_misspelling_inside_one_article():
    text = "Rosa Maria Quintero spoke. Rosa Maria Quintero left. Rosa Maria Quinterro waved."
    result = findings("QC101", article("a.txt", text, "Rosa Maria Quintero", "Rosa Maria Quintero",
                                       "Rosa Maria Quinterro"))
    assert [f.locations[0].text for f in result] == ["Rosa Maria Quinterro"]


def test_a_close_name_in_another_story_is_another_person():
    other = ("The Lakeside Rovers beat Dunmore United at Kessel Park on Saturday. Coach Brandt "
             "praised Ferreira and Okafor; Lindqvist scored twice before Halloran came on.")
    assert findings("QC101", repeated("a.txt", "Rosa Maria Quinterro", 1, story=other),
                    repeated("b.txt", "Rosa Maria Quintero", 4)) == []


def test_equal_counts_are_not_called_a_misspelling():
    found = findings("QC101", repeated("a.txt", "Rosa Maria Quinterro", 1),
                     repeated("b.txt", "Rosa Maria Quintero", 1))
    assert [(f.severity, f.suggestion) for f in found] == [("info", "check which spelling is right")]


def test_short_forms_and_possessives_are_not_misspellings():
    assert findings("QC101", repeated("a.txt", "Tomas Reyes", 5), repeated("b.txt", "Reyes", 1)) == []


def test_two_given_names_are_two_people_without_overwhelming_evidence():
    # one story, nothing else said about either: an info that names neither form (Carl for Carla)
    weak = findings("QC101", repeated("a.txt", "Mark Heller", 3), repeated("b.txt", "Mary Heller", 1))
    assert [(f.severity, f.suggestion) for f in weak] == [("info", "check which spelling is right")]
    assert len(findings("QC101", repeated("a.txt", "Mark Heller", 5), repeated("b.txt", "Mary Heller", 1))) == 1


def test_gendered_titles_that_disagree_are_two_people():
    assert findings("QC101", repeated("a.txt", "Dana Kovacs", 4, titles=("Mr.",)),
                    repeated("b.txt", "Dana Kovach", 1, titles=("Mrs.",))) == []


# --- QC102 -------------------------------------------------------------------------

def test_unaccented_minority_is_a_warning_per_article():
    a = article("a.txt", "Inés Peña Soto spoke. Peña Soto left.", "Inés Peña Soto", "Peña Soto")
    b = article("b.txt", "Ines Pena Soto spoke in Bogotá. Ines Pena Soto left.", "Ines Pena Soto", "Ines Pena Soto")
    c = article("c.txt", "Inés Peña Soto spoke.", "Inés Peña Soto")
    result = findings("QC102", a, b, c)
    assert len(result) == 1
    assert result[0].severity == "warning"
    assert result[0].locations[0].file == "b.txt" and result[0].locations[0].text == "Ines Pena Soto"
    assert "'Inés Peña Soto'" in result[0].message


def test_an_article_without_any_accent_follows_a_house_style():
    # b.txt writes no diacritic anywhere: an outlet's style, not a slip (info, low confidence)
    a = article("a.txt", "Inés Peña Soto spoke. Peña Soto left.", "Inés Peña Soto", "Peña Soto")
    b = article("b.txt", "Ines Pena Soto spoke. Ines Pena Soto left.", "Ines Pena Soto", "Ines Pena Soto")
    result = findings("QC102", a, b, article("c.txt", "Inés Peña Soto spoke.", "Inés Peña Soto"))
    assert [(f.severity, f.confidence) for f in result] == [("info", "low")]
    assert "house style" in result[0].confidence_reason


def test_the_accented_minority_across_articles_is_an_info():
    # the others drop the accents; the one article that keeps them is right by the name's spelling
    a = article("a.txt", "Inés Peña Soto spoke.", "Inés Peña Soto")
    b = article("b.txt", "Ines Pena Soto spoke in Bogotá.", "Ines Pena Soto")
    c = article("c.txt", "Ines Pena Soto left.", "Ines Pena Soto")
    result = findings("QC102", a, b, c)
    assert [(f.locations[0].file, f.severity) for f in result] == [("a.txt", "info")]


def test_caption_against_body_inside_one_article():
    text = "Ines Pena Soto at the palace.\n\nInés Peña Soto spoke. Inés Peña Soto left."
    result = findings("QC102", article("a.txt", text, "Ines Pena Soto", "Inés Peña Soto", "Inés Peña Soto"))
    assert [f.locations[0].text for f in result] == ["Ines Pena Soto"]
    assert "in this article" in result[0].message


def test_consistent_accents_are_not_reported():
    assert findings("QC102", repeated("a.txt", "Inés Peña Soto", 2), repeated("b.txt", "Inés Peña Soto", 1)) == []


# --- QC103 -------------------------------------------------------------------------

def _surname_article(id: str, surname: str):
    text = f"Ana Lucía Ferrer Gil spoke. {surname} left. {surname} waved."
    document = doc(text, id)
    return extraction(document, people=[
        mention(document, "Ana Lucía Ferrer Gil"),
        mention(document, surname, name="Ana Lucía Ferrer Gil", form="surname", nth=0),
        mention(document, surname, name="Ana Lucía Ferrer Gil", form="surname", nth=1),
    ])


def test_part_of_a_compound_surname_is_info():
    result = findings("QC103", _surname_article("a.txt", "Ferrer Gil"), _surname_article("b.txt", "Gil"))
    assert len(result) == 1 and result[0].severity == "info"
    assert result[0].locations[0].file == "b.txt" and result[0].locations[0].text == "Gil"


def test_surname_alone_without_a_compound_elsewhere_is_fine():
    assert findings("QC103", _surname_article("a.txt", "Gil"), _surname_article("b.txt", "Gil")) == []


def test_swapped_name_order_is_info():
    result = findings("QC103", repeated("a.txt", "Wang Lifen", 3), repeated("b.txt", "Lifen Wang", 1))
    assert [f.locations[0].text for f in result] == ["Lifen Wang"]


def test_same_order_is_fine():
    assert findings("QC103", repeated("a.txt", "Wang Lifen", 3), repeated("b.txt", "Wang Lifen", 1)) == []


# --- the rules' own examples (shown by `quotecli rule`) ------------------------------

import pytest  # noqa: E402

import quotecli  # noqa: E402
from quotecli.check import run_rules  # noqa: E402
from quotecli.check.registry import find_rule  # noqa: E402


def _example_findings(rule_id: str, example: str):
    documents = [quotecli.from_text(text, id=name)
                 for name, text in (line.split(": ", 1) for line in example.splitlines())]
    return run_rules([quotecli.extract(d) for d in documents], [find_rule(rule_id)])


@pytest.mark.parametrize("rule_id", ["QC101", "QC102", "QC103"])
def test_example_bad_is_reported_and_example_good_is_not(rule_id):
    rule = find_rule(rule_id)
    assert len(_example_findings(rule_id, rule.example_bad)) == 1
    assert _example_findings(rule_id, rule.example_good) == []


def test_one_given_name_spelt_two_ways_is_a_misspelling():
    assert len(findings("QC101", repeated("a.txt", "Hillary Quintero", 2),
                        repeated("b.txt", "Hilary Quintero", 1))) == 1
    # Paul/Paula: two real given names, not one respelt: at most an info that names neither
    other = findings("QC101", repeated("a.txt", "Paula Quintero", 2), repeated("b.txt", "Paul Quintero", 1))
    assert [f.severity for f in other] == ["info"]


# --- Verbatim copies (issue 9, item 1) --------------------------------------------------

COPIED = " Rosa Maria Quinterro told the council that the new ferry timetable starts in May."


def test_a_slip_repeated_by_verbatim_copies_is_no_majority():
    source = article("a.txt", STORY + " Rosa Maria Quintero opened the meeting at nine." + COPIED,
                     "Rosa Maria Quintero", "Rosa Maria Quinterro")
    copies = [article(f"{n}.txt", "From the wire. " + STORY + COPIED, "Rosa Maria Quinterro") for n in "bcd"]
    other = article("e.txt", STORY + " Ferries will run again from Thursday, the board said.")
    result = findings("QC101", source, *copies, other)
    assert [(f.locations[0].text, f.suggestion) for f in result] == \
        [("Rosa Maria Quintero", "check which spelling is right")]   # the forms still disagree
    assert "verbatim copies once" in result[0].confidence_reason


def test_a_form_written_in_sentences_of_their_own_keeps_its_majority():
    source = article("a.txt", STORY + " Rosa Maria Quinterro opened the meeting at nine." + COPIED,
                     "Rosa Maria Quinterro", "Rosa Maria Quinterro")
    rewrites = [article(f"{n}.txt", STORY + f" Rosa Maria Quintero, speaking on day {n}, praised the ferry crews "
                        "and the harbour staff.", "Rosa Maria Quintero") for n in "bcdefg"]
    result = findings("QC101", source, *rewrites)
    assert [(f.locations[0].text, f.suggestion) for f in result] == [("Rosa Maria Quinterro", "write 'Rosa Maria Quintero'")]
