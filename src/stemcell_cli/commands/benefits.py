"""`stemcell benefits list|show`."""

from typing import Annotated

import typer

from stemcell_cli.options import FormatOption, catalog, complete_benefit, emit
from stemcell_cli.render import OutputFormat

app = typer.Typer(help="List the claimed benefits, or show one.", no_args_is_help=True)


@app.command("list")
def list_benefits(ctx: typer.Context, fmt: FormatOption = OutputFormat.AUTO) -> None:
    """List the six claimed benefits with their evidence grade."""
    from stemcell_cli.views import benefit_list_view

    emit(benefit_list_view(catalog(ctx)), fmt)


@app.command("show")
def show_benefit(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="Benefit id, name or alias.", autocompletion=complete_benefit)
    ],
    fmt: FormatOption = OutputFormat.AUTO,
) -> None:
    """Explain one claimed benefit, and every condition it is claimed for."""
    from stemcell_cli.views import benefit_view

    found = catalog(ctx)
    emit(benefit_view(found, found.benefit(name)), fmt)
