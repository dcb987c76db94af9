"""Round leftovers1: three readings that reviews found and left (issue 14).

A hope put to the reader is the seller's pitch, not a hope told (`check/rules/hopes.py`);
a question leads in to the next sentence only when it opens on a participle
(`check/rules/answered_questions.py`, `leads_in`); a standard denied to equal the FDA's
is no seal (`guards:` of fda-status-claim). Made-up sentences: each case the round is
about (the first table of each part) failed before it, and each look-alike holds the
reading that must not move.
"""

from __future__ import annotations

from cases import each_case
from findings import red_flags

from stemcell_cli.check.rules.answered_questions import leads_in

CURE = "cure-claim"
SEAL = "fda-status-claim"

# -- 1. A hope put to the reader ----------------------------------------------------------
# Round flags2 read a cure sought, longed for or attempted as a hope, which also quieted
# the seller's question "Looking to cure your arthritis for good?". Whose hope it is tells
# them apart: the reader's own, asked in a question, with only auxiliaries, "you" and a
# few adverbs before the wording of hope, and the reader named ("you", "your": the
# seller's voice of `reader_questions:`). (An imperative to stop, "Stop searching for a
# cure for your arthritis", was read as the pitch too; round leftovers2 reads it as the
# hope ended, `tests/rules/test_leftovers2.py`.)


@each_case(
    ("sentence",),
    [
        ("Looking to cure your arthritis for good?",),
        ("Are you searching for a cure for your knee pain? Our clinic has one.",),
        ("Tired of looking for a cure for your back pain?",),
        ("Are you still hoping to cure your arthritis?",),
    ],
)
def test_a_hope_put_to_the_reader_is_a_cure_claim(sentence: str) -> None:
    assert CURE in red_flags(sentence), sentence


@each_case(
    ("sentence",),
    [
        # another hopes, told
        ("Researchers are looking to cure arthritis.",),
        ("She hopes to cure her knee.",),
        ("Patients desperate for a cure travel far.",),
        # another hopes, asked
        ("Are researchers looking to cure arthritis?",),
        ("Is she hoping to cure her knee?",),
        ("Did you know researchers hope to cure arthritis someday?",),
        # a question with no reader named: nobody is asked about their own hope
        ("Looking to cure arthritis?",),
        # an imperative with no reader named
        ("Stop searching for a cure, researchers say.",),
        # no question and no imperative: the reader's hope told
        ("You may be looking for a cure for your arthritis.",),
        # (review5) only the reader's words before the hope, but told, not asked
        ("You are still searching for a cure for your arthritis.",),
    ],
)
def test_a_hope_told_or_not_the_readers_stays_a_hope(sentence: str) -> None:
    assert CURE not in red_flags(sentence), sentence


# -- 2. A lead-in opens on a participle ---------------------------------------------------
# `leads_in` took any word in -ing, so "Nothing helped?" was read as a lead-in joined to
# the sentence after it. On the train split every question it took opened on a participle
# (thinking, getting, promoting, exploring, wondering, looking); the words in -ing that are
# none are the pronouns of "thing", "during", and words whose letters before "ing" hold
# no vowel ("bring", "spring", "thing").


@each_case(
    ("question",),
    [
        ("Nothing helped?",),
        ("Something wrong with your knee?",),
        ("Anything else we can do?",),
        ("Everything else failed?",),
        ("During recovery, can I work?",),
        ("Bring your scans to the visit?",),
        ("Spring sale on injections?",),
    ],
)
def test_a_question_that_opens_on_no_participle_leads_in_nothing(question: str) -> None:
    assert not leads_in(question), question


@each_case(
    ("question",),
    [
        ("Thinking about surgery for an injured joint?",),
        ("Considering a knee replacement?",),
        (" Getting older?",),
        ("\nWondering what makes stem cell therapy so special?",),
        ("Being told you need surgery?",),
        ("Trying to avoid a knee replacement?",),
    ],
)
def test_a_question_that_opens_on_a_participle_still_leads_in(question: str) -> None:
    assert leads_in(question), question


# -- 3. A standard denied to equal the FDA's ----------------------------------------------
# "on a par with the" puts the FDA five words past a "not" before it, beyond the negation's
# four: a guard of fda-status-claim reads a negation right before the wording of equal
# standing (`{on-par}`), with at most one of "quite", "yet", "even", "near", "close".


@each_case(
    ("sentence",),
    [
        ("Their lab standards are not on a par with the FDA's.",),
        ("Offshore clinics use standards that are not on a par with FDA standards.",),
        ("Their standards aren't on a par with those of the FDA.",),
        ("Their labs are nowhere near on par with FDA standards.",),
    ],
)
def test_a_standard_denied_to_equal_the_fdas_is_no_seal(sentence: str) -> None:
    assert SEAL not in red_flags(sentence), sentence


@each_case(
    ("sentence",),
    [
        ("Our lab standards are on a par with the FDA's.",),
        ("Our standards are not only on a par with FDA standards but exceed them.",),
        ("Our standards are comparable to FDA standards.",),
    ],
)
def test_a_standard_said_to_equal_the_fdas_is_still_a_seal(sentence: str) -> None:
    assert SEAL in red_flags(sentence), sentence
