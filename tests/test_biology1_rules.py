"""The body's own healing told as background is no claim of the offer (biology1,
`check/owncourse.py`, `own_course:` in data/check/advert_words.yaml).

tissue-regeneration is the claim that the OFFERED treatment repairs, regrows or
regenerates tissue (benchmarks/adverts/README.md). A page that tells what the body, a
tissue or cells do on their own, a natural capacity, its limit or its decline ("cartilage
regenerates poorly once damaged", "as we age our cells regenerate less well"), with no
word of the offer in that clause, claims nothing for the offer; nor does a heal word whose
object would have to be read across a clause boundary ("... healing back pain, stem cell
injections are the strongest"). Made-up sentences, each with a look-alike that must still
be found.
"""

from __future__ import annotations

import pytest
from findings import claim_pair


@pytest.mark.parametrize(
    ("background", "claimed"),
    [
        (
            "Articular cartilage has no blood vessels and so regenerates poorly once damaged.",
            "Cartilage cannot heal on its own, but our stem cells regrow it.",
        ),
        (
            "With little blood supply, the inner meniscus repairs damaged fibres only slowly.",
            "Your body heals slowly; our injection speeds up tissue repair.",
        ),
        (
            "As we age our cells renew themselves and regenerate tissue less well.",
            "As you age, stem cell injections regenerate tissue in your knee.",
        ),
        (
            "Normally our cells renew themselves, splitting to make fresh ones.",
            "Our stem cells renew damaged cartilage in the knee.",
        ),
        (
            "No other cell in the body can naturally make new kinds of cell.",
            "Stem cells can turn into cartilage and rebuild your knee.",
        ),
        (
            "Injured ligaments with a poor blood supply mend damaged fibres only partly.",
            "PRP helps injured ligaments with a poor blood supply mend damaged fibres.",
        ),
        (
            "Tendon tissue renews itself naturally over months.",
            "The cells are forced to build new tendon tissue faster than they would on their own.",
        ),
    ],
)
def test_the_body_healing_on_its_own_course_claims_nothing(background: str, claimed: str) -> None:
    """Healing told as the body's own capacity, limit or decline, with no word of the
    offer in its clause, is no tissue-regeneration claim; the offer's healing in the next
    clause or sentence, or tied to the offer in the same clause, still is."""
    claim_pair("tissue-regeneration", background, claimed)


@pytest.mark.parametrize(
    ("across", "claimed"),
    [
        (
            "Of all the tools we have for healing back pain, stem cell injections are the best.",
            "Of all the tools we have for healing torn discs, stem cell injections are the best.",
        ),
        (
            "While healing takes its time, joints and tendons need rest.",
            "Our knee restoration programme regrows cartilage.",
        ),
        (
            "Once he had fully healed from it, my knee felt brand new.",
            "Stem cells can become, and heal, many kinds of tissue.",
        ),
    ],
)
def test_a_heal_word_does_not_reach_across_a_clause(across: str, claimed: str) -> None:
    """A heal word's object is read in its own clause: a tissue word after a comma that
    opens a new subject is not what it heals; a heal word with its tissue in its own
    clause still claims."""
    claim_pair("tissue-regeneration", across, claimed)
