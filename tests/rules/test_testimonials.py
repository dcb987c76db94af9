"""testimonials-as-evidence: a patient's story, a famous person or a case told as proof of
the offer, over one sentence or several, and the stories that are no proof.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from cases import each_case
from findings import CATALOG, Rule, clean, found, raises, red_flags, rule_cases
from findings import red_flags as flags

from stemcell_cli.check.matching import findings
from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.matching.wordings import lexicon_for
from stemcell_cli.check.rules import patient_stories

# -- Moved from tests/test_testimonial_rules.py --------------------------------------------
# testimonials-as-evidence read by mechanism (round testimonials1): rules about a kind
# of sentence, not about one page's wording, built from the first runs' false alarms and
# misses of the flag sorted by what went wrong (benchmarks/adverts/ROUNDS.md).
#
# - Famous people as proof (`check/rules/famous_people.py`, `famous_people:` and `proof_ties:` in
#   `data/check/advert_words.yaml`): an athlete or a celebrity named with nothing in the
#   sentence that ties them to a treatment (who gets hurt, who is at risk, what an injury
#   costs, who lives in town) is no testimonial; tied to one ("trust our stem cell
#   injections", "swear by PRP", "had it done") they still are, though their injury is
#   named too (the guards that each named one reason, the injured, the people at risk, a
#   team's cost, went with the rule).
# - One person's change for the better, with the treatment in the same sentence (the
#   lists `one-person`, `better-off` and `the-treatment` of `advert_words.yaml`, two
#   phrases of the flag): "after the injection, her limp was gone", "three months after
#   the procedure, Marco is skiing again"; a hope, a hedge, a condition or a trouble ("the
#   injection would make her feel better", "if she is walking again") is none, nor a
#   product's name taken for a person's ("Regenix may improve pain"), nor another
#   treatment's result.
#
# Made-up sentences each: the famous-people look-alikes raised the flag before the rule
# and the story's advert sentences did not; the story's look-alikes raise it without its
# guards (hope, hedge, condition, trouble) or its limits (a word of improvement after a
# verb, so that "may improve" is none).

STORY = "testimonials-as-evidence"

# (rule, flag, advert sentences that raise it, look-alikes that do not)
RULES: list[Rule] = [
    (
        "famous people tied to the treatment in their sentence are proof",
        STORY,
        (
            "Professional athletes trust our stem cell injections.",
            "Football players from three NFL teams have chosen this procedure.",
            "Famous golfers have received the same therapy.",
            "Celebrities swear by PRP.",
            "Tiger Woods and other professional athletes use platelet-rich plasma.",
            "Professional athletes are having it done.",
        ),
        (
            "The stadium was packed with football players and their families.",
            "Professional athletes train for hours every day.",
            "Several famous golfers live in the town.",
            "The NFL players' union held its meeting in March.",
            "Celebrities crowded the red carpet at the premiere.",
            "The town is home to many retired baseball players.",
            "Elite athletes need a diet rich in protein.",
        ),
    ),
    (
        "tied to the treatment, famous people are proof though their injury is named too",
        STORY,
        (
            "Several NFL players have had PRP injections for knee injuries and are back on the"
            " field.",
            "Star players sidelined by torn tendons have turned to our stem cell injections.",
        ),
        (
            "Tennis players depend on this ligament to keep the elbow stable.",
            "A sidelined NBA player costs his team a fortune each day.",
            "Injuries of the ankle are common among top players.",
        ),
    ),
    (
        "one person's change for the better, with the treatment in the same sentence",
        STORY,
        (
            "After the stem cell injection into her hip, her limp was gone.",
            "Three months after the procedure, Marco is skiing again.",
            "She has improved a great deal since her PRP injections.",
            "A month after her injection, Dana was cycling again.",
        ),
        (
            "If she is walking again a month after the injection, no second one is needed.",
            "Her doctor hoped the injection would make her feel better.",
            "As she still has trouble getting back to work, she has been cleared for the stem"
            " cell study.",
            "Regenix may improve pain by regenerating new cells.",
            "He paid for the injections, but his pain did not improve.",
            "After knee replacement surgery, her limp was gone.",
        ),
    ),
    (
        "other wordings of the flag need no tie",
        STORY,
        (
            "Rated 5 stars on Google by our patients.",
            "Read the stories of our patients.",
            "Joyce Mitchell, 66, had the procedure six months ago.",
        ),
        (),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"), [(case.id, *case.values) for case in rule_cases(RULES)]
)
def test_testimonial_rules(name: str, flag: str, sentence: str, raised: bool) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


def _famous_matcher() -> Matcher:
    return Matcher(
        [
            Phrase("red_flag", STORY, "professional athletes"),
            Phrase("red_flag", "other", "professional athletes"),
            Phrase(findings.FAMOUS, findings.PEOPLE, "athlete|athletes"),
            Phrase(findings.FAMOUS, findings.TIE, "cells|PRP"),
        ]
    )


@each_case(
    ("sentence", "entries"),
    [
        ("Professional athletes train every day.", {"other"}),
        ("Professional athletes use PRP.", {STORY, "other"}),
        ("Our cells help professional athletes.", {STORY, "other"}),
        ("Professional athletes train every day. We grow cells.", {"other"}),
    ],
)
def test_famous_people_need_a_tie_in_their_own_sentence(sentence: str, entries: set[str]) -> None:
    """Only testimonials-as-evidence is read so, a tie counts before or after the famous
    people, and only in their own sentence."""
    assert {m.entry_id for m in _famous_matcher().scan([sentence])} == entries


def test_a_famous_word_of_more_than_one_word_is_refused() -> None:
    from stemcell_cli.check.words.phrases import PhraseError

    with pytest.raises(PhraseError, match="one word"):
        Matcher([Phrase(findings.FAMOUS, findings.PEOPLE, "pro athletes")])


# -- Moved from tests/test_testimonials2_rules.py ------------------------------------------
# testimonials-as-evidence over several sentences (round testimonials2): one patient's
# story told in the third person or quoted, with no testimonial word, the person named
# with the treatment in one sentence and better off in one of the next few
# (`check/rules/patient_stories.py`, the lists `story-told` and `story-outcome` of
# `data/check/advert_words.yaml`; benchmarks/adverts/ROUNDS.md).
#
# Each case is a short passage of made-up sentences: the stories raised no flag before
# the rule (their outcome sentence names no treatment and no testimonial word); their
# look-alikes must stay clean with it: an outcome too far from the treatment, a hope or a
# hedge, the treatment named of no one, a story turned into a warning, another
# treatment's result.

# (name, passage as lines, raised)
PASSAGES: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "named with the treatment, better in the next sentence",
        (
            "In March the clinic used bone marrow stem cells to treat Walter Brenning, aged"
            " 72, for a worn knee. His knee pain, a torment for six years, got better within"
            " a month.",
        ),
        True,
    ),
    (
        "better three sentences on, across a quoted block and a doctor's title",
        (
            "Marta's own stem cells were injected into her shoulder in May.",
            "",
            '"The whole visit took an hour," Dr. Okafor said.',
            "",
            "Six weeks later she has improved a great deal.",
        ),
        True,
    ),
    (
        "a story headed by its person, the outcome in the text",
        (
            "Priya's stem cell injection",
            "",
            "Two months on, she is doing much better and sleeps through the night.",
        ),
        True,
    ),
    (
        "the treatment told a success, the person with it",
        (
            "Among our first patients was a young man named Tomas. His first knee stem cell"
            " injection, in 2012, was a success.",
        ),
        True,
    ),
    (
        "a success of no treatment",
        ("Among our first runners was a young man named Tomas. His first marathon was a success.",),
        False,
    ),
    (
        "a named person who can walk again",
        ("The clinic rebuilt his shin bone, and Okonjo can walk again today.",),
        True,
    ),
    (
        "a named person who may walk again, asked",
        ("Nobody knows yet whether Okonjo can walk again.",),
        False,
    ),
    (
        "the outcome too far from the treatment",
        (
            "Marta's own stem cells were injected into her shoulder in May. The clinic is"
            " in the city centre. Parking is free. It opens at eight. Her sister lives"
            " nearby. Six weeks later she has improved a great deal.",
        ),
        False,
    ),
    (
        "a hope, not a result",
        (
            "Marta's own stem cells were injected into her shoulder in May. Her doctor"
            " hopes she will feel better by the summer.",
        ),
        False,
    ),
    (
        "better, with no person named with the treatment before",
        (
            "Stem cell injections are offered for worn knees. He was better at tennis than"
            " his brother.",
        ),
        False,
    ),
    (
        "the outcome before the treatment is named",
        ("By the spring he felt better. Later that year his brother had stem cell injections.",),
        False,
    ),
    (
        "better after another treatment",
        (
            "Marta's doctor gave her a cortisone shot. Cortisone shots made her feel better"
            " for a week.",
        ),
        False,
    ),
    (
        "the story told as a warning",
        (
            "Marta's own stem cells were injected into her shoulder in May. Beware of"
            " clinics that claim she got better because of them.",
        ),
        False,
    ),
]


@each_case(("name", "lines", "raised"), PASSAGES)
def test_a_story_over_several_sentences(name: str, lines: tuple[str, ...], raised: bool) -> None:
    assert (STORY in found("red_flag", *lines)) is raised, lines


def _story_matcher() -> Matcher:
    return Matcher(
        [
            Phrase(patient_stories.TOLD, STORY, "he|she ...4 cells"),
            Phrase(patient_stories.OUTCOME, STORY, "he|she ...2 better"),
            Phrase("red_flag", "other", "better"),
        ]
    )


@each_case(
    ("lines", "entries"),
    [
        (["She had cells. She felt better."], {STORY, "other"}),
        (["She felt better. She had cells."], {"other"}),
        (["She had cells.", "", "Rain fell. Wind blew. Snow came. She felt better."], {"other"}),
        (["She had cells.", "", "Rain fell. Wind blew. She felt better."], {STORY, "other"}),
        (["She had cells and she felt better."], {STORY, "other"}),
    ],
)
def test_the_outcome_counts_only_after_the_told_half_within_reach(
    lines: list[str], entries: set[str]
) -> None:
    """The halves are never reported themselves; an outcome is the flag only in the
    sentence of a told half or the REACH sentences after it, across blocks."""
    found_here = Matcher.scan(_story_matcher(), lines)
    assert {m.entry_id for m in found_here} == entries
    assert all(m.kind in ("red_flag",) for m in found_here)


def test_the_halves_are_kinds_of_their_own() -> None:
    assert {
        patient_stories.TOLD,
        patient_stories.OUTCOME,
        patient_stories.HARM,
    } == patient_stories.KINDS
    assert not patient_stories.KINDS & {findings.PART, findings.STATED, "red_flag"}


# -- Moved from tests/test_testimonials3_rules.py ------------------------------------------
# testimonials-as-evidence as one patient's case (round testimonials3): a case told as
# proof through a before and an after of the treatment, with no testimonial word and no
# "he" or "she" (`check/rules/patient_stories.py`, the lists `story-told`, `story-outcome`,
# `case-person` and `case-after` of `data/check/advert_words.yaml`; benchmarks/adverts/ROUNDS.md).
#
# A page shows one patient's scan or image after the treatment ("an MRI of the same knee
# 2 months after the injection") and, a sentence or three later, the patient better off
# ("the athlete has no knee pain"). The after of the treatment is a told half of the
# story, the case's person (the patient, the athlete, this man, a 62-year-old) better off
# an outcome half. Each case is a short passage of made-up sentences: the cases raised no
# flag before the rule; their look-alikes must stay clean with it: a study's patients, a
# case report's complication, a patient no better or harmed, a made-up example, a scan
# after the treatment with no person better off.

# (name, passage as lines, raised)
PASSAGES_TESTIMONIALS3: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "a scan of the same knee after the treatment, the case's person better two sentences on",
        (
            "Below is an MRI of a runner's partly torn ACL.",
            "",
            "The next image shows the same knee three months after a bone marrow stem cell"
            " injection. The radiologist read the ligament as intact. The runner now has no"
            " knee pain and no instability.",
        ),
        True,
    ),
    (
        "the same scan, the case's person worse: a complication",
        (
            "Below is an MRI of a runner's partly torn ACL.",
            "",
            "The next image shows the same knee three months after a bone marrow stem cell"
            " injection. The radiologist read an abscess at the site. The runner had no fever"
            " but severe knee pain.",
        ),
        False,
    ),
    (
        "an x-ray after the procedure, the patient better in the next sentence",
        (
            "The x-ray on the right was taken six months after the stem cell procedure."
            " The patient has no hip pain on stairs.",
        ),
        True,
    ),
    (
        "an x-ray after the procedure, the patient no better",
        (
            "The x-ray on the right was taken six months after the stem cell procedure."
            " The patient felt no better and chose a hip replacement.",
        ),
        False,
    ),
    (
        "a 62-year-old with the treatment, this man better two sentences on",
        (
            "This 62 year old man first saw us in May with a worn hip. A year after his stem"
            " cell procedure, we took a new x-ray. Today this man is walking again.",
        ),
        True,
    ),
    (
        "a made-up patient, a scan after the treatment",
        (
            "Imagine a patient whose MRI of the same knee looks better three months after"
            " the injection. Suppose the patient has no knee pain by then: that alone"
            " proves nothing.",
        ),
        False,
    ),
    (
        "a study's patients scanned after the treatment",
        (
            "MRIs taken six months after the injections showed thicker cartilage in the"
            " treated group. The patients reported less pain than the controls.",
        ),
        False,
    ),
    (
        "the patient better with no treatment told before",
        ("Knee pain has many causes. The patient has no knee pain after a month of rest.",),
        False,
    ),
    (
        "the after of the treatment told too far before the outcome",
        (
            "The x-ray on the right was taken six months after the stem cell procedure."
            " The clinic is in the city centre. Parking is free. It opens at eight. The"
            " patient has no hip pain on stairs.",
        ),
        False,
    ),
]


@each_case(("name", "lines", "raised"), PASSAGES_TESTIMONIALS3)
def test_a_case_told_through_a_before_and_after(
    name: str, lines: tuple[str, ...], raised: bool
) -> None:
    assert (STORY in found("red_flag", *lines)) is raised, lines


# -- Moved from tests/test_testimonials4_rules.py ------------------------------------------
# testimonials-as-evidence as one person's story whose outcome needs a wider reading than
# "got better" (round testimonials4): the OUTCOME half of the story
# (`check/rules/patient_stories.py`) and the one-sentence reading both use `better-off` of
# `data/check/advert_words.yaml`, which now also reads the degree after the verb ("she improved
# drastically", "his pain and function improved significantly"), a recovery made ("he had made a
# full recovery"), the person healed or recovered told by a verb or a degree ("he had recovered
# completely"; the list's old "healed|recovered|pain free|painfree" read "healed free"
# and never "he recovered"), a difference felt and an improvement reported ("he
# definitely feels a difference", "he reported an improvement of 30%";
# benchmarks/adverts/ROUNDS.md).
#
# Each case is a short passage of made-up sentences: the person and the treatment told,
# the outcome in that sentence or the next. The stories raised no flag before the round;
# their look-alikes must stay clean with it: a patient no better, a hedged or hoped-for
# recovery, a study's patients, a doctor whose technique improved, a harmed patient, an
# outcome with no treatment told before it, the healing of cells or tissue named in a
# heading ("Key Healing Mechanisms of Stem Cell Therapy").

# (name, passage as lines, raised)
PASSAGES_TESTIMONIALS4: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "a third person improved with a degree after the verb, the next sentence",
        (
            "Last spring the clinic gave her a stem cell injection in her right knee. Within"
            " weeks she improved drastically.",
        ),
        True,
    ),
    (
        "what improved named first, the degree after the verb",
        (
            "His knee was treated with an injection of his own marrow cells. Afterwards"
            " his pain and mobility improved significantly.",
        ),
        True,
    ),
    (
        "a full recovery made, the athlete named with the injections before",
        (
            "In 2012 the team sent its pitcher for stem cell injections in his torn"
            " shoulder. Within a month he had made a full recovery.",
        ),
        True,
    ),
    (
        "recovered with a degree, the person told with the treatment just before",
        (
            "Jack Dunn received injections of stem cells to treat his injured elbow. He had"
            " recovered completely within six weeks.",
        ),
        True,
    ),
    (
        "a difference felt, told in reported speech",
        (
            "Paul joined the stem cell programme last year. Now Paul says he definitely"
            " feels a difference in his back.",
        ),
        True,
    ),
    (
        "an improvement reported by the patient",
        (
            "I saw a 70-year-old patient six weeks after the stem cell procedure on his"
            " left knee. He reported an improvement of 40%.",
        ),
        True,
    ),
    (
        "the same patient who did not improve significantly: a patient no better",
        (
            "Last spring the clinic gave her a stem cell injection in her right knee. Within"
            " weeks she had not improved significantly.",
        ),
        False,
    ),
    (
        "a recovery hoped for, not told",
        (
            "Jack Dunn received injections of stem cells to treat his injured elbow. His"
            " doctors hope he could make a full recovery.",
        ),
        False,
    ),
    (
        "a study's patients improved significantly",
        (
            "In the trial, 40 patients had a stem cell injection in the knee. At one year"
            " the patients improved significantly on the pain score.",
        ),
        False,
    ),
    (
        "a doctor's technique improved significantly",
        (
            "Dr. Lee has given stem cell injections for twenty years. Over that time the"
            " technique of the clinic improved significantly.",
        ),
        False,
    ),
    (
        "a harmed patient in a news story",
        (
            "After the stem cell injection at the clinic, she developed a serious infection"
            " in her spine and spent weeks in hospital.",
        ),
        False,
    ),
    (
        "a full recovery with no treatment told before it",
        (
            "Tom Riley tore his shoulder in 2012. He rested for a season. Within a year he"
            " had made a full recovery.",
        ),
        False,
    ),
    (
        "the healing of cells named in a heading",
        ("Key Healing Mechanisms of Stem Cell Therapy:", "Abundant cells. Powerful healing."),
        False,
    ),
]


@each_case(("name", "lines", "raised"), PASSAGES_TESTIMONIALS4)
def test_the_wider_outcome(name: str, lines: tuple[str, ...], raised: bool) -> None:
    assert (STORY in found("red_flag", *lines)) is raised, lines


# -- Moved from tests/test_testimonials6_rules.py ------------------------------------------
# testimonials-as-evidence and a story of harm (round testimonials6): a patient's story
# whose person is harmed, or let down by the treatment, in the story's sentence or in one of
# the `patient_stories.REACH` sentences after or before it is a warning, not proof that the
# treatment works (the spec: stories "presented as proof"). The harm is a half of its own
# (`story-harm` of `data/check/advert_words.yaml`, read like the story's other halves:
# negation, questions), one person or patients and what befell them ("came home
# paralysed", "septic arthritis", "came away let down"); it drops the flag's matches
# within the story's reach (`check/rules/patient_stories.py`).
#
# Each case is a short made-up passage. The harm stories raised the flag before the round;
# the look-alikes must still be found with it (a story with no harm, a treatment's risk
# named with no person harmed, a harm denied, a harm told far from the story), and the
# brief's silent sentences stay silent.

FLAG = "testimonials-as-evidence"

# (name, passage as lines, raised)
PASSAGES_TESTIMONIALS6: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "a case report's patients harmed, in the sentence of the story",
        (
            "We describe two patients who came to us with septic arthritis after stem"
            " cell injections at other clinics.",
        ),
        False,
    ),
    (
        "a named patient's story, the harm in the next sentence",
        (
            "Read Paul's story. He had stem cell injections at a clinic abroad and came"
            " home paralysed.",
        ),
        False,
    ),
    (
        "patients let down by another clinic, in the sentence of the story",
        ("We meet patients who went to other stem cell clinics and came away let down.",),
        False,
    ),
    (
        "a story's title, the harm two sentences on",
        (
            "One Patient's Story",
            "She had an injection at a clinic in Florida. Within days she had gone blind"
            " in both eyes.",
        ),
        False,
    ),
    (
        "the brief's look-alike: patients' words as proof",
        ("Read what our patients say: 'I was back on the court in six weeks'",),
        True,
    ),
    (
        "the brief's look-alike: reviews as proof",
        ("Five-star reviews from hundreds of patients",),
        True,
    ),
    (
        "a story with a risk named and no person harmed",
        (
            "Read Maria's story: she is pain free after her stem cell injection. Like any"
            " injection, it carries a small risk of infection.",
        ),
        True,
    ),
    (
        "a harm denied, then the stories",
        (
            "Our patients have never been hospitalised after the procedure. Read their"
            " patient stories on this page.",
        ),
        True,
    ),
    (
        "a harm told far from the story",
        (
            "Read Maria's story: she is pain free after her stem cell injection.",
            "Our team has twenty years of experience. We use ultrasound guidance. Every"
            " sample is tested. Our lab is certified.",
            "In the news, a man treated at an unlicensed clinic abroad came home paralysed.",
        ),
        True,
    ),
    (
        "the brief's silent sentence: testimonials named no evidence",
        ("Testimonials are not evidence",),
        False,
    ),
    (
        "the brief's silent sentence: a harm with no testimonial",
        ("One patient went blind after an injection at a Florida clinic",),
        False,
    ),
]


@each_case(("name", "lines", "raised"), PASSAGES_TESTIMONIALS6)
def test_story_of_harm(name: str, lines: tuple[str, ...], raised: bool) -> None:
    assert (FLAG in red_flags(*lines)) is raised


# -- Moved from tests/test_stories3_rules.py -----------------------------------------------
# testimonials-as-evidence as the patient speaking (round stories3): one person tells, in
# the first person, of the treatment they had and of being better off a sentence or three
# later, with no testimonial word (`check/rules/patient_stories.py`, the lists `my-joint`,
# `my-treated` and `my-better` of `data/check/advert_words.yaml`, read as halves of the story;
# benchmarks/adverts/ROUNDS.md).
#
# A patient quoted in a news story, a podcast host or a doctor telling of his own shoulder:
# "I had the first injection in August ... By early October my shoulder had a full range of
# motion without pain". The treatment had by "I" or given to "my" joint is a told half of
# the story, "I" or "my" joint better off an outcome half. Each case is a short passage of
# made-up sentences: the cases raised no flag before the rule; their look-alikes must stay
# clean with it: a doctor's own credentials and patients, a patient no better or harmed, a
# made-up example, a study's patients, an outcome with no treatment told before it.

# (name, passage as lines, raised)
PASSAGES_STORIES3: list[tuple[str, tuple[str, ...], bool]] = [
    (
        "the treatment had by 'I', 'my' joint without pain two sentences on",
        (
            "I had the first stem cell injection in March and a second one in May. The"
            " clinic is an hour from home. By July my shoulder had its full reach without"
            " pain.",
        ),
        True,
    ),
    (
        "the same story, the joint no better: a patient no better",
        (
            "I had the first stem cell injection in March and a second one in May. The"
            " clinic is an hour from home. By July my shoulder was no better and still"
            " hurt at night.",
        ),
        False,
    ),
    (
        "the same story, the joint worse: a patient harmed",
        (
            "I had the first stem cell injection in March and a second one in May. By July"
            " my shoulder was hot, swollen and stiff, and I needed antibiotics.",
        ),
        False,
    ),
    (
        "a quoted patient's difference, the treatment told in the same sentence",
        ('"I noticed the difference within a week," Marta said of the procedure.',),
        True,
    ),
    (
        "a quoted patient who noticed no difference",
        ('"I did not notice any difference at all," Marta said of the procedure.',),
        False,
    ),
    (
        "a host's own results from the treatment on his shoulder",
        (
            "Everyone has heard me talk about the amazing results I've had from the"
            " treatment on my shoulder.",
        ),
        True,
    ),
    (
        "a patient who stopped needing the cane after the injection into 'my' knee",
        (
            "The doctor put the PRP injection into my left knee in January. By spring I had"
            " stopped needing the cane.",
        ),
        True,
    ),
    (
        "a doctor's own credentials: the injections given, the technique improved",
        (
            "I have given more than two thousand stem cell injections since 2010. Over"
            " those years I have improved the technique again and again.",
        ),
        False,
    ),
    (
        "a doctor's own credentials: 'my' patients treated, the technique improved",
        (
            "I have treated my patients with stem cells for ten years. In that time I have"
            " improved the technique.",
        ),
        False,
    ),
    (
        "a patient who feels better since the injection into 'my' knee",
        (
            "Dr. Lee gave me a stem cell injection into my right knee last May. Three weeks"
            " later I felt much better.",
        ),
        True,
    ),
    (
        "a doctor's patients, not the doctor's own joint",
        (
            "In my practice I inject stem cells into knees and hips. My patients often"
            " feel better within weeks.",
        ),
        False,
    ),
    (
        "a made-up example in the first person",
        (
            "Suppose I had a stem cell injection in my knee. Would my knee be pain free a"
            " month later?",
        ),
        False,
    ),
    (
        "a study's patients, told by the researcher",
        (
            "In our trial, 40 patients had a stem cell injection in the knee. At one year"
            " their pain scores were no different from the placebo group.",
        ),
        False,
    ),
    (
        "'my' joint better with no treatment told before",
        (
            "I rested for six weeks and did my exercises every day. By July my shoulder had"
            " its full reach without pain.",
        ),
        False,
    ),
    (
        "the treatment told too far before the outcome",
        (
            "I had the first stem cell injection in March.",
            "",
            "The clinic is an hour from home. The parking is free. The staff were kind."
            " The waiting room had coffee. By July my shoulder had its full reach without"
            " pain.",
        ),
        False,
    ),
]


@each_case(("name", "lines", "raised"), PASSAGES_STORIES3)
def test_the_patient_speaking(name: str, lines: tuple[str, ...], raised: bool) -> None:
    assert (STORY in found("red_flag", *lines)) is raised, lines


# -- Moved from tests/test_story_flags.py --------------------------------------------------
# Patient stories and promised results read like a person (issue 14, red flags): a named
# patient's story is a testimonial without the word; athletes named as the injured, what
# patients go through, a hope and a hedged outcome are not the warning signs.

PROMISE = "promised-results"


def only(phrase: str, *lines: str) -> bool:
    """Whether a matcher that knows only `phrase` finds it in `lines`."""
    matcher = Matcher([Phrase("red_flag", "x", phrase)], lexicon_for(CATALOG).groups)
    return bool(matcher.scan(list(lines)))


class TestNames:
    """`@name` in a phrase: a capitalised word that no phrase uses and that is none of the
    common words a sentence starts with."""

    @each_case(
        ("line",),
        [
            ("Wayne is a 60-year-old retired planner.",),
            ("Yesterday Ann is a 55 year old, she said.",),
        ],
    )
    def test_a_capitalised_word_is_a_name(self, line: str) -> None:
        assert only("@name is|was a|an # year old", line)

    @each_case(
        ("line",),
        [
            ("This is a 10-year-old study.",),  # a common word that starts a sentence
            ("It was a 5 year old device.",),
            ("wayne is a 60-year-old planner.",),  # no capital
            ("WAYNE is a 60-year-old planner.",),  # capitals only
            ("Patients is a 3 year old forum.",),  # a word the phrases use
        ],
    )
    def test_common_and_uncapitalised_words_are_no_names(self, line: str) -> None:
        assert not only("@name is|was a|an # year old", line)

    def test_a_possessive_name_is_a_name(self) -> None:
        assert only("@name story", "Adriana's Story")
        assert not only("@name story", "Our Story")

    def test_a_name_is_one_of_the_choices_of_a_word(self) -> None:
        assert only("his|@name story", "Adriana's Story")
        assert not only("his|@name story", "A name story")  # the word "name" is no name


class TestNamedPatientStories:
    @each_case(
        ("line",),
        [
            ("Joyce Mitchell, 66, had the procedure for painful arthritis six months ago.",),
            ("Maria, 58, had been told she needed a new knee.",),
            ("Wayne is a 60-year-old retired financial planner.",),
            ("Gilbert was 59 when he was first seen for a knee injury.",),
            ("Sixty-six-year-old Joyce Mitchell had the procedure last spring.",),
            ("Adriana's Story",),
            ("Eight months after his injection, Wayne reports 75 percent improvement.",),
            ("Esther Arroyo Conde is a case in point.",),
        ],
    )
    def test_a_named_patient_is_a_story(self, line: str) -> None:
        assert STORY in flags(line)

    @each_case(
        ("line",),
        [
            ("Of the patients in the trial, 40 had the procedure twice.",),  # a count, no name
            ("The patient, 66, had the procedure.",),  # a role, not a name
            ("This is a 10-year-old study of knee injections.",),
            ("It was 2015 when the clinic opened.",),
            # a patient harmed is a warning, not proof
            ("Jim Gass, 66, had stem cell treatments in Mexico and was left paralysed.",),
        ],
    )
    def test_a_count_or_a_role_is_no_story(self, line: str) -> None:
        assert STORY not in flags(line)


class TestOutcomeOfOnePerson:
    @each_case(
        ("line",),
        [
            ("On top of that, she's walking again.",),
            ("Thanks to god and to the treatment I can climb the stairs.",),
            ("I can walk now and climb the stairs, she said.",),
            ("She said the treatments have improved her quality of life.",),
            ("She said each day, her knees are feeling better.",),
            ("His treated knee is still 95 percent better.",),
            ("By 2015 the knee was doing well, an amazing result.",),
            ("It was the best decision he could have made.",),
            ("Stem cell therapy kept their dreams alive.",),
            ("A video arrived showing him tearing through big weights.",),
            ("Below are videos of actual patients who have been treated telling their stories.",),
            ("Stem cell therapy helps Lebanon woman walk again.",),
            ("Wells looked for the same procedure that Tiger Woods and Hines Ward had.",),
            ("Twelve Athletes Who Have Used Stem Cell Therapy",),
            ("I was about 80% better after the three treatments.",),
            ("His dad could barely walk, but now he's better than ever.",),
            ("The treatments have done wonders for the 94-year-old.",),
            ("The story of his father getting saved by an experimental stem cell treatment.",),
            ("Gibson's father experienced significant improvements after stem cell therapy.",),
            ("Patsy White is seeing first hand the benefits of this procedure.",),
            ('"I can do everything I used to do," she said.',),
            ("Since the injection I feel like a new person.",),
            ('PRP made him "feel 27 years old again".',),
            ("I have my life back.",),
            ("I would definitely do it again.",),
            ("I wish I had done it sooner.",),
            ("Now I have no more pain in my knee.",),
        ],
    )
    def test_one_persons_recovery_is_a_story(self, line: str) -> None:
        assert STORY in flags(line)

    @each_case(
        ("line",),
        [
            ("Stem cells may improve your quality of life.",),
            ("His knees are getting worse every year.",),
            ("Watch a video of the procedure.",),
            ("Athletes who have had knee injuries often need surgery.",),
            ("Bone marrow transplants have saved lives in leukemia.",),
            ("The new wing was about 80% complete.",),
            ("You can do everything you used to do before the injury.",),
            ("Patients often feel like a new person after surgery.",),
            ("If I had known, I would not do it again.",),
            ("I have no more questions.",),
        ],
    )
    def test_look_alikes_are_no_story(self, line: str) -> None:
        assert STORY not in flags(line)


class TestNotTestimonials:
    @each_case(
        ("line",),
        [
            ("Most patients experience some soreness at the injection site.",),
            ("Many patients experience a noticeable improvement after six months.",),
            ("Tiger Woods, PGA all-star, suffered a serious injury to his ACL in 2008.",),
            ("Injuries can be devastating for professional athletes.",),
            ("Much of the evidence on professional athletes' recovery is anecdotal.",),
        ],
    )
    def test_what_patients_go_through_and_injured_athletes(self, line: str) -> None:
        assert STORY not in flags(line)

    @each_case(
        ("line",),
        [("Read our patients' experiences.",), ("Professional athletes trust our clinic.",)],
    )
    def test_reviews_and_athletes_as_proof_still_count(self, line: str) -> None:
        assert STORY in flags(line)


class TestPromisedResults:
    @each_case(
        ("line",),
        [
            ("With surgery you can predict when you'll be walking again.",),
            ("Most patients notice modest improvements in the first 1-2 months.",),
            ("Athletes have had promising results with it.",),
            ("He believed the cells might give him relief that lasts.",),
            ("Some patients feel better within days, while others take months.",),
        ],
    )
    def test_a_hedge_or_a_hope_is_no_promise(self, line: str) -> None:
        assert PROMISE not in flags(line)

    @each_case(
        ("line",),
        [
            ("You'll be walking again in two weeks.",),
            ("Patients feel improvement within 2 weeks.",),
            ("We promise results.",),
            ("Our therapy gives relief that lasts.",),
            ("Our clinical trials prove you will be back to sport in weeks.",),
        ],
    )
    def test_a_promise_still_counts(self, line: str) -> None:
        assert PROMISE in flags(line)

    @each_case(
        ("line",),
        [
            ("In the trial, pain scores improved within 6 months.",),
            ("A 2019 study found that patients' pain improved within 12 weeks of the injection.",),
            ("Researchers reported improvement in function at 6 and 12 months.",),
            ("Participants showed relief within weeks, though the study had no control group.",),
            ("In one small trial, patients were back to sport in 3 months on average.",),
        ],
    )
    def test_an_outcome_a_study_reports_is_no_promise(self, line: str) -> None:
        assert PROMISE not in flags(line)


def test_a_long_text_of_names_and_ages_is_read_to_the_end() -> None:
    """The name rule keys each word once: a 4 MB advert of names, ages and stories, one
    sentence, is read (the timeout only guards against a hang)."""
    advert = ("Maria Joyce Wayne, 58, 66, had Adriana's Story was " * 80_000).encode()
    result = subprocess.run(
        [sys.executable, "-m", "stemcell_cli", "check", "-", "-f", "json", "--no-fail"],
        input=advert,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert STORY.encode() in result.stdout


# -- Moved from tests/test_flag_rules5.py --------------------------------------------------
# One patient's story told as proof without a testimonial word (issue 14, red flags,
# fifth round): the doctor tells the case in the third person ("she let me know the
# injection had worked", "her surgeon was impressed"), quotes a patient's e-mail or letter,
# names the patient with an age or as "one of our patients", or shows the patient's MRI;
# a news report says "for Al, it worked". Each rule is about a kind of sentence, with
# advert sentences that must raise testimonials-as-evidence and look-alikes that must not
# (made-up wordings, not pages').
#
# The wordings live in `data/red_flags.yaml` (testimonials-as-evidence) and their guards in
# `data/check/advert_words.yaml`; an advert sentence fails when its phrase is removed, a
# look-alike when its guard is removed or the phrase is written looser.

# (rule, advert sentences that raise the flag, look-alikes that do not)
RULES_FLAG5: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "it worked for a named person, or for him, her or me",
        (
            "For Al, it worked.",
            "It worked for Margaret, who now gardens every day.",
            "The injection worked for him within a month.",
            "I had my doubts, but the treatment worked for me.",
        ),
        (
            "Physical therapy worked for him for a while, then the pain came back.",
            "Cortisone injections worked for her for a few weeks.",
            "Nobody knows whether it worked for him or whether the pain eased by itself.",
            "It worked for some patients in the trial.",
        ),
    ),
    (
        "a patient's report relayed by the doctor",
        (
            "Last week she let me know that our injection of stem cells had worked well.",
            "He told us that the injections had worked.",
            "Maria wrote to me that the procedure helped her walk again.",
        ),
        (
            "Let us know if the pain returns after the procedure.",
            "She let me know that the pain in her knee was worse in the mornings.",
            "He told us his knee had hurt for years.",
        ),
    ),
    (
        "the patient's own doctor or surgeon impressed",
        (
            "Her orthopedic surgeon was impressed.",
            "His doctor was amazed by the follow-up scan.",
        ),
        (
            "Her surgeon was surprised by the infection that followed the injection.",
            "His doctor was shocked at the damage the clinic had done.",
            "Surgeons were impressed by the new arthroscope.",
        ),
    ),
    (
        "a patient's e-mail, letter or message quoted as proof",
        (
            "Then this e-mail arrived from a patient I had treated 18 months ago.",
            "Here is a letter from one of our patients.",
            "We received this message from a grateful client last week.",
        ),
        (
            "I get emails from patients asking whether stem cells could help them.",
            "We receive many letters from patients with questions about costs.",
            "The clinic received a warning letter from the FDA about its patients.",
        ),
    ),
    (
        "a patient the doctor treated, named by whose knee or whom",
        (
            "A patient whose right and left knees I had treated wrote to me.",
            "Donna, a woman in her 60s whom we treated last spring, got in touch.",
        ),
        (
            "A patient whose knees I treated for an infection after a clinic's injection "
            "came back.",
            "The man whom we treated for complications had been injected abroad.",
        ),
    ),
    (
        "his or her pain gone, told of one person",
        (
            "Four years after his surgery, his pain is gone.",
            "Within a couple of weeks, his neuropathic pain was gone.",
            "Her symptoms had vanished by the summer.",
        ),
        (
            "His pain was not gone, and he needed surgery after all.",
            "Her pain had returned within a month.",
        ),
    ),
    (
        "a named patient with an age, or one of the doctor's patients named",
        (
            "Donna is an active 61-year-old who looks to be in her mid-40s.",
            "Our first stem cell patient is a 35 year old female with knee pain.",
            "One of those patients, Jose Belsol, was training for a triathlon.",
            "For one of his patients, Rob Attori, the treatment cut healing time to nine weeks.",
        ),
        (
            "This is a 10-year-old study of a few patients.",
            "One of our patients' most common questions is about cost.",
            "One of those patients, Jim Gass, was left paralysed after injections abroad.",
        ),
    ),
    (
        "one person's change from pain to little or none",
        (
            "She went from non-functional, with difficulty walking, to very little pain.",
            "She went from struggling on the stairs to almost no pain.",
        ),
        (
            "Her pain went from mild to severe after the injection.",
            "She went from running marathons to no running at all.",
        ),
    ),
    (
        "a patient's thanks or blessing",
        (
            "I cannot thank you enough.",
            "Dr. Lee and his team, I can't thank you enough for giving me my knees back.",
            "The clinic has been one of the biggest blessings in my life.",
        ),
        (
            "We cannot thank you enough for your donation to our research fund.",
            "We can't thank our volunteers enough for their support of the trial.",
        ),
    ),
    (
        "one patient's scan shown as the proof",
        (
            "You can view the MRI after image on the right to see the gap has gone away.",
            "Here is her 2 year MRI.",
        ),
        (
            "After imaging, the doctor guides the needle into the joint.",
            "An MRI before treatment shows whether you are a candidate.",
        ),
    ),
    (
        "a patient's report of an excellent result",
        (
            "She is still reporting excellent resolution of her symptoms.",
            "Al reported complete relief after the second injection.",
        ),
        (
            "Patients in the trial reported complete relief about as often as those given "
            "a placebo.",
            "She reported complete relief from physical therapy before she ever saw us.",
        ),
    ),
    (
        "a named patient's words or response told as a feature story",
        (
            '"I wanted to show horses," reminisces Sylvia, 78.',
            "Sylvia responded quickly and positively to the regenerative medicine protocol.",
        ),
        (
            "Patients who responded well to the injections were older.",
            "Reminisces of the 1970s, 20 years on.",
        ),
    ),
    (
        "one person's activity made possible by the treatment, or doing remarkably well",
        (
            "This is his third year of helicopter skiing made possible by the intervention "
            "he had undergone.",
            "Both are doing amazingly well two months after the injections.",
            "Donna is doing remarkably well.",
        ),
        (
            "This research was made possible by a grant from the foundation.",
            "His trip was made possible by his daughter's savings.",
            "She was doing remarkably well after her hip replacement surgery.",
        ),
    ),
    (
        "a named patient who found her cure",
        ("Haynes found her cure in the form of placenta stem cells.",),
        (
            "She never found her cure.",
            "Researchers found their answer in a larger trial.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [
        (case.id, *case.values)
        for case in rule_cases(
            [(rule, STORY, adverts, lookalikes) for rule, adverts, lookalikes in RULES_FLAG5]
        )
    ],
)
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


# -- Moved from tests/test_redflag_families.py ---------------------------------------------
# Families of red-flag wordings mined from real clinic, vendor and broker pages that are
# in no corpus (issue 14, item 3; the pages and sentences are listed outside the repository
# in the mining notes). Each family is a concept with its synonyms, not one page's sentence:
# every test gives wordings that must raise the flag, and careful wordings (a page that
# discusses the sign, or says it of something else) that must not. Each raising sentence
# was missed before its family was added, so a test fails when its wording is removed.

# -- testimonials-as-evidence ---------------------------------------------------------

TESTIMONIALS = "testimonials-as-evidence"


@each_case(
    ("sentence",),
    [
        ("Success story: knee instability treated with stem cells.",),
        ("Success stories: hip arthritis and torn menisci.",),
    ],
)
def test_a_success_story_of_a_joint_is_offered_as_proof(sentence: str) -> None:
    raises(TESTIMONIALS, sentence)


def test_a_success_story_of_the_therapy_itself_is_no_patient_story() -> None:
    """ "one more of stem cell therapy's success stories" speaks of the field, and a
    careful page may call uncontrolled success stories hard to judge."""
    clean(TESTIMONIALS, "Curing this disease is one more of stem cell therapy's success stories.")
    clean(
        TESTIMONIALS, "Pain comes and goes, which makes uncontrolled success stories hard to judge."
    )


@each_case(
    ("sentence",),
    [
        ("It is a popular choice for US residents, high-profile patients among them.",),
        ("Our well-known clients come back year after year.",),
        ("Prominent figures from business and sport choose our clinic.",),
    ],
)
def test_notable_patients_are_offered_as_proof(sentence: str) -> None:
    raises(TESTIMONIALS, sentence)


@each_case(
    ("sentence",),
    [
        ("Our team has earned the trust of more than 1000 patients around the world.",),
        ("Trusted by thousands of patients since 2010.",),
        ("Rated 4.9 by our patients.",),
    ],
)
def test_the_trust_or_rating_of_many_patients_is_offered_as_proof(sentence: str) -> None:
    raises(TESTIMONIALS, sentence)


@each_case(
    ("sentence",),
    [
        ("Four months on, her right knee is back to normal.",),
        ("Now I am back at the gym three days a week.",),
        ("Eight years later I have almost no pain and can hike for hours.",),
        ("Today she has hardly any pain.",),
        ("He no longer needs his cane.",),
        ("Bone on bone knee patient still doing well eight years after his treatment.",),
        ("She had five years of complete relief.",),
        ("A new therapy saved my mother's ability to walk.",),
        ("He was so pleased with the result that he had his other knee done too.",),
        ("An update from our amazing patients.",),
        ("Many of our longest-treated patients are still doing well years later.",),
        ("I could hike again and climb stairs without pain.",),
        ("At 82, she walks without a limp again.",),
        ("She walks without pain.",),
        ("He runs without limping.",),
        ("Once it healed, my knee felt brand new.",),
        ("Four years on, he reports 80% less pain.",),
        ("Four years on, this runner reports his knee 80-90% better.",),
    ],
)
def test_one_persons_recovery_is_told_as_proof(sentence: str) -> None:
    raises(TESTIMONIALS, sentence)


@each_case(
    ("sentence",),
    [
        ("Testimonials from high-profile patients are not evidence that a treatment works.",),
        ("A patient's story that her knee is back to normal is not proof that the cells worked.",),
        ("Regulators warn that clinics use patient success stories about knee pain.",),
        ("Both kinds of clinic publish testimonial videos, and both say they are the best.",),
        ("Trust is built on published trials, not on the trust of thousands of patients.",),
    ],
)
def test_a_page_that_discusses_patient_stories_shows_none(sentence: str) -> None:
    clean(TESTIMONIALS, sentence)


# -- Moved from tests/test_testim7_rules.py ------------------------------------------------
# testimonials-as-evidence and stories heard (round testim7): a story, a review or a
# picture that the reader or a third party hears of elsewhere is hearsay, not patient
# stories the page presents as proof (the spec: stories "presented as proof"; a story
# "discussed" is not the sign). The hearer (a third party of `reported_speech: subjects:`
# or one of `hearers:`, "you", "someone") before a verb of `hearing:` ("hear", "heard")
# makes what follows, to the end of the sentence or a word that turns it, hearsay
# (`check/rules/reported_speech.py`, `Reported.heard_span`).
#
# Each case is a short made-up sentence. The hearsay raised the flag before the round; the
# look-alikes must still be found with it: the page's own stories offered to be heard (an
# imperative, "you can hear", "you will hear"), the page speaking in what is heard ("from
# our patients", the speaker's own story), a named person heard, and a story told after the
# hearsay is set aside.

# (name, sentence, raised)
SENTENCES: list[tuple[str, str, bool]] = [
    (
        "the reader hears stories, set against the research",
        "You often hear stories of amazing recoveries, yet the research is thin.",
        False,
    ),
    (
        "a third party has heard reviews from a coworker",
        "Someone has heard glowing reviews from a coworker and wants to know the cost.",
        False,
    ),
    (
        "readers have heard celebrities' testimonials",
        "Most readers have heard testimonials from celebrities who swear by stem cells.",
        False,
    ),
    (
        "patients hear success stories from friends, then search",
        "Patients hear success stories from friends and then search for a clinic.",
        False,
    ),
    (
        "look-alike: the page's patients to be heard (an imperative)",
        "Hear from our patients: I was back on the bike in a month.",
        True,
    ),
    (
        "look-alike: the page promises what the reader will hear",
        "You will hear from patients who walked again after one injection.",
        True,
    ),
    (
        "look-alike: the page offers a named patient's story",
        "You can hear John's story in the video below.",
        True,
    ),
    (
        "look-alike: the page speaks in what is heard",
        "You hear it from our patients every day: their stories of walking again.",
        True,
    ),
    (
        "look-alike: a named person heard",
        "In the video you hear Maria tell her story: she is pain free after one injection.",
        True,
    ),
    (
        "look-alike: the speaker's own story is what is heard",
        "Many of you have heard me talk about how my knee got better after the injection.",
        True,
    ),
    (
        "look-alike: hearsay set aside, then the page's own reviews",
        "You hear a lot of noise, but read our patients' stories below.",
        True,
    ),
]


@each_case(("name", "sentence", "raised"), SENTENCES)
def test_stories_heard(name: str, sentence: str, raised: bool) -> None:
    assert (FLAG in red_flags(sentence)) is raised


# -- Round papercuts1: a blinded trial is no harm ------------------------------------------
# A story of harm is no proof (testimonials6, the group `harm-befell` in
# data/check/advert_words.yaml), and "blinded" was one of its harms. Words are compared by
# stem, and "blinded", "blind" and "blindness" shared the stem "blind", so a patient in a
# "double-blind trial" or a "blinded study" was read as a person blinded, and her story
# was no longer proof. "blinded" and "blindness" now have stems of their own
# (`stemmer._OWN_STEM`), "blinded" in a trial's sense (a blinded study, arm or assessor,
# blinded to a group) is read in another sense (`other_senses:`), and the harm is said by
# "blinded", "blindness", "went blind" and "left ... blind". Made-up wordings, not pages'.

BLINDED_TRIAL_STORY = "Mary joined our {trial}, and after her injection she walks without pain"


@each_case(
    ("trial",),
    [
        ("double-blind trial",),
        ("double blind trial",),
        ("single-blind, placebo-controlled study",),
        ("double-blinded trial",),
        ("blinded study",),
        ("trial, in the blinded arm",),
    ],
)
def test_a_patient_in_a_blinded_trial_is_no_harm(trial: str) -> None:
    assert "testimonials-as-evidence" in red_flags(BLINDED_TRIAL_STORY.format(trial=trial) + ".")


@each_case(
    ("harm",),
    [
        ("but a month later she went blind",),
        ("but the injection left her blind",),
        ("but the injection left her partly blind",),
        ("but she developed blindness in one eye",),
        ("but she was blinded by an infection",),
    ],
)
def test_a_patient_blinded_is_still_harm(harm: str) -> None:
    assert "testimonials-as-evidence" not in red_flags(
        BLINDED_TRIAL_STORY.format(trial="trial") + f", {harm}."
    )


def test_blinded_and_blindness_have_stems_of_their_own() -> None:
    from stemcell_cli.check.words.stemmer import stem

    assert len({stem("blind"), stem("blinded"), stem("blindness")}) == 3
    assert stem("blinds") == stem("blind")  # the other forms keep the stem


# -- Round forward1 ------------------------------------------------------------------------
# A testimonial is one patient's story, told (benchmarks/adverts/ROUNDS.md, round
# forward1): what the procedure is like for patients ("the patient experience", a
# brochure's topic; a regulator's "unwanted patient experiences"), patients' quality of
# life in general ("it improves their quality of life") and a quotation's lead-in "in the
# words of" (a clinic's or an official's words) are no story; patients who share their
# experiences, one patient's quality of life and "in her own words" still are.


@each_case(
    ("general", "story"),
    [
        (
            "Request our digital booklet to read about alternatives to orthopedic surgery"
            " and what Regenexx patients experience.",
            "Our patients share their experiences in these videos.",
        ),
        (
            "It relieves pain and greatly improves their quality of life.",
            "The treatment improved her quality of life.",
        ),
        (
            "In the words of Precise Care: stem cells are the body's raw materials.",
            'In her own words: "I can walk again."',
        ),
    ],
)
def test_patients_in_general_and_others_words_are_no_story(general: str, story: str) -> None:
    clean("testimonials-as-evidence", general)
    raises("testimonials-as-evidence", story)
