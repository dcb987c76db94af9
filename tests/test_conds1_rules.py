"""Round conds1: body parts that share one condition noun (`check/shared_nouns.py`).

Two or three body parts joined by "and", "or", "/" or commas before one noun name each
part's condition: "back and knee pain" is back pain as well as knee pain. Each test gives
made-up sentences, never a page's; the first test's wordings were missed before the rule
was added, the others are look-alikes that must stay as they were."""

from __future__ import annotations

import pytest
from findings import found

BACK = "chronic-back-and-neck-pain"
KNEES = "hip-and-knee-pain"


@pytest.mark.parametrize(
    "sentence",
    [
        # the earlier part shares the noun of the part next to it
        "The clinic said it could treat back and joint pain.",
        "We help patients with back and knee pain.",
        "Stem cells for back or hip pain.",
        "She has lived with back, shoulder and knee pain for years.",
        "Our doctors see back/shoulder pain every day.",
    ],
)
def test_a_part_before_a_shared_noun_names_its_condition(sentence: str) -> None:
    assert BACK in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We help patients with back and knee pain.",
        "We treat knee and back pain.",
        "We treat hip and knee pain.",
        "We treat knee pain.",
    ],
)
def test_the_part_next_to_the_noun_is_still_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We treat back pain.",
        "We treat back and neck pain.",
        "We treat neck and low back pain.",
    ],
)
def test_back_pain_alone_and_in_its_own_names_is_still_found(sentence: str) -> None:
    assert BACK in found("condition", sentence)


def test_shoulder_and_elbow_tendon_injuries_are_a_tendon_condition() -> None:
    assert "tendon-and-ligament-injuries" in found(
        "condition", "We treat shoulder and elbow tendon injuries."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # no condition noun after the parts
        "He walked back and forth.",
        "Knee and hip replacements are common operations.",
        # a comma alone joins no list: the part before it ends a phrase
        "He turned back, knee pain or not.",
        # "back" as an adverb after a verb of coming or going
        "He came back and knee pain returned.",
        # a body part with no joining word or mark before the next
        "We treat hip joint pain in the elderly.",
    ],
)
def test_no_back_pain_without_a_shared_noun(sentence: str) -> None:
    assert BACK not in found("condition", sentence)
