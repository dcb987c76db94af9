"""The labelled pages of benchmarks/adverts/ and benchmarks/careful/ keep the format
their READMEs give, so that a labeller's slip fails here and not as a silently wrong
score: every field, an id that is the file's name, known kinds, products and splits,
label ids the catalog has with a value of clear or borderline, and the test-split count
the corpus README states."""

from __future__ import annotations

import re
from collections.abc import Callable
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


@pytest.fixture(scope="module")
def adverts() -> dict[str, dict[str, Any]]:
    """Every advert page, read once for the tests below (each page was a test of its own,
    and the split count read every page again, before ci2: 1,985 tests whose share of
    pytest-xdist's work per test cost more than reading the page)."""
    return {path.name: load(path) for path in ADVERTS}


def each_page_keeps(pages: dict[str, dict[str, Any]], keeps: Callable[[str, Any], None]) -> None:
    """`keeps` holds for every page; a failure names every page that breaks it, and how."""
    broken = {}
    for name, page in pages.items():
        try:
            keeps(name, page)
        except AssertionError as exc:
            broken[name] = str(exc) or "an assertion failed"
    assert not broken, "\n".join(f"{name}: {why}" for name, why in broken.items())


def test_there_are_pages_to_read() -> None:
    assert len(ADVERTS) >= 30 and len(CAREFUL) >= 10


def an_advert_page_keeps_the_format(name: str, page: dict[str, Any]) -> None:
    assert set(page) == ADVERT_FIELDS, f"{name}: fields {sorted(set(page) ^ ADVERT_FIELDS)}"
    assert page["id"] == name.removesuffix(".yaml")
    assert page["kind"] in KINDS
    assert page["split"] in {"train", "test"}
    assert set(page["products"]) <= PRODUCTS, f"{name}: {page['products']}"
    assert page["address"].startswith(("http://", "https://"))
    assert isinstance(page["text"], str) and page["text"].strip()
    known = VOCABULARY
    assert set(page["labels"]) == set(known), f"{name}: label groups"
    for group, labels in page["labels"].items():
        for label_id, value in (labels or {}).items():
            assert label_id in known[group], f"{name}: {group} {label_id!r}"
            assert value in VALUES, f"{name}: {group} {label_id}: {value!r}"


def a_careful_page_keeps_the_format(name: str, page: dict[str, Any]) -> None:
    assert set(page) == CAREFUL_FIELDS, f"{name}: fields {sorted(set(page) ^ CAREFUL_FIELDS)}"
    assert page["id"] == name.removesuffix(".yaml")
    assert page["kind"] in CAREFUL_KINDS
    assert page["address"].startswith(("http://", "https://"))
    assert isinstance(page["text"], str) and page["text"].strip()


def test_every_advert_page_keeps_the_format(adverts: dict[str, dict[str, Any]]) -> None:
    each_page_keeps(adverts, an_advert_page_keeps_the_format)


def test_every_careful_page_keeps_the_format() -> None:
    each_page_keeps({path.name: load(path) for path in CAREFUL}, a_careful_page_keeps_the_format)


def test_the_corpus_readme_states_the_test_split_as_it_is(
    adverts: dict[str, dict[str, Any]],
) -> None:
    """ "N of the M pages are the test split" in benchmarks/adverts/README.md."""
    readme = (ROOT / "benchmarks" / "adverts" / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"(\d+) of the (\d+) pages are the test split", readme)
    assert stated is not None
    tests = sum(1 for page in adverts.values() if page["split"] == "test")
    assert (int(stated.group(1)), int(stated.group(2))) == (tests, len(ADVERTS))
