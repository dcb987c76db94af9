"""Warning signs and benefit claims read from sentences that only talk about them (issue
14, precision, second round).

Careful and news pages, and adverts' own asides, speak of other treatments, other
diseases, the rules and the reader's wishes: the FDA named as what has NOT approved, a
question asked in a wh-word order, approval of blood-forming products, the body's own
deposit of scar tissue, a wish for a cure, a drug or the usual care defined by what it
does, what keeps tissue from healing, a surgical repair that fails, surgery named as the
treatment that repairs, other diseases named as risks, harms or a yardstick. For each
rule, sentences of that kind that must not raise the finding, and advert sentences that
still must.
"""

from __future__ import annotations

import pytest
from findings import benefits, claim_pair, clean, flag_pair, raises

MANY = "Parkinson's disease, autism, multiple sclerosis and macular degeneration"


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "So far the FDA has not approved any stem cell product for joint conditions.",
            "The FDA has approved our stem cell products for joint conditions.",
        ),
        (
            "To date the FDA hasn't cleared any exosome product for knee pain.",
            "Our exosome product is FDA cleared for knee pain.",
        ),
    ],
)
def test_the_fda_named_as_what_has_not_approved(careful: str, advert: str) -> None:
    flag_pair("fda-status-claim", careful, advert)


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "Which cell therapies has the FDA approved so far?",
            "Our cell therapies are approved by the FDA.",
        ),
        (
            "Which of these products did the FDA clear for sale?",
            "These products were cleared by the FDA for sale.",
        ),
    ],
)
def test_a_question_in_question_order_asks(careful: str, advert: str) -> None:
    flag_pair("fda-status-claim", careful, advert)


def test_approval_of_products_for_blood_disorders_is_not_the_offer() -> None:
    flag_pair(
        "fda-status-claim",
        "The only cell products with full FDA approval come from umbilical cord blood and "
        "treat blood production disorders.",
        "Our cells come from umbilical cord blood processed in an FDA approved lab.",
    )


def test_the_body_depositing_tissue_is_no_payment() -> None:
    flag_pair(
        "pay-up-front",
        "After a tear the body deposits scar tissue in place of the tendon.",
        "A deposit is required to book your procedure.",
    )


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "Most people with back pain want to ease it rather than find a cure.",
            "Our injections cure back pain.",
        ),
        (
            "Many patients hope to find a cure for their arthritis somewhere.",
            "We finally found the cure for arthritis.",
        ),
        (
            "Most care for back pain aims to ease it rather than find a cure.",
            "Our care for back pain aims to find a cure.",
        ),
    ],
)
def test_a_wish_for_a_cure_is_no_cureclaim_pair(careful: str, advert: str) -> None:
    flag_pair("cure-claim", careful, advert)


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "Steroids are medications that can reduce inflammation in the joint.",
            "Stem cells are a treatment that can reduce inflammation in the joint.",
        ),
        (
            "Doctors usually start with conservative care to reduce inflammation.",
            "Unlike conservative care, our cells reduce inflammation.",
        ),
    ],
)
def test_a_drug_or_the_usual_care_defined_by_its_aim(careful: str, advert: str) -> None:
    claim_pair("reduced-inflammation", careful, advert)


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "Poor blood supply keeps tendons and ligaments from healing.",
            "Our cells help tendons and ligaments heal.",
        ),
        (
            "Six in ten large tears end in a failure of the repair and a new tear.",
            "Our cells repair large tears within weeks.",
        ),
        (
            "Often knee surgery is the usual treatment to repair a torn ligament.",
            "Our injections repair a torn ligament without knee surgery.",
        ),
    ],
)
def test_what_keeps_tissue_from_healing_or_a_repair_that_fails(careful: str, advert: str) -> None:
    claim_pair("tissue-regeneration", careful, advert)


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "Rheumatoid arthritis can bring a high cardiovascular risk, and lupus, diabetes "
            "and dementia too.",
            "Our cells treat rheumatoid arthritis, lupus, diabetes, heart disease and dementia.",
        ),
        (
            "Taken for years, these drugs raise the risk of heart failure, stroke, kidney "
            "disease and dementia.",
            "Our cells treat knees, heart failure, stroke, kidney disease and dementia.",
        ),
        (
            "Painkillers taken for years can cause stomach ulcers, kidney disease, heart "
            "failure and dementia.",
            "Our one injection helps knees, kidney disease, heart failure and dementia.",
        ),
        (
            "Spending on back pain is higher than on diabetes, heart disease, stroke or dementia.",
            "We treat back pain, diabetes, heart disease, stroke and dementia.",
        ),
    ],
)
def test_other_diseases_named_as_risks_harms_or_a_yardstick(careful: str, advert: str) -> None:
    flag_pair("many-conditions", careful, advert)


