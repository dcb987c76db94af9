"""The word lists `check` reads adverts with (data/check/advert_words.yaml): shared
phrase lists, guards (wordings that are not a claim), wordings of conditions that are
not names, other diseases by body system for the many-conditions red flag, cues, pairs
of wordings that make a red flag only together, anywhere in the text (`pairs:`) or in
two sentences the second going on from the first (`linked:`), and the lists of single
words read from a sentence, not looked for (other treatments, claim keepers, names of
institutions, famous people and what ties them to a treatment, whom a share counts and
how they fared, the words of a rate that needs a figure, wordings of hope and what ends
their reach, the words of a seller's voice in a question, the words that tell an outcome
as past, hedged or of the procedure's after-effects, the words of a trip told or weighed
and those that keep one offered). A user data directory's file may leave out any section
(`load(overlay=True)`; `wordings` lays it over the shipped one).

The file sits in a folder of its own so that data/*.yaml stays the catalog's files.
"""

from collections.abc import Hashable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from stemcell_cli.core.datadirs import WORD_LISTS
from stemcell_cli.core.errors import DataError

if TYPE_CHECKING:  # read only on a cache miss: `check` does not import it otherwise
    from stemcell_cli.core.problems import Problem

FILENAME = WORD_LISTS
#: Largest word-list file read (it is ours and small; this only bounds a bad one).
MAX_BYTES = 1024 * 1024
#: The most values, and the most levels of nesting, the lists may hold with each alias
#: (`*name`) counted wherever it is used; its text may be at most MAX_BYTES characters.
MAX_VALUES = 1_000_000
MAX_DEPTH = 64
#: A mapping's key that is a list or a mapping: most often an entry of `other_senses:`
#: written "[word]: after" without quotes, which YAML reads as a list for a key.
#: Plain lists whose words turn a reading on (`sales_pressure:`, `disease_nouns:`): given
#: empty, the one shipped turns the reading off, and one of a user's adds nothing.
READINGS = ("sales_pressure", "disease_nouns")
TURNS_OFF = "an empty list turns this reading off"
ADDS_NOTHING = "an empty list adds nothing (your list adds to the shipped one)"
UNQUOTED_KEY = 'keys must be plain text (a wording that starts with "[" takes quotes)'


