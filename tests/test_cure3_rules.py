"""A cure said of a treatment that does not exist is no cure-claim (round cure3).

The recorded negation call of the corpus (benchmarks/adverts/README.md: "there is no
cure" said of current treatments is not labelled) reaches the cure word when the
negation is next to it ("there is no cure", "no drug can reverse it"), but not when a
"no" denies a treatment and a relative clause says, a few words on, what that treatment
would do: "there are no targeted treatments that stop OA getting worse or undo the
damage it does" (a careful charity page's train false alarm; its original says "the lack
of targeted treatments to prevent OA from worsening or reversing the damage"). The
negation now reaches into that relative clause (`negation._denied_means`): a "no" (or
"the lack of", "the absence of") before a treatment word (treatment, therapy, drug,
option, way, ...) with "that" or "which" (after "lack of", also "to") within a few words
of it denies what the clause says the treatment does, up to the clause's end or a new
verb phrase. "No other treatment that ..." compares, and a "that" after a word that is
no treatment ("no doubt that ...") opens what is said, so both still count, and "until
now" still undoes the denial (the spec's "no way to reverse ... until now").
Made-up sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import flag_pair, raises

CURE = "cure-claim"


@pytest.mark.parametrize(
    ("denied", "claimed"),
    [
        (
            "There are still no targeted drugs that slow arthritis down or reverse the damage.",
            "Our stem cells are the treatment that can slow arthritis and reverse the damage.",
        ),
        (
            "At present no treatment exists that can halt or reverse knee arthritis.",
            "There has been no way to reverse the damage of osteoarthritis - until now!",
        ),
        (
            "There is no injection today that can truly heal knee cartilage for good.",
            "Heal your joints for good.",
        ),
        (
            "Sadly there are no medicines which can slow the disease down or cure it.",
            "Our stem cells cure arthritis.",
        ),
        (
            "The lack of treatments to slow arthritis or reverse its damage is why we study it.",
            "Don't wait, cure your knee pain today.",
        ),
        (
            "As there is no single therapy that halts the disease or undoes the damage, we study.",
            "Our therapy gives you a permanent fix for knee pain.",
        ),
    ],
)
def test_a_cure_said_of_a_denied_treatment_is_no_claim(denied: str, claimed: str) -> None:
    flag_pair(CURE, denied, claimed)


@pytest.mark.parametrize(
    "claim",
    [
        # "no other" compares: ours does what the others do not
        "There is no other treatment that can reverse arthritis the way our stem cells do.",
        # a "that" after no treatment word opens what is said, not what a treatment does
        "There is no doubt that our injections heal knee cartilage for good.",
        # the denial is undone by "until now", and a new clause speaks again
        "There were no treatments that could reverse the damage of arthritis until now.",
        "There is no drug that cures arthritis, but our stem cells cure your knee pain.",
    ],
)
def test_what_is_not_a_denied_treatment_still_claims(claim: str) -> None:
    raises(CURE, claim)
