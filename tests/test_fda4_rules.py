"""FDA approval said of the usual care is not the offer's seal (fda4).

fda-status-claim is FDA words used to make the offer sound official (the spec's "FDA
approved/cleared/registered/compliant words used to sound official"); the FDA named as
the agency that approved something else, a drug or a blood-cancer transplant, is no seal.
A page that sets its offer beside the care patients get today names that care's approval
with the claim's own words: "Current FDA approved treatments decrease inflammation" (the
standard lupus drugs), "Some uses are routine, FDA approved, and covered like any other
treatment" (hospital transplants), a heading "Established, FDA approved stem cell
treatments" over the transplants for blood cancers. There a word of `rule_frames: usual:`
("current", "routine", "established", "conventional", ...) names the approved care as the
usual one, a class of care rather than one thing offered: with an approval word in the
finding (`rule_frames: approving:`), the usual word in its clause at most three words
before it, no "a" or "an" right before the usual word, and nothing of the offer in the
sentence (`kept`), it claims nothing (`check/ruled.py`). Made-up sentences, each with a
look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import red_flags

FLAG = "fda-status-claim"


@pytest.mark.parametrize(
    ("usual", "claimed"),
    [
        # the usual word as the subject's first word: the usual drugs
        (
            "Current FDA approved treatments decrease inflammation and the level of immune"
            " activity.",
            "Our current FDA approved treatments decrease inflammation in the joint.",
        ),
        # the usual word as what a class of uses is, beside its approval
        (
            "Some uses are routine, FDA approved, and covered much like any other medical"
            " treatment.",
            "Our injections are routine, FDA approved, and covered by your plan.",
        ),
        # a heading that names the usual care's approval
        (
            "Established, FDA approved stem cell treatments",
            "Established, FDA approved stem cell treatments at our clinic",
        ),
        (
            "Conventional FDA-approved drugs slow the disease but do not repair the joint.",
            "Unlike conventional drugs, we offer an FDA-approved stem cell treatment.",
        ),
        # the article of one thing offered: a boast, not the usual care
        (
            "Traditional, FDA approved options include steroids and anti-inflammatory drugs.",
            "A routine, FDA-approved procedure that takes under an hour.",
        ),
        (
            "Existing FDA-cleared therapies only mask the pain.",
            "An established, FDA-cleared therapy for knee pain.",
        ),
    ],
)
def test_approval_of_the_usual_care_is_no_seal(usual: str, claimed: str) -> None:
    """With the shipped word lists, an approval said of the usual care (a word of
    `usual:` before it in its clause) raises no fda-status-claim; the same approval said
    of the offer (a keeper, or "a"/"an" before the usual word) still does."""
    assert FLAG not in red_flags(usual), usual
    assert FLAG in red_flags(claimed), claimed


@pytest.mark.parametrize(
    "sentence",
    [
        # only approval names the care that was approved: a registered or compliant lab
        # is the seal whatever comes before it
        "Established, FDA registered laboratory in Miami.",
        "Current FDA compliant facility for cell processing.",
        # the usual word in another clause, after a word that turns the sentence
        "Surgery is the usual answer, but FDA approved stem cells can help.",
        # the usual word too far before the approval
        "Established in 2009 by two surgeons, the centre is FDA approved.",
        # the usual word after the approval
        "FDA approved treatment, now routine in many clinics.",
    ],
)
def test_the_seal_still_found(sentence: str) -> None:
    """FDA words the rule does not reach stay fda-status-claim."""
    assert FLAG in red_flags(sentence), sentence
