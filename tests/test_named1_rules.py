"""A claim word inside a name given in quotes claims nothing (round named1,
`sentences.quoted_names`): "Regenerative medicine, also known as "cell restoration" or
"cell therapy"" names the field, it does not say the cells restore anything. The name is
the quotation right after a renaming phrase ("also known as", "sometimes called",
"referred to as", "goes by"), with the quotations joined to it by "or", "and", a comma
or a slash. Made-up sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import benefits, red_flags

from stemcell_cli.check.sentences import quoted_names

# -- what is a name given ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ('Regenerative medicine, also known as "cell restoration", helps.', ['"cell restoration"']),
        (
            'It also goes by "cell restoration" or "cell therapy", and it may suit you.',
            ['"cell restoration" or "cell therapy"'],
        ),
        (
            "The field, sometimes called \u201cregrowth medicine\u201d, is young.",
            ["\u201cregrowth medicine\u201d"],
        ),
        (
            'It is referred to as "joint repair", "cartilage renewal" and more.',
            ['"joint repair", "cartilage renewal"'],
        ),
        # the writer's own name for its offer is its own wording
        ('Our shot, also known as "the miracle shot", works.', []),
        # no renaming phrase: a quotation alone is no name
        ('Our cells "repair cartilage" in weeks.', []),
        # a bare "called" is a name the advertiser gives, its own wording
        ('We held a press conference called "Medicine of the future".', []),
        # the name must open right after the phrase
        ('Known as the best, our "miracle" shot works.', []),
    ],
)
def test_quoted_names(sentence: str, names: list[str]) -> None:
    assert [sentence[start:end] for start, end in quoted_names(sentence)] == names


# -- a claim word inside the name ------------------------------------------------------


@pytest.mark.parametrize(
    ("named", "claimed"),
    [
        # the train diagnosis (dd04): a claim word in the middle of the field's other name
        # ("known as [*]" of `other_senses:` reads only the first word after the phrase)
        (
            'Regenerative medicine, which also goes by "cell restoration" or "cell therapy", '
            "might suit you.",
            "Regenerative medicine restores the cells of your cartilage and might suit you.",
        ),
        (
            'Regenerative medicine, also known as "biologic cell restoration", may be an option.',
            "Our cell restoration treatment regrows cartilage.",
        ),
        # the second of two names joined by "or"
        (
            'The approach is sometimes called "orthobiologics" or "tissue regeneration therapy".',
            'The approach, sometimes called "orthobiologics", regenerates damaged tissue.',
        ),
    ],
)
def test_claim_word_in_a_name_given(named: str, claimed: str) -> None:
    assert "tissue-regeneration" not in benefits(named), named
    assert "tissue-regeneration" in benefits(claimed), claimed


def test_a_name_given_takes_no_warning_sign() -> None:
    named = 'The method is also known as "the miracle shot" among athletes.'
    assert "miracle-language" not in red_flags(named)
    # the same words used, not named: a warning sign
    assert "miracle-language" in red_flags("Our miracle shot works for athletes.")
    # a claim outside the name is still the page's: the name is only the quotation
    outside = 'Our therapy, also known as "BMAC", regrows damaged cartilage.'
    assert "tissue-regeneration" in benefits(outside)


@pytest.mark.parametrize(
    "sentence",
    [
        # not quoted, with an article: praise said of the offer, not a name
        "Known as a breakthrough, our therapy regrows cartilage.",
        # a bare "called": the advertiser's own name for its offer
        'Our treatment, called "Cartilage Regrowth", regrows damaged cartilage.',
        # a quotation with no renaming phrase before it
        'Our cells "repair damaged cartilage" in weeks.',
    ],
)
def test_claims_that_are_no_name_given(sentence: str) -> None:
    assert "tissue-regeneration" in benefits(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Known as a breakthrough, our therapy regrows cartilage.",
        'Our shot, also known as "the miracle shot", works.',
    ],
)
def test_hype_that_is_no_name_given(sentence: str) -> None:
    assert "miracle-language" in red_flags(sentence), sentence
