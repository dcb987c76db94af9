"""testimonials-as-evidence read by the structure that decides it (round flags4, issue
14): what a person uses to tell the flag, over all the first runs' errors at once, rather
than one wording a page.

A testimonial is one person's outcome offered as proof of the treatment. The outcome may
be told as what the person does now, a way of moving or a sport kept up, said by "now"
or by how often ("he now runs 11 miles a day", "she walks her dog every day"), or as the
treatment keeping the person at a sport ("keeps Jimmy in the game"); the adjective
"long" ("he has come a long way") is no longing, so no wish. Not a story: a habit of the
past ("she used to run 5 miles a day"), a doctor who "now runs a practice", "review" as
what a doctor does, pictures or stories denied a weight as proof. Made-up sentences, each
with a look-alike.
"""

from __future__ import annotations

from cases import each_case
from findings import flag_pair, raises

STORY = "testimonials-as-evidence"


@each_case(
    ("no_outcome", "outcome_now"),
    [
        # a habit of the past, not the outcome
        (
            "She had a stem cell injection in her knee. She used to run 5 miles a day.",
            "She had a stem cell injection in her knee. She now runs 5 miles a day.",
        ),
        # run and play only with a distance or a sport: a doctor's practice, a role
        (
            "Dr. Hale uses stem cell therapy in his clinic. He now runs a practice in Leeds.",
            "Dr. Hale gave Tom stem cell therapy in March. He now runs 11 miles a day.",
        ),
        (
            "He had PRP injections in his knee. He now plays a leading role in research.",
            "He had PRP injections in his knee. He now plays tennis.",
        ),
        # a way of moving with no treatment told before it
        (
            "She walks her dog every day. Her knee hurts.",
            "After her injection she walks her dog every day.",
        ),
    ],
)
def test_what_one_person_does_now_is_the_outcome_of_the_story(
    no_outcome: str, outcome_now: str
) -> None:
    """One person's way of moving or sport, said by "now" or by how often, is the
    outcome of a treatment told in its sentence or in the three before; a habit of the
    past, a business "run" or a role "played", or no treatment told, is none."""
    flag_pair(STORY, no_outcome, outcome_now)


@each_case(
    ("story",),
    [
        (
            "Mary, 64, was told she needed a new knee; six months after her injection she "
            "walks her dog every day.",
        ),
        ("She had PRP in her shoulder last year. She swims twice a week.",),
        ("Three months after his stem cell injection he hikes every weekend.",),
        (
            "He is still being treated at the clinic but has already come a remarkably long "
            "way: he now runs 11 miles a day.",
        ),
        ("Stem cell therapy is what keeps Jimmy in the game.",),
        ("The injections kept Maria on the court all season.",),
    ],
)
def test_one_persons_present_activity_after_the_treatment_is_a_testimonial(story: str) -> None:
    """The treatment told, and the person moving or playing now, or kept at a sport by
    it: a patient's story offered as proof, with no testimonial word."""
    raises(STORY, story)


@each_case(
    ("longing", "long_way"),
    [
        (
            "She had the stem cell injection in May and longs to walk again.",
            "She had the stem cell injection in May and has come a long way: she is walking again.",
        ),
        (
            "He had PRP in his knee and is longing to be running again.",
            "He had PRP in his knee, and after a long time he was running again.",
        ),
    ],
)
def test_the_adjective_long_is_no_wish(longing: str, long_way: str) -> None:
    """A wish is no result, longing included, but only as the verb with its "to" or
    "for": "a long way" before the outcome does not make it a wish."""
    flag_pair(STORY, longing, long_way)


@each_case(
    ("not_proof", "proof"),
    [
        # "review" as what the doctor does, not patients' reviews
        (
            "When we evaluate patients we like to review earlier x-ray or MRI reports.",
            "Read our patient reviews before you book.",
        ),
        (
            "Our doctors meet patients and will review their scans.",
            "Our patients review us on Google every week.",
        ),
        # pictures or stories denied a weight as proof
        (
            "The before and after pictures do not matter much to us.",
            "See the before and after pictures of our patients.",
        ),
        (
            "The before and after pictures don't matter much to us.",
            "The before and after pictures show how much our patients improve.",
        ),
        (
            "Patient stories prove nothing about stem cells.",
            "Patient stories show how well our stem cells work.",
        ),
    ],
)
def test_a_review_done_or_a_story_denied_is_no_testimonial(not_proof: str, proof: str) -> None:
    """A "review" after its subject or "to" is what a doctor does; pictures, stories or
    reviews said not to matter, not to count or to prove nothing are denied as proof.
    Patients' reviews, and pictures or stories offered, stay the flag."""
    flag_pair(STORY, not_proof, proof)
