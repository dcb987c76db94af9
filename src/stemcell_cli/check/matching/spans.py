"""Where a wording is found in a sentence, word by word, and which of the spans found
are kept: the reading rules of one sentence (`matcher`'s docstring lists them)."""

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import accumulate

from stemcell_cli.check.matching.building import Built, _new_tuple
from stemcell_cli.check.matching.findings import (
    _HALVES,
    CONTROL_ARMS,
    CUE,
    EXAMPLE_OF,
    GUARD,
    OFFER,
    OWN_EXAMPLE,
    SETTING_ASIDE,
    SETTING_ASIDE_PAIRS,
    STATED,
    Phrase,
    SharedNoun,
    _Awaiting,
)
from stemcell_cli.check.rules import donor_cells, regulations_told
from stemcell_cli.check.rules.body_part_lists import between_listed, reads_a_list
from stemcell_cli.check.rules.disease_kinds import names_kind
from stemcell_cli.check.rules.famous_people import ENTRY as FAMOUS_ENTRY
from stemcell_cli.check.rules.glued_codes import glued
from stemcell_cli.check.rules.natural_healing import ENTRY as COURSE_ENTRY
from stemcell_cli.check.rules.negation import CONTRASTING, NEGATING, NOT_ASSERTING, negated
from stemcell_cli.check.rules.patient_stories import HARM as STORY_HARM
from stemcell_cli.check.rules.patient_stories import HARM_ENTRY as STORY_HARM_ENTRY
from stemcell_cli.check.rules.patient_stories import KINDS as STORY_HALVES
from stemcell_cli.check.rules.usual_care import (
    modifier_start,
    names_usual_care,
)
from stemcell_cli.check.words.phrases import (
    Flat,
)
from stemcell_cli.check.words.sentences import (
    WORD,
    Token,
    asks_in_first_person,
    asks_yes_or_no,
    fold,
    last_clause,
    quoted_lists,
    quoted_names,
    scare_quoted,
    tokens,
    word_keys,
    word_places,
)


def _end(
    wording: Flat,
    index: int,
    pos: int,
    keys: Sequence[frozenset[str]],
    reach: Sequence[int] | None = None,
) -> int:
    """The end (exclusive) of a match of wording[index:] from `pos` on, or -1. With
    `reach` (`asides.gap_reach`), a gap after a word in an aside ends at the aside's
    end (its closing bracket or dash)."""
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


_NEGATABLE = frozenset(
    {"benefit", "red_flag", "other_condition", "condition", STATED, OFFER, *_HALVES}
)

#: Kinds a yes/no question does not claim.
_NOT_ASKED = frozenset({"benefit", STATED, *STORY_HALVES})

#: Kinds that no question in the reader's own first person raises, yes/no or not ("How
#: soon can I walk again?", "When will I be pain free?": the reader asks; round
#: forward1): the warning signs a yes/no question does not raise, and a story's halves.
_NOT_ASKED_BY_READER = frozenset({STATED, *STORY_HALVES})

_NOT_ASSERTING_CUE = (CUE, "not-asserting")

#: A debunking cue ("testimonials are not evidence"): nothing in its clause is the
#: advert's own claim.
_DEBUNKING_CUE = (CUE, "debunking")

#: The span of a story's harm half (`patient_stories`) in a sentence: patients harmed there, so a
#: trip found in it is a harm told, not offered (`trips_told.Trips.harm_told`).
_HARM_SPAN = (STORY_HARM, STORY_HARM_ENTRY)

#: The one red flag that is about a report itself: patients' reports offered as proof.
_REPORTS_ITSELF = "testimonials-as-evidence"

#: The entries whose words in scare quotes are named, not used ('a "breakthrough" shot':
#: `sentences.scare_quoted`), and the marks that may open such a quotation.
_SCARE_QUOTED = frozenset({"miracle-language"})

_SCARE_MARKS = ('"', "\u201c", "\u2018", "'")

#: Kinds that another treatment named before them can take.
_RIVALLED = frozenset({"benefit", "red_flag", STATED, *_HALVES})

#: Kinds that a name of an institution holds without claiming them (an offer there
#: stays one: "call the Pain Relief Center").
_NAMED_IN_NAMES = frozenset(
    {"benefit", "red_flag", "condition", "other_condition", STATED, *_HALVES}
)

#: Kinds of a disease named, which a code glued before it takes (`glued_codes`).
_CONDITION_KINDS = frozenset({"condition", "other_condition"})

_NOT_FOUND = frozenset({GUARD, CUE})

#: What a cue takes away: claims and warning signs, and diseases counted for the
#: many-conditions warning sign (conditions named stay named).
_ASSERTED = frozenset({"benefit", "red_flag", "other_condition", STATED, OFFER, *_HALVES})

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


