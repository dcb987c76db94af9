"""Words read in another sense: a word of haste told, not bid; a claim word inside a name
given in quotes; "US" the country, not the pronoun; the `other_senses:` word lists; a
verb, not the -ment or -ion noun of its stem ("treat!").
"""

from __future__ import annotations

import pytest
from cases import each_case
from findings import benefits, entries, flag_pair, raises, red_flags

from stemcell_cli.check.matching import findings
from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.rules.other_senses import parse
from stemcell_cli.check.words.phrases import PhraseError
from stemcell_cli.check.words.sentences import quoted_names

# -- Moved from tests/test_wordsense_rules1.py ---------------------------------------------
# Words read in another sense (wordsense1, `check/rules/other_senses.py`, `other_senses:` of
# data/check/advert_words.yaml): a finding whose edge word its neighbours give another
# sense claims nothing, whatever claim or warning sign it was read for. Made-up
# sentences, each with a look-alike that must still be found.

# -- the rule, on a matcher that knows only a few words -------------------------------


def _entries(sentence: str, *senses: str) -> set[str]:
    found = Matcher(
        [
            Phrase("red_flag", "travel", "flight|flights|hotel"),
            Phrase("benefit", "repair", "tendons ... fix|fixed"),
            Phrase("benefit", "new", "new cells"),
            Phrase("condition", "knee", "knee"),
            Phrase("red_flag", "deadline", "limited time"),
            *(Phrase(findings.SENSE, findings.SENSE, text) for text in senses),
        ]
    ).scan([sentence])
    return {m.entry_id for m in found}


SENSES = ("[flight|flights] of stairs", "[fix|fixed] onto", "known as [*]", "[cells] types")


@each_case(
    ("sentence", "entries"),
    [
        # the last word of a finding with its words after it
        ("Walk down a flight of stairs.", set()),
        ("The tendons fix onto the bone.", set()),
        # the first word with its words before it ("[*]": any word)
        ("It is known as new cells.", set()),
        # a word after it that is not its neighbour, or a neighbour not right next to it
        ("Your flight is booked.", {"travel"}),
        ("The tendons fix the tear onto the bone.", {"repair"}),
        ("Known for new cells.", {"new"}),
        # words before a word that need words after it say nothing ("of stairs" before)
        ("Of stairs, a flight.", {"travel"}),
        # "[*]" reads only the first word: the neighbour before the last word is no name
        ("The new cells known as types.", {"new"}),
        # a condition is named whatever the sense of the words around it
        ("Known as knee.", {"knee"}),
    ],
)
def test_an_edge_word_read_in_another_sense_drops_the_finding(
    sentence: str, entries: set[str]
) -> None:
    """A finding is dropped when its last word has its words after it right after it,
    or its first word its words before it right before it (claims and warning signs
    only)."""
    assert _entries(sentence, *SENSES) == entries


def test_without_the_list_every_finding_stays() -> None:
    assert _entries("Walk down a flight of stairs.") == {"travel"}
    assert _entries("The tendons fix onto the bone.") == {"repair"}


def test_a_word_with_its_own_words_after_it_is_read_at_the_first_word() -> None:
    """An entry written "[word]: after" names the match's first word followed, inside the
    match, by its words after (firstft1): the verb that limits, not the adjective of a
    deadline; the word's other forms, or other words after it, still count."""
    entry = "[limiting|limits]: time"
    assert _entries("Pain kept limiting time on the course.", entry) == set()
    assert _entries("Book for a limited time.", entry) == {"deadline"}
    assert _entries("Limiting the flight time.", entry) == {"travel"}


def test_a_form_alone_is_never_read_as_its_stems_word() -> None:
    """An entry with no neighbours names a written form read in another sense at
    either end of a finding; the other forms of its stem still count."""
    assert _entries("Book your hotels now.", "[hotels]") == set()
    assert _entries("Book your hotel now.", "[hotels]") == {"travel"}


