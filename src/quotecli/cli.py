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

from . import __version__, baseline as baselines, suppress
from .check import CheckOptions, all_rules, find_rule, select_rules, severity_rank
from .check.model import CONFIDENCES
from .checkrun import run_check
from .config import ConfigError, Settings, resolve, validate_rule_prefixes
from .document import Document
from .extract import aggregate_people, extract_all
from .names_registry import RegistryError, load_registry
from .records import Extraction, person_record, span_record
from .report import FINDING_FORMATS, RECORD_FORMATS, write_findings, write_records
from .progress import tracked
from .report.safety import terminal
from .sources import InputError, InputWarning, ReadOptions, read_inputs
from .sources.html import HTML_MODES
from .sources.dates import normalise_date
from .verify import SourceError, VerifySettings, read_source
from .verify import verify as verify_quotes

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

#: Where the reading and writing options of the running command are kept (click's ``ctx.meta``).
_READ_OPTIONS, _CSV_SAFETY = "quotecli.read_options", "quotecli.csv_safety"


class _Run:
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
        extractions = extract_all(self.documents(), jobs=_jobs(self.settings["jobs"]))
        return tracked(extractions, self.paths, lambda e: e.document.path, enabled=not self.quiet)

    def tracked_documents(self) -> Iterator[Document]:
        """Every included document, with a progress bar on a terminal's stderr."""
        return tracked(self.documents(), self.paths, lambda d: d.path, enabled=not self.quiet)

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


def output_options(formats: Sequence[str], piped_default: str, configurable: bool = False) -> Callable:
    """``--format`` (table on a terminal, ``piped_default`` otherwise) and ``--output``.

    ``configurable``: a format not given stays None, for the command to take the
    configuration's ``format`` first (see :func:`_default_format`)."""

    def decorate(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, fmt=None, output=None, csv_safety=True, **kwargs):
            if fmt is None and not configurable:
                fmt = _default_format(output, piped_default)
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


def _default_format(output: Optional[str], piped_default: str) -> str:
    return "table" if output is None and sys.stdout.isatty() else piped_default


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
    "numbers", "numbers", ["text", "value", "value_max", "unit", "of", "qualifier", "kind", "about"],
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
            write_records(rows, fmt, stream, ["type", "text", "value", "unit", "speaker", "kind"],
                          csv_safety=_csv_safety())
    sys.exit(EXIT_ERROR if run.failed else EXIT_OK)


# --- checks --------------------------------------------------------------------------

def _split(values: Sequence[str]) -> list[str]:
    return [part for value in values for part in value.split(",") if part.strip()]


def cache_options(func: Callable) -> Callable:
    """``--cache-dir`` and ``--no-cache``: where the per-document results are kept between runs."""
    func = click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")(func)
    return click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR",
                        help="Cache folder [default: $QUOTECLI_CACHE_DIR, else the user cache dir, "
                             "~/.cache/quotecli on Linux].")(func)


def check_options(func: Callable) -> Callable:
    """What selects rules and decides the exit code, shared by ``check``, ``verify`` and ``report``."""
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

    def __init__(self, run: _Run, rules, options: CheckOptions, cache=None, keep_extractions: bool = False,
                 engine: str = "local", scheduler: Optional[str] = None):
        self.run = run

        self.bad_comments = 0

        def bad_comment(error: suppress.SuppressionError) -> None:
            run.failed = True
            self.bad_comments += 1
            click.echo(terminal(f"quotecli: error: {error}"), err=True)

        result = run_check(run.tracked_documents(), rules, options, jobs=_jobs(run.settings["jobs"]), cache=cache,
                           keep_extractions=keep_extractions, on_error=bad_comment, engine=engine,
                           scheduler=scheduler)
        self.findings = result.findings
        self.documents = result.documents
        self.extractions = result.extractions
        if result.suppressed:
            run.note(f"{result.suppressed} findings suppressed by comments in the articles")

    def refuse_output(self) -> bool:
        """With a suppression comment that cannot be read, which findings the editors silenced is
        unknown: nothing is written (its error line said why) rather than findings they meant to silence."""
        return self.bad_comments > 0

def _exit_for(findings, failed: bool, fail_on: str, exit_zero: bool) -> None:
    if failed:
        sys.exit(EXIT_ERROR)
    failing = fail_on != "never" and any(severity_rank(f.severity) >= severity_rank(fail_on) for f in findings)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