class Lexicon(NamedTuple):
    groups: dict[str, tuple[str, ...]]
    #: body system -> phrases naming its diseases; a list of phrases among them names one
    #: disease two or more ways ("[pulmonary fibrosis, lung fibrosis]"), counted once
    other_conditions: dict[str, tuple[str | tuple[str, ...], ...]]
    #: entry id -> wordings that are not its claim (a claim they overlap is dropped)
    guards: dict[str, tuple[str, ...]]
    #: condition id -> wordings of it that are not names ("injuries of tendons")
    condition_phrases: dict[str, tuple[str, ...]]
    #: words so frequent in adverts that the matcher does not look phrases up by them
    #: (speed only: what is found does not change)
    common: tuple[str, ...] = ()
    #: wordings after which nothing in the sentence is the advert's own claim: a
    #: warning, a claim reported as someone else's, a question researched
    not_asserting: tuple[str, ...] = ()
    #: wordings that say a warning sign is not what it seems ("testimonials are not
    #: evidence"): nothing in their clause is the advert's own claim
    debunking: tuple[str, ...] = ()
    #: red flag id -> pairs of wordings: the flag is raised when both wordings of a pair
    #: are found in the text, each in any sentence ("our site in Grand Cayman" ... "in
    #: the U.S. cells may only be used the same day")
    pairs: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({})
    #: red flags that, like benefit claims, a yes/no question does not raise ("Is it
    #: FDA approved?" asks; the advert's answer says it)
    stated_only: tuple[str, ...] = ()
    #: red flags only a seller shows (pressure to book or to pay now): a text with one
    #: speaks as the one offering (`report.speaks_as_seller`), like one with an offer
    sales_pressure: tuple[str, ...] = ()
    #: wordings by which a page offers something of its own ("we offer", "call us"): a
    #: page with none, and many cues, reads as a warning about such offers
    offers: tuple[str, ...] = ()
    #: wordings that only count toward a page's cues (`offers`), taking nothing away
    page_cues: tuple[str, ...] = ()
    #: other treatments, one word or two of a|b|c ("steroid|cortisone", "knee|hip
    #: replacement"): a claim said of one earlier in its clause is that treatment's,
    #: not the advert's (`claim_keepers`)
    rival_treatments: tuple[str, ...] = ()
    #: words, one each of a|b|c, that, before a claim in its clause, keep it the
    #: advert's though another treatment is named there too: its own kind of treatment
    #: ("stem", "cells", "our"), or the other one set aside ("avoid", "unlike")
    claim_keepers: tuple[str, ...] = ()
    #: head words of the names of institutions ("Institute", "Center"): a match inside
    #: a name ("the Regenerative Cures Institute") is no claim (`check.rules.institution_names`)
    institution_names: tuple[str, ...] = ()
    #: words, one each of a|b|c, naming famous people ("athlete", "celebrity", "NFL"),
    #: and words that tie them to a treatment ("stem", "PRP", "used", "endorsed", "our"):
    #: a testimonial naming famous people needs a tie in its sentence (`check.rules.famous_people`)
    famous_people: tuple[str, ...] = ()
    #: place names, one word each of a|b|c ("Nigeria", "Lagos"): words of the
    #: vocabulary, so never read as a person's name (`@name`)
    place_names: tuple[str, ...] = ()
    proof_ties: tuple[str, ...] = ()
    #: red flag id -> pairs of wordings said over two sentences: the flag is raised when
    #: the first is found in a sentence and the second in the next, which goes on from
    #: it ("taken from your own hip. Because of this, the procedure is safe"; `two_sentence_signs`)
    linked: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({})
    #: words, one each of a|b|c, naming whom a share counts ("patients", "cases"), and by
    #: entry the words that say how they fared ("improved", "relief"): a share of
    #: patients with no such word in its sentence is no finding of that entry
    #: (`check.rules.success_rates`)
    share_counts: tuple[str, ...] = ()
    #: words, one each of a|b|c, that refer a share to the group named before it ("18 of
    #: them"): it counts patients only if such a group is named (`check.rules.success_rates`)
    share_refers: tuple[str, ...] = ()
    #: words, one each of a|b|c, that tell a share as a fraction ("two thirds of our
    #: patients"): read as a number in a share (`check.rules.success_rates`)
    share_fractions: tuple[str, ...] = ()
    fared: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: by entry, wordings of one to three words of a|b|c that hold a word of `fared`
    #: and say the share fared no better or left ("dropped out", "did not improve"):
    #: a word of faring inside one says nothing of faring (`check.rules.success_rates`)
    unfared: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: by entry, wordings of hope of one to three words of a|b|c ("hope", "in the
    #: future"): a finding they come shortly before is hoped for, not claimed
    #: (`check.rules.hopes`)
    hopes: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: words, one each of a|b|c, that end the reach of a hope ("now", "our")
    hope_ends: tuple[str, ...] = ()
    #: words, one each of a|b|c, that take a degree ("how safe") as a fact
    #: ("thanks to how safe it is"; `check.rules.hopes`, DEGREE)
    degree_keepers: tuple[str, ...] = ()
    #: words read in another sense by their neighbours, one word of each in brackets
    #: ("[flight|flights] of stairs|steps"): a match with such a word at its edge
    #: claims nothing (`check.rules.other_senses`)
    other_senses: tuple[str, ...] = ()
    #: by entry, words of the seller's voice, one each of a|b|c ("you", "our"): a yes/no
    #: question with none of them only asks, and raises no finding of the entry
    #: (`check.rules.reader_voice`)
    reader_questions: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: words, one each of a|b|c, naming a rate or a score ("rate", "score"): a finding of
    #: an entry of `fared` that holds one stands only with a figure (`check.rules.success_rates`)
    rate_words: tuple[str, ...] = ()
    #: by entry, wordings of one or two words of a|b|c that tell a finding as past, hedged
    #: or of the procedure's after-effects ("were", "could", "soreness", "healed my"):
    #: inside a finding or shortly before it in its clause, it promises nothing
    #: (`check.rules.promises`)
    unpromised: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: words, one each of a|b|c, that tell an outcome as what happened or might happen
    #: ("had", "showed", "could", "potential"): anywhere in the lead of a finding of an
    #: entry of `unpromised:` (its sentence before it, back to a word that turns the
    #: sentence), it promises nothing (`check.rules.promises`)
    promise_leads: tuple[str, ...] = ()
    #: by entry, words of a trip told, one word of a|b|c each ("travelled|went"), and of
    #: a trip weighed ("considering|planning"): a finding that opens on the one, or comes
    #: right after it, or that holds or comes shortly after the other, is a trip told or
    #: weighed, not offered, unless its sentence holds a word of `trip_keepers:` ("our",
    #: "we") (`check.rules.trips_told`)
    told_trips: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    weighed_trips: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    trip_keepers: tuple[str, ...] = ()
    #: reported speech, three lists of words, one each of a|b|c: `verbs` of believing,
    #: saying and telling, the third parties (`claim_subjects`) that say them and the advert's
    #: own voice (`keepers`): a finding after such a verb whose subject is a third party
    #: is reported, not claimed (`check.rules.reported_speech`)
    reported_speech: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: the body's own course, five lists: wordings of one to four words of a|b|c of a
    #: natural capacity, its limit or its decline (`course`), words of the offer
    #: (`offer`) and of the seller's voice (`seller`) that keep a claim, words after which
    #: the seller's "our" is everyone's (`people`), and phrases of tissue-regeneration
    #: whose heal word keeps to its clause (`one_clause`) (`check.rules.natural_healing`)
    own_course: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: a rule told, lists of words, one each of a|b|c: rule-`givers` and their `verbs`,
    #: `obliging` words, `governors` of a giver, and the offer's words that keep the
    #: claim (`keepers`, `pointing` then `offered`): an fda-status-claim finding after a
    #: rule told, in a sentence without the offer's words, explains the rule
    #: (`check.rules.regulations_told`)
    rule_frames: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: whose cells are said safe, lists of words, one each of a|b|c: words naming `donor`
    #: cells, the patient's `own` cells, and words that set donor cells `aside`: a finding
    #: of own-cells-so-safe in a sentence that names donor cells and none of the patient's
    #: own is said of the donor cells (`check.rules.donor_cells`)
    whose_cells: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: the words of lists of harms or of a study's measures, lists of words one each of
    #: a|b|c (`causes`, `harms`, `lists`, `few`, `measures`, `offers`, `stops`): another
    #: disease in such a list is no use offered (`check.rules.harm_lists`)
    harm_lists: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: the lists of a list of conditions reported as someone else's, under their names
    #: (`auxiliaries`, `proposed`, `speakers`, `speaking`, `own`): one or two words of
    #: a|b|c each, compared as written (`check.rules.reported_lists`)
    reported_lists: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    #: general nouns that end a disease's name, one word of a|b|c each ("disorder"): the
    #: many-conditions list runs a name on over one (`check.report`)
    disease_nouns: tuple[str, ...] = ()


def load(path: Path, overlay: bool = False) -> Lexicon:
    """Read and check the word lists; every problem is reported with the file name. An
    `overlay` (a user data directory's lists, laid over the shipped ones) may leave out
    any section."""
    import yaml

    from stemcell_cli.core.files import NotAFile, TooLarge, read_bounded
    from stemcell_cli.core.problems import Problem

    loader = _loader_refusing_duplicates(yaml)
    try:  # a regular file only: a FIFO or a directory there is an error, never a hang
        raw = read_bounded(path, MAX_BYTES).data
        data = yaml.load(raw, Loader=loader)
    except TooLarge:
        raise DataError([Problem(str(path), 0, 0, "", "larger than 1 MiB")]) from None
    except NotAFile as exc:
        raise DataError([Problem(str(path), 0, 0, "", str(exc))]) from None
    except OSError as exc:
        raise DataError(
            [Problem(str(path), 0, 0, "", f"cannot be read ({exc.strerror})")]
        ) from None
    except yaml.YAMLError as exc:
        if isinstance(exc, yaml.constructor.ConstructorError):
            twice = _keys_given_twice(path, raw)
            if twice:
                raise DataError(twice) from None
        if isinstance(exc, yaml.composer.ComposerError):  # an alias or anchor amiss
            from stemcell_cli.check.words.anchors import anchor_problem

            amiss = anchor_problem(raw)
            if amiss is not None:
                line, column, field, message = amiss
                raise DataError([Problem(str(path), line, column, field, message)]) from None
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        reason = getattr(exc, "problem", None) or exc  # (the place is given apart)
        problem = Problem(str(path), line, column, "", f"not valid YAML: {reason}")
        raise DataError([problem]) from None
    if not isinstance(data, dict) and not (overlay and data is None):
        raise DataError([Problem(str(path), 0, 0, "", "expected a mapping of sections")])
    too_big = _too_big(data)
    if too_big is not None:
        raise DataError([Problem(str(path), 0, 0, "", too_big)])
    problems: list[Problem] = []
    groups = _lists(data, "groups", path, problems, required=not overlay)
    other = _other_conditions(data, path, problems, required=not overlay)
    guards = _lists(data, "guards", path, problems, required=False)
    conditions = _lists(data, "condition_phrases", path, problems, required=False)
    cues = _texts(data, "not_asserting", path, problems)
    debunking = _texts(data, "debunking", path, problems)
    common = _texts(data, "common_words", path, problems)
    pairs = _pairs(data, path, problems)
    linked = _pairs(data, path, problems, "linked")
    stated_only = _texts(data, "stated_only", path, problems)
    sales_pressure = _texts(data, "sales_pressure", path, problems)
    offers = _texts(data, "offers", path, problems)
    page_cues = _texts(data, "page_cues", path, problems)
    rivals = _plain(data, "rival_treatments", path, problems, pair=True)
    own = _plain(data, "claim_keepers", path, problems)
    institutions = _plain(data, "institution_names", path, problems)
    famous = _plain(data, "famous_people", path, problems)
    places = _plain(data, "place_names", path, problems)
    ties = _plain(data, "proof_ties", path, problems)
    counted = _plain(data, "share_counts", path, problems)
    refers = _plain(data, "share_refers", path, problems)
    fractions = _plain(data, "share_fractions", path, problems)
    rated = _plain(data, "rate_words", path, problems)
    fared = _lists(data, "fared", path, problems, required=False)
    for name, texts in fared.items():
        _plain({f"fared.{name}": list(texts)}, f"fared.{name}", path, problems)
    unfared = _written_lists(data, "unfared", path, problems, most=3)
    hopes = _written_lists(data, "hopes", path, problems, most=3)
    hope_ends = _texts(data, "hope_ends", path, problems)
    _written(hope_ends, "hope_ends", path, problems)
    degree_keepers = _texts(data, "degree_keepers", path, problems)
    _written(degree_keepers, "degree_keepers", path, problems)
    other_senses = _texts(data, "other_senses", path, problems)
    _sensed(other_senses, path, problems)
    reader_questions = _written_lists(data, "reader_questions", path, problems)
    unpromised = _written_lists(data, "unpromised", path, problems, most=2)
    promise_leads = _texts(data, "promise_leads", path, problems)
    _written(promise_leads, "promise_leads", path, problems)
    told_trips = _written_lists(data, "told_trips", path, problems)
    weighed_trips = _written_lists(data, "weighed_trips", path, problems)
    trip_keepers = _texts(data, "trip_keepers", path, problems)
    _written(trip_keepers, "trip_keepers", path, problems)
    reported_speech = _written_lists(data, "reported_speech", path, problems)
    rule_frames = _written_lists(data, "rule_frames", path, problems)
    whose_cells = _written_lists(data, "whose_cells", path, problems)
    harm_lists = _written_lists(data, "harm_lists", path, problems)
    reported_lists = _reported_lists(data, path, problems)
    disease_nouns = _texts(data, "disease_nouns", path, problems)
    _written(disease_nouns, "disease_nouns", path, problems)
    for key in READINGS:
        if isinstance(data, dict) and data.get(key) == []:
            message = ADDS_NOTHING if overlay else TURNS_OFF
            problems.append(Problem(str(path), 0, 0, key, message))
    own_course = _own_course(data, path, problems)
    if problems:
        raise DataError(_placed(problems, raw))
    return Lexicon(
        groups=groups,
        other_conditions=other,
        guards=guards,
        condition_phrases=conditions,
        common=common,
        not_asserting=cues,
        debunking=debunking,
        pairs=pairs,
        stated_only=stated_only,
        sales_pressure=sales_pressure,
        offers=offers,
        page_cues=page_cues,
        rival_treatments=rivals,
        claim_keepers=own,
        institution_names=institutions,
        famous_people=famous,
        place_names=places,
        proof_ties=ties,
        linked=linked,
        share_counts=counted,
        share_refers=refers,
        share_fractions=fractions,
        fared=fared,
        unfared=unfared,
        hopes=hopes,
        hope_ends=hope_ends,
        degree_keepers=degree_keepers,
        other_senses=other_senses,
        reader_questions=reader_questions,
        rate_words=rated,
        unpromised=unpromised,
        promise_leads=promise_leads,
        told_trips=told_trips,
        weighed_trips=weighed_trips,
        trip_keepers=trip_keepers,
        reported_speech=reported_speech,
        rule_frames=rule_frames,
        whose_cells=whose_cells,
        harm_lists=harm_lists,
        reported_lists=reported_lists,
        disease_nouns=disease_nouns,
        own_course=own_course,
    )


def _placed(problems: "list[Problem]", raw: bytes) -> "list[Problem]":
    """The problems, each with the line and column of its field ("guards.cure-claim": the
    key `cure-claim` under `guards:`), read from the file's YAML by `core.yamlsource`
    (which places every key, in a flow mapping too); as it was when the field is not
    written in the file."""
    from stemcell_cli.core.yamlsource import Document, parse_text

    document = Document("")
    parse_text(document, raw)
    marks = document.marks
    return [
        problem._replace(line=marks[problem.path][0], column=marks[problem.path][1])
        if problem.path and not problem.line and problem.path in marks
        else problem
        for problem in problems
    ]


def _too_big(data: Any) -> str | None:
    """Why the lists are too big to read once every alias (`*name`, which the word
    lists may use) is read where it is used, or None. An alias costs nothing to load
    but is read in full at each use: 20,000 aliases of a 900 KB phrase in a 1 MiB file
    were 18 GB of phrases to compile, and `validate` or `check` never ended (attack6).
    (An alias inside what it names is refused by the loader already.) The walk stops
    at the first limit passed, so it costs at most MAX_VALUES steps."""
    left = [MAX_BYTES, MAX_VALUES]

    def walk(value: Any, depth: int) -> str | None:
        left[1] -= 1
        if isinstance(value, str):
            left[0] -= len(value)
        elif isinstance(value, (list, dict)):
            if depth > MAX_DEPTH:
                return f"nested deeper than {MAX_DEPTH} levels"
            items = (
                [x for pair in value.items() for x in pair] if isinstance(value, dict) else value
            )
            for item in items:
                why = walk(item, depth + 1)
                if why is not None:
                    return why
        if left[0] < 0 or left[1] < 0:
            return (
                f"with each alias (*) read where it is used, more than {MAX_BYTES // 1024 // 1024}"
                f" MiB of text or {MAX_VALUES:,} values"
            )
        return None

    return walk(data, 0)


def _keys_given_twice(path: Path, raw: bytes) -> "list[Problem]":
    """Each key given twice in one mapping, as the data files' loader reports it: the
    field ("guards.cure-claim") at the second, with the line of the first
    (`core.yamlsource`, which also reads the file's anchors as problems: left out here,
    the word lists may use them)."""
    from stemcell_cli.core.yamlsource import Document, parse_text

    document = Document(str(path))
    parse_text(document, raw)
    return [p for p in document.problems if p.message.startswith("duplicate key ")]


def _loader_refusing_duplicates(yaml: Any) -> Any:
    """A safe loader for which a key given twice in one mapping is an error at its place:
    PyYAML would keep the last silently, and a second `guards:` entry for the same claim
    would drop the first one's wordings unseen."""

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def mapping(loader: Any, node: Any) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node)
            if not isinstance(key, Hashable):  # `- [limiting]: time` unquoted: a list
                raise yaml.constructor.ConstructorError(
                    None, None, UNQUOTED_KEY, key_node.start_mark
                )
            if key in seen:
                from stemcell_cli.core.textclean import quoted

                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {quoted(key)}", key_node.start_mark
                )
            seen.add(key)
        return dict(loader.construct_mapping(node, deep=True))

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return Loader


