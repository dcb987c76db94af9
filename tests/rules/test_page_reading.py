"""A whole page read as a warning about such offers (many cues of others, no offer of its
own), or still as an advert: the careful pages of the precision rounds six to ten.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cases import each_case
from findings import (
    ADVERT_OFFERS,
    BASE_CUES,
    DISCUSSED,
    an_advert_with_these_cues_stays_an_advert,
    benefits,
    cues_of,
    found,
    offers_of,
    one_cue_more_reads_as_a_warning,
    report_of,
)
from findings import one_cue_more_reads_as_a_warning as reads_as_a_warning

from stemcell_cli.check.report import WARNING_CUES
from stemcell_cli.check.rules.page_genre import Genre
from stemcell_cli.check.rules.page_voice import Voice

# -- Moved from tests/test_page_reading.py -------------------------------------------------
# A text that warns throughout, and offers nothing of its own, reads as a warning about
# such offers: its claims and warning signs are discussed, not made (docs/matcher.md, "The
# rules in brief"). An advert that borrows warning words, but offers something, stays an
# advert.

#: Sentences that each add one different cue (checked by `test_each_cue_sentence_adds_one_cue`).
CUE_SENTENCES = (
    "Several clinics claim their cells regrow cartilage.",
    "The agency has issued a warning about these products.",
    "The injections supposedly last for years.",
    "Watch out for high prices.",
    "Some of these offers are predatory.",
)


def warning_text(*more: str) -> list[str]:
    return [*CUE_SENTENCES[:WARNING_CUES], DISCUSSED, *more]


def test_each_cue_sentence_adds_one_cue() -> None:
    # The other tests count on this: a sentence of CUE_SENTENCES adds exactly one cue.
    for count in range(1, len(CUE_SENTENCES) + 1):
        assert len(cues_of(*CUE_SENTENCES[:count])) == count, CUE_SENTENCES[count - 1]


def test_a_text_that_warns_throughout_reads_as_a_warning() -> None:
    report = report_of(*warning_text())
    assert report.warning
    # what it names is listed, as discussed, and none of it is made
    assert report.entries("benefit") and report.entries("red_flag")
    assert report.made("benefit") == {} and report.made("red_flag") == {}
    # conditions it names stay named
    assert "osteoarthritis" in report.made("condition")


def test_one_cue_fewer_is_still_read_as_an_advert() -> None:
    lines = [*CUE_SENTENCES[: WARNING_CUES - 1], DISCUSSED]
    report = report_of(*lines)
    assert not report.warning
    assert report.made("benefit") == report.entries("benefit") != {}


def test_the_same_cue_again_counts_once() -> None:
    lines = [*CUE_SENTENCES[: WARNING_CUES - 1], CUE_SENTENCES[0], DISCUSSED]
    assert not report_of(*lines).warning


@each_case(
    ("offer",),
    [
        ("We offer stem cell injections for knees.",),
        ("Our clinic uses your own cells.",),
        ("We proudly offer stem cells for knees.",),
        ("Call us today.",),
        ("Book a free consultation with our team.",),
        ("Prices start at 5,000 dollars per knee.",),
    ],
)
def test_an_offer_of_its_own_keeps_an_advert_an_advert(offer: str) -> None:
    report = report_of(*warning_text(offer))
    assert not report.warning
    assert report.made("benefit") != {}


@each_case(
    ("not_an_offer",),
    [
        ("We do not offer stem cell injections.",),
        ("Do not book a consultation until a doctor you trust has seen the offer.",),
        ("The clinic's website says call us now for a cure.",),
    ],
)
def test_an_offer_negated_or_reported_is_no_offer(not_an_offer: str) -> None:
    assert report_of(*warning_text(not_an_offer)).warning


def test_the_page_says_it_reads_as_a_warning(tmp_path: Path) -> None:
    warning = tmp_path / "warning.txt"
    warning.write_text("\n".join(warning_text()) + "\n", encoding="utf-8")
    advert = tmp_path / "advert.txt"
    advert.write_text("\n".join(warning_text("Call us today to book.")) + "\n", encoding="utf-8")
    # the warning signs it names are discussed, not shown: nothing to fail on
    assert check(warning).returncode == 0
    assert check(advert).returncode == 1
    shown = check(warning, "--no-fail").stdout
    assert "This text reads as a warning about such offers, not as an advert" in shown
    assert "Claims it discusses and what the evidence says" in shown
    assert "Warning signs it discusses" in shown
    data = json.loads(check(warning, "--no-fail", "--format", "json").stdout)
    assert data["reading"] == "warning"
    assert data["verdict"].startswith("This text reads as a warning")
    other = json.loads(check(advert, "--no-fail", "--format", "json").stdout)
    assert other["reading"] == "advert"
    assert other["verdict"].startswith("This advert")


def check(path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """The installed command's `check` of a file, run in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "stemcell_cli", "check", str(path), *options],
        capture_output=True,
        text=True,
    )


