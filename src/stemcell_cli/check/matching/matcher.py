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
  aside of two words or more, in brackets or between two dashes,
  ends at the aside's end: `asides.gap_reach`), `A ~ B` finds A and B in
  either order up to NEAR words apart, `{list}` stands for any phrase of a word list,
  `a|b` for either word, `@name` for a person's name: a word written with a capital
  and then small letters ("Joyce", "Adriana's") that is no word of any phrase nor of
  a place (`place_names:`, "Nigeria") and none of the common words a sentence starts
  with (`sentences.NOT_NAMES`), so that
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
  before it there ("stem", "our", "avoid", "unlike": `Rivals`); an example set off by
  commas right before the claim's clause is read with the clause before it ("Most
  drugs, such as steroids, try to ...": `claim_subjects`), and a clause that names no
  treatment and no keeper has its subject read past an aside in brackets or dashes or
  in a label before a colon ("Hyaluronic acid (HA) injections aim to ...", "Cortisone
  injections: quick relief": `claim_subjects.subject_of`); a gloss, an aside in brackets or a
  clause opened by "which" after a comma, is said of the clause before it, and a
  treatment or a trial's control arm that clause ends on, within GLOSS_REACH words,
  takes its claim unless a keeper stands from there on ("a placebo (a harmless dummy
  injection)", "cortisone shots, which are safe": `claim_subjects.glossed`); a clause
  that opens the sentence with "after", "with", "through" ... and ends with a comma is
  read with the claim's clause after it, so a rival it names takes the claim and a keeper
  keeps it ("After a hip replacement, you will regain strength":
  `claim_subjects.fronted`); a promise or a story's outcome whose clause counts it
  "after", "from", "with" ... another treatment, with no keeper there, is that
  treatment's ("needs 6 months to return to the field after ACL surgery", "relief from
  physical therapy": `Rivals.counted_from`). Nor is a match inside
  the name of an institution, its words capitalised in a run that ends with a head
  word of `institution_names:` or goes back to one through "for" or "of" ("the
  Regenerative Cures Institute", "the Center for Pain Relief": `institution_names`). Nor is a
  share of patients that its sentence does not say fared well ("80% of cases are in the
  knee": `success_rates`), nor a rate or score named with no figure in its sentence or, for a
  heading or a question, in the sentence right after it ("What is the success rate?":
  `success_rates`), nor a finding shortly after a wording of hope ("researchers hope stem
  cells could one day cure it": `hopes`), nor a trip told in the past or weighed ("a
  woman travelled to Mexico", "if you are considering treatment in another country":
  `trips_told`), nor an outcome told as past, hedged or of the procedure's after-effects
  ("within a week he was back on the golf course", "you could be back on the course":
  `promises`), nor what a third party is said to believe, say or have been told ("many
  patients believe the injections regrow cartilage", "they're told the cells cure
  arthritis"; not "our patients say", "patients tell us", nor testimonials-as-evidence:
  `reported_speech`), nor tissue repair told as the body's own course, a natural capacity, its
  limit or its decline, with no word of the offer in its clauses ("cartilage regenerates
  poorly once damaged"), or read across a clause from a heal word whose clause holds its
  object ("healing back pain, stem cell injections ...": `natural_healing`).
- A trouble shared along a list of body parts names the knee or hip a later or an
  earlier item ("injuries to her elbow, wrist and knee", "knee, elbow and ankle
  injuries", "shots into the neck, the elbow and the knee") only when every word
  between is a body part or a small word of a list (`body_part_lists`).
- Two or three body parts joined by "and", "or", "/" or commas before one noun name each
  part's condition: "back and knee pain" is back pain too (`shared_condition_nouns`; the span from
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
  (`two_sentence_signs`).
- A negation reaches into a relative clause of what it denies, when the clause says
  what that thing is: "they do not come in a form that is FDA approved" ("that",
  "which" or "who" and a verb to be right after it, within NEAR words of the negation,
  the word within RELATIVE_REACH words of the verb; RELATIVE).
- A condition is negated only by a negated word of offering ("we do not treat neck
  pain"); "no more knee pain" still names knee pain. A disease set apart from the one
  treated by a word of contrast just before it in its clause ("osteoarthritis (distinct
  from rheumatoid arthritis)", "not the same as RA") is not named (`negation.set_apart`).
- Guards: a match is dropped where a guard phrase of its entry matches words it
  shares ("anti-inflammatory drugs" is not the reduced-inflammation claim), unless the
  guard starts on a rival the sentence sets aside ("stem cells, not steroids, reduce
  inflammation"; `_set_aside`).
- Famous people are proof only when tied to a treatment: a testimonial match that
  names them (`famous_people:`) counts only with a word of `proof_ties:` in its
  sentence ("football players tear their ACLs" offers none; `famous_people`).
- One person's story over several sentences: an outcome half (one person better off) is
  testimonials-as-evidence when a told half (one person with the treatment) is in its
  sentence or one of the `patient_stories.REACH` sentences before it; the halves are never
  reported themselves ("Johna's stem cells went into her discs. ... she has improved
  every day since"; `patient_stories`). A harm half (one person or patients harmed or let
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
  it as the page's own ("Can stem cells cure your knee pain?"; `reader_voice`). A question the
  page answers yes in the very next sentence of its block, or a "whether" so answered,
  is read as a statement ("Can stem cells help me avoid surgery? The answer is now yes.");
  a question answered with a flat "No" ("Do our stem cells cure arthritis? No.") claims
  nothing of its own (attack19);
  a question whether an operation is the only way, denied there ("Is surgery my only
  option? Not necessarily."), is read joined to its denial, and a lead-in question that
  opens on a word in -ing ("Thinking about surgery?") to the sentence after it
  (`answered_questions`). A question of
  any form in the reader's own first person ("How soon can I run again?") raises none
  of the flags a yes/no question does not, nor a story (`_NOT_ASKED_BY_READER`).
- An entry of a reference list quotes a study's title: it claims nothing for the
  advert and names no condition of the page's (the label spec keeps a condition named
  only in a cited paper's title borderline). An entry is numbered or holds an
  identifier ("[3] Smith J, et al. ...", "... 2019; doi 10.1/x": `is_numbered_or_identified`),
  or is known by its shape, authors or a journal first with a year, a volume and pages
  ("Centeno C, et al. ... Int Orthop. 2014;38(9):1889-93"; `is_citation`); a study's
  title alone on the line before one of the last kind is one too (`reference_entries`).
  So is a block that opens with a link label and its colon ("Read also:", "Related
  posts:"): another page's title (`links_other_pages`).
- A line of topics joined by spaced dashes ("Abu Dhabi - Regional hub - Organ
  regeneration.") is read one topic at a time: each dash ends a sentence
  (`sentences.topic_breaks`).
- Of two condition names that overlap, the longer wins ("rheumatoid arthritis" is
  not also "arthritis").
- Of other diseases' names found one inside another at the same place, the many-conditions
  count keeps only the longer ("traumatic brain injury" is not also "brain injury";
  `report._inside_longer`).
- A disease's own kind is no other condition: another disease's name in a singular
  noun phrase led by "this", or by "a"/"an" after "is", "as" ..., with only words of a
  kind between ("RA is a chronic autoimmune disease", "this autoimmune disorder"), is
  the disease named again and not counted for many-conditions (`disease_kinds`).
- `scan` also reports each different cue of a sentence (kind CUE) and each offer of
  the text's own (kind OFFER, dropped when negated or after a cue, like a claim, or
  where a guard of `offer` matches: "its injections cost from" is another's price), from
  which the report tells a text that warns throughout from an advert
  (`report.reads_as_warning`).
"""

from collections.abc import Sequence
from functools import partial
from itertools import chain
from operator import itemgetter

from stemcell_cli.check.matching.building import _new_tuple
from stemcell_cli.check.matching.findings import Match, Phrase, SharedNoun, _Awaiting
from stemcell_cli.check.matching.spans import Spans
from stemcell_cli.check.rules import donor_cells, regulations_told, two_sentence_signs
from stemcell_cli.check.rules.answered_questions import (
    answers_no,
    answers_yes,
    as_stated,
    denies,
    leads_in,
)
from stemcell_cli.check.rules.patient_stories import ENTRY as STORY_ENTRY
from stemcell_cli.check.rules.patient_stories import KINDS as STORY_HALVES
from stemcell_cli.check.rules.patient_stories import OUTCOME as STORY_OUTCOME
from stemcell_cli.check.rules.patient_stories import Story
from stemcell_cli.check.rules.reference_entries import (
    IDENTIFIERS,
    LABEL_CHARS,
    NUMBERED_STARTS,
    is_citation,
    is_numbered_or_identified,
    is_title,
    links_other_pages,
    opens_with_entry,
)
from stemcell_cli.check.rules.shared_condition_nouns import earlier_parts, part_places, shared_keys
from stemcell_cli.check.rules.success_rates import (
    holds_figure,
)
from stemcell_cli.check.rules.two_sentence_signs import HALF as LINKED_HALF
from stemcell_cli.check.rules.usual_care import (
    HEADING_WORDS,
    is_heading,
)
from stemcell_cli.check.rules.usual_care import SECTION_ENTRY as USUAL_SECTION_ENTRY
from stemcell_cli.check.words.asides import gap_reach, may_hold_aside
from stemcell_cli.check.words.cut_words import without_cut_end
from stemcell_cli.check.words.phrases import (
    NAME,
)
from stemcell_cli.check.words.sentences import (
    Block,
    aside_disowned,
    asks_yes_or_no,
    blank_addresses,
    blocks,
    follows_on,
    heading_breaks,
    is_list_item,
    quote_disowned,
    split_sentences,
    split_words,
    topic_breaks,
    used_keys,
    word_places,
)

#: How many different sentences `Matcher._read` takes at once (a bit each in the masks
#: of `Matcher._passing`), and how many sentences may wait for them: this bounds the
#: memory a long text takes while it is read. Each batch tries every candidate wording
#: once, so fewer, larger batches cost less, for a little more memory
#: (`benchmarks/SPEED.md`, speed9).
_SENTENCES_AT_ONCE = 4096

#: The kinds of match that name a disease: none counts from a reference list's entry.
_CONDITION_KINDS = frozenset({"condition", "other_condition"})

_WAITING = 4 * _SENTENCES_AT_ONCE

#: What a block's text alone tells `Matcher.scan`: whether it is an entry of a reference
#: list by its shape (`reference_entries.is_citation`), whether a heading it is opens a
#: section about another treatment (`Rivals.titles`; None when it is no heading), whether
#: it is a numbered or identified entry or a list of other pages, and whether it holds a
#: web address.
_BlockFacts = tuple[bool, bool | None, bool, bool]

#: No block longer than this is a heading (`usual_care.is_heading`).
_HEADING_CHARS = 16 * HEADING_WORDS

#: A sentence as `Matcher.scan` reads it: its text, whether it asks, whether a lead-in
#: reports it.
_Reading = tuple[str, bool, bool]

#: A block as `Matcher.scan` reads it (`Matcher._split_block`): its sentences, each with
#: its readings (reading, start, where a joined reading's second sentence starts or -1),
#: and its last part.
_SplitBlock = tuple[list[tuple[str, list[tuple[_Reading, int, int]]]], str]


class Matcher(Spans):
    """Compiled phrases; `scan` finds them in a text.

    Each wording of a phrase is filed under the keys of its rarest word (its anchor;
    `common` lists words so frequent in adverts that they are a poor choice). `scan`
    takes the wordings filed under the words of the text, finds for each the sentences
    that hold every one of its words (`_passing`), and tries it word by word in those
    only (`_spans_of`).
    """

    def _reads_as_name(self, word: str) -> bool:
        """Whether the phrases read `word` as a person's name (`@name`) and as nothing else."""
        return used_keys([word], self._vocabulary, NAME)[0] == {NAME}

    def scan(self, lines: Sequence[str], numbers: Sequence[int] | None = None) -> list[Match]:
        """Every match in `lines`; `numbers` gives each line's number (default 1, 2, ...)."""
        # A word cut off at the text's very end ("... for a curr") is no word
        # (`cut_words`, leftovers5), unless it is read as a name ("worked for Matt").
        lines = without_cut_end(lines, self._reads_as_name)
        # The items of a list led in by a warning or a reported claim ("Warning signs:",
        # "the sales pitch:") are not the advert's own claims either.
        reported = False
        # The items of a list led in by a rule told ("the cells must come from facilities
        # that are:") are the rule's, not the offer's seal (`regulations_told`): their blocks, by
        # the index of their first line.
        ruling = False
        ruled_blocks: set[int] = set()
        # The blocks of a section whose heading names another treatment (`usual_care`):
        # reduced-inflammation there is that treatment's, unless its sentence names the
        # offer (inflam1).
        usual_section = False
        usual_blocks: set[int] = set()
        # The blocks of a reference list known by their shape (`reference_entries`) and the
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
        # Each block's sentences and readings, by what they depend on (`_split_block`).
        split_blocks: dict[tuple[str, bool, bool], _SplitBlock] = {}
        # The page's sentences so far, in order: a safety with no cells of its own is
        # said of the cells the sentences before it name (`donor_cells`); each waiting
        # sentence keeps its place here.
        said: list[str] = []
        # Where one person's story was told with the treatment (`patient_stories`).
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
        # What a block's text alone tells (`_BlockFacts`), worked out once per different
        # text (a long text of pages over and over; a footer), as found when it was the
        # next block: whether it is an entry of a reference list by its shape
        # (`reference_entries`; a study's title on its own line right before one is no
        # claim either), whether it heads a section about another treatment, whether it
        # is a numbered or identified entry or a list of other pages, and whether it
        # holds a web address. Each distinct text is kept once (`source.MAX_BYTES`).
        facts: dict[str, _BlockFacts] = {}

        # Whether a block ending with ":" leads in a warning's or a reported claim's
        # list (`_leads_in_reported`), by its text, likewise.
        leading: dict[str, bool] = {}
        paragraphs = blocks(lines)
        following = next(paragraphs, None)
        ahead = self._facts(facts, following.text, marked) if following is not None else None
        while following is not None and ahead is not None:
            block, following = following, next(paragraphs, None)
            text = block.text
            cites, titles, listed_alone, address = ahead
            if following is None:
                ahead = None
            else:
                ahead = facts.get(following.text) or self._facts(facts, following.text, marked)
            if titles is not None:
                usual_section = titles
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
            # (`reference_entries`). A web address is not prose.
            reference_entry = bool(
                cites
                or (
                    following is not None
                    and ahead is not None
                    and ahead[0]
                    and is_title(text)
                    and opens_with_entry(following.text)
                )
                or listed_alone
            )
            if reference_entry:
                cited_blocks.add(block.line_indexes[0])
            cited = reference_entry or reported
            if address:
                text = blank_addresses(text)
            # A block the text repeats (a footer; a long text of pages over and over) is
            # split into its sentences and readings once. The split reads the block's own
            # text alone, and whether it is disowned: what its place changes (the
            # sentences before it, its section, a list a rule leads in) each occurrence
            # gets below or in `_settle`. Each distinct text is kept once, so the cache
            # grows with the input, which `source.MAX_BYTES` caps.
            key = (text, block.capitals, cited)
            split = split_blocks.get(key)
            if split is None:
                split = split_blocks[key] = self._split_block(text, block.capitals, cited)
            sentences, last_part = split
            for sentence, readings in sentences:
                said.append(sentence)
                for reading, at, across in readings:
                    waiting.append((reading, block, at, across, len(said) - 1))
                    if reading not in read:
                        new[reading] = None
                        if len(new) >= _SENTENCES_AT_ONCE:
                            settle()
            if len(waiting) >= _WAITING:
                settle()
            if text.endswith(":") and not reported:
                lead = leading.get(text)
                if lead is None:
                    lead = leading[text] = self._leads_in_reported(text)
                reported = lead
            if text.endswith(":") and self._rules:
                ruling = (ruling and is_list_item(text)) or self._rules.leads_in(
                    split_words(last_part)
                )
        settle()
        found.sort(key=_MATCH_ORDER)
        return found

    def _facts(self, facts: dict[str, _BlockFacts], text: str, marked: bool) -> _BlockFacts:
        """What a block's `text` alone tells `scan` (`_BlockFacts`), kept in `facts`;
        `marked`, whether the whole text holds an identifier or a web address."""
        # (the tests in front only skip calls that would say no: a citation holds a year
        # or "et al" (`might_cite`), a heading is one short line (`is_heading`), a list
        # of other pages opens with a label and a colon (`links_other_pages`))
        address = marked and ("://" in text or "www." in text)
        found = facts[text] = (
            ("et al" in text or "20" in text or "19" in text) and is_citation(text),
            (
                self._rivals.titles(text)
                if len(text) <= _HEADING_CHARS and "\n" not in text and is_heading(text)
                else None
            ),
            ((marked or text[0] in NUMBERED_STARTS) and is_numbered_or_identified(text, address))
            or (":" in text[:LABEL_CHARS] and links_other_pages(text)),
            address,
        )
        return found

    def _split_block(self, text: str, capitals: bool, cited: bool) -> _SplitBlock:
        """A block's sentences, each with its readings (reading, where it starts in
        `text`, where the sentence starts in a reading joined to the one before it, else
        -1), and the block's last part. `capitals` is `Block.capitals`; `cited`, whether
        the whole block is disowned (a reference list's entry, a reported list's item).
        """
        sentences: list[tuple[str, list[tuple[_Reading, int, int]]]] = []
        # sentence, its end, sentence, its end, ..., the last sentence (maybe empty),
        # a long one in pieces (`split_sentences`); a heading on a line of its own
        # ends its sentence (`heading_breaks`)
        ended = text if text.isascii() else text.replace("\u2022", "|")
        if " - " in ended or "\u2013" in ended or "\u2014" in ended:
            ended = topic_breaks(ended)
        parts = split_sentences(heading_breaks(ended) if capitals else ended)
        last = len(parts) - 1
        start = 0
        # Items after a colon, split by semicolons, of a lead-in in the same block
        # ("claims were made at the seminar: no rejection; no side effects; ...").
        listed = False
        # The sentence before, while the next may go on from it (`follows_on`).
        before: tuple[str, int, bool] | None = None
        # The sentence before, always (a question its answer is joined to:
        # `answered_questions`).
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
                    # A question answered yes is the page's claim (`answered_questions`).
                    sentence, asks = as_stated(sentence), False
                # A question the page answers with a flat "No." claims nothing of its own
                # (`answered_questions.answers_no`; attack19).
                denied = asks and index + 2 <= last and answers_no(parts[index + 2])
                readings = [((sentence, asks, disowned or denied), start, -1)]
                # Read once more with the sentence before it, when it goes on from that
                # one or is a denial that answers that one's question; only matches
                # that start in that one and end in this one count from it.
                joined_to = None
                if before is not None and follows_on(sentence, parts[index - 1]):
                    joined_to = before
                elif (
                    previous is not None
                    and "?" in parts[index - 1]
                    and (denies(sentence) or leads_in(previous[0]))
                ):
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
                sentences.append((sentence, readings))
            else:
                before = previous = None
            if index < last:
                start += len(sentence) + len(parts[index + 1])
                listed = ";" in parts[index + 1] and (listed or self._lists_reported(sentence))
                if parts[index + 1] == "|" and text[start - 1] == "\n":
                    # a heading's end: what follows is not read on from it
                    before = previous = None
        return sentences, parts[last]

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
        The halves of a story (`patient_stories`) are read in the order of the sentences, never
        reported: an outcome within reach of a told half is the flag. The halves of a
        linked pair count only from a joined reading, as its flag (`two_sentence_signs.across`). A
        heading's or a question's rate with no figure (`_Awaiting`) waits in `awaited`
        for the sentence right after it, and stands only if that one holds a figure. In
        the items of a list a rule told leads in (`ruled_blocks`), fda-status-claim is
        the rule's (`regulations_told`); in the blocks of a section about another treatment
        (`usual_blocks`), reduced-inflammation is that treatment's unless its sentence
        names the offer (`Rivals.names_offer`). own-cells-so-safe in a sentence that
        names no cells is said of the cells the nearest of the sentences before it that
        names some names (`said`, the page's sentences; `donor_cells.WhoseCells.before`):
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
                    and phrase.entry_id == regulations_told.ENTRY
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
                    phrase.entry_id == donor_cells.ENTRY
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
                    # a story of harm told within reach is no proof (`patient_stories`)
                    if story.harmed_near():
                        continue
                    story.flag(len(found))
                found.append(match)
            if story.flagged and story.harmed == story.sentence and across < 0:
                story.drop_unharmed(found)
            for flag_id, first, _, shown in (
                two_sentence_signs.across(halves, across) if halves else ()
            ):
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
                # a gap in an aside ends at the aside's end (`asides.gap_reach`)
                reach = (
                    gap_reach(text, word_places(text, words_of[at], len(words_of[at])))
                    if may_hold_aside(text)
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
        noun of a later part (`shared_condition_nouns`): a condition phrase of two words or more,
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


def _answered_yes(sentence: str, asks: bool, answer: str) -> bool:
    """Whether a sentence asks (a yes/no question, or a "whether" clause) and the next
    sentence, `answer`, answers it yes (`answered_questions`)."""
    if not (asks or "hether" in sentence) or not answers_yes(answer):
        return False
    return "hether" in sentence or asks_yes_or_no(split_words(sentence), sentence)


_MATCH_ORDER = itemgetter(3, 4, 0, 1)
