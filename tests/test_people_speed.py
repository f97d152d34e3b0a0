"""People extraction on a long document: the letter-run lookup answers as the per-word search."""

from __future__ import annotations

import quotecli
from quotecli.extract import people

_PARAGRAPHS = [
    "Mayor Anna Kowalczyk said the bridge would reopen. kowalczyk is not a word here, but mayor is.",
    "Jean-Paul Ardent and Siobhan O'Neill met Dr. Émile Naïve; naïve voters, said Ardent.",
    "Ｆｕｌｌｗｉｄｔｈ Ｎａｍｅ spoke; ｎａｍｅ again. The x²y term and Ⅷ Henry, said Smith².",
    "Tomas Vereecken, the treasurer, said costs rose. Vereecken added: \u201cWe will manage.\u201d",
    "ǅemal Hodžić said so; ǆemal too. The ﬁnance chief Ingrid Halvorsen disagreed with Halvorsen's aide.",
]


def _long_text() -> str:
    return "\n\n".join(_PARAGRAPHS[i % len(_PARAGRAPHS)] + f" Story {i}." for i in range(400))


def test_letter_runs_split_numeric_signs_off():
    assert people._letter_runs("x²y Smith² ½ Ⅷ naïve o'neill") == {"x", "y", "Smith", "naïve", "o", "neill"}


def test_a_long_document_gives_what_the_search_gives(monkeypatch):
    text = _long_text()
    assert len(text) > people._SEARCH_MAX
    document = quotecli.from_text(text, id="long")
    listed = people.extract_people(document)
    monkeypatch.setattr(people, "_SEARCH_MAX", len(text) + 1)
    searched = people.extract_people(quotecli.from_text(text, id="long"))
    assert listed == searched
    assert {m.name for m in listed} >= {"Anna Kowalczyk", "Tomas Vereecken", "Ingrid Halvorsen"}


def test_the_letter_runs_are_listed_once_per_document(monkeypatch):
    calls = []
    real = people._letter_runs
    monkeypatch.setattr(people, "_letter_runs", lambda text: calls.append(1) or real(text))
    people.extract_people(quotecli.from_text(_long_text(), id="long"))
    assert len(calls) == 1
