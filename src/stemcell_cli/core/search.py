"""Full-text search over conditions, benefits, topics, terms and references.

Query: words separated by spaces are all required (AND); "quoted words" are one
phrase. Matching ignores case and finds whole words only ("stem" is not found in
"system"), a plural "s" or "es" allowed ("knee" finds "knees").
Ranking: an entry whose name or alias holds the words comes first, then one whose
summary does, then one that has them only in its body text; ties go to the entry
with more occurrences, then to the name in alphabetical order. Each hit shows a
short snippet of the best field holding every word, else of the field where the
first word matched best.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from typing import NamedTuple

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.errors import NoMatch, UsageError
from stemcell_cli.core.kinds import kind_of
from stemcell_cli.core.model import Benefit, Condition, Entry, Reference, Term, Topic

NAME, SUMMARY, BODY = 0, 1, 2
TIER_LABELS = ("name", "summary", "body")


class Field(NamedTuple):
    tier: int
    label: str
    text: str


class Hit(NamedTuple):
    kind: str
    id: str
    name: str
    tier: int
    occurrences: int
    field: Field
    start: int
    length: int


def parse_query(query: str) -> list[str]:
    """The required words and phrases of a query, case-folded."""
    try:
        parts = shlex.split(query)
    except ValueError:  # an unclosed quote: take the words as they are
        parts = query.replace('"', " ").replace("'", " ").split()
    terms = [" ".join(part.split()).casefold() for part in parts]
    terms = [term for term in terms if term]
    if not terms:
        raise UsageError("search needs at least one word")
    return terms


def fields_of(item: Entry | Reference) -> Iterator[Field]:
    """The searchable text of an entry, tier by tier."""
    if isinstance(item, Reference):
        yield Field(NAME, "title", item.title)
        yield Field(SUMMARY, "authors", item.authors)
        yield Field(SUMMARY, "journal", item.journal)
        yield Field(BODY, "summary", item.summary)
        return
    yield Field(NAME, "name", item.name)
    for alias in item.aliases:
        yield Field(NAME, "alias", alias)
    if isinstance(item, Term):
        yield Field(SUMMARY, "definition", item.definition)
        return
    yield Field(SUMMARY, "summary", item.summary)
    if isinstance(item, Topic):
        for section in item.sections:
            yield Field(BODY, section.heading, section.body)
        for question in item.questions:
            yield Field(BODY, "questions", question)
        return
    if isinstance(item, Benefit):
        yield Field(BODY, "claim", item.claim)
        yield Field(BODY, "mechanism", item.mechanism)
        yield Field(BODY, "evidence", item.evidence.summary)
        for caveat in item.caveats:
            yield Field(BODY, "caveats", caveat)
        for question in item.questions:
            yield Field(BODY, "questions", question)
        return
    assert isinstance(item, Condition)
    yield Field(BODY, "overview", item.overview)
    for text in item.symptoms:
        yield Field(BODY, "symptoms", text)
    yield Field(BODY, "standard care", item.standard_care.summary)
    yield Field(BODY, "stem cell approach", item.stem_cell_approach.summary)
    for link in item.benefits:
        yield Field(BODY, "claimed benefits", link.note)
    yield Field(BODY, "evidence", item.evidence.summary)
    yield Field(BODY, "evidence", item.evidence.justification)
    for text in item.risks:
        yield Field(BODY, "risks", text)
    for status in item.regulatory:
        yield Field(BODY, "regulatory status", f"{status.region}: {status.status}")
    for text in item.questions:
        yield Field(BODY, "questions", text)


def word_pattern(term: str) -> re.Pattern[str]:
    """`term` as whole words (spaces match any run of white space), a plural allowed."""
    words = r"\s+".join(re.escape(word) for word in term.split())
    return re.compile(rf"(?<![^\W_]){words}(?:e?s)?(?![^\W_])")


def _match(item: Entry | Reference, patterns: list[re.Pattern[str]]) -> Hit | None:
    fields = [(field, field.text.casefold()) for field in fields_of(item) if field.text]
    best_tiers = []
    count = 0
    first: tuple[Field, re.Match[str]] | None = None
    for number, pattern in enumerate(patterns):
        tier = None
        for field, folded in fields:
            found = pattern.search(folded)
            if found is None:
                continue
            count += len(pattern.findall(folded))
            if tier is None or field.tier < tier:
                tier = field.tier
                if number == 0:
                    first = (field, found)
        if tier is None:
            return None
        best_tiers.append(tier)
    assert first is not None
    together = [(f, text) for f, text in fields if all(p.search(text) for p in patterns)]
    if together:  # show the best field that holds every word, if one does
        field, folded = min(together, key=lambda pair: pair[0].tier)
        found = patterns[0].search(folded)
        assert found is not None
        first = (field, found)
    kind = "reference" if isinstance(item, Reference) else kind_of(item)
    name = item.title if isinstance(item, Reference) else item.name
    field, found = first
    return Hit(kind, item.id, name, max(best_tiers), count, field, found.start(), len(found[0]))


def search(catalog: Catalog, query: str) -> list[Hit]:
    """Every entry and reference holding all the query's words, best first."""
    terms = parse_query(query)
    patterns = [word_pattern(term) for term in terms]
    # Entries that cannot hold every word are skipped before they are built; a field
    # such as "region: status" joins two values, so only runs of letters and digits
    # of the terms are looked for.
    pieces = [piece for term in terms for piece in re.findall(r"[^\W_]+", term)]
    items = [*catalog.entries_holding(pieces), *catalog.references.holding(pieces)]
    hits = [hit for item in items if (hit := _match(item, patterns)) is not None]
    if not hits:
        from stemcell_cli.core.textclean import quoted

        raise NoMatch(f"nothing matches {quoted(query)}", prefixed=True)
    hits.sort(key=lambda h: (h.tier, -h.occurrences, h.name.casefold()))
    return hits