@each_case(
    ("text", "problem"),
    [
        ("flight of stairs", "brackets"),
        ("[flight] of [stairs]", "brackets"),
        ("[*] of stairs", "stands alone"),
        ("[a|*] of", "letters or digits"),
        ("of * [flight]", "only the bracketed"),
        ("[flight] of a b c d", "at most"),
        ("[flight] of {stairs}", "letters or digits"),
        ("of [flight]: stairs", "takes words after"),
        ("[flight]:", "takes words after"),
        # (review6) one closing bracket: "]]:" is no "]:" behind a stray bracket
        ("[flight]]: of", "letters or digits"),
    ],
)
def test_an_entry_not_of_its_shape_is_refused(text: str, problem: str) -> None:
    with pytest.raises(PhraseError, match=problem):
        parse(text)
    with pytest.raises(PhraseError, match=problem):
        Matcher([Phrase(findings.SENSE, findings.SENSE, text)])


@each_case(
    ("kind", "entry", "other_sense", "still_found"),
    [
        # a stem shared with another word
        (
            "red_flag",
            "pay-up-front",
            'They begin "packaging key signals for healing" and carry them to the cells.',
            "Our package of three injections is paid before the first visit.",
        ),
        # stairs, not air travel
        (
            "red_flag",
            "medical-tourism",
            "Success is being able to walk down a flight of stairs and go surfing.",
            "Your package includes the flight to Cancun and five nights at the resort.",
        ),
        # attached, not repaired
        (
            "benefit",
            "tissue-regeneration",
            "The four rotator cuff tendons fix onto the top of the humerus.",
            "Our cells fix torn tendons.",
        ),
        # recovered from the treatment, not from the disease
        (
            "red_flag",
            "cure-claim",
            "Once I had fully healed from the injection, my knee felt brand new.",
            "The cells fully healed my arthritic knee.",
        ),
        # kinds of cell, not tissue grown
        (
            "benefit",
            "tissue-regeneration",
            "No other cell in the body can generate new cell types.",
            "The injections generate new cells in the worn joint.",
        ),
        # a name given, not a claim made
        (
            "benefit",
            "tissue-regeneration",
            'Regenerative medicine, also known as "cell restoration", may be an option.',
            "Cell restoration rebuilds your worn cartilage.",
        ),
    ],
)
def test_a_word_in_another_sense_claims_nothing(
    kind: str, entry: str, other_sense: str, still_found: str
) -> None:
    found = red_flags if kind == "red_flag" else benefits
    assert entry not in found(other_sense), other_sense
    assert entry in found(still_found), still_found


# -- Moved from tests/test_urgency2_rules.py -----------------------------------------------
# A word of haste told, not bid, is no push on the reader (urgency2, `other_senses:` of
# data/check/advert_words.yaml, read by `check/rules/other_senses.py`).
#
# The spec (benchmarks/adverts/README.md, red flags): urgency-pressure is pressure on the
# reader to decide fast ("book now", "offer ends", "act fast"). Of its wordings, "act
# fast|now|quickly|today" and "hurry" are verbs of haste, and they push only in the plain
# form that bids the reader ("Act fast", "Hurry, ..."). Inflected for a third person or the
# past they tell how a drug takes effect or what was done to someone: the first runs' train
# false alarms ey01 ("Acts fast", cortisone's quick effect in a comparison chart) and eo02
# (a columnist "hurried into a waiting room"), each diagnosed in
# benchmarks/adverts/first-runs/ as a rule too loose. Those forms ("acts", "acted",
# "hurries", "hurried") are never read as the push. The "-ing" form stays a push ("Acting
# fast saves cartilage"), and so do the verbs of booking, whose participle can carry a
# deadline ("appointments booked today"). Made-up sentences, each with a look-alike that
# must still be found.

FLAG = "urgency-pressure"


