"""An abbreviation of the tissue rules spelled out is a term defined, not the offer's seal
(fda3).

fda-status-claim is FDA words used to make the offer sound official (the spec's "FDA
approved/cleared/registered/compliant words used to sound official"). The rules' bare
class names ("HCT/P", "HCTP") are among its words, since a seller who calls its product
"a 361 HCT/P" borrows the rules' voice. But the same name spelled out, its long form
before or after it in brackets ("human cells, tissues, or cellular or tissue-based
products (HCT/Ps)") or named by a word of `rule_frames: glosses:` right after it ("HCT/Ps,
often called skin substitutes", "HCT/P means ..."), is a term being defined, as law firms,
regulators and news explain the rules; with nothing of the offer in its sentence it
claims nothing (`check/ruled.py`). Made-up sentences, each with a look-alike that must
still be found.
"""

from __future__ import annotations

import pytest
from findings import red_flags

FLAG = "fda-status-claim"


@pytest.mark.parametrize(
    ("defined", "claimed"),
    [
        # the long form before the abbreviation, in brackets
        (
            "Being made of human cells, they are also human cells, tissues, or cellular or"
            " tissue-based products (HCT/Ps).",
            "Our allograft is a human cell, tissue, or cellular or tissue-based product (HCT/P).",
        ),
        # the long form after it, in brackets
        (
            "Amniotic tissue is an HCT/P (Human Cells, Tissues, and Cellular and Tissue-Based"
            " Products).",
            "Our amniotic allograft is an HCT/P (Human Cells, Tissues, and Cellular and"
            " Tissue-Based Products).",
        ),
        # a word that names it right after it
        (
            'HCT/Ps, often called "skin substitute products", are meant to help chronic'
            " wounds heal.",
            "Our HCT/P, often called a skin substitute, heals your knee.",
        ),
        (
            "HCT/P means Human Cells, Tissues, and Cellular and Tissue-Based Products.",
            "You get an HCT/P, which means cells processed to the rules.",
        ),
    ],
)
def test_an_abbreviation_spelled_out_is_no_seal(defined: str, claimed: str) -> None:
    """With the shipped word lists, the rules' abbreviation given with its long form or a
    naming word, in a sentence with none of the offer's words, raises no fda-status-claim;
    the same definition said of the offer ("our", "you") still does."""
    assert FLAG not in red_flags(defined), defined
    assert FLAG in red_flags(claimed), claimed


@pytest.mark.parametrize(
    "sentence",
    [
        # brackets that do not spell the abbreviation out: a product and its class
        "Amniotic membrane allograft (HCT/P), ready to ship to your clinic.",
        # brackets after a status word: no abbreviation
        "Registered with the FDA (since 2015) and inspected every year.",
        # the brief's look-alikes
        "Our lab is FDA registered.",
        "We follow FDA guidelines for tissue processing.",
        "Produced in an FDA-compliant facility.",
        # a bare class name said of the product
        "Regulated by the FDA as a 361 HCT/P.",
    ],
)
def test_the_seal_still_found(sentence: str) -> None:
    """Look-alikes that keep the claim: brackets that name the class of a product, not
    the abbreviation's long form; status words; the class said of the product."""
    assert FLAG in red_flags(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The FDA has not approved any stem cell product for knee pain.",
        "The FDA sent the clinic a warning letter.",
    ],
)
def test_the_agency_as_actor_stays_silent(sentence: str) -> None:
    """The brief's silent look-alikes (silent before the change too): the agency denying
    approval or acting on a clinic."""
    assert FLAG not in red_flags(sentence), sentence
