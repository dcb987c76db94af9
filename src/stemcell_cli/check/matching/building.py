"""The matcher compiled: each wording filed under its rarest word, and the tables the
reading rules take from the phrases (other treatments, names of institutions, famous
people, shares and rates, hopes, trips, other senses, ...), kept as plain values and made
again from them (`compiled_cache`)."""

from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from stemcell_cli.check.rules import donor_cells, harm_lists, regulations_told

if TYPE_CHECKING:
    from stemcell_cli.check.rules.page_genre import Genre
from stemcell_cli.check.matching.findings import (
    FAMOUS,
    HARM_WORD,
    HOPE,
    INSTITUTION,
    OWN,
    OWN_COURSE,
    PEOPLE,
    PLACE,
    REPORTING,
    RIVAL,
    RULING,
    SENSE,
    SHARE,
    TIE,
    UNFARED,
    UNPROMISED,
    VOICE,
    WHOSE,
    Phrase,
)
from stemcell_cli.check.rules.donor_cells import WhoseCells
from stemcell_cli.check.rules.famous_people import FamousProof
from stemcell_cli.check.rules.harm_lists import HarmLists
from stemcell_cli.check.rules.hopes import ENDS, KEEPERS, Hopes
from stemcell_cli.check.rules.institution_names import InstitutionNames
from stemcell_cli.check.rules.natural_healing import COURSE, COURSE_WORDS, ONE_CLAUSE, OwnCourse
from stemcell_cli.check.rules.natural_healing import OFFER as COURSE_OFFER
from stemcell_cli.check.rules.natural_healing import PEOPLE as COURSE_PEOPLE
from stemcell_cli.check.rules.natural_healing import SELLER as COURSE_SELLER
from stemcell_cli.check.rules.negation import NEGATING
from stemcell_cli.check.rules.other_senses import OtherSenses, parse
from stemcell_cli.check.rules.promises import LEADS, Unpromised
from stemcell_cli.check.rules.reader_voice import ReaderQuestions
from stemcell_cli.check.rules.regulations_told import Rules
from stemcell_cli.check.rules.reported_speech import ASSURING as REPORT_ASSURING
from stemcell_cli.check.rules.reported_speech import HEARD_OWN as REPORT_HEARD_OWN
from stemcell_cli.check.rules.reported_speech import HEARERS as REPORT_HEARERS
from stemcell_cli.check.rules.reported_speech import HEARING as REPORT_HEARING
from stemcell_cli.check.rules.reported_speech import HEARING_KEPT as REPORT_HEARING_KEPT
from stemcell_cli.check.rules.reported_speech import KEEPERS as REPORT_KEEPERS
from stemcell_cli.check.rules.reported_speech import SUBJECTS as REPORT_SUBJECTS
from stemcell_cli.check.rules.reported_speech import VERBS as REPORT_VERBS
from stemcell_cli.check.rules.reported_speech import Reported
from stemcell_cli.check.rules.rival_treatments import Rivals
from stemcell_cli.check.rules.success_rates import (
    COUNTED,
    FRACTIONS,
    RATED,
    REFERS,
    Shares,
)
from stemcell_cli.check.rules.trips_told import KEEPER as TRIP_KEEPER
from stemcell_cli.check.rules.trips_told import TOLD as TRIP_TOLD
from stemcell_cli.check.rules.trips_told import WEIGHED as TRIP_WEIGHED
from stemcell_cli.check.rules.trips_told import Trips
from stemcell_cli.check.words.phrases import (
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
from stemcell_cli.check.words.sentences import with_verb_stems

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


#: The kinds of a word of a trip told ("travelled", "went") or weighed ("considering";
#: entry: the red flag it takes) and of a word that keeps a trip offered ("our", "we"),
#: read at and before a finding and in its sentence, not looked for: a trip told or
#: weighed is no trip offered (`trips_told.Trips`).
_TRIPS = frozenset({TRIP_TOLD, TRIP_WEIGHED, TRIP_KEEPER})

#: The kinds of phrases read around a finding or in its sentence, not looked for: those
#: whose words are compared as written, not by stem (`phrases.written_words`), and
#: RIVAL, INSTITUTION, FAMOUS and PLACE, read by stem (`_clause_words`), and SENSE
#: (`other_senses.parse`).
_WRITTEN_KINDS = frozenset(
    {
        SHARE,
        UNFARED,
        HOPE,
        VOICE,
        UNPROMISED,
        REPORTING,
        RULING,
        OWN_COURSE,
        WHOSE,
        HARM_WORD,
        *_TRIPS,
    }
)

_READ_KINDS = frozenset({RIVAL, INSTITUTION, FAMOUS, PLACE, SENSE, *_WRITTEN_KINDS})

_new_tuple = tuple.__new__

#: A compiled wording: the numbers of the phrases it is a wording of (one, or more when
#: phrases share it: `Matcher.__init__`), its words (keys and gap), and the keys of each
#: of its words, rarest first: the first is its anchor, and all must be in a sentence
#: for the wording to match.
Wording = tuple[tuple[int, ...], Flat, tuple[frozenset[str], ...]]


#: The reading rules' tables, by the matcher's attribute that holds each: built from the
#: phrases (`Matcher._read_rule_lists`), kept with the compiled matcher as the plain
#: values of their attributes (`Matcher.state`), and made again from them without a
#: call of their `__init__` (`Matcher.from_state`).
_RULE_TABLES: dict[str, type] = {
    "_rivals": Rivals,
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
    "_harms": HarmLists,
}


def _rivals_of(phrases: Iterable[Phrase]) -> Rivals:
    rivals: list[tuple[frozenset[str], ...]] = []
    keepers: list[frozenset[str]] = []
    for phrase in phrases:
        if phrase.kind != RIVAL:
            continue
        words = _clause_words(phrase)
        if phrase.entry_id == OWN:
            keepers.extend(words)
        else:
            rivals.append(words)
    return Rivals(rivals, keepers)


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
    compared as written (`reader_questions:` for `reader_voice.ReaderQuestions`,
    `told_trips:` and `weighed_trips:` for `trips_told.Trips`): the words of its
    wordings (`_wordings_by_entry`) in one list."""
    return {
        entry: [word for wording in wordings for word in wording]
        for entry, wordings in _wordings_by_entry(phrases, kind).items()
    }


def _wordings_by_entry(
    phrases: Iterable[Phrase], kind: str
) -> dict[str, list[tuple[frozenset[str], ...]]]:
    """For each entry, the wordings of the phrases of `kind`, each word of a|b|c compared
    as written (`unpromised:` and `promise_leads:` for `promises.Unpromised`)."""
    by_entry: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for phrase in phrases:
        if phrase.kind == kind:
            by_entry.setdefault(phrase.entry_id, []).append(_written(phrase.text))
    return by_entry


def _senses_of(phrases: Iterable[Phrase]) -> OtherSenses:
    return OtherSenses(phrase.text for phrase in phrases if phrase.kind == SENSE)


def _hopes_of(phrases: Iterable[Phrase]) -> Hopes:
    """The wordings of hope by entry (`hopes:`), the words that end a hope's reach or take
    a degree as a fact, and, by entry, the words of the seller's voice
    (`reader_questions:`) by which a hope is the reader's own, put to them (leftovers1)."""
    wordings: dict[str, list[tuple[frozenset[str], ...]]] = {}
    ends: list[frozenset[str]] = []
    keepers: list[frozenset[str]] = []
    readers: dict[str, list[frozenset[str]]] = {}
    for phrase in phrases:
        if phrase.kind == VOICE:
            readers.setdefault(phrase.entry_id, []).extend(_written(phrase.text))
        elif phrase.kind == HOPE:
            words = _written(phrase.text)
            if phrase.entry_id == ENDS:
                ends.extend(words)
            elif phrase.entry_id == KEEPERS:
                keepers.extend(words)
            else:
                wordings.setdefault(phrase.entry_id, []).append(words)
    return Hopes(wordings, ends, keepers, readers)


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
    elif phrase.kind == UNPROMISED and phrase.entry_id != LEADS:
        most = 2  # (a deed done to one person: "healed my", firstfg1)
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


def _holds_negation(wording: Flat) -> bool:
    """Whether a wording holds a negation or a reporting word itself."""
    return any(
        not keys.isdisjoint(NEGATING) or any(key.endswith("n't") for key in keys)
        for keys, _ in wording
    )


#: `Built.from_state` gives the class it is called on (the `Matcher`).
_Built = TypeVar("_Built", bound="Built")


class Built:
    """The compiled phrases and the reading rules' tables (`Matcher` scans with them)."""

    #: The genre model of the page reading (check/rules/page_genre.py), set where the matcher of
    #: the data is made (`wordings.matcher_for`, kept in its cache); None: the page is
    #: read by its cues alone (`report.reads_as_warning`).
    genre: "Genre | None" = None
    #: The red flags only a seller shows (the word lists' `sales_pressure:`, checked to be
    #: red flags), set and kept like `genre`: a text with one speaks as the one offering
    #: (`report.speaks_as_seller`).
    sales_pressure: frozenset[str] = frozenset()
    #: The word lists of a list of conditions reported as someone else's (the word lists'
    #: `reported_lists:`), set and kept like `genre`: read by `report` only on a page that
    #: names enough conditions for many-conditions (`check.rules.reported_lists`).
    reported_lists: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: The general nouns that end a disease's name (the word lists' `disease_nouns:`, each
    #: word of their a|b|c), set and kept like `genre`: the many-conditions list runs a
    #: name on over one (`report._completed`).
    disease_nouns: frozenset[str] = frozenset()

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
        # a place name is a word of the vocabulary, so no person's name (`@name`)
        places = (_clause_words(p) for p in self._phrases if p.kind == PLACE)
        self._vocabulary = with_verb_stems(
            frozenset().union(
                self._rivals.first,
                self._famous.keys,
                *(n for _, _, needed in self._wordings for n in needed),
                *(keys for words in places for keys in words),
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
    def from_state(cls: type[_Built], state: Mapping[str, Any]) -> _Built:
        """The matcher whose `state` this is, taken as it is: it is given only what
        `state` returned, kept by a cache that serves it only to the program that wrote
        it, compiled from the same phrases and word lists (`compiled_cache`). Checking it or
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

    def check_kept(self) -> None:
        """ValueError unless the reading rules' tables that `from_state` took as they are
        have the shape they are built in where one of another shape (an older program's,
        or planted in the cache) would fail only at the first finding: the other-senses
        table (`OtherSenses.check_kept`; attack12). The compiled cache then rebuilds."""
        self._senses.check_kept()

    def _read_rule_lists(self) -> None:
        """The lists the reading rules take from the phrases (other treatments, names of
        institutions, famous people, shares and rates, hopes, trips, other senses, the
        seller's voice, words that unsay a promise), built from the phrases when the
        matcher is compiled; one read from the cache takes them as kept (`from_state`), so
        each table set here is listed in `_RULE_TABLES` too."""
        self._rivals = _rivals_of(self._phrases)
        self._names = _names_of(self._phrases)
        self._famous = _famous_of(self._phrases)
        self._shares = _shares_of(self._phrases)
        self._hopes = _hopes_of(self._phrases)
        self._senses = _senses_of(self._phrases)
        self._trips = _trips_of(self._phrases)
        self._voices = ReaderQuestions(_words_by_entry(self._phrases, VOICE))
        self._unpromised = Unpromised(_wordings_by_entry(self._phrases, UNPROMISED))
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
        self._rules = Rules(*(told.get(name, ()) for name in regulations_told.LISTS))
        whose = _words_by_entry(self._phrases, WHOSE)
        self._whose = WhoseCells(*(whose.get(name, ()) for name in donor_cells.LISTS))
        harms = _words_by_entry(self._phrases, HARM_WORD)
        self._harms = HarmLists(*(harms.get(name, ()) for name in harm_lists.LISTS))
