"""A word of haste told, not bid, is no push on the reader (urgency2, `other_senses:` of
data/check/advert_words.yaml, read by `check/senses.py`).

The spec (benchmarks/adverts/README.md, red flags): urgency-pressure is pressure on the
reader to decide fast ("book now", "offer ends", "act fast"). Of its wordings, "act
fast|now|quickly|today" and "hurry" are verbs of haste, and they push only in the plain
form that bids the reader ("Act fast", "Hurry, ..."). Inflected for a third person or the
past they tell how a drug takes effect or what was done to someone: the first runs' train
false alarms ey01 ("Acts fast", cortisone's quick effect in a comparison chart) and eo02
(a columnist "hurried into a waiting room"), each diagnosed in
benchmarks/adverts/first-runs/ as a rule too loose. Those forms ("acts", "acted",
"hurries", "hurried") are never read as the push. The "-ing" form stays a push ("Acting
fast saves cartilage"), and so do the verbs of booking, whose participle can carry a
deadline ("appointments booked today"). Made-up sentences, each with a look-alike that
must still be found.
"""

from __future__ import annotations

import pytest
from findings import flag_pair, raises

FLAG = "urgency-pressure"


@pytest.mark.parametrize(
    ("told", "bid"),
    [
        # a treatment's course: how fast a drug takes effect
        (
            "Our numbing cream acts fast, so the injection hardly hurts.",
            "Act fast: our numbing cream makes the injection hardly hurt.",
        ),
        (
            "- Acts fast",
            "- Act fast",
        ),
        (
            "The local anaesthetic we use acted quickly on my knee.",
            "Act quickly, before the pain in your knee comes back.",
        ),
        # the past or a third person: what was done, not what the reader must do
        (
            "At the clinic I was hurried into a waiting room.",
            "Hurry into our clinic: the waiting room fills up.",
        ),
        (
            "The nurse hurries from room to room on busy days.",
            "Hurry, our busy days are almost fully booked.",
        ),
        (
            "My surgeon acted now rather than later, and the tear healed.",
            "Act now rather than later, and let the tear heal.",
        ),
    ],
)
def test_haste_told_is_no_push_but_haste_bid_is(told: str, bid: str) -> None:
    flag_pair(FLAG, told, bid)


@pytest.mark.parametrize(
    "sentence",
    [
        # the brief's look-alikes: scarcity, a deadline, a bid to call, limited time
        "Only 5 spots left this month.",
        "Book now: offer ends Friday.",
        "Don't wait until your knee needs replacing, call today.",
        "Limited time: 20% off your first injection.",
        # the -ing form of haste still pushes
        "Acting fast saves the cartilage you still have.",
        # the verbs of booking keep every form: a booking's deadline
        "Call Today: 555-0100",
    ],
)
def test_pushes_still_found(sentence: str) -> None:
    raises(FLAG, sentence)
