"""A claim said of another treatment: a rival named as the subject, the usual care set
beside the offer, a rival set aside, inflammation calmed in a section about another
treatment, and the body's own healing told as background.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, claim_pair, red_flags
from findings import entries as found

from stemcell_cli.check.rules.claim_subjects import subject_of
from stemcell_cli.check.words.sentences import tokens

# -- Moved from tests/test_rivals2_rules.py ------------------------------------------------
# A claim whose subject is another treatment, read past the marks that split a subject
# from its clause (round rivals2, `check/rules/claim_subjects.py`, read by
# `rival_treatments.Rivals`).
#
# The first runs' false alarms said of a rival treatment (benchmarks/adverts/
# first-runs/*-misses.txt, train pages) that `Rivals` still did not take had the rival
# as the subject of the claim's clause with a mark between them: an aside in brackets or
# between dashes ("Hyaluronic acid (HA) injections aim to ... calm inflammation"), or a
# label before a colon, a heading's subject ("Cortisone injections: quick relief"). Each
# test gives made-up wordings, never a page's sentence, and look-alikes that must still
# be found; each rival's claim was found before the rule.


def _claims(line: str) -> set[str]:
    return benefits(line) | red_flags(line)


@each_case(
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


@each_case(
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


@each_case(
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


@each_case(
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


@each_case(
    ("line", "subject_word"),
    [
        # a clause before it ends on a word that keeps a claim the advert's ("us")
        ("For most of us, steroids (the usual answer) may cure the pain.", "steroids"),
        # the subject the sentence's first word: nothing before it, not its last word
        ("Steroids (the usual answer) may cure the pain, doctors told us.", "Steroids"),
    ],
)
def test_a_one_word_subject_before_an_aside_is_that_word_alone(
    line: str, subject_word: str
) -> None:
    # Protects `subject_of`'s walk back from the word before the aside's opening mark
    # (`start = opened - 1`) to its clause's first word and no further: a subject of
    # one word is that word, so a clause before it ("For most of us,") or, when it is
    # the sentence's first word, the sentence's last word ("us") is no part of it and
    # cannot keep the rival's claim the advert's. Starting two words back, or walking
    # on past the subject's clause, took "us" in, and the cure was the advert's.
    words = tokens(line)
    first = next(i for i, w in enumerate(words) if w.text == "may")
    subject, aside = subject_of(line, words, first)
    assert [words[i].text for i in subject] == [subject_word], line
    assert [words[i].text for i in aside] == ["the", "usual", "answer"], line
    assert "cure-claim" not in _claims(line), line


# -- Moved from tests/test_usualcare1_rules.py ---------------------------------------------
# A claim word that names the usual care a page sets beside or before its offer claims
# nothing for the offer (round usualcare1, `check/rules/usual_care.py`, read by the matcher).
#
# The first runs' train false alarms of avoid-surgery (benchmarks/adverts/first-runs/
# *-misses.txt) that earlier guards and `Rivals` left had "non-surgical" or
# "nonoperative" modify the noun of the usual care: care the page says failed, was used,
# or lists in brackets. Each test gives made-up wordings, never a page's sentence; the
# claim was found in each before the rule, and each look-alike must still be found.


@each_case(
    ("usual_care", "claim"),
    [
        # a list of other treatments in brackets after the noun of care
        (
            "Nonoperative care (weight loss, bracing, cortisone) was the first step.",
            "avoid-surgery",
        ),
        ("She had months of non-surgical treatment (rest, physical therapy).", "avoid-surgery"),
        # the care failed, was tried, used, prescribed or is limited
        ("Despite these nonoperative treatments, the knee kept getting worse.", "avoid-surgery"),
        ("Many patients have tried non-surgical therapies without success.", "avoid-surgery"),
        ("The non-operative measures used for frozen shoulder vary widely.", "avoid-surgery"),
        ("Non-surgical options had failed him for years.", "avoid-surgery"),
        ("Her doctor prescribed anti-inflammatory therapy.", "reduced-inflammation"),
        ("Anti-inflammatory therapy (ice, rest) was recommended first.", "reduced-inflammation"),
    ],
)
def test_a_claim_word_naming_the_usual_care_claims_nothing(usual_care: str, claim: str) -> None:
    assert claim not in benefits(usual_care), usual_care


@each_case(
    ("offer", "claim"),
    [
        # the claim word modifies the offer, or no noun of care
        ("Our non-surgical stem cell injection spares you knee replacement.", "avoid-surgery"),
        ("A non-surgical alternative to steroid shots and surgery.", "avoid-surgery"),
        (
            "Stem cells have powerful anti-inflammatory effects, unlike NSAIDs.",
            "reduced-inflammation",
        ),
        # the usual care failed, the offer claims
        ("When physical therapy fails, our cells avoid surgery.", "avoid-surgery"),
        # a keeper of the offer in the clause
        ("Our non-surgical treatment (PRP and stem cells) has helped thousands.", "avoid-surgery"),
        ("Non-surgical treatments used at our clinic heal the joint.", "avoid-surgery"),
        ("Stem cells are a non-surgical treatment recommended for knee pain.", "avoid-surgery"),
        ("Our non-surgical options are limited to PRP and stem cells.", "avoid-surgery"),
        # a noun of care with no list and nothing said of it
        ("Non-surgical treatment for knee pain, in one visit.", "avoid-surgery"),
    ],
)
def test_a_claim_word_of_the_offer_is_still_found(offer: str, claim: str) -> None:
    assert claim in benefits(offer), offer


# -- Moved from tests/test_set_aside_rules.py ----------------------------------------------
# A guard that names a rival treatment guards nothing when the sentence sets that rival
# aside ("not steroids", "unlike cortisone", "rather than", "instead of"; `spans._set_aside`):
# the claim is the other side's, the advert's own. The rival's own claim stays guarded.


@each_case(
    ("text",),
    [
        ("Stem cells, not steroids, reduce inflammation.",),
        ("Our cells, unlike steroids, reduce inflammation.",),
        ("Stem cells rather than steroids reduce inflammation.",),
        ("Instead of painkillers, stem cells reduce inflammation.",),
    ],
)
def test_a_claim_set_against_a_rival_is_the_adverts(text: str) -> None:
    assert "reduced-inflammation" in found(text)


@each_case(
    ("text",),
    [
        ("Steroids reduce inflammation for a while.",),
        ("Patients are prescribed anti-inflammatory drugs.",),
        # a "not" that ends an earlier clause sets no rival aside
        ("If it is not, is it part of a registered clinical trial?",),
    ],
)
def test_a_rivals_own_claim_stays_guarded(text: str) -> None:
    assert not found(text) & {"reduced-inflammation", "pay-to-join-trial"}


# -- Moved from tests/test_inflam1_rules.py ------------------------------------------------
# Round inflam1: inflammation calmed in a section about another treatment is no claim.
#
# The spec's reduced-inflammation is the offered treatment reducing, calming or
# controlling inflammation. A page that sells an injection also has sections on the
# usual care, and tells there what that care does with the claim's own words: under
# "Conventional Treatment Options", "Home remedies:", "How is it usually treated?" or
# "What Are Epidural Steroid Injections?", "treatments meant to reduce inflammation", "the
# cold pack reduces the inflammation" and "treatment aims to control the pain and
# inflammation" are the usual care's, not the offer's. A heading (a short block with no
# full stop) that names another treatment (`rival_treatments:`) with no word that keeps a
# claim the advert's ("stem", "our", "alternative", "unlike": `claim_keepers:`) and no word
# of failure ("When Steroids Fail") opens such a section; it ends at the next heading.
# There a reduced-inflammation claim stands only when its sentence names the advert's
# own treatment ("stem", "cells", "our", "PRP": a keeper that compares nothing).
# Made-up sentences, never a page's.

CLAIM = "reduced-inflammation"


def _found(*lines: str) -> bool:
    return CLAIM in benefits(*lines)


@each_case(
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


@each_case(
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


# -- Moved from tests/test_biology1_rules.py -----------------------------------------------
# The body's own healing told as background is no claim of the offer (biology1,
# `check/rules/natural_healing.py`, `own_course:` in data/check/advert_words.yaml).
#
# tissue-regeneration is the claim that the OFFERED treatment repairs, regrows or
# regenerates tissue (benchmarks/adverts/README.md). A page that tells what the body, a
# tissue or cells do on their own, a natural capacity, its limit or its decline ("cartilage
# regenerates poorly once damaged", "as we age our cells regenerate less well"), with no
# word of the offer in that clause, claims nothing for the offer; nor does a heal word whose
# object would have to be read across a clause boundary ("... healing back pain, stem cell
# injections are the strongest"). Made-up sentences, each with a look-alike that must still
# be found.


@each_case(
    ("background", "claimed"),
    [
        (
            "Articular cartilage has no blood vessels and so regenerates poorly once damaged.",
            "Cartilage cannot heal on its own, but our stem cells regrow it.",
        ),
        (
            "With little blood supply, the inner meniscus repairs damaged fibres only slowly.",
            "Your body heals slowly; our injection speeds up tissue repair.",
        ),
        (
            "As we age our cells renew themselves and regenerate tissue less well.",
            "As you age, stem cell injections regenerate tissue in your knee.",
        ),
        (
            "Normally our cells renew themselves, splitting to make fresh ones.",
            "Our stem cells renew damaged cartilage in the knee.",
        ),
        (
            "No other cell in the body can naturally make new kinds of cell.",
            "Stem cells can turn into cartilage and rebuild your knee.",
        ),
        (
            "Injured ligaments with a poor blood supply mend damaged fibres only partly.",
            "PRP helps injured ligaments with a poor blood supply mend damaged fibres.",
        ),
        (
            "Tendon tissue renews itself naturally over months.",
            "The cells are forced to build new tendon tissue faster than they would on their own.",
        ),
    ],
)
def test_the_body_healing_on_its_own_course_claims_nothing(background: str, claimed: str) -> None:
    """Healing told as the body's own capacity, limit or decline, with no word of the
    offer in its clause, is no tissue-regeneration claim; the offer's healing in the next
    clause or sentence, or tied to the offer in the same clause, still is."""
    claim_pair("tissue-regeneration", background, claimed)


@each_case(
    ("across", "claimed"),
    [
        (
            "Of all the tools we have for healing back pain, stem cell injections are the best.",
            "Of all the tools we have for healing torn discs, stem cell injections are the best.",
        ),
        (
            "While healing takes its time, joints and tendons need rest.",
            "Our knee restoration programme regrows cartilage.",
        ),
        (
            "Once he had fully healed from it, my knee felt brand new.",
            "Stem cells can become, and heal, many kinds of tissue.",
        ),
    ],
)
def test_a_heal_word_does_not_reach_across_a_clause(across: str, claimed: str) -> None:
    """A heal word's object is read in its own clause: a tissue word after a comma that
    opens a new subject is not what it heals; a heal word with its tissue in its own
    clause still claims."""
    claim_pair("tissue-regeneration", across, claimed)


# -- newerbenefits1: rehabilitation and the treatments already approved or available -------
# A rehabilitation programme, and the treatments approved or available today, are other
# treatments: a claim said of them is theirs ("a rehab plan supports healing", "the
# approved treatments lower inflammation"); the offer named as the subject keeps it.


@each_case(
    ("claim", "rival", "offer"),
    [
        (
            "tissue-regeneration",
            "After the cast comes off, a rehabilitation plan supports tendon healing.",
            "After the cast comes off, our cell injection supports tendon healing.",
        ),
        (
            "reduced-inflammation",
            "The approved medicines on the market calm the inflammation for a while.",
            "Our cord cells calm the inflammation for a while.",
        ),
        (
            "reduced-inflammation",
            "Available therapies lower the swelling but leave the disease active.",
            "Stem cell treatments lower the swelling and leave the disease quiet.",
        ),
    ],
)
def test_a_claim_of_rehabilitation_or_the_approved_treatments_is_theirs(
    claim: str, rival: str, offer: str
) -> None:
    claim_pair(claim, rival, offer)


def test_a_one_word_aside_names_the_rival_and_a_gap_reads_through_it() -> None:
    # (scope1) a gap that starts inside an aside of two words or more ends at its closing
    # bracket; a one-word aside is another name for the word before it, so the rival
    # drug's guard "DMARDs ...1 stop ... {degeneration}" still reads past it (made-up)
    sentence = "Many take disease-modifying drugs (DMARDs) to stop the disease from getting worse."
    assert "delay-degeneration" not in benefits(sentence)


# -- A clause fronted before the claim's comma (round guard1) ------------------------------
# A clause that opens the sentence with "after", "following", "with", "through",
# "during", "once" or "when" and ends with a comma tells when or by what means the main
# clause holds: another treatment it names governs the outcome claimed after the comma
# (a benefit or a promise; not a sign of proof such as a star's story), as one
# named before the claim in its own clause does, when the clause opens on it (within
# FRONTED_REACH words: `claim_subjects.fronted`, read by `Rivals.said_of`). Made-up
# wordings; look-alikes keep the claim: a word that keeps it the advert's in either
# clause ("our", "stem", "without"), a fronted clause that names no other treatment or
# names one far into a clause about someone else, and a first clause that is not fronted.


@each_case(
    ("said_of_rival", "claim"),
    [
        ("After a hip replacement, you will regain strength in a few months.", "promised-results"),
        (
            "After a total knee replacement, your knee will regain flexibility within months.",
            "promised-results",
        ),
        ("With physical therapy, most tennis elbows heal within a year.", "promised-results"),
        ("Through months of rehab, you will regain strength in the shoulder.", "promised-results"),
    ],
)
def test_a_fronted_clause_naming_a_rival_governs_the_claim_after_its_comma(
    said_of_rival: str, claim: str
) -> None:
    assert claim not in _claims(said_of_rival), said_of_rival


@each_case(
    ("still_the_offer", "claim"),
    [
        # a keeper in the fronted clause or before the claim in its own
        ("After our stem cell injection, you will regain strength in weeks.", "promised-results"),
        ("Without a hip replacement, you will regain strength in weeks.", "promised-results"),
        ("After surgery, our cells will regenerate the torn cartilage.", "tissue-regeneration"),
        # a fronted clause that names no other treatment
        ("After one visit, you will regain movement step by step.", "promised-results"),
        # a fronted clause about someone else, the rival far from its first word
        (
            "With more people seeking a way around knee surgery, travel abroad for cell"
            " shots has grown fast.",
            "medical-tourism",
        ),
        # a warning sign of proof, not an outcome: the fronted clause tells its history
        (
            "After four knee surgeries, the football star won the cup with our cells.",
            "testimonials-as-evidence",
        ),
        # a first clause that is not fronted: the rival is its own clause's subject
        ("Surgery is one path, but you will regain movement with our cells.", "promised-results"),
    ],
)
def test_a_fronted_clause_with_a_keeper_or_no_rival_keeps_the_claim(
    still_the_offer: str, claim: str
) -> None:
    assert claim in _claims(still_the_offer), still_the_offer


# -- Round newcomer9: nerve ablation, a procedure set against the cells ----------------------
# Radiofrequency ablation (burning the nerves that carry a joint's or the spine's pain) is
# another treatment a page may set beside its offer; its claims were the advert's before
# this entry of `rival_treatments:` (`data/check/advert_words.yaml`, read by
# `check/rules/rival_treatments.py`'s `Rivals`). Made-up wordings; the offer, or the
# ablation set aside, keeps the claim.


@each_case(
    ("claim", "rival", "offer"),
    [
        (
            "avoid-surgery",
            "Radiofrequency ablation lets many patients avoid surgery.",
            "Our stem cell shots let many patients avoid surgery.",
        ),
        (
            "reduced-inflammation",
            "Nerve ablation reduces inflammation in the joint for a while.",
            "Unlike nerve ablation, our cells reduce inflammation in the joint.",
        ),
        (
            "avoid-surgery",
            "Rhizotomy helps many patients avoid spine surgery.",
            "Instead of a rhizotomy, our cells help many patients avoid spine surgery.",
        ),
    ],
)
def test_a_claim_of_nerve_ablation_is_the_ablations(claim: str, rival: str, offer: str) -> None:
    claim_pair(claim, rival, offer)
