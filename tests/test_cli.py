"""The command line: formats, exit codes and honest errors, through click's runner."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from quotecli.cli import cli

from conftest import FIXTURES

RECORD_COMMANDS = ["quotes", "numbers", "dates", "people", "extract"]


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.mark.parametrize("command", RECORD_COMMANDS)
@pytest.mark.parametrize("fmt", ["table", "csv", "markdown", "json", "jsonl"])
def test_every_command_writes_every_format(command, fmt):
    result = run(command, str(FIXTURES), "--format", fmt, "--doc-date", "2022-07-12")
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert isinstance(json.loads(result.output), list)
    elif fmt == "jsonl":
        for line in result.output.splitlines():
            json.loads(line)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.output)))
        assert rows and "file" in rows[0]


def test_records_carry_the_public_location_fields():
    result = run("quotes", str(FIXTURES), "--format", "json")
    records = json.loads(result.output)
    assert records, "the fixtures hold quotations"
    for record in records:
        for key in ("doc", "file", "line", "column", "start", "end", "text", "speaker", "speaker_mention",
                    "speaker_start", "speaker_end", "cue", "kind"):
            assert key in record


def test_stdin_is_read_with_a_dash():
    result = run("quotes", "-", "--format", "json", input="“We will win,” Maria Lopez said.\n")
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["file"] == "-"


def test_missing_path_reports_one_line_and_still_processes_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("“We will win,” Maria Lopez said.", encoding="utf-8")
    result = run("quotes", str(tmp_path / "nope.txt"), str(good), "-f", "jsonl")
    assert result.exit_code == 2
    assert f"quotecli: error: {tmp_path / 'nope.txt'}: no such file or directory" in result.stderr
    assert "We will win" in result.stdout


def test_binary_file_is_an_input_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x00\x01")
    result = run("numbers", str(path))
    assert result.exit_code == 2
    assert "binary" in result.stderr


def test_empty_file_is_no_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = run("dates", str(path), "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.output) == []


def test_output_file_and_inputs_untouched(tmp_path):
    before = {p: p.read_bytes() for p in FIXTURES.rglob("*") if p.is_file()}
    out = tmp_path / "out.csv"
    result = run("extract", str(FIXTURES), "-f", "csv", "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("doc,")
    assert before == {p: p.read_bytes() for p in FIXTURES.rglob("*") if p.is_file()}


def test_bad_doc_date_is_a_usage_error():
    result = run("dates", str(FIXTURES), "--doc-date", "soon")
    assert result.exit_code == 2


def test_rules_and_rule_explain_themselves():
    result = run("rules", "-f", "json")
    rules = json.loads(result.output)
    assert rules and all(r["id"].startswith("QC") and r["summary"] for r in rules)
    first = rules[0]
    explained = run("rule", first["id"])
    assert explained.exit_code == 0 and first["name"] in explained.output and "--ignore" in explained.output
    assert run("rule", "QC999").exit_code == 2


def test_check_json_schema_and_exit_codes():
    result = run("check", str(FIXTURES), "-f", "json")
    payload = json.loads(result.output)
    assert payload["schema_version"] == 1
    assert set(payload["summary"]) >= {"documents", "findings", "by_severity", "by_rule"}
    errors = [f for f in payload["findings"] if f["severity"] == "error"]
    assert result.exit_code == (1 if errors else 0)
    for finding in payload["findings"]:
        assert set(finding) == {"rule", "name", "severity", "message", "suggestion", "locations",
                                "confidence", "confidence_reason"}
        for loc in finding["locations"]:
            assert set(loc) >= {"file", "line", "column", "end_line", "end_column", "text"}
    assert run("check", str(FIXTURES), "--exit-zero").exit_code == 0
    assert run("check", str(FIXTURES), "--fail-on", "never").exit_code == 0


@pytest.mark.parametrize("fmt", ["table", "text", "csv", "markdown", "json", "jsonl"])
def test_check_formats(fmt):
    result = run("check", str(FIXTURES), "-f", fmt, "--exit-zero")
    assert result.exit_code == 0
    assert result.output


def test_check_select_that_matches_nothing_is_a_usage_error():
    assert run("check", str(FIXTURES), "--select", "nothing-like-this").exit_code == 2
