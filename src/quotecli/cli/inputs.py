"""What every command that reads articles shares: PATHS and the reading options, the
settings layered from configuration files under the flags, and the run that loads them.

A bad input is one line on stderr naming the file; the run goes on and remembers
that something failed, so the exit code can say so."""

from __future__ import annotations

import functools
import os
import re
import sys
from typing import Callable, Iterator, Optional

import click

from ..config import ConfigError, Settings, resolve, validate_rule_prefixes
from ..document import Document
from ..extract import extract_all
from ..progress import tracked
from ..records import Extraction
from ..report.safety import terminal
from ..sources import InputError, InputWarning, ReadOptions, read_inputs
from ..sources.dates import normalise_date
from ..sources.html import HTML_MODES
from .exit_codes import EXIT_ERROR

#: Where the running command keeps its reading options (click's ``ctx.meta``).
_READ_OPTIONS = "quotecli.read_options"


class Run:
    """Loads inputs, reporting bad ones on stderr as they come, and remembers if any failed.

    ``settings`` (configuration layered under the flags) give the paths, the
    document date, the worker count and the include/exclude globs."""

    def __init__(self, settings: Settings, quiet: bool = False):
        self.settings = settings
        self.paths = settings["paths"]
        self.doc_date = settings["doc-date"]
        self.quiet = quiet
        ctx = click.get_current_context(silent=True)
        options = ctx.meta.get(_READ_OPTIONS) if ctx else None
        self.options = ReadOptions(**{**(options or {}), "doc_date": self.doc_date})
        self.failed = False

    @property
    def jobs(self) -> int:
        """Worker processes: the setting, 0 meaning one per core."""
        return jobs_count(self.settings["jobs"])

    def documents(self) -> Iterator[Document]:
        for item in read_inputs(self.paths, options=self.options):
            if isinstance(item, InputError):
                self.failed = True
                click.echo(terminal(f"quotecli: error: {item}"), err=True)
            elif isinstance(item, InputWarning):
                if not self.quiet:
                    click.echo(terminal(f"quotecli: warning: {item}"), err=True)
            elif self.settings.is_included(item.path):
                yield item

    def extractions(self) -> Iterator[Extraction]:
        """Every included document's extraction, with a progress bar on a terminal's stderr."""
        extractions = extract_all(self.documents(), jobs=self.jobs)
        return tracked(extractions, self.paths, lambda e: e.document.path, enabled=not self.quiet)

    def tracked_documents(self) -> Iterator[Document]:
        """Every included document, with a progress bar on a terminal's stderr."""
        return tracked(self.documents(), self.paths, lambda d: d.path, enabled=not self.quiet)

    def note(self, message: str) -> None:
        """A remark on stderr that ``--quiet`` drops."""
        if not self.quiet:
            click.echo(f"quotecli: {message}", err=True)

    def error(self, message: str) -> None:
        """A failure that does not stop the run (a source, a comment): one line, and exit 2 at the end."""
        self.failed = True
        click.echo(terminal(f"quotecli: error: {message}"), err=True)


def load_settings(config: Optional[str], isolated: bool, **flags) -> Settings:
    """Defaults < configuration file < flags; a bad configuration is one line on stderr and exit 2.

    ``flags`` maps a setting to ``(value, "--flag")``; None or () means not given."""
    try:
        settings = resolve(flags, config=config, isolated=isolated)
        validate_rule_prefixes(settings)
    except ConfigError as exc:
        click.echo(f"quotecli: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    return settings


def require_paths(settings: Settings) -> None:
    if not settings["paths"]:
        raise click.UsageError("no PATHS given and no `paths` in a configuration file")


def input_run(paths, doc_date, jobs, config_file, isolated, quiet) -> Run:
    """The run of an extraction command: its settings from the flags and the configuration."""
    settings = load_settings(config_file, isolated, paths=(tuple(paths), "PATHS"), **{
        "doc-date": (doc_date, "--doc-date"), "jobs": (jobs, "--jobs")})
    require_paths(settings)
    return Run(settings, quiet)


def jobs_count(value: int) -> int:
    return (os.cpu_count() or 1) if value == 0 else max(1, value)


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.I)


def _parse_size(ctx, param, value: str) -> int:
    """``20MB``, ``512k``, ``1000000`` to bytes (k, M, G are powers of 1024)."""
    match = _SIZE.match(str(value))
    if not match or float(match.group(1)) <= 0:
        raise click.BadParameter(f"{value!r} is not a size (e.g. 20MB, 512kB, 1000000)")
    scale = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}[match.group(2).lower()]
    return int(float(match.group(1)) * scale)


def _validate_date(ctx, param, value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    iso = normalise_date(value)
    if iso is None:
        raise click.BadParameter(f"{value!r} is not a full date (use YYYY-MM-DD)")
    return iso


def input_options(func: Callable) -> Callable:
    """The options every command that reads articles shares (PATHS may come from the configuration)."""
    decorators = [
        click.argument("paths", nargs=-1, type=click.Path(allow_dash=True)),
        click.option("--doc-date", callback=_validate_date, metavar="DATE",
                     help="Document date (YYYY-MM-DD) for inputs that state none; relative dates resolve against it."),
        click.option("-j", "--jobs", type=click.IntRange(min=0),
                     help="Worker processes for extraction and the rules (0: one per core) [default: 0]."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
                     help="Read settings from this file instead of the quotecli.toml/pyproject.toml found upwards."),
        click.option("--isolated", is_flag=True, help="Ignore every configuration file."),
        click.option("-q", "--quiet", is_flag=True, help="Print only findings/records and errors: no progress, warnings or notes."),
        click.option("--html-mode", type=click.Choice(HTML_MODES), default="main", show_default=True,
                     help="HTML pages: the article's main text only, or every text node (navigation, comments…)."),
        click.option("--text-column", metavar="NAME",
                     help="CSV/TSV: the column holding the article text [default: text, content, body or article]."),
        click.option("--stdin-filename", metavar="NAME",
                     help="Name (and, by its extension, format) of the article read from - (standard input)."),
        click.option("--max-size", default="20MB", show_default=True, callback=_parse_size, metavar="SIZE",
                     help="Largest article read (a file, JSON line, CSV cell or WARC page); larger ones are skipped."),
        click.option("--debug", is_flag=True, help="Show the traceback of an unexpected failure."),
    ]

    @functools.wraps(func)
    def wrapper(*args, html_mode, text_column, stdin_filename, max_size, debug, **kwargs):
        click.get_current_context().meta[_READ_OPTIONS] = {
            "html_mode": html_mode, "text_column": text_column, "stdin_filename": stdin_filename,
            "max_size": max_size, "debug": debug,
        }
        return func(*args, **kwargs)

    for decorator in reversed(decorators):
        wrapper = decorator(wrapper)
    return wrapper
