"""Claims and warning signs that careful, news, research and regulators' pages only talk
about, said of others, asked or required: not the page's own (precision rounds two to
five and the first red-flag precision round).
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, claim_pair, clean, flag_pair, raises, red_flags
from findings import flag_pair as _check

# -- Moved from tests/test_precision_rules2.py ---------------------------------------------
# Warning signs and benefit claims read from sentences that only talk about them (issue
# 14, precision, second round).
#
# Careful and news pages, and adverts' own asides, speak of other treatments, other
# diseases, the rules and the reader's wishes: the FDA named as what has NOT approved, a
# question asked in a wh-word order, approval of blood-forming products, the body's own
# deposit of scar tissue, a wish for a cure, a drug or the usual care defined by what it
# does, what keeps tissue from healing, a surgical repair that fails, surgery named as the
# treatment that repairs, other diseases named as risks, harms or a yardstick. For each
# rule, sentences of that kind that must not raise the finding, and advert sentences that
# still must.

MANY = "Parkinson's disease, autism, multiple sclerosis and macular degeneration"


@each_case(
    ("careful", "advert"),
    [
        (
            "So far the FDA has not approved any stem cell product for joint conditions.",
            "The FDA has approved our stem cell products for joint conditions.",
        ),
        (
            "To date the FDA hasn't cleared any exosome product for knee pain.",
            "Our exosome product is FDA cleared for knee pain.",
        ),
    ],
)
def test_the_fda_named_as_what_has_not_approved(careful: str, advert: str) -> None:
    flag_pair("fda-status-claim", careful, advert)


@each_case(
    ("careful", "advert"),
    [
        (
            "Which cell therapies has the FDA approved so far?",
            "Our cell therapies are approved by the FDA.",
        ),
        (
            "Which of these products did the FDA clear for sale?",
            "These products were cleared by the FDA for sale.",
        ),
    ],
)
def test_a_question_in_question_order_asks(careful: str, advert: str) -> None:
    flag_pair("fda-status-claim", careful, advert)


def test_approval_of_products_for_blood_disorders_is_not_the_offer() -> None:
    flag_pair(
        "fda-status-claim",
        "The only cell products with full FDA approval come from umbilical cord blood and "
        "treat blood production disorders.",
        "Our cells come from umbilical cord blood processed in an FDA approved lab.",
    )


def test_the_body_depositing_tissue_is_no_payment() -> None:
    flag_pair(
        "pay-up-front",
        "After a tear the body deposits scar tissue in place of the tendon.",
        "A deposit is required to book your procedure.",
    )


@each_case(
    ("careful", "advert"),
    [
        (
            "Most people with back pain want to ease it rather than find a cure.",
            "Our injections cure back pain.",
        ),
        (
            "Many patients hope to find a cure for their arthritis somewhere.",
            "We finally found the cure for arthritis.",
        ),
        (
            "Most care for back pain aims to ease it rather than find a cure.",
            "Our care for back pain aims to find a cure.",
        ),
    ],
)
def test_a_wish_for_a_cure_is_no_cureclaim_pair(careful: str, advert: str) -> None:
    flag_pair("cure-claim", careful, advert)


@each_case(
    ("careful", "advert"),
    [
        (
            "Steroids are medications that can reduce inflammation in the joint.",
            "Stem cells are a treatment that can reduce inflammation in the joint.",
        ),
        (
            "Doctors usually start with conservative care to reduce inflammation.",
            "Unlike conservative care, our cells reduce inflammation.",
        ),
    ],
)
def test_a_drug_or_the_usual_care_defined_by_its_aim(careful: str, advert: str) -> None:
    claim_pair("reduced-inflammation", careful, advert)


@each_case(
    ("careful", "advert"),
    [
        (
            "Poor blood supply keeps tendons and ligaments from healing.",
            "Our cells help tendons and ligaments heal.",
        ),
        (
            "Six in ten large tears end in a failure of the repair and a new tear.",
            "Our cells repair large tears within weeks.",
        ),
        (
            "Often knee surgery is the usual treatment to repair a torn ligament.",
            "Our injections repair a torn ligament without knee surgery.",
        ),
    ],
)
def test_what_keeps_tissue_from_healing_or_a_repair_that_fails(careful: str, advert: str) -> None:
    claim_pair("tissue-regeneration", careful, advert)


@each_case(
    ("careful", "advert"),
    [
        (
            "Rheumatoid arthritis can bring a high cardiovascular risk, and lupus, diabetes "
            "and dementia too.",
            "Our cells treat rheumatoid arthritis, lupus, diabetes, heart disease and dementia.",
        ),
        (
            "Taken for years, these drugs raise the risk of heart failure, stroke, kidney "
            "disease and dementia.",
            "Our cells treat knees, heart failure, stroke, kidney disease and dementia.",
        ),
        (
            "Painkillers taken for years can cause stomach ulcers, kidney disease, heart "
            "failure and dementia.",
            "Our one injection helps knees, kidney disease, heart failure and dementia.",
        ),
        (
            "Spending on back pain is higher than on diabetes, heart disease, stroke or dementia.",
            "We treat back pain, diabetes, heart disease, stroke and dementia.",
        ),
    ],
)
def test_other_diseases_named_as_risks_harms_or_a_yardstick(careful: str, advert: str) -> None:
    flag_pair("many-conditions", careful, advert)


def test_selling_words_of_a_critic_report_aclaim_pair() -> None:
    flag_pair(
        "cure-claim",
        "The report found cash-only services touting stem cell shots to cure a host of conditions.",
        "Our stem cell shots cure a host of conditions.",
    )


def test_a_centre_named_for_restoration_is_no_repairclaim_pair() -> None:
    claim_pair(
        "tissue-regeneration",
        "The program grew out of the Cartilage Restoration Center, founded in 1995.",
        "At our center, your own cells restore cartilage.",
    )


@each_case(
    ("careful",),
    [
        ("Regenerative medicine may help individuals avoid a knee operation.",),
        ("Our care is open to individuals with knee pain.",),
    ],
)
def test_individuals_are_people_not_a_tailored_plan(careful: str) -> None:
    claim_pair("personalized-treatment", careful, "Every treatment plan is individualized for you.")


@each_case(
    ("careful",),
    [
        ('The same "Call now, space limited" ploy was in the second ad too.',),
        ('"Book today, spots are filling" is a sales trick.',),
    ],
)
def test_a_quotation_closed_right_before_a_debunking_is_debunked(careful: str) -> None:
    flag_pair("urgency-pressure", careful, "Call now: spots are filling fast.")


CITATION = "Dhinsa BS, Adesida AB. Curr Stem Cell Res Ther. 2012 Mar;7(2):143-8."


def test_a_journal_citation_claims_nothing() -> None:
    entry = f"Current therapies for cartilage repair and their limits. {CITATION}"
    assert not {"tissue-regeneration"} & benefits(entry), entry
    clean("cure-claim", entry)
    raises("cure-claim", "Our injections cure knee pain for good.")


def test_prose_that_cites_a_study_still_claims() -> None:
    """A long paragraph with a citation in it is prose: its own claims count."""
    filler = " ".join(["Patients come to us from all over the state for their knees."] * 6)
    prose = f"Our injections repair cartilage ({CITATION}) in weeks. {filler}"
    assert "tissue-regeneration" in benefits(prose)


def test_a_year_and_a_number_alone_make_no_citation() -> None:
    """Without two authors as surname and initials, a short block is prose."""
    assert "tissue-regeneration" in benefits(
        "Our injections repair cartilage in weeks (a pilot in 2019; 12 patients)."
    )


@each_case(
    ("careful",),
    [
        ("During the exam the doctor checks the inflammation in your knee.",),
        ("Inflammation in the joint is checked by ultrasound at every visit.",),
    ],
)
def test_inflammation_checked_in_an_exam_is_not_held_in_check(careful: str) -> None:
    claim_pair("reduced-inflammation", careful, "Our cells check inflammation in the knee.")


def test_a_survey_share_that_believed_makes_noclaim_pair() -> None:
    claim_pair(
        "avoid-surgery",
        "Nearly 19% believed the injections would be a less invasive option than surgery.",
        "Our injections are a less invasive option than surgery.",
    )


def test_a_count_of_patients_harmed_is_no_success_rate() -> None:
    flag_pair(
        "high-success-rate",
        "In 2018, 12 patients in three states became infected after stem cell shots.",
        "In 2018, 12 of 13 patients in our study improved.",
    )


def test_a_regulators_requirement_of_safety_is_no_safetyclaim_pair() -> None:
    claim_pair(
        "fewer-side-effects",
        "The FDA requires that such products be proven safe and effective before they are sold.",
        "Our treatment has been proven safe and effective.",
    )


@each_case(
    ("careful",),
    [
        ("The term regenerative medicine refers to treatments that aim to repair damaged tissue.",),
        ("Regenerative medicine is defined as treatment that repairs or replaces damaged tissue.",),
    ],
)
def test_a_definition_claims_nothing(careful: str) -> None:
    claim_pair(
        "tissue-regeneration",
        careful,
        "Regenerative medicine refers to treatments that repair damaged tissue.",
    )


@each_case(
    ("careful",),
    [
        ("Hyaluronic acid injections are FDA approved for knee osteoarthritis.",),
        ("Cortisone shots are FDA approved and covered by insurance.",),
    ],
)
def test_the_usual_drugs_approval_is_not_the_offers(careful: str) -> None:
    flag_pair("fda-status-claim", careful, "Our stem cell injections are FDA approved for knees.")


def test_what_to_do_if_a_clinic_says_something_reports_it() -> None:
    flag_pair(
        "fda-status-claim",
        "If a clinic says its product is FDA approved, ask to see the approval letter.",
        "Our product is FDA approved, and we will show you the approval letter.",
    )


@each_case(
    ("careful",),
    [
        ("Doctors repair torn cartilage with surgery.",),
        ("Doctors repair torn cartilage surgically.",),
    ],
)
def test_a_repair_without_surgery_is_the_offers_own(careful: str) -> None:
    """Surgery guards a repair only as the way it is done ("repaired with surgery")."""
    claim_pair("tissue-regeneration", careful, "Our cells repair torn cartilage without surgery.")


# -- Moved from tests/test_precision_rules3.py ---------------------------------------------
# Warning signs and benefit claims read from what reporters, regulators and critics
# write (issue 14, precision, third round).
#
# Careful and news pages report claims over several sentences and in their own words: a
# seller's website or a lawsuit reported, a claim reported in a sentence of its own after
# the one naming its speaker, a worry or a fear, "reportedly", promises called wild, what a
# field of research covers, a claim called nonsense, a headline that sets a claim against
# its doubt, patients seeking cures, safety measures set in place, evidence that ranges
# from promising to weak, the share that failed, approval denied by a prefix. For each
# rule, sentences of that kind that must not raise the finding, and advert sentences that
# still must.

MANY_PRECISION3 = "lupus, diabetes, Parkinson's disease and multiple sclerosis"


@each_case(
    ("careful", "advert"),
    [
        (
            "The clinic's website still lists a 100% patient satisfaction rate.",
            "We have a 100% patient satisfaction rate.",
        ),
        (
            "The StemCo website still lists a 100% patient satisfaction rate.",
            "Our website: a 100% patient satisfaction rate.",
        ),
        (
            "According to the lawsuit, the clinic had a 95% success rate.",
            "Patients enjoy a 95% success rate.",
        ),
    ],
)
def test_a_sellers_website_or_a_lawsuit_reported(careful: str, advert: str) -> None:
    flag_pair("high-success-rate", careful, advert)


def test_the_parties_of_a_lawsuit_are_not_offered_treatment() -> None:
    flag_pair(
        "many-conditions",
        f"The four lead plaintiffs sought treatment for {MANY_PRECISION3}.",
        f"Our stem cells treat {MANY_PRECISION3}.",
    )


def test_a_claim_reported_in_a_sentence_of_its_own() -> None:
    clean(
        "cure-claim",
        "The clinic's website says its cells rebuild cartilage. It also promises a cure.",
    )
    assert "cure-claim" not in red_flags(
        "The clinic's website says its cells rebuild cartilage.", "It also promises a cure."
    )
    raises("cure-claim", "Our cells rebuild cartilage. They are a cure.")


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "testimonials-as-evidence",
            "Doctors worry that pro athletes are misleading the public.",
            "Pro athletes trust our stem cell treatments.",
        ),
        (
            "medical-tourism",
            "Several players have reportedly gone overseas for stem cell treatments.",
            "Several players have gone overseas for stem cell treatments with us.",
        ),
        (
            "high-success-rate",
            "Clinics make wild promises of 100 percent success.",
            "Our clinic has 100 percent success.",
        ),
    ],
)
def test_a_worry_a_reporters_distance_and_wild_promises(
    flag: str, careful: str, advert: str
) -> None:
    flag_pair(flag, careful, advert)


def test_what_a_field_of_research_covers_is_not_offered() -> None:
    flag_pair(
        "many-conditions",
        f"Major areas of focus of regenerative medicine include {MANY_PRECISION3}.",
        f"Our areas of focus include {MANY_PRECISION3}.",
    )


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "cure-claim",
            "A permanent cure for arthritis with one injection is a fantasy.",
            "A permanent cure for arthritis with one injection.",
        ),
        (
            "miracle-language",
            "Stem cells for knees: miracle cure or hype?",
            "Stem cells for knees: a miracle cure.",
        ),
    ],
)
def test_a_claim_called_nonsense_or_set_against_its_doubt(
    flag: str, careful: str, advert: str
) -> None:
    flag_pair(flag, careful, advert)


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "cure-claim",
            "Many athletes seek these cures after an injury.",
            "Our injections cure knee arthritis.",
        ),
        (
            "no-risk-claim",
            "An IND is needed to ensure safety measures are in place before treatment.",
            "We ensure your safety.",
        ),
        (
            "promised-results",
            "The evidence ranges from promising relief to mixed results.",
            "We promise lasting relief.",
        ),
        (
            "high-success-rate",
            "About 20 percent of treatments are not effective.",
            "About 90 percent of our patients improve.",
        ),
        (
            "fda-status-claim",
            "Clinics sell non-FDA approved treatments.",
            "Our clinic sells FDA approved treatments.",
        ),
    ],
)
def test_guards_of_an_entry(flag: str, careful: str, advert: str) -> None:
    flag_pair(flag, careful, advert)


def test_items_after_a_colon_of_a_reported_lead_in() -> None:
    clean(
        "no-risk-claim",
        "Numerous claims were made at the seminar: no potential for rejection; no side "
        "effects, including no pain; and FDA approval.",
    )
    raises(
        "no-risk-claim",
        "What we offer at our clinic: no potential for rejection; no side effects, "
        "including no pain; and a quick recovery.",
    )


def test_a_question_of_a_faq() -> None:
    flag_pair(
        "fda-status-claim",
        "Q: Is PRP FDA-approved for pain management?",
        "Q: What is PRP? It is FDA-approved for pain management.",
    )


# -- Moved from tests/test_precision_rules4.py ---------------------------------------------
# Benefit claims said of others, asked or required are not the advert's own (issue 14,
# precision, fourth round).
#
# Careful pages and clinic pages alike name what the usual care aims at (calming
# inflammation, slowing the disease), what a stem cell is (a cell that turns into other
# kinds of cell), what research weighs or nobody knows yet, what a question asks ("how
# safe it is depends on the clinic"), what someone took away from a seminar, the body's
# own healing (slow, or natural), a surgeon's repair, non-surgical care as the usual first
# step or a market trend, licences a seller lacks, a reader's safe decision, an insurance
# plan, and a faster recovery from an injury or an operation; a negation that reaches a
# second thing denied after "or"; and, for the FDA warning sign, how few products are
# approved and rules a product failed to meet. For each rule, sentences of that kind that
# must not raise the claim, and advert sentences that still must.

RULES = [
    # --- not_asserting: research weighs a possible use -------------------------------
    (
        "research-weighs-a-possible-role",
        "tissue-regeneration",
        "Researchers are still evaluating its potential role in helping the body repair "
        "damaged tendons.",
        "Our injections help the body repair damaged tendons.",
    ),
    # --- not_asserting: a question asked in a statement --------------------------------
    (
        "how-safe-depends",
        "fewer-side-effects",
        "How safe these injections are depends a great deal on the clinic.",
        "These injections are safe.",
    ),
    (
        "how-effective-question",
        "tissue-regeneration",
        "How effective are cell injections in healing torn tendons?",
        "Cell injections are effective in healing torn tendons.",
    ),
    (
        "how-safe-after-a-word-of-asking",
        "fewer-side-effects",
        "The article looks into how safe it is and what it costs.",
        "Thanks to how safe it is, the treatment is now offered in our clinic.",
    ),
    # --- not_asserting: what nobody knows yet ------------------------------------------
    (
        "unclear-if",
        "tissue-regeneration",
        "It is unclear if the injected cells regrow any cartilage.",
        "The injected cells regrow cartilage.",
    ),
    # --- not_asserting: in theory, and someone's understanding -------------------------
    (
        "in-theory",
        "tissue-regeneration",
        "In theory, these cells could rebuild worn cartilage.",
        "These cells rebuild worn cartilage.",
    ),
    (
        "someones-understanding",
        "tissue-regeneration",
        "His understanding after the seminar was that the cells regenerate the damaged tissue.",
        "After the injection, the cells regenerate the damaged tissue.",
    ),
    # --- reduced-inflammation: the usual care's aim and the drugs' own effect ------------
    (
        "usual-care-aims-at-inflammation",
        "reduced-inflammation",
        "Standard care today aims at slowing the disease and reducing inflammation.",
        "Our cell therapy aims at reducing inflammation.",
    ),
    (
        "non-surgical-care-designed-to-calm",
        "reduced-inflammation",
        "Most shoulder problems are first handled with non-surgical treatments designed to "
        "reduce inflammation.",
        "Our injections are designed to reduce inflammation.",
    ),
    (
        "drugs-such-as-x-that-help",
        "reduced-inflammation",
        "Doctors prescribe drugs such as methotrexate or leflunomide that help suppress "
        "inflammation.",
        "Stem cells help suppress inflammation.",
    ),
    (
        "the-bodys-own-response-stops",
        "reduced-inflammation",
        "When the injury becomes chronic, the body's inflammatory response stops and "
        "healing goes no further.",
        "The cells calm the body's inflammatory response.",
    ),
    # --- delay-degeneration: slow as an adjective, the drugs' own effect -----------------
    (
        "a-slow-loss",
        "delay-degeneration",
        "The swollen lining brings pain, stiffness and a slow loss of cartilage.",
        "Our injections slow the loss of cartilage.",
    ),
    (
        "drugs-such-as-x-that-slow",
        "delay-degeneration",
        "Drugs such as methotrexate that help slow the destruction of joints are the usual "
        "first step.",
        "Stem cells help slow the destruction of joints.",
    ),
    # --- avoid-surgery: non-surgical care as the usual first step, a trend, a link -------
    (
        "first-managed-non-surgically",
        "avoid-surgery",
        "Most rotator cuff tears are initially managed with non-surgical care.",
        "Our non-surgical care lets you keep your shoulder.",
    ),
    (
        "demand-for-non-surgical",
        "avoid-surgery",
        "Demand for non-surgical interventions is expected to grow with the ageing population.",
        "Choose our non-surgical intervention for your knee.",
    ),
    (
        "see-non-surgical-treatments",
        "avoid-surgery",
        "See Non-Surgical Treatments for Neck Pain",
        "Non-Surgical Treatment for Neck Pain",
    ),
    # --- tissue-regeneration -------------------------------------------------------------
    (
        "surgery-recommended-to-repair",
        "tissue-regeneration",
        "Surgery may be recommended to rebuild the ligament and to repair other injuries "
        "such as a torn meniscus.",
        "Our cells repair other injuries such as a torn meniscus.",
    ),
    (
        "what-a-stem-cell-is",
        "tissue-regeneration",
        "Stem cells are cells that can develop into many different cell types.",
        "Injected stem cells develop into cartilage cells.",
    ),
    (
        "stem-cells-in-development",
        "tissue-regeneration",
        "In the embryo, stem cells grow into blood, brain, bones and every organ.",
        "Injected stem cells grow into new bone.",
    ),
    (
        "tissue-heals-slowly",
        "tissue-regeneration",
        "The Achilles tendon heals slowly because its blood supply is poor.",
        "The Achilles tendon heals fully after our injection.",
    ),
    (
        "repair-crew",
        "tissue-regeneration",
        "Think of stem cells as the body's own repair crew.",
        "Our stem cells repair the damaged tissue.",
    ),
    (
        "biology-of-healing",
        "tissue-regeneration",
        "Laboratory work on the biology of tissue healing gives the field great potential.",
        "Our injections speed tissue healing.",
    ),
    # --- fewer-side-effects --------------------------------------------------------------
    (
        "natural-healing-after",
        "fewer-side-effects",
        "The injection uses your own blood to help the tissue go through healing naturally.",
        "Using your own blood is natural and safe.",
    ),
    (
        "licences-needed-to-offer-safely",
        "fewer-side-effects",
        "The company lacks the licences required to safely sell these products.",
        "We offer these products safely.",
    ),
    (
        "a-safe-decision",
        "fewer-side-effects",
        "Asking these questions is the best step to making a safe, informed decision.",
        "Our injection is a safe treatment.",
    ),
    (
        "a-guide-to-safe-choices",
        "fewer-side-effects",
        "A short guide for safe stem cell treatment choices.",
        "Stem cell treatment is safe.",
    ),
    (
        "faster-recovery-after-an-injury",
        "fewer-side-effects",
        "The injections can help shorten rehab after an injury or surgery.",
        "Our injections shorten recovery compared with surgery.",
    ),
    (
        "faster-recovery-after-an-operation",
        "fewer-side-effects",
        "For patients who have had surgery, adding cells can cut recovery time in half.",
        "Unlike surgery, our injection needs no hospital stay and cuts recovery time.",
    ),
    # --- personalized-treatment ----------------------------------------------------------
    (
        "an-insurance-plan",
        "personalized-treatment",
        "Large employers fund their own health plans and are free to tailor their plans.",
        "We tailor your treatment plan to you.",
    ),
]


@each_case(("name", "claim", "careful", "advert"), RULES)
def test_a_claim_said_of_others_asked_or_required(
    name: str, claim: str, careful: str, advert: str
) -> None:
    claim_pair(claim, careful, advert)


@each_case(
    ("name", "claim", "careful", "advert"),
    [
        (
            "do-not-restore-or-reverse",
            "tissue-regeneration",
            "These treatments ease symptoms; they do not restore disc structure or reverse "
            "degeneration.",
            "Our cells restore disc structure and reverse degeneration.",
        ),
        (
            "never-rebuild-or-regrow",
            "tissue-regeneration",
            "Steroid shots never rebuild worn cartilage or regrow torn tendons.",
            "Our cells rebuild worn cartilage and regrow torn tendons.",
        ),
    ],
)
def test_a_negation_reaches_a_second_thing_denied_after_or(
    name: str, claim: str, careful: str, advert: str
) -> None:
    claim_pair(claim, careful, advert)


def test_an_or_beyond_the_negations_reach_carries_nothing() -> None:
    """ "Or" carries a negation on only when it comes within the negation's window."""
    assert "tissue-regeneration" in benefits(
        "Patients who cannot walk far on bad days or stairs find injections regrow cartilage."
    )


