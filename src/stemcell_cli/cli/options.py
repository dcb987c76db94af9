"""Options shared by commands, the per-run state, and name completion."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from stemcell_cli.core.kinds import explainable
from stemcell_cli.render import FormatName

if TYPE_CHECKING:
    from stemcell_cli.core.cache import Stamp
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.render import Terminal
    from stemcell_cli.views.base import View
    from stemcell_cli.views.layout import Layout


class State:
    """What the root callback parsed, and the catalog once a command asks for it."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = data_dir
        self._catalog: Catalog | None = None
        self.stamp: Stamp | None = None

    def catalog(self) -> Catalog:
        if self._catalog is None:
            from stemcell_cli.core.cache import data_stamp, open_catalog
            from stemcell_cli.core.datadirs import data_dirs

            # What the data files were before they were read: a page built from this
            # catalog is kept under it, so an edit made meanwhile is never served stale.
            self.stamp = data_stamp(data_dirs(self.data_dir))
            self._catalog = open_catalog(self.data_dir)
        return self._catalog

    def mark(self, view: View) -> View:
        """`view`, marked as showing words of the user's data when this run's catalog
        read an entry of theirs (views/base.py, `marked`); as it is when the run opened
        no catalog. A run writes one page, so every read of the run counts."""
        if self._catalog is None:
            return view
        from stemcell_cli.views.base import marked

        return marked(view, self._catalog)

    def show(self, request: tuple[object, ...], fmt: str, build: Callable[[Catalog], View]) -> None:
        """Write the page `build` makes for `request`, kept in (and served from) the
        page cache for this format and terminal (pagecache.py)."""
        from stemcell_cli.cli import pagecache
        from stemcell_cli.cli.output import write
        from stemcell_cli.core.datadirs import data_dirs
        from stemcell_cli.render import TERMINAL_FORMATS, get_renderer

        resolved, terminal = output_for(fmt)
        # Only a terminal format's renderer is needed before knowing whether the page is
        # kept: it tells how the terminal shapes the page.
        renderer = get_renderer(resolved, terminal) if resolved in TERMINAL_FORMATS else None
        variant = renderer.variant() if renderer is not None else ()
        dirs, key = data_dirs(self.data_dir), (*request, resolved, *variant)
        page = pagecache.recall(dirs, key)
        if page is None:
            view = self.mark(build(self.catalog()))
            page = (renderer or get_renderer(resolved, terminal)).render(view)
            pagecache.keep(dirs, key, page, self.stamp)
        write(page)


def state(ctx: typer.Context) -> State:
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        root.obj = State(root.params.get("data_dir"))
    return root.obj


def catalog(ctx: typer.Context) -> Catalog:
    return state(ctx).catalog()


def show(ctx: typer.Context, fmt: str, build: Callable[[Catalog], View]) -> None:
    """Write the page `build` makes, through the page cache: the page is kept for the
    whole command line as parsed (request_of), so a new option or argument can never
    be served a page made without it."""
    state(ctx).show(request_of(ctx), fmt, build)


def request_of(ctx: typer.Context) -> tuple[object, ...]:
    """Every command on the path from the root, each with every parameter's value."""
    parts: list[object] = []
    current: Any = ctx
    while current is not None:
        params = tuple(sorted((name, repr(value)) for name, value in current.params.items()))
        parts.append((current.info_name, params))
        current = current.parent
    return tuple(reversed(parts))


def output_for(fmt: str) -> tuple[str, Terminal]:
    """The concrete format for `fmt`, and what the renderer is told about the terminal
    (measured once, here): whether it is one, whether it shows only ASCII, and the
    widest a page may be (STEMCELL_WIDTH, or `width` in the config file)."""
    from stemcell_cli.cli.output import ascii_only, stdout_is_terminal
    from stemcell_cli.render import Terminal, resolve

    is_terminal = stdout_is_terminal()
    resolved = resolve(fmt, is_terminal)
    if resolved != "rich":  # only Rich lays text out to a width
        return resolved, Terminal(is_terminal, ascii_only())
    from stemcell_cli.cli.config import width

    return resolved, Terminal(is_terminal, ascii_only(), width())


def emit(ctx: typer.Context, view: View, fmt: str) -> None:
    """Render `view` in the chosen format and write it to stdout."""
    emit_as(ctx, view, *output_for(fmt))


def emit_as(ctx: typer.Context, view: View, resolved: str, terminal: Terminal) -> None:
    """Render `view` in a format `output_for` resolved, for a command whose view depends
    on the format (check quotes every finding's sentence only for JSON). The page is
    marked as the user's words when this run read any (State.mark)."""
    from stemcell_cli.cli.output import write
    from stemcell_cli.render import get_renderer

    write(get_renderer(resolved, terminal).render(state(ctx).mark(view)))