# -- Moved from tests/test_precision_rules6.py ---------------------------------------------
# Careful pages: what they only discuss is not their own claim or warning sign (issue 14,
# precision, sixth round).
#
# Two kinds of rule. Page reading: news, regulators, lawyers and doctors' blogs word their
# warnings in ways the page-level reading now counts as cues (`page_cues:` in
# advert_words.yaml: "unapproved", "illegal", patients "deceived" or "desperate", "a
# cautionary tale", regulators who "cracked down" or take "enforcement" action, "no reliable
# data", "stem cell tourism", "little oversight"), while an advert that hedges with the same
# words still offers something of its own and stays an advert. Sentences: a claim said on
# sellers' websites, what other clinics or centres tell patients or promise, a pitch that
# "relies on testimonials", a belief patients were misled "into", cures patients chase, the
# legal definition of a drug ("treat, cure or prevent"), testimonials named as "red flags",
# what patients "are told" or "were promised", people "in Nebraska who were treated", a
# cell's lineage. For each rule, careful sentences that must not raise it and advert
# sentences that still must.

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


@each_case(("name", "sentence"), PAGE_CUES)
def test_a_careful_writers_word_is_a_cue_of_a_warning(name: str, sentence: str) -> None:
    one_cue_more_reads_as_a_warning(sentence)


@each_case(("offer",), [(offer,) for offer in ADVERT_OFFERS])
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


@each_case(("name", "kind", "entry", "careful", "advert"), RULES)
def test_what_a_careful_page_only_discusses(
    name: str, kind: str, entry: str, careful: str, advert: str
) -> None:
    assert entry not in found(kind, careful), careful
    assert entry in found(kind, advert), advert


# -- Moved from tests/test_precision_rules7.py ---------------------------------------------
# Careful pages, second round: more of them read as warnings, and offers that are not the
# page's own (issue 14, precision, seventh round).
#
# Two kinds of rule. Page cues of insurance and law pages (`page_cues:` in
# advert_words.yaml): payers who call the treatment "experimental or investigational", who deny or
# exclude it, a treatment "not covered by" insurers, money won back "in small claims court".
# Guards of offers (`offer:` in `guards:`): another's price ("its injections cost from"), a
# site's footer ("see our privacy policy or contact us") and a cookie notice ("we use
# cookies") are no offer of the page's own. For each rule, careful texts that now read as a
# warning, and advert texts that still read as adverts.

#: An advert's own claims.
OWN_CLAIMS = "Our stem cells repair damaged cartilage and cure knee osteoarthritis."

#: Each sentence holds one wording of a new page cue (and no other new cue).
PAGE_CUES_PRECISION7 = [
    (
        "experimental-or-investigational",
        "Most plans call stem cell injections experimental or investigational.",
    ),
    ("insurers-deny", "Insurers routinely deny these claims."),
    ("not-covered-by-insurers", "The injections are not covered by most insurance companies."),
    ("small-claims-court", "One patient got her money back in small claims court."),
]

#: (rule, sentence that is no offer of the page's own, sentence that is one)
OFFER_GUARDS = [
    (
        "anothers-price",
        "Its injections cost from $1,500 to $9,000.",
        "Our injections cost from $1,500 to $9,000.",
    ),
    (
        "privacy-footer",
        "See our privacy policy or contact us for details.",
        "Contact us for details.",
    ),
    ("cookie-notice", "We use cookies to improve this site.", "We use stem cells from fat."),
]


@each_case(("name", "sentence"), PAGE_CUES_PRECISION7)
def test_an_insurance_or_law_pages_word_is_a_cue_of_a_warning(name: str, sentence: str) -> None:
    one_cue_more_reads_as_a_warning(sentence)


@each_case(("offer",), [(offer,) for offer in [*ADVERT_OFFERS[:2], "Packages start from $4,500."]])
def test_an_advert_that_hedges_with_those_words_stays_an_advert_precision7(offer: str) -> None:
    an_advert_with_these_cues_stays_an_advert(
        *(s for _, s in PAGE_CUES_PRECISION7), "Results may vary.", OWN_CLAIMS, offer
    )


@each_case(("name", "careful", "advert"), OFFER_GUARDS)
def test_an_offer_that_is_not_the_pages_own_keeps_no_page_an_advert(
    name: str, careful: str, advert: str
) -> None:
    assert offers_of(careful) == [], careful
    assert offers_of(advert), advert
    # a page that warns throughout reads as a warning with the guarded wording, not with
    # the page's own offer
    warns = (*BASE_CUES, "Many patients were deceived.", DISCUSSED)
    assert report_of(*warns, careful).warning, careful
    assert not report_of(*warns, advert).warning, advert


