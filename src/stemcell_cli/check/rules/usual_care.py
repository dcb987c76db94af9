"""Usual care: a claim word that names the care a page sets beside or before its offer
claims nothing for the offer.

The spec's avoid-surgery is "a non-surgical option offered instead of an operation", and
its reduced-inflammation is the offered treatment reducing inflammation. A page that
sells an injection also tells of the usual care it sets beside it or before it, and names
that care with the claim's own words: "nonoperative care (weight loss, bracing,
cortisone) failed", "despite these non-surgical treatments the arthritis progresses",
"the non-operative treatments used for them", "the non-surgical options open to us are
limited", "anti-inflammatory treatment was prescribed". There the claim word is a
modifier (`MODIFIERS`: "non-surgical", "nonoperative", "conservative",
"anti-inflammatory") of a noun of care (`CARE_NOUNS`, at most `HEAD_REACH` words on), and
that noun phrase is the usual care when

- a list of other treatments follows it, in brackets or after "such as", "like",
  "including", "e.g." (`EXAMPLES`), its first treatment within `LIST_REACH` words: the
  other treatments are `rival_treatments:` of `data/check/advert_words.yaml`
  (`rival_treatments.Rivals`: steroids, NSAIDs, painkillers, hyaluronic acid, physical
  therapy, rest, bracing, conservative care ...);
- or its clause says the care failed, was tried, prescribed, recommended, used, or must
  be stopped, or is limited (`SAID`);
- or its noun is a drug's (`DRUGS`: "anti-inflammatory medications", "anti-inflammatory
  pain pills"), which names another treatment by itself (usualcare2, in place of
  guards of reduced-inflammation); "medicine" is no drug there ("sports medicine").

A word of `claim_keepers:` before the claim in its clause ("our", "stem", "cells",
"unlike", "alternative") keeps the claim the offer's, and so does one of the offer's own
words after it (a keeper that is no word of comparison, `COMPARING`): "our non-surgical
treatment, recommended by ...", "non-surgical treatments used at our clinic". A claim
word that modifies no noun of care stays a claim: "a non-surgical alternative to steroid
shots and surgery", "our non-surgical stem cell injection spares you knee replacement",
"anti-inflammatory effects, unlike NSAIDs"; so does a claim said in other words ("when
physical therapy fails, our cells avoid surgery").

Two more shapes of the list (surgery6): after a colon ("non-surgical care: drugs,
physical therapy ..."), or after "is" or "are" (`COPULAS`) with a treatment right after it
("the options are rest, ice ..."); in both, a keeper before the first treatment ("care:
PRP, not surgery", "care: no surgery, no downtime") keeps the claim. "Without" opens such
a claim word too (`WITHOUT`), at the head of its sentence's care ("Without surgery the
options are rest, ice and a brace", "Without an operation, the treatment is
physiotherapy"); it names the usual care only by such a list, never by `SAID`, and its
noun of care may stand past a comma. "With or without" an operation (`BOTH_WAYS`) names
both ways, so neither is offered instead of the other ("a tear can be managed with or
without an operation").

The words are read only at a finding that opens on a modifier: the rule costs a set
look-up per finding elsewhere.
A page also gives the usual care a section of its own, under a heading (`is_heading`)
that names it ("Conventional Treatment Options", "Home remedies:", "How is it usually
treated?"), and tells there what that care does: "treatments meant to reduce
inflammation". There reduced-inflammation (`SECTION_ENTRY`) is the care's unless its
sentence names the offer (`rival_treatments.Rivals.titles` and `Rivals.names_offer`); a
heading that tells the care failed (`fails`: "When Steroid Injections Fail") opens the
offer's section instead (inflam1).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from stemcell_cli.check.words.sentences import Token, clause_start


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that open a claim word which may modify a noun of care ("non-surgical" is read
#: as "non" "surgical", "anti-inflammatory" as "anti" "inflammatory").
MODIFIERS = _words(
    "non nonsurgical nonoperative noninvasive conservative anti antiinflammatory without"
)
#: The modifier that names the usual care only by a list of it, and whose noun of care
#: may stand past a comma ("Without surgery, the options are rest ...").
WITHOUT = "without"
#: The two words before "without" that name both ways ("with or without surgery").
BOTH_WAYS = ("with", "or")
#: Words a finding may open right after, the first half of its claim word ("anti" of
#: "anti-inflammatory", when the finding is "inflammatory treatment").
HALVES_BEFORE = _words("anti non")
#: Nouns of a drug (usualcare2): a claim word that modifies one names another
#: treatment by itself, with no list or word of `SAID` ("anti-inflammatory medications",
#: "anti-inflammatory pain pills"); a keeper still keeps it ("our anti-inflammatory
#: medication").
DRUGS = _words(
    """drug drugs medication medications medicines pill pills tablet tablets
    painkiller painkillers cream creams gel gels"""
)
#: Nouns of care: the head of the noun phrase the claim word modifies.
CARE_NOUNS = DRUGS | _words(
    """treatment treatments care management option options therapy therapies modality
    modalities measure measures intervention interventions approach approaches method
    methods medicine agent agents"""
)
#: Words that lead in a list of examples ("e" of "e.g.").
EXAMPLES = _words("such like including include includes e")
#: Words that lead in the usual care with a treatment right after them ("the options
#: are rest, ice ...").
COPULAS = _words("is are")
#: Words of a clause that tell the care as the usual one: it failed, was tried,
#: prescribed, recommended, used, must be stopped, or is limited.
SAID = _words(
    """failed fail fails failing tried exhausted prescribe prescribes prescribing prescribed
    recommended used employed despite spite limited stop stopped stopping discontinue
    discontinued"""
)
#: Keepers that compare rather than name the offer: after the claim they keep nothing
#: ("the non-operative treatments used for them include no option better than ...").
COMPARING = _words(
    """avoid avoids avoided avoiding without instead unlike alternative alternatives than
    versus vs skip delay delays postpone no never"""
)
#: The noun of care comes at most this many words after the claim's end (its last word
#: or the next two: "non-operative treatment modalities").
HEAD_REACH = 2
#: A list's first treatment comes at most this many words after its lead-in.
LIST_REACH = 4


def modifier_start(words: Sequence[str], start: int) -> int:
    """Where the claim word that may name care opens, for a finding at `words[start]`
    that opens on it or on its second half ("inflammatory" of "anti-inflammatory");
    -1 for any other finding."""
    if words[start].casefold() in MODIFIERS:
        return start
    if start and words[start - 1].casefold() in HALVES_BEFORE:
        return start - 1
    return -1


def names_usual_care(
    sentence: str,
    clauses: Sequence[Token],
    start: int,
    end: int,
    keeps: Callable[[str], bool],
    rival_at: Callable[[int], bool],
) -> bool:
    """Whether the finding `clauses[start:end]` (opening on a modifier) names the usual
    care: a noun of care it modifies that is a drug's (`DRUGS`), or that is followed by
    a list of other treatments (`rival_at(i)`: one starts at word i) or stands in a
    clause that tells the care as the usual one; with no keeper (`keeps(word)`) of the
    offer in the clause. A finding opening on "without" names it only by such a list, or
    by "with or" before it."""
    without = clauses[start].text.casefold() == WITHOUT
    if without and tuple(word.text.casefold() for word in clauses[start - 2 : start]) == BOTH_WAYS:
        return True
    head = _care_head(clauses, end, without)
    if head < 0:
        return False
    first = clause_start(clauses, start)
    if any(keeps(word.text) for word in clauses[first:start]):
        return False
    last = head
    while last + 1 < len(clauses) and clauses[last + 1].clause == clauses[head].clause:
        last += 1
    if any(
        keeps(word.text) and word.text.casefold() not in COMPARING
        for word in clauses[end : last + 1]
    ):
        return False
    if not without and clauses[head].text.casefold() in DRUGS:
        return True
    if _lists_rivals(sentence, clauses, head, rival_at, keeps):
        return True
    return not without and any(word.text.casefold() in SAID for word in clauses[first : last + 1])


def _care_head(clauses: Sequence[Token], end: int, past_comma: bool = False) -> int:
    """The place of the noun of care the finding ending at `end` modifies, or -1; with
    `past_comma`, it may stand in the next clause after a comma."""
    clause = clauses[end - 1].clause
    for at in range(end - 1, min(end + HEAD_REACH, len(clauses))):
        if clauses[at].clause != clause and not (past_comma and clauses[at].clause == clause + 1):
            break
        if clauses[at].text.casefold() in CARE_NOUNS:
            return at
    return -1


def _lists_rivals(
    sentence: str,
    clauses: Sequence[Token],
    head: int,
    rival_at: Callable[[int], bool],
    keeps: Callable[[str], bool],
) -> bool:
    """Whether a list of other treatments follows the noun of care at `head`: in brackets
    right after it, or led in by a word of `EXAMPLES` right after it; or after a colon,
    or a word of `COPULAS` with a treatment right after it, with no keeper before the
    first treatment."""
    after = head + 1
    if after >= len(clauses):
        return False
    between = sentence[clauses[head].block_end : clauses[after].block_start]
    if "(" in between:
        lead = after
    elif clauses[after].text.casefold() in EXAMPLES:
        lead = after + 1
    elif ":" in between:
        for at in range(after, min(after + LIST_REACH, len(clauses))):
            if keeps(clauses[at].text):
                return False
            if rival_at(at):
                return True
        return False
    elif clauses[after].text.casefold() in COPULAS:
        return after + 1 < len(clauses) and rival_at(after + 1)
    else:
        return False
    return any(rival_at(at) for at in range(lead, min(lead + LIST_REACH, len(clauses))))


#: The claim a section about the usual care tells of that care (inflam1).
SECTION_ENTRY = "reduced-inflammation"
#: A heading has at most this many words.
HEADING_WORDS = 12
#: What opens a list item, which is no heading ("- Ice", "1. Rest").
_BULLETS = "-*\u2022\u00b7\u25aa\u25cf"


def is_heading(text: str) -> bool:
    """Whether a block is a heading: one short line that is no list item and ends with
    no full stop ("Conventional Treatment Options", "Home remedies:", "How is it usually
    treated?"), the heading of the section that runs to the next one."""
    if "\n" in text or len(text) > 16 * HEADING_WORDS:
        return False
    text = text.strip()
    if not text or text[-1] in ".!;," or text[0] in _BULLETS or text[0].isdigit():
        return False
    body = text.rstrip("?:")
    return len(body.split()) <= HEADING_WORDS and not any(mark in body for mark in ".!?;")


def fails(words: Sequence[str]) -> bool:
    """Whether a heading tells of the usual care as failed or tried ("When Steroid
    Injections Fail", "Tried cortisone?"): the section is about the offer then."""
    return any(word.casefold() in SAID for word in words)
