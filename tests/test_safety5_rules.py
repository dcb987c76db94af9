"""Safety as a topic is no safety claim (round safety5, `check/hopes.py`, DEGREE).

The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the offer said to
be safe, low-risk or with few side effects. Round safety4 left, among the train false
alarms of fewer-side-effects, a group with one structure: "how safe" (or "how risky")
opening a question of degree or a noun clause ("the article covers how safe it is", "How
safe and how effective the injections are"). An open "how safe" asks how much; it does not
say that the offer is safe. The structure read: "how" right before the finding takes it,
unless a word of `degree_keepers:` stands before it in its sentence, one that takes the
degree as a fact ("thanks to how safe it is", "you will be amazed how safe ... are", an
exclamation of degree said of the offer: still a claim). The answer the page gives to a
question ("How safe is it? Very: ...") is still the claim (`check/answers.py`). Each test
gives made-up wordings, never a page's sentence, and look-alikes that must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits

SAFETY = "fewer-side-effects"


@pytest.mark.parametrize(
    "topic",
    [
        # the brief's silent ones
        "No one knows how safe these injections are.",
        "The review covers how safe the treatment is.",
        # a topic in a list, a heading of degree without its verb nearby
        "This guide explains what the procedure involves, how safe it is and what it costs.",
        "How safe and how effective injections of bone marrow cells from the hip are.",
        "Our nurse will talk you through how safe the procedure is for you.",
        "The talk covers how risky and how safe the injections are.",
    ],
)
def test_how_safe_as_a_topic_is_no_claim(topic: str) -> None:
    assert SAFETY not in benefits(topic), topic


@pytest.mark.parametrize(
    "claim",
    [
        # the brief's look-alikes: the offer said to be safe
        "How safe is it? Very: there are almost no side effects.",
        "You will be amazed how safe and gentle our injections are.",
        "Our procedure is safe.",
        # the degree taken as a fact
        "Thanks to how well it works and how safe it is, the therapy is now offered here.",
        "Patients are surprised how safe and simple the injection is.",
        # "how" not right before the finding
        "Learn how our safe injections work.",
    ],
)
def test_the_offer_said_to_be_safe_is_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim
