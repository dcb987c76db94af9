"""A disease's own kind is no other condition: "Ankylosing spondylitis is an autoimmune
disease", "the cells calm this autoimmune disorder".

The many-conditions count (`report._many_conditions`) takes every other disease a page
names, by body system. A page about one autoimmune joint disease says what kind of
disease it is, and the class word ("autoimmune", "neurological disorder") would add the
immune system as a second field the product is offered for. The spec asks for "the same
product offered for many unrelated conditions": a kind said of the disease named is that
disease again. So a match of another disease is not counted when it stands in a singular
noun phrase tied to a disease named:

- led by "this", or by "a" or "an" right after a verb that says what a thing is
  (`TIES`: "is", "was", "as", "considered" ...), with at most `REACH` words of a disease's
  kind between (`KIND_WORDS`: "a chronic, systemic autoimmune disease", "a type of
  autoimmune arthritis");
- headed by a singular word of disease (`HEADS`), the match's last word or the word
  right after it.

A class offered as a field keeps counting: plural ("autoimmune diseases", "autoimmune
conditions"), bare in a list ("autoimmune, orthopedic and neurological"), or with an
article that no such verb ties to a disease ("if you have an autoimmune disease").

The words are read only around a match of another disease: the rule costs nothing on a
sentence without one.
"""

from __future__ import annotations

from collections.abc import Sequence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Singular words of disease that head the noun phrase of a kind.
HEADS = _words("disease disorder condition illness ailment syndrome arthritis")
#: Words that may stand between the article and the class word: a disease's kind.
KIND_WORDS = _words(
    """chronic systemic progressive rare common serious severe debilitating inflammatory
    degenerative lifelong painful complex incurable type form kind sort of"""
)
#: Verbs, and "as", that tie "a" or "an" to what a thing is ("RA is an autoimmune
#: disease", "classed as an autoimmune disorder").
TIES = _words("is was be been being as it's that's considered called")
#: Demonstratives that refer back to the disease named ("this autoimmune disorder").
BACK = _words("this")
#: At most this many words of a kind between the article and the class word.
REACH = 3


def names_kind(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the match `words[start:end]` of another disease names the kind of a
    disease the sentence ties it to, not another condition."""
    if words[end - 1].casefold() not in HEADS and (
        end >= len(words) or words[end].casefold() not in HEADS
    ):
        return False
    at = start - 1
    while at >= 0 and start - at <= REACH and words[at].casefold() in KIND_WORDS:
        at -= 1
    if at < 0:
        return False
    article = words[at].casefold()
    if article in BACK:
        return True
    return article in ("a", "an") and at > 0 and words[at - 1].casefold() in TIES
