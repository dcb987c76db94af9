"""cure-claim and the miracle words: a cure promised by the offer, and the cure and miracle
words that promise nothing (a cure of something that does not exist, a word in scare
quotes, who pioneered a thing).
"""

from __future__ import annotations

from cases import each_case
from findings import clean, flag_pair, raises, red_flags

from stemcell_cli.check.words.sentences import scare_quoted

# -- Moved from tests/test_cure2_rules.py --------------------------------------------------
# A cure word that is not the offer's promise of a cure (round cure2).
#
# The spec's cure-claim is the OFFER said to cure, heal for good, fix permanently or
# reverse the disease. The first runs' cure-claim false alarms on train pages
# (benchmarks/adverts/first-runs/*-misses.txt) had "for good" said of no fix at all: of
# harm done for good (range of motion cut for good by scar tissue, a patient left on
# dialysis for good) or of a move (a doctor moving his practice here for good). "For good"
# now counts only when it ends a fix or an end of the trouble (`ending:` of
# data/check/advert_words.yaml: "heal ... for good", "get rid of ... for good", "relief
# that stays for good", "the pain is gone for good"), and "permanently" and "forever"
# the same way ("the nerve can end up permanently damaged" is harm, not a fix). Cures that
# others sell are reported, not offered (the spec's own example: "some clinics advertise
# cures"): the verbs of selling ("advertise", "sell", "tout", "market", "peddle") join the
# verbs of `reported_speech:`, so that a cure after one whose subject is a third party
# ("some", "clinics", "they") is the report of another's offer (`check/rules/reported_speech.py`).
# Made-up sentences, each with a look-alike that must still be found.

CURE = "cure-claim"


@each_case(
    ("no_fix", "fix"),
    [
        # harm done for good
        (
            "After the operation, scar tissue can cut the arm's reach for good.",
            "Our injections heal the torn shoulder for good.",
        ),
        (
            "A bad fall left the runner on crutches for good.",
            "Get rid of back pain for good.",
        ),
        (
            "Once the nerve is crushed it may stay numb for good.",
            "Once treated, your knee pain is gone for good.",
        ),
        # a move, a job, a habit: for good with no trouble to end
        (
            "Dr. Lee moved his practice and family to Austin for good.",
            "Unlike surgery, this cures your knee pain for good.",
        ),
        (
            "She gave up tennis and left the club for good.",
            "Our treatment brings relief that stays for good.",
        ),
        (
            "The clinic closed its Miami office for good last spring.",
            "One injection ends your heel pain for good.",
        ),
        (
            "Many patients move here for good after the treatment.",
            "Many patients are free of arthritis pain for good after the treatment.",
        ),
    ],
)
def test_for_good_counts_only_with_a_fix_or_an_end_of_the_trouble(no_fix: str, fix: str) -> None:
    flag_pair(CURE, no_fix, fix)


@each_case(
    ("no_fix", "fix"),
    [
        # "permanently" and "forever" read the same way: the end of harm's course is no fix
        (
            "In rare cases the nerve can end up permanently damaged.",
            "Our cells end your back pain permanently.",
        ),
        (
            "A bad tear can end a dancer's career forever.",
            "Our injections end knee pain forever.",
        ),
    ],
)
def test_permanently_counts_only_with_a_fix_or_an_end_of_the_trouble(no_fix: str, fix: str) -> None:
    flag_pair(CURE, no_fix, fix)


@each_case(
    ("sold_by_others", "offered"),
    [
        (
            "Some even advertise cures for heart disease and autism.",
            "Other clinics sell cortisone; our cells cure arthritis.",
        ),
        (
            "Clinics in Panama advertise cures for autism.",
            "Our doctors sell a treatment that cures arthritis.",
        ),
        (
            "Doctors there sell injections that heal torn tendons for good.",
            "We sell injections that heal torn tendons for good.",
        ),
    ],
)
def test_a_cure_that_others_sell_is_reported(sold_by_others: str, offered: str) -> None:
    flag_pair(CURE, sold_by_others, offered)


