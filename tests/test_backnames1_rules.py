"""Round backnames1: a back after surgery, and arthritis graded, are the conditions they are.

The spec (benchmarks/adverts/README.md, "### conditions") counts back pain as
chronic-back-and-neck-pain and "plain 'arthritis' in a joint context" as osteoarthritis.
Pages name the first by the back operation the pain persists or starts after: the
syndrome ("failed back surgery syndrome", "post-laminectomy syndrome") or the pain said
after the operation ("chronic pain after spinal fusion"); an operation named alone is no
condition (the calls on ah07 and bz08). They name the second by its grade or stage
("severe arthritis", "the early stages of arthritis"), the way wear of a joint is graded;
another arthritis named in the sentence (rheumatoid) stays guarded. Each test gives
made-up sentences, never a page's, and look-alikes that must still be found or must stay
silent; each wording of the first two tests was missed before the rule."""

from __future__ import annotations

import pytest
from findings import found

BACK = "chronic-back-and-neck-pain"
OA = "osteoarthritis"


@pytest.mark.parametrize(
    "sentence",
    [
        # the syndrome named after the failed operation
        "Many of our patients live with failed back surgery syndrome.",
        "She was told she had failed back syndrome.",
        "We see patients with FBSS every week.",
        "He was diagnosed with post-laminectomy syndrome.",
        "Post fusion syndrome is hard to treat.",
        # pain said after a back operation
        "Chronic pain after spinal fusion is common.",
        "Her pain came back after a lumbar discectomy.",
        "Some people still have pain following a laminectomy.",
        "He has had aches ever since his back surgery.",
        "Pain that persists after a fusion in the back can be treated.",
    ],
)
def test_pain_after_a_back_operation_is_back_pain(sentence: str) -> None:
    assert BACK in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of my patients with severe arthritis report relief.",
        "The treatment tackles the early stages of arthritis.",
        "These two patches were early signs of arthritis.",
        "Advanced arthritis used to mean an operation.",
        "She has mild to moderate arthritis.",
        "The clinic treats end-stage arthritis.",
        "The hip treatment takes on arthritis in its early stages.",
    ],
)
def test_arthritis_graded_by_stage_or_severity_is_osteoarthritis(sentence: str) -> None:
    assert OA in found("condition", sentence)


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        # wordings found before the rule, and still
        ("He has had low back pain for years.", BACK),
        ("Back pain after lifting is common.", BACK),
        ("Stem cells for neck pain and sciatica.", BACK),
        ("She has arthritis of the knee.", OA),
        ("Knee osteoarthritis is common after 60.", OA),
        ("He has severe osteoarthritis of the hip.", OA),
        # the grade of rheumatoid arthritis keeps rheumatoid arthritis
        ("She has severe rheumatoid arthritis.", "rheumatoid-arthritis"),
    ],
)
def test_the_aliases_are_still_found(sentence: str, entry: str) -> None:
    assert entry in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a back operation offered, avoided or recovered from, with no pain named
        "We perform spinal fusion and laminectomy at our centre.",
        "Stem cells may help you avoid a spinal fusion.",
        "Recovery after a lumbar discectomy takes six weeks.",
        # pain after an operation that is not on the back
        "Some patients have pain after knee surgery.",
        "Pain after an ankle fusion can last months.",
        "Doctors also speak of failed knee surgery syndrome.",
        # the procedure's own pain set against the operation's
        "Patients feel less pain than after a spinal fusion.",
        # a causal "since" is no time after the operation
        "This matters for knee pain, since back surgery fails often.",
    ],
)
def test_back_operation_look_alikes_stay_silent(sentence: str) -> None:
    assert BACK not in found("condition", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # another arthritis graded: rheumatoid, psoriatic or juvenile arthritis is no wear
        "She has severe rheumatoid arthritis.",
        "Early psoriatic arthritis can be missed.",
        # arthritis not graded, with no joint: borderline at most, not read
        "The study measured pain, arthritis and sleep.",
        # a grade said of something else near the word
        "Severe pain from arthritis keeps her awake.",
        "Chronic arthritis set in when she was a child.",
        # a graded arthritis said of another kind named in the sentence
        "Severe arthritis is common in RA patients.",
    ],
)
def test_arthritis_look_alikes_stay_silent(sentence: str) -> None:
    assert OA not in found("condition", sentence)
