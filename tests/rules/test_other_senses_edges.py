"""(speed11) `OtherSenses.other` looks up a match's edge words among the words a run may
start with (`other_senses._edges`) before it builds any run: that only skips readings
that would say no."""

from __future__ import annotations

from collections.abc import Sequence

from stemcell_cli.check.rules.other_senses import OtherSenses, _read

ENTRIES = (
    "[flight|flights] of stairs",
    "[fix|fixed] onto",
    "known as [*]",
    "[cells] types",
    "[limiting|limits]: time",
    "[hotels]",
)

SENTENCES = (
    "Walk down a flight of stairs to the hotels",
    "The tendons fix onto the bone and limiting time helps",
    "It is known as new cells types of flights",
    "Hotels limits flight time Known as fix onto stairs",
)


def _every_run(senses: OtherSenses, words: Sequence[str], start: int, end: int) -> bool:
    """`other` as it read before the edges were looked up first."""
    last = words[end - 1].casefold()
    if last in senses.alone or _read(senses.after, (last,), words, range(end, len(words))):
        return True
    first = words[start].casefold() if end - start > 1 else last
    if first in senses.alone or _read(senses.inside, (first,), words, range(start + 1, end)):
        return True
    nearest_first = range(start - 1, -1, -1)
    return _read(senses.before, (first,), words, nearest_first) or _read(
        senses.any_before, (), words, nearest_first
    )


def test_the_edges_looked_up_first_change_no_reading() -> None:
    senses = OtherSenses(ENTRIES)
    said = 0
    for sentence in SENTENCES:
        words = sentence.split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                expected = _every_run(senses, words, start, end)
                assert senses.other(words, start, end) == expected, (sentence, start, end)
                said += expected
    assert said  # (some span of each kind of entry is read in another sense)
