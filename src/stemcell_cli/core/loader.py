"""Read the data directories, validate everything at once, and lay user data over ours.

The result is a plain, JSON-ready `Dataset` (kind -> list of entries), which the
cache can store and the catalog turns into typed records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stemcell_cli.core.datadirs import (
    EXPLAINABLE,
    SHIPPED,
    DataDir,
    Dataset,
    data_dirs,
    data_files,
    normalize,
    shipped_dir,
)
from stemcell_cli.core.errors import DataError
from stemcell_cli.core.problems import Problem
from stemcell_cli.core.schema import FILES, INVALID, Context, FileSpec, RefUse

if TYPE_CHECKING:
    from stemcell_cli.core.yamlsource import Document

_TARGETS = {
    "benefit": ("benefit",),
    "reference": ("reference",),
    "term": ("term", "topic"),
    "entry": EXPLAINABLE,
}


@dataclass
class _Slot:
    data: dict[str, Any]
    origin: str
    doc: Document
    path: str


def load_dataset(dirs: Sequence[DataDir]) -> Dataset:
    """Validate every file in `dirs`; raise DataError listing every problem."""
    return _Validation().run(dirs)


class _Validation:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.slots: dict[str, dict[str, _Slot]] = {spec.kind: {} for spec in FILES}
        self.refs: list[RefUse] = []
        #: Kinds whose file could not be read; references into them are not checked,
        #: so one broken file does not bury its real problem under unknown-id noise.
        self.unreadable: set[str] = set()

    def run(self, dirs: Sequence[DataDir]) -> Dataset:
        for data_dir in dirs:
            self._read_dir(data_dir)
        self._resolve_refs()
        self._check_names()
        if self.problems:
            raise DataError(self.problems)
        return {
            kind: [{"origin": slot.origin, "data": slot.data} for slot in slots.values()]
            for kind, slots in self.slots.items()
        }

    def _read_dir(self, data_dir: DataDir) -> None:
        shown = str(data_dir.path)
        if not data_dir.path.exists():
            self.problems.append(Problem(shown, 0, 0, "", "data directory does not exist"))
            return
        if not data_dir.path.is_dir():
            self.problems.append(Problem(shown, 0, 0, "", "is not a directory"))
            return
        found = False
        for spec in FILES:
            path = data_dir.path / spec.filename
            if not path.exists():
                if path.is_symlink():
                    self.problems.append(Problem(str(path), 0, 0, "", "is a broken link"))
                    self.unreadable.add(spec.kind)
                    found = True
                    continue
                if data_dir.shipped:
                    self.problems.append(Problem(str(path), 0, 0, "", "data file is missing"))
                    self.unreadable.add(spec.kind)
                continue
            found = True
            self._read_file(spec, path, data_dir)
        if not found:
            names = ", ".join(spec.filename for spec in FILES)
            self.problems.append(
                Problem(shown, 0, 0, "", f"holds none of the data files ({names})")
            )

    def _read_file(self, spec: FileSpec, path: Path, data_dir: DataDir) -> None:
        from stemcell_cli.core.yamlsource import read_document

        doc = read_document(path, str(path))
        if doc.value is not None:
            self._read_entries(spec, doc, data_dir)
        else:
            self.unreadable.add(spec.kind)
        self.problems.extend(doc.problems)

    def _read_entries(self, spec: FileSpec, doc: Document, data_dir: DataDir) -> None:
        top = doc.value
        if not isinstance(top, dict) or spec.key not in top:
            doc.problem("", f"expected a mapping with the key '{spec.key}:' holding a list")
            return
        for key in top:
            if key != spec.key:
                doc.problem(key, f"unknown top-level key '{key}' (expected '{spec.key}')")
        items = top[spec.key]
        if not isinstance(items, list):
            doc.problem(spec.key, f"'{spec.key}' must be a list of entries")
            return
        seen_here: dict[str, str] = {}
        for index, item in enumerate(items):
            path = f"{spec.key}[{index}]"
            raw_id = item.get("id") if isinstance(item, dict) else None
            ctx = Context(doc, owner=str(raw_id))
            checked = spec.record.check(item, path, ctx)
            entry_id = checked.get("id") if checked is not INVALID else None
            if not isinstance(entry_id, str):
                continue
            if entry_id in seen_here:
                line = doc.at(seen_here[entry_id])[0]
                doc.problem(f"{path}.id", f"duplicate id '{entry_id}' (first at line {line})")
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
                doc.problem(f"{path}.benefits[{index}].id", f"benefit '{benefit}' is listed twice")
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
            kinds = _TARGETS[ref.target]
            if any(ref.value in self.slots[kind] for kind in kinds) or not self._live(ref):
                continue
            if self.unreadable.intersection(kinds):
                continue
            known = sorted({key for kind in kinds for key in self.slots[kind]})
            if len(known) <= 12:
                hint = f"known: {', '.join(known)}"
            else:
                near = get_close_matches(ref.value, known, n=3, cutoff=0.5)
                hint = f"did you mean: {', '.join(near)}?" if near else f"{len(known)} known"
            message = f"unknown {ref.target} '{ref.value}' ({hint})"
            self.problems.append(ref.doc.problem_at(ref.path, message))

    def _check_names(self) -> None:
        owners: dict[str, tuple[str, str, str]] = {}
        for kind in EXPLAINABLE:
            for entry_id, slot in self.slots[kind].items():
                for field_path, name in _names(slot):
                    key = normalize(name)
                    owner = (kind, entry_id)
                    if not key:
                        continue
                    if key in owners and owners[key][:2] != owner:
                        other_kind, other_id, _ = owners[key]
                        message = f"name '{name}' is also used by {other_kind} '{other_id}'"
                        self.problems.append(slot.doc.problem_at(field_path, message))
                    else:
                        owners.setdefault(key, (kind, entry_id, field_path))


def _names(slot: _Slot) -> Iterable[tuple[str, str]]:
    data = slot.data
    yield f"{slot.path}.id", data.get("id", "")
    yield f"{slot.path}.name", data.get("name", "")
    for index, alias in enumerate(data.get("aliases", [])):
        yield f"{slot.path}.aliases[{index}]", alias


__all__ = [
    "EXPLAINABLE",
    "SHIPPED",
    "DataDir",
    "Dataset",
    "data_dirs",
    "data_files",
    "load_dataset",
    "normalize",
    "shipped_dir",
]
