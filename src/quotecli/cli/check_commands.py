"""``check`` (findings in every format, baselines, the cache, the Dask engine) and ``report``
(one HTML page of articles and findings)."""

from __future__ import annotations

import sys

import click

from .. import baseline as baselines
from ..check.model import CONFIDENCES
from ..report import FINDING_FORMATS, write_findings
from ..report.safety import terminal
from .app import cli
from .checking import (Checked, cache_options, check_options, checked_settings, exit_for, open_cache,
                       rule_options, selected_rules, summary)
from .exit_codes import EXIT_ERROR, EXIT_OK
from .inputs import Run, input_options
from .output import csv_safety, default_format, open_output, output_options


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
    settings = checked_settings(paths, doc_date, jobs, config_file, isolated, select, ignore, fail_on, fmt,
                                names_registry)
    fmt = settings["format"] or default_format(output, "text")
    accepted = None
    if baseline_file is not None:
        try:
            accepted = baselines.read(baseline_file)
        except baselines.BaselineError as exc:
            click.echo(terminal(f"quotecli: error: {exc}"), err=True)
            sys.exit(EXIT_ERROR)
    options = rule_options(settings, min_confidence)
    run = Run(settings, quiet)
    with open_cache(cache_dir, no_cache or engine == "dask") as cache:
        checked = Checked(run, selected_rules(settings), options, cache=cache, engine=engine, scheduler=scheduler)
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
    with open_output(output) as stream:
        write_findings(findings, fmt, stream, summary(findings, checked.documents), csv_safety=csv_safety(),
                       totals=not quiet)
    exit_for(findings, run.failed, settings["fail-on"], exit_zero)


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
    from ..baseline import atomic_write
    from ..report.html_report import people_count, render

    settings = checked_settings(paths, doc_date, jobs, config_file, isolated, select, ignore, None)
    run = Run(settings, quiet)
    checked = Checked(run, selected_rules(settings), rule_options(settings), keep_extractions=True)
    if checked.refuse_output():
        sys.exit(EXIT_ERROR)
    page = render(checked.extractions, checked.findings, people_count(checked.extractions), title=title)
    if output is None:
        click.echo(page, nl=False)
    else:
        atomic_write(output, page)
        run.note(f"wrote {output}: {checked.documents} articles, {len(checked.findings)} findings")
    sys.exit(EXIT_ERROR if run.failed else EXIT_OK)
