"""Warning signs that new pages word differently (issue 14, red flags, eighth round, read
blind first): a boundless potential to treat, a patient's time since the injection, own
cells that "prevent the possibility" of rejection, "never worse than before", a seller's
question about the reader's search; and look-alikes: safety as a purpose, what an animal
study found, "100% you", a count of studies recruiting, travel not covered, people swayed
by testimonials or desperate for a cure, a cure said to be far off, a trial number to ask
for, a thing promoted "as a cure" by others, websites "promising miracles", what a lab
"should" be, and the last item of a negated list. Each
rule is about a kind of sentence, with advert sentences that must raise the flag and
look-alikes that must not (made-up wordings, not pages').

The wordings live in `data/red_flags.yaml`, their guards, `not_asserting:` lines and word
lists in `data/check/advert_words.yaml`, the negated list in `check/negation.py`
(`_last_listed`) and the seller's question in `check/sentences.py` (`_lead_in`); an advert
sentence fails when its phrase or rule is removed, a look-alike when its guard or rule is
removed or the phrase is written looser."""

from __future__ import annotations

import pytest
from findings import found, rule_cases

from stemcell_cli.check.sentences import asks_yes_or_no

CURE = "cure-claim"
MIRACLE = "miracle-language"
PROMISE = "promised-results"
FDA = "fda-status-claim"
MANY = "many-conditions"
STORY = "testimonials-as-evidence"
OWN = "own-cells-so-safe"
NO_RISK = "no-risk-claim"
RATE = "high-success-rate"
TRAVEL = "medical-tourism"

