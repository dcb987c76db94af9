"""high-success-rate and many-conditions read by the structure that decides them (issue 14,
round flags3; every first-run entry of the two flags in benchmarks/adverts/first-runs/,
sorted by structure in docs/matcher.md). Each test gives made-up wordings of the
structure, never a page's sentence, and look-alikes that must not be read as it; each
advert case was found (a disease that is no offer) or missed (a fall in pain) before the
round's rule was added, and the look-alikes held before it too.
"""

from __future__ import annotations

from cases import each_case
from findings import red_flags

# -- Diseases named as a yardstick of a comparison (bj02) -----------------------------
# "more ... than diabetes, heart disease and cancer" measures how common or costly the
# page's own condition is: the diseases after "than" are not offered.


@each_case(
    ("sentence",),
    [
        (
            "Back pain costs the country more than diabetes, heart disease and asthma "
            "combined; we treat it with your own cells.",
        ),
        (
            "Arthritis disables more people than stroke, cancer or COPD, and our injections "
            "ease knee arthritis.",
        ),
        (
            "Sciatica costs employers more than asthma, diabetes and heart failure together. "
            "Our cells treat sciatica.",
        ),
        # (review4: the words between "than for" and the yardstick, read before flags3)
        (
            "Spending on back pain is higher than for people with diabetes, asthma or heart "
            "failure. We treat knee pain with stem cells.",
        ),
    ],
)
def test_diseases_named_as_a_yardstick_are_not_offered(sentence: str) -> None:
    assert "many-conditions" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        (
            "Our cells treat more conditions than any clinic: diabetes, heart failure, MS "
            "and knee arthritis.",
        ),
        ("We treat more patients than anyone for diabetes, heart failure, MS and knee arthritis.",),
    ],
)
def test_a_comparison_of_the_offer_itself_still_lists_its_conditions(sentence: str) -> None:
    assert "many-conditions" in red_flags(sentence)


# -- Diseases named as harms or causes of death (ep05, dq11) --------------------------
# Heart or vessel "events" are what a rival drug risks; what one disease's patients die
# of is its course. Neither is a disease the page offers to treat.


@each_case(
    ("sentence",),
    [
        (
            "Long-term NSAIDs are linked to cardiovascular events and kidney failure in people "
            "with diabetes, so we offer injections for knee osteoarthritis.",
        ),
        (
            "Most deaths in lupus come from heart attack, stroke or infection; our infusions "
            "treat lupus.",
        ),
        (
            "Patients with scleroderma often die of lung fibrosis or kidney failure. We treat "
            "scleroderma.",
        ),
    ],
)
def test_diseases_named_as_harms_or_causes_of_death_are_not_offered(sentence: str) -> None:
    assert "many-conditions" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        (
            "Our stem cells treat heart failure, COPD, diabetes and knee arthritis, with no "
            "risk of cardiovascular events.",
        ),
        ("Our cells treat heart attack, stroke and lupus, so fewer patients die.",),
        (
            "We treat autism, diabetes and heart failure: patients who would otherwise die "
            "from these diseases come to us.",
        ),
    ],
)
def test_diseases_offered_before_a_harm_or_a_death_still_count(sentence: str) -> None:
    assert "many-conditions" in red_flags(sentence)


# -- The buzz, and what stem cells may do one day (dz01, cg10) ------------------------
# What stem cells are a buzz word for, and what they may treat one day, is talk and hope,
# not the page's offer.


@each_case(
    ("sentence",),
    [
        (
            "Stem cells have become the buzz word for everything from autism to asthma to "
            "cancer. We treat arthritic knees.",
        ),
        (
            "One day stem cells might treat Parkinson's, diabetes and heart failure. We treat "
            "knee osteoarthritis.",
        ),
        (
            "Some day, stem cells could help people with autism, asthma and heart failure. "
            "We treat knee pain.",
        ),
        (
            "Someday stem cells may treat lupus, diabetes and heart failure. We treat "
            "knee osteoarthritis.",
        ),
    ],
)
def test_a_buzz_word_or_a_hope_for_one_day_is_no_offer(sentence: str) -> None:
    assert "many-conditions" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Stem cells treat autism, diabetes and cancer, and the buzz is real.",),
        (
            "Our cells treat autism, diabetes and heart failure today, and one day they may "
            "do more.",
        ),
    ],
)
def test_conditions_offered_before_the_buzz_or_the_hope_still_count(sentence: str) -> None:
    assert "many-conditions" in red_flags(sentence)


# -- A fall in pain given after its noun (dc02) ---------------------------------------
# "pain down by 60%" is the spec's improvement figure as "60% pain reduction" is: what
# fell, the verb of falling, then the percentage.


@each_case(
    ("sentence",),
    [
        ("With our injections, pain went down by 70% within six weeks.",),
        ("Back pain scores fell by 50% in our patients.",),
    ],
)
def test_pain_or_a_score_fallen_by_a_percentage_is_a_success_figure(sentence: str) -> None:
    assert "high-success-rate" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Pain is down by the evening after the injection.",),
        ("The price of the shots went down by 20% this year.",),
    ],
)
def test_a_fall_with_no_percentage_or_not_of_pain_is_no_success_figure(sentence: str) -> None:
    assert "high-success-rate" not in red_flags(sentence)
