"""A negation does not reach over "and", "or" or "but" into a new verb phrase
(`negation._reach`, `negation.FINITE`): in "walk again without pain and have avoided
a knee replacement" the "without" governs "pain", not "avoided", while a list of nouns
or a second negated phrase ("without pain, swelling or downtime", "not proven and not
approved") stays under its negation."""

from __future__ import annotations

import pytest
from findings import entries as found


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "Many patients walk again without pain and have avoided the ordeal of a knee "
            "replacement.",
            "avoid-surgery",
        ),
        ("Patients recover without pain and have regenerated cartilage.", "tissue-regeneration"),
        ("We treat you without surgery and can reverse arthritis.", "cure-claim"),
        ("It works without drugs and is proven to regrow cartilage.", "tissue-regeneration"),
    ],
)
def test_a_new_verb_phrase_after_and_is_not_negated(text: str, entry: str) -> None:
    assert entry in found(text)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # a second thing denied after "or", with no auxiliary: still negated
        ("These injections do not regenerate cartilage or reverse arthritis.", "cure-claim"),
        ("We do not claim to cure or reverse arthritis.", "cure-claim"),
        ("Stem cells are not proven and not approved by the FDA.", "fda-status-claim"),
        # the auxiliary carries its own negation
        ("Our cells do not regrow cartilage and do not cure arthritis.", "cure-claim"),
        ("Our cells do not regrow cartilage and do not cure arthritis.", "tissue-regeneration"),
    ],
)
def test_a_negated_list_or_second_negation_stays_negated(text: str, entry: str) -> None:
    assert entry not in found(text)


def test_a_negated_list_of_nouns_is_still_one_phrase() -> None:
    # "without pain, swelling or downtime" is still the no-downtime benefit it names
    assert "fewer-side-effects" in found("Recover without pain, swelling or downtime.")