def _pairs(
    data: Any, path: Path, problems: "list[Problem]", key: str = "pairs"
) -> dict[str, tuple[tuple[str, str], ...]]:
    """The optional `pairs` section (or `two_sentence_signs`): red flag id -> a list of [wording,
    wording]."""
    from stemcell_cli.core.problems import Problem

    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for name, members in _lists(data, key, path, problems, required=False, flat=False).items():
        pairs = []
        for pair in members:
            if not (
                isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) for w in pair)
            ):
                problems.append(
                    Problem(str(path), 0, 0, f"{key}.{name}", "expected pairs of two wordings")
                )
                break
            pairs.append((pair[0], pair[1]))
        else:
            found[name] = tuple(pairs)
    return found


def _other_conditions(
    data: Any, path: Path, problems: "list[Problem]", required: bool
) -> dict[str, tuple[str | tuple[str, ...], ...]]:
    """`other_conditions:`, body system -> its diseases: each a phrase, or a list of two or
    more phrases that name one disease ("[diabetes, diabetic]"), which the many-conditions
    count takes as one however many of them a page uses (`check.report`)."""
    from stemcell_cli.core.problems import Problem

    key = "other_conditions"
    found: dict[str, tuple[str | tuple[str, ...], ...]] = {}
    for name, members in _lists(data, key, path, problems, required, flat=False).items():
        kept: list[str | tuple[str, ...]] = []
        for index, member in enumerate(members):
            if isinstance(member, str):
                kept.append(member)
            elif (
                isinstance(member, list)
                and len(member) >= 2
                and all(isinstance(text, str) for text in member)
            ):
                kept.append(tuple(member))
            else:  # (placed at the entry's own line: `_placed`)
                message = "expected a phrase, or a list of two or more naming one disease"
                problems.append(Problem(str(path), 0, 0, f"{key}.{name}[{index}]", message))
        found[name] = tuple(kept)
    return found


