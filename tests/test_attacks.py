"""Attacks on the installed command: nothing outside our files is touched, nothing hostile
reaches the terminal, no input hangs a run or eats the machine, no cache answers stale.

One test per attack of the reliability and security issue, each run through the
installed `stemcell` in a real process, with HOME, the XDG folders and the cache in
temporary folders. Where permissions matter the command runs as an unprivileged user
(`nobody` through setpriv when the tests run as root). Where an attack needs something
to happen at an exact moment of a run (a kill, an edit), a `sitecustomize` module on
PYTHONPATH does it from an audit hook, so the moment is exact, not a matter of timing.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import pwd
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from installed import drained
from markdown_it import MarkdownIt

SCRIPT = str(Path(sys.executable).parent / "stemcell")
MANIFEST = ".stemcell-export.json"  # the name docs/usage.md gives
MIB = 1024 * 1024
ESC = "\x1b"

TERM = """terms:
  - id: my-term
    name: My term
    aliases: [my alias]
    definition: {definition}
    reviewed: "2026-01-01"
"""

Env = dict[str, str]


# -- running the installed command ---------------------------------------------


def isolated(root: Path) -> Env:
    """An environment whose HOME, XDG folders and cache are all under `root`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("STEMCELL_", "XDG_", "_STEMCELL", "COMP_"))
        and key not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "PAGER", "PYTHONPATH")
    }
    env.update(
        HOME=str(root / "home"),
        XDG_CACHE_HOME=str(root / "xdg-cache"),
        XDG_CONFIG_HOME=str(root / "xdg-config"),
        XDG_DATA_HOME=str(root / "xdg-data"),
        XDG_STATE_HOME=str(root / "xdg-state"),
        STEMCELL_CACHE_DIR=str(root / "cache"),
        TERM="dumb",
    )
    return env


def stemcell(
    env: Env,
    *args: str,
    timeout: float = 60,
    prefix: tuple[str, ...] = (),
    limits: dict[int, int] | None = None,
    hook: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the installed command; `prefix` runs it as another user, `limits` sets
    resource limits (RLIMIT_*: bytes or seconds), `hook` is run at start-up."""
    env = dict(env)
    folder = Path(tempfile.mkdtemp(prefix="stemcell-hook-"))
    if hook is not None:
        (folder / "sitecustomize.py").write_text(hook, encoding="utf-8")
        env["PYTHONPATH"] = str(folder)

    def set_limits() -> None:
        for which, value in (limits or {}).items():
            resource.setrlimit(which, (value, value))

    try:
        return subprocess.run(
            [*prefix, SCRIPT, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            preexec_fn=set_limits if limits else None,
            check=False,
        )
    finally:
        shutil.rmtree(folder)


def one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("stemcell: "), result.stderr
    return result.stderr


def glossary(folder: Path, text: str | bytes, name: str = "glossary.yaml") -> Path:
    """A data dir `folder` holding one data file."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if isinstance(text, bytes):
        target.write_bytes(text)
    else:
        target.write_text(text, encoding="utf-8")
    return folder


def digest(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every file under `folder` (links as where they point), for before/after checks."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[name] = "-> " + os.readlink(path)
        elif path.is_file():
            found[name] = path.read_bytes()
    return found


# -- an unprivileged user ---------------------------------------------------------


@pytest.fixture(scope="module")
def unprivileged() -> tuple[str, ...]:
    """The prefix that runs a command as a user without privileges: none when the tests
    already run as one; setpriv to `nobody` when they run as root (which reads any
    file whatever its permissions). Skips, saying why, when neither is possible."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("the tests run as root and setpriv (util-linux) is not installed")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("the tests run as root and there is no user 'nobody'")
    prefix = (
        setpriv,
        f"--reuid={nobody.pw_uid}",
        f"--regid={nobody.pw_gid}",
        "--clear-groups",
    )
    probe = subprocess.run(
        [*prefix, SCRIPT, "--version"], capture_output=True, text=True, cwd="/", check=False
    )
    if probe.returncode != 0:
        pytest.skip(f"user 'nobody' cannot run the installed command: {probe.stderr.strip()}")
    return prefix


@pytest.fixture
def shared() -> Iterator[Path]:
    """A temporary folder the unprivileged user owns (pytest's own is private to us)."""
    folder = Path(tempfile.mkdtemp(prefix="stemcell-attack-"))
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o700 if path.is_dir() else 0o600)
        shutil.rmtree(folder)


def owned_by_nobody(*paths: Path) -> None:
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        for path in paths:
            os.chown(path, nobody.pw_uid, nobody.pw_gid, follow_symlinks=False)


# == 1. Data loss outside our files ==============================================


@pytest.mark.parametrize(
    ("folder", "victim", "code"),
    [("home", ".bashrc", 0), ("conditions", "osteoarthritis.md", 4)],
    ids=["foreign-path", "note-path"],
)
def test_export_never_deletes_or_writes_through_a_link_in_the_vault(
    tmp_path: Path, folder: str, victim: str, code: int
) -> None:
    """`vault/home -> ~/` and a manifest listing `home/.bashrc` with its real hash: the
    manifest is not trusted and the link is never followed; a note path behind a linked
    folder is never written either."""
    outside = tmp_path / "someone-elses"
    outside.mkdir()
    target = outside / victim
    target.write_text("keep me as I am\n", encoding="utf-8")
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / folder).symlink_to(outside, target_is_directory=True)
    listed = {"generator": "stemcell export", "files": {f"{folder}/{victim}": digest(target)}}
    (vault / MANIFEST).write_text(json.dumps(listed), encoding="utf-8")
    result = stemcell(isolated(tmp_path), "export", str(vault))
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert tree(outside) == {victim: b"keep me as I am\n"}
    assert (vault / folder).is_symlink()


def test_export_never_writes_notes_through_a_linked_folder(tmp_path: Path) -> None:
    """`conditions -> ../elsewhere`: refused before anything is written, the link named."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "conditions").symlink_to("../elsewhere")
    stderr = one_line_error(stemcell(isolated(tmp_path), "export", str(vault)), 4)
    assert "conditions" in stderr and "link" in stderr
    assert list(elsewhere.iterdir()) == []
    assert tree(vault) == {"conditions": "-> ../elsewhere"}


def test_export_takes_no_word_from_a_manifest_another_user_planted(
    unprivileged: tuple[str, ...], shared: Path
) -> None:
    """A vault in a folder others can write (attack5): another user puts a manifest
    there listing a note of yours with its real hash, and one of ours at the hash of
    what you wrote in it. Neither is removed nor overwritten: only a manifest of this
    user's, that nobody else can write, proves a file is ours (it was taken at its word,
    and your note deleted)."""
    if os.geteuid() != 0:
        pytest.skip("needs a second user to plant the manifest: run the tests as root")
    env = isolated(shared)
    vault = shared / "vault"
    first = stemcell(env, "export", str(vault), "-f", "json", prefix=unprivileged)
    assert first.returncode == 0, first.stderr
    mine = vault / "conditions" / "my-notes.md"
    note = vault / "conditions" / "osteoarthritis.md"
    mine.write_text("my own notes\n", encoding="utf-8")
    note.write_text("what I wrote over the note\n", encoding="utf-8")
    owned_by_nobody(mine, note)
    listed = json.loads((vault / MANIFEST).read_text(encoding="utf-8"))
    listed["files"]["conditions/my-notes.md"] = digest(mine)
    listed["files"]["conditions/osteoarthritis.md"] = digest(note)
    (vault / MANIFEST).unlink()
    (vault / MANIFEST).write_text(json.dumps(listed), encoding="utf-8")  # the other user's
    vault.chmod(0o777)
    result = stemcell(env, "export", str(vault), "-f", "json", prefix=unprivileged)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert mine.read_text(encoding="utf-8") == "my own notes\n"
    assert note.read_text(encoding="utf-8") == "what I wrote over the note\n"
    statuses = {f["path"]: f["status"] for f in json.loads(result.stdout)["files"]}
    assert statuses["conditions/osteoarthritis.md"] == "kept"
    assert "conditions/my-notes.md" not in statuses


def _foreign_pages(folder: Path, count: int = 300) -> dict[str, bytes | str]:
    """Files that are not kept pages, some with the very names kept pages have, all
    older than any page a run keeps."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        name = f"{n:08x}.txt" if n % 2 else f"notes-{n}.txt"
        path = folder / name
        path.write_text(f"my own file {n}\n", encoding="utf-8")
        os.utime(path, (1_000_000 + n, 1_000_000 + n))
    return tree(folder)


