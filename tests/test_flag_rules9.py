"""Warning signs that new pages word differently (issue 14, red flags, ninth round, read
blind first): results praised as a fact ("the results have been stellar"), a lost function
said to come back, cells said never to turn into tumours or not to be tumorigenic, a
treatment not offered at home and a hospital abroad named by its country's adjective ("a
private Mexican hospital network"), a named person who received stem cells ("Deborah
eventually received a stem cell transplant") or counted among those treated ("Churi is one
of the 40 diabetics who have been treated"); and look-alikes: lost function only hoped
for, a cure "on the horizon", "early promise as a cure" or a cure only "if it works", a
belief or rumour about the cells ("it is believed to turn back the clock"), promising
results that "there are", a lasting result hedged by an adverb ("a potentially
long-lasting solution"), a cause's share of the cases ("accounts for 80% of cases") and a
count in words ("6 thousand patients"). Each rule is about a kind of sentence, with advert
sentences that must raise the flag and look-alikes that must not (made-up wordings, not
pages').

The wordings live in `data/red_flags.yaml`, their guards, `not_asserting:` lines and word
lists in `data/check/advert_words.yaml`; an advert sentence fails when its phrase is
removed, a look-alike when its guard is removed or the phrase is written looser."""

from __future__ import annotations

import pytest
from findings import found, rule_cases

CURE = "cure-claim"
PROMISE = "promised-results"
NO_RISK = "no-risk-claim"
TRAVEL = "medical-tourism"
STORY = "testimonials-as-evidence"
RATE = "high-success-rate"

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
        "cells said not to be tumorigenic rule out a danger",
        NO_RISK,
        (
            "They are widely multipotent, are not tumorigenic, and are not immunogenic.",
            "Our cord cells are non-tumorigenic.",
        ),
        (
            "It is not yet known whether MSCs are tumorigenic.",
            "Whether the cells are tumorigenic is not known.",
        ),
    ),
    (
        "not offered at home, so a hospital abroad named by its country's adjective",
        TRAVEL,
        (
            "The treatment was not available in the US, but his team pointed him towards"
            " Hospital Angeles, a plush private Mexican hospital network.",
            "It is not available in Canada, so we refer patients to our partner Colombian clinic.",
        ),
        ("A Mexican clinic was shut down after patients got infections.",),
    ),
    (
        "a named person who received stem cells, told as the story",
        STORY,
        (
            "Deborah eventually received a stem cell transplant.",
            "Maria had stem cell therapy on both knees.",
        ),
        (
            "Patients who received stem cell injections reported more pain in the trial.",
            "The Stem Cell Institute received a stem cell license from the ministry.",
        ),
    ),
    (
        "a named person counted among those treated is a patient's story",
        STORY,
        (
            "Churi is one of the 40 diabetics who have been treated with stem cell therapy"
            " at our labs.",
            "Maria was one of 300 patients we treated last year.",
        ),
        ("Maria is one of the 3 nurses who work at our clinic.",),
    ),
    (
        "a cause's share of the cases or a count in words is no success rate",
        RATE,
        ("Our treatment helps 80% of cases.", "92% of our patients report improvement."),
        (
            "The most common cause of COPD is smoking, which accounts for around 80% of cases.",
            "More than 6 thousand patients have been treated.",
        ),
    ),
    (
        "promising results that exist, or a lasting result hedged by an adverb, are no promise",
        PROMISE,
        ("Our treatment offers a long-lasting solution.", "We promise results."),
        (
            "In several new studies there are promising results, but much more research is needed.",
            "Public interest is high because it promises a potentially long-lasting solution.",
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
