"""Find benefit claims, condition names and red flags in advertising text.

The rules, kept so that a reader can predict them (docs/matcher.md gives each with the
wordings it was built for):

- Text is read in blocks: a paragraph (lines up to a blank line, or a web page's
  block), or a list item (a line that starts with a bullet, or a number of one or two
  digits and `.` or `)`). Each block is split into sentences at `.`, `!`, `?` and
  `;`, but not at the stops of a dotted abbreviation ("U.S.", "e.g."). A match
  never spans two sentences.
- Words are compared by their stem (`stem`): case, inflections and common endings
  are ignored, so regenerate, regenerates, regenerating and regeneration compare
  alike. A word whose ending would give it an unrelated word's stem keeps its own
  (`stemmer._OWN_STEM`: instalments are not installed, "promising results" are no
  promise of results, a bare "personal" is not "personalized"). Invisible characters
  (soft hyphen, zero-width space and joiners, word joiner, byte-order mark) are removed
  first, so they never hide a word. A word of 2 to 5 capitals in a phrase is an
  acronym: it matches only those capitals, or them with a plural s ("torn ACLs").
- A phrase (syntax in data/check/advert_words.yaml) matches its words in order; `...`
  lets up to GAP other words come between (`...8` up to 8; a gap that starts inside an
  aside in brackets of two words or more ends at its closing bracket:
  `brackets.gap_reach`), `A ~ B` finds A and B in
  either order up to NEAR words apart, `{list}` stands for any phrase of a word list,
  `a|b` for either word, `@name` for a person's name: a word written with a capital
  and then small letters ("Joyce", "Adriana's") that is no word of any phrase and
  none of the common words a sentence starts with (`sentences.NOT_NAMES`), so that
  "Joyce Mitchell, 66, had the procedure" is a named patient's story and "The
  patient, 66, had the procedure" or "This is a 10-year-old study" are not. Each
  word is keyed once, so it costs no more than any other word.
- Negation: a benefit claim or red flag is not counted when a negation ("not",
  "no", "never", "without", "cannot", a word ending in "n't", ...) comes in the
  NEGATION_WINDOW words before it, in the same clause (a comma, colon, dash or a
  word such as "but" or "until" ends the clause: "don't wait, cure ..." is a cure
  claim). An "or" or "nor" within that window carries the negation on to the words
  after it, as far again ("they do not restore disc structure or reverse degeneration"
  denies both), and a negation reaches the last item of a short list it opens, after
  "or" or "nor" ("no guarantees, warranties, or promises of results"; each item before
  it at most LIST_ITEM words, the list within LIST_REACH words: `_last_listed`). The
  window ends before an "and", "or" or "but" that starts a new verb phrase (a word of
  FINITE after it: "without pain and have avoided surgery" claims). After
  "not only" nothing is negated. A negated word of saying or showing
  ("we do not claim", "no evidence that", "has not approved") governs the rest of
  its clause. A "no" (or "the lack of") before a treatment word denies what a relative
  clause of it says the treatment does ("no treatments that stop OA getting worse or
  undo the damage": `negation._denied_means`). "Until now" later in the sentence undoes
  the negation ("no way to reverse it until now"). "Yet" right after a negation ("not
  yet", "aren't yet") ends no clause, and "has yet to" denies as "not yet" does. A
  phrase that starts with a negation ("no side effects") is negated only by one before
  it. A negation between a match's words denies its last word the same way ("the
  damage cannot be reversed"), unless the phrase holds a negation of its own ("could
  not harm you") or the negation is in a relative clause inside the match ("damage
  that surgery can't fix is reversed").
- Not the advert's own claim: nothing after "whether", a warning ("beware", "scam",
  "misleading") or a reported claim ("clinics claim") in the same sentence, nor after
  a cue phrase of the data (`not_asserting:`: "be wary of", "red flag", "clinics that
  promise", "a trial measures how ..."), up to a contrast word whose clause opens in
  the advert's own voice ("some clinics sell shots, but our cells cure arthritis":
  `Reported.own_again`); nothing in the clause of a debunking
  (`debunking:`: "testimonials are not evidence", "does not mean it is safe"), nor in
  a quotation opened right after it (unproven "cures") or closed right before it (the
  same "Call now, space limited" ploy), nor anywhere in a sentence that a debunking
  opens as a label before a colon ("Bad answer: testimonials from patients").
  Nor are the items of a list led in by a warning or a reported claim ("Be wary of
  clinics that:"): the blocks that follow it while each is a bulleted line, or one
  line of at most _ITEM_WORDS (25) words that does not end with ":". A lead-in whose
  last clause only links ("made false claims, for example:") is read by the clause
  before it. Nor are the items that follow such a lead-in and a colon in the same
  block, as long as semicolons part them ("claims were made at the seminar: no
  potential for rejection; no side effects; FDA approval."). Nor is a quotation its
  speaker is said only to claim ('"It turns back the clock," Ryan claimed'), or that
  its hearer "was told" ('"You will walk again without pain," are the words Frank was
  told'): nothing in that sentence is the advert's own claim. Nor is a sentence that an
  aside set off by commas reports as only told or claimed ("stem cells, she was told,
  could regrow the cartilage", "the cells, it is claimed, rebuild discs"; not the
  writer's own "we" or "I": `aside_disowned`). Nor is a word in a list of quoted
  words, two or more quotations side by side with only spaces, commas or semicolons
  between them ('the wording is breathless: "revolutionary," "the cure doctors don't
  want you to know about."'): they are words named, not used (`quoted_lists`), unless
  the writer's own "we", "our" or "us" comes before them ('Our promise: "no side
  effects", "no rejection"'). Nor is a miracle word in scare quotes, a quotation of at
  most SCARE_WORDS words that no "we", "our" or "us" comes before ('your next "Magic
  Injection"': `scare_quoted`). Nor is a word inside a name given in quotes after a
  renaming phrase ('also goes by "cell restoration" or "cell therapy"':
  `quoted_names`). Nor is a claim said of another treatment named before it in its
  clause, ending within RIVAL_REACH words of it ("cortisone shots bring
  relief within days": `rival_treatments:`), unless a word of `claim_keepers:` comes
  before it there ("stem", "our", "avoid", "unlike": `_Rivals`); an example set off by
  commas right before the claim's clause is read with the clause before it ("Most
  drugs, such as steroids, try to ...": `subjects`), and a clause that names no
  treatment and no keeper has its subject read past an aside in brackets or dashes or
  in a label before a colon ("Hyaluronic acid (HA) injections aim to ...", "Cortisone
  injections: quick relief": `subjects.subject_of`); a gloss, an aside in brackets or a
  clause opened by "which" after a comma, is said of the clause before it, and a
  treatment or a trial's control arm that clause ends on, within GLOSS_REACH words,
  takes its claim unless a keeper stands from there on ("a placebo (a harmless dummy
  injection)", "cortisone shots, which are safe": `subjects.glossed`). Nor is a match inside
  the name of an institution, its words capitalised in a run that ends with a head
  word of `institution_names:` or goes back to one through "for" or "of" ("the
  Regenerative Cures Institute", "the Center for Pain Relief": `names`). Nor is a
  share of patients that its sentence does not say fared well ("80% of cases are in the
  knee": `figures`), nor a rate or score named with no figure in its sentence or, for a
  heading or a question, in the sentence right after it ("What is the success rate?":
  `figures`), nor a finding shortly after a wording of hope ("researchers hope stem
  cells could one day cure it": `hopes`), nor a trip told in the past or weighed ("a
  woman travelled to Mexico", "if you are considering treatment in another country":
  `trips`), nor an outcome told as past, hedged or of the procedure's after-effects
  ("within a week he was back on the golf course", "you could be back on the course":
  `promises`), nor what a third party is said to believe, say or have been told ("many
  patients believe the injections regrow cartilage", "they're told the cells cure
  arthritis"; not "our patients say", "patients tell us", nor testimonials-as-evidence:
  `reported`), nor tissue repair told as the body's own course, a natural capacity, its
  limit or its decline, with no word of the offer in its clauses ("cartilage regenerates
  poorly once damaged"), or read across a clause from a heal word whose clause holds its
  object ("healing back pain, stem cell injections ...": `owncourse`).
- A trouble shared along a list of body parts names the knee or hip a later or an
  earlier item ("injuries to her elbow, wrist and knee", "knee, elbow and ankle
  injuries", "shots into the neck, the elbow and the knee") only when every word
  between is a body part or a small word of a list (`body_lists`).
- Two or three body parts joined by "and", "or", "/" or commas before one noun name each
  part's condition: "back and knee pain" is back pain too (`shared_nouns`; the span from
  the earlier part outranks no other condition's name inside it).
- "No" before a subject negates what the verb to be says of it: "no stem cell product
  is FDA approved" (NO_SUBJECT, COPULAS). A "no" that opens its clause's subject denies
  what the clause says was shown, found or proven ("none of the usual injections has
  been shown to regrow cartilage": `negation._denied_finding`).
- A sentence that draws a consequence from the one before it in its block ("This
  means", "As a result", "Therefore" within its first four words), that sets itself
  against it ("By contrast", "Instead": `contrast`), that refers back to its treatment
  ("this approach", "these cells"), or that after a semicolon goes on about the same
  thing ("...; they are ..."), is read a second time joined to that sentence; from
  that reading only matches that start in the one and end in the other count
  (`sentences.follows_on`): "the cells are harvested from the patient's own body. This
  means only minimal risks are involved" says that one's own cells are safe. A sentence
  is joined to one other at most. A pair of `linked:` raises its flag from such a
  reading only, its first half in the one sentence and its second in the other
  (`linked`).
- A negation reaches into a relative clause of what it denies, when the clause says
  what that thing is: "they do not come in a form that is FDA approved" ("that",
  "which" or "who" and a verb to be right after it, within NEAR words of the negation,
  the word within RELATIVE_REACH words of the verb; RELATIVE).
- A condition is negated only by a negated word of offering ("we do not treat neck
  pain"); "no more knee pain" still names knee pain.
- Guards: a match is dropped where a guard phrase of its entry matches words it
  shares ("anti-inflammatory drugs" is not the reduced-inflammation claim), unless the
  guard starts on a rival the sentence sets aside ("stem cells, not steroids, reduce
  inflammation"; `_set_aside`).
- Famous people are proof only when tied to a treatment: a testimonial match that
  names them (`famous_people:`) counts only with a word of `proof_ties:` in its
  sentence ("football players tear their ACLs" offers none; `testimonials`).
- One person's story over several sentences: an outcome half (one person better off) is
  testimonials-as-evidence when a told half (one person with the treatment) is in its
  sentence or one of the `stories.REACH` sentences before it; the halves are never
  reported themselves ("Johna's stem cells went into her discs. ... she has improved
  every day since"; `stories`). A harm half (one person or patients harmed or let
  down) drops the flag's matches in its sentence and the REACH sentences around it: a
  story of harm is a warning, not proof ("Read Paul's story. He ... came home
  paralysed").
- A yes/no question ("Is it safe?") makes no benefit claim: a sentence ending with
  "?" whose verb ("is", "can", ...) is its first word, after up to three that lead
  into one ("And above all, is it safe?", "Q: Is PRP FDA approved?"). A seller's
  lead-in about the reader's plight or search for the best, the verb, "you" and a word
  of PLIGHT, or of SEARCH with one of BEST after it ("Do you suffer from knee pain?",
  "Are you looking for the best hospital in India at an affordable cost?"), is no such
  question (`sentences._lead_in`). Nor does it raise a cure or a miracle (the entries of
  `reader_questions:`) unless a word of the seller's voice puts it to the reader or says
  it as the page's own ("Can stem cells cure your knee pain?"; `voice`). A question the
  page answers yes in the very next sentence of its block, or a "whether" so answered,
  is read as a statement ("Can stem cells help me avoid surgery? The answer is now yes.");
  a question whether an operation is the only way, denied there ("Is surgery my only
  option? Not necessarily."), is read joined to its denial (`answers`). A question of
  any form in the reader's own first person ("How soon can I run again?") raises none
  of the flags a yes/no question does not, nor a story (`_NOT_ASKED_BY_READER`).
- An entry of a reference list quotes a study's title: it claims nothing for the
  advert and names no condition of the page's (the label spec keeps a condition named
  only in a cited paper's title borderline). An entry is numbered or holds an
  identifier ("[3] Smith J, et al. ...", "... 2019; doi 10.1/x": `is_numbered_or_identified`),
  or is known by its shape, authors or a journal first with a year, a volume and pages
  ("Centeno C, et al. ... Int Orthop. 2014;38(9):1889-93"; `is_citation`); a study's
  title alone on the line before one of the last kind is one too (`citations`).
- Of two condition names that overlap, the longer wins ("rheumatoid arthritis" is
  not also "arthritis").
- Of other diseases' names found one inside another at the same place, the many-conditions
  count keeps only the longer ("traumatic brain injury" is not also "brain injury";
  `report._inside_longer`).
- A disease's own kind is no other condition: another disease's name in a singular
  noun phrase led by "this", or by "a"/"an" after "is", "as" ..., with only words of a
  kind between ("RA is a chronic autoimmune disease", "this autoimmune disorder"), is
  the disease named again and not counted for many-conditions (`kinds`).
- `scan` also reports each different cue of a sentence (kind CUE) and each offer of
  the text's own (kind OFFER, dropped when negated or after a cue, like a claim, or
  where a guard of `offer` matches: "its injections cost from" is another's price), from
  which the report tells a text that warns throughout from an advert
  (`report.reads_as_warning`).
"""