# -- Moved from tests/test_precision_rules8.py ---------------------------------------------
# Careful pages, third round: more of them read as warnings (issue 14, precision, eighth
# round).
#
# Page cues (`page_cues:` in advert_words.yaml) of the kinds careful writers use that the
# page-level reading did not count: evidence weighed and found wanting ("the evidence so far
# is weak", "scant evidence", "not enough evidence", "a lack of evidence", "poorly studied",
# "low certainty evidence", "not matched by evidence", "unknown risks"), a guideline's or a
# society's verdict ("recommends against", "advise against", "not recommended", "a position
# statement"), news about such offers ("a spokeswoman", "said in a statement", "told
# Reuters", "rogue clinics", "drawn criticism", "questions have come up"). Reported speech
# (`not_asserting:`): a seller's pitch retold ("the promoters say", "in their telling",
# "wants you to believe", "pedlars" of it) is not the page's own claim. Guards of the
# benefits: a symptom ("limited range of motion"), a study's usual operation ("conventional
# rotator cuff repair") and a disease's course ("abnormal remodelling of the bone") are no
# claim. For each rule, careful texts that now read as a warning or claim nothing, and advert
# texts that still read as adverts and still claim.

#: An advert's own claims.

#: Each sentence holds one wording of a new page cue (and no other new cue).
PAGE_CUES_PRECISION8 = [
    ("evidence-is-weak", "The evidence so far is weak."),
    ("scant-evidence", "There is scant evidence for these injections."),
    ("not-enough-evidence", "Not enough evidence supports these injections."),
    ("lack-of-evidence", "Reviews point to a lack of evidence."),
    ("poorly-evidenced", "These are poorly studied treatments."),
    ("low-certainty", "The review found only low certainty evidence."),
    ("not-backed-by-evidence", "None of this confidence is matched by evidence."),
    ("unsupported-by-evidence", "These uses are unsupported by clinical evidence."),
    ("unknown-risks", "The injections carry unknown risks."),
    ("recommends-against", "The college strongly recommends against these injections."),
    ("advise-against", "I would advise against it."),
    ("not-recommended", "The injections are not recommended for hip osteoarthritis."),
    ("position-statement", "The society published a position statement."),
    ("spokesperson", "A spokeswoman for the agency declined to comment."),
    ("said-in-a-statement", "The agency said in a statement that it is reviewing the case."),
    ("told-the-news", "The researcher told Reuters the results were disappointing."),
    ("rogue-clinics", "Rogue clinics have spread across the country."),
    ("criticism", "The practice has drawn strong criticism from scientists."),
    ("questions-have-come-up", "Serious questions have come up about these products."),
    ("promoters-say", "The promoters say the capsules work."),
    ("in-their-telling", "In their telling, the capsules work."),
    ("wants-you-to-believe", "The company wants you to believe the capsules work."),
    ("pedlars", "Pedlars of stem cells are everywhere."),
]

#: (rule, a seller's claim retold, the same claim made by the page)
RETOLD = [
    (
        "promoters-say",
        "The promoters say the capsules regenerate cartilage.",
        "Our doctors say the capsules regenerate cartilage.",
    ),
    (
        "in-their-telling",
        "In their telling, the capsules regenerate cartilage.",
        "In our clinic, the capsules regenerate cartilage.",
    ),
    (
        "wants-you-to-believe",
        "The company wants you to believe the capsules regenerate cartilage.",
        "The company knows the capsules regenerate cartilage.",
    ),
    (
        "pedlars",
        "Pedlars sell capsules that regenerate cartilage.",
        "Our clinic sells capsules that regenerate cartilage.",
    ),
]

#: (rule, benefit, careful sentence that does not claim it, advert sentence that does)
GUARDS = [
    (
        "a-symptom",
        "reduced-inflammation",
        "Typical features include pain, swelling, stiffness and limited range of motion.",
        "Our cells reduce swelling and restore the range of motion.",
    ),
    (
        "the-usual-operation",
        "tissue-regeneration",
        "Fourteen patients had conventional rotator cuff repair.",
        "Our stem cells repair the rotator cuff without surgery.",
    ),
    (
        "a-diseases-course",
        "tissue-regeneration",
        "Osteoarthritis brings abnormal remodelling of the bone under the cartilage.",
        "Our cells remodel and regenerate the cartilage.",
    ),
]


@each_case(("name", "sentence"), PAGE_CUES_PRECISION8)
def test_a_careful_writers_wording_is_a_cue_of_a_warning(name: str, sentence: str) -> None:
    reads_as_a_warning(sentence)


@each_case(("offer",), [(offer,) for offer in ADVERT_OFFERS])
def test_an_advert_that_hedges_with_those_words_stays_an_advert_precision8(offer: str) -> None:
    an_advert_with_these_cues_stays_an_advert(
        *(s for _, s in PAGE_CUES_PRECISION8), "Results may vary.", OWN_CLAIMS, offer
    )


@each_case(
    ("hedge",),
    [
        ("We do not recommend stem cell therapy for severe arthritis.",),
        ("The evidence is still mixed, and there may be unknown risks.",),
        ("Some critics say the evidence is weak, but our patients walk again.",),
    ],
)
def test_a_clinics_own_hedge_keeps_its_page_an_advert(hedge: str) -> None:
    an_advert_with_these_cues_stays_an_advert(hedge, OWN_CLAIMS, "Call us today.")


