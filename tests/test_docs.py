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


def test_the_readme_shows_the_example_configuration_as_it_is():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("quotecli.toml", "names.toml"):
        config = (ROOT / "examples" / "newsroom" / name).read_text(encoding="utf-8")
        assert f"```toml\n{config}```" in readme, name


def test_the_pre_commit_hook_checks_the_whole_configured_corpus():
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: quotecli" in hook and "pass_filenames: false" in hook
    assert "entry: quotecli check" in hook


def test_the_example_configuration_loads():
    from quotecli.config import resolve

    settings = resolve({}, config=str(ROOT / "examples" / "newsroom" / "quotecli.toml"))
    assert settings["severity"] == {"QC301": "error"} and settings["doc-date"] == "2023-11-14"
