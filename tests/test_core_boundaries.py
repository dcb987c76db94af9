"""More boundary tests of the core's rules, written for the mutants that survived the
suite (benchmarks/mutation.py): each test is named by the rule it protects and sits
on its edge, so that moving the edge by one token fails it."""

from __future__ import annotations

from pathlib import Path

import pytest

from stemcell_cli.core.datadirs import SHIPPED, DataDir
from stemcell_cli.core.errors import DataError
from stemcell_cli.core.files import TooLarge
from stemcell_cli.core.loader import load_dataset
from stemcell_cli.core.problems import Problem

MIB = 1024 * 1024


def problems_of(shipped: Path, *more: Path) -> list[Problem]:
    """The problems of `shipped` as the shipped data, `more` laid over it."""
    dirs = [DataDir(shipped, SHIPPED), *(DataDir(d, str(d)) for d in more)]
    try:
        load_dataset(dirs)
    except DataError as exc:
        return list(exc.problems)
    return []


# -- the size limit's message ------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "limit", "said"),
    [
        (16 * MIB + 1, 16 * MIB, "is 16,777,217 bytes; the limit is 16,777,216 bytes (16 MiB)"),
        (17 * MIB, 16 * MIB, "is 17 MiB; the limit is 16 MiB"),
        (20_000_000, 16 * MIB, "is 20,000,000 bytes; the limit is 16,777,216 bytes (16 MiB)"),
        (16 * MIB, 16 * MIB - 1, "is 16,777,216 bytes; the limit is 16,777,215 bytes"),
        (1025, 1024, "is 1,025 bytes; the limit is 1,024 bytes"),
    ],
    ids=["a-byte-over", "whole-mib", "decimal-megabytes", "limit-not-whole", "small"],
)
def test_a_size_over_the_limit_is_said_exactly_never_rounded_down(
    size: int, limit: int, said: str
) -> None:
    """A file a byte over 16 MiB was "16 MiB; the limit is 16 MiB": now MiB only when
    both are whole MiB, else the bytes."""
    assert str(TooLarge("x.yaml", size, limit)) == said


# -- a data file of the wrong shape --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n", "expected a mapping with the key 'terms:' holding a list"),
        ("other: []\n", "expected a mapping with the key 'terms:' holding a list"),
        ("terms: {a: 1}\n", "'terms' must be a list of entries"),
        ("terms: 3\n", "'terms' must be a list of entries"),
    ],
    ids=["a-list", "no-terms-key", "terms-a-mapping", "terms-a-number"],
)
def test_a_data_file_of_the_wrong_shape_is_its_one_problem_without_unknown_id_noise(
    mini: Path, text: str, message: str
) -> None:
    """The mini's conditions use the term 'autologous'; with the glossary's top level of
    the wrong shape, its entries are unread, so references into it are not checked."""
    assert "autologous" in (mini / "conditions.yaml").read_text(encoding="utf-8")
    (mini / "glossary.yaml").write_text(text, encoding="utf-8")
    [problem] = problems_of(mini)
    assert problem.file == str(mini / "glossary.yaml")
    assert problem.message.endswith(message)


def test_a_reference_to_an_unknown_id_is_still_checked_beside_a_well_formed_file(
    mini: Path,
) -> None:
    """The other side of the rule above: a glossary of the right shape that lacks the
    term leaves the reference reported."""
    (mini / "glossary.yaml").write_text("terms: []\n", encoding="utf-8")
    messages = [problem.message for problem in problems_of(mini)]
    assert messages
    assert all(message.startswith("unknown term 'autologous'") for message in messages)
