"""A promised result is a promise (promise3): an outcome said of the offer as what it
gives, with nothing in its lead that tells it as what happened or what might happen. The
spec's promised-results ("results in days", "return to activity in weeks", "guaranteed",
"lasting relief" said as what you will get) is a promise; a study's or a patient's
outcome told in the past, an outcome only possible ("the potential for ... lasting
relief"), a promise reported of others ("its clinicians promised relief"), a guarantee or
a promise of something that is no outcome, and the procedure's downtime (back to normal
activity after a few days) promise nothing. The words of the lead are `promise_leads:`,
read over the finding's sentence before it back to a word that turns it
(`check/promises.py`); the downtime's words are in `unpromised:`; the guarantee and
promise wordings of promised-results name the outcome they promise
(`data/red_flags.yaml`). Made-up sentences, each with a look-alike that must still be
found.
"""

from __future__ import annotations

import pytest
from findings import flag_pair, raises

from stemcell_cli.check.promises import LEADS, Unpromised
from stemcell_cli.check.sentences import tokens

FLAG = "promised-results"


@pytest.mark.parametrize(
    ("told", "promised"),
    [
        # a case report's outcome, told in the past far before the finding
        (
            "Three men, each with chronic pain, all had a remarkable fall in pain and a gain "
            "in function after a single injection of exosomes.",
            "Expect lasting relief after one injection.",
        ),
        # a registry's figure: what patients had, not what they will get
        (
            "On average forty-six percent of them had a significant improvement (50 percent "
            "or better) within three months.",
            "Most patients are pain free within days of treatment.",
        ),
        # a patient's own past, then his praise of it
        (
            "I had some serious shoulder problems before, um, you treated it, and the "
            "results are amazing.",
            "Our results are amazing.",
        ),
        # what researchers saw in the cells, hedged
        (
            "Changes in the tissue could be seen very soon (within weeks) after a single "
            "treatment.",
            "Most patients see results within weeks after a single treatment.",
        ),
    ],
)
def test_an_outcome_told_as_what_happened_is_no_promise(told: str, promised: str) -> None:
    """A past verb ("had", "showed", "saw") anywhere in the lead tells the outcome as what
    happened to someone; the offer's outcome said in the present or the future promises."""
    flag_pair(FLAG, told, promised)


@pytest.mark.parametrize(
    ("hedged", "promised"),
    [
        (
            "It is gaining ground as a non-surgical alternative, with the potential for real "
            "tissue repair and lasting relief from chronic back pain.",
            "It is a non-surgical alternative, with real tissue repair and lasting relief "
            "from chronic back pain.",
        ),
        (
            "You might, with the right rehabilitation and some luck, be back on the court in "
            "two weeks.",
            "You will be back on the court in two weeks.",
        ),
    ],
)
def test_an_outcome_only_possible_is_no_promise(hedged: str, promised: str) -> None:
    """A hedge ("potential", "could", "might") governs the outcome from anywhere in its
    lead, not only from the four words before it."""
    flag_pair(FLAG, hedged, promised)


def test_a_promise_reported_of_others_is_not_the_pages() -> None:
    flag_pair(
        FLAG,
        "A newspaper described one clinic: its clinicians promised relief without surgery.",
        "We promise relief without surgery.",
    )


@pytest.mark.parametrize(
    ("no_outcome", "promised"),
    [
        (
            "One thing you can be guaranteed is that such places will tell you what you want "
            "to hear.",
            "Results guaranteed or your money back.",
        ),
        (
            "By the end, I promise, you will be clear and confident enough to work through "
            "this hard decision.",
            "We promise you will be pain free in weeks.",
        ),
        (
            "Some patients win appeals and get part of their money back from the insurer.",
            "Get your money back if you are not satisfied.",
        ),
        (
            "Every volunteer in the trial is guaranteed a place on the waiting list.",
            "We guarantee you will feel better.",
        ),
    ],
)
def test_a_guarantee_or_promise_of_no_outcome_promises_no_result(
    no_outcome: str, promised: str
) -> None:
    """What is guaranteed or promised must be an outcome (results, relief, better, pain
    free): a guarantee of a place, of the page's clarity or of what critics say clinics
    will tell you, and money got back from an insurer, promise no result."""
    flag_pair(FLAG, no_outcome, promised)


def test_a_studys_follow_up_is_no_promise() -> None:
    """The time a study measured its outcome at ("results at 2 year followup", a cited
    paper's title) is its follow-up, not a timeline promised."""
    flag_pair(
        FLAG,
        "Smith et al. (2011) Cartilage repair with marrow cells: results at 2 year followup.",
        "Our patients get the full results at 2 years.",
    )


@pytest.mark.parametrize(
    ("downtime", "promised"),
    [
        (
            "You can go back to normal activity after anything from several days.",
            "You will be back on the court in two weeks.",
        ),
        (
            "Most patients return to their daily routine within two days of the harvest.",
            "Most patients return to sport within six weeks of the injection.",
        ),
    ],
)
def test_the_procedures_downtime_is_no_result(downtime: str, promised: str) -> None:
    """A return to normal, usual or daily activity after a few days is the procedure's
    downtime (the recorded calls of bt11, da02, du02); a return to sport is a result."""
    flag_pair(FLAG, downtime, promised)


@pytest.mark.parametrize(
    "sentence",
    [
        # the brief's look-alikes
        "You will be back on the court in two weeks.",
        "Expect lasting relief after one injection.",
        "Results guaranteed or your money back.",
        "Most patients are pain free within days of treatment.",
        # a past or a hedge that says who is meant, or before a turn, leaves the promise
        "Patients who had failed other treatments are back to sport in weeks.",
        "Patients who had tried everything else are pain free within days of treatment.",
        "It could help some, but with our cells you will be pain free in days.",
        "Our old method had limits; now you will be pain free in days.",
        "We promise you'll see results.",
    ],
)
def test_a_promise_of_the_offer_is_still_found(sentence: str) -> None:
    raises(FLAG, sentence)


def test_the_lead_is_read_back_to_a_turn() -> None:
    """`Unpromised` alone: the words of `promise_leads:` are read over the whole lead of
    a finding, back to "but" or a semicolon, and not right after "who"."""
    rule = Unpromised({FLAG: [frozenset({"were"})], LEADS: [frozenset({"had", "could"})]})
    assert not rule.words.get(LEADS)
    far = tokens("Three men had, in the end and at last, results in days")
    assert rule.may_unsay(FLAG, [w.text for w in far])
    assert rule.unsaid(FLAG, far, 9, 12)
    assert not rule.unsaid("cure-claim", far, 9, 12)
    sentence = "Our old method had limits; now you are pain free in days"
    turned = tokens(sentence)
    assert not rule.unsaid(FLAG, turned, 6, 9, sentence)
    who = tokens("Patients who had surgery get results in days")
    assert not rule.unsaid(FLAG, who, 5, 8)
    but = tokens("It could help but you get results in days")
    assert not rule.unsaid(FLAG, but, 6, 9)
