"""Benefit claims read by mechanism (round benefits1): the advantage of a lesser
treatment said as the drawbacks of an operation it is set against. The first runs'
misses of fewer-side-effects (benchmarks/adverts/first-runs/*-misses.txt) said it as a
contrast: surgery's risks, long recovery or downtime, then a treatment "less invasive"
or "by contrast", in the same sentence or the next (`check/contrast.py`). Each test
gives made-up wordings, never a page's sentence, and look-alikes that must not be read
as the claim; each wording was missed before the rule."""

from __future__ import annotations

import pytest
from findings import benefits

from stemcell_cli.check.contrast import sets_against


@pytest.mark.parametrize(
    "lines",
    [
        # the drawbacks, then a lesser treatment set against them in the same sentence
        (
            "Spinal fusion comes with weeks in hospital and a lengthy rehabilitation, while our "
            "cell therapy is minimally invasive.",
        ),
        (
            "Patients facing a knee replacement, with all its risks and its long recovery, now "
            "have a choice that is far less invasive.",
        ),
        # in the next sentence, which sets itself against the one before
        (
            "An operation means months of rehab and a real risk of infection. Our injections, "
            "by contrast, take an afternoon and are minimally invasive.",
        ),
        (
            "A hip replacement brings a long recovery and a risk of blood clots; in contrast, "
            "the injection is done in the office.",
        ),
        (
            "Shoulder surgery usually means a painful recovery and weeks in a sling. Yet a less "
            "invasive option now exists.",
        ),
        # the drawbacks of the operation spared
        ("The injection reduces the risks that come with an operation.",),
        (
            "He never went through the long down time and drawn-out rehab of a traditional "
            "shoulder surgery.",
        ),
    ],
)
def test_an_operations_drawbacks_set_against_a_lesser_treatment_are_fewer_side_effects(
    lines: tuple[str, ...],
) -> None:
    assert "fewer-side-effects" in benefits(*lines), lines


@pytest.mark.parametrize(
    "lines",
    [
        # the drawbacks alone, or the next sentence about something else
        ("Spinal fusion comes with a lengthy rehabilitation. Our clinic is open on Saturdays.",),
        ("Surgery carries risks; ask your surgeon about them.",),
        # a lesser treatment named before the drawbacks, not set against them
        ("Less invasive options exist, but surgery still has a long recovery.",),
        # set against surgery with no drawback named
        ("Surgery is one option. By contrast, our injections are minimally invasive.",),
        # a contrast that does not open the next sentence
        (
            "An operation means months of rehab. Many patients, we find, are less invasive "
            "about their questions than you might expect by contrast.",
        ),
    ],
)
def test_drawbacks_or_a_lesser_treatment_alone_are_no_fewer_side_effects(
    lines: tuple[str, ...],
) -> None:
    assert "fewer-side-effects" not in benefits(*lines), lines


@pytest.mark.parametrize(
    ("sentence", "sets"),
    [
        ("By contrast, our injections are quick.", True),
        ("Regenerative therapies, in contrast, are done the same day.", True),
        ("Yet a less invasive treatment exists.", True),
        ("Instead, we inject your own cells.", True),
        ("The patient chose instead an injection.", True),
        ("However, surgery has a long recovery.", False),
        ("We found the opposite in contrast to the first four words here.", False),
        ("Surgery has a long recovery.", False),
    ],
)
def test_a_sentence_sets_itself_against_the_one_before_by_its_first_four_words(
    sentence: str, sets: bool
) -> None:
    assert sets_against(sentence) is sets


# -- Another treatment's effect: the usual care, and a rival named as an example -------
#
# The first runs' biggest kind of false alarm of these benefits was a claim said of
# another treatment (anti-inflammatory drugs, steroids, the usual care). `_Rivals` took
# most of them; two ways of naming the other treatment it did not see: the usual care by
# what it is ("traditional treatment", "conservative options"), and a rival named as an
# example set off by commas before the claim's clause ("Most treatments, such as
# steroids, try to ...": `check/subjects.py`).


@pytest.mark.parametrize(
    ("usual_care", "own_claim", "claim"),
    [
        (
            "Conservative care calms the inflammation for a few weeks.",
            "Our care calms the inflammation for months.",
            "reduced-inflammation",
        ),
        (
            "Traditional care without surgery has done little for these knees.",
            "Our care without surgery has done much for these knees.",
            "avoid-surgery",
        ),
        (
            "Standard therapies produced no reported side effects in that trial.",
            "Our therapy produced no reported side effects in that trial.",
            "fewer-side-effects",
        ),
    ],
)
def test_a_claim_said_of_the_usual_care_is_not_the_adverts(
    usual_care: str, own_claim: str, claim: str
) -> None:
    assert claim not in benefits(usual_care), usual_care
    assert claim in benefits(own_claim), own_claim


@pytest.mark.parametrize(
    ("said_of_example", "own_claim", "claim"),
    [
        (
            "Most drugs on offer, such as steroids and painkillers, try to lower the inflammation.",
            "Our injections, such as PRP and cells, lower the inflammation.",
            "reduced-inflammation",
        ),
        (
            "Common pills, like ibuprofen or naproxen, bring the swelling down within days.",
            "Common pills, like ibuprofen, wear off; our cells bring the swelling down.",
            "reduced-inflammation",
        ),
        (
            "The usual first steps, including physical therapy, help many patients avoid surgery.",
            "Our first steps, including PRP, help many patients avoid surgery.",
            "avoid-surgery",
        ),
    ],
)
def test_a_claim_whose_subject_names_a_rival_as_an_example_is_the_rivals(
    said_of_example: str, own_claim: str, claim: str
) -> None:
    assert claim not in benefits(said_of_example), said_of_example
    assert claim in benefits(own_claim), own_claim
