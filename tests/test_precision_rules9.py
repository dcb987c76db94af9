"""Careful pages, fourth round: more of them read as warnings (issue 14, precision, ninth
round).

Page cues (`page_cues:` in advert_words.yaml) careful writers use that the page-level
reading did not count, by kind: the evidence weighed and found absent ("no evidence
supporting them", "the data are simply not there", "no proven benefit", "the
results need replicating", "too little proof"), regulators and courts acting ("sued",
"a lawsuit", "the Attorney General", "seized products", "false advertising", "a voluntary
nationwide recall", "an FDA investigation", "a warning letter", "fines", "took them to
court", "the FTC"), harm reported ("blinded after stem cell injections", "went blind",
"reports of blindness", "reports of infections", "caught an infection") and doubts voiced
("skeptics", "doctors are worried"). Each only
counts toward the page reading. Careful texts that now read as a warning, advert texts
with those words that still read as adverts, and an advert's own wordings close to them
that are no cue.
"""

from __future__ import annotations

import pytest
from findings import (
    ADVERT_OFFERS,
    an_advert_with_these_cues_stays_an_advert,
    cues_of,
)
from findings import one_cue_more_reads_as_a_warning as reads_as_a_warning

#: An advert's own claims.
OWN_CLAIMS = "Our stem cells repair damaged cartilage and cure knee osteoarthritis."

#: Each sentence holds one wording of a new page cue (and no other new cue).
PAGE_CUES = [
    # the evidence weighed
    ("no-evidence-supporting", "A review found no evidence supporting these injections."),
    ("no-evidence-that", "A review found no evidence that the capsules are safe."),
    ("data-not-there", "The data are simply not there."),
    ("no-proven-benefit", "These procedures have no proven benefit."),
    ("needs-replicating", "The results need replicating in a larger group."),
    ("no-evidence-of-benefit", "The procedure is risky, with no evidence of any benefit to gain."),
    ("too-little-proof", "There is too little proof that it works."),
    # regulators and courts acting
    ("sued", "Four patients have sued the company."),
    ("lawsuit", "The lawsuit is still pending."),
    ("attorney-general", "The Attorney General took up the case."),
    ("seized", "Inspectors seized the products from a beauty shop."),
    ("false-advertising", "The doctor admitted to false advertising."),
    ("recall", "The maker issued a voluntary nationwide recall of the product."),
    ("investigation", "An FDA investigation found deviations in many lots."),
    ("warning-letter", "The company received a warning letter in March."),
    ("fines", "Whatever fines the regulator imposes are small."),
    ("to-court", "The regulator cannot take every provider to court."),
    ("ftc", "The FTC announced the settlement on Monday."),
    # harm reported
    ("blinded", "Three women were blinded after stem cell injections for their eyes."),
    ("went-blind", "One woman went blind within days."),
    ("reports-of-blindness", "The agency has received reports of blindness and tumors."),
    ("reports-of-infections", "Twelve reports of infections reached the health department."),
    ("caught-an-infection", "Both caught a bacterial infection a week later."),
    # doubts voiced
    ("skeptics", "The medical community has its skeptics."),
    ("doctors-worried", "Many doctors are worried."),
]

#: An advert's own wordings close to the new cues, none of which is a cue.
NO_CUE = [
    ("as-far-as-concerned", "As far as our doctors are concerned, safety comes first."),
    ("the-back-seizes-up", "One wrong movement and your back seizes up."),
    ("a-blinded-trial", "In a double blinded trial, the patients did not know their dose."),
]


@pytest.mark.parametrize("sentence", [s for _, s in PAGE_CUES], ids=[i for i, _ in PAGE_CUES])
def test_a_careful_writers_wording_is_a_cue_of_a_warning(sentence: str) -> None:
    reads_as_a_warning(sentence)


@pytest.mark.parametrize("offer", ADVERT_OFFERS)
def test_an_advert_that_mentions_those_words_stays_an_advert(offer: str) -> None:
    an_advert_with_these_cues_stays_an_advert(
        *(s for _, s in PAGE_CUES), "Results may vary.", OWN_CLAIMS, offer
    )


@pytest.mark.parametrize(
    "aside",
    [
        "Other clinics have no evidence behind their methods; ours is different.",
        "Unlike the clinics the FTC sued, we follow every rule.",
        "Some skeptics doubt it, but our patients walk again.",
    ],
)
def test_a_clinics_own_aside_keeps_its_page_an_advert(aside: str) -> None:
    an_advert_with_these_cues_stays_an_advert(aside, OWN_CLAIMS, "Call us today.")


@pytest.mark.parametrize("sentence", [s for _, s in NO_CUE], ids=[i for i, _ in NO_CUE])
def test_an_adverts_own_wording_is_no_cue(sentence: str) -> None:
    assert cues_of(sentence) == set(), sentence