def test_a_clinics_aftercare_advice_is_no_verdict() -> None:
    assert cues_of("We advise against running for a week after the injection.") == set()
    assert cues_of("We advise against these injections.")


@each_case(("name", "retold", "made"), RETOLD)
def test_a_sellers_pitch_retold_is_not_the_pages_claim(name: str, retold: str, made: str) -> None:
    assert "tissue-regeneration" not in benefits(retold), retold
    assert "tissue-regeneration" in benefits(made), made


@each_case(("name", "benefit", "careful", "advert"), GUARDS)
def test_what_is_said_of_something_else_is_no_claim(
    name: str, benefit: str, careful: str, advert: str
) -> None:
    assert benefit not in benefits(careful), careful
    assert benefit in benefits(advert), advert


# -- Moved from tests/test_precision_rules9.py ---------------------------------------------
# Careful pages, fourth round: more of them read as warnings (issue 14, precision, ninth
# round).
#
# Page cues (`page_cues:` in advert_words.yaml) careful writers use that the page-level
# reading did not count, by kind: the evidence weighed and found absent ("no evidence
# supporting them", "the data are simply not there", "no proven benefit", "the
# results need replicating", "too little proof"), regulators and courts acting ("sued",
# "a lawsuit", "the Attorney General", "seized products", "false advertising", "a voluntary
# nationwide recall", "an FDA investigation", "a warning letter", "fines", "took them to
# court", "the FTC"), harm reported ("blinded after stem cell injections", "went blind",
# "reports of blindness", "reports of infections", "caught an infection") and doubts voiced
# ("skeptics", "doctors are worried"). Each only
# counts toward the page reading. Careful texts that now read as a warning, advert texts
# with those words that still read as adverts, and an advert's own wordings close to them
# that are no cue.

#: An advert's own claims.

#: Each sentence holds one wording of a new page cue (and no other new cue).
PAGE_CUES_PRECISION9 = [
    # the evidence weighed
    ("no-evidence-supporting", "A review found no evidence supporting these injections."),
    ("no-evidence-that", "A review found no evidence that the capsules are safe."),
    ("data-not-there", "The data are simply not there."),
    ("no-proven-benefit", "These procedures have no proven benefit."),
    ("needs-replicating", "The results need replicating in a larger group."),
    ("no-evidence-of-benefit", "The procedure is risky, with no evidence of any benefit to gain."),
    ("too-little-proof", "There is too little proof that it works."),
    # regulators and courts acting
    ("sued", "Four patients have sued the company."),
    ("lawsuit", "The lawsuit is still pending."),
    ("attorney-general", "The Attorney General took up the case."),
    ("seized", "Inspectors seized the products from a beauty shop."),
    ("false-advertising", "The doctor admitted to false advertising."),
    ("recall", "The maker issued a voluntary nationwide recall of the product."),
    ("investigation", "An FDA investigation found deviations in many lots."),
    ("warning-letter", "The company received a warning letter in March."),
    ("fines", "Whatever fines the regulator imposes are small."),
    ("to-court", "The regulator cannot take every provider to court."),
    ("ftc", "The FTC announced the settlement on Monday."),
    # harm reported
    ("blinded", "Three women were blinded after stem cell injections for their eyes."),
    ("went-blind", "One woman went blind within days."),
    ("reports-of-blindness", "The agency has received reports of blindness and tumors."),
    ("reports-of-infections", "Twelve reports of infections reached the health department."),
    ("caught-an-infection", "Both caught a bacterial infection a week later."),
    # doubts voiced
    ("skeptics", "The medical community has its skeptics."),
    ("doctors-worried", "Many doctors are worried."),
]

#: An advert's own wordings close to the new cues, none of which is a cue.
NO_CUE = [
    ("as-far-as-concerned", "As far as our doctors are concerned, safety comes first."),
    ("the-back-seizes-up", "One wrong movement and your back seizes up."),
    ("a-blinded-trial", "In a double blinded trial, the patients did not know their dose."),
]


@each_case(("name", "sentence"), PAGE_CUES_PRECISION9)
def test_a_careful_writers_wording_is_a_cue_of_a_warning_precision9(
    name: str, sentence: str
) -> None:
    reads_as_a_warning(sentence)


@each_case(("offer",), [(offer,) for offer in ADVERT_OFFERS])
def test_an_advert_that_mentions_those_words_stays_an_advert(offer: str) -> None:
    an_advert_with_these_cues_stays_an_advert(
        *(s for _, s in PAGE_CUES_PRECISION9), "Results may vary.", OWN_CLAIMS, offer
    )


@each_case(
    ("aside",),
    [
        ("Other clinics have no evidence behind their methods; ours is different.",),
        ("Unlike the clinics the FTC sued, we follow every rule.",),
        ("Some skeptics doubt it, but our patients walk again.",),
    ],
)
def test_a_clinics_own_aside_keeps_its_page_an_advert(aside: str) -> None:
    an_advert_with_these_cues_stays_an_advert(aside, OWN_CLAIMS, "Call us today.")


