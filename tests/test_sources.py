"""Readers: every input shape becomes a Document whose offsets point into what the user has."""

from __future__ import annotations

import io
import json
from pathlib import Path

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


# --- saved web pages: main text only ------------------------------------------------

PAGES = Path(__file__).resolve().parent / "pages"


def _flat(text):
    return " ".join(text.split())


def test_saved_page_keeps_the_article_and_blanks_its_boilerplate():
    source = (PAGES / "courier.html").read_text(encoding="utf-8")
    doc = load_one(PAGES / "courier.html")
    text = _flat(doc.text)
    assert "Mayor Rosa Diaz told reporters" in text and "according to the harbour authority" in text
    for boilerplate in ("said the banner", "Accept all", "Home", "Related", "Rosa Dias", "John Smith", "Comments",
                        "All rights reserved", "said the script"):
        assert boilerplate not in text, boilerplate
    # blanked, never removed: each kept word is where the source has it
    offset = doc.text.index("Mayor Rosa Diaz")
    line, column = doc.line_col(offset)
    assert source.splitlines()[line - 1][column - 1:].startswith("Mayor Rosa Diaz")


def test_page_metadata_comes_from_json_ld_meta_and_time():
    doc = load_one(PAGES / "courier.html")
    assert (doc.title, doc.date, doc.author, doc.outlet, doc.url) == (
        "Council approves harbour plan", "2023-03-14", "Lena Okafor", "The Coastline Courier",
        "https://courier.example/news/harbour-plan")
    graph = load_one(PAGES / "harbour-times.html")
    assert (graph.date, graph.author, graph.outlet) == ("2023-03-14", "Sam Whitfield", "Harbour Times")
    assert graph.url == "https://harbourtimes.example/2023/03/14/harbour-wall"
    wire = load_one(PAGES / "wire.htm")
    assert (wire.date, wire.outlet) == ("2023-03-13", "Coast Wire")


def test_main_text_in_several_div_blocks_is_kept_whole():
    doc = load_one(PAGES / "harbour-times.html")
    text = _flat(doc.text)
    for sentence in ("Councillors voted 7 to 2 on Monday", "said Mayor Rosa Diaz, who has backed the plan",
                     "Councillor Peter Vanse, one of the two", "to last about 18 months."):
        assert sentence in text
    for boilerplate in ("Your privacy matters", "Most read", "Rosa Dias", "newsletter", "Rosa Dyaz", "About time",
                        "Quay Street", "Front page"):
        assert boilerplate not in text, boilerplate


def test_html_mode_full_keeps_every_text_node():
    from quotecli.sources import ReadOptions

    (doc,) = quotecli.load([str(PAGES / "courier.html")], options=ReadOptions(html_mode="full"))[0]
    assert "said the banner" in doc.text and "John Smith" in doc.text and "said the script" not in doc.text


def test_check_on_saved_pages_reports_their_articles_not_their_boilerplate():
    findings = quotecli.check(quotecli.load([str(PAGES)], doc_date="2023-03-14")[0])
    assert [(f.rule, f.primary.text) for f in findings] == [("QC101", "Peter Vanse")]
    from quotecli.sources import ReadOptions

    full, _ = quotecli.load([str(PAGES)], doc_date="2023-03-14", options=ReadOptions(html_mode="full"))
    assert "Rosa Dyaz" in {f.primary.text for f in quotecli.check(full)}, "the comment is what main mode leaves out"


def test_page_without_main_text_is_one_error(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>", encoding="utf-8")
    documents, errors = quotecli.load([str(path)])
    assert documents == [] and [e.reason for e in errors] == ["no main text found in the page (try --html-mode full)"]


# --- web archives -------------------------------------------------------------------

def _warc(path, records, gzip=True):
    """A WARC written with warcio's own writer: records are (type, uri, content type, body, date)."""
    import io as _io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for kind, uri, content_type, body, date in records:
            if kind == "revisit":
                record = writer.create_revisit_record(uri, "sha1:AAAA", uri, date)
            else:
                headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, kind, payload=_io.BytesIO(body), http_headers=headers,
                                                   warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)
    return path


