"""`stemcell check`: what an advertisement claims, found and answered from the catalog.

`build_report` scans the text, joins the halves of pairs, adds the many-conditions
warning sign, answers each finding from its entry, and picks at most MAX_QUESTIONS
questions to ask the clinic; `check.view` turns the report into a page.
"""

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from stemcell_cli.check.matching.findings import CUE, OFFER, PART, STATED, Match
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.matching.wordings import ONE_DISEASE
from stemcell_cli.check.page.source import AdText, clean
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.grades import Grade
from stemcell_cli.core.model import Benefit, Condition, topic_of

if TYPE_CHECKING:
    from stemcell_cli.check.rules.page_genre import Genre

MAX_QUESTIONS = 5
#: The findings of one entry (one kind and id) a report keeps, in order of appearance;
#: the rest are counted (`Report.more`), their lines still listed (`Report.places`).
#: Well above the most any labelled page gives one entry (19, on one of 2,015 pages of
#: benchmarks/adverts/, 2026-11-29), so no real page loses one; a text naming one entry
#: 400,000 times ("Knee Pain. Knee Pain. ...") no longer makes 400,000 findings, each
#: with its quote widened and, in JSON, its answer and references (attack10: 1.7 GB).
MAX_FINDINGS = 100
#: Of the five, the places kept for the questions of the claims a page makes, when the
#: conditions it names have more than enough (benefitq1; `_questions`).
CLAIM_PLACES = 2
#: Questions this alike (difflib ratio, or share of content words) are asked once.
SIMILAR_QUESTION = 0.6
#: The body system of every condition in the catalog, for the many-conditions count.
JOINTS_AND_SPINE = "joints-and-spine"
#: many-conditions: this many body systems, or this many distinct conditions
#: (the labellers' rule in benchmarks/adverts/README.md).
MANY_SYSTEMS = 3
MANY_CONDITIONS = 6
MANY_CONDITIONS_ID = "many-conditions"
#: A text with this many different cues (wordings of `not_asserting:` and `debunking:`:
#: "be wary of", "testimonials are not evidence") and no offer of its own reads as a
#: warning about such offers: what it names, it discusses (ROUNDS.md: on the train split
#: 4 picked 14 of 33 careful pages and 1 of 256 adverts).
WARNING_CUES = 4
#: Kinds of findings a text that reads as a warning discusses rather than makes.
DISCUSSED = frozenset({"benefit", "red_flag"})
#: A body system of other_conditions whose name ends so lists general words for its
#: troubles ("arthritis", "joint pain"): they add the system, not a distinct condition.
GENERAL = "-in-general"
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "for",
        "and",
        "or",
        "is",
        "are",
        "be",
        "it",
        "this",
        "that",
        "what",
        "how",
        "your",
        "you",
        "do",
        "does",
        "can",
        "will",
        "with",
        "on",
        "at",
        "by",
        "as",
        "if",
        "any",
        "my",
        "i",
        "me",
        "from",
    ]
)


class Finding(NamedTuple):
    match: Match
    name: str
    grade: Grade | None
    answer: str
    references: tuple[str, ...]
    #: The quote shown: the words found with enough of their sentence around them for
    #: the claim to be clear (`quotes.widened`), cleaned as `match.text` is.
    quote: str = ""


class Asked(NamedTuple):
    """A question to ask the clinic, and whose it is: the name of the condition named or
    of the claim made that asks it; neither for a general one (a topic's)."""

    condition: str = ""
    question: str = ""
    benefit: str = ""


class Report(NamedTuple):
    source: str
    findings: list[Finding]
    questions: list[Asked]
    reviewed: str
    #: Whether the text reads as a warning about such offers (`reads_as_warning`): its
    #: claims and warning signs are ones it discusses, not ones it makes.
    warning: bool = False
    #: A web address as typed and all in ASCII (`AdText.typed`, `AdText.ascii`); "" for
    #: a file or stdin.
    typed: str = ""
    ascii: str = ""
    #: Whether the text speaks as the one offering (`speaks_as_seller`): only then does
    #: the verdict call it an advert.
    selling: bool = False
    #: The lines where each (kind, id) was found, counted over every finding, those past
    #: MAX_FINDINGS too (`places`); None: counted from `findings`.
    lines: dict[tuple[str, str], list[int]] | None = None
    #: (kind, id, how many) of each entry found more than MAX_FINDINGS times: the
    #: findings left out, in order of the entries' first finding.
    more: tuple[tuple[str, str, int], ...] = ()

    @property
    def red_flags(self) -> list[Finding]:
        return [f for f in self.findings if f.match.kind == "red_flag"]

    def entries(self, kind: str) -> dict[str, Finding]:
        """The first finding of each entry of `kind`, in order of appearance."""
        first: dict[str, Finding] = {}
        for finding in self.findings:
            if finding.match.kind == kind:
                first.setdefault(finding.match.entry_id, finding)
        return first

    def made(self, kind: str) -> dict[str, Finding]:
        """`entries(kind)` that the text makes its own: none of the claims and warning
        signs of a text that reads as a warning."""
        return {} if self.warning and kind in DISCUSSED else self.entries(kind)

    def places(self) -> dict[tuple[str, str], list[int]]:
        """The lines where each (kind, id) was found, each line once, in order."""
        if self.lines is not None:
            return self.lines
        lines: dict[tuple[str, str], list[int]] = {}
        for finding in self.findings:
            match = finding.match
            found = lines.setdefault((match.kind, match.entry_id), [])
            if not found or found[-1] != match.line:
                found.append(match.line)
        return lines


