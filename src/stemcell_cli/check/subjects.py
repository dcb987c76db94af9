"""Where the subject of a claim's clause begins, past an example set off by commas.

"Most treatments in use now, such as corticosteroids and anti-inflammatory drugs, try to
decrease the inflammation": the claim's clause ("try to decrease the inflammation") has
no subject of its own; it is the clause before the example ("Most treatments in use
now"), and the example names the treatment. So a clause that opens with "such as",
"like", "including", "e.g.", "for example" or "for instance" and stands right before the
claim's clause is read with the clause before it, as the claim's subject: another
treatment named there takes the claim (`matcher._Rivals`), and a word that keeps a claim
the advert's ("our", "stem") keeps it ("Our injections, such as PRP, lower the
inflammation").

Only the words of the sentence are read, back from the claim's clause, and only when
another treatment may be named in it: the rule costs nearly nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from stemcell_cli.check.sentences import Token

#: Words that open an example set off by commas ("such as", "like", ...): the first word
#: of the clause, and the word after it when one is needed.
_EXAMPLE_OPENERS = {
    "such": "as",
    "like": "",
    "including": "",
    "e": "g",
    "eg": "",
    "for": "example",
}
_FOR = frozenset({"example", "instance"})


def subject_start(sentence: Sequence[Token], first: int) -> int:
    """Where the subject of the clause that starts at `first` begins: `first`, or, when
    the clause right before it is an example set off by commas, the start of the clause
    before that example."""
    if first < 2:
        return first
    example = sentence[first - 1].clause
    start = first - 1
    while start > 0 and sentence[start - 1].clause == example:
        start -= 1
    if start == 0 or not _opens_example(sentence, start, first):
        return first
    subject = sentence[start - 1].clause
    while start > 0 and sentence[start - 1].clause == subject:
        start -= 1
    return start


def _opens_example(sentence: Sequence[Token], start: int, end: int) -> bool:
    """Whether the clause `sentence[start:end]` opens with the words of an example."""
    opener = sentence[start].text.casefold()
    after = _EXAMPLE_OPENERS.get(opener)
    if after is None:
        return False
    if not after:
        return True
    following = sentence[start + 1].text.casefold() if start + 1 < end else ""
    return following in _FOR if opener == "for" else following == after
