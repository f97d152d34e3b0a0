"""The bad-input matrix (issue 10): every hostile or broken input gives at most one clear line
naming the file and the reason, never a traceback (unless ``--debug``), the other inputs are
still read, and the exit code is 2 when any input failed.

Each case runs ``quotecli quotes BAD GOOD``: GOOD must still come out. The 1 MB runs of each
quotation mark run in CI (the quote extractor is linear on them, about a second each); the
100 MB JSON line is a long-campaign case (``QUOTECLI_LONG=1``).
"""

from __future__ import annotations

import json
import os
import stat
import threading

import pytest
from click.testing import CliRunner

import quotecli
from quotecli.cli import cli
from quotecli.sources import InputError, read_inputs

GOOD_TEXT = "“We will win,” Maria Lopez said on Friday.\n"
long_campaign = pytest.mark.skipif(not os.environ.get("QUOTECLI_LONG"), reason="long campaign: set QUOTECLI_LONG=1")


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def quotes_of(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def assert_one_error(result, path, reason: str, good) -> None:
    """One line on stderr naming ``path`` with ``reason``, no traceback, exit 2, the good file still read."""
    lines = result.stderr.splitlines()
    assert lines == [line for line in lines if line.startswith("quotecli: error: ")], result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"quotecli: error: {path}") and reason in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert result.exit_code == 2
    assert [q["file"] for q in quotes_of(result)] == [str(good)]


def assert_read_quietly(result, good, warning: str = "") -> list[dict]:
    """No error: at most one warning line, exit 0, every record slices back into its article."""
    lines = result.stderr.splitlines()
    assert len(lines) <= 1 and all(line.startswith("quotecli: warning: ") for line in lines), result.stderr
    if warning:
        assert lines and warning in lines[0], result.stderr
    assert result.exit_code == 0, result.output
    records = quotes_of(result)
    assert str(good) in {q["file"] for q in records}
    return records


# --- paths -------------------------------------------------------------------------

def test_missing_path(tmp_path, good):
    assert_one_error(run("quotes", tmp_path / "nope.txt", good, "-f", "jsonl"), tmp_path / "nope.txt",
                     "no such file or directory", good)


def test_folder_with_no_articles(tmp_path, good):
    folder = tmp_path / "empty"
    (folder / "sub").mkdir(parents=True)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert_one_error(run("quotes", folder, good, "-f", "jsonl"), folder, "no articles found", good)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_by_permissions(tmp_path, good):
    path = tmp_path / "secret.txt"
    path.write_text("Text.", encoding="utf-8")
    path.chmod(0)
    assert_one_error(run("quotes", path, good, "-f", "jsonl"), path, "permission denied", good)


def test_unreadable_file(tmp_path, good, monkeypatch):
    """The same case where tests run as root: the open itself is refused."""
    path = tmp_path / "secret.txt"
    path.write_text("Text.", encoding="utf-8")
    real_open = open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    assert_one_error(run("quotes", path, good, "-f", "jsonl"), path, "permission denied", good)


