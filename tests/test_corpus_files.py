"""The labelled pages of benchmarks/adverts/ and benchmarks/careful/ keep the format
their READMEs give, so that a labeller's slip fails here and not as a silently wrong
score: every field, an id that is the file's name, known kinds, products and splits,
label ids the catalog has with a value of clear or borderline, and the test-split count
the corpus README states."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from stemcell_cli.core.cache import open_catalog

ROOT = Path(__file__).resolve().parent.parent
ADVERTS = sorted((ROOT / "benchmarks" / "adverts").glob("*.yaml"))
CAREFUL = sorted((ROOT / "benchmarks" / "careful").glob("*.yaml"))
ADVERT_FIELDS = {"id", "address", "seen_at", "kind", "products", "split", "text", "labels", "notes"}
CAREFUL_FIELDS = {"id", "address", "seen_at", "kind", "text", "notes"}
KINDS = {"clinic", "vendor", "medical-tourism"}
CAREFUL_KINDS = {"regulator", "medical-centre", "society", "patient-guide", "news", "review"}
PRODUCTS = {
    "msc", "bmac", "svf", "adipose", "umbilical-cord", "whartons-jelly", "exosome",
    "amniotic", "placental", "prp",
}  # fmt: skip
VALUES = {"clear", "borderline"}


#: libyaml where PyYAML has it: the pure-Python SafeLoader took 17 s of the suite to
#: read the 11 MB of pages for the split count alone (both loaders agree: test_loader.py).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    assert isinstance(data, dict), f"{path.name}: not a mapping"
    return data


CATALOG = open_catalog()
#: The label ids of each group: the catalog's entries.
VOCABULARY = {
    "benefits": set(CATALOG.benefits),
    "conditions": set(CATALOG.conditions),
    "red_flags": set(CATALOG.red_flags),
}


def test_there_are_pages_to_read() -> None:
    assert len(ADVERTS) >= 30 and len(CAREFUL) >= 10


@pytest.mark.parametrize("path", ADVERTS, ids=lambda p: p.stem)
def test_an_advert_page_keeps_the_format(path: Path) -> None:
    page = load(path)
    assert set(page) == ADVERT_FIELDS, f"{path.name}: fields {sorted(set(page) ^ ADVERT_FIELDS)}"
    assert page["id"] == path.stem
    assert page["kind"] in KINDS
    assert page["split"] in {"train", "test"}
    assert set(page["products"]) <= PRODUCTS, f"{path.name}: {page['products']}"
    assert page["address"].startswith(("http://", "https://"))
    assert isinstance(page["text"], str) and page["text"].strip()
    known = VOCABULARY
    assert set(page["labels"]) == set(known), f"{path.name}: label groups"
    for group, labels in page["labels"].items():
        for label_id, value in (labels or {}).items():
            assert label_id in known[group], f"{path.name}: {group} {label_id!r}"
            assert value in VALUES, f"{path.name}: {group} {label_id}: {value!r}"


@pytest.mark.parametrize("path", CAREFUL, ids=lambda p: p.stem)
def test_a_careful_page_keeps_the_format(path: Path) -> None:
    page = load(path)
    assert set(page) == CAREFUL_FIELDS, f"{path.name}: fields {sorted(set(page) ^ CAREFUL_FIELDS)}"
    assert page["id"] == path.stem
    assert page["kind"] in CAREFUL_KINDS
    assert page["address"].startswith(("http://", "https://"))
    assert isinstance(page["text"], str) and page["text"].strip()


def test_the_corpus_readme_states_the_test_split_as_it_is() -> None:
    """ "N of the M pages are the test split" in benchmarks/adverts/README.md."""
    readme = (ROOT / "benchmarks" / "adverts" / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"(\d+) of the (\d+) pages are the test split", readme)
    assert stated is not None
    tests = sum(1 for path in ADVERTS if load(path)["split"] == "test")
    assert (int(stated.group(1)), int(stated.group(2))) == (tests, len(ADVERTS))
