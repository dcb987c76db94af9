"""Benefit claims read by mechanism and in new wordings: tissue regeneration, stem cells
said to become a tissue's own cells, and the advantage of a lesser treatment.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, found, guarded_pair, rule_cases

from stemcell_cli.check.words.contrast import sets_against

# -- Moved from tests/test_benefit_rules1.py -----------------------------------------------
# Benefit claims read by mechanism (round benefits1): the advantage of a lesser
# treatment said as the drawbacks of an operation it is set against. The first runs'
# misses of fewer-side-effects (benchmarks/adverts/first-runs/*-misses.txt) said it as a
# contrast: surgery's risks, long recovery or downtime, then a treatment "less invasive"
# or "by contrast", in the same sentence or the next (`check/words/contrast.py`). Each test
# gives made-up wordings, never a page's sentence, and look-alikes that must not be read
# as the claim; each wording was missed before the rule.


@each_case(
    ("lines",),
    [
        # the drawbacks, then a lesser treatment set against them in the same sentence
        (
            (
                "Spinal fusion comes with weeks in hospital and a lengthy "
                "rehabilitation, while our "
                "cell therapy is minimally invasive.",
            ),
        ),
        (
            (
                "Patients facing a knee replacement, with all its risks and its long recovery, now "
                "have a choice that is far less invasive.",
            ),
        ),
        # in the next sentence, which sets itself against the one before
        (
            (
                "An operation means months of rehab and a real risk of infection. Our injections, "
                "by contrast, take an afternoon and are minimally invasive.",
            ),
        ),
        (
            (
                "A hip replacement brings a long recovery and a risk of blood clots; in contrast, "
                "the injection is done in the office.",
            ),
        ),
        (
            (
                "Shoulder surgery usually means a painful recovery and weeks in a "
                "sling. Yet a less "
                "invasive option now exists.",
            ),
        ),
        # the drawbacks of the operation spared
        (("The injection reduces the risks that come with an operation.",),),
        (
            (
                "He never went through the long down time and drawn-out rehab of a traditional "
                "shoulder surgery.",
            ),
        ),
    ],
)
def test_an_operations_drawbacks_set_against_a_lesser_treatment_are_fewer_side_effects(
    lines: tuple[str, ...],
) -> None:
    assert "fewer-side-effects" in benefits(*lines), lines


@each_case(
    ("lines",),
    [
        # the drawbacks alone, or the next sentence about something else
        (("Spinal fusion comes with a lengthy rehabilitation. Our clinic is open on Saturdays.",),),
        (("Surgery carries risks; ask your surgeon about them.",),),
        # a lesser treatment named before the drawbacks, not set against them
        (("Less invasive options exist, but surgery still has a long recovery.",),),
        # set against surgery with no drawback named
        (("Surgery is one option. By contrast, our injections are minimally invasive.",),),
        # a contrast that does not open the next sentence
        (
            (
                "An operation means months of rehab. Many patients, we find, are less invasive "
                "about their questions than you might expect by contrast.",
            ),
        ),
    ],
)
def test_drawbacks_or_a_lesser_treatment_alone_are_no_fewer_side_effects(
    lines: tuple[str, ...],
) -> None:
    assert "fewer-side-effects" not in benefits(*lines), lines


@each_case(
    ("sentence", "sets"),
    [
        ("By contrast, our injections are quick.", True),
        ("Regenerative therapies, in contrast, are done the same day.", True),
        ("Yet a less invasive treatment exists.", True),
        ("Instead, we inject your own cells.", True),
        ("The patient chose instead an injection.", True),
        ("However, surgery has a long recovery.", False),
        ("We found the opposite in contrast to the first four words here.", False),
        ("Surgery has a long recovery.", False),
    ],
)
def test_a_sentence_sets_itself_against_the_one_before_by_its_first_four_words(
    sentence: str, sets: bool
) -> None:
    assert sets_against(sentence) is sets


# -- Another treatment's effect: the usual care, and a rival named as an example -------
#
# The first runs' biggest kind of false alarm of these benefits was a claim said of
# another treatment (anti-inflammatory drugs, steroids, the usual care). `Rivals` took
# most of them; two ways of naming the other treatment it did not see: the usual care by
# what it is ("traditional treatment", "conservative options"), and a rival named as an
# example set off by commas before the claim's clause ("Most treatments, such as
# steroids, try to ...": `check/rules/claim_subjects.py`).


@each_case(
    ("usual_care", "own_claim", "claim"),
    [
        (
            "Conservative care calms the inflammation for a few weeks.",
            "Our care calms the inflammation for months.",
            "reduced-inflammation",
        ),
        (
            "Traditional care without surgery has done little for these knees.",
            "Our care without surgery has done much for these knees.",
            "avoid-surgery",
        ),
        (
            "Standard therapies produced no reported side effects in that trial.",
            "Our therapy produced no reported side effects in that trial.",
            "fewer-side-effects",
        ),
    ],
)
def test_a_claim_said_of_the_usual_care_is_not_the_adverts(
    usual_care: str, own_claim: str, claim: str
) -> None:
    assert claim not in benefits(usual_care), usual_care
    assert claim in benefits(own_claim), own_claim


@each_case(
    ("said_of_example", "own_claim", "claim"),
    [
        (
            "Most drugs on offer, such as steroids and painkillers, try to lower the inflammation.",
            "Our injections, such as PRP and cells, lower the inflammation.",
            "reduced-inflammation",
        ),
        (
            "Common pills, like ibuprofen or naproxen, bring the swelling down within days.",
            "Common pills, like ibuprofen, wear off; our cells bring the swelling down.",
            "reduced-inflammation",
        ),
        (
            "The usual first steps, including physical therapy, help many patients avoid surgery.",
            "Our first steps, including PRP, help many patients avoid surgery.",
            "avoid-surgery",
        ),
    ],
)
def test_a_claim_whose_subject_names_a_rival_as_an_example_is_the_rivals(
    said_of_example: str, own_claim: str, claim: str
) -> None:
    assert claim not in benefits(said_of_example), said_of_example
    assert claim in benefits(own_claim), own_claim


# -- Moved from tests/test_claim_rules1.py -------------------------------------------------
# Wordings of benefit claims and conditions that new pages, read blind (round claims1,
# issue 14), used and the matcher missed or misread: a joint or a back said to hurt, a
# treatment said not to make things worse, and look-alikes of regeneration and of calmed
# inflammation (tissue hard to heal, healing slow on its own, a study's question, a disease's
# course). Each sentence is made up; each wording was missed, or each look-alike found,
# before its rule was added.


@each_case(
    ("sentence",),
    [
        ("Is your hip hurting again after the walk?",),
        ("My hip aches in the morning.",),
        ("His knees throb after a long run.",),
        ("Her hips hurt on the stairs.",),
    ],
)
def test_a_hip_or_knee_said_to_hurt_is_hip_or_knee_pain(sentence: str) -> None:
    assert "hip-and-knee-pain" in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("The fall hurt her wrist.",),
        ("It hurts to think about the cost.",),
    ],
)
def test_hurt_said_of_no_hip_or_knee_is_no_hip_or_knee_pain(sentence: str) -> None:
    assert "hip-and-knee-pain" not in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("My lower back hurts when I sit.",),
        ("Does your back hurt after work?",),
    ],
)
def test_a_back_said_to_hurt_is_back_pain(sentence: str) -> None:
    assert "chronic-back-and-neck-pain" in found("condition", sentence)


def test_coming_back_hurt_is_no_back_pain() -> None:
    assert "chronic-back-and-neck-pain" not in found(
        "condition", "The player came back hurt after the game."
    )


@each_case(
    ("sentence",),
    [
        ("These injections cannot make your condition worse.",),
        ("The treatment won't make your knee any worse.",),
        ("The procedure will not make the pain worse.",),
    ],
)
def test_a_treatment_that_cannot_make_things_worse_claims_fewer_side_effects(
    sentence: str,
) -> None:
    assert "fewer-side-effects" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Gentle exercise will not make knee arthritis worse.",),
        ("Walking cannot make the tear worse.",),
    ],
)
def test_something_else_that_cannot_make_things_worse_is_no_claim(sentence: str) -> None:
    assert "fewer-side-effects" not in found("benefit", sentence)


@each_case(
    ("guarded", "still_found"),
    [
        # tissue hard to heal
        (
            "Ligaments get so little blood that it is hard for them to mend with anything"
            " but scar tissue.",
            "Our cells mend ligaments with new tissue.",
        ),
        # healing on its own said to be slow or poor
        (
            "Natural repair of a torn ligament is usually slow and of poor quality.",
            "Stem cells speed the repair of a torn ligament.",
        ),
        (
            "Cartilage has a limited capacity for spontaneous healing; therefore any joint"
            " damage keeps growing.",
            "Our injections start healing; therefore any joint damage can be rebuilt.",
        ),
        # the body's own cells said to be too weak to heal
        (
            "You hurt because your own stem cells are too few and too weak to repair the damage.",
            "Our stem cells repair the damage in your knee.",
        ),
        # a study's question
        (
            "This study seeks to determine the effectiveness of using a patient's own fat"
            " cells to repair cartilage defects.",
            "Our treatment uses a patient's own fat cells to repair cartilage defects.",
        ),
    ],
)
def test_look_alikes_of_regeneration_make_no_claim(guarded: str, still_found: str) -> None:
    guarded_pair("benefit", "tissue-regeneration", guarded, still_found)


@each_case(
    ("guarded",),
    [
        (
            "Over time the tendon slides into a degenerative process where the inflammatory"
            " response is suppressed.",
        ),
        ("It becomes a chronic state in which inflammation is suppressed and repair stops.",),
    ],
)
def test_a_disease_course_that_suppresses_inflammation_is_no_claim(guarded: str) -> None:
    guarded_pair(
        "benefit",
        "reduced-inflammation",
        guarded,
        "Our cells suppress the inflammatory response in the tendon.",
    )


@each_case(
    ("sentence", "condition"),
    [
        ("We treat a sprained ankle that never settled.", "tendon-and-ligament-injuries"),
        ("Repeated ankle sprains weaken the joint.", "tendon-and-ligament-injuries"),
        ("He sprained his wrist playing rugby.", "tendon-and-ligament-injuries"),
        ("Help for a torn Achilles.", "tendon-and-ligament-injuries"),
        ("Living with bad hips?", "hip-and-knee-pain"),
        ("A sore hip keeps her awake.", "hip-and-knee-pain"),
        ("Injections for shoulder arthritis.", "osteoarthritis"),
        ("Thumb arthritis makes gripping hard.", "osteoarthritis"),
    ],
)
def test_everyday_names_of_the_conditions_are_found(sentence: str, condition: str) -> None:
    assert condition in found("condition", sentence)


@each_case(
    ("sentence", "condition"),
    [
        ("Cost is the Achilles heel of this clinic.", "tendon-and-ligament-injuries"),
        ("Rheumatoid arthritis of the shoulder needs drugs first.", "osteoarthritis"),
    ],
)
def test_look_alikes_of_everyday_names_are_not_the_condition(sentence: str, condition: str) -> None:
    assert condition not in found("condition", sentence)


# -- Moved from tests/test_regen3_rules.py -------------------------------------------------
# Stem cells said to become a tissue's own cells (regen3, `tissue-cells` in
# data/check/advert_words.yaml, tissue-regeneration's `phrases:` in data/benefits.yaml): the
# spec's tissue-regeneration includes cells that "become new cartilage". The becoming was
# read only when its tissue came at most four words after a verb of `become:` ("turn into
# new cartilage") or right after "can|could|will become"; so "would become long tendon
# cells", "became new cartilage cells", "transform into tenocytes" and "turning it into
# something like chondrocytes" (the cells turning the tissue they are put in) claimed
# nothing. The becoming now reaches the cells of a tissue the claim regrows (cartilage,
# tendon, ligament, bone, disc, meniscus or muscle cells; chondrocytes, tenocytes,
# osteoblasts, osteocytes) farther on, from "become" itself too. Made-up wordings, not
# pages'; with look-alikes that must still be found (the plain repair claims) and ones that
# must stay silent: cells turned into stem cells, a list with fat cells in it (what a stem
# cell can become in biology, as the guards of `{become}` already read it), other kinds of
# cells, and tissue cells that become weak or inflamed.

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


@each_case(
    ("name", "claim", "sentence", "found"), [(case.id, *case.values) for case in rule_cases(RULES)]
)
def test_stem_cells_said_to_become_a_tissues_cells(
    name: str, claim: str, sentence: str, found: bool
) -> None:
    assert (claim in benefits(sentence)) is found, sentence


# -- Moved from tests/test_regen5_rules.py -------------------------------------------------
# Repair said of the body: its limit said as a degree, and a harm done to its healing
# (regen5, `own_course: course:` in data/check/advert_words.yaml, read by
# `check/rules/natural_healing.py`). The spec's tissue-regeneration is the offered cells repairing
# damaged tissue; a clause that tells how little a tissue heals by itself ("discs can heal
# themselves only to a very small degree") or what harms its healing ("smoking can impair
# bone healing", another agent than the offer) claims nothing for the offer. Such a clause
# read as the claim before the change. Made-up wordings, not pages'; each silent sentence
# is found without the change, and the look-alikes, where the offer, the seller's voice or
# another clause makes the claim, are found with and without it.

RULES_REGEN5 = [
    (
        "the body's healing, its limit or a harm to it, is no claim of the offer",
        REGENERATION,
        (
            # the look-alikes that must still be found, with and without the change
            "With our injections, damaged discs can heal to a remarkable degree.",
            "Our stem cells repair damaged cartilage to a degree no surgery can match.",
            "Cortisone can harm cartilage repair, while our stem cells repair it.",
            "Our treatment will not hinder healing; it rebuilds the torn tendon.",
            "Unlike steroids, which impair tendon healing, PRP repairs damaged tendons.",
            "Cartilage repairs itself poorly, but our cells regrow it.",
        ),
        (
            # found without the change
            "Discs can heal themselves only to a very small degree, and a bulge may"
            " linger for years.",
            "Cartilage can repair itself only to a limited extent.",
            "A torn meniscus mends only to a slight degree.",
            "Smoking can impair bone healing.",
            "Cortisone can delay the repair of a torn tendon.",
            "Poor sleep can compromise tissue repair.",
            "Diabetes may hamper the healing of a torn rotator cuff.",
            "NSAIDs may hinder the proliferation of tendon cells and so harm tendon healing.",
        ),
    ),
]


@each_case(
    ("name", "claim", "sentence", "found"),
    [(case.id, *case.values) for case in rule_cases(RULES_REGEN5)],
)
def test_repair_said_of_the_body(name: str, claim: str, sentence: str, found: bool) -> None:
    assert (claim in benefits(sentence)) is found, sentence


# -- newerbenefits1: the body's healing said to slow down or fade --------------------------
# Its decline told as background ("with age, the repair of worn cells slows down") is the
# body's own course, like "declines" (`own_course: course:`); the offer named in the clause
# keeps the claim.


@each_case(
    ("sentence", "found"),
    [
        ("With the years, the renewal of cartilage cells slows down.", False),
        ("After forty, the body's own tissue repair slowly fades.", False),
        ("Past middle age, the mending of tendon fibres is slowing down.", False),
        ("As healing slows down with age, our stem cells rebuild the cartilage.", True),
        ("Stem cells slow down wear and rebuild the cartilage.", True),
    ],
)
def test_healing_said_to_slow_down_or_fade_is_no_claim(sentence: str, found: bool) -> None:
    assert (REGENERATION in benefits(sentence)) is found, sentence


# -- newerbenefits1: regeneration in everyday words ----------------------------------------
# Healthy or strong tissue grown, and regenerative attributes or qualities, say repair as
# "grow new tissue" and "regenerative properties" do; tissue of no kind grown, or
# attributes of no healing kind, claim nothing.


@each_case(
    ("sentence", "found"),
    [
        ("Injected cells go on building healthy cartilage inside the knee.", True),
        ("The graft helps the tendon form strong new fibres.", True),
        ("Placental membranes carry regenerative qualities of their own.", True),
        ("Our nurses build strong relationships with every patient.", False),
        ("The clinic has many attractive qualities, like its free parking.", False),
    ],
)
def test_regeneration_in_everyday_words(sentence: str, found: bool) -> None:
    assert (REGENERATION in benefits(sentence)) is found, sentence


# -- Moved from tests/test_inflam2_rules.py ------------------------------------------------
# Round inflam2: inflammation the procedure leaves behind is no claim.
#
# The spec's reduced-inflammation is the offered treatment reducing, calming or
# controlling inflammation. Inflammation told as a harm of the procedure is the other way
# round: swelling that passes by itself in time after the harvest or the injection (the
# recovery's course, with no treatment doing it), and inflammation graded as a side
# effect that patients had after treatment ("mild to moderate inflammation after
# treatment"). Both are read by guards of the claim (`guards:` in advert_words.yaml,
# beside "self-limiting"), and the claim said of the treatment in the same words stays.
# Made-up sentences, never a page's.


CLAIM = "reduced-inflammation"


def _found(*lines: str) -> bool:
    return CLAIM in benefits(*lines)


@each_case(
    ("sentence",),
    [
        # the recovery's course: swelling that passes by itself
        ("Bruising fades within days; swelling settles in time and numbness may last a week.",),
        ("- Swelling: should go down slowly over one or two months.",),
        ("After the harvest the swelling subsides gradually over a few weeks.",),
        ("Some swelling is normal and settles on its own.",),
        # a side effect graded and counted
        ("A review found mild to moderate inflammation after treatment in about 5% of patients.",),
        ("Mild swelling after the injection should ease.",),
    ],
)
def test_inflammation_left_by_the_procedure_is_no_claim(sentence: str) -> None:
    assert not _found(sentence), sentence


@each_case(
    ("sentence",),
    [
        # the treatment doing it, in the same words
        ("Our stem cell injections calm inflammation and the swelling settles.",),
        ("The injection brings the swelling down within weeks.",),
        ("Patients had reduced inflammation after treatment with our cells.",),
        ("MSCs release signals that reduce swelling gradually over a few weeks.",),
        ("Stem cells reduce even severe inflammation after one injection.",),
        ("Our therapy lowers inflammation in the joint over time.",),
    ],
)
def test_the_treatment_reducing_inflammation_is_still_the_claim(sentence: str) -> None:
    assert _found(sentence), sentence


# -- stemsense1: a disease's kind named, not inflammation calmed -------------------------
# newerbenefits1's fifth rule (measured there, not committed): the guard of
# reduced-inflammation "inflammatory conditions|diseases" (a kind of disease treated)
# widened to "inflammatory arthritis", "arthropathy", "bowel (disease)" and to a list of
# kinds ("inflammatory, degenerative and autoimmune diseases"; train page di10).


@each_case(
    ("disease", "claim"),
    [
        (
            "We treat inflammatory arthritis with drugs.",
            "Our cells reduce inflammation in inflammatory arthritis.",
        ),
        (
            "Stem cells are studied for inflammatory, degenerative and autoimmune diseases.",
            "Our cells reduce the inflammatory response and heal joints.",
        ),
        (
            "Treating inflammatory bowel disease is hard.",
            "We lower inflammation in people with inflammatory bowel disease.",
        ),
        (
            "Doctors manage inflammatory arthropathy with medicines.",
            "Our injections calm the inflamed joint.",
        ),
    ],
)
def test_a_kind_of_inflammatory_disease_is_no_inflammation_calmed(disease: str, claim: str) -> None:
    guarded_pair("benefit", "reduced-inflammation", disease, claim)
