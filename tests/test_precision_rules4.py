"""Benefit claims said of others, asked or required are not the advert's own (issue 14,
precision, fourth round).

Careful pages and clinic pages alike name what the usual care aims at (calming
inflammation, slowing the disease), what a stem cell is (a cell that turns into other
kinds of cell), what research weighs or nobody knows yet, what a question asks ("how
safe it is depends on the clinic"), what someone took away from a seminar, the body's
own healing (slow, or natural), a surgeon's repair, non-surgical care as the usual first
step or a market trend, licences a seller lacks, a reader's safe decision, an insurance
plan, and a faster recovery from an injury or an operation; a negation that reaches a
second thing denied after "or"; and, for the FDA warning sign, how few products are
approved and rules a product failed to meet. For each rule, sentences of that kind that
must not raise the claim, and advert sentences that still must.
"""

from __future__ import annotations

import pytest
from findings import benefits, claim_pair, flag_pair

RULES = [
    # --- not_asserting: research weighs a possible use -------------------------------
    (
        "research-weighs-a-possible-role",
        "tissue-regeneration",
        "Researchers are still evaluating its potential role in helping the body repair "
        "damaged tendons.",
        "Our injections help the body repair damaged tendons.",
    ),
    # --- not_asserting: a question asked in a statement --------------------------------
    (
        "how-safe-depends",
        "fewer-side-effects",
        "How safe these injections are depends a great deal on the clinic.",
        "These injections are safe.",
    ),
    (
        "how-effective-question",
        "tissue-regeneration",
        "How effective are cell injections in healing torn tendons?",
        "Cell injections are effective in healing torn tendons.",
    ),
    (
        "how-safe-after-a-word-of-asking",
        "fewer-side-effects",
        "The article looks into how safe it is and what it costs.",
        "Thanks to how safe it is, the treatment is now offered in our clinic.",
    ),
    # --- not_asserting: what nobody knows yet ------------------------------------------
    (
        "unclear-if",
        "tissue-regeneration",
        "It is unclear if the injected cells regrow any cartilage.",
        "The injected cells regrow cartilage.",
    ),
    # --- not_asserting: in theory, and someone's understanding -------------------------
    (
        "in-theory",
        "tissue-regeneration",
        "In theory, these cells could rebuild worn cartilage.",
        "These cells rebuild worn cartilage.",
    ),
    (
        "someones-understanding",
        "tissue-regeneration",
        "His understanding after the seminar was that the cells regenerate the damaged tissue.",
        "After the injection, the cells regenerate the damaged tissue.",
    ),
    # --- reduced-inflammation: the usual care's aim and the drugs' own effect ------------
    (
        "usual-care-aims-at-inflammation",
        "reduced-inflammation",
        "Standard care today aims at slowing the disease and reducing inflammation.",
        "Our cell therapy aims at reducing inflammation.",
    ),
    (
        "non-surgical-care-designed-to-calm",
        "reduced-inflammation",
        "Most shoulder problems are first handled with non-surgical treatments designed to "
        "reduce inflammation.",
        "Our injections are designed to reduce inflammation.",
    ),
    (
        "drugs-such-as-x-that-help",
        "reduced-inflammation",
        "Doctors prescribe drugs such as methotrexate or leflunomide that help suppress "
        "inflammation.",
        "Stem cells help suppress inflammation.",
    ),
    (
        "the-bodys-own-response-stops",
        "reduced-inflammation",
        "When the injury becomes chronic, the body's inflammatory response stops and "
        "healing goes no further.",
        "The cells calm the body's inflammatory response.",
    ),
    # --- delay-degeneration: slow as an adjective, the drugs' own effect -----------------
    (
        "a-slow-loss",
        "delay-degeneration",
        "The swollen lining brings pain, stiffness and a slow loss of cartilage.",
        "Our injections slow the loss of cartilage.",
    ),
    (
        "drugs-such-as-x-that-slow",
        "delay-degeneration",
        "Drugs such as methotrexate that help slow the destruction of joints are the usual "
        "first step.",
        "Stem cells help slow the destruction of joints.",
    ),
    # --- avoid-surgery: non-surgical care as the usual first step, a trend, a link -------
    (
        "first-managed-non-surgically",
        "avoid-surgery",
        "Most rotator cuff tears are initially managed with non-surgical care.",
        "Our non-surgical care lets you keep your shoulder.",
    ),
    (
        "demand-for-non-surgical",
        "avoid-surgery",
        "Demand for non-surgical interventions is expected to grow with the ageing population.",
        "Choose our non-surgical intervention for your knee.",
    ),
    (
        "see-non-surgical-treatments",
        "avoid-surgery",
        "See Non-Surgical Treatments for Neck Pain",
        "Non-Surgical Treatment for Neck Pain",
    ),
    # --- tissue-regeneration -------------------------------------------------------------
    (
        "surgery-recommended-to-repair",
        "tissue-regeneration",
        "Surgery may be recommended to rebuild the ligament and to repair other injuries "
        "such as a torn meniscus.",
        "Our cells repair other injuries such as a torn meniscus.",
    ),
    (
        "what-a-stem-cell-is",
        "tissue-regeneration",
        "Stem cells are cells that can develop into many different cell types.",
        "Injected stem cells develop into cartilage cells.",
    ),
    (
        "stem-cells-in-development",
        "tissue-regeneration",
        "In the embryo, stem cells grow into blood, brain, bones and every organ.",
        "Injected stem cells grow into new bone.",
    ),
    (
        "tissue-heals-slowly",
        "tissue-regeneration",
        "The Achilles tendon heals slowly because its blood supply is poor.",
        "The Achilles tendon heals fully after our injection.",
    ),
    (
        "repair-crew",
        "tissue-regeneration",
        "Think of stem cells as the body's own repair crew.",
        "Our stem cells repair the damaged tissue.",
    ),
    (
        "biology-of-healing",
        "tissue-regeneration",
        "Laboratory work on the biology of tissue healing gives the field great potential.",
        "Our injections speed tissue healing.",
    ),
    # --- fewer-side-effects --------------------------------------------------------------
    (
        "natural-healing-after",
        "fewer-side-effects",
        "The injection uses your own blood to help the tissue go through healing naturally.",
        "Using your own blood is natural and safe.",
    ),
    (
        "licences-needed-to-offer-safely",
        "fewer-side-effects",
        "The company lacks the licences required to safely sell these products.",
        "We offer these products safely.",
    ),
    (
        "a-safe-decision",
        "fewer-side-effects",
        "Asking these questions is the best step to making a safe, informed decision.",
        "Our injection is a safe treatment.",
    ),
    (
        "a-guide-to-safe-choices",
        "fewer-side-effects",
        "A short guide for safe stem cell treatment choices.",
        "Stem cell treatment is safe.",
    ),
    (
        "faster-recovery-after-an-injury",
        "fewer-side-effects",
        "The injections can help shorten rehab after an injury or surgery.",
        "Our injections shorten recovery compared with surgery.",
    ),
    (
        "faster-recovery-after-an-operation",
        "fewer-side-effects",
        "For patients who have had surgery, adding cells can cut recovery time in half.",
        "Unlike surgery, our injection needs no hospital stay and cuts recovery time.",
    ),
    # --- personalized-treatment ----------------------------------------------------------
    (
        "an-insurance-plan",
        "personalized-treatment",
        "Large employers fund their own health plans and are free to tailor their plans.",
        "We tailor your treatment plan to you.",
    ),
]