def build_report(
    catalog: Catalog, text: AdText, matcher: Matcher | None = None, every_quote: bool = True
) -> Report:
    """The report on `text`. Text formats show one quote per entry (`Report.entries`), so
    `every_quote=False` widens only those (`quotes.widened`; the rest keep the words
    found); JSON lists every finding with its quote."""
    if matcher is None:
        from stemcell_cli.check.matching.wordings import matcher_for

        matcher = matcher_for(catalog)
    scanned = matcher.scan(text.lines, text.numbers)
    warning = reads_as_warning(scanned, text.lines, matcher.genre)
    matches = [m for m in scanned if m.kind not in _READING_ONLY]
    if any(match.kind == STATED for match in matches):
        matches = [m._replace(kind="red_flag") if m.kind == STATED else m for m in matches]
    matches = _many_conditions(
        catalog, _joined_pairs(matches), text, matcher.reported_lists, matcher.disease_nouns
    )
    selling = speaks_as_seller(scanned, matches, matcher.sales_pressure)
    matches, lines, more = bounded(matches)
    findings = _findings(catalog, matches, text, every_quote)
    report = Report(
        text.label, findings, [], "", warning, text.typed, text.ascii, selling, lines, more
    )
    reviewed = [catalog.conditions[c].reviewed for c in report.entries("condition")]
    reviewed += [catalog.benefits[b].reviewed for b in report.entries("benefit")]
    if not reviewed:  # only red flags, or nothing: date the report by the benefits' review
        reviewed = [benefit.reviewed for benefit in catalog.benefits.values()]
    return report._replace(questions=_questions(catalog, report), reviewed=max(reviewed))


_READING_ONLY = frozenset({CUE, OFFER})


def bounded(
    matches: Iterable[Match], most: int = MAX_FINDINGS
) -> tuple[list[Match], dict[tuple[str, str], list[int]], tuple[tuple[str, str, int], ...]]:
    """The matches with at most `most` of each (kind, id), the first ones; the lines of
    each (kind, id), each line once, in order, from all of them; and how many of each
    were left out (kind, id, count).

    Bounded at the root, in the report, rather than in one format: the findings are what
    every format is built from, and the only part of a report that grows with the text
    (its entries, questions and sources are the catalog's). Chosen over sharing each
    entry's answer once in JSON, which would change the JSON of every page and still
    leave one finding, quote and widening per repeat (attack10). The other diseases are
    kept whole: they are no finding of their own, only counted for many-conditions."""
    kept: list[Match] = []
    lines: dict[tuple[str, str], list[int]] = {}
    counts: dict[tuple[str, str], int] = {}
    for match in matches:
        if match.kind == "other_condition":
            kept.append(match)
            continue
        key = (match.kind, match.entry_id)
        found = lines.setdefault(key, [])
        if not found or found[-1] != match.line:
            found.append(match.line)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] <= most:
            kept.append(match)
    more = tuple((kind, id_, n - most) for (kind, id_), n in counts.items() if n > most)
    return kept, lines, more


def reads_as_warning(
    matches: Iterable[Match], lines: Sequence[str] = (), genre: "Genre | None" = None
) -> bool:
    """Whether a text reads as a warning about such offers rather than as an advert: it
    has no offer of its own (one negated or reported is none: "we do not offer stem cell
    injections"), and it holds WARNING_CUES different cues or its words (`lines`) read
    as a careful page's to the genre model (check/rules/page_genre.py), learned from the corpus's
    train pages; asked only when the cues do not already say so."""
    cues = set()
    for match in matches:
        if match.kind == OFFER:
            return False
        if match.kind == CUE:
            cues.add(match.phrase)
    if len(cues) >= WARNING_CUES:
        return True
    if genre is None or not lines:
        return False
    from stemcell_cli.check.rules.page_genre import reads_as_careful

    return reads_as_careful(genre, lines)