@each_case(
    ("name", "careful", "advert"),
    [
        (
            "few-are-approved",
            "Few stem cell products are FDA-approved, so check what you are offered.",
            "Our stem cell products are FDA-approved.",
        ),
        (
            "failed-to-meet-fda-rules",
            "The inspectors found that the products failed to meet criteria set by FDA "
            "regulations.",
            "Our products meet criteria set by FDA regulations.",
        ),
    ],
)
def test_how_few_are_approved_and_rules_failed_are_no_seal(
    name: str, careful: str, advert: str
) -> None:
    flag_pair("fda-status-claim", careful, advert)


def test_purported_cures_are_reported_not_claimed() -> None:
    """ "Purported", like "purportedly", reports a claim as someone else's."""
    flag_pair(
        "cure-claim",
        "The clinic's purported cures for arthritis went untested.",
        "Our cells cure arthritis.",
    )


# -- Moved from tests/test_precision_rules5.py ---------------------------------------------
# Benefit claims a careful or research page only names are not its own (issue 14,
# precision, fifth round).
#
# Studies, reviews, news and surgeons' pages name what a study sets out to test, what is
# needed, what someone was told, what a stem cell is (a cell that can become fat or nerve),
# tissue that heals badly by itself, an attempt or a trial's aim, an operation ("repair or
# reconstruction", "performed rotator cuff repair"), the usual care named as minimally
# invasive, how donor cells are obtained, a low back, a made-to-measure brace, a symptom
# that passes by itself, inflamed tissue cut out, safety still to be shown; and a claim
# set off by an aside ("stem cells, she was told, could regrow ..."). For each rule,
# sentences of that kind that must not raise the claim, and advert sentences that still
# must. Safety said as a noun of the offer ("the efficacy and safety of this procedure")
# is now found.