def test_the_page_cache_deletes_only_pages_it_wrote(tmp_path: Path) -> None:
    env = isolated(tmp_path)
    pages = Path(env["STEMCELL_CACHE_DIR"]) / "pages"
    before = _foreign_pages(pages)
    pages.chmod(0o700)
    for name in ("osteoarthritis", "rheumatoid arthritis"):
        result = stemcell(env, "explain", name)
        assert result.returncode == 0, result.stderr
    after = tree(pages)
    assert {name: after[name] for name in before} == before


def test_the_page_cache_never_follows_a_linked_pages_folder(tmp_path: Path) -> None:
    """Another user of a shared cache points `pages` at your documents."""
    env = isolated(tmp_path)
    documents = tmp_path / "documents"
    before = _foreign_pages(documents)
    cache = Path(env["STEMCELL_CACHE_DIR"])
    cache.mkdir(parents=True)
    (cache / "pages").symlink_to(documents, target_is_directory=True)
    for _ in range(2):
        result = stemcell(env, "explain", "osteoarthritis")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("# Osteoarthritis")
    assert tree(documents) == before


def test_the_page_cache_leaves_another_users_folder_alone(
    unprivileged: tuple[str, ...], shared: Path
) -> None:
    """A shared cache whose `pages` folder another user made writable by all: a run as
    this user neither writes there nor deletes what is there."""
    if os.geteuid() != 0:
        pytest.skip("needs a second user to own the shared folder: run the tests as root")
    env = isolated(shared)
    cache = Path(env["STEMCELL_CACHE_DIR"])
    cache.mkdir()
    cache.chmod(0o777)
    pages = cache / "pages"
    before = _foreign_pages(pages)
    pages.chmod(0o777)  # owned by the other user (the one running the tests)
    result = stemcell(env, "explain", "osteoarthritis", prefix=unprivileged)
    assert result.returncode == 0, result.stderr
    assert tree(pages) == before


