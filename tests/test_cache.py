"""The cache of validated data, and what a cached run imports.

The cache must never serve stale data, must survive damage and concurrent
writers, and must let `explain` run without the YAML parser, the validator or Rich.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from termdata import write_term

from stemcell_cli.core import cache, loader
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.datadirs import data_dirs
from stemcell_cli.core.errors import DataError


def definition(user: Path) -> str:
    return open_catalog(user).terms["my-term"].definition


def cache_file(user: Path) -> Path:
    return cache.cache_path(data_dirs(user))


class TestInvalidation:
    @pytest.mark.parametrize(
        ("first", "second"),
        [("First.", "Second, longer."), ("Aaaaa.", "Bbbbb.")],
        ids=["new-size", "same-size"],
    )
    def test_a_changed_file_is_read_again(self, tmp_path: Path, first: str, second: str) -> None:
        user = tmp_path / "user"
        path = write_term(user, first)
        assert definition(user) == first
        write_term(user, second)
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
        assert definition(user) == second

    def test_touched_but_unchanged_is_not_validated_again(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        user = tmp_path / "user"
        path = write_term(user, "Same.")
        assert definition(user) == "Same."
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))

        def refuse(*_: object) -> None:
            raise AssertionError("validated again although the content hash matched")

        monkeypatch.setattr(loader, "load_dataset", refuse)
        assert definition(user) == "Same."

    def test_broken_data_is_reported_even_with_a_cache(self, tmp_path: Path) -> None:
        user = tmp_path / "user"
        path = write_term(user, "Fine.")
        assert definition(user) == "Fine."
        path.write_text("terms:\n  - id: my-term\n", encoding="utf-8")
        with pytest.raises(DataError) as caught:
            open_catalog(user)
        assert "missing required field 'name'" in "\n".join(caught.value.lines())

    def test_no_cache_variable_bypasses_it(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("STEMCELL_NO_CACHE", "1")
        user = tmp_path / "user"
        write_term(user, "Uncached.")
        assert definition(user) == "Uncached."
        assert not cache_file(user).exists()


def read_cache(target: Path) -> dict[str, Any]:
    stored = cache.decode(target.read_bytes())
    assert isinstance(stored, dict)
    return stored


def rewrite_entry(user: Path, change: Callable[[bytes], bytes]) -> Path:
    """Change the cached bytes of `my-term` behind stemcell's back; returns the cache file."""
    target = cache_file(user)
    stored = read_cache(target)
    for row in stored["data"]["term"]:
        if row[0] == "my-term":
            row[3] = change(row[3])
    target.write_bytes(cache.encode(stored))
    return target


class TestDamage:
    @pytest.mark.parametrize(
        "damage",
        [
            b"not a cache at all {",
            cache.encode({"format": cache.FORMAT}),
            cache.encode(
                {"format": cache.FORMAT, "version": "0.0.0", "stats": [], "hashes": [], "data": {}}
            ),
            cache.MARKER + b"\0\0\0\0" + marshal.dumps({"format": cache.FORMAT}),
            b"",
        ],
        ids=["garbage", "partial", "other-version", "bad-checksum", "empty"],
    )
    def test_a_damaged_cache_is_ignored_and_rebuilt(self, tmp_path: Path, damage: bytes) -> None:
        user = tmp_path / "user"
        write_term(user, "Sound.")
        assert definition(user) == "Sound."
        target = cache_file(user)
        target.write_bytes(damage)
        assert definition(user) == "Sound."
        assert read_cache(target)["format"] == cache.FORMAT

    def test_a_truncated_cache_is_ignored(self, tmp_path: Path) -> None:
        user = tmp_path / "user"
        write_term(user, "Sound.")
        assert definition(user) == "Sound."
        target = cache_file(user)
        target.write_bytes(target.read_bytes()[:-100])
        assert definition(user) == "Sound."

    @pytest.mark.parametrize(("mode", "trusted"), [(0o600, True), (0o620, False), (0o602, False)])
    def test_only_a_cache_nobody_else_can_write_is_read(
        self, tmp_path: Path, mode: int, trusted: bool
    ) -> None:
        """A cache file others could have written is rebuilt, never decoded."""
        user = tmp_path / "user"
        write_term(user, "Sound.")
        assert definition(user) == "Sound."
        target = rewrite_entry(
            user, lambda entry: marshal.dumps({**marshal.loads(entry), "definition": "Planted."})
        )
        target.chmod(mode)
        assert definition(user) == ("Planted." if trusted else "Sound.")

    def test_a_damaged_entry_is_a_clear_error(self, tmp_path: Path) -> None:
        user = tmp_path / "user"
        write_term(user, "Sound.")
        assert definition(user) == "Sound."
        rewrite_entry(user, lambda _: b"\xff not marshal")
        with pytest.raises(DataError) as caught:
            definition(user)
        assert "STEMCELL_NO_CACHE" in caught.value.lines()[0]

    @pytest.mark.usefixtures("unwritable_cache")
    def test_an_unwritable_cache_dir_only_costs_speed(self, tmp_path: Path) -> None:
        user = tmp_path / "user"
        write_term(user, "Still works.")
        assert definition(user) == "Still works."


