"""Two reading slips of older rounds (fixes1): the country "US" read as the pronoun "us",
and a `|` alternative written as if it could hold several words.

(a) The offer's own words ("we", "our", "us", "you") keep a finding the offer's: a rule
told or an abbreviation spelled out (`check/ruled.py`), a ban at home set beside the
page's own place (`{we-here}` in red_flags.yaml) and the other readers of the offer's
voice. Compared in small letters, "the US Food and Drug Administration" held the
pronoun "us". A word written "US" (two capitals) is the country, as "U.S." always was;
"us" and "Us" stay the pronoun (`sentences.fold`, `sentences._token_keys`).

(b) `a|b` joins single words: `patients ... from ... around|all over the world` read
"around over the world" or "all over the world", never "patients from around the world".
The same slip, found by scanning data/ for `|` groups that mix a function
word with others beside a function word: `# out of|in ten` (never "nine in ten") and the
guard `a|an over the counter|prescription|oral|... anti|non inflammatory` (never "an oral
anti-inflammatory"), each now two phrases. Made-up sentences, each with a look-alike that
must still be found.
"""

from __future__ import annotations

import pytest
from findings import entries


@pytest.mark.parametrize(
    ("country", "pronoun", "entry"),
    [
        # a rule told, with nothing of the offer in its sentence (regvocab1's `told`)
        (
            "The US FDA regulates HCT/Ps under section 361.",
            "The FDA lets us offer HCT/Ps under section 361.",
            "fda-status-claim",
        ),
        (
            "The US FDA regulates HCT/Ps under section 361.",
            "The FDA regulates HCT/Ps under section 361, so contact us.",
            "fda-status-claim",
        ),
        # an abbreviation spelled out (fda3's `glossed`)
        (
            "For the US Food and Drug Administration (FDA), amniotic tissue is an HCT/P"
            " (Human Cells, Tissues, and Cellular and Tissue-Based Products).",
            "For us, amniotic tissue is an HCT/P (Human Cells, Tissues, and Cellular and"
            " Tissue-Based Products).",
            "fda-status-claim",
        ),
        # a ban at home set beside the page's own place (`{we-here} ~ {banned-at-home}`)
        (
            "The US FDA says these cells are illegal in Canada.",
            "Let us help: these cells are illegal in Canada.",
            "medical-tourism",
        ),
        (
            "The US FDA says these cells are illegal in Canada.",
            "Contact us: these cells are illegal in Canada.",
            "medical-tourism",
        ),
        # a claim reported of third parties (`reported`: "patients tell us" is the page's)
        (
            "Many patients in the US say there are no side effects.",
            "Many patients tell us there are no side effects.",
            "no-risk-claim",
        ),
        # a question in the reader's own voice (`voice`)
        (
            "Can stem cells cure arthritis in the US?",
            "Can stem cells cure arthritis for us?",
            "cure-claim",
        ),
        # the body's own course (`owncourse`: the seller's "our" keeps the claim)
        (
            "Cartilage in US adults regenerates poorly with age.",
            "Cartilage in our patients regenerates with age.",
            "tissue-regeneration",
        ),
    ],
)
def test_the_country_us_is_not_the_offers_word(country: str, pronoun: str, entry: str) -> None:
    """A sentence whose only word of the offer was the country "US" keeps silent; the
    same with the pronoun "us" ("contact us", "let us help") is still found."""
    assert entry not in entries(country), country
    assert entry in entries(pronoun), pronoun


def test_the_dotted_country_stays_silent() -> None:
    """ "U.S." was never the pronoun (its letters are two words); it stays silent."""
    assert "fda-status-claim" not in entries("The U.S. FDA regulates HCT/Ps under section 361.")


def test_only_two_capitals_are_the_country() -> None:
    """The fold and the keys: "US" is the country, "us" and "Us" the pronoun; a phrase's
    "US" still finds "US"."""
    from stemcell_cli.check.sentences import fold, word_keys

    assert fold("US") != "us"
    assert fold("us") == fold("Us") == "us"
    assert "us" not in word_keys("US")
    assert "=US" in word_keys("US")
    assert "us" in word_keys("Us")


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients from around the world come to our clinic.",
        "Patients from around the world come to our clinic in Cancun.",
        # the other side of the old alternative, found before and after
        "Patients from all over the world come to our clinic.",
    ],
)
def test_patients_from_around_the_world_are_a_trip(sentence: str) -> None:
    """Patients drawn from around the world is the medical-tourism flag."""
    assert "medical-tourism" in entries(sentence), sentence


def test_others_from_around_the_world_are_no_trip() -> None:
    """Researchers from around the world are no patients travelling for the treatment."""
    assert "medical-tourism" not in entries("Researchers from around the world study these cells.")


def test_nine_in_ten_is_a_rate() -> None:
    """ "Nine in ten" is a rate as "nine out of ten" is (`# in ten|10` beside
    `# out of ten|10`)."""
    assert "high-success-rate" in entries("Nine in ten of them were satisfied with the outcome.")
    assert "high-success-rate" in entries(
        "Nine out of ten of them were satisfied with the outcome."
    )


def test_another_drug_named_is_no_claim_of_less_inflammation() -> None:
    """An anti-inflammatory drug named with its kind ("an oral anti-inflammatory") is the
    usual care, guarded as "an over the counter anti-inflammatory" was; the treatment
    called "a powerful anti-inflammatory" is still the claim."""
    assert "reduced-inflammation" not in entries(
        "Your doctor may suggest taking an oral anti-inflammatory for a week."
    )
    assert "reduced-inflammation" in entries("Stem cells act as a powerful anti-inflammatory.")
