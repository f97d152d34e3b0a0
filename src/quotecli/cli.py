"""The ``quotecli`` command: parse options, call the library, pick a formatter, set the exit code.

Exit codes: 0 success; 1 ``check`` found something at or above ``--fail-on``;
2 a usage error or an input that could not be read (the other inputs are still
processed and reported).
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections import Counter
from typing import Callable, Iterator, Optional, Sequence

import click

from . import __version__, baseline as baselines, suppress
from .check import CheckOptions, all_rules, find_rule, select_rules, severity_rank
from .checkrun import run_check
from .config import ConfigError, Settings, resolve, validate_rule_prefixes
from .document import Document
from .extract import aggregate_people, extract_all
from .records import Extraction, person_record, span_record
from .report import FINDING_FORMATS, RECORD_FORMATS, write_findings, write_records
from .progress import tracked
from .sources import InputError, InputWarning, read_inputs
from .sources.dates import normalise_date

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Run:
    """Loads inputs, reporting bad ones on stderr as they come, and remembers if any failed.

    ``settings`` (configuration layered under the flags) give the paths, the
    document date, the worker count and the include/exclude globs."""

    def __init__(self, settings: Settings, quiet: bool = False):
        self.settings = settings
        self.paths = settings["paths"]
        self.doc_date = settings["doc-date"]
        self.quiet = quiet
        self.failed = False

    def documents(self) -> Iterator[Document]:
        for item in read_inputs(self.paths, self.doc_date):
            if isinstance(item, InputError):
                self.failed = True
                click.echo(f"quotecli: error: {item}", err=True)
            elif isinstance(item, InputWarning):
                if not self.quiet:
                    click.echo(f"quotecli: warning: {item}", err=True)
            elif self.settings.is_included(item.path):
                yield item

    def extractions(self) -> Iterator[Extraction]:
        """Every included document's extraction, with a progress bar on a terminal's stderr."""
        extractions = extract_all(self.documents(), jobs=_jobs(self.settings["jobs"]))
        return tracked(extractions, self.paths, lambda e: e.document.path, enabled=not self.quiet)

    def note(self, message: str) -> None:
        """A remark on stderr that ``--quiet`` drops."""
        if not self.quiet:
            click.echo(f"quotecli: {message}", err=True)


def _settings(config: Optional[str], isolated: bool, **flags) -> Settings:
    """Defaults < configuration file < flags; a bad configuration is one line on stderr and exit 2.

    ``flags`` maps a setting to ``(value, "--flag")``; None or () means not given."""
    try:
        settings = resolve(flags, config=config, isolated=isolated)
        validate_rule_prefixes(settings)
    except ConfigError as exc:
        click.echo(f"quotecli: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    return settings


def _require_paths(settings: Settings) -> None:
    if not settings["paths"]:
        raise click.UsageError("no PATHS given and no `paths` in a configuration file")


def _validate_date(ctx, param, value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    iso = normalise_date(value)
    if iso is None:
        raise click.BadParameter(f"{value!r} is not a full date (use YYYY-MM-DD)")
    return iso


def _jobs(value: int) -> int:
    return (os.cpu_count() or 1) if value == 0 else max(1, value)


def input_options(func: Callable) -> Callable:
    """The options every command that reads articles shares (PATHS may come from the configuration)."""
    decorators = [
        click.argument("paths", nargs=-1, type=click.Path(allow_dash=True)),
        click.option("--doc-date", callback=_validate_date, metavar="DATE",
                     help="Document date (YYYY-MM-DD) for inputs that state none; relative dates resolve against it."),
        click.option("-j", "--jobs", type=click.IntRange(min=0),
                     help="Worker processes for extraction (0: one per core) [default: 1]."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
                     help="Read settings from this file instead of the quotecli.toml/pyproject.toml found upwards."),
        click.option("--isolated", is_flag=True, help="Ignore every configuration file."),
        click.option("-q", "--quiet", is_flag=True, help="Print only findings/records and errors: no progress, warnings or notes."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def output_options(formats: Sequence[str], piped_default: str, configurable: bool = False) -> Callable:
    """``--format`` (table on a terminal, ``piped_default`` otherwise) and ``--output``.

    ``configurable``: a format not given stays None, for the command to take the
    configuration's ``format`` first (see :func:`_default_format`)."""

    def decorate(func: Callable) -> Callable:
        func = click.option("-f", "--format", "fmt", type=click.Choice(formats),
                            help=f"Output format [default: table on a terminal, {piped_default} otherwise].")(func)
        func = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                            help="Write to this file instead of standard output.")(func)

        @functools.wraps(func)
        def wrapper(*args, fmt=None, output=None, **kwargs):
            if fmt is None and not configurable:
                fmt = _default_format(output, piped_default)
            return func(*args, fmt=fmt, output=output, **kwargs)

        return wrapper

    return decorate


