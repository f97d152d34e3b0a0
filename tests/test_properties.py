"""Invariants over generated input: offsets slice back, nothing crashes, runs repeat exactly.

CI runs each property on 150 cases. The long campaign runs the same properties on many more:

    QUOTECLI_FUZZ_EXAMPLES=20000 python -m pytest tests/test_properties.py -p no:cacheprovider

(see benchmarks/fuzz.py, which runs it and counts the cases, and adds mutated real articles).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import asdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotecli
from quotecli.sources.decode import DecodeError, decode_bytes
from quotecli.sources.html import read_html

from conftest import FIXTURES, ROOT, SHARED

# Text built from the pieces news is made of, so generated input reaches the extractors' rules.
PIECES = [
    "“", "”", '"', "'", "‘", "’", "''", "«", "»", "„", " ", "\n", "\n\n", "\u00a0", ",", ".", ":", "—", "(", ")",
    "said", "says", "told", "according to", "he", "she", "They", "Mr.", "Sen.", "President", "Andrés", "Manuel",
    "López Obrador", "AMLO", "Joe Biden", "Biden’s", "53", "percent", "of the vote", "$3.5 million", "dozens of",
    "20-30", "nearly", "Friday,", "July 8, 2022", "Dec. 15", "2016", "last month", "yesterday", "a year ago",
    "February 30", "COVID-19", "U.S.", "migrants", "the", "and", "calls it", "a book called", "X", "é", "Ü",
]
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map("".join)

EXAMPLES = int(os.environ.get("QUOTECLI_FUZZ_EXAMPLES", "150"))
PROPERTY_SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _all_spans(extraction):
    yield from extraction.quotes
    yield from extraction.numbers
    yield from extraction.dates
    yield from extraction.people


@PROPERTY_SETTINGS
@given(news_text, st.sampled_from([None, "2022-07-12"]))
def test_every_span_slices_back_to_its_text(text, date):
    document = quotecli.from_text(text, date=date)
    text = document.text  # line ends normalised, length kept
    extraction = quotecli.extract(document)
    for span in _all_spans(extraction):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text, span
        start, end = getattr(span, "speaker_start", None), getattr(span, "speaker_end", None)
        if start is not None:
            assert text[start:end] == span.speaker_mention


@PROPERTY_SETTINGS
@given(news_text)
def test_extraction_is_deterministic(text):
    first = quotecli.extract(quotecli.from_text(text, date="2021-12-10"))
    second = quotecli.extract(quotecli.from_text(text, date="2021-12-10"))
    for name in ("quotes", "numbers", "dates", "people"):
        assert [asdict(s) for s in getattr(first, name)] == [asdict(s) for s in getattr(second, name)]


@PROPERTY_SETTINGS
@given(st.lists(news_text, min_size=1, max_size=4))
def test_check_never_crashes_and_locations_are_real(texts):
    documents = [quotecli.from_text(t, id=f"d{i}", date="2022-07-12") for i, t in enumerate(texts)]
    by_id = {d.id: d for d in documents}
    for finding in quotecli.check(documents):
        assert finding.severity in ("info", "warning", "error")
        for loc in finding.locations:
            assert by_id[loc.doc].text[loc.start:loc.end] == loc.text


@settings(max_examples=max(200, EXAMPLES), deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_fail_cleanly(data):
    try:
        text, _ = decode_bytes(data)
    except DecodeError:
        return
    quotecli.extract(quotecli.from_text(text))


# --- arbitrary Unicode, lines and columns, every reader ------------------------------------

any_text = st.text(st.characters(codec="utf-8"), max_size=300)


def _line_col(source: str, offset: int) -> tuple[int, int]:
    """Line and column counted the slow, obvious way."""
    before = source[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@PROPERTY_SETTINGS
@given(st.one_of(any_text, news_text))
def test_arbitrary_unicode_extracts_and_line_columns_agree_with_offsets(text):
    document = quotecli.from_text(text, date="2022-07-12")
    for span in _all_spans(quotecli.extract(document)):
        assert document.text[span.start:span.end] == span.text
        assert document.line_col(span.start) == _line_col(document.text, span.start)
        assert document.line_col(span.end) == _line_col(document.text, span.end)


html_text = st.lists(st.one_of(
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<nav>", "</nav>", "<br>",
                     "&amp;", "&rsquo;", "&#8220;", "&#x201D;", "&bogus;", "<!--", "-->", "<b", ">", "<a href='x'>",
                     "</a>", "<aside>", "</aside>", "<time datetime='2022-07-12'>", "\n", "\n\n"]),
    st.sampled_from(PIECES), any_text.map(lambda t: t[:20])), max_size=60).map("".join)


@PROPERTY_SETTINGS
@given(html_text, st.sampled_from(["main", "full"]))
def test_html_text_maps_back_into_the_page(page, mode):
    from quotecli.sources.html import BrokenHtml, NoMainText

    try:
        document = read_html("p.html", page, mode)
    except (NoMainText, BrokenHtml):
        return
    source = document.source_text
    for offset, char in enumerate(document.text):
        if char.strip():  # kept text: the very character of the page, or the entity that wrote it
            mapped = document.source_offset(offset)
            assert source[mapped] == char or source[mapped] == "&", (offset, char)
    for span in _all_spans(quotecli.extract(document)):
        assert document.text[span.start:span.end] == span.text
        line, column = document.line_col(span.start)
        assert line <= source.count("\n") + 1 and column >= 1


# --- mutated real articles ---------------------------------------------------------------

def _real_articles(limit: int = 40) -> list[str]:
    corpora = SHARED / "corpora"
    if not corpora.exists():
        return []
    paths = sorted(corpora.rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths[:: max(1, len(paths) // limit)][:limit]]


REAL_ARTICLES = _real_articles()


@pytest.mark.skipif(not REAL_ARTICLES, reason="../shared/corpora not present")
@settings(PROPERTY_SETTINGS, max_examples=max(1, EXAMPLES // 3))  # each case runs check on a whole article
@given(st.data())
def test_mutated_real_articles(data):
    text = data.draw(st.sampled_from(REAL_ARTICLES)) if REAL_ARTICLES else ""
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        edit = data.draw(st.sampled_from(["insert", "delete", "cut"]))
        if edit == "insert":
            text = text[:at] + data.draw(st.one_of(st.sampled_from(PIECES), any_text.map(lambda t: t[:8]))) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + data.draw(st.integers(1, 60)):]
        else:
            text = text[:at]
    document = quotecli.from_text(text, date="2022-07-12")
    for span in _all_spans(quotecli.extract(document)):
        assert document.text[span.start:span.end] == span.text
    for finding in quotecli.check([document]):
        for loc in finding.locations:
            assert document.text[loc.start:loc.end] == loc.text


# --- whole runs repeat byte for byte --------------------------------------------------------

def _check_bytes(paths, *extra, env=None) -> bytes:
    result = subprocess.run([sys.executable, "-c", "from quotecli.cli import main; main()", "check", *map(str, paths),
                             "-f", "json", "--exit-zero", "--doc-date", "2022-07-12", *extra],
                            capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})},
                            timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


PAGES = ROOT / "tests" / "pages"


def test_check_output_does_not_depend_on_string_hashing_or_jobs():
    first = _check_bytes([FIXTURES, PAGES], env={"PYTHONHASHSEED": "1"})
    assert _check_bytes([FIXTURES, PAGES], env={"PYTHONHASHSEED": "2"}) == first
    assert _check_bytes([FIXTURES, PAGES], "--jobs", "2", env={"PYTHONHASHSEED": "3"}) == first


def test_check_locations_lie_inside_their_files():
    documents, errors = quotecli.load([str(FIXTURES), str(PAGES)], doc_date="2022-07-12")
    assert not errors
    sources = {d.path: (d.source_text if d.source_text is not None else d.text) for d in documents}
    findings = quotecli.check(documents)
    assert findings
    for finding in findings:
        for loc in finding.locations:
            lines = sources[loc.file].split("\n")
            assert 1 <= loc.line <= len(lines) and 1 <= loc.column <= len(lines[loc.line - 1]) + 1
            assert 1 <= loc.end_line <= len(lines) and 1 <= loc.end_column <= len(lines[loc.end_line - 1]) + 1
