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

The words are read at the two ends of a match, not looked for: the rule costs two
look-ups per finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from stemcell_cli.check.words.phrases import PhraseError, quoted

#: The bracketed word that stands for any word (before-neighbours only).
ANY = "*"
#: After the bracketed word: the words after it are the match's own ("[limiting]: time").
INSIDE = "]:"
#: At most this many neighbours on each side.
MOST_NEIGHBOURS = 4

_Words = tuple[frozenset[str], ...]


def inside(text: str) -> bool:
    """Whether the words after the bracketed word of an entry of `other_senses:` are the
    match's own words ("[limiting|limits]: time"), not neighbours outside it."""
    return INSIDE + " " in text + " "


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
    return (
        tuple(map(frozenset, before)),
        frozenset(words[at]),
        tuple(map(frozenset, after)),
    )


class OtherSenses:
    """The entries of `other_senses:`, by bracketed word."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.alone: set[str] = set()
        self.after: dict[str, list[_Words]] = {}
        self.before: dict[str, list[_Words]] = {}
        self.inside: dict[str, list[_Words]] = {}
        for text in texts:
            before, words, after = parse(text)
            for word in words:
                if not before and not after:
                    self.alone.add(word)
                if inside(text):
                    self.inside.setdefault(word, []).append(after)
                elif after:
                    self.after.setdefault(word, []).append(after)
                if before:
                    self.before.setdefault(word, []).append(before)
        self._any_before = tuple(self.before.pop(ANY, ()))

    def __bool__(self) -> bool:
        return bool(self.alone or self.after or self.before or self.inside or self._any_before)

    def other(self, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the match `words[start:end]` has an edge word read in another sense."""
        last = words[end - 1].casefold()
        if last in self.alone:
            return True
        for after in self.after.get(last, ()):
            if end + len(after) <= len(words) and all(
                words[end + i].casefold() in allowed for i, allowed in enumerate(after)
            ):
                return True
        first = words[start].casefold() if end - start > 1 else last
        if first in self.alone:
            return True
        for after in self.inside.get(first, ()):
            if start + 1 + len(after) <= end and all(
                words[start + 1 + i].casefold() in allowed for i, allowed in enumerate(after)
            ):
                return True
        befores = self.before.get(first)
        for before in (*befores, *self._any_before) if befores else self._any_before:
            size = len(before)
            if start >= size and all(
                words[start - size + i].casefold() in allowed for i, allowed in enumerate(before)
            ):
                return True
        return False
