"""Conditions read from an advert: a trouble shared along a list of body parts, body parts
that share one condition noun, the knee or hip as the seat of the trouble, a back after
surgery and graded arthritis, and a disease's own kind.
"""

from __future__ import annotations

import json

import pytest
from cases import each_case
from findings import found, red_flags
from installed import stemcell

from stemcell_cli.check.rules.disease_kinds import names_kind

# -- Moved from tests/test_conditions1_rules.py --------------------------------------------
# Round conditions1: a trouble shared along a list of body parts (`check/rules/body_part_lists.py`).
#
# Each test gives made-up sentences, never a page's, and a look-alike that must still be
# found or must not be; each listed wording was missed before the rule was added.

KNEES = "hip-and-knee-pain"


@each_case(
    ("sentence",),
    [
        # the trouble before the list, the knee or hip a later item
        ("The fall left her with injuries to her elbow, wrist and knee.",),
        ("He came in with a bad neck, shoulder and hip.",),
        ("She has had pain in the back, the shoulders, the elbows and the knees for years.",),
        ("The study saw less pain in damaged joints, hips and knees above all.",),
        ("Many patients live with aching ankles, wrists and knees.",),
        # the list before the trouble
        ("Her knees, wrists and ankles ache every morning.",),
        ("He treats knee, elbow and ankle injuries in athletes.",),
        # the knee or hip named as where the treatment goes, after other places
        ("The cells were injected into her shoulder, her ankle and her hip.",),
        ("We give stem cell shots into the neck, the elbow and the knee.",),
        ("Her own cells were injected into her left hip last spring.",),
        ("Injections into the knee joint are common.",),
        ("He has had stem cells for his aging knees.",),
    ],
)
def test_a_trouble_shared_along_a_list_of_body_parts_names_hip_or_knee_pain(
    sentence: str,
) -> None:
    assert KNEES in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        # look-alikes that were found before and still are
        ("She has pain in her knee.",),
        ("He has chronic hip, knee and shoulder pain.",),
        ("We offer stem cell therapy for knees.",),
    ],
)
def test_the_lone_knee_or_hip_is_still_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        # the words between are no list of body parts
        ("The pain in her shoulder went away after she bought new knee pads.",),
        ("Injuries to the elbow heal slowly, unlike the knee brace industry claims.",),
        # the hip named only as where the cells are taken from
        ("The cells are taken from the hip bone and injected into the shoulder.",),
        # a trouble of another kind before a list that holds a knee
        ("A bad diet harms the heart, the lungs and the kidneys.",),
    ],
)
def test_no_list_of_body_parts_names_no_hip_or_knee_pain(sentence: str) -> None:
    assert KNEES not in found("condition", sentence)


# -- Moved from tests/test_conds1_rules.py -------------------------------------------------
# Round conds1: body parts that share one condition noun (`check/rules/shared_condition_nouns.py`).
#
# Two or three body parts joined by "and", "or", "/" or commas before one noun name each
# part's condition: "back and knee pain" is back pain as well as knee pain. Each test gives
# made-up sentences, never a page's; the first test's wordings were missed before the rule
# was added, the others are look-alikes that must stay as they were.

BACK = "chronic-back-and-neck-pain"


@each_case(
    ("sentence",),
    [
        # the earlier part shares the noun of the part next to it
        ("The clinic said it could treat back and joint pain.",),
        ("We help patients with back and knee pain.",),
        ("Stem cells for back or hip pain.",),
        ("She has lived with back, shoulder and knee pain for years.",),
        ("Our doctors see back/shoulder pain every day.",),
    ],
)
def test_a_part_before_a_shared_noun_names_its_condition(sentence: str) -> None:
    assert BACK in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("We help patients with back and knee pain.",),
        ("We treat knee and back pain.",),
        ("We treat hip and knee pain.",),
        ("We treat knee pain.",),
    ],
)
def test_the_part_next_to_the_noun_is_still_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("We treat back pain.",),
        ("We treat back and neck pain.",),
        ("We treat neck and low back pain.",),
    ],
)
def test_back_pain_alone_and_in_its_own_names_is_still_found(sentence: str) -> None:
    assert BACK in found("condition", sentence)