@pytest.mark.parametrize("variable", ["XDG_CACHE_HOME", "STEMCELL_CACHE_DIR"])
@pytest.mark.parametrize("case", ["shared-target", "foreign-link", "own-link"])
def test_a_linked_cache_folder_is_used_only_when_it_and_its_target_are_yours(
    tmp_path: Path, variable: str, case: str
) -> None:
    """The cache folder is a symbolic link (attack6): to a folder anyone may write
    (another user's, or a shared one), or a link another user planted to a folder of
    yours: nothing is written through it, nothing is read, and the command still
    answers; a link of your own to a private folder of yours is used."""
    if case == "foreign-link" and os.geteuid() != 0:
        pytest.skip("needs a second user to own the link: run the tests as root")
    env = isolated(tmp_path)
    env.pop("STEMCELL_CACHE_DIR")
    target = tmp_path / "target"
    target.mkdir(mode=0o700)
    if case == "shared-target":
        target.chmod(0o777)
        owned_by_nobody(target)
    link = tmp_path / "xdg-cache" / "stemcell" if variable == "XDG_CACHE_HOME" else tmp_path / "c"
    link.parent.mkdir(exist_ok=True)
    link.symlink_to(target, target_is_directory=True)
    if case == "foreign-link":
        owned_by_nobody(link)
    if variable == "STEMCELL_CACHE_DIR":
        env["STEMCELL_CACHE_DIR"] = str(link)
    for args in (("explain", "osteoarthritis"), ("explain", "osteoarthritis"), ("check", "-")):
        result = subprocess.run(
            [SCRIPT, *args, "--no-fail"] if args[0] == "check" else [SCRIPT, *args],
            input="Our stem cells cure knee arthritis.\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    written = sorted(path.name for path in target.iterdir())
    if case == "own-link":
        assert "pages" in written and any(name.startswith("dataset-") for name in written)
    else:
        assert written == []
    assert link.is_symlink()


def _notes(vault: Path) -> dict[str, Path]:
    return {p.relative_to(vault).as_posix(): p for p in vault.rglob("*.md")}


def _only_our_files(vault: Path, result: subprocess.CompletedProcess[str]) -> None:
    """The vault holds exactly the notes the report lists, and the manifest."""
    report = json.loads(result.stdout)
    listed = {f["path"] for f in report["files"] if f["status"] != "removed"}
    present = {p.relative_to(vault).as_posix() for p in vault.rglob("*") if not p.is_dir()}
    assert present == listed | {MANIFEST}, present ^ (listed | {MANIFEST})


FULL_DISK_AT_THIRD_NOTE = """
import errno, os, sys
created = 0
def hook(event, args):
    global created
    if event == "open" and isinstance(args[0], (str, bytes)) and isinstance(args[2], int):
        if args[2] & os.O_CREAT and ".md." in os.fsdecode(args[0]):  # a note's temporary file
            created += 1
            if created == 3:
                raise OSError(errno.ENOSPC, "No space left on device")
sys.addaudithook(hook)
"""


def test_an_export_cut_short_by_a_full_disk_leaves_nothing_in_the_way(tmp_path: Path) -> None:
    """The disk is full when the third note is created: one line naming that note, no
    temporary files; the next run, with other data, takes up the notes already written."""
    env = isolated(tmp_path)
    data = glossary(tmp_path / "data", TERM.format(definition="Mine."))
    vault = tmp_path / "vault"
    first = stemcell(
        env, "--data-dir", str(data), "export", str(vault), hook=FULL_DISK_AT_THIRD_NOTE
    )
    stderr = one_line_error(first, 4)
    assert f"cannot write {vault}{os.sep}" in stderr and "No space left on device" in stderr
    assert len(_notes(vault)) == 2
    assert not [p for p in vault.rglob("*") if ".tmp" in p.name]
    second = stemcell(env, "export", str(vault), "-f", "json")  # the user's term is gone
    assert second.returncode == 0, second.stderr
    _only_our_files(vault, second)
    third = stemcell(env, "export", str(vault), "-f", "json")
    assert json.loads(third.stdout)["counts"]["written"] == 0


KILL_AT_THIRD_NOTE = """
import os, signal, sys
renamed = 0
def hook(event, args):
    global renamed
    if event == "os.rename" and os.fsdecode(args[1]).endswith(".md"):
        renamed += 1
        if renamed == 3:
            os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(hook)
"""


def test_an_export_killed_midway_leaves_nothing_in_the_way(tmp_path: Path) -> None:
    """kill -9 just before the third note is renamed into place: its temporary file is
    left behind. The next run (with other data) removes it and takes up every note
    the killed run wrote."""
    env = isolated(tmp_path)
    data = glossary(tmp_path / "data", TERM.format(definition="Mine."))
    vault = tmp_path / "vault"
    killed = stemcell(env, "--data-dir", str(data), "export", str(vault), hook=KILL_AT_THIRD_NOTE)
    assert killed.returncode == -signal.SIGKILL
    assert len(_notes(vault)) == 2
    second = stemcell(env, "export", str(vault), "-f", "json")
    assert second.returncode == 0, second.stderr
    _only_our_files(vault, second)
    third = stemcell(env, "export", str(vault), "-f", "json")
    assert json.loads(third.stdout)["counts"]["written"] == 0


def test_an_id_too_long_for_a_file_name_is_refused_and_stops_no_export(tmp_path: Path) -> None:
    """A data dir's term whose id is 359 characters: `export` wrote half a vault, then
    failed at the note's name ("File name too long"), and the manifest it left (listing
    that note's temporary file) made every later export to the folder fail, with or
    without the data dir (attack9). The loader now refuses an id over ID_CHARS, and a
    manifest naming a file no folder can hold stops nothing."""
    env = isolated(tmp_path)
    long_id = "-".join(["longword"] * 40)
    data = glossary(tmp_path / "data", TERM.format(definition="Mine.").replace("my-term", long_id))
    result = stemcell(env, "validate", str(data))
    assert result.returncode == 3, result.stdout
    assert "characters" in result.stdout and "longer than" in result.stdout
    vault = tmp_path / "vault"
    assert stemcell(env, "--data-dir", str(data), "export", str(vault)).returncode == 3
    assert not vault.exists()
    # A manifest as the half-done export left it: a note and its temporary file pending.
    (vault / "terms").mkdir(parents=True)
    note = f"terms/{long_id}.md"
    (vault / MANIFEST).write_text(
        json.dumps(
            {
                "generator": "stemcell export",
                "files": {},
                "writing": {note: "sha256:" + "0" * 64},
                "temporary": [f"terms/.{long_id}.md.0123456789ab.tmp"],
            }
        ),
        encoding="utf-8",
    )
    again = stemcell(env, "export", str(vault), "-f", "json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["counts"]["written"] > 0


# == 2. Escape sequences from untrusted text =====================================

HOSTILE_NAME = "data\x1b]0;pwned\x07\x1b[2J\x1b]52;c;cHduZWQ=\x07\u202eevil\u200b"


@pytest.mark.parametrize("fmt", ["rich", "markdown", "text", "json"])
def test_file_and_folder_names_never_drive_the_terminal(tmp_path: Path, fmt: str) -> None:
    """A data folder and a vault named with OSC 0 (title), CSI 2J (clear), OSC 52
    (clipboard) and U+202E: what each format shows of the names is cleaned."""
    env = {**isolated(tmp_path), "FORCE_COLOR": "1", "COLUMNS": "400"}
    data = glossary(tmp_path / HOSTILE_NAME, TERM.format(definition="Fine."))
    runs = [
        stemcell(env, "--data-dir", str(data), "explain", "my term", "-f", fmt),
        stemcell(env, "--data-dir", str(data), "validate", "-f", fmt),
        stemcell(env, "export", str(tmp_path / (HOSTILE_NAME + "vault")), "-f", fmt),
    ]
    for result in runs:
        assert result.returncode == 0, result.stderr
        shown = result.stdout + result.stderr
        for bad in ("\x1b]", "\x1b[2J", "\x07", "\u202e", "\u200b"):
            assert bad not in shown, (bad, shown[:300])
        if fmt != "rich":
            assert ESC not in shown
    if fmt != "json":
        shown = runs[0].stdout.replace("\\", "")  # Markdown escapes the underscores
        # a panel may wrap the path at any width: read it with the box and breaks taken out
        flat = "".join(shown.replace("\u2502", " ").split())
        assert "Source:yourdatain" in flat and f"{os.sep}dataevil." in flat


# == 3. Hangs and memory ==========================================================

PLACES = [
    "data file",
    "dataset cache",
    "completion index",
    "kept page",
    "export manifest",
    "compiled matcher",
    "config file",
]


def _completion(env: Env) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SCRIPT],
        env={
            **env,
            "_STEMCELL_COMPLETE": "complete_bash",
            "COMP_WORDS": "stemcell explain osteo",
            "COMP_CWORD": "2",
        },
        capture_output=True,
        text=True,
        timeout=30,
        stdin=subprocess.DEVNULL,
        preexec_fn=_memory_limit,
        check=False,
    )


def _memory_limit() -> None:
    # Old versions read /dev/zero until memory ran out: fail fast instead.
    resource.setrlimit(resource.RLIMIT_AS, (2048 * MIB, 2048 * MIB))


def _replace(path: Path, thing: str) -> None:
    path.unlink(missing_ok=True)
    if thing == "fifo":
        os.mkfifo(path, 0o600)
    else:
        path.symlink_to("/dev/zero")