@each_case(("name", "sentence"), NO_CUE)
def test_an_adverts_own_wording_is_no_cue(name: str, sentence: str) -> None:
    assert cues_of(sentence) == set(), sentence


# -- Moved from tests/test_precision_rules10.py --------------------------------------------
# Careful pages, fifth round: more of them read as warnings, and a price range that is
# not the page's own (issue 14, precision, tenth round).
#
# Page cues (`page_cues:` in advert_words.yaml) careful writers use that the page-level
# reading did not count, by kind: the evidence weighed ("nobody knows the long-term risks",
# "not substantiated", "no data to support", "the jury is still out", "too early to know",
# "running ahead of the science", "not studied well enough", "nobody has tested", "the
# certainty of that evidence is very low", "no single study", "questions remain
# unanswered", "little reliable research", "lacks evidence"), regulators and courts acting
# ("trouble with regulators", "criminal", "marketed directly to consumers", "not
# licensed", "no medical background", "protect patients from", "malpractice", "slow to
# act", "rogue stem cell clinics", "doctors go rogue"), harm reported ("an outbreak of
# infections") and doubts voiced ("unethical", "a bait and switch", "a money-making
# scheme", "profiteering", "an air of legitimacy", "a bald-faced lie", "not the real
# thing", "temper the expectations", "bends the truth", "worthless", "the hard sell",
# "15% of clinics said"). Each only counts toward the page reading. Wordings that clinics,
# brokers and their FAQs use of themselves ("the wild west", "an open question", "a grey
# area", "very little evidence", "too little research", "no control group") are no cue.
#
# A guard of offers (`offer:` in `guards:`): a price range ("treatments that cost from
# $1,400 to more than $27,000") is a market's, reported, and no offer of the page's own;
# a clinic's own range says whose it is ("our injections cost from", `offers:`).

#: An advert's own claims.

#: Each sentence holds one wording of a new page cue (and no other new cue).
PAGE_CUES_PRECISION10 = [
    # the evidence weighed
    ("nobody-knows", "Nobody knows the long-term risks of these injections."),
    ("nobody-knows-whether", "In fact no one knows whether they harm the joint."),
    ("risks-never-known", "Long-term risks are never really known."),
    ("not-substantiated", "Clinical evidence has not substantiated the treatment."),
    ("no-data-to-support", "People have it done with no data to support doing so."),
    ("jury-out", "The jury is still out."),
    ("too-early", "It is far too early to know."),
    ("ahead-of-science", "Enthusiasm is running ahead of the science."),
    ("not-studied-enough", "The therapy has not been studied well enough."),
    ("nobody-tested", "These are supplements nobody has tested."),
    ("certainty-low", "The certainty of that evidence is very low."),
    ("no-single-study", "No single clinical study shows that."),
    ("questions-unanswered", "Some questions remain unanswered."),
    ("little-reliable-research", "Little reliable research backs the method."),
    ("lacks-evidence", "The literature lacks consistent evidence."),
    # regulators and courts acting
    ("trouble-with-regulators", "Several clinics ran into trouble with federal regulators."),
    ("criminal", "Criminal charges followed."),
    ("marketed-directly", "The products are marketed directly to consumers."),
    ("sold-straight-to-patients", "Most such therapies are sold straight to patients."),
    ("not-licensed", "The owner was not licensed in the state."),
    ("no-medical-background", "The owner had no medical background."),
    ("protect-patients", "Boards must protect patients from harm."),
    ("malpractice", "She joined a malpractice case."),
    ("slow-to-act", "The ministry has been slow to act."),
    ("rogue-stem-cell-clinics", "Rogue stem cell clinics are spreading."),
    ("go-rogue", "It is sad when doctors go rogue."),
    # harm reported
    ("outbreak", "Officials found an outbreak of bacterial infections."),
    # doubts voiced
    ("unethical", "The practice is unethical."),
    ("bait-and-switch", "It is a bait and switch."),
    ("money-making-scheme", "It is a money-making scheme."),
    ("profiteering", "It looks like profiteering."),
    ("air-of-legitimacy", "The country lends the therapy an air of legitimacy."),
    ("bald-faced-lie", "That is most likely a bald-faced lie."),
    ("not-the-real-thing", "This injection is not the real thing."),
    ("temper-expectations", "Doctors temper the expectations of eager patients."),
    ("bends-the-truth", "That selling bends the truth."),
    ("worthless", "The injection is worthless."),
    ("hard-sell", "The seminar was a hard sell."),
    ("share-of-clinics-said", "In the survey 15% of clinics said their therapies work."),
]

