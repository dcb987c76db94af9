"""A treatment said to be tailored to the one patient, and a bare "personal" that qualifies
something else.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, red_flags, rule_cases

from stemcell_cli.check.words.stemmer import stem

# -- Moved from tests/test_person1_rules.py ------------------------------------------------
# The treatment itself said to be made for the one patient (person1, `given` and
# `personal-after` in data/check/advert_words.yaml, personalized-treatment's `phrases:` in
# data/benefits.yaml): the spec's personalized-treatment is a tailored, customised,
# individualised or personalised plan or protocol, and the treatment as it is given (the
# procedures, the injections, the dose and its concentration) is the protocol as much as a
# "plan" is. So a tailoring word right before such a noun ("personalized procedures",
# "custom concentrations"), or said of it after ("the dose is set individually", "your dose
# is set for you"), is the claim, and "one size does not fit all" says it as "not one size
# fits all" does. Made-up wordings, not pages'; each with look-alikes that must still be
# found ("each treatment plan is tailored to the patient", "a protocol designed around your
# imaging and goals") and look-alikes that must stay silent: personal care or information
# that is not the treatment (a personalized quote, a personal coordinator, personal
# information), doses and procedures not said to be fitted to anyone.

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


@each_case(
    ("name", "claim", "sentence", "found"), [(case.id, *case.values) for case in rule_cases(RULES)]
)
def test_the_treatment_as_given_said_made_for_the_patient(
    name: str, claim: str, sentence: str, found: bool
) -> None:
    assert (claim in benefits(sentence)) is found, sentence


# -- Moved from tests/test_personal2_rules.py ----------------------------------------------
# A bare "personal" is tailoring only when it qualifies the treatment (personal2,
# `stemmer._OWN_STEM` and the group `personal-given` in data/check/advert_words.yaml,
# personalized-treatment's `phrases:` in data/benefits.yaml): the spec's
# personalized-treatment is the treatment said to be tailored, individualized or made for
# the one patient. The stemmer read "personal" as the word of "personalized", so a person's
# own things (plans, stories, details, a coordinator) were a tailored treatment. The bare
# word now keeps a stem of its own and counts only right before the treatment named as
# such, its protocol or the treatment as given ("a personal treatment plan", "your personal
# protocol", "personal injections"). Made-up wordings, not pages'; each with look-alikes
# that must still be found ("a personalized treatment plan", "your personal treatment
# protocol", "personalised injections for each patient").

TOURISM = "medical-tourism"

RULES_PERSONAL2 = [
    (
        "a bare 'personal' is tailoring only before the treatment, its protocol or a dose",
        PERSONAL,
        (
            # the look-alikes that must still be found, with and without the change
            "We offer a personalized treatment plan.",
            "Your personal treatment protocol is ready after the scan.",
            "We give personalised injections for each patient.",
            "Every patient receives a personal treatment plan.",
            "Your personal protocol starts with a consultation.",
            "Our doctors design a personal therapy for your knee.",
            "Plans are personalized for every patient.",
        ),
        (
            # silent only with the change
            "She had to put her personal plans for retirement on hold.",
            "Back pain held back his work and his personal plans.",
            "The show mixes medicine with moving personal stories.",
            # silent with and without it
            "The film pairs clinic footage with moving personal stories.",
            "Personal stories are not evidence.",
            "We keep your personal details safe.",
            "Your personal coordinator will call you.",
        ),
    ),
]


@each_case(
    ("name", "claim", "sentence", "found"),
    [(case.id, *case.values) for case in rule_cases(RULES_PERSONAL2)],
)
def test_a_bare_personal_is_tailoring_only_before_the_treatment(
    name: str, claim: str, sentence: str, found: bool
) -> None:
    assert (claim in benefits(sentence)) is found, sentence


#: A country named as the place patients go (the spec's treatment offered in another
#: country): "personalized care" had raised medical-tourism through "personal car"
#: (care and car share a stem), so a page that points patients to "destinations such as
#: Serbia" is now read by what it says.
DESTINATIONS = [
    (
        "a country named as a destination patients go to",
        TOURISM,
        (
            # found only with the change
            "Many patients also look at nearby destinations such as Serbia.",
            "Patients compare destinations like Panama and Colombia.",
            # found with and without it
            "Patients travel to Mexico for treatment.",
        ),
        (
            "Our clinic is a destination for local athletes.",
            "Destinations such as museums and parks are close to our office.",
            "We offer personalized care for every patient.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "found"),
    [(case.id, *case.values) for case in rule_cases(DESTINATIONS)],
)
def test_a_country_named_as_a_destination(name: str, flag: str, sentence: str, found: bool) -> None:
    assert (flag in red_flags(sentence)) is found, sentence


def test_personal_keeps_a_stem_of_its_own() -> None:
    """The tailoring forms share a stem; the bare adjective does not."""
    assert stem("personalized") == stem("personalised") == stem("personalize")
    assert stem("personal") != stem("personalized")
    assert stem("Personal") == stem("personal")
