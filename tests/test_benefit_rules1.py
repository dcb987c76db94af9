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
