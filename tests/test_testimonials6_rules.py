"""testimonials-as-evidence and a story of harm (round testimonials6): a patient's story
whose person is harmed, or let down by the treatment, in the story's sentence or in one of
the `stories.REACH` sentences after or before it is a warning, not proof that the
treatment works (the spec: stories "presented as proof"). The harm is a half of its own
(`story-harm` of `data/check/advert_words.yaml`, read like the story's other halves:
negation, questions), one person or patients and what befell them ("came home
paralysed", "septic arthritis", "came away let down"); it drops the flag's matches
within the story's reach (`check/stories.py`).

Each case is a short made-up passage. The harm stories raised the flag before the round;
the look-alikes must still be found with it (a story with no harm, a treatment's risk
named with no person harmed, a harm denied, a harm told far from the story), and the
brief's silent sentences stay silent.
"""

from __future__ import annotations

import pytest
from findings import red_flags

FLAG = "testimonials-as-evidence"

# (name, passage as lines, raised)
PASSAGES: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "a case report's patients harmed, in the sentence of the story",
        (
            "We describe two patients who came to us with septic arthritis after stem"
            " cell injections at other clinics.",
        ),
        False,
    ),
    (
        "a named patient's story, the harm in the next sentence",
        (
            "Read Paul's story. He had stem cell injections at a clinic abroad and came"
            " home paralysed.",
        ),
        False,
    ),
    (
        "patients let down by another clinic, in the sentence of the story",
        ("We meet patients who went to other stem cell clinics and came away let down.",),
        False,
    ),
    (
        "a story's title, the harm two sentences on",
        (
            "One Patient's Story",
            "She had an injection at a clinic in Florida. Within days she had gone blind"
            " in both eyes.",
        ),
        False,
    ),
    (
        "the brief's look-alike: patients' words as proof",
        ("Read what our patients say: 'I was back on the court in six weeks'",),
        True,
    ),
    (
        "the brief's look-alike: reviews as proof",
        ("Five-star reviews from hundreds of patients",),
        True,
    ),
    (
        "a story with a risk named and no person harmed",
        (
            "Read Maria's story: she is pain free after her stem cell injection. Like any"
            " injection, it carries a small risk of infection.",
        ),
        True,
    ),
    (
        "a harm denied, then the stories",
        (
            "Our patients have never been hospitalised after the procedure. Read their"
            " patient stories on this page.",
        ),
        True,
    ),
    (
        "a harm told far from the story",
        (
            "Read Maria's story: she is pain free after her stem cell injection.",
            "Our team has twenty years of experience. We use ultrasound guidance. Every"
            " sample is tested. Our lab is certified.",
            "In the news, a man treated at an unlicensed clinic abroad came home paralysed.",
        ),
        True,
    ),
    (
        "the brief's silent sentence: testimonials named no evidence",
        ("Testimonials are not evidence",),
        False,
    ),
    (
        "the brief's silent sentence: a harm with no testimonial",
        ("One patient went blind after an injection at a Florida clinic",),
        False,
    ),
]


@pytest.mark.parametrize(
    ("lines", "raised"),
    [pytest.param(lines, raised, id=name) for name, lines, raised in PASSAGES],
)
def test_story_of_harm(lines: tuple[str, ...], raised: bool) -> None:
    assert (FLAG in red_flags(*lines)) is raised
