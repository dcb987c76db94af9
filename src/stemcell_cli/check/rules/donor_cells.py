"""Whose cells are said safe: no rejection said of donor cells is no own-cells safety.

own-cells-so-safe is a clinic arguing that the patient's OWN (autologous) cells are safe
because they are his own (the spec: "safety implied because the cells are your/a person's
own"). Many of its wordings name no cells themselves ("a very low risk of rejection",
"the body does not reject them", "a lower risk of immune reaction") and are read as the
flag because adverts mostly say them of the patient's own cells. Said of a donor product
(cord blood, placenta, amnion, Wharton's jelly, exosomes, allogeneic cells), they are
another claim: a safety claim (fewer-side-effects, no-risk-claim), not own cells argued
safe (the recorded call on di12: "immune rejection free" said of donor cord and placenta
cells is no own-cells safety).

So a finding of own-cells-so-safe is dropped when its sentence names donor cells (a word
of `donor:` in `whose_cells:`, `data/check/advert_words.yaml`) and none of the patient's
own (a word of `own:`: own, autologous, the patient's ...): "Cord blood carries a very low
risk of rejection", "Taken from the umbilical cord, these cells ... carry a lower risk of
immune reaction". The flag stays when own cells are named beside the donor cells ("unlike
donor cord blood, your own cells are never rejected") and when the donor cells are set
aside, a word of `aside:` at most ASIDE_REACH words before the donor word ("we never use
donor cells, so there is no risk of rejection", "no amniotic or placental tissue is
involved"). A sentence with no donor word is not touched.

A safety wording whose sentence names no cells at all (no word of `donor:`, `own:` or
`source:`) speaks of the cells named before it: "We use umbilical cord stem cells. They
carry a reduced risk of immune rejection", a heading "Why use Wharton's jelly?" over the
bullet "A lower risk of immune reaction". The nearest of the BEFORE_REACH sentences before
it (across paragraphs and headings) that names cells says whose: donor cells, as above,
drop the flag; the patient's own ("we use your own bone marrow instead"), a part of his
body the cells come from (a word of `source:`: "we take the cells from your hip bone"),
donor cells set aside ("we never use donor cells") or none named within reach keep it,
as adverts mostly say such wordings of the patient's own cells.

The words are compared as written, in small letters, and read only around a finding of
the flag: the rule costs a few look-ups there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from stemcell_cli.check.words.sentences import split_words

#: The warning sign the rule reads.
ENTRY = "own-cells-so-safe"
#: The names of the lists of `whose_cells:`.
DONOR = "donor"
OWN = "own"
ASIDE = "aside"
SOURCE = "source"
LISTS = (DONOR, OWN, ASIDE, SOURCE)
#: How many words before a donor word may set it aside ("no amniotic or placental").
ASIDE_REACH = 3
#: How many sentences before a safety that names no cells may say whose cells it speaks
#: of (a heading and the bullet before: "Why use exosomes?", "- ...", "- A lower risk").
BEFORE_REACH = 3


class WhoseCells:
    """The words naming donor cells, the patient's own cells, donor cells set aside and
    the parts of the patient's body cells are taken from, each a set of words in small
    letters."""

    def __init__(
        self,
        donor: Iterable[frozenset[str]] = (),
        own: Iterable[frozenset[str]] = (),
        aside: Iterable[frozenset[str]] = (),
        source: Iterable[frozenset[str]] = (),
    ) -> None:
        self.donor = frozenset().union(*donor)
        self.own = frozenset().union(*own)
        self.aside = frozenset().union(*aside)
        self.source = frozenset().union(*source)
        self._named = self.donor | self.own | self.source

    def __bool__(self) -> bool:
        return bool(self.donor)

    def donors(self, words: Sequence[str]) -> bool:
        """Whether a sentence, by its words as written, says its safety of donor cells:
        it names donor cells, not set aside, and none of the patient's own."""
        return self._donors([word.casefold() for word in words])

    def said_before(self, words: Sequence[str], said: Sequence[str], at: int) -> bool:
        """Whether a safety in a sentence of `words` (as written) that names no cells is
        said of donor cells named before it: of the page's sentences `said`, the nearest
        of the BEFORE_REACH before its place `at` that names cells names donor cells, not
        set aside, and neither the patient's own nor a part of his body."""
        if not self._named.isdisjoint([word.casefold() for word in words]):
            return False
        for before in reversed(said[max(0, at - BEFORE_REACH) : at]):
            folded = [word.casefold() for word in split_words(before)]
            if not self._named.isdisjoint(folded):
                return self.source.isdisjoint(folded) and self._donors(folded)
        return False

    def _donors(self, folded: Sequence[str]) -> bool:
        """`donors`, of words in small letters."""
        donor = self.donor
        if donor.isdisjoint(folded) or not self.own.isdisjoint(folded):
            return False
        aside = self.aside
        return any(
            word in donor and aside.isdisjoint(folded[max(0, at - ASIDE_REACH) : at])
            for at, word in enumerate(folded)
        )
