"""A quote's brackets, closed where its window cut them (idn1).

A quote shows a window of the advert's sentence, or a clause of it (`quotes.widened`),
and its cut can fall inside a bracket: "… every knee we treat (see the results page …",
"stem cells (their own stem cells", or a sentence mark read inside one, "(.". A bracket
opened and not closed in the quote (or closed and not opened) is dropped with the words
inside it when the words found are outside it; when they are inside it, it is closed
with "…)" (or opened with "(…").

The same brackets bound a wording's gap (scope1): `asides.gap_reach`.
"""

from __future__ import annotations

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
