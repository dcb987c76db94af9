"""Reading rules built by mechanism (shares, hopes, word lists checked at load time) and the
boundary tests of the precision rounds' reading rules.
"""

from __future__ import annotations

import pytest
from findings import clean, found, raises

from stemcell_cli.check import matcher
from stemcell_cli.check.figures import COUNTED
from stemcell_cli.check.hopes import ENDS
from stemcell_cli.check.matcher import Matcher, Phrase
from stemcell_cli.check.phrases import PhraseError
from stemcell_cli.core.errors import DataError

# -- Moved from tests/test_mechanism_rules.py ----------------------------------------------
# Reading rules built by mechanism for the warning signs' false alarms (mechanism2):
# a share of patients is a success rate only when its sentence says how they fared
# (`check/figures.py`), and what is hoped for is not claimed (`check/hopes.py`). Made-up
# sentences, each with a look-alike that must still be found.

# -- the rule, on a matcher that knows only a few words -------------------------------


def _share_matcher(*extra: Phrase) -> Matcher:
    return Matcher(
        [
            Phrase("red_flag", "rate", "#% of patients|cases"),
            Phrase("red_flag", "abroad", "# patients from abroad"),
            Phrase(matcher.SHARE, COUNTED, "patients|cases"),
            Phrase(matcher.SHARE, "rate", "improved|relief"),
            *extra,
        ]
    )


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a share with no word of faring in its sentence counts something else
        ("In 2020, 80% of cases were in the knee.", False),
        ("About 30% of patients need an operation later.", False),
        # a word of faring anywhere in the sentence earns it
        ("About 80% of patients improved.", True),
        ("By six months, and for most of them for good, relief came to 80% of patients.", True),
    ],
)
def test_a_share_of_patients_stands_only_with_a_word_of_faring(sentence: str, found: bool) -> None:
    """A match of an entry with words of faring that holds a number and a word naming
    whom a share counts is dropped when no word of its sentence says how they fared."""
    entries = {m.entry_id for m in _share_matcher().scan([sentence])}
    assert ("rate" in entries) is found


def test_an_entry_without_words_of_faring_keeps_its_share() -> None:
    """The rule holds only for the entries `fared:` names: patients counted for another
    warning sign ("40 patients from abroad") are not asked how they fared."""
    entries = {m.entry_id for m in _share_matcher().scan(["We treat 40 patients from abroad."])}
    assert entries == {"abroad"}


def test_a_match_without_a_number_or_without_whom_it_counts_is_no_share() -> None:
    """Only a match that holds both a number and a word of `share_counts:` is a share."""
    found = _share_matcher(
        Phrase("red_flag", "rate", "success rate"),
        Phrase("red_flag", "rate", "#% more"),
    )
    assert {m.text for m in found.scan(["Ask about the success rate."])} == {"success rate"}
    assert {m.text for m in found.scan(["It costs 30% more."])} == {"30% more"}


def test_words_of_faring_are_compared_as_written_not_by_stem() -> None:
    """ "improved" says how patients fared; "improving" (same stem) is not on the list."""
    found = _share_matcher()
    assert {m.entry_id for m in found.scan(["About 80% of patients improved."])} == {"rate"}
    assert not found.scan(["About 80% of patients are improving their diet."])


def test_a_word_of_faring_of_more_than_one_word_is_refused() -> None:
    with pytest.raises(PhraseError, match="one word"):
        Matcher([Phrase(matcher.SHARE, "rate", "pain free")])


def test_words_of_faring_for_an_unknown_entry_are_refused() -> None:
    from stemcell_cli.check import wordings
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    shipped = wordings.lexicon_for(catalog)
    mine = shipped._replace(fared={"no-such-flag": ("better",)})
    with pytest.raises(DataError) as raised:
        wordings.matcher_for(catalog, mine)
    assert "unknown entry 'no-such-flag'" in "\n".join(raised.value.lines())


# -- the shipped word lists -----------------------------------------------------------


