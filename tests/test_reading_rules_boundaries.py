"""Boundary tests of the reading rules added for issue 14's precision rounds, written for
the mutants of them that survived the suite (benchmarks/mutation.py, MUTATION.md round
5): a person's name (`@name`), a quotation closed right before a debunking word, and a
short citation block read as a reference entry. Each test states its rule through what
`stemcell check` finds and sits on the rule's edge."""

from __future__ import annotations

import pytest
from findings import clean, found, raises

URGENCY = "urgency-pressure"
STORY = "testimonials-as-evidence"

# -- a quotation closed right before a debunking word is what it debunks -------------


def test_a_one_word_quotation_right_before_a_debunking_is_debunked() -> None:
    """The debunking ("is a sales tactic") can start at the second word of a sentence."""
    raises(URGENCY, "Hurry, the doors close.")
    clean(URGENCY, '"Hurry" is a sales tactic.')


def test_the_first_clause_of_a_quotation_after_other_words_is_debunked() -> None:
    """The quotation is read back to its opening mark, not one word short of it, even
    when words stand before the mark and its first word is a clause of its own."""
    raises(URGENCY, "Hurry, the doors close.")
    clean(URGENCY, 'Critics say "Hurry, the doors close" is a sales tactic.')


def test_a_quotation_not_closed_right_before_the_debunking_debunks_nothing() -> None:
    """A quoted word further back ("welcome") does not reach a debunking that no closing
    mark stands right before: the call to book stays the advert's own."""
    raises(URGENCY, 'We say "welcome", book today, and no one calls it a ploy.')


def test_a_closing_mark_without_an_opening_one_debunks_nothing() -> None:
    """A closing mark with no opening mark before it in the sentence is no quotation,
    whatever quote marks follow the debunking."""
    raises(URGENCY, 'Book today" is a sales "tactic".')


# -- a person's name (@name) ---------------------------------------------------------


@pytest.mark.parametrize("name", ["Al", "Ed"])
def test_a_name_of_two_letters_is_a_name(name: str) -> None:
    assert STORY in found("red_flag", f"{name} is a 60-year-old retired planner.")


# -- a reference-list entry claims nothing -------------------------------------------

CITATION = "Dhinsa BS, Adesida AB. Curr Stem Cell Res Ther. 2012 Mar;7(2):143-8."
CLAIM = "Our injections repair cartilage in weeks."


def _citation_block(words: int) -> str:
    """A block of exactly `words` words: a claim, filler and a journal citation."""
    filler = ["knee"] * (words - len(CLAIM.split()) - len(CITATION.split()))
    text = " ".join([CLAIM, *filler, CITATION])
    assert len(text.split()) == words
    return text


def test_a_citation_block_of_60_words_is_a_reference_entry() -> None:
    assert "tissue-regeneration" not in found("benefit", _citation_block(60))


def test_a_citation_block_of_61_words_is_prose() -> None:
    assert "tissue-regeneration" in found("benefit", _citation_block(61))


def test_a_numbered_entry_with_authors_alone_claims_nothing() -> None:
    """Numbered ("1.") with one mark of a citation (et al.), no identifier, no year and
    no ";": its number alone sends it to be read as a reference entry."""
    clean("cure-claim", "1. Smith J, et al. Stem cells cure knee arthritis.")
    raises("cure-claim", "Stem cells cure knee arthritis.")


def test_an_entry_with_a_lowercase_doi_claims_nothing() -> None:
    """A "doi" in small letters is an identifier: with the authors and a year it makes
    an unnumbered block a reference entry."""
    clean("cure-claim", "Stem cells cure knee arthritis. Smith J et al. 2019; doi 10.1/x")
