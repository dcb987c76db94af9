"""Figures: a share of patients is a success rate only when its sentence says how they
fared.

"80% of patients report less pain" and "9 out of 10 patients would recommend it" give a
success rate; "80% of cases are in the knee", "about 30% of patients eventually need
surgery", "one in five patients drops out of the study" and "the clinic uses it for 90%
of its patients" count patients too, but say how many have a disease somewhere, need an
operation, left a study or were given something: a figure about something else. A match
of an entry that has words of faring (`fared:` in `data/check/advert_words.yaml`, by entry)
that holds a number and a word naming whom a share counts (`share_counts:`: patients,
cases, clients ...) is dropped when no word of its sentence says how they fared
(improved, relief, better, success, recommend ...). The words are compared as written,
not by stem ("working blind", "drops out" say nothing of faring). A match that names the
outcome itself ("a 90% success rate", "80% pain reduction") always has one.

Only the words of a sentence that holds such a match are read, not looked for: the rule
costs nearly nothing on text without figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

#: The key every number of the text has (`sentences`): "80", "80%", "eighty".
NUMBER = "#"
#: The key of a percentage ("80%", "80 %").
PERCENT = "#%"
#: The entry id under which the words naming whom a share counts are kept.
COUNTED = "counted"


class Shares:
    """The words naming whom a share counts, and for each entry the words that say how
    they fared, in small letters. They are compared as written, not by stem: "works" says
    how patients fared, "working" does not; "drop" does, "drops out" does not."""

    def __init__(
        self, counted: Iterable[frozenset[str]], fared: Mapping[str, frozenset[str]]
    ) -> None:
        self.counted = frozenset().union(*counted)
        self.fared = {entry: keys for entry, keys in fared.items() if keys}

    def __bool__(self) -> bool:
        return bool(self.counted and self.fared)

    def unearned(
        self,
        entry: str,
        words: Sequence[str],
        keys: Sequence[frozenset[str]],
        start: int,
        end: int,
    ) -> bool:
        """Whether the match `words[start:end]` of `entry` is a share of patients whose
        sentence (`words`, with the `keys` of each) says nothing of how they fared."""
        fared = self.fared.get(entry)
        if fared is None or not any(NUMBER in k or PERCENT in k for k in keys[start:end]):
            return False
        if all(word.casefold() not in self.counted for word in words[start:end]):
            return False
        return all(word.casefold() not in fared for word in words)
