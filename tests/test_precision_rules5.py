"""Benefit claims a careful or research page only names are not its own (issue 14,
precision, fifth round).

Studies, reviews, news and surgeons' pages name what a study sets out to test, what is
needed, what someone was told, what a stem cell is (a cell that can become fat or nerve),
tissue that heals badly by itself, an attempt or a trial's aim, an operation ("repair or
reconstruction", "performed rotator cuff repair"), the usual care named as minimally
invasive, how donor cells are obtained, a low back, a made-to-measure brace, a symptom
that passes by itself, inflamed tissue cut out, safety still to be shown; and a claim
set off by an aside ("stem cells, she was told, could regrow ..."). For each rule,
sentences of that kind that must not raise the claim, and advert sentences that still
must. Safety said as a noun of the offer ("the efficacy and safety of this procedure")
is now found.
"""

from __future__ import annotations

import pytest
from findings import benefits, claim_pair

RULES = [
    # --- not_asserting: what a study tests, a need, disbelief, what someone was told -----
    (
        "a-study-tests-safety",
        "fewer-side-effects",
        "This study aimed at testing the safety of autologous marrow cells given into the knee.",
        "Our autologous marrow cells have an excellent safety record in the knee.",
    ),
    (
        "a-study-tests-an-ability",
        "tissue-regeneration",
        "As a secondary end point, the study tested the ability of these cells to restore the "
        "knee cartilage.",
        "These cells restore the knee cartilage.",
    ),
    (
        "a-need-said",
        "tissue-regeneration",
        "There is a need for a safe treatment that restores the cartilage.",
        "Ours is a safe treatment that restores the cartilage.",
    ),
    (
        "disbelief",
        "fewer-side-effects",
        "It is hard to believe there would be no side effects at all.",
        "Patients can believe it: there are no side effects at all.",
    ),
    (
        "was-told-that",
        "tissue-regeneration",
        "At the seminar she was told that stem cells could regrow the cartilage in her knee.",
        "At the seminar we explain how stem cells could regrow the cartilage in your knee.",
    ),
    (
        "the-way-i-understand-it",
        "tissue-regeneration",
        '"The way I understand it, the cells attack the bad tissue and regenerate it," she said.',
        "The cells attack the bad tissue and regenerate it.",
    ),
    (
        "a-use-outpaced-the-evidence",
        "tissue-regeneration",
        "According to two reviews, the use of stem cell therapies for tissue healing has far "
        "outpaced the scientific and clinical evidence.",
        "Our research has outpaced the field, and our cells heal tissue.",
    ),
    # --- tissue-regeneration: what a stem cell is ----------------------------------------
    (
        "cell-types-with-fat-or-nerve",
        "tissue-regeneration",
        "Mesenchymal stem cells can differentiate into bone, fat or cartilage cells.",
        "Injected stem cells differentiate into cartilage cells in the damaged knee.",
    ),
    (
        "could-become-a-nerve-cell",
        "tissue-regeneration",
        "A stem cell could become a muscle cell, nerve cell, bone cell, or cartilage cell.",
        "The injected cells become new cartilage in your knee.",
    ),
    (
        "self-renew",
        "tissue-regeneration",
        "Stem cells are cells that can self-renew and divide.",
        "Our injections renew worn cartilage.",
    ),
    # --- tissue-regeneration: healing badly by itself, an attempt, a trial's aim ---------
    (
        "heals-disorganised",
        "tissue-regeneration",
        "Left untreated, the frayed fibres begin to heal in a disorganised, chaotic fashion.",
        "After the injection, the frayed fibres begin to heal.",
    ),
    (
        "limited-ability-to-heal",
        "tissue-regeneration",
        "Articular cartilage has limited ability to heal by itself.",
        "Our cells give articular cartilage the ability to heal.",
    ),
    (
        "an-attempt",
        "tissue-regeneration",
        "There have been many attempts to fix holes in knee cartilage through surgery.",
        "Our injection fixes holes in knee cartilage.",
    ),
    (
        "try-to-heal",
        "tissue-regeneration",
        "Some providers have started experimenting with stem cells to try to heal damaged "
        "spinal disks.",
        "Our stem cells heal damaged spinal disks.",
    ),
    (
        "a-trials-aim",
        "tissue-regeneration",
        "The first clinical trial of stem cells to regrow cartilage pads is still ongoing.",
        "In our clinic, stem cells regrow cartilage pads.",
    ),
    (
        "surgery-required-to-grow-new-cartilage",
        "tissue-regeneration",
        "A surgical repair may be required to stimulate the growth of new cartilage.",
        "The injection stimulates the growth of new cartilage.",
    ),
    # --- tissue-regeneration: an operation named, alignment restored ---------------------
    (
        "repair-or-reconstruction",
        "tissue-regeneration",
        "Ligament repair or reconstruction keeps the knee stable.",
        "The injection helps repair the ligament.",
    ),
    (
        "repair-or-transplant",
        "tissue-regeneration",
        "Meniscus repair or transplant keeps the shock absorber of the knee.",
        "Stem cells repair the meniscus.",
    ),
    (
        "an-operation-performed",
        "tissue-regeneration",
        "Gomes et al. performed rotator cuff repair on 14 patients.",
        "Our cells repair the torn rotator cuff.",
    ),
    (
        "restore-alignment",
        "tissue-regeneration",
        "An osteotomy corrects early joint damage and restores alignment.",
        "The injection corrects early joint damage and restores the worn cartilage.",
    ),
    # --- avoid-surgery: the usual care as minimally invasive, how cells are obtained -----
    (
        "usual-care-named-minimally-invasive",
        "avoid-surgery",
        "Common treatments include minimally invasive procedures like nerve blocks and "
        "radiofrequency ablation.",
        "Our minimally invasive procedure lets you avoid back surgery.",
    ),
    (
        "non-invasive-to-obtain",
        "avoid-surgery",
        "These cord cells are ethically sourced and non-invasive to obtain.",
        "This non-invasive treatment is an alternative to knee replacement.",
    ),
    # --- fewer-side-effects: a low back, complicated surgery, safety still to be shown ---
    (
        "low-back",
        "fewer-side-effects",
        "The lifetime risk of experiencing low back pain ranges between 65% and 85%.",
        "The risk of the injection is low.",
    ),
    (
        "complicated-surgeries",
        "fewer-side-effects",
        "PRP offers an alternative treatment to avoid complicated and costly surgeries.",
        "PRP lets you avoid the complications of surgery.",
    ),
    (
        "few-proven-safe",
        "fewer-side-effects",
        "Very few stem cell treatments today are both proven safe and effective.",
        "Our stem cell treatment is proven safe and effective.",
    ),
    (
        "from-mild-to-severe",
        "fewer-side-effects",
        "The press has reported many adverse events, from mild to severe infections.",
        "Adverse events are mild and rare.",
    ),
    (
        "safety-still-to-be-determined",
        "fewer-side-effects",
        "More studies are needed before the safety and efficacy of this therapy can be determined.",
        "Studies confirm the safety and efficacy of this therapy.",
    ),
    (
        "safety-risks-documented",
        "fewer-side-effects",
        "The review looks at the documented safety risks of unapproved exosome products.",
        "Our exosome products have documented safety.",
    ),
    # --- personalized-treatment: some cases, a made-to-measure product --------------------
    (
        "in-specific-cases",
        "personalized-treatment",
        "Joint preservation surgery is advised in specific cases where the damage is early.",
        "Your treatment plan is built around your specific case.",
    ),
    (
        "custom-made-braces",
        "personalized-treatment",
        "Try anti-inflammatories, physical therapy, or custom-made braces first.",
        "Your physical therapy is custom-made for you.",
    ),
    # --- reduced-inflammation: inflamed tissue cut out, a symptom that passes -------------
    (
        "inflamed-tissue-removed",
        "reduced-inflammation",
        "Synovectomy is the removal of inflamed synovial tissue to reduce pain.",
        "The injection calms inflamed synovial tissue.",
    ),
    (
        "self-limiting-swelling",
        "reduced-inflammation",
        "Self-limiting pain and swelling were the only adverse events.",
        "The cells limit pain and swelling.",
    ),
]