def _default_format(output: Optional[str], piped_default: str) -> str:
    return "table" if output is None and sys.stdout.isatty() else piped_default


@contextlib.contextmanager
def _open_output(output: Optional[str]):
    if output is None:
        yield sys.stdout
    else:
        with open(output, "w", encoding="utf-8", newline="") as stream:
            yield stream


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotecli")
def cli() -> None:
    """Quotes, speakers, numbers, dates and people in news text, and the checks
    that find where articles disagree.

    PATHS are files (.txt, .md, .html, .jsonl/.json), folders (read recursively)
    or - for standard input.
    """


# --- extraction commands -------------------------------------------------------------

def _input_run(paths, doc_date, jobs, config_file, isolated, quiet) -> _Run:
    settings = _settings(config_file, isolated, paths=(tuple(paths), "PATHS"), **{
        "doc-date": (doc_date, "--doc-date"), "jobs": (jobs, "--jobs")})
    _require_paths(settings)
    return _Run(settings, quiet)


def _span_command(name: str, field: str, columns: Sequence[str], help_text: str,
                  extra_options: Sequence[Callable] = ()) -> None:
    """Register a command that lists one extractor's records."""

    def command(paths, doc_date, jobs, config_file, isolated, quiet, fmt, output, kinds=()):
        run = _input_run(paths, doc_date, jobs, config_file, isolated, quiet)
        rows = []
        for extraction in run.extractions():
            for span in getattr(extraction, field):
                if not kinds or getattr(span, "kind", None) in kinds:
                    rows.append(span_record(extraction.document, span))
        with _open_output(output) as stream:
            write_records(rows, fmt, stream, columns)
        sys.exit(EXIT_ERROR if run.failed else EXIT_OK)

    for decorator in extra_options:
        command = decorator(command)
    command = output_options(RECORD_FORMATS, "jsonl")(command)
    command = input_options(command)
    cli.command(name=name, help=help_text)(command)


_span_command(
    "quotes", "quotes", ["speaker", "cue", "kind", "text"],
    "List every quotation with its speaker, cue verb, kind and location.",
    [click.option("--kind", "kinds", multiple=True, type=click.Choice(["full", "partial", "scare", "title", "indirect"]),
                  help="Only quotes of this kind (repeatable).")],
)
_span_command(
    "numbers", "numbers", ["text", "value", "value_max", "unit", "of", "qualifier", "kind"],
    "List every figure with what it counts.",
)
_span_command(
    "dates", "dates", ["text", "value", "relative", "weekday"],
    "List every date (absolute, partial, relative) with its ISO value.",
)


@cli.command()
@input_options
@output_options(RECORD_FORMATS, "jsonl")
def people(paths, doc_date, jobs, config_file, isolated, quiet, fmt, output):
    """List the people named, with their aliases, mention counts and documents."""
    run = _input_run(paths, doc_date, jobs, config_file, isolated, quiet)
    persons = aggregate_people(run.extractions())
    rows = [person_record(p) for p in persons]
    with _open_output(output) as stream:
        write_records(rows, fmt, stream, ["name", "aliases", "mentions", "docs"])
    sys.exit(EXIT_ERROR if run.failed else EXIT_OK)


def _document_record(extraction: Extraction) -> dict:
    doc = extraction.document
    return {
        "doc": doc.id,
        "file": doc.path,
        "title": doc.title,
        "date": doc.date,
        "url": doc.url,
        "quotes": [span_record(doc, s) for s in extraction.quotes],
        "numbers": [span_record(doc, s) for s in extraction.numbers],
        "dates": [span_record(doc, s) for s in extraction.dates],
        "people": [span_record(doc, s) for s in extraction.people],
    }


@cli.command()
@input_options
@output_options(RECORD_FORMATS, "jsonl")
def extract(paths, doc_date, jobs, config_file, isolated, quiet, fmt, output):
    """Quotes, numbers, dates and people of every document at once.

    JSON/JSONL: one object per document with its quotes, numbers, dates and
    people; the other formats: one row per record, with a ``type`` column."""
    run = _input_run(paths, doc_date, jobs, config_file, isolated, quiet)
    documents = [_document_record(e) for e in run.extractions()]
    with _open_output(output) as stream:
        if fmt in ("json", "jsonl"):
            write_records(documents, fmt, stream, [])
        else:
            rows = [
                {**record, "type": kind.rstrip("s") if kind != "people" else "person"}
                for document in documents
                for kind in ("quotes", "numbers", "dates", "people")
                for record in document[kind]
            ]
            rows.sort(key=lambda r: (r["doc"], r["start"], r["type"]))
            write_records(rows, fmt, stream, ["type", "text", "value", "unit", "speaker", "kind"])
    sys.exit(EXIT_ERROR if run.failed else EXIT_OK)


