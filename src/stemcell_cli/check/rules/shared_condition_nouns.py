"""Body parts that share one condition noun: "back and knee pain", "neck/back pain".

A page joins two or three body parts by "and", "or", "/" or commas before a single
noun of trouble, and means the trouble of each: "back and joint pain" is back pain and
joint pain, "back, shoulder and knee pain" is back pain too. The phrases read only the
part next to the noun; this reads the others as if each stood there (`earlier_parts`),
and the matcher tries the condition phrases that begin at that part with the earlier
part's words in its place.

A comma joins only a list that an "and" or "or" closes ("back, shoulder and knee pain";
not "he turned back, knee pain or not"), a "/" joins two parts alone ("neck/back pain"),
and two parts with only a space between are one name ("hip joint pain"). "Back" after a
verb of coming or going is an adverb (AWAY_VERBS: "he came back and knee pain
returned"). At most MORE_PARTS earlier parts are read. The words are looked at only in a
sentence that holds two body parts and a match of some phrase, and the phrases tried
again are the condition phrases that begin with the earlier part (about 0.8% more
instructions on the 100 KB page).
"""

from __future__ import annotations

from collections.abc import Sequence

from stemcell_cli.check.rules.body_part_lists import BODY_PARTS
from stemcell_cli.check.words.sentences import word_places

#: How many parts before the one next to the noun may share it.
MORE_PARTS = 2
#: The words that join two parts.
JOINING = frozenset({"and", "or"})
#: What may stand between two parts instead of a joining word.
_MARKS = frozenset({",", "/", "&"})
#: The verbs after which "back" is an adverb, not a body part: "he came back and knee
#: pain returned" names no back pain ("get" is left out: "get back and knee pain relief").
_AWAY = """came come comes coming went go goes going got bounced bounce bounces fought
    fight fights brought bring brings turned turn turns looked look looks stepped step
    steps way"""
AWAY_VERBS = frozenset(_AWAY.split())
#: The body parts as a sentence may spell them (small letters or a capital first).
_SPELT = BODY_PARTS | frozenset(part.capitalize() for part in BODY_PARTS)


def part_places(words: Sequence[str]) -> list[int]:
    """The places of the body parts of a sentence, when it holds two or more (a test in
    C first: most sentences hold none)."""
    if _SPELT.isdisjoint(words):
        return []
    places = [at for at, word in enumerate(words) if word in _SPELT]
    return places if len(places) > 1 else []


def earlier_parts(sentence: str, words: Sequence[str], at: int) -> list[int]:
    """The places of the body parts joined before the one at `at` (which may share the
    noun after it), nearest first; none when the word at `at` is no body part."""
    if at == 0 or words[at].casefold() not in BODY_PARTS:
        return []
    found: list[int] = []
    places: list[tuple[int, int]] | None = None
    closed = False  # an "and" or "or" joined the list
    index = at - 1
    while index >= 0 and len(found) < MORE_PARTS:
        word = words[index].casefold()
        if word in JOINING:
            if closed or index == 0 or words[index - 1].casefold() not in BODY_PARTS:
                break
            closed = True
            index -= 1
            found.append(index)
        elif word in BODY_PARTS:
            if places is None:
                places = word_places(sentence, words, at + 1)
            mark = sentence[places[index][1] : places[index + 1][0]].strip()
            if mark not in _MARKS or (mark == "," and not closed):
                break
            if mark == "/" and found and not closed:
                break
            found.append(index)
        else:
            break
        index -= 1
    # "came back and knee pain": the adverb ends the list before it
    if (
        found
        and found[-1] > 0
        and words[found[-1]].casefold() == "back"
        and words[found[-1] - 1].casefold() in AWAY_VERBS
    ):
        found.pop()
    return found


def shared_keys(keys: Sequence[frozenset[str]], at: int, part: int) -> list[frozenset[str]]:
    """The sentence's keys with the earlier part's at `at`, where the part next to the
    noun stands ("back and back pain" for "back and knee pain")."""
    swapped = list(keys)
    swapped[at] = keys[part]
    return swapped
