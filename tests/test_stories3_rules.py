"""testimonials-as-evidence as the patient speaking (round stories3): one person tells, in
the first person, of the treatment they had and of being better off a sentence or three
later, with no testimonial word (`check/stories.py`, the lists `my-joint`, `my-treated`
and `my-better` of `data/check/advert_words.yaml`, read as halves of the story;
benchmarks/adverts/ROUNDS.md).

A patient quoted in a news story, a podcast host or a doctor telling of his own shoulder:
"I had the first injection in August ... By early October my shoulder had a full range of
motion without pain". The treatment had by "I" or given to "my" joint is a told half of
the story, "I" or "my" joint better off an outcome half. Each case is a short passage of
made-up sentences: the cases raised no flag before the rule; their look-alikes must stay
clean with it: a doctor's own credentials and patients, a patient no better or harmed, a
made-up example, a study's patients, an outcome with no treatment told before it.
"""

from __future__ import annotations

import pytest
from findings import found

STORY = "testimonials-as-evidence"

# (name, passage as lines, raised)
PASSAGES: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "the treatment had by 'I', 'my' joint without pain two sentences on",
        (
            "I had the first stem cell injection in March and a second one in May. The"
            " clinic is an hour from home. By July my shoulder had its full reach without"
            " pain.",
        ),
        True,
    ),
    (
        "the same story, the joint no better: a patient no better",
        (
            "I had the first stem cell injection in March and a second one in May. The"
            " clinic is an hour from home. By July my shoulder was no better and still"
            " hurt at night.",
        ),
        False,
    ),
    (
        "the same story, the joint worse: a patient harmed",
        (
            "I had the first stem cell injection in March and a second one in May. By July"
            " my shoulder was hot, swollen and stiff, and I needed antibiotics.",
        ),
        False,
    ),
    (
        "a quoted patient's difference, the treatment told in the same sentence",
        ('"I noticed the difference within a week," Marta said of the procedure.',),
        True,
    ),
    (
        "a quoted patient who noticed no difference",
        ('"I did not notice any difference at all," Marta said of the procedure.',),
        False,
    ),
    (
        "a host's own results from the treatment on his shoulder",
        (
            "Everyone has heard me talk about the amazing results I've had from the"
            " treatment on my shoulder.",
        ),
        True,
    ),
    (
        "a patient who stopped needing the cane after the injection into 'my' knee",
        (
            "The doctor put the PRP injection into my left knee in January. By spring I had"
            " stopped needing the cane.",
        ),
        True,
    ),
    (
        "a doctor's own credentials: the injections given, the technique improved",
        (
            "I have given more than two thousand stem cell injections since 2010. Over"
            " those years I have improved the technique again and again.",
        ),
        False,
    ),
    (
        "a doctor's own credentials: 'my' patients treated, the technique improved",
        (
            "I have treated my patients with stem cells for ten years. In that time I have"
            " improved the technique.",
        ),
        False,
    ),
    (
        "a patient who feels better since the injection into 'my' knee",
        (
            "Dr. Lee gave me a stem cell injection into my right knee last May. Three weeks"
            " later I felt much better.",
        ),
        True,
    ),
    (
        "a doctor's patients, not the doctor's own joint",
        (
            "In my practice I inject stem cells into knees and hips. My patients often"
            " feel better within weeks.",
        ),
        False,
    ),
    (
        "a made-up example in the first person",
        (
            "Suppose I had a stem cell injection in my knee. Would my knee be pain free a"
            " month later?",
        ),
        False,
    ),
    (
        "a study's patients, told by the researcher",
        (
            "In our trial, 40 patients had a stem cell injection in the knee. At one year"
            " their pain scores were no different from the placebo group.",
        ),
        False,
    ),
    (
        "'my' joint better with no treatment told before",
        (
            "I rested for six weeks and did my exercises every day. By July my shoulder had"
            " its full reach without pain.",
        ),
        False,
    ),
    (
        "the treatment told too far before the outcome",
        (
            "I had the first stem cell injection in March.",
            "",
            "The clinic is an hour from home. The parking is free. The staff were kind."
            " The waiting room had coffee. By July my shoulder had its full reach without"
            " pain.",
        ),
        False,
    ),
]


@pytest.mark.parametrize(
    ("lines", "raised"),
    [pytest.param(lines, raised, id=name) for name, lines, raised in PASSAGES],
)
def test_the_patient_speaking(lines: tuple[str, ...], raised: bool) -> None:
    assert (STORY in found("red_flag", *lines)) is raised, lines