@each_case(
    ("told", "bid"),
    [
        # a treatment's course: how fast a drug takes effect
        (
            "Our numbing cream acts fast, so the injection hardly hurts.",
            "Act fast: our numbing cream makes the injection hardly hurt.",
        ),
        (
            "- Acts fast",
            "- Act fast",
        ),
        (
            "The local anaesthetic we use acted quickly on my knee.",
            "Act quickly, before the pain in your knee comes back.",
        ),
        # the past or a third person: what was done, not what the reader must do
        (
            "At the clinic I was hurried into a waiting room.",
            "Hurry into our clinic: the waiting room fills up.",
        ),
        (
            "The nurse hurries from room to room on busy days.",
            "Hurry, our busy days are almost fully booked.",
        ),
        (
            "My surgeon acted now rather than later, and the tear healed.",
            "Act now rather than later, and let the tear heal.",
        ),
    ],
)
def test_haste_told_is_no_push_but_haste_bid_is(told: str, bid: str) -> None:
    flag_pair(FLAG, told, bid)


@each_case(
    ("sentence",),
    [
        # the brief's look-alikes: scarcity, a deadline, a bid to call, limited time
        ("Only 5 spots left this month.",),
        ("Book now: offer ends Friday.",),
        ("Don't wait until your knee needs replacing, call today.",),
        ("Limited time: 20% off your first injection.",),
        # the -ing form of haste still pushes
        ("Acting fast saves the cartilage you still have.",),
        # the verbs of booking keep every form: a booking's deadline (with "now": a bare
        # "Call Today" line is no push since leftovers2)
        ("Call Now: 555-0100",),
    ],
)
def test_pushes_still_found(sentence: str) -> None:
    raises(FLAG, sentence)


# -- Moved from tests/test_named1_rules.py -------------------------------------------------
# A claim word inside a name given in quotes claims nothing (round named1,
# `sentences.quoted_names`): "Regenerative medicine, also known as "cell restoration" or
# "cell therapy"" names the field, it does not say the cells restore anything. The name is
# the quotation right after a renaming phrase ("also known as", "sometimes called",
# "referred to as", "goes by"), with the quotations joined to it by "or", "and", a comma
# or a slash. Made-up sentences, each with a look-alike that must still be found.

# -- what is a name given ---------------------------------------------------------------


@each_case(
    ("sentence", "names"),
    [
        ('Regenerative medicine, also known as "cell restoration", helps.', ['"cell restoration"']),
        (
            'It also goes by "cell restoration" or "cell therapy", and it may suit you.',
            ['"cell restoration" or "cell therapy"'],
        ),
        (
            "The field, sometimes called \u201cregrowth medicine\u201d, is young.",
            ["\u201cregrowth medicine\u201d"],
        ),
        (
            'It is referred to as "joint repair", "cartilage renewal" and more.',
            ['"joint repair", "cartilage renewal"'],
        ),
        # the writer's own name for its offer is its own wording
        ('Our shot, also known as "the miracle shot", works.', []),
        # no renaming phrase: a quotation alone is no name
        ('Our cells "repair cartilage" in weeks.', []),
        # a bare "called" is a name the advertiser gives, its own wording
        ('We held a press conference called "Medicine of the future".', []),
        # the name must open right after the phrase
        ('Known as the best, our "miracle" shot works.', []),
    ],
)
def test_quoted_names(sentence: str, names: list[str]) -> None:
    assert [sentence[start:end] for start, end in quoted_names(sentence)] == names


# -- a claim word inside the name ------------------------------------------------------


@each_case(
    ("named", "claimed"),
    [
        # the train diagnosis (dd04): a claim word in the middle of the field's other name
        # ("known as [*]" of `other_senses:` reads only the first word after the phrase)
        (
            'Regenerative medicine, which also goes by "cell restoration" or "cell therapy", '
            "might suit you.",
            "Regenerative medicine restores the cells of your cartilage and might suit you.",
        ),
        (
            'Regenerative medicine, also known as "biologic cell restoration", may be an option.',
            "Our cell restoration treatment regrows cartilage.",
        ),
        # the second of two names joined by "or"
        (
            'The approach is sometimes called "orthobiologics" or "tissue regeneration therapy".',
            'The approach, sometimes called "orthobiologics", regenerates damaged tissue.',
        ),
    ],
)
def test_claim_word_in_a_name_given(named: str, claimed: str) -> None:
    assert "tissue-regeneration" not in benefits(named), named
    assert "tissue-regeneration" in benefits(claimed), claimed


