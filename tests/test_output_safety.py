"""Untrusted article text cannot attack what reads quotecli's output: spreadsheets, terminals,
Markdown pages, JSON consumers; and the output file is written whole or not at all."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from quotecli.cli import cli
from quotecli.report import safety

from conftest import FIXTURES, ROOT

HOSTILE = ("“=HYPERLINK(\"http://evil.example\",\"click\"),” said Ana Ruiz.\n\n"
           "“\x1b[31mred\x1b[0m alert \u202eevil\u202c,” Paulo Reis said.\n\n"
           "“| pipes | and `ticks` <img src=x onerror=alert(1)> [link](javascript:x)\u2028sep,” Ana Ruiz said.\n\n"
           "“-2+3 is @risk\there,” said Paulo Reis.\n")


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


# --- the helpers ----------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"x\")"])
def test_csv_cells_that_start_like_formulas_are_neutralised(cell):
    assert safety.csv_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Ana Ruiz", "a=b", "", 3, -3, 2.5, None, "'quoted"])
def test_other_csv_cells_are_left_alone(cell):
    assert safety.csv_cell(cell) == cell


def test_terminal_escapes_controls_and_bidi_but_keeps_text():
    assert safety.terminal("a\x1b[31mb\x07c\u202ed\u2066e\x9bf") == "a\\x1b[31mb\\x07c\\u202ed\\u2066e\\x9bf"
    assert safety.terminal("Café “quoted” — ok\n\tnext") == "Café “quoted” — ok\n\tnext"


def test_markdown_cell_escapes_structure_and_html():
    cell = safety.markdown_cell("a | b `c` <script>x</script> [l](u) *e*\nnext")
    assert "|" not in cell.replace("\\|", "") and "<" not in cell and "\n" not in cell
    assert cell == r"a \| b \`c\` &lt;script&gt;x&lt;/script&gt; \[l\](u) \*e\* next"


def test_json_dumps_stays_valid_and_round_trips():
    value = {"t": "a\x1b[0m\u202e\u2028\u2029\x85z\"\\"}
    text = safety.json_dumps(value)
    for char in "\x1b\u202e\u2028\u2029\x85":
        assert char not in text
    assert len(text.splitlines()) == 1
    assert json.loads(text) == value


def test_github_and_html_escapes():
    assert safety.github_message("50% done\nnext\r") == "50%25 done%0Anext\\x0d"
    assert safety.github_property("a:b,c") == "a%3Ab%2Cc"
    assert safety.html_text("<b a=\"1\">&'</b>\x1b") == "&lt;b a=&quot;1&quot;&gt;&amp;&#x27;&lt;/b&gt;\\x1b"


# --- the formats ----------------------------------------------------------------------

def test_csv_output_has_no_live_formula(hostile):
    rows = list(csv.DictReader(io.StringIO(run("quotes", hostile, "-f", "csv").stdout)))
    texts = [r["text"] for r in rows]
    assert any(t.startswith("'=HYPERLINK(") for t in texts)
    assert any(t.startswith("'-2+3") for t in texts)
    for row in rows:
        for value in row.values():
            assert not value.startswith(safety.FORMULA_STARTS), value
    raw = list(csv.DictReader(io.StringIO(run("quotes", hostile, "-f", "csv", "--no-csv-safety").stdout)))
    assert any(r["text"].startswith("=HYPERLINK(") for r in raw)


def test_check_csv_output_is_neutralised_too(tmp_path):
    for name, speaker in (("a.txt", "Ana Ruiz"), ("b.txt", "Paulo Reis")):
        (tmp_path / name).write_text(f"“=cmd|' /C calc'!A0 is what we want,” {speaker} said.\n", encoding="utf-8")
    result = run("check", tmp_path, "-f", "csv", "--exit-zero")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows, "the two attributions disagree"
    assert all(not v.startswith(safety.FORMULA_STARTS) for row in rows for v in row.values())


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_terminal_and_markdown_output_carry_no_escape_sequence(hostile, fmt):
    out = run("quotes", hostile, "-f", fmt).stdout
    for char in "\x1b\u202e\u202c\u2028":
        assert char not in out
    assert ("\\x1b[31m" if fmt == "table" else "\\\\x1b\\[31m") in out  # shown, as Markdown shows it


def test_text_format_of_check_escapes_article_text(tmp_path):
    for name, speaker in (("a.txt", "Ana Ruiz"), ("b.txt", "Paulo Reis")):
        (tmp_path / name).write_text(f"“We \x1b]0;owned\x07 will win the \u202eday,” {speaker} said.\n",
                                     encoding="utf-8")
    out = run("check", tmp_path, "-f", "text", "--exit-zero").stdout
    assert "QC202" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out


def test_markdown_table_rows_stay_rows(hostile):
    out = run("quotes", hostile, "-f", "markdown").stdout
    lines = out.splitlines()
    header_cells = lines[0].count("|")
    for line in lines[2:]:
        assert line.replace("\\|", "").count("|") == header_cells, line
    assert "<img" not in out and "[link](" not in out and "\\[link\\](" in out


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_output_round_trips_the_article_text(hostile, fmt):
    out = run("quotes", hostile, "-f", fmt).stdout
    assert "\x1b" not in out and "\u202e" not in out and "\u2028" not in out
    records = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert any("\x1b[31mred" in r["text"] for r in records), "escaped, not altered"


def test_error_lines_on_stderr_are_escaped_too(tmp_path):
    name = tmp_path / "evil\x1b[2Jname.txt"
    result = run("quotes", name, "-f", "jsonl")
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "\\x1b[2J" in result.stderr


# --- the output file ------------------------------------------------------------------

def test_output_is_written_atomically_and_keeps_no_temporary(tmp_path):
    out = tmp_path / "quotes.jsonl"
    result = run("quotes", FIXTURES, "-f", "jsonl", "-o", out)
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").count("\n") > 3
    assert os.listdir(tmp_path) == ["quotes.jsonl"]


def test_a_failed_write_leaves_the_old_output_whole(tmp_path, monkeypatch):
    out = tmp_path / "findings.json"
    out.write_text("previous run\n", encoding="utf-8")
    import quotecli.cli.output as cli_module

    def exploding(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli_module.os, "fsync", exploding)
    result = run("check", FIXTURES, "-f", "json", "-o", out)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"quotecli: error: cannot write {out}: No space left on device"
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert os.listdir(tmp_path) == ["findings.json"]


def test_output_that_is_an_input_is_refused(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("“We will win,” Maria Lopez said.\n", encoding="utf-8")
    result = run("quotes", path, "-f", "csv", "-o", path)
    assert result.exit_code == 2 and "is one of the inputs" in result.stderr
    assert path.read_text(encoding="utf-8") == "“We will win,” Maria Lopez said.\n"


def test_unwritable_output_folder_is_a_clear_error(tmp_path):
    out = tmp_path / "no" / "such" / "folder" / "out.csv"
    result = run("quotes", FIXTURES, "-f", "csv", "-o", out)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"quotecli: error: cannot write {out}: No such file or directory"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_full_disk_is_a_clear_error():
    result = run("quotes", FIXTURES, "-f", "jsonl", "-o", "/dev/full")
    assert result.exit_code == 2
    assert result.stderr.strip() == "quotecli: error: cannot write /dev/full: No space left on device"


# --- signals and pipes (real processes) --------------------------------------------------

def _quotecli(*args, **kwargs):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-c", "from quotecli.cli import main; main()", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "“We will win,” Maria Lopez said."}) + "\n"
                            for i in range(400)), encoding="utf-8")
    process = _quotecli("quotes", str(path), "-f", "jsonl")
    process.stdout.readline()
    process.stdout.close()  # what `| head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert stderr == ""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_without_traceback_and_ends_the_workers(tmp_path, jobs):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "“We will win,” Maria Lopez said. " * 30}) + "\n"
                            for i in range(20000)), encoding="utf-8")
    process = _quotecli("quotes", str(path), "-f", "jsonl", "-j", jobs, start_new_session=True)
    time.sleep(6)  # past start-up (imports take seconds on a loaded machine), inside the extraction
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # the terminal sends Ctrl-C to the whole process group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode().strip() == "quotecli: interrupted"
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)  # no worker outlived it