# -- Moved from tests/test_cure3_rules.py --------------------------------------------------
# A cure said of a treatment that does not exist is no cure-claim (round cure3).
#
# The recorded negation call of the corpus (benchmarks/adverts/README.md: "there is no
# cure" said of current treatments is not labelled) reaches the cure word when the
# negation is next to it ("there is no cure", "no drug can reverse it"), but not when a
# "no" denies a treatment and a relative clause says, a few words on, what that treatment
# would do: "there are no targeted treatments that stop OA getting worse or undo the
# damage it does" (a careful charity page's train false alarm; its original says "the lack
# of targeted treatments to prevent OA from worsening or reversing the damage"). The
# negation now reaches into that relative clause (`negation._denied_means`): a "no" (or
# "the lack of", "the absence of") before a treatment word (treatment, therapy, drug,
# option, way, ...) with "that" or "which" (after "lack of", also "to") within a few words
# of it denies what the clause says the treatment does, up to the clause's end or a new
# verb phrase. "No other treatment that ..." compares, and a "that" after a word that is
# no treatment ("no doubt that ...") opens what is said, so both still count, and "until
# now" still undoes the denial (the spec's "no way to reverse ... until now").
# Made-up sentences, each with a look-alike that must still be found.


@each_case(
    ("denied", "claimed"),
    [
        (
            "There are still no targeted drugs that slow arthritis down or reverse the damage.",
            "Our stem cells are the treatment that can slow arthritis and reverse the damage.",
        ),
        (
            "At present no treatment exists that can halt or reverse knee arthritis.",
            "There has been no way to reverse the damage of osteoarthritis - until now!",
        ),
        (
            "There is no injection today that can truly heal knee cartilage for good.",
            "Heal your joints for good.",
        ),
        (
            "Sadly there are no medicines which can slow the disease down or cure it.",
            "Our stem cells cure arthritis.",
        ),
        (
            "The lack of treatments to slow arthritis or reverse its damage is why we study it.",
            "Don't wait, cure your knee pain today.",
        ),
        (
            "As there is no single therapy that halts the disease or undoes the damage, we study.",
            "Our therapy gives you a permanent fix for knee pain.",
        ),
    ],
)
def test_a_cure_said_of_a_denied_treatment_is_no_claim(denied: str, claimed: str) -> None:
    flag_pair(CURE, denied, claimed)


@each_case(
    ("claim",),
    [
        # "no other" compares: ours does what the others do not
        ("There is no other treatment that can reverse arthritis the way our stem cells do.",),
        # a "that" after no treatment word opens what is said, not what a treatment does
        ("There is no doubt that our injections heal knee cartilage for good.",),
        # the denial is undone by "until now", and a new clause speaks again
        ("There were no treatments that could reverse the damage of arthritis until now.",),
        ("There is no drug that cures arthritis, but our stem cells cure your knee pain.",),
    ],
)
def test_what_is_not_a_denied_treatment_still_claims(claim: str) -> None:
    raises(CURE, claim)


# -- Moved from tests/test_miracle2_rules.py -----------------------------------------------
# Round miracle2: a miracle word in scare quotes is named, not used.
#
# The spec's miracle-language is hype used to sell the offer. A hype word set alone in
# quotation marks, a quotation of at most SCARE_WORDS words ('a "breakthrough" clinic',
# 'the next "magic shot"', "the 'miracle water' of old"), is the writer holding the
# word at a distance: the scare quotes of a critic, a reporter or a warning, which by the
# recorded call ("a page that discusses a warning sign does not show it") is not the
# page's own hype (`sentences.scare_quoted`). The writer's own "we", "our" or "us" before
# it keeps it ('our "miracle" shot'), and so does a hype word outside the quotes ('a
# "miracle" breakthrough'). Longer quotations are someone's words quoted, read by the
# rules of reported speech. Made-up sentences, never a page's; each scare-quoted case
# here was found before the rule.

MIRACLE = "miracle-language"


@each_case(
    ("text",),
    [
        ('Before you book your next "miracle shot" for a bad knee, read the trials.',),
        ('The mall downtown has a "breakthrough" treatment for arthritis.',),
        ("Like the 'miracle water' of a century ago for gout, it may cost a fortune.",),
        ("Surgeons doubt the \u201crevolutionary\u201d procedure offered at the fair.",),
        ('The mall kiosk calls these injections "cutting-edge" regenerative care.',),
        ("A \u2018game changer\u2019 for knees, the leaflet said, with no trial behind it.",),
    ],
)
def test_a_miracle_word_in_scare_quotes_is_no_miracle_language(text: str) -> None:
    """Hype words held at a distance in quotation marks are named, not used."""
    assert MIRACLE not in red_flags(text), text