def test_a_name_given_takes_no_warning_sign() -> None:
    named = 'The method is also known as "the miracle shot" among athletes.'
    assert "miracle-language" not in red_flags(named)
    # the same words used, not named: a warning sign
    assert "miracle-language" in red_flags("Our miracle shot works for athletes.")
    # a claim outside the name is still the page's: the name is only the quotation
    outside = 'Our therapy, also known as "BMAC", regrows damaged cartilage.'
    assert "tissue-regeneration" in benefits(outside)


@each_case(
    ("sentence",),
    [
        # not quoted, with an article: praise said of the offer, not a name
        ("Known as a breakthrough, our therapy regrows cartilage.",),
        # a bare "called": the advertiser's own name for its offer
        ('Our treatment, called "Cartilage Regrowth", regrows damaged cartilage.',),
        # a quotation with no renaming phrase before it
        ('Our cells "repair damaged cartilage" in weeks.',),
    ],
)
def test_claims_that_are_no_name_given(sentence: str) -> None:
    assert "tissue-regeneration" in benefits(sentence), sentence


@each_case(
    ("sentence",),
    [
        ("Known as a breakthrough, our therapy regrows cartilage.",),
        ('Our shot, also known as "the miracle shot", works.',),
    ],
)
def test_hype_that_is_no_name_given(sentence: str) -> None:
    assert "miracle-language" in red_flags(sentence), sentence


# -- Moved from tests/test_fixes1_rules.py -------------------------------------------------
# Two reading slips of older rounds (fixes1): the country "US" read as the pronoun "us",
# and a `|` alternative written as if it could hold several words.
#
# (a) The offer's own words ("we", "our", "us", "you") keep a finding the offer's: a rule
# told or an abbreviation spelled out (`check/rules/regulations_told.py`), a ban at home set beside
# the page's own place (`{we-here}` in red_flags.yaml) and the other readers of the offer's
# voice. Compared in small letters, "the US Food and Drug Administration" held the
# pronoun "us". A word written "US" (two capitals) is the country, as "U.S." always was;
# "us" and "Us" stay the pronoun (`sentences.fold`, `sentences._token_keys`).
#
# (b) `a|b` joins single words: `patients ... from ... around|all over the world` read
# "around over the world" or "all over the world", never "patients from around the world".
# The same slip, found by scanning data/ for `|` groups that mix a function
# word with others beside a function word: `# out of|in ten` (never "nine in ten") and the
# guard `a|an over the counter|prescription|oral|... anti|non inflammatory` (never "an oral
# anti-inflammatory"), each now two phrases. Made-up sentences, each with a look-alike that
# must still be found.


@each_case(
    ("country", "pronoun", "entry"),
    [
        # a rule told, with nothing of the offer in its sentence (regvocab1's `told`)
        (
            "The US FDA regulates HCT/Ps under section 361.",
            "The FDA lets us offer HCT/Ps under section 361.",
            "fda-status-claim",
        ),
        (
            "The US FDA regulates HCT/Ps under section 361.",
            "The FDA regulates HCT/Ps under section 361, so contact us.",
            "fda-status-claim",
        ),
        # an abbreviation spelled out (fda3's `glossed`)
        (
            "For the US Food and Drug Administration (FDA), amniotic tissue is an HCT/P"
            " (Human Cells, Tissues, and Cellular and Tissue-Based Products).",
            "For us, amniotic tissue is an HCT/P (Human Cells, Tissues, and Cellular and"
            " Tissue-Based Products).",
            "fda-status-claim",
        ),
        # a ban at home set beside the page's own place (`{we-here} ~ {banned-at-home}`)
        (
            "The US FDA says these cells are illegal in Canada.",
            "Let us help: these cells are illegal in Canada.",
            "medical-tourism",
        ),
        (
            "The US FDA says these cells are illegal in Canada.",
            "Contact us: these cells are illegal in Canada.",
            "medical-tourism",
        ),
        # a claim reported of third parties (`reported_speech`: "patients tell us" is the page's)
        (
            "Many patients in the US say there are no side effects.",
            "Many patients tell us there are no side effects.",
            "no-risk-claim",
        ),
        # a question in the reader's own voice (`reader_voice`)
        (
            "Can stem cells cure arthritis in the US?",
            "Can stem cells cure arthritis for us?",
            "cure-claim",
        ),
        # the body's own course (`natural_healing`: the seller's "our" keeps the claim)
        (
            "Cartilage in US adults regenerates poorly with age.",
            "Cartilage in our patients regenerates with age.",
            "tissue-regeneration",
        ),
    ],
)
def test_the_country_us_is_not_the_offers_word(country: str, pronoun: str, entry: str) -> None:
    """A sentence whose only word of the offer was the country "US" keeps silent; the
    same with the pronoun "us" ("contact us", "let us help") is still found."""
    assert entry not in entries(country), country
    assert entry in entries(pronoun), pronoun


