"""testimonials-as-evidence as one person's story whose outcome needs a wider reading than
"got better" (round testimonials4): the OUTCOME half of the story (`check/stories.py`)
and the one-sentence reading both use `better-off` of `data/check/advert_words.yaml`,
which now also reads the degree after the verb ("she improved drastically", "his pain
and function improved significantly"), a recovery made ("he had made a full recovery"),
the person healed or recovered told by a verb or a degree ("he had recovered
completely"; the list's old "healed|recovered|pain free|painfree" read "healed free"
and never "he recovered"), a difference felt and an improvement reported ("he
definitely feels a difference", "he reported an improvement of 30%";
benchmarks/adverts/ROUNDS.md).

Each case is a short passage of made-up sentences: the person and the treatment told,
the outcome in that sentence or the next. The stories raised no flag before the round;
their look-alikes must stay clean with it: a patient no better, a hedged or hoped-for
recovery, a study's patients, a doctor whose technique improved, a harmed patient, an
outcome with no treatment told before it, the healing of cells or tissue named in a
heading ("Key Healing Mechanisms of Stem Cell Therapy").
"""

from __future__ import annotations

import pytest
from findings import found

STORY = "testimonials-as-evidence"

# (name, passage as lines, raised)
PASSAGES: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "a third person improved with a degree after the verb, the next sentence",
        (
            "Last spring the clinic gave her a stem cell injection in her right knee. Within"
            " weeks she improved drastically.",
        ),
        True,
    ),
    (
        "what improved named first, the degree after the verb",
        (
            "His knee was treated with an injection of his own marrow cells. Afterwards"
            " his pain and mobility improved significantly.",
        ),
        True,
    ),
    (
        "a full recovery made, the athlete named with the injections before",
        (
            "In 2012 the team sent its pitcher for stem cell injections in his torn"
            " shoulder. Within a month he had made a full recovery.",
        ),
        True,
    ),
    (
        "recovered with a degree, the person told with the treatment just before",
        (
            "Jack Dunn received injections of stem cells to treat his injured elbow. He had"
            " recovered completely within six weeks.",
        ),
        True,
    ),
    (
        "a difference felt, told in reported speech",
        (
            "Paul joined the stem cell programme last year. Now Paul says he definitely"
            " feels a difference in his back.",
        ),
        True,
    ),
    (
        "an improvement reported by the patient",
        (
            "I saw a 70-year-old patient six weeks after the stem cell procedure on his"
            " left knee. He reported an improvement of 40%.",
        ),
        True,
    ),
    (
        "the same patient who did not improve significantly: a patient no better",
        (
            "Last spring the clinic gave her a stem cell injection in her right knee. Within"
            " weeks she had not improved significantly.",
        ),
        False,
    ),
    (
        "a recovery hoped for, not told",
        (
            "Jack Dunn received injections of stem cells to treat his injured elbow. His"
            " doctors hope he could make a full recovery.",
        ),
        False,
    ),
    (
        "a study's patients improved significantly",
        (
            "In the trial, 40 patients had a stem cell injection in the knee. At one year"
            " the patients improved significantly on the pain score.",
        ),
        False,
    ),
    (
        "a doctor's technique improved significantly",
        (
            "Dr. Lee has given stem cell injections for twenty years. Over that time the"
            " technique of the clinic improved significantly.",
        ),
        False,
    ),
    (
        "a harmed patient in a news story",
        (
            "After the stem cell injection at the clinic, she developed a serious infection"
            " in her spine and spent weeks in hospital.",
        ),
        False,
    ),
    (
        "a full recovery with no treatment told before it",
        (
            "Tom Riley tore his shoulder in 2012. He rested for a season. Within a year he"
            " had made a full recovery.",
        ),
        False,
    ),
    (
        "the healing of cells named in a heading",
        ("Key Healing Mechanisms of Stem Cell Therapy:", "Abundant cells. Powerful healing."),
        False,
    ),
]


@pytest.mark.parametrize(
    ("lines", "raised"),
    [pytest.param(lines, raised, id=name) for name, lines, raised in PASSAGES],
)
def test_the_wider_outcome(lines: tuple[str, ...], raised: bool) -> None:
    assert (STORY in found("red_flag", *lines)) is raised, lines
