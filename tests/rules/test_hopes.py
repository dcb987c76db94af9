"""What is hoped for is no benefit claim (`check/rules/hopes.py`)."""

from __future__ import annotations

from cases import each_case
from findings import benefits, claim_pair

# -- Moved from tests/test_hopes2_rules.py -------------------------------------------------
# What is hoped for is no benefit claim either (hopes2): the rule of `check/rules/hopes.py`
# (a finding shortly after a wording of hope is hoped for) now also holds for
# tissue-regeneration, the one benefit whose first-run false alarms were hopes ("in the hope
# of turning back the clock", "may one day repair rotator cuff tears"). Avoiding surgery is
# left out: a patient's wish to avoid surgery is how a story sells it ("her husband backed
# her wish to avoid surgery"), and hope given is a promise ("it brings the hope of staying
# away from surgery"). Made-up sentences, each with a look-alike that must still be found.


@each_case(
    ("hoped", "claimed"),
    [
        (
            "Researchers hope stem cells may one day repair torn cartilage.",
            "Our stem cells repair torn cartilage.",
        ),
        (
            "Knees are injected in the hope of turning back the clock.",
            "Our cells help you heal in the hope of an active life.",
        ),
        (
            "Orthobiologics may one day repair cuff tears, but they are not available today.",
            "Our orthobiologics repair cuff tears.",
        ),
        (
            "In the future, such cells may rebuild damaged discs.",
            "Today our cells rebuild damaged discs.",
        ),
        (
            "Some patients travel abroad in the hope that the injections will regrow cartilage.",
            "Patients come to us in the hope that our injections will regrow cartilage.",
        ),
    ],
)
def test_a_repair_hoped_for_is_no_regeneration_claim(hoped: str, claimed: str) -> None:
    """With the shipped word lists, tissue repair someone hopes for or expects someday is
    no tissue-regeneration claim; said as the advert's own, after the hope (a hope after
    the finding hopes for nothing), or after a hope the writer's own words take over from
    ("our"), it still is."""
    claim_pair("tissue-regeneration", hoped, claimed)


@each_case(
    ("sentence",),
    [
        ("Her husband, a physician, backed her wish to avoid surgery.",),
        ("It brings the hope of staying away from invasive drugs and surgery.",),
    ],
)
def test_a_wish_to_avoid_surgery_still_claims(sentence: str) -> None:
    """avoid-surgery takes no hopes: a patient's wish to avoid surgery, told in an advert's
    story, and hope given are the advert's claim."""
    assert "avoid-surgery" in benefits(sentence), sentence


def test_a_clinic_moving_toward_its_cells_still_claims() -> None:
    """tissue-regeneration's wordings of hope leave out "toward": a clinic's own plan
    moves toward its cells, and the repair it names is its claim."""
    assert "tissue-regeneration" in benefits(
        "Our practice moves toward cells that rebuild your damaged discs."
    )


# -- newerbenefits1: a study's question is no claim ---------------------------------------
# What stem cells are being studied, investigated or researched for is the question a
# study sets out to answer, not what the offer does (the first kind of benefit false
# alarm on the newest train series, sorted by mechanism). The wordings are those of
# research under way; a treatment studied and then said to work still claims.


@each_case(
    ("claim", "asked", "claimed"),
    [
        (
            "tissue-regeneration",
            "Mesenchymal cells are being investigated for their capacity to rebuild worn discs.",
            "Mesenchymal cells rebuild worn discs.",
        ),
        (
            "tissue-regeneration",
            "Fat-derived cells are under study as a way to regrow knee cartilage.",
            "Our fat-derived cells regrow knee cartilage.",
        ),
        (
            "tissue-regeneration",
            "Cord cells have been researched for their potential to mend torn tendons.",
            "Cord cells have been researched for years, and now our cells mend torn tendons.",
        ),
        (
            "reduced-inflammation",
            "Such cells are being studied for their power to calm joint inflammation.",
            "Such cells calm joint inflammation.",
        ),
        (
            "delay-degeneration",
            "Marrow cells are under investigation as a means to slow the progression of arthritis.",
            "Marrow cells slow the progression of arthritis.",
        ),
    ],
)
def test_what_cells_are_studied_for_is_no_claim(claim: str, asked: str, claimed: str) -> None:
    """A benefit that cells are being studied, investigated or researched for is a study's
    question, not the offer's claim; said flat, or after the writer's own words take over
    ("now our cells"), it still is."""
    claim_pair(claim, asked, claimed)


def test_cells_studied_for_years_still_claim() -> None:
    """Only research under way asks: cells "studied for years" are not the question, and
    their repair is the advert's claim."""
    assert "tissue-regeneration" in benefits(
        "Our cells, studied for years, rebuild damaged cartilage."
    )
