"""The kinds of entry, declared once.

Everything that differs between kinds apart from their fields (model.py) and their
rules (schema.py) is a row of KINDS: the data file and its top-level key, the record
class and the schema spec (named, so that a run served from the cache imports
neither), the plural title, the folder of an exported vault, and whether `explain`
finds it. The loader, the records, the catalog, the schema and the vault all read
this table; adding a kind is one row here plus its record class and its spec.
"""

from __future__ import annotations

import importlib
from typing import Any, NamedTuple


class EntryKind(NamedTuple):
    name: str
    #: The data file and the top-level key that holds its list of entries.
    filename: str
    key: str
    #: "module:attribute" of the record class and of the schema spec.
    record: str
    schema: str
    #: The plural title, as an index or a list heads the entries.
    title: str
    #: The folder of an exported vault, or "" when the kind gets no notes.
    folder: str = ""
    #: In the shared name space of `explain` and `search` (in this table's order,
    #: which is the lookup priority).
    explainable: bool = False
    #: How a match on one of its aliases is explained ("also called 'knee OA'"); a
    #: benefit's aliases are the wordings clinics use for the claim.
    alias_role: str = "also called"


def _kind(
    name: str,
    filename: str,
    key: str,
    record: str,
    title: str,
    folder: str = "",
    explainable: bool | None = None,
    alias_role: str = "also called",
) -> EntryKind:
    """A row of KINDS; a kind with a folder in the vault is explainable unless told."""
    return EntryKind(
        name,
        filename,
        key,
        f"stemcell_cli.core.model:{record}",
        f"stemcell_cli.core.schema:{name.upper()}",
        title,
        folder,
        explainable=bool(folder) if explainable is None else explainable,
        alias_role=alias_role,
    )


#: Every kind, in the order the files are read.
KINDS: list[EntryKind] = [
    _kind("condition", "conditions.yaml", "conditions", "Condition", "Conditions", "conditions"),
    _kind(
        "benefit",
        "benefits.yaml",
        "benefits",
        "Benefit",
        "Claimed benefits",
        "benefits",
        alias_role="claimed as",
    ),
    _kind("topic", "topics.yaml", "topics", "Topic", "Topics", "topics"),
    _kind("term", "glossary.yaml", "terms", "Term", "Glossary", "terms"),
    _kind(
        "reference",
        "references.yaml",
        "references",
        "Reference",
        "References",
        "references",
        explainable=False,  # `stemcell sources ID` shows one; `explain` does not
    ),
    _kind("red_flag", "red_flags.yaml", "red_flags", "RedFlag", "Red flags"),
    _kind("evidence_grade", "grades.yaml", "grades", "EvidenceGrade", "Evidence grades"),
    _kind("short_name", "short_names.yaml", "short_names", "ShortName", "Short names"),
    _kind(
        "other_condition",
        "other_conditions.yaml",
        "other_conditions",
        "OtherCondition",
        "Conditions stemcell does not explain",
    ),
]


def kind_names() -> tuple[str, ...]:
    return tuple(kind.name for kind in KINDS)


def explainable() -> tuple[str, ...]:
    """The kinds `explain` finds, in lookup priority order."""
    return tuple(kind.name for kind in KINDS if kind.explainable)


def kind(name: str) -> EntryKind:
    for found in KINDS:
        if found.name == name:
            return found
    raise KeyError(name)


def resolve(path: str) -> Any:
    """The object a "module:attribute" path names."""
    module, attribute = path.split(":")
    return getattr(importlib.import_module(module), attribute)


def kind_of(entry: object) -> str:
    """The kind of a record, by its class."""
    for found in KINDS:
        if type(entry) is resolve(found.record):
            return found.name
    raise TypeError(type(entry).__name__)
