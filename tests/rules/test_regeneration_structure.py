"""tissue-regeneration read by what decides it (issue 14, round benefits2; the table of
the first runs' errors by structure is in docs/matcher.md under "### tissue-regeneration").
Each test gives made-up wordings of one structure, never a page's sentence, and
look-alikes that must keep their reading; each advert case was missed, or each
look-alike case found, before the round's rule was added.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits

CLAIM = "tissue-regeneration"

# -- Cells put in the place of the body's damaged cells --------------------------------
# No operation replaces cells: injected cells that replace damaged, dead or lost cells
# are the repair claimed, with or without "with healthy ones".


@each_case(
    ("sentence",),
    [
        ("Once injected into the joint, the cells replace worn or injured cells.",),
        ("Our stem cells take hold in the tendon and replace its dead cells.",),
        ("Each cell settles beside a damaged one and becomes its replacement for the lost cell.",),
        ("The injected cells replace cells that are damaged by wear.",),
        ("They replace cells which were lost to arthritis.",),
    ],
)
def test_cells_replacing_damaged_cells_is_the_claim(sentence: str) -> None:
    assert CLAIM in benefits(sentence)


@each_case(
    ("sentence",),
    [
        # an operation replaces a joint or a tissue, not cells
        ("A knee replacement removes the damaged cartilage and bone.",),
        ("The surgeon will replace the worn joint with a metal implant.",),
        # replacing a word, a habit or a worker replaces no cells
        ("Replace the damaged filter in the machine every month.",),
    ],
)
def test_a_replacement_of_no_cells_is_no_regeneration(sentence: str) -> None:
    assert CLAIM not in benefits(sentence)


# -- Healing set going, whatever heal word follows -------------------------------------
# "start", "spur", "trigger" and the like before any one-word heal word (`heal-word`):
# the cells "start rebuilding" as they "start repair".


@each_case(
    ("sentence",),
    [
        ("Since they match the patient's own code, they start rebuilding right away.",),
        ("After the shot, the platelets trigger rebuilding.",),
        ("Our serum kickstarts regrowing in worn areas.",),
    ],
)
def test_healing_set_going_by_any_heal_word_is_the_claim(sentence: str) -> None:
    assert CLAIM in benefits(sentence)


@each_case(
    ("sentence",),
    [
        # a function restored is no tissue repaired (an existing guard, kept)
        ("The programme supports restoring shoulder function after an injury.",),
        # building strong relationships is no tissue grown
        ("Our team starts building strong relationships with every family.",),
    ],
)
def test_what_is_set_going_must_still_be_healing(sentence: str) -> None:
    assert CLAIM not in benefits(sentence)


# -- A repair done with a surgeon's means ----------------------------------------------
# A ligament "reconstructed with a graft", a tendon "repaired with sutures": the
# operation's repair, named by its means, not the offer's.


@each_case(
    ("sentence",),
    [
        ("His cruciate ligament was reconstructed with a patellar tendon graft in 2015.",),
        ("The torn tendon was repaired with sutures and two anchors.",),
        ("He had the ligament rebuilt using an allograft after the crash.",),
    ],
)
def test_a_repair_done_with_a_graft_or_sutures_is_the_operations(sentence: str) -> None:
    assert CLAIM not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Our stem cells repair the torn ligament, so no graft is needed.",),
        ("The injection rebuilds worn cartilage with the patient's own cells.",),
    ],
)
def test_the_offer_repairing_without_a_graft_is_still_the_claim(sentence: str) -> None:
    assert CLAIM in benefits(sentence)


# -- Nerves or vessels growing into a tissue, cells turning into a tumour --------------
# How a disease hurts ("nerves grow into the disc") or a harm ("turn into cancerous
# cells"), not a cell becoming tissue.


@each_case(
    ("sentence",),
    [
        ("The pain may come from small nerves that grow into the worn disc.",),
        ("Pain fibres and nerves growing into the cracked disc make it hurt.",),
        ("Once injected, some cells may turn into malignant, fast-growing cells.",),
    ],
)
def test_a_growth_that_hurts_or_harms_is_no_regeneration(sentence: str) -> None:
    assert CLAIM not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("The injected stem cells grow into cartilage.",),
        ("Our cells will differentiate into the cartilage that lines the hip.",),
    ],
)
def test_cells_growing_into_a_tissue_are_still_the_claim(sentence: str) -> None:
    assert CLAIM in benefits(sentence)


# -- Blood-forming cells rebuilding the blood ------------------------------------------
# The marrow transplant long used for blood cancers renews blood, not a damaged tissue.


@each_case(
    ("sentence",),
    [
        ("After chemotherapy, blood-forming stem cells from a donor rebuild the patient's blood.",),
        ("In a marrow transplant, hematopoietic stem cells restore the blood supply.",),
    ],
)
def test_blood_forming_cells_renewing_blood_is_no_regeneration(sentence: str) -> None:
    assert CLAIM not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Unlike blood-forming cells, our mesenchymal stem cells repair cartilage.",),
        ("Blood-forming cells renew the blood, and our injections regrow worn cartilage.",),
    ],
)
def test_the_offer_named_beside_blood_forming_cells_still_claims(sentence: str) -> None:
    assert CLAIM in benefits(sentence)


# -- Any cell at all, or a stem cell made in a lab -------------------------------------
# What a stem cell is: able to become any cell, or made from another cell.


@each_case(
    ("sentence",),
    [
        ("Stem cells are unique because they can develop into any cell of the body.",),
        ("Embryonic cells can turn into every tissue in a growing baby.",),
        ("In the lab, a skin cell can be turned into a stem cell with a few genes.",),
    ],
)
def test_becoming_any_cell_or_a_stem_cell_is_no_regeneration(sentence: str) -> None:
    assert CLAIM not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Injected into the knee, the cells turn into cartilage cells.",),
        ("The cells we inject transform into new tendon tissue.",),
    ],
)
def test_cells_becoming_a_named_tissue_are_still_the_claim(sentence: str) -> None:
    assert CLAIM in benefits(sentence)
