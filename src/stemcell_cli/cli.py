"""The root `stemcell` command: global options, sub-commands, and errors to exit codes.

Exit codes: 0 success; 1 nothing found (unknown name, no match); 2 usage error;
3 data files unreadable or invalid; 4 output could not be written; 130 interrupted.
"""

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from stemcell_cli import __version__
from stemcell_cli.commands import benefits, conditions
from stemcell_cli.commands.check import check
from stemcell_cli.commands.discover import compare, matrix, search
from stemcell_cli.commands.explain import explain
from stemcell_cli.commands.export import export
from stemcell_cli.commands.maintain import schema, validate
from stemcell_cli.commands.sources import sources
from stemcell_cli.errors import StemcellError
from stemcell_cli.options import State


class StemcellGroup(TyperGroup):
    """Turns our exceptions into a few plain lines on stderr and the right exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except StemcellError as exc:
            from stemcell_cli.output import error

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
app.add_typer(conditions.app, name="conditions")
app.add_typer(benefits.app, name="benefits")
app.command("explain")(explain)
app.command("sources")(sources)
app.command("export")(export)
app.command("check")(check)
app.command("search")(search)
app.command("matrix")(matrix)
app.command("compare")(compare)
app.command("validate")(validate)
app.command("schema")(schema)


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
        from stemcell_cli import pager as paging

        paging.choice = pager


def main() -> None:
    """Console-script entry point."""
    from stemcell_cli.output import configure_stdio, error

    configure_stdio()
    try:
        app(prog_name="stemcell")
    except KeyboardInterrupt:
        error(["stemcell: interrupted"])
        raise SystemExit(130) from None
