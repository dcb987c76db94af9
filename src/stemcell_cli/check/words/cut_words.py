"""A word cut off at the very end of a text (round leftovers5).

A page excerpt may stop in the middle of a word: "... for a curr". The stemmer undoubles
a final consonant ("stopp" of "stopped", "curr" of "current") as it drops a final "e"
("cure"), so the cut "curr" and the whole "cure" share the stem "cur", and the excerpt
would claim a cure. No dictionary tells a cut word from a whole one, but its shape
does: a word that ends in a doubled consonant other than l, s, f or z ("rr", "tt",
"pp", "nn", ...) and is longer than three letters is not a whole English word in the
adverts' vocabulary ("purr" and "butt" are no word of a phrase); that double stands
before an ending ("current", "stopped", "beginning") that the cut took away. Such a word
is read as cut, and so as no word, only when it is the text's very last, with nothing
after it (no full stop, no closing mark): the same word inside the text, or a whole word
at its end ("... a cure"), is read as always. Nor is a word the matcher reads as a
person's name (`@name`: "The treatment worked for Matt", "A good example is Brett"):
names end in such doubles ("Scott", "Penn", "Lynn") and a phrase may end in one
(review16); "Curr" in capitals is no name, since "cure" is a phrase's word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from stemcell_cli.check.words.stemmer import folded_stem

#: The doubled consonants that end no whole word of more than three letters in the
#: vocabulary ("ll", "ss", "ff", "zz" end many: "call", "less", "staff", "buzz").
_CUT_DOUBLES = frozenset("bcdgkmnprtv")


def is_cut(word: str) -> bool:
    """Whether `word` has the shape of a word cut before its ending: letters only, more
    than three, a doubled consonant of `_CUT_DOUBLES` last, which the stemmer undoubles
    with no ending taken off ("curr", "stopp"; not "cure", "call", "err")."""
    folded = word.casefold()
    return (
        len(folded) > 3
        and folded.isalpha()
        and folded.isascii()
        and folded[-1] == folded[-2]
        and folded[-1] in _CUT_DOUBLES
        and folded_stem(folded) == folded[:-1]
    )


def _no_name(word: str) -> bool:
    return False


def without_cut_end(
    lines: Sequence[str], is_name: Callable[[str], bool] = _no_name
) -> Sequence[str]:
    """`lines`, with the text's last word blanked out (spaces, so places stay) when the
    text ends in it, nothing after it, and it is cut (`is_cut`) and no name (`is_name`,
    the matcher's `@name`); else `lines` itself."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].rstrip()
        if not line:
            continue
        start = len(line)
        while start > 0 and line[start - 1].isalpha():
            start -= 1
        if start == len(line) or (start > 0 and line[start - 1] in "'\u2019-"):
            return lines
        if not is_cut(line[start:]) or is_name(line[start:]):
            return lines
        changed = list(lines)
        changed[index] = line[:start] + " " * (len(line) - start) + lines[index][len(line) :]
        return changed
    return lines
