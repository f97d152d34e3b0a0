"""The ``quotecli`` command: parse options, call the library, pick a formatter, set the exit code.

Exit codes: 0 success; 1 ``check`` found something at or above ``--fail-on``;
2 a usage error, an input that could not be read (the other inputs are still
processed and reported) or an output that could not be written; 130 interrupted
(Ctrl-C). A closed pipe (``quotecli quotes corpus/ | head``) ends quietly.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
import tempfile
from collections import Counter
from typing import Callable, Iterator, Optional, Sequence

import click

from . import __version__
from .check import all_rules, find_rule, run_rules, select_rules, severity_rank
from .document import Document
from .extract import aggregate_people, extract_all
from .records import Extraction, person_record, span_record
from .report import FINDING_FORMATS, RECORD_FORMATS, write_findings, write_records
from .report.safety import terminal
from .sources import InputError, InputWarning, ReadOptions, read_inputs
from .sources.html import HTML_MODES
from .sources.dates import normalise_date

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

#: Where the reading and writing options of the running command are kept (click's ``ctx.meta``).
_READ_OPTIONS, _CSV_SAFETY = "quotecli.read_options", "quotecli.csv_safety"


class _Run:
    """Loads inputs, reporting bad ones on stderr as they come, and remembers if any failed."""

    def __init__(self, paths: Sequence[str], doc_date: Optional[str]):
        self.paths = paths
        ctx = click.get_current_context(silent=True)
        options = ctx.meta.get(_READ_OPTIONS) if ctx else None
        self.options = ReadOptions(**{**(options or {}), "doc_date": doc_date})
        self.failed = False

    def documents(self) -> Iterator[Document]:
        for item in read_inputs(self.paths, options=self.options):
            if isinstance(item, InputError):
                self.failed = True
                click.echo(terminal(f"quotecli: error: {item}"), err=True)
            elif isinstance(item, InputWarning):
                click.echo(terminal(f"quotecli: warning: {item}"), err=True)
            else:
                yield item


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


def _jobs(value: int) -> int:
    return (os.cpu_count() or 1) if value == 0 else max(1, value)


def input_options(func: Callable) -> Callable:
    """The options every command that reads articles shares."""
    decorators = [
        click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True)),
        click.option("--doc-date", callback=_validate_date, metavar="DATE",
                     help="Document date (YYYY-MM-DD) for inputs that state none; relative dates resolve against it."),
        click.option("-j", "--jobs", type=int, default=1, show_default=True,
                     help="Worker processes for extraction (0: one per core)."),
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


def output_options(formats: Sequence[str], piped_default: str) -> Callable:
    """``--format`` (table on a terminal, ``piped_default`` otherwise) and ``--output``."""

    def decorate(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, fmt=None, output=None, csv_safety=True, **kwargs):
            if fmt is None:
                fmt = "table" if output is None and sys.stdout.isatty() else piped_default
            click.get_current_context().meta[_CSV_SAFETY] = csv_safety
            if output is not None and os.path.realpath(output) in {
                    os.path.realpath(p) for p in kwargs.get("paths", ()) if p != "-"}:
                raise click.UsageError(f"--output {output} is one of the inputs; inputs are never written")
            return func(*args, fmt=fmt, output=output, **kwargs)

        wrapper = click.option("-o", "--output", type=click.Path(dir_okay=False),
                               help="Write to this file (atomically: in full or not at all) instead of standard output.")(wrapper)
        wrapper = click.option("--csv-safety/--no-csv-safety", default=True, show_default=True,
                               help="CSV: prefix cells that start like a spreadsheet formula (= + - @ tab CR) with '.")(wrapper)
        return click.option("-f", "--format", "fmt", type=click.Choice(formats),
                            help=f"Output format [default: table on a terminal, {piped_default} otherwise].")(wrapper)

    return decorate


def _csv_safety() -> bool:
    return click.get_current_context().meta.get(_CSV_SAFETY, True)


@contextlib.contextmanager
def _open_output(output: Optional[str]):
    """Standard output, or ``output`` written atomically: a temporary file in the same folder,
    renamed over ``output`` only when everything was written, so an interrupted or failed run
    leaves the old file (or none), never half a file. A FIFO or device is written directly."""
    if output is None:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:  # the reader (`| head`) has all it wants
            _quiet_stdout()
            sys.exit(EXIT_OK)
        return
    if os.path.exists(output) and not os.path.isfile(output):
        with _output_errors(output), open(output, "w", encoding="utf-8", newline="") as stream:
            yield stream
        return
    folder = os.path.dirname(os.path.abspath(output))
    with _output_errors(output):
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(output)}.", suffix=".part")
    try:
        with _output_errors(output):
            stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        with stream:
            yield stream
            with _output_errors(output):
                stream.flush()
                os.fsync(stream.fileno())
        with _output_errors(output):
            os.chmod(temp, _new_file_mode(output))
            os.replace(temp, output)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def _new_file_mode(output: str) -> int:
    """The existing file's permissions, or what ``open`` would give a new file (0666 less the umask)."""
    if os.path.exists(output):
        return os.stat(output).st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def _output_errors(output: str):
    """A failure to write ``output`` (full disk, no permission, no such folder) as one line, exit 2."""
    try:
        yield
    except OSError as exc:
        click.echo(terminal(f"quotecli: error: cannot write {output}: {exc.strerror or exc}"), err=True)
        sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotecli")
