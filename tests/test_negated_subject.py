"""A "no" that opens a clause's subject denies what the clause says was shown
(`negation._denied_finding`): "none of the usual injections has been shown to regrow
cartilage" claims nothing, however long the subject, while the same finding said of the
clinic's own cells, or after a "no" that is not the subject, still counts."""

from __future__ import annotations

import pytest
from findings import benefits


@pytest.mark.parametrize(
    ("text", "benefit"),
    [
        (
            "Injections ease pain for a while, but none of the usual injections has been "
            "shown convincingly to regrow cartilage.",
            "tissue-regeneration",
        ),
        (
            "None of the usual knee injections has been shown to regrow cartilage.",
            "tissue-regeneration",
        ),
        (
            "So far no high-quality body of evidence lets anyone be confident that this "
            "treatment is safe.",
            "fewer-side-effects",
        ),
    ],
)
def test_a_denied_finding_is_no_claim(text: str, benefit: str) -> None:
    assert benefit not in benefits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our injections have been shown to regrow cartilage.",
        # the "no" belongs to an earlier clause, not to the subject of the finding
        "With no surgery, our cells are proven to regrow cartilage.",
        "No surgery needed: studies show our cells regrow cartilage.",
        # the "no" is an object, with the clause's own subject before it
        "Patients need no surgery at all because our own cells have been shown to regrow "
        "cartilage.",
    ],
)
def test_the_finding_still_counts_when_no_subject_denies_it(text: str) -> None:
    assert "tissue-regeneration" in benefits(text)
