"""Families of red-flag wordings mined from real clinic, vendor and broker pages that are
in no corpus (issue 14, item 3; the pages and sentences are listed outside the repository
in the mining notes). Each family is a concept with its synonyms, not one page's sentence:
every test gives wordings that must raise the flag, and careful wordings (a page that
discusses the sign, or says it of something else) that must not. Each raising sentence
was missed before its family was added, so a test fails when its wording is removed."""

from __future__ import annotations

import pytest
from findings import clean, raises

# -- testimonials-as-evidence ---------------------------------------------------------

TESTIMONIALS = "testimonials-as-evidence"


@pytest.mark.parametrize(
    "sentence",
    [
        "Success story: knee instability treated with stem cells.",
        "Success stories: hip arthritis and torn menisci.",
    ],
)
def test_a_success_story_of_a_joint_is_offered_as_proof(sentence: str) -> None:
    raises(TESTIMONIALS, sentence)


def test_a_success_story_of_the_therapy_itself_is_no_patient_story() -> None:
    """ "one more of stem cell therapy's success stories" speaks of the field, and a
    careful page may call uncontrolled success stories hard to judge."""
    clean(TESTIMONIALS, "Curing this disease is one more of stem cell therapy's success stories.")
    clean(
        TESTIMONIALS, "Pain comes and goes, which makes uncontrolled success stories hard to judge."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a popular choice for US residents, high-profile patients among them.",
        "Our well-known clients come back year after year.",
        "Prominent figures from business and sport choose our clinic.",
    ],
)
def test_notable_patients_are_offered_as_proof(sentence: str) -> None:
    raises(TESTIMONIALS, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our team has earned the trust of more than 1000 patients around the world.",
        "Trusted by thousands of patients since 2010.",
        "Rated 4.9 by our patients.",
    ],
)
def test_the_trust_or_rating_of_many_patients_is_offered_as_proof(sentence: str) -> None:
    raises(TESTIMONIALS, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Four months on, her right knee is back to normal.",
        "Now I am back at the gym three days a week.",
        "Eight years later I have almost no pain and can hike for hours.",
        "Today she has hardly any pain.",
        "He no longer needs his cane.",
        "Bone on bone knee patient still doing well eight years after his treatment.",
        "She had five years of complete relief.",
        "A new therapy saved my mother's ability to walk.",
        "He was so pleased with the result that he had his other knee done too.",
        "An update from our amazing patients.",
        "Many of our longest-treated patients are still doing well years later.",
        "I could hike again and climb stairs without pain.",
        "At 82, she walks without a limp again.",
        "She walks without pain.",
        "He runs without limping.",
        "Once it healed, my knee felt brand new.",
        "Four years on, he reports 80% less pain.",
        "Four years on, this runner reports his knee 80-90% better.",
    ],
)
def test_one_persons_recovery_is_told_as_proof(sentence: str) -> None:
    raises(TESTIMONIALS, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Testimonials from high-profile patients are not evidence that a treatment works.",
        "A patient's story that her knee is back to normal is not proof that the cells worked.",
        "Regulators warn that clinics use patient success stories about knee pain.",
        "Both kinds of clinic publish testimonial videos, and both say they are the best.",
        "Trust is built on published trials, not on the trust of thousands of patients.",
    ],
)
def test_a_page_that_discusses_patient_stories_shows_none(sentence: str) -> None:
    clean(TESTIMONIALS, sentence)


# -- promised-results -----------------------------------------------------------------

PROMISED = "promised-results"


@pytest.mark.parametrize(
    "sentence",
    ["I expect him to make a full recovery.", "Patients can expect a complete recovery."],
)
def test_an_expected_full_recovery_is_a_promise(sentence: str) -> None:
    raises(PROMISED, sentence)