def cli() -> None:
    """Quotes, speakers, numbers, dates and people in news text, and the checks
    that find where articles disagree.

    PATHS are files (.txt, .md, .html, .jsonl/.json, .csv/.tsv, .warc, and
    .gz/.bz2/.xz of them), folders (read recursively) or - for standard input.
    """


# --- extraction commands -------------------------------------------------------------

def _span_command(name: str, field: str, columns: Sequence[str], help_text: str,
                  extra_options: Sequence[Callable] = ()) -> None:
    """Register a command that lists one extractor's records."""

    def command(paths, doc_date, jobs, fmt, output, kinds=()):
        run = _Run(paths, doc_date)
        rows = []
        for extraction in extract_all(run.documents(), jobs=_jobs(jobs)):
            for span in getattr(extraction, field):
                if not kinds or getattr(span, "kind", None) in kinds:
                    rows.append(span_record(extraction.document, span))
        with _open_output(output) as stream:
            write_records(rows, fmt, stream, columns, csv_safety=_csv_safety())
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
def people(paths, doc_date, jobs, fmt, output):
    """List the people named, with their aliases, mention counts and documents."""
    run = _Run(paths, doc_date)
    persons = aggregate_people(extract_all(run.documents(), jobs=_jobs(jobs)))
    rows = [person_record(p) for p in persons]
    with _open_output(output) as stream:
        write_records(rows, fmt, stream, ["name", "aliases", "mentions", "docs"], csv_safety=_csv_safety())
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
def extract(paths, doc_date, jobs, fmt, output):
    """Quotes, numbers, dates and people of every document at once.

    JSON/JSONL: one object per document with its quotes, numbers, dates and
    people; the other formats: one row per record, with a ``type`` column."""
    run = _Run(paths, doc_date)
    documents = [_document_record(e) for e in extract_all(run.documents(), jobs=_jobs(jobs))]
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
            write_records(rows, fmt, stream, ["type", "text", "value", "unit", "speaker", "kind"],
                          csv_safety=_csv_safety())
    sys.exit(EXIT_ERROR if run.failed else EXIT_OK)


# --- checks --------------------------------------------------------------------------

def _split(values: Sequence[str]) -> list[str]:
    return [part for value in values for part in value.split(",") if part.strip()]


@cli.command()
@input_options
@output_options(FINDING_FORMATS, "text")
@click.option("--select", multiple=True, metavar="RULES",
              help="Only these rules: ids or names, prefixes allowed, comma-separated or repeated (QC1, name-).")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (same syntax as --select).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error",
              show_default=True, help="Lowest severity that makes the exit code 1.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (input errors still exit 2).")
def check(paths, doc_date, jobs, fmt, output, select, ignore, fail_on, exit_zero):
    """Find what disagrees across articles and inside them: names, quotes, figures, dates."""
    rules = select_rules(_split(select), _split(ignore))
    if not rules:
        raise click.UsageError("--select/--ignore leave no rule to run (see `quotecli rules`)")
    run = _Run(paths, doc_date)
    counter = Counter()

    def counted(extractions):
        for extraction in extractions:
            counter["documents"] += 1
            yield extraction

    findings = run_rules(counted(extract_all(run.documents(), jobs=_jobs(jobs))), rules)
    summary = _summary(findings, counter["documents"])
    with _open_output(output) as stream:
        write_findings(findings, fmt, stream, summary, csv_safety=_csv_safety())
    if run.failed:
        sys.exit(EXIT_ERROR)
    failing = fail_on != "never" and any(severity_rank(f.severity) >= severity_rank(fail_on) for f in findings)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


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
            write_records(rows, fmt, stream, [], csv_safety=_csv_safety())


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
    """Console-script entry point; usage errors exit 2 (click's convention).

    Ctrl-C exits 130 with one line and no traceback (worker processes ignore the
    signal and are ended with the pool). A reader that closes the pipe early ends
    the run quietly: standard output is pointed at /dev/null so the final flush
    cannot fail either. An unexpected failure is one line unless ``--debug``.
    """
    try:
        cli(prog_name="quotecli", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, click.exceptions.Abort):
        _quiet_stdout()
        click.echo("quotecli: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(EXIT_OK)
    except Exception as exc:
        if "--debug" in sys.argv:
            raise
        click.echo(terminal(f"quotecli: error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"),
                   err=True)
        sys.exit(EXIT_ERROR)


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so nothing more is written (or fails to be) at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    main()
