"""The per-document cache: reuse, one-file invalidation, damage, read-only, locks, concurrency."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

import quotecli
from quotecli import cache as cache_module
from quotecli.cache import Cache
from quotecli.check import engine
from quotecli.check.engine import check_documents
from quotecli.cli import cli
from quotecli.report import write_findings

import engine_corpus
from conftest import FIXTURES, ROOT


class Counting:
    """Counts the documents the engine really extracts (a cache hit skips them)."""

    def __init__(self, monkeypatch):
        self.ids: list[str] = []
        real = engine.map_document

        def counted(document, rules):
            self.ids.append(document.id)
            return real(document, rules)

        monkeypatch.setattr(engine, "map_document", counted)


def _rendered(findings) -> str:
    stream = io.StringIO()
    write_findings(findings, "json", stream, {"documents": 0})
    return stream.getvalue()


def _run(directory, documents, warnings=None):
    with Cache(directory, warn=(warnings.append if warnings is not None else print)) as cache:
        return check_documents(documents, cache=cache if cache.enabled else None)[0]


def test_a_rerun_reuses_every_document_and_gives_the_same_findings(tmp_path, monkeypatch):
    documents = engine_corpus.documents()
    expected = _rendered(check_documents(documents)[0])
    counting = Counting(monkeypatch)
    assert _rendered(_run(tmp_path, documents)) == expected
    assert len(counting.ids) == len(documents)
    counting.ids.clear()
    assert _rendered(_run(tmp_path, documents)) == expected
    assert counting.ids == []


def test_editing_one_article_extracts_only_that_one(tmp_path, monkeypatch):
    documents = engine_corpus.documents()
    _run(tmp_path, documents)
    edited = list(documents)
    edited[5] = quotecli.from_text(edited[5].text.replace("homes", "houses"), id=edited[5].id, date="2025-03-05")
    expected = _rendered(check_documents(edited)[0])
    counting = Counting(monkeypatch)
    assert _rendered(_run(tmp_path, edited)) == expected
    assert counting.ids == [edited[5].id]


def test_metadata_and_rule_selection_are_part_of_the_key(tmp_path, monkeypatch):
    documents = engine_corpus.documents(towns=1)
    _run(tmp_path, documents)
    counting = Counting(monkeypatch)
    redated = [quotecli.from_text(d.text, id=d.id, date="2025-03-06") for d in documents]
    _run(tmp_path, redated)
    assert len(counting.ids) == len(documents)
    counting.ids.clear()
    with Cache(tmp_path) as cache:
        check_documents(documents, quotecli.select_rules(["QC1"]), cache=cache)
    assert len(counting.ids) == len(documents)


@pytest.mark.parametrize("spill_after", [8000, 5])
def test_parallel_runs_fill_and_read_the_cache(tmp_path, monkeypatch, spill_after):
    monkeypatch.setattr(engine, "BATCH", 2)
    documents = engine_corpus.documents()
    expected = _rendered(check_documents(documents)[0])
    monkeypatch.setattr(engine, "SPILL_AFTER", spill_after)
    for _ in range(2):
        with Cache(tmp_path) as cache:
            assert _rendered(check_documents(documents, jobs=2, cache=cache)[0]) == expected
    with Cache(tmp_path) as cache:
        assert cache.info()["entries"] == len(documents)


def test_a_file_that_is_not_a_database_is_rebuilt_with_one_warning(tmp_path):
    documents = engine_corpus.documents(towns=2)
    (tmp_path / cache_module.FILE_NAME).write_bytes(b"this is not sqlite" * 300)
    warnings: list[str] = []
    assert _rendered(_run(tmp_path, documents, warnings)) == _rendered(check_documents(documents)[0])
    assert len(warnings) == 1 and "damaged" in warnings[0]
    with Cache(tmp_path) as cache:
        assert cache.info()["entries"] == len(documents)


def test_a_truncated_database_never_breaks_a_run(tmp_path):
    documents = engine_corpus.documents()
    expected = _rendered(check_documents(documents)[0])
    _run(tmp_path, documents)
    path = tmp_path / cache_module.FILE_NAME
    for suffix in ("-wal", "-shm"):
        if (tmp_path / (cache_module.FILE_NAME + suffix)).exists():
            os.remove(tmp_path / (cache_module.FILE_NAME + suffix))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    warnings: list[str] = []
    assert _rendered(_run(tmp_path, documents, warnings)) == expected
    assert len(warnings) <= 1
    assert _rendered(_run(tmp_path, documents, [])) == expected


def test_a_damaged_entry_is_extracted_again(tmp_path, monkeypatch):
    documents = engine_corpus.documents(towns=1)
    _run(tmp_path, documents)
    db = sqlite3.connect(tmp_path / cache_module.FILE_NAME)
    db.execute("UPDATE documents SET value = x'00ff00', keys = x'00ff00'")
    db.execute("DELETE FROM results")   # else the run's stored findings answer without them
    db.commit()
    db.close()
    expected = _rendered(check_documents(documents)[0])
    counting = Counting(monkeypatch)
    assert _rendered(_run(tmp_path, documents)) == expected
    assert len(counting.ids) == len(documents)


def test_a_read_only_cache_is_read_but_not_written(tmp_path, monkeypatch):
    documents = engine_corpus.documents(towns=2)
    _run(tmp_path, documents[:4])
    real_connect = sqlite3.connect

    def read_only(path, *args, uri=False, **kwargs):   # what a file without write permission gives
        target = path if uri else f"{cache_module.Path(path).as_uri()}?mode=ro"
        return real_connect(target, *args, uri=True, **kwargs)

    expected = _rendered(check_documents(documents)[0])
    monkeypatch.setattr(cache_module.sqlite3, "connect", read_only)
    counting = Counting(monkeypatch)
    warnings: list[str] = []
    assert _rendered(_run(tmp_path, documents, warnings)) == expected
    assert sorted(counting.ids) == sorted(d.id for d in documents[4:])
    assert len(warnings) == 1 and "read-only" in warnings[0]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes to read-only files anyway")
def test_a_read_only_cache_folder_is_bypassed_or_read(tmp_path):
    documents = engine_corpus.documents(towns=2)
    _run(tmp_path, documents)
    os.chmod(tmp_path / cache_module.FILE_NAME, 0o444)
    os.chmod(tmp_path, 0o555)
    try:
        warnings: list[str] = []
        assert _rendered(_run(tmp_path, documents, warnings)) == _rendered(check_documents(documents)[0])
        assert len(warnings) == 1
    finally:
        os.chmod(tmp_path, 0o755)


def test_a_cache_locked_by_another_run_is_bypassed_with_one_warning(tmp_path, monkeypatch):
    documents = engine_corpus.documents(towns=2)
    Cache(tmp_path).close()
    monkeypatch.setattr(cache_module, "BUSY_TIMEOUT", 0.2)
    monkeypatch.setattr(cache_module, "WRITE_BATCH", 2)
    holder = sqlite3.connect(tmp_path / cache_module.FILE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        warnings: list[str] = []
        assert _rendered(_run(tmp_path, documents, warnings)) == _rendered(check_documents(documents)[0])
        assert len(warnings) == 1 and "locked" in warnings[0]
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_two_runs_sharing_a_cache_at_once_are_safe(tmp_path):
    """Two real processes write one cache at the same time; both succeed, and a third run
    then finds every document in it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, document in enumerate(engine_corpus.documents()):
        (corpus / f"{i:02d}.txt").write_text(document.text, encoding="utf-8")
    command = [sys.executable, "-m", "quotecli", "check", str(corpus), "-f", "json", "--doc-date", "2025-03-05",
               "--cache-dir", str(tmp_path / "cache"), "-j", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [1, 1], outputs
    assert outputs[0][0] == outputs[1][0]
    # A run kept waiting past the busy timeout by the other's writes says so and goes on
    # without the cache (still correct); any other warning is a failure.
    assert not any(b"warning" in line and b"locked" not in line
                   for _, err in outputs for line in err.splitlines()), outputs
    with Cache(tmp_path / "cache") as cache:
        assert cache.info()["entries"] == len(list(corpus.iterdir()))


def test_cache_info_and_clear_commands(tmp_path):
    count = len(quotecli.load([str(FIXTURES)])[0])
    runner = CliRunner()
    result = runner.invoke(cli, ["check", str(FIXTURES), "--cache-dir", str(tmp_path), "-f", "json", "-j", "1"])
    assert result.exit_code == 1
    info = runner.invoke(cli, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert info.exit_code == 0 and f"entries: {count}" in info.output and str(tmp_path) in info.output
    cleared = runner.invoke(cli, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert cleared.exit_code == 0 and f"removed {count} entries" in cleared.output
    assert "entries: 0" in runner.invoke(cli, ["cache", "info", "--cache-dir", str(tmp_path)]).output


def test_no_cache_writes_nothing(tmp_path):
    result = CliRunner().invoke(cli, ["check", str(FIXTURES), "--cache-dir", str(tmp_path / "c"), "--no-cache",
                                      "-f", "json", "-j", "1"])
    assert result.exit_code == 1
    assert not (tmp_path / "c").exists()


def test_the_default_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("QUOTECLI_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert cache_module.default_dir() == tmp_path / "quotecli"
    monkeypatch.setenv("QUOTECLI_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert cache_module.default_dir() == tmp_path / "elsewhere"


class Compared:
    """Records the groups the engine really compares (a stored group result skips them)."""

    def __init__(self, monkeypatch):
        self.groups: set[tuple[str, object]] = set()
        real = engine._compare_in_memory

        def counted(groups, rules, jobs):
            for rule, grouped in zip(rules, groups):
                self.groups.update((rule.id, key) for key in grouped)
            return real(groups, rules, jobs)

        monkeypatch.setattr(engine, "_compare_in_memory", counted)


def _group_keys(document) -> set:
    rules = quotecli.all_rules()
    mapped = engine.map_document(document, rules)
    return {(rule.id, key) for rule, pairs in zip(rules, mapped.pairs) for key, _ in pairs}


def test_an_unchanged_rerun_compares_no_group(tmp_path, monkeypatch):
    documents = engine_corpus.documents()
    expected = _rendered(_run(tmp_path, documents))
    compared = Compared(monkeypatch)
    assert _rendered(_run(tmp_path, documents)) == expected
    assert compared.groups == set()


def test_a_changed_document_invalidates_exactly_its_groups(tmp_path, monkeypatch):
    documents = engine_corpus.documents()
    _run(tmp_path, documents)
    edited = list(documents)
    edited[5] = quotecli.from_text(edited[5].text.replace("homes", "houses"), id=edited[5].id, date="2025-03-05")
    expected = _rendered(check_documents(edited)[0])
    compared = Compared(monkeypatch)
    assert _rendered(_run(tmp_path, edited)) == expected
    present = set().union(*(_group_keys(d) for d in edited))
    # the groups it is in now, and those it left that other documents are still in
    assert compared.groups == _group_keys(edited[5]) | (_group_keys(documents[5]) & present)
    assert len(compared.groups) < len(present) / 4
    compared.groups.clear()   # and the edited corpus is now known too
    assert _rendered(_run(tmp_path, edited)) == expected
    assert compared.groups == set()


def test_a_new_document_compares_only_the_groups_it_joins(tmp_path, monkeypatch):
    documents = engine_corpus.documents(towns=3)
    _run(tmp_path, documents[:-1])
    expected = _rendered(check_documents(documents)[0])
    compared = Compared(monkeypatch)
    counting = Counting(monkeypatch)
    assert _rendered(_run(tmp_path, documents)) == expected
    assert counting.ids == [documents[-1].id]
    assert compared.groups == _group_keys(documents[-1])


def test_stored_group_results_need_the_same_rules(tmp_path, monkeypatch):
    documents = engine_corpus.documents(towns=2)
    _run(tmp_path, documents)
    chosen = quotecli.select_rules(["QC2"])
    expected = _rendered(check_documents(documents, chosen)[0])
    compared = Compared(monkeypatch)
    with Cache(tmp_path) as cache:
        assert _rendered(check_documents(documents, chosen, cache=cache)[0]) == expected
    assert compared.groups and {rule for rule, _ in compared.groups} <= {r.id for r in chosen}


def test_a_damaged_group_result_is_compared_again(tmp_path, monkeypatch):
    documents = engine_corpus.documents(towns=2)
    expected = _rendered(_run(tmp_path, documents))
    db = sqlite3.connect(tmp_path / cache_module.FILE_NAME)
    db.execute("UPDATE results SET value = x'00ff00' WHERE length(value) > 0")
    db.commit()
    db.close()
    compared = Compared(monkeypatch)
    assert _rendered(_run(tmp_path, documents)) == expected
    assert compared.groups
