"""What the two HTML pages (``quotecli report`` and ``quotecli verify -f html``) share: the
style sheet, escaping, and article text rendered with marked stretches.

Every piece of article text goes through :func:`escape`, so an article that contains
``<script>`` shows those characters; marks that overlap are split, never mis-nested."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Sequence

CSS = """
:root { font-family: system-ui, sans-serif; line-height: 1.45; color: #1d1d1f; }
body { margin: 0 auto; max-width: 1280px; padding: 1rem 1.5rem; }
h1 { font-size: 1.5rem; margin: .2rem 0 .8rem; }
table.summary { border-collapse: collapse; margin: .5rem 0 1rem; }
table.summary td, table.summary th { border: 1px solid #ccd; padding: .2rem .6rem; text-align: left; }
.counts { display: flex; gap: 1.5rem; flex-wrap: wrap; margin: .3rem 0 .8rem; }
.counts b { font-size: 1.3rem; display: block; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem .9rem; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -0.1em; margin-right: .3em; }
details.article { border-top: 1px solid #ccd; padding: .4rem 0; content-visibility: auto; contain-intrinsic-size: auto 3rem; }
details.article > summary { cursor: pointer; font-weight: 600; }
details.article > summary small { font-weight: normal; color: #555; margin-left: .5rem; }
.body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.2rem; margin-top: .4rem; }
.text { white-space: pre-wrap; font-family: Georgia, serif; font-size: .98rem; }
.q { border-radius: 2px; padding: 0 1px; }
.q-unknown { background: #eee; }
.num { border-bottom: 2px solid #2a7; }
.date { border-bottom: 2px dotted #27a; }
.hit { outline: 2px solid #c33; outline-offset: 1px; }
.hit.sev-warning { outline-color: #d80; }
.hit.sev-info { outline-color: #58a; }
.ref { outline: 1px dashed #777; }
:target { box-shadow: 0 0 0 3px #fd0; }
aside ol { padding-left: 1.2rem; margin: 0; }
aside li { margin-bottom: .6rem; }
.badge { font-size: .75rem; border-radius: 3px; padding: 0 .3rem; color: #fff; }
.badge.error { background: #c33; } .badge.warning { background: #d80; } .badge.info { background: #58a; }
.suggestion { color: #333; font-style: italic; }
.evidence { font-size: .85rem; }
"""


def escape(text: object) -> str:
    """``text`` safe inside HTML text and attribute values."""
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class Mark:
    """A stretch of an article's text to wrap in a ``<span>``; ``rank`` orders nesting (outer first)."""

    start: int
    end: int
    rank: int
    classes: str
    title: str = ""
    anchor: str = ""


def render_text(text: str, marks: Sequence[Mark]) -> str:
    """``text`` escaped, with every mark as a span; overlapping marks are split, never mis-nested."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    ordered = sorted(marks, key=lambda m: (m.rank, m.start, -m.end))
    out = []
    for left, right in zip(cuts, cuts[1:]):
        piece = escape(text[left:right])
        for mark in reversed([m for m in ordered if m.start <= left and right <= m.end]):
            attrs = f' class="{mark.classes}"'
            if mark.title:
                attrs += f' title="{escape(mark.title)}"'
            if mark.anchor and mark.start == left:
                attrs += f' id="{mark.anchor}"'
            piece = f"<span{attrs}>{piece}</span>"
        out.append(piece)
    return "".join(out)
