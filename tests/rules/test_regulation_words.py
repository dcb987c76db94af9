"""The US tissue rules' words (FDA, HCT/P, 361, "minimally manipulated") told as a rule or
spelled out as a term: not the offer's seal of approval.
"""

from __future__ import annotations

from cases import each_case
from findings import clean, raises, red_flags

# -- Moved from tests/test_fda3_rules.py ---------------------------------------------------
# An abbreviation of the tissue rules spelled out is a term defined, not the offer's seal
# (fda3).
#
# fda-status-claim is FDA words used to make the offer sound official (the spec's "FDA
# approved/cleared/registered/compliant words used to sound official"). The rules' bare
# class names ("HCT/P", "HCTP") are among its words, since a seller who calls its product
# "a 361 HCT/P" borrows the rules' voice. But the same name spelled out, its long form
# before or after it in brackets ("human cells, tissues, or cellular or tissue-based
# products (HCT/Ps)") or named by a word of `rule_frames: glosses:` right after it ("HCT/Ps,
# often called skin substitutes", "HCT/P means ..."), is a term being defined, as law firms,
# regulators and news explain the rules; with nothing of the offer in its sentence it
# claims nothing (`check/rules/regulations_told.py`). Made-up sentences, each with a look-alike that
# must still be found.

FLAG = "fda-status-claim"


@each_case(
    ("defined", "claimed"),
    [
        # the long form before the abbreviation, in brackets
        (
            "Being made of human cells, they are also human cells, tissues, or cellular or"
            " tissue-based products (HCT/Ps).",
            "Our allograft is a human cell, tissue, or cellular or tissue-based product (HCT/P).",
        ),
        # the long form after it, in brackets
        (
            "Amniotic tissue is an HCT/P (Human Cells, Tissues, and Cellular and Tissue-Based"
            " Products).",
            "Our amniotic allograft is an HCT/P (Human Cells, Tissues, and Cellular and"
            " Tissue-Based Products).",
        ),
        # a word that names it right after it
        (
            'HCT/Ps, often called "skin substitute products", are meant to help chronic'
            " wounds heal.",
            "Our HCT/P, often called a skin substitute, heals your knee.",
        ),
        (
            "HCT/P means Human Cells, Tissues, and Cellular and Tissue-Based Products.",
            "You get an HCT/P, which means cells processed to the rules.",
        ),
    ],
)
def test_an_abbreviation_spelled_out_is_no_seal(defined: str, claimed: str) -> None:
    """With the shipped word lists, the rules' abbreviation given with its long form or a
    naming word, in a sentence with none of the offer's words, raises no fda-status-claim;
    the same definition said of the offer ("our", "you") still does."""
    assert FLAG not in red_flags(defined), defined
    assert FLAG in red_flags(claimed), claimed


@each_case(
    ("sentence",),
    [
        # brackets that do not spell the abbreviation out: a product and its class
        ("Amniotic membrane allograft (HCT/P), ready to ship to your clinic.",),
        # brackets after a status word: no abbreviation
        ("Registered with the FDA (since 2015) and inspected every year.",),
        # the brief's look-alikes
        ("Our lab is FDA registered.",),
        ("We follow FDA guidelines for tissue processing.",),
        ("Produced in an FDA-compliant facility.",),
        # a bare class name said of the product
        ("Regulated by the FDA as a 361 HCT/P.",),
    ],
)
def test_the_seal_still_found(sentence: str) -> None:
    """Look-alikes that keep the claim: brackets that name the class of a product, not
    the abbreviation's long form; status words; the class said of the product."""
    assert FLAG in red_flags(sentence), sentence


@each_case(
    ("sentence",),
    [
        ("The FDA has not approved any stem cell product for knee pain.",),
        ("The FDA sent the clinic a warning letter.",),
    ],
)
def test_the_agency_as_actor_stays_silent(sentence: str) -> None:
    """The brief's silent look-alikes (silent before the change too): the agency denying
    approval or acting on a clinic."""
    assert FLAG not in red_flags(sentence), sentence


# -- Moved from tests/test_regvocab1_rules.py ----------------------------------------------
# The US tissue rules' words told as a rule are not the offer's seal (regvocab1).
#
# fda-status-claim is FDA words used to make the offer sound official (the spec's "FDA
# approved/cleared/registered/compliant words used to sound official"). The same words
# ("HCT/P", "section 361", "registered with the FDA", "GMP") also explain the rules: what a
# law or the agency requires, regulates or lets others do ("the law requires that the cells
# be stored in an FDA-registered facility", "the FDA regulates amniotic products as 361
# HCT/Ps"). `check/rules/regulations_told.py` reads that structure: a finding after a rule told (a
# rule-giver and its verb, "must", "under" a law) in a sentence with none of the offer's words
# ("we", "our", "you", "this product") claims nothing, and neither do the items of a list that
# such a sentence leads in. Made-up sentences, each with a look-alike that must still be
# found.