def test_shoulder_and_elbow_tendon_injuries_are_a_tendon_condition() -> None:
    assert "tendon-and-ligament-injuries" in found(
        "condition", "We treat shoulder and elbow tendon injuries."
    )


@each_case(
    ("sentence",),
    [
        # no condition noun after the parts
        ("He walked back and forth.",),
        ("Knee and hip replacements are common operations.",),
        # a comma alone joins no list: the part before it ends a phrase
        ("He turned back, knee pain or not.",),
        # "back" as an adverb after a verb of coming or going
        ("He came back and knee pain returned.",),
        # a body part with no joining word or mark before the next
        ("We treat hip joint pain in the elderly.",),
    ],
)
def test_no_back_pain_without_a_shared_noun(sentence: str) -> None:
    assert BACK not in found("condition", sentence)


# -- Moved from tests/test_knee1_rules.py --------------------------------------------------
# Round knee1: the knee or hip named as the seat of the trouble is hip-and-knee-pain.
#
# The spec (benchmarks/adverts/README.md, "### conditions") counts knee pain, hip pain,
# knee or hip injuries and meniscus tears; pages often name them in other words than the
# aliases: a knee or hip word (`knee-part` in data/check/advert_words.yaml) a few words
# from a word of trouble (`knee-trouble`): "her knee cartilage is damaged", "a shattered
# kneecap", "meniscal issues"; an operation alone ("a knee replacement") is none. Each
# test gives made-up sentences, never a page's, and look-alikes that must still be found
# or must stay silent; each wording of the first test was missed before the rule.


@each_case(
    ("sentence",),
    [
        # the knee or hip first, its trouble a few words on
        ("Her right knee cartilage is badly damaged.",),
        ("The scan showed the knee was damaged after the fall.",),
        ("My grandfather's knees began to hurt last winter.",),
        ("His left knee is about to collapse.",),
        # a modal guards only soreness foretold, not damage
        ("Her knee may be damaged beyond repair.",),
        ("Patients with meniscal issues often come to us.",),
        ("The kneecap was shattered in the crash.",),
        ("His hip was broken in a fall.",),
        # the trouble first, the knee or hip a few words on
        ("The MRI showed tears in both of her knees.",),
        ("He has a shattered kneecap.",),
        ("A torn ACL can end a season.",),
        ("After years of running the cartilage of her hips is worn.",),
        # bone on bone said of the knee
        ("Her knee is bone-on-bone.",),
        # the knee as the joint treated, as "therapy for knees" already was
        ("Stem Cell Treatment of the Knee",),
    ],
)
def test_the_knee_or_hip_named_as_the_seat_of_trouble_is_hip_and_knee_pain(
    sentence: str,
) -> None:
    assert KNEES in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        # wordings found before the rule, and still
        ("She has knee pain.",),
        ("He tore his meniscus skiing.",),
        ("She has pain in her hip.",),
        ("Injections into the knee joint are common.",),
        ("She has a hip labral tear.",),
        ("The injury to her left knee came from skiing.",),
        ("Years of running caused damage in both hips.",),
        ("My knee was sore for years.",),
    ],
)
def test_the_aliases_are_still_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@each_case(
    ("sentence", "entry"),
    [
        # the neighbours keep their knee words: a named knee disease stays the disease,
        # a knee's ligament stays a ligament injury
        ("She has arthritis of the knee.", "osteoarthritis"),
        ("Knee osteoarthritis is common after 60.", "osteoarthritis"),
        ("A torn ACL can end a season.", "tendon-and-ligament-injuries"),
        ("He has jumper's knee.", "tendon-and-ligament-injuries"),
        ("Patellar tendinitis is common in runners.", "tendon-and-ligament-injuries"),
    ],
)
def test_the_neighbouring_conditions_keep_their_knee_words(sentence: str, entry: str) -> None:
    assert entry in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        # the hip as the place the cells are taken from
        ("Bone marrow is drawn from the hip with little pain.",),
        ("The cells come from your hip bone, and the harvest causes minimal pain.",),
        ("Marrow taken from the back of the hip is spun down; the injury site is then treated.",),
        # a knee or hip word of another sense
        ("Dancers in hip-hop get injuries of the ankle.",),
        ("She wore knee-high boots to the clinic.",),
        ("Kneeling hurts after a long day of gardening.",),
        # a labrum is in the hip or the shoulder: torn, it names the hip only with the hip
        ("The labrum of the shoulder was torn.",),
        # an operation names no trouble by itself (br07's recorded call: "knee
        # replacement names an operation, not a knee condition")
        ("It may postpone the need for a knee replacement by years.",),
        ("Patients who want to skip hip surgery ask about it.",),
        # a trouble a clause away from the knee
        ("Researchers study how damaged tissues heal, the knee among them.",),
        # no trouble near the knee or hip
        ("The knee is the largest joint in the body.",),
        ("Her hips sway when she walks.",),
        # soreness after the injection, or foretold, is the treatment's own (round-ckcn)
        ("Your knee may be sore for a day after the injection.",),
        ("The hip can be painful for a few hours.",),
    ],
)
def test_knee_and_hip_look_alikes_stay_silent(sentence: str) -> None:
    assert KNEES not in found("condition", sentence)


