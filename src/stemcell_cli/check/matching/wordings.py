"""Every wording `check` looks for, gathered from the catalog (benefits, conditions, red
flags) and the word lists of data/check/advert_words.yaml (shipped, with a user data
directory's lists laid over them), and the matcher compiled from them.

The word lists' reader (`word_lists`) and the places of the wordings (`error_places`) are imported
only when the matcher is built: a run that reads it from its cache needs neither (two
modules and two named tuples, about 0.4% of `check`'s instructions on a 100 KB page).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from stemcell_cli.check.matching.findings import (
    CUE,
    FAMOUS,
    GUARD,
    HARM_WORD,
    HOPE,
    INSTITUTION,
    OFFER,
    OWN,
    OWN_COURSE,
    PART,
    PEOPLE,
    PLACE,
    REPORTING,
    RIVAL,
    RULING,
    SENSE,
    SHARE,
    STATED,
    TIE,
    UNFARED,
    UNPROMISED,
    VOICE,
    WHOSE,
    Phrase,
)
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.rules import (
    donor_cells,
    harm_lists,
    natural_healing,
    patient_stories,
    regulations_told,
    reported_speech,
    trips_told,
    two_sentence_signs,
)
from stemcell_cli.check.rules.hopes import ENDS, KEEPERS
from stemcell_cli.check.rules.promises import LEADS
from stemcell_cli.check.rules.success_rates import COUNTED, FRACTIONS, RATED, REFERS
from stemcell_cli.check.words.phrases import ListError, PhraseError, quoted
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.errors import DataError

if TYPE_CHECKING:
    from stemcell_cli.check.matching.error_places import Source
    from stemcell_cli.check.words import word_lists


#: How the id of another disease's phrases ends when they are a list of
#: `other_conditions:` that names one disease ("heart-and-lungs/7/one"): the
#: many-conditions count takes them as one (`report._keys`).
ONE_DISEASE = "/one"


def _lexicon_files(catalog: Catalog) -> list[Path]:
    from stemcell_cli.core.datadirs import WORD_LISTS, shipped_dir

    mine = [d / WORD_LISTS for d in catalog.user_dirs]
    # (anything there, not only a regular file: `word_lists.load` says what else it is)
    return [shipped_dir() / WORD_LISTS, *(path for path in mine if os.path.lexists(path))]


def lexicon_for(catalog: Catalog) -> word_lists.Lexicon:
    """The shipped word lists, with a user data directory's lists laid over them."""
    from stemcell_cli.check.words import word_lists

    shipped, *others = _lexicon_files(catalog)
    found = word_lists.load(shipped)
    for path in others:
        found = _laid_over(found, word_lists.load(path, overlay=True))
    return found


def _laid_over(found: word_lists.Lexicon, mine: word_lists.Lexicon) -> word_lists.Lexicon:
    """A user's word lists laid over `found`: a named list (a group, a guard, ...)
    stands in for the one of its name, a plain list adds to the one found. Field by
    field, so that a new section of the file is laid over too."""
    laid: list[object] = []
    for shipped, own in zip(found, mine, strict=True):
        if isinstance(shipped, Mapping) and isinstance(own, Mapping):
            laid.append({**shipped, **own})
        elif isinstance(shipped, tuple) and isinstance(own, tuple):
            laid.append((*shipped, *own))
        else:  # (every field is a mapping of lists or a tuple: word_lists.Lexicon)
            raise TypeError(f"a field of word lists neither a mapping nor a tuple: {shipped!r}")
    return type(found)._make(laid)


def phrases(catalog: Catalog, lexicon: word_lists.Lexicon) -> Iterable[Phrase]:
    return (phrase for _, phrase in _sourced(catalog, lexicon))