def speaks_as_seller(
    scanned: Iterable[Match], shown: Iterable[Match], pressure: frozenset[str]
) -> bool:
    """Whether a text speaks as the one offering: an offer of its own among the `scanned`
    matches ("we offer stem cell injections", "call us to book": the lexicon's `offers:`)
    or sales pressure among the red flags `shown` ("only 3 spots left": a flag of
    `pressure`, the lexicon's `sales_pressure:`, `Matcher.sales_pressure`), as the report
    shows them: a stated flag (pay-up-front) or a pair's joined halves too. A news story
    or a review that quotes a clinic's claims shows neither, and is called a page, not an
    advert. (The page voice's wider pattern, check/rules/page_voice.py, would call more
    adverts so, but it costs seconds on a 5 MB text with no match; "page" is never
    wrong.)"""
    return any(match.kind == OFFER for match in scanned) or any(
        match.kind == "red_flag" and match.entry_id in pressure for match in shown
    )


def _joined_pairs(matches: list[Match]) -> list[Match]:
    """The matches without the halves of pairs, and with the red flag of each pair of
    which both halves were found (at its first half, showing both), unless the text
    already shows that flag."""
    if not any(match.kind == PART for match in matches):
        return matches
    halves: dict[tuple[str, str], dict[str, Match]] = {}
    kept = []
    for match in matches:
        if match.kind == PART:
            flag_id, number, side = match.entry_id.rsplit("/", 2)
            halves.setdefault((flag_id, number), {}).setdefault(side, match)
        else:
            kept.append(match)
    shown = {match.entry_id for match in kept if match.kind == "red_flag"}
    for (flag_id, _), sides in halves.items():
        if len(sides) == 2 and flag_id not in shown:
            first, then = sorted(sides.values(), key=lambda m: (m.line, m.column))
            text = f"{first.text} \u2026 {then.text}"
            kept.append(Match("red_flag", flag_id, "", first.line, first.column, text))
            shown.add(flag_id)
    return sorted(kept, key=lambda m: (m.line, m.column, m.kind, m.entry_id))


def _many_conditions(
    catalog: Catalog,
    matches: list[Match],
    text: AdText | None = None,
    reported: Mapping[str, Sequence[str]] | None = None,
    nouns: frozenset[str] = frozenset(),
) -> list[Match]:
    """Add the many-conditions red flag when the text offers one product for conditions
    from MANY_SYSTEMS body systems, or for MANY_CONDITIONS distinct ones, each disease
    counted once however the page words it (`_diseases`). Its list names each disease by
    the first wording the page uses, run on over the words that continue its name when
    `text` is given ("Rheumatoid arthritis", not the "Rheumatoid" the matcher needed; not
    "COVID pandemic we treated lupus": `_completed`). A condition in a list the page reports as
    someone else's (`reported`, the word lists' `reported_lists:`) is not counted."""
    if MANY_CONDITIONS_ID not in catalog.red_flags:
        return matches
    named: list[Match] = []
    systems: set[str] = set()
    inside = _inside_longer(m for m in matches if m.kind == "other_condition")
    others = _others_lists(matches, text, reported or {})
    for match in matches:
        if match.kind in _CONDITION_KINDS and others(match):
            continue
        if match.kind == "condition":
            named.append(match)
            systems.add(JOINTS_AND_SPINE)
        elif match.kind == "other_condition":
            system = match.entry_id.split("/")[0]
            if system.endswith(GENERAL):  # "arthritis", "joint pain": a system, no disease
                systems.add(system.removesuffix(GENERAL))
                continue
            systems.add(system)
            if id(match) not in inside:
                named.append(match)
    diseases = _diseases(named, text)
    many = len(systems) >= MANY_SYSTEMS or len(diseases) >= MANY_CONDITIONS
    if not many or any(m.entry_id == MANY_CONDITIONS_ID for m in matches):
        return matches
    first = diseases[0]
    # (each looked up once: a line's number searched for, or its names' columns read,
    # at each disease made a page of many distinct names quadratic: attack13)
    starts: dict[int, set[int]] = {}  # a line -> where names start on it (from 0)
    for match in named:
        starts.setdefault(match.line, set()).add(match.column - 1)
    lines = _numbered(text) if text else {}
    names = _names_of(catalog, nouns) if text else None
    listed = ", ".join(
        _completed(lines.get(m.line), m, starts[m.line], names) if text else m.text
        for m in diseases
    )
    flag = Match("red_flag", MANY_CONDITIONS_ID, "", first.line, first.column, listed)
    return sorted([*matches, flag], key=lambda m: (m.line, m.column, m.kind, m.entry_id))


