"""The ``quotecli`` command: a thin layer that parses options, calls the library, picks a
formatter and sets the exit code (see :mod:`.exit_codes`).

One module per family of commands, each registering on the group of :mod:`.app`:
:mod:`.extract_commands` (quotes, numbers, dates, people, extract),
:mod:`.check_commands` (check, report), :mod:`.verify_command`,
:mod:`.cache_commands` and :mod:`.meta_commands` (config, rules, rule). What they
share lives in :mod:`.inputs` (PATHS, reading options, settings), :mod:`.output`
(formats, atomic ``--output``) and :mod:`.checking` (rule selection, exit codes).
"""

from . import cache_commands, check_commands, extract_commands, meta_commands, verify_command  # noqa: F401  (register)
from .app import cli, main
from .exit_codes import EXIT_ERROR, EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK

__all__ = ["cli", "main", "EXIT_OK", "EXIT_FINDINGS", "EXIT_ERROR", "EXIT_INTERRUPTED"]