RULES_PRECISION5 = [
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


@each_case(("name", "claim", "careful", "advert"), RULES_PRECISION5)
def test_a_claim_a_careful_page_only_names(
    name: str, claim: str, careful: str, advert: str
) -> None:
    claim_pair(claim, careful, advert)


@each_case(
    ("name", "careful", "advert"),
    [
        (
            "she-was-told",
            "Roberts went, and what she heard got her attention: stem cells, she was told, "
            "could regrow the cartilage in her knee.",
            "Stem cells, we insist, could regrow the cartilage in your knee.",
        ),
        (
            "it-is-claimed",
            "The injected cells, it is claimed, rebuild worn discs.",
            "The injected cells, as our studies show, rebuild worn discs.",
        ),
    ],
)
def test_an_aside_of_being_told_or_claiming_disowns_its_sentence(
    name: str, careful: str, advert: str
) -> None:
    claim_pair("tissue-regeneration", careful, advert)


@each_case(
    ("name", "advert"),
    [
        (
            "efficacy-and-safety-of-this",
            "Because of the efficacy and safety of this procedure, a new term has been coined.",
        ),
        (
            "safety-and-effectiveness-of-our",
            "We are proud of the safety and effectiveness of our treatment.",
        ),
        (
            "shown-safety",
            "Cells from marrow or fat have shown safety and modest pain relief in knee arthritis.",
        ),
    ],
)
def test_safety_said_as_a_noun_of_the_offer_is_a_claim(name: str, advert: str) -> None:
    assert "fewer-side-effects" in benefits(advert), advert


@each_case(
    ("name", "careful"),
    [
        (
            "trials-weigh",
            "Trials still have to weigh the efficacy and safety of stem cell injections.",
        ),
        (
            "yet-to-be-established",
            "The safety and efficacy of this therapy are yet to be established.",
        ),
        (
            "may-lack",
            "Biologic treatments may lack the demonstrated safety and efficacy of traditional "
            "therapies.",
        ),
    ],
)
def test_safety_as_a_noun_not_said_of_the_offer_is_no_claim(name: str, careful: str) -> None:
    assert "fewer-side-effects" not in benefits(careful), careful


@each_case(
    ("name", "claim", "advert"),
    [
        (
            "told-then-a-testimonial",
            "avoid-surgery",
            "I was told I would need a knee replacement, but thanks to stem cells I avoided "
            "surgery.",
        ),
        (
            "a-need-then-the-offer",
            "avoid-surgery",
            "There is a growing need for non-surgical care, and our stem cells let you avoid "
            "surgery.",
        ),
        (
            "disbelief-then-the-claim",
            "tissue-regeneration",
            "It is hard to believe, but our cells regrow cartilage.",
        ),
    ],
)
def test_a_told_need_or_disbelief_reaches_only_its_own_clause(
    name: str, claim: str, advert: str
) -> None:
    assert claim in benefits(advert), advert


# -- Moved from tests/test_redflag_precision.py --------------------------------------------
# Warning signs that careful and news pages only talk about (issue 14, precision).
#
# Each rule is a kind of sentence that discusses what adverts sell without selling it: a
# legal action, what one sees in ads, a reported word, a warning, a wish, a sports league,
# testimonials as a topic, FDA approval of other products, a count of trials, a place on a
# team, research called cutting-edge, medical tourism defined or counted. For each, careful
# sentences that must not raise the warning sign, and advert sentences that still must.

MANY_REDFLAG_PRECISION = (
    "Parkinson's disease, autism, multiple sclerosis, heart disease and macular degeneration"
)


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "many-conditions",
            "The clinic settled charges by the FTC that its therapy can treat "
            f"{MANY_REDFLAG_PRECISION}.",
            f"Our therapy can treat {MANY_REDFLAG_PRECISION}.",
        ),
        (
            "cure-claim",
            "The order bars the clinic from saying that its product cures arthritis.",
            "Our product cures arthritis.",
        ),
        (
            "cure-claim",
            "The clinic misrepresented that its product cures arthritis.",
            "Our injections cure arthritis.",
        ),
    ],
)
def test_a_legal_action_reports_or_forbids_claims(flag: str, careful: str, advert: str) -> None:
    _check(flag, careful, advert)


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "miracle-language",
            'If you have seen ads for exosomes, "next-generation stem cell treatment", '
            "you have met the hype.",
            "Our next-generation stem cell treatment rebuilds cartilage.",
        ),
        (
            "promised-results",
            "If you search online, you will see boutique practices promising knee "
            "regeneration, back pain relief and more.",
            "Our practice promises knee regeneration, back pain relief and more.",
        ),
        (
            "many-conditions",
            "Stem cell treatments marketed for joint pain, anti-aging, neurological "
            "conditions or aesthetic use are not FDA-approved for those purposes.",
            "Our stem cell treatments help joint pain, anti-aging, neurological conditions "
            "and aesthetic concerns.",
        ),
    ],
)
def test_what_ads_show_or_sell_things_as_is_reported(flag: str, careful: str, advert: str) -> None:
    _check(flag, careful, advert)


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "miracle-language",
            'Yet others have called them "miraculous."',
            "Our patients call the results miraculous.",
        ),
        (
            "high-success-rate",
            "They went to a seminar led by a chiropractor who said that the success rate "
            "of these procedures is around 80%.",
            "The success rate of our procedures is around 80%.",
        ),
        (
            "promised-results",
            '"You will be able to walk again without pain," are the words Frank was told.',
            '"You will be able to walk again without pain," says Dr. Lee.',
        ),
    ],
)
def test_words_put_in_others_mouths_are_not_the_pages_own(
    flag: str, careful: str, advert: str
) -> None:
    _check(flag, careful, advert)


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "medical-tourism",
            "Patients considering stem cell tourism should take heed of the case of a man "
            "who had overseas spinal implants.",
            "Patients from overseas come to our clinic for spinal implants.",
        ),
        (
            "medical-tourism",
            "The incidents have raised concerns about others who sought stem cell "
            "injection treatments abroad.",
            "We welcome people who seek stem cell injection treatments abroad.",
        ),
        (
            "cure-claim",
            "Such clinics are exploiting patients with promises of a cure.",
            "Our stem cells are a cure for arthritis.",
        ),
    ],
)
def test_a_warning_in_other_words_is_no_warning_sign(flag: str, careful: str, advert: str) -> None:
    _check(flag, careful, advert)


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "cure-claim",
            "Patients desperate for a cure will try anything.",
            "Our stem cells are a cure for arthritis.",
        ),
        (
            "miracle-language",
            "Patients desperate for a miracle will try anything.",
            "Our stem cells are a miracle for arthritis.",
        ),
        (
            "miracle-language",
            "Stem cells have gained a reputation as a miracle treatment.",
            "Stem cells are a miracle treatment for arthritis.",
        ),
        (
            "cure-claim",
            "Stem cells have gained a reputation as a potential cure for many ailments.",
            "Stem cells are a cure for many ailments.",
        ),
    ],
)
def test_a_wish_or_a_reputation_claims_nothing(flag: str, careful: str, advert: str) -> None:
    _check(flag, careful, advert)


