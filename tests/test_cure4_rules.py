"""A cure reported as others' words or goods is no cure-claim (round cure4).

The spec (benchmarks/adverts/README.md) reads cure-claim as the offer said to cure, and
its recorded call on reported speech says a claim reported as someone else's is not the
page's own: "a cure that others sell reported by a careful page" is not the sign. The
reported-speech readers already knew the seller's frame ("touted as", "marketed as"),
third parties with a verb of saying or selling ("clinics sell cures", "doctors say") and
an aside that disowns its sentence ("the cells, it is claimed, rebuild discs"). Three
shapes of the same structure were missing, all on careful train pages of the first runs
(do05's three still-firing lines; ch01 and ey10 use the praise frame too):

- a thing praised by others as a cure: "hailed as", "praised as", "lauded as",
  "heralded as", "acclaimed as" (`not_asserting:`, beside "touted as");
- "those" as the third party that sells or says ("those who sell miracle cures")
  (`reported_speech: subjects:`);
- "argue" as a verb of saying, after its subject ("some doctors argue that ...") and in
  an aside ("if there truly were a cure, they argue, ...") (`reported_speech: verbs:` and
  `sentences._DISOWNING_ASIDE`).

Made-up sentences, each with a look-alike in the advert's own voice that must still be
found.
"""

from __future__ import annotations

import pytest
from findings import flag_pair

CURE = "cure-claim"


@pytest.mark.parametrize(
    ("reported", "claimed"),
    [
        (
            "For decades stem cell treatment has been praised as the cure for every ill.",
            "For decades our stem cell treatment has been the cure for every ill.",
        ),
        (
            "Stem cells are hailed as a cure for arthritis in the tabloids.",
            "Stem cells are a cure for arthritis, our doctors say.",
        ),
        (
            "The injections were heralded as a permanent cure for back pain.",
            "Our injections are a permanent cure for back pain.",
        ),
        (
            "Clinics have lauded stem cells as the cure for worn knees.",
            "Clinics like ours use stem cells as the cure for worn knees.",
        ),
    ],
)
def test_a_cure_praised_by_others_is_reported(reported: str, claimed: str) -> None:
    flag_pair(CURE, reported, claimed)


@pytest.mark.parametrize(
    ("reported", "claimed"),
    [
        (
            "If you believe those who sell miracle cures, stem cells cure every disease.",
            "Believe us: we sell the miracle cure, and stem cells cure every disease.",
        ),
        (
            "Those who sell stem cell shots promise to cure arthritis for good.",
            "Our stem cell shots cure arthritis for good.",
        ),
    ],
)
def test_a_cure_those_others_sell_is_reported(reported: str, claimed: str) -> None:
    flag_pair(CURE, reported, claimed)


@pytest.mark.parametrize(
    ("reported", "claimed"),
    [
        (
            "If there truly were a cure for these diseases, they argue, the drug industry"
            " would have brought it to market long ago.",
            "There truly is a cure for these diseases, and we have brought it to market.",
        ),
        (
            "Stem cells, some doctors argue, cure arthritis.",
            "Stem cells, we argue, cure arthritis.",
        ),
        (
            "Some doctors argue that stem cells cure arthritis.",
            "Our doctors argue that stem cells cure arthritis.",
        ),
    ],
)
def test_a_cure_others_argue_for_is_reported(reported: str, claimed: str) -> None:
    flag_pair(CURE, reported, claimed)
