"""Suppression comments in articles: ignore (next paragraph), disable…enable, ignore-file, JSONL field."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotecli.cli import cli
from quotecli.sources import load
from quotecli.suppress import SuppressionError, parse

FREQUENT = ("Jonas Wexley spoke on Monday. Jonas Wexley said the budget was fair. Jonas Wexley left.\n\n"
            "Jonas Wexley came back. Jonas Wexley sat down. Jonas Wexley spoke again.\n")
MISSPELT = "The minister, Jonas Wexly, was not available."
OTHER_MISSPELT = "Jonas Wexlay declined to comment."


def check(folder, *args):
    result = CliRunner().invoke(cli, ["check", str(folder), "--format", "json", "--isolated", *args],
                                catch_exceptions=False)
    return result, (json.loads(result.stdout)["findings"] if result.stdout.startswith("{") else None)


def corpus(tmp_path, name, text):
    (tmp_path / "a.txt").write_text(FREQUENT, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def rules_of(findings):
    return [f["rule"] for f in findings]


def test_without_a_comment_the_misspelling_is_found(tmp_path):
    _, findings = check(corpus(tmp_path, "b.md", f"Intro.\n\n{MISSPELT}\n"))
    assert rules_of(findings) == ["QC101"]


def test_ignore_silences_the_next_paragraph_only(tmp_path):
    text = f"<!-- quotecli: ignore QC101 -->\n{MISSPELT}\n\nLater: {OTHER_MISSPELT}\n"
    result, findings = check(corpus(tmp_path, "b.md", text))
    assert rules_of(findings) == ["QC101"]
    assert findings[0]["locations"][0]["line"] == 4
    assert "1 findings suppressed" in result.stderr


def test_ignore_by_rule_name_in_html(tmp_path):
    text = f"<html><body><p>Intro.</p>\n<!-- quotecli: ignore name-spelling -->\n<p>{MISSPELT}</p></body></html>"
    _, findings = check(corpus(tmp_path, "b.html", text))
    assert findings == []


def test_disable_enable_covers_a_stretch(tmp_path):
    text = (f"<!-- quotecli: disable QC101 -->\n\n{MISSPELT}\n\nMore text.\n\n<!-- quotecli: enable -->\n\n"
            f"{OTHER_MISSPELT}\n")
    _, findings = check(corpus(tmp_path, "b.md", text))
    assert [f["locations"][0]["line"] for f in findings] == [9]


def test_file_level_and_plain_text_line_comment(tmp_path):
    text = f"Headline\n\n{MISSPELT}\n\n# quotecli: ignore-file QC101\n"
    _, findings = check(corpus(tmp_path, "b.txt", text))
    assert findings == []


def test_jsonl_quotecli_ignore_field(tmp_path):
    rows = [{"id": "w1", "text": MISSPELT, "quotecli_ignore": ["QC101"]}, {"id": "w2", "text": "Nothing here."}]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    _, findings = check(corpus(tmp_path, "c.txt", "Unrelated."))
    assert findings == []


def test_a_cross_file_finding_is_suppressed_where_its_primary_location_is(tmp_path):
    # the comment sits in the article holding the frequent form: the finding's evidence, not its place
    (tmp_path / "a.md").write_text("<!-- quotecli: ignore-file QC101 -->\n" + FREQUENT, encoding="utf-8")
    (tmp_path / "b.md").write_text(MISSPELT, encoding="utf-8")
    _, findings = check(tmp_path)
    assert sorted(rules_of(findings)) == ["QC001", "QC101"]


def test_unused_suppression_is_an_info_finding_at_the_comment(tmp_path):
    text = "A quiet paragraph.\n\n<!-- quotecli: ignore QC301 -->\nNothing to see.\n"
    result, findings = check(corpus(tmp_path, "b.md", text))
    assert rules_of(findings) == ["QC001"]
    assert findings[0]["severity"] == "info" and findings[0]["locations"][0]["line"] == 3
    assert result.exit_code == 0
    # not reported when the rule it names did not run
    _, findings = check(tmp_path, "--select", "QC1,QC0")
    assert findings == []


def test_unknown_rule_in_a_suppression_is_reported(tmp_path):
    text = f"<!-- quotecli: ignore QC1O1 -->\n{MISSPELT}\n"
    _, findings = check(corpus(tmp_path, "b.md", text))
    assert sorted(rules_of(findings)) == ["QC002", "QC101"]
    assert "'QC1O1'" in next(f for f in findings if f["rule"] == "QC002")["message"]


def test_unused_suppressions_can_be_silenced_file_wide(tmp_path):
    text = "<!-- quotecli: ignore-file QC001 -->\n<!-- quotecli: ignore QC301 -->\nNothing to see.\n"
    _, findings = check(corpus(tmp_path, "b.md", text))
    assert findings == []


def test_a_malformed_directive_is_an_error_naming_file_and_line_and_nothing_is_written(tmp_path):
    text = f"Intro.\n\n<!-- quotecli: ignroe QC101 -->\n{MISSPELT}\n"
    output, baseline = tmp_path / "out.json", tmp_path / "baseline.json"
    result, _ = check(corpus(tmp_path, "b.md", text), "--output", str(output), "--write-baseline", str(baseline))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"quotecli: error: {tmp_path / 'b.md'}:3:1: unknown quotecli directive "
                                          "'ignroe' (use one of ignore, ignore-file, disable, enable)"]
    assert result.stdout == ""
    assert not output.exists() and not baseline.exists()


def test_a_malformed_jsonl_field_is_an_input_error(tmp_path):
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "w1", "text": "x", "quotecli_ignore": 5}), encoding="utf-8")
    result, _ = check(tmp_path / "b.jsonl")
    assert result.exit_code == 2 and "quotecli_ignore must be" in result.stderr


@pytest.mark.parametrize("comment", ["<!-- quotecli: -->", "<!-- quotecli: ignore QC1; -->"])
def test_parse_refuses_what_it_cannot_read(tmp_path, comment):
    path = tmp_path / "x.md"
    path.write_text(comment + "\ntext\n", encoding="utf-8")
    documents, _ = load([str(path)])
    with pytest.raises(SuppressionError, match=r"x\.md:1:1"):
        parse(documents[0])


def test_html_suppression_ranges_are_in_text_offsets(tmp_path):
    path = tmp_path / "x.html"
    path.write_text("<p>First.</p>\n<!-- quotecli: ignore -->\n<p>Second para.</p>\n<p>Third.</p>", encoding="utf-8")
    documents, _ = load([str(path)])
    document = documents[0]
    (suppression,) = parse(document)
    assert suppression.rules is None
    assert document.text[suppression.start:suppression.end].strip() == "Second para."
    assert suppression.comment.line == 2


from hypothesis import given, strategies as st  # noqa: E402

from quotecli.document import Document  # noqa: E402

_PIECES = st.sampled_from([
    "<!-- quotecli: ignore QC101 -->", "<!-- quotecli: disable -->", "<!-- quotecli: enable -->",
    "<!-- quotecli: ignore-file name-spelling, QC2 -->", "# quotecli: ignore", "\n\n", "\n", "Words here. ",
    "<!-- quotecli: enable QC101 -->", "<!-- other comment -->",
])


@given(st.lists(_PIECES, max_size=12), st.booleans())
def test_parsed_ranges_always_lie_inside_the_text(pieces, markdown):
    text = "".join(pieces)
    if markdown:  # as the Markdown reader does: comments blanked in the text, kept in the source
        document = Document(id="x.md", path="x.md", text=text.replace("<", " "), source_text=text)
    else:
        document = Document(id="x.txt", path="x.txt", text=text)
    try:
        suppressions = parse(document)
    except SuppressionError as exc:
        assert str(exc).startswith(document.path + ":")
        return
    for s in suppressions:
        assert 0 <= s.start <= s.end <= len(document.text)
        assert s.comment.line >= 1 and s.comment.column >= 1


def test_a_prefix_names_a_family_of_rules(tmp_path):
    _, findings = check(corpus(tmp_path, "b.md", f"<!-- quotecli: ignore QC1 -->\n{MISSPELT}\n"))
    assert findings == []
