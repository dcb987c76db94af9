"""Careful pages, second round: more of them read as warnings, and offers that are not the
page's own (issue 14, precision, seventh round).

Two kinds of rule. Page cues of insurance and law pages (`page_cues:` in
advert_words.yaml): payers who call the treatment "experimental or investigational", who deny or
exclude it, a treatment "not covered by" insurers, money won back "in small claims court".
Guards of offers (`offer:` in `guards:`): another's price ("its injections cost from"), a
site's footer ("see our privacy policy or contact us") and a cookie notice ("we use
cookies") are no offer of the page's own. For each rule, careful texts that now read as a
warning, and advert texts that still read as adverts.
"""

from __future__ import annotations

import pytest
from findings import (
    ADVERT_OFFERS,
    BASE_CUES,
    DISCUSSED,
    an_advert_with_these_cues_stays_an_advert,
    offers_of,
    one_cue_more_reads_as_a_warning,
    report_of,
)

#: An advert's own claims.
OWN_CLAIMS = "Our stem cells repair damaged cartilage and cure knee osteoarthritis."

#: Each sentence holds one wording of a new page cue (and no other new cue).
PAGE_CUES = [
    (
        "experimental-or-investigational",
        "Most plans call stem cell injections experimental or investigational.",
    ),
    ("insurers-deny", "Insurers routinely deny these claims."),
    ("not-covered-by-insurers", "The injections are not covered by most insurance companies."),
    ("small-claims-court", "One patient got her money back in small claims court."),
]

#: (rule, sentence that is no offer of the page's own, sentence that is one)
OFFER_GUARDS = [
    (
        "anothers-price",
        "Its injections cost from $1,500 to $9,000.",
        "Our injections cost from $1,500 to $9,000.",
    ),
    (
        "privacy-footer",
        "See our privacy policy or contact us for details.",
        "Contact us for details.",
    ),
    ("cookie-notice", "We use cookies to improve this site.", "We use stem cells from fat."),
]


@pytest.mark.parametrize("sentence", [s for _, s in PAGE_CUES], ids=[i for i, _ in PAGE_CUES])
def test_an_insurance_or_law_pages_word_is_a_cue_of_a_warning(sentence: str) -> None:
    one_cue_more_reads_as_a_warning(sentence)


@pytest.mark.parametrize("offer", [*ADVERT_OFFERS[:2], "Packages start from $4,500."])
def test_an_advert_that_hedges_with_those_words_stays_an_advert(offer: str) -> None:
    an_advert_with_these_cues_stays_an_advert(
        *(s for _, s in PAGE_CUES), "Results may vary.", OWN_CLAIMS, offer
    )


@pytest.mark.parametrize(
    ("careful", "advert"),
    [(c, a) for _, c, a in OFFER_GUARDS],
    ids=[i for i, _, _ in OFFER_GUARDS],
)
def test_an_offer_that_is_not_the_pages_own_keeps_no_page_an_advert(
    careful: str, advert: str
) -> None:
    assert offers_of(careful) == [], careful
    assert offers_of(advert), advert
    # a page that warns throughout reads as a warning with the guarded wording, not with
    # the page's own offer
    warns = (*BASE_CUES, "Many patients were deceived.", DISCUSSED)
    assert report_of(*warns, careful).warning, careful
    assert not report_of(*warns, advert).warning, advert