def test_an_expectation_denied_is_no_promise() -> None:
    clean(PROMISED, "You should not expect a full recovery from one injection.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our knee treatments have a proven track record of less pain and better function.",
        "Patients consistently see lasting improvement with SVF.",
        "Stem cells give durable relief for arthritic knees.",
        "Stem cells are a long-term solution for worn knees.",
        "With the same-day procedure, patients get on average eighteen months of relief.",
        "Expect several years of relief from one treatment.",
        "Patients enjoy a decade of relief.",
        "Most knees get a couple of years of relief.",
    ],
)
def test_results_said_to_be_proven_or_to_last_are_a_promise(sentence: str) -> None:
    raises(PROMISED, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what other treatments fail to give
        "Steroid injections rarely give lasting relief.",
        "Traditional treatments often fail to provide lasting relief.",
        "Painkillers fail to offer a long-term solution.",
        "Cortisone shots give a few months of relief at best.",
        "Shots of hyaluronic acid give a few months of relief.",
        "Surgery often gives several years of relief.",
        "Physical therapy gives lasting relief to many people with back pain.",
        # lasting results named as unproven, brief, hedged or forbidden
        "Evidence of lasting benefit is lacking.",
        "There is little evidence of lasting benefit.",
        "Lasting relief is rare after these injections.",
        "Lasting improvement after these injections remains unproven.",
        "The effect brings just a few months of relief.",
        "It may offer a long-term solution where ordinary care falls short.",
        "These cells can bring lasting improvement.",
        "Cells may give you durable relief.",
        "Guaranteed results are banned under advertising rules.",
        "Beware of clinics that promise lasting relief.",
        "Clinics often boast of a proven track record, so ask for published data.",
    ],
)
def test_lasting_results_said_of_something_else_or_doubted_are_no_promise(sentence: str) -> None:
    clean(PROMISED, sentence)


# -- medical-tourism ------------------------------------------------------------------

TOURISM = "medical-tourism"


@pytest.mark.parametrize(
    "sentence",
    [
        "We treat you in Mexico, where the rules are more permissive.",
        "Panama has progressive regulations for cell therapy.",
        "Some countries stand out for their convenient laws and affordable care.",
    ],
)
def test_rules_abroad_praised_as_looser_are_a_reason_to_travel(sentence: str) -> None:
    raises(TOURISM, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Countries with relaxed regulations put patients at risk.",
        "Lax rules in some countries put patients at risk.",
    ],
)
def test_looser_rules_abroad_named_as_a_danger_are_no_offer(sentence: str) -> None:
    clean(TOURISM, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "That is why North Americans are heading south for this therapy.",
        "Before you arrive in Panama, get your blood work done.",
        "You will spend 3 to 5 days in the treatment country.",
        "Plan on five nights in Cancun.",
    ],
)
def test_going_there_for_the_treatment_is_travel_sold(sentence: str) -> None:
    raises(TOURISM, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Treatment costs far less than at home, with no loss of quality.",
        "Patients save 70 to 85 percent compared with the US.",
        "You pay a fraction of US prices.",
    ],
)
def test_a_price_set_against_home_sells_the_trip(sentence: str) -> None:
    raises(TOURISM, sentence)


def test_a_saving_is_no_success_rate() -> None:
    clean("high-success-rate", "Patients save 70 to 85 percent compared with the US.")


@pytest.mark.parametrize(
    "sentence",
    [
        "We mail you a welcome kit with everything you need for your medical vacation.",
        "We send you the vacation packages so you can pick where you stay.",
        "Nurses, drivers and translators look after you for the whole stay.",
        "Translators and drivers are on hand day and night.",
        "A personal interpreter goes with you to every visit.",
        "A private driver is at your disposal.",
        "Our chauffeur takes you to the clinic each morning.",
        "We pick you up at the border.",
    ],
)
def test_the_trip_sold_with_the_treatment_is_medical_tourism(sentence: str) -> None:
    raises(TOURISM, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Medical vacations for stem cells carry a real risk of infection.",
        "Medical vacations are risky.",
        "Patients have been harmed abroad, where the rules are more relaxed.",
        "The drug was approved after years of translation from lab to clinic.",
        "Who decided that this process of clinical translation is the best one?",
    ],
)
def test_a_trip_named_as_a_risk_or_research_translated_is_no_tourism(sentence: str) -> None:
    clean(TOURISM, sentence)