_CONDITION_KINDS = frozenset({"condition", "other_condition"})


def _others_lists(
    matches: Sequence[Match], text: AdText | None, reported: Mapping[str, Sequence[str]]
) -> Callable[[Match], bool]:
    """Whether a condition's match is in a list the page reports as someone else's (a
    proposal told, a quotation beside its speaker: `reported_lists`), read only when the
    page names enough conditions for the flag at all."""
    if text is None or sum(m.kind in _CONDITION_KINDS for m in matches) < MANY_SYSTEMS:
        return lambda match: False
    from stemcell_cli.check.rules import reported_lists

    reading = reported_lists.reading_of(reported)
    if reading is None:
        return lambda match: False
    if text.numbers:
        index_of = {number: index for index, number in enumerate(text.numbers)}
    else:  # (lines 1, 2, 3, ...)
        index_of = {n: n - 1 for m in matches if 1 <= (n := m.line) <= len(text.lines)}
    # A quotation is read only in a paragraph that names a condition (speed10).
    wanted = {
        index_of[m.line] for m in matches if m.kind in _CONDITION_KINDS and m.line in index_of
    }
    places = reported_lists.reported_places(text.lines, reading, wanted)
    if not places:
        return lambda match: False

    def others(match: Match) -> bool:
        index = index_of.get(match.line)
        return index is not None and reported_lists.is_reported(places, index, match.column - 1)

    return others


def _diseases(named: Sequence[Match], text: AdText | None = None) -> list[Match]:
    """The first match of each disease among `named`, in the page's order. Two matches
    name one disease when they share a key (`_keys`): a condition of the catalog by its
    entry; another disease by its words, each word's plural and possessive dropped
    ("Parkinson's", "Parkinsons", "Parkinson"); an organ's trouble by its organ, read
    from the word list's line with a slot ("eye disorders", "eye problems": `eye
    {organ-troubles}`); and a short name in capitals by the words it stands for, when
    another name is them or stands inside them on the page ("MS" and "multiple
    sclerosis"; "COPD" and the "pulmonary" of "chronic obstructive pulmonary disease");
    and the names the word lists give as one disease, a list of `other_conditions:`
    ("diabetes" and "diabetic", "pulmonary fibrosis" and "lung fibrosis":
    `wordings.ONE_DISEASE`)."""
    ordered = sorted(named, key=lambda m: (m.line, m.column))
    short = {m.text for m in ordered if m.kind == "other_condition" and _is_short(m.text)}
    first: dict[tuple[str, ...], int] = {}  # a key -> the disease (its first match's index)
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    lines: dict[int, str] = {}  # a line's number -> its text, when a short name is named
    if short and text is not None:
        wanted = {m.line for m in ordered}
        if text.numbers:
            pairs = zip(text.numbers, text.lines, strict=False)
            lines = {n: line for n, line in pairs if n in wanted}
        else:  # (lines 1, 2, 3, ...: each wanted one looked up, not every line read)
            lines = {n: text.lines[n - 1] for n in wanted if 1 <= n <= len(text.lines)}
    for i, match in enumerate(ordered):
        for key in _keys(match, short, lines.get(match.line)):
            j = first.setdefault(key, i)
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)  # the earlier one names the disease
    return [m for i, m in enumerate(ordered) if root(i) == i]


def _keys(match: Match, short: set[str], line: str | None) -> list[tuple[str, ...]]:
    """What identifies the disease `match` names (`_diseases`)."""
    if match.kind == "condition":
        return [("condition", match.entry_id)]
    words = [_stem(w) for w in _WORDS.findall(match.text)]
    keys: list[tuple[str, ...]] = [("words", *words)]
    if match.entry_id.endswith(ONE_DISEASE):  # names of one disease ("diabetes", "diabetic")
        keys.append(("one", match.entry_id))
    if match.text in short:
        keys.append(("short", match.text))
    slot = match.phrase.find("{")
    if slot > 0 and match.phrase.rstrip().endswith("}"):  # "eye {organ-troubles}"
        organ = len(match.phrase[:slot].split())
        keys.append(("organ", match.entry_id, *words[:organ]))
    after = _after_gap(match.phrase)
    if after and len(words) > after:  # "regenerating the liver": the organ (attack13)
        keys.append(("organ", match.entry_id, *words[-after:]))
    if short:
        keys += [("short", s) for s in _spelled_out(match, line) if s in short]
    return keys


