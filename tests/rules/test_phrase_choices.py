"""A choice `a|b` joins single words (review7): "such as|like" is "such" then "as|like",
so "like" alone is never found, and "rather|instead than" is "rather than" or "instead
than". conds3 found one phrase written so; a scan of every phrase of data/ found three
more, each a wording meant as two phrases. Each made-up sentence below was read wrongly
before the phrase was split; the last test refuses the mistake in any shipped phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import yaml
from cases import each_case
from findings import MATCHER, benefits, red_flags

from stemcell_cli.core.datadirs import shipped_dir


def other_conditions(sentence: str) -> set[str]:
    """The names of `other_conditions:` the matcher finds in `sentence`."""
    return {m.entry_id for m in MATCHER.scan([sentence]) if m.kind == "other_condition"}


@each_case(
    ("sentence",),
    [
        ("Our lab is approved by agencies like the FDA.",),
        ("The cells are certified by bodies including the FDA.",),
        ("The product is cleared by agencies such as the FDA.",),
    ],
)
def test_the_agency_named_by_example_after_like_or_including(sentence: str) -> None:
    """fda-status-claim's "approved ... such as|like|including the? FDA" found only "such as"."""
    assert "fda-status-claim" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("The clinic has treated disorders like ageing.",),
        ("The clinic has treated problems including aging.",),
        ("The clinic has treated conditions such as aging.",),
    ],
)
def test_ageing_named_by_example_after_like_or_including(sentence: str) -> None:
    """skin-and-ageing's "conditions ... such as|like|including ...1 aging" found only
    "such as"."""
    assert any(entry.startswith("skin-and-ageing/") for entry in other_conditions(sentence))


def test_a_cure_set_aside_after_instead_of_is_no_cure_claim() -> None:
    """cure-claim's guard "rather|instead than? find ... a cure" read "instead than", so
    "instead of getting a cure" was the page's cure claim."""
    for sentence in (
        "Our injections ease the pain instead of getting a cure.",
        "Our injections ease the pain rather than getting a cure.",
    ):
        assert "cure-claim" not in red_flags(sentence), sentence
    assert "cure-claim" in red_flags("Our injections are a cure for arthritis.")


@each_case(
    ("sentence",),
    [
        ("Damaged cartilage regenerates less well.",),
        ("Damaged cartilage regenerates less quickly.",),
        ("Damaged cartilage does not regenerate as quickly.",),
    ],
)
def test_a_limit_of_the_bodys_own_course_told_with_less(sentence: str) -> None:
    """own_course's "less|not as well|quickly ..." read "less as well": a tissue that
    regenerates "less well" by itself claimed the regeneration."""
    assert "tissue-regeneration" not in benefits(sentence)


def test_a_regeneration_offered_stays_the_claim() -> None:
    assert "tissue-regeneration" in benefits("Our stem cells regenerate damaged cartilage.")


# -- Every shipped phrase --------------------------------------------------------------

#: Words that, in an advert's English, open a two-word connective and nothing else in a
#: phrase: "such" is "such as", "instead" is "instead of". A choice that holds the
#: connective's second word beside another word after its first ("such as|like"), or its
#: first word beside another before its second ("rather|instead than"), is a two-word
#: side and a one-word side in one place, never what its author meant.
CONNECTIVES = {
    "such": "as",
    "rather": "than",
    "instead": "of",
    "due": "to",
    "according": "to",
    "prior": "to",
    "because": "of",
    "apart": "from",
    "aside": "from",
    "owing": "to",
}
_PART = r"\{[a-z0-9-]+\}\??|\.\.\.\d*|[^\s{}]+"


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)


def _words(part: str) -> list[str]:
    """The choices of one place of a phrase, in small letters ([] for a list or a gap)."""
    if part.startswith(("{", "...")):
        return []
    return [word.rstrip("?!").casefold() for word in part.split("|")]


def mixed_choices(text: str) -> list[str]:
    """The places of `text` where a choice mixes a connective's word with another."""
    parts = [_words(part) for part in re.findall(_PART, text)]
    mixed = []
    for before, after in pairwise(parts):
        tail = CONNECTIVES.get(before[0]) if len(before) == 1 else None
        if tail and len(after) > 1 and tail in after:
            mixed.append(f"{before[0]} {'|'.join(after)}")
        if len(before) > 1 and len(after) == 1:
            heads = [word for word in before if CONNECTIVES.get(word) == after[0]]
            if heads and len(heads) < len(before):
                mixed.append(f"{'|'.join(before)} {after[0]}")
    return mixed


def test_the_scan_finds_the_mistake_it_is_for() -> None:
    assert mixed_choices("disorders such as|like ...1 aging") == ["such as|like"]
    assert mixed_choices("rather|instead than? find a cure") == ["rather|instead than"]
    assert not mixed_choices("disorders such as ...1 aging")
    assert not mixed_choices("disorders like|including ...1 aging")
    assert not mixed_choices("more|less|greater than ...3 diabetes")


def test_no_shipped_phrase_mixes_a_two_word_choice_with_a_one_word_one() -> None:
    found = [
        f"{path.name}: {text!r} ({', '.join(mixed)})"
        for path in sorted(shipped_dir().rglob("*.yaml"))
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8")))
        if "|" in text
        for mixed in [mixed_choices(text)]
        if mixed
    ]
    assert not found, "write each side as a phrase of its own:\n" + "\n".join(found)