def test_the_dotted_country_stays_silent() -> None:
    """ "U.S." was never the pronoun (its letters are two words); it stays silent."""
    assert "fda-status-claim" not in entries("The U.S. FDA regulates HCT/Ps under section 361.")


def test_only_two_capitals_are_the_country() -> None:
    """The fold and the keys: "US" is the country, "us" and "Us" the pronoun; a phrase's
    "US" still finds "US"."""
    from stemcell_cli.check.words.sentences import fold, word_keys

    assert fold("US") != "us"
    assert fold("us") == fold("Us") == "us"
    assert "us" not in word_keys("US")
    assert "=US" in word_keys("US")
    assert "us" in word_keys("Us")


@each_case(
    ("sentence",),
    [
        ("Patients from around the world come to our clinic.",),
        ("Patients from around the world come to our clinic in Cancun.",),
        # the other side of the old alternative, found before and after
        ("Patients from all over the world come to our clinic.",),
    ],
)
def test_patients_from_around_the_world_are_a_trip(sentence: str) -> None:
    """Patients drawn from around the world is the medical-tourism flag."""
    assert "medical-tourism" in entries(sentence), sentence


def test_others_from_around_the_world_are_no_trip() -> None:
    """Researchers from around the world are no patients travelling for the treatment."""
    assert "medical-tourism" not in entries("Researchers from around the world study these cells.")


def test_nine_in_ten_is_a_rate() -> None:
    """ "Nine in ten" is a rate as "nine out of ten" is (`# in ten|10` beside
    `# out of ten|10`)."""
    assert "high-success-rate" in entries("Nine in ten of them were satisfied with the outcome.")
    assert "high-success-rate" in entries(
        "Nine out of ten of them were satisfied with the outcome."
    )


def test_another_drug_named_is_no_claim_of_less_inflammation() -> None:
    """An anti-inflammatory drug named with its kind ("an oral anti-inflammatory") is the
    usual care, guarded as "an over the counter anti-inflammatory" was; the treatment
    called "a powerful anti-inflammatory" is still the claim."""
    assert "reduced-inflammation" not in entries(
        "Your doctor may suggest taking an oral anti-inflammatory for a week."
    )
    assert "reduced-inflammation" in entries("Stem cells act as a powerful anti-inflammatory.")


# -- Round delay2: the words of wear read in another sense ---------------------------------
# delay-degeneration is the offer said to slow, stop, delay or prevent the wear of joints
# or discs. Its words of wear ("degenerative", "progress", "decline") also name the
# condition whose pain is eased ("reducing ... degenerative joint pain": the spec's
# degeneration named as the condition), the advance of a field ("holds back medical
# progress") and a life's toll ("a decline in quality of life"): the words right next to
# the wear word say so (`other_senses:`), or the field's name before "progress" (a guard of
# delay-degeneration). Made-up sentences, each with a look-alike that must still be found.


