"""Asides a wording's gap stays inside (scope1, guard1).

A gap (`...`) that starts inside an aside does not run past the aside's end, so a word
of the aside governs only the aside: "Fewer side effects (tested, no benefit found):
... side effects" is no "no ... side effects", and neither is the same rating set off by
dashes ("Fewer side effects - tested, no benefit found - side effects were ..."). An
aside is the text between a bracket and the bracket that closes it (round or square,
scope1) or between two dashes of one kind (" - ", " \u2013 ", " \u2014 ", or an em dash
written without spaces; guard1). An aside of one word is no such aside: it is another
name for the word before it ("antirheumatic drugs (DMARDs) to stop ..."), and the
sentence reads on through it. `gap_reach` gives, for each word, how far a gap after it
may reach.

Not an aside: the text between two commas. Commas set off an aside, but as often a
relative clause that holds the claim's subject ("PRP injections, which contain stem
cells, may heal ...") or an item of a list, and a gap read across them is the claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

#: The brackets that open and close an aside, each opener with its closer.
_CLOSERS = {"(": ")", "[": "]"}
#: A bracket, or a dash that sets off an aside: a hyphen or an en dash with a space on
#: each side, an em dash with or without.
_MARK = re.compile(r"[()\[\]]|\s[-\u2013\u2014]\s|\u2014")
_DASHES = "-\u2013\u2014"


def may_hold_aside(sentence: str) -> bool:
    """Whether `sentence` may hold an aside (a closing bracket or two dashes): a quick
    test before `gap_reach`."""
    return (
        ")" in sentence
        or "]" in sentence
        or sentence.count(" - ") + sentence.count("\u2013") + sentence.count("\u2014") > 1
    )


def asides(sentence: str) -> list[tuple[int, int]]:
    """The asides of `sentence` (see the module), each as the places, in characters, of
    the mark that opens it and the mark that closes it."""
    found: list[tuple[int, int]] = []
    opened: list[tuple[str, int]] = []
    dash = ("", -1)
    for mark in _MARK.finditer(sentence):
        char, at = mark.group().strip(), mark.start()
        if char in _CLOSERS:
            opened.append((_CLOSERS[char], at))
        elif char in _DASHES:
            if dash[0] == char:
                found.append((dash[1], at))
                dash = ("", -1)
            else:
                dash = (char, at)
        elif opened and opened[-1][0] == char:
            found.append((opened.pop()[1], at))
    return found


def gap_reach(sentence: str, places: Sequence[tuple[int, int]]) -> list[int] | None:
    """For each word of `sentence` (at `places`, (start, end) in characters), the end
    (exclusive, a word's index) of the words a gap after it may reach: the first word
    after the end of the innermost aside of two words or more holding it, or the
    sentence's end for a word in no such aside. None when no such aside ends in the
    sentence."""
    count = len(places)
    reach: list[int] | None = None
    starts: list[int] = []
    for start, end in asides(sentence):
        if not starts:
            starts = [place[0] for place in places]
        first = bisect_right(starts, start)
        after = bisect_right(starts, end)
        if after - first < 2:  # (another name for the word before it)
            continue
        if reach is None:
            reach = [count] * count
        for i in range(first, after):
            # (an inner aside keeps its own, nearer end)
            if reach[i] > after:
                reach[i] = after
    return reach
