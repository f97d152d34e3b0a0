"""The names registry: loading, self-tests, and its effect on QC101."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import quotecli
from quotecli.check import run_rules
from quotecli.check.options import CheckOptions
from quotecli.check.registry import find_rule
from quotecli.names_registry import RegistryError, load_registry

REGISTRY = """
distinct = [["Michael Steel", "Michael Steele"]]

[names."Mathew Tait"]
accept = ["Mat Tait"]
must-match = ["Matthew Tait"]
must-not-match = ["Mathew Taylor"]

[names."Andrés Manuel López Obrador"]
aliases = ["AMLO"]
accept = ["Andres Manuel Lopez Obrador"]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def qc101(folder: Path, registry=None):
    documents, _ = quotecli.load([str(folder)])
    return run_rules([quotecli.extract(d) for d in documents], [find_rule("QC101")], CheckOptions(registry=registry))


def test_loads_entries_aliases_and_distinct_pairs(tmp_path):
    registry = load_registry(write(tmp_path, "names.toml", REGISTRY))
    assert registry.lookup("Matthew Tait").canonical == "Mathew Tait"
    assert registry.lookup("AMLO").canonical == "Andrés Manuel López Obrador"
    assert registry.distinct(("michael", "steel"), ("michael", "steele"))
    assert registry.lookup("Rick Perry") is None


