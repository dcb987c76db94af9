"""No test touches the user's real cache or config, and no warm cache hides the loader.

The session runs in a home of its own (sandbox.py, imported by conftest.py before any
test module), and an audit hook records any file operation of the test process on the
real places; conftest.py fails the session when it recorded one. These tests show
that the moved environment is what stemcell, in process and in a subprocess, uses,
that the hook does see such an operation, and that the shipped data the session
serves from its caches is what validating the YAML gives now.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sandbox

from stemcell_cli.core.cache import cache_dir, open_catalog
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.datadirs import data_dirs
from stemcell_cli.core.kinds import kind_names
from stemcell_cli.core.loader import load_dataset
from stemcell_cli.core.store import to_store

SCRIPT = str(Path(sys.executable).parent / "stemcell")


def inside(path: Path | str, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_the_session_has_a_home_of_its_own(tmp_path_factory: pytest.TempPathFactory) -> None:
    """HOME, the XDG folders, the config and every cache stemcell can pick are the
    session's, never the user's."""
    for name in ("HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "STEMCELL_CONFIG"):
        assert inside(os.environ[name], sandbox.SESSION), name
    assert inside(Path.home(), sandbox.SESSION)
    assert inside(Path("~").expanduser(), sandbox.SESSION)
    assert inside(cache_dir(), tmp_path_factory.getbasetemp())  # this test's own cache
    for real in sandbox.REAL:
        assert not inside(real, sandbox.SESSION)


def test_the_watched_places_are_the_users_own() -> None:
    """The hook watches the user's default cache and config under the real HOME."""
    home = Path(sandbox.USER_ENV.get("HOME") or Path.home())
    assert not inside(home, sandbox.SESSION)
    watched = {Path(root) for root in sandbox.WATCHER.roots}
    assert home.absolute() / ".cache" / "stemcell" in watched
    assert home.absolute() / ".config" / "stemcell" in watched


def test_default_places_fall_inside_the_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without STEMCELL_CACHE_DIR and then without XDG_CACHE_HOME, the cache is written
    under the session's XDG folder and then its HOME."""
    monkeypatch.delenv("STEMCELL_CACHE_DIR")
    assert cache_dir() == Path(os.environ["XDG_CACHE_HOME"]) / "stemcell"
    open_catalog()
    assert list(cache_dir().glob("dataset-*.marshal"))
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "stemcell"
    open_catalog()
    assert inside(cache_dir(), sandbox.SESSION)
    assert list(cache_dir().glob("dataset-*.marshal"))
    assert sandbox.WATCHER.touches == []


def test_a_subprocess_keeps_to_the_session_too(tmp_path: Path) -> None:
    """The installed command, given only the session's environment, writes its cache
    under the session's HOME."""
    env = {k: v for k, v in os.environ.items() if k not in ("STEMCELL_CACHE_DIR", "XDG_CACHE_HOME")}
    done = subprocess.run(
        [SCRIPT, "explain", "osteoarthritis", "-f", "text"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert list((Path(env["HOME"]) / ".cache" / "stemcell").glob("dataset-*.marshal"))


def test_the_hook_sees_what_is_done_under_a_watched_folder(tmp_path: Path) -> None:
    """The guard is not vacuous: opening, listing, creating and removing under a
    watched folder are all recorded, and nothing outside it is."""
    watched = tmp_path / "watched"
    watcher = sandbox.Watcher([watched])
    sandbox.watch(watcher)
    try:
        (tmp_path / "elsewhere.txt").write_text("x", encoding="utf-8")
        watched.mkdir()
        (watched / "cache.marshal").write_bytes(b"x")
        (watched / "cache.marshal").read_bytes()
        os.listdir(watched)
        (watched / "cache.marshal").unlink()
    finally:
        sandbox.unwatch(watcher)
    events = [touch.split()[0] for touch in watcher.touches]
    assert events == ["os.mkdir", "open", "open", "os.listdir", "os.remove"]
    assert all(str(watched) in touch for touch in watcher.touches)


def test_so_far_no_test_touched_the_real_places() -> None:
    """conftest.py fails the whole session on any later touch; this says it early."""
    assert sandbox.WATCHER.touches == []


def test_the_shipped_data_served_from_caches_is_what_the_yaml_gives_now(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The session's caches start empty (sandbox.py makes a new folder), so every
    catalog of the session, those built when test modules were imported included, came
    from validating the YAML in this session. And what a cold, a warm and the session's
    cache serve equals a run with STEMCELL_NO_CACHE=1 and the loader's own output,
    entry for entry."""
    expected = Catalog(to_store(load_dataset(data_dirs(None))))
    monkeypatch.setenv("STEMCELL_NO_CACHE", "1")
    uncached = open_catalog()
    monkeypatch.delenv("STEMCELL_NO_CACHE")
    cold = open_catalog()
    warm = open_catalog()
    monkeypatch.setenv("STEMCELL_CACHE_DIR", str(sandbox.SESSION / "cache"))
    session = open_catalog()  # the cache that import-time catalogs used
    for kind in kind_names():
        assert expected.of_kind(kind), kind
        for catalog in (uncached, cold, warm, session):
            assert dict(catalog.of_kind(kind)) == dict(expected.of_kind(kind)), kind


def test_the_installed_command_is_this_checkouts() -> None:
    """Subprocess tests run the `stemcell` beside the tests' Python: it must be there
    (a missing one fails them, never skips them) and run this checkout's code."""
    assert Path(SCRIPT).is_file()
    import stemcell_cli

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import stemcell_cli, sys; sys.stdout.write(stemcell_cli.__file__)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert Path(done.stdout).resolve() == Path(stemcell_cli.__file__).resolve()
    head = Path(SCRIPT).read_text(encoding="utf-8").splitlines()[0]
    assert Path(head.removeprefix("#!")).resolve() == Path(sys.executable).resolve()
