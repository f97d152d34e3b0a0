"""Fixes prompted by the blind audit of seed 7 (benchmarks/audits/corpora-seed7.md).

* QC104 on a digest page: the stories of one file closed by "Source:" lines are
  different stories (``quotecli.stories``), not one article.
* QC105: one finding per rare form's place, against the form written most.
* QC102: a writing used only inside a quotation is the quoted source's spelling (info).

Every article here is written for these tests.
"""

from __future__ import annotations

import quotecli
from quotecli.check import run_rules
from quotecli.check.model import Finding, Location
from quotecli.check.registry import find_rule
from quotecli.check.rules.proper_nouns import one_per_place
from quotecli.stories import story_index, story_spans, story_text


def run(rule: str, *texts: str):
    documents = [quotecli.from_text(text, id=f"{i}.txt") for i, text in enumerate(texts)]
    return run_rules([quotecli.extract(d) for d in documents], [find_rule(rule)])


# --- digest pages ---------------------------------------------------------------------

STORY_ONE = ("Marines entered a mosque in Falluja on Saturday, where several wounded prisoners lay on the "
             "floor, and the cameraman who filmed them has said little since. Officers in Falluja opened "
             "an inquiry into the shooting, and commanders near Falluja said the unit had been withdrawn "
             "from the line while the inquiry went on.")
STORY_TWO = ("A freelance photographer working for a Gulf television channel has been held by troops in "
             "Fallouja since last week, a press freedom group said on Wednesday. His employer asked for his "
             "release and said he had broken no rule; the group wrote to the embassy and to the defence "
             "ministry, which did not answer.")
STORY_THREE = ("A radio station owner will apologise for telling listeners that the city had banned smoking "
               "in cars, a hoax that drew hundreds of calls to the council and a complaint to the regulator, "
               "which the city has now dropped after the station agreed to read a correction every hour "
               "for two days.")


def digest(closer: str = "Source:") -> str:
    return (f"Press notes for Thursday\n\n{STORY_ONE}\n{closer}\nThe Daily Courier\n{STORY_TWO}\n{closer}\n"
            f"The Evening Post\n{STORY_THREE}\n{closer}\nCity Radio News\n")


def test_a_digest_page_is_cut_into_its_stories():
    text = digest()
    spans = story_spans(text)
    assert len(spans) == 4      # three stories, and the credit line after the last closer
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))   # the stories tile the page
    assert story_index(text, text.index("Fallouja")) == 1
    assert story_index(text, text.index("Falluja")) == 0
    assert "Fallouja" in story_text(text, text.index("Fallouja"))
    assert "Falluja" not in story_text(text, text.index("Fallouja"))
    assert len(story_spans(digest("Via:"))) == 4


def test_an_article_with_one_source_line_or_caption_credits_is_one_story():
    article = f"{STORY_ONE}\n{STORY_TWO}\nSource: The Daily Courier\n"
    assert story_spans(article) == ((0, len(article)),)
    credits = f"A chart of the vote.\nSource: Electoral office\nA map of the city.\nSource: City council\n{STORY_ONE}"
    assert story_spans(credits) == ((0, len(credits)),)   # credits under captions close no story
    assert story_text(article, 10) == article


def test_qc104_does_not_take_a_digest_page_for_one_article():
    found = run("QC104", digest())
    assert not [f for f in found if f.severity != "info"]


def test_qc104_still_warns_when_one_article_writes_both_forms():
    one_article = f"Press notes for Thursday\n\n{STORY_ONE}\n{STORY_TWO}\n{STORY_THREE}\n"
    found = run("QC104", one_article)
    assert [(f.primary.text, f.severity) for f in found] == [("Fallouja", "warning")]


# --- QC105: one finding per place -----------------------------------------------------

SHIPS = ("The dhow Zelentrova was boarded at dawn. Sailors said the Zelentrova had left port on Monday, "
         "and the Zelentrova crew was questioned. Officials said the Zelentrova carried rice. "
         "A skiff towed by the Zelantrova was seized.")
SLIP_TOO = " The smaller Zelanrova was stopped too, and crews on the Zelanrova were held."


def test_qc105_reports_a_rare_form_once_against_the_form_written_most():
    # 'Zelantrova' is one letter from 'Zelentrova' (four times) and from 'Zelanrova' (twice)
    found = [f for f in run("QC105", SHIPS + SLIP_TOO) if f.primary.text == "Zelantrova"]
    assert len(found) == 1
    assert "'Zelentrova'" in found[0].message and "'Zelanrova'" not in found[0].message


def test_qc105_still_reports_a_rare_form_against_its_only_majority():
    found = [f for f in run("QC105", SHIPS) if f.primary.text == "Zelantrova"]
    assert len(found) == 1 and "'Zelentrova'" in found[0].message


def _finding(doc: str, start: int, majority: int, message: str) -> Finding:
    location = Location(file=doc, doc=doc, line=1, column=start + 1, end_line=1, end_column=start + 6,
                        start=start, end=start + 5, text="Xxxxx")
    return Finding("QC105", "proper-noun-spelling", "warning", message, (location,), extra={"majority": majority})


def test_one_per_place_keeps_the_most_written_form_and_every_other_place():
    a_small, a_big = _finding("a.txt", 10, 2, "against the lesser"), _finding("a.txt", 10, 7, "against the most")
    b = _finding("b.txt", 10, 2, "another place")
    kept = sorted(one_per_place([a_small, a_big, b]), key=lambda f: f.message)
    assert [f.message for f in kept] == ["against the most", "another place"]


# --- QC102: accents inside a quotation ------------------------------------------------

QUOTED = ("Representative Raul Mendoza said on Friday that he would run for the leadership. Raul Mendoza "
          "has served two terms. His website says: “Born in a small town, Raúl Mendoza moved to the city "
          "at 13.” Raul Mendoza declined to comment further.")
OWN_VOICE = ("Representative Raul Mendoza said on Friday that he would run for the leadership. Raul Mendoza "
             "has served two terms. Born in a small town, Raúl Mendoza moved to the city at 13. "
             "Raul Mendoza declined to comment further.")


def test_qc102_an_accent_only_inside_a_quotation_is_an_info():
    found = run("QC102", QUOTED)
    assert [(f.primary.text, f.severity) for f in found] == [("Raúl Mendoza", "info")]
    assert "quotation" in found[0].confidence_reason


def test_qc102_an_accent_in_the_articles_own_words_is_a_warning():
    found = run("QC102", OWN_VOICE)
    assert [(f.primary.text, f.severity) for f in found] == [("Raúl Mendoza", "warning")]
