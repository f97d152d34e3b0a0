"""Baseline: only new findings are reported; keys survive edits elsewhere; fixed findings drop out."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotecli.baseline import BaselineError, read
from quotecli.cli import cli

FREQUENT = ("Jonas Wexley spoke on Monday. Jonas Wexley said the budget was fair. Jonas Wexley left.\n\n"
            "Jonas Wexley came back. Jonas Wexley sat down. Jonas Wexley spoke again.\n")


def check(*args):
    return CliRunner().invoke(cli, ["check", "--isolated", "--format", "json", *args], catch_exceptions=False)


def findings(result):
    return json.loads(result.stdout)["findings"]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(FREQUENT, encoding="utf-8")
    (folder / "b.txt").write_text("Headline\n\nThe minister, Jonas Wexly, was not available.\n", encoding="utf-8")
    return folder


def test_round_trip_survives_an_edit_elsewhere_and_reports_only_new(corpus, tmp_path):
    baseline = tmp_path / "baseline.json"
    first = check(str(corpus), "--write-baseline", str(baseline))
    assert [f["rule"] for f in findings(first)] == ["QC101"]
    assert "wrote 1 findings to the baseline" in first.stderr
    entry = json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]
    assert entry == {"rule": "QC101", "file": "articles/b.txt", "text": "Jonas Wexly"}  # relative to the baseline

    # new paragraphs above move the finding down three lines: still matched
    b = corpus / "b.txt"
    b.write_text("Headline\n\nA new first paragraph.\n\nAnd another.\n\n" + b.read_text(encoding="utf-8")[10:],
                 encoding="utf-8")
    # and a new error in another article is the only one reported
    (corpus / "c.txt").write_text("Headline\n\nOn Monday, July 13, 2022, the vote was held.\n", encoding="utf-8")
    second = check(str(corpus), "--baseline", str(baseline))
    assert [f["rule"] for f in findings(second)] == ["QC401"]
    assert "1 findings matched the baseline" in second.stderr and "1 new" in second.stderr
    assert second.exit_code == 1


def test_a_fixed_finding_drops_out_of_a_rewritten_baseline(corpus, tmp_path):
    baseline = tmp_path / "baseline.json"
    check(str(corpus), "--write-baseline", str(baseline))
    (corpus / "b.txt").write_text("Headline\n\nThe minister, Jonas Wexley, was not available.\n", encoding="utf-8")
    result = check(str(corpus), "--baseline", str(baseline), "--write-baseline", str(baseline))
    assert findings(result) == [] and result.exit_code == 0
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"] == []
    assert sum(read(str(baseline)).values()) == 0


def test_the_same_finding_twice_needs_two_entries(corpus, tmp_path):
    baseline = tmp_path / "baseline.json"
    check(str(corpus), "--write-baseline", str(baseline))
    (corpus / "d.txt").write_text("Headline\n\nThe minister, Jonas Wexly, was not available.\n", encoding="utf-8")
    result = check(str(corpus), "--baseline", str(baseline))
    assert len(findings(result)) == 1  # the copy in d.txt is new (another file)


@pytest.mark.parametrize("content, message", [
    ("{not json", "invalid JSON"),
    ('{"findings": []}', "not a quotecli baseline"),
    ('{"quotecli_baseline": 1, "findings": [{"rule": "QC101"}]}', "entry 1 needs string fields"),
    ('{"quotecli_baseline": 1, "findings": [{"rule": "Q", "file": "f", "text": "t", "count": 0}]}', "count must be"),
])
def test_a_malformed_baseline_is_one_line_and_exit_2_with_nothing_written(corpus, tmp_path, content, message):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    output = tmp_path / "out.json"
    result = CliRunner().invoke(cli, ["check", "--isolated", str(corpus), "--baseline", str(baseline),
                                      "--output", str(output), "--write-baseline", str(tmp_path / "new.json")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and str(baseline) in result.stderr and message in result.stderr
    assert not output.exists() and not (tmp_path / "new.json").exists()


def test_the_baseline_matches_from_another_working_directory(corpus, tmp_path, monkeypatch):
    baseline = tmp_path / "baseline.json"
    check(str(corpus), "--write-baseline", str(baseline))
    monkeypatch.chdir(corpus)
    result = check(".", "--baseline", str(baseline))
    assert findings(result) == [] and "1 findings matched" in result.stderr


def test_missing_baseline_file(tmp_path):
    with pytest.raises(BaselineError, match="no such baseline file"):
        read(str(tmp_path / "none.json"))


def test_baseline_write_is_atomic_and_leaves_no_temporary(corpus, tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text("old", encoding="utf-8")
    check(str(corpus), "--write-baseline", str(baseline))
    assert json.loads(baseline.read_text(encoding="utf-8"))["quotecli_baseline"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "baseline.json"]
