"""A claim told as what others believe, say or were told is not the page's own
(reported2): `check/reported.py` reads a clause whose subject is a third party (patients,
people, they, clinics, doctors, an ad, a seminar; `reported_speech: subjects:`) and whose
verb is one of believing, saying or telling (`reported_speech: verbs:`); what follows
the verb is reported, not claimed (the spec's recorded call: a claim reported as someone
else's does not show it). The advert's own voice ("we", "our", "us") still claims, and
testimonials-as-evidence, which is about the patients' report itself, stays. Made-up
sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits, guarded_pair, red_flags

from stemcell_cli.check.reported import Reported
from stemcell_cli.check.sentences import split_words, tokens


@pytest.mark.parametrize(
    ("kind", "entry", "reported", "claimed"),
    [
        # a belief of patients (a survey's kind), and the writer's own belief
        (
            "benefit",
            "tissue-regeneration",
            "Many patients believe the injections will regrow cartilage.",
            "We believe our injections regrow cartilage.",
        ),
        # a seminar's pitch reported by a critic, and what the reader "will be told"
        (
            "red_flag",
            "cure-claim",
            "At the seminar they're told that the cells will cure arthritis.",
            "You will be told the truth: this cures arthritis.",
        ),
        # a reader's letter, and the clinic's own doctor
        (
            "benefit",
            "tissue-regeneration",
            "The doctor says my cartilage will regrow. Is that correct?",
            "Our doctor says your cartilage will regrow.",
        ),
        # what a seminar promised, and doctors agreeing in the advert's voice
        (
            "red_flag",
            "no-risk-claim",
            "The seminar promised that the injections were completely safe.",
            "Doctors agree the injections are completely safe.",
        ),
        # a study's count of what clinics stated
        (
            "red_flag",
            "no-risk-claim",
            "Fifteen per cent of clinics stated that their therapies posed no risk.",
            "Our therapies pose no risk.",
        ),
        # a belief others are led into (a data cue)
        (
            "benefit",
            "fewer-side-effects",
            "Spokespersons could lead others to see the therapies as safe and effective.",
            "Our therapies are safe and effective.",
        ),
        # a third party's belief, and the advert's assurance ("can" before the verb)
        (
            "red_flag",
            "promised-results",
            "Many patients believe they can expect a complete recovery.",
            "Patients can expect a complete recovery.",
        ),
        # the report ends where the advert's own voice takes over
        (
            "benefit",
            "tissue-regeneration",
            "Many people think the cells regrow cartilage.",
            "Many people think surgery is the only way, but our cells regrow cartilage.",
        ),
    ],
)
def test_a_claim_a_third_party_is_said_to_hold_is_reported(
    kind: str, entry: str, reported: str, claimed: str
) -> None:
    """A claim after a third party's verb of believing, saying or telling is not the
    advert's; said by the writer, to the reader, by "our" doctor, with a verb of the
    list missing ("agree") or after a "but ... our", it still is."""
    guarded_pair(kind, entry, reported, claimed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients tell us their pain is gone.",
        "Our patients say they are back on the court.",
        "Patients say their pain is gone after one injection.",
    ],
)
def test_testimonials_stay_the_reports_they_are(sentence: str) -> None:
    """Patients' reports offered as proof are testimonials-as-evidence, reported or not:
    the rule keeps that flag, which is about the report itself."""
    assert "testimonials-as-evidence" in red_flags(sentence), sentence


def test_the_advert_that_patients_tell_keeps_its_claims() -> None:
    """Patients who "tell us" and "our patients" speak in the advert's voice: its claims
    stand."""
    assert "tissue-regeneration" in benefits("Our patients say the injections regrow cartilage.")
    assert "tissue-regeneration" in benefits("Patients tell us the injections regrow cartilage.")


def _span(reader: Reported, sentence: str) -> tuple[int, int] | None:
    words = split_words(sentence)
    folded = [word.casefold() for word in words]
    if not reader.may_report(folded):
        return None
    return reader.reported_span(folded, tokens(sentence, 0, words))


def test_the_report_reaches_from_its_subject_to_a_turn() -> None:
    """The span runs from the third party to the end of the sentence, or to the first
    word after the verb that turns it ("but") or speaks in the advert's voice."""
    reader = Reported(
        [frozenset({"patients", "they"})], [frozenset({"say", "told"})], [frozenset({"our"})]
    )
    assert not reader.may_report(["patients", "improve"])
    # the third party too far before the verb to be its subject
    assert not reader.may_report(["patients", "improve", "as", "the", "paper", "and", "ads", "say"])
    assert _span(reader, "Most patients say it works") == (1, 5)
    assert _span(reader, "Patients say it works, but our cells heal") == (0, 4)
    assert _span(reader, "Our patients say it works") is None
    # the advert's voice right after the verb: "patients tell us", "patients say our ..."
    assert _span(reader, "Patients say our cells heal") is None
    # the subject in another clause is no subject of the verb
    assert _span(reader, "They came, and said it works") is None
    assert _span(reader, "They are often told it works") == (0, 6)
    # a report closed on a pronoun ends with its clause
    assert _span(reader, "Patients say so: it works") == (0, 3)
