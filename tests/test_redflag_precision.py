"""Warning signs that careful and news pages only talk about (issue 14, precision).

Each rule is a kind of sentence that discusses what adverts sell without selling it: a
legal action, what one sees in ads, a reported word, a warning, a wish, a sports league,
testimonials as a topic, FDA approval of other products, a count of trials, a place on a
team, research called cutting-edge, medical tourism defined or counted. For each, careful
sentences that must not raise the warning sign, and advert sentences that still must.
"""

from __future__ import annotations

import pytest
from findings import flag_pair as _check

MANY = "Parkinson's disease, autism, multiple sclerosis, heart disease and macular degeneration"


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "many-conditions",
            f"The clinic settled charges by the FTC that its therapy can treat {MANY}.",
            f"Our therapy can treat {MANY}.",
        ),
        (
            "cure-claim",
            "The order bars the clinic from saying that its product cures arthritis.",
            "Our product cures arthritis.",
        ),
        (
            "cure-claim",
            "The clinic misrepresented that its product cures arthritis.",
            "Our injections cure arthritis.",
        ),
    ],
)
def test_a_legal_action_reports_or_forbids_claims(flag: str, careful: str, advert: str) -> None:
    _check(flag, careful, advert)


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "miracle-language",
            'If you have seen ads for exosomes, "next-generation stem cell treatment", '
            "you have met the hype.",
            "Our next-generation stem cell treatment rebuilds cartilage.",
        ),
        (
            "promised-results",
            "If you search online, you will see boutique practices promising knee "
            "regeneration, back pain relief and more.",
            "Our practice promises knee regeneration, back pain relief and more.",
        ),
        (
            "many-conditions",
            "Stem cell treatments marketed for joint pain, anti-aging, neurological "
            "conditions or aesthetic use are not FDA-approved for those purposes.",
            "Our stem cell treatments help joint pain, anti-aging, neurological conditions "
            "and aesthetic concerns.",
        ),
    ],
)
def test_what_ads_show_or_sell_things_as_is_reported(flag: str, careful: str, advert: str) -> None:
    _check(flag, careful, advert)


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "miracle-language",
            'Yet others have called them "miraculous."',
            "Our patients call the results miraculous.",
        ),
        (
            "high-success-rate",
            "They went to a seminar led by a chiropractor who said that the success rate "
            "of these procedures is around 80%.",
            "The success rate of our procedures is around 80%.",
        ),
        (
            "promised-results",
            '"You will be able to walk again without pain," are the words Frank was told.',
            '"You will be able to walk again without pain," says Dr. Lee.',
        ),
    ],
)
def test_words_put_in_others_mouths_are_not_the_pages_own(
    flag: str, careful: str, advert: str
) -> None:
    _check(flag, careful, advert)


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "medical-tourism",
            "Patients considering stem cell tourism should take heed of the case of a man "
            "who had overseas spinal implants.",
            "Patients from overseas come to our clinic for spinal implants.",
        ),
        (
            "medical-tourism",
            "The incidents have raised concerns about others who sought stem cell "
            "injection treatments abroad.",
            "We welcome people who seek stem cell injection treatments abroad.",
        ),
        (
            "cure-claim",
            "Such clinics are exploiting patients with promises of a cure.",
            "Our stem cells are a cure for arthritis.",
        ),
    ],
)
def test_a_warning_in_other_words_is_no_warning_sign(flag: str, careful: str, advert: str) -> None:
    _check(flag, careful, advert)


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "cure-claim",
            "Patients desperate for a cure will try anything.",
            "Our stem cells are a cure for arthritis.",
        ),
        (
            "miracle-language",
            "Patients desperate for a miracle will try anything.",
            "Our stem cells are a miracle for arthritis.",
        ),
        (
            "miracle-language",
            "Stem cells have gained a reputation as a miracle treatment.",
            "Stem cells are a miracle treatment for arthritis.",
        ),
        (
            "cure-claim",
            "Stem cells have gained a reputation as a potential cure for many ailments.",
            "Stem cells are a cure for many ailments.",
        ),
    ],
)
def test_a_wish_or_a_reputation_claims_nothing(flag: str, careful: str, advert: str) -> None:
    _check(flag, careful, advert)


@pytest.mark.parametrize(
    "careful",
    [
        "An NFL spokesman said players may have the treatment.",
        "Manning has thrown thousands of perfect passes in NFL games.",
        "The NFL should fund research on these treatments.",
        "The NFL has a problem with stem cell treatments.",
    ],
)
def test_a_sports_league_as_an_institution_is_no_testimonial(careful: str) -> None:
    _check("testimonials-as-evidence", careful, "NFL players choose our stem cell injections.")


@pytest.mark.parametrize(
    "careful",
    [
        "Most of these clinics use testimonials from successfully treated patients.",
        "Use of testimonials",
        "The regulator looks at the disclaimers following testimonials.",
        "Testimonials that refer to these products are also likely to be considered advertising.",
        "There is scant evidence that the shots work, aside from ardent testimonials.",
    ],
)
def test_testimonials_as_a_topic_are_no_testimonial(careful: str) -> None:
    _check("testimonials-as-evidence", careful, "Read our patient testimonials.")


