"""``verify``: every quotation of the articles checked against the primary sources it quotes."""

from __future__ import annotations

from collections import Counter

import click

from ..document import Document
from ..report import FINDING_FORMATS, write_findings
from ..verify import SourceError, VerifySettings, read_source
from ..verify import verify as verify_quotes
from ..report.safety import terminal
from .app import cli
from .checking import check_options, exit_for, split_rules, summary
from .inputs import input_options, input_run
from .output import csv_safety, open_output, output_options


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
    run = input_run(paths, doc_date, jobs, config_file, isolated, quiet)
    loaded = []
    for path in sources:
        try:
            source, warnings = read_source(path, speaker)
        except SourceError as exc:
            run.error(str(exc))
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

    findings = verify_quotes(counted(run.documents()), loaded, settings, split_rules(select), split_rules(ignore),
                             jobs=run.jobs, on_unquoted=unquoted) if loaded else []
    with open_output(output) as stream:
        if fmt == "html":
            from ..report.verify_html import render

            stream.write(render(read, [s.document for s in loaded], findings))
        else:
            write_findings(findings, fmt, stream, summary(findings, counter["documents"]), csv_safety=csv_safety(),
                           totals=not quiet)
    exit_for(findings, run.failed, fail_on or "error", exit_zero)
