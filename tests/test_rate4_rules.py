"""A share of patients told as a fraction in words is a success rate when its sentence
says how they fared (rate4, `figures.Shares`, `share_fractions:` and the group
`fraction` in data/check/advert_words.yaml): the spec's high-success-rate is a success or
efficacy percentage in any wording, and "two thirds of our patients improved" is 67% in
words, as "nine out of ten patients improve" is 90%. A fraction of patients that says
nothing of how they fared ("half of patients with knee pain have arthritis", "a third
of our patients come from abroad") counts them for something else, as "80% of cases are
in the knee" does. Made-up wordings, not pages'; each with look-alikes that must still be
found and look-alikes that must stay silent."""

from __future__ import annotations

import pytest
from findings import CATALOG, red_flags, rule_cases

from stemcell_cli.check.wordings import lexicon_for

RATE = "high-success-rate"

RULES = [
    (
        "a fraction of patients in words is a share of patients like N out of M",
        RATE,
        (
            # found only with the change
            "Two thirds of our patients improved.",
            "Two-thirds of our patients report less pain.",
            "Half of our patients were pain free at one year.",
            "Three quarters of patients reported improvement.",
            "About a third of the 40 patients recovered fully.",
            # the look-alikes that must still be found, with and without the change
            "Three out of four patients improve.",
            "Nine out of ten patients report relief.",
            "67% of our patients improved.",
        ),
        (
            "About half of patients with knee pain have arthritis.",
            "A third of our patients come from abroad.",
            "One third of patients need surgery later.",
            "Two thirds of adults over 60 have knee arthritis.",
            "The risk of infection is cut in half with sterile technique.",
            "Half of the cost is paid up front.",
            "Pain relief was about half of what most patients notice.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_a_fraction_of_patients_in_words(flag: str, sentence: str, raised: bool) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


def test_the_fraction_words_looked_for_are_the_ones_read() -> None:
    """Every word of the group `fraction` that the flag's wording looks for is one that
    `figures.Shares` reads as a share, so no fraction is found without its faring."""
    lexicon = lexicon_for(CATALOG)
    looked_for = {
        word.casefold() for text in lexicon.groups["fraction"] for word in text.split("|")
    }
    read = {word.casefold() for text in lexicon.share_fractions for word in text.split("|")}
    assert looked_for <= read
