"""QC201 meets a short quotation whose every shingle a dropped content word breaks."""

from __future__ import annotations

from rule_helpers import doc, extraction, findings, quote

FULL = "Let's find out what's in it, and let's make it as good as it can be,"
TRIMMED = "find out what's in it and make it as good as it can be"


def _article(id: str, sentence: str, text: str):
    document = doc(sentence, id)
    return extraction(document, quotes=[quote(document, text, speaker="Dana Merrow", mention="Merrow")])


def test_a_short_quotation_with_a_content_word_dropped_twice_is_compared():
    found = findings("QC201",
                     _article("a.txt", f"“{FULL}” Merrow said of the budget bill.", FULL),
                     _article("b.txt", f'Merrow said lawmakers should "{TRIMMED}" before the vote.', TRIMMED))
    assert len(found) == 1 and "let’s" in found[0].message.replace("'", "’")


def test_two_short_statements_sharing_the_pairs_are_not_one_quotation():
    one = "we will find the money and we will make it good"
    two = "they could find no buyer but hoped to make it good"
    assert findings("QC201",
                    _article("a.txt", f'Merrow said "{one}" on Monday.', one),
                    _article("b.txt", f'Merrow said "{two}" on Monday.', two)) == []
