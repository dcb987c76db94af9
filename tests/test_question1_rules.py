"""Round question1: a yes/no question after a lead-in is a question, for every flag.

A yes/no question whose verb opens it ("Is it FDA approved?") is what a careful reader
asks, not the page's claim (docs/matcher.md, questions). The same question after a
lead-in clause that ends in a comma ("For my specific condition, is this therapy
FDA-approved?", "If I have arthritis, will stem cells cure it?") is a question too
(`sentences.asks_yes_or_no`). A colon is not taken yet: on train it read an FAQ's
"Question: Will ...?" as a question, whose "yes" is in the next paragraph. A question
answered yes in its next sentence is still the page's claim (`check/answers.py`), and a
statement after a question that is no yes/no question ("Tired of pain?", "Why wait?",
"Who is a candidate?") still counts. Made-up sentences, never a page's; each lead-in
question raised its finding before.
"""

from __future__ import annotations

import pytest
from findings import benefits, entries, red_flags

from stemcell_cli.check.sentences import asks_yes_or_no, split_words


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("For my specific condition, is this therapy FDA-approved?", "fda-status-claim"),
        ("Before you travel, is the lab FDA registered?", "fda-status-claim"),
        ("If I have arthritis, will stem cells cure it?", "cure-claim"),
        ("Before you pay, does the clinic guarantee results?", "promised-results"),
        ("For knees, are your own cells safe?", "own-cells-so-safe"),
        ("Before treatment, can PRP reduce the inflammation in my knee?", "reduced-inflammation"),
        ("For my knees, can stem cells help me avoid knee surgery?", "avoid-surgery"),
    ],
)
def test_a_question_after_a_lead_in_is_a_question(text: str, entry: str) -> None:
    """The question's verb after a lead-in that ends in a comma: no claim."""
    assert entry not in entries(text), text


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # answered yes: the page's claim (answers)
        ("For knees, is it effective? Yes, our cells regrow cartilage.", "tissue-regeneration"),
        ("For knees, can stem cells help me avoid knee surgery? Yes.", "avoid-surgery"),
        (
            "For my knee, are stem cells from your own body safe? Yes, completely.",
            "own-cells-so-safe",
        ),
        # a statement after a question that is no yes/no question
        ("Tired of pain? Our stem cells cure arthritis.", "cure-claim"),
        ("Why wait? Book now, only 3 spots left.", "urgency-pressure"),
        (
            "Who is a candidate? Anyone with knee pain can avoid surgery with our injections.",
            "avoid-surgery",
        ),
        # a seller's lead-in about the reader after a lead-in is no question either
        ("With knee pain, are you tired of waiting? Our stem cells cure arthritis.", "cure-claim"),
        # a cure asked in the seller's voice still counts (voice)
        ("For knee pain, can our stem cells cure you?", "cure-claim"),
    ],
)
def test_look_alikes_are_still_found(text: str, entry: str) -> None:
    """An answered question, and statements near questions, keep their finding."""
    assert entry in benefits(text) | red_flags(text), text


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("For my specific condition, is this therapy FDA-approved", True),
        ("For knee, hip and back pain, does it work", True),
        ("For knees, and above all, is it safe", True),
        ("Is it FDA approved", True),
        ("Tired of pain", False),
        ("Who is a candidate", False),
        ("In India, how can stem cells cure arthritis", False),
        ("With knee pain, are you suffering every day", False),
    ],
)
def test_asks_yes_or_no_reads_a_lead_in(sentence: str, asks: bool) -> None:
    """The verb may follow a lead-in that ends in a comma, not a wh-word."""
    assert asks_yes_or_no(split_words(sentence), sentence) is asks, sentence