def _after_gap(phrase: str) -> int:
    """How many words `phrase` reads after its last gap, when each is one word: 1 for
    "regenerating ...4 liver|kidney", whose verb and gap's words name no other disease
    ("regenerating your liver", "repairing the damaged liver" are one organ's); 0 without
    a gap, or when a word there is optional, a list or more than one word."""
    tokens = phrase.split()
    gaps = [at for at, token in enumerate(tokens) if token.startswith("...")]
    rest = tokens[gaps[-1] + 1 :] if gaps and "~" not in tokens else []
    one_word = all(_WORDS.fullmatch(word) for token in rest for word in token.split("|"))
    return len(rest) if one_word else 0


def _is_short(words: str) -> bool:
    """Whether `words` are a short name in capitals ("MS", "COPD")."""
    return 2 <= len(words) <= SHORT_NAME and words.isalpha() and words.isupper()


#: The most letters of a short name in capitals that may stand for a disease's words.
SHORT_NAME = 6
#: The most words the page's spelled-out name may have on each side of the name matched.
SPELLED_REACH = 4
_WORDS = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_BEFORE = re.compile(rf"\b(?:[^\W\d_]+[ \t-]+){{0,{SPELLED_REACH}}}$")
_AFTER = re.compile(rf"(?:[ \t-]+[^\W\d_]+){{0,{SPELLED_REACH}}}")


def _spelled_out(match: Match, line: str | None) -> set[str]:
    """The short names the words of `match` may be spelled out in: the initials of its
    words, and of each run of the page's words around it (on its line, no mark between)
    that holds them ("chronic obstructive pulmonary disease" around "pulmonary")."""
    own = _WORDS.findall(match.text)
    before: list[str] = []
    after: list[str] = []
    start = match.column - 1
    if line is not None and line[start : start + len(match.text)] == match.text:
        left = _BEFORE.search(line, max(0, start - 200), start)
        before = _WORDS.findall(left.group()) if left else []
        right = _AFTER.match(line, start + len(match.text))
        after = _WORDS.findall(right.group()) if right else []
    runs = set()
    for i in range(len(before) + 1):
        for j in range(len(after) + 1):
            words = [*before[i:], *own, *after[:j]]
            runs.add("".join(w[0] for w in words).upper())
    return runs


def _stem(word: str) -> str:
    """A word of a disease's name without case, possessive, plural or British spelling:
    "Parkinson's", "parkinsons" -> "parkinson"; "injuries" -> "injury"; "leukaemias" ->
    "leukemia", "ageing" -> "aging" (review10); "sclerosis" stays."""
    word = word.casefold().replace("\u2019", "'").removesuffix("'s").replace("ae", "e")
    if word.endswith("eing"):
        word = word[:-4] + "ing"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _numbered(text: AdText) -> dict[int, str]:
    """The lines of `text` by their numbers (lines of an HTML page carry their numbers in
    the file; a number given twice names its first line)."""
    numbers = text.numbers or range(1, len(text.lines) + 1)
    lines: dict[int, str] = {}
    for number, line in zip(numbers, text.lines, strict=False):
        lines.setdefault(number, line)
    return lines


def _plain_quotes(words: str) -> str:
    return words.replace("\u2019", "'")


#: Words as a tree: each leads to the words that may follow it.
_Tree = dict[str, "_Tree"]


class _Names(NamedTuple):
    """What the catalog's names tell of the words that continue a name (`_completed`)."""

    #: The stemmed words of the catalog's names of more than one word, as a tree: each
    #: run of them from the first begins a name ("rheumatoid" -> "arthritis"). (Each run
    #: kept whole made a long name cost the square of its words, and a run of "disease
    #: disease ..." the square of its length: attack13.)
    begun: _Tree
    #: Disease nouns: the stemmed last words of the catalog's names of more than one word
    #: that begin none ("disease", "injury", "pain", "tear"; not "knee", "back").
    nouns: frozenset[str]


