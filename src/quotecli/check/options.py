"""Settings that rules read while they run: the names registry, severity overrides, confidence.

The engine activates one :class:`CheckOptions` for the length of a run
(:func:`activated`); a rule reads it with :func:`active`. Rules keep their
``map(extraction)`` / ``compare(key, items)`` shape, so a distributed engine only
has to activate the same options in each worker before calling them.
"""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Optional

from .model import Finding


@dataclass(frozen=True)
class CheckOptions:
    """What a run of the rules is told beyond the extractions.

    ``registry`` is a loaded names registry (canonical spellings, accepted
    variants, distinct people) or None; ``severities`` maps a rule id to the
    severity a configuration gives it; ``min_confidence`` drops findings of a
    lower confidence.
    """

    registry: Optional[Any] = None
    severities: Mapping[str, str] = field(default_factory=dict)
    min_confidence: str = "low"


DEFAULT = CheckOptions()
_active: CheckOptions = DEFAULT


def active() -> CheckOptions:
    """The options of the run in progress (the defaults outside a run)."""
    return _active


@contextlib.contextmanager
def activated(options: Optional[CheckOptions]) -> Iterator[CheckOptions]:
    """Make ``options`` the active ones inside the block, restoring the previous ones after."""
    global _active
    previous, _active = _active, options or DEFAULT
    try:
        yield _active
    finally:
        _active = previous


def apply_severities(findings: Iterable[Finding], severities: Mapping[str, str]) -> list[Finding]:
    """Findings with the configured severity of their rule (a configuration's ``[severity]`` table).

    Applied after the rules ran rather than inside each rule, so that a rule that
    lowers one finding (a timeline, say) is overridden as a whole, as the user asked."""
    if not severities:
        return list(findings)
    return [dataclasses.replace(f, severity=severities[f.rule]) if f.rule in severities else f for f in findings]
