"""Readers: every input shape becomes a Document whose offsets point into what the user has."""

from __future__ import annotations

import json

import pytest

import quotecli
from quotecli.sources import InputError, InputWarning, read_inputs
from quotecli.sources.decode import DecodeError, decode_bytes

from conftest import FIXTURES


def load_one(path):
    documents, errors = quotecli.load([str(path)])
    assert not errors
    assert len(documents) == 1
    return documents[0]


def test_plain_text_keeps_offsets_and_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline here\n\nBody “quoted” text.\n", encoding="utf-8")
    doc = load_one(path)
    assert doc.title == "Headline here"
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.line_col(doc.text.index("Body")) == (3, 1)


def test_bom_is_dropped_and_crlf_keeps_columns(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffOne line\r\nTwo “x” line\r\n".encode("utf-8"))
    doc = load_one(path)
    assert "\r" not in doc.text
    assert doc.text.startswith("One line")
    assert doc.line_col(doc.text.index("“x”")) == (2, 5)


def test_markdown_front_matter_and_markup_are_blanked_not_removed(tmp_path):
    path = tmp_path / "a.md"
    source = "---\ntitle: T\ndate: 2022-07-12\n---\n# Head\n\nSee **bold** and [a link](http://x.org/\"q\").\n"
    path.write_text(source, encoding="utf-8")
    doc = load_one(path)
    assert doc.date == "2022-07-12"
    assert doc.title == "T"
    assert len(doc.text) == len(source)
    assert "title" not in doc.text and "http" not in doc.text and "**" not in doc.text
    assert doc.text.index("bold") == source.index("bold")


def test_html_drops_script_and_maps_offsets_to_source(tmp_path):
    path = tmp_path / "a.html"
    source = "<html><head><title>Tt</title></head>\n<body><p>First &amp; one.</p>\n<script>x=\"no\"</script><p>Second “q”.</p></body></html>"
    path.write_text(source, encoding="utf-8")
    doc = load_one(path)
    assert "x=" not in doc.text and "First & one." in doc.text
    assert doc.title == "Tt"
    offset = doc.text.index("Second")
    assert doc.line_col(offset) == (3, source.splitlines()[2].index("Second") + 1)


def test_jsonl_articles_use_their_fields(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"id": "x1", "text": "Hello.", "date": "July 8, 2022", "title": "T"}, {"content": "Second."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    documents, errors = quotecli.load([str(path)])
    assert not errors
    assert [d.id for d in documents] == ["x1", f"{path}:2"]
    assert documents[0].date == "2022-07-08"


def test_jsonl_row_without_text_is_an_error_but_others_load(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": 1, "headline": "no body"}\n{"id": 2, "text": "ok"}\n', encoding="utf-8")
    documents, errors = quotecli.load([str(path)])
    assert [d.id for d in documents] == ["2"]
    assert "no text field" in errors[0].reason


def test_folder_walk_skips_non_article_json_and_reads_manifest_dates(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "gold.json").write_text('{"documents": {}}', encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text('{"file": "c/a.txt", "date": "November 13, 2004"}\n', encoding="utf-8")
    documents, errors = quotecli.load([str(tmp_path)])
    assert not errors
    assert [d.date for d in documents] == ["2004-11-13"]


@pytest.mark.parametrize(
    "content, reason",
    [(b"\x00\x01\x02binary", "binary"), (b"\x81\x8d\x8f\x90\x9d" * 4, "not valid UTF-8")],
)
def test_bad_bytes_are_refused_with_a_reason(content, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(content)


def test_latin1_falls_back_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Se\xf1or L\xf3pez said so.".encode("latin-1"))
    items = list(read_inputs([str(path)]))
    assert any(isinstance(i, InputWarning) for i in items)
    assert any(isinstance(i, quotecli.Document) and "López" in i.text for i in items)


def test_missing_and_empty_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "missing.txt"), str(empty)]))
    assert items == [InputError(str(tmp_path / "missing.txt"), "no such file or directory")]


def test_fixtures_load_without_errors():
    documents, errors = quotecli.load([str(FIXTURES)])
    assert not errors
    assert len(documents) >= 5


def test_huge_file_is_refused_by_name(tmp_path):
    from quotecli.sources import ReadOptions

    path = tmp_path / "big.txt"
    path.write_text("x" * 11, encoding="utf-8")
    (error,) = list(read_inputs([str(path)], options=ReadOptions(max_size=10)))
    assert isinstance(error, InputError) and "larger than the 10-byte article limit" in error.reason
    (document,) = list(read_inputs([str(path)], options=ReadOptions(max_size=11)))
    assert document.text == "x" * 11


def test_stdin_dash_reads_standard_input(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Hello “there”.".encode("utf-8"))))
    (document,) = list(read_inputs(["-"]))
    assert document.path == "-" and document.text == "Hello “there”."


def test_folder_walk_passes_over_corpus_documentation(tmp_path):
    (tmp_path / "README.md").write_text("# About this corpus\n", encoding="utf-8")
    (tmp_path / "SOURCE.md").write_text("Where it came from.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("A story.\n", encoding="utf-8")
    documents, _ = quotecli.load([str(tmp_path)])
    assert [d.path.rsplit("/", 1)[-1] for d in documents] == ["story.txt"]
    documents, _ = quotecli.load([str(tmp_path / "README.md")])
    assert len(documents) == 1


def test_articles_whose_names_start_like_documentation_are_read(tmp_path):
    (tmp_path / "source1_news.txt").write_text("A story.\n", encoding="utf-8")
    documents, _ = quotecli.load([str(tmp_path)])
    assert len(documents) == 1
