"""A promise said of another treatment that opens its subject is that treatment's
(promise4, `matcher._Rivals.heads`, `subjects.lead_starts`).

The spec (benchmarks/adverts/README.md, red flags): promised-results is the ADVERT
promising what its treatment will do or by when. The first runs' train false alarms
(benchmarks/adverts/first-runs/*-misses.txt and the series ew and ey) still raised it on
a timeline whose subject is a rival treatment: a cortisone shot "into an inflamed facet
joint, a swollen knee, or an irritated bursa" that "can produce ... relief within a few
days" (a comparison page), a trial's finding "that opioids were no more effective than
non-opioid treatments at improving physical function over 12 months" (a news page). The
rival rule of `_Rivals.said_of` reads a treatment within RIVAL_REACH words of the claim in
its clause, and "than" or "no" keep the claim the advert's; a promise's subject is read
here from where its lead starts (the sentence, past commas, back to a turn, a colon or a
semicolon, or after a "that" that reports a finding): a treatment there is what promises,
unless a word that keeps the claim the advert's ("our", "stem", "unlike" before it) or the
reader's "you" stands between; after the treatment a word that compares it ("than", "no")
keeps nothing. Made-up sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import flag_pair, raises

from stemcell_cli.check.sentences import tokens
from stemcell_cli.check.subjects import lead_starts

FLAG = "promised-results"


@pytest.mark.parametrize(
    ("said_of_a_rival", "promised"),
    [
        # a rival's timeline past a series of joints set off by commas
        (
            "A single steroid shot into an aching hip, a sore shoulder, or a stiff knee "
            "can give real relief within a few days.",
            "A single injection of our cells into an aching hip, a sore shoulder, or a "
            "stiff knee can give real relief within a few days.",
        ),
        (
            "Knee replacement, for a worn joint in an older patient, usually brings relief "
            "within 6 months.",
            "Our treatment, for a worn joint in an older patient, usually brings relief "
            "within 6 months.",
        ),
        # a trial's finding of one rival set against another
        (
            "A large trial found that painkillers were no better than exercise at improving "
            "physical function over 12 months.",
            "We have found that our cells are better than exercise at improving physical "
            "function over 12 months.",
        ),
        (
            "The review concludes that hyaluronic acid is no more effective than saline for "
            "giving relief within 3 months.",
            "Unlike hyaluronic acid, our injections are more effective than saline for "
            "giving relief within 3 months.",
        ),
        # a rival's timeline after a frame set off by commas
        (
            "In the largest trial, published last year, steroid shots did no better than "
            "rest at improving pain over 6 months.",
            "In the largest trial, published last year, our stem cells did better than rest "
            "at improving pain over 6 months.",
        ),
    ],
)
def test_a_promise_whose_subject_is_a_rival_is_not_the_adverts(
    said_of_a_rival: str, promised: str
) -> None:
    """A rival that opens the promise's subject takes its timeline, however long the
    subject; the advert's own treatment there keeps it."""
    flag_pair(FLAG, said_of_a_rival, promised)


@pytest.mark.parametrize(
    "promised",
    [
        # the brief's look-alikes
        "You will feel relief within a few days of our injection.",
        "Most patients are back to sport in 6 weeks.",
        "Results guaranteed in 30 days.",
        "Unlike cortisone, our stem cells give lasting relief within weeks.",
        # a rival set aside before the promise, or the reader promised after it
        "Without surgery or steroids, most patients feel relief within a few weeks.",
        "Surgery is not needed, and you will be back to sport in weeks.",
        "Surgery is no longer the only option, and most patients are back to sport within 6 weeks.",
        "Steroids only mask the pain; our patients feel relief within days.",
        "Cortisone wears off, but these injections give relief within days.",
        # a rival that is no subject: part of a noun after "with", "from", "who"
        "People with painful knees, after cortisone, physical therapy and rest, get real "
        "relief within weeks.",
        "Relief from steroids fades, and with a single injection you get relief within days.",
    ],
)
def test_the_adverts_promise_beside_a_rival_is_still_found(promised: str) -> None:
    raises(FLAG, promised)


def test_a_lead_starts_at_a_turn_and_after_a_that() -> None:
    """The lead of "improving" starts after "but" and again after "that"."""
    text = "Cortisone helps, but the trial found that opioids fail at improving it."
    words = tokens(text)
    starts = lead_starts(text, words, 10)
    assert [words[at].text for at in starts] == ["opioids", "the"]


def test_a_lead_starts_after_a_colon() -> None:
    text = "Steroids: our cells give relief within days."
    words = tokens(text)
    assert [words[at].text for at in lead_starts(text, words, 4)] == ["our"]