def _completion_dir(ctx: typer.Context) -> Path | None:
    data_dir = ctx.find_root().params.get("data_dir") or os.environ.get("STEMCELL_DATA_DIR")
    return Path(data_dir) if data_dir else None


def _completion_catalog(ctx: typer.Context) -> Catalog | None:
    from stemcell_cli.core.errors import StemcellError

    try:
        return State(_completion_dir(ctx)).catalog()
    except StemcellError:
        return None


def _complete(ctx: typer.Context, incomplete: str, kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    from stemcell_cli.core.cache import cached_completions
    from stemcell_cli.core.completion import match_completions
    from stemcell_cli.core.datadirs import data_dirs
    from stemcell_cli.core.errors import StemcellError

    try:
        index = cached_completions(data_dirs(_completion_dir(ctx)))
    except StemcellError:
        return []
    return _offer(match_completions(index, incomplete, kinds), kinds)


def _complete_names(
    found: Catalog, incomplete: str, kinds: tuple[str, ...]
) -> list[tuple[str, str]]:
    return _offer(found.completions(incomplete, kinds), kinds)


def _offer(matches: list[tuple[str, str, str]], kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    # Names and aliases are offered as hyphenated words: bash inserts a completion
    # unquoted, so "hip pain" would become two arguments; lookup ignores case and
    # punctuation, so "hip-pain" finds the same entry.
    return [
        (word, completion_help(title if len(kinds) == 1 else f"{title} ({kind})"))
        for word, kind, title in matches
    ]


def completion_help(text: str, width: int = 60) -> str:
    """Help shown beside a completion: one short line, no Rich markup (Typer renders it).

    Escapes `[tag]` the way Rich's `markup.escape` does, without importing Rich, which
    would double the time a completion takes.
    """
    import re

    if len(text) > width:
        text = text[: width - 3].rsplit(" ", 1)[0] + "..."
    text = re.sub(r"(\\*)(\[[a-z#/@][^[]*?])", lambda m: f"{m[1]}{m[1]}\\{m[2]}", text)
    return text + "\\" if text.endswith("\\") and not text.endswith("\\\\") else text


def complete_any(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    return _complete(ctx, incomplete, explainable())


def complete_condition(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    return _complete(ctx, incomplete, ("condition",))


def complete_benefit(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    return _complete(ctx, incomplete, ("benefit",))


def complete_source(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Entry names, then reference ids (`stemcell sources` takes either)."""
    found = _completion_catalog(ctx)
    if found is None:
        return []
    refs = sorted(found.references.values(), key=lambda ref: ref.id)
    prefix = incomplete.casefold()
    return _complete_names(found, incomplete, explainable()) + [
        (ref.id, completion_help(f"{ref.type}: {ref.title}"))
        for ref in refs
        if ref.id.startswith(prefix)
    ]


def format_option(
    help: str = "Output format: auto is rich on a terminal and markdown in a pipe.",
) -> Any:
    """The one declaration of `--format/-f` (its choices come from the annotation)."""
    return typer.Option("--format", "-f", envvar="STEMCELL_FORMAT", case_sensitive=False, help=help)


FormatOption = Annotated[FormatName, format_option()]


FullOption = Annotated[
    bool | None,
    typer.Option(
        "--full/--short",
        help="Everything there is, or the short page (the default; STEMCELL_PAGE or the "
        "config file's `page` change it).",
        show_default=False,
    ),
]
SectionOption = Annotated[
    list[str] | None,
    typer.Option(
        "--section",
        "-s",
        metavar="NAME",
        help="Only this section, whole (repeat for more); a wrong name lists the names.",
        show_default=False,
    ),
]


def layout_of(full: bool | None, sections: list[str] | None) -> Layout:
    """The page asked for: short, full, or the named sections ("see_also" = "see-also").
    A comma parts names in one value ("summary,doctor" is two sections, not the unknown
    "summary-doctor" the error named: review14); a value that names none ("-s ,") is
    kept as asked, for the page's usage error (leftovers4)."""
    from stemcell_cli.views.layout import Layout, slug

    names = (part for value in sections or () for part in value.split(","))
    # (a name with no letter or digit, U+202E or "!", names no section either: it was
    # "no section ''", a name the reader never typed: attack17)
    wanted = tuple(dict.fromkeys(filter(None, map(slug, names))))
    return Layout(bool(full), wanted, asked=bool(sections))


def examples(*lines: str) -> str:
    """The end of a command's --help: a few example command lines, kept as written."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)