def _checked_settings(paths, doc_date, jobs, config_file, isolated, select, ignore, fail_on, fmt=None,
                      names_registry=None) -> Settings:
    settings = _settings(config_file, isolated, paths=(tuple(paths), "PATHS"), select=(tuple(_split(select)), "--select"),
                         ignore=(tuple(_split(ignore)), "--ignore"), format=(fmt, "--format"), **{
                             "doc-date": (doc_date, "--doc-date"), "jobs": (jobs, "--jobs"), "fail-on": (fail_on, "--fail-on"),
                             "names-registry": (names_registry, "--names-registry")})
    _require_paths(settings)
    return settings


def _selected_rules(settings: Settings, command: str = "check"):
    rules = select_rules(settings["select"], settings["ignore"], command=command)
    if not rules:
        raise click.UsageError("--select/--ignore leave no rule to run (see `quotecli rules`)")
    return rules


def _check_options(settings: Settings, min_confidence: str = "low") -> CheckOptions:
    """The rules' options: the names registry the settings name, severity overrides, confidence floor."""
    path = settings["names-registry"]
    try:
        registry = load_registry(path) if path else None
    except RegistryError as error:
        click.echo(terminal(f"quotecli: error: {error}"), err=True)
        sys.exit(EXIT_ERROR)
    return CheckOptions(registry=registry, severities=settings["severity"], min_confidence=min_confidence)


@cli.command()
@input_options
@output_options(FINDING_FORMATS, "text", configurable=True)
@check_options
@click.option("--min-confidence", type=click.Choice(CONFIDENCES), default="low", show_default=True,
              help="Drop findings the rules are less sure of (the name rules weigh evidence of two people).")
@click.option("--names-registry", type=click.Path(dir_okay=False), metavar="FILE",
              help="TOML names registry: canonical spellings, accepted variants, aliases, distinct people.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Report only findings this baseline (from --write-baseline) does not hold.")
@click.option("--write-baseline", "write_baseline_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Record today's findings as accepted, in FILE (written atomically).")
@cache_options
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes on this machine; dask: a Dask cluster (the `dask` extra).")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler to use (tcp://host:8786) [default: a LocalCluster].")
def check(paths, doc_date, jobs, config_file, isolated, quiet, fmt, output, select, ignore, fail_on, exit_zero,
          min_confidence, names_registry, baseline_file, write_baseline_file, cache_dir, no_cache, engine, scheduler):
    """Find what disagrees across articles and inside them: names, quotes, figures, dates.

    Settings come from [tool.quotecli] in pyproject.toml or a quotecli.toml
    (found upwards from the working directory), under the flags given here;
    `quotecli config` shows them. Suppression comments in articles and a
    --baseline silence findings already judged.
    """
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    settings = _checked_settings(paths, doc_date, jobs, config_file, isolated, select, ignore, fail_on, fmt,
                                 names_registry)
    fmt = settings["format"] or _default_format(output, "text")
    accepted = None
    if baseline_file is not None:
        try:
            accepted = baselines.read(baseline_file)
        except baselines.BaselineError as exc:
            click.echo(terminal(f"quotecli: error: {exc}"), err=True)
            sys.exit(EXIT_ERROR)
    options = _check_options(settings, min_confidence)
    run = _Run(settings, quiet)
    with _cache(cache_dir, no_cache or engine == "dask") as cache:
        checked = _Checked(run, _selected_rules(settings), options, cache=cache, engine=engine, scheduler=scheduler)
    findings = checked.findings
    if checked.refuse_output():
        sys.exit(EXIT_ERROR)
    if write_baseline_file is not None:
        if run.failed:
            click.echo(terminal(f"quotecli: error: {write_baseline_file} not written: some inputs could not be read"),
                       err=True)
        else:
            count = baselines.write(write_baseline_file, findings)
            run.note(f"wrote {count} findings to the baseline {write_baseline_file}")
    if accepted is not None:
        filtered = baselines.filter_new(findings, accepted, baselines.root_of(baseline_file))
        findings = checked.findings = filtered.new
        run.note(f"{filtered.matched} findings matched the baseline {baseline_file}; {len(findings)} new")
    summary = _summary(findings, checked.documents)
    with _open_output(output) as stream:
        write_findings(findings, fmt, stream, summary, csv_safety=_csv_safety())
    _exit_for(findings, run.failed, settings["fail-on"], exit_zero)


@contextlib.contextmanager
def _cache(cache_dir: Optional[str], no_cache: bool):
    if no_cache:
        yield None
        return
    from .cache import Cache

    cache = Cache(cache_dir, warn=lambda message: click.echo(terminal(f"quotecli: warning: {message}"), err=True))
    try:
        yield cache if cache.enabled else None
    finally:
        cache.close()


