"""Warning signs and benefit claims read from what reporters, regulators and critics
write (issue 14, precision, third round).

Careful and news pages report claims over several sentences and in their own words: a
seller's website or a lawsuit reported, a claim reported in a sentence of its own after
the one naming its speaker, a worry or a fear, "reportedly", promises called wild, what a
field of research covers, a claim called nonsense, a headline that sets a claim against
its doubt, patients seeking cures, safety measures set in place, evidence that ranges
from promising to weak, the share that failed, approval denied by a prefix. For each
rule, sentences of that kind that must not raise the finding, and advert sentences that
still must.
"""

from __future__ import annotations

import pytest
from findings import clean, flag_pair, raises, red_flags

MANY = "lupus, diabetes, Parkinson's disease and multiple sclerosis"


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "The clinic's website still lists a 100% patient satisfaction rate.",
            "We have a 100% patient satisfaction rate.",
        ),
        (
            "The StemCo website still lists a 100% patient satisfaction rate.",
            "Our website: a 100% patient satisfaction rate.",
        ),
        (
            "According to the lawsuit, the clinic had a 95% success rate.",
            "Patients enjoy a 95% success rate.",
        ),
    ],
)
def test_a_sellers_website_or_a_lawsuit_reported(careful: str, advert: str) -> None:
    flag_pair("high-success-rate", careful, advert)


def test_the_parties_of_a_lawsuit_are_not_offered_treatment() -> None:
    flag_pair(
        "many-conditions",
        f"The four lead plaintiffs sought treatment for {MANY}.",
        f"Our stem cells treat {MANY}.",
    )


def test_a_claim_reported_in_a_sentence_of_its_own() -> None:
    clean(
        "cure-claim",
        "The clinic's website says its cells rebuild cartilage. It also promises a cure.",
    )
    assert "cure-claim" not in red_flags(
        "The clinic's website says its cells rebuild cartilage.", "It also promises a cure."
    )
    raises("cure-claim", "Our cells rebuild cartilage. They are a cure.")


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "testimonials-as-evidence",
            "Doctors worry that pro athletes are misleading the public.",
            "Pro athletes trust our stem cell treatments.",
        ),
        (
            "medical-tourism",
            "Several players have reportedly gone overseas for stem cell treatments.",
            "Several players have gone overseas for stem cell treatments with us.",
        ),
        (
            "high-success-rate",
            "Clinics make wild promises of 100 percent success.",
            "Our clinic has 100 percent success.",
        ),
    ],
)
def test_a_worry_a_reporters_distance_and_wild_promises(
    flag: str, careful: str, advert: str
) -> None:
    flag_pair(flag, careful, advert)


def test_what_a_field_of_research_covers_is_not_offered() -> None:
    flag_pair(
        "many-conditions",
        f"Major areas of focus of regenerative medicine include {MANY}.",
        f"Our areas of focus include {MANY}.",
    )


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "cure-claim",
            "A permanent cure for arthritis with one injection is a fantasy.",
            "A permanent cure for arthritis with one injection.",
        ),
        (
            "miracle-language",
            "Stem cells for knees: miracle cure or hype?",
            "Stem cells for knees: a miracle cure.",
        ),
    ],
)
def test_a_claim_called_nonsense_or_set_against_its_doubt(
    flag: str, careful: str, advert: str
) -> None:
    flag_pair(flag, careful, advert)


@pytest.mark.parametrize(
    ("flag", "careful", "advert"),
    [
        (
            "cure-claim",
            "Many athletes seek these cures after an injury.",
            "Our injections cure knee arthritis.",
        ),
        (
            "no-risk-claim",
            "An IND is needed to ensure safety measures are in place before treatment.",
            "We ensure your safety.",
        ),
        (
            "promised-results",
            "The evidence ranges from promising relief to mixed results.",
            "We promise lasting relief.",
        ),
        (
            "high-success-rate",
            "About 20 percent of treatments are not effective.",
            "About 90 percent of our patients improve.",
        ),
        (
            "fda-status-claim",
            "Clinics sell non-FDA approved treatments.",
            "Our clinic sells FDA approved treatments.",
        ),
    ],
)
def test_guards_of_an_entry(flag: str, careful: str, advert: str) -> None:
    flag_pair(flag, careful, advert)


def test_items_after_a_colon_of_a_reported_lead_in() -> None:
    clean(
        "no-risk-claim",
        "Numerous claims were made at the seminar: no potential for rejection; no side "
        "effects, including no pain; and FDA approval.",
    )
    raises(
        "no-risk-claim",
        "What we offer at our clinic: no potential for rejection; no side effects, "
        "including no pain; and a quick recovery.",
    )


def test_a_question_of_a_faq() -> None:
    flag_pair(
        "fda-status-claim",
        "Q: Is PRP FDA-approved for pain management?",
        "Q: What is PRP? It is FDA-approved for pain management.",
    )
