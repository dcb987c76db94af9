"""A compiled-matcher cache over a word-list file of a test's own, for the tests of the
cache (`check/matching/compiled_cache.py`): an empty catalog, a matcher of one phrase ("cure", a red
flag "x") unless the test makes another, and a count of how often it was built."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from stemcell_cli.check.matching import compiled_cache
from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher

#: The smallest word lists `words/word_lists` reads.
EMPTY_LISTS = b"groups: {}\nother_conditions: {}\n"


def one_phrase() -> Matcher:
    return Matcher([Phrase("red_flag", "x", "cure")])


class TinyCache:
    def __init__(self, words: Path, make: Callable[[], Matcher] = one_phrase) -> None:
        self.words = words
        self.catalog: Any = SimpleNamespace(benefits={}, conditions={}, red_flags={})
        self.builds = 0
        self._make = make

    def _build(self) -> Matcher:
        self.builds += 1
        return self._make()

    def matcher(self) -> Matcher:
        """The matcher through the cache: read when kept, built (and counted) if not."""
        return compiled_cache.cached_matcher(self.catalog, [self.words], self._build)


def empty_lists(tmp_path: Path) -> Path:
    words = tmp_path / "advert_words.yaml"
    words.write_bytes(EMPTY_LISTS)
    return words
