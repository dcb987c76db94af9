"""A quote's brackets, closed where its window cut them (idn1).

A quote shows a window of the advert's sentence, or a clause of it (`quotes.widened`),
and its cut can fall inside a bracket: "… every knee we treat (see the results page …",
"stem cells (their own stem cells", or a sentence mark read inside one, "(.". A bracket
opened and not closed in the quote (or closed and not opened) is dropped with the words
inside it when the words found are outside it; when they are inside it, it is closed
with "…)" (or opened with "(…").

The same brackets bound a wording's gap (scope1): a gap (`...`) that starts inside an
aside in brackets does not run past the bracket that closes it, so a word of the aside
governs only the aside ("Fewer side effects (tested, no benefit found): ... side
effects" is no "no ... side effects"). An aside of one word is no such aside: it is
another name for the word before it ("antirheumatic drugs (DMARDs) to stop ..."), and
the sentence reads on through it. `gap_reach` gives, for each word, how far a gap after
it may reach.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

#: What a quote's end is trimmed of once a bracket is dropped.
_TRAILING = ",;:|\u2014\u2013- "


def balanced(shown: str, found: str) -> str:
    """`shown`, a quote holding the words `found`, with no bracket left open or closed
    alone (see the module). A quote whose words found are not in it as they are stays
    as it is."""
    if "(" not in shown and ")" not in shown:
        return shown
    words = " ".join(found.split())
    start = shown.find(words)
    if start < 0 or not words:
        return shown
    end = start + len(words)
    shown, start, end = _closed(shown, start, end)
    return _opened(shown, start, end)


#: The brackets that open and close an aside, each opener with its closer.
_CLOSERS = {"(": ")", "[": "]"}
_BRACKET = re.compile(r"[()\[\]]")


def gap_reach(sentence: str, places: Sequence[tuple[int, int]]) -> list[int] | None:
    """For each word of `sentence` (at `places`, (start, end) in characters), the end
    (exclusive, a word's index) of the words a gap after it may reach: the first word
    after the bracket that closes the innermost aside of two words or more holding it,
    or the sentence's end for a word in no such aside. None when no such aside closes
    in the sentence."""
    count = len(places)
    reach: list[int] | None = None
    starts: list[int] = []
    opened: list[tuple[str, int]] = []
    for found in _BRACKET.finditer(sentence):
        char, at = found.group(), found.start()
        if char in _CLOSERS:
            opened.append((_CLOSERS[char], at))
            continue
        if not opened or opened[-1][0] != char:
            continue
        start = opened.pop()[1]
        if not starts:
            starts = [place[0] for place in places]
        first = bisect_right(starts, start)
        after = bisect_right(starts, at)
        if after - first < 2:  # (another name for the word before it)
            continue
        if reach is None:
            reach = [count] * count
        for i in range(first, after):
            # (an inner aside closed first: its words keep their own, nearer end)
            if reach[i] == count:
                reach[i] = after
    return reach


def _unmatched(text: str) -> tuple[list[int], list[int]]:
    """Where each ")" of `text` that closes no "(" of it is, and each "(" that no ")"
    closes."""
    closing: list[int] = []
    opening: list[int] = []
    for at, char in enumerate(text):
        if char == "(":
            opening.append(at)
        elif char == ")":
            if opening:
                opening.pop()
            else:
                closing.append(at)
    return closing, opening


def _closed(shown: str, start: int, end: int) -> tuple[str, int, int]:
    """`shown` with the brackets opened and never closed after the words found dropped,
    and those around them closed with "…)"."""
    opening = _unmatched(shown)[1]
    if not opening:
        return shown, start, end
    goes_on = shown.endswith(" \u2026")
    after = [at for at in opening if at >= end]
    if after:
        shown = shown[: after[0]].rstrip(_TRAILING) + (" \u2026" if goes_on else "")
    around = len(opening) - len(after)
    if around:
        kept = shown.removesuffix(" \u2026").rstrip(_TRAILING + ".")
        shown = kept + " \u2026" + ")" * around
    return shown, start, end


def _opened(shown: str, start: int, end: int) -> str:
    """`shown` with the brackets closed and never opened before the words found
    dropped, and those around them opened with "(…"."""
    closing = _unmatched(shown)[0]
    if not closing:
        return shown
    came_before = shown.startswith("\u2026 ")
    before = [at for at in closing if at < start]
    if before:
        kept = shown[before[-1] + 1 :].lstrip(_TRAILING)
        shown = ("\u2026 " if came_before else "") + kept
    around = len(closing) - len(before)
    if around:
        shown = "(" * around + "\u2026 " + shown.removeprefix("\u2026 ").lstrip()
    return shown
