"""Careful pages, fifth round: more of them read as warnings, and a price range that is
not the page's own (issue 14, precision, tenth round).

Page cues (`page_cues:` in advert_words.yaml) careful writers use that the page-level
reading did not count, by kind: the evidence weighed ("nobody knows the long-term risks",
"not substantiated", "no data to support", "the jury is still out", "too early to know",
"running ahead of the science", "not studied well enough", "nobody has tested", "the
certainty of that evidence is very low", "no single study", "questions remain
unanswered", "little reliable research", "lacks evidence"), regulators and courts acting
("trouble with regulators", "criminal", "marketed directly to consumers", "not
licensed", "no medical background", "protect patients from", "malpractice", "slow to
act", "rogue stem cell clinics", "doctors go rogue"), harm reported ("an outbreak of
infections") and doubts voiced ("unethical", "a bait and switch", "a money-making
scheme", "profiteering", "an air of legitimacy", "a bald-faced lie", "not the real
thing", "temper the expectations", "bends the truth", "worthless", "the hard sell",
"15% of clinics said"). Each only counts toward the page reading. Wordings that clinics,
brokers and their FAQs use of themselves ("the wild west", "an open question", "a grey
area", "very little evidence", "too little research", "no control group") are no cue.

A guard of offers (`offer:` in `guards:`): a price range ("treatments that cost from
$1,400 to more than $27,000") is a market's, reported, and no offer of the page's own;
a clinic's own range says whose it is ("our injections cost from", `offers:`).
"""

from __future__ import annotations

import pytest
from findings import (
    ADVERT_OFFERS,
    BASE_CUES,
    DISCUSSED,
    an_advert_with_these_cues_stays_an_advert,
    cues_of,
    offers_of,
    report_of,
)
from findings import one_cue_more_reads_as_a_warning as reads_as_a_warning

#: An advert's own claims.
OWN_CLAIMS = "Our stem cells repair damaged cartilage and cure knee osteoarthritis."

#: Each sentence holds one wording of a new page cue (and no other new cue).
PAGE_CUES = [
    # the evidence weighed
    ("nobody-knows", "Nobody knows the long-term risks of these injections."),
    ("nobody-knows-whether", "In fact no one knows whether they harm the joint."),
    ("risks-never-known", "Long-term risks are never really known."),
    ("not-substantiated", "Clinical evidence has not substantiated the treatment."),
    ("no-data-to-support", "People have it done with no data to support doing so."),
    ("jury-out", "The jury is still out."),
    ("too-early", "It is far too early to know."),
    ("ahead-of-science", "Enthusiasm is running ahead of the science."),
    ("not-studied-enough", "The therapy has not been studied well enough."),
    ("nobody-tested", "These are supplements nobody has tested."),
    ("certainty-low", "The certainty of that evidence is very low."),
    ("no-single-study", "No single clinical study shows that."),
    ("questions-unanswered", "Some questions remain unanswered."),
    ("little-reliable-research", "Little reliable research backs the method."),
    ("lacks-evidence", "The literature lacks consistent evidence."),
    # regulators and courts acting
    ("trouble-with-regulators", "Several clinics ran into trouble with federal regulators."),
    ("criminal", "Criminal charges followed."),
    ("marketed-directly", "The products are marketed directly to consumers."),
    ("sold-straight-to-patients", "Most such therapies are sold straight to patients."),
    ("not-licensed", "The owner was not licensed in the state."),
    ("no-medical-background", "The owner had no medical background."),
    ("protect-patients", "Boards must protect patients from harm."),
    ("malpractice", "She joined a malpractice case."),
    ("slow-to-act", "The ministry has been slow to act."),
    ("rogue-stem-cell-clinics", "Rogue stem cell clinics are spreading."),
    ("go-rogue", "It is sad when doctors go rogue."),
    # harm reported
    ("outbreak", "Officials found an outbreak of bacterial infections."),
    # doubts voiced
    ("unethical", "The practice is unethical."),
    ("bait-and-switch", "It is a bait and switch."),
    ("money-making-scheme", "It is a money-making scheme."),
    ("profiteering", "It looks like profiteering."),
    ("air-of-legitimacy", "The country lends the therapy an air of legitimacy."),
    ("bald-faced-lie", "That is most likely a bald-faced lie."),
    ("not-the-real-thing", "This injection is not the real thing."),
    ("temper-expectations", "Doctors temper the expectations of eager patients."),
    ("bends-the-truth", "That selling bends the truth."),
    ("worthless", "The injection is worthless."),
    ("hard-sell", "The seminar was a hard sell."),
    ("share-of-clinics-said", "In the survey 15% of clinics said their therapies work."),
]

#: Wordings clinics, brokers and their FAQs use of themselves, none of which is a cue.
NO_CUE = [
    ("wild-west", "Out in the wild west of regenerative medicine, we stand apart."),
    ("open-question", "Whether this lasts for decades is still an open question."),
    ("grey-area", "At home the treatment sits in a legal grey area."),
    ("too-little-research", "Too little research has been done to answer for certain."),
    ("no-control-group", "The study was small and had no control group."),
    ("remain-unresolved", "Pain and complications often remain unresolved after surgery."),
    ("nobody-knows-your-body", "No one knows your body like you do."),
    ("licensed-doctors", "Our doctors are licensed and board certified."),
    ("protect-your-cells", "Our lab protects your cells from contamination."),
]

#: (rule, a price range reported, the page's own price)
PRICE_RANGES = [
    (
        "a-markets-range",
        "They talked them into treatments that cost from $1,400 to more than $27,000.",
        "Our injections cost from $1,400 to $2,700.",
    ),
    (
        "a-countrys-range",
        "In the U.S. they cost from $15,000 to $50,000.",
        "Prices from $4,500 for one knee.",
    ),
    (
        "a-range-abroad",
        "Procedures there cost less, with prices from roughly $3,000 to $10,000.",
        "Our prices start from $3,000.",
    ),
]


@pytest.mark.parametrize("sentence", [s for _, s in PAGE_CUES], ids=[i for i, _ in PAGE_CUES])
def test_a_careful_writers_wording_is_a_cue_of_a_warning(sentence: str) -> None:
    reads_as_a_warning(sentence)


@pytest.mark.parametrize("offer", ADVERT_OFFERS)
def test_an_advert_that_mentions_those_words_stays_an_advert(offer: str) -> None:
    an_advert_with_these_cues_stays_an_advert(
        *(s for _, s in PAGE_CUES), "Results may vary.", OWN_CLAIMS, offer
    )


@pytest.mark.parametrize("sentence", [s for _, s in NO_CUE], ids=[i for i, _ in NO_CUE])
def test_an_adverts_own_wording_is_no_cue(sentence: str) -> None:
    assert cues_of(sentence) == set(), sentence


@pytest.mark.parametrize(
    ("reported", "own"),
    [(r, o) for _, r, o in PRICE_RANGES],
    ids=[i for i, _, _ in PRICE_RANGES],
)
def test_a_price_range_reported_is_no_offer_of_the_pages_own(reported: str, own: str) -> None:
    assert offers_of(reported) == [], reported
    assert offers_of(own), own
    # a page that warns throughout reads as a warning with the range it reports, not with
    # a price of its own
    warns = (*BASE_CUES, "Many patients were deceived.", DISCUSSED)
    assert report_of(*warns, reported).warning, reported
    assert not report_of(*warns, own).warning, own
