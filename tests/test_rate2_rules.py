"""A pair of numbers is a share as a fraction, not as a range (rate2, `check/figures.py`):
the spec's high-success-rate is a success or efficacy percentage or an "N out of 10
patients" figure, and two numbers side by side count patients as a fraction, the first
over the second ("9/10 patients", "7/8 reported excellent results", "14/16 patients
improved"). Two numbers joined by a dash are a range, an amount or an identifier ("30-60
cc of the patient's own marrow", "$2,500 - $4,000, and a comparable treatment", "ISSN
1234-5678, Case Series", "20-30 new cases every week"), and a "fraction" whose first
number is the larger ("from 28/11 new patients get a follow-up") is a date: none says
how many of the patients fared well. Made-up wordings, not pages'; each with look-alikes
that must still raise the flag, fractions and the flag's other wordings ("90% of our
patients report less pain", "a success rate of 85%", "eight out of ten patients avoid
surgery")."""

from __future__ import annotations

import pytest
from findings import red_flags, rule_cases

RATE = "high-success-rate"

RULES = [
    (
        "two numbers are a share of patients as a fraction, not as a range or a date",
        RATE,
        (
            # the look-alikes that must still be found: fractions
            "Remarkably, 9/10 patients say they would recommend the treatment.",
            "At one year, 7/8 reported good or excellent results.",
            "In our series, 14/16 patients improved.",
            "12 / 15 patients healed completely.",
            # and the flag's other wordings
            "90% of our patients report less pain.",
            "We have a success rate of 85%.",
            "Eight out of ten patients avoid surgery.",
            "Nine in ten patients improve within weeks.",
            "Between 80-90% of our patients report lasting relief.",
        ),
        (
            "We draw 30-60 cc of the patient's own bone marrow from the hip.",
            "A kit costs $2,500 \u2013 $4,000, and a comparable treatment abroad costs more.",
            "Journal of Regenerative Orthopedics, ISSN 1234-5678, Case Series",
            "We see 20-30 new cases every week, and most of them improve.",
            "Our clinic has treated 1,500-2,000 patients since we opened, with great results.",
            "From 28/11 new patients get a follow-up visit to check their improvement.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_a_fraction_is_a_share_and_a_range_is_not(flag: str, sentence: str, raised: bool) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence
