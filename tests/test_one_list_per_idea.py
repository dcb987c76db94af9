"""One list per idea (issue 14; round lists1, benchmarks/adverts/ROUNDS.md): a wording that
two lists of data/check/ need, because the two mean one idea, is written once and the
other list reads it (a YAML alias, or the code asking the one list), so the two never
drift apart; and a red flag and the benefit claim it implies, which read one shared list
of wordings, are found together on each wording of it."""

from __future__ import annotations

import itertools
import re

import pytest
import yaml
from findings import CATALOG, MATCHER, entries
from shipped_words import listed, written

from stemcell_cli.check.matching.wordings import lexicon_for
from stemcell_cli.check.rules.page_voice import compiled, offer_alternative
from stemcell_cli.core.datadirs import PAGE_VOICE, shipped_dir

#: Lists of advert_words.yaml that mean one idea (the audit of round lists1): each pair is
#: one list under two names, or the second reads the first's wordings.
SAME_IDEA = [
    # a hedge of safety ("if it is safe") takes the red flag and its claim alike
    ("hopes.fewer-side-effects", "hopes.no-risk-claim"),
    # a study's question ("being studied for")
    ("hopes.reduced-inflammation", "hopes.delay-degeneration"),
    # the seller's voice in a question
    ("reader_questions.cure-claim", "reader_questions.miracle-language"),
    # a share in words ("two thirds of our patients")
    ("groups.fraction", "share_fractions"),
    # whom a share counts
    ("groups.patients", "share_counts"),
    # the seller's own voice, which keeps a claim the page's own
    ("reported_speech.keepers", "own_course.seller"),
]
#: Lists that share some wordings of one idea and differ on purpose in others: each shared
#: wording is still written once. Repair hoped for is no hope "toward" something (a
#: clinic's plan moves toward its cells: hopes2), and a study's question is a hope of its
#: own for tissue-regeneration.
SHARING = [
    # words of hope; a search or an attempt ("seeking a", "try to") is a hope for a cure
    # only: "patients seeking the FDA-approved treatment" still claims the approval
    ("hopes.cure-claim", "hopes.fda-status-claim"),
    ("hopes.cure-claim", "hopes.tissue-regeneration"),
    ("hopes.tissue-regeneration", "hopes.reduced-inflammation"),
    # the seller's voice keeps a claim the page's own and ties famous people to it
    ("claim_keepers", "proof_ties"),
    # a danger said to be none is no risk claimed, and own cells' safety
    ("groups.no-side-effects", "groups.nil-danger"),
    # what the red flags and the claim they imply set aside alike: safety said of rules
    # or of no study, own cells "not automatically safe", the body's natural healing
    # (no-risk-claim also sets aside a narrower claim: below)
    ("guards.fewer-side-effects", "guards.no-risk-claim"),
    ("guards.fewer-side-effects", "guards.own-cells-so-safe"),
    ("guards.own-cells-so-safe", "debunking"),
    # healing that another treatment fails at is no cure and no regeneration claimed
    ("guards.cure-claim", "guards.tissue-regeneration"),
    # a healing told as a deed done to one person ("healed my ...") is neither the
    # offer's repair nor a promise (firstfg1)
    ("unpromised.promised-results", "own_course.course"),
]


@pytest.mark.parametrize(("first", "second"), SAME_IDEA + SHARING)
def test_lists_of_one_idea_write_each_shared_wording_once(first: str, second: str) -> None:
    shared = set(listed(first)) & set(listed(second))
    assert shared, (first, second)  # they still share the idea
    for wording in shared:
        if re.fullmatch(r"\{[\w-]+\}", wording):
            continue  # a list read by name: its wordings are written once, in that list
        assert written(wording) == 1, (first, second, wording)


@pytest.mark.parametrize(("first", "second"), SAME_IDEA)
def test_lists_of_one_idea_are_read_alike(first: str, second: str) -> None:
    """The second list holds every wording of the first (an alias, or it reads it)."""
    assert set(listed(first)) <= set(listed(second))


def _spelt(wording: str) -> list[str]:
    """Every word sequence a wording of words of a|b|c spells out."""
    return [
        " ".join(words) for words in itertools.product(*(w.split("|") for w in wording.split()))
    ]


def test_the_voice_adds_only_what_the_offer_list_lacks() -> None:
    """The page's own offer ("we offer", "our clinic", "book a consultation") is `offers:` of
    advert_words.yaml, read by the offer gate and by the page's voice; voice.yaml's
    `offering` holds only what the voice adds, none of it said by a wording of `offers:`."""
    offers = lexicon_for(CATALOG).offers
    readable = [offer_alternative(wording) for wording in offers]
    assert None not in readable, offers  # the voice reads every wording of the offer
    said = re.compile("|".join(f"(?:{r})" for r in readable if r), re.IGNORECASE)
    voice = yaml.safe_load((shipped_dir() / PAGE_VOICE).read_text(encoding="utf-8"))
    for wording in voice["offering"]:
        for words in _spelt(wording):
            assert not said.fullmatch(words), (wording, words)
    assert MATCHER.genre is not None and MATCHER.genre.voice is not None
    assert MATCHER.genre.voice.offers == offers
    # and reads them all: the shipped wordings together stay within VOICE_STEPS (attack9)
    pattern = MATCHER.genre.voice.offer_pattern.pattern
    assert [r for r in readable if r and r not in pattern] == [], pattern


@pytest.mark.parametrize(
    "said", ["We provide knee injections.", "Book your free consultation today."]
)
def test_the_shipped_voice_hears_the_offer_in_the_words_of_offers(said: str) -> None:
    """Wordings that only `offers:` holds (voice.yaml's `offering` no longer says them)
    are still the page's own offer to its voice."""
    assert MATCHER.genre is not None and MATCHER.genre.voice is not None
    assert MATCHER.genre.voice.offer_pattern.search(said), said


@pytest.mark.parametrize(
    ("wording", "words"),
    [
        ("we offer|provide", r"we\s+(?:offer|provide)"),
        (
            "book a|your ...2 consultation",
            r"book\s+(?:a|your)(?:\s+[\w'\u2019]+){0,2}\s+consultation",
        ),
        ("price|prices from", r"(?:price|prices)\s+from"),
        ("treat! our? knees", r"treat(?:\s+our)?\s+knees"),
    ],
)
def test_the_voice_reads_an_offer_wording_aswritten(wording: str, words: str) -> None:
    assert offer_alternative(wording) == words


def test_an_offers_wording_past_the_voices_steps_is_the_gates_and_the_next_is_read() -> None:
    """A wording whose steps do not fit within VOICE_STEPS beside those before it is the
    offer gate's alone; a later one that fits is still the voice's (attack9)."""
    too_many = "we" + " ...9 go" * 3 + " zz"  # (10 ** 3 ways, 5 a|b|c: past the bound)
    voice = compiled(3, 10.0, ["clinics"], ["ours"], ["call us"], [too_many, "we treat"])
    assert voice.offer_pattern.search("We treat knees.")
    assert not voice.offer_pattern.search("we go go go zz")


@pytest.mark.parametrize(
    "wording",
    ["{we-here} offer", "'#% off", "FDA approved", "our? clinic", "book ...", "... book"],
)
def test_an_offer_wording_of_more_than_words_is_the_gates_alone(wording: str) -> None:
    assert offer_alternative(wording) is None


#: The lists a red flag and a benefit claim (or two claims) read as one of their phrases,
#: `{name}`, with made-up sentences of their wordings: each raises every entry that
#: reads the list. A list newly shared so must be added here with its sentences.
SHARED = {
    "no-side-effects": (
        "Our injection works without side effects.",
        "The procedure is completely safe.",
        "Stem cell therapy is risk-free.",
        "The treatment is harmless.",
        "Patients have never had a complication.",
    ),
    "own-cells": (
        "Because the cells come from your own body, there is no risk of rejection.",
        "Your own cells cannot be rejected.",
    ),
    "reverse-damage": (
        "Our cells reverse the damage of arthritis.",
        "The injections turn back the clock on your knees.",
    ),
    "delay-replacement": (
        "Stem cells can delay knee replacement surgery.",
        "Our injection lets you put off surgery.",
    ),
    "surgeries-replaced": ("Stem cells replace 80% of knee surgeries.",),
}


def _readers() -> dict[str, set[str]]:
    """List name -> the entries with `{name}` alone as one of their phrases."""
    readers: dict[str, set[str]] = {}
    for entry in [*CATALOG.benefits.values(), *CATALOG.red_flags.values()]:
        for phrase in entry.phrases:
            whole = re.fullmatch(r"\{([\w-]+)\}", phrase)
            if whole:
                readers.setdefault(whole.group(1), set()).add(entry.id)
    return readers


def test_every_list_read_whole_by_two_entries_has_its_sentences() -> None:
    shared = {name for name, ids in _readers().items() if len(ids) > 1}
    assert shared == set(SHARED)


@pytest.mark.parametrize(
    ("name", "sentence"), [(n, s) for n, sentences in SHARED.items() for s in sentences]
)
def test_entries_that_read_one_list_are_found_together(name: str, sentence: str) -> None:
    readers = _readers()[name]
    assert readers <= entries(sentence), (name, sentence)


def test_a_narrower_claim_is_the_benefits_alone() -> None:
    """Where the two disagree, they do on purpose: "no serious side effects" claims fewer
    side effects, not none (a guard of no-risk-claim, `guards:`), so the claim is found
    and the red flag is not."""
    found = entries("There are no serious side effects.")
    assert "fewer-side-effects" in found
    assert "no-risk-claim" not in found
