"""The ``quotecli`` command group and its entry point: how a run ends (exit codes, Ctrl-C,
a closed pipe, an unexpected failure)."""

from __future__ import annotations

import sys

import click

from .. import __version__
from ..report.safety import terminal
from .exit_codes import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK
from .output import quiet_stdout


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotecli")
def cli() -> None:
    """Quotes, speakers, numbers, dates and people in news text, and the checks
    that find where articles disagree.

    PATHS are files (.txt, .md, .html, .jsonl/.json, .csv/.tsv, .warc, and
    .gz/.bz2/.xz of them), folders (read recursively) or - for standard input.
    """


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
        quiet_stdout()
        click.echo("quotecli: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        quiet_stdout()
        sys.exit(EXIT_OK)
    except Exception as exc:
        if "--debug" in sys.argv:
            raise
        click.echo(terminal(f"quotecli: error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"),
                   err=True)
        sys.exit(EXIT_ERROR)
