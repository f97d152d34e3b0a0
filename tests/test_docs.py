"""The reference pages are the printed form of the code: they must be regenerated when it changes."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_generated_docs_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "docs" / "build.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_command_is_in_the_readme():
    from quotecli.cli import cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"quotecli {name}" in readme, name
