"""Safety asked about, made a condition, required or awaited is no safety claim (round
safety2, `check/hopes.py`, CONDITIONS).

The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the advert's
claim that ITS treatment is safe or has fewer side effects or risks than the alternatives.
Round safety1 sorted the train and first-run false alarms of fewer-side-effects by what the
safety word is said of: the largest group is safety as a question, a condition, a
requirement or a hope, not a property the advert gives its offer ("ask whether it is
safe", "if they are safe", "until they are shown to be safe", "treatments must be safe",
"some will prove safe"). The structure read: the safety word is the predicate (right after
a verb to be or "prove") of a clause opened by "if", "whether", "until", "unless", "must"
or "need to", with no comma between; or it comes right after "will prove" or "would
prove", an outcome still to come. Each test gives made-up wordings, never a page's
sentence, and look-alikes that must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits, red_flags

SAFETY = "fewer-side-effects"
NO_RISK = "no-risk-claim"


@pytest.mark.parametrize(
    "asked",
    [
        # a question put in a statement
        "Patients want to know if the injections are safe.",
        "Ask your doctor if it is safe for you.",
        "Nobody can say yet if these cells are safe for the knee.",
        # a condition: the safety is supposed, not said
        "If the cells do work and are safe, trials will show it.",
        "If it is safe and effective, regulators will approve it.",
        "Clinics should wait until the injections are proven to be safe.",
        "Do not offer the cells to patients unless they are shown to be safe.",
        # required: what a treatment has to be
        "Any new treatment must be safe and effective before it is sold.",
        "Stem cell products need to be safe for their intended use.",
        # awaited: an outcome still to come
        "Some of these therapies will prove safe and effective; others will fail.",
    ],
)
def test_safety_asked_supposed_or_awaited_is_no_claim(asked: str) -> None:
    assert SAFETY not in benefits(asked), asked


def test_an_absolute_asked_about_is_no_no_risk_claim() -> None:
    assert NO_RISK not in red_flags("Ask the clinic if they are completely safe.")


@pytest.mark.parametrize(
    "claim",
    [
        # the question answered: the answer is the page's own claim
        "Is it safe? Yes, our injections are safe and have no side effects.",
        "It is safe because it uses your own cells.",
        "A safe alternative to surgery.",
        "Our stem cell injections are proven safe.",
        # a condition past a comma: the main clause claims
        "If your knees hurt, it is safe and effective.",
        "Even if you are older, the procedure is safe.",
        # safety that qualifies a noun in the condition is no question asked
        "If you want a safe alternative to surgery, call us today.",
        "If you have tried everything, this safe treatment may help.",
        # expected, not required: "should" is left alone
        "You should be safe with our injections.",
        # proven, not still to prove
        "Our cells have proved safe in thousands of patients.",
    ],
)
def test_safety_said_of_the_offer_is_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


def test_an_absolute_said_of_the_offer_is_still_a_no_risk_claim() -> None:
    assert NO_RISK in red_flags("Is it risky? No: our injections are completely safe.")