# -- Moved from tests/test_backnames1_rules.py ---------------------------------------------
# Round backnames1: a back after surgery, and arthritis graded, are the conditions they are.
#
# The spec (benchmarks/adverts/README.md, "### conditions") counts back pain as
# chronic-back-and-neck-pain and "plain 'arthritis' in a joint context" as osteoarthritis.
# Pages name the first by the back operation the pain persists or starts after: the
# syndrome ("failed back surgery syndrome", "post-laminectomy syndrome") or the pain said
# after the operation ("chronic pain after spinal fusion"); an operation named alone is no
# condition (the calls on ah07 and bz08). They name the second by its grade or stage
# ("severe arthritis", "the early stages of arthritis"), the way wear of a joint is graded;
# another arthritis named in the sentence (rheumatoid) stays guarded. Each test gives
# made-up sentences, never a page's, and look-alikes that must still be found or must stay
# silent; each wording of the first two tests was missed before the rule.

OA = "osteoarthritis"


@each_case(
    ("sentence",),
    [
        # the syndrome named after the failed operation
        ("Many of our patients live with failed back surgery syndrome.",),
        ("She was told she had failed back syndrome.",),
        ("We see patients with FBSS every week.",),
        ("He was diagnosed with post-laminectomy syndrome.",),
        ("Post fusion syndrome is hard to treat.",),
        # pain said after a back operation
        ("Chronic pain after spinal fusion is common.",),
        ("Her pain came back after a lumbar discectomy.",),
        ("Some people still have pain following a laminectomy.",),
        ("He has had aches ever since his back surgery.",),
        ("Pain that persists after a fusion in the back can be treated.",),
    ],
)
def test_pain_after_a_back_operation_is_back_pain(sentence: str) -> None:
    assert BACK in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("Most of my patients with severe arthritis report relief.",),
        ("The treatment tackles the early stages of arthritis.",),
        ("These two patches were early signs of arthritis.",),
        ("Advanced arthritis used to mean an operation.",),
        ("She has mild to moderate arthritis.",),
        ("The clinic treats end-stage arthritis.",),
        ("The hip treatment takes on arthritis in its early stages.",),
    ],
)
def test_arthritis_graded_by_stage_or_severity_is_osteoarthritis(sentence: str) -> None:
    assert OA in found("condition", sentence)