from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from stemcell_cli.check import linked, ruled, whosecells

if TYPE_CHECKING:
    from stemcell_cli.check.genre import Genre
from stemcell_cli.check.answers import answers_yes, as_stated, denies
from stemcell_cli.check.body_lists import between_listed, reads_a_list
from stemcell_cli.check.brackets import gap_reach
from stemcell_cli.check.citations import (
    IDENTIFIERS,
    NUMBERED_STARTS,
    is_citation,
    is_numbered_or_identified,
    is_title,
    opens_with_entry,
)
from stemcell_cli.check.figures import COUNTED, FRACTIONS, RATED, REFERS, Shares, holds_figure
from stemcell_cli.check.hopes import ENDS, KEEPERS, Hopes
from stemcell_cli.check.kinds import names_kind
from stemcell_cli.check.linked import HALF as LINKED_HALF
from stemcell_cli.check.names import InstitutionNames
from stemcell_cli.check.negation import NEGATING, NOT_ASSERTING, negated
from stemcell_cli.check.owncourse import COURSE, COURSE_WORDS, ONE_CLAUSE, OwnCourse
from stemcell_cli.check.owncourse import ENTRY as COURSE_ENTRY
from stemcell_cli.check.owncourse import OFFER as COURSE_OFFER
from stemcell_cli.check.owncourse import PEOPLE as COURSE_PEOPLE
from stemcell_cli.check.owncourse import SELLER as COURSE_SELLER
from stemcell_cli.check.phrases import (
    NAME,
    Compiler,
    Flat,
    ListError,
    PhraseError,
    flatten,
    phrase_word_keys,
    plain_words,
    quoted,
    written_words,
)
from stemcell_cli.check.promises import Unpromised
from stemcell_cli.check.reported import ASSURING as REPORT_ASSURING
from stemcell_cli.check.reported import HEARD_OWN as REPORT_HEARD_OWN
from stemcell_cli.check.reported import HEARERS as REPORT_HEARERS
from stemcell_cli.check.reported import HEARING as REPORT_HEARING
from stemcell_cli.check.reported import HEARING_KEPT as REPORT_HEARING_KEPT
from stemcell_cli.check.reported import KEEPERS as REPORT_KEEPERS
from stemcell_cli.check.reported import SUBJECTS as REPORT_SUBJECTS
from stemcell_cli.check.reported import VERBS as REPORT_VERBS
from stemcell_cli.check.reported import Reported
from stemcell_cli.check.ruled import Rules
from stemcell_cli.check.senses import OtherSenses, parse
from stemcell_cli.check.sentences import (
    SENTENCE_END,
    WORD,
    Block,
    Token,
    aside_disowned,
    asks_in_first_person,
    asks_yes_or_no,
    blank_addresses,
    blocks,
    fold,
    follows_on,
    heading_breaks,
    is_list_item,
    last_clause,
    quote_disowned,
    quoted_lists,
    quoted_names,
    scare_quoted,
    split_words,
    tokens,
    used_keys,
    with_verb_stems,
    word_keys,
    word_places,
)
from stemcell_cli.check.shared_nouns import earlier_parts, part_places, shared_keys
from stemcell_cli.check.stories import ENTRY as STORY_ENTRY
from stemcell_cli.check.stories import HARM as STORY_HARM
from stemcell_cli.check.stories import HARM_ENTRY as STORY_HARM_ENTRY
from stemcell_cli.check.stories import KINDS as STORY_HALVES
from stemcell_cli.check.stories import OUTCOME as STORY_OUTCOME
from stemcell_cli.check.stories import Story
from stemcell_cli.check.subjects import glossed, lead_starts, subject_of, subject_start
from stemcell_cli.check.testimonials import ENTRY as FAMOUS_ENTRY
from stemcell_cli.check.testimonials import FamousProof
from stemcell_cli.check.trips import KEEPER as TRIP_KEEPER
from stemcell_cli.check.trips import TOLD as TRIP_TOLD
from stemcell_cli.check.trips import WEIGHED as TRIP_WEIGHED
from stemcell_cli.check.trips import Trips
from stemcell_cli.check.usualcare import (
    COMPARING,
    fails,
    is_heading,
    modifier_start,
    names_usual_care,
)
from stemcell_cli.check.usualcare import SECTION_ENTRY as USUAL_SECTION_ENTRY
from stemcell_cli.check.voice import ReaderQuestions
from stemcell_cli.check.whosecells import WhoseCells


class Phrase(NamedTuple):
    """Something to look for: `kind` is benefit, condition, red_flag, other_condition,
    or one of the kinds that only help read them (GUARD, CUE, the halves: _HALVES)."""

    kind: str
    entry_id: str
    text: str


class _Awaiting(Phrase):
    """A phrase found naming a rate or a score with no figure in its sentence
    (`figures.Shares.figureless`): it stands only as a heading's or a question's, when the
    sentence right after it holds a figure (`Matcher._settle`)."""

    __slots__ = ()


