"""The verdicts of ``quotecli verify`` as rules: QC501–QC507.

They are listed by ``quotecli rules`` and explained by ``quotecli rule QC503``
like the checks, and are selected and ignored the same way; ``verify`` applies
them (they compare an article with its primary sources, not articles with each
other, so ``check`` does not run them).
"""

from __future__ import annotations

from ..check.registry import register

VERBATIM = register(
    "QC501", "quote-verbatim", "info", command="verify",
    explanation="""
    A quotation matches its source word for word.

    Shown only with ``--show-verified``: the quotation's words are found in the
    source in the same order, after folding case, accents, punctuation, quote
    marks, contractions ("don't" / "dont"), number words ("five" / "5") and
    British and American spellings, and ignoring the filler sounds a transcript
    keeps ("uh", "um"). The finding cites the source passage, its speaker and,
    for subtitles, the cue time, so a reader can see it was checked.
    """,
    example_bad="""
    source.txt:  MAYOR ORTIZ: We will not turn our backs on the families.
    article.txt: "We will not turn our backs on the families," Ortiz said.
    """,
)

ELIDED = register(
    "QC502", "quote-elided", "warning", command="verify",
    explanation="""
    A quotation leaves words of its source out with an ellipsis or replaces them with a [bracket].

    An ellipsis is honest only when what it drops does not change the meaning.
    The finding is a warning when the dropped words hold a negation ("not",
    "never"), a condition ("if", "unless") or a qualifier ("only", "some",
    "but"), or when the ellipsis joins passages more than ``--max-elision``
    words apart (default 40) or out of their order; otherwise it is info (the
    omission was checked and is harmless). The message lists the dropped words.
    """,
    example_bad="""
    source.txt:  We will raise taxes only if the council refuses the budget.
    article.txt: "We will raise taxes … the council," she said.
    """,
    example_good="""
    source.txt:  We will build, as we promised in the spring, twelve new shelters.
    article.txt: "We will build … twelve new shelters," she said.   (info: harmless)
    """,
)

ALTERED = register(
    "QC503", "quote-altered", "warning", command="verify",
    explanation="""
    A quotation's words differ from its source without an ellipsis.

    Words changed, added or dropped inside the quotation marks are a misquote
    however small; the message shows the word diff from the source to the
    article (``[-source words-] {+article words+}``). It is an error when a
    number, a negation or a name changes, since the quotation then says
    something the speaker did not. Filler sounds and changes of case,
    punctuation or spelling convention are not alterations.
    """,
    example_bad="""
    source.txt:  Our immigration system should be the subject of pride.
    article.txt: "Our immigration system should be a source of pride," he said.
    """,
)

STITCHED = register(
    "QC504", "quote-stitched", "warning", command="verify",
    explanation="""
    A quotation joins words from distant places of its source with no ellipsis.

    Each part is in the source, but more than ``--max-join`` words apart
    (default 30), in another order, or in another speaker's turn: presented
    as one utterance, the quotation says what was never said in one breath.
    Mark the cut with an ellipsis or quote the parts separately.
    """,
    example_bad="""
    source.txt:  We will cut the budget. [… two paragraphs …] Schools are our priority.
    article.txt: "We will cut the budget. Schools are our priority," she said.
    """,
)

WRONG_SPEAKER = register(
    "QC505", "quote-wrong-speaker", "error", command="verify",
    explanation="""
    A quotation is in the source, but spoken by someone other than the article says.

    The passage lies in a turn the transcript gives to another labelled
    speaker (``Mitt Romney:`` where the article says Obama; ``Q`` — a
    reporter's question — where the article says the president). Speakers
    are compared by name after resolving titles and roles ("THE PRESIDENT" is
    the president the transcript's header names).
    """,
    example_bad="""
    source.txt:  SMITH: The budget is balanced.
                 JONES: We need more police.
    article.txt: "We need more police," Smith said.
    """,
)

NOT_FOUND = register(
    "QC506", "quote-not-found", "warning", command="verify",
    explanation="""
    No passage of the sources is close enough to a quotation of one of their speakers.

    Only quotations attributed to a speaker of the sources (or to the
    ``--speaker`` of an unlabelled source) are looked for, so other people's
    quotations are not reported. A quotation is found when at least
    ``--min-match`` of its words (default 0.6) align with one passage. The
    closest candidate is shown with its score, so a reader can tell a
    paraphrase from a fabrication. Full quotations give a warning; partial
    quotations of fewer than six words give info.
    """,
    example_bad="""
    source.txt:  MAYOR ORTIZ: The shelters will stay open all winter.
    article.txt: "We are closing every shelter next month," Ortiz said.
    """,
)

CONTEXT = register(
    "QC507", "quote-context", "warning", command="verify",
    explanation="""
    The quoted words are the end of a source sentence whose beginning reverses or conditions them.

    "I would never say that we should close the border" quoted as "we should
    close the border" reports the opposite of what was said. The finding
    quotes what comes right before (and after) the quoted words in the
    source's sentence when that part holds a negation or a condition.
    """,
    example_bad="""
    source.txt:  I would never say that we should close the shelters.
    article.txt: She said "we should close the shelters."
    """,
)