@pytest.mark.parametrize(
    ("other", "result"),
    [
        (
            "About 30% of patients with a torn meniscus eventually need an operation.",
            "About 80% of patients with a torn meniscus report less pain after the injections.",
        ),
        (
            "In our region, 65 percent of the cases are in the hip.",
            "In our clinic, 65 percent of the cases improved after one injection.",
        ),
        (
            "One in five patients drops out of such studies before the last visit.",
            "Four in five patients felt better within a month.",
        ),
        (
            "Nine out of ten patients we see have tried cortisone first.",
            "Nine out of ten patients would recommend the procedure to a friend.",
        ),
        (
            "Roughly 40% of the participants had had knee surgery before joining.",
            "Roughly 40% of the participants had no pain at all after a year, and most "
            "of the rest were better.",
        ),
    ],
)
def test_a_share_that_counts_something_else_is_no_success_rate(other: str, result: str) -> None:
    """A share of patients that says where a disease is, who needs an operation, who
    left a study or what they had before is a figure about something else; the same
    share with how the patients fared is a success rate."""
    clean("high-success-rate", other)
    raises("high-success-rate", result)


@pytest.mark.parametrize(
    "sentence",
    [
        "The need for a hip replacement at 5 years fell from 75% to 25% with the cells.",
        "In the trial, the need for a total hip replacement at 5 years fell from 75% to 25% "
        "when core decompression with stem cells was compared with core decompression alone.",
        "With the cells, the rate of knee replacements dropped from 40% to 12%.",
    ],
)
def test_a_figure_that_changes_from_one_percentage_to_another_is_a_result(sentence: str) -> None:
    """A rate or a need said to fall or rise from one percentage to another is the
    treatment's result, even when the operation it spares is named in it."""
    raises("high-success-rate", sentence)


def test_a_share_of_clinics_that_rose_is_no_result() -> None:
    clean("high-success-rate", "The share of clinics that sell it rose from 10% to 30%.")


# -- hopes: "what is hoped for is not claimed" ------------------------------------------


def _hoping_matcher() -> Matcher:
    return Matcher(
        [
            Phrase("red_flag", "cure", "cure|cures"),
            Phrase("red_flag", "other", "cure|cures"),
            Phrase(matcher.HOPE, "cure", "hoped|hoping|dream"),
            Phrase(matcher.HOPE, "cure", "the hope"),
            Phrase(matcher.HOPE, "cure", "in the future"),
            Phrase(matcher.HOPE, ENDS, "now|our"),
        ]
    )


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("They travel abroad in the hope that the shots cure them.", False),
        ("In the future, stem cells may cure it.", False),
        ("Researchers are hoping, in time, to find that cells cure it.", False),
        # eight words between the hope and the finding, and no more
        ("Hoping one two three four five six seven cells cure it.", False),
        ("Hoping one two three four five six seven eight cells cure it.", True),
        # a colon, a dash, a bracket, a turning word or a word of `hope_ends:` ends it
        ("The dream: our cells cure it.", True),
        ("The dream - cells that cure it.", True),
        ("The dream (cells cure it).", True),
        ("It was a dream, but cells cure it.", True),
        ("It was a dream, now cells cure it.", True),
        ("Patients come in the hope that our cells cure them.", True),
        # "hope" alone is no wording of hope here, and the words are compared as written
        ("Cells give hope and cure it.", True),
        ("The hopes: cells cure it.", True),
        # a hope after the finding hopes for nothing
        ("Cells cure it, we are hoping.", True),
    ],
)
def test_a_finding_shortly_after_a_wording_of_hope_is_hoped_for(
    sentence: str, claimed: bool
) -> None:
    """A finding of an entry of `hopes:` is no claim when one of the entry's wordings
    ends within HOPE_REACH words before it in its sentence, with only words and commas
    between."""
    entries = {m.entry_id for m in _hoping_matcher().scan([sentence])}
    assert ("cure" in entries) is claimed
    assert "other" in entries  # an entry without wordings of hope keeps its findings


def test_a_wording_of_hope_of_more_than_three_words_is_refused() -> None:
    with pytest.raises(PhraseError, match="one to 3 words"):
        Matcher([Phrase(matcher.HOPE, "cure", "in the near future")])


def test_a_word_that_ends_a_hope_of_more_than_one_word_is_refused() -> None:
    with pytest.raises(PhraseError, match="one word"):
        Matcher([Phrase(matcher.HOPE, ENDS, "right now")])


