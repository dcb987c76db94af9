"""The root `stemcell` command: global options, sub-commands, and errors to exit codes.

Exit codes (the README's table gives every case): 0 success; 1 nothing found
(unknown name, no match), or `check` found warning signs; 2 usage error; 3 data files
(or the config file, or `check`'s input) unreadable or invalid; 4 output could not be
written, or `export` met a symbolic link; 130 interrupted; 141 the reader of a pipe
went away (cli.output).

Start-up: every `stemcell X` is a new process. Sub-commands are listed in COMMANDS by
import path, and each is imported and turned into a click command only when it runs
(or when help or a typo suggestion needs it), so adding commands costs a run nothing.
"""

import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from stemcell_cli import __version__
from stemcell_cli.cli.options import State, examples
from stemcell_cli.core.errors import StemcellError

#: Put before the program's own messages on stderr.
PREFIX = "stemcell: "

#: name -> "module:attribute" of a Typer sub-app or a command function, in the order
#: `stemcell --help` lists them. Add new commands here. A function's module may give
#: its --help examples in EPILOGS, by command name.
COMMANDS = {
    "conditions": "stemcell_cli.cli.commands.conditions:app",
    "benefits": "stemcell_cli.cli.commands.benefits:app",
    "explain": "stemcell_cli.cli.commands.explain:explain",
    "search": "stemcell_cli.cli.commands.discover:search",
    "matrix": "stemcell_cli.cli.commands.discover:matrix",
    "compare": "stemcell_cli.cli.commands.discover:compare",
    "check": "stemcell_cli.cli.commands.check:check",
    "sources": "stemcell_cli.cli.commands.sources:sources",
    "export": "stemcell_cli.cli.commands.export:export",
    "validate": "stemcell_cli.cli.commands.maintain:validate",
    "schema": "stemcell_cli.cli.commands.maintain:schema",
    "config": "stemcell_cli.cli.commands.settings:config",
}
#: The sub-commands of the noun groups (config.Defaults gives each the same defaults).
SUBCOMMANDS = ("list", "show")
#: What a bare noun group runs.
GROUP_DEFAULT = "list"


def load_command(name: str) -> Any:
    """The click command for `name` in COMMANDS, built from its Typer app or function."""
    from typer.main import get_command, get_group

    module_name, attribute = COMMANDS[name].split(":")
    module = importlib.import_module(module_name)
    target = getattr(module, attribute)
    command: Any
    if isinstance(target, typer.Typer):
        target.info.cls = ListingGroup
        command = get_group(target)
    else:
        single = typer.Typer(add_completion=False)
        single.command(name, epilog=getattr(module, "EPILOGS", {}).get(name))(target)
        command = get_command(single)
    command.name = name
    plain_help(command)
    return command


def plain_help(command: Any) -> None:
    """Help and errors as plain text, never Rich panels (boxes break in ASCII locales and
    in pipes, and `--help | head -1` should show the usage line)."""
    command.rich_markup_mode = None
    for sub in getattr(command, "commands", {}).values():
        plain_help(sub)