@pytest.mark.parametrize("thing", ["fifo", "device"])
@pytest.mark.parametrize("place", PLACES)
def test_a_fifo_or_a_device_never_hangs_a_run(tmp_path: Path, place: str, thing: str) -> None:
    """A FIFO (which blocks a reader until a writer comes) or /dev/zero (endless) where
    a file is read: refused or ignored at once, in bounded memory."""
    if thing == "device" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    env = isolated(tmp_path)
    cache = Path(env["STEMCELL_CACHE_DIR"])
    limits = {resource.RLIMIT_AS: 2048 * MIB}
    if place == "data file":
        data = tmp_path / "data"
        data.mkdir()
        _replace(data / "glossary.yaml", thing)
        result = stemcell(env, "validate", str(data), timeout=30, limits=limits)
        assert result.returncode == 3, result.stderr
        assert "glossary.yaml" in result.stdout and "not a regular file" in result.stdout
        return
    if place == "export manifest":
        vault = tmp_path / "vault"
        vault.mkdir()
        _replace(vault / MANIFEST, thing)
        result = stemcell(env, "export", str(vault), "-f", "json", timeout=30, limits=limits)
        assert result.returncode == 0, result.stderr
        assert (vault / MANIFEST).is_file() and not (vault / MANIFEST).is_symlink()
        return
    if place == "config file":
        config = tmp_path / "config.toml"
        _replace(config, thing)
        result = stemcell({**env, "STEMCELL_CONFIG": str(config)}, "explain", "oa", limits=limits)
        assert result.returncode == 3, result.stderr
        assert result.stderr.startswith(f"stemcell: config file {config}: cannot be read")
        return
    if place == "compiled matcher":
        advert = tmp_path / "advert.txt"
        advert.write_text("Our stem cells regrow cartilage in your knee.\n", encoding="utf-8")
        expected = stemcell(env, "check", str(advert), "--no-fail", "-f", "json").stdout
        _replace(next(cache.glob("matcher-*.marshal")), thing)
        result = stemcell(env, "check", str(advert), "--no-fail", "-f", "json", limits=limits)
        assert result.returncode == 0, result.stderr
        assert result.stdout == expected
        return
    if place == "completion index":
        assert "osteoarthritis" in _completion(env).stdout
        _replace(next(cache.glob("names-*.marshal")), thing)
        assert "osteoarthritis" in _completion(env).stdout
        return
    args = ("explain", "osteoarthritis", "-f", "text")
    expected = stemcell(env, *args).stdout
    if place == "dataset cache":
        _replace(next(cache.glob("dataset-*.marshal")), thing)
        args = ("explain", "osteoarthritis", "-f", "markdown")  # a page not kept yet
        expected = stemcell({**env, "STEMCELL_NO_CACHE": "1"}, *args).stdout
    else:
        _replace(next((cache / "pages").glob("*.txt")), thing)
    result = stemcell(env, *args, timeout=30, limits=limits)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected


@pytest.mark.parametrize("planted", [None, 3, "urgency-pressure", ["urgency-pressure"]])
def test_a_compiled_matcher_with_sales_pressure_of_another_shape_is_rebuilt(
    tmp_path: Path, planted: object
) -> None:
    """The compiled matcher's cache keeps the red flags of `sales_pressure:` (a frozenset
    of ids, compiled_cache FORMAT 10): one of this user's, with the right checksums, that
    holds anything else there (nothing, a number, text, a list) is rebuilt, as a genre
    model of another shape is (attack11: None or a number was a traceback in `check`)."""
    _a_planted_cache_entry_is_rebuilt(tmp_path, "sales_pressure", planted)


_MISSING = object()


@pytest.mark.parametrize(
    "planted",
    [_MISSING, None, 3, "our", {"own": ["our"]}, {"own": "our"}, {1: ("our",)}, {"own": (1,)}],
    ids=["missing", "none", "number", "text", "lists", "text-value", "number-name", "number-word"],
)
def test_a_compiled_matcher_with_reported_lists_of_another_shape_is_rebuilt(
    tmp_path: Path, planted: object
) -> None:
    """The compiled matcher's cache keeps the word lists of `reported_lists:` (a dict of
    tuples of text, since the lead's reportedfix): one of this user's, with the right
    checksums, without them (written before them) or with them in another shape is
    rebuilt, never a traceback (review11)."""
    _a_planted_cache_entry_is_rebuilt(tmp_path, "reported_lists", planted)


def _a_planted_cache_entry_is_rebuilt(tmp_path: Path, key: str, planted: object) -> None:
    from stemcell_cli.core import cache as core_cache

    env = isolated(tmp_path)
    advert = tmp_path / "advert.txt"
    advert.write_text("Only 3 spots left: book now. Our stem cells cure knee pain.\n", "utf-8")
    args = ("check", str(advert), "--no-fail", "-f", "json")
    expected = stemcell(env, *args)
    assert expected.returncode == 0, expected.stderr
    target = next(Path(env["STEMCELL_CACHE_DIR"]).glob("matcher-*.marshal"))
    payload = core_cache.decode(target.read_bytes())
    assert isinstance(payload, dict) and payload[key]
    changed = {name: value for name, value in payload.items() if name != key}
    if planted is not _MISSING:
        changed[key] = planted
    target.write_bytes(core_cache.encode(changed))
    result = stemcell(env, *args)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == expected.stdout
    read = core_cache.decode(target.read_bytes())
    assert isinstance(read, dict) and read[key] == payload[key]


@pytest.mark.parametrize(
    "body",
    [
        "terms: [" + "1," * (8 * MIB - 16) + "1]\n",
        "terms:\n" + "  - {}\n" * 999_000 + "# " + "x" * (16 * MIB - 7_000_100) + "\n",
    ],
    ids=["millions-of-values", "millions-of-problems"],
)
def test_a_16_mib_data_file_is_refused_in_bounded_time_and_memory(
    tmp_path: Path, body: str
) -> None:
    """Just under the 16 MiB limit, a file of tiny values or of entries each missing
    every field: validated within 10 s of CPU and 500 MiB of address space (so also of
    memory), its problems capped with how many more were found."""
    assert len(body) < 16 * MIB
    data = glossary(tmp_path / "data", body)
    limits = {resource.RLIMIT_AS: 500 * MIB, resource.RLIMIT_CPU: 10}
    result = stemcell(isolated(tmp_path), "validate", str(data), timeout=120, limits=limits)
    assert result.returncode == 3, result.stderr[-500:]
    lines = result.stdout.splitlines()
    assert len(lines) <= 203
    assert str(data / "glossary.yaml") in lines[0]
    if len(lines) > 2:
        assert "more" in lines[-2]


# == 4. Crashes ===================================================================


