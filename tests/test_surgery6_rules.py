"""The usual care named by the non-surgical word is no avoid-surgery claim (round surgery6,
`check/usualcare.py`).

The spec (benchmarks/adverts/README.md, benefits): avoid-surgery is "a non-surgical option
offered as instead of an operation", the offer's; its recorded calls keep the non-surgical
therapies a page lists as the usual conservative care out of the claim. `usualcare` read a
list of other treatments after the noun of care in brackets or after "such as". Two more
shapes of the same list: after a colon ("non-surgical care: drugs, physical therapy ..."),
and "without surgery" followed by the care and its list ("Without surgery the options are
rest, ice ..."); and "with or without surgery" names both ways, so neither is offered
instead of the other. Each test gives made-up wordings, never a page's sentence, and
look-alikes that must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits

AVOID = "avoid-surgery"


@pytest.mark.parametrize(
    "usual",
    [
        # a list of other treatments after a colon
        "Most patients improve with non-surgical care: rest, physical therapy and bracing.",
        "Nine in ten back patients recover with nonsurgical treatment: physiotherapy, "
        "exercise and painkillers.",
        # "without surgery", the care and its list
        "Without surgery the options are rest, ice and a brace.",
        "Without an operation, the treatment is physiotherapy and exercise for some weeks.",
        # both ways named
        "A torn tendon can be treated with or without surgery.",
        "Most sprains heal with or without an operation in a few months.",
    ],
)
def test_the_usual_care_is_no_claim(usual: str) -> None:
    assert AVOID not in benefits(usual), usual


@pytest.mark.parametrize(
    "claim",
    [
        # the offer after the colon or the copula
        "We offer non-surgical care: stem cell injections for the knee.",
        "Without surgery the options are our stem cell and PRP injections.",
        "Without surgery, our injections are the option for torn tendons.",
        # no list, or a list that is no other treatment
        "Our clinic offers non-surgical care: you are home the same day.",
        "Heal without surgery: the treatment takes an hour.",
        "Heal your knee without surgery.",
        "Most patients avoid surgery with our injections.",
        # "or" that is no choice of both ways
        "Our cells help you walk again without pain or without surgery.",
    ],
)
def test_the_offer_said_as_instead_of_surgery_is_still_found(claim: str) -> None:
    assert AVOID in benefits(claim), claim
