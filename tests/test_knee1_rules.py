"""Round knee1: the knee or hip named as the seat of the trouble is hip-and-knee-pain.

The spec (benchmarks/adverts/README.md, "### conditions") counts knee pain, hip pain,
knee or hip injuries and meniscus tears; pages often name them in other words than the
aliases: a knee or hip word (`knee-part` in data/check/advert_words.yaml) a few words
from a word of trouble (`knee-trouble`): "her knee cartilage is damaged", "a shattered
kneecap", "meniscal issues"; an operation alone ("a knee replacement") is none. Each
test gives made-up sentences, never a page's, and look-alikes that must still be found
or must stay silent; each wording of the first test was missed before the rule."""

from __future__ import annotations

import pytest
from findings import found

KNEES = "hip-and-knee-pain"


@pytest.mark.parametrize(
    "sentence",
    [
        # the knee or hip first, its trouble a few words on
        "Her right knee cartilage is badly damaged.",
        "The scan showed the knee was damaged after the fall.",
        "My grandfather's knees began to hurt last winter.",
        "His left knee is about to collapse.",
        # a modal guards only soreness foretold, not damage
        "Her knee may be damaged beyond repair.",
        "Patients with meniscal issues often come to us.",
        "The kneecap was shattered in the crash.",
        "His hip was broken in a fall.",
        # the trouble first, the knee or hip a few words on
        "The MRI showed tears in both of her knees.",
        "He has a shattered kneecap.",
        "A torn ACL can end a season.",
        "After years of running the cartilage of her hips is worn.",
        # bone on bone said of the knee
        "Her knee is bone-on-bone.",
        # the knee as the joint treated, as "therapy for knees" already was
        "Stem Cell Treatment of the Knee",
    ],
)
def test_the_knee_or_hip_named_as_the_seat_of_trouble_is_hip_and_knee_pain(
    sentence: str,
) -> None:
    assert KNEES in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # wordings found before the rule, and still
        "She has knee pain.",
        "He tore his meniscus skiing.",
        "She has pain in her hip.",
        "Injections into the knee joint are common.",
        "She has a hip labral tear.",
        "The injury to her left knee came from skiing.",
        "Years of running caused damage in both hips.",
        "My knee was sore for years.",
    ],
)
def test_the_aliases_are_still_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        # the neighbours keep their knee words: a named knee disease stays the disease,
        # a knee's ligament stays a ligament injury
        ("She has arthritis of the knee.", "osteoarthritis"),
        ("Knee osteoarthritis is common after 60.", "osteoarthritis"),
        ("A torn ACL can end a season.", "tendon-and-ligament-injuries"),
        ("He has jumper's knee.", "tendon-and-ligament-injuries"),
        ("Patellar tendinitis is common in runners.", "tendon-and-ligament-injuries"),
    ],
)
def test_the_neighbouring_conditions_keep_their_knee_words(sentence: str, entry: str) -> None:
    assert entry in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the hip as the place the cells are taken from
        "Bone marrow is drawn from the hip with little pain.",
        "The cells come from your hip bone, and the harvest causes minimal pain.",
        "Marrow taken from the back of the hip is spun down; the injury site is then treated.",
        # a knee or hip word of another sense
        "Dancers in hip-hop get injuries of the ankle.",
        "She wore knee-high boots to the clinic.",
        "Kneeling hurts after a long day of gardening.",
        # a labrum is in the hip or the shoulder: torn, it names the hip only with the hip
        "The labrum of the shoulder was torn.",
        # an operation names no trouble by itself (br07's recorded call: "knee
        # replacement names an operation, not a knee condition")
        "It may postpone the need for a knee replacement by years.",
        "Patients who want to skip hip surgery ask about it.",
        # a trouble a clause away from the knee
        "Researchers study how damaged tissues heal, the knee among them.",
        # no trouble near the knee or hip
        "The knee is the largest joint in the body.",
        "Her hips sway when she walks.",
        # soreness after the injection, or foretold, is the treatment's own (round-ckcn)
        "Your knee may be sore for a day after the injection.",
        "The hip can be painful for a few hours.",
    ],
)
def test_knee_and_hip_look_alikes_stay_silent(sentence: str) -> None:
    assert KNEES not in found("condition", sentence)
