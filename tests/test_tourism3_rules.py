"""A rule at home escaped is medical tourism only set against another country (tourism3,
`banned-at-home:` and `abroad-named:` in data/check/advert_words.yaml, a pair of
`pairs: medical-tourism:`). The spec's second reading of the flag is "treatment offered
in another country to escape home rules": two things, a rule at home that withholds the
treatment and a country abroad where it is given. A ban at home said alone ("using human
embryos to make stem cells is illegal in the United States") escapes nothing; set
against a place abroad anywhere in the page, in the same sentence or another ("not
legally approved in many US cities ... legal in Costa Rica"), it is the offer. Made-up
sentences, not pages'; each with look-alikes that must still be found (the spec's
packages and patients flown in) and look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest
from findings import red_flags, rule_cases

TOURISM = "medical-tourism"

RULES = [
    (
        "a ban at home counts only set against another country",
        TOURISM,
        (
            # found only with the change: a ban at home in one sentence, the country
            # where it is legal in the next
            "Stem cell therapies are still not legally approved in many US cities. Stem cell"
            " treatments are, however, legal in Costa Rica.",
            "Cultured cells are not legally available to you. In Panama they are.",
            # the look-alikes that must still be found, with and without the change
            "Cultured cells are illegal in the United States, but in Mexico they are given"
            " every day.",
            "Cultured stem cells are banned in Canada. We treat patients in Cancun.",
            "This treatment is unavailable in the US. Our clinic in Panama offers it.",
            "Cultured cells are restricted in the U.S. In Medellín, injections cost $800.",
            "This treatment is unavailable in Canada, so patients come to us.",
            "Get cell counts that are unavailable in the United States.",
            "Our package includes airport transfers, five nights in a hotel and the injections.",
            "Patients fly in from the US and Canada for treatment at our Cancun clinic.",
        ),
        (
            # silent only with the change: a ban at home with no country abroad
            "Using human embryos to make stem cells is very controversial (and illegal in"
            " the United States).",
            "Selling cultured cells is illegal in the United States.",
            "Cultured cells are unapproved in the US and the FDA is reviewing them.",
            # the look-alikes that must stay silent, with and without the change
            "Patients who travel abroad for stem cells have come home with infections.",
            "The FDA warns against travelling for unproven treatment.",
            "Stem cell therapy is not FDA approved for general use.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_a_ban_at_home_is_escaped_only_against_another_country(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence
