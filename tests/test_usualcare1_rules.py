"""A claim word that names the usual care a page sets beside or before its offer claims
nothing for the offer (round usualcare1, `check/usualcare.py`, read by the matcher).

The first runs' train false alarms of avoid-surgery (benchmarks/adverts/first-runs/
*-misses.txt) that earlier guards and `_Rivals` left had "non-surgical" or
"nonoperative" modify the noun of the usual care: care the page says failed, was used,
or lists in brackets. Each test gives made-up wordings, never a page's sentence; the
claim was found in each before the rule, and each look-alike must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits


@pytest.mark.parametrize(
    ("usual_care", "claim"),
    [
        # a list of other treatments in brackets after the noun of care
        (
            "Nonoperative care (weight loss, bracing, cortisone) was the first step.",
            "avoid-surgery",
        ),
        ("She had months of non-surgical treatment (rest, physical therapy).", "avoid-surgery"),
        # the care failed, was tried, used, prescribed or is limited
        ("Despite these nonoperative treatments, the knee kept getting worse.", "avoid-surgery"),
        ("Many patients have tried non-surgical therapies without success.", "avoid-surgery"),
        ("The non-operative measures used for frozen shoulder vary widely.", "avoid-surgery"),
        ("Non-surgical options had failed him for years.", "avoid-surgery"),
        ("Her doctor prescribed anti-inflammatory therapy.", "reduced-inflammation"),
        ("Anti-inflammatory therapy (ice, rest) was recommended first.", "reduced-inflammation"),
    ],
)
def test_a_claim_word_naming_the_usual_care_claims_nothing(usual_care: str, claim: str) -> None:
    assert claim not in benefits(usual_care), usual_care


@pytest.mark.parametrize(
    ("offer", "claim"),
    [
        # the claim word modifies the offer, or no noun of care
        ("Our non-surgical stem cell injection spares you knee replacement.", "avoid-surgery"),
        ("A non-surgical alternative to steroid shots and surgery.", "avoid-surgery"),
        (
            "Stem cells have powerful anti-inflammatory effects, unlike NSAIDs.",
            "reduced-inflammation",
        ),
        # the usual care failed, the offer claims
        ("When physical therapy fails, our cells avoid surgery.", "avoid-surgery"),
        # a keeper of the offer in the clause
        ("Our non-surgical treatment (PRP and stem cells) has helped thousands.", "avoid-surgery"),
        ("Non-surgical treatments used at our clinic heal the joint.", "avoid-surgery"),
        ("Stem cells are a non-surgical treatment recommended for knee pain.", "avoid-surgery"),
        ("Our non-surgical options are limited to PRP and stem cells.", "avoid-surgery"),
        # a noun of care with no list and nothing said of it
        ("Non-surgical treatment for knee pain, in one visit.", "avoid-surgery"),
    ],
)
def test_a_claim_word_of_the_offer_is_still_found(offer: str, claim: str) -> None:
    assert claim in benefits(offer), offer