ARTICLE_PAGE = (b"<html><body><article><p>\xe2\x80\x9cWe will rebuild the pier by June,\xe2\x80\x9d harbour master "
                b"Ana Lopes said on Tuesday in a statement to the press.</p></article></body></html>")


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_become_documents_and_the_rest_is_counted(tmp_path, gzip):
    pytest.importorskip("warcio")
    path = _warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), [
        ("response", "https://courier.example/harbour", "text/html; charset=utf-8",
         (PAGES / "courier.html").read_bytes(), "2023-03-20T10:00:00Z"),
        ("response", "https://courier.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", "2023-03-20T10:00:01Z"),
        ("response", "https://courier.example/pier", "text/html", ARTICLE_PAGE, "2023-03-21T08:00:00Z"),
        ("revisit", "https://courier.example/harbour", "", b"", "2023-03-22T08:00:00Z"),
    ])
    items = list(read_inputs([str(path)]))
    documents = [i for i in items if isinstance(i, quotecli.Document)]
    assert [d.path for d in documents] == [f"{path}#https://courier.example/harbour", f"{path}#https://courier.example/pier"]
    assert all(d.id.startswith("<urn:uuid:") for d in documents)
    assert [d.date for d in documents] == ["2023-03-14", "2023-03-21"]  # the page's own date, else the record's
    assert "said the banner" not in documents[0].text
    assert [str(i) for i in items if isinstance(i, InputWarning)] == [f"{path}: skipped 1 non-HTML records, 1 revisits"]
    (quote,) = quotecli.extract(documents[1]).quotes
    assert quote.speaker == "Ana Lopes" and documents[1].line_col(quote.start)[0] == 1


def test_warc_with_a_broken_record_keeps_what_came_before(tmp_path):
    pytest.importorskip("warcio")
    path = _warc(tmp_path / "crawl.warc", [
        ("response", "https://a.example/1", "text/html", ARTICLE_PAGE, "2023-03-21T08:00:00Z"),
        ("response", "https://a.example/2", "text/html", ARTICLE_PAGE, "2023-03-21T08:00:00Z"),
    ], gzip=False)
    data = path.read_bytes()
    second = data.index(b"WARC/1.0", 10)
    path.write_bytes(data[:second] + b"GARBAGE NOT A WARC HEADER\r\n\r\n" + data[second + 8:])
    items = list(read_inputs([str(path)]))
    documents = [i for i in items if isinstance(i, quotecli.Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.path for d in documents] == [f"{path}#https://a.example/1"]
    assert len(errors) == 1 and errors[0].path == str(path) and "broken WARC after record" in errors[0].reason


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_warc_names_the_cut_record(tmp_path, gzip):
    pytest.importorskip("warcio")
    path = _warc(tmp_path / "crawl.warc", [
        ("response", "https://a.example/1", "text/html", ARTICLE_PAGE, "2023-03-21T08:00:00Z"),
        ("response", "https://a.example/2", "text/html", ARTICLE_PAGE, "2023-03-21T08:00:00Z"),
    ], gzip=gzip)
    path.write_bytes(path.read_bytes()[:-60])
    items = list(read_inputs([str(path)]))
    assert [i.path for i in items] == [f"{path}#https://a.example/1", f"{path}#https://a.example/2"]
    assert isinstance(items[1], InputError) and "broken WARC record 2: truncated" in items[1].reason


# --- compressed JSON Lines, JSON, CSV/TSV ---------------------------------------------

@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.bz2", ".jsonl.xz", ".json.gz", ".ndjson"])
def test_compressed_json_lines_are_read_as_streams(tmp_path, suffix):
    import bz2
    import gzip
    import lzma

    rows = [{"id": "a", "text": "“It is done,” said Ana Lopes.", "date": "2023-01-02"}, {"id": "b", "body": "Two."}]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")
    opener = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}.get(Path(suffix).suffix, bytes)
    path = tmp_path / f"dump{suffix}"
    path.write_bytes(opener(data))
    documents, errors = quotecli.load([str(path)])
    assert not errors
    assert [(d.id, d.path, d.date) for d in documents] == [("a", str(path), "2023-01-02"), ("b", str(path), None)]
    assert documents[0].text[documents[0].text.index("It"):].startswith("It is done")


