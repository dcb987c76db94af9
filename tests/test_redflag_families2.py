"""Families of red-flag wordings mined from more real clinic, vendor and broker pages in
no corpus (issue 14, item 3, second round: cure-claim, miracle-language,
own-cells-so-safe, no-risk-claim, fda-status-claim, pay-to-join-trial, many-conditions;
the pages and sentences are listed outside the repository in the mining notes). Each
family is a concept with its synonyms, not one page's sentence: every test gives
wordings that must raise the flag, and careful wordings (a page that discusses the
sign, or says it of something else) that must not. Each raising sentence was missed
before its family was added, so a test fails when its wording is removed."""

from __future__ import annotations

import pytest
from findings import benefits, clean, raises

# -- cure-claim ------------------------------------------------------------------------

CURE = "cure-claim"


@pytest.mark.parametrize(
    "sentence",
    [
        "Stem cells put an end to chronic back pain.",
        "Our injections bring arthritis to an end.",
        "With our cells, knee pain becomes a distant memory.",
    ],
)
def test_an_end_put_to_the_disease_or_its_pain_is_a_cure(sentence: str) -> None:
    raises(CURE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our treatment heals arthritis.",
        "Stem cells eradicate the disease at its source.",
        "The new cells are healthy and free of ageing or disease.",
        "Patients with diabetes are putting away their insulin injections forever.",
        "Many patients stop their pain pills forever.",
    ],
)
def test_the_disease_itself_said_to_heal_or_go_for_ever_is_a_cure(sentence: str) -> None:
    raises(CURE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The stem cells regenerate the original cartilage.",
        "Our cells rebuild your knee just like it was when you were young.",
    ],
)
def test_tissue_restored_to_what_it_was_is_a_cure(sentence: str) -> None:
    raises(CURE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Be wary of clinics that promise to put an end to your pain.",
        "No injection can heal arthritis.",
        "Donors are screened to be free of infectious disease.",
        "Cell therapies could one day help heal injured or diseased tissue.",
        "Tendons rarely heal exactly as they were before the injury.",
        "Cartilage healing in osteoarthritis is poor.",
        "People free of arthritis at the start of the study were the controls.",
    ],
)
def test_a_warning_a_negation_or_a_donor_screen_is_no_cure(sentence: str) -> None:
    clean(CURE, sentence)


# -- miracle-language ------------------------------------------------------------------

MIRACLE = "miracle-language"


@pytest.mark.parametrize(
    "sentence",
    [
        "Stem cells are the penicillin of the 21st century.",
        "Stem cells are the medicine of the twenty-first century.",
        "A ground-breaking treatment for worn knees.",
        "Exosomes will disrupt the way arthritis is treated.",
        "A disruptive technology for worn knees.",
        "Stem cells are finally delivering on their promise.",
        "Conditions once thought untreatable now respond to cell therapy.",
    ],
)
def test_a_landmark_a_disruption_or_a_long_awaited_arrival_is_hype(sentence: str) -> None:
    raises(MIRACLE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some clinics claim stem cells are the penicillin of the 21st century.",
        "Beware of ads for ground-breaking cures.",
        "Researchers have finally finished the trial.",
        "The trial results are finally here.",
        "Inflammation can disrupt the way cartilage cells work.",
        "It is a less disruptive procedure than surgery.",
    ],
)
def test_hype_reported_or_words_used_plainly_are_not_hype(sentence: str) -> None:
    clean(MIRACLE, sentence)


# -- own-cells-so-safe -----------------------------------------------------------------

OWN = "own-cells-so-safe"


@pytest.mark.parametrize(
    "sentence",
    [
        "With your own cells there is no worry that the body will reject them.",
        "There is no concern that your body will reject the cells.",
    ],
)
def test_no_worry_of_rejection_is_safety_from_the_cells_source(sentence: str) -> None:
    raises(OWN, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "These cells have very low immunogenicity, so anyone can receive them.",
        "They carry little risk because they are made of one's own blood and bone marrow.",
    ],
)
def test_cells_said_to_escape_the_immune_system_are_said_to_be_safe(sentence: str) -> None:
    raises(OWN, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cord cells are immune privileged, so anyone can receive them.",
        "Amniotic fluid is immune neutral, so anyone can use it.",
    ],
)
def test_donor_cells_said_to_escape_the_immune_system_are_safety_not_own_cells(
    sentence: str,
) -> None:
    """Said of donor cells (cord, amniotic), the same wording is a safety claim, not the
    patient's own cells argued safe (the recorded call on di12; ownsafe1,
    `check/whosecells.py`): these two raised own-cells-so-safe before that round."""
    clean(OWN, sentence)
    assert "fewer-side-effects" in benefits(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Claims that cord cells are immune privileged are not proven.",
        "Is there any worry that my body will reject the cells?",
        "Even cells from a donor can cause an immune reaction.",
        "Even if the cells are your own, there are safety risks.",
        "Researchers study the low immunogenicity of cord cells.",
        "Immune privileged status makes cord cells attractive for research.",
    ],
)
def test_a_doubt_or_a_patient_s_question_about_rejection_is_no_safety_claim(
    sentence: str,
) -> None:
    clean(OWN, sentence)