def test_symlink_loop(tmp_path, good):
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    assert_one_error(run("quotes", loop, good, "-f", "jsonl"), loop, "symbolic links", good)
    # inside a folder the loop is reported the same way, and the folder's other articles are read
    folder = tmp_path / "folder"
    folder.mkdir()
    os.symlink(folder / "a.txt", folder / "a.txt")
    (folder / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    result = run("quotes", folder, "-f", "jsonl")
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1 and "symbolic links" in result.stderr
    assert [q["file"] for q in quotes_of(result)] == [str(folder / "b.txt")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_is_refused_without_blocking(tmp_path, good):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome = {}
    worker = threading.Thread(target=lambda: outcome.update(result=run("quotes", fifo, good, "-f", "jsonl")), daemon=True)
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert_one_error(outcome["result"], fifo, "not a regular file (a FIFO", good)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_device_file_is_refused(good):
    assert_one_error(run("quotes", "/dev/zero", good, "-f", "jsonl"), "/dev/zero", "not a regular file (a device)",
                     good)


def test_file_that_disappears_during_the_run(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(GOOD_TEXT, encoding="utf-8")
    items = read_inputs([str(folder)])
    assert next(items).path == str(folder / "a.txt")
    (folder / "b.txt").unlink()
    rest = list(items)
    assert rest[0] == InputError(str(folder / "b.txt"), "no such file or directory")
    assert [d.path for d in rest[1:]] == [str(folder / "c.txt")]


def test_file_that_changes_during_the_run(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    items = read_inputs([str(folder)])
    next(items)
    (folder / "b.txt").write_text("Rewritten: “all new,” she said.", encoding="utf-8")
    (document,) = list(items)
    assert document.text == "Rewritten: “all new,” she said."  # what the file held when it was read


def test_path_given_twice_is_read_once(good):
    result = run("quotes", good, good, "-f", "jsonl")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"quotecli: warning: {good}: given more than once; read once"]
    assert len(quotes_of(result)) == 1
    # a file named and also inside a named folder is read once too
    assert len(quotes_of(run("quotes", good.parent, good, "-f", "jsonl"))) == 1


# --- bytes and encodings -------------------------------------------------------------

@pytest.mark.parametrize("content, reason", [
    (b"Text\x00with\x00NUL\x00bytes\x00and\x00more" * 10, "binary file (contains NUL bytes)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file (a PNG image)"),
    ("Se\u00f1or".encode("utf-8") + b"\x81\x8d\x8f\x90\x9d" * 4, "not valid UTF-8"),
])
def test_binary_and_undecodable_files(tmp_path, good, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert_one_error(run("quotes", path, good, "-f", "jsonl"), path, reason, good)


@pytest.mark.parametrize("encoding, data, warning", [
    ("utf-16 with BOM", "\ufeff“We won,” Ana Ruiz said.".encode("utf-16-le"), "UTF-16 text; read as UTF-16"),
    ("utf-16-le without BOM", "“We won,” Ana Ruiz said.".encode("utf-16-le"), "read as UTF-16-LE"),
    ("utf-16-be without BOM", "“We won,” Ana Ruiz said.".encode("utf-16-be"), "read as UTF-16-BE"),
    ("latin-1", "“We won,” Ana Ruíz said.".replace("“", '"').replace("”", '"').encode("latin-1"),
     "read as Windows-1252"),
    ("invalid utf-8, mostly utf-8", "“We won,” Ana Ruiz said.".encode("utf-8") + b"\xff", "1 bad byte(s) read as U+FFFD"),
    ("invalid utf-8, legacy", "\"We won,\" Ana Ru\u00edz said.".encode("cp1252"), "read as Windows-1252"),
])
def test_other_encodings_are_read_with_a_warning(tmp_path, good, encoding, data, warning):
    path = tmp_path / "other.txt"
    path.write_bytes(data)
    records = assert_read_quietly(run("quotes", path, good, "-f", "jsonl"), good, warning)
    assert any(r["file"] == str(path) and r["speaker"].startswith("Ana Ru") for r in records), encoding


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", b"\n" * 1000])
def test_empty_and_whitespace_only_files_give_nothing(tmp_path, good, content):
    path = tmp_path / "empty.md"
    path.write_bytes(content)
    result = run("quotes", path, good, "-f", "jsonl")
    assert result.exit_code == 0 and result.stderr == ""
    assert [q["file"] for q in quotes_of(result)] == [str(good)]


# --- sizes ---------------------------------------------------------------------------

def test_a_50_mb_article_on_one_line_is_refused_by_the_default_limit(tmp_path, good):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as out:
        chunk = b"word " * 200_000  # 1 MB
        for _ in range(50):
            out.write(chunk)
    assert_one_error(run("quotes", path, good, "-f", "jsonl"), path, "larger than the 20,971,520-byte article limit",
                     good)


def test_a_long_one_line_article_under_the_limit_is_read(tmp_path, good):
    path = tmp_path / "long.txt"
    path.write_text(("The council met. " * 6000) + GOOD_TEXT.strip(), encoding="utf-8")  # ~100 kB, one line
    records = assert_read_quietly(run("quotes", path, good, "-f", "jsonl", "--max-size", "200kB"), good)
    assert any(r["file"] == str(path) for r in records)
    assert_one_error(run("quotes", path, good, "-f", "jsonl", "--max-size", "50k"), path, "article limit", good)


def test_max_size_takes_units_and_refuses_nonsense(good):
    assert run("quotes", good, "--max-size", "lots").exit_code == 2
    assert run("quotes", good, "--max-size", "1.5MB", "-f", "jsonl").exit_code == 0


# --- quotation marks, line ends, invisible characters ------------------------------------

MARKS = ['"', "“", "”", "'", "«", "„"]


def _spans_are_real(text: str) -> None:
    document = quotecli.from_text(text)
    extraction = quotecli.extract(document)
    for span in [*extraction.quotes, *extraction.numbers, *extraction.dates, *extraction.people]:
        assert document.text[span.start:span.end] == span.text


@pytest.mark.parametrize("mark", MARKS)
def test_runs_of_each_quotation_mark(mark):
    _spans_are_real(mark * 200)
    _spans_are_real(f"She said {mark}yes{mark} and {mark * 50} he said. " * 4)


@pytest.mark.parametrize("mark", MARKS)
def test_one_megabyte_of_each_quotation_mark(mark):
    _spans_are_real(mark * 1_000_000)


@pytest.mark.parametrize("text", [
    "“Unbalanced opening, said Ana Ruiz. And on.\n\nNext paragraph “again.",
    "Closing only” said Ana Ruiz” twice”.",
    "“ ' ” ' \" Ana Ruiz said “it is ' over ” ' \".",
    "«“Nested ‘three’ deep,” she said» and „low” and ‚single‘.",
    "'''''\"\"\"\"“““”””",
])
def test_unbalanced_and_interleaved_quotes(text):
    _spans_are_real(text)
    _spans_are_real(text * 30)


def test_crlf_and_lone_cr_keep_lines_and_columns(tmp_path):
    for name, ending in (("crlf.txt", "\r\n"), ("cr.txt", "\r")):
        path = tmp_path / name
        path.write_bytes(ending.join(["Title", "", "Body line.", "  “We won,” Ana Ruiz said."]).encode())
        (document,) = quotecli.load([str(path)])[0]
        (quote,) = quotecli.extract(document).quotes
        assert document.line_col(quote.start) == (4, 4), name


@pytest.mark.parametrize("invisible", ["\u00a0", "\u200b", "\u200d", "\ufeff", "\u202e", "\u2066", "\u2069", "\u200f"])
def test_no_break_zero_width_and_bidi_characters_inside_names_and_quotes(tmp_path, invisible):
    text = f"“We{invisible} will{invisible}win,” Ana{invisible}Ruiz said. Mr.{invisible}Paulo{invisible}Reis agreed.\n"
    _spans_are_real(text)
    path = tmp_path / "invisible.txt"
    path.write_text(text, encoding="utf-8")
    table = run("quotes", path, "-f", "table")
    assert table.exit_code == 0
    if invisible in "\u202e\u2066\u2069\u200f":  # bidi controls never reach the terminal
        assert invisible not in table.stdout


# --- markup --------------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["main", "full"])
def test_deeply_nested_html(tmp_path, good, mode):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 2000 + "<p>“Deep,” Ana Ruiz said about the nesting of this page, "
                    "which goes on for a long while.</p>" + "</div>" * 2000 + "</body></html>", encoding="utf-8")
    result = run("quotes", path, good, "-f", "jsonl", "--html-mode", mode)
    assert len(result.stderr.splitlines()) <= 1 and "Traceback" not in result.output
    assert result.exit_code in (0, 2)
    assert str(good) in {q["file"] for q in quotes_of(result)}


@pytest.mark.parametrize("page", [
    "<html><body><p>“Broken,” Ana Ruiz said.<div><p><b>unclosed <i>tags everywhere",
    "<html><body><p <b>>“Odd,” she said.</p></body>",
    "<!doctype html><html><body><p>Text with a stray </div></span></p> and a <!-- never closed comment",
    "<html><body><script>“not a quote,” said the script",
    "<html>\x00<body>\x01<p>NUL in markup</p>",
    "<html><body><p>“Marked,” she said.</p><![0 broken marked section",
])
def test_broken_html(tmp_path, good, page):
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    for mode in ("main", "full"):
        result = run("quotes", path, good, "-f", "jsonl", "--html-mode", mode)
        assert len(result.stderr.splitlines()) <= 1 and "Traceback" not in result.output, result.stderr
        assert str(good) in {q["file"] for q in quotes_of(result)}
        for record in quotes_of(result):
            if record["file"] == str(path):
                assert "not a quote" not in record["text"]


def test_front_matter_that_never_closes(tmp_path, good):
    path = tmp_path / "open.md"
    path.write_text("---\ntitle: Never closed\n\n“We won,” Ana Ruiz said.\n", encoding="utf-8")
    result = run("quotes", path, good, "-f", "jsonl")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"quotecli: warning: {path}: front matter opened on line 1 never closes "
                                          "with ---; read as article text"]


# --- JSON Lines ----------------------------------------------------------------------

def test_json_lines_broken_line_names_its_line_and_keeps_the_others(tmp_path, good):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "a", "text": GOOD_TEXT}) + "\n{not json\n" + json.dumps({"id": "c", "text": GOOD_TEXT})
                    + "\n", encoding="utf-8")
    result = run("quotes", path, "-f", "jsonl")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"quotecli: error: {path}:2: invalid JSON: Expecting property name "
                                          "enclosed in double quotes"]
    assert [q["doc"] for q in quotes_of(result)] == ["a", "c"]


