"""A short title's or abbreviation's full stop ends no sentence when what follows shows
the sentence goes on (abbrev1, patient14's reading: a quote cut after "St." and one
starting after a dropped "Dr."); before a capital an abbreviation that may end a
sentence ("Jr.", "Inc.", "etc.") still ends it. `sentences.SENTENCE_END`."""

from __future__ import annotations

from pathlib import Path

import pytest
from installed import report

from stemcell_cli.check.words.sentences import split_sentences


def sentences(text: str) -> list[str]:
    """The sentences `text` is read as, each stripped, the empty ones left out."""
    return [part.strip() for part in split_sentences(text)[::2] if part.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before a name goes on, whatever the name's case
        (
            "We made St. Kitts-Nevis a destination. Dr. Mahajan says so.",
            ["We made St. Kitts-Nevis a destination", "Dr. Mahajan says so"],
        ),
        ("Ask Mr. Lee, Mrs. Lee or Ms. Lee.", ["Ask Mr. Lee, Mrs. Lee or Ms. Lee"]),
        ("Prof. Lee works at Mt. Sinai. Call.", ["Prof. Lee works at Mt. Sinai", "Call"]),
        # a ship's or an army's rank, as a user reported after abbrev1 ("Capt. Reyes")
        ("Capt. Reyes had the shots. Call.", ["Capt. Reyes had the shots", "Call"]),
        ("Cells vs. Surgery compared.", ["Cells vs. Surgery compared"]),
        ("It costs approx. 5000 dollars.", ["It costs approx. 5000 dollars"]),
        # "No" and "Fig" go on before a number only
        ("The No. 1 clinic, see Fig. 2 here.", ["The No. 1 clinic, see Fig. 2 here"]),
        ("Is it approved? No. The FDA says so.", ["Is it approved", "No", "The FDA says so"]),
        # a suffix of a name, a company's, "etc": on before a small letter or a number ...
        ("Smith Jr. and his team.", ["Smith Jr. and his team"]),
        ("Acme Inc. was founded.", ["Acme Inc. was founded"]),
        ("Knees, hips, etc.) are treated.", ["Knees, hips, etc.) are treated"]),
        # ... and the end of a sentence before a capital
        ("He is Smith Jr. The clinic is new.", ["He is Smith Jr", "The clinic is new"]),
        ("It is Acme Inc. Our doctors help.", ["It is Acme Inc", "Our doctors help"]),
        ("Knees, hips, etc. The cells help.", ["Knees, hips, etc", "The cells help"]),
        # the words as written: "MS" is multiple sclerosis, not a title
        ("We treat MS. Our cells help.", ["We treat MS", "Our cells help"]),
        # a title's stop at the end of the text, or before a mark, still ends it
        ("He saw the Dr.", ["He saw the Dr"]),
        # dotted abbreviations of single letters go on as before
        ("By the U.S. Food and Drug Administration.", ["By the U.S. Food and Drug Administration"]),
    ],
)
def test_a_title_or_abbreviation_ends_no_sentence_when_it_goes_on(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


def test_the_pieces_and_ends_still_join_to_the_text() -> None:
    text = "Dr. Lee and Prof. Kim of Acme Inc. see approx. 50 patients. No. 2 is St. Kitts."
    assert "".join(split_sentences(text)) == text
    assert sentences(text) == [
        "Dr. Lee and Prof. Kim of Acme Inc. see approx. 50 patients",
        "No. 2 is St. Kitts",
    ]


def test_a_quote_is_not_cut_after_a_title(tmp_path: Path) -> None:
    """patient14's two quotes: one cut after "St.", one starting after a dropped "Dr."."""
    shown = report(
        tmp_path,
        "Our clinic made St. Kitts-Nevis a medical tourism destination. "
        "Dr. Mahajan says cells cure arthritis.",
    )
    assert "\u201cOur clinic made St. Kitts-Nevis a medical tourism destination.\u201d" in shown
    assert "\u201cDr. Mahajan says cells cure arthritis.\u201d" in shown
    assert "\u201cKitts-Nevis" not in shown
    assert "\u201cMahajan" not in shown


def test_a_quote_runs_on_past_a_title_to_its_sentence_end(tmp_path: Path) -> None:
    shown = report(tmp_path, "Our patients fly in from abroad to Mt. Sinai for treatment.")
    assert "\u201cOur patients fly in from abroad to Mt. Sinai for treatment.\u201d" in shown
    assert "to Mt.\u201d" not in shown