#: Wordings clinics, brokers and their FAQs use of themselves, none of which is a cue.
NO_CUE_PRECISION10 = [
    ("wild-west", "Out in the wild west of regenerative medicine, we stand apart."),
    ("open-question", "Whether this lasts for decades is still an open question."),
    ("grey-area", "At home the treatment sits in a legal grey area."),
    ("too-little-research", "Too little research has been done to answer for certain."),
    ("no-control-group", "The study was small and had no control group."),
    ("remain-unresolved", "Pain and complications often remain unresolved after surgery."),
    ("nobody-knows-your-body", "No one knows your body like you do."),
    ("licensed-doctors", "Our doctors are licensed and board certified."),
    ("protect-your-cells", "Our lab protects your cells from contamination."),
]

#: (rule, a price range reported, the page's own price)
PRICE_RANGES = [
    (
        "a-markets-range",
        "They talked them into treatments that cost from $1,400 to more than $27,000.",
        "Our injections cost from $1,400 to $2,700.",
    ),
    (
        "a-countrys-range",
        "In the U.S. they cost from $15,000 to $50,000.",
        "Prices from $4,500 for one knee.",
    ),
    (
        "a-range-abroad",
        "Procedures there cost less, with prices from roughly $3,000 to $10,000.",
        "Our prices start from $3,000.",
    ),
]


@each_case(("name", "sentence"), PAGE_CUES_PRECISION10)
def test_a_careful_writers_wording_is_a_cue_of_a_warning_precision10(
    name: str, sentence: str
) -> None:
    reads_as_a_warning(sentence)


@each_case(("offer",), [(offer,) for offer in ADVERT_OFFERS])
def test_an_advert_that_mentions_those_words_stays_an_advert_precision10(offer: str) -> None:
    an_advert_with_these_cues_stays_an_advert(
        *(s for _, s in PAGE_CUES_PRECISION10), "Results may vary.", OWN_CLAIMS, offer
    )


@each_case(("name", "sentence"), NO_CUE_PRECISION10)
def test_an_adverts_own_wording_is_no_cue_precision10(name: str, sentence: str) -> None:
    assert cues_of(sentence) == set(), sentence


@each_case(("name", "reported", "own"), PRICE_RANGES)
def test_a_price_range_reported_is_no_offer_of_the_pages_own(
    name: str, reported: str, own: str
) -> None:
    assert offers_of(reported) == [], reported
    assert offers_of(own), own
    # a page that warns throughout reads as a warning with the range it reports, not with
    # a price of its own
    warns = (*BASE_CUES, "Many patients were deceived.", DISCUSSED)
    assert report_of(*warns, reported).warning, reported
    assert not report_of(*warns, own).warning, own


# -- Round genre1 ---------------------------------------------------------------------------
# A page's genre read from its words (check/rules/page_genre.py): a small model learned from the
# corpus's train pages by benchmarks/train_genre.py (data/check/genre.yaml). A page that
# offers nothing of its own and holds too few cues reads as a warning when the model
# scores its words as a careful page's; a clinic's own page, even one that quotes a
# regulator, does not. Made-up pages in our own words.

REGULATOR_LIKE = (
    "A consumer update from the state health agency.",
    "Companies and chiropractors across California market stem cell products at seminars "
    "and in online ads.",
    "Some of these businesses sell the products for autism, Parkinson's disease, multiple "
    "sclerosis and covid.",
    "Patients have paid thousands of dollars.",
    "Ask your doctor about clinical trials listed by the public health authorities.",
)
FIRST_PERSON_CLINIC = (
    "I opened my practice twenty years ago because I wanted to help people move again.",
    "My patients tell me their knee pain eases and their mobility returns.",
    "Stem cells from your own body can repair damaged cartilage and reduce inflammation.",
    "Most people are back to normal activity within weeks.",
)
CLINIC_QUOTING_A_REGULATOR = (
    "I opened my practice twenty years ago because I wanted to help people move again.",
    "The FDA has warned consumers about unapproved products sold online.",
    "That is why my patients receive only their own cells, taken and returned the same day.",
    "Stem cells from your own body can repair damaged cartilage and reduce inflammation.",
    "Most people are back to normal activity within weeks.",
)


def _genre_score(*lines: str) -> float:
    from findings import MATCHER

    from stemcell_cli.check.rules.page_genre import score

    assert MATCHER.genre is not None  # the shipped matcher carries the shipped model
    return score(MATCHER.genre, lines)


def test_a_regulator_like_page_with_few_cues_reads_as_a_warning_by_its_words() -> None:
    # Too few cues for the cue rule, and no offer: the model alone reads it.
    assert len(cues_of(*REGULATOR_LIKE)) < WARNING_CUES
    assert offers_of(*REGULATOR_LIKE) == []
    assert report_of(*REGULATOR_LIKE).warning


def test_a_page_read_as_a_warning_by_its_words_is_not_said_to_warn_again_and_again(
    tmp_path: Path,
) -> None:
    # Its verdict says only what holds of every page read as a warning: no offer of its
    # own; a page of few cues does not warn "again and again" (patient14).
    page = tmp_path / "regulator.txt"
    page.write_text(" ".join(REGULATOR_LIKE) + "\n", encoding="utf-8")
    verdict = json.loads(check(page, "--no-fail", "--format", "json").stdout)["verdict"]
    assert verdict.startswith("This text reads as a warning about such offers")
    assert "It offers nothing of its own." in verdict
    assert "again and again" not in verdict


