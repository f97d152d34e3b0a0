"""``quotes``, ``numbers``, ``dates``, ``people`` and ``extract``: what the extractors read,
as records (one per span, or one per document for ``extract``'s JSON)."""

from __future__ import annotations

import sys
from typing import Callable, Sequence

import click

from ..records import Extraction, person_record, span_record
from ..report import RECORD_FORMATS, write_records
from .app import cli
from .exit_codes import EXIT_ERROR, EXIT_OK
from .inputs import input_options, input_run
from .output import csv_safety, open_output, output_options


def _span_command(name: str, field: str, columns: Sequence[str], help_text: str,
                  extra_options: Sequence[Callable] = ()) -> None:
    """Register a command that lists one extractor's records."""

    def command(paths, doc_date, jobs, config_file, isolated, quiet, fmt, output, kinds=()):
        run = input_run(paths, doc_date, jobs, config_file, isolated, quiet)
        rows = []
        for extraction in run.extractions():
            for span in getattr(extraction, field):
                if not kinds or getattr(span, "kind", None) in kinds:
                    rows.append(span_record(extraction.document, span))
        with open_output(output) as stream:
            write_records(rows, fmt, stream, columns, csv_safety=csv_safety())
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
    run = input_run(paths, doc_date, jobs, config_file, isolated, quiet)
    from ..extract import aggregate_people  # here: other commands need not compile the people extractor

    persons = aggregate_people(run.extractions())
    rows = [person_record(p) for p in persons]
    with open_output(output) as stream:
        write_records(rows, fmt, stream, ["name", "aliases", "mentions", "docs"], csv_safety=csv_safety())
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
    run = input_run(paths, doc_date, jobs, config_file, isolated, quiet)
    documents = [_document_record(e) for e in run.extractions()]
    with open_output(output) as stream:
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
                          csv_safety=csv_safety())
    sys.exit(EXIT_ERROR if run.failed else EXIT_OK)
