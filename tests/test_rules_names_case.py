"""QC105: one name written in two letter cases ("Quillbright" / "QuillBright"), on articles written for these tests."""

from __future__ import annotations

import quotecli
from quotecli.check import run_rules
from quotecli.check.registry import find_rule

# Articles of one story: they share topic names (Marlow, Harbour, Council…) besides the forms compared.
STORY = ("The Marlow Harbour Council met on Monday. Marlow Harbour officials and the Council said the "
         "Marlow quay would reopen. ")
ELSEWHERE = "Farmers in Dunhollow sold their wheat early. The Dunhollow co-operative said prices fell. "


def check(*texts: str):
    documents = [quotecli.from_text(text, id=f"{i}.txt") for i, text in enumerate(texts)]
    return run_rules([quotecli.extract(d) for d in documents], [find_rule("QC105")])


def found(*texts: str) -> list[tuple[str, str, str]]:
    return [(f.primary.text, f.severity, f.primary.doc) for f in check(*texts)]


def test_one_article_mixing_two_letter_cases_is_a_warning():
    findings = check(STORY + "QuillBright won the contract. Shares in QuillBright rose, and Quillbright said "
                             "QuillBright would hire staff.")
    assert [(f.primary.text, f.severity, f.suggestion) for f in findings] == \
        [("Quillbright", "warning", "write 'QuillBright'")]
    assert "QuillBright" in findings[0].message


def test_an_article_keeping_one_letter_case_is_no_finding():
    assert found(STORY + "QuillBright won the contract. Shares in QuillBright rose, and QuillBright said "
                         "it would hire staff.") == []


def test_articles_of_one_story_each_keeping_their_own_case_are_an_info():
    findings = check(STORY + "QuillBright won the contract, QuillBright said.",
                     STORY + "Quillbright won the contract. Quillbright will hire staff.",
                     STORY + "The contract went to QuillBright on Monday.")
    assert [(f.primary.text, f.severity) for f in findings] == [("Quillbright", "info")]


def test_articles_of_two_stories_are_not_compared_by_case():
    assert found(STORY + "QuillBright won the contract, QuillBright said.",
                 ELSEWHERE + "Quillbright bought the wheat. Quillbright paid cash.") == []


def test_a_word_the_article_also_writes_in_lower_case_is_no_name():
    # "quillbright" written as a word in lower case: the article's case forms are not compared.
    assert found(STORY + "QuillBright won the contract. Quillbright said a quillbright is a small bird.") == []


def test_two_people_beside_different_given_names_are_told_apart():
    assert found(STORY + "Ardent Cleverly McVane, a Marlow trader, met Tobias MacKerrow. Later Oswin "
                         "Mackerrow, his cousin from Dunhollow, joined them.") == []


def test_the_same_name_beside_a_middle_name_is_still_one_person():
    findings = check(STORY + "Harbour master Lorann Mae Pettigrew said the quay was safe.",
                     STORY + "Lorann Mae Pettigrew, the harbour master, spoke on Monday.",
                     STORY + "LorAnn Pettigrew said the quay would reopen.")
    assert [(f.primary.text, f.severity) for f in findings] == [("LorAnn", "info")]


def test_accents_and_apostrophes_are_not_letter_cases():
    # "Vendôme" / "Vendome" is QC102's (accents); "O’Dwyer" / "O'Dwyer" are one spelling.
    assert found(STORY + "The Vendôme hotel faces the quay. The Vendome bar opened. The Vendôme stayed.") == []
    assert found(STORY + "Kieran O’Dwyer spoke. O'Dwyer said the quay was safe. O’Dwyer left.") == []


def test_a_name_in_capitals_is_shouting_not_a_spelling():
    assert found(STORY + "QUILLBRIGHT WINS. QuillBright won the contract, QuillBright said.") == []


def test_a_mixed_apostrophe_name_is_compared():
    findings = check(STORY + "Jo'Vanna Pettigrew, 6, was found safe. Jo'Vanna was with her aunt. "
                             "Police said Jo'vanna was well.")
    assert [(f.primary.text, f.severity) for f in findings] == [("Jo'vanna", "warning")]


def test_a_plural_beside_its_singular_is_reported_once():
    findings = check(STORY + "QuillBright won. QuillBrights were sold, QuillBright said. Quillbright and "
                             "Quillbrights were mentioned.")
    assert [(f.primary.text, f.severity) for f in findings] == [("Quillbright", "warning")]


def test_a_plural_alone_is_still_compared():
    findings = check(STORY + "QuillBrights were sold. QuillBrights rose. Quillbrights fell.")
    assert [(f.primary.text, f.severity) for f in findings] == [("Quillbrights", "warning")]


def test_a_name_in_lower_case_inside_a_web_address_is_still_compared():
    findings = check(STORY + "QuillBright won the contract. QuillBright said Quillbright staff would "
                             "register at www.quillbright.example / quillbright-jobs.")
    assert [(f.primary.text, f.severity) for f in findings] == [("Quillbright", "warning")]
