"""Round inflam1: inflammation calmed in a section about another treatment is no claim.

The spec's reduced-inflammation is the offered treatment reducing, calming or
controlling inflammation. A page that sells an injection also has sections on the
usual care, and tells there what that care does with the claim's own words: under
"Conventional Treatment Options", "Home remedies:", "How is it usually treated?" or
"What Are Epidural Steroid Injections?", "treatments meant to reduce inflammation", "the
cold pack reduces the inflammation" and "treatment aims to control the pain and
inflammation" are the usual care's, not the offer's. A heading (a short block with no
full stop) that names another treatment (`rival_treatments:`) with no word that keeps a
claim the advert's ("stem", "our", "alternative", "unlike": `claim_keepers:`) and no word
of failure ("When Steroids Fail") opens such a section; it ends at the next heading.
There a reduced-inflammation claim stands only when its sentence names the advert's
own treatment ("stem", "cells", "our", "PRP": a keeper that compares nothing).
Made-up sentences, never a page's.
"""

from __future__ import annotations

import pytest
from findings import benefits

CLAIM = "reduced-inflammation"


def _found(*lines: str) -> bool:
    return CLAIM in benefits(*lines)


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        (
            "Conventional Treatment Options",
            "Most tendon problems are first treated without surgery, with treatments meant "
            "to reduce inflammation and build strength.",
        ),
        ("Home remedies:", "- Cold packs: the cold pack reduces the inflammation in the joint."),
        (
            "How is arthritis usually treated?",
            "Treatment aims to control the pain and inflammation and to keep joints moving.",
        ),
        ("What are steroid injections?", "More cortisol can bring down swelling for a while."),
        ("Standard care", "The aim is to calm the inflammation and keep the joint moving."),
    ],
)
def test_inflammation_calmed_under_another_treatments_heading_is_no_claim(
    heading: str, sentence: str
) -> None:
    assert not _found(heading, "", sentence), (heading, sentence)
    # the same sentence under a heading of the offer is its claim
    assert _found("How stem cells help", "", sentence), sentence


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        # the sentence names the advert's own treatment
        ("Conventional Treatment Options", "Our injections reduce inflammation in the joint."),
        ("Steroid injections", "MSCs calm inflammation where steroids only mask it."),
        (
            "Standard care",
            "We harness the anti-inflammatory effects of our stem cells instead.",
        ),
        # a heading that sets the other treatment aside is the offer's
        ("Alternatives to steroid injections", "The injection calms inflammation in the joint."),
        ("When Steroid Injections Fail", "The injection calms inflammation in the joint."),
        # a heading that names no other treatment
        ("What to expect", "The injection calms inflammation in the joint."),
    ],
)
def test_the_offers_claim_is_still_found(heading: str, sentence: str) -> None:
    assert _found(heading, "", sentence), (heading, sentence)


def test_the_section_ends_at_the_next_heading() -> None:
    lines = (
        "Conventional Treatment Options",
        "",
        "Rest and ice come first.",
        "",
        "What to expect",
        "",
        "The injection calms inflammation in the joint.",
    )
    assert _found(*lines)


def test_the_look_alikes_of_the_brief() -> None:
    assert _found("Our injections reduce inflammation in the joint.")
    assert _found("MSCs calm inflammation.")
    assert _found("We harness the anti-inflammatory effects of our stem cells.")
    assert not _found("NSAIDs reduce inflammation but harm the stomach.")
    assert not _found("Inflammation is what drives the damage in arthritis.")
