"""A cue of others stops at a contrast word that gives the advert its voice back
(round butscope1).

A cue of `not_asserting:` ("some clinics sell", "many clinics offer", "clinics claim")
says that what follows it in its sentence is others' claim, not the advert's. A contrast
word ("but", "however", "yet", "whereas", "while", "although", "though") whose clause
opens in the advert's own voice (a word of `reported_speech: keepers:`, "we", "our", "us",
right after it) starts a new clause whose claim the spec counts: "Some clinics sell
steroid shots, but our stem cells cure arthritis". A contrast whose clause is not the
advert's ("but the evidence is thin", "but they ...") leaves the cue as it was.
Made-up sentences, each with a look-alike that must still be found or stay silent.
"""

from __future__ import annotations

import pytest
from findings import claim_pair, flag_pair

CURE = "cure-claim"
REGROWTH = "tissue-regeneration"


@pytest.mark.parametrize(
    ("others", "own"),
    [
        (
            "Clinics claim their cells cure arthritis, but the evidence is thin.",
            "Some clinics sell steroid shots, but our stem cells cure arthritis.",
        ),
        (
            "Many clinics offer a real cure, but they rarely show any data.",
            "Many clinics offer steroid shots, but we offer a real cure.",
        ),
        (
            "Some clinics promise a cure for arthritis; yet the trials say otherwise.",
            "Some clinics promise pain relief, yet our cells cure arthritis.",
        ),
        (
            "Many clinics sell shots that cure arthritis, whereas the evidence is thin.",
            "Many clinics sell steroid shots, whereas we cure arthritis for good.",
        ),
        # a second cue after the advert's voice is back is others' again
        (
            "Many clinics sell steroid shots, but we know some clinics promise a cure.",
            "Many clinics sell steroid shots, but we know our cells cure arthritis.",
        ),
    ],
)
def test_a_cure_after_but_in_the_adverts_voice_is_its_own(others: str, own: str) -> None:
    flag_pair(CURE, others, own)


def test_regrowth_after_however_in_the_adverts_voice_is_its_own() -> None:
    claim_pair(
        REGROWTH,
        "Some sellers say the cells regrow cartilage; however, no trial shows it.",
        "Some clinics sell steroid shots. However, our cells regrow cartilage.",
    )


def test_regrowth_after_however_and_our_in_one_sentence() -> None:
    claim_pair(
        REGROWTH,
        "Some clinics sell shots that regrow cartilage, however the trials disagree.",
        "Some clinics sell steroid shots, however our cells regrow cartilage.",
    )
