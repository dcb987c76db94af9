"""delay-degeneration, chronic-back-and-neck-pain and tendon-and-ligament-injuries read by
the structure that decides them (issue 14, round benefits4; every first-run entry of the
three in benchmarks/adverts/first-runs/, sorted by structure in docs/matcher.md), and
fw08's count of one disease's kinds. Each test gives made-up wordings of the structure,
never a page's sentence, and look-alikes that must still be read; each case of the
changed behaviour was read the other way before the round.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, found, red_flags

BACK = "chronic-back-and-neck-pain"
TENDON = "tendon-and-ligament-injuries"


def conditions(*lines: str) -> set[str]:
    return found("condition", *lines)


# -- The back or neck named as a place or in another sense (cy02, dt10, en05, et02, df08)
# The spec's structure named without a problem: where a needle goes, what the low back's
# parts do, the level of a paralysis, an idiom, and back pain denied of a study's people.


@each_case(
    ("sentence",),
    [
        ("She had two injections into the spinal canal of her lower back for MS.",),
        ("The cells were injected into the lower back under sedation to treat her MS.",),
        ("The joints of the lower back serve as hinges between the vertebrae.",),
        ("The muscles of the low back act as a corset for the spine.",),
        ("After the crash he was paralyzed from the neck down.",),
        ("Few doctors will stick their neck out for an untested therapy.",),
        ("Scans of adults without back pain often show bulging discs.",),
        ("Studies of volunteers with no neck pain found worn discs in most of them.",),
    ],
)
def test_the_back_or_neck_named_without_a_problem_is_no_back_pain(sentence: str) -> None:
    assert BACK not in conditions(sentence)


@each_case(
    ("sentence",),
    [
        ("Our injections ease pain in the lower back without surgery.",),
        ("We treat chronic low back pain with your own stem cells.",),
        ("Stem cells helped patients with neck pain move freely again.",),
        ("Live without back pain: book a consultation today.",),
        ("Her lower back hurts every morning.",),
    ],
)
def test_back_or_neck_pain_offered_is_still_read(sentence: str) -> None:
    assert BACK in conditions(sentence)


# -- A tendon or ligament hurt, said by the structure (cx08, da10, dv05, ea08, eu11, m02)
# A tendon or ligament problem in everyday words: the verb of the injury after the
# ligament it hurt, a verb "injure" before it, an injury where tendons attach, a tendon
# problem by a general name shared with another tissue, the misspelt tendinopathy, and an
# injury to the soft tissues with its tissues listed (m02).


@each_case(
    ("sentence",),
    [
        ("We treated the knee ligament she tore while skiing.",),
        ("Rugby players often come to us about a tendon they ruptured in a tackle.",),
        ("Runners can injure the Achilles or the other tendons of the ankle.",),
        ("Ligaments can be hurt in a fall on the ice.",),
        ("Jumpers get strains where the hamstring tendons attach to the pelvis.",),
        ("Stem cells may help with tendon or muscle conditions that have not healed.",),
        ("- Tendonopathy of the shoulder",),
        ("A fall can cause injuries to the soft tissues, such as muscles and tendons.",),
    ],
)
def test_a_tendon_or_ligament_hurt_is_read(sentence: str) -> None:
    assert TENDON in conditions(sentence)


@each_case(
    ("sentence",),
    [
        ("Tendons join muscle to bone and ligaments join bone to bone.",),
        ("The ligament holds the two bones of the joint together.",),
        ("The injection does not injure any nerve near the knee.",),
    ],
)
def test_a_tendon_or_ligament_named_as_anatomy_is_no_injury(sentence: str) -> None:
    assert TENDON not in conditions(sentence)


# -- What a body part or a carrier does is no slowed disease (ak02, fj05) ---------------
# A structure's own work ("the meniscus takes the load off the cartilage and prevents
# wear") and a cargo kept whole until delivered ("keeps them from breaking down until
# they reach the cell") are not the treatment slowing a disease.


@each_case(
    ("sentence",),
    [
        ("The meniscus absorbs shock in the knee and so prevents wear of the cartilage.",),
        ("The disc takes the load off the facet joints, preventing wear and tear.",),
        ("Its shell keeps the proteins from breaking down until they reach the cell.",),
        ("A lipid coat keeps the drug from breaking down before it reaches the joint.",),
    ],
)
def test_a_body_part_or_carrier_at_work_slows_no_disease(sentence: str) -> None:
    assert "delay-degeneration" not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Our stem cell injections slow the wear of your knee cartilage.",),
        ("The treatment can halt the progression of osteoarthritis.",),
        ("Stem cells keep the cartilage from breaking down further.",),
    ],
)
def test_the_treatment_slowing_wear_is_still_read(sentence: str) -> None:
    assert "delay-degeneration" in benefits(sentence)


# -- One disease's kinds and causes counted, not uses offered (fw08) --------------------


@each_case(
    ("lines",),
    [
        (("Vasculitis is a family of dozens of different diseases.",),),
        (
            (
                "Neuropathy means damage to the nerves of the limbs and hands.",
                "Diabetes is the cause seen most often.",
                "Other causes include lupus and other autoimmune conditions.",
            ),
        ),
    ],
)
def test_one_disease_kinds_and_causes_are_not_many_conditions(lines: tuple[str, ...]) -> None:
    assert "many-conditions" not in red_flags(*lines)


@each_case(
    ("sentence",),
    [
        ("Our stem cells treat dozens of conditions, from diabetes to autism.",),
        ("We have used the therapy for hundreds of diseases.",),
    ],
)
def test_a_count_of_uses_offered_is_still_many_conditions(sentence: str) -> None:
    assert "many-conditions" in red_flags(sentence)
