"""What the matcher finds and is given: a phrase (a wording of an entry or of a reading
rule's list), a match, and the kinds of phrase the reading rules take (`matcher`'s
docstring lists the rules)."""

from typing import NamedTuple

from stemcell_cli.check.rules.patient_stories import KINDS as STORY_HALVES
from stemcell_cli.check.rules.two_sentence_signs import HALF as LINKED_HALF


class Phrase(NamedTuple):
    """Something to look for: `kind` is benefit, condition, red_flag, other_condition,
    or one of the kinds that only help read them (GUARD, CUE, the halves: _HALVES)."""

    kind: str
    entry_id: str
    text: str


class _Awaiting(Phrase):
    """A phrase found naming a rate or a score with no figure in its sentence
    (`success_rates.Shares.figureless`): it stands only as a heading's or a question's, when the
    sentence right after it holds a figure (`Matcher._settle`)."""

    __slots__ = ()


class SharedNoun(Phrase):
    """A condition phrase read for a body part that shares the noun of the part next to
    it ("back" in "back and knee pain": `shared_condition_nouns`); its span, from that part to the
    noun, holds the other part's own name, which it does not outrank
    (`_longest_conditions`)."""

    __slots__ = ()


class Match(NamedTuple):
    kind: str
    entry_id: str
    phrase: str
    line: int
    column: int
    text: str


#: The kind of one half of a pair of wordings that makes a red flag only with the
#: other half (`Lexicon.pairs`); read like a red flag, then joined by the report.
PART = "part"

#: The kinds of the halves of a warning sign said in two pieces, each read like a red
#: flag: a pair's (PART), a linked pair's over two sentences (`two_sentence_signs`), a story's
#: (`patient_stories`).
_HALVES = frozenset({PART, LINKED_HALF, *STORY_HALVES})

#: The kind of a red flag that, like a benefit claim, a yes/no question does not raise
#: ("Are my own cells safe?" asks; `Lexicon.stated_only`); reported as a red flag.
STATED = "stated"

#: The kind of a wording by which a page offers something of its own ("we offer", "call
#: us", "book a consultation"): `scan` reports it unless negated or reported, and a page
#: with none may read as a warning (`report.reads_as_warning`).
OFFER = "offer"

#: The kind of a guard phrase: it names words that are not the claim of its entry
#: ("anti-inflammatory drugs" is not the reduced-inflammation claim).
GUARD = "guard"

#: The kind of a cue phrase: from its first word on, nothing in the sentence is the
#: advert's own claim ("be wary of clinics that promise a cure", "some clinics claim").
CUE = "cue"

#: The kind of a treatment named in a sentence: another one (entry RIVAL, one word or
#: two: "steroid", "knee replacement"), or a word that keeps a claim the advert's
#: (entry OWN, one word: its own kind of treatment, "stem", "cells", "our"; another one
#: set aside, "avoid", "unlike"); both are read from the clause, not looked for. A claim
#: whose clause names another treatment before it, within RIVAL_REACH words
#: (`rival_treatments.RIVAL_REACH`), and none of the OWN words before it, is said of that
#: other treatment: "cortisone shots bring relief within days" promises nothing for stem
#: cells.
RIVAL = "rival"

OWN = "own"

#: The kind of a head word of the names of institutions ("Institute", "Center"), read
#: around a capitalised match, not looked for: a match inside a name is no claim
#: (`institution_names.InstitutionNames`).
INSTITUTION = "institution"

#: The kind of a word naming famous people (entry PEOPLE: athlete, celebrity, NFL) or
#: tying them to a treatment (entry TIE: stem, PRP, used, endorsed, our), read from a
#: sentence, not looked for: a testimonial naming famous people needs a tie in its
#: sentence (`famous_people.FamousProof`).
FAMOUS = "famous"

#: The kind of a place name (a country, a city, a region: `place_names:`), read, not
#: looked for: its words join the matcher's vocabulary, so a place is no person's name
#: (`@name`: "back in Nigeria I found that a boy ..." names no one).
PLACE = "place"

PEOPLE = "people"

TIE = "tie"

#: The kind of a word naming whom a share counts (entry COUNTED: "patients", "cases") or
#: saying how they fared (entry: the red flag it earns, "improved", "relief"), read from a
#: sentence, not looked for: a share of patients with no word of faring in its sentence
#: is a figure about something else (`success_rates.Shares`).
SHARE = "share"

