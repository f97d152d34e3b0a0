"""QC105 leaves the letter case of identifiers and file names alone: a word glued by a dot to
another is part of a scheme of its own ("Trojan.Win32.QuillBright.b"), not prose."""

from __future__ import annotations

from test_rules_names_case import STORY, found


def test_a_word_inside_a_dotted_identifier_is_not_a_letter_case_slip():
    text = (STORY + "The Quillbright worm spread on Monday. Quillbright mails itself to every contact, and "
            "Quillbright deletes files. Another vendor calls it Trojan.Win32.QuillBright.b in its alerts.")
    assert found(text) == []


def test_the_same_word_in_prose_still_is():
    text = (STORY + "The Quillbright worm spread on Monday. Quillbright mails itself to every contact, and "
            "Quillbright deletes files. Another vendor calls it QuillBright in its alerts.")
    assert [f[0] for f in found(text)] == ["QuillBright"]
