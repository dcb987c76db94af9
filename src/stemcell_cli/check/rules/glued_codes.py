"""An abbreviation glued to another code is part of that code's name, not a disease:
"Interleukin 1-Receptor Antagonist (IL1-RA)", "IL-1RA" name a molecule, and their "RA"
is no rheumatoid arthritis.

A condition is often written as its capitals ("RA", "OA", "ACL"; an acronym matches only
those capitals). A code of capitals and digits joined to them with no space, or by a
hyphen alone ("IL1-RA", "IL-1RA", "TGF-RA"), makes them one name with it. So a match of a
condition that is one word of capitals is not read when the word right before it holds a
digit or is itself a word of 2 to 5 capitals, and nothing but a hyphen (or nothing at
all) stands between the two.

The disease stays named when a space stands between ("grade 3 OA", "stage 2 RA"), when
the word before is a word of small letters ("non-RA", "knee-OA": a word, not a code),
after a slash ("OA/RA": two names side by side), when the hyphen follows the
capitals ("RA-related pain"), and after a level of the spine (a letter C, T, L or S and
its number: "L5-S1-DDD", "C5-C6-DDD" say where the disease is, no molecule; review19).

The rule reads only the word before a one-word match in capitals, so it costs nothing on
other matches.
"""

from __future__ import annotations

from collections.abc import Sequence

#: What may join a code to the capitals after it: nothing, or one hyphen or dash.
GLUES = frozenset({"", "-", "\u2010", "\u2011", "\u2013"})


def _capitals(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


def _level(word: str) -> bool:
    """A level of the spine: C, T, L or S and a number of one or two digits ("L5", "S1",
    "T12"), the place a disc's disease is told at."""
    return 2 <= len(word) <= 3 and word[0] in "CTLS" and word[1:].isdigit()


def _code(word: str) -> bool:
    """A word that is a code: it holds a digit, or is a word of capitals; a level of the
    spine is none."""
    if _level(word):
        return False
    return any(c.isdigit() for c in word) or _capitals(word)


def glued(sentence: str, words: Sequence[str], start: int, end: int) -> bool:
    """Whether the one word in capitals of `words[start:end]` is glued to a code before
    it ("IL1-RA"), so the two are one name."""
    if end - start != 1 or not start or not _capitals(words[start]):
        return False
    before = words[start - 1]
    if not _code(before):
        return False
    at = 0
    find = sentence.find
    for word in words[: start + 1]:
        found = find(word, at)
        if found < 0:  # (a word not found as written: read nothing)
            return False
        previous_end, at = at, found + len(word)
    return sentence[previous_end : at - len(words[start])] in GLUES