@each_case(
    ("sentence", "entry"),
    [
        # wordings found before the rule, and still
        ("He has had low back pain for years.", BACK),
        ("Back pain after lifting is common.", BACK),
        ("Stem cells for neck pain and sciatica.", BACK),
        ("She has arthritis of the knee.", OA),
        ("Knee osteoarthritis is common after 60.", OA),
        ("He has severe osteoarthritis of the hip.", OA),
        # the grade of rheumatoid arthritis keeps rheumatoid arthritis
        ("She has severe rheumatoid arthritis.", "rheumatoid-arthritis"),
    ],
)
def test_the_aliases_are_still_found_backnames1(sentence: str, entry: str) -> None:
    assert entry in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        # a back operation offered, avoided or recovered from, with no pain named
        ("We perform spinal fusion and laminectomy at our centre.",),
        ("Stem cells may help you avoid a spinal fusion.",),
        ("Recovery after a lumbar discectomy takes six weeks.",),
        # pain after an operation that is not on the back
        ("Some patients have pain after knee surgery.",),
        ("Pain after an ankle fusion can last months.",),
        ("Doctors also speak of failed knee surgery syndrome.",),
        # the procedure's own pain set against the operation's
        ("Patients feel less pain than after a spinal fusion.",),
        # a causal "since" is no time after the operation
        ("This matters for knee pain, since back surgery fails often.",),
    ],
)
def test_back_operation_look_alikes_stay_silent(sentence: str) -> None:
    assert BACK not in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        # another arthritis graded: rheumatoid, psoriatic or juvenile arthritis is no wear
        ("She has severe rheumatoid arthritis.",),
        ("Early psoriatic arthritis can be missed.",),
        # arthritis not graded, with no joint: borderline at most, not read
        ("The study measured pain, arthritis and sleep.",),
        # a grade said of something else near the word
        ("Severe pain from arthritis keeps her awake.",),
        ("Chronic arthritis set in when she was a child.",),
        # a graded arthritis said of another kind named in the sentence
        ("Severe arthritis is common in RA patients.",),
    ],
)
def test_arthritis_look_alikes_stay_silent(sentence: str) -> None:
    assert OA not in found("condition", sentence)


# -- Moved from tests/test_many2_rules.py --------------------------------------------------
# A disease's own kind is no other condition (many2): the rule of `check/rules/disease_kinds.py`.
#
# The many-conditions count (`report._many_conditions`) takes the other diseases a page
# names, by body system: three systems, or six distinct conditions, raise the flag (the
# spec: "the same product offered for many unrelated conditions"). A page about one
# autoimmune joint disease says what kind of disease it is ("Ankylosing spondylitis is an
# autoimmune disease", "this autoimmune disorder"): that names the one disease again, not
# the immune system as another field the product is offered for. A class word in a singular
# noun phrase that its sentence ties to the disease named (after "is a", "is an", or
# "this", with only words of a disease's kind between) is not counted; the same class word
# offered as a field ("autoimmune diseases", "autoimmune, orthopedic and neurological
# conditions", "if you have an autoimmune disease") still is. Made-up sentences, each with
# a look-alike that must still be found.

FLAG = "many-conditions"


@each_case(
    ("one_disease", "many"),
    [
        (
            (
                "Ankylosing spondylitis is a chronic autoimmune disease of the spine.",
                "Our cord cell infusions ease its pain and stiffness.",
                "Years of pain can bring on depression.",
            ),
            (
                "Our cord cell infusions ease ankylosing spondylitis, depression and"
                " autoimmune disease.",
            ),
        ),
        (
            (
                "Rheumatoid arthritis can leave patients with depression.",
                "Our fat-derived cells calm this autoimmune disorder.",
            ),
            (
                "Rheumatoid arthritis can leave patients with depression.",
                "Our fat-derived cells calm autoimmune disorders of every kind.",
            ),
        ),
        (
            (
                "Juvenile arthritis is a type of autoimmune arthritis.",
                "By fifteen she was so thin she looked like a cancer patient.",
                "Our cells brought her joints back.",
            ),
            ("Our cells treat juvenile arthritis, autoimmune arthritis and cancer.",),
        ),
        (
            (
                "It's an autoimmune illness that strikes the joints of the hands.",
                "We inject rheumatoid arthritis with cord cells.",
                "Obesity makes it worse.",
            ),
            (
                "We inject rheumatoid arthritis with cord cells.",
                "We also treat obesity and autoimmune illness.",
            ),
        ),
    ],
)
def test_a_diseases_own_kind_is_no_other_condition(
    one_disease: tuple[str, ...], many: tuple[str, ...]
) -> None:
    """The kind of the one disease named ("is a chronic autoimmune disease", "this
    autoimmune disorder") adds no body system; the class offered as a field does."""
    assert FLAG not in red_flags(*one_disease), one_disease
    assert FLAG in red_flags(*many), many


