"""The in-memory index of all content: lookup by name, suggestions, cross-references."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from stemcell_cli.core.datadirs import (
    EXPLAINABLE,
    KINDS,
    Dataset,
    normalize,
)
from stemcell_cli.core.errors import DataError, NoMatch, NotFound

if TYPE_CHECKING:  # the records are imported once an entry is read (completion reads none)
    from stemcell_cli.core.model import (
        Benefit,
        BenefitLink,
        Condition,
        Entry,
        Grade,
        RedFlag,
        Reference,
        Term,
        Topic,
    )
    from stemcell_cli.core.store import Store

T = TypeVar("T")

#: The shortest query that may match the start of a name.
MIN_PREFIX = 3


class Records(Mapping[str, T]):
    """The entries of one kind by id, each built into a record the first time it is read."""

    def __init__(self, kind: str, rows: Iterable[list[Any]]) -> None:
        self._kind = kind
        self._raw: dict[str, tuple[str, Any]] = {row[0]: (row[1], row[3]) for row in rows}
        self._built: dict[str, T] = {}

    def __getitem__(self, key: str) -> T:
        built = self._built.get(key)
        if built is None:
            origin, data = self._raw[key]
            try:
                if isinstance(data, bytes):
                    import marshal

                    data = marshal.loads(data)
                from stemcell_cli.core.records import build

                built = self._built[key] = build(self._kind, data, origin)
            except (EOFError, ValueError, TypeError, KeyError, AttributeError) as exc:
                raise _damaged_cache(key) from exc
        return built

    def holding(self, pieces: Sequence[str]) -> list[T]:
        """The entries whose text may hold every one of `pieces` (case-folded runs of
        letters and digits): a cached entry whose bytes lack one is skipped unbuilt.

        Each text value is kept whole in an entry's marshal bytes, as UTF-8, and a run
        of letters and digits never spans two values, so decoding the bytes (dropping
        framing bytes that are not UTF-8) and folding case can only find more, never
        miss a run of a value."""
        found = []
        for key, (_, data) in self._raw.items():
            if isinstance(data, bytes) and key not in self._built:
                text = data.decode("utf-8", "ignore")
                text = text.lower() if text.isascii() else text.casefold()  # alike for ASCII
                if not all(piece in text for piece in pieces):
                    continue
            found.append(self[key])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _damaged_cache(key: str) -> DataError:
    from stemcell_cli.core.problems import Problem

    message = (
        f"entry '{key}' in the cache cannot be read; delete the cache directory "
        "(or set STEMCELL_NO_CACHE=1) and run again"
    )
    return DataError([Problem("stemcell cache", 0, 0, "", message)])


class Catalog:
    """Every entry by id, a name index, and both directions of every cross-reference."""

    def __init__(self, store: Store) -> None:
        records = {kind: Records[Any](kind, store.get(kind, ())) for kind in KINDS}
        self.conditions: Records[Condition] = records["condition"]
        self.benefits: Records[Benefit] = records["benefit"]
        self.topics: Records[Topic] = records["topic"]
        self.terms: Records[Term] = records["term"]
        self.references: Records[Reference] = records["reference"]
        self.red_flags: Records[RedFlag] = records["red_flag"]
        self._by_kind: dict[str, Records[Any]] = {kind: records[kind] for kind in EXPLAINABLE}
        #: lookup key -> (kind, id); the first entry to claim a key keeps it.
        self._names: dict[str, tuple[str, str]] = {}
        self._labels: dict[str, str] = {}
        #: (kind, id) -> the entry's name, for completion without building entries.
        self._titles: dict[tuple[str, str], str] = {}
        for kind in EXPLAINABLE:
            for row in store.get(kind, ()):
                self._titles[kind, row[0]] = row[2][1][1] if len(row[2]) > 1 else row[0]
                for key, label in row[2]:
                    if key and key not in self._names:
                        self._names[key] = (kind, row[0])
                        self._labels[key] = label
        self._completions: str | None = None

    @classmethod
    def from_dataset(cls, dataset: Dataset) -> Catalog:
        from stemcell_cli.core.store import to_store

        return cls(to_store(dataset))

    def _entry(self, ref: tuple[str, str]) -> Entry:
        entry: Entry = self._by_kind[ref[0]][ref[1]]
        return entry

    # -- lookup -------------------------------------------------------------

    def entries(self, kinds: Sequence[str] = EXPLAINABLE) -> list[Entry]:
        return [entry for kind in kinds for entry in self._by_kind[kind].values()]

    def entries_holding(self, pieces: Sequence[str]) -> list[Entry]:
        """The entries that may hold every piece of text (see Records.holding)."""
        return [entry for kind in EXPLAINABLE for entry in self._by_kind[kind].holding(pieces)]

    def find(self, name: str, kinds: Sequence[str] = EXPLAINABLE, label: str = "") -> Entry:
        """The entry called `name` (id, name or alias; a unique prefix also works)."""
        key = normalize(name)
        ref = self._names.get(key)
        if ref is not None and ref[0] in kinds:
            return self._entry(ref)
        if len(key) >= MIN_PREFIX:
            found = {
                candidate
                for other, candidate in self._names.items()
                if other.startswith(key) and candidate[0] in kinds
            }
            if len(found) == 1:
                return self._entry(found.pop())
        raise NotFound(label or _label(kinds), name, self.suggest(name, kinds))

    def suggest(self, name: str, kinds: Sequence[str] = EXPLAINABLE, limit: int = 3) -> list[str]:
        """Nearest ids for a name that matched nothing."""
        from difflib import get_close_matches

        candidates = {key: ref for key, ref in self._names.items() if ref[0] in kinds}
        close = get_close_matches(normalize(name), list(candidates), n=limit * 3, cutoff=0.6)
        result: list[str] = []
        for key in close:
            entry_id = candidates[key][1]
            if entry_id not in result:
                result.append(entry_id)
        return result[:limit]

    def condition(self, name: str) -> Condition:
        from stemcell_cli.core.model import Condition

        entry = self.find(name, ("condition",))
        assert isinstance(entry, Condition)
        return entry

    def benefit(self, name: str) -> Benefit:
        from stemcell_cli.core.model import Benefit

        entry = self.find(name, ("benefit",))
        assert isinstance(entry, Benefit)
        return entry

    def names(self, kinds: Sequence[str] = EXPLAINABLE) -> list[tuple[str, str, str, str]]:
        """Every (lookup key, name as written, kind, entry's name), for completion.

        Builds no entry, so completing a name stays fast on a large data directory.
        """
        return [
            (key, self._labels[key], ref[0], self._titles[ref])
            for key, ref in self._names.items()
            if ref[0] in kinds
        ]

    def completions(self, incomplete: str, kinds: Sequence[str]) -> list[tuple[str, str, str]]:
        """(shell word, kind, entry's name) for completing `incomplete` (match_completions)."""
        from stemcell_cli.core.completion import completion_index, match_completions

        if self._completions is None:
            self._completions = completion_index(self.names())
        return match_completions(self._completions, incomplete, kinds)

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
        from stemcell_cli.core.model import Term

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
    from stemcell_cli.core.model import Benefit, Condition

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
