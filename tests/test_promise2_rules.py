"""An outcome or a timeline is a promised result only when said as what the treatment
gives (promise2): the rule of `check/promises.py`. The spec's promised results ("results
in days", "back to sport in weeks", "you will be pain free") are said as a fact or to the
reader, in the present or the future; the same words told as past (a study's or a named
patient's outcome reported), hedged ("potentially", "could"), or said of the
procedure's after-effects (soreness, swelling, downtime) promise nothing
(`unpromised:` in `data/check/advert_words.yaml`). Made-up sentences, each with a
look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import flag_pair, raises

from stemcell_cli.check.promises import Unpromised
from stemcell_cli.check.sentences import tokens

FLAG = "promised-results"


@pytest.mark.parametrize(
    ("reported", "promised"),
    [
        # a past study's results, reported
        (
            "The results were remarkable and lasted a decade.",
            "Our results are remarkable and last a decade.",
        ),
        # a named patient's return, told as what happened
        (
            "Within a week he was back on the golf course.",
            "Within a week most patients are back on the golf course.",
        ),
        (
            "Two weeks after the shot Mark got better within days of starting rehab.",
            "Most patients feel better within days of the injection.",
        ),
    ],
)
def test_an_outcome_told_as_past_is_no_promise(reported: str, promised: str) -> None:
    """A past tense inside the finding or shortly before it reports what happened; the
    same outcome said in the present, of the clinic's patients or the reader, promises."""
    flag_pair(FLAG, reported, promised)


@pytest.mark.parametrize(
    ("hedged", "promised"),
    [
        (
            "Stem cells can regenerate tissue, potentially offering a long-term solution to "
            "neck pain.",
            "Stem cells regenerate tissue, offering a long-term solution to neck pain.",
        ),
        (
            "With luck you could be back on the course within a few weeks.",
            "With our cells you will be back on the course within a few weeks.",
        ),
    ],
)
def test_a_hedged_outcome_is_no_promise(hedged: str, promised: str) -> None:
    flag_pair(FLAG, hedged, promised)


@pytest.mark.parametrize(
    ("recovery", "promised"),
    [
        (
            "After the injection expect some soreness for a few days, though many patients "
            "are back to their usual activities soon afterwards.",
            # (promise3) a return to usual activities in days is itself the downtime (bt11,
            # da02, du02); a return to sport is a result
            "After the injection most patients are back to their sport in a few weeks.",
        ),
        (
            "There is swelling for a few days, but most are back to work soon.",
            "There is no downtime, and you are back to work in a few days.",
        ),
    ],
)
def test_the_procedures_after_effects_are_no_promise(recovery: str, promised: str) -> None:
    """A timeline of soreness or swelling after the injection is the procedure's
    recovery, not a result."""
    flag_pair(FLAG, recovery, promised)


@pytest.mark.parametrize(
    "sentence",
    [
        # the spec's examples
        "Results in days.",
        "Back to sport in weeks.",
        "You will be pain free.",
        # the brief's
        "Most patients are back to golf within two weeks.",
        "Results guaranteed or your money back.",
        "You will be pain free in days.",
        # "may" and "can" stay promises (recorded calls: h05, az10)
        "In brief: you may feel some relief from inflammation right away.",
        "Patients can live a pain-free life without surgery.",
        # a past tense further back in the clause than the reach says nothing of it
        "Patients who were in pain for years are back to sport in weeks.",
    ],
)
def test_a_promise_said_as_fact_or_to_the_reader_is_still_found(sentence: str) -> None:
    raises(FLAG, sentence)


def test_a_past_word_far_before_the_finding_leaves_it_a_promise() -> None:
    """Only the words inside a finding and the four before it in its clause are read:
    a past tense in an earlier clause says nothing of the promise."""
    raises(FLAG, "The clinic was founded in 2010, and you will be pain free in days.")


def test_only_an_entry_given_words_takes_the_rule() -> None:
    """`Unpromised` alone: the words are compared as written, in small letters, and only
    within the reach before a finding in its clause."""
    rule = Unpromised({FLAG: [frozenset({"was", "were"}), frozenset({"could"})]})
    words = tokens("Within a week he WAS back on the course")
    assert rule.may_unsay(FLAG, [w.text for w in words])
    assert rule.unsaid(FLAG, words, 3, 8)
    assert not rule.unsaid("cure-claim", words, 3, 8)
    far = tokens("It could be, in the end, that you are back on the course")
    assert not rule.unsaid(FLAG, far, 8, 13)
    assert not Unpromised({})
