"""Round answered1: a question the page answers in its next sentence is the page's claim.

A yes/no question ("Is it safe?") or a "whether" clause raises no claim alone (the spec:
a question is borderline at most). But an advert often asks the reader's question and
answers it at once: answered yes ("Yes", "Absolutely", "The answer is now yes", "In
many cases, yes"), what the question holds is the page's own claim (`check/answers.py`).
A question that asks whether an operation is the only way ("Is surgery my only
option?", "Do I need surgery?") answered with a denial ("No.", "Not necessarily", "Not
anymore") sets the operation aside: avoid-surgery. Answered "No", "Not yet", "It
depends", hedged ("Possibly, but ..."), or not answered, the question stays a question.
Made-up sentences, never a page's; each claim here was missed before the rule.
"""

from __future__ import annotations

import pytest
from findings import benefits, red_flags

from stemcell_cli.check.answers import answers_yes, denies


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Can stem cells help me avoid knee surgery? The answer is now yes.", "avoid-surgery"),
        ("Can our injections help you avoid a hip replacement? Yes.", "avoid-surgery"),
        (
            "Will the cells regrow my cartilage? Absolutely, in most patients.",
            "tissue-regeneration",
        ),
        (
            "Patients often ask whether stem cells can help them avoid knee surgery. "
            "In many cases the answer is yes.",
            "avoid-surgery",
        ),
        ("Can PRP reduce the inflammation in my knee? Definitely.", "reduced-inflammation"),
        # a yes that goes on is still a yes
        (
            "Can stem cells help me avoid a hip replacement? Yes, but the first step is an "
            "accurate diagnosis.",
            "avoid-surgery",
        ),
    ],
)
def test_a_question_answered_yes_is_the_pages_claim(text: str, claim: str) -> None:
    """The question's claim stands when the very next sentence answers it yes."""
    assert claim in benefits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Wondering whether your own cells are safe? Absolutely.",
        "Are stem cells from your own body safe? Yes, completely.",
    ],
)
def test_a_stated_only_flag_answered_yes_is_raised(text: str) -> None:
    """A warning sign a question does not raise (`stated_only:`) is raised when the
    page answers the question yes."""
    assert "own-cells-so-safe" in red_flags(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Does that leave surgery as your only option? Not necessarily.",
        "Is surgery my only option? No.",
        "Is your only choice a knee replacement? Not anymore.",
        "Do I need knee surgery? Not necessarily.",
    ],
)
def test_an_only_way_question_denied_sets_the_operation_aside(text: str) -> None:
    """Asked whether an operation is the only way and answered no: avoid-surgery."""
    assert "avoid-surgery" in benefits(text), text


@pytest.mark.parametrize(
    "text",
    [
        # answered no, not yet, not known, or hedged
        "Can stem cells help me avoid knee surgery? No.",
        "Can stem cells help me avoid knee surgery? Not yet.",
        "Can stem cells help me avoid knee surgery? We don't know.",
        "Can stem cells help me avoid knee surgery? It depends.",
        "Can stem cells help me avoid knee surgery? The evidence is unclear.",
        "Can stem cells help me avoid knee surgery? Possibly, but the trials are small.",
        # asked with no answer after it
        "Can stem cells help me avoid knee surgery?",
        "Can stem cells help me avoid knee surgery? Ask your surgeon.",
        "Patients ask whether stem cells can help them avoid knee surgery. Few trials say.",
        # a careful page: a critic asks and answers no
        "Are stem cells from your own body safe? No, not when a clinic cultures them.",
        "Are stem cells from your own body safe?",
        # an only-way question answered yes, or a denial of another question
        "Is surgery my only option? Yes, for a torn ligament like yours.",
        "Is the surgery painful? No.",
        # an only-way question with no answer
        "Is surgery my only option? Talk to your surgeon.",
    ],
)
def test_look_alikes_stay_silent(text: str) -> None:
    """A question answered no, not yet or with a hedge, or not answered, claims nothing."""
    assert "avoid-surgery" not in benefits(text), text
    assert "own-cells-so-safe" not in red_flags(text), text


@pytest.mark.parametrize(
    ("answer", "yes", "denial"),
    [
        (" Yes.", True, False),
        (" Absolutely, in most patients.", True, False),
        (" In many cases the answer is yes, but the first step is a diagnosis.", True, False),
        (" For carefully chosen patients the answer is now yes: two routes exist.", True, False),
        (" In many cases, yes.", True, False),
        (" In fact, the answer is no.", False, False),
        (" The answer is not yet known.", False, False),
        (" Possibly, but the trials are small.", False, False),
        (" In the clinic we use your own cells.", False, False),
        (" No.", False, True),
        (" Not necessarily.", False, True),
        (" Not yet.", False, False),
        (" No one knows.", False, False),
        (" Nothing is certain.", False, False),
    ],
)
def test_what_opens_an_answer(answer: str, yes: bool, denial: bool) -> None:
    """`answers.answers_yes` and `answers.denies` read only the answer's opening words."""
    assert answers_yes(answer) is yes, answer
    assert denies(answer) is denial, answer