# -- no-risk-claim ---------------------------------------------------------------------

NO_RISK = "no-risk-claim"


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no downtime and no risk.",
        "There is no downtime, no scarring and no risk.",
        "No hospital stay and no risks.",
        "Patients are never worse off than before.",
        "You have nothing to lose.",
        "We can be certain that stem cells will not in any way harm the patient.",
        "These cells cannot hurt the body.",
    ],
)
def test_no_risk_in_a_list_of_noes_or_nothing_to_lose_is_no_risk(sentence: str) -> None:
    raises(NO_RISK, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no cure and no approved product.",
        "Watch out for clinics that say you have nothing to lose.",
        "Desperate patients often feel they have nothing to lose.",
    ],
)
def test_a_list_of_noes_without_risk_or_a_warning_is_no_risk_claim(sentence: str) -> None:
    clean(NO_RISK, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no known case of MSCs forming tumours.",
        "There have been no reported cases of infection with our cells.",
    ],
)
def test_no_harm_on_record_is_a_claim_of_no_risk(sentence: str) -> None:
    raises(NO_RISK, sentence)


def test_no_serious_harm_on_record_rules_out_only_the_serious() -> None:
    """Only serious complications are ruled out, which is no absolute (the recorded
    call on a trial's "no serious adverse effects")."""
    clean(NO_RISK, "There were no reported cases of serious complications.")


# -- fda-status-claim ------------------------------------------------------------------

FDA = "fda-status-claim"


@pytest.mark.parametrize(
    "sentence",
    [
        "All donor tissue is screened and qualified under FDA CFR 21 Part 1271.",
        "Our product meets FDA 361 rules.",
        "Our cells are processed in a cGMP facility.",
        "Our GMP-aligned laboratory makes every batch.",
        "The FDA sets safety guidelines for stem cells, and we meet all of them.",
        "Bone marrow meets all of the FDA's criteria.",
        "We follow the FDA's guidelines to the letter.",
    ],
)
def test_the_tissue_rules_own_words_as_a_seal_are_fda_words(sentence: str) -> None:
    raises(FDA, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Clinics must comply with 21 CFR Part 1271.",
        "A cGMP label does not mean the product is approved.",
        "Ask whether the clinic's cells come from a GMP laboratory.",
        "Is the lab cGMP certified?",
        "Does the product meet FDA requirements?",
        "Clinics must follow the FDA's rules.",
        "The FDA inspected the cGMP facility and found violations.",
        "Make sure the lab follows GMP standards.",
        "Check that the cells were made in a GMP laboratory.",
    ],
)
def test_a_duty_a_failing_or_advice_about_the_rules_is_no_seal(sentence: str) -> None:
    clean(FDA, sentence)


# -- pay-to-join-trial -----------------------------------------------------------------

TRIAL = "pay-to-join-trial"


@pytest.mark.parametrize(
    "sentence",
    [
        "Join our patient-sponsored study.",
        "Treatment is given in a self-paid research protocol.",
        "Our protocol is overseen by an institutional review board.",
        "Our study is IRB certified.",
    ],
)
def test_a_study_the_patient_pays_for_or_an_ethics_board_as_a_seal(sentence: str) -> None:
    raises(TRIAL, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A study approved by an IRB is not proof that a treatment works.",
        "Be wary of patient-funded trials.",
        "Once enrolled, patients are not charged for any therapy that is part of the research.",
    ],
)
def test_a_debunking_a_warning_or_a_free_trial_is_no_pay_to_join(sentence: str) -> None:
    clean(TRIAL, sentence)


# -- many-conditions -------------------------------------------------------------------

MANY = "many-conditions"


@pytest.mark.parametrize(
    "sentence",
    [
        "We treat pretty much every ailment.",
        "Conditions range from burns and strains to just about every other common ailment.",
        "It corrects almost everything from knee injuries to wrinkles.",
        "Once injected, the stem cells begin repairing nearly any damage in the body.",
    ],
)
def test_one_word_for_almost_every_ailment_is_many_conditions(sentence: str) -> None:
    raises(MANY, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No treatment helps just about every ailment.",
        "Be sceptical of clinics that claim to treat pretty much every disease.",
        "Stem cells have been tested for just about every disease.",
    ],
)
def test_a_negated_or_warned_against_cure_all_is_not_offered(sentence: str) -> None:
    clean(MANY, sentence)
