"""A share of patients relieved is a success rate (fared1, `fared:` in
data/check/advert_words.yaml, `check/figures.py`): the spec's high-success-rate is a
success or efficacy percentage in any wording, given as the offer's, and a share of
patients is read as one only when its sentence says how they fared. Verbs of relief say
it as well as "relief" and "improved" do: "relieves pain in 80% of our patients", "eases
symptoms in 70-85% of cases". Made-up wordings, not pages'; each with look-alikes that must
still be found ("helps 9 in 10 patients avoid surgery", "90% of our patients report
less pain") and look-alikes that must stay silent: a share of people with a disease, a
rival treatment's relief, a rate of failure."""

from __future__ import annotations

import pytest
from findings import red_flags, rule_cases

RATE = "high-success-rate"

RULES = [
    (
        "a verb of relief says how a share of patients fared",
        RATE,
        (
            # found only with the verbs of relief
            "Our injections relieve pain in 80% of our patients.",
            "The treatment relieves symptoms in 70-85% of cases.",
            "The injection eases knee pain in 75% of patients.",
            "Our therapy eased back pain for 90% of our clients.",
            "Relieving joint pain in 85% of our patients, it lasts for years.",
            "The procedure alleviates symptoms in 88% of patients.",
            # the look-alikes that must still be found, with and without the change
            "Our treatment helps 9 in 10 patients avoid surgery.",
            "90% of our patients report less pain.",
            "We have a success rate of 85%.",
        ),
        (
            "40% of adults over 60 have knee arthritis.",
            "Painkillers help 30% of patients for a few hours.",
            "Painkillers relieve pain in 30% of patients for a few hours.",
            "Surgery has a 57% retear rate after repair.",
            "About 30% of patients eventually need surgery.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_a_verb_of_relief_says_how_patients_fared(flag: str, sentence: str, raised: bool) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence
