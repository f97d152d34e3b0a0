"""The folder walk's shortcuts (one stat per file, manifests looked up once per folder) keep its answers."""

import os

import pytest

from quotecli.sources import read_inputs
from quotecli.document import Document


def _documents(paths):
    return [item for item in read_inputs([str(p) for p in paths]) if isinstance(item, Document)]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_a_file_linked_twice_in_a_walk_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    os.link(tmp_path / "a.txt", tmp_path / "c.txt")
    assert [d.path for d in _documents([tmp_path])] == [str(tmp_path / "a.txt")]


def test_manifests_of_a_folder_and_its_parent_both_apply(tmp_path):
    inner = tmp_path / "x" / "y"
    inner.mkdir(parents=True)
    (inner / "a.txt").write_text("One.\n", encoding="utf-8")
    (inner / "b.txt").write_text("Two.\n", encoding="utf-8")
    (inner / "manifest.jsonl").write_text('{"file": "a.txt", "date": "2004-11-13"}\n', encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text('{"file": "x/y/b.txt", "date": "2005-01-02"}\n', encoding="utf-8")
    assert [d.date for d in _documents([tmp_path])] == ["2004-11-13", "2005-01-02"]


def test_a_manifest_written_between_two_reads_is_seen(tmp_path):
    (tmp_path / "a.txt").write_text("One.\n", encoding="utf-8")
    assert _documents([tmp_path])[0].date is None
    (tmp_path / "manifest.jsonl").write_text('{"file": "a.txt", "date": "2006-03-04"}\n', encoding="utf-8")
    assert _documents([tmp_path])[0].date == "2006-03-04"