def _completed(
    line: str | None, match: Match, taken: Collection[int] = (), names: _Names | None = None
) -> str:
    """A match's words run on over the words that continue its name in its `line`,
    and no further: "Rheumatoid arthritis" where the matcher needed "Rheumatoid",
    "Parkinson's disease", "rotator cuff tears". A word continues a name when it follows
    the words so far with only spaces between, is not where the next name listed starts
    (`taken`: where names start on its line, from 0), and either carries on a name
    of the catalog the words so far begin ("rheumatoid" -> "Rheumatoid arthritis", even
    where another name starts: "knee arthritis") or is a disease noun (`_Names`:
    "disease", "injury", "pain"). A mark, a verb, a preposition or another name ends it
    ("COPD", not "COPD with stem cells"; "COVID", not "COVID pandemic we treated lupus":
    listfix1), and so does a fourth disease noun in a row (`NOUN_RUN`)."""
    start = match.column - 1
    if line is None or _plain_quotes(line[start : start + len(match.text)]) != _plain_quotes(
        match.text
    ):  # (the matcher reads a curly apostrophe as a straight one)
        return match.text
    end = start + len(match.text)
    rest = _WORD_REST.match(line, end)  # the rest of a word the match stops inside
    if rest and rest.end() > end and (end == 0 or line[end - 1].isalpha()):
        end = rest.end()
    if names is None:
        return line[start:end]
    begun: _Tree | None = names.begun  # the names the words so far begin
    for word in _WORDS.findall(line[start:end]):
        begun = begun.get(_stem(word)) if begun is not None else None
    nouns = 0  # the disease nouns run on over in a row, past any catalog name
    while True:
        found = _NEXT_WORD.match(line, end)
        if found is None:
            break
        word = _stem(found.group(1))
        longer = begun.get(word) if begun is not None else None
        if longer is None:
            if found.start(1) in taken or word not in names.nouns or nouns == NOUN_RUN:
                break
            nouns += 1
        begun, end = longer, found.end()
    return line[start:end]


def _names_of(catalog: Catalog, nouns: frozenset[str] = frozenset()) -> _Names:
    """The words that continue a condition's name, read from the catalog's names and
    aliases of conditions (built without an entry: `Catalog.names`), and the general
    nouns that end a disease's name (`nouns`: the word lists' `disease_nouns:`)."""
    labels: set[str] = set()
    for _, label, _, title in catalog.names(("condition",)):
        labels.update((label, title))
    worded = [tuple(_stem(w) for w in _WORDS.findall(label)) for label in labels]
    longer = [words for words in worded if len(words) > 1]
    begun: _Tree = {}
    for words in longer:
        node = begun
        for word in words:
            node = node.setdefault(word, {})
    firsts = {words[0] for words in longer}
    general = frozenset(_stem(noun) for noun in nouns)
    return _Names(begun, frozenset(words[-1] for words in longer) - firsts | general)


#: The most disease nouns a name runs on over in a row ("back pain problem" takes two):
#: "cancer disease disease ..." 40,000 times was one name of 320 KB, a line of the list
#: the reader is shown (attack14).
NOUN_RUN = 3
#: The rest of a word a match stops inside ("Parkinson" of "Parkinson's").
_WORD_REST = re.compile(r"(?:['\u2019]?[^\W\d_])*")
#: The next word of a line after spaces only (a mark between ends a name).
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+(?:['\u2019][^\W\d_]+)*)(?![\w'\u2019-])")


def _inside_longer(matches: Iterable[Match]) -> set[int]:
    """The matches (by id) whose words lie inside a longer name found at the same place
    ("brain injury" in "traumatic brain injury"): one disease, counted once. Sorted by
    place, longest first, and swept once, so a text naming many diseases stays fast."""
    inside: set[int] = set()
    line = -1
    reach = -1
    for match in sorted(matches, key=lambda m: (m.line, m.column, -len(m.text))):
        end = match.column + len(match.text)
        if match.line != line:
            line, reach = match.line, end
        elif end <= reach:
            inside.add(id(match))
        else:
            reach = end
    return inside


