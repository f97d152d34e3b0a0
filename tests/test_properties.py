"""Invariants over generated input: offsets slice back, nothing crashes, runs repeat exactly."""

from __future__ import annotations

from dataclasses import asdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotecli
from quotecli.sources.decode import DecodeError, decode_bytes

# Text built from the pieces news is made of, so generated input reaches the extractors' rules.
PIECES = [
    "“", "”", '"', "'", "‘", "’", "''", "«", "»", "„", " ", "\n", "\n\n", "\u00a0", ",", ".", ":", "—", "(", ")",
    "said", "says", "told", "according to", "he", "she", "They", "Mr.", "Sen.", "President", "Andrés", "Manuel",
    "López Obrador", "AMLO", "Joe Biden", "Biden’s", "53", "percent", "of the vote", "$3.5 million", "dozens of",
    "20-30", "nearly", "Friday,", "July 8, 2022", "Dec. 15", "2016", "last month", "yesterday", "a year ago",
    "February 30", "COVID-19", "U.S.", "migrants", "the", "and", "calls it", "a book called", "X", "é", "Ü",
]
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map("".join)

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


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


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_fail_cleanly(data):
    try:
        text, _ = decode_bytes(data)
    except DecodeError:
        return
    quotecli.extract(quotecli.from_text(text))
