"""Configuration: found upwards, layered under the flags, and refused whole when wrong."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from quotecli.cli import cli
from quotecli.config import ConfigError, find_config, resolve

ARTICLE_A = "Prime Minister Jonas Wexley spoke on Monday. Jonas Wexley said the budget was fair.\n"
ARTICLE_B = "Jonas Wexley defended the plan. Jonas Wexley left early.\n"
ARTICLE_C = "The minister, Jonas Wexly, was not available.\n"


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """A repository with a corpus folder and a pyproject.toml; the working directory is a subfolder."""
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (corpus / "c.txt").write_text(ARTICLE_C, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    return tmp_path


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_is_found_from_a_subfolder_and_paths_are_relative_to_it(newsroom):
    write(newsroom / "pyproject.toml", '[project]\nname = "x"\n\n[tool.quotecli]\npaths = ["articles"]\nfail-on = "never"\n')
    assert find_config() == newsroom / "pyproject.toml"
    result = run("check", "--format", "json")
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)["findings"]
    assert [f["rule"] for f in findings] == ["QC101"]
    assert findings[0]["locations"][0]["file"] == os.path.join("..", "articles", "c.txt")


def test_a_pyproject_without_our_table_is_passed_over(newsroom):
    write(newsroom / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config() is None


def test_quotecli_toml_comes_before_pyproject_in_one_folder(newsroom):
    write(newsroom / "pyproject.toml", '[tool.quotecli]\njobs = 2\n')
    write(newsroom / "quotecli.toml", 'jobs = 3\n')
    assert resolve({})["jobs"] == 3


def test_layers_defaults_file_flags_and_their_origins(newsroom):
    write(newsroom / "quotecli.toml", 'fail-on = "warning"\nselect = ["QC1"]\n[severity]\nQC101 = "warning"\n')
    settings = resolve({"select": (("QC4",), "--select"), "jobs": (None, "--jobs")})
    assert settings["fail-on"] == "warning"
    assert settings.origins["fail-on"] == os.path.join("..", "quotecli.toml")
    assert settings["select"] == ["QC4"] and settings.origins["select"] == "command line (--select)"
    assert settings["jobs"] == 0 and settings.origins["jobs"] == "default"   # one worker per core
    assert settings["severity"] == {"QC101": "warning"}


def test_severity_override_changes_findings_and_exit_code(newsroom):
    write(newsroom / "quotecli.toml", 'paths = ["articles"]\n[severity]\nname-spelling = "info"\n')
    result = run("check", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [f["severity"] for f in json.loads(result.stdout)["findings"]] == ["info"]
    assert run("check", "--fail-on", "info").exit_code == 1  # the flag beats the default


def test_isolated_ignores_the_file_and_config_names_one(newsroom, tmp_path):
    write(newsroom / "quotecli.toml", 'jobs = 3\n')
    other = write(tmp_path / "other.toml", '[tool.quotecli]\njobs = 2\n')
    assert resolve({}, isolated=True)["jobs"] == 0
    assert resolve({}, config=str(other))["jobs"] == 2


@pytest.mark.parametrize("body, message", [
    ('selct = ["QC1"]\n', "unknown key 'selct'"),
    ('jobs = "two"\n', "jobs must be a whole number"),
    ('fail-on = "sometimes"\n', "fail-on must be one of"),
    ('select = ["QC9"]\n', "'QC9' matches no rule"),
    ('[severity]\nQC101 = "fatal"\n', "severity: QC101 = 'fatal' is not a severity"),
    ('[severity]\nQC999 = "info"\n', "severity: 'QC999' is no rule"),
    ('doc-date = "last week"\n', "doc-date must be a full date"),
    ('names-registry = "names.toml"\n', "names-registry: no such file"),
    ('jobs = 2\njobs = 3\n', "invalid TOML"),
])
def test_a_bad_config_is_one_line_naming_file_and_key_and_exit_2(newsroom, body, message):
    write(newsroom / "quotecli.toml", 'paths = ["articles"]\n' + body)
    output = newsroom / "out.txt"
    result = run("check", "--output", str(output))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("quotecli: error: ") and "quotecli.toml" in lines[0] and message in lines[0], lines[0]
    assert "Traceback" not in result.output and not output.exists()


def test_doc_date_accepts_a_toml_date_and_names_registry_a_relative_path(newsroom):
    write(newsroom / "names.toml", "")
    write(newsroom / "quotecli.toml", 'doc-date = 2022-07-12\nnames-registry = "names.toml"\n')
    settings = resolve({})
    assert settings["doc-date"] == "2022-07-12"
    assert os.path.samefile(settings["names-registry"], newsroom / "names.toml")


def test_include_and_exclude_globs_relative_to_the_config(newsroom):
    write(newsroom / "quotecli.toml", 'paths = ["articles"]\nexclude = ["articles/c.*"]\n')
    result = run("check", "--format", "json")
    assert json.loads(result.stdout)["summary"]["documents"] == 2
    write(newsroom / "quotecli.toml", 'paths = ["articles"]\ninclude = ["**/a.txt"]\n')
    assert json.loads(run("check", "--format", "json").stdout)["summary"]["documents"] == 1


def test_default_format_from_the_config(newsroom):
    write(newsroom / "quotecli.toml", 'paths = ["articles"]\nformat = "github"\n')
    assert run("check").stdout.startswith("::error file=")
    assert run("check", "--format", "csv").stdout.startswith("file,line,column")


def test_config_command_prints_settings_and_origins(newsroom):
    write(newsroom / "pyproject.toml", '[tool.quotecli]\nfail-on = "warning"\n')
    result = run("config", "--format", "table")
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if line.startswith("fail-on"))
    assert "warning" in row and "pyproject.toml" in row
    rows = {r["key"]: r for r in map(json.loads, run("config", "--isolated", "--format", "jsonl").stdout.splitlines())}
    assert rows["fail-on"] == {"key": "fail-on", "value": "error", "source": "default"}


def test_missing_config_file_named_with_config_is_an_error(newsroom):
    with pytest.raises(ConfigError, match="no such configuration file"):
        resolve({}, config="nowhere.toml")


@pytest.mark.parametrize("pattern, path, expected", [
    ("drafts", "articles/drafts/a.md", True),
    ("*.html", "articles/2023/a.html", True),
    ("articles/*.md", "articles/a.md", True),
    ("articles/*.md", "articles/sub/a.md", False),
    ("articles/**/*.md", "articles/sub/deeper/a.md", True),
    ("articles/**/*.md", "articles/a.md", True),
    ("/wire", "wire/a.jsonl", True),
    ("/wire", "old/wire/a.jsonl", False),
    ("a?.txt", "ab.txt", True),
    ("a?.txt", "a/b.txt", False),
])
def test_globs(pattern, path, expected):
    from quotecli.config import _glob_match

    assert _glob_match(pattern, path) is expected
