"""A quote keeps the words that say where, in whom or whether its claim holds (content2).

patient16 read v08's "in a rat or a rabbit, stem cells seemingly regenerate the disc"
quoted from "stem cells", after the colon: without the animals the reader sees a claim
about people. A clause that leads its sentence with "in", "among", "if" or "unless"
and is parted by a comma from the quote's clause now stays with the quote;
a lead-in that says none of that ("In fact", "In recent years") stays cut, and no quote
runs past its sentence. Run through the installed command on a real file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from installed import stemcell

from stemcell_cli.check.quotes import LONGEST

OFFER = "Our clinic offers disc shots. "
CLAIM = "our stem cells regenerate the worn spinal disc."


def quotes(tmp_path: Path, text: str) -> list[str]:
    """The quotes of the tissue-regeneration findings `check -f json` gives for `text`."""
    advert = tmp_path / "advert.txt"
    advert.write_text(text + "\n", encoding="utf-8")
    result = stemcell("check", str(advert), "--no-fail", "-f", "json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)["findings"]
    shown = [f["quote"] for f in found if f["id"] == "tissue-regeneration"]
    assert shown, found
    return shown


def test_the_animals_stay_with_v08s_claim(tmp_path: Path) -> None:
    text = (
        OFFER + "The hope comes from animal models: in a rat or a rabbit, stem cells "
        "seemingly regenerate the disc."
    )
    assert quotes(tmp_path, text) == [
        "in a rat or a rabbit, stem cells seemingly regenerate the disc."
    ]


@pytest.mark.parametrize("qualifier", ["In the lab", "In early studies", "If it works"])
def test_a_leading_qualifier_stays_with_the_claim(tmp_path: Path, qualifier: str) -> None:
    assert quotes(tmp_path, f"{OFFER}{qualifier}, {CLAIM}") == [f"{qualifier}, {CLAIM}"]


@pytest.mark.parametrize("lead_in", ["In fact", "In recent years", "Among them", "In 2005"])
def test_a_lead_in_that_qualifies_nothing_stays_cut(tmp_path: Path, lead_in: str) -> None:
    assert quotes(tmp_path, f"{OFFER}{lead_in}, {CLAIM}") == [CLAIM]


@pytest.mark.parametrize(
    "lead_in",
    [
        "If you are tired of pain",
        "If you\u2019re fed up with pain",
        "If you want to stay active",
        "If you are looking for relief",
        "In the same way",
        "In this article",
    ],
)
def test_a_hook_or_a_link_to_the_text_around_stays_cut(tmp_path: Path, lead_in: str) -> None:
    """The reader's wish or weariness ("If you are tired of pain") says whom the page
    courts, not where, in whom or whether its claim holds; "In the same way" and "In this
    article" point at the text around. Each changes nothing the reader needs (review11)."""
    assert quotes(tmp_path, f"{OFFER}{lead_in}, {CLAIM}") == [CLAIM]


@pytest.mark.parametrize(
    "qualifier", ["In our clinic", "If you are over 60", "In most patients", "In the future"]
)
def test_a_place_a_group_or_a_time_to_come_stays_with_the_claim(
    tmp_path: Path, qualifier: str
) -> None:
    """Where ("In our clinic": the page's own practice), in whom ("If you are over 60",
    "In most patients") and whether yet ("In the future") limit the claim: kept."""
    assert quotes(tmp_path, f"{OFFER}{qualifier}, {CLAIM}") == [f"{qualifier}, {CLAIM}"]


def test_a_qualifier_after_a_comma_inside_the_sentence_is_not_leading(
    tmp_path: Path,
) -> None:
    text = f"{OFFER}Our doctors say, in their own clinic, {CLAIM}"
    assert quotes(tmp_path, text) == [CLAIM]


def test_no_qualifier_is_taken_from_the_sentence_before(tmp_path: Path) -> None:
    assert quotes(tmp_path, f"{OFFER}In a rat. {CLAIM.capitalize()}") == [CLAIM.capitalize()]


def test_a_quote_with_its_qualifier_stays_within_the_longest(tmp_path: Path) -> None:
    long_if = (
        "If you have tried every pill and every brace and every kind of exercise for years"
        " and years with no relief at all"
    )
    text = f"{OFFER}{long_if}, {CLAIM}"
    assert len(f"{long_if}, {CLAIM}".split()) > LONGEST
    (quote,) = quotes(tmp_path, text)
    assert len(quote.replace("\u2026", "").split()) <= LONGEST, quote
