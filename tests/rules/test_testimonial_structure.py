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

Round stories2 read what flags4 left: a described patient the clinic treated, a time into
the trial told with the outcome, a life changed by it, a case's person come to the clinic,
a video from one patient are a story; a place is no person, so a harm told of a country
drops no story; athletes named for a quality to copy, a story told to show a problem, the
people a writer meets and a video of things are no testimonial.
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


@each_case(
    ("place", "person"),
    [
        # a harm told near a place name, no person harmed: the story stands
        (
            "She had stem cell injections in her knee in May. By July she felt much better."
            " In Nigeria, polio left thousands paralysed.",
            "She had stem cell injections in her knee in May. By July she felt much better."
            " In hospital, Ade was left paralysed.",
        ),
        (
            "He had PRP in his shoulder. Three weeks later he was back to work. In Lagos,"
            " many in the wards caught an infection.",
            "He had PRP in his shoulder. Three weeks later he was back to work. At home,"
            " Tunde caught an infection.",
        ),
    ],
)
def test_a_place_is_no_person_harmed(place: str, person: str) -> None:
    """A country or a city is no person's name (`place_names:`): a harm told of a place
    leaves a story within reach the flag; a named person harmed drops it."""
    flag_pair(STORY, person, place)


@each_case(
    ("place", "person"),
    [
        ("Nigeria, 66, had the procedure in March.", "Joyce, 66, had the procedure in March."),
        ("Ohio, 40, had the treatment in May.", "Wayne, 40, had the treatment in May."),
        # a city a clinic's page named, added to `place_names:` after stories2
        ("Kampala, 52, had the injection in June.", "Grace, 52, had the injection in June."),
    ],
)
def test_a_place_is_no_named_patient(place: str, person: str) -> None:
    """A named patient with an age and the treatment is a story; a place in the name's
    slot names no patient."""
    flag_pair(STORY, place, person)


@each_case(
    ("look_alike", "story"),
    [
        # one described patient the clinic treated, with no "who"
        (
            "A few patients we treated last year asked about the cost.",
            "A quadriplegic boy (paralysed from the neck down) we had treated nine months"
            " before had got back some ability to move.",
        ),
        # a time into the trial, told with one person's outcome
        (
            "Two years into the study, the researchers said patients feel a difference.",
            "Two years into the study, Sydnor said he definitely feels a difference.",
        ),
        # one person's life changed by the treatment, in the passive
        (
            "His life was changed forever by a motorcycle accident.",
            "Her life was changed in 2022 by a consultation with our surgeon.",
        ),
        # one case's person come to the clinic
        (
            "Patients often come to our center with chronic knee pain.",
            "This 61 year old man came to our center in July 2009 with chronic knee pain.",
        ),
        # a video from one patient who had the treatment
        (
            "The video above came from a patient education series on ankle arthritis.",
            "The video above came from a patient with severe ankle arthritis who had a stem"
            " cell injection.",
        ),
    ],
)
def test_a_described_patients_case_is_a_story(look_alike: str, story: str) -> None:
    """A patient told by a description, a time into the trial, a life changed by the
    treatment, a case's arrival at the clinic or a patient's video is one person's story
    offered as proof; patients in general, a mishap or a video of another kind are not."""
    flag_pair(STORY, look_alike, story)


@each_case(
    ("not_proof", "proof"),
    [
        # athletes named for a quality to copy
        (
            "Anyone can take on a pro athlete's mindset and use the resources open to them.",
            "Pro athletes use our stem cell injections.",
        ),
        # a story told to show a problem
        (
            "Yet Smith's story shows one of the registry's less known gaps.",
            "Read Smith's story of his recovery.",
        ),
        # the people a writer meets
        (
            "A great part of this blog is the many people I get to meet: patients, their"
            " families and advocates.",
            "Meet our patients and hear how they recovered.",
        ),
        # a video of things, not of a person
        (
            "Dr. Centeno's video below shows them in more detail with pictures.",
            "The video below shows him running six weeks after the injection.",
        ),
    ],
)
def test_athletes_stories_and_videos_named_for_another_reason(not_proof: str, proof: str) -> None:
    """Athletes named for their mindset, a story that shows a gap or a risk, the people a
    writer gets to meet and a video that shows things are no proof; athletes who use the
    treatment, a patient's story, patients introduced and a video of one patient are."""
    flag_pair(STORY, not_proof, proof)
