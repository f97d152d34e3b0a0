"""quotecli verify: every verdict on the project's own fixtures, the source readers, the CLI,
and the shared transcripts (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import quotecli
from quotecli.cli import cli
from quotecli.verify import SourceError, VerifySettings, read_source, verify
from quotecli.verify.align import quote_text, words

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures-verify"
SHARED = ROOT.parent / "shared" / "transcripts"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/transcripts is not here (fresh clone)")


def _verdicts(article: str, source_text: str, tmp_path: Path, speaker=None, **settings) -> list:
    (tmp_path / "source.txt").write_text(source_text, encoding="utf-8")
    source, _ = read_source(str(tmp_path / "source.txt"), speaker)
    document = quotecli.from_text(article, id="article.txt")
    return verify([document], [source], VerifySettings(**settings))


def _rules(findings) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in findings]


SOURCE = (
    "MAYOR ORTIZ: We will not turn our backs on the families who come across our bridge. "
    "The shelters will stay open all winter, and we will add forty beds by December.\n\n"
    "COUNCILWOMAN DIAZ: I would never say that we should close the shelters. "
    "I will vote for the plan only if the state pays its share.\n"
)


# -- the words both sides are read as -----------------------------------------------------------

def test_words_fold_contractions_numbers_and_initials():
    assert [t.key for t in words("I'm sure five T.P.S. don't")] == [t.key for t in words("Im sure 5 TPS do not")]


def test_quote_text_cuts_at_ellipses_and_marks_brackets():
    text = quote_text("We will … build [the mayor's] shelters", 10)
    assert len(text.pieces) == 2
    assert {t.text for t in text.words if t.start in text.bracketed} == {"the", "mayor's"}
    assert all(t.text == "We will … build [the mayor's] shelters"[t.start - 10:t.end - 10] for t in text.words)


# -- every verdict, reported and not ------------------------------------------------------------

def test_verbatim_only_with_show_verified(tmp_path):
    article = '"We will not turn our backs on the families who come across our bridge," Ortiz said.'
    assert _verdicts(article, SOURCE, tmp_path) == []
    found = _verdicts(article, SOURCE, tmp_path, show_verified=True)
    assert _rules(found) == [("QC501", "info")]
    assert found[0].locations[1].file.endswith("source.txt")


def test_altered_number_is_an_error_and_shows_the_diff(tmp_path):
    article = 'Ortiz said "the shelters will stay open all winter, and we will add fifty beds by December."'
    [finding] = _verdicts(article, SOURCE, tmp_path)
    assert (finding.rule, finding.severity) == ("QC503", "error")
    assert "[-forty-] {+fifty+}" in finding.message


def test_altered_plain_word_is_a_warning(tmp_path):
    article = 'Ortiz said "the shelters will remain open all winter, and we will add forty beds by December."'
    assert _rules(_verdicts(article, SOURCE, tmp_path)) == [("QC503", "warning")]


def test_case_punctuation_and_fillers_are_not_alterations(tmp_path):
    source = "MAYOR ORTIZ: We are going to build, uh, twelve new shelters before the end of the year.\n"
    article = '"We are going to build 12 new shelters before the end of the year," Ortiz said.'
    assert _verdicts(article, source, tmp_path) == []


def test_elided_negation_or_condition_is_a_warning(tmp_path):
    article = '"I will vote for the plan … if the state pays its share," Diaz said.'
    [finding] = _verdicts(article, SOURCE, tmp_path)
    assert (finding.rule, finding.severity) == ("QC502", "warning")
    assert "'only'" in finding.message


def test_harmless_ellipsis_is_info_and_hidden_by_default(tmp_path):
    source = "MAYOR ORTIZ: We will build, as we promised in the spring, twelve new shelters downtown.\n"
    article = '"We will build … twelve new shelters downtown," Ortiz said.'
    assert _verdicts(article, source, tmp_path) == []
    assert _rules(_verdicts(article, source, tmp_path, show_verified=True)) == [("QC502", "info")]


def test_stitched_passages_far_apart(tmp_path):
    filler = " ".join(f"Item {i} on the agenda was read and approved." for i in range(12))
    source = f"MAYOR ORTIZ: We will not turn our backs on the families. {filler} Our city is stronger when we welcome our neighbors.\n"
    article = '"We will not turn our backs on the families. Our city is stronger when we welcome our neighbors," Ortiz said.'
    assert _rules(_verdicts(article, source, tmp_path)) == [("QC504", "warning")]


def test_near_passages_without_ellipsis_are_not_stitched(tmp_path):
    source = "MAYOR ORTIZ: We will not turn our backs on the families. Our city is stronger when we welcome our neighbors.\n"
    article = '"We will not turn our backs on the families. Our city is stronger when we welcome our neighbors," Ortiz said.'
    assert _verdicts(article, source, tmp_path) == []


def test_wrong_speaker(tmp_path):
    article = '"I will vote for the plan only if the state pays its share," Ortiz said.'
    [finding] = _verdicts(article, SOURCE, tmp_path)
    assert (finding.rule, finding.severity) == ("QC505", "error")
    assert "Diaz" in finding.message


def test_nominal_speaker_is_not_a_wrong_speaker(tmp_path):
    article = '"I will vote for the plan only if the state pays its share," a council member said.'
    assert _verdicts(article, SOURCE, tmp_path) == []


def test_not_found_for_a_speaker_of_the_source_only(tmp_path):
    made_up = '"We are closing every shelter in the city next month," Ortiz said.'
    [finding] = _verdicts(made_up, SOURCE, tmp_path)
    assert (finding.rule, finding.severity) == ("QC506", "warning")
    someone_else = '"We are closing every shelter in the city next month," Governor Hale said.'
    assert _verdicts(someone_else, SOURCE, tmp_path) == []


def test_not_found_short_partial_is_info(tmp_path):
    article = 'Ortiz called the plan "a costly mistake".'
    assert _rules(_verdicts(article, SOURCE, tmp_path)) == [("QC506", "info")]


def test_context_that_reverses_the_quoted_words(tmp_path):
    article = 'Diaz said "we should close the shelters."'
    [finding] = _verdicts(article, SOURCE, tmp_path)
    assert (finding.rule, finding.severity) == ("QC507", "warning")
    assert "I would never say that" in finding.message


def test_press_release_with_speaker(tmp_path):
    release = "The city will keep every shelter open through the winter months.\n"
    article = '"The city will keep all shelters open through the winter months," Ortiz said.'
    found = _verdicts(article, release, tmp_path, speaker="Elena Ortiz")
    assert _rules(found) == [("QC503", "warning")]
    assert "spoken by Elena Ortiz" in found[0].message


def test_source_offsets_point_at_the_source(tmp_path):
    article = 'Ortiz said "the shelters will stay open all winter, and we will add fifty beds by December."'
    [finding] = _verdicts(article, SOURCE, tmp_path)
    source = finding.locations[1]
    assert SOURCE[source.start:source.end] == source.text
    assert source.text.startswith("the shelters") or source.text.startswith("The shelters")


# -- sources -------------------------------------------------------------------------------------

def test_transcript_labels_roles_and_stage_directions(tmp_path):
    path = tmp_path / "remarks.txt"
    path.write_text("President: Jane Roe\n\nTHE PRESIDENT: Thank you. (Applause.) We did it.\n\n"
                    "Q Madam President, what next?\n\nTHE PRESIDENT: More work.\n", encoding="utf-8")
    source, _ = read_source(str(path))
    assert [t.speaker for t in source.turns if t.speaker] == ["Jane Roe", "Q (a questioner)", "Jane Roe"]
    assert "Applause" not in source.speech_text() and "President:" not in source.speech_text()
    assert len(source.speech_text()) == len(source.document.text)


@pytest.mark.parametrize("name", ["briefing.srt", "briefing.vtt"])
def test_subtitles_keep_cue_times_and_voices(name):
    source, _ = read_source(str(FIXTURES / name))
    article = quotecli.from_text('"We will not turn our backs on the families who come across our bridge," Ortiz said.')
    [finding] = verify([article], [source], VerifySettings(show_verified=True))
    assert finding.rule == "QC501"
    assert "at 00:14:30" in finding.message and "Elena Ortiz" in finding.message


@pytest.mark.parametrize("content, reason", [("", "empty"), ("   \n\n", "empty"), ("1234 5678", "no words")])
def test_unusable_sources_are_clear_errors(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SourceError, match=reason):
        read_source(str(path))


def test_foreign_language_source_warns(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text("Nous allons garder les refuges ouverts pendant tout l'hiver, a déclaré la maire "
                    "devant le conseil municipal réuni lundi soir dans la salle des fêtes de la ville.", encoding="utf-8")
    _, warnings = read_source(str(path))
    assert any("does not look like English" in w for w in warnings)


# -- the command ---------------------------------------------------------------------------------

def test_cli_verify_fixtures_every_verdict():
    result = CliRunner().invoke(cli, ["verify", str(FIXTURES / "ledger.txt"), "--source",
                                      str(FIXTURES / "council-transcript.txt"), "--show-verified", "--format", "json"])
    assert result.exit_code == 1, result.output
    import json

    rules = {f["rule"] for f in json.loads(result.output)["findings"]}
    assert rules == {"QC501", "QC502", "QC503", "QC504", "QC505", "QC506", "QC507"}


def test_cli_bad_source_and_unquoted_article(tmp_path):
    article = tmp_path / "plain.txt"
    article.write_text("Headline\n\nThe council met on Monday and adjourned early.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", str(article), "--source", str(tmp_path / "missing.txt"),
                                      "--source", str(FIXTURES / "council-transcript.txt"), "--format", "text"])
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr and "no quotations to verify" in result.stderr


def test_verify_rules_are_listed_but_not_run_by_check():
    from quotecli.check import all_rules, find_rule

    assert find_rule("QC503").command == "verify"
    assert all(r.command == "check" for r in all_rules())


# -- the shared transcripts ----------------------------------------------------------------------

@needs_shared
def test_shared_constitution_quotes_are_verbatim():
    corpora = ROOT.parent / "shared" / "corpora" / "basil"
    source, _ = read_source(str(SHARED / "us_constitution.txt"))
    documents, _ = quotecli.load([str(corpora / "2018_f688c56d")])
    found = verify(documents, [source], VerifySettings(show_verified=True))
    assert any(f.rule == "QC501" and "naturalized" in f.locations[1].text for f in found)
    assert not any(f.severity == "error" for f in found)


@needs_shared
def test_shared_debate_lost_apostrophes_and_wrong_speaker():
    source, _ = read_source(str(SHARED / "2012-10-03_obama_romney_debate.txt"))
    assert {"Jim Lehrer", "Barack Obama", "Mitt Romney"} <= source.speakers()
    text = source.document.text
    start = text.index("Mitt Romney:") + len("Mitt Romney:")
    sentence = text[start:text.index(".", start + 60)].strip()
    right = quotecli.from_text(f'"{sentence}," Romney said.')
    wrong = quotecli.from_text(f'"{sentence}," Obama said.')
    assert verify([right], [source]) == []
    assert [f.rule for f in verify([wrong], [source])] == ["QC505"]


# -- figures and names around a quotation ----------------------------------------------------

def test_source_figure_beside_the_quotation(tmp_path):
    source = "MAYOR ORTIZ: The city will open twelve new shelters this winter. We will not turn our backs on anyone.\n"
    article = 'Announcing 15 new shelters, Ortiz said "we will not turn our backs on anyone."'
    found = _verdicts(article, source, tmp_path)
    assert [f.rule for f in found] == ["QC508"]
    assert "15 new shelters" in found[0].message and "twelve new shelters" in found[0].message
    same = 'Announcing 12 new shelters, Ortiz said "we will not turn our backs on anyone."'
    assert _verdicts(same, source, tmp_path) == []


def test_source_name_spelt_otherwise(tmp_path):
    source = "VICENTE FOX: We will work together with our neighbors on every border question.\n"
    article = '"We will work together with our neighbors on every border question," Vincente Fox said.'
    found = _verdicts(article, source, tmp_path)
    assert [f.rule for f in found] == ["QC509"]
    assert "'Vicente'" in found[0].message
    right = '"We will work together with our neighbors on every border question," Vicente Fox said.'
    assert _verdicts(right, source, tmp_path) == []


def test_html_page_shows_article_beside_source_and_escapes(tmp_path):
    from html.parser import HTMLParser

    source_path = tmp_path / "source.txt"
    source_path.write_text(SOURCE, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text('Council <script>alert(1)</script>\n\nOrtiz said "the shelters will stay open all winter, '
                       'and we will add fifty beds by December."\n', encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["verify", str(article), "--source", str(source_path), "-f", "html",
                                      "-o", str(out), "-j", "1"])
    assert result.exit_code == 1, result.output
    page = out.read_text(encoding="utf-8")

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags, self.classes, self.text = [], [], []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            self.classes += [v for k, v in attrs if k == "class" and v]

        def handle_data(self, data):
            self.text.append(data)

    parsed = Collect()
    parsed.feed(page)
    text = "".join(parsed.text)
    assert "script" not in parsed.tags and "<script>alert(1)</script>" in text
    assert "hit sev-error" in parsed.classes and "ref" in parsed.classes and "passage" in parsed.classes
    assert "add forty beds by December" in text and "QC503" in text
