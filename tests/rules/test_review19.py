"""Round review19: the firstgp1 rules read on look-alikes a real page uses.

A disc level glued to a disease's capitals ("L5-S1-DDD") is where the disease is, no
code of a molecule (`glued_codes`); a harm said to be rare, then a list of conditions in
a clause of its own ("the risks are low and conditions include ..."), is no list of harms
(`harm_lists`).
"""

from __future__ import annotations

from cases import each_case
from findings import found


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # a spinal level before a disease's capitals names its place: the disease stays
        (
            "condition",
            "spinal-disc-injuries",
            "Our stem cells repair L5-S1-DDD without surgery.",
            True,
        ),
        (
            "condition",
            "spinal-disc-injuries",
            "Our stem cells repair C5-C6-DDD without surgery.",
            True,
        ),
        # ... while a molecule's code stays a code
        (
            "condition",
            "rheumatoid-arthritis",
            "Heating the blood raises its IL1-RA content before the knee injection.",
            False,
        ),
    ],
)
def test_review19_glued_codes_spare_a_disc_level(
    kind: str, entry: str, sentence: str, expected: bool
) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


@each_case(
    ("sentence", "expected"),
    [
        # a harm called few, then the conditions offered in a clause of their own ...
        (
            "The risks are low and conditions include arthritis, MS, autism, COPD and diabetes.",
            True,
        ),
        (
            "Side effects are rare. We treat arthritis, MS, autism, COPD and diabetes.",
            True,
        ),
        # ... while the harms a treatment brings stay no offer
        ("Risks can cause infection, tumors, blindness and kidney failure.", False),
        (
            "Side effects reported after the injections included depression, hair loss and "
            "back pain.",
            False,
        ),
    ],
)
def test_review19_a_harm_called_few_opens_no_list_of_harms(sentence: str, expected: bool) -> None:
    assert ("many-conditions" in found("red_flag", sentence)) is expected, sentence