# -- pay-up-front and many-conditions -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Payment in full is due on the first day of treatment.",
        "The balance is payable on arrival.",
    ],
)
def test_the_whole_sum_owed_on_arrival_is_paid_up_front(sentence: str) -> None:
    raises("pay-up-front", sentence)


def test_benefits_without_limit_are_one_product_for_everything() -> None:
    raises("many-conditions", "The benefits of stem cell therapy are nearly limitless.")


# -- urgency-pressure (synonyms of the existing ideas: scarcity, a deadline, delay) ----

URGENCY = "urgency-pressure"


@pytest.mark.parametrize(
    "sentence",
    [
        "Seats are limited, so RSVP today.",
        "Space is limited.",
        "Availability is limited this month.",
        "Limited seating at our free knee pain seminar.",
        "Our schedule fills up weeks in advance.",
        "Reserve your seat at our free seminar.",
        "This special price is good through Friday.",
        "Every day you wait, your cartilage wears further.",
        "Waiting only makes the damage worse.",
    ],
)
def test_scarcity_a_deadline_or_the_cost_of_delay_push_to_hurry(sentence: str) -> None:
    raises(URGENCY, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Evidence for these injections is limited.",
        "Appointments are limited to patients with a referral.",
        "The clinic's capacity is limited by staff.",
        "Schedule a follow-up visit in six weeks.",
        "Be wary of clinics that say waiting only makes it worse.",
        "Seminars where seats are limited are a sales tactic, regulators warn.",
    ],
)
def test_limits_said_of_evidence_or_care_are_no_push_to_hurry(sentence: str) -> None:
    clean(URGENCY, sentence)


# -- high-success-rate ----------------------------------------------------------------

SUCCESS = "high-success-rate"


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of our patients report significant improvement.",
        "The majority of my patients get lasting relief.",
        "Our satisfaction score is 4.8 out of 5.",
    ],
)
def test_a_success_rate_in_words_or_scores_is_a_success_rate(sentence: str) -> None:
    raises(SUCCESS, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of our patients ask about side effects first.",
        "Some clinics quote satisfaction ratings instead of trial results.",
    ],
)
def test_patients_asking_or_rates_quoted_by_others_are_no_success_rate(sentence: str) -> None:
    clean(SUCCESS, sentence)


# -- the brief's example wordings that were still missed --------------------------------


@pytest.mark.parametrize(
    ("flag", "sentence"),
    [
        (TESTIMONIALS, "Don't take our word for it."),
        (TESTIMONIALS, "Do not take our word for it: hear from Jane."),
        (TESTIMONIALS, "Our patients love us."),
        (PROMISED, "You will be back on the course in no time."),
        (TOURISM, "We pick you up and take you to the clinic."),
        (TOURISM, "Enjoy the beach while your cells get to work."),
        (TOURISM, "Recover in paradise after your injection."),
        (SUCCESS, "8 of 10 patients improve."),
        ("pay-up-front", "Pay in full to lock in your price."),
    ],
)
def test_everyday_advert_wordings_raise_their_flag(flag: str, sentence: str) -> None:
    raises(flag, sentence)


@pytest.mark.parametrize(
    ("flag", "sentence"),
    [
        (TESTIMONIALS, "Don't take our word for it: read the trials in the reference list."),
        (SUCCESS, "Only 3 of 10 patients did not improve at all."),
        (SUCCESS, "In the trial, 6 of 10 patients improved, the same as with placebo."),
        (SUCCESS, "With saline, 5 of 10 patients improved too."),
        (TOURISM, "Stem cells are being tested as a treatment for tropical diseases."),
    ],
)
def test_the_same_words_sending_to_evidence_or_matched_by_placebo_raise_nothing(
    flag: str, sentence: str
) -> None:
    clean(flag, sentence)
