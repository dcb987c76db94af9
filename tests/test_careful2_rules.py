"""A claim that others are telling or selling is reported, not made (round careful2).

The spec's recorded call: a claim reported as someone else's does not show it ("some
clinics advertise cures"). `reported_speech:` (data/check/advert_words.yaml,
`check/reported.py`) read the verbs of saying and selling in their base, third-person
and past forms only ("say", "says", "said"), so the same report in the -ing form, the
progressive ("athletes are telling the public", "ads keep claiming") or a third party
with the verb after it ("clinics selling ... for knees, back pain, cancers"), counted as
the page's own claim. On the careful train pages that do not read as a warning, the
largest group of false alarms, sorted by sentence structure, was the claim reported as
someone else's; of its shapes, this one is rare among the hits of the other pages.

"promising" is left out: it is an adjective far more often ("a promising treatment").
Made-up sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits, claim_pair, flag_pair, red_flags

REGENERATION = "tissue-regeneration"


@pytest.mark.parametrize(
    ("reported", "made"),
    [
        # the progressive of a verb of telling, a third party its subject
        (
            "Star athletes are telling the public that stem cell shots regenerate cartilage.",
            "Our stem cell injections regenerate cartilage.",
        ),
        (
            "Some doctors keep saying the injections regrow cartilage.",
            "Our doctors keep saying the injections regrow cartilage.",
        ),
        # the progressive of a verb of selling
        (
            "Clinics are selling injections that regenerate cartilage.",
            "We are selling injections that regenerate cartilage.",
        ),
    ],
)
def test_a_claim_others_are_telling_or_selling_is_reported(reported: str, made: str) -> None:
    claim_pair(REGENERATION, reported, made)


def test_sellers_selling_a_list_of_diseases_is_reported() -> None:
    flag_pair(
        "many-conditions",
        "Clinics selling stem cells for knees, back pain, cancers, autism and neuropathy"
        " have sprung up in every town.",
        "Our clinic treats knees, back pain, cancers, autism and neuropathy with stem cells.",
    )


@pytest.mark.parametrize("flag", ["cure-claim", "miracle-language"])
def test_a_cure_others_are_advertising_is_reported(flag: str) -> None:
    flag_pair(
        flag,
        "Marketers are advertising a miracle cure for bad knees.",
        "We are advertising a miracle cure for bad knees.",
    )


def test_promising_is_no_verb_of_telling() -> None:
    # "promising" left out of the list: an adjective far more often than a verb
    assert REGENERATION in benefits(
        "They are a promising treatment that regenerates damaged cartilage."
    )


def test_an_advert_s_own_study_still_counts() -> None:
    assert "high-success-rate" in red_flags("In our clinic's study, 80% of patients improved.")


@pytest.mark.parametrize(
    "silent",
    [
        "The study found that the injections did not regrow cartilage.",
        "Researchers hope the cells could one day repair discs.",
    ],
)
def test_a_study_s_negative_finding_and_researchers_hopes_stay_silent(silent: str) -> None:
    assert REGENERATION not in benefits(silent)
