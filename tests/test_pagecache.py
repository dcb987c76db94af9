"""Kept pages (pagecache.py): served only while the request, the data and the program
are what they were, never for Rich, never from a file others could have written."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Annotated

import pytest
import typer
from termdata import write_term
from typer.testing import CliRunner

from stemcell_cli.cli import pagecache
from stemcell_cli.cli.app import COMMANDS, app
from stemcell_cli.cli.options import FormatOption, show
from stemcell_cli.core import cache
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.datadirs import data_dirs
from stemcell_cli.views.base import View
from stemcell_cli.views.document import Page, Paragraph, Span


def explain(runner: CliRunner, user: Path, *extra: str) -> str:
    result = runner.invoke(app, ["--data-dir", str(user), "explain", "my-term", *extra])
    assert result.exit_code == 0, result.output
    return result.output


def kept_pages() -> list[Path]:
    folder = Path(os.environ["STEMCELL_CACHE_DIR"]) / "pages"
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def kept() -> Path:
    """The one page kept so far (each test has a cache directory of its own)."""
    pages = kept_pages()
    assert len(pages) == 1, pages
    return pages[0]


def tamper(user: Path, old: str, new: str) -> Path:
    """Change the kept Markdown page of `explain my-term` behind stemcell's back."""
    page = kept()
    header, _, body = page.read_text(encoding="utf-8").partition("\n")
    page.write_text(header + "\n" + body.replace(old, new), encoding="utf-8")
    return page


def test_a_page_is_kept_and_served(runner: CliRunner, tmp_path: Path) -> None:
    user = tmp_path / "user"
    write_term(user, "First words.")
    first = explain(runner, user)
    assert "First words." in first
    page = kept()
    header, _, body = page.read_text(encoding="utf-8").partition("\n")
    assert body == first
    # Proof that the second run writes the kept text rather than building the page again:
    page.write_text(header + "\n" + body.replace("First words.", "Kept words."), encoding="utf-8")
    assert "Kept words." in explain(runner, user)


@pytest.mark.parametrize("same_size", [False, True], ids=["new-size", "same-size"])
def test_a_changed_data_file_is_never_served_stale(
    runner: CliRunner, tmp_path: Path, same_size: bool
) -> None:
    user = tmp_path / "user"
    path = write_term(user, "Aaaaa.")
    assert "Aaaaa." in explain(runner, user)
    write_term(user, "Bbbbb." if same_size else "Something longer.")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert ("Bbbbb." if same_size else "Something longer.") in explain(runner, user)


def test_a_data_dir_that_went_away_is_an_error_again(runner: CliRunner, tmp_path: Path) -> None:
    user = tmp_path / "user"
    write_term(user, "Sound.")
    command = ["--data-dir", str(user), "explain", "osteoarthritis"]
    assert runner.invoke(app, command).exit_code == 0
    shutil.rmtree(user)
    result = runner.invoke(app, command)
    assert result.exit_code == 3
    assert "does not exist" in result.output