@each_case(
    ("careful",),
    [
        ("An NFL spokesman said players may have the treatment.",),
        ("Manning has thrown thousands of perfect passes in NFL games.",),
        ("The NFL should fund research on these treatments.",),
        ("The NFL has a problem with stem cell treatments.",),
    ],
)
def test_a_sports_league_as_an_institution_is_no_testimonial(careful: str) -> None:
    _check("testimonials-as-evidence", careful, "NFL players choose our stem cell injections.")


@each_case(
    ("careful",),
    [
        ("Most of these clinics use testimonials from successfully treated patients.",),
        ("Use of testimonials",),
        ("The regulator looks at the disclaimers following testimonials.",),
        (
            "Testimonials that refer to these products are also likely to be "
            "considered advertising.",
        ),
        ("There is scant evidence that the shots work, aside from ardent testimonials.",),
    ],
)
def test_testimonials_as_a_topic_are_no_testimonial(careful: str) -> None:
    _check("testimonials-as-evidence", careful, "Read our patient testimonials.")


@each_case(
    ("careful",),
    [
        ("FDA approved hematopoietic stem cell transplants are covered by insurers.",),
        ("Hematopoietic stem cell transplants are FDA approved.",),
        ("The only FDA-approved stem cell products are blood-forming stem cells from cord blood.",),
        ("FDA has approved cord blood products for blood and immune disorders.",),
        (
            "There is a small number of FDA-approved cellular products used in very specific "
            "conditions.",
        ),
    ],
)
def test_fda_approval_of_other_products_is_no_fda_status_claim(careful: str) -> None:
    _check("fda-status-claim", careful, "Our cord blood products are FDA approved.")


