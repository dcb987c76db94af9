"""The shipped word lists of `check` (data/check/advert_words.yaml) as data and as text,
for the tests that hold one list per idea: a list by its dotted name, and how many times
a wording is written as a list item."""

from __future__ import annotations

import re
from typing import Any

import yaml

from stemcell_cli.core.datadirs import WORD_LISTS, shipped_dir

WORDS_TEXT = (shipped_dir() / WORD_LISTS).read_text(encoding="utf-8")
WORDS = yaml.safe_load(WORDS_TEXT)


def listed(dotted: str) -> list[str]:
    """The list at `dotted` ("guards.medical-tourism")."""
    value: Any = WORDS
    for key in dotted.split("."):
        value = value[key]
    assert isinstance(value, list), dotted
    return value


def written(wording: str) -> int:
    """How many times `wording` is written as a list item (named by an anchor or not,
    quoted or not) in the file's text."""
    quoted = rf"(?:{re.escape(wording)}|'{re.escape(wording)}'|\"{re.escape(wording)}\")"
    return len(re.findall(rf"^\s*-\s+(?:&[\w-]+\s+)?{quoted}\s*$", WORDS_TEXT, re.MULTILINE))
