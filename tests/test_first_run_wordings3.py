"""Wordings of claims and conditions that the first runs of series cs to cv missed or
misread (the sentences and diagnoses are in benchmarks/adverts/first-runs/,
cs-misses.txt to cv-misses.txt). Each test gives made-up wordings of the idea, never a
page's sentence, and look-alikes that must not be read as it; each wording here was
missed, or each look-alike found, before its rule was added."""

from __future__ import annotations

import pytest
from findings import found, guarded_pair

# -- Series cs to cv (first-runs/cs-misses.txt to cv-misses.txt) --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Caught early, knee osteoarthritis can be halted by one injection.",
        "With an early injection, arthritis of the hip could be prevented.",
    ],
)
def test_arthritis_said_to_be_prevented_or_halted_is_delayed_degeneration(sentence: str) -> None:
    assert "delay-degeneration" in found("benefit", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Much arthritis can be prevented by keeping a healthy weight.",
        "Osteoarthritis may be prevented with regular exercise.",
    ],
)
def test_arthritis_prevented_by_a_healthy_life_is_no_delayed_degeneration(sentence: str) -> None:
    assert "delay-degeneration" not in found("benefit", sentence)


def test_for_good_balance_is_no_cure_for_good() -> None:
    guarded_pair(
        "red_flag",
        "cure-claim",
        "Strong calf muscles are needed for good balance when you walk.",
        "One injection ends your heel pain for good.",
    )


def test_a_share_of_cases_that_are_curable_is_no_success_rate() -> None:
    guarded_pair(
        "red_flag",
        "high-success-rate",
        "Heel pain of this kind is curable in over 90% of cases.",
        "Our injection relieved heel pain in 90% of cases.",
    )


def test_a_private_care_unit_is_no_private_car() -> None:
    guarded_pair(
        "red_flag",
        "medical-tourism",
        "Westfield Private Care: knee clinic",
        "The package includes a private car from the airport.",
    )


def test_success_rates_listed_among_topics_with_commas_are_no_success_figure() -> None:
    guarded_pair(
        "red_flag",
        "high-success-rate",
        "We cover prices, success rates, and the key considerations for travellers.",
        "Our success rates are the best in the country, at 92%.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Cells help with muscle, tendon and labrum tears.",
        "We see bone, tendon or meniscus injuries.",
        "Grafts are used for tendons and other soft tissue injuries.",
    ],
)
def test_a_tendon_listed_before_the_injury_names_a_tendon_injury(sentence: str) -> None:
    assert "tendon-and-ligament-injuries" in found("condition", sentence)


def test_a_tendon_listed_far_from_an_injury_names_no_tendon_injury() -> None:
    assert "tendon-and-ligament-injuries" not in found(
        "condition", "Tendons and muscles hold the joint still, which helps avoid injuries."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Footballers come to us with sprained knees.",
        "A twisted knee kept her off the pitch.",
        "Help for knee sprains in young athletes.",
    ],
)
def test_a_sprained_or_twisted_knee_is_hip_or_knee_pain(sentence: str) -> None:
    assert "hip-and-knee-pain" in found("condition", sentence)


def test_a_sprained_ankle_is_no_knee_pain() -> None:
    assert "hip-and-knee-pain" not in found("condition", "A sprained ankle kept her off the pitch.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Products meant for the cure, treatment or prevention of disease are drugs.",
        "A product intended to cure, mitigate or prevent diseases is a drug under the law.",
    ],
)
def test_the_legal_definition_of_a_drug_is_no_cure_claim(sentence: str) -> None:
    assert "cure-claim" not in found("red_flag", sentence)


def test_a_cure_offered_is_still_a_cure_claim() -> None:
    assert "cure-claim" in found("red_flag", "Our stem cells cure arthritis and prevent disease.")


def test_a_reference_number_is_no_success_figure() -> None:
    guarded_pair(
        "red_flag",
        "high-success-rate",
        "Reference CBER 21-445512 Product: Biologics Recipient: a clinic",
        "9 of 10 patients improved.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The company held a sales show in a hotel down the street.",
        "Join our free dinner at a nearby hotel on Tuesday.",
    ],
)
def test_a_hotel_in_town_as_a_sales_venue_is_no_travel(sentence: str) -> None:
    assert "medical-tourism" not in found("red_flag", sentence)


def test_a_hotel_stay_abroad_is_still_travel() -> None:
    assert "medical-tourism" in found(
        "red_flag", "Your package includes the hotel and transfers in Cancun."
    )


def test_testimonials_that_lured_a_patient_are_not_the_pages_own() -> None:
    guarded_pair(
        "red_flag",
        "testimonials-as-evidence",
        "The testimonials on their website drew him in even further.",
        "Read the testimonials of our happy patients.",
    )


def test_a_miracle_denied_in_quotes_is_no_miracle_language() -> None:
    guarded_pair(
        "red_flag",
        "miracle-language",
        'These shots are neither "miracle cures" nor safe.',
        'Our shots are "miracle cures" for arthritis.',
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The effect starts right after the injection.",
        "Its effects begin at once, within the first day.",
    ],
)
def test_the_effect_said_to_start_at_once_is_a_promised_result(sentence: str) -> None:
    assert "promised-results" in found("red_flag", sentence)


def test_a_numbing_effect_that_starts_at_once_is_no_promised_result() -> None:
    assert "promised-results" not in found(
        "red_flag", "The numbing effect starts right away, so the harvest does not hurt."
    )


def test_own_cells_as_the_subject_of_has_become_safe_is_own_cells_so_safe() -> None:
    guarded_pair(
        "red_flag",
        "own-cells-so-safe",
        "Injecting your own fat cells into the knee joint has become popular, though its"
        " safety is unknown.",
        "Putting your own fat cells into the sore and stiff joint has become a gentle, safe"
        " choice.",
    )


@pytest.mark.parametrize(
    ("flag", "sentence"),
    [
        (
            "miracle-language",
            "At the seminar they're told that, despite worn knees, magic shots will fix them.",
        ),
        (
            "cure-claim",
            "Patients are told that although their hips are worn, the cells leave them like new.",
        ),
        (
            "miracle-language",
            "Salesmen who tell people that even with worn hips, magic shots help.",
        ),
    ],
)
def test_a_pitch_told_after_a_concession_is_reported(flag: str, sentence: str) -> None:
    assert flag not in found("red_flag", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Although your hips are worn, our cells leave them like new.",
        "We tell patients that even with worn hips, our cells leave them like new.",
    ],
)
def test_a_cure_after_a_concession_of_ones_own_still_counts(sentence: str) -> None:
    assert "cure-claim" in found("red_flag", sentence)