@each_case(
    ("text",),
    [
        # the look-alikes of the brief: hype used to sell, no quotation marks
        ("A revolutionary breakthrough in joint pain.",),
        ("Until now there was no way to regrow cartilage.",),
        ("The miracle of stem cells can heal your knee.",),
        ("This cutting-edge therapy is changing lives.",),
        # the writer's own word in quotes
        ('Our "miracle" shot rebuilds your knee.',),
        ('Ask us about the "breakthrough" knee injection we offer.',),
        # a hype word outside the quotes
        ('A "Miracle" Medical Breakthrough for knees.',),
        # a longer quotation is not scare quotes (reported speech has its own rules)
        ('The clinic held an open day called "Medicine of the future" for knee patients.',),
        # an apostrophe is no quotation mark
        ("Doctors' revolutionary knee therapy is here.",),
    ],
)
def test_hype_used_to_sell_is_still_found(text: str) -> None:
    """Hype words the page uses itself stay miracle language."""
    assert MIRACLE in red_flags(text), text


def test_scare_quoted_spans() -> None:
    """Short quotations only, and none after the writer's own words."""
    sentence = 'A "breakthrough" shot, not "the end of the line for knee surgery" at all.'
    spans = scare_quoted(sentence)
    assert [sentence[a:b] for a, b in spans] == ['"breakthrough"']
    assert scare_quoted('We sell the "miracle" shot.') == []
    assert scare_quoted("The patients' knees and the doctors' hopes.") == []


# -- Moved from tests/test_miracle3_rules.py -----------------------------------------------
# Round miracle3: "pioneered" tells who did a thing first, "pioneering" sells the offer.
#
# The spec's miracle-language is hype used of the offer ("a breakthrough treatment",
# "revolutionary stem cell therapy", "until now"). "A pioneering stem cell therapy" says
# so of the therapy; the verb's past, "our institute has pioneered stem cell therapy",
# "the doctor pioneered regenerative medicine in Nigeria", tells what someone did first:
# a claim of priority, not a breakthrough word (first runs: i08, recorded by its labeller
# before the run, and ck01 and en05, each diagnosed a rule too loose or an arguable label
# and left unlabelled; red_flags.yaml says so of "we pioneered these injections"). The
# two words share a stem, so the form "pioneered" is read in its own sense
# (`other_senses:` in data/check/advert_words.yaml), as urgency2 read "acted" and
# "hurried". Made-up sentences, each with a look-alike that must still be found, and the
# brief's look-alikes.

FLAG = "miracle-language"


@each_case(
    ("priority", "hype"),
    [
        (
            "Our institute has pioneered stem cell therapy for hip necrosis.",
            "Our institute offers pioneering stem cell therapy for hip necrosis.",
        ),
        (
            "The doctor pioneered regenerative medicine in his country in 2009.",
            "The doctor offers pioneering regenerative medicine in his country.",
        ),
        (
            "Twenty years ago our founder pioneered cellular therapy for knees.",
            "Ask about our pioneering cellular therapy for knees.",
        ),
        (
            "Surgeons at the hospital pioneered biologic treatment of torn tendons.",
            "Surgeons at the hospital offer a pioneering biologic treatment of torn tendons.",
        ),
    ],
)
def test_a_thing_pioneered_is_priority_but_a_pioneering_one_is_hype(
    priority: str, hype: str
) -> None:
    """The verb's past tells who came first; the adjective sells the therapy."""
    flag_pair(FLAG, priority, hype)


@each_case(
    ("sentence",),
    [
        ("A breakthrough treatment for knee pain.",),
        ("We offer revolutionary stem cell therapy.",),
        ("No way to reverse arthritis - until now!",),
        ("Discover the miracle of your own cells.",),
        # the hype word beside the priority claim is still the page's own
        ("We pioneered this revolutionary stem cell therapy for knees.",),
    ],
)
def test_hype_used_of_the_offer_is_still_found(sentence: str) -> None:
    raises(FLAG, sentence)


