"""A results timeline stated as fact is a promised result (timeline1). The spec's
promised-results covers "promised outcomes or timelines ('results in days', 'back to sport
in weeks')"; the commonest miss of the first runs is a timeline said as plain fact or as
what patients usually get, with no "results in", "within" or "guarantee" word: an outcome
word of the offer (`{outcome}`: improvement, relief, results, benefit, effect, healing,
recovery, new cartilage, pain-free) and a time said of it in the same stretch of the
sentence (`{timeline}`: "by three months", "in one year", "after about a year", "for 90
days" after a word of going on). Told as past, hedged, as a study's finding or of the
procedure's soreness it promises nothing (`check/promises.py`, the guards of
promised-results), nor when it is a figure a follow-up reached or showed, or an outcome said
to wear off (`unpromised:`). Made-up sentences: the look-alikes that must stay silent, and those
that must still be found.
"""

from __future__ import annotations

import pytest
from findings import Rule, red_flags, rule_cases

FLAG = "promised-results"

RULES: list[Rule] = [
    (
        "an outcome with a time said after it",
        FLAG,
        (
            "Patients typically notice improvement by six weeks.",
            "Most people get the full benefit at three months.",
            "Patients get the full results in one year.",
            "Relief usually comes after about two weeks.",
            "The healing effect is complete by eight weeks.",
            "Most patients feel relief within two weeks.",
            "Results in days.",
            "In our practice we see a response to treatment at about two weeks.",
            "Most patients reach full improvement at 6 months.",
            "Patients typically experience progressive improvement over 6-10 weeks.",
            "Improvement at 12 months is the rule for our patients.",
            "Most patients have relief by six weeks, and the joint heals within months.",
        ),
        (
            "In the trial, pain improved at 12 months.",
            "Treated patients showed significant improvement at eight weeks.",
            "Function improvement reached 60% at 6 years.",
            "A third of the cell groups met a standard response measure at one month.",
            "Cortisone helps, but the benefit often wears off by 3 months.",
            "In the study, improvement was seen by three months.",
            "Some patients notice improvement by six weeks.",
            "You might notice improvement by three months.",
            "The study followed patients for a year.",
            "Soreness lasts a few days.",
            "The trial measured improvement over 8-12 weeks.",
            "Improvement at 12 months was modest.",
            "In a 2019 study, benefits persisted at two years.",
            "The needle site heals within a day or two.",
        ),
    ),
    (
        "an outcome going on for a time",
        FLAG,
        (
            "Healing continues for 60 days in the treated joint.",
            "The regenerative effect goes on for several months after the injection.",
        ),
        (
            "Swelling continues for a few days after the injection.",
            "The study followed patients for two years.",
        ),
    ),
    (
        "a time after which the outcome is had",
        FLAG,
        (
            "Repair takes about a year, after which the patient has new cartilage.",
            "By three months, patients usually notice a clear improvement.",
        ),
        (
            "The trial lasted a year, after which the results were published.",
            "By three months, participants in the study reported improvement.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_a_results_timeline_stated_as_fact(flag: str, sentence: str, raised: bool) -> None:
    """An outcome of the offer with a time said of it promises a result; the same time
    said of a study, in the past, hedged, of some patients or of soreness does not."""
    assert (flag in red_flags(sentence)) is raised, sentence
