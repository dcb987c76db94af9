"""Words read in another sense: a match whose edge word its neighbours give another
sense claims nothing.

Words are compared by stem, and many words of a claim have an everyday sense too: "a
flight of stairs" is no air travel, tendons that "fix onto the humerus" are attached,
not repaired, cells "packaging key signals" sell no package, a patient "fully healed
from the procedure" recovered from the injection, not from the disease, and "new cell
types" are kinds of cells, not tissue grown. What the word means is said by the words
right next to it, whatever the claim or warning sign it was read for, so the rule is
one list for all of them, `other_senses:` in `data/check/advert_words.yaml`.

An entry is a few words of a|b|c, compared as written (in small letters), one of them
in brackets: "[flight|flights] of stairs|steps". The bracketed word is read in another
sense when the words written before it come right before it and those written after it
right after it. A match is dropped when its last word is such a word with its words
after it outside the match, or its first word with its words before it outside the
match (the neighbour is outside the match, so the match's own words never give it a
sense). An entry with no neighbours ("[packaging]") names a form that is never read as
its stem's word, at either end; "[*]" stands for any word, at the first word of a match
only: "known as [*]" says that what follows is a name ("also known as cell
restoration"), not a claim. An entry written "[word]: after" (no words before) reads the
words after the bracketed word inside the match, at its first word: "[limiting|limits]:
time" is the verb that cuts a person's time ("limiting time on the course"), while
"limited time", the adjective of an offer's deadline, shares its stem and stays.

The words are read at the two ends of a match, not looked for: each entry is kept as
every run of words it reads (one word of each a|b|c), so a finding costs a few look-ups
of a set whatever the number of entries (attack12: a list of 60,000 entries under one
word made every match of it walk them all). An entry may read at most `MOST_WAYS` runs,
and a list at most that many in all.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from functools import cache

from stemcell_cli.check.words.phrases import PhraseError, quoted

#: The bracketed word that stands for any word (before-neighbours only).
ANY = "*"
#: After the bracketed word: the words after it are the match's own ("[limiting]: time").
INSIDE = "]:"
#: At most this many neighbours on each side.
MOST_NEIGHBOURS = 4
#: At most this many runs of words (one word of each a|b|c) an entry reads, and a list
#: in all (ours read about a thousand).
MOST_WAYS = 100_000

_Words = tuple[frozenset[str], ...]
_Runs = frozenset[tuple[str, ...]]


def inside(text: str) -> bool:
    """Whether the words after the bracketed word of an entry of `other_senses:` are the
    match's own words ("[limiting|limits]: time"), not neighbours outside it."""
    return INSIDE + " " in text + " "


def ways(before: _Words, words: frozenset[str], after: _Words) -> int:
    """How many runs of words an entry reads: one word of each a|b|c."""
    return len(words) * math.prod(map(len, before + after))


def parse(text: str) -> tuple[_Words, frozenset[str], _Words]:
    """The words before, the bracketed word and the words after of an entry of
    `other_senses:`; PhraseError when it is not of that shape."""
    parts = text.split()
    marked = [at for at, part in enumerate(parts) if part.startswith("[")]
    if len(marked) != 1 or not parts[marked[0]].endswith(("]", INSIDE)):
        raise PhraseError(
            f"{quoted(text)}: write exactly one word in brackets, as [flight|flights]"
        )
    at = marked[0]
    marked_word = parts[at]
    word = marked_word[1 : -len(INSIDE)] if marked_word.endswith(INSIDE) else marked_word[1:-1]
    words = [p.casefold().split("|") for p in parts]
    words[at] = word.casefold().split("|")
    for alternatives in words:
        if not all(w and w.replace("'", "").isalnum() for w in alternatives) and alternatives != [
            ANY
        ]:
            raise PhraseError(f"{quoted(text)}: each word is letters or digits, alternatives a|b|c")
    before, after = words[:at], words[at + 1 :]
    if len(before) > MOST_NEIGHBOURS or len(after) > MOST_NEIGHBOURS:
        raise PhraseError(f"{quoted(text)}: at most {MOST_NEIGHBOURS} words on each side")
    if inside(text) and (before or not after):
        raise PhraseError(f"{quoted(text)}: [word]: takes words after it and none before")
    if ANY in words[at] and (words[at] != [ANY] or after or not before):
        raise PhraseError(f"{quoted(text)}: [*] stands alone, with words before it only")
    if any(ANY in w for w in before + after):
        raise PhraseError(f"{quoted(text)}: only the bracketed word may be *")
    parsed = (
        tuple(map(frozenset, before)),
        frozenset(words[at]),
        tuple(map(frozenset, after)),
    )
    if ways(*parsed) > MOST_WAYS:
        raise PhraseError(f"{quoted(text)}: more than {MOST_WAYS:,} ways to read its a|b|c")
    return parsed