def test_compliance_required_is_no_fda_status_claim() -> None:
    _check(
        "fda-status-claim",
        "The clinic cannot treat patients until it complies with FDA regulations.",
        "Our lab complies with FDA regulations.",
    )


def test_a_count_of_trials_is_no_count_of_conditions() -> None:
    _check(
        "many-conditions",
        "Stem cells are under study in hundreds of clinical trials as disease treatments.",
        "Our cells help with hundreds of diseases.",
    )


def test_a_place_on_a_team_is_no_booking() -> None:
    _check(
        "urgency-pressure",
        "He claimed a spot in the Yankees' starting rotation.",
        "Claim a spot in our next seminar.",
    )


def test_research_called_cutting_edge_is_not_the_offer() -> None:
    _check(
        "miracle-language",
        "Stem cells are the subject of cutting edge research in laboratories.",
        "Our cutting-edge treatment rebuilds cartilage.",
    )


@each_case(
    ("careful",),
    [
        ("Medical tourism, when Americans travel abroad for treatment, has been on the rise.",),
        (
            "Stem cell tourism: this means travelling, often abroad, to pay for "
            "unproven treatments.",
        ),
        ("Medical tourism, that is, going to another country for care, is growing.",),
        ("The number of medical tourists each year is in the millions.",),
    ],
)
def test_medical_tourism_defined_or_counted_is_not_offered(careful: str) -> None:
    _check("medical-tourism", careful, "Travel abroad for treatment at our clinic.")