def _relative_between(sentence: Sequence[Token], start: int, last: int) -> bool:
    """Whether a relative clause opens inside a match, so that a negation there is its
    own: "damage that surgery can't fix is reversed by our cells"."""
    return any(word.text.casefold() in _RELATIVES for word in sentence[start + 1 : last])


_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


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


def _set_aside(words: Sequence[str], start: int) -> bool:
    """Whether the guard found at `words[start]`, a rival treatment, is named as what the
    claim is set against (SETTING_ASIDE, SETTING_ASIDE_PAIRS), so that it guards nothing:
    the claim is the other side's."""
    before = [word.casefold() for word in words[max(start - 2, 0) : start]]
    if before and before[-1] in SETTING_ASIDE:
        return True
    if (
        "than" in before
        and before[-1] in ("than", "the")
        and words[start].casefold() in CONTROL_ARMS
    ):
        return True
    return len(before) == 2 and (before[0], before[1]) in SETTING_ASIDE_PAIRS


def _offer_as_example(words: Sequence[str], end: int) -> bool:
    """Whether the guard ending at `words[end]` names a class whose example, after "such
    as", "like" or "including", is the seller's own (OWN_EXAMPLE: "our"), so that it
    guards nothing (review17): "take an anti-inflammatory such as our stem cell shot"
    claims the shot is one ("an anti-inflammatory such as ibuprofen" stays a drug, and
    "non-surgical options such as PRP and physical therapy" the usual care)."""
    at = end
    lowered = [word.casefold() for word in words[end : end + 2]]
    if lowered[:2] == ["such", "as"]:
        at = end + 2
    elif lowered[:1] in (["like"], ["including"]):
        at = end + 1
    elif not (end and words[end - 1].casefold() in EXAMPLE_OF):
        return False
    return at < len(words) and words[at].casefold() in OWN_EXAMPLE


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


class _Reach:
    """The spans of a guard in one sentence, sorted, to tell in a bisection whether any
    overlaps a finding (attack8: a test of every guard at every finding made a sentence
    of 200,000 characters with thousands of each take a minute)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        #: the furthest end of the spans up to each, in the order of their starts
        self._ends = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span of the guard overlaps words[start:end]."""
        before = bisect_left(self._starts, end)  # the spans that start before `end`
        return before > 0 and self._ends[before - 1] > start


