"""Whose cells are said safe (ownsafe1, `check/whosecells.py`, `whose_cells:` in
`data/check/advert_words.yaml`): own-cells-so-safe is the patient's OWN cells argued safe
because they are his own (the spec: "safety implied because the cells are your/a
person's own"; the recorded call on di12: "immune rejection free" said of donor cord and
placenta cells is no own-cells safety). A safety wording that names no cells of its own
("a very low risk of rejection", "not rejected", "a lower risk of immune reaction") in a
sentence that names donor cells (cord blood, placenta, amniotic, Wharton's jelly,
exosomes, allogeneic) and none of the patient's own is said of the donor cells: no
own-cells safety, though it stays a safety claim (fewer-side-effects). Made-up wordings,
not pages'; each with look-alikes that must still raise the flag: own cells named beside
the donor cells ("unlike donor cells, your own cells are never rejected"), donor cells
set aside ("we never use donor cells, so there is no risk of rejection"), and own cells
with no donor cells at all."""

from __future__ import annotations

import pytest
from findings import benefits, red_flags, rule_cases

OWN = "own-cells-so-safe"

RULES = [
    (
        "no rejection said of donor cells is no own-cells safety",
        OWN,
        (
            # the look-alikes that must still be found
            "Because we use your own cells, there is no risk of rejection.",
            "The cells are autologous, so no reaction is possible.",
            "Your body will not reject its own cells.",
            "It is a safe procedure using a person's own cells.",
            "Unlike donor cord blood, your own cells are never rejected.",
            "Unlike umbilical cord cells, the cells come from the patient himself, so the "
            "risk of rejection is low.",
            # donor cells set aside: the safety is the own cells'
            "We never use donor cells, so there is no risk of rejection.",
            "No amniotic or placental tissue is involved, so the chance of your body "
            "rejecting the cells is practically nil.",
        ),
        (
            "Cord blood carries a very low risk of rejection and the results are fantastic.",
            "Taken from the umbilical cord, these cells bring particular advantages: they "
            "multiply faster than many adult stem cell types, carry a lower risk of immune "
            "reaction, and are obtained without invasive procedures.",
            "Donated placental tissue is well tolerated and the body does not reject it.",
            "Exosomes carry a lower risk of immune reaction than whole cells.",
            "Allogeneic cells from healthy young donors have no risk of rejection.",
            "Wharton's jelly cells are immune privileged, so anyone can receive them safely "
            "without rejection.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_own_cells_raise_the_flag_and_donor_cells_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Cord blood carries a very low risk of rejection and the results are fantastic.",
        "Allogeneic cells from healthy young donors have no risk of rejection.",
    ],
)
def test_donor_cells_said_safe_stay_a_safety_claim(sentence: str) -> None:
    """The spec: a donor product's "no rejection" is a different claim, not no claim."""
    assert "fewer-side-effects" in benefits(sentence), sentence
