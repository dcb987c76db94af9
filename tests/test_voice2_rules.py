"""A cure or a miracle asked in the reader's own voice is no warning sign (voice2): the
rule of `check/voice.py`. A yes/no question raises no cure-claim or miracle-language
unless one of its words speaks in the seller's voice (`reader_questions:`: "you", "your",
"we", "our" ...): "Can stem cell injections cure my osteoarthritis?" and "Is there a cure
for thumb arthritis?" are what a reader asks (an FAQ's heading, a post's opening, which
the page then answers), while "Can stem cells cure your knee pain?" is a seller's pitch
put to the reader. The spec's recorded call: a question is borderline at most.
Made-up sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import flag_pair, raises

from stemcell_cli.check.voice import ReaderQuestions


@pytest.mark.parametrize(
    ("asked", "pitched"),
    [
        (
            "Can stem cell injections cure my osteoarthritis?",
            "Can stem cell injections cure your osteoarthritis?",
        ),
        ("Is there a cure for thumb arthritis?", "Is there a cure for your thumb arthritis?"),
        ("Can knee arthritis be cured?", "Can your knee arthritis be cured?"),
        ("Will I be pain free forever after the injection?", "Will you be pain free forever?"),
        ("Is stem cell therapy a cure for arthritis?", "Our stem cell therapy is a cure."),
        ("Q: Can my knee be good as new again?", "Q: Can we make your knee good as new?"),
        ("Do stem cells cure arthritis?", "Yes, stem cells cure arthritis."),
    ],
)
def test_a_cure_asked_in_the_readers_voice_is_no_cure_claim(asked: str, pitched: str) -> None:
    """A yes/no question with no word of the seller's voice asks; put to the reader
    ("your", "you"), said as the page's own ("we"), or said outright, it claims."""
    flag_pair("cure-claim", asked, pitched)


@pytest.mark.parametrize(
    ("asked", "pitched"),
    [
        (
            "Is stem cell therapy a miracle for knee pain?",
            "Is stem cell therapy the miracle your knees need?",
        ),
        (
            "Are these injections a breakthrough?",
            "Could this be the breakthrough we have been waiting for?",
        ),
    ],
)
def test_a_miracle_asked_in_the_readers_voice_is_no_miracle_language(
    asked: str, pitched: str
) -> None:
    flag_pair("miracle-language", asked, pitched)


@pytest.mark.parametrize(
    ("flag", "sentence"),
    [
        # not yes/no questions: a seller's rhetorical question, an elliptic one
        ("cure-claim", "Why live with pain when you can cure it?"),
        ("cure-claim", "Ready for a permanent cure?"),
        ("cure-claim", "How do stem cells cure arthritis?"),
        # the spec's "no way to reverse ... until now", and a push said outright
        ("cure-claim", "There was no way to reverse arthritis until now."),
        ("miracle-language", "There was no way to reverse arthritis until now."),
        ("cure-claim", "Don't wait, cure your knee pain today."),
        # a question's answer is the page's own claim
        ("cure-claim", "Will stem cells cure my knee? Yes, our cells cure knee arthritis."),
        # a question a seller puts to the reader, the plight then named
        ("cure-claim", "Are you ready to be pain free forever?"),
    ],
)
def test_a_cure_or_miracle_outside_the_readers_question_is_still_found(
    flag: str, sentence: str
) -> None:
    raises(flag, sentence)


def test_other_warning_signs_take_no_readers_voice() -> None:
    """Only the entries of `reader_questions:` take the rule: a push to hurry asked in
    the reader's voice still counts ("Is this offer for a limited time only?" is no
    entry of it, and urgency is not stated_only)."""
    raises("urgency-pressure", "Should I book now, while only 3 spots are left?")


def test_only_an_entry_given_words_of_the_sellers_voice_takes_the_rule() -> None:
    """`ReaderQuestions` alone: an entry given no words of the seller's voice keeps its
    findings in any question; the words are compared as written, in small letters."""
    questions = ReaderQuestions({"cure-claim": [frozenset({"you", "your"})]})
    assert questions.asked("cure-claim", ["Can", "it", "cure", "my", "knee"])
    assert not questions.asked("cure-claim", ["Can", "it", "cure", "YOUR", "knee"])
    assert not questions.asked("miracle-language", ["Is", "it", "a", "miracle"])
    assert not ReaderQuestions({})
