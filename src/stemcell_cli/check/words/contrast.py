"""A sentence that sets itself against the one before it.

Adverts often name an operation's drawbacks in one sentence and the treatment they
offer, set against them, in the next: "Surgery means months of rehab and a risk of
infection. Our injections, by contrast, are minimally invasive." Such a sentence opens
with a contrast ("in contrast", "by contrast", "instead", "yet", "on the other hand",
"conversely", "unlike" within its first four words) and is read joined to the one
before it, as a sentence that draws a consequence is (`sentences.follows_on`); only a
match that starts in the one and ends in the other counts from that reading. "However"
is not such a link: careful pages open most of their caveats with it, and what follows
it is as often a second drawback as the thing set against the first.

The test is one regular expression anchored at the sentence's start, so a long
sentence costs no more than a short one, tried only when the letters of a link are in
the sentence's first words.
"""

from __future__ import annotations

import re
from functools import cache

#: The contrast within a sentence's first four words (each word at most 40 letters, the
#: gaps at most 8 characters: the attempt is bounded). Compiled on first use: most texts
#: never need it, and compiling it costs `re` about 2 million instructions.
_CONTRAST = (
    r"\W{0,8}+(?:[\w']{1,40}+\W{1,8}+){0,3}?"
    r"(?:(?:in|by) contrast|instead|yet|on the other hand|conversely|unlike)\b"
)
#: The most characters the expression can reach into a sentence (the link included).
_HEAD = 8 + 3 * 48 + 17


def sets_against(sentence: str) -> bool:
    """Whether `sentence` sets itself against the one before it: a contrast within its
    first four words ("Our injections, by contrast, ...", "Yet a less invasive ...")."""
    # Most sentences hold no contrast in their first words: a few searches for the letters
    # of the links rule them out at a sixth of the expression's cost (trying it on every
    # sentence cost 1% more instructions on a 100 KB page).
    head = sentence[:_HEAD]
    if not (
        "ontrast" in head
        or "nstead" in head
        or "Yet" in head
        or "yet" in head
        or "nlike" in head
        or "onversely" in head
        or "other hand" in head
    ):
        return False
    return _contrast().match(sentence) is not None


@cache
def _contrast() -> re.Pattern[str]:
    return re.compile(_CONTRAST, re.IGNORECASE)