class SharedNoun(Phrase):
    """A condition phrase read for a body part that shares the noun of the part next to
    it ("back" in "back and knee pain": `shared_nouns`); its span, from that part to the
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


#: How much more a common word (Matcher's `common`) weighs than another when the
#: matcher picks the word it looks a wording up by.
_COMMON_WEIGHT = 50


def _by_rarity(wording: Flat, common: frozenset[str]) -> list[frozenset[str]]:
    """The keys of each word of `wording`, the word least likely to be in a sentence
    first: the matcher looks a wording up by the first (its anchor), and then checks
    the others are in the sentence, the rarest first so that a miss is found soon."""
    return sorted(
        dict.fromkeys(keys for keys, _ in wording),
        key=lambda keys: sum(_COMMON_WEIGHT if key in common else 1 for key in keys),
    )


def _end(
    wording: Flat,
    index: int,
    pos: int,
    keys: Sequence[frozenset[str]],
    reach: Sequence[int] | None = None,
) -> int:
    """The end (exclusive) of a match of wording[index:] from `pos` on, or -1. With
    `reach` (`brackets.gap_reach`), a gap after a word in an aside ends at the aside's
    closing bracket."""
    size = len(wording)
    # Words that must come right after the one before have one place to be in: no
    # backtracking is needed until a word that may come after a gap.
    while index < size and not wording[index][1]:
        if pos >= len(keys) or wording[index][0].isdisjoint(keys[pos]):
            return -1
        index += 1
        pos += 1
    if index == size:
        return pos
    wanted, gap = wording[index]
    stop = min(pos + gap + 1, len(keys))
    if reach is not None and reach[pos - 1] < stop:
        stop = reach[pos - 1]
    for at in range(pos, stop):
        if not wanted.isdisjoint(keys[at]):
            end = _end(wording, index + 1, at + 1, keys, reach)
            if end >= 0:
                return end
    return -1


#: The kind of one half of a pair of wordings that makes a red flag only with the
#: other half (`Lexicon.pairs`); read like a red flag, then joined by the report.
PART = "part"
#: The kinds of the halves of a warning sign said in two pieces, each read like a red
#: flag: a pair's (PART), a linked pair's over two sentences (`linked`), a story's
#: (`stories`).
_HALVES = frozenset({PART, LINKED_HALF, *STORY_HALVES})
#: The kind of a red flag that, like a benefit claim, a yes/no question does not raise
#: ("Are my own cells safe?" asks; `Lexicon.stated_only`); reported as a red flag.
STATED = "stated"
#: The kind of a wording by which a page offers something of its own ("we offer", "call
#: us", "book a consultation"): `scan` reports it unless negated or reported, and a page
#: with none may read as a warning (`report.reads_as_warning`).
OFFER = "offer"
_NEGATABLE = frozenset(
    {"benefit", "red_flag", "other_condition", "condition", STATED, OFFER, *_HALVES}
)
#: Kinds a yes/no question does not claim.
_NOT_ASKED = frozenset({"benefit", STATED, *STORY_HALVES})
#: Kinds that no question in the reader's own first person raises, yes/no or not ("How
#: soon can I walk again?", "When will I be pain free?": the reader asks; round
#: forward1): the warning signs a yes/no question does not raise, and a story's halves.
_NOT_ASKED_BY_READER = frozenset({STATED, *STORY_HALVES})
#: The kind of a guard phrase: it names words that are not the claim of its entry
#: ("anti-inflammatory drugs" is not the reduced-inflammation claim).
GUARD = "guard"
#: The kind of a cue phrase: from its first word on, nothing in the sentence is the
#: advert's own claim ("be wary of clinics that promise a cure", "some clinics claim").
CUE = "cue"
_NOT_ASSERTING_CUE = (CUE, "not-asserting")
#: A debunking cue ("testimonials are not evidence"): nothing in its clause is the
#: advert's own claim.
_DEBUNKING_CUE = (CUE, "debunking")
#: The kind of a treatment named in a sentence: another one (entry RIVAL, one word or
#: two: "steroid", "knee replacement"), or a word that keeps a claim the advert's
#: (entry OWN, one word: its own kind of treatment, "stem", "cells", "our"; another one
#: set aside, "avoid", "unlike"); both are read from the clause, not looked for. A claim
#: whose clause names another treatment before it, within RIVAL_REACH words, and none of
#: the OWN words before it, is said of that other treatment: "cortisone shots bring
#: relief within days" promises nothing for stem cells.
RIVAL = "rival"
OWN = "own"
#: How many words may stand between the end of another treatment and the claim it takes.
RIVAL_REACH = 8
#: (promise4) How many words may stand before another treatment at the start of a
#: promise's subject ("A well-placed cortisone shot ... can produce relief within a few
#: days": `_Rivals.heads`).
SUBJECT_REACH = 4
#: Words that keep a claim the advert's before another treatment (`claim_keepers:`) but
#: compare it after it, where it is the subject: "opioids were no more effective than
#: non-opioid treatments at improving function over 12 months" is said of opioids.
_COMPARING: frozenset[str] = frozenset().union(*map(word_keys, ("than", "versus", "vs", "unlike")))
#: "No" compares too right before a comparative ("no more effective", "did no better"),
#: and sets aside elsewhere ("surgery is no longer the only option, and ...").
_NO: frozenset[str] = word_keys("no")
_COMPARATIVES: frozenset[str] = frozenset().union(
    *map(word_keys, ("more", "better", "less", "worse", "greater", "different"))
)
#: Words that make a treatment after them part of another noun, not a promise's subject:
#: "patients who failed cortisone", "relief from steroids", "patients with failed surgery".
_NOT_HEAD: frozenset[str] = frozenset().union(
    *map(
        word_keys,
        ("who", "whom", "whose", "which", "with", "without", "after", "of", "for", "from",
         "to", "by", "despite", "than", "like", "and", "or", "failed", "tried"),
    )
)  # fmt: skip
#: Words that tell who is meant by the lead's first words: a treatment named after them
#: ("Patients in whom cortisone failed, ...") is no subject of a promise.
_WHO: frozenset[str] = frozenset().union(*map(word_keys, ("who", "whom", "whose", "which")))
#: Words of the reader: a promise said to the reader after another treatment is named
#: ("surgery is not needed, and you will be back to sport in weeks") is the advert's.
_READER: frozenset[str] = frozenset().union(*map(word_keys, ("you", "your", "yours")))
#: How many words may follow a treatment at the end of the clause a gloss says
#: something of ("a saline injection, which is harmless": `subjects.glossed`).
GLOSS_REACH = 2
#: The kind of a head word of the names of institutions ("Institute", "Center"), read
#: around a capitalised match, not looked for: a match inside a name is no claim
#: (`names.InstitutionNames`).
INSTITUTION = "institution"
#: The kind of a word naming famous people (entry PEOPLE: athlete, celebrity, NFL) or
#: tying them to a treatment (entry TIE: stem, PRP, used, endorsed, our), read from a
#: sentence, not looked for: a testimonial naming famous people needs a tie in its
#: sentence (`testimonials.FamousProof`).
FAMOUS = "famous"
PEOPLE = "people"
TIE = "tie"
#: The kind of a word naming whom a share counts (entry COUNTED: "patients", "cases") or
#: saying how they fared (entry: the red flag it earns, "improved", "relief"), read from a
#: sentence, not looked for: a share of patients with no word of faring in its sentence
#: is a figure about something else (`figures.Shares`).
SHARE = "share"
#: The kind of a wording that holds a word of faring and says the share fared no better
#: or left ("dropped out", "did not improve"; entry: the red flag it takes), read from
#: the sentence of a share, not looked for: a word of faring inside one is none
#: (`figures.Shares`).
UNFARED = "unfared"
#: The kind of a wording of hope ("hope", "someday", "in the future"; entry: the red flag
#: or claim it takes), read from the words before a finding, not looked for: what is
#: hoped for is not claimed (`hopes.Hopes`).
HOPE = "hope"
#: The kinds of a word of a trip told ("travelled", "went") or weighed ("considering";
#: entry: the red flag it takes) and of a word that keeps a trip offered ("our", "we"),
#: read at and before a finding and in its sentence, not looked for: a trip told or
#: weighed is no trip offered (`trips.Trips`).
_TRIPS = frozenset({TRIP_TOLD, TRIP_WEIGHED, TRIP_KEEPER})
#: The span of a story's harm half (`stories`) in a sentence: patients harmed there, so a
#: trip found in it is a harm told, not offered (`trips.Trips.harm_told`).
_HARM_SPAN = (STORY_HARM, STORY_HARM_ENTRY)
#: The kind of an entry of `other_senses:` ("[flight|flights] of stairs|steps"), read at
#: the edges of a finding, not looked for: a word its neighbours give another sense
#: claims nothing (`senses.OtherSenses`).
SENSE = "sense"
#: The kind of a word by which a yes/no question speaks in the seller's voice ("you",
#: "our"; entry: the red flag it keeps), read from a question, not looked for: a cure or a
#: miracle asked with none of them is the reader's question (`voice.ReaderQuestions`).
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
#: (`reported.Reported`).
REPORTING = "reporting"
#: The kind of a word of the body's own course: a wording of a natural capacity, its
#: limit or its decline, a word of the offer or of the seller's voice, a word after which
#: "our" is everyone's (entries: the lists of `own_course:`), read from the clauses of a
#: finding of tissue-regeneration, not looked for, and the phrases of that entry whose
#: heal word keeps to its clause: healing told as the body's own is no claim of the offer
#: (`owncourse.OwnCourse`).
OWN_COURSE = "own_course"
#: The kind of a word of a rule told: a rule-giver, its verb, a word of duty, a governor,
#: the offer's words that keep a claim (entries: the lists of `rule_frames:`), read around
#: a finding of fda-status-claim and in a list's lead-in, not looked for: the tissue
#: rules' words told as a rule are not the offer's seal (`ruled.Rules`).
RULING = "ruling"
#: The kind of a word of whose cells are said safe: donor cells, the patient's own, a
#: word that sets donor cells aside (entries: the lists of `whose_cells:`), read around a
#: finding of own-cells-so-safe, not looked for: no rejection said of donor cells is no
#: own-cells safety (`whosecells.WhoseCells`).
WHOSE = "whose"
#: The one red flag that is about a report itself: patients' reports offered as proof.
_REPORTS_ITSELF = "testimonials-as-evidence"
#: The entries whose words in scare quotes are named, not used ('a "breakthrough" shot':
#: `sentences.scare_quoted`), and the marks that may open such a quotation.
_SCARE_QUOTED = frozenset({"miracle-language"})
_SCARE_MARKS = ('"', "\u201c", "\u2018", "'")
#: The kinds of phrases read around a finding or in its sentence, not looked for: those
#: whose words are compared as written, not by stem (`phrases.written_words`), and
#: RIVAL, INSTITUTION and FAMOUS, read by stem (`_clause_words`), and SENSE
#: (`senses.parse`).
_WRITTEN_KINDS = frozenset(
    {SHARE, UNFARED, HOPE, VOICE, UNPROMISED, REPORTING, RULING, OWN_COURSE, WHOSE, *_TRIPS}
)
_READ_KINDS = frozenset({RIVAL, INSTITUTION, FAMOUS, SENSE, *_WRITTEN_KINDS})
#: Kinds that another treatment named before them can take.
_RIVALLED = frozenset({"benefit", "red_flag", STATED, *_HALVES})
#: Kinds that a name of an institution holds without claiming them (an offer there
#: stays one: "call the Pain Relief Center").
_NAMED_IN_NAMES = frozenset(
    {"benefit", "red_flag", "condition", "other_condition", STATED, *_HALVES}
)
_NOT_FOUND = frozenset({GUARD, CUE})
#: What a cue takes away: claims and warning signs, and diseases counted for the
#: many-conditions warning sign (conditions named stay named).
_ASSERTED = frozenset({"benefit", "red_flag", "other_condition", STATED, OFFER, *_HALVES})

_new_tuple = tuple.__new__
#: How many different sentences `Matcher._read` takes at once (a bit each in the masks
#: of `Matcher._passing`), and how many sentences may wait for them: this bounds the
#: memory a long text takes while it is read.
_SENTENCES_AT_ONCE = 1024
#: The kinds of match that name a disease: none counts from a reference list's entry.
_CONDITION_KINDS = frozenset({"condition", "other_condition"})
_WAITING = 4096
#: A sentence as `Matcher.scan` reads it: its text, whether it asks, whether a lead-in
#: reports it.
_Reading = tuple[str, bool, bool]


#: A compiled wording: the numbers of the phrases it is a wording of (one, or more when
#: phrases share it: `Matcher.__init__`), its words (keys and gap), and the keys of each
#: of its words, rarest first: the first is its anchor, and all must be in a sentence
#: for the wording to match.
Wording = tuple[tuple[int, ...], Flat, tuple[frozenset[str], ...]]


class Matcher:
    """Compiled phrases; `scan` finds them in a text.

    Each wording of a phrase is filed under the keys of its rarest word (its anchor;
    `common` lists words so frequent in adverts that they are a poor choice). `scan`
    takes the wordings filed under the words of the text, finds for each the sentences
    that hold every one of its words (`_passing`), and tries it word by word in those
    only (`_spans_of`).
    """

    #: The genre model of the page reading (check/genre.py), set where the matcher of
    #: the data is made (`wordings.matcher_for`, kept in its cache); None: the page is
    #: read by its cues alone (`report.reads_as_warning`).
    genre: "Genre | None" = None

    def __init__(
        self,
        phrases: Iterable[Phrase],
        groups: Mapping[str, Sequence[str]] | None = None,
        common: Iterable[str] = (),
    ) -> None:
        self._phrases: list[Phrase] = []
        self._wordings: list[Wording] = []
        anchors: dict[str, list[int]] = {}
        frequent = frozenset(key for word in common for key in phrase_word_keys(word))
        compiler = Compiler(groups)
        # Equal keys, sets of keys, words and lists of them are one object each: `state`
        # then stores each once (marshal refers back to it), which reads back with about
        # a quarter fewer instructions than 112,000 sets built anew, and equal sets are
        # found at once in the dictionaries of `_passing` and `_spans_of`.
        shared: dict[object, Any] = {}
        one = shared.setdefault
        # A wording of several phrases is tried once for all of them (a list that two
        # entries use, "{own-cells}", is 2,446 wordings): a phrase joins the last wording
        # of the same words, unless its entry has a wording after that one, so that each
        # entry's wordings keep their order (of two that match the same words, the first
        # phrase is reported).
        numbers: list[list[int]] = []
        last: dict[Flat, int] = {}
        entries: dict[tuple[str, str], int] = {}
        for phrase in phrases:
            if phrase.kind in _READ_KINDS:  # read, not looked for
                _read_words(phrase)  # (refused here if it is not of their shape)
                self._phrases.append(phrase)
                continue
            try:
                wordings = flatten(compiler.phrase(phrase.text))
            except ListError:
                raise  # (the list's problem, not this entry's)
            except PhraseError as exc:
                raise PhraseError(f"{phrase.kind} {phrase.entry_id}: {exc}") from None
            number = len(self._phrases)
            self._phrases.append(phrase)
            entry = (phrase.kind, phrase.entry_id)
            for wording in dict.fromkeys(wordings):
                if len(wording) == 1 and wording[0][0] <= frequent:
                    raise PhraseError(
                        f"{phrase.kind} {phrase.entry_id}: a phrase that can be one common"
                        " word (common_words:) alone matches almost any sentence:"
                        f" {quoted(phrase.text)}"
                    )
                wording = one(
                    wording,
                    tuple(
                        one((keys, gap), (one(keys, frozenset(one(k, k) for k in keys)), gap))
                        for keys, gap in wording
                    ),
                )
                at = last.get(wording, -1)
                if at < 0 or entries.get(entry, -1) > at:
                    at = last[wording] = len(numbers)
                    numbers.append([])
                    needed = _by_rarity(wording, frequent)
                    for key in needed[0]:
                        anchors.setdefault(one(key, key), []).append(at)
                    self._wordings.append(((), wording, one(tuple(needed), tuple(needed))))
                numbers[at].append(number)
                entries[entry] = at
        compiler.every_list()  # (a list no phrase uses has its mistakes found too)
        self._wordings = [
            (one(tuple(found), tuple(found)), wording, needed)
            for found, (_, wording, needed) in zip(numbers, self._wordings, strict=True)
        ]
        self._anchors = {key: tuple(found) for key, found in anchors.items()}
        self._anchor_keys = frozenset(self._anchors)
        self._read_rule_lists()
        self._vocabulary = with_verb_stems(
            frozenset().union(
                self._rivals.first,
                self._famous.keys,
                *(n for _, _, needed in self._wordings for n in needed),
            )
        )
        self._known: dict[str, frozenset[str]] = {}
        # The phrases that hold a negation or a reporting word of their own in a wording
        # ("could not harm you"): worked out here, where the phrases are compiled, and
        # kept with them (finding a phrase's wordings in a run cost 24 million
        # instructions on a 100 KB page, for a few dozen matches with a negation inside).
        self._negating_numbers = tuple(
            sorted(
                {
                    number
                    for numbers_of, wording, _ in self._wordings
                    if _holds_negation(wording)
                    for number in numbers_of
                }
            )
        )
        self._negating = frozenset(map(self._phrases.__getitem__, self._negating_numbers))

    def state(self) -> dict[str, Any]:
        """Plain values (for `marshal`) from which `from_state` makes this matcher again:
        its tables as they are, the reading rules' (`_RULE_TABLES`) too, so that a run
        that reads them back neither checks nor builds anything."""
        return {
            "phrases": [tuple(p) for p in self._phrases],
            "wordings": self._wordings,
            "anchors": self._anchors,
            "vocabulary": self._vocabulary,
            "negating": self._negating_numbers,
            "rules": {name: vars(getattr(self, name)) for name in _RULE_TABLES},
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> "Matcher":
        """The matcher whose `state` this is, taken as it is: it is given only what
        `state` returned, kept by a cache that serves it only to the program that wrote
        it, compiled from the same phrases and word lists (`compiled`). Checking it or
        building the rules' tables again cost about as much as reading it (speed6)."""
        matcher = cls.__new__(cls)
        phrases = [_new_tuple(Phrase, p) for p in state["phrases"]]
        anchors = state["anchors"]
        negating = state["negating"]
        matcher._phrases = phrases
        matcher._wordings = state["wordings"]
        matcher._anchors = anchors
        matcher._anchor_keys = frozenset(anchors)
        matcher._vocabulary = state["vocabulary"]
        matcher._known = {}
        matcher._negating_numbers = negating
        matcher._negating = frozenset(map(phrases.__getitem__, negating))
        rules = state["rules"]
        for name, table in _RULE_TABLES.items():
            rule: Any = object.__new__(table)
            rule.__dict__.update(rules[name])
            setattr(matcher, name, rule)
        return matcher

    def _read_rule_lists(self) -> None:
        """The lists the reading rules take from the phrases (other treatments, names of
        institutions, famous people, shares and rates, hopes, trips, other senses, the
        seller's voice, words that unsay a promise), built from the phrases when the
        matcher is compiled; one read from the cache takes them as kept (`from_state`), so
        each table set here is listed in `_RULE_TABLES` too."""
        self._rivals = _Rivals(self._phrases)
        self._names = _names_of(self._phrases)
        self._famous = _famous_of(self._phrases)
        self._shares = _shares_of(self._phrases)
        self._hopes = _hopes_of(self._phrases)
        self._senses = _senses_of(self._phrases)
        self._trips = _trips_of(self._phrases)
        self._voices = ReaderQuestions(_words_by_entry(self._phrases, VOICE))
        self._unpromised = Unpromised(_words_by_entry(self._phrases, UNPROMISED))
        self._course = _course_of(self._phrases)
        said = _words_by_entry(self._phrases, REPORTING)
        self._reported = Reported(
            said.get(REPORT_SUBJECTS, ()),
            said.get(REPORT_VERBS, ()),
            said.get(REPORT_KEEPERS, ()),
            said.get(REPORT_ASSURING, ()),
            said.get(REPORT_HEARING, ()),
            said.get(REPORT_HEARERS, ()),
            said.get(REPORT_HEARING_KEPT, ()),
            said.get(REPORT_HEARD_OWN, ()),
        )
        told = _words_by_entry(self._phrases, RULING)
        self._rules = Rules(*(told.get(name, ()) for name in ruled.LISTS))
        whose = _words_by_entry(self._phrases, WHOSE)
        self._whose = WhoseCells(*(whose.get(name, ()) for name in whosecells.LISTS))

    def scan(self, lines: Sequence[str], numbers: Sequence[int] | None = None) -> list[Match]:
        """Every match in `lines`; `numbers` gives each line's number (default 1, 2, ...)."""
        split = SENTENCE_END.split
        # The items of a list led in by a warning or a reported claim ("Warning signs:",
        # "the sales pitch:") are not the advert's own claims either.
        reported = False
        # The items of a list led in by a rule told ("the cells must come from facilities
        # that are:") are the rule's, not the offer's seal (`ruled`): their blocks, by the
        # index of their first line.
        ruling = False
        ruled_blocks: set[int] = set()
        # The blocks of a section whose heading names another treatment (`usualcare`):
        # reduced-inflammation there is that treatment's, unless its sentence names the
        # offer (inflam1).
        usual_section = False
        usual_blocks: set[int] = set()
        # The blocks of a reference list known by their shape (`citations`) and the
        # titles right before them: they name no condition of the page's either.
        cited_blocks: set[int] = set()
        # What a sentence holds depends on its words alone, whether it asks and whether
        # a lead-in reports it: each such reading is worked out once, however often the
        # text repeats it (a call to action, a footer line), and the new ones many at a
        # time (`_read`). Meanwhile their sentences wait: (reading, block, offset).
        read: dict[_Reading, list[tuple[Phrase, int, int, str]]] = {}
        new: dict[_Reading, None] = {}
        waiting: list[tuple[_Reading, Block, int, int, int]] = []
        found: list[Match] = []
        # The page's sentences so far, in order: a safety with no cells of its own is
        # said of the cells the sentences before it name (`whosecells`); each waiting
        # sentence keeps its place here.
        said: list[str] = []
        # Where one person's story was told with the treatment (`stories`).
        story = Story()
        # A heading's or a question's rate waiting for its figure (`_Awaiting`).
        awaited: list[Match] = []
        settle = partial(
            self._settle,
            read,
            new,
            waiting,
            found,
            numbers,
            story,
            awaited,
            ruled_blocks,
            usual_blocks,
            cited_blocks,
            said,
        )
        # Whether the text holds an identifier or a web address anywhere: if not, no
        # block needs looking at for them (most adverts have none).
        whole = "\n".join(lines)
        marked = any(mark in whole for mark in IDENTIFIERS)
        del whole
        # Whether the block is an entry of a reference list by its shape alone, as found
        # when it was the next block (`citations`): a study's title on its own line right
        # before one is no claim either.
        cites: bool | None = None
        paragraphs = blocks(lines)
        following = next(paragraphs, None)
        while following is not None:
            block, following = following, next(paragraphs, None)
            text = block.text
            if cites is None:
                cites = is_citation(text)
            cites_next = following is not None and is_citation(following.text)
            if is_heading(text):
                usual_section = self._rivals.titles(text)
            elif usual_section:
                usual_blocks.add(block.line_indexes[0])
            if reported and not is_list_item(text):
                reported = False
            if ruling:
                if is_list_item(text):
                    ruled_blocks.add(block.line_indexes[0])
                else:
                    ruling = False
            # An entry of a reference list, of any kind, quotes a study's title: it
            # claims nothing for the advert and names no condition of the page's
            # (`citations`). A web address is not prose.
            address = marked and ("://" in text or "www." in text)
            reference_entry = bool(
                cites
                or (
                    following is not None
                    and cites_next
                    and is_title(text)
                    and opens_with_entry(following.text)
                )
                or (
                    (marked or text[0] in NUMBERED_STARTS)
                    and is_numbered_or_identified(text, address)
                )
            )
            if reference_entry:
                cited_blocks.add(block.line_indexes[0])
            cited = reference_entry or reported
            cites = cites_next
            if address:
                text = blank_addresses(text)
            # sentence, its end, sentence, its end, ..., the last sentence (maybe empty);
            # a heading on a line of its own ends its sentence (`heading_breaks`)
            ended = text if text.isascii() else text.replace("\u2022", "|")
            parts = split(heading_breaks(ended) if block.capitals else ended)
            last = len(parts) - 1
            start = 0
            # Items after a colon, split by semicolons, of a lead-in in the same block
            # ("claims were made at the seminar: no rejection; no side effects; ...").
            listed = False
            # The sentence before, while the next may go on from it (`follows_on`).
            before: tuple[str, int, bool] | None = None
            # The sentence before, always (a question its answer is joined to: `answers`).
            previous: tuple[str, int, bool] | None = None
            for index in range(0, last + 1, 2):
                sentence = parts[index]
                if sentence:
                    disowned = (
                        cited
                        or listed
                        or (('"' in sentence or "\u201d" in sentence) and quote_disowned(sentence))
                        or ("," in sentence and aside_disowned(sentence))
                    )
                    asks = index < last and "?" in parts[index + 1]
                    if index + 2 <= last and _answered_yes(sentence, asks, parts[index + 2]):
                        # A question answered yes is the page's claim (`answers`).
                        sentence, asks = as_stated(sentence), False
                    readings = [((sentence, asks, disowned), start, -1)]
                    # Read once more with the sentence before it, when it goes on from that
                    # one or is a denial that answers that one's question; only matches
                    # that start in that one and end in this one count from it.
                    joined_to = None
                    if before is not None and follows_on(sentence, parts[index - 1]):
                        joined_to = before
                    elif previous is not None and "?" in parts[index - 1] and denies(sentence):
                        joined_to = previous
                    if joined_to is not None:
                        text_before, start_before, disowned_before = joined_to
                        joined = text_before + parts[index - 1] + sentence
                        across = len(text_before) + len(parts[index - 1])
                        readings.append(
                            ((joined, asks, disowned or disowned_before), start_before, across)
                        )
                        before = None
                    else:
                        before = (sentence, start, disowned)
                    previous = (sentence, start, disowned)
                    said.append(sentence)
                    for reading, at, across in readings:
                        waiting.append((reading, block, at, across, len(said) - 1))
                        if reading not in read:
                            new[reading] = None
                            if len(new) >= _SENTENCES_AT_ONCE:
                                settle()
                else:
                    before = previous = None
                if index < last:
                    start += len(sentence) + len(parts[index + 1])
                    listed = ";" in parts[index + 1] and (listed or self._lists_reported(sentence))
                    if parts[index + 1] == "|" and text[start - 1] == "\n":
                        # a heading's end: what follows is not read on from it
                        before = previous = None
            if len(waiting) >= _WAITING:
                settle()
            if text.endswith(":") and not reported:
                reported = self._leads_in_reported(text)
            if text.endswith(":") and self._rules:
                ruling = (ruling and is_list_item(text)) or self._rules.leads_in(
                    split_words(parts[last])
                )
        settle()
        found.sort(key=_MATCH_ORDER)
        return found

    def _settle(
        self,
        read: dict[_Reading, list[tuple[Phrase, int, int, str]]],
        new: dict[_Reading, None],
        waiting: list[tuple[_Reading, Block, int, int, int]],
        found: list[Match],
        numbers: Sequence[int] | None,
        story: Story,
        awaited: list[Match],
        ruled_blocks: set[int],
        usual_blocks: set[int],
        cited_blocks: set[int],
        said: list[str],
    ) -> None:
        """Read the `new` readings, then add the matches of each `waiting` sentence to
        `found`; both are emptied. A sentence read with the one before it (its `across`
        the place where it starts, else -1) adds only the matches that reach across.
        The halves of a story (`stories`) are read in the order of the sentences, never
        reported: an outcome within reach of a told half is the flag. The halves of a
        linked pair count only from a joined reading, as its flag (`linked.across`). A
        heading's or a question's rate with no figure (`_Awaiting`) waits in `awaited`
        for the sentence right after it, and stands only if that one holds a figure. In
        the items of a list a rule told leads in (`ruled_blocks`), fda-status-claim is
        the rule's (`ruled`); in the blocks of a section about another treatment
        (`usual_blocks`), reduced-inflammation is that treatment's unless its sentence
        names the offer (`_Rivals.names_offer`). own-cells-so-safe in a sentence that
        names no cells is said of the cells the nearest of the sentences before it that
        names some names (`said`, the page's sentences; `whosecells.WhoseCells.before`):
        donor cells there make it no own-cells safety."""
        if new:
            readings = list(new)
            read.update(zip(readings, self._read(readings), strict=True))
            new.clear()
        whose = self._whose
        for reading, block, start, across, at in waiting:
            matches = read[reading]
            if across < 0:
                story.sentence += 1
                if awaited:
                    if holds_figure(split_words(reading[0])):
                        found.append(awaited[0])
                    awaited.clear()
            counts: bool | None = None
            halves: list[tuple[str, int, int, str]] = []
            for phrase, first, last, shown in matches:
                if phrase.kind == LINKED_HALF:
                    if across >= 0 and not reading[1]:  # (a question raises none)
                        halves.append((phrase.entry_id, first, last, shown))
                    continue
                if across >= 0 and not first < across < last:
                    continue
                if (
                    ruled_blocks
                    and phrase.entry_id == ruled.ENTRY
                    and block.line_indexes[0] in ruled_blocks
                ):
                    continue
                if (
                    cited_blocks
                    and block.line_indexes[0] in cited_blocks
                    and phrase.kind in _CONDITION_KINDS
                ):
                    continue
                if (
                    usual_blocks
                    and phrase.entry_id == USUAL_SECTION_ENTRY
                    and block.line_indexes[0] in usual_blocks
                    and not self._rivals.names_offer(reading[0])
                ):
                    continue
                # no rejection said after donor cells were named: "We use umbilical cord
                # stem cells. They carry a reduced risk of immune rejection."
                if (
                    phrase.entry_id == whosecells.ENTRY
                    and whose
                    and whose.said_before(split_words(reading[0]), said, at)
                ):
                    continue
                kind = phrase.kind
                if kind in STORY_HALVES:
                    if across >= 0:
                        continue
                    if counts is None:
                        counts = story.outcome_counts(m[0].kind for m in matches)
                    if kind != STORY_OUTCOME or not counts:
                        continue
                    kind = "red_flag"
                line_index, column = block.place(start + first)
                number = numbers[line_index] if numbers is not None else line_index + 1
                match = _new_tuple(
                    Match, (kind, phrase.entry_id, phrase.text, number, column + 1, shown)
                )
                if type(phrase) is _Awaiting:
                    # a heading (a block of one sentence with no full stop, or a line the
                    # sentence after it is split from: `heading_breaks`) or a question
                    ends = start + len(reading[0])
                    if across < 0 and (
                        reading[1]
                        or (not start and reading[0] == block.text)
                        or block.text[ends : ends + 1] == "\n"
                    ):
                        awaited[:] = [match]
                    continue
                if phrase.entry_id == STORY_ENTRY:
                    # a story of harm told within reach is no proof (`stories`)
                    if story.harmed_near():
                        continue
                    story.flag(len(found))
                found.append(match)
            if story.flagged and story.harmed == story.sentence and across < 0:
                found[:] = story.unharmed(found)
            for flag_id, first, _, shown in linked.across(halves, across) if halves else ():
                line_index, column = block.place(start + first)
                number = numbers[line_index] if numbers is not None else line_index + 1
                found.append(Match("red_flag", flag_id, "", number, column + 1, shown))
        waiting.clear()

    def _read(
        self, readings: Sequence[tuple[str, bool, bool]]
    ) -> list[list[tuple[Phrase, int, int, str]]]:
        """The matches of each reading (sentence, asks, reported): (phrase, start, end,
        text shown), the places counted in characters from the sentence's start.

        The different sentences are read _SENTENCES_AT_ONCE at a time: which of them
        hold all the words of a wording is found for all of them at once, with bit
        masks (`_passing`), and no more than that many are held in memory word by word.
        """
        by_text: dict[str, list[int]] = {}
        for number, reading in enumerate(readings):
            by_text.setdefault(reading[0], []).append(number)
        texts = list(by_text.items())
        found: list[list[tuple[Phrase, int, int, str]]] = [[]] * len(readings)
        known = self._known
        vocabulary = self._vocabulary
        for offset in range(0, len(texts), _SENTENCES_AT_ONCE):
            some = texts[offset : offset + _SENTENCES_AT_ONCE]
            words_of = [split_words(text) for text, _ in some]
            if len(known) > 200_000:
                known.clear()
            # Only the keys some wording uses matter here; most words have none.
            new = list(set(chain.from_iterable(words_of)).difference(known))
            known.update(zip(new, used_keys(new, vocabulary, NAME), strict=True))
            keys_of = [list(map(known.__getitem__, words)) for words in words_of]
            for at, passing in self._passing(keys_of).items():
                text, numbers = some[at]
                # a gap in an aside ends at its closing bracket (`brackets.gap_reach`)
                reach = (
                    gap_reach(text, word_places(text, words_of[at], len(words_of[at])))
                    if ")" in text or "]" in text
                    else None
                )
                spans = self._spans_of(passing, keys_of[at], reach)
                if spans:
                    parts = part_places(words_of[at])
                    if parts:
                        self._share_nouns(text, words_of[at], keys_of[at], parts, passing, spans)
                    for number in numbers:
                        _, asks, reported = readings[number]
                        found[number] = self._chosen(
                            text, words_of[at], keys_of[at], spans, asks, reported
                        )
        return found

    def _share_nouns(
        self,
        sentence: str,
        words: Sequence[str],
        keys: Sequence[frozenset[str]],
        parts: Sequence[int],
        passing: Sequence[int],
        spans: dict[tuple[str, str], list[tuple[Phrase, int, int]]],
    ) -> None:
        """Add to `spans` the conditions of the body parts (at `parts`) that share the
        noun of a later part (`shared_nouns`): a condition phrase of two words or more,
        with no gap, that begins at that later part when the earlier part's words stand
        there. Its span runs from the earlier part to the noun ("back and knee pain" as
        back pain)."""
        wordings = self._wordings
        phrases = self._phrases
        for at in parts[1:]:
            for part in earlier_parts(sentence, words, at):
                # only the condition wordings that begin with the earlier part
                first = keys[part]
                starting = [
                    index
                    for index in passing
                    if not first.isdisjoint(wordings[index][1][0][0])
                    and any(phrases[n].kind == "condition" for n in wordings[index][0])
                ]
                if not starting:
                    continue
                swapped = self._spans_of(starting, shared_keys(keys, at, part))
                for entry, found in swapped.items():
                    for phrase, start, end in found:
                        if (
                            start == at
                            and end - start > 1
                            and phrase.kind == "condition"
                            and "..." not in phrase.text
                            and " ~ " not in phrase.text
                        ):
                            shared = _new_tuple(SharedNoun, phrase)
                            spans.setdefault(entry, []).append((shared, part, end))

    def _passing(self, keys_of: Sequence[Sequence[frozenset[str]]]) -> dict[int, list[int]]:
        """The wordings each sentence holds all the words of, by sentence, in the order
        of the wordings (of two that match the same words, the first phrase is
        reported)."""
        holding: dict[str, int] = {}  # key -> a bit for each sentence that holds it
        anchor_keys = self._anchor_keys
        get = holding.get
        for at, keys in enumerate(keys_of):
            present = frozenset().union(*keys)
            if present.isdisjoint(anchor_keys):
                continue
            bit = 1 << at
            for key in present:
                holding[key] = get(key, 0) | bit
        anchors = self._anchors
        candidates: set[int] = set()
        for key in anchor_keys.intersection(holding):
            candidates.update(anchors[key])
        wordings = self._wordings
        holding_any: dict[frozenset[str], int] = {}
        passing: dict[int, list[int]] = {}
        for index in sorted(candidates):
            hit = -1
            for needed in wordings[index][2]:
                mask = holding_any.get(needed)
                if mask is None:
                    mask = 0
                    for key in needed:
                        mask |= get(key, 0)
                    holding_any[needed] = mask
                hit &= mask
                if not hit:
                    break
            while hit:  # each sentence that holds them, the last first
                at = hit.bit_length() - 1
                hit ^= 1 << at
                found = passing.get(at)
                if found is None:
                    passing[at] = [index]
                else:
                    found.append(index)
        return passing

    def _lists_reported(self, sentence: str) -> bool:
        """Whether a sentence that a semicolon ends leads in a list of reported claims
        after its colon ("claims were made at the seminar: no potential for rejection;")."""
        colon = sentence.rfind(":")
        return colon > 0 and self._leads_in_reported(sentence[: colon + 1])

    def _leads_in_reported(self, text: str) -> bool:
        """Whether the last clause of a block ending with ":" holds a warning or a
        reported claim ("Be wary of clinics that:"; not "Unlike clinics that promise
        cures, we:", whose list is the advert's own)."""
        words = WORD.findall(last_clause(text[:-1]))
        if any(word.casefold() in NOT_ASSERTING for word in words):
            return True
        spans = self._spans([word_keys(word) for word in words]) if words else None
        return bool(spans and _NOT_ASSERTING_CUE in spans)

    def _spans(
        self, keys: Sequence[frozenset[str]]
    ) -> dict[tuple[str, str], list[tuple[Phrase, int, int]]] | None:
        """Every (phrase, first word, end) that matches the words with these keys."""
        present = frozenset().union(*keys)
        hits = present.intersection(self._anchor_keys)
        if not hits:
            return None
        anchors = self._anchors
        wordings = self._wordings
        # The wordings whose every word the sentence holds, in the order of the phrases
        # (of two wordings that match the same words, the first phrase is reported).
        passing = []
        for key in hits:
            for index in anchors[key]:
                for needed in wordings[index][2]:
                    if needed.isdisjoint(present):
                        break
                else:
                    passing.append(index)
        if not passing:
            return None
        if len(hits) > 1:  # (a wording filed under two of the keys passes twice)
            passing = sorted(set(passing))
        return self._spans_of(passing, keys)

    def _usual_care(self, sentence: str, clauses: Sequence[Token], start: int, end: int) -> bool:
        """Whether the finding at `clauses[start:end]` names the usual care a page sets
        beside its offer (`usualcare.names_usual_care`, with `_Rivals`' lists)."""
        rivals = self._rivals
        return names_usual_care(
            sentence,
            clauses,
            start,
            end,
            rivals.keeps,
            lambda at: rivals.starts_at(clauses, at),
        )

    def _negates_itself(self, phrase: Phrase) -> bool:
        """Whether a wording of `phrase` holds a negation or a reporting word of its own
        ("could not harm you"; `_holds_negation`)."""
        return phrase in self._negating

    def _spans_of(
        self,
        passing: Iterable[int],
        keys: Sequence[frozenset[str]],
        reach: Sequence[int] | None = None,
    ) -> dict[tuple[str, str], list[tuple[Phrase, int, int]]]:
        """Where the `passing` wordings (each of whose words the sentence holds) match
        the words with these keys: (phrase, first word, end) by (kind, entry id); with
        `reach`, no gap runs past the bracket closing an aside it starts in (`_end`)."""
        spans: dict[tuple[str, str], list[tuple[Phrase, int, int]]] = {}
        # The places of each key in the sentence, found in one pass over its words
        # (rather than trying the keys of each first word against every word).
        places: dict[str, list[int]] = {}
        for at, word in enumerate(keys):
            for key in word:
                found = places.get(key)
                if found is None:
                    places[key] = [at]
                else:
                    found.append(at)
        # Where the first word of each passing wording is: worked out once per set of
        # keys (wordings of one list share them), in order.
        where: dict[frozenset[str], Sequence[int]] = {}
        phrases = self._phrases
        wordings = self._wordings
        for index in passing:
            numbers, wording, _ = wordings[index]
            first = wording[0][0]
            starts = where.get(first)
            if starts is None:
                if len(first) == 1:
                    [key] = first
                    starts = places.get(key, ())
                else:  # (a word of a list: most of its keys are not in the sentence)
                    held = first.intersection(places)
                    if len(held) == 1:
                        [key] = held
                        starts = places[key]
                    else:
                        starts = sorted(set().union(*map(places.__getitem__, held)))
                where[first] = starts
            size = len(wording)
            # (`A ~ B` asks for nearness, not a gap: it reads past an aside's end)
            bound = (
                None
                if reach is None or any(" ~ " in phrases[number].text for number in numbers)
                else reach
            )
            for start in starts:
                end = start + 1 if size == 1 else _end(wording, 1, start + 1, keys, bound)
                if end >= 0:
                    for number in numbers:
                        phrase = phrases[number]
                        # phrase[:2] is (kind, entry_id)
                        spans.setdefault(phrase[:2], []).append((phrase, start, end))
        return spans

    def _chosen(
        self,
        sentence: str,
        words: Sequence[str],
        keys: Sequence[frozenset[str]],
        spans: dict[tuple[str, str], list[tuple[Phrase, int, int]]],
        asks: bool,
        reported: bool,
    ) -> list[tuple[Phrase, int, int, str]]:
        """The matches in one sentence, of its `words` and the `spans` found in them:
        (phrase, start, end, text shown), the places counted in characters from the
        sentence's start (with `reported`, conditions only). Places, clauses and
        negations are worked out only here, for the sentences that hold a match."""
        question = asks and asks_yes_or_no(words, sentence)
        # a question in the reader's own first person asks, whatever its form
        own_question = asks and not question and asks_in_first_person(words)
        # Clauses and negations are worked out only when a negation may be there.
        clauses: list[Token] | None = None
        if (
            not NEGATING.isdisjoint(map(str.casefold, words))
            or "'t" in sentence
            or "'T" in sentence
            or "yet to" in sentence
        ) and any(entry[0] in _NEGATABLE for entry in spans):
            clauses = tokens(sentence, 0, words)
        rival_words = self._rivals.first
        guards = {
            entry[1]: [
                span
                for span in found
                if not (keys[span[1]] & rival_words and _set_aside(words, span[1]))
            ]
            for entry, found in spans.items()
            if entry[0] == GUARD
        }
        cues = spans.get(_NOT_ASSERTING_CUE)
        # Nothing from a cue on (a warning, a reported claim) is the advert's own claim.
        asserted_until = min(start for _, start, _ in cues) if cues else len(words)
        # ... up to a contrast word that gives the advert its voice back ("some clinics
        # sell shots, but our cells cure arthritis"), and again from a later cue
        own_from = own_until = len(words)
        if reported:
            asserted_until = 0
        elif cues:
            own_from = self._reported.own_again([fold(word) for word in words], asserted_until)
            own_until = min(
                (start for _, start, _ in cues if start >= own_from), default=len(words)
            )
        # What a third party is said to believe, say or have been told (`reported`).
        said: tuple[int, int] | None = None
        # (a verb of the list is written in small letters: after its subject)
        if asserted_until and not self._reported.verbs.isdisjoint(words):
            folded = [fold(word) for word in words]
            if self._reported.may_report(folded):
                if clauses is None:
                    clauses = tokens(sentence, 0, words)
                said = self._reported.reported_span(folded, clauses)
        # A story the reader or a third party hears of is hearsay, not the page's proof
        # (testimonials-as-evidence only; `reported.Reported.heard_span`).
        heard: tuple[int, int] | None = None
        if asserted_until and not self._reported.hearing.isdisjoint(words):
            if clauses is None:
                clauses = tokens(sentence, 0, words)
            heard = self._reported.heard_span([fold(word) for word in words], clauses)
        debunked_clauses: set[int] = set()
        debunked = spans.get(_DEBUNKING_CUE)
        if debunked:
            if clauses is None:
                clauses = tokens(sentence, 0, words)
            debunked_clauses = {clauses[start].clause for _, start, _ in debunked}
            # a word in quotes right after the debunking is what it debunks: unproven
            # "cures" (the quote mark ends a clause)
            debunked_clauses.update(
                clauses[end].clause
                for _, _, end in debunked
                if end < len(clauses) and _opens_quote(sentence, clauses[end - 1], clauses[end])
            )
            # and a quotation closed right before it: the same "Call now, space limited"
            # ploy
            for _, start, end in debunked:
                debunked_clauses.update(_quoted_before(sentence, clauses, start))
                if not start and _labels(sentence, clauses, end):
                    debunked_clauses.update(word.clause for word in clauses)
        # Whether another treatment may be named here: worked out at the first claim.
        rivals: bool | None = None
        names = self._names
        famous = self._famous
        shares = self._shares
        hopes = self._hopes
        course = self._course
        # whether the sentence may tell the body's own course: worked out at the first
        # finding of its entry (`owncourse`)
        told: bool | None = None
        trips = self._trips
        senses = self._senses
        voices = self._voices
        unpromised = self._unpromised
        rules = self._rules
        whose = self._whose
        # Words in a list of quotations, or in a name given in quotes ("also known as
        # "cell restoration""), are named, not used (`sentences.quoted_lists`,
        # `sentences.quoted_names`).
        listed = (
            quoted_lists(sentence) + quoted_names(sentence)
            if '"' in sentence or "\u201c" in sentence
            else []
        )
        listed_places = word_places(sentence, words, len(words)) if listed else []
        # Hype words in scare quotes: worked out at the first finding of such an entry.
        scared: list[tuple[int, int]] | None = None
        scared_places: list[tuple[int, int]] = []
        chosen: dict[tuple[str, str], tuple[Phrase, int, int]] = {}
        # Each different cue is reported once per sentence too: how many a page holds
        # tells a warning from an advert (`report.reads_as_warning`).
        noticed: dict[str, tuple[Phrase, int, int]] = {}
        for entry, candidates in spans.items():
            if entry[0] in _NOT_FOUND:
                if entry[0] == CUE:
                    for span in candidates:
                        noticed.setdefault(span[0].text, span)
                continue
            if len(candidates) > 1:
                candidates.sort(key=_span_order)
            negatable = clauses is not None and entry[0] in _NEGATABLE
            guard = guards.get(entry[1])
            # a rate named with no figure, taken only if nothing else of the entry is
            figureless: tuple[Phrase, int, int] | None = None
            for phrase, start, end in candidates:
                if question and phrase.kind in _NOT_ASKED:
                    break
                if own_question and phrase.kind in _NOT_ASKED_BY_READER:
                    break
                if question and voices and voices.asked(entry[1], words):
                    break
                if guard and any(g_start < end and start < g_end for _, g_start, g_end in guard):
                    continue
                # a list of body parts: only they may stand between ("a bad neck,
                # shoulder and hip"; `body_lists`)
                if (
                    phrase.kind == "condition"
                    and reads_a_list(phrase.text)
                    and not between_listed(words, start, end, phrase.text)
                ):
                    continue
                if entry[1] == FAMOUS_ENTRY and famous and famous.untied(keys, start, end):
                    continue
                # no rejection said of donor cells: "cord blood carries a very low risk
                # of rejection" (`whosecells`)
                if entry[1] == whosecells.ENTRY and whose and whose.donors(words):
                    continue
                # a disease's own kind is no other condition ("RA is an autoimmune
                # disease"; `kinds`)
                if phrase.kind == "other_condition" and names_kind(words, start, end):
                    continue
                if (
                    listed
                    and phrase.kind in _NAMED_IN_QUOTES
                    and _inside(listed_places[start][0], listed_places[end - 1][1], listed)
                ):
                    continue
                if entry[1] in _SCARE_QUOTED:
                    if scared is None:
                        scared = (
                            scare_quoted(sentence)
                            if any(mark in sentence for mark in _SCARE_MARKS)
                            else []
                        )
                        scared_places = word_places(sentence, words, len(words)) if scared else []
                    if scared and _inside(
                        scared_places[start][0], scared_places[end - 1][1], scared
                    ):
                        continue
                if phrase.kind in _ASSERTED and (
                    (start >= asserted_until and not own_from <= start < own_until)
                    or (
                        said is not None
                        and said[0] <= start < said[1]
                        and entry[1] != _REPORTS_ITSELF
                    )
                    or (
                        heard is not None
                        and heard[0] <= start < heard[1]
                        and entry[1] == _REPORTS_ITSELF
                    )
                    or (bool(debunked_clauses) and clauses[start].clause in debunked_clauses)  # type: ignore[index]
                ):
                    continue
                if (
                    names
                    and phrase.kind in _NAMED_IN_NAMES
                    and words[start][:1].isupper()
                    and (head := names.head_of(words, start, end)) is not None
                ):
                    if clauses is None:
                        clauses = tokens(sentence, 0, words)
                    if clauses[head].clause == clauses[start].clause:
                        continue
                if phrase.kind in _RIVALLED and senses and senses.other(words, start, end):
                    continue
                if phrase.kind in _RIVALLED:
                    if rivals is None:
                        rivals = self._rivals.named(keys)
                        if rivals and clauses is None:
                            clauses = tokens(sentence, 0, words)
                    if rivals and self._rivals.said_of(sentence, clauses, start):  # type: ignore[arg-type]
                        continue
                    # a promise whose subject is another treatment: "a cortisone shot
                    # into a facet joint, a knee, or a bursa can produce relief within
                    # a few days" (promise4, `_Rivals.heads`)
                    if (
                        rivals
                        and entry[1] in unpromised.words
                        and self._rivals.heads(sentence, clauses, start)  # type: ignore[arg-type]
                    ):
                        continue
                    # a claim word naming the usual care: "nonoperative care (weight
                    # loss, bracing) failed" (`usualcare`)
                    if (opens := modifier_start(words, start)) >= 0:
                        if clauses is None:
                            clauses = tokens(sentence, 0, words)
                        if self._usual_care(sentence, clauses, opens, end):
                            continue
                    if shares and shares.unearned(entry[1], words, keys, start, end):
                        continue
                    # two numbers that are no fraction: "60-100 cc's of the patient's"
                    # (`figures`)
                    if shares and shares.ranged(entry[1], sentence, words, keys, start):
                        continue
                    if hopes and hopes.may_hope(entry[1], words):
                        if clauses is None:
                            clauses = tokens(sentence, 0, words)
                        if hopes.hoped(entry[1], sentence, clauses, start):
                            continue
                    # the body's own course, not the offer's: "cartilage regenerates
                    # poorly once damaged" (`owncourse`)
                    if course and entry[1] == COURSE_ENTRY:
                        if told is None:
                            told = course.may_tell(words)
                        if told or course.may_reach(phrase.text, start, end):
                            if clauses is None:
                                clauses = tokens(sentence, 0, words)
                            if course.reaches_across(phrase.text, clauses, start, end) or (
                                told and course.told(clauses, start, end)
                            ):
                                continue
                    if unpromised and unpromised.may_unsay(entry[1], words):
                        if clauses is None:
                            clauses = tokens(sentence, 0, words)
                        if unpromised.unsaid(entry[1], clauses, start, end, sentence):
                            continue
                    if trips and (
                        trips.not_offered(entry[1], words, start, end)
                        # patients harmed abroad: a harm told, not a trip offered
                        or (_HARM_SPAN in spans and trips.harm_told(entry[1], words))
                    ):
                        continue
                    # the tissue rules' words told as a rule: "the law requires that the
                    # cells be stored in an FDA-registered facility", or their
                    # abbreviation spelled out: "tissue-based products (HCT/Ps)" (`ruled`)
                    if (
                        entry[1] == ruled.ENTRY
                        and rules
                        and (
                            rules.told(words, start)
                            or rules.glossed(sentence, words, start, end)
                            or rules.usual_care(words, start, end)
                        )
                    ):
                        continue
                if negatable and (
                    negated(clauses, start, phrase.kind)  # type: ignore[arg-type]
                    or (
                        end - start > 1
                        and phrase.kind in _NEGATED_INSIDE
                        and not self._negates_itself(phrase)
                        and not _relative_between(clauses, start, end - 1)  # type: ignore[arg-type]
                        and negated(clauses, end - 1, phrase.kind)  # type: ignore[arg-type]
                    )
                ):
                    continue
                if shares and shares.figureless(entry[1], words, start, end):
                    if figureless is None:
                        figureless = (_new_tuple(_Awaiting, phrase), start, end)
                    continue
                chosen[entry] = (phrase, start, end)
                break
            else:
                if figureless is not None:
                    chosen[entry] = figureless
        if len(chosen) > 1:
            chosen = _longest_conditions(chosen)
        if not chosen and not noticed:
            return []
        shown = [*chosen.values(), *noticed.values()]
        if clauses is not None:
            places = [(t.block_start, t.block_end) for t in clauses]
        else:
            places = word_places(sentence, words, max(end for _, _, end in shown))
        matches = []
        for phrase, first, end in shown:
            start_at = places[first][0]
            end_at = places[end - 1][1]
            matches.append((phrase, start_at, end_at, " ".join(sentence[start_at:end_at].split())))
        return matches


