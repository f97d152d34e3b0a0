"""Where a command writes: ``--format`` and ``--output``, written atomically, and a closed pipe.

An ``--output`` file is written in full or not at all (a temporary file renamed
over it), so a CI job never reads half a report; a reader that closes the pipe
early (``| head``) ends the run quietly."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import tempfile
from typing import Callable, Optional, Sequence

import click

from ..report.safety import terminal
from .exit_codes import EXIT_ERROR, EXIT_OK

#: Where the running command keeps its CSV safety choice (click's ``ctx.meta``).
_CSV_SAFETY = "quotecli.csv_safety"


def output_options(formats: Sequence[str], piped_default: str, configurable: bool = False) -> Callable:
    """``--format`` (table on a terminal, ``piped_default`` otherwise) and ``--output``.

    ``configurable``: a format not given stays None, for the command to take the
    configuration's ``format`` first (see :func:`default_format`)."""

    def decorate(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, fmt=None, output=None, csv_safety=True, **kwargs):
            if fmt is None and not configurable:
                fmt = default_format(output, piped_default)
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


def csv_safety() -> bool:
    """The running command's ``--csv-safety`` choice."""
    return click.get_current_context().meta.get(_CSV_SAFETY, True)


def default_format(output: Optional[str], piped_default: str) -> str:
    return "table" if output is None and sys.stdout.isatty() else piped_default


@contextlib.contextmanager
def open_output(output: Optional[str]):
    """Standard output, or ``output`` written atomically: a temporary file in the same folder,
    renamed over ``output`` only when everything was written, so an interrupted or failed run
    leaves the old file (or none), never half a file. A FIFO or device is written directly."""
    if output is None:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:  # the reader (`| head`) has all it wants
            quiet_stdout()
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


def quiet_stdout() -> None:
    """Point standard output at /dev/null, so nothing more is written (or fails to be) at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
