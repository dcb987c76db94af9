"""`stemcell conditions list|show`."""

from typing import Annotated

import typer

from stemcell_cli.model import Grade
from stemcell_cli.options import FormatOption, catalog, complete_benefit, complete_condition, emit
from stemcell_cli.render import OutputFormat

app = typer.Typer(help="List the conditions, or show one.", no_args_is_help=True)


@app.command("list")
def list_conditions(
    ctx: typer.Context,
    category: Annotated[
        str | None, typer.Option("--category", "-c", help="Only this category (joint, spine, ...).")
    ] = None,
    benefit: Annotated[
        str | None,
        typer.Option(
            "--benefit",
            "-b",
            help="Only conditions this benefit is claimed for.",
            autocompletion=complete_benefit,
        ),
    ] = None,
    grade: Annotated[
        Grade | None, typer.Option("--grade", "-g", help="Only this evidence grade.")
    ] = None,
    fmt: FormatOption = OutputFormat.AUTO,
) -> None:
    """List the conditions with their evidence grade."""
    from stemcell_cli.views import condition_list_view

    found = catalog(ctx).filter_conditions(category, benefit, grade)
    emit(condition_list_view(found, "Conditions"), fmt)


@app.command("show")
def show_condition(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="Condition id, name or alias.", autocompletion=complete_condition)
    ],
    fmt: FormatOption = OutputFormat.AUTO,
) -> None:
    """Explain one condition in full."""
    from stemcell_cli.views import condition_view

    found = catalog(ctx)
    emit(condition_view(found, found.condition(name)), fmt)
