"""hip-and-knee-pain and reduced-inflammation read by the structure that decides them (issue
14, round conds3; every first-run entry of the two entries in
benchmarks/adverts/first-runs/, sorted by structure in docs/matcher.md), and series fv's
two train errors. Each test gives made-up wordings of the structure, never a page's
sentence, and look-alikes that must not be read as it; each advert case gave the wrong
finding before the round's change, and the look-alikes held before it too.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, found, red_flags


def conditions(*lines: str) -> set[str]:
    return found("condition", *lines)


# -- The meniscus named as a tissue, with no problem (d07, et10, fv02) -------------------
# The spec's "structure named without a problem": the meniscus as an example of a kind of
# tissue, beside the cartilage, or kept, names no meniscus tear.


@each_case(
    ("sentence",),
    [
        ("Much like the knee meniscus and other fibrocartilages, the wrist disc has few vessels.",),
        ("Our team rebuilds key joint tissues such as the meniscus and the articular cartilage.",),
        ("Fibrocartilages such as the knee meniscus are made of tough fibres.",),
        ("Soft structures, including the meniscus, cushion the joint.",),
        ("Meniscus preserved: yes",),
    ],
)
def test_the_meniscus_named_as_a_tissue_is_no_knee_trouble(sentence: str) -> None:
    assert "hip-and-knee-pain" not in conditions(sentence)


@each_case(
    ("sentence",),
    [
        ("She came to us with a torn meniscus.",),
        ("Injuries such as a meniscus tear heal with our cells.",),
        ("Knee problems such as meniscus tears respond well.",),
        ("His meniscus was damaged in a fall.",),
    ],
)
def test_a_meniscus_with_its_problem_is_still_knee_trouble(sentence: str) -> None:
    assert "hip-and-knee-pain" in conditions(sentence)


# A choice joins single words: "such as|like" read "such" then "as|like", so a painful
# joint "like" or "including" the hip was missed while "such as" was read.


@each_case(
    ("sentence",),
    [
        ("We treat a degenerating joint like the hip.",),
        ("Our injections ease a degenerating joint including the hip.",),
    ],
)
def test_a_painful_joint_like_the_hip_is_knee_or_hip_trouble(sentence: str) -> None:
    assert "hip-and-knee-pain" in conditions(sentence)


# -- Immune modulation with no inflammation named (at05, fl11) ---------------------------
# The spec's claim is inflammation reduced, calmed or controlled; the labels never gave
# immune modulation alone the claim (train: none of seven pages clear).


@each_case(
    ("sentence",),
    [
        ("Our cells have strong immunomodulatory properties.",),
        ("MSCs play a part in tissue repair and immune modulation.",),
        ("These cells can modulate the immune system.",),
        ("Immunomodulation is one of the things the cells do.",),
    ],
)
def test_immune_modulation_alone_is_no_inflammation_claim(sentence: str) -> None:
    assert "reduced-inflammation" not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Our cells modulate the immune response and calm inflammation.",),
        ("The cells have immunomodulatory effects that reduce swelling.",),
        ("Stem cells regulate the inflammatory response.",),
    ],
)
def test_immune_words_with_inflammation_calmed_still_claim(sentence: str) -> None:
    assert "reduced-inflammation" in benefits(sentence)


# -- The cells giving out anti-inflammatory agents (cz04, ef01, fd02) --------------------
# "Anti-inflammatory agents" named drugs wherever they stood; now only where a drug is
# named beside them, or they are taken or prescribed. Cells that make, release or supply
# them, or are them, make the claim.


@each_case(
    ("sentence",),
    [
        ("Our stem cells release anti-inflammatory agents into the joint.",),
        ("Once in the knee, the cells start to make anti-inflammatory agents.",),
        ("The cells themselves are powerful anti-inflammatory agents.",),
        ("The cells work like little chemists that hand out anti-inflammatories.",),
        ("Stem cells secrete anti-inflammatories where the tissue is hurt.",),
    ],
)
def test_cells_giving_out_anti_inflammatories_claim(sentence: str) -> None:
    assert "reduced-inflammation" in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Take paracetamol and anti-inflammatory agents for the pain.",),
        ("Your doctor may prescribe anti-inflammatory agents first.",),
        ("Doctors often give anti-inflammatory agents such as ibuprofen.",),
        ("NSAIDs and other anti-inflammatories are the usual care.",),
    ],
)
def test_anti_inflammatory_drugs_are_no_claim(sentence: str) -> None:
    assert "reduced-inflammation" not in benefits(sentence)


# -- Inflammation moderated or tempered (da04) -------------------------------------------


@each_case(
    ("sentence",),
    [
        ("MSCs moderate the local inflammatory response in the joint.",),
        ("Our injections temper the inflammation in worn knees.",),
    ],
)
def test_inflammation_moderated_or_tempered_is_the_claim(sentence: str) -> None:
    assert "reduced-inflammation" in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Some patients had mild to moderate inflammation after the injection.",),
        ("Prolotherapy sets off a local, controlled inflammatory process.",),
        ("A moderate amount of swelling is normal.",),
    ],
)
def test_moderate_as_an_adjective_or_inflammation_set_off_is_no_claim(sentence: str) -> None:
    assert "reduced-inflammation" not in benefits(sentence)


# -- Inflammation named as a cause, "reduced" said of the next cause (cb04) --------------


@each_case(
    ("sentence",),
    [
        ("Chronic inflammation, joint overload and a reduced blood supply wear cartilage down.",),
        ("Swelling, stiffness and a decreased range of motion are common.",),
    ],
)
def test_inflammation_as_a_cause_beside_a_reduced_noun_is_no_claim(sentence: str) -> None:
    assert "reduced-inflammation" not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Our cells lead to a reduced inflammatory response.",),
        ("Stem cells reduce inflammation and a poor blood supply is no bar.",),
    ],
)
def test_inflammation_reduced_still_claims(sentence: str) -> None:
    assert "reduced-inflammation" in benefits(sentence)


# -- Series fv (fv05): a count of treatments that ends the pain ---------------------------
# The spec's "promised outcomes or timelines": how many sessions it takes for the pain to
# be gone. fv02's meniscus is the first group above.


@each_case(
    ("sentence",),
    [
        ("It generally takes 4 to 6 sessions, a month apart, to eliminate the pain.",),
        ("Most patients need 2 injections to end their pain.",),
    ],
)
def test_a_count_of_treatments_that_ends_the_pain_is_a_promise(sentence: str) -> None:
    assert "promised-results" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("We gave 3 injections but could not eliminate the pain.",),
        ("A treatment to eliminate the pain is what every patient wants.",),
    ],
)
def test_pain_not_ended_or_no_count_is_no_promise(sentence: str) -> None:
    assert "promised-results" not in red_flags(sentence)
