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
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from stemcell_cli.check.words.sentences import blocks, is_list_item

#: The lists of `reported_lists:`, by name; a list of another name is an error.
LISTS = ("auxiliaries", "proposed", "speakers", "speaking", "own")
#: A quotation: straight marks or curly ones, at most 600 characters.
_QUOTATION = re.compile(r'"[^"]{0,600}?"|\u201c[^\u201c\u201d]{0,600}?\u201d', re.DOTALL)
#: A sentence's end: a stop with white space or the end after it.
_SENTENCE_END = re.compile(r"[.!?](?=[\"\u201d']?(?:\s|$))")


#: The most words a list of `reported_lists:` may hold, each of a|b|c counted (ours hold
#: at most 20): each list is one alternation, tried word by word wherever it may start
#: (attack14: 100,000 speakers took 65 s on a page of 100 KB of quotes).
MOST_WORDS = 1000
#: Where a speaker may start ("\b" before the word of `own`, then one space).
_BOUND = re.compile(r"\b")


class Said:
    """A speaker beside a quotation, not after the page's own "our" or "my" (`own`): the
    pattern of the speaker, whose group `who` starts where the speaker does, tried at
    each start in turn until the word before it is not one of `own`.

    (attack14) The words of `own` were one look-behind each, every one tried at every
    place a speaker may start: a data dir's 100,000 of them took 116 s on 25 KB of
    quotes. Now the word before a speaker is looked up, once for each length of them."""

    def __init__(self, pattern: str, own: Collection[str]) -> None:
        self._pattern = re.compile(pattern, re.IGNORECASE)
        self._own = frozenset(word.lower() for word in own)
        self._lengths = sorted({len(word) for word in self._own})

    def search(self, text: str) -> re.Match[str] | None:
        """The first speaker in `text` not after a word of `own` and a space, as a
        look-behind for each word found it."""
        at = 0
        while (found := self._pattern.search(text, at)) is not None:
            if not self._owned(text, found.start("who")):
                return found
            at = found.start() + 1
        return None

    def _owned(self, text: str, at: int) -> bool:
        """Whether a word of `own` and one white-space character end right before `at`,
        the word starting at a word boundary."""
        if at < 1 or not text[at - 1].isspace():
            return False
        for length in self._lengths:
            start = at - 1 - length
            if start < 0:
                break
            if text[start : at - 1].lower() in self._own and _BOUND.match(text, start):
                return True
        return False


class Reading(NamedTuple):
    """The compiled structures: a proposal told, a speaker after a quotation and a speaker
    before one."""

    proposal: re.Pattern[str]
    said_after: Said
    said_before: Said
    #: The page's own subject right before a proposal's verb ("our stem cells are").
    owned: re.Pattern[str]
    #: Words in small letters, one of which each proposal holds (the last word of each
    #: `proposed` entry, each of its a|b|c); None when one is not in ASCII.
    cues: tuple[str, ...] | None = None


#: The most words between the page's "our" or "my" and a proposal's verb it owns ("our
#: stem cell therapy has been proposed", "the therapy at our clinic is marketed").
OWNED_REACH = 4


def reading_of(lists: Mapping[str, Sequence[str]]) -> Reading | None:
    """The structures of the word lists (`LISTS`, each of one or two words of a|b|c), or
    None when one of them is missing (a page's lists are then all its own). `own` may
    be empty: no word makes a speaker or a proposal the page's (attack14: an empty `own`
    of a data dir's read every quoted list as the page's offer)."""
    if "own" not in lists or not all(lists.get(name) for name in LISTS if name != "own"):
        return None
    return _compiled(tuple((name, tuple(lists[name])) for name in LISTS))