#: The kind of a wording that holds a word of faring and says the share fared no better
#: or left ("dropped out", "did not improve"; entry: the red flag it takes), read from
#: the sentence of a share, not looked for: a word of faring inside one is none
#: (`success_rates.Shares`).
UNFARED = "unfared"

#: The kind of a wording of hope ("hope", "someday", "in the future"; entry: the red flag
#: or claim it takes), read from the words before a finding, not looked for: what is
#: hoped for is not claimed (`hopes.Hopes`).
HOPE = "hope"

#: The kind of an entry of `other_senses:` ("[flight|flights] of stairs|steps"), read at
#: the edges of a finding, not looked for: a word its neighbours give another sense
#: claims nothing (`other_senses.OtherSenses`).
SENSE = "sense"

#: The kind of a word by which a yes/no question speaks in the seller's voice ("you",
#: "our"; entry: the red flag it keeps), read from a question, not looked for: a cure or a
#: miracle asked with none of them is the reader's question (`reader_voice.ReaderQuestions`).
VOICE = "voice"

#: The kind of a word that tells a finding as past, hedged or of the procedure's
#: after-effects ("were", "could", "soreness"; entry: the red flag it takes), read in and
#: shortly before a finding, not looked for: such an outcome is no promise
#: (`promises.Unpromised`).
UNPROMISED = "unpromised"

#: The kind of a word of reported speech: a verb of believing, saying or telling, a third
#: party that may be its subject, a word of the advert's own voice (entries: the lists of
#: `reported_speech:`), read from a sentence with a finding, not looked for: a claim that
#: a third party is said to believe, say or have been told is reported, not made
#: (`reported_speech.Reported`).
REPORTING = "reporting"

#: The kind of a word of the body's own course: a wording of a natural capacity, its
#: limit or its decline, a word of the offer or of the seller's voice, a word after which
#: "our" is everyone's (entries: the lists of `own_course:`), read from the clauses of a
#: finding of tissue-regeneration, not looked for, and the phrases of that entry whose
#: heal word keeps to its clause: healing told as the body's own is no claim of the offer
#: (`natural_healing.OwnCourse`).
OWN_COURSE = "own_course"

#: The kind of a word of a rule told: a rule-giver, its verb, a word of duty, a governor,
#: the offer's words that keep a claim (entries: the lists of `rule_frames:`), read around
#: a finding of fda-status-claim and in a list's lead-in, not looked for: the tissue
#: rules' words told as a rule are not the offer's seal (`regulations_told.Rules`).
RULING = "ruling"

#: The kind of a word of whose cells are said safe: donor cells, the patient's own, a
#: word that sets donor cells aside (entries: the lists of `whose_cells:`), read around a
#: finding of own-cells-so-safe, not looked for: no rejection said of donor cells is no
#: own-cells safety (`donor_cells.WhoseCells`).
WHOSE = "whose"

#: The kind of a word of a list of harms or of a study's measures (entries: the lists of
#: `harm_lists:`), read around a match of another disease, not looked for: a disease listed
#: as a harm is no use offered (`harm_lists.HarmLists`).
HARM_WORD = "harm_word"

#: Words right before a guard's first word that set it aside as the thing compared
#: against: "stem cells, not steroids, reduce inflammation", "unlike cortisone"; and
#: pairs of them: "rather than steroids", "instead of painkillers" (a bare "than" is
#: left out: "better than surgery alone" compares, it does not set aside).
SETTING_ASIDE = frozenset({"not", "unlike", "versus", "vs"})

SETTING_ASIDE_PAIRS = frozenset({("rather", "than"), ("instead", "of")})
#: (attack18) A trial's control arm after "than" (or "than the") is set aside as the
#: rival above is: "our patients did better than the placebo group: 90% were pain free"
#: is the offer's figure, not the placebo group's (a treatment after "than" still
#: compares: "better than surgery alone").
CONTROL_ARMS = frozenset({"placebo", "placebos", "sham", "shams", "saline", "dummy", "control"})
#: (review17) The words that open an example of the class a guard names ("such as" by its
#: "as"), and the seller's own word that makes that example the offer: "take an
#: anti-inflammatory such as our stem cell shot" is the reduced-inflammation claim, so the
#: guard of the drug guards nothing there (`spans._offer_as_example`).
EXAMPLE_OF = frozenset({"as", "like", "including"})
OWN_EXAMPLE = frozenset({"our"})
