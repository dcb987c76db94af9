"""Careful pages: what they only discuss is not their own claim or warning sign (issue 14,
precision, sixth round).

Two kinds of rule. Page reading: news, regulators, lawyers and doctors' blogs word their
warnings in ways the page-level reading now counts as cues (`page_cues:` in
advert_words.yaml: "unapproved", "illegal", patients "deceived" or "desperate", "a
cautionary tale", regulators who "cracked down" or take "enforcement" action, "no reliable
data", "stem cell tourism", "little oversight"), while an advert that hedges with the same
words still offers something of its own and stays an advert. Sentences: a claim said on
sellers' websites, what other clinics or centres tell patients or promise, a pitch that
"relies on testimonials", a belief patients were misled "into", cures patients chase, the
legal definition of a drug ("treat, cure or prevent"), testimonials named as "red flags",
what patients "are told" or "were promised", people "in Nebraska who were treated", a
cell's lineage. For each rule, careful sentences that must not raise it and advert
sentences that still must.
"""

from __future__ import annotations

import pytest
from findings import (
    ADVERT_OFFERS,
    an_advert_with_these_cues_stays_an_advert,
    found,
    one_cue_more_reads_as_a_warning,
)

#: Each sentence holds one wording of a new page cue (and no other new cue).
PAGE_CUES = [
    ("unapproved", "The injections use unapproved products."),
    ("unregulated", "Most of these clinics are unregulated."),
    ("illegal", "Selling these injections without approval is illegal."),
    ("deceived", "Many patients were deceived."),
    ("desperate-patients", "Desperate patients pay thousands of dollars."),
    ("cautionary", "Her story is a cautionary tale."),
    ("cracked-down", "Regulators have cracked down on several clinics."),
    ("enforcement", "The agency took enforcement action last year."),
    ("no-reliable-data", "The clinics had no reliable data."),
    ("stem-cell-tourism", "Stem cell tourism is a growing business."),
    ("oversight", "There is little oversight of these clinics."),
]


@pytest.mark.parametrize("sentence", [s for _, s in PAGE_CUES], ids=[i for i, _ in PAGE_CUES])
def test_a_careful_writers_word_is_a_cue_of_a_warning(sentence: str) -> None:
    one_cue_more_reads_as_a_warning(sentence)


@pytest.mark.parametrize("offer", ADVERT_OFFERS)
def test_an_advert_that_hedges_with_those_words_stays_an_advert(offer: str) -> None:
    # every new cue at once, and the hedges of an honest-sounding advert
    an_advert_with_these_cues_stays_an_advert(
        *(s for _, s in PAGE_CUES),
        "Results may vary.",
        "Stem cell therapy is not FDA approved.",
        "Our stem cells repair damaged cartilage and cure knee osteoarthritis.",
        offer,
    )


# (rule, kind, entry, careful sentence that must not make it, advert sentence that must)
RULES = [
    # --- not_asserting: claims reported as others' -----------------------------------------
    (
        "said-on-their-websites",
        "red_flag",
        "cure-claim",
        "A growing number of clinics, often in places like Russia or China, say on websites "
        "that they can treat, even cure, diseases like muscular dystrophy.",
        "Our stem cells can cure muscular dystrophy.",
    ),
    (
        "said-in-their-ads",
        "red_flag",
        "cure-claim",
        "Clinics in Russia and China say in their ads that they can cure muscular dystrophy.",
        "Our stem cells can cure muscular dystrophy.",
    ),
    (
        "per-the-advertisement",
        "benefit",
        "tissue-regeneration",
        'Per the advertisement, "regrow cartilage and become pain-free, all with just a simple '
        'injection."',
        "Per our doctors, stem cells regrow cartilage.",
    ),
    (
        "others-tell-patients",
        "benefit",
        "tissue-regeneration",
        "Many clinics tell patients the injections regrow cartilage.",
        "We tell patients the truth: the injections regrow cartilage.",
    ),
    (
        "centers-promise",
        "red_flag",
        "cure-claim",
        "These centers promise miraculous cures for muscular dystrophy.",
        "Our center offers a cure for muscular dystrophy.",
    ),
    (
        "rely-on-testimonials",
        "red_flag",
        "testimonials-as-evidence",
        "Clinics often rely on testimonials rather than data.",
        "Read the testimonials of our patients.",
    ),
    (
        "what-the-buzz-suggests",
        "benefit",
        "tissue-regeneration",
        "The buzz may suggest stem cells can fix anything from ageing to worn knees.",
        "Our stem cells can fix anything from torn tendons to worn knees.",
    ),
    (
        "misled-into-believing",
        "benefit",
        "tissue-regeneration",
        "Recent advertising misleads patients into believing stem cells regrow cartilage.",
        "Our patients know that stem cells regrow cartilage.",
    ),
    (
        "cures-patients-chase",
        "red_flag",
        "cure-claim",
        "Desperate patients chase after last-ditch cures in what is known as stem cell tourism.",
        "Patients seeking relief from knee pain have found a cure in our stem cells.",
    ),
    (
        "prevent-treat-or-cure",
        "red_flag",
        "cure-claim",
        "Exosomes are offered to prevent, treat or cure various diseases or conditions.",
        "Our exosomes cure arthritis.",
    ),
    (
        "the-definition-of-a-drug",
        "red_flag",
        "cure-claim",
        "Stem cells, like other products intended to treat, cure or prevent disease, "
        "generally require FDA approval.",
        "Our stem cells treat and cure arthritis.",
    ),
    (
        "a-supplements-disclaimer",
        "red_flag",
        "cure-claim",
        "This product is not intended to diagnose, treat, cure or prevent any disease.",
        "This product will cure your arthritis.",
    ),
    (
        "watch-for",
        "red_flag",
        "testimonials-as-evidence",
        "Watch for testimonials and celebrity endorsements.",
        "Watch our testimonials and celebrity endorsements.",
    ),
    # --- debunking: a sign named as a sign, what patients are told or were promised ----------
    (
        "named-a-red-flag",
        "red_flag",
        "testimonials-as-evidence",
        "Testimonials and celebrity endorsements are red flags.",
        "Testimonials from our patients prove it works.",
    ),
    (
        "named-a-warning-sign",
        "red_flag",
        "testimonials-as-evidence",
        "Glowing patient testimonials are a warning sign.",
        "Glowing patient testimonials prove it works.",
    ),
    (
        "patients-are-told",
        "red_flag",
        "no-risk-claim",
        "Patients are often told the treatment has no side effects.",
        "The treatment has no side effects.",
    ),
    (
        "she-was-promised",
        "red_flag",
        "promised-results",
        "She was promised her knee would be pain free within weeks.",
        "Your knee will be pain free within weeks.",
    ),
    # --- guards of the benefits ---------------------------------------------------------------
    (
        "individuals-somewhere",
        "benefit",
        "personalized-treatment",
        "Individuals in Nebraska who were treated with these products fell ill.",
        "Each treatment is individualized for you.",
    ),
    (
        "a-cells-lineage",
        "benefit",
        "tissue-regeneration",
        "MSCs have the capacity for self-renewal and differentiation into the chondrocyte lineage.",
        "Our MSCs differentiate into cartilage and repair your knee.",
    ),
]


@pytest.mark.parametrize(
    ("kind", "entry", "careful", "advert"),
    [rule[1:] for rule in RULES],
    ids=[rule[0] for rule in RULES],
)
def test_what_a_careful_page_only_discusses(
    kind: str, entry: str, careful: str, advert: str
) -> None:
    assert entry not in found(kind, careful), careful
    assert entry in found(kind, advert), advert
