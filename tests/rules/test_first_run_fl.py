"""Wordings that series fl's first run missed or misread on its train pages (issue 14,
round firstfl1; the sentences and diagnoses are in benchmarks/adverts/first-runs/
fl-misses.txt). Each test gives made-up wordings of the structure, never a page's
sentence, and look-alikes that must not be read as it; each advert case was missed, or
each look-alike case found, before the round's rule was added.
"""

from __future__ import annotations

from cases import each_case
from findings import found, red_flags

# -- Safety because the product came from the patient (fl04) ---------------------------
# The patient named as the source, in the past tense, with the safety given "because".


@each_case(
    ("sentence",),
    [
        ("The shot has almost no side effects because the serum came from the patient.",),
        ("Because the plasma came from the patients themselves, there is no allergic reaction.",),
        ("It is very safe, since the healing came from each patient.",),
    ],
)
def test_safety_because_it_came_from_the_patient_is_own_cells_so_safe(sentence: str) -> None:
    assert "own-cells-so-safe" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("The idea for the clinic came from the patients we met.",),
        ("The question came from the patient, and we answered it.",),
        ("The serum came from the patient, but it can still cause an infection.",),
    ],
)
def test_what_came_from_the_patient_with_no_safety_is_no_own_cells_flag(sentence: str) -> None:
    assert "own-cells-so-safe" not in red_flags(sentence)


# -- A sentence summed up by "This" or "That" that lessens a danger (fl08) -------------
# Own cells in one sentence; in the next, "This" or "That" as the subject, the sentence
# before summed up, with a verb of lessening or keeping and the danger it lessens.


@each_case(
    ("text",),
    [
        ("The graft is drawn from your own fat. This reduces the risk of infection.",),
        ("We use the patient's own marrow cells. That keeps the risk of rejection low.",),
        ("Each injection is made from your own blood. This prevents an infection.",),
        ("Only autologous cells are used. That eliminates any risk of rejection.",),
    ],
)
def test_own_cells_then_this_lessening_a_danger_is_own_cells_so_safe(text: str) -> None:
    assert "own-cells-so-safe" in red_flags(text)


@each_case(
    ("text",),
    [
        # no own cells in the sentence before
        ("We use donated cord tissue. This reduces the risk of infection.",),
        # "that" opening a relative clause, not the subject of the sentence
        ("We use your own blood. A dressing that reduces the risk of infection is put on.",),
        # "This" before another noun is no summing up
        ("The cells come from your own fat. This clinic keeps its prices low.",),
        # the danger not lessened
        ("The graft is drawn from your own fat. This raises the risk of an infection.",),
        # the sentence summed up is not the one with own cells
        ("Your own blood is used. Nurses wash their hands. This prevents an infection.",),
        # what is kept low is no danger
        ("We use your own cells. That keeps the cost down.",),
    ],
)
def test_no_own_cells_or_no_danger_lessened_is_no_own_cells_flag(text: str) -> None:
    assert "own-cells-so-safe" not in red_flags(text)


# -- A condition's name inside a scoring instrument's name (fl10) ----------------------
# A run of capitalised words that ends in Index, Score, Scale or Questionnaire names the
# instrument, not a condition the page offers to treat.


@each_case(
    ("sentence", "condition"),
    [
        (
            "Each patient filled in the Hip Osteoarthritis Outcome Score at every visit.",
            "osteoarthritis",
        ),
        (
            "We recorded the Rheumatoid Arthritis Disease Activity Index before treatment.",
            "rheumatoid-arthritis",
        ),
        (
            "Pain was graded on the Oswestry Low Back Pain Questionnaire.",
            "chronic-back-and-neck-pain",
        ),
    ],
)
def test_a_condition_inside_an_instruments_name_is_not_named(sentence: str, condition: str) -> None:
    assert condition not in found("condition", sentence)


@each_case(
    ("sentence", "condition"),
    [
        (
            "We treat osteoarthritis of the knee and score it on a scale of 1 to 10.",
            "osteoarthritis",
        ),
        ("Our clinic treats Osteoarthritis of the hip.", "osteoarthritis"),
        ("The osteoarthritis index of our patients fell after the injections.", "osteoarthritis"),
        ("Knee Osteoarthritis Treatment Without Surgery", "osteoarthritis"),
    ],
)
def test_a_condition_outside_an_instruments_name_is_still_named(
    sentence: str, condition: str
) -> None:
    assert condition in found("condition", sentence)


# -- FDA approval told as what insurers pay for (fl05) ---------------------------------
# Approval named as the condition of insurance coverage explains what is paid for, and
# blood cancers named before their approval are the transplants' approval, not a seal on
# the offer.


@each_case(
    ("sentence",),
    [
        ("Insurance is likeliest to pay when your treatment has FDA approval.",),
        ("Medicare covers a new therapy only if it has FDA approval for that disease.",),
        ("Cell therapies for the blood cancers they are FDA-approved for are paid for.",),
    ],
)
def test_approval_as_what_insurers_pay_for_is_no_fda_claim(sentence: str) -> None:
    assert "fda-status-claim" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Our knee injections are FDA approved.",),
        ("We use an FDA-cleared device in every procedure.",),
        ("Ask about financing; our lab is FDA registered.",),
        ("Our injections are FDA approved and covered by most plans.",),
    ],
)
def test_approval_with_no_insurance_is_still_an_fda_claim(sentence: str) -> None:
    assert "fda-status-claim" in red_flags(sentence)
