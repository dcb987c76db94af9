"""The in-memory index of all content: lookup by name, suggestions, cross-references."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from stemcell_cli.core.datadirs import (
    SHIPPED,
    Dataset,
    normalize,
)
from stemcell_cli.core.errors import (
    Ambiguous,
    DataError,
    Match,
    NoMatch,
    NotCovered,
    NotFound,
)
from stemcell_cli.core.kinds import explainable, kind_names
from stemcell_cli.core.kinds import kind as entry_kind

if TYPE_CHECKING:  # the records are imported once an entry is read (completion reads none)
    from pathlib import Path

    from stemcell_cli.core.model import (
        Benefit,
        BenefitLink,
        Condition,
        Entry,
        EvidenceGrade,
        Grade,
        OtherCondition,
        RedFlag,
        Reference,
        ShortName,
        Term,
        Topic,
    )
    from stemcell_cli.core.store import Store

T = TypeVar("T")

#: The shortest query that may match the start of a name.
MIN_PREFIX = 3


class Records(Mapping[str, T]):
    """The entries of one kind by id, each built into a record the first time it is read."""

    def __init__(
        self,
        kind: str,
        rows: Iterable[list[Any]],
        reload: Callable[[], Store] | None = None,
        outside: Callable[[], None] | None = None,
    ) -> None:
        self._kind = kind
        #: Told of every read of an entry from a data directory of the user's (the
        #: catalog counts them: see Catalog.outside_reads).
        self._outside = outside
        self._raw: dict[str, tuple[str, Any]] = {row[0]: (row[1], row[3]) for row in rows}
        self._built: dict[str, T] = {}
        #: Gives the entries read afresh from the data files, when these came from the
        #: cache: an entry the cache cannot give is then read from the files instead.
        self._reload = reload

    def __getitem__(self, key: str) -> T:
        if self._outside is not None and self._raw[key][0] != SHIPPED:
            self._outside()
        built = self._built.get(key)
        if built is not None:
            return built
        origin, data = self._raw[key]
        if isinstance(data, bytes):
            try:
                return self._build(key, origin, _decode(data))
            except (EOFError, ValueError, TypeError, KeyError, AttributeError) as exc:
                if self._reload is None:
                    raise _damaged_cache(key) from exc
                # A cache we cannot use is rebuilt from the data files, never an error;
                # what then still fails is a real disagreement of code and data.
                fresh = self._reload()
                self._reload = None
                self._raw = {row[0]: (row[1], row[3]) for row in fresh.get(self._kind, ())}
                origin, data = self._raw[key]
        try:
            return self._build(key, origin, data)
        except (TypeError, KeyError, AttributeError, ValueError) as exc:
            raise _mismatch(self._kind, key, origin, exc) from exc

    def _build(self, key: str, origin: str, data: Any) -> T:
        from stemcell_cli.core.records import build

        built: T = build(self._kind, data, origin)
        self._built[key] = built
        return built

    def holding(self, pieces: Sequence[str]) -> list[T]:
        """The entries whose text may hold every one of `pieces` (case-folded runs of
        letters and digits): a cached entry whose bytes lack one is skipped unbuilt.

        Each text value is kept whole in an entry's marshal bytes, as UTF-8, and a run
        of letters and digits never spans two values, so decoding the bytes (dropping
        framing bytes that are not UTF-8) and folding case can only find more, never
        miss a run of a value.

        An entry of the user's is skipped so whatever its state (built, or read from
        the files), so that only one that may hold the pieces is read: a page that reads
        one is written as the user's words (Catalog.outside_reads)."""
        found = []
        for key, (origin, data) in list(self._raw.items()):
            if isinstance(data, bytes) and (key not in self._built or origin != SHIPPED):
                text = data.decode("utf-8", "ignore")
            elif origin != SHIPPED:
                text = "\n".join(_texts(data))
            else:
                found.append(self[key])
                continue
            text = text.lower() if text.isascii() else text.casefold()  # alike for ASCII
            if all(piece in text for piece in pieces):
                found.append(self[key])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _texts(data: Any) -> Iterator[str]:
    """Every text value in an entry's data, as the files gave it."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _texts(value)
    elif isinstance(data, (list, tuple)):
        for value in data:
            yield from _texts(value)


def _decode(data: bytes) -> Any:
    import marshal

    return marshal.loads(data)


def _damaged_cache(key: str) -> DataError:
    from stemcell_cli.core.problems import Problem

    message = (
        f"entry '{key}' in the cache cannot be read; delete the cache directory "
        "(or set STEMCELL_NO_CACHE=1) and run again"
    )
    return DataError([Problem("stemcell cache", 0, 0, "", message)])


def _mismatch(kind: str, key: str, origin: str, exc: Exception) -> DataError:
    """Valid data that this program cannot build into a record: the code and the data
    disagree (a schema and a model out of step), which no cache can cause or cure."""
    import re

    from stemcell_cli.core.problems import Problem

    if isinstance(exc, KeyError) and exc.args:  # a field the record type does not have
        name, detail = str(exc.args[0]), "the record type has no such field"
    else:
        found = re.search(r"argument '(\w+)'", str(exc))
        name, detail = (found[1] if found else ""), str(exc)
    message = (
        f"{kind} '{key}' passed validation but this version of stemcell cannot build it "
        f"({detail}); the schema and the record type disagree"
    )
    return DataError([Problem(f"{origin} data", 0, 0, name, message)])


class Catalog:
    """Every entry by id, a name index, and both directions of every cross-reference."""

    def __init__(
        self,
        store: Store,
        reload: Callable[[], Store] | None = None,
        user_dirs: Sequence[Path] = (),
    ) -> None:
        #: The user data directories read over the shipped data (their word lists of
        #: `check` too).
        self.user_dirs = tuple(user_dirs)
        fresh: list[Store] = []

        def reload_once() -> Store:
            if not fresh and reload is not None:
                fresh.append(reload())
            return fresh[0]

        again = reload_once if reload is not None else None
        #: How many times an entry from a data directory of the user's was read (its
        #: record, or its name in a match): a page built while this grew shows words
        #: of the user's, whose web addresses Markdown makes inert (views/base.py, `marked`).
        self.outside_reads = 0
        records = {
            kind: Records[Any](kind, store.get(kind, ()), again, self._read_outside)
            for kind in kind_names()
        }
        self.explainable = explainable()
        self.conditions: Records[Condition] = records["condition"]
        self.benefits: Records[Benefit] = records["benefit"]
        self.topics: Records[Topic] = records["topic"]
        self.terms: Records[Term] = records["term"]
        self.references: Records[Reference] = records["reference"]
        self.red_flags: Records[RedFlag] = records["red_flag"]
        #: What each grade of the evidence scale means, in plain words, by grade.
        self.evidence_grades: Records[EvidenceGrade] = records["evidence_grade"]
        #: Short names and what each is, said where a page first uses one (acronym1).
        self.short_names: Records[ShortName] = records["short_name"]
        #: Conditions stemcell does not explain, which `find` says so of by name.
        self.other_conditions: Records[OtherCondition] = records["other_condition"]
        self._by_kind: dict[str, Records[Any]] = {k: records[k] for k in self.explainable}
        self._records = records
        #: lookup key -> (kind, id); the first entry to claim a key keeps it.
        self._names: dict[str, tuple[str, str]] = {}
        self._labels: dict[str, str] = {}
        #: (kind, id) -> the entry's name, for completion without building entries.
        self._titles: dict[tuple[str, str], str] = {}
        for kind in self.explainable:
            for row in store.get(kind, ()):
                self._titles[kind, row[0]] = row[2][1][1] if len(row[2]) > 1 else row[0]
                for key, label in row[2]:
                    if key and key not in self._names:
                        self._names[key] = (kind, row[0])
                        self._labels[key] = label
        #: lookup key -> the id of a condition stemcell does not explain, by its name or
        #: an alias (never offered by completion: `names` lists entries only).
        self._other_conditions = {
            key: row[0] for row in store.get("other_condition", ()) for key, _ in row[2] if key
        }
        self._completions: str | None = None
        #: kind -> the store's rows, for matching words on a miss.
        self._rows = {kind: store.get(kind, ()) for kind in self.explainable}

    def _read_outside(self) -> None:
        self.outside_reads += 1

    @classmethod
    def from_dataset(cls, dataset: Dataset, user_dirs: Sequence[Path] = ()) -> Catalog:
        from stemcell_cli.core.store import to_store

        return cls(to_store(dataset), user_dirs=user_dirs)

    def _entry(self, ref: tuple[str, str]) -> Entry:
        entry: Entry = self._by_kind[ref[0]][ref[1]]
        return entry

    # -- lookup -------------------------------------------------------------

    def of_kind(self, kind: str) -> Records[Any]:
        """The entries of any kind (kinds.KINDS) by id."""
        return self._records[kind]

    def entries(self, kinds: Sequence[str] | None = None) -> list[Entry]:
        kinds = self.explainable if kinds is None else kinds
        return [entry for kind in kinds for entry in self._by_kind[kind].values()]

    def entries_holding(self, pieces: Sequence[str]) -> list[Entry]:
        """The entries that may hold every piece of text (see Records.holding)."""
        return [entry for kind in self.explainable for entry in self._by_kind[kind].holding(pieces)]

    def find(self, name: str, kinds: Sequence[str] | None = None, label: str = "") -> Entry:
        """The entry called `name` (id, name or alias); else the one entry a word matches.

        A name that is not an entry's own is looked for as the start of a name, as
        whole words inside names and aliases, and as whole words in a condition's
        symptoms ("knee", "shoulder"). One entry found is the answer; several raise
        Ambiguous, listing each with why it matched; none raise NotFound with the
        nearest names (or, for a reference's id, that it is one). A name of a condition
        stemcell does not explain (data/other_conditions.yaml), looked for among conditions,
        raises NotCovered: no word match and no spelling guess.
        """
        kinds = self.explainable if kinds is None else kinds
        key = normalize(name)
        ref = self._names.get(key)
        if ref is not None and ref[0] in kinds:
            return self._entry(ref)
        other = self._other_conditions.get(key)
        if other is not None and "condition" in kinds:
            raise NotCovered(name, other, self.other_conditions[other].unlike)
        ranked = self._ranked(name, kinds)
        found = [match for _, match in ranked]
        if len({(m.kind, m.id) for m in found}) == 1:
            return self._entry((found[0].kind, found[0].id))
        if found:
            raise Ambiguous(name, found, first_closest=ranked[0][0] < ranked[1][0])
        reference = self._reference_id(key)
        suggestions = [] if reference else self.suggest(name, kinds)
        raise NotFound(label or _label(kinds), name, suggestions, reference)

    def matches(self, name: str, kinds: Sequence[str] | None = None) -> list[Match]:
        """Every entry `name` matches other than exactly, each once, with why: a name or
        alias it starts (3 characters or more), or holds as whole words; then a
        condition whose symptoms hold it as whole words."""
        return [match for _, match in self._ranked(name, kinds)]

    def _ranked(self, name: str, kinds: Sequence[str] | None = None) -> list[tuple[int, Match]]:
        """The matches, closest first, each with its tier: 0 for an id or a name, 1 for
        an alias, 2 for a symptom."""
        kinds = self.explainable if kinds is None else kinds
        key, words = normalize(name), label_words(name)
        #: (kind, id) -> (tier, match): names first, then aliases, then symptoms.
        found: dict[tuple[str, str], tuple[int, Match]] = {}
        if not words:
            return []
        for kind in kinds:
            for row in self._rows.get(kind, ()):
                labels = row[2]
                for role, (label_key, label) in [*enumerate(labels[1:], 1), (0, labels[0])]:
                    starts = len(key) >= MIN_PREFIX and label_key.startswith(key)
                    if starts or holds_words(label_words(label), words):
                        if row[1] != SHIPPED:
                            self._read_outside()
                        ref = (kind, row[0])
                        why = _why(role, label, kind)
                        found[ref] = (int(role > 1), Match(*ref, self._titles[ref], why))
                        break
        if "condition" in kinds:
            pieces = [piece for word in words for piece in _pieces(word)]
            for condition in self.conditions.holding(pieces):
                ref = ("condition", condition.id)
                for symptom in () if ref in found else condition.symptoms:
                    if holds_words(label_words(symptom), words):
                        why = f"symptom '{_around(symptom, words)}'"
                        found[ref] = (2, Match(*ref, condition.name, why))
                        break
        ranked = sorted(enumerate(found.values()), key=lambda pair: (pair[1][0], pair[0]))
        return [tiered for _, tiered in ranked]

    def _reference_id(self, key: str) -> str:
        for ref_id in self.references:
            if normalize(ref_id) == key:
                return ref_id
        return ""

    def suggest(self, name: str, kinds: Sequence[str] | None = None, limit: int = 3) -> list[str]:
        """Nearest ids for a name that matched nothing: first entries with a name or
        alias that starts with it (spaces and punctuation ignored, as in lookups) or
        one of whose words does, for a name of at least two letters; then the closest
        spellings of whole names and of single words of names, single words first
        when one word was typed ("kneee" is a slip of "knee", not of "knee OA").
        Among the entries sharing a close word, those whose own id or name holds it
        come first."""
        kinds = self.explainable if kinds is None else kinds
        from stemcell_cli.core.words import closest

        key = normalize(name)
        result: list[str] = []

        def add(entry_id: str) -> None:
            if entry_id not in result:
                result.append(entry_id)

        #: word -> (is only in an alias, entry id), for each label holding the word.
        words: dict[str, list[tuple[bool, str]]] = {}
        for kind in kinds:
            for row in self._rows.get(kind, ()):
                for role, (label_key, label) in enumerate(row[2]):
                    if len(key) >= 2 and (
                        label_key.startswith(key)
                        or any(word.startswith(key) for word in label_words(label))
                    ):
                        add(row[0])
                    for word in label_words(label):
                        words.setdefault(word, []).append((role > 1, row[0]))
        candidates = {k: ref for k, ref in self._names.items() if ref[0] in kinds}

        def add_close_names() -> None:
            for close in closest(key, candidates, limit=limit * 3):
                add(candidates[close][1])

        def add_close_words() -> None:
            for close in closest(key, words, limit=limit):
                for _, entry_id in sorted(words[close], key=lambda pair: pair[0]):
                    add(entry_id)

        steps = (add_close_names, add_close_words)
        for step in steps if len(label_words(name)) > 1 else reversed(steps):
            step()
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

    def names(self, kinds: Sequence[str] | None = None) -> list[tuple[str, str, str, str]]:
        """Every (lookup key, name as written, kind, entry's name), for completion.

        Builds no entry, so completing a name stays fast on a large data directory.
        """
        kinds = self.explainable if kinds is None else kinds
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
                from stemcell_cli.core.words import closest

                raise NotFound("category", category, closest(category, known, cutoff=0.6))
            found = [c for c in found if normalize(c.category) == wanted]
        if benefit is not None:
            benefit_id = self.benefit(benefit).id
            found = [c for c in found if any(link.id == benefit_id for link in c.benefits)]
        if grade is not None:
            found = [c for c in found if c.evidence.grade == grade]
        if not found:
            raise NoMatch("No condition matches those filters.")
        return found

    def grade_meaning(self, grade: Grade) -> str:
        """What a grade stands for, in the evidence's own terms (data/grades.yaml,
        `meaning`; the loader sees that every grade has one)."""
        return self.evidence_grades[grade.value].meaning

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
        """Entries that cite a reference (reference -> entries). Only the entries whose
        text may hold its id are read (Records.holding): an entry of the user's that
        does not cite it leaves the page free of the user's words."""
        holders = self.entries_holding(_pieces(reference_id.casefold()))
        return [entry for entry in holders if reference_id in self.reference_ids(entry)]

    def see_a_doctor(self) -> list[str]:
        """When to see a doctor now, whatever the condition: every topic's `see_a_doctor`,
        each line once, in the topics' order (a benefit's page shows them, patient7)."""
        return list(dict.fromkeys(line for t in self.topics.values() for line in t.see_a_doctor))

    def linked_terms(self, entry: Entry) -> list[Term | Topic]:
        from stemcell_cli.core.model import Term

        ids = entry.see_also if isinstance(entry, Term) else getattr(entry, "terms", ())
        found: list[Term | Topic] = []
        for key in ids:
            linked = self.terms.get(key) or self.topics.get(key)
            if linked is not None:
                found.append(linked)
        return found

    def using_term(self, term_id: str) -> list[Entry]:
        """Entries that list a term among the terms they use (term -> entries)."""
        return [
            entry
            for entry in self.entries_holding(_pieces(term_id.casefold()))
            if term_id in getattr(entry, "terms", ())
        ]

    def linked_entries(self, ids: Iterable[str]) -> list[Entry]:
        found: list[Entry] = []
        for key in ids:
            for kind in self.explainable:
                if key in self._by_kind[kind]:
                    found.append(self._by_kind[kind][key])
                    break
        return found


def label_words(text: str) -> list[str]:
    """The words of a name or a text, case-folded: runs of letters and digits."""
    return _WORD.findall(text.casefold())


_WORD = re.compile(r"[^\W_]+")


def _pieces(word: str) -> list[str]:
    return _WORD.findall(word)


def same_word(query: str, word: str) -> bool:
    """Whether two words are the same, a plural "s" or "es" aside ("knee", "knees")."""
    if query == word:
        return True
    longer, shorter = (query, word) if len(query) > len(word) else (word, query)
    return longer in (shorter + "s", shorter + "es")


def holds_words(words: Sequence[str], query: Sequence[str]) -> bool:
    """Whether `query` appears in `words` as a run of whole words."""
    size = len(query)
    return any(
        all(same_word(q, w) for q, w in zip(query, words[at : at + size], strict=True))
        for at in range(len(words) - size + 1)
    )


def _why(role: int, label: str, kind_name: str) -> str:
    """Why a label matched: row labels are the id, the name, then the aliases."""
    if role == 0:
        return "its id"
    if role == 1:
        return "its name"
    return f"{entry_kind(kind_name).alias_role} '{label}'"


def _around(text: str, query: Sequence[str], width: int = 60) -> str:
    """Some whole words of `text` around the first of `query`, with "..." where cut."""
    words = text.split()
    at = next(
        (
            n
            for n, word in enumerate(words)
            if any(same_word(q, w) for q in query[:1] for w in label_words(word))
        ),
        0,
    )
    start = max(0, at - 3)
    end = start
    while end < len(words) and len(" ".join(words[start : end + 1])) <= width:
        end += 1
    end = max(end, at + 1)
    shown = " ".join(words[start:end])
    return ("..." if start else "") + shown + ("..." if end < len(words) else "")


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
