"""Safety kept as a purpose is no safety claim (round safety3, `check/hopes.py`, PURPOSE).

The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the offer said to
be safe, low-risk or with few side effects. Round safety3 sorted today's train false alarms
of fewer-side-effects and the first runs' train diagnoses by what the safety word is said
of; the largest group with one structure is safety as a purpose: an infinitive of keeping
("to keep", "to stay", "to remain") whose object is kept safe ("rules meant to keep you
safe", "to keep things safe, the first steps are ..."). The safe one is the object kept,
a person or things, and the sentence says what something aims at, not that the offer is
safe (the recorded call of flags8: safety as the purpose of a step shows no warning sign).
The structure read: the safety word comes at most PURPOSE_REACH words after "to keep",
"to stay" or "to remain", with no comma between. Each test gives made-up wordings, never a
page's sentence, and look-alikes that must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits, red_flags

SAFETY = "fewer-side-effects"
NO_RISK = "no-risk-claim"


@pytest.mark.parametrize(
    "purpose",
    [
        # what a rule or a step is for
        "The new law is meant to keep patients safe.",
        "Regulators set these limits to keep you safe.",
        "To keep things safe, doctors start with exercise and weight loss.",
        # the reader's own aim
        "Wash your hands often to stay safe after the injection.",
        "Here is how to remain safe while you recover from knee surgery.",
        # the object kept, then the safety word
        "Screening exists to keep every patient safe and healthy.",
    ],
)
def test_safety_kept_as_a_purpose_is_no_claim(purpose: str) -> None:
    assert SAFETY not in benefits(purpose), purpose


def test_an_absolute_kept_as_a_purpose_is_no_no_risk_claim() -> None:
    assert NO_RISK not in red_flags("Every rule is there to keep you completely safe.")


@pytest.mark.parametrize(
    "claim",
    [
        # the brief's look-alikes: the offer said to be safe
        "Our injections are safe and have few side effects.",
        "A safe alternative to surgery.",
        "Our cells are safer than a knee replacement.",
        "There is minimal risk, because we use your own cells.",
        # a purpose that does not keep the safety: the claim stands past it
        "We came here to keep you moving, and our injections are safe.",
        "To keep costs down, we offer a safe injection in the office.",
        # "to" that is no infinitive of keeping
        "A safe and natural path to recovery.",
        # keeping said of the offer, not a purpose
        "Your own cells keep you safe from rejection.",
        # the writer's own word ends the reach, as for every hope (`hope_ends:`)
        "We screen every donor to keep our patients safe.",
        "Switch to a safer option with no side effects.",
    ],
)
def test_safety_said_of_the_offer_is_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim
