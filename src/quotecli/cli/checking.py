"""What ``check``, ``report`` and ``verify`` share: rule selection, the rules' options, one
checking run that reports as it goes, the cache it uses, the summary and the exit code."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from typing import Callable, Optional, Sequence

import click

from .. import suppress
from ..check import CheckOptions, select_rules, severity_rank
from ..checkrun import run_check
from ..config import Settings
from ..names_registry import RegistryError, load_registry
from ..report.safety import terminal
from .exit_codes import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from .inputs import Run, load_settings, require_paths


def split_rules(values: Sequence[str]) -> list[str]:
    """``--select QC1,QC2 --select name-`` to ``["QC1", "QC2", "name-"]``."""
    return [part for value in values for part in value.split(",") if part.strip()]


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


def cache_options(func: Callable) -> Callable:
    """``--cache-dir`` and ``--no-cache``: where the per-document results are kept between runs."""
    func = click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")(func)
    return click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR",
                        help="Cache folder [default: $QUOTECLI_CACHE_DIR, else the user cache dir, "
                             "~/.cache/quotecli on Linux].")(func)


@contextlib.contextmanager
def open_cache(cache_dir: Optional[str], no_cache: bool):
    """The cache a run reads and fills, or None; a cache that cannot be used is one warning."""
    if no_cache:
        yield None
        return
    from ..cache import Cache

    cache = Cache(cache_dir, warn=lambda message: click.echo(terminal(f"quotecli: warning: {message}"), err=True))
    try:
        yield cache if cache.enabled else None
    finally:
        cache.close()


def checked_settings(paths, doc_date, jobs, config_file, isolated, select, ignore, fail_on, fmt=None,
                     names_registry=None) -> Settings:
    settings = load_settings(config_file, isolated, paths=(tuple(paths), "PATHS"),
                             select=(tuple(split_rules(select)), "--select"),
                             ignore=(tuple(split_rules(ignore)), "--ignore"), format=(fmt, "--format"), **{
                                 "doc-date": (doc_date, "--doc-date"), "jobs": (jobs, "--jobs"),
                                 "fail-on": (fail_on, "--fail-on"), "names-registry": (names_registry, "--names-registry")})
    require_paths(settings)
    return settings


def selected_rules(settings: Settings, command: str = "check"):
    rules = select_rules(settings["select"], settings["ignore"], command=command)
    if not rules:
        raise click.UsageError("--select/--ignore leave no rule to run (see `quotecli rules`)")
    return rules


def rule_options(settings: Settings, min_confidence: str = "low") -> CheckOptions:
    """The rules' options: the names registry the settings name, severity overrides, confidence floor."""
    path = settings["names-registry"]
    try:
        registry = load_registry(path) if path else None
    except RegistryError as error:
        click.echo(terminal(f"quotecli: error: {error}"), err=True)
        sys.exit(EXIT_ERROR)
    return CheckOptions(registry=registry, severities=settings["severity"], min_confidence=min_confidence)


class Checked:
    """One checking run of the CLI: the library's :func:`run_check`, reporting as it goes."""

    def __init__(self, run: Run, rules, options: CheckOptions, cache=None, keep_extractions: bool = False,
                 engine: str = "local", scheduler: Optional[str] = None):
        self.run = run
        self.bad_comments = 0

        def bad_comment(error: suppress.SuppressionError) -> None:
            self.bad_comments += 1
            run.error(str(error))

        result = run_check(run.tracked_documents(), rules, options, jobs=run.jobs, cache=cache,
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


def summary(findings, documents: int) -> dict:
    """The counts the formats print under the findings (by severity, by rule)."""
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


def exit_for(findings, failed: bool, fail_on: str, exit_zero: bool) -> None:
    """Exit 2 when an input failed, 1 when a finding reaches ``fail_on`` (unless ``exit_zero``), else 0."""
    if failed:
        sys.exit(EXIT_ERROR)
    failing = fail_on != "never" and any(severity_rank(f.severity) >= severity_rank(fail_on) for f in findings)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)
