"""Conditions a page lists as someone else's (round careful1; `reported_lists:` of
data/check/advert_words.yaml).

many-conditions is one product offered for many conditions. A careful page names such a
list too, as what others do: an insurer's policy lists the indications a therapy "has
been proposed" for and pays for none; a columnist quotes a seminar ad's question ('"Do
you suffer," it asked, "from knee pain, back pain, osteoarthritis, COPD?"') to mock it.
By the label spec's recorded decision a claim reported as someone else's does not show
it, and the conditions of such a list are not counted for the flag (each still names a
condition the page is about).

Two structures say it:

- a proposal told in the passive: a form of "be" or "have" (`auxiliaries`), "been" or
  not, then a word of `proposed` ("has been put forward", "are marketed"), unless the
  page owns its subject ("our stem cells have been proposed for ...": `own`). What it
  governs runs to its sentence's end, and over the list items after it when that
  sentence ends its paragraph with a colon ("... indications including these:" then
  "- Knee - arthritis, meniscus tears ...");
- a quotation beside its speaker: a word of `speakers` ("the" before it or not) and a
  verb of `speaking` right after the closing quotation mark and its comma ('"...," it
  asked') or right before the opening one ('it asked, "from knee pain ..."', 'They ask:
  "Do you suffer ..."'). The page's own "we" is no speaker, and neither is its "our" or
  "my" before one ("as our clinic says:"; `own`), so '"We treat knees, hips and backs," we say'
  stays the page's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from stemcell_cli.check.words.sentences import blocks, is_list_item

#: The lists of `reported_lists:`, by name; a list of another name is an error.
LISTS = ("auxiliaries", "proposed", "speakers", "speaking", "own")
#: A quotation: straight marks or curly ones, at most 600 characters.
_QUOTATION = re.compile(r'"[^"]{0,600}?"|\u201c[^\u201c\u201d]{0,600}?\u201d', re.DOTALL)
#: A sentence's end: a stop with white space or the end after it.
_SENTENCE_END = re.compile(r"[.!?](?=[\"\u201d']?(?:\s|$))")


class Reading(NamedTuple):
    """The compiled structures: a proposal told, a speaker after a quotation and a speaker
    before one."""

    proposal: re.Pattern[str]
    said_after: re.Pattern[str]
    said_before: re.Pattern[str]
    #: The page's own subject right before a proposal's verb ("our stem cells are").
    owned: re.Pattern[str]


#: The most words between the page's "our" or "my" and a proposal's verb it owns ("our
#: stem cell therapy has been proposed", "the therapy at our clinic is marketed").
OWNED_REACH = 4


def reading_of(lists: Mapping[str, Sequence[str]]) -> Reading | None:
    """The structures of the word lists (`LISTS`, each of one or two words of a|b|c), or
    None when one of them is missing (a page's lists are then all its own)."""
    if not all(lists.get(name) for name in LISTS):
        return None
    return _compiled(tuple((name, tuple(lists[name])) for name in LISTS))


@lru_cache(maxsize=4)
def _compiled(lists: tuple[tuple[str, tuple[str, ...]], ...]) -> Reading:
    words = dict(lists)
    aux, proposed = _either(words["auxiliaries"]), _either(words["proposed"])
    # (not the page's own: "our clinic says", "my website says"; one look-behind a word)
    own = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in _alternatives(words["own"]))
    speaker = (
        rf"{own}(?:the\s+)?(?:{_either(words['speakers'])})\s+(?:{_either(words['speaking'])})"
    )
    return Reading(
        re.compile(rf"\b(?:{aux})\s+(?:been\s+)?(?:{proposed})\b", re.IGNORECASE),
        re.compile(rf"^[\s,]*{speaker}\b", re.IGNORECASE),
        re.compile(rf"\b{speaker}[\s,:]*$", re.IGNORECASE),
        re.compile(
            rf"\b(?:{_either(words['own'])})(?:\s+[^\W\d_][\w'-]*){{1,{OWNED_REACH}}}\s+$",
            re.IGNORECASE,
        ),
    )


def _alternatives(texts: Sequence[str]) -> list[str]:
    """The single words of one-word entries of a|b|c (`own`'s: one word each, as the
    word lists' loader checks)."""
    return [word for text in texts for word in text.split("|")]


def _either(texts: Sequence[str]) -> str:
    """One alternation of the entries: each of one or two words, each word of a|b|c."""
    return "|".join(
        r"\s+".join(
            "(?:" + "|".join(map(re.escape, word.split("|"))) + ")" for word in text.split()
        )
        for text in texts
    )


def reported_places(lines: Sequence[str], reading: Reading) -> dict[int, list[tuple[int, int]]]:
    """For each line index of `lines`, the (start, end) columns, counted from 0, that a
    list reported as someone else's covers, in order and apart (`is_reported`).

    (attack13) A block's sentence ends are found once, and its spans joined before they
    are marked: a paragraph of 20,000 proposals told without a full stop searched to its
    end from each, and marked each to its end, 38 s on 1 MB."""
    places: dict[int, list[tuple[int, int]]] = {}
    leading = False  # the items after a proposal told that ended with a colon
    for block in blocks(lines):
        text = block.text
        spans: list[tuple[int, int]] = []
        if leading and is_list_item(text):
            spans.append((0, len(text)))
        else:
            leading = False
        ends: list[int] | None = None  # where its sentences end, once one is needed
        for found in reading.proposal.finditer(text):
            if reading.owned.search(text, max(0, found.start() - 80), found.start()):
                continue  # (review10) the page's own product proposed: its offer
            if ends is None:
                ends = [stop.start() for stop in _SENTENCE_END.finditer(text)]
            at = bisect_left(ends, found.end())
            end = ends[at] if at < len(ends) else len(text)
            spans.append((found.start(), end))
            if at == len(ends) and text.rstrip().endswith(":"):
                leading = True
        for quoted in _QUOTATION.finditer(text):
            start, end = quoted.span()
            if reading.said_after.search(text[end : end + 60]) or reading.said_before.search(
                text[max(0, start - 60) : start]
            ):
                spans.append((start, end))
        for start, end in _joined(spans):
            _mark(block.place, start, end, text, places)
    return {index: _joined(found) for index, found in places.items()}


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` in order, those that overlap or touch joined into one."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def _mark(
    place: Any, start: int, end: int, text: str, places: dict[int, list[tuple[int, int]]]
) -> None:
    """Add the span [start, end) of a block's `text` to `places`, line by line."""
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        stop = end if line_end < 0 else line_end
        index, column = place(at)
        places.setdefault(index, []).append((column, column + stop - at))
        at = stop + 1


def is_reported(places: dict[int, list[tuple[int, int]]], index: int, column: int) -> bool:
    """Whether the character at (line index, column from 0) is in a reported list (its
    line's spans are in order and apart: the one that may hold it is found by bisection)."""
    spans = places.get(index, [])
    at = bisect_left(spans, (column + 1, -1)) - 1  # the last that starts at or before it
    return at >= 0 and spans[at][0] <= column < spans[at][1]
