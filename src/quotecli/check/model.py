"""What a check reports: a :class:`Finding` with its :class:`Location` list.

The primary location (what to fix) comes first; related locations (the evidence
elsewhere, often in other articles) follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..document import Document

SEVERITIES = ("info", "warning", "error")
CONFIDENCES = ("low", "medium", "high")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


def confidence_rank(confidence: str) -> int:
    """``low`` < ``medium`` < ``high``: how sure a rule is that its finding is a real error."""
    return CONFIDENCES.index(confidence)


@dataclass(frozen=True, order=True)
class Location:
    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    doc: str = ""
    start: int = 0
    end: int = 0

    @classmethod
    def of(cls, document: Document, start: int, end: int) -> "Location":
        line, column = document.line_col(start)
        end_line, end_column = document.line_col(end)
        return cls(
            file=document.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            text=document.text[start:end],
            doc=document.id,
            start=start,
            end=end,
        )

    def to_dict(self) -> dict[str, Any]:
        record = {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
        }
        if self.doc and self.doc != self.file:
            record["doc"] = self.doc
        return record


@dataclass(frozen=True)
class Finding:
    rule: str
    name: str
    severity: str
    message: str
    locations: tuple[Location, ...]
    suggestion: Optional[str] = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    # How sure the rule is, and why: rules that weigh evidence (the name rules) lower it
    # when the evidence is mixed; the others are sure of what they report.
    confidence: str = "high"
    confidence_reason: str = ""

    @property
    def primary(self) -> Location:
        return self.locations[0]

    def sort_key(self) -> tuple:
        p = self.primary
        return (p.file, p.doc, p.line, p.column, self.rule, self.message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
            "confidence": self.confidence,
            "confidence_reason": self.confidence_reason,
            "locations": [loc.to_dict() for loc in self.locations],
        }