@pytest.mark.parametrize(
    ("claim", "careful", "advert"),
    [rule[1:] for rule in RULES],
    ids=[rule[0] for rule in RULES],
)
def test_a_claim_a_careful_page_only_names(claim: str, careful: str, advert: str) -> None:
    claim_pair(claim, careful, advert)


@pytest.mark.parametrize(
    ("careful", "advert"),
    [
        (
            "Roberts went, and what she heard got her attention: stem cells, she was told, "
            "could regrow the cartilage in her knee.",
            "Stem cells, we insist, could regrow the cartilage in your knee.",
        ),
        (
            "The injected cells, it is claimed, rebuild worn discs.",
            "The injected cells, as our studies show, rebuild worn discs.",
        ),
    ],
    ids=["she-was-told", "it-is-claimed"],
)
def test_an_aside_of_being_told_or_claiming_disowns_its_sentence(careful: str, advert: str) -> None:
    claim_pair("tissue-regeneration", careful, advert)


@pytest.mark.parametrize(
    "advert",
    [
        "Because of the efficacy and safety of this procedure, a new term has been coined.",
        "We are proud of the safety and effectiveness of our treatment.",
        "Cells from marrow or fat have shown safety and modest pain relief in knee arthritis.",
    ],
    ids=["efficacy-and-safety-of-this", "safety-and-effectiveness-of-our", "shown-safety"],
)
def test_safety_said_as_a_noun_of_the_offer_is_a_claim(advert: str) -> None:
    assert "fewer-side-effects" in benefits(advert), advert


@pytest.mark.parametrize(
    "careful",
    [
        "Trials still have to weigh the efficacy and safety of stem cell injections.",
        "The safety and efficacy of this therapy are yet to be established.",
        "Biologic treatments may lack the demonstrated safety and efficacy of traditional "
        "therapies.",
    ],
    ids=["trials-weigh", "yet-to-be-established", "may-lack"],
)
def test_safety_as_a_noun_not_said_of_the_offer_is_no_claim(careful: str) -> None:
    assert "fewer-side-effects" not in benefits(careful), careful


@pytest.mark.parametrize(
    ("claim", "advert"),
    [
        (
            "avoid-surgery",
            "I was told I would need a knee replacement, but thanks to stem cells I avoided "
            "surgery.",
        ),
        (
            "avoid-surgery",
            "There is a growing need for non-surgical care, and our stem cells let you avoid "
            "surgery.",
        ),
        ("tissue-regeneration", "It is hard to believe, but our cells regrow cartilage."),
    ],
    ids=["told-then-a-testimonial", "a-need-then-the-offer", "disbelief-then-the-claim"],
)
def test_a_told_need_or_disbelief_reaches_only_its_own_clause(claim: str, advert: str) -> None:
    assert claim in benefits(advert), advert