# --- checks --------------------------------------------------------------------------

def _split(values: Sequence[str]) -> list[str]:
    return [part for value in values for part in value.split(",") if part.strip()]


def check_options(func: Callable) -> Callable:
    """What selects rules and decides the exit code, shared by ``check`` and ``report``."""
    decorators = [
        click.option("--select", multiple=True, metavar="RULES",
                     help="Only these rules: ids or names, prefixes allowed, comma-separated or repeated (QC1, name-)."),
        click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (same syntax as --select)."),
        click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
                     help="Lowest severity that makes the exit code 1 [default: error]."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (input errors still exit 2)."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


class _Checked:
    """One checking run of the CLI: the library's :func:`run_check`, reporting as it goes."""

    def __init__(self, run: _Run, rules, keep_extractions: bool = False):
        self.run = run

        self.bad_comments = 0

        def bad_comment(error: suppress.SuppressionError) -> None:
            run.failed = True
            self.bad_comments += 1
            click.echo(f"quotecli: error: {error}", err=True)

        options = CheckOptions(severities=run.settings["severity"])
        result = run_check(run.extractions(), rules, options, keep_extractions, on_error=bad_comment)
        self.findings = result.findings
        self.documents = result.documents
        self.extractions = result.extractions
        if result.suppressed:
            run.note(f"{result.suppressed} findings suppressed by comments in the articles")

    def refuse_output(self) -> bool:
        """With a suppression comment that cannot be read, which findings the editors silenced is
        unknown: nothing is written (its error line said why) rather than findings they meant to silence."""
        return self.bad_comments > 0

    def exit_code(self, fail_on: str, exit_zero: bool) -> int:
        if self.run.failed:
            return EXIT_ERROR
        failing = fail_on != "never" and any(severity_rank(f.severity) >= severity_rank(fail_on) for f in self.findings)
        return EXIT_FINDINGS if failing and not exit_zero else EXIT_OK


def _checked_settings(paths, doc_date, jobs, config_file, isolated, select, ignore, fail_on, fmt=None) -> Settings:
    settings = _settings(config_file, isolated, paths=(tuple(paths), "PATHS"), select=(tuple(_split(select)), "--select"),
                         ignore=(tuple(_split(ignore)), "--ignore"), format=(fmt, "--format"), **{
                             "doc-date": (doc_date, "--doc-date"), "jobs": (jobs, "--jobs"), "fail-on": (fail_on, "--fail-on")})
    _require_paths(settings)
    return settings


def _selected_rules(settings: Settings):
    rules = select_rules(settings["select"], settings["ignore"])
    if not rules:
        raise click.UsageError("--select/--ignore leave no rule to run (see `quotecli rules`)")
    return rules


@cli.command()
@input_options
@output_options(FINDING_FORMATS, "text", configurable=True)
@check_options
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Report only findings this baseline (from --write-baseline) does not hold.")
@click.option("--write-baseline", "write_baseline_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Record today's findings as accepted, in FILE (written atomically).")
def check(paths, doc_date, jobs, config_file, isolated, quiet, fmt, output, select, ignore, fail_on, exit_zero,
          baseline_file, write_baseline_file):
    """Find what disagrees across articles and inside them: names, quotes, figures, dates.

    Settings come from [tool.quotecli] in pyproject.toml or a quotecli.toml
    (found upwards from the working directory), under the flags given here;
    `quotecli config` shows them. Suppression comments in articles and a
    --baseline silence findings already judged.
    """
    settings = _checked_settings(paths, doc_date, jobs, config_file, isolated, select, ignore, fail_on, fmt)
    fmt = settings["format"] or _default_format(output, "text")
    accepted = None
    if baseline_file is not None:
        try:
            accepted = baselines.read(baseline_file)
        except baselines.BaselineError as exc:
            click.echo(f"quotecli: error: {exc}", err=True)
            sys.exit(EXIT_ERROR)
    run = _Run(settings, quiet)
    checked = _Checked(run, _selected_rules(settings))
    findings = checked.findings
    if checked.refuse_output():
        sys.exit(EXIT_ERROR)
    if write_baseline_file is not None:
        if run.failed:
            click.echo(f"quotecli: error: {write_baseline_file} not written: some inputs could not be read", err=True)
        else:
            count = baselines.write(write_baseline_file, findings)
            run.note(f"wrote {count} findings to the baseline {write_baseline_file}")
    if accepted is not None:
        filtered = baselines.filter_new(findings, accepted, baselines.root_of(baseline_file))
        findings = checked.findings = filtered.new
        run.note(f"{filtered.matched} findings matched the baseline {baseline_file}; {len(findings)} new")
    summary = _summary(findings, checked.documents)
    with _open_output(output) as stream:
        write_findings(findings, fmt, stream, summary)
    sys.exit(checked.exit_code(settings["fail-on"], exit_zero))


@cli.command()
@input_options
@click.option("--select", multiple=True, metavar="RULES", help="Only these rules (as for `check`).")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (as for `check`).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write the page to this file (atomically) instead of standard output.")
@click.option("--title", default="quotecli report", show_default=True, help="The page's title.")
def report(paths, doc_date, jobs, config_file, isolated, quiet, select, ignore, output, title):
    """Write one self-contained HTML page: a summary, then every article with its quotes
    coloured by speaker, numbers and dates marked, and each finding beside its text,
    linked to the evidence in other articles."""
    from .baseline import atomic_write
    from .report.html_report import people_count, render

    settings = _checked_settings(paths, doc_date, jobs, config_file, isolated, select, ignore, None)
    run = _Run(settings, quiet)
    checked = _Checked(run, _selected_rules(settings), keep_extractions=True)
    if checked.refuse_output():
        sys.exit(EXIT_ERROR)
    page = render(checked.extractions, checked.findings, people_count(checked.extractions), title=title)
    if output is None:
        click.echo(page, nl=False)
    else:
        atomic_write(output, page)
        run.note(f"wrote {output}: {checked.documents} articles, {len(checked.findings)} findings")
    sys.exit(EXIT_ERROR if run.failed else EXIT_OK)


def _summary(findings, documents: int) -> dict:
    by_rule: dict[str, dict] = {}
    for f in findings:
        row = by_rule.setdefault(f.rule, {"name": f.name, "severity": f.severity, "count": 0})
        row["count"] += 1
    return {
        "documents": documents,
        "findings": len(findings),
        "by_severity": dict(Counter(f.severity for f in findings)),
        "by_rule": by_rule,
    }


@cli.command(name="config")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Read settings from this file instead of the quotecli.toml/pyproject.toml found upwards.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@output_options(RECORD_FORMATS, "jsonl")
def config_command(config_file, isolated, fmt, output):
    """Print the effective settings and where each one comes from (default, a file, a flag)."""
    settings = _settings(config_file, isolated)
    rows = settings.rows()
    with _open_output(output) as stream:
        if fmt in ("json", "jsonl"):
            write_records(rows, fmt, stream, [])
        else:
            from tabulate import tabulate

            shown = [[r["key"], _setting_text(r["value"]), r["source"]] for r in rows]
            stream.write(tabulate(shown, headers=["key", "value", "source"],
                                  tablefmt="github" if fmt == "markdown" else "simple") + "\n")


def _setting_text(value) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, dict):
        return ", ".join(f"{k} = {v}" for k, v in value.items()) or "(none)"
    if isinstance(value, list):
        return ", ".join(value) or "(none)"
    return str(value)