def _texts(data: Any, key: str, path: Path, problems: "list[Problem]") -> tuple[str, ...]:
    """An optional list of text."""
    from stemcell_cli.core.problems import Problem

    found = data.get(key, []) if isinstance(data, dict) else []
    if not isinstance(found, list) or not all(isinstance(w, str) for w in found):
        problems.append(Problem(str(path), 0, 0, key, "expected a list of text"))
        return ()
    return tuple(found)


def _plain(
    data: Any, key: str, path: Path, problems: "list[Problem]", pair: bool = False
) -> tuple[str, ...]:
    """An optional list of words read from a clause, not looked for: one word of a|b|c
    each, or with `pair` two in a row (`phrases.plain_words`)."""
    from stemcell_cli.check.words.phrases import PhraseError, plain_words
    from stemcell_cli.core.problems import Problem

    found = _texts(data, key, path, problems)
    for index, text in enumerate(found):
        try:
            plain_words(text, pair)
        except PhraseError as exc:  # (placed at the entry's own line: `_placed`)
            problems.append(Problem(str(path), 0, 0, f"{key}[{index}]", str(exc)))
    return found


def _written_lists(
    data: Any, key: str, path: Path, problems: "list[Problem]", most: int = 1
) -> dict[str, tuple[str, ...]]:
    """An optional mapping of lists named by the entry they serve, of words compared as
    written (`unfared:`, `hopes:`, `reader_questions:`, `unpromised:`, `told_trips:`,
    `weighed_trips:`, `reported_speech:`, `rule_frames:`, `whose_cells:`, `harm_lists:`),
    each checked by `_written`."""
    found = _lists(data, key, path, problems, required=False)
    for name, texts in found.items():
        _written(texts, f"{key}.{name}", path, problems, most)
    return found