WRITER = """
import sys
from pathlib import Path
from stemcell_cli.core import cache
from stemcell_cli.core.datadirs import data_dirs
dirs = data_dirs(Path(sys.argv[1]))
for _ in range(15):
    cache.cache_path(dirs).unlink(missing_ok=True)
    cache.cached_store(dirs)
"""


def test_concurrent_writers_leave_a_valid_cache(tmp_path: Path) -> None:
    user = tmp_path / "user"
    write_term(user, "Shared.")
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(user)], env=dict(os.environ))
        for _ in range(3)
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0]
    target = cache_file(user)
    assert cache._is_store(read_cache(target)["data"])
    assert definition(user) == "Shared."
    assert [p.name for p in target.parent.iterdir() if p.suffix == ".tmp"] == []


IMPORTS = """
import runpy, sys
sys.argv = ["stemcell", *sys.argv[1:]]
try:
    runpy.run_module("stemcell_cli", run_name="__main__")
except SystemExit:
    pass
sys.stderr.write("\\n".join(sorted(sys.modules)))
"""


def imported(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", IMPORTS, *args], capture_output=True, text=True, check=True
    )
    return set(result.stderr.split())


@pytest.mark.parametrize("fmt", ["markdown", "json", "text"])
def test_a_cached_explain_imports_no_yaml_validator_or_rich(fmt: str) -> None:
    """The start-up promise: a warm run of explain loads only what it shows."""
    imported("explain", "osteoarthritis", "-f", fmt)  # fills the dataset cache
    modules = imported("explain", "oa", "-f", fmt)  # a new page, from the cached data
    assert "stemcell_cli.views.entries" in modules  # the probe saw the page being built
    unwanted = {"yaml", "rich", "stemcell_cli.core.loader", "stemcell_cli.core.yamlsource"}
    unwanted |= {"stemcell_cli.core.textclean", "stemcell_cli.core.schema", "hashlib"}
    if fmt != "json":
        unwanted.add("json")  # the cache is marshal: JSON is loaded only to write JSON
    assert unwanted & modules == set()
    assert not any(name.startswith("rich.") for name in modules)
    loaded = {name for name in modules if name.startswith("stemcell_cli.cli.commands.")}
    assert loaded == {"stemcell_cli.cli.commands.explain"}  # only the command that runs


def test_a_kept_page_is_written_without_building_it() -> None:
    imported("explain", "osteoarthritis")  # builds the page and keeps it
    modules = imported("explain", "osteoarthritis")
    assert "stemcell_cli.cli.pagecache" in modules  # the probe saw the command run
    built = {
        "stemcell_cli.core.catalog",
        "stemcell_cli.views.entries",
        "stemcell_cli.core.model",
        "tempfile",
    }
    assert built & modules == set()  # nothing built, nothing written
    assert not any(
        name.startswith("stemcell_cli.render.") for name in modules - {"stemcell_cli.render.base"}
    )


def test_rich_output_imports_rich_but_not_yaml() -> None:
    command = [sys.executable, "-c", IMPORTS, "explain", "osteoarthritis", "-f", "rich"]
    subprocess.run(command, capture_output=True, check=True)
    modules = set(subprocess.run(command, capture_output=True, text=True).stderr.split())
    assert "rich" in modules
    assert "yaml" not in modules


def test_completion_builds_no_entry_and_imports_no_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    """Completing a name reads only the cached name index, at every keystroke."""
    monkeypatch.setenv("_STEMCELL_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "stemcell explain ost")
    monkeypatch.setenv("COMP_CWORD", "2")
    imported()  # fills the dataset cache
    modules = imported()
    assert "stemcell_cli.core.catalog" in modules  # the probe saw the names being read
    unwanted = {
        "stemcell_cli.core.model",
        "stemcell_cli.core.records",
        "stemcell_cli.views.entries",
        "yaml",
    }
    assert unwanted & modules == set()
    assert not any(name == "rich" or name.startswith("rich.") for name in modules)
