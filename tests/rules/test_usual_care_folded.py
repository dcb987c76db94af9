"""Round usualcare2: guards of reduced-inflammation and fda-status-claim folded into the
readings of the usual care and of other treatments (`check/rules/usual_care.py`,
`Rivals.said_of`).

A claim word that modifies the noun of a drug ("anti-inflammatory medications") names
another treatment by itself (`usual_care.DRUGS`); "prescribe" tells the care as the usual
one like "prescribed" (`usual_care.SAID`). The guards these replace stood on words the
rules read already: a rival named before the claim in its clause, the agents with a list
of drugs after them. Each look-alike below was a guard's; the adverts stay the claim.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, red_flags

from stemcell_cli.check.rules.usual_care import DRUGS, SAID, names_usual_care
from stemcell_cli.check.words.sentences import split_words, tokens


@each_case(
    ("sentence",),
    [
        # a drug named by its noun, no list and no word of SAID (the widening)
        ("Many take antiinflammatory drugs for a week.",),
        ("Doctors often recommend anti-inflammatory pain pills.",),
        ("She was sent home with anti-inflammatory tablets.",),
        # prescribed, in the present (the widening)
        ("Your doctor may prescribe anti-inflammatory agents first.",),
        ("Doctors prescribe anti-inflammatory treatment for tendinitis.",),
        # the agents with a list of drugs after them (folded guards)
        ("Doctors use anti-inflammatory agents such as ibuprofen.",),
        ("Doctors use anti-inflammatory agents like naproxen.",),
        ("Doctors use anti-inflammatory agents including NSAIDs.",),
        # a rival named before the claim in its clause (folded guards)
        ("Patients get physiotherapy and anti-inflammatory treatment.",),
        ("Paracetamol and anti-inflammatory agents help for a while.",),
        ("Corticosteroids are medications that will reduce inflammation.",),
        ("Doctors begin with conservative care to reduce inflammation.",),
        ("Physical therapy reduces inflammation in the tendon.",),
        ("Cortisone injections reduce inflammation for a few weeks.",),
        # the agents taken stay guarded (the guard kept)
        ("Many patients take anti-inflammatory agents.",),
    ],
)
def test_the_usual_care_named_claims_no_less_inflammation(sentence: str) -> None:
    assert "reduced-inflammation" not in benefits(sentence)


@each_case(
    ("sentence",),
    [
        ("Our stem cells reduce inflammation in the knee.",),
        ("Stem cells release anti-inflammatory agents.",),
        ("The cells are anti-inflammatory agents.",),
        ("We prescribe anti-inflammatory cell therapy.",),
        ("Our stem cell injections reduce inflammation, unlike cortisone shots.",),
    ],
)
def test_the_offer_calming_inflammation_stays_the_claim(sentence: str) -> None:
    assert "reduced-inflammation" in benefits(sentence)


@each_case(
    ("sentence", "flagged"),
    [
        ("Hyaluronic acid injections are FDA approved for knee osteoarthritis.", False),
        ("Cortisone shots are FDA approved.", False),
        ("Cells are approved for blood and immune disorders.", False),
        ("Our injections are FDA approved.", True),
    ],
)
def test_approval_of_the_usual_drugs_or_blood_products_is_no_seal(
    sentence: str, flagged: bool
) -> None:
    assert ("fda-status-claim" in red_flags(sentence)) is flagged


@each_case(
    ("sentence", "named"),
    [
        ("Take anti-inflammatory medications for pain.", True),
        ("Our anti-inflammatory medications are gentle.", False),
        ("An anti-inflammatory treatment helps.", False),
        ("Doctors prescribe anti-inflammatory treatment.", True),
    ],
)
def test_names_usual_care_reads_a_drug_noun_and_prescribe(sentence: str, named: bool) -> None:
    words = split_words(sentence)
    clauses = tokens(sentence, 0, words)
    start = [word.casefold() for word in words].index("anti")
    found = names_usual_care(
        sentence,
        clauses,
        start,
        start + 2,  # "anti" "inflammatory"
        lambda word: word.casefold() in {"our", "stem", "cells"},
        lambda at: False,
    )
    assert found is named


def test_the_lists_hold_the_widening() -> None:
    assert {"medications", "pills", "drugs"} <= DRUGS
    assert "medicine" not in DRUGS  # "sports medicine", "regenerative medicine": a field
    assert {"prescribe", "prescribed"} <= SAID
