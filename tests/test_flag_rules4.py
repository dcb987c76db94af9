"""Warning signs that fired on the wrong sentence and missed the right one (issue 14,
red flags, fourth round): careful pages that report calmly (a news story quoting what a
clinic told a patient, a regulator naming FDA words as a ploy, a study's rating scale)
and adverts that word a sign in a way the lists lacked. Each rule is about a kind of
sentence, with advert sentences that must raise its flag and look-alikes that must not
(made-up wordings, not pages').

The rules live in data (`data/red_flags.yaml`, the guards of each flag in
`data/check/advert_words.yaml`) and, for a negation that reaches into a relative clause,
in `check/negation.py`; a look-alike fails when its guard or rule is removed, an advert
sentence when its phrase is removed or a guard grows too wide."""

from __future__ import annotations

import pytest
from findings import Rule, found, rule_cases

from stemcell_cli.check.matcher import Matcher, Phrase
from stemcell_cli.check.negation import NEAR, RELATIVE_REACH

FDA = "fda-status-claim"
RATE = "high-success-rate"
CURE = "cure-claim"
STORY = "testimonials-as-evidence"
TRAVEL = "medical-tourism"
OWN = "own-cells-so-safe"
MANY = "many-conditions"

# (rule, flag, advert sentences that raise it, look-alikes that do not)
RULES: list[Rule] = [
    (
        "approval of blood-cancer treatments is not the offer's (one word per alternative)",
        FDA,
        ("Our cord blood cells are FDA approved for knee pain.",),
        (
            "The only cell treatments approved by the FDA are for certain cancers and "
            "disorders of the blood.",
            "Cord blood is FDA approved only for certain cancers.",
            "Cells that are FDA approved exist only for disorders of the blood.",
        ),
    ),
    (
        "approval said of a few products is not the offer's",
        FDA,
        ("Our product received approval from the FDA.",),
        (
            "A few have won approval from the Food and Drug Administration, but most have not.",
            "A handful of products have received clearance from the FDA.",
        ),
    ),
    (
        "FDA words named as a ploy, or as what people are told, are not the offer's",
        FDA,
        (
            "Our lab is FDA registered to ensure the highest quality.",
            "Our cells are registered with the FDA.",
            "We tell every patient that our lab is FDA registered.",
        ),
        (
            "Patients are told that a product is registered with the FDA, to suggest that "
            "it is legal.",
            "Clinics say they are FDA registered to suggest a review that never happened.",
            "Sellers mention registration to imply that they comply with FDA laws.",
        ),
    ),
    (
        "a lab's deviations from good practice are failings, not a seal",
        FDA,
        ("Our cells are processed in a cGMP facility.",),
        (
            "Inspectors found significant deviations from current good manufacturing "
            "practice (CGMP) requirements.",
            "The FDA documented deviations from current good tissue practice (CGTP) and "
            "current good manufacturing practice (CGMP) requirements.",
        ),
    ),
    (
        "the rules named first and the agency after are FDA words said of the product",
        FDA,
        (
            "Our exosomes are processed according to standards and regulations established "
            "by the AATB and the United States Food & Drug Administration (FDA).",
            "Every vial is made in accordance with guidelines set by the FDA.",
            "Our lab has full compliance with FDA regulations.",
        ),
        (
            "Tissue banks must process tissue according to regulations established by the FDA.",
            "Each bank is required to work in accordance with the standards set by the FDA.",
        ),
    ),
    (
        "a negation reaches into a relative clause of what it denies",
        FDA,
        (
            "We never cut corners: our cells come from a lab that is FDA registered.",
            "Our lab, which is FDA registered, screens every donor.",
        ),
        (
            "They do not come in a natural form that is FDA approved for use in joints.",
            "This isn't a procedure that is FDA approved for knees.",
            "These clinics don't use cells which are FDA cleared.",
        ),
    ),
    (
        "a rate someone was told, reported, is no success rate shown",
        RATE,
        ("Our success rate is 90 percent.", "Our patients report a 92% satisfaction rate."),
        (
            '"They told us that it was a 90 to 95 percent success rate," she says.',
            "The clinic told her the treatment had an 85% success rate.",
        ),
    ),
    (
        "a percentage denied is no success rate",
        RATE,
        ("The procedure is 95 percent successful.",),
        (
            "It has been very successful, although it is not 100 percent successful.",
            "The results were successful but never 100% so.",
        ),
    ),
    (
        "a rating scale measures, it is no rate",
        RATE,
        ("Patients report an improvement rate of 85%.",),
        (
            "Outcomes were measured with a subjective improvement rating scale.",
            "Each patient filled in a satisfaction score questionnaire.",
        ),
    ),
    (
        "who the clients are and why they came is no outcome",
        RATE,
        ("90% of our patients are satisfied with the results.",),
        (
            "Maybe 80 percent of our clients came to see us because of chronic diseases.",
            "About 65% of our patients are over 60.",
            "Some 40 percent of our patients travel from abroad.",
        ),
    ),
    (
        "an improvement figure said after 'of' further on is a success rate",
        RATE,
        (
            "There was a subjective improvement of the SANE (Single Assessment Numeric "
            "Evaluation) score of 50%.",
            "Patients saw a reduction in their pain scores of 60%.",
        ),
        ("The risk of a serious infection after the injection was under 1%.",),
    ),
    (
        "a hope for a cure is no cure claim",
        CURE,
        ("Our stem cells cure arthritis.", "There is now a cure for your knee pain."),
        (
            "If you're in pain and there is hope for a cure, you're going to try it.",
            "The news gave some sufferers hope for a cure.",
            "People turn to these clinics hoping for relief, or a cure.",
        ),
    ),
    (
        "a hedged reversal is no cure claim",
        CURE,
        ("Our cells reverse arthritis.",),
        (
            "The approach aims to potentially reverse disease progression.",
            "Researchers hope it could possibly undo the damage one day.",
        ),
    ),
    (
        "a doctor's or a researcher's words are no patient's story",
        STORY,
        ('In the words of our patient Mary: "I can walk again."',),
        (
            '"The evidence is weak," in the words of Dr. Shapiro, co-senior author.',
            "In the words of one researcher, the field is moving too fast.",
        ),
    ),
    (
        "testimonials on others' sites or propping their claims are named, not shown",
        STORY,
        ("Read the testimonials of our happy patients.",),
        (
            "Their website includes many testimonials.",
            "The clinics offer patient testimonials to back up their claims.",
        ),
    ),
    (
        "athletes named by their sport's strain, or as the first to have an operation, are "
        "no proof",
        STORY,
        ("Professional athletes like Tiger Woods trust our treatment.",),
        (
            "Athletes who make the same overhead motion, such as tennis players, depend on "
            "this ligament.",
            "The operation carries the name of the first professional athlete who had it.",
        ),
    ),
    (
        "doctors on a charity mission abroad are no travel package",
        TRAVEL,
        (
            "Fly to Mexico for your stem cell treatment.",
            "Our mission is to bring you to Mexico for affordable care.",
        ),
        (
            "Our doctors travel on a humanitarian mission to Honduras every year.",
            "The yearly trip to Honduras organized by the foundation treated hundreds.",
        ),
    ),
    (
        "a method restricted at the destination itself is no escape from home rules",
        TRAVEL,
        ("This treatment is banned in the US but legal in Mexico.",),
        ("This method is restricted in many countries, including Israel and the USA.",),
    ),
    (
        "cheaper than an operation is no price set against home",
        TRAVEL,
        ("Treatment in Mexico is cheaper than in the US.",),
        ("It is used in India and Korea, and cheaper and quicker than a knee implant.",),
    ),
    (
        "patients leaving a country, or countries vying for them, are no offer",
        TRAVEL,
        ("We welcome international patients.",),
        (
            "Some patients travel overseas to seek care, and the country loses millions.",
            "The new law gave the islands a way to compete for international patients.",
        ),
    ),
    (
        "fewer immune responses with the patient's cells is own-cells safety",
        OWN,
        (
            "Reduces possible immune responses by using the patient's cells.",
            "Using the patient's own fat means no immune reaction.",
        ),
        (
            "Donor cells from the umbilical cord cause no immune reaction.",
            "The patient's cells are injected into the knee.",
        ),
    ),
    (
        "own cells said to carry safety risks are no safety claim",
        OWN,
        ("Your own cells carry no risk of rejection.", "Your own cells have no health risks."),
        (
            "Even your own stem cells carry safety risks.",
            "Your own cells still pose safety hazards.",
        ),
    ),
    (
        "ageing itself as what is treated, and the internal organs, are body systems",
        MANY,
        (
            "Our stem cells treat aging, Parkinson's disease and cancer.",
            "The clinics have treated conditions such as aging, menopause and heart disease.",
            "Our cells help arthritis, functional disorders of the internal organs and autism.",
        ),
        ("Our stem cells treat knee arthritis, Parkinson's disease and stiffness with aging.",),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


class TestRelativeClause:
    """The negation that reaches into a relative clause is bounded: the pronoun and its
    verb within NEAR words of the negation, the word within RELATIVE_REACH of the verb."""

    MATCHER = Matcher([Phrase("red_flag", "x", "FDA approved")])

    def flagged(self, line: str) -> bool:
        return bool(self.MATCHER.scan([line]))

    def test_the_clause_of_what_is_denied_is_negated(self) -> None:
        assert not self.flagged("They do not sell a form that is FDA approved.")

    def test_a_clause_too_far_from_the_negation_is_not(self) -> None:
        filler = " ".join(["big"] * NEAR)
        assert self.flagged(f"They do not sell a {filler} form that is FDA approved.")

    def test_a_word_too_far_from_the_verb_is_not(self) -> None:
        filler = " ".join(["big"] * RELATIVE_REACH)
        assert self.flagged(f"Not a form that is {filler} FDA approved.")

    def test_a_relative_clause_without_a_negation_is_not(self) -> None:
        assert self.flagged("We sell a form that is FDA approved.")

    def test_a_long_line_of_negations_and_clauses_is_read(self) -> None:
        """Each negation looks at most NEAR words on: a line of a hundred thousand
        negated clauses is read, each of them negated (a hang, not a speed, fails)."""
        line = "; ".join(["not a form that is FDA approved"] * 100_000)
        assert not self.flagged(line)
        line = " ".join(["not that is"] * 100_000) + " FDA approved"
        assert not self.flagged(line)


class TestOverlappingDiseaseNames:
    """A disease named inside a longer name at the same place ("brain injury" in
    "traumatic brain injury") is one disease for the many-conditions count."""

    def test_a_name_inside_a_longer_one_counts_once(self) -> None:
        five = (
            "Our cells treat stroke, heart failure, Alzheimer's, traumatic brain injury "
            "and spinal cord injury."
        )
        assert MANY not in found("red_flag", five)

    def test_six_distinct_diseases_still_count(self) -> None:
        six = (
            "Our cells treat stroke, heart failure, myocardial infarction, Alzheimer's, "
            "traumatic brain injury and spinal cord injury."
        )
        assert MANY in found("red_flag", six)

    def test_a_long_line_of_overlapping_names_is_read(self) -> None:
        """The names are sorted by place and swept once: a line of fifty thousand
        sentences, each naming a disease inside a longer name, is read (a hang, not a
        speed, fails)."""
        line = "Traumatic brain injury. " * 50_000
        assert MANY not in found("red_flag", line)
