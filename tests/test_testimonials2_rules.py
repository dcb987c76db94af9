"""testimonials-as-evidence over several sentences (round testimonials2): one patient's
story told in the third person or quoted, with no testimonial word, the person named
with the treatment in one sentence and better off in one of the next few
(`check/stories.py`, the lists `story-told` and `story-outcome` of
`data/check/advert_words.yaml`; benchmarks/adverts/ROUNDS.md).

Each case is a short passage of made-up sentences: the stories raised no flag before
the rule (their outcome sentence names no treatment and no testimonial word); their
look-alikes must stay clean with it: an outcome too far from the treatment, a hope or a
hedge, the treatment named of no one, a story turned into a warning, another
treatment's result.
"""

from __future__ import annotations

import pytest
from findings import found

from stemcell_cli.check import matcher, stories
from stemcell_cli.check.matcher import Matcher, Phrase

STORY = "testimonials-as-evidence"

# (name, passage as lines, raised)
PASSAGES: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "named with the treatment, better in the next sentence",
        (
            "In March the clinic used bone marrow stem cells to treat Walter Brenning, aged"
            " 72, for a worn knee. His knee pain, a torment for six years, got better within"
            " a month.",
        ),
        True,
    ),
    (
        "better three sentences on, across a quoted block and a doctor's title",
        (
            "Marta's own stem cells were injected into her shoulder in May.",
            "",
            '"The whole visit took an hour," Dr. Okafor said.',
            "",
            "Six weeks later she has improved a great deal.",
        ),
        True,
    ),
    (
        "a story headed by its person, the outcome in the text",
        (
            "Priya's stem cell injection",
            "",
            "Two months on, she is doing much better and sleeps through the night.",
        ),
        True,
    ),
    (
        "the treatment told a success, the person with it",
        (
            "Among our first patients was a young man named Tomas. His first knee stem cell"
            " injection, in 2012, was a success.",
        ),
        True,
    ),
    (
        "a success of no treatment",
        ("Among our first runners was a young man named Tomas. His first marathon was a success.",),
        False,
    ),
    (
        "a named person who can walk again",
        ("The clinic rebuilt his shin bone, and Okonjo can walk again today.",),
        True,
    ),
    (
        "a named person who may walk again, asked",
        ("Nobody knows yet whether Okonjo can walk again.",),
        False,
    ),
    (
        "the outcome too far from the treatment",
        (
            "Marta's own stem cells were injected into her shoulder in May. The clinic is"
            " in the city centre. Parking is free. It opens at eight. Her sister lives"
            " nearby. Six weeks later she has improved a great deal.",
        ),
        False,
    ),
    (
        "a hope, not a result",
        (
            "Marta's own stem cells were injected into her shoulder in May. Her doctor"
            " hopes she will feel better by the summer.",
        ),
        False,
    ),
    (
        "better, with no person named with the treatment before",
        (
            "Stem cell injections are offered for worn knees. He was better at tennis than"
            " his brother.",
        ),
        False,
    ),
    (
        "the outcome before the treatment is named",
        ("By the spring he felt better. Later that year his brother had stem cell injections.",),
        False,
    ),
    (
        "better after another treatment",
        (
            "Marta's doctor gave her a cortisone shot. Cortisone shots made her feel better"
            " for a week.",
        ),
        False,
    ),
    (
        "the story told as a warning",
        (
            "Marta's own stem cells were injected into her shoulder in May. Beware of"
            " clinics that claim she got better because of them.",
        ),
        False,
    ),
]


@pytest.mark.parametrize(
    ("lines", "raised"),
    [pytest.param(lines, raised, id=name) for name, lines, raised in PASSAGES],
)
def test_a_story_over_several_sentences(lines: tuple[str, ...], raised: bool) -> None:
    assert (STORY in found("red_flag", *lines)) is raised, lines


def _story_matcher() -> Matcher:
    return Matcher(
        [
            Phrase(stories.TOLD, STORY, "he|she ...4 cells"),
            Phrase(stories.OUTCOME, STORY, "he|she ...2 better"),
            Phrase("red_flag", "other", "better"),
        ]
    )


@pytest.mark.parametrize(
    ("lines", "entries"),
    [
        (["She had cells. She felt better."], {STORY, "other"}),
        (["She felt better. She had cells."], {"other"}),
        (["She had cells.", "", "Rain fell. Wind blew. Snow came. She felt better."], {"other"}),
        (["She had cells.", "", "Rain fell. Wind blew. She felt better."], {STORY, "other"}),
        (["She had cells and she felt better."], {STORY, "other"}),
    ],
)
def test_the_outcome_counts_only_after_the_told_half_within_reach(
    lines: list[str], entries: set[str]
) -> None:
    """The halves are never reported themselves; an outcome is the flag only in the
    sentence of a told half or the REACH sentences after it, across blocks."""
    found_here = Matcher.scan(_story_matcher(), lines)
    assert {m.entry_id for m in found_here} == entries
    assert all(m.kind in ("red_flag",) for m in found_here)


def test_the_halves_are_kinds_of_their_own() -> None:
    assert {stories.TOLD, stories.OUTCOME, stories.HARM} == stories.KINDS
    assert not stories.KINDS & {matcher.PART, matcher.STATED, "red_flag"}
