"""QC403 reads the names of a date's sentence part; a weekday's or month's possessive is a day,
not a name ("Monday's violence")."""

from __future__ import annotations

from quotecli.check.rules.date_conflict import _names


def _of(text: str) -> frozenset[str]:
    return _names(text, (0, len(text)), (0, len(text)))


def test_a_weekday_possessive_is_no_name():
    assert _of("Police said Monday's violence in Harwick began late.") == _of("Police said violence in Harwick began late.")


def test_a_name_possessive_still_is():
    assert len(_of("Police said Harwick's mayor and Dunmore met.")) == 2