def _questions(catalog: Catalog, report: Report) -> list[Asked]:
    """At most MAX_QUESTIONS to ask the clinic, none asked twice, of three kinds: those
    of the conditions the page names (what the patient has), those of the claims it
    makes (benefitq1: what the clinic says its cells do) and the general ones of the
    topics (data/topics.yaml, the MSC overview's: generalq1). The rule:

    1. The conditions' questions, round by round (each one's first, then each one's
       second, ...), take all the places but CLAIM_PLACES when the page makes two or
       more claims that carry questions (all but one when it makes one).
    2. The claims' questions, round by round in the order the page first makes the
       claims, take the places kept for them.
    3. What is still free goes to the conditions' questions left, then to the general
       ones, then to the claims' questions left.

    Read as a patient on the seed and on train pages: a page naming one condition asks
    its first three (a registered trial, the published trials, what is injected or the
    condition's own first question), then one question about each of its first two
    claims ("Has any study compared people who had these shots with people who did
    not? Did fewer of them need an operation later?"); a page naming seven conditions
    still asks about two of its claims, which every reader of it is offered, rather than
    about a fourth and fifth condition the reader may not have; a page naming none asks
    about two claims, then the first three general questions (an experiment or usual
    care, a trial, the published studies), never only about its claims. A page read as a
    warning makes no claim of its own (`Report.made`): its questions are the
    conditions' and the general ones, as before.

    A question is not asked when it shares its topic with one chosen (`model.Question`:
    what it asks is content, tagged in data, as "repair-first" on "has a surgeon said
    whether the tear should be repaired", or "side-effects", which conditions and the
    fewer-side-effects claim both ask), or when its words are `alike` one chosen (a
    question without a topic, as in users' own data): the first one's wording is kept,
    and the next question of its kind takes the place. Each comes with its condition's
    name or its claim's (`Asked`); a general one with neither."""
    conditions: list[tuple[Asked, list[str]]] = [
        (Asked(condition=catalog.conditions[c].name), list(catalog.conditions[c].questions))
        for c in report.entries("condition")
    ]
    claims: list[tuple[Asked, list[str]]] = [
        (Asked(benefit=catalog.benefits[b].name), list(catalog.benefits[b].questions))
        for b in report.made("benefit")
        if catalog.benefits[b].questions
    ]
    chosen: list[Asked] = []
    topics: set[str] = set()

    def ask(whose: Asked, question: str) -> None:
        topic = topic_of(question)
        if topic in topics or any(alike(question, a.question) for a in chosen):
            return
        chosen.append(whose._replace(question=str(question)))
        if topic:
            topics.add(topic)

    def rounds(lists: list[tuple[Asked, list[str]]], limit: int) -> None:
        """Ask each list's next question in turn until `limit` are chosen; what is asked
        or dropped leaves its list, so a later call goes on where this one stopped."""
        while len(chosen) < limit and any(questions for _, questions in lists):
            for whose, questions in lists:
                if questions and len(chosen) < limit:
                    ask(whose, questions.pop(0))

    kept = min(CLAIM_PLACES, len(claims))
    rounds(conditions, MAX_QUESTIONS - kept)
    rounds(claims, len(chosen) + kept)
    rounds(conditions, MAX_QUESTIONS)
    for topic_entry in catalog.topics.values():
        rounds([(Asked(), list(topic_entry.questions))], MAX_QUESTIONS)
    rounds(claims, MAX_QUESTIONS)
    return chosen


def alike(one: str, other: str) -> bool:
    """Two questions asking nearly the same thing, in nearly the same words: at least
    SIMILAR_QUESTION + 0.15 of the shorter one's content words (stems, small words left
    out) are the other's, or their words compare at a difflib ratio of at least
    SIMILAR_QUESTION (twice the words in common over all the words of both)."""
    from difflib import SequenceMatcher

    mine, theirs = _content_words(one), _content_words(other)
    if (
        mine
        and theirs
        and len(mine & theirs) / min(len(mine), len(theirs)) >= (SIMILAR_QUESTION + 0.15)
    ):
        return True
    # Compared word by word: letter by letter costs a millisecond a pair.
    matcher = SequenceMatcher(None, _words_of(one), _words_of(other))
    return (
        matcher.real_quick_ratio() >= SIMILAR_QUESTION
        and matcher.quick_ratio() >= SIMILAR_QUESTION
        and matcher.ratio() >= SIMILAR_QUESTION
    )


def _words_of(text: str) -> list[str]:
    """The words of a question, in small letters, without punctuation ("trial," is
    "trial")."""
    import re

    return re.findall(r"[^\W_]+(?:'[^\W_]+)?", text.casefold())


def _content_words(text: str) -> set[str]:
    from stemcell_cli.check.words.stemmer import stem

    return {stem(w) for w in _words_of(text) if w not in _SMALL}