def test_selling_words_of_a_critic_report_aclaim_pair() -> None:
    flag_pair(
        "cure-claim",
        "The report found cash-only services touting stem cell shots to cure a host of conditions.",
        "Our stem cell shots cure a host of conditions.",
    )


def test_a_centre_named_for_restoration_is_no_repairclaim_pair() -> None:
    claim_pair(
        "tissue-regeneration",
        "The program grew out of the Cartilage Restoration Center, founded in 1995.",
        "At our center, your own cells restore cartilage.",
    )


@pytest.mark.parametrize(
    "careful",
    [
        "Regenerative medicine may help individuals avoid a knee operation.",
        "Our care is open to individuals with knee pain.",
    ],
)
def test_individuals_are_people_not_a_tailored_plan(careful: str) -> None:
    claim_pair("personalized-treatment", careful, "Every treatment plan is individualized for you.")


@pytest.mark.parametrize(
    "careful",
    [
        'The same "Call now, space limited" ploy was in the second ad too.',
        '"Book today, spots are filling" is a sales trick.',
    ],
)
def test_a_quotation_closed_right_before_a_debunking_is_debunked(careful: str) -> None:
    flag_pair("urgency-pressure", careful, "Call now: spots are filling fast.")


CITATION = "Dhinsa BS, Adesida AB. Curr Stem Cell Res Ther. 2012 Mar;7(2):143-8."


def test_a_journal_citation_claims_nothing() -> None:
    entry = f"Current therapies for cartilage repair and their limits. {CITATION}"
    assert not {"tissue-regeneration"} & benefits(entry), entry
    clean("cure-claim", entry)
    raises("cure-claim", "Our injections cure knee pain for good.")


def test_prose_that_cites_a_study_still_claims() -> None:
    """A long paragraph with a citation in it is prose: its own claims count."""
    filler = " ".join(["Patients come to us from all over the state for their knees."] * 6)
    prose = f"Our injections repair cartilage ({CITATION}) in weeks. {filler}"
    assert "tissue-regeneration" in benefits(prose)


def test_a_year_and_a_number_alone_make_no_citation() -> None:
    """Without two authors as surname and initials, a short block is prose."""
    assert "tissue-regeneration" in benefits(
        "Our injections repair cartilage in weeks (a pilot in 2019; 12 patients)."
    )


@pytest.mark.parametrize(
    "careful",
    [
        "During the exam the doctor checks the inflammation in your knee.",
        "Inflammation in the joint is checked by ultrasound at every visit.",
    ],
)
def test_inflammation_checked_in_an_exam_is_not_held_in_check(careful: str) -> None:
    claim_pair("reduced-inflammation", careful, "Our cells check inflammation in the knee.")


def test_a_survey_share_that_believed_makes_noclaim_pair() -> None:
    claim_pair(
        "avoid-surgery",
        "Nearly 19% believed the injections would be a less invasive option than surgery.",
        "Our injections are a less invasive option than surgery.",
    )


def test_a_count_of_patients_harmed_is_no_success_rate() -> None:
    flag_pair(
        "high-success-rate",
        "In 2018, 12 patients in three states became infected after stem cell shots.",
        "In 2018, 12 of 13 patients in our study improved.",
    )


def test_a_regulators_requirement_of_safety_is_no_safetyclaim_pair() -> None:
    claim_pair(
        "fewer-side-effects",
        "The FDA requires that such products be proven safe and effective before they are sold.",
        "Our treatment has been proven safe and effective.",
    )


@pytest.mark.parametrize(
    "careful",
    [
        "The term regenerative medicine refers to treatments that aim to repair damaged tissue.",
        "Regenerative medicine is defined as treatment that repairs or replaces damaged tissue.",
    ],
)
def test_a_definition_claims_nothing(careful: str) -> None:
    claim_pair(
        "tissue-regeneration",
        careful,
        "Regenerative medicine refers to treatments that repair damaged tissue.",
    )


@pytest.mark.parametrize(
    "careful",
    [
        "Hyaluronic acid injections are FDA approved for knee osteoarthritis.",
        "Cortisone shots are FDA approved and covered by insurance.",
    ],
)
def test_the_usual_drugs_approval_is_not_the_offers(careful: str) -> None:
    flag_pair("fda-status-claim", careful, "Our stem cell injections are FDA approved for knees.")


def test_what_to_do_if_a_clinic_says_something_reports_it() -> None:
    flag_pair(
        "fda-status-claim",
        "If a clinic says its product is FDA approved, ask to see the approval letter.",
        "Our product is FDA approved, and we will show you the approval letter.",
    )


@pytest.mark.parametrize(
    "careful",
    ["Doctors repair torn cartilage with surgery.", "Doctors repair torn cartilage surgically."],
)
def test_a_repair_without_surgery_is_the_offers_own(careful: str) -> None:
    """Surgery guards a repair only as the way it is done ("repaired with surgery")."""
    claim_pair("tissue-regeneration", careful, "Our cells repair torn cartilage without surgery.")
