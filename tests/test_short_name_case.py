"""A short name is written in capitals (idn1, 2026-11-28).

`views/short_names.py` finds a short name as written, with a plural "s" or "'s" after it:
it assumes the name is in capitals. A name in small letters in data/short_names.yaml or
a user's data dir (`pain` beside `FDA`) was accepted, and every page then said what an
ordinary word is: "knee pain (a hurt)". The loader refuses it as it refuses any bad
entry: one line with the file, line and field, from `stemcell validate` and from any
command that reads the data dir. Each test runs the installed command, its output
written to real files.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from installed import SCRIPT

from stemcell_cli.core.schema import SHORT_NAME_PATTERN

ENTRY = "short_names:\n  - id: {id}\n    name: {name}\n    says: {says}\n"


def to_files(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    out, err = tmp_path / "out", tmp_path / "err"
    env = {k: v for k, v in os.environ.items() if not k.startswith("STEMCELL_")}
    env["STEMCELL_CACHE_DIR"] = str(tmp_path / "cache")
    with out.open("wb") as stdout, err.open("wb") as stderr:
        code = subprocess.run(
            [SCRIPT, *args],
            stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, env=env,
            timeout=60, check=False,
        ).returncode  # fmt: skip
    return code, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")


def data_dir(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir(exist_ok=True)
    (folder / "short_names.yaml").write_text(
        ENTRY.format(id="my-name", name=name, says="a hurt"), encoding="utf-8"
    )
    return folder


REFUSED = ["pain", "fda", "Fda", "MSCs", "mRNA", "'123'", "FDA-", "/FDA", "F DA"]
ACCEPTED = ["XYZ", "AB/CD", "AB-CD", "NG999", "3D", "X1"]

#: Validating a data dir builds the whole matcher (half a second of CPU): each group of
#: names below is validated once, in one data dir with one entry per name, and each
#: name's test reads its own entry's lines of that run (one run per name before ci2).
Validated = tuple[Path, int, str, str]


def validated_once(folder: Path, names: list[str]) -> Validated:
    folder.mkdir()
    entries = [
        ENTRY.format(id=f"my-name-{n}", name=name, says="a hurt").split("\n", 1)[1]
        for n, name in enumerate(names)
    ]
    (folder / "short_names.yaml").write_text("short_names:\n" + "".join(entries), "utf-8")
    return (folder, *to_files(folder.parent, "validate", str(folder)))


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory) -> Validated:
    return validated_once(tmp_path_factory.mktemp("refused") / "mine", REFUSED)


@pytest.fixture(scope="module")
def accepted(tmp_path_factory: pytest.TempPathFactory) -> Validated:
    return validated_once(tmp_path_factory.mktemp("accepted") / "mine", ACCEPTED)


@pytest.mark.parametrize("name", REFUSED)
def test_validate_refuses_a_short_name_not_in_capitals(refused: Validated, name: str) -> None:
    folder, code, out, _ = refused
    assert code == 3, out
    n = REFUSED.index(name)
    problems = [line for line in out.splitlines() if f"short_names[{n}]" in line]
    shown = name.strip("'")
    assert problems == [
        f"{folder / 'short_names.yaml'}:{3 + 3 * n}:5: short_names[{n}].name: '{shown}' is not "
        "in capitals (like 'FDA', 'ACR/AF' or 'NG59'): a short name is found as written, "
        "so small letters would explain ordinary words"
    ]
    assert len([line for line in out.splitlines() if "short_names.yaml:" in line]) == len(REFUSED)


def test_a_data_dir_with_one_is_refused_by_every_command(tmp_path: Path) -> None:
    """`check` with the data dir: the same line, exit 3, no page that explains "pain"."""
    folder = data_dir(tmp_path, "pain")
    advert = tmp_path / "advert.txt"
    advert.write_text("Stem cells ease pain in the knee.\n", encoding="utf-8")
    code, out, err = to_files(tmp_path, "--data-dir", str(folder), "check", str(advert))
    assert (code, out) == (3, "")
    assert f"{folder / 'short_names.yaml'}:3:5: short_names[0].name: 'pain' is not" in err
    assert "(a hurt)" not in err


@pytest.mark.parametrize("name", ACCEPTED)
def test_capitals_digits_slashes_and_hyphens_are_short_names(
    accepted: Validated, name: str
) -> None:
    _, code, out, err = accepted
    assert code == 0, out + err
    assert f"'{name}'" not in out + err


def test_every_shipped_short_name_is_in_capitals() -> None:
    import re

    import yaml

    shipped = Path(__file__).parent.parent / "data" / "short_names.yaml"
    names = [e["name"] for e in yaml.safe_load(shipped.read_text(encoding="utf-8"))["short_names"]]
    assert names and all(re.match(SHORT_NAME_PATTERN, name) for name in names)
