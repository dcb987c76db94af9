"""Words read in another sense (wordsense1, `check/senses.py`, `other_senses:` of
data/check/advert_words.yaml): a finding whose edge word its neighbours give another
sense claims nothing, whatever claim or warning sign it was read for. Made-up
sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits, red_flags

from stemcell_cli.check import matcher
from stemcell_cli.check.matcher import Matcher, Phrase
from stemcell_cli.check.phrases import PhraseError
from stemcell_cli.check.senses import parse

# -- the rule, on a matcher that knows only a few words -------------------------------


def _entries(sentence: str, *senses: str) -> set[str]:
    found = Matcher(
        [
            Phrase("red_flag", "travel", "flight|flights|hotel"),
            Phrase("benefit", "repair", "tendons ... fix|fixed"),
            Phrase("benefit", "new", "new cells"),
            Phrase("condition", "knee", "knee"),
            *(Phrase(matcher.SENSE, matcher.SENSE, text) for text in senses),
        ]
    ).scan([sentence])
    return {m.entry_id for m in found}


SENSES = ("[flight|flights] of stairs", "[fix|fixed] onto", "known as [*]", "[cells] types")


@pytest.mark.parametrize(
    ("sentence", "entries"),
    [
        # the last word of a finding with its words after it
        ("Walk down a flight of stairs.", set()),
        ("The tendons fix onto the bone.", set()),
        # the first word with its words before it ("[*]": any word)
        ("It is known as new cells.", set()),
        # a word after it that is not its neighbour, or a neighbour not right next to it
        ("Your flight is booked.", {"travel"}),
        ("The tendons fix the tear onto the bone.", {"repair"}),
        ("Known for new cells.", {"new"}),
        # words before a word that need words after it say nothing ("of stairs" before)
        ("Of stairs, a flight.", {"travel"}),
        # "[*]" reads only the first word: the neighbour before the last word is no name
        ("The new cells known as types.", {"new"}),
        # a condition is named whatever the sense of the words around it
        ("Known as knee.", {"knee"}),
    ],
)
def test_an_edge_word_read_in_another_sense_drops_the_finding(
    sentence: str, entries: set[str]
) -> None:
    """A finding is dropped when its last word has its words after it right after it,
    or its first word its words before it right before it (claims and warning signs
    only)."""
    assert _entries(sentence, *SENSES) == entries


def test_without_the_list_every_finding_stays() -> None:
    assert _entries("Walk down a flight of stairs.") == {"travel"}
    assert _entries("The tendons fix onto the bone.") == {"repair"}


def test_a_form_alone_is_never_read_as_its_stems_word() -> None:
    """An entry with no neighbours names a written form read in another sense at
    either end of a finding; the other forms of its stem still count."""
    assert _entries("Book your hotels now.", "[hotels]") == set()
    assert _entries("Book your hotel now.", "[hotels]") == {"travel"}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("flight of stairs", "brackets"),
        ("[flight] of [stairs]", "brackets"),
        ("[*] of stairs", "stands alone"),
        ("[a|*] of", "letters or digits"),
        ("of * [flight]", "only the bracketed"),
        ("[flight] of a b c d", "at most"),
        ("[flight] of {stairs}", "letters or digits"),
    ],
)
def test_an_entry_not_of_its_shape_is_refused(text: str, problem: str) -> None:
    with pytest.raises(PhraseError, match=problem):
        parse(text)
    with pytest.raises(PhraseError, match=problem):
        Matcher([Phrase(matcher.SENSE, matcher.SENSE, text)])


@pytest.mark.parametrize(
    ("kind", "entry", "other_sense", "still_found"),
    [
        # a stem shared with another word
        (
            "red_flag",
            "pay-up-front",
            'They begin "packaging key signals for healing" and carry them to the cells.',
            "Our package of three injections is paid before the first visit.",
        ),
        # stairs, not air travel
        (
            "red_flag",
            "medical-tourism",
            "Success is being able to walk down a flight of stairs and go surfing.",
            "Your package includes the flight to Cancun and five nights at the resort.",
        ),
        # attached, not repaired
        (
            "benefit",
            "tissue-regeneration",
            "The four rotator cuff tendons fix onto the top of the humerus.",
            "Our cells fix torn tendons.",
        ),
        # recovered from the treatment, not from the disease
        (
            "red_flag",
            "cure-claim",
            "Once I had fully healed from the injection, my knee felt brand new.",
            "The cells fully healed my arthritic knee.",
        ),
        # kinds of cell, not tissue grown
        (
            "benefit",
            "tissue-regeneration",
            "No other cell in the body can generate new cell types.",
            "The injections generate new cells in the worn joint.",
        ),
        # a name given, not a claim made
        (
            "benefit",
            "tissue-regeneration",
            'Regenerative medicine, also known as "cell restoration", may be an option.',
            "Cell restoration rebuilds your worn cartilage.",
        ),
    ],
)
def test_a_word_in_another_sense_claims_nothing(
    kind: str, entry: str, other_sense: str, still_found: str
) -> None:
    found = red_flags if kind == "red_flag" else benefits
    assert entry not in found(other_sense), other_sense
    assert entry in found(still_found), still_found
