"""Famous people as proof: an athlete or a celebrity is a testimonial only when tied to a
treatment.

A page names athletes and celebrities for many reasons: who gets an injury ("football
players tear their ACLs"), who is at risk, what an injury costs a team, a star's fame
("famous for his temper"), a town's residents. They are offered as proof of a treatment
only when the sentence ties them to one: the treatment named ("stem cells", "PRP", "these
injections", "the procedure"), their use of it or their backing ("have used", "chose",
"swear by", "endorsed", "had it done"), or the clinic's own "we", "our" and "us" ("our
patients include NFL players"). So a match of testimonials-as-evidence that names famous
people (a word of `famous_people:` in `data/check/advert_words.yaml`: athlete, player,
celebrity, famous, NFL ...) counts only when its sentence holds a word of `proof_ties:`.
Other wordings of the flag (a patient's story, reviews, "in her own words") are not
touched.

Both lists are one word each of a|b|c, read from the words of a sentence, not looked
for: the rule costs nothing on sentences without such a match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: The red flag the rule reads.
ENTRY = "testimonials-as-evidence"


class FamousProof:
    """The keys of words naming famous people (`people`) and of words that tie them to a
    treatment (`ties`)."""

    def __init__(self, people: Iterable[frozenset[str]], ties: Iterable[frozenset[str]]) -> None:
        self.people = frozenset().union(*people)
        self.ties = frozenset().union(*ties)

    def __bool__(self) -> bool:
        return bool(self.people)

    @property
    def keys(self) -> frozenset[str]:
        """Every key the rule reads (a sentence's words must keep them)."""
        return self.people | self.ties

    def untied(self, keys: Sequence[frozenset[str]], start: int, end: int) -> bool:
        """Whether the match `keys[start:end]` names famous people and nothing in its
        sentence (of these `keys`) ties them to a treatment."""
        people = self.people
        if all(word.isdisjoint(people) for word in keys[start:end]):
            return False
        ties = self.ties
        return all(word.isdisjoint(ties) for word in keys)
