"""An anchor of the word lists renamed, and not its aliases, is one problem that says
where to mend it: the file, the alias's line and column, the field it stands in and
the alias by name (YAML's own words were only "found undefined alias"); an anchor
given twice names its first line ("second occurrence" before).

Run through the installed command, with a user data dir holding the shipped word lists
with one anchor renamed, as someone editing a copy of the file would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_attacks import isolated, stemcell

from stemcell_cli.core.datadirs import WORD_LISTS, shipped_dir

SHIPPED = (shipped_dir() / WORD_LISTS).read_text(encoding="utf-8")


def _data(root: Path, text: str) -> Path:
    folder = root / "data"
    (folder / WORD_LISTS).parent.mkdir(parents=True)
    (folder / WORD_LISTS).write_text(text, encoding="utf-8")
    return folder


def _place(text: str, written: str) -> tuple[int, int]:
    """The line and column (from 1) where `written` first stands in `text`."""
    before = text[: text.index(written)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def _an_alias() -> str:
    """The name of an anchor of the shipped lists that a list item reads."""
    for line in SHIPPED.splitlines():
        item = line.strip()
        if item.startswith("- *") and " " not in item[2:]:
            return item[3:]
    raise AssertionError("the shipped word lists read no anchor by an alias")


@pytest.mark.parametrize(
    "args", [("validate", "{data}"), ("--data-dir", "{data}", "check", "{ad}")]
)
def test_an_anchor_renamed_names_the_alias_its_field_and_place(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    name = _an_alias()
    renamed = SHIPPED.replace(f"&{name} ", f"&{name}-renamed ", 1)
    assert renamed != SHIPPED
    data, advert = _data(tmp_path, renamed), tmp_path / "advert.txt"
    advert.write_text("No side effects at all.\n", encoding="utf-8")
    run = stemcell(isolated(tmp_path), *(arg.format(data=data, ad=advert) for arg in args))
    assert run.returncode == 3, run.stderr
    line, column = _place(renamed, f"*{name}")
    above = renamed[: renamed.index(f"*{name}")]
    section = re.findall(r"^([\w-]+):", above, re.MULTILINE)[-1]
    group = re.findall(r"^  ([\w-]+):", above, re.MULTILINE)[-1]
    where = f"{data / WORD_LISTS}:{line}:{column}: {section}.{group}: the alias '*{name}'"
    assert where in run.stdout + run.stderr, (where, run.stdout, run.stderr)
    assert "found undefined alias" not in run.stdout + run.stderr


def test_an_anchor_given_twice_names_where_it_was_first(tmp_path: Path) -> None:
    text = "groups:\n  calm:\n    - &calm totally calm\n  danger:\n    - &calm calm words\n"
    data = _data(tmp_path, text)
    run = stemcell(isolated(tmp_path), "validate", str(data))
    assert run.returncode == 3, run.stderr
    line, column = _place(text, "&calm calm")
    where = f"{data / WORD_LISTS}:{line}:{column}: groups.danger: the anchor '&calm' is given twice"
    assert where in run.stdout, run.stdout
    assert "(first on line 3)" in run.stdout
