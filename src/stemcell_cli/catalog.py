"""The in-memory index of all content: lookup by name, suggestions, cross-references."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from stemcell_cli.errors import NoMatch, NotFound
from stemcell_cli.loader import EXPLAINABLE, Dataset, data_dirs, load_dataset, normalize
from stemcell_cli.model import (
    Benefit,
    BenefitLink,
    Condition,
    Entry,
    Grade,
    RedFlag,
    Reference,
    Term,
    Topic,
    kind_of,
)
from stemcell_cli.schema import FILES

#: The shortest query that may match the start of a name.
MIN_PREFIX = 3


class Catalog:
    """Every entry by id, a name index, and both directions of every cross-reference."""

    def __init__(self, dataset: Dataset) -> None:
        built: dict[str, list[Any]] = {}
        for spec in FILES:
            built[spec.kind] = [
                spec.record.build(item["data"], origin=item["origin"])
                for item in dataset.get(spec.kind, [])
            ]
        self.conditions: dict[str, Condition] = {e.id: e for e in built["condition"]}
        self.benefits: dict[str, Benefit] = {e.id: e for e in built["benefit"]}
        self.topics: dict[str, Topic] = {e.id: e for e in built["topic"]}
        self.terms: dict[str, Term] = {e.id: e for e in built["term"]}
        self.references: dict[str, Reference] = {e.id: e for e in built["reference"]}
        self.red_flags: dict[str, RedFlag] = {e.id: e for e in built["red_flag"]}
        self._by_kind: dict[str, dict[str, Any]] = {
            "condition": self.conditions,
            "benefit": self.benefits,
            "topic": self.topics,
            "term": self.terms,
        }
        self._names: dict[str, Entry] = {}
        self._labels: dict[str, str] = {}
        for kind in EXPLAINABLE:
            for entry in self._by_kind[kind].values():
                for name in (entry.id, entry.name, *entry.aliases):
                    key = normalize(name)
                    if key and key not in self._names:
                        self._names[key] = entry
                        self._labels[key] = name

    # -- lookup -------------------------------------------------------------

    def entries(self, kinds: Sequence[str] = EXPLAINABLE) -> list[Entry]:
        return [entry for kind in kinds for entry in self._by_kind[kind].values()]

    def find(self, name: str, kinds: Sequence[str] = EXPLAINABLE, label: str = "") -> Entry:
        """The entry called `name` (id, name or alias; a unique prefix also works)."""
        key = normalize(name)
        entry = self._names.get(key)
        if entry is not None and kind_of(entry) in kinds:
            return entry
        if len(key) >= MIN_PREFIX:
            found = {
                id(candidate): candidate
                for other, candidate in self._names.items()
                if other.startswith(key) and kind_of(candidate) in kinds
            }
            if len(found) == 1:
                return next(iter(found.values()))
        raise NotFound(label or _label(kinds), name, self.suggest(name, kinds))

    def suggest(self, name: str, kinds: Sequence[str] = EXPLAINABLE, limit: int = 3) -> list[str]:
        """Nearest ids for a name that matched nothing."""
        from difflib import get_close_matches

        candidates = {key: entry for key, entry in self._names.items() if kind_of(entry) in kinds}
        close = get_close_matches(normalize(name), list(candidates), n=limit * 3, cutoff=0.6)
        result: list[str] = []
        for key in close:
            entry_id = candidates[key].id
            if entry_id not in result:
                result.append(entry_id)
        return result[:limit]

    def condition(self, name: str) -> Condition:
        entry = self.find(name, ("condition",))
        assert isinstance(entry, Condition)
        return entry

    def benefit(self, name: str) -> Benefit:
        entry = self.find(name, ("benefit",))
        assert isinstance(entry, Benefit)
        return entry

    def names(self, kinds: Sequence[str] = EXPLAINABLE) -> list[tuple[str, Entry]]:
        """Every (name as written, entry) pair, for completion."""
        return [
            (self._labels[key], entry)
            for key, entry in self._names.items()
            if kind_of(entry) in kinds
        ]

    def categories(self) -> list[str]:
        return sorted({c.category for c in self.conditions.values()})

    def filter_conditions(
        self, category: str | None = None, benefit: str | None = None, grade: Grade | None = None
    ) -> list[Condition]:
        """Conditions matching every filter given; unknown filter values raise NotFound."""
        found = list(self.conditions.values())
        if category is not None:
            wanted = normalize(category)
            known = self.categories()
            if wanted not in {normalize(c) for c in known}:
                from difflib import get_close_matches

                raise NotFound("category", category, get_close_matches(category, known, n=3))
            found = [c for c in found if normalize(c.category) == wanted]
        if benefit is not None:
            benefit_id = self.benefit(benefit).id
            found = [c for c in found if any(link.id == benefit_id for link in c.benefits)]
        if grade is not None:
            found = [c for c in found if c.evidence.grade == grade]
        if not found:
            raise NoMatch("No condition matches those filters.")
        return found

    # -- cross-references ---------------------------------------------------

    def conditions_claiming(self, benefit_id: str) -> list[tuple[Condition, BenefitLink]]:
        """Conditions that link a benefit, with the per-condition note (benefit -> conditions)."""
        return [
            (condition, link)
            for condition in self.conditions.values()
            for link in condition.benefits
            if link.id == benefit_id
        ]

    def reference_ids(self, entry: Entry | RedFlag) -> list[str]:
        """Every reference an entry cites anywhere, in order of first use."""
        ids: list[str] = []
        for key in _reference_keys(entry):
            if key not in ids:
                ids.append(key)
        return ids

    def references_for(self, entry: Entry | RedFlag) -> list[Reference]:
        return [self.references[key] for key in self.reference_ids(entry)]

    def citing(self, reference_id: str) -> list[Entry]:
        """Entries that cite a reference (reference -> entries)."""
        return [entry for entry in self.entries() if reference_id in self.reference_ids(entry)]

    def linked_terms(self, entry: Entry) -> list[Term | Topic]:
        ids = entry.see_also if isinstance(entry, Term) else entry.terms
        found: list[Term | Topic] = []
        for key in ids:
            linked = self.terms.get(key) or self.topics.get(key)
            if linked is not None:
                found.append(linked)
        return found

    def linked_entries(self, ids: Iterable[str]) -> list[Entry]:
        found: list[Entry] = []
        for key in ids:
            for kind in EXPLAINABLE:
                if key in self._by_kind[kind]:
                    found.append(self._by_kind[kind][key])
                    break
        return found


def _label(kinds: Sequence[str]) -> str:
    if len(kinds) == 1:
        return kinds[0]
    return "name"


def _reference_keys(entry: Entry | RedFlag) -> Iterable[str]:
    if isinstance(entry, Condition):
        yield from entry.standard_care.references
        yield from entry.evidence.references
        for link in entry.benefits:
            yield from link.references
        for status in entry.regulatory:
            yield from status.references
    elif isinstance(entry, Benefit):
        yield from entry.evidence.references
    yield from entry.references


def open_catalog(user_dir: Path | None = None) -> Catalog:
    """Load (from the cache when valid) and index the shipped data plus `user_dir`."""
    from stemcell_cli.cache import cached_dataset

    dirs = data_dirs(user_dir)
    dataset = cached_dataset(dirs)
    try:
        return Catalog(dataset)
    except (KeyError, TypeError, ValueError, AttributeError):
        # A cache that decodes but does not fit the model: rebuild from the files.
        return Catalog(load_dataset(dirs))
