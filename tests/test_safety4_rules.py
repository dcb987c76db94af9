"""Safety of a class a standard defines is no safety claim (round safety4, `check/hopes.py`,
RELATIVE).

The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the offer said to
be safe, low-risk or with few side effects. Round safety3 left, among the train false
alarms of fewer-side-effects, a group with one structure: safety said inside a relative
clause on a plural kind of care ("procedures that have shown safety", "treatments that
work, are safe"). The clause defines a class by a standard, whatever meets it, and says
nothing of the offer. The structure read: a plural kind of care followed by "that" or
"which" takes a finding right after it or after auxiliaries only, with no comma between,
or one said as a predicate (past commas only right after one), unless a word of the writer's
own ("we", "our") stands before it. Each test gives made-up wordings, never a page's
sentence, and look-alikes that must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits, red_flags

SAFETY = "fewer-side-effects"
NO_RISK = "no-risk-claim"


@pytest.mark.parametrize(
    "standard",
    [
        # a payer's or a rule's class, the finding right after the relative
        "The insurer pays only for procedures that have shown safety in trials.",
        "Medicare covers treatments that are safe and effective.",
        "Regulators allow drugs which are proven safe.",
        # a series of the clause's predicates, past a comma
        "Surgeons should offer patients treatments that work, are safe and are worth it.",
        # "which" as well as "that"
        "Doctors prefer options which have shown safety over many years.",
    ],
)
def test_safety_of_a_class_is_no_claim(standard: str) -> None:
    assert SAFETY not in benefits(standard), standard


def test_an_absolute_of_a_class_is_no_no_risk_claim() -> None:
    assert NO_RISK not in red_flags("Guidelines favour therapies that are completely safe.")


@pytest.mark.parametrize(
    "claim",
    [
        # the brief's look-alikes: the offer said to be safe
        "Our procedure is safe and minimally invasive.",
        "Stem cell therapy is a safe alternative to surgery.",
        "How safe is it? Very: there are almost no side effects.",
        # the writer's own class
        "We offer treatments that are safe and effective.",
        "Our clinic only uses products that are safe.",
        # past a comma, the main clause speaks
        "For those seeking treatments that work, stem cells are a safe alternative.",
        # a finding in the clause past a verb that is no auxiliary
        "Choose treatments that offer a safe, natural option.",
        "Stem cells are treatments that give you a safe alternative to surgery.",
        # no relative after the kind of care
        "These treatments are safe and effective.",
    ],
)
def test_the_offer_said_to_be_safe_is_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


@pytest.mark.parametrize(
    "silent",
    [
        # the brief's silent ones
        "How safe these injections are is still unknown.",
        "Only products that meet FDA safety standards may be sold.",
    ],
)
def test_the_briefs_silent_wordings_stay_silent(silent: str) -> None:
    assert SAFETY not in benefits(silent), silent