@each_case(
    ("other", "wear"),
    [
        # the condition named by the pain it gives, not the wear slowed
        (
            "Our injections are good at reducing tendon and degenerative joint pain.",
            "Our injections are good at reducing degenerative changes in the joint.",
        ),
        (
            "The treatment can lessen degenerative pain in the knee.",
            "The treatment can lessen degenerative damage in the knee.",
        ),
        (
            "Stem cells help limit degenerative disc pain and stiffness.",
            "Stem cells help limit degenerative disc disease.",
        ),
        # the advance of a field, not a disease's progression
        (
            "These rules hold back medical progress and cost lives.",
            "Our cells hold back the progress of your arthritis.",
        ),
        (
            "Red tape slows scientific progress in regenerative medicine.",
            "Our injections slow the progress of knee arthritis.",
        ),
        # a life's toll, not the joint's decline
        (
            "Back pain means lost workdays, reduced productivity and a decline in quality of life.",
            "Our injections reduce the decline in cartilage that arthritis brings.",
        ),
        (
            "Back pain brings reduced productivity and a decline in overall quality of life.",
            "Our injections reduce the decline in cartilage that arthritis brings.",
        ),
    ],
)
def test_wear_words_in_another_sense_are_no_slowing(other: str, wear: str) -> None:
    """A wear word that names the condition, a field's advance or a life's toll is no
    claim to slow degeneration; the wear of the joint slowed still is."""
    assert "delay-degeneration" not in benefits(other), other
    assert "delay-degeneration" in benefits(wear), wear


# -- stemsense1: a verb is not its -ment or -ion noun ------------------------------------
# The stemmer gives "treat" and "treatment" one stem, so "Treatment options for inflammatory
# arthritis" read as the verb of reduced-inflammation (train pages dq10, di10): the name of
# the care was taken for an act that calms inflammation. A phrase word marked "treat!"
# stands for the verb's forms only (`stemmer.VERB`); {reduce} reads "treat!" and
# "manage!", while "reduction" and "suppression" of inflammation stay the claim.


@each_case(
    ("noun",),
    [
        ("Treatment options for inflammatory arthritis are listed below.",),
        ("Our treatments for knee pain",),
        ("Our treatments for knee swelling are listed below.",),
        ("Inflammation management is part of every visit.",),
    ],
)
def test_the_noun_of_care_is_no_verb_of_calming(noun: str) -> None:
    assert "reduced-inflammation" not in benefits(noun), noun


@each_case(
    ("verb",),
    [
        ("Our cells treat inflammation.",),
        ("Our cells treat inflammation and heal the joint.",),
        ("Treating the inflammation is what our injections do.",),
        ("The injection treats inflamed joints.",),
        ("Stem cells manage inflammation in the knee.",),
        ("Our treatments for knee pain reduce swelling.",),
        ("Stem cells bring a reduction of inflammation.",),
    ],
)
def test_the_verb_still_calms(verb: str) -> None:
    assert "reduced-inflammation" in benefits(verb), verb


def _verb_entries(sentence: str, phrase: str) -> set[str]:
    found = Matcher([Phrase("benefit", "calm", phrase)]).scan([sentence])
    return {m.entry_id for m in found}


@each_case(
    ("sentence", "entries"),
    [
        ("We treat swelling.", {"calm"}),
        ("It treats swelling.", {"calm"}),
        ("Treated swelling goes down.", {"calm"}),
        ("Treating swelling early helps.", {"calm"}),
        ("Treatment swelling clinic.", set()),
        ("Treatments' swelling.", set()),
        ("The injection swelling.", set()),
    ],
)
def test_a_marked_verb_finds_its_forms_not_its_noun(sentence: str, entries: set[str]) -> None:
    assert _verb_entries(sentence, "treat!|inject! swelling") == entries


def test_an_unmarked_verb_still_finds_its_noun() -> None:
    assert _verb_entries("Treatment swelling clinic.", "treat swelling") == {"calm"}
    assert _verb_entries("The injection swelling.", "inject swelling") == {"calm"}


