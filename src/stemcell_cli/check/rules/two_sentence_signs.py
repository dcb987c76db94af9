"""A warning sign said over two sentences, the second going on from the first.

"The cells are taken from your own hip. Because of this, the procedure is considered
very safe" and "We use the patient's own marrow cells. Studies show this treatment to
be a safe option" say that one's own cells are safe, though the own cells and the
safety stand too far apart for one phrase. `linked:` in `data/check/advert_words.yaml`
lists such a warning sign as two wordings: the flag is raised when the first is found
in a sentence and the second in the next one, and that one goes on from it
(`sentences.follows_on`: it draws a consequence, "because of this", "this means", or
refers back to the treatment, "this approach", "these cells"). Each half is read like a
red flag (negations, cues, guards, questions hold) in the two sentences read together;
the same two sentences with no link, or with the halves the other way round, raise
nothing. Each half is a phrase of a kind of its own, HALF (as the halves of a story are,
`patient_stories`), under `part_id`: the matcher keeps the halves only from a joined reading
(`across`) and never reports them, so they cost one more look-up of their wordings per
sentence and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The kind of a half of a linked pair.
HALF = "linked-half"


def part_id(flag_id: str, number: int, side: int) -> str:
    """The id of one half (`side` 0 or 1) of the `number`th linked pair of a flag
    ("flag/linked0/1")."""
    return f"{flag_id}/linked{number}/{side}"


def across(found: Iterable[tuple[str, int, int, str]], at: int) -> list[tuple[str, int, int, str]]:
    """The linked flags of a joined reading whose second sentence starts at `at`: for
    each pair with its first half (entry id, first, last, text) ending before `at` and
    its second half starting after it, (flag id, first, last, "text ... text"), at the
    first half's place. Each flag once, with the nearest halves."""
    firsts: dict[str, tuple[int, int, str]] = {}
    seconds: dict[str, tuple[int, int, str]] = {}
    for entry_id, first, last, shown in found:
        pair, _, side = entry_id.rpartition("/")
        if side == "0" and last <= at and (pair not in firsts or first > firsts[pair][0]):
            firsts[pair] = (first, last, shown)
        elif side == "1" and first >= at and (pair not in seconds or first < seconds[pair][0]):
            seconds[pair] = (first, last, shown)
    made: dict[str, tuple[str, int, int, str]] = {}
    for pair, (first, last, shown) in firsts.items():
        if pair in seconds:
            flag_id = pair.rpartition("/")[0]
            then = seconds[pair]
            made.setdefault(flag_id, (flag_id, first, last, f"{shown} \u2026 {then[2]}"))
    return list(made.values())
