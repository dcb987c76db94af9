"""Reported speech: a claim told as what others believe, say or were told is not made.

"About 27% said they believed the injections would avoid surgery" (a survey), "at the
seminar they're told that the cells will cure arthritis" (a critic), "the doctor says my
cartilage will regrow. Is that correct?" (a reader's letter) and "the ad said it was 100%
safe" report a claim as someone else's: by the spec's recorded call, a claim reported as
someone else's does not show it.

Three lists of `reported_speech:` (`data/check/advert_words.yaml`) say it, in words
compared as written, not by stem ("said" against "say", "told" against "tell"):

- `verbs:`, verbs of believing, saying and telling ("believe", "say", "claim", "told",
  "convinced"; a passive one needs no list of its own: "they're told", "patients are
  led to believe"), and of selling ("advertise", "sell", "tout": "some clinics advertise
  cures" is the spec's own example of a claim reported as someone else's);
- `subjects:`, the third parties that may be their subject ("patients", "people",
  "they", "clinics", "doctors", "marketers", "ad", "seminar");
- `keepers:`, the advert's own voice ("we", "our", "us");
- `assuring:`, words between a subject and its verb by which the advert assures rather
  than reports ("can": "patients can expect a complete recovery").

A finding is reported when a verb comes before it in its sentence whose subject is a
third party: a word of `subjects:` within SUBJECT_REACH words before the verb, in its
clause, with no word of `keepers:` from it to the word after the verb ("our patients say
they are back on the court" and "patients tell us their pain is gone" are the advert's
own). The report reaches from the subject to the end of the sentence, or to the first
word after the verb that turns the sentence ("but", "however": `sentences.CLAUSE_WORDS`)
or speaks in the advert's voice ("many people believe surgery is the only way, but our
cells ..."). "We believe our cells regenerate cartilage", "you will be told the truth:
this cures arthritis" and "doctors agree it is safe" have no third party saying them.

Testimonials are patients' reports: the matcher keeps testimonials-as-evidence, which is
about the report itself. The words are read only in a sentence with a finding and a verb
of the list: the rule costs a few look-ups there.

Stories heard are hearsay (round testim7): testimonials-as-evidence is patient stories
presented AS PROOF by the page, and a story that the reader or a third party hears
elsewhere is not offered by it ("You hear stories about miracle cures, yet health
officials keep warning", "people start asking after someone hears how well it went for a
friend"). Four more lists say it: `hearing:`, the verbs of hearing ("hear", "heard");
`hearers:`, who may hear besides the third parties of `subjects:` ("you", "someone");
`hearing_kept:`, words between a hearer and the verb by which the page promises what the
reader will hear ("you will hear"; "can" of `assuring:` too); and `heard_own:`, besides
`keepers:`, the speaker's own words after the verb. A story heard is hearsay from its
hearer to the end of the sentence or to a word that turns it ("but", "yet";
`heard_span`), unless the page speaks in it (a word of `keepers:` or of `heard_own:`
after the verb: "you hear it from our patients every day", a host's "anyone who has
heard me rave about the results I've had") or the verb is followed by a name, a person
the page presents ("you hear Maria tell her story").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from stemcell_cli.check.words.sentences import CLAUSE_WORDS, CONTRAST_WORDS, Token

#: The names of the three lists of `reported_speech:`.
SUBJECTS = "subjects"
VERBS = "verbs"
KEEPERS = "keepers"
ASSURING = "assuring"
HEARING = "hearing"
HEARERS = "hearers"
HEARING_KEPT = "hearing_kept"
HEARD_OWN = "heard_own"
LISTS = (SUBJECTS, VERBS, KEEPERS, ASSURING, HEARING, HEARERS, HEARING_KEPT, HEARD_OWN)
#: How many words may stand between a third party and its verb ("patients are often
#: led to believe", "15% of clinics stated").
SUBJECT_REACH = 4
#: Words right after a verb that close what it reports within its clause ("believe it",
#: "say so"): after a colon or a comma, the advert speaks again.
_CLOSING = frozenset({"it", "this", "so"})
#: How many words after a contrast word the advert's own voice may open its clause
#: ("but our cells", "but here we", "however, at our clinic").
VOICE_REACH = 3


class Reported:
    """The verbs of reporting, the third parties that say them and the words of the
    advert's own voice, each a set of words in small letters."""

    def __init__(
        self,
        subjects: Iterable[frozenset[str]] = (),
        verbs: Iterable[frozenset[str]] = (),
        keepers: Iterable[frozenset[str]] = (),
        assuring: Iterable[frozenset[str]] = (),
        hearing: Iterable[frozenset[str]] = (),
        hearers: Iterable[frozenset[str]] = (),
        hearing_kept: Iterable[frozenset[str]] = (),
        heard_own: Iterable[frozenset[str]] = (),
    ) -> None:
        self.subjects = frozenset().union(*subjects)
        self.verbs = frozenset().union(*verbs)
        self.keepers = frozenset().union(*keepers)
        self.assuring = frozenset().union(*assuring)
        self.hearing = frozenset().union(*hearing)
        self.hearers = self.subjects.union(*hearers)
        self.hearing_kept = self.assuring.union(*hearing_kept)
        self.heard_own = self.keepers.union(*heard_own)

    def __bool__(self) -> bool:
        return bool(self.verbs and self.subjects)

    def may_report(self, words: Sequence[str]) -> bool:
        """Whether a sentence, by its words, may report a claim: it holds a verb of the
        list with a third party within reach before it (a quick test, on the words in
        small letters, before `reported_span` reads the clauses)."""
        verbs, subjects = self.verbs, self.subjects
        if verbs.isdisjoint(words):
            return False
        return any(
            word in verbs and not subjects.isdisjoint(words[max(0, at - SUBJECT_REACH - 1) : at])
            for at, word in enumerate(words)
        )

    def reported_span(self, texts: Sequence[str], words: Sequence[Token]) -> tuple[int, int] | None:
        """The first reported word and the end (exclusive) of the report, of the first
        verb of the list whose subject is a third party; None if there is none. `texts`
        are the words in small letters, `words` the same with their clauses."""
        verbs, subjects, keepers = self.verbs, self.subjects, self.keepers
        assuring = self.assuring
        for verb, text in enumerate(texts):
            if text not in verbs:
                continue
            # the word after the verb: "patients tell us" is the advert's own report
            if verb + 1 < len(texts) and texts[verb + 1] in keepers:
                continue
            clause = words[verb].clause
            first = _subject_before(verb, texts, words, subjects, keepers, assuring)
            # "our patients say": the advert's own, right before its subject
            if first > 0 and words[first - 1].clause == clause and texts[first - 1] in keepers:
                continue
            if first < 0:
                continue
            end = len(texts)
            # a report closed on a pronoun ("patients can believe it: there are no side
            # effects", "they say so, and ...") ends with its clause
            closed = verb + 1 < len(texts) and texts[verb + 1] in _CLOSING
            for at in range(verb + 1, len(texts)):
                if (
                    texts[at] in CLAUSE_WORDS
                    or texts[at] in keepers
                    or (closed and words[at].clause != clause)
                ):
                    end = at
                    break
            return first, end
        return None

    def heard_span(self, texts: Sequence[str], words: Sequence[Token]) -> tuple[int, int] | None:
        """The hearer and the end (exclusive) of what is heard, of the first verb of hearing
        whose subject is a hearer, with no word of the page's own voice (`keepers:`,
        `heard_own:`) after it and no name right after it; None if there is none. `texts`
        are the words in small letters, `words` the same with their clauses (as
        `reported_span`)."""
        hearing, hearers, keepers = self.hearing, self.hearers, self.keepers
        kept = self.hearing_kept
        for verb, text in enumerate(texts):
            if text not in hearing:
                continue
            after = verb + 1
            # "you hear Maria tell her story": a person the page presents
            if after < len(texts) and words[after].text[:1].isupper():
                continue
            first = _subject_before(verb, texts, words, hearers, keepers, kept)
            if first < 0:
                continue
            end = len(texts)
            for at in range(after, len(texts)):
                if texts[at] in CLAUSE_WORDS:
                    end = at
                    break
            if not self.heard_own.isdisjoint(texts[after:end]):
                continue
            return first, end
        return None

    def own_again(self, texts: Sequence[str], start: int) -> int:
        """Where the advert speaks again after a cue of others at `start`: the first
        contrast word after it ("but", "however", "yet", `sentences.CONTRAST_WORDS`)
        whose clause opens with a word of `keepers:` within VOICE_REACH words ("some
        clinics sell shots, but our cells cure arthritis"); the end of `texts` if none
        ("clinics claim cures, but the evidence is thin"). `texts` are in small letters."""
        keepers = self.keepers
        for at in range(start + 1, len(texts)):
            if texts[at] in CONTRAST_WORDS and not keepers.isdisjoint(
                texts[at + 1 : at + 1 + VOICE_REACH]
            ):
                return at
        return len(texts)


def _subject_before(
    verb: int,
    texts: Sequence[str],
    words: Sequence[Token],
    subjects: AbstractSet[str],
    stops: AbstractSet[str],
    more_stops: AbstractSet[str],
) -> int:
    """The nearest word of `claim_subjects` before `verb`, in its clause and within
    SUBJECT_REACH words, with no word of `stops` or `more_stops` between; -1 if none."""
    clause = words[verb].clause
    for at in range(verb - 1, max(-1, verb - SUBJECT_REACH - 2), -1):
        if words[at].clause != clause or texts[at] in stops or texts[at] in more_stops:
            return -1
        if texts[at] in subjects:
            return at
    return -1