def _reported_lists(data: Any, path: Path, problems: "list[Problem]") -> dict[str, tuple[str, ...]]:
    """The optional `reported_lists:` (`check.rules.reported_lists`): one or two words of
    a|b|c each, but one word in `own`, the word read right before a speaker ("as our
    clinic says"), where "our|my clinic" would read "our" or "my clinic". A list of
    another name, an empty list (which stands in for the shipped one and turns the
    reading off; an empty `own` only means no word marks a speaker as the page's own,
    attack14) and a list of more than MOST_WORDS words (attack14) are problems too, each
    with its own line, beside any other."""
    from stemcell_cli.check.rules.reported_lists import LISTS, MOST_WORDS
    from stemcell_cli.core.problems import Problem
    from stemcell_cli.core.textclean import quoted

    found = _lists(data, "reported_lists", path, problems, required=False)
    for name, texts in found.items():
        field = f"reported_lists.{name}"
        if name not in LISTS:
            message = f"no list of reported lists is called {quoted(name)}"
            problems.append(Problem(str(path), 0, 0, field, message))
        elif not texts and name != "own":
            problems.append(Problem(str(path), 0, 0, field, TURNS_OFF))
        _written(texts, field, path, problems, 1 if name == "own" else 2)
        if sum(len(text.split("|")) for text in texts) > MOST_WORDS:
            message = f"at most {MOST_WORDS:,} words in all (each of a|b|c counted)"
            problems.append(Problem(str(path), 0, 0, field, message))
    return found


