"""The injection benchmark plants well-formed inconsistencies: a changed day keeps an
ordinal ending that fits the new number, so the planted date is one the extractor reads."""
from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

import quotecli

_BENCHMARKS = Path(__file__).parents[1] / "benchmarks"
if str(_BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(_BENCHMARKS))   # the script imports its sibling audit.py, as when run
_SPEC = importlib.util.spec_from_file_location("inject", _BENCHMARKS / "inject.py")
inject = importlib.util.module_from_spec(_SPEC)
sys.modules.setdefault("inject", inject)   # its dataclasses look their module up
_SPEC.loader.exec_module(inject)


@pytest.mark.parametrize("day, suffix, written", [
    (22, "st", "22nd"), (21, "th", "21st"), (23, "nd", "23rd"), (11, "st", "11th"),
    (12, "nd", "12th"), (13, "rd", "13th"), (2, "th", "2nd"), (24, "TH", "24TH"), (5, None, "5"),
])
def test_day_written_keeps_a_fitting_ordinal(day, suffix, written):
    assert inject._day_written(day, suffix) == written


def test_planted_ordinal_day_reads_as_the_new_date():
    sentence = ("Mayor Ana Ruiz opened the Harbour Bridge in Salem on March {} 2009, "
                "the city council said.\n")
    docs = [quotecli.Document(id=f"a{i}", text=sentence.format("21st") + "More text follows here.\n",
                              date="2009-03-25") for i in range(2)]
    ex = [quotecli.extract(d) for d in docs]
    planted = [inject.inject_day(ex, random.Random(seed)) for seed in range(12)]
    planted = [p for p in planted if p is not None]
    assert planted, "a shared full date should be changed"
    for injection in planted:
        new = injection.text[injection.start:injection.end]
        assert inject.regex.search(r"March (\d+)(st|nd|rd|th) 2009", new), new
        day = int(inject.regex.search(r"(\d+)(st|nd|rd|th)", new).group(1))
        assert new.endswith(inject._day_written(day, "st") + " 2009")
        dates = quotecli.extract(quotecli.Document(id="x", text=injection.text, date="2009-03-25")).dates
        assert f"2009-03-{day:02d}" in {d.value for d in dates}