@each_case(("page",), [(FIRST_PERSON_CLINIC,), (CLINIC_QUOTING_A_REGULATOR,)])
def test_a_clinics_own_page_without_an_offer_is_no_warning_by_its_words(
    page: tuple[str, ...],
) -> None:
    # No offer that the gate would see: the model decides, and reads a clinic's words,
    # even beside a regulator's warning quoted, as an advert's.
    from findings import MATCHER

    assert offers_of(*page) == []
    assert MATCHER.genre is not None
    assert _genre_score(*page) < MATCHER.genre.threshold
    assert not report_of(*page).warning


def test_an_offer_of_its_own_keeps_a_page_an_advert_whatever_its_words() -> None:
    page = (*REGULATOR_LIKE, "Call us today to book your consultation.")
    assert offers_of(*page)
    assert not report_of(*page).warning


@pytest.mark.parametrize(
    ("text", "field", "line"),
    [
        ("bias: 1.0\nthreshold: 2.0\nweights:\n  regul: high\n", "weights.regul", 4),
        ("bias: 1.0\nthreshold: .inf\nweights:\n  regul: 1.0\n", "threshold", 2),
        ("bias: 1.0\nthreshold: 2.0\nweigths:\n  regul: 1.0\n", "weigths", 3),
        ("bias: 1.0\nthreshold: 2.0\nweights:\n  Regul: 1.0\n", "weights.Regul", 4),
        ("bias: 1.0\nweights:\n  regul: 1.0\n", "threshold", 1),
        ("bias: true\nthreshold: 2.0\nweights:\n  regul: 1.0\n", "bias", 1),
    ],
)
def test_a_malformed_genre_file_is_one_line_naming_file_line_and_field(
    tmp_path: Path, text: str, field: str, line: int
) -> None:
    from stemcell_cli.check.rules.page_genre import load
    from stemcell_cli.core.errors import DataError

    path = tmp_path / "genre.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load(path)
    shown = caught.value.lines()
    assert len(shown) == 2  # the problem, then the count
    assert shown[0].startswith(f"{path}:{line}:")
    assert f" {field}:" in shown[0]


def test_the_shipped_genre_file_loads() -> None:
    from stemcell_cli.check.rules.page_genre import load
    from stemcell_cli.core.datadirs import GENRE_MODEL, shipped_dir

    genre = load(shipped_dir() / GENRE_MODEL)
    assert 50 <= len(genre.weights) <= 1000


def test_training_the_genre_model_is_reproducible(tmp_path: Path) -> None:
    # The same made-up corpus gives the same file, byte for byte, and the loader reads it.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import train_genre

    from stemcell_cli.check.rules.page_genre import load, stems_of

    careful = [
        "The agency warned consumers about unapproved clinics.",
        "Regulators sued a company for misleading advertising.",
        "Researchers say the evidence is weak and patients paid dearly.",
    ]
    adverts = [
        "Our clinic repairs your knee with your own cells.",
        "We restore mobility and reduce pain in weeks.",
        "Book a consultation with our friendly team today.",
    ]
    docs = [
        train_genre.Doc(
            f"{name}{n}-careful" if is_careful else f"{name}{n}",
            name,
            is_careful,
            frozenset(stems_of([text, other])),
            cues=0,
            offer=False,
        )
        for n, name in enumerate(["aa", "bb", "cc", "dd"])
        for is_careful, texts in ((True, careful), (False, adverts))
        for text, other in zip(texts, texts[1:] + texts[:1], strict=True)
    ]
    grid = [
        train_genre.Setting("nb", 5, 2, 1.0, "all"),
        train_genre.Setting("bernoulli", 5, 2, 0.5, "all"),
    ]
    first, second = train_genre.made(docs, grid), train_genre.made(list(docs), grid)
    assert first == second
    path = tmp_path / "genre.yaml"
    path.write_text(first, encoding="utf-8")
    assert load(path).weights


def test_a_stem_starts_as_its_word_so_the_genre_score_may_skip_words() -> None:
    # `page_genre.score` stems only the words whose first letters start a stem of the model:
    # that holds while `stem` keeps a word's first PREFIX letters (up to an apostrophe).
    # A new ending or own stem in check/words/stemmer.py that broke it would make the score
    # miss words the training counted.
    from stemcell_cli.check.rules.page_genre import _start
    from stemcell_cli.check.words import stemmer

    words = list(stemmer._OWN_STEM)
    for ending, _, _ in stemmer._ENDINGS:
        for base in ("a", "ab", "abc", "abcd", "abcde", "abb", "abbe", "ss", "us"):
            words += [base + ending, f"{base}{ending}'s", f"{base}{ending}s'"]
    words += ["he's", "it's", "x's", "u", "don't", "o'neill"]
    for word in words:
        assert _start(stemmer.stem(word)) == _start(word), (word, stemmer.stem(word))


