"""Warning signs that new pages word differently (issue 14, red flags, ninth round, read
blind first): results praised as a fact ("the results have been stellar"), a lost
function said to come back, cells said never to turn into tumours; and look-alikes: lost
function only hoped for, a cure "on the horizon", "early promise as a cure" or a cure only
"if it works", and a belief or rumour about the cells ("it is believed to turn back the
clock"). Each rule is about a kind of sentence, with advert sentences that must raise the
flag and look-alikes that must not (made-up wordings, not pages').

The wordings live in `data/red_flags.yaml`, their guards, `not_asserting:` lines and word
lists in `data/check/advert_words.yaml`; an advert sentence fails when its phrase is
removed, a look-alike when its guard is removed or the phrase is written looser."""

from __future__ import annotations

import pytest

from tests.findings import found, rule_cases

CURE = "cure-claim"
PROMISE = "promised-results"
NO_RISK = "no-risk-claim"

RULES = [
    (
        "the clinic's results praised as a fact are a promised result",
        PROMISE,
        (
            "Stem cell treatment for COPD is now a reality. The results have been stellar.",
            "Our outcomes are phenomenal.",
            "Patients see astounding results with our knee protocol.",
        ),
        (
            "The results of the trials have been mixed.",
            "Results were disappointing in the largest trial.",
            "Results are exceptional in some cases, the authors said.",
        ),
    ),
    (
        "a lost function said to come back is a promised result; hoped for, it is not",
        PROMISE,
        (
            "As a result, it restores the lost functions and improves the quality of life.",
            "Our treatment helps patients regain lost mobility.",
        ),
        (
            "Stem cells may one day restore lost function after spinal cord injury.",
            "The aim of the research is to restore lost function.",
            "Researchers hope the cells could help patients regain lost mobility.",
        ),
    ),
    (
        "a cure still ahead, hinted at or only if the research works is no cure claim",
        CURE,
        ("Our stem cells cure erectile dysfunction.",),
        (
            "Could a cure for erectile dysfunction be on the horizon?",
            "Stem Cells Show Early Promise As an Erectile Dysfunction Cure",
            '"I think if it works, it would be the first cure for erectile problems," he said.',
        ),
    ),
    (
        "cells said never to turn into tumours rule out a danger",
        NO_RISK,
        (
            "These stem cells do not transform into tumors, this fact has been proven.",
            "Our MSCs never form cancers.",
            "The cells cannot cause cancer.",
        ),
        (
            "We do not know whether the injected cells form tumors.",
            "Embryonic cells can form tumors, which is why they are not used.",
        ),
    ),
    (
        "a belief or rumour about the cells is not the writer's own cure claim",
        CURE,
        ("Our stem cells turn back the clock.",),
        (
            "Stem cell therapy is popular because it is believed to turn back the clock.",
            "Stem cells are rumoured to cure baldness.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence
