"""`stemcell conditions list|show`."""

from typing import TYPE_CHECKING, Annotated

import typer

from stemcell_cli.cli.options import FormatOption, complete_benefit, complete_condition, show
from stemcell_cli.core.grades import Grade

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.views.base import View

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
    fmt: FormatOption = "auto",
) -> None:
    """List the conditions with their evidence grade."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.lists import condition_list_view

        return condition_list_view(found.filter_conditions(category, benefit, grade), "Conditions")

    show(ctx, fmt, page)


@app.command("show")
def show_condition(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="Condition id, name or alias.", autocompletion=complete_condition)
    ],
    fmt: FormatOption = "auto",
) -> None:
    """Explain one condition in full."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.entries import condition_view

        return condition_view(found, found.condition(name))

    show(ctx, fmt, page)
