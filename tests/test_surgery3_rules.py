"""Round surgery3: an operation named in other words, or by what it costs, set against
the offer.

The spec (benchmarks/adverts/README.md): avoid-surgery is a non-surgical option offered
instead of an operation, or an operation avoided or delayed. The first runs' misses show
the operation said in other words than "surgery": by its kind or its abbreviation ("TKA",
"THR"), by what it costs the patient, avoided with it ("avoid all the risks of hip
surgery", "without the long healing time that surgery requires", "the rehabilitation that
comes with a joint replacement"), and the offer set against it by a comparison ("much less
invasive than traditional surgery") or as an alternative of some kind ("an alternative
treatment to surgery"). Look-alikes stay silent: an operation compared with another
operation, drawbacks that merely follow an operation the patient has, surgery recommended.
Made-up sentences, never a page's; each claim here was missed before the rule.
"""

from __future__ import annotations

import pytest
from findings import benefits

CLAIM = "avoid-surgery"


@pytest.mark.parametrize(
    "sentence",
    [
        # an operation's burden avoided with it
        "With our stem cells you avoid all the serious risks of hip surgery.",
        "Patients avoid the rehab process that normally accompanies a joint replacement.",
        "You return to sport without the prolonged healing time that surgery demands.",
        "Our injections spare you the trauma of a knee replacement.",
        # the offer compared with an operation
        "This injection is far less invasive than traditional surgery.",
        "Compared with a spinal fusion, our disc injection is much less invasive.",
        # an alternative of some kind to an operation
        "A PRP injection is an alternative treatment to surgery for many tears.",
        "We offer a safe alternative therapy to knee replacement.",
        # an operation named by its abbreviation
        "Our bone marrow concentrate is an alternative to TKA for many patients.",
        "Many of our patients have avoided a THR thanks to stem cells.",
    ],
)
def test_an_operation_in_other_words_set_against_the_offer_is_avoid_surgery(
    sentence: str,
) -> None:
    """An operation named by its kind or by what it costs, avoided or set against the
    offer: avoid-surgery."""
    assert CLAIM in benefits(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # an operation compared with another operation
        "Arthroscopic surgery is less invasive than open surgery.",
        "Keyhole repair is much less invasive than a traditional operation.",
        # drawbacks after an operation the patient has: rehab, not an operation avoided
        "Good rehab helps you avoid the complications that can come after surgery.",
        "Follow our aftercare to avoid the risk of infection after your knee replacement.",
        # surgery recommended, and an operation's burden told with nothing avoided
        "For a full tear, TKA is the best option.",
        "Our surgeons perform TKA and THR as same-day procedures.",
        # a careful page's report of what clinics claim
        "Clinics claim their injections are less invasive than surgery.",
        "The risks of hip surgery include infection and blood clots.",
        # an alternative of another kind, not to an operation
        "Physical therapy is an alternative treatment to painkillers.",
    ],
)
def test_the_look_alikes_claim_nothing(sentence: str) -> None:
    """Without the offer set against an operation, or with the operation still done, the
    same words avoid nothing."""
    assert CLAIM not in benefits(sentence), sentence
