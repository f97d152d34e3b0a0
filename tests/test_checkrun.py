"""run_check: the library's whole check (rules, suppressions, severity overrides) without the CLI."""

from __future__ import annotations

import pytest

from quotecli import from_text
from quotecli.check import CheckOptions, all_rules
from quotecli.checkrun import run_check
from quotecli.document import Document
from quotecli.suppress import SuppressionError

FREQUENT = ("Jonas Wexley spoke on Monday. Jonas Wexley said the budget was fair. Jonas Wexley left.\n\n"
            "Jonas Wexley came back. Jonas Wexley sat down. Jonas Wexley spoke again.\n")


def markdown(id: str, text: str) -> Document:
    return Document(id=id, path=id, text=text.replace("<!--", "    ").replace("-->", "   "), source_text=text)


def test_suppression_then_severity_override_including_the_unused_report():
    documents = [from_text(FREQUENT, id="a.txt"),
                 markdown("b.md", "<!-- quotecli: ignore QC301 -->\nThe minister, Jonas Wexly, said no.\n")]
    result = run_check(documents, all_rules(),
                       CheckOptions(severities={"QC101": "warning", "QC001": "warning"}))
    assert sorted((f.rule, f.severity) for f in result.findings) == [("QC001", "warning"), ("QC101", "warning")]
    assert result.documents == 2 and result.suppressed == 0 and result.extractions == []


def test_a_malformed_comment_raises_without_a_handler_and_is_passed_to_one():
    documents = [markdown("b.md", "<!-- quotecli: silence QC101 -->\nText.\n")]
    with pytest.raises(SuppressionError, match="b.md:1:1"):
        run_check(documents, all_rules())
    seen = []
    result = run_check(documents, all_rules(), on_error=seen.append, keep_extractions=True)
    assert len(seen) == 1 and len(result.extractions) == 1