class _Unknown(PhraseError):
    """A section's list for an entry that does not exist, with where it was given."""

    def __init__(self, message: str, source: Source, text: str | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.text = text


def _sourced(catalog: Catalog, lexicon: word_lists.Lexicon) -> Iterator[tuple[Source, Phrase]]:
    """Every wording, with where it was given (`error_places.Source`)."""
    from stemcell_cli.check.matching.error_places import Source

    for benefit in catalog.benefits.values():
        for text in (benefit.name, *benefit.aliases, *benefit.phrases):
            yield Source("benefit", benefit.id), Phrase("benefit", benefit.id, text)
    for condition in catalog.conditions.values():
        for text in (condition.name, *condition.aliases):
            yield Source("condition", condition.id), Phrase("condition", condition.id, text)
    flag_lists = (
        ("stated_only", lexicon.stated_only),
        ("sales_pressure", lexicon.sales_pressure),
    )
    for section, flag_ids in flag_lists:
        for flag_id in flag_ids:
            if flag_id not in catalog.red_flags:
                raise _Unknown(f"an unknown red flag {quoted(flag_id)}", Source(section), flag_id)
    from stemcell_cli.check.rules.reported_lists import LISTS as REPORTED_LISTS

    for name in lexicon.reported_lists:
        if name not in REPORTED_LISTS:
            source = Source("reported_lists", name)
            raise _Unknown(f"no list of reported lists is called {quoted(name)}", source, name)
    stated = frozenset(lexicon.stated_only)
    for flag in catalog.red_flags.values():
        kind = STATED if flag.id in stated else "red_flag"
        for text in flag.phrases:
            yield Source("red_flag", flag.id), Phrase(kind, flag.id, text)
    for condition_id, texts in lexicon.condition_phrases.items():
        source = Source("condition_phrases", condition_id)
        if condition_id not in catalog.conditions:
            raise _Unknown(f"wordings for an unknown condition {quoted(condition_id)}", source)
        for text in texts:
            yield source, Phrase("condition", condition_id, text)
    # an offer has guards too: wordings that are not the page's own offer ("its injections
    # cost from", "contact us" about a privacy policy)
    known = {*catalog.benefits, *catalog.conditions, *catalog.red_flags, OFFER}
    for entry_id, texts in lexicon.guards.items():
        source = Source("guards", entry_id)
        if entry_id not in known:
            raise _Unknown(f"a guard for an unknown entry {quoted(entry_id)}", source)
        for text in texts:
            yield source, Phrase(GUARD, entry_id, text)
    yield from _halves(catalog, lexicon, "pairs", PART, _part_id, "a pair")
    yield from _halves(
        catalog,
        lexicon,
        "linked",
        two_sentence_signs.HALF,
        two_sentence_signs.part_id,
        "a linked pair",
    )
    # the lists that serve no one entry: wordings looked for (cues, offers), and words a
    # reading rule reads, not looked for, under the entry id the rule knows them by
    plain: tuple[tuple[str, str, str], ...] = (
        ("not_asserting", CUE, "not-asserting"),
        ("debunking", CUE, "debunking"),
        ("page_cues", CUE, "page"),
        ("offers", OFFER, OFFER),
        ("rival_treatments", RIVAL, RIVAL),
        ("claim_keepers", RIVAL, OWN),
        ("institution_names", INSTITUTION, INSTITUTION),
        ("famous_people", FAMOUS, PEOPLE),
        ("proof_ties", FAMOUS, TIE),
        ("place_names", PLACE, PLACE),
        ("share_counts", SHARE, COUNTED),
        ("share_refers", SHARE, REFERS),
        ("share_fractions", SHARE, FRACTIONS),
        ("rate_words", SHARE, RATED),
        ("hope_ends", HOPE, ENDS),
        ("degree_keepers", HOPE, KEEPERS),
        ("promise_leads", UNPROMISED, LEADS),
        ("other_senses", SENSE, SENSE),
        ("trip_keepers", trips_told.KEEPER, trips_told.KEEPERS),
    )
    for section, kind, entry_id in plain:
        for text in getattr(lexicon, section):
            yield Source(section), Phrase(kind, entry_id, text)
    # the halves of one person's story told over several sentences (`patient_stories`), read
    # with the flag's guards
    if patient_stories.ENTRY in catalog.red_flags:
        for kind, group in patient_stories.GROUPS.items():
            entry_id = (
                patient_stories.HARM_ENTRY
                if kind == patient_stories.HARM
                else patient_stories.ENTRY
            )
            for text in lexicon.groups.get(group, ()):
                yield Source("groups", group), Phrase(kind, entry_id, text)
    # the lists of words the reading rules read for each entry they serve
    by_entry: tuple[tuple[str, str, set[str], str], ...] = (
        ("fared", SHARE, known - {COUNTED, FRACTIONS, RATED, REFERS}, "words of faring"),
        ("unfared", UNFARED, known, "wordings of faring no better"),
        ("hopes", HOPE, known - {ENDS, KEEPERS}, "wordings of hope"),
        ("reader_questions", VOICE, known, "words of the seller's voice"),
        ("unpromised", UNPROMISED, known - {LEADS}, "words that unsay a promise"),
        ("told_trips", trips_told.TOLD, known, "words of a trip told"),
        ("weighed_trips", trips_told.WEIGHED, known, "words of a trip weighed"),
    )
    for section, kind, entries, what in by_entry:
        yield from _by_entry(section, getattr(lexicon, section), kind, entries, what)
    # the three lists of reported speech (`reported_speech`), under their names
    yield from _by_entry(
        "reported_speech",
        lexicon.reported_speech,
        REPORTING,
        set(reported_speech.LISTS),
        "words of reported speech",
    )
    # the lists of the body's own course (`natural_healing`), under their names; the phrases of
    # `one_clause:` must be phrases of the entry the rule reads
    yield from _by_entry(
        "own_course",
        lexicon.own_course,
        OWN_COURSE,
        set(natural_healing.LISTS),
        "words of own course",
    )
    entry = catalog.benefits.get(natural_healing.ENTRY)
    for text in lexicon.own_course.get(natural_healing.ONE_CLAUSE, ()):
        if entry is None or text not in entry.phrases:
            source = Source("own_course", natural_healing.ONE_CLAUSE)
            raise _Unknown(f"no phrase of {natural_healing.ENTRY}: {quoted(text)}", source, text)
    # the lists of a rule told (`regulations_told`), under their names
    yield from _by_entry(
        "rule_frames",
        lexicon.rule_frames,
        RULING,
        set(regulations_told.LISTS),
        "words of a rule told",
    )
    # the lists of whose cells are said safe (`donor_cells`), under their names
    yield from _by_entry(
        "whose_cells", lexicon.whose_cells, WHOSE, set(donor_cells.LISTS), "words of whose cells"
    )
    # the lists of harms and of a study's measures (`harm_lists`), under their names
    yield from _by_entry(
        "harm_lists", lexicon.harm_lists, HARM_WORD, set(harm_lists.LISTS), "words of harm lists"
    )
    for system, names in lexicon.other_conditions.items():
        for index, listed in enumerate(names):
            # (a list's phrases name one disease: their id says so)
            texts = listed if isinstance(listed, tuple) else (listed,)
            entry_id = f"{system}/{index}{ONE_DISEASE if isinstance(listed, tuple) else ''}"
            for text in texts:
                yield Source("other_conditions", system), Phrase("other_condition", entry_id, text)


def matcher_for(catalog: Catalog, lexicon: word_lists.Lexicon | None = None) -> Matcher:
    """The compiled matcher, with the shipped genre model and voice of the page reading
    (check/rules/page_genre.py, page_voice.py; the voice reads the lexicon's `offers:`
    too) and the lexicon's `sales_pressure:`: from the cache when its word lists,
    phrases, model and voice are unchanged."""
    if lexicon is not None:
        from stemcell_cli.check.rules import page_genre, page_voice

        matcher = _compiled(catalog, lexicon)
        matcher.sales_pressure = frozenset(lexicon.sales_pressure)
        matcher.reported_lists = dict(lexicon.reported_lists)
        matcher.disease_nouns = frozenset(
            word for text in lexicon.disease_nouns for word in text.casefold().split("|")
        )
        matcher.genre = page_genre.load(_genre_file())._replace(
            voice=page_voice.load(_voice_file(), offers=lexicon.offers)
        )
        return matcher
    from stemcell_cli.check.matching import compiled_cache

    return compiled_cache.cached_matcher(
        catalog,
        [*_lexicon_files(catalog), _genre_file(), _voice_file()],
        lambda: matcher_for(catalog, lexicon_for(catalog)),
    )


def _genre_file() -> Path:
    from stemcell_cli.core.datadirs import GENRE_MODEL, shipped_dir

    return shipped_dir() / GENRE_MODEL


def _voice_file() -> Path:
    from stemcell_cli.core.datadirs import PAGE_VOICE, shipped_dir

    return shipped_dir() / PAGE_VOICE


def _halves(
    catalog: Catalog,
    lexicon: word_lists.Lexicon,
    section: str,
    kind: str,
    part_id: Callable[[str, int, int], str],
    what: str,
) -> Iterator[tuple[Source, Phrase]]:
    """The halves of the pairs of wordings of red flags (`pairs:` or `linked:`), each a
    phrase of `kind` under `part_id`, with the flag's guards, which hold for it."""
    from stemcell_cli.check.matching.error_places import Source

    pairs: Mapping[str, tuple[tuple[str, str], ...]] = getattr(lexicon, section)
    for flag_id, flag_pairs in pairs.items():
        source = Source(section, flag_id)
        if flag_id not in catalog.red_flags:
            raise _Unknown(f"{what} of wordings for an unknown red flag {quoted(flag_id)}", source)
        for number, pair in enumerate(flag_pairs):
            for side, text in enumerate(pair):
                half = part_id(flag_id, number, side)
                yield source, Phrase(kind, half, text)
                for guard in lexicon.guards.get(flag_id, ()):
                    yield Source("guards", flag_id), Phrase(GUARD, half, guard)


def _by_entry(
    section: str, lists: Mapping[str, tuple[str, ...]], kind: str, known: set[str], what: str
) -> Iterator[tuple[Source, Phrase]]:
    """The wordings of a section of lists named by the entry they serve (`fared:`,
    `unfared:`, `hopes:`, `reader_questions:`, `unpromised:`, `told_trips:`,
    `weighed_trips:`); a name that is no entry is an error placed at it."""
    from stemcell_cli.check.matching.error_places import Source

    for entry_id, texts in lists.items():
        source = Source(section, entry_id)
        if entry_id not in known:
            raise _Unknown(f"{what} for an unknown entry {quoted(entry_id)}", source)
        for text in texts:
            yield source, Phrase(kind, entry_id, text)


def _compiled(catalog: Catalog, lexicon: word_lists.Lexicon) -> Matcher:
    """The matcher of the wordings; DataError when one of them does not compile, placed
    (`error_places`): the file, the line and column and the field it was given in."""
    from stemcell_cli.check.matching import error_places
    from stemcell_cli.check.matching.error_places import Source

    current: list[tuple[Source, Phrase] | None] = [None]

    def tracked() -> Iterator[Phrase]:
        for found in _sourced(catalog, lexicon):
            current[0] = found
            yield found[1]
        current[0] = None  # (what fails after the last wording is not one wording's)

    try:
        return Matcher(tracked(), lexicon.groups, lexicon.common)
    except _Unknown as exc:
        source, text, message = exc.source, exc.text, str(exc)
    except ListError as exc:  # placed at its list, not at a wording that uses it
        source, text, message = Source("groups", exc.name), exc.text, str(exc)
    except PhraseError as exc:
        message = str(exc)
        if current[0] is None:
            from stemcell_cli.core.problems import Problem

            raise DataError([Problem("phrases", 0, 0, "", message)]) from None
        source, phrase = current[0]
        text = phrase.text
        if source.section not in error_places.ENTRY_KINDS:  # (the field names it)
            for said in (f"{phrase.kind} {phrase.entry_id}: ", f"{phrase.kind}: "):
                message = message.removeprefix(said)
    found = error_places.problem(catalog, _lexicon_files(catalog), source, text, message)
    raise DataError([found]) from None


def _part_id(flag_id: str, number: int, side: int) -> str:
    """The id of one half (`side` 0 or 1) of the `number`th pair of a flag (`pairs:`)."""
    return f"{flag_id}/{number}/{side}"