@each_case(
    ("offered",),
    [
        # a field offered, not a kind said of a disease: "have an", not "is an"
        ("If you have an autoimmune disease, knee pain or heart failure, call us today.",),
        # words that are no disease's kind between the article and the class word
        ("Our cells are a good option for autoimmune disease, heart failure and knee pain.",),
        # "that" is no back reference ("studies show that ...")
        (
            "Studies show that autoimmune disease, heart failure and knee pain "
            "respond to our cells.",
        ),
        # the brief's clinic list, offered as what it treats
        ("We treat knee arthritis, MS, autism, COPD, lupus and anti-ageing.",),
        # a plural class, a field of the product
        ("Our clinic treats knee pain, heart failure and autoimmune conditions.",),
    ],
)
def test_a_class_offered_as_a_field_still_counts(offered: str) -> None:
    assert FLAG in red_flags(offered), offered


@each_case(
    ("sentence", "start", "end", "kind"),
    [
        ("RA is an autoimmune disease", 3, 4, True),
        ("in this chronic autoimmune disorder", 3, 4, True),
        ("MS is a neurological disorder", 3, 5, True),
        ("we treat autoimmune disease", 2, 3, False),
        ("you have an autoimmune disease", 3, 4, False),
        ("RA is an autoimmune", 3, 4, False),
        ("autoimmune disease", 0, 1, False),
        ("this is a good option for autoimmune disease", 6, 7, False),
    ],
)
def test_names_kind_reads_the_words_around_the_match(
    sentence: str, start: int, end: int, kind: bool
) -> None:
    """The rule itself: a determiner tied to the disease before the match, only words of
    a kind between, a singular head word at or right after its end."""
    assert names_kind(sentence.split(), start, end) is kind


# -- Moved from tests/test_conds2_rules.py -------------------------------------------------
# Round conds2: a trouble named apart from the body parts it strikes
# (`check/rules/body_part_lists.py`).
#
# A page may name a trouble first and the places it strikes after its own words, as
# examples or as where it is common: "pain that will not ease, for example in the knees",
# "tears of this cartilage are particularly frequent in the knee". The spec's
# hip-and-knee-pain is "knee pain, hip pain, knee or hip injuries", however the sentence
# orders them. Each test gives made-up sentences, never a page's; the first test's
# wordings were missed before the rule, the others are look-alikes that must stay as they
# were (found, or silent).


@each_case(
    ("sentence",),
    [
        # an example list after the trouble's own clause
        (
            "Many adults live with joint pain that will not ease, for example in the knees, "
            "the hips or the hands.",
        ),
        (
            "Years of sport can wear down tissues of the body such as the "
            "shoulders, hips and knees.",
        ),
        ("Our patients have aches that never fully settle, e.g. in the hip or the ankle.",),
        # the place where the trouble is common
        ("Tears of this cartilage are particularly frequent in the knee.",),
        ("Pain is common in the hips of older runners.",),
        # a place of focus after the trouble's clause
        ("Damage that builds up over the years, especially in the hip, is hard to undo.",),
    ],
)
def test_a_trouble_named_apart_from_its_knee_or_hip_is_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("We treat pain in the knees and hips.",),
        ("She had injuries to her elbow, wrist and knee.",),
        ("He lives with knee, elbow and ankle injuries.",),
        ("Overuse injuries are common in the hips of runners.",),
        # a second trouble word after "and" opens its own match
        ("Our patients have pain and stiffness, especially in the knee.",),
    ],
)
def test_a_trouble_next_to_its_list_is_still_found(sentence: str) -> None:
    assert KNEES in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        # an operation or a harvest site after the knee or hip
        ("Patients in pain often undergo operations such as knee replacements.",),
        ("Pain is felt at sites such as the hip bone.",),
        # another clause or a treatment between the trouble and the list
        ("The pain eased, and she tried treatments such as knee braces.",),
        ("Little pain is felt when cells are taken from places such as the hip.",),
        ("There is little pain or downtime, and results in areas such as the knee are good.",),
        # no list of examples or of places
        ("The pain in her shoulder went away after she bought new knee pads.",),
        ("Pain relief lasted a year, as did the results for the knee.",),
    ],
)
def test_a_knee_or_hip_after_a_trouble_that_is_not_its_place_stays_silent(
    sentence: str,
) -> None:
    assert KNEES not in found("condition", sentence)


