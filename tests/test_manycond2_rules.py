"""What stem cells are approved for is no offer (manycond2): a `not_asserting:` cue.

The many-conditions count (`report._many_conditions`) takes the other diseases a page
names, by body system: three systems, or six distinct conditions, raise the flag. The
spec counts "the same product offered for many unrelated conditions", and the brief of
the round names what is not an offer: "a list of what stem cells are approved for (blood
cancers)". A page that says what a regulator allows ("the only approved treatments are
for blood cancers", "the only sanctioned uses are transplants for ...", "approved only
for blood cancers") tells the limit of the law, not what its seller treats: the diseases
after such a wording, in its sentence, are not counted (like the other cues, it takes
claims and warning signs there too). "Only" right before the word of approval, or right
after it, makes the limit; the seller's own approved offer ("our approved treatments
cover ...", "the only FDA-approved treatment for knee pain") still counts. Made-up
sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import red_flags

FLAG = "many-conditions"


@pytest.mark.parametrize(
    ("approved", "offered"),
    [
        (
            (
                "Stem cell transplants are the only approved treatments for blood cancers"
                " and some autoimmune diseases.",
                "Our clinic offers stem cell injections for knee pain.",
            ),
            (
                "Our clinic offers stem cell injections for blood cancers, autoimmune"
                " diseases and knee pain.",
            ),
        ),
        (
            (
                "In Australia the only sanctioned uses are transplants for cancers and"
                " autoimmune diseases.",
                "We offer knee injections for osteoarthritis.",
            ),
            ("We offer knee injections for osteoarthritis, cancers and autoimmune diseases.",),
        ),
        (
            (
                "Stem cells are approved only for blood cancers and autoimmune diseases.",
                "Our clinic offers stem cell injections for knee pain.",
            ),
            (
                "Stem cells are approved for blood cancers and autoimmune diseases.",
                "Our clinic offers stem cell injections for knee pain.",
            ),
        ),
    ],
)
def test_what_stem_cells_are_approved_for_is_no_offer(
    approved: tuple[str, ...], offered: tuple[str, ...]
) -> None:
    """The regulator's limit adds no body system; the same diseases offered still do."""
    assert FLAG not in red_flags(*approved), approved
    assert FLAG in red_flags(*offered), offered


@pytest.mark.parametrize(
    "offered",
    [
        # the seller's own approved treatments, with no "only": an offer
        "Our approved treatments cover multiple sclerosis, cancer and knee pain.",
        # "only" said of the clinic, not of an approval
        "Our clinic is the only one to treat cancer, autoimmune disease and knee pain.",
        # the approved list, then the seller's own list in the next sentence
        (
            "The only approved treatments are for blood cancers.",
            "We treat knee pain, multiple sclerosis, autism and heart failure.",
        ),
    ],
)
def test_an_offer_beside_an_approval_still_counts(offered: str | tuple[str, ...]) -> None:
    lines = (offered,) if isinstance(offered, str) else offered
    assert FLAG in red_flags(*lines), lines


def test_the_sellers_own_fda_claim_is_kept() -> None:
    """An FDA word between "only" and the approval is the seller's claim, not the limit
    of the law: the FDA status claim stays."""
    assert "fda-status-claim" in red_flags(
        "We offer the only FDA-approved stem cell treatment for knee pain."
    )