@pytest.mark.parametrize(
    ("hoped", "claimed", "flag"),
    [
        (
            "Researchers hope stem cells could one day cure osteoarthritis.",
            "Our stem cells cure osteoarthritis.",
            "cure-claim",
        ),
        (
            "Some patients fly abroad in the hope that the injections will cure them.",
            "Many patients come to us in the hope that our injections will cure them.",
            "cure-claim",
        ),
        (
            "Someday, scientists say, it might be possible to reverse the damage.",
            "Today, our scientists say, it is possible to reverse the damage.",
            "cure-claim",
        ),
        (
            "In the future, such cells may permanently fix damaged discs.",
            "Our cells permanently fix damaged discs.",
            "cure-claim",
        ),
        (
            "The dream is a treatment that reverses arthritis.",
            "New hope: a treatment that reverses arthritis.",
            "cure-claim",
        ),
        (
            "There is hope that the therapy could become an FDA-approved treatment.",
            "We hope you will choose our FDA-approved treatment.",
            "fda-status-claim",
        ),
    ],
)
def test_a_cure_hoped_for_is_no_cure_claim(hoped: str, claimed: str, flag: str) -> None:
    """With the shipped word lists, a cure (or an FDA approval) someone hopes for, dreams
    of or expects someday is no warning sign; said as the advert's own, or after a hope
    the writer's own words take over from, it still is."""
    clean(flag, hoped)
    raises(flag, claimed)


# -- Moved from tests/test_reading_rules_boundaries.py -------------------------------------
# Boundary tests of the reading rules added for issue 14's precision rounds, written for
# the mutants of them that survived the suite (benchmarks/mutation.py, MUTATION.md round
# 5): a person's name (`@name`), a quotation closed right before a debunking word, and a
# short citation block read as a reference entry. Each test states its rule through what
# `stemcell check` finds and sits on the rule's edge.

URGENCY = "urgency-pressure"

STORY = "testimonials-as-evidence"

# -- a quotation closed right before a debunking word is what it debunks -------------


def test_a_one_word_quotation_right_before_a_debunking_is_debunked() -> None:
    """The debunking ("is a sales tactic") can start at the second word of a sentence."""
    raises(URGENCY, "Hurry, the doors close.")
    clean(URGENCY, '"Hurry" is a sales tactic.')


def test_the_first_clause_of_a_quotation_after_other_words_is_debunked() -> None:
    """The quotation is read back to its opening mark, not one word short of it, even
    when words stand before the mark and its first word is a clause of its own."""
    raises(URGENCY, "Hurry, the doors close.")
    clean(URGENCY, 'Critics say "Hurry, the doors close" is a sales tactic.')


def test_a_quotation_not_closed_right_before_the_debunking_debunks_nothing() -> None:
    """A quoted word further back ("welcome") does not reach a debunking that no closing
    mark stands right before: the call to book stays the advert's own."""
    raises(URGENCY, 'We say "welcome", book today, and no one calls it a ploy.')


def test_a_closing_mark_without_an_opening_one_debunks_nothing() -> None:
    """A closing mark with no opening mark before it in the sentence is no quotation,
    whatever quote marks follow the debunking."""
    raises(URGENCY, 'Book today" is a sales "tactic".')


# -- a person's name (@name) ---------------------------------------------------------


@pytest.mark.parametrize("name", ["Al", "Ed"])
def test_a_name_of_two_letters_is_a_name(name: str) -> None:
    assert STORY in found("red_flag", f"{name} is a 60-year-old retired planner.")


# -- a reference-list entry claims nothing -------------------------------------------

CITATION = "Dhinsa BS, Adesida AB. Curr Stem Cell Res Ther. 2012 Mar;7(2):143-8."

CLAIM = "Our injections repair cartilage in weeks."


def _citation_block(words: int) -> str:
    """A block of exactly `words` words: a claim, filler and a journal citation."""
    filler = ["knee"] * (words - len(CLAIM.split()) - len(CITATION.split()))
    text = " ".join([CLAIM, *filler, CITATION])
    assert len(text.split()) == words
    return text


def test_a_citation_block_of_60_words_is_a_reference_entry() -> None:
    assert "tissue-regeneration" not in found("benefit", _citation_block(60))


def test_a_citation_block_of_61_words_is_prose() -> None:
    assert "tissue-regeneration" in found("benefit", _citation_block(61))


def test_a_numbered_entry_with_authors_alone_claims_nothing() -> None:
    """Numbered ("1.") with one mark of a citation (et al.), no identifier, no year and
    no ";": its number alone sends it to be read as a reference entry."""
    clean("cure-claim", "1. Smith J, et al. Stem cells cure knee arthritis.")
    raises("cure-claim", "Stem cells cure knee arthritis.")


def test_an_entry_with_a_lowercase_doi_claims_nothing() -> None:
    """A "doi" in small letters is an identifier: with the authors and a year it makes
    an unnumbered block a reference entry."""
    clean("cure-claim", "Stem cells cure knee arthritis. Smith J et al. 2019; doi 10.1/x")
