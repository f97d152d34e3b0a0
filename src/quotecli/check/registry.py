"""Rules as records: id, name, severity, explanation, and the code that applies them.

Every rule has the same scale-ready shape, a *map* over documents that emits
``(key, item)`` pairs and a *compare* over each group of items sharing a key:

    for each extraction:   for key, item in rule.map(extraction):  groups[key].append(item)
    for each key, items:   yield from rule.compare(key, items)

No rule ever looks at all pairs of documents; a rule that needs corpus-wide
statistics (how often each spelling is used) computes them as another group-by.
A rule module registers itself with :func:`register` when imported.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any, Callable, Hashable, Iterable, Optional

from ..records import Extraction
from .model import SEVERITIES, Finding

MapFn = Callable[[Extraction], Iterable[tuple[Hashable, Any]]]
CompareFn = Callable[[Hashable, list], Iterable[Finding]]
MergeFn = Callable[[list[Finding]], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A check. ``explanation`` is the user-facing paragraph shown by ``quotecli rule``;
    its first line is the summary shown by ``quotecli rules``."""

    id: str
    name: str
    severity: str
    explanation: str
    map: Optional[MapFn]
    compare: Optional[CompareFn]
    example_bad: str = ""
    example_good: str = ""
    merge: Optional[MergeFn] = None   # joins findings of several groups (one place to fix, many witnesses)
    command: str = "check"            # the command that applies it: ``check``, or ``verify`` (QC5xx)
    # The smallest group ``compare`` can find anything in: a rule that only compares pairs
    # sets 2, and the engine then never sorts, ships or compares its singleton groups
    # (most groups of the figure and quote rules), which cost time and find nothing.
    min_group: int = 1
    # Rules whose findings take precedence at a place: a finding of this rule whose first
    # location overlaps a location of theirs is dropped (one slip, reported once, by the
    # rule that knows most about it; QC105 defers to the name and place rules).
    defers_to: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        return self.explanation.strip().split("\n", 1)[0].strip()

    def finding(self, message: str, locations, suggestion: Optional[str] = None,
                severity: Optional[str] = None, confidence: str = "high", confidence_reason: str = "",
                **extra) -> Finding:
        """A finding of this rule (severity may be lowered, e.g. to info for a timeline;
        ``confidence`` lowered, with its reason, when the evidence is mixed)."""
        return Finding(
            rule=self.id,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            locations=tuple(locations),
            suggestion=suggestion,
            extra=extra,
            confidence=confidence,
            confidence_reason=confidence_reason,
        )


_RULES: dict[str, Rule] = {}


def register(id: str, name: str, severity: str, *, explanation: str, map: Optional[MapFn] = None,
             compare: Optional[CompareFn] = None, example_bad: str = "", example_good: str = "",
             merge: Optional[MergeFn] = None, command: str = "check", min_group: int = 1,
             defers_to: tuple[str, ...] = ()) -> Rule:
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r} for {id}")
    if id in _RULES:
        raise ValueError(f"rule id {id} registered twice")
    if command == "check" and (map is None or compare is None):
        raise ValueError(f"check rule {id} needs map and compare")
    rule = Rule(id, name, severity, inspect.cleandoc(explanation), map, compare,
                inspect.cleandoc(example_bad), inspect.cleandoc(example_good), merge, command, min_group,
                tuple(defers_to))
    _RULES[id] = rule
    return rule


def all_rules(command: Optional[str] = "check") -> list[Rule]:
    """The rules ``command`` applies (``check`` by default; ``None``: every rule of every command)."""
    from . import rules  # noqa: F401  (importing the packages registers every rule)
    from ..verify import rules as verify_rules  # noqa: F401

    return sorted((r for r in _RULES.values() if command is None or r.command == command), key=lambda r: r.id)


def find_rule(key: str) -> Optional[Rule]:
    """A rule by id (``QC101``) or name (``name-spelling``), case-insensitive."""
    key = key.strip().lower()
    for rule in all_rules(None):
        if rule.id.lower() == key or rule.name == key:
            return rule
    return None


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = (), command: str = "check") -> list[Rule]:
    """Rules whose id or name starts with a ``select`` prefix, minus ``ignore`` prefixes.

    ``QC1`` selects QC101…QC199; ``name-`` selects every name rule.
    """
    def matches(rule: Rule, prefixes: list[str]) -> bool:
        return any(rule.id.lower().startswith(p) or rule.name.startswith(p) for p in prefixes)

    select = [s.strip().lower() for s in select if s.strip()]
    ignore = [s.strip().lower() for s in ignore if s.strip()]
    chosen = [r for r in all_rules(command) if not select or matches(r, select)]
    return [r for r in chosen if not matches(r, ignore)]
