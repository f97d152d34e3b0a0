"""SARIF (validated against the official 2.1.0 schema) and GitHub workflow commands (order, caps, escaping)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from quotecli.check.model import Finding, Location
from quotecli.cli import cli
from quotecli.report import github, sarif

from conftest import FIXTURES

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def fixtures_check(fmt):
    return CliRunner().invoke(cli, ["check", str(FIXTURES), "--isolated", "--format", fmt, "--doc-date", "2022-07-12"],
                              catch_exceptions=False)


def finding(severity, n=0, message="m", file="a.md"):
    loc = Location(file, n + 1, 2, n + 1, 5, "abc", file, 0, 3)
    other = Location("b.md", 3, 1, 3, 4, "abd", "b.md", 10, 13)
    return Finding("QC101", "name-spelling", severity, message, (loc, other), suggestion="write abd")


def test_sarif_of_the_fixtures_is_valid_against_the_official_schema():
    result = fixtures_check("sarif")
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["QC101"]["name"] == "name-spelling"
    assert rules["QC101"]["help"]["text"].startswith("A person's name is spelt")
    assert len(run["results"]) == 6
    qc101 = next(r for r in run["results"] if r["ruleId"] == "QC101")
    assert run["tool"]["driver"]["rules"][qc101["ruleIndex"]]["id"] == "QC101"
    assert qc101["level"] == "error"
    assert qc101["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("gazette.html")
    assert len(qc101["relatedLocations"]) == 5
    assert {r["level"] for r in run["results"]} == {"error", "warning", "note"}


def test_sarif_is_valid_for_no_findings_and_odd_paths():
    odd = finding("info", file="folder with space/ä%.md")
    for findings in ([], [odd]):
        jsonschema.Draft4Validator(SCHEMA).validate(sarif.sarif_log(findings))
    uri = sarif.sarif_log([odd])["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "folder%20with%20space/%C3%A4%25.md"


def test_the_schema_rejects_what_is_not_sarif():
    broken = sarif.sarif_log([finding("error")])
    broken["runs"][0]["results"][0]["level"] = "fatal"
    try:
        jsonschema.Draft4Validator(SCHEMA).validate(broken)
    except jsonschema.ValidationError:
        return
    raise AssertionError("the schema accepted an invalid level")


def test_github_command_shape_from_the_fixtures():
    lines = fixtures_check("github").stdout.splitlines()
    # commas are escaped in properties only, not in the message
    assert lines[0].startswith(f"::error file={FIXTURES}/border-summit/courier.md,line=11,col=4,endLine=11,endColumn=26,"
                               "title=QC401 weekday-mismatch::Thursday does not fit July 8, 2022")
    kinds = [line.split(" ", 1)[0] for line in lines]
    assert kinds == sorted(kinds, key=["::error", "::warning", "::notice"].index)


def test_github_escaping_of_data_and_properties():
    nasty = finding("error", message="100% sure\r\nline two", file="a,b:c.md")
    line = github.command(nasty)
    assert line.startswith("::error file=a%2Cb%3Ac.md,line=1,col=2,endLine=1,endColumn=5,title=QC101 name-spelling::")
    assert "100%25 sure%0D%0Aline two%0Asuggestion: write abd%0Ab.md:3:1: abd" in line
    assert "\n" not in line and "\r" not in line


def test_github_errors_first_caps_and_closing_notice():
    findings = [finding("info", n) for n in range(4)] + [finding("warning", n) for n in range(12)] + \
               [finding("error", n) for n in range(15)]
    out = io.StringIO()
    github.write_findings(findings, out, {})
    lines = out.getvalue().splitlines()
    commands = [line for line in lines if line.startswith("::")]
    kinds = [c.split(" ", 1)[0] for c in commands]
    assert kinds[:10] == ["::error"] * 10
    assert kinds.count("::error") == 10 and kinds.count("::warning") == 10
    assert kinds.count("::notice") == 4 + 1  # all four infos, plus the closing count
    assert commands[-1].startswith("::notice title=quotecli::7 more findings not annotated (5 error, 2 warning;")
    assert sum(1 for line in lines if not line.startswith("::")) == 7  # still in the log, as plain lines
    assert len(commands) <= github.MAX_PER_JOB


def test_github_keeps_a_notice_place_for_the_count():
    out = io.StringIO()
    github.write_findings([finding("info", n) for n in range(12)], out, {})
    notices = [line for line in out.getvalue().splitlines() if line.startswith("::notice")]
    assert len(notices) == 10 and "3 more findings not annotated" in notices[-1]


def test_github_no_overflow_no_closing_notice():
    out = io.StringIO()
    github.write_findings([finding("info", n) for n in range(10)], out, {})
    assert "not annotated" not in out.getvalue() and out.getvalue().count("::notice") == 10


def test_an_article_of_a_jsonl_file_is_annotated_on_the_file_not_on_a_wrong_line():
    loc = Location("wire.jsonl", 3, 2, 3, 9, "abc", "wire-001", 0, 3)
    jsonl = Finding("QC101", "name-spelling", "error", "m", (loc,))
    line = github.command(jsonl)
    assert line.startswith("::error file=wire.jsonl,title=QC101 name-spelling::wire-001 3:2: m")
    log = sarif.sarif_log([jsonl])
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    result = log["runs"][0]["results"][0]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["locations"][0]["logicalLocations"][0]["name"] == "wire-001"
    assert result["message"]["text"].startswith("wire-001 3:2: m")
