"""Round surgery4: "no surgery" said as a selling point of the offer.

The spec (benchmarks/adverts/README.md): avoid-surgery is a non-surgical option offered
instead of an operation, or an operation avoided or delayed. The first runs' misses (eh05,
em07) show the operation denied in few words, as a point of the offer: a predicate of need
("no surgery is needed") or one item in a list of noes of an operation's burdens
("Minimally invasive: no surgery and no long recovery", "No surgery, no downtime"). The
structure read: "no" quantifying an operation, then either a word of need or a second
"no" of what an operation costs (`no-surgery-point` in advert_words.yaml). Look-alikes
stay silent: a quality denied of every operation ("no surgery is risk-free"), surgery
recommended, rehab after an operation, an operation with no drug set beside it, a careful
page reporting what clinics claim. Made-up sentences, never a page's; each claim here was
missed before the rule.
"""

from __future__ import annotations

import pytest
from findings import benefits

CLAIM = "avoid-surgery"


@pytest.mark.parametrize(
    "sentence",
    [
        # no operation needed: a predicate of need
        "Repairing a tendon with our cells takes a short recovery, and no surgery is needed.",
        "With a PRP injection no surgery is required.",
        "No operation necessary: the injection takes twenty minutes.",
        # a verbless point in a list of noes of an operation's burdens
        "Minimally invasive: no surgery and no long recovery.",
        "No surgery, no downtime.",
        "Our knee injections: no knife, no hospital stay, back to work the next day.",
        "No scars and no surgery with our stem cell procedure.",
    ],
)
def test_no_surgery_as_a_selling_point_is_avoid_surgery(sentence: str) -> None:
    """An operation denied as a point of the offer, said in few words: avoid-surgery."""
    assert CLAIM in benefits(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a quality denied of every operation, not an operation avoided
        "No surgery is risk-free.",
        "No surgery is without risk, and no injection is either.",
        # an operation set beside a rival, not beside its burdens
        "There is no surgery and no drug that regrows cartilage.",
        # surgery recommended, and rehab after an operation the patient has
        "Surgery is the best option for a full tear.",
        "After surgery, rehab takes six weeks and no driving is allowed.",
        # a careful page reporting what clinics claim
        "Clinics claim their injections are an alternative to surgery.",
        # no prior operation: who the patients were, not an operation avoided
        "Patients with no prior surgery and no injections in the last year were included.",
    ],
)
def test_the_look_alikes_claim_nothing(sentence: str) -> None:
    """An operation denied of a quality, beside a rival or in a report claims nothing."""
    assert CLAIM not in benefits(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the claims found before the round, which the new reading must leave found
        "No need for surgery.",
        "Many of our patients are able to avoid surgery.",
        "Our stem cell injections help patients avoid knee replacement.",
    ],
)
def test_the_older_wordings_are_still_found(sentence: str) -> None:
    """The round adds a reading; the wordings found before stay found."""
    assert CLAIM in benefits(sentence), sentence