@cli.group(name="cache")
def cache_group() -> None:
    """Inspect or empty the cache of per-document results."""


@cache_group.command(name="info")
@click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR", help="Cache folder.")
def cache_info(cache_dir):
    """Where the cache is, how many documents it holds and its size."""
    from .cache import Cache

    with Cache(cache_dir, warn=lambda m: click.echo(terminal(f"quotecli: warning: {m}"), err=True)) as cache:
        info = cache.info()
    click.echo(f"path: {info['path']}\nentries: {info['entries']}\n"
               f"size: {info['file_bytes'] / 1e6:.1f} MB on disk ({info['stored_bytes'] / 1e6:.1f} MB of entries)\n"
               f"code: {info['code']}")


@cache_group.command(name="clear")
@click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR", help="Cache folder.")
def cache_clear(cache_dir):
    """Delete every cached result."""
    from .cache import Cache

    with Cache(cache_dir, warn=lambda m: click.echo(terminal(f"quotecli: warning: {m}"), err=True)) as cache:
        removed = cache.clear()
    click.echo(f"removed {removed} entries from {cache.path}")


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
    checked = _Checked(run, _selected_rules(settings), _check_options(settings), keep_extractions=True)
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


# --- verify ---------------------------------------------------------------------------

@cli.command()
@input_options
@output_options(FINDING_FORMATS + ("html",), "text")
@click.option("-s", "--source", "sources", multiple=True, required=True, type=click.Path(), metavar="FILE",
              help="A primary source: transcript (.txt/.md), press release, HTML page, subtitles (.srt/.vtt). Repeatable.")
@click.option("--speaker", metavar="NAME", help="Who speaks in sources that label no turns (a press release, a speech).")
@click.option("--show-verified", is_flag=True, help="Also report quotations that match (QC501) and harmless ellipses.")
@click.option("--min-match", type=click.FloatRange(0, 1), default=VerifySettings.min_match, show_default=True,
              help="Share of a quotation's words that must align with one passage for it to be found.")
@click.option("--max-elision", type=click.IntRange(0), default=VerifySettings.max_elision, show_default=True,
              help="Source words an ellipsis may drop before QC502 warns.")
@click.option("--max-join", type=click.IntRange(0), default=VerifySettings.max_join, show_default=True,
              help="Source words between two parts of a quotation before QC504 calls it stitched.")
@check_options
def verify(paths, doc_date, jobs, config_file, isolated, quiet, fmt, output, sources, speaker, show_verified,
           min_match, max_elision, max_join, select, ignore, fail_on, exit_zero):
    """Check every quotation of ARTICLES against the primary sources they quote.

    Verdicts (see `quotecli rules`): QC501 verbatim (with --show-verified),
    QC502 elided, QC503 altered, QC504 stitched, QC505 wrong speaker, QC506 not
    found, QC507 out of context, QC508/QC509 figures and names around a quotation;
    each cites the article and the source. `--format html` writes one page with
    each article beside the source passages of its verdicts."""
    run = _input_run(paths, doc_date, jobs, config_file, isolated, quiet)
    loaded = []
    for path in sources:
        try:
            source, warnings = read_source(path, speaker)
        except SourceError as exc:
            run.failed = True
            click.echo(terminal(f"quotecli: error: {exc}"), err=True)
            continue
        for warning in warnings:
            run.note(terminal(f"warning: {warning}"))
        loaded.append(source)
    settings = VerifySettings(min_match=min_match, max_elision=max_elision, max_join=max_join,
                              show_verified=show_verified)
    counter = Counter()

    read: list[Document] = []

    def counted(documents):
        for document in documents:
            counter["documents"] += 1
            if fmt == "html":
                read.append(document)   # the page shows each article beside its sources
            yield document

    def unquoted(document):
        run.note(terminal(f"warning: {document.path}: no quotations to verify"))

    findings = verify_quotes(counted(run.documents()), loaded, settings, _split(select), _split(ignore),
                             jobs=_jobs(run.settings["jobs"]), on_unquoted=unquoted) if loaded else []
    with _open_output(output) as stream:
        if fmt == "html":
            from .report.verify_html import render

            stream.write(render(read, [s.document for s in loaded], findings))
        else:
            write_findings(findings, fmt, stream, _summary(findings, counter["documents"]), csv_safety=_csv_safety())
    _exit_for(findings, run.failed, fail_on or "error", exit_zero)


# --- configuration ----------------------------------------------------------------------

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
    rows = [{"id": r.id, "name": r.name, "severity": r.severity, "summary": r.summary} for r in all_rules(None)]
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
