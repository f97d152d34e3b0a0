"""The progress bar: drawn on a terminal's stderr only; --quiet leaves findings and errors alone
(and drops the closing line of counts)."""

from __future__ import annotations

import io

from click.testing import CliRunner

from quotecli import progress
from quotecli.cli import cli

from conftest import FIXTURES


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_bar_on_a_terminal_counts_files_rate_and_time_left(tmp_path, monkeypatch):
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text("x", encoding="utf-8")
    monkeypatch.setattr(progress, "REFRESH_SECONDS", 0.0)
    stream = Terminal()
    items = [str(tmp_path / f"{n}.txt") for n in range(4)]
    assert list(progress.tracked(items, [str(tmp_path)], lambda p: p, True, stream)) == items
    drawn = stream.getvalue()
    assert "1/4 files" in drawn and "4/4 files" in drawn and "articles/s" in drawn and "left" in drawn
    assert drawn.endswith("\r")  # the line is wiped at the end


def test_no_bar_in_a_pipe_or_when_quiet():
    stream = io.StringIO()
    assert list(progress.tracked([1, 2], ["x"], str, True, stream)) == [1, 2] and stream.getvalue() == ""
    terminal = Terminal()
    assert list(progress.tracked([1, 2], ["x"], str, False, terminal)) == [1, 2] and terminal.getvalue() == ""


def test_count_files_skips_hidden_files_and_the_manifest(tmp_path):
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.md").write_text("x", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.pdf").write_text("x", encoding="utf-8")
    assert progress.count_files([str(tmp_path), "-"]) == 2


def test_quiet_drops_notes_and_warnings_but_not_errors(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owner Ana Ruiz said \u201cyes.\u201d".encode("cp1252"))
    baseline = tmp_path / "b.json"
    args = ["check", str(FIXTURES), str(latin), str(tmp_path / "missing.txt"), "--isolated",
            "--write-baseline", str(baseline), "--doc-date", "2022-07-12"]
    loud = CliRunner().invoke(cli, args)
    assert "warning" in loud.stderr and "error" in loud.stderr
    quiet = CliRunner().invoke(cli, [*args, "--quiet"])
    assert quiet.stderr.splitlines() == [line for line in loud.stderr.splitlines() if ": error: " in line]
    findings, totals = loud.stdout.splitlines()[:-1], loud.stdout.splitlines()[-1]
    assert " in " in totals and "documents" in totals
    assert quiet.stdout.splitlines() == findings and "QC101" in quiet.stdout and "\r" not in quiet.stderr


def test_quiet_table_has_no_closing_count():
    args = ["check", str(FIXTURES), "--isolated", "--doc-date", "2022-07-12", "-f", "table"]
    loud, quiet = CliRunner().invoke(cli, args), CliRunner().invoke(cli, [*args, "--quiet"])
    assert loud.stdout.startswith(quiet.stdout) and loud.stdout[len(quiet.stdout):].count("\n") == 1
