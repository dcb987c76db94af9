"""Wordings of benefit claims and conditions that new pages, read blind (round claims1,
issue 14), used and the matcher missed or misread: a joint or a back said to hurt, a
treatment said not to make things worse, and look-alikes of regeneration and of calmed
inflammation (tissue hard to heal, healing slow on its own, a study's question, a disease's
course). Each sentence is made up; each wording was missed, or each look-alike found,
before its rule was added."""

from __future__ import annotations

import pytest
from findings import found, guarded_pair


@pytest.mark.parametrize(
    "sentence",
    [
        "Is your hip hurting again after the walk?",
        "My hip aches in the morning.",
        "His knees throb after a long run.",
        "Her hips hurt on the stairs.",
    ],
)
def test_a_hip_or_knee_said_to_hurt_is_hip_or_knee_pain(sentence: str) -> None:
    assert "hip-and-knee-pain" in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fall hurt her wrist.",
        "It hurts to think about the cost.",
    ],
)
def test_hurt_said_of_no_hip_or_knee_is_no_hip_or_knee_pain(sentence: str) -> None:
    assert "hip-and-knee-pain" not in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "My lower back hurts when I sit.",
        "Does your back hurt after work?",
    ],
)
def test_a_back_said_to_hurt_is_back_pain(sentence: str) -> None:
    assert "chronic-back-and-neck-pain" in found("condition", sentence)


def test_coming_back_hurt_is_no_back_pain() -> None:
    assert "chronic-back-and-neck-pain" not in found(
        "condition", "The player came back hurt after the game."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "These injections cannot make your condition worse.",
        "The treatment won't make your knee any worse.",
        "The procedure will not make the pain worse.",
    ],
)
def test_a_treatment_that_cannot_make_things_worse_claims_fewer_side_effects(
    sentence: str,
) -> None:
    assert "fewer-side-effects" in found("benefit", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gentle exercise will not make knee arthritis worse.",
        "Walking cannot make the tear worse.",
    ],
)
def test_something_else_that_cannot_make_things_worse_is_no_claim(sentence: str) -> None:
    assert "fewer-side-effects" not in found("benefit", sentence)


@pytest.mark.parametrize(
    ("guarded", "still_found"),
    [
        # tissue hard to heal
        (
            "Ligaments get so little blood that it is hard for them to mend with anything"
            " but scar tissue.",
            "Our cells mend ligaments with new tissue.",
        ),
        # healing on its own said to be slow or poor
        (
            "Natural repair of a torn ligament is usually slow and of poor quality.",
            "Stem cells speed the repair of a torn ligament.",
        ),
        (
            "Cartilage has a limited capacity for spontaneous healing; therefore any joint"
            " damage keeps growing.",
            "Our injections start healing; therefore any joint damage can be rebuilt.",
        ),
        # the body's own cells said to be too weak to heal
        (
            "You hurt because your own stem cells are too few and too weak to repair the damage.",
            "Our stem cells repair the damage in your knee.",
        ),
        # a study's question
        (
            "This study seeks to determine the effectiveness of using a patient's own fat"
            " cells to repair cartilage defects.",
            "Our treatment uses a patient's own fat cells to repair cartilage defects.",
        ),
    ],
)
def test_look_alikes_of_regeneration_make_no_claim(guarded: str, still_found: str) -> None:
    guarded_pair("benefit", "tissue-regeneration", guarded, still_found)


@pytest.mark.parametrize(
    "guarded",
    [
        "Over time the tendon slides into a degenerative process where the inflammatory"
        " response is suppressed.",
        "It becomes a chronic state in which inflammation is suppressed and repair stops.",
    ],
)
def test_a_disease_course_that_suppresses_inflammation_is_no_claim(guarded: str) -> None:
    guarded_pair(
        "benefit",
        "reduced-inflammation",
        guarded,
        "Our cells suppress the inflammatory response in the tendon.",
    )


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        ("We treat a sprained ankle that never settled.", "tendon-and-ligament-injuries"),
        ("Repeated ankle sprains weaken the joint.", "tendon-and-ligament-injuries"),
        ("He sprained his wrist playing rugby.", "tendon-and-ligament-injuries"),
        ("Help for a torn Achilles.", "tendon-and-ligament-injuries"),
        ("Living with bad hips?", "hip-and-knee-pain"),
        ("A sore hip keeps her awake.", "hip-and-knee-pain"),
        ("Injections for shoulder arthritis.", "osteoarthritis"),
        ("Thumb arthritis makes gripping hard.", "osteoarthritis"),
    ],
)
def test_everyday_names_of_the_conditions_are_found(sentence: str, condition: str) -> None:
    assert condition in found("condition", sentence)


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        ("Cost is the Achilles heel of this clinic.", "tendon-and-ligament-injuries"),
        ("Rheumatoid arthritis of the shoulder needs drugs first.", "osteoarthritis"),
    ],
)
def test_look_alikes_of_everyday_names_are_not_the_condition(sentence: str, condition: str) -> None:
    assert condition not in found("condition", sentence)
