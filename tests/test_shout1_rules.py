"""A shouted call to action is the offer's own voice (round shout1).

Round fixes1 made "US" in capitals the country, never the pronoun "us", so "the US Food
and Drug Administration" is not the offer's word. A button's text is often in capitals:
"CALL US NOW", "CONTACT US TODAY", "EMAIL US" are the offer's voice. "US" is read from its
neighbours (`sentences.split_words`): the pronoun after a word in capitals that is not
one the country goes with (a shouted line), before one at a sentence's start, or after a
verb of contact in any case ("Call US", "email US"); otherwise it stays the country.
Made-up sentences, each with a look-alike that must keep its reading.
"""

from __future__ import annotations

import pytest
from findings import entries

from stemcell_cli.check.sentences import split_words


@pytest.mark.parametrize(
    ("shouted", "entry"),
    [
        # a ban at home set beside the page's own place (`{we-here} ~ {banned-at-home}`)
        ("CONTACT US: these cells are illegal in Canada.", "medical-tourism"),
        ("CONTACT US TODAY: these cells are illegal in Canada.", "medical-tourism"),
        ("Email US: these cells are illegal in Canada.", "medical-tourism"),
        # a rule told, kept by the offer's word in its sentence (regvocab1's `told`)
        ("The FDA regulates HCT/Ps under section 361, so CALL US NOW.", "fda-status-claim"),
    ],
)
def test_a_shouted_call_is_the_offers_word(shouted: str, entry: str) -> None:
    """A shouted call to action keeps the finding, as its small letters always did."""
    assert entry in entries(shouted), shouted
    assert entry in entries(shouted.replace("US", "us")), shouted


@pytest.mark.parametrize(
    "country",
    [
        "The US FDA says these cells are illegal in Canada.",
        "US patients say these cells are illegal in Canada.",
        "THE US FDA says these cells are illegal in Canada.",
    ],
)
def test_the_country_stays_the_country(country: str) -> None:
    """The country "US" before its nouns, even after a word in capitals, stays silent."""
    assert "medical-tourism" not in entries(country), country


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("CALL US NOW for a free consultation", "us"),
        ("CONTACT US", "us"),
        ("US TODAY", "us"),
        ("Call US today", "us"),
        ("Let US help", "us"),
        ("the US Food and Drug Administration", "US"),
        ("US patients travel to Mexico", "US"),
        ("THE US FDA HAS NOT APPROVED", "US"),
        ("US FDA", "US"),
        # an abbreviation before it, then small letters: no shouted line
        ("the AP/US News & World Report", "US"),
        ("Email us", "us"),
    ],
)
def test_the_words_read_us_from_its_neighbours(sentence: str, word: str) -> None:
    """The tokenizer gives the shouted pronoun as "us", the country as written."""
    words = split_words(sentence)
    assert word in words, words
    assert ("US" in words) == (word == "US"), words