@lru_cache(maxsize=4)
def _compiled(lists: tuple[tuple[str, tuple[str, ...]], ...]) -> Reading:
    words = dict(lists)
    aux, proposed = _either(words["auxiliaries"]), _either(words["proposed"])
    cues = tuple(
        sorted(
            {
                cue.lower()
                for text in words["proposed"]
                for cue in (text.split() or [""])[-1].split("|")
            }
        )
    )
    # (not the page's own: "our clinic says", "my website says": `Said`)
    own = _alternatives(words["own"])
    speaker = (
        rf"(?P<who>(?:the\s+)?(?:{_either(words['speakers'])})\s+"
        rf"(?:{_either(words['speaking'])}))"
    )
    return Reading(
        re.compile(rf"\b(?:{aux})\s+(?:been\s+)?(?:{proposed})\b", re.IGNORECASE),
        Said(rf"^[\s,]*{speaker}\b", own),
        Said(rf"\b{speaker}[\s,:]*$", own),
        re.compile(
            rf"\b(?:{_either(words['own'])})(?:\s+[^\W\d_][\w'-]*){{1,{OWNED_REACH}}}\s+$"
            if own
            else "(?!)",  # (no word of the page's own: nothing is owned)
            re.IGNORECASE,
        ),
        cues if all(cue.isascii() and cue for cue in cues) else None,
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


def reported_places(
    lines: Sequence[str], reading: Reading, wanted: Collection[int] | None = None
) -> dict[int, list[tuple[int, int]]]:
    """For each line index of `lines`, the (start, end) columns, counted from 0, that a
    list reported as someone else's covers, in order and apart (`is_reported`); given
    `wanted` (line indexes), only those of the wanted lines are sure to be there.

    Only the paragraphs that may hold one are read (speed10), as `places_in` reads them in
    the whole text: those with a word a proposal needs (`Reading.cues`) or a character
    not in ASCII (the one `blocks` drops or changes), each run on over the paragraphs its
    list items after a colon fill; and those with a quotation mark, when they hold a line
    wanted. Every other paragraph holds neither a proposal nor a quotation, and no item
    a proposal leads (the paragraph before it would have been read on into it).

    (attack13) A block's sentence ends are found once, and its spans joined before they
    are marked: a paragraph of 20,000 proposals told without a full stop searched to its
    end from each, and marked each to its end, 38 s on 1 MB."""
    whole = "\n".join(lines)
    if reading.cues is None or whole.count("\n") != len(lines) - 1:  # (a line holds one)
        return places_in(lines, reading)
    # The text in small letters, each character not in ASCII one "?" (a line with one is
    # read anyway): where IGNORECASE finds an ASCII word, and fast to search.
    lowered = whole.encode("ascii", "replace").lower()
    starts = [_lines_at(lowered, _found(lowered, [cue.encode() for cue in reading.cues]))]
    if not whole.isascii():
        starts.append([index for index, line in enumerate(lines) if not line.isascii()])
    quoted = _lines_at(lowered, _found(lowered, [b'"']))
    if wanted is not None:
        held = sorted(wanted)
        quoted = [i for i in quoted if _holds(held, _paragraph(lines, i))]
    starts.append(quoted)
    places: dict[int, list[tuple[int, int]]] = {}
    done = 0  # the lines before it are read, or need no reading
    for index in sorted({index for found in starts for index in found}):
        if index < done or not lines[index].strip():
            continue
        first, last = _paragraph(lines, index)
        leading = _read(lines[first:last], first, reading, places)
        while leading:  # the next paragraph's items may be the list a proposal leads
            first = last
            while first < len(lines) and not lines[first].strip():
                first += 1
            if first == len(lines):
                break
            first, last = _paragraph(lines, first)
            leading = _read(lines[first:last], first, reading, places, leading)
        done = last
    return {index: _joined(found) for index, found in places.items()}


def places_in(lines: Sequence[str], reading: Reading) -> dict[int, list[tuple[int, int]]]:
    """`reported_places` of `lines`, every block of them read."""
    places: dict[int, list[tuple[int, int]]] = {}
    _read(lines, 0, reading, places)
    return {index: _joined(found) for index, found in places.items()}


def _found(text: bytes, words: Sequence[bytes]) -> list[int]:
    """Where each of `words` starts in `text`."""
    found: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return found


def _lines_at(text: bytes, places: Sequence[int]) -> list[int]:
    """The line index of each place in `text`, in order."""
    indexes: list[int] = []
    line = at = 0
    for place in sorted(places):
        line += text.count(b"\n", at, place)
        at = place
        indexes.append(line)
    return indexes


def _paragraph(lines: Sequence[str], index: int) -> tuple[int, int]:
    """The lines (first index, index after the last) around the line at `index`, which
    is not blank, up to a blank line or the text's edge on each side; `blocks` reads them
    as it reads them in the whole text (a blank line is blank there too: it drops only
    characters that are not in ASCII)."""
    first = index
    while first > 0 and lines[first - 1].strip():
        first -= 1
    last = index + 1
    while last < len(lines) and lines[last].strip():
        last += 1
    return first, last


def _holds(indexes: Sequence[int], lines: tuple[int, int]) -> bool:
    """Whether any of the sorted `indexes` is in the range `lines`."""
    at = bisect_left(indexes, lines[0])
    return at < len(indexes) and indexes[at] < lines[1]


def _read(
    lines: Sequence[str],
    offset: int,
    reading: Reading,
    places: dict[int, list[tuple[int, int]]],
    leading: bool = False,
) -> bool:
    """Add the reported lists of `lines` (from line index `offset` of the text, where a
    paragraph starts; `leading`: after a proposal's colon and its items) to `places`, and
    tell whether the items after a proposal's colon may still go on after them."""
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
            _mark(block.place, start, end, text, places, offset)
    return leading


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
    place: Any,
    start: int,
    end: int,
    text: str,
    places: dict[int, list[tuple[int, int]]],
    offset: int = 0,
) -> None:
    """Add the span [start, end) of a block's `text` to `places`, line by line."""
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        stop = end if line_end < 0 else line_end
        index, column = place(at)
        places.setdefault(index + offset, []).append((column, column + stop - at))
        at = stop + 1


def is_reported(places: dict[int, list[tuple[int, int]]], index: int, column: int) -> bool:
    """Whether the character at (line index, column from 0) is in a reported list (its
    line's spans are in order and apart: the one that may hold it is found by bisection)."""
    spans = places.get(index, [])
    at = bisect_left(spans, (column + 1, -1)) - 1  # the last that starts at or before it
    return at >= 0 and spans[at][0] <= column < spans[at][1]
