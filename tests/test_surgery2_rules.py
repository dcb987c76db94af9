"""Round surgery2: surgery set aside by the sentence's shape, with no avoid word.

An operation set aside need not be "avoided": the offer (stem cells, injections, PRP,
"our", "we") or its outcome (better, improved, function, relief, a repair) stands on one
side of a choice or a comparison, and an operation on the other, in one sentence: an
outcome reached "with no surgery", a treatment that "needs no surgery", an offer "as
effective as" or "better than" surgery, an option "beyond" surgery, an alternative for
patients who "face" an operation, a repair "rather than" replacing the joint (the
group `set-aside` of `data/check/advert_words.yaml`, with `offer-side` and
`joint-replaced`). Without the offer's side the same shapes claim nothing: an injury's
own course ("many tears heal with no surgery"), a rival's trial against surgery, cells
added to an operation ("better than surgery alone"), a patient with no past operation,
the usual first step. Made-up sentences, never a page's; each wording found here was
missed before the rule.
"""

from __future__ import annotations

import pytest
from findings import benefits

CLAIM = "avoid-surgery"


@pytest.mark.parametrize(
    "sentence",
    [
        # an outcome reached with no operation
        "Most of our patients regain full function with no surgery.",
        "Our injections bring lasting relief with no invasive surgery.",
        # a treatment that needs none
        "The injection is a same-day treatment of PRP that needs no surgery.",
        # the offer compared with an operation
        "Our stem cell injections are as effective as knee surgery, with far less downtime.",
        "For tennis elbow, PRP shots work better than surgery.",
        "In our hands the cells proved comparable to arthroscopic surgery.",
        "Stem cell shots give results similar to a knee replacement.",
        # an option beyond an operation
        "Our cells offer a treatment option beyond spinal fusion.",
        "With biologics we can now heal tendons beyond what traditional surgery can do.",
        # an alternative for patients who face an operation
        "We offer stem cell injections to patients who face a knee replacement as an alternative.",
        "Regenerative medicine gives people facing hip surgery one more option.",
        "Our injections are an option for patients who are candidates for a knee replacement.",
        "We offer PRP as one more choice to people told they need shoulder surgery.",
        # a repair rather than a joint replaced, by its verb
        "Rather than replacing the whole knee joint, our doctors repair the damaged cartilage.",
        "Our cells rebuild cartilage instead of replacing the hip.",
    ],
)
def test_surgery_set_aside_by_the_sentence_shape_is_avoid_surgery(sentence: str) -> None:
    """The offer or its outcome on one side, an operation on the other: avoid-surgery."""
    assert CLAIM in benefits(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the injury's own course: no offer on the other side
        "Many partial tears heal with no surgery at all.",
        "A mild sprain needs no surgery.",
        # a rival's trial against surgery
        "In a trial, physical therapy was as effective as surgery for meniscus tears.",
        "Physical therapy restores function with no surgery in many patients.",
        # cells added to an operation, not put in its place
        "Stem cells added during the repair heal the tendon better than surgery alone.",
        # no past operation, and an operation named after the offer's outcome only in passing
        "The trial enrolled patients with no prior surgery on the knee.",
        "Our surgeons follow each patient beyond surgery, through rehab.",
        # patients facing an operation told to ask, with no offer
        "Patients who face a knee replacement should ask their surgeon about every option.",
        "Candidates for hip surgery have other options, such as physical therapy.",
        # the usual first step before a joint is replaced, and a surgeon's repair
        "Rather than replacing the knee joint too early, surgeons advise physiotherapy.",
        "Rather than replacing the whole joint, the surgeon repairs the torn meniscus.",
        # cells added to an operation (an older guard, kept)
        "The cells add to the surgical repair rather than replacing it.",
    ],
)
def test_the_same_shapes_without_the_offer_claim_nothing(sentence: str) -> None:
    """Without the offer or its outcome on the other side, or with a rival or a surgeon
    there, the shape sets no operation aside for the advert."""
    assert CLAIM not in benefits(sentence), sentence
