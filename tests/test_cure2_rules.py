"""A cure word that is not the offer's promise of a cure (round cure2).

The spec's cure-claim is the OFFER said to cure, heal for good, fix permanently or
reverse the disease. The first runs' cure-claim false alarms on train pages
(benchmarks/adverts/first-runs/*-misses.txt) had "for good" said of no fix at all: of
harm done for good (range of motion cut for good by scar tissue, a patient left on
dialysis for good) or of a move (a doctor moving his practice here for good). "For good"
now counts only when it ends a fix or an end of the trouble (`ending:` of
data/check/advert_words.yaml: "heal ... for good", "get rid of ... for good", "relief
that stays for good", "the pain is gone for good"), and "permanently" and "forever"
the same way ("the nerve can end up permanently damaged" is harm, not a fix). Cures that
others sell are reported, not offered (the spec's own example: "some clinics advertise
cures"): the verbs of selling ("advertise", "sell", "tout", "market", "peddle") join the
verbs of `reported_speech:`, so that a cure after one whose subject is a third party
("some", "clinics", "they") is the report of another's offer (`check/reported.py`).
Made-up sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import flag_pair

CURE = "cure-claim"


@pytest.mark.parametrize(
    ("no_fix", "fix"),
    [
        # harm done for good
        (
            "After the operation, scar tissue can cut the arm's reach for good.",
            "Our injections heal the torn shoulder for good.",
        ),
        (
            "A bad fall left the runner on crutches for good.",
            "Get rid of back pain for good.",
        ),
        (
            "Once the nerve is crushed it may stay numb for good.",
            "Once treated, your knee pain is gone for good.",
        ),
        # a move, a job, a habit: for good with no trouble to end
        (
            "Dr. Lee moved his practice and family to Austin for good.",
            "Unlike surgery, this cures your knee pain for good.",
        ),
        (
            "She gave up tennis and left the club for good.",
            "Our treatment brings relief that stays for good.",
        ),
        (
            "The clinic closed its Miami office for good last spring.",
            "One injection ends your heel pain for good.",
        ),
        (
            "Many patients move here for good after the treatment.",
            "Many patients are free of arthritis pain for good after the treatment.",
        ),
    ],
)
def test_for_good_counts_only_with_a_fix_or_an_end_of_the_trouble(no_fix: str, fix: str) -> None:
    flag_pair(CURE, no_fix, fix)


@pytest.mark.parametrize(
    ("no_fix", "fix"),
    [
        # "permanently" and "forever" read the same way: the end of harm's course is no fix
        (
            "In rare cases the nerve can end up permanently damaged.",
            "Our cells end your back pain permanently.",
        ),
        (
            "A bad tear can end a dancer's career forever.",
            "Our injections end knee pain forever.",
        ),
    ],
)
def test_permanently_counts_only_with_a_fix_or_an_end_of_the_trouble(no_fix: str, fix: str) -> None:
    flag_pair(CURE, no_fix, fix)


@pytest.mark.parametrize(
    ("sold_by_others", "offered"),
    [
        (
            "Some even advertise cures for heart disease and autism.",
            "Other clinics sell cortisone; our cells cure arthritis.",
        ),
        (
            "Clinics in Panama advertise cures for autism.",
            "Our doctors sell a treatment that cures arthritis.",
        ),
        (
            "Doctors there sell injections that heal torn tendons for good.",
            "We sell injections that heal torn tendons for good.",
        ),
    ],
)
def test_a_cure_that_others_sell_is_reported(sold_by_others: str, offered: str) -> None:
    flag_pair(CURE, sold_by_others, offered)
