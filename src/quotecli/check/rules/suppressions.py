"""QC001 and QC002: reports about the suppression comments in articles (see ``quotecli.suppress``).

Whether a suppression was used is only known once every other rule has run, so
these two rules have no map/compare work of their own: ``quotecli.suppress.apply``
makes their findings after the engine. They are registered here so that they are
listed, explained, selected and ignored like every other rule.
"""

from __future__ import annotations

from ..registry import register


def _no_items(extraction):
    """Suppression findings are made after every other rule ran, by :func:`apply`: nothing to map."""
    return ()


def _no_findings(key, items):
    return ()


UNUSED = register(
    "QC001", "unused-suppression", "info", map=_no_items, compare=_no_findings,
    explanation="""
    A quotecli suppression comment in an article silenced no finding.

    A suppression (``<!-- quotecli: ignore QC101 -->`` and its kin, see the
    README's "Adopting quotecli in a repository") that no longer matches
    anything is stale: the text was fixed, or the rule changed. Left in place,
    it would hide the next real error in that paragraph. It is only reported
    when every rule it names ran. Delete the comment.
    """,
    example_bad="""
    a.md: <!-- quotecli: ignore QC101 -->
          A paragraph in which every name is spelt as elsewhere.
    """,
    example_good="""
    a.md: <!-- quotecli: ignore QC101 -->
          A paragraph with the rare spelling 'Andres Manual Lopez Obrador'.
    """,
)

UNKNOWN = register(
    "QC002", "unknown-suppressed-rule", "warning", map=_no_items, compare=_no_findings,
    explanation="""
    A quotecli suppression comment names a rule that does not exist.

    ``<!-- quotecli: ignore QC1O1 -->`` (a letter O for a zero) silences
    nothing, and its author believes the finding is handled. Rules are named by
    id (``QC101``) or name (``name-spelling``); ``quotecli rules`` lists them.
    """,
    example_bad="""
    a.md: <!-- quotecli: ignore name-speling -->
    """,
    example_good="""
    a.md: <!-- quotecli: ignore name-spelling -->
    """,
)