def test_a_reported_lead_governs_past_negations_of_earlier_clauses() -> None:
    """ "Claimed as:" reaches every quoted item, though "no side effects" before "no
    rejection" is a negation of its own clause."""
    items = '"minimal side effects", "no side effects", "no rejection"'
    _check("own-cells-so-safe", f"Claimed as: {items}", f"Our promise: {items}")


@each_case(
    ("careful", "advert"),
    [
        (
            "Long-term safety is unknown, even with your own cells.",
            "Safety is guaranteed with your own cells.",
        ),
        (
            "Your own cells have still caused serious harm outside trials, so safety matters.",
            "Your own cells are safe.",
        ),
    ],
)
def test_own_cells_said_to_harm_or_of_unknown_safety_are_no_safety_claim(
    careful: str, advert: str
) -> None:
    _check("own-cells-so-safe", careful, advert)


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "medical-tourism",
            "Mexico is a common destination for dental and plastic surgery.",
            "Mexico is a leading destination for stem cell therapy.",
        ),
        (
            "testimonials-as-evidence",
            "In 18 tennis players with stubborn tennis elbow, pain fell.",
            "Tennis players choose our clinic.",
        ),
        (
            "no-risk-claim",
            "No study reported side effects with and without cells side by side.",
            "No study reported side effects.",
        ),
        (
            "high-success-rate",
            "In 2018, twelve US patients developed infections after cord blood products.",
            "In 2018, twelve US patients improved after our cord blood products.",
        ),
        (
            "high-success-rate",
            "Of the centres, 36 quoted success rates.",
            "Our success rate is 90%.",
        ),
    ],
)
def test_what_is_said_of_other_care_study_participants_or_harmed_patients(
    flag: str, careful: str, advert: str
) -> None:
    _check(flag, careful, advert)