def _answered_yes(sentence: str, asks: bool, answer: str) -> bool:
    """Whether a sentence asks (a yes/no question, or a "whether" clause) and the next
    sentence, `answer`, answers it yes (`answers`)."""
    if not (asks or "hether" in sentence) or not answers_yes(answer):
        return False
    return "hether" in sentence or asks_yes_or_no(split_words(sentence), sentence)


_MATCH_ORDER = itemgetter(3, 4, 0, 1)
_QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u2018"})


def _opens_quote(sentence: str, before: Token, after: Token) -> bool:
    """Whether only an opening quotation mark stands between two words."""
    return sentence[before.block_end : after.block_start].strip() in _QUOTE_MARKS


def _labels(sentence: str, words: Sequence[Token], end: int) -> bool:
    """Whether the words before `end` open the sentence as a label: a colon follows."""
    after = words[end].block_start if end < len(words) else len(sentence)
    return ":" in sentence[words[end - 1].block_end : after]


#: Kinds that a list of quoted words, or a name given in quotes, only names
#: (`sentences.quoted_lists`, `sentences.quoted_names`).
_NAMED_IN_QUOTES = frozenset({"benefit", "red_flag", STATED, *_HALVES})
#: Kinds whose last word a negation inside the match denies too: "the damage cannot be
#: reversed", "inflammation is not reduced" (not for a phrase with a negation or a
#: reporting word of its own, such as "could not harm you": `Matcher._negates_itself`).
_NEGATED_INSIDE = frozenset({"benefit", "red_flag", STATED, *_HALVES})


