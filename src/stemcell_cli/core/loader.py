"""Read the data directories, validate everything at once, and lay user data over ours.

The result is a plain, JSON-ready `Dataset` (kind -> list of entries), which the
cache can store and the catalog turns into typed records.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stemcell_cli.core.datadirs import (
    SHIPPED,
    WORD_LISTS,
    DataDir,
    Dataset,
    data_dirs,
    data_files,
    normalize,
    shipped_dir,
)
from stemcell_cli.core.errors import DataError
from stemcell_cli.core.grades import Grade
from stemcell_cli.core.kinds import explainable
from stemcell_cli.core.problems import MAX_PROBLEMS, Problem
from stemcell_cli.core.schema import INVALID, Context, FileSpec, RefUse, files
from stemcell_cli.core.textclean import shortened
from stemcell_cli.core.words import closest

if TYPE_CHECKING:
    from stemcell_cli.core.yamlsource import Document


def _targets(target: str) -> tuple[str, ...]:
    """The kinds a cross-reference to `target` may name ("entry" is any explainable kind)."""
    return {"term": ("term", "topic"), "entry": explainable()}.get(target, (target,))


@dataclass
class _Slot:
    data: dict[str, Any]
    origin: str
    doc: Document
    path: str


#: path of a data file -> what was read of it: its status as opened (files.stamp), the
#: SHA-256 of the bytes parsed, and whether it changed while being read.
Seen = dict[str, tuple[list[int] | None, str, bool]]


def load_dataset(dirs: Sequence[DataDir], seen: Seen | None = None) -> Dataset:
    """Validate every file in `dirs`; raise DataError listing every problem (at most
    MAX_PROBLEMS of them, and how many more). `seen`, when given, is filled with what
    was read of each file, so that a cache can stamp exactly the bytes it was built from."""
    return _Validation(seen).run(dirs)


class _Validation:
    def __init__(self, seen: Seen | None = None) -> None:
        self.seen = seen
        self.problems: list[Problem] = []
        self.more = 0
        self.files = files()
        self.slots: dict[str, dict[str, _Slot]] = {spec.kind: {} for spec in self.files}
        self.refs: list[RefUse] = []
        #: Kinds whose file could not be read, or whose top level is not the list of
        #: entries expected; references into them are not checked, so one broken file
        #: does not bury its real problem under unknown-id noise.
        self.unreadable: set[str] = set()
        #: kind -> the first document whose list of entries was read (the shipped one),
        #: and the key of that list.
        self.lists: dict[str, tuple[Document, str]] = {}
        #: Kinds with an entry whose id is missing or wrong (already a problem).
        self.bad_ids: set[str] = set()

    def run(self, dirs: Sequence[DataDir]) -> Dataset:
        for data_dir in dirs:
            self._read_dir(data_dir)
        self._resolve_refs()
        self._check_names()
        self._check_short_names()
        self._check_grades()
        if self.problems or self.more:
            raise DataError(self.problems, self.more)
        return {
            kind: [{"origin": slot.origin, "data": slot.data} for slot in slots.values()]
            for kind, slots in self.slots.items()
        }

    def _add(self, problem: Problem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more += 1

    def _read_dir(self, data_dir: DataDir) -> None:
        shown = str(data_dir.path)
        try:
            is_dir = data_dir.path.is_dir()
        except OSError as exc:
            self._add(Problem(shown, 0, 0, "", f"cannot read: {exc.strerror or exc}"))
            return
        if not is_dir:
            what = (
                "is not a directory" if os.path.lexists(shown) else "data directory does not exist"
            )
            self._add(Problem(shown, 0, 0, "", what))
            return
        if not os.access(shown, os.X_OK):
            self._add(Problem(shown, 0, 0, "", "cannot read the data directory: permission denied"))
            return
        found = False
        for spec in self.files:
            path = data_dir.path / spec.filename
            if not os.path.lexists(path):
                if data_dir.shipped:
                    self._add(Problem(str(path), 0, 0, "", "data file is missing"))
                    self.unreadable.add(spec.kind)
                continue
            found = True
            if not os.path.exists(path):
                self._add(Problem(str(path), 0, 0, "", "is a broken link"))
                self.unreadable.add(spec.kind)
                continue
            self._read_file(spec, path, data_dir)
        if not found and not os.path.lexists(data_dir.path / WORD_LISTS):
            names = ", ".join([*(spec.filename for spec in self.files), WORD_LISTS])
            self._add(Problem(shown, 0, 0, "", f"holds none of the data files ({names})"))

    def _read_file(self, spec: FileSpec, path: Path, data_dir: DataDir) -> None:
        from stemcell_cli.core.yamlsource import read_document

        doc = read_document(path, str(path))
        if self.seen is not None:
            self.seen[str(path)] = (doc.stamp, doc.digest, doc.changed)
        if doc.value is not None:
            self._read_entries(spec, doc, data_dir)
        elif doc.problems:
            # Not read at all: references into it are not checked, so that one broken
            # file does not bury its own problem under unknown-id noise.
            self.unreadable.add(spec.kind)
        for problem in doc.problems:
            self._add(problem)
        self.more += doc.more

    def _read_entries(self, spec: FileSpec, doc: Document, data_dir: DataDir) -> None:
        top = doc.value
        if not isinstance(top, dict) or spec.key not in top:
            doc.problem("", f"expected a mapping with the key '{spec.key}:' holding a list")
            self.unreadable.add(spec.kind)
            return
        for key in top:
            if key != spec.key:
                doc.problem(
                    key, f"unknown top-level key '{shortened(key)}' (expected '{spec.key}')"
                )
        items = top[spec.key]
        if not isinstance(items, list):
            doc.problem(spec.key, f"'{spec.key}' must be a list of entries")
            self.unreadable.add(spec.kind)
            return
        self.lists.setdefault(spec.kind, (doc, spec.key))
        seen_here: dict[str, str] = {}
        for index, item in enumerate(items):
            path = f"{spec.key}[{index}]"
            raw_id = item.get("id") if isinstance(item, dict) else None
            ctx = Context(doc, owner=str(raw_id))
            checked = spec.record.check(item, path, ctx)
            entry_id = checked.get("id") if checked is not INVALID else None
            if not isinstance(entry_id, str):
                self.bad_ids.add(spec.kind)
                continue
            if entry_id in seen_here:
                line = doc.at(seen_here[entry_id])[0]
                message = f"duplicate id '{shortened(entry_id)}' (first at line {line})"
                doc.problem(f"{path}.id", message)
                continue
            seen_here[entry_id] = f"{path}.id"
            self._check_links(spec, checked, path, doc)
            self.slots[spec.kind][entry_id] = _Slot(checked, data_dir.label, doc, path)
            self.refs.extend(ctx.refs)

    def _check_links(self, spec: FileSpec, data: dict[str, Any], path: str, doc: Document) -> None:
        if spec.kind != "condition":
            return
        seen: set[str] = set()
        for index, link in enumerate(data.get("benefits", [])):
            benefit = link.get("id")
            if benefit in seen:
                message = f"benefit '{shortened(str(benefit))}' is listed twice"
                doc.problem(f"{path}.benefits[{index}].id", message)
            seen.add(benefit)

    def _live(self, ref: RefUse) -> bool:
        """Whether the entry holding `ref` survived the overlay (was not replaced)."""
        return any(
            slot.doc is ref.doc
            for kind in self.slots
            if (slot := self.slots[kind].get(ref.owner)) is not None
        )

    def _resolve_refs(self) -> None:
        for ref in self.refs:
            kinds = _targets(ref.target)
            if any(ref.value in self.slots[kind] for kind in kinds) or not self._live(ref):
                continue
            if self.unreadable.intersection(kinds):
                continue
            if len(self.problems) >= MAX_PROBLEMS:
                self.more += 1  # counted only: near misses are costly to find
                continue
            known = sorted({key for kind in kinds for key in self.slots[kind]})
            if len(known) <= 12:
                hint = f"known: {', '.join(known)}"
            else:
                near = closest(ref.value, known, cutoff=0.5)
                hint = f"did you mean: {', '.join(near)}?" if near else f"{len(known)} known"
            message = f"unknown {ref.target} '{shortened(ref.value)}' ({hint})"
            self._add(ref.doc.problem_at(ref.path, message))

    def _check_grades(self) -> None:
        """Every grade of the scale has its words (data/grades.yaml); a user's data
        directory replaces some, so the check is on all directories read together. An
        entry whose grade is off the scale is already a problem that lists the scale
        (most likely a misspelt grade): the grade it leaves out is not one more."""
        kind = "evidence_grade"
        if kind not in self.lists or kind in self.unreadable or kind in self.bad_ids:
            return
        doc, key = self.lists[kind]
        missing = [grade.value for grade in Grade if grade.value not in self.slots[kind]]
        if missing:
            names = ", ".join(f"'{name}'" for name in missing)
            what = "the grade" if len(missing) == 1 else "the grades"
            message = f"no entry for {what} {names} (each grade of the scale needs its words)"
            self._add(doc.problem_at(key, message))

    def _check_short_names(self) -> None:
        """One entry a short name: a second (a user's words for "FDA" under a new id)
        would leave which words a page shows to the order of the files (newcomer2)."""
        kind = "short_name"
        if kind not in self.slots or kind in self.unreadable:
            return
        owners: dict[str, tuple[str, _Slot]] = {}
        for entry_id, slot in self.slots[kind].items():
            name = slot.data.get("name")
            if not isinstance(name, str) or not name.strip():
                continue
            if name.strip() not in owners:
                owners[name.strip()] = (entry_id, slot)
                continue
            other_id, other = owners[name.strip()]
            line = other.doc.at(f"{other.path}.name")[0]
            where = (
                f"line {line}" if other.doc.file == slot.doc.file else f"{other.doc.file}:{line}"
            )
            message = (
                f"short name '{shortened(name)}' is also given by '{other_id}' ({where}); "
                f"to replace its words, use id '{other_id}'"
            )
            self._add(slot.doc.problem_at(f"{slot.path}.name", message))

    def _check_names(self) -> None:
        owners: dict[str, tuple[str, str, str, Document]] = {}
        for kind in explainable():
            for entry_id, slot in self.slots[kind].items():
                own: dict[str, str] = {}  # (this entry's aliases so far)
                for field_path, name in _names(slot):
                    key = normalize(name)
                    owner = (kind, entry_id)
                    if not key:
                        continue
                    if ".aliases[" in field_path:  # (the name may be an alias too)
                        if key in own:
                            line = slot.doc.at(own[key])[0]
                            message = (
                                f"alias '{shortened(name)}' is given twice (first at line {line})"
                            )
                            self._add(slot.doc.problem_at(field_path, message))
                            continue  # (one problem a field: the first meets the others)
                        own[key] = field_path
                    if key in owners and owners[key][:2] != owner:
                        other_kind, other_id, other_path, other_doc = owners[key]
                        # (the later of the two is reported: say where the other is)
                        line = other_doc.at(other_path)[0]
                        same = other_doc.file == slot.doc.file
                        where = f"line {line}" if same else f"{other_doc.file}:{line}"
                        message = (
                            f"name '{shortened(name)}' is also used by {other_kind} "
                            f"'{other_id}' ({where})"
                        )
                        self._add(slot.doc.problem_at(field_path, message))
                    else:
                        owners.setdefault(key, (kind, entry_id, field_path, slot.doc))
        self._check_other_conditions(owners)

    def _check_other_conditions(self, owners: dict[str, tuple[str, str, str, Document]]) -> None:
        """A name of a condition stemcell does not explain (data/other_conditions.yaml) is no
        entry's name, nor another of the list's (one name, one meaning). A user's entry
        that takes a shipped name of the list covers it (lookup finds the entry first),
        so that one is no problem."""
        kind = "other_condition"
        listed: dict[str, tuple[str, str, str, Document]] = {}
        for entry_id, slot in self.slots.get(kind, {}).items():
            for field_path, name in _names(slot):
                key = normalize(name)
                other = owners.get(key) or listed.get(key)
                if other is None:
                    if key:
                        listed[key] = (kind, entry_id, field_path, slot.doc)
                    continue
                other_kind, other_id, other_path, other_doc = other
                if other_kind == kind and other_id == entry_id:
                    continue  # (its name again as an alias, or its id as its name)
                theirs = self.slots[other_kind][other_id].origin
                if other_kind != kind and theirs != SHIPPED and slot.origin == SHIPPED:
                    continue
                line = other_doc.at(other_path)[0]
                where = (
                    f"line {line}"
                    if other_doc.file == slot.doc.file
                    else f"{other_doc.file}:{line}"
                )
                said = (
                    f"is also listed, as '{other_id}' ({where})"
                    if other_kind == kind
                    else f"is also used by {other_kind} '{other_id}' ({where}), which "
                    "stemcell explains"
                )
                message = f"name '{shortened(name)}' {said}"
                self._add(slot.doc.problem_at(field_path, message))


def _names(slot: _Slot) -> Iterable[tuple[str, str]]:
    data = slot.data
    yield f"{slot.path}.id", data.get("id", "")
    yield f"{slot.path}.name", data.get("name", "")
    for index, alias in enumerate(data.get("aliases", [])):
        yield f"{slot.path}.aliases[{index}]", alias


__all__ = [
    "SHIPPED",
    "DataDir",
    "Dataset",
    "data_dirs",
    "data_files",
    "load_dataset",
    "normalize",
    "shipped_dir",
]
