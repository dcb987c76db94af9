"""A claim whose subject is another treatment, read past the marks that split a subject
from its clause (round rivals2, `check/subjects.py`, read by `matcher._Rivals`).

The first runs' false alarms said of a rival treatment (benchmarks/adverts/
first-runs/*-misses.txt, train pages) that `_Rivals` still did not take had the rival
as the subject of the claim's clause with a mark between them: an aside in brackets or
between dashes ("Hyaluronic acid (HA) injections aim to ... calm inflammation"), or a
label before a colon, a heading's subject ("Cortisone injections: quick relief"). Each
test gives made-up wordings, never a page's sentence, and look-alikes that must still
be found; each rival's claim was found before the rule.
"""

from __future__ import annotations

import pytest
from findings import benefits, red_flags

from stemcell_cli.check.sentences import tokens
from stemcell_cli.check.subjects import subject_of


def _claims(line: str) -> set[str]:
    return benefits(line) | red_flags(line)


@pytest.mark.parametrize(
    ("said_of_rival", "claim"),
    [
        # an aside in brackets between the rival and its clause
        (
            "Viscosupplements (gel shots) lubricate the knee and calm the inflammation.",
            "reduced-inflammation",
        ),
        (
            "Hyaluronic acid (HA) injections are meant to cushion the joint and ease inflammation.",
            "reduced-inflammation",
        ),
        ("Knee replacement (the usual answer) may cure the pain for good.", "cure-claim"),
        ("Knee replacement (TKR) has a 95% success rate.", "high-success-rate"),
        # the rival named inside the aside, the subject before it a class
        (
            "Most injections on offer (steroids, gels) aim to lower the inflammation.",
            "reduced-inflammation",
        ),
        (
            "The usual first steps (physical therapy, bracing) help many patients avoid surgery.",
            "avoid-surgery",
        ),
        # an aside between dashes
        ("Knee replacement - the usual answer - may cure the pain for good.", "cure-claim"),
        (
            "Knee replacement \u2013 the usual answer \u2013 may cure the pain for good.",
            "cure-claim",
        ),
    ],
)
def test_a_rival_before_an_aside_is_the_subject_of_the_claim(
    said_of_rival: str, claim: str
) -> None:
    assert claim not in _claims(said_of_rival), said_of_rival


@pytest.mark.parametrize(
    ("said_of_rival", "claim"),
    [
        ("Cortisone injections: fast relief, short-lived.", "promised-results"),
        ("2. Steroid shots: quick relief", "promised-results"),
        ("Knee replacement: a 95% success rate.", "high-success-rate"),
        (
            "Painkillers and rest: reduce the inflammation for a week or two.",
            "reduced-inflammation",
        ),
        ("Microfracture: regrows cartilage in the knee.", "tissue-regeneration"),
    ],
)
def test_a_label_naming_a_rival_is_the_subject_of_the_claim_after_its_colon(
    said_of_rival: str, claim: str
) -> None:
    assert claim not in _claims(said_of_rival), said_of_rival


@pytest.mark.parametrize(
    ("own_claim", "claim"),
    [
        # the advert's own treatment before the aside or the colon
        ("Stem cells (from your own fat) calm the inflammation.", "reduced-inflammation"),
        ("Our injections (done in one visit) calm the inflammation.", "reduced-inflammation"),
        ("Stem cells - not surgery - may cure the pain for good.", "cure-claim"),
        ("Stem cell injections: fast relief that lasts.", "promised-results"),
        ("Our answer to surgery: fast relief.", "promised-results"),
        # no rival in the label, or the rival set aside in it
        ("Knee pain: fast relief in one visit.", "promised-results"),
        ("No surgery, no steroids: fast relief in one visit.", "promised-results"),
        # a rival in the sentence, not the claim's subject
        ("Unlike cortisone, our cells calm inflammation.", "reduced-inflammation"),
        ("Where steroids only mask pain, our cells repair the joint.", "tissue-regeneration"),
        (
            "After years of painkillers: our cells calm the inflammation.",
            "reduced-inflammation",
        ),
        # brackets that close their clause too: the next clause has its own subject
        (
            "He had two operations (both keyhole), and these injections regrew his cartilage.",
            "tissue-regeneration",
        ),
        # brackets that close no aside before the claim
        ("Cortisone wears off (in weeks); PRP calms the inflammation.", "reduced-inflammation"),
    ],
)
def test_the_adverts_own_claim_beside_a_rival_is_still_found(own_claim: str, claim: str) -> None:
    assert claim in _claims(own_claim), own_claim


@pytest.mark.parametrize(
    ("said_of_rival", "claim"),
    [
        ("Our view: steroids give quick relief.", "promised-results"),
        ("Our clinic - PRP and cells - knows knee surgery cures the stiffness.", "cure-claim"),
    ],
)
def test_a_rival_in_the_claims_own_clause_keeps_it_the_rivals_whatever_its_subject(
    said_of_rival: str, claim: str
) -> None:
    # the subject past a mark is read only when the clause names no treatment itself
    assert claim not in _claims(said_of_rival), said_of_rival


def test_the_subject_reads_past_an_aside_and_a_label_only() -> None:
    def subject(line: str, first_word: str) -> tuple[list[str], list[str]]:
        words = tokens(line)
        first = next(i for i, w in enumerate(words) if w.text == first_word)
        subject, aside = subject_of(line, words, first)
        return [words[i].text for i in subject], [words[i].text for i in aside]

    assert subject("Gel shots (HA) ease it.", "ease") == (["Gel", "shots"], ["HA"])
    assert subject("Gel shots - HA - ease it.", "ease") == (["Gel", "shots"], ["HA"])
    assert subject("Gel shots: ease.", "ease") == (["Gel", "shots"], [])
    # a colon after the sentence's first clause only; a comma is no aside
    assert subject("Gel shots, HA: ease.", "ease") == ([], [])
    assert subject("Gel shots, HA, ease it.", "ease") == ([], [])
    assert subject("Gel shots (HA), and they ease it.", "and") == ([], [])
    # an opening bracket with no subject before it
    assert subject("(HA) eases it.", "eases") == ([], [])