@each_case(
    ("explained", "claimed"),
    [
        (
            "The law requires that the cells be stored in an FDA-registered facility.",
            "We use only cells from an FDA-registered lab.",
        ),
        (
            "The FDA regulates amniotic products as 361 HCT/Ps when they are minimally"
            " manipulated.",
            "The FDA regulates our product under section 361.",
        ),
        (
            "The agency oversees human cells, tissues and cellular products (HCT/Ps) in two tiers.",
            "Our amniotic allograft is a 361 HCT/P, so no FDA approval is needed.",
        ),
        (
            "Under Florida's law, physicians may use cells from facilities registered with the"
            " FDA.",
            "Florida's new law lets us treat you with cells from FDA-registered facilities.",
        ),
        (
            "Such products must be made under GMP in a facility that is inspected.",
            "Our cells are GMP grade.",
        ),
        (
            "How the FDA Regulates Tissue Products",
            "Processed in our FDA-registered lab",
        ),
    ],
)
def test_a_rule_told_is_no_seal(explained: str, claimed: str) -> None:
    """With the shipped word lists, FDA rule words after a rule-giver and its verb, an
    obligation or "under" a law, with no word of the offer in the sentence, raise no
    fda-status-claim; the same words applied to the offer ("our", "we", "us") still do."""
    assert FLAG not in red_flags(explained), explained
    assert FLAG in red_flags(claimed), claimed


def test_a_list_led_in_by_a_rule_is_no_seal() -> None:
    """The items of a list that a rule told leads in ("the cells must come from
    facilities that are:") are the rule's; after a lead-in of the offer's own ("why
    patients choose us:") the same item is the seal."""
    assert FLAG not in red_flags(
        "The new law says the cells must come from facilities that are:",
        "- Registered with the FDA",
        "- Accredited by a tissue bank association",
    )
    assert FLAG in red_flags(
        "Why patients choose us:",
        "- Registered with the FDA",
        "- Accredited by a tissue bank association",
    )


@each_case(
    ("sentence",),
    [
        # the rule-giver's verb after the finding reports nothing before it
        ("Amniofix is FDA registered, as the law requires.",),
        # a "but" ends the rule's reach
        ("The law requires registration, but Acme Biologics is FDA registered and GMP certified.",),
        # "you": the offer addressed to the reader
        ("Under federal law, you receive only cells from an FDA-registered lab.",),
        # a verb of the agency's own ruling on the offer is the claim's own wording
        ("The FDA has ruled it a homologous product.",),
    ],
)
def test_the_seal_still_found_regvocab1(sentence: str) -> None:
    """Look-alikes that keep the claim: the rule told after the finding, cut off by
    "but", the reader addressed, the agency's ruling on the product itself."""
    assert FLAG in red_flags(sentence), sentence


def test_a_year_between_fda_and_compliant() -> None:
    """The year of the rules between: "FDA 2020 Compliant" is "FDA compliant"; "Not
    FDA 2020 Compliant" stays denied."""
    assert FLAG in red_flags("Pure amniotic fluid allograft. FDA 2020 Compliant")
    assert FLAG not in red_flags(
        "AmnioFlo, amnion fluid from micronized membrane. Not FDA 2020 Compliant"
    )


# -- Moved from tests/test_redflag_families2.py --------------------------------------------
# Families of red-flag wordings mined from more real clinic, vendor and broker pages in
# no corpus (issue 14, item 3, second round: cure-claim, miracle-language,
# own-cells-so-safe, no-risk-claim, fda-status-claim, pay-to-join-trial, many-conditions;
# the pages and sentences are listed outside the repository in the mining notes). Each
# family is a concept with its synonyms, not one page's sentence: every test gives
# wordings that must raise the flag, and careful wordings (a page that discusses the
# sign, or says it of something else) that must not. Each raising sentence was missed
# before its family was added, so a test fails when its wording is removed.

# -- fda-status-claim ------------------------------------------------------------------

FDA = "fda-status-claim"


@each_case(
    ("sentence",),
    [
        ("All donor tissue is screened and qualified under FDA CFR 21 Part 1271.",),
        ("Our product meets FDA 361 rules.",),
        ("Our cells are processed in a cGMP facility.",),
        ("Our GMP-aligned laboratory makes every batch.",),
        ("The FDA sets safety guidelines for stem cells, and we meet all of them.",),
        ("Bone marrow meets all of the FDA's criteria.",),
        ("We follow the FDA's guidelines to the letter.",),
    ],
)
def test_the_tissue_rules_own_words_as_a_seal_are_fda_words(sentence: str) -> None:
    raises(FDA, sentence)


