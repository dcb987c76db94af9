"""The cheap tests that spare a line a pattern (speed12) must spare none that the
pattern reads: `as_read`'s "re-" joined and its look-alike letters read as Latin."""

from __future__ import annotations

import pytest

from stemcell_cli.check.words.sentences import as_read


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("cells that re-grow cartilage", "cells that regrow cartilage"),
        ("RE-GROW your cartilage", "REGROW your cartilage"),
        ("Re-generate, then re-grow", "Regenerate, then regrow"),
        # the hyphen of a word that is no "re" prefix stays
        ("a pre-op visit and a well-known one", "a pre-op visit and a well-known one"),
        ("care-free, pure-bred, more-or-less", "care-free, pure-bred, more-or-less"),
    ],
)
def test_the_prefix_re_is_joined_and_no_other_hyphen(line: str, read: str) -> None:
    assert as_read(line) == read


def test_look_alike_letters_are_read_as_latin_only_as_before() -> None:
    # "heal" all in Cyrillic look-alikes, beside a Latin word: read as Latin
    assert as_read("\u04bb\u0435\u0430\u04cf your knee") == "heal your knee"
    # two look-alike letters alone stay (a Greek alpha in "TNF-alpha" stays Greek)
    assert as_read("TNF-\u03b1 and \u03b1\u03b9 levels") == "TNF-\u03b1 and \u03b1\u03b9 levels"
    # a word with a Latin letter and a look-alike is read as Latin
    assert as_read("\u0441ure for pain") == "cure for pain"
    # a line with no Latin letter is left, look-alikes and all
    assert as_read("\u0440\u0435\u0430") == "\u0440\u0435\u0430"
