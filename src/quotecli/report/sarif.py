"""SARIF 2.1.0, the format code-scanning services read (GitHub, GitLab, Azure DevOps).

One run, with the tool's rules as ``reportingDescriptor`` records (id, name,
summary, the rule's explanation as help); one result per finding, its primary
location as ``locations`` and the evidence (often in other articles) as
``relatedLocations``. Columns count Unicode code points, as ours do. A
``partialFingerprints`` entry carries the baseline key (rule, file, matched text)
so that a service tracks a finding across edits that move its line.
"""

from __future__ import annotations

import hashlib
import json
from typing import IO, Sequence
from urllib.parse import quote

from .. import __version__
from ..check.model import Finding, Location

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _rule_descriptor(rule) -> dict:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation},
        "help": {"text": f"{rule.explanation}\n\nSilence it with --ignore {rule.id}."},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/:@-._~!$&'()*+,;=")


def _physical(location: Location) -> dict:
    """The file and region; an article of a JSON Lines file (lines counted within its text
    field, not the file's) gets the file alone, the article named as a logical location."""
    if location.doc and location.doc != location.file:
        return {"artifactLocation": {"uri": _uri(location.file)}}
    region = {
        "startLine": location.line,
        "startColumn": location.column,
        "endLine": max(location.end_line, location.line),
        "endColumn": max(location.end_column, 1),
    }
    if location.text:
        region["snippet"] = {"text": location.text}
    return {"artifactLocation": {"uri": _uri(location.file)}, "region": region}


def _related_text(loc: Location) -> str:
    if loc.doc and loc.doc != loc.file:
        return f"{loc.doc} {loc.line}:{loc.column}: {loc.text}"
    return loc.text or loc.file


def _fingerprint(finding: Finding) -> str:
    from ..baseline import key

    return hashlib.sha256("\x1f".join(key(finding)).encode("utf-8")).hexdigest()[:32]


def _result(finding: Finding, index: dict[str, int]) -> dict:
    message = finding.message + (f" (suggestion: {finding.suggestion})" if finding.suggestion else "")
    primary = {"physicalLocation": _physical(finding.primary)}
    p = finding.primary
    if p.doc and p.doc != p.file:
        primary["logicalLocations"] = [{"name": p.doc, "kind": "object"}]
        message = f"{p.doc} {p.line}:{p.column}: {message}"
    result = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [primary],
        "partialFingerprints": {"quotecliKey/v1": _fingerprint(finding)},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    related = [
        {"id": number, "physicalLocation": _physical(loc), "message": {"text": _related_text(loc)}}
        for number, loc in enumerate(finding.locations[1:], 1)
    ]
    if related:
        result["relatedLocations"] = related
    return result


def sarif_log(findings: Sequence[Finding]) -> dict:
    """The SARIF log of ``findings`` as a JSON-ready dict."""
    from ..check import all_rules

    rules = all_rules()
    index = {rule.id: number for number, rule in enumerate(rules)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "quotecli",
                "version": __version__,
                "rules": [_rule_descriptor(rule) for rule in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, index) for f in findings],
        }],
    }


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict) -> None:
    json.dump(sarif_log(findings), stream, ensure_ascii=False, indent=1)
    stream.write("\n")
