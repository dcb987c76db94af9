"""Names of institutions: a match inside one is no claim.

"the Regenerative Cures Institute", "the Center for Regenerative Cures", "the Spine &
Pain Center" and "RNOH Private Care" name a place, not a cure, a spinal pain or a
private car to the airport. A match is inside a name when each of its words starts with
a capital and the run of capitalised words it stands in ends with a head word of
`institution_names:` in `data/check/advert_words.yaml` ("Institute", "Center",
"Clinic" ...), or goes back to one through "for" or "of". The head word is written with
a capital and then small letters (a heading in capitals is no name), and the run stays
in one clause (`Matcher` checks that: "Pain Relief Now, Says The Clinic" names nothing).

Only a match that starts with a capital is looked at, and the words around it are read,
not looked for: the rule costs nearly nothing on text without such matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: How far a name runs on either side of a match, in words.
NAME_REACH = 6
#: Small words a name holds between its capitalised words ("Center of Pain Relief
#: Research", "Hospital for Special Surgery").
_JOINERS = frozenset({"of", "for", "and", "the", "de"})
#: The words through which a name goes back to its head ("Institute for ...").
_LINKS = frozenset({"of", "for"})


class InstitutionNames:
    """The head words of the names of institutions, one word each of a|b|c."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.heads = frozenset(
            word.casefold() for text in texts for word in text.split("|") if word
        )

    def __bool__(self) -> bool:
        return bool(self.heads)

    def _head(self, word: str) -> bool:
        return word[:1].isupper() and word[1:].islower() and word.casefold() in self.heads

    def head_of(self, words: Sequence[str], start: int, end: int) -> int | None:
        """Where the head word is of a name that the match `words[start:end]` stands
        inside, or None: the match's words are capitalised, and a head ends their run
        of capitalised words (or the match itself, of two words or more), or opens it
        before "for" or "of"."""
        if not all(_in_name(word) for word in words[start:end]):
            return None
        # (a match of two words or more may end with the head: "Private Care")
        for at in range(end - (end - start > 1), min(len(words), end + NAME_REACH)):
            word = words[at]
            if self._head(word):
                return at
            if not _in_name(word):
                break
        linked = False
        for at in range(start - 1, max(-1, start - 1 - NAME_REACH), -1):
            word = words[at]
            if linked and self._head(word):
                return at
            if word.casefold() in _LINKS:
                linked = True
            elif not _in_name(word):
                break
        return None


def _in_name(word: str) -> bool:
    """Whether a word may stand in a name: capitalised, or a small joining word."""
    return word[:1].isupper() or word.casefold() in _JOINERS