@each_case(
    ("sentence",),
    [
        ("Clinics must comply with 21 CFR Part 1271.",),
        ("A cGMP label does not mean the product is approved.",),
        ("Ask whether the clinic's cells come from a GMP laboratory.",),
        ("Is the lab cGMP certified?",),
        ("Does the product meet FDA requirements?",),
        ("Clinics must follow the FDA's rules.",),
        ("The FDA inspected the cGMP facility and found violations.",),
        ("Make sure the lab follows GMP standards.",),
        ("Check that the cells were made in a GMP laboratory.",),
    ],
)
def test_a_duty_a_failing_or_advice_about_the_rules_is_no_seal(sentence: str) -> None:
    clean(FDA, sentence)


# -- Moved from tests/test_fda4_rules.py ---------------------------------------------------
# FDA approval said of the usual care is not the offer's seal (fda4).
#
# fda-status-claim is FDA words used to make the offer sound official (the spec's "FDA
# approved/cleared/registered/compliant words used to sound official"); the FDA named as
# the agency that approved something else, a drug or a blood-cancer transplant, is no seal.
# A page that sets its offer beside the care patients get today names that care's approval
# with the claim's own words: "Current FDA approved treatments decrease inflammation" (the
# standard lupus drugs), "Some uses are routine, FDA approved, and covered like any other
# treatment" (hospital transplants), a heading "Established, FDA approved stem cell
# treatments" over the transplants for blood cancers. There a word of `rule_frames: usual:`
# ("current", "routine", "established", "conventional", ...) names the approved care as the
# usual one, a class of care rather than one thing offered: with an approval word in the
# finding (`rule_frames: approving:`), the usual word in its clause at most three words
# before it, no "a" or "an" right before the usual word, and nothing of the offer in the
# sentence (`kept`), it claims nothing (`check/rules/regulations_told.py`). Made-up sentences, each
# with a look-alike that must still be found.


FLAG_FDA4 = "fda-status-claim"


@each_case(
    ("usual", "claimed"),
    [
        # the usual word as the subject's first word: the usual drugs
        (
            "Current FDA approved treatments decrease inflammation and the level of immune"
            " activity.",
            "Our current FDA approved treatments decrease inflammation in the joint.",
        ),
        # the usual word as what a class of uses is, beside its approval
        (
            "Some uses are routine, FDA approved, and covered much like any other medical"
            " treatment.",
            "Our injections are routine, FDA approved, and covered by your plan.",
        ),
        # a heading that names the usual care's approval
        (
            "Established, FDA approved stem cell treatments",
            "Established, FDA approved stem cell treatments at our clinic",
        ),
        (
            "Conventional FDA-approved drugs slow the disease but do not repair the joint.",
            "Unlike conventional drugs, we offer an FDA-approved stem cell treatment.",
        ),
        # the article of one thing offered: a boast, not the usual care
        (
            "Traditional, FDA approved options include steroids and anti-inflammatory drugs.",
            "A routine, FDA-approved procedure that takes under an hour.",
        ),
        (
            "Existing FDA-cleared therapies only mask the pain.",
            "An established, FDA-cleared therapy for knee pain.",
        ),
    ],
)
def test_approval_of_the_usual_care_is_no_seal(usual: str, claimed: str) -> None:
    """With the shipped word lists, an approval said of the usual care (a word of
    `usual:` before it in its clause) raises no fda-status-claim; the same approval said
    of the offer (a keeper, or "a"/"an" before the usual word) still does."""
    assert FLAG_FDA4 not in red_flags(usual), usual
    assert FLAG_FDA4 in red_flags(claimed), claimed


@each_case(
    ("sentence",),
    [
        # only approval names the care that was approved: a registered or compliant lab
        # is the seal whatever comes before it
        ("Established, FDA registered laboratory in Miami.",),
        ("Current FDA compliant facility for cell processing.",),
        # the usual word in another clause, after a word that turns the sentence
        ("Surgery is the usual answer, but FDA approved stem cells can help.",),
        # the usual word too far before the approval
        ("Established in 2009 by two surgeons, the centre is FDA approved.",),
        # the usual word after the approval
        ("FDA approved treatment, now routine in many clinics.",),
    ],
)
def test_the_seal_still_found_fda4(sentence: str) -> None:
    """FDA words the rule does not reach stay fda-status-claim."""
    assert FLAG_FDA4 in red_flags(sentence), sentence
