"""Conditions a page lists as someone else's (round careful1; data/check/reported_lists.yaml).

many-conditions is one product offered for many conditions. A careful page names such a
list too, as what others do: an insurer's policy lists the indications a therapy "has
been proposed" for and pays for none; a columnist quotes a seminar ad's question ('"Do
you suffer," it asked, "from knee pain, back pain, osteoarthritis, COPD?"') to mock it.
By the label spec's recorded decision a claim reported as someone else's does not show
it, and the conditions of such a list are not counted for the flag (each still names a
condition the page is about).

Two structures say it:

- a proposal told in the passive: a form of "be" or "have" (`auxiliaries:`), "been" or
  not, then a word of `proposed:` ("has been put forward", "are marketed"), unless the
  page owns its subject ("our stem cells have been proposed for ...": `own:`). What it
  governs runs to its sentence's end, and over the list items after it when that
  sentence ends its paragraph with a colon ("... indications including these:" then
  "- Knee - arthritis, meniscus tears ...");
- a quotation beside its speaker: a word of `speakers:` ("the" before it or not) and a
  verb of `speaking:` right after the closing quotation mark and its comma ('"...," it
  asked') or right before the opening one ('it asked, "from knee pain ..."', 'They ask:
  "Do you suffer ..."'). The page's own "we" is no speaker, and neither is its "our" or
  "my" before one ("as our clinic says:"; `own:`), so '"We treat knees, hips and backs," we say'
  stays the page's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from stemcell_cli.check.words.sentences import blocks, is_list_item

#: The wordings, relative to the shipped data directory.
REPORTED_LISTS = "check/reported_lists.yaml"
_LISTS = ("auxiliaries", "proposed", "speakers", "speaking", "own")
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


def _either(words: Iterable[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)


#: The most words between the page's "our" or "my" and a proposal's verb it owns ("our
#: stem cell therapy has been proposed", "the therapy at our clinic is marketed").
OWNED_REACH = 4


def compile_reading(lists: dict[str, Sequence[str]]) -> Reading:
    """The structures of the word lists (`_LISTS`)."""
    aux, proposed = _either(lists["auxiliaries"]), _either(lists["proposed"])
    # (not the page's own: "our clinic says", "my website says"; one look-behind a word)
    own = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in lists["own"])
    speaker = (
        rf"{own}(?:the\s+)?(?:{_either(lists['speakers'])})\s+(?:{_either(lists['speaking'])})"
    )
    return Reading(
        re.compile(rf"\b(?:{aux})\s+(?:been\s+)?(?:{proposed})\b", re.IGNORECASE),
        re.compile(rf"^[\s,]*{speaker}\b", re.IGNORECASE),
        re.compile(rf"\b{speaker}[\s,:]*$", re.IGNORECASE),
        re.compile(
            rf"\b(?:{_either(lists['own'])})(?:\s+[^\W\d_][\w'-]*){{1,{OWNED_REACH}}}\s+$",
            re.IGNORECASE,
        ),
    )


@lru_cache(maxsize=1)
def shipped_reading() -> Reading:
    """The structures of the shipped word lists (read once)."""
    from stemcell_cli.core.datadirs import shipped_dir

    return load(shipped_dir() / REPORTED_LISTS)


#: One list of the word lists' file: `name: [a, b, c]` on one line.
_LIST_LINE = re.compile(r"(\w+):\s*\[([^\[\]#]*)\]\s*(?:#.*)?")
#: The most the file may hold, read with a limit.
MAX_BYTES = 64 * 1024


def load(path: Path) -> Reading:
    """The structures of the word lists in `path`: comments, blank lines and one line
    `name: [a, b, c]` for each of `_LISTS`. Read without a YAML parser (the file is YAML
    all the same), so that a run served from the compiled cache imports none."""
    with path.open("rb") as file:
        raw = file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ValueError(f"{path}: larger than {MAX_BYTES} bytes")
    lists: dict[str, Sequence[str]] = {}
    for number, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found = _LIST_LINE.fullmatch(line.strip())
        if found is None or found[1] not in _LISTS or found[1] in lists:
            raise ValueError(f"{path}:{number}: not one list `name: [a, b]` of {_LISTS}")
        words = [word.strip() for word in found[2].split(",")]
        if not all(word and word[0] not in "'\"&*{" for word in words):
            raise ValueError(f"{path}:{number}: {found[1]} is no list of plain words")
        lists[found[1]] = words
    missing = [name for name in _LISTS if name not in lists]
    if missing:
        raise ValueError(f"{path}: no list {', '.join(missing)}")
    return compile_reading(lists)


def reported_places(lines: Sequence[str], reading: Reading) -> dict[int, list[tuple[int, int]]]:
    """For each line index of `lines`, the (start, end) columns, counted from 0, that a
    list reported as someone else's covers."""
    places: dict[int, list[tuple[int, int]]] = {}
    leading = False  # the items after a proposal told that ended with a colon
    for block in blocks(lines):
        text = block.text
        spans: list[tuple[int, int]] = []
        if leading and is_list_item(text):
            spans.append((0, len(text)))
        else:
            leading = False
        for found in reading.proposal.finditer(text):
            if reading.owned.search(text, max(0, found.start() - 80), found.start()):
                continue  # (review10) the page's own product proposed: its offer
            stop = _SENTENCE_END.search(text, found.end())
            end = stop.start() if stop else len(text)
            spans.append((found.start(), end))
            if stop is None and text.rstrip().endswith(":"):
                leading = True
        for quoted in _QUOTATION.finditer(text):
            start, end = quoted.span()
            if reading.said_after.search(text[end : end + 60]) or reading.said_before.search(
                text[max(0, start - 60) : start]
            ):
                spans.append((start, end))
        for start, end in spans:
            _mark(block.place, start, end, text, places)
    return places


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
    """Whether the character at (line index, column from 0) is in a reported list."""
    return any(start <= column < end for start, end in places.get(index, ()))