def _runs(words: frozenset[str], neighbours: _Words) -> set[tuple[str, ...]]:
    """Each run of a word of `words` (none when empty) then one word of each neighbour."""
    heads = [(word,) for word in words] if words else [()]
    return {(*head, *run) for head in heads for run in itertools.product(*neighbours)}


@cache
def _edges(
    alone: frozenset[str], after: _Runs, inside: _Runs, before: _Runs, any_before: _Runs
) -> tuple[frozenset[str], frozenset[str]]:
    """The words a match's first or last word must be for `OtherSenses.other` to read it
    in another sense (a word read alone, or the first word of a run), and the words the
    word before it must be for "[*]" (the first of an `any_before` run): worked out once
    per table (`cache`: the sets are hashed once), so that most matches, whose edges
    are none of them, are told apart without building a run."""
    heads = {run[0] for runs in (after, inside, before) for run in runs}
    return alone | heads, frozenset(run[0] for run in any_before)


def _read(runs: _Runs, head: tuple[str, ...], words: Sequence[str], places: range) -> bool:
    """Whether `head` then the words at the first places of `places` (up to
    MOST_NEIGHBOURS, in their order) is one of `runs`."""
    key = head
    for at in places[:MOST_NEIGHBOURS]:
        key = (*key, words[at].casefold())
        if key in runs:
            return True
    return False


class OtherSenses:
    """The entries of `other_senses:`, each as the runs of words it reads: the bracketed
    word then its words after (`after`, `inside`), or then its words before, nearest
    first (`before`; `any_before` without the word, for "[*]")."""

    def __init__(self, texts: Iterable[str]) -> None:
        alone: set[str] = set()
        after: set[tuple[str, ...]] = set()
        before: set[tuple[str, ...]] = set()
        within: set[tuple[str, ...]] = set()
        any_before: set[tuple[str, ...]] = set()
        for text in texts:
            words_before, words, words_after = parse(text)
            if not words_before and not words_after:
                alone |= words
            if words_after:
                (within if inside(text) else after).update(_runs(words, words_after))
            if words_before:
                nearest_first = words_before[::-1]
                if ANY in words:
                    any_before.update(_runs(frozenset(), nearest_first))
                else:
                    before.update(_runs(words, nearest_first))
        self.alone = frozenset(alone)
        self.after: _Runs = frozenset(after)
        self.before: _Runs = frozenset(before)
        self.inside: _Runs = frozenset(within)
        self.any_before: _Runs = frozenset(any_before)

    def __bool__(self) -> bool:
        return bool(self.alone or self.after or self.before or self.inside or self.any_before)

    def other(self, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the match `words[start:end]` has an edge word read in another sense."""
        last = words[end - 1].casefold()
        edges, before_any = _edges(
            self.alone, self.after, self.inside, self.before, self.any_before
        )
        if (
            last not in edges
            and (end - start == 1 or words[start].casefold() not in edges)
            and (not start or words[start - 1].casefold() not in before_any)
        ):
            return False  # (no run can start at either edge: see `_edges`)
        if last in self.alone or _read(self.after, (last,), words, range(end, len(words))):
            return True
        first = words[start].casefold() if end - start > 1 else last
        if first in self.alone or _read(self.inside, (first,), words, range(start + 1, end)):
            return True
        nearest_first = range(start - 1, -1, -1)
        return _read(self.before, (first,), words, nearest_first) or _read(
            self.any_before, (), words, nearest_first
        )

    def check_kept(self) -> None:
        """ValueError unless this table is of the shape `__init__` builds: the compiled
        matcher's cache keeps it, and one of another shape (an older program's, or planted)
        is rebuilt, never a traceback at the first finding (attack12)."""
        runs = {"after", "before", "inside", "any_before"}
        table = vars(self)
        if table.keys() != {"alone", *runs} or type(self.alone) is not frozenset:
            raise ValueError("other senses of another shape")
        if not all(type(word) is str for word in self.alone) or not all(
            type(table[name]) is frozenset
            and all(type(run) is tuple and all(type(w) is str for w in run) for run in table[name])
            for name in runs
        ):
            raise ValueError("other senses of another shape")