@pytest.mark.parametrize(
    "careful",
    [
        "FDA approved hematopoietic stem cell transplants are covered by insurers.",
        "Hematopoietic stem cell transplants are FDA approved.",
        "The only FDA-approved stem cell products are blood-forming stem cells from cord blood.",
        "FDA has approved cord blood products for blood and immune disorders.",
        "There is a small number of FDA-approved cellular products used in very specific "
        "conditions.",
    ],
)
def test_fda_approval_of_other_products_is_no_fda_status_claim(careful: str) -> None:
    _check("fda-status-claim", careful, "Our cord blood products are FDA approved.")


def test_compliance_required_is_no_fda_status_claim() -> None:
    _check(
        "fda-status-claim",
        "The clinic cannot treat patients until it complies with FDA regulations.",
        "Our lab complies with FDA regulations.",
    )


def test_a_count_of_trials_is_no_count_of_conditions() -> None:
    _check(
        "many-conditions",
        "Stem cells are under study in hundreds of clinical trials as disease treatments.",
        "Our cells help with hundreds of diseases.",
    )


def test_a_place_on_a_team_is_no_booking() -> None:
    _check(
        "urgency-pressure",
        "He claimed a spot in the Yankees' starting rotation.",
        "Claim a spot in our next seminar.",
    )


def test_research_called_cutting_edge_is_not_the_offer() -> None:
    _check(
        "miracle-language",
        "Stem cells are the subject of cutting edge research in laboratories.",
        "Our cutting-edge treatment rebuilds cartilage.",
    )


@pytest.mark.parametrize(
    "careful",
    [
        "Medical tourism, when Americans travel abroad for treatment, has been on the rise.",
        "Stem cell tourism: this means travelling, often abroad, to pay for unproven treatments.",
        "Medical tourism, that is, going to another country for care, is growing.",
        "The number of medical tourists each year is in the millions.",
    ],
)
def test_medical_tourism_defined_or_counted_is_not_offered(careful: str) -> None:
    _check("medical-tourism", careful, "Travel abroad for treatment at our clinic.")


def test_a_reported_lead_governs_past_negations_of_earlier_clauses() -> None:
    """ "Claimed as:" reaches every quoted item, though "no side effects" before "no
    rejection" is a negation of its own clause."""
    items = '"minimal side effects", "no side effects", "no rejection"'
    _check("own-cells-so-safe", f"Claimed as: {items}", f"Our promise: {items}")


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "Long-term safety is unknown, even with your own cells.",
            "Safety is guaranteed with your own cells.",
        ),
        (
            "Your own cells have still caused serious harm outside trials, so safety matters.",
            "Your own cells are safe.",
        ),
    ],
)
def test_own_cells_said_to_harm_or_of_unknown_safety_are_no_safety_claim(
    careful: str, advert: str
) -> None:
    _check("own-cells-so-safe", careful, advert)


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "medical-tourism",
            "Mexico is a common destination for dental and plastic surgery.",
            "Mexico is a leading destination for stem cell therapy.",
        ),
        (
            "testimonials-as-evidence",
            "In 18 tennis players with stubborn tennis elbow, pain fell.",
            "Tennis players choose our clinic.",
        ),
        (
            "no-risk-claim",
            "No study reported side effects with and without cells side by side.",
            "No study reported side effects.",
        ),
        (
            "high-success-rate",
            "In 2018, twelve US patients developed infections after cord blood products.",
            "In 2018, twelve US patients improved after our cord blood products.",
        ),
        (
            "high-success-rate",
            "Of the centres, 36 quoted success rates.",
            "Our success rate is 90%.",
        ),
    ],
)
def test_what_is_said_of_other_care_study_participants_or_harmed_patients(
    flag: str, careful: str, advert: str
) -> None:
    _check(flag, careful, advert)


def test_a_word_in_quotes_right_after_a_debunking_is_debunked() -> None:
    _check(
        "cure-claim",
        'The case shows unproven "cures" with no science behind them.',
        'Our treatment "cures" arthritis.',
    )


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "medical-tourism",
            "Patients who go abroad for stem cell, exosome, cancer or transplant services "
            "can be easy targets.",
            "Patients who go abroad for stem cell, exosome or transplant services love our clinic.",
        ),
        (
            "pay-up-front",
            "Clinics in a 2024 court case charged $41,500 for a package of twelve.",
            "We charge $41,500 for a package of twelve.",
        ),
        (
            "miracle-language",
            "Wouldn't it be great if there was a solution that was safe, effective and "
            "cutting-edge?",
            "Ours is a solution that is safe, effective and cutting-edge.",
        ),
        (
            "pay-to-join-trial",
            "Pointing to a listing on clinicaltrials.gov is used to suggest a compliance "
            "that does not exist.",
            "Our study has a listing on clinicaltrials.gov.",
        ),
    ],
)
def test_targets_court_cases_wishes_and_devices_are_not_the_offer(
    flag: str, careful: str, advert: str
) -> None:
    _check(flag, careful, advert)
