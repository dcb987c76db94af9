"""Wordings of claims, conditions and warning signs that the first runs of series co to
cr missed or misread (round-cocr; the sentences and diagnoses are in
benchmarks/adverts/first-runs/, co-misses.txt to cr-misses.txt). Each test gives made-up
wordings of the idea, never a page's sentence, and look-alikes that must not be read as
it; each wording here was missed, or each look-alike found, before its rule was added."""

from __future__ import annotations

import pytest
from findings import found, guarded_pair

# -- Series co to cr (round-cocr, 2026-11-27) -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We treat sacroiliitis with a single guided injection.",
        "Inflamed sacroiliac joints respond well to our care.",
        "Relief for inflammation of the sacroiliac joint.",
        "Is SI joint dysfunction keeping you up at night?",
    ],
)
def test_a_painful_or_inflamed_sacroiliac_joint_is_back_pain(sentence: str) -> None:
    assert "chronic-back-and-neck-pain" in found("condition", sentence)


def test_the_sacroiliac_joints_named_as_anatomy_are_no_back_pain() -> None:
    sentence = "The sacroiliac joints link the pelvis to the base of the spine."
    assert "chronic-back-and-neck-pain" not in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our injections are an alternative to arthroscopic treatment.",
        "Cells can spare many runners an arthroscopic procedure.",
        "Our shots are an alternative to months of painful rehab and to an arthroscopy.",
        "An alternative to weeks in a brace and to an operation.",
    ],
)
def test_an_arthroscopic_operation_or_one_listed_last_is_surgery_avoided(sentence: str) -> None:
    assert "avoid-surgery" in found("benefit", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "An alternative to rest, the brace is worn after an operation.",
        "Options: care without needles (heat, ultrasound, shockwave) and surgery as a last resort.",
    ],
)
def test_an_operation_named_beside_an_alternative_to_something_else_is_not_avoided(
    sentence: str,
) -> None:
    assert "avoid-surgery" not in found("benefit", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pause your anti-inflammatory treatments a week before the injection.",
        "Please stop fish oil, aspirin and other supplements with anti-inflammatory effects.",
        "Discontinue anti-inflammatory treatments for ten days after the procedure.",
    ],
)
def test_anti_inflammatory_medicines_the_patient_must_stop_are_no_claim(sentence: str) -> None:
    assert "reduced-inflammation" not in found("benefit", sentence)


def test_cells_with_anti_inflammatory_effects_still_reduce_inflammation() -> None:
    sentence = "Stop the pain: our cells release anti-inflammatory signals."
    assert "reduced-inflammation" in found("benefit", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Block the swelling and you block the repair.",
        "Suppressing inflammation can slow healing of the tendon.",
        "If you shut down the inflammatory response, you halt the healing.",
    ],
)
def test_calming_inflammation_said_to_stop_healing_is_no_claim(sentence: str) -> None:
    assert "reduced-inflammation" not in found("benefit", sentence)


def test_calming_inflammation_so_that_healing_follows_is_still_the_claim() -> None:
    sentence = "Our cells calm the inflammation and speed the healing."
    assert "reduced-inflammation" in found("benefit", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents should take every caution when they seek such therapies overseas.",
        "Please exercise extreme caution when you seek stem cells overseas.",
        "Take great care when you look for these treatments overseas.",
    ],
)
def test_a_caution_to_the_reader_about_treatment_abroad_offers_no_travel(sentence: str) -> None:
    assert "medical-tourism" not in found("red_flag", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Overseas regulators class these injections as experimental.",
        "Overseas governments have banned such injections.",
    ],
)
def test_overseas_rules_named_are_no_offer_of_treatment_abroad(sentence: str) -> None:
    assert "medical-tourism" not in found("red_flag", sentence)


def test_treatment_abroad_offered_before_a_caution_about_others_is_still_travel() -> None:
    sentence = "Get treated overseas at our partner clinic, and take care of yourself."
    assert "medical-tourism" in found("red_flag", sentence)


@pytest.mark.parametrize("heading", ["A Hypothetical Story", "An Invented Story"])
def test_a_made_up_or_composite_story_is_no_patient_story(heading: str) -> None:
    assert "testimonials-as-evidence" not in found("red_flag", heading)


def test_a_named_patients_story_is_still_a_patient_story() -> None:
    assert "testimonials-as-evidence" in found("red_flag", "Adriana's Story")


@pytest.mark.parametrize(
    "sentence",
    [
        "Could these shots cure my back pain?",
        "Will PRP cure my knee arthritis?",
    ],
)
def test_a_readers_question_whether_it_cures_them_is_no_cure_claim(sentence: str) -> None:
    assert "cure-claim" not in found("red_flag", sentence)


def test_a_rhetorical_question_put_to_the_reader_is_still_a_cure_claim() -> None:
    assert "cure-claim" in found("red_flag", "Can stem cells cure your knee pain? Yes, they can.")


def test_diseases_named_as_what_insurance_covers_are_not_many_conditions_offered() -> None:
    lines = (
        "Knee arthritis and tendon injuries are not covered by most plans.",
        "Sometimes covered for diabetic foot ulcers and certain eye diseases.",
    )
    assert "many-conditions" not in found("red_flag", *lines)


def test_the_same_diseases_treated_are_still_many_conditions() -> None:
    sentence = "We treat knee arthritis, diabetic foot ulcers and eye diseases."
    assert "many-conditions" in found("red_flag", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Surgeons inject the cells in the hope of regrowing cartilage.",
        "Patients go abroad hoping to repair worn knees.",
    ],
)
def test_regeneration_hoped_for_is_no_regeneration_claim(sentence: str) -> None:
    assert "tissue-regeneration" not in found("benefit", sentence)


def test_a_hope_elsewhere_in_the_sentence_leaves_regeneration_claimed() -> None:
    sentence = "We hope to see you soon: our cells rebuild cartilage."
    assert "tissue-regeneration" in found("benefit", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Evaluation of PRP as a routine treatment for tendon healing",
        "Appraisal of bone marrow concentrate as therapy for cartilage regeneration",
    ],
)
def test_a_treatment_named_as_what_is_evaluated_is_no_regeneration_claim(sentence: str) -> None:
    assert "tissue-regeneration" not in found("benefit", sentence)


def test_an_evaluation_in_a_clause_of_its_own_leaves_regeneration_claimed() -> None:
    sentence = "An evaluation of your knee comes first; then our cells regrow the cartilage."
    assert "tissue-regeneration" in found("benefit", sentence)


def test_a_use_said_to_wait_on_evidence_is_no_regeneration_claim() -> None:
    guarded_pair(
        "benefit",
        "tissue-regeneration",
        "Cell injections for disc repair will be adopted widely only once trials show a benefit.",
        "Our cells regrow cartilage, and only if you are over 40 do we add a second shot.",
    )
