"""Round conditions1: a trouble shared along a list of body parts (`check/body_lists.py`).

Each test gives made-up sentences, never a page's, and a look-alike that must still be
found or must not be; each listed wording was missed before the rule was added."""

from __future__ import annotations

import pytest
from findings import found

KNEES = "hip-and-knee-pain"


@pytest.mark.parametrize(
    "sentence",
    [
        # the trouble before the list, the knee or hip a later item
        "The fall left her with injuries to her elbow, wrist and knee.",
        "He came in with a bad neck, shoulder and hip.",
        "She has had pain in the back, the shoulders, the elbows and the knees for years.",
        "The study saw less pain in damaged joints, hips and knees above all.",
        "Many patients live with aching ankles, wrists and knees.",
        # the list before the trouble
        "Her knees, wrists and ankles ache every morning.",
        "He treats knee, elbow and ankle injuries in athletes.",
        # the knee or hip named as where the treatment goes, after other places
        "The cells were injected into her shoulder, her ankle and her hip.",
        "We give stem cell shots into the neck, the elbow and the knee.",
        "Her own cells were injected into her left hip last spring.",
        "Injections into the knee joint are common.",
        "He has had stem cells for his aging knees.",
    ],
)
def test_a_trouble_shared_along_a_list_of_body_parts_names_hip_or_knee_pain(
    sentence: str,
) -> None:
    assert KNEES in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # look-alikes that were found before and still are
        "She has pain in her knee.",
        "He has chronic hip, knee and shoulder pain.",
        "We offer stem cell therapy for knees.",
    ],
)
def test_the_lone_knee_or_hip_is_still_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the words between are no list of body parts
        "The pain in her shoulder went away after she bought new knee pads.",
        "Injuries to the elbow heal slowly, unlike the knee brace industry claims.",
        # the hip named only as where the cells are taken from
        "The cells are taken from the hip bone and injected into the shoulder.",
        # a trouble of another kind before a list that holds a knee
        "A bad diet harms the heart, the lungs and the kidneys.",
    ],
)
def test_no_list_of_body_parts_names_no_hip_or_knee_pain(sentence: str) -> None:
    assert KNEES not in found("condition", sentence)
