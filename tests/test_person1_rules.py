"""The treatment itself said to be made for the one patient (person1, `given` and
`personal-after` in data/check/advert_words.yaml, personalized-treatment's `phrases:` in
data/benefits.yaml): the spec's personalized-treatment is a tailored, customised,
individualised or personalised plan or protocol, and the treatment as it is given (the
procedures, the injections, the dose and its concentration) is the protocol as much as a
"plan" is. So a tailoring word right before such a noun ("personalized procedures",
"custom concentrations"), or said of it after ("the dose is set individually", "your dose
is set for you"), is the claim, and "one size does not fit all" says it as "not one size
fits all" does. Made-up wordings, not pages'; each with look-alikes that must still be
found ("each treatment plan is tailored to the patient", "a protocol designed around your
imaging and goals") and look-alikes that must stay silent: personal care or information
that is not the treatment (a personalized quote, a personal coordinator, personal
information), doses and procedures not said to be fitted to anyone."""

from __future__ import annotations

import pytest
from findings import benefits, rule_cases

PERSONAL = "personalized-treatment"

RULES = [
    (
        "the treatment as given (procedures, injections, a dose) said to be made for the patient",
        PERSONAL,
        (
            # found only with the change
            "Patients can choose from several personalized regenerative procedures.",
            "We offer individualized injections for knee pain.",
            "We inject custom concentrations of your own cells.",
            "Your dose is set individually.",
            "The dosage is adjusted for each patient.",
            "One size does not fit all: your dose is set for you.",
            "One size doesn't fit all in regenerative medicine.",
            # the look-alikes that must still be found, with and without the change
            "Each treatment plan is tailored to the patient.",
            "A protocol designed around your imaging and goals.",
            "We build a comprehensive, individualized plan.",
            "Your protocol is customized to your needs.",
            "The injections are customized to your joint.",
        ),
        (
            "We will send you a personalized quote.",
            "Your personal patient coordinator will call you.",
            "We protect your personal information.",
            "We protect your personal information before and after the procedure.",
            "Your personal coordinator books the procedure and the injections.",
            "A typical dose is 10 million cells.",
            "The procedure is set for the morning.",
            "Each individual injection takes about an hour.",
            "Your procedure is set for you at 9 am.",
            "The dose was set by the FDA for everyone.",
        ),
    ),
]


@pytest.mark.parametrize(("claim", "sentence", "found"), rule_cases(RULES))
def test_the_treatment_as_given_said_made_for_the_patient(
    claim: str, sentence: str, found: bool
) -> None:
    assert (claim in benefits(sentence)) is found, sentence