def _findings(
    catalog: Catalog, matches: Iterable[Match], text: AdText, every_quote: bool = True
) -> list[Finding]:
    """A finding for each match but the other diseases, its words run on to its clause's
    end (`quotes.completed`, over a line break too: `_over_the_break`) and its quote
    widened to show the claim (`quotes.widened`); each entry's answer is looked up once,
    however often the advert names it."""
    from stemcell_cli.check.quotes import (
        Paragraph,
        completed,
        in_own_letters,
        own_letters,
        widened,
    )

    index = {n: i for i, n in enumerate(text.numbers)} if text.numbers else None
    answers: dict[tuple[str, str], tuple[str, Grade | None, str, tuple[str, ...]]] = {}
    cleaned: dict[str, str] = {}  # (a page names the same words again and again)
    wide: dict[tuple[int, int, str], str] = {}
    paragraphs: dict[int, Paragraph] = {}
    letters: dict[int, tuple[str, str] | None] = {}  # (`quotes.own_letters` of a line)
    width = -1
    findings = []
    new = tuple.__new__  # (skips the records' Python-level __new__)
    for match in matches:
        if match.kind == "other_condition":
            continue
        answer = answers.get(match[:2])  # (kind, entry_id)
        first = answer is None
        if answer is None:
            answer = answers[match[:2]] = _answer(catalog, match.kind, match.entry_id)
        at = match.line - 1 if index is None else index.get(match.line, -1)
        quote = whole = match.text
        if 0 <= at < len(text.lines):
            quote = completed(text.lines[at], match.column - 1, quote)
            if first or every_quote:
                place = (at, match.column, quote)
                whole = wide.get(place, "")
                if not whole:
                    wider = widened(text.lines, at, match.column - 1, quote, paragraphs)
                    whole = wide[place] = shown(wider)
        kept = cleaned.get(quote)
        if kept is None:
            kept = cleaned[quote] = shown(quote)
        if whole != kept and 0 <= at < len(text.lines):
            if width < 0:  # (the page's widest line, read once: `_over_the_break`)
                width = max(map(len, text.lines))
            kept = _over_the_break(text.lines, at, match.column - 1, quote, kept, whole, width)
        if whole == match.text:
            whole = kept
        if 0 <= at < len(text.lines):
            own = letters[at] if at in letters else own_letters(text.lines, at)
            letters[at] = own
            if own is not None:  # (a page's look-alike letters: quoted as it has them)
                kept, whole = in_own_letters(kept, own), in_own_letters(whole, own)
        findings.append(new(Finding, (new(Match, (*match[:5], kept)), *answer, whole)))
    return findings


def _over_the_break(
    lines: Sequence[str], at: int, start: int, quote: str, kept: str, whole: str, width: int
) -> str:
    """The words found (`kept`, `quote` as cleaned), run on to their clause's end over
    the line break they stop at, when the quote shown (`whole`, the advert's sentence)
    goes on over it: a line's end in a paragraph is no clause's end, so "FDA approved
    tissue" at the end of a line before "bank" is "FDA approved tissue bank" (patient20,
    gn05; `quotes.completed`); else `kept`. A next line that opens with a capital, a
    digit or a mark goes on with the words only where this line was wrapped (`_wrapped`);
    else it is the next block (a title or heading with no full stop, "Tendinitis and
    Bursitis" / "Both are ...", a date under a title), and the words stop at the line's
    end (review18)."""
    line = lines[at]
    if at + 1 >= len(lines) or line[start + len(quote) :].strip():
        return kept
    following = lines[at + 1].split(None, 1)[:1]
    if following and not following[0][:1].islower() and not _wrapped(line, following[0], width):
        return kept
    from stemcell_cli.check.quotes import completed  # (only for words at a line's end)

    joined = line.rstrip() + " " + lines[at + 1].strip()
    longer = completed(joined, start, quote)
    if len(longer) <= len(quote):
        return kept
    wider = shown(longer)
    return wider if wider in whole else kept


def _wrapped(line: str, following: str, width: int) -> bool:
    """Whether `line` was wrapped before the word `following`: that word would not have
    fitted on it within `width`, the page's widest line ("... Rheumatoid" / "Arthritis",
    "by another" / "10 to 20 years"), or the line ends on a word that runs on ("after
    treatment at" / "Melbourne ...", `sentences._RUNS_ON`)."""
    from stemcell_cli.check.words.sentences import _RUNS_ON

    if len(line.rstrip()) + 1 + len(following) > width:
        return True
    last = line.split()[-1:]
    return bool(last) and last[0].casefold() in _RUNS_ON


def _answer(
    catalog: Catalog, kind: str, entry_id: str
) -> tuple[str, Grade | None, str, tuple[str, ...]]:
    """The name, grade, answer and references of an entry found: a red flag's own
    references, or the first three of a claim's or condition's evidence."""
    if kind == "red_flag":
        flag = catalog.red_flags[entry_id]
        return flag.name, None, flag.why, flag.references
    entries = catalog.benefits if kind == "benefit" else catalog.conditions
    entry: Benefit | Condition = entries[entry_id]
    evidence = entry.evidence
    return entry.name, evidence.grade, entry.summary, evidence.references[:3]


def shown(text: str) -> str:
    """Advert text as shown in any format: no escapes or controls, one line."""
    return " ".join(clean(text).split())