RULES = [
    (
        "a boundless potential to treat or heal is one product for anything",
        MANY,
        (
            "Stem cells have a limitless potential to treat ills and to make one look young.",
            "Our exosomes offer endless possibilities for healing disease.",
        ),
        ("Exosome therapy is being explored for its potential in a wide range of conditions.",),
    ),
    (
        "one patient's course told by the time since the treatment",
        STORY,
        (
            "Maria is now two years past her procedure.",
            "He is now 18 months out from his injection.",
        ),
        ("The trial is now 4 years out from its first injection.",),
    ),
    (
        "own cells that prevent or rule out a danger",
        OWN,
        (
            "The cells are taken from the patient's own bone marrow, which prevents the"
            " possibility of infection or rejection.",
            "Because we use your own fat, it eliminates any chance of rejection.",
        ),
        ("Careful sterile technique prevents the possibility of infection.",),
    ),
    (
        "never worse than before is nothing to lose",
        NO_RISK,
        ("If it does not work, you are never worse than prior to the procedure.",),
        ("Some patients felt worse than before the injection.",),
    ),
    (
        "safety as the purpose of a step is no promise of none",
        NO_RISK,
        ("We guarantee your safety.",),
        (
            "To assure safety, the patient will be monitored for adverse reactions.",
            "Treatments follow strict guidelines to ensure patient safety.",
        ),
    ),
    (
        "what an animal study found is no claim of none",
        NO_RISK,
        (
            "Our patients had none of the side effects.",
            "No side effects were seen in our patients.",
        ),
        (
            "The rats had none of the adverse side effects seen in early studies.",
            "No side effects were seen in the mice.",
        ),
    ),
    (
        "what a thing is made of is no rate",
        RATE,
        ("A healing injectate that is 100% effective.",),
        ("A healing injectate that is 100% you.",),
    ),
    (
        "a count of studies recruiting is no rate",
        RATE,
        ("By 2015, 1,700 of our patients reported improvement.",),
        (
            "Of the 5,101 studies on the database on August 8, 2015, 1,700 were recruiting"
            " patients.",
        ),
    ),
    (
        "travel left out of what is paid is no package",
        TRAVEL,
        ("Your package covers travel, lodging and meals.",),
        ("Travel, lodging and meals are not covered by the studies.",),
    ),
    (
        "people swayed by testimonials are told of, not shown them",
        STORY,
        ("See our patients' testimonials on social media.",),
        ("Parents are swayed by testimonials on social media, which are very easy to make.",),
    ),
    (
        "people desperate for a cure are offered none",
        CURE,
        ("Our treatment can cure your child.",),
        ("Parents are desperate to 'normalise' or even 'cure' their children.",),
    ),
    (
        "a thing others promote as a cure, reported",
        CURE,
        (
            "Our doctors offer it as a cure for autism.",
            "We sell it as a cure for autism.",
        ),
        ("That has not stopped a few doctors from promoting it as a cure for autism.",),
    ),
    (
        "websites promising miracles, reported",
        MIRACLE,
        ("Our clinic delivers miracles for MS.", "Our clinic promises miracles for MS."),
        (
            "We were drowning in websites promising miracles for my husband's MS.",
            "Families are drawn in by clinics promising miracles.",
        ),
    ),
    (
        "a cure said to be far off or out of reach is no cure offered",
        CURE,
        ("Our cure is here today, and it works far better than surgery.",),
        (
            'However, a "cure" for aging is likely still far off, if even possible.',
            "A cure remains elusive.",
            "A cure is still decades away.",
        ),
    ),
    (
        "a trial number to ask for is advice, not a listing shown",
        "pay-to-join-trial",
        ("Our IRB-approved trial is open for enrolment.",),
        ("In the US, expect a facility registration or IRB-approved trial number.",),
    ),
    (
        "a down payment in one word is a payment up front",
        "pay-up-front",
        ("Refund Policy for MSC Therapy Downpayment", "A down payment secures your date."),
        ("Payment is due after the procedure.",),
    ),
    (
        "what a lab should be is advice, not a seal",
        FDA,
        ("Our accredited, GMP-compliant lab handles cell isolation.",),
        ("An accredited, GMP-compliant lab should handle cell isolation.",),
    ),
    (
        "the last item of a negated list is negated",
        PROMISE,
        ("Without surgery, pain, or downtime, you will be pain free in weeks.",),
        ("No guarantees, warranties, or promises of results have been made.",),
    ),
    (
        "a seller's question about the reader's search still shows the sign",
        TRAVEL,
        (
            "Are you looking for the best hospital for stem cell therapy in India at an"
            " affordable cost?",
        ),
        (
            "Is stem cell therapy in India affordable?",
            "Are you considering stem cell treatment abroad?",
            "Are you looking for stem cell treatment abroad?",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


class TestANegatedList:
    """`negation._last_listed`: a negation reaches the last item of a short list it opens,
    after "or" or "nor", and no further."""

    @pytest.mark.parametrize(
        "sentence",
        [
            "No surgery, no downtime, and results guaranteed within weeks.",
            "No guarantees, warranties, or promises of results, you will be pain free in weeks.",
            "We make no promises, but you will be pain free in weeks.",
        ],
    )
    def test_what_follows_the_list_is_not_negated(self, sentence: str) -> None:
        assert PROMISE in found("red_flag", sentence)

    def test_a_long_list_is_read(self) -> None:
        """The list is read at most LIST_REACH words from its negation: a sentence of many
        thousands of commas is read (a hang, not a speed, fails), and a promise far after
        the negation stays a promise."""
        sentence = "No " + "pain, " * 50_000 + "or promises of results have been made."
        assert PROMISE in found("red_flag", sentence)


class TestASellersQuestion:
    """`sentences.asks_yes_or_no`: the verb, "you" and a word of the reader's plight, or
    of a search with a word of the best after it, make a seller's lead-in, not a question
    the reader asks."""

    @pytest.mark.parametrize(
        "words",
        [
            ["Are", "you", "looking", "for", "the", "best", "clinic"],
            ["Do", "you", "suffer", "from", "knee", "pain"],
            ["So", "are", "you", "tired", "of", "pain"],
            ["Are", "you", "searching", "for", "a", "top", "clinic"],
        ],
    )
    def test_a_lead_in_is_no_question(self, words: list[str]) -> None:
        assert not asks_yes_or_no(words)

    @pytest.mark.parametrize(
        "words",
        [
            ["Is", "it", "safe"],
            ["Are", "you", "FDA", "registered"],
            ["Do", "you", "offer", "trials"],
            ["Are", "you", "looking", "for", "a", "clinic"],
        ],
    )
    def test_a_readers_question_stays_one(self, words: list[str]) -> None:
        assert asks_yes_or_no(words)
