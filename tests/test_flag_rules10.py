"""Warning signs that new pages word differently (issue 14, red flags, tenth round, read
blind first), fixed by kind: one person's change told as following the treatment, with
no testimonial word ("Archit ... started showing signs of significant improvement ...
following his first round of stem cell therapy", "after the treatment, Ryan's condition
significantly improved", "his parents say he's gained weight", "the toddler's progress
has been incredible", "one of the children who has benefitted is 14-year-old Sahil");
and look-alikes: patients counted in a trial, a researcher named with a role, an
impersonal hope ("it is hoped that stem cells may hold the key to reversing the
damage"), what someone told the press, and "promising results" (hopeful ones, by their
own stem: no promise of results). Each rule is about a kind of sentence, with advert
sentences that must raise the flag and look-alikes that must not (made-up wordings,
not pages').

The wordings live in `data/red_flags.yaml`, their guards and `not_asserting:` lines in
`data/check/advert_words.yaml`, the stem of "promising" in `check/stemmer.py`; an advert
sentence fails when its phrase is removed, a look-alike when its guard is removed or the
phrase is written looser."""

from __future__ import annotations

import pytest
from findings import found, rule_cases

from stemcell_cli.check.stemmer import stem

CURE = "cure-claim"
PROMISE = "promised-results"
TRAVEL = "medical-tourism"
STORY = "testimonials-as-evidence"

RULES = [
    (
        "a named person's change told as following the treatment is a patient's story",
        STORY,
        (
            "Archit was born autistic and has only recently started showing signs of"
            " significant improvement in speech and behaviour, following his first round of"
            " stem cell therapy.",
            "Maria felt much better after her second injection.",
            "Very soon after the treatment, Ryan's condition significantly improved.",
        ),
        (
            "Patients showed improvement after the treatment in the trial.",
            "After the treatment, the patients improved.",
            "John Smith, the trial's lead author, said the patients had improved after the"
            " therapy.",
            "After treatment with MSCs, Smith and colleagues reported improvement in lung"
            " function.",
            "Dr. Smith saw improvement after the therapy in most of the mice.",
        ),
    ),
    (
        "a relative's report of one patient's change is a patient's story",
        STORY,
        (
            "My son got much calmer after the injections.",
            "His parents say he's gained weight and has improved arm and hand mobility.",
            "The family reported small improvements in their son's condition at discharge.",
            "According to her father, the toddler's progress has been incredible.",
        ),
        (
            "Parents reported improvements in 40% of the children in the trial.",
            "In the trial, parents noticed improvements in behaviour in some children.",
            "The family reported no change after the infusion.",
            "His progress has been slow.",
        ),
    ),
    (
        "one patient counted among those who benefited, or made a new person, is a story",
        STORY,
        (
            "One of the children who has benefitted is 14-year-old Sahil.",
            "His family says Sahil has become a new person after the stem cell therapy.",
        ),
        (
            "One of the patients who has withdrawn from the trial had a stroke.",
            "Life may become a new experience.",
        ),
    ),
    (
        "an impersonal hope is not the writer's cure claim",
        CURE,
        ("Our stem cells reverse the damage of multiple sclerosis.",),
        (
            "Because MS is a neurodegenerative disease, it is hoped that stem cells may hold"
            " the key to reversing the damage.",
            "It has been hoped that the cells reverse the damage.",
        ),
    ),
    (
        "what someone told the press is reported, not offered",
        TRAVEL,
        ("Patients travel to Japan on our organised medical tourism trips.",),
        (
            "The manager of a clinic in Kyoto told local media that patients had travelled"
            " to Japan on organised medical tourism trips.",
        ),
    ),
    (
        "promising results are hopeful ones, not a promise of results",
        PROMISE,
        ("We promise results in two weeks.", "Our clinic promises results you can feel."),
        (
            "Two posters on the wall outline promising results backed by drug companies.",
            "Small studies report promising results.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


def test_promising_keeps_a_stem_of_its_own() -> None:
    """ "Promising" (hopeful) is no inflection of "promise"; the verb's forms still are."""
    assert stem("promising") != stem("promise")
    assert stem("promises") == stem("promise") == stem("promised")
