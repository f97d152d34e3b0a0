"""Escaping article text for the place it is written to: article text is untrusted.

Scraped text can carry ANSI escape sequences (that recolour or rewrite a
terminal), bidirectional overrides (that make a line read differently from what
it holds), spreadsheet formulas (``=HYPERLINK(...)`` runs when a CSV is opened)
and Markdown or HTML markup. Each output format passes article text through the
helper for its medium:

- :func:`terminal` for the table and text formats (and error lines on stderr),
- :func:`csv_cell` for CSV (the OWASP rule against formula injection),
- :func:`markdown_cell` for Markdown tables,
- :func:`json_dumps` for JSON and JSON Lines,
- :func:`html_text`, :func:`github_message` and :func:`github_property` for the
  HTML, SARIF and GitHub workflow-command formats.
"""

from __future__ import annotations

import html
import json
import re

#: C0 controls but tab and line feed, DEL and C1 controls (ESC starts ANSI sequences).
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
#: Bidirectional embeddings, overrides and isolates, and the implicit marks (Trojan Source).
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: Line and paragraph separators, which some readers take for line breaks.
_SEPARATORS = "\u2028\u2029"

_TERMINAL_UNSAFE = re.compile(f"[{_CONTROLS}{_BIDI}{_SEPARATORS}]")
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_BIDI}{_SEPARATORS}]")


def visible_escape(char: str) -> str:
    """``\\x1b`` for ESC, ``\\u202e`` for RIGHT-TO-LEFT OVERRIDE: what the character is, shown harmlessly."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal(text: str) -> str:
    """``text`` with control, bidirectional-override and line-separator characters made visible escapes.

    Line feeds and tabs are kept (formats that need one line collapse white space
    themselves); everything a terminal would act on is shown instead.
    """
    return _TERMINAL_UNSAFE.sub(lambda m: visible_escape(m.group(0)), text)


#: First characters a spreadsheet takes as the start of a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A text cell that starts like a formula, prefixed with ``'`` so a spreadsheet shows it as text.

    Numbers are left alone (``-3`` written from a number is a number); only
    strings are neutralised, as the OWASP guidance advises.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def markdown_cell(text: str) -> str:
    """``text`` safe inside one GitHub-flavoured Markdown table cell.

    Pipes, backticks, emphasis and link brackets are backslash-escaped, HTML is
    entity-escaped (so no tag or comment can open), line breaks become spaces,
    and terminal control characters become visible escapes.
    """
    text = " ".join(terminal(text).split())
    text = html.escape(text, quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def markdown_code(text: str) -> str:
    """``text`` as an inline code span in a table cell (for locations), or escaped text when it cannot be one."""
    text = " ".join(terminal(text).split())
    if "`" in text or not text:
        return markdown_cell(text)
    return "`" + text.replace("|", "\\|") + "`"


def json_dumps(value: object, **kwargs) -> str:
    """``json.dumps`` that also escapes DEL, C1 controls, bidirectional controls and U+2028/U+2029.

    The JSON stays valid and reads back to the same strings; a JSON Lines file
    split on every Unicode line break (Python's ``str.splitlines``) still has one
    record per line, and ``cat`` on it cannot drive the terminal.
    """
    text = json.dumps(value, ensure_ascii=False, **kwargs)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def html_text(text: str) -> str:
    """``text`` for HTML element content or a quoted attribute value."""
    return html.escape(terminal(text), quote=True)


def github_message(text: str) -> str:
    """The message part of a GitHub Actions workflow command (``::error ...::MESSAGE``)."""
    return terminal(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A property value of a workflow command (``file=``, ``title=``)."""
    return github_message(text).replace(":", "%3A").replace(",", "%2C")


__all__ = ["terminal", "visible_escape", "csv_cell", "FORMULA_STARTS", "markdown_cell", "markdown_code", "json_dumps",
           "html_text", "github_message", "github_property"]