# -- Round papercuts1: a disease of the spine's facet joints -------------------------------
# "We treat facet joint arthropathy of the lower back" was reported as Osteoarthritis,
# whose summary talks about knees. By the corpus spec facet joint pain is back pain, and
# the train labels call a facet joint's "arthropathy" or "disease" back pain (clear) and
# no osteoarthritis (arthropathy borderline: a joint disease not called arthritis; disease
# not labelled), while facet joint arthritis or arthrosis is osteoarthritis (clear).

BACK = "chronic-back-and-neck-pain"
OA = "osteoarthritis"


@each_case(
    ("sentence",),
    [
        ("We treat facet joint arthropathy with stem cells.",),
        ("Our cells are injected for facet arthropathy of the neck.",),
        ("She was told she had facet joint disease.",),
        ("He lived for years with facet joint syndrome.",),
        ("Lumbar facet arthropathy is common after fifty.",),
    ],
)
def test_a_facet_joint_disease_is_back_pain_not_osteoarthritis(sentence: str) -> None:
    names = found("condition", sentence)
    assert BACK in names
    assert OA not in names


@each_case(
    ("sentence",),
    [
        ("We treat facet joint arthritis with stem cells.",),
        ("Facet arthrosis wears the small joints of the spine.",),
        ("Her spinal arthritis came from years of wear.",),
    ],
)
def test_facet_joint_arthritis_is_still_osteoarthritis_and_back_pain(sentence: str) -> None:
    names = found("condition", sentence)
    assert OA in names
    if "facet" in sentence.lower():
        assert BACK in names


@each_case(
    ("sentence",),
    [
        ("The facet joints link each vertebra to the next.",),
        ("The needle goes into the facet joint under x-ray guidance.",),
    ],
)
def test_facet_joints_named_as_anatomy_stay_silent(sentence: str) -> None:
    assert found("condition", sentence) == set()


# -- Round newcomer4 ------------------------------------------------------------------------
# A twisted or rolled ankle is the everyday name of an ankle sprain (the label spec's
# "ligament tears or sprains (... ankle ligaments)"): two more `aliases:` of
# tendon-and-ligament-injuries in `data/conditions.yaml`, so `explain` finds the entry by
# them and `check` reads them in an advert. Before, `explain` knew neither name (exit 1)
# and `check` found no condition.

LIGAMENTS = "tendon-and-ligament-injuries"


@each_case(
    ("sentence",),
    [
        ("We treat a twisted ankle with your own stem cells.",),
        ("A rolled ankle that never healed may respond to our injections.",),
        ("Twisted ankles heal faster with our therapy.",),
        # the older names beside them are still found
        ("A sprained ankle can take weeks to settle.",),
    ],
)
def test_a_twisted_or_rolled_ankle_is_a_ligament_injury(sentence: str) -> None:
    assert LIGAMENTS in found("condition", sentence)