class Spans(Built):
    """The spans of the wordings in a sentence, and which of them are kept."""

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
            hit = -1  # (no mask yet: the first is taken as it is, not and-ed with -1,
            # which costs as much as any other `&` of masks as long as the batch)
            for needed in wordings[index][2]:
                mask = holding_any.get(needed)
                if mask is None:
                    mask = 0
                    for key in needed:
                        mask |= get(key, 0)
                    holding_any[needed] = mask
                hit = mask if hit < 0 else hit & mask
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
        beside its offer (`usual_care.names_usual_care`, with `Rivals`' lists)."""
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
        `reach`, no gap runs past the end of an aside it starts in (`_end`)."""
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
        sentence's start (with `reported_speech`, conditions only). Places, clauses and
        negations are worked out only here, for the sentences that hold a match."""
        question = asks and asks_yes_or_no(words, sentence)
        # a question in the reader's own first person asks, whatever its form
        own_question = asks and not question and asks_in_first_person(words)
        # Clauses and negations are worked out only when a negation or a word of contrast
        # (`negation.set_apart`) may be there.
        clauses: list[Token] | None = None
        if (
            not NEGATING.isdisjoint(map(str.casefold, words))
            or not CONTRASTING.isdisjoint(map(str.casefold, words))
            or "'t" in sentence
            or "'T" in sentence
            or "yet to" in sentence
        ) and any(entry[0] in _NEGATABLE for entry in spans):
            clauses = tokens(sentence, 0, words)
        rival_words = self._rivals.first
        guards = {
            entry[1]: _Reach(
                (start, end)
                for _, start, end in found
                if not (keys[start] & rival_words and _set_aside(words, start))
                and not _offer_as_example(words, end)
            )
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
        # What a third party is said to believe, say or have been told (`reported_speech`).
        said: tuple[int, int] | None = None
        # (a verb of the list is written in small letters: after its subject)
        if asserted_until and not self._reported.verbs.isdisjoint(words):
            folded = [fold(word) for word in words]
            if self._reported.may_report(folded):
                if clauses is None:
                    clauses = tokens(sentence, 0, words)
                said = self._reported.reported_span(folded, clauses)
        # A story the reader or a third party hears of is hearsay, not the page's proof
        # (testimonials-as-evidence only; `reported_speech.Reported.heard_span`).
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
        # finding of its entry (`natural_healing`)
        told: bool | None = None
        trips = self._trips
        senses = self._senses
        voices = self._voices
        unpromised = self._unpromised
        rules = self._rules
        whose = self._whose
        harms = self._harms
        # Words in a list of quotations, or in a name given in quotes ("also known as
        # "cell restoration""), are named, not used (`sentences.quoted_lists`,
        # `sentences.quoted_names`).
        listed = (
            quoted_lists(sentence) + quoted_names(sentence)
            if '"' in sentence or "\u201c" in sentence
            else []
        )
        listed_places = word_places(sentence, words, len(words)) if listed else []
        # Whether the sentence holds a word of hope (`hopes`): worked out at the first
        # finding of an entry that takes the rule.
        hoping: bool | None = None
        # and a word that unsays a promise (`promises`), likewise
        unsaying: bool | None = None
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
                if guard is not None and guard.overlaps(start, end):
                    continue
                # a list of body parts: only they may stand between ("a bad neck,
                # shoulder and hip"; `body_part_lists`)
                if (
                    phrase.kind == "condition"
                    and reads_a_list(phrase.text)
                    and not between_listed(words, start, end, phrase.text)
                ):
                    continue
                if entry[1] == FAMOUS_ENTRY and famous and famous.untied(keys, start, end):
                    continue
                # no rejection said of donor cells: "cord blood carries a very low risk
                # of rejection" (`donor_cells`)
                if entry[1] == donor_cells.ENTRY and whose and whose.donors(words):
                    continue
                # a disease's own kind is no other condition ("RA is an autoimmune
                # disease"; `disease_kinds`)
                if phrase.kind == "other_condition" and names_kind(words, start, end):
                    continue
                # capitals glued to a code are part of its name: "IL1-RA" (`glued_codes`)
                if phrase.kind in _CONDITION_KINDS and glued(sentence, words, start, end):
                    continue
                # a disease listed as a harm or a measure is no use offered ("side effects
                # included insomnia and hair thinning"; `harm_lists`)
                if phrase.kind == "other_condition" and harms and harms.listed(words, start):
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
                    # (a clause fronted before it governs an outcome claimed: a benefit
                    # or a promise, not who vouches for the offer)
                    if rivals and self._rivals.said_of(
                        sentence,
                        clauses,  # type: ignore[arg-type]
                        start,
                        phrase.kind == "benefit" or entry[1] in unpromised.words,
                    ):
                        continue
                    # a promise whose subject is another treatment: "a cortisone shot
                    # into a facet joint, a knee, or a bursa can produce relief within
                    # a few days" (promise4, `Rivals.heads`)
                    if (
                        rivals
                        and entry[1] in unpromised.words
                        and self._rivals.heads(sentence, clauses, start)  # type: ignore[arg-type]
                    ):
                        continue
                    # an outcome counted from another treatment, a promise's or a
                    # story's: "needs 6 months to return to the field after ACL
                    # surgery", "doing well after her hip replacement" (flags1,
                    # `Rivals.counted_from`)
                    if (
                        rivals
                        and (entry[1] in unpromised.words or entry[1] == _REPORTS_ITSELF)
                        and self._rivals.counted_from(clauses, start, end)  # type: ignore[arg-type]
                    ):
                        continue
                    # a claim word naming the usual care: "nonoperative care (weight
                    # loss, bracing) failed" (`usual_care`)
                    if (opens := modifier_start(words, start)) >= 0:
                        if clauses is None:
                            clauses = tokens(sentence, 0, words)
                        if self._usual_care(sentence, clauses, opens, end):
                            continue
                    if shares and shares.unearned(entry[1], words, keys, start, end):
                        continue
                    # two numbers that are no fraction: "60-100 cc's of the patient's"
                    # (`success_rates`)
                    if shares and shares.ranged(entry[1], sentence, words, keys, start):
                        continue
                    if hopes and hopes.takes(entry[1]):
                        if hoping is None:
                            hoping = hopes.may_hope(words)
                        if hoping:
                            if clauses is None:
                                clauses = tokens(sentence, 0, words)
                            if hopes.hoped(entry[1], sentence, clauses, start, asks):
                                continue
                    # the body's own course, not the offer's: "cartilage regenerates
                    # poorly once damaged" (`natural_healing`)
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
                    if unpromised and unpromised.takes(entry[1]):
                        if unsaying is None:
                            unsaying = unpromised.may_unsay(words)
                        if unsaying:
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
                    # abbreviation spelled out: "tissue-based products (HCT/Ps)"
                    # (`regulations_told`)
                    if (
                        entry[1] == regulations_told.ENTRY
                        and rules
                        and (
                            rules.told(words, start, sentence)
                            or rules.glossed(sentence, words, start, end)
                            or rules.unbracketed(sentence, words, start, end)
                            or rules.usual_care(words, start, end, sentence)
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
