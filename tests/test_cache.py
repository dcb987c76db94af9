"""The cache of validated data, and what a cached run imports.

The cache must never serve stale data, must survive damage and concurrent
writers, and must let `explain` run without the YAML parser, the validator or Rich.
"""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from termdata import write_term

from stemcell_cli.core import cache, files, loader, records
from stemcell_cli.core.cache import cached_store, open_catalog
from stemcell_cli.core.datadirs import data_dirs, shipped_dir
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

    @pytest.mark.parametrize(
        ("mode", "trusted"),
        [
            (0o600, True),
            (0o644, True),  # others may read it: only writing matters
            (0o711, True),
            (0o620, False),
            (0o602, False),
        ],
    )
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

    def test_a_damaged_entry_is_rebuilt_from_the_data_files(self, tmp_path: Path) -> None:
        """A cache entry with a valid checksum that cannot be decoded or built is read
        again from the data files, and the cache written anew: never an error."""
        user = tmp_path / "user"
        write_term(user, "Sound.")
        assert definition(user) == "Sound."
        target = rewrite_entry(user, lambda _: b"\xff not marshal")
        assert definition(user) == "Sound."
        assert definition(user) == "Sound."  # from the rewritten cache
        assert b"\xff not marshal" not in target.read_bytes()
        rows = read_cache(target)["data"]["term"]
        assert all(isinstance(row[3], bytes) for row in rows)  # rewritten as a cache is

    @pytest.mark.parametrize("index", [5, "no newline at the end", ["a\n"]])
    def test_a_completion_index_of_the_wrong_shape_is_rebuilt(
        self, tmp_path: Path, index: Any
    ) -> None:
        user = tmp_path / "user"
        write_term(user, "Sound.")
        dirs = data_dirs(user)
        expected = cache.cached_completions(dirs)
        target = cache.cache_path(dirs, "names")
        stored = read_cache(target)
        target.write_bytes(cache.encode({**stored, "index": index}))
        assert cache.cached_completions(dirs) == expected
        assert read_cache(target)["index"] == expected

    def test_entries_keep_the_directory_they_came_from(self, tmp_path: Path) -> None:
        """Cached or not, each entry says which directory it came from."""
        user = tmp_path / "user"
        write_term(user, "Sound.")
        for _ in ("cold", "warm"):
            catalog = open_catalog(user)
            assert catalog.terms["my-term"].origin == str(user)
            assert catalog.conditions["osteoarthritis"].origin == "shipped"

    @pytest.mark.parametrize(
        "damage",
        [
            lambda entry: marshal.dumps(["a", "list"]),
            lambda entry: marshal.dumps({**marshal.loads(entry), "unknown_field": "x"}),
            lambda entry: marshal.dumps({"id": "my-term"}),
        ],
        ids=["wrong-type", "unknown-field", "missing-fields"],
    )
    def test_an_entry_of_the_wrong_shape_is_rebuilt(
        self, tmp_path: Path, damage: Callable[[bytes], bytes]
    ) -> None:
        user = tmp_path / "user"
        write_term(user, "Sound.")
        assert definition(user) == "Sound."
        rewrite_entry(user, damage)
        assert definition(user) == "Sound."

    @pytest.mark.parametrize(
        "damage",
        [
            lambda rows: "not a list",
            lambda rows: ["not a row"],
            lambda rows: [row[:3] for row in rows],  # a field short
            lambda rows: [[1, *row[1:]] for row in rows],  # an id that is not text
            lambda rows: [[row[0], 1, *row[2:]] for row in rows],  # an origin that is not text
            lambda rows: [[*row[:2], "keys", row[3]] for row in rows],
            lambda rows: [[*row[:2], [["one"]], row[3]] for row in rows],  # a key not a pair
            lambda rows: [[*row[:2], [[1, "One"]], row[3]] for row in rows],  # a key not text
            lambda rows: [[*row[:2], [["one", 1]], row[3]] for row in rows],  # a name not text
            lambda rows: [[*row[:3], "not bytes"] for row in rows],
        ],
        ids=["rows", "row", "short", "id", "origin", "keys", "pair", "key", "name", "entry"],
    )
    def test_a_store_of_the_wrong_shape_is_rebuilt(
        self, tmp_path: Path, damage: Callable[[list[Any]], Any]
    ) -> None:
        """A cache with a valid checksum whose rows have the wrong shape is not used."""
        user = tmp_path / "user"
        write_term(user, "Sound.")
        assert definition(user) == "Sound."
        target = cache_file(user)
        stored = read_cache(target)
        rows = stored["data"]["term"]
        stored["data"]["term"] = damage(rows)
        target.write_bytes(cache.encode(stored))
        assert definition(user) == "Sound."
        assert read_cache(target)["data"]["term"] == rows  # rebuilt

    def test_the_program_stamp_covers_every_part(self) -> None:
        """The dataset cache is keyed on every module of the package, in every part,
        and on nothing outside it."""
        package = Path(cache.__file__).resolve().parents[1]
        stamped = [Path(path) for path, _, _ in cache.program_stamp()]
        assert all(path.is_relative_to(package) and path.suffix == ".py" for path in stamped)
        parts = {path.relative_to(package).parts[0] for path in stamped}
        assert {"cli", "core", "views", "render", "check", "export", "__main__.py"} <= parts

    def test_code_and_data_that_disagree_are_named_not_blamed_on_the_cache(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A record type that lacks a field the schema accepts is a program error,
        reported with the entry and the field, cached or not."""

        class OldTerm(NamedTuple):
            id: str
            name: str
            reviewed: str
            origin: str = ""

        monkeypatch.setattr(records, "record_class", lambda kind: OldTerm)
        user = tmp_path / "user"
        write_term(user, "Sound.")
        for cached in ("", "1"):
            monkeypatch.setenv("STEMCELL_NO_CACHE", cached)
            with pytest.raises(DataError) as caught:
                definition(user)
            problem = caught.value.problems[0]
            assert "term 'my-term'" in problem.message
            assert problem.path == "definition"
            assert "cache" not in problem.message
            assert str(problem).startswith(f"{user} data: definition: term 'my-term' passed")

    @pytest.mark.parametrize(
        ("signature", "field"),
        [
            ("self, id, name, reviewed, origin=''", "definition"),  # a field it does not take
            ("self, id, name, definition, reviewed, extra, origin=''", ""),  # one it lacks
        ],
        ids=["unexpected", "missing"],
    )
    def test_a_record_type_that_refuses_the_data_is_named(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signature: str, field: str
    ) -> None:
        """The field is named when Python's message names it, and only then."""
        namespace: dict[str, Any] = {}
        exec(f"def __init__({signature}): pass", namespace)
        fields = ("id", "name", "definition", "reviewed")
        picky = type(
            "Picky",
            (),
            {"_fields": fields, "__annotations__": dict.fromkeys(fields, str), **namespace},
        )
        monkeypatch.setattr(records, "record_class", lambda kind: picky)
        user = tmp_path / "user"
        write_term(user, "Sound.")
        with pytest.raises(DataError) as caught:
            definition(user)
        [problem] = caught.value.problems
        assert (problem.file, problem.line, problem.column) == (f"{user} data", 0, 0)
        assert problem.path == field
        assert "passed validation but this version of stemcell cannot build it" in problem.message

    def test_a_damaged_entry_without_the_data_files_names_the_cache(self, tmp_path: Path) -> None:
        """A catalog that cannot read the data files again says the cache is damaged."""
        from stemcell_cli.core.catalog import Catalog

        user = tmp_path / "user"
        write_term(user, "Sound.")
        open_catalog(user)
        stored = read_cache(cache_file(user))
        for row in stored["data"]["term"]:
            row[3] = b"\xff not marshal"
        with pytest.raises(DataError) as caught:
            Catalog(stored["data"]).terms["my-term"]
        [problem] = caught.value.problems
        assert (problem.line, problem.column) == (0, 0)
        assert str(problem).startswith(
            "stemcell cache: entry 'my-term' in the cache cannot be read"
        )

    def test_the_data_files_are_read_again_once_however_much_is_damaged(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        user = tmp_path / "user"
        write_term(user, "Sound.")
        open_catalog(user)
        target = cache_file(user)
        stored = read_cache(target)
        for kind in ("term", "condition"):
            for row in stored["data"][kind]:
                row[3] = b"\xff not marshal"
        target.write_bytes(cache.encode(stored))
        calls: list[int] = []
        rebuild = cache.rebuilt_store
        monkeypatch.setattr(cache, "rebuilt_store", lambda dirs: calls.append(1) or rebuild(dirs))
        catalog = open_catalog(user)
        assert catalog.terms["my-term"].definition == "Sound."
        assert catalog.conditions["osteoarthritis"].id == "osteoarthritis"
        assert len(catalog.conditions) > 1 and all(catalog.conditions.values())
        assert calls == [1]

    def test_a_rebuilt_entry_keeps_its_directory(self, tmp_path: Path) -> None:
        user = tmp_path / "user"
        write_term(user, "Sound.")
        open_catalog(user)
        rewrite_entry(user, lambda _: b"\xff not marshal")
        catalog = open_catalog(user)
        assert catalog.terms["my-term"].origin == str(user)
        assert catalog.terms["autologous"].origin == "shipped"

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


def test_a_check_with_its_matcher_cached_imports_nothing_of_the_build(tmp_path: Path) -> None:
    """The word lists' reader, the places of wordings and YAML serve only to build the
    matcher: a check that reads it from its cache loads none of them."""
    advert = tmp_path / "advert.txt"
    advert.write_text("Our stem cells regrow cartilage. Call us today.\n", encoding="utf-8")
    imported("check", str(advert), "--no-fail")  # builds the matcher and keeps it
    modules = imported("check", str(advert), "--no-fail")
    assert "stemcell_cli.check.matching.matcher" in modules  # the probe saw the check run
    built = {
        "stemcell_cli.check.words.word_lists",
        "stemcell_cli.check.matching.error_places",
        "yaml",
    }
    assert built & modules == set()


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


def test_a_changed_program_rebuilds_the_dataset_cache(tmp_path: Path) -> None:
    """The dataset cache is keyed on the program: after a module of an installed copy
    changes how data is validated, a run serves what the new code makes, the same as
    STEMCELL_NO_CACHE=1 does, not what the old code cached."""
    site = tmp_path / "site"
    package = site / "stemcell_cli"
    shutil.copytree(
        Path(cache.__file__).resolve().parents[1],
        package,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copytree(shipped_dir(), package / "data", dirs_exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(site), "STEMCELL_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("STEMCELL_NO_CACHE", None)
    run = [sys.executable, "-m", "stemcell_cli", "explain", "womac", "-f", "text"]

    def explain(**extra: str) -> str:
        done = subprocess.run(run, env={**env, **extra}, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "WOMAC" in explain()  # the cache is now warm
    cleaner = package / "core" / "textclean.py"
    source = cleaner.read_text(encoding="utf-8")
    cleaner.write_text(
        source
        + "\n_clean = clean\n\n\n"
        + "def clean(text: str, one_line: bool = False) -> str:\n"
        + '    return _clean(text, one_line).replace("Western", "Eastern")\n',
        encoding="utf-8",
    )
    changed = explain()
    assert changed == explain(STEMCELL_NO_CACHE="1")
    assert "Eastern Ontario" in changed and "Western Ontario" not in changed


def test_temporary_files_of_killed_runs_are_removed_only_when_provably_ours(
    tmp_path: Path,
) -> None:
    """A run killed while writing the cache leaves `.dataset-*.marshal.<hex>.tmp`; a later
    write removes it once it is old, starts as a cache does and is this user's, and
    leaves anything else with such a name alone."""
    user = tmp_path / "user"
    write_term(user, "First.")
    dirs = data_dirs(user)
    cached_store(dirs)
    target = cache.cache_path(dirs)
    ours = target.with_name(f".{target.name}.{'a' * 12}.tmp")
    ours.write_bytes(cache.MARKER + b"half written")
    foreign = target.with_name(f".{target.name}.{'b' * 12}.tmp")
    foreign.write_bytes(b"someone else's")
    recent = target.with_name(f".{target.name}.{'c' * 12}.tmp")
    recent.write_bytes(cache.MARKER + b"being written now")
    for old in (ours, foreign):
        os.utime(old, (1_000_000, 1_000_000))
    write_term(user, "Second.")
    cached_store(dirs)
    assert not ours.exists()
    assert foreign.read_bytes() == b"someone else's"
    assert recent.exists()


@pytest.mark.parametrize("what", ["changed", "other-version", "unread"])
def test_nothing_is_kept_unless_every_file_was_read_as_stamped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    """A file that changed while it was read, was another version than the one
    stamped, or was not read at all leaves no cache behind: the next run reads again."""
    user = tmp_path / "user"
    path = write_term(user, "Sound.")
    real = loader.load_dataset

    def reading(dirs: Any, seen: dict[str, Any]) -> Any:
        dataset = real(dirs, seen)
        stamp, digest, changed = seen[str(path)]
        if what == "changed":
            seen[str(path)] = (stamp, digest, True)
        elif what == "other-version":
            seen[str(path)] = ([*stamp[:-1], stamp[-1] + 1], digest, changed)
        else:
            del seen[str(path)]
        return dataset

    monkeypatch.setattr(loader, "load_dataset", reading)
    assert definition(user) == "Sound."
    assert not cache_file(user).exists()
    monkeypatch.setattr(loader, "load_dataset", real)
    assert definition(user) == "Sound."
    assert cache_file(user).exists()


class TestHashesOfWhatWasRead:
    """A file is hashed for the cache key only when the read bytes are one version of
    it: the version its stats describe, unchanged while it was read."""

    def stats_of(self, path: Path) -> list[Any]:
        return [str(path), *files.stamp(path.stat())]

    def test_a_file_read_whole_and_unchanged_is_hashed(self, tmp_path: Path) -> None:
        path = tmp_path / "conditions.yaml"
        path.write_bytes(b"conditions: []\n")
        hashes = cache._hashes([path], [self.stats_of(path)])
        assert hashes is not None and len(hashes) == 1

    def test_a_file_that_changed_while_read_is_not_hashed(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "conditions.yaml"
        path.write_bytes(b"conditions: []\n")
        real = files.read_bounded

        def changed_while_read(*args: Any, **kwargs: Any) -> files.Read:
            read = real(*args, **kwargs)
            return files.Read(read.data, read.info, changed=True)

        monkeypatch.setattr(cache, "read_bounded", changed_while_read)
        assert cache._hashes([path], [self.stats_of(path)]) is None

    def test_a_file_whose_stats_moved_is_not_hashed(self, tmp_path: Path) -> None:
        path = tmp_path / "conditions.yaml"
        path.write_bytes(b"conditions: []\n")
        stats = self.stats_of(path)
        path.write_bytes(b"conditions: [] \n")
        assert cache._hashes([path], [stats]) is None
