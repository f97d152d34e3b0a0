"""Metadata dates ("November 13, 2004", "2022-07-12T10:00:00Z") to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from dateutil import parser as _parser


def normalise_date(value: object) -> Optional[str]:
    """An ISO date for a metadata value, or ``None`` when it is not a full date."""
    if not isinstance(value, str) or not value.strip():
        return None
    defaults = (_dt.datetime(1, 1, 1), _dt.datetime(2, 2, 2))
    try:
        parsed = [_parser.parse(value.strip(), default=d, fuzzy=False) for d in defaults]
    except (ValueError, OverflowError):
        return None
    if parsed[0].date() != parsed[1].date():  # some part of the date was missing
        return None
    return parsed[0].date().isoformat()
