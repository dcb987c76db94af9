"""Shared fixtures: a clean environment, a private cache, and small data directories.

The session runs in a home of its own (sandbox.py, imported first: before any test
module imports stemcell_cli or builds a catalog at import time), and fails when any
test read or wrote the user's real stemcell cache or config.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import sandbox  # moves HOME, XDG and the cache before any test module imports ours
from installed import SCRIPT
from typer.testing import CliRunner

MINI = Path(__file__).parent / "fixtures" / "mini"

#: Variables of ours each test starts without (the session's cache and config stay).
_ENV = tuple(name for name in sandbox.OURS if name not in ("STEMCELL_CACHE_DIR", "STEMCELL_CONFIG"))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A run in which anything touched the user's real cache or config fails."""
    if sandbox.WATCHER.touches and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    touches = sandbox.WATCHER.touches
    if touches:
        terminalreporter.section("the user's real stemcell cache or config was touched", red=True)
        for touch in dict.fromkeys(touches):
            terminalreporter.write_line(touch)


def pytest_unconfigure() -> None:
    shutil.rmtree(sandbox.SESSION, ignore_errors=True)


@pytest.fixture(scope="session")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The shipped data's and the compiled matcher's cache files, built once per worker by
    the installed command (building the matcher costs a `check` about a second)."""
    folder = tmp_path_factory.mktemp("warm-cache")
    advert = folder.parent / "warm-advert.txt"
    advert.write_text("Stem cells regrow knee cartilage.\n", encoding="utf-8")
    env = {**os.environ, "STEMCELL_CACHE_DIR": str(folder)}
    subprocess.run(
        [SCRIPT, "check", str(advert), "--no-fail", "-f", "json"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        check=True,
    )
    return sorted(folder.glob("*.marshal"))


@pytest.fixture(autouse=True)
def clean_env(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Each test starts without our variables and with its own cache directory, which
    holds the shipped data's and the matcher's cache files (hard links to `warm_cache`'s:
    every cache write replaces a file, never changes one) unless the test is marked
    `cold_cache`, for tests of what a run without them does."""
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    cache = tmp_path_factory.mktemp("cache")
    if request.node.get_closest_marker("cold_cache") is None:
        for built in request.getfixturevalue("warm_cache"):
            try:
                os.link(built, cache / built.name)
            except OSError:  # a file system without hard links
                shutil.copy2(built, cache / built.name)
    monkeypatch.setenv("STEMCELL_CACHE_DIR", str(cache))


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