def test_the_same_relative_data_dir_elsewhere_is_another_page(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two `./user` dirs whose files match in size and time are still told apart."""
    for place in ("one", "two"):
        (tmp_path / place).mkdir()
        path = write_term(tmp_path / place / "user", f"Place {place}.")
        os.utime(path, ns=(10**18, 10**18))
    monkeypatch.chdir(tmp_path / "one")
    assert "Place one." in explain(runner, Path("user"))
    monkeypatch.chdir(tmp_path / "two")
    assert "Place two." in explain(runner, Path("user"))


def test_a_changed_program_is_never_served_stale(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Editing any module (say, a renderer in a development checkout) drops kept pages."""
    program = tmp_path / "program"
    shutil.copytree(cache._PACKAGE, program, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE", program)
    user = tmp_path / "user"
    write_term(user, "Sound.")
    explain(runner, user)
    tamper(user, "Sound.", "Stale.")
    assert "Stale." in explain(runner, user)
    renderer = program / "render" / "markdown.py"
    renderer.write_text(renderer.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert "Sound." in explain(runner, user)


def test_each_request_and_format_is_kept_apart(runner: CliRunner, tmp_path: Path) -> None:
    user = tmp_path / "user"
    write_term(user, "Sound.")
    markdown, text, data = (
        explain(runner, user, "-f", fmt) for fmt in ("markdown", "text", "json")
    )
    assert len({markdown, text, data}) == 3
    assert len(kept_pages()) == 3
    assert explain(runner, user, "-f", "text") == text
    assert explain(runner, user, "-f", "json") == data


@pytest.mark.parametrize(
    "terminal",
    [{"COLUMNS": "50"}, {"NO_COLOR": "1"}, {"FORCE_COLOR": ""}, {"TERM": "dumb"}],
    ids=["narrower", "no-colour", "no-forced-colour", "dumb-terminal"],
)
def test_rich_pages_are_kept_per_terminal(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: dict[str, str]
) -> None:
    """Rich output depends on what Rich decided about the terminal; another terminal
    gets its own page, the same one gets the kept page."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    user = tmp_path / "user"
    write_term(user, "Sound " * 30)
    wide_colour = explain(runner, user, "-f", "rich")
    assert "\x1b[" in wide_colour
    for name, value in terminal.items():
        if value:
            monkeypatch.setenv(name, value)
        else:
            monkeypatch.delenv(name)
    other = explain(runner, user, "-f", "rich")
    if "NO_COLOR" not in terminal:  # this page has styles but no colours to drop
        assert other != wide_colour
    assert len(kept_pages()) == 2
    assert explain(runner, user, "-f", "rich") == other
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert explain(runner, user, "-f", "rich") == wide_colour


def test_nothing_is_kept_for_a_name_not_found(runner: CliRunner, tmp_path: Path) -> None:
    user = tmp_path / "user"
    write_term(user, "Sound.")
    result = runner.invoke(app, ["--data-dir", str(user), "explain", "no-such-thing"])
    assert result.exit_code == 1
    assert kept_pages() == []


def test_no_cache_variable_keeps_nothing(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEMCELL_NO_CACHE", "1")
    user = tmp_path / "user"
    write_term(user, "Sound.")
    explain(runner, user)
    assert kept_pages() == []


@pytest.mark.parametrize(("mode", "trusted"), [(0o600, True), (0o620, False), (0o602, False)])
def test_only_a_page_nobody_else_can_write_is_served(
    runner: CliRunner, tmp_path: Path, mode: int, trusted: bool
) -> None:
    """A planted page could put words in our mouth, so others' files are rebuilt."""
    user = tmp_path / "user"
    write_term(user, "Sound.")
    explain(runner, user)
    tamper(user, "Sound.", "Planted.").chmod(mode)
    assert ("Planted." if trusted else "Sound.") in explain(runner, user)


@pytest.mark.parametrize("damage", ["", "no header line", "\n\n", "\udcff"])
def test_a_damaged_page_is_rebuilt(runner: CliRunner, tmp_path: Path, damage: str) -> None:
    user = tmp_path / "user"
    write_term(user, "Sound.")
    first = explain(runner, user)
    page = kept()
    page.write_bytes(damage.encode("utf-8", "surrogateescape"))
    assert explain(runner, user) == first
    assert page.read_text(encoding="utf-8").endswith(first)


def test_at_most_limit_pages_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagecache, "LIMIT", 6)
    dirs = data_dirs(None)
    for number in range(20):
        request = ("explain", f"name-{number}", "markdown")
        pagecache.keep(dirs, request, f"page {number}\n", cache.data_stamp(dirs))
    assert 0 < len(kept_pages()) <= 6
    assert pagecache.recall(dirs, ("explain", "name-19", "markdown")) == "page 19\n"


@pytest.mark.usefixtures("unwritable_cache")
def test_an_unwritable_cache_dir_only_costs_speed(runner: CliRunner, tmp_path: Path) -> None:
    user = tmp_path / "user"
    write_term(user, "Still works.")
    assert "Still works." in explain(runner, user)
    assert "Still works." in explain(runner, user)


def shout(
    ctx: typer.Context,
    loud: Annotated[bool, typer.Option("--loud")] = False,
    fmt: FormatOption = "auto",
) -> None:
    """A command added later, with an option that changes its page."""

    def page(_: Catalog) -> View:
        words = "HELLO" if loud else "hello"
        return View(Page((Paragraph((Span(words),)),)), None)

    show(ctx, fmt, page)


def test_a_new_option_is_part_of_the_kept_page_key(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages are kept per whole command line as parsed, so an option added to a command
    never gets a page built without it, with no change to the page cache."""
    monkeypatch.setitem(COMMANDS, "shout", f"{__name__}:shout")
    assert runner.invoke(app, ["shout", "--loud"]).output == "HELLO\n\n"
    assert runner.invoke(app, ["shout"]).output == "hello\n\n"
    assert runner.invoke(app, ["shout", "--loud"]).output == "HELLO\n\n"
    assert len(kept_pages()) == 2
