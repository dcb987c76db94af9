"""Repair said of the body: its limit said as a degree, and a harm done to its healing
(regen5, `own_course: course:` in data/check/advert_words.yaml, read by
`check/owncourse.py`). The spec's tissue-regeneration is the offered cells repairing
damaged tissue; a clause that tells how little a tissue heals by itself ("discs can heal
themselves only to a very small degree") or what harms its healing ("smoking can impair
bone healing", another agent than the offer) claims nothing for the offer. Such a clause
read as the claim before the change. Made-up wordings, not pages'; each silent sentence
is found without the change, and the look-alikes, where the offer, the seller's voice or
another clause makes the claim, are found with and without it."""

from __future__ import annotations

import pytest

from tests.findings import benefits, rule_cases

REGENERATION = "tissue-regeneration"

RULES = [
    (
        "the body's healing, its limit or a harm to it, is no claim of the offer",
        REGENERATION,
        (
            # the look-alikes that must still be found, with and without the change
            "With our injections, damaged discs can heal to a remarkable degree.",
            "Our stem cells repair damaged cartilage to a degree no surgery can match.",
            "Cortisone can harm cartilage repair, while our stem cells repair it.",
            "Our treatment will not hinder healing; it rebuilds the torn tendon.",
            "Unlike steroids, which impair tendon healing, PRP repairs damaged tendons.",
            "Cartilage repairs itself poorly, but our cells regrow it.",
        ),
        (
            # found without the change
            "Discs can heal themselves only to a very small degree, and a bulge may"
            " linger for years.",
            "Cartilage can repair itself only to a limited extent.",
            "A torn meniscus mends only to a slight degree.",
            "Smoking can impair bone healing.",
            "Cortisone can delay the repair of a torn tendon.",
            "Poor sleep can compromise tissue repair.",
            "Diabetes may hamper the healing of a torn rotator cuff.",
            "NSAIDs may hinder the proliferation of tendon cells and so harm tendon healing.",
        ),
    ),
]


@pytest.mark.parametrize(("claim", "sentence", "found"), rule_cases(RULES))
def test_repair_said_of_the_body(claim: str, sentence: str, found: bool) -> None:
    assert (claim in benefits(sentence)) is found, sentence