class ListingGroup(TyperGroup):
    """A noun group (`conditions`, `benefits`) that lists when given no sub-command."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        help_options = ctx.help_option_names
        if not args or (args[0].startswith("-") and args[0] not in help_options):
            args = [GROUP_DEFAULT, *args]
        return super().parse_args(ctx, args)


class StemcellGroup(TyperGroup):
    """Loads sub-commands on demand, reads the config file's defaults, and turns our
    exceptions and usage errors into a few plain lines on stderr and the right exit
    code."""

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *(n for n in COMMANDS if n not in self.commands)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.commands[cmd_name] = load_command(cmd_name)
        return super().get_command(ctx, cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in self.commands and args[0] not in COMMANDS:
            for name in self.list_commands(ctx):  # a typo: suggestions come from loaded commands
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except StemcellError as exc:
            from stemcell_cli.cli.output import error

            error(error_lines(exc))
            raise typer.Exit(exc.exit_code) from None

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        from stemcell_cli.cli.config import Defaults

        extra.setdefault("default_map", Defaults([*COMMANDS, *SUBCOMMANDS]))
        arguments = list(sys.argv[1:] if args is None else args)
        if not standalone_mode:
            return super().main(arguments, prog_name, complete_var, False, **extra)
        from typer._click.exceptions import ClickException, UsageError

        from stemcell_cli.cli.output import error

        try:
            result = super().main(arguments, prog_name, complete_var, False, **extra)
        except UsageError as exc:
            error(usage_lines(exc, arguments))
            sys.exit(exc.exit_code)
        except ClickException as exc:
            error([PREFIX + values_cut(exc.format_message())])
            sys.exit(exc.exit_code)
        except typer.Abort:
            error([f"{PREFIX}aborted"])
            sys.exit(1)
        except StemcellError as exc:  # raised while reading defaults (the config file)
            error(error_lines(exc))
            sys.exit(exc.exit_code)
        sys.exit(result if isinstance(result, int) else 0)


def error_lines(exc: StemcellError) -> list[str]:
    """What stderr says about an error: the message, its details, and what to try next."""
    from stemcell_cli.core.errors import Ambiguous, NotFound

    lines = exc.lines(PREFIX)
    if isinstance(exc, NotFound) and exc.reference:
        lines.append(f"Read it with: stemcell sources {exc.reference}")
    elif isinstance(exc, NotFound) and not exc.suggestions:
        # search wants every word: "pinched nerve" finds nothing, "nerve" the disc page.
        lines[0] += " Try 'stemcell conditions list', or 'stemcell search' with one word of it."
    if isinstance(exc, Ambiguous) and exc.first_closest:
        # Which to read first (patient18): the list is closest first (names, then
        # aliases, then symptoms), so the first is where a reader who is unsure starts.
        lines.append(
            f"Not sure? Start with the closest match: stemcell explain {exc.matches[0].id}"
        )
    elif isinstance(exc, Ambiguous):
        # The first is as close as the next ("pain", the name of two conditions): it is
        # named as an example, not as the closest (review14).
        lines.append(f"Read one with its id, such as: stemcell explain {exc.matches[0].id}")
    return lines


#: Options of `stemcell` itself, which go before the command; those taking a value.
ROOT_OPTIONS = ("--data-dir", "--pager", "--no-pager", "--version")
ROOT_VALUED = ("--data-dir",)

#: What a command needs when its argument is missing: where the names come from.
MISSING = {
    "explain": "Name a condition, benefit, topic or term; see them with "
    "'stemcell conditions', 'stemcell benefits' or 'stemcell search WORD'.",
    "conditions show": "See the conditions with: stemcell conditions list",
    "benefits show": "See the claimed benefits with: stemcell benefits list",
    "compare": "Name two or more conditions (stemcell conditions list) or "
    "benefits (stemcell benefits list).",
    "search": "Give one or more words, such as: stemcell search cartilage",
    "check": "Give a file with the clinic's text, or - to read it from stdin.",
    "export": "Give the folder of the notes vault, such as: stemcell export ~/notes/stemcell",
}


def usage_lines(exc: Any, args: Sequence[str]) -> list[str]:
    """A usage error as one to three plain lines: what is wrong, then how to fix it."""
    from typer._click.exceptions import MissingParameter, NoArgsIsHelpError, NoSuchOption

    if isinstance(exc, NoArgsIsHelpError):  # bare `stemcell`: the help, as asked
        return [exc.format_message()]
    ctx = exc.ctx
    path = ctx.command_path if ctx is not None else "stemcell"
    command = path.split(" ", 1)[1] if " " in path else ""
    message = values_cut(exc.format_message())
    if isinstance(exc, NoSuchOption) and exc.option_name.split("=")[0] in ROOT_OPTIONS:
        option = exc.option_name.split("=")[0]
        return [
            f"{PREFIX}{option} goes before the command, right after 'stemcell':",
            "  " + _moved(args, option),
        ]
    lines = [f"{PREFIX}{command + ': ' if command else ''}{message}"]
    if isinstance(exc, MissingParameter) and command in MISSING:
        lines.append(MISSING[command])
    elif message.startswith("No such command") and not command:
        lines.append(f"Commands: {', '.join(COMMANDS)}.")
    lines.append(f"Try '{path} --help' for help." if ctx is not None else "Try 'stemcell --help'.")
    return lines


def values_cut(message: str) -> str:
    """Click's `message` with each value it quotes, and each word, cut to 80 characters
    (`textclean.quoted`): a format, a choice, a command or an option of 10,000
    characters was quoted whole, one line of 10 KB (attack13). Click's own words and our
    names are short, so only what was typed is ever cut."""
    import re

    from stemcell_cli.core.textclean import shortened

    long = re.compile(r"'[^'\n]{79,}'|\"[^\"\n]{79,}\"|\S{81,}")
    return long.sub(lambda found: shortened(found.group()), message)


def _moved(args: Sequence[str], option: str) -> str:
    """The command line with a root option moved to where it belongs."""
    import shlex

    rest = list(args)
    for at, word in enumerate(rest):
        if word == option or word.startswith(option + "="):
            takes = option in ROOT_VALUED and "=" not in word and at + 1 < len(rest)
            moved = rest[at : at + 1 + int(takes)]
            del rest[at : at + 1 + int(takes)]
            return shlex.join(["stemcell", *moved, *rest])
    return shlex.join(["stemcell", *rest])


app = typer.Typer(
    cls=StemcellGroup,
    name="stemcell",
    help=(
        "An honest explainer of stem cell (MSC) therapy for chronic pain: what is claimed, "
        "what the evidence shows, the risks, the regulation, and what to ask. "
        "Educational information, not medical advice."
    ),
    epilog=examples(
        "stemcell explain 'knee pain'               # a short, plain page",
        "stemcell conditions                        # what is covered",
        "stemcell --no-pager explain oa --full      # root options go first",
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"stemcell {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            envvar="STEMCELL_DATA_DIR",
            help="Your own data directory, laid over the shipped data (same file names).",
            # Checked by the loader, which says what is wrong in one line and exits 3.
            readable=False,
        ),
    ] = None,
    pager: Annotated[
        bool | None,
        typer.Option(
            "--pager/--no-pager",
            # STEMCELL_PAGER may be a command, not a word: its word comes through the
            # default map (cli/config.py), its command when paging (cli/pager.py).
            help="Page long output on a terminal (default: when taller than the screen).  "
            "[env var: STEMCELL_PAGER: 1 or 0, or the pager command]",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """An honest explainer of stem cell (MSC) therapy for chronic pain."""
    ctx.obj = State(data_dir)
    if pager is not None:
        from stemcell_cli.cli import pager as paging

        paging.choice = pager


def main() -> None:
    """Console-script entry point."""
    from stemcell_cli.cli.output import configure_stdio, error

    configure_stdio()
    try:
        app(prog_name="stemcell")
    except KeyboardInterrupt:
        error([f"{PREFIX}interrupted"])
        raise SystemExit(130) from None