def test_truncated_gzip_keeps_the_lines_before_and_names_the_file(tmp_path):
    import gzip

    data = gzip.compress("".join(json.dumps({"id": i, "text": f"Article {i}. " * 50}) + "\n" for i in range(200)).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    documents, errors = quotecli.load([str(path)])
    assert 0 < len(documents) < 200
    (error,) = errors
    assert error.path == str(path) and "truncated or corrupt compressed data" in error.reason


def test_csv_export_reads_the_text_column_and_metadata(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('id,Headline,Body,published,url\n'
                    'x1,Harbour,"“We will rebuild,” said Ana Lopes.\nSecond line, with a comma.",2023-03-14,https://a.example/1\n'
                    ',Pier,"Short one.",,\n', encoding="utf-8")
    documents, errors = quotecli.load([str(path)])
    assert not errors
    assert [d.id for d in documents] == ["x1", f"{path}:4"]  # the line where the record starts
    first = documents[0]
    assert first.text.startswith("“We will rebuild,”") and first.url == "https://a.example/1"
    assert first.line_col(first.text.index("Second")) == (2, 1)


def test_csv_text_column_by_option_and_missing_column_is_one_error(tmp_path):
    from quotecli.sources import ReadOptions

    path = tmp_path / "export.tsv"
    path.write_text("id\tstory\n1\tThe story.\n", encoding="utf-8")
    documents, errors = quotecli.load([str(path)])
    assert documents == [] and "no text column (text, content, body, article, maintext)" in errors[0].reason
    documents, errors = quotecli.load([str(path)], options=ReadOptions(text_column="Story"))
    assert not errors and documents[0].text == "The story."


def test_ragged_csv_row_is_named_and_the_rest_is_read(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("id,text\n1,First.\n2,Second.,extra\n3,Third.\n", encoding="utf-8")
    documents, errors = quotecli.load([str(path)])
    assert [d.id for d in documents] == ["1", "3"]
    assert [str(e) for e in errors] == [f"{path}:3: ragged row: 3 fields where the header has 2"]


def test_csv_field_over_the_size_limit_is_refused_by_row(tmp_path):
    from quotecli.sources import ReadOptions

    path = tmp_path / "export.csv"
    path.write_text("id,text\n1,First.\n2," + "x" * 5000 + "\n3,Third.\n", encoding="utf-8")
    documents, errors = quotecli.load([str(path)], options=ReadOptions(max_size=2000))
    assert [d.id for d in documents] == ["1", "3"]
    assert [e.path for e in errors] == [f"{path}:3"] and "larger than the article size limit" in errors[0].reason


def test_stdin_filename_gives_standard_input_a_name_and_a_format(monkeypatch):
    import io
    import sys

    from quotecli.sources import ReadOptions

    page = (PAGES / "courier.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    (document,) = list(read_inputs(["-"], options=ReadOptions(stdin_filename="saved/courier.html")))
    assert document.path == "saved/courier.html" and "said the banner" not in document.text
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'id,text\n7,"Hello."\n')))
    (document,) = list(read_inputs(["-"], options=ReadOptions(stdin_filename="export.csv")))
    assert document.id == "7" and document.text == "Hello."


class _CountingStream(io.RawIOBase):
    """A byte stream that counts what was read from it."""

    def __init__(self, data: bytes):
        self.data, self.position = data, 0

    def readable(self):
        return True

    def readinto(self, buffer):
        chunk = self.data[self.position:self.position + min(len(buffer), 4096)]
        buffer[:len(chunk)] = chunk
        self.position += len(chunk)
        return len(chunk)


def test_readers_yield_documents_one_at_a_time(monkeypatch):
    """A stream is read as it is consumed: the first article comes long before the input's end."""
    import sys

    from quotecli.sources import ReadOptions

    data = "".join(json.dumps({"id": i, "text": "Text. " * 20}) + "\n" for i in range(5000)).encode()
    raw = _CountingStream(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(raw)))
    items = read_inputs(["-"], options=ReadOptions(stdin_filename="dump.jsonl"))
    assert next(items).id == "0"
    assert raw.position < len(data) / 20
    items.close()


def test_input_formats_by_name():
    from quotecli.sources import input_format

    assert input_format("a.jsonl.gz") == ("jsonl", ".gz")
    assert input_format("crawl.warc.gz") == ("warc", None)
    assert input_format("A.HTM") == ("html", None)
    assert input_format("x.tsv.xz") == ("tsv", ".xz")
    assert input_format("notes.pdf") == (None, None)
