"""A quote that shows its claim: one that stops short of its clause runs on to its end.

A wording is found by its key words, so the words it matched can stop in the middle of
what the page says ("This can reduce recovery time, risk of complications": found as
"reduce recovery"). Shown so, the quote does not tell the reader what was claimed. A
quote followed by more words of its clause runs on to the farthest clause end (a comma,
a sentence mark, a dash, the line's end) at most MORE words on, not ending on a joining
word ("and,"); a clause that goes on longer keeps the quote as found, so no new fragment
is made.
"""

from __future__ import annotations

import re

#: How many words a quote may run on by.
MORE = 4
#: A word of the page, or the rest of a word the quote stops inside.
_WORD = re.compile(r"[ \t]*[^\W_](?:[\w'\u2019-]*[^\W_])?")
#: Words a quote does not end on: they join it to what follows ("inflammation and,
#: consequently, pain").
_JOINING = frozenset(
    ["and", "or", "but", "so", "then", "with", "to", "of", "the", "a", "an", "in", "for"]
)
#: What ends a clause after a word.
_ENDS = frozenset(',.;:!?)\u2026\u2014\u2013"\u201d')


def completed(line: str, start: int, quote: str) -> str:
    """`quote`, found at `start` (0-based) in `line`, run on to its clause's end."""
    end = start + len(quote)
    if start < 0 or line[start:end] != quote or _ended(line, end):
        return quote
    best = end
    at = end
    for _ in range(MORE):
        found = _WORD.match(line, at)
        if found is None:
            break
        at = found.end()
        if _ended(line, at) and found.group().strip().casefold() not in _JOINING:
            best = at
        if at < len(line) and line[at] == ",":
            at += 1
        elif not line[at : at + 1].isspace():
            break
    return line[start:best].rstrip(",")


def _ended(line: str, at: int) -> bool:
    """Whether a clause ends at `at`: the line's end or a mark after any spaces."""
    rest = line[at:].lstrip()
    return not rest or rest[0] in _ENDS
