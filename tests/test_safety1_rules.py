"""Safety said of something that is not the offer (round safety1, `check/subjects.py`'s
`glossed`, read by `matcher._Rivals`).

The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the advert's
claim that ITS treatment is safe or has fewer side effects or risks. The first runs' and
today's train false alarms of fewer-side-effects (benchmarks/adverts/first-runs/
*-misses.txt, train pages) include safety words in a gloss of another thing: a placebo
"(a harmless dummy injection)", a saline control ", which is harmless". A gloss, an aside
in brackets or a clause opened by "which" after a comma, says what the noun before it
is: what it says is said of that noun, so a rival treatment or the control arm of a
trial there takes the claim, as a rival that is the subject of the claim's clause does.
Each test gives made-up wordings, never a page's sentence, and look-alikes that must
still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits

SAFETY = "fewer-side-effects"


@pytest.mark.parametrize(
    "said_of_another",
    [
        # the control arm of a trial, glossed in brackets or by a "which" clause
        "Half the patients got a placebo (a harmless dummy injection) to compare results.",
        "The control group received a saline injection, which is harmless.",
        "Each knee got either cells or a sham injection (free of side effects).",
        # a rival treatment glossed
        "Patients had tried cortisone shots, which are safe for most people.",
        "Many had used painkillers (low risk in the short term) before they came.",
        # the control arm or a rival as the subject of the safety word's clause
        "The placebo injections were safe and well tolerated.",
    ],
)
def test_safety_glossed_on_another_thing_is_no_claim(said_of_another: str) -> None:
    assert SAFETY not in benefits(said_of_another), said_of_another


@pytest.mark.parametrize(
    "claim",
    [
        "Our injections are safe and have no side effects.",
        "Stem cell therapy is safer than surgery.",
        "It uses your own cells, so there is no risk of rejection.",
        "PRP has minimal side effects compared with steroids.",
        # a gloss of the offer keeps its claim
        "We offer PRP (a safe option with no side effects) for knee pain.",
        "Our clinic uses your own stem cells, which are safe.",
        "Unlike a placebo, our injections are safe and effective.",
        "Stem cells (harmless to the body) are injected into the knee.",
        "Compared with cortisone shots, which thin the cartilage, our PRP is safe.",
    ],
)
def test_safety_of_the_offer_is_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim
