"""Round leftovers2: a spec decision on contact lines and three readings (issue 14).

A standing contact line ("Call us Today for an Appointment") is no urgency-pressure
unless it names a deadline or a cost of waiting (the decision recorded in
benchmarks/adverts/README.md; `sign-up:` in data/check/advert_words.yaml); an imperative
to stop seeking a cure ends the reader's hope and claims no cure (`check/rules/hopes.py`);
a lead-in question may open on a short aside before its participle
(`check/rules/answered_questions.py`, `leads_in`); a repair said in the passive with the
cells as its agent is tissue regeneration, past a relative clause whose verb is denied
(`check/rules/negation.py`, `_closes_relative`, and a phrase of tissue-regeneration).
Made-up sentences: each case the round is about (the first table of each part) failed
before it, and each look-alike holds the reading that must not move.
"""

from __future__ import annotations

from cases import each_case
from findings import found, red_flags

from stemcell_cli.check.rules.answered_questions import leads_in

URGENCY = "urgency-pressure"
CURE = "cure-claim"
REGENERATION = "tissue-regeneration"

# -- 1. A standing contact line is no urgency ---------------------------------------------
# The lead's decision: a line that invites the reader to call, contact or book "today"
# and names no limit (of time, places, price or offer), no cost of waiting and no "now"
# is not urgency-pressure. With a deadline or a cost said after "today" it still pushes.


@each_case(
    ("sentence",),
    [
        ("Call us Today for an Appointment",),
        ("Call today: 555-0100",),
        ("To get started, call our care coordinators today.",),
        ("Schedule your consultation today!",),
        ("Book your first visit today.",),
        ("Call our office today to learn more.",),
    ],
)
def test_a_standing_contact_line_is_no_urgency(sentence: str) -> None:
    assert URGENCY not in red_flags(sentence), sentence


@each_case(
    ("sentence",),
    [
        ("Contact us today, before your knee gets any worse.",),
        ("Phone us today before the spring price ends.",),
    ],
)
def test_a_contact_line_with_a_deadline_or_a_cost_of_waiting_is_urgency(sentence: str) -> None:
    assert URGENCY in red_flags(sentence), sentence


@each_case(
    ("sentence",),
    [
        # the pushes the issue names stay
        ("Book now.",),
        ("Act now and feel the difference.",),
        ("Call now!",),
        ("Only 5 spots left this month.",),
        ("This month only: a free knee scan.",),
        ("Don't wait, your cartilage is wearing away.",),
        # a contact line with a limit, a cost of waiting or "now"
        ("Call today before the price goes up.",),
        ("Book today, before it's too late.",),
        ("Call us today while spots last.",),
        ("Call us today: spaces are limited.",),
        ("Call now to book your appointment today.",),
        # the verbs of claiming or reserving carry an offer of their own
        ("Claim your discount today.",),
        ("Reserve your spot today.",),
    ],
)
def test_a_push_with_a_limit_a_cost_or_now_is_still_urgency(sentence: str) -> None:
    assert URGENCY in red_flags(sentence), sentence


@each_case(
    ("sentence",),
    [
        ("Contact us today.",),
        ("Contact us today for details or an exam.",),
    ],
)
def test_contacting_today_with_no_limit_stays_quiet(sentence: str) -> None:
    assert URGENCY not in red_flags(sentence), sentence


# -- 2. An imperative to stop seeking a cure ----------------------------------------------
# "Stop searching for a cure", "Give up searching for a cure", "Stop looking for a cure
# and ...": the seller tells the reader to end the hope; the cure named is the one the
# reader sought, not one the offer is said to bring (cure-claim is a cure said of the
# offer). A question put to the reader stays the pitch (leftovers1), and a claim said
# after the imperative is read on its own words.


@each_case(
    ("sentence",),
    [
        ("Stop looking for a cure and start living with your arthritis.",),
        ("Stop searching for a cure for your arthritis.",),
        ("Quit searching for a cure for your knee pain.",),
        ("Stop hoping for a cure and manage your pain.",),
    ],
)
def test_an_imperative_to_stop_seeking_a_cure_is_a_hope(sentence: str) -> None:
    assert CURE not in red_flags(sentence), sentence


@each_case(
    ("sentence",),
    [
        ("Give up searching for a cure for your arthritis.",),
        ("Give up hoping for a cure for your knee pain.",),
    ],
)
def test_other_imperatives_to_stop_seeking_a_cure_stay_hopes(sentence: str) -> None:
    assert CURE not in red_flags(sentence), sentence


@each_case(
    ("sentence",),
    [
        ("Stop suffering: our cells cure arthritis.",),
        ("Stop searching for a cure: our stem cells reverse arthritis.",),
        ("Looking to cure your arthritis for good?",),
        ("Are you searching for a cure for your knee pain? Our clinic has one.",),
    ],
)
def test_a_cure_said_of_the_offer_or_asked_of_the_reader_is_still_claimed(sentence: str) -> None:
    assert CURE in red_flags(sentence), sentence


# -- 3. A lead-in question that opens on an aside -----------------------------------------
# An aside of one to three words closed by a comma may stand before the participle; the
# word after the aside must be a participle as at the start of a question.


@each_case(
    ("question",),
    [
        ("Everything considered, facing knee surgery?",),
        ("All things considered, thinking about a knee replacement?",),
        ("Like many runners, considering surgery for your knee?",),
    ],
)
def test_a_question_that_opens_on_an_aside_then_a_participle_leads_in(question: str) -> None:
    assert leads_in(question), question


@each_case(
    ("question",),
    [
        ("Nothing helped?",),
        ("Everything else failed?",),
        ("Everything considered, nothing works?",),
        ("In short, something wrong?",),
        ("During recovery, can I work?",),
        ("After the injection, is swelling normal?",),
    ],
)
def test_an_aside_before_no_participle_leads_in_nothing(question: str) -> None:
    assert not leads_in(question), question


# -- 4. A repair said in the passive, the cells its agent ---------------------------------
# "the damage that surgeons cannot repair is rebuilt by our stem cells": the tissue is the
# subject of "is rebuilt", the cells its agent, past a relative clause too long for
# "{tissue} ... {heal-verb}"; the relative clause's denied verb ("cannot repair") governs
# only itself, and its tissue guard ("{tissue} ... cannot ... {heal-verb}") reaches one
# word past the negation, not into the main clause.


@each_case(
    ("sentence",),
    [
        ("the damage that surgeons cannot repair is rebuilt by our stem cells",),
        ("The knee joint that they cannot repair is rebuilt by our stem cells.",),
        ("Worn cartilage that other doctors could not fix is regenerated by your own cells.",),
    ],
)
def test_a_repair_in_the_passive_by_the_cells_is_tissue_regeneration(sentence: str) -> None:
    assert REGENERATION in found("benefit", sentence), sentence


@each_case(
    ("sentence",),
    [
        # denied, in the passive or before it
        ("The damage that surgeons cannot repair is not rebuilt by stem cells either.",),
        ("Cartilage lost to arthritis cannot be rebuilt by stem cells.",),
        # another agent than the cells
        ("The torn ligament was repaired by a surgeon.",),
        # what a person or the tissue cannot do, with no repair claimed
        ("This is damage that even he cannot repair.",),
        ("Damage that does not heal is a sign of arthritis.",),
        ("Cartilage does not readily heal.",),
        # a hope
        ("Researchers hope that one day the damage will be rebuilt by stem cells.",),
    ],
)
def test_a_repair_denied_or_by_another_agent_is_no_tissue_regeneration(sentence: str) -> None:
    assert REGENERATION not in found("benefit", sentence), sentence