def _own_course(data: Any, path: Path, problems: "list[Problem]") -> dict[str, tuple[str, ...]]:
    """The optional `own_course:` lists (`check.rules.natural_healing`): wordings of one to four
    words
    compared as written in `course:`, one word each in the lists of words; the phrases of
    `one_clause:` are checked against the entry's phrases when the matcher is built."""
    from stemcell_cli.check.rules.natural_healing import COURSE, COURSE_WORDS, WORD_LISTS

    found = _lists(data, "own_course", path, problems, required=False)
    for name, texts in found.items():
        if name == COURSE:
            _written(texts, f"own_course.{name}", path, problems, COURSE_WORDS)
        elif name in WORD_LISTS:
            _written(texts, f"own_course.{name}", path, problems)
    return found


def _written(
    texts: tuple[str, ...], key: str, path: Path, problems: "list[Problem]", most: int = 1
) -> None:
    """Check words compared as written (wordings of hope and what ends their reach, words
    of the seller's voice, words that unsay a promise, words of a trip told or weighed and
    the words that keep one offered): one to `most` words of a|b|c each
    (`phrases.written_words`)."""
    from stemcell_cli.check.words.phrases import PhraseError, written_words
    from stemcell_cli.core.problems import Problem

    for index, text in enumerate(texts):
        try:
            written_words(text, most)
        except PhraseError as exc:  # (placed at the entry's own line: `_placed`)
            problems.append(Problem(str(path), 0, 0, f"{key}[{index}]", str(exc)))


