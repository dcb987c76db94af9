"""Own cells said safe by two mechanisms the word lists missed (recall1): the own cells in
one sentence and the safety in the next one, which goes on from it (`check/linked.py`,
`linked:` in `data/check/advert_words.yaml`, the back-reference of
`sentences.follows_on`), and a danger named first and then said to be small ("the risk
of rejection is low", "the body is unlikely to reject it": `nil-danger` in
`advert_words.yaml`). Made-up wordings, not pages'; each rule with advert sentences that
must raise the flag and look-alikes that must not: an advert sentence fails when its
rule is removed, a look-alike when the rule is written looser (no link needed, the
halves either way round, a question or a negation let through)."""

from __future__ import annotations

import pytest
from findings import CATALOG, found, rule_cases

from stemcell_cli.check import linked, wordings
from stemcell_cli.check.matcher import GUARD
from stemcell_cli.check.sentences import follows_on

OWN = "own-cells-so-safe"

RULES = [
    (
        "own cells, then safety drawn from them in the next sentence",
        OWN,
        (
            "The cells are taken from your own hip bone during the same short visit. "
            "Because of this, the procedure is considered very safe.",
            "We draw the cells from the patient's own belly fat under a light local "
            "anaesthetic in our treatment room. As a result, the whole procedure is "
            "regarded as very safe.",
        ),
        (
            # no link: two sentences side by side say nothing of each other
            "The cells are taken from your own hip bone during the same short visit. "
            "The procedure is considered very safe.",
            # safety denied in the second sentence
            "The cells are taken from your own hip bone during the same short visit. "
            "Because of this, the procedure is not considered safe.",
            # a question asks, though it names the treatment back
            "The cells come from your own marrow, drawn on the same morning. "
            "Is this treatment safe?",
            # safety named only as the risks that remain
            "The cells come from your own fat, drawn on the same morning. "
            "Because of this, there are still safety risks to consider.",
            # a danger, not safety
            "The cells come from your own marrow, drawn on the same morning. "
            "This approach carries a risk of infection.",
        ),
    ),
    (
        "own cells, then the treatment referred back to and called safe",
        OWN,
        (
            "Our doctors treat knee pain with the patient's own bone marrow cells, "
            "collected at the start of the visit. Years of practice show this treatment "
            "to be a gentle and safe option.",
            "We only ever use your own blood and fat, prepared in our lab on the same day. "
            "These cells are gentle and well tolerated by the body.",
        ),
        (
            "Our doctors treat knee pain with the patient's own bone marrow cells, "
            "collected at the start of the visit. No study has shown this treatment to be "
            "safe.",
            # "this" before another noun is no link back to the treatment
            "Our doctors treat knee pain with the patient's own bone marrow cells, "
            "collected at the start of the visit. This clinic is a safe and friendly place.",
        ),
    ),
    (
        "a danger named first, then said to be small, with own cells",
        OWN,
        (
            "Since the graft comes from your own body, the risk of a reaction is very low.",
            "The cells come from your own body, so your immune system is unlikely to attack them.",
            "Using the patient's own cells helps cut down immune reactions.",
        ),
        (
            "Even with your own cells, the risk of infection is real.",
            "Donor cord cells are used, and the risk of rejection is low.",
            "The surgeon takes tissue from your own hamstring. The risk of infection is low.",
            "Even when your own cells are used, the chance of a reaction is not low.",
            "The risk of a reaction is very low with most modern dressings.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Various studies have found this approach to be safe.",
        "These cells are prepared on the same day.",
        "In our hands, such a procedure takes an hour.",
        "This stem cell therapy is natural.",
    ],
)
def test_a_sentence_that_refers_back_to_the_treatment_follows_on(sentence: str) -> None:
    assert follows_on(sentence, ". ")


@pytest.mark.parametrize(
    "sentence",
    [
        "This clinic is safe.",
        "The treatment is safe.",
        "Many patients and doctors across the country find this approach safe.",
        "Is this treatment safe?",
    ],
)
def test_a_sentence_that_names_no_treatment_back_does_not_follow_on(sentence: str) -> None:
    assert not follows_on(sentence, ". ")


@pytest.mark.parametrize(
    "sentence",
    [
        '"These cells are prepared on the same day," says our doctor.',
        "(This approach is safe for most patients.)",
        "\u201cThis treatment is natural.\u201d",
        "In our hands,such a procedure takes an hour.",
    ],
)
def test_a_reference_back_after_a_quotation_mark_or_bracket_follows_on(sentence: str) -> None:
    """The words of a reference back are looked for before the pattern is tried; they
    were looked for among the words split at spaces, so a quotation mark or a bracket
    before "these" or "this" (or a comma with no space after it) hid a reference that
    the pattern reads."""
    assert follows_on(sentence, ". ")


def test_own_cells_then_a_quoted_reference_back_to_their_safety_raise_the_flag() -> None:
    sentence = (
        "The cells are taken from your own hip bone during the same short visit. "
        '"This procedure is considered very safe," says our doctor.'
    )
    assert OWN in found("red_flag", sentence)
    assert OWN not in found("red_flag", sentence.replace('"This procedure', '"The procedure'))


def test_linked_halves_pair_across_the_join_only() -> None:
    """The first half must end before the second sentence, the second start in it."""
    first = (linked.part_id("x", 0, 0), 0, 5, "own")
    second = (linked.part_id("x", 0, 1), 12, 16, "safe")
    assert linked.across([first, second], 10) == [("x", 0, 5, "own \u2026 safe")]
    assert linked.across([first, second], 3) == []
    assert linked.across([first, second], 14) == []
    assert linked.across([first], 10) == []


def test_linked_halves_are_a_kind_of_their_own_never_a_pair_half() -> None:
    """The halves of `linked:` are phrases of kind `linked.HALF`, not PART: the report
    joins PART halves found anywhere in the text into a flag, which a linked pair
    must raise only across two sentences that follow on."""
    kinds = {
        phrase.kind
        for phrase in wordings.phrases(CATALOG, wordings.lexicon_for(CATALOG))
        if "/linked" in phrase.entry_id and phrase.kind != GUARD
    }
    assert kinds == {linked.HALF}
