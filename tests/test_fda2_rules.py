"""Approval still to come is denied, not claimed: a negation reaches past "yet" (fda2).

fda-status-claim is FDA words used to make the offer sound official. "Not yet approved"
says the opposite, but "yet" also turns a sentence ("it is costly, yet ..."), and read so
it ended the negation's clause: the first runs' originals "haven't yet received FDA
approval" (dm11) and "aren't yet approved by the U.S. Food and Drug Administration" (da05)
were read as the seal. After "not", "never", "as" or a word ending in "n't", "yet" is an
adverb of time and ends no clause (`sentences.tokens`); "has yet to", "are yet to" deny as
"not yet" does (`negation._yet_to`). The structure is the negation's, so it holds for every
claim ("stem cells do not yet cure arthritis"). Made-up sentences, each with a look-alike
that must still be found: the offer's own seal, and a "yet" that turns the sentence.
"""

from __future__ import annotations

import pytest
from findings import benefits, red_flags

FLAG = "fda-status-claim"


@pytest.mark.parametrize(
    ("denied", "claimed"),
    [
        (
            "These treatments haven't yet received FDA approval.",
            "Our treatment has received FDA approval.",
        ),
        (
            "These injections aren't yet approved by the U.S. Food and Drug Administration.",
            "Our injections are approved by the U.S. Food and Drug Administration.",
        ),
        (
            "The products have not as yet been approved by the FDA.",
            "It is not cheap, yet our cells are FDA approved.",
        ),
        (
            "These products have yet to receive FDA approval.",
            "The FDA has yet to approve it, but our lab is FDA registered.",
        ),
        (
            "Exosome products are yet to receive FDA clearance.",
            "Our cells are processed in an FDA-compliant facility.",
        ),
    ],
)
def test_approval_still_to_come_is_no_seal(denied: str, claimed: str) -> None:
    assert FLAG not in red_flags(denied), denied
    assert FLAG in red_flags(claimed), claimed


@pytest.mark.parametrize(
    "sentence",
    [
        "Our lab is FDA-registered.",
        "We follow FDA guidelines, so our treatment is safe.",
        "This is an FDA-approved procedure.",
        "Our cells are processed in an FDA-compliant facility.",
        "Yet our cells are FDA approved.",
    ],
)
def test_the_offers_seal_is_still_found(sentence: str) -> None:
    assert FLAG in red_flags(sentence), sentence


def test_not_yet_denies_any_claim() -> None:
    assert "cure-claim" not in red_flags("Stem cells do not yet cure arthritis.")
    assert "cure-claim" in red_flags("Stem cells now cure arthritis.")
    assert "cure-claim" not in red_flags("Stem cells have yet to be proven to cure arthritis.")
    assert "tissue-regeneration" not in benefits(
        "The cells have not yet been shown to regrow cartilage."
    )
    assert "tissue-regeneration" in benefits("The cells have been shown to regrow cartilage.")
