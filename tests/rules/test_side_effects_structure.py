"""fewer-side-effects read by the structure that decides it (issue 14, round benefits3;
every first-run entry of the claim in benchmarks/adverts/first-runs/, sorted by structure
in docs/matcher.md). Each test gives made-up wordings of the structure, never a page's
sentence, and look-alikes that must not be read as it; each advert case was missed (a
record of no harm, a recovery said minimal) or found (a cause named by a passive) before
the round's rule. The record of no harm replaced four wordings that each named one harm
("never had ... complications", "not a single ... side effect"): one test keeps what they
read, so its cases held before the round too.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, red_flags

# -- No harm on the practice's record (dy02) ------------------------------------------
# The practice says what it has had, seen or experienced: none of a harm of `{danger}`.
# Said with "never", with "not" or "haven't" before the verb, or with "no" after it, the
# record is a safety claim (and, being absolute, the no-risk-claim red flag).


@each_case(
    ("sentence",),
    [
        ("In ten years we have not had any infections from the procedure.",),
        ("Our team hasn't seen any adverse reactions so far.",),
        ("Since we opened, we have had no infections at all.",),
        ("Our surgeons have seen no rejection in any patient.",),
        ("We have never had an allergic reaction to the injections.",),
        # (review4: the old wordings' "adverse" alone, left out when `{danger}` came in)
        ("In 600 procedures we have never had an adverse outcome.",),
    ],
)
def test_no_harm_on_the_practice_record_is_a_safety_claim(sentence: str) -> None:
    assert "fewer-side-effects" in benefits(sentence)
    assert "no-risk-claim" in red_flags(sentence)


# The four wordings the rule replaced named one harm each; what they read is still read.


@each_case(
    ("sentence",),
    [
        ("We have never had a single infection at our clinic.",),
        ("Our doctors have never seen side effects from the injections.",),
        ("Not a single complication in over 2,000 procedures.",),
        ("Not a single side effect was recorded.",),
    ],
)
def test_the_harms_the_replaced_wordings_named_are_still_read(sentence: str) -> None:
    assert "fewer-side-effects" in benefits(sentence)
    assert "no-risk-claim" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Patients who have not had surgery are at risk of infection.",),
        ("Patients who had no surgery still face a risk of infection.",),
        ("We have not had time to look at the risks.",),
        ("Some patients have had infections after the injection.",),
        ("We have not yet seen the results of the trial, and its risks are unknown.",),
    ],
)
def test_a_record_of_something_else_or_of_harm_is_no_safety_claim(sentence: str) -> None:
    assert "fewer-side-effects" not in benefits(sentence)
    assert "no-risk-claim" not in red_flags(sentence)


# -- A recovery said minimal or short (fb07) ------------------------------------------
# The spec's "minimally invasive with little downtime": a recovery time said minimal, as
# an attribute or as its predicate, is the little downtime, as "minimal downtime" is.


@each_case(
    ("sentence",),
    [
        ("The injection takes under an hour, with a minimal recovery time.",),
        ("Our procedure is done in the office and the recovery time is minimal.",),
        ("This is a day-case treatment and recovery is short.",),
        ("Expect a minimal recovery period after the injection.",),
    ],
)
def test_a_recovery_said_minimal_or_short_is_the_low_downtime_claim(sentence: str) -> None:
    assert "fewer-side-effects" in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("The recovery after a knee replacement is long.",),
        ("Recovery time is short for partial tears of the ligament.",),
        ("The recovery time is not minimal after this operation.",),
        ("Ask your doctor how long the recovery time will be.",),
    ],
)
def test_a_long_recovery_or_healing_from_the_injury_is_no_low_downtime_claim(
    sentence: str,
) -> None:
    assert "fewer-side-effects" not in benefits(sentence)


# -- A passive names a cause, not a harm never caused (ew11) --------------------------
# "not caused by cancer" says what caused a pain, not that the cells cause no cancer; the
# cells said never to cause a tumour stay the claim and the red flag.


@each_case(
    ("sentence",),
    [
        ("Weight loss not caused by a tumour needs another explanation.",),
        ("Night pain that is not caused by cancer is common in arthritis.",),
        ("Most back pain is not caused by cancer or a tumour.",),
    ],
)
def test_a_passive_cause_is_no_safety_claim(sentence: str) -> None:
    assert "fewer-side-effects" not in benefits(sentence)
    assert "no-risk-claim" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("These stem cells do not cause tumors.",),
        ("Our cells never cause cancer.",),
        ("Mesenchymal cells do not turn into tumours.",),
    ],
)
def test_cells_said_never_to_cause_a_tumour_are_still_a_safety_claim(sentence: str) -> None:
    assert "fewer-side-effects" in benefits(sentence)
    assert "no-risk-claim" in red_flags(sentence)