class _Rivals:
    """Other treatments and the words that keep a claim the advert's (kind RIVAL), read
    from the words of a clause: each a word, or two words in a row, of a|b|c."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        rivals: list[tuple[frozenset[str], ...]] = []
        keepers: set[str] = set()
        for phrase in phrases:
            if phrase.kind != RIVAL:
                continue
            words = _clause_words(phrase)
            if phrase.entry_id == OWN:
                keepers.update(*words)
            else:
                rivals.append(words)
        self.rivals = tuple(rivals)
        self.first = frozenset().union(*(words[0] for words in rivals))
        self.keepers = frozenset(keepers)

    def named(self, keys: Sequence[frozenset[str]]) -> bool:
        """Whether a sentence, by the keys of its words, may name another treatment (the
        first word of one: these keys are in the matcher's vocabulary)."""
        first = self.first
        return bool(first) and any(not word.isdisjoint(first) for word in keys)

    def said_of(self, text: str, sentence: Sequence[Token], start: int) -> bool:
        """Whether what is found at `start` is said of another treatment: one is named
        before it in its clause, ending within RIVAL_REACH words of it, and no word that
        keeps a claim the advert's comes before it in that clause; or, when the clause
        has neither, one is named in the subject that a mark splits from it
        (`subjects.subject_of`: an aside, whose words are not counted in the reach, or a
        label), and no word there keeps it."""
        clause = sentence[start].clause
        first = start
        while first > 0 and sentence[first - 1].clause == clause:
            first -= 1
        # (past an example set off by commas: "Most drugs, such as steroids, try to ...")
        opened = subject_start(sentence, first)
        before = [word_keys(word.text) for word in sentence[opened:start]]
        keepers = self.keepers
        if any(not keys.isdisjoint(keepers) for keys in before):
            return False
        if self._ends_near(before, len(before)):
            return True
        if opened < first:
            return False
        # (a gloss of another treatment: "a placebo (a harmless dummy injection)",
        # "cortisone shots, which are safe for most people")
        held = glossed(text, sentence, first)
        if held:
            return self._glosses(sentence, held)
        # (past an aside, "Hyaluronic acid (HA) injections aim to ...", or a label,
        # "Cortisone injections: quick relief")
        subject, aside = subject_of(text, sentence, first)
        if not subject:
            return False
        named = [word_keys(sentence[at].text) for at in subject]
        aside_keys = [word_keys(sentence[at].text) for at in aside]
        if any(not keys.isdisjoint(keepers) for keys in (*named, *aside_keys)):
            return False
        # (a rival in the aside ends where the aside ends: "Most injections (steroids,
        # gels) aim to ...")
        return self._ends_near(named, len(named) + len(before)) or (
            bool(aside_keys) and self._ends_near(aside_keys, len(aside_keys) + len(before))
        )

    def heads(self, text: str, sentence: Sequence[Token], start: int) -> bool:
        """Whether what is found at `start`, a promise, is said of another treatment
        that opens its subject (promise4): one starts within SUBJECT_REACH words of a
        start of the finding's lead (`subjects.lead_starts`: its first word, the word
        after a "that" that reports a finding or after a frame's comma), with no word
        that makes it part of another noun between ("patients who failed cortisone",
        "relief from steroids": `_NOT_HEAD`); and no word keeps the claim the advert's
        (`claim_keepers:`) from the lead's first word to the treatment, nor after it
        (where a word that compares it, "than", "no", keeps nothing), and none is the
        reader's ("you"). "A well-placed cortisone shot into an inflamed facet joint, a
        swollen knee, or an irritated bursa can produce meaningful relief within a few
        days" is the shot's."""
        starts = lead_starts(text, sentence, start)
        if not starts:
            return False
        lead = starts[-1]
        keys = [word_keys(word.text) for word in sentence[lead:start]]
        first = self.first
        for opened in starts:
            first_word = opened - lead
            for at in range(first_word, min(first_word + SUBJECT_REACH, len(keys))):
                if not keys[at].isdisjoint(_NOT_HEAD):
                    break
                if keys[at].isdisjoint(first):
                    continue
                ends = next(
                    (
                        at + len(rival)
                        for rival in self.rivals
                        if at + len(rival) <= len(keys)
                        and all(not keys[at + i].isdisjoint(k) for i, k in enumerate(rival))
                    ),
                    0,
                )
                if not ends:
                    continue
                keepers = self.keepers
                return not (
                    any(not word.isdisjoint(keepers) for word in keys[:at])
                    or any(
                        not word.isdisjoint(keepers)
                        and word.isdisjoint(_COMPARING)
                        and not (
                            not word.isdisjoint(_NO)
                            and place + 1 < len(keys)
                            and not keys[place + 1].isdisjoint(_COMPARATIVES)
                        )
                        for place, word in enumerate(keys[ends:], ends)
                    )
                    or any(not word.isdisjoint(_READER) for word in keys)
                    or any(not word.isdisjoint(_WHO) for word in keys[:at])
                )
        return False

    def _glosses(self, sentence: Sequence[Token], held: range) -> bool:
        """Whether the clause `held`, which a gloss follows, ends on another treatment:
        one ends within GLOSS_REACH words of the gloss, and no word that keeps a claim
        the advert's stands from it to the gloss ("our PRP (a safe option)" keeps it)."""
        keys = [word_keys(sentence[at].text) for at in held]
        size = len(keys)
        for at in range(size - 1, max(-1, size - GLOSS_REACH - 3), -1):
            if keys[at].isdisjoint(self.first):
                continue
            for rival in self.rivals:
                end = at + len(rival)
                if (
                    end <= size
                    and size - end <= GLOSS_REACH
                    and all(not keys[at + i].isdisjoint(k) for i, k in enumerate(rival))
                ):
                    return all(word.isdisjoint(self.keepers) for word in keys[at:])
        return False

    def titles(self, heading: str) -> bool:
        """Whether a heading opens a section about another treatment (inflam1): it names
        one ("Conventional Treatment Options", "Home remedies:", "What Are Epidural
        Steroid Injections?"), with no word that keeps a claim the advert's ("Stem Cells
        vs Steroids", "Alternatives to Surgery") and none that tells it failed or tried
        ("When Steroid Injections Fail": `usualcare.fails`)."""
        words = split_words(heading)
        keys = [word_keys(word) for word in words]
        first = self.first
        if not any(not word.isdisjoint(first) for word in keys):
            return False
        keepers = self.keepers
        if any(not word.isdisjoint(keepers) for word in keys) or fails(words):
            return False
        return any(
            not keys[at].isdisjoint(first)
            and any(
                at + len(rival) <= len(keys)
                and all(not keys[at + i].isdisjoint(k) for i, k in enumerate(rival))
                for rival in self.rivals
            )
            for at in range(len(keys))
        )

    def names_offer(self, sentence: str) -> bool:
        """Whether a sentence names the advert's own treatment: a word that keeps a claim
        the advert's and compares nothing ("stem", "cells", "our", "PRP"; not "unlike",
        "without": `usualcare.COMPARING`)."""
        keepers = self.keepers
        return any(
            not word_keys(word).isdisjoint(keepers) and word.casefold() not in COMPARING
            for word in split_words(sentence)
        )

    def keeps(self, text: str) -> bool:
        """Whether a word keeps a claim the advert's (a word of `claim_keepers:`)."""
        return not word_keys(text).isdisjoint(self.keepers)

    def starts_at(self, sentence: Sequence[Token], at: int) -> bool:
        """Whether another treatment is named from `sentence[at]` on."""
        if word_keys(sentence[at].text).isdisjoint(self.first):
            return False
        return any(
            at + len(rival) <= len(sentence)
            and all(not word_keys(sentence[at + i].text).isdisjoint(k) for i, k in enumerate(rival))
            for rival in self.rivals
        )

    def _ends_near(self, words: Sequence[frozenset[str]], size: int) -> bool:
        """Whether another treatment is named in `words` (the keys of words before a
        finding, `size` of them counting those after `words`) and ends within
        RIVAL_REACH of the finding."""
        # (a treatment is one word or two, so it starts at most RIVAL_REACH + 2 back)
        for at in range(max(0, size - RIVAL_REACH - 2), len(words)):
            if words[at].isdisjoint(self.first):
                continue
            for rival in self.rivals:
                end = at + len(rival)
                if (
                    end <= len(words)
                    and size - end <= RIVAL_REACH
                    and all(not words[at + i].isdisjoint(k) for i, k in enumerate(rival))
                ):
                    return True
        return False


#: The reading rules' tables, by the matcher's attribute that holds each: built from the
#: phrases (`Matcher._read_rule_lists`), kept with the compiled matcher as the plain
#: values of their attributes (`Matcher.state`), and made again from them without a
#: call of their `__init__` (`Matcher.from_state`).
_RULE_TABLES: dict[str, type] = {
    "_rivals": _Rivals,
    "_names": InstitutionNames,
    "_famous": FamousProof,
    "_shares": Shares,
    "_hopes": Hopes,
    "_senses": OtherSenses,
    "_trips": Trips,
    "_voices": ReaderQuestions,
    "_unpromised": Unpromised,
    "_course": OwnCourse,
    "_reported": Reported,
    "_rules": Rules,
    "_whose": WhoseCells,
}


def _names_of(phrases: Iterable[Phrase]) -> InstitutionNames:
    return InstitutionNames(phrase.text for phrase in phrases if phrase.kind == INSTITUTION)


def _famous_of(phrases: Iterable[Phrase]) -> FamousProof:
    famous = [p for p in phrases if p.kind == FAMOUS]
    return FamousProof(
        (_clause_words(p)[0] for p in famous if p.entry_id == PEOPLE),
        (_clause_words(p)[0] for p in famous if p.entry_id == TIE),
    )


def _shares_of(phrases: Iterable[Phrase]) -> Shares:
    counted: list[frozenset[str]] = []
    rated: list[frozenset[str]] = []
    refers: list[frozenset[str]] = []
    fractions: list[frozenset[str]] = []
    fared: dict[str, frozenset[str]] = {}
    unfared: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for phrase in phrases:
        if phrase.kind == UNFARED:
            unfared.setdefault(phrase.entry_id, []).append(_written(phrase.text))
        elif phrase.kind == SHARE:
            [words] = _written(phrase.text)
            if phrase.entry_id == COUNTED:
                counted.append(words)
            elif phrase.entry_id == RATED:
                rated.append(words)
            elif phrase.entry_id == REFERS:
                refers.append(words)
            elif phrase.entry_id == FRACTIONS:
                fractions.append(words)
            else:
                fared[phrase.entry_id] = fared.get(phrase.entry_id, frozenset()) | words
    return Shares(counted, fared, rated, refers, fractions, unfared)


def _words_by_entry(phrases: Iterable[Phrase], kind: str) -> dict[str, list[frozenset[str]]]:
    """For each entry, the words of the phrases of `kind`, one word each of a|b|c
    compared as written (`reader_questions:` for `voice.ReaderQuestions`, `unpromised:`
    for `promises.Unpromised`, `told_trips:` and `weighed_trips:` for `trips.Trips`)."""
    by_entry: dict[str, list[frozenset[str]]] = {}
    for phrase in phrases:
        if phrase.kind == kind:
            by_entry.setdefault(phrase.entry_id, []).extend(_written(phrase.text))
    return by_entry


def _senses_of(phrases: Iterable[Phrase]) -> OtherSenses:
    return OtherSenses(phrase.text for phrase in phrases if phrase.kind == SENSE)


def _hopes_of(phrases: Iterable[Phrase]) -> Hopes:
    wordings: dict[str, list[tuple[frozenset[str], ...]]] = {}
    ends: list[frozenset[str]] = []
    keepers: list[frozenset[str]] = []
    for phrase in phrases:
        if phrase.kind == HOPE:
            words = _written(phrase.text)
            if phrase.entry_id == ENDS:
                ends.extend(words)
            elif phrase.entry_id == KEEPERS:
                keepers.extend(words)
            else:
                wordings.setdefault(phrase.entry_id, []).append(words)
    return Hopes(wordings, ends, keepers)


def _course_of(phrases: Iterable[Phrase]) -> OwnCourse:
    lists: dict[str, list[str]] = {}
    for phrase in phrases:
        if phrase.kind == OWN_COURSE:
            lists.setdefault(phrase.entry_id, []).append(phrase.text)

    def words(name: str) -> list[frozenset[str]]:
        return [w for text in lists.get(name, ()) for w in _written(text)]

    return OwnCourse(
        (_written(text) for text in lists.get(COURSE, ())),
        words(COURSE_OFFER),
        words(COURSE_SELLER),
        words(COURSE_PEOPLE),
        lists.get(ONE_CLAUSE, ()),
    )


def _trips_of(phrases: Sequence[Phrase]) -> Trips:
    keepers = [words for p in phrases if p.kind == TRIP_KEEPER for words in _written(p.text)]
    return Trips(
        _words_by_entry(phrases, TRIP_TOLD), _words_by_entry(phrases, TRIP_WEIGHED), keepers
    )


def _written(text: str) -> tuple[frozenset[str], ...]:
    """The words of an entry of a list compared as written (`phrases.written_words`),
    already refused when the matcher was built if not of their shape: only split here,
    since a matcher read back from the cache reads them on every run."""
    return tuple(frozenset(word.casefold().split("|")) for word in text.split())


def _read_words(phrase: Phrase) -> tuple[frozenset[str], ...]:
    """The keys of each word of a phrase read rather than looked for (refused when it is
    not of its kind's shape)."""
    if phrase.kind == SENSE:
        try:
            before, word, after = parse(phrase.text)
        except PhraseError as exc:
            raise PhraseError(f"{phrase.kind}: {exc}") from None
        return (*before, word, *after)
    if phrase.kind not in _WRITTEN_KINDS:
        return _clause_words(phrase)
    if phrase.kind == OWN_COURSE and phrase.entry_id == ONE_CLAUSE:
        return ()  # (a phrase of the entry, checked against it: `wordings`)
    most = 1
    if phrase.kind == UNFARED or (phrase.kind == HOPE and phrase.entry_id not in (ENDS, KEEPERS)):
        most = 3
    elif phrase.kind == OWN_COURSE and phrase.entry_id == COURSE:
        most = COURSE_WORDS
    try:
        return written_words(phrase.text, most)
    except PhraseError as exc:
        raise PhraseError(f"{phrase.kind} {phrase.entry_id}: {exc}") from None


def _clause_words(phrase: Phrase) -> tuple[frozenset[str], ...]:
    """The keys of each word of another treatment (one or two words of a|b|c), of a word
    that keeps a claim the advert's, of a head word of a name, or of a word naming famous
    people or tying them to a treatment (one word of a|b|c)."""
    try:
        return plain_words(phrase.text, pair=phrase[:2] == (RIVAL, RIVAL))
    except PhraseError as exc:
        raise PhraseError(f"{phrase.kind} {phrase.entry_id}: {exc}") from None


def _relative_between(sentence: Sequence[Token], start: int, last: int) -> bool:
    """Whether a relative clause opens inside a match, so that a negation there is its
    own: "damage that surgery can't fix is reversed by our cells"."""
    return any(word.text.casefold() in _RELATIVES for word in sentence[start + 1 : last])


_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


def _holds_negation(wording: Flat) -> bool:
    """Whether a wording holds a negation or a reporting word itself."""
    return any(
        not keys.isdisjoint(NEGATING) or any(key.endswith("n't") for key in keys)
        for keys, _ in wording
    )


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the characters from `start` to `end` lie inside one of `spans`."""
    return any(s_start <= start and end <= s_end for s_start, s_end in spans)


_CLOSING_QUOTES = frozenset({'"', "\u201d"})
_OPENING_QUOTES = frozenset({'"', "\u201c"})


def _quoted_before(sentence: str, words: Sequence[Token], start: int) -> set[int]:
    """The clauses of a quotation that closes right before the word at `start`, or
    none when no closing quotation mark stands there or no opening one before it."""
    if (
        start == 0
        or sentence[words[start - 1].block_end : words[start].block_start].strip()
        not in _CLOSING_QUOTES
    ):
        return set()
    quoted: set[int] = set()
    for index in range(start - 1, -1, -1):
        quoted.add(words[index].clause)
        before = words[index - 1].block_end if index else 0
        if not _OPENING_QUOTES.isdisjoint(sentence[before : words[index].block_start]):
            return quoted
    return set()


#: Words right before a guard's first word that set it aside as the thing compared
#: against: "stem cells, not steroids, reduce inflammation", "unlike cortisone"; and
#: pairs of them: "rather than steroids", "instead of painkillers" (a bare "than" is
#: left out: "better than surgery alone" compares, it does not set aside).
SETTING_ASIDE = frozenset({"not", "unlike", "versus", "vs"})
SETTING_ASIDE_PAIRS = frozenset({("rather", "than"), ("instead", "of")})


def _set_aside(words: Sequence[str], start: int) -> bool:
    """Whether the guard found at `words[start]`, a rival treatment, is named as what the
    claim is set against (SETTING_ASIDE, SETTING_ASIDE_PAIRS), so that it guards nothing:
    the claim is the other side's."""
    before = [word.casefold() for word in words[max(start - 2, 0) : start]]
    if before and before[-1] in SETTING_ASIDE:
        return True
    return len(before) == 2 and (before[0], before[1]) in SETTING_ASIDE_PAIRS


def _span_order(span: tuple[Phrase, int, int]) -> tuple[int, int]:
    return span[1], span[2]


def _longest_conditions(
    spans: dict[tuple[str, str], tuple[Phrase, int, int]],
) -> dict[tuple[str, str], tuple[Phrase, int, int]]:
    """Drop a condition found only inside a longer name of another condition. A wording
    with a gap is no name: "diseases, osteoarthritis of the knees" (diseases ... of
    knees) still names osteoarthritis."""
    conditions = [(k, v) for k, v in spans.items() if k[0] == "condition"]
    for key, (_, start, end) in conditions:
        for other, (phrase, o_start, o_end) in conditions:
            if (
                other != key
                and o_start <= start
                and end <= o_end
                and o_end - o_start > end - start
                and "..." not in phrase.text
                and " ~ " not in phrase.text
                and type(phrase) is not SharedNoun
            ):
                spans.pop(key, None)
                break
    return spans
