"""Round conds2: a trouble named apart from the body parts it strikes (`check/body_lists.py`).

A page may name a trouble first and the places it strikes after its own words, as
examples or as where it is common: "pain that will not ease, for example in the knees",
"tears of this cartilage are particularly frequent in the knee". The spec's
hip-and-knee-pain is "knee pain, hip pain, knee or hip injuries", however the sentence
orders them. Each test gives made-up sentences, never a page's; the first test's
wordings were missed before the rule, the others are look-alikes that must stay as they
were (found, or silent)."""

from __future__ import annotations

import pytest
from findings import found

KNEES = "hip-and-knee-pain"


@pytest.mark.parametrize(
    "sentence",
    [
        # an example list after the trouble's own clause
        "Many adults live with joint pain that will not ease, for example in the knees, "
        "the hips or the hands.",
        "Years of sport can wear down tissues of the body such as the shoulders, hips and knees.",
        "Our patients have aches that never fully settle, e.g. in the hip or the ankle.",
        # the place where the trouble is common
        "Tears of this cartilage are particularly frequent in the knee.",
        "Pain is common in the hips of older runners.",
        # a place of focus after the trouble's clause
        "Damage that builds up over the years, especially in the hip, is hard to undo.",
    ],
)
def test_a_trouble_named_apart_from_its_knee_or_hip_is_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We treat pain in the knees and hips.",
        "She had injuries to her elbow, wrist and knee.",
        "He lives with knee, elbow and ankle injuries.",
        "Overuse injuries are common in the hips of runners.",
        # a second trouble word after "and" opens its own match
        "Our patients have pain and stiffness, especially in the knee.",
    ],
)
def test_a_trouble_next_to_its_list_is_still_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an operation or a harvest site after the knee or hip
        "Patients in pain often undergo operations such as knee replacements.",
        "Pain is felt at sites such as the hip bone.",
        # another clause or a treatment between the trouble and the list
        "The pain eased, and she tried treatments such as knee braces.",
        "Little pain is felt when cells are taken from places such as the hip.",
        "There is little pain or downtime, and results in areas such as the knee are good.",
        # no list of examples or of places
        "The pain in her shoulder went away after she bought new knee pads.",
        "Pain relief lasted a year, as did the results for the knee.",
    ],
)
def test_a_knee_or_hip_after_a_trouble_that_is_not_its_place_stays_silent(
    sentence: str,
) -> None:
    assert KNEES not in found("condition", sentence)