@cli.command(name="rules")
@output_options(RECORD_FORMATS, "jsonl")
def rules_command(fmt, output):
    """List every rule: id, name, severity and what it checks."""
    rows = [{"id": r.id, "name": r.name, "severity": r.severity, "summary": r.summary} for r in all_rules()]
    with _open_output(output) as stream:
        if fmt in ("table", "markdown"):
            from tabulate import tabulate

            stream.write(tabulate([list(r.values()) for r in rows], headers=list(rows[0]) if rows else [],
                                  tablefmt="simple" if fmt == "table" else "github") + "\n")
        else:
            write_records(rows, fmt, stream, [])


@cli.command(name="rule")
@click.argument("rule_id")
def rule_command(rule_id):
    """Explain one rule (by id or name): what it checks, why, an example, how to silence it."""
    rule = find_rule(rule_id)
    if rule is None:
        raise click.UsageError(f"no rule {rule_id!r} (see `quotecli rules`)")
    click.echo(f"{rule.id} {rule.name} ({rule.severity})\n")
    click.echo(rule.explanation)
    if rule.example_bad:
        click.echo("\nReported:\n" + "\n".join("    " + line for line in rule.example_bad.splitlines()))
    if rule.example_good:
        click.echo("\nNot reported:\n" + "\n".join("    " + line for line in rule.example_good.splitlines()))
    click.echo(f"\nSilence it with --ignore {rule.id} (or --ignore {rule.name}).")


def main() -> None:
    """Console-script entry point; usage errors exit 2 (click's convention)."""
    try:
        cli(prog_name="quotecli")
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_OK)


if __name__ == "__main__":
    main()
