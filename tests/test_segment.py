"""Sentences survive AP abbreviations, initials and dotted state names."""

from __future__ import annotations

from quotecli.segment import segment


def sentences(text):
    seg = segment(text)
    return [text[s:e] for s, e in seg.sentences]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = ("Sen. Jim DeMint, R-S.C., spoke on Dec. 15. Andrew I. Rudman agreed. "
            "The U.S. Embassy said Mr. Smith left at 5 p.m. Friday.")
    assert sentences(text) == [
        "Sen. Jim DeMint, R-S.C., spoke on Dec. 15.",
        "Andrew I. Rudman agreed.",
        "The U.S. Embassy said Mr. Smith left at 5 p.m. Friday.",
    ]


def test_sentence_ends_after_closing_quote():
    text = "He said “it works.” Then he left."
    assert sentences(text) == ["He said “it works.”", "Then he left."]


def test_ordinary_words_that_look_like_abbreviations_end_sentences():
    assert sentences("She fell ill. The doctor came.") == ["She fell ill.", "The doctor came."]


def test_paragraphs_split_on_blank_lines_or_lines():
    seg = segment("One.\nstill one.\n\nTwo.")
    assert len(seg.paragraphs) == 2
    seg = segment("One.\nTwo.\nThree.")
    assert len(seg.paragraphs) == 3


def test_sentence_at_and_paragraph_at():
    text = "First one. Second one.\n\nThird."
    seg = segment(text)
    assert text[slice(*seg.sentence_at(text.index("Second")))] == "Second one."
    assert text[slice(*seg.paragraph_at(text.index("Third")))] == "Third."


def test_police_rank_and_street_abbreviations():
    assert sentences("Police Const. Tim Fanning said the man on Main Ave. was calm. He left.") == [
        "Police Const. Tim Fanning said the man on Main Ave. was calm.", "He left."]