@each_case(("text",), [("treat-! swelling",), ("! swelling",), ("tre4t! swelling",)])
def test_a_mark_on_no_word_is_refused(text: str) -> None:
    with pytest.raises(PhraseError):
        Matcher([Phrase("benefit", "calm", text)])


@each_case(("text",), [("OA! pain",), ("FDA! approved",), ("no|FDA! approval",)])
def test_a_mark_on_a_word_in_capitals_is_refused(text: str) -> None:
    """(newcomer3) A word of 2 to 5 capitals matches only in capitals; with the mark it
    lost that and found "oa pain": it has no verb forms, so the mark is refused."""
    with pytest.raises(PhraseError, match="capitals"):
        Matcher([Phrase("benefit", "calm", text)])


def test_the_noun_of_care_names_no_repair_of_the_cause() -> None:
    """The "treat!" of tissue-regeneration's "treat the underlying cause": a treatment that
    depends on the cause names no repair."""
    assert "tissue-regeneration" not in benefits("Treatment depends on the underlying cause.")
    assert "tissue-regeneration" in benefits("Our cells treat the underlying cause of pain.")


# -- stemsense2: the other verbs the stemmer joins to their nouns -------------------------
# A knee replacement is an operation, not cells replacing tissue; a regulation is a law, a
# settlement a court's and a limitation a study's, none an act that calms inflammation,
# slows wear or lessens the immune response. The claims read "replace!", "regulate!",
# "settle!" and "limit!"; the verbs still make the claims.


@each_case(
    ("noun", "entry"),
    [
        ("After a knee replacement, damaged tissue is swapped with healthy implants.",
         "tissue-regeneration"),
        ("Knee replacement: damaged cartilage with new metal parts.", "tissue-regeneration"),
        ("Government regulation of inflammation treatments is strict.", "reduced-inflammation"),
        ("FDA regulations cover the immune response products.", "reduced-inflammation"),
        ("The settlement over inflammation claims was paid.", "reduced-inflammation"),
        ("Limitations of inflammation studies are listed.", "reduced-inflammation"),
        ("Limitations include disease progression.", "delay-degeneration"),
    ],
)  # fmt: skip
def test_the_noun_of_a_joined_verb_makes_no_claim(noun: str, entry: str) -> None:
    assert entry not in benefits(noun), noun


@each_case(
    ("verb", "entry"),
    [
        ("Stem cells replace damaged tissue with healthy new cells.", "tissue-regeneration"),
        ("The injections replaced worn cartilage with new tissue.", "tissue-regeneration"),
        ("Stem cells regulate inflammation.", "reduced-inflammation"),
        ("Stem cells regulate the inflammatory response.", "reduced-inflammation"),
        ("Stem cells settle inflammation.", "reduced-inflammation"),
        ("Stem cells limit inflammation.", "reduced-inflammation"),
        ("Stem cells limit the progression of arthritis.", "delay-degeneration"),
    ],
)  # fmt: skip
def test_the_joined_verb_still_makes_the_claim(verb: str, entry: str) -> None:
    assert entry in benefits(verb), verb


def test_a_complicated_operation_is_no_complication() -> None:
    """The word "complicated" (hard, involved) keeps a stem of its own: an operation said to be
    complicated names no complication, so "without complicated surgery" promises no
    freedom from risk; "without complications" still does."""
    assert "no-risk-claim" not in red_flags("Our injections work without complicated paperwork.")
    assert "fewer-side-effects" not in benefits("Get relief without complicated surgery.")
    assert "no-risk-claim" in red_flags("Our injections work without complications.")
    assert "no-risk-claim" in red_flags("Without any complications.")


def test_a_question_still_holds_a_wish_for_a_miracle_at_a_distance() -> None:
    """The word "quest" is left unmarked: miracle-language's guard "quest ...2 for ...2 miracle"
    also reads "questions for a miracle cure" (stemsense1), which "quest!" would lose."""
    assert "miracle-language" not in red_flags("Questions for a miracle cure.")