def _sensed(texts: tuple[str, ...], path: Path, problems: "list[Problem]") -> None:
    """Check the entries of `other_senses:` (`other_senses.parse`), and that they read at
    most `other_senses.MOST_WAYS` runs of words in all."""
    from stemcell_cli.check.rules.other_senses import MOST_WAYS, parse, ways
    from stemcell_cli.check.words.phrases import PhraseError
    from stemcell_cli.core.problems import Problem

    total = 0
    for index, text in enumerate(texts):
        try:
            total += ways(*parse(text))
        except PhraseError as exc:
            problems.append(Problem(str(path), 0, 0, f"other_senses[{index}]", str(exc)))
    if total > MOST_WAYS:
        message = f"more than {MOST_WAYS:,} ways to read the a|b|c of its entries in all"
        problems.append(Problem(str(path), 0, 0, "other_senses", message))


def _lists(
    data: Any,
    key: str,
    path: Path,
    problems: "list[Problem]",
    required: bool = True,
    flat: bool = True,
) -> dict[str, tuple[Any, ...]]:
    """A mapping of named lists; with `flat`, lists of text only."""
    from stemcell_cli.core.problems import Problem

    section = data.get(key) if isinstance(data, dict) else None
    if section is None and not required:
        return {}
    if not isinstance(section, dict):
        problems.append(Problem(str(path), 0, 0, key, "expected a mapping of named lists"))
        return {}
    found: dict[str, tuple[Any, ...]] = {}
    for name, members in section.items():
        if not isinstance(members, list) or (flat and not all(isinstance(m, str) for m in members)):
            expected = "expected a list of text" if flat else "expected a list"
            problems.append(Problem(str(path), 0, 0, f"{key}.{name}", expected))
            continue
        found[str(name)] = tuple(members)
    return found