def test_the_registry_makes_steel_and_steele_silent(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Michael Steel met John Boehner and Barack Obama in Washington.")
    write(corpus, "b.txt", "Michael Steele met John Boehner. Michael Steele left. Michael Steele spoke.")
    write(corpus, "c.txt", "Michael Steele met Barack Obama. Michael Steele waved.")
    assert [f.primary.text for f in qc101(corpus)] == ["Michael Steel"]
    registry = load_registry(write(tmp_path, "names.toml", REGISTRY))
    assert qc101(corpus, registry) == []


def test_the_registry_spelling_beats_the_majority(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Mathew Tait scored for England against Wales at Twickenham.")
    write(corpus, "b.txt", "Matthew Tait scored for England. Matthew Tait ran at Twickenham against Wales.")
    write(corpus, "c.txt", "Matthew Tait was picked by England. Matthew Tait will face Wales.")
    without = qc101(corpus)
    assert [f.primary.text for f in without] == ["Mathew Tait"]
    registry = load_registry(write(tmp_path, "names.toml", REGISTRY))
    found = qc101(corpus, registry)
    assert {f.primary.text for f in found} == {"Matthew Tait"}
    assert all(f.suggestion == "write 'Mathew Tait'" and f.severity == "error" for f in found)
    assert "registry" in found[0].confidence_reason


def test_accepted_variants_are_silent(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Andres Manuel Lopez Obrador spoke in Mexico City.")
    write(corpus, "b.txt", "Andrés Manuel López Obrador spoke. Andrés Manuel López Obrador left Mexico City.")
    registry = load_registry(write(tmp_path, "names.toml", REGISTRY))
    assert qc101(corpus, registry) == []


@pytest.mark.parametrize("text, expected", [
    ('[names."Mathew Tait"]\nmust-match = ["Rick Perry"]\n', "entry 'Mathew Tait': self-test failed: 'Rick Perry' must match"),
    ('[names."Mathew Tait"]\nmust-not-match = ["Matthew Tait"]\n', "'Matthew Tait' must not match it"),
    ('[names."Mathew Tait"]\nacept = ["Mat Tait"]\n', "entry 'Mathew Tait': unknown key 'acept'"),
    ('distinct = [["Michael Steel"]]\n', "'distinct' entry"),
    ('names = [1\n', "not valid TOML"),
    ('colour = 1\n', "unknown key 'colour'"),
])
def test_a_bad_registry_is_a_registry_error_naming_the_file(tmp_path, text, expected):
    path = write(tmp_path, "names.toml", text)
    with pytest.raises(RegistryError) as error:
        load_registry(path)
    assert str(path) in str(error.value) and expected in str(error.value)


def test_cli_failing_self_test_is_one_line_and_exit_2(tmp_path):
    path = write(tmp_path, "names.toml", '[names."Mathew Tait"]\nmust-match = ["Rick Perry"]\n')
    article = write(tmp_path, "a.txt", "Mathew Tait scored.")
    result = subprocess.run([sys.executable, "-m", "quotecli", "check", str(article), "--names-registry", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "self-test failed" in lines[0]


def test_cli_registry_and_min_confidence(tmp_path):
    registry = write(tmp_path, "names.toml", REGISTRY)
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Michael Steel met John Boehner and Barack Obama in Washington.")
    write(corpus, "b.txt", "Michael Steele met John Boehner. Michael Steele left. Michael Steele spoke.")
    write(corpus, "c.txt", "Michael Steele met Barack Obama. Michael Steele waved.")
    base = [sys.executable, "-m", "quotecli", "check", str(corpus), "--select", "QC101", "-f", "jsonl"]
    plain = subprocess.run(base, capture_output=True, text=True)
    rows = [json.loads(line) for line in plain.stdout.splitlines()]
    assert [r["confidence"] for r in rows] == ["high"] and rows[0]["confidence_reason"]
    silent = subprocess.run(base + ["--names-registry", str(registry)], capture_output=True, text=True)
    assert silent.returncode == 0 and silent.stdout == ""


def _accents(folder: Path, registry=None):
    documents, _ = quotecli.load([str(folder)])
    return run_rules([quotecli.extract(d) for d in documents], [find_rule("QC102")], CheckOptions(registry=registry))


def test_house_style_without_accents_flags_the_accented_writing(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Felipe Calderón spoke in Mexico City on Monday.")
    write(corpus, "b.txt", "Felipe Calderon spoke. Felipe Calderon left Mexico City.")
    assert [f.primary.text for f in _accents(corpus)] == ["Felipe Calderón"]
    accented = load_registry(write(tmp_path, "accented.toml", '[names."Felipe Calderón"]\n'))
    assert [f.primary.text for f in _accents(corpus, accented)] == ["Felipe Calderon"]
    plain = load_registry(write(tmp_path, "plain.toml", 'drop-accents = true\n[names."Felipe Calderón"]\n'))
    found = _accents(corpus, plain)
    assert [f.primary.text for f in found] == ["Felipe Calderón"]


def test_csv_has_the_confidence_and_its_reason(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Michael Steel met John Boehner and Barack Obama in Washington.")
    write(corpus, "b.txt", "Michael Steele met John Boehner. Michael Steele left. Michael Steele spoke.")
    write(corpus, "c.txt", "Michael Steele met Barack Obama. Michael Steele waved.")
    result = subprocess.run([sys.executable, "-m", "quotecli", "check", str(corpus), "--select", "QC101",
                             "-f", "csv"], capture_output=True, text=True)
    import csv
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [(r["text"], r["confidence"]) for r in rows] == [("Michael Steel", "high")]
    assert rows[0]["confidence_reason"]


def test_library_check_takes_the_options(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Michael Steel met John Boehner and Barack Obama in Washington.")
    write(corpus, "b.txt", "Michael Steele met John Boehner. Michael Steele left. Michael Steele spoke.")
    write(corpus, "c.txt", "Michael Steele met Barack Obama. Michael Steele waved.")
    documents, _ = quotecli.load([str(corpus)])
    registry = load_registry(write(tmp_path, "names.toml", REGISTRY))
    assert quotecli.check(documents, select=["QC101"], options=CheckOptions(registry=registry)) == []


def test_an_accepted_plain_variant_is_silent_for_name_accents(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Felipe Calderón spoke in Mexico City on Monday. Felipe Calderón left Mexico City.")
    write(corpus, "b.txt", "Felipe Calderon spoke in Mexico City on Monday.")
    assert [f.primary.text for f in _accents(corpus)] == ["Felipe Calderon"]
    registry = load_registry(write(tmp_path, "r.toml", '[names."Felipe Calderón"]\naccept = ["Felipe Calderon"]\n'))
    assert _accents(corpus, registry) == []