def test_a_word_in_quotes_right_after_a_debunking_is_debunked() -> None:
    _check(
        "cure-claim",
        'The case shows unproven "cures" with no science behind them.',
        'Our treatment "cures" arthritis.',
    )


@each_case(
    ("flag", "careful", "advert"),
    [
        (
            "medical-tourism",
            "Patients who go abroad for stem cell, exosome, cancer or transplant services "
            "can be easy targets.",
            "Patients who go abroad for stem cell, exosome or transplant services love our clinic.",
        ),
        (
            "pay-up-front",
            "Clinics in a 2024 court case charged $41,500 for a package of twelve.",
            "We charge $41,500 for a package of twelve.",
        ),
        (
            "miracle-language",
            "Wouldn't it be great if there was a solution that was safe, effective and "
            "cutting-edge?",
            "Ours is a solution that is safe, effective and cutting-edge.",
        ),
        (
            "pay-to-join-trial",
            "Pointing to a listing on clinicaltrials.gov is used to suggest a compliance "
            "that does not exist.",
            "Our study has a listing on clinicaltrials.gov.",
        ),
    ],
)
def test_targets_court_cases_wishes_and_devices_are_not_the_offer(
    flag: str, careful: str, advert: str
) -> None:
    _check(flag, careful, advert)
