"""Negation scope: how far a "no" or "not" reaches (past "yet", not over "and", "or" or
"but" into a new verb phrase), and a "no" that opens a clause's subject.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, red_flags
from findings import entries as found

# -- Moved from tests/test_negscope1_rules.py ----------------------------------------------
# A negation does not reach over "and", "or" or "but" into a new verb phrase
# (`negation._reach`, `negation.FINITE`): in "walk again without pain and have avoided
# a knee replacement" the "without" governs "pain", not "avoided", while a list of nouns
# or a second negated phrase ("without pain, swelling or downtime", "not proven and not
# approved") stays under its negation.


@each_case(
    ("text", "entry"),
    [
        (
            "Many patients walk again without pain and have avoided the ordeal of a knee "
            "replacement.",
            "avoid-surgery",
        ),
        ("Patients recover without pain and have regenerated cartilage.", "tissue-regeneration"),
        ("We treat you without surgery and can reverse arthritis.", "cure-claim"),
        ("It works without drugs and is proven to regrow cartilage.", "tissue-regeneration"),
    ],
)
def test_a_new_verb_phrase_after_and_is_not_negated(text: str, entry: str) -> None:
    assert entry in found(text)


@each_case(
    ("text", "entry"),
    [
        # a second thing denied after "or", with no auxiliary: still negated
        ("These injections do not regenerate cartilage or reverse arthritis.", "cure-claim"),
        ("We do not claim to cure or reverse arthritis.", "cure-claim"),
        ("Stem cells are not proven and not approved by the FDA.", "fda-status-claim"),
        # the auxiliary carries its own negation
        ("Our cells do not regrow cartilage and do not cure arthritis.", "cure-claim"),
        ("Our cells do not regrow cartilage and do not cure arthritis.", "tissue-regeneration"),
    ],
)
def test_a_negated_list_or_second_negation_stays_negated(text: str, entry: str) -> None:
    assert entry not in found(text)


def test_a_negated_list_of_nouns_is_still_one_phrase() -> None:
    # "without pain, swelling or downtime" is still the no-downtime benefit it names
    assert "fewer-side-effects" in found("Recover without pain, swelling or downtime.")


# -- Moved from tests/test_negated_subject.py ----------------------------------------------
# A "no" that opens a clause's subject denies what the clause says was shown
# (`negation._denied_finding`): "none of the usual injections has been shown to regrow
# cartilage" claims nothing, however long the subject, while the same finding said of the
# clinic's own cells, or after a "no" that is not the subject, still counts.


@each_case(
    ("text", "benefit"),
    [
        (
            "Injections ease pain for a while, but none of the usual injections has been "
            "shown convincingly to regrow cartilage.",
            "tissue-regeneration",
        ),
        (
            "None of the usual knee injections has been shown to regrow cartilage.",
            "tissue-regeneration",
        ),
        (
            "So far no high-quality body of evidence lets anyone be confident that this "
            "treatment is safe.",
            "fewer-side-effects",
        ),
    ],
)
def test_a_denied_finding_is_no_claim(text: str, benefit: str) -> None:
    assert benefit not in benefits(text)


@each_case(
    ("text",),
    [
        ("Our injections have been shown to regrow cartilage.",),
        # the "no" belongs to an earlier clause, not to the subject of the finding
        ("With no surgery, our cells are proven to regrow cartilage.",),
        ("No surgery needed: studies show our cells regrow cartilage.",),
        # the "no" is an object, with the clause's own subject before it
        (
            "Patients need no surgery at all because our own cells have been shown to regrow "
            "cartilage.",
        ),
    ],
)
def test_the_finding_still_counts_when_no_subject_denies_it(text: str) -> None:
    assert "tissue-regeneration" in benefits(text)


# -- Moved from tests/test_fda2_rules.py ---------------------------------------------------
# Approval still to come is denied, not claimed: a negation reaches past "yet" (fda2).
#
# fda-status-claim is FDA words used to make the offer sound official. "Not yet approved"
# says the opposite, but "yet" also turns a sentence ("it is costly, yet ..."), and read so
# it ended the negation's clause: the first runs' originals "haven't yet received FDA
# approval" (dm11) and "aren't yet approved by the U.S. Food and Drug Administration" (da05)
# were read as the seal. After "not", "never", "as" or a word ending in "n't", "yet" is an
# adverb of time and ends no clause (`sentences.tokens`); "has yet to", "are yet to" deny as
# "not yet" does (`negation._yet_to`). The structure is the negation's, so it holds for every
# claim ("stem cells do not yet cure arthritis"). Made-up sentences, each with a look-alike
# that must still be found: the offer's own seal, and a "yet" that turns the sentence.

FLAG = "fda-status-claim"


@each_case(
    ("denied", "claimed"),
    [
        (
            "These treatments haven't yet received FDA approval.",
            "Our treatment has received FDA approval.",
        ),
        (
            "These injections aren't yet approved by the U.S. Food and Drug Administration.",
            "Our injections are approved by the U.S. Food and Drug Administration.",
        ),
        (
            "The products have not as yet been approved by the FDA.",
            "It is not cheap, yet our cells are FDA approved.",
        ),
        (
            "These products have yet to receive FDA approval.",
            "The FDA has yet to approve it, but our lab is FDA registered.",
        ),
        (
            "Exosome products are yet to receive FDA clearance.",
            "Our cells are processed in an FDA-compliant facility.",
        ),
    ],
)
def test_approval_still_to_come_is_no_seal(denied: str, claimed: str) -> None:
    assert FLAG not in red_flags(denied), denied
    assert FLAG in red_flags(claimed), claimed


@each_case(
    ("sentence",),
    [
        ("Our lab is FDA-registered.",),
        ("We follow FDA guidelines, so our treatment is safe.",),
        ("This is an FDA-approved procedure.",),
        ("Our cells are processed in an FDA-compliant facility.",),
        ("Yet our cells are FDA approved.",),
    ],
)
def test_the_offers_seal_is_still_found(sentence: str) -> None:
    assert FLAG in red_flags(sentence), sentence


def test_not_yet_denies_any_claim() -> None:
    assert "cure-claim" not in red_flags("Stem cells do not yet cure arthritis.")
    assert "cure-claim" in red_flags("Stem cells now cure arthritis.")
    assert "cure-claim" not in red_flags("Stem cells have yet to be proven to cure arthritis.")
    assert "tissue-regeneration" not in benefits(
        "The cells have not yet been shown to regrow cartilage."
    )
    assert "tissue-regeneration" in benefits("The cells have been shown to regrow cartilage.")


# -- Moved from tests/test_promise5_rules.py -----------------------------------------------
# A negation set off by commas with a second auxiliary still governs the verb after
# them (promise5, `negation._aside_start`).
#
# The spec (benchmarks/adverts/README.md, red flags): promised-results is results or
# timelines promised or guaranteed for the offer; a disclaimer ("we cannot guarantee") is
# not the sign. A clinic's disclaimer on a train page (fa05, `first-runs/fa-misses.txt`)
# said "We cannot, and do not, guarantee any particular result or outcome": the commas put
# the negation in a clause of its own, and a negation reaches no later clause, so the
# guarantee was read as given. The structure read: an aside of auxiliaries that an "and",
# "or" or "nor" opens ("and do not", "or should"), between a clause that ends on its
# negated or negating auxiliary ("We cannot", "No clinic can") and the verb the two share;
# the negation then reaches that verb's clause as if it stood right before it. An aside
# that names a subject ("and we do", "but we can") or turns ("but") shares nothing and
# keeps the claim. Made-up sentences, each with a look-alike that must still be found.


FLAG_PROMISE5 = "promised-results"


@each_case(
    ("disclaimer", "promise"),
    [
        (
            "We cannot, and do not, guarantee any particular result or outcome from our "
            "stem cell therapy treatments.",
            "We can, and do, guarantee a particular result from our stem cell therapy treatments.",
        ),
        (
            "We do not, and cannot, guarantee results from our injections.",
            "We do not charge for the consultation, and we guarantee results from our injections.",
        ),
        (
            "Our clinic can't, and won't, promise that you will be pain free within two weeks.",
            "Other clinics can't, but we can, promise that you will be pain free within two weeks.",
        ),
        (
            "No clinic can, or should, guarantee results.",
            "Other clinics cannot, but we do, guarantee results.",
        ),
        (
            "Our doctors will never, and would never, guarantee results.",
            "Our doctors never wait, and we guarantee results.",
        ),
    ],
)
def test_a_negation_before_an_aside_of_auxiliaries_governs_the_shared_verb(
    disclaimer: str, promise: str
) -> None:
    assert FLAG_PROMISE5 not in red_flags(disclaimer)
    assert FLAG_PROMISE5 in red_flags(promise)


@each_case(
    ("promise",),
    [
        # the shared verb is denied, not an outcome promised later in the sentence
        ("We cannot, and do not, charge extra: most patients are pain free within two weeks.",),
        # an aside that names its own subject is a clause of its own
        ("Surgery cannot, and steroids will not, but our cells guarantee results.",),
        # a negation far back in the clause before the aside denies something else
        ("Our cells have no side effects and we can, and do, guarantee results.",),
        # a negation that ends no clause of auxiliaries reaches no later clause
        ("Results are not instant, and most patients are pain free within two weeks.",),
    ],
)
def test_what_no_aside_of_auxiliaries_shares_is_still_found(promise: str) -> None:
    assert FLAG_PROMISE5 in red_flags(promise)
