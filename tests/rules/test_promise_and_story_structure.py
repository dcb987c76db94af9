"""promised-results and testimonials-as-evidence read by the structure that decides them
(round flags1, issue 14): what a person uses to tell each flag, over all the first
runs' errors at once, rather than one wording a page.

A promised result is an outcome or a timeline the offer gives; one counted from another
treatment ("six months to return to the field after ACL surgery") is that treatment's
course, read by one rule (`rival_treatments.Rivals.counted_from`) for a promise and for one
person's story alike ("relief from physical therapy", "doing well after her hip
replacement"); it replaces the guards that each named one such case, and the guards of
months of relief said of a rival named before them go too, as the rival rules read
them. Made-up sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

from cases import each_case
from findings import clean, flag_pair, raises

PROMISE = "promised-results"
STORY = "testimonials-as-evidence"


@each_case(
    ("counted_from_a_rival", "the_offers"),
    [
        # a return to sport counted from an operation, the operation after the timeline
        (
            "Your favourite player usually needs 6 months to return to the field after ACL "
            "surgery.",
            "Our patients usually need 6 weeks to return to the field after the injection.",
        ),
        (
            "Most players need nine months to return to the field after ACL reconstruction.",
            "Most players need two weeks to return to the field after our procedure.",
        ),
        # the operation before the timeline, as the subject's own recovery
        (
            "Athletes recovering from ACL surgery usually require around six months before "
            "returning to play.",
            "Athletes usually require around two weeks before returning to play.",
        ),
        (
            "Athletes recovering from ACL reconstruction usually require around six months "
            "before returning to play.",
            "Athletes treated with stem cells usually require two weeks before returning to play.",
        ),
        # movement won back after a joint replacement
        (
            "After knee replacement surgery you will slowly regain mobility.",
            "After the injection you will slowly regain mobility.",
        ),
        # an operation named "surgical repair" (repair alone is the offer's claim)
        (
            "Healing takes three months before you are back to work following a surgical repair.",
            "Healing takes two weeks before you are back to work following our repair injection.",
        ),
    ],
)
def test_a_timeline_counted_from_another_treatment_is_that_treatments(
    counted_from_a_rival: str, the_offers: str
) -> None:
    """A time counted from another treatment ("after", "following", "from" an operation
    in the promise's clause) tells that treatment's course; the same time counted from
    the offer's own procedure is a promise."""
    flag_pair(PROMISE, counted_from_a_rival, the_offers)


@each_case(
    ("kept",),
    [
        # a word that keeps the claim the advert's, in the promise's clause
        ("With stem cells you are back on the field in 6 weeks, without surgery.",),
        ("Our injection gets you back on the court in two weeks after a failed operation.",),
        # the operation in another clause, set against the offer's time
        ("You are back to sport in 2 weeks, while it takes 6 months after surgery.",),
    ],
)
def test_a_promise_beside_another_treatment_is_still_the_offers(kept: str) -> None:
    """An operation named in the sentence does not take a promise whose clause keeps it
    the advert's ("our", "stem", "without") or that stands in a clause of its own."""
    raises(PROMISE, kept)


@each_case(
    ("rivals_relief",),
    [
        ("Cortisone shots give three months of relief.",),
        ("Steroids give only a few months of relief.",),
        ("Physical therapy gives lasting relief for many.",),
        ("Injections of steroids bring six months of relief.",),
    ],
)
def test_relief_said_of_a_rival_named_before_it_is_the_rivals(rivals_relief: str) -> None:
    """Months of relief or lasting relief said of another treatment that is the subject
    of the clause are that treatment's, by the rival rules (no guard of its own)."""
    clean(PROMISE, rivals_relief)


@each_case(
    ("offers_relief",),
    [
        ("Our stem cell injections give eighteen months of relief.",),
        ("Stem cells give lasting relief for many.",),
    ],
)
def test_relief_said_of_the_offer_is_a_promise(offers_relief: str) -> None:
    """The same relief said of the offer's own treatment is promised."""
    raises(PROMISE, offers_relief)


@each_case(
    ("rivals", "offers"),
    [
        (
            "Patients treated with surgery return to sport sooner.",
            "Patients treated with stem cells return to sport sooner.",
        ),
        (
            "Athletes treated by surgery recover quickly.",
            "Athletes treated by our team recover quickly.",
        ),
    ],
)
def test_patients_treated_with_a_rival_are_the_rivals(rivals: str, offers: str) -> None:
    """The treated group named by another treatment ("treated with surgery") is that
    treatment's outcome, by the same rule (its guard went with it)."""
    flag_pair(PROMISE, rivals, offers)


@each_case(
    ("rivals", "offers"),
    [
        (
            "She reported complete relief from physical therapy.",
            "She reported complete relief after her stem cell injection.",
        ),
        (
            "He reported an improvement with physical therapy.",
            "He reported an improvement with our injections.",
        ),
        (
            "She is doing remarkably well after her hip replacement surgery.",
            "She is doing remarkably well after her PRP injection.",
        ),
    ],
)
def test_a_story_outcome_counted_from_a_rival_is_no_proof_of_the_offer(
    rivals: str, offers: str
) -> None:
    """One person's outcome counted from another treatment ("relief from physical
    therapy", "doing well after her hip replacement") is that treatment's, not the
    offer's proof; counted from the offer's own treatment it is a testimonial."""
    flag_pair(STORY, rivals, offers)


@each_case(
    ("harmed_or_warned", "offered_as_proof"),
    [
        (
            "Read Paul's story. He had stem cells at a clinic abroad and came home paralysed.",
            "Read Paul's story. He had stem cells at our clinic and is pain free today.",
        ),
    ],
)
def test_a_story_is_proof_only_when_it_is_told_as_proof(
    harmed_or_warned: str, offered_as_proof: str
) -> None:
    """A patient's story told with its harm is a warning, not proof; the same story told
    with the patient better off is a testimonial (the harm half of `patient_stories`)."""
    flag_pair(STORY, harmed_or_warned, offered_as_proof)
