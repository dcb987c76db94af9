"""`stemcell explain NAME`: a condition, a benefit, a topic or a glossary term."""

from typing import TYPE_CHECKING, Annotated

import typer

from stemcell_cli.cli.options import FormatOption, complete_any, show
from stemcell_cli.render import OutputFormat

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.views.entries import View


def explain(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            help="A condition, benefit, topic (msc) or glossary term.", autocompletion=complete_any
        ),
    ],
    fmt: FormatOption = OutputFormat.AUTO,
) -> None:
    """Explain a condition, a claimed benefit, MSCs (msc) or a glossary term."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.entries import entry_view

        return entry_view(found, found.find(name))

    show(ctx, ("explain", name), fmt, page)
