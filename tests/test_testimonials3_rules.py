"""testimonials-as-evidence as one patient's case (round testimonials3): a case told as
proof through a before and an after of the treatment, with no testimonial word and no
"he" or "she" (`check/stories.py`, the lists `story-told`, `story-outcome`, `case-person`
and `case-after` of `data/check/advert_words.yaml`; benchmarks/adverts/ROUNDS.md).

A page shows one patient's scan or image after the treatment ("an MRI of the same knee
2 months after the injection") and, a sentence or three later, the patient better off
("the athlete has no knee pain"). The after of the treatment is a told half of the
story, the case's person (the patient, the athlete, this man, a 62-year-old) better off
an outcome half. Each case is a short passage of made-up sentences: the cases raised no
flag before the rule; their look-alikes must stay clean with it: a study's patients, a
case report's complication, a patient no better or harmed, a made-up example, a scan
after the treatment with no person better off.
"""

from __future__ import annotations

import pytest
from findings import found

STORY = "testimonials-as-evidence"

# (name, passage as lines, raised)
PASSAGES: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "a scan of the same knee after the treatment, the case's person better two sentences on",
        (
            "Below is an MRI of a runner's partly torn ACL.",
            "",
            "The next image shows the same knee three months after a bone marrow stem cell"
            " injection. The radiologist read the ligament as intact. The runner now has no"
            " knee pain and no instability.",
        ),
        True,
    ),
    (
        "the same scan, the case's person worse: a complication",
        (
            "Below is an MRI of a runner's partly torn ACL.",
            "",
            "The next image shows the same knee three months after a bone marrow stem cell"
            " injection. The radiologist read an abscess at the site. The runner had no fever"
            " but severe knee pain.",
        ),
        False,
    ),
    (
        "an x-ray after the procedure, the patient better in the next sentence",
        (
            "The x-ray on the right was taken six months after the stem cell procedure."
            " The patient has no hip pain on stairs.",
        ),
        True,
    ),
    (
        "an x-ray after the procedure, the patient no better",
        (
            "The x-ray on the right was taken six months after the stem cell procedure."
            " The patient felt no better and chose a hip replacement.",
        ),
        False,
    ),
    (
        "a 62-year-old with the treatment, this man better two sentences on",
        (
            "This 62 year old man first saw us in May with a worn hip. A year after his stem"
            " cell procedure, we took a new x-ray. Today this man is walking again.",
        ),
        True,
    ),
    (
        "a made-up patient, a scan after the treatment",
        (
            "Imagine a patient whose MRI of the same knee looks better three months after"
            " the injection. Suppose the patient has no knee pain by then: that alone"
            " proves nothing.",
        ),
        False,
    ),
    (
        "a study's patients scanned after the treatment",
        (
            "MRIs taken six months after the injections showed thicker cartilage in the"
            " treated group. The patients reported less pain than the controls.",
        ),
        False,
    ),
    (
        "the patient better with no treatment told before",
        ("Knee pain has many causes. The patient has no knee pain after a month of rest.",),
        False,
    ),
    (
        "the after of the treatment told too far before the outcome",
        (
            "The x-ray on the right was taken six months after the stem cell procedure."
            " The clinic is in the city centre. Parking is free. It opens at eight. The"
            " patient has no hip pain on stairs.",
        ),
        False,
    ),
]


@pytest.mark.parametrize(
    ("lines", "raised"),
    [pytest.param(lines, raised, id=name) for name, lines, raised in PASSAGES],
)
def test_a_case_told_through_a_before_and_after(lines: tuple[str, ...], raised: bool) -> None:
    assert (STORY in found("red_flag", *lines)) is raised, lines