@pytest.mark.parametrize("row, reason", [
    ({"id": 1, "text": 42}, "text is a number, not a string"),
    ({"id": 1, "text": ["a", "b"]}, "text is a list, not a string"),
    ({"id": 1, "text": None}, "text is null, not a string"),
    ({"id": 1, "headline": "no body"}, "no text field (text, content, body, article, maintext)"),
    (["not", "an", "object"], "not a JSON object (a list)"),
])
def test_json_lines_rows_without_a_usable_text(tmp_path, good, row, reason):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert_one_error(run("quotes", path, good, "-f", "jsonl"), f"{path}:1", reason, good)


def test_json_lines_line_over_the_limit_is_skipped_unread(tmp_path):
    path = tmp_path / "dump.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "a", "text": GOOD_TEXT}) + "\n")
        out.write(json.dumps({"id": "big", "text": "x" * 3_000_000}) + "\n")
        out.write(json.dumps({"id": "c", "text": GOOD_TEXT}) + "\n")
    result = run("quotes", path, "-f", "jsonl", "--max-size", "1MB")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"quotecli: error: {path}:2: line longer than the 1,048,576-byte article "
                                          "limit (--max-size); skipped"]
    assert [q["doc"] for q in quotes_of(result)] == ["a", "c"]


@long_campaign
def test_json_lines_100_mb_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "big", "text": "word " * 20_000_000}) + "\n")
        out.write(json.dumps({"id": "c", "text": GOOD_TEXT}) + "\n")
    result = run("quotes", path, "-f", "jsonl")
    assert result.exit_code == 2 and "line longer than" in result.stderr
    assert [q["doc"] for q in quotes_of(result)] == ["c"]


