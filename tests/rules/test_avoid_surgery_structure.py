"""avoid-surgery by the structure that decides it (round benefits1, issue 14).

The first runs' avoid-surgery errors sorted by what a reader tells the claim by (the table
is in docs/matcher.md, under avoid-surgery). Three structures of classes still wrong on
train got a rule: the need for an operation lessened, said as the last of what the offer
lessens or as a need that goes down (a claim); the offer with an operation denied beside
it, "an injection, and not an operation" (a claim); and non-surgical care said to be
wanted or lacking (a gap, no offer). Every sentence here is made up; each claim case was
missed, and each guarded case found, before the rules were added; the look-alikes hold
either way.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits

CLAIM = "avoid-surgery"


@each_case(
    ("sentence",),
    [
        (
            "A single injection of cells can ease pain, cut the use of painkillers and the "
            "need for a knee replacement.",
        ),
        (
            "Our injections reduced knee stiffness, morning swelling, the use of painkillers "
            "and the need for hip surgery.",
        ),
        ("After the cell injections, the need for spinal fusion fell sharply.",),
        ("With our treatment the need for painkillers and for an operation dropped.",),
        ("Once patients had the stem cells, the need for knee surgery went down.",),
    ],
)
def test_the_need_for_an_operation_lessened_is_the_claim(sentence: str) -> None:
    assert CLAIM in benefits(sentence)


@each_case(
    ("sentence",),
    [
        # the need rises, or what is lessened is no operation
        ("The need for surgery went up as the disease progressed.",),
        ("Knee replacements cut pain and the need for painkillers.",),
        # a rival's result, not the offer's
        ("Physical therapy can ease pain and the need for surgery went down in the trial.",),
    ],
)
def test_a_need_that_grows_or_is_no_operation_is_not_the_claim(sentence: str) -> None:
    assert CLAIM not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Better non-surgical treatments are needed for torn tendons.",),
        ("The non-surgical options open to us are limited, the doctor says.",),
        ("Nonoperative therapies were scarce until recently.",),
        ("There is a shortage of non-surgical care for frozen shoulder.",),
        ("A lack of nonsurgical options leaves many people in pain.",),
        ("The nonsurgical options open to us were limited.",),
    ],
)
def test_non_surgical_care_wanted_or_lacking_is_no_offer(sentence: str) -> None:
    assert CLAIM not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        # the offer's own scope, in the singular
        ("Stem cell therapy is a non-surgical option that is limited to mild arthritis.",),
        ("Our non-surgical treatments are limited to PRP and stem cells.",),
        # "need" said of surgery, the offer non-surgical
        ("Few patients need surgery once they try our non-surgical stem cell treatment.",),
        ("Our stem cell injections are a non-surgical treatment for knee pain.",),
    ],
)
def test_the_offers_own_non_surgical_care_stays_the_claim(sentence: str) -> None:
    assert CLAIM in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Stem cells, not surgery, can heal your torn tendon.",),
        ("Our injections, not a knee replacement, are the answer for mild arthritis.",),
        ("We use your own cells and not an operation to repair the tendon.",),
    ],
)
def test_the_offer_with_an_operation_denied_beside_it_is_the_claim(sentence: str) -> None:
    assert CLAIM in benefits(sentence)


@each_case(
    ("sentence",),
    [
        # a rival or the usual care beside the denied operation
        ("Physical therapy, not surgery, is the first step for most tears.",),
        ("A cortisone shot, not surgery, is what most doctors try first.",),
        # "but not" limits a list; the offer denied to be an alternative
        ("Injections but not surgery are covered by the plan.",),
        ("Stem cell injections are not an alternative to surgery.",),
    ],
)
def test_a_rival_or_a_limit_beside_a_denied_operation_is_not_the_claim(sentence: str) -> None:
    assert CLAIM not in benefits(sentence)
