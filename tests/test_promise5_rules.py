"""A negation set off by commas with a second auxiliary still governs the verb after
them (promise5, `negation._aside_start`).

The spec (benchmarks/adverts/README.md, red flags): promised-results is results or
timelines promised or guaranteed for the offer; a disclaimer ("we cannot guarantee") is
not the sign. A clinic's disclaimer on a train page (fa05, `first-runs/fa-misses.txt`)
said "We cannot, and do not, guarantee any particular result or outcome": the commas put
the negation in a clause of its own, and a negation reaches no later clause, so the
guarantee was read as given. The structure read: an aside of auxiliaries that an "and",
"or" or "nor" opens ("and do not", "or should"), between a clause that ends on its
negated or negating auxiliary ("We cannot", "No clinic can") and the verb the two share;
the negation then reaches that verb's clause as if it stood right before it. An aside
that names a subject ("and we do", "but we can") or turns ("but") shares nothing and
keeps the claim. Made-up sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import red_flags

FLAG = "promised-results"


@pytest.mark.parametrize(
    ("disclaimer", "promise"),
    [
        (
            "We cannot, and do not, guarantee any particular result or outcome from our "
            "stem cell therapy treatments.",
            "We can, and do, guarantee a particular result from our stem cell therapy treatments.",
        ),
        (
            "We do not, and cannot, guarantee results from our injections.",
            "We do not charge for the consultation, and we guarantee results from our injections.",
        ),
        (
            "Our clinic can't, and won't, promise that you will be pain free within two weeks.",
            "Other clinics can't, but we can, promise that you will be pain free within two weeks.",
        ),
        (
            "No clinic can, or should, guarantee results.",
            "Other clinics cannot, but we do, guarantee results.",
        ),
        (
            "Our doctors will never, and would never, guarantee results.",
            "Our doctors never wait, and we guarantee results.",
        ),
    ],
)
def test_a_negation_before_an_aside_of_auxiliaries_governs_the_shared_verb(
    disclaimer: str, promise: str
) -> None:
    assert FLAG not in red_flags(disclaimer)
    assert FLAG in red_flags(promise)


@pytest.mark.parametrize(
    "promise",
    [
        # the shared verb is denied, not an outcome promised later in the sentence
        "We cannot, and do not, charge extra: most patients are pain free within two weeks.",
        # an aside that names its own subject is a clause of its own
        "Surgery cannot, and steroids will not, but our cells guarantee results.",
        # a negation far back in the clause before the aside denies something else
        "Our cells have no side effects and we can, and do, guarantee results.",
        # a negation that ends no clause of auxiliaries reaches no later clause
        "Results are not instant, and most patients are pain free within two weeks.",
    ],
)
def test_what_no_aside_of_auxiliaries_shares_is_still_found(promise: str) -> None:
    assert FLAG in red_flags(promise)
