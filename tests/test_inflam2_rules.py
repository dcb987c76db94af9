"""Round inflam2: inflammation the procedure leaves behind is no claim.

The spec's reduced-inflammation is the offered treatment reducing, calming or
controlling inflammation. Inflammation told as a harm of the procedure is the other way
round: swelling that passes by itself in time after the harvest or the injection (the
recovery's course, with no treatment doing it), and inflammation graded as a side
effect that patients had after treatment ("mild to moderate inflammation after
treatment"). Both are read by guards of the claim (`guards:` in advert_words.yaml,
beside "self-limiting"), and the claim said of the treatment in the same words stays.
Made-up sentences, never a page's.
"""

from __future__ import annotations

import pytest
from findings import benefits

CLAIM = "reduced-inflammation"


def _found(*lines: str) -> bool:
    return CLAIM in benefits(*lines)


@pytest.mark.parametrize(
    "sentence",
    [
        # the recovery's course: swelling that passes by itself
        "Bruising fades within days; swelling settles in time and numbness may last a week.",
        "- Swelling: should go down slowly over one or two months.",
        "After the harvest the swelling subsides gradually over a few weeks.",
        "Some swelling is normal and settles on its own.",
        # a side effect graded and counted
        "A review found mild to moderate inflammation after treatment in about 5% of patients.",
        "Mild swelling after the injection should ease.",
    ],
)
def test_inflammation_left_by_the_procedure_is_no_claim(sentence: str) -> None:
    assert not _found(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the treatment doing it, in the same words
        "Our stem cell injections calm inflammation and the swelling settles.",
        "The injection brings the swelling down within weeks.",
        "Patients had reduced inflammation after treatment with our cells.",
        "MSCs release signals that reduce swelling gradually over a few weeks.",
        "Stem cells reduce even severe inflammation after one injection.",
        "Our therapy lowers inflammation in the joint over time.",
    ],
)
def test_the_treatment_reducing_inflammation_is_still_the_claim(sentence: str) -> None:
    assert _found(sentence), sentence