@pytest.mark.parametrize("fmt", ["markdown", "text", "json", "rich"])
def test_a_closed_stdout_is_a_one_line_error(tmp_path: Path, fmt: str) -> None:
    """`stemcell explain oa >&-`: exit 4 and one line on stderr, built or kept alike."""
    env = isolated(tmp_path)
    for _ in range(2):  # the page is built, then served from the page cache
        result = subprocess.run(
            ["sh", "-c", '"$0" "$@" >&-', SCRIPT, "explain", "oa", "-f", fmt],
            capture_output=False,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert "Traceback" not in result.stderr
        assert result.returncode == 4, result.stderr
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("stemcell: ")


def _load_cache(path: Path) -> tuple[bytes, Any]:
    raw = path.read_bytes()
    marker = raw[: raw.index(b"\n") + 1]
    return marker, marshal.loads(raw[len(marker) + 4 :])


def _store_cache(path: Path, marker: bytes, payload: Any) -> None:
    body = marshal.dumps(payload)
    path.write_bytes(marker + zlib.crc32(body).to_bytes(4, "big") + body)


def _first_row(payload: dict[str, Any]) -> list[Any]:
    row: list[Any] = payload["data"]["condition"][0]
    return row


def _mistyped_entries(payload: dict[str, Any]) -> None:
    """Every condition with the right fields holding values of the wrong types."""
    for row in payload["data"]["condition"]:
        entry = marshal.loads(row[3])
        entry.update(name=5, risks="one long text", evidence={"grade": "early", "summary": 7})
        row[3] = marshal.dumps(entry)


WRONG_SHAPES: dict[str, Callable[[dict[str, Any]], None]] = {
    "data not a mapping": lambda p: p.update(data=[]),
    "no kinds": lambda p: p["data"].clear(),
    "a kind missing": lambda p: p["data"].pop("condition"),
    "rows not lists": lambda p: p["data"].update(condition=["row"]),
    "an id not text": lambda p: _first_row(p).__setitem__(0, 5),
    "names not text": lambda p: _first_row(p).__setitem__(2, [[1, 2], [None, []]]),
    "names not pairs": lambda p: _first_row(p).__setitem__(2, [["only"]]),
    "entry of another shape": lambda p: _first_row(p).__setitem__(3, marshal.dumps([1, 2])),
    "entry not marshal": lambda p: _first_row(p).__setitem__(3, b"\xff\x00garbage"),
    "entry fields of the wrong types": _mistyped_entries,
    "stats not a list": lambda p: p.update(stats="stats"),
    "hashes missing": lambda p: p.pop("hashes"),
    "index not text": lambda p: p.update(index=[1, 2, 3]),
}


WRONG_SHAPE_ARGS = ("explain", "osteoarthritis", "-f", "json")


@pytest.fixture(scope="module")
def kept_caches(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """A folder whose isolated home and cache hold what one `explain` and one completion
    kept, and the page a run without the cache gives: made once for the cases of
    test_a_cache_of_the_wrong_shape_is_rebuilt, each of which damages a copy (they
    made the same three runs each before ci2)."""
    root = tmp_path_factory.mktemp("kept-caches")
    env = isolated(root)
    expected = json.loads(stemcell({**env, "STEMCELL_NO_CACHE": "1"}, *WRONG_SHAPE_ARGS).stdout)
    assert stemcell(env, *WRONG_SHAPE_ARGS).returncode == 0
    assert "osteoarthritis" in _completion(env).stdout
    return root, expected


@pytest.mark.parametrize("shape", list(WRONG_SHAPES))
def test_a_cache_of_the_wrong_shape_is_rebuilt(
    tmp_path: Path, kept_caches: tuple[Path, Any], shape: str
) -> None:
    """A cache file with a valid checksum but not the shape this version writes (another
    build, a bug, a hand edit): rebuilt, never a TypeError, KeyError or AttributeError."""
    kept, expected = kept_caches
    root = tmp_path / "root"
    shutil.copytree(kept, root, symlinks=True)
    env = isolated(root)
    cache = Path(env["STEMCELL_CACHE_DIR"])
    args = WRONG_SHAPE_ARGS
    assert any(cache.glob("dataset-*.marshal")) and any(cache.glob("names-*.marshal"))
    for path in [*cache.glob("dataset-*.marshal"), *cache.glob("names-*.marshal")]:
        marker, payload = _load_cache(path)
        if shape == "index not text" and "index" not in payload:
            continue
        if shape != "index not text" and "data" not in payload:
            continue
        WRONG_SHAPES[shape](payload)
        _store_cache(path, marker, payload)
    result = stemcell(env, "explain", "osteoarthritis", "-f", "markdown")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("# Osteoarthritis")
    assert json.loads(stemcell(env, *args).stdout) == expected
    completion = _completion(env)
    assert "osteoarthritis" in completion.stdout and "Traceback" not in completion.stderr


# == 5. Stale answers ===============================================================

EDIT_AFTER_FIRST_READ = """
import atexit, os, sys
TARGET = {target!r}
NEW = {new!r}
state = {{"opened": 0, "edited": False}}
def edit():
    if not state["edited"]:
        state["edited"] = True
        with open(TARGET, "w", encoding="utf-8") as handle:
            handle.write(NEW)
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        if os.path.realpath(os.fsdecode(args[0])) == TARGET:
            state["opened"] += 1
            if state["opened"] == 2:
                edit()
sys.addaudithook(hook)
atexit.register(edit)
"""


def test_a_data_edit_during_a_cold_run_is_never_served_stale(tmp_path: Path) -> None:
    """The data file is edited right after the run first read it (at its next open, or
    as it exits): the cache keeps what was parsed with the hash of what was parsed, so
    the next run sees the edit."""
    env = isolated(tmp_path)
    data = glossary(tmp_path / "data", TERM.format(definition="Before the edit."))
    path = os.path.realpath(data / "glossary.yaml")
    hook = EDIT_AFTER_FIRST_READ.format(
        target=path, new=TERM.format(definition="After the edit, longer.")
    )
    first = stemcell(env, "--data-dir", str(data), "explain", "my term", "-f", "text", hook=hook)
    assert "Before the edit." in first.stdout
    assert "After the edit" in Path(path).read_text(encoding="utf-8")
    for fmt in ("json", "text"):
        again = stemcell(env, "--data-dir", str(data), "explain", "my term", "-f", fmt)
        assert "After the edit, longer." in again.stdout, fmt


EDIT_WHEN_THE_CACHE_IS_OPENED = """
import os, sys
TARGET = {target!r}
NEW = {new!r}
state = {{"edited": False}}
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)) and not state["edited"]:
        if os.path.basename(os.fsdecode(args[0])).startswith("dataset-"):
            state["edited"] = True
            with open(TARGET, "w", encoding="utf-8") as handle:
                handle.write(NEW)
sys.addaudithook(hook)
"""


def test_a_data_edit_while_a_page_is_built_is_never_served_stale(tmp_path: Path) -> None:
    """The data file is edited just as the run opens the dataset cache to build a page:
    the page is built from what was read before the edit, so it must not be kept as
    the page of the edited file."""
    env = isolated(tmp_path)
    data = glossary(tmp_path / "data", TERM.format(definition="Before the edit."))
    args = ("--data-dir", str(data), "explain", "my term", "-f")
    assert "Before the edit." in stemcell(env, *args, "json").stdout  # the dataset cached
    path = os.path.realpath(data / "glossary.yaml")
    hook = EDIT_WHEN_THE_CACHE_IS_OPENED.format(
        target=path, new=TERM.format(definition="After the edit.")
    )
    assert "Before the edit." in stemcell(env, *args, "markdown", hook=hook).stdout
    assert "After the edit." in Path(path).read_text(encoding="utf-8")
    assert "After the edit." in stemcell(env, *args, "markdown").stdout


def test_a_same_size_edit_with_the_old_time_put_back_is_never_served_stale(
    tmp_path: Path,
) -> None:
    env = isolated(tmp_path)
    data = glossary(tmp_path / "data", TERM.format(definition="Aaaa."))
    path = data / "glossary.yaml"
    kept = ("--data-dir", str(data), "explain", "my term", "-f", "markdown")
    for _ in range(2):  # the dataset is cached, then the page is kept
        assert "Aaaa." in stemcell(env, *kept).stdout
    before = path.stat()
    path.write_text(TERM.format(definition="Bbbb."), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert "Bbbb." in stemcell(env, *kept).stdout  # the page cache
    fresh = ("--data-dir", str(data), "explain", "my term", "-f", "text")
    assert "Bbbb." in stemcell(env, *fresh).stdout  # the dataset cache


def test_an_unreadable_data_file_is_an_error_cached_or_not(
    unprivileged: tuple[str, ...], shared: Path
) -> None:
    env = isolated(shared)
    data = glossary(shared / "data", TERM.format(definition="Secret."))
    owned_by_nobody(data, data / "glossary.yaml")
    args = ("--data-dir", str(data), "explain", "my term", "-f", "markdown")
    for _ in range(2):
        warm = stemcell(env, *args, prefix=unprivileged)
        assert warm.returncode == 0, warm.stderr
    (data / "glossary.yaml").chmod(0)
    for fmt in ("markdown", "json"):
        result = stemcell(env, *args[:-1], fmt, prefix=unprivileged)
        assert result.returncode == 3, (fmt, result.stdout)
        assert f"{data / 'glossary.yaml'}: cannot read: Permission denied" in result.stderr


# == 6. Wrong acceptance ==============================================================

TOPIC = """topics:
  - id: my-topic
    name: My topic
    summary: A topic.
    sections:
      - heading: One
        body: Text.
    terms: [no-such-term]
    reviewed: "2026-01-01"
"""


@pytest.mark.parametrize("text", ["~\n", "null\n", "---\n", "--- ~\n", "---\n...\n", "terms: []\n"])
def test_a_data_file_of_nothing_is_an_error_and_references_stay_checked(
    tmp_path: Path, text: str
) -> None:
    data = glossary(tmp_path / "data", text)
    glossary(data, TOPIC, "topics.yaml")
    result = stemcell(isolated(tmp_path), "validate", str(data))
    assert result.returncode == 3, result.stdout
    if text == "terms: []\n":
        assert "unknown term 'no-such-term'" in result.stdout
    else:
        assert f"{data / 'glossary.yaml'}:1:1: " in result.stdout


def test_a_5000_digit_number_is_a_number_not_text(tmp_path: Path) -> None:
    data = glossary(
        tmp_path / "data", TERM.format(definition="Fine.").replace("My term", "9" * 5000)
    )
    result = stemcell(isolated(tmp_path), "validate", str(data))
    assert result.returncode == 3
    assert "glossary.yaml:3:5: terms[0].name: expected text, got a number" in result.stdout


REFERENCE = """references:
  - id: my-ref
    type: review
    title: A review
    url: {url}
"""


ADDRESSES = {
    False: [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "//evil.example/x",
        "ftp://example.org/x",
        "'https://example.org/a b'",
    ],
    True: ["https://example.org/review", "HTTP://EXAMPLE.ORG/x", "doi:10.1000/182"],
}


@pytest.fixture(scope="module")
def validated_addresses(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[bool, subprocess.CompletedProcess[str]]:
    """`validate` of a data dir holding one reference for each refused address, and of
    one holding one for each accepted address: two runs, where each address had a run
    of its own before ci2 (validating builds the whole matcher, half a second of CPU)."""
    runs = {}
    for accepted, urls in ADDRESSES.items():
        root = tmp_path_factory.mktemp("addresses")
        text = "references:\n" + "".join(
            REFERENCE.format(url=url).split("\n", 1)[1].replace("my-ref", f"my-ref-{n}")
            for n, url in enumerate(urls)
        )
        data = glossary(root / "data", text, "references.yaml")
        runs[accepted] = stemcell(isolated(root), "validate", str(data))
    return runs


@pytest.mark.parametrize(
    ("url", "accepted"), [(url, ok) for ok, urls in ADDRESSES.items() for url in urls]
)
def test_only_http_https_and_doi_addresses_are_accepted(
    validated_addresses: dict[bool, subprocess.CompletedProcess[str]], url: str, accepted: bool
) -> None:
    result = validated_addresses[accepted]
    n = ADDRESSES[accepted].index(url)
    if accepted:
        assert result.returncode == 0, result.stdout
    else:
        assert result.returncode == 3
        [line] = [line for line in result.stdout.splitlines() if f"references[{n}].url" in line]
        assert "https://" in line


@pytest.mark.parametrize(
    ("replace", "by", "field"),
    [
        ("My term", '"My\\nterm"', "terms[0].name"),
        ("[my alias]", '["my\\nalias"]', "terms[0].aliases[0]"),
        ("My term", "|-\n      My\n      term", "terms[0].name"),
    ],
    ids=["name", "alias", "literal-block-name"],
)
def test_newlines_in_one_line_fields_are_refused(
    tmp_path: Path, replace: str, by: str, field: str
) -> None:
    data = glossary(tmp_path / "data", TERM.format(definition="Fine.").replace(replace, by))
    result = stemcell(isolated(tmp_path), "validate", str(data))
    assert result.returncode == 3
    assert f"{field}: must be on one line" in result.stdout


def test_newlines_in_a_reference_address_are_refused(tmp_path: Path) -> None:
    data = glossary(
        tmp_path / "data", REFERENCE.format(url='"https://example.org/\\nx"'), "references.yaml"
    )
    result = stemcell(isolated(tmp_path), "validate", str(data))
    assert result.returncode == 3
    assert "references[0].url: must be on one line" in result.stdout


LINE_STARTS = """|-
      A definition, then lines Markdown would read as blocks:
      ---
      + not a list
      1) not a list either
      2. nor this
      - nor this
      ===
      * nor this"""


def test_lines_that_look_like_markdown_blocks_stay_text(tmp_path: Path) -> None:
    """Data lines starting `---`, `+ `, `1) `, `2. `, `- `, `===`: in Markdown output no
    rule, list or heading comes of them (every page, and a note of an exported vault)."""
    env = isolated(tmp_path)
    data = glossary(tmp_path / "data", TERM.format(definition=LINE_STARTS))
    page = stemcell(env, "--data-dir", str(data), "explain", "my term", "-f", "markdown")
    assert page.returncode == 0, page.stderr
    vault = tmp_path / "vault"
    assert stemcell(env, "--data-dir", str(data), "export", str(vault)).returncode == 0
    note = (vault / "terms" / "my-term.md").read_text(encoding="utf-8")
    note = note.split("\n---\n", 1)[1]  # past the front matter
    parser = MarkdownIt("commonmark")
    for markdown in (page.stdout, note):
        html = parser.render(markdown)
        assert "<hr" not in html
        assert "<ol" not in html
        for text in ("not a list", "nor this", "A definition"):
            assert f"<li>{text}" not in html
            assert f"<h1>{text}" not in html and f"<h2>{text}" not in html
        for line in ("+ not a list", "1) not a list either", "2. nor this", "- nor this"):
            assert f"<p>{line}" in html or f"\n{line}" in html, line


# == 7. Clearer errors ================================================================


def test_a_nul_names_its_line_and_column(tmp_path: Path) -> None:
    data = glossary(tmp_path / "data", TERM.format(definition="Bad\x00byte."))
    result = stemcell(isolated(tmp_path), "validate", str(data))
    assert result.returncode == 3
    assert f"{data / 'glossary.yaml'}:5:20: a NUL character" in result.stdout


def test_a_huge_value_is_shown_cut_to_80_characters(tmp_path: Path) -> None:
    huge = "x" * 100_000
    text = TERM.format(definition="Fine.").replace('"2026-01-01"', huge)
    text = text.replace("my alias", "y" * 100_000)
    data = glossary(tmp_path / "data", text + f"    ? {'z' * 100_000}\n    : 1\n")
    result = stemcell(isolated(tmp_path), "validate", str(data))
    assert result.returncode == 3
    lines = result.stdout.splitlines()
    assert len(lines) >= 2
    assert all(len(line) < 400 for line in lines), [len(line) for line in lines]
    assert "got 'xxxx" in result.stdout and "\u2026" in result.stdout


def test_merge_keys_are_named_as_unsupported(tmp_path: Path) -> None:
    text = TERM.format(definition="Fine.") + "    <<: {see_also: [autologous]}\n"
    data = glossary(tmp_path / "data", text)
    result = stemcell(isolated(tmp_path), "validate", str(data))
    assert result.returncode == 3
    assert "glossary.yaml:7:5: terms[0].<<: merge keys (<<) are not supported" in result.stdout


def test_an_unreadable_data_dir_is_exit_3_and_a_plain_line(
    unprivileged: tuple[str, ...], shared: Path
) -> None:
    env = isolated(shared)
    data = glossary(shared / "data", TERM.format(definition="Fine."))
    data.chmod(0)
    result = stemcell(env, "--data-dir", str(data), "explain", "my term", prefix=unprivileged)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr and "\u256d" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{data}: cannot read"), first
    checked = stemcell(env, "validate", str(data), prefix=unprivileged)
    assert checked.returncode == 3, checked.stderr
    assert checked.stdout.startswith(f"{data}: cannot read"), checked.stdout


def test_a_config_folder_that_cannot_be_searched_is_exit_3_and_a_plain_line(
    unprivileged: tuple[str, ...], shared: Path
) -> None:
    """Whether a config file is there cannot be told when its folder cannot be
    searched: the run says so in one line naming the file (exit 3), as for any config
    file that cannot be read, and `stemcell config` says the same."""
    env = isolated(shared)
    folder = shared / "xdg-config" / "stemcell"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text('format = "text"\n')
    owned_by_nobody(shared / "xdg-config", folder, folder / "config.toml")
    folder.chmod(0o600)
    for args in (("explain", "oa"), ("config",)):
        result = stemcell(env, *args, prefix=unprivileged)
        stderr = one_line_error(result, 3)
        assert stderr.startswith(f"stemcell: config file {folder / 'config.toml'}: cannot be read")
        assert "Permission denied" in stderr, stderr


def test_an_export_into_a_folder_you_cannot_enter_is_one_line(
    unprivileged: tuple[str, ...], shared: Path
) -> None:
    locked = shared / "locked"
    locked.mkdir(mode=0)
    for target in (locked / "vault", locked):
        result = stemcell(isolated(shared), "export", str(target), prefix=unprivileged)
        assert one_line_error(result, 4).startswith(f"stemcell: cannot write {target}")


def test_a_full_disk_names_the_file_being_written(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    result = stemcell(
        isolated(tmp_path), "export", str(vault), limits={resource.RLIMIT_FSIZE: 2000}
    )
    stderr = one_line_error(result, 4)
    assert f"cannot write {vault}{os.sep}" in stderr
    assert stderr.rstrip().endswith(": File too large"), stderr


def test_no_attack_leaves_a_file_writable_by_others(tmp_path: Path) -> None:
    """What stemcell keeps for itself (the caches) is private to the user."""
    env = isolated(tmp_path)
    assert stemcell(env, "explain", "osteoarthritis").returncode == 0
    cache = Path(env["STEMCELL_CACHE_DIR"])
    for path in cache.rglob("*"):
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert not mode & 0o022, (path, oct(mode))
        if path.is_file():
            assert not mode & 0o044, (path, oct(mode))


# == 8. The pager command and the messages that quote data (attack3) ==================


def on_a_terminal(env: Env, *args: str) -> tuple[int, str, str]:
    """Run the installed command with stdout on a pseudo-terminal (the pager runs only
    there): the exit status, what the terminal showed, and stderr (read as it comes, so
    a long message cannot block the run)."""
    import threading

    leader, follower = os.openpty()
    child = subprocess.Popen(
        [SCRIPT, *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        env={**env, "TERM": "xterm", "LINES": "24", "COLUMNS": "80"},
    )
    os.close(follower)
    assert child.stderr is not None
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(child.stderr.read()))  # type: ignore[union-attr]
    reader.start()
    shown = drained(leader)
    reader.join(timeout=60)
    child.stderr.close()
    return child.wait(timeout=60), shown.decode("utf-8", "replace"), errors[0].decode()


@pytest.mark.parametrize(
    "value",
    [
        "less; touch {pwned}",
        "$(touch {pwned})",
        "`touch {pwned}`",
        "less && touch {pwned}",
        "less | touch {pwned}",
        "stemcell-no-such-pager",
    ],
)
@pytest.mark.parametrize("where", ["environment", "config file"])
def test_a_pager_command_is_never_run_by_a_shell(tmp_path: Path, value: str, where: str) -> None:
    """STEMCELL_PAGER and the config's `pager` are split into words and run without a
    shell: `;`, `$(...)`, backticks, `&&` and `|` are a program's name or arguments,
    never commands; a program that is not there is one line, and the page is shown."""
    pwned = tmp_path / "pwned"
    command = value.format(pwned=pwned)
    env = isolated(tmp_path)
    if where == "environment":
        env["STEMCELL_PAGER"] = command
    else:
        (tmp_path / "config.toml").write_text(f"pager = {json.dumps(command)}\n", encoding="utf-8")
        env["STEMCELL_CONFIG"] = str(tmp_path / "config.toml")
    status, shown, errors = on_a_terminal(env, "--pager", "explain", "osteoarthritis")
    assert status == 0, errors
    assert not pwned.exists()
    if command.split()[0] not in ("less", "less;"):  # less takes the rest as file names
        assert "Osteoarthritis" in shown
        assert errors.count("\n") == 1 and errors.startswith("stemcell: pager "), errors


def test_a_nul_in_the_config_files_pager_is_a_one_line_error(tmp_path: Path) -> None:
    """TOML can spell a NUL (`\\u0000`), which no program name or argument can hold: the
    file is refused like any bad setting, not a traceback when the pager is started."""
    config = tmp_path / "config.toml"
    config.write_text('pager = "less\\u0000-S"\n', encoding="utf-8")
    env = {**isolated(tmp_path), "STEMCELL_CONFIG": str(config)}
    status, _, errors = on_a_terminal(env, "--pager", "explain", "osteoarthritis")
    assert (status, errors.count("\n")) == (3, 1), errors
    assert errors.startswith(f"stemcell: config file {config}: pager"), errors
    assert "\\x00" in errors


HUGE = "y" * 60_000


@pytest.mark.parametrize(
    "case",
    [
        "variable pager not found",
        "variable pager unclosed",
        "config pager not found",
        "config pager unclosed",
        "config format",
        "word list key twice",
        "word list wording",
    ],
)
def test_a_huge_value_in_a_message_is_cut(tmp_path: Path, case: str) -> None:
    """Every message that quotes a value (a setting, a pager command, a key or wording
    of a word list) cuts it to 80 characters, as the loader's messages do: a 60,000
    character value is not a 60,000 character line."""
    env = isolated(tmp_path)
    config = tmp_path / "config.toml"
    env["STEMCELL_CONFIG"] = str(config)
    args: tuple[str, ...] = ("--pager", "explain", "osteoarthritis")
    if case.startswith("variable"):
        env["STEMCELL_PAGER"] = HUGE if case.endswith("not found") else f"less '{HUGE}"
    elif case.startswith("config pager"):
        value = HUGE if case.endswith("not found") else f"less '{HUGE}"
        config.write_text(f"pager = {json.dumps(value)}\n", encoding="utf-8")
    elif case == "config format":
        config.write_text(f'format = "{HUGE}"\n', encoding="utf-8")
    else:
        words = tmp_path / "data" / "check" / "advert_words.yaml"
        words.parent.mkdir(parents=True)
        if case == "word list key twice":
            words.write_text(f'groups:\n  ? "{HUGE}"\n  : [a]\n  ? "{HUGE}"\n  : [b]\n')
        else:
            words.write_text(f'groups:\n  no-side-effects:\n    - "{HUGE} ..."\n')
        advert = tmp_path / "advert.txt"
        advert.write_text("A miracle cure.\n", encoding="utf-8")
        args = ("--data-dir", str(tmp_path / "data"), "check", str(advert))
    status, _, errors = on_a_terminal(env, *args)
    assert status in (0, 2, 3), errors
    assert "Traceback" not in errors
    first = errors.splitlines()[0]
    assert "y" * 79 not in first and len(first) < 400, (len(first), first[:200])


@pytest.mark.parametrize(
    "args", [("explain",), ("sources",), ("search",), ("conditions", "show")], ids=" ".join
)
def test_a_huge_name_in_a_message_is_cut(tmp_path: Path, args: tuple[str, ...]) -> None:
    """A name that matches nothing (a script passing a whole file as the name) is
    quoted cut to 80 characters, as a value is (attack6): it was the whole 60,000."""
    result = stemcell(isolated(tmp_path), *args, HUGE)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert "y" * 80 not in first and len(first) < 400, (len(first), first[:200])
    assert "y" * 78 in first  # still quoted, cut


# == 9. Attack7: strict JSON readers, hostile terminal sizes ===========================


def test_a_folder_name_that_is_not_utf8_is_valid_json(tmp_path: Path) -> None:
    """A data dir and an export DIR whose names hold a byte that is not UTF-8 (Python
    reads it as a lone surrogate): JSON wrote it as `\\udcff`, which strict readers
    (RFC 7493; Rust's serde_json) refuse (attack7); now U+FFFD, as jq shows it."""
    env = isolated(tmp_path)
    data = glossary(tmp_path / os.fsdecode(b"data\xff"), TERM.format(definition="A text."))
    vault = tmp_path / os.fsdecode(b"vault\xfe")
    explained = stemcell(env, "--data-dir", str(data), "explain", "my term", "-f", "json")
    exported = stemcell(env, "--data-dir", str(data), "export", str(vault), "-f", "json")
    for result in (explained, exported):
        assert result.returncode == 0, result.stderr
        assert "\\ud" not in result.stdout.casefold(), result.stdout[:300]
    assert json.loads(explained.stdout)["origin"].endswith("data\ufffd")
    assert json.loads(exported.stdout)["directory"].endswith("vault\ufffd")


def test_letters_beyond_the_basic_plane_stay_as_they_are_in_json(tmp_path: Path) -> None:
    """Only a lone surrogate is replaced: a pair (an emoji, escaped as two) is kept."""
    env = isolated(tmp_path)
    data = glossary(tmp_path / os.fsdecode(b"data\xff"), TERM.format(definition="A \U0001f9ec."))
    result = stemcell(env, "--data-dir", str(data), "explain", "my term", "-f", "json")
    assert json.loads(result.stdout)["definition"] == "A \U0001f9ec."


@pytest.mark.parametrize("columns", ["0", "1", "19"])
def test_a_tiny_columns_still_shows_the_page(tmp_path: Path, columns: str) -> None:
    """COLUMNS=0 made Rich write nothing at all (exit 0), COLUMNS=1 a letter a line
    (attack7); a page is laid out no narrower than the least STEMCELL_WIDTH may be."""
    from stemcell_cli.cli.config import MIN_WIDTH

    env = isolated(tmp_path)
    args = ("explain", "osteoarthritis", "-f", "rich")
    narrowest = stemcell({**env, "COLUMNS": str(MIN_WIDTH)}, *args)
    tiny = stemcell({**env, "COLUMNS": columns}, *args)
    assert tiny.returncode == 0, tiny.stderr
    assert "Osteoarthritis" in tiny.stdout
    assert tiny.stdout == narrowest.stdout
