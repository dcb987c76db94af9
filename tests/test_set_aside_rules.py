"""A guard that names a rival treatment guards nothing when the sentence sets that rival
aside ("not steroids", "unlike cortisone", "rather than", "instead of"; `matcher._set_aside`):
the claim is the other side's, the advert's own. The rival's own claim stays guarded."""

from __future__ import annotations

import pytest
from findings import entries as found


@pytest.mark.parametrize(
    "text",
    [
        "Stem cells, not steroids, reduce inflammation.",
        "Our cells, unlike steroids, reduce inflammation.",
        "Stem cells rather than steroids reduce inflammation.",
        "Instead of painkillers, stem cells reduce inflammation.",
    ],
)
def test_a_claim_set_against_a_rival_is_the_adverts(text: str) -> None:
    assert "reduced-inflammation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Steroids reduce inflammation for a while.",
        "Patients are prescribed anti-inflammatory drugs.",
        # a "not" that ends an earlier clause sets no rival aside
        "If it is not, is it part of a registered clinical trial?",
    ],
)
def test_a_rivals_own_claim_stays_guarded(text: str) -> None:
    assert not found(text) & {"reduced-inflammation", "pay-to-join-trial"}
