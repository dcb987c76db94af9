"""Shared fixtures: a clean environment, a private cache, and small data directories."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

MINI = Path(__file__).parent / "fixtures" / "mini"

_ENV = (
    "STEMCELL_DATA_DIR",
    "STEMCELL_FORMAT",
    "STEMCELL_NO_CACHE",
    "NO_COLOR",
    "FORCE_COLOR",
    "COLUMNS",
    "LINES",
    "TERM",
    "PAGER",
    "STEMCELL_CONFIG",
    "STEMCELL_PAGE",
    "STEMCELL_PAGER",
    "STEMCELL_WIDTH",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test starts without our variables, with its own cache directory and no
    config file (never the user's own)."""
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("STEMCELL_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A writable copy of the tiny, complete fixture dataset."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


DataWriter = Callable[..., Path]


@pytest.fixture
def user_dir(tmp_path: Path) -> DataWriter:
    """Write data files into a fresh directory: user_dir(conditions="...yaml text...")."""

    def write(**files: str) -> Path:
        target = tmp_path / "user"
        target.mkdir(exist_ok=True)
        for stem, text in files.items():
            (target / f"{stem}.yaml").write_text(text, encoding="utf-8")
        return target

    return write


@pytest.fixture
def unwritable_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache directory that cannot be created: a file stands where its parent should be."""
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("STEMCELL_CACHE_DIR", str(blocker / "cache"))
