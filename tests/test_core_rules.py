"""Rules of the core pinned at their edges, module by module rather than for the
survivors of one mutation sample (benchmarks/mutation.py): each test states a rule and
fails when one token of it moves."""

from __future__ import annotations

import pytest

from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.errors import NotFound

CATALOG = open_catalog()
REFERENCE = "fda-2021-regenerative-consumer"

# -- a reference's id where an entry is asked for ---------------------------------------


@pytest.mark.parametrize(("kinds", "said"), [(None, "an entry"), (["condition"], "a condition")])
def test_a_reference_id_asked_for_as_an_entry_says_what_it_is_not(
    kinds: list[str] | None, said: str
) -> None:
    """ "stemcell explain <reference id>" says it is a reference, not an entry; where
    one kind is asked for, not that kind."""
    with pytest.raises(NotFound) as raised:
        CATALOG.find(REFERENCE, kinds)
    assert str(raised.value) == f"'{REFERENCE}' is a reference, not {said}."
