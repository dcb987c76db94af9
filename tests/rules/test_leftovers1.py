"""Round leftovers1: three readings that reviews found and left (issue 14).

A hope put to the reader is the seller's pitch, not a hope told (`check/rules/hopes.py`);
a question leads in to the next sentence only when it opens on a participle
(`check/rules/answered_questions.py`, `leads_in`); a standard denied to equal the FDA's
is no seal (`guards:` of fda-status-claim). Made-up sentences: each case the round is
about (the first table of each part) failed before it, and each look-alike holds the
reading that must not move.
"""

from __future__ import annotations

from cases import each_case
from findings import red_flags

CURE = "cure-claim"
SEAL = "fda-status-claim"

# -- 3. A standard denied to equal the FDA's ----------------------------------------------
# "on a par with the" puts the FDA five words past a "not" before it, beyond the negation's
# four: a guard of fda-status-claim reads a negation right before the wording of equal
# standing (`{on-par}`), with at most one of "quite", "yet", "even", "near", "close".


@each_case(
    ("sentence",),
    [
        ("Their lab standards are not on a par with the FDA's.",),
        ("Offshore clinics use standards that are not on a par with FDA standards.",),
        ("Their standards aren't on a par with those of the FDA.",),
        ("Their labs are nowhere near on par with FDA standards.",),
    ],
)
def test_a_standard_denied_to_equal_the_fdas_is_no_seal(sentence: str) -> None:
    assert SEAL not in red_flags(sentence), sentence


@each_case(
    ("sentence",),
    [
        ("Our lab standards are on a par with the FDA's.",),
        ("Our standards are not only on a par with FDA standards but exceed them.",),
        ("Our standards are comparable to FDA standards.",),
    ],
)
def test_a_standard_said_to_equal_the_fdas_is_still_a_seal(sentence: str) -> None:
    assert SEAL in red_flags(sentence), sentence
