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

The words are compared as written, in small letters, and read only around a finding of
the flag: the rule costs a few look-ups there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: The warning sign the rule reads.
ENTRY = "own-cells-so-safe"
#: The names of the lists of `whose_cells:`.
DONOR = "donor"
OWN = "own"
ASIDE = "aside"
LISTS = (DONOR, OWN, ASIDE)
#: How many words before a donor word may set it aside ("no amniotic or placental").
ASIDE_REACH = 3


class WhoseCells:
    """The words naming donor cells, the patient's own cells, and donor cells set aside,
    each a set of words in small letters."""

    def __init__(
        self,
        donor: Iterable[frozenset[str]] = (),
        own: Iterable[frozenset[str]] = (),
        aside: Iterable[frozenset[str]] = (),
    ) -> None:
        self.donor = frozenset().union(*donor)
        self.own = frozenset().union(*own)
        self.aside = frozenset().union(*aside)

    def __bool__(self) -> bool:
        return bool(self.donor)

    def donors(self, words: Sequence[str]) -> bool:
        """Whether a sentence, by its words as written, says its safety of donor cells:
        it names donor cells, not set aside, and none of the patient's own."""
        folded = [word.casefold() for word in words]
        donor = self.donor
        if donor.isdisjoint(folded) or not self.own.isdisjoint(folded):
            return False
        aside = self.aside
        return any(
            word in donor and aside.isdisjoint(folded[max(0, at - ASIDE_REACH) : at])
            for at, word in enumerate(folded)
        )