@pytest.mark.parametrize("name", ["twisted ankle", "Rolled ankle"])
def test_explain_finds_the_entry_by_its_everyday_name(name: str) -> None:
    result = stemcell("explain", name, "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == LIGAMENTS


# -- A joint turned with a verb (round guard1) ---------------------------------------------
# The label spec counts ankle ligament sprains as tendon and ligament injuries and a knee
# injury as hip and knee pain: a person's own ankle or wrist "rolled", "twisted" or
# "wrenched" is a sprain, and a knee "twisted" or "wrenched" a knee injury
# (`condition_phrases:`). Made-up wordings; look-alikes: the reader's exercise ("roll your
# ankle"), another thing rolled or twisted.


@each_case(
    ("sentence", "condition"),
    [
        ("She rolled her ankle stepping off a curb.", "tendon-and-ligament-injuries"),
        ("I twisted my left wrist when I slipped on ice.", "tendon-and-ligament-injuries"),
        ("Our son wrenched his knee in a tackle.", KNEES),
        ("He twisted his right knee while skiing.", KNEES),
    ],
)
def test_an_ankle_or_knee_turned_with_a_verb_is_an_injury(sentence: str, condition: str) -> None:
    assert condition in found("condition", sentence), sentence


@each_case(
    ("sentence",),
    [
        ("Roll your ankle slowly in circles to warm up.",),
        ("She rolled her eyes at the ankle brace.",),
        ("He twisted his story about the knee doctor.",),
    ],
)
def test_an_exercise_or_another_thing_turned_is_no_injury(sentence: str) -> None:
    conditions = found("condition", sentence)
    assert "tendon-and-ligament-injuries" not in conditions, sentence
    assert KNEES not in conditions, sentence


# -- Round newcomer8 ------------------------------------------------------------------------
# A sprained wrist is the everyday name of a wrist ligament sprain (the label spec's
# "ligament tears or sprains"), as a sprained ankle is: one more of the `aliases:` of
# tendon-and-ligament-injuries in `data/conditions.yaml`. Before, `explain` did not know
# it (exit 1); `check` read it in an advert before and still does. A frozen shoulder is
# another condition (a stiff joint capsule, not a torn tendon): no entry may take it as a
# name, so `explain` still knows it by none.


def test_explain_finds_a_sprained_wrist_among_ligament_injuries() -> None:
    result = stemcell("explain", "Sprained wrist", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == LIGAMENTS


def test_a_frozen_shoulder_is_no_rotator_cuff_tear() -> None:
    result = stemcell("explain", "frozen shoulder", "-f", "json")
    assert result.returncode == 1
    assert result.stdout == ""
    # (round names1: said to be no condition stemcell explains, no guess of another)
    assert "not one of the conditions stemcell explains" in result.stderr
    assert "Did you mean" not in result.stderr


def test_an_advert_for_a_sprained_wrist_names_a_ligament_injury() -> None:
    assert LIGAMENTS in found("condition", "We treat a sprained wrist that never healed.")


# -- Round newcomer11 -----------------------------------------------------------------------
# Patellar tendinitis is named word for word in the label spec's line for
# tendon-and-ligament-injuries ("jumper's knee, patellar tendinitis"), and `check` read it
# already, but `explain` did not know it (exit 1, a guess): one more of the entry's
# `aliases:` in `data/conditions.yaml`. Runner's knee stays knee pain (the spec's "knee
# pain"; round aliases), not a tendon injury.


@pytest.mark.parametrize("name", ["patellar tendinitis", "Patellar Tendinitis"])
def test_explain_finds_patellar_tendinitis_among_tendon_injuries(name: str) -> None:
    result = stemcell("explain", name, "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == LIGAMENTS


def test_an_advert_for_patellar_tendinitis_names_a_tendon_injury() -> None:
    assert LIGAMENTS in found("condition", "We treat patellar tendinitis in runners.")


def test_runners_knee_stays_knee_pain() -> None:
    result = stemcell("explain", "runner's knee", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == KNEES


# -- Round newcomer13 -----------------------------------------------------------------------
# Two everyday names a patient types, each already one of the `aliases:` in
# `data/conditions.yaml` but tested by no run of `explain`. "Bone on bone" is how people
# describe a joint whose cartilage has worn through: the label spec's "degenerative / 'wear
# and tear' arthritis", so osteoarthritis. "Torn meniscus" is the spec's "meniscus tears",
# named word for word under hip-and-knee-pain; the meniscus is the knee's cartilage pad,
# not a tendon or a ligament, so it is no tendon or ligament injury.


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("bone on bone", "osteoarthritis"),
        ("Bone-on-bone", "osteoarthritis"),
        ("torn meniscus", KNEES),
        ("Torn Meniscus", KNEES),
    ],
)
def test_explain_finds_bone_on_bone_and_a_torn_meniscus(name: str, entry: str) -> None:
    result = stemcell("explain", name, "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == entry


@each_case(
    ("sentence", "entry"),
    [
        ("We treat knees that are bone on bone.", "osteoarthritis"),
        ("We treat a torn meniscus with your own cells.", KNEES),
    ],
)
def test_an_advert_for_bone_on_bone_or_a_torn_meniscus_names_its_condition(
    sentence: str, entry: str
) -> None:
    assert entry in found("condition", sentence)


def test_a_torn_meniscus_is_no_tendon_or_ligament_injury() -> None:
    assert LIGAMENTS not in found("condition", "We treat a torn meniscus with your own cells.")