# -- Round whosepage1 -----------------------------------------------------------------------
# Whose page it is: below the model's threshold, a page whose words lean careful (the
# voice's `score`, data/check/voice.yaml) reads as careful when it speaks of clinics in the
# third person and never as the one offering. Made-up sentences in our own words; a
# made-up model, so the figures of the shipped one do not matter here.

THIRD_PERSON_PAGE = (
    "Clinics that sell these injections rarely publish their results.",
    "Before you pay, ask the clinic for the written consent form.",
    "Providers abroad often charge for the cells and the flight together.",
)


def _voice() -> Voice:
    # The shipped voice reading: its wordings are data (data/check/voice.yaml), and it
    # reads the wordings of the page's own offer too (`offers:`, round lists1).
    from findings import CATALOG

    from stemcell_cli.check.matching.wordings import lexicon_for
    from stemcell_cli.check.rules.page_voice import load
    from stemcell_cli.core.datadirs import PAGE_VOICE, shipped_dir

    return load(shipped_dir() / PAGE_VOICE, offers=lexicon_for(CATALOG).offers)


def voice_reads_careful(lines: tuple[str, ...]) -> bool:
    from stemcell_cli.check.rules.page_voice import reads_careful

    return reads_careful(_voice(), lines)


def _model(score: float, threshold: float = 20.0) -> Genre:
    # A model whose every page scores `score`: no weight matches an English word.
    return Genre(score, threshold, {"zqx": 1.0}, _voice())


def test_a_page_speaking_of_clinics_in_the_third_person_reads_as_careful() -> None:
    assert voice_reads_careful(THIRD_PERSON_PAGE)


@each_case(
    ("own",),
    [
        ("Our clinic has treated knees since 2009.",),
        ("At my practice each patient meets the surgeon first.",),
        ("We offer the injection on the same day.",),
        ("Patients trust us with their joints.",),
        ("The choice is yours, and the care is ours.",),
        ("Phone 555-201-3344 for details.",),
        ("Book a consultation with the team.",),
        ("Call us to ask about prices.",),
    ],
)
def test_a_page_that_speaks_as_the_one_offering_is_no_careful_voice(own: str) -> None:
    assert not voice_reads_careful((*THIRD_PERSON_PAGE, own))


def test_the_voice_read_back_from_the_cache_reads_as_the_one_loaded() -> None:
    """A run whose matcher is cached makes the voice from its state (`from_state`), its
    patterns compiled on first use (speed8): they read pages as the loaded voice's."""
    from stemcell_cli.check.rules.page_voice import from_state, reads_careful, state

    loaded = _voice()
    cached = from_state(state(loaded))
    assert cached == loaded
    for page in (
        THIRD_PERSON_PAGE,
        (*THIRD_PERSON_PAGE, "CLINICS abroad charge more."),
        (*THIRD_PERSON_PAGE, "We offer the injection on the same day."),
        (*THIRD_PERSON_PAGE, "Phone 555-201-3344 for details."),
    ):
        assert reads_careful(cached, page) == reads_careful(loaded, page)
    assert cached.third_pattern.search("CLINICS abroad")  # (case as the loaded one's)
    assert cached.offer_pattern.search("WE OFFER it") and not cached.offer_pattern.search("OURS")


def test_the_us_of_a_country_is_no_voice_of_its_own() -> None:
    assert voice_reads_careful((*THIRD_PERSON_PAGE, "In the US, the FDA has approved none."))


def test_clinics_named_too_seldom_are_no_careful_voice() -> None:
    page = ("Clinics sell it.", "Knees ache in the cold.", "Cartilage wears thin with age.")
    assert _voice().mentions > 1
    assert not voice_reads_careful(page)


def test_the_voice_lifts_only_words_that_already_lean_careful() -> None:
    from stemcell_cli.check.rules.page_genre import reads_as_careful

    least = _voice().score
    assert least < 20.0
    # Under the threshold but leaning careful: the voice decides.
    assert reads_as_careful(_model(least), THIRD_PERSON_PAGE)
    assert not reads_as_careful(_model(least), (*THIRD_PERSON_PAGE, "We offer it."))
    # Too low a score: the voice alone does not make a page careful.
    assert not reads_as_careful(_model(least - 1.0), THIRD_PERSON_PAGE)
    # At the threshold the model reads it careful, whatever the voice (the offer gate of
    # `reads_as_warning` comes before it).
    assert reads_as_careful(_model(20.0), (*THIRD_PERSON_PAGE, "We offer it."))
    # A model without a voice reading reads only its threshold.
    assert not reads_as_careful(_model(least)._replace(voice=None), THIRD_PERSON_PAGE)


def test_the_shipped_matcher_carries_the_shipped_voice() -> None:
    from findings import MATCHER

    assert MATCHER.genre is not None
    assert MATCHER.genre.voice is not None
    assert MATCHER.genre.voice == _voice()
    assert MATCHER.genre.voice.offers  # the offer's own wordings, read by the voice too
