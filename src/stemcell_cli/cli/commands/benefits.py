"""`stemcell benefits list|show`."""

from typing import TYPE_CHECKING, Annotated

import typer

from stemcell_cli.cli.options import FormatOption, complete_benefit, show
from stemcell_cli.render import OutputFormat

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.views.entries import View

app = typer.Typer(help="List the claimed benefits, or show one.", no_args_is_help=True)


@app.command("list")
def list_benefits(ctx: typer.Context, fmt: FormatOption = OutputFormat.AUTO) -> None:
    """List the six claimed benefits with their evidence grade."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.entries import benefit_list_view

        return benefit_list_view(found)

    show(ctx, ("benefits list",), fmt, page)


@app.command("show")
def show_benefit(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="Benefit id, name or alias.", autocompletion=complete_benefit)
    ],
    fmt: FormatOption = OutputFormat.AUTO,
) -> None:
    """Explain one claimed benefit, and every condition it is claimed for."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.entries import benefit_view

        return benefit_view(found, found.benefit(name))

    show(ctx, ("benefits show", name), fmt, page)
