"""`stemcell conditions list|show`."""

from typing import TYPE_CHECKING, Annotated

import typer

from stemcell_cli.cli.options import FormatOption, complete_benefit, complete_condition, show
from stemcell_cli.core.grades import Grade
from stemcell_cli.render import OutputFormat

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.views.entries import View

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

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.entries import condition_list_view

        return condition_list_view(found.filter_conditions(category, benefit, grade), "Conditions")

    filters = (category or "", benefit or "", grade.value if grade else "")
    show(ctx, ("conditions list", *filters), fmt, page)


@app.command("show")
def show_condition(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="Condition id, name or alias.", autocompletion=complete_condition)
    ],
    fmt: FormatOption = OutputFormat.AUTO,
) -> None:
    """Explain one condition in full."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.entries import condition_view

        return condition_view(found, found.condition(name))

    show(ctx, ("conditions show", name), fmt, page)
