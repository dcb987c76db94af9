"""Lookup by id, name or alias; suggestions; both directions of every cross-reference."""

from __future__ import annotations

from pathlib import Path

import pytest

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.errors import NoMatch, NotFound
from stemcell_cli.core.loader import SHIPPED, DataDir, load_dataset, normalize
from stemcell_cli.core.model import Grade
from stemcell_cli.core.store import to_store

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.from_dataset(load_dataset([DataDir(MINI, SHIPPED)]))


class TestLookup:
    @pytest.mark.parametrize(
        "name",
        ["knee-trouble", "Knee Trouble", "KNEE_TROUBLE", "kt", "K.T.", "sore knee", "knee tr"],
    )
    def test_finds_by_id_name_alias_and_prefix(self, catalog: Catalog, name: str) -> None:
        """Case, spaces, hyphens and punctuation are ignored; a unique prefix works."""
        assert catalog.find(name).id == "knee-trouble"

    def test_every_kind_is_explainable(self, catalog: Catalog) -> None:
        assert catalog.find("MSC").id == "msc"
        assert catalog.find("own cells").id == "autologous"
        assert catalog.find("pain relief").id == "less-pain"

    def test_kind_restriction(self, catalog: Catalog) -> None:
        """`conditions show` does not answer with a benefit."""
        with pytest.raises(NotFound) as caught:
            catalog.condition("less-pain")
        assert caught.value.kind == "condition"

    def test_miss_suggests_nearest(self, catalog: Catalog) -> None:
        with pytest.raises(NotFound) as caught:
            catalog.find("knee-truoble")
        assert caught.value.suggestions == ("knee-trouble",)
        assert "Did you mean: knee-trouble?" in str(caught.value)

    def test_ambiguous_prefix_is_a_miss(self, catalog: Catalog) -> None:
        """'b' is too short and 'back' + 'bac' would still need to be unique."""
        with pytest.raises(NotFound):
            catalog.find("b")

    def test_normalize(self) -> None:
        assert normalize("Rotator-Cuff  Tears!") == "rotatorcufftears"


class TestCrossReferences:
    def test_benefit_to_conditions(self, catalog: Catalog) -> None:
        pairs = catalog.conditions_claiming("less-pain")
        assert [(c.id, link.grade) for c, link in pairs] == [
            ("knee-trouble", Grade.EARLY),
            ("back-ache", Grade.NOT_SUPPORTED),
        ]

    def test_entry_references_in_first_use_order(self, catalog: Catalog) -> None:
        condition = catalog.condition("knee-trouble")
        assert catalog.reference_ids(condition) == ["ref-guideline", "ref-trial"]

    def test_reference_to_entries(self, catalog: Catalog) -> None:
        assert [e.id for e in catalog.citing("ref-trial")] == [
            "knee-trouble",
            "back-ache",
            "less-pain",
        ]

    def test_terms_and_see_also(self, catalog: Catalog) -> None:
        assert [t.id for t in catalog.linked_terms(catalog.condition("kt"))] == ["autologous"]
        term = catalog.find("autologous")
        assert [e.id for e in catalog.linked_terms(term)] == ["msc"]


class TestFilters:
    def test_by_category_benefit_grade(self, catalog: Catalog) -> None:
        assert [c.id for c in catalog.filter_conditions(category="Spine")] == ["back-ache"]
        assert len(catalog.filter_conditions(benefit="pain relief")) == 2
        assert [c.id for c in catalog.filter_conditions(grade=Grade.EARLY)] == ["knee-trouble"]

    def test_unknown_category_suggests(self, catalog: Catalog) -> None:
        with pytest.raises(NotFound) as caught:
            catalog.filter_conditions(category="joints")
        assert caught.value.suggestions == ("joint",)

    def test_no_match_is_exit_1(self, catalog: Catalog) -> None:
        with pytest.raises(NoMatch) as caught:
            catalog.filter_conditions(category="spine", grade=Grade.EARLY)
        assert caught.value.exit_code == 1


def test_catalog_from_cache_round_trip(tmp_path: Path) -> None:
    """Every kind of entry survives the cache's encoding unchanged."""
    from stemcell_cli.core import cache

    dataset = load_dataset([DataDir(MINI, SHIPPED)])
    again = Catalog(cache.decode(cache.encode(to_store(dataset, encode=True))))
    direct = Catalog.from_dataset(dataset)
    for kind in ("conditions", "benefits", "topics", "terms", "references", "red_flags"):
        assert dict(getattr(again, kind)) == dict(getattr(direct, kind)), kind
    assert dict(again.conditions)
