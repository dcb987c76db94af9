"""Wordings of claims, conditions and warning signs that the first runs of a series missed
or found wrongly (series aa to bx, co to cr, cs to cv).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cases import each_case
from findings import (
    claim_pair,
    clean,
    flag_pair,
    found,
    guarded_pair,
    one_cue_more_reads_as_a_warning,
    raises,
    red_flags,
    report_of,
)
from installed import stemcell

from stemcell_cli.check.words.cut_words import is_cut, without_cut_end

# -- Moved from tests/test_first_run_wordings.py -------------------------------------------
# Wordings of claims and conditions that the first runs of series aa to bx missed or
# misread (issue 14; the sentences and diagnoses are in benchmarks/adverts/first-runs/,
# aa-misses.txt to bx-misses.txt). Each test gives made-up wordings of the
# idea, never a page's sentence, and look-alikes that must not be read as it; each
# wording here was missed, or each look-alike found, before its rule was added.


@each_case(
    ("sentence",),
    [
        ("We treat chronic hip, knee and shoulder pain.",),
        ("Stem cells for back, knee or elbow pain.",),
        ("Help for hip and groin pain.",),
    ],
)
def test_a_joint_listed_before_one_pain_names_hip_or_knee_pain(sentence: str) -> None:
    assert "hip-and-knee-pain" in found("condition", sentence)


def test_a_joint_not_listed_with_the_pain_is_not_hip_or_knee_pain() -> None:
    assert "hip-and-knee-pain" not in found(
        "condition", "After a knee replacement and weeks of rest, pain eased."
    )


@each_case(
    ("sentence",),
    [
        ("When arthritis affects a knee, the cartilage wears away.",),
        ("Arthritis attacks the hips of older runners.",),
        ("Knee pain caused by arthritis can limit your day.",),
        ("Hip stiffness due to arthritis is common.",),
        ("Relief for knee pain from arthritis.",),
    ],
)
def test_arthritis_said_of_a_joint_by_a_verb_or_a_cause_is_osteoarthritis(sentence: str) -> None:
    assert "osteoarthritis" in found("condition", sentence)


def test_knee_pain_from_arthritis_still_names_knee_pain() -> None:
    assert {"osteoarthritis", "hip-and-knee-pain"} <= found(
        "condition", "Relief for knee pain from arthritis."
    )


def test_rheumatoid_arthritis_of_a_joint_is_not_osteoarthritis() -> None:
    conditions = found("condition", "When rheumatoid arthritis affects a knee it swells.")
    assert "osteoarthritis" not in conditions


@each_case(
    ("sentence",),
    [
        ("Most patients showed cartilage growth on their scans.",),
        ("Ultrasound showed increased cartilage thickness six months later.",),
        ("The scans showed bony repair over the cysts.",),
    ],
)
def test_new_tissue_said_as_a_noun_is_regeneration(sentence: str) -> None:
    assert "tissue-regeneration" in found("benefit", sentence)


def test_a_list_that_puts_collagen_before_growth_factors_is_no_regeneration() -> None:
    assert "tissue-regeneration" not in found(
        "benefit", "It contains collagen, growth factors and water."
    )


@each_case(
    ("sentence",),
    [
        ("It is a lasting solution without recurrence of pain.",),
        ("Patients heal with no relapse of symptoms.",),
    ],
)
def test_trouble_said_never_to_come_back_is_a_cure_claim(sentence: str) -> None:
    assert "cure-claim" in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [
        ("Steroid pills harm the stomach; stem cell therapy does not have these side effects.",),
        ("Unlike painkillers, our injections don't cause those side effects.",),
    ],
)
def test_side_effects_of_another_treatment_denied_is_fewer_side_effects(sentence: str) -> None:
    assert "fewer-side-effects" in found("benefit", sentence)


def test_a_treatment_said_to_have_side_effects_is_no_such_claim() -> None:
    sentence = "Like any injection, it does have side effects such as swelling."
    assert "fewer-side-effects" not in found("benefit", sentence)


def test_a_success_figure_beside_denied_side_effects_is_a_success_rate() -> None:
    sentence = "Our back treatments give over 90 % results and zero side effects."
    assert "high-success-rate" in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [
        ("In the trial, 10% of patients had side effects.",),
        ("The procedure has a 5% rate of complications.",),
    ],
)
def test_a_percentage_of_harm_is_no_success_rate(sentence: str) -> None:
    assert "high-success-rate" not in found("red_flag", sentence)


def test_a_safe_place_is_no_claim_that_the_treatment_is_safe() -> None:
    sentence = "Rules make sure injections are given by trained doctors in a safe environment."
    assert "fewer-side-effects" not in found("benefit", sentence)


def test_inflammatory_diseases_treated_are_no_claim_to_calm_inflammation() -> None:
    sentence = "We treat inflammatory conditions and joint pain with PRP."
    assert "reduced-inflammation" not in found("benefit", sentence)
    assert "reduced-inflammation" in found("benefit", "Our cells calm inflammation in the joint.")


@each_case(
    ("sentence",),
    [
        ("Our cells are approved by the U.S. Food and Drug Administration.",),
        ("Processed in compliance with the rules of the Food and Drug Administration.",),
    ],
)
def test_the_agency_by_its_full_name_is_the_fda(sentence: str) -> None:
    assert "fda-status-claim" in found("red_flag", sentence)


def test_a_full_stop_after_a_word_still_ends_the_sentence() -> None:
    """Only a dotted abbreviation ("U.S.") keeps a sentence whole."""
    text = "Our cells were approved by our review board. Food and Drug Administration staff came."
    assert "fda-status-claim" not in found("red_flag", text)


def test_safety_said_to_be_ensured_is_a_safety_claim() -> None:
    assert "fewer-side-effects" in found(
        "benefit", "Its safety is ensured by screening every donor."
    )


def test_research_that_shows_promise_for_undoing_damage_is_no_cure_claim() -> None:
    assert "cure-claim" not in found(
        "red_flag", "New research shows promise for undoing damage to joints."
    )
    assert "cure-claim" in found("red_flag", "Our injections undo the damage to your joints.")


@each_case(
    ("sentence",),
    [
        ("She had arthritis but was too old for a knee replacement.",),
        ("A hip replacement is often the end point of arthritis.",),
    ],
)
def test_arthritis_beside_the_joint_replacement_it_leads_to_is_osteoarthritis(
    sentence: str,
) -> None:
    assert "osteoarthritis" in found("condition", sentence)


def test_rheumatoid_arthritis_beside_a_knee_replacement_is_not_osteoarthritis() -> None:
    sentence = "She had rheumatoid arthritis and later a knee replacement."
    assert "osteoarthritis" not in found("condition", sentence)


def test_arthritis_of_the_thumbs_base_joint_is_osteoarthritis() -> None:
    assert "osteoarthritis" in found("condition", "He had severe arthritis in his CMC joint.")


def test_surgery_said_to_be_no_longer_necessary_is_avoided_surgery() -> None:
    sentence = "After the injections, another invasive surgery was no longer necessary."
    assert "avoid-surgery" in found("benefit", sentence)


def test_degeneration_minimized_is_delayed_degeneration() -> None:
    assert "delay-degeneration" in found("benefit", "The stem cells can minimize degeneration.")


def test_a_disc_named_last_in_a_list_of_injured_parts_is_a_disc_injury() -> None:
    sentence = "Rest the injured or degenerated joint or disc for two days."
    assert "spinal-disc-injuries" in found("condition", sentence)


def test_an_idea_said_to_be_fed_by_hype_is_not_the_pages_own_claim() -> None:
    sentence = "Celebrity stories fed the idea that stem cells are magic."
    assert "miracle-language" not in found("red_flag", sentence)
    assert "miracle-language" in found("red_flag", "Our stem cells are magic for knees.")


def test_a_safety_profile_said_to_be_unclear_is_no_safety_claim() -> None:
    sentence = "The safety profile of these spinal injections is still unclear."
    assert "fewer-side-effects" not in found("benefit", sentence)
    assert "fewer-side-effects" in found("benefit", "It has an excellent safety profile.")


def test_treatment_that_need_not_be_surgical_avoids_surgery() -> None:
    sentence = "For most labrum tears, treatment need not be surgical."
    assert "avoid-surgery" in found("benefit", sentence)


def test_degeneration_said_to_be_halted_in_the_passive_is_delayed_degeneration() -> None:
    sentence = "With stem cells, the progression of the disease can be halted."
    assert "delay-degeneration" in found("benefit", sentence)
    assert "delay-degeneration" not in found(
        "benefit", "Movement of degenerated joints is often limited."
    )


@each_case(
    ("sentence",),
    [("We treat avascular necrosis of the hip.",), ("Help for AVN of the hip without surgery.",)],
)
def test_bone_death_in_the_hip_is_a_hip_problem(sentence: str) -> None:
    assert "hip-and-knee-pain" in found("condition", sentence)


def test_the_idea_behind_an_offer_is_not_the_pages_own_claim() -> None:
    sentence = "The idea behind these offers is that the cells lower the inflammation."
    assert "reduced-inflammation" not in found("benefit", sentence)


def test_approval_given_by_the_agency_is_an_fda_claim() -> None:
    sentence = (
        "It was the first of its kind to be given approval by the Food and Drug Administration."
    )
    assert "fda-status-claim" in found("red_flag", sentence)
    assert "fda-status-claim" not in found("red_flag", "It has not been given approval by the FDA.")


@each_case(
    ("sentence",),
    [
        ("The employer offers a standard insurance package.",),
        ("The allograft is processed and packaged at a tissue bank.",),
    ],
)
def test_an_insurance_package_or_a_packaged_product_is_no_payment_up_front(sentence: str) -> None:
    assert "pay-up-front" not in found("red_flag", sentence)
    assert "pay-up-front" in found("red_flag", "Our knee package includes the hotel and flights.")


def test_pain_free_for_good_in_the_present_is_a_cure_and_a_promise() -> None:
    flags = found("red_flag", "After the injection you are permanently pain-free.")
    assert {"cure-claim", "promised-results"} <= flags


def test_what_the_usual_care_has_trouble_restoring_is_no_cure_claim() -> None:
    sentence = "We treat the tendons that physical therapy has trouble restoring fully."
    assert "cure-claim" not in found("red_flag", sentence)


def test_an_advantage_over_surgery_is_avoided_surgery() -> None:
    for sentence in (
        "Stem cell treatment has an advantage over surgeries.",
        "Compared with surgery, the procedure has an advantage: it is less invasive.",
    ):
        assert "avoid-surgery" in found("benefit", sentence), sentence


def test_knee_cartilage_conditions_name_knee_trouble() -> None:
    assert "hip-and-knee-pain" in found(
        "condition", "We treat symptomatic knee cartilage conditions."
    )


def test_stars_said_to_endorse_a_treatment_are_testimonials() -> None:
    sentence = "Our treatment is endorsed worldwide by global sports superstars."
    assert "testimonials-as-evidence" in found("red_flag", sentence)


def test_a_rule_that_treatments_must_be_shown_safe_is_no_safety_claim() -> None:
    sentence = "Clinics must submit clinical research showing that they are safe and effective."
    assert "fewer-side-effects" not in found("benefit", sentence)


def test_how_often_a_blind_needle_misses_is_no_success_rate() -> None:
    sentence = "Doctors working blind can miss the joint in as many as 14-45% of cases."
    assert "high-success-rate" not in found("red_flag", sentence)
    assert "high-success-rate" in found("red_flag", "We succeed in 90% of cases.")


def test_surgerys_long_recovery_avoided_is_avoided_surgery() -> None:
    sentence = "You may avoid the painful and lengthy recovery that usually comes after surgery."
    assert "avoid-surgery" in found("benefit", sentence)


def test_tendons_that_can_get_torn_name_a_tendon_injury() -> None:
    sentence = "Ligaments and tendons alike can get torn or injured through wear and tear."
    assert "tendon-and-ligament-injuries" in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("On the after MRI, the torn ligament is a solid dark band again.",),
        ("Here are the before images of her knee and the after images six months on.",),
        ("See the before-and-after MRI scans of our patients.",),
        ("Tom, a 61 year old carpenter, had torn his meniscus.",),
        ("Linda, whose torn rotator cuff healed after one injection, is back to swimming.",),
    ],
)
def test_a_named_patients_case_or_scans_before_and_after_are_testimonials(sentence: str) -> None:
    assert "testimonials-as-evidence" in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [
        ("Get an MRI before the injection and after it if pain returns.",),
        ("Rome, a 2000 year old city, hosts the congress.",),
        ("Smith, whose trial enrolled 40 patients, reported modest gains.",),
        ("The MRI before treatment shows the tear.",),
    ],
)
def test_scans_in_a_plan_a_place_or_an_authors_trial_are_no_testimonials(sentence: str) -> None:
    assert "testimonials-as-evidence" not in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [
        ("They can become a cartilage, a ligament or bone.",),
        ("These cells could become new tendon tissue.",),
    ],
)
def test_cells_that_can_become_a_tissue_regenerate_it(sentence: str) -> None:
    assert "tissue-regeneration" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [("The tendon can become a problem after years.",), ("Cartilage can become thin with age.",)],
)
def test_a_tissue_that_becomes_worse_is_no_regeneration(sentence: str) -> None:
    assert "tissue-regeneration" not in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Our injections slow and even reverse damage in the knee.",),
        ("We aim to halt or reverse wear.",),
    ],
)
def test_slowing_that_shares_its_object_with_reversing_delays_degeneration(sentence: str) -> None:
    assert "delay-degeneration" in found("benefit", sentence)


def test_slowing_healing_is_no_delayed_degeneration() -> None:
    assert "delay-degeneration" not in found(
        "benefit", "Smoking may slow healing and reverse gains."
    )


@each_case(
    ("sentence",),
    [
        ("Treatment there costs a fraction of the cost compared to other countries.",),
        ("Get treated at a fraction of the price charged in western countries.",),
    ],
)
def test_a_fraction_of_other_countries_prices_is_medical_tourism(sentence: str) -> None:
    assert "medical-tourism" in found("red_flag", sentence)


def test_a_fraction_of_the_cost_of_surgery_is_no_medical_tourism() -> None:
    assert "medical-tourism" not in found(
        "red_flag", "PRP costs a fraction of the cost of surgery."
    )


@each_case(
    ("sentence",),
    [
        ("It carries far less danger than invasive spinal surgery.",),
        ("Much less dangerous than surgery.",),
    ],
)
def test_less_danger_than_surgery_is_fewer_side_effects(sentence: str) -> None:
    assert "fewer-side-effects" in found("benefit", sentence)


def test_a_greater_danger_is_no_safety_claim() -> None:
    sentence = "Infection is a far greater danger than the needle."
    assert "fewer-side-effects" not in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("A labral tear in the hip causes groin pain.",),
        ("Hip labral tears respond to injections.",),
        ("The acetabular labrum was torn.",),
    ],
)
def test_a_labral_tear_of_the_hip_names_hip_trouble(sentence: str) -> None:
    assert "hip-and-knee-pain" in found("condition", sentence)


@each_case(
    ("sentence",), [("- Labral tears",), ("A labral tear of the shoulder causes clicking.",)]
)
def test_a_labral_tear_without_the_hip_names_no_hip_trouble(sentence: str) -> None:
    assert "hip-and-knee-pain" not in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("Your downtime will be a fraction of surgery's.",),
        ("Recovery takes half the time of an operation.",),
    ],
)
def test_a_recovery_set_against_surgerys_is_avoided_surgery(sentence: str) -> None:
    assert "avoid-surgery" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Rehab after surgery takes a third of a year.",),
        ("A fraction of patients need surgery after rehab.",),
    ],
)
def test_a_share_of_a_year_or_of_patients_is_no_avoided_surgery(sentence: str) -> None:
    assert "avoid-surgery" not in found("benefit", sentence)


def test_delaying_the_need_for_a_major_operation_delays_degeneration() -> None:
    sentence = "It can delay or potentially prevent the need for a major operation."
    assert "delay-degeneration" in found("benefit", sentence)


def test_delaying_the_need_for_pills_is_no_delayed_degeneration() -> None:
    assert "delay-degeneration" not in found(
        "benefit", "Exercise may delay the need for pain pills."
    )


@each_case(
    ("sentence",),
    [
        (
            "While these therapies are experimental in many parts of the world, "
            "Colombia allows them.",
        ),
        ("Colombia has taken a relatively progressive stance on stem cells.",),
    ],
)
def test_a_country_set_against_stricter_rules_elsewhere_is_medical_tourism(sentence: str) -> None:
    assert "medical-tourism" in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [("Our progressive approach to rehab helps.",), ("Colombia has a progressive tax system.",)],
)
def test_a_progressive_approach_or_tax_is_no_medical_tourism(sentence: str) -> None:
    assert "medical-tourism" not in found("red_flag", sentence)


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "benefit",
            "reduced-inflammation",
            "Its ingredients set off a local, controlled inflammatory process that heals.",
            "Our cells help control inflammation.",
        ),
        (
            "benefit",
            "avoid-surgery",
            "Cord cells are obtained without invasive procedures.",
            "Our treatment lets you heal without invasive surgery.",
        ),
        (
            "benefit",
            "personalized-treatment",
            "These injections are designed to help patients regain mobility.",
            "Each plan is designed for you alone.",
        ),
        (
            "red_flag",
            "high-success-rate",
            "The centers had a mean marketed clinical efficacy of 82.2%.",
            "Our treatment has a success rate of 90%.",
        ),
    ],
)
def test_what_a_treatment_sets_off_how_cells_are_got_a_purpose_and_a_marketed_figure_are_not_claims(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


@each_case(
    ("sentence",),
    [
        ("7/8 reported excellent results.",),
        ("At 12 months, 21 of the 26 patients had significant improvements in pain.",),
    ],
)
def test_a_share_of_patients_written_as_a_fraction_is_a_success_rate(sentence: str) -> None:
    assert "high-success-rate" in found("red_flag", sentence)


def test_a_share_of_patients_with_no_outcome_is_no_success_rate() -> None:
    assert "high-success-rate" not in found("red_flag", "Nine of the ten patients were women.")


@each_case(
    ("flag", "guarded", "still_found"),
    [
        (
            "promised-results",
            "They have been the most promising candidate cells for pain relief.",
            "We promise relief within weeks.",
        ),
        (
            "cure-claim",
            "This brings new therapies that hold out tantalizing cures back into view.",
            "Our cells cure arthritis.",
        ),
        (
            "testimonials-as-evidence",
            "Learn what the patient experience is like.",
            "Read our patient experiences.",
        ),
    ],
)
def test_a_researchers_hope_a_wary_cure_and_what_treatment_is_like_raise_no_flag(
    flag: str, guarded: str, still_found: str
) -> None:
    guarded_pair("red_flag", flag, guarded, still_found)


@each_case(
    ("kind", "entry", "sentence"),
    [
        (
            "benefit",
            "avoid-surgery",
            "Injuries reparable only by surgery are now repaired with shots.",
        ),
        (
            "benefit",
            "delay-degeneration",
            "It aims at slowing or even reversing the course of the disease.",
        ),
        ("red_flag", "high-success-rate", "Week 2: the patient reported 80% pain reduction."),
        ("red_flag", "testimonials-as-evidence", "Week 8: the patient was back to light jogging."),
    ],
)
def test_wordings_of_series_aw(kind: str, entry: str, sentence: str) -> None:
    assert entry in found(kind, sentence)


@each_case(
    ("kind", "entry", "sentence"),
    [
        ("benefit", "avoid-surgery", "Complete tears are treated only with surgery."),
        (
            "benefit",
            "fewer-side-effects",
            "It can shorten the recovery timeline for partial tears.",
        ),
        ("red_flag", "high-success-rate", "A 30% reduction in cost."),
        ("red_flag", "testimonials-as-evidence", "The patient is back to see the surgeon."),
    ],
)
def test_look_alikes_of_series_aws_wordings(kind: str, entry: str, sentence: str) -> None:
    assert entry not in found(kind, sentence)


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "red_flag",
            "testimonials-as-evidence",
            "The FDA uses reports of adverse events (unwanted patient experiences).",
            "Read our patient experiences.",
        ),
        (
            "benefit",
            "avoid-surgery",
            "We compare stem cells with commonly accepted non-surgical treatments for arthritis.",
            "There is one other, non-surgical option: stem cells.",
        ),
    ],
)
def test_harms_reported_and_the_usual_non_surgical_care_are_not_claims(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


def test_all_patients_improving_is_a_success_rate() -> None:
    assert "high-success-rate" in found("red_flag", "All his patients showed improvements in pain.")
    assert "high-success-rate" not in found("red_flag", "Not all patients showed improvement.")


@each_case(
    ("entry", "guarded", "still_found"),
    [
        (
            "tissue-regeneration",
            "Researchers studied biological augmentation of rotator cuff repair with stem cells.",
            "Our stem cells support rotator cuff repair without surgery.",
        ),
        (
            "delay-degeneration",
            "Once degenerating or torn, repair is slow.",
            "Stem cells slow degeneration.",
        ),
        (
            "reduced-inflammation",
            "Physiotherapy and anti-inflammatory treatment manage the symptoms.",
            "Our cells reduce inflammation in the joint.",
        ),
        (
            "avoid-surgery",
            "A trial of non-surgical management for 3 months is advised before an operation.",
            "Our non-surgical treatment repairs knees.",
        ),
    ],
)
def test_an_operation_slow_healing_usual_care_and_a_guidelines_first_step_are_not_claims(
    entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair("benefit", entry, guarded, still_found)


def test_torn_knee_cartilage_names_knee_trouble() -> None:
    assert "hip-and-knee-pain" in found("condition", "She tore cartilage in both her knees.")
    assert "hip-and-knee-pain" not in found(
        "condition", "Torn cartilage in the shoulder heals slowly, unlike the knee."
    )


@each_case(
    ("kind", "entry", "sentence"),
    [
        ("red_flag", "miracle-language", "It is the world's first treatment for cartilage damage."),
        ("red_flag", "promised-results", "Patients can live a pain-free life."),
        ("benefit", "avoid-surgery", "Another approach is to preserve the patient's own joint."),
        ("benefit", "tissue-regeneration", "The cells turn themselves into cartilage cells."),
        ("condition", "chronic-back-and-neck-pain", "Our spine pain clinic helps."),
    ],
)
def test_wordings_of_series_az(kind: str, entry: str, sentence: str) -> None:
    assert entry in found(kind, sentence)


def test_the_worlds_first_clinic_is_no_miracle_treatment() -> None:
    sentence = "We were the world's first clinic on earth to inject discs."
    assert "miracle-language" not in found("red_flag", sentence)


def test_damaged_tissue_replaced_with_healthy_tissue_is_regeneration() -> None:
    sentence = "It lets doctors replace damaged tissue in patients with healthy tissue."
    assert "tissue-regeneration" in found("benefit", sentence)
    implant = "Surgeons replace damaged cartilage with a metal and plastic joint."
    assert "tissue-regeneration" not in found("benefit", implant)


@each_case(
    ("kind", "entry", "sentence"),
    [
        ("condition", "hip-and-knee-pain", "Has a knee ligament tear slowed you down?"),
        ("condition", "hip-and-knee-pain", "After the fall her knee felt unstable on stairs."),
        (
            "benefit",
            "reduced-inflammation",
            "Our cell therapy acts as a powerful anti-inflammatory.",
        ),
        ("red_flag", "miracle-language", "Cell therapy opens a new chapter in healing."),
        ("red_flag", "medical-tourism", "Families look abroad when costs at home are too high."),
        ("red_flag", "medical-tourism", "Many travel here for stem cell shots that cost less."),
    ],
)
def test_wordings_of_series_ba_to_bd(kind: str, entry: str, sentence: str) -> None:
    assert entry in found(kind, sentence)


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "benefit",
            "reduced-inflammation",
            "Your doctor may suggest an over-the-counter anti-inflammatory first.",
            "The injection is a strong anti-inflammatory.",
        ),
        (
            "benefit",
            "reduced-inflammation",
            "Surgeons cut the inflamed tissue out of the elbow.",
            "The cells cut inflammation around the tendon.",
        ),
        (
            "benefit",
            "tissue-regeneration",
            "The disease pushes cartilage toward breakdown instead of repair.",
            "Our cells repair the joint rather than mask the pain.",
        ),
        (
            "benefit",
            "fewer-side-effects",
            "People ask: is it safe, and does it work?",
            "This therapy is safe.",
        ),
        (
            "red_flag",
            "high-success-rate",
            "She gives a booster shot to about 70% of her patients before the injection.",
            "About 70% of her patients felt better within weeks.",
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Download our brochure on the patient experience at the clinic.",
            "Read our patient experiences.",
        ),
        (
            "red_flag",
            "no-risk-claim",
            "Health agencies regulate clinics to ensure the safety of patients.",
            "We ensure the safety of every patient.",
        ),
    ],
)
def test_a_drug_an_operation_a_disease_a_question_a_share_given_and_a_booklet_are_not_claims(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


@each_case(
    ("kind", "entry", "sentence"),
    [
        ("condition", "osteoarthritis", "With arthritis in your hip, each step grinds."),
        ("condition", "osteoarthritis", "Years of wear and tear led to degeneration of the knee."),
        ("condition", "hip-and-knee-pain", "Stem Cell Injections for Hips"),
        ("condition", "hip-and-knee-pain", "We see all kinds of knee complaints."),
        (
            "benefit",
            "avoid-surgery",
            "For people who do not want an operation, cells are a choice.",
        ),
    ],
)
def test_wordings_of_series_be_to_bh(kind: str, entry: str, sentence: str) -> None:
    assert entry in found(kind, sentence)


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "benefit",
            "avoid-surgery",
            "The injection is non-invasive.",
            "The injection is a non-surgical option.",
        ),
        (
            "red_flag",
            "no-risk-claim",
            "Trials are needed to ensure that safe products reach the market.",
            "We ensure safe treatment for every patient.",
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Cell therapy can ease pain and may also boost their quality of life.",
            "The injections transformed her quality of life.",
        ),
    ],
)
def test_a_bare_non_invasive_safety_left_to_studies_and_an_aim_are_not_claims(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


@each_case(
    ("kind", "entry", "sentence"),
    [
        ("benefit", "avoid-surgery", "With cells, many can abstain from knee surgery."),
        ("condition", "chronic-back-and-neck-pain", "Say goodbye to your backpain."),
    ],
)
def test_wordings_of_series_bi_to_bl(kind: str, entry: str, sentence: str) -> None:
    assert entry in found(kind, sentence)


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "benefit",
            "avoid-surgery",
            "It is a minimally invasive procedure done in the office.",
            "It is a minimally invasive alternative to an operation.",
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "The surgeon has become something of a celebrity in his town.",
            "Celebrities like famous golfers trust our clinic.",
        ),
        (
            "red_flag",
            "cure-claim",
            "They fly abroad hoping to cure a child's illness.",
            "Our injections cure knee arthritis.",
        ),
    ],
)
def test_a_procedure_a_known_doctor_and_a_patients_hope_are_not_claims(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


def test_a_procedure_that_eliminates_the_dangers_tied_to_surgery_is_safer() -> None:
    assert "fewer-side-effects" in found(
        "benefit", "Done in the office, it eliminates the dangers tied to surgery."
    )


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "red_flag",
            "pay-up-front",
            "Exosomes are small packages of signals that cells release.",
            "Pay for the full package before your first visit.",
        ),
        (
            "benefit",
            "personalized-treatment",
            "These injections are the standard of care for specific conditions.",
            "Your plan is tailored to your own needs.",
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Ankle sprains are frequent, mostly in professional athletes.",
            "Famous athletes trust our stem cells.",
        ),
    ],
)
def test_exosome_packages_which_conditions_and_who_gets_hurt_are_not_claims(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


@each_case(
    ("sentence",),
    [
        ("On the scan day, WOMAC pain scores went from 70 to 35 (50% decline).",),
        ("The average decrease from baseline at one year was 40%.",),
        ("In the study, the pain reduction at 12 months was 55%.",),
    ],
)
def test_a_pain_score_fall_given_as_a_share_is_a_success_rate(sentence: str) -> None:
    assert "high-success-rate" in found("red_flag", sentence)


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "red_flag",
            "high-success-rate",
            "Members get a 15% reduction in the fee, and the decline in costs was 30%.",
            "The mean pain reduction was 60% at one year.",
        ),
        (
            "benefit",
            "avoid-surgery",
            "Cells augment surgical repair instead of replacing it when an operation is due.",
            "Stem cells are an alternative to surgery.",
        ),
        (
            "benefit",
            "personalized-treatment",
            "Ask: for my particular case, what does the evidence show?",
            "Your plan is tailored to your own needs.",
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Wrong answer: testimonials and before and after photos.",
            "Read the testimonials of our happy patients.",
        ),
        (
            "red_flag",
            "fda-status-claim",
            "Bad answer: we are FDA registered.",
            "We are FDA registered.",
        ),
    ],
)
def test_a_fee_cut_cells_added_to_surgery_the_readers_own_case_and_a_bad_answer_are_not_claims(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


@each_case(
    ("kind", "entry", "sentence"),
    [
        ("benefit", "delay-degeneration", "Our cells curb the progression of arthritis."),
        ("benefit", "avoid-surgery", "A gentle alternative to an endoprosthesis."),
    ],
)
def test_wordings_of_series_bo_and_bp(kind: str, entry: str, sentence: str) -> None:
    assert entry in found(kind, sentence)


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "red_flag",
            "urgency-pressure",
            "A new hip was long regarded as the last chance for a worn joint.",
            "Book now: this is your last chance at this price.",
        ),
        (
            "red_flag",
            "no-risk-claim",
            "The EU has a rule that ensures safety but slows new therapies.",
            "Our treatment ensures your safety.",
        ),
        (
            "benefit",
            "fewer-side-effects",
            "The EU has a rule that ensures safety but slows new therapies.",
            "Our treatment ensures your safety.",
        ),
    ],
)
def test_a_last_chance_as_regarded_and_safety_as_what_rules_are_for_are_not_claims(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


@each_case(
    ("kind", "entry", "sentence"),
    [
        (
            "red_flag",
            "own-cells-so-safe",
            "As the therapy uses your own cells, rejection worries are minimal.",
        ),
        ("red_flag", "high-success-rate", "No side effects and over 80 % results."),
        ("benefit", "delay-degeneration", "These cells reduce the progression of arthritis."),
        (
            "benefit",
            "tissue-regeneration",
            "Injections restore the normal integrity of the ligament.",
        ),
    ],
)
def test_wordings_of_series_bq_to_bt(kind: str, entry: str, sentence: str) -> None:
    assert entry in found(kind, sentence)


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "red_flag",
            "high-success-rate",
            "Complications occurred in as many as 5% of cases.",
            "Over 85% of patients improved.",
        ),
        (
            "benefit",
            "fewer-side-effects",
            "A new treatment has to be backed by evidence that it is safe.",
            "Our treatment is safe.",
        ),
        (
            "red_flag",
            "high-success-rate",
            "In the trial, 50 percent of patients get a placebo.",
            "In the study, 40 percent of patients improved.",
        ),
        (
            "red_flag",
            "promised-results",
            "Every volunteer is guaranteed to receive a cell injection.",
            "We guarantee results.",
        ),
        (
            "red_flag",
            "cure-claim",
            "Science is still far from being able to cure arthritis with cells.",
            "Our cells cure arthritis.",
        ),
    ],
)
def test_harms_a_trials_arms_evidence_still_required_and_what_science_cannot_yet_do(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


@each_case(
    ("kind", "entry", "sentence"),
    [
        ("benefit", "avoid-surgery", "Our method can replace 60% of knee surgeries."),
        ("red_flag", "high-success-rate", "Our method can replace 60% of knee surgeries."),
        ("benefit", "avoid-surgery", "Knee operations may soon be a thing of the past."),
        ("condition", "hip-and-knee-pain", "Her knee collapsed from osteonecrosis."),
        ("condition", "hip-and-knee-pain", "Osteonecrosis of the knee is rare."),
    ],
)
def test_wordings_of_series_bu_to_bw(kind: str, entry: str, sentence: str) -> None:
    assert entry in found(kind, sentence)


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "red_flag",
            "cure-claim",
            "Knee operations may soon be a thing of the past.",
            "Knee pain can be a thing of the past.",
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "With cells, patients experience accelerated healing.",
            "Read the testimonials of our happy patients.",
        ),
        (
            "red_flag",
            "high-success-rate",
            "Frozen shoulder affects 10% of patients over 50.",
            "Over 85% of patients improved.",
        ),
        (
            "red_flag",
            "pay-up-front",
            "Fat is taken from the deposits under the skin of the belly.",
            "A deposit is due before the first visit.",
        ),
    ],
)
def test_an_operation_done_away_with_healing_speed_how_common_and_fat_deposits_are_not_flags(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


@each_case(
    ("sentence",),
    [
        ("Steroids are only a short term fix for damaged cartilage.",),
        ("Painkillers are a band aid fix for worn joints.",),
    ],
)
def test_a_short_term_or_band_aid_fix_is_not_regeneration(sentence: str) -> None:
    """Each a wording of its own: written as "short term|band aid ... fix" the guard read
    "short", then "term" or "band", then "aid", and matched neither."""
    assert "tissue-regeneration" not in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Bone marrow cells are used to regenerate injured cartilage, muscles and ligaments.",),
        ("We repair and heal ligament and muscle injuries without surgery.",),
    ],
)
def test_a_ligament_that_shares_its_injury_word_with_another_tissue_is_injured(
    sentence: str,
) -> None:
    assert "tendon-and-ligament-injuries" in found("condition", sentence)


def test_injured_tissue_without_a_tendon_or_ligament_is_no_tendon_injury() -> None:
    assert "tendon-and-ligament-injuries" not in found(
        "condition", "We treat damaged cartilage and bone in the knee."
    )


@each_case(
    ("sentence",),
    [
        ("PRP injections reduce pain by 60-75% at 12 months.",),
        ("Our injections lowered stiffness by 40%.",),
    ],
)
def test_pain_said_to_fall_by_a_share_is_a_success_rate(sentence: str) -> None:
    assert "high-success-rate" in found("red_flag", sentence)


def test_a_rate_of_operations_cut_by_a_share_is_no_success_rate() -> None:
    assert "high-success-rate" not in found(
        "red_flag", "Rates of knee surgery were reduced by 20% in the region."
    )


def test_no_inherent_risk_is_an_absolute_safety_claim() -> None:
    sentence = "Transplanting the cells themselves carries no inherent risk."
    assert "no-risk-claim" in found("red_flag", sentence)
    assert "fewer-side-effects" in found("benefit", sentence)


def test_a_tendon_installed_is_no_payment_in_instalments() -> None:
    guarded_pair(
        "red_flag",
        "pay-up-front",
        "The surgeon installs the new tendon graft in the knee.",
        "Pay for your treatment in three monthly instalments.",
    )


@each_case(
    ("sentence",),
    [("Cells for runner's knee and sprains.",), ("We treat patellofemoral pain in runners.",)],
)
def test_runners_knee_is_knee_pain(sentence: str) -> None:
    assert "hip-and-knee-pain" in found("condition", sentence)


def test_inflammation_lowered_by_exercise_is_not_the_injections_claim() -> None:
    guarded_pair(
        "benefit",
        "reduced-inflammation",
        "Keep loading the knee: strength training reduces pain, lowers inflammation.",
        "After the injection, training is easier because the cells reduce inflammation.",
    )


@each_case(
    ("sentence",),
    [
        ("Knee replacement is something to be delayed for as long as possible.",),
        ("With our injections, knee replacement can be delayed for years.",),
    ],
)
def test_an_operation_put_off_in_the_passive_is_avoided_surgery(sentence: str) -> None:
    assert "avoid-surgery" in found("benefit", sentence)


def test_an_operation_postponed_by_an_event_is_no_claim() -> None:
    assert "avoid-surgery" not in found("benefit", "The operation was delayed by a week.")


@each_case(
    ("kind", "entry", "guarded", "still_found"),
    [
        (
            "red_flag",
            "medical-tourism",
            "The professor will speak at a public forum at the G Hotel in Galway.",
            "Your package includes a hotel near the clinic.",
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "The midfielder is famous for a whopping 72 sports injuries.",
            "Famous athletes such as Rafael Nadal had this treatment.",
        ),
    ],
)
def test_a_hotel_as_a_talks_venue_and_fame_for_injuries_are_no_flags(
    kind: str, entry: str, guarded: str, still_found: str
) -> None:
    guarded_pair(kind, entry, guarded, still_found)


def test_cells_that_come_from_the_patient_are_own_cells() -> None:
    flag_pair(
        "own-cells-so-safe",
        "Cells taken from the patient are spun in a centrifuge.",
        "The therapy is considered safe because the cells come from the patient.",
    )


def test_own_cells_said_after_a_comma_not_to_be_safe_are_no_safety_claim() -> None:
    careful = "Even when they are your own cells, they are not automatically safe."
    advert = "Because they are your own cells, they are always safe."
    flag_pair("own-cells-so-safe", careful, advert)
    guarded_pair("benefit", "fewer-side-effects", careful, advert)


def test_ligaments_said_first_and_then_to_tear_are_injured() -> None:
    sentence = (
        "Every ligament and tendon structure that holds the joint together can become"
        " stressed, strained or torn."
    )
    assert "tendon-and-ligament-injuries" in found("condition", sentence)
    assert "tendon-and-ligament-injuries" not in found(
        "condition", "Tendons attach muscle to bone, and the muscle can be strengthened."
    )


def test_an_fda_inspection_that_found_fault_is_no_seal() -> None:
    guarded_pair(
        "red_flag",
        "fda-status-claim",
        "A 2018 inspection by the FDA found that the company did not screen donors.",
        "Our lab was inspected by the FDA and no problems were found.",
    )


@each_case(
    ("kind", "entry", "sentence"),
    [
        ("benefit", "tissue-regeneration", "Stem cells can morph into cartilage cells."),
        ("benefit", "reduced-inflammation", "Our injections slow down the inflammation process."),
        ("red_flag", "fda-status-claim", "It is approved by governing bodies such as FDA."),
    ],
)
def test_morphing_slowing_down_and_the_fda_as_an_example_are_read(
    kind: str, entry: str, sentence: str
) -> None:
    assert entry in found(kind, sentence)


def test_slowing_down_oneself_is_no_claim_about_inflammation() -> None:
    assert "reduced-inflammation" not in found(
        "benefit", "Slow down and rest your knee after the injection."
    )


def test_a_fundamental_shift_in_treatment_is_miracle_language() -> None:
    flag_pair(
        "miracle-language",
        "There has been a fundamental shift in regulation since 2017.",
        "Stem cells represent a fundamental shift in approach to hard cases.",
    )


def test_healing_as_patients_experience_it_is_no_patient_story() -> None:
    flag_pair(
        "testimonials-as-evidence",
        "Stem cell therapy is changing the way patients experience healing.",
        "Read our patients' stories and reviews.",
    )


def test_a_sore_joint_named_by_example_as_the_hip_or_knee_is_hip_or_knee_pain() -> None:
    assert "hip-and-knee-pain" in found(
        "condition", "Cells go into a painful, degenerated joint such as the hip or knee."
    )
    assert "hip-and-knee-pain" not in found(
        "condition", "Joints such as the hip or knee are made of cartilage."
    )


@each_case(
    ("entry", "sentence"),
    [
        ("spinal-disc-injuries", "Stem cells do not work for disc-related low back pain."),
        ("chronic-back-and-neck-pain", "Cells for joint pain, back injuries and torn tendons."),
        ("hip-and-knee-pain", "She had pain in the left hip joint for years."),
    ],
)
def test_a_disc_as_the_pains_cause_a_back_injury_and_a_sides_hip_are_conditions(
    entry: str, sentence: str
) -> None:
    assert entry in found("condition", sentence)


def test_back_as_an_adverb_before_an_injury_word_is_no_back_condition() -> None:
    assert "chronic-back-and-neck-pain" not in found("condition", "He came back injury free.")


# -- Series cg to cj, the rest of their train misses (first-runs/cg-misses.txt to
# cj-misses.txt) -------------------------------------------------------------------------


def test_a_risk_or_an_incidence_figure_is_no_success_rate() -> None:
    flag_pair(
        "high-success-rate",
        "The condition develops at a risk of 0.4%, an incidence of one in a thousand patients.",
        "Our success rate is 0.4% short of perfect: 99.6% of patients improved.",
    )
    flag_pair(
        "high-success-rate",
        "The incidence is about 2% of adults a year.",
        "About 85% of our patients report less pain.",
    )


def test_the_time_an_injury_takes_to_heal_on_its_own_is_no_cure_claim() -> None:
    flag_pair(
        "cure-claim",
        "A bad sprain can take several months to heal completely.",
        "Our cells heal the ligament completely.",
    )


def test_every_patient_of_a_small_group_recovering_is_a_success_figure() -> None:
    flag_pair(
        "high-success-rate",
        "Eight patients joined, and all of them were seen twice.",
        "We treated eight patients, and all of them have recovered.",
    )


def test_inflammation_ratcheted_back_is_reduced() -> None:
    assert "reduced-inflammation" in found(
        "benefit", "Inflammation in the joint is ratcheted back by the cells."
    )
    assert "reduced-inflammation" in found("benefit", "The cells ratchet down inflammation.")


def test_a_patient_journey_as_a_path_of_care_is_no_patient_story() -> None:
    flag_pair(
        "testimonials-as-evidence",
        "Hope lasts a long time on the patient journey.",
        "Read Maria's journey back to the tennis court.",
    )


# -- Series ck to cn (first-runs/ck-misses.txt to cn-misses.txt) --------------------------


@each_case(
    ("sentence",),
    [
        ("Our cell therapy eliminates surgery for most patients.",),
        ("The injection does away with the operation.",),
        ("A shot that dispenses with knee replacement.",),
    ],
)
def test_surgery_eliminated_or_done_away_with_is_avoided(sentence: str) -> None:
    assert "avoid-surgery" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Antibiotics eliminate the infection after surgery.",),
        ("Surgery eliminates the damaged tissue.",),
    ],
)
def test_what_surgery_or_a_drug_eliminates_is_no_surgery_avoided(sentence: str) -> None:
    assert "avoid-surgery" not in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("She felt an ache in both knee joints on the stairs.",),
        ("Pain in either hip kept him awake.",),
        ("My knee was sore for years.",),
        ("His hips were painful every morning.",),
        ("Her knee got so achy she stopped running.",),
        ("Her hip used to be painful on long walks.",),
    ],
)
def test_pain_in_both_knees_and_a_knee_said_to_be_sore_are_hip_or_knee_pain(
    sentence: str,
) -> None:
    assert "hip-and-knee-pain" in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("Pain in both hands kept him awake.",),
        ("Your knee may be sore for a day or two.",),
        ("The knee is sore for a day after the injection.",),
    ],
)
def test_other_joints_and_soreness_after_the_injection_are_no_hip_or_knee_pain(
    sentence: str,
) -> None:
    assert "hip-and-knee-pain" not in found("condition", sentence)


def test_tendon_disorders_by_a_general_name_are_tendon_conditions() -> None:
    assert "tendon-and-ligament-injuries" in found(
        "condition", "Cells are sold for tendon disorders and ligament diseases."
    )
    assert "tendon-and-ligament-injuries" not in found(
        "condition", "Nerve disorders are not treated here."
    )


def test_a_share_of_clinics_or_websites_is_no_success_rate() -> None:
    flag_pair(
        "high-success-rate",
        "In the survey, 53% of clinics asked to see patients' scans.",
        "92% of our patients improved.",
    )
    flag_pair(
        "high-success-rate",
        "About 40 percent of websites mentioned their treatment fees.",
        "Our success rate is 90 percent.",
    )


def test_success_rates_as_one_topic_among_others_are_no_success_figure() -> None:
    flag_pair(
        "high-success-rate",
        "This guide covers costs, success rates and findings from research.",
        "Our success rates are the best in the state, at 92%.",
    )
    flag_pair(
        "high-success-rate",
        "- success rates and what the studies found;",
        "- success rates of 95% in our clinic;",
    )


@each_case(
    ("sentence",),
    [
        ("Runner's knee is more common among elite athletes.",),
        ("The prevalence is higher for professional athletes.",),
        ("Those most at risk are tennis, volleyball and soccer players.",),
    ],
)
def test_athletes_named_as_where_a_condition_is_common_are_no_testimonial(
    sentence: str,
) -> None:
    clean("testimonials-as-evidence", sentence)


def test_athletes_named_as_the_clinics_patients_are_still_a_testimonial() -> None:
    raises("testimonials-as-evidence", "Elite athletes choose our clinic.")


def test_an_injury_that_usually_heals_without_surgery_is_no_surgery_avoided() -> None:
    claim_pair(
        "avoid-surgery",
        "A mild MCL sprain usually heals without surgery.",
        "With our injections, your torn ligament heals without surgery.",
    )
    claim_pair(
        "avoid-surgery",
        "An isolated ACL tear often does not need surgery to heal.",
        "Our stem cells mean you do not need surgery.",
    )


def test_fda_approval_hoped_for_the_future_is_no_fda_claim() -> None:
    flag_pair(
        "fda-status-claim",
        "There is hope that cell therapy could become an FDA-approved treatment one day.",
        "We hope you will choose our FDA-approved treatment.",
    )
    flag_pair(
        "fda-status-claim",
        "Stem cells may be FDA approved for arthritis down the road.",
        "Our lab is FDA approved.",
    )


def test_diseases_named_as_where_research_has_focused_are_no_offer_for_many() -> None:
    flag_pair(
        "many-conditions",
        "Research has focused on serious diseases such as lupus, Parkinson's disease and cancer.",
        "We treat lupus, Parkinson's disease and cancer with our cells.",
    )
    raises(
        "many-conditions",
        "Our clinic has focused on lupus, Parkinson's disease and cancer for years.",
    )


# -- Another treatment named before a claim (data/check/advert_words.yaml,
# rival_treatments: and claim_keepers:) --------------------------------------------------


@each_case(
    ("entry", "rivals", "own"),
    [
        (
            "promised-results",
            "Cortisone shots bring relief within days.",
            "Our injections bring relief within days.",
        ),
        (
            "avoid-surgery",
            "Physical therapy helps many patients avoid surgery.",
            "Stem cells help many patients avoid surgery.",
        ),
        (
            "high-success-rate",
            "Knee replacement surgery has a 90% success rate.",
            "Our knee injections have a 90% success rate.",
        ),
        (
            "reduced-inflammation",
            "Non-steroidal anti-inflammatory drugs reduce inflammation for a while.",
            "Avoid surgery and relieve inflammation naturally.",
        ),
    ],
)
def test_a_claim_said_of_another_treatment_is_not_the_adverts(
    entry: str, rivals: str, own: str
) -> None:
    kind = "benefit" if entry in ("avoid-surgery", "reduced-inflammation") else "red_flag"
    guarded_pair(kind, entry, rivals, own)


# -- Moved from tests/test_first_run_wordings2.py ------------------------------------------
# Wordings of claims, conditions and warning signs that the first runs of series co to
# cr missed or misread (round-cocr; the sentences and diagnoses are in
# benchmarks/adverts/first-runs/, co-misses.txt to cr-misses.txt). Each test gives made-up
# wordings of the idea, never a page's sentence, and look-alikes that must not be read as
# it; each wording here was missed, or each look-alike found, before its rule was added.

# -- Series co to cr (round-cocr, 2026-11-27) -------------------------------------------


@each_case(
    ("sentence",),
    [
        ("We treat sacroiliitis with a single guided injection.",),
        ("Inflamed sacroiliac joints respond well to our care.",),
        ("Relief for inflammation of the sacroiliac joint.",),
        ("Is SI joint dysfunction keeping you up at night?",),
    ],
)
def test_a_painful_or_inflamed_sacroiliac_joint_is_back_pain(sentence: str) -> None:
    assert "chronic-back-and-neck-pain" in found("condition", sentence)


def test_the_sacroiliac_joints_named_as_anatomy_are_no_back_pain() -> None:
    sentence = "The sacroiliac joints link the pelvis to the base of the spine."
    assert "chronic-back-and-neck-pain" not in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("Our injections are an alternative to arthroscopic treatment.",),
        ("Cells can spare many runners an arthroscopic procedure.",),
        ("Our shots are an alternative to months of painful rehab and to an arthroscopy.",),
        ("An alternative to weeks in a brace and to an operation.",),
    ],
)
def test_an_arthroscopic_operation_or_one_listed_last_is_surgery_avoided(sentence: str) -> None:
    assert "avoid-surgery" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("An alternative to rest, the brace is worn after an operation.",),
        (
            "Options: care without needles (heat, ultrasound, shockwave) and "
            "surgery as a last resort.",
        ),
    ],
)
def test_an_operation_named_beside_an_alternative_to_something_else_is_not_avoided(
    sentence: str,
) -> None:
    assert "avoid-surgery" not in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Pause your anti-inflammatory treatments a week before the injection.",),
        ("Please stop fish oil, aspirin and other supplements with anti-inflammatory effects.",),
        ("Discontinue anti-inflammatory treatments for ten days after the procedure.",),
    ],
)
def test_anti_inflammatory_medicines_the_patient_must_stop_are_no_claim(sentence: str) -> None:
    assert "reduced-inflammation" not in found("benefit", sentence)


def test_cells_with_anti_inflammatory_effects_still_reduce_inflammation() -> None:
    sentence = "Stop the pain: our cells release anti-inflammatory signals."
    assert "reduced-inflammation" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Block the swelling and you block the repair.",),
        ("Suppressing inflammation can slow healing of the tendon.",),
        ("If you shut down the inflammatory response, you halt the healing.",),
    ],
)
def test_calming_inflammation_said_to_stop_healing_is_no_claim(sentence: str) -> None:
    assert "reduced-inflammation" not in found("benefit", sentence)


def test_calming_inflammation_so_that_healing_follows_is_still_the_claim() -> None:
    sentence = "Our cells calm the inflammation and speed the healing."
    assert "reduced-inflammation" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Residents should take every caution when they seek such therapies overseas.",),
        ("Please exercise extreme caution when you seek stem cells overseas.",),
        ("Take great care when you look for these treatments overseas.",),
    ],
)
def test_a_caution_to_the_reader_about_treatment_abroad_offers_no_travel(sentence: str) -> None:
    assert "medical-tourism" not in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [
        ("Overseas regulators class these injections as experimental.",),
        ("Overseas governments have banned such injections.",),
    ],
)
def test_overseas_rules_named_are_no_offer_of_treatment_abroad(sentence: str) -> None:
    assert "medical-tourism" not in found("red_flag", sentence)


def test_treatment_abroad_offered_before_a_caution_about_others_is_still_travel() -> None:
    sentence = "Get treated overseas at our partner clinic, and take care of yourself."
    assert "medical-tourism" in found("red_flag", sentence)


@each_case(("heading",), [("A Hypothetical Story",), ("An Invented Story",)])
def test_a_made_up_or_composite_story_is_no_patient_story(heading: str) -> None:
    assert "testimonials-as-evidence" not in found("red_flag", heading)


def test_a_named_patients_story_is_still_a_patient_story() -> None:
    assert "testimonials-as-evidence" in found("red_flag", "Adriana's Story")


@each_case(
    ("sentence",),
    [
        ("Could these shots cure my back pain?",),
        ("Will PRP cure my knee arthritis?",),
    ],
)
def test_a_readers_question_whether_it_cures_them_is_no_cure_claim(sentence: str) -> None:
    assert "cure-claim" not in found("red_flag", sentence)


def test_a_rhetorical_question_put_to_the_reader_is_still_a_cure_claim() -> None:
    assert "cure-claim" in found("red_flag", "Can stem cells cure your knee pain? Yes, they can.")


def test_diseases_named_as_what_insurance_covers_are_not_many_conditions_offered() -> None:
    lines = (
        "Knee arthritis and tendon injuries are not covered by most plans.",
        "Sometimes covered for diabetic foot ulcers and certain eye diseases.",
    )
    assert "many-conditions" not in found("red_flag", *lines)


def test_the_same_diseases_treated_are_still_many_conditions() -> None:
    sentence = "We treat knee arthritis, diabetic foot ulcers and eye diseases."
    assert "many-conditions" in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [
        ("Surgeons inject the cells in the hope of regrowing cartilage.",),
        ("Patients go abroad hoping to repair worn knees.",),
    ],
)
def test_regeneration_hoped_for_is_no_regeneration_claim(sentence: str) -> None:
    assert "tissue-regeneration" not in found("benefit", sentence)


def test_a_hope_elsewhere_in_the_sentence_leaves_regeneration_claimed() -> None:
    sentence = "We hope to see you soon: our cells rebuild cartilage."
    assert "tissue-regeneration" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Evaluation of PRP as a routine treatment for tendon healing",),
        ("Appraisal of bone marrow concentrate as therapy for cartilage regeneration",),
    ],
)
def test_a_treatment_named_as_what_is_evaluated_is_no_regeneration_claim(sentence: str) -> None:
    assert "tissue-regeneration" not in found("benefit", sentence)


def test_an_evaluation_in_a_clause_of_its_own_leaves_regeneration_claimed() -> None:
    sentence = "An evaluation of your knee comes first; then our cells regrow the cartilage."
    assert "tissue-regeneration" in found("benefit", sentence)


def test_a_use_said_to_wait_on_evidence_is_no_regeneration_claim() -> None:
    guarded_pair(
        "benefit",
        "tissue-regeneration",
        "Cell injections for disc repair will be adopted widely only once trials show a benefit.",
        "Our cells regrow cartilage, and only if you are over 40 do we add a second shot.",
    )


# -- Moved from tests/test_first_run_wordings3.py ------------------------------------------
# Wordings of claims and conditions that the first runs of series cs to cv missed or
# misread (the sentences and diagnoses are in benchmarks/adverts/first-runs/,
# cs-misses.txt to cv-misses.txt). Each test gives made-up wordings of the idea, never a
# page's sentence, and look-alikes that must not be read as it; each wording here was
# missed, or each look-alike found, before its rule was added.

# -- Series cs to cv (first-runs/cs-misses.txt to cv-misses.txt) --------------------------


@each_case(
    ("sentence",),
    [
        ("Caught early, knee osteoarthritis can be halted by one injection.",),
        ("With an early injection, arthritis of the hip could be prevented.",),
    ],
)
def test_arthritis_said_to_be_prevented_or_halted_is_delayed_degeneration(sentence: str) -> None:
    assert "delay-degeneration" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Much arthritis can be prevented by keeping a healthy weight.",),
        ("Osteoarthritis may be prevented with regular exercise.",),
    ],
)
def test_arthritis_prevented_by_a_healthy_life_is_no_delayed_degeneration(sentence: str) -> None:
    assert "delay-degeneration" not in found("benefit", sentence)


def test_for_good_balance_is_no_cure_for_good() -> None:
    guarded_pair(
        "red_flag",
        "cure-claim",
        "Strong calf muscles are needed for good balance when you walk.",
        "One injection ends your heel pain for good.",
    )


def test_a_share_of_cases_that_are_curable_is_no_success_rate() -> None:
    guarded_pair(
        "red_flag",
        "high-success-rate",
        "Heel pain of this kind is curable in over 90% of cases.",
        "Our injection relieved heel pain in 90% of cases.",
    )


def test_a_private_care_unit_is_no_private_car() -> None:
    guarded_pair(
        "red_flag",
        "medical-tourism",
        "Westfield Private Care: knee clinic",
        "The package includes a private car from the airport.",
    )


def test_success_rates_listed_among_topics_with_commas_are_no_success_figure() -> None:
    guarded_pair(
        "red_flag",
        "high-success-rate",
        "We cover prices, success rates, and the key considerations for travellers.",
        "Our success rates are the best in the country, at 92%.",
    )


@each_case(
    ("sentence",),
    [
        ("Cells help with muscle, tendon and labrum tears.",),
        ("We see bone, tendon or meniscus injuries.",),
        ("Grafts are used for tendons and other soft tissue injuries.",),
    ],
)
def test_a_tendon_listed_before_the_injury_names_a_tendon_injury(sentence: str) -> None:
    assert "tendon-and-ligament-injuries" in found("condition", sentence)


def test_a_tendon_listed_far_from_an_injury_names_no_tendon_injury() -> None:
    assert "tendon-and-ligament-injuries" not in found(
        "condition", "Tendons and muscles hold the joint still, which helps avoid injuries."
    )


@each_case(
    ("sentence",),
    [
        ("Footballers come to us with sprained knees.",),
        ("A twisted knee kept her off the pitch.",),
        ("Help for knee sprains in young athletes.",),
    ],
)
def test_a_sprained_or_twisted_knee_is_hip_or_knee_pain(sentence: str) -> None:
    assert "hip-and-knee-pain" in found("condition", sentence)


def test_a_sprained_ankle_is_no_knee_pain() -> None:
    assert "hip-and-knee-pain" not in found("condition", "A sprained ankle kept her off the pitch.")


@each_case(
    ("sentence",),
    [
        ("Products meant for the cure, treatment or prevention of disease are drugs.",),
        ("A product intended to cure, mitigate or prevent diseases is a drug under the law.",),
    ],
)
def test_the_legal_definition_of_a_drug_is_no_cure_claim(sentence: str) -> None:
    assert "cure-claim" not in found("red_flag", sentence)


def test_a_cure_offered_is_still_a_cure_claim() -> None:
    assert "cure-claim" in found("red_flag", "Our stem cells cure arthritis and prevent disease.")


def test_a_reference_number_is_no_success_figure() -> None:
    guarded_pair(
        "red_flag",
        "high-success-rate",
        "Reference CBER 21-445512 Product: Biologics Recipient: a clinic",
        "9 of 10 patients improved.",
    )


@each_case(
    ("sentence",),
    [
        ("The company held a sales show in a hotel down the street.",),
        ("Join our free dinner at a nearby hotel on Tuesday.",),
    ],
)
def test_a_hotel_in_town_as_a_sales_venue_is_no_travel(sentence: str) -> None:
    assert "medical-tourism" not in found("red_flag", sentence)


def test_a_hotel_stay_abroad_is_still_travel() -> None:
    assert "medical-tourism" in found(
        "red_flag", "Your package includes the hotel and transfers in Cancun."
    )


def test_testimonials_that_lured_a_patient_are_not_the_pages_own() -> None:
    guarded_pair(
        "red_flag",
        "testimonials-as-evidence",
        "The testimonials on their website drew him in even further.",
        "Read the testimonials of our happy patients.",
    )


def test_a_miracle_denied_in_quotes_is_no_miracle_language() -> None:
    guarded_pair(
        "red_flag",
        "miracle-language",
        'These shots are neither "miracle cures" nor safe.',
        'Our shots are "miracle cures" for arthritis.',
    )


@each_case(
    ("sentence",),
    [
        ("The effect starts right after the injection.",),
        ("Its effects begin at once, within the first day.",),
    ],
)
def test_the_effect_said_to_start_at_once_is_a_promised_result(sentence: str) -> None:
    assert "promised-results" in found("red_flag", sentence)


def test_a_numbing_effect_that_starts_at_once_is_no_promised_result() -> None:
    assert "promised-results" not in found(
        "red_flag", "The numbing effect starts right away, so the harvest does not hurt."
    )


def test_own_cells_as_the_subject_of_has_become_safe_is_own_cells_so_safe() -> None:
    guarded_pair(
        "red_flag",
        "own-cells-so-safe",
        "Injecting your own fat cells into the knee joint has become popular, though its"
        " safety is unknown.",
        "Putting your own fat cells into the sore and stiff joint has become a gentle, safe"
        " choice.",
    )


@each_case(
    ("flag", "sentence"),
    [
        (
            "miracle-language",
            "At the seminar they're told that, despite worn knees, magic shots will fix them.",
        ),
        (
            "cure-claim",
            "Patients are told that although their hips are worn, the cells leave them like new.",
        ),
        (
            "miracle-language",
            "Salesmen who tell people that even with worn hips, magic shots help.",
        ),
    ],
)
def test_a_pitch_told_after_a_concession_is_reported(flag: str, sentence: str) -> None:
    assert flag not in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [
        ("Although your hips are worn, our cells leave them like new.",),
        ("We tell patients that even with worn hips, our cells leave them like new.",),
    ],
)
def test_a_cure_after_a_concession_of_ones_own_still_counts(sentence: str) -> None:
    assert "cure-claim" in found("red_flag", sentence)


# -- Round vocab1: series fe and ff (first-runs/fe-misses.txt, ff-misses.txt) -------------
# Vocabulary gaps of structures the label spec names: a ligament injury told with a verb
# (`condition_phrases:` tendon-and-ligament-injuries), wear said as "degradation" or
# "breakdown" of a tissue (`degeneration:`), an operation named "surgical measures"
# (`surgery:`), a gain in movement or less pain promised with "you will" (promised-results'
# phrases), and players as the group a doctor treats another way (testimonials guards).


@each_case(
    ("sentence",),
    [
        ("Last spring she tore her anterior cruciate ligament skiing.",),
        ("He snapped his patellar tendon during a match.",),
        ("My son broke his collateral ligament playing rugby.",),
    ],
)
def test_a_ligament_or_tendon_injured_with_a_verb_is_a_tendon_injury(sentence: str) -> None:
    assert "tendon-and-ligament-injuries" in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("She broke her wrist, but her ligaments were spared.",),
        ("He tore his jacket on the fence near the ligament lab.",),
    ],
)
def test_a_verb_of_injury_said_of_something_else_names_no_tendon_injury(sentence: str) -> None:
    assert "tendon-and-ligament-injuries" not in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("Our injections slow down the degradation of the remaining cartilage.",),
        ("The cells help curb cartilage breakdown in the knee.",),
    ],
)
def test_slowing_the_breakdown_of_a_tissue_is_delayed_degeneration(sentence: str) -> None:
    assert "delay-degeneration" in found("benefit", sentence)


def test_the_breakdown_of_cartilage_named_as_the_disease_slows_nothing() -> None:
    claim_pair(
        "delay-degeneration",
        "Osteoarthritis is the gradual breakdown of cartilage in a joint.",
        "Our cell therapy can slow the breakdown of cartilage in your knee.",
    )


def test_healing_without_surgical_measures_avoids_surgery() -> None:
    claim_pair(
        "avoid-surgery",
        "Surgical measures are sometimes needed when a tendon is fully torn.",
        "Our therapy lets a damaged knee heal without surgical measures.",
    )


@each_case(
    ("sentence",),
    [
        ("After the injection your knee will steadily gain more mobility.",),
        ("Within weeks you'll regain strength in the shoulder.",),
        ("You will have less and less pain as the joint heals.",),
    ],
)
def test_a_gain_or_less_pain_said_with_you_will_is_a_promise(sentence: str) -> None:
    raises("promised-results", sentence)


@each_case(
    ("sentence",),
    [
        ("You will need to gain more mobility before the injection.",),
        ("You will feel less pain during the injection thanks to a numbing cream.",),
        ("You will have no pain medication after the procedure.",),
    ],
)
def test_you_will_of_a_task_or_of_the_shot_promises_nothing(sentence: str) -> None:
    clean("promised-results", sentence)


def test_players_treated_another_way_are_no_proof() -> None:
    flag_pair(
        "testimonials-as-evidence",
        "For elite athletes, our surgeon takes another approach with a stem cell injection.",
        "Elite athletes trust our stem cell injections to get back on the field.",
    )


def test_movement_won_back_after_an_operation_is_its_recovery_not_a_promise() -> None:
    flag_pair(
        "promised-results",
        "After knee replacement surgery you will slowly regain mobility over many months.",
        "Without surgery, you will regain mobility within weeks of our injection.",
    )


# -- Round firstfg1: series fg (first-runs/fg-misses.txt) --------------------------------
# Each reads a structure of the label spec, not series fg's words: an approval that names
# its agencies in brackets right after it (fda-status-claim; `regulations_told.Rules.
# unbracketed`), safety as what a step is "to ensure" or "to make sure" of, read as a
# condition (`hopes.MAKING_SURE`), a healing told as a deed done to one person ("healed my
# ..."), which is neither the offer's repair nor a promise (`own_course: course:` and
# `unpromised:`, one wording), and a story's own pain ended in the past ("the pain was
# gone"), a story's outcome half (`story-outcome`).


@each_case(
    ("sentence",),
    [
        ("Our system holds every approval required (FDA, CE).",),
        ("The device is fully cleared (FDA) for use in joints.",),
        ("The kit carries all the certificates (FDA, EU MDR) a clinic needs.",),
    ],
)
def test_an_approval_that_names_the_fda_in_brackets_is_a_seal(sentence: str) -> None:
    raises("fda-status-claim", sentence)


@each_case(
    ("sentence",),
    [
        ("The device is still awaiting approval, FDA officials said.",),
        ("Approval: FDA has not ruled on the product yet.",),
        ("It won approval in Europe; FDA review goes on.",),
    ],
)
def test_the_fda_after_an_approval_outside_brackets_is_another_statement(sentence: str) -> None:
    clean("fda-status-claim", sentence)


@each_case(
    ("sentence",),
    [
        (
            "Each clinic must keep a follow-up plan to ensure that the therapy works and has no"
            " side effects.",
        ),
        ("A registry is kept to confirm that the treatment causes no complications.",),
        ("Inspectors review the records to make sure the product has no adverse effects.",),
    ],
)
def test_safety_a_step_is_to_make_sure_of_is_no_claim(sentence: str) -> None:
    clean("no-risk-claim", sentence)
    assert "fewer-side-effects" not in found("benefit", sentence), sentence


@each_case(
    ("sentence",),
    [
        # "ensure" said by the seller, with no "to" of purpose
        ("We ensure there are no side effects.",),
        # the writer's own "our" between the purpose and the finding
        ("We use your own cells to make sure our injections cause no side effects.",),
        # past a comma, the main clause speaks
        ("To make sure you heal well, our injections have no side effects.",),
    ],
)
def test_safety_the_offer_makes_sure_of_is_still_a_claim(sentence: str) -> None:
    raises("no-risk-claim", sentence)


@each_case(
    ("sentence",),
    [
        ("\u201cDr. Okafor healed my son's wound in a week,\u201d Maria says.",),
        ("Her podiatrist healed his leg wound in ten days.",),
    ],
)
def test_a_healing_told_as_a_deed_done_to_one_person_is_no_repair_or_promise(
    sentence: str,
) -> None:
    assert "tissue-regeneration" not in found("benefit", sentence), sentence
    clean("promised-results", sentence)


def test_a_deed_done_with_the_treatment_named_is_still_the_repair() -> None:
    claim_pair(
        "tissue-regeneration",
        "Dr. Okafor healed my torn tendon in a few weeks.",
        "The stem cell injection healed my torn tendon in a few weeks.",
    )


@each_case(
    ("sentence",),
    [
        ("You will be healed within two weeks.",),
        ("Our injections heal your torn tendon within weeks.",),
    ],
)
def test_a_healing_promised_is_still_a_promise(sentence: str) -> None:
    raises("promised-results", sentence)


@each_case(
    ("sentence",),
    [
        ("She had the stem cell injection in March, and the pain was gone by May.",),
        ("Dr. Ruiz gave him a PRP shot. Within a month the swelling had subsided.",),
        ("He chose the procedure for his knee, and the pain went away.",),
    ],
)
def test_a_storys_pain_ended_in_the_past_is_its_outcome(sentence: str) -> None:
    raises("testimonials-as-evidence", sentence)


@each_case(
    ("sentence",),
    [
        ("If she has the procedure, the pain will be gone.",),
        ("She had the injection, but the pain was not gone.",),
        ("The pain was gone for a while, then came back.",),
    ],
)
def test_a_pain_ended_with_no_story_or_not_yet_is_no_outcome(sentence: str) -> None:
    clean("testimonials-as-evidence", sentence)


# -- Round firstfh1: series fh (first-runs/fh-misses.txt) --------------------------------
# Each reads a structure of the label spec, not series fh's words: a body system's or
# organ's disease said with an everyday noun after the organ ("heart ailments", "eye
# troubles": `organ-troubles` in `other_conditions:`), counted for many-conditions; a
# standards word said equal to the FDA's ("on a par with", "comparable to": `on-par`), the
# agency's standard used as a seal (fda-status-claim). fh11's "diseases once thought
# incurable", now treated, is the spec's "until now" and stays miracle-language. Results
# praised with no outcome or time are no promise (flags9's wordings, removed, are in
# test_red_flag_wordings.py), and only "in his own words" leads in a patient's story.


@each_case(
    ("sentence",),
    [
        ("We offer cell therapy for cancers, heart ailments, Parkinson's and Alzheimer's.",),
        ("Our stem cells treat knee arthritis, heart problems and eye troubles.",),
        ("Cell therapy for joint troubles, brain disorders and liver complaints.",),
        ("Injections for arthritis, lung ailments and kidney problems.",),
    ],
)
def test_an_organs_disease_in_everyday_words_counts_for_many_conditions(sentence: str) -> None:
    raises("many-conditions", sentence)


@each_case(
    ("sentence",),
    [
        ("The heart of the problem is worn cartilage in the knee.",),
        # psoriasis named again as a skin condition is one disease, not a skin system
        ("This autoimmune skin condition, psoriasis, often comes with psoriatic arthritis.",),
        # skin disorders named as a bar to treatment, not as a use
        (
            "We treat knee osteoarthritis in patients with diabetes, but not in those with"
            " acute skin disorders.",
        ),
    ],
)
def test_an_organ_word_with_no_disease_or_the_skin_adds_no_body_system(sentence: str) -> None:
    clean("many-conditions", sentence)


@each_case(
    ("sentence",),
    [
        ("Our lab keeps quality standards equal to those of the US Food and Drug Administration.",),
        ("Our clinic's protocols are comparable to FDA guidelines.",),
        ("Sterility norms at par with the FDA's are kept in our lab.",),
    ],
)
def test_standards_said_equal_to_the_fdas_are_a_seal(sentence: str) -> None:
    raises("fda-status-claim", sentence)


@each_case(
    ("sentence",),
    [
        # an agency named as another country's FDA: no standard said equal
        ("INVIMA is Colombia's equivalent to the FDA.",),
        ("COFEPRIS is Mexico's equivalent of the FDA.",),
        # a rule told ("requires" shares no word of the standards slot)
        ("The law requires standards equal to those of the FDA.",),
        ("Our standards are not equal to the FDA's.",),
    ],
)
def test_an_agency_named_as_an_equal_or_a_rule_told_is_no_seal(sentence: str) -> None:
    clean("fda-status-claim", sentence)


def test_diseases_once_thought_incurable_now_treated_is_the_until_now_of_a_breakthrough() -> None:
    raises("miracle-language", "Cell therapy now treats diseases once thought incurable.")


def test_only_in_his_own_words_leads_in_a_story() -> None:
    flag_pair(
        "testimonials-as-evidence",
        "In his words: the health service spends millions on back pain each year.",
        "In her own words, the injections gave her back her morning runs.",
    )


# -- Round firstfi1: series fi's train false alarms, by structure -------------------------
# A link label's list of other pages ("Read also:", "Related posts:") is another page's
# title, not this page's words; a line of topics joined by dashes is a headline, no
# sentence said of one of them; a condition named to be set apart ("distinct from",
# "not the same as", "rather than") is not one the page treats.


@each_case(
    ("lines",),
    [
        (("Stem cell research news.", "", "Read also: How to get a visa for a medical trip"),),
        (("Our lab grows cells.", "", "See also : Flights and hotels for patients abroad"),),
        (("Our lab grows cells.", "", "Related posts: Why Mexico is a hub for stem cells"),),
        (("Our lab grows cells.", "", "You may also like: Recovering on the beach in Cancun"),),
    ],
)
def test_a_link_labels_list_of_other_pages_offers_no_trip(lines: tuple[str, ...]) -> None:
    assert "medical-tourism" not in red_flags(*lines)


@each_case(
    ("lines",),
    [
        (("Our stem cells treat knee pain.", "", "Related: Stem cells for rheumatoid arthritis"),),
        (("Our stem cells treat knee pain.", "", "Further reading: Arthritis of the spine"),),
    ],
)
def test_a_link_labels_titles_name_none_of_the_pages_conditions(lines: tuple[str, ...]) -> None:
    conditions = found("condition", *lines)
    assert "hip-and-knee-pain" in conditions
    assert not conditions & {"rheumatoid-arthritis", "osteoarthritis"}


@each_case(
    ("lines",),
    [
        # the words of a link label in a sentence of the page's own, no label and colon
        (("We arrange your visa and flights. Read also our guide to recovery.",),),
        # a label's words in a block of prose that goes on well past a title
        (
            (
                "Related: "
                + "our coordinators arrange the flights, the hotel and the airport pickup"
                + " for every patient who travels to Cancun for treatment" * 6,
            ),
        ),
    ],
)
def test_a_trip_offered_in_the_pages_own_words_is_still_found(lines: tuple[str, ...]) -> None:
    assert "medical-tourism" in red_flags(*lines)


@each_case(
    ("sentence",),
    [
        ("Abu Dhabi - Regional hub - Organ regeneration.",),
        ("Mexico - Leading destination guide - Knee cartilage",),
        ("Thailand \u2013 World leader rankings \u2013 Back pain \u2013 Prices",),
    ],
)
def test_a_line_of_topics_joined_by_dashes_praises_no_destination(sentence: str) -> None:
    clean("medical-tourism", sentence)


@each_case(
    ("sentence",),
    [
        # two fragments only: an apposition, said of the place
        ("Thailand - a global hub for stem cell therapy",),
        # a fragment too long for a topic: a sentence said of the place
        ("Abu Dhabi has become a regional hub for stem cell care - Knees - Hips",),
        # an aside between dashes in a sentence goes on in small letters
        ("Mexico - our leading destination - Knees",),
        ("Colombia has become a leading destination for stem cell treatment.",),
    ],
)
def test_a_destination_praised_in_a_sentence_is_still_found(sentence: str) -> None:
    raises("medical-tourism", sentence)


def test_a_line_of_topics_still_names_each_topics_condition() -> None:
    conditions = found("condition", "Back Pain \u2013 Diagnosis \u2013 Treatment \u2013 Stem Cells")
    assert "chronic-back-and-neck-pain" in conditions


@each_case(
    ("sentence",),
    [
        ("Osteoarthritis (distinct from autoimmune rheumatoid arthritis) wears cartilage away.",),
        ("Osteoarthritis, which is not the same as rheumatoid arthritis, wears cartilage.",),
        ("Osteoarthritis (as opposed to rheumatoid arthritis) comes with age.",),
        ("Worn knees, not to be confused with rheumatoid arthritis, respond to our injections.",),
        ("Knee pain often follows an injury rather than rheumatoid arthritis.",),
        ("Unlike rheumatoid arthritis, osteoarthritis is a disease of wear.",),
        ("Osteoarthritis isn't the same thing as rheumatoid arthritis.",),
    ],
)
def test_a_condition_set_apart_from_the_one_treated_is_not_named(sentence: str) -> None:
    conditions = found("condition", sentence)
    assert "rheumatoid-arthritis" not in conditions
    assert conditions, "the condition treated is still named"


@each_case(
    ("sentence",),
    [
        # the same, not set apart
        ("Inflammatory arthritis is the same as rheumatoid arthritis for many readers.",),
        # set apart from another, then named as treated
        ("Unlike other clinics, we treat rheumatoid arthritis.",),
        # a contrast too far back in its clause
        ("Different from most drugs used in clinics today, our cells treat rheumatoid arthritis.",),
        ("Rheumatoid arthritis, distinct from osteoarthritis, responds to our injections.",),
    ],
)
def test_a_condition_not_set_apart_is_still_named(sentence: str) -> None:
    assert "rheumatoid-arthritis" in found("condition", sentence)


# -- Round firstfj1: series fj's train misses and false alarm, by structure --------------
# An operation the reader weighs, then an alternative offered to look at or try, in one
# sentence or a lead-in question and the sentence after it, is avoid-surgery; the wear
# named as an outcome that lessens ("less joint degeneration") is delay-degeneration;
# abroad said of where the doctor trained or gained experience offers no trip.


@each_case(
    ("sentence",),
    [
        ("Considering a knee replacement? Try our alternative, a single PRP injection.",),
        ("Thinking about shoulder surgery? Explore the alternatives we offer first.",),
        ("Facing spinal fusion? Discover a gentler alternative with your own cells.",),
        ("If you are weighing hip surgery, consider an alternative with your own cells.",),
    ],
)
def test_an_operation_weighed_then_an_alternative_offered_is_avoiding_surgery(
    sentence: str,
) -> None:
    assert "avoid-surgery" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        # advice to ask, nothing offered
        ("Patients facing knee surgery should ask their surgeon about alternatives.",),
        # a lead-in question answered with the operation's risks
        ("Thinking about knee surgery? Ask your surgeon about the risks first.",),
        # an alternative offered with no operation weighed
        ("Looking for relief? Try our alternative, natural methods.",),
        # a yes/no question is not a lead-in: read alone, as before
        ("Is surgery risky? Try to look at the alternatives with your doctor.",),
    ],
)
def test_an_alternative_with_no_operation_weighed_or_nothing_offered_is_not_avoiding_surgery(
    sentence: str,
) -> None:
    assert "avoid-surgery" not in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Our injections mean stronger tendons and less joint degeneration.",),
        ("Patients see decreased cartilage breakdown after the cells.",),
        ("Expect less wear of the knee over the years.",),
        ("PRP leads to slower joint deterioration.",),
    ],
)
def test_the_wear_named_as_an_outcome_that_lessens_is_delaying_degeneration(
    sentence: str,
) -> None:
    assert "delay-degeneration" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        # "less" of something else, with the wear after it
        ("The benefit lasts less long when degeneration is advanced.",),
        # the lessening word names something else before the wear
        ("Less pain means more walking, even with joint degeneration.",),
    ],
)
def test_less_of_something_else_beside_the_wear_is_no_slowing(sentence: str) -> None:
    assert "delay-degeneration" not in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("Experience from abroad, now at your service at home.",),
        ("Our surgeon brings experience gained overseas to your care.",),
        ("Dr Lim trained overseas and now practises here.",),
        ("Our surgeon gained his experience overseas.",),
        ("She completed a fellowship overseas before joining us.",),
    ],
)
def test_abroad_said_of_the_doctors_training_offers_no_trip(sentence: str) -> None:
    clean("medical-tourism", sentence)


@each_case(
    ("sentence",),
    [
        # the patient's treatment abroad, in the imperative
        ("Experience world-class stem cell care abroad.",),
        ("Patients come to us from abroad for knee injections.",),
        # the doctor's training and the patient's trip in one sentence
        ("Dr Lim trained overseas, and patients travel overseas to our clinic in Panama.",),
    ],
)
def test_abroad_said_of_the_patients_treatment_is_still_found(sentence: str) -> None:
    raises("medical-tourism", sentence)


# -- Round firstfk1: series fk's train misses, by structure -------------------------------
# The offer needing none of a list of cares, an operation last in it ("needs no
# medications and no surgery", "does not rely on medications or surgery"), is
# avoid-surgery; a plan fitted to the patient by an active verb, with an adverb of the
# person or "to each patient", is personalized-treatment; a joint "done" (the treatment
# said by the idiom) is the told half of a patient's story.


@each_case(
    ("sentence",),
    [
        ("Our injections need no painkillers and no knee replacement.",),
        ("This natural way of repairing a joint does not rely on pills or surgery.",),
        ("Stem cell therapy does not depend on drugs or an operation.",),
        ("PRP doesn't rely on cortisone or an operation.",),
        ("Our PRP shots require no steroids and no operation.",),
        ("Stem cell treatment does not rely on medication, braces or surgery.",),
    ],
)
def test_the_offer_needing_no_operation_in_a_list_of_cares_is_avoiding_surgery(
    sentence: str,
) -> None:
    assert "avoid-surgery" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        # an injury's own course, with no offer
        ("A partial tear often needs no brace and no surgery.",),
        # a rival's, with no offer
        ("Physical therapy needs no drugs and no surgery.",),
        # what a result depends on, with no offer
        ("Success does not depend on age or surgery.",),
        # a past operation
        ("Our patients with no arthritis and no prior surgery did best.",),
    ],
)
def test_no_operation_needed_with_no_offer_beside_it_is_not_avoiding_surgery(
    sentence: str,
) -> None:
    assert "avoid-surgery" not in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        ("We have to suit the right treatment to each patient individually.",),
        ("Our doctors adapt your treatment plan one by one.",),
        ("We adjust the therapy case by case.",),
        ("We suit the protocol to every patient.",),
        ("We fit the dose to each patient personally.",),
    ],
)
def test_a_plan_fitted_to_the_patient_by_an_active_verb_is_personalised(sentence: str) -> None:
    assert "personalized-treatment" in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        # "fit" the adjective: no determiner before the plan
        ("Patients fit for the treatment are seen individually.",),
        # the adverb far from the plan, said of something else
        ("We fit the treatment into a busy week, and our nurse calls each patient personally.",),
        # what the treatment suits, not fitted to anyone
        ("The treatment suits most patients.",),
        # the doctor in person, no fitting
        ("Dr Lee personally performs every treatment.",),
    ],
)
def test_fit_said_otherwise_or_no_fitting_is_not_personalised(sentence: str) -> None:
    assert "personalized-treatment" not in found("benefit", sentence)


@each_case(
    ("lines",),
    [
        (("I had one leg done first, and my knee soon got much better.",),),
        (("I got both knees done in May.", "Within weeks my knees felt much better."),),
        (("Her husband had both knees done in March.", "Now he feels much better."),),
        (("Mary had her hip done in June.", "She is doing much better."),),
        (("Jim had his shoulder done last spring, and he feels much better.",),),
    ],
)
def test_a_joint_done_then_the_person_better_off_is_a_patient_story(
    lines: tuple[str, ...],
) -> None:
    assert "testimonials-as-evidence" in red_flags(*lines)


@each_case(
    ("lines",),
    [
        # treated, and worse or no better
        (("I had my knee done in 2015, and it has been sore ever since.",),),
        (("I had a knee replacement done, and my knee got worse.",),),
        # something other than a joint "done"
        (("She had her hair done.", "She feels much better."),),
    ],
)
def test_a_joint_done_with_no_better_outcome_or_no_joint_is_no_story(
    lines: tuple[str, ...],
) -> None:
    assert "testimonials-as-evidence" not in red_flags(*lines)


# -- Series fm (firstfm1) ------------------------------------------------------------------
# An internal organ named as what the product rebuilds is its body system for
# many-conditions; a return to an activity "very quickly" is a promised timeline; a
# reason whose subject is "it" or "they" is said of the treatment the clause before ends on.


@each_case(
    ("sentence",),
    [
        ("Our cells are used for knee arthritis, regenerating the liver and wrinkles.",),
        ("The same injection treats arthritis, psoriasis and helps rebuild the pancreas.",),
        ("We offer it for arthritis, anti aging and kidney regeneration.",),
    ],
)
def test_an_organ_rebuilt_beside_two_other_systems_is_many_conditions(sentence: str) -> None:
    assert "many-conditions" in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [
        # organs in general name no body system
        ("Our cells are used for knee arthritis, regenerating organs and wrinkles.",),
        # the liver named with no rebuilding
        ("Our cells are used for knee arthritis and wrinkles; alcohol harms the liver.",),
    ],
)
def test_organs_in_general_or_an_organ_not_rebuilt_add_no_system(sentence: str) -> None:
    assert "many-conditions" not in found("red_flag", sentence)


@each_case(
    ("sentence",),
    [
        ("Patients often get back to playing golf very quickly.",),
        ("Most patients return to work really soon after the injection.",),
        ("Athletes are back on the court remarkably fast.",),
    ],
)
def test_a_return_with_a_time_word_and_no_number_is_a_promised_result(sentence: str) -> None:
    assert "promised-results" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        # a speed asked about, not promised
        ("How did their heroes get back on the field so fast?",),
        # "quickly" alone, and a return to the doctor
        ("Go back to your doctor very quickly if the knee swells.",),
        ("Patients get back to golf quickly and safely is what everyone wants.",),
    ],
)
def test_a_speed_asked_or_a_return_to_the_doctor_is_no_promise(sentence: str) -> None:
    assert "promised-results" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("I would usually begin with cortisone, as it is anti-inflammatory.",),
        ("Doctors prescribe steroids, since they are anti-inflammatory.",),
        ("I often start with a cortisone shot, because it is anti-inflammatory.",),
    ],
)
def test_a_reason_said_by_it_of_another_treatment_is_no_claim(sentence: str) -> None:
    assert "reduced-inflammation" not in found("benefit", sentence)


@each_case(
    ("sentence",),
    [
        # the offer itself
        ("We use stem cells, as they are anti-inflammatory.",),
        ("We prefer PRP, because it is anti-inflammatory.",),
        # the cells kept the advert's before the rival ("rather than")
        ("We use our own cells rather than cortisone, as they are anti-inflammatory.",),
    ],
)
def test_a_reason_said_of_the_offer_stays_a_claim(sentence: str) -> None:
    assert "reduced-inflammation" in found("benefit", sentence)


# -- Series fn (firstfn1) ------------------------------------------------------------------
# Plain arthritis and the joint replacement its patient is or is not ready for, with a
# relative clause between, is arthritis in a joint context (osteoarthritis); the low back
# named as where the cells are taken from, with no pain or problem, is no back pain (the
# spec's structure named without a problem), as the hip the cells come from is none.


@each_case(
    ("sentence",),
    [
        (
            "We help the patient with arthritis whose pain no pill has eased "
            "and who is not yet ready for a knee replacement.",
        ),
        (
            "It suits people with arthritis who have tried rest, braces and many shots "
            "but are too young to have a hip replacement.",
        ),
        (
            "Anyone with arthritis that keeps them from walking the dog every morning "
            "may be a candidate for a joint replacement.",
        ),
    ],
)
def test_arthritis_and_the_replacement_its_patient_is_ready_for_is_osteoarthritis(
    sentence: str,
) -> None:
    assert "osteoarthritis" in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        # arthritis of another kind
        (
            "We help the patient with rheumatoid arthritis whose pain no pill has eased "
            "and who is not yet ready for a knee replacement.",
        ),
        # readiness for something other than an operation on a joint
        (
            "Many people with arthritis who have tried rest, braces and shots are "
            "ready for a change of diet.",
        ),
    ],
)
def test_arthritis_of_another_kind_or_no_replacement_is_no_osteoarthritis(
    sentence: str,
) -> None:
    assert "osteoarthritis" not in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("The cells taken from her lower back were spun down within the hour.",),
        ("A nurse numbed my low back, where the marrow would be drawn from.",),
        ("The doctor draws marrow from the rear of the iliac crest (the lower back area).",),
        ("Marrow is aspirated from the low back, at the iliac crest, in ten minutes.",),
    ],
)
def test_the_low_back_the_cells_are_taken_from_is_no_back_pain(sentence: str) -> None:
    assert "chronic-back-and-neck-pain" not in found("condition", sentence)


@each_case(
    ("sentence",),
    [
        # the low back as the seat of pain, with the harvest in the same sentence
        ("Marrow drawn from the hip is injected to ease chronic lower back pain.",),
        ("The cells were taken from his belly to treat his low back pain.",),
        ("Pain in the lower back where the old injury was comes back each winter.",),
    ],
)
def test_the_low_back_in_pain_beside_a_harvest_stays_back_pain(sentence: str) -> None:
    assert "chronic-back-and-neck-pain" in found("condition", sentence)


# -- Series fo and fp (firstfp1) -----------------------------------------------------------
# The structures behind the train errors of series fo and fp (first-runs/fo-misses.txt,
# fp-misses.txt), each in made-up sentences, with look-alikes that must not change: an
# operation the patient will not "end up" having, and anyone kept "out of" it; damaged
# tissue said to "become normal"; the spine's disc spelled "disk"; an approval still a
# time away; the blood's and the immune system's cells renewed (what marrow does); a
# pain another course "could have" brought on; a disease's complications prevented;
# the FDA's guidelines named, then followed as "those guidelines".


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # avoid-surgery: an operation the patient will not end up having
        (
            "benefit",
            "avoid-surgery",
            "After the injection she won't end up having a knee replacement.",
            True,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Our patients are not going to end up with spinal fusions.",
            True,
        ),
        ("benefit", "avoid-surgery", "He never ended up needing the operation.", True),
        # the negation not on "end up": a course told, nothing avoided
        ("benefit", "avoid-surgery", "Runners who do not rest often end up having surgery.", False),
        # anyone kept out of the operating room, not only "you"
        (
            "benefit",
            "avoid-surgery",
            "The injections keep many patients out of the operating room.",
            True,
        ),
        ("benefit", "avoid-surgery", "A torn hamstring kept her out of the game for weeks.", False),
        # tissue-regeneration: damaged tissue said to become or return to normal
        (
            "benefit",
            "tissue-regeneration",
            "Within months the worn cartilage becomes normal again.",
            True,
        ),
        (
            "benefit",
            "tissue-regeneration",
            "After the shots the damaged discs returned to normal.",
            True,
        ),
        ("benefit", "tissue-regeneration", "She recovered and returned to normal life.", False),
        # the blood's or the immune system's cells renewed, what marrow does after chemotherapy
        (
            "benefit",
            "tissue-regeneration",
            "Marrow transplants rebuild the blood and immune cells of leukaemia patients.",
            False,
        ),
        (
            "benefit",
            "tissue-regeneration",
            "Bone marrow cells were used to regenerate the immune system of cancer patients.",
            False,
        ),
        (
            "benefit",
            "tissue-regeneration",
            "Our stem cells regenerate blood vessels and cartilage in the knee.",
            True,
        ),
        # fewer-side-effects: a disease's complications prevented, no safety of the treatment
        (
            "benefit",
            "fewer-side-effects",
            "Early treatment helps prevent some joint complications.",
            False,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "Our injections help you avoid the complications of knee surgery.",
            True,
        ),
        # spinal-disc-injuries: the disc spelled with k
        (
            "condition",
            "spinal-disc-injuries",
            "We inject the cells into a degenerative disk in the low back.",
            True,
        ),
        ("condition", "spinal-disc-injuries", "The lumbar disks wear out with age.", True),
        (
            "condition",
            "spinal-disc-injuries",
            "Save the scans to a hard disk before the visit.",
            False,
        ),
        # hip-and-knee-pain: a pain another course could have brought on, no pain anyone has
        (
            "condition",
            "hip-and-knee-pain",
            "Fusing those joints could have changed his stride and led to knee pain.",
            False,
        ),
        (
            "condition",
            "hip-and-knee-pain",
            "A long cast might have weakened the leg and brought on hip pain.",
            False,
        ),
        (
            "condition",
            "hip-and-knee-pain",
            "Years of running could have led to your knee pain.",
            True,
        ),
        ("condition", "hip-and-knee-pain", "We treat hip pain with your own cells.", True),
        # fda-status-claim: an approval still a time away is no status
        (
            "red_flag",
            "fda-status-claim",
            "It may be a decade before these injections are approved by the FDA.",
            False,
        ),
        (
            "red_flag",
            "fda-status-claim",
            "It will be years until such products are approved by the FDA.",
            False,
        ),
        ("red_flag", "fda-status-claim", "Our injections are approved by the FDA.", True),
        # the agency's guidelines named, then followed as "those guidelines"
        (
            "red_flag",
            "fda-status-claim",
            "The FDA has detailed guidelines for how fat cells must be processed in a clinic, "
            "and we follow those guidelines.",
            True,
        ),
        (
            "red_flag",
            "fda-status-claim",
            "The FDA has detailed rules for how fat cells must be processed in a clinic, "
            "and we strictly abide by them.",
            True,
        ),
        (
            "red_flag",
            "fda-status-claim",
            "The FDA has detailed guidelines for how fat cells must be processed in a clinic, "
            "and we do not follow those guidelines.",
            False,
        ),
    ],
)
def test_series_fo_and_fp_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series fq (firstfq1) ------------------------------------------------------------------
# The structures behind the train errors of series fq (first-runs/fq-misses.txt), each in
# made-up sentences, with look-alikes that must not change: a hospital stay or a long
# recovery said not needed by a verb of need; an operation's recovery said longer, then
# the treatment set against it by "whereas"; the trip abroad whose need is denied, the
# travel or its cost right after the need; the healing sped up.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # fewer-side-effects: a hospital stay or a long recovery not needed
        (
            "benefit",
            "fewer-side-effects",
            "Our knee injection is a minimally invasive procedure and does not require a "
            "hospital stay.",
            True,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "Unlike an operation, the shot is given with no need to stay in hospital.",
            True,
        ),
        ("benefit", "fewer-side-effects", "The injection does not need a long recovery.", True),
        (
            "benefit",
            "fewer-side-effects",
            "Patients who do not rest often stay in hospital for weeks.",
            False,
        ),
        # the operation's recovery said longer, the treatment set against it by "whereas"
        (
            "benefit",
            "fewer-side-effects",
            "A knee operation normally means a longer recovery time, whereas the injection "
            "needs only a day or two.",
            True,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "Recovery from knee surgery usually takes longer, whereas our stem cell "
            "treatment needs little time.",
            True,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "Recovery from knee surgery usually takes longer, whereas most sprains heal alone.",
            False,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "Recovery from knee surgery usually takes longer for smokers.",
            False,
        ),
        # medical-tourism: the need of the trip denied, its travel or cost right after the need
        (
            "red_flag",
            "medical-tourism",
            "Patients who want stem cell therapy no longer need to spend money going abroad "
            "for treatment.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Families do not have to pay for flights overseas any more: the clinic is here.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Patients who want stem cell therapy spend money going abroad for treatment.",
            True,
        ),
        # tissue-regeneration: the healing sped up, not a recovery
        (
            "benefit",
            "tissue-regeneration",
            "The clinic uses stem cells to speed up the body's natural healing.",
            True,
        ),
        ("benefit", "tissue-regeneration", "Our injections accelerate healing.", True),
        ("benefit", "tissue-regeneration", "A good night's sleep speeds up recovery.", False),
    ],
)
def test_series_fq_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series fr (firstfr1) ------------------------------------------------------------------
# The structures behind the train errors of series fr (first-runs/fr-misses.txt), each in
# made-up sentences, with look-alikes that must not change: "non-surgical" naming a class
# of treatments by any of its nouns before a list of them; one's own joint kept for life,
# a fix said to last; the trip's costs borne by the patient, stacked on a price or said as
# their burden. fr05's one patient's timeline told as past stays no promise (flags1's
# class, promise2's look-alike "Within a week he was back on the golf course").


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # avoid-surgery: "non-surgical" names a class of treatments listed after it
        (
            "benefit",
            "avoid-surgery",
            "Nonsurgical interventions such as weight control and prolotherapy have been "
            "tried for knee osteoarthritis.",
            False,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Non-surgical measures, such as losing weight, are sought for arthritic knees.",
            False,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Nonsurgical management such as weight control slows knee osteoarthritis.",
            False,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Our stem cell injections are a nonsurgical alternative to a knee replacement.",
            True,
        ),
        (
            "benefit",
            "avoid-surgery",
            "We offer a nonsurgical intervention for knee arthritis.",
            True,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Nonsurgical interventions such as our stem cell injections help you avoid a "
            "knee replacement.",
            True,
        ),
        # cure-claim: one's own joint kept for life, the fix said to last
        (
            "red_flag",
            "cure-claim",
            "Our cells regrow cartilage so patients can keep the same knee for a lifetime.",
            True,
        ),
        (
            "red_flag",
            "cure-claim",
            "With the injection you preserve your own hip for the rest of your life.",
            True,
        ),
        (
            "red_flag",
            "cure-claim",
            "Regrow cartilage and maintain your natural joints forever.",
            True,
        ),
        ("red_flag", "cure-claim", "A new hip joint can last for a lifetime.", False),
        ("red_flag", "cure-claim", "The damage stays in the joint for life.", False),
        ("red_flag", "cure-claim", "Keep your joints moving for life with daily walks.", False),
        (
            "red_flag",
            "cure-claim",
            "We cannot promise that you will keep your own knee for life.",
            False,
        ),
        # medical-tourism: the trip's costs borne by the patient, not a package
        (
            "red_flag",
            "medical-tourism",
            "The injections cost thousands of dollars, and on top of that come flights and a "
            "hotel for the family.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Patients would have to pay for travel and lodging for themselves and a carer.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Our package includes flights, a hotel and transfers.",
            True,
        ),
        (
            "red_flag",
            "medical-tourism",
            "On top of the injections come flights and a hotel, booked by our staff.",
            True,
        ),
        ("red_flag", "medical-tourism", "We take care of your flights and hotel.", True),
        # promised-results (left): one patient's timeline told as past is no promise
        (
            "red_flag",
            "promised-results",
            "Within a few days Ama walked again, and within weeks she was free of pain.",
            False,
        ),
        (
            "red_flag",
            "promised-results",
            "Within days you will walk again, and within weeks you will be pain-free.",
            True,
        ),
    ],
)
def test_series_fr_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series fs (firstfs1) ------------------------------------------------------------------
# The structures behind the train errors of series fs (first-runs/fs-misses.txt), each in
# made-up sentences, with look-alikes that must not change: a repair a person denies
# making, in a clause said of the tissue; "until now" closing a span of dates; "slow" as the
# disease's adjective after "is a"; a knee or hip put out of joint or battered, the spec's
# "knee or hip injuries"; a new dawn said of care, the spec's "new era"; a "healing journey",
# a person's years with a joint, no tissue healed. fs10's cosmetic "non-surgical facelift"
# is left (an arguable label).


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # tissue-regeneration: a repair a person denies making is no claim
        (
            "benefit",
            "tissue-regeneration",
            "Some of the damage that even she cannot repair stays in the joint.",
            False,
        ),
        (
            "benefit",
            "tissue-regeneration",
            "There is cartilage damage that the doctor cannot heal.",
            False,
        ),
        (
            "benefit",
            "tissue-regeneration",
            "Damage that other treatments cannot repair is rebuilt by our stem cells.",
            True,
        ),
        ("benefit", "tissue-regeneration", "Stem cells repair damage that surgery cannot.", True),
        # tissue-regeneration: a "healing journey" is a person's course, no tissue healed
        ("benefit", "tissue-regeneration", "That fall was the start of my healing journey.", False),
        (
            "benefit",
            "tissue-regeneration",
            "Our stem cells start the healing of damaged cartilage.",
            True,
        ),
        # miracle-language: "until now" closing a span of dates is no first
        (
            "red_flag",
            "miracle-language",
            "Since its opening in March 2015 until now, the unit has treated 40 patients.",
            False,
        ),
        (
            "red_flag",
            "miracle-language",
            "From 2010 till today the clinic has done 300 procedures.",
            False,
        ),
        ("red_flag", "miracle-language", "Until now there was no way to regrow cartilage.", True),
        (
            "red_flag",
            "miracle-language",
            "Since 2015 we have treated patients; until now nothing else worked.",
            True,
        ),
        # miracle-language: a new dawn said of care is the spec's "new era"
        (
            "red_flag",
            "miracle-language",
            "Stem cells bring a new dawn in arthritis care.",
            True,
        ),
        ("red_flag", "miracle-language", "A new dawn of knee treatment has come.", True),
        ("red_flag", "miracle-language", "It was a new dawn in her life.", False),
        # delay-degeneration: "slow" as the disease's adjective is no slowing
        (
            "benefit",
            "delay-degeneration",
            "Degenerative hip arthritis is a slow inflammation of the joint lining.",
            False,
        ),
        (
            "benefit",
            "delay-degeneration",
            "Joint degeneration is a slow process in most people.",
            False,
        ),
        (
            "benefit",
            "delay-degeneration",
            "With our stem cell injections the arthritis is slowed.",
            True,
        ),
        # hip-and-knee-pain: a knee or hip dislocated or battered is a knee or hip injury
        ("condition", "hip-and-knee-pain", "Knee dislocations are treated in our unit.", True),
        ("condition", "hip-and-knee-pain", "A hip dislocation needs urgent care.", True),
        ("condition", "hip-and-knee-pain", "Old footballers with battered knees come to us.", True),
        ("condition", "hip-and-knee-pain", "He dislocated his knee playing rugby.", True),
        ("condition", "hip-and-knee-pain", "She has a dislocated shoulder.", False),
        ("condition", "hip-and-knee-pain", "The old car was battered by hail.", False),
    ],
)
def test_series_fs_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series ft (firstft1) ------------------------------------------------------------------
# The structures behind the two train false alarms of series ft (first-runs/ft-misses.txt),
# each in made-up sentences, with look-alikes that must not change: the verb that limits a
# person's time (a "]:" entry of `other_senses:`), not the adjective of an offer's deadline;
# registered trials whose findings a page surveys (a guard of pay-to-join-trial), not a
# listing used as a seal.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # urgency-pressure: the verb that limits a person's time is no deadline
        (
            "red_flag",
            "urgency-pressure",
            "Shoulder pain wears you down, limiting time at the gym and with friends.",
            False,
        ),
        ("red_flag", "urgency-pressure", "Her bad knee limits time on the tennis court.", False),
        # ... while the adjective of an offer's deadline stays the push
        ("red_flag", "urgency-pressure", "Knee injections at this price for a limited time.", True),
        ("red_flag", "urgency-pressure", "A limited-time offer on PRP packages.", True),
        ("red_flag", "urgency-pressure", "Limited availability: call us this week.", True),
        # (review6) ... and a clinic limiting its own places is the offer's limit, not a
        # person's time: only "time" follows the verb that limits
        ("red_flag", "urgency-pressure", "We are limiting spots to ten patients a month.", True),
        ("red_flag", "urgency-pressure", "The clinic limits places to five a week.", True),
        ("red_flag", "urgency-pressure", "We are limiting availability of this offer.", True),
        # ... and "limiting" keeps its other claims ("limiting inflammation")
        ("benefit", "reduced-inflammation", "Our cells work by limiting inflammation.", True),
        # pay-to-join-trial: what registered trials found, surveyed, is no seal
        (
            "red_flag",
            "pay-to-join-trial",
            "This review sums up what registered clinical trials have reported on fat cells.",
            False,
        ),
        (
            "red_flag",
            "pay-to-join-trial",
            "We looked at whether registered studies showed any benefit for the hip.",
            False,
        ),
        # ... while the clinic's own trial named as registered stays the seal
        (
            "red_flag",
            "pay-to-join-trial",
            "See what our registered clinical trial has shown for knees.",
            True,
        ),
        (
            "red_flag",
            "pay-to-join-trial",
            "Our knee program is a registered clinical trial.",
            True,
        ),
        (
            "red_flag",
            "pay-to-join-trial",
            "Every patient is treated within our registered study.",
            True,
        ),
    ],
)
def test_series_ft_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series fu (firstfu1) ------------------------------------------------------------------
# fu07's "degenerative vertebral discs": a disc's damage told before the adjective that
# says where on the spine the disc is. fu01's "non-operative management" (avoid-surgery)
# and fu04's "Call us Today" line (urgency-pressure) were left: see ROUNDS.md, firstfu1.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # the damage, then where on the spine, then the disc
        ("condition", "spinal-disc-injuries", "Our cells help degenerative vertebral discs.", True),
        ("condition", "spinal-disc-injuries", "We treat degenerated lumbar discs.", True),
        ("condition", "spinal-disc-injuries", "Relief for herniated cervical disks.", True),
        ("condition", "spinal-disc-injuries", "Injections for bulging thoracic discs.", True),
        # ... while the spine's adjective on another part, or a disc unharmed, is none
        (
            "condition",
            "spinal-disc-injuries",
            "The scan showed degenerative vertebral bodies and healthy joints.",
            False,
        ),
        ("condition", "spinal-disc-injuries", "A torn vertebral artery is rare.", False),
        ("condition", "spinal-disc-injuries", "Cervical vertebrae hold up the head.", False),
    ],
)
def test_series_fu_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series fx (firstfx1) ------------------------------------------------------------------
# fx01's doctor's own case: one patient come to the doctor (a told half), then the
# patient's own report of being better off, relayed (an outcome), with the symptoms
# relieved told with a degree; fx08's patients' home town ending in "Beach" read as a
# beach to recover on. fx01's fewer-side-effects miss (the paraphrase), fx02's blog
# banner and fx08's "he claims an 85 percent success rate" were left: see ROUNDS.md,
# firstfx1.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # a case opened by the doctor, then the patient's report of the outcome
        (
            "red_flag",
            "testimonials-as-evidence",
            "One striking case: a retired gentleman first came to me with hip pain. I "
            "injected stem cells into the joint. Two months later the patient told me the "
            "pain was completely relieved.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "A retired woman came to me because of a worn knee. We injected stem cells into it. "
            "Within a month the patient said that the stiffness was nearly eliminated.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "A young man was presented to me with a torn tendon. The cells went in "
            "under ultrasound. At six weeks the patient reported that his symptoms were "
            "almost entirely alleviated.",
            True,
        ),
        # ... while a case with no outcome, an outcome worse, symptoms relieved with no
        # case opened before, or an outcome 4 sentences after the case, are no story told
        # as proof
        (
            "red_flag",
            "testimonials-as-evidence",
            "A patient came to me asking whether stem cells could help a worn knee.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "A patient came to me with knee pain. We injected stem cells. The patient "
            "reported that the pain was worse.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "In most people the symptoms are almost entirely alleviated within a year.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "After the injection her pain may be completely relieved.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "After the injection his pain has been completely relieved.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "A patient came to me with knee pain. Rest, ice and time are what I advised. "
            "Months passed. Then more months. A year later the patient said the pain was "
            "completely relieved.",
            False,
        ),
        # medical-tourism: a town ending in "Beach" said of where a person lives is no
        # beach to recover on
        (
            "red_flag",
            "medical-tourism",
            "Tom Reyes of Laguna Beach had stem cell injections for his sore knee.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Residents of Myrtle Beach can now get stem cell therapy close to home.",
            False,
        ),
        # ... while a beach offered to recover on stays the sign, named or not
        (
            "red_flag",
            "medical-tourism",
            "Recover on the beaches of Cancun after your stem cell treatment.",
            True,
        ),
        (
            "red_flag",
            "medical-tourism",
            "After the injections, relax on Seven Mile Beach while the cells do their work.",
            True,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Guests of Dr Ruiz recover on Varadero Beach after the stem cell treatment.",
            True,
        ),
    ],
)
def test_series_fx_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series fy (firstfy1) ------------------------------------------------------------------
# fy05's golfer's back named only by an adjective of trouble ("his ailing back"), no pain
# word; fy07's athletes named as an inspiration ("Olympians ... inspire all of us") and as
# whom the clinic "can help", a wish with no result told, read as testimonials. The
# sentence cut after "Ms." (a title read as a full stop) was left: see ROUNDS.md, firstfy1.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # a back named by an adjective of trouble is back trouble, as a sore back is
        ("condition", "chronic-back-and-neck-pain", "He had stem cells for his ailing back.", True),
        ("condition", "chronic-back-and-neck-pain", "A troubled back kept her off golf.", True),
        ("condition", "chronic-back-and-neck-pain", "Injections for an injured back.", True),
        ("condition", "chronic-back-and-neck-pain", "His damaged back improved in weeks.", True),
        ("condition", "chronic-back-and-neck-pain", "Her sore back in the morning eased.", True),
        # ... while "back" of a time after the adjective names no back
        ("condition", "chronic-back-and-neck-pain", "He got hurt back in 2010 at work.", False),
        ("condition", "chronic-back-and-neck-pain", "She was troubled back then by a knee.", False),
        (
            "condition",
            "chronic-back-and-neck-pain",
            "He was injured back in high school, in his knee.",
            False,
        ),
        (
            "condition",
            "chronic-back-and-neck-pain",
            "She was injured back in the day while skiing, in her knee.",
            False,
        ),
        # testimonials: athletes admired, or as whom the clinic could help, with no result
        (
            "red_flag",
            "testimonials-as-evidence",
            "The effort and skill of Olympians inspire us all to stay active.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Olympic champions and their dedication inspire everyone who trains at our gym.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Our clinic can help professional athletes with our cellular therapies.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "We could treat elite athletes with our stem cell injections one day.",
            False,
        ),
        # ... while athletes who had the treatment, or helped by it, stay proof
        (
            "red_flag",
            "testimonials-as-evidence",
            "We have helped professional athletes like Tom Ruiz with our stem cell therapy.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Olympians who had our stem cell injections were back in the pool within weeks.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Professional athletes like Tom Ruiz have used our stem cell therapy.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "We are inspired by the professional athletes who trust our stem cell therapy.",
            True,
        ),
    ],
)
def test_series_fy_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series fz (firstfz1) ------------------------------------------------------------------
# fz05's "reducing the level of osteoarthritis, pain and inflammation": inflammation the
# last object of a list after a verb of reducing, further from the verb than the gap of
# four; fz02's careful "current applications ... are unlikely to truly be associated with
# regenerative or disease modifying outcomes": a link to an outcome denied as unlikely,
# which the negation words do not take.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # inflammation last in a list of what the offer reduces
        (
            "benefit",
            "reduced-inflammation",
            "Our injections are good at reducing the level of stiffness, pain and swelling.",
            True,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "The cells lower joint stiffness, back pain, and inflammation.",
            True,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "Stem cell therapy helps relieve the morning discomfort, soreness or inflammation.",
            True,
        ),
        # ... while a list another treatment reduces, or one denied, is no claim of ours
        (
            "benefit",
            "reduced-inflammation",
            "Cortisone shots can reduce the level of stiffness, pain and inflammation for weeks.",
            False,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "Our injections do not reduce the level of stiffness, pain and inflammation.",
            False,
        ),
        # (review9) ... nor a wait or a cost reduced, the symptoms only what it is for, nor
        # "checks" the noun a symptom names; the verbs still claim
        (
            "benefit",
            "reduced-inflammation",
            "We reduce waiting times for pain, stiffness and swelling checks.",
            False,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "We reduce waiting times for pain, stiffness and swelling.",
            False,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "Our team cuts the cost of visits for pain and swelling.",
            False,
        ),
        ("benefit", "reduced-inflammation", "We offer same-day swelling checks.", False),
        (
            "benefit",
            "reduced-inflammation",
            "Our cells reduce recovery time, pain and swelling.",
            True,
        ),
        ("benefit", "reduced-inflammation", "The cells keep the swelling in check.", True),
        ("benefit", "reduced-inflammation", "Our cells check swelling and pain.", True),
        # a link to a good outcome, or a good the treatment would be, denied as unlikely
        (
            "benefit",
            "delay-degeneration",
            "Shots are unlikely to truly be associated with repair or disease modifying effects.",
            False,
        ),
        (
            "benefit",
            "delay-degeneration",
            "Shots are not likely to be linked to benefit or slowing of arthritis progression.",
            False,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "One cell is highly unlikely to be a safe and effective treatment for every disease.",
            False,
        ),
        # ... while the link said plainly, and a harm said to be unlikely, stay claims
        (
            "benefit",
            "delay-degeneration",
            "Our injections are associated with disease modifying outcomes in arthritis.",
            True,
        ),
        (
            "red_flag",
            "own-cells-so-safe",
            "The cells are your own, so the body is unlikely to reject them.",
            True,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "Your own cells are unlikely to be linked to rejection with zero risk of side effects.",
            True,
        ),
    ],
)
def test_series_fz_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series ga (firstg1) -------------------------------------------------------------------
# ga01's "The right knee, worse than the left, hurt all the time": a knee the subject of
# hurting, a comparison set between them, past the gap of three; ga02's careful "felt pain
# and tightness in her hips": a pain word joined to a second noun before "in her hips";
# ga04's "a flight to Vegas for Interbike": a flight to a town at home for a named event,
# read as a trip for treatment.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # a knee or hip the subject of hurting, a comparison between them
        (
            "condition",
            "hip-and-knee-pain",
            "My left hip, weaker than the right, ached at night.",
            True,
        ),
        ("condition", "hip-and-knee-pain", "His knees, worse than ever, throb after a walk.", True),
        # ... not another thing that hurt, nor a knee said better
        (
            "condition",
            "hip-and-knee-pain",
            "The shot, worse than the surgery, hurt all week.",
            False,
        ),
        (
            "condition",
            "hip-and-knee-pain",
            "Your knee, better than new, will never hurt again.",
            False,
        ),
        # a pain word joined to a second noun before the joint
        (
            "condition",
            "hip-and-knee-pain",
            "She had pain and swelling in the knee for months.",
            True,
        ),
        ("condition", "hip-and-knee-pain", "He noticed aching and stiffness in his hips.", True),
        # ... not a claim about function, nor another joint
        (
            "condition",
            "hip-and-knee-pain",
            "Our cells ease pain and improve function in the elbow.",
            False,
        ),
        ("condition", "hip-and-knee-pain", "Pain and swelling in the shoulder improved.", False),
        # a flight or trip for an event at home is no trip for treatment
        ("red_flag", "medical-tourism", "Then came a flight to Orlando for Comicon.", False),
        ("red_flag", "medical-tourism", "He caught a flight to Chicago for the conference.", False),
        (
            "red_flag",
            "medical-tourism",
            "We took flights to Boston for my cousin's wedding.",
            False,
        ),
        # ... while a flight abroad, or for the treatment, stays
        ("red_flag", "medical-tourism", "Book a flight to Cancun for Regeneris and heal.", True),
        (
            "red_flag",
            "medical-tourism",
            "We arrange your flight to Tijuana for the procedure.",
            True,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Our package includes flights to Panama for your cells.",
            True,
        ),
        # ... and a noun of an event in another sense (review10): a consultation abroad,
        # a price, a donor match, a treatment said to change the game
        (
            "red_flag",
            "medical-tourism",
            "Book your flight to Tijuana for a meeting with our stem cell doctors.",
            True,
        ),
        ("red_flag", "medical-tourism", "We book your flights to Tijuana for a fair price.", True),
        (
            "red_flag",
            "medical-tourism",
            "Book your trip to Panama for a donor match and your infusion.",
            True,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Book a flight to Cancun for a game-changing stem cell treatment.",
            True,
        ),
        ("red_flag", "medical-tourism", "We fly you to Tijuana for your treatment.", True),
    ],
)
def test_series_ga_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series gd (firstgd1) ------------------------------------------------------------------
# gd05's "schedule your therapy, travel and transport of your MSCs to Hospital Galenia, a
# state-of-the-art hospital in Cancun, Mexico": the reader's travel arranged by the seller,
# the place abroad further on than the gaps of `{travel} ... to ... {destination}`; gd01's
# "There is no risk to baby or mother": safety said of the donors of birth tissue (the
# collection's), read as the treatment's. gd02's many-conditions and gd07's "can be
# life-changing" were left: see ROUNDS.md, firstgd1.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # the reader's travel arranged by the seller, a place abroad further on
        (
            "red_flag",
            "medical-tourism",
            "Your care team will schedule your injections, your travel and the shipping of"
            " your banked cells to Clinica Norte, a private hospital in Tijuana, Mexico.",
            True,
        ),
        (
            "red_flag",
            "medical-tourism",
            "We take care of all your travel and the transfer of your cells to our partner"
            " clinic in Panama City, Panama.",
            True,
        ),
        # ... not the same travel to a town at home, nor a place abroad set aside
        (
            "red_flag",
            "medical-tourism",
            "Your coordinator will schedule your therapy, your travel and the transport of"
            " your cells to our partner hospital in Houston, Texas.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "We arrange your travel plans. Unlike clinics in Mexico, we test every batch.",
            False,
        ),
        # safety said of the donors of birth tissue is the collection's, not the treatment's
        (
            "benefit",
            "fewer-side-effects",
            "Collecting the cord tissue poses no risk to mother or newborn.",
            False,
        ),
        (
            "red_flag",
            "no-risk-claim",
            "Collecting the cord tissue poses no risk to mother or newborn.",
            False,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "Gathering the placenta is safe for both the mother and the baby.",
            False,
        ),
        # ... while safety said to the patient, beside it or alone, stays
        (
            "benefit",
            "fewer-side-effects",
            "Our injections carry no risk to you, and none to the donor.",
            True,
        ),
        (
            "red_flag",
            "no-risk-claim",
            "The shot is completely safe, and collecting it poses no risk to mother or baby.",
            True,
        ),
        ("benefit", "fewer-side-effects", "Our cord blood shots are safe for patients.", True),
    ],
)
def test_series_gd_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series ge (firstge1) ------------------------------------------------------------------
# ge01's "the best option is different for every person": the choice of treatment said to
# differ from person to person, the spec's tailored plan said without its adjectives;
# ge02's "an unprecedented ability to turn into any cell": a word of wonder said of what
# stem cells are in biology (their power to become other cells), not of the offer.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # the best or right choice of treatment said to differ from person to person
        (
            "benefit",
            "personalized-treatment",
            "Several cell treatments exist for a torn tendon, and the best choice is"
            " different for each patient.",
            True,
        ),
        (
            "benefit",
            "personalized-treatment",
            "The ideal protocol varies from patient to patient, so we plan yours at the visit.",
            True,
        ),
        (
            "benefit",
            "personalized-treatment",
            "For a painful disc, the most suitable treatment differs with every patient.",
            True,
        ),
        # ... as the spec's tailoring word already was
        (
            "benefit",
            "personalized-treatment",
            "Your injection plan is tailored to you and to the kind of tear you have.",
            True,
        ),
        # ... not the outcome said to differ (a hedge), nor a choice said to be the same
        (
            "benefit",
            "personalized-treatment",
            "Results vary from person to person and cannot be predicted.",
            False,
        ),
        (
            "benefit",
            "personalized-treatment",
            "The best results differ for every patient, and some see no change.",
            False,
        ),
        (
            "benefit",
            "personalized-treatment",
            "How the pain feels differs from person to person, and the best test is an MRI.",
            False,
        ),
        # a word of wonder said of the cells' power to become other cells is biology
        (
            "red_flag",
            "miracle-language",
            "Stem cells show an astonishing capacity to develop into many types of tissue cell.",
            False,
        ),
        (
            "red_flag",
            "miracle-language",
            "These cells have a miraculous ability to change into bone or muscle cells.",
            False,
        ),
        # ... while the same word said of the offer, or of the cells healing you, stays
        (
            "red_flag",
            "miracle-language",
            "Our stem cells have a miraculous ability to heal your torn shoulder.",
            True,
        ),
        (
            "red_flag",
            "miracle-language",
            "This unprecedented treatment lets your cells turn into new cartilage cells.",
            True,
        ),
    ],
)
def test_series_ge_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series gf (firstgf1) ------------------------------------------------------------------
# gf07's knee replacement called "the very last resort" in the sentence after the one that
# names it: an operation put last, avoid-surgery, in its own sentence or in the next one
# that calls "it" or "the latter" so; gf07's "about three PRP treatments ... for complete
# resolution": a count of treatments said to bring a full outcome, promised-results.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # an operation called the last resort or the last option
        ("benefit", "avoid-surgery", "Hip surgery must always remain the final resort.", True),
        ("benefit", "avoid-surgery", "A spinal fusion would be a last option for us.", True),
        (
            "benefit",
            "avoid-surgery",
            "We rarely talk about hip replacement. In our view it is the very last resort.",
            True,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Some doctors push shoulder surgery early. We think the latter is a final option.",
            True,
        ),
        # ... not other care so called, nor the offer as the last step before an operation
        ("benefit", "avoid-surgery", "Many couples turn to IVF as a last resort.", False),
        (
            "benefit",
            "avoid-surgery",
            "Her doctor called the injection the last option before surgery.",
            False,
        ),
        (
            "benefit",
            "avoid-surgery",
            "We talked about her new diet. For her it was the last resort.",
            False,
        ),
        # a sentence that calls "it" a last resort joins no sentence naming other things
        ("benefit", "avoid-surgery", "It should be the last resort.", False),
        # a count of treatments said to bring a full outcome
        (
            "red_flag",
            "promised-results",
            "Two or three injections spaced a month apart are enough for full recovery.",
            True,
        ),
        (
            "red_flag",
            "promised-results",
            "To achieve complete relief, about 4 sessions are usually needed.",
            True,
        ),
        (
            "red_flag",
            "promised-results",
            "Most people need around five shots given weekly for total healing.",
            True,
        ),
        # ... not a count of treatments with no full outcome, nor a hedged one
        (
            "red_flag",
            "promised-results",
            "About three treatments are given at monthly intervals.",
            False,
        ),
        (
            "red_flag",
            "promised-results",
            "Full recovery after surgery takes months, and three visits to the surgeon.",
            False,
        ),
    ],
)
def test_series_gf_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


@each_case(
    ("sentence", "expected"),
    [
        # review12: "it" that stands for what the sentence before named, called the last resort
        ("Knee replacement is a big operation. For me it is the last resort to consider.", True),
        # ... not the "it" that looks ahead to an infinitive ("for X to do Y" is the last resort)
        (
            "We explain knee replacement surgery here. It is the last resort for many clinics "
            "to offer stem cell shots when nothing else has helped.",
            False,
        ),
        (
            "Knee replacement surgery works well. It is a final option for some doctors to "
            "try injections first.",
            False,
        ),
    ],
)
def test_an_it_that_looks_ahead_calls_no_operation_the_last_resort(
    sentence: str, expected: bool
) -> None:
    assert ("avoid-surgery" in found("benefit", sentence)) is expected, sentence


# -- Series gg and gh (firstgg1) -------------------------------------------------------


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # gg01: an autologous procedure the subject of escaping rejection, its own
        # cells told between in brackets or a relative clause
        (
            "red_flag",
            "own-cells-so-safe",
            "This autologous treatment (made from your own fat cells) sidesteps the risk of "
            "rejection.",
            True,
        ),
        (
            "red_flag",
            "own-cells-so-safe",
            "An autologous injection, in which the patient's own marrow is used, avoids the "
            "problems of immune rejection.",
            True,
        ),
        (
            "red_flag",
            "own-cells-so-safe",
            "Autologous transplants, which use cells from your own body, escape any rejection.",
            True,
        ),
        # ... not an autologous procedure that bypasses something else, nor rejection a clause on
        (
            "red_flag",
            "own-cells-so-safe",
            "This autologous procedure (using your own adult stem cells) bypasses the need "
            "for a donor.",
            False,
        ),
        (
            "red_flag",
            "own-cells-so-safe",
            "The autologous treatment (using her own cells) skipped the waiting list, though "
            "rejection of the graft came later.",
            False,
        ),
        # gg02: dead bone or tissue in the hip or knee, the bone death in everyday words
        (
            "condition",
            "hip-and-knee-pain",
            "The surgeon cleared away the dead bone in her hip and packed the hole with graft.",
            True,
        ),
        (
            "condition",
            "hip-and-knee-pain",
            "Stem cells were put where the dead tissue of the knee had been.",
            True,
        ),
        # ... not dead cells elsewhere, nor an operation avoided alone (no condition: br07, bz08)
        (
            "condition",
            "hip-and-knee-pain",
            "Dead cells are cleared from the blood of patients waiting for a hip operation.",
            False,
        ),
        (
            "condition",
            "hip-and-knee-pain",
            "Our surgeons help patients avoid hip replacement surgery.",
            False,
        ),
        # gg02: the successes told by the failures among a number of patients treated
        (
            "red_flag",
            "high-success-rate",
            "So far 12 patients have received the injections with just two failures.",
            True,
        ),
        ("red_flag", "high-success-rate", "We have seen only one failure among 30 patients.", True),
        # ... not the failures' own count, nor a failure beside a count of operations
        ("red_flag", "high-success-rate", "Failure occurred in 3 of 40 patients.", False),
        (
            "red_flag",
            "high-success-rate",
            "Eight patients had knee replacements, and one failure needed a second operation.",
            False,
        ),
        # gg05: one patient's course told in the past is no claim about the treatment
        (
            "red_flag",
            "no-risk-claim",
            "After the injection she was released from the clinic with no complications.",
            False,
        ),
        (
            "red_flag",
            "no-risk-claim",
            "The next morning he went home without any side effects.",
            False,
        ),
        # ... the treatment said to be without complications, or patients going home so, is
        ("red_flag", "no-risk-claim", "Our injections are without any complications.", True),
        (
            "red_flag",
            "no-risk-claim",
            "Patients go home without any complications the same day.",
            True,
        ),
        # gg08: wonder said of the treatment, as a noun
        (
            "red_flag",
            "miracle-language",
            "Fans are amazed by the wonders of regenerative therapy.",
            True,
        ),
        (
            "red_flag",
            "miracle-language",
            "These stem cell shots work wonders for tired knees.",
            True,
        ),
        # ... not "no wonder" nor the verb
        ("red_flag", "miracle-language", "No wonder so many runners ask about stem cells.", False),
        (
            "red_flag",
            "miracle-language",
            "Many patients wonder whether the injection will hurt.",
            False,
        ),
        # gg08: a quoted hype phrase that a modal and "be" assert is the writer's own
        (
            "red_flag",
            "miracle-language",
            'Stem Cell Shots May Be "Fountain of Youth" for Aging Runners',
            True,
        ),
        ("red_flag", "miracle-language", 'Knee shots might be a "miracle" for golfers.', True),
        # ... not one held at a distance, nor one denied
        ("red_flag", "miracle-language", 'The shots are sold as a "miracle" for golfers.', False),
        ("red_flag", "miracle-language", 'It is not a "miracle" for golfers.', False),
        # ... nor one a speaker is given, or one only supposed (review13)
        (
            "red_flag",
            "miracle-language",
            'Critics say knee shots may be "a miracle" in name only.',
            False,
        ),
        ("red_flag", "miracle-language", 'Knee shots may be "a miracle", clinics say.', False),
        (
            "red_flag",
            "miracle-language",
            'According to the clinic, knee shots may be "a miracle".',
            False,
        ),
        (
            "red_flag",
            "miracle-language",
            'It would be "a miracle" if a knee shot regrew cartilage.',
            False,
        ),
        # gh01: the harvest of donor tissue needing no invasive procedure avoids no operation
        (
            "benefit",
            "avoid-surgery",
            "Collecting cells from donated placental tissue needs no invasive procedure.",
            False,
        ),
        (
            "benefit",
            "avoid-surgery",
            "The harvest of cord tissue after a birth does not require any surgery.",
            False,
        ),
        # ... the treatment needing none does, and so does a harvest beside it
        (
            "benefit",
            "avoid-surgery",
            "Our shoulder treatment does not require any invasive procedure.",
            True,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Taking cells from the cord needs no surgery, and our knee injection needs no "
            "surgery either.",
            True,
        ),
        # gh07 (no rule changed): an ACL tear is a knee injury, the spec's "knee or hip injuries"
        ("condition", "hip-and-knee-pain", "We treat ACL tears with bone marrow cells.", True),
    ],
)
def test_series_gg_and_gh_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series gi (firstgi1) -------------------------------------------------------------------


@each_case(
    ("sentence", "expected"),
    [
        # gi02: pain said to have fallen by a percentage, the verb's past participle and a
        # word before the figure
        ("Knee pain had fallen by nearly 80% at the one-year check.", True),
        ("Back pain fell by about 70% within three months of the injection.", True),
        ("Symptoms had dropped by roughly 60% at follow-up.", True),
        # ... not a fall told of another treatment, nor one with a number that is no share
        ("Pain fell by 50% with steroid injections.", False),
        ("Pain had fallen by about 40% after physical therapy.", False),
        # (leftovers4) ... nor a fall told of a trial's comparison group
        ("Pain decreased by 60% in the placebo group.", False),
        ("Pain decreased by 60% in the control group.", False),
        ("Pain fell by 60% in the control arm.", False),
        ("Pain decreased by 60% with a placebo.", False),
        ("Pain decreased by 60% in those given a sham.", False),
        # ... while the offer's own group, or its figure set beside the comparison's, stays one
        ("Pain decreased by 60% in the stem cell group.", True),
        ("Pain decreased by 60% in the treated group, against 20% in the control group.", True),
        ("Pain had fallen by two points, and 30% of patients came from abroad.", False),
        # ... while the offer's own fall beside a surgery it spares stays one
        ("Our injections cut pain by 60% with no surgery.", True),
        # gi02: a share of patients back at work, "return" as "returned"
        ("92% of our patients were able to return to work within two months.", True),
        ("In our clinic, 85 percent of the patients could return to their sport.", True),
        # ... not a share counted for something else (the brief's look-alikes), a return
        # denied, a return of symptoms, a return for more care, nor another treatment's
        ("80% of patients are women.", False),
        ("90% of cases are in the knee.", False),
        ("25% of patients were unable to return to work.", False),
        ("Sadly, 20% of the patients never returned to work.", False),
        ("Symptoms returned in 20% of patients within a year.", False),
        ("Pain can return in 15% of patients.", False),
        ("About 30% of patients return for a second injection.", False),
        ("Only 40% of patients return to sport after physical therapy.", False),
        ("A clinic the FDA warned about claimed that 90% of its patients returned to work.", False),
        # ... nor a return to care (review14: "return" as faring read these)
        ("Nearly 20% of our patients return to see us every year.", False),
        ("About 10% of patients had to return to surgery.", False),
        ("90% of our patients return to us when their other knee hurts.", False),
        ("About 12% of patients returned to hospital within a month.", False),
        # gi02: outcomes graded, the percentage before them
        ("The study reported 85% good or excellent outcomes.", True),
        ("At one year, 91% had good to excellent outcomes.", True),
        # ... not graded outcomes of a rival treatment, nor poor ones
        ("Physiotherapy alone gives 70% good to excellent outcomes.", False),
        ("20% of patients had poor outcomes.", False),
    ],
)
def test_series_gi_success_figures(sentence: str, expected: bool) -> None:
    assert ("high-success-rate" in red_flags(sentence)) is expected, sentence


# -- Series gj (firstgj1) ------------------------------------------------------------------
# gj04's "the doors remain open": an invitation that stays open names no limit, and was
# read as "remaining openings" (a place in a calendar) through the shared stem; gj04's
# "had stem cells transplanted to repair the damaged tissues": the cells put in for a
# purpose, read as the name of an operation ("Transplant or Repair"); gj04's athlete
# "whose recovery would send an outstanding message about the effectiveness" of the cells
# and gj08's "testimonies" of those treated and a doctor's "I can vouch for it": one
# person's recovery, the treated's words or one's own word offered as the proof.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # places said to be few are still scarcity ...
        ("red_flag", "urgency-pressure", "Only three openings remain this month.", True),
        ("red_flag", "urgency-pressure", "We have a few openings left in March.", True),
        ("red_flag", "urgency-pressure", "Book one of the last openings of the season.", True),
        ("red_flag", "urgency-pressure", "Our last remaining openings go fast.", True),
        # ... but a door, an invitation or an offer that stays open names no limit
        (
            "red_flag",
            "urgency-pressure",
            "Our doors remain open to anyone who wants to ask questions.",
            False,
        ),
        (
            "red_flag",
            "urgency-pressure",
            "The invitation stays open, whenever you feel ready.",
            False,
        ),
        ("red_flag", "urgency-pressure", "The offer of a free consultation remains open.", False),
        # cells transplanted to repair a tissue, as cells injected to repair it
        (
            "benefit",
            "tissue-regeneration",
            "Donor cells are transplanted to repair the torn tendon.",
            True,
        ),
        (
            "benefit",
            "tissue-regeneration",
            "She had her own stem cells transplanted to regrow the worn cartilage.",
            True,
        ),
        (
            "benefit",
            "tissue-regeneration",
            "Stem cell transplantation to repair cartilage is offered.",
            True,
        ),
        # ... not an operation named with the repair, nor a tissue or graft moved by a surgeon
        ("benefit", "tissue-regeneration", "A reconstruction to repair the ligament.", False),
        (
            "benefit",
            "tissue-regeneration",
            "Ligament Transplant or Repair: which is right for you?",
            False,
        ),
        ("benefit", "tissue-regeneration", "We offer tendon repair and transplant.", False),
        (
            "benefit",
            "tissue-regeneration",
            "A meniscus transplant to repair the knee is major surgery.",
            False,
        ),
        (
            "benefit",
            "tissue-regeneration",
            "An osteochondral transplant was done to restore the cartilage.",
            False,
        ),
        # the testimonies of those treated, one's own word, one person's recovery as proof
        (
            "red_flag",
            "testimonials-as-evidence",
            "The testimonies of patients who received our injections show how well they work.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Testimonies from people who tried the therapy speak for themselves.",
            True,
        ),
        ("red_flag", "testimonials-as-evidence", "I can personally vouch for the results.", True),
        ("red_flag", "testimonials-as-evidence", "Our patients vouch for it.", True),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Her recovery is a testament to the power of stem cells.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "His comeback after our stem cell injections is proof the treatment works.",
            True,
        ),
        # ... not a witness's or an official's testimony, a story of harm, a vouching
        # refused or given to something else, a recovery told with no proof, nor one denied
        (
            "red_flag",
            "testimonials-as-evidence",
            "The witness gave testimony to the committee about the clinic.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "The testimony of doctors who have treated patients was heard by the board.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Testimonies of patients who were harmed led to the ban.",
            False,
        ),
        ("red_flag", "testimonials-as-evidence", "We cannot vouch for clinics abroad.", False),
        ("red_flag", "testimonials-as-evidence", "The senator vouched for the new law.", False),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Her recovery took six months after surgery.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "His recovery is no proof that stem cells work.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Critics say one star's comeback is no evidence that the injections work.",
            False,
        ),
    ],
)
def test_series_gj_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series gk (firstgk1) ------------------------------------------------------------------
# gk07's "harder to standardize, package, and patent" and "a drug-level package": the verb
# of what makers do to a product and a regulator's dossier, read as a package paid for;
# gk08's "first often called mesenchymal stem cells, are now better understood": a thing's
# name, read as "call now"; gk01's "cellular or tissue-based products (HCT/Ps)": an
# abbreviation told by the tail of its long form, read as FDA words.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # a package a patient buys is still one ...
        ("red_flag", "pay-up-front", "Our knee package includes three injections.", True),
        ("red_flag", "pay-up-front", "Treatment packages start at $4,000.", True),
        ("red_flag", "pay-up-front", "Ask about our all-in travel package for Cancun.", True),
        # ... but not the verb of a maker, nor a dossier sent to a regulator
        (
            "red_flag",
            "pay-up-front",
            "Living cells are hard to manufacture, package and label at scale.",
            False,
        ),
        ("red_flag", "pay-up-front", "Firms struggle to package a living product.", False),
        (
            "red_flag",
            "pay-up-front",
            "The agency asked for a full data package before any approval.",
            False,
        ),
        (
            "red_flag",
            "pay-up-front",
            "Regulators want a drug-level package of trial results.",
            False,
        ),
        # an order to call now is still urgency ...
        ("red_flag", "urgency-pressure", "Call now to book your consultation.", True),
        ("red_flag", "urgency-pressure", "Pick up the phone and call us now.", True),
        # ... but not a thing's name followed by what it is now
        (
            "red_flag",
            "urgency-pressure",
            "These cells, once called marrow stromal cells, are now seen as signallers.",
            False,
        ),
        (
            "red_flag",
            "urgency-pressure",
            "These were called stromal cells, now signalling cells.",
            False,
        ),
        # an abbreviation told by the tail of its long form is a term defined ...
        (
            "red_flag",
            "fda-status-claim",
            "The law reaches cellular and tissue-based products (HCT/Ps) from donors.",
            False,
        ),
        # ... but an offer's product with the same words is still the claim, and a
        # product's class in brackets is still the seal
        (
            "red_flag",
            "fda-status-claim",
            "Our allograft is a cellular and tissue-based product (HCT/P).",
            True,
        ),
        ("red_flag", "fda-status-claim", "Amniotic membrane allograft (HCT/P)", True),
    ],
)
def test_series_gk_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Round leftovers5 -----------------------------------------------------------------------
# What the last rounds left (issue 14): a trip to a town of `place_names:` for an event
# named by its name; a sign-up's deadline after "open until"; a past personal story of
# going back to work (a testimonial, no promise); a question of wonders (the seller's own,
# or a writer's); a word cut off at the text's very end (`words/cut_words.py`).


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # a trip to a named town for an event named by its name is no trip for care ...
        ("red_flag", "medical-tourism", "We booked a flight to Denver for Comicon.", False),
        ("red_flag", "medical-tourism", "A trip to Chicago for the Marathon.", False),
        ("red_flag", "medical-tourism", "A flight to Springfield for Interbike.", False),
        # ... but a destination, or a treatment named, is still one
        ("red_flag", "medical-tourism", "Take a flight to Tijuana for treatment.", True),
        ("red_flag", "medical-tourism", "A flight to Tijuana for Regeneris.", True),
        ("red_flag", "medical-tourism", "A flight to Denver for stem cells.", True),
        # a deadline to sign up by a named day or date is urgency ...
        ("red_flag", "urgency-pressure", "Registration remains open until Friday.", True),
        (
            "red_flag",
            "urgency-pressure",
            "Enrollment for the seminar is open until the end of the month.",
            True,
        ),
        ("red_flag", "urgency-pressure", "Registration closes this Friday.", True),
        ("red_flag", "urgency-pressure", "Reservations close at midnight.", True),
        # ... but not a door, a place's hours, an hour alone, or a close told in the past
        ("red_flag", "urgency-pressure", "Our doors remain open until Friday.", False),
        ("red_flag", "urgency-pressure", "The clinic is open until 6 pm.", False),
        (
            "red_flag",
            "urgency-pressure",
            "The clinic remains open until Friday for the holidays.",
            False,
        ),
        ("red_flag", "urgency-pressure", "Online booking is open until 8 pm.", False),
        (
            "red_flag",
            "urgency-pressure",
            "Enrollment in the trial was open until March 2019.",
            False,
        ),
        (
            "red_flag",
            "urgency-pressure",
            "Enrollment closed on March 3 after forty patients joined.",
            False,
        ),
        # a past personal story of going back to work is a testimonial, not a promise ...
        ("red_flag", "testimonials-as-evidence", "I went back to work the next week.", True),
        ("red_flag", "promised-results", "I went back to work the next week.", False),
        ("red_flag", "promised-results", "She went back to work in two weeks.", False),
        # ... and the timeline said of the reader or of every patient is the promise
        ("red_flag", "promised-results", "You will be back to work in two weeks.", True),
        ("red_flag", "promised-results", "Most patients go back to work within days.", True),
        # a question of wonders the seller asks of its own treatment is its claim ...
        ("red_flag", "miracle-language", "Could our therapy work similar wonders?", True),
        (
            "red_flag",
            "miracle-language",
            "Could it work similar wonders for your hip?",
            True,
        ),
        # ... a question with no seller's voice is not (the spec: a question is at most
        # borderline)
        ("red_flag", "miracle-language", "Could it work similar wonders?", False),
        # a word cut off at the very end of the text is no word ("curr" of "current") ...
        ("red_flag", "cure-claim", "Stem cells offer new hope for a curr", False),
        ("red_flag", "cure-claim", "Our shots bring lasting relief and a curr", False),
        # ... but a whole word at the end, or a cut one before a full stop, still is
        ("red_flag", "cure-claim", "Our shots bring lasting relief and a cure", True),
        ("red_flag", "cure-claim", "Stem cells: the cure", True),
        ("red_flag", "cure-claim", "Our shots bring lasting relief and a curr.", True),
        # (review16) a name that ends the text is read as a name, though its double
        # has a cut word's shape; a cut word in capitals still is no word
        ("red_flag", "testimonials-as-evidence", "The treatment worked for Matt", True),
        ("red_flag", "testimonials-as-evidence", "A good example is Brett", True),
        ("red_flag", "cure-claim", "Stem Cells Offer New Hope For A Curr", False),
        (
            "red_flag",
            "miracle-language",
            "Could stem cell therapy work similar wonders for Manning?",
            False,
        ),
    ],
)
def test_leftovers5_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


@each_case(
    ("word", "expected"),
    [
        ("curr", True),
        ("stopp", True),
        ("Begonn", True),
        # whole words: a double that ends many words, a short word, an ending taken off
        ("call", False),
        ("less", False),
        ("staff", False),
        ("err", False),
        ("cure", False),
        ("current", False),
        ("stopped", False),
    ],
)
def test_leftovers5_a_cut_word_by_its_shape(word: str, expected: bool) -> None:
    assert is_cut(word) is expected, word


def test_leftovers5_only_the_text_s_last_word_is_read_as_cut() -> None:
    lines = ["Stem cells offer a curr", "", "We treat knees"]
    assert without_cut_end(lines) is lines
    blanked = without_cut_end(["Read on", "Stem cells offer a curr", ""])
    assert blanked == ["Read on", "Stem cells offer a     ", ""]


# -- Series gl (firstgl1) ------------------------------------------------------------------
# gl01's tendon score "(VISA-A)": an abbreviation in capitals with a letter joined by a
# hyphen, read as a travel visa; gl02's "saved a Tulsa man from having knee surgery": the
# operation avoided told as a rescue of a person; gl02's "Michael Conte's own stem cells to
# heal his damaged knee" and gl04's "the results were just one example": one named
# patient's cells told as what healed him, a result offered as an example; gl05's
# medication taken "to ease the pain and bring the swelling down" and "His story is a
# familiar one": a rival's purpose and a story called a common one, no result told;
# gl07's "the proof stays frustratingly elusive": evidence found wanting, a page cue.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # the travel document is still one, in small letters or as a name ...
        ("red_flag", "medical-tourism", "Our concierge arranges your visa and hotel.", True),
        ("red_flag", "medical-tourism", "How to apply for the UAE Golden Visa", True),
        ("red_flag", "medical-tourism", "VISA AND PASSPORT HELP FOR PATIENTS", True),
        # ... but not a score's abbreviation with a letter joined by a hyphen
        (
            "red_flag",
            "medical-tourism",
            "We scored the Victorian Institute of Sport Assessment (VISA-A) at 12 months.",
            False,
        ),
        ("red_flag", "medical-tourism", "VISA-P scores rose after the injection.", False),
        # surgery avoided told as a person's rescue ...
        (
            "benefit",
            "avoid-surgery",
            "A procedure has saved a Tulsa man from having knee surgery.",
            True,
        ),
        ("benefit", "avoid-surgery", "Our injections saved Michael from knee surgery.", True),
        ("benefit", "avoid-surgery", "The cells rescued her from a hip replacement.", True),
        # ... but not money saved on an operation, nor a person saved from something else
        ("benefit", "avoid-surgery", "Our package saves you money on your surgery.", False),
        ("benefit", "avoid-surgery", "A neighbour saved a Tulsa man from a fire.", False),
        # a named patient's own cells told as what healed him, a result offered as an
        # example ...
        (
            "red_flag",
            "testimonials-as-evidence",
            "Doctors took Michael Conte's own stem cells to heal his damaged knee.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "The results were just one example of research turning to stem cells.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Her recovery is another example of what our cells can do.",
            True,
        ),
        # ... but not any patient's own cells, a named patient's cells with no result,
        # nor an example with no result
        (
            "red_flag",
            "testimonials-as-evidence",
            "Doctors take the patient's own stem cells to heal the knee.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Burton's own stem cells were taken from fat in her abdomen.",
            False,
        ),
        ("red_flag", "testimonials-as-evidence", "For example, results vary.", False),
        # swelling brought down by the offer is still the claim ...
        ("benefit", "reduced-inflammation", "Our injection brings the swelling down.", True),
        (
            "benefit",
            "reduced-inflammation",
            "Stem cells, unlike medication, bring the swelling down.",
            True,
        ),
        # ... but not what a medication is taken for
        (
            "benefit",
            "reduced-inflammation",
            "He takes medication to ease the pain and bring the swelling down.",
            False,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "She was given pills to take the swelling down.",
            False,
        ),
        # a patient's story is still the flag ...
        ("red_flag", "testimonials-as-evidence", "Read his story.", True),
        (
            "red_flag",
            "testimonials-as-evidence",
            "His story shows what our cells can do.",
            True,
        ),
        # ... but not a story called a common one, before any treatment
        ("red_flag", "testimonials-as-evidence", "His story is a familiar one.", False),
        ("red_flag", "testimonials-as-evidence", "Her story is all too common.", False),
        (
            "red_flag",
            "testimonials-as-evidence",
            "His story is one we hear every week.",
            False,
        ),
    ],
)
def test_series_gl_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


@each_case(
    ("sentence",),
    [
        ("When we look for proof that they regrow cartilage, the proof stays elusive.",),
        ("Evidence of regrowth remains absent.",),
    ],
)
def test_series_gl_evidence_found_elusive_is_a_cue(sentence: str) -> None:
    one_cue_more_reads_as_a_warning(sentence)


# -- Series gm (firstgm1) ------------------------------------------------------------------
# gm05's therapy that can "replace the need for" a knee replacement: the need for an
# operation removed in a verb other than "eliminate"; gm05's cells that "encourage an
# anti-inflammatory response": the adjective of an effect the cells bring about, read as the
# drug "an anti-inflammatory"; gm08's "personalized, customized ... options like stem cell
# therapy": the offer's options called tailored, the cells named as one; gm05's disease that
# brings "little by little a loss of function": an adverb of time, read as a loss kept small.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # the need for an operation removed, in other verbs of removing it ...
        (
            "benefit",
            "avoid-surgery",
            "Our cell injections can replace the need for a hip replacement.",
            True,
        ),
        (
            "benefit",
            "avoid-surgery",
            "This procedure may do away with the need for spinal fusion.",
            True,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Regenerative care takes away the need for shoulder surgery.",
            True,
        ),
        # ... but not the need for something else, a rival's, or the need kept
        (
            "benefit",
            "avoid-surgery",
            "Stem cells replace the need for daily pain pills.",
            False,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Physical therapy can replace the need for knee surgery.",
            False,
        ),
        (
            "benefit",
            "avoid-surgery",
            "Nothing can replace the need for surgery in a full tear.",
            False,
        ),
        # an anti-inflammatory effect the cells bring about ...
        (
            "benefit",
            "reduced-inflammation",
            "The injected cells promote an anti-inflammatory response in the knee.",
            True,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "Stem cells trigger an anti-inflammatory effect in the tendon.",
            True,
        ),
        ("benefit", "reduced-inflammation", "Our cells act as an anti-inflammatory.", True),
        # (review17) the offer named as the drug's example: a guard of the drug guards
        # nothing when "such as" or "including" names the offer after it
        (
            "benefit",
            "reduced-inflammation",
            "Take an anti-inflammatory such as our stem cell shot.",
            True,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "Your doctor may prescribe an anti-inflammatory including our cell injection.",
            True,
        ),
        # ... but not "an anti-inflammatory" the drug, taken, prescribed, named or at work,
        # nor a diet
        (
            "benefit",
            "reduced-inflammation",
            "Your doctor may prescribe an anti-inflammatory for a week.",
            False,
        ),
        ("benefit", "reduced-inflammation", "Take an anti-inflammatory before bed.", False),
        (
            "benefit",
            "reduced-inflammation",
            "Patients were given an anti-inflammatory such as naproxen.",
            False,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "An anti-inflammatory can ease the pain for a while.",
            False,
        ),
        (
            "benefit",
            "reduced-inflammation",
            "Try an anti-inflammatory diet and gentle exercise.",
            False,
        ),
        # the offer's options called tailored, the cells named as one ...
        (
            "benefit",
            "personalized-treatment",
            "Many patients want customized options such as stem cell injections.",
            True,
        ),
        (
            "benefit",
            "personalized-treatment",
            "We offer tailored, patient-first choices like PRP and stem cells.",
            True,
        ),
        # ... but not options named with no cells
        (
            "benefit",
            "personalized-treatment",
            "We offer custom payment options such as monthly plans.",
            False,
        ),
        # a loss kept small is still a promise ...
        (
            "red_flag",
            "promised-results",
            "After the injection you will have little loss of mobility.",
            True,
        ),
        (
            "red_flag",
            "promised-results",
            "Little by little the pain fades, with little loss of function.",
            True,
        ),
        # ... but not a disease's course told little by little
        (
            "red_flag",
            "promised-results",
            "As the disc wears, little by little comes a loss of strength and mobility.",
            False,
        ),
        (
            "red_flag",
            "promised-results",
            "People with arthritis lose little by little their mobility.",
            False,
        ),
    ],
)
def test_series_gm_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series gn (round firstgn1) ---------------------------------------------------------
# gn04's father treated "in Panama, where it was legally allowed": a country abroad named
# as where the treatment was had because it is allowed, the escape from home rules, with no
# travel word; gn04's "Skeptical at first,"
# a person's doubt given way, read as a warning to the reader; gn02's "Ethics Committee
# approved clinical trial" the clinic treats under, the IRB's seal in a non-US name; gn02's
# "hundreds of patients treated ... say yes", treated patients' say-so as the proof; gn07's
# treatment that "saved his ... father", the active voice of a relative's rescue; gn01's
# "eradicating disease activity", what a procedure's drugs clear, read as a cure; gn07's
# "games in which medical miracles cure", a cure set in fiction, read as the offer's.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # a country abroad named as where the treatment is allowed ...
        (
            "red_flag",
            "medical-tourism",
            "She had her knee injected with cord cells in Mexico, where they are legal.",
            True,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Patients go to Colombia, where expanded cells are fully permitted.",
            True,
        ),
        # ... told after a doubt that gave way ...
        (
            "red_flag",
            "medical-tourism",
            "Skeptical at first, she had her hip treated in Cancun, where it was allowed.",
            True,
        ),
        (
            "red_flag",
            "cure-claim",
            "Initially sceptical, he found the cells cured his arthritis.",
            True,
        ),
        # ... but not a country named with no permission, a home town, or a doubt put to
        # the reader or said of its object
        ("red_flag", "medical-tourism", "Our founder grew up in Panama, where he trained.", False),
        # (a country that allows the cells is a regulatory comparison: the gk07 call)
        (
            "red_flag",
            "medical-tourism",
            "Other nations (Japan, Korea) permit the clinical use of MSCs.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "In Ohio, where it is allowed, we treat knees.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Be skeptical at first of clinics in Panama, where it is legally allowed.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "Many were wary at first of how far an overseas clinic could be trusted.",
            False,
        ),
        # (review17) a law's country named on a news page, with no one treated or sent there
        (
            "red_flag",
            "medical-tourism",
            "In Mexico, where it is legal, clinics sell stem cell shots that have not been"
            " shown to work, the new law says.",
            False,
        ),
        (
            "red_flag",
            "medical-tourism",
            "He took his father to Panama, where it was legally allowed.",
            True,
        ),
        (
            "red_flag",
            "cure-claim",
            "Be skeptical of any clinic that says it cures arthritis.",
            False,
        ),
        # an ethics committee as the seal of the clinic's own trial ...
        (
            "red_flag",
            "pay-to-join-trial",
            "We treat knee pain under an ethics board approved study.",
            True,
        ),
        (
            "red_flag",
            "pay-to-join-trial",
            "All our injections are given with ethics committee approval.",
            True,
        ),
        # ... but not a study's report that names its ethics committee
        (
            "red_flag",
            "pay-to-join-trial",
            "The study was overseen by the university's human research ethics committee.",
            False,
        ),
        # treated patients' say-so as the proof ...
        (
            "red_flag",
            "testimonials-as-evidence",
            "Thousands of patients treated at our clinic agree.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "Is it worth it? Hundreds of people we have helped say yes.",
            True,
        ),
        # ... but not a count of patients with no treatment told, or what they doubt
        (
            "red_flag",
            "testimonials-as-evidence",
            "Thousands of patients say they were never told the risks.",
            False,
        ),
        # the treatment as the one that saved a relative ...
        (
            "red_flag",
            "testimonials-as-evidence",
            "The cell therapy rescued her elderly mother from a wheelchair.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "These injections saved my 80-year-old grandfather.",
            True,
        ),
        # ... but not a rescue of something else
        (
            "red_flag",
            "testimonials-as-evidence",
            "The new therapy saved our clinic a great deal of money.",
            False,
        ),
        # disease activity cleared by a procedure's drugs is no cure ...
        (
            "red_flag",
            "cure-claim",
            "Chemotherapy eradicates inflammatory activity before the cells return.",
            False,
        ),
        (
            "red_flag",
            "cure-claim",
            "The conditioning step is meant to eradicate disease activity.",
            False,
        ),
        # ... while the disease eradicated stays one
        ("red_flag", "cure-claim", "Our cells eradicate the disease for good.", True),
        # a cure set in games or fiction is no claim ...
        (
            "red_flag",
            "cure-claim",
            "He grew up on novels where a potion cures any wound.",
            False,
        ),
        (
            "red_flag",
            "cure-claim",
            "She loves fantasy films in which magic cures the dying.",
            False,
        ),
        # ... while the offer's cure beside a film stays one
        ("red_flag", "cure-claim", "Like in the films, our cells cure arthritis.", True),
    ],
)
def test_series_gn_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series go (round firstgo1) ---------------------------------------------------------
# go02's cells for "joint diseases, neurodegenerative and neuroinflammatory disorders and
# metabolic conditions" and go08's "for ... nervous system tissues, ... pulmonary tissues and
# the musculo-skeletal system": disease classes and body systems offered for, counted as
# body systems; go08's complex diseases "treated ... quickly, safely, and permanently": the
# permanent fix as an adverb of treating; go01's "false hopes from medical institutions that
# offer miracle therapies" and go02's original "opposes miraculous claims": the miracle word
# as what others offer and as claims the page sets itself against; go02's therapy applied
# only once it is "established that this is ... safe": safety as the finding a study must
# first reach.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # many-conditions: classes of disease bare in a list that shares its noun, and a class
        # named by its field, count as body systems ...
        (
            "red_flag",
            "many-conditions",
            "Our cells can treat arthritis, neurodegenerative and autoimmune diseases and "
            "metabolic disorders.",
            True,
        ),
        (
            "red_flag",
            "many-conditions",
            "The clinic offers its shots for knee arthritis, neuroinflammatory and cardiac "
            "disorders, and metabolic diseases.",
            True,
        ),
        # ... and the systems themselves, named as what the cells work for
        (
            "red_flag",
            "many-conditions",
            "Our cells work for the musculoskeletal system, nervous system disorders and "
            "respiratory problems.",
            True,
        ),
        (
            "red_flag",
            "many-conditions",
            "These injections help knee arthritis, lung conditions and nervous system damage.",
            True,
        ),
        # ... but not a metabolic word that names no disease, nor the nervous system in an
        # account of how a joint hurts
        (
            "red_flag",
            "many-conditions",
            "Knee arthritis has metabolic and mechanical causes, and the nervous system tightens "
            "the muscles around it.",
            False,
        ),
        (
            "red_flag",
            "many-conditions",
            "Cartilage has a slow metabolic rate; pain signals from the knee travel through the "
            "nervous system to the brain.",
            False,
        ),
        # cure-claim: permanence said as one of the adverbs of how the treating goes ...
        (
            "red_flag",
            "cure-claim",
            "With our cells, knee arthritis is treated quickly, gently and permanently.",
            True,
        ),
        ("red_flag", "cure-claim", "Our injections permanently treat worn knees.", True),
        # ... not a harm that follows a treatment, nor a treatment that is always on offer
        ("red_flag", "cure-claim", "The injection permanently damaged her knee.", False),
        (
            "red_flag",
            "cure-claim",
            "Several people treated at that clinic were permanently blinded.",
            False,
        ),
        ("red_flag", "cure-claim", "The treatment is permanently available at our centre.", False),
        # miracle-language: the miracle word as what other institutions offer, and as the
        # claims a page sets itself against ...
        (
            "red_flag",
            "miracle-language",
            "Patients are cheated by firms that sell miracle cures for knees.",
            False,
        ),
        (
            "red_flag",
            "miracle-language",
            "Families are misled by organisations that promise miraculous results.",
            False,
        ),
        (
            "red_flag",
            "miracle-language",
            "Our foundation rejects miracle claims about stem cells.",
            False,
        ),
        (
            "red_flag",
            "miracle-language",
            "The society opposes miraculous promises made for knee injections.",
            False,
        ),
        # ... while the page's own institution and its own miracle after the rejection stay it
        (
            "red_flag",
            "miracle-language",
            "We are an institution that offers miracle therapies for your knees.",
            True,
        ),
        (
            "red_flag",
            "miracle-language",
            "Our clinic rejects hype, but our stem cell therapy is a miracle for knees.",
            True,
        ),
        # fewer-side-effects: safety as the finding a study must first reach before the next
        # step ...
        (
            "benefit",
            "fewer-side-effects",
            "Once the trial has shown that the injection is well tolerated and safe, we will "
            "offer it to patients.",
            False,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "Only when it is proven that the cells are effective and safe will the hospital use "
            "them.",
            False,
        ),
        # ... while safety a study is said to have found, or a seller's plain word, stays it
        (
            "benefit",
            "fewer-side-effects",
            "Our studies have established that the treatment is safe.",
            True,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "When you choose our clinic, you choose a safe treatment.",
            True,
        ),
    ],
)
def test_series_go_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- leftovers6 (patient20's misreadings, issue 14) ----------------------------------------
# What the report said that the page did not: gm02's regrowth quote stopped on a concession
# its next clause overturns ("may sound like science fiction" | ", but ... a reality");
# gn02's safety claim quoted only the question ("Is the procedure safe?") and not the
# answer that makes it ("Yes, ..."); gn05's words "FDA approved tissue" stopped at a line's
# end inside the noun phrase ("... tissue" | "bank"); gl05's "fixed for good by taking it
# out", said of a knee replacement, read as the offer's permanent fix; and a notice that a
# clinic's treatments have stopped read as an offer of its own (gi07's question).


def _findings_of(folder: Path, text: str) -> list[dict[str, object]]:
    """The findings of the installed `check -f json` on `text`."""
    page = folder / "page.txt"
    page.write_text(text, encoding="utf-8")
    result = stemcell("check", str(page), "-f", "json", "--no-fail")
    assert result.returncode == 0, result.stderr
    findings: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return findings


@pytest.mark.parametrize(
    ("text", "entry", "field", "shown", "expected"),
    [
        # a concession quoted with the clause that overturns it ...
        (
            "Cartilage regeneration may sound like science fiction, but our clinic has"
            " made it a reality for many people.\n",
            "tissue-regeneration",
            "quote",
            "but our clinic has made it a reality for many people.",
            True,
        ),
        # ... while a claim with a "but" clause and no concession stays its own clause
        (
            "Our stem cells regrow cartilage in the knee, but results take a few months to show.\n",
            "tissue-regeneration",
            "quote",
            "results take a few months",
            False,
        ),
        # a question quoted with the answer that makes the claim ...
        (
            "Is the treatment safe?\nYes, we firmly believe so, and we stake our name on it.\n",
            "fewer-side-effects",
            "quote",
            "Is the treatment safe? Yes, we firmly believe so, and we stake our name on it.",
            True,
        ),
        # ... while a question the next sentence does not answer stays the question
        (
            "What if your own cells could regrow the cartilage in your knee?\nOur clinic"
            " will show you how at a free talk.\n",
            "tissue-regeneration",
            "quote",
            "Our clinic will show you how",
            False,
        ),
        # words at a line's end run on over the break to their clause's end ...
        (
            "Our cells are grown and tested in an FDA approved tissue\nbank.\n",
            "fda-status-claim",
            "text",
            "FDA approved tissue bank",
            True,
        ),
        # ... but not into the next paragraph
        (
            "Our cells are grown and tested in an FDA approved tissue\n\nBank on us for care.\n",
            "fda-status-claim",
            "text",
            "Bank",
            False,
        ),
    ],
)
def test_leftovers6_quote_shapes(
    tmp_path: Path, text: str, entry: str, field: str, shown: str, expected: bool
) -> None:
    first = next(f for f in _findings_of(tmp_path, text) if f["id"] == entry)
    assert (shown in str(first[field])) is expected, first[field]


@each_case(
    ("sentence", "expected"),
    [
        # a fix made for good by an operation that takes the joint out or replaces it ...
        ("He was told to wait until the joint can be fixed for good by taking it out.", False),
        ("Her knee was fixed for good by taking the joint out.", False),
        ("His hip was fixed permanently by a total hip replacement.", False),
        ("Surgeons fix the knee for good by removing it.", False),
        # ... while the offer's fix, or a fix by other means, stays the claim
        ("Our stem cells heal your joint for good by replacing the lost cartilage.", True),
        ("Our cells fix cartilage for good by replacing it.", True),
        ("Our cells fix the knee forever by taking away the pain.", True),
        ("Our cells heal your knee for good, so nobody is taking it out.", True),
        ("Fix your knee for good by avoiding a knee replacement with our cells.", True),
    ],
)
def test_leftovers6_a_fix_by_taking_the_joint_out_is_the_operations(
    sentence: str, expected: bool
) -> None:
    assert ("cure-claim" in red_flags(sentence)) is expected, sentence


@each_case(
    ("sentence", "expected"),
    [
        # a notice that the treatments have stopped offers nothing ...
        ("We have stopped offering stem cell treatments to our patients.", False),
        ("Our clinic has ceased all stem cell treatments.", False),
        ("Our clinic has now stopped its stem cell program.", False),
        # ... while the clinic's own voice elsewhere, or a stop of something else, offers
        ("We are committed to giving our patients treatment in the safest way possible.", True),
        ("Our clinic has stopped knee pain for thousands.", True),
        ("We have stopped offering surgery to our patients; stem cells do the job.", True),
    ],
)
def test_leftovers6_a_notice_that_treatments_stopped_is_no_offer(
    sentence: str, expected: bool
) -> None:
    assert report_of(sentence).selling is expected, sentence


# -- Series gp (round firstgp1) ---------------------------------------------------------
# gp04's "Interleukin 1-Receptor Antagonist (IL1-RA)": capitals glued by a hyphen to
# another code, a molecule's name read as rheumatoid arthritis; gp02's "low-morbidity,
# alternative biological treatment": the treatment's harms called low in a word of their
# own; gp04's "What Kobe had done ... was to stop the inflammation in his knees": what a
# named person had done, told by its effect on his joints; gp05's symptoms "expected to
# improve" from hair and skin to the back, the eyes and sleep: complaints of several body
# systems offered, counted as the systems they are, and not when listed as harms or as a
# study's measures.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # rheumatoid-arthritis: capitals glued to a code before them name a molecule ...
        (
            "condition",
            "rheumatoid-arthritis",
            "Conditioned serum is rich in IL-1RA, a protein that blocks a signal of inflammation.",
            False,
        ),
        (
            "condition",
            "rheumatoid-arthritis",
            "Heating the blood raises its IL1-RA content before the knee injection.",
            False,
        ),
        # ... while the disease's capitals alone, or with a hyphen after them, stay it
        (
            "condition",
            "rheumatoid-arthritis",
            "Our stem cell injections help RA patients with swollen hands.",
            True,
        ),
        (
            "condition",
            "rheumatoid-arthritis",
            "Shots for RA-related knee pain are booked weekly.",
            True,
        ),
        ("condition", "osteoarthritis", "Grade 3 OA of the knee responds to our cells.", True),
        # fewer-side-effects: low morbidity, a low complication rate ...
        (
            "benefit",
            "fewer-side-effects",
            "Our fat injections are a low-morbidity option for worn knees.",
            True,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "The procedure has a low complication rate compared with a knee replacement.",
            True,
        ),
        # ... not a disease's morbidity, nor morbidity counted by a study
        ("benefit", "fewer-side-effects", "Obesity raises the morbidity of knee arthritis.", False),
        (
            "benefit",
            "fewer-side-effects",
            "The study recorded morbidity and complications after surgery.",
            False,
        ),
        # testimonials-as-evidence: what a named person had done, told by its effect on a
        # joint of his or hers ...
        (
            "red_flag",
            "testimonials-as-evidence",
            "What Serena had done was to calm the pain in her knee.",
            True,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "What Dwyane has had done, in short, is to heal his ankle.",
            True,
        ),
        # ... not a surgeon's act with no name, nor a named person's errand
        (
            "red_flag",
            "testimonials-as-evidence",
            "What the surgeon had done was to stop the bleeding in his knee.",
            False,
        ),
        (
            "red_flag",
            "testimonials-as-evidence",
            "What Kobe had done was stop by the clinic on his way home.",
            False,
        ),
        # many-conditions: complaints of hair, skin, back, eyes and sleep that one product
        # is offered to improve ...
        (
            "red_flag",
            "many-conditions",
            "Our supernatant is expected to improve thinning hair, rough skin, stiff shoulders, "
            "low back pain, tired eyes and insomnia.",
            True,
        ),
        (
            "red_flag",
            "many-conditions",
            "The serum helps alopecia, fine facial lines, back pain and eye fatigue.",
            True,
        ),
        (
            "red_flag",
            "many-conditions",
            "Unlike steroids, which cause insomnia, our cells treat arthritis, asthma and hair "
            "loss.",
            True,
        ),
        # ... not complaints or diseases listed as a treatment's harms or a trial's measures
        (
            "red_flag",
            "many-conditions",
            "Side effects reported after the injections included depression, hair loss and "
            "back pain.",
            False,
        ),
        (
            "red_flag",
            "many-conditions",
            "The trial measured back pain, insomnia, tired eyes and hair loss in each patient.",
            False,
        ),
        (
            "red_flag",
            "many-conditions",
            "Steroid pills can cause insomnia, asthma and eye strain, and they do little for "
            "back pain.",
            False,
        ),
        (
            "red_flag",
            "many-conditions",
            "There is a fine line between hope and hype for knee arthritis, hair loss and "
            "insomnia.",
            False,
        ),
    ],
)
def test_series_gp_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence


# -- Series gq (round firstgq1) ---------------------------------------------------------
# gq02's "there is no cure for RA and side effects from drugs can be severe": a "no" that
# denies something else, then harms as the subject of a clause of their own; gq04's
# companies "insinuating" a cure and "two believed their child was cured": others'
# innuendo and a tally of what people believed; gq07's MSCs that "prevented ...
# irreversible damage": the damage the disease leaves for good; gq01's arthritis "that
# affects the spine and the sacroiliac joints" and vertebrae that fuse, "which causes
# chronic pain"; gq04's "juvenile idiopathic arthritis", an autoimmune arthritis.


@each_case(
    ("kind", "entry", "sentence", "expected"),
    [
        # fewer-side-effects / no-risk-claim: harms that start a clause of their own ...
        (
            "benefit",
            "fewer-side-effects",
            "Lupus has no cure and side effects of the usual pills may include nausea.",
            False,
        ),
        (
            "red_flag",
            "no-risk-claim",
            "There is no fix for gout and side effects of steroids can be harsh.",
            False,
        ),
        # ... while harms denied in a list of the offer stay the claim
        (
            "red_flag",
            "no-risk-claim",
            "Our knee shots come with no downtime and no side effects.",
            True,
        ),
        (
            "benefit",
            "fewer-side-effects",
            "Our cells ease pain without surgery and side effects.",
            True,
        ),
        # cure-claim: others' innuendo and a tally of beliefs are not the page's ...
        (
            "red_flag",
            "cure-claim",
            "Firms provide MSC injections as another option, calling them natural therapies "
            "and often insinuating that they are a cure.",
            False,
        ),
        (
            "red_flag",
            "cure-claim",
            "Firms provide the shots, insinuating a cure for arthritis.",
            False,
        ),
        ("red_flag", "cure-claim", "Of the ten parents, four believed their son was cured.", False),
        ("red_flag", "cure-claim", "Two of them believed their daughter was cured.", False),
        # ... while the seller's own cure stays
        ("red_flag", "cure-claim", "Our stem cells cured 3 patients of knee arthritis.", True),
        ("red_flag", "cure-claim", "In 2020 we believed our cells cure arthritis for good.", True),
        # delay-degeneration: damage left for good, prevented in any tense ...
        (
            "benefit",
            "delay-degeneration",
            "Two injections of our cells prevented permanent damage to the knee.",
            True,
        ),
        (
            "benefit",
            "delay-degeneration",
            "Our MSC shot stops irreversible joint destruction in RA.",
            True,
        ),
        # ... not a harm caused, nor one a rival drug does not prevent
        ("benefit", "delay-degeneration", "A bad fall can cause irreversible damage.", False),
        ("benefit", "delay-degeneration", "Pills do not prevent irreversible joint damage.", False),
        # chronic-back-and-neck-pain: an arthritis that affects the SI joints, the spine's
        # damage causing chronic pain ...
        (
            "condition",
            "chronic-back-and-neck-pain",
            "Psoriatic arthritis is a disease that often attacks the sacroiliac joints.",
            True,
        ),
        (
            "condition",
            "chronic-back-and-neck-pain",
            "As the spinal bones fuse, this leads to persistent pain for years.",
            True,
        ),
        # ... not the joints as anatomy, nor a procedure's pain
        (
            "condition",
            "chronic-back-and-neck-pain",
            "The sacroiliac joints join the pelvis to the base of the spine.",
            False,
        ),
        (
            "condition",
            "chronic-back-and-neck-pain",
            "A shot near the spine, which causes little pain, takes minutes.",
            False,
        ),
        # rheumatoid-arthritis: the autoimmune arthritis of children
        (
            "condition",
            "rheumatoid-arthritis",
            "Our clinic sees teenagers with juvenile idiopathic arthritis.",
            True,
        ),
        ("condition", "rheumatoid-arthritis", "Cord cells for JIA and swollen fingers.", True),
        (
            "condition",
            "rheumatoid-arthritis",
            "A teen with juvenile osteochondritis of the knee.",
            False,
        ),
    ],
)
def test_series_gq_structures(kind: str, entry: str, sentence: str, expected: bool) -> None:
    assert (entry in found(kind, sentence)) is expected, sentence
