"""The root `stemcell` command: global options, sub-commands, and errors to exit codes.

Exit codes: 0 success; 1 nothing found (unknown name, no match); 2 usage error;
3 data files unreadable or invalid; 4 output could not be written; 130 interrupted.

Start-up: every `stemcell X` is a new process. Sub-commands are listed in COMMANDS by
import path, and each is imported and turned into a click command only when it runs
(or when help or a typo suggestion needs it), so adding commands costs a run nothing.
"""

import importlib
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from stemcell_cli import __version__
from stemcell_cli.cli.options import State
from stemcell_cli.core.errors import StemcellError

#: name -> "module:attribute" of a Typer sub-app or a command function, in the order
#: `stemcell --help` lists them. Add new commands here.
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
}


def load_command(name: str) -> Any:
    """The click command for `name` in COMMANDS, built from its Typer app or function."""
    from typer.main import get_command, get_group

    module_name, attribute = COMMANDS[name].split(":")
    target = getattr(importlib.import_module(module_name), attribute)
    command: Any
    if isinstance(target, typer.Typer):
        command = get_group(target)
    else:
        single = typer.Typer(add_completion=False)
        single.command(name)(target)
        command = get_command(single)
    command.name = name
    return command


class StemcellGroup(TyperGroup):
    """Loads sub-commands on demand, and turns our exceptions into a few plain lines on
    stderr and the right exit code."""

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

            error(exc.lines())
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=StemcellGroup,
    name="stemcell",
    help=(
        "An honest explainer of stem cell (MSC) therapy for chronic pain: what is claimed, "
        "what the evidence shows, the risks, the regulation, and what to ask. "
        "Educational information, not medical advice."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
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
        ),
    ] = None,
    pager: Annotated[
        bool | None,
        typer.Option(
            "--pager/--no-pager",
            help="Page long output on a terminal (default: when taller than the screen).",
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
        error(["stemcell: interrupted"])
        raise SystemExit(130) from None