@each_case(
    ("sentence",),
    [
        ("There is no miracle cure for arthritis.",),
        ("Beware of clinics that promise miracles.",),
    ],
)
def test_miracles_denied_or_warned_of_stay_silent(sentence: str) -> None:
    assert FLAG not in red_flags(sentence), sentence


def test_a_world_pioneer_still_names_a_destination() -> None:
    """Only the form "pioneered" is read apart: medical tourism's "a world pioneer" in
    regenerative medicine, a destination's boast, is left as it was."""
    raises("medical-tourism", "Japan is now a world pioneer in regenerative medicine.")


# -- Moved from tests/test_redflag_families2.py --------------------------------------------
# Families of red-flag wordings mined from more real clinic, vendor and broker pages in
# no corpus (issue 14, item 3, second round: cure-claim, miracle-language,
# own-cells-so-safe, no-risk-claim, fda-status-claim, pay-to-join-trial, many-conditions;
# the pages and sentences are listed outside the repository in the mining notes). Each
# family is a concept with its synonyms, not one page's sentence: every test gives
# wordings that must raise the flag, and careful wordings (a page that discusses the
# sign, or says it of something else) that must not. Each raising sentence was missed
# before its family was added, so a test fails when its wording is removed.

# -- cure-claim ------------------------------------------------------------------------


@each_case(
    ("sentence",),
    [
        ("Stem cells put an end to chronic back pain.",),
        ("Our injections bring arthritis to an end.",),
        ("With our cells, knee pain becomes a distant memory.",),
    ],
)
def test_an_end_put_to_the_disease_or_its_pain_is_a_cure(sentence: str) -> None:
    raises(CURE, sentence)


@each_case(
    ("sentence",),
    [
        ("Our treatment heals arthritis.",),
        ("Stem cells eradicate the disease at its source.",),
        ("The new cells are healthy and free of ageing or disease.",),
        ("Patients with diabetes are putting away their insulin injections forever.",),
        ("Many patients stop their pain pills forever.",),
    ],
)
def test_the_disease_itself_said_to_heal_or_go_for_ever_is_a_cure(sentence: str) -> None:
    raises(CURE, sentence)


@each_case(
    ("sentence",),
    [
        ("The stem cells regenerate the original cartilage.",),
        ("Our cells rebuild your knee just like it was when you were young.",),
    ],
)
def test_tissue_restored_to_what_it_was_is_a_cure(sentence: str) -> None:
    raises(CURE, sentence)


@each_case(
    ("sentence",),
    [
        ("Be wary of clinics that promise to put an end to your pain.",),
        ("No injection can heal arthritis.",),
        ("Donors are screened to be free of infectious disease.",),
        ("Cell therapies could one day help heal injured or diseased tissue.",),
        ("Tendons rarely heal exactly as they were before the injury.",),
        ("Cartilage healing in osteoarthritis is poor.",),
        ("People free of arthritis at the start of the study were the controls.",),
    ],
)
def test_a_warning_a_negation_or_a_donor_screen_is_no_cure(sentence: str) -> None:
    clean(CURE, sentence)


# -- miracle-language ------------------------------------------------------------------


@each_case(
    ("sentence",),
    [
        ("Stem cells are the penicillin of the 21st century.",),
        ("Stem cells are the medicine of the twenty-first century.",),
        ("A ground-breaking treatment for worn knees.",),
        ("Exosomes will disrupt the way arthritis is treated.",),
        ("A disruptive technology for worn knees.",),
        ("Stem cells are finally delivering on their promise.",),
        ("Conditions once thought untreatable now respond to cell therapy.",),
    ],
)
def test_a_landmark_a_disruption_or_a_long_awaited_arrival_is_hype(sentence: str) -> None:
    raises(MIRACLE, sentence)


@each_case(
    ("sentence",),
    [
        ("Some clinics claim stem cells are the penicillin of the 21st century.",),
        ("Beware of ads for ground-breaking cures.",),
        ("Researchers have finally finished the trial.",),
        ("The trial results are finally here.",),
        ("Inflammation can disrupt the way cartilage cells work.",),
        ("It is a less disruptive procedure than surgery.",),
    ],
)
def test_hype_reported_or_words_used_plainly_are_not_hype(sentence: str) -> None:
    clean(MIRACLE, sentence)
