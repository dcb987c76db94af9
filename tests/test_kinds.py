"""One registry of entry kinds (core/kinds.py): a kind added there, with its record
class and its schema spec, is loaded, found by name and exported with no other change."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from stemcell_cli.core import datadirs, kinds
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.kinds import EntryKind, kind_of
from stemcell_cli.core.schema import TEXT, TEXTS, Date, Field, Record, Slug, files
from stemcell_cli.export.vault import build_vault


class Drug(NamedTuple):
    id: str
    name: str
    definition: str
    reviewed: str
    aliases: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    origin: str = ""


DRUG = Record(
    "drug",
    Drug,
    [
        Field("id", Slug()),
        Field("name", TEXT),
        Field("aliases", TEXTS, False),
        Field("definition", TEXT),
        Field("references", TEXTS, False),
        Field("reviewed", Date()),
    ],
    "A medicine.",
)

DRUGS_YAML = """\
drugs:
  - id: capsaicin-cream
    name: Capsaicin cream
    aliases: [chilli pepper cream]
    definition: A cream made from chilli peppers, rubbed on a painful joint.
    reviewed: "2026-11-26"
"""


@pytest.fixture
def with_drugs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A `drug` kind registered in the one table, shipped with one drug."""
    row = EntryKind(
        "drug",
        "drugs.yaml",
        "drugs",
        f"{__name__}:Drug",
        f"{__name__}:DRUG",
        "Medicines",
        "drugs",
        explainable=True,
    )
    monkeypatch.setenv("STEMCELL_NO_CACHE", "1")
    data = tmp_path / "data"
    shutil.copytree(datadirs.shipped_dir(), data)
    (data / "drugs.yaml").write_text(DRUGS_YAML, encoding="utf-8")
    monkeypatch.setattr(datadirs, "shipped_dir", lambda: data)
    kinds.KINDS.append(row)
    try:
        yield data
    finally:
        kinds.KINDS.remove(row)


def test_a_new_kind_is_a_data_file(with_drugs: Path) -> None:
    assert "drugs.yaml" in [spec.filename for spec in files()]


def test_a_new_kind_is_loaded_and_found_by_name(with_drugs: Path) -> None:
    catalog = open_catalog()
    found = catalog.find("chilli pepper cream")
    assert isinstance(found, Drug)
    assert (found.id, kind_of(found)) == ("capsaicin-cream", "drug")
    assert catalog.of_kind("drug")["capsaicin-cream"] == found


def test_a_new_kind_is_exported_to_its_folder_and_index(with_drugs: Path) -> None:
    notes = build_vault(open_catalog())
    note = notes["drugs/capsaicin-cream.md"]
    assert note.startswith("---\n") and "# Capsaicin cream" in note
    assert "made from chilli peppers" in note
    assert "## Medicines" in notes["index.md"]


def test_an_unknown_file_of_a_new_kind_is_reported(with_drugs: Path) -> None:
    (with_drugs / "drugs.yaml").write_text("drugs:\n  - id: x\n", encoding="utf-8")
    from stemcell_cli.core.errors import DataError

    with pytest.raises(DataError) as caught:
        open_catalog()
    assert any("missing required field 'name'" in p.message for p in caught.value.problems)
