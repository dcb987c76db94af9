"""Careful pages, third round: more of them read as warnings (issue 14, precision, eighth
round).

Page cues (`page_cues:` in advert_words.yaml) of the kinds careful writers use that the
page-level reading did not count: evidence weighed and found wanting ("the evidence so far
is weak", "scant evidence", "not enough evidence", "a lack of evidence", "poorly studied",
"low certainty evidence", "not matched by evidence", "unknown risks"), a guideline's or a
society's verdict ("recommends against", "advise against", "not recommended", "a position
statement"), news about such offers ("a spokeswoman", "said in a statement", "told
Reuters", "rogue clinics", "drawn criticism", "questions have come up"). Reported speech
(`not_asserting:`): a seller's pitch retold ("the promoters say", "in their telling",
"wants you to believe", "pedlars" of it) is not the page's own claim. Guards of the
benefits: a symptom ("limited range of motion"), a study's usual operation ("conventional
rotator cuff repair") and a disease's course ("abnormal remodelling of the bone") are no
claim. For each rule, careful texts that now read as a warning or claim nothing, and advert
texts that still read as adverts and still claim.
"""

from __future__ import annotations

import pytest
from findings import (
    ADVERT_OFFERS,
    an_advert_with_these_cues_stays_an_advert,
    benefits,
    cues_of,
)
from findings import one_cue_more_reads_as_a_warning as reads_as_a_warning

#: An advert's own claims.
OWN_CLAIMS = "Our stem cells repair damaged cartilage and cure knee osteoarthritis."

#: Each sentence holds one wording of a new page cue (and no other new cue).
PAGE_CUES = [
    ("evidence-is-weak", "The evidence so far is weak."),
    ("scant-evidence", "There is scant evidence for these injections."),
    ("not-enough-evidence", "Not enough evidence supports these injections."),
    ("lack-of-evidence", "Reviews point to a lack of evidence."),
    ("poorly-evidenced", "These are poorly studied treatments."),
    ("low-certainty", "The review found only low certainty evidence."),
    ("not-backed-by-evidence", "None of this confidence is matched by evidence."),
    ("unsupported-by-evidence", "These uses are unsupported by clinical evidence."),
    ("unknown-risks", "The injections carry unknown risks."),
    ("recommends-against", "The college strongly recommends against these injections."),
    ("advise-against", "I would advise against it."),
    ("not-recommended", "The injections are not recommended for hip osteoarthritis."),
    ("position-statement", "The society published a position statement."),
    ("spokesperson", "A spokeswoman for the agency declined to comment."),
    ("said-in-a-statement", "The agency said in a statement that it is reviewing the case."),
    ("told-the-news", "The researcher told Reuters the results were disappointing."),
    ("rogue-clinics", "Rogue clinics have spread across the country."),
    ("criticism", "The practice has drawn strong criticism from scientists."),
    ("questions-have-come-up", "Serious questions have come up about these products."),
    ("promoters-say", "The promoters say the capsules work."),
    ("in-their-telling", "In their telling, the capsules work."),
    ("wants-you-to-believe", "The company wants you to believe the capsules work."),
    ("pedlars", "Pedlars of stem cells are everywhere."),
]

#: (rule, a seller's claim retold, the same claim made by the page)
RETOLD = [
    (
        "promoters-say",
        "The promoters say the capsules regenerate cartilage.",
        "Our doctors say the capsules regenerate cartilage.",
    ),
    (
        "in-their-telling",
        "In their telling, the capsules regenerate cartilage.",
        "In our clinic, the capsules regenerate cartilage.",
    ),
    (
        "wants-you-to-believe",
        "The company wants you to believe the capsules regenerate cartilage.",
        "The company knows the capsules regenerate cartilage.",
    ),
    (
        "pedlars",
        "Pedlars sell capsules that regenerate cartilage.",
        "Our clinic sells capsules that regenerate cartilage.",
    ),
]


#: (rule, benefit, careful sentence that does not claim it, advert sentence that does)
GUARDS = [
    (
        "a-symptom",
        "reduced-inflammation",
        "Typical features include pain, swelling, stiffness and limited range of motion.",
        "Our cells reduce swelling and restore the range of motion.",
    ),
    (
        "the-usual-operation",
        "tissue-regeneration",
        "Fourteen patients had conventional rotator cuff repair.",
        "Our stem cells repair the rotator cuff without surgery.",
    ),
    (
        "a-diseases-course",
        "tissue-regeneration",
        "Osteoarthritis brings abnormal remodelling of the bone under the cartilage.",
        "Our cells remodel and regenerate the cartilage.",
    ),
]


@pytest.mark.parametrize("sentence", [s for _, s in PAGE_CUES], ids=[i for i, _ in PAGE_CUES])
def test_a_careful_writers_wording_is_a_cue_of_a_warning(sentence: str) -> None:
    reads_as_a_warning(sentence)


@pytest.mark.parametrize("offer", ADVERT_OFFERS)
def test_an_advert_that_hedges_with_those_words_stays_an_advert(offer: str) -> None:
    an_advert_with_these_cues_stays_an_advert(
        *(s for _, s in PAGE_CUES), "Results may vary.", OWN_CLAIMS, offer
    )


@pytest.mark.parametrize(
    "hedge",
    [
        "We do not recommend stem cell therapy for severe arthritis.",
        "The evidence is still mixed, and there may be unknown risks.",
        "Some critics say the evidence is weak, but our patients walk again.",
    ],
)
def test_a_clinics_own_hedge_keeps_its_page_an_advert(hedge: str) -> None:
    an_advert_with_these_cues_stays_an_advert(hedge, OWN_CLAIMS, "Call us today.")


def test_a_clinics_aftercare_advice_is_no_verdict() -> None:
    assert cues_of("We advise against running for a week after the injection.") == set()
    assert cues_of("We advise against these injections.")


@pytest.mark.parametrize(
    ("retold", "made"), [(r, m) for _, r, m in RETOLD], ids=[i for i, _, _ in RETOLD]
)
def test_a_sellers_pitch_retold_is_not_the_pages_claim(retold: str, made: str) -> None:
    assert "tissue-regeneration" not in benefits(retold), retold
    assert "tissue-regeneration" in benefits(made), made


@pytest.mark.parametrize(
    ("benefit", "careful", "advert"),
    [(b, c, a) for _, b, c, a in GUARDS],
    ids=[i for i, _, _, _ in GUARDS],
)
def test_what_is_said_of_something_else_is_no_claim(
    benefit: str, careful: str, advert: str
) -> None:
    assert benefit not in benefits(careful), careful
    assert benefit in benefits(advert), advert