@pytest.mark.parametrize(
    ("claim", "careful", "advert"),
    [rule[1:] for rule in RULES],
    ids=[rule[0] for rule in RULES],
)
def test_a_claim_said_of_others_asked_or_required(claim: str, careful: str, advert: str) -> None:
    claim_pair(claim, careful, advert)


@pytest.mark.parametrize(
    ("claim", "careful", "advert"),
    [
        (
            "tissue-regeneration",
            "These treatments ease symptoms; they do not restore disc structure or reverse "
            "degeneration.",
            "Our cells restore disc structure and reverse degeneration.",
        ),
        (
            "tissue-regeneration",
            "Steroid shots never rebuild worn cartilage or regrow torn tendons.",
            "Our cells rebuild worn cartilage and regrow torn tendons.",
        ),
    ],
    ids=["do-not-restore-or-reverse", "never-rebuild-or-regrow"],
)
def test_a_negation_reaches_a_second_thing_denied_after_or(
    claim: str, careful: str, advert: str
) -> None:
    claim_pair(claim, careful, advert)


def test_an_or_beyond_the_negations_reach_carries_nothing() -> None:
    """ "Or" carries a negation on only when it comes within the negation's window."""
    assert "tissue-regeneration" in benefits(
        "Patients who cannot walk far on bad days or stairs find injections regrow cartilage."
    )


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "Few stem cell products are FDA-approved, so check what you are offered.",
            "Our stem cell products are FDA-approved.",
        ),
        (
            "The inspectors found that the products failed to meet criteria set by FDA "
            "regulations.",
            "Our products meet criteria set by FDA regulations.",
        ),
    ],
    ids=["few-are-approved", "failed-to-meet-fda-rules"],
)
def test_how_few_are_approved_and_rules_failed_are_no_seal(careful: str, advert: str) -> None:
    flag_pair("fda-status-claim", careful, advert)


def test_purported_cures_are_reported_not_claimed() -> None:
    """ "Purported", like "purportedly", reports a claim as someone else's."""
    flag_pair(
        "cure-claim",
        "The clinic's purported cures for arthritis went untested.",
        "Our cells cure arthritis.",
    )
