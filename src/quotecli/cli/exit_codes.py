"""The exit codes every command shares.

0 success; 1 ``check`` (or ``verify``) found something at or above ``--fail-on``;
2 a usage error, an input that could not be read (the other inputs are still
processed and reported) or an output that could not be written; 130 interrupted
(Ctrl-C). A closed pipe (``quotecli quotes corpus/ | head``) ends quietly with 0.
"""

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