def test_many_bad_lines_are_summarised(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text("nonsense\n" * 50, encoding="utf-8")
    result = run("quotes", path, "-f", "jsonl")
    lines = result.stderr.splitlines()
    assert len(lines) == 11 and lines[-1].endswith("40 more bad line(s) not listed (50 in all)")


# --- no tracebacks, unless asked -------------------------------------------------------

def test_an_unexpected_reader_failure_is_one_line_and_debug_shows_it(tmp_path, good, monkeypatch):
    import quotecli.sources as sources

    path = tmp_path / "a.txt"
    path.write_text("Text.", encoding="utf-8")

    def failing(name, text):
        if name == str(path):
            raise RuntimeError("reader bug")
        return quotecli.Document(id=name, path=name, text=text)

    monkeypatch.setattr(sources, "read_text", failing)
    assert_one_error(run("quotes", path, good, "-f", "jsonl"), path,
                     "could not be read (RuntimeError: reader bug); run with --debug for the traceback", good)
    with pytest.raises(RuntimeError, match="reader bug"):
        run("quotes", path, good, "-f", "jsonl", "--debug")


def test_inputs_are_never_written(tmp_path, good):
    folder = tmp_path / "corpus"
    folder.mkdir()
    files = {folder / "a.md": "---\ntitle: T\n---\n“Quote,” Ana said.\n", folder / "b.html": "<p>Page</p>",
             folder / "c.jsonl": json.dumps({"text": "Row."}) + "\n"}
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        path.chmod(stat.S_IRUSR)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    run("check", folder, "-f", "json", "--exit-zero")
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == before
