"""A share of patients told as "N of M" or "N of them" is a success rate when its
sentence says how they fared (rate3, `figures.Shares`, `share_refers:` and `fared:` in
data/check/advert_words.yaml): the spec's high-success-rate is a success or efficacy
figure in any wording, "N out of 10 patients" among them. "N in M" and "N out of M"
already stood on any word of faring; "N of M patients" needed one of the few words of
`{success}`, so "11 of 12 patients were pain free" was missed. And a share of the group
named before it in its sentence ("we treated 20 patients, and 18 of them were pain free")
counts patients as well as "18 of 20 patients" does; when the group named before is no
group of patients ("we reviewed 12 trials, and 3 of them showed a benefit"), or no group
is named, it counts something else. Made-up wordings, not pages'; each with look-alikes
that must still be found and look-alikes that must stay silent."""

from __future__ import annotations

import pytest
from findings import red_flags, rule_cases

RATE = "high-success-rate"

RULES = [
    (
        "N of M patients is a share of patients like N in M and N out of M",
        RATE,
        (
            # found only with the change
            "11 of 12 patients were pain free.",
            "14 of the 16 patients were pain free at six months.",
            "9 of 10 patients returned to sport within a year.",
            "Eight of ten patients walked without a cane after treatment.",
            # the look-alikes that must still be found, with and without the change
            "nine in ten of our patients improve.",
            "Nine out of ten patients improve after one injection.",
            "21 of the 26 patients had significant improvements in pain.",
        ),
        (
            "1 in 4 adults has knee pain.",
            "3 of 5 trials showed no benefit.",
            "The risk of infection is cut in half with sterile technique.",
            "80% of knee replacements last 20 years.",
            "3 of 12 patients needed surgery later.",
            "2 of the 40 patients came from abroad.",
        ),
    ),
    (
        "N of them is a share of the group of patients named before it",
        RATE,
        (
            # found only with the change
            "We treated 20 patients, and 18 of them were pain free at one year.",
            "The procedure was tried on 12 people, and 10 of them responded well.",
            "Of the 30 patients we followed, 27 of these improved.",
            # the look-alikes that must still be found, with and without the change
            "We treated 20 patients, and 18 of 20 patients improved.",
            "90% of our patients report less pain.",
        ),
        (
            "We reviewed 12 trials, and 3 of them showed a benefit.",
            "We treated 12 patients, and 2 of them needed surgery.",
            "We treated 12 patients, and one of them improved.",
            "Many clinics advertise, and 5 of them claim to help.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_a_share_of_patients_told_as_n_of_m_or_n_of_them(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence
