"""testimonials-as-evidence and stories heard (round testim7): a story, a review or a
picture that the reader or a third party hears of elsewhere is hearsay, not patient
stories the page presents as proof (the spec: stories "presented as proof"; a story
"discussed" is not the sign). The hearer (a third party of `reported_speech: subjects:`
or one of `hearers:`, "you", "someone") before a verb of `hearing:` ("hear", "heard")
makes what follows, to the end of the sentence or a word that turns it, hearsay
(`check/reported.py`, `Reported.heard_span`).

Each case is a short made-up sentence. The hearsay raised the flag before the round; the
look-alikes must still be found with it: the page's own stories offered to be heard (an
imperative, "you can hear", "you will hear"), the page speaking in what is heard ("from
our patients", the speaker's own story), a named person heard, and a story told after the
hearsay is set aside.
"""

from __future__ import annotations

import pytest

from tests.findings import red_flags

FLAG = "testimonials-as-evidence"

# (name, sentence, raised)
SENTENCES: list[tuple[str, str, bool]] = [
    (
        "the reader hears stories, set against the research",
        "You often hear stories of amazing recoveries, yet the research is thin.",
        False,
    ),
    (
        "a third party has heard reviews from a coworker",
        "Someone has heard glowing reviews from a coworker and wants to know the cost.",
        False,
    ),
    (
        "readers have heard celebrities' testimonials",
        "Most readers have heard testimonials from celebrities who swear by stem cells.",
        False,
    ),
    (
        "patients hear success stories from friends, then search",
        "Patients hear success stories from friends and then search for a clinic.",
        False,
    ),
    (
        "look-alike: the page's patients to be heard (an imperative)",
        "Hear from our patients: I was back on the bike in a month.",
        True,
    ),
    (
        "look-alike: the page promises what the reader will hear",
        "You will hear from patients who walked again after one injection.",
        True,
    ),
    (
        "look-alike: the page offers a named patient's story",
        "You can hear John's story in the video below.",
        True,
    ),
    (
        "look-alike: the page speaks in what is heard",
        "You hear it from our patients every day: their stories of walking again.",
        True,
    ),
    (
        "look-alike: a named person heard",
        "In the video you hear Maria tell her story: she is pain free after one injection.",
        True,
    ),
    (
        "look-alike: the speaker's own story is what is heard",
        "Many of you have heard me talk about how my knee got better after the injection.",
        True,
    ),
    (
        "look-alike: hearsay set aside, then the page's own reviews",
        "You hear a lot of noise, but read our patients' stories below.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "raised"),
    [pytest.param(sentence, raised, id=name) for name, sentence, raised in SENTENCES],
)
def test_stories_heard(sentence: str, raised: bool) -> None:
    assert (FLAG in red_flags(sentence)) is raised
