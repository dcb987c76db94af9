"""Stem cells said to become a tissue's own cells (regen3, `tissue-cells` in
data/check/advert_words.yaml, tissue-regeneration's `phrases:` in data/benefits.yaml): the
spec's tissue-regeneration includes cells that "become new cartilage". The becoming was
read only when its tissue came at most four words after a verb of `become:` ("turn into
new cartilage") or right after "can|could|will become"; so "would become long tendon
cells", "became new cartilage cells", "transform into tenocytes" and "turning it into
something like chondrocytes" (the cells turning the tissue they are put in) claimed
nothing. The becoming now reaches the cells of a tissue the claim regrows (cartilage,
tendon, ligament, bone, disc, meniscus or muscle cells; chondrocytes, tenocytes,
osteoblasts, osteocytes) farther on, from "become" itself too. Made-up wordings, not
pages'; with look-alikes that must still be found (the plain repair claims) and ones that
must stay silent: cells turned into stem cells, a list with fat cells in it (what a stem
cell can become in biology, as the guards of `{become}` already read it), other kinds of
cells, and tissue cells that become weak or inflamed."""

from __future__ import annotations

import pytest
from findings import benefits, rule_cases

REGENERATION = "tissue-regeneration"

RULES = [
    (
        "stem cells said to become the cells of a tissue the claim regrows",
        REGENERATION,
        (
            # found only with the change
            "Stem cells injected into a torn tendon would become long tendon cells.",
            "Injected into the shoulder, the cells became strong tendon cells.",
            "The injected cells become healthy cartilage cells.",
            "After the injection, the cells transform into tenocytes.",
            "Injected into the disc, our cells settle in the worn tissue, turning it into"
            " something like chondrocytes.",
            "The cells attach to the damaged disc and turn it into healthy disc cells.",
            # the look-alikes that must still be found, with and without the change
            "Our stem cells regenerate damaged cartilage.",
            "Repair the torn tendon without surgery.",
            "Regrow cartilage in your knee.",
            "Our treatment helps the body heal itself.",
            "Our stem cells turn into new cartilage in your knee.",
            "The cells can become cartilage and repair the damage.",
        ),
        (
            "Scientists can change the genes of adult cells to turn them into stem cells.",
            "Messenger stem cells are able to become fat, cartilage or bone cells.",
            "Adult stem cells can become other kinds of cells.",
            "Damaged cartilage cells become inflamed and die.",
            "In the lab, the cells became nerve cells.",
            "The disc cells become weaker with age.",
            "Doctors can turn it into a bone graft.",
        ),
    ),
]


@pytest.mark.parametrize(("claim", "sentence", "found"), rule_cases(RULES))
def test_stem_cells_said_to_become_a_tissues_cells(claim: str, sentence: str, found: bool) -> None:
    assert (claim in benefits(sentence)) is found, sentence
