"""A closing quotation mark or bracket after a sentence's stop is part of that sentence's
end, so the next sentence starts at its first word (quoteend1, issue 14: '."' left the
mark to open the next sentence, which a patient saw quoted as '" Stem cells ...' and the
rules read as a quotation someone claims). `sentences.SENTENCE_END`."""

from __future__ import annotations

from pathlib import Path

import pytest
from installed import report

from stemcell_cli.check.words.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a straight or curly closing mark, a closing bracket, then a space
        ('"It works." Cells heal.', ['"It works', '."', " Cells heal", ".", ""]),
        (
            "\u201cIt works.\u201d Cells heal.",
            ["\u201cIt works", ".\u201d", " Cells heal", ".", ""],
        ),
        ("(It works.) Cells heal.", ["(It works", ".)", " Cells heal", ".", ""]),
        (
            "\u2018It works.\u2019 Cells heal.",
            ["\u2018It works", ".\u2019", " Cells heal", ".", ""],
        ),
        # a question or exclamation closed by a single mark
        ("'Is it safe?' he asked.", ["'Is it safe", "?'", " he asked", ".", ""]),
        # two closing marks, and a mark at the end of the text
        ("He said 'it \"works.\"' Then.", ["He said 'it \"works", ".\"'", " Then", ".", ""]),
        ('"It works."', ['"It works', '."', ""]),
        # a straight mark right after a stop with a word after it opens the next quotation
        ('It works."Cells heal."', ["It works", ".", '"Cells heal', '."', ""]),
        # an apostrophe ending a plural word comes before the stop: nothing changes
        (
            "We treat patients'. Next, healing.",
            ["We treat patients'", ".", " Next, healing", ".", ""],
        ),
        # a mark and a comma after the stop: the sentence ends at the stop, as before
        (
            'They call it "a cure.", she said.',
            ['They call it "a cure', ".", '", she said', ".", ""],
        ),
    ],
)
def test_a_closing_mark_after_the_stop_ends_the_sentence(text: str, expected: list[str]) -> None:
    parts = split_sentences(text)
    assert parts == expected
    assert "".join(parts) == text


def test_a_title_still_goes_on_before_a_closing_mark() -> None:
    text = 'Ask Dr. Lee. "Cells help," said Smith Jr." The end.'
    parts = split_sentences(text)
    assert "".join(parts) == text
    assert [part.strip() for part in parts[::2]] == [
        "Ask Dr. Lee",
        '"Cells help," said Smith Jr',
        "The end",
        "",
    ]


def test_the_quote_after_a_quotation_starts_at_its_first_word(tmp_path: Path) -> None:
    shown = report(tmp_path, '"Our cells regrow cartilage." Stem cells cure arthritis, she said.')
    assert "\u201cStem cells cure arthritis, she said.\u201d" in shown
    assert "\u201c\u201d" not in shown
    assert '\u201c" Stem' not in shown
    assert "\u201c Stem" not in shown


def test_a_sentence_after_a_quotation_is_not_read_as_a_claim_reported(tmp_path: Path) -> None:
    """fs08's loss: the stray mark before "He insisted" read as a quotation he insists on."""
    shown = report(
        tmp_path, 'Visit us and "see for yourself." Our doctors insisted stem cells cure arthritis.'
    )
    assert "\u201cOur doctors insisted stem cells cure arthritis.\u201d" in shown
