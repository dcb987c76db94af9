"""own-cells-so-safe and fda-status-claim read by the structure that decides them (issue 14,
round flags5; every first-run entry of the two flags in benchmarks/adverts/first-runs/,
sorted by structure in docs/matcher.md). Each test gives made-up wordings of the
structure, never a page's sentence, and look-alikes that must not be read as it; each
advert case was missed (a permission, no drawbacks) or found (a model answer) before the
round's rule was added, and the look-alikes held before it too.
"""

from __future__ import annotations

from cases import each_case
from findings import red_flags

# -- The agency's leave got, by its initials or its name (eh04) -----------------------
# Permission obtained from the FDA is the seal as its approval is: one wording reads the
# agency either way (`fda-agency`), where two wordings each read one name before.


@each_case(
    ("sentence",),
    [
        ("Our clinic obtained permission from the FDA to offer these knee injections.",),
        ("We were granted permission by the U.S. Food and Drug Administration to treat you.",),
        ("The centre got permission from the Food & Drug Administration for its cell program.",),
    ],
)
def test_permission_from_the_agency_is_the_fda_seal(sentence: str) -> None:
    assert "fda-status-claim" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        # the wordings the group now reads, by either name, still found
        ("It was the first product given approval by the Food and Drug Administration.",),
        ("Our lab keeps standards comparable to those of the Food and Drug Administration.",),
        ("Our lab works to protocols on a par with FDA standards.",),
        (
            "Cells are processed in line with rules set by the Food & Drug Administration "
            "and the AATB.",
        ),
    ],
)
def test_the_merged_wordings_still_read_the_agency_by_either_name(sentence: str) -> None:
    assert "fda-status-claim" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("The clinic never obtained permission from the FDA for these injections.",),
        ("Ask your doctor for permission before you stop any medicine.",),
        ("Patients got permission from their insurer to see a specialist.",),
    ],
)
def test_permission_denied_or_from_another_is_no_fda_seal(sentence: str) -> None:
    assert "fda-status-claim" not in red_flags(sentence)


# -- A checklist's model answer (bp11) --------------------------------------------------
# A careful page gives the reader questions to put to a clinic, and the answers to hope
# for or to beware of: the approval named in a model answer is no seal of the page's.


@each_case(
    ("sentence",),
    [
        ("Good answer: yes, the product is FDA approved, and here is its licence number.",),
        ("Right answer: it is FDA cleared for this use, with a number you can look up.",),
        ("Acceptable answer: the product is FDA approved for your condition.",),
    ],
)
def test_a_model_answer_is_no_fda_seal(sentence: str) -> None:
    assert "fda-status-claim" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("The answer is yes: our lab is FDA registered.",),
        ("Our answer to every patient: our cells are FDA approved.",),
        ("Good news: our injections are FDA approved.",),
    ],
)
def test_an_answer_given_in_the_page_own_voice_is_still_the_seal(sentence: str) -> None:
    assert "fda-status-claim" in red_flags(sentence)


# -- No drawbacks because the cells are one's own (fd11) --------------------------------
# Safety said as no drawback or downside, given because the cells come from one's own
# body, is own cells argued safe; a drawback of one's own cells, or none of something
# else, is not.


@each_case(
    ("sentence",),
    [
        ("It has no real drawbacks, because the cells come from your own marrow.",),
        ("There are no downsides, since we use the patient's own fat.",),
        ("Without any disadvantages, as the cells are drawn from oneself.",),
    ],
)
def test_no_drawbacks_because_the_cells_are_ones_own_is_own_cells_so_safe(sentence: str) -> None:
    assert "own-cells-so-safe" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("There are no drawbacks to booking your visit early.",),
        ("Your own cells have drawbacks: they age along with you.",),
        ("Even with your own cells there are downsides, such as infection.",),
        ("We take the cells from your own marrow; the visit has no parking drawbacks.",),
    ],
)
def test_drawbacks_said_or_of_something_else_are_no_own_cells_flag(sentence: str) -> None:
    assert "own-cells-so-safe" not in red_flags(sentence)
